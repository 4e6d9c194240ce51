; ModuleID = 'sort_median.c'
source_filename = "sort_median.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [9 x double] [double 3.500000e+00, double -1.000000e+00, double 2.250000e+00, double 8.000000e+00, double 5.000000e-01, double -4.000000e+00, double 1.750000e+00, double 2.000000e+00, double 0.000000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"trimmed_mean(x, 9, 2)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local double @trimmed_mean(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca [32 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #5
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %12

6:                                                ; preds = %3
  %7 = zext nneg i32 %1 to i64
  %8 = shl nuw nsw i64 %7, 3
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %4, ptr align 8 %0, i64 %8, i1 false), !tbaa !9
  %9 = icmp eq i32 %1, 1
  br i1 %9, label %12, label %10

10:                                               ; preds = %6
  %11 = zext nneg i32 %1 to i64
  br label %18

12:                                               ; preds = %31, %3, %6
  %13 = sub nsw i32 %1, %2
  %14 = icmp slt i32 %2, %13
  br i1 %14, label %15, label %38

15:                                               ; preds = %12
  %16 = sext i32 %2 to i64
  %17 = sext i32 %13 to i64
  br label %44

18:                                               ; preds = %10, %31
  %19 = phi i64 [ 1, %10 ], [ %36, %31 ]
  %20 = getelementptr inbounds nuw double, ptr %4, i64 %19
  %21 = load double, ptr %20, align 8, !tbaa !9
  br label %22

22:                                               ; preds = %18, %28
  %23 = phi i64 [ %19, %18 ], [ %24, %28 ]
  %24 = add nsw i64 %23, -1
  %25 = getelementptr inbounds nuw double, ptr %4, i64 %24
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fcmp ogt double %26, %21
  br i1 %27, label %28, label %31

28:                                               ; preds = %22
  %29 = getelementptr inbounds nuw double, ptr %4, i64 %23
  store double %26, ptr %29, align 8, !tbaa !9
  %30 = icmp sgt i64 %23, 1
  br i1 %30, label %22, label %31, !llvm.loop !11

31:                                               ; preds = %28, %22
  %32 = phi i64 [ 0, %28 ], [ %23, %22 ]
  %33 = shl i64 %32, 32
  %34 = ashr exact i64 %33, 29
  %35 = getelementptr inbounds i8, ptr %4, i64 %34
  store double %21, ptr %35, align 8, !tbaa !9
  %36 = add nuw nsw i64 %19, 1
  %37 = icmp eq i64 %36, %11
  br i1 %37, label %12, label %18, !llvm.loop !14

38:                                               ; preds = %44, %12
  %39 = phi double [ 0.000000e+00, %12 ], [ %49, %44 ]
  %40 = shl nsw i32 %2, 1
  %41 = sub nsw i32 %1, %40
  %42 = sitofp i32 %41 to double
  %43 = fdiv double %39, %42
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #5
  ret double %43

44:                                               ; preds = %15, %44
  %45 = phi i64 [ %16, %15 ], [ %50, %44 ]
  %46 = phi double [ 0.000000e+00, %15 ], [ %49, %44 ]
  %47 = getelementptr inbounds double, ptr %4, i64 %45
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = fadd double %46, %48
  %50 = add nsw i64 %45, 1
  %51 = icmp eq i64 %50, %17
  br i1 %51, label %38, label %44, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = alloca [32 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(72) %1, ptr noundef nonnull readonly align 16 dereferenceable(72) @__const.main.x, i64 72, i1 false), !tbaa !9
  br label %2

2:                                                ; preds = %15, %0
  %3 = phi i64 [ 1, %0 ], [ %20, %15 ]
  %4 = getelementptr inbounds nuw double, ptr %1, i64 %3
  %5 = load double, ptr %4, align 8, !tbaa !9
  br label %6

6:                                                ; preds = %12, %2
  %7 = phi i64 [ %3, %2 ], [ %8, %12 ]
  %8 = add nsw i64 %7, -1
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %8
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = fcmp ogt double %10, %5
  br i1 %11, label %12, label %15

12:                                               ; preds = %6
  %13 = getelementptr inbounds nuw double, ptr %1, i64 %7
  store double %10, ptr %13, align 8, !tbaa !9
  %14 = icmp sgt i64 %7, 1
  br i1 %14, label %6, label %15, !llvm.loop !11

15:                                               ; preds = %12, %6
  %16 = phi i64 [ 0, %12 ], [ %7, %6 ]
  %17 = shl i64 %16, 32
  %18 = ashr exact i64 %17, 29
  %19 = getelementptr inbounds i8, ptr %1, i64 %18
  store double %5, ptr %19, align 8, !tbaa !9
  %20 = add nuw nsw i64 %3, 1
  %21 = icmp eq i64 %20, 9
  br i1 %21, label %22, label %2, !llvm.loop !14

22:                                               ; preds = %15, %22
  %23 = phi i64 [ %28, %22 ], [ 2, %15 ]
  %24 = phi double [ %27, %22 ], [ 0.000000e+00, %15 ]
  %25 = getelementptr inbounds nuw double, ptr %1, i64 %23
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fadd double %24, %26
  %28 = add nuw nsw i64 %23, 1
  %29 = icmp eq i64 %28, 7
  br i1 %29, label %30, label %22, !llvm.loop !15

30:                                               ; preds = %22
  %31 = fdiv double %27, 5.000000e+00
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #5
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %31)
  %33 = load ptr, ptr @stdout, align 8, !tbaa !16
  %34 = tail call i32 @fflush(ptr noundef %33)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 _ZTS8_IO_FILE", !18, i64 0}
!18 = !{!"any pointer", !7, i64 0}
