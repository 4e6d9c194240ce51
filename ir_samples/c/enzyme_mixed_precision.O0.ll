; ModuleID = 'enzyme_mixed_precision.c'
source_filename = "enzyme_mixed_precision.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Tangents3 = type { double, double, double }

@__const.main.x = private unnamed_addr constant [4 x float] [float 5.000000e-01, float -1.250000e+00, float 2.000000e+00, float 7.500000e-01], align 16
@__const.main.w = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 2.000000e+00, double 5.000000e-01, double 5.000000e-01], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"dx[1]\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"dw[0]\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"dw[2]\00", align 1
@enzyme_width = external global i32, align 4
@.str.4 = private unnamed_addr constant [10 x i8] c"dmixed_da\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"dmixed_db\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"dmixed_both\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @weighted_mean_sq(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %42, %3
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %45

14:                                               ; preds = %10
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = load ptr, ptr %4, align 8
  %21 = load i32, ptr %9, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds float, ptr %20, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = fpext float %24 to double
  %26 = fmul double %19, %25
  %27 = load ptr, ptr %4, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds float, ptr %27, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = fpext float %31 to double
  %33 = load double, ptr %7, align 8
  %34 = call double @llvm.fmuladd.f64(double %26, double %32, double %33)
  store double %34, ptr %7, align 8
  %35 = load ptr, ptr %5, align 8
  %36 = load i32, ptr %9, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds double, ptr %35, i64 %37
  %39 = load double, ptr %38, align 8
  %40 = load double, ptr %8, align 8
  %41 = fadd double %40, %39
  store double %41, ptr %8, align 8
  br label %42

42:                                               ; preds = %14
  %43 = load i32, ptr %9, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %9, align 4
  br label %10, !llvm.loop !6

45:                                               ; preds = %10
  %46 = load double, ptr %7, align 8
  %47 = load double, ptr %8, align 8
  %48 = fdiv double %46, %47
  ret double %48
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @mixed(float noundef %0, double noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca double, align 8
  store float %0, ptr %3, align 4
  store double %1, ptr %4, align 8
  %5 = load float, ptr %3, align 4
  %6 = load float, ptr %3, align 4
  %7 = fmul float %5, %6
  %8 = fpext float %7 to double
  %9 = load double, ptr %4, align 8
  %10 = load float, ptr %3, align 4
  %11 = call float @sinf(float noundef %10) #6
  %12 = fpext float %11 to double
  %13 = load double, ptr %4, align 8
  %14 = fmul double %12, %13
  %15 = call double @llvm.fmuladd.f64(double %8, double %9, double %14)
  ret double %15
}

; Function Attrs: nounwind
declare float @sinf(float noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x float], align 16
  %3 = alloca [4 x float], align 16
  %4 = alloca [4 x double], align 16
  %5 = alloca [4 x double], align 16
  %6 = alloca %struct.Tangents3, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 16, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.w, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 32, i1 false)
  %7 = load i32, ptr @enzyme_dup, align 4
  %8 = getelementptr inbounds [4 x float], ptr %2, i64 0, i64 0
  %9 = getelementptr inbounds [4 x float], ptr %3, i64 0, i64 0
  %10 = load i32, ptr @enzyme_dup, align 4
  %11 = getelementptr inbounds [4 x double], ptr %4, i64 0, i64 0
  %12 = getelementptr inbounds [4 x double], ptr %5, i64 0, i64 0
  %13 = load i32, ptr @enzyme_const, align 4
  %14 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @weighted_mean_sq, i32 noundef %7, ptr noundef %8, ptr noundef %9, i32 noundef %10, ptr noundef %11, ptr noundef %12, i32 noundef %13, i32 noundef 4)
  %15 = getelementptr inbounds [4 x float], ptr %3, i64 0, i64 1
  %16 = load float, ptr %15, align 4
  %17 = fpext float %16 to double
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %17)
  %19 = getelementptr inbounds [4 x double], ptr %5, i64 0, i64 0
  %20 = load double, ptr %19, align 16
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %20)
  %22 = getelementptr inbounds [4 x double], ptr %5, i64 0, i64 2
  %23 = load double, ptr %22, align 16
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %23)
  %25 = load i32, ptr @enzyme_width, align 4
  call void @__enzyme_fwddiff3(ptr dead_on_unwind writable sret(%struct.Tangents3) align 8 %6, ptr noundef @mixed, i32 noundef %25, i32 noundef 3, float noundef 1.250000e+00, float noundef 1.000000e+00, float noundef 0.000000e+00, float noundef 1.000000e+00, double noundef 8.000000e-01, double noundef 0.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00)
  %26 = getelementptr inbounds nuw %struct.Tangents3, ptr %6, i32 0, i32 0
  %27 = load double, ptr %26, align 8
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %27)
  %29 = getelementptr inbounds nuw %struct.Tangents3, ptr %6, i32 0, i32 1
  %30 = load double, ptr %29, align 8
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %30)
  %32 = getelementptr inbounds nuw %struct.Tangents3, ptr %6, i32 0, i32 2
  %33 = load double, ptr %32, align 8
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %33)
  %35 = load ptr, ptr @stdout, align 8
  %36 = call i32 @fflush(ptr noundef %35)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare double @__enzyme_autodiff(ptr noundef, ...) #5

declare i32 @printf(ptr noundef, ...) #5

declare void @__enzyme_fwddiff3(ptr dead_on_unwind writable sret(%struct.Tangents3) align 8, ptr noundef, i32 noundef, i32 noundef, float noundef, float noundef, float noundef, float noundef, double noundef, double noundef, double noundef, double noundef) #5

declare i32 @fflush(ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
