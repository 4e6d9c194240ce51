; ModuleID = 'enzyme_switch_piecewise.c'
source_filename = "enzyme_switch_piecewise.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.kinds = private unnamed_addr constant [6 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4, i32 7], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [16 x i8] c"dx[%d] = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"dclamp_fwd\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @loss(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) #0 {
  %4 = icmp slt i32 %2, 1
  br i1 %4, label %42, label %5

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  br label %7

7:                                                ; preds = %5, %38
  %8 = phi i64 [ 0, %5 ], [ %10, %38 ]
  %9 = phi double [ 0.000000e+00, %5 ], [ %40, %38 ]
  %10 = add nuw nsw i64 %8, 1
  %11 = trunc nuw nsw i64 %10 to i32
  %12 = uitofp nneg i32 %11 to double
  %13 = getelementptr inbounds nuw double, ptr %0, i64 %8
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw i32, ptr %1, i64 %8
  %16 = load i32, ptr %15, align 4, !tbaa !5
  switch i32 %16, label %36 [
    i32 0, label %17
    i32 1, label %19
    i32 2, label %23
    i32 3, label %26
    i32 4, label %33
  ]

17:                                               ; preds = %7
  %18 = tail call double @llvm.maxnum.f64(double %14, double 0.000000e+00)
  br label %38

19:                                               ; preds = %7
  %20 = fcmp ogt double %14, 0.000000e+00
  %21 = fmul double %14, 1.000000e-01
  %22 = select i1 %20, double %14, double %21
  br label %38

23:                                               ; preds = %7
  %24 = fmul double %14, %14
  %25 = tail call double @llvm.copysign.f64(double %24, double %14)
  br label %38

26:                                               ; preds = %7
  %27 = tail call double @llvm.fabs.f64(double %14)
  %28 = fcmp olt double %27, 1.000000e+00
  %29 = fmul double %14, 5.000000e-01
  %30 = fmul double %14, %29
  %31 = fadd double %27, -5.000000e-01
  %32 = select i1 %28, double %30, double %31
  br label %38

33:                                               ; preds = %7
  %34 = tail call double @exp(double noundef %14) #10, !tbaa !5
  %35 = tail call double @llvm.minnum.f64(double %34, double 2.000000e+00)
  br label %38

36:                                               ; preds = %7
  %37 = tail call double @tanh(double noundef %14) #10, !tbaa !5
  br label %38

38:                                               ; preds = %17, %19, %23, %26, %33, %36
  %39 = phi double [ %37, %36 ], [ %18, %17 ], [ %22, %19 ], [ %25, %23 ], [ %32, %26 ], [ %35, %33 ]
  %40 = tail call double @llvm.fmuladd.f64(double %12, double %39, double %9)
  %41 = icmp eq i64 %10, %6
  br i1 %41, label %42, label %7, !llvm.loop !11

42:                                               ; preds = %38, %3
  %43 = phi double [ 0.000000e+00, %3 ], [ %40, %38 ]
  ret double %43
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @clamp_sq(double noundef %0, double noundef %1, double noundef %2) #3 {
  %4 = fcmp olt double %0, %1
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = fmul double %1, %1
  br label %13

7:                                                ; preds = %3
  %8 = fcmp ogt double %0, %2
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = fmul double %2, %2
  br label %13

11:                                               ; preds = %7
  %12 = fmul double %0, %0
  br label %13

13:                                               ; preds = %11, %9, %5
  %14 = phi double [ %6, %5 ], [ %10, %9 ], [ %12, %11 ]
  ret double %14
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [6 x double], align 16
  %2 = alloca [6 x double], align 16
  %3 = alloca [6 x i32], align 16
  %4 = alloca double, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %1, i8 0, i64 48, i1 false)
  store double 5.000000e-01, ptr %1, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -2.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double -1.500000e+00, ptr %6, align 16
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 2.500000e-01, ptr %7, align 8
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 3.000000e-01, ptr %8, align 16
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 4.000000e-01, ptr %9, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %2, i8 0, i64 48, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %3, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.kinds, i64 24, i1 false)
  %10 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %11 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @loss, i32 noundef %10, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %11, ptr noundef nonnull %3, i32 noundef %11, i32 noundef 6) #10
  br label %21

13:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #10
  store double 0.000000e+00, ptr %4, align 8, !tbaa !9
  %14 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %15 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %16 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @loss, i32 noundef %14, ptr noundef nonnull %1, ptr noundef nonnull %4, i32 noundef %15, ptr noundef nonnull %3, i32 noundef %15, i32 noundef 0) #10
  %17 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @clamp_sq, double noundef 1.500000e+00, double noundef 2.000000e+00, double noundef -1.000000e+00, double noundef 5.000000e-01, double noundef 3.000000e+00, double noundef 2.500000e-01) #10
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull @.str.2, double noundef %17)
  %19 = load ptr, ptr @stdout, align 8, !tbaa !14
  %20 = call i32 @fflush(ptr noundef %19)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0

21:                                               ; preds = %0, %21
  %22 = phi i64 [ 0, %0 ], [ %27, %21 ]
  %23 = getelementptr inbounds nuw double, ptr %2, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = trunc nuw nsw i64 %22 to i32
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %25, double noundef %24)
  %27 = add nuw nsw i64 %22, 1
  %28 = icmp eq i64 %27, 6
  br i1 %28, label %13, label %21, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #8

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tanh(double noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

attributes #0 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nounwind }

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
!17 = distinct !{!17, !12, !13}
