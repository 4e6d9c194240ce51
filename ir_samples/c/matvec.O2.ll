; ModuleID = 'matvec.c'
source_filename = "matvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.A = private unnamed_addr constant [9 x double] [double 2.000000e+00, double -1.000000e+00, double 5.000000e-01, double 2.500000e-01, double 3.000000e+00, double -2.000000e+00, double 1.000000e+00, double 1.500000e+00, double 4.000000e+00], align 16
@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -5.000000e-01, double 2.000000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"y[0]\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"y[1]\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"y[2]\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"quadform\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @matvec(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %3, 0
  br i1 %6, label %7, label %16

7:                                                ; preds = %5
  %8 = icmp sgt i32 %4, 0
  %9 = zext i32 %4 to i64
  %10 = zext nneg i32 %3 to i64
  br label %11

11:                                               ; preds = %7, %17
  %12 = phi i64 [ 0, %7 ], [ %20, %17 ]
  br i1 %8, label %13, label %17

13:                                               ; preds = %11
  %14 = mul nuw nsw i64 %12, %9
  %15 = getelementptr inbounds nuw double, ptr %0, i64 %14
  br label %22

16:                                               ; preds = %17, %5
  ret void

17:                                               ; preds = %22, %11
  %18 = phi double [ 0.000000e+00, %11 ], [ %29, %22 ]
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %12
  store double %18, ptr %19, align 8, !tbaa !9
  %20 = add nuw nsw i64 %12, 1
  %21 = icmp eq i64 %20, %10
  br i1 %21, label %16, label %11, !llvm.loop !11

22:                                               ; preds = %13, %22
  %23 = phi i64 [ 0, %13 ], [ %30, %22 ]
  %24 = phi double [ 0.000000e+00, %13 ], [ %29, %22 ]
  %25 = getelementptr inbounds nuw double, ptr %15, i64 %23
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw double, ptr %1, i64 %23
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %26, double %28, double %24)
  %30 = add nuw nsw i64 %23, 1
  %31 = icmp eq i64 %30, %9
  br i1 %31, label %17, label %22, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @quadform(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #3 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %14

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  br label %7

7:                                                ; preds = %16, %5
  %8 = phi i64 [ 0, %5 ], [ %17, %16 ]
  %9 = phi double [ 0.000000e+00, %5 ], [ %27, %16 ]
  %10 = getelementptr inbounds nuw double, ptr %1, i64 %8
  %11 = load double, ptr %10, align 8, !tbaa !9
  %12 = mul nuw nsw i64 %8, %6
  %13 = getelementptr inbounds nuw double, ptr %0, i64 %12
  br label %19

14:                                               ; preds = %16, %3
  %15 = phi double [ 0.000000e+00, %3 ], [ %27, %16 ]
  ret double %15

16:                                               ; preds = %19
  %17 = add nuw nsw i64 %8, 1
  %18 = icmp eq i64 %17, %6
  br i1 %18, label %14, label %7, !llvm.loop !15

19:                                               ; preds = %7, %19
  %20 = phi i64 [ 0, %7 ], [ %28, %19 ]
  %21 = phi double [ %9, %7 ], [ %27, %19 ]
  %22 = getelementptr inbounds nuw double, ptr %13, i64 %20
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = fmul double %11, %23
  %25 = getelementptr inbounds nuw double, ptr %1, i64 %20
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = tail call double @llvm.fmuladd.f64(double %24, double %26, double %21)
  %28 = add nuw nsw i64 %20, 1
  %29 = icmp eq i64 %28, %6
  br i1 %29, label %16, label %19, !llvm.loop !16
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [3 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #6
  br label %2

2:                                                ; preds = %6, %0
  %3 = phi i64 [ 0, %0 ], [ %8, %6 ]
  %4 = mul nuw nsw i64 %3, 24
  %5 = getelementptr inbounds nuw i8, ptr @__const.main.A, i64 %4
  br label %10

6:                                                ; preds = %10
  %7 = getelementptr inbounds nuw double, ptr %1, i64 %3
  store double %17, ptr %7, align 8, !tbaa !9
  %8 = add nuw nsw i64 %3, 1
  %9 = icmp eq i64 %8, 3
  br i1 %9, label %20, label %2, !llvm.loop !11

10:                                               ; preds = %10, %2
  %11 = phi i64 [ 0, %2 ], [ %18, %10 ]
  %12 = phi double [ 0.000000e+00, %2 ], [ %17, %10 ]
  %13 = getelementptr inbounds nuw double, ptr %5, i64 %11
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %11
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = tail call double @llvm.fmuladd.f64(double %14, double %16, double %12)
  %18 = add nuw nsw i64 %11, 1
  %19 = icmp eq i64 %18, 3
  br i1 %19, label %6, label %10, !llvm.loop !14

20:                                               ; preds = %6
  %21 = load double, ptr %1, align 16, !tbaa !9
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %21)
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %24)
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %27 = load double, ptr %26, align 16, !tbaa !9
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %27)
  br label %29

29:                                               ; preds = %36, %20
  %30 = phi i64 [ 0, %20 ], [ %37, %36 ]
  %31 = phi double [ 0.000000e+00, %20 ], [ %47, %36 ]
  %32 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %30
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = mul nuw nsw i64 %30, 24
  %35 = getelementptr inbounds nuw i8, ptr @__const.main.A, i64 %34
  br label %39

36:                                               ; preds = %39
  %37 = add nuw nsw i64 %30, 1
  %38 = icmp eq i64 %37, 3
  br i1 %38, label %50, label %29, !llvm.loop !15

39:                                               ; preds = %39, %29
  %40 = phi i64 [ 0, %29 ], [ %48, %39 ]
  %41 = phi double [ %31, %29 ], [ %47, %39 ]
  %42 = getelementptr inbounds nuw double, ptr %35, i64 %40
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = fmul double %33, %43
  %45 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %40
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = tail call double @llvm.fmuladd.f64(double %44, double %46, double %41)
  %48 = add nuw nsw i64 %40, 1
  %49 = icmp eq i64 %48, 3
  br i1 %49, label %36, label %39, !llvm.loop !16

50:                                               ; preds = %36
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %47)
  %52 = load ptr, ptr @stdout, align 8, !tbaa !17
  %53 = tail call i32 @fflush(ptr noundef %52)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #5

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!16 = distinct !{!16, !12, !13}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 _ZTS8_IO_FILE", !19, i64 0}
!19 = !{!"any pointer", !7, i64 0}
