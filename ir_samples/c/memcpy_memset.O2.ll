; ModuleID = 'memcpy_memset.c'
source_filename = "memcpy_memset.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.in = private unnamed_addr constant [8 x double] [double 1.000000e+00, double 3.000000e+00, double -2.000000e+00, double 5.000000e-01, double 4.000000e+00, double -1.000000e+00, double 2.000000e+00, double 0.000000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"out[3]\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"relax_energy\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @relax(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca [8 x double], align 16
  %5 = alloca [8 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #7
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %4, ptr noundef nonnull align 8 dereferenceable(64) %0, i64 64, i1 false)
  %6 = icmp sgt i32 %2, 0
  br i1 %6, label %7, label %11

7:                                                ; preds = %3
  %8 = getelementptr inbounds nuw i8, ptr %4, i64 56
  %9 = getelementptr inbounds nuw i8, ptr %5, i64 56
  %10 = getelementptr inbounds nuw i8, ptr %4, i64 8
  br label %12

11:                                               ; preds = %15, %3
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %1, ptr noundef nonnull align 16 dereferenceable(64) %4, i64 64, i1 false)
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  ret void

12:                                               ; preds = %7, %15
  %13 = phi i32 [ 0, %7 ], [ %18, %15 ]
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %5, i8 0, i64 64, i1 false)
  %14 = load double, ptr %10, align 8, !tbaa !9
  br label %20

15:                                               ; preds = %20
  %16 = load double, ptr %4, align 16, !tbaa !9
  store double %16, ptr %5, align 16, !tbaa !9
  %17 = load double, ptr %8, align 8, !tbaa !9
  store double %17, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %4, ptr noundef nonnull align 16 dereferenceable(64) %5, i64 64, i1 false)
  %18 = add nuw nsw i32 %13, 1
  %19 = icmp eq i32 %18, %2
  br i1 %19, label %11, label %12, !llvm.loop !11

20:                                               ; preds = %12, %20
  %21 = phi double [ %14, %12 ], [ %28, %20 ]
  %22 = phi i64 [ 1, %12 ], [ %26, %20 ]
  %23 = getelementptr inbounds nuw double, ptr %4, i64 %22
  %24 = getelementptr i8, ptr %23, i64 -8
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = add nuw nsw i64 %22, 1
  %27 = getelementptr inbounds nuw double, ptr %4, i64 %26
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = fadd double %25, %28
  %30 = fmul double %29, 2.500000e-01
  %31 = tail call double @llvm.fmuladd.f64(double %21, double 5.000000e-01, double %30)
  %32 = getelementptr inbounds nuw double, ptr %5, i64 %22
  store double %31, ptr %32, align 8, !tbaa !9
  %33 = icmp eq i64 %26, 7
  br i1 %33, label %15, label %20, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local double @relax_energy(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = alloca [8 x double], align 16
  %3 = alloca [8 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %2, ptr noundef nonnull readonly align 8 dereferenceable(64) %0, i64 64, i1 false)
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 56
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 56
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  br label %7

7:                                                ; preds = %10, %1
  %8 = phi i32 [ 0, %1 ], [ %13, %10 ]
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %3, i8 0, i64 64, i1 false)
  %9 = load double, ptr %6, align 8, !tbaa !9
  br label %15

10:                                               ; preds = %15
  %11 = load double, ptr %2, align 16, !tbaa !9
  store double %11, ptr %3, align 16
  %12 = load double, ptr %4, align 8, !tbaa !9
  store double %12, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %2, ptr noundef nonnull align 16 dereferenceable(64) %3, i64 64, i1 false)
  %13 = add nuw nsw i32 %8, 1
  %14 = icmp eq i32 %13, 3
  br i1 %14, label %29, label %7, !llvm.loop !11

15:                                               ; preds = %15, %7
  %16 = phi double [ %9, %7 ], [ %23, %15 ]
  %17 = phi i64 [ 1, %7 ], [ %21, %15 ]
  %18 = getelementptr inbounds nuw double, ptr %2, i64 %17
  %19 = getelementptr i8, ptr %18, i64 -8
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = add nuw nsw i64 %17, 1
  %22 = getelementptr inbounds nuw double, ptr %2, i64 %21
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = fadd double %20, %23
  %25 = fmul double %24, 2.500000e-01
  %26 = tail call double @llvm.fmuladd.f64(double %16, double 5.000000e-01, double %25)
  %27 = getelementptr inbounds nuw double, ptr %3, i64 %17
  store double %26, ptr %27, align 8
  %28 = icmp eq i64 %21, 7
  br i1 %28, label %10, label %15, !llvm.loop !14

29:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  br label %31

30:                                               ; preds = %31
  ret double %36

31:                                               ; preds = %29, %31
  %32 = phi i64 [ 0, %29 ], [ %37, %31 ]
  %33 = phi double [ 0.000000e+00, %29 ], [ %36, %31 ]
  %34 = getelementptr inbounds nuw double, ptr %3, i64 %32
  %35 = load double, ptr %34, align 8
  %36 = tail call double @llvm.fmuladd.f64(double %35, double %35, double %33)
  %37 = add nuw nsw i64 %32, 1
  %38 = icmp eq i64 %37, 8
  br i1 %38, label %30, label %31, !llvm.loop !15
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [8 x double], align 16
  %2 = alloca [8 x double], align 16
  %3 = alloca [8 x double], align 16
  %4 = alloca [8 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #7
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %3, ptr noundef nonnull readonly align 16 dereferenceable(64) @__const.main.in, i64 64, i1 false)
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 56
  %6 = getelementptr inbounds nuw i8, ptr %4, i64 56
  %7 = getelementptr inbounds nuw i8, ptr %3, i64 8
  br label %8

8:                                                ; preds = %11, %0
  %9 = phi i32 [ 0, %0 ], [ %14, %11 ]
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %4, i8 0, i64 64, i1 false)
  %10 = load double, ptr %7, align 8, !tbaa !9
  br label %16

11:                                               ; preds = %16
  %12 = load double, ptr %3, align 16, !tbaa !9
  store double %12, ptr %4, align 16, !tbaa !9
  %13 = load double, ptr %5, align 8, !tbaa !9
  store double %13, ptr %6, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %3, ptr noundef nonnull align 16 dereferenceable(64) %4, i64 64, i1 false)
  %14 = add nuw nsw i32 %9, 1
  %15 = icmp eq i32 %14, 3
  br i1 %15, label %30, label %8, !llvm.loop !11

16:                                               ; preds = %16, %8
  %17 = phi double [ %10, %8 ], [ %24, %16 ]
  %18 = phi i64 [ 1, %8 ], [ %22, %16 ]
  %19 = getelementptr inbounds nuw double, ptr %3, i64 %18
  %20 = getelementptr i8, ptr %19, i64 -8
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = add nuw nsw i64 %18, 1
  %23 = getelementptr inbounds nuw double, ptr %3, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = fadd double %21, %24
  %26 = fmul double %25, 2.500000e-01
  %27 = tail call double @llvm.fmuladd.f64(double %17, double 5.000000e-01, double %26)
  %28 = getelementptr inbounds nuw double, ptr %4, i64 %18
  store double %27, ptr %28, align 8, !tbaa !9
  %29 = icmp eq i64 %22, 7
  br i1 %29, label %11, label %16, !llvm.loop !14

30:                                               ; preds = %11
  %31 = getelementptr inbounds nuw i8, ptr %3, i64 24
  %32 = load double, ptr %31, align 8
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #7
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %32)
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %1, ptr noundef nonnull readonly align 16 dereferenceable(64) @__const.main.in, i64 64, i1 false)
  %34 = getelementptr inbounds nuw i8, ptr %1, i64 56
  %35 = getelementptr inbounds nuw i8, ptr %2, i64 56
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 8
  br label %37

37:                                               ; preds = %40, %30
  %38 = phi i32 [ 0, %30 ], [ %43, %40 ]
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %2, i8 0, i64 64, i1 false)
  %39 = load double, ptr %36, align 8, !tbaa !9
  br label %45

40:                                               ; preds = %45
  %41 = load double, ptr %1, align 16, !tbaa !9
  store double %41, ptr %2, align 16
  %42 = load double, ptr %34, align 8, !tbaa !9
  store double %42, ptr %35, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %1, ptr noundef nonnull align 16 dereferenceable(64) %2, i64 64, i1 false)
  %43 = add nuw nsw i32 %38, 1
  %44 = icmp eq i32 %43, 3
  br i1 %44, label %59, label %37, !llvm.loop !11

45:                                               ; preds = %45, %37
  %46 = phi double [ %39, %37 ], [ %53, %45 ]
  %47 = phi i64 [ 1, %37 ], [ %51, %45 ]
  %48 = getelementptr inbounds nuw double, ptr %1, i64 %47
  %49 = getelementptr i8, ptr %48, i64 -8
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = add nuw nsw i64 %47, 1
  %52 = getelementptr inbounds nuw double, ptr %1, i64 %51
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = fadd double %50, %53
  %55 = fmul double %54, 2.500000e-01
  %56 = tail call double @llvm.fmuladd.f64(double %46, double 5.000000e-01, double %55)
  %57 = getelementptr inbounds nuw double, ptr %2, i64 %47
  store double %56, ptr %57, align 8
  %58 = icmp eq i64 %51, 7
  br i1 %58, label %40, label %45, !llvm.loop !14

59:                                               ; preds = %40
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  br label %60

60:                                               ; preds = %60, %59
  %61 = phi i64 [ 0, %59 ], [ %66, %60 ]
  %62 = phi double [ 0.000000e+00, %59 ], [ %65, %60 ]
  %63 = getelementptr inbounds nuw double, ptr %2, i64 %61
  %64 = load double, ptr %63, align 8
  %65 = tail call double @llvm.fmuladd.f64(double %64, double %64, double %62)
  %66 = add nuw nsw i64 %61, 1
  %67 = icmp eq i64 %66, 8
  br i1 %67, label %68, label %60, !llvm.loop !15

68:                                               ; preds = %60
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %65)
  %70 = load ptr, ptr @stdout, align 8, !tbaa !16
  %71 = tail call i32 @fflush(ptr noundef %70)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 _ZTS8_IO_FILE", !18, i64 0}
!18 = !{!"any pointer", !7, i64 0}
