; ModuleID = 'malloc_temp.c'
source_filename = "malloc_temp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [7 x double] [double 1.000000e-01, double 9.000000e-01, double -4.000000e-01, double 1.600000e+00, double 2.000000e-01, double -8.000000e-01, double 1.200000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"smooth_energy\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nounwind memory(readwrite, argmem: read, target_mem0: none, target_mem1: none) uwtable
define dso_local double @smooth_energy(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sext i32 %1 to i64
  %4 = shl nsw i64 %3, 3
  %5 = tail call noalias ptr @malloc(i64 noundef %4) #6
  %6 = icmp sgt i32 %1, 0
  br i1 %6, label %7, label %30

7:                                                ; preds = %2
  %8 = zext nneg i32 %1 to i64
  br label %11

9:                                                ; preds = %11
  %10 = zext nneg i32 %1 to i64
  br label %32

11:                                               ; preds = %7, %11
  %12 = phi i64 [ 0, %7 ], [ %18, %11 ]
  %13 = icmp eq i64 %12, 0
  %14 = getelementptr double, ptr %0, i64 %12
  %15 = getelementptr i8, ptr %14, i64 -8
  %16 = select i1 %13, ptr %0, ptr %15
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = add nuw nsw i64 %12, 1
  %19 = icmp slt i64 %18, %3
  %20 = select i1 %19, i64 %18, i64 %12
  %21 = and i64 %20, 4294967295
  %22 = getelementptr inbounds nuw double, ptr %0, i64 %21
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = load double, ptr %14, align 8, !tbaa !9
  %25 = fmul double %24, 5.000000e-01
  %26 = tail call double @llvm.fmuladd.f64(double %17, double 2.500000e-01, double %25)
  %27 = tail call double @llvm.fmuladd.f64(double %23, double 2.500000e-01, double %26)
  %28 = getelementptr inbounds nuw double, ptr %5, i64 %12
  store double %27, ptr %28, align 8, !tbaa !9
  %29 = icmp eq i64 %18, %8
  br i1 %29, label %9, label %11, !llvm.loop !11

30:                                               ; preds = %32, %2
  %31 = phi double [ 0.000000e+00, %2 ], [ %40, %32 ]
  tail call void @free(ptr noundef %5) #7
  ret double %31

32:                                               ; preds = %9, %32
  %33 = phi i64 [ 0, %9 ], [ %41, %32 ]
  %34 = phi double [ 0.000000e+00, %9 ], [ %40, %32 ]
  %35 = getelementptr inbounds nuw double, ptr %5, i64 %33
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = fmul double %36, %36
  %38 = getelementptr inbounds nuw double, ptr %0, i64 %33
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = tail call double @llvm.fmuladd.f64(double %37, double %39, double %34)
  %41 = add nuw nsw i64 %33, 1
  %42 = icmp eq i64 %41, %10
  br i1 %42, label %30, label %32, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = tail call noalias dereferenceable_or_null(56) ptr @malloc(i64 noundef 56) #6
  br label %2

2:                                                ; preds = %2, %0
  %3 = phi i64 [ 0, %0 ], [ %9, %2 ]
  %4 = icmp eq i64 %3, 0
  %5 = getelementptr double, ptr @__const.main.x, i64 %3
  %6 = getelementptr i8, ptr %5, i64 -8
  %7 = select i1 %4, ptr @__const.main.x, ptr %6
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = add nuw nsw i64 %3, 1
  %10 = icmp samesign ult i64 %3, 6
  %11 = select i1 %10, i64 %9, i64 %3
  %12 = and i64 %11, 4294967295
  %13 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %12
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = load double, ptr %5, align 8, !tbaa !9
  %16 = fmul double %15, 5.000000e-01
  %17 = tail call double @llvm.fmuladd.f64(double %8, double 2.500000e-01, double %16)
  %18 = tail call double @llvm.fmuladd.f64(double %14, double 2.500000e-01, double %17)
  %19 = getelementptr inbounds nuw double, ptr %1, i64 %3
  store double %18, ptr %19, align 8, !tbaa !9
  %20 = icmp eq i64 %9, 7
  br i1 %20, label %21, label %2, !llvm.loop !11

21:                                               ; preds = %2, %21
  %22 = phi i64 [ %30, %21 ], [ 0, %2 ]
  %23 = phi double [ %29, %21 ], [ 0.000000e+00, %2 ]
  %24 = getelementptr inbounds nuw double, ptr %1, i64 %22
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = fmul double %25, %25
  %27 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %22
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %26, double %28, double %23)
  %30 = add nuw nsw i64 %22, 1
  %31 = icmp eq i64 %30, 7
  br i1 %31, label %32, label %21, !llvm.loop !14

32:                                               ; preds = %21
  tail call void @free(ptr noundef nonnull %1) #7
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %29)
  %34 = load ptr, ptr @stdout, align 8, !tbaa !15
  %35 = tail call i32 @fflush(ptr noundef %34)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #5

attributes #0 = { nounwind memory(readwrite, argmem: read, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0) }
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
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
