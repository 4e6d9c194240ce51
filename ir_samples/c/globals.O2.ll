; ModuleID = 'globals.c'
source_filename = "globals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@cheb_coef = dso_local local_unnamed_addr constant [6 x double] [double 1.250000e+00, double -5.000000e-01, double 7.500000e-01, double 1.250000e-01, double -6.250000e-02, double 3.125000e-02], align 16
@energy_accumulator = dso_local local_unnamed_addr global double 0.000000e+00, align 8
@call_count = dso_local local_unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"chebyshev(0.3)\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"energy_accumulator\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"call_count\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @chebyshev(double noundef %0) local_unnamed_addr #0 {
  %2 = fmul double %0, 2.000000e+00
  br label %7

3:                                                ; preds = %7
  %4 = fneg double %9
  %5 = tail call double @llvm.fmuladd.f64(double %0, double %15, double %4)
  %6 = fadd double %5, 1.250000e+00
  ret double %6

7:                                                ; preds = %1, %7
  %8 = phi i64 [ 5, %1 ], [ %16, %7 ]
  %9 = phi double [ 0.000000e+00, %1 ], [ %15, %7 ]
  %10 = phi double [ 0.000000e+00, %1 ], [ %9, %7 ]
  %11 = fneg double %10
  %12 = tail call double @llvm.fmuladd.f64(double %2, double %9, double %11)
  %13 = getelementptr inbounds nuw double, ptr @cheb_coef, i64 %8
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = fadd double %12, %14
  %16 = add nsw i64 %8, -1
  %17 = icmp samesign ugt i64 %8, 1
  br i1 %17, label %7, label %3, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @accumulate(double noundef %0) local_unnamed_addr #2 {
  %2 = fmul double %0, 2.000000e+00
  br label %3

3:                                                ; preds = %3, %1
  %4 = phi i64 [ 5, %1 ], [ %12, %3 ]
  %5 = phi double [ 0.000000e+00, %1 ], [ %11, %3 ]
  %6 = phi double [ 0.000000e+00, %1 ], [ %5, %3 ]
  %7 = fneg double %6
  %8 = tail call double @llvm.fmuladd.f64(double %2, double %5, double %7)
  %9 = getelementptr inbounds nuw double, ptr @cheb_coef, i64 %4
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = fadd double %8, %10
  %12 = add nsw i64 %4, -1
  %13 = icmp samesign ugt i64 %4, 1
  br i1 %13, label %3, label %14, !llvm.loop !11

14:                                               ; preds = %3
  %15 = fneg double %5
  %16 = tail call double @llvm.fmuladd.f64(double %0, double %11, double %15)
  %17 = fadd double %16, 1.250000e+00
  %18 = load double, ptr @energy_accumulator, align 8, !tbaa !9
  %19 = tail call double @llvm.fmuladd.f64(double %17, double %17, double %18)
  store double %19, ptr @energy_accumulator, align 8, !tbaa !9
  %20 = load i32, ptr @call_count, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr @call_count, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 5, %0 ], [ %10, %1 ]
  %3 = phi double [ 0.000000e+00, %0 ], [ %9, %1 ]
  %4 = phi double [ 0.000000e+00, %0 ], [ %3, %1 ]
  %5 = fneg double %4
  %6 = tail call double @llvm.fmuladd.f64(double %3, double 6.000000e-01, double %5)
  %7 = getelementptr inbounds nuw double, ptr @cheb_coef, i64 %2
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = fadd double %6, %8
  %10 = add nsw i64 %2, -1
  %11 = icmp samesign ugt i64 %2, 1
  br i1 %11, label %1, label %12, !llvm.loop !11

12:                                               ; preds = %1
  %13 = fneg double %3
  %14 = tail call double @llvm.fmuladd.f64(double %9, double 3.000000e-01, double %13)
  %15 = fadd double %14, 1.250000e+00
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %15)
  br label %17

17:                                               ; preds = %17, %12
  %18 = phi i64 [ 5, %12 ], [ %26, %17 ]
  %19 = phi double [ 0.000000e+00, %12 ], [ %25, %17 ]
  %20 = phi double [ 0.000000e+00, %12 ], [ %19, %17 ]
  %21 = fneg double %20
  %22 = tail call double @llvm.fmuladd.f64(double %19, double 6.000000e-01, double %21)
  %23 = getelementptr inbounds nuw double, ptr @cheb_coef, i64 %18
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = fadd double %22, %24
  %26 = add nsw i64 %18, -1
  %27 = icmp samesign ugt i64 %18, 1
  br i1 %27, label %17, label %28, !llvm.loop !11

28:                                               ; preds = %17
  %29 = load double, ptr @energy_accumulator, align 8, !tbaa !9
  %30 = load i32, ptr @call_count, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %31, %28
  %32 = phi i64 [ 5, %28 ], [ %40, %31 ]
  %33 = phi double [ 0.000000e+00, %28 ], [ %39, %31 ]
  %34 = phi double [ 0.000000e+00, %28 ], [ %33, %31 ]
  %35 = fneg double %34
  %36 = tail call double @llvm.fmuladd.f64(double %33, double -1.400000e+00, double %35)
  %37 = getelementptr inbounds nuw double, ptr @cheb_coef, i64 %32
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = fadd double %36, %38
  %40 = add nsw i64 %32, -1
  %41 = icmp samesign ugt i64 %32, 1
  br i1 %41, label %31, label %42, !llvm.loop !11

42:                                               ; preds = %31, %42
  %43 = phi i64 [ %51, %42 ], [ 5, %31 ]
  %44 = phi double [ %50, %42 ], [ 0.000000e+00, %31 ]
  %45 = phi double [ %44, %42 ], [ 0.000000e+00, %31 ]
  %46 = fneg double %45
  %47 = tail call double @llvm.fmuladd.f64(double %44, double 1.800000e+00, double %46)
  %48 = getelementptr inbounds nuw double, ptr @cheb_coef, i64 %43
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %47, %49
  %51 = add nsw i64 %43, -1
  %52 = icmp samesign ugt i64 %43, 1
  br i1 %52, label %42, label %53, !llvm.loop !11

53:                                               ; preds = %42
  %54 = fneg double %33
  %55 = tail call double @llvm.fmuladd.f64(double %39, double 0xBFE6666666666666, double %54)
  %56 = fadd double %55, 1.250000e+00
  %57 = fneg double %19
  %58 = tail call double @llvm.fmuladd.f64(double %25, double 3.000000e-01, double %57)
  %59 = fadd double %58, 1.250000e+00
  %60 = tail call double @llvm.fmuladd.f64(double %59, double %59, double %29)
  %61 = tail call double @llvm.fmuladd.f64(double %56, double %56, double %60)
  %62 = fneg double %44
  %63 = tail call double @llvm.fmuladd.f64(double %50, double 9.000000e-01, double %62)
  %64 = fadd double %63, 1.250000e+00
  %65 = tail call double @llvm.fmuladd.f64(double %64, double %64, double %61)
  store double %65, ptr @energy_accumulator, align 8, !tbaa !9
  %66 = add nsw i32 %30, 3
  store i32 %66, ptr @call_count, align 4, !tbaa !5
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %65)
  %68 = load i32, ptr @call_count, align 4, !tbaa !5
  %69 = sitofp i32 %68 to double
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %69)
  %71 = load ptr, ptr @stdout, align 8, !tbaa !14
  %72 = tail call i32 @fflush(ptr noundef %71)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
