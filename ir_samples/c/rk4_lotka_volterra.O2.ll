; ModuleID = 'rk4_lotka_volterra.c'
source_filename = "rk4_lotka_volterra.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.LVParams = type { double, double, double, double }

@__const.main.p = private unnamed_addr constant %struct.LVParams { double 1.100000e+00, double 4.000000e-01, double 1.000000e-01, double 4.000000e-01 }, align 8
@__const.main.u = private unnamed_addr constant [2 x double] [double 1.000000e+01, double 1.000000e+01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"prey(10)\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"predator(10)\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"lv_final_prey\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @rk4_lotka_volterra(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1, double noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %3, 0
  br i1 %5, label %6, label %16

6:                                                ; preds = %4
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %11 = fmul double %2, 5.000000e-01
  %12 = fdiv double %2, 6.000000e+00
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 8
  br label %17

16:                                               ; preds = %65, %4
  ret void

17:                                               ; preds = %6, %65
  %18 = phi i32 [ 0, %6 ], [ %66, %65 ]
  %19 = load double, ptr %0, align 8, !tbaa !9
  %20 = load double, ptr %1, align 8, !tbaa !12
  %21 = load double, ptr %7, align 8, !tbaa !13
  %22 = fmul double %20, %21
  %23 = load double, ptr %8, align 8, !tbaa !12
  %24 = fneg double %23
  %25 = fmul double %22, %24
  %26 = tail call double @llvm.fmuladd.f64(double %19, double %20, double %25)
  %27 = load double, ptr %9, align 8, !tbaa !14
  %28 = fmul double %20, %27
  %29 = load double, ptr %10, align 8, !tbaa !15
  %30 = fmul double %29, %24
  %31 = tail call double @llvm.fmuladd.f64(double %28, double %23, double %30)
  %32 = load double, ptr %1, align 8, !tbaa !12
  %33 = tail call double @llvm.fmuladd.f64(double %11, double %26, double %32)
  %34 = load double, ptr %13, align 8, !tbaa !12
  %35 = tail call double @llvm.fmuladd.f64(double %11, double %31, double %34)
  %36 = fmul double %21, %33
  %37 = fneg double %35
  %38 = fmul double %36, %37
  %39 = tail call double @llvm.fmuladd.f64(double %19, double %33, double %38)
  %40 = fmul double %27, %33
  %41 = fmul double %29, %37
  %42 = tail call double @llvm.fmuladd.f64(double %40, double %35, double %41)
  %43 = load double, ptr %1, align 8, !tbaa !12
  %44 = tail call double @llvm.fmuladd.f64(double %11, double %39, double %43)
  %45 = load double, ptr %14, align 8, !tbaa !12
  %46 = tail call double @llvm.fmuladd.f64(double %11, double %42, double %45)
  %47 = fmul double %21, %44
  %48 = fneg double %46
  %49 = fmul double %47, %48
  %50 = tail call double @llvm.fmuladd.f64(double %19, double %44, double %49)
  %51 = fmul double %27, %44
  %52 = fmul double %29, %48
  %53 = tail call double @llvm.fmuladd.f64(double %51, double %46, double %52)
  %54 = load double, ptr %1, align 8, !tbaa !12
  %55 = tail call double @llvm.fmuladd.f64(double %2, double %50, double %54)
  %56 = load double, ptr %15, align 8, !tbaa !12
  %57 = tail call double @llvm.fmuladd.f64(double %2, double %53, double %56)
  %58 = fmul double %21, %55
  %59 = fneg double %57
  %60 = fmul double %58, %59
  %61 = tail call double @llvm.fmuladd.f64(double %19, double %55, double %60)
  %62 = fmul double %27, %55
  %63 = fmul double %29, %59
  %64 = tail call double @llvm.fmuladd.f64(double %62, double %57, double %63)
  br label %68

65:                                               ; preds = %68
  %66 = add nuw nsw i32 %18, 1
  %67 = icmp eq i32 %66, %3
  br i1 %67, label %16, label %17, !llvm.loop !16

68:                                               ; preds = %17, %68
  %69 = phi i1 [ true, %17 ], [ false, %68 ]
  %70 = phi double [ %61, %17 ], [ %64, %68 ]
  %71 = phi double [ %50, %17 ], [ %53, %68 ]
  %72 = phi double [ %39, %17 ], [ %42, %68 ]
  %73 = phi double [ %26, %17 ], [ %31, %68 ]
  %74 = phi i64 [ 0, %17 ], [ 1, %68 ]
  %75 = tail call double @llvm.fmuladd.f64(double %72, double 2.000000e+00, double %73)
  %76 = tail call double @llvm.fmuladd.f64(double %71, double 2.000000e+00, double %75)
  %77 = fadd double %76, %70
  %78 = getelementptr inbounds nuw double, ptr %1, i64 %74
  %79 = load double, ptr %78, align 8, !tbaa !12
  %80 = tail call double @llvm.fmuladd.f64(double %12, double %77, double %79)
  store double %80, ptr %78, align 8, !tbaa !12
  br i1 %69, label %68, label %65, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local double @lv_final_prey(double noundef %0, double noundef %1, double noundef %2, double noundef %3) local_unnamed_addr #3 {
  %5 = alloca %struct.LVParams, align 8
  %6 = alloca [2 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #7
  store double %0, ptr %5, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store double %1, ptr %7, align 8, !tbaa !13
  %8 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store double 0x3FB3333333333333, ptr %8, align 8, !tbaa !14
  %9 = getelementptr inbounds nuw i8, ptr %5, i64 24
  store double 1.500000e+00, ptr %9, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #7
  store double %2, ptr %6, align 16, !tbaa !12
  %10 = getelementptr inbounds nuw i8, ptr %6, i64 8
  store double %3, ptr %10, align 8, !tbaa !12
  call void @rk4_lotka_volterra(ptr noundef nonnull %5, ptr noundef nonnull %6, double noundef 1.000000e-02, i32 noundef 500)
  %11 = load double, ptr %6, align 16, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #7
  ret double %11
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca %struct.LVParams, align 8
  %2 = alloca [2 x double], align 16
  %3 = alloca [2 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #7
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %3, ptr noundef nonnull align 16 dereferenceable(16) @__const.main.u, i64 16, i1 false)
  call void @rk4_lotka_volterra(ptr noundef nonnull @__const.main.p, ptr noundef nonnull %3, double noundef 1.000000e-02, i32 noundef 1000)
  %4 = load double, ptr %3, align 16, !tbaa !12
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %4)
  %6 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %7 = load double, ptr %6, align 8, !tbaa !12
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %7)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  store double 1.500000e+00, ptr %1, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 1.000000e+00, ptr %9, align 8, !tbaa !13
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double 0x3FB3333333333333, ptr %10, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 1.500000e+00, ptr %11, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  store double 1.000000e+01, ptr %2, align 16, !tbaa !12
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double 5.000000e+00, ptr %12, align 8, !tbaa !12
  call void @rk4_lotka_volterra(ptr noundef nonnull %1, ptr noundef nonnull %2, double noundef 1.000000e-02, i32 noundef 500)
  %13 = load double, ptr %2, align 16, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %13)
  %15 = load ptr, ptr @stdout, align 8, !tbaa !20
  %16 = tail call i32 @fflush(ptr noundef %15)
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #7
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!12 = !{!11, !11, i64 0}
!13 = !{!10, !11, i64 8}
!14 = !{!10, !11, i64 16}
!15 = !{!10, !11, i64 24}
!16 = distinct !{!16, !17, !18}
!17 = !{!"llvm.loop.mustprogress"}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = distinct !{!19, !17, !18}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 _ZTS8_IO_FILE", !22, i64 0}
!22 = !{!"any pointer", !7, i64 0}
