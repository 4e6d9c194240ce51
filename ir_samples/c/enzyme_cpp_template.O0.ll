; ModuleID = 'enzyme_cpp_template.cpp'
source_filename = "enzyme_cpp_template.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Vec3 = type { double, double, double }
%struct.Grad2 = type { double, double }

$_Z5cubicIfET_S0_ = comdat any

$_Z5cubicIdET_S0_ = comdat any

$_ZSt3sinf = comdat any

@enzyme_out = external global i32, align 4
@enzyme_const = external global i32, align 4
@__const.main.v = private unnamed_addr constant %struct.Vec3 { double 1.000000e+00, double -2.000000e+00, double 2.000000e+00 }, align 8
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"drosen_dx(1.5, 2)\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"g.dx\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"g.dy\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"dcubic<float>(1.25)\00", align 1
@.str.5 = private unnamed_addr constant [22 x i8] c"dcubic<double>(-0.75)\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"dv.x\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"dv.y\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"dv.z\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define dso_local noundef double @_Z6lengthPK4Vec3(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Vec3, ptr %3, i32 0, i32 0
  %5 = load double, ptr %4, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds nuw %struct.Vec3, ptr %6, i32 0, i32 0
  %8 = load double, ptr %7, align 8
  %9 = load ptr, ptr %2, align 8
  %10 = getelementptr inbounds nuw %struct.Vec3, ptr %9, i32 0, i32 1
  %11 = load double, ptr %10, align 8
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds nuw %struct.Vec3, ptr %12, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = fmul double %11, %14
  %16 = call double @llvm.fmuladd.f64(double %5, double %8, double %15)
  %17 = load ptr, ptr %2, align 8
  %18 = getelementptr inbounds nuw %struct.Vec3, ptr %17, i32 0, i32 2
  %19 = load double, ptr %18, align 8
  %20 = load ptr, ptr %2, align 8
  %21 = getelementptr inbounds nuw %struct.Vec3, ptr %20, i32 0, i32 2
  %22 = load double, ptr %21, align 8
  %23 = call double @llvm.fmuladd.f64(double %19, double %22, double %16)
  %24 = call double @sqrt(double noundef %23) #8
  ret double %24
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress noinline norecurse optnone uwtable
define dso_local noundef i32 @main() #3 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca %struct.Grad2, align 8
  %4 = alloca float, align 4
  %5 = alloca double, align 8
  %6 = alloca %struct.Vec3, align 8
  %7 = alloca %struct.Vec3, align 8
  store i32 0, ptr %1, align 4
  %8 = load i32, ptr @enzyme_out, align 4
  %9 = load i32, ptr @enzyme_const, align 4
  %10 = call noundef double @_Z17__enzyme_autodiffIdJididEET_PvDpT0_(ptr noundef @_ZL10rosenbrockdd, i32 noundef %8, double noundef 1.500000e+00, i32 noundef %9, double noundef 2.000000e+00)
  store double %10, ptr %2, align 8
  %11 = call { double, double } @_Z17__enzyme_autodiffI5Grad2JddEET_PvDpT0_(ptr noundef @_ZL10rosenbrockdd, double noundef 5.000000e-01, double noundef 1.500000e+00)
  %12 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0
  %13 = extractvalue { double, double } %11, 0
  store double %13, ptr %12, align 8
  %14 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1
  %15 = extractvalue { double, double } %11, 1
  store double %15, ptr %14, align 8
  %16 = call noundef float @_Z17__enzyme_autodiffIfJfEET_PvDpT0_(ptr noundef @_Z5cubicIfET_S0_, float noundef 1.250000e+00)
  store float %16, ptr %4, align 4
  %17 = load i32, ptr @enzyme_out, align 4
  %18 = call noundef double @_Z17__enzyme_autodiffIdJidEET_PvDpT0_(ptr noundef @_Z5cubicIdET_S0_, i32 noundef %17, double noundef -7.500000e-01)
  store double %18, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 @__const.main.v, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 24, i1 false)
  %19 = load i32, ptr @enzyme_dup, align 4
  call void @_Z17__enzyme_autodiffIvJiP4Vec3S1_EET_PvDpT0_(ptr noundef @_Z6lengthPK4Vec3, i32 noundef %19, ptr noundef %6, ptr noundef %7)
  %20 = load double, ptr %2, align 8
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %20)
  %22 = getelementptr inbounds nuw %struct.Grad2, ptr %3, i32 0, i32 0
  %23 = load double, ptr %22, align 8
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %23)
  %25 = getelementptr inbounds nuw %struct.Grad2, ptr %3, i32 0, i32 1
  %26 = load double, ptr %25, align 8
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %26)
  %28 = load float, ptr %4, align 4
  %29 = fpext float %28 to double
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %29)
  %31 = load double, ptr %5, align 8
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %31)
  %33 = getelementptr inbounds nuw %struct.Vec3, ptr %7, i32 0, i32 0
  %34 = load double, ptr %33, align 8
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %34)
  %36 = getelementptr inbounds nuw %struct.Vec3, ptr %7, i32 0, i32 1
  %37 = load double, ptr %36, align 8
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %37)
  %39 = getelementptr inbounds nuw %struct.Vec3, ptr %7, i32 0, i32 2
  %40 = load double, ptr %39, align 8
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.8, double noundef %40)
  %42 = load ptr, ptr @stdout, align 8
  %43 = call i32 @fflush(ptr noundef %42)
  ret i32 0
}

declare noundef double @_Z17__enzyme_autodiffIdJididEET_PvDpT0_(ptr noundef, i32 noundef, double noundef, i32 noundef, double noundef) #4

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define internal noundef double @_ZL10rosenbrockdd(double noundef %0, double noundef %1) #0 {
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

declare { double, double } @_Z17__enzyme_autodiffI5Grad2JddEET_PvDpT0_(ptr noundef, double noundef, double noundef) #4

declare noundef float @_Z17__enzyme_autodiffIfJfEET_PvDpT0_(ptr noundef, float noundef) #4

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef float @_Z5cubicIfET_S0_(float noundef %0) #5 comdat {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = load float, ptr %2, align 4
  %5 = fmul float %3, %4
  %6 = load float, ptr %2, align 4
  %7 = load float, ptr %2, align 4
  %8 = call noundef float @_ZSt3sinf(float noundef %7)
  %9 = fmul float 2.000000e+00, %8
  %10 = fneg float %9
  %11 = call float @llvm.fmuladd.f32(float %5, float %6, float %10)
  ret float %11
}

declare noundef double @_Z17__enzyme_autodiffIdJidEET_PvDpT0_(ptr noundef, i32 noundef, double noundef) #4

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef double @_Z5cubicIdET_S0_(double noundef %0) #0 comdat {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr %2, align 8
  %5 = fmul double %3, %4
  %6 = load double, ptr %2, align 8
  %7 = load double, ptr %2, align 8
  %8 = call double @sin(double noundef %7) #8
  %9 = fmul double 2.000000e+00, %8
  %10 = fneg double %9
  %11 = call double @llvm.fmuladd.f64(double %5, double %6, double %10)
  ret double %11
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

declare void @_Z17__enzyme_autodiffIvJiP4Vec3S1_EET_PvDpT0_(ptr noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef float @_ZSt3sinf(float noundef %0) #0 comdat {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = call float @sinf(float noundef %3) #8
  ret float %4
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
declare float @sinf(float noundef) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #1

attributes #0 = { mustprogress noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress noinline norecurse optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress noinline optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
