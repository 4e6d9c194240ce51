; ModuleID = 'helpers_noinline.c'
source_filename = "helpers_noinline.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"pair_cost(0.3, 0.8)\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"chain_cost\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @softabs(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = fmul double %1, %1
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %0, double %3)
  %5 = tail call double @llvm.sqrt.f64(double %4)
  ret double %5
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @pair_cost(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = fsub double %0, %1
  %4 = tail call double @softabs(double noundef %3, double noundef 1.000000e-01)
  %5 = fmul double %0, %1
  %6 = fmul double %5, %5
  %7 = fadd double %6, %4
  ret double %7
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @chain_cost(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %7

4:                                                ; preds = %2
  %5 = add nsw i32 %1, -1
  %6 = zext nneg i32 %5 to i64
  br label %9

7:                                                ; preds = %9, %2
  %8 = phi double [ 0.000000e+00, %2 ], [ %25, %9 ]
  ret double %8

9:                                                ; preds = %4, %9
  %10 = phi i64 [ 0, %4 ], [ %27, %9 ]
  %11 = phi i64 [ 1, %4 ], [ %26, %9 ]
  %12 = phi double [ 0.000000e+00, %4 ], [ %25, %9 ]
  %13 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw double, ptr %0, i64 %11
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = tail call double @pair_cost(double noundef %14, double noundef %16)
  %18 = fcmp olt double %14, 0.000000e+00
  %19 = fcmp ogt double %14, 1.000000e+00
  %20 = select i1 %19, double 1.000000e+00, double %14
  %21 = select i1 %18, double 0.000000e+00, double %20
  %22 = fmul double %21, %21
  %23 = tail call double @llvm.fmuladd.f64(double %21, double -2.000000e+00, double 3.000000e+00)
  %24 = fmul double %22, %23
  %25 = tail call double @llvm.fmuladd.f64(double %17, double %24, double %12)
  %26 = add nuw nsw i64 %11, 1
  %27 = add nuw nsw i64 %10, 1
  %28 = icmp eq i64 %27, %6
  br i1 %28, label %7, label %9, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [5 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  store double 2.000000e-01, ptr %1, align 16
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 9.000000e-01, ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 4.000000e-01, ptr %3, align 16
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 1.300000e+00, ptr %4, align 8
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 6.000000e-01, ptr %5, align 16
  %6 = tail call double @pair_cost(double noundef 3.000000e-01, double noundef 8.000000e-01)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %6)
  br label %8

8:                                                ; preds = %8, %0
  %9 = phi i64 [ 0, %0 ], [ %26, %8 ]
  %10 = phi i64 [ 1, %0 ], [ %25, %8 ]
  %11 = phi double [ 0.000000e+00, %0 ], [ %24, %8 ]
  %12 = getelementptr inbounds nuw double, ptr %1, i64 %9
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw double, ptr %1, i64 %10
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = tail call double @pair_cost(double noundef %13, double noundef %15)
  %17 = fcmp olt double %13, 0.000000e+00
  %18 = fcmp ogt double %13, 1.000000e+00
  %19 = select i1 %18, double 1.000000e+00, double %13
  %20 = select i1 %17, double 0.000000e+00, double %19
  %21 = fmul double %20, %20
  %22 = tail call double @llvm.fmuladd.f64(double %20, double -2.000000e+00, double 3.000000e+00)
  %23 = fmul double %21, %22
  %24 = tail call double @llvm.fmuladd.f64(double %16, double %23, double %11)
  %25 = add nuw nsw i64 %10, 1
  %26 = add nuw nsw i64 %9, 1
  %27 = icmp eq i64 %26, 4
  br i1 %27, label %28, label %8, !llvm.loop !11

28:                                               ; preds = %8
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %24)
  %30 = load ptr, ptr @stdout, align 8, !tbaa !14
  %31 = tail call i32 @fflush(ptr noundef %30)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
