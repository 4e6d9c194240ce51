; ModuleID = 'enzyme_multivar.c'
source_filename = "enzyme_multivar.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.GradAC = type { double, double }
%struct.Grad4 = type { double, double, double, double }

@enzyme_const = external global i32, align 4
@enzyme_out = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"dd\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"ac.da\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"ac.dc\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"g.da\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"g.db\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"g.dc\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"g.dd\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @energy(double noundef %0, double noundef %1, double noundef %2, double noundef %3) #0 {
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  store double %0, ptr %5, align 8
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store double %3, ptr %8, align 8
  %9 = load double, ptr %5, align 8
  %10 = load double, ptr %6, align 8
  %11 = fmul double %9, %10
  %12 = load double, ptr %7, align 8
  %13 = load double, ptr %5, align 8
  %14 = load double, ptr %8, align 8
  %15 = fsub double %13, %14
  %16 = call double @exp(double noundef %15) #4
  %17 = load double, ptr %6, align 8
  %18 = load double, ptr %7, align 8
  %19 = fmul double %17, %18
  %20 = call double @sin(double noundef %19) #4
  %21 = fmul double %16, %20
  %22 = call double @llvm.fmuladd.f64(double %11, double %12, double %21)
  %23 = load double, ptr %8, align 8
  %24 = load double, ptr %8, align 8
  %25 = fmul double %23, %24
  %26 = load double, ptr %5, align 8
  %27 = load double, ptr %5, align 8
  %28 = call double @llvm.fmuladd.f64(double %26, double %27, double 1.000000e+00)
  %29 = fdiv double %25, %28
  %30 = fadd double %22, %29
  ret double %30
}

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca %struct.GradAC, align 8
  %8 = alloca %struct.Grad4, align 8
  store i32 0, ptr %1, align 4
  store double 0x3FE6666666666666, ptr %2, align 8
  store double -1.300000e+00, ptr %3, align 8
  store double 4.000000e-01, ptr %4, align 8
  store double 2.100000e+00, ptr %5, align 8
  %9 = load i32, ptr @enzyme_const, align 4
  %10 = load double, ptr %2, align 8
  %11 = load i32, ptr @enzyme_const, align 4
  %12 = load double, ptr %3, align 8
  %13 = load i32, ptr @enzyme_const, align 4
  %14 = load double, ptr %4, align 8
  %15 = load i32, ptr @enzyme_out, align 4
  %16 = load double, ptr %5, align 8
  %17 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @energy, i32 noundef %9, double noundef %10, i32 noundef %11, double noundef %12, i32 noundef %13, double noundef %14, i32 noundef %15, double noundef %16)
  store double %17, ptr %6, align 8
  %18 = load i32, ptr @enzyme_out, align 4
  %19 = load double, ptr %2, align 8
  %20 = load i32, ptr @enzyme_const, align 4
  %21 = load double, ptr %3, align 8
  %22 = load double, ptr %4, align 8
  %23 = load i32, ptr @enzyme_const, align 4
  %24 = load double, ptr %5, align 8
  %25 = call { double, double } (ptr, ...) @__enzyme_autodiff_ac(ptr noundef @energy, i32 noundef %18, double noundef %19, i32 noundef %20, double noundef %21, double noundef %22, i32 noundef %23, double noundef %24)
  %26 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0
  %27 = extractvalue { double, double } %25, 0
  store double %27, ptr %26, align 8
  %28 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1
  %29 = extractvalue { double, double } %25, 1
  store double %29, ptr %28, align 8
  %30 = load double, ptr %2, align 8
  %31 = load double, ptr %3, align 8
  %32 = load double, ptr %4, align 8
  %33 = load double, ptr %5, align 8
  call void (ptr, ptr, ...) @__enzyme_autodiff_all(ptr dead_on_unwind writable sret(%struct.Grad4) align 8 %8, ptr noundef @energy, double noundef %30, double noundef %31, double noundef %32, double noundef %33)
  %34 = load double, ptr %6, align 8
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %34)
  %36 = getelementptr inbounds nuw %struct.GradAC, ptr %7, i32 0, i32 0
  %37 = load double, ptr %36, align 8
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %37)
  %39 = getelementptr inbounds nuw %struct.GradAC, ptr %7, i32 0, i32 1
  %40 = load double, ptr %39, align 8
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %40)
  %42 = getelementptr inbounds nuw %struct.Grad4, ptr %8, i32 0, i32 0
  %43 = load double, ptr %42, align 8
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %43)
  %45 = getelementptr inbounds nuw %struct.Grad4, ptr %8, i32 0, i32 1
  %46 = load double, ptr %45, align 8
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %46)
  %48 = getelementptr inbounds nuw %struct.Grad4, ptr %8, i32 0, i32 2
  %49 = load double, ptr %48, align 8
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %49)
  %51 = getelementptr inbounds nuw %struct.Grad4, ptr %8, i32 0, i32 3
  %52 = load double, ptr %51, align 8
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %52)
  %54 = load ptr, ptr @stdout, align 8
  %55 = call i32 @fflush(ptr noundef %54)
  ret i32 0
}

declare double @__enzyme_autodiff(ptr noundef, ...) #3

declare { double, double } @__enzyme_autodiff_ac(ptr noundef, ...) #3

declare void @__enzyme_autodiff_all(ptr dead_on_unwind writable sret(%struct.Grad4) align 8, ptr noundef, ...) #3

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
