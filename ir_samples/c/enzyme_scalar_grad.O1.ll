; ModuleID = 'enzyme_scalar_grad.c'
source_filename = "enzyme_scalar_grad.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_out = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dsquare(3)\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"dsquare(-1.5)\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"dwave(0.7)\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"dmixed_dy(0.8, 1.2)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @square(double noundef %0) #0 {
  %2 = fmul double %0, %0
  ret double %2
}

; Function Attrs: nounwind uwtable
define dso_local double @dsquare(double noundef %0) local_unnamed_addr #1 {
  %2 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @square, double noundef %0) #7
  ret double %2
}

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @wave(double noundef %0) #3 {
  %2 = tail call double @sin(double noundef %0) #7, !tbaa !5
  %3 = fmul double %0, -5.000000e-01
  %4 = tail call double @exp(double noundef %3) #7, !tbaa !5
  %5 = fmul double %0, %0
  %6 = fmul double %0, %5
  %7 = tail call double @llvm.fmuladd.f64(double %2, double %4, double %6)
  ret double %7
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nounwind uwtable
define dso_local double @dwave(double noundef %0) local_unnamed_addr #1 {
  %2 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %3 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @wave, i32 noundef %2, double noundef %0) #7
  ret double %3
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @mixed(double noundef %0, double noundef %1) #3 {
  %3 = tail call double @llvm.fmuladd.f64(double %0, double %0, double 1.000000e+00)
  %4 = tail call double @log(double noundef %3) #7, !tbaa !5
  %5 = tail call double @cos(double noundef %1) #7, !tbaa !5
  %6 = fmul double %4, %5
  %7 = tail call double @llvm.fmuladd.f64(double %0, double %1, double %6)
  ret double %7
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #4

; Function Attrs: nounwind uwtable
define dso_local double @dmixed_dy(double noundef %0, double noundef %1) local_unnamed_addr #1 {
  %3 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %4 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %5 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @mixed, i32 noundef %3, double noundef %0, i32 noundef %4, double noundef %1) #7
  ret double %5
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #1 {
  %1 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @square, double noundef 3.000000e+00) #7
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %1)
  %3 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @square, double noundef -1.500000e+00) #7
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %3)
  %5 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %6 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @wave, i32 noundef %5, double noundef 0x3FE6666666666666) #7
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %6)
  %8 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %9 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %10 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @mixed, i32 noundef %8, double noundef 8.000000e-01, i32 noundef %9, double noundef 1.200000e+00) #7
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %10)
  %12 = load ptr, ptr @stdout, align 8, !tbaa !9
  %13 = tail call i32 @fflush(ptr noundef %12)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"p1 _ZTS8_IO_FILE", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
