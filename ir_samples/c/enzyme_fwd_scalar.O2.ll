; ModuleID = 'enzyme_fwd_scalar.c'
source_filename = "enzyme_fwd_scalar.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@enzyme_dupnoneed = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"dg_dx\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"dg_dir\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"dg_dz\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"dscale\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"dscale2\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"dpick\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @g(double noundef %0, double noundef %1, double noundef %2) #0 {
  %4 = fmul double %0, %0
  %5 = fdiv double %1, %2
  %6 = tail call double @llvm.fmuladd.f64(double %4, double %1, double %5)
  %7 = fmul double %2, %2
  %8 = fneg double %2
  %9 = fmul double %7, %8
  %10 = tail call double @llvm.fmuladd.f64(double %9, double %0, double %6)
  %11 = fmul double %0, %1
  %12 = tail call double @llvm.fmuladd.f64(double %11, double %2, double %10)
  ret double %12
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @scale(double noundef %0, i32 noundef %1) #0 {
  %3 = sitofp i32 %1 to double
  %4 = fmul double %0, %0
  %5 = fmul double %0, %4
  %6 = fdiv double %5, %3
  %7 = tail call double @llvm.fmuladd.f64(double %0, double %3, double %6)
  ret double %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @pick(double noundef %0, double noundef %1) #0 {
  %3 = fcmp ogt double %0, 0.000000e+00
  %4 = fmul double %0, %0
  %5 = select i1 %3, double %4, double %1
  ret double %5
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @g, double noundef 1.500000e+00, double noundef 1.000000e+00, double noundef -5.000000e-01, double noundef 0.000000e+00, double noundef 2.000000e+00, double noundef 0.000000e+00) #5
  %2 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %3 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @g, i32 noundef %2, double noundef 1.500000e+00, double noundef 3.000000e-01, i32 noundef %2, double noundef -5.000000e-01, double noundef -1.200000e+00, i32 noundef %2, double noundef 2.000000e+00, double noundef 0x3FE6666666666666) #5
  %4 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %5 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @g, i32 noundef %4, double noundef 1.500000e+00, i32 noundef %4, double noundef -5.000000e-01, double noundef 2.000000e+00, double noundef 1.000000e+00) #5
  %6 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @scale, double noundef 8.000000e-01, double noundef 1.000000e+00, i32 noundef 3) #5
  %7 = load i32, ptr @enzyme_dupnoneed, align 4, !tbaa !5
  %8 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %9 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @scale, i32 noundef %7, double noundef 8.000000e-01, double noundef 2.000000e+00, i32 noundef %8, i32 noundef 5) #5
  %10 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @pick, double noundef 0x3FE6666666666666, double noundef 1.000000e+00, double noundef 4.000000e+00, double noundef 1.000000e+00) #5
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %1)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %3)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %5)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %6)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %9)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %10)
  %17 = load ptr, ptr @stdout, align 8, !tbaa !9
  %18 = tail call i32 @fflush(ptr noundef %17)
  ret i32 0
}

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"p1 _ZTS8_IO_FILE", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
