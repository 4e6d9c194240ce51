; ModuleID = 'enzyme_float.c'
source_filename = "enzyme_float.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"dbump(1.25)\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"dsoftplus(-0.5)\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"2*dbump(0.5)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @bump(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = call float @sinf(float noundef %3) #4
  %5 = load float, ptr %2, align 4
  %6 = call float @expf(float noundef %5) #4
  %7 = load float, ptr %2, align 4
  %8 = load float, ptr %2, align 4
  %9 = fmul float %7, %8
  %10 = call float @llvm.fmuladd.f32(float %4, float %6, float %9)
  ret float %10
}

; Function Attrs: nounwind
declare float @sinf(float noundef) #1

; Function Attrs: nounwind
declare float @expf(float noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @softplus(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = call float @expf(float noundef %3) #4
  %5 = fadd float 1.000000e+00, %4
  %6 = call float @logf(float noundef %5) #4
  ret float %6
}

; Function Attrs: nounwind
declare float @logf(float noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  store i32 0, ptr %1, align 4
  store float 1.250000e+00, ptr %2, align 4
  %6 = load float, ptr %2, align 4
  %7 = call float @__enzyme_autodiff_f(ptr noundef @bump, float noundef %6)
  store float %7, ptr %3, align 4
  %8 = call float @__enzyme_autodiff_g(ptr noundef @softplus, float noundef -5.000000e-01)
  store float %8, ptr %4, align 4
  %9 = call float @__enzyme_fwddiff_f(ptr noundef @bump, float noundef 5.000000e-01, float noundef 2.000000e+00)
  store float %9, ptr %5, align 4
  %10 = load float, ptr %3, align 4
  %11 = fpext float %10 to double
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %11)
  %13 = load float, ptr %4, align 4
  %14 = fpext float %13 to double
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %14)
  %16 = load float, ptr %5, align 4
  %17 = fpext float %16 to double
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %17)
  %19 = load ptr, ptr @stdout, align 8
  %20 = call i32 @fflush(ptr noundef %19)
  ret i32 0
}

declare float @__enzyme_autodiff_f(ptr noundef, float noundef) #3

declare float @__enzyme_autodiff_g(ptr noundef, float noundef) #3

declare float @__enzyme_fwddiff_f(ptr noundef, float noundef, float noundef) #3

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
