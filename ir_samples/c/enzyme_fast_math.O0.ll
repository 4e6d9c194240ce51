; ModuleID = 'enzyme_fast_math.c'
source_filename = "enzyme_fast_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad2 = type { double, double }

@__const.main.x = private unnamed_addr constant [4 x double] [double 5.000000e-01, double -1.000000e+00, double 2.000000e+00, double 0.000000e+00], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"dx[0]\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"dx[2]\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"da\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"db\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"dfwd\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local nofpclass(nan inf) double @rms_softplus(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %25, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %28

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds double, ptr %13, i64 %15
  %17 = load double, ptr %16, align 8
  %18 = call fast double @llvm.exp.f64(double %17)
  %19 = fadd fast double 1.000000e+00, %18
  %20 = call fast double @llvm.log.f64(double %19)
  store double %20, ptr %7, align 8
  %21 = load double, ptr %7, align 8
  %22 = call fast double @llvm.pow.f64(double %21, double 2.000000e+00)
  %23 = load double, ptr %5, align 8
  %24 = fadd fast double %23, %22
  store double %24, ptr %5, align 8
  br label %25

25:                                               ; preds = %12
  %26 = load i32, ptr %6, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %6, align 4
  br label %8, !llvm.loop !6

28:                                               ; preds = %8
  %29 = load double, ptr %5, align 8
  %30 = load i32, ptr %4, align 4
  %31 = sitofp i32 %30 to double
  %32 = fdiv fast double %29, %31
  %33 = call fast double @llvm.sqrt.f64(double %32)
  ret double %33
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.pow.f64(double, double) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local nofpclass(nan inf) double @shape(double noundef nofpclass(nan inf) %0, double noundef nofpclass(nan inf) %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %3, align 8
  %7 = fmul fast double %5, %6
  %8 = load double, ptr %4, align 8
  %9 = load double, ptr %4, align 8
  %10 = fmul fast double %8, %9
  %11 = fadd fast double %7, %10
  %12 = call fast double @llvm.sqrt.f64(double %11)
  %13 = fdiv fast double 1.000000e+00, %12
  %14 = load double, ptr %3, align 8
  %15 = call fast double @llvm.pow.f64(double %14, double 5.000000e-01)
  %16 = fadd fast double %13, %15
  %17 = load double, ptr %3, align 8
  %18 = load double, ptr %4, align 8
  %19 = call fast double @llvm.maxnum.f64(double %17, double %18)
  %20 = load double, ptr %4, align 8
  %21 = fdiv fast double %19, %20
  %22 = fadd fast double %16, %21
  ret double %22
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  %4 = alloca %struct.Grad2, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 32, i1 false)
  %5 = load i32, ptr @enzyme_dup, align 4
  %6 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %7 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  %8 = load i32, ptr @enzyme_const, align 4
  %9 = call fast nofpclass(nan inf) double (ptr, ...) @__enzyme_autodiff(ptr noundef @rms_softplus, i32 noundef %5, ptr noundef %6, ptr noundef %7, i32 noundef %8, i32 noundef 4)
  %10 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  %11 = load double, ptr %10, align 16
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef nofpclass(nan inf) %11)
  %13 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 2
  %14 = load double, ptr %13, align 16
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef nofpclass(nan inf) %14)
  %16 = call fast { double, double } (ptr, ...) @__enzyme_autodiff2(ptr noundef @shape, double noundef nofpclass(nan inf) 2.250000e+00, double noundef nofpclass(nan inf) 1.500000e+00)
  %17 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0
  %18 = extractvalue { double, double } %16, 0
  store double %18, ptr %17, align 8
  %19 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1
  %20 = extractvalue { double, double } %16, 1
  store double %20, ptr %19, align 8
  %21 = getelementptr inbounds nuw %struct.Grad2, ptr %4, i32 0, i32 0
  %22 = load double, ptr %21, align 8
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef nofpclass(nan inf) %22)
  %24 = getelementptr inbounds nuw %struct.Grad2, ptr %4, i32 0, i32 1
  %25 = load double, ptr %24, align 8
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef nofpclass(nan inf) %25)
  %27 = call fast nofpclass(nan inf) double (ptr, ...) @__enzyme_fwddiff(ptr noundef @shape, double noundef nofpclass(nan inf) 2.250000e+00, double noundef nofpclass(nan inf) 1.000000e+00, double noundef nofpclass(nan inf) 1.500000e+00, double noundef nofpclass(nan inf) -2.000000e+00)
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef nofpclass(nan inf) %27)
  %29 = load ptr, ptr @stdout, align 8
  %30 = call i32 @fflush(ptr noundef %29)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare nofpclass(nan inf) double @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare { double, double } @__enzyme_autodiff2(ptr noundef, ...) #4

declare nofpclass(nan inf) double @__enzyme_fwddiff(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-infs-fp-math"="true" "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { "frame-pointer"="all" "no-infs-fp-math"="true" "no-nans-fp-math"="true" "no-signed-zeros-fp-math"="true" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
