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
  br i1 %3, label %4, label %9

4:                                                ; preds = %2
  %5 = add nsw i32 %1, -1
  %6 = zext nneg i32 %5 to i64
  br label %14

7:                                                ; preds = %55
  %8 = ptrtoint ptr %56 to i64
  br label %9

9:                                                ; preds = %7, %2
  %10 = phi i64 [ 0, %2 ], [ %8, %7 ]
  %11 = phi ptr [ null, %2 ], [ %59, %7 ]
  %12 = phi ptr [ null, %2 ], [ %58, %7 ]
  %13 = icmp eq ptr %12, %11
  br i1 %13, label %74, label %81

14:                                               ; preds = %4, %55
  %15 = phi i64 [ 0, %4 ], [ %61, %55 ]
  %16 = phi i64 [ 1, %4 ], [ %60, %55 ]
  %17 = phi ptr [ null, %4 ], [ %58, %55 ]
  %18 = phi ptr [ null, %4 ], [ %59, %55 ]
  %19 = phi ptr [ null, %4 ], [ %56, %55 ]
  %20 = getelementptr inbounds nuw double, ptr %0, i64 %16
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw double, ptr %0, i64 %15
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = fsub double %21, %23
  %25 = icmp eq ptr %18, %19
  br i1 %25, label %27, label %26

26:                                               ; preds = %14
  store double %24, ptr %18, align 8, !tbaa !9
  br label %55

27:                                               ; preds = %14
  %28 = ptrtoint ptr %18 to i64
  %29 = ptrtoint ptr %17 to i64
  %30 = sub i64 %28, %29
  %31 = icmp eq i64 %30, 9223372036854775800
  br i1 %31, label %32, label %34

32:                                               ; preds = %27
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.10) #14
          to label %33 unwind label %65

33:                                               ; preds = %32
  unreachable

34:                                               ; preds = %27
  %35 = ashr exact i64 %30, 3
  %36 = tail call i64 @llvm.umax.i64(i64 %35, i64 1)
  %37 = add nsw i64 %36, %35
  %38 = icmp ult i64 %37, %35
  %39 = tail call i64 @llvm.umin.i64(i64 %37, i64 1152921504606846975)
  %40 = select i1 %38, i64 1152921504606846975, i64 %39
  %41 = icmp ne i64 %40, 0
  tail call void @llvm.assume(i1 %41)
  %42 = shl nuw nsw i64 %40, 3
  %43 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %42) #15
          to label %44 unwind label %63

44:                                               ; preds = %34
  %45 = getelementptr inbounds nuw i8, ptr %43, i64 %30
  store double %24, ptr %45, align 8, !tbaa !9
  %46 = icmp sgt i64 %30, 0
  br i1 %46, label %47, label %48

47:                                               ; preds = %44
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %43, ptr align 8 %17, i64 %30, i1 false)
  br label %48

48:                                               ; preds = %47, %44
  %49 = icmp eq ptr %17, null
  br i1 %49, label %53, label %50

50:                                               ; preds = %48
  %51 = ptrtoint ptr %19 to i64
  %52 = sub i64 %51, %29
  tail call void @_ZdlPvm(ptr noundef nonnull %17, i64 noundef %52) #16
  br label %53

53:                                               ; preds = %50, %48
  %54 = getelementptr inbounds nuw double, ptr %43, i64 %40
  br label %55

55:                                               ; preds = %53, %26
  %56 = phi ptr [ %54, %53 ], [ %19, %26 ]
  %57 = phi ptr [ %45, %53 ], [ %18, %26 ]
  %58 = phi ptr [ %43, %53 ], [ %17, %26 ]
  %59 = getelementptr inbounds nuw i8, ptr %57, i64 8
  %60 = add nuw nsw i64 %16, 1
  %61 = add nuw nsw i64 %15, 1
  %62 = icmp eq i64 %61, %6
  br i1 %62, label %7, label %14, !llvm.loop !11

63:                                               ; preds = %34
  %64 = landingpad { ptr, i32 }
          cleanup
  br label %67

65:                                               ; preds = %32
  %66 = landingpad { ptr, i32 }
          cleanup
  br label %67

67:                                               ; preds = %65, %63
  %68 = phi { ptr, i32 } [ %64, %63 ], [ %66, %65 ]
  %69 = icmp eq ptr %17, null
  br i1 %69, label %73, label %70

70:                                               ; preds = %67
  %71 = ptrtoint ptr %19 to i64
  %72 = sub i64 %71, %29
  tail call void @_ZdlPvm(ptr noundef nonnull %17, i64 noundef %72) #16
  br label %73

73:                                               ; preds = %67, %70
  resume { ptr, i32 } %68

74:                                               ; preds = %81, %9
  %75 = phi double [ 0.000000e+00, %9 ], [ %87, %81 ]
  %76 = icmp eq ptr %12, null
  br i1 %76, label %80, label %77

77:                                               ; preds = %74
  %78 = ptrtoint ptr %12 to i64
  %79 = sub i64 %10, %78
  tail call void @_ZdlPvm(ptr noundef nonnull %12, i64 noundef %79) #16
  br label %80

80:                                               ; preds = %74, %77
  ret double %75

81:                                               ; preds = %9, %81
  %82 = phi double [ %87, %81 ], [ 0.000000e+00, %9 ]
  %83 = phi ptr [ %88, %81 ], [ %12, %9 ]
  %84 = load double, ptr %83, align 8, !tbaa !9
  %85 = fadd double %84, -1.000000e+00
  %86 = fmul double %85, %85
  %87 = fadd double %82, %86
  %88 = getelementptr inbounds nuw i8, ptr %83, i64 8
  %89 = icmp eq ptr %88, %11
  br i1 %89, label %74, label %81, !llvm.loop !14
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
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.11) #14
          to label %6 unwind label %31

6:                                                ; preds = %5
  unreachable

7:                                                ; preds = %2
  %8 = icmp eq i32 %1, 0
  br i1 %8, label %14, label %9

9:                                                ; preds = %7
  %10 = shl nuw nsw i64 %3, 3
  %11 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %10) #15
          to label %12 unwind label %31

12:                                               ; preds = %9
  %13 = getelementptr inbounds nuw double, ptr %11, i64 %3
  br label %14

14:                                               ; preds = %7, %12
  %15 = phi ptr [ %11, %12 ], [ null, %7 ]
  %16 = phi ptr [ %13, %12 ], [ null, %7 ]
  %17 = icmp eq i32 %1, 0
  br i1 %17, label %21, label %18

18:                                               ; preds = %14
  %19 = tail call i32 @llvm.smax.i32(i32 %1, i32 1)
  %20 = zext nneg i32 %19 to i64
  br label %33

21:                                               ; preds = %71, %14
  %22 = phi ptr [ %15, %14 ], [ %75, %71 ]
  %23 = phi ptr [ %16, %14 ], [ %73, %71 ]
  %24 = phi ptr [ %15, %14 ], [ %74, %71 ]
  %25 = ptrtoint ptr %24 to i64
  %26 = icmp eq ptr %22, %24
  br i1 %26, label %85, label %27

27:                                               ; preds = %21
  %28 = ptrtoint ptr %22 to i64
  %29 = sub i64 %28, %25
  %30 = ashr exact i64 %29, 3
  br label %95

31:                                               ; preds = %9, %5
  %32 = landingpad { ptr, i32 }
          cleanup
  br label %112

33:                                               ; preds = %18, %71
  %34 = phi i64 [ 0, %18 ], [ %76, %71 ]
  %35 = phi ptr [ %15, %18 ], [ %74, %71 ]
  %36 = phi ptr [ %16, %18 ], [ %73, %71 ]
  %37 = phi ptr [ %15, %18 ], [ %75, %71 ]
  %38 = getelementptr inbounds nuw double, ptr %0, i64 %34
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = fmul double %39, %39
  %41 = icmp eq ptr %37, %36
  br i1 %41, label %43, label %42

42:                                               ; preds = %33
  store double %40, ptr %37, align 8, !tbaa !9
  br label %71

43:                                               ; preds = %33
  %44 = ptrtoint ptr %37 to i64
  %45 = ptrtoint ptr %35 to i64
  %46 = sub i64 %44, %45
  %47 = icmp eq i64 %46, 9223372036854775800
  br i1 %47, label %48, label %50

48:                                               ; preds = %43
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.10) #14
          to label %49 unwind label %80

49:                                               ; preds = %48
  unreachable

50:                                               ; preds = %43
  %51 = ashr exact i64 %46, 3
  %52 = tail call i64 @llvm.umax.i64(i64 %51, i64 1)
  %53 = add nsw i64 %52, %51
  %54 = icmp ult i64 %53, %51
  %55 = tail call i64 @llvm.umin.i64(i64 %53, i64 1152921504606846975)
  %56 = select i1 %54, i64 1152921504606846975, i64 %55
  %57 = icmp ne i64 %56, 0
  tail call void @llvm.assume(i1 %57)
  %58 = shl nuw nsw i64 %56, 3
  %59 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %58) #15
          to label %60 unwind label %78

60:                                               ; preds = %50
  %61 = getelementptr inbounds nuw i8, ptr %59, i64 %46
  store double %40, ptr %61, align 8, !tbaa !9
  %62 = icmp sgt i64 %46, 0
  br i1 %62, label %63, label %64

63:                                               ; preds = %60
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %59, ptr align 8 %35, i64 %46, i1 false)
  br label %64

64:                                               ; preds = %63, %60
  %65 = icmp eq ptr %35, null
  br i1 %65, label %69, label %66

66:                                               ; preds = %64
  %67 = ptrtoint ptr %36 to i64
  %68 = sub i64 %67, %45
  tail call void @_ZdlPvm(ptr noundef nonnull %35, i64 noundef %68) #16
  br label %69

69:                                               ; preds = %66, %64
  %70 = getelementptr inbounds nuw double, ptr %59, i64 %56
  br label %71

71:                                               ; preds = %69, %42
  %72 = phi ptr [ %61, %69 ], [ %37, %42 ]
  %73 = phi ptr [ %70, %69 ], [ %36, %42 ]
  %74 = phi ptr [ %59, %69 ], [ %35, %42 ]
  %75 = getelementptr inbounds nuw i8, ptr %72, i64 8
  %76 = add nuw nsw i64 %34, 1
  %77 = icmp eq i64 %76, %20
  br i1 %77, label %21, label %33, !llvm.loop !15

78:                                               ; preds = %50
  %79 = landingpad { ptr, i32 }
          cleanup
  br label %82

80:                                               ; preds = %48
  %81 = landingpad { ptr, i32 }
          cleanup
  br label %82

82:                                               ; preds = %80, %78
  %83 = phi { ptr, i32 } [ %79, %78 ], [ %81, %80 ]
  %84 = ptrtoint ptr %36 to i64
  br label %112

85:                                               ; preds = %95, %21
  %86 = phi double [ 0.000000e+00, %21 ], [ %102, %95 ]
  %87 = icmp eq ptr %24, %22
  br i1 %87, label %104, label %88

88:                                               ; preds = %85, %88
  %89 = phi double [ %92, %88 ], [ 0.000000e+00, %85 ]
  %90 = phi ptr [ %93, %88 ], [ %24, %85 ]
  %91 = load double, ptr %90, align 8, !tbaa !9
  %92 = tail call noundef double @llvm.fmuladd.f64(double %91, double %91, double %89)
  %93 = getelementptr inbounds nuw i8, ptr %90, i64 8
  %94 = icmp eq ptr %93, %22
  br i1 %94, label %104, label %88, !llvm.loop !16

95:                                               ; preds = %27, %95
  %96 = phi i64 [ %98, %95 ], [ 0, %27 ]
  %97 = phi double [ %102, %95 ], [ 0.000000e+00, %27 ]
  %98 = add nuw i64 %96, 1
  %99 = uitofp i64 %98 to double
  %100 = getelementptr inbounds nuw double, ptr %24, i64 %96
  %101 = load double, ptr %100, align 8, !tbaa !9
  %102 = tail call double @llvm.fmuladd.f64(double %99, double %101, double %97)
  %103 = icmp eq i64 %98, %30
  br i1 %103, label %85, label %95, !llvm.loop !17

104:                                              ; preds = %88, %85
  %105 = phi double [ 0.000000e+00, %85 ], [ %92, %88 ]
  %106 = icmp eq ptr %24, null
  br i1 %106, label %110, label %107

107:                                              ; preds = %104
  %108 = ptrtoint ptr %23 to i64
  %109 = sub i64 %108, %25
  tail call void @_ZdlPvm(ptr noundef nonnull %24, i64 noundef %109) #16
  br label %110

110:                                              ; preds = %104, %107
  %111 = tail call double @llvm.fmuladd.f64(double %105, double 2.500000e-01, double %86)
  ret double %111

112:                                              ; preds = %82, %31
  %113 = phi i64 [ 0, %31 ], [ %84, %82 ]
  %114 = phi ptr [ null, %31 ], [ %35, %82 ]
  %115 = phi { ptr, i32 } [ %32, %31 ], [ %83, %82 ]
  %116 = icmp eq ptr %114, null
  br i1 %116, label %120, label %117

117:                                              ; preds = %112
  %118 = ptrtoint ptr %114 to i64
  %119 = sub i64 %113, %118
  tail call void @_ZdlPvm(ptr noundef nonnull %114, i64 noundef %119) #16
  br label %120

120:                                              ; preds = %112, %117
  resume { ptr, i32 } %115
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
  br i1 %8, label %11, label %9

9:                                                ; preds = %7
  %10 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %4) #15
  br label %11

11:                                               ; preds = %9, %7
  %12 = phi ptr [ null, %7 ], [ %10, %9 ]
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 %4
  br i1 %8, label %15, label %14

14:                                               ; preds = %11
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %0, i64 %4, i1 false)
  br label %15

15:                                               ; preds = %14, %11
  %16 = icmp eq i32 %1, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %15
  %18 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %3, i1 true)
  %19 = shl nuw nsw i64 %18, 1
  %20 = xor i64 %19, 126
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr %12, ptr nonnull %13, i64 noundef %20)
          to label %21 unwind label %31

21:                                               ; preds = %17
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr %12, ptr nonnull %13)
          to label %22 unwind label %31

22:                                               ; preds = %21, %15
  %23 = icmp sgt i32 %1, 0
  br i1 %23, label %24, label %26

24:                                               ; preds = %22
  %25 = zext nneg i32 %1 to i64
  br label %35

26:                                               ; preds = %35, %22
  %27 = phi double [ 0.000000e+00, %22 ], [ %44, %35 ]
  %28 = icmp eq ptr %12, null
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  tail call void @_ZdlPvm(ptr noundef nonnull %12, i64 noundef %4) #16
  br label %30

30:                                               ; preds = %26, %29
  ret double %27

31:                                               ; preds = %21, %17
  %32 = landingpad { ptr, i32 }
          cleanup
  %33 = icmp eq ptr %12, null
  br i1 %33, label %46, label %34

34:                                               ; preds = %31
  tail call void @_ZdlPvm(ptr noundef nonnull %12, i64 noundef %4) #16
  br label %46

35:                                               ; preds = %24, %35
  %36 = phi i64 [ 0, %24 ], [ %38, %35 ]
  %37 = phi double [ 0.000000e+00, %24 ], [ %44, %35 ]
  %38 = add nuw nsw i64 %36, 1
  %39 = trunc nuw nsw i64 %38 to i32
  %40 = uitofp nneg i32 %39 to double
  %41 = getelementptr inbounds nuw double, ptr %12, i64 %36
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = fmul double %42, %40
  %44 = tail call double @llvm.fmuladd.f64(double %43, double %42, double %37)
  %45 = icmp eq i64 %38, %25
  br i1 %45, label %26, label %35, !llvm.loop !19

46:                                               ; preds = %34, %31
  resume { ptr, i32 } %32
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
  br label %24

24:                                               ; preds = %67, %14
  %25 = phi i64 [ %19, %14 ], [ %71, %67 ]
  %26 = getelementptr inbounds nuw double, ptr %0, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = icmp slt i64 %25, %21
  br i1 %28, label %29, label %44

29:                                               ; preds = %24, %29
  %30 = phi i64 [ %39, %29 ], [ %25, %24 ]
  %31 = shl i64 %30, 1
  %32 = add i64 %31, 2
  %33 = getelementptr inbounds double, ptr %0, i64 %32
  %34 = or disjoint i64 %31, 1
  %35 = getelementptr inbounds double, ptr %0, i64 %34
  %36 = load double, ptr %33, align 8, !tbaa !9
  %37 = load double, ptr %35, align 8, !tbaa !9
  %38 = fcmp olt double %36, %37
  %39 = select i1 %38, i64 %34, i64 %32
  %40 = getelementptr inbounds double, ptr %0, i64 %39
  %41 = load double, ptr %40, align 8, !tbaa !9
  %42 = getelementptr inbounds double, ptr %0, i64 %30
  store double %41, ptr %42, align 8, !tbaa !9
  %43 = icmp slt i64 %39, %21
  br i1 %43, label %29, label %44, !llvm.loop !24

44:                                               ; preds = %29, %24
  %45 = phi i64 [ %25, %24 ], [ %39, %29 ]
  %46 = icmp eq i64 %45, %19
  %47 = select i1 %23, i1 %46, i1 false
  br i1 %47, label %48, label %54

48:                                               ; preds = %44
  %49 = shl nuw nsw i64 %45, 1
  %50 = or disjoint i64 %49, 1
  %51 = getelementptr inbounds nuw double, ptr %0, i64 %50
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw double, ptr %0, i64 %45
  store double %52, ptr %53, align 8, !tbaa !9
  br label %54

54:                                               ; preds = %48, %44
  %55 = phi i64 [ %50, %48 ], [ %45, %44 ]
  %56 = icmp sgt i64 %55, %25
  br i1 %56, label %57, label %67

57:                                               ; preds = %54, %64
  %58 = phi i64 [ %60, %64 ], [ %55, %54 ]
  %59 = add nsw i64 %58, -1
  %60 = lshr i64 %59, 1
  %61 = getelementptr inbounds nuw double, ptr %0, i64 %60
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = fcmp olt double %62, %27
  br i1 %63, label %64, label %67

64:                                               ; preds = %57
  %65 = getelementptr inbounds nuw double, ptr %0, i64 %58
  store double %62, ptr %65, align 8, !tbaa !9
  %66 = icmp sgt i64 %60, %25
  br i1 %66, label %57, label %67, !llvm.loop !25

67:                                               ; preds = %64, %57, %54
  %68 = phi i64 [ %55, %54 ], [ %58, %57 ], [ %60, %64 ]
  %69 = getelementptr inbounds double, ptr %0, i64 %68
  store double %27, ptr %69, align 8, !tbaa !9
  %70 = icmp eq i64 %25, 0
  %71 = tail call i64 @llvm.usub.sat.i64(i64 %25, i64 1)
  br i1 %70, label %72, label %24, !llvm.loop !26

72:                                               ; preds = %67
  %73 = icmp sgt i64 %16, 8
  br i1 %73, label %74, label %184

74:                                               ; preds = %72, %127
  %75 = phi ptr [ %76, %127 ], [ %17, %72 ]
  %76 = getelementptr inbounds i8, ptr %75, i64 -8
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = load double, ptr %0, align 8, !tbaa !9
  store double %78, ptr %76, align 8, !tbaa !9
  %79 = ptrtoint ptr %76 to i64
  %80 = sub i64 %79, %4
  %81 = ashr exact i64 %80, 3
  %82 = add nsw i64 %81, -1
  %83 = sdiv i64 %82, 2
  %84 = icmp sgt i64 %81, 2
  br i1 %84, label %85, label %100

85:                                               ; preds = %74, %85
  %86 = phi i64 [ %95, %85 ], [ 0, %74 ]
  %87 = shl i64 %86, 1
  %88 = add i64 %87, 2
  %89 = getelementptr inbounds double, ptr %0, i64 %88
  %90 = or disjoint i64 %87, 1
  %91 = getelementptr inbounds double, ptr %0, i64 %90
  %92 = load double, ptr %89, align 8, !tbaa !9
  %93 = load double, ptr %91, align 8, !tbaa !9
  %94 = fcmp olt double %92, %93
  %95 = select i1 %94, i64 %90, i64 %88
  %96 = getelementptr inbounds double, ptr %0, i64 %95
  %97 = load double, ptr %96, align 8, !tbaa !9
  %98 = getelementptr inbounds double, ptr %0, i64 %86
  store double %97, ptr %98, align 8, !tbaa !9
  %99 = icmp slt i64 %95, %83
  br i1 %99, label %85, label %100, !llvm.loop !24

100:                                              ; preds = %85, %74
  %101 = phi i64 [ 0, %74 ], [ %95, %85 ]
  %102 = and i64 %80, 8
  %103 = icmp eq i64 %102, 0
  br i1 %103, label %104, label %114

104:                                              ; preds = %100
  %105 = add nsw i64 %81, -2
  %106 = ashr exact i64 %105, 1
  %107 = icmp eq i64 %101, %106
  br i1 %107, label %108, label %114

108:                                              ; preds = %104
  %109 = shl nsw i64 %101, 1
  %110 = or disjoint i64 %109, 1
  %111 = getelementptr inbounds double, ptr %0, i64 %110
  %112 = load double, ptr %111, align 8, !tbaa !9
  %113 = getelementptr inbounds double, ptr %0, i64 %101
  store double %112, ptr %113, align 8, !tbaa !9
  br label %114

114:                                              ; preds = %108, %104, %100
  %115 = phi i64 [ %110, %108 ], [ %101, %104 ], [ %101, %100 ]
  %116 = icmp sgt i64 %115, 0
  br i1 %116, label %117, label %127

117:                                              ; preds = %114, %124
  %118 = phi i64 [ %120, %124 ], [ %115, %114 ]
  %119 = add nsw i64 %118, -1
  %120 = sdiv i64 %119, 2
  %121 = getelementptr inbounds nuw double, ptr %0, i64 %120
  %122 = load double, ptr %121, align 8, !tbaa !9
  %123 = fcmp olt double %122, %77
  br i1 %123, label %124, label %127

124:                                              ; preds = %117
  %125 = getelementptr inbounds nuw double, ptr %0, i64 %118
  store double %122, ptr %125, align 8, !tbaa !9
  %126 = icmp sgt i64 %118, 2
  br i1 %126, label %117, label %127, !llvm.loop !25

127:                                              ; preds = %124, %117, %114
  %128 = phi i64 [ %115, %114 ], [ %118, %117 ], [ %120, %124 ]
  %129 = getelementptr inbounds double, ptr %0, i64 %128
  store double %77, ptr %129, align 8, !tbaa !9
  %130 = icmp sgt i64 %80, 8
  br i1 %130, label %74, label %184, !llvm.loop !27

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

184:                                              ; preds = %179, %127, %3, %72
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

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #12

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.usub.sat.i64(i64, i64) #12

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
