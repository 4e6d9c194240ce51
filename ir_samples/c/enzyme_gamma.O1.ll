; ModuleID = 'enzyme_gamma.c'
source_filename = "enzyme_gamma.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@enzyme_out = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"dlog_beta_da\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"dlog_beta_db\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"dgamma_mix\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"dgamma_mix_fwd\00", align 1
@__const.main.x = private unnamed_addr constant [3 x double] [double 0x3FE6666666666666, double 1.300000e+00, double 5.500000e-01], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.5 = private unnamed_addr constant [24 x i8] c"dmantissas[%d] = %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"dsplit[%d] = %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"dwhole_after\00", align 1
@__const.main.tx = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 1.000000e+00, double 1.000000e+00], align 16
@enzyme_dupnoneed = external local_unnamed_addr global i32, align 4
@.str.8 = private unnamed_addr constant [20 x i8] c"tsplit[%d] = %.17g\0A\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"twhole\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nounwind uwtable
define dso_local double @log_beta(double noundef %0, double noundef %1) #0 {
  %3 = tail call double @lgamma(double noundef %0) #13
  %4 = tail call double @lgamma(double noundef %1) #13
  %5 = fadd double %3, %4
  %6 = fadd double %0, %1
  %7 = tail call double @lgamma(double noundef %6) #13
  %8 = fsub double %5, %7
  ret double %8
}

; Function Attrs: nounwind
declare double @lgamma(double noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local double @gamma_mix(double noundef %0) #0 {
  %2 = tail call double @llvm.fmuladd.f64(double %0, double -4.000000e-01, double -1.000000e-01)
  %3 = tail call double @lgamma(double noundef %2) #13
  %4 = tail call double @llvm.fmuladd.f64(double %0, double 5.000000e-01, double -1.800000e+00)
  %5 = tail call double @tgamma(double noundef %4) #13, !tbaa !5
  %6 = fadd double %3, %5
  %7 = fmul double %0, 6.000000e-01
  %8 = tail call double @tgamma(double noundef %7) #13, !tbaa !5
  %9 = fadd double %6, %8
  %10 = fmul double %0, 4.000000e+01
  %11 = tail call double @lgamma(double noundef %10) #13
  %12 = fdiv double %11, 1.000000e+02
  %13 = fadd double %9, %12
  ret double %13
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @tgamma(double noundef) local_unnamed_addr #3

; Function Attrs: nofree norecurse nounwind memory(argmem: read) uwtable
define dso_local double @mantissas(ptr noundef readonly captures(none) %0, i32 noundef %1) #4 {
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
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #13
  %12 = add nuw nsw i64 %10, 1
  %13 = trunc nuw nsw i64 %12 to i32
  %14 = uitofp nneg i32 %13 to double
  %15 = fmul double %14, 4.000000e+00
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fmul double %15, %17
  %19 = call double @frexp(double noundef %18, ptr noundef nonnull %3) #13
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = sitofp i32 %20 to double
  %22 = fmul double %19, %21
  %23 = tail call double @llvm.fmuladd.f64(double %22, double %19, double %11)
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #13
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
define dso_local void @split(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef writeonly captures(none) %2, i32 noundef %3) #7 {
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
  %1 = alloca [3 x double], align 16
  %2 = alloca [3 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  %8 = alloca [3 x double], align 16
  %9 = alloca [3 x double], align 16
  %10 = alloca [3 x double], align 16
  %11 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %12 = tail call { double, double } (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @log_beta, i32 noundef %11, double noundef 8.000000e-01, i32 noundef %11, double noundef 1.700000e+00) #13
  %13 = extractvalue { double, double } %12, 0
  %14 = extractvalue { double, double } %12, 1
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %13)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %14)
  %17 = tail call double (ptr, ...) @__enzyme_autodiff1(ptr noundef nonnull @gamma_mix, double noundef 1.100000e+00) #13
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %17)
  %19 = tail call double (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @gamma_mix, double noundef 1.100000e+00, double noundef 1.000000e+00) #13
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %19)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #13
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %1, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.x, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #13
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %2, i8 0, i64 24, i1 false)
  %21 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %22 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void (ptr, ...) @__enzyme_autodiff_void(ptr noundef nonnull @mantissas, i32 noundef %21, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %22, i32 noundef 3) #13
  br label %26

23:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #13
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #13
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %4, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.tx, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #13
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #13
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %6, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.tx, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #13
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %7, i8 0, i64 24, i1 false)
  %24 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %25 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void (ptr, ...) @__enzyme_autodiff_void(ptr noundef nonnull @split, i32 noundef %24, ptr noundef nonnull %1, ptr noundef nonnull %7, i32 noundef %24, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %24, ptr noundef nonnull %5, ptr noundef nonnull %6, i32 noundef %25, i32 noundef 3) #13
  br label %46

26:                                               ; preds = %0, %26
  %27 = phi i64 [ 0, %0 ], [ %32, %26 ]
  %28 = getelementptr inbounds nuw double, ptr %2, i64 %27
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = trunc nuw nsw i64 %27 to i32
  %31 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %30, double noundef %29)
  %32 = add nuw nsw i64 %27, 1
  %33 = icmp eq i64 %32, 3
  br i1 %33, label %23, label %26, !llvm.loop !15

34:                                               ; preds = %46
  %35 = load double, ptr %6, align 16, !tbaa !9
  %36 = getelementptr inbounds nuw i8, ptr %6, i64 8
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = fadd double %35, %37
  %39 = getelementptr inbounds nuw i8, ptr %6, i64 16
  %40 = load double, ptr %39, align 16, !tbaa !9
  %41 = fadd double %38, %40
  %42 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %41)
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #13
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %8, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.tx, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %9) #13
  call void @llvm.lifetime.start.p0(ptr nonnull %10) #13
  %43 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %44 = load i32, ptr @enzyme_dupnoneed, align 4, !tbaa !5
  %45 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef nonnull @split, i32 noundef %43, ptr noundef nonnull %1, ptr noundef nonnull %8, i32 noundef %44, ptr noundef nonnull %3, ptr noundef nonnull %9, i32 noundef %44, ptr noundef nonnull %5, ptr noundef nonnull %10, i32 noundef %45, i32 noundef 3) #13
  br label %65

46:                                               ; preds = %23, %46
  %47 = phi i64 [ 0, %23 ], [ %52, %46 ]
  %48 = getelementptr inbounds nuw double, ptr %7, i64 %47
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = trunc nuw nsw i64 %47 to i32
  %51 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %50, double noundef %49)
  %52 = add nuw nsw i64 %47, 1
  %53 = icmp eq i64 %52, 3
  br i1 %53, label %34, label %46, !llvm.loop !16

54:                                               ; preds = %65
  %55 = load double, ptr %10, align 16, !tbaa !9
  %56 = getelementptr inbounds nuw i8, ptr %10, i64 8
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %55, %57
  %59 = getelementptr inbounds nuw i8, ptr %10, i64 16
  %60 = load double, ptr %59, align 16, !tbaa !9
  %61 = fadd double %58, %60
  %62 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.9, double noundef %61)
  %63 = load ptr, ptr @stdout, align 8, !tbaa !17
  %64 = call i32 @fflush(ptr noundef %63)
  call void @llvm.lifetime.end.p0(ptr nonnull %10) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %9) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #13
  ret i32 0

65:                                               ; preds = %34, %65
  %66 = phi i64 [ 0, %34 ], [ %71, %65 ]
  %67 = getelementptr inbounds nuw double, ptr %9, i64 %66
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = trunc nuw nsw i64 %66 to i32
  %70 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %69, double noundef %68)
  %71 = add nuw nsw i64 %66, 1
  %72 = icmp eq i64 %71, 3
  br i1 %72, label %54, label %65, !llvm.loop !20
}

declare { double, double } @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #9

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #10

declare double @__enzyme_autodiff1(ptr noundef, ...) local_unnamed_addr #9

declare double @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #12

declare void @__enzyme_autodiff_void(ptr noundef, ...) local_unnamed_addr #9

declare void @__enzyme_fwddiff_void(ptr noundef, ...) local_unnamed_addr #9

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #10

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #13 = { nounwind }

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
!16 = distinct !{!16, !12, !13}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 _ZTS8_IO_FILE", !19, i64 0}
!19 = !{!"any pointer", !7, i64 0}
!20 = distinct !{!20, !12, !13}
