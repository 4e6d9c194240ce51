; ModuleID = 'scalar_poly.c'
source_filename = "scalar_poly.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [21 x i8] c"rational(1.5, -0.25)\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"rational(-2, 3)\00", align 1
@.str.3 = private unnamed_addr constant [27 x i8] c"product3(0.5, 1.25, -0.75)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @rational(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %7 = load double, ptr %3, align 8
  %8 = fmul double 3.000000e+00, %7
  %9 = load double, ptr %3, align 8
  %10 = load double, ptr %3, align 8
  %11 = fmul double 2.000000e+00, %10
  %12 = load double, ptr %4, align 8
  %13 = fmul double %11, %12
  %14 = fneg double %13
  %15 = call double @llvm.fmuladd.f64(double %8, double %9, double %14)
  %16 = load double, ptr %4, align 8
  %17 = fadd double %15, %16
  %18 = fsub double %17, 1.000000e+00
  store double %18, ptr %5, align 8
  %19 = load double, ptr %3, align 8
  %20 = load double, ptr %3, align 8
  %21 = call double @llvm.fmuladd.f64(double %19, double %20, double 1.000000e+00)
  %22 = load double, ptr %4, align 8
  %23 = fmul double 5.000000e-01, %22
  %24 = load double, ptr %4, align 8
  %25 = call double @llvm.fmuladd.f64(double %23, double %24, double %21)
  store double %25, ptr %6, align 8
  %26 = load double, ptr %5, align 8
  %27 = load double, ptr %6, align 8
  %28 = fdiv double %26, %27
  ret double %28
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @product3(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load double, ptr %4, align 8
  %8 = fadd double %7, 1.000000e+00
  %9 = load double, ptr %5, align 8
  %10 = fsub double %9, 2.000000e+00
  %11 = fmul double %8, %10
  %12 = load double, ptr %6, align 8
  %13 = load double, ptr %6, align 8
  %14 = load double, ptr %4, align 8
  %15 = load double, ptr %5, align 8
  %16 = fmul double %14, %15
  %17 = call double @llvm.fmuladd.f64(double %12, double %13, double %16)
  %18 = load double, ptr %4, align 8
  %19 = load double, ptr %5, align 8
  %20 = load double, ptr %5, align 8
  %21 = call double @llvm.fmuladd.f64(double %19, double %20, double 1.000000e+00)
  %22 = fdiv double %18, %21
  %23 = fneg double %22
  %24 = call double @llvm.fmuladd.f64(double %11, double %17, double %23)
  ret double %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double @rational(double noundef 1.500000e+00, double noundef -2.500000e-01)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = call double @rational(double noundef -2.000000e+00, double noundef 3.000000e+00)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %4)
  %6 = call double @product3(double noundef 5.000000e-01, double noundef 1.250000e+00, double noundef -7.500000e-01)
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
