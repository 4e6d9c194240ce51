; ModuleID = 'rk4_lotka_volterra.c'
source_filename = "rk4_lotka_volterra.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.LVParams = type { double, double, double, double }

@__const.main.p = private unnamed_addr constant %struct.LVParams { double 1.100000e+00, double 4.000000e-01, double 1.000000e-01, double 4.000000e-01 }, align 8
@__const.main.u = private unnamed_addr constant [2 x double] [double 1.000000e+01, double 1.000000e+01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"prey(10)\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"predator(10)\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"lv_final_prey\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @rk4_lotka_volterra(ptr noundef %0, ptr noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca [2 x double], align 16
  %10 = alloca [2 x double], align 16
  %11 = alloca [2 x double], align 16
  %12 = alloca [2 x double], align 16
  %13 = alloca [2 x double], align 16
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %14, align 4
  br label %19

19:                                               ; preds = %139, %4
  %20 = load i32, ptr %14, align 4
  %21 = load i32, ptr %8, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %142

23:                                               ; preds = %19
  %24 = load ptr, ptr %5, align 8
  %25 = load ptr, ptr %6, align 8
  %26 = getelementptr inbounds [2 x double], ptr %9, i64 0, i64 0
  call void @lv_rhs(ptr noundef %24, ptr noundef %25, ptr noundef %26)
  store i32 0, ptr %15, align 4
  br label %27

27:                                               ; preds = %46, %23
  %28 = load i32, ptr %15, align 4
  %29 = icmp slt i32 %28, 2
  br i1 %29, label %30, label %49

30:                                               ; preds = %27
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %15, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load double, ptr %7, align 8
  %37 = fmul double 5.000000e-01, %36
  %38 = load i32, ptr %15, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [2 x double], ptr %9, i64 0, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = call double @llvm.fmuladd.f64(double %37, double %41, double %35)
  %43 = load i32, ptr %15, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [2 x double], ptr %13, i64 0, i64 %44
  store double %42, ptr %45, align 8
  br label %46

46:                                               ; preds = %30
  %47 = load i32, ptr %15, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %15, align 4
  br label %27, !llvm.loop !6

49:                                               ; preds = %27
  %50 = load ptr, ptr %5, align 8
  %51 = getelementptr inbounds [2 x double], ptr %13, i64 0, i64 0
  %52 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 0
  call void @lv_rhs(ptr noundef %50, ptr noundef %51, ptr noundef %52)
  store i32 0, ptr %16, align 4
  br label %53

53:                                               ; preds = %72, %49
  %54 = load i32, ptr %16, align 4
  %55 = icmp slt i32 %54, 2
  br i1 %55, label %56, label %75

56:                                               ; preds = %53
  %57 = load ptr, ptr %6, align 8
  %58 = load i32, ptr %16, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = load double, ptr %7, align 8
  %63 = fmul double 5.000000e-01, %62
  %64 = load i32, ptr %16, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = call double @llvm.fmuladd.f64(double %63, double %67, double %61)
  %69 = load i32, ptr %16, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [2 x double], ptr %13, i64 0, i64 %70
  store double %68, ptr %71, align 8
  br label %72

72:                                               ; preds = %56
  %73 = load i32, ptr %16, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %16, align 4
  br label %53, !llvm.loop !8

75:                                               ; preds = %53
  %76 = load ptr, ptr %5, align 8
  %77 = getelementptr inbounds [2 x double], ptr %13, i64 0, i64 0
  %78 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 0
  call void @lv_rhs(ptr noundef %76, ptr noundef %77, ptr noundef %78)
  store i32 0, ptr %17, align 4
  br label %79

79:                                               ; preds = %97, %75
  %80 = load i32, ptr %17, align 4
  %81 = icmp slt i32 %80, 2
  br i1 %81, label %82, label %100

82:                                               ; preds = %79
  %83 = load ptr, ptr %6, align 8
  %84 = load i32, ptr %17, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %83, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = load double, ptr %7, align 8
  %89 = load i32, ptr %17, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 %90
  %92 = load double, ptr %91, align 8
  %93 = call double @llvm.fmuladd.f64(double %88, double %92, double %87)
  %94 = load i32, ptr %17, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [2 x double], ptr %13, i64 0, i64 %95
  store double %93, ptr %96, align 8
  br label %97

97:                                               ; preds = %82
  %98 = load i32, ptr %17, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %17, align 4
  br label %79, !llvm.loop !9

100:                                              ; preds = %79
  %101 = load ptr, ptr %5, align 8
  %102 = getelementptr inbounds [2 x double], ptr %13, i64 0, i64 0
  %103 = getelementptr inbounds [2 x double], ptr %12, i64 0, i64 0
  call void @lv_rhs(ptr noundef %101, ptr noundef %102, ptr noundef %103)
  store i32 0, ptr %18, align 4
  br label %104

104:                                              ; preds = %135, %100
  %105 = load i32, ptr %18, align 4
  %106 = icmp slt i32 %105, 2
  br i1 %106, label %107, label %138

107:                                              ; preds = %104
  %108 = load double, ptr %7, align 8
  %109 = fdiv double %108, 6.000000e+00
  %110 = load i32, ptr %18, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [2 x double], ptr %9, i64 0, i64 %111
  %113 = load double, ptr %112, align 8
  %114 = load i32, ptr %18, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 %115
  %117 = load double, ptr %116, align 8
  %118 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %117, double %113)
  %119 = load i32, ptr %18, align 4
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 %120
  %122 = load double, ptr %121, align 8
  %123 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %122, double %118)
  %124 = load i32, ptr %18, align 4
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds [2 x double], ptr %12, i64 0, i64 %125
  %127 = load double, ptr %126, align 8
  %128 = fadd double %123, %127
  %129 = load ptr, ptr %6, align 8
  %130 = load i32, ptr %18, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds double, ptr %129, i64 %131
  %133 = load double, ptr %132, align 8
  %134 = call double @llvm.fmuladd.f64(double %109, double %128, double %133)
  store double %134, ptr %132, align 8
  br label %135

135:                                              ; preds = %107
  %136 = load i32, ptr %18, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %18, align 4
  br label %104, !llvm.loop !10

138:                                              ; preds = %104
  br label %139

139:                                              ; preds = %138
  %140 = load i32, ptr %14, align 4
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %14, align 4
  br label %19, !llvm.loop !11

142:                                              ; preds = %19
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @lv_rhs(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %struct.LVParams, ptr %7, i32 0, i32 0
  %9 = load double, ptr %8, align 8
  %10 = load ptr, ptr %5, align 8
  %11 = getelementptr inbounds double, ptr %10, i64 0
  %12 = load double, ptr %11, align 8
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds nuw %struct.LVParams, ptr %13, i32 0, i32 1
  %15 = load double, ptr %14, align 8
  %16 = load ptr, ptr %5, align 8
  %17 = getelementptr inbounds double, ptr %16, i64 0
  %18 = load double, ptr %17, align 8
  %19 = fmul double %15, %18
  %20 = load ptr, ptr %5, align 8
  %21 = getelementptr inbounds double, ptr %20, i64 1
  %22 = load double, ptr %21, align 8
  %23 = fmul double %19, %22
  %24 = fneg double %23
  %25 = call double @llvm.fmuladd.f64(double %9, double %12, double %24)
  %26 = load ptr, ptr %6, align 8
  %27 = getelementptr inbounds double, ptr %26, i64 0
  store double %25, ptr %27, align 8
  %28 = load ptr, ptr %4, align 8
  %29 = getelementptr inbounds nuw %struct.LVParams, ptr %28, i32 0, i32 2
  %30 = load double, ptr %29, align 8
  %31 = load ptr, ptr %5, align 8
  %32 = getelementptr inbounds double, ptr %31, i64 0
  %33 = load double, ptr %32, align 8
  %34 = fmul double %30, %33
  %35 = load ptr, ptr %5, align 8
  %36 = getelementptr inbounds double, ptr %35, i64 1
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %4, align 8
  %39 = getelementptr inbounds nuw %struct.LVParams, ptr %38, i32 0, i32 3
  %40 = load double, ptr %39, align 8
  %41 = load ptr, ptr %5, align 8
  %42 = getelementptr inbounds double, ptr %41, i64 1
  %43 = load double, ptr %42, align 8
  %44 = fmul double %40, %43
  %45 = fneg double %44
  %46 = call double @llvm.fmuladd.f64(double %34, double %37, double %45)
  %47 = load ptr, ptr %6, align 8
  %48 = getelementptr inbounds double, ptr %47, i64 1
  store double %46, ptr %48, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @lv_final_prey(double noundef %0, double noundef %1, double noundef %2, double noundef %3) #0 {
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca %struct.LVParams, align 8
  %10 = alloca [2 x double], align 16
  store double %0, ptr %5, align 8
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store double %3, ptr %8, align 8
  %11 = getelementptr inbounds nuw %struct.LVParams, ptr %9, i32 0, i32 0
  %12 = load double, ptr %5, align 8
  store double %12, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.LVParams, ptr %9, i32 0, i32 1
  %14 = load double, ptr %6, align 8
  store double %14, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.LVParams, ptr %9, i32 0, i32 2
  store double 0x3FB3333333333333, ptr %15, align 8
  %16 = getelementptr inbounds nuw %struct.LVParams, ptr %9, i32 0, i32 3
  store double 1.500000e+00, ptr %16, align 8
  %17 = load double, ptr %7, align 8
  store double %17, ptr %10, align 8
  %18 = getelementptr inbounds double, ptr %10, i64 1
  %19 = load double, ptr %8, align 8
  store double %19, ptr %18, align 8
  %20 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 0
  call void @rk4_lotka_volterra(ptr noundef %9, ptr noundef %20, double noundef 1.000000e-02, i32 noundef 500)
  %21 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 0
  %22 = load double, ptr %21, align 16
  ret double %22
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.LVParams, align 8
  %3 = alloca [2 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.p, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.u, i64 16, i1 false)
  %4 = getelementptr inbounds [2 x double], ptr %3, i64 0, i64 0
  call void @rk4_lotka_volterra(ptr noundef %2, ptr noundef %4, double noundef 1.000000e-02, i32 noundef 1000)
  %5 = getelementptr inbounds [2 x double], ptr %3, i64 0, i64 0
  %6 = load double, ptr %5, align 16
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %6)
  %8 = getelementptr inbounds [2 x double], ptr %3, i64 0, i64 1
  %9 = load double, ptr %8, align 8
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %9)
  %11 = call double @lv_final_prey(double noundef 1.500000e+00, double noundef 1.000000e+00, double noundef 1.000000e+01, double noundef 5.000000e+00)
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %11)
  %13 = load ptr, ptr @stdout, align 8
  %14 = call i32 @fflush(ptr noundef %13)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
