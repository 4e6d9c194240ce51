; ModuleID = 'conditional_free.c'
source_filename = "conditional_free.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [29 x i8] c"maybe_copied_energy = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [36 x i8] c"maybe_copied_energy_nocopy = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"alternating_copies = %.17g\0A\00", align 1

; Function Attrs: nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local double @maybe_copied_energy(ptr noundef captures(address) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp eq i32 %2, 0
  br i1 %4, label %20, label %5

5:                                                ; preds = %3
  %6 = sext i32 %1 to i64
  %7 = shl nsw i64 %6, 3
  %8 = tail call noalias ptr @malloc(i64 noundef %7) #8
  %9 = icmp sgt i32 %1, 0
  br i1 %9, label %10, label %25

10:                                               ; preds = %5
  %11 = zext nneg i32 %1 to i64
  br label %12

12:                                               ; preds = %10, %12
  %13 = phi i64 [ 0, %10 ], [ %18, %12 ]
  %14 = getelementptr inbounds nuw double, ptr %0, i64 %13
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = fmul double %15, 2.000000e+00
  %17 = getelementptr inbounds nuw double, ptr %8, i64 %13
  store double %16, ptr %17, align 8, !tbaa !9
  %18 = add nuw nsw i64 %13, 1
  %19 = icmp eq i64 %18, %11
  br i1 %19, label %22, label %12, !llvm.loop !11

20:                                               ; preds = %3
  %21 = icmp sgt i32 %1, 0
  br i1 %21, label %22, label %41

22:                                               ; preds = %12, %20
  %23 = phi ptr [ %0, %20 ], [ %8, %12 ]
  %24 = zext nneg i32 %1 to i64
  br label %29

25:                                               ; preds = %29, %5
  %26 = phi ptr [ %8, %5 ], [ %23, %29 ]
  %27 = phi double [ 0.000000e+00, %5 ], [ %37, %29 ]
  %28 = icmp eq ptr %26, %0
  br i1 %28, label %41, label %40

29:                                               ; preds = %22, %29
  %30 = phi i64 [ 0, %22 ], [ %38, %29 ]
  %31 = phi double [ 0.000000e+00, %22 ], [ %37, %29 ]
  %32 = getelementptr inbounds nuw double, ptr %23, i64 %30
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = fmul double %33, %33
  %35 = getelementptr inbounds nuw double, ptr %0, i64 %30
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = tail call double @llvm.fmuladd.f64(double %34, double %36, double %31)
  %38 = add nuw nsw i64 %30, 1
  %39 = icmp eq i64 %38, %24
  br i1 %39, label %25, label %29, !llvm.loop !14

40:                                               ; preds = %25
  tail call void @free(ptr noundef %26) #9
  br label %41

41:                                               ; preds = %20, %40, %25
  %42 = phi double [ %27, %25 ], [ %27, %40 ], [ 0.000000e+00, %20 ]
  ret double %42
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local double @alternating_copies(ptr noundef captures(address) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %11

5:                                                ; preds = %3
  %6 = sext i32 %1 to i64
  %7 = shl nsw i64 %6, 3
  %8 = icmp sgt i32 %1, 0
  %9 = zext nneg i32 %1 to i64
  %10 = zext nneg i32 %1 to i64
  br label %13

11:                                               ; preds = %50, %3
  %12 = phi double [ 0.000000e+00, %3 ], [ %51, %50 ]
  ret double %12

13:                                               ; preds = %5, %50
  %14 = phi double [ 0.000000e+00, %5 ], [ %51, %50 ]
  %15 = phi i32 [ 0, %5 ], [ %52, %50 ]
  %16 = and i32 %15, 1
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %31, label %18

18:                                               ; preds = %13
  %19 = tail call noalias ptr @malloc(i64 noundef %7) #8
  br i1 %8, label %20, label %34

20:                                               ; preds = %18
  %21 = add nuw nsw i32 %15, 1
  %22 = uitofp nneg i32 %21 to double
  br label %23

23:                                               ; preds = %20, %23
  %24 = phi i64 [ 0, %20 ], [ %29, %23 ]
  %25 = getelementptr inbounds nuw double, ptr %0, i64 %24
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fmul double %26, %22
  %28 = getelementptr inbounds nuw double, ptr %19, i64 %24
  store double %27, ptr %28, align 8, !tbaa !9
  %29 = add nuw nsw i64 %24, 1
  %30 = icmp eq i64 %29, %9
  br i1 %30, label %32, label %23, !llvm.loop !15

31:                                               ; preds = %13
  br i1 %8, label %32, label %50

32:                                               ; preds = %23, %31
  %33 = phi ptr [ %0, %31 ], [ %19, %23 ]
  br label %38

34:                                               ; preds = %38, %18
  %35 = phi ptr [ %19, %18 ], [ %33, %38 ]
  %36 = phi double [ %14, %18 ], [ %46, %38 ]
  %37 = icmp eq ptr %35, %0
  br i1 %37, label %50, label %49

38:                                               ; preds = %32, %38
  %39 = phi i64 [ 0, %32 ], [ %47, %38 ]
  %40 = phi double [ %14, %32 ], [ %46, %38 ]
  %41 = getelementptr inbounds nuw double, ptr %33, i64 %39
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = tail call double @sin(double noundef %42) #9, !tbaa !5
  %44 = getelementptr inbounds nuw double, ptr %0, i64 %39
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = tail call double @llvm.fmuladd.f64(double %43, double %45, double %40)
  %47 = add nuw nsw i64 %39, 1
  %48 = icmp eq i64 %47, %10
  br i1 %48, label %34, label %38, !llvm.loop !16

49:                                               ; preds = %34
  tail call void @free(ptr noundef %35) #9
  br label %50

50:                                               ; preds = %31, %49, %34
  %51 = phi double [ %36, %34 ], [ %36, %49 ], [ %14, %31 ]
  %52 = add nuw nsw i32 %15, 1
  %53 = icmp eq i32 %52, %2
  br i1 %53, label %11, label %13, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #5

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca [5 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  store double 3.000000e-01, ptr %1, align 16
  %2 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -1.200000e+00, ptr %2, align 8
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 0x3FE6666666666666, ptr %3, align 16
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 2.000000e+00, ptr %4, align 8
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double -4.000000e-01, ptr %5, align 16
  %6 = tail call noalias dereferenceable_or_null(40) ptr @malloc(i64 noundef 40) #8
  br label %7

7:                                                ; preds = %7, %0
  %8 = phi i64 [ 0, %0 ], [ %13, %7 ]
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %8
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = fmul double %10, 2.000000e+00
  %12 = getelementptr inbounds nuw double, ptr %6, i64 %8
  store double %11, ptr %12, align 8, !tbaa !9
  %13 = add nuw nsw i64 %8, 1
  %14 = icmp eq i64 %13, 5
  br i1 %14, label %15, label %7, !llvm.loop !11

15:                                               ; preds = %7, %15
  %16 = phi i64 [ %24, %15 ], [ 0, %7 ]
  %17 = phi double [ %23, %15 ], [ 0.000000e+00, %7 ]
  %18 = getelementptr inbounds nuw double, ptr %6, i64 %16
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = fmul double %19, %19
  %21 = getelementptr inbounds nuw double, ptr %1, i64 %16
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = tail call double @llvm.fmuladd.f64(double %20, double %22, double %17)
  %24 = add nuw nsw i64 %16, 1
  %25 = icmp eq i64 %24, 5
  br i1 %25, label %26, label %15, !llvm.loop !14

26:                                               ; preds = %15
  tail call void @free(ptr noundef nonnull %6) #9
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %23)
  br label %28

28:                                               ; preds = %28, %26
  %29 = phi i64 [ 0, %26 ], [ %35, %28 ]
  %30 = phi double [ 0.000000e+00, %26 ], [ %34, %28 ]
  %31 = getelementptr inbounds nuw double, ptr %1, i64 %29
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = fmul double %32, %32
  %34 = tail call double @llvm.fmuladd.f64(double %33, double %32, double %30)
  %35 = add nuw nsw i64 %29, 1
  %36 = icmp eq i64 %35, 5
  br i1 %36, label %37, label %28, !llvm.loop !14

37:                                               ; preds = %28
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %34)
  br label %39

39:                                               ; preds = %72, %37
  %40 = phi double [ 0.000000e+00, %37 ], [ %68, %72 ]
  %41 = phi i32 [ 0, %37 ], [ %73, %72 ]
  %42 = and i32 %41, 1
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %56, label %44

44:                                               ; preds = %39
  %45 = call noalias dereferenceable_or_null(40) ptr @malloc(i64 noundef 40) #8
  %46 = add nuw nsw i32 %41, 1
  %47 = uitofp nneg i32 %46 to double
  br label %48

48:                                               ; preds = %48, %44
  %49 = phi i64 [ 0, %44 ], [ %54, %48 ]
  %50 = getelementptr inbounds nuw double, ptr %1, i64 %49
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fmul double %51, %47
  %53 = getelementptr inbounds nuw double, ptr %45, i64 %49
  store double %52, ptr %53, align 8, !tbaa !9
  %54 = add nuw nsw i64 %49, 1
  %55 = icmp eq i64 %54, 5
  br i1 %55, label %56, label %48, !llvm.loop !15

56:                                               ; preds = %48, %39
  %57 = phi ptr [ %1, %39 ], [ %45, %48 ]
  br label %60

58:                                               ; preds = %60
  %59 = icmp eq ptr %57, %1
  br i1 %59, label %72, label %71

60:                                               ; preds = %60, %56
  %61 = phi i64 [ 0, %56 ], [ %69, %60 ]
  %62 = phi double [ %40, %56 ], [ %68, %60 ]
  %63 = getelementptr inbounds nuw double, ptr %57, i64 %61
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = call double @sin(double noundef %64) #9, !tbaa !5
  %66 = getelementptr inbounds nuw double, ptr %1, i64 %61
  %67 = load double, ptr %66, align 8, !tbaa !9
  %68 = call double @llvm.fmuladd.f64(double %65, double %67, double %62)
  %69 = add nuw nsw i64 %61, 1
  %70 = icmp eq i64 %69, 5
  br i1 %70, label %58, label %60, !llvm.loop !16

71:                                               ; preds = %58
  call void @free(ptr noundef nonnull %57) #9
  br label %72

72:                                               ; preds = %71, %58
  %73 = add nuw nsw i32 %41, 1
  %74 = icmp eq i32 %73, 4
  br i1 %74, label %75, label %39, !llvm.loop !17

75:                                               ; preds = %72
  %76 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %68)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #7

attributes #0 = { nounwind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind allocsize(0) }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
