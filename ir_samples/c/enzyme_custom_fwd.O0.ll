; ModuleID = 'enzyme_custom_fwd.c'
source_filename = "enzyme_custom_fwd.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Dual = type { double, double }
%struct.Tangents2 = type { double, double }

@cube_rule_calls = dso_local global i32 0, align 4
@__enzyme_register_derivative_cube = dso_local global [2 x ptr] [ptr @cube, ptr @cube_forward], align 16
@__enzyme_register_derivative_softplus = dso_local global [2 x ptr] [ptr @softplus, ptr @softplus_forward], align 16
@__enzyme_register_derivative_scale_into = dso_local global [2 x ptr] [ptr @scale_into, ptr @scale_into_forward], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"df\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"%s = %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"cube_rule_calls\00", align 1
@enzyme_width = external global i32, align 4
@.str.4 = private unnamed_addr constant [9 x i8] c"df_lane0\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"df_lane1\00", align 1
@.str.6 = private unnamed_addr constant [30 x i8] c"cube_rule_calls_after_width_2\00", align 1
@__const.main.v = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01], align 16
@__const.main.dv = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 0.000000e+00, double 2.000000e+00], align 16
@enzyme_dup = external global i32, align 4
@enzyme_dupnoneed = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str.7 = private unnamed_addr constant [21 x i8] c"dscaled[%d] = %.17g\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @cube(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr %2, align 8
  %5 = fmul double %3, %4
  %6 = load double, ptr %2, align 8
  %7 = fmul double %5, %6
  ret double %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @cube_forward(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load i32, ptr @cube_rule_calls, align 4
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @cube_rule_calls, align 4
  %7 = load double, ptr %3, align 8
  %8 = fmul double 3.000000e+00, %7
  %9 = load double, ptr %3, align 8
  %10 = fmul double %8, %9
  %11 = load double, ptr %4, align 8
  %12 = fmul double %10, %11
  ret double %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @softplus(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @exp(double noundef %3) #5
  %5 = call double @log1p(double noundef %4) #5
  ret double %5
}

; Function Attrs: nounwind
declare double @log1p(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { double, double } @softplus_forward(double noundef %0, double noundef %1) #0 {
  %3 = alloca %struct.Dual, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.Dual, ptr %3, i32 0, i32 0
  %7 = load double, ptr %4, align 8
  %8 = call double @exp(double noundef %7) #5
  %9 = call double @log1p(double noundef %8) #5
  store double %9, ptr %6, align 8
  %10 = getelementptr inbounds nuw %struct.Dual, ptr %3, i32 0, i32 1
  %11 = load double, ptr %5, align 8
  %12 = load double, ptr %4, align 8
  %13 = fneg double %12
  %14 = call double @exp(double noundef %13) #5
  %15 = fadd double 1.000000e+00, %14
  %16 = fdiv double %11, %15
  store double %16, ptr %10, align 8
  %17 = load { double, double }, ptr %3, align 8
  ret { double, double } %17
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @f(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @cube(double noundef %3)
  %5 = load double, ptr %2, align 8
  %6 = fmul double 2.000000e+00, %5
  %7 = call double @softplus(double noundef %6)
  %8 = fadd double %4, %7
  ret double %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @scale_into(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store double %3, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %26, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %29

14:                                               ; preds = %10
  %15 = load double, ptr %8, align 8
  %16 = load ptr, ptr %5, align 8
  %17 = load i32, ptr %9, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds double, ptr %16, i64 %18
  %20 = load double, ptr %19, align 8
  %21 = fmul double %15, %20
  %22 = load ptr, ptr %6, align 8
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  store double %21, ptr %25, align 8
  br label %26

26:                                               ; preds = %14
  %27 = load i32, ptr %9, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %9, align 4
  br label %10, !llvm.loop !6

29:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @scale_into_forward(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4, i32 noundef %5, double noundef %6, double noundef %7) #0 {
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca double, align 8
  %17 = alloca i32, align 4
  store ptr %0, ptr %9, align 8
  store ptr %1, ptr %10, align 8
  store ptr %2, ptr %11, align 8
  store ptr %3, ptr %12, align 8
  store i32 %4, ptr %13, align 4
  store i32 %5, ptr %14, align 4
  store double %6, ptr %15, align 8
  store double %7, ptr %16, align 8
  store i32 0, ptr %17, align 4
  br label %18

18:                                               ; preds = %41, %8
  %19 = load i32, ptr %17, align 4
  %20 = load i32, ptr %13, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %44

22:                                               ; preds = %18
  %23 = load double, ptr %15, align 8
  %24 = load ptr, ptr %10, align 8
  %25 = load i32, ptr %17, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = load double, ptr %16, align 8
  %30 = load ptr, ptr %9, align 8
  %31 = load i32, ptr %17, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds double, ptr %30, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = fmul double %29, %34
  %36 = call double @llvm.fmuladd.f64(double %23, double %28, double %35)
  %37 = load ptr, ptr %12, align 8
  %38 = load i32, ptr %17, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  store double %36, ptr %40, align 8
  br label %41

41:                                               ; preds = %22
  %42 = load i32, ptr %17, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %17, align 4
  br label %18, !llvm.loop !8

44:                                               ; preds = %18
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @scaled(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store double %3, ptr %8, align 8
  %9 = load ptr, ptr %5, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = load i32, ptr %7, align 4
  %12 = load double, ptr %8, align 8
  call void @scale_into(ptr noundef %9, ptr noundef %10, i32 noundef %11, double noundef %12)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca %struct.Tangents2, align 8
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %9 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @f, double noundef 0x3FE6666666666666, double noundef 1.000000e+00)
  store double %9, ptr %2, align 8
  %10 = load double, ptr %2, align 8
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %10)
  %12 = load i32, ptr @cube_rule_calls, align 4
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef @.str.3, i32 noundef %12)
  %14 = load i32, ptr @enzyme_width, align 4
  %15 = call { double, double } (ptr, ...) @__enzyme_fwddiff2(ptr noundef @f, i32 noundef %14, i32 noundef 2, double noundef 0x3FE6666666666666, double noundef 1.000000e+00, double noundef 2.000000e+00)
  %16 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0
  %17 = extractvalue { double, double } %15, 0
  store double %17, ptr %16, align 8
  %18 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1
  %19 = extractvalue { double, double } %15, 1
  store double %19, ptr %18, align 8
  %20 = getelementptr inbounds nuw %struct.Tangents2, ptr %3, i32 0, i32 0
  %21 = load double, ptr %20, align 8
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %21)
  %23 = getelementptr inbounds nuw %struct.Tangents2, ptr %3, i32 0, i32 1
  %24 = load double, ptr %23, align 8
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %24)
  %26 = load i32, ptr @cube_rule_calls, align 4
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef @.str.6, i32 noundef %26)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.v, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.dv, i64 24, i1 false)
  %28 = load i32, ptr @enzyme_dup, align 4
  %29 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %30 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %31 = load i32, ptr @enzyme_dupnoneed, align 4
  %32 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %33 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %34 = load i32, ptr @enzyme_const, align 4
  %35 = load i32, ptr @enzyme_dup, align 4
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef @scaled, i32 noundef %28, ptr noundef %29, ptr noundef %30, i32 noundef %31, ptr noundef %32, ptr noundef %33, i32 noundef %34, i32 noundef 3, i32 noundef %35, double noundef 2.000000e+00, double noundef 5.000000e-01)
  store i32 0, ptr %8, align 4
  br label %36

36:                                               ; preds = %46, %0
  %37 = load i32, ptr %8, align 4
  %38 = icmp slt i32 %37, 3
  br i1 %38, label %39, label %49

39:                                               ; preds = %36
  %40 = load i32, ptr %8, align 4
  %41 = load i32, ptr %8, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %40, double noundef %44)
  br label %46

46:                                               ; preds = %39
  %47 = load i32, ptr %8, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %8, align 4
  br label %36, !llvm.loop !9

49:                                               ; preds = %36
  %50 = load ptr, ptr @stdout, align 8
  %51 = call i32 @fflush(ptr noundef %50)
  ret i32 0
}

declare double @__enzyme_fwddiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

declare { double, double } @__enzyme_fwddiff2(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

declare void @__enzyme_fwddiff_void(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
