; ModuleID = 'large.c'
source_filename = "large.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel0(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %117, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %120

17:                                               ; preds = %13
  %18 = load double, ptr %11, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @atan(double noundef %19) #3
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @tanh(double noundef %21) #3
  %23 = load ptr, ptr %7, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = call double @llvm.fabs.f64(double %27)
  %29 = call double @sqrt(double noundef %28) #3
  %30 = load ptr, ptr %6, align 8
  %31 = load i32, ptr %12, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds double, ptr %30, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = call double @llvm.fabs.f64(double %34)
  %36 = call double @log1p(double noundef %35) #3
  %37 = fadd double %29, %36
  %38 = fadd double %22, %37
  %39 = load double, ptr %11, align 8
  %40 = fadd double %39, %38
  store double %40, ptr %11, align 8
  %41 = load ptr, ptr %6, align 8
  %42 = load i32, ptr %12, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds double, ptr %41, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sitofp i32 %46 to double
  %48 = fadd double %45, %47
  %49 = load ptr, ptr %6, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %49, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = load double, ptr %11, align 8
  %55 = fmul double %53, %54
  %56 = fmul double %48, %55
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @sqrt(double noundef %57) #3
  %59 = load double, ptr %11, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %11, align 8
  %61 = load ptr, ptr %7, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @atan(double noundef %66) #3
  %68 = load double, ptr %11, align 8
  %69 = load double, ptr %11, align 8
  %70 = fadd double %68, %69
  %71 = fsub double %67, %70
  %72 = load ptr, ptr %6, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = load double, ptr %11, align 8
  %78 = fmul double %76, %77
  %79 = load double, ptr %11, align 8
  %80 = call double @llvm.fabs.f64(double %79)
  %81 = call double @sin(double noundef %80) #3
  %82 = fneg double %78
  %83 = call double @llvm.fmuladd.f64(double %82, double %81, double %71)
  %84 = load double, ptr %11, align 8
  %85 = fadd double %84, %83
  store double %85, ptr %11, align 8
  %86 = load double, ptr %10, align 8
  %87 = load double, ptr %11, align 8
  %88 = load double, ptr %10, align 8
  %89 = load double, ptr %10, align 8
  %90 = fmul double %88, %89
  %91 = fneg double %90
  %92 = call double @llvm.fmuladd.f64(double %86, double %87, double %91)
  %93 = load ptr, ptr %7, align 8
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds double, ptr %93, i64 %95
  %97 = load double, ptr %96, align 8
  %98 = call double @llvm.fabs.f64(double %97)
  %99 = call double @atan(double noundef %98) #3
  %100 = call double @llvm.fabs.f64(double %99)
  %101 = call double @atan(double noundef %100) #3
  %102 = fsub double %92, %101
  %103 = load double, ptr %11, align 8
  %104 = fadd double %103, %102
  store double %104, ptr %11, align 8
  %105 = load double, ptr %11, align 8
  %106 = fcmp ogt double %105, 1.000000e+06
  br i1 %106, label %107, label %110

107:                                              ; preds = %17
  %108 = load double, ptr %11, align 8
  %109 = fmul double %108, 5.000000e-01
  store double %109, ptr %11, align 8
  br label %116

110:                                              ; preds = %17
  %111 = load double, ptr %11, align 8
  %112 = load ptr, ptr %7, align 8
  %113 = load i32, ptr %12, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds double, ptr %112, i64 %114
  store double %111, ptr %115, align 8
  br label %116

116:                                              ; preds = %110, %107
  br label %117

117:                                              ; preds = %116
  %118 = load i32, ptr %12, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %12, align 4
  br label %13, !llvm.loop !6

120:                                              ; preds = %13
  %121 = load double, ptr %11, align 8
  ret double %121
}

; Function Attrs: nounwind
declare double @tanh(double noundef) #1

; Function Attrs: nounwind
declare double @atan(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: nounwind
declare double @log1p(double noundef) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel1(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %102, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %105

17:                                               ; preds = %13
  %18 = load i32, ptr %12, align 4
  %19 = sitofp i32 %18 to double
  %20 = load double, ptr %9, align 8
  %21 = fsub double %19, %20
  %22 = load ptr, ptr %6, align 8
  %23 = load i32, ptr %12, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = load double, ptr %10, align 8
  %28 = fmul double %26, %27
  %29 = fmul double %21, %28
  %30 = call double @llvm.fabs.f64(double %29)
  %31 = call double @exp(double noundef %30) #3
  %32 = load double, ptr %11, align 8
  %33 = fadd double %32, %31
  store double %33, ptr %11, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sitofp i32 %34 to double
  %36 = fadd double %35, 1.500000e+00
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = call double @log1p(double noundef %37) #3
  %39 = call double @llvm.fabs.f64(double %38)
  %40 = call double @exp(double noundef %39) #3
  %41 = load double, ptr %11, align 8
  %42 = fadd double %41, %40
  store double %42, ptr %11, align 8
  %43 = load double, ptr %9, align 8
  %44 = load double, ptr %9, align 8
  %45 = fmul double %43, %44
  %46 = load ptr, ptr %6, align 8
  %47 = load i32, ptr %12, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds double, ptr %46, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = fsub double 1.500000e+00, %50
  %52 = load i32, ptr %12, align 4
  %53 = sitofp i32 %52 to double
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = fadd double %53, %58
  %60 = load i32, ptr %12, align 4
  %61 = sitofp i32 %60 to double
  %62 = load i32, ptr %12, align 4
  %63 = sitofp i32 %62 to double
  %64 = fmul double %61, %63
  %65 = fmul double %59, %64
  %66 = call double @llvm.fmuladd.f64(double %45, double %51, double %65)
  %67 = load double, ptr %11, align 8
  %68 = fadd double %67, %66
  store double %68, ptr %11, align 8
  %69 = load double, ptr %9, align 8
  %70 = load double, ptr %10, align 8
  %71 = fadd double %69, %70
  %72 = call double @llvm.fabs.f64(double %71)
  %73 = call double @log1p(double noundef %72) #3
  %74 = load ptr, ptr %7, align 8
  %75 = load i32, ptr %12, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds double, ptr %74, i64 %76
  %78 = load double, ptr %77, align 8
  %79 = load ptr, ptr %7, align 8
  %80 = load i32, ptr %12, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds double, ptr %79, i64 %81
  %83 = load double, ptr %82, align 8
  %84 = fsub double %78, %83
  %85 = call double @llvm.fabs.f64(double %84)
  %86 = call double @sin(double noundef %85) #3
  %87 = fsub double %73, %86
  %88 = load double, ptr %11, align 8
  %89 = fadd double %88, %87
  store double %89, ptr %11, align 8
  %90 = load double, ptr %11, align 8
  %91 = fcmp ogt double %90, 1.000000e+06
  br i1 %91, label %92, label %95

92:                                               ; preds = %17
  %93 = load double, ptr %11, align 8
  %94 = fmul double %93, 5.000000e-01
  store double %94, ptr %11, align 8
  br label %101

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = load ptr, ptr %7, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  store double %96, ptr %100, align 8
  br label %101

101:                                              ; preds = %95, %92
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %12, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %12, align 4
  br label %13, !llvm.loop !8

105:                                              ; preds = %13
  %106 = load double, ptr %11, align 8
  ret double %106
}

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel2(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %118, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %121

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = load i32, ptr %12, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = fadd double %18, %23
  %25 = load double, ptr %9, align 8
  %26 = fadd double %25, 1.500000e+00
  %27 = fsub double %24, %26
  %28 = load double, ptr %9, align 8
  %29 = call double @llvm.fabs.f64(double %28)
  %30 = call double @log1p(double noundef %29) #3
  %31 = load ptr, ptr %7, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load ptr, ptr %6, align 8
  %37 = load i32, ptr %12, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds double, ptr %36, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = fadd double %35, %40
  %42 = fneg double %30
  %43 = call double @llvm.fmuladd.f64(double %42, double %41, double %27)
  %44 = load double, ptr %11, align 8
  %45 = fadd double %44, %43
  store double %45, ptr %11, align 8
  %46 = load double, ptr %11, align 8
  %47 = call double @llvm.fabs.f64(double %46)
  %48 = call double @atan(double noundef %47) #3
  %49 = load ptr, ptr %7, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %49, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = call double @llvm.fabs.f64(double %53)
  %55 = call double @sin(double noundef %54) #3
  %56 = fadd double %48, %55
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @cos(double noundef %57) #3
  %59 = load double, ptr %11, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %11, align 8
  %61 = load ptr, ptr %7, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = fmul double %65, 1.500000e+00
  %67 = load i32, ptr %12, align 4
  %68 = sitofp i32 %67 to double
  %69 = load i32, ptr %12, align 4
  %70 = sitofp i32 %69 to double
  %71 = fmul double %68, %70
  %72 = load double, ptr %10, align 8
  %73 = load ptr, ptr %6, align 8
  %74 = load i32, ptr %12, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds double, ptr %73, i64 %75
  %77 = load double, ptr %76, align 8
  %78 = fsub double %72, %77
  %79 = fmul double 2.250000e+00, %78
  %80 = call double @llvm.fmuladd.f64(double %66, double %71, double %79)
  %81 = load double, ptr %11, align 8
  %82 = fadd double %81, %80
  store double %82, ptr %11, align 8
  %83 = load double, ptr %10, align 8
  %84 = call double @llvm.fabs.f64(double %83)
  %85 = call double @cos(double noundef %84) #3
  %86 = load ptr, ptr %6, align 8
  %87 = load i32, ptr %12, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds double, ptr %86, i64 %88
  %90 = load double, ptr %89, align 8
  %91 = call double @llvm.fabs.f64(double %90)
  %92 = call double @sqrt(double noundef %91) #3
  %93 = fadd double %85, %92
  %94 = load double, ptr %9, align 8
  %95 = load ptr, ptr %6, align 8
  %96 = load i32, ptr %12, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds double, ptr %95, i64 %97
  %99 = load double, ptr %98, align 8
  %100 = fmul double %94, %99
  %101 = call double @llvm.fabs.f64(double %100)
  %102 = call double @cos(double noundef %101) #3
  %103 = fadd double %93, %102
  %104 = load double, ptr %11, align 8
  %105 = fadd double %104, %103
  store double %105, ptr %11, align 8
  %106 = load double, ptr %11, align 8
  %107 = fcmp ogt double %106, 1.000000e+06
  br i1 %107, label %108, label %111

108:                                              ; preds = %17
  %109 = load double, ptr %11, align 8
  %110 = fmul double %109, 5.000000e-01
  store double %110, ptr %11, align 8
  br label %117

111:                                              ; preds = %17
  %112 = load double, ptr %11, align 8
  %113 = load ptr, ptr %7, align 8
  %114 = load i32, ptr %12, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds double, ptr %113, i64 %115
  store double %112, ptr %116, align 8
  br label %117

117:                                              ; preds = %111, %108
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %12, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %12, align 4
  br label %13, !llvm.loop !9

121:                                              ; preds = %13
  %122 = load double, ptr %11, align 8
  ret double %122
}

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel3(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %100, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %103

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @exp(double noundef %19) #3
  %21 = load ptr, ptr %6, align 8
  %22 = load i32, ptr %12, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = fadd double %25, 1.500000e+00
  %27 = fmul double %20, %26
  %28 = call double @llvm.fabs.f64(double %27)
  %29 = call double @cos(double noundef %28) #3
  %30 = load double, ptr %11, align 8
  %31 = fadd double %30, %29
  store double %31, ptr %11, align 8
  %32 = load double, ptr %9, align 8
  %33 = load ptr, ptr %7, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = fadd double %32, %37
  %39 = load i32, ptr %12, align 4
  %40 = sitofp i32 %39 to double
  %41 = load double, ptr %10, align 8
  %42 = fsub double %40, %41
  %43 = fadd double %38, %42
  %44 = load double, ptr %9, align 8
  %45 = call double @llvm.fabs.f64(double %44)
  %46 = call double @sqrt(double noundef %45) #3
  %47 = call double @llvm.fabs.f64(double %46)
  %48 = call double @sin(double noundef %47) #3
  %49 = load double, ptr %11, align 8
  %50 = call double @llvm.fmuladd.f64(double %43, double %48, double %49)
  store double %50, ptr %11, align 8
  %51 = load double, ptr %9, align 8
  %52 = load double, ptr %9, align 8
  %53 = load double, ptr %9, align 8
  %54 = fmul double %52, %53
  %55 = call double @llvm.fmuladd.f64(double %51, double 1.500000e+00, double %54)
  %56 = call double @llvm.fabs.f64(double %55)
  %57 = call double @sqrt(double noundef %56) #3
  %58 = load double, ptr %11, align 8
  %59 = fadd double %58, %57
  store double %59, ptr %11, align 8
  %60 = call double @llvm.fabs.f64(double 1.500000e+00)
  %61 = call double @sqrt(double noundef %60) #3
  %62 = load ptr, ptr %7, align 8
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds double, ptr %62, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = fmul double %66, 1.500000e+00
  %68 = load i32, ptr %12, align 4
  %69 = sitofp i32 %68 to double
  %70 = load ptr, ptr %7, align 8
  %71 = load i32, ptr %12, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds double, ptr %70, i64 %72
  %74 = load double, ptr %73, align 8
  %75 = fadd double %69, %74
  %76 = load i32, ptr %12, align 4
  %77 = sitofp i32 %76 to double
  %78 = load ptr, ptr %6, align 8
  %79 = load i32, ptr %12, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds double, ptr %78, i64 %80
  %82 = load double, ptr %81, align 8
  %83 = fadd double %77, %82
  %84 = fmul double %75, %83
  %85 = call double @llvm.fmuladd.f64(double %61, double %67, double %84)
  %86 = load double, ptr %11, align 8
  %87 = fadd double %86, %85
  store double %87, ptr %11, align 8
  %88 = load double, ptr %11, align 8
  %89 = fcmp ogt double %88, 1.000000e+06
  br i1 %89, label %90, label %93

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = fmul double %91, 5.000000e-01
  store double %92, ptr %11, align 8
  br label %99

93:                                               ; preds = %17
  %94 = load double, ptr %11, align 8
  %95 = load ptr, ptr %7, align 8
  %96 = load i32, ptr %12, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds double, ptr %95, i64 %97
  store double %94, ptr %98, align 8
  br label %99

99:                                               ; preds = %93, %90
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %12, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %12, align 4
  br label %13, !llvm.loop !10

103:                                              ; preds = %13
  %104 = load double, ptr %11, align 8
  ret double %104
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel4(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %98, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %101

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @sqrt(double noundef %19) #3
  %21 = load i32, ptr %12, align 4
  %22 = sitofp i32 %21 to double
  %23 = load double, ptr %9, align 8
  %24 = fsub double %22, %23
  %25 = fsub double %20, %24
  %26 = load double, ptr %9, align 8
  %27 = load double, ptr %10, align 8
  %28 = fadd double %26, %27
  %29 = call double @llvm.fabs.f64(double %28)
  %30 = call double @cos(double noundef %29) #3
  %31 = fadd double %25, %30
  %32 = load double, ptr %11, align 8
  %33 = fadd double %32, %31
  store double %33, ptr %11, align 8
  %34 = load double, ptr %10, align 8
  %35 = load double, ptr %9, align 8
  %36 = fmul double %34, %35
  %37 = load ptr, ptr %6, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = call double @llvm.fabs.f64(double %41)
  %43 = call double @tanh(double noundef %42) #3
  %44 = load double, ptr %10, align 8
  %45 = load double, ptr %10, align 8
  %46 = fadd double %44, %45
  %47 = load double, ptr %10, align 8
  %48 = fmul double 1.500000e+00, %47
  %49 = fmul double %46, %48
  %50 = fneg double %49
  %51 = call double @llvm.fmuladd.f64(double %36, double %43, double %50)
  %52 = load double, ptr %11, align 8
  %53 = fadd double %52, %51
  store double %53, ptr %11, align 8
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = call double @llvm.fabs.f64(double %58)
  %60 = call double @cos(double noundef %59) #3
  %61 = load double, ptr %10, align 8
  %62 = call double @llvm.fabs.f64(double %61)
  %63 = call double @sqrt(double noundef %62) #3
  %64 = fadd double %60, %63
  %65 = load double, ptr %10, align 8
  %66 = load double, ptr %9, align 8
  %67 = fmul double %65, %66
  %68 = call double @llvm.fabs.f64(double %67)
  %69 = call double @atan(double noundef %68) #3
  %70 = load double, ptr %11, align 8
  %71 = call double @llvm.fmuladd.f64(double %64, double %69, double %70)
  store double %71, ptr %11, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sitofp i32 %72 to double
  %74 = load ptr, ptr %6, align 8
  %75 = load i32, ptr %12, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds double, ptr %74, i64 %76
  %78 = load double, ptr %77, align 8
  %79 = fmul double %73, %78
  %80 = call double @llvm.fabs.f64(double %79)
  %81 = call double @sin(double noundef %80) #3
  %82 = call double @llvm.fabs.f64(double %81)
  %83 = call double @sqrt(double noundef %82) #3
  %84 = load double, ptr %11, align 8
  %85 = fadd double %84, %83
  store double %85, ptr %11, align 8
  %86 = load double, ptr %11, align 8
  %87 = fcmp ogt double %86, 1.000000e+06
  br i1 %87, label %88, label %91

88:                                               ; preds = %17
  %89 = load double, ptr %11, align 8
  %90 = fmul double %89, 5.000000e-01
  store double %90, ptr %11, align 8
  br label %97

91:                                               ; preds = %17
  %92 = load double, ptr %11, align 8
  %93 = load ptr, ptr %7, align 8
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds double, ptr %93, i64 %95
  store double %92, ptr %96, align 8
  br label %97

97:                                               ; preds = %91, %88
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %12, align 4
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %12, align 4
  br label %13, !llvm.loop !11

101:                                              ; preds = %13
  %102 = load double, ptr %11, align 8
  ret double %102
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel5(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %97, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %100

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @cos(double noundef %19) #3
  %21 = fadd double 3.000000e+00, %20
  %22 = load double, ptr %11, align 8
  %23 = fsub double %22, 1.500000e+00
  %24 = call double @llvm.fabs.f64(double %23)
  %25 = call double @sqrt(double noundef %24) #3
  %26 = load double, ptr %11, align 8
  %27 = call double @llvm.fmuladd.f64(double %21, double %25, double %26)
  store double %27, ptr %11, align 8
  %28 = load double, ptr %11, align 8
  %29 = load double, ptr %10, align 8
  %30 = fmul double %28, %29
  %31 = load double, ptr %11, align 8
  %32 = call double @llvm.fabs.f64(double %31)
  %33 = call double @cos(double noundef %32) #3
  %34 = fmul double %30, %33
  %35 = call double @llvm.fabs.f64(double %34)
  %36 = call double @tanh(double noundef %35) #3
  %37 = load double, ptr %11, align 8
  %38 = fadd double %37, %36
  store double %38, ptr %11, align 8
  %39 = load double, ptr %11, align 8
  %40 = fadd double %39, 1.500000e+00
  %41 = load double, ptr %11, align 8
  %42 = call double @llvm.fabs.f64(double %41)
  %43 = call double @log1p(double noundef %42) #3
  %44 = fadd double %40, %43
  %45 = load double, ptr %11, align 8
  %46 = load double, ptr %11, align 8
  %47 = fmul double %45, %46
  %48 = call double @llvm.fabs.f64(double %47)
  %49 = call double @sin(double noundef %48) #3
  %50 = load double, ptr %11, align 8
  %51 = call double @llvm.fmuladd.f64(double %44, double %49, double %50)
  store double %51, ptr %11, align 8
  %52 = load ptr, ptr %6, align 8
  %53 = load i32, ptr %12, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds double, ptr %52, i64 %54
  %56 = load double, ptr %55, align 8
  %57 = load ptr, ptr %7, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = fadd double %56, %61
  %63 = load double, ptr %11, align 8
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @sin(double noundef %64) #3
  %66 = fsub double %62, %65
  %67 = load ptr, ptr %6, align 8
  %68 = load i32, ptr %12, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds double, ptr %67, i64 %69
  %71 = load double, ptr %70, align 8
  %72 = load double, ptr %9, align 8
  %73 = fsub double %71, %72
  %74 = load double, ptr %11, align 8
  %75 = load ptr, ptr %7, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = fmul double %74, %79
  %81 = fneg double %73
  %82 = call double @llvm.fmuladd.f64(double %81, double %80, double %66)
  %83 = load double, ptr %11, align 8
  %84 = fadd double %83, %82
  store double %84, ptr %11, align 8
  %85 = load double, ptr %11, align 8
  %86 = fcmp ogt double %85, 1.000000e+06
  br i1 %86, label %87, label %90

87:                                               ; preds = %17
  %88 = load double, ptr %11, align 8
  %89 = fmul double %88, 5.000000e-01
  store double %89, ptr %11, align 8
  br label %96

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = load ptr, ptr %7, align 8
  %93 = load i32, ptr %12, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds double, ptr %92, i64 %94
  store double %91, ptr %95, align 8
  br label %96

96:                                               ; preds = %90, %87
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %12, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %12, align 4
  br label %13, !llvm.loop !12

100:                                              ; preds = %13
  %101 = load double, ptr %11, align 8
  ret double %101
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel6(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %105, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %108

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = load i32, ptr %12, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = fmul double %18, %23
  %25 = load double, ptr %9, align 8
  %26 = load ptr, ptr %7, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fmul double %25, %30
  %32 = load double, ptr %9, align 8
  %33 = load i32, ptr %12, align 4
  %34 = sitofp i32 %33 to double
  %35 = fadd double %32, %34
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @sin(double noundef %36) #3
  %38 = fneg double %37
  %39 = call double @llvm.fmuladd.f64(double %24, double %31, double %38)
  %40 = load double, ptr %11, align 8
  %41 = fadd double %40, %39
  store double %41, ptr %11, align 8
  %42 = load i32, ptr %12, align 4
  %43 = sitofp i32 %42 to double
  %44 = fadd double 1.500000e+00, %43
  %45 = call double @llvm.fabs.f64(double %44)
  %46 = call double @exp(double noundef %45) #3
  %47 = call double @llvm.fabs.f64(double %46)
  %48 = call double @sin(double noundef %47) #3
  %49 = load double, ptr %11, align 8
  %50 = fadd double %49, %48
  store double %50, ptr %11, align 8
  %51 = load double, ptr %10, align 8
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @cos(double noundef %52) #3
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = load double, ptr %10, align 8
  %60 = fsub double %58, %59
  %61 = fadd double %53, %60
  %62 = load ptr, ptr %7, align 8
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds double, ptr %62, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = load double, ptr %10, align 8
  %68 = fmul double %66, %67
  %69 = load double, ptr %10, align 8
  %70 = load double, ptr %9, align 8
  %71 = fadd double %69, %70
  %72 = call double @llvm.fmuladd.f64(double %68, double %71, double %61)
  %73 = load double, ptr %11, align 8
  %74 = fadd double %73, %72
  store double %74, ptr %11, align 8
  %75 = load double, ptr %10, align 8
  %76 = call double @llvm.fabs.f64(double %75)
  %77 = call double @sqrt(double noundef %76) #3
  %78 = load double, ptr %10, align 8
  %79 = load double, ptr %11, align 8
  %80 = fsub double %78, %79
  %81 = fsub double %77, %80
  %82 = load ptr, ptr %7, align 8
  %83 = load i32, ptr %12, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds double, ptr %82, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = call double @llvm.fabs.f64(double %86)
  %88 = call double @atan(double noundef %87) #3
  %89 = call double @llvm.fabs.f64(double %88)
  %90 = call double @sin(double noundef %89) #3
  %91 = load double, ptr %11, align 8
  %92 = call double @llvm.fmuladd.f64(double %81, double %90, double %91)
  store double %92, ptr %11, align 8
  %93 = load double, ptr %11, align 8
  %94 = fcmp ogt double %93, 1.000000e+06
  br i1 %94, label %95, label %98

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = fmul double %96, 5.000000e-01
  store double %97, ptr %11, align 8
  br label %104

98:                                               ; preds = %17
  %99 = load double, ptr %11, align 8
  %100 = load ptr, ptr %7, align 8
  %101 = load i32, ptr %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds double, ptr %100, i64 %102
  store double %99, ptr %103, align 8
  br label %104

104:                                              ; preds = %98, %95
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %12, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %12, align 4
  br label %13, !llvm.loop !13

108:                                              ; preds = %13
  %109 = load double, ptr %11, align 8
  ret double %109
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel7(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %100, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %103

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @atan(double noundef %23) #3
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @exp(double noundef %25) #3
  %27 = load double, ptr %11, align 8
  %28 = load double, ptr %11, align 8
  %29 = fneg double %27
  %30 = call double @llvm.fmuladd.f64(double %29, double %28, double 2.250000e+00)
  %31 = fsub double %26, %30
  %32 = load double, ptr %11, align 8
  %33 = fadd double %32, %31
  store double %33, ptr %11, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sitofp i32 %34 to double
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @atan(double noundef %36) #3
  %38 = load ptr, ptr %6, align 8
  %39 = load i32, ptr %12, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds double, ptr %38, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = load ptr, ptr %6, align 8
  %44 = load i32, ptr %12, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds double, ptr %43, i64 %45
  %47 = load double, ptr %46, align 8
  %48 = fsub double %42, %47
  %49 = fadd double %37, %48
  %50 = load ptr, ptr %7, align 8
  %51 = load i32, ptr %12, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds double, ptr %50, i64 %52
  %54 = load double, ptr %53, align 8
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @atan(double noundef %55) #3
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @exp(double noundef %57) #3
  %59 = load double, ptr %11, align 8
  %60 = call double @llvm.fmuladd.f64(double %49, double %58, double %59)
  store double %60, ptr %11, align 8
  %61 = load double, ptr %11, align 8
  %62 = load double, ptr %9, align 8
  %63 = fsub double %61, %62
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @sin(double noundef %64) #3
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @atan(double noundef %66) #3
  %68 = load double, ptr %11, align 8
  %69 = fadd double %68, %67
  store double %69, ptr %11, align 8
  %70 = load ptr, ptr %7, align 8
  %71 = load i32, ptr %12, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds double, ptr %70, i64 %72
  %74 = load double, ptr %73, align 8
  %75 = call double @llvm.fabs.f64(double %74)
  %76 = call double @sin(double noundef %75) #3
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @tanh(double noundef %77) #3
  %79 = load i32, ptr %12, align 4
  %80 = sitofp i32 %79 to double
  %81 = load double, ptr %11, align 8
  %82 = fsub double %80, %81
  %83 = call double @llvm.fabs.f64(double %82)
  %84 = call double @cos(double noundef %83) #3
  %85 = fsub double %78, %84
  %86 = load double, ptr %11, align 8
  %87 = fadd double %86, %85
  store double %87, ptr %11, align 8
  %88 = load double, ptr %11, align 8
  %89 = fcmp ogt double %88, 1.000000e+06
  br i1 %89, label %90, label %93

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = fmul double %91, 5.000000e-01
  store double %92, ptr %11, align 8
  br label %99

93:                                               ; preds = %17
  %94 = load double, ptr %11, align 8
  %95 = load ptr, ptr %7, align 8
  %96 = load i32, ptr %12, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds double, ptr %95, i64 %97
  store double %94, ptr %98, align 8
  br label %99

99:                                               ; preds = %93, %90
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %12, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %12, align 4
  br label %13, !llvm.loop !14

103:                                              ; preds = %13
  %104 = load double, ptr %11, align 8
  ret double %104
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel8(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %98, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %101

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = fsub double %18, 1.500000e+00
  %20 = call double @llvm.fabs.f64(double %19)
  %21 = call double @sqrt(double noundef %20) #3
  %22 = load i32, ptr %12, align 4
  %23 = sitofp i32 %22 to double
  %24 = call double @llvm.fabs.f64(double %23)
  %25 = call double @sin(double noundef %24) #3
  %26 = load ptr, ptr %7, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load double, ptr %10, align 8
  %32 = fmul double %30, %31
  %33 = call double @llvm.fmuladd.f64(double %25, double %32, double %21)
  %34 = load double, ptr %11, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %11, align 8
  %36 = load i32, ptr %12, align 4
  %37 = sitofp i32 %36 to double
  %38 = load double, ptr %11, align 8
  %39 = fsub double %37, %38
  %40 = call double @llvm.fabs.f64(double %39)
  %41 = call double @atan(double noundef %40) #3
  %42 = call double @llvm.fabs.f64(double %41)
  %43 = call double @log1p(double noundef %42) #3
  %44 = load double, ptr %11, align 8
  %45 = fadd double %44, %43
  store double %45, ptr %11, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sitofp i32 %46 to double
  %48 = load ptr, ptr %7, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = fadd double %47, %52
  %54 = load i32, ptr %12, align 4
  %55 = sitofp i32 %54 to double
  %56 = call double @llvm.fabs.f64(double %55)
  %57 = call double @tanh(double noundef %56) #3
  %58 = fsub double %53, %57
  %59 = load ptr, ptr %6, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = fadd double 1.500000e+00, %63
  %65 = call double @llvm.fabs.f64(double %64)
  %66 = call double @exp(double noundef %65) #3
  %67 = load double, ptr %11, align 8
  %68 = call double @llvm.fmuladd.f64(double %58, double %66, double %67)
  store double %68, ptr %11, align 8
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = load i32, ptr %12, align 4
  %75 = sitofp i32 %74 to double
  %76 = fadd double %73, %75
  %77 = load i32, ptr %12, align 4
  %78 = sitofp i32 %77 to double
  %79 = load double, ptr %11, align 8
  %80 = fsub double %78, %79
  %81 = fsub double %76, %80
  %82 = call double @llvm.fabs.f64(double %81)
  %83 = call double @tanh(double noundef %82) #3
  %84 = load double, ptr %11, align 8
  %85 = fadd double %84, %83
  store double %85, ptr %11, align 8
  %86 = load double, ptr %11, align 8
  %87 = fcmp ogt double %86, 1.000000e+06
  br i1 %87, label %88, label %91

88:                                               ; preds = %17
  %89 = load double, ptr %11, align 8
  %90 = fmul double %89, 5.000000e-01
  store double %90, ptr %11, align 8
  br label %97

91:                                               ; preds = %17
  %92 = load double, ptr %11, align 8
  %93 = load ptr, ptr %7, align 8
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds double, ptr %93, i64 %95
  store double %92, ptr %96, align 8
  br label %97

97:                                               ; preds = %91, %88
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %12, align 4
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %12, align 4
  br label %13, !llvm.loop !15

101:                                              ; preds = %13
  %102 = load double, ptr %11, align 8
  ret double %102
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel9(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %89, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %92

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @log1p(double noundef %23) #3
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @cos(double noundef %25) #3
  %27 = call double @llvm.fabs.f64(double %26)
  %28 = call double @exp(double noundef %27) #3
  %29 = load double, ptr %11, align 8
  %30 = fadd double %29, %28
  store double %30, ptr %11, align 8
  %31 = load ptr, ptr %7, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load double, ptr %9, align 8
  %37 = fadd double %35, %36
  %38 = load ptr, ptr %6, align 8
  %39 = load i32, ptr %12, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds double, ptr %38, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = load double, ptr %10, align 8
  %44 = fsub double %42, %43
  %45 = fadd double %37, %44
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @exp(double noundef %46) #3
  %48 = load double, ptr %11, align 8
  %49 = fadd double %48, %47
  store double %49, ptr %11, align 8
  %50 = call double @llvm.fabs.f64(double 1.500000e+00)
  %51 = call double @sqrt(double noundef %50) #3
  %52 = load ptr, ptr %6, align 8
  %53 = load i32, ptr %12, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds double, ptr %52, i64 %54
  %56 = load double, ptr %55, align 8
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @atan(double noundef %57) #3
  %59 = fadd double %51, %58
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = call double @exp(double noundef %60) #3
  %62 = load double, ptr %11, align 8
  %63 = fadd double %62, %61
  store double %63, ptr %11, align 8
  %64 = load ptr, ptr %7, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = call double @llvm.fabs.f64(double %68)
  %70 = call double @tanh(double noundef %69) #3
  %71 = call double @llvm.fabs.f64(double %70)
  %72 = call double @sin(double noundef %71) #3
  %73 = call double @llvm.fabs.f64(double %72)
  %74 = call double @sqrt(double noundef %73) #3
  %75 = load double, ptr %11, align 8
  %76 = fadd double %75, %74
  store double %76, ptr %11, align 8
  %77 = load double, ptr %11, align 8
  %78 = fcmp ogt double %77, 1.000000e+06
  br i1 %78, label %79, label %82

79:                                               ; preds = %17
  %80 = load double, ptr %11, align 8
  %81 = fmul double %80, 5.000000e-01
  store double %81, ptr %11, align 8
  br label %88

82:                                               ; preds = %17
  %83 = load double, ptr %11, align 8
  %84 = load ptr, ptr %7, align 8
  %85 = load i32, ptr %12, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds double, ptr %84, i64 %86
  store double %83, ptr %87, align 8
  br label %88

88:                                               ; preds = %82, %79
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %12, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %12, align 4
  br label %13, !llvm.loop !16

92:                                               ; preds = %13
  %93 = load double, ptr %11, align 8
  ret double %93
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel10(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %88, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %91

17:                                               ; preds = %13
  %18 = call double @llvm.fabs.f64(double 1.500000e+00)
  %19 = call double @tanh(double noundef %18) #3
  %20 = load double, ptr %9, align 8
  %21 = load double, ptr %10, align 8
  %22 = fmul double %20, %21
  %23 = fmul double %19, %22
  %24 = call double @llvm.fabs.f64(double %23)
  %25 = call double @sqrt(double noundef %24) #3
  %26 = load double, ptr %11, align 8
  %27 = fadd double %26, %25
  store double %27, ptr %11, align 8
  %28 = call double @llvm.fabs.f64(double 1.500000e+00)
  %29 = call double @atan(double noundef %28) #3
  %30 = load i32, ptr %12, align 4
  %31 = sitofp i32 %30 to double
  %32 = load i32, ptr %12, align 4
  %33 = sitofp i32 %32 to double
  %34 = fsub double %31, %33
  %35 = fmul double %29, %34
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @tanh(double noundef %36) #3
  %38 = load double, ptr %11, align 8
  %39 = fadd double %38, %37
  store double %39, ptr %11, align 8
  %40 = load double, ptr %11, align 8
  %41 = load double, ptr %11, align 8
  %42 = load i32, ptr %12, align 4
  %43 = sitofp i32 %42 to double
  %44 = fmul double %41, %43
  %45 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %40, double %44)
  %46 = load ptr, ptr %7, align 8
  %47 = load i32, ptr %12, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds double, ptr %46, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = call double @llvm.fabs.f64(double %50)
  %52 = call double @sin(double noundef %51) #3
  %53 = load ptr, ptr %6, align 8
  %54 = load i32, ptr %12, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds double, ptr %53, i64 %55
  %57 = load double, ptr %56, align 8
  %58 = fsub double %57, 1.500000e+00
  %59 = fmul double %52, %58
  %60 = load double, ptr %11, align 8
  %61 = call double @llvm.fmuladd.f64(double %45, double %59, double %60)
  store double %61, ptr %11, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sitofp i32 %62 to double
  %64 = load double, ptr %10, align 8
  %65 = fadd double %63, %64
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @sin(double noundef %66) #3
  %68 = load double, ptr %11, align 8
  %69 = call double @llvm.fabs.f64(double %68)
  %70 = call double @sqrt(double noundef %69) #3
  %71 = call double @llvm.fabs.f64(double %70)
  %72 = call double @atan(double noundef %71) #3
  %73 = fsub double %67, %72
  %74 = load double, ptr %11, align 8
  %75 = fadd double %74, %73
  store double %75, ptr %11, align 8
  %76 = load double, ptr %11, align 8
  %77 = fcmp ogt double %76, 1.000000e+06
  br i1 %77, label %78, label %81

78:                                               ; preds = %17
  %79 = load double, ptr %11, align 8
  %80 = fmul double %79, 5.000000e-01
  store double %80, ptr %11, align 8
  br label %87

81:                                               ; preds = %17
  %82 = load double, ptr %11, align 8
  %83 = load ptr, ptr %7, align 8
  %84 = load i32, ptr %12, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %83, i64 %85
  store double %82, ptr %86, align 8
  br label %87

87:                                               ; preds = %81, %78
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %12, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %12, align 4
  br label %13, !llvm.loop !17

91:                                               ; preds = %13
  %92 = load double, ptr %11, align 8
  ret double %92
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel11(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %96, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %99

17:                                               ; preds = %13
  %18 = call double @llvm.fabs.f64(double 3.000000e+00)
  %19 = call double @tanh(double noundef %18) #3
  %20 = call double @llvm.fabs.f64(double %19)
  %21 = call double @sqrt(double noundef %20) #3
  %22 = load double, ptr %11, align 8
  %23 = fadd double %22, %21
  store double %23, ptr %11, align 8
  %24 = load double, ptr %10, align 8
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @tanh(double noundef %25) #3
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sitofp i32 %32 to double
  %34 = fsub double %31, %33
  %35 = fsub double %26, %34
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @tanh(double noundef %36) #3
  %38 = load double, ptr %11, align 8
  %39 = fadd double %38, %37
  store double %39, ptr %11, align 8
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %12, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = load ptr, ptr %7, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds double, ptr %45, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sitofp i32 %50 to double
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @tanh(double noundef %52) #3
  %54 = fneg double %53
  %55 = call double @llvm.fmuladd.f64(double %44, double %49, double %54)
  %56 = call double @llvm.fabs.f64(double %55)
  %57 = call double @sin(double noundef %56) #3
  %58 = load double, ptr %11, align 8
  %59 = fadd double %58, %57
  store double %59, ptr %11, align 8
  %60 = load double, ptr %10, align 8
  %61 = call double @llvm.fabs.f64(double %60)
  %62 = call double @sin(double noundef %61) #3
  %63 = load ptr, ptr %6, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds double, ptr %63, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = load ptr, ptr %7, align 8
  %69 = load i32, ptr %12, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = fneg double %67
  %74 = call double @llvm.fmuladd.f64(double %73, double %72, double %62)
  %75 = load double, ptr %9, align 8
  %76 = load double, ptr %10, align 8
  %77 = fsub double %75, %76
  %78 = load double, ptr %11, align 8
  %79 = load double, ptr %9, align 8
  %80 = fadd double %78, %79
  %81 = fsub double %77, %80
  %82 = load double, ptr %11, align 8
  %83 = call double @llvm.fmuladd.f64(double %74, double %81, double %82)
  store double %83, ptr %11, align 8
  %84 = load double, ptr %11, align 8
  %85 = fcmp ogt double %84, 1.000000e+06
  br i1 %85, label %86, label %89

86:                                               ; preds = %17
  %87 = load double, ptr %11, align 8
  %88 = fmul double %87, 5.000000e-01
  store double %88, ptr %11, align 8
  br label %95

89:                                               ; preds = %17
  %90 = load double, ptr %11, align 8
  %91 = load ptr, ptr %7, align 8
  %92 = load i32, ptr %12, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds double, ptr %91, i64 %93
  store double %90, ptr %94, align 8
  br label %95

95:                                               ; preds = %89, %86
  br label %96

96:                                               ; preds = %95
  %97 = load i32, ptr %12, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %12, align 4
  br label %13, !llvm.loop !18

99:                                               ; preds = %13
  %100 = load double, ptr %11, align 8
  ret double %100
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel12(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %110, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %113

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @log1p(double noundef %23) #3
  %25 = load double, ptr %10, align 8
  %26 = load double, ptr %10, align 8
  %27 = fsub double %25, %26
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = load double, ptr %9, align 8
  %39 = load ptr, ptr %7, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds double, ptr %39, i64 %41
  %43 = load double, ptr %42, align 8
  %44 = fsub double %38, %43
  %45 = call double @llvm.fmuladd.f64(double %32, double %37, double %44)
  %46 = call double @llvm.fmuladd.f64(double %24, double %27, double %45)
  %47 = load double, ptr %11, align 8
  %48 = fadd double %47, %46
  store double %48, ptr %11, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sitofp i32 %49 to double
  %51 = call double @llvm.fabs.f64(double %50)
  %52 = call double @sin(double noundef %51) #3
  %53 = load double, ptr %10, align 8
  %54 = call double @llvm.fabs.f64(double %53)
  %55 = call double @log1p(double noundef %54) #3
  %56 = fsub double %52, %55
  %57 = load double, ptr %10, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sitofp i32 %58 to double
  %60 = fsub double %57, %59
  %61 = call double @llvm.fabs.f64(double %60)
  %62 = call double @log1p(double noundef %61) #3
  %63 = fadd double %56, %62
  %64 = load double, ptr %11, align 8
  %65 = fadd double %64, %63
  store double %65, ptr %11, align 8
  %66 = load ptr, ptr %6, align 8
  %67 = load i32, ptr %12, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds double, ptr %66, i64 %68
  %70 = load double, ptr %69, align 8
  %71 = call double @llvm.fabs.f64(double %70)
  %72 = call double @exp(double noundef %71) #3
  %73 = load ptr, ptr %6, align 8
  %74 = load i32, ptr %12, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds double, ptr %73, i64 %75
  %77 = load double, ptr %76, align 8
  %78 = fsub double 1.500000e+00, %77
  %79 = fsub double %72, %78
  %80 = call double @llvm.fabs.f64(double %79)
  %81 = call double @exp(double noundef %80) #3
  %82 = load double, ptr %11, align 8
  %83 = fadd double %82, %81
  store double %83, ptr %11, align 8
  %84 = load double, ptr %9, align 8
  %85 = load double, ptr %9, align 8
  %86 = fsub double %84, %85
  %87 = call double @llvm.fabs.f64(double %86)
  %88 = call double @sin(double noundef %87) #3
  %89 = load double, ptr %11, align 8
  %90 = load double, ptr %9, align 8
  %91 = fadd double %89, %90
  %92 = load double, ptr %9, align 8
  %93 = fadd double 1.500000e+00, %92
  %94 = fsub double %91, %93
  %95 = fadd double %88, %94
  %96 = load double, ptr %11, align 8
  %97 = fadd double %96, %95
  store double %97, ptr %11, align 8
  %98 = load double, ptr %11, align 8
  %99 = fcmp ogt double %98, 1.000000e+06
  br i1 %99, label %100, label %103

100:                                              ; preds = %17
  %101 = load double, ptr %11, align 8
  %102 = fmul double %101, 5.000000e-01
  store double %102, ptr %11, align 8
  br label %109

103:                                              ; preds = %17
  %104 = load double, ptr %11, align 8
  %105 = load ptr, ptr %7, align 8
  %106 = load i32, ptr %12, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds double, ptr %105, i64 %107
  store double %104, ptr %108, align 8
  br label %109

109:                                              ; preds = %103, %100
  br label %110

110:                                              ; preds = %109
  %111 = load i32, ptr %12, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %12, align 4
  br label %13, !llvm.loop !19

113:                                              ; preds = %13
  %114 = load double, ptr %11, align 8
  ret double %114
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel13(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %122, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %125

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %9, align 8
  %24 = fadd double %22, %23
  %25 = load ptr, ptr %7, align 8
  %26 = load i32, ptr %12, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds double, ptr %25, i64 %27
  %29 = load double, ptr %28, align 8
  %30 = fsub double %29, 1.500000e+00
  %31 = fsub double %24, %30
  %32 = call double @llvm.fabs.f64(double %31)
  %33 = call double @atan(double noundef %32) #3
  %34 = load double, ptr %11, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %11, align 8
  %36 = load i32, ptr %12, align 4
  %37 = sitofp i32 %36 to double
  %38 = load double, ptr %11, align 8
  %39 = fsub double %37, %38
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %12, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = call double @llvm.fabs.f64(double %44)
  %46 = call double @sin(double noundef %45) #3
  %47 = fmul double %39, %46
  %48 = load ptr, ptr %7, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = load double, ptr %11, align 8
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = fadd double %53, %58
  %60 = fneg double %59
  %61 = call double @llvm.fmuladd.f64(double %52, double 1.500000e+00, double %60)
  %62 = load double, ptr %11, align 8
  %63 = call double @llvm.fmuladd.f64(double %47, double %61, double %62)
  store double %63, ptr %11, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sitofp i32 %64 to double
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @tanh(double noundef %66) #3
  %68 = load ptr, ptr %7, align 8
  %69 = load i32, ptr %12, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = call double @llvm.fabs.f64(double %72)
  %74 = call double @tanh(double noundef %73) #3
  %75 = load ptr, ptr %6, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = load i32, ptr %12, align 4
  %81 = sitofp i32 %80 to double
  %82 = fadd double %79, %81
  %83 = call double @llvm.fabs.f64(double 1.500000e+00)
  %84 = call double @sqrt(double noundef %83) #3
  %85 = fadd double %82, %84
  %86 = fneg double %85
  %87 = call double @llvm.fmuladd.f64(double %67, double %74, double %86)
  %88 = load double, ptr %11, align 8
  %89 = fadd double %88, %87
  store double %89, ptr %11, align 8
  %90 = load double, ptr %10, align 8
  %91 = load ptr, ptr %7, align 8
  %92 = load i32, ptr %12, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds double, ptr %91, i64 %93
  %95 = load double, ptr %94, align 8
  %96 = fsub double %90, %95
  %97 = call double @llvm.fabs.f64(double %96)
  %98 = call double @exp(double noundef %97) #3
  %99 = load ptr, ptr %6, align 8
  %100 = load i32, ptr %12, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds double, ptr %99, i64 %101
  %103 = load double, ptr %102, align 8
  %104 = call double @llvm.fabs.f64(double %103)
  %105 = call double @sqrt(double noundef %104) #3
  %106 = call double @llvm.fabs.f64(double %105)
  %107 = call double @sin(double noundef %106) #3
  %108 = load double, ptr %11, align 8
  %109 = call double @llvm.fmuladd.f64(double %98, double %107, double %108)
  store double %109, ptr %11, align 8
  %110 = load double, ptr %11, align 8
  %111 = fcmp ogt double %110, 1.000000e+06
  br i1 %111, label %112, label %115

112:                                              ; preds = %17
  %113 = load double, ptr %11, align 8
  %114 = fmul double %113, 5.000000e-01
  store double %114, ptr %11, align 8
  br label %121

115:                                              ; preds = %17
  %116 = load double, ptr %11, align 8
  %117 = load ptr, ptr %7, align 8
  %118 = load i32, ptr %12, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds double, ptr %117, i64 %119
  store double %116, ptr %120, align 8
  br label %121

121:                                              ; preds = %115, %112
  br label %122

122:                                              ; preds = %121
  %123 = load i32, ptr %12, align 4
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %12, align 4
  br label %13, !llvm.loop !20

125:                                              ; preds = %13
  %126 = load double, ptr %11, align 8
  ret double %126
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel14(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %124, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %127

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load i32, ptr %12, align 4
  %24 = sitofp i32 %23 to double
  %25 = fadd double %22, %24
  %26 = load i32, ptr %12, align 4
  %27 = sitofp i32 %26 to double
  %28 = load ptr, ptr %7, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = fneg double %27
  %34 = call double @llvm.fmuladd.f64(double %33, double %32, double %25)
  %35 = load double, ptr %11, align 8
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @exp(double noundef %36) #3
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = call double @atan(double noundef %38) #3
  %40 = fsub double %34, %39
  %41 = load double, ptr %11, align 8
  %42 = fadd double %41, %40
  store double %42, ptr %11, align 8
  %43 = load ptr, ptr %6, align 8
  %44 = load i32, ptr %12, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds double, ptr %43, i64 %45
  %47 = load double, ptr %46, align 8
  %48 = fadd double 1.500000e+00, %47
  %49 = call double @llvm.fabs.f64(double %48)
  %50 = call double @sqrt(double noundef %49) #3
  %51 = load i32, ptr %12, align 4
  %52 = sitofp i32 %51 to double
  %53 = load double, ptr %10, align 8
  %54 = fsub double %52, %53
  %55 = load ptr, ptr %7, align 8
  %56 = load i32, ptr %12, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds double, ptr %55, i64 %57
  %59 = load double, ptr %58, align 8
  %60 = fadd double 1.500000e+00, %59
  %61 = fsub double %54, %60
  %62 = fsub double %50, %61
  %63 = load double, ptr %11, align 8
  %64 = fadd double %63, %62
  store double %64, ptr %11, align 8
  %65 = load double, ptr %11, align 8
  %66 = load ptr, ptr %6, align 8
  %67 = load i32, ptr %12, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds double, ptr %66, i64 %68
  %70 = load double, ptr %69, align 8
  %71 = fsub double %65, %70
  %72 = fadd double %71, 2.250000e+00
  %73 = call double @llvm.fabs.f64(double %72)
  %74 = call double @tanh(double noundef %73) #3
  %75 = load double, ptr %11, align 8
  %76 = fadd double %75, %74
  store double %76, ptr %11, align 8
  %77 = load ptr, ptr %7, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds double, ptr %77, i64 %79
  %81 = load double, ptr %80, align 8
  %82 = load ptr, ptr %7, align 8
  %83 = load i32, ptr %12, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds double, ptr %82, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = fadd double %81, %86
  %88 = load ptr, ptr %6, align 8
  %89 = load i32, ptr %12, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds double, ptr %88, i64 %90
  %92 = load double, ptr %91, align 8
  %93 = load i32, ptr %12, align 4
  %94 = sitofp i32 %93 to double
  %95 = fmul double %92, %94
  %96 = fmul double %87, %95
  %97 = load ptr, ptr %6, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  %101 = load double, ptr %100, align 8
  %102 = load ptr, ptr %7, align 8
  %103 = load i32, ptr %12, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds double, ptr %102, i64 %104
  %106 = load double, ptr %105, align 8
  %107 = call double @llvm.fabs.f64(double %106)
  %108 = call double @cos(double noundef %107) #3
  %109 = call double @llvm.fmuladd.f64(double %101, double 1.500000e+00, double %108)
  %110 = load double, ptr %11, align 8
  %111 = call double @llvm.fmuladd.f64(double %96, double %109, double %110)
  store double %111, ptr %11, align 8
  %112 = load double, ptr %11, align 8
  %113 = fcmp ogt double %112, 1.000000e+06
  br i1 %113, label %114, label %117

114:                                              ; preds = %17
  %115 = load double, ptr %11, align 8
  %116 = fmul double %115, 5.000000e-01
  store double %116, ptr %11, align 8
  br label %123

117:                                              ; preds = %17
  %118 = load double, ptr %11, align 8
  %119 = load ptr, ptr %7, align 8
  %120 = load i32, ptr %12, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds double, ptr %119, i64 %121
  store double %118, ptr %122, align 8
  br label %123

123:                                              ; preds = %117, %114
  br label %124

124:                                              ; preds = %123
  %125 = load i32, ptr %12, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %12, align 4
  br label %13, !llvm.loop !21

127:                                              ; preds = %13
  %128 = load double, ptr %11, align 8
  ret double %128
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel15(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %126, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %129

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %9, align 8
  %24 = fmul double %22, %23
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @tanh(double noundef %25) #3
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = load ptr, ptr %6, align 8
  %33 = load i32, ptr %12, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = fadd double %31, %36
  %38 = load double, ptr %11, align 8
  %39 = load double, ptr %10, align 8
  %40 = fadd double %38, %39
  %41 = fsub double %37, %40
  %42 = load double, ptr %11, align 8
  %43 = call double @llvm.fmuladd.f64(double %26, double %41, double %42)
  store double %43, ptr %11, align 8
  %44 = load double, ptr %10, align 8
  %45 = call double @llvm.fabs.f64(double %44)
  %46 = call double @exp(double noundef %45) #3
  %47 = load i32, ptr %12, align 4
  %48 = sitofp i32 %47 to double
  %49 = load double, ptr %10, align 8
  %50 = fadd double %48, %49
  %51 = fsub double %46, %50
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @atan(double noundef %52) #3
  %54 = load double, ptr %11, align 8
  %55 = fadd double %54, %53
  store double %55, ptr %11, align 8
  %56 = load i32, ptr %12, align 4
  %57 = sitofp i32 %56 to double
  %58 = call double @llvm.fabs.f64(double %57)
  %59 = call double @log1p(double noundef %58) #3
  %60 = load ptr, ptr %6, align 8
  %61 = load i32, ptr %12, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds double, ptr %60, i64 %62
  %64 = load double, ptr %63, align 8
  %65 = load double, ptr %10, align 8
  %66 = fadd double %64, %65
  %67 = fmul double %59, %66
  %68 = load i32, ptr %12, align 4
  %69 = sitofp i32 %68 to double
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @cos(double noundef %70) #3
  %72 = load ptr, ptr %7, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = load ptr, ptr %6, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds double, ptr %77, i64 %79
  %81 = load double, ptr %80, align 8
  %82 = fsub double %76, %81
  %83 = fsub double %71, %82
  %84 = load double, ptr %11, align 8
  %85 = call double @llvm.fmuladd.f64(double %67, double %83, double %84)
  store double %85, ptr %11, align 8
  %86 = load double, ptr %10, align 8
  %87 = load ptr, ptr %6, align 8
  %88 = load i32, ptr %12, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds double, ptr %87, i64 %89
  %91 = load double, ptr %90, align 8
  %92 = fadd double %86, %91
  %93 = load double, ptr %11, align 8
  %94 = load ptr, ptr %7, align 8
  %95 = load i32, ptr %12, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds double, ptr %94, i64 %96
  %98 = load double, ptr %97, align 8
  %99 = fadd double %93, %98
  %100 = fsub double %92, %99
  %101 = load ptr, ptr %7, align 8
  %102 = load i32, ptr %12, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds double, ptr %101, i64 %103
  %105 = load double, ptr %104, align 8
  %106 = fadd double 1.500000e+00, %105
  %107 = load double, ptr %9, align 8
  %108 = call double @llvm.fabs.f64(double %107)
  %109 = call double @atan(double noundef %108) #3
  %110 = fsub double %106, %109
  %111 = fsub double %100, %110
  %112 = load double, ptr %11, align 8
  %113 = fadd double %112, %111
  store double %113, ptr %11, align 8
  %114 = load double, ptr %11, align 8
  %115 = fcmp ogt double %114, 1.000000e+06
  br i1 %115, label %116, label %119

116:                                              ; preds = %17
  %117 = load double, ptr %11, align 8
  %118 = fmul double %117, 5.000000e-01
  store double %118, ptr %11, align 8
  br label %125

119:                                              ; preds = %17
  %120 = load double, ptr %11, align 8
  %121 = load ptr, ptr %7, align 8
  %122 = load i32, ptr %12, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds double, ptr %121, i64 %123
  store double %120, ptr %124, align 8
  br label %125

125:                                              ; preds = %119, %116
  br label %126

126:                                              ; preds = %125
  %127 = load i32, ptr %12, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %12, align 4
  br label %13, !llvm.loop !22

129:                                              ; preds = %13
  %130 = load double, ptr %11, align 8
  ret double %130
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel16(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %115, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %118

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @cos(double noundef %19) #3
  %21 = load ptr, ptr %6, align 8
  %22 = load i32, ptr %12, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = load ptr, ptr %7, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fneg double %25
  %32 = call double @llvm.fmuladd.f64(double %31, double %30, double %20)
  %33 = call double @llvm.fabs.f64(double %32)
  %34 = call double @sqrt(double noundef %33) #3
  %35 = load double, ptr %11, align 8
  %36 = fadd double %35, %34
  store double %36, ptr %11, align 8
  %37 = load ptr, ptr %7, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = load ptr, ptr %6, align 8
  %43 = load i32, ptr %12, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds double, ptr %42, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = fsub double %41, %46
  %48 = call double @llvm.fabs.f64(double %47)
  %49 = call double @sin(double noundef %48) #3
  %50 = load i32, ptr %12, align 4
  %51 = sitofp i32 %50 to double
  %52 = load i32, ptr %12, align 4
  %53 = sitofp i32 %52 to double
  %54 = fsub double %51, %53
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @log1p(double noundef %55) #3
  %57 = load double, ptr %11, align 8
  %58 = call double @llvm.fmuladd.f64(double %49, double %56, double %57)
  store double %58, ptr %11, align 8
  %59 = load ptr, ptr %7, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = load double, ptr %11, align 8
  %65 = fmul double %63, %64
  %66 = load double, ptr %9, align 8
  %67 = load i32, ptr %12, align 4
  %68 = sitofp i32 %67 to double
  %69 = fmul double %66, %68
  %70 = fmul double %65, %69
  %71 = call double @llvm.fabs.f64(double %70)
  %72 = call double @sin(double noundef %71) #3
  %73 = load double, ptr %11, align 8
  %74 = fadd double %73, %72
  store double %74, ptr %11, align 8
  %75 = load ptr, ptr %7, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = load ptr, ptr %6, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %80, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = fadd double %79, %84
  %86 = load double, ptr %10, align 8
  %87 = call double @llvm.fabs.f64(double %86)
  %88 = call double @exp(double noundef %87) #3
  %89 = fadd double %85, %88
  %90 = load double, ptr %10, align 8
  %91 = fsub double %90, 1.500000e+00
  %92 = load double, ptr %10, align 8
  %93 = load ptr, ptr %6, align 8
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds double, ptr %93, i64 %95
  %97 = load double, ptr %96, align 8
  %98 = fadd double %92, %97
  %99 = fsub double %91, %98
  %100 = fadd double %89, %99
  %101 = load double, ptr %11, align 8
  %102 = fadd double %101, %100
  store double %102, ptr %11, align 8
  %103 = load double, ptr %11, align 8
  %104 = fcmp ogt double %103, 1.000000e+06
  br i1 %104, label %105, label %108

105:                                              ; preds = %17
  %106 = load double, ptr %11, align 8
  %107 = fmul double %106, 5.000000e-01
  store double %107, ptr %11, align 8
  br label %114

108:                                              ; preds = %17
  %109 = load double, ptr %11, align 8
  %110 = load ptr, ptr %7, align 8
  %111 = load i32, ptr %12, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds double, ptr %110, i64 %112
  store double %109, ptr %113, align 8
  br label %114

114:                                              ; preds = %108, %105
  br label %115

115:                                              ; preds = %114
  %116 = load i32, ptr %12, align 4
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %12, align 4
  br label %13, !llvm.loop !23

118:                                              ; preds = %13
  %119 = load double, ptr %11, align 8
  ret double %119
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel17(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %127, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %130

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %9, align 8
  %24 = fsub double %22, %23
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @sqrt(double noundef %25) #3
  %27 = load ptr, ptr %7, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = call double @llvm.fabs.f64(double %31)
  %33 = call double @log1p(double noundef %32) #3
  %34 = load ptr, ptr %6, align 8
  %35 = load i32, ptr %12, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds double, ptr %34, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds double, ptr %39, i64 %41
  %43 = load double, ptr %42, align 8
  %44 = fsub double %38, %43
  %45 = fmul double %33, %44
  %46 = load double, ptr %11, align 8
  %47 = call double @llvm.fmuladd.f64(double %26, double %45, double %46)
  store double %47, ptr %11, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sitofp i32 %48 to double
  %50 = call double @llvm.fabs.f64(double %49)
  %51 = call double @cos(double noundef %50) #3
  %52 = load double, ptr %9, align 8
  %53 = load double, ptr %9, align 8
  %54 = fsub double %52, %53
  %55 = fadd double %51, %54
  %56 = load double, ptr %9, align 8
  %57 = load i32, ptr %12, align 4
  %58 = sitofp i32 %57 to double
  %59 = fmul double %56, %58
  %60 = load double, ptr %9, align 8
  %61 = load ptr, ptr %6, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = fsub double %60, %65
  %67 = fneg double %59
  %68 = call double @llvm.fmuladd.f64(double %67, double %66, double %55)
  %69 = load double, ptr %11, align 8
  %70 = fadd double %69, %68
  store double %70, ptr %11, align 8
  %71 = load ptr, ptr %6, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds double, ptr %71, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = fadd double %75, 1.500000e+00
  %77 = load double, ptr %10, align 8
  %78 = call double @llvm.fabs.f64(double %77)
  %79 = call double @tanh(double noundef %78) #3
  %80 = fadd double %76, %79
  %81 = load ptr, ptr %7, align 8
  %82 = load i32, ptr %12, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds double, ptr %81, i64 %83
  %85 = load double, ptr %84, align 8
  %86 = fsub double 1.500000e+00, %85
  %87 = load i32, ptr %12, align 4
  %88 = sitofp i32 %87 to double
  %89 = call double @llvm.fabs.f64(double %88)
  %90 = call double @atan(double noundef %89) #3
  %91 = fsub double %86, %90
  %92 = fsub double %80, %91
  %93 = load double, ptr %11, align 8
  %94 = fadd double %93, %92
  store double %94, ptr %11, align 8
  %95 = load double, ptr %9, align 8
  %96 = call double @llvm.fabs.f64(double %95)
  %97 = call double @cos(double noundef %96) #3
  %98 = load ptr, ptr %6, align 8
  %99 = load i32, ptr %12, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds double, ptr %98, i64 %100
  %102 = load double, ptr %101, align 8
  %103 = call double @llvm.fmuladd.f64(double -1.500000e+00, double %102, double %97)
  %104 = load ptr, ptr %6, align 8
  %105 = load i32, ptr %12, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds double, ptr %104, i64 %106
  %108 = load double, ptr %107, align 8
  %109 = call double @llvm.fabs.f64(double %108)
  %110 = call double @log1p(double noundef %109) #3
  %111 = call double @llvm.fabs.f64(double %110)
  %112 = call double @atan(double noundef %111) #3
  %113 = load double, ptr %11, align 8
  %114 = call double @llvm.fmuladd.f64(double %103, double %112, double %113)
  store double %114, ptr %11, align 8
  %115 = load double, ptr %11, align 8
  %116 = fcmp ogt double %115, 1.000000e+06
  br i1 %116, label %117, label %120

117:                                              ; preds = %17
  %118 = load double, ptr %11, align 8
  %119 = fmul double %118, 5.000000e-01
  store double %119, ptr %11, align 8
  br label %126

120:                                              ; preds = %17
  %121 = load double, ptr %11, align 8
  %122 = load ptr, ptr %7, align 8
  %123 = load i32, ptr %12, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds double, ptr %122, i64 %124
  store double %121, ptr %125, align 8
  br label %126

126:                                              ; preds = %120, %117
  br label %127

127:                                              ; preds = %126
  %128 = load i32, ptr %12, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %12, align 4
  br label %13, !llvm.loop !24

130:                                              ; preds = %13
  %131 = load double, ptr %11, align 8
  ret double %131
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel18(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %116, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %119

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %6, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fsub double %22, %27
  %29 = load ptr, ptr %7, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = call double @llvm.fabs.f64(double %33)
  %35 = call double @sin(double noundef %34) #3
  %36 = fadd double %28, %35
  %37 = load double, ptr %10, align 8
  %38 = load ptr, ptr %7, align 8
  %39 = load i32, ptr %12, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds double, ptr %38, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = fadd double %37, %42
  %44 = load double, ptr %11, align 8
  %45 = load ptr, ptr %7, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds double, ptr %45, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = call double @llvm.fmuladd.f64(double %44, double %49, double %43)
  %51 = fadd double %36, %50
  %52 = load double, ptr %11, align 8
  %53 = fadd double %52, %51
  store double %53, ptr %11, align 8
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = load double, ptr %9, align 8
  %60 = fsub double %58, %59
  %61 = load double, ptr %9, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sitofp i32 %62 to double
  %64 = fsub double %61, %63
  %65 = fsub double %60, %64
  %66 = load ptr, ptr %7, align 8
  %67 = load i32, ptr %12, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds double, ptr %66, i64 %68
  %70 = load double, ptr %69, align 8
  %71 = call double @llvm.fabs.f64(double %70)
  %72 = call double @cos(double noundef %71) #3
  %73 = call double @llvm.fabs.f64(double %72)
  %74 = call double @cos(double noundef %73) #3
  %75 = fsub double %65, %74
  %76 = load double, ptr %11, align 8
  %77 = fadd double %76, %75
  store double %77, ptr %11, align 8
  %78 = load ptr, ptr %7, align 8
  %79 = load i32, ptr %12, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds double, ptr %78, i64 %80
  %82 = load double, ptr %81, align 8
  %83 = load double, ptr %11, align 8
  %84 = fmul double %82, %83
  %85 = call double @llvm.fabs.f64(double %84)
  %86 = call double @sin(double noundef %85) #3
  %87 = call double @llvm.fabs.f64(double %86)
  %88 = call double @sqrt(double noundef %87) #3
  %89 = load double, ptr %11, align 8
  %90 = fadd double %89, %88
  store double %90, ptr %11, align 8
  %91 = load ptr, ptr %6, align 8
  %92 = load i32, ptr %12, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds double, ptr %91, i64 %93
  %95 = load double, ptr %94, align 8
  %96 = load double, ptr %10, align 8
  %97 = fadd double %95, %96
  %98 = call double @llvm.fabs.f64(double %97)
  %99 = call double @log1p(double noundef %98) #3
  %100 = call double @llvm.fabs.f64(double %99)
  %101 = call double @atan(double noundef %100) #3
  %102 = load double, ptr %11, align 8
  %103 = fadd double %102, %101
  store double %103, ptr %11, align 8
  %104 = load double, ptr %11, align 8
  %105 = fcmp ogt double %104, 1.000000e+06
  br i1 %105, label %106, label %109

106:                                              ; preds = %17
  %107 = load double, ptr %11, align 8
  %108 = fmul double %107, 5.000000e-01
  store double %108, ptr %11, align 8
  br label %115

109:                                              ; preds = %17
  %110 = load double, ptr %11, align 8
  %111 = load ptr, ptr %7, align 8
  %112 = load i32, ptr %12, align 4
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds double, ptr %111, i64 %113
  store double %110, ptr %114, align 8
  br label %115

115:                                              ; preds = %109, %106
  br label %116

116:                                              ; preds = %115
  %117 = load i32, ptr %12, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %12, align 4
  br label %13, !llvm.loop !25

119:                                              ; preds = %13
  %120 = load double, ptr %11, align 8
  ret double %120
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel19(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %102, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %105

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %7, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fsub double %22, %27
  %29 = call double @llvm.fabs.f64(double %28)
  %30 = call double @log1p(double noundef %29) #3
  %31 = load double, ptr %11, align 8
  %32 = load ptr, ptr %6, align 8
  %33 = load i32, ptr %12, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = fadd double %31, %36
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = call double @sqrt(double noundef %38) #3
  %40 = fadd double %30, %39
  %41 = load double, ptr %11, align 8
  %42 = fadd double %41, %40
  store double %42, ptr %11, align 8
  %43 = load double, ptr %9, align 8
  %44 = load ptr, ptr %6, align 8
  %45 = load i32, ptr %12, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds double, ptr %44, i64 %46
  %48 = load double, ptr %47, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sitofp i32 %49 to double
  %51 = load double, ptr %9, align 8
  %52 = fmul double %50, %51
  %53 = call double @llvm.fmuladd.f64(double %43, double %48, double %52)
  %54 = load double, ptr %9, align 8
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @cos(double noundef %55) #3
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @exp(double noundef %57) #3
  %59 = fadd double %53, %58
  %60 = load double, ptr %11, align 8
  %61 = fadd double %60, %59
  store double %61, ptr %11, align 8
  %62 = call double @llvm.fabs.f64(double 1.500000e+00)
  %63 = call double @sin(double noundef %62) #3
  %64 = load double, ptr %9, align 8
  %65 = load double, ptr %11, align 8
  %66 = fadd double %64, %65
  %67 = fsub double %63, %66
  %68 = call double @llvm.fabs.f64(double %67)
  %69 = call double @tanh(double noundef %68) #3
  %70 = load double, ptr %11, align 8
  %71 = fadd double %70, %69
  store double %71, ptr %11, align 8
  %72 = load double, ptr %10, align 8
  %73 = load double, ptr %10, align 8
  %74 = fadd double %72, %73
  %75 = call double @llvm.fabs.f64(double %74)
  %76 = call double @atan(double noundef %75) #3
  %77 = load ptr, ptr %7, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds double, ptr %77, i64 %79
  %81 = load double, ptr %80, align 8
  %82 = load double, ptr %11, align 8
  %83 = load double, ptr %10, align 8
  %84 = load double, ptr %9, align 8
  %85 = fmul double %83, %84
  %86 = call double @llvm.fmuladd.f64(double %81, double %82, double %85)
  %87 = fadd double %76, %86
  %88 = load double, ptr %11, align 8
  %89 = fadd double %88, %87
  store double %89, ptr %11, align 8
  %90 = load double, ptr %11, align 8
  %91 = fcmp ogt double %90, 1.000000e+06
  br i1 %91, label %92, label %95

92:                                               ; preds = %17
  %93 = load double, ptr %11, align 8
  %94 = fmul double %93, 5.000000e-01
  store double %94, ptr %11, align 8
  br label %101

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = load ptr, ptr %7, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  store double %96, ptr %100, align 8
  br label %101

101:                                              ; preds = %95, %92
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %12, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %12, align 4
  br label %13, !llvm.loop !26

105:                                              ; preds = %13
  %106 = load double, ptr %11, align 8
  ret double %106
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel20(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %109, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %112

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load i32, ptr %12, align 4
  %24 = sitofp i32 %23 to double
  %25 = fsub double %22, %24
  %26 = call double @llvm.fabs.f64(double %25)
  %27 = call double @exp(double noundef %26) #3
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = load i32, ptr %12, align 4
  %34 = sitofp i32 %33 to double
  %35 = fsub double %32, %34
  %36 = load double, ptr %10, align 8
  %37 = load ptr, ptr %6, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = fadd double %36, %41
  %43 = fadd double %35, %42
  %44 = load double, ptr %11, align 8
  %45 = call double @llvm.fmuladd.f64(double %27, double %43, double %44)
  store double %45, ptr %11, align 8
  %46 = load double, ptr %10, align 8
  %47 = load double, ptr %9, align 8
  %48 = fmul double %46, %47
  %49 = call double @llvm.fabs.f64(double %48)
  %50 = call double @sin(double noundef %49) #3
  %51 = load double, ptr %11, align 8
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @sin(double noundef %52) #3
  %54 = load double, ptr %10, align 8
  %55 = load double, ptr %11, align 8
  %56 = fadd double %54, %55
  %57 = fadd double %53, %56
  %58 = fsub double %50, %57
  %59 = load double, ptr %11, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %11, align 8
  %61 = load ptr, ptr %7, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = load double, ptr %9, align 8
  %67 = fsub double %65, %66
  %68 = load ptr, ptr %6, align 8
  %69 = load i32, ptr %12, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = load double, ptr %10, align 8
  %74 = fadd double %72, %73
  %75 = fadd double %67, %74
  %76 = load double, ptr %9, align 8
  %77 = fadd double 1.500000e+00, %76
  %78 = load ptr, ptr %6, align 8
  %79 = load i32, ptr %12, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds double, ptr %78, i64 %80
  %82 = load double, ptr %81, align 8
  %83 = load double, ptr %9, align 8
  %84 = fsub double %82, %83
  %85 = fadd double %77, %84
  %86 = fsub double %75, %85
  %87 = load double, ptr %11, align 8
  %88 = fadd double %87, %86
  store double %88, ptr %11, align 8
  %89 = load double, ptr %11, align 8
  %90 = load double, ptr %11, align 8
  %91 = fadd double 1.500000e+00, %90
  %92 = call double @llvm.fmuladd.f64(double %89, double 1.500000e+00, double %91)
  %93 = call double @llvm.fabs.f64(double %92)
  %94 = call double @tanh(double noundef %93) #3
  %95 = load double, ptr %11, align 8
  %96 = fadd double %95, %94
  store double %96, ptr %11, align 8
  %97 = load double, ptr %11, align 8
  %98 = fcmp ogt double %97, 1.000000e+06
  br i1 %98, label %99, label %102

99:                                               ; preds = %17
  %100 = load double, ptr %11, align 8
  %101 = fmul double %100, 5.000000e-01
  store double %101, ptr %11, align 8
  br label %108

102:                                              ; preds = %17
  %103 = load double, ptr %11, align 8
  %104 = load ptr, ptr %7, align 8
  %105 = load i32, ptr %12, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds double, ptr %104, i64 %106
  store double %103, ptr %107, align 8
  br label %108

108:                                              ; preds = %102, %99
  br label %109

109:                                              ; preds = %108
  %110 = load i32, ptr %12, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %12, align 4
  br label %13, !llvm.loop !27

112:                                              ; preds = %13
  %113 = load double, ptr %11, align 8
  ret double %113
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel21(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %111, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %114

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %7, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load double, ptr %11, align 8
  %29 = load double, ptr %10, align 8
  %30 = fadd double %28, %29
  %31 = call double @llvm.fmuladd.f64(double %22, double %27, double %30)
  %32 = load ptr, ptr %6, align 8
  %33 = load i32, ptr %12, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = fadd double 1.500000e+00, %36
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = call double @cos(double noundef %38) #3
  %40 = fsub double %31, %39
  %41 = load double, ptr %11, align 8
  %42 = fadd double %41, %40
  store double %42, ptr %11, align 8
  %43 = load i32, ptr %12, align 4
  %44 = sitofp i32 %43 to double
  %45 = load ptr, ptr %6, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds double, ptr %45, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = fsub double %44, %49
  %51 = load double, ptr %11, align 8
  %52 = fneg double %51
  %53 = call double @llvm.fmuladd.f64(double %52, double 1.500000e+00, double %50)
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = load double, ptr %10, align 8
  %60 = fsub double %58, %59
  %61 = load double, ptr %11, align 8
  %62 = load ptr, ptr %7, align 8
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds double, ptr %62, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = fsub double %61, %66
  %68 = fneg double %60
  %69 = call double @llvm.fmuladd.f64(double %68, double %67, double %53)
  %70 = load double, ptr %11, align 8
  %71 = fadd double %70, %69
  store double %71, ptr %11, align 8
  %72 = load double, ptr %10, align 8
  %73 = load double, ptr %10, align 8
  %74 = fsub double 1.500000e+00, %73
  %75 = fneg double %74
  %76 = call double @llvm.fmuladd.f64(double %72, double 1.500000e+00, double %75)
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @sqrt(double noundef %77) #3
  %79 = load double, ptr %11, align 8
  %80 = fadd double %79, %78
  store double %80, ptr %11, align 8
  %81 = load double, ptr %11, align 8
  %82 = fsub double 1.500000e+00, %81
  %83 = load ptr, ptr %6, align 8
  %84 = load i32, ptr %12, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %83, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = load ptr, ptr %7, align 8
  %89 = load i32, ptr %12, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds double, ptr %88, i64 %90
  %92 = load double, ptr %91, align 8
  %93 = fmul double %87, %92
  %94 = fmul double %82, %93
  %95 = call double @llvm.fabs.f64(double %94)
  %96 = call double @cos(double noundef %95) #3
  %97 = load double, ptr %11, align 8
  %98 = fadd double %97, %96
  store double %98, ptr %11, align 8
  %99 = load double, ptr %11, align 8
  %100 = fcmp ogt double %99, 1.000000e+06
  br i1 %100, label %101, label %104

101:                                              ; preds = %17
  %102 = load double, ptr %11, align 8
  %103 = fmul double %102, 5.000000e-01
  store double %103, ptr %11, align 8
  br label %110

104:                                              ; preds = %17
  %105 = load double, ptr %11, align 8
  %106 = load ptr, ptr %7, align 8
  %107 = load i32, ptr %12, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds double, ptr %106, i64 %108
  store double %105, ptr %109, align 8
  br label %110

110:                                              ; preds = %104, %101
  br label %111

111:                                              ; preds = %110
  %112 = load i32, ptr %12, align 4
  %113 = add nsw i32 %112, 1
  store i32 %113, ptr %12, align 4
  br label %13, !llvm.loop !28

114:                                              ; preds = %13
  %115 = load double, ptr %11, align 8
  ret double %115
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel22(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %113, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %116

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fadd double %22, 1.500000e+00
  %24 = load i32, ptr %12, align 4
  %25 = sitofp i32 %24 to double
  %26 = load ptr, ptr %6, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fadd double %25, %30
  %32 = fmul double %23, %31
  %33 = call double @llvm.fabs.f64(double %32)
  %34 = call double @tanh(double noundef %33) #3
  %35 = load double, ptr %11, align 8
  %36 = fadd double %35, %34
  store double %36, ptr %11, align 8
  %37 = load ptr, ptr %7, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = fadd double 1.500000e+00, %41
  %43 = load double, ptr %10, align 8
  %44 = fsub double %43, 1.500000e+00
  %45 = fadd double %42, %44
  %46 = load ptr, ptr %7, align 8
  %47 = load i32, ptr %12, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds double, ptr %46, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = fadd double %50, 1.500000e+00
  %52 = load double, ptr %9, align 8
  %53 = load double, ptr %9, align 8
  %54 = fadd double %52, %53
  %55 = fsub double %51, %54
  %56 = fadd double %45, %55
  %57 = load double, ptr %11, align 8
  %58 = fadd double %57, %56
  store double %58, ptr %11, align 8
  %59 = load double, ptr %9, align 8
  %60 = load double, ptr %10, align 8
  %61 = fmul double %59, %60
  %62 = call double @llvm.fabs.f64(double %61)
  %63 = call double @atan(double noundef %62) #3
  %64 = load ptr, ptr %7, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = load double, ptr %9, align 8
  %70 = fsub double %68, %69
  %71 = load ptr, ptr %7, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds double, ptr %71, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = call double @llvm.fabs.f64(double %75)
  %77 = call double @log1p(double noundef %76) #3
  %78 = fadd double %70, %77
  %79 = fadd double %63, %78
  %80 = load double, ptr %11, align 8
  %81 = fadd double %80, %79
  store double %81, ptr %11, align 8
  %82 = load ptr, ptr %7, align 8
  %83 = load i32, ptr %12, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds double, ptr %82, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = load ptr, ptr %6, align 8
  %88 = load i32, ptr %12, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds double, ptr %87, i64 %89
  %91 = load double, ptr %90, align 8
  %92 = fsub double %86, %91
  %93 = call double @llvm.fabs.f64(double %92)
  %94 = call double @exp(double noundef %93) #3
  %95 = load double, ptr %11, align 8
  %96 = fsub double 1.500000e+00, %95
  %97 = call double @llvm.fabs.f64(double %96)
  %98 = call double @atan(double noundef %97) #3
  %99 = load double, ptr %11, align 8
  %100 = call double @llvm.fmuladd.f64(double %94, double %98, double %99)
  store double %100, ptr %11, align 8
  %101 = load double, ptr %11, align 8
  %102 = fcmp ogt double %101, 1.000000e+06
  br i1 %102, label %103, label %106

103:                                              ; preds = %17
  %104 = load double, ptr %11, align 8
  %105 = fmul double %104, 5.000000e-01
  store double %105, ptr %11, align 8
  br label %112

106:                                              ; preds = %17
  %107 = load double, ptr %11, align 8
  %108 = load ptr, ptr %7, align 8
  %109 = load i32, ptr %12, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds double, ptr %108, i64 %110
  store double %107, ptr %111, align 8
  br label %112

112:                                              ; preds = %106, %103
  br label %113

113:                                              ; preds = %112
  %114 = load i32, ptr %12, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %12, align 4
  br label %13, !llvm.loop !29

116:                                              ; preds = %13
  %117 = load double, ptr %11, align 8
  ret double %117
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel23(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %101, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %104

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sitofp i32 %19 to double
  %21 = load double, ptr %9, align 8
  %22 = load double, ptr %10, align 8
  %23 = fsub double %21, %22
  %24 = fneg double %23
  %25 = call double @llvm.fmuladd.f64(double %18, double %20, double %24)
  %26 = load double, ptr %10, align 8
  %27 = fadd double 1.500000e+00, %26
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = call double @llvm.fabs.f64(double %32)
  %34 = call double @tanh(double noundef %33) #3
  %35 = fadd double %27, %34
  %36 = fsub double %25, %35
  %37 = load double, ptr %11, align 8
  %38 = fadd double %37, %36
  store double %38, ptr %11, align 8
  %39 = load i32, ptr %12, align 4
  %40 = sitofp i32 %39 to double
  %41 = fmul double 1.500000e+00, %40
  %42 = call double @llvm.fabs.f64(double %41)
  %43 = call double @tanh(double noundef %42) #3
  %44 = call double @llvm.fabs.f64(double %43)
  %45 = call double @sqrt(double noundef %44) #3
  %46 = load double, ptr %11, align 8
  %47 = fadd double %46, %45
  store double %47, ptr %11, align 8
  %48 = load ptr, ptr %7, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = load double, ptr %9, align 8
  %54 = fadd double %52, %53
  %55 = load double, ptr %10, align 8
  %56 = load double, ptr %9, align 8
  %57 = fmul double %55, %56
  %58 = load ptr, ptr %6, align 8
  %59 = load i32, ptr %12, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds double, ptr %58, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = load ptr, ptr %6, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds double, ptr %63, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = fadd double %62, %67
  %69 = call double @llvm.fabs.f64(double %68)
  %70 = call double @cos(double noundef %69) #3
  %71 = call double @llvm.fmuladd.f64(double %54, double %57, double %70)
  %72 = load double, ptr %11, align 8
  %73 = fadd double %72, %71
  store double %73, ptr %11, align 8
  %74 = load double, ptr %11, align 8
  %75 = load double, ptr %10, align 8
  %76 = fadd double %74, %75
  %77 = load ptr, ptr %7, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds double, ptr %77, i64 %79
  %81 = load double, ptr %80, align 8
  %82 = load double, ptr %9, align 8
  %83 = fadd double %81, %82
  %84 = fmul double %76, %83
  %85 = call double @llvm.fabs.f64(double %84)
  %86 = call double @exp(double noundef %85) #3
  %87 = load double, ptr %11, align 8
  %88 = fadd double %87, %86
  store double %88, ptr %11, align 8
  %89 = load double, ptr %11, align 8
  %90 = fcmp ogt double %89, 1.000000e+06
  br i1 %90, label %91, label %94

91:                                               ; preds = %17
  %92 = load double, ptr %11, align 8
  %93 = fmul double %92, 5.000000e-01
  store double %93, ptr %11, align 8
  br label %100

94:                                               ; preds = %17
  %95 = load double, ptr %11, align 8
  %96 = load ptr, ptr %7, align 8
  %97 = load i32, ptr %12, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds double, ptr %96, i64 %98
  store double %95, ptr %99, align 8
  br label %100

100:                                              ; preds = %94, %91
  br label %101

101:                                              ; preds = %100
  %102 = load i32, ptr %12, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %12, align 4
  br label %13, !llvm.loop !30

104:                                              ; preds = %13
  %105 = load double, ptr %11, align 8
  ret double %105
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel24(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %99, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %102

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @atan(double noundef %23) #3
  %25 = load ptr, ptr %6, align 8
  %26 = load i32, ptr %12, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds double, ptr %25, i64 %27
  %29 = load double, ptr %28, align 8
  %30 = call double @llvm.fabs.f64(double %29)
  %31 = call double @sin(double noundef %30) #3
  %32 = fmul double %24, %31
  %33 = load double, ptr %10, align 8
  %34 = load ptr, ptr %6, align 8
  %35 = load i32, ptr %12, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds double, ptr %34, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = fsub double %33, %38
  %40 = call double @llvm.fabs.f64(double %39)
  %41 = call double @tanh(double noundef %40) #3
  %42 = load double, ptr %11, align 8
  %43 = call double @llvm.fmuladd.f64(double %32, double %41, double %42)
  store double %43, ptr %11, align 8
  %44 = load i32, ptr %12, align 4
  %45 = sitofp i32 %44 to double
  %46 = load double, ptr %10, align 8
  %47 = fmul double %45, %46
  %48 = load i32, ptr %12, align 4
  %49 = sitofp i32 %48 to double
  %50 = load ptr, ptr %7, align 8
  %51 = load i32, ptr %12, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds double, ptr %50, i64 %52
  %54 = load double, ptr %53, align 8
  %55 = fsub double %49, %54
  %56 = fmul double %47, %55
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @atan(double noundef %57) #3
  %59 = load double, ptr %11, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %11, align 8
  %61 = load ptr, ptr %7, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @cos(double noundef %66) #3
  %68 = call double @llvm.fabs.f64(double %67)
  %69 = call double @sqrt(double noundef %68) #3
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @sin(double noundef %70) #3
  %72 = load double, ptr %11, align 8
  %73 = fadd double %72, %71
  store double %73, ptr %11, align 8
  %74 = load ptr, ptr %7, align 8
  %75 = load i32, ptr %12, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds double, ptr %74, i64 %76
  %78 = load double, ptr %77, align 8
  %79 = load double, ptr %10, align 8
  %80 = fadd double %78, %79
  %81 = call double @llvm.fabs.f64(double %80)
  %82 = call double @sqrt(double noundef %81) #3
  %83 = call double @llvm.fabs.f64(double %82)
  %84 = call double @atan(double noundef %83) #3
  %85 = load double, ptr %11, align 8
  %86 = fadd double %85, %84
  store double %86, ptr %11, align 8
  %87 = load double, ptr %11, align 8
  %88 = fcmp ogt double %87, 1.000000e+06
  br i1 %88, label %89, label %92

89:                                               ; preds = %17
  %90 = load double, ptr %11, align 8
  %91 = fmul double %90, 5.000000e-01
  store double %91, ptr %11, align 8
  br label %98

92:                                               ; preds = %17
  %93 = load double, ptr %11, align 8
  %94 = load ptr, ptr %7, align 8
  %95 = load i32, ptr %12, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds double, ptr %94, i64 %96
  store double %93, ptr %97, align 8
  br label %98

98:                                               ; preds = %92, %89
  br label %99

99:                                               ; preds = %98
  %100 = load i32, ptr %12, align 4
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %12, align 4
  br label %13, !llvm.loop !31

102:                                              ; preds = %13
  %103 = load double, ptr %11, align 8
  ret double %103
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel25(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %109, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %112

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = load i32, ptr %12, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = fmul double %18, %23
  %25 = load double, ptr %9, align 8
  %26 = load ptr, ptr %6, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fmul double %25, %30
  %32 = fmul double %24, %31
  %33 = call double @llvm.fabs.f64(double %32)
  %34 = call double @sqrt(double noundef %33) #3
  %35 = load double, ptr %11, align 8
  %36 = fadd double %35, %34
  store double %36, ptr %11, align 8
  %37 = load double, ptr %11, align 8
  %38 = load double, ptr %10, align 8
  %39 = fadd double %37, %38
  %40 = load double, ptr %10, align 8
  %41 = load i32, ptr %12, align 4
  %42 = sitofp i32 %41 to double
  %43 = fadd double %40, %42
  %44 = fsub double %39, %43
  %45 = load double, ptr %9, align 8
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @sin(double noundef %46) #3
  %48 = load ptr, ptr %6, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = load i32, ptr %12, align 4
  %54 = sitofp i32 %53 to double
  %55 = fsub double %52, %54
  %56 = fadd double %47, %55
  %57 = load double, ptr %11, align 8
  %58 = call double @llvm.fmuladd.f64(double %44, double %56, double %57)
  store double %58, ptr %11, align 8
  %59 = load double, ptr %9, align 8
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = call double @sin(double noundef %60) #3
  %62 = load double, ptr %10, align 8
  %63 = fmul double %62, 1.500000e+00
  %64 = fmul double %61, %63
  %65 = load ptr, ptr %6, align 8
  %66 = load i32, ptr %12, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds double, ptr %65, i64 %67
  %69 = load double, ptr %68, align 8
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @cos(double noundef %70) #3
  %72 = load ptr, ptr %7, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @exp(double noundef %77) #3
  %79 = fmul double %71, %78
  %80 = load double, ptr %11, align 8
  %81 = call double @llvm.fmuladd.f64(double %64, double %79, double %80)
  store double %81, ptr %11, align 8
  %82 = load double, ptr %9, align 8
  %83 = load double, ptr %10, align 8
  %84 = fadd double %82, %83
  %85 = call double @llvm.fabs.f64(double %84)
  %86 = call double @cos(double noundef %85) #3
  %87 = load i32, ptr %12, align 4
  %88 = sitofp i32 %87 to double
  %89 = fmul double 1.500000e+00, %88
  %90 = load double, ptr %11, align 8
  %91 = load double, ptr %10, align 8
  %92 = fsub double %90, %91
  %93 = fneg double %89
  %94 = call double @llvm.fmuladd.f64(double %93, double %92, double %86)
  %95 = load double, ptr %11, align 8
  %96 = fadd double %95, %94
  store double %96, ptr %11, align 8
  %97 = load double, ptr %11, align 8
  %98 = fcmp ogt double %97, 1.000000e+06
  br i1 %98, label %99, label %102

99:                                               ; preds = %17
  %100 = load double, ptr %11, align 8
  %101 = fmul double %100, 5.000000e-01
  store double %101, ptr %11, align 8
  br label %108

102:                                              ; preds = %17
  %103 = load double, ptr %11, align 8
  %104 = load ptr, ptr %7, align 8
  %105 = load i32, ptr %12, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds double, ptr %104, i64 %106
  store double %103, ptr %107, align 8
  br label %108

108:                                              ; preds = %102, %99
  br label %109

109:                                              ; preds = %108
  %110 = load i32, ptr %12, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %12, align 4
  br label %13, !llvm.loop !32

112:                                              ; preds = %13
  %113 = load double, ptr %11, align 8
  ret double %113
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel26(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %127, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %130

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = load i32, ptr %12, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = fmul double %18, %23
  %25 = load double, ptr %10, align 8
  %26 = fadd double 1.500000e+00, %25
  %27 = fmul double %24, %26
  %28 = load ptr, ptr %7, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = fadd double %32, %37
  %39 = load ptr, ptr %7, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds double, ptr %39, i64 %41
  %43 = load double, ptr %42, align 8
  %44 = call double @llvm.fabs.f64(double %43)
  %45 = call double @sqrt(double noundef %44) #3
  %46 = fadd double %38, %45
  %47 = load double, ptr %11, align 8
  %48 = call double @llvm.fmuladd.f64(double %27, double %46, double %47)
  store double %48, ptr %11, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sitofp i32 %49 to double
  %51 = call double @llvm.fabs.f64(double %50)
  %52 = call double @cos(double noundef %51) #3
  %53 = call double @llvm.fabs.f64(double %52)
  %54 = call double @sin(double noundef %53) #3
  %55 = load i32, ptr %12, align 4
  %56 = sitofp i32 %55 to double
  %57 = load ptr, ptr %6, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = fadd double %56, %61
  %63 = load ptr, ptr %7, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds double, ptr %63, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = load i32, ptr %12, align 4
  %69 = sitofp i32 %68 to double
  %70 = fmul double %67, %69
  %71 = fmul double %62, %70
  %72 = load double, ptr %11, align 8
  %73 = call double @llvm.fmuladd.f64(double %54, double %71, double %72)
  store double %73, ptr %11, align 8
  %74 = load double, ptr %10, align 8
  %75 = load ptr, ptr %7, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = fadd double %74, %79
  %81 = load ptr, ptr %6, align 8
  %82 = load i32, ptr %12, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds double, ptr %81, i64 %83
  %85 = load double, ptr %84, align 8
  %86 = call double @llvm.fabs.f64(double %85)
  %87 = call double @sin(double noundef %86) #3
  %88 = fadd double %80, %87
  %89 = call double @llvm.fabs.f64(double %88)
  %90 = call double @atan(double noundef %89) #3
  %91 = load double, ptr %11, align 8
  %92 = fadd double %91, %90
  store double %92, ptr %11, align 8
  %93 = load ptr, ptr %6, align 8
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds double, ptr %93, i64 %95
  %97 = load double, ptr %96, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sitofp i32 %98 to double
  %100 = load ptr, ptr %7, align 8
  %101 = load i32, ptr %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds double, ptr %100, i64 %102
  %104 = load double, ptr %103, align 8
  %105 = fadd double %104, 1.500000e+00
  %106 = fneg double %105
  %107 = call double @llvm.fmuladd.f64(double %97, double %99, double %106)
  %108 = load double, ptr %9, align 8
  %109 = load double, ptr %9, align 8
  %110 = fadd double %108, %109
  %111 = call double @llvm.fabs.f64(double %110)
  %112 = call double @exp(double noundef %111) #3
  %113 = load double, ptr %11, align 8
  %114 = call double @llvm.fmuladd.f64(double %107, double %112, double %113)
  store double %114, ptr %11, align 8
  %115 = load double, ptr %11, align 8
  %116 = fcmp ogt double %115, 1.000000e+06
  br i1 %116, label %117, label %120

117:                                              ; preds = %17
  %118 = load double, ptr %11, align 8
  %119 = fmul double %118, 5.000000e-01
  store double %119, ptr %11, align 8
  br label %126

120:                                              ; preds = %17
  %121 = load double, ptr %11, align 8
  %122 = load ptr, ptr %7, align 8
  %123 = load i32, ptr %12, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds double, ptr %122, i64 %124
  store double %121, ptr %125, align 8
  br label %126

126:                                              ; preds = %120, %117
  br label %127

127:                                              ; preds = %126
  %128 = load i32, ptr %12, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %12, align 4
  br label %13, !llvm.loop !33

130:                                              ; preds = %13
  %131 = load double, ptr %11, align 8
  ret double %131
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel27(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %91, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %94

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load double, ptr %11, align 8
  %20 = fmul double %18, %19
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @atan(double noundef %21) #3
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @exp(double noundef %23) #3
  %25 = load double, ptr %11, align 8
  %26 = fadd double %25, %24
  store double %26, ptr %11, align 8
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = call double @llvm.fabs.f64(double %31)
  %33 = call double @log1p(double noundef %32) #3
  %34 = call double @llvm.fabs.f64(double %33)
  %35 = call double @tanh(double noundef %34) #3
  %36 = load i32, ptr %12, align 4
  %37 = sitofp i32 %36 to double
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = call double @log1p(double noundef %38) #3
  %40 = load ptr, ptr %7, align 8
  %41 = load i32, ptr %12, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = call double @llvm.fmuladd.f64(double %44, double 1.500000e+00, double %39)
  %46 = fsub double %35, %45
  %47 = load double, ptr %11, align 8
  %48 = fadd double %47, %46
  store double %48, ptr %11, align 8
  %49 = load ptr, ptr %6, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %49, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = call double @llvm.fabs.f64(double %53)
  %55 = call double @log1p(double noundef %54) #3
  %56 = call double @llvm.fabs.f64(double 1.500000e+00)
  %57 = call double @atan(double noundef %56) #3
  %58 = call double @llvm.fabs.f64(double 1.500000e+00)
  %59 = call double @tanh(double noundef %58) #3
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = call double @log1p(double noundef %60) #3
  %62 = call double @llvm.fmuladd.f64(double %55, double %57, double %61)
  %63 = load double, ptr %11, align 8
  %64 = fadd double %63, %62
  store double %64, ptr %11, align 8
  %65 = load double, ptr %9, align 8
  %66 = fmul double 1.500000e+00, %65
  %67 = load double, ptr %9, align 8
  %68 = load i32, ptr %12, align 4
  %69 = sitofp i32 %68 to double
  %70 = fadd double %67, %69
  %71 = call double @llvm.fabs.f64(double 1.500000e+00)
  %72 = call double @tanh(double noundef %71) #3
  %73 = load i32, ptr %12, align 4
  %74 = sitofp i32 %73 to double
  %75 = call double @llvm.fmuladd.f64(double %74, double 1.500000e+00, double %72)
  %76 = call double @llvm.fmuladd.f64(double %66, double %70, double %75)
  %77 = load double, ptr %11, align 8
  %78 = fadd double %77, %76
  store double %78, ptr %11, align 8
  %79 = load double, ptr %11, align 8
  %80 = fcmp ogt double %79, 1.000000e+06
  br i1 %80, label %81, label %84

81:                                               ; preds = %17
  %82 = load double, ptr %11, align 8
  %83 = fmul double %82, 5.000000e-01
  store double %83, ptr %11, align 8
  br label %90

84:                                               ; preds = %17
  %85 = load double, ptr %11, align 8
  %86 = load ptr, ptr %7, align 8
  %87 = load i32, ptr %12, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds double, ptr %86, i64 %88
  store double %85, ptr %89, align 8
  br label %90

90:                                               ; preds = %84, %81
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %12, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %12, align 4
  br label %13, !llvm.loop !34

94:                                               ; preds = %13
  %95 = load double, ptr %11, align 8
  ret double %95
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel28(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %124, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %127

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load ptr, ptr %6, align 8
  %20 = load i32, ptr %12, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load ptr, ptr %6, align 8
  %25 = load i32, ptr %12, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %7, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = fsub double %28, %33
  %35 = fneg double %34
  %36 = call double @llvm.fmuladd.f64(double %18, double %23, double %35)
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = call double @exp(double noundef %37) #3
  %39 = load double, ptr %11, align 8
  %40 = fadd double %39, %38
  store double %40, ptr %11, align 8
  %41 = load ptr, ptr %7, align 8
  %42 = load i32, ptr %12, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds double, ptr %41, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sitofp i32 %46 to double
  %48 = fsub double %45, %47
  %49 = load ptr, ptr %7, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %49, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = load double, ptr %11, align 8
  %55 = call double @llvm.fmuladd.f64(double %53, double %54, double %48)
  %56 = load double, ptr %9, align 8
  %57 = load double, ptr %9, align 8
  %58 = fmul double %56, %57
  %59 = load double, ptr %10, align 8
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = call double @atan(double noundef %60) #3
  %62 = fmul double %58, %61
  %63 = load double, ptr %11, align 8
  %64 = call double @llvm.fmuladd.f64(double %55, double %62, double %63)
  store double %64, ptr %11, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sitofp i32 %65 to double
  %67 = call double @llvm.fabs.f64(double %66)
  %68 = call double @log1p(double noundef %67) #3
  %69 = load ptr, ptr %7, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = load double, ptr %10, align 8
  %75 = fsub double %73, %74
  %76 = fsub double %68, %75
  %77 = load double, ptr %9, align 8
  %78 = call double @llvm.fabs.f64(double %77)
  %79 = call double @cos(double noundef %78) #3
  %80 = load ptr, ptr %7, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %80, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = call double @llvm.fmuladd.f64(double -1.500000e+00, double %84, double %79)
  %86 = load double, ptr %11, align 8
  %87 = call double @llvm.fmuladd.f64(double %76, double %85, double %86)
  store double %87, ptr %11, align 8
  %88 = load double, ptr %11, align 8
  %89 = load double, ptr %9, align 8
  %90 = load double, ptr %9, align 8
  %91 = call double @llvm.fabs.f64(double %90)
  %92 = call double @cos(double noundef %91) #3
  %93 = call double @llvm.fmuladd.f64(double %88, double %89, double %92)
  %94 = load ptr, ptr %6, align 8
  %95 = load i32, ptr %12, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds double, ptr %94, i64 %96
  %98 = load double, ptr %97, align 8
  %99 = call double @llvm.fabs.f64(double %98)
  %100 = call double @tanh(double noundef %99) #3
  %101 = load ptr, ptr %7, align 8
  %102 = load i32, ptr %12, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds double, ptr %101, i64 %103
  %105 = load double, ptr %104, align 8
  %106 = load i32, ptr %12, align 4
  %107 = sitofp i32 %106 to double
  %108 = fsub double %105, %107
  %109 = fadd double %100, %108
  %110 = load double, ptr %11, align 8
  %111 = call double @llvm.fmuladd.f64(double %93, double %109, double %110)
  store double %111, ptr %11, align 8
  %112 = load double, ptr %11, align 8
  %113 = fcmp ogt double %112, 1.000000e+06
  br i1 %113, label %114, label %117

114:                                              ; preds = %17
  %115 = load double, ptr %11, align 8
  %116 = fmul double %115, 5.000000e-01
  store double %116, ptr %11, align 8
  br label %123

117:                                              ; preds = %17
  %118 = load double, ptr %11, align 8
  %119 = load ptr, ptr %7, align 8
  %120 = load i32, ptr %12, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds double, ptr %119, i64 %121
  store double %118, ptr %122, align 8
  br label %123

123:                                              ; preds = %117, %114
  br label %124

124:                                              ; preds = %123
  %125 = load i32, ptr %12, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %12, align 4
  br label %13, !llvm.loop !35

127:                                              ; preds = %13
  %128 = load double, ptr %11, align 8
  ret double %128
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel29(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %90, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %93

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load double, ptr %10, align 8
  %20 = fadd double %18, %19
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @tanh(double noundef %21) #3
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @exp(double noundef %23) #3
  %25 = load double, ptr %11, align 8
  %26 = fadd double %25, %24
  store double %26, ptr %11, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sitofp i32 %27 to double
  %29 = load double, ptr %11, align 8
  %30 = fadd double %28, %29
  %31 = call double @llvm.fabs.f64(double %30)
  %32 = call double @atan(double noundef %31) #3
  %33 = load i32, ptr %12, align 4
  %34 = sitofp i32 %33 to double
  %35 = call double @llvm.fabs.f64(double %34)
  %36 = call double @sqrt(double noundef %35) #3
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = call double @sin(double noundef %37) #3
  %39 = load double, ptr %11, align 8
  %40 = call double @llvm.fmuladd.f64(double %32, double %38, double %39)
  store double %40, ptr %11, align 8
  %41 = load double, ptr %10, align 8
  %42 = load double, ptr %11, align 8
  %43 = fmul double %41, %42
  %44 = load double, ptr %10, align 8
  %45 = load i32, ptr %12, align 4
  %46 = sitofp i32 %45 to double
  %47 = fadd double %44, %46
  %48 = fmul double %43, %47
  %49 = load i32, ptr %12, align 4
  %50 = sitofp i32 %49 to double
  %51 = load double, ptr %11, align 8
  %52 = load i32, ptr %12, align 4
  %53 = sitofp i32 %52 to double
  %54 = load double, ptr %10, align 8
  %55 = fadd double %53, %54
  %56 = call double @llvm.fmuladd.f64(double %50, double %51, double %55)
  %57 = load double, ptr %11, align 8
  %58 = call double @llvm.fmuladd.f64(double %48, double %56, double %57)
  store double %58, ptr %11, align 8
  %59 = load ptr, ptr %7, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @log1p(double noundef %64) #3
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @tanh(double noundef %66) #3
  %68 = load double, ptr %9, align 8
  %69 = load double, ptr %10, align 8
  %70 = fsub double %68, %69
  %71 = load double, ptr %10, align 8
  %72 = call double @llvm.fabs.f64(double %71)
  %73 = call double @atan(double noundef %72) #3
  %74 = fsub double %70, %73
  %75 = fsub double %67, %74
  %76 = load double, ptr %11, align 8
  %77 = fadd double %76, %75
  store double %77, ptr %11, align 8
  %78 = load double, ptr %11, align 8
  %79 = fcmp ogt double %78, 1.000000e+06
  br i1 %79, label %80, label %83

80:                                               ; preds = %17
  %81 = load double, ptr %11, align 8
  %82 = fmul double %81, 5.000000e-01
  store double %82, ptr %11, align 8
  br label %89

83:                                               ; preds = %17
  %84 = load double, ptr %11, align 8
  %85 = load ptr, ptr %7, align 8
  %86 = load i32, ptr %12, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds double, ptr %85, i64 %87
  store double %84, ptr %88, align 8
  br label %89

89:                                               ; preds = %83, %80
  br label %90

90:                                               ; preds = %89
  %91 = load i32, ptr %12, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %12, align 4
  br label %13, !llvm.loop !36

93:                                               ; preds = %13
  %94 = load double, ptr %11, align 8
  ret double %94
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel30(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %113, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %116

17:                                               ; preds = %13
  %18 = load i32, ptr %12, align 4
  %19 = sitofp i32 %18 to double
  %20 = fsub double %19, 1.500000e+00
  %21 = load double, ptr %10, align 8
  %22 = load ptr, ptr %6, align 8
  %23 = load i32, ptr %12, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = fadd double %21, %26
  %28 = fadd double %20, %27
  %29 = load ptr, ptr %7, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = call double @llvm.fabs.f64(double %33)
  %35 = call double @atan(double noundef %34) #3
  %36 = load double, ptr %10, align 8
  %37 = fmul double 1.500000e+00, %36
  %38 = fneg double %35
  %39 = call double @llvm.fmuladd.f64(double %38, double %37, double %28)
  %40 = load double, ptr %11, align 8
  %41 = fadd double %40, %39
  store double %41, ptr %11, align 8
  %42 = load i32, ptr %12, align 4
  %43 = sitofp i32 %42 to double
  %44 = load double, ptr %11, align 8
  %45 = fsub double %43, %44
  %46 = load double, ptr %10, align 8
  %47 = load i32, ptr %12, align 4
  %48 = sitofp i32 %47 to double
  %49 = fadd double %46, %48
  %50 = fsub double %45, %49
  %51 = load ptr, ptr %6, align 8
  %52 = load i32, ptr %12, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds double, ptr %51, i64 %53
  %55 = load double, ptr %54, align 8
  %56 = load double, ptr %11, align 8
  %57 = load double, ptr %9, align 8
  %58 = load double, ptr %10, align 8
  %59 = fsub double %57, %58
  %60 = fneg double %59
  %61 = call double @llvm.fmuladd.f64(double %55, double %56, double %60)
  %62 = fadd double %50, %61
  %63 = load double, ptr %11, align 8
  %64 = fadd double %63, %62
  store double %64, ptr %11, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sitofp i32 %65 to double
  %67 = load i32, ptr %12, align 4
  %68 = sitofp i32 %67 to double
  %69 = fmul double %66, %68
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @log1p(double noundef %70) #3
  %72 = load i32, ptr %12, align 4
  %73 = sitofp i32 %72 to double
  %74 = call double @llvm.fabs.f64(double %73)
  %75 = call double @exp(double noundef %74) #3
  %76 = load double, ptr %11, align 8
  %77 = fadd double %76, 1.500000e+00
  %78 = fsub double %75, %77
  %79 = fsub double %71, %78
  %80 = load double, ptr %11, align 8
  %81 = fadd double %80, %79
  store double %81, ptr %11, align 8
  %82 = load ptr, ptr %6, align 8
  %83 = load i32, ptr %12, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds double, ptr %82, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = call double @llvm.fabs.f64(double %86)
  %88 = call double @atan(double noundef %87) #3
  %89 = load double, ptr %11, align 8
  %90 = call double @llvm.fabs.f64(double %89)
  %91 = call double @tanh(double noundef %90) #3
  %92 = fmul double %88, %91
  %93 = load i32, ptr %12, align 4
  %94 = sitofp i32 %93 to double
  %95 = load double, ptr %10, align 8
  %96 = fsub double %94, %95
  %97 = call double @llvm.fabs.f64(double %96)
  %98 = call double @cos(double noundef %97) #3
  %99 = load double, ptr %11, align 8
  %100 = call double @llvm.fmuladd.f64(double %92, double %98, double %99)
  store double %100, ptr %11, align 8
  %101 = load double, ptr %11, align 8
  %102 = fcmp ogt double %101, 1.000000e+06
  br i1 %102, label %103, label %106

103:                                              ; preds = %17
  %104 = load double, ptr %11, align 8
  %105 = fmul double %104, 5.000000e-01
  store double %105, ptr %11, align 8
  br label %112

106:                                              ; preds = %17
  %107 = load double, ptr %11, align 8
  %108 = load ptr, ptr %7, align 8
  %109 = load i32, ptr %12, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds double, ptr %108, i64 %110
  store double %107, ptr %111, align 8
  br label %112

112:                                              ; preds = %106, %103
  br label %113

113:                                              ; preds = %112
  %114 = load i32, ptr %12, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %12, align 4
  br label %13, !llvm.loop !37

116:                                              ; preds = %13
  %117 = load double, ptr %11, align 8
  ret double %117
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel31(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %107, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %110

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = fsub double 1.500000e+00, %18
  %20 = load i32, ptr %12, align 4
  %21 = sitofp i32 %20 to double
  %22 = call double @llvm.fabs.f64(double %21)
  %23 = call double @log1p(double noundef %22) #3
  %24 = fadd double %19, %23
  %25 = load double, ptr %10, align 8
  %26 = fadd double %25, 1.500000e+00
  %27 = load double, ptr %9, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sitofp i32 %28 to double
  %30 = fadd double %27, %29
  %31 = fneg double %26
  %32 = call double @llvm.fmuladd.f64(double %31, double %30, double %24)
  %33 = load double, ptr %11, align 8
  %34 = fadd double %33, %32
  store double %34, ptr %11, align 8
  %35 = load i32, ptr %12, align 4
  %36 = sitofp i32 %35 to double
  %37 = load i32, ptr %12, align 4
  %38 = sitofp i32 %37 to double
  %39 = fadd double %36, %38
  %40 = call double @llvm.fabs.f64(double 1.500000e+00)
  %41 = call double @exp(double noundef %40) #3
  %42 = fsub double %39, %41
  %43 = load double, ptr %9, align 8
  %44 = load double, ptr %11, align 8
  %45 = fadd double %43, %44
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @atan(double noundef %46) #3
  %48 = fsub double %42, %47
  %49 = load double, ptr %11, align 8
  %50 = fadd double %49, %48
  store double %50, ptr %11, align 8
  %51 = load ptr, ptr %7, align 8
  %52 = load i32, ptr %12, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds double, ptr %51, i64 %53
  %55 = load double, ptr %54, align 8
  %56 = call double @llvm.fabs.f64(double %55)
  %57 = call double @sin(double noundef %56) #3
  %58 = load double, ptr %9, align 8
  %59 = load ptr, ptr %6, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = call double @llvm.fmuladd.f64(double %58, double %63, double %57)
  %65 = load double, ptr %9, align 8
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @log1p(double noundef %66) #3
  %68 = call double @llvm.fabs.f64(double %67)
  %69 = call double @cos(double noundef %68) #3
  %70 = load double, ptr %11, align 8
  %71 = call double @llvm.fmuladd.f64(double %64, double %69, double %70)
  store double %71, ptr %11, align 8
  %72 = load ptr, ptr %7, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = load i32, ptr %12, align 4
  %78 = sitofp i32 %77 to double
  %79 = fmul double %76, %78
  %80 = call double @llvm.fabs.f64(double %79)
  %81 = call double @log1p(double noundef %80) #3
  %82 = call double @llvm.fabs.f64(double 1.500000e+00)
  %83 = call double @sqrt(double noundef %82) #3
  %84 = load ptr, ptr %7, align 8
  %85 = load i32, ptr %12, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds double, ptr %84, i64 %86
  %88 = load double, ptr %87, align 8
  %89 = load i32, ptr %12, align 4
  %90 = sitofp i32 %89 to double
  %91 = fsub double %88, %90
  %92 = fmul double %83, %91
  %93 = load double, ptr %11, align 8
  %94 = call double @llvm.fmuladd.f64(double %81, double %92, double %93)
  store double %94, ptr %11, align 8
  %95 = load double, ptr %11, align 8
  %96 = fcmp ogt double %95, 1.000000e+06
  br i1 %96, label %97, label %100

97:                                               ; preds = %17
  %98 = load double, ptr %11, align 8
  %99 = fmul double %98, 5.000000e-01
  store double %99, ptr %11, align 8
  br label %106

100:                                              ; preds = %17
  %101 = load double, ptr %11, align 8
  %102 = load ptr, ptr %7, align 8
  %103 = load i32, ptr %12, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds double, ptr %102, i64 %104
  store double %101, ptr %105, align 8
  br label %106

106:                                              ; preds = %100, %97
  br label %107

107:                                              ; preds = %106
  %108 = load i32, ptr %12, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %12, align 4
  br label %13, !llvm.loop !38

110:                                              ; preds = %13
  %111 = load double, ptr %11, align 8
  ret double %111
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel32(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %112, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %115

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %6, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load double, ptr %10, align 8
  %29 = fadd double 1.500000e+00, %28
  %30 = fneg double %29
  %31 = call double @llvm.fmuladd.f64(double %22, double %27, double %30)
  %32 = call double @llvm.fabs.f64(double %31)
  %33 = call double @sin(double noundef %32) #3
  %34 = load double, ptr %11, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %11, align 8
  %36 = load i32, ptr %12, align 4
  %37 = sitofp i32 %36 to double
  %38 = load ptr, ptr %7, align 8
  %39 = load i32, ptr %12, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds double, ptr %38, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = fsub double %37, %42
  %44 = call double @llvm.fabs.f64(double %43)
  %45 = call double @log1p(double noundef %44) #3
  %46 = load ptr, ptr %6, align 8
  %47 = load i32, ptr %12, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds double, ptr %46, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = fadd double %50, 1.500000e+00
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @sqrt(double noundef %52) #3
  %54 = fsub double %45, %53
  %55 = load double, ptr %11, align 8
  %56 = fadd double %55, %54
  store double %56, ptr %11, align 8
  %57 = load double, ptr %9, align 8
  %58 = load double, ptr %9, align 8
  %59 = fsub double %57, %58
  %60 = load i32, ptr %12, align 4
  %61 = sitofp i32 %60 to double
  %62 = load ptr, ptr %7, align 8
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds double, ptr %62, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = fadd double %61, %66
  %68 = fsub double %59, %67
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = load ptr, ptr %6, align 8
  %75 = load i32, ptr %12, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds double, ptr %74, i64 %76
  %78 = load double, ptr %77, align 8
  %79 = fmul double %73, %78
  %80 = load double, ptr %9, align 8
  %81 = load double, ptr %11, align 8
  %82 = fadd double %80, %81
  %83 = fmul double %79, %82
  %84 = load double, ptr %11, align 8
  %85 = call double @llvm.fmuladd.f64(double %68, double %83, double %84)
  store double %85, ptr %11, align 8
  %86 = load i32, ptr %12, align 4
  %87 = sitofp i32 %86 to double
  %88 = call double @llvm.fabs.f64(double %87)
  %89 = call double @cos(double noundef %88) #3
  %90 = load double, ptr %9, align 8
  %91 = fadd double %90, 1.500000e+00
  %92 = fsub double %89, %91
  %93 = load double, ptr %11, align 8
  %94 = load double, ptr %10, align 8
  %95 = call double @llvm.fabs.f64(double %94)
  %96 = call double @exp(double noundef %95) #3
  %97 = call double @llvm.fmuladd.f64(double %93, double 1.500000e+00, double %96)
  %98 = load double, ptr %11, align 8
  %99 = call double @llvm.fmuladd.f64(double %92, double %97, double %98)
  store double %99, ptr %11, align 8
  %100 = load double, ptr %11, align 8
  %101 = fcmp ogt double %100, 1.000000e+06
  br i1 %101, label %102, label %105

102:                                              ; preds = %17
  %103 = load double, ptr %11, align 8
  %104 = fmul double %103, 5.000000e-01
  store double %104, ptr %11, align 8
  br label %111

105:                                              ; preds = %17
  %106 = load double, ptr %11, align 8
  %107 = load ptr, ptr %7, align 8
  %108 = load i32, ptr %12, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds double, ptr %107, i64 %109
  store double %106, ptr %110, align 8
  br label %111

111:                                              ; preds = %105, %102
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %12, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %12, align 4
  br label %13, !llvm.loop !39

115:                                              ; preds = %13
  %116 = load double, ptr %11, align 8
  ret double %116
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel33(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %100, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %103

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @atan(double noundef %19) #3
  %21 = load double, ptr %9, align 8
  %22 = load double, ptr %9, align 8
  %23 = fneg double %21
  %24 = call double @llvm.fmuladd.f64(double %23, double %22, double %20)
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @sin(double noundef %25) #3
  %27 = load double, ptr %11, align 8
  %28 = fadd double %27, %26
  store double %28, ptr %11, align 8
  %29 = load double, ptr %9, align 8
  %30 = load double, ptr %9, align 8
  %31 = fadd double %29, %30
  %32 = load i32, ptr %12, align 4
  %33 = sitofp i32 %32 to double
  %34 = call double @llvm.fabs.f64(double %33)
  %35 = call double @sqrt(double noundef %34) #3
  %36 = load double, ptr %11, align 8
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = call double @tanh(double noundef %37) #3
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds double, ptr %39, i64 %41
  %43 = load double, ptr %42, align 8
  %44 = load double, ptr %9, align 8
  %45 = fsub double %43, %44
  %46 = fsub double %38, %45
  %47 = call double @llvm.fmuladd.f64(double %31, double %35, double %46)
  %48 = load double, ptr %11, align 8
  %49 = fadd double %48, %47
  store double %49, ptr %11, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sitofp i32 %50 to double
  %52 = fadd double %51, 1.500000e+00
  %53 = call double @llvm.fabs.f64(double %52)
  %54 = call double @log1p(double noundef %53) #3
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @sin(double noundef %55) #3
  %57 = load double, ptr %11, align 8
  %58 = fadd double %57, %56
  store double %58, ptr %11, align 8
  %59 = load ptr, ptr %7, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sitofp i32 %64 to double
  %66 = fmul double %63, %65
  %67 = load i32, ptr %12, align 4
  %68 = sitofp i32 %67 to double
  %69 = load ptr, ptr %7, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = fadd double %68, %73
  %75 = load ptr, ptr %6, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = fadd double 1.500000e+00, %79
  %81 = load double, ptr %10, align 8
  %82 = call double @llvm.fabs.f64(double %81)
  %83 = call double @sin(double noundef %82) #3
  %84 = fmul double %80, %83
  %85 = call double @llvm.fmuladd.f64(double %66, double %74, double %84)
  %86 = load double, ptr %11, align 8
  %87 = fadd double %86, %85
  store double %87, ptr %11, align 8
  %88 = load double, ptr %11, align 8
  %89 = fcmp ogt double %88, 1.000000e+06
  br i1 %89, label %90, label %93

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = fmul double %91, 5.000000e-01
  store double %92, ptr %11, align 8
  br label %99

93:                                               ; preds = %17
  %94 = load double, ptr %11, align 8
  %95 = load ptr, ptr %7, align 8
  %96 = load i32, ptr %12, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds double, ptr %95, i64 %97
  store double %94, ptr %98, align 8
  br label %99

99:                                               ; preds = %93, %90
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %12, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %12, align 4
  br label %13, !llvm.loop !40

103:                                              ; preds = %13
  %104 = load double, ptr %11, align 8
  ret double %104
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel34(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %114, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %117

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = fadd double %18, 1.500000e+00
  %20 = load double, ptr %9, align 8
  %21 = load ptr, ptr %7, align 8
  %22 = load i32, ptr %12, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = fsub double %20, %25
  %27 = fsub double %19, %26
  %28 = load i32, ptr %12, align 4
  %29 = sitofp i32 %28 to double
  %30 = load ptr, ptr %6, align 8
  %31 = load i32, ptr %12, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds double, ptr %30, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = fmul double %29, %34
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @sin(double noundef %36) #3
  %38 = fsub double %27, %37
  %39 = load double, ptr %11, align 8
  %40 = fadd double %39, %38
  store double %40, ptr %11, align 8
  %41 = load double, ptr %11, align 8
  %42 = fsub double 1.500000e+00, %41
  %43 = load double, ptr %10, align 8
  %44 = load ptr, ptr %6, align 8
  %45 = load i32, ptr %12, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds double, ptr %44, i64 %46
  %48 = load double, ptr %47, align 8
  %49 = fadd double %43, %48
  %50 = fmul double %42, %49
  %51 = load i32, ptr %12, align 4
  %52 = sitofp i32 %51 to double
  %53 = load double, ptr %10, align 8
  %54 = fadd double %52, %53
  %55 = load ptr, ptr %6, align 8
  %56 = load i32, ptr %12, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds double, ptr %55, i64 %57
  %59 = load double, ptr %58, align 8
  %60 = load double, ptr %10, align 8
  %61 = fneg double %59
  %62 = call double @llvm.fmuladd.f64(double %61, double %60, double %54)
  %63 = load double, ptr %11, align 8
  %64 = call double @llvm.fmuladd.f64(double %50, double %62, double %63)
  store double %64, ptr %11, align 8
  %65 = load ptr, ptr %6, align 8
  %66 = load i32, ptr %12, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds double, ptr %65, i64 %67
  %69 = load double, ptr %68, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sitofp i32 %70 to double
  %72 = load ptr, ptr %7, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = fadd double 1.500000e+00, %76
  %78 = call double @llvm.fmuladd.f64(double %69, double %71, double %77)
  %79 = call double @llvm.fabs.f64(double %78)
  %80 = call double @cos(double noundef %79) #3
  %81 = load double, ptr %11, align 8
  %82 = fadd double %81, %80
  store double %82, ptr %11, align 8
  %83 = load ptr, ptr %7, align 8
  %84 = load i32, ptr %12, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %83, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = call double @llvm.fabs.f64(double %87)
  %89 = call double @sqrt(double noundef %88) #3
  %90 = call double @llvm.fabs.f64(double %89)
  %91 = call double @sin(double noundef %90) #3
  %92 = load double, ptr %9, align 8
  %93 = call double @llvm.fabs.f64(double %92)
  %94 = call double @sin(double noundef %93) #3
  %95 = load i32, ptr %12, align 4
  %96 = sitofp i32 %95 to double
  %97 = fadd double 1.500000e+00, %96
  %98 = fneg double %94
  %99 = call double @llvm.fmuladd.f64(double %98, double %97, double %91)
  %100 = load double, ptr %11, align 8
  %101 = fadd double %100, %99
  store double %101, ptr %11, align 8
  %102 = load double, ptr %11, align 8
  %103 = fcmp ogt double %102, 1.000000e+06
  br i1 %103, label %104, label %107

104:                                              ; preds = %17
  %105 = load double, ptr %11, align 8
  %106 = fmul double %105, 5.000000e-01
  store double %106, ptr %11, align 8
  br label %113

107:                                              ; preds = %17
  %108 = load double, ptr %11, align 8
  %109 = load ptr, ptr %7, align 8
  %110 = load i32, ptr %12, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds double, ptr %109, i64 %111
  store double %108, ptr %112, align 8
  br label %113

113:                                              ; preds = %107, %104
  br label %114

114:                                              ; preds = %113
  %115 = load i32, ptr %12, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %12, align 4
  br label %13, !llvm.loop !41

117:                                              ; preds = %13
  %118 = load double, ptr %11, align 8
  ret double %118
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel35(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %105, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %108

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load double, ptr %9, align 8
  %20 = fmul double %18, %19
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @sqrt(double noundef %21) #3
  %23 = load i32, ptr %12, align 4
  %24 = sitofp i32 %23 to double
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @sin(double noundef %25) #3
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = load double, ptr %9, align 8
  %33 = fsub double %31, %32
  %34 = call double @llvm.fmuladd.f64(double %26, double %33, double %22)
  %35 = load double, ptr %11, align 8
  %36 = fadd double %35, %34
  store double %36, ptr %11, align 8
  %37 = load double, ptr %11, align 8
  %38 = fsub double 1.500000e+00, %37
  %39 = load double, ptr %11, align 8
  %40 = load double, ptr %10, align 8
  %41 = call double @llvm.fmuladd.f64(double %39, double %40, double %38)
  %42 = load ptr, ptr %6, align 8
  %43 = load i32, ptr %12, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds double, ptr %42, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = call double @llvm.fabs.f64(double %46)
  %48 = call double @atan(double noundef %47) #3
  %49 = load ptr, ptr %7, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %49, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = fneg double %53
  %55 = call double @llvm.fmuladd.f64(double %54, double 1.500000e+00, double %48)
  %56 = fsub double %41, %55
  %57 = load double, ptr %11, align 8
  %58 = fadd double %57, %56
  store double %58, ptr %11, align 8
  %59 = load double, ptr %9, align 8
  %60 = load double, ptr %9, align 8
  %61 = load i32, ptr %12, align 4
  %62 = sitofp i32 %61 to double
  %63 = call double @llvm.fabs.f64(double %62)
  %64 = call double @sqrt(double noundef %63) #3
  %65 = fneg double %64
  %66 = call double @llvm.fmuladd.f64(double %59, double %60, double %65)
  %67 = load i32, ptr %12, align 4
  %68 = sitofp i32 %67 to double
  %69 = load double, ptr %11, align 8
  %70 = load double, ptr %11, align 8
  %71 = fsub double %69, %70
  %72 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %68, double %71)
  %73 = load double, ptr %11, align 8
  %74 = call double @llvm.fmuladd.f64(double %66, double %72, double %73)
  store double %74, ptr %11, align 8
  %75 = load i32, ptr %12, align 4
  %76 = sitofp i32 %75 to double
  %77 = load double, ptr %11, align 8
  %78 = fsub double %76, %77
  %79 = load double, ptr %9, align 8
  %80 = load ptr, ptr %6, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %80, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = call double @llvm.fmuladd.f64(double %79, double %84, double %78)
  %86 = call double @llvm.fabs.f64(double 1.500000e+00)
  %87 = call double @atan(double noundef %86) #3
  %88 = call double @llvm.fabs.f64(double %87)
  %89 = call double @log1p(double noundef %88) #3
  %90 = fsub double %85, %89
  %91 = load double, ptr %11, align 8
  %92 = fadd double %91, %90
  store double %92, ptr %11, align 8
  %93 = load double, ptr %11, align 8
  %94 = fcmp ogt double %93, 1.000000e+06
  br i1 %94, label %95, label %98

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = fmul double %96, 5.000000e-01
  store double %97, ptr %11, align 8
  br label %104

98:                                               ; preds = %17
  %99 = load double, ptr %11, align 8
  %100 = load ptr, ptr %7, align 8
  %101 = load i32, ptr %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds double, ptr %100, i64 %102
  store double %99, ptr %103, align 8
  br label %104

104:                                              ; preds = %98, %95
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %12, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %12, align 4
  br label %13, !llvm.loop !42

108:                                              ; preds = %13
  %109 = load double, ptr %11, align 8
  ret double %109
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel36(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %105, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %108

17:                                               ; preds = %13
  %18 = load double, ptr %11, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @atan(double noundef %19) #3
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @atan(double noundef %21) #3
  %23 = load double, ptr %11, align 8
  %24 = fmul double %23, 1.500000e+00
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @atan(double noundef %25) #3
  %27 = fadd double %22, %26
  %28 = load double, ptr %11, align 8
  %29 = fadd double %28, %27
  store double %29, ptr %11, align 8
  %30 = load double, ptr %10, align 8
  %31 = call double @llvm.fabs.f64(double %30)
  %32 = call double @sqrt(double noundef %31) #3
  %33 = load i32, ptr %12, align 4
  %34 = sitofp i32 %33 to double
  %35 = call double @llvm.fabs.f64(double %34)
  %36 = call double @atan(double noundef %35) #3
  %37 = fsub double %32, %36
  %38 = load double, ptr %10, align 8
  %39 = call double @llvm.fabs.f64(double %38)
  %40 = call double @log1p(double noundef %39) #3
  %41 = load double, ptr %11, align 8
  %42 = call double @llvm.fabs.f64(double %41)
  %43 = call double @exp(double noundef %42) #3
  %44 = call double @llvm.fmuladd.f64(double %40, double %43, double %37)
  %45 = load double, ptr %11, align 8
  %46 = fadd double %45, %44
  store double %46, ptr %11, align 8
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  %52 = load ptr, ptr %7, align 8
  %53 = load i32, ptr %12, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds double, ptr %52, i64 %54
  %56 = load double, ptr %55, align 8
  %57 = load double, ptr %11, align 8
  %58 = fsub double %56, %57
  %59 = fneg double %58
  %60 = call double @llvm.fmuladd.f64(double %51, double 1.500000e+00, double %59)
  %61 = load double, ptr %11, align 8
  %62 = load double, ptr %10, align 8
  %63 = fsub double %61, %62
  %64 = load ptr, ptr %7, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = load ptr, ptr %7, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = fadd double %68, %73
  %75 = fmul double %63, %74
  %76 = load double, ptr %11, align 8
  %77 = call double @llvm.fmuladd.f64(double %60, double %75, double %76)
  store double %77, ptr %11, align 8
  %78 = load double, ptr %11, align 8
  %79 = load double, ptr %10, align 8
  %80 = fsub double %78, %79
  %81 = load ptr, ptr %7, align 8
  %82 = load i32, ptr %12, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds double, ptr %81, i64 %83
  %85 = load double, ptr %84, align 8
  %86 = load double, ptr %10, align 8
  %87 = fadd double %85, %86
  %88 = fmul double %80, %87
  %89 = call double @llvm.fabs.f64(double %88)
  %90 = call double @atan(double noundef %89) #3
  %91 = load double, ptr %11, align 8
  %92 = fadd double %91, %90
  store double %92, ptr %11, align 8
  %93 = load double, ptr %11, align 8
  %94 = fcmp ogt double %93, 1.000000e+06
  br i1 %94, label %95, label %98

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = fmul double %96, 5.000000e-01
  store double %97, ptr %11, align 8
  br label %104

98:                                               ; preds = %17
  %99 = load double, ptr %11, align 8
  %100 = load ptr, ptr %7, align 8
  %101 = load i32, ptr %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds double, ptr %100, i64 %102
  store double %99, ptr %103, align 8
  br label %104

104:                                              ; preds = %98, %95
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %12, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %12, align 4
  br label %13, !llvm.loop !43

108:                                              ; preds = %13
  %109 = load double, ptr %11, align 8
  ret double %109
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel37(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %111, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %114

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %9, align 8
  %24 = fadd double %22, %23
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @tanh(double noundef %25) #3
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = load ptr, ptr %6, align 8
  %33 = load i32, ptr %12, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = fadd double %31, %36
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = call double @exp(double noundef %38) #3
  %40 = load double, ptr %11, align 8
  %41 = call double @llvm.fmuladd.f64(double %26, double %39, double %40)
  store double %41, ptr %11, align 8
  %42 = load double, ptr %11, align 8
  %43 = load double, ptr %9, align 8
  %44 = fadd double %42, %43
  %45 = load double, ptr %10, align 8
  %46 = fneg double %45
  %47 = call double @llvm.fmuladd.f64(double %46, double 1.500000e+00, double %44)
  %48 = call double @llvm.fabs.f64(double %47)
  %49 = call double @atan(double noundef %48) #3
  %50 = load double, ptr %11, align 8
  %51 = fadd double %50, %49
  store double %51, ptr %11, align 8
  %52 = load ptr, ptr %7, align 8
  %53 = load i32, ptr %12, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds double, ptr %52, i64 %54
  %56 = load double, ptr %55, align 8
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @cos(double noundef %57) #3
  %59 = call double @llvm.fabs.f64(double %58)
  %60 = call double @atan(double noundef %59) #3
  %61 = call double @llvm.fabs.f64(double 1.500000e+00)
  %62 = call double @exp(double noundef %61) #3
  %63 = call double @llvm.fabs.f64(double %62)
  %64 = call double @sin(double noundef %63) #3
  %65 = fsub double %60, %64
  %66 = load double, ptr %11, align 8
  %67 = fadd double %66, %65
  store double %67, ptr %11, align 8
  %68 = load ptr, ptr %6, align 8
  %69 = load i32, ptr %12, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sitofp i32 %73 to double
  %75 = load i32, ptr %12, align 4
  %76 = sitofp i32 %75 to double
  %77 = load double, ptr %9, align 8
  %78 = fadd double %76, %77
  %79 = fneg double %78
  %80 = call double @llvm.fmuladd.f64(double %72, double %74, double %79)
  %81 = load i32, ptr %12, align 4
  %82 = sitofp i32 %81 to double
  %83 = load double, ptr %10, align 8
  %84 = load ptr, ptr %7, align 8
  %85 = load i32, ptr %12, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds double, ptr %84, i64 %86
  %88 = load double, ptr %87, align 8
  %89 = load ptr, ptr %7, align 8
  %90 = load i32, ptr %12, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds double, ptr %89, i64 %91
  %93 = load double, ptr %92, align 8
  %94 = fsub double %88, %93
  %95 = call double @llvm.fmuladd.f64(double %82, double %83, double %94)
  %96 = fsub double %80, %95
  %97 = load double, ptr %11, align 8
  %98 = fadd double %97, %96
  store double %98, ptr %11, align 8
  %99 = load double, ptr %11, align 8
  %100 = fcmp ogt double %99, 1.000000e+06
  br i1 %100, label %101, label %104

101:                                              ; preds = %17
  %102 = load double, ptr %11, align 8
  %103 = fmul double %102, 5.000000e-01
  store double %103, ptr %11, align 8
  br label %110

104:                                              ; preds = %17
  %105 = load double, ptr %11, align 8
  %106 = load ptr, ptr %7, align 8
  %107 = load i32, ptr %12, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds double, ptr %106, i64 %108
  store double %105, ptr %109, align 8
  br label %110

110:                                              ; preds = %104, %101
  br label %111

111:                                              ; preds = %110
  %112 = load i32, ptr %12, align 4
  %113 = add nsw i32 %112, 1
  store i32 %113, ptr %12, align 4
  br label %13, !llvm.loop !44

114:                                              ; preds = %13
  %115 = load double, ptr %11, align 8
  ret double %115
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel38(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %108, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %111

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load double, ptr %11, align 8
  %20 = fadd double %18, %19
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @sin(double noundef %21) #3
  %23 = load double, ptr %11, align 8
  %24 = call double @llvm.fabs.f64(double %23)
  %25 = call double @atan(double noundef %24) #3
  %26 = load ptr, ptr %6, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fsub double 1.500000e+00, %30
  %32 = call double @llvm.fmuladd.f64(double %25, double %31, double %22)
  %33 = load double, ptr %11, align 8
  %34 = fadd double %33, %32
  store double %34, ptr %11, align 8
  %35 = load i32, ptr %12, align 4
  %36 = sitofp i32 %35 to double
  %37 = load double, ptr %9, align 8
  %38 = fmul double %36, %37
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds double, ptr %39, i64 %41
  %43 = load double, ptr %42, align 8
  %44 = fmul double 1.500000e+00, %43
  %45 = fmul double %38, %44
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @exp(double noundef %46) #3
  %48 = load double, ptr %11, align 8
  %49 = fadd double %48, %47
  store double %49, ptr %11, align 8
  %50 = load double, ptr %9, align 8
  %51 = load double, ptr %10, align 8
  %52 = fsub double %50, %51
  %53 = load i32, ptr %12, align 4
  %54 = sitofp i32 %53 to double
  %55 = fadd double 1.500000e+00, %54
  %56 = fadd double %52, %55
  %57 = load ptr, ptr %7, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = fadd double 1.500000e+00, %61
  %63 = call double @llvm.fabs.f64(double 1.500000e+00)
  %64 = call double @sqrt(double noundef %63) #3
  %65 = fadd double %62, %64
  %66 = fadd double %56, %65
  %67 = load double, ptr %11, align 8
  %68 = fadd double %67, %66
  store double %68, ptr %11, align 8
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = fsub double %73, 1.500000e+00
  %75 = load double, ptr %10, align 8
  %76 = load double, ptr %9, align 8
  %77 = fsub double %75, %76
  %78 = fadd double %74, %77
  %79 = load ptr, ptr %7, align 8
  %80 = load i32, ptr %12, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds double, ptr %79, i64 %81
  %83 = load double, ptr %82, align 8
  %84 = load ptr, ptr %7, align 8
  %85 = load i32, ptr %12, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds double, ptr %84, i64 %86
  %88 = load double, ptr %87, align 8
  %89 = fsub double %83, %88
  %90 = load double, ptr %10, align 8
  %91 = call double @llvm.fabs.f64(double %90)
  %92 = call double @tanh(double noundef %91) #3
  %93 = call double @llvm.fmuladd.f64(double %89, double %92, double %78)
  %94 = load double, ptr %11, align 8
  %95 = fadd double %94, %93
  store double %95, ptr %11, align 8
  %96 = load double, ptr %11, align 8
  %97 = fcmp ogt double %96, 1.000000e+06
  br i1 %97, label %98, label %101

98:                                               ; preds = %17
  %99 = load double, ptr %11, align 8
  %100 = fmul double %99, 5.000000e-01
  store double %100, ptr %11, align 8
  br label %107

101:                                              ; preds = %17
  %102 = load double, ptr %11, align 8
  %103 = load ptr, ptr %7, align 8
  %104 = load i32, ptr %12, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds double, ptr %103, i64 %105
  store double %102, ptr %106, align 8
  br label %107

107:                                              ; preds = %101, %98
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %12, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %12, align 4
  br label %13, !llvm.loop !45

111:                                              ; preds = %13
  %112 = load double, ptr %11, align 8
  ret double %112
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel39(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %101, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %104

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @log1p(double noundef %19) #3
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @atan(double noundef %21) #3
  %23 = load double, ptr %9, align 8
  %24 = fsub double %23, 1.500000e+00
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @exp(double noundef %25) #3
  %27 = fadd double %22, %26
  %28 = load double, ptr %11, align 8
  %29 = fadd double %28, %27
  store double %29, ptr %11, align 8
  %30 = load ptr, ptr %6, align 8
  %31 = load i32, ptr %12, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds double, ptr %30, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = load double, ptr %11, align 8
  %36 = fadd double %34, %35
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = call double @log1p(double noundef %37) #3
  %39 = call double @llvm.fabs.f64(double %38)
  %40 = call double @log1p(double noundef %39) #3
  %41 = load double, ptr %11, align 8
  %42 = fadd double %41, %40
  store double %42, ptr %11, align 8
  %43 = call double @llvm.fabs.f64(double 1.500000e+00)
  %44 = call double @log1p(double noundef %43) #3
  %45 = load ptr, ptr %7, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds double, ptr %45, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = call double @llvm.fabs.f64(double %49)
  %51 = call double @atan(double noundef %50) #3
  %52 = fsub double %44, %51
  %53 = call double @llvm.fabs.f64(double %52)
  %54 = call double @atan(double noundef %53) #3
  %55 = load double, ptr %11, align 8
  %56 = fadd double %55, %54
  store double %56, ptr %11, align 8
  %57 = load ptr, ptr %7, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = call double @llvm.fabs.f64(double %61)
  %63 = call double @cos(double noundef %62) #3
  %64 = load double, ptr %10, align 8
  %65 = load ptr, ptr %6, align 8
  %66 = load i32, ptr %12, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds double, ptr %65, i64 %67
  %69 = load double, ptr %68, align 8
  %70 = fadd double %64, %69
  %71 = fadd double %63, %70
  %72 = load ptr, ptr %6, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @tanh(double noundef %77) #3
  %79 = load double, ptr %9, align 8
  %80 = load ptr, ptr %7, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %80, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = fneg double %79
  %86 = call double @llvm.fmuladd.f64(double %85, double %84, double %78)
  %87 = load double, ptr %11, align 8
  %88 = call double @llvm.fmuladd.f64(double %71, double %86, double %87)
  store double %88, ptr %11, align 8
  %89 = load double, ptr %11, align 8
  %90 = fcmp ogt double %89, 1.000000e+06
  br i1 %90, label %91, label %94

91:                                               ; preds = %17
  %92 = load double, ptr %11, align 8
  %93 = fmul double %92, 5.000000e-01
  store double %93, ptr %11, align 8
  br label %100

94:                                               ; preds = %17
  %95 = load double, ptr %11, align 8
  %96 = load ptr, ptr %7, align 8
  %97 = load i32, ptr %12, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds double, ptr %96, i64 %98
  store double %95, ptr %99, align 8
  br label %100

100:                                              ; preds = %94, %91
  br label %101

101:                                              ; preds = %100
  %102 = load i32, ptr %12, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %12, align 4
  br label %13, !llvm.loop !46

104:                                              ; preds = %13
  %105 = load double, ptr %11, align 8
  ret double %105
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel40(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %114, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %117

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load double, ptr %9, align 8
  %20 = fadd double %18, %19
  %21 = load ptr, ptr %7, align 8
  %22 = load i32, ptr %12, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = call double @llvm.fabs.f64(double %25)
  %27 = call double @log1p(double noundef %26) #3
  %28 = fsub double %20, %27
  %29 = load double, ptr %11, align 8
  %30 = call double @llvm.fabs.f64(double %29)
  %31 = call double @cos(double noundef %30) #3
  %32 = load ptr, ptr %7, align 8
  %33 = load i32, ptr %12, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = load ptr, ptr %6, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = call double @llvm.fmuladd.f64(double %36, double %41, double %31)
  %43 = fsub double %28, %42
  %44 = load double, ptr %11, align 8
  %45 = fadd double %44, %43
  store double %45, ptr %11, align 8
  %46 = load ptr, ptr %7, align 8
  %47 = load i32, ptr %12, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds double, ptr %46, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = fsub double 1.500000e+00, %50
  %52 = load i32, ptr %12, align 4
  %53 = sitofp i32 %52 to double
  %54 = call double @llvm.fabs.f64(double %53)
  %55 = call double @tanh(double noundef %54) #3
  %56 = fadd double %51, %55
  %57 = load ptr, ptr %7, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = load ptr, ptr %6, align 8
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds double, ptr %62, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = fadd double %61, %66
  %68 = load double, ptr %10, align 8
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = fmul double %68, %73
  %75 = fmul double %67, %74
  %76 = load double, ptr %11, align 8
  %77 = call double @llvm.fmuladd.f64(double %56, double %75, double %76)
  store double %77, ptr %11, align 8
  %78 = call double @llvm.fabs.f64(double 1.500000e+00)
  %79 = call double @tanh(double noundef %78) #3
  %80 = call double @llvm.fabs.f64(double 1.500000e+00)
  %81 = call double @log1p(double noundef %80) #3
  %82 = fsub double %79, %81
  %83 = load double, ptr %11, align 8
  %84 = call double @llvm.fabs.f64(double %83)
  %85 = call double @cos(double noundef %84) #3
  %86 = call double @llvm.fabs.f64(double %85)
  %87 = call double @tanh(double noundef %86) #3
  %88 = fsub double %82, %87
  %89 = load double, ptr %11, align 8
  %90 = fadd double %89, %88
  store double %90, ptr %11, align 8
  %91 = load double, ptr %11, align 8
  %92 = call double @llvm.fabs.f64(double %91)
  %93 = call double @exp(double noundef %92) #3
  %94 = load double, ptr %9, align 8
  %95 = load double, ptr %10, align 8
  %96 = fmul double %94, %95
  %97 = fmul double %93, %96
  %98 = call double @llvm.fabs.f64(double 0.000000e+00)
  %99 = call double @exp(double noundef %98) #3
  %100 = load double, ptr %11, align 8
  %101 = call double @llvm.fmuladd.f64(double %97, double %99, double %100)
  store double %101, ptr %11, align 8
  %102 = load double, ptr %11, align 8
  %103 = fcmp ogt double %102, 1.000000e+06
  br i1 %103, label %104, label %107

104:                                              ; preds = %17
  %105 = load double, ptr %11, align 8
  %106 = fmul double %105, 5.000000e-01
  store double %106, ptr %11, align 8
  br label %113

107:                                              ; preds = %17
  %108 = load double, ptr %11, align 8
  %109 = load ptr, ptr %7, align 8
  %110 = load i32, ptr %12, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds double, ptr %109, i64 %111
  store double %108, ptr %112, align 8
  br label %113

113:                                              ; preds = %107, %104
  br label %114

114:                                              ; preds = %113
  %115 = load i32, ptr %12, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %12, align 4
  br label %13, !llvm.loop !47

117:                                              ; preds = %13
  %118 = load double, ptr %11, align 8
  ret double %118
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel41(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %125, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %128

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fsub double %22, 1.500000e+00
  %24 = load double, ptr %10, align 8
  %25 = load double, ptr %11, align 8
  %26 = fsub double %24, %25
  %27 = fadd double %23, %26
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = fadd double %32, %37
  %39 = load ptr, ptr %7, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds double, ptr %39, i64 %41
  %43 = load double, ptr %42, align 8
  %44 = load double, ptr %9, align 8
  %45 = fadd double %43, %44
  %46 = fadd double %38, %45
  %47 = fadd double %27, %46
  %48 = load double, ptr %11, align 8
  %49 = fadd double %48, %47
  store double %49, ptr %11, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sitofp i32 %50 to double
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @tanh(double noundef %52) #3
  %54 = load double, ptr %11, align 8
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @atan(double noundef %55) #3
  %57 = fadd double %53, %56
  %58 = call double @llvm.fabs.f64(double %57)
  %59 = call double @atan(double noundef %58) #3
  %60 = load double, ptr %11, align 8
  %61 = fadd double %60, %59
  store double %61, ptr %11, align 8
  %62 = load ptr, ptr %6, align 8
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds double, ptr %62, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = call double @llvm.fabs.f64(double %66)
  %68 = call double @log1p(double noundef %67) #3
  %69 = load i32, ptr %12, align 4
  %70 = sitofp i32 %69 to double
  %71 = load ptr, ptr %6, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds double, ptr %71, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = fadd double %70, %75
  %77 = fsub double %68, %76
  %78 = load ptr, ptr %6, align 8
  %79 = load i32, ptr %12, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds double, ptr %78, i64 %80
  %82 = load double, ptr %81, align 8
  %83 = fsub double 1.500000e+00, %82
  %84 = call double @llvm.fabs.f64(double %83)
  %85 = call double @log1p(double noundef %84) #3
  %86 = fsub double %77, %85
  %87 = load double, ptr %11, align 8
  %88 = fadd double %87, %86
  store double %88, ptr %11, align 8
  %89 = load ptr, ptr %7, align 8
  %90 = load i32, ptr %12, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds double, ptr %89, i64 %91
  %93 = load double, ptr %92, align 8
  %94 = load ptr, ptr %7, align 8
  %95 = load i32, ptr %12, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds double, ptr %94, i64 %96
  %98 = load double, ptr %97, align 8
  %99 = fadd double %93, %98
  %100 = load i32, ptr %12, align 4
  %101 = sitofp i32 %100 to double
  %102 = load ptr, ptr %7, align 8
  %103 = load i32, ptr %12, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds double, ptr %102, i64 %104
  %106 = load double, ptr %105, align 8
  %107 = fsub double %101, %106
  %108 = fmul double %99, %107
  %109 = call double @llvm.fabs.f64(double %108)
  %110 = call double @log1p(double noundef %109) #3
  %111 = load double, ptr %11, align 8
  %112 = fadd double %111, %110
  store double %112, ptr %11, align 8
  %113 = load double, ptr %11, align 8
  %114 = fcmp ogt double %113, 1.000000e+06
  br i1 %114, label %115, label %118

115:                                              ; preds = %17
  %116 = load double, ptr %11, align 8
  %117 = fmul double %116, 5.000000e-01
  store double %117, ptr %11, align 8
  br label %124

118:                                              ; preds = %17
  %119 = load double, ptr %11, align 8
  %120 = load ptr, ptr %7, align 8
  %121 = load i32, ptr %12, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds double, ptr %120, i64 %122
  store double %119, ptr %123, align 8
  br label %124

124:                                              ; preds = %118, %115
  br label %125

125:                                              ; preds = %124
  %126 = load i32, ptr %12, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %12, align 4
  br label %13, !llvm.loop !48

128:                                              ; preds = %13
  %129 = load double, ptr %11, align 8
  ret double %129
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel42(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %97, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %100

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = fmul double %18, 1.500000e+00
  %20 = call double @llvm.fabs.f64(double %19)
  %21 = call double @tanh(double noundef %20) #3
  %22 = load ptr, ptr %6, align 8
  %23 = load i32, ptr %12, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = load double, ptr %9, align 8
  %28 = fsub double %26, %27
  %29 = load i32, ptr %12, align 4
  %30 = sitofp i32 %29 to double
  %31 = call double @llvm.fabs.f64(double %30)
  %32 = call double @exp(double noundef %31) #3
  %33 = fsub double %28, %32
  %34 = load double, ptr %11, align 8
  %35 = call double @llvm.fmuladd.f64(double %21, double %33, double %34)
  store double %35, ptr %11, align 8
  %36 = load double, ptr %9, align 8
  %37 = fsub double %36, 1.500000e+00
  %38 = load ptr, ptr %7, align 8
  %39 = load i32, ptr %12, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds double, ptr %38, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = call double @llvm.fabs.f64(double %42)
  %44 = call double @sqrt(double noundef %43) #3
  %45 = fmul double %37, %44
  %46 = load i32, ptr %12, align 4
  %47 = sitofp i32 %46 to double
  %48 = call double @llvm.fabs.f64(double %47)
  %49 = call double @log1p(double noundef %48) #3
  %50 = load double, ptr %11, align 8
  %51 = call double @llvm.fabs.f64(double %50)
  %52 = call double @sin(double noundef %51) #3
  %53 = fmul double %49, %52
  %54 = load double, ptr %11, align 8
  %55 = call double @llvm.fmuladd.f64(double %45, double %53, double %54)
  store double %55, ptr %11, align 8
  %56 = load ptr, ptr %6, align 8
  %57 = load i32, ptr %12, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds double, ptr %56, i64 %58
  %60 = load double, ptr %59, align 8
  %61 = load ptr, ptr %7, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = fadd double %60, %65
  %67 = load i32, ptr %12, align 4
  %68 = sitofp i32 %67 to double
  %69 = fsub double 1.500000e+00, %68
  %70 = fsub double %66, %69
  %71 = call double @llvm.fabs.f64(double %70)
  %72 = call double @exp(double noundef %71) #3
  %73 = load double, ptr %11, align 8
  %74 = fadd double %73, %72
  store double %74, ptr %11, align 8
  %75 = load i32, ptr %12, align 4
  %76 = sitofp i32 %75 to double
  %77 = load double, ptr %9, align 8
  %78 = fmul double %76, %77
  %79 = call double @llvm.fabs.f64(double %78)
  %80 = call double @tanh(double noundef %79) #3
  %81 = call double @llvm.fabs.f64(double %80)
  %82 = call double @sin(double noundef %81) #3
  %83 = load double, ptr %11, align 8
  %84 = fadd double %83, %82
  store double %84, ptr %11, align 8
  %85 = load double, ptr %11, align 8
  %86 = fcmp ogt double %85, 1.000000e+06
  br i1 %86, label %87, label %90

87:                                               ; preds = %17
  %88 = load double, ptr %11, align 8
  %89 = fmul double %88, 5.000000e-01
  store double %89, ptr %11, align 8
  br label %96

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = load ptr, ptr %7, align 8
  %93 = load i32, ptr %12, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds double, ptr %92, i64 %94
  store double %91, ptr %95, align 8
  br label %96

96:                                               ; preds = %90, %87
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %12, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %12, align 4
  br label %13, !llvm.loop !49

100:                                              ; preds = %13
  %101 = load double, ptr %11, align 8
  ret double %101
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel43(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %121, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %124

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @sin(double noundef %19) #3
  %21 = load double, ptr %10, align 8
  %22 = load ptr, ptr %6, align 8
  %23 = load i32, ptr %12, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = fadd double %21, %26
  %28 = fadd double %20, %27
  %29 = load ptr, ptr %6, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = load double, ptr %11, align 8
  %35 = fadd double %33, %34
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @exp(double noundef %36) #3
  %38 = fsub double %28, %37
  %39 = load double, ptr %11, align 8
  %40 = fadd double %39, %38
  store double %40, ptr %11, align 8
  %41 = load ptr, ptr %6, align 8
  %42 = load i32, ptr %12, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds double, ptr %41, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = load double, ptr %11, align 8
  %47 = fsub double %45, %46
  %48 = load double, ptr %10, align 8
  %49 = load double, ptr %11, align 8
  %50 = fadd double %48, %49
  %51 = load double, ptr %11, align 8
  %52 = load double, ptr %9, align 8
  %53 = fsub double %51, %52
  %54 = load i32, ptr %12, align 4
  %55 = sitofp i32 %54 to double
  %56 = load double, ptr %9, align 8
  %57 = call double @llvm.fmuladd.f64(double %55, double %56, double %53)
  %58 = call double @llvm.fmuladd.f64(double %47, double %50, double %57)
  %59 = load double, ptr %11, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %11, align 8
  %61 = load i32, ptr %12, align 4
  %62 = sitofp i32 %61 to double
  %63 = load ptr, ptr %7, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds double, ptr %63, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = fsub double %62, %67
  %69 = load double, ptr %10, align 8
  %70 = load double, ptr %9, align 8
  %71 = fmul double %69, %70
  %72 = fmul double %68, %71
  %73 = load ptr, ptr %6, align 8
  %74 = load i32, ptr %12, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds double, ptr %73, i64 %75
  %77 = load double, ptr %76, align 8
  %78 = load double, ptr %9, align 8
  %79 = fadd double %77, %78
  %80 = load double, ptr %10, align 8
  %81 = call double @llvm.fabs.f64(double %80)
  %82 = call double @sqrt(double noundef %81) #3
  %83 = fadd double %79, %82
  %84 = load double, ptr %11, align 8
  %85 = call double @llvm.fmuladd.f64(double %72, double %83, double %84)
  store double %85, ptr %11, align 8
  %86 = load ptr, ptr %7, align 8
  %87 = load i32, ptr %12, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds double, ptr %86, i64 %88
  %90 = load double, ptr %89, align 8
  %91 = load double, ptr %9, align 8
  %92 = fadd double %90, %91
  %93 = load double, ptr %9, align 8
  %94 = load ptr, ptr %7, align 8
  %95 = load i32, ptr %12, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds double, ptr %94, i64 %96
  %98 = load double, ptr %97, align 8
  %99 = fsub double %93, %98
  %100 = load double, ptr %11, align 8
  %101 = call double @llvm.fabs.f64(double %100)
  %102 = call double @sin(double noundef %101) #3
  %103 = call double @llvm.fabs.f64(double %102)
  %104 = call double @sin(double noundef %103) #3
  %105 = fneg double %104
  %106 = call double @llvm.fmuladd.f64(double %92, double %99, double %105)
  %107 = load double, ptr %11, align 8
  %108 = fadd double %107, %106
  store double %108, ptr %11, align 8
  %109 = load double, ptr %11, align 8
  %110 = fcmp ogt double %109, 1.000000e+06
  br i1 %110, label %111, label %114

111:                                              ; preds = %17
  %112 = load double, ptr %11, align 8
  %113 = fmul double %112, 5.000000e-01
  store double %113, ptr %11, align 8
  br label %120

114:                                              ; preds = %17
  %115 = load double, ptr %11, align 8
  %116 = load ptr, ptr %7, align 8
  %117 = load i32, ptr %12, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds double, ptr %116, i64 %118
  store double %115, ptr %119, align 8
  br label %120

120:                                              ; preds = %114, %111
  br label %121

121:                                              ; preds = %120
  %122 = load i32, ptr %12, align 4
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %12, align 4
  br label %13, !llvm.loop !50

124:                                              ; preds = %13
  %125 = load double, ptr %11, align 8
  ret double %125
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel44(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %90, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %93

17:                                               ; preds = %13
  %18 = call double @llvm.fabs.f64(double 1.500000e+00)
  %19 = call double @log1p(double noundef %18) #3
  %20 = load double, ptr %11, align 8
  %21 = fadd double 1.500000e+00, %20
  %22 = fsub double %19, %21
  %23 = load ptr, ptr %7, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load double, ptr %9, align 8
  %29 = fsub double %27, %28
  %30 = load i32, ptr %12, align 4
  %31 = sitofp i32 %30 to double
  %32 = load double, ptr %11, align 8
  %33 = fadd double %31, %32
  %34 = call double @llvm.fmuladd.f64(double %29, double %33, double %22)
  %35 = load double, ptr %11, align 8
  %36 = fadd double %35, %34
  store double %36, ptr %11, align 8
  %37 = load i32, ptr %12, align 4
  %38 = sitofp i32 %37 to double
  %39 = fmul double %38, 1.500000e+00
  %40 = call double @llvm.fabs.f64(double %39)
  %41 = call double @atan(double noundef %40) #3
  %42 = load i32, ptr %12, align 4
  %43 = sitofp i32 %42 to double
  %44 = load double, ptr %10, align 8
  %45 = fadd double %43, %44
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @tanh(double noundef %46) #3
  %48 = fsub double %41, %47
  %49 = load double, ptr %11, align 8
  %50 = fadd double %49, %48
  store double %50, ptr %11, align 8
  %51 = load ptr, ptr %6, align 8
  %52 = load i32, ptr %12, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds double, ptr %51, i64 %53
  %55 = load double, ptr %54, align 8
  %56 = load double, ptr %10, align 8
  %57 = fsub double %55, %56
  %58 = call double @llvm.fabs.f64(double %57)
  %59 = call double @atan(double noundef %58) #3
  %60 = load double, ptr %11, align 8
  %61 = fmul double 1.500000e+00, %60
  %62 = call double @llvm.fabs.f64(double %61)
  %63 = call double @atan(double noundef %62) #3
  %64 = load double, ptr %11, align 8
  %65 = call double @llvm.fmuladd.f64(double %59, double %63, double %64)
  store double %65, ptr %11, align 8
  %66 = load i32, ptr %12, align 4
  %67 = sitofp i32 %66 to double
  %68 = load double, ptr %9, align 8
  %69 = fsub double %67, %68
  %70 = load double, ptr %11, align 8
  %71 = load double, ptr %10, align 8
  %72 = fneg double %70
  %73 = call double @llvm.fmuladd.f64(double %72, double %71, double %69)
  %74 = call double @llvm.fabs.f64(double %73)
  %75 = call double @atan(double noundef %74) #3
  %76 = load double, ptr %11, align 8
  %77 = fadd double %76, %75
  store double %77, ptr %11, align 8
  %78 = load double, ptr %11, align 8
  %79 = fcmp ogt double %78, 1.000000e+06
  br i1 %79, label %80, label %83

80:                                               ; preds = %17
  %81 = load double, ptr %11, align 8
  %82 = fmul double %81, 5.000000e-01
  store double %82, ptr %11, align 8
  br label %89

83:                                               ; preds = %17
  %84 = load double, ptr %11, align 8
  %85 = load ptr, ptr %7, align 8
  %86 = load i32, ptr %12, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds double, ptr %85, i64 %87
  store double %84, ptr %88, align 8
  br label %89

89:                                               ; preds = %83, %80
  br label %90

90:                                               ; preds = %89
  %91 = load i32, ptr %12, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %12, align 4
  br label %13, !llvm.loop !51

93:                                               ; preds = %13
  %94 = load double, ptr %11, align 8
  ret double %94
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel45(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %97, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %100

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load double, ptr %10, align 8
  %20 = fsub double %18, %19
  %21 = call double @llvm.fabs.f64(double %20)
  %22 = call double @tanh(double noundef %21) #3
  %23 = load double, ptr %10, align 8
  %24 = load double, ptr %10, align 8
  %25 = fmul double %23, %24
  %26 = call double @llvm.fabs.f64(double %25)
  %27 = call double @exp(double noundef %26) #3
  %28 = fsub double %22, %27
  %29 = load double, ptr %11, align 8
  %30 = fadd double %29, %28
  store double %30, ptr %11, align 8
  %31 = call double @llvm.fabs.f64(double 2.250000e+00)
  %32 = call double @exp(double noundef %31) #3
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = call double @log1p(double noundef %38) #3
  %40 = load double, ptr %10, align 8
  %41 = call double @llvm.fabs.f64(double %40)
  %42 = call double @sqrt(double noundef %41) #3
  %43 = fadd double %39, %42
  %44 = fadd double %32, %43
  %45 = load double, ptr %11, align 8
  %46 = fadd double %45, %44
  store double %46, ptr %11, align 8
  %47 = load double, ptr %10, align 8
  %48 = fmul double %47, 1.500000e+00
  %49 = load double, ptr %10, align 8
  %50 = load double, ptr %10, align 8
  %51 = fsub double %49, %50
  %52 = fmul double %48, %51
  %53 = call double @llvm.fabs.f64(double %52)
  %54 = call double @sqrt(double noundef %53) #3
  %55 = load double, ptr %11, align 8
  %56 = fadd double %55, %54
  store double %56, ptr %11, align 8
  %57 = load ptr, ptr %6, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = load ptr, ptr %6, align 8
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds double, ptr %62, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = fmul double %61, %66
  %68 = load double, ptr %9, align 8
  %69 = call double @llvm.fabs.f64(double %68)
  %70 = call double @log1p(double noundef %69) #3
  %71 = fmul double %67, %70
  %72 = load double, ptr %11, align 8
  %73 = load ptr, ptr %7, align 8
  %74 = load i32, ptr %12, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds double, ptr %73, i64 %75
  %77 = load double, ptr %76, align 8
  %78 = fadd double %72, %77
  %79 = load double, ptr %10, align 8
  %80 = load double, ptr %11, align 8
  %81 = fneg double %79
  %82 = call double @llvm.fmuladd.f64(double %81, double %80, double %78)
  %83 = load double, ptr %11, align 8
  %84 = call double @llvm.fmuladd.f64(double %71, double %82, double %83)
  store double %84, ptr %11, align 8
  %85 = load double, ptr %11, align 8
  %86 = fcmp ogt double %85, 1.000000e+06
  br i1 %86, label %87, label %90

87:                                               ; preds = %17
  %88 = load double, ptr %11, align 8
  %89 = fmul double %88, 5.000000e-01
  store double %89, ptr %11, align 8
  br label %96

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = load ptr, ptr %7, align 8
  %93 = load i32, ptr %12, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds double, ptr %92, i64 %94
  store double %91, ptr %95, align 8
  br label %96

96:                                               ; preds = %90, %87
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %12, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %12, align 4
  br label %13, !llvm.loop !52

100:                                              ; preds = %13
  %101 = load double, ptr %11, align 8
  ret double %101
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel46(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %112, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %115

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %9, align 8
  %24 = fsub double %22, %23
  %25 = load double, ptr %11, align 8
  %26 = fsub double 1.500000e+00, %25
  %27 = fsub double %24, %26
  %28 = load double, ptr %10, align 8
  %29 = fmul double 1.500000e+00, %28
  %30 = call double @llvm.fabs.f64(double %29)
  %31 = call double @exp(double noundef %30) #3
  %32 = fadd double %27, %31
  %33 = load double, ptr %11, align 8
  %34 = fadd double %33, %32
  store double %34, ptr %11, align 8
  %35 = load ptr, ptr %7, align 8
  %36 = load i32, ptr %12, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds double, ptr %35, i64 %37
  %39 = load double, ptr %38, align 8
  %40 = load ptr, ptr %7, align 8
  %41 = load i32, ptr %12, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = load double, ptr %11, align 8
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @tanh(double noundef %46) #3
  %48 = fneg double %47
  %49 = call double @llvm.fmuladd.f64(double %39, double %44, double %48)
  %50 = load i32, ptr %12, align 4
  %51 = sitofp i32 %50 to double
  %52 = load ptr, ptr %6, align 8
  %53 = load i32, ptr %12, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds double, ptr %52, i64 %54
  %56 = load double, ptr %55, align 8
  %57 = fmul double %51, %56
  %58 = call double @llvm.fabs.f64(double %57)
  %59 = call double @sqrt(double noundef %58) #3
  %60 = load double, ptr %11, align 8
  %61 = call double @llvm.fmuladd.f64(double %49, double %59, double %60)
  store double %61, ptr %11, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sitofp i32 %62 to double
  %64 = load ptr, ptr %6, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = fmul double %63, %68
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @sin(double noundef %70) #3
  %72 = load i32, ptr %12, align 4
  %73 = sitofp i32 %72 to double
  %74 = call double @llvm.fabs.f64(double %73)
  %75 = call double @sin(double noundef %74) #3
  %76 = call double @llvm.fabs.f64(double 1.500000e+00)
  %77 = call double @log1p(double noundef %76) #3
  %78 = fadd double %75, %77
  %79 = fsub double %71, %78
  %80 = load double, ptr %11, align 8
  %81 = fadd double %80, %79
  store double %81, ptr %11, align 8
  %82 = load double, ptr %11, align 8
  %83 = load double, ptr %11, align 8
  %84 = fadd double %82, %83
  %85 = call double @llvm.fabs.f64(double %84)
  %86 = call double @tanh(double noundef %85) #3
  %87 = load double, ptr %11, align 8
  %88 = call double @llvm.fabs.f64(double %87)
  %89 = call double @cos(double noundef %88) #3
  %90 = load ptr, ptr %6, align 8
  %91 = load i32, ptr %12, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds double, ptr %90, i64 %92
  %94 = load double, ptr %93, align 8
  %95 = call double @llvm.fabs.f64(double %94)
  %96 = call double @sin(double noundef %95) #3
  %97 = call double @llvm.fmuladd.f64(double %89, double %96, double %86)
  %98 = load double, ptr %11, align 8
  %99 = fadd double %98, %97
  store double %99, ptr %11, align 8
  %100 = load double, ptr %11, align 8
  %101 = fcmp ogt double %100, 1.000000e+06
  br i1 %101, label %102, label %105

102:                                              ; preds = %17
  %103 = load double, ptr %11, align 8
  %104 = fmul double %103, 5.000000e-01
  store double %104, ptr %11, align 8
  br label %111

105:                                              ; preds = %17
  %106 = load double, ptr %11, align 8
  %107 = load ptr, ptr %7, align 8
  %108 = load i32, ptr %12, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds double, ptr %107, i64 %109
  store double %106, ptr %110, align 8
  br label %111

111:                                              ; preds = %105, %102
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %12, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %12, align 4
  br label %13, !llvm.loop !53

115:                                              ; preds = %13
  %116 = load double, ptr %11, align 8
  ret double %116
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel47(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %109, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %112

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sitofp i32 %19 to double
  %21 = fadd double %18, %20
  %22 = load double, ptr %11, align 8
  %23 = load ptr, ptr %7, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fsub double %22, %27
  %29 = fadd double %21, %28
  %30 = call double @llvm.fabs.f64(double %29)
  %31 = call double @sqrt(double noundef %30) #3
  %32 = load double, ptr %11, align 8
  %33 = fadd double %32, %31
  store double %33, ptr %11, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sitofp i32 %34 to double
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @exp(double noundef %36) #3
  %38 = load double, ptr %11, align 8
  %39 = load double, ptr %9, align 8
  %40 = fadd double %38, %39
  %41 = fadd double %37, %40
  %42 = load ptr, ptr %6, align 8
  %43 = load i32, ptr %12, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds double, ptr %42, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = load double, ptr %10, align 8
  %48 = fadd double %46, %47
  %49 = load ptr, ptr %6, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %49, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = fsub double %53, %58
  %60 = call double @llvm.fmuladd.f64(double %48, double %59, double %41)
  %61 = load double, ptr %11, align 8
  %62 = fadd double %61, %60
  store double %62, ptr %11, align 8
  %63 = call double @llvm.fabs.f64(double 1.500000e+00)
  %64 = call double @sqrt(double noundef %63) #3
  %65 = call double @llvm.fabs.f64(double %64)
  %66 = call double @sin(double noundef %65) #3
  %67 = load double, ptr %9, align 8
  %68 = fsub double 1.500000e+00, %67
  %69 = load double, ptr %10, align 8
  %70 = load ptr, ptr %7, align 8
  %71 = load i32, ptr %12, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds double, ptr %70, i64 %72
  %74 = load double, ptr %73, align 8
  %75 = fadd double %69, %74
  %76 = fsub double %68, %75
  %77 = fadd double %66, %76
  %78 = load double, ptr %11, align 8
  %79 = fadd double %78, %77
  store double %79, ptr %11, align 8
  %80 = load double, ptr %10, align 8
  %81 = load double, ptr %10, align 8
  %82 = fsub double %80, %81
  %83 = load ptr, ptr %6, align 8
  %84 = load i32, ptr %12, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %83, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = fadd double 1.500000e+00, %87
  %89 = load double, ptr %10, align 8
  %90 = call double @llvm.fabs.f64(double %89)
  %91 = call double @exp(double noundef %90) #3
  %92 = call double @llvm.fabs.f64(double %91)
  %93 = call double @log1p(double noundef %92) #3
  %94 = call double @llvm.fmuladd.f64(double %82, double %88, double %93)
  %95 = load double, ptr %11, align 8
  %96 = fadd double %95, %94
  store double %96, ptr %11, align 8
  %97 = load double, ptr %11, align 8
  %98 = fcmp ogt double %97, 1.000000e+06
  br i1 %98, label %99, label %102

99:                                               ; preds = %17
  %100 = load double, ptr %11, align 8
  %101 = fmul double %100, 5.000000e-01
  store double %101, ptr %11, align 8
  br label %108

102:                                              ; preds = %17
  %103 = load double, ptr %11, align 8
  %104 = load ptr, ptr %7, align 8
  %105 = load i32, ptr %12, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds double, ptr %104, i64 %106
  store double %103, ptr %107, align 8
  br label %108

108:                                              ; preds = %102, %99
  br label %109

109:                                              ; preds = %108
  %110 = load i32, ptr %12, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %12, align 4
  br label %13, !llvm.loop !54

112:                                              ; preds = %13
  %113 = load double, ptr %11, align 8
  ret double %113
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel48(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %103, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %106

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sitofp i32 %19 to double
  %21 = fsub double %18, %20
  %22 = call double @llvm.fabs.f64(double %21)
  %23 = call double @sqrt(double noundef %22) #3
  %24 = load double, ptr %9, align 8
  %25 = load ptr, ptr %7, align 8
  %26 = load i32, ptr %12, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds double, ptr %25, i64 %27
  %29 = load double, ptr %28, align 8
  %30 = load double, ptr %9, align 8
  %31 = call double @llvm.fabs.f64(double %30)
  %32 = call double @exp(double noundef %31) #3
  %33 = fneg double %32
  %34 = call double @llvm.fmuladd.f64(double %24, double %29, double %33)
  %35 = fadd double %23, %34
  %36 = load double, ptr %11, align 8
  %37 = fadd double %36, %35
  store double %37, ptr %11, align 8
  %38 = load ptr, ptr %7, align 8
  %39 = load i32, ptr %12, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds double, ptr %38, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = load i32, ptr %12, align 4
  %44 = sitofp i32 %43 to double
  %45 = fadd double %42, %44
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @sin(double noundef %46) #3
  %48 = call double @llvm.fabs.f64(double %47)
  %49 = call double @sin(double noundef %48) #3
  %50 = load double, ptr %11, align 8
  %51 = fadd double %50, %49
  store double %51, ptr %11, align 8
  %52 = load double, ptr %11, align 8
  %53 = load double, ptr %10, align 8
  %54 = fsub double %52, %53
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @atan(double noundef %55) #3
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @cos(double noundef %57) #3
  %59 = load double, ptr %11, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %11, align 8
  %61 = load ptr, ptr %7, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @exp(double noundef %66) #3
  %68 = load i32, ptr %12, align 4
  %69 = sitofp i32 %68 to double
  %70 = load ptr, ptr %7, align 8
  %71 = load i32, ptr %12, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds double, ptr %70, i64 %72
  %74 = load double, ptr %73, align 8
  %75 = fmul double %69, %74
  %76 = load ptr, ptr %7, align 8
  %77 = load i32, ptr %12, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds double, ptr %76, i64 %78
  %80 = load double, ptr %79, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sitofp i32 %81 to double
  %83 = fsub double %80, %82
  %84 = load double, ptr %9, align 8
  %85 = load double, ptr %10, align 8
  %86 = call double @llvm.fmuladd.f64(double %84, double %85, double %83)
  %87 = fneg double %86
  %88 = call double @llvm.fmuladd.f64(double %67, double %75, double %87)
  %89 = load double, ptr %11, align 8
  %90 = fadd double %89, %88
  store double %90, ptr %11, align 8
  %91 = load double, ptr %11, align 8
  %92 = fcmp ogt double %91, 1.000000e+06
  br i1 %92, label %93, label %96

93:                                               ; preds = %17
  %94 = load double, ptr %11, align 8
  %95 = fmul double %94, 5.000000e-01
  store double %95, ptr %11, align 8
  br label %102

96:                                               ; preds = %17
  %97 = load double, ptr %11, align 8
  %98 = load ptr, ptr %7, align 8
  %99 = load i32, ptr %12, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds double, ptr %98, i64 %100
  store double %97, ptr %101, align 8
  br label %102

102:                                              ; preds = %96, %93
  br label %103

103:                                              ; preds = %102
  %104 = load i32, ptr %12, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %12, align 4
  br label %13, !llvm.loop !55

106:                                              ; preds = %13
  %107 = load double, ptr %11, align 8
  ret double %107
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel49(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %102, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %105

17:                                               ; preds = %13
  %18 = load double, ptr %11, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @sqrt(double noundef %19) #3
  %21 = load ptr, ptr %6, align 8
  %22 = load i32, ptr %12, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = call double @llvm.fabs.f64(double %25)
  %27 = call double @atan(double noundef %26) #3
  %28 = fadd double %20, %27
  %29 = load double, ptr %9, align 8
  %30 = load double, ptr %11, align 8
  %31 = call double @llvm.fabs.f64(double %30)
  %32 = call double @tanh(double noundef %31) #3
  %33 = fneg double %32
  %34 = call double @llvm.fmuladd.f64(double %29, double 1.500000e+00, double %33)
  %35 = load double, ptr %11, align 8
  %36 = call double @llvm.fmuladd.f64(double %28, double %34, double %35)
  store double %36, ptr %11, align 8
  %37 = call double @llvm.fabs.f64(double 1.500000e+00)
  %38 = call double @cos(double noundef %37) #3
  %39 = load i32, ptr %12, align 4
  %40 = sitofp i32 %39 to double
  %41 = load ptr, ptr %6, align 8
  %42 = load i32, ptr %12, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds double, ptr %41, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = fadd double %40, %45
  %47 = fadd double %38, %46
  %48 = call double @llvm.fabs.f64(double %47)
  %49 = call double @sin(double noundef %48) #3
  %50 = load double, ptr %11, align 8
  %51 = fadd double %50, %49
  store double %51, ptr %11, align 8
  %52 = load double, ptr %9, align 8
  %53 = load ptr, ptr %6, align 8
  %54 = load i32, ptr %12, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds double, ptr %53, i64 %55
  %57 = load double, ptr %56, align 8
  %58 = fadd double %52, %57
  %59 = load ptr, ptr %7, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = load ptr, ptr %7, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = fsub double %63, %68
  %70 = fmul double %58, %69
  %71 = load double, ptr %9, align 8
  %72 = fadd double 1.500000e+00, %71
  %73 = fmul double 0.000000e+00, %72
  %74 = load double, ptr %11, align 8
  %75 = call double @llvm.fmuladd.f64(double %70, double %73, double %74)
  store double %75, ptr %11, align 8
  %76 = load double, ptr %9, align 8
  %77 = load ptr, ptr %6, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds double, ptr %77, i64 %79
  %81 = load double, ptr %80, align 8
  %82 = fsub double %76, %81
  %83 = load double, ptr %10, align 8
  %84 = fadd double %83, 1.500000e+00
  %85 = fmul double %82, %84
  %86 = call double @llvm.fabs.f64(double %85)
  %87 = call double @exp(double noundef %86) #3
  %88 = load double, ptr %11, align 8
  %89 = fadd double %88, %87
  store double %89, ptr %11, align 8
  %90 = load double, ptr %11, align 8
  %91 = fcmp ogt double %90, 1.000000e+06
  br i1 %91, label %92, label %95

92:                                               ; preds = %17
  %93 = load double, ptr %11, align 8
  %94 = fmul double %93, 5.000000e-01
  store double %94, ptr %11, align 8
  br label %101

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = load ptr, ptr %7, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  store double %96, ptr %100, align 8
  br label %101

101:                                              ; preds = %95, %92
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %12, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %12, align 4
  br label %13, !llvm.loop !56

105:                                              ; preds = %13
  %106 = load double, ptr %11, align 8
  ret double %106
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel50(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %104, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %107

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @exp(double noundef %23) #3
  %25 = load i32, ptr %12, align 4
  %26 = sitofp i32 %25 to double
  %27 = load i32, ptr %12, align 4
  %28 = sitofp i32 %27 to double
  %29 = fadd double %26, %28
  %30 = fsub double %24, %29
  %31 = load double, ptr %10, align 8
  %32 = fadd double %31, 1.500000e+00
  %33 = call double @llvm.fabs.f64(double %32)
  %34 = call double @sin(double noundef %33) #3
  %35 = load double, ptr %11, align 8
  %36 = call double @llvm.fmuladd.f64(double %30, double %34, double %35)
  store double %36, ptr %11, align 8
  %37 = load i32, ptr %12, align 4
  %38 = sitofp i32 %37 to double
  %39 = call double @llvm.fabs.f64(double %38)
  %40 = call double @exp(double noundef %39) #3
  %41 = load double, ptr %11, align 8
  %42 = load double, ptr %11, align 8
  %43 = fadd double %41, %42
  %44 = load i32, ptr %12, align 4
  %45 = sitofp i32 %44 to double
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @log1p(double noundef %46) #3
  %48 = load ptr, ptr %6, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = fadd double %52, 1.500000e+00
  %54 = fmul double %47, %53
  %55 = fneg double %54
  %56 = call double @llvm.fmuladd.f64(double %40, double %43, double %55)
  %57 = load double, ptr %11, align 8
  %58 = fadd double %57, %56
  store double %58, ptr %11, align 8
  %59 = load double, ptr %11, align 8
  %60 = fmul double 1.500000e+00, %59
  %61 = load i32, ptr %12, align 4
  %62 = sitofp i32 %61 to double
  %63 = call double @llvm.fabs.f64(double %62)
  %64 = call double @cos(double noundef %63) #3
  %65 = load i32, ptr %12, align 4
  %66 = sitofp i32 %65 to double
  %67 = call double @llvm.fabs.f64(double %66)
  %68 = call double @exp(double noundef %67) #3
  %69 = call double @llvm.fabs.f64(double %68)
  %70 = call double @exp(double noundef %69) #3
  %71 = call double @llvm.fmuladd.f64(double %60, double %64, double %70)
  %72 = load double, ptr %11, align 8
  %73 = fadd double %72, %71
  store double %73, ptr %11, align 8
  %74 = load i32, ptr %12, align 4
  %75 = sitofp i32 %74 to double
  %76 = load double, ptr %9, align 8
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @sin(double noundef %77) #3
  %79 = call double @llvm.fmuladd.f64(double %75, double 1.500000e+00, double %78)
  %80 = load double, ptr %11, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sitofp i32 %81 to double
  %83 = fmul double %80, %82
  %84 = load double, ptr %11, align 8
  %85 = load i32, ptr %12, align 4
  %86 = sitofp i32 %85 to double
  %87 = fadd double %84, %86
  %88 = fneg double %83
  %89 = call double @llvm.fmuladd.f64(double %88, double %87, double %79)
  %90 = load double, ptr %11, align 8
  %91 = fadd double %90, %89
  store double %91, ptr %11, align 8
  %92 = load double, ptr %11, align 8
  %93 = fcmp ogt double %92, 1.000000e+06
  br i1 %93, label %94, label %97

94:                                               ; preds = %17
  %95 = load double, ptr %11, align 8
  %96 = fmul double %95, 5.000000e-01
  store double %96, ptr %11, align 8
  br label %103

97:                                               ; preds = %17
  %98 = load double, ptr %11, align 8
  %99 = load ptr, ptr %7, align 8
  %100 = load i32, ptr %12, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds double, ptr %99, i64 %101
  store double %98, ptr %102, align 8
  br label %103

103:                                              ; preds = %97, %94
  br label %104

104:                                              ; preds = %103
  %105 = load i32, ptr %12, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %12, align 4
  br label %13, !llvm.loop !57

107:                                              ; preds = %13
  %108 = load double, ptr %11, align 8
  ret double %108
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel51(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %90, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %93

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = fadd double 1.500000e+00, %18
  %20 = call double @llvm.fabs.f64(double 1.500000e+00)
  %21 = call double @tanh(double noundef %20) #3
  %22 = fadd double %19, %21
  %23 = load i32, ptr %12, align 4
  %24 = sitofp i32 %23 to double
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @atan(double noundef %25) #3
  %27 = call double @llvm.fabs.f64(double %26)
  %28 = call double @sqrt(double noundef %27) #3
  %29 = load double, ptr %11, align 8
  %30 = call double @llvm.fmuladd.f64(double %22, double %28, double %29)
  store double %30, ptr %11, align 8
  %31 = load double, ptr %10, align 8
  %32 = call double @llvm.fabs.f64(double %31)
  %33 = call double @exp(double noundef %32) #3
  %34 = call double @llvm.fabs.f64(double %33)
  %35 = call double @sin(double noundef %34) #3
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @exp(double noundef %36) #3
  %38 = load double, ptr %11, align 8
  %39 = fadd double %38, %37
  store double %39, ptr %11, align 8
  %40 = load double, ptr %10, align 8
  %41 = call double @llvm.fabs.f64(double %40)
  %42 = call double @tanh(double noundef %41) #3
  %43 = load i32, ptr %12, align 4
  %44 = sitofp i32 %43 to double
  %45 = load ptr, ptr %6, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds double, ptr %45, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = fadd double %44, %49
  %51 = fmul double %42, %50
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @tanh(double noundef %52) #3
  %54 = load double, ptr %11, align 8
  %55 = fadd double %54, %53
  store double %55, ptr %11, align 8
  %56 = load double, ptr %9, align 8
  %57 = load double, ptr %9, align 8
  %58 = load ptr, ptr %7, align 8
  %59 = load i32, ptr %12, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds double, ptr %58, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = load double, ptr %11, align 8
  %64 = fmul double %62, %63
  %65 = call double @llvm.fmuladd.f64(double %56, double %57, double %64)
  %66 = load double, ptr %11, align 8
  %67 = fsub double %66, 1.500000e+00
  %68 = load ptr, ptr %7, align 8
  %69 = load i32, ptr %12, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = load double, ptr %10, align 8
  %74 = call double @llvm.fmuladd.f64(double %72, double %73, double %67)
  %75 = fadd double %65, %74
  %76 = load double, ptr %11, align 8
  %77 = fadd double %76, %75
  store double %77, ptr %11, align 8
  %78 = load double, ptr %11, align 8
  %79 = fcmp ogt double %78, 1.000000e+06
  br i1 %79, label %80, label %83

80:                                               ; preds = %17
  %81 = load double, ptr %11, align 8
  %82 = fmul double %81, 5.000000e-01
  store double %82, ptr %11, align 8
  br label %89

83:                                               ; preds = %17
  %84 = load double, ptr %11, align 8
  %85 = load ptr, ptr %7, align 8
  %86 = load i32, ptr %12, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds double, ptr %85, i64 %87
  store double %84, ptr %88, align 8
  br label %89

89:                                               ; preds = %83, %80
  br label %90

90:                                               ; preds = %89
  %91 = load i32, ptr %12, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %12, align 4
  br label %13, !llvm.loop !58

93:                                               ; preds = %13
  %94 = load double, ptr %11, align 8
  ret double %94
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel52(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %112, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %115

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = call double @tanh(double noundef %19) #3
  %21 = load ptr, ptr %7, align 8
  %22 = load i32, ptr %12, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = load ptr, ptr %6, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fadd double %25, %30
  %32 = fadd double %20, %31
  %33 = load double, ptr %10, align 8
  %34 = call double @llvm.fabs.f64(double %33)
  %35 = call double @exp(double noundef %34) #3
  %36 = load double, ptr %10, align 8
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = call double @log1p(double noundef %37) #3
  %39 = fadd double %35, %38
  %40 = fsub double %32, %39
  %41 = load double, ptr %11, align 8
  %42 = fadd double %41, %40
  store double %42, ptr %11, align 8
  %43 = load double, ptr %10, align 8
  %44 = call double @llvm.fabs.f64(double %43)
  %45 = call double @sin(double noundef %44) #3
  %46 = call double @llvm.fabs.f64(double %45)
  %47 = call double @sqrt(double noundef %46) #3
  %48 = load i32, ptr %12, align 4
  %49 = sitofp i32 %48 to double
  %50 = load double, ptr %9, align 8
  %51 = fmul double %49, %50
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @tanh(double noundef %52) #3
  %54 = fsub double %47, %53
  %55 = load double, ptr %11, align 8
  %56 = fadd double %55, %54
  store double %56, ptr %11, align 8
  %57 = load double, ptr %9, align 8
  %58 = load ptr, ptr %6, align 8
  %59 = load i32, ptr %12, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds double, ptr %58, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = load double, ptr %9, align 8
  %64 = fmul double %62, %63
  %65 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %57, double %64)
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @log1p(double noundef %66) #3
  %68 = load double, ptr %11, align 8
  %69 = fadd double %68, %67
  store double %69, ptr %11, align 8
  %70 = load double, ptr %9, align 8
  %71 = load ptr, ptr %7, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds double, ptr %71, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = load ptr, ptr %6, align 8
  %77 = load i32, ptr %12, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds double, ptr %76, i64 %78
  %80 = load double, ptr %79, align 8
  %81 = call double @llvm.fabs.f64(double %80)
  %82 = call double @sin(double noundef %81) #3
  %83 = call double @llvm.fmuladd.f64(double %70, double %75, double %82)
  %84 = load i32, ptr %12, align 4
  %85 = sitofp i32 %84 to double
  %86 = call double @llvm.fabs.f64(double %85)
  %87 = call double @cos(double noundef %86) #3
  %88 = load i32, ptr %12, align 4
  %89 = sitofp i32 %88 to double
  %90 = load ptr, ptr %6, align 8
  %91 = load i32, ptr %12, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds double, ptr %90, i64 %92
  %94 = load double, ptr %93, align 8
  %95 = fadd double %89, %94
  %96 = fneg double %87
  %97 = call double @llvm.fmuladd.f64(double %96, double %95, double %83)
  %98 = load double, ptr %11, align 8
  %99 = fadd double %98, %97
  store double %99, ptr %11, align 8
  %100 = load double, ptr %11, align 8
  %101 = fcmp ogt double %100, 1.000000e+06
  br i1 %101, label %102, label %105

102:                                              ; preds = %17
  %103 = load double, ptr %11, align 8
  %104 = fmul double %103, 5.000000e-01
  store double %104, ptr %11, align 8
  br label %111

105:                                              ; preds = %17
  %106 = load double, ptr %11, align 8
  %107 = load ptr, ptr %7, align 8
  %108 = load i32, ptr %12, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds double, ptr %107, i64 %109
  store double %106, ptr %110, align 8
  br label %111

111:                                              ; preds = %105, %102
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %12, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %12, align 4
  br label %13, !llvm.loop !59

115:                                              ; preds = %13
  %116 = load double, ptr %11, align 8
  ret double %116
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel53(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %123, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %126

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = load i32, ptr %12, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = fsub double %18, %23
  %25 = load double, ptr %9, align 8
  %26 = load double, ptr %9, align 8
  %27 = fadd double %25, %26
  %28 = load ptr, ptr %7, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = fsub double 1.500000e+00, %32
  %34 = call double @llvm.fabs.f64(double 1.500000e+00)
  %35 = call double @sqrt(double noundef %34) #3
  %36 = fadd double %33, %35
  %37 = call double @llvm.fmuladd.f64(double %24, double %27, double %36)
  %38 = load double, ptr %11, align 8
  %39 = fadd double %38, %37
  store double %39, ptr %11, align 8
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %12, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = load double, ptr %10, align 8
  %46 = fadd double %44, %45
  %47 = load ptr, ptr %7, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  %52 = load double, ptr %11, align 8
  %53 = fsub double %51, %52
  %54 = fsub double %46, %53
  %55 = load ptr, ptr %7, align 8
  %56 = load i32, ptr %12, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds double, ptr %55, i64 %57
  %59 = load double, ptr %58, align 8
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = call double @cos(double noundef %60) #3
  %62 = load double, ptr %10, align 8
  %63 = load ptr, ptr %6, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds double, ptr %63, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = fadd double %62, %67
  %69 = fadd double %61, %68
  %70 = load double, ptr %11, align 8
  %71 = call double @llvm.fmuladd.f64(double %54, double %69, double %70)
  store double %71, ptr %11, align 8
  %72 = load ptr, ptr %6, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @exp(double noundef %77) #3
  %79 = load double, ptr %10, align 8
  %80 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %79, double %78)
  %81 = load double, ptr %10, align 8
  %82 = call double @llvm.fabs.f64(double %81)
  %83 = call double @tanh(double noundef %82) #3
  %84 = call double @llvm.fabs.f64(double %83)
  %85 = call double @tanh(double noundef %84) #3
  %86 = fadd double %80, %85
  %87 = load double, ptr %11, align 8
  %88 = fadd double %87, %86
  store double %88, ptr %11, align 8
  %89 = load i32, ptr %12, align 4
  %90 = sitofp i32 %89 to double
  %91 = fadd double 1.500000e+00, %90
  %92 = call double @llvm.fabs.f64(double %91)
  %93 = call double @sin(double noundef %92) #3
  %94 = load double, ptr %11, align 8
  %95 = call double @llvm.fabs.f64(double %94)
  %96 = call double @atan(double noundef %95) #3
  %97 = load ptr, ptr %7, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  %101 = load double, ptr %100, align 8
  %102 = load ptr, ptr %6, align 8
  %103 = load i32, ptr %12, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds double, ptr %102, i64 %104
  %106 = load double, ptr %105, align 8
  %107 = fsub double %101, %106
  %108 = call double @llvm.fmuladd.f64(double %96, double %107, double %93)
  %109 = load double, ptr %11, align 8
  %110 = fadd double %109, %108
  store double %110, ptr %11, align 8
  %111 = load double, ptr %11, align 8
  %112 = fcmp ogt double %111, 1.000000e+06
  br i1 %112, label %113, label %116

113:                                              ; preds = %17
  %114 = load double, ptr %11, align 8
  %115 = fmul double %114, 5.000000e-01
  store double %115, ptr %11, align 8
  br label %122

116:                                              ; preds = %17
  %117 = load double, ptr %11, align 8
  %118 = load ptr, ptr %7, align 8
  %119 = load i32, ptr %12, align 4
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds double, ptr %118, i64 %120
  store double %117, ptr %121, align 8
  br label %122

122:                                              ; preds = %116, %113
  br label %123

123:                                              ; preds = %122
  %124 = load i32, ptr %12, align 4
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %12, align 4
  br label %13, !llvm.loop !60

126:                                              ; preds = %13
  %127 = load double, ptr %11, align 8
  ret double %127
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel54(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %112, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %115

17:                                               ; preds = %13
  %18 = load double, ptr %11, align 8
  %19 = load double, ptr %11, align 8
  %20 = load ptr, ptr %6, align 8
  %21 = load i32, ptr %12, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds double, ptr %20, i64 %22
  %24 = load double, ptr %23, align 8
  %25 = fmul double %19, %24
  %26 = call double @llvm.fmuladd.f64(double %18, double 1.500000e+00, double %25)
  %27 = load i32, ptr %12, align 4
  %28 = sitofp i32 %27 to double
  %29 = load double, ptr %11, align 8
  %30 = fsub double %28, %29
  %31 = load double, ptr %9, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sitofp i32 %32 to double
  %34 = fsub double %31, %33
  %35 = call double @llvm.fmuladd.f64(double %30, double %34, double %26)
  %36 = load double, ptr %11, align 8
  %37 = fadd double %36, %35
  store double %37, ptr %11, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sitofp i32 %38 to double
  %40 = fadd double %39, 1.500000e+00
  %41 = call double @llvm.fabs.f64(double %40)
  %42 = call double @exp(double noundef %41) #3
  %43 = load ptr, ptr %6, align 8
  %44 = load i32, ptr %12, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds double, ptr %43, i64 %45
  %47 = load double, ptr %46, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sitofp i32 %48 to double
  %50 = fadd double %47, %49
  %51 = call double @llvm.fabs.f64(double %50)
  %52 = call double @tanh(double noundef %51) #3
  %53 = fadd double %42, %52
  %54 = load double, ptr %11, align 8
  %55 = fadd double %54, %53
  store double %55, ptr %11, align 8
  %56 = load double, ptr %9, align 8
  %57 = load ptr, ptr %7, align 8
  %58 = load i32, ptr %12, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  %61 = load double, ptr %60, align 8
  %62 = fmul double %56, %61
  %63 = load double, ptr %9, align 8
  %64 = load ptr, ptr %7, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = fadd double %63, %68
  %70 = load ptr, ptr %6, align 8
  %71 = load i32, ptr %12, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds double, ptr %70, i64 %72
  %74 = load double, ptr %73, align 8
  %75 = call double @llvm.fabs.f64(double %74)
  %76 = call double @tanh(double noundef %75) #3
  %77 = load double, ptr %9, align 8
  %78 = load ptr, ptr %6, align 8
  %79 = load i32, ptr %12, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds double, ptr %78, i64 %80
  %82 = load double, ptr %81, align 8
  %83 = call double @llvm.fmuladd.f64(double %77, double %82, double %76)
  %84 = call double @llvm.fmuladd.f64(double %62, double %69, double %83)
  %85 = load double, ptr %11, align 8
  %86 = fadd double %85, %84
  store double %86, ptr %11, align 8
  %87 = load ptr, ptr %7, align 8
  %88 = load i32, ptr %12, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds double, ptr %87, i64 %89
  %91 = load double, ptr %90, align 8
  %92 = call double @llvm.fabs.f64(double %91)
  %93 = call double @log1p(double noundef %92) #3
  %94 = call double @llvm.fabs.f64(double %93)
  %95 = call double @log1p(double noundef %94) #3
  %96 = call double @llvm.fabs.f64(double %95)
  %97 = call double @tanh(double noundef %96) #3
  %98 = load double, ptr %11, align 8
  %99 = fadd double %98, %97
  store double %99, ptr %11, align 8
  %100 = load double, ptr %11, align 8
  %101 = fcmp ogt double %100, 1.000000e+06
  br i1 %101, label %102, label %105

102:                                              ; preds = %17
  %103 = load double, ptr %11, align 8
  %104 = fmul double %103, 5.000000e-01
  store double %104, ptr %11, align 8
  br label %111

105:                                              ; preds = %17
  %106 = load double, ptr %11, align 8
  %107 = load ptr, ptr %7, align 8
  %108 = load i32, ptr %12, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds double, ptr %107, i64 %109
  store double %106, ptr %110, align 8
  br label %111

111:                                              ; preds = %105, %102
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %12, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %12, align 4
  br label %13, !llvm.loop !61

115:                                              ; preds = %13
  %116 = load double, ptr %11, align 8
  ret double %116
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel55(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %110, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %113

17:                                               ; preds = %13
  %18 = load double, ptr %11, align 8
  %19 = load ptr, ptr %6, align 8
  %20 = load i32, ptr %12, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load ptr, ptr %7, align 8
  %25 = load i32, ptr %12, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = fsub double 1.500000e+00, %28
  %30 = fneg double %29
  %31 = call double @llvm.fmuladd.f64(double %18, double %23, double %30)
  %32 = load i32, ptr %12, align 4
  %33 = sitofp i32 %32 to double
  %34 = fadd double 1.500000e+00, %33
  %35 = load double, ptr %10, align 8
  %36 = load double, ptr %10, align 8
  %37 = fmul double %35, %36
  %38 = fmul double %34, %37
  %39 = load double, ptr %11, align 8
  %40 = call double @llvm.fmuladd.f64(double %31, double %38, double %39)
  store double %40, ptr %11, align 8
  %41 = call double @llvm.fabs.f64(double 1.500000e+00)
  %42 = call double @log1p(double noundef %41) #3
  %43 = load double, ptr %11, align 8
  %44 = call double @llvm.fabs.f64(double %43)
  %45 = call double @atan(double noundef %44) #3
  %46 = fadd double %42, %45
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @sin(double noundef %52) #3
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = load double, ptr %9, align 8
  %60 = fsub double %58, %59
  %61 = call double @llvm.fmuladd.f64(double %53, double %60, double %46)
  %62 = load double, ptr %11, align 8
  %63 = fadd double %62, %61
  store double %63, ptr %11, align 8
  %64 = load double, ptr %11, align 8
  %65 = load double, ptr %11, align 8
  %66 = fadd double %64, %65
  %67 = load ptr, ptr %7, align 8
  %68 = load i32, ptr %12, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds double, ptr %67, i64 %69
  %71 = load double, ptr %70, align 8
  %72 = fsub double 1.500000e+00, %71
  %73 = fadd double %66, %72
  %74 = call double @llvm.fabs.f64(double %73)
  %75 = call double @cos(double noundef %74) #3
  %76 = load double, ptr %11, align 8
  %77 = fadd double %76, %75
  store double %77, ptr %11, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sitofp i32 %78 to double
  %80 = load ptr, ptr %6, align 8
  %81 = load i32, ptr %12, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %80, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = load double, ptr %11, align 8
  %86 = call double @llvm.fabs.f64(double %85)
  %87 = call double @exp(double noundef %86) #3
  %88 = fneg double %87
  %89 = call double @llvm.fmuladd.f64(double %79, double %84, double %88)
  %90 = load double, ptr %10, align 8
  %91 = fadd double %90, 1.500000e+00
  %92 = load double, ptr %9, align 8
  %93 = load double, ptr %9, align 8
  %94 = fmul double %92, %93
  %95 = fmul double %91, %94
  %96 = load double, ptr %11, align 8
  %97 = call double @llvm.fmuladd.f64(double %89, double %95, double %96)
  store double %97, ptr %11, align 8
  %98 = load double, ptr %11, align 8
  %99 = fcmp ogt double %98, 1.000000e+06
  br i1 %99, label %100, label %103

100:                                              ; preds = %17
  %101 = load double, ptr %11, align 8
  %102 = fmul double %101, 5.000000e-01
  store double %102, ptr %11, align 8
  br label %109

103:                                              ; preds = %17
  %104 = load double, ptr %11, align 8
  %105 = load ptr, ptr %7, align 8
  %106 = load i32, ptr %12, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds double, ptr %105, i64 %107
  store double %104, ptr %108, align 8
  br label %109

109:                                              ; preds = %103, %100
  br label %110

110:                                              ; preds = %109
  %111 = load i32, ptr %12, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %12, align 4
  br label %13, !llvm.loop !62

113:                                              ; preds = %13
  %114 = load double, ptr %11, align 8
  ret double %114
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel56(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %97, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %100

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @exp(double noundef %23) #3
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @tanh(double noundef %25) #3
  %27 = load double, ptr %11, align 8
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  %32 = load double, ptr %31, align 8
  %33 = fsub double %27, %32
  %34 = load ptr, ptr %6, align 8
  %35 = load i32, ptr %12, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds double, ptr %34, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = load ptr, ptr %7, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds double, ptr %39, i64 %41
  %43 = load double, ptr %42, align 8
  %44 = fsub double %38, %43
  %45 = fadd double %33, %44
  %46 = load double, ptr %11, align 8
  %47 = call double @llvm.fmuladd.f64(double %26, double %45, double %46)
  store double %47, ptr %11, align 8
  %48 = load double, ptr %11, align 8
  %49 = fadd double 1.500000e+00, %48
  %50 = load i32, ptr %12, align 4
  %51 = sitofp i32 %50 to double
  %52 = load double, ptr %10, align 8
  %53 = fsub double %51, %52
  %54 = fsub double %49, %53
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @exp(double noundef %55) #3
  %57 = load double, ptr %11, align 8
  %58 = fadd double %57, %56
  store double %58, ptr %11, align 8
  %59 = load double, ptr %10, align 8
  %60 = fadd double %59, 1.500000e+00
  %61 = call double @llvm.fabs.f64(double 1.500000e+00)
  %62 = call double @sqrt(double noundef %61) #3
  %63 = fadd double %60, %62
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @exp(double noundef %64) #3
  %66 = load double, ptr %11, align 8
  %67 = fadd double %66, %65
  store double %67, ptr %11, align 8
  %68 = load ptr, ptr %7, align 8
  %69 = load i32, ptr %12, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = load double, ptr %11, align 8
  %74 = fmul double 1.500000e+00, %73
  %75 = fneg double %74
  %76 = call double @llvm.fmuladd.f64(double %72, double 1.500000e+00, double %75)
  %77 = load double, ptr %9, align 8
  %78 = load double, ptr %11, align 8
  %79 = fadd double %77, %78
  %80 = call double @llvm.fabs.f64(double 1.500000e+00)
  %81 = call double @cos(double noundef %80) #3
  %82 = call double @llvm.fmuladd.f64(double %79, double %81, double %76)
  %83 = load double, ptr %11, align 8
  %84 = fadd double %83, %82
  store double %84, ptr %11, align 8
  %85 = load double, ptr %11, align 8
  %86 = fcmp ogt double %85, 1.000000e+06
  br i1 %86, label %87, label %90

87:                                               ; preds = %17
  %88 = load double, ptr %11, align 8
  %89 = fmul double %88, 5.000000e-01
  store double %89, ptr %11, align 8
  br label %96

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = load ptr, ptr %7, align 8
  %93 = load i32, ptr %12, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds double, ptr %92, i64 %94
  store double %91, ptr %95, align 8
  br label %96

96:                                               ; preds = %90, %87
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %12, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %12, align 4
  br label %13, !llvm.loop !63

100:                                              ; preds = %13
  %101 = load double, ptr %11, align 8
  ret double %101
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel57(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %118, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %121

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load double, ptr %9, align 8
  %20 = fsub double %18, %19
  %21 = load double, ptr %10, align 8
  %22 = load ptr, ptr %7, align 8
  %23 = load i32, ptr %12, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = fsub double %21, %26
  %28 = fadd double %20, %27
  %29 = load i32, ptr %12, align 4
  %30 = sitofp i32 %29 to double
  %31 = call double @llvm.fabs.f64(double %30)
  %32 = call double @cos(double noundef %31) #3
  %33 = call double @llvm.fabs.f64(double %32)
  %34 = call double @sqrt(double noundef %33) #3
  %35 = fadd double %28, %34
  %36 = load double, ptr %11, align 8
  %37 = fadd double %36, %35
  store double %37, ptr %11, align 8
  %38 = load double, ptr %9, align 8
  %39 = call double @llvm.fabs.f64(double %38)
  %40 = call double @exp(double noundef %39) #3
  %41 = call double @llvm.fabs.f64(double %40)
  %42 = call double @exp(double noundef %41) #3
  %43 = load ptr, ptr %7, align 8
  %44 = load i32, ptr %12, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds double, ptr %43, i64 %45
  %47 = load double, ptr %46, align 8
  %48 = load ptr, ptr %6, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = fmul double %47, %52
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = fadd double %58, 1.500000e+00
  %60 = fmul double %53, %59
  %61 = load double, ptr %11, align 8
  %62 = call double @llvm.fmuladd.f64(double %42, double %60, double %61)
  store double %62, ptr %11, align 8
  %63 = load double, ptr %9, align 8
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @atan(double noundef %64) #3
  %66 = load ptr, ptr %7, align 8
  %67 = load i32, ptr %12, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds double, ptr %66, i64 %68
  %70 = load double, ptr %69, align 8
  %71 = load ptr, ptr %6, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds double, ptr %71, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = call double @llvm.fmuladd.f64(double %70, double %75, double %65)
  %77 = load double, ptr %9, align 8
  %78 = fmul double %77, 1.500000e+00
  %79 = load double, ptr %11, align 8
  %80 = call double @llvm.fabs.f64(double %79)
  %81 = call double @atan(double noundef %80) #3
  %82 = fneg double %78
  %83 = call double @llvm.fmuladd.f64(double %82, double %81, double %76)
  %84 = load double, ptr %11, align 8
  %85 = fadd double %84, %83
  store double %85, ptr %11, align 8
  %86 = load i32, ptr %12, align 4
  %87 = sitofp i32 %86 to double
  %88 = fsub double %87, 1.500000e+00
  %89 = load ptr, ptr %7, align 8
  %90 = load i32, ptr %12, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds double, ptr %89, i64 %91
  %93 = load double, ptr %92, align 8
  %94 = load double, ptr %9, align 8
  %95 = fadd double %93, %94
  %96 = fsub double %88, %95
  %97 = load i32, ptr %12, align 4
  %98 = sitofp i32 %97 to double
  %99 = load double, ptr %10, align 8
  %100 = fsub double %98, %99
  %101 = call double @llvm.fabs.f64(double %100)
  %102 = call double @sin(double noundef %101) #3
  %103 = fadd double %96, %102
  %104 = load double, ptr %11, align 8
  %105 = fadd double %104, %103
  store double %105, ptr %11, align 8
  %106 = load double, ptr %11, align 8
  %107 = fcmp ogt double %106, 1.000000e+06
  br i1 %107, label %108, label %111

108:                                              ; preds = %17
  %109 = load double, ptr %11, align 8
  %110 = fmul double %109, 5.000000e-01
  store double %110, ptr %11, align 8
  br label %117

111:                                              ; preds = %17
  %112 = load double, ptr %11, align 8
  %113 = load ptr, ptr %7, align 8
  %114 = load i32, ptr %12, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds double, ptr %113, i64 %115
  store double %112, ptr %116, align 8
  br label %117

117:                                              ; preds = %111, %108
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %12, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %12, align 4
  br label %13, !llvm.loop !64

121:                                              ; preds = %13
  %122 = load double, ptr %11, align 8
  ret double %122
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel58(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %115, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %118

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %6, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load double, ptr %9, align 8
  %29 = load i32, ptr %12, align 4
  %30 = sitofp i32 %29 to double
  %31 = fsub double %28, %30
  %32 = call double @llvm.fmuladd.f64(double %22, double %27, double %31)
  %33 = load double, ptr %9, align 8
  %34 = load ptr, ptr %7, align 8
  %35 = load i32, ptr %12, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds double, ptr %34, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = fadd double %33, %38
  %40 = load double, ptr %11, align 8
  %41 = load double, ptr %9, align 8
  %42 = fadd double %40, %41
  %43 = fmul double %39, %42
  %44 = load double, ptr %11, align 8
  %45 = call double @llvm.fmuladd.f64(double %32, double %43, double %44)
  store double %45, ptr %11, align 8
  %46 = load double, ptr %10, align 8
  %47 = fmul double 1.500000e+00, %46
  %48 = load ptr, ptr %6, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = load double, ptr %9, align 8
  %54 = fsub double %52, %53
  %55 = load i32, ptr %12, align 4
  %56 = sitofp i32 %55 to double
  %57 = fadd double 1.500000e+00, %56
  %58 = call double @llvm.fabs.f64(double %57)
  %59 = call double @exp(double noundef %58) #3
  %60 = call double @llvm.fmuladd.f64(double %47, double %54, double %59)
  %61 = load double, ptr %11, align 8
  %62 = fadd double %61, %60
  store double %62, ptr %11, align 8
  %63 = load ptr, ptr %7, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds double, ptr %63, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = load double, ptr %9, align 8
  %69 = fmul double %67, %68
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @sin(double noundef %70) #3
  %72 = call double @llvm.fabs.f64(double %71)
  %73 = call double @tanh(double noundef %72) #3
  %74 = load double, ptr %11, align 8
  %75 = fadd double %74, %73
  store double %75, ptr %11, align 8
  %76 = load ptr, ptr %6, align 8
  %77 = load i32, ptr %12, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds double, ptr %76, i64 %78
  %80 = load double, ptr %79, align 8
  %81 = call double @llvm.fabs.f64(double %80)
  %82 = call double @tanh(double noundef %81) #3
  %83 = load ptr, ptr %6, align 8
  %84 = load i32, ptr %12, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %83, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = fadd double %87, 1.500000e+00
  %89 = fadd double %82, %88
  %90 = load double, ptr %9, align 8
  %91 = call double @llvm.fabs.f64(double %90)
  %92 = call double @cos(double noundef %91) #3
  %93 = load ptr, ptr %6, align 8
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds double, ptr %93, i64 %95
  %97 = load double, ptr %96, align 8
  %98 = load double, ptr %9, align 8
  %99 = fmul double %97, %98
  %100 = fmul double %92, %99
  %101 = load double, ptr %11, align 8
  %102 = call double @llvm.fmuladd.f64(double %89, double %100, double %101)
  store double %102, ptr %11, align 8
  %103 = load double, ptr %11, align 8
  %104 = fcmp ogt double %103, 1.000000e+06
  br i1 %104, label %105, label %108

105:                                              ; preds = %17
  %106 = load double, ptr %11, align 8
  %107 = fmul double %106, 5.000000e-01
  store double %107, ptr %11, align 8
  br label %114

108:                                              ; preds = %17
  %109 = load double, ptr %11, align 8
  %110 = load ptr, ptr %7, align 8
  %111 = load i32, ptr %12, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds double, ptr %110, i64 %112
  store double %109, ptr %113, align 8
  br label %114

114:                                              ; preds = %108, %105
  br label %115

115:                                              ; preds = %114
  %116 = load i32, ptr %12, align 4
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %12, align 4
  br label %13, !llvm.loop !65

118:                                              ; preds = %13
  %119 = load double, ptr %11, align 8
  ret double %119
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel59(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %116, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %119

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %10, align 8
  %24 = fmul double %22, %23
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @exp(double noundef %25) #3
  %27 = load ptr, ptr %7, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = fadd double %31, 1.500000e+00
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = load double, ptr %11, align 8
  %39 = fneg double %37
  %40 = call double @llvm.fmuladd.f64(double %39, double %38, double %32)
  %41 = fsub double %26, %40
  %42 = load double, ptr %11, align 8
  %43 = fadd double %42, %41
  store double %43, ptr %11, align 8
  %44 = load double, ptr %9, align 8
  %45 = fsub double %44, 1.500000e+00
  %46 = load double, ptr %11, align 8
  %47 = call double @llvm.fabs.f64(double %46)
  %48 = call double @exp(double noundef %47) #3
  %49 = fadd double %45, %48
  %50 = load i32, ptr %12, align 4
  %51 = sitofp i32 %50 to double
  %52 = call double @llvm.fabs.f64(double %51)
  %53 = call double @sqrt(double noundef %52) #3
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = load ptr, ptr %6, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = fadd double %58, %63
  %65 = fmul double %53, %64
  %66 = load double, ptr %11, align 8
  %67 = call double @llvm.fmuladd.f64(double %49, double %65, double %66)
  store double %67, ptr %11, align 8
  %68 = load double, ptr %9, align 8
  %69 = load double, ptr %10, align 8
  %70 = fsub double %68, %69
  %71 = load double, ptr %11, align 8
  %72 = load ptr, ptr %7, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = fneg double %71
  %78 = call double @llvm.fmuladd.f64(double %77, double %76, double %70)
  %79 = call double @llvm.fabs.f64(double %78)
  %80 = call double @cos(double noundef %79) #3
  %81 = load double, ptr %11, align 8
  %82 = fadd double %81, %80
  store double %82, ptr %11, align 8
  %83 = load i32, ptr %12, align 4
  %84 = sitofp i32 %83 to double
  %85 = load double, ptr %9, align 8
  %86 = fmul double %84, %85
  %87 = load ptr, ptr %6, align 8
  %88 = load i32, ptr %12, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds double, ptr %87, i64 %89
  %91 = load double, ptr %90, align 8
  %92 = load double, ptr %9, align 8
  %93 = fmul double %91, %92
  %94 = fmul double %86, %93
  %95 = load double, ptr %10, align 8
  %96 = load double, ptr %9, align 8
  %97 = load double, ptr %9, align 8
  %98 = load double, ptr %9, align 8
  %99 = fadd double %97, %98
  %100 = fneg double %99
  %101 = call double @llvm.fmuladd.f64(double %95, double %96, double %100)
  %102 = load double, ptr %11, align 8
  %103 = call double @llvm.fmuladd.f64(double %94, double %101, double %102)
  store double %103, ptr %11, align 8
  %104 = load double, ptr %11, align 8
  %105 = fcmp ogt double %104, 1.000000e+06
  br i1 %105, label %106, label %109

106:                                              ; preds = %17
  %107 = load double, ptr %11, align 8
  %108 = fmul double %107, 5.000000e-01
  store double %108, ptr %11, align 8
  br label %115

109:                                              ; preds = %17
  %110 = load double, ptr %11, align 8
  %111 = load ptr, ptr %7, align 8
  %112 = load i32, ptr %12, align 4
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds double, ptr %111, i64 %113
  store double %110, ptr %114, align 8
  br label %115

115:                                              ; preds = %109, %106
  br label %116

116:                                              ; preds = %115
  %117 = load i32, ptr %12, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %12, align 4
  br label %13, !llvm.loop !66

119:                                              ; preds = %13
  %120 = load double, ptr %11, align 8
  ret double %120
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel60(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %79, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %82

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sitofp i32 %19 to double
  %21 = fadd double %18, %20
  %22 = call double @llvm.fabs.f64(double %21)
  %23 = call double @atan(double noundef %22) #3
  %24 = call double @llvm.fabs.f64(double %23)
  %25 = call double @log1p(double noundef %24) #3
  %26 = load double, ptr %11, align 8
  %27 = fadd double %26, %25
  store double %27, ptr %11, align 8
  %28 = load double, ptr %11, align 8
  %29 = load ptr, ptr %6, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = fadd double %28, %33
  %35 = load ptr, ptr %7, align 8
  %36 = load i32, ptr %12, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds double, ptr %35, i64 %37
  %39 = load double, ptr %38, align 8
  %40 = call double @llvm.fmuladd.f64(double %39, double 1.500000e+00, double %34)
  %41 = call double @llvm.fabs.f64(double %40)
  %42 = call double @atan(double noundef %41) #3
  %43 = load double, ptr %11, align 8
  %44 = fadd double %43, %42
  store double %44, ptr %11, align 8
  %45 = call double @llvm.fabs.f64(double 1.500000e+00)
  %46 = call double @cos(double noundef %45) #3
  %47 = load double, ptr %11, align 8
  %48 = fadd double 1.500000e+00, %47
  %49 = fmul double %46, %48
  %50 = call double @llvm.fabs.f64(double %49)
  %51 = call double @sqrt(double noundef %50) #3
  %52 = load double, ptr %11, align 8
  %53 = fadd double %52, %51
  store double %53, ptr %11, align 8
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = fsub double 1.500000e+00, %58
  %60 = load double, ptr %10, align 8
  %61 = fsub double 1.500000e+00, %60
  %62 = fmul double %59, %61
  %63 = call double @llvm.fabs.f64(double %62)
  %64 = call double @atan(double noundef %63) #3
  %65 = load double, ptr %11, align 8
  %66 = fadd double %65, %64
  store double %66, ptr %11, align 8
  %67 = load double, ptr %11, align 8
  %68 = fcmp ogt double %67, 1.000000e+06
  br i1 %68, label %69, label %72

69:                                               ; preds = %17
  %70 = load double, ptr %11, align 8
  %71 = fmul double %70, 5.000000e-01
  store double %71, ptr %11, align 8
  br label %78

72:                                               ; preds = %17
  %73 = load double, ptr %11, align 8
  %74 = load ptr, ptr %7, align 8
  %75 = load i32, ptr %12, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds double, ptr %74, i64 %76
  store double %73, ptr %77, align 8
  br label %78

78:                                               ; preds = %72, %69
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %12, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %12, align 4
  br label %13, !llvm.loop !67

82:                                               ; preds = %13
  %83 = load double, ptr %11, align 8
  ret double %83
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel61(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %97, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %100

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @tanh(double noundef %23) #3
  %25 = load double, ptr %10, align 8
  %26 = call double @llvm.fmuladd.f64(double %25, double 1.500000e+00, double %24)
  %27 = call double @llvm.fabs.f64(double %26)
  %28 = call double @atan(double noundef %27) #3
  %29 = load double, ptr %11, align 8
  %30 = fadd double %29, %28
  store double %30, ptr %11, align 8
  %31 = load double, ptr %10, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sitofp i32 %32 to double
  %34 = fmul double %31, %33
  %35 = call double @llvm.fabs.f64(double %34)
  %36 = call double @log1p(double noundef %35) #3
  %37 = load ptr, ptr %7, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = call double @llvm.fabs.f64(double %41)
  %43 = call double @log1p(double noundef %42) #3
  %44 = call double @llvm.fabs.f64(double %43)
  %45 = call double @sin(double noundef %44) #3
  %46 = fadd double %36, %45
  %47 = load double, ptr %11, align 8
  %48 = fadd double %47, %46
  store double %48, ptr %11, align 8
  %49 = load double, ptr %9, align 8
  %50 = load double, ptr %10, align 8
  %51 = fsub double %49, %50
  %52 = load double, ptr %10, align 8
  %53 = fadd double 1.500000e+00, %52
  %54 = fadd double %51, %53
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @cos(double noundef %55) #3
  %57 = load double, ptr %11, align 8
  %58 = fadd double %57, %56
  store double %58, ptr %11, align 8
  %59 = load ptr, ptr %7, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @atan(double noundef %64) #3
  %66 = load ptr, ptr %6, align 8
  %67 = load i32, ptr %12, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds double, ptr %66, i64 %68
  %70 = load double, ptr %69, align 8
  %71 = call double @llvm.fabs.f64(double %70)
  %72 = call double @exp(double noundef %71) #3
  %73 = fsub double %65, %72
  %74 = load i32, ptr %12, align 4
  %75 = sitofp i32 %74 to double
  %76 = call double @llvm.fabs.f64(double %75)
  %77 = call double @exp(double noundef %76) #3
  %78 = load double, ptr %10, align 8
  %79 = load double, ptr %11, align 8
  %80 = fadd double %78, %79
  %81 = fneg double %77
  %82 = call double @llvm.fmuladd.f64(double %81, double %80, double %73)
  %83 = load double, ptr %11, align 8
  %84 = fadd double %83, %82
  store double %84, ptr %11, align 8
  %85 = load double, ptr %11, align 8
  %86 = fcmp ogt double %85, 1.000000e+06
  br i1 %86, label %87, label %90

87:                                               ; preds = %17
  %88 = load double, ptr %11, align 8
  %89 = fmul double %88, 5.000000e-01
  store double %89, ptr %11, align 8
  br label %96

90:                                               ; preds = %17
  %91 = load double, ptr %11, align 8
  %92 = load ptr, ptr %7, align 8
  %93 = load i32, ptr %12, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds double, ptr %92, i64 %94
  store double %91, ptr %95, align 8
  br label %96

96:                                               ; preds = %90, %87
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %12, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %12, align 4
  br label %13, !llvm.loop !68

100:                                              ; preds = %13
  %101 = load double, ptr %11, align 8
  ret double %101
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel62(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %82, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %85

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fsub double 1.500000e+00, %22
  %24 = call double @llvm.fabs.f64(double %23)
  %25 = call double @tanh(double noundef %24) #3
  %26 = call double @llvm.fabs.f64(double %25)
  %27 = call double @atan(double noundef %26) #3
  %28 = load double, ptr %11, align 8
  %29 = fadd double %28, %27
  store double %29, ptr %11, align 8
  %30 = load ptr, ptr %7, align 8
  %31 = load i32, ptr %12, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds double, ptr %30, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = fadd double 1.500000e+00, %34
  %36 = call double @llvm.fabs.f64(double %35)
  %37 = call double @exp(double noundef %36) #3
  %38 = load double, ptr %9, align 8
  %39 = call double @llvm.fabs.f64(double %38)
  %40 = call double @tanh(double noundef %39) #3
  %41 = call double @llvm.fabs.f64(double %40)
  %42 = call double @exp(double noundef %41) #3
  %43 = fadd double %37, %42
  %44 = load double, ptr %11, align 8
  %45 = fadd double %44, %43
  store double %45, ptr %11, align 8
  %46 = load double, ptr %10, align 8
  %47 = load i32, ptr %12, align 4
  %48 = sitofp i32 %47 to double
  %49 = fsub double %46, %48
  %50 = load double, ptr %9, align 8
  %51 = load double, ptr %11, align 8
  %52 = fadd double %50, %51
  %53 = fmul double %49, %52
  %54 = call double @llvm.fabs.f64(double %53)
  %55 = call double @cos(double noundef %54) #3
  %56 = load double, ptr %11, align 8
  %57 = fadd double %56, %55
  store double %57, ptr %11, align 8
  %58 = load double, ptr %11, align 8
  %59 = call double @llvm.fabs.f64(double %58)
  %60 = call double @cos(double noundef %59) #3
  %61 = load i32, ptr %12, align 4
  %62 = sitofp i32 %61 to double
  %63 = call double @llvm.fabs.f64(double %62)
  %64 = call double @log1p(double noundef %63) #3
  %65 = fmul double %60, %64
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @atan(double noundef %66) #3
  %68 = load double, ptr %11, align 8
  %69 = fadd double %68, %67
  store double %69, ptr %11, align 8
  %70 = load double, ptr %11, align 8
  %71 = fcmp ogt double %70, 1.000000e+06
  br i1 %71, label %72, label %75

72:                                               ; preds = %17
  %73 = load double, ptr %11, align 8
  %74 = fmul double %73, 5.000000e-01
  store double %74, ptr %11, align 8
  br label %81

75:                                               ; preds = %17
  %76 = load double, ptr %11, align 8
  %77 = load ptr, ptr %7, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds double, ptr %77, i64 %79
  store double %76, ptr %80, align 8
  br label %81

81:                                               ; preds = %75, %72
  br label %82

82:                                               ; preds = %81
  %83 = load i32, ptr %12, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %12, align 4
  br label %13, !llvm.loop !69

85:                                               ; preds = %13
  %86 = load double, ptr %11, align 8
  ret double %86
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel63(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %106, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %109

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @sin(double noundef %23) #3
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @exp(double noundef %25) #3
  %27 = call double @llvm.fabs.f64(double %26)
  %28 = call double @sin(double noundef %27) #3
  %29 = load double, ptr %11, align 8
  %30 = fadd double %29, %28
  store double %30, ptr %11, align 8
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load ptr, ptr %7, align 8
  %37 = load i32, ptr %12, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds double, ptr %36, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = fadd double %35, %40
  %42 = load i32, ptr %12, align 4
  %43 = sitofp i32 %42 to double
  %44 = load double, ptr %11, align 8
  %45 = fmul double %43, %44
  %46 = fmul double %41, %45
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  %52 = fsub double 1.500000e+00, %51
  %53 = load i32, ptr %12, align 4
  %54 = sitofp i32 %53 to double
  %55 = fadd double 1.500000e+00, %54
  %56 = fsub double %52, %55
  %57 = load double, ptr %11, align 8
  %58 = call double @llvm.fmuladd.f64(double %46, double %56, double %57)
  store double %58, ptr %11, align 8
  %59 = load ptr, ptr %7, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @sin(double noundef %64) #3
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @exp(double noundef %66) #3
  %68 = call double @llvm.fabs.f64(double %67)
  %69 = call double @tanh(double noundef %68) #3
  %70 = load double, ptr %11, align 8
  %71 = fadd double %70, %69
  store double %71, ptr %11, align 8
  %72 = load double, ptr %9, align 8
  %73 = load ptr, ptr %6, align 8
  %74 = load i32, ptr %12, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds double, ptr %73, i64 %75
  %77 = load double, ptr %76, align 8
  %78 = fsub double %72, %77
  %79 = load i32, ptr %12, align 4
  %80 = sitofp i32 %79 to double
  %81 = load double, ptr %11, align 8
  %82 = fsub double %80, %81
  %83 = fsub double %78, %82
  %84 = load i32, ptr %12, align 4
  %85 = sitofp i32 %84 to double
  %86 = load double, ptr %9, align 8
  %87 = load double, ptr %10, align 8
  %88 = fmul double %86, %87
  %89 = fneg double %88
  %90 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %85, double %89)
  %91 = fsub double %83, %90
  %92 = load double, ptr %11, align 8
  %93 = fadd double %92, %91
  store double %93, ptr %11, align 8
  %94 = load double, ptr %11, align 8
  %95 = fcmp ogt double %94, 1.000000e+06
  br i1 %95, label %96, label %99

96:                                               ; preds = %17
  %97 = load double, ptr %11, align 8
  %98 = fmul double %97, 5.000000e-01
  store double %98, ptr %11, align 8
  br label %105

99:                                               ; preds = %17
  %100 = load double, ptr %11, align 8
  %101 = load ptr, ptr %7, align 8
  %102 = load i32, ptr %12, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds double, ptr %101, i64 %103
  store double %100, ptr %104, align 8
  br label %105

105:                                              ; preds = %99, %96
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %12, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %12, align 4
  br label %13, !llvm.loop !70

109:                                              ; preds = %13
  %110 = load double, ptr %11, align 8
  ret double %110
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel64(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %102, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %105

17:                                               ; preds = %13
  %18 = load double, ptr %10, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sitofp i32 %19 to double
  %21 = fadd double %18, %20
  %22 = call double @llvm.fabs.f64(double %21)
  %23 = call double @atan(double noundef %22) #3
  %24 = load double, ptr %9, align 8
  %25 = load double, ptr %11, align 8
  %26 = fmul double %24, %25
  %27 = call double @llvm.fabs.f64(double %26)
  %28 = call double @sqrt(double noundef %27) #3
  %29 = fadd double %23, %28
  %30 = load double, ptr %11, align 8
  %31 = fadd double %30, %29
  store double %31, ptr %11, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sitofp i32 %32 to double
  %34 = load ptr, ptr %6, align 8
  %35 = load i32, ptr %12, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds double, ptr %34, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = fadd double %33, %38
  %40 = load i32, ptr %12, align 4
  %41 = sitofp i32 %40 to double
  %42 = load double, ptr %10, align 8
  %43 = fadd double %41, %42
  %44 = fmul double %39, %43
  %45 = load double, ptr %10, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sitofp i32 %46 to double
  %48 = load double, ptr %11, align 8
  %49 = load double, ptr %10, align 8
  %50 = fadd double %48, %49
  %51 = fneg double %50
  %52 = call double @llvm.fmuladd.f64(double %45, double %47, double %51)
  %53 = load double, ptr %11, align 8
  %54 = call double @llvm.fmuladd.f64(double %44, double %52, double %53)
  store double %54, ptr %11, align 8
  %55 = load double, ptr %11, align 8
  %56 = load double, ptr %10, align 8
  %57 = call double @llvm.fmuladd.f64(double %55, double %56, double 2.250000e+00)
  %58 = load double, ptr %9, align 8
  %59 = call double @llvm.fabs.f64(double %58)
  %60 = call double @sqrt(double noundef %59) #3
  %61 = load ptr, ptr %6, align 8
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds double, ptr %61, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = fsub double 1.500000e+00, %65
  %67 = fneg double %60
  %68 = call double @llvm.fmuladd.f64(double %67, double %66, double %57)
  %69 = load double, ptr %11, align 8
  %70 = fadd double %69, %68
  store double %70, ptr %11, align 8
  %71 = call double @llvm.fabs.f64(double 1.500000e+00)
  %72 = call double @sqrt(double noundef %71) #3
  %73 = load double, ptr %10, align 8
  %74 = call double @llvm.fabs.f64(double %73)
  %75 = call double @atan(double noundef %74) #3
  %76 = fsub double %72, %75
  %77 = load double, ptr %11, align 8
  %78 = load ptr, ptr %7, align 8
  %79 = load i32, ptr %12, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds double, ptr %78, i64 %80
  %82 = load double, ptr %81, align 8
  %83 = fadd double %77, %82
  %84 = load double, ptr %11, align 8
  %85 = load double, ptr %11, align 8
  %86 = fsub double %84, %85
  %87 = fadd double %83, %86
  %88 = load double, ptr %11, align 8
  %89 = call double @llvm.fmuladd.f64(double %76, double %87, double %88)
  store double %89, ptr %11, align 8
  %90 = load double, ptr %11, align 8
  %91 = fcmp ogt double %90, 1.000000e+06
  br i1 %91, label %92, label %95

92:                                               ; preds = %17
  %93 = load double, ptr %11, align 8
  %94 = fmul double %93, 5.000000e-01
  store double %94, ptr %11, align 8
  br label %101

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = load ptr, ptr %7, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  store double %96, ptr %100, align 8
  br label %101

101:                                              ; preds = %95, %92
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %12, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %12, align 4
  br label %13, !llvm.loop !71

105:                                              ; preds = %13
  %106 = load double, ptr %11, align 8
  ret double %106
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel65(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %106, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %109

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @cos(double noundef %23) #3
  %25 = load i32, ptr %12, align 4
  %26 = sitofp i32 %25 to double
  %27 = fmul double %26, 1.500000e+00
  %28 = fmul double %24, %27
  %29 = call double @llvm.fabs.f64(double %28)
  %30 = call double @cos(double noundef %29) #3
  %31 = load double, ptr %11, align 8
  %32 = fadd double %31, %30
  store double %32, ptr %11, align 8
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = fsub double 1.500000e+00, %37
  %39 = load double, ptr %10, align 8
  %40 = call double @llvm.fabs.f64(double %39)
  %41 = call double @exp(double noundef %40) #3
  %42 = fsub double %38, %41
  %43 = load double, ptr %11, align 8
  %44 = load double, ptr %9, align 8
  %45 = load double, ptr %9, align 8
  %46 = load double, ptr %9, align 8
  %47 = fsub double %45, %46
  %48 = fneg double %47
  %49 = call double @llvm.fmuladd.f64(double %43, double %44, double %48)
  %50 = fadd double %42, %49
  %51 = load double, ptr %11, align 8
  %52 = fadd double %51, %50
  store double %52, ptr %11, align 8
  %53 = load double, ptr %10, align 8
  %54 = load ptr, ptr %7, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = load i32, ptr %12, align 4
  %60 = sitofp i32 %59 to double
  %61 = fadd double %58, %60
  %62 = call double @llvm.fmuladd.f64(double %53, double 1.500000e+00, double %61)
  %63 = load ptr, ptr %7, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds double, ptr %63, i64 %65
  %67 = load double, ptr %66, align 8
  %68 = load double, ptr %9, align 8
  %69 = fmul double %67, %68
  %70 = load double, ptr %10, align 8
  %71 = load ptr, ptr %6, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds double, ptr %71, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = fsub double %70, %75
  %77 = call double @llvm.fmuladd.f64(double %69, double %76, double %62)
  %78 = load double, ptr %11, align 8
  %79 = fadd double %78, %77
  store double %79, ptr %11, align 8
  %80 = load double, ptr %9, align 8
  %81 = call double @llvm.fabs.f64(double %80)
  %82 = call double @cos(double noundef %81) #3
  %83 = call double @llvm.fabs.f64(double %82)
  %84 = call double @exp(double noundef %83) #3
  %85 = load double, ptr %9, align 8
  %86 = load double, ptr %9, align 8
  %87 = fadd double %85, %86
  %88 = load double, ptr %10, align 8
  %89 = call double @llvm.fabs.f64(double %88)
  %90 = call double @tanh(double noundef %89) #3
  %91 = fsub double %87, %90
  %92 = load double, ptr %11, align 8
  %93 = call double @llvm.fmuladd.f64(double %84, double %91, double %92)
  store double %93, ptr %11, align 8
  %94 = load double, ptr %11, align 8
  %95 = fcmp ogt double %94, 1.000000e+06
  br i1 %95, label %96, label %99

96:                                               ; preds = %17
  %97 = load double, ptr %11, align 8
  %98 = fmul double %97, 5.000000e-01
  store double %98, ptr %11, align 8
  br label %105

99:                                               ; preds = %17
  %100 = load double, ptr %11, align 8
  %101 = load ptr, ptr %7, align 8
  %102 = load i32, ptr %12, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds double, ptr %101, i64 %103
  store double %100, ptr %104, align 8
  br label %105

105:                                              ; preds = %99, %96
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %12, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %12, align 4
  br label %13, !llvm.loop !72

109:                                              ; preds = %13
  %110 = load double, ptr %11, align 8
  ret double %110
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel66(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %106, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %109

17:                                               ; preds = %13
  %18 = load double, ptr %9, align 8
  %19 = fmul double %18, 1.500000e+00
  %20 = call double @llvm.fabs.f64(double %19)
  %21 = call double @log1p(double noundef %20) #3
  %22 = load double, ptr %10, align 8
  %23 = load ptr, ptr %6, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fsub double %22, %27
  %29 = load double, ptr %10, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sitofp i32 %30 to double
  %32 = fsub double %29, %31
  %33 = fneg double %28
  %34 = call double @llvm.fmuladd.f64(double %33, double %32, double %21)
  %35 = load double, ptr %11, align 8
  %36 = fadd double %35, %34
  store double %36, ptr %11, align 8
  %37 = load double, ptr %11, align 8
  %38 = load double, ptr %11, align 8
  %39 = fadd double %37, %38
  %40 = call double @llvm.fabs.f64(double %39)
  %41 = call double @cos(double noundef %40) #3
  %42 = load double, ptr %11, align 8
  %43 = load ptr, ptr %6, align 8
  %44 = load i32, ptr %12, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds double, ptr %43, i64 %45
  %47 = load double, ptr %46, align 8
  %48 = fsub double %42, %47
  %49 = load ptr, ptr %6, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds double, ptr %49, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = call double @llvm.fabs.f64(double %53)
  %55 = call double @atan(double noundef %54) #3
  %56 = call double @llvm.fmuladd.f64(double %48, double %55, double %41)
  %57 = load double, ptr %11, align 8
  %58 = fadd double %57, %56
  store double %58, ptr %11, align 8
  %59 = load double, ptr %10, align 8
  %60 = load double, ptr %10, align 8
  %61 = call double @llvm.fabs.f64(double %60)
  %62 = call double @sqrt(double noundef %61) #3
  %63 = call double @llvm.fmuladd.f64(double %59, double 1.500000e+00, double %62)
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @log1p(double noundef %64) #3
  %66 = load double, ptr %11, align 8
  %67 = fadd double %66, %65
  store double %67, ptr %11, align 8
  %68 = load double, ptr %10, align 8
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = fadd double %68, %73
  %75 = load ptr, ptr %7, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = fneg double %79
  %81 = call double @llvm.fmuladd.f64(double %80, double 1.500000e+00, double %74)
  %82 = load double, ptr %10, align 8
  %83 = load ptr, ptr %6, align 8
  %84 = load i32, ptr %12, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %83, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = fmul double %82, %87
  %89 = call double @llvm.fabs.f64(double 1.500000e+00)
  %90 = call double @exp(double noundef %89) #3
  %91 = call double @llvm.fmuladd.f64(double %88, double %90, double %81)
  %92 = load double, ptr %11, align 8
  %93 = fadd double %92, %91
  store double %93, ptr %11, align 8
  %94 = load double, ptr %11, align 8
  %95 = fcmp ogt double %94, 1.000000e+06
  br i1 %95, label %96, label %99

96:                                               ; preds = %17
  %97 = load double, ptr %11, align 8
  %98 = fmul double %97, 5.000000e-01
  store double %98, ptr %11, align 8
  br label %105

99:                                               ; preds = %17
  %100 = load double, ptr %11, align 8
  %101 = load ptr, ptr %7, align 8
  %102 = load i32, ptr %12, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds double, ptr %101, i64 %103
  store double %100, ptr %104, align 8
  br label %105

105:                                              ; preds = %99, %96
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %12, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %12, align 4
  br label %13, !llvm.loop !73

109:                                              ; preds = %13
  %110 = load double, ptr %11, align 8
  ret double %110
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel67(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %105, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %108

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @atan(double noundef %23) #3
  %25 = load ptr, ptr %6, align 8
  %26 = load i32, ptr %12, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds double, ptr %25, i64 %27
  %29 = load double, ptr %28, align 8
  %30 = load ptr, ptr %6, align 8
  %31 = load i32, ptr %12, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds double, ptr %30, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = fsub double %29, %34
  %36 = load ptr, ptr %7, align 8
  %37 = load i32, ptr %12, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds double, ptr %36, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = call double @llvm.fabs.f64(double %40)
  %42 = call double @tanh(double noundef %41) #3
  %43 = load double, ptr %11, align 8
  %44 = fadd double 1.500000e+00, %43
  %45 = fmul double %42, %44
  %46 = call double @llvm.fmuladd.f64(double %24, double %35, double %45)
  %47 = load double, ptr %11, align 8
  %48 = fadd double %47, %46
  store double %48, ptr %11, align 8
  %49 = load double, ptr %10, align 8
  %50 = fadd double %49, 1.500000e+00
  %51 = load ptr, ptr %7, align 8
  %52 = load i32, ptr %12, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds double, ptr %51, i64 %53
  %55 = load double, ptr %54, align 8
  %56 = call double @llvm.fabs.f64(double %55)
  %57 = call double @exp(double noundef %56) #3
  %58 = fmul double %50, %57
  %59 = load double, ptr %9, align 8
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = call double @sqrt(double noundef %60) #3
  %62 = load double, ptr %10, align 8
  %63 = call double @llvm.fabs.f64(double %62)
  %64 = call double @exp(double noundef %63) #3
  %65 = fmul double %61, %64
  %66 = load double, ptr %11, align 8
  %67 = call double @llvm.fmuladd.f64(double %58, double %65, double %66)
  store double %67, ptr %11, align 8
  %68 = load double, ptr %10, align 8
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = fmul double %68, %73
  %75 = call double @llvm.fabs.f64(double %74)
  %76 = call double @log1p(double noundef %75) #3
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @atan(double noundef %77) #3
  %79 = load double, ptr %11, align 8
  %80 = fadd double %79, %78
  store double %80, ptr %11, align 8
  %81 = load double, ptr %9, align 8
  %82 = fmul double 1.500000e+00, %81
  %83 = call double @llvm.fabs.f64(double %82)
  %84 = call double @log1p(double noundef %83) #3
  %85 = load double, ptr %9, align 8
  %86 = call double @llvm.fabs.f64(double %85)
  %87 = call double @tanh(double noundef %86) #3
  %88 = call double @llvm.fabs.f64(double %87)
  %89 = call double @sin(double noundef %88) #3
  %90 = fsub double %84, %89
  %91 = load double, ptr %11, align 8
  %92 = fadd double %91, %90
  store double %92, ptr %11, align 8
  %93 = load double, ptr %11, align 8
  %94 = fcmp ogt double %93, 1.000000e+06
  br i1 %94, label %95, label %98

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = fmul double %96, 5.000000e-01
  store double %97, ptr %11, align 8
  br label %104

98:                                               ; preds = %17
  %99 = load double, ptr %11, align 8
  %100 = load ptr, ptr %7, align 8
  %101 = load i32, ptr %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds double, ptr %100, i64 %102
  store double %99, ptr %103, align 8
  br label %104

104:                                              ; preds = %98, %95
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %12, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %12, align 4
  br label %13, !llvm.loop !74

108:                                              ; preds = %13
  %109 = load double, ptr %11, align 8
  ret double %109
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel68(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %96, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %99

17:                                               ; preds = %13
  %18 = load ptr, ptr %7, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fsub double %22, 1.500000e+00
  %24 = load double, ptr %11, align 8
  %25 = call double @llvm.fabs.f64(double %24)
  %26 = call double @tanh(double noundef %25) #3
  %27 = fsub double %23, %26
  %28 = load double, ptr %10, align 8
  %29 = call double @llvm.fabs.f64(double %28)
  %30 = call double @sin(double noundef %29) #3
  %31 = call double @llvm.fabs.f64(double %30)
  %32 = call double @exp(double noundef %31) #3
  %33 = load double, ptr %11, align 8
  %34 = call double @llvm.fmuladd.f64(double %27, double %32, double %33)
  store double %34, ptr %11, align 8
  %35 = call double @llvm.fabs.f64(double 1.500000e+00)
  %36 = call double @cos(double noundef %35) #3
  %37 = load ptr, ptr %7, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = call double @llvm.fabs.f64(double %41)
  %43 = call double @tanh(double noundef %42) #3
  %44 = fsub double %36, %43
  %45 = load i32, ptr %12, align 4
  %46 = sitofp i32 %45 to double
  %47 = load ptr, ptr %7, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  %52 = fsub double %46, %51
  %53 = call double @llvm.fabs.f64(double 1.500000e+00)
  %54 = call double @log1p(double noundef %53) #3
  %55 = fadd double %52, %54
  %56 = load double, ptr %11, align 8
  %57 = call double @llvm.fmuladd.f64(double %44, double %55, double %56)
  store double %57, ptr %11, align 8
  %58 = load double, ptr %10, align 8
  %59 = fmul double 1.500000e+00, %58
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = call double @atan(double noundef %60) #3
  %62 = load double, ptr %10, align 8
  %63 = fadd double 1.500000e+00, %62
  %64 = call double @llvm.fabs.f64(double %63)
  %65 = call double @tanh(double noundef %64) #3
  %66 = fadd double %61, %65
  %67 = load double, ptr %11, align 8
  %68 = fadd double %67, %66
  store double %68, ptr %11, align 8
  %69 = load double, ptr %11, align 8
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @cos(double noundef %70) #3
  %72 = load ptr, ptr %7, align 8
  %73 = load i32, ptr %12, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds double, ptr %72, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @tanh(double noundef %77) #3
  %79 = fadd double %71, %78
  %80 = call double @llvm.fabs.f64(double %79)
  %81 = call double @tanh(double noundef %80) #3
  %82 = load double, ptr %11, align 8
  %83 = fadd double %82, %81
  store double %83, ptr %11, align 8
  %84 = load double, ptr %11, align 8
  %85 = fcmp ogt double %84, 1.000000e+06
  br i1 %85, label %86, label %89

86:                                               ; preds = %17
  %87 = load double, ptr %11, align 8
  %88 = fmul double %87, 5.000000e-01
  store double %88, ptr %11, align 8
  br label %95

89:                                               ; preds = %17
  %90 = load double, ptr %11, align 8
  %91 = load ptr, ptr %7, align 8
  %92 = load i32, ptr %12, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds double, ptr %91, i64 %93
  store double %90, ptr %94, align 8
  br label %95

95:                                               ; preds = %89, %86
  br label %96

96:                                               ; preds = %95
  %97 = load i32, ptr %12, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %12, align 4
  br label %13, !llvm.loop !75

99:                                               ; preds = %13
  %100 = load double, ptr %11, align 8
  ret double %100
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel69(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %126, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %129

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fabs.f64(double %22)
  %24 = call double @sin(double noundef %23) #3
  %25 = load double, ptr %9, align 8
  %26 = call double @llvm.fabs.f64(double %25)
  %27 = call double @atan(double noundef %26) #3
  %28 = fsub double %24, %27
  %29 = load ptr, ptr %7, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sitofp i32 %34 to double
  %36 = fadd double %33, %35
  %37 = load double, ptr %10, align 8
  %38 = call double @llvm.fabs.f64(double %37)
  %39 = call double @atan(double noundef %38) #3
  %40 = fadd double %36, %39
  %41 = load double, ptr %11, align 8
  %42 = call double @llvm.fmuladd.f64(double %28, double %40, double %41)
  store double %42, ptr %11, align 8
  %43 = load i32, ptr %12, align 4
  %44 = sitofp i32 %43 to double
  %45 = load i32, ptr %12, align 4
  %46 = sitofp i32 %45 to double
  %47 = load double, ptr %9, align 8
  %48 = load double, ptr %11, align 8
  %49 = fsub double %47, %48
  %50 = call double @llvm.fmuladd.f64(double %44, double %46, double %49)
  %51 = call double @llvm.fabs.f64(double %50)
  %52 = call double @cos(double noundef %51) #3
  %53 = load double, ptr %11, align 8
  %54 = fadd double %53, %52
  store double %54, ptr %11, align 8
  %55 = load ptr, ptr %7, align 8
  %56 = load i32, ptr %12, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds double, ptr %55, i64 %57
  %59 = load double, ptr %58, align 8
  %60 = load ptr, ptr %6, align 8
  %61 = load i32, ptr %12, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds double, ptr %60, i64 %62
  %64 = load double, ptr %63, align 8
  %65 = fsub double %59, %64
  %66 = call double @llvm.fabs.f64(double %65)
  %67 = call double @atan(double noundef %66) #3
  %68 = load ptr, ptr %7, align 8
  %69 = load i32, ptr %12, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = load double, ptr %11, align 8
  %74 = fmul double %72, %73
  %75 = load ptr, ptr %7, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds double, ptr %75, i64 %77
  %79 = load double, ptr %78, align 8
  %80 = call double @llvm.fabs.f64(double %79)
  %81 = call double @log1p(double noundef %80) #3
  %82 = fneg double %74
  %83 = call double @llvm.fmuladd.f64(double %82, double %81, double %67)
  %84 = load double, ptr %11, align 8
  %85 = fadd double %84, %83
  store double %85, ptr %11, align 8
  %86 = load ptr, ptr %6, align 8
  %87 = load i32, ptr %12, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds double, ptr %86, i64 %88
  %90 = load double, ptr %89, align 8
  %91 = fadd double %90, 1.500000e+00
  %92 = load i32, ptr %12, align 4
  %93 = sitofp i32 %92 to double
  %94 = call double @llvm.fabs.f64(double %93)
  %95 = call double @cos(double noundef %94) #3
  %96 = fsub double %91, %95
  %97 = load ptr, ptr %6, align 8
  %98 = load i32, ptr %12, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds double, ptr %97, i64 %99
  %101 = load double, ptr %100, align 8
  %102 = call double @llvm.fabs.f64(double %101)
  %103 = call double @exp(double noundef %102) #3
  %104 = load ptr, ptr %6, align 8
  %105 = load i32, ptr %12, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds double, ptr %104, i64 %106
  %108 = load double, ptr %107, align 8
  %109 = load double, ptr %10, align 8
  %110 = fadd double %108, %109
  %111 = fsub double %103, %110
  %112 = load double, ptr %11, align 8
  %113 = call double @llvm.fmuladd.f64(double %96, double %111, double %112)
  store double %113, ptr %11, align 8
  %114 = load double, ptr %11, align 8
  %115 = fcmp ogt double %114, 1.000000e+06
  br i1 %115, label %116, label %119

116:                                              ; preds = %17
  %117 = load double, ptr %11, align 8
  %118 = fmul double %117, 5.000000e-01
  store double %118, ptr %11, align 8
  br label %125

119:                                              ; preds = %17
  %120 = load double, ptr %11, align 8
  %121 = load ptr, ptr %7, align 8
  %122 = load i32, ptr %12, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds double, ptr %121, i64 %123
  store double %120, ptr %124, align 8
  br label %125

125:                                              ; preds = %119, %116
  br label %126

126:                                              ; preds = %125
  %127 = load i32, ptr %12, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %12, align 4
  br label %13, !llvm.loop !76

129:                                              ; preds = %13
  %130 = load double, ptr %11, align 8
  ret double %130
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel70(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %105, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %108

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %7, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fadd double %22, %27
  %29 = call double @llvm.fabs.f64(double 1.500000e+00)
  %30 = call double @atan(double noundef %29) #3
  %31 = fsub double %28, %30
  %32 = call double @llvm.fabs.f64(double %31)
  %33 = call double @exp(double noundef %32) #3
  %34 = load double, ptr %11, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %11, align 8
  %36 = load double, ptr %11, align 8
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = call double @sqrt(double noundef %37) #3
  %39 = load double, ptr %9, align 8
  %40 = load ptr, ptr %7, align 8
  %41 = load i32, ptr %12, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = fadd double %39, %44
  %46 = fadd double %38, %45
  %47 = load double, ptr %10, align 8
  %48 = call double @llvm.fabs.f64(double %47)
  %49 = call double @exp(double noundef %48) #3
  %50 = load double, ptr %9, align 8
  %51 = call double @llvm.fabs.f64(double %50)
  %52 = call double @tanh(double noundef %51) #3
  %53 = fsub double %49, %52
  %54 = load double, ptr %11, align 8
  %55 = call double @llvm.fmuladd.f64(double %46, double %53, double %54)
  store double %55, ptr %11, align 8
  %56 = load i32, ptr %12, align 4
  %57 = sitofp i32 %56 to double
  %58 = load double, ptr %10, align 8
  %59 = load ptr, ptr %6, align 8
  %60 = load i32, ptr %12, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = load double, ptr %11, align 8
  %65 = fadd double %63, %64
  %66 = call double @llvm.fmuladd.f64(double %57, double %58, double %65)
  %67 = call double @llvm.fabs.f64(double %66)
  %68 = call double @atan(double noundef %67) #3
  %69 = load double, ptr %11, align 8
  %70 = fadd double %69, %68
  store double %70, ptr %11, align 8
  %71 = load ptr, ptr %6, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds double, ptr %71, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sitofp i32 %76 to double
  %78 = fsub double %75, %77
  %79 = call double @llvm.fabs.f64(double %78)
  %80 = call double @sin(double noundef %79) #3
  %81 = load ptr, ptr %6, align 8
  %82 = load i32, ptr %12, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds double, ptr %81, i64 %83
  %85 = load double, ptr %84, align 8
  %86 = load i32, ptr %12, align 4
  %87 = sitofp i32 %86 to double
  %88 = fsub double %85, %87
  %89 = call double @llvm.fabs.f64(double %88)
  %90 = call double @sqrt(double noundef %89) #3
  %91 = load double, ptr %11, align 8
  %92 = call double @llvm.fmuladd.f64(double %80, double %90, double %91)
  store double %92, ptr %11, align 8
  %93 = load double, ptr %11, align 8
  %94 = fcmp ogt double %93, 1.000000e+06
  br i1 %94, label %95, label %98

95:                                               ; preds = %17
  %96 = load double, ptr %11, align 8
  %97 = fmul double %96, 5.000000e-01
  store double %97, ptr %11, align 8
  br label %104

98:                                               ; preds = %17
  %99 = load double, ptr %11, align 8
  %100 = load ptr, ptr %7, align 8
  %101 = load i32, ptr %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds double, ptr %100, i64 %102
  store double %99, ptr %103, align 8
  br label %104

104:                                              ; preds = %98, %95
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %12, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %12, align 4
  br label %13, !llvm.loop !77

108:                                              ; preds = %13
  %109 = load double, ptr %11, align 8
  ret double %109
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @kernel71(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3, double noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store double %3, ptr %9, align 8
  store double %4, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %107, %5
  %14 = load i32, ptr %12, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %110

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %12, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %6, align 8
  %24 = load i32, ptr %12, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fsub double %22, %27
  %29 = call double @llvm.fabs.f64(double %28)
  %30 = call double @cos(double noundef %29) #3
  %31 = load ptr, ptr %7, align 8
  %32 = load i32, ptr %12, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load ptr, ptr %6, align 8
  %37 = load i32, ptr %12, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds double, ptr %36, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = fsub double %35, %40
  %42 = load ptr, ptr %6, align 8
  %43 = load i32, ptr %12, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds double, ptr %42, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = load double, ptr %10, align 8
  %48 = fadd double %46, %47
  %49 = fadd double %41, %48
  %50 = load double, ptr %11, align 8
  %51 = call double @llvm.fmuladd.f64(double %30, double %49, double %50)
  store double %51, ptr %11, align 8
  %52 = load double, ptr %11, align 8
  %53 = call double @llvm.fabs.f64(double %52)
  %54 = call double @sqrt(double noundef %53) #3
  %55 = call double @llvm.fabs.f64(double %54)
  %56 = call double @log1p(double noundef %55) #3
  %57 = call double @llvm.fabs.f64(double %56)
  %58 = call double @sqrt(double noundef %57) #3
  %59 = load double, ptr %11, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %11, align 8
  %61 = load double, ptr %11, align 8
  %62 = call double @llvm.fabs.f64(double %61)
  %63 = call double @log1p(double noundef %62) #3
  %64 = load ptr, ptr %7, align 8
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = call double @llvm.fmuladd.f64(double %68, double 1.500000e+00, double %63)
  %70 = call double @llvm.fabs.f64(double %69)
  %71 = call double @exp(double noundef %70) #3
  %72 = load double, ptr %11, align 8
  %73 = fadd double %72, %71
  store double %73, ptr %11, align 8
  %74 = load double, ptr %10, align 8
  %75 = call double @llvm.fabs.f64(double %74)
  %76 = call double @sin(double noundef %75) #3
  %77 = call double @llvm.fabs.f64(double %76)
  %78 = call double @sin(double noundef %77) #3
  %79 = load ptr, ptr %7, align 8
  %80 = load i32, ptr %12, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds double, ptr %79, i64 %81
  %83 = load double, ptr %82, align 8
  %84 = fadd double %83, 1.500000e+00
  %85 = load ptr, ptr %6, align 8
  %86 = load i32, ptr %12, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds double, ptr %85, i64 %87
  %89 = load double, ptr %88, align 8
  %90 = call double @llvm.fabs.f64(double %89)
  %91 = call double @exp(double noundef %90) #3
  %92 = fadd double %84, %91
  %93 = load double, ptr %11, align 8
  %94 = call double @llvm.fmuladd.f64(double %78, double %92, double %93)
  store double %94, ptr %11, align 8
  %95 = load double, ptr %11, align 8
  %96 = fcmp ogt double %95, 1.000000e+06
  br i1 %96, label %97, label %100

97:                                               ; preds = %17
  %98 = load double, ptr %11, align 8
  %99 = fmul double %98, 5.000000e-01
  store double %99, ptr %11, align 8
  br label %106

100:                                              ; preds = %17
  %101 = load double, ptr %11, align 8
  %102 = load ptr, ptr %7, align 8
  %103 = load i32, ptr %12, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds double, ptr %102, i64 %104
  store double %101, ptr %105, align 8
  br label %106

106:                                              ; preds = %100, %97
  br label %107

107:                                              ; preds = %106
  %108 = load i32, ptr %12, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %12, align 4
  br label %13, !llvm.loop !78

110:                                              ; preds = %13
  %111 = load double, ptr %11, align 8
  ret double %111
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

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
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
!36 = distinct !{!36, !7}
!37 = distinct !{!37, !7}
!38 = distinct !{!38, !7}
!39 = distinct !{!39, !7}
!40 = distinct !{!40, !7}
!41 = distinct !{!41, !7}
!42 = distinct !{!42, !7}
!43 = distinct !{!43, !7}
!44 = distinct !{!44, !7}
!45 = distinct !{!45, !7}
!46 = distinct !{!46, !7}
!47 = distinct !{!47, !7}
!48 = distinct !{!48, !7}
!49 = distinct !{!49, !7}
!50 = distinct !{!50, !7}
!51 = distinct !{!51, !7}
!52 = distinct !{!52, !7}
!53 = distinct !{!53, !7}
!54 = distinct !{!54, !7}
!55 = distinct !{!55, !7}
!56 = distinct !{!56, !7}
!57 = distinct !{!57, !7}
!58 = distinct !{!58, !7}
!59 = distinct !{!59, !7}
!60 = distinct !{!60, !7}
!61 = distinct !{!61, !7}
!62 = distinct !{!62, !7}
!63 = distinct !{!63, !7}
!64 = distinct !{!64, !7}
!65 = distinct !{!65, !7}
!66 = distinct !{!66, !7}
!67 = distinct !{!67, !7}
!68 = distinct !{!68, !7}
!69 = distinct !{!69, !7}
!70 = distinct !{!70, !7}
!71 = distinct !{!71, !7}
!72 = distinct !{!72, !7}
!73 = distinct !{!73, !7}
!74 = distinct !{!74, !7}
!75 = distinct !{!75, !7}
!76 = distinct !{!76, !7}
!77 = distinct !{!77, !7}
!78 = distinct !{!78, !7}
