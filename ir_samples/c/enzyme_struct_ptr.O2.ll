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

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @total_energy(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %11

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = zext nneg i32 %1 to i64
  br label %13

7:                                                ; preds = %34, %13
  %8 = phi double [ %27, %13 ], [ %51, %34 ]
  %9 = add nuw nsw i64 %15, 1
  %10 = icmp eq i64 %28, %6
  br i1 %10, label %11, label %13, !llvm.loop !9

11:                                               ; preds = %7, %2
  %12 = phi double [ 0.000000e+00, %2 ], [ %8, %7 ]
  ret double %12

13:                                               ; preds = %4, %7
  %14 = phi i64 [ 0, %4 ], [ %28, %7 ]
  %15 = phi i64 [ 1, %4 ], [ %9, %7 ]
  %16 = phi double [ 0.000000e+00, %4 ], [ %8, %7 ]
  %17 = getelementptr inbounds nuw %struct.Body, ptr %0, i64 %14
  %18 = getelementptr inbounds nuw i8, ptr %17, i64 40
  %19 = load double, ptr %18, align 8, !tbaa !12
  %20 = fmul double %19, 5.000000e-01
  %21 = getelementptr inbounds nuw i8, ptr %17, i64 16
  %22 = load double, ptr %21, align 8, !tbaa !15
  %23 = getelementptr inbounds nuw i8, ptr %17, i64 24
  %24 = load double, ptr %23, align 8, !tbaa !16
  %25 = fmul double %24, %24
  %26 = tail call double @llvm.fmuladd.f64(double %22, double %22, double %25)
  %27 = tail call double @llvm.fmuladd.f64(double %20, double %26, double %16)
  %28 = add nuw nsw i64 %14, 1
  %29 = icmp samesign ult i64 %28, %5
  br i1 %29, label %30, label %7

30:                                               ; preds = %13
  %31 = load double, ptr %17, align 8, !tbaa !17
  %32 = getelementptr inbounds nuw i8, ptr %17, i64 8
  %33 = load double, ptr %32, align 8, !tbaa !18
  br label %34

34:                                               ; preds = %30, %34
  %35 = phi i64 [ %15, %30 ], [ %52, %34 ]
  %36 = phi double [ %27, %30 ], [ %51, %34 ]
  %37 = getelementptr inbounds nuw %struct.Body, ptr %0, i64 %35
  %38 = load double, ptr %37, align 8, !tbaa !17
  %39 = fsub double %31, %38
  %40 = getelementptr inbounds nuw i8, ptr %37, i64 8
  %41 = load double, ptr %40, align 8, !tbaa !18
  %42 = fsub double %33, %41
  %43 = getelementptr inbounds nuw i8, ptr %37, i64 40
  %44 = load double, ptr %43, align 8, !tbaa !12
  %45 = fmul double %19, %44
  %46 = fmul double %42, %42
  %47 = tail call double @llvm.fmuladd.f64(double %39, double %39, double %46)
  %48 = fadd double %47, 1.000000e-02
  %49 = tail call double @llvm.sqrt.f64(double %48)
  %50 = fdiv double %45, %49
  %51 = fsub double %36, %50
  %52 = add nuw nsw i64 %35, 1
  %53 = icmp eq i64 %52, %6
  br i1 %53, label %7, label %34, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
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
  %9 = phi i64 [ 0, %0 ], [ %23, %8 ]
  %10 = getelementptr inbounds nuw %struct.Body, ptr %2, i64 %9
  %11 = load double, ptr %10, align 16, !tbaa !17
  %12 = trunc nuw nsw i64 %9 to i32
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %12, double noundef %11)
  %14 = getelementptr inbounds nuw i8, ptr %10, i64 8
  %15 = load double, ptr %14, align 8, !tbaa !18
  %16 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %12, double noundef %15)
  %17 = getelementptr inbounds nuw i8, ptr %10, i64 16
  %18 = load double, ptr %17, align 16, !tbaa !15
  %19 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %12, double noundef %18)
  %20 = getelementptr inbounds nuw i8, ptr %10, i64 40
  %21 = load double, ptr %20, align 8, !tbaa !12
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %12, double noundef %21)
  %23 = add nuw nsw i64 %9, 1
  %24 = icmp eq i64 %23, 3
  br i1 %24, label %5, label %8, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

declare void @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
