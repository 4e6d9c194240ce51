; ModuleID = 'libm_mix.c'
source_filename = "libm_mix.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"trig_exp_log(0.7, 1.3)\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"power_roots(1.7, 0.6)\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"special(0.45)\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"nonsmooth(1.1, 0.8)\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"nonsmooth(-0.3, 0.4)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @trig_exp_log(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = tail call double @sin(double noundef %0) #7, !tbaa !5
  %4 = tail call double @cos(double noundef %1) #7, !tbaa !5
  %5 = fmul double %0, 5.000000e-01
  %6 = tail call double @exp(double noundef %5) #7, !tbaa !5
  %7 = tail call double @llvm.fmuladd.f64(double %3, double %4, double %6)
  %8 = tail call double @llvm.fmuladd.f64(double %1, double %1, double 1.000000e+00)
  %9 = tail call double @log(double noundef %8) #7, !tbaa !5
  %10 = fsub double %7, %9
  %11 = fsub double %0, %1
  %12 = tail call double @tanh(double noundef %11) #7, !tbaa !5
  %13 = fadd double %10, %12
  ret double %13
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tanh(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @power_roots(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = tail call double @pow(double noundef %0, double noundef %1) #7, !tbaa !5
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %0, double 1.000000e+00)
  %5 = tail call double @llvm.sqrt.f64(double %4)
  %6 = fadd double %5, %3
  %7 = tail call double @cbrt(double noundef %1) #8
  %8 = fadd double %6, %7
  %9 = tail call double @hypot(double noundef %0, double noundef %1) #7, !tbaa !5
  %10 = fadd double %8, %9
  %11 = tail call double @atan2(double noundef %1, double noundef %0) #7, !tbaa !5
  %12 = fadd double %10, %11
  ret double %12
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @pow(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare double @cbrt(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @hypot(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @atan2(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @special(double noundef %0) local_unnamed_addr #0 {
  %2 = tail call double @erf(double noundef %0) #7, !tbaa !5
  %3 = fmul double %0, 1.000000e-01
  %4 = tail call double @expm1(double noundef %3) #7, !tbaa !5
  %5 = fadd double %2, %4
  %6 = fmul double %0, %0
  %7 = tail call double @log1p(double noundef %6) #7, !tbaa !5
  %8 = fadd double %5, %7
  ret double %8
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @erf(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @expm1(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log1p(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @nonsmooth(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = tail call double @llvm.maxnum.f64(double %0, double %1)
  %4 = fmul double %1, 2.000000e+00
  %5 = tail call double @llvm.minnum.f64(double %0, double %4)
  %6 = fsub double %0, %1
  %7 = tail call double @llvm.fabs.f64(double %6)
  %8 = tail call double @llvm.fmuladd.f64(double %3, double %5, double %7)
  %9 = fmul double %0, 7.000000e+00
  %10 = tail call double @fmod(double noundef %9, double noundef 2.500000e+00) #7, !tbaa !5
  %11 = fadd double %8, %10
  %12 = fmul double %1, 3.000000e+00
  %13 = tail call double @llvm.floor.f64(double %12)
  %14 = fadd double %13, %11
  ret double %14
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @fmod(double noundef, double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = tail call double @tanh(double noundef 0xBFE3333333333334) #7, !tbaa !5
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef 0x3FB0970325839A28)
  %3 = tail call double @cbrt(double noundef 6.000000e-01) #8
  %4 = fadd double %3, 0x400AC71238AA9789
  %5 = tail call double @hypot(double noundef 1.700000e+00, double noundef 6.000000e-01) #7, !tbaa !5
  %6 = fadd double %4, %5
  %7 = fadd double %6, 0x3FD5B6F85EB6AF74
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %7)
  %9 = tail call double @erf(double noundef 4.500000e-01) #7, !tbaa !5
  %10 = tail call double @expm1(double noundef 0x3FA70A3D70A3D70B) #7, !tbaa !5
  %11 = fadd double %10, 0x3FDE6E4AE11529C0
  %12 = fadd double %11, 0x3FC79A822848CEBA
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %12)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef 0x400DAE147AE147B1)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef -5.200000e-01)
  %16 = load ptr, ptr @stdout, align 8, !tbaa !9
  %17 = tail call i32 @fflush(ptr noundef %16)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #6

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(none) }

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
