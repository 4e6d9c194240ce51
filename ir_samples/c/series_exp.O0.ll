; ModuleID = 'series_exp.c'
source_filename = "series_exp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"series_exp(1.3)\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"series_exp(-2.1)\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"series_atan(0.4)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @series_exp(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %0, ptr %2, align 8
  store double 1.000000e+00, ptr %3, align 8
  store double 1.000000e+00, ptr %4, align 8
  store i32 1, ptr %5, align 4
  br label %6

6:                                                ; preds = %13, %1
  %7 = load double, ptr %3, align 8
  %8 = call double @llvm.fabs.f64(double %7)
  %9 = load double, ptr %4, align 8
  %10 = call double @llvm.fabs.f64(double %9)
  %11 = fmul double 1.000000e-17, %10
  %12 = fcmp ogt double %8, %11
  br i1 %12, label %13, label %25

13:                                               ; preds = %6
  %14 = load double, ptr %2, align 8
  %15 = load i32, ptr %5, align 4
  %16 = sitofp i32 %15 to double
  %17 = fdiv double %14, %16
  %18 = load double, ptr %3, align 8
  %19 = fmul double %18, %17
  store double %19, ptr %3, align 8
  %20 = load double, ptr %3, align 8
  %21 = load double, ptr %4, align 8
  %22 = fadd double %21, %20
  store double %22, ptr %4, align 8
  %23 = load i32, ptr %5, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %5, align 4
  br label %6, !llvm.loop !6

25:                                               ; preds = %6
  %26 = load double, ptr %4, align 8
  ret double %26
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @series_atan(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  store double %0, ptr %2, align 8
  %8 = load double, ptr %2, align 8
  %9 = load double, ptr %2, align 8
  %10 = fmul double %8, %9
  store double %10, ptr %3, align 8
  %11 = load double, ptr %2, align 8
  store double %11, ptr %4, align 8
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %36, %1
  %13 = load double, ptr %4, align 8
  %14 = load i32, ptr %6, align 4
  %15 = mul nsw i32 2, %14
  %16 = add nsw i32 %15, 1
  %17 = sitofp i32 %16 to double
  %18 = fdiv double %13, %17
  store double %18, ptr %7, align 8
  %19 = load i32, ptr %6, align 4
  %20 = srem i32 %19, 2
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %24

22:                                               ; preds = %12
  %23 = load double, ptr %7, align 8
  br label %27

24:                                               ; preds = %12
  %25 = load double, ptr %7, align 8
  %26 = fneg double %25
  br label %27

27:                                               ; preds = %24, %22
  %28 = phi double [ %23, %22 ], [ %26, %24 ]
  %29 = load double, ptr %5, align 8
  %30 = fadd double %29, %28
  store double %30, ptr %5, align 8
  %31 = load double, ptr %3, align 8
  %32 = load double, ptr %4, align 8
  %33 = fmul double %32, %31
  store double %33, ptr %4, align 8
  %34 = load i32, ptr %6, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %6, align 4
  br label %36

36:                                               ; preds = %27
  %37 = load double, ptr %4, align 8
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = fcmp ogt double %38, 1.000000e-18
  br i1 %39, label %12, label %40, !llvm.loop !8

40:                                               ; preds = %36
  %41 = load double, ptr %5, align 8
  ret double %41
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double @series_exp(double noundef 1.300000e+00)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = call double @series_exp(double noundef -2.100000e+00)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %4)
  %6 = call double @series_atan(double noundef 4.000000e-01)
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
