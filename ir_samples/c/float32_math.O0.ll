; ModuleID = 'float32_math.c'
source_filename = "float32_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [4 x float] [float 5.000000e-01, float -1.250000e+00, float 2.000000e+00, float 1.250000e-01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"gaussian_bump(0.3, 0.1, 0.7)\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"wave(1.7)\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"sumsq_f\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @gaussian_bump(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  store float %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  store float %2, ptr %6, align 4
  %8 = load float, ptr %4, align 4
  %9 = load float, ptr %5, align 4
  %10 = fsub float %8, %9
  %11 = load float, ptr %6, align 4
  %12 = fdiv float %10, %11
  store float %12, ptr %7, align 4
  %13 = load float, ptr %7, align 4
  %14 = fmul float -5.000000e-01, %13
  %15 = load float, ptr %7, align 4
  %16 = fmul float %14, %15
  %17 = call float @expf(float noundef %16) #5
  %18 = load float, ptr %6, align 4
  %19 = call float @sqrtf(float noundef 0x401921FB60000000) #5
  %20 = fmul float %18, %19
  %21 = fdiv float %17, %20
  ret float %21
}

; Function Attrs: nounwind
declare float @expf(float noundef) #1

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @wave(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fmul float 3.000000e+00, %3
  %5 = call float @sinf(float noundef %4) #5
  %6 = load float, ptr %2, align 4
  %7 = fmul float -2.500000e-01, %6
  %8 = call float @expf(float noundef %7) #5
  %9 = load float, ptr %2, align 4
  %10 = call float @tanhf(float noundef %9) #5
  %11 = call float @llvm.fmuladd.f32(float %5, float %8, float %10)
  %12 = load float, ptr %2, align 4
  %13 = load float, ptr %2, align 4
  %14 = call float @llvm.fmuladd.f32(float %12, float %13, float 1.000000e+00)
  %15 = call float @logf(float noundef %14) #5
  %16 = fsub float %11, %15
  ret float %16
}

; Function Attrs: nounwind
declare float @sinf(float noundef) #1

; Function Attrs: nounwind
declare float @tanhf(float noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
declare float @logf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @sumsq_f(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store float 0.000000e+00, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %24, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %27

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
  %22 = load float, ptr %5, align 4
  %23 = call float @llvm.fmuladd.f32(float %16, float %21, float %22)
  store float %23, ptr %5, align 4
  br label %24

24:                                               ; preds = %11
  %25 = load i32, ptr %6, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %6, align 4
  br label %7, !llvm.loop !6

27:                                               ; preds = %7
  %28 = load float, ptr %5, align 4
  ret float %28
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x float], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 16, i1 false)
  %3 = call float @gaussian_bump(float noundef 0x3FD3333340000000, float noundef 0x3FB99999A0000000, float noundef 0x3FE6666660000000)
  %4 = fpext float %3 to double
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %4)
  %6 = call float @wave(float noundef 0x3FFB333340000000)
  %7 = fpext float %6 to double
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %7)
  %9 = getelementptr inbounds [4 x float], ptr %2, i64 0, i64 0
  %10 = call float @sumsq_f(ptr noundef %9, i32 noundef 4)
  %11 = fpext float %10 to double
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %11)
  %13 = load ptr, ptr @stdout, align 8
  %14 = call i32 @fflush(ptr noundef %13)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
