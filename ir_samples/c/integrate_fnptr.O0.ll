; ModuleID = 'integrate_fnptr.c'
source_filename = "integrate_fnptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"simpson(damped_osc)\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"both_integrals(0.8)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @damped_osc(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = fneg double %5
  %7 = load double, ptr %3, align 8
  %8 = fmul double %6, %7
  %9 = call double @exp(double noundef %8) #4
  %10 = load double, ptr %3, align 8
  %11 = fmul double 3.000000e+00, %10
  %12 = call double @cos(double noundef %11) #4
  %13 = fmul double %9, %12
  ret double %13
}

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @gauss_p(double noundef %0, double noundef %1) #0 {
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
define dso_local double @simpson(ptr noundef %0, double noundef %1, double noundef %2, double noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  store ptr %0, ptr %6, align 8
  store double %1, ptr %7, align 8
  store double %2, ptr %8, align 8
  store double %3, ptr %9, align 8
  store i32 %4, ptr %10, align 4
  %15 = load double, ptr %9, align 8
  %16 = load double, ptr %8, align 8
  %17 = fsub double %15, %16
  %18 = load i32, ptr %10, align 4
  %19 = sitofp i32 %18 to double
  %20 = fdiv double %17, %19
  store double %20, ptr %11, align 8
  %21 = load ptr, ptr %6, align 8
  %22 = load double, ptr %8, align 8
  %23 = load double, ptr %7, align 8
  %24 = call double %21(double noundef %22, double noundef %23)
  %25 = load ptr, ptr %6, align 8
  %26 = load double, ptr %9, align 8
  %27 = load double, ptr %7, align 8
  %28 = call double %25(double noundef %26, double noundef %27)
  %29 = fadd double %24, %28
  store double %29, ptr %12, align 8
  store i32 1, ptr %13, align 4
  br label %30

30:                                               ; preds = %51, %5
  %31 = load i32, ptr %13, align 4
  %32 = load i32, ptr %10, align 4
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %34, label %54

34:                                               ; preds = %30
  %35 = load i32, ptr %13, align 4
  %36 = srem i32 %35, 2
  %37 = icmp eq i32 %36, 1
  %38 = zext i1 %37 to i64
  %39 = select i1 %37, double 4.000000e+00, double 2.000000e+00
  store double %39, ptr %14, align 8
  %40 = load double, ptr %14, align 8
  %41 = load ptr, ptr %6, align 8
  %42 = load double, ptr %8, align 8
  %43 = load i32, ptr %13, align 4
  %44 = sitofp i32 %43 to double
  %45 = load double, ptr %11, align 8
  %46 = call double @llvm.fmuladd.f64(double %44, double %45, double %42)
  %47 = load double, ptr %7, align 8
  %48 = call double %41(double noundef %46, double noundef %47)
  %49 = load double, ptr %12, align 8
  %50 = call double @llvm.fmuladd.f64(double %40, double %48, double %49)
  store double %50, ptr %12, align 8
  br label %51

51:                                               ; preds = %34
  %52 = load i32, ptr %13, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %13, align 4
  br label %30, !llvm.loop !6

54:                                               ; preds = %30
  %55 = load double, ptr %12, align 8
  %56 = load double, ptr %11, align 8
  %57 = fmul double %55, %56
  %58 = fdiv double %57, 3.000000e+00
  ret double %58
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @both_integrals(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @simpson(ptr noundef @damped_osc, double noundef %3, double noundef 0.000000e+00, double noundef 2.000000e+00, i32 noundef 40)
  %5 = load double, ptr %2, align 8
  %6 = call double @simpson(ptr noundef @gauss_p, double noundef %5, double noundef -1.000000e+00, double noundef 1.000000e+00, i32 noundef 40)
  %7 = fadd double %4, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double @simpson(ptr noundef @damped_osc, double noundef 5.000000e-01, double noundef 0.000000e+00, double noundef 2.000000e+00, i32 noundef 40)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = call double @both_integrals(double noundef 8.000000e-01)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %4)
  %6 = load ptr, ptr @stdout, align 8
  %7 = call i32 @fflush(ptr noundef %6)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
