; ModuleID = 'particles_struct.c'
source_filename = "particles_struct.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Particle = type { double, double, double, i32 }

@__const.main.p = private unnamed_addr constant [4 x { double, double, double, i32, [4 x i8] }] [{ double, double, double, i32, [4 x i8] } { double 0.000000e+00, double 0.000000e+00, double 1.000000e+00, i32 1, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 1.100000e+00, double -2.000000e-01, double 5.000000e-01, i32 0, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 2.000000e+00, double -1.000000e-01, double 7.500000e-01, i32 0, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 3.200000e+00, double 3.000000e-01, double 1.250000e+00, i32 0, [4 x i8] zeroinitializer }], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"spring_energy\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @spring_energy(ptr noundef %0, i32 noundef %1, double noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store double %2, ptr %7, align 8
  store double %3, ptr %8, align 8
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %15

15:                                               ; preds = %67, %4
  %16 = load i32, ptr %10, align 4
  %17 = add nsw i32 %16, 1
  %18 = load i32, ptr %6, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %70

20:                                               ; preds = %15
  %21 = load ptr, ptr %5, align 8
  %22 = load i32, ptr %10, align 4
  %23 = add nsw i32 %22, 1
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds %struct.Particle, ptr %21, i64 %24
  %26 = getelementptr inbounds nuw %struct.Particle, ptr %25, i32 0, i32 0
  %27 = load double, ptr %26, align 8
  %28 = load ptr, ptr %5, align 8
  %29 = load i32, ptr %10, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.Particle, ptr %28, i64 %30
  %32 = getelementptr inbounds nuw %struct.Particle, ptr %31, i32 0, i32 0
  %33 = load double, ptr %32, align 8
  %34 = fsub double %27, %33
  store double %34, ptr %11, align 8
  %35 = load ptr, ptr %5, align 8
  %36 = load i32, ptr %10, align 4
  %37 = add nsw i32 %36, 1
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds %struct.Particle, ptr %35, i64 %38
  %40 = getelementptr inbounds nuw %struct.Particle, ptr %39, i32 0, i32 1
  %41 = load double, ptr %40, align 8
  %42 = load ptr, ptr %5, align 8
  %43 = load i32, ptr %10, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds %struct.Particle, ptr %42, i64 %44
  %46 = getelementptr inbounds nuw %struct.Particle, ptr %45, i32 0, i32 1
  %47 = load double, ptr %46, align 8
  %48 = fsub double %41, %47
  store double %48, ptr %12, align 8
  %49 = load double, ptr %11, align 8
  %50 = load double, ptr %11, align 8
  %51 = load double, ptr %12, align 8
  %52 = load double, ptr %12, align 8
  %53 = fmul double %51, %52
  %54 = call double @llvm.fmuladd.f64(double %49, double %50, double %53)
  %55 = call double @sqrt(double noundef %54) #5
  store double %55, ptr %13, align 8
  %56 = load double, ptr %7, align 8
  %57 = fmul double 5.000000e-01, %56
  %58 = load double, ptr %13, align 8
  %59 = load double, ptr %8, align 8
  %60 = fsub double %58, %59
  %61 = fmul double %57, %60
  %62 = load double, ptr %13, align 8
  %63 = load double, ptr %8, align 8
  %64 = fsub double %62, %63
  %65 = load double, ptr %9, align 8
  %66 = call double @llvm.fmuladd.f64(double %61, double %64, double %65)
  store double %66, ptr %9, align 8
  br label %67

67:                                               ; preds = %20
  %68 = load i32, ptr %10, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %10, align 4
  br label %15, !llvm.loop !6

70:                                               ; preds = %15
  store i32 0, ptr %14, align 4
  br label %71

71:                                               ; preds = %100, %70
  %72 = load i32, ptr %14, align 4
  %73 = load i32, ptr %6, align 4
  %74 = icmp slt i32 %72, %73
  br i1 %74, label %75, label %103

75:                                               ; preds = %71
  %76 = load ptr, ptr %5, align 8
  %77 = load i32, ptr %14, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds %struct.Particle, ptr %76, i64 %78
  %80 = getelementptr inbounds nuw %struct.Particle, ptr %79, i32 0, i32 3
  %81 = load i32, ptr %80, align 8
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %99, label %83

83:                                               ; preds = %75
  %84 = load ptr, ptr %5, align 8
  %85 = load i32, ptr %14, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds %struct.Particle, ptr %84, i64 %86
  %88 = getelementptr inbounds nuw %struct.Particle, ptr %87, i32 0, i32 2
  %89 = load double, ptr %88, align 8
  %90 = fmul double 9.810000e+00, %89
  %91 = load ptr, ptr %5, align 8
  %92 = load i32, ptr %14, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds %struct.Particle, ptr %91, i64 %93
  %95 = getelementptr inbounds nuw %struct.Particle, ptr %94, i32 0, i32 1
  %96 = load double, ptr %95, align 8
  %97 = load double, ptr %9, align 8
  %98 = call double @llvm.fmuladd.f64(double %90, double %96, double %97)
  store double %98, ptr %9, align 8
  br label %99

99:                                               ; preds = %83, %75
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %14, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %14, align 4
  br label %71, !llvm.loop !8

103:                                              ; preds = %71
  %104 = load double, ptr %9, align 8
  ret double %104
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x %struct.Particle], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.p, i64 128, i1 false)
  %3 = getelementptr inbounds [4 x %struct.Particle], ptr %2, i64 0, i64 0
  %4 = call double @spring_energy(ptr noundef %3, i32 noundef 4, double noundef 1.200000e+01, double noundef 1.000000e+00)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %4)
  %6 = load ptr, ptr @stdout, align 8
  %7 = call i32 @fflush(ptr noundef %6)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
