; ModuleID = 'enzyme_fwd_hvp.c'
source_filename = "enzyme_fwd_hvp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@enzyme_out = external global i32, align 4
@__const.main.x = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -1.000000e+00, double 7.500000e-01], align 16
@__const.main.v = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 5.000000e-01, double -2.000000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"g[0]\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"hv[0]\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"hv[1]\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"hv[2]\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"d2h_fwd_rev(0.7)\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"d2h_fwd_fwd(0.7)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @f(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds double, ptr %7, i64 0
  %9 = load double, ptr %8, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = load i32, ptr %4, align 4
  %12 = sub nsw i32 %11, 1
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds double, ptr %10, i64 %13
  %15 = load double, ptr %14, align 8
  %16 = fmul double %9, %15
  %17 = call double @exp(double noundef %16) #6
  store double %17, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %18

18:                                               ; preds = %56, %2
  %19 = load i32, ptr %6, align 4
  %20 = load i32, ptr %4, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %59

22:                                               ; preds = %18
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = call double @sin(double noundef %27) #6
  %29 = load double, ptr %5, align 8
  %30 = fadd double %29, %28
  store double %30, ptr %5, align 8
  %31 = load i32, ptr %6, align 4
  %32 = add nsw i32 %31, 1
  %33 = load i32, ptr %4, align 4
  %34 = icmp slt i32 %32, %33
  br i1 %34, label %35, label %55

35:                                               ; preds = %22
  %36 = load ptr, ptr %3, align 8
  %37 = load i32, ptr %6, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds double, ptr %36, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = load ptr, ptr %3, align 8
  %42 = load i32, ptr %6, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds double, ptr %41, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = fmul double %40, %45
  %47 = load ptr, ptr %3, align 8
  %48 = load i32, ptr %6, align 4
  %49 = add nsw i32 %48, 1
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds double, ptr %47, i64 %50
  %52 = load double, ptr %51, align 8
  %53 = load double, ptr %5, align 8
  %54 = call double @llvm.fmuladd.f64(double %46, double %52, double %53)
  store double %54, ptr %5, align 8
  br label %55

55:                                               ; preds = %35, %22
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %6, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %6, align 4
  br label %18, !llvm.loop !6

59:                                               ; preds = %18
  %60 = load double, ptr %5, align 8
  ret double %60
}

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @grad_f(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr @enzyme_dup, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = load ptr, ptr %5, align 8
  %10 = load i32, ptr @enzyme_const, align 4
  %11 = load i32, ptr %6, align 4
  call void (ptr, ...) @__enzyme_autodiff(ptr noundef @f, i32 noundef %7, ptr noundef %8, ptr noundef %9, i32 noundef %10, i32 noundef %11)
  ret void
}

declare void @__enzyme_autodiff(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @h(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr %2, align 8
  %5 = fmul double %3, %4
  %6 = load double, ptr %2, align 8
  %7 = fmul double %5, %6
  %8 = load double, ptr %2, align 8
  %9 = call double @sin(double noundef %8) #6
  %10 = load double, ptr %2, align 8
  %11 = fmul double 2.000000e+00, %10
  %12 = call double @exp(double noundef %11) #6
  %13 = load double, ptr %2, align 8
  %14 = fdiv double %12, %13
  %15 = call double @llvm.fmuladd.f64(double %7, double %9, double %14)
  ret double %15
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @dh_rev(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load i32, ptr @enzyme_out, align 4
  %4 = load double, ptr %2, align 8
  %5 = call double (ptr, ...) @__enzyme_autodiff_d(ptr noundef @h, i32 noundef %3, double noundef %4)
  ret double %5
}

declare double @__enzyme_autodiff_d(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @dh_fwd(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double (ptr, ...) @__enzyme_fwddiff_d(ptr noundef @h, double noundef %3, double noundef 1.000000e+00)
  ret double %4
}

declare double @__enzyme_fwddiff_d(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.v, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 24, i1 false)
  %6 = load i32, ptr @enzyme_dup, align 4
  %7 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0
  %8 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %9 = load i32, ptr @enzyme_dup, align 4
  %10 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %11 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %12 = load i32, ptr @enzyme_const, align 4
  call void (ptr, ...) @__enzyme_fwddiff(ptr noundef @grad_f, i32 noundef %6, ptr noundef %7, ptr noundef %8, i32 noundef %9, ptr noundef %10, ptr noundef %11, i32 noundef %12, i32 noundef 3)
  %13 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %14 = load double, ptr %13, align 16
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %14)
  %16 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %17 = load double, ptr %16, align 16
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %17)
  %19 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 1
  %20 = load double, ptr %19, align 8
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %20)
  %22 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 2
  %23 = load double, ptr %22, align 16
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %23)
  %25 = call double (ptr, ...) @__enzyme_fwddiff_d(ptr noundef @dh_rev, double noundef 0x3FE6666666666666, double noundef 1.000000e+00)
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %25)
  %27 = call double (ptr, ...) @__enzyme_fwddiff_d(ptr noundef @dh_fwd, double noundef 0x3FE6666666666666, double noundef 1.000000e+00)
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %27)
  %29 = load ptr, ptr @stdout, align 8
  %30 = call i32 @fflush(ptr noundef %29)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

declare void @__enzyme_fwddiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
