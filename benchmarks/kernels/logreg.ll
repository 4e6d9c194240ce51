; ModuleID = 'logreg.c'
source_filename = "logreg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @logreg_loss(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, double noundef %3, double noundef %4, i32 noundef %5, i32 noundef %6) local_unnamed_addr #0 {
  %8 = icmp sgt i32 %5, 0
  br i1 %8, label %9, label %19

9:                                                ; preds = %7
  %10 = icmp sgt i32 %6, 0
  %11 = zext i32 %6 to i64
  %12 = zext nneg i32 %5 to i64
  br label %13

13:                                               ; preds = %9, %45
  %14 = phi i64 [ 0, %9 ], [ %52, %45 ]
  %15 = phi double [ 0.000000e+00, %9 ], [ %51, %45 ]
  br i1 %10, label %16, label %24

16:                                               ; preds = %13
  %17 = mul nuw nsw i64 %14, %11
  %18 = getelementptr inbounds nuw double, ptr %0, i64 %17
  br label %27

19:                                               ; preds = %45, %7
  %20 = phi double [ 0.000000e+00, %7 ], [ %51, %45 ]
  %21 = icmp sgt i32 %6, 0
  br i1 %21, label %22, label %54

22:                                               ; preds = %19
  %23 = zext nneg i32 %6 to i64
  br label %60

24:                                               ; preds = %27, %13
  %25 = phi double [ %3, %13 ], [ %34, %27 ]
  %26 = fcmp ogt double %25, 0.000000e+00
  br i1 %26, label %37, label %42

27:                                               ; preds = %16, %27
  %28 = phi i64 [ 0, %16 ], [ %35, %27 ]
  %29 = phi double [ %3, %16 ], [ %34, %27 ]
  %30 = getelementptr inbounds nuw double, ptr %18, i64 %28
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = tail call double @llvm.fmuladd.f64(double %31, double %33, double %29)
  %35 = add nuw nsw i64 %28, 1
  %36 = icmp eq i64 %35, %11
  br i1 %36, label %24, label %27, !llvm.loop !11

37:                                               ; preds = %24
  %38 = fneg double %25
  %39 = tail call double @exp(double noundef %38) #3, !tbaa !5
  %40 = tail call double @log1p(double noundef %39) #3, !tbaa !5
  %41 = fadd double %25, %40
  br label %45

42:                                               ; preds = %24
  %43 = tail call double @exp(double noundef %25) #3, !tbaa !5
  %44 = tail call double @log1p(double noundef %43) #3, !tbaa !5
  br label %45

45:                                               ; preds = %42, %37
  %46 = phi double [ %41, %37 ], [ %44, %42 ]
  %47 = getelementptr inbounds nuw double, ptr %1, i64 %14
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = fneg double %48
  %50 = tail call double @llvm.fmuladd.f64(double %49, double %25, double %46)
  %51 = fadd double %15, %50
  %52 = add nuw nsw i64 %14, 1
  %53 = icmp eq i64 %52, %12
  br i1 %53, label %19, label %13, !llvm.loop !14

54:                                               ; preds = %60, %19
  %55 = phi double [ 0.000000e+00, %19 ], [ %65, %60 ]
  %56 = sitofp i32 %5 to double
  %57 = fdiv double %20, %56
  %58 = fmul double %4, 5.000000e-01
  %59 = tail call double @llvm.fmuladd.f64(double %58, double %55, double %57)
  ret double %59

60:                                               ; preds = %22, %60
  %61 = phi i64 [ 0, %22 ], [ %66, %60 ]
  %62 = phi double [ 0.000000e+00, %22 ], [ %65, %60 ]
  %63 = getelementptr inbounds nuw double, ptr %2, i64 %61
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = tail call double @llvm.fmuladd.f64(double %64, double %64, double %62)
  %66 = add nuw nsw i64 %61, 1
  %67 = icmp eq i64 %66, %23
  br i1 %67, label %54, label %60, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log1p(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
!15 = distinct !{!15, !12, !13}
