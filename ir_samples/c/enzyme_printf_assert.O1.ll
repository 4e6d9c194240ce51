; ModuleID = 'enzyme_printf_assert.c'
source_filename = "enzyme_printf_assert.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str.1 = private unnamed_addr constant [31 x i8] c"*n > 0 && \22n must be positive\22\00", align 1
@.str.2 = private unnamed_addr constant [23 x i8] c"enzyme_printf_assert.c\00", align 1
@__PRETTY_FUNCTION__.traced_norm = private unnamed_addr constant [48 x i8] c"double traced_norm(const double *, const int *)\00", align 1
@checksum = dso_local local_unnamed_addr global i32 0, align 4
@stderr = external local_unnamed_addr global ptr, align 8
@.str.3 = private unnamed_addr constant [32 x i8] c"traced_norm: x[0] = %g, s = %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"traced_norm call = %d\0A\00", align 1
@calls = dso_local local_unnamed_addr global i32 0, align 4
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.5 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"dx[0]\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"dx[3]\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"%s = %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"checksum\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"dnorm_fwd\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nounwind uwtable
define dso_local double @traced_norm(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) #0 {
  %3 = load i32, ptr %1, align 4, !tbaa !5
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = zext nneg i32 %3 to i64
  br label %16

7:                                                ; preds = %2
  tail call void @__assert_fail(ptr noundef nonnull @.str.1, ptr noundef nonnull @.str.2, i32 noundef 27, ptr noundef nonnull @__PRETTY_FUNCTION__.traced_norm) #8
  unreachable

8:                                                ; preds = %16
  store i32 %30, ptr @checksum, align 4, !tbaa !5
  %9 = load ptr, ptr @stderr, align 8, !tbaa !9
  %10 = load double, ptr %0, align 8, !tbaa !12
  %11 = tail call i32 (ptr, ptr, ...) @fprintf(ptr noundef %9, ptr noundef nonnull @.str.3, double noundef %10, double noundef %27) #9
  %12 = load i32, ptr @calls, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr @calls, align 4, !tbaa !5
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %13)
  %15 = tail call double @sqrt(double noundef %27) #10, !tbaa !5
  ret double %15

16:                                               ; preds = %5, %16
  %17 = phi i64 [ 0, %5 ], [ %31, %16 ]
  %18 = phi i32 [ 17, %5 ], [ %30, %16 ]
  %19 = phi double [ 0.000000e+00, %5 ], [ %27, %16 ]
  %20 = trunc nuw nsw i64 %17 to i32
  %21 = urem i32 %20, 3
  %22 = uitofp nneg i32 %21 to double
  %23 = tail call double @llvm.fmuladd.f64(double %22, double 5.000000e-01, double 1.000000e+00)
  %24 = getelementptr inbounds nuw double, ptr %0, i64 %17
  %25 = load double, ptr %24, align 8, !tbaa !12
  %26 = fmul double %23, %25
  %27 = tail call double @llvm.fmuladd.f64(double %26, double %25, double %19)
  %28 = mul nsw i32 %18, 31
  %29 = trunc nuw nsw i64 %17 to i32
  %30 = add nsw i32 %28, %29
  %31 = add nuw nsw i64 %17, 1
  %32 = icmp eq i64 %31, %6
  br i1 %32, label %8, label %16, !llvm.loop !14
}

; Function Attrs: noreturn nounwind
declare void @__assert_fail(ptr noundef, ptr noundef, i32 noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nofree nounwind
declare noundef i32 @fprintf(ptr noundef captures(none), ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #5

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [5 x double], align 16
  %2 = alloca [5 x double], align 16
  %3 = alloca i32, align 4
  %4 = alloca [5 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  store double 1.000000e+00, ptr %1, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double -2.000000e+00, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 5.000000e-01, ptr %6, align 16
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 3.000000e+00, ptr %7, align 8
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double -1.500000e+00, ptr %8, align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %2, i8 0, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  store i32 5, ptr %3, align 4, !tbaa !5
  %9 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %10 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %11 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @traced_norm, i32 noundef %9, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %10, ptr noundef nonnull %3) #10
  %12 = load double, ptr %2, align 16, !tbaa !12
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull @.str.6, double noundef %12)
  %14 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %15 = load double, ptr %14, align 8, !tbaa !12
  %16 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull @.str.7, double noundef %15)
  %17 = load i32, ptr @checksum, align 4, !tbaa !5
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.9, i32 noundef %17)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %4, i8 0, i64 40, i1 false)
  store double 1.000000e+00, ptr %4, align 16
  %19 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store double 1.000000e+00, ptr %19, align 8
  %20 = getelementptr inbounds nuw i8, ptr %4, i64 16
  store double 1.000000e+00, ptr %20, align 16
  %21 = getelementptr inbounds nuw i8, ptr %4, i64 24
  store double 1.000000e+00, ptr %21, align 8
  %22 = getelementptr inbounds nuw i8, ptr %4, i64 32
  store double 1.000000e+00, ptr %22, align 16
  %23 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %24 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %25 = call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @traced_norm, i32 noundef %23, ptr noundef nonnull %1, ptr noundef nonnull %4, i32 noundef %24, ptr noundef nonnull %3) #10
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull @.str.10, double noundef %25)
  %27 = load ptr, ptr @stdout, align 8, !tbaa !9
  %28 = call i32 @fflush(ptr noundef %27)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #7

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { noreturn nounwind }
attributes #9 = { cold nounwind }
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
!10 = !{!"p1 _ZTS8_IO_FILE", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !15, !16}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!"llvm.loop.unroll.disable"}
