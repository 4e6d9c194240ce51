; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN8__main__8tuple_ioB3v37B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE8UniTupleIdLi2EEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.p.0, double %arg.p.1, double %arg.scale) {
entry:
  %.6.i = call double @hypot(double %arg.p.0, double %arg.p.1), !noalias !0
  %.46 = fcmp oeq double %.6.i, 0.000000e+00
  br i1 %.46, label %B0.endif.if, label %B0.endif.endif.endif, !prof !3

common.ret:                                       ; preds = %B0.endif.endif.endif, %B0.endif.if
  %common.ret.op = phi i32 [ 1, %B0.endif.if ], [ 0, %B0.endif.endif.endif ]
  ret i32 %common.ret.op

B0.endif.if:                                      ; preds = %entry
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !4
  br label %common.ret

B0.endif.endif.endif:                             ; preds = %entry
  %.54 = fmul double %arg.p.1, %arg.scale
  %.45 = fmul double %arg.p.0, %arg.scale
  %.53 = fdiv double %.45, %.6.i
  %.62 = fdiv double %.54, %.6.i
  store double %.53, ptr %retptr, align 8
  %retptr.repack3 = getelementptr inbounds nuw i8, ptr %retptr, i64 8
  store double %.62, ptr %retptr.repack3, align 8
  br label %common.ret
}

declare double @hypot(double, double)

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #0

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN5numba7cpython8mathimpl16hypot_float_impl12_3clocals_3e10hypot_implB3v38B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdd: %retptr"}
!2 = distinct !{!2, !"_ZN5numba7cpython8mathimpl16hypot_float_impl12_3clocals_3e10hypot_implB3v38B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdd"}
!3 = !{!"branch_weights", i32 1, i32 99}
!4 = !{i1 true}
