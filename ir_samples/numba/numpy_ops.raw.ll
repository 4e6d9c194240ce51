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

define i32 @_ZN8__main__9numpy_opsB3v24B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0) {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.a.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %arg.a.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %arg.a.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %arg.a.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %arg.a.4, 4
  %.11 = insertvalue [1 x i64] undef, i64 %arg.a.5.0, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.11, 5
  %.12 = insertvalue [1 x i64] undef, i64 %arg.a.6.0, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.12, 6
  %.16 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.16, align 8
  %src_shape = alloca i64, i64 1, align 8
  store i64 0, ptr %src_shape, align 8
  %dest_shape = alloca i64, i64 1, align 8
  store i64 0, ptr %dest_shape, align 8
  %.36 = alloca i64, align 8
  store i64 0, ptr %.36, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %.70 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.70, align 8
  %.87 = alloca ptr, align 8
  store ptr null, ptr %.87, align 8
  %excinfo.2 = alloca ptr, align 8
  store ptr null, ptr %excinfo.2, align 8
  %.142 = alloca i64, align 8
  store i64 0, ptr %.142, align 8
  %.157 = alloca double, align 8
  store double 0.000000e+00, ptr %.157, align 8
  %excinfo.3 = alloca ptr, align 8
  store ptr null, ptr %excinfo.3, align 8
  %.187 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.187, align 8
  %.201 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.201, align 8
  %src_shape.1 = alloca i64, i64 1, align 8
  store i64 0, ptr %src_shape.1, align 8
  %dest_shape.1 = alloca i64, i64 1, align 8
  store i64 0, ptr %dest_shape.1, align 8
  %.221 = alloca i64, align 8
  store i64 0, ptr %.221, align 8
  %excinfo.4 = alloca ptr, align 8
  store ptr null, ptr %excinfo.4, align 8
  %.254 = alloca i64, align 8
  store i64 0, ptr %.254, align 8
  %excinfo.5 = alloca ptr, align 8
  store ptr null, ptr %excinfo.5, align 8
  %.286 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.286, align 8
  %.303 = alloca ptr, align 8
  store ptr null, ptr %.303, align 8
  %excinfo.6 = alloca ptr, align 8
  store ptr null, ptr %excinfo.6, align 8
  %.358 = alloca i64, align 8
  store i64 0, ptr %.358, align 8
  %.361 = alloca i64, align 8
  store i64 0, ptr %.361, align 8
  %.385 = alloca double, align 8
  store double 0.000000e+00, ptr %.385, align 8
  %excinfo.7 = alloca ptr, align 8
  store ptr null, ptr %excinfo.7, align 8
  %.418 = alloca double, align 8
  store double 0.000000e+00, ptr %.418, align 8
  %excinfo.8 = alloca ptr, align 8
  store ptr null, ptr %excinfo.8, align 8
  %.447 = alloca double, align 8
  store double 0.000000e+00, ptr %.447, align 8
  %excinfo.9 = alloca ptr, align 8
  store ptr null, ptr %excinfo.9, align 8
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.13 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.14 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.16, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, ptr %.16, align 8
  %.20 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.16, i32 0, i32 5
  %.21 = getelementptr inbounds [1 x i64], ptr %.20, i32 0, i32 0
  %.22 = load i64, ptr %.21, align 8, !range !0
  %.23 = insertvalue [1 x i64] undef, i64 %.22, 0
  %.24 = extractvalue [1 x i64] %.23, 0
  %.25 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.16, i32 0, i32 6
  %.26 = load [1 x i64], ptr %.25, align 8
  %.27 = extractvalue [1 x i64] %.26, 0
  %.28 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.16, i32 0, i32 4
  %.29 = load ptr, ptr %.28, align 8
  %.32 = getelementptr inbounds i64, ptr %dest_shape, i32 0
  store i64 1, ptr %.32, align 8
  %.34 = getelementptr inbounds i64, ptr %src_shape, i32 0
  store i64 %.24, ptr %.34, align 8
  store i64 0, ptr %.36, align 8
  %.40 = call i32 @_ZN5numba2np7npyimpl15_broadcast_ontoB3v27B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEx8int64_2ax8int64_2a(ptr %.36, ptr %excinfo.1, i64 1, ptr %src_shape, i64 1, ptr %dest_shape)
  %.41 = load ptr, ptr %excinfo.1, align 8
  %.42 = icmp eq i32 %.40, 0
  %.43 = icmp eq i32 %.40, -2
  %.44 = icmp eq i32 %.40, -1
  %.45 = icmp eq i32 %.40, -3
  %.46 = or i1 %.42, %.43
  %.47 = xor i1 %.46, true
  %.48 = icmp sge i32 %.40, 1
  %.49 = select i1 %.48, ptr %.41, ptr undef
  %.50 = load i64, ptr %.36, align 8
  br i1 %.47, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store i64 0, ptr %try_state, align 8
  %.54 = load i64, ptr %try_state, align 8
  %.55 = icmp ugt i64 %.54, 0
  %.56 = load ptr, ptr %excinfo, align 8
  store ptr %.49, ptr %excinfo, align 8
  %.58 = xor i1 %.55, true
  br i1 %.58, label %B0.if.if, label %B0.if.endif

B0.endif:                                         ; preds = %B0.if.endif, %B0
  %.62 = icmp slt i64 %.50, 1
  br i1 %.62, label %B0.endif.if, label %B0.endif.endif, !prof !1

B0.if.if:                                         ; preds = %B0.if
  ret i32 %.40

B0.if.endif:                                      ; preds = %B0.if
  br label %B0.endif

B0.endif.if:                                      ; preds = %B0.endif
  store ptr @.const.picklebuf.237704cdbcf16dcb46984c5b9ef26bf5ee18e0d0, ptr %excinfo, align 8, !numba_exception_output !2
  %.65 = load i64, ptr %try_state, align 8
  %.66 = icmp ugt i64 %.65, 0
  %.67 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif.endif:                                   ; preds = %B0.endif
  %.69 = load i64, ptr %.32, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.70, align 8
  %.73 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 1, i64 %.69)
  %.74 = extractvalue { i64, i1 } %.73, 0
  %.75 = extractvalue { i64, i1 } %.73, 1
  %.76 = or i1 false, %.75
  %.77 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %.74, i64 8)
  %.78 = extractvalue { i64, i1 } %.77, 0
  %.79 = extractvalue { i64, i1 } %.77, 1
  %.80 = or i1 %.76, %.79
  br i1 %.80, label %B0.endif.endif.if, label %B0.endif.endif.endif, !prof !1

B0.endif.endif.if:                                ; preds = %B0.endif.endif
  store ptr @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, ptr %excinfo, align 8, !numba_exception_output !2
  %.83 = load i64, ptr %try_state, align 8
  %.84 = icmp ugt i64 %.83, 0
  %.85 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif.endif.endif:                             ; preds = %B0.endif.endif
  store ptr null, ptr %.87, align 8
  %.91 = call i32 @_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr %.87, ptr %excinfo.2, ptr null, i64 %.78, i32 32)
  %.92 = load ptr, ptr %excinfo.2, align 8
  %.93 = icmp eq i32 %.91, 0
  %.94 = icmp eq i32 %.91, -2
  %.95 = icmp eq i32 %.91, -1
  %.96 = icmp eq i32 %.91, -3
  %.97 = or i1 %.93, %.94
  %.98 = xor i1 %.97, true
  %.99 = icmp sge i32 %.91, 1
  %.100 = select i1 %.99, ptr %.92, ptr undef
  %.101 = load ptr, ptr %.87, align 8
  br i1 %.98, label %B0.endif.endif.endif.if, label %B0.endif.endif.endif.endif, !prof !1

B0.endif.endif.endif.if:                          ; preds = %B0.endif.endif.endif
  %.103 = load i64, ptr %try_state, align 8
  %.104 = icmp ugt i64 %.103, 0
  %.105 = load ptr, ptr %excinfo, align 8
  store ptr %.100, ptr %excinfo, align 8
  %.107 = xor i1 %.104, true
  br i1 %.107, label %B0.endif.endif.endif.if.if, label %B0.endif.endif.endif.if.endif

B0.endif.endif.endif.endif:                       ; preds = %B0.endif.endif.endif.if.endif, %B0.endif.endif.endif
  %.111 = call ptr @NRT_MemInfo_data_fast(ptr %.101)
  %.112 = insertvalue [1 x i64] undef, i64 %.69, 0
  %.113 = insertvalue [1 x i64] undef, i64 8, 0
  %.114 = bitcast ptr %.111 to ptr
  %.115 = extractvalue [1 x i64] %.112, 0
  %.116 = mul nsw i64 1, %.115
  %.117 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 5
  store [1 x i64] %.112, ptr %.117, align 8
  %.119 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 6
  store [1 x i64] %.113, ptr %.119, align 8
  %.121 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 4
  store ptr %.114, ptr %.121, align 8
  %.123 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 3
  store i64 8, ptr %.123, align 8
  %.125 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 0
  store ptr %.101, ptr %.125, align 8
  %.127 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 1
  store ptr null, ptr %.127, align 8
  %.129 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 2
  store i64 %.116, ptr %.129, align 8
  %.131 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, align 8
  %.132 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 5
  %.133 = getelementptr inbounds [1 x i64], ptr %.132, i32 0, i32 0
  %.134 = load i64, ptr %.133, align 8, !range !0
  %.135 = insertvalue [1 x i64] undef, i64 %.134, 0
  %.136 = extractvalue [1 x i64] %.135, 0
  %.137 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 6
  %.138 = load [1 x i64], ptr %.137, align 8
  %.139 = extractvalue [1 x i64] %.138, 0
  %.140 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.70, i32 0, i32 4
  %.141 = load ptr, ptr %.140, align 8
  store i64 0, ptr %.142, align 8
  br label %for.cond

B0.endif.endif.endif.if.if:                       ; preds = %B0.endif.endif.endif.if
  ret i32 %.91

B0.endif.endif.endif.if.endif:                    ; preds = %B0.endif.endif.endif.if
  br label %B0.endif.endif.endif.endif

for.cond:                                         ; preds = %for.body.endif.endif, %B0.endif.endif.endif.endif
  %loop.index = phi i64 [ 0, %B0.endif.endif.endif.endif ], [ %.185, %for.body.endif.endif ]
  %.146 = icmp slt i64 %loop.index, %.136
  br i1 %.146, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %.148 = icmp ugt i64 %.24, 1
  br i1 %.148, label %for.body.if, label %for.body.endif

for.end:                                          ; preds = %for.cond
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.187, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, ptr %.187, align 8
  %.191 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.187, i32 0, i32 5
  %.192 = getelementptr inbounds [1 x i64], ptr %.191, i32 0, i32 0
  %.193 = load i64, ptr %.192, align 8, !range !0
  %.194 = insertvalue [1 x i64] undef, i64 %.193, 0
  %.195 = extractvalue [1 x i64] %.194, 0
  %.196 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.187, i32 0, i32 6
  %.197 = load [1 x i64], ptr %.196, align 8
  %.198 = extractvalue [1 x i64] %.197, 0
  %.199 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.187, i32 0, i32 4
  %.200 = load ptr, ptr %.199, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.201, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, ptr %.201, align 8
  %.205 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 5
  %.206 = getelementptr inbounds [1 x i64], ptr %.205, i32 0, i32 0
  %.207 = load i64, ptr %.206, align 8, !range !0
  %.208 = insertvalue [1 x i64] undef, i64 %.207, 0
  %.209 = extractvalue [1 x i64] %.208, 0
  %.210 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 6
  %.211 = load [1 x i64], ptr %.210, align 8
  %.212 = extractvalue [1 x i64] %.211, 0
  %.213 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 4
  %.214 = load ptr, ptr %.213, align 8
  %.217 = getelementptr inbounds i64, ptr %dest_shape.1, i32 0
  store i64 1, ptr %.217, align 8
  %.219 = getelementptr inbounds i64, ptr %src_shape.1, i32 0
  store i64 %.195, ptr %.219, align 8
  store i64 0, ptr %.221, align 8
  %.225 = call i32 @_ZN5numba2np7npyimpl15_broadcast_ontoB3v27B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEx8int64_2ax8int64_2a(ptr %.221, ptr %excinfo.4, i64 1, ptr %src_shape.1, i64 1, ptr %dest_shape.1)
  %.226 = load ptr, ptr %excinfo.4, align 8
  %.227 = icmp eq i32 %.225, 0
  %.228 = icmp eq i32 %.225, -2
  %.229 = icmp eq i32 %.225, -1
  %.230 = icmp eq i32 %.225, -3
  %.231 = or i1 %.227, %.228
  %.232 = xor i1 %.231, true
  %.233 = icmp sge i32 %.225, 1
  %.234 = select i1 %.233, ptr %.226, ptr undef
  %.235 = load i64, ptr %.221, align 8
  br i1 %.232, label %for.end.if, label %for.end.endif, !prof !1

for.body.if:                                      ; preds = %for.body
  store i64 %loop.index, ptr %.142, align 8
  br label %for.body.endif

for.body.endif:                                   ; preds = %for.body.if, %for.body
  %.152 = load i64, ptr %.142, align 8
  %.153 = mul i64 %.152, 1
  %.154 = add i64 0, %.153
  %.155 = getelementptr double, ptr %.29, i64 %.154
  %.156 = load double, ptr %.155, align 8
  store double 0.000000e+00, ptr %.157, align 8
  %.161 = call i32 @_ZN13_3cdynamic_3e33__numba_array_expr_0x7f8671118950B3v26B72c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAQ4s_2fqEpEUkESQI1_2bmEQRxHRNAA_3d_3dEd(ptr %.157, ptr %excinfo.3, double %.156)
  %.162 = load ptr, ptr %excinfo.3, align 8
  %.163 = icmp eq i32 %.161, 0
  %.164 = icmp eq i32 %.161, -2
  %.165 = icmp eq i32 %.161, -1
  %.166 = icmp eq i32 %.161, -3
  %.167 = or i1 %.163, %.164
  %.168 = xor i1 %.167, true
  %.169 = icmp sge i32 %.161, 1
  %.170 = select i1 %.169, ptr %.162, ptr undef
  %.171 = load double, ptr %.157, align 8
  br i1 %.168, label %for.body.endif.if, label %for.body.endif.endif, !prof !1

for.body.endif.if:                                ; preds = %for.body.endif
  %.173 = load i64, ptr %try_state, align 8
  %.174 = icmp ugt i64 %.173, 0
  %.175 = load ptr, ptr %excinfo, align 8
  store ptr %.170, ptr %excinfo, align 8
  %.177 = xor i1 %.174, true
  br i1 %.177, label %for.body.endif.if.if, label %for.body.endif.if.endif

for.body.endif.endif:                             ; preds = %for.body.endif.if.endif, %for.body.endif
  %.181 = mul i64 %loop.index, 1
  %.182 = add i64 0, %.181
  %.183 = getelementptr double, ptr %.141, i64 %.182
  store double %.171, ptr %.183, align 8
  %.185 = add nsw i64 %loop.index, 1
  br label %for.cond

for.body.endif.if.if:                             ; preds = %for.body.endif.if
  ret i32 %.161

for.body.endif.if.endif:                          ; preds = %for.body.endif.if
  br label %for.body.endif.endif

for.end.if:                                       ; preds = %for.end
  %.237 = load i64, ptr %try_state, align 8
  %.238 = icmp ugt i64 %.237, 0
  %.239 = load ptr, ptr %excinfo, align 8
  store ptr %.234, ptr %excinfo, align 8
  %.241 = xor i1 %.238, true
  br i1 %.241, label %for.end.if.if, label %for.end.if.endif

for.end.endif:                                    ; preds = %for.end.if.endif, %for.end
  %.245 = icmp slt i64 %.235, 1
  br i1 %.245, label %for.end.endif.if, label %for.end.endif.endif, !prof !1

for.end.if.if:                                    ; preds = %for.end.if
  ret i32 %.225

for.end.if.endif:                                 ; preds = %for.end.if
  br label %for.end.endif

for.end.endif.if:                                 ; preds = %for.end.endif
  store ptr @.const.picklebuf.19c34dfff7a8510557cba5072375d8d7b3fdcf48, ptr %excinfo, align 8, !numba_exception_output !2
  %.248 = load i64, ptr %try_state, align 8
  %.249 = icmp ugt i64 %.248, 0
  %.250 = load ptr, ptr %excinfo, align 8
  ret i32 1

for.end.endif.endif:                              ; preds = %for.end.endif
  %.252 = getelementptr inbounds i64, ptr %src_shape.1, i32 0
  store i64 %.209, ptr %.252, align 8
  store i64 0, ptr %.254, align 8
  %.258 = call i32 @_ZN5numba2np7npyimpl15_broadcast_ontoB3v27B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEx8int64_2ax8int64_2a(ptr %.254, ptr %excinfo.5, i64 1, ptr %src_shape.1, i64 1, ptr %dest_shape.1)
  %.259 = load ptr, ptr %excinfo.5, align 8
  %.260 = icmp eq i32 %.258, 0
  %.261 = icmp eq i32 %.258, -2
  %.262 = icmp eq i32 %.258, -1
  %.263 = icmp eq i32 %.258, -3
  %.264 = or i1 %.260, %.261
  %.265 = xor i1 %.264, true
  %.266 = icmp sge i32 %.258, 1
  %.267 = select i1 %.266, ptr %.259, ptr undef
  %.268 = load i64, ptr %.254, align 8
  br i1 %.265, label %for.end.endif.endif.if, label %for.end.endif.endif.endif, !prof !1

for.end.endif.endif.if:                           ; preds = %for.end.endif.endif
  %.270 = load i64, ptr %try_state, align 8
  %.271 = icmp ugt i64 %.270, 0
  %.272 = load ptr, ptr %excinfo, align 8
  store ptr %.267, ptr %excinfo, align 8
  %.274 = xor i1 %.271, true
  br i1 %.274, label %for.end.endif.endif.if.if, label %for.end.endif.endif.if.endif

for.end.endif.endif.endif:                        ; preds = %for.end.endif.endif.if.endif, %for.end.endif.endif
  %.278 = icmp slt i64 %.268, 1
  br i1 %.278, label %for.end.endif.endif.endif.if, label %for.end.endif.endif.endif.endif, !prof !1

for.end.endif.endif.if.if:                        ; preds = %for.end.endif.endif.if
  ret i32 %.258

for.end.endif.endif.if.endif:                     ; preds = %for.end.endif.endif.if
  br label %for.end.endif.endif.endif

for.end.endif.endif.endif.if:                     ; preds = %for.end.endif.endif.endif
  store ptr @.const.picklebuf.71eef689beffdc353f98440ee53e533f264717a3, ptr %excinfo, align 8, !numba_exception_output !2
  %.281 = load i64, ptr %try_state, align 8
  %.282 = icmp ugt i64 %.281, 0
  %.283 = load ptr, ptr %excinfo, align 8
  ret i32 1

for.end.endif.endif.endif.endif:                  ; preds = %for.end.endif.endif.endif
  %.285 = load i64, ptr %.217, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.286, align 8
  %.289 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 1, i64 %.285)
  %.290 = extractvalue { i64, i1 } %.289, 0
  %.291 = extractvalue { i64, i1 } %.289, 1
  %.292 = or i1 false, %.291
  %.293 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %.290, i64 8)
  %.294 = extractvalue { i64, i1 } %.293, 0
  %.295 = extractvalue { i64, i1 } %.293, 1
  %.296 = or i1 %.292, %.295
  br i1 %.296, label %for.end.endif.endif.endif.endif.if, label %for.end.endif.endif.endif.endif.endif, !prof !1

for.end.endif.endif.endif.endif.if:               ; preds = %for.end.endif.endif.endif.endif
  store ptr @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, ptr %excinfo, align 8, !numba_exception_output !2
  %.299 = load i64, ptr %try_state, align 8
  %.300 = icmp ugt i64 %.299, 0
  %.301 = load ptr, ptr %excinfo, align 8
  ret i32 1

for.end.endif.endif.endif.endif.endif:            ; preds = %for.end.endif.endif.endif.endif
  store ptr null, ptr %.303, align 8
  %.307 = call i32 @_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr %.303, ptr %excinfo.6, ptr null, i64 %.294, i32 32)
  %.308 = load ptr, ptr %excinfo.6, align 8
  %.309 = icmp eq i32 %.307, 0
  %.310 = icmp eq i32 %.307, -2
  %.311 = icmp eq i32 %.307, -1
  %.312 = icmp eq i32 %.307, -3
  %.313 = or i1 %.309, %.310
  %.314 = xor i1 %.313, true
  %.315 = icmp sge i32 %.307, 1
  %.316 = select i1 %.315, ptr %.308, ptr undef
  %.317 = load ptr, ptr %.303, align 8
  br i1 %.314, label %for.end.endif.endif.endif.endif.endif.if, label %for.end.endif.endif.endif.endif.endif.endif, !prof !1

for.end.endif.endif.endif.endif.endif.if:         ; preds = %for.end.endif.endif.endif.endif.endif
  %.319 = load i64, ptr %try_state, align 8
  %.320 = icmp ugt i64 %.319, 0
  %.321 = load ptr, ptr %excinfo, align 8
  store ptr %.316, ptr %excinfo, align 8
  %.323 = xor i1 %.320, true
  br i1 %.323, label %for.end.endif.endif.endif.endif.endif.if.if, label %for.end.endif.endif.endif.endif.endif.if.endif

for.end.endif.endif.endif.endif.endif.endif:      ; preds = %for.end.endif.endif.endif.endif.endif.if.endif, %for.end.endif.endif.endif.endif.endif
  %.327 = call ptr @NRT_MemInfo_data_fast(ptr %.317)
  %.328 = insertvalue [1 x i64] undef, i64 %.285, 0
  %.329 = insertvalue [1 x i64] undef, i64 8, 0
  %.330 = bitcast ptr %.327 to ptr
  %.331 = extractvalue [1 x i64] %.328, 0
  %.332 = mul nsw i64 1, %.331
  %.333 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 5
  store [1 x i64] %.328, ptr %.333, align 8
  %.335 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 6
  store [1 x i64] %.329, ptr %.335, align 8
  %.337 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 4
  store ptr %.330, ptr %.337, align 8
  %.339 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 3
  store i64 8, ptr %.339, align 8
  %.341 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 0
  store ptr %.317, ptr %.341, align 8
  %.343 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 1
  store ptr null, ptr %.343, align 8
  %.345 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 2
  store i64 %.332, ptr %.345, align 8
  %.347 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, align 8
  %.348 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 5
  %.349 = getelementptr inbounds [1 x i64], ptr %.348, i32 0, i32 0
  %.350 = load i64, ptr %.349, align 8, !range !0
  %.351 = insertvalue [1 x i64] undef, i64 %.350, 0
  %.352 = extractvalue [1 x i64] %.351, 0
  %.353 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 6
  %.354 = load [1 x i64], ptr %.353, align 8
  %.355 = extractvalue [1 x i64] %.354, 0
  %.356 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.286, i32 0, i32 4
  %.357 = load ptr, ptr %.356, align 8
  store i64 0, ptr %.358, align 8
  store i64 0, ptr %.361, align 8
  br label %for.cond.1

for.end.endif.endif.endif.endif.endif.if.if:      ; preds = %for.end.endif.endif.endif.endif.endif.if
  ret i32 %.307

for.end.endif.endif.endif.endif.endif.if.endif:   ; preds = %for.end.endif.endif.endif.endif.endif.if
  br label %for.end.endif.endif.endif.endif.endif.endif

for.cond.1:                                       ; preds = %for.body.1.endif.endif.endif, %for.end.endif.endif.endif.endif.endif.endif
  %loop.index.1 = phi i64 [ 0, %for.end.endif.endif.endif.endif.endif.endif ], [ %.413, %for.body.1.endif.endif.endif ]
  %.365 = icmp slt i64 %loop.index.1, %.352
  br i1 %.365, label %for.body.1, label %for.end.1

for.body.1:                                       ; preds = %for.cond.1
  %.367 = icmp ugt i64 %.195, 1
  br i1 %.367, label %for.body.1.if, label %for.body.1.endif

for.end.1:                                        ; preds = %for.cond.1
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.415 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.416 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_decref(ptr %extracted.meminfo.1)
  store double 0.000000e+00, ptr %.418, align 8
  %extracted.meminfo.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 0
  %extracted.parent.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 1
  %extracted.nitems.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 2
  %extracted.itemsize.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 3
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 4
  %extracted.shape.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 5
  %.422 = extractvalue [1 x i64] %extracted.shape.2, 0
  %extracted.strides.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 6
  %.423 = extractvalue [1 x i64] %extracted.strides.2, 0
  %.424 = call i32 @_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29(ptr %.418, ptr %excinfo.8, ptr %extracted.meminfo.2, ptr %extracted.parent.2, i64 %extracted.nitems.2, i64 %extracted.itemsize.2, ptr %extracted.data.2, i64 %.422, i64 %.423)
  %.425 = load ptr, ptr %excinfo.8, align 8
  %.426 = icmp eq i32 %.424, 0
  %.427 = icmp eq i32 %.424, -2
  %.428 = icmp eq i32 %.424, -1
  %.429 = icmp eq i32 %.424, -3
  %.430 = or i1 %.426, %.427
  %.431 = xor i1 %.430, true
  %.432 = icmp sge i32 %.424, 1
  %.433 = select i1 %.432, ptr %.425, ptr undef
  %.434 = load double, ptr %.418, align 8
  br i1 %.431, label %for.end.1.if, label %for.end.1.endif, !prof !1

for.body.1.if:                                    ; preds = %for.body.1
  store i64 %loop.index.1, ptr %.358, align 8
  br label %for.body.1.endif

for.body.1.endif:                                 ; preds = %for.body.1.if, %for.body.1
  %.371 = load i64, ptr %.358, align 8
  %.372 = mul i64 %.371, 1
  %.373 = add i64 0, %.372
  %.374 = getelementptr double, ptr %.200, i64 %.373
  %.375 = load double, ptr %.374, align 8
  %.376 = icmp ugt i64 %.209, 1
  br i1 %.376, label %for.body.1.endif.if, label %for.body.1.endif.endif

for.body.1.endif.if:                              ; preds = %for.body.1.endif
  store i64 %loop.index.1, ptr %.361, align 8
  br label %for.body.1.endif.endif

for.body.1.endif.endif:                           ; preds = %for.body.1.endif.if, %for.body.1.endif
  %.380 = load i64, ptr %.361, align 8
  %.381 = mul i64 %.380, 1
  %.382 = add i64 0, %.381
  %.383 = getelementptr double, ptr %.214, i64 %.382
  %.384 = load double, ptr %.383, align 8
  store double 0.000000e+00, ptr %.385, align 8
  %.389 = call i32 @_ZN13_3cdynamic_3e33__numba_array_expr_0x7f8671118d90B3v29B72c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAQ4s_2fqEpEUkESQI1_2bmEQRxHRNAA_3d_3dEdd(ptr %.385, ptr %excinfo.7, double %.375, double %.384)
  %.390 = load ptr, ptr %excinfo.7, align 8
  %.391 = icmp eq i32 %.389, 0
  %.392 = icmp eq i32 %.389, -2
  %.393 = icmp eq i32 %.389, -1
  %.394 = icmp eq i32 %.389, -3
  %.395 = or i1 %.391, %.392
  %.396 = xor i1 %.395, true
  %.397 = icmp sge i32 %.389, 1
  %.398 = select i1 %.397, ptr %.390, ptr undef
  %.399 = load double, ptr %.385, align 8
  br i1 %.396, label %for.body.1.endif.endif.if, label %for.body.1.endif.endif.endif, !prof !1

for.body.1.endif.endif.if:                        ; preds = %for.body.1.endif.endif
  %.401 = load i64, ptr %try_state, align 8
  %.402 = icmp ugt i64 %.401, 0
  %.403 = load ptr, ptr %excinfo, align 8
  store ptr %.398, ptr %excinfo, align 8
  %.405 = xor i1 %.402, true
  br i1 %.405, label %for.body.1.endif.endif.if.if, label %for.body.1.endif.endif.if.endif

for.body.1.endif.endif.endif:                     ; preds = %for.body.1.endif.endif.if.endif, %for.body.1.endif.endif
  %.409 = mul i64 %loop.index.1, 1
  %.410 = add i64 0, %.409
  %.411 = getelementptr double, ptr %.357, i64 %.410
  store double %.399, ptr %.411, align 8
  %.413 = add nsw i64 %loop.index.1, 1
  br label %for.cond.1

for.body.1.endif.endif.if.if:                     ; preds = %for.body.1.endif.endif.if
  ret i32 %.389

for.body.1.endif.endif.if.endif:                  ; preds = %for.body.1.endif.endif.if
  br label %for.body.1.endif.endif.endif

for.end.1.if:                                     ; preds = %for.end.1
  %.436 = load i64, ptr %try_state, align 8
  %.437 = icmp ugt i64 %.436, 0
  %.438 = load ptr, ptr %excinfo, align 8
  store ptr %.433, ptr %excinfo, align 8
  %.440 = xor i1 %.437, true
  br i1 %.440, label %for.end.1.if.if, label %for.end.1.if.endif

for.end.1.endif:                                  ; preds = %for.end.1.if.endif, %for.end.1
  %extracted.meminfo.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 0
  %extracted.parent.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 1
  %extracted.nitems.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 2
  %extracted.itemsize.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 3
  %extracted.data.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 4
  %extracted.shape.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 5
  %.444 = extractvalue [1 x i64] %extracted.shape.3, 0
  %extracted.strides.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.347, 6
  %.445 = extractvalue [1 x i64] %extracted.strides.3, 0
  call void @NRT_decref(ptr %extracted.meminfo.3)
  store double 0.000000e+00, ptr %.447, align 8
  %extracted.meminfo.4 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 0
  %extracted.parent.4 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 1
  %extracted.nitems.4 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 2
  %extracted.itemsize.4 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 3
  %extracted.data.4 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 4
  %extracted.shape.4 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 5
  %.451 = extractvalue [1 x i64] %extracted.shape.4, 0
  %extracted.strides.4 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 6
  %.452 = extractvalue [1 x i64] %extracted.strides.4, 0
  %.453 = call i32 @_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29(ptr %.447, ptr %excinfo.9, ptr %extracted.meminfo.4, ptr %extracted.parent.4, i64 %extracted.nitems.4, i64 %extracted.itemsize.4, ptr %extracted.data.4, i64 %.451, i64 %.452)
  %.454 = load ptr, ptr %excinfo.9, align 8
  %.455 = icmp eq i32 %.453, 0
  %.456 = icmp eq i32 %.453, -2
  %.457 = icmp eq i32 %.453, -1
  %.458 = icmp eq i32 %.453, -3
  %.459 = or i1 %.455, %.456
  %.460 = xor i1 %.459, true
  %.461 = icmp sge i32 %.453, 1
  %.462 = select i1 %.461, ptr %.454, ptr undef
  %.463 = load double, ptr %.447, align 8
  br i1 %.460, label %for.end.1.endif.if, label %for.end.1.endif.endif, !prof !1

for.end.1.if.if:                                  ; preds = %for.end.1.if
  ret i32 %.424

for.end.1.if.endif:                               ; preds = %for.end.1.if
  br label %for.end.1.endif

for.end.1.endif.if:                               ; preds = %for.end.1.endif
  %.465 = load i64, ptr %try_state, align 8
  %.466 = icmp ugt i64 %.465, 0
  %.467 = load ptr, ptr %excinfo, align 8
  store ptr %.462, ptr %excinfo, align 8
  %.469 = xor i1 %.466, true
  br i1 %.469, label %for.end.1.endif.if.if, label %for.end.1.endif.if.endif

for.end.1.endif.endif:                            ; preds = %for.end.1.endif.if.endif, %for.end.1.endif
  %extracted.meminfo.5 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 0
  %extracted.parent.5 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 1
  %extracted.nitems.5 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 2
  %extracted.itemsize.5 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 3
  %extracted.data.5 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 4
  %extracted.shape.5 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 5
  %.473 = extractvalue [1 x i64] %extracted.shape.5, 0
  %extracted.strides.5 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.131, 6
  %.474 = extractvalue [1 x i64] %extracted.strides.5, 0
  call void @NRT_decref(ptr %extracted.meminfo.5)
  %.476 = fcmp oeq double %.463, 0.000000e+00
  br i1 %.476, label %for.end.1.endif.endif.if, label %for.end.1.endif.endif.endif, !prof !1

for.end.1.endif.if.if:                            ; preds = %for.end.1.endif.if
  ret i32 %.453

for.end.1.endif.if.endif:                         ; preds = %for.end.1.endif.if
  br label %for.end.1.endif.endif

for.end.1.endif.endif.if:                         ; preds = %for.end.1.endif.endif
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !2
  %.479 = load i64, ptr %try_state, align 8
  %.480 = icmp ugt i64 %.479, 0
  %.481 = load ptr, ptr %excinfo, align 8
  ret i32 1

for.end.1.endif.endif.endif:                      ; preds = %for.end.1.endif.endif
  %.483 = fdiv double %.434, %.463
  store double %.483, ptr %retptr, align 8
  ret i32 0
}

declare void @NRT_incref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #0

declare ptr @NRT_MemInfo_data_fast(ptr)

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: alwaysinline
define internal i32 @_ZN13_3cdynamic_3e33__numba_array_expr_0x7f8671118950B3v26B72c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAQ4s_2fqEpEUkESQI1_2bmEQRxHRNAA_3d_3dEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.a_1) #1 {
entry:
  %.5 = alloca double, align 8
  store double 0.000000e+00, ptr %.5, align 8
  %.7 = alloca double, align 8
  store double 0.000000e+00, ptr %.7, align 8
  br label %B0

B0:                                               ; preds = %entry
  br label %for.cond

for.cond:                                         ; preds = %for.body, %B0
  %loop.index = phi i64 [ 0, %B0 ], [ %.14, %for.body ]
  %.10 = icmp slt i64 %loop.index, 1
  br i1 %.10, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %.12 = call double @llvm.exp.f64(double %arg.a_1)
  store double %.12, ptr %.7, align 8
  %.14 = add nsw i64 %loop.index, 1
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %.16 = load double, ptr %.7, align 8
  store double %.16, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #0

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np7npyimpl15_broadcast_ontoB3v27B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEx8int64_2ax8int64_2a(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, i64 %arg.src_ndim, ptr %arg.src_shape, i64 %arg.dest_ndim, ptr %arg.dest_shape) #1 {
entry:
  %src_ndim = alloca i64, align 8
  store i64 0, ptr %src_ndim, align 8
  %src_shape = alloca ptr, align 8
  store ptr null, ptr %src_shape, align 8
  %dest_ndim = alloca i64, align 8
  store i64 0, ptr %dest_ndim, align 8
  %dest_shape = alloca ptr, align 8
  store ptr null, ptr %dest_shape, align 8
  %src_index.2 = alloca i64, align 8
  store i64 0, ptr %src_index.2, align 8
  %dest_index.3 = alloca i64, align 8
  store i64 0, ptr %dest_index.3, align 8
  %dest_index.2 = alloca i64, align 8
  store i64 0, ptr %dest_index.2, align 8
  %"$180pred" = alloca i1, align 1
  store i1 false, ptr %"$180pred", align 1
  %src_dim_size = alloca i64, align 8
  store i64 0, ptr %src_dim_size, align 8
  %dest_dim_size = alloca i64, align 8
  store i64 0, ptr %dest_dim_size, align 8
  br label %B0

B0:                                               ; preds = %entry
  store i64 %arg.src_ndim, ptr %src_ndim, align 8
  store ptr %arg.src_shape, ptr %src_shape, align 8
  store i64 %arg.dest_ndim, ptr %dest_ndim, align 8
  store ptr %arg.dest_shape, ptr %dest_shape, align 8
  %.16 = load i64, ptr %src_ndim, align 8
  %.17 = load i64, ptr %dest_ndim, align 8
  %.18 = icmp sgt i64 %.16, %.17
  br i1 %.18, label %B16, label %B20

B16:                                              ; preds = %B0
  %.20 = load ptr, ptr %src_shape, align 8
  store ptr null, ptr %src_shape, align 8
  %.22 = load i64, ptr %src_ndim, align 8
  store i64 0, ptr %src_ndim, align 8
  %.24 = load ptr, ptr %dest_shape, align 8
  store ptr null, ptr %dest_shape, align 8
  %.26 = load i64, ptr %dest_ndim, align 8
  store i64 0, ptr %dest_ndim, align 8
  store i64 0, ptr %retptr, align 8
  ret i32 0

B20:                                              ; preds = %B0
  %.31 = load i64, ptr %src_index.2, align 8
  store i64 0, ptr %src_index.2, align 8
  %.33 = load i64, ptr %dest_ndim, align 8
  %.34 = load i64, ptr %src_ndim, align 8
  %.35 = sub nsw i64 %.33, %.34
  %.36 = load i64, ptr %dest_ndim, align 8
  store i64 0, ptr %dest_ndim, align 8
  %.39 = load i64, ptr %dest_index.3, align 8
  store i64 %.35, ptr %dest_index.3, align 8
  %.42 = load i64, ptr %dest_index.2, align 8
  store i64 %.35, ptr %dest_index.2, align 8
  %.44 = load i64, ptr %src_ndim, align 8
  %.45 = icmp slt i64 0, %.44
  br i1 %.45, label %B46, label %B182

B46:                                              ; preds = %B150, %B20
  %.47 = load i64, ptr %dest_index.3, align 8
  store i64 0, ptr %dest_index.3, align 8
  %.50 = load i1, ptr %"$180pred", align 1
  store i1 false, ptr %"$180pred", align 1
  %.52 = load ptr, ptr %src_shape, align 8
  %.53 = load i64, ptr %src_index.2, align 8
  %.54 = getelementptr i64, ptr %.52, i64 %.53
  %.55 = load i64, ptr %.54, align 8
  %.57 = load i64, ptr %src_dim_size, align 8
  store i64 %.55, ptr %src_dim_size, align 8
  %.59 = load ptr, ptr %dest_shape, align 8
  %.60 = load i64, ptr %dest_index.2, align 8
  %.61 = getelementptr i64, ptr %.59, i64 %.60
  %.62 = load i64, ptr %.61, align 8
  %.64 = load i64, ptr %dest_dim_size, align 8
  store i64 %.62, ptr %dest_dim_size, align 8
  %.66 = load i64, ptr %dest_dim_size, align 8
  %.67 = icmp ne i64 %.66, 1
  br i1 %.67, label %B90, label %B128

B90:                                              ; preds = %B46
  %.69 = load i64, ptr %src_dim_size, align 8
  %.70 = load i64, ptr %dest_dim_size, align 8
  %.71 = icmp ne i64 %.69, %.70
  %.72 = load i64, ptr %dest_dim_size, align 8
  store i64 0, ptr %dest_dim_size, align 8
  br i1 %.71, label %B102, label %B126

B102:                                             ; preds = %B90
  %.75 = load i64, ptr %src_dim_size, align 8
  %.76 = icmp ne i64 %.75, 1
  %.77 = load i64, ptr %src_dim_size, align 8
  store i64 0, ptr %src_dim_size, align 8
  br i1 %.76, label %B114, label %B126

B114:                                             ; preds = %B102
  %.80 = load ptr, ptr %src_shape, align 8
  store ptr null, ptr %src_shape, align 8
  %.82 = load i64, ptr %src_ndim, align 8
  store i64 0, ptr %src_ndim, align 8
  %.84 = load i64, ptr %src_index.2, align 8
  store i64 0, ptr %src_index.2, align 8
  %.86 = load ptr, ptr %dest_shape, align 8
  store ptr null, ptr %dest_shape, align 8
  %.88 = load i64, ptr %dest_index.2, align 8
  %.89 = add nsw i64 %.88, 1
  %.90 = load i64, ptr %dest_index.2, align 8
  store i64 0, ptr %dest_index.2, align 8
  %.92 = sub i64 0, %.89
  store i64 %.92, ptr %retptr, align 8
  ret i32 0

B126:                                             ; preds = %B102, %B90
  %.95 = load i64, ptr %src_dim_size, align 8
  store i64 0, ptr %src_dim_size, align 8
  br label %B150

B128:                                             ; preds = %B46
  %.98 = load i64, ptr %dest_dim_size, align 8
  store i64 0, ptr %dest_dim_size, align 8
  %.100 = load i64, ptr %src_dim_size, align 8
  %.101 = icmp ne i64 %.100, 1
  br i1 %.101, label %B140, label %B150

B140:                                             ; preds = %B128
  %.103 = load ptr, ptr %dest_shape, align 8
  %.104 = load i64, ptr %src_dim_size, align 8
  %.105 = load i64, ptr %dest_index.2, align 8
  %.106 = getelementptr i64, ptr %.103, i64 %.105
  store i64 %.104, ptr %.106, align 8
  %.108 = load i64, ptr %src_dim_size, align 8
  store i64 0, ptr %src_dim_size, align 8
  br label %B150

B150:                                             ; preds = %B140, %B128, %B126
  %.111 = load i64, ptr %src_dim_size, align 8
  store i64 0, ptr %src_dim_size, align 8
  %.113 = load i64, ptr %src_index.2, align 8
  %.114 = add nsw i64 %.113, 1
  %.115 = load i64, ptr %src_index.2, align 8
  store i64 %.114, ptr %src_index.2, align 8
  %.117 = load i64, ptr %dest_index.2, align 8
  %.118 = add nsw i64 %.117, 1
  %.119 = load i64, ptr %dest_index.3, align 8
  store i64 %.118, ptr %dest_index.3, align 8
  %.121 = load i64, ptr %dest_index.2, align 8
  store i64 %.118, ptr %dest_index.2, align 8
  %.123 = load i64, ptr %src_ndim, align 8
  %.124 = icmp slt i64 %.114, %.123
  %.125 = load i1, ptr %"$180pred", align 1
  store i1 %.124, ptr %"$180pred", align 1
  %.127 = load i1, ptr %"$180pred", align 1
  br i1 %.127, label %B46, label %B182

B182:                                             ; preds = %B150, %B20
  %.129 = load ptr, ptr %src_shape, align 8
  store ptr null, ptr %src_shape, align 8
  %.131 = load i64, ptr %src_ndim, align 8
  store i64 0, ptr %src_ndim, align 8
  %.133 = load i64, ptr %src_index.2, align 8
  store i64 0, ptr %src_index.2, align 8
  %.135 = load ptr, ptr %dest_shape, align 8
  store ptr null, ptr %dest_shape, align 8
  %.137 = load i64, ptr %dest_index.2, align 8
  store i64 0, ptr %dest_index.2, align 8
  %.139 = load i1, ptr %"$180pred", align 1
  store i1 false, ptr %"$180pred", align 1
  %.141 = load i64, ptr %dest_index.3, align 8
  %.142 = load i64, ptr %dest_index.3, align 8
  store i64 0, ptr %dest_index.3, align 8
  store i64 %.141, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np8arrayobj15_call_allocatorB3v28B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.arrtype, i64 %arg.size, i32 %arg.align) #1 {
entry:
  %.7 = alloca ptr, align 8
  store ptr null, ptr %.7, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  store ptr null, ptr %.7, align 8
  %.11 = call i32 @_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr %.7, ptr %excinfo.1, ptr %arg.arrtype, i64 %arg.size, i32 %arg.align)
  %.12 = load ptr, ptr %excinfo.1, align 8
  %.13 = icmp eq i32 %.11, 0
  %.14 = icmp eq i32 %.11, -2
  %.15 = icmp eq i32 %.11, -1
  %.16 = icmp eq i32 %.11, -3
  %.17 = or i1 %.13, %.14
  %.18 = xor i1 %.17, true
  %.19 = icmp sge i32 %.11, 1
  %.20 = select i1 %.19, ptr %.12, ptr undef
  %.21 = load ptr, ptr %.7, align 8
  br i1 %.18, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store i64 0, ptr %try_state, align 8
  %.25 = load i64, ptr %try_state, align 8
  %.26 = icmp ugt i64 %.25, 0
  %.27 = load ptr, ptr %excinfo, align 8
  store ptr %.20, ptr %excinfo, align 8
  %.29 = xor i1 %.26, true
  br i1 %.29, label %B0.if.if, label %B0.if.endif

B0.endif:                                         ; preds = %B0.if.endif, %B0
  call void @NRT_incref(ptr %.21)
  call void @NRT_decref(ptr %.21)
  store ptr %.21, ptr %retptr, align 8
  ret i32 0

B0.if.if:                                         ; preds = %B0.if
  ret i32 %.11

B0.if.endif:                                      ; preds = %B0.if
  br label %B0.endif
}

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.cls, i64 %arg.allocsize, i32 %arg.align) #1 {
entry:
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  %.7 = call ptr @NRT_MemInfo_alloc_aligned(i64 %arg.allocsize, i32 %arg.align)
  %.8 = icmp eq ptr null, %.7
  br i1 %.8, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, ptr %excinfo, align 8, !numba_exception_output !2
  store i64 0, ptr %try_state, align 8
  %.13 = load i64, ptr %try_state, align 8
  %.14 = icmp ugt i64 %.13, 0
  %.15 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  call void @NRT_incref(ptr %.7)
  call void @NRT_decref(ptr %.7)
  store ptr %.7, ptr %retptr, align 8
  ret i32 0
}

declare noalias ptr @NRT_MemInfo_alloc_aligned(i64, i32)

; Function Attrs: alwaysinline
define internal i32 @_ZN13_3cdynamic_3e33__numba_array_expr_0x7f8671118d90B3v29B72c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAQ4s_2fqEpEUkESQI1_2bmEQRxHRNAA_3d_3dEdd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.a_2, double %arg.e_1) #1 {
entry:
  br label %B0

B0:                                               ; preds = %entry
  %.6 = fmul double %arg.e_1, %arg.a_2
  store double %.6, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np9arraymath9array_sum12_3clocals_3e14array_sum_implB3v25B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedE27omitted_28default_3dNone_2927omitted_28default_3dNone_29(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0) #1 {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.a.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %arg.a.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %arg.a.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %arg.a.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %arg.a.4, 4
  %.11 = insertvalue [1 x i64] undef, i64 %arg.a.5.0, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.11, 5
  %.12 = insertvalue [1 x i64] undef, i64 %arg.a.6.0, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.12, 6
  %.16 = alloca ptr, align 8
  store ptr null, ptr %.16, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %.44 = alloca ptr, align 8
  store ptr null, ptr %.44, align 8
  %excinfo.2 = alloca ptr, align 8
  store ptr null, ptr %excinfo.2, align 8
  %.68 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.68, align 8
  %.72 = alloca double, align 8
  store double 0.000000e+00, ptr %.72, align 8
  %.77 = alloca ptr, align 8
  store ptr null, ptr %.77, align 8
  %.87 = alloca i64, align 8
  store i64 0, ptr %.87, align 8
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.13 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.14 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  store ptr null, ptr %.16, align 8
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.20 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.21 = extractvalue [1 x i64] %extracted.strides.1, 0
  %.22 = call i32 @_ZN5numba2np9arraymath17check_axis_boundsB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv(ptr %.16, ptr %excinfo.1, ptr %extracted.meminfo.1, ptr %extracted.parent.1, i64 %extracted.nitems.1, i64 %extracted.itemsize.1, ptr %extracted.data.1, i64 %.20, i64 %.21, ptr null)
  %.23 = load ptr, ptr %excinfo.1, align 8
  %.24 = icmp eq i32 %.22, 0
  %.25 = icmp eq i32 %.22, -2
  %.26 = icmp eq i32 %.22, -1
  %.27 = icmp eq i32 %.22, -3
  %.28 = or i1 %.24, %.25
  %.29 = xor i1 %.28, true
  %.30 = icmp sge i32 %.22, 1
  %.31 = select i1 %.30, ptr %.23, ptr undef
  %.32 = load ptr, ptr %.16, align 8
  br i1 %.29, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store i64 0, ptr %try_state, align 8
  %.36 = load i64, ptr %try_state, align 8
  %.37 = icmp ugt i64 %.36, 0
  %.38 = load ptr, ptr %excinfo, align 8
  store ptr %.31, ptr %excinfo, align 8
  %.40 = xor i1 %.37, true
  br i1 %.40, label %B0.if.if, label %B0.if.endif

B0.endif:                                         ; preds = %B0.if.endif, %B0
  store ptr null, ptr %.44, align 8
  %.48 = call i32 @_ZN5numba2np9arraymath16check_duplicatesB3v18B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEvx(ptr %.44, ptr %excinfo.2, ptr null, i64 1)
  %.49 = load ptr, ptr %excinfo.2, align 8
  %.50 = icmp eq i32 %.48, 0
  %.51 = icmp eq i32 %.48, -2
  %.52 = icmp eq i32 %.48, -1
  %.53 = icmp eq i32 %.48, -3
  %.54 = or i1 %.50, %.51
  %.55 = xor i1 %.54, true
  %.56 = icmp sge i32 %.48, 1
  %.57 = select i1 %.56, ptr %.49, ptr undef
  %.58 = load ptr, ptr %.44, align 8
  br i1 %.55, label %B0.endif.if, label %B0.endif.endif, !prof !1

B0.if.if:                                         ; preds = %B0.if
  ret i32 %.22

B0.if.endif:                                      ; preds = %B0.if
  br label %B0.endif

B0.endif.if:                                      ; preds = %B0.endif
  %.60 = load i64, ptr %try_state, align 8
  %.61 = icmp ugt i64 %.60, 0
  %.62 = load ptr, ptr %excinfo, align 8
  store ptr %.57, ptr %excinfo, align 8
  %.64 = xor i1 %.61, true
  br i1 %.64, label %B0.endif.if.if, label %B0.endif.if.endif

B0.endif.endif:                                   ; preds = %B0.endif.if.endif, %B0.endif
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.68, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, ptr %.68, align 8
  store double 0.000000e+00, ptr %.72, align 8
  %.75 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.68, i32 0, i32 4
  %.76 = load ptr, ptr %.75, align 8
  %.79 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.68, i32 0, i32 4
  %.80 = load ptr, ptr %.79, align 8
  store ptr %.80, ptr %.77, align 8
  %.82 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.68, i32 0, i32 5
  %.83 = getelementptr inbounds [1 x i64], ptr %.82, i32 0, i32 0
  %.84 = load i64, ptr %.83, align 8, !range !0
  %.85 = insertvalue [1 x i64] undef, i64 %.84, 0
  %.86 = extractvalue [1 x i64] %.85, 0
  store i64 0, ptr %.87, align 8
  br label %.89

B0.endif.if.if:                                   ; preds = %B0.endif.if
  ret i32 %.48

B0.endif.if.endif:                                ; preds = %B0.endif.if
  br label %B0.endif.endif

.89:                                              ; preds = %.89.endif, %B0.endif.endif
  %.93 = load i64, ptr %.87, align 8
  %.94 = icmp sge i64 %.93, %.86
  br i1 %.94, label %.89.if, label %.89.endif, !prof !1

.90:                                              ; preds = %.89.if
  %.119 = load double, ptr %.72, align 8
  %extracted.meminfo.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.120 = extractvalue [1 x i64] %extracted.shape.2, 0
  %extracted.strides.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.121 = extractvalue [1 x i64] %extracted.strides.2, 0
  call void @NRT_decref(ptr %extracted.meminfo.2)
  store double %.119, ptr %retptr, align 8
  ret i32 0

.89.if:                                           ; preds = %.89
  %.96 = load i64, ptr %.87, align 8
  %.97 = mul i64 8, %.96
  %.98 = sub i64 0, %.97
  %.99 = load ptr, ptr %.77, align 8
  %.100 = bitcast ptr %.99 to ptr
  %.101 = getelementptr i8, ptr %.100, i64 %.98
  %.102 = bitcast ptr %.101 to ptr
  store ptr %.102, ptr %.77, align 8
  br label %.90

.89.endif:                                        ; preds = %.89
  %.105 = load ptr, ptr %.77, align 8
  %.106 = load double, ptr %.105, align 8
  %.107 = load double, ptr %.72, align 8
  %.108 = fadd double %.107, %.106
  store double %.108, ptr %.72, align 8
  %.110 = load i64, ptr %.87, align 8
  %.111 = add nsw i64 %.110, 1
  %.112 = load ptr, ptr %.77, align 8
  %.113 = bitcast ptr %.112 to ptr
  %.114 = getelementptr i8, ptr %.113, i64 8
  %.115 = bitcast ptr %.114 to ptr
  store ptr %.115, ptr %.77, align 8
  store i64 %.111, ptr %.87, align 8
  br label %.89
}

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np9arraymath17check_axis_boundsB3v17B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE5ArrayIdLi1E1C7mutable7alignedEv(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, ptr %arg.axis) #1 {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.a.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %arg.a.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %arg.a.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %arg.a.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %arg.a.4, 4
  %.12 = insertvalue [1 x i64] undef, i64 %arg.a.5.0, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.12, 5
  %.13 = insertvalue [1 x i64] undef, i64 %arg.a.6.0, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.13, 6
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.14 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.15 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.17 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.18 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_decref(ptr %extracted.meminfo.1)
  %.20 = icmp ne i64 0, 0
  br label %B260

B260:                                             ; preds = %B0
  store ptr null, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np9arraymath16check_duplicatesB3v18B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEvx(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.axis, i64 %arg.ndim) #1 {
entry:
  br label %B0

B0:                                               ; preds = %entry
  %.6 = icmp ne i64 0, 0
  br label %B222

B222:                                             ; preds = %B0
  store ptr null, ptr %retptr, align 8
  ret i32 0
}

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { alwaysinline }

!0 = !{i64 0, i64 9223372036854775807}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{i1 true}
