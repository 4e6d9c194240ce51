; ModuleID = 'int_float_casts.c'
source_filename = "int_float_casts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"table_interp(2.3)\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"quantise_loss(1.37, 0.25)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @table_interp(ptr noundef %0, i32 noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store double %2, ptr %7, align 8
  %10 = load double, ptr %7, align 8
  %11 = fcmp ole double %10, 0.000000e+00
  br i1 %11, label %12, label %16

12:                                               ; preds = %3
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds double, ptr %13, i64 0
  %15 = load double, ptr %14, align 8
  store double %15, ptr %4, align 8
  br label %52

16:                                               ; preds = %3
  %17 = load double, ptr %7, align 8
  %18 = load i32, ptr %6, align 4
  %19 = sub nsw i32 %18, 1
  %20 = sitofp i32 %19 to double
  %21 = fcmp oge double %17, %20
  br i1 %21, label %22, label %29

22:                                               ; preds = %16
  %23 = load ptr, ptr %5, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sub nsw i32 %24, 1
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %23, i64 %26
  %28 = load double, ptr %27, align 8
  store double %28, ptr %4, align 8
  br label %52

29:                                               ; preds = %16
  %30 = load double, ptr %7, align 8
  %31 = fptosi double %30 to i32
  store i32 %31, ptr %8, align 4
  %32 = load double, ptr %7, align 8
  %33 = load i32, ptr %8, align 4
  %34 = sitofp i32 %33 to double
  %35 = fsub double %32, %34
  store double %35, ptr %9, align 8
  %36 = load double, ptr %9, align 8
  %37 = fsub double 1.000000e+00, %36
  %38 = load ptr, ptr %5, align 8
  %39 = load i32, ptr %8, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds double, ptr %38, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = load double, ptr %9, align 8
  %44 = load ptr, ptr %5, align 8
  %45 = load i32, ptr %8, align 4
  %46 = add nsw i32 %45, 1
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds double, ptr %44, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = fmul double %43, %49
  %51 = call double @llvm.fmuladd.f64(double %37, double %42, double %50)
  store double %51, ptr %4, align 8
  br label %52

52:                                               ; preds = %29, %22, %12
  %53 = load double, ptr %4, align 8
  ret double %53
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @quantise_loss(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i64, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %8 = load double, ptr %3, align 8
  %9 = load double, ptr %4, align 8
  %10 = fdiv double %8, %9
  %11 = call i64 @lround(double noundef %10) #5
  store i64 %11, ptr %5, align 8
  %12 = load i64, ptr %5, align 8
  %13 = sitofp i64 %12 to double
  %14 = load double, ptr %4, align 8
  %15 = fmul double %13, %14
  store double %15, ptr %6, align 8
  %16 = load i64, ptr %5, align 8
  %17 = and i64 %16, 1
  %18 = trunc i64 %17 to i32
  store i32 %18, ptr %7, align 4
  %19 = load double, ptr %3, align 8
  %20 = load double, ptr %6, align 8
  %21 = fsub double %19, %20
  %22 = load double, ptr %3, align 8
  %23 = load double, ptr %6, align 8
  %24 = fsub double %22, %23
  %25 = load i32, ptr %7, align 4
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %27, label %30

27:                                               ; preds = %2
  %28 = load double, ptr %3, align 8
  %29 = fmul double 1.000000e-02, %28
  br label %31

30:                                               ; preds = %2
  br label %31

31:                                               ; preds = %30, %27
  %32 = phi double [ %29, %27 ], [ 0.000000e+00, %30 ]
  %33 = call double @llvm.fmuladd.f64(double %21, double %24, double %32)
  ret double %33
}

; Function Attrs: nounwind
declare i64 @lround(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 40, i1 false)
  %3 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 1
  store double 1.000000e+00, ptr %3, align 8
  %4 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 2
  store double 5.000000e-01, ptr %4, align 16
  %5 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 3
  store double 2.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 4
  store double 1.500000e+00, ptr %6, align 16
  %7 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 0
  %8 = call double @table_interp(ptr noundef %7, i32 noundef 5, double noundef 2.300000e+00)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %8)
  %10 = call double @quantise_loss(double noundef 1.370000e+00, double noundef 2.500000e-01)
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %10)
  %12 = load ptr, ptr @stdout, align 8
  %13 = call i32 @fflush(ptr noundef %12)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
