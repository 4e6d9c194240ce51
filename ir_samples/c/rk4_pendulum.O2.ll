; ModuleID = 'rk4_pendulum.c'
source_filename = "rk4_pendulum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"pendulum(1.0, 0.0, 1.0, 0.1, 400)\00", align 1
@.str.2 = private unnamed_addr constant [34 x i8] c"pendulum(0.2, 0.5, 2.0, 0.0, 200)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(errnomem: write) uwtable
define dso_local double @pendulum(double noundef %0, double noundef %1, double noundef %2, double noundef %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %4, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %5
  %8 = fdiv double -9.810000e+00, %2
  br label %11

9:                                                ; preds = %11, %5
  %10 = phi double [ %0, %5 ], [ %40, %11 ]
  ret double %10

11:                                               ; preds = %7, %11
  %12 = phi double [ %0, %7 ], [ %40, %11 ]
  %13 = phi double [ %1, %7 ], [ %44, %11 ]
  %14 = phi i32 [ 0, %7 ], [ %45, %11 ]
  %15 = tail call double @sin(double noundef %12) #5, !tbaa !5
  %16 = fneg double %13
  %17 = fmul double %3, %16
  %18 = tail call double @llvm.fmuladd.f64(double %8, double %15, double %17)
  %19 = tail call double @llvm.fmuladd.f64(double %18, double 2.500000e-03, double %13)
  %20 = tail call double @llvm.fmuladd.f64(double %13, double 2.500000e-03, double %12)
  %21 = tail call double @sin(double noundef %20) #5, !tbaa !5
  %22 = fneg double %19
  %23 = fmul double %3, %22
  %24 = tail call double @llvm.fmuladd.f64(double %8, double %21, double %23)
  %25 = tail call double @llvm.fmuladd.f64(double %24, double 2.500000e-03, double %13)
  %26 = tail call double @llvm.fmuladd.f64(double %19, double 2.500000e-03, double %12)
  %27 = tail call double @sin(double noundef %26) #5, !tbaa !5
  %28 = fneg double %25
  %29 = fmul double %3, %28
  %30 = tail call double @llvm.fmuladd.f64(double %8, double %27, double %29)
  %31 = tail call double @llvm.fmuladd.f64(double %30, double 5.000000e-03, double %13)
  %32 = tail call double @llvm.fmuladd.f64(double %25, double 5.000000e-03, double %12)
  %33 = tail call double @sin(double noundef %32) #5, !tbaa !5
  %34 = fneg double %31
  %35 = fmul double %3, %34
  %36 = tail call double @llvm.fmuladd.f64(double %8, double %33, double %35)
  %37 = tail call double @llvm.fmuladd.f64(double %19, double 2.000000e+00, double %13)
  %38 = tail call double @llvm.fmuladd.f64(double %25, double 2.000000e+00, double %37)
  %39 = fadd double %38, %31
  %40 = tail call double @llvm.fmuladd.f64(double %39, double 0x3F4B4E81B4E81B4F, double %12)
  %41 = tail call double @llvm.fmuladd.f64(double %24, double 2.000000e+00, double %18)
  %42 = tail call double @llvm.fmuladd.f64(double %30, double 2.000000e+00, double %41)
  %43 = fadd double %42, %36
  %44 = tail call double @llvm.fmuladd.f64(double %43, double 0x3F4B4E81B4E81B4F, double %13)
  %45 = add nuw nsw i32 %14, 1
  %46 = icmp eq i32 %45, %4
  br i1 %46, label %9, label %11, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi double [ 1.000000e+00, %0 ], [ %26, %1 ]
  %3 = phi double [ 0.000000e+00, %0 ], [ %30, %1 ]
  %4 = phi i32 [ 0, %0 ], [ %31, %1 ]
  %5 = tail call double @sin(double noundef %2) #5, !tbaa !5
  %6 = fmul double %3, -1.000000e-01
  %7 = tail call double @llvm.fmuladd.f64(double %5, double -9.810000e+00, double %6)
  %8 = tail call double @llvm.fmuladd.f64(double %7, double 2.500000e-03, double %3)
  %9 = tail call double @llvm.fmuladd.f64(double %3, double 2.500000e-03, double %2)
  %10 = tail call double @sin(double noundef %9) #5, !tbaa !5
  %11 = fmul double %8, -1.000000e-01
  %12 = tail call double @llvm.fmuladd.f64(double %10, double -9.810000e+00, double %11)
  %13 = tail call double @llvm.fmuladd.f64(double %12, double 2.500000e-03, double %3)
  %14 = tail call double @llvm.fmuladd.f64(double %8, double 2.500000e-03, double %2)
  %15 = tail call double @sin(double noundef %14) #5, !tbaa !5
  %16 = fmul double %13, -1.000000e-01
  %17 = tail call double @llvm.fmuladd.f64(double %15, double -9.810000e+00, double %16)
  %18 = tail call double @llvm.fmuladd.f64(double %17, double 5.000000e-03, double %3)
  %19 = tail call double @llvm.fmuladd.f64(double %13, double 5.000000e-03, double %2)
  %20 = tail call double @sin(double noundef %19) #5, !tbaa !5
  %21 = fmul double %18, -1.000000e-01
  %22 = tail call double @llvm.fmuladd.f64(double %20, double -9.810000e+00, double %21)
  %23 = tail call double @llvm.fmuladd.f64(double %8, double 2.000000e+00, double %3)
  %24 = tail call double @llvm.fmuladd.f64(double %13, double 2.000000e+00, double %23)
  %25 = fadd double %24, %18
  %26 = tail call double @llvm.fmuladd.f64(double %25, double 0x3F4B4E81B4E81B4F, double %2)
  %27 = tail call double @llvm.fmuladd.f64(double %12, double 2.000000e+00, double %7)
  %28 = tail call double @llvm.fmuladd.f64(double %17, double 2.000000e+00, double %27)
  %29 = fadd double %28, %22
  %30 = tail call double @llvm.fmuladd.f64(double %29, double 0x3F4B4E81B4E81B4F, double %3)
  %31 = add nuw nsw i32 %4, 1
  %32 = icmp eq i32 %31, 400
  br i1 %32, label %33, label %1, !llvm.loop !9

33:                                               ; preds = %1
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %26)
  br label %35

35:                                               ; preds = %35, %33
  %36 = phi double [ 2.000000e-01, %33 ], [ %60, %35 ]
  %37 = phi double [ 5.000000e-01, %33 ], [ %64, %35 ]
  %38 = phi i32 [ 0, %33 ], [ %65, %35 ]
  %39 = tail call double @sin(double noundef %36) #5, !tbaa !5
  %40 = fmul double %37, -0.000000e+00
  %41 = tail call double @llvm.fmuladd.f64(double %39, double -4.905000e+00, double %40)
  %42 = tail call double @llvm.fmuladd.f64(double %41, double 2.500000e-03, double %37)
  %43 = tail call double @llvm.fmuladd.f64(double %37, double 2.500000e-03, double %36)
  %44 = tail call double @sin(double noundef %43) #5, !tbaa !5
  %45 = fmul double %42, -0.000000e+00
  %46 = tail call double @llvm.fmuladd.f64(double %44, double -4.905000e+00, double %45)
  %47 = tail call double @llvm.fmuladd.f64(double %46, double 2.500000e-03, double %37)
  %48 = tail call double @llvm.fmuladd.f64(double %42, double 2.500000e-03, double %36)
  %49 = tail call double @sin(double noundef %48) #5, !tbaa !5
  %50 = fmul double %47, -0.000000e+00
  %51 = tail call double @llvm.fmuladd.f64(double %49, double -4.905000e+00, double %50)
  %52 = tail call double @llvm.fmuladd.f64(double %51, double 5.000000e-03, double %37)
  %53 = tail call double @llvm.fmuladd.f64(double %47, double 5.000000e-03, double %36)
  %54 = tail call double @sin(double noundef %53) #5, !tbaa !5
  %55 = fmul double %52, -0.000000e+00
  %56 = tail call double @llvm.fmuladd.f64(double %54, double -4.905000e+00, double %55)
  %57 = tail call double @llvm.fmuladd.f64(double %42, double 2.000000e+00, double %37)
  %58 = tail call double @llvm.fmuladd.f64(double %47, double 2.000000e+00, double %57)
  %59 = fadd double %58, %52
  %60 = tail call double @llvm.fmuladd.f64(double %59, double 0x3F4B4E81B4E81B4F, double %36)
  %61 = tail call double @llvm.fmuladd.f64(double %46, double 2.000000e+00, double %41)
  %62 = tail call double @llvm.fmuladd.f64(double %51, double 2.000000e+00, double %61)
  %63 = fadd double %62, %56
  %64 = tail call double @llvm.fmuladd.f64(double %63, double 0x3F4B4E81B4E81B4F, double %37)
  %65 = add nuw nsw i32 %38, 1
  %66 = icmp eq i32 %65, 200
  br i1 %66, label %67, label %35, !llvm.loop !9

67:                                               ; preds = %35
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %60)
  %69 = load ptr, ptr @stdout, align 8, !tbaa !12
  %70 = tail call i32 @fflush(ptr noundef %69)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { nofree norecurse nounwind memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 _ZTS8_IO_FILE", !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
