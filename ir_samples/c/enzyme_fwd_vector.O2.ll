; ModuleID = 'enzyme_fwd_vector.c'
source_filename = "enzyme_fwd_vector.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Tangents4 = type { [4 x double] }

@enzyme_width = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"dfun_dx\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"dfun_dy\00", align 1
@__const.main.x = private unnamed_addr constant [4 x double] [double 5.000000e-01, double -2.500000e-01, double 1.500000e+00, double 7.500000e-01], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str.3 = private unnamed_addr constant [11 x i8] c"denergy[0]\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"denergy[1]\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"denergy[2]\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"denergy[3]\00", align 1
@__const.main.rt = private unnamed_addr constant [2 x double] [double 2.000000e+00, double 6.000000e-01], align 16
@__const.main.drt0 = private unnamed_addr constant [2 x double] [double 1.000000e+00, double 0.000000e+00], align 16
@__const.main.drt1 = private unnamed_addr constant [2 x double] [double 0.000000e+00, double 1.000000e+00], align 16
@enzyme_dupnoneed = external local_unnamed_addr global i32, align 4
@.str.7 = private unnamed_addr constant [6 x i8] c"dx_dr\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"dy_dr\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"dx_dtheta\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"dy_dtheta\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @fun(double noundef %0, double noundef %1) #0 {
  %3 = fmul double %0, %1
  %4 = fdiv double 1.000000e+00, %0
  %5 = fadd double %4, %3
  ret double %5
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @energy(ptr noundef readonly captures(none) %0, i32 noundef %1) #2 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %15

6:                                                ; preds = %15, %2
  %7 = phi double [ 0.000000e+00, %2 ], [ %27, %15 ]
  %8 = load double, ptr %0, align 8, !tbaa !9
  %9 = fneg double %8
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %11 = load double, ptr %10, align 8, !tbaa !9
  %12 = fmul double %11, %9
  %13 = tail call double @exp(double noundef %12) #11, !tbaa !5
  %14 = fmul double %7, %13
  ret double %14

15:                                               ; preds = %4, %15
  %16 = phi i64 [ 0, %4 ], [ %18, %15 ]
  %17 = phi double [ 0.000000e+00, %4 ], [ %27, %15 ]
  %18 = add nuw nsw i64 %16, 1
  %19 = trunc nuw nsw i64 %18 to i32
  %20 = uitofp nneg i32 %19 to double
  %21 = getelementptr inbounds nuw double, ptr %0, i64 %16
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = fmul double %22, %20
  %24 = fmul double %22, %23
  %25 = tail call double @sin(double noundef %22) #11, !tbaa !5
  %26 = tail call double @llvm.fmuladd.f64(double %24, double %22, double %25)
  %27 = fadd double %17, %26
  %28 = icmp eq i64 %18, %5
  br i1 %28, label %6, label %15, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite, errnomem: write) uwtable
define dso_local void @polar(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) initializes((0, 16)) %1) #5 {
  %3 = load double, ptr %0, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load double, ptr %4, align 8, !tbaa !9
  %6 = tail call double @cos(double noundef %5) #11, !tbaa !5
  %7 = fmul double %3, %6
  store double %7, ptr %1, align 8, !tbaa !9
  %8 = load double, ptr %0, align 8, !tbaa !9
  %9 = load double, ptr %4, align 8, !tbaa !9
  %10 = tail call double @sin(double noundef %9) #11, !tbaa !5
  %11 = fmul double %8, %10
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double %11, ptr %12, align 8, !tbaa !9
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca [4 x double], align 16
  %2 = alloca [4 x [4 x double]], align 16
  %3 = alloca %struct.Tangents4, align 8
  %4 = alloca [2 x double], align 16
  %5 = alloca [2 x double], align 16
  %6 = alloca [2 x double], align 16
  %7 = alloca [2 x double], align 16
  %8 = alloca [2 x double], align 16
  %9 = alloca [2 x double], align 16
  %10 = load i32, ptr @enzyme_width, align 4, !tbaa !5
  %11 = tail call { double, double } (ptr, ...) @__enzyme_fwddiff(ptr noundef nonnull @fun, i32 noundef %10, i32 noundef 2, double noundef 2.000000e+00, double noundef 1.000000e+00, double noundef 0.000000e+00, double noundef 4.000000e+00, double noundef 0.000000e+00, double noundef 1.000000e+00) #11
  %12 = extractvalue { double, double } %11, 0
  %13 = extractvalue { double, double } %11, 1
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %12)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %13)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %1, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.x, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #11
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(128) %2, i8 0, i64 128, i1 false)
  store double 1.000000e+00, ptr %2, align 16
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %17 = getelementptr inbounds nuw i8, ptr %2, i64 40
  store double 1.000000e+00, ptr %17, align 8
  %18 = getelementptr inbounds nuw i8, ptr %2, i64 64
  %19 = getelementptr inbounds nuw i8, ptr %2, i64 80
  store double 1.000000e+00, ptr %19, align 16
  %20 = getelementptr inbounds nuw i8, ptr %2, i64 96
  %21 = getelementptr inbounds nuw i8, ptr %2, i64 120
  store double 1.000000e+00, ptr %21, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #11
  %22 = load i32, ptr @enzyme_width, align 4, !tbaa !5
  %23 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %24 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void (ptr, ptr, ...) @__enzyme_fwddiff4(ptr dead_on_unwind nonnull writable sret(%struct.Tangents4) align 8 %3, ptr noundef nonnull @energy, i32 noundef %22, i32 noundef 4, i32 noundef %23, ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull %16, ptr noundef nonnull %18, ptr noundef nonnull %20, i32 noundef %24, i32 noundef 4) #11
  %25 = load double, ptr %3, align 8, !tbaa !9
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %25)
  %27 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %28)
  %30 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %31)
  %33 = getelementptr inbounds nuw i8, ptr %3, i64 24
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %34)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %4, ptr noundef nonnull align 16 dereferenceable(16) @__const.main.rt, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #11
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %6, ptr noundef nonnull align 16 dereferenceable(16) @__const.main.drt0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %7, ptr noundef nonnull align 16 dereferenceable(16) @__const.main.drt1, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #11
  call void @llvm.lifetime.start.p0(ptr nonnull %9) #11
  %36 = load i32, ptr @enzyme_width, align 4, !tbaa !5
  %37 = load i32, ptr @enzyme_dupnoneed, align 4, !tbaa !5
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr noundef nonnull @polar, i32 noundef %36, i32 noundef 2, ptr noundef nonnull %4, ptr noundef nonnull %6, ptr noundef nonnull %7, i32 noundef %37, ptr noundef nonnull %5, ptr noundef nonnull %8, ptr noundef nonnull %9) #11
  %38 = load double, ptr %8, align 16, !tbaa !9
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %38)
  %40 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %41 = load double, ptr %40, align 8, !tbaa !9
  %42 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.8, double noundef %41)
  %43 = load double, ptr %9, align 16, !tbaa !9
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.9, double noundef %43)
  %45 = getelementptr inbounds nuw i8, ptr %9, i64 8
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.10, double noundef %46)
  %48 = load ptr, ptr @stdout, align 8, !tbaa !14
  %49 = call i32 @fflush(ptr noundef %48)
  call void @llvm.lifetime.end.p0(ptr nonnull %9) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #11
  ret i32 0
}

declare { double, double } @__enzyme_fwddiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #10

declare void @__enzyme_fwddiff4(ptr dead_on_unwind writable sret(%struct.Tangents4) align 8, ptr noundef, ...) local_unnamed_addr #7

declare void @__enzyme_fwddiff_void(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #8

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { nounwind }

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
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
