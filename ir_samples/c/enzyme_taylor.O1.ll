; ModuleID = 'enzyme_taylor.c'
source_filename = "enzyme_taylor.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dtaylorlog\00", align 1
@enzyme_out = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.2 = private unnamed_addr constant [12 x i8] c"dtaylor_exp\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"dtaylor_exp_fwd\00", align 1
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str.4 = private unnamed_addr constant [12 x i8] c"dsin_series\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(errnomem: write) uwtable
define dso_local double @taylorlog(double noundef %0, i32 noundef %1) #0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %6, %2
  %5 = phi double [ 0.000000e+00, %2 ], [ %12, %6 ]
  ret double %5

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %13, %6 ], [ 1, %2 ]
  %8 = phi double [ %12, %6 ], [ 0.000000e+00, %2 ]
  %9 = uitofp i32 %7 to double
  %10 = tail call double @pow(double noundef %0, double noundef %9) #6, !tbaa !5
  %11 = fdiv double %10, %9
  %12 = fadd double %8, %11
  %13 = add i32 %7, 1
  %14 = icmp ugt i32 %13, %1
  br i1 %14, label %4, label %6, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @pow(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: nofree norecurse nounwind memory(errnomem: write) uwtable
define dso_local double @taylor_exp(double noundef %0, i32 noundef %1) #0 {
  %3 = icmp slt i32 %1, 0
  br i1 %3, label %7, label %4

4:                                                ; preds = %2
  %5 = add nuw i32 %1, 1
  %6 = zext i32 %5 to i64
  br label %9

7:                                                ; preds = %24, %2
  %8 = phi double [ 0.000000e+00, %2 ], [ %27, %24 ]
  ret double %8

9:                                                ; preds = %4, %24
  %10 = phi i64 [ 0, %4 ], [ %28, %24 ]
  %11 = phi double [ 0.000000e+00, %4 ], [ %27, %24 ]
  %12 = trunc nuw nsw i64 %10 to i32
  %13 = uitofp nneg i32 %12 to double
  %14 = tail call double @pow(double noundef %0, double noundef %13) #6, !tbaa !5
  %15 = icmp samesign ult i64 %10, 2
  br i1 %15, label %24, label %16

16:                                               ; preds = %9, %16
  %17 = phi i64 [ %20, %16 ], [ 2, %9 ]
  %18 = phi i64 [ %19, %16 ], [ 1, %9 ]
  %19 = mul nuw nsw i64 %18, %17
  %20 = add nuw nsw i64 %17, 1
  %21 = icmp eq i64 %17, %10
  br i1 %21, label %22, label %16, !llvm.loop !12

22:                                               ; preds = %16
  %23 = uitofp nneg i64 %19 to double
  br label %24

24:                                               ; preds = %22, %9
  %25 = phi double [ 1.000000e+00, %9 ], [ %23, %22 ]
  %26 = fdiv double %14, %25
  %27 = fadd double %11, %26
  %28 = add nuw nsw i64 %10, 1
  %29 = icmp eq i64 %28, %6
  br i1 %29, label %7, label %9, !llvm.loop !13
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local float @sin_series(float noundef %0) #2 {
  %2 = fneg float %0
  %3 = fmul float %0, %2
  br label %5

4:                                                ; preds = %5
  ret float %9

5:                                                ; preds = %1, %5
  %6 = phi i32 [ 1, %1 ], [ %16, %5 ]
  %7 = phi float [ 0.000000e+00, %1 ], [ %9, %5 ]
  %8 = phi float [ %0, %1 ], [ %15, %5 ]
  %9 = fadd float %8, %7
  %10 = shl nuw nsw i32 %6, 1
  %11 = or disjoint i32 %10, 1
  %12 = mul nuw nsw i32 %11, %10
  %13 = uitofp nneg i32 %12 to float
  %14 = fdiv float %3, %13
  %15 = fmul float %8, %14
  %16 = add nuw nsw i32 %6, 1
  %17 = icmp eq i32 %16, 9
  br i1 %17, label %4, label %5, !llvm.loop !14
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %2 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %3 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @taylorlog, i32 noundef %1, double noundef 5.000000e-01, i32 noundef %2, i32 noundef 10) #6
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %3)
  %5 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %6 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %7 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @taylor_exp, i32 noundef %5, double noundef 0x3FE6666666666666, i32 noundef %6, i32 noundef 12) #6
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %7)
  %9 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %10 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %11 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @taylor_exp, i32 noundef %9, double noundef 0.000000e+00, double noundef -3.000000e-01, i32 noundef %10, i32 noundef 12) #6
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %11)
  %13 = tail call float @__enzyme_autodiff_f(ptr noundef nonnull @sin_series, float noundef 5.000000e-01) #6
  %14 = fpext float %13 to double
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %14)
  %16 = load ptr, ptr @stdout, align 8, !tbaa !15
  %17 = tail call i32 @fflush(ptr noundef %16)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #5

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #5

declare float @__enzyme_autodiff_f(ptr noundef, float noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { nofree norecurse nounwind memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

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
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
