; ModuleID = 'sort_median.c'
source_filename = "sort_median.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [9 x double] [double 3.500000e+00, double -1.000000e+00, double 2.250000e+00, double 8.000000e+00, double 5.000000e-01, double -4.000000e+00, double 1.750000e+00, double 2.000000e+00, double 0.000000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"trimmed_mean(x, 9, 2)\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @trimmed_mean(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [32 x double], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %8, align 4
  br label %14

14:                                               ; preds = %27, %3
  %15 = load i32, ptr %8, align 4
  %16 = load i32, ptr %5, align 4
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %18, label %30

18:                                               ; preds = %14
  %19 = load ptr, ptr %4, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load i32, ptr %8, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %25
  store double %23, ptr %26, align 8
  br label %27

27:                                               ; preds = %18
  %28 = load i32, ptr %8, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %8, align 4
  br label %14, !llvm.loop !6

30:                                               ; preds = %14
  store i32 1, ptr %9, align 4
  br label %31

31:                                               ; preds = %71, %30
  %32 = load i32, ptr %9, align 4
  %33 = load i32, ptr %5, align 4
  %34 = icmp slt i32 %32, %33
  br i1 %34, label %35, label %74

35:                                               ; preds = %31
  %36 = load i32, ptr %9, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %37
  %39 = load double, ptr %38, align 8
  store double %39, ptr %10, align 8
  %40 = load i32, ptr %9, align 4
  %41 = sub nsw i32 %40, 1
  store i32 %41, ptr %11, align 4
  br label %42

42:                                               ; preds = %54, %35
  %43 = load i32, ptr %11, align 4
  %44 = icmp sge i32 %43, 0
  br i1 %44, label %45, label %52

45:                                               ; preds = %42
  %46 = load i32, ptr %11, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = load double, ptr %10, align 8
  %51 = fcmp ogt double %49, %50
  br label %52

52:                                               ; preds = %45, %42
  %53 = phi i1 [ false, %42 ], [ %51, %45 ]
  br i1 %53, label %54, label %65

54:                                               ; preds = %52
  %55 = load i32, ptr %11, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = load i32, ptr %11, align 4
  %60 = add nsw i32 %59, 1
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %61
  store double %58, ptr %62, align 8
  %63 = load i32, ptr %11, align 4
  %64 = add nsw i32 %63, -1
  store i32 %64, ptr %11, align 4
  br label %42, !llvm.loop !8

65:                                               ; preds = %52
  %66 = load double, ptr %10, align 8
  %67 = load i32, ptr %11, align 4
  %68 = add nsw i32 %67, 1
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %69
  store double %66, ptr %70, align 8
  br label %71

71:                                               ; preds = %65
  %72 = load i32, ptr %9, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %9, align 4
  br label %31, !llvm.loop !9

74:                                               ; preds = %31
  store double 0.000000e+00, ptr %12, align 8
  %75 = load i32, ptr %6, align 4
  store i32 %75, ptr %13, align 4
  br label %76

76:                                               ; preds = %89, %74
  %77 = load i32, ptr %13, align 4
  %78 = load i32, ptr %5, align 4
  %79 = load i32, ptr %6, align 4
  %80 = sub nsw i32 %78, %79
  %81 = icmp slt i32 %77, %80
  br i1 %81, label %82, label %92

82:                                               ; preds = %76
  %83 = load i32, ptr %13, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = load double, ptr %12, align 8
  %88 = fadd double %87, %86
  store double %88, ptr %12, align 8
  br label %89

89:                                               ; preds = %82
  %90 = load i32, ptr %13, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %13, align 4
  br label %76, !llvm.loop !10

92:                                               ; preds = %76
  %93 = load double, ptr %12, align 8
  %94 = load i32, ptr %5, align 4
  %95 = load i32, ptr %6, align 4
  %96 = mul nsw i32 2, %95
  %97 = sub nsw i32 %94, %96
  %98 = sitofp i32 %97 to double
  %99 = fdiv double %93, %98
  ret double %99
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [9 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 72, i1 false)
  %3 = getelementptr inbounds [9 x double], ptr %2, i64 0, i64 0
  %4 = call double @trimmed_mean(ptr noundef %3, i32 noundef 9, i32 noundef 2)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %4)
  %6 = load ptr, ptr @stdout, align 8
  %7 = call i32 @fflush(ptr noundef %6)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

declare i32 @fflush(ptr noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
