; ModuleID = 'enzyme_fwd_scalar.c'
source_filename = "enzyme_fwd_scalar.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@enzyme_dupnoneed = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"dg_dx\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"dg_dir\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"dg_dz\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"dscale\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"dscale2\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"dpick\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @g(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load double, ptr %4, align 8
  %8 = load double, ptr %4, align 8
  %9 = fmul double %7, %8
  %10 = load double, ptr %5, align 8
  %11 = load double, ptr %5, align 8
  %12 = load double, ptr %6, align 8
  %13 = fdiv double %11, %12
  %14 = call double @llvm.fmuladd.f64(double %9, double %10, double %13)
  %15 = load double, ptr %6, align 8
  %16 = load double, ptr %6, align 8
  %17 = fmul double %15, %16
  %18 = load double, ptr %6, align 8
  %19 = fmul double %17, %18
  %20 = load double, ptr %4, align 8
  %21 = fneg double %19
  %22 = call double @llvm.fmuladd.f64(double %21, double %20, double %14)
  %23 = load double, ptr %4, align 8
  %24 = load double, ptr %5, align 8
  %25 = fmul double %23, %24
  %26 = load double, ptr %6, align 8
  %27 = call double @llvm.fmuladd.f64(double %25, double %26, double %22)
  ret double %27
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @scale(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load double, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = sitofp i32 %6 to double
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %3, align 8
  %10 = fmul double %8, %9
  %11 = load double, ptr %3, align 8
  %12 = fmul double %10, %11
  %13 = load i32, ptr %4, align 4
  %14 = sitofp i32 %13 to double
  %15 = fdiv double %12, %14
  %16 = call double @llvm.fmuladd.f64(double %5, double %7, double %15)
  ret double %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @pick(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = fcmp ogt double %5, 0.000000e+00
  br i1 %6, label %7, label %11

7:                                                ; preds = %2
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %3, align 8
  %10 = fmul double %8, %9
  br label %13

11:                                               ; preds = %2
  %12 = load double, ptr %4, align 8
  br label %13

13:                                               ; preds = %11, %7
  %14 = phi double [ %10, %7 ], [ %12, %11 ]
  ret double %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store double 1.500000e+00, ptr %2, align 8
  store double -5.000000e-01, ptr %3, align 8
  store double 2.000000e+00, ptr %4, align 8
  %11 = load double, ptr %2, align 8
  %12 = load double, ptr %3, align 8
  %13 = load double, ptr %4, align 8
  %14 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @g, double noundef %11, double noundef 1.000000e+00, double noundef %12, double noundef 0.000000e+00, double noundef %13, double noundef 0.000000e+00)
  store double %14, ptr %5, align 8
  %15 = load i32, ptr @enzyme_dup, align 4
  %16 = load double, ptr %2, align 8
  %17 = load i32, ptr @enzyme_dup, align 4
  %18 = load double, ptr %3, align 8
  %19 = load i32, ptr @enzyme_dup, align 4
  %20 = load double, ptr %4, align 8
  %21 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @g, i32 noundef %15, double noundef %16, double noundef 3.000000e-01, i32 noundef %17, double noundef %18, double noundef -1.200000e+00, i32 noundef %19, double noundef %20, double noundef 0x3FE6666666666666)
  store double %21, ptr %6, align 8
  %22 = load i32, ptr @enzyme_const, align 4
  %23 = load double, ptr %2, align 8
  %24 = load i32, ptr @enzyme_const, align 4
  %25 = load double, ptr %3, align 8
  %26 = load double, ptr %4, align 8
  %27 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @g, i32 noundef %22, double noundef %23, i32 noundef %24, double noundef %25, double noundef %26, double noundef 1.000000e+00)
  store double %27, ptr %7, align 8
  %28 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @scale, double noundef 8.000000e-01, double noundef 1.000000e+00, i32 noundef 3)
  store double %28, ptr %8, align 8
  %29 = load i32, ptr @enzyme_dupnoneed, align 4
  %30 = load i32, ptr @enzyme_const, align 4
  %31 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @scale, i32 noundef %29, double noundef 8.000000e-01, double noundef 2.000000e+00, i32 noundef %30, i32 noundef 5)
  store double %31, ptr %9, align 8
  %32 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @pick, double noundef 0x3FE6666666666666, double noundef 1.000000e+00, double noundef 4.000000e+00, double noundef 1.000000e+00)
  store double %32, ptr %10, align 8
  %33 = load double, ptr %5, align 8
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %33)
  %35 = load double, ptr %6, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %35)
  %37 = load double, ptr %7, align 8
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %37)
  %39 = load double, ptr %8, align 8
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %39)
  %41 = load double, ptr %9, align 8
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %41)
  %43 = load double, ptr %10, align 8
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %43)
  %45 = load ptr, ptr @stdout, align 8
  %46 = call i32 @fflush(ptr noundef %45)
  ret i32 0
}

declare double @__enzyme_fwddiff(ptr noundef, ...) #2

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
