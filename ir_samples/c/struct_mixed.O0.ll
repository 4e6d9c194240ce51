; ModuleID = 'struct_mixed.c'
source_filename = "struct_mixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Series = type { float, i32, ptr, double }

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"series_energy\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"series_energy after shift\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"data[3]\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @series_energy(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  store ptr %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %6

6:                                                ; preds = %32, %1
  %7 = load i32, ptr %4, align 4
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds nuw %struct.Series, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4
  %11 = icmp slt i32 %7, %10
  br i1 %11, label %12, label %35

12:                                               ; preds = %6
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds nuw %struct.Series, ptr %13, i32 0, i32 0
  %15 = load float, ptr %14, align 8
  %16 = fpext float %15 to double
  %17 = load ptr, ptr %2, align 8
  %18 = getelementptr inbounds nuw %struct.Series, ptr %17, i32 0, i32 2
  %19 = load ptr, ptr %18, align 8
  %20 = load i32, ptr %4, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load ptr, ptr %2, align 8
  %25 = getelementptr inbounds nuw %struct.Series, ptr %24, i32 0, i32 3
  %26 = load double, ptr %25, align 8
  %27 = call double @llvm.fmuladd.f64(double %16, double %23, double %26)
  store double %27, ptr %5, align 8
  %28 = load double, ptr %5, align 8
  %29 = load double, ptr %5, align 8
  %30 = load double, ptr %3, align 8
  %31 = call double @llvm.fmuladd.f64(double %28, double %29, double %30)
  store double %31, ptr %3, align 8
  br label %32

32:                                               ; preds = %12
  %33 = load i32, ptr %4, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %4, align 4
  br label %6, !llvm.loop !6

35:                                               ; preds = %6
  %36 = load double, ptr %3, align 8
  %37 = load ptr, ptr %2, align 8
  %38 = getelementptr inbounds nuw %struct.Series, ptr %37, i32 0, i32 1
  %39 = load i32, ptr %38, align 4
  %40 = sitofp i32 %39 to double
  %41 = fdiv double %36, %40
  ret double %41
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @series_shift(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %26, %2
  %7 = load i32, ptr %5, align 4
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds nuw %struct.Series, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4
  %11 = icmp slt i32 %7, %10
  br i1 %11, label %12, label %29

12:                                               ; preds = %6
  %13 = load double, ptr %4, align 8
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.Series, ptr %14, i32 0, i32 0
  %16 = load float, ptr %15, align 8
  %17 = fpext float %16 to double
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds nuw %struct.Series, ptr %18, i32 0, i32 2
  %20 = load ptr, ptr %19, align 8
  %21 = load i32, ptr %5, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds double, ptr %20, i64 %22
  %24 = load double, ptr %23, align 8
  %25 = call double @llvm.fmuladd.f64(double %13, double %17, double %24)
  store double %25, ptr %23, align 8
  br label %26

26:                                               ; preds = %12
  %27 = load i32, ptr %5, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %5, align 4
  br label %6, !llvm.loop !8

29:                                               ; preds = %6
  %30 = load double, ptr %4, align 8
  %31 = load ptr, ptr %3, align 8
  %32 = getelementptr inbounds nuw %struct.Series, ptr %31, i32 0, i32 3
  %33 = load double, ptr %32, align 8
  %34 = fsub double %33, %30
  store double %34, ptr %32, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x double], align 16
  %3 = alloca %struct.Series, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 40, i1 false)
  %4 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 0
  store double 1.000000e+00, ptr %4, align 16
  %5 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 1
  store double -2.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 2
  store double 5.000000e-01, ptr %6, align 16
  %7 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 3
  store double 3.000000e+00, ptr %7, align 8
  %8 = getelementptr inbounds [5 x double], ptr %2, i32 0, i32 4
  store double -1.500000e+00, ptr %8, align 16
  %9 = getelementptr inbounds nuw %struct.Series, ptr %3, i32 0, i32 0
  store float 7.500000e-01, ptr %9, align 8
  %10 = getelementptr inbounds nuw %struct.Series, ptr %3, i32 0, i32 1
  store i32 5, ptr %10, align 4
  %11 = getelementptr inbounds nuw %struct.Series, ptr %3, i32 0, i32 2
  %12 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 0
  store ptr %12, ptr %11, align 8
  %13 = getelementptr inbounds nuw %struct.Series, ptr %3, i32 0, i32 3
  store double 1.250000e-01, ptr %13, align 8
  %14 = call double @series_energy(ptr noundef %3)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %14)
  call void @series_shift(ptr noundef %3, double noundef 2.000000e-01)
  %16 = call double @series_energy(ptr noundef %3)
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %16)
  %18 = getelementptr inbounds [5 x double], ptr %2, i64 0, i64 3
  %19 = load double, ptr %18, align 8
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %19)
  %21 = load ptr, ptr @stdout, align 8
  %22 = call i32 @fflush(ptr noundef %21)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!8 = distinct !{!8, !7}
