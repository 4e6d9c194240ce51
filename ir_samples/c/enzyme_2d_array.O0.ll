; ModuleID = 'enzyme_2d_array.c'
source_filename = "enzyme_2d_array.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.a = private unnamed_addr constant [3 x [3 x double]] [[3 x double] [double 1.000000e+00, double 2.000000e+00, double -1.000000e+00], [3 x double] [double 5.000000e-01, double -5.000000e-01, double 3.000000e+00], [3 x double] [double 2.000000e+00, double 1.000000e+00, double 0.000000e+00]], align 16
@__const.main.b = private unnamed_addr constant [3 x [3 x double]] [[3 x double] [double 0.000000e+00, double 1.000000e+00, double 2.000000e+00], [3 x double] [double -1.000000e+00, double 5.000000e-01, double 1.000000e+00], [3 x double] [double 1.500000e+00, double -2.000000e+00, double 2.500000e-01]], align 16
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"dA[0][1]\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"dB[2][0]\00", align 1
@enzyme_dupnoneed = external global i32, align 4
@.str.3 = private unnamed_addr constant [12 x i8] c"dgram[0][1]\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"dgram[2][2]\00", align 1
@__const.main.m = private unnamed_addr constant [4 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00], [4 x double] [double -1.000000e+00, double 5.000000e-01, double 2.500000e-01, double 2.000000e+00], [4 x double] [double 0.000000e+00, double 1.000000e+00, double -3.000000e+00, double 1.500000e+00], [4 x double] [double 2.000000e+00, double 2.000000e+00, double -1.000000e+00, double 5.000000e-01]], align 16
@__const.main.w = private unnamed_addr constant [4 x double] [double 5.000000e-01, double 2.000000e+00, double -1.000000e+00, double 2.500000e-01], align 16
@enzyme_const = external global i32, align 4
@.str.5 = private unnamed_addr constant [11 x i8] c"dvla[1][2]\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @frob_product(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [3 x [3 x double]], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %62, %2
  %13 = load i32, ptr %6, align 4
  %14 = icmp slt i32 %13, 3
  br i1 %14, label %15, label %65

15:                                               ; preds = %12
  store i32 0, ptr %7, align 4
  br label %16

16:                                               ; preds = %58, %15
  %17 = load i32, ptr %7, align 4
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %61

19:                                               ; preds = %16
  %20 = load i32, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [3 x [3 x double]], ptr %5, i64 0, i64 %21
  %23 = load i32, ptr %7, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [3 x double], ptr %22, i64 0, i64 %24
  store double 0.000000e+00, ptr %25, align 8
  store i32 0, ptr %8, align 4
  br label %26

26:                                               ; preds = %54, %19
  %27 = load i32, ptr %8, align 4
  %28 = icmp slt i32 %27, 3
  br i1 %28, label %29, label %57

29:                                               ; preds = %26
  %30 = load ptr, ptr %3, align 8
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [3 x double], ptr %30, i64 %32
  %34 = load i32, ptr %8, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [3 x double], ptr %33, i64 0, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %4, align 8
  %39 = load i32, ptr %8, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [3 x double], ptr %38, i64 %40
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [3 x double], ptr %41, i64 0, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = load i32, ptr %6, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [3 x [3 x double]], ptr %5, i64 0, i64 %47
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [3 x double], ptr %48, i64 0, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = call double @llvm.fmuladd.f64(double %37, double %45, double %52)
  store double %53, ptr %51, align 8
  br label %54

54:                                               ; preds = %29
  %55 = load i32, ptr %8, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %8, align 4
  br label %26, !llvm.loop !6

57:                                               ; preds = %26
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %7, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %7, align 4
  br label %16, !llvm.loop !8

61:                                               ; preds = %16
  br label %62

62:                                               ; preds = %61
  %63 = load i32, ptr %6, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %6, align 4
  br label %12, !llvm.loop !9

65:                                               ; preds = %12
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %66

66:                                               ; preds = %94, %65
  %67 = load i32, ptr %10, align 4
  %68 = icmp slt i32 %67, 3
  br i1 %68, label %69, label %97

69:                                               ; preds = %66
  store i32 0, ptr %11, align 4
  br label %70

70:                                               ; preds = %90, %69
  %71 = load i32, ptr %11, align 4
  %72 = icmp slt i32 %71, 3
  br i1 %72, label %73, label %93

73:                                               ; preds = %70
  %74 = load i32, ptr %10, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [3 x [3 x double]], ptr %5, i64 0, i64 %75
  %77 = load i32, ptr %11, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [3 x double], ptr %76, i64 0, i64 %78
  %80 = load double, ptr %79, align 8
  %81 = load i32, ptr %10, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [3 x [3 x double]], ptr %5, i64 0, i64 %82
  %84 = load i32, ptr %11, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [3 x double], ptr %83, i64 0, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = load double, ptr %9, align 8
  %89 = call double @llvm.fmuladd.f64(double %80, double %87, double %88)
  store double %89, ptr %9, align 8
  br label %90

90:                                               ; preds = %73
  %91 = load i32, ptr %11, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %11, align 4
  br label %70, !llvm.loop !10

93:                                               ; preds = %70
  br label %94

94:                                               ; preds = %93
  %95 = load i32, ptr %10, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %10, align 4
  br label %66, !llvm.loop !11

97:                                               ; preds = %66
  %98 = load double, ptr %9, align 8
  ret double %98
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @gram(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %9

9:                                                ; preds = %55, %2
  %10 = load i32, ptr %5, align 4
  %11 = icmp slt i32 %10, 3
  br i1 %11, label %12, label %58

12:                                               ; preds = %9
  store i32 0, ptr %6, align 4
  br label %13

13:                                               ; preds = %51, %12
  %14 = load i32, ptr %6, align 4
  %15 = icmp slt i32 %14, 3
  br i1 %15, label %16, label %54

16:                                               ; preds = %13
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %17

17:                                               ; preds = %39, %16
  %18 = load i32, ptr %8, align 4
  %19 = icmp slt i32 %18, 3
  br i1 %19, label %20, label %42

20:                                               ; preds = %17
  %21 = load ptr, ptr %3, align 8
  %22 = load i32, ptr %8, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [3 x double], ptr %21, i64 %23
  %25 = load i32, ptr %5, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [3 x double], ptr %24, i64 0, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %3, align 8
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [3 x double], ptr %29, i64 %31
  %33 = load i32, ptr %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [3 x double], ptr %32, i64 0, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = load double, ptr %7, align 8
  %38 = call double @llvm.fmuladd.f64(double %28, double %36, double %37)
  store double %38, ptr %7, align 8
  br label %39

39:                                               ; preds = %20
  %40 = load i32, ptr %8, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %8, align 4
  br label %17, !llvm.loop !12

42:                                               ; preds = %17
  %43 = load double, ptr %7, align 8
  %44 = load ptr, ptr %4, align 8
  %45 = load i32, ptr %5, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [3 x double], ptr %44, i64 %46
  %48 = load i32, ptr %6, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [3 x double], ptr %47, i64 0, i64 %49
  store double %43, ptr %50, align 8
  br label %51

51:                                               ; preds = %42
  %52 = load i32, ptr %6, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %6, align 4
  br label %13, !llvm.loop !13

54:                                               ; preds = %13
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %5, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %5, align 4
  br label %9, !llvm.loop !14

58:                                               ; preds = %9
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @row_energy(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %11 = load i32, ptr %4, align 4
  %12 = zext i32 %11 to i64
  %13 = load i32, ptr %4, align 4
  %14 = zext i32 %13 to i64
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %50, %3
  %16 = load i32, ptr %8, align 4
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %53

19:                                               ; preds = %15
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %20

20:                                               ; preds = %36, %19
  %21 = load i32, ptr %10, align 4
  %22 = load i32, ptr %4, align 4
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %24, label %39

24:                                               ; preds = %20
  %25 = load ptr, ptr %5, align 8
  %26 = load i32, ptr %8, align 4
  %27 = sext i32 %26 to i64
  %28 = mul nsw i64 %27, %14
  %29 = getelementptr inbounds double, ptr %25, i64 %28
  %30 = load i32, ptr %10, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = load double, ptr %9, align 8
  %35 = fadd double %34, %33
  store double %35, ptr %9, align 8
  br label %36

36:                                               ; preds = %24
  %37 = load i32, ptr %10, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %10, align 4
  br label %20, !llvm.loop !15

39:                                               ; preds = %20
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %8, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = load double, ptr %9, align 8
  %46 = fmul double %44, %45
  %47 = load double, ptr %9, align 8
  %48 = load double, ptr %7, align 8
  %49 = call double @llvm.fmuladd.f64(double %46, double %47, double %48)
  store double %49, ptr %7, align 8
  br label %50

50:                                               ; preds = %39
  %51 = load i32, ptr %8, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %8, align 4
  br label %15, !llvm.loop !16

53:                                               ; preds = %15
  %54 = load double, ptr %7, align 8
  ret double %54
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x [3 x double]], align 16
  %3 = alloca [3 x [3 x double]], align 16
  %4 = alloca [3 x [3 x double]], align 16
  %5 = alloca [3 x [3 x double]], align 16
  %6 = alloca [3 x [3 x double]], align 16
  %7 = alloca [3 x [3 x double]], align 16
  %8 = alloca [3 x [3 x double]], align 16
  %9 = alloca [4 x [4 x double]], align 16
  %10 = alloca [4 x [4 x double]], align 16
  %11 = alloca [4 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.a, i64 72, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.b, i64 72, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 72, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 72, i1 false)
  %12 = load i32, ptr @enzyme_dup, align 4
  %13 = getelementptr inbounds [3 x [3 x double]], ptr %2, i64 0, i64 0
  %14 = getelementptr inbounds [3 x [3 x double]], ptr %4, i64 0, i64 0
  %15 = load i32, ptr @enzyme_dup, align 4
  %16 = getelementptr inbounds [3 x [3 x double]], ptr %3, i64 0, i64 0
  %17 = getelementptr inbounds [3 x [3 x double]], ptr %5, i64 0, i64 0
  %18 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @frob_product, i32 noundef %12, ptr noundef %13, ptr noundef %14, i32 noundef %15, ptr noundef %16, ptr noundef %17)
  %19 = getelementptr inbounds [3 x [3 x double]], ptr %4, i64 0, i64 0
  %20 = getelementptr inbounds [3 x double], ptr %19, i64 0, i64 1
  %21 = load double, ptr %20, align 8
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %21)
  %23 = getelementptr inbounds [3 x [3 x double]], ptr %5, i64 0, i64 2
  %24 = getelementptr inbounds [3 x double], ptr %23, i64 0, i64 0
  %25 = load double, ptr %24, align 16
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %25)
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 72, i1 false)
  %27 = getelementptr inbounds [3 x [3 x double]], ptr %6, i32 0, i32 0
  %28 = getelementptr inbounds [3 x double], ptr %27, i32 0, i32 0
  store double 1.000000e+00, ptr %28, align 16
  %29 = getelementptr inbounds [3 x double], ptr %27, i32 0, i32 1
  store double 5.000000e-01, ptr %29, align 8
  %30 = getelementptr inbounds [3 x [3 x double]], ptr %6, i32 0, i32 1
  %31 = getelementptr inbounds [3 x double], ptr %30, i32 0, i32 2
  store double 2.000000e+00, ptr %31, align 8
  %32 = getelementptr inbounds [3 x [3 x double]], ptr %6, i32 0, i32 2
  %33 = getelementptr inbounds [3 x double], ptr %32, i32 0, i32 0
  store double 2.500000e-01, ptr %33, align 16
  %34 = getelementptr inbounds [3 x double], ptr %32, i32 0, i32 1
  store double -1.000000e+00, ptr %34, align 8
  %35 = load i32, ptr @enzyme_dup, align 4
  %36 = getelementptr inbounds [3 x [3 x double]], ptr %2, i64 0, i64 0
  %37 = getelementptr inbounds [3 x [3 x double]], ptr %6, i64 0, i64 0
  %38 = load i32, ptr @enzyme_dupnoneed, align 4
  %39 = getelementptr inbounds [3 x [3 x double]], ptr %7, i64 0, i64 0
  %40 = getelementptr inbounds [3 x [3 x double]], ptr %8, i64 0, i64 0
  call void (ptr, ...) @__enzyme_fwddiff(ptr noundef @gram, i32 noundef %35, ptr noundef %36, ptr noundef %37, i32 noundef %38, ptr noundef %39, ptr noundef %40)
  %41 = getelementptr inbounds [3 x [3 x double]], ptr %8, i64 0, i64 0
  %42 = getelementptr inbounds [3 x double], ptr %41, i64 0, i64 1
  %43 = load double, ptr %42, align 8
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %43)
  %45 = getelementptr inbounds [3 x [3 x double]], ptr %8, i64 0, i64 2
  %46 = getelementptr inbounds [3 x double], ptr %45, i64 0, i64 2
  %47 = load double, ptr %46, align 16
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %47)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.m, i64 128, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 128, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.w, i64 32, i1 false)
  %49 = load i32, ptr @enzyme_const, align 4
  %50 = load i32, ptr @enzyme_dup, align 4
  %51 = getelementptr inbounds [4 x [4 x double]], ptr %9, i64 0, i64 0
  %52 = getelementptr inbounds [4 x [4 x double]], ptr %10, i64 0, i64 0
  %53 = load i32, ptr @enzyme_const, align 4
  %54 = getelementptr inbounds [4 x double], ptr %11, i64 0, i64 0
  %55 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @row_energy, i32 noundef %49, i32 noundef 4, i32 noundef %50, ptr noundef %51, ptr noundef %52, i32 noundef %53, ptr noundef %54)
  %56 = getelementptr inbounds [4 x [4 x double]], ptr %10, i64 0, i64 1
  %57 = getelementptr inbounds [4 x double], ptr %56, i64 0, i64 2
  %58 = load double, ptr %57, align 16
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %58)
  %60 = load ptr, ptr @stdout, align 8
  %61 = call i32 @fflush(ptr noundef %60)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare void @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
