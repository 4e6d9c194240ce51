; ModuleID = 'struct_by_pointer.c'
source_filename = "struct_by_pointer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Transform = type { double, double, double, double }

@__const.main.t = private unnamed_addr constant %struct.Transform { double 3.000000e-01, double 5.000000e-01, double -2.500000e-01, double 1.100000e+00 }, align 8
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"transform_residual\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @transform_residual(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca double, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %19 = load ptr, ptr %5, align 8
  %20 = getelementptr inbounds nuw %struct.Transform, ptr %19, i32 0, i32 0
  %21 = load double, ptr %20, align 8
  %22 = call double @cos(double noundef %21) #6
  store double %22, ptr %9, align 8
  %23 = load ptr, ptr %5, align 8
  %24 = getelementptr inbounds nuw %struct.Transform, ptr %23, i32 0, i32 0
  %25 = load double, ptr %24, align 8
  %26 = call double @sin(double noundef %25) #6
  store double %26, ptr %10, align 8
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %27

27:                                               ; preds = %97, %4
  %28 = load i32, ptr %12, align 4
  %29 = load i32, ptr %8, align 4
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %31, label %100

31:                                               ; preds = %27
  %32 = load ptr, ptr %6, align 8
  %33 = load i32, ptr %12, align 4
  %34 = mul nsw i32 2, %33
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %32, i64 %35
  %37 = load double, ptr %36, align 8
  store double %37, ptr %13, align 8
  %38 = load ptr, ptr %6, align 8
  %39 = load i32, ptr %12, align 4
  %40 = mul nsw i32 2, %39
  %41 = add nsw i32 %40, 1
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %38, i64 %42
  %44 = load double, ptr %43, align 8
  store double %44, ptr %14, align 8
  %45 = load ptr, ptr %5, align 8
  %46 = getelementptr inbounds nuw %struct.Transform, ptr %45, i32 0, i32 3
  %47 = load double, ptr %46, align 8
  %48 = load double, ptr %9, align 8
  %49 = load double, ptr %13, align 8
  %50 = load double, ptr %10, align 8
  %51 = load double, ptr %14, align 8
  %52 = fmul double %50, %51
  %53 = fneg double %52
  %54 = call double @llvm.fmuladd.f64(double %48, double %49, double %53)
  %55 = load ptr, ptr %5, align 8
  %56 = getelementptr inbounds nuw %struct.Transform, ptr %55, i32 0, i32 1
  %57 = load double, ptr %56, align 8
  %58 = call double @llvm.fmuladd.f64(double %47, double %54, double %57)
  store double %58, ptr %15, align 8
  %59 = load ptr, ptr %5, align 8
  %60 = getelementptr inbounds nuw %struct.Transform, ptr %59, i32 0, i32 3
  %61 = load double, ptr %60, align 8
  %62 = load double, ptr %10, align 8
  %63 = load double, ptr %13, align 8
  %64 = load double, ptr %9, align 8
  %65 = load double, ptr %14, align 8
  %66 = fmul double %64, %65
  %67 = call double @llvm.fmuladd.f64(double %62, double %63, double %66)
  %68 = load ptr, ptr %5, align 8
  %69 = getelementptr inbounds nuw %struct.Transform, ptr %68, i32 0, i32 2
  %70 = load double, ptr %69, align 8
  %71 = call double @llvm.fmuladd.f64(double %61, double %67, double %70)
  store double %71, ptr %16, align 8
  %72 = load double, ptr %15, align 8
  %73 = load ptr, ptr %7, align 8
  %74 = load i32, ptr %12, align 4
  %75 = mul nsw i32 2, %74
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds double, ptr %73, i64 %76
  %78 = load double, ptr %77, align 8
  %79 = fsub double %72, %78
  store double %79, ptr %17, align 8
  %80 = load double, ptr %16, align 8
  %81 = load ptr, ptr %7, align 8
  %82 = load i32, ptr %12, align 4
  %83 = mul nsw i32 2, %82
  %84 = add nsw i32 %83, 1
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds double, ptr %81, i64 %85
  %87 = load double, ptr %86, align 8
  %88 = fsub double %80, %87
  store double %88, ptr %18, align 8
  %89 = load double, ptr %17, align 8
  %90 = load double, ptr %17, align 8
  %91 = load double, ptr %18, align 8
  %92 = load double, ptr %18, align 8
  %93 = fmul double %91, %92
  %94 = call double @llvm.fmuladd.f64(double %89, double %90, double %93)
  %95 = load double, ptr %11, align 8
  %96 = fadd double %95, %94
  store double %96, ptr %11, align 8
  br label %97

97:                                               ; preds = %31
  %98 = load i32, ptr %12, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %12, align 4
  br label %27, !llvm.loop !6

100:                                              ; preds = %27
  %101 = load double, ptr %11, align 8
  ret double %101
}

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Transform, align 8
  %3 = alloca [6 x double], align 16
  %4 = alloca [6 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.t, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 48, i1 false)
  %5 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 0
  store double 1.000000e+00, ptr %5, align 16
  %6 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 3
  store double 1.000000e+00, ptr %6, align 8
  %7 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 4
  store double 1.000000e+00, ptr %7, align 16
  %8 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 5
  store double 1.000000e+00, ptr %8, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 48, i1 false)
  %9 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 0
  store double 1.500000e+00, ptr %9, align 16
  %10 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 1
  store double 1.000000e-01, ptr %10, align 8
  %11 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 2
  store double 2.000000e-01, ptr %11, align 16
  %12 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 3
  store double 9.000000e-01, ptr %12, align 8
  %13 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 4
  store double 1.200000e+00, ptr %13, align 16
  %14 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 5
  store double 1.400000e+00, ptr %14, align 8
  %15 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 0
  %16 = getelementptr inbounds [6 x double], ptr %4, i64 0, i64 0
  %17 = call double @transform_residual(ptr noundef %2, ptr noundef %15, ptr noundef %16, i32 noundef 3)
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %17)
  %19 = load ptr, ptr @stdout, align 8
  %20 = call i32 @fflush(ptr noundef %19)
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
