; ModuleID = 'enzyme_loops.c'
source_filename = "enzyme_loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@enzyme_out = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dhorner_dx\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"dc[%d] = %.17g\0A\00", align 1
@__const.main.p = private unnamed_addr constant [4 x double] [double 1.000000e-01, double 9.000000e-01, double -4.000000e-01, double 1.600000e+00], align 16
@.str.3 = private unnamed_addr constant [16 x i8] c"dp[%d] = %.17g\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @horner(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) #0 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr double, ptr %0, i64 %4
  %6 = getelementptr i8, ptr %5, i64 -8
  %7 = load double, ptr %6, align 8, !tbaa !9
  %8 = icmp sgt i32 %1, 1
  br i1 %8, label %9, label %12

9:                                                ; preds = %3
  %10 = add nsw i32 %1, -2
  %11 = zext i32 %10 to i64
  br label %14

12:                                               ; preds = %14, %3
  %13 = phi double [ %7, %3 ], [ %19, %14 ]
  ret double %13

14:                                               ; preds = %9, %14
  %15 = phi i64 [ %11, %9 ], [ %20, %14 ]
  %16 = phi double [ %7, %9 ], [ %19, %14 ]
  %17 = getelementptr inbounds nuw double, ptr %0, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = tail call double @llvm.fmuladd.f64(double %16, double %2, double %18)
  %20 = add nsw i64 %15, -1
  %21 = icmp sgt i64 %15, 0
  br i1 %21, label %14, label %12, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @pair_potential(ptr noundef readonly captures(none) %0, i32 noundef %1) #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %12

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = zext nneg i32 %1 to i64
  %7 = zext nneg i32 %1 to i64
  br label %14

8:                                                ; preds = %23, %14
  %9 = phi double [ %17, %14 ], [ %36, %23 ]
  %10 = add nuw nsw i64 %16, 1
  %11 = icmp eq i64 %18, %6
  br i1 %11, label %12, label %14, !llvm.loop !14

12:                                               ; preds = %8, %2
  %13 = phi double [ 0.000000e+00, %2 ], [ %9, %8 ]
  ret double %13

14:                                               ; preds = %4, %8
  %15 = phi i64 [ 0, %4 ], [ %18, %8 ]
  %16 = phi i64 [ 1, %4 ], [ %10, %8 ]
  %17 = phi double [ 0.000000e+00, %4 ], [ %9, %8 ]
  %18 = add nuw nsw i64 %15, 1
  %19 = icmp samesign ult i64 %18, %5
  br i1 %19, label %20, label %8

20:                                               ; preds = %14
  %21 = getelementptr inbounds nuw double, ptr %0, i64 %15
  %22 = load double, ptr %21, align 8, !tbaa !9
  br label %23

23:                                               ; preds = %20, %23
  %24 = phi i64 [ %16, %20 ], [ %37, %23 ]
  %25 = phi double [ %17, %20 ], [ %36, %23 ]
  %26 = getelementptr inbounds nuw double, ptr %0, i64 %24
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = fsub double %22, %27
  %29 = fneg double %28
  %30 = fmul double %28, %29
  %31 = tail call double @exp(double noundef %30) #10, !tbaa !5
  %32 = add nuw nsw i64 %24, %15
  %33 = trunc nuw i64 %32 to i32
  %34 = uitofp nneg i32 %33 to double
  %35 = tail call double @llvm.fmuladd.f64(double %34, double 1.000000e-01, double 1.000000e+00)
  %36 = tail call double @llvm.fmuladd.f64(double %31, double %35, double %25)
  %37 = add nuw nsw i64 %24, 1
  %38 = icmp eq i64 %37, %7
  br i1 %38, label %8, label %23, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #4

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [5 x double], align 16
  %2 = alloca [5 x double], align 16
  %3 = alloca [4 x double], align 16
  %4 = alloca [4 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  store double 1.000000e+00, ptr %1, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -2.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 5.000000e-01, ptr %6, align 16
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 3.000000e+00, ptr %7, align 8
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double -1.000000e+00, ptr %8, align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %2, i8 0, i64 40, i1 false)
  %9 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %10 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %11 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %12 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @horner, i32 noundef %9, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %10, i32 noundef 5, i32 noundef %11, double noundef 7.500000e-01) #10
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %12)
  br label %16

14:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %3, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.p, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %4, i8 0, i64 32, i1 false)
  %15 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @pair_potential, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef 4) #10
  br label %27

16:                                               ; preds = %0, %16
  %17 = phi i64 [ 0, %0 ], [ %22, %16 ]
  %18 = getelementptr inbounds nuw double, ptr %2, i64 %17
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = trunc nuw nsw i64 %17 to i32
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %20, double noundef %19)
  %22 = add nuw nsw i64 %17, 1
  %23 = icmp eq i64 %22, 5
  br i1 %23, label %14, label %16, !llvm.loop !16

24:                                               ; preds = %27
  %25 = load ptr, ptr @stdout, align 8, !tbaa !17
  %26 = call i32 @fflush(ptr noundef %25)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0

27:                                               ; preds = %14, %27
  %28 = phi i64 [ 0, %14 ], [ %33, %27 ]
  %29 = getelementptr inbounds nuw double, ptr %4, i64 %28
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = trunc nuw nsw i64 %28 to i32
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %31, double noundef %30)
  %33 = add nuw nsw i64 %28, 1
  %34 = icmp eq i64 %33, 4
  br i1 %34, label %24, label %27, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #9

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!16 = distinct !{!16, !12, !13}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 _ZTS8_IO_FILE", !19, i64 0}
!19 = !{!"any pointer", !7, i64 0}
!20 = distinct !{!20, !12, !13}
