; ModuleID = 'enzyme_2d_array.c'
source_filename = "enzyme_2d_array.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.a = private unnamed_addr constant [3 x [3 x double]] [[3 x double] [double 1.000000e+00, double 2.000000e+00, double -1.000000e+00], [3 x double] [double 5.000000e-01, double -5.000000e-01, double 3.000000e+00], [3 x double] [double 2.000000e+00, double 1.000000e+00, double 0.000000e+00]], align 16
@__const.main.b = private unnamed_addr constant [3 x [3 x double]] [[3 x double] [double 0.000000e+00, double 1.000000e+00, double 2.000000e+00], [3 x double] [double -1.000000e+00, double 5.000000e-01, double 1.000000e+00], [3 x double] [double 1.500000e+00, double -2.000000e+00, double 2.500000e-01]], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"dA[0][1]\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"dB[2][0]\00", align 1
@enzyme_dupnoneed = external local_unnamed_addr global i32, align 4
@.str.3 = private unnamed_addr constant [12 x i8] c"dgram[0][1]\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"dgram[2][2]\00", align 1
@__const.main.m = private unnamed_addr constant [4 x [4 x double]] [[4 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00], [4 x double] [double -1.000000e+00, double 5.000000e-01, double 2.500000e-01, double 2.000000e+00], [4 x double] [double 0.000000e+00, double 1.000000e+00, double -3.000000e+00, double 1.500000e+00], [4 x double] [double 2.000000e+00, double 2.000000e+00, double -1.000000e+00, double 5.000000e-01]], align 16
@__const.main.w = private unnamed_addr constant [4 x double] [double 5.000000e-01, double 2.000000e+00, double -1.000000e+00, double 2.500000e-01], align 16
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.5 = private unnamed_addr constant [11 x i8] c"dvla[1][2]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @frob_product(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) #0 {
  %3 = alloca [3 x [3 x double]], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #9
  br label %4

4:                                                ; preds = %2, %8
  %5 = phi i64 [ 0, %2 ], [ %9, %8 ]
  %6 = getelementptr inbounds nuw [3 x double], ptr %3, i64 %5
  %7 = getelementptr inbounds nuw [3 x double], ptr %0, i64 %5
  br label %11

8:                                                ; preds = %15
  %9 = add nuw nsw i64 %5, 1
  %10 = icmp eq i64 %9, 3
  br i1 %10, label %28, label %4, !llvm.loop !9

11:                                               ; preds = %4, %15
  %12 = phi i64 [ 0, %4 ], [ %16, %15 ]
  %13 = getelementptr inbounds nuw double, ptr %6, i64 %12
  store double 0.000000e+00, ptr %13, align 8, !tbaa !12
  %14 = getelementptr inbounds nuw double, ptr %1, i64 %12
  br label %18

15:                                               ; preds = %18
  store double %25, ptr %13, align 8, !tbaa !12
  %16 = add nuw nsw i64 %12, 1
  %17 = icmp eq i64 %16, 3
  br i1 %17, label %8, label %11, !llvm.loop !14

18:                                               ; preds = %11, %18
  %19 = phi i64 [ 0, %11 ], [ %26, %18 ]
  %20 = phi double [ 0.000000e+00, %11 ], [ %25, %18 ]
  %21 = getelementptr inbounds nuw double, ptr %7, i64 %19
  %22 = load double, ptr %21, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw [3 x double], ptr %14, i64 %19
  %24 = load double, ptr %23, align 8, !tbaa !12
  %25 = tail call double @llvm.fmuladd.f64(double %22, double %24, double %20)
  %26 = add nuw nsw i64 %19, 1
  %27 = icmp eq i64 %26, 3
  br i1 %27, label %15, label %18, !llvm.loop !15

28:                                               ; preds = %8, %33
  %29 = phi i64 [ %34, %33 ], [ 0, %8 ]
  %30 = phi double [ %41, %33 ], [ 0.000000e+00, %8 ]
  %31 = getelementptr inbounds nuw [3 x double], ptr %3, i64 %29
  br label %36

32:                                               ; preds = %33
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #9
  ret double %41

33:                                               ; preds = %36
  %34 = add nuw nsw i64 %29, 1
  %35 = icmp eq i64 %34, 3
  br i1 %35, label %32, label %28, !llvm.loop !16

36:                                               ; preds = %28, %36
  %37 = phi i64 [ 0, %28 ], [ %42, %36 ]
  %38 = phi double [ %30, %28 ], [ %41, %36 ]
  %39 = getelementptr inbounds nuw double, ptr %31, i64 %37
  %40 = load double, ptr %39, align 8, !tbaa !12
  %41 = tail call double @llvm.fmuladd.f64(double %40, double %40, double %38)
  %42 = add nuw nsw i64 %37, 1
  %43 = icmp eq i64 %42, 3
  br i1 %43, label %33, label %36, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gram(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1) #3 {
  br label %3

3:                                                ; preds = %2, %9
  %4 = phi i64 [ 0, %2 ], [ %10, %9 ]
  %5 = getelementptr inbounds nuw [3 x double], ptr %1, i64 %4
  br label %7

6:                                                ; preds = %9
  ret void

7:                                                ; preds = %3, %12
  %8 = phi i64 [ 0, %3 ], [ %14, %12 ]
  br label %16

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %4, 1
  %11 = icmp eq i64 %10, 3
  br i1 %11, label %6, label %3, !llvm.loop !18

12:                                               ; preds = %16
  %13 = getelementptr inbounds nuw double, ptr %5, i64 %8
  store double %24, ptr %13, align 8, !tbaa !12
  %14 = add nuw nsw i64 %8, 1
  %15 = icmp eq i64 %14, 3
  br i1 %15, label %9, label %7, !llvm.loop !19

16:                                               ; preds = %7, %16
  %17 = phi i64 [ 0, %7 ], [ %25, %16 ]
  %18 = phi double [ 0.000000e+00, %7 ], [ %24, %16 ]
  %19 = getelementptr inbounds nuw [3 x double], ptr %0, i64 %17
  %20 = getelementptr inbounds nuw double, ptr %19, i64 %4
  %21 = load double, ptr %20, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw double, ptr %19, i64 %8
  %23 = load double, ptr %22, align 8, !tbaa !12
  %24 = tail call double @llvm.fmuladd.f64(double %21, double %23, double %18)
  %25 = add nuw nsw i64 %17, 1
  %26 = icmp eq i64 %25, 3
  br i1 %26, label %12, label %16, !llvm.loop !20
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @row_energy(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2) #0 {
  %4 = zext i32 %0 to i64
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %14

6:                                                ; preds = %3
  %7 = zext nneg i32 %0 to i64
  %8 = zext nneg i32 %0 to i64
  br label %9

9:                                                ; preds = %6, %16
  %10 = phi i64 [ 0, %6 ], [ %21, %16 ]
  %11 = phi double [ 0.000000e+00, %6 ], [ %20, %16 ]
  %12 = mul nuw nsw i64 %10, %4
  %13 = getelementptr inbounds nuw double, ptr %1, i64 %12
  br label %23

14:                                               ; preds = %16, %3
  %15 = phi double [ 0.000000e+00, %3 ], [ %20, %16 ]
  ret double %15

16:                                               ; preds = %23
  %17 = getelementptr inbounds nuw double, ptr %2, i64 %10
  %18 = load double, ptr %17, align 8, !tbaa !12
  %19 = fmul double %28, %18
  %20 = tail call double @llvm.fmuladd.f64(double %19, double %28, double %11)
  %21 = add nuw nsw i64 %10, 1
  %22 = icmp eq i64 %21, %7
  br i1 %22, label %14, label %9, !llvm.loop !21

23:                                               ; preds = %9, %23
  %24 = phi i64 [ 0, %9 ], [ %29, %23 ]
  %25 = phi double [ 0.000000e+00, %9 ], [ %28, %23 ]
  %26 = getelementptr inbounds nuw double, ptr %13, i64 %24
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = fadd double %25, %27
  %29 = add nuw nsw i64 %24, 1
  %30 = icmp eq i64 %29, %8
  br i1 %30, label %16, label %23, !llvm.loop !22
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [3 x [3 x double]], align 16
  %2 = alloca [3 x [3 x double]], align 16
  %3 = alloca [3 x [3 x double]], align 16
  %4 = alloca [3 x [3 x double]], align 16
  %5 = alloca [3 x [3 x double]], align 16
  %6 = alloca [3 x [3 x double]], align 16
  %7 = alloca [3 x [3 x double]], align 16
  %8 = alloca [4 x [4 x double]], align 16
  %9 = alloca [4 x [4 x double]], align 16
  %10 = alloca [4 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(72) %1, ptr noundef nonnull align 16 dereferenceable(72) @__const.main.a, i64 72, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(72) %2, ptr noundef nonnull align 16 dereferenceable(72) @__const.main.b, i64 72, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(72) %3, i8 0, i64 72, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(72) %4, i8 0, i64 72, i1 false)
  %11 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @frob_product, i32 noundef %11, ptr noundef nonnull %1, ptr noundef nonnull %3, i32 noundef %11, ptr noundef nonnull %2, ptr noundef nonnull %4) #9
  %13 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %14 = load double, ptr %13, align 8, !tbaa !12
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %14)
  %16 = getelementptr inbounds nuw i8, ptr %4, i64 48
  %17 = load double, ptr %16, align 16, !tbaa !12
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %17)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(72) %5, i8 0, i64 72, i1 false)
  store double 1.000000e+00, ptr %5, align 16
  %19 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store double 5.000000e-01, ptr %19, align 8
  %20 = getelementptr inbounds nuw i8, ptr %5, i64 40
  store double 2.000000e+00, ptr %20, align 8
  %21 = getelementptr inbounds nuw i8, ptr %5, i64 48
  store double 2.500000e-01, ptr %21, align 16
  %22 = getelementptr inbounds nuw i8, ptr %5, i64 56
  store double -1.000000e+00, ptr %22, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #9
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #9
  %23 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %24 = load i32, ptr @enzyme_dupnoneed, align 4, !tbaa !5
  call void (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @gram, i32 noundef %23, ptr noundef nonnull %1, ptr noundef nonnull %5, i32 noundef %24, ptr noundef nonnull %6, ptr noundef nonnull %7) #9
  %25 = getelementptr inbounds nuw i8, ptr %7, i64 8
  %26 = load double, ptr %25, align 8, !tbaa !12
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %26)
  %28 = getelementptr inbounds nuw i8, ptr %7, i64 64
  %29 = load double, ptr %28, align 16, !tbaa !12
  %30 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %29)
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(128) %8, ptr noundef nonnull align 16 dereferenceable(128) @__const.main.m, i64 128, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %9) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(128) %9, i8 0, i64 128, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %10) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %10, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.w, i64 32, i1 false)
  %31 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %32 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %33 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @row_energy, i32 noundef %31, i32 noundef 4, i32 noundef %32, ptr noundef nonnull %8, ptr noundef nonnull %9, i32 noundef %31, ptr noundef nonnull %10) #9
  %34 = getelementptr inbounds nuw i8, ptr %9, i64 48
  %35 = load double, ptr %34, align 16, !tbaa !12
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %35)
  %37 = load ptr, ptr @stdout, align 8, !tbaa !23
  %38 = call i32 @fflush(ptr noundef %37)
  call void @llvm.lifetime.end.p0(ptr nonnull %10) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %9) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

declare void @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 _ZTS8_IO_FILE", !25, i64 0}
!25 = !{!"any pointer", !7, i64 0}
