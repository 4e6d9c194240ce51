; ModuleID = 'rk4_pendulum.c'
source_filename = "rk4_pendulum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"pendulum(1.0, 0.0, 1.0, 0.1, 400)\00", align 1
@.str.2 = private unnamed_addr constant [34 x i8] c"pendulum(0.2, 0.5, 2.0, 0.0, 200)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @pendulum(double noundef %0, double noundef %1, double noundef %2, double noundef %3, i32 noundef %4) #0 {
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  %20 = alloca double, align 8
  %21 = alloca double, align 8
  %22 = alloca double, align 8
  %23 = alloca double, align 8
  store double %0, ptr %6, align 8
  store double %1, ptr %7, align 8
  store double %2, ptr %8, align 8
  store double %3, ptr %9, align 8
  store i32 %4, ptr %10, align 4
  store double 9.810000e+00, ptr %11, align 8
  store double 5.000000e-03, ptr %12, align 8
  %24 = load double, ptr %6, align 8
  store double %24, ptr %13, align 8
  %25 = load double, ptr %7, align 8
  store double %25, ptr %14, align 8
  store i32 0, ptr %15, align 4
  br label %26

26:                                               ; preds = %105, %5
  %27 = load i32, ptr %15, align 4
  %28 = load i32, ptr %10, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %108

30:                                               ; preds = %26
  %31 = load double, ptr %14, align 8
  store double %31, ptr %16, align 8
  %32 = load double, ptr %8, align 8
  %33 = fdiv double 9.810000e+00, %32
  %34 = fneg double %33
  %35 = load double, ptr %13, align 8
  %36 = call double @sin(double noundef %35) #4
  %37 = load double, ptr %9, align 8
  %38 = load double, ptr %14, align 8
  %39 = fmul double %37, %38
  %40 = fneg double %39
  %41 = call double @llvm.fmuladd.f64(double %34, double %36, double %40)
  store double %41, ptr %17, align 8
  %42 = load double, ptr %14, align 8
  %43 = load double, ptr %17, align 8
  %44 = call double @llvm.fmuladd.f64(double 2.500000e-03, double %43, double %42)
  store double %44, ptr %18, align 8
  %45 = load double, ptr %8, align 8
  %46 = fdiv double 9.810000e+00, %45
  %47 = fneg double %46
  %48 = load double, ptr %13, align 8
  %49 = load double, ptr %16, align 8
  %50 = call double @llvm.fmuladd.f64(double 2.500000e-03, double %49, double %48)
  %51 = call double @sin(double noundef %50) #4
  %52 = load double, ptr %9, align 8
  %53 = load double, ptr %18, align 8
  %54 = fmul double %52, %53
  %55 = fneg double %54
  %56 = call double @llvm.fmuladd.f64(double %47, double %51, double %55)
  store double %56, ptr %19, align 8
  %57 = load double, ptr %14, align 8
  %58 = load double, ptr %19, align 8
  %59 = call double @llvm.fmuladd.f64(double 2.500000e-03, double %58, double %57)
  store double %59, ptr %20, align 8
  %60 = load double, ptr %8, align 8
  %61 = fdiv double 9.810000e+00, %60
  %62 = fneg double %61
  %63 = load double, ptr %13, align 8
  %64 = load double, ptr %18, align 8
  %65 = call double @llvm.fmuladd.f64(double 2.500000e-03, double %64, double %63)
  %66 = call double @sin(double noundef %65) #4
  %67 = load double, ptr %9, align 8
  %68 = load double, ptr %20, align 8
  %69 = fmul double %67, %68
  %70 = fneg double %69
  %71 = call double @llvm.fmuladd.f64(double %62, double %66, double %70)
  store double %71, ptr %21, align 8
  %72 = load double, ptr %14, align 8
  %73 = load double, ptr %21, align 8
  %74 = call double @llvm.fmuladd.f64(double 5.000000e-03, double %73, double %72)
  store double %74, ptr %22, align 8
  %75 = load double, ptr %8, align 8
  %76 = fdiv double 9.810000e+00, %75
  %77 = fneg double %76
  %78 = load double, ptr %13, align 8
  %79 = load double, ptr %20, align 8
  %80 = call double @llvm.fmuladd.f64(double 5.000000e-03, double %79, double %78)
  %81 = call double @sin(double noundef %80) #4
  %82 = load double, ptr %9, align 8
  %83 = load double, ptr %22, align 8
  %84 = fmul double %82, %83
  %85 = fneg double %84
  %86 = call double @llvm.fmuladd.f64(double %77, double %81, double %85)
  store double %86, ptr %23, align 8
  %87 = load double, ptr %16, align 8
  %88 = load double, ptr %18, align 8
  %89 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %88, double %87)
  %90 = load double, ptr %20, align 8
  %91 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %90, double %89)
  %92 = load double, ptr %22, align 8
  %93 = fadd double %91, %92
  %94 = load double, ptr %13, align 8
  %95 = call double @llvm.fmuladd.f64(double 0x3F4B4E81B4E81B4F, double %93, double %94)
  store double %95, ptr %13, align 8
  %96 = load double, ptr %17, align 8
  %97 = load double, ptr %19, align 8
  %98 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %97, double %96)
  %99 = load double, ptr %21, align 8
  %100 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %99, double %98)
  %101 = load double, ptr %23, align 8
  %102 = fadd double %100, %101
  %103 = load double, ptr %14, align 8
  %104 = call double @llvm.fmuladd.f64(double 0x3F4B4E81B4E81B4F, double %102, double %103)
  store double %104, ptr %14, align 8
  br label %105

105:                                              ; preds = %30
  %106 = load i32, ptr %15, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %15, align 4
  br label %26, !llvm.loop !6

108:                                              ; preds = %26
  %109 = load double, ptr %13, align 8
  ret double %109
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = call double @pendulum(double noundef 1.000000e+00, double noundef 0.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e-01, i32 noundef 400)
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %2)
  %4 = call double @pendulum(double noundef 2.000000e-01, double noundef 5.000000e-01, double noundef 2.000000e+00, double noundef 0.000000e+00, i32 noundef 200)
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
