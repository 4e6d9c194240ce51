; ModuleID = 'enzyme_ptr_to_ptr.c'
source_filename = "enzyme_ptr_to_ptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Points = type { ptr, ptr, i32 }

@__const.main.x = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 2.000000e+00, double -5.000000e-01, double 3.000000e+00], align 16
@__const.main.y = private unnamed_addr constant [4 x double] [double 5.000000e-01, double 0.000000e+00, double 1.500000e+00, double 4.000000e+00], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"dspread_x[0]\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dspread_y[3]\00", align 1
@__const.main.r0 = private unnamed_addr constant [4 x double] [double 1.000000e+00, double -1.000000e+00, double 5.000000e-01, double 2.000000e+00], align 16
@__const.main.r1 = private unnamed_addr constant [4 x double] [double 2.500000e-01, double 3.000000e+00, double -2.000000e+00, double 1.000000e+00], align 16
@__const.main.r2 = private unnamed_addr constant [4 x double] [double -1.500000e+00, double 5.000000e-01, double 1.000000e+00, double -7.500000e-01], align 16
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.3 = private unnamed_addr constant [12 x i8] c"drows[0][1]\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"drows[2][3]\00", align 1
@__const.main.t1 = private unnamed_addr constant [4 x double] [double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00], align 16
@.str.5 = private unnamed_addr constant [10 x i8] c"dgrid_fwd\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local double @spread(ptr noundef readonly captures(none) %0) #0 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %3 = load i32, ptr %2, align 8, !tbaa !9
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %30

5:                                                ; preds = %1
  %6 = load ptr, ptr %0, align 8, !tbaa !13
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !14
  %9 = zext nneg i32 %3 to i64
  br label %18

10:                                               ; preds = %18
  %11 = uitofp nneg i32 %3 to double
  %12 = fdiv double %24, %11
  %13 = fdiv double %27, %11
  %14 = load ptr, ptr %0, align 8, !tbaa !13
  %15 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %16 = load ptr, ptr %15, align 8, !tbaa !14
  %17 = zext nneg i32 %3 to i64
  br label %32

18:                                               ; preds = %5, %18
  %19 = phi i64 [ 0, %5 ], [ %28, %18 ]
  %20 = phi double [ 0.000000e+00, %5 ], [ %27, %18 ]
  %21 = phi double [ 0.000000e+00, %5 ], [ %24, %18 ]
  %22 = getelementptr inbounds nuw double, ptr %6, i64 %19
  %23 = load double, ptr %22, align 8, !tbaa !15
  %24 = fadd double %21, %23
  %25 = getelementptr inbounds nuw double, ptr %8, i64 %19
  %26 = load double, ptr %25, align 8, !tbaa !15
  %27 = fadd double %20, %26
  %28 = add nuw nsw i64 %19, 1
  %29 = icmp eq i64 %28, %9
  br i1 %29, label %10, label %18, !llvm.loop !17

30:                                               ; preds = %32, %1
  %31 = phi double [ 0.000000e+00, %1 ], [ %43, %32 ]
  ret double %31

32:                                               ; preds = %10, %32
  %33 = phi i64 [ 0, %10 ], [ %44, %32 ]
  %34 = phi double [ 0.000000e+00, %10 ], [ %43, %32 ]
  %35 = getelementptr inbounds nuw double, ptr %14, i64 %33
  %36 = load double, ptr %35, align 8, !tbaa !15
  %37 = fsub double %36, %12
  %38 = getelementptr inbounds nuw double, ptr %16, i64 %33
  %39 = load double, ptr %38, align 8, !tbaa !15
  %40 = fsub double %39, %13
  %41 = fmul double %40, %40
  %42 = tail call double @llvm.fmuladd.f64(double %37, double %37, double %41)
  %43 = fadd double %34, %42
  %44 = add nuw nsw i64 %33, 1
  %45 = icmp eq i64 %44, %17
  br i1 %45, label %30, label %32, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local double @rows_energy(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %25

5:                                                ; preds = %3
  %6 = icmp sgt i32 %2, 0
  %7 = zext nneg i32 %1 to i64
  %8 = zext nneg i32 %2 to i64
  br label %9

9:                                                ; preds = %5, %27
  %10 = phi i64 [ 0, %5 ], [ %28, %27 ]
  %11 = phi double [ 0.000000e+00, %5 ], [ %29, %27 ]
  br i1 %6, label %14, label %12

12:                                               ; preds = %9
  %13 = add nuw nsw i64 %10, 1
  br label %27

14:                                               ; preds = %9
  %15 = getelementptr inbounds nuw ptr, ptr %0, i64 %10
  %16 = load ptr, ptr %15, align 8, !tbaa !21
  %17 = add nuw nsw i64 %10, 1
  %18 = trunc nuw nsw i64 %17 to i32
  %19 = uitofp nneg i32 %18 to double
  %20 = icmp eq i64 %17, %7
  %21 = and i64 %17, 4294967295
  %22 = select i1 %20, i64 0, i64 %21
  %23 = getelementptr inbounds nuw ptr, ptr %0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !21
  br label %31

25:                                               ; preds = %27, %3
  %26 = phi double [ 0.000000e+00, %3 ], [ %29, %27 ]
  ret double %26

27:                                               ; preds = %31, %12
  %28 = phi i64 [ %13, %12 ], [ %17, %31 ]
  %29 = phi double [ %11, %12 ], [ %41, %31 ]
  %30 = icmp eq i64 %28, %7
  br i1 %30, label %25, label %9, !llvm.loop !22

31:                                               ; preds = %14, %31
  %32 = phi i64 [ 0, %14 ], [ %42, %31 ]
  %33 = phi double [ %11, %14 ], [ %41, %31 ]
  %34 = getelementptr inbounds nuw double, ptr %16, i64 %32
  %35 = load double, ptr %34, align 8, !tbaa !15
  %36 = fmul double %35, %35
  %37 = fdiv double %36, %19
  %38 = getelementptr inbounds nuw double, ptr %24, i64 %32
  %39 = load double, ptr %38, align 8, !tbaa !15
  %40 = tail call double @llvm.fmuladd.f64(double %35, double %39, double %37)
  %41 = fadd double %33, %40
  %42 = add nuw nsw i64 %32, 1
  %43 = icmp eq i64 %42, %8
  br i1 %43, label %27, label %31, !llvm.loop !23
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca [4 x double], align 16
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  %4 = alloca [4 x double], align 16
  %5 = alloca %struct.Points, align 8
  %6 = alloca %struct.Points, align 8
  %7 = alloca [4 x double], align 16
  %8 = alloca [4 x double], align 16
  %9 = alloca [4 x double], align 16
  %10 = alloca [4 x double], align 16
  %11 = alloca [4 x double], align 16
  %12 = alloca [4 x double], align 16
  %13 = alloca [3 x ptr], align 16
  %14 = alloca [3 x ptr], align 16
  %15 = alloca [4 x double], align 16
  %16 = alloca [4 x double], align 16
  %17 = alloca [4 x double], align 16
  %18 = alloca [3 x ptr], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %1, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.x, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %2, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.y, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %3, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %4, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #8
  store ptr %1, ptr %5, align 8, !tbaa !13
  %19 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store ptr %2, ptr %19, align 8, !tbaa !14
  %20 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store i32 4, ptr %20, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw i8, ptr %5, i64 20
  store i32 0, ptr %21, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #8
  store ptr %3, ptr %6, align 8, !tbaa !13
  %22 = getelementptr inbounds nuw i8, ptr %6, i64 8
  store ptr %4, ptr %22, align 8, !tbaa !14
  %23 = getelementptr inbounds nuw i8, ptr %6, i64 16
  store i32 4, ptr %23, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw i8, ptr %6, i64 20
  store i32 0, ptr %24, align 4
  %25 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %26 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @spread, i32 noundef %25, ptr noundef nonnull %5, ptr noundef nonnull %6) #8
  %27 = load double, ptr %3, align 16, !tbaa !15
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %27)
  %29 = getelementptr inbounds nuw i8, ptr %4, i64 24
  %30 = load double, ptr %29, align 8, !tbaa !15
  %31 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %30)
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %7, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.r0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %8, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.r1, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %9) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %9, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.r2, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %10) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %10, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %11) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %11, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %12) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %12, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %13) #8
  store ptr %7, ptr %13, align 16, !tbaa !21
  %32 = getelementptr inbounds nuw i8, ptr %13, i64 8
  store ptr %8, ptr %32, align 8, !tbaa !21
  %33 = getelementptr inbounds nuw i8, ptr %13, i64 16
  store ptr %9, ptr %33, align 16, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr nonnull %14) #8
  store ptr %10, ptr %14, align 16, !tbaa !21
  %34 = getelementptr inbounds nuw i8, ptr %14, i64 8
  store ptr %11, ptr %34, align 8, !tbaa !21
  %35 = getelementptr inbounds nuw i8, ptr %14, i64 16
  store ptr %12, ptr %35, align 16, !tbaa !21
  %36 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %37 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %38 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @rows_energy, i32 noundef %36, ptr noundef nonnull %13, ptr noundef nonnull %14, i32 noundef %37, i32 noundef 3, i32 noundef %37, i32 noundef 4) #8
  %39 = getelementptr inbounds nuw i8, ptr %10, i64 8
  %40 = load double, ptr %39, align 8, !tbaa !15
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %40)
  %42 = getelementptr inbounds nuw i8, ptr %12, i64 24
  %43 = load double, ptr %42, align 8, !tbaa !15
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %43)
  call void @llvm.lifetime.start.p0(ptr nonnull %15) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %15, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %16) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %16, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.t1, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %17) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %17, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %18) #8
  store ptr %15, ptr %18, align 16, !tbaa !21
  %45 = getelementptr inbounds nuw i8, ptr %18, i64 8
  store ptr %16, ptr %45, align 8, !tbaa !21
  %46 = getelementptr inbounds nuw i8, ptr %18, i64 16
  store ptr %17, ptr %46, align 16, !tbaa !21
  %47 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %48 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %49 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @rows_energy, i32 noundef %47, ptr noundef nonnull %13, ptr noundef nonnull %18, i32 noundef %48, i32 noundef 3, i32 noundef %48, i32 noundef 4) #8
  %50 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %49)
  %51 = load ptr, ptr @stdout, align 8, !tbaa !24
  %52 = call i32 @fflush(ptr noundef %51)
  call void @llvm.lifetime.end.p0(ptr nonnull %18) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %17) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %16) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %15) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %14) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %13) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %12) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %11) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %10) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %9) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #8
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #7

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #7

attributes #0 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = !{!10, !6, i64 16}
!10 = !{!"", !11, i64 0, !11, i64 8, !6, i64 16}
!11 = !{!"p1 double", !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!10, !11, i64 0}
!14 = !{!10, !11, i64 8}
!15 = !{!16, !16, i64 0}
!16 = !{!"double", !7, i64 0}
!17 = distinct !{!17, !18, !19}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{!"llvm.loop.unroll.disable"}
!20 = distinct !{!20, !18, !19}
!21 = !{!11, !11, i64 0}
!22 = distinct !{!22, !18, !19}
!23 = distinct !{!23, !18, !19}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 _ZTS8_IO_FILE", !12, i64 0}
