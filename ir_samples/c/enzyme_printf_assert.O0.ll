; ModuleID = 'enzyme_printf_assert.c'
source_filename = "enzyme_printf_assert.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [19 x i8] c"n must be positive\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"*n > 0 && \22n must be positive\22\00", align 1
@.str.2 = private unnamed_addr constant [23 x i8] c"enzyme_printf_assert.c\00", align 1
@__PRETTY_FUNCTION__.traced_norm = private unnamed_addr constant [48 x i8] c"double traced_norm(const double *, const int *)\00", align 1
@checksum = dso_local global i32 0, align 4
@stderr = external global ptr, align 8
@.str.3 = private unnamed_addr constant [32 x i8] c"traced_norm: x[0] = %g, s = %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"traced_norm call = %d\0A\00", align 1
@calls = dso_local global i32 0, align 4
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str.5 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"dx[0]\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"dx[3]\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"%s = %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"checksum\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"dnorm_fwd\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @traced_norm(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = load i32, ptr %8, align 4
  %10 = icmp sgt i32 %9, 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %2
  br i1 true, label %12, label %13

12:                                               ; preds = %11
  br label %14

13:                                               ; preds = %11, %2
  call void @__assert_fail(ptr noundef @.str.1, ptr noundef @.str.2, i32 noundef 27, ptr noundef @__PRETTY_FUNCTION__.traced_norm) #6
  unreachable

14:                                               ; preds = %12
  store double 0.000000e+00, ptr %5, align 8
  store i32 17, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %15

15:                                               ; preds = %42, %14
  %16 = load i32, ptr %7, align 4
  %17 = load ptr, ptr %4, align 8
  %18 = load i32, ptr %17, align 4
  %19 = icmp slt i32 %16, %18
  br i1 %19, label %20, label %45

20:                                               ; preds = %15
  %21 = load i32, ptr %7, align 4
  %22 = srem i32 %21, 3
  %23 = sitofp i32 %22 to double
  %24 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %23, double 1.000000e+00)
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %7, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds double, ptr %25, i64 %27
  %29 = load double, ptr %28, align 8
  %30 = fmul double %24, %29
  %31 = load ptr, ptr %3, align 8
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load double, ptr %5, align 8
  %37 = call double @llvm.fmuladd.f64(double %30, double %35, double %36)
  store double %37, ptr %5, align 8
  %38 = load i32, ptr %6, align 4
  %39 = mul nsw i32 31, %38
  %40 = load i32, ptr %7, align 4
  %41 = add nsw i32 %39, %40
  store i32 %41, ptr %6, align 4
  br label %42

42:                                               ; preds = %20
  %43 = load i32, ptr %7, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %7, align 4
  br label %15, !llvm.loop !6

45:                                               ; preds = %15
  %46 = load i32, ptr %6, align 4
  store i32 %46, ptr @checksum, align 4
  %47 = load ptr, ptr @stderr, align 8
  %48 = load ptr, ptr %3, align 8
  %49 = getelementptr inbounds double, ptr %48, i64 0
  %50 = load double, ptr %49, align 8
  %51 = load double, ptr %5, align 8
  %52 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %47, ptr noundef @.str.3, double noundef %50, double noundef %51) #7
  %53 = load i32, ptr @calls, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr @calls, align 4
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %54)
  %56 = load double, ptr %5, align 8
  %57 = call double @sqrt(double noundef %56) #7
  ret double %57
}

; Function Attrs: noreturn nounwind
declare void @__assert_fail(ptr noundef, ptr noundef, i32 noundef, ptr noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare double @sqrt(double noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x double], align 16
  %3 = alloca [5 x double], align 16
  %4 = alloca i32, align 4
  %5 = alloca [5 x double], align 16
  %6 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 40, i1 false)
  %7 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 0
  store double 1.000000e+00, ptr %7, align 16
  %8 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 1
  store double -2.000000e+00, ptr %8, align 8
  %9 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 2
  store double 5.000000e-01, ptr %9, align 16
  %10 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 3
  store double 3.000000e+00, ptr %10, align 8
  %11 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 4
  store double -1.500000e+00, ptr %11, align 16
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 40, i1 false)
  store i32 5, ptr %4, align 4
  %12 = load i32, ptr @enzyme_dup, align 4
  %13 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 0
  %14 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 0
  %15 = load i32, ptr @enzyme_const, align 4
  %16 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @traced_norm, i32 noundef %12, ptr noundef %13, ptr noundef %14, i32 noundef %15, ptr noundef %4)
  %17 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 0
  %18 = load double, ptr %17, align 16
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef @.str.6, double noundef %18)
  %20 = getelementptr inbounds [5 x double], ptr %3, i64 0, i64 3
  %21 = load double, ptr %20, align 8
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef @.str.7, double noundef %21)
  %23 = load i32, ptr @checksum, align 4
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef @.str.9, i32 noundef %23)
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 40, i1 false)
  %25 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 0
  store double 1.000000e+00, ptr %25, align 16
  %26 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 1
  store double 1.000000e+00, ptr %26, align 8
  %27 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 2
  store double 1.000000e+00, ptr %27, align 16
  %28 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 3
  store double 1.000000e+00, ptr %28, align 8
  %29 = getelementptr inbounds [5 x double], ptr %5, i32 0, i32 4
  store double 1.000000e+00, ptr %29, align 16
  %30 = load i32, ptr @enzyme_dup, align 4
  %31 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 0
  %32 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 0
  %33 = load i32, ptr @enzyme_const, align 4
  %34 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @traced_norm, i32 noundef %30, ptr noundef %31, ptr noundef %32, i32 noundef %33, ptr noundef %4)
  store double %34, ptr %6, align 8
  %35 = load double, ptr %6, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef @.str.10, double noundef %35)
  %37 = load ptr, ptr @stdout, align 8
  %38 = call i32 @fflush(ptr noundef %37)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { noreturn nounwind }
attributes #7 = { nounwind }

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
