; ModuleID = 'memcpy_memset.c'
source_filename = "memcpy_memset.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.in = private unnamed_addr constant [8 x double] [double 1.000000e+00, double 3.000000e+00, double -2.000000e+00, double 5.000000e-01, double 4.000000e+00, double -1.000000e+00, double 2.000000e+00, double 0.000000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"out[3]\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"relax_energy\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @relax(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [8 x double], align 16
  %8 = alloca [8 x double], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %11 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 0
  %12 = load ptr, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 8 %12, i64 64, i1 false)
  store i32 0, ptr %9, align 4
  br label %13

13:                                               ; preds = %55, %3
  %14 = load i32, ptr %9, align 4
  %15 = load i32, ptr %6, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %58

17:                                               ; preds = %13
  %18 = getelementptr inbounds [8 x double], ptr %8, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %18, i8 0, i64 64, i1 false)
  store i32 1, ptr %10, align 4
  br label %19

19:                                               ; preds = %43, %17
  %20 = load i32, ptr %10, align 4
  %21 = icmp slt i32 %20, 7
  br i1 %21, label %22, label %46

22:                                               ; preds = %19
  %23 = load i32, ptr %10, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = load i32, ptr %10, align 4
  %28 = sub nsw i32 %27, 1
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = load i32, ptr %10, align 4
  %33 = add nsw i32 %32, 1
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = fadd double %31, %36
  %38 = fmul double 2.500000e-01, %37
  %39 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %26, double %38)
  %40 = load i32, ptr %10, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [8 x double], ptr %8, i64 0, i64 %41
  store double %39, ptr %42, align 8
  br label %43

43:                                               ; preds = %22
  %44 = load i32, ptr %10, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %10, align 4
  br label %19, !llvm.loop !6

46:                                               ; preds = %19
  %47 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 0
  %48 = load double, ptr %47, align 16
  %49 = getelementptr inbounds [8 x double], ptr %8, i64 0, i64 0
  store double %48, ptr %49, align 16
  %50 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 7
  %51 = load double, ptr %50, align 8
  %52 = getelementptr inbounds [8 x double], ptr %8, i64 0, i64 7
  store double %51, ptr %52, align 8
  %53 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 0
  %54 = getelementptr inbounds [8 x double], ptr %8, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %53, ptr align 16 %54, i64 64, i1 false)
  br label %55

55:                                               ; preds = %46
  %56 = load i32, ptr %9, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %9, align 4
  br label %13, !llvm.loop !8

58:                                               ; preds = %13
  %59 = load ptr, ptr %5, align 8
  %60 = getelementptr inbounds [8 x double], ptr %7, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %59, ptr align 16 %60, i64 64, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @relax_energy(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [8 x double], align 16
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds [8 x double], ptr %3, i64 0, i64 0
  call void @relax(ptr noundef %6, ptr noundef %7, i32 noundef 3)
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %8

8:                                                ; preds = %22, %1
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %9, 8
  br i1 %10, label %11, label %25

11:                                               ; preds = %8
  %12 = load i32, ptr %5, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [8 x double], ptr %3, i64 0, i64 %13
  %15 = load double, ptr %14, align 8
  %16 = load i32, ptr %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [8 x double], ptr %3, i64 0, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = load double, ptr %4, align 8
  %21 = call double @llvm.fmuladd.f64(double %15, double %19, double %20)
  store double %21, ptr %4, align 8
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %5, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %5, align 4
  br label %8, !llvm.loop !9

25:                                               ; preds = %8
  %26 = load double, ptr %4, align 8
  ret double %26
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x double], align 16
  %3 = alloca [8 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.in, i64 64, i1 false)
  %4 = getelementptr inbounds [8 x double], ptr %2, i64 0, i64 0
  %5 = getelementptr inbounds [8 x double], ptr %3, i64 0, i64 0
  call void @relax(ptr noundef %4, ptr noundef %5, i32 noundef 3)
  %6 = getelementptr inbounds [8 x double], ptr %3, i64 0, i64 3
  %7 = load double, ptr %6, align 8
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %7)
  %9 = getelementptr inbounds [8 x double], ptr %2, i64 0, i64 0
  %10 = call double @relax_energy(ptr noundef %9)
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %10)
  %12 = load ptr, ptr @stdout, align 8
  %13 = call i32 @fflush(ptr noundef %12)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
