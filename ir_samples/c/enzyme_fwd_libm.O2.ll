; ModuleID = 'enzyme_fwd_libm.c'
source_filename = "enzyme_fwd_libm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dtrig(0.6)\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dexplog(1.7)\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"dspecial(0.9)\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"dtwo_args_dx\00", align 1
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.5 = private unnamed_addr constant [13 x i8] c"dtwo_args_dy\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"dtwo_args_dir\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @trig(double noundef %0) #0 {
  %2 = tail call double @sin(double noundef %0) #8, !tbaa !5
  %3 = fmul double %0, 2.000000e+00
  %4 = tail call double @cos(double noundef %3) #8, !tbaa !5
  %5 = fdiv double %0, 3.000000e+00
  %6 = tail call double @tan(double noundef %5) #8, !tbaa !5
  %7 = tail call double @llvm.fmuladd.f64(double %2, double %4, double %6)
  %8 = fmul double %0, 5.000000e-01
  %9 = tail call double @asin(double noundef %8) #8, !tbaa !5
  %10 = tail call double @acos(double noundef %5) #8, !tbaa !5
  %11 = tail call double @llvm.fmuladd.f64(double %9, double %10, double %7)
  %12 = tail call double @atan(double noundef %0) #8, !tbaa !5
  %13 = fadd double %11, %12
  ret double %13
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tan(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @asin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @acos(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @atan(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @explog(double noundef %0) #0 {
  %2 = tail call double @exp(double noundef %0) #8, !tbaa !5
  %3 = fdiv double %2, %0
  %4 = tail call double @log(double noundef %0) #8, !tbaa !5
  %5 = tail call double @log1p(double noundef %0) #8, !tbaa !5
  %6 = tail call double @llvm.fmuladd.f64(double %4, double %5, double %3)
  %7 = fmul double %0, 5.000000e-01
  %8 = tail call double @expm1(double noundef %7) #8, !tbaa !5
  %9 = fadd double %6, %8
  %10 = tail call double @log2(double noundef %0) #8, !tbaa !5
  %11 = fadd double %9, %10
  %12 = tail call double @log10(double noundef %0) #8, !tbaa !5
  %13 = fadd double %11, %12
  %14 = tail call double @exp2(double noundef %0) #8, !tbaa !5
  %15 = fadd double %13, %14
  ret double %15
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log1p(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @expm1(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log2(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log10(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp2(double noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local double @special(double noundef %0) #3 {
  %2 = tail call double @erf(double noundef %0) #8, !tbaa !5
  %3 = fmul double %0, 5.000000e-01
  %4 = tail call double @erfc(double noundef %3) #8, !tbaa !5
  %5 = tail call double @cbrt(double noundef %0) #9
  %6 = tail call double @llvm.fmuladd.f64(double %4, double %5, double %2)
  %7 = tail call double @tanh(double noundef %0) #8, !tbaa !5
  %8 = tail call double @sinh(double noundef %0) #8, !tbaa !5
  %9 = tail call double @llvm.fmuladd.f64(double %7, double %8, double %6)
  %10 = tail call double @cosh(double noundef %0) #8, !tbaa !5
  %11 = fdiv double %10, 3.000000e+00
  %12 = fadd double %9, %11
  %13 = tail call double @asinh(double noundef %0) #8, !tbaa !5
  %14 = fadd double %13, %12
  %15 = fadd double %0, -2.000000e+00
  %16 = tail call double @llvm.fabs.f64(double %15)
  %17 = tail call double @sqrt(double noundef %0) #8, !tbaa !5
  %18 = tail call double @llvm.fmuladd.f64(double %16, double %17, double %14)
  ret double %18
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @erf(double noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare double @erfc(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare double @cbrt(double noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tanh(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sinh(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cosh(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @asinh(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @two_args(double noundef %0, double noundef %1) #0 {
  %3 = tail call double @atan2(double noundef %1, double noundef %0) #8, !tbaa !5
  %4 = tail call double @hypot(double noundef %0, double noundef %1) #8, !tbaa !5
  %5 = fadd double %3, %4
  %6 = tail call double @pow(double noundef %0, double noundef %1) #8, !tbaa !5
  %7 = fadd double %5, %6
  %8 = tail call double @llvm.maxnum.f64(double %0, double %1)
  %9 = tail call double @llvm.fmuladd.f64(double %8, double 2.000000e+00, double %7)
  %10 = fmul double %0, %1
  %11 = tail call double @llvm.minnum.f64(double %10, double 1.000000e+00)
  %12 = fadd double %11, %9
  %13 = fmul double %0, 3.000000e+00
  %14 = tail call double @fmod(double noundef %13, double noundef 1.000000e+00) #8, !tbaa !5
  %15 = fadd double %14, %12
  ret double %15
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @atan2(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @hypot(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @pow(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @fmod(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @trig, double noundef 6.000000e-01, double noundef 1.000000e+00) #8
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %1)
  %3 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @explog, double noundef 1.700000e+00, double noundef 1.000000e+00) #8
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %3)
  %5 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @special, double noundef 9.000000e-01, double noundef 1.000000e+00) #8
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %5)
  %7 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %8 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @two_args, double noundef 1.300000e+00, double noundef 1.000000e+00, i32 noundef %7, double noundef 4.000000e-01) #8
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %8)
  %10 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %11 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @two_args, i32 noundef %10, double noundef 1.300000e+00, double noundef 4.000000e-01, double noundef 1.000000e+00) #8
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %11)
  %13 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @two_args, double noundef 1.300000e+00, double noundef -2.000000e+00, double noundef 4.000000e-01, double noundef 5.000000e-01) #8
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %13)
  %15 = load ptr, ptr @stdout, align 8, !tbaa !9
  %16 = tail call i32 @fflush(ptr noundef %15)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(none) }

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
