; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"C[%d] = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"frob2\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @matmul(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %3, 0
  br i1 %7, label %8, label %23

8:                                                ; preds = %6
  %9 = icmp sgt i32 %5, 0
  %10 = icmp sgt i32 %4, 0
  %11 = zext i32 %5 to i64
  %12 = zext nneg i32 %3 to i64
  %13 = zext nneg i32 %4 to i64
  br label %14

14:                                               ; preds = %8, %28
  %15 = phi i64 [ 0, %8 ], [ %29, %28 ]
  br i1 %9, label %16, label %28

16:                                               ; preds = %14
  %17 = mul nuw nsw i64 %15, %11
  %18 = trunc i64 %15 to i32
  %19 = mul i32 %4, %18
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds nuw double, ptr %0, i64 %20
  %22 = getelementptr inbounds nuw double, ptr %2, i64 %17
  br label %24

23:                                               ; preds = %28, %6
  ret void

24:                                               ; preds = %16, %31
  %25 = phi i64 [ 0, %16 ], [ %34, %31 ]
  br i1 %10, label %26, label %31

26:                                               ; preds = %24
  %27 = getelementptr inbounds nuw double, ptr %1, i64 %25
  br label %36

28:                                               ; preds = %31, %14
  %29 = add nuw nsw i64 %15, 1
  %30 = icmp eq i64 %29, %12
  br i1 %30, label %23, label %14, !llvm.loop !9

31:                                               ; preds = %36, %24
  %32 = phi double [ 0.000000e+00, %24 ], [ %44, %36 ]
  %33 = getelementptr inbounds nuw double, ptr %22, i64 %25
  store double %32, ptr %33, align 8, !tbaa !12
  %34 = add nuw nsw i64 %25, 1
  %35 = icmp eq i64 %34, %11
  br i1 %35, label %28, label %24, !llvm.loop !14

36:                                               ; preds = %26, %36
  %37 = phi i64 [ 0, %26 ], [ %45, %36 ]
  %38 = phi double [ 0.000000e+00, %26 ], [ %44, %36 ]
  %39 = getelementptr inbounds nuw double, ptr %21, i64 %37
  %40 = load double, ptr %39, align 8, !tbaa !12
  %41 = mul nuw nsw i64 %37, %11
  %42 = getelementptr inbounds nuw double, ptr %27, i64 %41
  %43 = load double, ptr %42, align 8, !tbaa !12
  %44 = tail call double @llvm.fmuladd.f64(double %40, double %43, double %38)
  %45 = add nuw nsw i64 %37, 1
  %46 = icmp eq i64 %45, %13
  br i1 %46, label %31, label %36, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @frob2(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %13, %8 ]
  ret double %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %14, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %13, %8 ]
  %11 = getelementptr inbounds nuw double, ptr %0, i64 %9
  %12 = load double, ptr %11, align 8, !tbaa !12
  %13 = tail call double @llvm.fmuladd.f64(double %12, double %12, double %10)
  %14 = add nuw nsw i64 %9, 1
  %15 = icmp eq i64 %14, %5
  br i1 %15, label %6, label %8, !llvm.loop !16
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [6 x double], align 16
  %2 = alloca [6 x double], align 16
  %3 = alloca [4 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %4, i8 0, i64 16, i1 false)
  store double 1.000000e+00, ptr %1, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 2.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double -1.000000e+00, ptr %6, align 16
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 5.000000e-01, ptr %7, align 8
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 3.000000e+00, ptr %8, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  store double 2.500000e-01, ptr %2, align 16
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double -1.000000e+00, ptr %9, align 8
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store double 2.000000e+00, ptr %10, align 16
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 24
  store double 1.000000e+00, ptr %11, align 8
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store double -5.000000e-01, ptr %12, align 16
  %13 = getelementptr inbounds nuw i8, ptr %2, i64 40
  store double 7.500000e-01, ptr %13, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #7
  %14 = getelementptr inbounds nuw i8, ptr %2, i64 8
  br label %15

15:                                               ; preds = %26, %0
  %16 = phi i1 [ false, %0 ], [ true, %26 ]
  %17 = phi i64 [ 0, %0 ], [ 1, %26 ]
  %18 = mul nuw nsw i64 %17, 24
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 %18
  %20 = shl nuw nsw i64 %17, 4
  %21 = getelementptr inbounds nuw i8, ptr %3, i64 %20
  br label %22

22:                                               ; preds = %27, %15
  %23 = phi i1 [ false, %15 ], [ true, %27 ]
  %24 = phi ptr [ %2, %15 ], [ %14, %27 ]
  %25 = phi i64 [ 0, %15 ], [ 1, %27 ]
  br label %29

26:                                               ; preds = %27
  br i1 %16, label %52, label %15, !llvm.loop !9

27:                                               ; preds = %29
  %28 = getelementptr inbounds nuw double, ptr %21, i64 %25
  store double %37, ptr %28, align 8, !tbaa !12
  br i1 %23, label %26, label %22, !llvm.loop !14

29:                                               ; preds = %29, %22
  %30 = phi i64 [ 0, %22 ], [ %38, %29 ]
  %31 = phi double [ 0.000000e+00, %22 ], [ %37, %29 ]
  %32 = getelementptr inbounds nuw double, ptr %19, i64 %30
  %33 = load double, ptr %32, align 8, !tbaa !12
  %34 = shl nuw nsw i64 %30, 4
  %35 = getelementptr inbounds nuw i8, ptr %24, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !12
  %37 = tail call double @llvm.fmuladd.f64(double %33, double %36, double %31)
  %38 = add nuw nsw i64 %30, 1
  %39 = icmp eq i64 %38, 3
  br i1 %39, label %27, label %29, !llvm.loop !15

40:                                               ; preds = %52, %40
  %41 = phi i64 [ %46, %40 ], [ 0, %52 ]
  %42 = phi double [ %45, %40 ], [ 0.000000e+00, %52 ]
  %43 = getelementptr inbounds nuw double, ptr %3, i64 %41
  %44 = load double, ptr %43, align 8, !tbaa !12
  %45 = tail call double @llvm.fmuladd.f64(double %44, double %44, double %42)
  %46 = add nuw nsw i64 %41, 1
  %47 = icmp eq i64 %46, 4
  br i1 %47, label %48, label %40, !llvm.loop !16

48:                                               ; preds = %40
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull @.str.2, double noundef %45)
  %50 = load ptr, ptr @stdout, align 8, !tbaa !17
  %51 = tail call i32 @fflush(ptr noundef %50)
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0

52:                                               ; preds = %26, %52
  %53 = phi i64 [ %58, %52 ], [ 0, %26 ]
  %54 = getelementptr inbounds nuw double, ptr %3, i64 %53
  %55 = load double, ptr %54, align 8, !tbaa !12
  %56 = trunc nuw nsw i64 %53 to i32
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %56, double noundef %55)
  %58 = add nuw nsw i64 %53, 1
  %59 = icmp eq i64 %58, 4
  br i1 %59, label %40, label %52, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }

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
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 _ZTS8_IO_FILE", !19, i64 0}
!19 = !{!"any pointer", !7, i64 0}
!20 = distinct !{!20, !10, !11}
