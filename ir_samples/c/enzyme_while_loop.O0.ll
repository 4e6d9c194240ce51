; ModuleID = 'enzyme_while_loop.c'
source_filename = "enzyme_while_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad2 = type { double, double }

@enzyme_out = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"dy0\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"dk\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"dcollatz_dx\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @euler_decay(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  store double 0.000000e+00, ptr %7, align 8
  %9 = load double, ptr %4, align 8
  store double %9, ptr %8, align 8
  br label %10

10:                                               ; preds = %13, %3
  %11 = load double, ptr %7, align 8
  %12 = fcmp olt double %11, 1.000000e+00
  br i1 %12, label %13, label %26

13:                                               ; preds = %10
  %14 = load double, ptr %8, align 8
  %15 = load double, ptr %6, align 8
  %16 = load double, ptr %5, align 8
  %17 = fmul double %15, %16
  %18 = load double, ptr %8, align 8
  %19 = fmul double %17, %18
  %20 = load double, ptr %8, align 8
  %21 = fneg double %19
  %22 = call double @llvm.fmuladd.f64(double %21, double %20, double %14)
  store double %22, ptr %8, align 8
  %23 = load double, ptr %6, align 8
  %24 = load double, ptr %7, align 8
  %25 = fadd double %24, %23
  store double %25, ptr %7, align 8
  br label %10, !llvm.loop !6

26:                                               ; preds = %10
  %27 = load double, ptr %8, align 8
  ret double %27
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @collatz_mix(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  br label %5

5:                                                ; preds = %19, %2
  %6 = load i32, ptr %4, align 4
  %7 = icmp ne i32 %6, 1
  br i1 %7, label %8, label %30

8:                                                ; preds = %5
  %9 = load i32, ptr %4, align 4
  %10 = srem i32 %9, 2
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %12, label %16

12:                                               ; preds = %8
  %13 = load i32, ptr %4, align 4
  %14 = mul nsw i32 3, %13
  %15 = add nsw i32 %14, 1
  br label %19

16:                                               ; preds = %8
  %17 = load i32, ptr %4, align 4
  %18 = sdiv i32 %17, 2
  br label %19

19:                                               ; preds = %16, %12
  %20 = phi i32 [ %15, %12 ], [ %18, %16 ]
  store i32 %20, ptr %4, align 4
  %21 = load double, ptr %3, align 8
  %22 = load double, ptr %3, align 8
  %23 = call double @sin(double noundef %22) #4
  %24 = fmul double 2.500000e-01, %23
  %25 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %21, double %24)
  %26 = load i32, ptr %4, align 4
  %27 = srem i32 %26, 7
  %28 = sitofp i32 %27 to double
  %29 = call double @llvm.fmuladd.f64(double 1.000000e-02, double %28, double %25)
  store double %29, ptr %3, align 8
  br label %5, !llvm.loop !8

30:                                               ; preds = %5
  %31 = load double, ptr %3, align 8
  %32 = load double, ptr %3, align 8
  %33 = fmul double %31, %32
  ret double %33
}

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Grad2, align 8
  %3 = alloca double, align 8
  store i32 0, ptr %1, align 4
  %4 = load i32, ptr @enzyme_out, align 4
  %5 = load i32, ptr @enzyme_out, align 4
  %6 = load i32, ptr @enzyme_const, align 4
  %7 = call { double, double } (ptr, ...) @__enzyme_autodiff_euler(ptr noundef @euler_decay, i32 noundef %4, double noundef 1.500000e+00, i32 noundef %5, double noundef 8.000000e-01, i32 noundef %6, double noundef 1.000000e-01)
  %8 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0
  %9 = extractvalue { double, double } %7, 0
  store double %9, ptr %8, align 8
  %10 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1
  %11 = extractvalue { double, double } %7, 1
  store double %11, ptr %10, align 8
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @collatz_mix, double noundef 2.000000e+00, i32 noundef 6)
  store double %12, ptr %3, align 8
  %13 = getelementptr inbounds nuw %struct.Grad2, ptr %2, i32 0, i32 0
  %14 = load double, ptr %13, align 8
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %14)
  %16 = getelementptr inbounds nuw %struct.Grad2, ptr %2, i32 0, i32 1
  %17 = load double, ptr %16, align 8
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %17)
  %19 = load double, ptr %3, align 8
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %19)
  %21 = load ptr, ptr @stdout, align 8
  %22 = call i32 @fflush(ptr noundef %21)
  ret i32 0
}

declare { double, double } @__enzyme_autodiff_euler(ptr noundef, ...) #3

declare double @__enzyme_autodiff(ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
