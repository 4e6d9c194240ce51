; ModuleID = 'early_return.c'
source_filename = "early_return.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"huber(2.5, 1)\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"huber(-0.4, 1)\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"huber(-3, 1)\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"first_crossing\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @huber(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = fcmp ogt double %0, %1
  br i1 %3, label %4, label %7

4:                                                ; preds = %2
  %5 = tail call double @llvm.fmuladd.f64(double %1, double -5.000000e-01, double %0)
  %6 = fmul double %1, %5
  br label %16

7:                                                ; preds = %2
  %8 = fneg double %1
  %9 = fcmp olt double %0, %8
  br i1 %9, label %10, label %13

10:                                               ; preds = %7
  %11 = tail call double @llvm.fmuladd.f64(double %1, double 5.000000e-01, double %0)
  %12 = fmul double %11, %8
  br label %16

13:                                               ; preds = %7
  %14 = fmul double %0, 5.000000e-01
  %15 = fmul double %0, %14
  br label %16

16:                                               ; preds = %13, %10, %4
  %17 = phi double [ %6, %4 ], [ %12, %10 ], [ %15, %13 ]
  ret double %17
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @first_crossing(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #2 {
  %4 = tail call i32 @llvm.smax.i32(i32 %1, i32 1)
  %5 = add nsw i32 %4, -1
  %6 = zext nneg i32 %5 to i64
  br label %7

7:                                                ; preds = %26, %3
  %8 = phi i64 [ %9, %26 ], [ 0, %3 ]
  %9 = add nuw nsw i64 %8, 1
  %10 = icmp eq i64 %8, %6
  br i1 %10, label %28, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds nuw double, ptr %0, i64 %8
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = fcmp ugt double %13, %2
  br i1 %14, label %26, label %15

15:                                               ; preds = %11
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %9
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fcmp ogt double %17, %2
  br i1 %18, label %19, label %26

19:                                               ; preds = %15
  %20 = trunc nuw nsw i64 %8 to i32
  %21 = uitofp nneg i32 %20 to double
  %22 = fsub double %2, %13
  %23 = fsub double %17, %13
  %24 = fdiv double %22, %23
  %25 = fadd double %24, %21
  br label %30

26:                                               ; preds = %15, %11
  %27 = fcmp uno double %13, 0.000000e+00
  br i1 %27, label %30, label %7, !llvm.loop !11

28:                                               ; preds = %7
  %29 = sitofp i32 %1 to double
  br label %30

30:                                               ; preds = %26, %19, %28
  %31 = phi double [ %29, %28 ], [ %25, %19 ], [ -1.000000e+00, %26 ]
  ret double %31
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [6 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  store double 1.000000e-01, ptr %1, align 16
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 4.000000e-01, ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 3.500000e-01, ptr %3, align 16
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 8.000000e-01, ptr %4, align 8
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 1.200000e+00, ptr %5, align 16
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 9.000000e-01, ptr %6, align 8
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef 2.000000e+00)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef 0x3FB47AE147AE147C)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef 2.500000e+00)
  br label %10

10:                                               ; preds = %29, %0
  %11 = phi i64 [ %12, %29 ], [ 0, %0 ]
  %12 = add nuw nsw i64 %11, 1
  %13 = icmp eq i64 %11, 5
  br i1 %13, label %31, label %14

14:                                               ; preds = %10
  %15 = getelementptr inbounds nuw double, ptr %1, i64 %11
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = fcmp ugt double %16, 5.000000e-01
  br i1 %17, label %29, label %18

18:                                               ; preds = %14
  %19 = getelementptr inbounds nuw double, ptr %1, i64 %12
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = fcmp ogt double %20, 5.000000e-01
  br i1 %21, label %22, label %29

22:                                               ; preds = %18
  %23 = trunc nuw nsw i64 %11 to i32
  %24 = uitofp nneg i32 %23 to double
  %25 = fsub double 5.000000e-01, %16
  %26 = fsub double %20, %16
  %27 = fdiv double %25, %26
  %28 = fadd double %27, %24
  br label %31

29:                                               ; preds = %18, %14
  %30 = fcmp uno double %16, 0.000000e+00
  br i1 %30, label %31, label %10, !llvm.loop !11

31:                                               ; preds = %10, %29, %22
  %32 = phi double [ %28, %22 ], [ 6.000000e+00, %10 ], [ -1.000000e+00, %29 ]
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %32)
  %34 = load ptr, ptr @stdout, align 8, !tbaa !14
  %35 = tail call i32 @fflush(ptr noundef %34)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
