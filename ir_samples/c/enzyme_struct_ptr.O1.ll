; ModuleID = 'enzyme_struct_ptr.c'
source_filename = "enzyme_struct_ptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Body = type { double, double, double, double, i32, double }

@__const.main.b = private unnamed_addr constant [3 x { double, double, double, double, i32, [4 x i8], double }] [{ double, double, double, double, i32, [4 x i8], double } { double 0.000000e+00, double 0.000000e+00, double 1.000000e-01, double -2.000000e-01, i32 1, [4 x i8] zeroinitializer, double 2.000000e+00 }, { double, double, double, double, i32, [4 x i8], double } { double 1.000000e+00, double 5.000000e-01, double -3.000000e-01, double 0.000000e+00, i32 2, [4 x i8] zeroinitializer, double 1.000000e+00 }, { double, double, double, double, i32, [4 x i8], double } { double -5.000000e-01, double 1.500000e+00, double 0.000000e+00, double 4.000000e-01, i32 3, [4 x i8] zeroinitializer, double 5.000000e-01 }], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [18 x i8] c"db[%d].x = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"db[%d].y = %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"db[%d].vx = %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"db[%d].m = %.17g\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @total_energy(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %12

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = zext nneg i32 %1 to i64
  %7 = zext nneg i32 %1 to i64
  br label %14

8:                                                ; preds = %35, %14
  %9 = phi double [ %28, %14 ], [ %52, %35 ]
  %10 = add nuw nsw i64 %16, 1
  %11 = icmp eq i64 %29, %6
  br i1 %11, label %12, label %14, !llvm.loop !9

12:                                               ; preds = %8, %2
  %13 = phi double [ 0.000000e+00, %2 ], [ %9, %8 ]
  ret double %13

14:                                               ; preds = %4, %8
  %15 = phi i64 [ 0, %4 ], [ %29, %8 ]
  %16 = phi i64 [ 1, %4 ], [ %10, %8 ]
  %17 = phi double [ 0.000000e+00, %4 ], [ %9, %8 ]
  %18 = getelementptr inbounds nuw %struct.Body, ptr %0, i64 %15
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 40
  %20 = load double, ptr %19, align 8, !tbaa !12
  %21 = fmul double %20, 5.000000e-01
  %22 = getelementptr inbounds nuw i8, ptr %18, i64 16
  %23 = load double, ptr %22, align 8, !tbaa !15
  %24 = getelementptr inbounds nuw i8, ptr %18, i64 24
  %25 = load double, ptr %24, align 8, !tbaa !16
  %26 = fmul double %25, %25
  %27 = tail call double @llvm.fmuladd.f64(double %23, double %23, double %26)
  %28 = tail call double @llvm.fmuladd.f64(double %21, double %27, double %17)
  %29 = add nuw nsw i64 %15, 1
  %30 = icmp samesign ult i64 %29, %5
  br i1 %30, label %31, label %8

31:                                               ; preds = %14
  %32 = load double, ptr %18, align 8, !tbaa !17
  %33 = getelementptr inbounds nuw i8, ptr %18, i64 8
  %34 = load double, ptr %33, align 8, !tbaa !18
  br label %35

35:                                               ; preds = %31, %35
  %36 = phi i64 [ %16, %31 ], [ %53, %35 ]
  %37 = phi double [ %28, %31 ], [ %52, %35 ]
  %38 = getelementptr inbounds nuw %struct.Body, ptr %0, i64 %36
  %39 = load double, ptr %38, align 8, !tbaa !17
  %40 = fsub double %32, %39
  %41 = getelementptr inbounds nuw i8, ptr %38, i64 8
  %42 = load double, ptr %41, align 8, !tbaa !18
  %43 = fsub double %34, %42
  %44 = getelementptr inbounds nuw i8, ptr %38, i64 40
  %45 = load double, ptr %44, align 8, !tbaa !12
  %46 = fmul double %20, %45
  %47 = fmul double %43, %43
  %48 = tail call double @llvm.fmuladd.f64(double %40, double %40, double %47)
  %49 = fadd double %48, 1.000000e-02
  %50 = tail call double @sqrt(double noundef %49) #9, !tbaa !5
  %51 = fdiv double %46, %50
  %52 = fsub double %37, %51
  %53 = add nuw nsw i64 %36, 1
  %54 = icmp eq i64 %53, %7
  br i1 %54, label %8, label %35, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [3 x %struct.Body], align 16
  %2 = alloca [3 x %struct.Body], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(144) %1, ptr noundef nonnull align 16 dereferenceable(144) @__const.main.b, i64 144, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(144) %2, i8 0, i64 144, i1 false)
  %3 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %4 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @total_energy, i32 noundef %3, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %4, i32 noundef 3) #9
  br label %8

5:                                                ; preds = %8
  %6 = load ptr, ptr @stdout, align 8, !tbaa !20
  %7 = call i32 @fflush(ptr noundef %6)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 0

8:                                                ; preds = %0, %8
  %9 = phi i64 [ 0, %0 ], [ %26, %8 ]
  %10 = getelementptr inbounds nuw %struct.Body, ptr %2, i64 %9
  %11 = load double, ptr %10, align 16, !tbaa !17
  %12 = trunc nuw nsw i64 %9 to i32
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %12, double noundef %11)
  %14 = getelementptr inbounds nuw i8, ptr %10, i64 8
  %15 = load double, ptr %14, align 8, !tbaa !18
  %16 = trunc nuw nsw i64 %9 to i32
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %16, double noundef %15)
  %18 = getelementptr inbounds nuw i8, ptr %10, i64 16
  %19 = load double, ptr %18, align 16, !tbaa !15
  %20 = trunc nuw nsw i64 %9 to i32
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %20, double noundef %19)
  %22 = getelementptr inbounds nuw i8, ptr %10, i64 40
  %23 = load double, ptr %22, align 8, !tbaa !12
  %24 = trunc nuw nsw i64 %9 to i32
  %25 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %24, double noundef %23)
  %26 = add nuw nsw i64 %9, 1
  %27 = icmp eq i64 %26, 3
  br i1 %27, label %5, label %8, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

declare void @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #8

attributes #0 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !14, i64 40}
!13 = !{!"", !14, i64 0, !14, i64 8, !14, i64 16, !14, i64 24, !6, i64 32, !14, i64 40}
!14 = !{!"double", !7, i64 0}
!15 = !{!13, !14, i64 16}
!16 = !{!13, !14, i64 24}
!17 = !{!13, !14, i64 0}
!18 = !{!13, !14, i64 8}
!19 = distinct !{!19, !10, !11}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 _ZTS8_IO_FILE", !22, i64 0}
!22 = !{!"any pointer", !7, i64 0}
!23 = distinct !{!23, !10, !11}
