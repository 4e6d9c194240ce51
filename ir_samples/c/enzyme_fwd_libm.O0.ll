; ModuleID = 'enzyme_fwd_libm.c'
source_filename = "enzyme_fwd_libm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dtrig(0.6)\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dexplog(1.7)\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"dspecial(0.9)\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"dtwo_args_dx\00", align 1
@enzyme_const = external global i32, align 4
@.str.5 = private unnamed_addr constant [13 x i8] c"dtwo_args_dy\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"dtwo_args_dir\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @trig(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @sin(double noundef %3) #5
  %5 = load double, ptr %2, align 8
  %6 = fmul double 2.000000e+00, %5
  %7 = call double @cos(double noundef %6) #5
  %8 = load double, ptr %2, align 8
  %9 = fdiv double %8, 3.000000e+00
  %10 = call double @tan(double noundef %9) #5
  %11 = call double @llvm.fmuladd.f64(double %4, double %7, double %10)
  %12 = load double, ptr %2, align 8
  %13 = fdiv double %12, 2.000000e+00
  %14 = call double @asin(double noundef %13) #5
  %15 = load double, ptr %2, align 8
  %16 = fdiv double %15, 3.000000e+00
  %17 = call double @acos(double noundef %16) #5
  %18 = call double @llvm.fmuladd.f64(double %14, double %17, double %11)
  %19 = load double, ptr %2, align 8
  %20 = call double @atan(double noundef %19) #5
  %21 = fadd double %18, %20
  ret double %21
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nounwind
declare double @tan(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @asin(double noundef) #1

; Function Attrs: nounwind
declare double @acos(double noundef) #1

; Function Attrs: nounwind
declare double @atan(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @explog(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @exp(double noundef %3) #5
  %5 = load double, ptr %2, align 8
  %6 = fdiv double %4, %5
  %7 = load double, ptr %2, align 8
  %8 = call double @log(double noundef %7) #5
  %9 = load double, ptr %2, align 8
  %10 = call double @log1p(double noundef %9) #5
  %11 = call double @llvm.fmuladd.f64(double %8, double %10, double %6)
  %12 = load double, ptr %2, align 8
  %13 = fdiv double %12, 2.000000e+00
  %14 = call double @expm1(double noundef %13) #5
  %15 = fadd double %11, %14
  %16 = load double, ptr %2, align 8
  %17 = call double @log2(double noundef %16) #5
  %18 = fadd double %15, %17
  %19 = load double, ptr %2, align 8
  %20 = call double @log10(double noundef %19) #5
  %21 = fadd double %18, %20
  %22 = load double, ptr %2, align 8
  %23 = call double @exp2(double noundef %22) #5
  %24 = fadd double %21, %23
  ret double %24
}

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nounwind
declare double @log(double noundef) #1

; Function Attrs: nounwind
declare double @log1p(double noundef) #1

; Function Attrs: nounwind
declare double @expm1(double noundef) #1

; Function Attrs: nounwind
declare double @log2(double noundef) #1

; Function Attrs: nounwind
declare double @log10(double noundef) #1

; Function Attrs: nounwind
declare double @exp2(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @special(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @erf(double noundef %3) #5
  %5 = load double, ptr %2, align 8
  %6 = fdiv double %5, 2.000000e+00
  %7 = call double @erfc(double noundef %6) #5
  %8 = load double, ptr %2, align 8
  %9 = call double @cbrt(double noundef %8) #6
  %10 = call double @llvm.fmuladd.f64(double %7, double %9, double %4)
  %11 = load double, ptr %2, align 8
  %12 = call double @tanh(double noundef %11) #5
  %13 = load double, ptr %2, align 8
  %14 = call double @sinh(double noundef %13) #5
  %15 = call double @llvm.fmuladd.f64(double %12, double %14, double %10)
  %16 = load double, ptr %2, align 8
  %17 = call double @cosh(double noundef %16) #5
  %18 = fdiv double %17, 3.000000e+00
  %19 = fadd double %15, %18
  %20 = load double, ptr %2, align 8
  %21 = call double @asinh(double noundef %20) #5
  %22 = fadd double %19, %21
  %23 = load double, ptr %2, align 8
  %24 = fsub double %23, 2.000000e+00
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = load double, ptr %2, align 8
  %27 = call double @sqrt(double noundef %26) #5
  %28 = call double @llvm.fmuladd.f64(double %25, double %27, double %22)
  ret double %28
}

; Function Attrs: nounwind
declare double @erf(double noundef) #1

; Function Attrs: nounwind
declare double @erfc(double noundef) #1

; Function Attrs: nounwind willreturn memory(none)
declare double @cbrt(double noundef) #3

; Function Attrs: nounwind
declare double @tanh(double noundef) #1

; Function Attrs: nounwind
declare double @sinh(double noundef) #1

; Function Attrs: nounwind
declare double @cosh(double noundef) #1

; Function Attrs: nounwind
declare double @asinh(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @two_args(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = load double, ptr %3, align 8
  %7 = call double @atan2(double noundef %5, double noundef %6) #5
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %4, align 8
  %10 = call double @hypot(double noundef %8, double noundef %9) #5
  %11 = fadd double %7, %10
  %12 = load double, ptr %3, align 8
  %13 = load double, ptr %4, align 8
  %14 = call double @pow(double noundef %12, double noundef %13) #5
  %15 = fadd double %11, %14
  %16 = load double, ptr %3, align 8
  %17 = load double, ptr %4, align 8
  %18 = call double @llvm.maxnum.f64(double %16, double %17)
  %19 = call double @llvm.fmuladd.f64(double %18, double 2.000000e+00, double %15)
  %20 = load double, ptr %3, align 8
  %21 = load double, ptr %4, align 8
  %22 = fmul double %20, %21
  %23 = call double @llvm.minnum.f64(double %22, double 1.000000e+00)
  %24 = fadd double %19, %23
  %25 = load double, ptr %3, align 8
  %26 = fmul double %25, 3.000000e+00
  %27 = call double @fmod(double noundef %26, double noundef 1.000000e+00) #5
  %28 = fadd double %24, %27
  ret double %28
}

; Function Attrs: nounwind
declare double @atan2(double noundef, double noundef) #1

; Function Attrs: nounwind
declare double @hypot(double noundef, double noundef) #1

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: nounwind
declare double @fmod(double noundef, double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @trig, double noundef 6.000000e-01, double noundef 1.000000e+00)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @explog, double noundef 1.700000e+00, double noundef 1.000000e+00)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %4)
  %6 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @special, double noundef 9.000000e-01, double noundef 1.000000e+00)
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %6)
  %8 = load i32, ptr @enzyme_const, align 4
  %9 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @two_args, double noundef 1.300000e+00, double noundef 1.000000e+00, i32 noundef %8, double noundef 4.000000e-01)
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %9)
  %11 = load i32, ptr @enzyme_const, align 4
  %12 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @two_args, i32 noundef %11, double noundef 1.300000e+00, double noundef 4.000000e-01, double noundef 1.000000e+00)
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %12)
  %14 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @two_args, double noundef 1.300000e+00, double noundef -2.000000e+00, double noundef 4.000000e-01, double noundef 5.000000e-01)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %14)
  %16 = load ptr, ptr @stdout, align 8
  %17 = call i32 @fflush(ptr noundef %16)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
