; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__11scalar_mathB2v2B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dEdd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x, double %arg.y) {
entry:
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  %.6 = call double @llvm.sin.f64(double %arg.x)
  %.7 = fsub double -0.000000e+00, %arg.y
  %.8 = fmul double %.7, %arg.y
  %.9 = call double @llvm.exp.f64(double %.8)
  %.10 = fmul double %.6, %.9
  %.11 = fmul double %arg.x, %arg.x
  %.12 = call double @log1p(double %.11)
  %.13 = fmul double %arg.y, %arg.y
  %.14 = fadd double 1.000000e+00, %.13
  %.15 = call double @sqrt(double %.14)
  %.16 = fcmp oeq double %.15, 0.000000e+00
  br i1 %.16, label %B0.if, label %B0.endif, !prof !0

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !1
  store i64 0, ptr %try_state, align 8
  %.21 = load i64, ptr %try_state, align 8
  %.22 = icmp ugt i64 %.21, 0
  %.23 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  %.25 = fdiv double %.12, %.15
  %.26 = fadd double %.10, %.25
  store double %.26, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #0

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #0

; Function Attrs: nounwind memory(read)
declare double @log1p(double) #1

; Function Attrs: nounwind memory(read)
declare double @sqrt(double) #1

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nounwind memory(read) }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
