; ModuleID = 'enzyme_insertion_sort.c'
source_filename = "enzyme_insertion_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [16 x i8] c"da[%d] = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"dranked_energy\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"dsorted[0]\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"dsorted[3]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local double @ranked_energy(ptr noundef captures(none) %0, i32 noundef %1) #0 {
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %26

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %6

6:                                                ; preds = %19, %4
  %7 = phi i64 [ 1, %4 ], [ %24, %19 ]
  %8 = getelementptr inbounds nuw double, ptr %0, i64 %7
  %9 = load double, ptr %8, align 8, !tbaa !9
  br label %10

10:                                               ; preds = %16, %6
  %11 = phi i64 [ %7, %6 ], [ %17, %16 ]
  %12 = getelementptr double, ptr %0, i64 %11
  %13 = getelementptr i8, ptr %12, i64 -8
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = fcmp ogt double %14, %9
  br i1 %15, label %16, label %19

16:                                               ; preds = %10
  store double %14, ptr %12, align 8, !tbaa !9
  %17 = add nsw i64 %11, -1
  %18 = icmp sgt i64 %11, 1
  br i1 %18, label %10, label %19, !llvm.loop !11

19:                                               ; preds = %16, %10
  %20 = phi i64 [ 0, %16 ], [ %11, %10 ]
  %21 = shl i64 %20, 32
  %22 = ashr exact i64 %21, 29
  %23 = getelementptr inbounds i8, ptr %0, i64 %22
  store double %9, ptr %23, align 8, !tbaa !9
  %24 = add nuw nsw i64 %7, 1
  %25 = icmp eq i64 %24, %5
  br i1 %25, label %26, label %6, !llvm.loop !14

26:                                               ; preds = %19, %2
  %27 = icmp sgt i32 %1, 0
  br i1 %27, label %28, label %30

28:                                               ; preds = %26
  %29 = zext nneg i32 %1 to i64
  br label %32

30:                                               ; preds = %32, %26
  %31 = phi double [ 0.000000e+00, %26 ], [ %41, %32 ]
  ret double %31

32:                                               ; preds = %28, %32
  %33 = phi i64 [ 0, %28 ], [ %35, %32 ]
  %34 = phi double [ 0.000000e+00, %28 ], [ %41, %32 ]
  %35 = add nuw nsw i64 %33, 1
  %36 = trunc nuw nsw i64 %35 to i32
  %37 = uitofp nneg i32 %36 to double
  %38 = getelementptr inbounds nuw double, ptr %0, i64 %33
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = fmul double %39, %37
  %41 = tail call double @llvm.fmuladd.f64(double %40, double %39, double %34)
  %42 = icmp eq i64 %35, %29
  br i1 %42, label %30, label %32, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca [5 x double], align 16
  %2 = alloca [5 x double], align 16
  %3 = alloca [5 x double], align 16
  %4 = alloca [5 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  store double 3.000000e+00, ptr %1, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -1.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 2.500000e+00, ptr %6, align 16
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 5.000000e-01, ptr %7, align 8
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 4.000000e+00, ptr %8, align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %2, i8 0, i64 40, i1 false)
  %9 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %10 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %11 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @ranked_energy, i32 noundef %9, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %10, i32 noundef 5) #7
  br label %31

12:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %3, i8 0, i64 40, i1 false)
  store double 3.000000e+00, ptr %3, align 16
  %13 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store double -1.000000e+00, ptr %13, align 8
  %14 = getelementptr inbounds nuw i8, ptr %3, i64 16
  store double 2.500000e+00, ptr %14, align 16
  %15 = getelementptr inbounds nuw i8, ptr %3, i64 24
  store double 5.000000e-01, ptr %15, align 8
  %16 = getelementptr inbounds nuw i8, ptr %3, i64 32
  store double 4.000000e+00, ptr %16, align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %4, i8 0, i64 40, i1 false)
  store double 1.000000e+00, ptr %4, align 16
  %17 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store double 5.000000e-01, ptr %17, align 8
  %18 = getelementptr inbounds nuw i8, ptr %4, i64 16
  store double -1.000000e+00, ptr %18, align 16
  %19 = getelementptr inbounds nuw i8, ptr %4, i64 24
  store double 2.000000e+00, ptr %19, align 8
  %20 = getelementptr inbounds nuw i8, ptr %4, i64 32
  store double 2.500000e-01, ptr %20, align 16
  %21 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %22 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %23 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @ranked_energy, i32 noundef %21, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %22, i32 noundef 5) #7
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull @.str.2, double noundef %23)
  %25 = load double, ptr %4, align 16, !tbaa !9
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull @.str.3, double noundef %25)
  %27 = load double, ptr %19, align 8, !tbaa !9
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull @.str.4, double noundef %27)
  %29 = load ptr, ptr @stdout, align 8, !tbaa !16
  %30 = call i32 @fflush(ptr noundef %29)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0

31:                                               ; preds = %0, %31
  %32 = phi i64 [ 0, %0 ], [ %37, %31 ]
  %33 = getelementptr inbounds nuw double, ptr %2, i64 %32
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = trunc nuw nsw i64 %32 to i32
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %35, double noundef %34)
  %37 = add nuw nsw i64 %32, 1
  %38 = icmp eq i64 %37, 5
  br i1 %38, label %12, label %31, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!19 = distinct !{!19, !12, !13}
