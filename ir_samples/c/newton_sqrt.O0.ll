; ModuleID = 'newton_sqrt.c'
source_filename = "newton_sqrt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"newton_sqrt(2)\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"newton_sqrt(0.3)\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"newton_cbrt(5)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @newton_sqrt(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %2, align 8
  %5 = load double, ptr %2, align 8
  %6 = fcmp ogt double %5, 1.000000e+00
  br i1 %6, label %7, label %9

7:                                                ; preds = %1
  %8 = load double, ptr %2, align 8
  br label %10

9:                                                ; preds = %1
  br label %10

10:                                               ; preds = %9, %7
  %11 = phi double [ %8, %7 ], [ 1.000000e+00, %9 ]
  store double %11, ptr %3, align 8
  store double 0.000000e+00, ptr %4, align 8
  br label %12

12:                                               ; preds = %20, %10
  %13 = load double, ptr %3, align 8
  %14 = load double, ptr %4, align 8
  %15 = fsub double %13, %14
  %16 = call double @llvm.fabs.f64(double %15)
  %17 = load double, ptr %3, align 8
  %18 = fmul double 1.000000e-15, %17
  %19 = fcmp ogt double %16, %18
  br i1 %19, label %20, label %28

20:                                               ; preds = %12
  %21 = load double, ptr %3, align 8
  store double %21, ptr %4, align 8
  %22 = load double, ptr %3, align 8
  %23 = load double, ptr %2, align 8
  %24 = load double, ptr %3, align 8
  %25 = fdiv double %23, %24
  %26 = fadd double %22, %25
  %27 = fmul double 5.000000e-01, %26
  store double %27, ptr %3, align 8
  br label %12, !llvm.loop !6

28:                                               ; preds = %12
  %29 = load double, ptr %3, align 8
  ret double %29
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @newton_cbrt(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  store double %0, ptr %2, align 8
  store double 1.000000e+00, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %6

6:                                                ; preds = %31, %1
  %7 = load i32, ptr %4, align 4
  %8 = icmp slt i32 %7, 100
  br i1 %8, label %9, label %32

9:                                                ; preds = %6
  %10 = load double, ptr %3, align 8
  %11 = load double, ptr %3, align 8
  %12 = fmul double %10, %11
  %13 = load double, ptr %3, align 8
  %14 = load double, ptr %2, align 8
  %15 = fneg double %14
  %16 = call double @llvm.fmuladd.f64(double %12, double %13, double %15)
  %17 = load double, ptr %3, align 8
  %18 = fmul double 3.000000e+00, %17
  %19 = load double, ptr %3, align 8
  %20 = fmul double %18, %19
  %21 = fdiv double %16, %20
  store double %21, ptr %5, align 8
  %22 = load double, ptr %5, align 8
  %23 = load double, ptr %3, align 8
  %24 = fsub double %23, %22
  store double %24, ptr %3, align 8
  %25 = load i32, ptr %4, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %4, align 4
  %27 = load double, ptr %5, align 8
  %28 = call double @llvm.fabs.f64(double %27)
  %29 = fcmp olt double %28, 0x3D06849B86A12B9B
  br i1 %29, label %30, label %31

30:                                               ; preds = %9
  br label %32

31:                                               ; preds = %9
  br label %6, !llvm.loop !8

32:                                               ; preds = %30, %6
  %33 = load double, ptr %3, align 8
  ret double %33
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double @newton_sqrt(double noundef 2.000000e+00)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = call double @newton_sqrt(double noundef 3.000000e-01)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %4)
  %6 = call double @newton_cbrt(double noundef 5.000000e+00)
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %6)
  %8 = load ptr, ptr @stdout, align 8
  %9 = call i32 @fflush(ptr noundef %8)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #2

declare i32 @fflush(ptr noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
