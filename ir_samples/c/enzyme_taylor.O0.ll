; ModuleID = 'enzyme_taylor.c'
source_filename = "enzyme_taylor.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dtaylorlog\00", align 1
@enzyme_out = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str.2 = private unnamed_addr constant [12 x i8] c"dtaylor_exp\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"dtaylor_exp_fwd\00", align 1
@enzyme_dup = external global i32, align 4
@.str.4 = private unnamed_addr constant [12 x i8] c"dsin_series\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @taylorlog(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 1, ptr %6, align 4
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp ule i32 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load double, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = uitofp i32 %13 to double
  %15 = call double @pow(double noundef %12, double noundef %14) #3
  %16 = load i32, ptr %6, align 4
  %17 = uitofp i32 %16 to double
  %18 = fdiv double %15, %17
  %19 = load double, ptr %5, align 8
  %20 = fadd double %19, %18
  store double %20, ptr %5, align 8
  br label %21

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4
  %23 = add i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %7, !llvm.loop !6

24:                                               ; preds = %7
  %25 = load double, ptr %5, align 8
  ret double %25
}

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @taylor_exp(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %22, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp sle i32 %8, %9
  br i1 %10, label %11, label %25

11:                                               ; preds = %7
  %12 = load double, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sitofp i32 %13 to double
  %15 = call double @pow(double noundef %12, double noundef %14) #3
  %16 = load i32, ptr %6, align 4
  %17 = call i64 @factorial(i32 noundef %16)
  %18 = sitofp i64 %17 to double
  %19 = fdiv double %15, %18
  %20 = load double, ptr %5, align 8
  %21 = fadd double %20, %19
  store double %21, ptr %5, align 8
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  br label %7, !llvm.loop !8

25:                                               ; preds = %7
  %26 = load double, ptr %5, align 8
  ret double %26
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @factorial(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i64 1, ptr %3, align 8
  store i32 2, ptr %4, align 4
  br label %5

5:                                                ; preds = %14, %1
  %6 = load i32, ptr %4, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp sle i32 %6, %7
  br i1 %8, label %9, label %17

9:                                                ; preds = %5
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = load i64, ptr %3, align 8
  %13 = mul nsw i64 %12, %11
  store i64 %13, ptr %3, align 8
  br label %14

14:                                               ; preds = %9
  %15 = load i32, ptr %4, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %4, align 4
  br label %5, !llvm.loop !9

17:                                               ; preds = %5
  %18 = load i64, ptr %3, align 8
  ret i64 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @sin_series(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  store float %0, ptr %2, align 4
  %6 = load float, ptr %2, align 4
  store float %6, ptr %3, align 4
  store float 0.000000e+00, ptr %4, align 4
  store i32 1, ptr %5, align 4
  br label %7

7:                                                ; preds = %28, %1
  %8 = load i32, ptr %5, align 4
  %9 = icmp sle i32 %8, 8
  br i1 %9, label %10, label %31

10:                                               ; preds = %7
  %11 = load float, ptr %3, align 4
  %12 = load float, ptr %4, align 4
  %13 = fadd float %12, %11
  store float %13, ptr %4, align 4
  %14 = load float, ptr %2, align 4
  %15 = fneg float %14
  %16 = load float, ptr %2, align 4
  %17 = fmul float %15, %16
  %18 = load i32, ptr %5, align 4
  %19 = mul nsw i32 2, %18
  %20 = load i32, ptr %5, align 4
  %21 = mul nsw i32 2, %20
  %22 = add nsw i32 %21, 1
  %23 = mul nsw i32 %19, %22
  %24 = sitofp i32 %23 to float
  %25 = fdiv float %17, %24
  %26 = load float, ptr %3, align 4
  %27 = fmul float %26, %25
  store float %27, ptr %3, align 4
  br label %28

28:                                               ; preds = %10
  %29 = load i32, ptr %5, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %5, align 4
  br label %7, !llvm.loop !10

31:                                               ; preds = %7
  %32 = load float, ptr %4, align 4
  ret float %32
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = load i32, ptr @enzyme_out, align 4
  %3 = load i32, ptr @enzyme_const, align 4
  %4 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @taylorlog, i32 noundef %2, double noundef 5.000000e-01, i32 noundef %3, i32 noundef 10)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %4)
  %6 = load i32, ptr @enzyme_out, align 4
  %7 = load i32, ptr @enzyme_const, align 4
  %8 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @taylor_exp, i32 noundef %6, double noundef 0x3FE6666666666666, i32 noundef %7, i32 noundef 12)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %8)
  %10 = load i32, ptr @enzyme_dup, align 4
  %11 = load i32, ptr @enzyme_const, align 4
  %12 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @taylor_exp, i32 noundef %10, double noundef 0.000000e+00, double noundef -3.000000e-01, i32 noundef %11, i32 noundef 12)
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %12)
  %14 = call float @__enzyme_autodiff_f(ptr noundef @sin_series, float noundef 5.000000e-01)
  %15 = fpext float %14 to double
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %15)
  %17 = load ptr, ptr @stdout, align 8
  %18 = call i32 @fflush(ptr noundef %17)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #2

declare double @__enzyme_autodiff(ptr noundef, ...) #2

declare double @__enzyme_fwddiff(ptr noundef, ...) #2

declare float @__enzyme_autodiff_f(ptr noundef, float noundef) #2

declare i32 @fflush(ptr noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
