; ModuleID = 'gamma_split.c'
source_filename = "gamma_split.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [4 x double] [double 0x3FE6666666666666, double 1.300000e+00, double 5.500000e-01, double 1.450000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"log_beta(0.8, 1.7)\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"gamma_mix(1.1)\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"gamma_float(0.9)\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"mantissas\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"frac[%d] = %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"whole[%d] = %.17g\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @log_beta(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = call double @lgamma(double noundef %5) #6
  %7 = load double, ptr %4, align 8
  %8 = call double @lgamma(double noundef %7) #6
  %9 = fadd double %6, %8
  %10 = load double, ptr %3, align 8
  %11 = load double, ptr %4, align 8
  %12 = fadd double %10, %11
  %13 = call double @lgamma(double noundef %12) #6
  %14 = fsub double %9, %13
  ret double %14
}

; Function Attrs: nounwind
declare double @lgamma(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @gamma_mix(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @llvm.fmuladd.f64(double -4.000000e-01, double %3, double -1.000000e-01)
  %5 = call double @lgamma(double noundef %4) #6
  %6 = load double, ptr %2, align 8
  %7 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %6, double -1.800000e+00)
  %8 = call double @tgamma(double noundef %7) #6
  %9 = fadd double %5, %8
  %10 = load double, ptr %2, align 8
  %11 = fmul double 6.000000e-01, %10
  %12 = call double @tgamma(double noundef %11) #6
  %13 = fadd double %9, %12
  %14 = load double, ptr %2, align 8
  %15 = fmul double 4.000000e+01, %14
  %16 = call double @lgamma(double noundef %15) #6
  %17 = fdiv double %16, 1.000000e+02
  %18 = fadd double %13, %17
  ret double %18
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @tgamma(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @gamma_float(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fadd float %3, 5.000000e-01
  %5 = call float @lgammaf(float noundef %4) #6
  %6 = load float, ptr %2, align 4
  %7 = fmul float 1.500000e+00, %6
  %8 = call float @tgammaf(float noundef %7) #6
  %9 = fmul float %5, %8
  ret float %9
}

; Function Attrs: nounwind
declare float @lgammaf(float noundef) #1

; Function Attrs: nounwind
declare float @tgammaf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @mantissas(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %32, %2
  %10 = load i32, ptr %6, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %35

13:                                               ; preds = %9
  %14 = load i32, ptr %6, align 4
  %15 = add nsw i32 %14, 1
  %16 = sitofp i32 %15 to double
  %17 = fmul double 4.000000e+00, %16
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fmul double %17, %22
  %24 = call double @frexp(double noundef %23, ptr noundef %7) #6
  store double %24, ptr %8, align 8
  %25 = load i32, ptr %7, align 4
  %26 = sitofp i32 %25 to double
  %27 = load double, ptr %8, align 8
  %28 = fmul double %26, %27
  %29 = load double, ptr %8, align 8
  %30 = load double, ptr %5, align 8
  %31 = call double @llvm.fmuladd.f64(double %28, double %29, double %30)
  store double %31, ptr %5, align 8
  br label %32

32:                                               ; preds = %13
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %6, align 4
  br label %9, !llvm.loop !6

35:                                               ; preds = %9
  %36 = load double, ptr %5, align 8
  ret double %36
}

; Function Attrs: nounwind
declare double @frexp(double noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @split(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %44, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %47

14:                                               ; preds = %10
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = fmul double 3.000000e+00, %19
  %21 = load ptr, ptr %5, align 8
  %22 = load i32, ptr %9, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = fmul double %20, %25
  %27 = load ptr, ptr %7, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = call { double, double } @llvm.modf.f64(double %26)
  %32 = extractvalue { double, double } %31, 0
  %33 = extractvalue { double, double } %31, 1
  store double %33, ptr %30, align 8
  %34 = load ptr, ptr %5, align 8
  %35 = load i32, ptr %9, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds double, ptr %34, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = fmul double %32, %38
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %9, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  store double %39, ptr %43, align 8
  br label %44

44:                                               ; preds = %14
  %45 = load i32, ptr %9, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %9, align 4
  br label %10, !llvm.loop !8

47:                                               ; preds = %10
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { double, double } @llvm.modf.f64(double) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  %4 = alloca [4 x double], align 16
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 32, i1 false)
  %6 = call double @log_beta(double noundef 8.000000e-01, double noundef 1.700000e+00)
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %6)
  %8 = call double @gamma_mix(double noundef 1.100000e+00)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %8)
  %10 = call float @gamma_float(float noundef 0x3FECCCCCC0000000)
  %11 = fpext float %10 to double
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %11)
  %13 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %14 = call double @mantissas(ptr noundef %13, i32 noundef 4)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %14)
  %16 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %17 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  %18 = getelementptr inbounds [4 x double], ptr %4, i64 0, i64 0
  call void @split(ptr noundef %16, ptr noundef %17, ptr noundef %18, i32 noundef 4)
  store i32 0, ptr %5, align 4
  br label %19

19:                                               ; preds = %35, %0
  %20 = load i32, ptr %5, align 4
  %21 = icmp slt i32 %20, 4
  br i1 %21, label %22, label %38

22:                                               ; preds = %19
  %23 = load i32, ptr %5, align 4
  %24 = load i32, ptr %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %23, double noundef %27)
  %29 = load i32, ptr %5, align 4
  %30 = load i32, ptr %5, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [4 x double], ptr %4, i64 0, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %29, double noundef %33)
  br label %35

35:                                               ; preds = %22
  %36 = load i32, ptr %5, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %5, align 4
  br label %19, !llvm.loop !9

38:                                               ; preds = %19
  %39 = load ptr, ptr @stdout, align 8
  %40 = call i32 @fflush(ptr noundef %39)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

declare i32 @printf(ptr noundef, ...) #5

declare i32 @fflush(ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

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
