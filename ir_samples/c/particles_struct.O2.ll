; ModuleID = 'particles_struct.c'
source_filename = "particles_struct.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Particle = type { double, double, double, i32 }

@__const.main.p = private unnamed_addr constant [4 x { double, double, double, i32, [4 x i8] }] [{ double, double, double, i32, [4 x i8] } { double 0.000000e+00, double 0.000000e+00, double 1.000000e+00, i32 1, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 1.100000e+00, double -2.000000e-01, double 5.000000e-01, i32 0, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 2.000000e+00, double -1.000000e-01, double 7.500000e-01, i32 0, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 3.200000e+00, double 3.000000e-01, double 1.250000e+00, i32 0, [4 x i8] zeroinitializer }], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"spring_energy\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @spring_energy(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2, double noundef %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %1, 1
  br i1 %5, label %6, label %10

6:                                                ; preds = %4
  %7 = fmul double %2, 5.000000e-01
  %8 = add nsw i32 %1, -1
  %9 = zext nneg i32 %8 to i64
  br label %15

10:                                               ; preds = %4
  %11 = icmp eq i32 %1, 1
  br i1 %11, label %12, label %38

12:                                               ; preds = %15, %10
  %13 = phi double [ 0.000000e+00, %10 ], [ %34, %15 ]
  %14 = zext nneg i32 %1 to i64
  br label %40

15:                                               ; preds = %6, %15
  %16 = phi i64 [ 0, %6 ], [ %36, %15 ]
  %17 = phi i64 [ 1, %6 ], [ %35, %15 ]
  %18 = phi double [ 0.000000e+00, %6 ], [ %34, %15 ]
  %19 = getelementptr inbounds nuw %struct.Particle, ptr %0, i64 %17
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.Particle, ptr %0, i64 %16
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = fsub double %20, %22
  %24 = getelementptr inbounds nuw i8, ptr %19, i64 8
  %25 = load double, ptr %24, align 8, !tbaa !12
  %26 = getelementptr inbounds nuw i8, ptr %21, i64 8
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = fsub double %25, %27
  %29 = fmul double %28, %28
  %30 = tail call double @llvm.fmuladd.f64(double %23, double %23, double %29)
  %31 = tail call double @llvm.sqrt.f64(double %30)
  %32 = fsub double %31, %3
  %33 = fmul double %7, %32
  %34 = tail call double @llvm.fmuladd.f64(double %33, double %32, double %18)
  %35 = add nuw nsw i64 %17, 1
  %36 = add nuw nsw i64 %16, 1
  %37 = icmp eq i64 %36, %9
  br i1 %37, label %12, label %15, !llvm.loop !13

38:                                               ; preds = %54, %10
  %39 = phi double [ 0.000000e+00, %10 ], [ %55, %54 ]
  ret double %39

40:                                               ; preds = %12, %54
  %41 = phi i64 [ 0, %12 ], [ %56, %54 ]
  %42 = phi double [ %13, %12 ], [ %55, %54 ]
  %43 = getelementptr inbounds nuw %struct.Particle, ptr %0, i64 %41
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 24
  %45 = load i32, ptr %44, align 8, !tbaa !16
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %47, label %54

47:                                               ; preds = %40
  %48 = getelementptr inbounds nuw i8, ptr %43, i64 16
  %49 = load double, ptr %48, align 8, !tbaa !17
  %50 = fmul double %49, 9.810000e+00
  %51 = getelementptr inbounds nuw i8, ptr %43, i64 8
  %52 = load double, ptr %51, align 8, !tbaa !12
  %53 = tail call double @llvm.fmuladd.f64(double %50, double %52, double %42)
  br label %54

54:                                               ; preds = %40, %47
  %55 = phi double [ %42, %40 ], [ %53, %47 ]
  %56 = add nuw nsw i64 %41, 1
  %57 = icmp eq i64 %56, %14
  br i1 %57, label %38, label %40, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %22, %1 ]
  %3 = phi i64 [ 1, %0 ], [ %21, %1 ]
  %4 = phi double [ 0.000000e+00, %0 ], [ %20, %1 ]
  %5 = getelementptr inbounds nuw %struct.Particle, ptr @__const.main.p, i64 %3
  %6 = load double, ptr %5, align 16, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.Particle, ptr @__const.main.p, i64 %2
  %8 = load double, ptr %7, align 16, !tbaa !9
  %9 = fsub double %6, %8
  %10 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %11 = load double, ptr %10, align 8, !tbaa !12
  %12 = getelementptr inbounds nuw i8, ptr %7, i64 8
  %13 = load double, ptr %12, align 8, !tbaa !12
  %14 = fsub double %11, %13
  %15 = fmul double %14, %14
  %16 = tail call double @llvm.fmuladd.f64(double %9, double %9, double %15)
  %17 = tail call double @llvm.sqrt.f64(double %16)
  %18 = fadd double %17, -1.000000e+00
  %19 = fmul double %18, 6.000000e+00
  %20 = tail call double @llvm.fmuladd.f64(double %19, double %18, double %4)
  %21 = add nuw nsw i64 %3, 1
  %22 = add nuw nsw i64 %2, 1
  %23 = icmp eq i64 %22, 3
  br i1 %23, label %24, label %1, !llvm.loop !13

24:                                               ; preds = %1, %36
  %25 = phi i64 [ %38, %36 ], [ 0, %1 ]
  %26 = phi double [ %37, %36 ], [ %20, %1 ]
  %27 = icmp eq i64 %25, 0
  br i1 %27, label %36, label %28

28:                                               ; preds = %24
  %29 = getelementptr inbounds nuw %struct.Particle, ptr @__const.main.p, i64 %25
  %30 = getelementptr inbounds nuw i8, ptr %29, i64 16
  %31 = load double, ptr %30, align 16, !tbaa !17
  %32 = fmul double %31, 9.810000e+00
  %33 = getelementptr inbounds nuw i8, ptr %29, i64 8
  %34 = load double, ptr %33, align 8, !tbaa !12
  %35 = tail call double @llvm.fmuladd.f64(double %32, double %34, double %26)
  br label %36

36:                                               ; preds = %28, %24
  %37 = phi double [ %26, %24 ], [ %35, %28 ]
  %38 = add nuw nsw i64 %25, 1
  %39 = icmp eq i64 %38, 4
  br i1 %39, label %40, label %24, !llvm.loop !18

40:                                               ; preds = %36
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %37)
  %42 = load ptr, ptr @stdout, align 8, !tbaa !19
  %43 = tail call i32 @fflush(ptr noundef %42)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #4

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
!9 = !{!10, !11, i64 0}
!10 = !{!"", !11, i64 0, !11, i64 8, !11, i64 16, !6, i64 24}
!11 = !{!"double", !7, i64 0}
!12 = !{!10, !11, i64 8}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = !{!10, !6, i64 24}
!17 = !{!10, !11, i64 16}
!18 = distinct !{!18, !14, !15}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS8_IO_FILE", !21, i64 0}
!21 = !{!"any pointer", !7, i64 0}
