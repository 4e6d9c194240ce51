; ModuleID = 'enzyme_float_grad.c'
source_filename = "enzyme_float_grad.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_out = external local_unnamed_addr global i32, align 4
@__const.main.x = private unnamed_addr constant [4 x float] [float 1.000000e+00, float 2.000000e+00, float 5.000000e-01, float 1.500000e+00], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"dlogistic(0.25)\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dbilinear_dx\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"dbilinear_dy\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"dtrilinear_dx\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"dtrilinear_dy\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"dtrilinear_dz\00", align 1
@.str.7 = private unnamed_addr constant [16 x i8] c"dx[%d] = %.17g\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local float @logistic(float noundef %0) #0 {
  %2 = fneg float %0
  %3 = tail call float @expf(float noundef %2) #10, !tbaa !5
  %4 = fadd float %3, 1.000000e+00
  %5 = fdiv float 1.000000e+00, %4
  ret float %5
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @expf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local float @bilinear(float noundef %0, float noundef %1) #0 {
  %3 = fmul float %0, %1
  %4 = tail call float @sinf(float noundef %0) #10, !tbaa !5
  %5 = tail call float @cosf(float noundef %1) #10, !tbaa !5
  %6 = fmul float %4, %5
  %7 = tail call float @llvm.fmuladd.f32(float %3, float %1, float %6)
  ret float %7
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @sinf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @cosf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local float @trilinear(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = fmul float %0, %1
  %5 = fmul float %0, %0
  %6 = tail call float @llvm.fmuladd.f32(float %2, float %2, float 1.000000e+00)
  %7 = fdiv float %5, %6
  %8 = tail call float @llvm.fmuladd.f32(float %4, float %2, float %7)
  %9 = tail call float @tanhf(float noundef %1) #10, !tbaa !5
  %10 = fadd float %8, %9
  ret float %10
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @tanhf(float noundef) local_unnamed_addr #1

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local float @root_sum_cubes(ptr noundef readonly captures(none) %0, i32 noundef %1) #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %9

6:                                                ; preds = %9, %2
  %7 = phi float [ 0.000000e+00, %2 ], [ %15, %9 ]
  %8 = tail call float @sqrtf(float noundef %7) #10, !tbaa !5
  ret float %8

9:                                                ; preds = %4, %9
  %10 = phi i64 [ 0, %4 ], [ %16, %9 ]
  %11 = phi float [ 0.000000e+00, %4 ], [ %15, %9 ]
  %12 = getelementptr inbounds nuw float, ptr %0, i64 %10
  %13 = load float, ptr %12, align 4, !tbaa !9
  %14 = fmul float %13, %13
  %15 = tail call float @llvm.fmuladd.f32(float %14, float %13, float %11)
  %16 = add nuw nsw i64 %10, 1
  %17 = icmp eq i64 %16, %5
  br i1 %17, label %6, label %9, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @sqrtf(float noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [4 x float], align 16
  %2 = alloca [4 x float], align 16
  %3 = tail call float @__enzyme_autodiff_logistic(ptr noundef nonnull @logistic, float noundef 2.500000e-01) #10
  %4 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %5 = tail call <2 x float> @__enzyme_autodiff_2f(ptr noundef nonnull @bilinear, i32 noundef %4, float noundef 1.500000e+00, i32 noundef %4, float noundef -5.000000e-01) #10
  %6 = tail call { <2 x float>, float } @__enzyme_autodiff_3f(ptr noundef nonnull @trilinear, float noundef 5.000000e-01, float noundef 1.250000e+00, float noundef -2.000000e+00) #10
  %7 = extractvalue { <2 x float>, float } %6, 0
  %8 = extractvalue { <2 x float>, float } %6, 1
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %1, ptr noundef nonnull align 16 dereferenceable(16) @__const.main.x, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %2, i8 0, i64 16, i1 false)
  %9 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %10 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void @__enzyme_autodiff_arr(ptr noundef nonnull @root_sum_cubes, i32 noundef %9, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %10, i32 noundef 4) #10
  %11 = fpext float %3 to double
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %11)
  %13 = extractelement <2 x float> %5, i64 0
  %14 = fpext float %13 to double
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %14)
  %16 = extractelement <2 x float> %5, i64 1
  %17 = fpext float %16 to double
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %17)
  %19 = extractelement <2 x float> %7, i64 0
  %20 = fpext float %19 to double
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %20)
  %22 = extractelement <2 x float> %7, i64 1
  %23 = fpext float %22 to double
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %23)
  %25 = fpext float %8 to double
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %25)
  br label %30

27:                                               ; preds = %30
  %28 = load ptr, ptr @stdout, align 8, !tbaa !14
  %29 = call i32 @fflush(ptr noundef %28)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0

30:                                               ; preds = %0, %30
  %31 = phi i64 [ 0, %0 ], [ %37, %30 ]
  %32 = getelementptr inbounds nuw float, ptr %2, i64 %31
  %33 = load float, ptr %32, align 4, !tbaa !9
  %34 = fpext float %33 to double
  %35 = trunc nuw nsw i64 %31 to i32
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %35, double noundef %34)
  %37 = add nuw nsw i64 %31, 1
  %38 = icmp eq i64 %37, 4
  br i1 %38, label %27, label %30, !llvm.loop !17
}

declare float @__enzyme_autodiff_logistic(ptr noundef, float noundef) local_unnamed_addr #6

declare <2 x float> @__enzyme_autodiff_2f(ptr noundef, i32 noundef, float noundef, i32 noundef, float noundef) local_unnamed_addr #6

declare { <2 x float>, float } @__enzyme_autodiff_3f(ptr noundef, float noundef, float noundef, float noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #8

declare void @__enzyme_autodiff_arr(ptr noundef, i32 noundef, ptr noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #9

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #9

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = distinct !{!17, !12, !13}
