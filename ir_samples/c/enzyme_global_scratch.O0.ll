; ModuleID = 'enzyme_global_scratch.c'
source_filename = "enzyme_global_scratch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@scale = dso_local global double 1.500000e+00, align 8
@evaluations = dso_local global i32 0, align 4
@offsets = internal constant [4 x double] [double 5.000000e-01, double 1.000000e+00, double -2.500000e-01, double 2.000000e+00], align 16
@work = internal global [8 x double] zeroinitializer, align 16
@total = dso_local global double 0.000000e+00, align 8
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"dx1[0]\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"dx1[2]\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"dx2[0]\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"dx2[4]\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"%s = %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"evaluations\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"dmoment\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"dcorners\00", align 1
@.str.9 = private unnamed_addr constant [13 x i8] c"dcorners_fwd\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @pairwise(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %8 = load i32, ptr @evaluations, align 4
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @evaluations, align 4
  store i32 0, ptr %5, align 4
  br label %10

10:                                               ; preds = %34, %2
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %37

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = load i32, ptr %5, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds double, ptr %20, i64 %22
  %24 = load double, ptr %23, align 8
  %25 = load i32, ptr %5, align 4
  %26 = srem i32 %25, 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [4 x double], ptr @offsets, i64 0, i64 %27
  %29 = load double, ptr %28, align 8
  %30 = call double @llvm.fmuladd.f64(double %19, double %24, double %29)
  %31 = load i32, ptr %5, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [8 x double], ptr @work, i64 0, i64 %32
  store double %30, ptr %33, align 8
  br label %34

34:                                               ; preds = %14
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %10, !llvm.loop !6

37:                                               ; preds = %10
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %38

38:                                               ; preds = %55, %37
  %39 = load i32, ptr %7, align 4
  %40 = add nsw i32 %39, 1
  %41 = load i32, ptr %4, align 4
  %42 = icmp slt i32 %40, %41
  br i1 %42, label %43, label %58

43:                                               ; preds = %38
  %44 = load i32, ptr %7, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [8 x double], ptr @work, i64 0, i64 %45
  %47 = load double, ptr %46, align 8
  %48 = load i32, ptr %7, align 4
  %49 = add nsw i32 %48, 1
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [8 x double], ptr @work, i64 0, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = load double, ptr %6, align 8
  %54 = call double @llvm.fmuladd.f64(double %47, double %52, double %53)
  store double %54, ptr %6, align 8
  br label %55

55:                                               ; preds = %43
  %56 = load i32, ptr %7, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %7, align 4
  br label %38, !llvm.loop !8

58:                                               ; preds = %38
  %59 = load double, ptr @scale, align 8
  %60 = load double, ptr %6, align 8
  %61 = load i32, ptr %4, align 4
  %62 = sub nsw i32 %61, 1
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [8 x double], ptr @work, i64 0, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = call double @sqrt(double noundef %65) #5
  %67 = call double @llvm.fmuladd.f64(double %59, double %60, double %66)
  ret double %67
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @moment(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr @total, align 8
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %33, %2
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %4, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %36

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4
  %12 = add nsw i32 %11, 1
  %13 = sitofp i32 %12 to double
  %14 = load ptr, ptr %3, align 8
  %15 = load i32, ptr %5, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds double, ptr %14, i64 %16
  %18 = load double, ptr %17, align 8
  %19 = fmul double %13, %18
  %20 = load ptr, ptr %3, align 8
  %21 = load i32, ptr %5, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds double, ptr %20, i64 %22
  %24 = load double, ptr %23, align 8
  %25 = fmul double %19, %24
  %26 = load ptr, ptr %3, align 8
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load double, ptr @total, align 8
  %32 = call double @llvm.fmuladd.f64(double %25, double %30, double %31)
  store double %32, ptr @total, align 8
  br label %33

33:                                               ; preds = %10
  %34 = load i32, ptr %5, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %5, align 4
  br label %6, !llvm.loop !9

36:                                               ; preds = %6
  %37 = load double, ptr @total, align 8
  ret double %37
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @corners(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  store double %3, ptr @work, align 16
  %4 = load double, ptr %2, align 8
  %5 = load double, ptr %2, align 8
  %6 = fmul double %4, %5
  store double %6, ptr getelementptr inbounds ([8 x double], ptr @work, i64 0, i64 1), align 8
  %7 = load double, ptr %2, align 8
  %8 = call double @sin(double noundef %7) #5
  store double %8, ptr getelementptr inbounds ([8 x double], ptr @work, i64 0, i64 2), align 16
  %9 = load double, ptr %2, align 8
  %10 = fmul double 2.000000e+00, %9
  store double %10, ptr getelementptr inbounds ([8 x double], ptr @work, i64 0, i64 3), align 8
  %11 = load double, ptr getelementptr inbounds ([8 x double], ptr @work, i64 0, i64 1), align 8
  %12 = load double, ptr getelementptr inbounds ([8 x double], ptr @work, i64 0, i64 2), align 16
  %13 = load double, ptr getelementptr inbounds ([8 x double], ptr @work, i64 0, i64 3), align 8
  %14 = load double, ptr @work, align 16
  %15 = fmul double %13, %14
  %16 = call double @llvm.fmuladd.f64(double %11, double %12, double %15)
  ret double %16
}

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x double], align 16
  %3 = alloca [5 x double], align 16
  %4 = alloca [5 x double], align 16
  %5 = alloca [5 x double], align 16
  %6 = alloca [3 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 40, i1 false)
  %7 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 0
  store double 1.000000e+00, ptr %7, align 16
  %8 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 1
  store double -5.000000e-01, ptr %8, align 8
  %9 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 2
  store double 2.000000e+00, ptr %9, align 16
  %10 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 3
  store double 2.500000e-01, ptr %10, align 8
  %11 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 4
  store double 1.500000e+00, ptr %11, align 16
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 40, i1 false)
  %12 = load i32, ptr @enzyme_dup, align 4
  %13 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 0
  %14 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 0
  %15 = load i32, ptr @enzyme_const, align 4
  %16 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @pairwise, i32 noundef %12, ptr noundef %13, ptr noundef %14, i32 noundef %15, i32 noundef 5)
  %17 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 0
  %18 = load double, ptr %17, align 16
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %18)
  %20 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 2
  %21 = load double, ptr %20, align 16
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %21)
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 40, i1 false)
  %23 = getelementptr inbounds [5 x double], ptr %4, i32 0, i32 0
  store double -1.000000e+00, ptr %23, align 16
  %24 = getelementptr inbounds [5 x double], ptr %4, i32 0, i32 1
  store double 7.500000e-01, ptr %24, align 8
  %25 = getelementptr inbounds [5 x double], ptr %4, i32 0, i32 2
  store double 5.000000e-01, ptr %25, align 16
  %26 = getelementptr inbounds [5 x double], ptr %4, i32 0, i32 3
  store double 1.250000e+00, ptr %26, align 8
  %27 = getelementptr inbounds [5 x double], ptr %4, i32 0, i32 4
  store double 2.000000e+00, ptr %27, align 16
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 40, i1 false)
  %28 = load i32, ptr @enzyme_dup, align 4
  %29 = getelementptr inbounds [5 x double], ptr %4, i64 0, i64 0
  %30 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 0
  %31 = load i32, ptr @enzyme_const, align 4
  %32 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @pairwise, i32 noundef %28, ptr noundef %29, ptr noundef %30, i32 noundef %31, i32 noundef 5)
  %33 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 0
  %34 = load double, ptr %33, align 16
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %34)
  %36 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 4
  %37 = load double, ptr %36, align 16
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %37)
  %39 = load i32, ptr @evaluations, align 4
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef @.str.6, i32 noundef %39)
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 24, i1 false)
  %41 = load i32, ptr @enzyme_dup, align 4
  %42 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 0
  %43 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %44 = load i32, ptr @enzyme_const, align 4
  %45 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @moment, i32 noundef %41, ptr noundef %42, ptr noundef %43, i32 noundef %44, i32 noundef 3)
  %46 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 2
  %47 = load double, ptr %46, align 16
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %47)
  %49 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @corners, double noundef 0x3FE6666666666666)
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.8, double noundef %49)
  %51 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @corners, double noundef 0x3FE6666666666666, double noundef 1.000000e+00)
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.9, double noundef %51)
  %53 = load ptr, ptr @stdout, align 8
  %54 = call i32 @fflush(ptr noundef %53)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
