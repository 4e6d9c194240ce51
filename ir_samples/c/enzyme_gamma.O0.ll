; ModuleID = 'enzyme_gamma.c'
source_filename = "enzyme_gamma.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad2 = type { double, double }

@enzyme_out = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"dlog_beta_da\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dlog_beta_db\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"dgamma_mix\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"dgamma_mix_fwd\00", align 1
@__const.main.x = private unnamed_addr constant [3 x double] [double 0x3FE6666666666666, double 1.300000e+00, double 5.500000e-01], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str.5 = private unnamed_addr constant [24 x i8] c"dmantissas[%d] = %.17g\0A\00", align 1
@__const.main.dfrac = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 1.000000e+00, double 1.000000e+00], align 16
@__const.main.dwhole = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 1.000000e+00, double 1.000000e+00], align 16
@.str.6 = private unnamed_addr constant [20 x i8] c"dsplit[%d] = %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"dwhole_after\00", align 1
@__const.main.tx = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 1.000000e+00, double 1.000000e+00], align 16
@enzyme_dupnoneed = external global i32, align 4
@.str.8 = private unnamed_addr constant [20 x i8] c"tsplit[%d] = %.17g\0A\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"twhole\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @log_beta(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = call double @lgamma(double noundef %5) #7
  %7 = load double, ptr %4, align 8
  %8 = call double @lgamma(double noundef %7) #7
  %9 = fadd double %6, %8
  %10 = load double, ptr %3, align 8
  %11 = load double, ptr %4, align 8
  %12 = fadd double %10, %11
  %13 = call double @lgamma(double noundef %12) #7
  %14 = fsub double %9, %13
  ret double %14
}

; Function Attrs: nounwind
declare double @lgamma(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @gamma_mix(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = call double @llvm.fmuladd.f64(double -4.000000e-01, double %3, double -1.000000e-01)
  %5 = call double @lgamma(double noundef %4) #7
  %6 = load double, ptr %2, align 8
  %7 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %6, double -1.800000e+00)
  %8 = call double @tgamma(double noundef %7) #7
  %9 = fadd double %5, %8
  %10 = load double, ptr %2, align 8
  %11 = fmul double 6.000000e-01, %10
  %12 = call double @tgamma(double noundef %11) #7
  %13 = fadd double %9, %12
  %14 = load double, ptr %2, align 8
  %15 = fmul double 4.000000e+01, %14
  %16 = call double @lgamma(double noundef %15) #7
  %17 = fdiv double %16, 1.000000e+02
  %18 = fadd double %13, %17
  ret double %18
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @tgamma(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @mantissas(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %32, %2
  %10 = load i32, ptr %6, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %35

13:                                               ; preds = %9
  %14 = load i32, ptr %6, align 4
  %15 = add nsw i32 %14, 1
  %16 = sitofp i32 %15 to double
  %17 = fmul double 4.000000e+00, %16
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fmul double %17, %22
  %24 = call double @frexp(double noundef %23, ptr noundef %7) #7
  store double %24, ptr %8, align 8
  %25 = load i32, ptr %7, align 4
  %26 = sitofp i32 %25 to double
  %27 = load double, ptr %8, align 8
  %28 = fmul double %26, %27
  %29 = load double, ptr %8, align 8
  %30 = load double, ptr %5, align 8
  %31 = call double @llvm.fmuladd.f64(double %28, double %29, double %30)
  store double %31, ptr %5, align 8
  br label %32

32:                                               ; preds = %13
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %6, align 4
  br label %9, !llvm.loop !6

35:                                               ; preds = %9
  %36 = load double, ptr %5, align 8
  ret double %36
}

; Function Attrs: nounwind
declare double @frexp(double noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @split(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %44, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %47

14:                                               ; preds = %10
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = fmul double 3.000000e+00, %19
  %21 = load ptr, ptr %5, align 8
  %22 = load i32, ptr %9, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %21, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = fmul double %20, %25
  %27 = load ptr, ptr %7, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = call { double, double } @llvm.modf.f64(double %26)
  %32 = extractvalue { double, double } %31, 0
  %33 = extractvalue { double, double } %31, 1
  store double %33, ptr %30, align 8
  %34 = load ptr, ptr %5, align 8
  %35 = load i32, ptr %9, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds double, ptr %34, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = fmul double %32, %38
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %9, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %40, i64 %42
  store double %39, ptr %43, align 8
  br label %44

44:                                               ; preds = %14
  %45 = load i32, ptr %9, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %9, align 4
  br label %10, !llvm.loop !8

47:                                               ; preds = %10
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { double, double } @llvm.modf.f64(double) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Grad2, align 8
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca i32, align 4
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  %8 = alloca [3 x double], align 16
  %9 = alloca [3 x double], align 16
  %10 = alloca [3 x double], align 16
  %11 = alloca i32, align 4
  %12 = alloca [3 x double], align 16
  %13 = alloca [3 x double], align 16
  %14 = alloca [3 x double], align 16
  %15 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %16 = load i32, ptr @enzyme_out, align 4
  %17 = load i32, ptr @enzyme_out, align 4
  %18 = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr noundef @log_beta, i32 noundef %16, double noundef 8.000000e-01, i32 noundef %17, double noundef 1.700000e+00)
  %19 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0
  %20 = extractvalue { double, double } %18, 0
  store double %20, ptr %19, align 8
  %21 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1
  %22 = extractvalue { double, double } %18, 1
  store double %22, ptr %21, align 8
  %23 = getelementptr inbounds nuw %struct.Grad2, ptr %2, i32 0, i32 0
  %24 = load double, ptr %23, align 8
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %24)
  %26 = getelementptr inbounds nuw %struct.Grad2, ptr %2, i32 0, i32 1
  %27 = load double, ptr %26, align 8
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %27)
  %29 = call double (ptr, ...) @__enzyme_autodiff1(ptr noundef @gamma_mix, double noundef 1.100000e+00)
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %29)
  %31 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef @gamma_mix, double noundef 1.100000e+00, double noundef 1.000000e+00)
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %31)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.x, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 24, i1 false)
  %33 = load i32, ptr @enzyme_dup, align 4
  %34 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %35 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %36 = load i32, ptr @enzyme_const, align 4
  call void (ptr, ...) @__enzyme_autodiff_void(ptr noundef @mantissas, i32 noundef %33, ptr noundef %34, ptr noundef %35, i32 noundef %36, i32 noundef 3)
  store i32 0, ptr %5, align 4
  br label %37

37:                                               ; preds = %47, %0
  %38 = load i32, ptr %5, align 4
  %39 = icmp slt i32 %38, 3
  br i1 %39, label %40, label %50

40:                                               ; preds = %37
  %41 = load i32, ptr %5, align 4
  %42 = load i32, ptr %5, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %41, double noundef %45)
  br label %47

47:                                               ; preds = %40
  %48 = load i32, ptr %5, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %5, align 4
  br label %37, !llvm.loop !9

50:                                               ; preds = %37
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.main.dfrac, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.dwhole, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 24, i1 false)
  %51 = load i32, ptr @enzyme_dup, align 4
  %52 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %53 = getelementptr inbounds [3 x double], ptr %10, i64 0, i64 0
  %54 = load i32, ptr @enzyme_dup, align 4
  %55 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %56 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %57 = load i32, ptr @enzyme_dup, align 4
  %58 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 0
  %59 = getelementptr inbounds [3 x double], ptr %9, i64 0, i64 0
  %60 = load i32, ptr @enzyme_const, align 4
  call void (ptr, ...) @__enzyme_autodiff_void(ptr noundef @split, i32 noundef %51, ptr noundef %52, ptr noundef %53, i32 noundef %54, ptr noundef %55, ptr noundef %56, i32 noundef %57, ptr noundef %58, ptr noundef %59, i32 noundef %60, i32 noundef 3)
  store i32 0, ptr %11, align 4
  br label %61

61:                                               ; preds = %71, %50
  %62 = load i32, ptr %11, align 4
  %63 = icmp slt i32 %62, 3
  br i1 %63, label %64, label %74

64:                                               ; preds = %61
  %65 = load i32, ptr %11, align 4
  %66 = load i32, ptr %11, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [3 x double], ptr %10, i64 0, i64 %67
  %69 = load double, ptr %68, align 8
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %65, double noundef %69)
  br label %71

71:                                               ; preds = %64
  %72 = load i32, ptr %11, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %11, align 4
  br label %61, !llvm.loop !10

74:                                               ; preds = %61
  %75 = getelementptr inbounds [3 x double], ptr %9, i64 0, i64 0
  %76 = load double, ptr %75, align 16
  %77 = getelementptr inbounds [3 x double], ptr %9, i64 0, i64 1
  %78 = load double, ptr %77, align 8
  %79 = fadd double %76, %78
  %80 = getelementptr inbounds [3 x double], ptr %9, i64 0, i64 2
  %81 = load double, ptr %80, align 16
  %82 = fadd double %79, %81
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %82)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.main.tx, i64 24, i1 false)
  %84 = load i32, ptr @enzyme_dup, align 4
  %85 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %86 = getelementptr inbounds [3 x double], ptr %12, i64 0, i64 0
  %87 = load i32, ptr @enzyme_dupnoneed, align 4
  %88 = getelementptr inbounds [3 x double], ptr %6, i64 0, i64 0
  %89 = getelementptr inbounds [3 x double], ptr %13, i64 0, i64 0
  %90 = load i32, ptr @enzyme_dupnoneed, align 4
  %91 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 0
  %92 = getelementptr inbounds [3 x double], ptr %14, i64 0, i64 0
  %93 = load i32, ptr @enzyme_const, align 4
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef @split, i32 noundef %84, ptr noundef %85, ptr noundef %86, i32 noundef %87, ptr noundef %88, ptr noundef %89, i32 noundef %90, ptr noundef %91, ptr noundef %92, i32 noundef %93, i32 noundef 3)
  store i32 0, ptr %15, align 4
  br label %94

94:                                               ; preds = %104, %74
  %95 = load i32, ptr %15, align 4
  %96 = icmp slt i32 %95, 3
  br i1 %96, label %97, label %107

97:                                               ; preds = %94
  %98 = load i32, ptr %15, align 4
  %99 = load i32, ptr %15, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [3 x double], ptr %13, i64 0, i64 %100
  %102 = load double, ptr %101, align 8
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %98, double noundef %102)
  br label %104

104:                                              ; preds = %97
  %105 = load i32, ptr %15, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %15, align 4
  br label %94, !llvm.loop !11

107:                                              ; preds = %94
  %108 = getelementptr inbounds [3 x double], ptr %14, i64 0, i64 0
  %109 = load double, ptr %108, align 16
  %110 = getelementptr inbounds [3 x double], ptr %14, i64 0, i64 1
  %111 = load double, ptr %110, align 8
  %112 = fadd double %109, %111
  %113 = getelementptr inbounds [3 x double], ptr %14, i64 0, i64 2
  %114 = load double, ptr %113, align 16
  %115 = fadd double %112, %114
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.9, double noundef %115)
  %117 = load ptr, ptr @stdout, align 8
  %118 = call i32 @fflush(ptr noundef %117)
  ret i32 0
}

declare { double, double } @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare double @__enzyme_autodiff1(ptr noundef, ...) #4

declare double @__enzyme_fwddiff(ptr noundef, ...) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare void @__enzyme_autodiff_void(ptr noundef, ...) #4

declare void @__enzyme_fwddiff_void(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }

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
