; ModuleID = 'enzyme_fwd_arrays.c'
source_filename = "enzyme_fwd_arrays.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.A = private unnamed_addr constant [9 x double] [double 2.000000e+00, double -1.000000e+00, double 5.000000e-01, double 1.000000e+00, double 3.000000e+00, double -2.000000e+00, double 0.000000e+00, double 1.500000e+00, double 1.000000e+00], align 16
@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01], align 16
@__const.main.dx = private unnamed_addr constant [3 x double] [double 5.000000e-01, double 1.000000e+00, double -1.000000e+00], align 16
@enzyme_const = external global i32, align 4
@enzyme_dup = external global i32, align 4
@enzyme_dupnoneed = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"dy[0]\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"dy[1]\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"dy[2]\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"dAy[0]\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"dAy[2]\00", align 1
@__const.main.b = private unnamed_addr constant [3 x double] [double 2.500000e-01, double 4.000000e+00, double -1.000000e+00], align 16
@.str.6 = private unnamed_addr constant [8 x i8] c"ddot_sq\00", align 1
@__const.main.z = private unnamed_addr constant [2 x double] [double 1.500000e+00, double -5.000000e-01], align 16
@__const.main.dz = private unnamed_addr constant [2 x double] [double 1.000000e+00, double 2.000000e+00], align 16
@.str.7 = private unnamed_addr constant [6 x i8] c"dz[0]\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"dz[1]\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @matvec(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %12

12:                                               ; preds = %47, %4
  %13 = load i32, ptr %9, align 4
  %14 = load i32, ptr %8, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %50

16:                                               ; preds = %12
  store double 0.000000e+00, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %17

17:                                               ; preds = %38, %16
  %18 = load i32, ptr %11, align 4
  %19 = load i32, ptr %8, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %41

21:                                               ; preds = %17
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %9, align 4
  %24 = load i32, ptr %8, align 4
  %25 = mul nsw i32 %23, %24
  %26 = load i32, ptr %11, align 4
  %27 = add nsw i32 %25, %26
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %22, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %11, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load double, ptr %10, align 8
  %37 = call double @llvm.fmuladd.f64(double %30, double %35, double %36)
  store double %37, ptr %10, align 8
  br label %38

38:                                               ; preds = %21
  %39 = load i32, ptr %11, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %11, align 4
  br label %17, !llvm.loop !6

41:                                               ; preds = %17
  %42 = load double, ptr %10, align 8
  %43 = load ptr, ptr %7, align 8
  %44 = load i32, ptr %9, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds double, ptr %43, i64 %45
  store double %42, ptr %46, align 8
  br label %47

47:                                               ; preds = %41
  %48 = load i32, ptr %9, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %9, align 4
  br label %12, !llvm.loop !8

50:                                               ; preds = %12
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @dot_sq(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %26, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %29

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds double, ptr %14, i64 %16
  %18 = load double, ptr %17, align 8
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load double, ptr %7, align 8
  %25 = call double @llvm.fmuladd.f64(double %18, double %23, double %24)
  store double %25, ptr %7, align 8
  br label %26

26:                                               ; preds = %13
  %27 = load i32, ptr %8, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %8, align 4
  br label %9, !llvm.loop !9

29:                                               ; preds = %9
  %30 = load double, ptr %7, align 8
  %31 = load double, ptr %7, align 8
  %32 = fmul double %30, %31
  ret double %32
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @square_plus(ptr noundef %0, double noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %8

8:                                                ; preds = %29, %3
  %9 = load i32, ptr %7, align 4
  %10 = load i32, ptr %6, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %32

12:                                               ; preds = %8
  %13 = load ptr, ptr %4, align 8
  %14 = load i32, ptr %7, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds double, ptr %13, i64 %15
  %17 = load double, ptr %16, align 8
  %18 = load ptr, ptr %4, align 8
  %19 = load i32, ptr %7, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %5, align 8
  %24 = call double @llvm.fmuladd.f64(double %17, double %22, double %23)
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %7, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds double, ptr %25, i64 %27
  store double %24, ptr %28, align 8
  br label %29

29:                                               ; preds = %12
  %30 = load i32, ptr %7, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %7, align 4
  br label %8, !llvm.loop !10

32:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [9 x double], align 16
  %3 = alloca [9 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  %8 = alloca [3 x double], align 16
  %9 = alloca double, align 8
  %10 = alloca [2 x double], align 16
  %11 = alloca [2 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.A, i64 72, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 72, i1 false)
  %12 = getelementptr inbounds [9 x double], ptr %3, i32 0, i32 0
  store double 1.000000e-01, ptr %12, align 16
  %13 = getelementptr inbounds [9 x double], ptr %3, i32 0, i32 4
  store double -2.000000e-01, ptr %13, align 16
  %14 = getelementptr inbounds [9 x double], ptr %3, i32 0, i32 6
  store double 3.000000e-01, ptr %14, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.x, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.dx, i64 24, i1 false)
  %15 = load i32, ptr @enzyme_const, align 4
  %16 = getelementptr inbounds [9 x double], ptr %2, i64 0, i64 0
  %17 = load i32, ptr @enzyme_dup, align 4
  %18 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %19 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %20 = load i32, ptr @enzyme_dupnoneed, align 4
  %21 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %22 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %23 = load i32, ptr @enzyme_const, align 4
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef @matvec, i32 noundef %15, ptr noundef %16, i32 noundef %17, ptr noundef %18, ptr noundef %19, i32 noundef %20, ptr noundef %21, ptr noundef %22, i32 noundef %23, i32 noundef 3)
  %24 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %25 = load double, ptr %24, align 16
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %25)
  %27 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 1
  %28 = load double, ptr %27, align 8
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %28)
  %30 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 2
  %31 = load double, ptr %30, align 16
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %31)
  %33 = getelementptr inbounds [9 x double], ptr %2, i64 0, i64 0
  %34 = getelementptr inbounds [9 x double], ptr %3, i64 0, i64 0
  %35 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %36 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %37 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %38 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef @matvec, ptr noundef %33, ptr noundef %34, ptr noundef %35, ptr noundef %36, ptr noundef %37, ptr noundef %38, i32 noundef 3)
  %39 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %40 = load double, ptr %39, align 16
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %40)
  %42 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 2
  %43 = load double, ptr %42, align 16
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %43)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.b, i64 24, i1 false)
  %45 = load i32, ptr @enzyme_dup, align 4
  %46 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %47 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %48 = load i32, ptr @enzyme_const, align 4
  %49 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 0
  %50 = load i32, ptr @enzyme_const, align 4
  %51 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @dot_sq, i32 noundef %45, ptr noundef %46, ptr noundef %47, i32 noundef %48, ptr noundef %49, i32 noundef %50, i32 noundef 3)
  store double %51, ptr %9, align 8
  %52 = load double, ptr %9, align 8
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %52)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.main.z, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.dz, i64 16, i1 false)
  %54 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 0
  %55 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 0
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef @square_plus, ptr noundef %54, ptr noundef %55, double noundef 2.500000e-01, double noundef 1.000000e+00, i32 noundef 2)
  %56 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 0
  %57 = load double, ptr %56, align 16
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %57)
  %59 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 1
  %60 = load double, ptr %59, align 8
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.8, double noundef %60)
  %62 = load ptr, ptr @stdout, align 8
  %63 = call i32 @fflush(ptr noundef %62)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare void @__enzyme_fwddiff_void(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

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
