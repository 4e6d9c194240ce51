; ModuleID = 'switch_activation.c'
source_filename = "switch_activation.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.kinds = private unnamed_addr constant [6 x i32] [i32 1, i32 2, i32 0, i32 3, i32 7, i32 5], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"activate(2, 0.3)\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"mlp_layer\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @activate(i32 noundef %0, double noundef %1) local_unnamed_addr #0 {
  switch i32 %0, label %19 [
    i32 0, label %3
    i32 1, label %6
    i32 2, label %8
    i32 3, label %13
    i32 7, label %16
  ]

3:                                                ; preds = %2
  %4 = fcmp ogt double %1, 0.000000e+00
  %5 = select i1 %4, double %1, double 0.000000e+00
  br label %19

6:                                                ; preds = %2
  %7 = tail call double @tanh(double noundef %1) #7, !tbaa !5
  br label %19

8:                                                ; preds = %2
  %9 = fneg double %1
  %10 = tail call double @exp(double noundef %9) #7, !tbaa !5
  %11 = fadd double %10, 1.000000e+00
  %12 = fdiv double 1.000000e+00, %11
  br label %19

13:                                               ; preds = %2
  %14 = tail call double @exp(double noundef %1) #7, !tbaa !5
  %15 = tail call double @log1p(double noundef %14) #7, !tbaa !5
  br label %19

16:                                               ; preds = %2
  %17 = fmul double %1, %1
  %18 = fmul double %1, %17
  br label %19

19:                                               ; preds = %2, %16, %13, %8, %6, %3
  %20 = phi double [ %18, %16 ], [ %5, %3 ], [ %7, %6 ], [ %12, %8 ], [ %15, %13 ], [ %1, %2 ]
  ret double %20
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tanh(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log1p(double noundef) local_unnamed_addr #1

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @mlp_layer(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, double noundef %2, i32 noundef %3) local_unnamed_addr #2 {
  %5 = icmp sgt i32 %3, 0
  br i1 %5, label %6, label %8

6:                                                ; preds = %4
  %7 = zext nneg i32 %3 to i64
  br label %10

8:                                                ; preds = %37, %4
  %9 = phi double [ %2, %4 ], [ %38, %37 ]
  ret double %9

10:                                               ; preds = %6, %37
  %11 = phi i64 [ 0, %6 ], [ %39, %37 ]
  %12 = phi double [ %2, %6 ], [ %38, %37 ]
  %13 = getelementptr inbounds nuw i32, ptr %0, i64 %11
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = getelementptr inbounds nuw double, ptr %1, i64 %11
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = trunc nuw nsw i64 %11 to i32
  %18 = uitofp nneg i32 %17 to double
  %19 = fmul double %18, 1.000000e-01
  %20 = tail call double @llvm.fmuladd.f64(double %16, double %12, double %19)
  switch i32 %14, label %37 [
    i32 0, label %21
    i32 1, label %24
    i32 2, label %26
    i32 3, label %31
    i32 7, label %34
  ]

21:                                               ; preds = %10
  %22 = fcmp ogt double %20, 0.000000e+00
  %23 = select i1 %22, double %20, double 0.000000e+00
  br label %37

24:                                               ; preds = %10
  %25 = tail call double @tanh(double noundef %20) #7, !tbaa !5
  br label %37

26:                                               ; preds = %10
  %27 = fneg double %20
  %28 = tail call double @exp(double noundef %27) #7, !tbaa !5
  %29 = fadd double %28, 1.000000e+00
  %30 = fdiv double 1.000000e+00, %29
  br label %37

31:                                               ; preds = %10
  %32 = tail call double @exp(double noundef %20) #7, !tbaa !5
  %33 = tail call double @log1p(double noundef %32) #7, !tbaa !5
  br label %37

34:                                               ; preds = %10
  %35 = fmul double %20, %20
  %36 = fmul double %20, %35
  br label %37

37:                                               ; preds = %10, %21, %24, %26, %31, %34
  %38 = phi double [ %36, %34 ], [ %23, %21 ], [ %25, %24 ], [ %30, %26 ], [ %33, %31 ], [ %20, %10 ]
  %39 = add nuw nsw i64 %11, 1
  %40 = icmp eq i64 %39, %7
  br i1 %40, label %8, label %10, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [6 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  store double 1.500000e+00, ptr %1, align 16
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -8.000000e-01, ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 2.000000e+00, ptr %3, align 16
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 0x3FE6666666666666, ptr %4, align 8
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 1.100000e+00, ptr %5, align 16
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 9.000000e-01, ptr %6, align 8
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef 0x3FE261D545E46A8B)
  br label %8

8:                                                ; preds = %35, %0
  %9 = phi i64 [ 0, %0 ], [ %37, %35 ]
  %10 = phi double [ 6.000000e-01, %0 ], [ %36, %35 ]
  %11 = getelementptr inbounds nuw i32, ptr @__const.main.kinds, i64 %9
  %12 = load i32, ptr %11, align 4, !tbaa !5
  %13 = getelementptr inbounds nuw double, ptr %1, i64 %9
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = trunc nuw nsw i64 %9 to i32
  %16 = uitofp nneg i32 %15 to double
  %17 = fmul double %16, 1.000000e-01
  %18 = tail call double @llvm.fmuladd.f64(double %14, double %10, double %17)
  switch i32 %12, label %35 [
    i32 0, label %19
    i32 1, label %22
    i32 2, label %24
    i32 3, label %29
    i32 7, label %32
  ]

19:                                               ; preds = %8
  %20 = fcmp ogt double %18, 0.000000e+00
  %21 = select i1 %20, double %18, double 0.000000e+00
  br label %35

22:                                               ; preds = %8
  %23 = tail call double @tanh(double noundef %18) #7, !tbaa !5
  br label %35

24:                                               ; preds = %8
  %25 = fneg double %18
  %26 = tail call double @exp(double noundef %25) #7, !tbaa !5
  %27 = fadd double %26, 1.000000e+00
  %28 = fdiv double 1.000000e+00, %27
  br label %35

29:                                               ; preds = %8
  %30 = tail call double @exp(double noundef %18) #7, !tbaa !5
  %31 = tail call double @log1p(double noundef %30) #7, !tbaa !5
  br label %35

32:                                               ; preds = %8
  %33 = fmul double %18, %18
  %34 = fmul double %18, %33
  br label %35

35:                                               ; preds = %32, %29, %24, %22, %19, %8
  %36 = phi double [ %34, %32 ], [ %21, %19 ], [ %23, %22 ], [ %28, %24 ], [ %31, %29 ], [ %18, %8 ]
  %37 = add nuw nsw i64 %9, 1
  %38 = icmp eq i64 %37, 6
  br i1 %38, label %39, label %8, !llvm.loop !11

39:                                               ; preds = %35
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %36)
  %41 = load ptr, ptr @stdout, align 8, !tbaa !14
  %42 = tail call i32 @fflush(ptr noundef %41)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
