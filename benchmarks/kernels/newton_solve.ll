; ModuleID = 'newton_solve.c'
source_filename = "newton_solve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @newton_solve(ptr noundef readonly captures(none) %0, double noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  br label %9

7:                                                ; preds = %42, %3
  %8 = phi double [ 0.000000e+00, %3 ], [ %44, %42 ]
  ret double %8

9:                                                ; preds = %5, %42
  %10 = phi i64 [ 0, %5 ], [ %45, %42 ]
  %11 = phi double [ 0.000000e+00, %5 ], [ %44, %42 ]
  %12 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = fcmp ogt double %13, 1.000000e+00
  br i1 %14, label %15, label %17

15:                                               ; preds = %9
  %16 = tail call double @cbrt(double noundef %13) #3
  br label %17

17:                                               ; preds = %9, %15
  %18 = phi double [ %16, %15 ], [ %13, %9 ]
  %19 = tail call double @llvm.fabs.f64(double %18)
  %20 = fadd double %19, 1.000000e+00
  %21 = fmul double %20, 0x3D719799812DEA11
  %22 = fcmp olt double %21, 1.000000e+00
  br i1 %22, label %23, label %42

23:                                               ; preds = %17, %23
  %24 = phi i32 [ %34, %23 ], [ 0, %17 ]
  %25 = phi double [ %33, %23 ], [ %18, %17 ]
  %26 = fmul double %25, %25
  %27 = fmul double %1, %25
  %28 = tail call double @llvm.fmuladd.f64(double %26, double %25, double %27)
  %29 = fsub double %28, %13
  %30 = fmul double %25, 3.000000e+00
  %31 = tail call double @llvm.fmuladd.f64(double %30, double %25, double %1)
  %32 = fdiv double %29, %31
  %33 = fsub double %25, %32
  %34 = add nuw nsw i32 %24, 1
  %35 = tail call double @llvm.fabs.f64(double %32)
  %36 = tail call double @llvm.fabs.f64(double %33)
  %37 = fadd double %36, 1.000000e+00
  %38 = fmul double %37, 0x3D719799812DEA11
  %39 = fcmp ogt double %35, %38
  %40 = icmp samesign ult i32 %24, 49
  %41 = select i1 %39, i1 %40, i1 false
  br i1 %41, label %23, label %42, !llvm.loop !11

42:                                               ; preds = %23, %17
  %43 = phi double [ %18, %17 ], [ %33, %23 ]
  %44 = fadd double %11, %43
  %45 = add nuw nsw i64 %10, 1
  %46 = icmp eq i64 %45, %6
  br i1 %46, label %7, label %9, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare double @cbrt(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind willreturn memory(none) }

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
!14 = distinct !{!14, !12, !13}
