; ModuleID = 'enzyme_sret.c'
source_filename = "enzyme_sret.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad3 = type { double, double, double }

@enzyme_out = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"da\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"db\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"dc\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @triple(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load double, ptr %4, align 8
  %8 = load double, ptr %5, align 8
  %9 = call double @exp(double noundef %8) #4
  %10 = load double, ptr %6, align 8
  %11 = call double @pow(double noundef %10, double noundef 3.000000e+00) #4
  %12 = load double, ptr %5, align 8
  %13 = fmul double %11, %12
  %14 = call double @llvm.fmuladd.f64(double %7, double %9, double %13)
  %15 = load double, ptr %4, align 8
  %16 = load double, ptr %6, align 8
  %17 = call double @hypot(double noundef %15, double noundef %16) #4
  %18 = fadd double %14, %17
  ret double %18
}

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @hypot(double noundef, double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Grad3, align 8
  store i32 0, ptr %1, align 4
  %3 = load i32, ptr @enzyme_out, align 4
  %4 = load i32, ptr @enzyme_out, align 4
  %5 = load i32, ptr @enzyme_out, align 4
  call void (ptr, ptr, ...) @__enzyme_autodiff(ptr dead_on_unwind writable sret(%struct.Grad3) align 8 %2, ptr noundef @triple, i32 noundef %3, double noundef 3.000000e-01, i32 noundef %4, double noundef 0xBFE6666666666666, i32 noundef %5, double noundef 1.400000e+00)
  %6 = getelementptr inbounds nuw %struct.Grad3, ptr %2, i32 0, i32 0
  %7 = load double, ptr %6, align 8
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %7)
  %9 = getelementptr inbounds nuw %struct.Grad3, ptr %2, i32 0, i32 1
  %10 = load double, ptr %9, align 8
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %10)
  %12 = getelementptr inbounds nuw %struct.Grad3, ptr %2, i32 0, i32 2
  %13 = load double, ptr %12, align 8
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %13)
  %15 = load ptr, ptr @stdout, align 8
  %16 = call i32 @fflush(ptr noundef %15)
  ret i32 0
}

declare void @__enzyme_autodiff(ptr dead_on_unwind writable sret(%struct.Grad3) align 8, ptr noundef, ...) #3

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
