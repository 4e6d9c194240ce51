; ModuleID = 'enzyme_switch_piecewise.c'
source_filename = "enzyme_switch_piecewise.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.kinds = private unnamed_addr constant [6 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4, i32 7], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [16 x i8] c"dx[%d] = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"dclamp_fwd\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @loss(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  %10 = load i32, ptr %7, align 4
  %11 = icmp sle i32 %10, 0
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  store double 0.000000e+00, ptr %4, align 8
  br label %40

13:                                               ; preds = %3
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %14

14:                                               ; preds = %35, %13
  %15 = load i32, ptr %9, align 4
  %16 = load i32, ptr %7, align 4
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %18, label %38

18:                                               ; preds = %14
  %19 = load i32, ptr %9, align 4
  %20 = add nsw i32 %19, 1
  %21 = sitofp i32 %20 to double
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %27, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = call double @act(double noundef %26, i32 noundef %31)
  %33 = load double, ptr %8, align 8
  %34 = call double @llvm.fmuladd.f64(double %21, double %32, double %33)
  store double %34, ptr %8, align 8
  br label %35

35:                                               ; preds = %18
  %36 = load i32, ptr %9, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %9, align 4
  br label %14, !llvm.loop !6

38:                                               ; preds = %14
  %39 = load double, ptr %8, align 8
  store double %39, ptr %4, align 8
  br label %40

40:                                               ; preds = %38, %12
  %41 = load double, ptr %4, align 8
  ret double %41
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @act(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %5, align 4
  switch i32 %6, label %33 [
    i32 0, label %7
    i32 1, label %10
    i32 2, label %20
    i32 3, label %26
    i32 4, label %29
  ]

7:                                                ; preds = %2
  %8 = load double, ptr %4, align 8
  %9 = call double @llvm.maxnum.f64(double %8, double 0.000000e+00)
  store double %9, ptr %3, align 8
  br label %36

10:                                               ; preds = %2
  %11 = load double, ptr %4, align 8
  %12 = fcmp ogt double %11, 0.000000e+00
  br i1 %12, label %13, label %15

13:                                               ; preds = %10
  %14 = load double, ptr %4, align 8
  br label %18

15:                                               ; preds = %10
  %16 = load double, ptr %4, align 8
  %17 = fmul double 1.000000e-01, %16
  br label %18

18:                                               ; preds = %15, %13
  %19 = phi double [ %14, %13 ], [ %17, %15 ]
  store double %19, ptr %3, align 8
  br label %36

20:                                               ; preds = %2
  %21 = load double, ptr %4, align 8
  %22 = load double, ptr %4, align 8
  %23 = fmul double %21, %22
  %24 = load double, ptr %4, align 8
  %25 = call double @llvm.copysign.f64(double %23, double %24)
  store double %25, ptr %3, align 8
  br label %36

26:                                               ; preds = %2
  %27 = load double, ptr %4, align 8
  %28 = call double @huber(double noundef %27)
  store double %28, ptr %3, align 8
  br label %36

29:                                               ; preds = %2
  %30 = load double, ptr %4, align 8
  %31 = call double @exp(double noundef %30) #6
  %32 = call double @llvm.minnum.f64(double %31, double 2.000000e+00)
  store double %32, ptr %3, align 8
  br label %36

33:                                               ; preds = %2
  %34 = load double, ptr %4, align 8
  %35 = call double @tanh(double noundef %34) #6
  store double %35, ptr %3, align 8
  br label %36

36:                                               ; preds = %33, %29, %26, %20, %18, %7
  %37 = load double, ptr %3, align 8
  ret double %37
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @clamp_sq(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  store double %0, ptr %5, align 8
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  %8 = load double, ptr %5, align 8
  %9 = load double, ptr %6, align 8
  %10 = fcmp olt double %8, %9
  br i1 %10, label %11, label %15

11:                                               ; preds = %3
  %12 = load double, ptr %6, align 8
  %13 = load double, ptr %6, align 8
  %14 = fmul double %12, %13
  store double %14, ptr %4, align 8
  br label %27

15:                                               ; preds = %3
  %16 = load double, ptr %5, align 8
  %17 = load double, ptr %7, align 8
  %18 = fcmp ogt double %16, %17
  br i1 %18, label %19, label %23

19:                                               ; preds = %15
  %20 = load double, ptr %7, align 8
  %21 = load double, ptr %7, align 8
  %22 = fmul double %20, %21
  store double %22, ptr %4, align 8
  br label %27

23:                                               ; preds = %15
  %24 = load double, ptr %5, align 8
  %25 = load double, ptr %5, align 8
  %26 = fmul double %24, %25
  store double %26, ptr %4, align 8
  br label %27

27:                                               ; preds = %23, %19, %11
  %28 = load double, ptr %4, align 8
  ret double %28
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x double], align 16
  %3 = alloca [6 x double], align 16
  %4 = alloca [6 x i32], align 16
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 48, i1 false)
  %7 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 0
  store double 5.000000e-01, ptr %7, align 16
  %8 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 1
  store double -2.000000e+00, ptr %8, align 8
  %9 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 2
  store double -1.500000e+00, ptr %9, align 16
  %10 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 3
  store double 2.500000e-01, ptr %10, align 8
  %11 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 4
  store double 3.000000e-01, ptr %11, align 16
  %12 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 5
  store double 4.000000e-01, ptr %12, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.kinds, i64 24, i1 false)
  %13 = load i32, ptr @enzyme_dup, align 4
  %14 = getelementptr inbounds [6 x double], ptr %2, i64 0, i64 0
  %15 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 0
  %16 = load i32, ptr @enzyme_const, align 4
  %17 = getelementptr inbounds [6 x i32], ptr %4, i64 0, i64 0
  %18 = load i32, ptr @enzyme_const, align 4
  %19 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @loss, i32 noundef %13, ptr noundef %14, ptr noundef %15, i32 noundef %16, ptr noundef %17, i32 noundef %18, i32 noundef 6)
  store i32 0, ptr %5, align 4
  br label %20

20:                                               ; preds = %30, %0
  %21 = load i32, ptr %5, align 4
  %22 = icmp slt i32 %21, 6
  br i1 %22, label %23, label %33

23:                                               ; preds = %20
  %24 = load i32, ptr %5, align 4
  %25 = load i32, ptr %5, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24, double noundef %28)
  br label %30

30:                                               ; preds = %23
  %31 = load i32, ptr %5, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %5, align 4
  br label %20, !llvm.loop !8

33:                                               ; preds = %20
  store double 0.000000e+00, ptr %6, align 8
  %34 = load i32, ptr @enzyme_dup, align 4
  %35 = getelementptr inbounds [6 x double], ptr %2, i64 0, i64 0
  %36 = load i32, ptr @enzyme_const, align 4
  %37 = getelementptr inbounds [6 x i32], ptr %4, i64 0, i64 0
  %38 = load i32, ptr @enzyme_const, align 4
  %39 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @loss, i32 noundef %34, ptr noundef %35, ptr noundef %6, i32 noundef %36, ptr noundef %37, i32 noundef %38, i32 noundef 0)
  %40 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @clamp_sq, double noundef 1.500000e+00, double noundef 2.000000e+00, double noundef -1.000000e+00, double noundef 5.000000e-01, double noundef 3.000000e+00, double noundef 2.500000e-01)
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.2, double noundef %40)
  %42 = load ptr, ptr @stdout, align 8
  %43 = call i32 @fflush(ptr noundef %42)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @huber(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @llvm.fabs.f64(double %3)
  %5 = fcmp olt double %4, 1.000000e+00
  br i1 %5, label %6, label %11

6:                                                ; preds = %1
  %7 = load double, ptr %2, align 8
  %8 = fmul double 5.000000e-01, %7
  %9 = load double, ptr %2, align 8
  %10 = fmul double %8, %9
  br label %15

11:                                               ; preds = %1
  %12 = load double, ptr %2, align 8
  %13 = call double @llvm.fabs.f64(double %12)
  %14 = fsub double %13, 5.000000e-01
  br label %15

15:                                               ; preds = %11, %6
  %16 = phi double [ %10, %6 ], [ %14, %11 ]
  ret double %16
}

; Function Attrs: nounwind
declare double @exp(double noundef) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #1

; Function Attrs: nounwind
declare double @tanh(double noundef) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
