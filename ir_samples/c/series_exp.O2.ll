; ModuleID = 'series_exp.c'
source_filename = "series_exp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"series_exp(1.3)\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"series_exp(-2.1)\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"series_atan(0.4)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @series_exp(double noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %1, %2
  %3 = phi i32 [ 1, %1 ], [ %10, %2 ]
  %4 = phi double [ 1.000000e+00, %1 ], [ %9, %2 ]
  %5 = phi double [ 1.000000e+00, %1 ], [ %8, %2 ]
  %6 = uitofp nneg i32 %3 to double
  %7 = fdiv double %0, %6
  %8 = fmul double %5, %7
  %9 = fadd double %4, %8
  %10 = add nuw nsw i32 %3, 1
  %11 = tail call double @llvm.fabs.f64(double %8)
  %12 = tail call double @llvm.fabs.f64(double %9)
  %13 = fmul double %12, 1.000000e-17
  %14 = fcmp ogt double %11, %13
  br i1 %14, label %2, label %15, !llvm.loop !9

15:                                               ; preds = %2
  ret double %9
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @series_atan(double noundef %0) local_unnamed_addr #0 {
  %2 = fmul double %0, %0
  br label %3

3:                                                ; preds = %3, %1
  %4 = phi double [ 0.000000e+00, %1 ], [ %15, %3 ]
  %5 = phi i32 [ 0, %1 ], [ %17, %3 ]
  %6 = phi double [ %0, %1 ], [ %16, %3 ]
  %7 = shl nuw nsw i32 %5, 1
  %8 = or disjoint i32 %7, 1
  %9 = uitofp nneg i32 %8 to double
  %10 = fdiv double %6, %9
  %11 = and i32 %5, 1
  %12 = icmp eq i32 %11, 0
  %13 = fneg double %10
  %14 = select i1 %12, double %10, double %13
  %15 = fadd double %4, %14
  %16 = fmul double %2, %6
  %17 = add nuw nsw i32 %5, 1
  %18 = tail call double @llvm.fabs.f64(double %16)
  %19 = fcmp ogt double %18, 1.000000e-18
  br i1 %19, label %3, label %20, !llvm.loop !12

20:                                               ; preds = %3
  ret double %15
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i32 [ 1, %0 ], [ %9, %1 ]
  %3 = phi double [ 1.000000e+00, %0 ], [ %8, %1 ]
  %4 = phi double [ 1.000000e+00, %0 ], [ %7, %1 ]
  %5 = uitofp nneg i32 %2 to double
  %6 = fdiv double 1.300000e+00, %5
  %7 = fmul double %4, %6
  %8 = fadd double %3, %7
  %9 = add nuw nsw i32 %2, 1
  %10 = tail call double @llvm.fabs.f64(double %7)
  %11 = tail call double @llvm.fabs.f64(double %8)
  %12 = fmul double %11, 1.000000e-17
  %13 = fcmp ogt double %10, %12
  br i1 %13, label %1, label %14, !llvm.loop !9

14:                                               ; preds = %1
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %8)
  br label %16

16:                                               ; preds = %16, %14
  %17 = phi i32 [ 1, %14 ], [ %24, %16 ]
  %18 = phi double [ 1.000000e+00, %14 ], [ %23, %16 ]
  %19 = phi double [ 1.000000e+00, %14 ], [ %22, %16 ]
  %20 = uitofp nneg i32 %17 to double
  %21 = fdiv double -2.100000e+00, %20
  %22 = fmul double %19, %21
  %23 = fadd double %18, %22
  %24 = add nuw nsw i32 %17, 1
  %25 = tail call double @llvm.fabs.f64(double %22)
  %26 = tail call double @llvm.fabs.f64(double %23)
  %27 = fmul double %26, 1.000000e-17
  %28 = fcmp ogt double %25, %27
  br i1 %28, label %16, label %29, !llvm.loop !9

29:                                               ; preds = %16
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %23)
  br label %31

31:                                               ; preds = %31, %29
  %32 = phi double [ 0.000000e+00, %29 ], [ %43, %31 ]
  %33 = phi i32 [ 0, %29 ], [ %45, %31 ]
  %34 = phi double [ 4.000000e-01, %29 ], [ %44, %31 ]
  %35 = shl nuw nsw i32 %33, 1
  %36 = or disjoint i32 %35, 1
  %37 = uitofp nneg i32 %36 to double
  %38 = fdiv double %34, %37
  %39 = and i32 %33, 1
  %40 = icmp eq i32 %39, 0
  %41 = fneg double %38
  %42 = select i1 %40, double %38, double %41
  %43 = fadd double %32, %42
  %44 = fmul double %34, 0x3FC47AE147AE147C
  %45 = add nuw nsw i32 %33, 1
  %46 = tail call double @llvm.fabs.f64(double %44)
  %47 = fcmp ogt double %46, 1.000000e-18
  br i1 %47, label %31, label %48, !llvm.loop !12

48:                                               ; preds = %31
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %43)
  %50 = load ptr, ptr @stdout, align 8, !tbaa !13
  %51 = tail call i32 @fflush(ptr noundef %50)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTS8_IO_FILE", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
