; ModuleID = 'enzyme_fwd_loop.c'
source_filename = "enzyme_fwd_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.c = private unnamed_addr constant [5 x i32] [i32 3, i32 -1, i32 4, i32 1, i32 -5], align 16
@enzyme_const = external global i32, align 4
@__const.main.x = private unnamed_addr constant [4 x double] [double 1.000000e+00, double -5.000000e-01, double 2.000000e+00, double 2.500000e-01], align 16
@__const.main.dx = private unnamed_addr constant [4 x double] [double 5.000000e-01, double 1.000000e+00, double -1.000000e+00, double 2.000000e+00], align 16
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"dhorner(1.3)\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"dnewton_sqrt(2.5)\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"dhalving(5)\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"dhilbert_form\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @horner(double noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store double %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  %9 = load i32, ptr %6, align 4
  %10 = sub nsw i32 %9, 1
  store i32 %10, ptr %8, align 4
  br label %11

11:                                               ; preds = %24, %3
  %12 = load i32, ptr %8, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %27

14:                                               ; preds = %11
  %15 = load double, ptr %7, align 8
  %16 = load double, ptr %4, align 8
  %17 = load ptr, ptr %5, align 8
  %18 = load i32, ptr %8, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i32, ptr %17, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = sitofp i32 %21 to double
  %23 = call double @llvm.fmuladd.f64(double %15, double %16, double %22)
  store double %23, ptr %7, align 8
  br label %24

24:                                               ; preds = %14
  %25 = load i32, ptr %8, align 4
  %26 = add nsw i32 %25, -1
  store i32 %26, ptr %8, align 4
  br label %11, !llvm.loop !6

27:                                               ; preds = %11
  %28 = load double, ptr %7, align 8
  ret double %28
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @newton_sqrt(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store double %0, ptr %2, align 8
  %5 = load double, ptr %2, align 8
  store double %5, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %6

6:                                                ; preds = %9, %1
  %7 = load i32, ptr %4, align 4
  %8 = icmp slt i32 %7, 30
  br i1 %8, label %9, label %18

9:                                                ; preds = %6
  %10 = load double, ptr %3, align 8
  %11 = load double, ptr %2, align 8
  %12 = load double, ptr %3, align 8
  %13 = fdiv double %11, %12
  %14 = fadd double %10, %13
  %15 = fmul double 5.000000e-01, %14
  store double %15, ptr %3, align 8
  %16 = load i32, ptr %4, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %4, align 4
  br label %6, !llvm.loop !8

18:                                               ; preds = %6
  %19 = load double, ptr %3, align 8
  ret double %19
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @halving(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  store double %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  br label %4

4:                                                ; preds = %7, %1
  %5 = load double, ptr %2, align 8
  %6 = fcmp ogt double %5, 1.000000e+00
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load double, ptr %2, align 8
  %9 = fmul double %8, 5.000000e-01
  store double %9, ptr %2, align 8
  %10 = load double, ptr %2, align 8
  %11 = call double @sin(double noundef %10) #5
  %12 = load double, ptr %3, align 8
  %13 = fadd double %12, %11
  store double %13, ptr %3, align 8
  br label %4, !llvm.loop !9

14:                                               ; preds = %4
  %15 = load double, ptr %3, align 8
  %16 = load double, ptr %2, align 8
  %17 = load double, ptr %2, align 8
  %18 = call double @llvm.fmuladd.f64(double %16, double %17, double %15)
  ret double %18
}

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @hilbert_form(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %41, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %44

12:                                               ; preds = %8
  store i32 0, ptr %7, align 4
  br label %13

13:                                               ; preds = %37, %12
  %14 = load i32, ptr %7, align 4
  %15 = load i32, ptr %4, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %40

17:                                               ; preds = %13
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fmul double %22, %27
  %29 = load i32, ptr %6, align 4
  %30 = load i32, ptr %7, align 4
  %31 = add nsw i32 %29, %30
  %32 = add nsw i32 %31, 1
  %33 = sitofp i32 %32 to double
  %34 = fdiv double %28, %33
  %35 = load double, ptr %5, align 8
  %36 = fadd double %35, %34
  store double %36, ptr %5, align 8
  br label %37

37:                                               ; preds = %17
  %38 = load i32, ptr %7, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %7, align 4
  br label %13, !llvm.loop !10

40:                                               ; preds = %13
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %6, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %6, align 4
  br label %8, !llvm.loop !11

44:                                               ; preds = %8
  %45 = load double, ptr %5, align 8
  ret double %45
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x i32], align 16
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca [4 x double], align 16
  %7 = alloca [4 x double], align 16
  %8 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.c, i64 20, i1 false)
  %9 = load i32, ptr @enzyme_const, align 4
  %10 = getelementptr inbounds [5 x i32], ptr %2, i64 0, i64 0
  %11 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @horner, double noundef 1.300000e+00, double noundef 1.000000e+00, i32 noundef %9, ptr noundef %10, i32 noundef 5)
  store double %11, ptr %3, align 8
  %12 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @newton_sqrt, double noundef 2.500000e+00, double noundef 1.000000e+00)
  store double %12, ptr %4, align 8
  %13 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @halving, double noundef 5.000000e+00, double noundef 1.000000e+00)
  store double %13, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.x, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.main.dx, i64 32, i1 false)
  %14 = load i32, ptr @enzyme_dup, align 4
  %15 = getelementptr inbounds [4 x double], ptr %6, i64 0, i64 0
  %16 = getelementptr inbounds [4 x double], ptr %7, i64 0, i64 0
  %17 = load i32, ptr @enzyme_const, align 4
  %18 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @hilbert_form, i32 noundef %14, ptr noundef %15, ptr noundef %16, i32 noundef %17, i32 noundef 4)
  store double %18, ptr %8, align 8
  %19 = load double, ptr %3, align 8
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %19)
  %21 = load double, ptr %4, align 8
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %21)
  %23 = load double, ptr %5, align 8
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %23)
  %25 = load double, ptr %8, align 8
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %25)
  %27 = load ptr, ptr @stdout, align 8
  %28 = call i32 @fflush(ptr noundef %27)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
