; ModuleID = 'enzyme_fwd_float.c'
source_filename = "enzyme_fwd_float.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.FTangents2 = type { float, float }

@enzyme_width = external global i32, align 4
@enzyme_const = external global i32, align 4
@__const.main.a = private unnamed_addr constant [3 x float] [float 1.000000e+00, float -2.000000e+00, float 5.000000e-01], align 4
@__const.main.da = private unnamed_addr constant [3 x float] [float 1.000000e+00, float 5.000000e-01, float 2.000000e+00], align 4
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dbump(0.8)\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"dmix_dir\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"dmix_dx\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"dmix_zero\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"dsumsq\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @bump(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = call float @expf(float noundef %3) #6
  %5 = load float, ptr %2, align 4
  %6 = call float @sinf(float noundef %5) #6
  %7 = fmul float %4, %6
  %8 = load float, ptr %2, align 4
  %9 = load float, ptr %2, align 4
  %10 = call float @llvm.fmuladd.f32(float %8, float %9, float 1.000000e+00)
  %11 = fdiv float %7, %10
  ret float %11
}

; Function Attrs: nounwind
declare float @expf(float noundef) #1

; Function Attrs: nounwind
declare float @sinf(float noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @mix(float noundef %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  store float %0, ptr %3, align 4
  store float %1, ptr %4, align 4
  %5 = load float, ptr %3, align 4
  %6 = load float, ptr %3, align 4
  %7 = fmul float %5, %6
  %8 = load float, ptr %4, align 4
  %9 = load float, ptr %3, align 4
  %10 = load float, ptr %4, align 4
  %11 = fadd float %9, %10
  %12 = call float @sqrtf(float noundef %11) #6
  %13 = call float @llvm.fmuladd.f32(float %7, float %8, float %12)
  %14 = load float, ptr %3, align 4
  %15 = load float, ptr %4, align 4
  %16 = call float @llvm.fmuladd.f32(float %14, float %15, float 2.000000e+00)
  %17 = call float @logf(float noundef %16) #6
  %18 = fsub float %13, %17
  ret float %18
}

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #1

; Function Attrs: nounwind
declare float @logf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @sumsq(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store float 0.000000e+00, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %28, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %31

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
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  %25 = sitofp i32 %24 to float
  %26 = load float, ptr %5, align 4
  %27 = call float @llvm.fmuladd.f32(float %22, float %25, float %26)
  store float %27, ptr %5, align 4
  br label %28

28:                                               ; preds = %11
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %7, !llvm.loop !6

31:                                               ; preds = %7
  %32 = load float, ptr %5, align 4
  ret float %32
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #3 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca %struct.FTangents2, align 4
  %5 = alloca [3 x float], align 4
  %6 = alloca [3 x float], align 4
  %7 = alloca float, align 4
  store i32 0, ptr %1, align 4
  %8 = call float @__enzyme_fwddiff_f(ptr noundef @bump, float noundef 0x3FE99999A0000000, float noundef 1.000000e+00)
  store float %8, ptr %2, align 4
  %9 = call float @__enzyme_fwddiff_f2(ptr noundef @mix, float noundef 1.500000e+00, float noundef 1.000000e+00, float noundef 5.000000e-01, float noundef -2.000000e+00)
  store float %9, ptr %3, align 4
  %10 = load i32, ptr @enzyme_width, align 4
  %11 = load i32, ptr @enzyme_const, align 4
  %12 = call <2 x float> @__enzyme_fwddiff_w2(ptr noundef @mix, i32 noundef %10, i32 noundef 2, float noundef 1.500000e+00, float noundef 1.000000e+00, float noundef 0.000000e+00, i32 noundef %11, float noundef 5.000000e-01)
  store <2 x float> %12, ptr %4, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.main.a, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 @__const.main.da, i64 12, i1 false)
  %13 = load i32, ptr @enzyme_dup, align 4
  %14 = getelementptr inbounds [3 x float], ptr %5, i64 0, i64 0
  %15 = getelementptr inbounds [3 x float], ptr %6, i64 0, i64 0
  %16 = load i32, ptr @enzyme_const, align 4
  %17 = call float @__enzyme_fwddiff_arr(ptr noundef @sumsq, i32 noundef %13, ptr noundef %14, ptr noundef %15, i32 noundef %16, i32 noundef 3)
  store float %17, ptr %7, align 4
  %18 = load float, ptr %2, align 4
  %19 = fpext float %18 to double
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %19)
  %21 = load float, ptr %3, align 4
  %22 = fpext float %21 to double
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %22)
  %24 = getelementptr inbounds nuw %struct.FTangents2, ptr %4, i32 0, i32 0
  %25 = load float, ptr %24, align 4
  %26 = fpext float %25 to double
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %26)
  %28 = getelementptr inbounds nuw %struct.FTangents2, ptr %4, i32 0, i32 1
  %29 = load float, ptr %28, align 4
  %30 = fpext float %29 to double
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %30)
  %32 = load float, ptr %7, align 4
  %33 = fpext float %32 to double
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %33)
  %35 = load ptr, ptr @stdout, align 8
  %36 = call i32 @fflush(ptr noundef %35)
  ret i32 0
}

declare float @__enzyme_fwddiff_f(ptr noundef, float noundef, float noundef) #4

declare float @__enzyme_fwddiff_f2(ptr noundef, float noundef, float noundef, float noundef, float noundef) #4

declare <2 x float> @__enzyme_fwddiff_w2(ptr noundef, i32 noundef, i32 noundef, float noundef, float noundef, float noundef, i32 noundef, float noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

declare float @__enzyme_fwddiff_arr(ptr noundef, i32 noundef, ptr noundef, ptr noundef, i32 noundef, i32 noundef) #4

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
