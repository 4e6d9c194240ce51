; ModuleID = 'enzyme_while_loop.c'
source_filename = "enzyme_while_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_out = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"dy0\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"dk\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"dcollatz_dx\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @euler_decay(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = fmul double %1, %2
  br label %5

5:                                                ; preds = %3, %5
  %6 = phi double [ %0, %3 ], [ %10, %5 ]
  %7 = phi double [ 0.000000e+00, %3 ], [ %11, %5 ]
  %8 = fneg double %6
  %9 = fmul double %4, %8
  %10 = tail call double @llvm.fmuladd.f64(double %9, double %6, double %6)
  %11 = fadd double %2, %7
  %12 = fcmp olt double %11, 1.000000e+00
  br i1 %12, label %5, label %13, !llvm.loop !9

13:                                               ; preds = %5
  ret double %10
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree norecurse nounwind memory(errnomem: write) uwtable
define dso_local double @collatz_mix(double noundef %0, i32 noundef %1) #2 {
  %3 = icmp eq i32 %1, 1
  br i1 %3, label %20, label %4

4:                                                ; preds = %2, %4
  %5 = phi i32 [ %12, %4 ], [ %1, %2 ]
  %6 = phi double [ %18, %4 ], [ %0, %2 ]
  %7 = and i32 %5, 1
  %8 = icmp eq i32 %7, 0
  %9 = mul nsw i32 %5, 3
  %10 = add nsw i32 %9, 1
  %11 = ashr exact i32 %5, 1
  %12 = select i1 %8, i32 %11, i32 %10
  %13 = tail call double @sin(double noundef %6) #7, !tbaa !5
  %14 = fmul double %13, 2.500000e-01
  %15 = tail call double @llvm.fmuladd.f64(double %6, double 5.000000e-01, double %14)
  %16 = srem i32 %12, 7
  %17 = sitofp i32 %16 to double
  %18 = tail call double @llvm.fmuladd.f64(double %17, double 1.000000e-02, double %15)
  %19 = icmp eq i32 %12, 1
  br i1 %19, label %20, label %4, !llvm.loop !12

20:                                               ; preds = %4, %2
  %21 = phi double [ %0, %2 ], [ %18, %4 ]
  %22 = fmul double %21, %21
  ret double %22
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %2 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %3 = tail call { double, double } (ptr, ...) @__enzyme_autodiff_euler(ptr noundef nonnull @euler_decay, i32 noundef %1, double noundef 1.500000e+00, i32 noundef %1, double noundef 8.000000e-01, i32 noundef %2, double noundef 1.000000e-01) #7
  %4 = extractvalue { double, double } %3, 0
  %5 = extractvalue { double, double } %3, 1
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @collatz_mix, double noundef 2.000000e+00, i32 noundef 6) #7
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %4)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %5)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %6)
  %10 = load ptr, ptr @stdout, align 8, !tbaa !13
  %11 = tail call i32 @fflush(ptr noundef %10)
  ret i32 0
}

declare { double, double } @__enzyme_autodiff_euler(ptr noundef, ...) local_unnamed_addr #5

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nounwind memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!12 = distinct !{!12, !10, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTS8_IO_FILE", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
