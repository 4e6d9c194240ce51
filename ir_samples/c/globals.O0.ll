; ModuleID = 'globals.c'
source_filename = "globals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@cheb_coef = dso_local constant [6 x double] [double 1.250000e+00, double -5.000000e-01, double 7.500000e-01, double 1.250000e-01, double -6.250000e-02, double 3.125000e-02], align 16
@energy_accumulator = dso_local global double 0.000000e+00, align 8
@call_count = dso_local global i32 0, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"chebyshev(0.3)\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"energy_accumulator\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"call_count\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @chebyshev(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  store double %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  store double 0.000000e+00, ptr %4, align 8
  store i32 5, ptr %5, align 4
  br label %7

7:                                                ; preds = %24, %1
  %8 = load i32, ptr %5, align 4
  %9 = icmp sge i32 %8, 1
  br i1 %9, label %10, label %27

10:                                               ; preds = %7
  %11 = load double, ptr %2, align 8
  %12 = fmul double 2.000000e+00, %11
  %13 = load double, ptr %3, align 8
  %14 = load double, ptr %4, align 8
  %15 = fneg double %14
  %16 = call double @llvm.fmuladd.f64(double %12, double %13, double %15)
  %17 = load i32, ptr %5, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [6 x double], ptr @cheb_coef, i64 0, i64 %18
  %20 = load double, ptr %19, align 8
  %21 = fadd double %16, %20
  store double %21, ptr %6, align 8
  %22 = load double, ptr %3, align 8
  store double %22, ptr %4, align 8
  %23 = load double, ptr %6, align 8
  store double %23, ptr %3, align 8
  br label %24

24:                                               ; preds = %10
  %25 = load i32, ptr %5, align 4
  %26 = add nsw i32 %25, -1
  store i32 %26, ptr %5, align 4
  br label %7, !llvm.loop !6

27:                                               ; preds = %7
  %28 = load double, ptr %2, align 8
  %29 = load double, ptr %3, align 8
  %30 = load double, ptr %4, align 8
  %31 = fneg double %30
  %32 = call double @llvm.fmuladd.f64(double %28, double %29, double %31)
  %33 = load double, ptr @cheb_coef, align 16
  %34 = fadd double %32, %33
  ret double %34
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @accumulate(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  store double %0, ptr %2, align 8
  %4 = load double, ptr %2, align 8
  %5 = call double @chebyshev(double noundef %4)
  store double %5, ptr %3, align 8
  %6 = load double, ptr %3, align 8
  %7 = load double, ptr %3, align 8
  %8 = load double, ptr @energy_accumulator, align 8
  %9 = call double @llvm.fmuladd.f64(double %6, double %7, double %8)
  store double %9, ptr @energy_accumulator, align 8
  %10 = load i32, ptr @call_count, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr @call_count, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double @chebyshev(double noundef 3.000000e-01)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  call void @accumulate(double noundef 3.000000e-01)
  call void @accumulate(double noundef 0xBFE6666666666666)
  call void @accumulate(double noundef 9.000000e-01)
  %4 = load double, ptr @energy_accumulator, align 8
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %4)
  %6 = load i32, ptr @call_count, align 4
  %7 = sitofp i32 %6 to double
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %7)
  %9 = load ptr, ptr @stdout, align 8
  %10 = call i32 @fflush(ptr noundef %9)
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
