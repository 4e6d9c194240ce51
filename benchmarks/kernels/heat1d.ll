; ModuleID = 'heat1d.c'
source_filename = "heat1d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local double @heat1d(ptr noundef readonly captures(none) %0, double noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = sext i32 %2 to i64
  %6 = shl nsw i64 %5, 3
  %7 = tail call noalias ptr @malloc(i64 noundef %6) #5
  %8 = tail call noalias ptr @malloc(i64 noundef %6) #5
  %9 = icmp sgt i32 %2, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %4
  %11 = zext nneg i32 %2 to i64
  %12 = shl nuw nsw i64 %11, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %0, i64 %12, i1 false), !tbaa !9
  br label %13

13:                                               ; preds = %10, %4
  %14 = icmp sgt i32 %3, 0
  br i1 %14, label %15, label %25

15:                                               ; preds = %13
  %16 = add nsw i32 %2, -1
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %7, i64 %17
  %19 = getelementptr inbounds double, ptr %8, i64 %17
  %20 = icmp sgt i32 %2, 2
  %21 = zext i32 %2 to i64
  %22 = shl nuw nsw i64 %21, 3
  %23 = zext nneg i32 %16 to i64
  %24 = getelementptr inbounds nuw i8, ptr %7, i64 8
  br label %28

25:                                               ; preds = %50, %13
  br i1 %9, label %26, label %53

26:                                               ; preds = %25
  %27 = zext nneg i32 %2 to i64
  br label %55

28:                                               ; preds = %15, %50
  %29 = phi i32 [ 0, %15 ], [ %51, %50 ]
  %30 = load double, ptr %7, align 8, !tbaa !9
  store double %30, ptr %8, align 8, !tbaa !9
  %31 = load double, ptr %18, align 8, !tbaa !9
  store double %31, ptr %19, align 8, !tbaa !9
  br i1 %20, label %32, label %34

32:                                               ; preds = %28
  %33 = load double, ptr %24, align 8, !tbaa !9
  br label %36

34:                                               ; preds = %28
  br i1 %9, label %35, label %50

35:                                               ; preds = %36, %34
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %7, ptr nonnull align 8 %8, i64 %22, i1 false), !tbaa !9
  br label %50

36:                                               ; preds = %32, %36
  %37 = phi double [ %33, %32 ], [ %45, %36 ]
  %38 = phi i64 [ 1, %32 ], [ %43, %36 ]
  %39 = getelementptr inbounds nuw double, ptr %7, i64 %38
  %40 = getelementptr i8, ptr %39, i64 -8
  %41 = load double, ptr %40, align 8, !tbaa !9
  %42 = tail call double @llvm.fmuladd.f64(double %37, double -2.000000e+00, double %41)
  %43 = add nuw nsw i64 %38, 1
  %44 = getelementptr inbounds nuw double, ptr %7, i64 %43
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = fadd double %42, %45
  %47 = tail call double @llvm.fmuladd.f64(double %1, double %46, double %37)
  %48 = getelementptr inbounds nuw double, ptr %8, i64 %38
  store double %47, ptr %48, align 8, !tbaa !9
  %49 = icmp eq i64 %43, %23
  br i1 %49, label %35, label %36, !llvm.loop !11

50:                                               ; preds = %35, %34
  %51 = add nuw nsw i32 %29, 1
  %52 = icmp eq i32 %51, %3
  br i1 %52, label %25, label %28, !llvm.loop !14

53:                                               ; preds = %55, %25
  %54 = phi double [ 0.000000e+00, %25 ], [ %60, %55 ]
  tail call void @free(ptr noundef %7) #6
  tail call void @free(ptr noundef %8) #6
  ret double %54

55:                                               ; preds = %26, %55
  %56 = phi i64 [ 0, %26 ], [ %61, %55 ]
  %57 = phi double [ 0.000000e+00, %26 ], [ %60, %55 ]
  %58 = getelementptr inbounds nuw double, ptr %7, i64 %56
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = tail call double @llvm.fmuladd.f64(double %59, double %59, double %57)
  %61 = add nuw nsw i64 %56, 1
  %62 = icmp eq i64 %61, %27
  br i1 %62, label %53, label %55, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

attributes #0 = { nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
