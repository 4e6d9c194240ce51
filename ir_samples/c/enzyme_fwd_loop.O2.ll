; ModuleID = 'enzyme_fwd_loop.c'
source_filename = "enzyme_fwd_loop.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.c = private unnamed_addr constant [5 x i32] [i32 3, i32 -1, i32 4, i32 1, i32 -5], align 16
@enzyme_const = external local_unnamed_addr global i32, align 4
@__const.main.x = private unnamed_addr constant [4 x double] [double 1.000000e+00, double -5.000000e-01, double 2.000000e+00, double 2.500000e-01], align 16
@__const.main.dx = private unnamed_addr constant [4 x double] [double 5.000000e-01, double 1.000000e+00, double -1.000000e+00, double 2.000000e+00], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"dhorner(1.3)\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"dnewton_sqrt(2.5)\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"dhalving(5)\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"dhilbert_form\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @horner(double noundef %0, ptr noundef readonly captures(none) %1, i32 noundef %2) #0 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  br label %9

7:                                                ; preds = %9, %3
  %8 = phi double [ 0.000000e+00, %3 ], [ %16, %9 ]
  ret double %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ %6, %5 ], [ %12, %9 ]
  %11 = phi double [ 0.000000e+00, %5 ], [ %16, %9 ]
  %12 = add nsw i64 %10, -1
  %13 = getelementptr inbounds nuw i32, ptr %1, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = sitofp i32 %14 to double
  %16 = tail call double @llvm.fmuladd.f64(double %11, double %0, double %15)
  %17 = icmp samesign ugt i64 %10, 1
  br i1 %17, label %9, label %7, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @newton_sqrt(double noundef %0) #3 {
  br label %2

2:                                                ; preds = %1, %2
  %3 = phi i32 [ 0, %1 ], [ %8, %2 ]
  %4 = phi double [ %0, %1 ], [ %7, %2 ]
  %5 = fdiv double %0, %4
  %6 = fadd double %4, %5
  %7 = fmul double %6, 5.000000e-01
  %8 = add nuw nsw i32 %3, 1
  %9 = icmp eq i32 %8, 30
  br i1 %9, label %10, label %2, !llvm.loop !12

10:                                               ; preds = %2
  ret double %7
}

; Function Attrs: nofree norecurse nounwind memory(errnomem: write) uwtable
define dso_local double @halving(double noundef %0) #4 {
  %2 = fcmp ogt double %0, 1.000000e+00
  br i1 %2, label %3, label %10

3:                                                ; preds = %1, %3
  %4 = phi double [ %8, %3 ], [ 0.000000e+00, %1 ]
  %5 = phi double [ %6, %3 ], [ %0, %1 ]
  %6 = fmul double %5, 5.000000e-01
  %7 = tail call double @sin(double noundef %6) #10, !tbaa !5
  %8 = fadd double %4, %7
  %9 = fcmp ogt double %6, 1.000000e+00
  br i1 %9, label %3, label %10, !llvm.loop !13

10:                                               ; preds = %3, %1
  %11 = phi double [ %0, %1 ], [ %6, %3 ]
  %12 = phi double [ 0.000000e+00, %1 ], [ %8, %3 ]
  %13 = tail call double @llvm.fmuladd.f64(double %11, double %11, double %12)
  ret double %13
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #5

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @hilbert_form(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %12

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %6

6:                                                ; preds = %14, %4
  %7 = phi i64 [ 0, %4 ], [ %11, %14 ]
  %8 = phi double [ 0.000000e+00, %4 ], [ %26, %14 ]
  %9 = getelementptr inbounds nuw double, ptr %0, i64 %7
  %10 = load double, ptr %9, align 8, !tbaa !14
  %11 = add nuw nsw i64 %7, 1
  br label %16

12:                                               ; preds = %14, %2
  %13 = phi double [ 0.000000e+00, %2 ], [ %26, %14 ]
  ret double %13

14:                                               ; preds = %16
  %15 = icmp eq i64 %11, %5
  br i1 %15, label %12, label %6, !llvm.loop !16

16:                                               ; preds = %6, %16
  %17 = phi i64 [ 0, %6 ], [ %27, %16 ]
  %18 = phi double [ %8, %6 ], [ %26, %16 ]
  %19 = getelementptr inbounds nuw double, ptr %0, i64 %17
  %20 = load double, ptr %19, align 8, !tbaa !14
  %21 = fmul double %10, %20
  %22 = add nuw nsw i64 %11, %17
  %23 = trunc nuw i64 %22 to i32
  %24 = uitofp nneg i32 %23 to double
  %25 = fdiv double %21, %24
  %26 = fadd double %18, %25
  %27 = add nuw nsw i64 %17, 1
  %28 = icmp eq i64 %27, %5
  br i1 %28, label %14, label %16, !llvm.loop !17
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca [5 x i32], align 16
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(20) %1, ptr noundef nonnull align 16 dereferenceable(20) @__const.main.c, i64 20, i1 false)
  %4 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %5 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @horner, double noundef 1.300000e+00, double noundef 1.000000e+00, i32 noundef %4, ptr noundef nonnull %1, i32 noundef 5) #10
  %6 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @newton_sqrt, double noundef 2.500000e+00, double noundef 1.000000e+00) #10
  %7 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @halving, double noundef 5.000000e+00, double noundef 1.000000e+00) #10
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %2, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.x, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %3, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.dx, i64 32, i1 false)
  %8 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %9 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %10 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @hilbert_form, i32 noundef %8, ptr noundef nonnull %2, ptr noundef nonnull %3, i32 noundef %9, i32 noundef 4) #10
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %5)
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %6)
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %7)
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %10)
  %15 = load ptr, ptr @stdout, align 8, !tbaa !18
  %16 = call i32 @fflush(ptr noundef %15)
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #9

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #9

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nounwind memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = !{!15, !15, i64 0}
!15 = !{!"double", !7, i64 0}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 _ZTS8_IO_FILE", !20, i64 0}
!20 = !{!"any pointer", !7, i64 0}
