; ModuleID = 'enzyme_custom_gradient.c'
source_filename = "enzyme_custom_gradient.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Augmented = type { ptr, double }
%struct.Adjoints = type { double, double }

@log1p_rule_calls = dso_local global i32 0, align 4
@__enzyme_register_gradient_my_log1p = dso_local global [3 x ptr] [ptr @my_log1p, ptr @my_log1p_augmented, ptr @my_log1p_reverse], align 16
@square_reverse_calls = dso_local global i32 0, align 4
@__enzyme_register_gradient_square = dso_local global [3 x ptr] [ptr @square_, ptr @square_augmented, ptr @square_reverse], align 16
@__enzyme_register_gradient_hypot = dso_local global [3 x ptr] [ptr @my_hypot, ptr @my_hypot_augmented, ptr @my_hypot_reverse], align 16
@enzyme_out = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"dscaled_log1p_dx\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"dscaled_log1p_dw\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"%s = %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"log1p_rule_calls\00", align 1
@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01], align 16
@enzyme_dup = external global i32, align 4
@.str.5 = private unnamed_addr constant [30 x i8] c"dsquare_in_place[%d] = %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"square_reverse_calls\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"dradii_da\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"dradii_db\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @my_log1p(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @log1p(double noundef %3) #7
  ret double %4
}

; Function Attrs: nounwind
declare double @log1p(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @my_log1p_augmented(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @log1p(double noundef %3) #7
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @my_log1p_reverse(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load i32, ptr @log1p_rule_calls, align 4
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @log1p_rule_calls, align 4
  %7 = load double, ptr %4, align 8
  %8 = load double, ptr %3, align 8
  %9 = fadd double 1.000000e+00, %8
  %10 = fdiv double %7, %9
  ret double %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @scaled_log1p(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = load double, ptr %3, align 8
  %7 = load double, ptr %3, align 8
  %8 = fmul double %6, %7
  %9 = call double @my_log1p(double noundef %8)
  %10 = fmul double %5, %9
  ret double %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @square_(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %5, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load double, ptr %7, align 8
  %9 = fmul double %6, %8
  %10 = load ptr, ptr %4, align 8
  store double %9, ptr %10, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @square_augmented(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %10 = call noalias ptr @malloc(i64 noundef 8) #8
  store ptr %10, ptr %9, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = load double, ptr %11, align 8
  %13 = load ptr, ptr %9, align 8
  store double %12, ptr %13, align 8
  %14 = load ptr, ptr %5, align 8
  %15 = load double, ptr %14, align 8
  %16 = load ptr, ptr %5, align 8
  %17 = load double, ptr %16, align 8
  %18 = fmul double %15, %17
  %19 = load ptr, ptr %7, align 8
  store double %18, ptr %19, align 8
  %20 = load ptr, ptr %9, align 8
  ret ptr %20
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @square_reverse(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca double, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  %12 = load ptr, ptr %10, align 8
  %13 = load double, ptr %12, align 8
  store double %13, ptr %11, align 8
  %14 = load ptr, ptr %10, align 8
  call void @free(ptr noundef %14) #7
  %15 = load double, ptr %11, align 8
  %16 = fmul double 2.000000e+00, %15
  %17 = load ptr, ptr %9, align 8
  %18 = load double, ptr %17, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = load double, ptr %19, align 8
  %21 = call double @llvm.fmuladd.f64(double %16, double %18, double %20)
  store double %21, ptr %19, align 8
  %22 = load ptr, ptr %9, align 8
  store double 0.000000e+00, ptr %22, align 8
  %23 = load i32, ptr @square_reverse_calls, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr @square_reverse_calls, align 4
  ret void
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @square_in_place(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %25, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %28

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds double, ptr %13, i64 %15
  call void @square_(ptr noundef %16, ptr noundef %7)
  %17 = load double, ptr %7, align 8
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  store double %17, ptr %21, align 8
  %22 = load double, ptr %7, align 8
  %23 = load double, ptr %5, align 8
  %24 = fadd double %23, %22
  store double %24, ptr %5, align 8
  br label %25

25:                                               ; preds = %12
  %26 = load i32, ptr %6, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %6, align 4
  br label %8, !llvm.loop !6

28:                                               ; preds = %8
  %29 = load double, ptr %5, align 8
  ret double %29
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @my_hypot(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %3, align 8
  %7 = load double, ptr %4, align 8
  %8 = load double, ptr %4, align 8
  %9 = fmul double %7, %8
  %10 = call double @llvm.fmuladd.f64(double %5, double %6, double %9)
  %11 = call double @sqrt(double noundef %10) #7
  ret double %11
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { ptr, double } @my_hypot_augmented(double noundef %0, double noundef %1) #0 {
  %3 = alloca %struct.Augmented, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca ptr, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  %7 = call noalias ptr @malloc(i64 noundef 8) #8
  store ptr %7, ptr %6, align 8
  %8 = load double, ptr %4, align 8
  %9 = load double, ptr %4, align 8
  %10 = load double, ptr %5, align 8
  %11 = load double, ptr %5, align 8
  %12 = fmul double %10, %11
  %13 = call double @llvm.fmuladd.f64(double %8, double %9, double %12)
  %14 = call double @sqrt(double noundef %13) #7
  %15 = load ptr, ptr %6, align 8
  store double %14, ptr %15, align 8
  %16 = getelementptr inbounds nuw %struct.Augmented, ptr %3, i32 0, i32 0
  %17 = load ptr, ptr %6, align 8
  store ptr %17, ptr %16, align 8
  %18 = getelementptr inbounds nuw %struct.Augmented, ptr %3, i32 0, i32 1
  %19 = load ptr, ptr %6, align 8
  %20 = load double, ptr %19, align 8
  store double %20, ptr %18, align 8
  %21 = load { ptr, double }, ptr %3, align 8
  ret { ptr, double } %21
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { double, double } @my_hypot_reverse(double noundef %0, double noundef %1, double noundef %2, ptr noundef %3) #0 {
  %5 = alloca %struct.Adjoints, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca ptr, align 8
  %10 = alloca double, align 8
  store double %0, ptr %6, align 8
  store double %1, ptr %7, align 8
  store double %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  %11 = load ptr, ptr %9, align 8
  %12 = load double, ptr %11, align 8
  store double %12, ptr %10, align 8
  %13 = load ptr, ptr %9, align 8
  call void @free(ptr noundef %13) #7
  %14 = getelementptr inbounds nuw %struct.Adjoints, ptr %5, i32 0, i32 0
  %15 = load double, ptr %8, align 8
  %16 = load double, ptr %6, align 8
  %17 = fmul double %15, %16
  %18 = load double, ptr %10, align 8
  %19 = fdiv double %17, %18
  store double %19, ptr %14, align 8
  %20 = getelementptr inbounds nuw %struct.Adjoints, ptr %5, i32 0, i32 1
  %21 = load double, ptr %8, align 8
  %22 = load double, ptr %7, align 8
  %23 = fmul double %21, %22
  %24 = load double, ptr %10, align 8
  %25 = fdiv double %23, %24
  store double %25, ptr %20, align 8
  %26 = load { double, double }, ptr %5, align 8
  ret { double, double } %26
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @radii(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = call double @my_hypot(double noundef %5, double noundef %6)
  %8 = load double, ptr %4, align 8
  %9 = load double, ptr %3, align 8
  %10 = fmul double 2.000000e+00, %9
  %11 = call double @my_hypot(double noundef %8, double noundef %10)
  %12 = fadd double %7, %11
  ret double %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  store i32 0, ptr %1, align 4
  %9 = load i32, ptr @enzyme_out, align 4
  %10 = load i32, ptr @enzyme_const, align 4
  %11 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @scaled_log1p, i32 noundef %9, double noundef 5.000000e-01, i32 noundef %10, double noundef 3.000000e+00)
  store double %11, ptr %2, align 8
  %12 = load i32, ptr @enzyme_const, align 4
  %13 = load i32, ptr @enzyme_out, align 4
  %14 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @scaled_log1p, i32 noundef %12, double noundef 5.000000e-01, i32 noundef %13, double noundef 3.000000e+00)
  store double %14, ptr %3, align 8
  %15 = load double, ptr %2, align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %15)
  %17 = load double, ptr %3, align 8
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %17)
  %19 = load i32, ptr @log1p_rule_calls, align 4
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef @.str.4, i32 noundef %19)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.x, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 24, i1 false)
  %21 = load i32, ptr @enzyme_dup, align 4
  %22 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %23 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %24 = load i32, ptr @enzyme_const, align 4
  %25 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @square_in_place, i32 noundef %21, ptr noundef %22, ptr noundef %23, i32 noundef %24, i32 noundef 3)
  store i32 0, ptr %6, align 4
  br label %26

26:                                               ; preds = %36, %0
  %27 = load i32, ptr %6, align 4
  %28 = icmp slt i32 %27, 3
  br i1 %28, label %29, label %39

29:                                               ; preds = %26
  %30 = load i32, ptr %6, align 4
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %30, double noundef %34)
  br label %36

36:                                               ; preds = %29
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4
  br label %26, !llvm.loop !8

39:                                               ; preds = %26
  %40 = load i32, ptr @square_reverse_calls, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef @.str.6, i32 noundef %40)
  %42 = load i32, ptr @enzyme_out, align 4
  %43 = load i32, ptr @enzyme_const, align 4
  %44 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @radii, i32 noundef %42, double noundef 3.000000e+00, i32 noundef %43, double noundef 4.000000e+00)
  store double %44, ptr %7, align 8
  %45 = load i32, ptr @enzyme_const, align 4
  %46 = load i32, ptr @enzyme_out, align 4
  %47 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @radii, i32 noundef %45, double noundef 3.000000e+00, i32 noundef %46, double noundef 4.000000e+00)
  store double %47, ptr %8, align 8
  %48 = load double, ptr %7, align 8
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %48)
  %50 = load double, ptr %8, align 8
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.8, double noundef %50)
  %52 = load ptr, ptr @stdout, align 8
  %53 = call i32 @fflush(ptr noundef %52)
  ret i32 0
}

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }
attributes #8 = { nounwind allocsize(0) }

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
