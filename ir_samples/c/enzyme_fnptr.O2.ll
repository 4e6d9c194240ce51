; ModuleID = 'enzyme_fnptr.c'
source_filename = "enzyme_fnptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@table = internal unnamed_addr constant [2 x ptr] [ptr @gaussian, ptr @oscillating], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"dgauss_area\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"dmixed_area\00", align 1
@enzyme_out = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.3 = private unnamed_addr constant [7 x i8] c"dapply\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(errnomem: write) uwtable
define dso_local double @gauss_area(double noundef %0) #0 {
  %2 = fneg double %0
  %3 = fmul double %0, -0.000000e+00
  %4 = fmul double %3, 0.000000e+00
  %5 = tail call double @exp(double noundef %4) #7, !tbaa !5
  %6 = tail call double @exp(double noundef %2) #7, !tbaa !5
  %7 = fadd double %5, %6
  %8 = fmul double %7, 5.000000e-01
  br label %9

9:                                                ; preds = %9, %1
  %10 = phi i32 [ 1, %1 ], [ %18, %9 ]
  %11 = phi double [ %8, %1 ], [ %17, %9 ]
  %12 = uitofp nneg i32 %10 to double
  %13 = tail call double @llvm.fmuladd.f64(double %12, double 6.250000e-02, double 0.000000e+00)
  %14 = fmul double %13, %2
  %15 = fmul double %13, %14
  %16 = tail call double @exp(double noundef %15) #7, !tbaa !5
  %17 = fadd double %11, %16
  %18 = add nuw nsw i32 %10, 1
  %19 = icmp eq i32 %18, 16
  br i1 %19, label %20, label %9, !llvm.loop !9

20:                                               ; preds = %9
  %21 = fmul double %17, 6.250000e-02
  ret double %21
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define internal double @gaussian(double noundef %0, double noundef %1) #1 {
  %3 = fneg double %1
  %4 = fmul double %0, %3
  %5 = fmul double %0, %4
  %6 = tail call double @exp(double noundef %5) #7, !tbaa !5
  ret double %6
}

; Function Attrs: nounwind uwtable
define dso_local double @mixed_area(double noundef %0, i32 noundef %1) #2 {
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds ptr, ptr @table, i64 %3
  %5 = load ptr, ptr %4, align 8, !tbaa !12
  %6 = tail call double %5(double noundef 0.000000e+00, double noundef %0) #7
  %7 = tail call double %5(double noundef 2.000000e+00, double noundef %0) #7
  %8 = fadd double %6, %7
  %9 = fmul double %8, 5.000000e-01
  br label %10

10:                                               ; preds = %10, %2
  %11 = phi i32 [ 1, %2 ], [ %17, %10 ]
  %12 = phi double [ %9, %2 ], [ %16, %10 ]
  %13 = uitofp nneg i32 %11 to double
  %14 = tail call double @llvm.fmuladd.f64(double %13, double 2.500000e-01, double 0.000000e+00)
  %15 = tail call double %5(double noundef %14, double noundef %0) #7
  %16 = fadd double %12, %15
  %17 = add nuw nsw i32 %11, 1
  %18 = icmp eq i32 %17, 8
  br i1 %18, label %19, label %10, !llvm.loop !9

19:                                               ; preds = %10
  %20 = fmul double %16, 2.500000e-01
  ret double %20
}

; Function Attrs: nounwind uwtable
define dso_local double @apply_n(ptr noundef readonly captures(none) %0, double noundef %1, i32 noundef %2) #2 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %7, label %5

5:                                                ; preds = %7, %3
  %6 = phi double [ %1, %3 ], [ %10, %7 ]
  ret double %6

7:                                                ; preds = %3, %7
  %8 = phi i32 [ %11, %7 ], [ 0, %3 ]
  %9 = phi double [ %10, %7 ], [ %1, %3 ]
  %10 = tail call double %0(double noundef %9) #7
  %11 = add nuw nsw i32 %8, 1
  %12 = icmp eq i32 %11, %2
  br i1 %12, label %5, label %7, !llvm.loop !14
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @gauss_area, double noundef 0x3FE6666666666666) #7
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %1)
  %3 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %4 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %5 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @mixed_area, i32 noundef %3, double noundef 1.300000e+00, i32 noundef %4, i32 noundef 1) #7
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %5)
  %7 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %8 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %9 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @apply_n, i32 noundef %7, ptr noundef nonnull @squash, i32 noundef %8, double noundef 9.000000e-01, i32 noundef %7, i32 noundef 3) #7
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %9)
  %11 = load ptr, ptr @stdout, align 8, !tbaa !15
  %12 = tail call i32 @fflush(ptr noundef %11)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define internal double @squash(double noundef %0) #1 {
  %2 = tail call double @sin(double noundef %0) #7, !tbaa !5
  %3 = tail call double @llvm.fmuladd.f64(double %0, double %0, double 1.000000e+00)
  %4 = fdiv double %2, %3
  ret double %4
}

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define internal double @oscillating(double noundef %0, double noundef %1) #1 {
  %3 = fmul double %0, %1
  %4 = tail call double @sin(double noundef %3) #7, !tbaa !5
  %5 = fneg double %0
  %6 = tail call double @exp(double noundef %5) #7, !tbaa !5
  %7 = fmul double %4, %6
  ret double %7
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #6

attributes #0 = { nofree norecurse nounwind memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!13 = !{!"any pointer", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !13, i64 0}
