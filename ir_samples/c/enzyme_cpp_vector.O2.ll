; ModuleID = 'enzyme_cpp_vector.cpp'
source_filename = "enzyme_cpp_vector.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

$_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_ = comdat any

$_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_ = comdat any

@constinit = private unnamed_addr constant [4 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01, double 2.500000e-01], align 8
@__const.main.pos = private unnamed_addr constant [4 x double] [double 0.000000e+00, double 1.500000e+00, double 2.000000e+00, double 3.750000e+00], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"dpos[0]\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"dpos[2]\00", align 1
@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01], align 16
@.str.3 = private unnamed_addr constant [12 x i8] c"dmoments[0]\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"dmoments[1]\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"dmoments[2]\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"dpoly\00", align 1
@__const.main.r = private unnamed_addr constant [4 x double] [double 3.000000e+00, double -1.000000e+00, double 2.000000e+00, double 5.000000e-01], align 16
@.str.7 = private unnamed_addr constant [11 x i8] c"dsorted[0]\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"dsorted[1]\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"dsorted[3]\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.10 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"vector::reserve\00", align 1
@.str.12 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z12chain_energyPKdi(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %72

4:                                                ; preds = %2
  %5 = add nsw i32 %1, -1
  %6 = zext nneg i32 %5 to i64
  br label %10

7:                                                ; preds = %49
  %8 = ptrtoint ptr %50 to i64
  %9 = icmp eq ptr %52, %53
  br i1 %9, label %66, label %74

10:                                               ; preds = %4, %49
  %11 = phi i64 [ 0, %4 ], [ %55, %49 ]
  %12 = phi i64 [ 1, %4 ], [ %54, %49 ]
  %13 = phi ptr [ null, %4 ], [ %52, %49 ]
  %14 = phi ptr [ null, %4 ], [ %53, %49 ]
  %15 = phi ptr [ null, %4 ], [ %50, %49 ]
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %12
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw double, ptr %0, i64 %11
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = fsub double %17, %19
  %21 = icmp eq ptr %14, %15
  br i1 %21, label %23, label %22

22:                                               ; preds = %10
  store double %20, ptr %14, align 8, !tbaa !9
  br label %49

23:                                               ; preds = %10
  %24 = ptrtoint ptr %14 to i64
  %25 = ptrtoint ptr %13 to i64
  %26 = sub i64 %24, %25
  %27 = icmp eq i64 %26, 9223372036854775800
  br i1 %27, label %28, label %30

28:                                               ; preds = %23
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.10) #14
          to label %29 unwind label %59

29:                                               ; preds = %28
  unreachable

30:                                               ; preds = %23
  %31 = ashr exact i64 %26, 3
  %32 = tail call i64 @llvm.umax.i64(i64 %31, i64 1)
  %33 = add nsw i64 %32, %31
  %34 = icmp ult i64 %33, %31
  %35 = tail call i64 @llvm.umin.i64(i64 %33, i64 1152921504606846975)
  %36 = select i1 %34, i64 1152921504606846975, i64 %35
  %37 = icmp ne i64 %36, 0
  tail call void @llvm.assume(i1 %37)
  %38 = shl nuw nsw i64 %36, 3
  %39 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %38) #15
          to label %40 unwind label %57

40:                                               ; preds = %30
  %41 = getelementptr inbounds i8, ptr %39, i64 %26
  store double %20, ptr %41, align 8, !tbaa !9
  %42 = icmp sgt i64 %26, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %40
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %39, ptr align 8 %13, i64 %26, i1 false)
  br label %44

44:                                               ; preds = %43, %40
  %45 = icmp eq ptr %13, null
  br i1 %45, label %47, label %46

46:                                               ; preds = %44
  tail call void @_ZdlPvm(ptr noundef nonnull %13, i64 noundef %26) #16
  br label %47

47:                                               ; preds = %46, %44
  %48 = getelementptr inbounds nuw double, ptr %39, i64 %36
  br label %49

49:                                               ; preds = %47, %22
  %50 = phi ptr [ %48, %47 ], [ %15, %22 ]
  %51 = phi ptr [ %41, %47 ], [ %14, %22 ]
  %52 = phi ptr [ %39, %47 ], [ %13, %22 ]
  %53 = getelementptr inbounds nuw i8, ptr %51, i64 8
  %54 = add nuw nsw i64 %12, 1
  %55 = add nuw nsw i64 %11, 1
  %56 = icmp eq i64 %55, %6
  br i1 %56, label %7, label %10, !llvm.loop !11

57:                                               ; preds = %30
  %58 = landingpad { ptr, i32 }
          cleanup
  br label %61

59:                                               ; preds = %28
  %60 = landingpad { ptr, i32 }
          cleanup
  br label %61

61:                                               ; preds = %59, %57
  %62 = phi { ptr, i32 } [ %58, %57 ], [ %60, %59 ]
  %63 = icmp eq ptr %13, null
  br i1 %63, label %65, label %64

64:                                               ; preds = %61
  tail call void @_ZdlPvm(ptr noundef nonnull %13, i64 noundef %26) #16
  br label %65

65:                                               ; preds = %61, %64
  resume { ptr, i32 } %62

66:                                               ; preds = %74, %7
  %67 = phi double [ 0.000000e+00, %7 ], [ %80, %74 ]
  %68 = icmp eq ptr %52, null
  br i1 %68, label %72, label %69

69:                                               ; preds = %66
  %70 = ptrtoint ptr %52 to i64
  %71 = sub i64 %8, %70
  tail call void @_ZdlPvm(ptr noundef nonnull %52, i64 noundef %71) #16
  br label %72

72:                                               ; preds = %2, %66, %69
  %73 = phi double [ %67, %69 ], [ %67, %66 ], [ 0.000000e+00, %2 ]
  ret double %73

74:                                               ; preds = %7, %74
  %75 = phi double [ %80, %74 ], [ 0.000000e+00, %7 ]
  %76 = phi ptr [ %81, %74 ], [ %52, %7 ]
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %77, -1.000000e+00
  %79 = fmul double %78, %78
  %80 = fadd double %75, %79
  %81 = getelementptr inbounds nuw i8, ptr %76, i64 8
  %82 = icmp eq ptr %76, %51
  br i1 %82, label %66, label %74, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z7momentsPKdi(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = sext i32 %1 to i64
  %4 = icmp slt i32 %1, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.11) #14
  unreachable

6:                                                ; preds = %2
  %7 = icmp eq i32 %1, 0
  br i1 %7, label %86, label %8

8:                                                ; preds = %6
  %9 = shl nuw nsw i64 %3, 3
  %10 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %9) #15
  %11 = getelementptr inbounds nuw double, ptr %10, i64 %3
  %12 = zext nneg i32 %1 to i64
  br label %20

13:                                               ; preds = %56
  %14 = ptrtoint ptr %59 to i64
  %15 = icmp eq ptr %60, %59
  br i1 %15, label %79, label %16

16:                                               ; preds = %13
  %17 = ptrtoint ptr %60 to i64
  %18 = sub i64 %17, %14
  %19 = ashr exact i64 %18, 3
  br label %70

20:                                               ; preds = %8, %56
  %21 = phi i64 [ 0, %8 ], [ %61, %56 ]
  %22 = phi ptr [ %10, %8 ], [ %59, %56 ]
  %23 = phi ptr [ %11, %8 ], [ %58, %56 ]
  %24 = phi ptr [ %10, %8 ], [ %60, %56 ]
  %25 = getelementptr inbounds nuw double, ptr %0, i64 %21
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fmul double %26, %26
  %28 = icmp eq ptr %24, %23
  br i1 %28, label %30, label %29

29:                                               ; preds = %20
  store double %27, ptr %24, align 8, !tbaa !9
  br label %56

30:                                               ; preds = %20
  %31 = ptrtoint ptr %23 to i64
  %32 = ptrtoint ptr %22 to i64
  %33 = sub i64 %31, %32
  %34 = icmp eq i64 %33, 9223372036854775800
  br i1 %34, label %35, label %37

35:                                               ; preds = %30
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.10) #14
          to label %36 unwind label %92

36:                                               ; preds = %35
  unreachable

37:                                               ; preds = %30
  %38 = ashr exact i64 %33, 3
  %39 = tail call i64 @llvm.umax.i64(i64 %38, i64 1)
  %40 = add nsw i64 %39, %38
  %41 = icmp ult i64 %40, %38
  %42 = tail call i64 @llvm.umin.i64(i64 %40, i64 1152921504606846975)
  %43 = select i1 %41, i64 1152921504606846975, i64 %42
  %44 = icmp ne i64 %43, 0
  tail call void @llvm.assume(i1 %44)
  %45 = shl nuw nsw i64 %43, 3
  %46 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %45) #15
          to label %47 unwind label %90

47:                                               ; preds = %37
  %48 = getelementptr inbounds i8, ptr %46, i64 %33
  store double %27, ptr %48, align 8, !tbaa !9
  %49 = icmp sgt i64 %33, 0
  br i1 %49, label %50, label %51

50:                                               ; preds = %47
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %46, ptr align 8 %22, i64 %33, i1 false)
  br label %51

51:                                               ; preds = %50, %47
  %52 = icmp eq ptr %22, null
  br i1 %52, label %54, label %53

53:                                               ; preds = %51
  tail call void @_ZdlPvm(ptr noundef nonnull %22, i64 noundef %33) #16
  br label %54

54:                                               ; preds = %53, %51
  %55 = getelementptr inbounds nuw double, ptr %46, i64 %43
  br label %56

56:                                               ; preds = %54, %29
  %57 = phi ptr [ %48, %54 ], [ %24, %29 ]
  %58 = phi ptr [ %55, %54 ], [ %23, %29 ]
  %59 = phi ptr [ %46, %54 ], [ %22, %29 ]
  %60 = getelementptr inbounds nuw i8, ptr %57, i64 8
  %61 = add nuw nsw i64 %21, 1
  %62 = icmp eq i64 %61, %12
  br i1 %62, label %13, label %20, !llvm.loop !15

63:                                               ; preds = %70, %63
  %64 = phi double [ %67, %63 ], [ 0.000000e+00, %70 ]
  %65 = phi ptr [ %68, %63 ], [ %59, %70 ]
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = tail call noundef double @llvm.fmuladd.f64(double %66, double %66, double %64)
  %68 = getelementptr inbounds nuw i8, ptr %65, i64 8
  %69 = icmp eq ptr %65, %57
  br i1 %69, label %79, label %63, !llvm.loop !16

70:                                               ; preds = %16, %70
  %71 = phi i64 [ %73, %70 ], [ 0, %16 ]
  %72 = phi double [ %77, %70 ], [ 0.000000e+00, %16 ]
  %73 = add nuw i64 %71, 1
  %74 = uitofp i64 %73 to double
  %75 = getelementptr inbounds nuw double, ptr %59, i64 %71
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = tail call double @llvm.fmuladd.f64(double %74, double %76, double %72)
  %78 = icmp eq i64 %73, %19
  br i1 %78, label %63, label %70, !llvm.loop !17

79:                                               ; preds = %63, %13
  %80 = phi double [ 0.000000e+00, %13 ], [ %77, %63 ]
  %81 = phi double [ 0.000000e+00, %13 ], [ %67, %63 ]
  %82 = icmp eq ptr %59, null
  br i1 %82, label %86, label %83

83:                                               ; preds = %79
  %84 = ptrtoint ptr %58 to i64
  %85 = sub i64 %84, %14
  tail call void @_ZdlPvm(ptr noundef nonnull %59, i64 noundef %85) #16
  br label %86

86:                                               ; preds = %6, %79, %83
  %87 = phi double [ %81, %83 ], [ %81, %79 ], [ 0.000000e+00, %6 ]
  %88 = phi double [ %80, %83 ], [ %80, %79 ], [ 0.000000e+00, %6 ]
  %89 = tail call double @llvm.fmuladd.f64(double %87, double 2.500000e-01, double %88)
  ret double %89

90:                                               ; preds = %37
  %91 = landingpad { ptr, i32 }
          cleanup
  br label %94

92:                                               ; preds = %35
  %93 = landingpad { ptr, i32 }
          cleanup
  br label %94

94:                                               ; preds = %92, %90
  %95 = phi { ptr, i32 } [ %91, %90 ], [ %93, %92 ]
  %96 = icmp eq ptr %22, null
  br i1 %96, label %98, label %97

97:                                               ; preds = %94
  tail call void @_ZdlPvm(ptr noundef nonnull %22, i64 noundef %33) #16
  br label %98

98:                                               ; preds = %94, %97
  resume { ptr, i32 } %95
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z7poly_atd(double noundef %0) #0 personality ptr @__gxx_personality_v0 {
  %2 = tail call noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #15
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 32
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %2, ptr noundef nonnull align 8 dereferenceable(32) @constinit, i64 32, i1 false)
  br label %4

4:                                                ; preds = %1, %4
  %5 = phi double [ %9, %4 ], [ 0.000000e+00, %1 ]
  %6 = phi ptr [ %7, %4 ], [ %3, %1 ]
  %7 = getelementptr inbounds i8, ptr %6, i64 -8
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = tail call double @llvm.fmuladd.f64(double %5, double %0, double %8)
  %10 = icmp eq ptr %7, %2
  br i1 %10, label %11, label %4, !llvm.loop !18

11:                                               ; preds = %4
  %12 = fmul double %9, 2.000000e+00
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 32) #16
  ret double %12
}

; Function Attrs: mustprogress uwtable
define dso_local noundef double @_Z11rank_energyPKdi(ptr noundef readonly captures(none) %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = sext i32 %1 to i64
  %4 = shl nsw i64 %3, 3
  %5 = icmp ugt i64 %4, 9223372036854775800
  br i1 %5, label %6, label %7

6:                                                ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.12) #14
  unreachable

7:                                                ; preds = %2
  %8 = icmp eq i32 %1, 0
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = getelementptr inbounds nuw i8, ptr null, i64 %4
  br label %14

11:                                               ; preds = %7
  %12 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %4) #15
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 %4
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %12, ptr align 8 %0, i64 %4, i1 false)
  br label %14

14:                                               ; preds = %11, %9
  %15 = phi ptr [ %10, %9 ], [ %13, %11 ]
  %16 = phi ptr [ null, %9 ], [ %12, %11 ]
  %17 = icmp eq ptr %16, %15
  br i1 %17, label %27, label %18

18:                                               ; preds = %14
  %19 = ptrtoint ptr %15 to i64
  %20 = ptrtoint ptr %16 to i64
  %21 = sub i64 %19, %20
  %22 = ashr exact i64 %21, 3
  %23 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %22, i1 true)
  %24 = shl nuw nsw i64 %23, 1
  %25 = xor i64 %24, 126
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr %16, ptr %15, i64 noundef %25)
          to label %26 unwind label %40

26:                                               ; preds = %18
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr %16, ptr %15)
          to label %27 unwind label %40

27:                                               ; preds = %26, %14
  %28 = icmp sgt i32 %1, 0
  br i1 %28, label %29, label %31

29:                                               ; preds = %27
  %30 = zext nneg i32 %1 to i64
  br label %44

31:                                               ; preds = %27
  %32 = icmp eq ptr %16, null
  br i1 %32, label %38, label %33

33:                                               ; preds = %44, %31
  %34 = phi double [ 0.000000e+00, %31 ], [ %53, %44 ]
  %35 = ptrtoint ptr %15 to i64
  %36 = ptrtoint ptr %16 to i64
  %37 = sub i64 %35, %36
  tail call void @_ZdlPvm(ptr noundef nonnull %16, i64 noundef %37) #16
  br label %38

38:                                               ; preds = %31, %33
  %39 = phi double [ 0.000000e+00, %31 ], [ %34, %33 ]
  ret double %39

40:                                               ; preds = %26, %18
  %41 = landingpad { ptr, i32 }
          cleanup
  %42 = icmp eq ptr %16, null
  br i1 %42, label %55, label %43

43:                                               ; preds = %40
  tail call void @_ZdlPvm(ptr noundef nonnull %16, i64 noundef %21) #16
  br label %55

44:                                               ; preds = %29, %44
  %45 = phi i64 [ 0, %29 ], [ %47, %44 ]
  %46 = phi double [ 0.000000e+00, %29 ], [ %53, %44 ]
  %47 = add nuw nsw i64 %45, 1
  %48 = trunc nuw nsw i64 %47 to i32
  %49 = uitofp nneg i32 %48 to double
  %50 = getelementptr inbounds nuw double, ptr %16, i64 %45
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fmul double %51, %49
  %53 = tail call double @llvm.fmuladd.f64(double %52, double %51, double %46)
  %54 = icmp eq i64 %47, %30
  br i1 %54, label %33, label %44, !llvm.loop !19

55:                                               ; preds = %43, %40
  resume { ptr, i32 } %41
}

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [4 x double], align 16
  %2 = alloca [4 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca [4 x double], align 16
  %6 = alloca [4 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #17
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %1, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.pos, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %2, i8 0, i64 32, i1 false)
  %7 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %8 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef nonnull @_Z12chain_energyPKdi, i32 noundef %7, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %8, i32 noundef 4)
  %9 = load double, ptr %2, align 16, !tbaa !9
  %10 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %9)
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %12 = load double, ptr %11, align 16, !tbaa !9
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %12)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #17
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %3, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.x, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %4, i8 0, i64 24, i1 false)
  %14 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %15 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef nonnull @_Z7momentsPKdi, i32 noundef %14, ptr noundef nonnull %3, ptr noundef nonnull %4, i32 noundef %15, i32 noundef 3)
  %16 = load double, ptr %4, align 16, !tbaa !9
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %16)
  %18 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %19)
  %21 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %22 = load double, ptr %21, align 16, !tbaa !9
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %22)
  %24 = call noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef nonnull @_Z7poly_atd, double noundef 1.500000e+00)
  %25 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %24)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #17
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %5, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.r, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %6, i8 0, i64 32, i1 false)
  %26 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %27 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  call void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef nonnull @_Z11rank_energyPKdi, i32 noundef %26, ptr noundef nonnull %5, ptr noundef nonnull %6, i32 noundef %27, i32 noundef 4)
  %28 = load double, ptr %6, align 16, !tbaa !9
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %28)
  %30 = getelementptr inbounds nuw i8, ptr %6, i64 8
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.8, double noundef %31)
  %33 = getelementptr inbounds nuw i8, ptr %6, i64 24
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.9, double noundef %34)
  %36 = load ptr, ptr @stdout, align 8, !tbaa !20
  %37 = call i32 @fflush(ptr noundef %36)
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #17
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

declare void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef, i32 noundef, ptr noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #7

declare noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef, double noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #7

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr %0, ptr %1, i64 noundef %2) local_unnamed_addr #0 comdat {
  %4 = ptrtoint ptr %0 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = sub i64 %5, %4
  %7 = ashr exact i64 %6, 3
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %184

9:                                                ; preds = %3
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %14, label %131

12:                                               ; preds = %179
  %13 = icmp eq i64 %135, 0
  br i1 %13, label %14, label %131, !llvm.loop !23

14:                                               ; preds = %12, %9
  %15 = phi i64 [ %7, %9 ], [ %182, %12 ]
  %16 = phi i64 [ %6, %9 ], [ %181, %12 ]
  %17 = phi ptr [ %1, %9 ], [ %167, %12 ]
  %18 = add nsw i64 %15, -2
  %19 = lshr i64 %18, 1
  %20 = add nsw i64 %15, -1
  %21 = lshr i64 %20, 1
  %22 = and i64 %16, 8
  %23 = icmp eq i64 %22, 0
  %24 = or disjoint i64 %18, 1
  %25 = getelementptr inbounds nuw double, ptr %0, i64 %24
  %26 = getelementptr inbounds nuw double, ptr %0, i64 %19
  br label %27

27:                                               ; preds = %66, %14
  %28 = phi i64 [ %19, %14 ], [ %70, %66 ]
  %29 = getelementptr inbounds double, ptr %0, i64 %28
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = icmp slt i64 %28, %21
  br i1 %31, label %32, label %47

32:                                               ; preds = %27, %32
  %33 = phi i64 [ %42, %32 ], [ %28, %27 ]
  %34 = shl i64 %33, 1
  %35 = add i64 %34, 2
  %36 = getelementptr inbounds double, ptr %0, i64 %35
  %37 = or disjoint i64 %34, 1
  %38 = getelementptr inbounds double, ptr %0, i64 %37
  %39 = load double, ptr %36, align 8, !tbaa !9
  %40 = load double, ptr %38, align 8, !tbaa !9
  %41 = fcmp olt double %39, %40
  %42 = select i1 %41, i64 %37, i64 %35
  %43 = getelementptr inbounds double, ptr %0, i64 %42
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = getelementptr inbounds double, ptr %0, i64 %33
  store double %44, ptr %45, align 8, !tbaa !9
  %46 = icmp slt i64 %42, %21
  br i1 %46, label %32, label %47, !llvm.loop !24

47:                                               ; preds = %32, %27
  %48 = phi i64 [ %28, %27 ], [ %42, %32 ]
  %49 = icmp eq i64 %48, %19
  %50 = select i1 %23, i1 %49, i1 false
  br i1 %50, label %51, label %53

51:                                               ; preds = %47
  %52 = load double, ptr %25, align 8, !tbaa !9
  store double %52, ptr %26, align 8, !tbaa !9
  br label %53

53:                                               ; preds = %51, %47
  %54 = phi i64 [ %24, %51 ], [ %48, %47 ]
  %55 = icmp sgt i64 %54, %28
  br i1 %55, label %56, label %66

56:                                               ; preds = %53, %63
  %57 = phi i64 [ %59, %63 ], [ %54, %53 ]
  %58 = add nsw i64 %57, -1
  %59 = sdiv i64 %58, 2
  %60 = getelementptr inbounds nuw double, ptr %0, i64 %59
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fcmp olt double %61, %30
  br i1 %62, label %63, label %66

63:                                               ; preds = %56
  %64 = getelementptr inbounds nuw double, ptr %0, i64 %57
  store double %61, ptr %64, align 8, !tbaa !9
  %65 = icmp sgt i64 %59, %28
  br i1 %65, label %56, label %66, !llvm.loop !25

66:                                               ; preds = %63, %56, %53
  %67 = phi i64 [ %54, %53 ], [ %59, %63 ], [ %57, %56 ]
  %68 = getelementptr inbounds nuw double, ptr %0, i64 %67
  store double %30, ptr %68, align 8, !tbaa !9
  %69 = icmp eq i64 %28, 0
  %70 = add nsw i64 %28, -1
  br i1 %69, label %71, label %27, !llvm.loop !26

71:                                               ; preds = %66
  %72 = icmp sgt i64 %16, 8
  br i1 %72, label %73, label %184

73:                                               ; preds = %71, %127
  %74 = phi ptr [ %75, %127 ], [ %17, %71 ]
  %75 = getelementptr inbounds i8, ptr %74, i64 -8
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = load double, ptr %0, align 8, !tbaa !9
  store double %77, ptr %75, align 8, !tbaa !9
  %78 = ptrtoint ptr %75 to i64
  %79 = sub i64 %78, %4
  %80 = ashr exact i64 %79, 3
  %81 = add nsw i64 %80, -1
  %82 = sdiv i64 %81, 2
  %83 = icmp sgt i64 %80, 2
  br i1 %83, label %84, label %99

84:                                               ; preds = %73, %84
  %85 = phi i64 [ %94, %84 ], [ 0, %73 ]
  %86 = shl i64 %85, 1
  %87 = add i64 %86, 2
  %88 = getelementptr inbounds double, ptr %0, i64 %87
  %89 = or disjoint i64 %86, 1
  %90 = getelementptr inbounds double, ptr %0, i64 %89
  %91 = load double, ptr %88, align 8, !tbaa !9
  %92 = load double, ptr %90, align 8, !tbaa !9
  %93 = fcmp olt double %91, %92
  %94 = select i1 %93, i64 %89, i64 %87
  %95 = getelementptr inbounds double, ptr %0, i64 %94
  %96 = load double, ptr %95, align 8, !tbaa !9
  %97 = getelementptr inbounds double, ptr %0, i64 %85
  store double %96, ptr %97, align 8, !tbaa !9
  %98 = icmp slt i64 %94, %82
  br i1 %98, label %84, label %99, !llvm.loop !24

99:                                               ; preds = %84, %73
  %100 = phi i64 [ 0, %73 ], [ %94, %84 ]
  %101 = and i64 %79, 8
  %102 = icmp eq i64 %101, 0
  br i1 %102, label %103, label %113

103:                                              ; preds = %99
  %104 = add nsw i64 %80, -2
  %105 = ashr exact i64 %104, 1
  %106 = icmp eq i64 %100, %105
  br i1 %106, label %107, label %113

107:                                              ; preds = %103
  %108 = shl nuw nsw i64 %100, 1
  %109 = or disjoint i64 %108, 1
  %110 = getelementptr inbounds nuw double, ptr %0, i64 %109
  %111 = load double, ptr %110, align 8, !tbaa !9
  %112 = getelementptr inbounds double, ptr %0, i64 %100
  store double %111, ptr %112, align 8, !tbaa !9
  br label %115

113:                                              ; preds = %103, %99
  %114 = icmp eq i64 %100, 0
  br i1 %114, label %127, label %115

115:                                              ; preds = %113, %107
  %116 = phi i64 [ %100, %113 ], [ %109, %107 ]
  br label %117

117:                                              ; preds = %115, %124
  %118 = phi i64 [ %120, %124 ], [ %116, %115 ]
  %119 = add nsw i64 %118, -1
  %120 = lshr i64 %119, 1
  %121 = getelementptr inbounds nuw double, ptr %0, i64 %120
  %122 = load double, ptr %121, align 8, !tbaa !9
  %123 = fcmp olt double %122, %76
  br i1 %123, label %124, label %127

124:                                              ; preds = %117
  %125 = getelementptr inbounds double, ptr %0, i64 %118
  store double %122, ptr %125, align 8, !tbaa !9
  %126 = icmp eq i64 %120, 0
  br i1 %126, label %127, label %117, !llvm.loop !25

127:                                              ; preds = %124, %117, %113
  %128 = phi i64 [ 0, %113 ], [ %118, %117 ], [ 0, %124 ]
  %129 = getelementptr inbounds double, ptr %0, i64 %128
  store double %76, ptr %129, align 8, !tbaa !9
  %130 = icmp sgt i64 %79, 8
  br i1 %130, label %73, label %184, !llvm.loop !27

131:                                              ; preds = %9, %12
  %132 = phi ptr [ %167, %12 ], [ %1, %9 ]
  %133 = phi i64 [ %135, %12 ], [ %2, %9 ]
  %134 = phi i64 [ %182, %12 ], [ %7, %9 ]
  %135 = add nsw i64 %133, -1
  %136 = lshr i64 %134, 1
  %137 = getelementptr inbounds nuw double, ptr %0, i64 %136
  %138 = getelementptr inbounds i8, ptr %132, i64 -8
  %139 = load double, ptr %10, align 8, !tbaa !9
  %140 = load double, ptr %137, align 8, !tbaa !9
  %141 = fcmp olt double %139, %140
  %142 = load double, ptr %138, align 8, !tbaa !9
  br i1 %141, label %143, label %152

143:                                              ; preds = %131
  %144 = fcmp olt double %140, %142
  br i1 %144, label %145, label %147

145:                                              ; preds = %143
  %146 = load double, ptr %0, align 8, !tbaa !9
  store double %140, ptr %0, align 8, !tbaa !9
  store double %146, ptr %137, align 8, !tbaa !9
  br label %161

147:                                              ; preds = %143
  %148 = fcmp olt double %139, %142
  %149 = load double, ptr %0, align 8, !tbaa !9
  br i1 %148, label %150, label %151

150:                                              ; preds = %147
  store double %142, ptr %0, align 8, !tbaa !9
  store double %149, ptr %138, align 8, !tbaa !9
  br label %161

151:                                              ; preds = %147
  store double %139, ptr %0, align 8, !tbaa !9
  store double %149, ptr %10, align 8, !tbaa !9
  br label %161

152:                                              ; preds = %131
  %153 = fcmp olt double %139, %142
  br i1 %153, label %154, label %156

154:                                              ; preds = %152
  %155 = load double, ptr %0, align 8, !tbaa !9
  store double %139, ptr %0, align 8, !tbaa !9
  store double %155, ptr %10, align 8, !tbaa !9
  br label %161

156:                                              ; preds = %152
  %157 = fcmp olt double %140, %142
  %158 = load double, ptr %0, align 8, !tbaa !9
  br i1 %157, label %159, label %160

159:                                              ; preds = %156
  store double %142, ptr %0, align 8, !tbaa !9
  store double %158, ptr %138, align 8, !tbaa !9
  br label %161

160:                                              ; preds = %156
  store double %140, ptr %0, align 8, !tbaa !9
  store double %158, ptr %137, align 8, !tbaa !9
  br label %161

161:                                              ; preds = %160, %159, %154, %151, %150, %145
  br label %162

162:                                              ; preds = %161, %178
  %163 = phi ptr [ %170, %178 ], [ %10, %161 ]
  %164 = phi ptr [ %173, %178 ], [ %132, %161 ]
  %165 = load double, ptr %0, align 8, !tbaa !9
  br label %166

166:                                              ; preds = %166, %162
  %167 = phi ptr [ %163, %162 ], [ %170, %166 ]
  %168 = load double, ptr %167, align 8, !tbaa !9
  %169 = fcmp olt double %168, %165
  %170 = getelementptr inbounds nuw i8, ptr %167, i64 8
  br i1 %169, label %166, label %171, !llvm.loop !28

171:                                              ; preds = %166, %171
  %172 = phi ptr [ %173, %171 ], [ %164, %166 ]
  %173 = getelementptr inbounds i8, ptr %172, i64 -8
  %174 = load double, ptr %173, align 8, !tbaa !9
  %175 = fcmp olt double %165, %174
  br i1 %175, label %171, label %176, !llvm.loop !29

176:                                              ; preds = %171
  %177 = icmp ult ptr %167, %173
  br i1 %177, label %178, label %179

178:                                              ; preds = %176
  store double %174, ptr %167, align 8, !tbaa !9
  store double %168, ptr %173, align 8, !tbaa !9
  br label %162, !llvm.loop !30

179:                                              ; preds = %176
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %167, ptr %132, i64 noundef %135)
  %180 = ptrtoint ptr %167 to i64
  %181 = sub i64 %180, %4
  %182 = ashr exact i64 %181, 3
  %183 = icmp sgt i64 %182, 16
  br i1 %183, label %12, label %184, !llvm.loop !23

184:                                              ; preds = %179, %127, %3, %71
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr %0, ptr %1) local_unnamed_addr #0 comdat {
  %3 = ptrtoint ptr %1 to i64
  %4 = ptrtoint ptr %0 to i64
  %5 = sub i64 %3, %4
  %6 = icmp sgt i64 %5, 128
  br i1 %6, label %7, label %51

7:                                                ; preds = %2
  %8 = getelementptr i8, ptr %0, i64 8
  br label %9

9:                                                ; preds = %27, %7
  %10 = phi i64 [ 8, %7 ], [ %29, %27 ]
  %11 = phi ptr [ %0, %7 ], [ %12, %27 ]
  %12 = getelementptr inbounds nuw i8, ptr %0, i64 %10
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = load double, ptr %0, align 8, !tbaa !9
  %15 = fcmp olt double %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %9
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(1) %8, ptr noundef nonnull align 8 dereferenceable(1) %0, i64 %10, i1 false)
  br label %27

17:                                               ; preds = %9
  %18 = load double, ptr %11, align 8, !tbaa !9
  %19 = fcmp olt double %13, %18
  br i1 %19, label %20, label %27

20:                                               ; preds = %17, %20
  %21 = phi double [ %25, %20 ], [ %18, %17 ]
  %22 = phi ptr [ %24, %20 ], [ %11, %17 ]
  %23 = phi ptr [ %22, %20 ], [ %12, %17 ]
  store double %21, ptr %23, align 8, !tbaa !9
  %24 = getelementptr inbounds i8, ptr %22, i64 -8
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = fcmp olt double %13, %25
  br i1 %26, label %20, label %27, !llvm.loop !31

27:                                               ; preds = %20, %17, %16
  %28 = phi ptr [ %0, %16 ], [ %12, %17 ], [ %22, %20 ]
  store double %13, ptr %28, align 8, !tbaa !9
  %29 = add nuw nsw i64 %10, 8
  %30 = icmp eq i64 %29, 128
  br i1 %30, label %31, label %9, !llvm.loop !32

31:                                               ; preds = %27
  %32 = getelementptr inbounds nuw i8, ptr %0, i64 128
  %33 = icmp eq ptr %32, %1
  br i1 %33, label %83, label %34

34:                                               ; preds = %31, %47
  %35 = phi ptr [ %49, %47 ], [ %32, %31 ]
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %35, i64 -8
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = fcmp olt double %36, %38
  br i1 %39, label %40, label %47

40:                                               ; preds = %34, %40
  %41 = phi double [ %45, %40 ], [ %38, %34 ]
  %42 = phi ptr [ %44, %40 ], [ %37, %34 ]
  %43 = phi ptr [ %42, %40 ], [ %35, %34 ]
  store double %41, ptr %43, align 8, !tbaa !9
  %44 = getelementptr inbounds i8, ptr %42, i64 -8
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = fcmp olt double %36, %45
  br i1 %46, label %40, label %47, !llvm.loop !31

47:                                               ; preds = %40, %34
  %48 = phi ptr [ %35, %34 ], [ %42, %40 ]
  store double %36, ptr %48, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw i8, ptr %35, i64 8
  %50 = icmp eq ptr %49, %1
  br i1 %50, label %83, label %34, !llvm.loop !33

51:                                               ; preds = %2
  %52 = icmp eq ptr %0, %1
  %53 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %54 = icmp eq ptr %53, %1
  %55 = select i1 %52, i1 true, i1 %54
  br i1 %55, label %83, label %56

56:                                               ; preds = %51, %79
  %57 = phi ptr [ %81, %79 ], [ %53, %51 ]
  %58 = phi ptr [ %57, %79 ], [ %0, %51 ]
  %59 = load double, ptr %57, align 8, !tbaa !9
  %60 = load double, ptr %0, align 8, !tbaa !9
  %61 = fcmp olt double %59, %60
  br i1 %61, label %62, label %69

62:                                               ; preds = %56
  %63 = getelementptr inbounds nuw i8, ptr %58, i64 16
  %64 = ptrtoint ptr %57 to i64
  %65 = sub i64 %64, %4
  %66 = ashr exact i64 %65, 3
  %67 = sub nsw i64 0, %66
  %68 = getelementptr inbounds double, ptr %63, i64 %67
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(1) %68, ptr noundef nonnull align 8 dereferenceable(1) %0, i64 %65, i1 false)
  br label %79

69:                                               ; preds = %56
  %70 = load double, ptr %58, align 8, !tbaa !9
  %71 = fcmp olt double %59, %70
  br i1 %71, label %72, label %79

72:                                               ; preds = %69, %72
  %73 = phi double [ %77, %72 ], [ %70, %69 ]
  %74 = phi ptr [ %76, %72 ], [ %58, %69 ]
  %75 = phi ptr [ %74, %72 ], [ %57, %69 ]
  store double %73, ptr %75, align 8, !tbaa !9
  %76 = getelementptr inbounds i8, ptr %74, i64 -8
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fcmp olt double %59, %77
  br i1 %78, label %72, label %79, !llvm.loop !31

79:                                               ; preds = %72, %69, %62
  %80 = phi ptr [ %0, %62 ], [ %57, %69 ], [ %74, %72 ]
  store double %59, ptr %80, align 8, !tbaa !9
  %81 = getelementptr inbounds nuw i8, ptr %57, i64 8
  %82 = icmp eq ptr %81, %1
  br i1 %82, label %83, label %56, !llvm.loop !32

83:                                               ; preds = %79, %47, %51, %31
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #11

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #12

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #12

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #13

attributes #0 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #13 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #14 = { noreturn }
attributes #15 = { builtin allocsize(0) }
attributes #16 = { builtin nounwind }
attributes #17 = { nounwind }

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
!14 = distinct !{!14, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
!18 = distinct !{!18, !12, !13}
!19 = distinct !{!19, !12, !13}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 _ZTS8_IO_FILE", !22, i64 0}
!22 = !{!"any pointer", !7, i64 0}
!23 = distinct !{!23, !12, !13}
!24 = distinct !{!24, !12, !13}
!25 = distinct !{!25, !12, !13}
!26 = distinct !{!26, !12, !13}
!27 = distinct !{!27, !12, !13}
!28 = distinct !{!28, !12, !13}
!29 = distinct !{!29, !12, !13}
!30 = distinct !{!30, !12, !13}
!31 = distinct !{!31, !12, !13}
!32 = distinct !{!32, !12, !13}
!33 = distinct !{!33, !12, !13}
