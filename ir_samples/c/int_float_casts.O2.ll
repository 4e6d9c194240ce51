; ModuleID = 'int_float_casts.c'
source_filename = "int_float_casts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"table_interp(2.3)\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"quantise_loss(1.37, 0.25)\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @table_interp(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = fcmp ugt double %2, 0.000000e+00
  br i1 %4, label %7, label %5

5:                                                ; preds = %3
  %6 = load double, ptr %0, align 8, !tbaa !9
  br label %27

7:                                                ; preds = %3
  %8 = add nsw i32 %1, -1
  %9 = sitofp i32 %8 to double
  %10 = fcmp ult double %2, %9
  br i1 %10, label %15, label %11

11:                                               ; preds = %7
  %12 = sext i32 %8 to i64
  %13 = getelementptr inbounds double, ptr %0, i64 %12
  %14 = load double, ptr %13, align 8, !tbaa !9
  br label %27

15:                                               ; preds = %7
  %16 = fptosi double %2 to i32
  %17 = sitofp i32 %16 to double
  %18 = fsub double %2, %17
  %19 = fsub double 1.000000e+00, %18
  %20 = sext i32 %16 to i64
  %21 = getelementptr inbounds double, ptr %0, i64 %20
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = getelementptr i8, ptr %21, i64 8
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = fmul double %18, %24
  %26 = tail call double @llvm.fmuladd.f64(double %19, double %22, double %25)
  br label %27

27:                                               ; preds = %15, %11, %5
  %28 = phi double [ %6, %5 ], [ %14, %11 ], [ %26, %15 ]
  ret double %28
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nounwind uwtable
define dso_local double @quantise_loss(double noundef %0, double noundef %1) local_unnamed_addr #2 {
  %3 = fdiv double %0, %1
  %4 = tail call i64 @lround(double noundef %3) #5, !tbaa !5
  %5 = sitofp i64 %4 to double
  %6 = fmul double %1, %5
  %7 = fsub double %0, %6
  %8 = and i64 %4, 1
  %9 = icmp eq i64 %8, 0
  %10 = fmul double %0, 1.000000e-02
  %11 = select i1 %9, double 0.000000e+00, double %10
  %12 = tail call double @llvm.fmuladd.f64(double %7, double %7, double %11)
  ret double %12
}

; Function Attrs: nounwind
declare i64 @lround(double noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef 0x3FEE666666666664)
  %2 = tail call i64 @lround(double noundef 5.480000e+00) #5, !tbaa !5
  %3 = sitofp i64 %2 to double
  %4 = fmul double %3, 2.500000e-01
  %5 = fsub double 1.370000e+00, %4
  %6 = and i64 %2, 1
  %7 = icmp eq i64 %6, 0
  %8 = select i1 %7, double 0.000000e+00, double 0x3F8C0EBEDFA43FE7
  %9 = tail call double @llvm.fmuladd.f64(double %5, double %5, double %8)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %9)
  %11 = load ptr, ptr @stdout, align 8, !tbaa !11
  %12 = tail call i32 @fflush(ptr noundef %11)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"double", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 _ZTS8_IO_FILE", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
