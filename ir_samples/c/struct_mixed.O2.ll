; ModuleID = 'struct_mixed.c'
source_filename = "struct_mixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"series_energy\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"series_energy after shift\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"data[3]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local double @series_energy(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 4
  %3 = load i32, ptr %2, align 4, !tbaa !9
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %13

5:                                                ; preds = %1
  %6 = load float, ptr %0, align 8, !tbaa !15
  %7 = fpext float %6 to double
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !16
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %11 = load double, ptr %10, align 8, !tbaa !17
  %12 = zext nneg i32 %3 to i64
  br label %17

13:                                               ; preds = %17, %1
  %14 = phi double [ 0.000000e+00, %1 ], [ %23, %17 ]
  %15 = sitofp i32 %3 to double
  %16 = fdiv double %14, %15
  ret double %16

17:                                               ; preds = %5, %17
  %18 = phi i64 [ 0, %5 ], [ %24, %17 ]
  %19 = phi double [ 0.000000e+00, %5 ], [ %23, %17 ]
  %20 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %21 = load double, ptr %20, align 8, !tbaa !18
  %22 = tail call double @llvm.fmuladd.f64(double %7, double %21, double %11)
  %23 = tail call double @llvm.fmuladd.f64(double %22, double %22, double %19)
  %24 = add nuw nsw i64 %18, 1
  %25 = icmp eq i64 %24, %12
  br i1 %25, label %13, label %17, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @series_shift(ptr noundef captures(none) %0, double noundef %1) local_unnamed_addr #3 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 4
  %4 = load i32, ptr %3, align 4, !tbaa !9
  %5 = icmp sgt i32 %4, 0
  br i1 %5, label %6, label %12

6:                                                ; preds = %2
  %7 = load float, ptr %0, align 8, !tbaa !15
  %8 = fpext float %7 to double
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !16
  %11 = zext nneg i32 %4 to i64
  br label %16

12:                                               ; preds = %16, %2
  %13 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %14 = load double, ptr %13, align 8, !tbaa !17
  %15 = fsub double %14, %1
  store double %15, ptr %13, align 8, !tbaa !17
  ret void

16:                                               ; preds = %6, %16
  %17 = phi i64 [ 0, %6 ], [ %21, %16 ]
  %18 = getelementptr inbounds nuw double, ptr %10, i64 %17
  %19 = load double, ptr %18, align 8, !tbaa !18
  %20 = tail call double @llvm.fmuladd.f64(double %1, double %8, double %19)
  store double %20, ptr %18, align 8, !tbaa !18
  %21 = add nuw nsw i64 %17, 1
  %22 = icmp eq i64 %21, %11
  br i1 %22, label %12, label %16, !llvm.loop !22
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [5 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #6
  store double 1.000000e+00, ptr %1, align 16
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -2.000000e+00, ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 5.000000e-01, ptr %3, align 16
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 3.000000e+00, ptr %4, align 8
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double -1.500000e+00, ptr %5, align 16
  br label %6

6:                                                ; preds = %6, %0
  %7 = phi i64 [ 0, %0 ], [ %13, %6 ]
  %8 = phi double [ 0.000000e+00, %0 ], [ %12, %6 ]
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %7
  %10 = load double, ptr %9, align 8, !tbaa !18
  %11 = tail call double @llvm.fmuladd.f64(double %10, double 7.500000e-01, double 1.250000e-01)
  %12 = tail call double @llvm.fmuladd.f64(double %11, double %11, double %8)
  %13 = add nuw nsw i64 %7, 1
  %14 = icmp eq i64 %13, 5
  br i1 %14, label %15, label %6, !llvm.loop !19

15:                                               ; preds = %6
  %16 = fdiv double %12, 5.000000e+00
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %16)
  br label %18

18:                                               ; preds = %18, %15
  %19 = phi i64 [ 0, %15 ], [ %23, %18 ]
  %20 = getelementptr inbounds nuw double, ptr %1, i64 %19
  %21 = load double, ptr %20, align 8, !tbaa !18
  %22 = fadd double %21, 0x3FC3333333333334
  store double %22, ptr %20, align 8, !tbaa !18
  %23 = add nuw nsw i64 %19, 1
  %24 = icmp eq i64 %23, 5
  br i1 %24, label %25, label %18, !llvm.loop !22

25:                                               ; preds = %18, %25
  %26 = phi i64 [ %32, %25 ], [ 0, %18 ]
  %27 = phi double [ %31, %25 ], [ 0.000000e+00, %18 ]
  %28 = getelementptr inbounds nuw double, ptr %1, i64 %26
  %29 = load double, ptr %28, align 8, !tbaa !18
  %30 = tail call double @llvm.fmuladd.f64(double %29, double 7.500000e-01, double 0xBFB3333333333334)
  %31 = tail call double @llvm.fmuladd.f64(double %30, double %30, double %27)
  %32 = add nuw nsw i64 %26, 1
  %33 = icmp eq i64 %32, 5
  br i1 %33, label %34, label %25, !llvm.loop !19

34:                                               ; preds = %25
  %35 = fdiv double %31, 5.000000e+00
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %35)
  %37 = load double, ptr %4, align 8, !tbaa !18
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %37)
  %39 = load ptr, ptr @stdout, align 8, !tbaa !23
  %40 = tail call i32 @fflush(ptr noundef %39)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #5

attributes #0 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

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
!9 = !{!10, !6, i64 4}
!10 = !{!"", !11, i64 0, !6, i64 4, !12, i64 8, !14, i64 16}
!11 = !{!"float", !7, i64 0}
!12 = !{!"p1 double", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!"double", !7, i64 0}
!15 = !{!10, !11, i64 0}
!16 = !{!10, !12, i64 8}
!17 = !{!10, !14, i64 16}
!18 = !{!14, !14, i64 0}
!19 = distinct !{!19, !20, !21}
!20 = !{!"llvm.loop.mustprogress"}
!21 = !{!"llvm.loop.unroll.disable"}
!22 = distinct !{!22, !20, !21}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 _ZTS8_IO_FILE", !13, i64 0}
