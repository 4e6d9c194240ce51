; ModuleID = 'heat_stencil.c'
source_filename = "heat_stencil.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"heat_solve\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"u[3]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @heat_step(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) initializes((0, 8)) %1, i32 noundef %2, double noundef %3) local_unnamed_addr #0 {
  %5 = load double, ptr %0, align 8, !tbaa !9
  store double %5, ptr %1, align 8, !tbaa !9
  %6 = add nsw i32 %2, -1
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds double, ptr %0, i64 %7
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = getelementptr inbounds double, ptr %1, i64 %7
  store double %9, ptr %10, align 8, !tbaa !9
  %11 = icmp sgt i32 %2, 2
  br i1 %11, label %12, label %14

12:                                               ; preds = %4
  %13 = zext nneg i32 %6 to i64
  br label %15

14:                                               ; preds = %15, %4
  ret void

15:                                               ; preds = %12, %15
  %16 = phi i64 [ 1, %12 ], [ %22, %15 ]
  %17 = getelementptr inbounds nuw double, ptr %0, i64 %16
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = getelementptr i8, ptr %17, i64 -8
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = tail call double @llvm.fmuladd.f64(double %18, double -2.000000e+00, double %20)
  %22 = add nuw nsw i64 %16, 1
  %23 = getelementptr inbounds nuw double, ptr %0, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = fadd double %21, %24
  %26 = tail call double @llvm.fmuladd.f64(double %3, double %25, double %18)
  %27 = getelementptr inbounds nuw double, ptr %1, i64 %16
  store double %26, ptr %27, align 8, !tbaa !9
  %28 = icmp eq i64 %22, %13
  br i1 %28, label %14, label %15, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local double @heat_solve(ptr noundef captures(none) %0, i32 noundef %1, double noundef %2, i32 noundef %3) local_unnamed_addr #3 {
  %5 = sext i32 %1 to i64
  %6 = shl nsw i64 %5, 3
  %7 = tail call noalias ptr @malloc(i64 noundef %6) #9
  %8 = fmul double %2, 4.000000e-01
  %9 = icmp sgt i32 %3, 0
  br i1 %9, label %10, label %21

10:                                               ; preds = %4
  %11 = add nsw i32 %1, -1
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds double, ptr %0, i64 %12
  %14 = getelementptr inbounds double, ptr %7, i64 %12
  %15 = icmp sgt i32 %1, 2
  %16 = zext nneg i32 %11 to i64
  %17 = icmp sgt i32 %1, 0
  %18 = zext i32 %1 to i64
  %19 = shl nuw nsw i64 %18, 3
  %20 = getelementptr inbounds nuw i8, ptr %0, i64 8
  br label %27

21:                                               ; preds = %49, %4
  tail call void @free(ptr noundef %7) #10
  %22 = sdiv i32 %1, 2
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %0, i64 %23
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = fmul double %25, %25
  ret double %26

27:                                               ; preds = %10, %49
  %28 = phi i32 [ 0, %10 ], [ %50, %49 ]
  %29 = load double, ptr %0, align 8, !tbaa !9
  store double %29, ptr %7, align 8, !tbaa !9
  %30 = load double, ptr %13, align 8, !tbaa !9
  store double %30, ptr %14, align 8, !tbaa !9
  br i1 %15, label %31, label %47

31:                                               ; preds = %27
  %32 = load double, ptr %20, align 8, !tbaa !9
  br label %33

33:                                               ; preds = %31, %33
  %34 = phi double [ %42, %33 ], [ %32, %31 ]
  %35 = phi i64 [ %40, %33 ], [ 1, %31 ]
  %36 = getelementptr inbounds nuw double, ptr %0, i64 %35
  %37 = getelementptr i8, ptr %36, i64 -8
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = tail call double @llvm.fmuladd.f64(double %34, double -2.000000e+00, double %38)
  %40 = add nuw nsw i64 %35, 1
  %41 = getelementptr inbounds nuw double, ptr %0, i64 %40
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = fadd double %39, %42
  %44 = tail call double @llvm.fmuladd.f64(double %8, double %43, double %34)
  %45 = getelementptr inbounds nuw double, ptr %7, i64 %35
  store double %44, ptr %45, align 8, !tbaa !9
  %46 = icmp eq i64 %40, %16
  br i1 %46, label %48, label %33, !llvm.loop !11

47:                                               ; preds = %27
  br i1 %17, label %48, label %49

48:                                               ; preds = %33, %47
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %0, ptr nonnull align 8 %7, i64 %19, i1 false), !tbaa !9
  br label %49

49:                                               ; preds = %48, %47
  %50 = add nuw nsw i32 %28, 1
  %51 = icmp eq i32 %50, %3
  br i1 %51, label %21, label %27, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca [11 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  br label %39

2:                                                ; preds = %39
  %3 = tail call noalias dereferenceable_or_null(88) ptr @malloc(i64 noundef 88) #9
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %5 = getelementptr inbounds nuw i8, ptr %3, i64 80
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 8
  br label %7

7:                                                ; preds = %26, %2
  %8 = phi i32 [ 0, %2 ], [ %27, %26 ]
  %9 = load double, ptr %1, align 16, !tbaa !9
  store double %9, ptr %3, align 8, !tbaa !9
  %10 = load double, ptr %4, align 16, !tbaa !9
  store double %10, ptr %5, align 8, !tbaa !9
  %11 = load double, ptr %6, align 8, !tbaa !9
  br label %12

12:                                               ; preds = %12, %7
  %13 = phi double [ %21, %12 ], [ %11, %7 ]
  %14 = phi i64 [ %19, %12 ], [ 1, %7 ]
  %15 = getelementptr inbounds nuw double, ptr %1, i64 %14
  %16 = getelementptr i8, ptr %15, i64 -8
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = tail call double @llvm.fmuladd.f64(double %13, double -2.000000e+00, double %17)
  %19 = add nuw nsw i64 %14, 1
  %20 = getelementptr inbounds nuw double, ptr %1, i64 %19
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = fadd double %18, %21
  %23 = tail call double @llvm.fmuladd.f64(double %22, double 0x3FD70A3D70A3D70B, double %13)
  %24 = getelementptr inbounds nuw double, ptr %3, i64 %14
  store double %23, ptr %24, align 8, !tbaa !9
  %25 = icmp eq i64 %19, 10
  br i1 %25, label %26, label %12, !llvm.loop !11

26:                                               ; preds = %12
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(88) %1, ptr noundef nonnull align 8 dereferenceable(88) %3, i64 88, i1 false), !tbaa !9
  %27 = add nuw nsw i32 %8, 1
  %28 = icmp eq i32 %27, 50
  br i1 %28, label %29, label %7, !llvm.loop !14

29:                                               ; preds = %26
  tail call void @free(ptr noundef nonnull %3) #10
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = fmul double %31, %31
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %32)
  %34 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %35 = load double, ptr %34, align 8, !tbaa !9
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %35)
  %37 = load ptr, ptr @stdout, align 8, !tbaa !15
  %38 = tail call i32 @fflush(ptr noundef %37)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0

39:                                               ; preds = %0, %39
  %40 = phi i64 [ 0, %0 ], [ %47, %39 ]
  %41 = icmp eq i64 %40, 5
  %42 = trunc nuw nsw i64 %40 to i32
  %43 = uitofp nneg i32 %42 to double
  %44 = fmul double %43, 1.000000e-01
  %45 = select i1 %41, double 1.000000e+00, double %44
  %46 = getelementptr inbounds nuw double, ptr %1, i64 %40
  store double %45, ptr %46, align 8, !tbaa !9
  %47 = add nuw nsw i64 %40, 1
  %48 = icmp eq i64 %47, 11
  br i1 %48, label %2, label %39, !llvm.loop !18
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #7

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { nounwind allocsize(0) }
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
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
!18 = distinct !{!18, !12, !13}
