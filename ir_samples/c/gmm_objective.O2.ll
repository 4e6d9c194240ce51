; ModuleID = 'gmm_objective.c'
source_filename = "gmm_objective.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.alphas = private unnamed_addr constant [3 x double] [double 1.000000e-01, double -4.000000e-01, double 3.000000e-01], align 16
@__const.main.x = private unnamed_addr constant [8 x double] [double 2.000000e-01, double 4.000000e-01, double -8.000000e-01, double 1.100000e+00, double 1.900000e+00, double -3.000000e-01, double 5.000000e-01, double 5.000000e-01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"gmm_objective\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @gmm_objective(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4, ptr noundef readonly captures(none) %5, ptr noundef readonly captures(none) %6) local_unnamed_addr #0 {
  %8 = alloca [16 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #7
  %9 = icmp sgt i32 %2, 0
  br i1 %9, label %10, label %27

10:                                               ; preds = %7
  %11 = icmp sgt i32 %1, 0
  %12 = icmp sgt i32 %0, 0
  %13 = icmp sgt i32 %1, 1
  %14 = icmp eq i32 %1, 1
  %15 = zext i32 %1 to i64
  %16 = zext i32 %0 to i64
  %17 = zext nneg i32 %2 to i64
  br label %18

18:                                               ; preds = %10, %97
  %19 = phi double [ undef, %10 ], [ %98, %97 ]
  %20 = phi i64 [ 0, %10 ], [ %104, %97 ]
  %21 = phi double [ 0.000000e+00, %10 ], [ %103, %97 ]
  br i1 %11, label %22, label %97

22:                                               ; preds = %18
  %23 = trunc i64 %20 to i32
  %24 = mul i32 %0, %23
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds nuw double, ptr %6, i64 %25
  br label %69

27:                                               ; preds = %97, %7
  %28 = phi double [ 0.000000e+00, %7 ], [ %103, %97 ]
  %29 = load double, ptr %3, align 8, !tbaa !9
  %30 = icmp sgt i32 %1, 1
  br i1 %30, label %31, label %33

31:                                               ; preds = %27
  %32 = zext nneg i32 %1 to i64
  br label %38

33:                                               ; preds = %27
  %34 = icmp eq i32 %1, 1
  br i1 %34, label %35, label %57

35:                                               ; preds = %38, %33
  %36 = phi i64 [ 1, %33 ], [ %32, %38 ]
  %37 = phi double [ %29, %33 ], [ %44, %38 ]
  br label %47

38:                                               ; preds = %38, %31
  %39 = phi i64 [ 1, %31 ], [ %45, %38 ]
  %40 = phi double [ %29, %31 ], [ %44, %38 ]
  %41 = getelementptr inbounds nuw double, ptr %3, i64 %39
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = fcmp ogt double %42, %40
  %44 = select i1 %43, double %42, double %40
  %45 = add nuw nsw i64 %39, 1
  %46 = icmp eq i64 %45, %32
  br i1 %46, label %35, label %38, !llvm.loop !11

47:                                               ; preds = %47, %35
  %48 = phi i64 [ 0, %35 ], [ %55, %47 ]
  %49 = phi double [ 0.000000e+00, %35 ], [ %54, %47 ]
  %50 = getelementptr inbounds nuw double, ptr %3, i64 %48
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fsub double %51, %37
  %53 = tail call double @exp(double noundef %52) #7, !tbaa !5
  %54 = fadd double %49, %53
  %55 = add nuw nsw i64 %48, 1
  %56 = icmp eq i64 %55, %36
  br i1 %56, label %57, label %47, !llvm.loop !14

57:                                               ; preds = %47, %33
  %58 = phi double [ %29, %33 ], [ %37, %47 ]
  %59 = phi double [ 0.000000e+00, %33 ], [ %54, %47 ]
  %60 = sitofp i32 %0 to double
  %61 = fmul double %60, -5.000000e-01
  %62 = fmul double %61, 0x3FFD67F1C864BEB4
  %63 = sitofp i32 %2 to double
  %64 = tail call double @llvm.fmuladd.f64(double %62, double %63, double %28)
  %65 = tail call double @log(double noundef %59) #7, !tbaa !5
  %66 = fadd double %58, %65
  %67 = fneg double %63
  %68 = tail call double @llvm.fmuladd.f64(double %67, double %66, double %64)
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #7
  ret double %68

69:                                               ; preds = %22, %106
  %70 = phi i64 [ 0, %22 ], [ %114, %106 ]
  br i1 %12, label %71, label %106

71:                                               ; preds = %69
  %72 = mul nuw nsw i64 %70, %16
  br label %116

73:                                               ; preds = %106
  %74 = load double, ptr %8, align 16, !tbaa !9
  br i1 %13, label %78, label %75

75:                                               ; preds = %73
  br i1 %14, label %76, label %97

76:                                               ; preds = %78, %75
  %77 = phi double [ %74, %75 ], [ %84, %78 ]
  br label %87

78:                                               ; preds = %73, %78
  %79 = phi i64 [ %85, %78 ], [ 1, %73 ]
  %80 = phi double [ %84, %78 ], [ %74, %73 ]
  %81 = getelementptr inbounds nuw double, ptr %8, i64 %79
  %82 = load double, ptr %81, align 8, !tbaa !9
  %83 = fcmp ogt double %82, %80
  %84 = select i1 %83, double %82, double %80
  %85 = add nuw nsw i64 %79, 1
  %86 = icmp eq i64 %85, %15
  br i1 %86, label %76, label %78, !llvm.loop !11

87:                                               ; preds = %87, %76
  %88 = phi i64 [ 0, %76 ], [ %95, %87 ]
  %89 = phi double [ 0.000000e+00, %76 ], [ %94, %87 ]
  %90 = getelementptr inbounds nuw double, ptr %8, i64 %88
  %91 = load double, ptr %90, align 8, !tbaa !9
  %92 = fsub double %91, %77
  %93 = tail call double @exp(double noundef %92) #7, !tbaa !5
  %94 = fadd double %89, %93
  %95 = add nuw nsw i64 %88, 1
  %96 = icmp eq i64 %95, %15
  br i1 %96, label %97, label %87, !llvm.loop !14

97:                                               ; preds = %87, %18, %75
  %98 = phi double [ %74, %75 ], [ %19, %18 ], [ %74, %87 ]
  %99 = phi double [ %74, %75 ], [ %19, %18 ], [ %77, %87 ]
  %100 = phi double [ 0.000000e+00, %75 ], [ 0.000000e+00, %18 ], [ %94, %87 ]
  %101 = tail call double @log(double noundef %100) #7, !tbaa !5
  %102 = fadd double %99, %101
  %103 = fadd double %21, %102
  %104 = add nuw nsw i64 %20, 1
  %105 = icmp eq i64 %104, %17
  br i1 %105, label %27, label %18, !llvm.loop !15

106:                                              ; preds = %116, %69
  %107 = phi double [ 0.000000e+00, %69 ], [ %130, %116 ]
  %108 = phi double [ 0.000000e+00, %69 ], [ %131, %116 ]
  %109 = getelementptr inbounds nuw double, ptr %3, i64 %70
  %110 = load double, ptr %109, align 8, !tbaa !9
  %111 = fadd double %107, %110
  %112 = tail call double @llvm.fmuladd.f64(double %108, double -5.000000e-01, double %111)
  %113 = getelementptr inbounds nuw double, ptr %8, i64 %70
  store double %112, ptr %113, align 8, !tbaa !9
  %114 = add nuw nsw i64 %70, 1
  %115 = icmp eq i64 %114, %15
  br i1 %115, label %73, label %69, !llvm.loop !16

116:                                              ; preds = %71, %116
  %117 = phi i64 [ 0, %71 ], [ %132, %116 ]
  %118 = phi double [ 0.000000e+00, %71 ], [ %131, %116 ]
  %119 = phi double [ 0.000000e+00, %71 ], [ %130, %116 ]
  %120 = add nuw nsw i64 %117, %72
  %121 = getelementptr inbounds nuw double, ptr %5, i64 %120
  %122 = load double, ptr %121, align 8, !tbaa !9
  %123 = tail call double @exp(double noundef %122) #7, !tbaa !5
  %124 = getelementptr inbounds nuw double, ptr %26, i64 %117
  %125 = load double, ptr %124, align 8, !tbaa !9
  %126 = getelementptr inbounds nuw double, ptr %4, i64 %120
  %127 = load double, ptr %126, align 8, !tbaa !9
  %128 = fsub double %125, %127
  %129 = fmul double %123, %128
  %130 = fadd double %119, %122
  %131 = tail call double @llvm.fmuladd.f64(double %129, double %129, double %118)
  %132 = add nuw nsw i64 %117, 1
  %133 = icmp eq i64 %132, %16
  br i1 %133, label %106, label %116, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [6 x double], align 16
  %2 = alloca [6 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %1, i8 0, i64 16, i1 false)
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store double 5.000000e-01, ptr %3, align 8
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store double -1.000000e+00, ptr %4, align 16
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 24
  store double 1.500000e+00, ptr %5, align 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store double 2.000000e+00, ptr %6, align 16
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 40
  store double -5.000000e-01, ptr %7, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #7
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %8, i8 0, i64 16, i1 false)
  store double 1.000000e-01, ptr %2, align 16
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 8
  store double -2.000000e-01, ptr %9, align 8
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store double 5.000000e-02, ptr %10, align 16
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 24
  store double 3.000000e-01, ptr %11, align 8
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store double -1.000000e-01, ptr %12, align 16
  %13 = call double @gmm_objective(i32 noundef 2, i32 noundef 3, i32 noundef 4, ptr noundef nonnull @__const.main.alphas, ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull @__const.main.x)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %13)
  %15 = load ptr, ptr @stdout, align 8, !tbaa !18
  %16 = tail call i32 @fflush(ptr noundef %15)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

attributes #0 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 _ZTS8_IO_FILE", !20, i64 0}
!20 = !{!"any pointer", !7, i64 0}
