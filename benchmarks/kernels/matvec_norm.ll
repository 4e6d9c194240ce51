; ModuleID = 'matvec_norm.c'
source_filename = "matvec_norm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define dso_local double @matvec_norm(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef captures(none) %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %3, 0
  br i1 %6, label %7, label %33

7:                                                ; preds = %5
  %8 = icmp sgt i32 %4, 0
  %9 = zext i32 %4 to i64
  %10 = zext nneg i32 %3 to i64
  br label %11

11:                                               ; preds = %7, %18
  %12 = phi i64 [ 0, %7 ], [ %21, %18 ]
  br i1 %8, label %13, label %18

13:                                               ; preds = %11
  %14 = mul nuw nsw i64 %12, %9
  %15 = getelementptr inbounds nuw double, ptr %0, i64 %14
  br label %23

16:                                               ; preds = %18
  %17 = zext nneg i32 %3 to i64
  br label %36

18:                                               ; preds = %23, %11
  %19 = phi double [ 0.000000e+00, %11 ], [ %30, %23 ]
  %20 = getelementptr inbounds nuw double, ptr %2, i64 %12
  store double %19, ptr %20, align 8, !tbaa !9
  %21 = add nuw nsw i64 %12, 1
  %22 = icmp eq i64 %21, %10
  br i1 %22, label %16, label %11, !llvm.loop !11

23:                                               ; preds = %13, %23
  %24 = phi i64 [ 0, %13 ], [ %31, %23 ]
  %25 = phi double [ 0.000000e+00, %13 ], [ %30, %23 ]
  %26 = getelementptr inbounds nuw double, ptr %15, i64 %24
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw double, ptr %1, i64 %24
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = tail call double @llvm.fmuladd.f64(double %27, double %29, double %25)
  %31 = add nuw nsw i64 %24, 1
  %32 = icmp eq i64 %31, %9
  br i1 %32, label %18, label %23, !llvm.loop !14

33:                                               ; preds = %36, %5
  %34 = phi double [ 0.000000e+00, %5 ], [ %41, %36 ]
  %35 = tail call double @sqrt(double noundef %34) #3, !tbaa !5
  ret double %35

36:                                               ; preds = %16, %36
  %37 = phi i64 [ 0, %16 ], [ %42, %36 ]
  %38 = phi double [ 0.000000e+00, %16 ], [ %41, %36 ]
  %39 = getelementptr inbounds nuw double, ptr %2, i64 %37
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = tail call double @llvm.fmuladd.f64(double %40, double %40, double %38)
  %42 = add nuw nsw i64 %37, 1
  %43 = icmp eq i64 %42, %17
  br i1 %43, label %33, label %36, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
