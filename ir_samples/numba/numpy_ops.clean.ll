; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.237704cdbcf16dcb46984c5b9ef26bf5ee18e0d0 = internal constant [189 x i8] c"\80\04\95\B2\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\8Funable to broadcast argument 0 to output array\0AFile \22/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numba/np/npyimpl.py\22, line 373, \94\85\94N\87\94."
@.const.pickledata.237704cdbcf16dcb46984c5b9ef26bf5ee18e0d0.sha1 = internal constant [20 x i8] c"#w\04\CD\BC\F1m\CBF\98L[\9E\F2k\F5\EE\18\E0\D0"
@.const.picklebuf.237704cdbcf16dcb46984c5b9ef26bf5ee18e0d0 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.237704cdbcf16dcb46984c5b9ef26bf5ee18e0d0, i32 189, ptr @.const.pickledata.237704cdbcf16dcb46984c5b9ef26bf5ee18e0d0.sha1, ptr null, i32 0 }
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57, i32 137, ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1, ptr null, i32 0 }
@.const.pickledata.19c34dfff7a8510557cba5072375d8d7b3fdcf48 = internal constant [149 x i8] c"\80\04\95\8A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8Cgunable to broadcast argument 0 to output array\0AFile \22/work/main/ir_samples/numba/generate.py\22, line 1, \94\85\94N\87\94."
@.const.pickledata.19c34dfff7a8510557cba5072375d8d7b3fdcf48.sha1 = internal constant [20 x i8] c"\19\C3M\FF\F7\A8Q\05W\CB\A5\07#u\D8\D7\B3\FD\CFH"
@.const.picklebuf.19c34dfff7a8510557cba5072375d8d7b3fdcf48 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.19c34dfff7a8510557cba5072375d8d7b3fdcf48, i32 149, ptr @.const.pickledata.19c34dfff7a8510557cba5072375d8d7b3fdcf48.sha1, ptr null, i32 0 }
@.const.pickledata.71eef689beffdc353f98440ee53e533f264717a3 = internal constant [149 x i8] c"\80\04\95\8A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8Cgunable to broadcast argument 1 to output array\0AFile \22/work/main/ir_samples/numba/generate.py\22, line 1, \94\85\94N\87\94."
@.const.pickledata.71eef689beffdc353f98440ee53e533f264717a3.sha1 = internal constant [20 x i8] c"q\EE\F6\89\BE\FF\DC5?\98D\0E\E5>S?&G\17\A3"
@.const.picklebuf.71eef689beffdc353f98440ee53e533f264717a3 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.71eef689beffdc353f98440ee53e533f264717a3, i32 149, ptr @.const.pickledata.71eef689beffdc353f98440ee53e533f264717a3.sha1, ptr null, i32 0 }
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN8__main__9numpy_opsB3v24B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0) {
entry:
  call void @NRT_incref(ptr %arg.a.0)
  %.101.i.not = icmp eq i64 %arg.a.5.0, 1
  %dest_shape.0 = select i1 %.101.i.not, i64 1, i64 %arg.a.5.0
  %0 = add i64 %dest_shape.0, -1152921504606846976
  %.79 = icmp ult i64 %0, -2305843009213693952
  br i1 %.79, label %B0.endif.endif.if, label %B0.endif.endif.endif, !prof !0

common.ret:                                       ; preds = %for.end.1.endif.endif.endif, %for.end.1.endif.endif.if, %for.end.endif.endif.endif.endif.endif.if, %for.end.endif.endif.endif.endif.if, %for.end.endif.endif.endif.if, %B0.endif.endif.endif.if, %B0.endif.endif.if
  %common.ret.op = phi i32 [ 0, %for.end.1.endif.endif.endif ], [ 1, %B0.endif.endif.if ], [ 1, %B0.endif.endif.endif.if ], [ 1, %for.end.1.endif.endif.if ], [ 1, %for.end.endif.endif.endif.if ], [ 1, %for.end.endif.endif.endif.endif.if ], [ 1, %for.end.endif.endif.endif.endif.endif.if ]
  ret i32 %common.ret.op

B0.endif.endif.if:                                ; preds = %entry
  store ptr @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B0.endif.endif.endif:                             ; preds = %entry
  %.78 = shl i64 %dest_shape.0, 3
  %.7.i241 = call ptr @NRT_MemInfo_alloc_aligned(i64 %.78, i32 32), !noalias !2
  %.8.i242.not = icmp eq ptr %.7.i241, null
  br i1 %.8.i242.not, label %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248, label %B0.endif.i243, !prof !0

B0.endif.i243:                                    ; preds = %B0.endif.endif.endif
  call void @NRT_incref(ptr nonnull %.7.i241), !noalias !2
  call void @NRT_decref(ptr nonnull %.7.i241), !noalias !2
  br label %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248

_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248: ; preds = %B0.endif.i243, %B0.endif.endif.endif
  %.7.i199.0 = phi ptr [ %.7.i241, %B0.endif.i243 ], [ null, %B0.endif.endif.endif ]
  %excinfo.1.i.0 = phi ptr [ null, %B0.endif.i243 ], [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %B0.endif.endif.endif ]
  %.11.i249 = phi i32 [ 0, %B0.endif.i243 ], [ 1, %B0.endif.endif.endif ]
  br i1 %.8.i242.not, label %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit, label %B0.endif.i, !prof !0

B0.endif.i:                                       ; preds = %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248
  call void @NRT_incref(ptr %.7.i199.0), !noalias !9
  call void @NRT_decref(ptr %.7.i199.0), !noalias !9
  br label %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit

_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit: ; preds = %B0.endif.i, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248
  %.87.0 = phi ptr [ %.7.i199.0, %B0.endif.i ], [ null, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248 ]
  %excinfo.2.1 = phi ptr [ null, %B0.endif.i ], [ %excinfo.1.i.0, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248 ]
  %.91207 = phi i32 [ 0, %B0.endif.i ], [ %.11.i249, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit248 ]
  %.93.not = icmp eq i32 %.91207, 0
  br i1 %.93.not, label %B0.endif.endif.endif.endif, label %B0.endif.endif.endif.if, !prof !10

B0.endif.endif.endif.if:                          ; preds = %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit
  store ptr %excinfo.2.1, ptr %excinfo, align 8
  br label %common.ret

B0.endif.endif.endif.endif:                       ; preds = %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit
  %.111 = call ptr @NRT_MemInfo_data_fast(ptr %.87.0)
  %.146618 = icmp sgt i64 %dest_shape.0, 0
  br i1 %.146618, label %for.body, label %B128.i52

for.body:                                         ; preds = %for.body, %B0.endif.endif.endif.endif
  %loop.index620 = phi i64 [ %.185, %for.body ], [ 0, %B0.endif.endif.endif.endif ]
  %.142.0619 = phi i64 [ %spec.select, %for.body ], [ 0, %B0.endif.endif.endif.endif ]
  %.148 = icmp ugt i64 %arg.a.5.0, 1
  %spec.select = select i1 %.148, i64 %loop.index620, i64 %.142.0619
  %.155 = getelementptr double, ptr %arg.a.4, i64 %spec.select
  %.156 = load double, ptr %.155, align 8
  %.12.i = call double @llvm.exp.f64(double %.156)
  %.183 = getelementptr double, ptr %.111, i64 %loop.index620
  store double %.12.i, ptr %.183, align 8
  %.185 = add nuw nsw i64 %loop.index620, 1
  %.146 = icmp slt i64 %.185, %dest_shape.0
  br i1 %.146, label %for.body, label %B128.i52

B128.i52:                                         ; preds = %for.body, %B0.endif.endif.endif.endif
  %.101.i55.not = icmp eq i64 %arg.a.5.0, 1
  %spec.select638 = select i1 %.101.i55.not, i64 1, i64 %arg.a.5.0
  %.67.i148.not = icmp eq i64 %spec.select638, 1
  br i1 %.67.i148.not, label %B128.i149, label %B90.i172

B90.i172:                                         ; preds = %B128.i52
  %.71.i175.not = icmp eq i64 %dest_shape.0, %spec.select638
  %.76.i181.not = icmp eq i64 %dest_shape.0, 1
  %or.cond616 = or i1 %.71.i175.not, %.76.i181.not
  br i1 %or.cond616, label %B182.i125, label %for.end.endif.endif.endif.if

B128.i149:                                        ; preds = %B128.i52
  %.101.i152.not = icmp eq i64 %dest_shape.0, 1
  %spec.select639 = select i1 %.101.i152.not, i64 1, i64 %dest_shape.0
  br label %B182.i125

B182.i125:                                        ; preds = %B128.i149, %B90.i172
  %dest_shape.1.1 = phi i64 [ %spec.select639, %B128.i149 ], [ %spec.select638, %B90.i172 ]
  %1 = add i64 %dest_shape.1.1, -1152921504606846976
  %.295 = icmp ult i64 %1, -2305843009213693952
  br i1 %.295, label %for.end.endif.endif.endif.endif.if, label %for.end.endif.endif.endif.endif.endif, !prof !0

for.end.endif.endif.endif.if:                     ; preds = %B90.i172
  store ptr @.const.picklebuf.71eef689beffdc353f98440ee53e533f264717a3, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

for.end.endif.endif.endif.endif.if:               ; preds = %B182.i125
  store ptr @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

for.end.endif.endif.endif.endif.endif:            ; preds = %B182.i125
  %.294 = shl i64 %dest_shape.1.1, 3
  %.7.i233 = call ptr @NRT_MemInfo_alloc_aligned(i64 %.294, i32 32), !noalias !11
  %.8.i.not = icmp eq ptr %.7.i233, null
  br i1 %.8.i.not, label %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit, label %B0.endif.i234, !prof !0

B0.endif.i234:                                    ; preds = %for.end.endif.endif.endif.endif.endif
  call void @NRT_incref(ptr nonnull %.7.i233), !noalias !11
  call void @NRT_decref(ptr nonnull %.7.i233), !noalias !11
  br label %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit

_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit: ; preds = %B0.endif.i234, %for.end.endif.endif.endif.endif.endif
  %.7.i208.0 = phi ptr [ %.7.i233, %B0.endif.i234 ], [ null, %for.end.endif.endif.endif.endif.endif ]
  %excinfo.1.i209.0 = phi ptr [ null, %B0.endif.i234 ], [ @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, %for.end.endif.endif.endif.endif.endif ]
  %.11.i211239 = phi i32 [ 0, %B0.endif.i234 ], [ 1, %for.end.endif.endif.endif.endif.endif ]
  br i1 %.8.i.not, label %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit230, label %B0.endif.i222, !prof !0

B0.endif.i222:                                    ; preds = %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit
  call void @NRT_incref(ptr %.7.i208.0), !noalias !18
  call void @NRT_decref(ptr %.7.i208.0), !noalias !18
  br label %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit230

_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit230: ; preds = %B0.endif.i222, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit
  %.303.0 = phi ptr [ %.7.i208.0, %B0.endif.i222 ], [ null, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %excinfo.6.1 = phi ptr [ null, %B0.endif.i222 ], [ %excinfo.1.i209.0, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %.307231 = phi i32 [ 0, %B0.endif.i222 ], [ %.11.i211239, %_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit ]
  %.309.not = icmp eq i32 %.307231, 0
  br i1 %.309.not, label %for.end.endif.endif.endif.endif.endif.endif, label %for.end.endif.endif.endif.endif.endif.if, !prof !10

for.end.endif.endif.endif.endif.endif.if:         ; preds = %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit230
  store ptr %excinfo.6.1, ptr %excinfo, align 8
  br label %common.ret

for.end.endif.endif.endif.endif.endif.endif:      ; preds = %_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj.exit230
  %.327 = call ptr @NRT_MemInfo_data_fast(ptr %.303.0)
  %.365621 = icmp sgt i64 %dest_shape.1.1, 0
  br i1 %.365621, label %for.body.1, label %for.end.1

for.body.1:                                       ; preds = %for.body.1, %for.end.endif.endif.endif.endif.endif.endif
  %loop.index.1624 = phi i64 [ %.413, %for.body.1 ], [ 0, %for.end.endif.endif.endif.endif.endif.endif ]
  %.361.0623 = phi i64 [ %.361.1, %for.body.1 ], [ 0, %for.end.endif.endif.endif.endif.endif.endif ]
  %.358.0622 = phi i64 [ %spec.select617, %for.body.1 ], [ 0, %for.end.endif.endif.endif.endif.endif.endif ]
  %.367 = icmp ugt i64 %arg.a.5.0, 1
  %spec.select617 = select i1 %.367, i64 %loop.index.1624, i64 %.358.0622
  %.374 = getelementptr double, ptr %arg.a.4, i64 %spec.select617
  %.375 = load double, ptr %.374, align 8
  %.376 = icmp ugt i64 %dest_shape.0, 1
  %.361.1 = select i1 %.376, i64 %loop.index.1624, i64 %.361.0623
  %.383 = getelementptr double, ptr %.111, i64 %.361.1
  %.384 = load double, ptr %.383, align 8
  %.6.i = fmul double %.384, %.375
  %.411 = getelementptr double, ptr %.327, i64 %loop.index.1624
  store double %.6.i, ptr %.411, align 8
  %.413 = add nuw nsw i64 %loop.index.1624, 1
  %.365 = icmp slt i64 %.413, %dest_shape.1.1
  br i1 %.365, label %for.body.1, label %for.end.1

for.end.1:                                        ; preds = %for.body.1, %for.end.endif.endif.endif.endif.endif.endif
  call void @NRT_decref(ptr %arg.a.0)
  call void @NRT_incref(ptr %.303.0), !noalias !19
  call void @NRT_incref(ptr %.303.0), !noalias !23
  call void @NRT_decref(ptr %.303.0), !noalias !23
  %.94.i.not625 = icmp sgt i64 %dest_shape.1.1, 0
  br i1 %.94.i.not625, label %.89.endif.i, label %.89.if.i, !prof !26

.89.if.i:                                         ; preds = %.89.endif.i, %for.end.1
  %.72.i255.0.lcssa = phi double [ 0.000000e+00, %for.end.1 ], [ %.108.i284, %.89.endif.i ]
  call void @NRT_decref(ptr %.303.0), !noalias !19
  call void @NRT_decref(ptr %.303.0)
  call void @NRT_incref(ptr %.87.0), !noalias !27
  call void @NRT_incref(ptr %.87.0), !noalias !31
  call void @NRT_decref(ptr %.87.0), !noalias !31
  %.94.i360.not629 = icmp sgt i64 %dest_shape.0, 0
  br i1 %.94.i360.not629, label %.89.endif.i361, label %.89.if.i372, !prof !26

.89.endif.i:                                      ; preds = %.89.endif.i, %for.end.1
  %.87.i.0628 = phi i64 [ %.111.i285, %.89.endif.i ], [ 0, %for.end.1 ]
  %.77.i256.0627 = phi ptr [ %.114.i287, %.89.endif.i ], [ %.327, %for.end.1 ]
  %.72.i255.0626 = phi double [ %.108.i284, %.89.endif.i ], [ 0.000000e+00, %for.end.1 ]
  %.106.i283 = load double, ptr %.77.i256.0627, align 8, !noalias !19
  %.108.i284 = fadd double %.72.i255.0626, %.106.i283
  %.111.i285 = add nuw nsw i64 %.87.i.0628, 1
  %.114.i287 = getelementptr i8, ptr %.77.i256.0627, i64 8
  %.94.i.not = icmp slt i64 %.111.i285, %dest_shape.1.1
  br i1 %.94.i.not, label %.89.endif.i, label %.89.if.i, !prof !34

.89.if.i372:                                      ; preds = %.89.endif.i361, %.89.if.i
  %.72.i319.0.lcssa = phi double [ 0.000000e+00, %.89.if.i ], [ %.108.i365, %.89.endif.i361 ]
  call void @NRT_decref(ptr %.87.0), !noalias !27
  call void @NRT_decref(ptr %.87.0)
  %.476 = fcmp oeq double %.72.i319.0.lcssa, 0.000000e+00
  br i1 %.476, label %for.end.1.endif.endif.if, label %for.end.1.endif.endif.endif, !prof !0

.89.endif.i361:                                   ; preds = %.89.endif.i361, %.89.if.i
  %.87.i321.0632 = phi i64 [ %.111.i367, %.89.endif.i361 ], [ 0, %.89.if.i ]
  %.77.i320.0631 = phi ptr [ %.114.i370, %.89.endif.i361 ], [ %.111, %.89.if.i ]
  %.72.i319.0630 = phi double [ %.108.i365, %.89.endif.i361 ], [ 0.000000e+00, %.89.if.i ]
  %.106.i363 = load double, ptr %.77.i320.0631, align 8, !noalias !27
  %.108.i365 = fadd double %.72.i319.0630, %.106.i363
  %.111.i367 = add nuw nsw i64 %.87.i321.0632, 1
  %.114.i370 = getelementptr i8, ptr %.77.i320.0631, i64 8
  %.94.i360.not = icmp slt i64 %.111.i367, %dest_shape.0
  br i1 %.94.i360.not, label %.89.endif.i361, label %.89.if.i372, !prof !34

for.end.1.endif.endif.if:                         ; preds = %.89.if.i372
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

for.end.1.endif.endif.endif:                      ; preds = %.89.if.i372
  %.483 = fdiv double %.72.i255.0.lcssa, %.72.i319.0.lcssa
  store double %.483, ptr %retptr, align 8
  br label %common.ret
}

declare void @NRT_incref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #0

declare ptr @NRT_MemInfo_data_fast(ptr)

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #0

declare noalias ptr @NRT_MemInfo_alloc_aligned(i64, i32)

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
!2 = !{!3, !5, !6, !8}
!3 = distinct !{!3, !4, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!4 = distinct !{!4, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!5 = distinct !{!5, !4, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!6 = distinct !{!6, !7, !"_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!7 = distinct !{!7, !"_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!8 = distinct !{!8, !7, !"_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!9 = !{!6, !8}
!10 = !{!"branch_weights", i32 99, i32 1}
!11 = !{!12, !14, !15, !17}
!12 = distinct !{!12, !13, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!13 = distinct !{!13, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!14 = distinct !{!14, !13, !"_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!15 = distinct !{!15, !16, !"_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %retptr"}
!16 = distinct !{!16, !"_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj"}
!17 = distinct !{!17, !16, !"_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj: %excinfo"}
!18 = !{!15, !17}
!19 = !{!20, !22}
!20 = distinct !{!20, !21, !"_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29: %retptr"}
!21 = distinct !{!21, !"_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29"}
!22 = distinct !{!22, !21, !"_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29: %excinfo"}
!23 = !{!24, !20, !22}
!24 = distinct !{!24, !25, !"_ZN5numba2np9arraymath17check_axis_boundsB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv: %retptr"}
!25 = distinct !{!25, !"_ZN5numba2np9arraymath17check_axis_boundsB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv"}
!26 = !{!"branch_weights", i32 127, i32 1}
!27 = !{!28, !30}
!28 = distinct !{!28, !29, !"_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29: %retptr"}
!29 = distinct !{!29, !"_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29"}
!30 = distinct !{!30, !29, !"_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29: %excinfo"}
!31 = !{!32, !28, !30}
!32 = distinct !{!32, !33, !"_ZN5numba2np9arraymath17check_axis_boundsB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv: %retptr"}
!33 = distinct !{!33, !"_ZN5numba2np9arraymath17check_axis_boundsB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv"}
!34 = !{!"branch_weights", i32 12545, i32 127}
