; ModuleID = 'scalar_poly.c'
source_filename = "scalar_poly.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [21 x i8] c"rational(1.5, -0.25)\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"rational(-2, 3)\00", align 1
@.str.3 = private unnamed_addr constant [27 x i8] c"product3(0.5, 1.25, -0.75)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @rational(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = fmul double %0, 3.000000e+00
  %4 = fmul double %0, 2.000000e+00
  %5 = fneg double %1
  %6 = fmul double %4, %5
  %7 = tail call double @llvm.fmuladd.f64(double %3, double %0, double %6)
  %8 = fadd double %1, %7
  %9 = fadd double %8, -1.000000e+00
  %10 = tail call double @llvm.fmuladd.f64(double %0, double %0, double 1.000000e+00)
  %11 = fmul double %1, 5.000000e-01
  %12 = tail call double @llvm.fmuladd.f64(double %11, double %1, double %10)
  %13 = fdiv double %9, %12
  ret double %13
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @product3(double noundef %0, double noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = fadd double %0, 1.000000e+00
  %5 = fadd double %1, -2.000000e+00
  %6 = fmul double %4, %5
  %7 = fmul double %0, %1
  %8 = tail call double @llvm.fmuladd.f64(double %2, double %2, double %7)
  %9 = tail call double @llvm.fmuladd.f64(double %1, double %1, double 1.000000e+00)
  %10 = fneg double %0
  %11 = fdiv double %10, %9
  %12 = tail call double @llvm.fmuladd.f64(double %6, double %8, double %11)
  ret double %12
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef 0x3FFE79E79E79E79E)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef 0x4005E50D79435E51)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef 0xBFF87F3831F3831F)
  %4 = load ptr, ptr @stdout, align 8, !tbaa !9
  %5 = tail call i32 @fflush(ptr noundef %4)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
