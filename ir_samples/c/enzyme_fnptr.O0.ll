; ModuleID = 'enzyme_fnptr.c'
source_filename = "enzyme_fnptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@table = internal constant [2 x ptr] [ptr @gaussian, ptr @oscillating], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"dgauss_area\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"dmixed_area\00", align 1
@enzyme_out = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str.3 = private unnamed_addr constant [7 x i8] c"dapply\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @gauss_area(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @trapezoid(ptr noundef @gaussian, double noundef %3, double noundef 0.000000e+00, double noundef 1.000000e+00, i32 noundef 16)
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @trapezoid(ptr noundef %0, double noundef %1, double noundef %2, double noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store double %1, ptr %7, align 8
  store double %2, ptr %8, align 8
  store double %3, ptr %9, align 8
  store i32 %4, ptr %10, align 4
  %14 = load double, ptr %9, align 8
  %15 = load double, ptr %8, align 8
  %16 = fsub double %14, %15
  %17 = load i32, ptr %10, align 4
  %18 = sitofp i32 %17 to double
  %19 = fdiv double %16, %18
  store double %19, ptr %11, align 8
  %20 = load ptr, ptr %6, align 8
  %21 = load double, ptr %8, align 8
  %22 = load double, ptr %7, align 8
  %23 = call double %20(double noundef %21, double noundef %22)
  %24 = load ptr, ptr %6, align 8
  %25 = load double, ptr %9, align 8
  %26 = load double, ptr %7, align 8
  %27 = call double %24(double noundef %25, double noundef %26)
  %28 = fadd double %23, %27
  %29 = fmul double 5.000000e-01, %28
  store double %29, ptr %12, align 8
  store i32 1, ptr %13, align 4
  br label %30

30:                                               ; preds = %45, %5
  %31 = load i32, ptr %13, align 4
  %32 = load i32, ptr %10, align 4
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %34, label %48

34:                                               ; preds = %30
  %35 = load ptr, ptr %6, align 8
  %36 = load double, ptr %8, align 8
  %37 = load i32, ptr %13, align 4
  %38 = sitofp i32 %37 to double
  %39 = load double, ptr %11, align 8
  %40 = call double @llvm.fmuladd.f64(double %38, double %39, double %36)
  %41 = load double, ptr %7, align 8
  %42 = call double %35(double noundef %40, double noundef %41)
  %43 = load double, ptr %12, align 8
  %44 = fadd double %43, %42
  store double %44, ptr %12, align 8
  br label %45

45:                                               ; preds = %34
  %46 = load i32, ptr %13, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %13, align 4
  br label %30, !llvm.loop !6

48:                                               ; preds = %30
  %49 = load double, ptr %12, align 8
  %50 = load double, ptr %11, align 8
  %51 = fmul double %49, %50
  ret double %51
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @gaussian(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = fneg double %5
  %7 = load double, ptr %3, align 8
  %8 = fmul double %6, %7
  %9 = load double, ptr %3, align 8
  %10 = fmul double %8, %9
  %11 = call double @exp(double noundef %10) #4
  ret double %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @mixed_area(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [2 x ptr], ptr @table, i64 0, i64 %6
  %8 = load ptr, ptr %7, align 8
  %9 = load double, ptr %3, align 8
  %10 = call double @trapezoid(ptr noundef %8, double noundef %9, double noundef 0.000000e+00, double noundef 2.000000e+00, i32 noundef 8)
  ret double %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @apply_n(ptr noundef %0, double noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %8

8:                                                ; preds = %16, %3
  %9 = load i32, ptr %7, align 4
  %10 = load i32, ptr %6, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load ptr, ptr %4, align 8
  %14 = load double, ptr %5, align 8
  %15 = call double %13(double noundef %14)
  store double %15, ptr %5, align 8
  br label %16

16:                                               ; preds = %12
  %17 = load i32, ptr %7, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %7, align 4
  br label %8, !llvm.loop !8

19:                                               ; preds = %8
  %20 = load double, ptr %5, align 8
  ret double %20
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @gauss_area, double noundef 0x3FE6666666666666)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = load i32, ptr @enzyme_out, align 4
  %5 = load i32, ptr @enzyme_const, align 4
  %6 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @mixed_area, i32 noundef %4, double noundef 1.300000e+00, i32 noundef %5, i32 noundef 1)
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %6)
  %8 = load i32, ptr @enzyme_const, align 4
  %9 = load i32, ptr @enzyme_out, align 4
  %10 = load i32, ptr @enzyme_const, align 4
  %11 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @apply_n, i32 noundef %8, ptr noundef @squash, i32 noundef %9, double noundef 9.000000e-01, i32 noundef %10, i32 noundef 3)
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %11)
  %13 = load ptr, ptr @stdout, align 8
  %14 = call i32 @fflush(ptr noundef %13)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

declare double @__enzyme_autodiff(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @squash(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @sin(double noundef %3) #4
  %5 = load double, ptr %2, align 8
  %6 = load double, ptr %2, align 8
  %7 = call double @llvm.fmuladd.f64(double %5, double %6, double 1.000000e+00)
  %8 = fdiv double %4, %7
  ret double %8
}

declare i32 @fflush(ptr noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @exp(double noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal double @oscillating(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = load double, ptr %3, align 8
  %7 = fmul double %5, %6
  %8 = call double @sin(double noundef %7) #4
  %9 = load double, ptr %3, align 8
  %10 = fneg double %9
  %11 = call double @exp(double noundef %10) #4
  %12 = fmul double %8, %11
  ret double %12
}

; Function Attrs: nounwind
declare double @sin(double noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
