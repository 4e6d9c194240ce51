; ModuleID = 'enzyme_sret_mixed.c'
source_filename = "enzyme_sret_mixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad3 = type { double, double, double }

@__const.main.t = private unnamed_addr constant [3 x double] [double 5.000000e-01, double 1.000000e+00, double 2.500000e+00], align 16
@enzyme_out = external global i32, align 4
@enzyme_const = external global i32, align 4
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"da\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"db\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"dc\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"dt[%d] = %.17g\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @model(double noundef %0, double noundef %1, double noundef %2, ptr noundef %3, i32 noundef %4, double noundef %5) #0 {
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  store double %0, ptr %7, align 8
  store double %1, ptr %8, align 8
  store double %2, ptr %9, align 8
  store ptr %3, ptr %10, align 8
  store i32 %4, ptr %11, align 4
  store double %5, ptr %12, align 8
  store double 0.000000e+00, ptr %13, align 8
  store i32 0, ptr %14, align 4
  br label %15

15:                                               ; preds = %55, %6
  %16 = load i32, ptr %14, align 4
  %17 = load i32, ptr %11, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %58

19:                                               ; preds = %15
  %20 = load double, ptr %7, align 8
  %21 = load double, ptr %9, align 8
  %22 = fneg double %21
  %23 = load ptr, ptr %10, align 8
  %24 = load i32, ptr %14, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = fmul double %22, %27
  %29 = call double @exp(double noundef %28) #6
  %30 = fmul double %20, %29
  %31 = load double, ptr %8, align 8
  %32 = load ptr, ptr %10, align 8
  %33 = load i32, ptr %14, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = fmul double %31, %36
  %38 = call double @cos(double noundef %37) #6
  %39 = load double, ptr %12, align 8
  %40 = load ptr, ptr %10, align 8
  %41 = load i32, ptr %14, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  %44 = load double, ptr %43, align 8
  %45 = fmul double %39, %44
  %46 = load ptr, ptr %10, align 8
  %47 = load i32, ptr %14, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds double, ptr %46, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = fmul double %45, %50
  %52 = call double @llvm.fmuladd.f64(double %30, double %38, double %51)
  %53 = load double, ptr %13, align 8
  %54 = fadd double %53, %52
  store double %54, ptr %13, align 8
  br label %55

55:                                               ; preds = %19
  %56 = load i32, ptr %14, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %14, align 4
  br label %15, !llvm.loop !6

58:                                               ; preds = %15
  %59 = load double, ptr %13, align 8
  %60 = load i32, ptr %11, align 4
  %61 = sitofp i32 %60 to double
  %62 = fdiv double %59, %61
  ret double %62
}

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca %struct.Grad3, align 8
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.t, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 24, i1 false)
  %6 = load i32, ptr @enzyme_out, align 4
  %7 = load i32, ptr @enzyme_const, align 4
  %8 = load i32, ptr @enzyme_out, align 4
  %9 = load i32, ptr @enzyme_dup, align 4
  %10 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0
  %11 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %12 = load i32, ptr @enzyme_const, align 4
  %13 = load i32, ptr @enzyme_out, align 4
  call void (ptr, ptr, ...) @__enzyme_autodiff(ptr dead_on_unwind writable sret(%struct.Grad3) align 8 %4, ptr noundef @model, i32 noundef %6, double noundef 2.000000e+00, i32 noundef %7, double noundef 3.000000e+00, i32 noundef %8, double noundef 4.000000e-01, i32 noundef %9, ptr noundef %10, ptr noundef %11, i32 noundef %12, i32 noundef 3, i32 noundef %13, double noundef -3.000000e-01)
  %14 = getelementptr inbounds nuw %struct.Grad3, ptr %4, i32 0, i32 0
  %15 = load double, ptr %14, align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %15)
  %17 = getelementptr inbounds nuw %struct.Grad3, ptr %4, i32 0, i32 1
  %18 = load double, ptr %17, align 8
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %18)
  %20 = getelementptr inbounds nuw %struct.Grad3, ptr %4, i32 0, i32 2
  %21 = load double, ptr %20, align 8
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %21)
  store i32 0, ptr %5, align 4
  br label %23

23:                                               ; preds = %33, %0
  %24 = load i32, ptr %5, align 4
  %25 = icmp slt i32 %24, 3
  br i1 %25, label %26, label %36

26:                                               ; preds = %23
  %27 = load i32, ptr %5, align 4
  %28 = load i32, ptr %5, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %27, double noundef %31)
  br label %33

33:                                               ; preds = %26
  %34 = load i32, ptr %5, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %5, align 4
  br label %23, !llvm.loop !8

36:                                               ; preds = %23
  %37 = load ptr, ptr @stdout, align 8
  %38 = call i32 @fflush(ptr noundef %37)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare void @__enzyme_autodiff(ptr dead_on_unwind writable sret(%struct.Grad3) align 8, ptr noundef, ...) #5

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
!8 = distinct !{!8, !7}
