; ModuleID = 'early_return.c'
source_filename = "early_return.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"huber(2.5, 1)\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"huber(-0.4, 1)\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"huber(-3, 1)\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"first_crossing\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @huber(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  %6 = load double, ptr %4, align 8
  %7 = load double, ptr %5, align 8
  %8 = fcmp ogt double %6, %7
  br i1 %8, label %9, label %15

9:                                                ; preds = %2
  %10 = load double, ptr %5, align 8
  %11 = load double, ptr %4, align 8
  %12 = load double, ptr %5, align 8
  %13 = call double @llvm.fmuladd.f64(double -5.000000e-01, double %12, double %11)
  %14 = fmul double %10, %13
  store double %14, ptr %3, align 8
  br label %32

15:                                               ; preds = %2
  %16 = load double, ptr %4, align 8
  %17 = load double, ptr %5, align 8
  %18 = fneg double %17
  %19 = fcmp olt double %16, %18
  br i1 %19, label %20, label %27

20:                                               ; preds = %15
  %21 = load double, ptr %5, align 8
  %22 = fneg double %21
  %23 = load double, ptr %4, align 8
  %24 = load double, ptr %5, align 8
  %25 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %24, double %23)
  %26 = fmul double %22, %25
  store double %26, ptr %3, align 8
  br label %32

27:                                               ; preds = %15
  %28 = load double, ptr %4, align 8
  %29 = fmul double 5.000000e-01, %28
  %30 = load double, ptr %4, align 8
  %31 = fmul double %29, %30
  store double %31, ptr %3, align 8
  br label %32

32:                                               ; preds = %27, %20, %9
  %33 = load double, ptr %3, align 8
  ret double %33
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @first_crossing(ptr noundef %0, i32 noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store double %2, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %64, %3
  %10 = load i32, ptr %8, align 4
  %11 = add nsw i32 %10, 1
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %67

14:                                               ; preds = %9
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %8, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = load double, ptr %7, align 8
  %21 = fcmp ole double %19, %20
  br i1 %21, label %22, label %55

22:                                               ; preds = %14
  %23 = load ptr, ptr %5, align 8
  %24 = load i32, ptr %8, align 4
  %25 = add nsw i32 %24, 1
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %23, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = load double, ptr %7, align 8
  %30 = fcmp ogt double %28, %29
  br i1 %30, label %31, label %55

31:                                               ; preds = %22
  %32 = load i32, ptr %8, align 4
  %33 = sitofp i32 %32 to double
  %34 = load double, ptr %7, align 8
  %35 = load ptr, ptr %5, align 8
  %36 = load i32, ptr %8, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds double, ptr %35, i64 %37
  %39 = load double, ptr %38, align 8
  %40 = fsub double %34, %39
  %41 = load ptr, ptr %5, align 8
  %42 = load i32, ptr %8, align 4
  %43 = add nsw i32 %42, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds double, ptr %41, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = load ptr, ptr %5, align 8
  %48 = load i32, ptr %8, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  %52 = fsub double %46, %51
  %53 = fdiv double %40, %52
  %54 = fadd double %33, %53
  store double %54, ptr %4, align 8
  br label %70

55:                                               ; preds = %22, %14
  %56 = load ptr, ptr %5, align 8
  %57 = load i32, ptr %8, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds double, ptr %56, i64 %58
  %60 = load double, ptr %59, align 8
  %61 = call i1 @llvm.is.fpclass.f64(double %60, i32 3)
  br i1 %61, label %62, label %63

62:                                               ; preds = %55
  store double -1.000000e+00, ptr %4, align 8
  br label %70

63:                                               ; preds = %55
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %8, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %8, align 4
  br label %9, !llvm.loop !6

67:                                               ; preds = %9
  %68 = load i32, ptr %6, align 4
  %69 = sitofp i32 %68 to double
  store double %69, ptr %4, align 8
  br label %70

70:                                               ; preds = %67, %62, %31
  %71 = load double, ptr %4, align 8
  ret double %71
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.is.fpclass.f64(double, i32 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 48, i1 false)
  %3 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 0
  store double 1.000000e-01, ptr %3, align 16
  %4 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 1
  store double 4.000000e-01, ptr %4, align 8
  %5 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 2
  store double 3.500000e-01, ptr %5, align 16
  %6 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 3
  store double 8.000000e-01, ptr %6, align 8
  %7 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 4
  store double 1.200000e+00, ptr %7, align 16
  %8 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 5
  store double 9.000000e-01, ptr %8, align 8
  %9 = call double @huber(double noundef 2.500000e+00, double noundef 1.000000e+00)
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %9)
  %11 = call double @huber(double noundef -4.000000e-01, double noundef 1.000000e+00)
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %11)
  %13 = call double @huber(double noundef -3.000000e+00, double noundef 1.000000e+00)
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %13)
  %15 = getelementptr inbounds [6 x double], ptr %2, i64 0, i64 0
  %16 = call double @first_crossing(ptr noundef %15, i32 noundef 6, double noundef 5.000000e-01)
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %16)
  %18 = load ptr, ptr @stdout, align 8
  %19 = call i32 @fflush(ptr noundef %18)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

declare i32 @printf(ptr noundef, ...) #3

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
