; ModuleID = 'enzyme_recursive.c'
source_filename = "enzyme_recursive.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_out = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"drpow(1.1, 7)\00", align 1
@enzyme_dup = external global i32, align 4
@.str.2 = private unnamed_addr constant [16 x i8] c"dx[%d] = %.17g\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @rpow(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %5, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %2
  store double 1.000000e+00, ptr %3, align 8
  br label %16

9:                                                ; preds = %2
  %10 = load double, ptr %4, align 8
  %11 = load double, ptr %4, align 8
  %12 = load i32, ptr %5, align 4
  %13 = sub nsw i32 %12, 1
  %14 = call double @rpow(double noundef %11, i32 noundef %13)
  %15 = fmul double %10, %14
  store double %15, ptr %3, align 8
  br label %16

16:                                               ; preds = %9, %8
  %17 = load double, ptr %3, align 8
  ret double %17
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @tree(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %9 = load i32, ptr %7, align 4
  %10 = load i32, ptr %6, align 4
  %11 = sub nsw i32 %9, %10
  %12 = icmp eq i32 %11, 1
  br i1 %12, label %13, label %25

13:                                               ; preds = %3
  %14 = load ptr, ptr %5, align 8
  %15 = load i32, ptr %6, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds double, ptr %14, i64 %16
  %18 = load double, ptr %17, align 8
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = fmul double %18, %23
  store double %24, ptr %4, align 8
  br label %45

25:                                               ; preds = %3
  %26 = load i32, ptr %6, align 4
  %27 = load i32, ptr %7, align 4
  %28 = add nsw i32 %26, %27
  %29 = sdiv i32 %28, 2
  store i32 %29, ptr %8, align 4
  %30 = load ptr, ptr %5, align 8
  %31 = load i32, ptr %6, align 4
  %32 = load i32, ptr %8, align 4
  %33 = call double @tree(ptr noundef %30, i32 noundef %31, i32 noundef %32)
  %34 = load ptr, ptr %5, align 8
  %35 = load i32, ptr %8, align 4
  %36 = load i32, ptr %7, align 4
  %37 = call double @tree(ptr noundef %34, i32 noundef %35, i32 noundef %36)
  %38 = fmul double 1.000000e-01, %37
  %39 = call double @cos(double noundef %38) #5
  %40 = load ptr, ptr %5, align 8
  %41 = load i32, ptr %8, align 4
  %42 = load i32, ptr %7, align 4
  %43 = call double @tree(ptr noundef %40, i32 noundef %41, i32 noundef %42)
  %44 = call double @llvm.fmuladd.f64(double %33, double %39, double %43)
  store double %44, ptr %4, align 8
  br label %45

45:                                               ; preds = %25, %13
  %46 = load double, ptr %4, align 8
  ret double %46
}

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca [5 x double], align 16
  %4 = alloca [5 x double], align 16
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %6 = load i32, ptr @enzyme_out, align 4
  %7 = load i32, ptr @enzyme_const, align 4
  %8 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @rpow, i32 noundef %6, double noundef 1.100000e+00, i32 noundef %7, i32 noundef 7)
  store double %8, ptr %2, align 8
  %9 = load double, ptr %2, align 8
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %9)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 40, i1 false)
  %11 = getelementptr inbounds [5 x double], ptr %3, i32 0, i32 0
  store double 5.000000e-01, ptr %11, align 16
  %12 = getelementptr inbounds [5 x double], ptr %3, i32 0, i32 1
  store double -1.000000e+00, ptr %12, align 8
  %13 = getelementptr inbounds [5 x double], ptr %3, i32 0, i32 2
  store double 1.500000e+00, ptr %13, align 16
  %14 = getelementptr inbounds [5 x double], ptr %3, i32 0, i32 3
  store double 2.500000e-01, ptr %14, align 8
  %15 = getelementptr inbounds [5 x double], ptr %3, i32 0, i32 4
  store double 2.000000e+00, ptr %15, align 16
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 40, i1 false)
  %16 = load i32, ptr @enzyme_dup, align 4
  %17 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 0
  %18 = getelementptr inbounds [5 x double], ptr %4, i64 0, i64 0
  %19 = load i32, ptr @enzyme_const, align 4
  %20 = load i32, ptr @enzyme_const, align 4
  %21 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @tree, i32 noundef %16, ptr noundef %17, ptr noundef %18, i32 noundef %19, i32 noundef 0, i32 noundef %20, i32 noundef 5)
  store i32 0, ptr %5, align 4
  br label %22

22:                                               ; preds = %32, %0
  %23 = load i32, ptr %5, align 4
  %24 = icmp slt i32 %23, 5
  br i1 %24, label %25, label %35

25:                                               ; preds = %22
  %26 = load i32, ptr %5, align 4
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [5 x double], ptr %4, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %26, double noundef %30)
  br label %32

32:                                               ; preds = %25
  %33 = load i32, ptr %5, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %5, align 4
  br label %22, !llvm.loop !6

35:                                               ; preds = %22
  %36 = load ptr, ptr @stdout, align 8
  %37 = call i32 @fflush(ptr noundef %36)
  ret i32 0
}

declare double @__enzyme_autodiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
