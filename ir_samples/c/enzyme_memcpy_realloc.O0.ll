; ModuleID = 'enzyme_memcpy_realloc.c'
source_filename = "enzyme_memcpy_realloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [7 x double] [double 3.000000e-01, double -1.200000e+00, double 8.000000e-01, double 2.000000e+00, double -4.000000e-01, double 1.100000e+00, double 5.000000e-02], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"dwin[0]\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"dwin[2]\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"dwin[4]\00", align 1
@__const.main.src = private unnamed_addr constant [3 x double] [double 1.500000e+00, double -2.000000e+00, double 2.500000e-01], align 16
@__const.main.ddst = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 3.000000e+00, double -2.000000e+00], align 16
@enzyme_out = external global i32, align 4
@.str.4 = private unnamed_addr constant [3 x i8] c"dc\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"dsrc[1]\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"ddst[1]\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @window_energy(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [16 x double], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %17 = getelementptr inbounds [16 x double], ptr %7, i64 0, i64 0
  %18 = load ptr, ptr %4, align 8
  %19 = load i32, ptr %5, align 4
  %20 = sext i32 %19 to i64
  %21 = mul i64 %20, 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 8 %18, i64 %21, i1 false)
  store i32 0, ptr %8, align 4
  br label %22

22:                                               ; preds = %35, %3
  %23 = load i32, ptr %8, align 4
  %24 = load i32, ptr %5, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %38

26:                                               ; preds = %22
  %27 = load i32, ptr %8, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [16 x double], ptr %7, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = call double @sin(double noundef %30) #8
  %32 = load i32, ptr %8, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [16 x double], ptr %7, i64 0, i64 %33
  store double %31, ptr %34, align 8
  br label %35

35:                                               ; preds = %26
  %36 = load i32, ptr %8, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %8, align 4
  br label %22, !llvm.loop !6

38:                                               ; preds = %22
  store i32 2, ptr %9, align 4
  store i32 0, ptr %10, align 4
  %39 = load i32, ptr %9, align 4
  %40 = sext i32 %39 to i64
  %41 = mul i64 %40, 8
  %42 = call noalias ptr @malloc(i64 noundef %41) #9
  store ptr %42, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %43

43:                                               ; preds = %87, %38
  %44 = load i32, ptr %12, align 4
  %45 = load i32, ptr %6, align 4
  %46 = add nsw i32 %44, %45
  %47 = load i32, ptr %5, align 4
  %48 = icmp sle i32 %46, %47
  br i1 %48, label %49, label %90

49:                                               ; preds = %43
  store double 0.000000e+00, ptr %13, align 8
  store i32 0, ptr %14, align 4
  br label %50

50:                                               ; preds = %63, %49
  %51 = load i32, ptr %14, align 4
  %52 = load i32, ptr %6, align 4
  %53 = icmp slt i32 %51, %52
  br i1 %53, label %54, label %66

54:                                               ; preds = %50
  %55 = load i32, ptr %12, align 4
  %56 = load i32, ptr %14, align 4
  %57 = add nsw i32 %55, %56
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [16 x double], ptr %7, i64 0, i64 %58
  %60 = load double, ptr %59, align 8
  %61 = load double, ptr %13, align 8
  %62 = fadd double %61, %60
  store double %62, ptr %13, align 8
  br label %63

63:                                               ; preds = %54
  %64 = load i32, ptr %14, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %14, align 4
  br label %50, !llvm.loop !8

66:                                               ; preds = %50
  %67 = load i32, ptr %10, align 4
  %68 = load i32, ptr %9, align 4
  %69 = icmp eq i32 %67, %68
  br i1 %69, label %70, label %78

70:                                               ; preds = %66
  %71 = load i32, ptr %9, align 4
  %72 = mul nsw i32 %71, 2
  store i32 %72, ptr %9, align 4
  %73 = load ptr, ptr %11, align 8
  %74 = load i32, ptr %9, align 4
  %75 = sext i32 %74 to i64
  %76 = mul i64 %75, 8
  %77 = call ptr @realloc(ptr noundef %73, i64 noundef %76) #10
  store ptr %77, ptr %11, align 8
  br label %78

78:                                               ; preds = %70, %66
  %79 = load double, ptr %13, align 8
  %80 = load double, ptr %13, align 8
  %81 = fmul double %79, %80
  %82 = load ptr, ptr %11, align 8
  %83 = load i32, ptr %10, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %10, align 4
  %85 = sext i32 %83 to i64
  %86 = getelementptr inbounds double, ptr %82, i64 %85
  store double %81, ptr %86, align 8
  br label %87

87:                                               ; preds = %78
  %88 = load i32, ptr %12, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %12, align 4
  br label %43, !llvm.loop !9

90:                                               ; preds = %43
  store double 0.000000e+00, ptr %15, align 8
  store i32 0, ptr %16, align 4
  br label %91

91:                                               ; preds = %106, %90
  %92 = load i32, ptr %16, align 4
  %93 = load i32, ptr %10, align 4
  %94 = icmp slt i32 %92, %93
  br i1 %94, label %95, label %109

95:                                               ; preds = %91
  %96 = load i32, ptr %16, align 4
  %97 = add nsw i32 %96, 1
  %98 = sitofp i32 %97 to double
  %99 = load ptr, ptr %11, align 8
  %100 = load i32, ptr %16, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds double, ptr %99, i64 %101
  %103 = load double, ptr %102, align 8
  %104 = load double, ptr %15, align 8
  %105 = call double @llvm.fmuladd.f64(double %98, double %103, double %104)
  store double %105, ptr %15, align 8
  br label %106

106:                                              ; preds = %95
  %107 = load i32, ptr %16, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %16, align 4
  br label %91, !llvm.loop !10

109:                                              ; preds = %91
  %110 = load ptr, ptr %11, align 8
  call void @free(ptr noundef %110) #8
  %111 = load double, ptr %15, align 8
  ret double %111
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nounwind allocsize(1)
declare ptr @realloc(ptr noundef, i64 noundef) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nounwind
declare void @free(ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @copy_scaled(ptr noundef %0, ptr noundef %1, i32 noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store double %3, ptr %8, align 8
  %10 = load ptr, ptr %5, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load i32, ptr %7, align 4
  %13 = sext i32 %12 to i64
  %14 = mul i64 %13, 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %11, i64 %14, i1 false)
  store i32 0, ptr %9, align 4
  br label %15

15:                                               ; preds = %27, %4
  %16 = load i32, ptr %9, align 4
  %17 = load i32, ptr %7, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %30

19:                                               ; preds = %15
  %20 = load double, ptr %8, align 8
  %21 = load ptr, ptr %5, align 8
  %22 = load i32, ptr %9, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = fmul double %25, %20
  store double %26, ptr %24, align 8
  br label %27

27:                                               ; preds = %19
  %28 = load i32, ptr %9, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %9, align 4
  br label %15, !llvm.loop !11

30:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [7 x double], align 16
  %3 = alloca [7 x double], align 16
  %4 = alloca double, align 8
  %5 = alloca [3 x double], align 16
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  %8 = alloca [3 x double], align 16
  %9 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 56, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 56, i1 false)
  %10 = load i32, ptr @enzyme_dup, align 4
  %11 = getelementptr inbounds [7 x double], ptr %2, i64 0, i64 0
  %12 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 0
  %13 = load i32, ptr @enzyme_const, align 4
  %14 = load i32, ptr @enzyme_const, align 4
  %15 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @window_energy, i32 noundef %10, ptr noundef %11, ptr noundef %12, i32 noundef %13, i32 noundef 7, i32 noundef %14, i32 noundef 3)
  store double %15, ptr %4, align 8
  %16 = load double, ptr %4, align 8
  %17 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 0
  %18 = load double, ptr %17, align 16
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %18)
  %20 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 2
  %21 = load double, ptr %20, align 16
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %21)
  %23 = getelementptr inbounds [7 x double], ptr %3, i64 0, i64 4
  %24 = load double, ptr %23, align 16
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %24)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.src, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.ddst, i64 24, i1 false)
  %26 = load i32, ptr @enzyme_dup, align 4
  %27 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %28 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 0
  %29 = load i32, ptr @enzyme_dup, align 4
  %30 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %31 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %32 = load i32, ptr @enzyme_const, align 4
  %33 = load i32, ptr @enzyme_out, align 4
  %34 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @copy_scaled, i32 noundef %26, ptr noundef %27, ptr noundef %28, i32 noundef %29, ptr noundef %30, ptr noundef %31, i32 noundef %32, i32 noundef 3, i32 noundef %33, double noundef 2.000000e+00)
  store double %34, ptr %9, align 8
  %35 = load double, ptr %9, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %35)
  %37 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 1
  %38 = load double, ptr %37, align 8
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %38)
  %40 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 1
  %41 = load double, ptr %40, align 8
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %41)
  %43 = load ptr, ptr @stdout, align 8
  %44 = call i32 @fflush(ptr noundef %43)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare double @__enzyme_autodiff(ptr noundef, ...) #7

declare i32 @printf(ptr noundef, ...) #7

declare i32 @fflush(ptr noundef) #7

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { nounwind allocsize(0) }
attributes #10 = { nounwind allocsize(1) }

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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
