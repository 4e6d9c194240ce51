; ModuleID = 'enzyme_fwd_vector.c'
source_filename = "enzyme_fwd_vector.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Gradients = type { double, double }
%struct.Tangents4 = type { [4 x double] }

@enzyme_width = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"dfun_dx\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"dfun_dy\00", align 1
@__const.main.x = private unnamed_addr constant [4 x double] [double 5.000000e-01, double -2.500000e-01, double 1.500000e+00, double 7.500000e-01], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str.3 = private unnamed_addr constant [11 x i8] c"denergy[0]\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"denergy[1]\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"denergy[2]\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"denergy[3]\00", align 1
@__const.main.rt = private unnamed_addr constant [2 x double] [double 2.000000e+00, double 6.000000e-01], align 16
@__const.main.drt0 = private unnamed_addr constant [2 x double] [double 1.000000e+00, double 0.000000e+00], align 16
@__const.main.drt1 = private unnamed_addr constant [2 x double] [double 0.000000e+00, double 1.000000e+00], align 16
@enzyme_dupnoneed = external global i32, align 4
@.str.7 = private unnamed_addr constant [6 x i8] c"dx_dr\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"dy_dr\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"dx_dtheta\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"dy_dtheta\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @fun(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %7 = load double, ptr %3, align 8
  %8 = load double, ptr %4, align 8
  %9 = fmul double %7, %8
  store double %9, ptr %5, align 8
  %10 = load double, ptr %3, align 8
  %11 = fdiv double 1.000000e+00, %10
  store double %11, ptr %6, align 8
  %12 = load double, ptr %5, align 8
  %13 = load double, ptr %6, align 8
  %14 = fadd double %12, %13
  ret double %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @energy(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %41, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %44

11:                                               ; preds = %7
  %12 = load i32, ptr %6, align 4
  %13 = add nsw i32 %12, 1
  %14 = sitofp i32 %13 to double
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = fmul double %14, %19
  %21 = load ptr, ptr %3, align 8
  %22 = load i32, ptr %6, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = fmul double %20, %25
  %27 = load ptr, ptr %3, align 8
  %28 = load i32, ptr %6, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = load ptr, ptr %3, align 8
  %33 = load i32, ptr %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = call double @sin(double noundef %36) #6
  %38 = call double @llvm.fmuladd.f64(double %26, double %31, double %37)
  %39 = load double, ptr %5, align 8
  %40 = fadd double %39, %38
  store double %40, ptr %5, align 8
  br label %41

41:                                               ; preds = %11
  %42 = load i32, ptr %6, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %6, align 4
  br label %7, !llvm.loop !6

44:                                               ; preds = %7
  %45 = load double, ptr %5, align 8
  %46 = load ptr, ptr %3, align 8
  %47 = getelementptr inbounds double, ptr %46, i64 0
  %48 = load double, ptr %47, align 8
  %49 = fneg double %48
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds double, ptr %50, i64 1
  %52 = load double, ptr %51, align 8
  %53 = fmul double %49, %52
  %54 = call double @exp(double noundef %53) #6
  %55 = fmul double %45, %54
  ret double %55
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @polar(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds double, ptr %5, i64 0
  %7 = load double, ptr %6, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds double, ptr %8, i64 1
  %10 = load double, ptr %9, align 8
  %11 = call double @cos(double noundef %10) #6
  %12 = fmul double %7, %11
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds double, ptr %13, i64 0
  store double %12, ptr %14, align 8
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds double, ptr %15, i64 0
  %17 = load double, ptr %16, align 8
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds double, ptr %18, i64 1
  %20 = load double, ptr %19, align 8
  %21 = call double @sin(double noundef %20) #6
  %22 = fmul double %17, %21
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds double, ptr %23, i64 1
  store double %22, ptr %24, align 8
  ret void
}

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Gradients, align 8
  %3 = alloca [4 x double], align 16
  %4 = alloca [4 x [4 x double]], align 16
  %5 = alloca %struct.Tangents4, align 8
  %6 = alloca [2 x double], align 16
  %7 = alloca [2 x double], align 16
  %8 = alloca [2 x double], align 16
  %9 = alloca [2 x double], align 16
  %10 = alloca [2 x double], align 16
  %11 = alloca [2 x double], align 16
  store i32 0, ptr %1, align 4
  %12 = load i32, ptr @enzyme_width, align 4
  %13 = call { double, double } (ptr, ...) @__enzyme_fwddiff(ptr noundef @fun, i32 noundef %12, i32 noundef 2, double noundef 2.000000e+00, double noundef 1.000000e+00, double noundef 0.000000e+00, double noundef 4.000000e+00, double noundef 0.000000e+00, double noundef 1.000000e+00)
  %14 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0
  %15 = extractvalue { double, double } %13, 0
  store double %15, ptr %14, align 8
  %16 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1
  %17 = extractvalue { double, double } %13, 1
  store double %17, ptr %16, align 8
  %18 = getelementptr inbounds nuw %struct.Gradients, ptr %2, i32 0, i32 0
  %19 = load double, ptr %18, align 8
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %19)
  %21 = getelementptr inbounds nuw %struct.Gradients, ptr %2, i32 0, i32 1
  %22 = load double, ptr %21, align 8
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %22)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.x, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 128, i1 false)
  %24 = getelementptr inbounds [4 x [4 x double]], ptr %4, i32 0, i32 0
  %25 = getelementptr inbounds [4 x double], ptr %24, i32 0, i32 0
  store double 1.000000e+00, ptr %25, align 16
  %26 = getelementptr inbounds [4 x [4 x double]], ptr %4, i32 0, i32 1
  %27 = getelementptr inbounds [4 x double], ptr %26, i32 0, i32 1
  store double 1.000000e+00, ptr %27, align 8
  %28 = getelementptr inbounds [4 x [4 x double]], ptr %4, i32 0, i32 2
  %29 = getelementptr inbounds [4 x double], ptr %28, i32 0, i32 2
  store double 1.000000e+00, ptr %29, align 16
  %30 = getelementptr inbounds [4 x [4 x double]], ptr %4, i32 0, i32 3
  %31 = getelementptr inbounds [4 x double], ptr %30, i32 0, i32 3
  store double 1.000000e+00, ptr %31, align 8
  %32 = load i32, ptr @enzyme_width, align 4
  %33 = load i32, ptr @enzyme_dup, align 4
  %34 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  %35 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 0
  %36 = getelementptr inbounds [4 x double], ptr %35, i64 0, i64 0
  %37 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 1
  %38 = getelementptr inbounds [4 x double], ptr %37, i64 0, i64 0
  %39 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 2
  %40 = getelementptr inbounds [4 x double], ptr %39, i64 0, i64 0
  %41 = getelementptr inbounds [4 x [4 x double]], ptr %4, i64 0, i64 3
  %42 = getelementptr inbounds [4 x double], ptr %41, i64 0, i64 0
  %43 = load i32, ptr @enzyme_const, align 4
  call void (ptr, ptr, ...) @__enzyme_fwddiff4(ptr dead_on_unwind writable sret(%struct.Tangents4) align 8 %5, ptr noundef @energy, i32 noundef %32, i32 noundef 4, i32 noundef %33, ptr noundef %34, ptr noundef %36, ptr noundef %38, ptr noundef %40, ptr noundef %42, i32 noundef %43, i32 noundef 4)
  %44 = getelementptr inbounds nuw %struct.Tangents4, ptr %5, i32 0, i32 0
  %45 = getelementptr inbounds [4 x double], ptr %44, i64 0, i64 0
  %46 = load double, ptr %45, align 8
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %46)
  %48 = getelementptr inbounds nuw %struct.Tangents4, ptr %5, i32 0, i32 0
  %49 = getelementptr inbounds [4 x double], ptr %48, i64 0, i64 1
  %50 = load double, ptr %49, align 8
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %50)
  %52 = getelementptr inbounds nuw %struct.Tangents4, ptr %5, i32 0, i32 0
  %53 = getelementptr inbounds [4 x double], ptr %52, i64 0, i64 2
  %54 = load double, ptr %53, align 8
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %54)
  %56 = getelementptr inbounds nuw %struct.Tangents4, ptr %5, i32 0, i32 0
  %57 = getelementptr inbounds [4 x double], ptr %56, i64 0, i64 3
  %58 = load double, ptr %57, align 8
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %58)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.rt, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.drt0, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.drt1, i64 16, i1 false)
  %60 = load i32, ptr @enzyme_width, align 4
  %61 = getelementptr inbounds [2 x double], ptr %6, i64 0, i64 0
  %62 = getelementptr inbounds [2 x double], ptr %8, i64 0, i64 0
  %63 = getelementptr inbounds [2 x double], ptr %9, i64 0, i64 0
  %64 = load i32, ptr @enzyme_dupnoneed, align 4
  %65 = getelementptr inbounds [2 x double], ptr %7, i64 0, i64 0
  %66 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 0
  %67 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 0
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef @polar, i32 noundef %60, i32 noundef 2, ptr noundef %61, ptr noundef %62, ptr noundef %63, i32 noundef %64, ptr noundef %65, ptr noundef %66, ptr noundef %67)
  %68 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 0
  %69 = load double, ptr %68, align 16
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %69)
  %71 = getelementptr inbounds [2 x double], ptr %10, i64 0, i64 1
  %72 = load double, ptr %71, align 8
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.8, double noundef %72)
  %74 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 0
  %75 = load double, ptr %74, align 16
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.9, double noundef %75)
  %77 = getelementptr inbounds [2 x double], ptr %11, i64 0, i64 1
  %78 = load double, ptr %77, align 8
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.10, double noundef %78)
  %80 = load ptr, ptr @stdout, align 8
  %81 = call i32 @fflush(ptr noundef %80)
  ret i32 0
}

declare { double, double } @__enzyme_fwddiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

declare void @__enzyme_fwddiff4(ptr dead_on_unwind writable sret(%struct.Tangents4) align 8, ptr noundef, ...) #3

declare void @__enzyme_fwddiff_void(ptr noundef, ...) #3

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
