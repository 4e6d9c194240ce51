; ModuleID = 'libm_mix.c'
source_filename = "libm_mix.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"trig_exp_log(0.7, 1.3)\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"power_roots(1.7, 0.6)\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"special(0.45)\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"nonsmooth(1.1, 0.8)\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"nonsmooth(-0.3, 0.4)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @trig_exp_log(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = call double @sin(double noundef %5) #5
  %7 = load double, ptr %4, align 8
  %8 = call double @cos(double noundef %7) #5
  %9 = load double, ptr %3, align 8
  %10 = fmul double 5.000000e-01, %9
  %11 = call double @exp(double noundef %10) #5
  %12 = call double @llvm.fmuladd.f64(double %6, double %8, double %11)
  %13 = load double, ptr %4, align 8
  %14 = load double, ptr %4, align 8
  %15 = call double @llvm.fmuladd.f64(double %13, double %14, double 1.000000e+00)
  %16 = call double @log(double noundef %15) #5
  %17 = fsub double %12, %16
  %18 = load double, ptr %3, align 8
  %19 = load double, ptr %4, align 8
  %20 = fsub double %18, %19
  %21 = call double @tanh(double noundef %20) #5
  %22 = fadd double %17, %21
  ret double %22
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @log(double noundef) #1

; Function Attrs: nounwind
declare double @tanh(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @power_roots(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = call double @pow(double noundef %5, double noundef %6) #5
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %3, align 8
  %10 = call double @llvm.fmuladd.f64(double %8, double %9, double 1.000000e+00)
  %11 = call double @sqrt(double noundef %10) #5
  %12 = fadd double %7, %11
  %13 = load double, ptr %4, align 8
  %14 = call double @cbrt(double noundef %13) #6
  %15 = fadd double %12, %14
  %16 = load double, ptr %3, align 8
  %17 = load double, ptr %4, align 8
  %18 = call double @hypot(double noundef %16, double noundef %17) #5
  %19 = fadd double %15, %18
  %20 = load double, ptr %4, align 8
  %21 = load double, ptr %3, align 8
  %22 = call double @atan2(double noundef %20, double noundef %21) #5
  %23 = fadd double %19, %22
  ret double %23
}

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #1

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: nounwind willreturn memory(none)
declare double @cbrt(double noundef) #3

; Function Attrs: nounwind
declare double @hypot(double noundef, double noundef) #1

; Function Attrs: nounwind
declare double @atan2(double noundef, double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @special(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @erf(double noundef %3) #5
  %5 = load double, ptr %2, align 8
  %6 = fmul double 1.000000e-01, %5
  %7 = call double @expm1(double noundef %6) #5
  %8 = fadd double %4, %7
  %9 = load double, ptr %2, align 8
  %10 = load double, ptr %2, align 8
  %11 = fmul double %9, %10
  %12 = call double @log1p(double noundef %11) #5
  %13 = fadd double %8, %12
  ret double %13
}

; Function Attrs: nounwind
declare double @erf(double noundef) #1

; Function Attrs: nounwind
declare double @expm1(double noundef) #1

; Function Attrs: nounwind
declare double @log1p(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @nonsmooth(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = call double @llvm.maxnum.f64(double %5, double %6)
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %4, align 8
  %10 = fmul double 2.000000e+00, %9
  %11 = call double @llvm.minnum.f64(double %8, double %10)
  %12 = load double, ptr %3, align 8
  %13 = load double, ptr %4, align 8
  %14 = fsub double %12, %13
  %15 = call double @llvm.fabs.f64(double %14)
  %16 = call double @llvm.fmuladd.f64(double %7, double %11, double %15)
  %17 = load double, ptr %3, align 8
  %18 = fmul double %17, 7.000000e+00
  %19 = call double @fmod(double noundef %18, double noundef 2.500000e+00) #5
  %20 = fadd double %16, %19
  %21 = load double, ptr %4, align 8
  %22 = fmul double %21, 3.000000e+00
  %23 = call double @llvm.floor.f64(double %22)
  %24 = fadd double %20, %23
  ret double %24
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nounwind
declare double @fmod(double noundef, double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double @trig_exp_log(double noundef 0x3FE6666666666666, double noundef 1.300000e+00)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = call double @power_roots(double noundef 1.700000e+00, double noundef 6.000000e-01)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %4)
  %6 = call double @special(double noundef 4.500000e-01)
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %6)
  %8 = call double @nonsmooth(double noundef 1.100000e+00, double noundef 8.000000e-01)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %8)
  %10 = call double @nonsmooth(double noundef -3.000000e-01, double noundef 4.000000e-01)
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %10)
  %12 = load ptr, ptr @stdout, align 8
  %13 = call i32 @fflush(ptr noundef %12)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

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
