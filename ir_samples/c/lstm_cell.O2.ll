; ModuleID = 'lstm_cell.c'
source_filename = "lstm_cell.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.w = private unnamed_addr constant [12 x double] [double 5.000000e-01, double -3.000000e-01, double 8.000000e-01, double 1.100000e+00, double 2.000000e-01, double -6.000000e-01, double 4.000000e-01, double 9.000000e-01, double -2.000000e-01, double 0x3FE6666666666666, double -4.000000e-01, double 3.000000e-01], align 16
@__const.main.b = private unnamed_addr constant [12 x double] [double 1.000000e-01, double 0.000000e+00, double -1.000000e-01, double 2.000000e-01, double 5.000000e-02, double -5.000000e-02, double 3.000000e-01, double -2.000000e-01, double 1.000000e-01, double 0.000000e+00, double 1.500000e-01, double -1.000000e-01], align 16
@__const.main.seq = private unnamed_addr constant [15 x double] [double 3.000000e-01, double -1.000000e-01, double 5.000000e-01, double 2.000000e-01, double 4.000000e-01, double -3.000000e-01, double 6.000000e-01, double 1.000000e-01, double 0.000000e+00, double -2.000000e-01, double 3.000000e-01, double 2.000000e-01, double 1.000000e-01, double -4.000000e-01, double 5.000000e-01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"lstm_loss\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define dso_local void @lstm_step(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef captures(none) %3, ptr noundef captures(none) %4, ptr noundef readonly captures(none) %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %0, 0
  br i1 %7, label %8, label %14

8:                                                ; preds = %6
  %9 = shl nuw nsw i32 %0, 1
  %10 = mul nuw nsw i32 %0, 3
  %11 = zext nneg i32 %0 to i64
  %12 = zext nneg i32 %9 to i64
  %13 = zext nneg i32 %10 to i64
  br label %15

14:                                               ; preds = %15, %6
  ret void

15:                                               ; preds = %8, %15
  %16 = phi i64 [ 0, %8 ], [ %63, %15 ]
  %17 = getelementptr inbounds nuw double, ptr %5, i64 %16
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw double, ptr %1, i64 %16
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw double, ptr %2, i64 %16
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = tail call double @llvm.fmuladd.f64(double %18, double %20, double %22)
  %24 = fneg double %23
  %25 = tail call double @exp(double noundef %24) #7, !tbaa !5
  %26 = fadd double %25, 1.000000e+00
  %27 = fdiv double 1.000000e+00, %26
  %28 = getelementptr inbounds nuw double, ptr %3, i64 %16
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = add nuw nsw i64 %16, %11
  %31 = getelementptr inbounds nuw double, ptr %1, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = tail call double @llvm.fmuladd.f64(double %29, double %32, double %34)
  %36 = fneg double %35
  %37 = tail call double @exp(double noundef %36) #7, !tbaa !5
  %38 = fadd double %37, 1.000000e+00
  %39 = fdiv double 1.000000e+00, %38
  %40 = add nuw nsw i64 %16, %12
  %41 = getelementptr inbounds nuw double, ptr %1, i64 %40
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw double, ptr %2, i64 %40
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = tail call double @llvm.fmuladd.f64(double %18, double %42, double %44)
  %46 = fneg double %45
  %47 = tail call double @exp(double noundef %46) #7, !tbaa !5
  %48 = fadd double %47, 1.000000e+00
  %49 = fdiv double 1.000000e+00, %48
  %50 = add nuw nsw i64 %16, %13
  %51 = getelementptr inbounds nuw double, ptr %1, i64 %50
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw double, ptr %2, i64 %50
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = tail call double @llvm.fmuladd.f64(double %29, double %52, double %54)
  %56 = tail call double @tanh(double noundef %55) #7, !tbaa !5
  %57 = getelementptr inbounds nuw double, ptr %4, i64 %16
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = fmul double %39, %56
  %60 = tail call double @llvm.fmuladd.f64(double %58, double %27, double %59)
  store double %60, ptr %57, align 8, !tbaa !9
  %61 = tail call double @tanh(double noundef %60) #7, !tbaa !5
  %62 = fmul double %49, %61
  store double %62, ptr %28, align 8, !tbaa !9
  %63 = add nuw nsw i64 %16, 1
  %64 = icmp eq i64 %63, %11
  br i1 %64, label %14, label %15, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tanh(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define dso_local double @lstm_loss(i32 noundef %0, i32 noundef %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4) local_unnamed_addr #0 {
  %6 = alloca [8 x double], align 16
  %7 = alloca [8 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %6, i8 0, i64 64, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %7, i8 0, i64 64, i1 false)
  %8 = icmp sgt i32 %1, 0
  br i1 %8, label %9, label %14

9:                                                ; preds = %5
  %10 = icmp sgt i32 %0, 0
  %11 = sext i32 %0 to i64
  %12 = zext nneg i32 %1 to i64
  %13 = zext nneg i32 %0 to i64
  br label %16

14:                                               ; preds = %27, %5
  %15 = phi double [ 0.000000e+00, %5 ], [ %28, %27 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #7
  ret double %15

16:                                               ; preds = %9, %27
  %17 = phi i64 [ 0, %9 ], [ %21, %27 ]
  %18 = phi double [ 0.000000e+00, %9 ], [ %28, %27 ]
  %19 = mul nsw i64 %17, %11
  %20 = getelementptr inbounds double, ptr %4, i64 %19
  call void @lstm_step(i32 noundef %0, ptr noundef %2, ptr noundef %3, ptr noundef nonnull %6, ptr noundef nonnull %7, ptr noundef %20)
  %21 = add nuw nsw i64 %17, 1
  br i1 %10, label %22, label %27

22:                                               ; preds = %16
  %23 = trunc i64 %21 to i32
  %24 = mul i32 %0, %23
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds nuw double, ptr %4, i64 %25
  br label %30

27:                                               ; preds = %30, %16
  %28 = phi double [ %18, %16 ], [ %38, %30 ]
  %29 = icmp eq i64 %21, %12
  br i1 %29, label %14, label %16, !llvm.loop !14

30:                                               ; preds = %22, %30
  %31 = phi i64 [ 0, %22 ], [ %39, %30 ]
  %32 = phi double [ %18, %22 ], [ %38, %30 ]
  %33 = getelementptr inbounds nuw double, ptr %6, i64 %31
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw double, ptr %26, i64 %31
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = fsub double %34, %36
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %37, double %32)
  %39 = add nuw nsw i64 %31, 1
  %40 = icmp eq i64 %39, %13
  br i1 %40, label %27, label %30, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [8 x double], align 16
  %2 = alloca [8 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %1, i8 0, i64 64, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %2, i8 0, i64 64, i1 false)
  br label %3

3:                                                ; preds = %11, %0
  %4 = phi i64 [ 0, %0 ], [ %8, %11 ]
  %5 = phi double [ 0.000000e+00, %0 ], [ %21, %11 ]
  %6 = mul nuw nsw i64 %4, 24
  %7 = getelementptr inbounds nuw i8, ptr @__const.main.seq, i64 %6
  call void @lstm_step(i32 noundef 3, ptr noundef nonnull readonly @__const.main.w, ptr noundef nonnull readonly @__const.main.b, ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull readonly %7)
  %8 = add nuw nsw i64 %4, 1
  %9 = mul nuw nsw i64 %8, 24
  %10 = getelementptr inbounds nuw i8, ptr @__const.main.seq, i64 %9
  br label %13

11:                                               ; preds = %13
  %12 = icmp eq i64 %8, 4
  br i1 %12, label %24, label %3, !llvm.loop !14

13:                                               ; preds = %13, %3
  %14 = phi i64 [ 0, %3 ], [ %22, %13 ]
  %15 = phi double [ %5, %3 ], [ %21, %13 ]
  %16 = getelementptr inbounds nuw double, ptr %1, i64 %14
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw double, ptr %10, i64 %14
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = fsub double %17, %19
  %21 = tail call double @llvm.fmuladd.f64(double %20, double %20, double %15)
  %22 = add nuw nsw i64 %14, 1
  %23 = icmp eq i64 %22, 3
  br i1 %23, label %11, label %13, !llvm.loop !15

24:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %21)
  %26 = load ptr, ptr @stdout, align 8, !tbaa !16
  %27 = tail call i32 @fflush(ptr noundef %26)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #3

attributes #0 = { nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 _ZTS8_IO_FILE", !18, i64 0}
!18 = !{!"any pointer", !7, i64 0}
