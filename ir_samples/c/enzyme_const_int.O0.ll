; ModuleID = 'enzyme_const_int.c'
source_filename = "enzyme_const_int.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.idx = private unnamed_addr constant [4 x i32] [i32 2, i32 0, i32 2, i32 1], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@enzyme_out = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"dscale\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"dx[%d] = %.17g\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @gather(ptr noundef %0, ptr noundef %1, i64 noundef %2, double noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca i64, align 8
  %13 = alloca double, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i64 %2, ptr %8, align 8
  store double %3, ptr %9, align 8
  store i32 %4, ptr %10, align 4
  store double 0.000000e+00, ptr %11, align 8
  store i64 0, ptr %12, align 8
  br label %14

14:                                               ; preds = %37, %5
  %15 = load i64, ptr %12, align 8
  %16 = load i64, ptr %8, align 8
  %17 = icmp slt i64 %15, %16
  br i1 %17, label %18, label %40

18:                                               ; preds = %14
  %19 = load ptr, ptr %6, align 8
  %20 = load ptr, ptr %7, align 8
  %21 = load i64, ptr %12, align 8
  %22 = getelementptr inbounds i32, ptr %20, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = load i32, ptr %10, align 4
  %25 = mul nsw i32 %23, %24
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %19, i64 %26
  %28 = load double, ptr %27, align 8
  store double %28, ptr %13, align 8
  %29 = load i64, ptr %12, align 8
  %30 = add nsw i64 %29, 1
  %31 = sitofp i64 %30 to double
  %32 = load double, ptr %13, align 8
  %33 = fmul double %31, %32
  %34 = load double, ptr %13, align 8
  %35 = load double, ptr %11, align 8
  %36 = call double @llvm.fmuladd.f64(double %33, double %34, double %35)
  store double %36, ptr %11, align 8
  br label %37

37:                                               ; preds = %18
  %38 = load i64, ptr %12, align 8
  %39 = add nsw i64 %38, 1
  store i64 %39, ptr %12, align 8
  br label %14, !llvm.loop !6

40:                                               ; preds = %14
  %41 = load double, ptr %9, align 8
  %42 = load double, ptr %11, align 8
  %43 = fmul double %41, %42
  ret double %43
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x double], align 16
  %3 = alloca [6 x double], align 16
  %4 = alloca [4 x i32], align 16
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 48, i1 false)
  %7 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 0
  store double 1.000000e+00, ptr %7, align 16
  %8 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 1
  store double 5.000000e-01, ptr %8, align 8
  %9 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 2
  store double -2.000000e+00, ptr %9, align 16
  %10 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 3
  store double 3.000000e+00, ptr %10, align 8
  %11 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 4
  store double 2.500000e-01, ptr %11, align 16
  %12 = getelementptr inbounds [6 x double], ptr %2, i32 0, i32 5
  store double -1.000000e+00, ptr %12, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 48, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.idx, i64 16, i1 false)
  %13 = load i32, ptr @enzyme_dup, align 4
  %14 = getelementptr inbounds [6 x double], ptr %2, i64 0, i64 0
  %15 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 0
  %16 = load i32, ptr @enzyme_const, align 4
  %17 = getelementptr inbounds [4 x i32], ptr %4, i64 0, i64 0
  %18 = load i32, ptr @enzyme_const, align 4
  %19 = load i32, ptr @enzyme_out, align 4
  %20 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @gather, i32 noundef %13, ptr noundef %14, ptr noundef %15, i32 noundef %16, ptr noundef %17, i32 noundef %18, i32 noundef 4, i32 noundef %19, double noundef 1.500000e+00, i32 noundef 2)
  store double %20, ptr %5, align 8
  %21 = load double, ptr %5, align 8
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %21)
  store i32 0, ptr %6, align 4
  br label %23

23:                                               ; preds = %33, %0
  %24 = load i32, ptr %6, align 4
  %25 = icmp slt i32 %24, 6
  br i1 %25, label %26, label %36

26:                                               ; preds = %23
  %27 = load i32, ptr %6, align 4
  %28 = load i32, ptr %6, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %27, double noundef %31)
  br label %33

33:                                               ; preds = %26
  %34 = load i32, ptr %6, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %6, align 4
  br label %23, !llvm.loop !8

36:                                               ; preds = %23
  %37 = load ptr, ptr @stdout, align 8
  %38 = call i32 @fflush(ptr noundef %37)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
