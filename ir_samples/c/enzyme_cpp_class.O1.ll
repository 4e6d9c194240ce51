; ModuleID = 'enzyme_cpp_class.cpp'
source_filename = "enzyme_cpp_class.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Square = type { %struct.Shape }
%struct.Shape = type { ptr }
%struct.Circle = type { %struct.Shape }

$_ZNK6Square4areaEd = comdat any

$_ZN5ShapeD2Ev = comdat any

$_ZN6SquareD0Ev = comdat any

$_ZNK6Circle4areaEd = comdat any

$_ZN6CircleD0Ev = comdat any

$_ZTV6Square = comdat any

$_ZTI6Square = comdat any

$_ZTS6Square = comdat any

$_ZTI5Shape = comdat any

$_ZTS5Shape = comdat any

$_ZTV6Circle = comdat any

$_ZTI6Circle = comdat any

$_ZTS6Circle = comdat any

@__const._Z7poly_atd.c = private unnamed_addr constant [4 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01, double 2.500000e-01], align 16
@__const.main.pos = private unnamed_addr constant [4 x double] [double 0.000000e+00, double 1.500000e+00, double 2.000000e+00, double 3.750000e+00], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"dpos[0]\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"dpos[2]\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"dpoly\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"dscale\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"dvirtual\00", align 1
@enzyme_out = external local_unnamed_addr global i32, align 4
@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01], align 16
@.str.6 = private unnamed_addr constant [10 x i8] c"dstack[0]\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"dstack[2]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@_ZTV6Square = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI6Square, ptr @_ZNK6Square4areaEd, ptr @_ZN5ShapeD2Ev, ptr @_ZN6SquareD0Ev] }, comdat, align 8
@_ZTI6Square = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Square, ptr @_ZTI5Shape }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS6Square = linkonce_odr dso_local constant [8 x i8] c"6Square\00", comdat, align 1
@_ZTI5Shape = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Shape }, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS5Shape = linkonce_odr dso_local constant [7 x i8] c"5Shape\00", comdat, align 1
@_ZTV6Circle = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI6Circle, ptr @_ZNK6Circle4areaEd, ptr @_ZN5ShapeD2Ev, ptr @_ZN6CircleD0Ev] }, comdat, align 8
@_ZTI6Circle = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Circle, ptr @_ZTI5Shape }, comdat, align 8
@_ZTS6Circle = linkonce_odr dso_local constant [8 x i8] c"6Circle\00", comdat, align 1

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z12chain_energyPKdi(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = add i32 %1, -1
  %4 = sext i32 %3 to i64
  %5 = icmp slt i32 %1, 1
  %6 = shl nsw i64 %4, 3
  %7 = select i1 %5, i64 -1, i64 %6
  %8 = tail call noalias noundef nonnull ptr @_Znam(i64 noundef %7) #13
  %9 = icmp sgt i32 %1, 1
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = add nsw i32 %1, -1
  %12 = zext nneg i32 %11 to i64
  br label %17

13:                                               ; preds = %17, %2
  %14 = icmp sgt i32 %1, 1
  br i1 %14, label %15, label %29

15:                                               ; preds = %13
  %16 = zext i32 %3 to i64
  br label %31

17:                                               ; preds = %10, %17
  %18 = phi i64 [ 0, %10 ], [ %27, %17 ]
  %19 = phi i64 [ 1, %10 ], [ %26, %17 ]
  %20 = getelementptr inbounds nuw double, ptr %0, i64 %19
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw double, ptr %0, i64 %18
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = fsub double %21, %23
  %25 = getelementptr inbounds nuw double, ptr %8, i64 %18
  store double %24, ptr %25, align 8, !tbaa !9
  %26 = add nuw nsw i64 %19, 1
  %27 = add nuw nsw i64 %18, 1
  %28 = icmp eq i64 %27, %12
  br i1 %28, label %13, label %17, !llvm.loop !11

29:                                               ; preds = %31, %13
  %30 = phi double [ 0.000000e+00, %13 ], [ %38, %31 ]
  tail call void @_ZdaPv(ptr noundef %8) #14
  ret double %30

31:                                               ; preds = %15, %31
  %32 = phi i64 [ 0, %15 ], [ %39, %31 ]
  %33 = phi double [ 0.000000e+00, %15 ], [ %38, %31 ]
  %34 = getelementptr inbounds nuw double, ptr %8, i64 %32
  %35 = load double, ptr %34, align 8, !tbaa !9
  %36 = fadd double %35, -1.000000e+00
  %37 = fmul double %36, %36
  %38 = fadd double %33, %37
  %39 = add nuw nsw i64 %32, 1
  %40 = icmp eq i64 %39, %16
  br i1 %40, label %29, label %31, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @_Z7poly_atd(double noundef %0) #3 {
  br label %2

2:                                                ; preds = %1, %2
  %3 = phi i64 [ %8, %2 ], [ 3, %1 ]
  %4 = phi double [ %7, %2 ], [ 0.000000e+00, %1 ]
  %5 = getelementptr inbounds nuw double, ptr @__const._Z7poly_atd.c, i64 %3
  %6 = load double, ptr %5, align 8, !tbaa !9
  %7 = tail call double @llvm.fmuladd.f64(double %4, double %0, double %6)
  %8 = add nsw i64 %3, -1
  %9 = icmp eq i64 %3, 0
  br i1 %9, label %10, label %2, !llvm.loop !15

10:                                               ; preds = %2
  ret double %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @_Z5decayd(double noundef %0) #3 {
  %2 = fneg double %0
  br label %3

3:                                                ; preds = %3, %1
  %4 = phi i32 [ 0, %1 ], [ %8, %3 ]
  %5 = phi double [ 1.000000e+00, %1 ], [ %7, %3 ]
  %6 = fmul double %5, %2
  %7 = tail call double @llvm.fmuladd.f64(double %6, double 1.000000e-01, double %5)
  %8 = add nuw nsw i32 %4, 1
  %9 = icmp eq i32 %8, 5
  br i1 %9, label %10, label %3, !llvm.loop !16

10:                                               ; preds = %3
  ret double %7
}

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z10two_shapesdi(double noundef %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = alloca %struct.Square, align 8
  %4 = alloca %struct.Circle, align 8
  %5 = alloca [2 x ptr], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #15
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV6Square, i64 16), ptr %3, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #15
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV6Circle, i64 16), ptr %4, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #15
  store ptr %3, ptr %5, align 16, !tbaa !19
  %6 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store ptr %4, ptr %6, align 8, !tbaa !19
  %7 = sext i32 %1 to i64
  %8 = getelementptr inbounds ptr, ptr %5, i64 %7
  %9 = load ptr, ptr %8, align 8, !tbaa !19
  %10 = load ptr, ptr %9, align 8, !tbaa !17
  %11 = load ptr, ptr %10, align 8
  %12 = call noundef double %11(ptr noundef nonnull align 8 dereferenceable(8) %9, double noundef %0)
  %13 = fmul double %0, 2.000000e+00
  %14 = fmul double %13, %13
  %15 = fadd double %14, %12
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #15
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #15
  ret double %15
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6Square4areaEd(ptr noundef nonnull align 8 dereferenceable(8) %0, double noundef %1) unnamed_addr #4 comdat align 2 {
  %3 = fmul double %1, %1
  ret double %3
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #4 comdat align 2 {
  ret void
}

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z9stack_sumPKdi(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = tail call noalias noundef nonnull dereferenceable(8) ptr @_Znam(i64 noundef 8) #13
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  br label %10

7:                                                ; preds = %14, %2
  %8 = phi ptr [ null, %2 ], [ %13, %14 ]
  store double 0.000000e+00, ptr %3, align 8, !tbaa !9
  %9 = icmp eq ptr %8, null
  br i1 %9, label %31, label %23

10:                                               ; preds = %5, %14
  %11 = phi i64 [ 0, %5 ], [ %19, %14 ]
  %12 = phi ptr [ null, %5 ], [ %13, %14 ]
  %13 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #13
          to label %14 unwind label %21

14:                                               ; preds = %10
  %15 = getelementptr inbounds nuw double, ptr %0, i64 %11
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = fmul double %16, %16
  store double %17, ptr %13, align 16, !tbaa !22
  %18 = getelementptr inbounds nuw i8, ptr %13, i64 8
  store ptr %12, ptr %18, align 8, !tbaa !25
  %19 = add nuw nsw i64 %11, 1
  %20 = icmp eq i64 %19, %6
  br i1 %20, label %7, label %10, !llvm.loop !26

21:                                               ; preds = %10
  %22 = landingpad { ptr, i32 }
          cleanup
  tail call void @_ZdaPv(ptr noundef %3) #14
  resume { ptr, i32 } %22

23:                                               ; preds = %7, %23
  %24 = phi ptr [ %26, %23 ], [ %8, %7 ]
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 8
  %26 = load ptr, ptr %25, align 8, !tbaa !25
  %27 = load double, ptr %24, align 8, !tbaa !22
  %28 = load double, ptr %3, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %27, double 1.500000e+00, double %28)
  store double %29, ptr %3, align 8, !tbaa !9
  tail call void @_ZdlPvm(ptr noundef %24, i64 noundef 16) #14
  %30 = icmp eq ptr %26, null
  br i1 %30, label %31, label %23, !llvm.loop !27

31:                                               ; preds = %23, %7
  %32 = load double, ptr %3, align 8, !tbaa !9
  tail call void @_ZdaPv(ptr noundef %3) #14
  ret double %32
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #8 {
  %1 = alloca [4 x double], align 16
  %2 = alloca [4 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #15
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %1, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.pos, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %2, i8 0, i64 32, i1 false)
  %5 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %6 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef nonnull @_Z12chain_energyPKdi, i32 noundef %5, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %6, i32 noundef 4)
  %7 = load double, ptr %2, align 16, !tbaa !9
  %8 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %7)
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %10 = load double, ptr %9, align 16, !tbaa !9
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %10)
  %12 = call noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef nonnull @_Z7poly_atd, double noundef 1.500000e+00)
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %12)
  %14 = call noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef nonnull @_Z5decayd, double noundef 8.000000e-01)
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %14)
  %16 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %17 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %18 = call noundef double @_Z17__enzyme_autodiffIdJidiiEET_PvDpT0_(ptr noundef nonnull @_Z10two_shapesdi, i32 noundef %16, double noundef 1.500000e+00, i32 noundef %17, i32 noundef 1)
  %19 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %18)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #15
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %3, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.x, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %4, i8 0, i64 24, i1 false)
  %20 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %21 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef nonnull @_Z9stack_sumPKdi, i32 noundef %20, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %21, i32 noundef 3)
  %22 = load double, ptr %4, align 16, !tbaa !9
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %22)
  %24 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %25 = load double, ptr %24, align 16, !tbaa !9
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %25)
  %27 = load ptr, ptr @stdout, align 8, !tbaa !28
  %28 = call i32 @fflush(ptr noundef %27)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #15
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #15
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #15
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #9

declare void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef, i32 noundef, ptr noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #10

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #11

declare noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef, double noundef) local_unnamed_addr #10

declare noundef double @_Z17__enzyme_autodiffIdJidiiEET_PvDpT0_(ptr noundef, i32 noundef, double noundef, i32 noundef, i32 noundef) local_unnamed_addr #10

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #11

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znam(i64 noundef) local_unnamed_addr #5

; Function Attrs: nobuiltin nounwind
declare void @_ZdaPv(ptr noundef) local_unnamed_addr #7

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #12 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef %0, i64 noundef 8) #14
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6Circle4areaEd(ptr noundef nonnull align 8 dereferenceable(8) %0, double noundef %1) unnamed_addr #4 comdat align 2 {
  %3 = fmul double %1, 0x400921FB54442D18
  %4 = fmul double %1, %3
  ret double %4
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #12 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef %0, i64 noundef 8) #14
  ret void
}

attributes #0 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { builtin allocsize(0) }
attributes #14 = { builtin nounwind }
attributes #15 = { nounwind }

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
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = !{!18, !18, i64 0}
!18 = !{!"vtable pointer", !8, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS5Shape", !21, i64 0}
!21 = !{!"any pointer", !7, i64 0}
!22 = !{!23, !10, i64 0}
!23 = !{!"_ZTS4Node", !10, i64 0, !24, i64 8}
!24 = !{!"p1 _ZTS4Node", !21, i64 0}
!25 = !{!23, !24, i64 8}
!26 = distinct !{!26, !12, !13}
!27 = distinct !{!27, !12, !13}
!28 = !{!29, !29, i64 0}
!29 = !{!"p1 _ZTS8_IO_FILE", !21, i64 0}
