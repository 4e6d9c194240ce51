; ModuleID = 'enzyme_insertion_sort.c'
source_filename = "enzyme_insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [16 x i8] c"da[%d] = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"dranked_energy\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"dsorted[0]\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"dsorted[3]\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @ranked_energy(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %4, align 4
  call void @insertion_sort(ptr noundef %7, i32 noundef %8)
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %30, %2
  %10 = load i32, ptr %6, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %33

13:                                               ; preds = %9
  %14 = load i32, ptr %6, align 4
  %15 = add nsw i32 %14, 1
  %16 = sitofp i32 %15 to double
  %17 = load ptr, ptr %3, align 8
  %18 = load i32, ptr %6, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds double, ptr %17, i64 %19
  %21 = load double, ptr %20, align 8
  %22 = fmul double %16, %21
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load double, ptr %5, align 8
  %29 = call double @llvm.fmuladd.f64(double %22, double %27, double %28)
  store double %29, ptr %5, align 8
  br label %30

30:                                               ; preds = %13
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4
  br label %9, !llvm.loop !6

33:                                               ; preds = %9
  %34 = load double, ptr %5, align 8
  ret double %34
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @insertion_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 1, ptr %5, align 4
  br label %8

8:                                                ; preds = %52, %2
  %9 = load i32, ptr %5, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %55

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %5, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds double, ptr %13, i64 %15
  %17 = load double, ptr %16, align 8
  store double %17, ptr %6, align 8
  %18 = load i32, ptr %5, align 4
  store i32 %18, ptr %7, align 4
  br label %19

19:                                               ; preds = %33, %12
  %20 = load i32, ptr %7, align 4
  %21 = icmp sgt i32 %20, 0
  br i1 %21, label %22, label %31

22:                                               ; preds = %19
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %7, align 4
  %25 = sub nsw i32 %24, 1
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %23, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = load double, ptr %6, align 8
  %30 = fcmp ogt double %28, %29
  br label %31

31:                                               ; preds = %22, %19
  %32 = phi i1 [ false, %19 ], [ %30, %22 ]
  br i1 %32, label %33, label %46

33:                                               ; preds = %31
  %34 = load ptr, ptr %3, align 8
  %35 = load i32, ptr %7, align 4
  %36 = sub nsw i32 %35, 1
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds double, ptr %34, i64 %37
  %39 = load double, ptr %38, align 8
  %40 = load ptr, ptr %3, align 8
  %41 = load i32, ptr %7, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  store double %39, ptr %43, align 8
  %44 = load i32, ptr %7, align 4
  %45 = add nsw i32 %44, -1
  store i32 %45, ptr %7, align 4
  br label %19, !llvm.loop !8

46:                                               ; preds = %31
  %47 = load double, ptr %6, align 8
  %48 = load ptr, ptr %3, align 8
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %48, i64 %50
  store double %47, ptr %51, align 8
  br label %52

52:                                               ; preds = %46
  %53 = load i32, ptr %5, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %5, align 4
  br label %8, !llvm.loop !9

55:                                               ; preds = %8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x double], align 16
  %3 = alloca [5 x double], align 16
  %4 = alloca i32, align 4
  %5 = alloca [5 x double], align 16
  %6 = alloca [5 x double], align 16
  %7 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 40, i1 false)
  %8 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 0
  store double 3.000000e+00, ptr %8, align 16
  %9 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 1
  store double -1.000000e+00, ptr %9, align 8
  %10 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 2
  store double 2.500000e+00, ptr %10, align 16
  %11 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 3
  store double 5.000000e-01, ptr %11, align 8
  %12 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 4
  store double 4.000000e+00, ptr %12, align 16
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 40, i1 false)
  %13 = load i32, ptr @enzyme_dup, align 4
  %14 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 0
  %15 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 0
  %16 = load i32, ptr @enzyme_const, align 4
  %17 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @ranked_energy, i32 noundef %13, ptr noundef %14, ptr noundef %15, i32 noundef %16, i32 noundef 5)
  store i32 0, ptr %4, align 4
  br label %18

18:                                               ; preds = %28, %0
  %19 = load i32, ptr %4, align 4
  %20 = icmp slt i32 %19, 5
  br i1 %20, label %21, label %31

21:                                               ; preds = %18
  %22 = load i32, ptr %4, align 4
  %23 = load i32, ptr %4, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %22, double noundef %26)
  br label %28

28:                                               ; preds = %21
  %29 = load i32, ptr %4, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %4, align 4
  br label %18, !llvm.loop !10

31:                                               ; preds = %18
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 40, i1 false)
  %32 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 0
  store double 3.000000e+00, ptr %32, align 16
  %33 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 1
  store double -1.000000e+00, ptr %33, align 8
  %34 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 2
  store double 2.500000e+00, ptr %34, align 16
  %35 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 3
  store double 5.000000e-01, ptr %35, align 8
  %36 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 4
  store double 4.000000e+00, ptr %36, align 16
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 40, i1 false)
  %37 = getelementptr inbounds [5 x double], ptr %6, i32 0, i32 0
  store double 1.000000e+00, ptr %37, align 16
  %38 = getelementptr inbounds [5 x double], ptr %6, i32 0, i32 1
  store double 5.000000e-01, ptr %38, align 8
  %39 = getelementptr inbounds [5 x double], ptr %6, i32 0, i32 2
  store double -1.000000e+00, ptr %39, align 16
  %40 = getelementptr inbounds [5 x double], ptr %6, i32 0, i32 3
  store double 2.000000e+00, ptr %40, align 8
  %41 = getelementptr inbounds [5 x double], ptr %6, i32 0, i32 4
  store double 2.500000e-01, ptr %41, align 16
  %42 = load i32, ptr @enzyme_dup, align 4
  %43 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 0
  %44 = getelementptr inbounds [5 x double], ptr %6, i64 0, i64 0
  %45 = load i32, ptr @enzyme_const, align 4
  %46 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @ranked_energy, i32 noundef %42, ptr noundef %43, ptr noundef %44, i32 noundef %45, i32 noundef 5)
  store double %46, ptr %7, align 8
  %47 = load double, ptr %7, align 8
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.2, double noundef %47)
  %49 = getelementptr inbounds [5 x double], ptr %6, i64 0, i64 0
  %50 = load double, ptr %49, align 16
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.3, double noundef %50)
  %52 = getelementptr inbounds [5 x double], ptr %6, i64 0, i64 3
  %53 = load double, ptr %52, align 8
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.4, double noundef %53)
  %55 = load ptr, ptr @stdout, align 8
  %56 = call i32 @fflush(ptr noundef %55)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

declare double @__enzyme_autodiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

declare double @__enzyme_fwddiff(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
