; ModuleID = 'enzyme_global_scratch.c'
source_filename = "enzyme_global_scratch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@scale = dso_local local_unnamed_addr global double 1.500000e+00, align 8
@evaluations = dso_local local_unnamed_addr global i32 0, align 4
@offsets = internal unnamed_addr constant [4 x double] [double 5.000000e-01, double 1.000000e+00, double -2.500000e-01, double 2.000000e+00], align 16
@work = internal unnamed_addr global [8 x double] zeroinitializer, align 16
@total = dso_local local_unnamed_addr global double 0.000000e+00, align 8
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"dx1[0]\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"dx1[2]\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"dx2[0]\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"dx2[4]\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"%s = %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"evaluations\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"dmoment\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"dcorners\00", align 1
@.str.9 = private unnamed_addr constant [13 x i8] c"dcorners_fwd\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(readwrite, argmem: read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local double @pairwise(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 {
  %3 = load i32, ptr @evaluations, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @evaluations, align 4, !tbaa !5
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %8

6:                                                ; preds = %2
  %7 = zext nneg i32 %1 to i64
  br label %13

8:                                                ; preds = %13, %2
  %9 = icmp sgt i32 %1, 1
  br i1 %9, label %10, label %24

10:                                               ; preds = %8
  %11 = add nsw i32 %1, -1
  %12 = zext nneg i32 %11 to i64
  br label %33

13:                                               ; preds = %6, %13
  %14 = phi i64 [ 0, %6 ], [ %22, %13 ]
  %15 = getelementptr inbounds nuw double, ptr %0, i64 %14
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = and i64 %14, 3
  %18 = getelementptr inbounds nuw double, ptr @offsets, i64 %17
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = tail call double @llvm.fmuladd.f64(double %16, double %16, double %19)
  %21 = getelementptr inbounds nuw double, ptr @work, i64 %14
  store double %20, ptr %21, align 8, !tbaa !9
  %22 = add nuw nsw i64 %14, 1
  %23 = icmp eq i64 %22, %7
  br i1 %23, label %8, label %13, !llvm.loop !11

24:                                               ; preds = %33, %8
  %25 = phi double [ 0.000000e+00, %8 ], [ %41, %33 ]
  %26 = load double, ptr @scale, align 8, !tbaa !9
  %27 = sext i32 %1 to i64
  %28 = getelementptr double, ptr @work, i64 %27
  %29 = getelementptr i8, ptr %28, i64 -8
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = tail call double @sqrt(double noundef %30) #10, !tbaa !5
  %32 = tail call double @llvm.fmuladd.f64(double %26, double %25, double %31)
  ret double %32

33:                                               ; preds = %10, %33
  %34 = phi i64 [ 0, %10 ], [ %43, %33 ]
  %35 = phi i64 [ 1, %10 ], [ %42, %33 ]
  %36 = phi double [ 0.000000e+00, %10 ], [ %41, %33 ]
  %37 = getelementptr inbounds nuw double, ptr @work, i64 %34
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw double, ptr @work, i64 %35
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = tail call double @llvm.fmuladd.f64(double %38, double %40, double %36)
  %42 = add nuw nsw i64 %35, 1
  %43 = add nuw nsw i64 %34, 1
  %44 = icmp eq i64 %43, %12
  br i1 %44, label %24, label %33, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #3

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local double @moment(ptr noundef readonly captures(none) %0, i32 noundef %1) #4 {
  store double 0.000000e+00, ptr @total, align 8, !tbaa !9
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %18, %8 ]
  ret double %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %11, %8 ]
  %10 = phi double [ 0.000000e+00, %4 ], [ %18, %8 ]
  %11 = add nuw nsw i64 %9, 1
  %12 = trunc nuw nsw i64 %11 to i32
  %13 = uitofp nneg i32 %12 to double
  %14 = getelementptr inbounds nuw double, ptr %0, i64 %9
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = fmul double %15, %13
  %17 = fmul double %15, %16
  %18 = tail call double @llvm.fmuladd.f64(double %17, double %15, double %10)
  store double %18, ptr @total, align 8, !tbaa !9
  %19 = icmp eq i64 %11, %5
  br i1 %19, label %6, label %8, !llvm.loop !15
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local double @corners(double noundef %0) #5 {
  store double %0, ptr @work, align 16, !tbaa !9
  %2 = fmul double %0, %0
  store double %2, ptr getelementptr inbounds nuw (i8, ptr @work, i64 8), align 8, !tbaa !9
  %3 = tail call double @sin(double noundef %0) #10, !tbaa !5
  store double %3, ptr getelementptr inbounds nuw (i8, ptr @work, i64 16), align 16, !tbaa !9
  %4 = fmul double %0, 2.000000e+00
  store double %4, ptr getelementptr inbounds nuw (i8, ptr @work, i64 24), align 8, !tbaa !9
  %5 = fmul double %0, %4
  %6 = tail call double @llvm.fmuladd.f64(double %2, double %3, double %5)
  ret double %6
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca [5 x double], align 16
  %2 = alloca [5 x double], align 16
  %3 = alloca [5 x double], align 16
  %4 = alloca [5 x double], align 16
  %5 = alloca [3 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  store double 1.000000e+00, ptr %1, align 16
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -5.000000e-01, ptr %6, align 8
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 2.000000e+00, ptr %7, align 16
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 2.500000e-01, ptr %8, align 8
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 1.500000e+00, ptr %9, align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %2, i8 0, i64 40, i1 false)
  %10 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %11 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @pairwise, i32 noundef %10, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %11, i32 noundef 5) #10
  %13 = load double, ptr %2, align 16, !tbaa !9
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %13)
  %15 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %16 = load double, ptr %15, align 16, !tbaa !9
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %16)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %3, i8 0, i64 40, i1 false)
  store double -1.000000e+00, ptr %3, align 16
  %18 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store double 7.500000e-01, ptr %18, align 8
  %19 = getelementptr inbounds nuw i8, ptr %3, i64 16
  store double 5.000000e-01, ptr %19, align 16
  %20 = getelementptr inbounds nuw i8, ptr %3, i64 24
  store double 1.250000e+00, ptr %20, align 8
  %21 = getelementptr inbounds nuw i8, ptr %3, i64 32
  store double 2.000000e+00, ptr %21, align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %4, i8 0, i64 40, i1 false)
  %22 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %23 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %24 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @pairwise, i32 noundef %22, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %23, i32 noundef 5) #10
  %25 = load double, ptr %4, align 16, !tbaa !9
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %25)
  %27 = getelementptr inbounds nuw i8, ptr %4, i64 32
  %28 = load double, ptr %27, align 16, !tbaa !9
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %28)
  %30 = load i32, ptr @evaluations, align 4, !tbaa !5
  %31 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull @.str.6, i32 noundef %30)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %5, i8 0, i64 24, i1 false)
  %32 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %33 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %34 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @moment, i32 noundef %32, ptr noundef nonnull %1, ptr noundef nonnull %5, i32 noundef %33, i32 noundef 3) #10
  %35 = getelementptr inbounds nuw i8, ptr %5, i64 16
  %36 = load double, ptr %35, align 16, !tbaa !9
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %36)
  %38 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @corners, double noundef 0x3FE6666666666666) #10
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.8, double noundef %38)
  %40 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @corners, double noundef 0x3FE6666666666666, double noundef 1.000000e+00) #10
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.9, double noundef %40)
  %42 = load ptr, ptr @stdout, align 8, !tbaa !16
  %43 = call i32 @fflush(ptr noundef %42)
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #9

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #9

attributes #0 = { nofree norecurse nounwind memory(readwrite, argmem: read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nosync nounwind memory(write, argmem: read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 _ZTS8_IO_FILE", !18, i64 0}
!18 = !{!"any pointer", !7, i64 0}
