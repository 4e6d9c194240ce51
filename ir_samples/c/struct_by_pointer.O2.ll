; ModuleID = 'struct_by_pointer.c'
source_filename = "struct_by_pointer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"transform_residual\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @transform_residual(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = load double, ptr %0, align 8, !tbaa !9
  %6 = tail call double @cos(double noundef %5) #7, !tbaa !5
  %7 = tail call double @sin(double noundef %5) #7, !tbaa !5
  %8 = icmp sgt i32 %3, 0
  br i1 %8, label %9, label %17

9:                                                ; preds = %4
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %11 = load double, ptr %10, align 8, !tbaa !12
  %12 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %13 = load double, ptr %12, align 8, !tbaa !13
  %14 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %15 = load double, ptr %14, align 8, !tbaa !14
  %16 = zext nneg i32 %3 to i64
  br label %19

17:                                               ; preds = %19, %4
  %18 = phi double [ 0.000000e+00, %4 ], [ %43, %19 ]
  ret double %18

19:                                               ; preds = %9, %19
  %20 = phi i64 [ 0, %9 ], [ %44, %19 ]
  %21 = phi double [ 0.000000e+00, %9 ], [ %43, %19 ]
  %22 = shl nuw nsw i64 %20, 1
  %23 = getelementptr inbounds nuw double, ptr %1, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !15
  %25 = or disjoint i64 %22, 1
  %26 = getelementptr inbounds nuw double, ptr %1, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !15
  %28 = fneg double %27
  %29 = fmul double %7, %28
  %30 = tail call double @llvm.fmuladd.f64(double %6, double %24, double %29)
  %31 = tail call double @llvm.fmuladd.f64(double %11, double %30, double %13)
  %32 = fmul double %6, %27
  %33 = tail call double @llvm.fmuladd.f64(double %7, double %24, double %32)
  %34 = tail call double @llvm.fmuladd.f64(double %11, double %33, double %15)
  %35 = getelementptr inbounds nuw double, ptr %2, i64 %22
  %36 = load double, ptr %35, align 8, !tbaa !15
  %37 = fsub double %31, %36
  %38 = getelementptr inbounds nuw double, ptr %2, i64 %25
  %39 = load double, ptr %38, align 8, !tbaa !15
  %40 = fsub double %34, %39
  %41 = fmul double %40, %40
  %42 = tail call double @llvm.fmuladd.f64(double %37, double %37, double %41)
  %43 = fadd double %21, %42
  %44 = add nuw nsw i64 %20, 1
  %45 = icmp eq i64 %44, %16
  br i1 %45, label %17, label %19, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [6 x double], align 16
  %2 = alloca [6 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %1, i8 0, i64 32, i1 false)
  store double 1.000000e+00, ptr %1, align 16
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 1.000000e+00, ptr %3, align 8
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 1.000000e+00, ptr %4, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double 1.000000e+00, ptr %5, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  store double 1.500000e+00, ptr %2, align 16
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double 1.000000e-01, ptr %6, align 8
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store double 2.000000e-01, ptr %7, align 16
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 24
  store double 9.000000e-01, ptr %8, align 8
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store double 1.200000e+00, ptr %9, align 16
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 40
  store double 1.400000e+00, ptr %10, align 8
  br label %11

11:                                               ; preds = %11, %0
  %12 = phi i64 [ 0, %0 ], [ %35, %11 ]
  %13 = phi double [ 0.000000e+00, %0 ], [ %34, %11 ]
  %14 = shl nuw nsw i64 %12, 1
  %15 = getelementptr inbounds nuw double, ptr %1, i64 %14
  %16 = load double, ptr %15, align 16, !tbaa !15
  %17 = or disjoint i64 %14, 1
  %18 = getelementptr inbounds nuw double, ptr %1, i64 %17
  %19 = load double, ptr %18, align 8, !tbaa !15
  %20 = fmul double %19, 0xBFD2E9CD95BABA33
  %21 = tail call double @llvm.fmuladd.f64(double %16, double 0x3FEE921DD42F09BA, double %20)
  %22 = tail call double @llvm.fmuladd.f64(double %21, double 1.100000e+00, double 5.000000e-01)
  %23 = fmul double %19, 0x3FEE921DD42F09BA
  %24 = tail call double @llvm.fmuladd.f64(double %16, double 0x3FD2E9CD95BABA33, double %23)
  %25 = tail call double @llvm.fmuladd.f64(double %24, double 1.100000e+00, double -2.500000e-01)
  %26 = getelementptr inbounds nuw double, ptr %2, i64 %14
  %27 = load double, ptr %26, align 16, !tbaa !15
  %28 = fsub double %22, %27
  %29 = getelementptr inbounds nuw double, ptr %2, i64 %17
  %30 = load double, ptr %29, align 8, !tbaa !15
  %31 = fsub double %25, %30
  %32 = fmul double %31, %31
  %33 = tail call double @llvm.fmuladd.f64(double %28, double %28, double %32)
  %34 = fadd double %13, %33
  %35 = add nuw nsw i64 %12, 1
  %36 = icmp eq i64 %35, 3
  br i1 %36, label %37, label %11, !llvm.loop !16

37:                                               ; preds = %11
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %34)
  %39 = load ptr, ptr @stdout, align 8, !tbaa !19
  %40 = tail call i32 @fflush(ptr noundef %39)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!9 = !{!10, !11, i64 0}
!10 = !{!"", !11, i64 0, !11, i64 8, !11, i64 16, !11, i64 24}
!11 = !{!"double", !7, i64 0}
!12 = !{!10, !11, i64 24}
!13 = !{!10, !11, i64 8}
!14 = !{!10, !11, i64 16}
!15 = !{!11, !11, i64 0}
!16 = distinct !{!16, !17, !18}
!17 = !{!"llvm.loop.mustprogress"}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS8_IO_FILE", !21, i64 0}
!21 = !{!"any pointer", !7, i64 0}
