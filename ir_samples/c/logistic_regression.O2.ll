; ModuleID = 'logistic_regression.c'
source_filename = "logistic_regression.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.w = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -1.200000e+00, double 3.000000e-01], align 16
@__const.main.X = private unnamed_addr constant [15 x double] [double 1.000000e+00, double 2.000000e-01, double -3.000000e-01, double -5.000000e-01, double 1.500000e+00, double 8.000000e-01, double 2.000000e+00, double -1.000000e+00, double 1.000000e-01, double 3.000000e-01, double 3.000000e-01, double 3.000000e-01, double -1.200000e+00, double -4.000000e-01, double 2.200000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"logistic_loss\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @logistic_loss(ptr noundef readonly captures(none) %0, double noundef %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, i32 noundef %4, i32 noundef %5, double noundef %6) local_unnamed_addr #0 {
  %8 = icmp sgt i32 %4, 0
  br i1 %8, label %9, label %19

9:                                                ; preds = %7
  %10 = icmp sgt i32 %5, 0
  %11 = zext i32 %5 to i64
  %12 = zext nneg i32 %4 to i64
  br label %13

13:                                               ; preds = %9, %50
  %14 = phi i64 [ 0, %9 ], [ %53, %50 ]
  %15 = phi double [ 0.000000e+00, %9 ], [ %52, %50 ]
  br i1 %10, label %16, label %24

16:                                               ; preds = %13
  %17 = mul nuw nsw i64 %14, %11
  %18 = getelementptr inbounds nuw double, ptr %2, i64 %17
  br label %32

19:                                               ; preds = %50, %7
  %20 = phi double [ 0.000000e+00, %7 ], [ %52, %50 ]
  %21 = icmp sgt i32 %5, 0
  br i1 %21, label %22, label %55

22:                                               ; preds = %19
  %23 = zext nneg i32 %5 to i64
  br label %61

24:                                               ; preds = %32, %13
  %25 = phi double [ %1, %13 ], [ %39, %32 ]
  %26 = getelementptr inbounds nuw i32, ptr %3, i64 %14
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = icmp eq i32 %27, 0
  %29 = fneg double %25
  %30 = select i1 %28, double %25, double %29
  %31 = fcmp ogt double %30, 0.000000e+00
  br i1 %31, label %42, label %47

32:                                               ; preds = %16, %32
  %33 = phi i64 [ 0, %16 ], [ %40, %32 ]
  %34 = phi double [ %1, %16 ], [ %39, %32 ]
  %35 = getelementptr inbounds nuw double, ptr %0, i64 %33
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw double, ptr %18, i64 %33
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = tail call double @llvm.fmuladd.f64(double %36, double %38, double %34)
  %40 = add nuw nsw i64 %33, 1
  %41 = icmp eq i64 %40, %11
  br i1 %41, label %24, label %32, !llvm.loop !11

42:                                               ; preds = %24
  %43 = fneg double %30
  %44 = tail call double @exp(double noundef %43) #5, !tbaa !5
  %45 = tail call double @log1p(double noundef %44) #5, !tbaa !5
  %46 = fadd double %30, %45
  br label %50

47:                                               ; preds = %24
  %48 = tail call double @exp(double noundef %30) #5, !tbaa !5
  %49 = tail call double @log1p(double noundef %48) #5, !tbaa !5
  br label %50

50:                                               ; preds = %47, %42
  %51 = phi double [ %46, %42 ], [ %49, %47 ]
  %52 = fadd double %15, %51
  %53 = add nuw nsw i64 %14, 1
  %54 = icmp eq i64 %53, %12
  br i1 %54, label %19, label %13, !llvm.loop !14

55:                                               ; preds = %61, %19
  %56 = phi double [ 0.000000e+00, %19 ], [ %66, %61 ]
  %57 = sitofp i32 %4 to double
  %58 = fdiv double %20, %57
  %59 = fmul double %6, 5.000000e-01
  %60 = tail call double @llvm.fmuladd.f64(double %59, double %56, double %58)
  ret double %60

61:                                               ; preds = %22, %61
  %62 = phi i64 [ 0, %22 ], [ %67, %61 ]
  %63 = phi double [ 0.000000e+00, %22 ], [ %66, %61 ]
  %64 = getelementptr inbounds nuw double, ptr %0, i64 %62
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = tail call double @llvm.fmuladd.f64(double %65, double %65, double %63)
  %67 = add nuw nsw i64 %62, 1
  %68 = icmp eq i64 %67, %23
  br i1 %68, label %55, label %61, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log1p(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  br label %1

1:                                                ; preds = %31, %0
  %2 = phi i64 [ 0, %0 ], [ %34, %31 ]
  %3 = phi double [ 0.000000e+00, %0 ], [ %33, %31 ]
  %4 = mul nuw nsw i64 %2, 24
  %5 = getelementptr inbounds nuw i8, ptr @__const.main.X, i64 %4
  br label %13

6:                                                ; preds = %13
  %7 = icmp eq i64 %2, 1
  %8 = icmp eq i64 %2, 4
  %9 = or i1 %7, %8
  %10 = fneg double %20
  %11 = select i1 %9, double %20, double %10
  %12 = fcmp ogt double %11, 0.000000e+00
  br i1 %12, label %23, label %28

13:                                               ; preds = %13, %1
  %14 = phi i64 [ 0, %1 ], [ %21, %13 ]
  %15 = phi double [ 1.000000e-01, %1 ], [ %20, %13 ]
  %16 = getelementptr inbounds nuw double, ptr @__const.main.w, i64 %14
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw double, ptr %5, i64 %14
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = tail call double @llvm.fmuladd.f64(double %17, double %19, double %15)
  %21 = add nuw nsw i64 %14, 1
  %22 = icmp eq i64 %21, 3
  br i1 %22, label %6, label %13, !llvm.loop !11

23:                                               ; preds = %6
  %24 = fneg double %11
  %25 = tail call double @exp(double noundef %24) #5, !tbaa !5
  %26 = tail call double @log1p(double noundef %25) #5, !tbaa !5
  %27 = fadd double %11, %26
  br label %31

28:                                               ; preds = %6
  %29 = tail call double @exp(double noundef %11) #5, !tbaa !5
  %30 = tail call double @log1p(double noundef %29) #5, !tbaa !5
  br label %31

31:                                               ; preds = %28, %23
  %32 = phi double [ %27, %23 ], [ %30, %28 ]
  %33 = fadd double %3, %32
  %34 = add nuw nsw i64 %2, 1
  %35 = icmp eq i64 %34, 5
  br i1 %35, label %36, label %1, !llvm.loop !14

36:                                               ; preds = %31, %36
  %37 = phi i64 [ %42, %36 ], [ 0, %31 ]
  %38 = phi double [ %41, %36 ], [ 0.000000e+00, %31 ]
  %39 = getelementptr inbounds nuw double, ptr @__const.main.w, i64 %37
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = tail call double @llvm.fmuladd.f64(double %40, double %40, double %38)
  %42 = add nuw nsw i64 %37, 1
  %43 = icmp eq i64 %42, 3
  br i1 %43, label %44, label %36, !llvm.loop !15

44:                                               ; preds = %36
  %45 = fdiv double %33, 5.000000e+00
  %46 = tail call double @llvm.fmuladd.f64(double %41, double 5.000000e-03, double %45)
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %46)
  %48 = load ptr, ptr @stdout, align 8, !tbaa !16
  %49 = tail call i32 @fflush(ptr noundef %48)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
