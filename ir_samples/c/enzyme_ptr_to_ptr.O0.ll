; ModuleID = 'enzyme_ptr_to_ptr.c'
source_filename = "enzyme_ptr_to_ptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Points = type { ptr, ptr, i32 }

@__const.main.x = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 2.000000e+00, double -5.000000e-01, double 3.000000e+00], align 16
@__const.main.y = private unnamed_addr constant [4 x double] [double 5.000000e-01, double 0.000000e+00, double 1.500000e+00, double 4.000000e+00], align 16
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"dspread_x[0]\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dspread_y[3]\00", align 1
@__const.main.r0 = private unnamed_addr constant [4 x double] [double 1.000000e+00, double -1.000000e+00, double 5.000000e-01, double 2.000000e+00], align 16
@__const.main.r1 = private unnamed_addr constant [4 x double] [double 2.500000e-01, double 3.000000e+00, double -2.000000e+00, double 1.000000e+00], align 16
@__const.main.r2 = private unnamed_addr constant [4 x double] [double -1.500000e+00, double 5.000000e-01, double 1.000000e+00, double -7.500000e-01], align 16
@enzyme_const = external global i32, align 4
@.str.3 = private unnamed_addr constant [12 x i8] c"drows[0][1]\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"drows[2][3]\00", align 1
@__const.main.t1 = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00], align 16
@.str.5 = private unnamed_addr constant [10 x i8] c"dgrid_fwd\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @spread(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %8

8:                                                ; preds = %33, %1
  %9 = load i32, ptr %5, align 4
  %10 = load ptr, ptr %2, align 8
  %11 = getelementptr inbounds nuw %struct.Points, ptr %10, i32 0, i32 2
  %12 = load i32, ptr %11, align 8
  %13 = icmp slt i32 %9, %12
  br i1 %13, label %14, label %36

14:                                               ; preds = %8
  %15 = load ptr, ptr %2, align 8
  %16 = getelementptr inbounds nuw %struct.Points, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %16, align 8
  %18 = load i32, ptr %5, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds double, ptr %17, i64 %19
  %21 = load double, ptr %20, align 8
  %22 = load double, ptr %3, align 8
  %23 = fadd double %22, %21
  store double %23, ptr %3, align 8
  %24 = load ptr, ptr %2, align 8
  %25 = getelementptr inbounds nuw %struct.Points, ptr %24, i32 0, i32 1
  %26 = load ptr, ptr %25, align 8
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load double, ptr %4, align 8
  %32 = fadd double %31, %30
  store double %32, ptr %4, align 8
  br label %33

33:                                               ; preds = %14
  %34 = load i32, ptr %5, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %5, align 4
  br label %8, !llvm.loop !6

36:                                               ; preds = %8
  %37 = load ptr, ptr %2, align 8
  %38 = getelementptr inbounds nuw %struct.Points, ptr %37, i32 0, i32 2
  %39 = load i32, ptr %38, align 8
  %40 = sitofp i32 %39 to double
  %41 = load double, ptr %3, align 8
  %42 = fdiv double %41, %40
  store double %42, ptr %3, align 8
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds nuw %struct.Points, ptr %43, i32 0, i32 2
  %45 = load i32, ptr %44, align 8
  %46 = sitofp i32 %45 to double
  %47 = load double, ptr %4, align 8
  %48 = fdiv double %47, %46
  store double %48, ptr %4, align 8
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %49

49:                                               ; preds = %96, %36
  %50 = load i32, ptr %7, align 4
  %51 = load ptr, ptr %2, align 8
  %52 = getelementptr inbounds nuw %struct.Points, ptr %51, i32 0, i32 2
  %53 = load i32, ptr %52, align 8
  %54 = icmp slt i32 %50, %53
  br i1 %54, label %55, label %99

55:                                               ; preds = %49
  %56 = load ptr, ptr %2, align 8
  %57 = getelementptr inbounds nuw %struct.Points, ptr %56, i32 0, i32 0
  %58 = load ptr, ptr %57, align 8
  %59 = load i32, ptr %7, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds double, ptr %58, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = load double, ptr %3, align 8
  %64 = fsub double %62, %63
  %65 = load ptr, ptr %2, align 8
  %66 = getelementptr inbounds nuw %struct.Points, ptr %65, i32 0, i32 0
  %67 = load ptr, ptr %66, align 8
  %68 = load i32, ptr %7, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds double, ptr %67, i64 %69
  %71 = load double, ptr %70, align 8
  %72 = load double, ptr %3, align 8
  %73 = fsub double %71, %72
  %74 = load ptr, ptr %2, align 8
  %75 = getelementptr inbounds nuw %struct.Points, ptr %74, i32 0, i32 1
  %76 = load ptr, ptr %75, align 8
  %77 = load i32, ptr %7, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds double, ptr %76, i64 %78
  %80 = load double, ptr %79, align 8
  %81 = load double, ptr %4, align 8
  %82 = fsub double %80, %81
  %83 = load ptr, ptr %2, align 8
  %84 = getelementptr inbounds nuw %struct.Points, ptr %83, i32 0, i32 1
  %85 = load ptr, ptr %84, align 8
  %86 = load i32, ptr %7, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds double, ptr %85, i64 %87
  %89 = load double, ptr %88, align 8
  %90 = load double, ptr %4, align 8
  %91 = fsub double %89, %90
  %92 = fmul double %82, %91
  %93 = call double @llvm.fmuladd.f64(double %64, double %73, double %92)
  %94 = load double, ptr %6, align 8
  %95 = fadd double %94, %93
  store double %95, ptr %6, align 8
  br label %96

96:                                               ; preds = %55
  %97 = load i32, ptr %7, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %7, align 4
  br label %49, !llvm.loop !8

99:                                               ; preds = %49
  %100 = load double, ptr %6, align 8
  ret double %100
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @rows_energy(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %10

10:                                               ; preds = %71, %3
  %11 = load i32, ptr %8, align 4
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %74

14:                                               ; preds = %10
  store i32 0, ptr %9, align 4
  br label %15

15:                                               ; preds = %67, %14
  %16 = load i32, ptr %9, align 4
  %17 = load i32, ptr %6, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %70

19:                                               ; preds = %15
  %20 = load ptr, ptr %4, align 8
  %21 = load i32, ptr %8, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds ptr, ptr %20, i64 %22
  %24 = load ptr, ptr %23, align 8
  %25 = load i32, ptr %9, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %4, align 8
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds ptr, ptr %29, i64 %31
  %33 = load ptr, ptr %32, align 8
  %34 = load i32, ptr %9, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = fmul double %28, %37
  %39 = load i32, ptr %8, align 4
  %40 = add nsw i32 %39, 1
  %41 = sitofp i32 %40 to double
  %42 = fdiv double %38, %41
  %43 = load ptr, ptr %4, align 8
  %44 = load i32, ptr %8, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds ptr, ptr %43, i64 %45
  %47 = load ptr, ptr %46, align 8
  %48 = load i32, ptr %9, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  %52 = load ptr, ptr %4, align 8
  %53 = load i32, ptr %8, align 4
  %54 = add nsw i32 %53, 1
  %55 = load i32, ptr %5, align 4
  %56 = srem i32 %54, %55
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds ptr, ptr %52, i64 %57
  %59 = load ptr, ptr %58, align 8
  %60 = load i32, ptr %9, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds double, ptr %59, i64 %61
  %63 = load double, ptr %62, align 8
  %64 = call double @llvm.fmuladd.f64(double %51, double %63, double %42)
  %65 = load double, ptr %7, align 8
  %66 = fadd double %65, %64
  store double %66, ptr %7, align 8
  br label %67

67:                                               ; preds = %19
  %68 = load i32, ptr %9, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %9, align 4
  br label %15, !llvm.loop !9

70:                                               ; preds = %15
  br label %71

71:                                               ; preds = %70
  %72 = load i32, ptr %8, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %8, align 4
  br label %10, !llvm.loop !10

74:                                               ; preds = %10
  %75 = load double, ptr %7, align 8
  ret double %75
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  %4 = alloca [4 x double], align 16
  %5 = alloca [4 x double], align 16
  %6 = alloca %struct.Points, align 8
  %7 = alloca %struct.Points, align 8
  %8 = alloca [4 x double], align 16
  %9 = alloca [4 x double], align 16
  %10 = alloca [4 x double], align 16
  %11 = alloca [4 x double], align 16
  %12 = alloca [4 x double], align 16
  %13 = alloca [4 x double], align 16
  %14 = alloca [3 x ptr], align 16
  %15 = alloca [3 x ptr], align 16
  %16 = alloca [4 x double], align 16
  %17 = alloca [4 x double], align 16
  %18 = alloca [4 x double], align 16
  %19 = alloca [3 x ptr], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.y, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds nuw %struct.Points, ptr %6, i32 0, i32 0
  %21 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  store ptr %21, ptr %20, align 8
  %22 = getelementptr inbounds nuw %struct.Points, ptr %6, i32 0, i32 1
  %23 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  store ptr %23, ptr %22, align 8
  %24 = getelementptr inbounds nuw %struct.Points, ptr %6, i32 0, i32 2
  store i32 4, ptr %24, align 8
  %25 = getelementptr i8, ptr %6, i64 20
  call void @llvm.memset.p0.i64(ptr align 4 %25, i8 0, i64 4, i1 false)
  %26 = getelementptr inbounds nuw %struct.Points, ptr %7, i32 0, i32 0
  %27 = getelementptr inbounds [4 x double], ptr %4, i64 0, i64 0
  store ptr %27, ptr %26, align 8
  %28 = getelementptr inbounds nuw %struct.Points, ptr %7, i32 0, i32 1
  %29 = getelementptr inbounds [4 x double], ptr %5, i64 0, i64 0
  store ptr %29, ptr %28, align 8
  %30 = getelementptr inbounds nuw %struct.Points, ptr %7, i32 0, i32 2
  store i32 4, ptr %30, align 8
  %31 = getelementptr i8, ptr %7, i64 20
  call void @llvm.memset.p0.i64(ptr align 4 %31, i8 0, i64 4, i1 false)
  %32 = load i32, ptr @enzyme_dup, align 4
  %33 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @spread, i32 noundef %32, ptr noundef %6, ptr noundef %7)
  %34 = getelementptr inbounds [4 x double], ptr %4, i64 0, i64 0
  %35 = load double, ptr %34, align 16
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %35)
  %37 = getelementptr inbounds [4 x double], ptr %5, i64 0, i64 3
  %38 = load double, ptr %37, align 8
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %38)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.r0, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.r1, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.main.r2, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %11, i8 0, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %12, i8 0, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %13, i8 0, i64 32, i1 false)
  %40 = getelementptr inbounds [4 x double], ptr %8, i64 0, i64 0
  store ptr %40, ptr %14, align 8
  %41 = getelementptr inbounds ptr, ptr %14, i64 1
  %42 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 0
  store ptr %42, ptr %41, align 8
  %43 = getelementptr inbounds ptr, ptr %14, i64 2
  %44 = getelementptr inbounds [4 x double], ptr %10, i64 0, i64 0
  store ptr %44, ptr %43, align 8
  %45 = getelementptr inbounds [4 x double], ptr %11, i64 0, i64 0
  store ptr %45, ptr %15, align 8
  %46 = getelementptr inbounds ptr, ptr %15, i64 1
  %47 = getelementptr inbounds [4 x double], ptr %12, i64 0, i64 0
  store ptr %47, ptr %46, align 8
  %48 = getelementptr inbounds ptr, ptr %15, i64 2
  %49 = getelementptr inbounds [4 x double], ptr %13, i64 0, i64 0
  store ptr %49, ptr %48, align 8
  %50 = load i32, ptr @enzyme_dup, align 4
  %51 = getelementptr inbounds [3 x ptr], ptr %14, i64 0, i64 0
  %52 = getelementptr inbounds [3 x ptr], ptr %15, i64 0, i64 0
  %53 = load i32, ptr @enzyme_const, align 4
  %54 = load i32, ptr @enzyme_const, align 4
  %55 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @rows_energy, i32 noundef %50, ptr noundef %51, ptr noundef %52, i32 noundef %53, i32 noundef 3, i32 noundef %54, i32 noundef 4)
  %56 = getelementptr inbounds [4 x double], ptr %11, i64 0, i64 1
  %57 = load double, ptr %56, align 8
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %57)
  %59 = getelementptr inbounds [4 x double], ptr %13, i64 0, i64 3
  %60 = load double, ptr %59, align 8
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %60)
  call void @llvm.memset.p0.i64(ptr align 16 %16, i8 0, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 16 @__const.main.t1, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %18, i8 0, i64 32, i1 false)
  %62 = getelementptr inbounds [4 x double], ptr %16, i64 0, i64 0
  store ptr %62, ptr %19, align 8
  %63 = getelementptr inbounds ptr, ptr %19, i64 1
  %64 = getelementptr inbounds [4 x double], ptr %17, i64 0, i64 0
  store ptr %64, ptr %63, align 8
  %65 = getelementptr inbounds ptr, ptr %19, i64 2
  %66 = getelementptr inbounds [4 x double], ptr %18, i64 0, i64 0
  store ptr %66, ptr %65, align 8
  %67 = load i32, ptr @enzyme_dup, align 4
  %68 = getelementptr inbounds [3 x ptr], ptr %14, i64 0, i64 0
  %69 = getelementptr inbounds [3 x ptr], ptr %19, i64 0, i64 0
  %70 = load i32, ptr @enzyme_const, align 4
  %71 = load i32, ptr @enzyme_const, align 4
  %72 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @rows_energy, i32 noundef %67, ptr noundef %68, ptr noundef %69, i32 noundef %70, i32 noundef 3, i32 noundef %71, i32 noundef 4)
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %72)
  %74 = load ptr, ptr @stdout, align 8
  %75 = call i32 @fflush(ptr noundef %74)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
