; ModuleID = 'enzyme_quicksort.c'
source_filename = "enzyme_quicksort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.a = private unnamed_addr constant [7 x double] [double 3.000000e-01, double -1.200000e+00, double 2.500000e+00, double 8.000000e-01, double -4.000000e-01, double 1.900000e+00, double -2.200000e+00], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"da[0]\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"da[1]\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"da[2]\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"da[6]\00", align 1
@__const.main.b = private unnamed_addr constant [7 x double] [double 3.000000e-01, double -1.200000e+00, double 2.500000e+00, double 8.000000e-01, double -4.000000e-01, double 1.900000e+00, double -2.200000e+00], align 16
@__const.main.v = private unnamed_addr constant [7 x double] [double 1.000000e+00, double -5.000000e-01, double 2.500000e-01, double 2.000000e+00, double 1.500000e+00, double -1.000000e+00, double 5.000000e-01], align 16
@.str.5 = private unnamed_addr constant [14 x i8] c"dsorted_cubes\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"dsorted[0]\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"dsorted[6]\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @sorted_cubes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = load i32, ptr %4, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds double, ptr %8, i64 %10
  call void @quicksort(ptr noundef %7, ptr noundef %11)
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %39, %2
  %13 = load i32, ptr %6, align 4
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %42

16:                                               ; preds = %12
  %17 = load i32, ptr %6, align 4
  %18 = add nsw i32 %17, 1
  %19 = sitofp i32 %18 to double
  %20 = load ptr, ptr %3, align 8
  %21 = load i32, ptr %6, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds double, ptr %20, i64 %22
  %24 = load double, ptr %23, align 8
  %25 = fmul double %19, %24
  %26 = load ptr, ptr %3, align 8
  %27 = load i32, ptr %6, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fmul double %25, %30
  %32 = load ptr, ptr %3, align 8
  %33 = load i32, ptr %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = load double, ptr %5, align 8
  %38 = call double @llvm.fmuladd.f64(double %31, double %36, double %37)
  store double %38, ptr %5, align 8
  br label %39

39:                                               ; preds = %16
  %40 = load i32, ptr %6, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %6, align 4
  br label %12, !llvm.loop !6

42:                                               ; preds = %12
  %43 = load double, ptr %5, align 8
  ret double %43
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @quicksort(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = sdiv exact i64 %10, 8
  %12 = icmp slt i64 %11, 2
  br i1 %12, label %13, label %14

13:                                               ; preds = %2
  br label %23

14:                                               ; preds = %2
  %15 = load ptr, ptr %3, align 8
  %16 = load ptr, ptr %4, align 8
  %17 = call ptr @partition(ptr noundef %15, ptr noundef %16)
  store ptr %17, ptr %5, align 8
  %18 = load ptr, ptr %3, align 8
  %19 = load ptr, ptr %5, align 8
  call void @quicksort(ptr noundef %18, ptr noundef %19)
  %20 = load ptr, ptr %5, align 8
  %21 = getelementptr inbounds double, ptr %20, i64 1
  %22 = load ptr, ptr %4, align 8
  call void @quicksort(ptr noundef %21, ptr noundef %22)
  br label %23

23:                                               ; preds = %14, %13
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [7 x double], align 16
  %3 = alloca [7 x double], align 16
  %4 = alloca [7 x double], align 16
  %5 = alloca [7 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.a, i64 56, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 56, i1 false)
  %6 = load i32, ptr @enzyme_dup, align 4
  %7 = getelementptr inbounds [7 x double], ptr %2, i64 0, i64 0
  %8 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 0
  %9 = load i32, ptr @enzyme_const, align 4
  %10 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @sorted_cubes, i32 noundef %6, ptr noundef %7, ptr noundef %8, i32 noundef %9, i32 noundef 7)
  %11 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 0
  %12 = load double, ptr %11, align 16
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %12)
  %14 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 1
  %15 = load double, ptr %14, align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %15)
  %17 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 2
  %18 = load double, ptr %17, align 16
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %18)
  %20 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 6
  %21 = load double, ptr %20, align 16
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %21)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.b, i64 56, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.v, i64 56, i1 false)
  %23 = load i32, ptr @enzyme_dup, align 4
  %24 = getelementptr inbounds [7 x double], ptr %4, i64 0, i64 0
  %25 = getelementptr inbounds [7 x double], ptr %5, i64 0, i64 0
  %26 = load i32, ptr @enzyme_const, align 4
  %27 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @sorted_cubes, i32 noundef %23, ptr noundef %24, ptr noundef %25, i32 noundef %26, i32 noundef 7)
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %27)
  %29 = getelementptr inbounds [7 x double], ptr %5, i64 0, i64 0
  %30 = load double, ptr %29, align 16
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %30)
  %32 = getelementptr inbounds [7 x double], ptr %5, i64 0, i64 6
  %33 = load double, ptr %32, align 16
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %33)
  %35 = load ptr, ptr @stdout, align 8
  %36 = call i32 @fflush(ptr noundef %35)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @partition(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds double, ptr %8, i64 -1
  %10 = load double, ptr %9, align 8
  store double %10, ptr %5, align 8
  %11 = load ptr, ptr %3, align 8
  store ptr %11, ptr %6, align 8
  %12 = load ptr, ptr %3, align 8
  store ptr %12, ptr %7, align 8
  br label %13

13:                                               ; preds = %28, %2
  %14 = load ptr, ptr %7, align 8
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds double, ptr %15, i64 -1
  %17 = icmp ult ptr %14, %16
  br i1 %17, label %18, label %31

18:                                               ; preds = %13
  %19 = load ptr, ptr %7, align 8
  %20 = load double, ptr %19, align 8
  %21 = load double, ptr %5, align 8
  %22 = fcmp olt double %20, %21
  br i1 %22, label %23, label %27

23:                                               ; preds = %18
  %24 = load ptr, ptr %7, align 8
  %25 = load ptr, ptr %6, align 8
  %26 = getelementptr inbounds nuw double, ptr %25, i32 1
  store ptr %26, ptr %6, align 8
  call void @swap(ptr noundef %24, ptr noundef %25)
  br label %27

27:                                               ; preds = %23, %18
  br label %28

28:                                               ; preds = %27
  %29 = load ptr, ptr %7, align 8
  %30 = getelementptr inbounds nuw double, ptr %29, i32 1
  store ptr %30, ptr %7, align 8
  br label %13, !llvm.loop !8

31:                                               ; preds = %13
  %32 = load ptr, ptr %6, align 8
  %33 = load ptr, ptr %4, align 8
  %34 = getelementptr inbounds double, ptr %33, i64 -1
  call void @swap(ptr noundef %32, ptr noundef %34)
  %35 = load ptr, ptr %6, align 8
  ret ptr %35
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @swap(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load double, ptr %6, align 8
  store double %7, ptr %5, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = load double, ptr %8, align 8
  %10 = load ptr, ptr %3, align 8
  store double %9, ptr %10, align 8
  %11 = load double, ptr %5, align 8
  %12 = load ptr, ptr %4, align 8
  store double %11, ptr %12, align 8
  ret void
}

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
