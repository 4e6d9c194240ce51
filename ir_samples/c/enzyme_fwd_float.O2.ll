; ModuleID = 'enzyme_fwd_float.c'
source_filename = "enzyme_fwd_float.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_width = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@__const.main.a = private unnamed_addr constant [3 x float] [float 1.000000e+00, float -2.000000e+00, float 5.000000e-01], align 4
@__const.main.da = private unnamed_addr constant [3 x float] [float 1.000000e+00, float 5.000000e-01, float 2.000000e+00], align 4
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"dbump(0.8)\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"dmix_dir\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"dmix_dx\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"dmix_zero\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"dsumsq\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local float @bump(float noundef %0) #0 {
  %2 = tail call float @expf(float noundef %0) #9, !tbaa !5
  %3 = tail call float @sinf(float noundef %0) #9, !tbaa !5
  %4 = fmul float %2, %3
  %5 = tail call float @llvm.fmuladd.f32(float %0, float %0, float 1.000000e+00)
  %6 = fdiv float %4, %5
  ret float %6
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @expf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @sinf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local float @mix(float noundef %0, float noundef %1) #0 {
  %3 = fmul float %0, %0
  %4 = fadd float %0, %1
  %5 = tail call float @sqrtf(float noundef %4) #9, !tbaa !5
  %6 = tail call float @llvm.fmuladd.f32(float %3, float %1, float %5)
  %7 = tail call float @llvm.fmuladd.f32(float %0, float %1, float 2.000000e+00)
  %8 = tail call float @logf(float noundef %7) #9, !tbaa !5
  %9 = fsub float %6, %8
  ret float %9
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @sqrtf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @logf(float noundef) local_unnamed_addr #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local float @sumsq(ptr noundef readonly captures(none) %0, i32 noundef %1) #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi float [ 0.000000e+00, %2 ], [ %17, %8 ]
  ret float %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %14, %8 ]
  %10 = phi float [ 0.000000e+00, %4 ], [ %17, %8 ]
  %11 = getelementptr inbounds nuw float, ptr %0, i64 %9
  %12 = load float, ptr %11, align 4, !tbaa !9
  %13 = fmul float %12, %12
  %14 = add nuw nsw i64 %9, 1
  %15 = trunc nuw nsw i64 %14 to i32
  %16 = uitofp nneg i32 %15 to float
  %17 = tail call float @llvm.fmuladd.f32(float %13, float %16, float %10)
  %18 = icmp eq i64 %14, %5
  br i1 %18, label %6, label %8, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca [3 x float], align 4
  %2 = alloca [3 x float], align 4
  %3 = tail call float @__enzyme_fwddiff_f(ptr noundef nonnull @bump, float noundef 0x3FE99999A0000000, float noundef 1.000000e+00) #9
  %4 = tail call float @__enzyme_fwddiff_f2(ptr noundef nonnull @mix, float noundef 1.500000e+00, float noundef 1.000000e+00, float noundef 5.000000e-01, float noundef -2.000000e+00) #9
  %5 = load i32, ptr @enzyme_width, align 4, !tbaa !5
  %6 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %7 = tail call <2 x float> @__enzyme_fwddiff_w2(ptr noundef nonnull @mix, i32 noundef %5, i32 noundef 2, float noundef 1.500000e+00, float noundef 1.000000e+00, float noundef 0.000000e+00, i32 noundef %6, float noundef 5.000000e-01) #9
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %1, ptr noundef nonnull align 4 dereferenceable(12) @__const.main.a, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %2, ptr noundef nonnull align 4 dereferenceable(12) @__const.main.da, i64 12, i1 false)
  %8 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %9 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %10 = call float @__enzyme_fwddiff_arr(ptr noundef nonnull @sumsq, i32 noundef %8, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %9, i32 noundef 3) #9
  %11 = fpext float %3 to double
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %11)
  %13 = fpext float %4 to double
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %13)
  %15 = extractelement <2 x float> %7, i64 0
  %16 = fpext float %15 to double
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %16)
  %18 = extractelement <2 x float> %7, i64 1
  %19 = fpext float %18 to double
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %19)
  %21 = fpext float %10 to double
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %21)
  %23 = load ptr, ptr @stdout, align 8, !tbaa !14
  %24 = call i32 @fflush(ptr noundef %23)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 0
}

declare float @__enzyme_fwddiff_f(ptr noundef, float noundef, float noundef) local_unnamed_addr #6

declare float @__enzyme_fwddiff_f2(ptr noundef, float noundef, float noundef, float noundef, float noundef) local_unnamed_addr #6

declare <2 x float> @__enzyme_fwddiff_w2(ptr noundef, i32 noundef, i32 noundef, float noundef, float noundef, float noundef, i32 noundef, float noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

declare float @__enzyme_fwddiff_arr(ptr noundef, i32 noundef, ptr noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #8

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }

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
