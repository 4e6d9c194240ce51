; ModuleID = 'enzyme_struct_return.c'
source_filename = "enzyme_struct_return.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad2 = type { double, double }

@enzyme_out = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"drosen_dx\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"drosen_dy\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @rosenbrock(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = fsub double 1.000000e+00, %5
  %7 = load double, ptr %3, align 8
  %8 = fsub double 1.000000e+00, %7
  %9 = load double, ptr %4, align 8
  %10 = load double, ptr %3, align 8
  %11 = load double, ptr %3, align 8
  %12 = fneg double %10
  %13 = call double @llvm.fmuladd.f64(double %12, double %11, double %9)
  %14 = fmul double 1.000000e+02, %13
  %15 = load double, ptr %4, align 8
  %16 = load double, ptr %3, align 8
  %17 = load double, ptr %3, align 8
  %18 = fneg double %16
  %19 = call double @llvm.fmuladd.f64(double %18, double %17, double %15)
  %20 = fmul double %14, %19
  %21 = call double @llvm.fmuladd.f64(double %6, double %8, double %20)
  ret double %21
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Grad2, align 8
  store i32 0, ptr %1, align 4
  %3 = load i32, ptr @enzyme_out, align 4
  %4 = load i32, ptr @enzyme_out, align 4
  %5 = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr noundef @rosenbrock, i32 noundef %3, double noundef 5.000000e-01, i32 noundef %4, double noundef 1.500000e+00)
  %6 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0
  %7 = extractvalue { double, double } %5, 0
  store double %7, ptr %6, align 8
  %8 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1
  %9 = extractvalue { double, double } %5, 1
  store double %9, ptr %8, align 8
  %10 = getelementptr inbounds nuw %struct.Grad2, ptr %2, i32 0, i32 0
  %11 = load double, ptr %10, align 8
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %11)
  %13 = getelementptr inbounds nuw %struct.Grad2, ptr %2, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %14)
  %16 = load ptr, ptr @stdout, align 8
  %17 = call i32 @fflush(ptr noundef %16)
  ret i32 0
}

declare { double, double } @__enzyme_autodiff(ptr noundef, ...) #2

declare i32 @printf(ptr noundef, ...) #2

declare i32 @fflush(ptr noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
