; ModuleID = 'dot_norm.c'
source_filename = "dot_norm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"dot\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"norm2(a)\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"cosine\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @dot(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  br label %9

7:                                                ; preds = %9, %3
  %8 = phi double [ 0.000000e+00, %3 ], [ %16, %9 ]
  ret double %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 0, %5 ], [ %17, %9 ]
  %11 = phi double [ 0.000000e+00, %5 ], [ %16, %9 ]
  %12 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw double, ptr %1, i64 %10
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = tail call double @llvm.fmuladd.f64(double %13, double %15, double %11)
  %17 = add nuw nsw i64 %10, 1
  %18 = icmp eq i64 %17, %6
  br i1 %18, label %7, label %9, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @norm2(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %14

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %6

6:                                                ; preds = %6, %4
  %7 = phi i64 [ 0, %4 ], [ %12, %6 ]
  %8 = phi double [ 0.000000e+00, %4 ], [ %11, %6 ]
  %9 = getelementptr inbounds nuw double, ptr %0, i64 %7
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = tail call double @llvm.fmuladd.f64(double %10, double %10, double %8)
  %12 = add nuw nsw i64 %7, 1
  %13 = icmp eq i64 %12, %5
  br i1 %13, label %14, label %6, !llvm.loop !11

14:                                               ; preds = %6, %2
  %15 = phi double [ 0.000000e+00, %2 ], [ %11, %6 ]
  %16 = tail call double @sqrt(double noundef %15) #7, !tbaa !5
  ret double %16
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #4

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @cosine(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #3 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %35

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  br label %7

7:                                                ; preds = %7, %5
  %8 = phi i64 [ 0, %5 ], [ %15, %7 ]
  %9 = phi double [ 0.000000e+00, %5 ], [ %14, %7 ]
  %10 = getelementptr inbounds nuw double, ptr %0, i64 %8
  %11 = load double, ptr %10, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw double, ptr %1, i64 %8
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = tail call double @llvm.fmuladd.f64(double %11, double %13, double %9)
  %15 = add nuw nsw i64 %8, 1
  %16 = icmp eq i64 %15, %6
  br i1 %16, label %17, label %7, !llvm.loop !11

17:                                               ; preds = %7, %17
  %18 = phi i64 [ %23, %17 ], [ 0, %7 ]
  %19 = phi double [ %22, %17 ], [ 0.000000e+00, %7 ]
  %20 = getelementptr inbounds nuw double, ptr %0, i64 %18
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = tail call double @llvm.fmuladd.f64(double %21, double %21, double %19)
  %23 = add nuw nsw i64 %18, 1
  %24 = icmp eq i64 %23, %6
  br i1 %24, label %25, label %17, !llvm.loop !11

25:                                               ; preds = %17
  %26 = tail call double @sqrt(double noundef %22) #7, !tbaa !5
  br label %27

27:                                               ; preds = %27, %25
  %28 = phi i64 [ 0, %25 ], [ %33, %27 ]
  %29 = phi double [ 0.000000e+00, %25 ], [ %32, %27 ]
  %30 = getelementptr inbounds nuw double, ptr %1, i64 %28
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = tail call double @llvm.fmuladd.f64(double %31, double %31, double %29)
  %33 = add nuw nsw i64 %28, 1
  %34 = icmp eq i64 %33, %6
  br i1 %34, label %35, label %27, !llvm.loop !11

35:                                               ; preds = %27, %3
  %36 = phi double [ 0.000000e+00, %3 ], [ %26, %27 ]
  %37 = phi double [ 0.000000e+00, %3 ], [ %14, %27 ]
  %38 = phi double [ 0.000000e+00, %3 ], [ %32, %27 ]
  %39 = tail call double @sqrt(double noundef %38) #7, !tbaa !5
  %40 = fmul double %36, %39
  %41 = fdiv double %37, %40
  ret double %41
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [5 x double], align 16
  %2 = alloca [5 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  store double 1.000000e+00, ptr %1, align 16
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 2.000000e+00, ptr %3, align 8
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double -5.000000e-01, ptr %4, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 2.500000e-01, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 3.000000e+00, ptr %6, align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  store double -1.500000e+00, ptr %2, align 16
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double 5.000000e-01, ptr %7, align 8
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store double 2.000000e+00, ptr %8, align 16
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 24
  store double 1.000000e+00, ptr %9, align 8
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store double 7.500000e-01, ptr %10, align 16
  br label %11

11:                                               ; preds = %11, %0
  %12 = phi i64 [ 0, %0 ], [ %19, %11 ]
  %13 = phi double [ 0.000000e+00, %0 ], [ %18, %11 ]
  %14 = getelementptr inbounds nuw double, ptr %1, i64 %12
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw double, ptr %2, i64 %12
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = tail call double @llvm.fmuladd.f64(double %15, double %17, double %13)
  %19 = add nuw nsw i64 %12, 1
  %20 = icmp eq i64 %19, 5
  br i1 %20, label %21, label %11, !llvm.loop !11

21:                                               ; preds = %11
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %18)
  br label %23

23:                                               ; preds = %23, %21
  %24 = phi i64 [ 0, %21 ], [ %29, %23 ]
  %25 = phi double [ 0.000000e+00, %21 ], [ %28, %23 ]
  %26 = getelementptr inbounds nuw double, ptr %1, i64 %24
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = tail call double @llvm.fmuladd.f64(double %27, double %27, double %25)
  %29 = add nuw nsw i64 %24, 1
  %30 = icmp eq i64 %29, 5
  br i1 %30, label %31, label %23, !llvm.loop !11

31:                                               ; preds = %23
  %32 = tail call double @sqrt(double noundef %28) #7, !tbaa !5
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %32)
  br label %34

34:                                               ; preds = %34, %31
  %35 = phi i64 [ 0, %31 ], [ %42, %34 ]
  %36 = phi double [ 0.000000e+00, %31 ], [ %41, %34 ]
  %37 = getelementptr inbounds nuw double, ptr %1, i64 %35
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw double, ptr %2, i64 %35
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = tail call double @llvm.fmuladd.f64(double %38, double %40, double %36)
  %42 = add nuw nsw i64 %35, 1
  %43 = icmp eq i64 %42, 5
  br i1 %43, label %44, label %34, !llvm.loop !11

44:                                               ; preds = %34, %44
  %45 = phi i64 [ %50, %44 ], [ 0, %34 ]
  %46 = phi double [ %49, %44 ], [ 0.000000e+00, %34 ]
  %47 = getelementptr inbounds nuw double, ptr %1, i64 %45
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = tail call double @llvm.fmuladd.f64(double %48, double %48, double %46)
  %50 = add nuw nsw i64 %45, 1
  %51 = icmp eq i64 %50, 5
  br i1 %51, label %52, label %44, !llvm.loop !11

52:                                               ; preds = %44
  %53 = tail call double @sqrt(double noundef %49) #7, !tbaa !5
  br label %54

54:                                               ; preds = %54, %52
  %55 = phi i64 [ 0, %52 ], [ %60, %54 ]
  %56 = phi double [ 0.000000e+00, %52 ], [ %59, %54 ]
  %57 = getelementptr inbounds nuw double, ptr %2, i64 %55
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = tail call double @llvm.fmuladd.f64(double %58, double %58, double %56)
  %60 = add nuw nsw i64 %55, 1
  %61 = icmp eq i64 %60, 5
  br i1 %61, label %62, label %54, !llvm.loop !11

62:                                               ; preds = %54
  %63 = tail call double @sqrt(double noundef %59) #7, !tbaa !5
  %64 = fmul double %53, %63
  %65 = fdiv double %41, %64
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %65)
  %67 = load ptr, ptr @stdout, align 8, !tbaa !14
  %68 = tail call i32 @fflush(ptr noundef %67)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
