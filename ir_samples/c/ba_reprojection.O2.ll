; ModuleID = 'ba_reprojection.c'
source_filename = "ba_reprojection.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.cam = private unnamed_addr constant [11 x double] [double 1.000000e-01, double -2.000000e-01, double 5.000000e-02, double 3.000000e-01, double 1.000000e-01, double -4.000000e+00, double 8.000000e+02, double 3.200000e+02, double 2.400000e+02, double 1.000000e-03, double -2.000000e-05], align 16
@__const.main.X = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -4.000000e-01, double 2.000000e+00], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"proj[0]\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"proj[1]\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"reprojection_error\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define dso_local void @project(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  %6 = alloca [3 x double], align 16
  %7 = alloca [3 x double], align 16
  %8 = alloca [3 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #7
  %9 = load double, ptr %1, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %11 = load double, ptr %10, align 8, !tbaa !9
  %12 = fsub double %9, %11
  store double %12, ptr %7, align 16, !tbaa !9
  %13 = getelementptr inbounds nuw i8, ptr %7, i64 8
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fsub double %15, %17
  store double %18, ptr %13, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw i8, ptr %7, i64 16
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = fsub double %21, %23
  store double %24, ptr %19, align 16, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #7
  %25 = load double, ptr %0, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = fmul double %27, %27
  %29 = tail call double @llvm.fmuladd.f64(double %25, double %25, double %28)
  %30 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = tail call double @llvm.fmuladd.f64(double %31, double %31, double %29)
  %33 = fcmp ogt double %32, 0x3D719799812DEA11
  br i1 %33, label %34, label %74

34:                                               ; preds = %3
  %35 = tail call double @llvm.sqrt.f64(double %32)
  %36 = tail call double @cos(double noundef %35) #7, !tbaa !5
  %37 = tail call double @sin(double noundef %35) #7, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  %38 = fdiv double %25, %35
  store double %38, ptr %4, align 16, !tbaa !9
  %39 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %40 = fdiv double %27, %35
  store double %40, ptr %39, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %42 = fdiv double %31, %35
  store double %42, ptr %41, align 16, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #7
  %43 = fneg double %18
  %44 = fmul double %42, %43
  %45 = tail call double @llvm.fmuladd.f64(double %40, double %24, double %44)
  store double %45, ptr %5, align 16, !tbaa !9
  %46 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %47 = fneg double %24
  %48 = fmul double %38, %47
  %49 = tail call double @llvm.fmuladd.f64(double %42, double %12, double %48)
  store double %49, ptr %46, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw i8, ptr %5, i64 16
  %51 = fneg double %12
  %52 = fmul double %40, %51
  %53 = tail call double @llvm.fmuladd.f64(double %38, double %18, double %52)
  store double %53, ptr %50, align 16, !tbaa !9
  %54 = fmul double %18, %40
  %55 = tail call double @llvm.fmuladd.f64(double %38, double %12, double %54)
  %56 = tail call double @llvm.fmuladd.f64(double %42, double %24, double %55)
  %57 = fsub double 1.000000e+00, %36
  br label %59

58:                                               ; preds = %59
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  br label %97

59:                                               ; preds = %59, %34
  %60 = phi i64 [ 0, %34 ], [ %72, %59 ]
  %61 = getelementptr inbounds nuw double, ptr %7, i64 %60
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw double, ptr %5, i64 %60
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = fmul double %37, %64
  %66 = tail call double @llvm.fmuladd.f64(double %62, double %36, double %65)
  %67 = getelementptr inbounds nuw double, ptr %4, i64 %60
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = fmul double %56, %68
  %70 = tail call double @llvm.fmuladd.f64(double %69, double %57, double %66)
  %71 = getelementptr inbounds nuw double, ptr %8, i64 %60
  store double %70, ptr %71, align 8, !tbaa !9
  %72 = add nuw nsw i64 %60, 1
  %73 = icmp eq i64 %72, 3
  br i1 %73, label %58, label %59, !llvm.loop !11

74:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #7
  %75 = fneg double %18
  %76 = fmul double %31, %75
  %77 = tail call double @llvm.fmuladd.f64(double %27, double %24, double %76)
  store double %77, ptr %6, align 16, !tbaa !9
  %78 = getelementptr inbounds nuw i8, ptr %6, i64 8
  %79 = fneg double %24
  %80 = fmul double %25, %79
  %81 = tail call double @llvm.fmuladd.f64(double %31, double %12, double %80)
  store double %81, ptr %78, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw i8, ptr %6, i64 16
  %83 = fneg double %12
  %84 = fmul double %27, %83
  %85 = tail call double @llvm.fmuladd.f64(double %25, double %18, double %84)
  store double %85, ptr %82, align 16, !tbaa !9
  br label %87

86:                                               ; preds = %87
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #7
  br label %97

87:                                               ; preds = %87, %74
  %88 = phi i64 [ 0, %74 ], [ %95, %87 ]
  %89 = getelementptr inbounds nuw double, ptr %7, i64 %88
  %90 = load double, ptr %89, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw double, ptr %6, i64 %88
  %92 = load double, ptr %91, align 8, !tbaa !9
  %93 = fadd double %90, %92
  %94 = getelementptr inbounds nuw double, ptr %8, i64 %88
  store double %93, ptr %94, align 8, !tbaa !9
  %95 = add nuw nsw i64 %88, 1
  %96 = icmp eq i64 %95, 3
  br i1 %96, label %86, label %87, !llvm.loop !14

97:                                               ; preds = %58, %86
  %98 = load double, ptr %8, align 16, !tbaa !9
  %99 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %100 = load double, ptr %99, align 16, !tbaa !9
  %101 = fdiv double %98, %100
  %102 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %103 = load double, ptr %102, align 8, !tbaa !9
  %104 = fdiv double %103, %100
  %105 = fmul double %104, %104
  %106 = tail call double @llvm.fmuladd.f64(double %101, double %101, double %105)
  %107 = getelementptr inbounds nuw i8, ptr %0, i64 72
  %108 = load double, ptr %107, align 8, !tbaa !9
  %109 = tail call double @llvm.fmuladd.f64(double %108, double %106, double 1.000000e+00)
  %110 = getelementptr inbounds nuw i8, ptr %0, i64 80
  %111 = load double, ptr %110, align 8, !tbaa !9
  %112 = fmul double %111, %106
  %113 = tail call double @llvm.fmuladd.f64(double %112, double %106, double %109)
  %114 = fmul double %101, %113
  %115 = getelementptr inbounds nuw i8, ptr %0, i64 48
  %116 = load double, ptr %115, align 8, !tbaa !9
  %117 = getelementptr inbounds nuw i8, ptr %0, i64 56
  %118 = load double, ptr %117, align 8, !tbaa !9
  %119 = tail call double @llvm.fmuladd.f64(double %114, double %116, double %118)
  store double %119, ptr %2, align 8, !tbaa !9
  %120 = fmul double %104, %113
  %121 = load double, ptr %115, align 8, !tbaa !9
  %122 = getelementptr inbounds nuw i8, ptr %0, i64 64
  %123 = load double, ptr %122, align 8, !tbaa !9
  %124 = tail call double @llvm.fmuladd.f64(double %120, double %121, double %123)
  %125 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double %124, ptr %125, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #7
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define dso_local double @reprojection_error(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, double noundef %3) local_unnamed_addr #0 {
  %5 = alloca [2 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #7
  call void @project(ptr noundef %0, ptr noundef %1, ptr noundef nonnull %5)
  %6 = load double, ptr %5, align 16, !tbaa !9
  %7 = load double, ptr %2, align 8, !tbaa !9
  %8 = fsub double %6, %7
  %9 = fmul double %3, %8
  %10 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %11 = load double, ptr %10, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = fsub double %11, %13
  %15 = fmul double %3, %14
  %16 = fmul double %15, %15
  %17 = tail call double @llvm.fmuladd.f64(double %9, double %9, double %16)
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #7
  ret double %17
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca [2 x double], align 16
  %2 = alloca [2 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  call void @project(ptr noundef nonnull @__const.main.cam, ptr noundef nonnull @__const.main.X, ptr noundef nonnull %2)
  %3 = load double, ptr %2, align 16, !tbaa !9
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %3)
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %6 = load double, ptr %5, align 8, !tbaa !9
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %6)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @project(ptr noundef nonnull readonly @__const.main.cam, ptr noundef nonnull readonly @__const.main.X, ptr noundef nonnull %1)
  %8 = load double, ptr %1, align 16, !tbaa !9
  %9 = fadd double %8, -4.000000e+02
  %10 = fmul double %9, 8.000000e-01
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = fadd double %12, -1.800000e+02
  %14 = fmul double %13, 8.000000e-01
  %15 = fmul double %14, %14
  %16 = tail call double @llvm.fmuladd.f64(double %10, double %10, double %15)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %16)
  %18 = load ptr, ptr @stdout, align 8, !tbaa !15
  %19 = tail call i32 @fflush(ptr noundef %18)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #6

attributes #0 = { nofree norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
