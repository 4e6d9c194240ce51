; ModuleID = 'softmax_xent.c'
source_filename = "softmax_xent.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.W = private unnamed_addr constant [12 x double] [double 2.000000e-01, double -5.000000e-01, double 1.000000e+00, double 3.000000e-01, double 8.000000e-01, double -1.000000e-01, double 0xBFE6666666666666, double 4.000000e-01, double 6.000000e-01, double 0.000000e+00, double 2.500000e-01, double -3.500000e-01], align 16
@__const.main.b = private unnamed_addr constant [3 x double] [double 1.000000e-01, double -2.000000e-01, double 5.000000e-02], align 16
@__const.main.x = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 2.000000e+00, double -1.000000e+00, double 5.000000e-01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"softmax(b)[1]\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"cross_entropy\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define dso_local void @softmax(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = load double, ptr %0, align 8, !tbaa !9
  %5 = icmp sgt i32 %2, 1
  br i1 %5, label %6, label %8

6:                                                ; preds = %3
  %7 = zext nneg i32 %2 to i64
  br label %13

8:                                                ; preds = %3
  %9 = icmp eq i32 %2, 1
  br i1 %9, label %10, label %35

10:                                               ; preds = %13, %8
  %11 = phi double [ %4, %8 ], [ %19, %13 ]
  %12 = zext nneg i32 %2 to i64
  br label %24

13:                                               ; preds = %6, %13
  %14 = phi i64 [ 1, %6 ], [ %20, %13 ]
  %15 = phi double [ %4, %6 ], [ %19, %13 ]
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %14
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fcmp ogt double %17, %15
  %19 = select i1 %18, double %17, double %15
  %20 = add nuw nsw i64 %14, 1
  %21 = icmp eq i64 %20, %7
  br i1 %21, label %10, label %13, !llvm.loop !11

22:                                               ; preds = %24
  %23 = zext nneg i32 %2 to i64
  br label %36

24:                                               ; preds = %10, %24
  %25 = phi i64 [ 0, %10 ], [ %33, %24 ]
  %26 = phi double [ 0.000000e+00, %10 ], [ %32, %24 ]
  %27 = getelementptr inbounds nuw double, ptr %0, i64 %25
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = fsub double %28, %11
  %30 = tail call double @exp(double noundef %29) #8, !tbaa !5
  %31 = getelementptr inbounds nuw double, ptr %1, i64 %25
  store double %30, ptr %31, align 8, !tbaa !9
  %32 = fadd double %26, %30
  %33 = add nuw nsw i64 %25, 1
  %34 = icmp eq i64 %33, %12
  br i1 %34, label %22, label %24, !llvm.loop !14

35:                                               ; preds = %36, %8
  ret void

36:                                               ; preds = %22, %36
  %37 = phi i64 [ 0, %22 ], [ %41, %36 ]
  %38 = getelementptr inbounds nuw double, ptr %1, i64 %37
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = fdiv double %39, %32
  store double %40, ptr %38, align 8, !tbaa !9
  %41 = add nuw nsw i64 %37, 1
  %42 = icmp eq i64 %41, %23
  br i1 %42, label %35, label %36, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #2

; Function Attrs: nofree norecurse nounwind memory(argmem: read, inaccessiblemem: write, errnomem: write) uwtable
define dso_local double @cross_entropy(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #3 {
  %7 = alloca [8 x double], align 16
  %8 = alloca [8 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #8
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #8
  %9 = icmp sgt i32 %4, 0
  tail call void @llvm.assume(i1 %9)
  %10 = icmp sgt i32 %5, 0
  %11 = zext i32 %5 to i64
  %12 = zext nneg i32 %4 to i64
  br label %56

13:                                               ; preds = %63
  %14 = load double, ptr %7, align 16, !tbaa !9
  %15 = icmp samesign ugt i32 %4, 1
  br i1 %15, label %16, label %18

16:                                               ; preds = %13
  %17 = zext nneg i32 %4 to i64
  br label %23

18:                                               ; preds = %13
  %19 = icmp eq i32 %4, 1
  tail call void @llvm.assume(i1 %19)
  br label %20

20:                                               ; preds = %23, %18
  %21 = phi i64 [ 1, %18 ], [ %17, %23 ]
  %22 = phi double [ %14, %18 ], [ %29, %23 ]
  br label %32

23:                                               ; preds = %23, %16
  %24 = phi i64 [ 1, %16 ], [ %30, %23 ]
  %25 = phi double [ %14, %16 ], [ %29, %23 ]
  %26 = getelementptr inbounds nuw double, ptr %7, i64 %24
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = fcmp ogt double %27, %25
  %29 = select i1 %28, double %27, double %25
  %30 = add nuw nsw i64 %24, 1
  %31 = icmp eq i64 %30, %17
  br i1 %31, label %20, label %23, !llvm.loop !11

32:                                               ; preds = %32, %20
  %33 = phi i64 [ 0, %20 ], [ %41, %32 ]
  %34 = phi double [ 0.000000e+00, %20 ], [ %40, %32 ]
  %35 = getelementptr inbounds nuw double, ptr %7, i64 %33
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = fsub double %36, %22
  %38 = tail call double @exp(double noundef %37) #8, !tbaa !5
  %39 = getelementptr inbounds nuw double, ptr %8, i64 %33
  store double %38, ptr %39, align 8, !tbaa !9
  %40 = fadd double %34, %38
  %41 = add nuw nsw i64 %33, 1
  %42 = icmp eq i64 %41, %21
  br i1 %42, label %43, label %32, !llvm.loop !14

43:                                               ; preds = %32, %43
  %44 = phi i64 [ %48, %43 ], [ 0, %32 ]
  %45 = getelementptr inbounds nuw double, ptr %8, i64 %44
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = fdiv double %46, %40
  store double %47, ptr %45, align 8, !tbaa !9
  %48 = add nuw nsw i64 %44, 1
  %49 = icmp eq i64 %48, %21
  br i1 %49, label %50, label %43, !llvm.loop !15

50:                                               ; preds = %43
  %51 = sext i32 %3 to i64
  %52 = getelementptr inbounds double, ptr %8, i64 %51
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = tail call double @log(double noundef %53) #8, !tbaa !5
  %55 = fneg double %54
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #8
  ret double %55

56:                                               ; preds = %6, %63
  %57 = phi i64 [ 0, %6 ], [ %66, %63 ]
  %58 = getelementptr inbounds nuw double, ptr %1, i64 %57
  %59 = load double, ptr %58, align 8, !tbaa !9
  br i1 %10, label %60, label %63

60:                                               ; preds = %56
  %61 = mul nuw nsw i64 %57, %11
  %62 = getelementptr inbounds nuw double, ptr %0, i64 %61
  br label %68

63:                                               ; preds = %68, %56
  %64 = phi double [ %59, %56 ], [ %75, %68 ]
  %65 = getelementptr inbounds nuw double, ptr %7, i64 %57
  store double %64, ptr %65, align 8, !tbaa !9
  %66 = add nuw nsw i64 %57, 1
  %67 = icmp eq i64 %66, %12
  br i1 %67, label %13, label %56, !llvm.loop !16

68:                                               ; preds = %60, %68
  %69 = phi i64 [ 0, %60 ], [ %76, %68 ]
  %70 = phi double [ %59, %60 ], [ %75, %68 ]
  %71 = getelementptr inbounds nuw double, ptr %62, i64 %69
  %72 = load double, ptr %71, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw double, ptr %2, i64 %69
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = tail call double @llvm.fmuladd.f64(double %72, double %74, double %70)
  %76 = add nuw nsw i64 %69, 1
  %77 = icmp eq i64 %76, %11
  br i1 %77, label %63, label %68, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log(double noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [8 x double], align 16
  %2 = alloca [8 x double], align 16
  %3 = alloca [3 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #8
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i64 [ 1, %0 ], [ %11, %4 ]
  %6 = phi double [ 1.000000e-01, %0 ], [ %10, %4 ]
  %7 = getelementptr inbounds nuw double, ptr @__const.main.b, i64 %5
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = fcmp ogt double %8, %6
  %10 = select i1 %9, double %8, double %6
  %11 = add nuw nsw i64 %5, 1
  %12 = icmp eq i64 %11, 3
  br i1 %12, label %13, label %4, !llvm.loop !11

13:                                               ; preds = %4, %13
  %14 = phi i64 [ %22, %13 ], [ 0, %4 ]
  %15 = phi double [ %21, %13 ], [ 0.000000e+00, %4 ]
  %16 = getelementptr inbounds nuw double, ptr @__const.main.b, i64 %14
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fsub double %17, %10
  %19 = tail call double @exp(double noundef %18) #8, !tbaa !5
  %20 = getelementptr inbounds nuw double, ptr %3, i64 %14
  store double %19, ptr %20, align 8, !tbaa !9
  %21 = fadd double %15, %19
  %22 = add nuw nsw i64 %14, 1
  %23 = icmp eq i64 %22, 3
  br i1 %23, label %24, label %13, !llvm.loop !14

24:                                               ; preds = %13, %24
  %25 = phi i64 [ %29, %24 ], [ 0, %13 ]
  %26 = getelementptr inbounds nuw double, ptr %3, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = fdiv double %27, %21
  store double %28, ptr %26, align 8, !tbaa !9
  %29 = add nuw nsw i64 %25, 1
  %30 = icmp eq i64 %29, 3
  br i1 %30, label %31, label %24, !llvm.loop !15

31:                                               ; preds = %24
  %32 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %33)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #8
  br label %64

35:                                               ; preds = %70
  %36 = load double, ptr %1, align 16, !tbaa !9
  br label %37

37:                                               ; preds = %37, %35
  %38 = phi i64 [ 1, %35 ], [ %44, %37 ]
  %39 = phi double [ %36, %35 ], [ %43, %37 ]
  %40 = getelementptr inbounds nuw double, ptr %1, i64 %38
  %41 = load double, ptr %40, align 8, !tbaa !9
  %42 = fcmp ogt double %41, %39
  %43 = select i1 %42, double %41, double %39
  %44 = add nuw nsw i64 %38, 1
  %45 = icmp eq i64 %44, 3
  br i1 %45, label %46, label %37, !llvm.loop !11

46:                                               ; preds = %37, %46
  %47 = phi i64 [ %55, %46 ], [ 0, %37 ]
  %48 = phi double [ %54, %46 ], [ 0.000000e+00, %37 ]
  %49 = getelementptr inbounds nuw double, ptr %1, i64 %47
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = fsub double %50, %43
  %52 = tail call double @exp(double noundef %51) #8, !tbaa !5
  %53 = getelementptr inbounds nuw double, ptr %2, i64 %47
  store double %52, ptr %53, align 8, !tbaa !9
  %54 = fadd double %48, %52
  %55 = add nuw nsw i64 %47, 1
  %56 = icmp eq i64 %55, 3
  br i1 %56, label %57, label %46, !llvm.loop !14

57:                                               ; preds = %46, %57
  %58 = phi i64 [ %62, %57 ], [ 0, %46 ]
  %59 = getelementptr inbounds nuw double, ptr %2, i64 %58
  %60 = load double, ptr %59, align 8, !tbaa !9
  %61 = fdiv double %60, %54
  store double %61, ptr %59, align 8, !tbaa !9
  %62 = add nuw nsw i64 %58, 1
  %63 = icmp eq i64 %62, 3
  br i1 %63, label %84, label %57, !llvm.loop !15

64:                                               ; preds = %70, %31
  %65 = phi i64 [ 0, %31 ], [ %72, %70 ]
  %66 = getelementptr inbounds nuw double, ptr @__const.main.b, i64 %65
  %67 = load double, ptr %66, align 8, !tbaa !9
  %68 = shl nuw nsw i64 %65, 5
  %69 = getelementptr inbounds nuw i8, ptr @__const.main.W, i64 %68
  br label %74

70:                                               ; preds = %74
  %71 = getelementptr inbounds nuw double, ptr %1, i64 %65
  store double %81, ptr %71, align 8, !tbaa !9
  %72 = add nuw nsw i64 %65, 1
  %73 = icmp eq i64 %72, 3
  br i1 %73, label %35, label %64, !llvm.loop !16

74:                                               ; preds = %74, %64
  %75 = phi i64 [ 0, %64 ], [ %82, %74 ]
  %76 = phi double [ %67, %64 ], [ %81, %74 ]
  %77 = getelementptr inbounds nuw double, ptr %69, i64 %75
  %78 = load double, ptr %77, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %75
  %80 = load double, ptr %79, align 8, !tbaa !9
  %81 = tail call double @llvm.fmuladd.f64(double %78, double %80, double %76)
  %82 = add nuw nsw i64 %75, 1
  %83 = icmp eq i64 %82, 4
  br i1 %83, label %70, label %74, !llvm.loop !17

84:                                               ; preds = %57
  %85 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %86 = load double, ptr %85, align 16, !tbaa !9
  %87 = tail call double @log(double noundef %86) #8, !tbaa !5
  %88 = fneg double %87
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #8
  %89 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %88)
  %90 = load ptr, ptr @stdout, align 8, !tbaa !18
  %91 = tail call i32 @fflush(ptr noundef %90)
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #8
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #7

attributes #0 = { nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nounwind memory(argmem: read, inaccessiblemem: write, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #8 = { nounwind }

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
