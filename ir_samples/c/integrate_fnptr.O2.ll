; ModuleID = 'integrate_fnptr.c'
source_filename = "integrate_fnptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"simpson(damped_osc)\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"both_integrals(0.8)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @damped_osc(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = fneg double %1
  %4 = fmul double %0, %3
  %5 = tail call double @exp(double noundef %4) #7, !tbaa !5
  %6 = fmul double %0, 3.000000e+00
  %7 = tail call double @cos(double noundef %6) #7, !tbaa !5
  %8 = fmul double %5, %7
  ret double %8
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @gauss_p(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = fneg double %1
  %4 = fmul double %0, %3
  %5 = fmul double %0, %4
  %6 = tail call double @exp(double noundef %5) #7, !tbaa !5
  ret double %6
}

; Function Attrs: nounwind uwtable
define dso_local double @simpson(ptr noundef readonly captures(none) %0, double noundef %1, double noundef %2, double noundef %3, i32 noundef %4) local_unnamed_addr #2 {
  %6 = fsub double %3, %2
  %7 = sitofp i32 %4 to double
  %8 = fdiv double %6, %7
  %9 = tail call double %0(double noundef %2, double noundef %1) #7
  %10 = tail call double %0(double noundef %3, double noundef %1) #7
  %11 = fadd double %9, %10
  %12 = icmp sgt i32 %4, 1
  br i1 %12, label %17, label %13

13:                                               ; preds = %17, %5
  %14 = phi double [ %11, %5 ], [ %26, %17 ]
  %15 = fmul double %8, %14
  %16 = fdiv double %15, 3.000000e+00
  ret double %16

17:                                               ; preds = %5, %17
  %18 = phi double [ %26, %17 ], [ %11, %5 ]
  %19 = phi i32 [ %27, %17 ], [ 1, %5 ]
  %20 = and i32 %19, 1
  %21 = icmp eq i32 %20, 0
  %22 = select i1 %21, double 2.000000e+00, double 4.000000e+00
  %23 = uitofp nneg i32 %19 to double
  %24 = tail call double @llvm.fmuladd.f64(double %23, double %8, double %2)
  %25 = tail call double %0(double noundef %24, double noundef %1) #7
  %26 = tail call double @llvm.fmuladd.f64(double %22, double %25, double %18)
  %27 = add nuw nsw i32 %19, 1
  %28 = icmp eq i32 %27, %4
  br i1 %28, label %13, label %17, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: nofree norecurse nounwind memory(errnomem: write) uwtable
define dso_local double @both_integrals(double noundef %0) local_unnamed_addr #4 {
  %2 = fneg double %0
  %3 = fmul double %0, -0.000000e+00
  %4 = tail call double @exp(double noundef %3) #7, !tbaa !5
  %5 = fmul double %0, -2.000000e+00
  %6 = tail call double @exp(double noundef %5) #7, !tbaa !5
  %7 = fmul double %6, 0x3FEEB9B7097822F5
  %8 = fadd double %4, %7
  br label %9

9:                                                ; preds = %9, %1
  %10 = phi double [ %22, %9 ], [ %8, %1 ]
  %11 = phi i32 [ %23, %9 ], [ 1, %1 ]
  %12 = and i32 %11, 1
  %13 = icmp eq i32 %12, 0
  %14 = select i1 %13, double 2.000000e+00, double 4.000000e+00
  %15 = uitofp nneg i32 %11 to double
  %16 = tail call double @llvm.fmuladd.f64(double %15, double 5.000000e-02, double 0.000000e+00)
  %17 = fmul double %16, %2
  %18 = tail call double @exp(double noundef %17) #7, !tbaa !5
  %19 = fmul double %16, 3.000000e+00
  %20 = tail call double @cos(double noundef %19) #7, !tbaa !5
  %21 = fmul double %18, %20
  %22 = tail call double @llvm.fmuladd.f64(double %14, double %21, double %10)
  %23 = add nuw nsw i32 %11, 1
  %24 = icmp eq i32 %23, 40
  br i1 %24, label %25, label %9, !llvm.loop !9

25:                                               ; preds = %9
  %26 = tail call double @exp(double noundef %2) #7, !tbaa !5
  %27 = tail call double @exp(double noundef %2) #7, !tbaa !5
  %28 = fadd double %26, %27
  br label %29

29:                                               ; preds = %29, %25
  %30 = phi double [ %40, %29 ], [ %28, %25 ]
  %31 = phi i32 [ %41, %29 ], [ 1, %25 ]
  %32 = and i32 %31, 1
  %33 = icmp eq i32 %32, 0
  %34 = select i1 %33, double 2.000000e+00, double 4.000000e+00
  %35 = uitofp nneg i32 %31 to double
  %36 = tail call double @llvm.fmuladd.f64(double %35, double 5.000000e-02, double -1.000000e+00)
  %37 = fmul double %36, %2
  %38 = fmul double %36, %37
  %39 = tail call double @exp(double noundef %38) #7, !tbaa !5
  %40 = tail call double @llvm.fmuladd.f64(double %34, double %39, double %30)
  %41 = add nuw nsw i32 %31, 1
  %42 = icmp eq i32 %41, 40
  br i1 %42, label %43, label %29, !llvm.loop !9

43:                                               ; preds = %29
  %44 = fmul double %22, 5.000000e-02
  %45 = fdiv double %44, 3.000000e+00
  %46 = fmul double %40, 5.000000e-02
  %47 = fdiv double %46, 3.000000e+00
  %48 = fadd double %45, %47
  ret double %48
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi double [ %14, %1 ], [ 0x3FF5A6D1423FFB96, %0 ]
  %3 = phi i32 [ %15, %1 ], [ 1, %0 ]
  %4 = and i32 %3, 1
  %5 = icmp eq i32 %4, 0
  %6 = select i1 %5, double 2.000000e+00, double 4.000000e+00
  %7 = uitofp nneg i32 %3 to double
  %8 = tail call double @llvm.fmuladd.f64(double %7, double 5.000000e-02, double 0.000000e+00)
  %9 = fmul double %8, -5.000000e-01
  %10 = tail call double @exp(double noundef %9) #7, !tbaa !5
  %11 = fmul double %8, 3.000000e+00
  %12 = tail call double @cos(double noundef %11) #7, !tbaa !5
  %13 = fmul double %10, %12
  %14 = tail call double @llvm.fmuladd.f64(double %6, double %13, double %2)
  %15 = add nuw nsw i32 %3, 1
  %16 = icmp eq i32 %15, 40
  br i1 %16, label %17, label %1, !llvm.loop !9

17:                                               ; preds = %1
  %18 = fmul double %14, 5.000000e-02
  %19 = fdiv double %18, 3.000000e+00
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %19)
  %21 = tail call double @both_integrals(double noundef 8.000000e-01)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %21)
  %23 = load ptr, ptr @stdout, align 8, !tbaa !12
  %24 = tail call i32 @fflush(ptr noundef %23)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree norecurse nounwind memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 _ZTS8_IO_FILE", !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
