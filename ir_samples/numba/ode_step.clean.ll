; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }
@.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff = internal constant [81 x i8] c"\80\04\95F\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C#Cannot safely convert value to intp\94\85\94N\87\94."
@.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff.sha1 = internal constant [20 x i8] c"M\D0\A5\17S\C7\DCs\85\B2u\D9R\BDR\D8\A29\C2\FF"
@.const.picklebuf.4dd0a51753c7dc7385b275d952bd52d8a239c2ff = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff, i32 81, ptr @.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff.sha1, ptr null, i32 0 }
@.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Fnegative dimensions not allowed\94\85\94N\87\94."
@.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b.sha1 = internal constant [20 x i8] c"3\1B\85c\BD\B9\DA\C8\1B8B\22s\05,Ho\C1pk"
@.const.picklebuf.331b8563bdb9dac81b38422273052c486fc1706b = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b, i32 77, ptr @.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b.sha1, ptr null, i32 0 }
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57, i32 137, ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1, ptr null, i32 0 }
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }
@.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3 = internal constant [145 x i8] c"\80\04\95\86\00\00\00\00\00\00\00\8C\08builtins\94\8C\0DOverflowError\94\93\94)\8C\09int_power\94\8CR/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numba/cpython/numbers.py\94K\DE\87\94\87\94."
@.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3.sha1 = internal constant [20 x i8] c"\D4\13A\8B\B6M\F0D\D7\8Bt\DEid\FF\E0\95,\B6\E3"
@.const.picklebuf.d413418bb64df044d78b74de6964ffe0952cb6e3 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3, i32 145, ptr @.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3.sha1, ptr null, i32 0 }
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN8__main__8ode_stepB3v45B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedEdd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.y.0, ptr %arg.y.1, i64 %arg.y.2, i64 %arg.y.3, ptr %arg.y.4, i64 %arg.y.5.0, i64 %arg.y.6.0, double %arg.dt, double %arg.k) {
entry:
  call void @NRT_incref(ptr %arg.y.0)
  %.14.i = icmp slt i64 %arg.y.5.0, 0
  br i1 %.14.i, label %_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29.exit, label %B0.endif.endif.i, !prof !0

B0.endif.endif.i:                                 ; preds = %entry
  %.30.i = icmp ugt i64 %arg.y.5.0, 1152921504606846975
  br i1 %.30.i, label %_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29.exit, label %B0.endif.endif.endif.i, !prof !0

B0.endif.endif.endif.i:                           ; preds = %B0.endif.endif.i
  %.29.i = shl nuw nsw i64 %arg.y.5.0, 3
  %.7.i17 = call ptr @NRT_MemInfo_alloc_aligned(i64 %.29.i, i32 32), !noalias !1
  %.8.i.not = icmp eq ptr %.7.i17, null
  br i1 %.8.i.not, label %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit, label %B0.endif.i18, !prof !0

B0.endif.i18:                                     ; preds = %B0.endif.endif.endif.i
  call void @NRT_incref(ptr nonnull %.7.i17), !noalias !1
  call void @NRT_decref(ptr nonnull %.7.i17), !noalias !1
  br label %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit

_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit: ; preds = %B0.endif.i18, %B0.endif.endif.endif.i
  %.7.i.0 = phi ptr [ %.7.i17, %B0.endif.i18 ], [ null, %B0.endif.endif.endif.i ]
  %excinfo.1.i5.0 = phi ptr [ null, %B0.endif.i18 ], [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %B0.endif.endif.endif.i ]
  %.11.i23 = phi i32 [ 0, %B0.endif.i18 ], [ 1, %B0.endif.endif.endif.i ]
  br i1 %.8.i.not, label %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit, label %B0.endif.i, !prof !0

B0.endif.i:                                       ; preds = %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit
  call void @NRT_incref(ptr %.7.i.0), !noalias !11
  call void @NRT_decref(ptr %.7.i.0), !noalias !11
  br label %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit

_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit: ; preds = %B0.endif.i, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit
  %.38.i.0 = phi ptr [ %.7.i.0, %B0.endif.i ], [ null, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %excinfo.1.i.1 = phi ptr [ null, %B0.endif.i ], [ %excinfo.1.i5.0, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %.42.i15 = phi i32 [ 0, %B0.endif.i ], [ %.11.i23, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %.44.i.not = icmp eq i32 %.42.i15, 0
  br i1 %.44.i.not, label %B0.endif.endif.endif.endif.i, label %_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29.exit, !prof !12

B0.endif.endif.endif.endif.i:                     ; preds = %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit
  %.62.i = call ptr @NRT_MemInfo_data_fast(ptr %.38.i.0), !noalias !13
  call void @NRT_incref(ptr %.38.i.0), !noalias !13
  call void @NRT_decref(ptr %.38.i.0), !noalias !13
  br label %_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29.exit

_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29.exit: ; preds = %B0.endif.endif.endif.endif.i, %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit, %B0.endif.endif.i, %entry
  %.39.sroa.16.0 = phi ptr [ %.62.i, %B0.endif.endif.endif.endif.i ], [ null, %entry ], [ null, %B0.endif.endif.i ], [ null, %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %.39.sroa.8.0 = phi i64 [ %arg.y.5.0, %B0.endif.endif.endif.endif.i ], [ 0, %entry ], [ 0, %B0.endif.endif.i ], [ 0, %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %.39.sroa.0.0 = phi ptr [ %.38.i.0, %B0.endif.endif.endif.endif.i ], [ null, %entry ], [ null, %B0.endif.endif.i ], [ null, %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %excinfo.1.1 = phi ptr [ null, %B0.endif.endif.endif.endif.i ], [ @.const.picklebuf.331b8563bdb9dac81b38422273052c486fc1706b, %entry ], [ @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, %B0.endif.endif.i ], [ %excinfo.1.i.1, %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %.45.not = phi i1 [ true, %B0.endif.endif.endif.endif.i ], [ false, %entry ], [ false, %B0.endif.endif.i ], [ false, %_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  br i1 %.45.not, label %B0.endif, label %B0.if, !prof !12

B282.i:                                           ; preds = %B100.if, %B282.i
  %r.2.i.1 = phi double [ 1.000000e+00, %B100.if ], [ %spec.select, %B282.i ]
  %a.1.2.i.1 = phi double [ %.263, %B100.if ], [ %.147.i, %B282.i ]
  %exp.4.i.1 = phi i64 [ 3, %B100.if ], [ %.142.i, %B282.i ]
  %.122.i = and i64 %exp.4.i.1, 1
  %.123.i.not = icmp eq i64 %.122.i, 0
  %.127.i = fmul double %r.2.i.1, %a.1.2.i.1
  %spec.select = select i1 %.123.i.not, double %r.2.i.1, double %.127.i
  %.142.i = lshr i64 %exp.4.i.1, 1
  %.147.i = fmul double %a.1.2.i.1, %a.1.2.i.1
  %.150.i.not = icmp eq i64 %.142.i, 0
  br i1 %.150.i.not, label %B348.i, label %B282.i

B348.i:                                           ; preds = %B282.i
  %spec.select.lcssa = phi double [ %spec.select, %B282.i ]
  %0 = fmul double %spec.select.lcssa, %.233
  %.289 = fmul double %.231, %0
  %.290 = fadd double %.229, %.289
  %.304 = icmp slt i64 %.106.0, 0
  %.305 = select i1 %.304, i64 %.39.sroa.8.0, i64 0
  %1 = getelementptr double, ptr %.39.sroa.16.0, i64 %.106.0
  %.319 = getelementptr double, ptr %1, i64 %.305
  store double %.290, ptr %.319, align 8
  %.162 = icmp sgt i64 %.161435, 1
  br i1 %.162, label %B100.if, label %B172

B172:                                             ; preds = %B0.endif, %B348.i
  %.408437.not = icmp slt i64 %arg.y.5.0, 1
  br i1 %.408437.not, label %B268, label %B202.if

B282.i113:                                        ; preds = %B202.if, %B282.i113
  %r.2.i62.1 = phi double [ 1.000000e+00, %B202.if ], [ %spec.select432, %B282.i113 ]
  %a.1.2.i63.1 = phi double [ %.507, %B202.if ], [ %.147.i132, %B282.i113 ]
  %exp.4.i64.1 = phi i64 [ 3, %B202.if ], [ %.142.i128, %B282.i113 ]
  %.122.i119 = and i64 %exp.4.i64.1, 1
  %.123.i120.not = icmp eq i64 %.122.i119, 0
  %.127.i140 = fmul double %r.2.i62.1, %a.1.2.i63.1
  %spec.select432 = select i1 %.123.i120.not, double %r.2.i62.1, double %.127.i140
  %.142.i128 = lshr i64 %exp.4.i64.1, 1
  %.147.i132 = fmul double %a.1.2.i63.1, %a.1.2.i63.1
  %.150.i134.not = icmp eq i64 %.142.i128, 0
  br i1 %.150.i134.not, label %B348.i100, label %B282.i113

B348.i100:                                        ; preds = %B282.i113
  %spec.select432.lcssa = phi double [ %spec.select432, %B282.i113 ]
  %2 = fmul double %spec.select432.lcssa, %.477
  %.534 = fmul double %arg.dt, %2
  %.535 = fadd double %.475, %.534
  %.549 = icmp slt i64 %.352.0, 0
  %.550 = select i1 %.549, i64 %arg.y.5.0, i64 0
  %3 = getelementptr double, ptr %arg.y.4, i64 %.352.0
  %.564 = getelementptr double, ptr %3, i64 %.550
  store double %.535, ptr %.564, align 8
  %.408 = icmp sgt i64 %.407438, 1
  br i1 %.408, label %B202.if, label %B268

common.ret:                                       ; preds = %B0.if, %B268
  %common.ret.op = phi i32 [ 0, %B268 ], [ 1, %B0.if ]
  ret i32 %common.ret.op

B268:                                             ; preds = %B348.i100, %B172
  call void @NRT_decref(ptr %.39.sroa.0.0)
  %.609 = load double, ptr %arg.y.4, align 8
  call void @NRT_decref(ptr %arg.y.0)
  store double %.609, ptr %retptr, align 8
  br label %common.ret

B0.if:                                            ; preds = %_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29.exit
  store ptr %excinfo.1.1, ptr %excinfo, align 8
  br label %common.ret

B0.endif:                                         ; preds = %_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29.exit
  call void @NRT_decref(ptr null)
  %.162434.not = icmp slt i64 %arg.y.5.0, 1
  br i1 %.162434.not, label %B172, label %B100.if

B100.if:                                          ; preds = %B0.endif, %B348.i
  %.106.0 = phi i64 [ %.175, %B348.i ], [ 0, %B0.endif ]
  %.161435 = phi i64 [ %.171, %B348.i ], [ %arg.y.5.0, %B0.endif ]
  %.171 = add nsw i64 %.161435, -1
  %.175 = add i64 %.106.0, 1
  %.213 = icmp slt i64 %.106.0, 0
  %.214 = select i1 %.213, i64 %arg.y.5.0, i64 0
  %4 = getelementptr double, ptr %arg.y.4, i64 %.106.0
  %.228 = getelementptr double, ptr %4, i64 %.214
  %.229 = load double, ptr %.228, align 8
  %.231 = fmul double %arg.dt, 5.000000e-01
  %.233 = fneg double %arg.k
  %.247 = icmp slt i64 %.106.0, 0
  %.248 = select i1 %.247, i64 %arg.y.5.0, i64 0
  %5 = getelementptr double, ptr %arg.y.4, i64 %.106.0
  %.262 = getelementptr double, ptr %5, i64 %.248
  %.263 = load double, ptr %.262, align 8
  br label %B282.i

B202.if:                                          ; preds = %B348.i100, %B172
  %.352.0 = phi i64 [ %.421, %B348.i100 ], [ 0, %B172 ]
  %.407438 = phi i64 [ %.417, %B348.i100 ], [ %arg.y.5.0, %B172 ]
  %.417 = add nsw i64 %.407438, -1
  %.421 = add i64 %.352.0, 1
  %.459 = icmp slt i64 %.352.0, 0
  %.460 = select i1 %.459, i64 %arg.y.5.0, i64 0
  %6 = getelementptr double, ptr %arg.y.4, i64 %.352.0
  %.474 = getelementptr double, ptr %6, i64 %.460
  %.475 = load double, ptr %.474, align 8
  %.477 = fneg double %arg.k
  %.491 = icmp slt i64 %.352.0, 0
  %.492 = select i1 %.491, i64 %.39.sroa.8.0, i64 0
  %7 = getelementptr double, ptr %.39.sroa.16.0, i64 %.352.0
  %.506 = getelementptr double, ptr %7, i64 %.492
  %.507 = load double, ptr %.506, align 8
  br label %B282.i113
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #0

declare ptr @NRT_MemInfo_data_fast(ptr)

declare noalias ptr @NRT_MemInfo_alloc_aligned(i64, i32)

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.pow.f64(double, double) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{!2, !4, !5, !7, !8, !10}
!2 = distinct !{!2, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!3 = distinct !{!3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!4 = distinct !{!4, !3, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!5 = distinct !{!5, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!6 = distinct !{!6, !"_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!7 = distinct !{!7, !6, !"_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!8 = distinct !{!8, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29: %retptr"}
!9 = distinct !{!9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29"}
!10 = distinct !{!10, !9, !"_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29: %excinfo"}
!11 = !{!5, !7, !8, !10}
!12 = !{!"branch_weights", i32 99, i32 1}
!13 = !{!8, !10}
