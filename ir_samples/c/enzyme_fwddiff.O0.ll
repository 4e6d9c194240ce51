; ModuleID = 'enzyme_fwddiff.c'
source_filename = "enzyme_fwddiff.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external global i32, align 4
@__const.main.a = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 2.000000e+00, double -5.000000e-01], align 16
@__const.main.da = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -1.000000e+00, double 2.000000e+00], align 16
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"df_dx\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"df_dy\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"dsumcubes\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @f(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = load double, ptr %3, align 8
  %8 = call double @sin(double noundef %7) #5
  %9 = load double, ptr %4, align 8
  %10 = call double @exp(double noundef %9) #5
  %11 = fmul double %8, %10
  %12 = call double @llvm.fmuladd.f64(double %5, double %6, double %11)
  ret double %12
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @sumcubes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %30, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %33

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
  %22 = fmul double %16, %21
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load double, ptr %5, align 8
  %29 = call double @llvm.fmuladd.f64(double %22, double %27, double %28)
  store double %29, ptr %5, align 8
  br label %30

30:                                               ; preds = %11
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4
  br label %7, !llvm.loop !6

33:                                               ; preds = %7
  %34 = load double, ptr %5, align 8
  ret double %34
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  %8 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store double 6.000000e-01, ptr %2, align 8
  store double -4.000000e-01, ptr %3, align 8
  %9 = load i32, ptr @enzyme_dup, align 4
  %10 = load double, ptr %2, align 8
  %11 = load i32, ptr @enzyme_dup, align 4
  %12 = load double, ptr %3, align 8
  %13 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @f, i32 noundef %9, double noundef %10, double noundef 1.000000e+00, i32 noundef %11, double noundef %12, double noundef 0.000000e+00)
  store double %13, ptr %4, align 8
  %14 = load double, ptr %2, align 8
  %15 = load double, ptr %3, align 8
  %16 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @f, double noundef %14, double noundef 0.000000e+00, double noundef %15, double noundef 1.000000e+00)
  store double %16, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.a, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.main.da, i64 24, i1 false)
  %17 = load i32, ptr @enzyme_dup, align 4
  %18 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %19 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %20 = load i32, ptr @enzyme_const, align 4
  %21 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @sumcubes, i32 noundef %17, ptr noundef %18, ptr noundef %19, i32 noundef %20, i32 noundef 3)
  store double %21, ptr %8, align 8
  %22 = load double, ptr %4, align 8
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %22)
  %24 = load double, ptr %5, align 8
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %24)
  %26 = load double, ptr %8, align 8
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %26)
  %28 = load ptr, ptr @stdout, align 8
  %29 = call i32 @fflush(ptr noundef %28)
  ret i32 0
}

declare double @__enzyme_fwddiff(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

declare i32 @printf(ptr noundef, ...) #3

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
