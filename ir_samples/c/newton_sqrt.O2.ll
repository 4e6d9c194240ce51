; ModuleID = 'newton_sqrt.c'
source_filename = "newton_sqrt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"newton_sqrt(2)\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"newton_sqrt(0.3)\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"newton_cbrt(5)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @newton_sqrt(double noundef %0) local_unnamed_addr #0 {
  %2 = fcmp ogt double %0, 1.000000e+00
  %3 = select i1 %2, double %0, double 1.000000e+00
  %4 = fmul double %3, 1.000000e-15
  %5 = fcmp ogt double %3, %4
  br i1 %5, label %6, label %15

6:                                                ; preds = %1, %6
  %7 = phi double [ %10, %6 ], [ %3, %1 ]
  %8 = fdiv double %0, %7
  %9 = fadd double %7, %8
  %10 = fmul double %9, 5.000000e-01
  %11 = fsub double %10, %7
  %12 = tail call double @llvm.fabs.f64(double %11)
  %13 = fmul double %10, 1.000000e-15
  %14 = fcmp ogt double %12, %13
  br i1 %14, label %6, label %15, !llvm.loop !9

15:                                               ; preds = %6, %1
  %16 = phi double [ %3, %1 ], [ %10, %6 ]
  ret double %16
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @newton_cbrt(double noundef %0) local_unnamed_addr #0 {
  %2 = fneg double %0
  br label %3

3:                                                ; preds = %7, %1
  %4 = phi i32 [ 0, %1 ], [ %14, %7 ]
  %5 = phi double [ 1.000000e+00, %1 ], [ %13, %7 ]
  %6 = icmp eq i32 %4, 100
  br i1 %6, label %17, label %7

7:                                                ; preds = %3
  %8 = fmul double %5, %5
  %9 = tail call double @llvm.fmuladd.f64(double %8, double %5, double %2)
  %10 = fmul double %5, 3.000000e+00
  %11 = fmul double %5, %10
  %12 = fdiv double %9, %11
  %13 = fsub double %5, %12
  %14 = add nuw nsw i32 %4, 1
  %15 = tail call double @llvm.fabs.f64(double %12)
  %16 = fcmp olt double %15, 0x3D06849B86A12B9B
  br i1 %16, label %17, label %3

17:                                               ; preds = %7, %3
  %18 = phi double [ %13, %7 ], [ %5, %3 ]
  ret double %18
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi double [ %5, %1 ], [ 2.000000e+00, %0 ]
  %3 = fdiv double 2.000000e+00, %2
  %4 = fadd double %2, %3
  %5 = fmul double %4, 5.000000e-01
  %6 = fsub double %5, %2
  %7 = tail call double @llvm.fabs.f64(double %6)
  %8 = fmul double %5, 1.000000e-15
  %9 = fcmp ogt double %7, %8
  br i1 %9, label %1, label %10, !llvm.loop !9

10:                                               ; preds = %1
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %5)
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi double [ %16, %12 ], [ 1.000000e+00, %10 ]
  %14 = fdiv double 3.000000e-01, %13
  %15 = fadd double %13, %14
  %16 = fmul double %15, 5.000000e-01
  %17 = fsub double %16, %13
  %18 = tail call double @llvm.fabs.f64(double %17)
  %19 = fmul double %16, 1.000000e-15
  %20 = fcmp ogt double %18, %19
  br i1 %20, label %12, label %21, !llvm.loop !9

21:                                               ; preds = %12
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %16)
  br label %23

23:                                               ; preds = %27, %21
  %24 = phi i32 [ 0, %21 ], [ %34, %27 ]
  %25 = phi double [ 1.000000e+00, %21 ], [ %33, %27 ]
  %26 = icmp eq i32 %24, 100
  br i1 %26, label %37, label %27

27:                                               ; preds = %23
  %28 = fmul double %25, %25
  %29 = tail call double @llvm.fmuladd.f64(double %28, double %25, double -5.000000e+00)
  %30 = fmul double %25, 3.000000e+00
  %31 = fmul double %25, %30
  %32 = fdiv double %29, %31
  %33 = fsub double %25, %32
  %34 = add nuw nsw i32 %24, 1
  %35 = tail call double @llvm.fabs.f64(double %32)
  %36 = fcmp olt double %35, 0x3D06849B86A12B9B
  br i1 %36, label %37, label %23

37:                                               ; preds = %23, %27
  %38 = phi double [ %33, %27 ], [ %25, %23 ]
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %38)
  %40 = load ptr, ptr @stdout, align 8, !tbaa !12
  %41 = tail call i32 @fflush(ptr noundef %40)
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
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 _ZTS8_IO_FILE", !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
