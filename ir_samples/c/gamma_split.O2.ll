; ModuleID = 'gamma_split.c'
source_filename = "gamma_split.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [4 x double] [double 0x3FE6666666666666, double 1.300000e+00, double 5.500000e-01, double 1.450000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"log_beta(0.8, 1.7)\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"gamma_mix(1.1)\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"gamma_float(0.9)\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"mantissas\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"frac[%d] = %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"whole[%d] = %.17g\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nounwind uwtable
define dso_local double @log_beta(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = tail call double @lgamma(double noundef %0) #10
  %4 = tail call double @lgamma(double noundef %1) #10
  %5 = fadd double %3, %4
  %6 = fadd double %0, %1
  %7 = tail call double @lgamma(double noundef %6) #10
  %8 = fsub double %5, %7
  ret double %8
}

; Function Attrs: nounwind
declare double @lgamma(double noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local double @gamma_mix(double noundef %0) local_unnamed_addr #0 {
  %2 = tail call double @llvm.fmuladd.f64(double %0, double -4.000000e-01, double -1.000000e-01)
  %3 = tail call double @lgamma(double noundef %2) #10
  %4 = tail call double @llvm.fmuladd.f64(double %0, double 5.000000e-01, double -1.800000e+00)
  %5 = tail call double @tgamma(double noundef %4) #10, !tbaa !5
  %6 = fadd double %3, %5
  %7 = fmul double %0, 6.000000e-01
  %8 = tail call double @tgamma(double noundef %7) #10, !tbaa !5
  %9 = fadd double %6, %8
  %10 = fmul double %0, 4.000000e+01
  %11 = tail call double @lgamma(double noundef %10) #10
  %12 = fdiv double %11, 1.000000e+02
  %13 = fadd double %9, %12
  ret double %13
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tgamma(double noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local float @gamma_float(float noundef %0) local_unnamed_addr #0 {
  %2 = fadd float %0, 5.000000e-01
  %3 = tail call float @lgammaf(float noundef %2) #10
  %4 = fmul float %0, 1.500000e+00
  %5 = tail call float @tgammaf(float noundef %4) #10, !tbaa !5
  %6 = fmul float %3, %5
  ret float %6
}

; Function Attrs: nounwind
declare float @lgammaf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @tgammaf(float noundef) local_unnamed_addr #3

; Function Attrs: nofree norecurse nounwind memory(argmem: read) uwtable
define dso_local double @mantissas(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #4 {
  %3 = alloca i32, align 4
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %9, %2
  %8 = phi double [ 0.000000e+00, %2 ], [ %23, %9 ]
  ret double %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 0, %5 ], [ %12, %9 ]
  %11 = phi double [ 0.000000e+00, %5 ], [ %23, %9 ]
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  %12 = add nuw nsw i64 %10, 1
  %13 = trunc nuw nsw i64 %12 to i32
  %14 = uitofp nneg i32 %13 to double
  %15 = fmul double %14, 4.000000e+00
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fmul double %15, %17
  %19 = call double @frexp(double noundef %18, ptr noundef nonnull %3) #10
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = sitofp i32 %20 to double
  %22 = fmul double %19, %21
  %23 = tail call double @llvm.fmuladd.f64(double %22, double %19, double %11)
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  %24 = icmp eq i64 %12, %6
  br i1 %24, label %7, label %9, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare double @frexp(double noundef, ptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @split(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef writeonly captures(none) %2, i32 noundef %3) local_unnamed_addr #7 {
  %5 = icmp sgt i32 %3, 0
  br i1 %5, label %6, label %8

6:                                                ; preds = %4
  %7 = zext nneg i32 %3 to i64
  br label %9

8:                                                ; preds = %9, %4
  ret void

9:                                                ; preds = %6, %9
  %10 = phi i64 [ 0, %6 ], [ %22, %9 ]
  %11 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = fmul double %12, 3.000000e+00
  %14 = fmul double %12, %13
  %15 = getelementptr inbounds nuw double, ptr %2, i64 %10
  %16 = tail call { double, double } @llvm.modf.f64(double %14)
  %17 = extractvalue { double, double } %16, 0
  %18 = extractvalue { double, double } %16, 1
  store double %18, ptr %15, align 8, !tbaa !9
  %19 = load double, ptr %11, align 8, !tbaa !9
  %20 = fmul double %19, %17
  %21 = getelementptr inbounds nuw double, ptr %1, i64 %10
  store double %20, ptr %21, align 8, !tbaa !9
  %22 = add nuw nsw i64 %10, 1
  %23 = icmp eq i64 %22, %7
  br i1 %23, label %8, label %9, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { double, double } @llvm.modf.f64(double) #8

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  %4 = tail call double @lgamma(double noundef 8.000000e-01) #10
  %5 = tail call double @lgamma(double noundef 1.700000e+00) #10
  %6 = fadd double %4, %5
  %7 = tail call double @lgamma(double noundef 2.500000e+00) #10
  %8 = fsub double %6, %7
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %8)
  %10 = tail call double @lgamma(double noundef -5.400000e-01) #10
  %11 = tail call double @tgamma(double noundef -1.250000e+00) #10, !tbaa !5
  %12 = fadd double %10, %11
  %13 = tail call double @tgamma(double noundef 6.600000e-01) #10, !tbaa !5
  %14 = fadd double %12, %13
  %15 = tail call double @lgamma(double noundef 4.400000e+01) #10
  %16 = fdiv double %15, 1.000000e+02
  %17 = fadd double %14, %16
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %17)
  %19 = tail call float @lgammaf(float noundef 0x3FF6666660000000) #10
  %20 = tail call float @tgammaf(float noundef 0x3FF5999980000000) #10, !tbaa !5
  %21 = fmul float %19, %20
  %22 = fpext float %21 to double
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %22)
  br label %24

24:                                               ; preds = %24, %0
  %25 = phi i64 [ 0, %0 ], [ %27, %24 ]
  %26 = phi double [ 0.000000e+00, %0 ], [ %38, %24 ]
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  %27 = add nuw nsw i64 %25, 1
  %28 = trunc nuw nsw i64 %27 to i32
  %29 = uitofp nneg i32 %28 to double
  %30 = fmul double %29, 4.000000e+00
  %31 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %25
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = fmul double %32, %30
  %34 = call double @frexp(double noundef %33, ptr noundef nonnull %1) #10
  %35 = load i32, ptr %1, align 4, !tbaa !5
  %36 = sitofp i32 %35 to double
  %37 = fmul double %34, %36
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %34, double %26)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  %39 = icmp eq i64 %27, 4
  br i1 %39, label %40, label %24, !llvm.loop !11

40:                                               ; preds = %24
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %38)
  br label %42

42:                                               ; preds = %42, %40
  %43 = phi i64 [ 0, %40 ], [ %54, %42 ]
  %44 = getelementptr inbounds nuw double, ptr @__const.main.x, i64 %43
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = fmul double %45, 3.000000e+00
  %47 = fmul double %45, %46
  %48 = getelementptr inbounds nuw double, ptr %3, i64 %43
  %49 = tail call { double, double } @llvm.modf.f64(double %47)
  %50 = extractvalue { double, double } %49, 0
  %51 = extractvalue { double, double } %49, 1
  store double %51, ptr %48, align 8, !tbaa !9
  %52 = fmul double %45, %50
  %53 = getelementptr inbounds nuw double, ptr %2, i64 %43
  store double %52, ptr %53, align 8, !tbaa !9
  %54 = add nuw nsw i64 %43, 1
  %55 = icmp eq i64 %54, 4
  br i1 %55, label %59, label %42, !llvm.loop !14

56:                                               ; preds = %59
  %57 = load ptr, ptr @stdout, align 8, !tbaa !15
  %58 = tail call i32 @fflush(ptr noundef %57)
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  ret i32 0

59:                                               ; preds = %42, %59
  %60 = phi i64 [ %68, %59 ], [ 0, %42 ]
  %61 = getelementptr inbounds nuw double, ptr %2, i64 %60
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = trunc nuw nsw i64 %60 to i32
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %63, double noundef %62)
  %65 = getelementptr inbounds nuw double, ptr %3, i64 %60
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %63, double noundef %66)
  %68 = add nuw nsw i64 %60, 1
  %69 = icmp eq i64 %68, 4
  br i1 %69, label %56, label %59, !llvm.loop !18
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #9

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #9

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
