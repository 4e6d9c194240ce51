; ModuleID = 'enzyme_sum_threshold.c'
source_filename = "enzyme_sum_threshold.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.vec = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 1.200000e+00, double 5.000000e-01, double 2.000000e+00], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [18 x i8] c"dvec[%d] = %.17g\0A\00", align 1
@__const.main.ones = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00], align 16
@.str.1 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"dsumtil_fwd\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"dgeom\00", align 1
@enzyme_out = external global i32, align 4
@.str.4 = private unnamed_addr constant [10 x i8] c"dgeom_fwd\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @sumtil(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %28, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %31

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds double, ptr %12, i64 %14
  %16 = load double, ptr %15, align 8
  %17 = load ptr, ptr %3, align 8
  %18 = load i32, ptr %6, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds double, ptr %17, i64 %19
  %21 = load double, ptr %20, align 8
  %22 = load double, ptr %5, align 8
  %23 = call double @llvm.fmuladd.f64(double %16, double %21, double %22)
  store double %23, ptr %5, align 8
  %24 = load double, ptr %5, align 8
  %25 = fcmp ogt double %24, 2.500000e+00
  br i1 %25, label %26, label %27

26:                                               ; preds = %11
  br label %31

27:                                               ; preds = %11
  br label %28

28:                                               ; preds = %27
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %7, !llvm.loop !6

31:                                               ; preds = %26, %7
  %32 = load double, ptr %5, align 8
  ret double %32
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @geom(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %2, align 8
  store double 1.000000e+00, ptr %3, align 8
  store double 0.000000e+00, ptr %4, align 8
  br label %5

5:                                                ; preds = %8, %1
  %6 = load double, ptr %3, align 8
  %7 = fcmp ogt double %6, 1.000000e-03
  br i1 %7, label %8, label %15

8:                                                ; preds = %5
  %9 = load double, ptr %3, align 8
  %10 = load double, ptr %4, align 8
  %11 = fadd double %10, %9
  store double %11, ptr %4, align 8
  %12 = load double, ptr %2, align 8
  %13 = load double, ptr %3, align 8
  %14 = fmul double %13, %12
  store double %14, ptr %3, align 8
  br label %5, !llvm.loop !8

15:                                               ; preds = %5
  %16 = load double, ptr %4, align 8
  ret double %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  %4 = alloca i32, align 4
  %5 = alloca [4 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.vec, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 32, i1 false)
  %6 = load i32, ptr @enzyme_dup, align 4
  %7 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %8 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  %9 = load i32, ptr @enzyme_const, align 4
  %10 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @sumtil, i32 noundef %6, ptr noundef %7, ptr noundef %8, i32 noundef %9, i32 noundef 4)
  store i32 0, ptr %4, align 4
  br label %11

11:                                               ; preds = %21, %0
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %24

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4
  %16 = load i32, ptr %4, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %15, double noundef %19)
  br label %21

21:                                               ; preds = %14
  %22 = load i32, ptr %4, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %4, align 4
  br label %11, !llvm.loop !9

24:                                               ; preds = %11
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.ones, i64 32, i1 false)
  %25 = load i32, ptr @enzyme_dup, align 4
  %26 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %27 = getelementptr inbounds [4 x double], ptr %5, i64 0, i64 0
  %28 = load i32, ptr @enzyme_const, align 4
  %29 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @sumtil, i32 noundef %25, ptr noundef %26, ptr noundef %27, i32 noundef %28, i32 noundef 4)
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.2, double noundef %29)
  %31 = load i32, ptr @enzyme_out, align 4
  %32 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @geom, i32 noundef %31, double noundef 6.000000e-01)
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.3, double noundef %32)
  %34 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @geom, double noundef 6.000000e-01, double noundef 2.000000e+00)
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.4, double noundef %34)
  %36 = load ptr, ptr @stdout, align 8
  %37 = call i32 @fflush(ptr noundef %36)
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
