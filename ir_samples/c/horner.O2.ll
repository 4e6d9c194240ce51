; ModuleID = 'horner.c'
source_filename = "horner.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.xs = private unnamed_addr constant [4 x double] [double -1.000000e+00, double 3.000000e-01, double 1.700000e+00, double 2.200000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"horner(c, 5, 1.3)\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"horner_sum\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @horner(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds double, ptr %0, i64 %4
  %6 = load double, ptr %5, align 8, !tbaa !9
  %7 = icmp sgt i32 %1, 0
  br i1 %7, label %8, label %10

8:                                                ; preds = %3
  %9 = zext nneg i32 %1 to i64
  br label %12

10:                                               ; preds = %12, %3
  %11 = phi double [ %6, %3 ], [ %18, %12 ]
  ret double %11

12:                                               ; preds = %8, %12
  %13 = phi i64 [ %9, %8 ], [ %15, %12 ]
  %14 = phi double [ %6, %8 ], [ %18, %12 ]
  %15 = add nsw i64 %13, -1
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %15
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = tail call double @llvm.fmuladd.f64(double %14, double %2, double %17)
  %19 = icmp samesign ugt i64 %13, 1
  br i1 %19, label %12, label %10, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @horner_sum(ptr noundef readonly captures(none) %0, i32 noundef %1, ptr noundef readonly captures(none) %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %3, 0
  br i1 %5, label %6, label %13

6:                                                ; preds = %4
  %7 = sext i32 %1 to i64
  %8 = getelementptr inbounds double, ptr %0, i64 %7
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = icmp sgt i32 %1, 0
  %11 = zext nneg i32 %1 to i64
  %12 = zext nneg i32 %3 to i64
  br label %15

13:                                               ; preds = %28, %4
  %14 = phi double [ 0.000000e+00, %4 ], [ %30, %28 ]
  ret double %14

15:                                               ; preds = %6, %28
  %16 = phi i64 [ 0, %6 ], [ %31, %28 ]
  %17 = phi double [ 0.000000e+00, %6 ], [ %30, %28 ]
  %18 = getelementptr inbounds nuw double, ptr %2, i64 %16
  %19 = load double, ptr %18, align 8, !tbaa !9
  br i1 %10, label %20, label %28

20:                                               ; preds = %15, %20
  %21 = phi i64 [ %23, %20 ], [ %11, %15 ]
  %22 = phi double [ %26, %20 ], [ %9, %15 ]
  %23 = add nsw i64 %21, -1
  %24 = getelementptr inbounds nuw double, ptr %0, i64 %23
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = tail call double @llvm.fmuladd.f64(double %22, double %19, double %25)
  %27 = icmp samesign ugt i64 %21, 1
  br i1 %27, label %20, label %28, !llvm.loop !11

28:                                               ; preds = %20, %15
  %29 = phi double [ %9, %15 ], [ %26, %20 ]
  %30 = fadd double %17, %29
  %31 = add nuw nsw i64 %16, 1
  %32 = icmp eq i64 %31, %12
  br i1 %32, label %13, label %15, !llvm.loop !14
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca [6 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #5
  store double 1.000000e+00, ptr %1, align 16
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -3.000000e+00, ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 5.000000e-01, ptr %3, align 16
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 2.000000e+00, ptr %4, align 8
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double -2.500000e-01, ptr %5, align 16
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 1.250000e-01, ptr %6, align 8
  br label %7

7:                                                ; preds = %7, %0
  %8 = phi i64 [ 5, %0 ], [ %10, %7 ]
  %9 = phi double [ 1.250000e-01, %0 ], [ %13, %7 ]
  %10 = add nsw i64 %8, -1
  %11 = getelementptr inbounds nuw double, ptr %1, i64 %10
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = tail call double @llvm.fmuladd.f64(double %9, double 1.300000e+00, double %12)
  %14 = icmp samesign ugt i64 %8, 1
  br i1 %14, label %7, label %15, !llvm.loop !11

15:                                               ; preds = %7
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %13)
  br label %17

17:                                               ; preds = %30, %15
  %18 = phi i64 [ 0, %15 ], [ %32, %30 ]
  %19 = phi double [ 0.000000e+00, %15 ], [ %31, %30 ]
  %20 = getelementptr inbounds nuw double, ptr @__const.main.xs, i64 %18
  %21 = load double, ptr %20, align 8, !tbaa !9
  br label %22

22:                                               ; preds = %22, %17
  %23 = phi i64 [ %25, %22 ], [ 5, %17 ]
  %24 = phi double [ %28, %22 ], [ 1.250000e-01, %17 ]
  %25 = add nsw i64 %23, -1
  %26 = getelementptr inbounds nuw double, ptr %1, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = tail call double @llvm.fmuladd.f64(double %24, double %21, double %27)
  %29 = icmp samesign ugt i64 %23, 1
  br i1 %29, label %22, label %30, !llvm.loop !11

30:                                               ; preds = %22
  %31 = fadd double %19, %28
  %32 = add nuw nsw i64 %18, 1
  %33 = icmp eq i64 %32, 4
  br i1 %33, label %34, label %17, !llvm.loop !14

34:                                               ; preds = %30
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %31)
  %36 = load ptr, ptr @stdout, align 8, !tbaa !15
  %37 = tail call i32 @fflush(ptr noundef %36)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #5
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
