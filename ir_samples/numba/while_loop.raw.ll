; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__10while_loopB2v8B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dEdd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x, double %arg.tol) {
entry:
  %x = alloca double, align 8
  store double 0.000000e+00, ptr %x, align 8
  %tol = alloca double, align 8
  store double 0.000000e+00, ptr %tol, align 8
  %"$phi22.0.2" = alloca double, align 8
  store double 0.000000e+00, ptr %"$phi22.0.2", align 8
  %y = alloca double, align 8
  store double 0.000000e+00, ptr %y, align 8
  %y.3 = alloca double, align 8
  store double 0.000000e+00, ptr %y.3, align 8
  %steps = alloca i64, align 8
  store i64 0, ptr %steps, align 8
  %y.2 = alloca double, align 8
  store double 0.000000e+00, ptr %y.2, align 8
  %steps.2 = alloca i64, align 8
  store i64 0, ptr %steps.2, align 8
  %"$182pred" = alloca i1, align 1
  store i1 false, ptr %"$182pred", align 1
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %y.1 = alloca double, align 8
  store double 0.000000e+00, ptr %y.1, align 8
  %steps.1 = alloca i64, align 8
  store i64 0, ptr %steps.1, align 8
  br label %B0

B0:                                               ; preds = %entry
  store double %arg.x, ptr %x, align 8
  store double %arg.tol, ptr %tol, align 8
  %.10 = load double, ptr %x, align 8
  %.11 = fcmp ogt double %.10, 1.000000e+00
  br i1 %.11, label %B16, label %B20

B16:                                              ; preds = %B0
  %.13 = load double, ptr %x, align 8
  %.15 = load double, ptr %"$phi22.0.2", align 8
  store double %.13, ptr %"$phi22.0.2", align 8
  br label %B22

B20:                                              ; preds = %B0
  %.18 = load double, ptr %"$phi22.0.2", align 8
  store double 1.000000e+00, ptr %"$phi22.0.2", align 8
  br label %B22

B22:                                              ; preds = %B20, %B16
  %.21 = load double, ptr %"$phi22.0.2", align 8
  %.23 = load double, ptr %y, align 8
  store double %.21, ptr %y, align 8
  %.25 = load double, ptr %"$phi22.0.2", align 8
  store double 0.000000e+00, ptr %"$phi22.0.2", align 8
  %.27 = load double, ptr %y, align 8
  %.29 = load double, ptr %y.3, align 8
  store double %.27, ptr %y.3, align 8
  %.32 = load i64, ptr %steps, align 8
  store i64 0, ptr %steps, align 8
  %.34 = load double, ptr %y, align 8
  %.35 = load double, ptr %y, align 8
  %.36 = fmul double %.34, %.35
  %.37 = load double, ptr %x, align 8
  %.38 = fsub double %.36, %.37
  %.39 = call double @llvm.fabs.f64(double %.38)
  %.40 = load double, ptr %tol, align 8
  %.41 = fcmp ogt double %.39, %.40
  br i1 %.41, label %B78, label %B184

B78:                                              ; preds = %B22
  %.43 = load double, ptr %y, align 8
  %.44 = load double, ptr %y.3, align 8
  store double %.43, ptr %y.3, align 8
  %.46 = load double, ptr %y.3, align 8
  store double 0.000000e+00, ptr %y.3, align 8
  %.48 = load double, ptr %y, align 8
  %.50 = load double, ptr %y.2, align 8
  store double %.48, ptr %y.2, align 8
  %.52 = load double, ptr %y, align 8
  store double 0.000000e+00, ptr %y, align 8
  %.54 = load i64, ptr %steps, align 8
  %.56 = load i64, ptr %steps.2, align 8
  store i64 0, ptr %steps.2, align 8
  %.58 = load i64, ptr %steps, align 8
  store i64 0, ptr %steps, align 8
  br label %B90

B90:                                              ; preds = %B172, %B78
  %.62 = load i1, ptr %"$182pred", align 1
  store i1 false, ptr %"$182pred", align 1
  %.64 = load double, ptr %x, align 8
  %.65 = load double, ptr %y.2, align 8
  %.66 = fcmp oeq double %.65, 0.000000e+00
  br i1 %.66, label %B90.if, label %B90.endif, !prof !0

B172:                                             ; preds = %B90.endif
  %.103 = load double, ptr %y.1, align 8
  %.104 = load double, ptr %y.3, align 8
  store double %.103, ptr %y.3, align 8
  %.106 = load double, ptr %y.1, align 8
  %.107 = load double, ptr %y.2, align 8
  store double %.106, ptr %y.2, align 8
  %.109 = load double, ptr %y.1, align 8
  store double 0.000000e+00, ptr %y.1, align 8
  %.111 = load i64, ptr %steps.1, align 8
  %.112 = load i64, ptr %steps.2, align 8
  store i64 %.111, ptr %steps.2, align 8
  %.114 = load i64, ptr %steps.1, align 8
  %.115 = icmp slt i64 %.114, 50
  %.116 = load i64, ptr %steps.1, align 8
  store i64 0, ptr %steps.1, align 8
  %.118 = load i1, ptr %"$182pred", align 1
  store i1 %.115, ptr %"$182pred", align 1
  %.120 = load i1, ptr %"$182pred", align 1
  br i1 %.120, label %B90, label %B184

B184:                                             ; preds = %B90.endif, %B172, %B22
  %.122 = load double, ptr %y.2, align 8
  store double 0.000000e+00, ptr %y.2, align 8
  %.124 = load double, ptr %y.1, align 8
  store double 0.000000e+00, ptr %y.1, align 8
  %.126 = load double, ptr %y, align 8
  store double 0.000000e+00, ptr %y, align 8
  %.128 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %x, align 8
  %.130 = load double, ptr %tol, align 8
  store double 0.000000e+00, ptr %tol, align 8
  %.132 = load i64, ptr %steps.2, align 8
  store i64 0, ptr %steps.2, align 8
  %.134 = load i64, ptr %steps.1, align 8
  store i64 0, ptr %steps.1, align 8
  %.136 = load i64, ptr %steps, align 8
  store i64 0, ptr %steps, align 8
  %.138 = load i1, ptr %"$182pred", align 1
  store i1 false, ptr %"$182pred", align 1
  %.140 = load double, ptr %y.3, align 8
  %.141 = load double, ptr %y.3, align 8
  store double 0.000000e+00, ptr %y.3, align 8
  store double %.140, ptr %retptr, align 8
  ret i32 0

B90.if:                                           ; preds = %B90
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !1
  store i64 0, ptr %try_state, align 8
  %.71 = load i64, ptr %try_state, align 8
  %.72 = icmp ugt i64 %.71, 0
  %.73 = load ptr, ptr %excinfo, align 8
  ret i32 1

B90.endif:                                        ; preds = %B90
  %.75 = fdiv double %.64, %.65
  %.76 = load double, ptr %y.2, align 8
  %.77 = fadd double %.76, %.75
  %.78 = load double, ptr %y.2, align 8
  store double 0.000000e+00, ptr %y.2, align 8
  %.80 = fmul double 5.000000e-01, %.77
  %.82 = load double, ptr %y.1, align 8
  store double %.80, ptr %y.1, align 8
  %.84 = load double, ptr %y.1, align 8
  %.85 = load double, ptr %y.3, align 8
  store double %.84, ptr %y.3, align 8
  %.87 = load i64, ptr %steps.2, align 8
  %.88 = add nsw i64 %.87, 1
  %.89 = load i64, ptr %steps.2, align 8
  store i64 0, ptr %steps.2, align 8
  %.92 = load i64, ptr %steps.1, align 8
  store i64 %.88, ptr %steps.1, align 8
  %.94 = load double, ptr %y.1, align 8
  %.95 = load double, ptr %y.1, align 8
  %.96 = fmul double %.94, %.95
  %.97 = load double, ptr %x, align 8
  %.98 = fsub double %.96, %.97
  %.99 = call double @llvm.fabs.f64(double %.98)
  %.100 = load double, ptr %tol, align 8
  %.101 = fcmp ogt double %.99, %.100
  br i1 %.101, label %B172, label %B184
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
