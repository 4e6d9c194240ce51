; ModuleID = 'gmm_objective.c'
source_filename = "gmm_objective.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.alphas = private unnamed_addr constant [3 x double] [double 1.000000e-01, double -4.000000e-01, double 3.000000e-01], align 16
@__const.main.x = private unnamed_addr constant [8 x double] [double 2.000000e-01, double 4.000000e-01, double -8.000000e-01, double 1.100000e+00, double 1.900000e+00, double -3.000000e-01, double 5.000000e-01, double 5.000000e-01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"gmm_objective\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @gmm_objective(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5, ptr noundef %6) #0 {
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca double, align 8
  %16 = alloca [16 x double], align 16
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca double, align 8
  %21 = alloca double, align 8
  %22 = alloca i32, align 4
  %23 = alloca double, align 8
  %24 = alloca double, align 8
  store i32 %0, ptr %8, align 4
  store i32 %1, ptr %9, align 4
  store i32 %2, ptr %10, align 4
  store ptr %3, ptr %11, align 8
  store ptr %4, ptr %12, align 8
  store ptr %5, ptr %13, align 8
  store ptr %6, ptr %14, align 8
  %25 = load i32, ptr %8, align 4
  %26 = sitofp i32 %25 to double
  %27 = fmul double -5.000000e-01, %26
  %28 = call double @log(double noundef 0x401921FB54442D18) #6
  %29 = fmul double %27, %28
  store double %29, ptr %15, align 8
  store double 0.000000e+00, ptr %17, align 8
  store i32 0, ptr %18, align 4
  br label %30

30:                                               ; preds = %116, %7
  %31 = load i32, ptr %18, align 4
  %32 = load i32, ptr %10, align 4
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %34, label %119

34:                                               ; preds = %30
  store i32 0, ptr %19, align 4
  br label %35

35:                                               ; preds = %107, %34
  %36 = load i32, ptr %19, align 4
  %37 = load i32, ptr %9, align 4
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %39, label %110

39:                                               ; preds = %35
  store double 0.000000e+00, ptr %20, align 8
  store double 0.000000e+00, ptr %21, align 8
  store i32 0, ptr %22, align 4
  br label %40

40:                                               ; preds = %91, %39
  %41 = load i32, ptr %22, align 4
  %42 = load i32, ptr %8, align 4
  %43 = icmp slt i32 %41, %42
  br i1 %43, label %44, label %94

44:                                               ; preds = %40
  %45 = load ptr, ptr %13, align 8
  %46 = load i32, ptr %19, align 4
  %47 = load i32, ptr %8, align 4
  %48 = mul nsw i32 %46, %47
  %49 = load i32, ptr %22, align 4
  %50 = add nsw i32 %48, %49
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %45, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = call double @exp(double noundef %53) #6
  store double %54, ptr %23, align 8
  %55 = load ptr, ptr %14, align 8
  %56 = load i32, ptr %18, align 4
  %57 = load i32, ptr %8, align 4
  %58 = mul nsw i32 %56, %57
  %59 = load i32, ptr %22, align 4
  %60 = add nsw i32 %58, %59
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %55, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = load ptr, ptr %12, align 8
  %65 = load i32, ptr %19, align 4
  %66 = load i32, ptr %8, align 4
  %67 = mul nsw i32 %65, %66
  %68 = load i32, ptr %22, align 4
  %69 = add nsw i32 %67, %68
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %64, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = fsub double %63, %72
  %74 = load double, ptr %23, align 8
  %75 = fmul double %73, %74
  store double %75, ptr %24, align 8
  %76 = load ptr, ptr %13, align 8
  %77 = load i32, ptr %19, align 4
  %78 = load i32, ptr %8, align 4
  %79 = mul nsw i32 %77, %78
  %80 = load i32, ptr %22, align 4
  %81 = add nsw i32 %79, %80
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %76, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = load double, ptr %20, align 8
  %86 = fadd double %85, %84
  store double %86, ptr %20, align 8
  %87 = load double, ptr %24, align 8
  %88 = load double, ptr %24, align 8
  %89 = load double, ptr %21, align 8
  %90 = call double @llvm.fmuladd.f64(double %87, double %88, double %89)
  store double %90, ptr %21, align 8
  br label %91

91:                                               ; preds = %44
  %92 = load i32, ptr %22, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %22, align 4
  br label %40, !llvm.loop !6

94:                                               ; preds = %40
  %95 = load ptr, ptr %11, align 8
  %96 = load i32, ptr %19, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds double, ptr %95, i64 %97
  %99 = load double, ptr %98, align 8
  %100 = load double, ptr %20, align 8
  %101 = fadd double %99, %100
  %102 = load double, ptr %21, align 8
  %103 = call double @llvm.fmuladd.f64(double -5.000000e-01, double %102, double %101)
  %104 = load i32, ptr %19, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [16 x double], ptr %16, i64 0, i64 %105
  store double %103, ptr %106, align 8
  br label %107

107:                                              ; preds = %94
  %108 = load i32, ptr %19, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %19, align 4
  br label %35, !llvm.loop !8

110:                                              ; preds = %35
  %111 = getelementptr inbounds [16 x double], ptr %16, i64 0, i64 0
  %112 = load i32, ptr %9, align 4
  %113 = call double @logsumexp(ptr noundef %111, i32 noundef %112)
  %114 = load double, ptr %17, align 8
  %115 = fadd double %114, %113
  store double %115, ptr %17, align 8
  br label %116

116:                                              ; preds = %110
  %117 = load i32, ptr %18, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %18, align 4
  br label %30, !llvm.loop !9

119:                                              ; preds = %30
  %120 = load double, ptr %15, align 8
  %121 = load i32, ptr %10, align 4
  %122 = sitofp i32 %121 to double
  %123 = load double, ptr %17, align 8
  %124 = call double @llvm.fmuladd.f64(double %120, double %122, double %123)
  %125 = load i32, ptr %10, align 4
  %126 = sitofp i32 %125 to double
  %127 = load ptr, ptr %11, align 8
  %128 = load i32, ptr %9, align 4
  %129 = call double @logsumexp(ptr noundef %127, i32 noundef %128)
  %130 = fneg double %126
  %131 = call double @llvm.fmuladd.f64(double %130, double %129, double %124)
  ret double %131
}

; Function Attrs: nounwind
declare double @log(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @logsumexp(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds double, ptr %9, i64 0
  %11 = load double, ptr %10, align 8
  store double %11, ptr %5, align 8
  store i32 1, ptr %6, align 4
  br label %12

12:                                               ; preds = %31, %2
  %13 = load i32, ptr %6, align 4
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %34

16:                                               ; preds = %12
  %17 = load ptr, ptr %3, align 8
  %18 = load i32, ptr %6, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds double, ptr %17, i64 %19
  %21 = load double, ptr %20, align 8
  %22 = load double, ptr %5, align 8
  %23 = fcmp ogt double %21, %22
  br i1 %23, label %24, label %30

24:                                               ; preds = %16
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds double, ptr %25, i64 %27
  %29 = load double, ptr %28, align 8
  store double %29, ptr %5, align 8
  br label %30

30:                                               ; preds = %24, %16
  br label %31

31:                                               ; preds = %30
  %32 = load i32, ptr %6, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %6, align 4
  br label %12, !llvm.loop !10

34:                                               ; preds = %12
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %35

35:                                               ; preds = %50, %34
  %36 = load i32, ptr %8, align 4
  %37 = load i32, ptr %4, align 4
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %39, label %53

39:                                               ; preds = %35
  %40 = load ptr, ptr %3, align 8
  %41 = load i32, ptr %8, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = load double, ptr %5, align 8
  %46 = fsub double %44, %45
  %47 = call double @exp(double noundef %46) #6
  %48 = load double, ptr %7, align 8
  %49 = fadd double %48, %47
  store double %49, ptr %7, align 8
  br label %50

50:                                               ; preds = %39
  %51 = load i32, ptr %8, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %8, align 4
  br label %35, !llvm.loop !11

53:                                               ; preds = %35
  %54 = load double, ptr %7, align 8
  %55 = call double @log(double noundef %54) #6
  %56 = load double, ptr %5, align 8
  %57 = fadd double %55, %56
  ret double %57
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x double], align 16
  %3 = alloca [6 x double], align 16
  %4 = alloca [6 x double], align 16
  %5 = alloca [8 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.alphas, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 48, i1 false)
  %6 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 1
  store double 5.000000e-01, ptr %6, align 8
  %7 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 2
  store double -1.000000e+00, ptr %7, align 16
  %8 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 3
  store double 1.500000e+00, ptr %8, align 8
  %9 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 4
  store double 2.000000e+00, ptr %9, align 16
  %10 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 5
  store double -5.000000e-01, ptr %10, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 48, i1 false)
  %11 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 0
  store double 1.000000e-01, ptr %11, align 16
  %12 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 1
  store double -2.000000e-01, ptr %12, align 8
  %13 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 2
  store double 5.000000e-02, ptr %13, align 16
  %14 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 3
  store double 3.000000e-01, ptr %14, align 8
  %15 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 4
  store double -1.000000e-01, ptr %15, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.x, i64 64, i1 false)
  %16 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0
  %17 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 0
  %18 = getelementptr inbounds [6 x double], ptr %4, i64 0, i64 0
  %19 = getelementptr inbounds [8 x double], ptr %5, i64 0, i64 0
  %20 = call double @gmm_objective(i32 noundef 2, i32 noundef 3, i32 noundef 4, ptr noundef %16, ptr noundef %17, ptr noundef %18, ptr noundef %19)
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %20)
  %22 = load ptr, ptr @stdout, align 8
  %23 = call i32 @fflush(ptr noundef %22)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare i32 @printf(ptr noundef, ...) #5

declare i32 @fflush(ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
