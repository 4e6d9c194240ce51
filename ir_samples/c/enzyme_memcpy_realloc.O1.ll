; ModuleID = 'enzyme_memcpy_realloc.c'
source_filename = "enzyme_memcpy_realloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [7 x double] [double 3.000000e-01, double -1.200000e+00, double 8.000000e-01, double 2.000000e+00, double -4.000000e-01, double 1.100000e+00, double 5.000000e-02], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"dwin[0]\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"dwin[2]\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"dwin[4]\00", align 1
@__const.main.src = private unnamed_addr constant [3 x double] [double 1.500000e+00, double -2.000000e+00, double 2.500000e-01], align 16
@__const.main.ddst = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 3.000000e+00, double -2.000000e+00], align 16
@enzyme_out = external local_unnamed_addr global i32, align 4
@.str.4 = private unnamed_addr constant [3 x i8] c"dc\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"dsrc[1]\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"ddst[1]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local double @window_energy(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca [16 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #13
  %5 = sext i32 %1 to i64
  %6 = shl nsw i64 %5, 3
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %4, ptr align 8 %0, i64 %6, i1 false)
  %7 = icmp sgt i32 %1, 0
  br i1 %7, label %8, label %10

8:                                                ; preds = %3
  %9 = zext nneg i32 %1 to i64
  br label %19

10:                                               ; preds = %19, %3
  %11 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #14
  %12 = icmp sgt i32 %2, %1
  br i1 %12, label %34, label %13

13:                                               ; preds = %10
  %14 = icmp sgt i32 %2, 0
  %15 = sext i32 %2 to i64
  %16 = sext i32 %1 to i64
  %17 = zext nneg i32 %2 to i64
  %18 = sub nsw i64 %16, %15
  br label %26

19:                                               ; preds = %8, %19
  %20 = phi i64 [ 0, %8 ], [ %24, %19 ]
  %21 = getelementptr inbounds nuw double, ptr %4, i64 %20
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = tail call double @sin(double noundef %22) #13, !tbaa !5
  store double %23, ptr %21, align 8, !tbaa !9
  %24 = add nuw nsw i64 %20, 1
  %25 = icmp eq i64 %24, %9
  br i1 %25, label %10, label %19, !llvm.loop !11

26:                                               ; preds = %13, %59
  %27 = phi i64 [ 0, %13 ], [ %62, %59 ]
  %28 = phi ptr [ %11, %13 ], [ %61, %59 ]
  %29 = phi i32 [ 2, %13 ], [ %60, %59 ]
  br i1 %14, label %30, label %42

30:                                               ; preds = %26
  %31 = getelementptr inbounds double, ptr %4, i64 %27
  br label %46

32:                                               ; preds = %59
  %33 = trunc nuw nsw i64 %62 to i32
  br label %34

34:                                               ; preds = %32, %10
  %35 = phi i32 [ 0, %10 ], [ %33, %32 ]
  %36 = phi ptr [ %11, %10 ], [ %61, %32 ]
  %37 = icmp eq i32 %35, 0
  br i1 %37, label %65, label %38

38:                                               ; preds = %34
  %39 = zext i32 %35 to i64
  br label %67

40:                                               ; preds = %46
  %41 = fmul double %51, %51
  br label %42

42:                                               ; preds = %40, %26
  %43 = phi double [ 0.000000e+00, %26 ], [ %41, %40 ]
  %44 = zext i32 %29 to i64
  %45 = icmp eq i64 %27, %44
  br i1 %45, label %54, label %59

46:                                               ; preds = %30, %46
  %47 = phi i64 [ 0, %30 ], [ %52, %46 ]
  %48 = phi double [ 0.000000e+00, %30 ], [ %51, %46 ]
  %49 = getelementptr inbounds double, ptr %31, i64 %47
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = fadd double %48, %50
  %52 = add nuw nsw i64 %47, 1
  %53 = icmp eq i64 %52, %17
  br i1 %53, label %40, label %46, !llvm.loop !14

54:                                               ; preds = %42
  %55 = shl nsw i32 %29, 1
  %56 = sext i32 %55 to i64
  %57 = shl nsw i64 %56, 3
  %58 = tail call ptr @realloc(ptr noundef %28, i64 noundef %57) #15
  br label %59

59:                                               ; preds = %54, %42
  %60 = phi i32 [ %55, %54 ], [ %29, %42 ]
  %61 = phi ptr [ %58, %54 ], [ %28, %42 ]
  %62 = add nuw nsw i64 %27, 1
  %63 = getelementptr inbounds nuw double, ptr %61, i64 %27
  store double %43, ptr %63, align 8, !tbaa !9
  %64 = icmp sgt i64 %62, %18
  br i1 %64, label %32, label %26, !llvm.loop !15

65:                                               ; preds = %67, %34
  %66 = phi double [ 0.000000e+00, %34 ], [ %75, %67 ]
  tail call void @free(ptr noundef %36) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #13
  ret double %66

67:                                               ; preds = %38, %67
  %68 = phi i64 [ 0, %38 ], [ %70, %67 ]
  %69 = phi double [ 0.000000e+00, %38 ], [ %75, %67 ]
  %70 = add nuw nsw i64 %68, 1
  %71 = trunc nuw nsw i64 %70 to i32
  %72 = uitofp nneg i32 %71 to double
  %73 = getelementptr inbounds nuw double, ptr %36, i64 %68
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = tail call double @llvm.fmuladd.f64(double %72, double %74, double %69)
  %76 = icmp eq i64 %70, %39
  br i1 %76, label %65, label %67, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite)
declare noalias noundef ptr @realloc(ptr allocptr noundef captures(none), i64 noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #7

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @copy_scaled(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2, double noundef %3) #8 {
  %5 = sext i32 %2 to i64
  %6 = shl nsw i64 %5, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 %6, i1 false)
  %7 = icmp sgt i32 %2, 0
  br i1 %7, label %8, label %10

8:                                                ; preds = %4
  %9 = zext nneg i32 %2 to i64
  br label %11

10:                                               ; preds = %11, %4
  ret void

11:                                               ; preds = %8, %11
  %12 = phi i64 [ 0, %8 ], [ %16, %11 ]
  %13 = getelementptr inbounds nuw double, ptr %0, i64 %12
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = fmul double %3, %14
  store double %15, ptr %13, align 8, !tbaa !9
  %16 = add nuw nsw i64 %12, 1
  %17 = icmp eq i64 %16, %9
  br i1 %17, label %10, label %11, !llvm.loop !17
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #9 {
  %1 = alloca [7 x double], align 16
  %2 = alloca [7 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  %6 = alloca [3 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #13
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %1, ptr noundef nonnull align 16 dereferenceable(56) @__const.main.x, i64 56, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #13
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %2, i8 0, i64 56, i1 false)
  %7 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %8 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %9 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @window_energy, i32 noundef %7, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %8, i32 noundef 7, i32 noundef %8, i32 noundef 3) #13
  %10 = load double, ptr %2, align 16, !tbaa !9
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %10)
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %13 = load double, ptr %12, align 16, !tbaa !9
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %13)
  %15 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %16 = load double, ptr %15, align 16, !tbaa !9
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %16)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #13
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %3, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.src, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #13
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %4, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #13
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #13
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %6, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.ddst, i64 24, i1 false)
  %18 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %19 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %20 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %21 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @copy_scaled, i32 noundef %18, ptr noundef nonnull %5, ptr noundef nonnull %6, i32 noundef %18, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %19, i32 noundef 3, i32 noundef %20, double noundef 2.000000e+00) #13
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %21)
  %23 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %24)
  %26 = getelementptr inbounds nuw i8, ptr %6, i64 8
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %27)
  %29 = load ptr, ptr @stdout, align 8, !tbaa !18
  %30 = call i32 @fflush(ptr noundef %29)
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #13
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #10

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #11

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #12

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #12

attributes #0 = { nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nounwind }
attributes #14 = { nounwind allocsize(0) }
attributes #15 = { nounwind allocsize(1) }

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
!17 = distinct !{!17, !12, !13}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 _ZTS8_IO_FILE", !20, i64 0}
!20 = !{!"any pointer", !7, i64 0}
