; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN8__main__10while_loopB2v8B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dEdd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x, double %arg.tol) {
entry:
  %.11 = fcmp ogt double %arg.x, 1.000000e+00
  %"$phi22.0.2.0" = select i1 %.11, double %arg.x, double 1.000000e+00
  %.36 = fmul double %"$phi22.0.2.0", %"$phi22.0.2.0"
  %.38 = fsub double %.36, %arg.x
  %.39 = call double @llvm.fabs.f64(double %.38)
  %.41 = fcmp ogt double %.39, %arg.tol
  br i1 %.41, label %B90, label %B184

B90:                                              ; preds = %B90.endif, %entry
  %y.2.1 = phi double [ %.80, %B90.endif ], [ %"$phi22.0.2.0", %entry ]
  %steps.2.1 = phi i64 [ %.88, %B90.endif ], [ 0, %entry ]
  %.66 = fcmp oeq double %y.2.1, 0.000000e+00
  br i1 %.66, label %B90.if, label %B90.endif, !prof !0

common.ret:                                       ; preds = %B90.if, %B184
  %common.ret.op = phi i32 [ 0, %B184 ], [ 1, %B90.if ]
  ret i32 %common.ret.op

B184:                                             ; preds = %B90.endif, %entry
  %y.3.0 = phi double [ %"$phi22.0.2.0", %entry ], [ %.80, %B90.endif ]
  store double %y.3.0, ptr %retptr, align 8
  br label %common.ret

B90.if:                                           ; preds = %B90
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !1
  br label %common.ret

B90.endif:                                        ; preds = %B90
  %.75 = fdiv double %arg.x, %y.2.1
  %.77 = fadd double %y.2.1, %.75
  %.80 = fmul double %.77, 5.000000e-01
  %.96 = fmul double %.80, %.80
  %.98 = fsub double %.96, %arg.x
  %.99 = call double @llvm.fabs.f64(double %.98)
  %.101 = fcmp ogt double %.99, %arg.tol
  %.88 = add nuw nsw i64 %steps.2.1, 1
  %.115 = icmp samesign ult i64 %steps.2.1, 49
  %or.cond = select i1 %.101, i1 %.115, i1 false
  br i1 %or.cond, label %B90, label %B184
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
