; ModuleID = 'enzyme_dupnoneed_null.c'
source_filename = "enzyme_dupnoneed_null.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 1.500000e+00], align 16
@__const.main.dout = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 2.000000e+00, double -5.000000e-01], align 16
@enzyme_dup = external global i32, align 4
@enzyme_dupnoneed = external global i32, align 4
@enzyme_const = external global i32, align 4
@enzyme_out = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"dx[0]\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"dx[2]\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"dw\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"dout_after\00", align 1
@__const.main.tx = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -2.500000e-01, double 1.250000e-01], align 16
@.str.5 = private unnamed_addr constant [10 x i8] c"dy_fwd[1]\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"dy_fwd[2]\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @scaled_squares(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3) #0 {
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

10:                                               ; preds = %32, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %35

14:                                               ; preds = %10
  %15 = load double, ptr %8, align 8
  %16 = load ptr, ptr %5, align 8
  %17 = load i32, ptr %9, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds double, ptr %16, i64 %18
  %20 = load double, ptr %19, align 8
  %21 = fmul double %15, %20
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = fmul double %21, %26
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %9, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds double, ptr %28, i64 %30
  store double %27, ptr %31, align 8
  br label %32

32:                                               ; preds = %14
  %33 = load i32, ptr %9, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %9, align 4
  br label %10, !llvm.loop !6

35:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca double, align 8
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.dout, i64 24, i1 false)
  %8 = load i32, ptr @enzyme_dup, align 4
  %9 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0
  %10 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %11 = load i32, ptr @enzyme_dupnoneed, align 4
  %12 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %13 = load i32, ptr @enzyme_const, align 4
  %14 = load i32, ptr @enzyme_out, align 4
  %15 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @scaled_squares, i32 noundef %8, ptr noundef %9, ptr noundef %10, i32 noundef %11, ptr noundef null, ptr noundef %12, i32 noundef %13, i32 noundef 3, i32 noundef %14, double noundef 2.000000e+00)
  store double %15, ptr %5, align 8
  %16 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %17 = load double, ptr %16, align 16
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %17)
  %19 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 2
  %20 = load double, ptr %19, align 16
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %20)
  %22 = load double, ptr %5, align 8
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %22)
  %24 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 1
  %25 = load double, ptr %24, align 8
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %25)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.tx, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 24, i1 false)
  %27 = load i32, ptr @enzyme_dup, align 4
  %28 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0
  %29 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %30 = load i32, ptr @enzyme_dupnoneed, align 4
  %31 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %32 = load i32, ptr @enzyme_const, align 4
  %33 = load i32, ptr @enzyme_dup, align 4
  call void (ptr, ...) @__enzyme_fwddiff(ptr noundef @scaled_squares, i32 noundef %27, ptr noundef %28, ptr noundef %29, i32 noundef %30, ptr noundef null, ptr noundef %31, i32 noundef %32, i32 noundef 3, i32 noundef %33, double noundef 2.000000e+00, double noundef 5.000000e-01)
  %34 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 1
  %35 = load double, ptr %34, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %35)
  %37 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 2
  %38 = load double, ptr %37, align 16
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %38)
  %40 = load ptr, ptr @stdout, align 8
  %41 = call i32 @fflush(ptr noundef %40)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

declare double @__enzyme_autodiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

declare void @__enzyme_fwddiff(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
