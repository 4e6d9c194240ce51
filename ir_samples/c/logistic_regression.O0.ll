; ModuleID = 'logistic_regression.c'
source_filename = "logistic_regression.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.w = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -1.200000e+00, double 3.000000e-01], align 16
@__const.main.X = private unnamed_addr constant [15 x double] [double 1.000000e+00, double 2.000000e-01, double -3.000000e-01, double -5.000000e-01, double 1.500000e+00, double 8.000000e-01, double 2.000000e+00, double -1.000000e+00, double 1.000000e-01, double 3.000000e-01, double 3.000000e-01, double 3.000000e-01, double -1.200000e+00, double -4.000000e-01, double 2.200000e+00], align 16
@__const.main.y = private unnamed_addr constant [5 x i32] [i32 1, i32 0, i32 1, i32 1, i32 0], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"logistic_loss\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @logistic_loss(ptr noundef %0, double noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4, i32 noundef %5, double noundef %6) #0 {
  %8 = alloca ptr, align 8
  %9 = alloca double, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  %19 = alloca double, align 8
  %20 = alloca double, align 8
  %21 = alloca i32, align 4
  store ptr %0, ptr %8, align 8
  store double %1, ptr %9, align 8
  store ptr %2, ptr %10, align 8
  store ptr %3, ptr %11, align 8
  store i32 %4, ptr %12, align 4
  store i32 %5, ptr %13, align 4
  store double %6, ptr %14, align 8
  store double 0.000000e+00, ptr %15, align 8
  store i32 0, ptr %16, align 4
  br label %22

22:                                               ; preds = %83, %7
  %23 = load i32, ptr %16, align 4
  %24 = load i32, ptr %12, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %86

26:                                               ; preds = %22
  %27 = load double, ptr %9, align 8
  store double %27, ptr %17, align 8
  store i32 0, ptr %18, align 4
  br label %28

28:                                               ; preds = %49, %26
  %29 = load i32, ptr %18, align 4
  %30 = load i32, ptr %13, align 4
  %31 = icmp slt i32 %29, %30
  br i1 %31, label %32, label %52

32:                                               ; preds = %28
  %33 = load ptr, ptr %8, align 8
  %34 = load i32, ptr %18, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %10, align 8
  %39 = load i32, ptr %16, align 4
  %40 = load i32, ptr %13, align 4
  %41 = mul nsw i32 %39, %40
  %42 = load i32, ptr %18, align 4
  %43 = add nsw i32 %41, %42
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds double, ptr %38, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = load double, ptr %17, align 8
  %48 = call double @llvm.fmuladd.f64(double %37, double %46, double %47)
  store double %48, ptr %17, align 8
  br label %49

49:                                               ; preds = %32
  %50 = load i32, ptr %18, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %18, align 4
  br label %28, !llvm.loop !6

52:                                               ; preds = %28
  %53 = load ptr, ptr %11, align 8
  %54 = load i32, ptr %16, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i32, ptr %53, i64 %55
  %57 = load i32, ptr %56, align 4
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %59, label %62

59:                                               ; preds = %52
  %60 = load double, ptr %17, align 8
  %61 = fneg double %60
  br label %64

62:                                               ; preds = %52
  %63 = load double, ptr %17, align 8
  br label %64

64:                                               ; preds = %62, %59
  %65 = phi double [ %61, %59 ], [ %63, %62 ]
  store double %65, ptr %19, align 8
  %66 = load double, ptr %19, align 8
  %67 = fcmp ogt double %66, 0.000000e+00
  br i1 %67, label %68, label %75

68:                                               ; preds = %64
  %69 = load double, ptr %19, align 8
  %70 = load double, ptr %19, align 8
  %71 = fneg double %70
  %72 = call double @exp(double noundef %71) #5
  %73 = call double @log1p(double noundef %72) #5
  %74 = fadd double %69, %73
  br label %79

75:                                               ; preds = %64
  %76 = load double, ptr %19, align 8
  %77 = call double @exp(double noundef %76) #5
  %78 = call double @log1p(double noundef %77) #5
  br label %79

79:                                               ; preds = %75, %68
  %80 = phi double [ %74, %68 ], [ %78, %75 ]
  %81 = load double, ptr %15, align 8
  %82 = fadd double %81, %80
  store double %82, ptr %15, align 8
  br label %83

83:                                               ; preds = %79
  %84 = load i32, ptr %16, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %16, align 4
  br label %22, !llvm.loop !8

86:                                               ; preds = %22
  store double 0.000000e+00, ptr %20, align 8
  store i32 0, ptr %21, align 4
  br label %87

87:                                               ; preds = %104, %86
  %88 = load i32, ptr %21, align 4
  %89 = load i32, ptr %13, align 4
  %90 = icmp slt i32 %88, %89
  br i1 %90, label %91, label %107

91:                                               ; preds = %87
  %92 = load ptr, ptr %8, align 8
  %93 = load i32, ptr %21, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds double, ptr %92, i64 %94
  %96 = load double, ptr %95, align 8
  %97 = load ptr, ptr %8, align 8
  %98 = load i32, ptr %21, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  %101 = load double, ptr %100, align 8
  %102 = load double, ptr %20, align 8
  %103 = call double @llvm.fmuladd.f64(double %96, double %101, double %102)
  store double %103, ptr %20, align 8
  br label %104

104:                                              ; preds = %91
  %105 = load i32, ptr %21, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %21, align 4
  br label %87, !llvm.loop !9

107:                                              ; preds = %87
  %108 = load double, ptr %15, align 8
  %109 = load i32, ptr %12, align 4
  %110 = sitofp i32 %109 to double
  %111 = fdiv double %108, %110
  %112 = load double, ptr %14, align 8
  %113 = fmul double 5.000000e-01, %112
  %114 = load double, ptr %20, align 8
  %115 = call double @llvm.fmuladd.f64(double %113, double %114, double %111)
  ret double %115
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nounwind
declare double @log1p(double noundef) #2

; Function Attrs: nounwind
declare double @exp(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x double], align 16
  %3 = alloca [15 x double], align 16
  %4 = alloca [5 x i32], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.w, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.X, i64 120, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.y, i64 20, i1 false)
  %5 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0
  %6 = getelementptr inbounds [15 x double], ptr %3, i64 0, i64 0
  %7 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 0
  %8 = call double @logistic_loss(ptr noundef %5, double noundef 1.000000e-01, ptr noundef %6, ptr noundef %7, i32 noundef 5, i32 noundef 3, double noundef 1.000000e-02)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %8)
  %10 = load ptr, ptr @stdout, align 8
  %11 = call i32 @fflush(ptr noundef %10)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
