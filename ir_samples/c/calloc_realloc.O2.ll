; ModuleID = 'calloc_realloc.c'
source_filename = "calloc_realloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [9 x double] [double 1.100000e+00, double 9.000000e-01, double 1.300000e+00, double 0xBFE6666666666666, double 1.050000e+00, double 8.000000e-01, double 1.200000e+00, double -1.100000e+00, double 0x3FEE666666666666], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"growing_products\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local double @growing_products(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call noalias dereferenceable_or_null(16) ptr @calloc(i64 noundef 2, i64 noundef 8) #6
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %30

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %24
  %8 = zext nneg i32 %1 to i64
  br label %33

9:                                                ; preds = %5, %24
  %10 = phi i64 [ 0, %5 ], [ %27, %24 ]
  %11 = phi double [ 1.000000e+00, %5 ], [ %16, %24 ]
  %12 = phi ptr [ %3, %5 ], [ %26, %24 ]
  %13 = phi i32 [ 2, %5 ], [ %25, %24 ]
  %14 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = fmul double %11, %15
  %17 = zext i32 %13 to i64
  %18 = icmp eq i64 %10, %17
  br i1 %18, label %19, label %24

19:                                               ; preds = %9
  %20 = shl nsw i32 %13, 1
  %21 = sext i32 %20 to i64
  %22 = shl nsw i64 %21, 3
  %23 = tail call ptr @realloc(ptr noundef %12, i64 noundef %22) #7
  br label %24

24:                                               ; preds = %19, %9
  %25 = phi i32 [ %20, %19 ], [ %13, %9 ]
  %26 = phi ptr [ %23, %19 ], [ %12, %9 ]
  %27 = add nuw nsw i64 %10, 1
  %28 = getelementptr inbounds nuw double, ptr %26, i64 %10
  store double %16, ptr %28, align 8, !tbaa !9
  %29 = icmp eq i64 %27, %6
  br i1 %29, label %7, label %9, !llvm.loop !11

30:                                               ; preds = %33, %2
  %31 = phi ptr [ %3, %2 ], [ %26, %33 ]
  %32 = phi double [ 0.000000e+00, %2 ], [ %38, %33 ]
  tail call void @free(ptr noundef %31) #8
  ret double %32

33:                                               ; preds = %7, %33
  %34 = phi i64 [ 0, %7 ], [ %39, %33 ]
  %35 = phi double [ 0.000000e+00, %7 ], [ %38, %33 ]
  %36 = getelementptr inbounds nuw double, ptr %26, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = fadd double %35, %37
  %39 = add nuw nsw i64 %34, 1
  %40 = icmp eq i64 %39, %8
  br i1 %40, label %30, label %33, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite)
declare noalias noundef ptr @realloc(ptr allocptr noundef captures(none), i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = tail call noalias dereferenceable_or_null(16) ptr @calloc(i64 noundef 2, i64 noundef 8) #6
  br label %2

2:                                                ; preds = %17, %0
  %3 = phi i64 [ 0, %0 ], [ %20, %17 ]
  %4 = phi double [ 1.000000e+00, %0 ], [ %9, %17 ]
  %5 = phi ptr [ %1, %0 ], [ %19, %17 ]
  %6 = phi i32 [ 2, %0 ], [ %18, %17 ]
  %7 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %3
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = fmul double %4, %8
  %10 = zext i32 %6 to i64
  %11 = icmp eq i64 %3, %10
  br i1 %11, label %12, label %17

12:                                               ; preds = %2
  %13 = shl nsw i32 %6, 1
  %14 = sext i32 %13 to i64
  %15 = shl nsw i64 %14, 3
  %16 = tail call ptr @realloc(ptr noundef %5, i64 noundef %15) #7
  br label %17

17:                                               ; preds = %12, %2
  %18 = phi i32 [ %13, %12 ], [ %6, %2 ]
  %19 = phi ptr [ %16, %12 ], [ %5, %2 ]
  %20 = add nuw nsw i64 %3, 1
  %21 = getelementptr inbounds nuw double, ptr %19, i64 %3
  store double %9, ptr %21, align 8, !tbaa !9
  %22 = icmp eq i64 %20, 9
  br i1 %22, label %23, label %2, !llvm.loop !11

23:                                               ; preds = %17, %23
  %24 = phi i64 [ %29, %23 ], [ 0, %17 ]
  %25 = phi double [ %28, %23 ], [ 0.000000e+00, %17 ]
  %26 = getelementptr inbounds nuw double, ptr %19, i64 %24
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = fadd double %25, %27
  %29 = add nuw nsw i64 %24, 1
  %30 = icmp eq i64 %29, 9
  br i1 %30, label %31, label %23, !llvm.loop !14

31:                                               ; preds = %23
  tail call void @free(ptr noundef nonnull %19) #8
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %28)
  %33 = load ptr, ptr @stdout, align 8, !tbaa !15
  %34 = tail call i32 @fflush(ptr noundef %33)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #5

attributes #0 = { nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0,1) }
attributes #7 = { nounwind allocsize(1) }
attributes #8 = { nounwind }

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
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
