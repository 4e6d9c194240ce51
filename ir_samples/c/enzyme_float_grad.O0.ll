; ModuleID = 'enzyme_float_grad.c'
source_filename = "enzyme_float_grad.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad2f = type { float, float }
%struct.Grad3f = type { float, float, float }

@enzyme_out = external global i32, align 4
@__const.main.x = private unnamed_addr constant [4 x float] [float 1.000000e+00, float 2.000000e+00, float 5.000000e-01, float 1.500000e+00], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"dlogistic(0.25)\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dbilinear_dx\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"dbilinear_dy\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"dtrilinear_dx\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"dtrilinear_dy\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"dtrilinear_dz\00", align 1
@.str.7 = private unnamed_addr constant [16 x i8] c"dx[%d] = %.17g\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @logistic(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fneg float %3
  %5 = call float @expf(float noundef %4) #7
  %6 = fadd float 1.000000e+00, %5
  %7 = fdiv float 1.000000e+00, %6
  ret float %7
}

; Function Attrs: nounwind
declare float @expf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @bilinear(float noundef %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  store float %0, ptr %3, align 4
  store float %1, ptr %4, align 4
  %5 = load float, ptr %3, align 4
  %6 = load float, ptr %4, align 4
  %7 = fmul float %5, %6
  %8 = load float, ptr %4, align 4
  %9 = load float, ptr %3, align 4
  %10 = call float @sinf(float noundef %9) #7
  %11 = load float, ptr %4, align 4
  %12 = call float @cosf(float noundef %11) #7
  %13 = fmul float %10, %12
  %14 = call float @llvm.fmuladd.f32(float %7, float %8, float %13)
  ret float %14
}

; Function Attrs: nounwind
declare float @sinf(float noundef) #1

; Function Attrs: nounwind
declare float @cosf(float noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @trilinear(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  store float %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  store float %2, ptr %6, align 4
  %7 = load float, ptr %4, align 4
  %8 = load float, ptr %5, align 4
  %9 = fmul float %7, %8
  %10 = load float, ptr %6, align 4
  %11 = load float, ptr %4, align 4
  %12 = load float, ptr %4, align 4
  %13 = fmul float %11, %12
  %14 = load float, ptr %6, align 4
  %15 = load float, ptr %6, align 4
  %16 = call float @llvm.fmuladd.f32(float %14, float %15, float 1.000000e+00)
  %17 = fdiv float %13, %16
  %18 = call float @llvm.fmuladd.f32(float %9, float %10, float %17)
  %19 = load float, ptr %5, align 4
  %20 = call float @tanhf(float noundef %19) #7
  %21 = fadd float %18, %20
  ret float %21
}

; Function Attrs: nounwind
declare float @tanhf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @root_sum_cubes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store float 0.000000e+00, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %30, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %33

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds float, ptr %12, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = load ptr, ptr %3, align 8
  %18 = load i32, ptr %6, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds float, ptr %17, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = fmul float %16, %21
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds float, ptr %23, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = load float, ptr %5, align 4
  %29 = call float @llvm.fmuladd.f32(float %22, float %27, float %28)
  store float %29, ptr %5, align 4
  br label %30

30:                                               ; preds = %11
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4
  br label %7, !llvm.loop !6

33:                                               ; preds = %7
  %34 = load float, ptr %5, align 4
  %35 = call float @sqrtf(float noundef %34) #7
  ret float %35
}

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #3 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca %struct.Grad2f, align 4
  %4 = alloca %struct.Grad3f, align 4
  %5 = alloca { <2 x float>, float }, align 8
  %6 = alloca [4 x float], align 16
  %7 = alloca [4 x float], align 16
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %9 = call float @__enzyme_autodiff_logistic(ptr noundef @logistic, float noundef 2.500000e-01)
  store float %9, ptr %2, align 4
  %10 = load i32, ptr @enzyme_out, align 4
  %11 = load i32, ptr @enzyme_out, align 4
  %12 = call <2 x float> @__enzyme_autodiff_2f(ptr noundef @bilinear, i32 noundef %10, float noundef 1.500000e+00, i32 noundef %11, float noundef -5.000000e-01)
  store <2 x float> %12, ptr %3, align 4
  %13 = call { <2 x float>, float } @__enzyme_autodiff_3f(ptr noundef @trilinear, float noundef 5.000000e-01, float noundef 1.250000e+00, float noundef -2.000000e+00)
  store { <2 x float>, float } %13, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 8 %5, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.x, i64 16, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 16, i1 false)
  %14 = load i32, ptr @enzyme_dup, align 4
  %15 = getelementptr inbounds [4 x float], ptr %6, i64 0, i64 0
  %16 = getelementptr inbounds [4 x float], ptr %7, i64 0, i64 0
  %17 = load i32, ptr @enzyme_const, align 4
  call void @__enzyme_autodiff_arr(ptr noundef @root_sum_cubes, i32 noundef %14, ptr noundef %15, ptr noundef %16, i32 noundef %17, i32 noundef 4)
  %18 = load float, ptr %2, align 4
  %19 = fpext float %18 to double
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %19)
  %21 = getelementptr inbounds nuw %struct.Grad2f, ptr %3, i32 0, i32 0
  %22 = load float, ptr %21, align 4
  %23 = fpext float %22 to double
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %23)
  %25 = getelementptr inbounds nuw %struct.Grad2f, ptr %3, i32 0, i32 1
  %26 = load float, ptr %25, align 4
  %27 = fpext float %26 to double
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %27)
  %29 = getelementptr inbounds nuw %struct.Grad3f, ptr %4, i32 0, i32 0
  %30 = load float, ptr %29, align 4
  %31 = fpext float %30 to double
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %31)
  %33 = getelementptr inbounds nuw %struct.Grad3f, ptr %4, i32 0, i32 1
  %34 = load float, ptr %33, align 4
  %35 = fpext float %34 to double
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %35)
  %37 = getelementptr inbounds nuw %struct.Grad3f, ptr %4, i32 0, i32 2
  %38 = load float, ptr %37, align 4
  %39 = fpext float %38 to double
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %39)
  store i32 0, ptr %8, align 4
  br label %41

41:                                               ; preds = %52, %0
  %42 = load i32, ptr %8, align 4
  %43 = icmp slt i32 %42, 4
  br i1 %43, label %44, label %55

44:                                               ; preds = %41
  %45 = load i32, ptr %8, align 4
  %46 = load i32, ptr %8, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [4 x float], ptr %7, i64 0, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = fpext float %49 to double
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %45, double noundef %50)
  br label %52

52:                                               ; preds = %44
  %53 = load i32, ptr %8, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %8, align 4
  br label %41, !llvm.loop !8

55:                                               ; preds = %41
  %56 = load ptr, ptr @stdout, align 8
  %57 = call i32 @fflush(ptr noundef %56)
  ret i32 0
}

declare float @__enzyme_autodiff_logistic(ptr noundef, float noundef) #4

declare <2 x float> @__enzyme_autodiff_2f(ptr noundef, i32 noundef, float noundef, i32 noundef, float noundef) #4

declare { <2 x float>, float } @__enzyme_autodiff_3f(ptr noundef, float noundef, float noundef, float noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare void @__enzyme_autodiff_arr(ptr noundef, i32 noundef, ptr noundef, ptr noundef, i32 noundef, i32 noundef) #4

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }

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
