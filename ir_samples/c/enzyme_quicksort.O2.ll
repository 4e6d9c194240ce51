; ModuleID = 'enzyme_quicksort.c'
source_filename = "enzyme_quicksort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"da[0]\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"da[1]\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"da[2]\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"da[6]\00", align 1
@__const.main.b = private unnamed_addr constant [7 x double] [double 3.000000e-01, double -1.200000e+00, double 2.500000e+00, double 8.000000e-01, double -4.000000e-01, double 1.900000e+00, double -2.200000e+00], align 16
@__const.main.v = private unnamed_addr constant [7 x double] [double 1.000000e+00, double -5.000000e-01, double 2.500000e-01, double 2.000000e+00, double 1.500000e+00, double -1.000000e+00, double 5.000000e-01], align 16
@.str.5 = private unnamed_addr constant [14 x i8] c"dsorted_cubes\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"dsorted[0]\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"dsorted[6]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define dso_local double @sorted_cubes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds double, ptr %0, i64 %3
  tail call fastcc void @quicksort(ptr noundef %0, ptr noundef %4)
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %8

6:                                                ; preds = %2
  %7 = zext nneg i32 %1 to i64
  br label %10

8:                                                ; preds = %10, %2
  %9 = phi double [ 0.000000e+00, %2 ], [ %20, %10 ]
  ret double %9

10:                                               ; preds = %6, %10
  %11 = phi i64 [ 0, %6 ], [ %13, %10 ]
  %12 = phi double [ 0.000000e+00, %6 ], [ %20, %10 ]
  %13 = add nuw nsw i64 %11, 1
  %14 = trunc nuw nsw i64 %13 to i32
  %15 = uitofp nneg i32 %14 to double
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %11
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fmul double %17, %15
  %19 = fmul double %17, %18
  %20 = tail call double @llvm.fmuladd.f64(double %19, double %17, double %12)
  %21 = icmp eq i64 %13, %7
  br i1 %21, label %8, label %10, !llvm.loop !11
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @quicksort(ptr noundef %0, ptr noundef %1) unnamed_addr #0 {
  %3 = ptrtoint ptr %1 to i64
  %4 = ptrtoint ptr %0 to i64
  %5 = sub i64 %3, %4
  %6 = icmp slt i64 %5, 9
  br i1 %6, label %35, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 -8
  br label %9

9:                                                ; preds = %7, %27
  %10 = phi ptr [ %0, %7 ], [ %31, %27 ]
  %11 = load double, ptr %8, align 8, !tbaa !9
  %12 = icmp ult ptr %10, %8
  br i1 %12, label %15, label %27

13:                                               ; preds = %23
  %14 = load double, ptr %8, align 8, !tbaa !9
  br label %27

15:                                               ; preds = %9, %23
  %16 = phi ptr [ %25, %23 ], [ %10, %9 ]
  %17 = phi ptr [ %24, %23 ], [ %10, %9 ]
  %18 = load double, ptr %16, align 8, !tbaa !9
  %19 = fcmp olt double %18, %11
  br i1 %19, label %20, label %23

20:                                               ; preds = %15
  %21 = getelementptr inbounds nuw i8, ptr %17, i64 8
  %22 = load double, ptr %17, align 8, !tbaa !9
  store double %22, ptr %16, align 8, !tbaa !9
  store double %18, ptr %17, align 8, !tbaa !9
  br label %23

23:                                               ; preds = %20, %15
  %24 = phi ptr [ %21, %20 ], [ %17, %15 ]
  %25 = getelementptr inbounds nuw i8, ptr %16, i64 8
  %26 = icmp ult ptr %25, %8
  br i1 %26, label %15, label %13, !llvm.loop !14

27:                                               ; preds = %9, %13
  %28 = phi double [ %11, %9 ], [ %14, %13 ]
  %29 = phi ptr [ %10, %9 ], [ %24, %13 ]
  %30 = load double, ptr %29, align 8, !tbaa !9
  store double %28, ptr %29, align 8, !tbaa !9
  store double %30, ptr %8, align 8, !tbaa !9
  tail call fastcc void @quicksort(ptr noundef %10, ptr noundef nonnull %29)
  %31 = getelementptr inbounds nuw i8, ptr %29, i64 8
  %32 = ptrtoint ptr %31 to i64
  %33 = sub i64 %3, %32
  %34 = icmp slt i64 %33, 9
  br i1 %34, label %35, label %9

35:                                               ; preds = %27, %2
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca [7 x double], align 16
  %2 = alloca [7 x double], align 16
  %3 = alloca [7 x double], align 16
  %4 = alloca [7 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %1, ptr noundef nonnull align 16 dereferenceable(56) @__const.main.b, i64 56, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %2, i8 0, i64 56, i1 false)
  %5 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %6 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %7 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @sorted_cubes, i32 noundef %5, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %6, i32 noundef 7) #8
  %8 = load double, ptr %2, align 16, !tbaa !9
  %9 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %8)
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %11 = load double, ptr %10, align 8, !tbaa !9
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %11)
  %13 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %14 = load double, ptr %13, align 16, !tbaa !9
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %14)
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 48
  %17 = load double, ptr %16, align 16, !tbaa !9
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %17)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %3, ptr noundef nonnull align 16 dereferenceable(56) @__const.main.b, i64 56, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %4, ptr noundef nonnull align 16 dereferenceable(56) @__const.main.v, i64 56, i1 false)
  %19 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %20 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %21 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @sorted_cubes, i32 noundef %19, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %20, i32 noundef 7) #8
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %21)
  %23 = load double, ptr %4, align 16, !tbaa !9
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %23)
  %25 = getelementptr inbounds nuw i8, ptr %4, i64 48
  %26 = load double, ptr %25, align 16, !tbaa !9
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %26)
  %28 = load ptr, ptr @stdout, align 8, !tbaa !15
  %29 = call i32 @fflush(ptr noundef %28)
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

attributes #0 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
