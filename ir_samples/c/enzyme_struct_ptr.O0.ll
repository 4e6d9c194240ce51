; ModuleID = 'enzyme_struct_ptr.c'
source_filename = "enzyme_struct_ptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Body = type { double, double, double, double, i32, double }

@__const.main.b = private unnamed_addr constant [3 x { double, double, double, double, i32, [4 x i8], double }] [{ double, double, double, double, i32, [4 x i8], double } { double 0.000000e+00, double 0.000000e+00, double 1.000000e-01, double -2.000000e-01, i32 1, [4 x i8] zeroinitializer, double 2.000000e+00 }, { double, double, double, double, i32, [4 x i8], double } { double 1.000000e+00, double 5.000000e-01, double -3.000000e-01, double 0.000000e+00, i32 2, [4 x i8] zeroinitializer, double 1.000000e+00 }, { double, double, double, double, i32, [4 x i8], double } { double -5.000000e-01, double 1.500000e+00, double 0.000000e+00, double 4.000000e-01, i32 3, [4 x i8] zeroinitializer, double 5.000000e-01 }], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [18 x i8] c"db[%d].x = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"db[%d].y = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"db[%d].vx = %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"db[%d].m = %.17g\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @total_energy(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %111, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %114

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds %struct.Body, ptr %15, i64 %17
  %19 = getelementptr inbounds nuw %struct.Body, ptr %18, i32 0, i32 5
  %20 = load double, ptr %19, align 8
  %21 = fmul double 5.000000e-01, %20
  %22 = load ptr, ptr %3, align 8
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds %struct.Body, ptr %22, i64 %24
  %26 = getelementptr inbounds nuw %struct.Body, ptr %25, i32 0, i32 2
  %27 = load double, ptr %26, align 8
  %28 = load ptr, ptr %3, align 8
  %29 = load i32, ptr %6, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.Body, ptr %28, i64 %30
  %32 = getelementptr inbounds nuw %struct.Body, ptr %31, i32 0, i32 2
  %33 = load double, ptr %32, align 8
  %34 = load ptr, ptr %3, align 8
  %35 = load i32, ptr %6, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds %struct.Body, ptr %34, i64 %36
  %38 = getelementptr inbounds nuw %struct.Body, ptr %37, i32 0, i32 3
  %39 = load double, ptr %38, align 8
  %40 = load ptr, ptr %3, align 8
  %41 = load i32, ptr %6, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds %struct.Body, ptr %40, i64 %42
  %44 = getelementptr inbounds nuw %struct.Body, ptr %43, i32 0, i32 3
  %45 = load double, ptr %44, align 8
  %46 = fmul double %39, %45
  %47 = call double @llvm.fmuladd.f64(double %27, double %33, double %46)
  %48 = load double, ptr %5, align 8
  %49 = call double @llvm.fmuladd.f64(double %21, double %47, double %48)
  store double %49, ptr %5, align 8
  %50 = load i32, ptr %6, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %7, align 4
  br label %52

52:                                               ; preds = %107, %14
  %53 = load i32, ptr %7, align 4
  %54 = load i32, ptr %4, align 4
  %55 = icmp slt i32 %53, %54
  br i1 %55, label %56, label %110

56:                                               ; preds = %52
  %57 = load ptr, ptr %3, align 8
  %58 = load i32, ptr %6, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds %struct.Body, ptr %57, i64 %59
  %61 = getelementptr inbounds nuw %struct.Body, ptr %60, i32 0, i32 0
  %62 = load double, ptr %61, align 8
  %63 = load ptr, ptr %3, align 8
  %64 = load i32, ptr %7, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds %struct.Body, ptr %63, i64 %65
  %67 = getelementptr inbounds nuw %struct.Body, ptr %66, i32 0, i32 0
  %68 = load double, ptr %67, align 8
  %69 = fsub double %62, %68
  store double %69, ptr %8, align 8
  %70 = load ptr, ptr %3, align 8
  %71 = load i32, ptr %6, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds %struct.Body, ptr %70, i64 %72
  %74 = getelementptr inbounds nuw %struct.Body, ptr %73, i32 0, i32 1
  %75 = load double, ptr %74, align 8
  %76 = load ptr, ptr %3, align 8
  %77 = load i32, ptr %7, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds %struct.Body, ptr %76, i64 %78
  %80 = getelementptr inbounds nuw %struct.Body, ptr %79, i32 0, i32 1
  %81 = load double, ptr %80, align 8
  %82 = fsub double %75, %81
  store double %82, ptr %9, align 8
  %83 = load ptr, ptr %3, align 8
  %84 = load i32, ptr %6, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds %struct.Body, ptr %83, i64 %85
  %87 = getelementptr inbounds nuw %struct.Body, ptr %86, i32 0, i32 5
  %88 = load double, ptr %87, align 8
  %89 = load ptr, ptr %3, align 8
  %90 = load i32, ptr %7, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds %struct.Body, ptr %89, i64 %91
  %93 = getelementptr inbounds nuw %struct.Body, ptr %92, i32 0, i32 5
  %94 = load double, ptr %93, align 8
  %95 = fmul double %88, %94
  %96 = load double, ptr %8, align 8
  %97 = load double, ptr %8, align 8
  %98 = load double, ptr %9, align 8
  %99 = load double, ptr %9, align 8
  %100 = fmul double %98, %99
  %101 = call double @llvm.fmuladd.f64(double %96, double %97, double %100)
  %102 = fadd double %101, 1.000000e-02
  %103 = call double @sqrt(double noundef %102) #6
  %104 = fdiv double %95, %103
  %105 = load double, ptr %5, align 8
  %106 = fsub double %105, %104
  store double %106, ptr %5, align 8
  br label %107

107:                                              ; preds = %56
  %108 = load i32, ptr %7, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %7, align 4
  br label %52, !llvm.loop !6

110:                                              ; preds = %52
  br label %111

111:                                              ; preds = %110
  %112 = load i32, ptr %6, align 4
  %113 = add nsw i32 %112, 1
  store i32 %113, ptr %6, align 4
  br label %10, !llvm.loop !8

114:                                              ; preds = %10
  %115 = load double, ptr %5, align 8
  ret double %115
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x %struct.Body], align 16
  %3 = alloca [3 x %struct.Body], align 16
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.b, i64 144, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 144, i1 false)
  %5 = load i32, ptr @enzyme_dup, align 4
  %6 = getelementptr inbounds [3 x %struct.Body], ptr %2, i64 0, i64 0
  %7 = getelementptr inbounds [3 x %struct.Body], ptr %3, i64 0, i64 0
  %8 = load i32, ptr @enzyme_const, align 4
  call void (ptr, ...) @__enzyme_autodiff(ptr noundef @total_energy, i32 noundef %5, ptr noundef %6, ptr noundef %7, i32 noundef %8, i32 noundef 3)
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %41, %0
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %10, 3
  br i1 %11, label %12, label %44

12:                                               ; preds = %9
  %13 = load i32, ptr %4, align 4
  %14 = load i32, ptr %4, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [3 x %struct.Body], ptr %3, i64 0, i64 %15
  %17 = getelementptr inbounds nuw %struct.Body, ptr %16, i32 0, i32 0
  %18 = load double, ptr %17, align 16
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %13, double noundef %18)
  %20 = load i32, ptr %4, align 4
  %21 = load i32, ptr %4, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x %struct.Body], ptr %3, i64 0, i64 %22
  %24 = getelementptr inbounds nuw %struct.Body, ptr %23, i32 0, i32 1
  %25 = load double, ptr %24, align 8
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %20, double noundef %25)
  %27 = load i32, ptr %4, align 4
  %28 = load i32, ptr %4, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [3 x %struct.Body], ptr %3, i64 0, i64 %29
  %31 = getelementptr inbounds nuw %struct.Body, ptr %30, i32 0, i32 2
  %32 = load double, ptr %31, align 16
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %27, double noundef %32)
  %34 = load i32, ptr %4, align 4
  %35 = load i32, ptr %4, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [3 x %struct.Body], ptr %3, i64 0, i64 %36
  %38 = getelementptr inbounds nuw %struct.Body, ptr %37, i32 0, i32 5
  %39 = load double, ptr %38, align 8
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %34, double noundef %39)
  br label %41

41:                                               ; preds = %12
  %42 = load i32, ptr %4, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %4, align 4
  br label %9, !llvm.loop !9

44:                                               ; preds = %9
  %45 = load ptr, ptr @stdout, align 8
  %46 = call i32 @fflush(ptr noundef %45)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare void @__enzyme_autodiff(ptr noundef, ...) #5

declare i32 @printf(ptr noundef, ...) #5

declare i32 @fflush(ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !7}
