; ModuleID = 'switch_activation.c'
source_filename = "switch_activation.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.kinds = private unnamed_addr constant [6 x i32] [i32 1, i32 2, i32 0, i32 3, i32 7, i32 5], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"activate(2, 0.3)\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"mlp_layer\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @activate(i32 noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  store i32 %0, ptr %4, align 4
  store double %1, ptr %5, align 8
  %6 = load i32, ptr %4, align 4
  switch i32 %6, label %34 [
    i32 0, label %7
    i32 1, label %15
    i32 2, label %18
    i32 3, label %24
    i32 7, label %28
  ]

7:                                                ; preds = %2
  %8 = load double, ptr %5, align 8
  %9 = fcmp ogt double %8, 0.000000e+00
  br i1 %9, label %10, label %12

10:                                               ; preds = %7
  %11 = load double, ptr %5, align 8
  br label %13

12:                                               ; preds = %7
  br label %13

13:                                               ; preds = %12, %10
  %14 = phi double [ %11, %10 ], [ 0.000000e+00, %12 ]
  store double %14, ptr %3, align 8
  br label %36

15:                                               ; preds = %2
  %16 = load double, ptr %5, align 8
  %17 = call double @tanh(double noundef %16) #6
  store double %17, ptr %3, align 8
  br label %36

18:                                               ; preds = %2
  %19 = load double, ptr %5, align 8
  %20 = fneg double %19
  %21 = call double @exp(double noundef %20) #6
  %22 = fadd double 1.000000e+00, %21
  %23 = fdiv double 1.000000e+00, %22
  store double %23, ptr %3, align 8
  br label %36

24:                                               ; preds = %2
  %25 = load double, ptr %5, align 8
  %26 = call double @exp(double noundef %25) #6
  %27 = call double @log1p(double noundef %26) #6
  store double %27, ptr %3, align 8
  br label %36

28:                                               ; preds = %2
  %29 = load double, ptr %5, align 8
  %30 = load double, ptr %5, align 8
  %31 = fmul double %29, %30
  %32 = load double, ptr %5, align 8
  %33 = fmul double %31, %32
  store double %33, ptr %3, align 8
  br label %36

34:                                               ; preds = %2
  %35 = load double, ptr %5, align 8
  store double %35, ptr %3, align 8
  br label %36

36:                                               ; preds = %34, %28, %24, %18, %15, %13
  %37 = load double, ptr %3, align 8
  ret double %37
}

; Function Attrs: nounwind
declare double @tanh(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nounwind
declare double @log1p(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @mlp_layer(ptr noundef %0, ptr noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %31, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %34

14:                                               ; preds = %10
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %15, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = load ptr, ptr %6, align 8
  %21 = load i32, ptr %9, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds double, ptr %20, i64 %22
  %24 = load double, ptr %23, align 8
  %25 = load double, ptr %7, align 8
  %26 = load i32, ptr %9, align 4
  %27 = sitofp i32 %26 to double
  %28 = fmul double 1.000000e-01, %27
  %29 = call double @llvm.fmuladd.f64(double %24, double %25, double %28)
  %30 = call double @activate(i32 noundef %19, double noundef %29)
  store double %30, ptr %7, align 8
  br label %31

31:                                               ; preds = %14
  %32 = load i32, ptr %9, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %9, align 4
  br label %10, !llvm.loop !6

34:                                               ; preds = %10
  %35 = load double, ptr %7, align 8
  ret double %35
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i32], align 16
  %3 = alloca [6 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.kinds, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 48, i1 false)
  %4 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 0
  store double 1.500000e+00, ptr %4, align 16
  %5 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 1
  store double -8.000000e-01, ptr %5, align 8
  %6 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 2
  store double 2.000000e+00, ptr %6, align 16
  %7 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 3
  store double 0x3FE6666666666666, ptr %7, align 8
  %8 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 4
  store double 1.100000e+00, ptr %8, align 16
  %9 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 5
  store double 9.000000e-01, ptr %9, align 8
  %10 = call double @activate(i32 noundef 2, double noundef 3.000000e-01)
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %10)
  %12 = getelementptr inbounds [6 x i32], ptr %2, i64 0, i64 0
  %13 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 0
  %14 = call double @mlp_layer(ptr noundef %12, ptr noundef %13, double noundef 6.000000e-01, i32 noundef 6)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %14)
  %16 = load ptr, ptr @stdout, align 8
  %17 = call i32 @fflush(ptr noundef %16)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare i32 @printf(ptr noundef, ...) #5

declare i32 @fflush(ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
