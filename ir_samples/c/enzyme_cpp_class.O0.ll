; ModuleID = 'enzyme_cpp_class.cpp'
source_filename = "enzyme_cpp_class.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Spring = type { double, double }
%class.Buffer = type { i32, ptr }
%class.Polynomial = type { [4 x double] }
%class.Integrator = type <{ double, i32, [4 x i8] }>
%struct.Square = type { %struct.Shape }
%struct.Shape = type { ptr }
%struct.Circle = type { %struct.Shape }
%struct.Node = type { double, ptr }

$_ZN6BufferC2Ei = comdat any

$_ZN6BufferixEi = comdat any

$_ZNK6Buffer4sizeEv = comdat any

$_ZNK6Spring6energyEd = comdat any

$_ZN6BufferD2Ev = comdat any

$_ZN10PolynomialILi4EEC2ERA4_Kd = comdat any

$_ZNK10PolynomialILi4EEclEd = comdat any

$_ZN10IntegratorIdEC2Edi = comdat any

$_ZNK10IntegratorIdE3runEdd = comdat any

$_ZN6SquareC2Ev = comdat any

$_ZN6CircleC2Ev = comdat any

$_ZNK6Square4areaEd = comdat any

$_ZN6CircleD2Ev = comdat any

$_ZN6SquareD2Ev = comdat any

$_ZN5ShapeC2Ev = comdat any

$_ZN6SquareD0Ev = comdat any

$_ZN5ShapeD2Ev = comdat any

$_ZN5ShapeD0Ev = comdat any

$_ZNK6Circle4areaEd = comdat any

$_ZN6CircleD0Ev = comdat any

$_ZN10IntegratorIdE4rateEdd = comdat any

$_ZTV6Square = comdat any

$_ZTI6Square = comdat any

$_ZTS6Square = comdat any

$_ZTI5Shape = comdat any

$_ZTS5Shape = comdat any

$_ZTV5Shape = comdat any

$_ZTV6Circle = comdat any

$_ZTI6Circle = comdat any

$_ZTS6Circle = comdat any

@__const._Z12chain_energyPKdi.s = private unnamed_addr constant %struct.Spring { double 2.000000e+00, double 1.000000e+00 }, align 8
@__const._Z7poly_atd.c = private unnamed_addr constant [4 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01, double 2.500000e-01], align 16
@__const.main.pos = private unnamed_addr constant [4 x double] [double 0.000000e+00, double 1.500000e+00, double 2.000000e+00, double 3.750000e+00], align 16
@enzyme_dup = external global i32, align 4
@enzyme_const = external global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"dpos[0]\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"dpos[2]\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"dpoly\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"dscale\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"dvirtual\00", align 1
@enzyme_out = external global i32, align 4
@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01], align 16
@.str.6 = private unnamed_addr constant [10 x i8] c"dstack[0]\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"dstack[2]\00", align 1
@stdout = external global ptr, align 8
@_ZTV6Square = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI6Square, ptr @_ZNK6Square4areaEd, ptr @_ZN6SquareD2Ev, ptr @_ZN6SquareD0Ev] }, comdat, align 8
@_ZTI6Square = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Square, ptr @_ZTI5Shape }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS6Square = linkonce_odr dso_local constant [8 x i8] c"6Square\00", comdat, align 1
@_ZTI5Shape = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Shape }, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS5Shape = linkonce_odr dso_local constant [7 x i8] c"5Shape\00", comdat, align 1
@_ZTV5Shape = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI5Shape, ptr @__cxa_pure_virtual, ptr @_ZN5ShapeD2Ev, ptr @_ZN5ShapeD0Ev] }, comdat, align 8
@_ZTV6Circle = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI6Circle, ptr @_ZNK6Circle4areaEd, ptr @_ZN6CircleD2Ev, ptr @_ZN6CircleD0Ev] }, comdat, align 8
@_ZTI6Circle = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Circle, ptr @_ZTI5Shape }, comdat, align 8
@_ZTS6Circle = linkonce_odr dso_local constant [8 x i8] c"6Circle\00", comdat, align 1

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef double @_Z12chain_energyPKdi(ptr noundef %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %class.Buffer, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca %struct.Spring, align 8
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %12 = load i32, ptr %4, align 4
  %13 = sub nsw i32 %12, 1
  call void @_ZN6BufferC2Ei(ptr noundef nonnull align 8 dereferenceable(16) %5, i32 noundef %13)
  store i32 0, ptr %6, align 4
  br label %14

14:                                               ; preds = %35, %2
  %15 = load i32, ptr %6, align 4
  %16 = add nsw i32 %15, 1
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %42

19:                                               ; preds = %14
  %20 = load ptr, ptr %3, align 8
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds double, ptr %20, i64 %23
  %25 = load double, ptr %24, align 8
  %26 = load ptr, ptr %3, align 8
  %27 = load i32, ptr %6, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds double, ptr %26, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = fsub double %25, %30
  %32 = load i32, ptr %6, align 4
  %33 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZN6BufferixEi(ptr noundef nonnull align 8 dereferenceable(16) %5, i32 noundef %32)
          to label %34 unwind label %38

34:                                               ; preds = %19
  store double %31, ptr %33, align 8
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %6, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %6, align 4
  br label %14, !llvm.loop !6

38:                                               ; preds = %51, %48, %43, %19
  %39 = landingpad { ptr, i32 }
          cleanup
  %40 = extractvalue { ptr, i32 } %39, 0
  store ptr %40, ptr %7, align 8
  %41 = extractvalue { ptr, i32 } %39, 1
  store i32 %41, ptr %8, align 4
  call void @_ZN6BufferD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %5) #10
  br label %62

42:                                               ; preds = %14
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 @__const._Z12chain_energyPKdi.s, i64 16, i1 false)
  store double 0.000000e+00, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %43

43:                                               ; preds = %57, %42
  %44 = load i32, ptr %11, align 4
  %45 = invoke noundef i32 @_ZNK6Buffer4sizeEv(ptr noundef nonnull align 8 dereferenceable(16) %5)
          to label %46 unwind label %38

46:                                               ; preds = %43
  %47 = icmp slt i32 %44, %45
  br i1 %47, label %48, label %60

48:                                               ; preds = %46
  %49 = load i32, ptr %11, align 4
  %50 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZN6BufferixEi(ptr noundef nonnull align 8 dereferenceable(16) %5, i32 noundef %49)
          to label %51 unwind label %38

51:                                               ; preds = %48
  %52 = load double, ptr %50, align 8
  %53 = invoke noundef double @_ZNK6Spring6energyEd(ptr noundef nonnull align 8 dereferenceable(16) %9, double noundef %52)
          to label %54 unwind label %38

54:                                               ; preds = %51
  %55 = load double, ptr %10, align 8
  %56 = fadd double %55, %53
  store double %56, ptr %10, align 8
  br label %57

57:                                               ; preds = %54
  %58 = load i32, ptr %11, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %11, align 4
  br label %43, !llvm.loop !8

60:                                               ; preds = %46
  %61 = load double, ptr %10, align 8
  call void @_ZN6BufferD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %5) #10
  ret double %61

62:                                               ; preds = %38
  %63 = load ptr, ptr %7, align 8
  %64 = load i32, ptr %8, align 4
  %65 = insertvalue { ptr, i32 } poison, ptr %63, 0
  %66 = insertvalue { ptr, i32 } %65, i32 %64, 1
  resume { ptr, i32 } %66
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZN6BufferC2Ei(ptr noundef nonnull align 8 dereferenceable(16) %0, i32 noundef %1) unnamed_addr #0 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %class.Buffer, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %4, align 4
  store i32 %7, ptr %6, align 8
  %8 = getelementptr inbounds nuw %class.Buffer, ptr %5, i32 0, i32 1
  %9 = load i32, ptr %4, align 4
  %10 = sext i32 %9 to i64
  %11 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %10, i64 8)
  %12 = extractvalue { i64, i1 } %11, 1
  %13 = extractvalue { i64, i1 } %11, 0
  %14 = select i1 %12, i64 -1, i64 %13
  %15 = call noalias noundef nonnull ptr @_Znam(i64 noundef %14) #11
  store ptr %15, ptr %8, align 8
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZN6BufferixEi(ptr noundef nonnull align 8 dereferenceable(16) %0, i32 noundef %1) #1 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %class.Buffer, ptr %5, i32 0, i32 1
  %7 = load ptr, ptr %6, align 8
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds double, ptr %7, i64 %9
  ret ptr %10
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef i32 @_ZNK6Buffer4sizeEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Buffer, ptr %3, i32 0, i32 0
  %5 = load i32, ptr %4, align 8
  ret i32 %5
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef double @_ZNK6Spring6energyEd(ptr noundef nonnull align 8 dereferenceable(16) %0, double noundef %1) #1 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load double, ptr %4, align 8
  %8 = getelementptr inbounds nuw %struct.Spring, ptr %6, i32 0, i32 1
  %9 = load double, ptr %8, align 8
  %10 = fsub double %7, %9
  store double %10, ptr %5, align 8
  %11 = getelementptr inbounds nuw %struct.Spring, ptr %6, i32 0, i32 0
  %12 = load double, ptr %11, align 8
  %13 = fmul double 5.000000e-01, %12
  %14 = load double, ptr %5, align 8
  %15 = fmul double %13, %14
  %16 = load double, ptr %5, align 8
  %17 = fmul double %15, %16
  ret double %17
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN6BufferD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Buffer, ptr %3, i32 0, i32 1
  %5 = load ptr, ptr %4, align 8
  %6 = icmp eq ptr %5, null
  br i1 %6, label %8, label %7

7:                                                ; preds = %1
  call void @_ZdaPv(ptr noundef %5) #12
  br label %8

8:                                                ; preds = %7, %1
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef double @_Z7poly_atd(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca [4 x double], align 16
  %4 = alloca %class.Polynomial, align 8
  store double %0, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const._Z7poly_atd.c, i64 32, i1 false)
  call void @_ZN10PolynomialILi4EEC2ERA4_Kd(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(32) %3)
  %5 = load double, ptr %2, align 8
  %6 = call noundef double @_ZNK10PolynomialILi4EEclEd(ptr noundef nonnull align 8 dereferenceable(32) %4, double noundef %5)
  ret double %6
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN10PolynomialILi4EEC2ERA4_Kd(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) unnamed_addr #1 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %5, align 4
  %9 = icmp slt i32 %8, 4
  br i1 %9, label %10, label %23

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 8, !nonnull !9, !align !10
  %12 = load i32, ptr %5, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [4 x double], ptr %11, i64 0, i64 %13
  %15 = load double, ptr %14, align 8
  %16 = getelementptr inbounds nuw %class.Polynomial, ptr %6, i32 0, i32 0
  %17 = load i32, ptr %5, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [4 x double], ptr %16, i64 0, i64 %18
  store double %15, ptr %19, align 8
  br label %20

20:                                               ; preds = %10
  %21 = load i32, ptr %5, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %5, align 4
  br label %7, !llvm.loop !11

23:                                               ; preds = %7
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef double @_ZNK10PolynomialILi4EEclEd(ptr noundef nonnull align 8 dereferenceable(32) %0, double noundef %1) #1 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  store double 0.000000e+00, ptr %5, align 8
  store i32 3, ptr %6, align 4
  br label %8

8:                                                ; preds = %20, %2
  %9 = load i32, ptr %6, align 4
  %10 = icmp sge i32 %9, 0
  br i1 %10, label %11, label %23

11:                                               ; preds = %8
  %12 = load double, ptr %5, align 8
  %13 = load double, ptr %4, align 8
  %14 = getelementptr inbounds nuw %class.Polynomial, ptr %7, i32 0, i32 0
  %15 = load i32, ptr %6, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [4 x double], ptr %14, i64 0, i64 %16
  %18 = load double, ptr %17, align 8
  %19 = call double @llvm.fmuladd.f64(double %12, double %13, double %18)
  store double %19, ptr %5, align 8
  br label %20

20:                                               ; preds = %11
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, -1
  store i32 %22, ptr %6, align 4
  br label %8, !llvm.loop !12

23:                                               ; preds = %8
  %24 = load double, ptr %5, align 8
  ret double %24
}

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef double @_Z5decayd(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca %class.Integrator, align 8
  store double %0, ptr %2, align 8
  call void @_ZN10IntegratorIdEC2Edi(ptr noundef nonnull align 8 dereferenceable(12) %3, double noundef 1.000000e-01, i32 noundef 5)
  %4 = load double, ptr %2, align 8
  %5 = call noundef double @_ZNK10IntegratorIdE3runEdd(ptr noundef nonnull align 8 dereferenceable(12) %3, double noundef 1.000000e+00, double noundef %4)
  ret double %5
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN10IntegratorIdEC2Edi(ptr noundef nonnull align 8 dereferenceable(12) %0, double noundef %1, i32 noundef %2) unnamed_addr #1 comdat align 2 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %class.Integrator, ptr %7, i32 0, i32 0
  %9 = load double, ptr %5, align 8
  store double %9, ptr %8, align 8
  %10 = getelementptr inbounds nuw %class.Integrator, ptr %7, i32 0, i32 1
  %11 = load i32, ptr %6, align 4
  store i32 %11, ptr %10, align 8
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local noundef double @_ZNK10IntegratorIdE3runEdd(ptr noundef nonnull align 8 dereferenceable(12) %0, double noundef %1, double noundef %2) #0 comdat align 2 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %8 = load ptr, ptr %4, align 8
  store i32 0, ptr %7, align 4
  br label %9

9:                                                ; preds = %22, %3
  %10 = load i32, ptr %7, align 4
  %11 = getelementptr inbounds nuw %class.Integrator, ptr %8, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  %13 = icmp slt i32 %10, %12
  br i1 %13, label %14, label %25

14:                                               ; preds = %9
  %15 = getelementptr inbounds nuw %class.Integrator, ptr %8, i32 0, i32 0
  %16 = load double, ptr %15, align 8
  %17 = load double, ptr %5, align 8
  %18 = load double, ptr %6, align 8
  %19 = call noundef double @_ZN10IntegratorIdE4rateEdd(double noundef %17, double noundef %18)
  %20 = load double, ptr %5, align 8
  %21 = call double @llvm.fmuladd.f64(double %16, double %19, double %20)
  store double %21, ptr %5, align 8
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %7, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %7, align 4
  br label %9, !llvm.loop !13

25:                                               ; preds = %9
  %26 = load double, ptr %5, align 8
  ret double %26
}

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef double @_Z10two_shapesdi(double noundef %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.Square, align 8
  %6 = alloca %struct.Circle, align 8
  %7 = alloca [2 x ptr], align 16
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  call void @_ZN6SquareC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #10
  call void @_ZN6CircleC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %6) #10
  store ptr %5, ptr %7, align 8
  %10 = getelementptr inbounds ptr, ptr %7, i64 1
  store ptr %6, ptr %10, align 8
  %11 = load i32, ptr %4, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [2 x ptr], ptr %7, i64 0, i64 %12
  %14 = load ptr, ptr %13, align 8
  %15 = load double, ptr %3, align 8
  %16 = load ptr, ptr %14, align 8
  %17 = getelementptr inbounds ptr, ptr %16, i64 0
  %18 = load ptr, ptr %17, align 8
  %19 = invoke noundef double %18(ptr noundef nonnull align 8 dereferenceable(8) %14, double noundef %15)
          to label %20 unwind label %26

20:                                               ; preds = %2
  %21 = load double, ptr %3, align 8
  %22 = fmul double 2.000000e+00, %21
  %23 = invoke noundef double @_ZNK6Square4areaEd(ptr noundef nonnull align 8 dereferenceable(8) %5, double noundef %22)
          to label %24 unwind label %26

24:                                               ; preds = %20
  %25 = fadd double %19, %23
  call void @_ZN6CircleD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %6) #10
  call void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #10
  ret double %25

26:                                               ; preds = %20, %2
  %27 = landingpad { ptr, i32 }
          cleanup
  %28 = extractvalue { ptr, i32 } %27, 0
  store ptr %28, ptr %8, align 8
  %29 = extractvalue { ptr, i32 } %27, 1
  store i32 %29, ptr %9, align 4
  call void @_ZN6CircleD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %6) #10
  call void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #10
  br label %30

30:                                               ; preds = %26
  %31 = load ptr, ptr %8, align 8
  %32 = load i32, ptr %9, align 4
  %33 = insertvalue { ptr, i32 } poison, ptr %31, 0
  %34 = insertvalue { ptr, i32 } %33, i32 %32, 1
  resume { ptr, i32 } %34
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN6SquareC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #10
  store ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTV6Square, i32 0, i32 0, i32 2), ptr %3, align 8
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN6CircleC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #10
  store ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTV6Circle, i32 0, i32 0, i32 2), ptr %3, align 8
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef double @_ZNK6Square4areaEd(ptr noundef nonnull align 8 dereferenceable(8) %0, double noundef %1) unnamed_addr #1 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = load double, ptr %4, align 8
  %8 = fmul double %6, %7
  ret double %8
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN6CircleD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #10
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #10
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef double @_Z9stack_sumPKdi(ptr noundef %0, i32 noundef %1) #0 personality ptr @__gxx_personality_v0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %class.Buffer, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  call void @_ZN6BufferC2Ei(ptr noundef nonnull align 8 dereferenceable(16) %5, i32 noundef 1)
  store ptr null, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %32, %2
  %12 = load i32, ptr %7, align 4
  %13 = load i32, ptr %4, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %39

15:                                               ; preds = %11
  %16 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef 16) #11
          to label %17 unwind label %35

17:                                               ; preds = %15
  %18 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 0
  %19 = load ptr, ptr %3, align 8
  %20 = load i32, ptr %7, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load ptr, ptr %3, align 8
  %25 = load i32, ptr %7, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = fmul double %23, %28
  store double %29, ptr %18, align 16
  %30 = getelementptr inbounds nuw %struct.Node, ptr %16, i32 0, i32 1
  %31 = load ptr, ptr %6, align 8
  store ptr %31, ptr %30, align 8
  store ptr %16, ptr %6, align 8
  br label %32

32:                                               ; preds = %17
  %33 = load i32, ptr %7, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %7, align 4
  br label %11, !llvm.loop !14

35:                                               ; preds = %61, %45, %39, %15
  %36 = landingpad { ptr, i32 }
          cleanup
  %37 = extractvalue { ptr, i32 } %36, 0
  store ptr %37, ptr %8, align 8
  %38 = extractvalue { ptr, i32 } %36, 1
  store i32 %38, ptr %9, align 4
  call void @_ZN6BufferD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %5) #10
  br label %65

39:                                               ; preds = %11
  %40 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZN6BufferixEi(ptr noundef nonnull align 8 dereferenceable(16) %5, i32 noundef 0)
          to label %41 unwind label %35

41:                                               ; preds = %39
  store double 0.000000e+00, ptr %40, align 8
  br label %42

42:                                               ; preds = %59, %41
  %43 = load ptr, ptr %6, align 8
  %44 = icmp ne ptr %43, null
  br i1 %44, label %45, label %61

45:                                               ; preds = %42
  %46 = load ptr, ptr %6, align 8
  %47 = getelementptr inbounds nuw %struct.Node, ptr %46, i32 0, i32 1
  %48 = load ptr, ptr %47, align 8
  store ptr %48, ptr %10, align 8
  %49 = load ptr, ptr %6, align 8
  %50 = getelementptr inbounds nuw %struct.Node, ptr %49, i32 0, i32 0
  %51 = load double, ptr %50, align 8
  %52 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZN6BufferixEi(ptr noundef nonnull align 8 dereferenceable(16) %5, i32 noundef 0)
          to label %53 unwind label %35

53:                                               ; preds = %45
  %54 = load double, ptr %52, align 8
  %55 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %51, double %54)
  store double %55, ptr %52, align 8
  %56 = load ptr, ptr %6, align 8
  %57 = icmp eq ptr %56, null
  br i1 %57, label %59, label %58

58:                                               ; preds = %53
  call void @_ZdlPvm(ptr noundef %56, i64 noundef 16) #12
  br label %59

59:                                               ; preds = %58, %53
  %60 = load ptr, ptr %10, align 8
  store ptr %60, ptr %6, align 8
  br label %42, !llvm.loop !15

61:                                               ; preds = %42
  %62 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZN6BufferixEi(ptr noundef nonnull align 8 dereferenceable(16) %5, i32 noundef 0)
          to label %63 unwind label %35

63:                                               ; preds = %61
  %64 = load double, ptr %62, align 8
  call void @_ZN6BufferD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %5) #10
  ret double %64

65:                                               ; preds = %35
  %66 = load ptr, ptr %8, align 8
  %67 = load i32, ptr %9, align 4
  %68 = insertvalue { ptr, i32 } poison, ptr %66, 0
  %69 = insertvalue { ptr, i32 } %68, i32 %67, 1
  resume { ptr, i32 } %69
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) #5

; Function Attrs: mustprogress noinline norecurse optnone uwtable
define dso_local noundef i32 @main() #6 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x double], align 16
  %3 = alloca [4 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.pos, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 32, i1 false)
  %6 = load i32, ptr @enzyme_dup, align 4
  %7 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %8 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  %9 = load i32, ptr @enzyme_const, align 4
  call void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef @_Z12chain_energyPKdi, i32 noundef %6, ptr noundef %7, ptr noundef %8, i32 noundef %9, i32 noundef 4)
  %10 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 0
  %11 = load double, ptr %10, align 16
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %11)
  %13 = getelementptr inbounds [4 x double], ptr %3, i64 0, i64 2
  %14 = load double, ptr %13, align 16
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %14)
  %16 = call noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef @_Z7poly_atd, double noundef 1.500000e+00)
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %16)
  %18 = call noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef @_Z5decayd, double noundef 8.000000e-01)
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.4, double noundef %18)
  %20 = load i32, ptr @enzyme_out, align 4
  %21 = load i32, ptr @enzyme_const, align 4
  %22 = call noundef double @_Z17__enzyme_autodiffIdJidiiEET_PvDpT0_(ptr noundef @_Z10two_shapesdi, i32 noundef %20, double noundef 1.500000e+00, i32 noundef %21, i32 noundef 1)
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.5, double noundef %22)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.x, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 24, i1 false)
  %24 = load i32, ptr @enzyme_dup, align 4
  %25 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0
  %26 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %27 = load i32, ptr @enzyme_const, align 4
  call void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef @_Z9stack_sumPKdi, i32 noundef %24, ptr noundef %25, ptr noundef %26, i32 noundef %27, i32 noundef 3)
  %28 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0
  %29 = load double, ptr %28, align 16
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.6, double noundef %29)
  %31 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 2
  %32 = load double, ptr %31, align 16
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.7, double noundef %32)
  %34 = load ptr, ptr @stdout, align 8
  %35 = call i32 @fflush(ptr noundef %34)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

declare void @_Z17__enzyme_autodiffIvJiPdS0_iiEET_PvDpT0_(ptr noundef, i32 noundef, ptr noundef, ptr noundef, i32 noundef, i32 noundef) #8

declare i32 @printf(ptr noundef, ...) #8

declare noundef double @_Z17__enzyme_autodiffIdJdEET_PvDpT0_(ptr noundef, double noundef) #8

declare noundef double @_Z17__enzyme_autodiffIdJidiiEET_PvDpT0_(ptr noundef, i32 noundef, double noundef, i32 noundef, i32 noundef) #8

declare i32 @fflush(ptr noundef) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #4

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znam(i64 noundef) #3

; Function Attrs: nobuiltin nounwind
declare void @_ZdaPv(ptr noundef) #5

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  store ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTV5Shape, i32 0, i32 0, i32 2), ptr %3, align 8
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #10
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 8) #12
  ret void
}

declare void @__cxa_pure_virtual() unnamed_addr

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN5ShapeD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @llvm.trap() #13
  unreachable
}

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #9

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef double @_ZNK6Circle4areaEd(ptr noundef nonnull align 8 dereferenceable(8) %0, double noundef %1) unnamed_addr #1 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = fmul double 0x400921FB54442D18, %6
  %8 = load double, ptr %4, align 8
  %9 = fmul double %7, %8
  ret double %9
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN6CircleD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #10
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 8) #12
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local noundef double @_ZN10IntegratorIdE4rateEdd(double noundef %0, double noundef %1) #1 comdat align 2 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = fneg double %5
  %7 = load double, ptr %3, align 8
  %8 = fmul double %6, %7
  ret double %8
}

attributes #0 = { mustprogress noinline optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nobuiltin allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nobuiltin nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress noinline norecurse optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #10 = { nounwind }
attributes #11 = { builtin allocsize(0) }
attributes #12 = { builtin nounwind }
attributes #13 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = !{}
!10 = !{i64 8}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
