; ModuleID = 'ba_reprojection.c'
source_filename = "ba_reprojection.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.cam = private unnamed_addr constant [11 x double] [double 1.000000e-01, double -2.000000e-01, double 5.000000e-02, double 3.000000e-01, double 1.000000e-01, double -4.000000e+00, double 8.000000e+02, double 3.200000e+02, double 2.400000e+02, double 1.000000e-03, double -2.000000e-05], align 16
@__const.main.X = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -4.000000e-01, double 2.000000e+00], align 16
@__const.main.feat = private unnamed_addr constant [2 x double] [double 4.000000e+02, double 1.800000e+02], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"proj[0]\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"proj[1]\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"reprojection_error\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @project(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [3 x double], align 16
  %8 = alloca [3 x double], align 16
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds double, ptr %13, i64 0
  %15 = load double, ptr %14, align 8
  %16 = load ptr, ptr %4, align 8
  %17 = getelementptr inbounds double, ptr %16, i64 3
  %18 = load double, ptr %17, align 8
  %19 = fsub double %15, %18
  store double %19, ptr %7, align 8
  %20 = getelementptr inbounds double, ptr %7, i64 1
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds double, ptr %21, i64 1
  %23 = load double, ptr %22, align 8
  %24 = load ptr, ptr %4, align 8
  %25 = getelementptr inbounds double, ptr %24, i64 4
  %26 = load double, ptr %25, align 8
  %27 = fsub double %23, %26
  store double %27, ptr %20, align 8
  %28 = getelementptr inbounds double, ptr %7, i64 2
  %29 = load ptr, ptr %5, align 8
  %30 = getelementptr inbounds double, ptr %29, i64 2
  %31 = load double, ptr %30, align 8
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds double, ptr %32, i64 5
  %34 = load double, ptr %33, align 8
  %35 = fsub double %31, %34
  store double %35, ptr %28, align 8
  %36 = load ptr, ptr %4, align 8
  %37 = getelementptr inbounds [3 x double], ptr %7, i64 0, i64 0
  %38 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 0
  call void @rodrigues_rotate(ptr noundef %36, ptr noundef %37, ptr noundef %38)
  %39 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 0
  %40 = load double, ptr %39, align 16
  %41 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 2
  %42 = load double, ptr %41, align 16
  %43 = fdiv double %40, %42
  store double %43, ptr %9, align 8
  %44 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 1
  %45 = load double, ptr %44, align 8
  %46 = getelementptr inbounds [3 x double], ptr %8, i64 0, i64 2
  %47 = load double, ptr %46, align 16
  %48 = fdiv double %45, %47
  store double %48, ptr %10, align 8
  %49 = load double, ptr %9, align 8
  %50 = load double, ptr %9, align 8
  %51 = load double, ptr %10, align 8
  %52 = load double, ptr %10, align 8
  %53 = fmul double %51, %52
  %54 = call double @llvm.fmuladd.f64(double %49, double %50, double %53)
  store double %54, ptr %11, align 8
  %55 = load ptr, ptr %4, align 8
  %56 = getelementptr inbounds double, ptr %55, i64 9
  %57 = load double, ptr %56, align 8
  %58 = load double, ptr %11, align 8
  %59 = call double @llvm.fmuladd.f64(double %57, double %58, double 1.000000e+00)
  %60 = load ptr, ptr %4, align 8
  %61 = getelementptr inbounds double, ptr %60, i64 10
  %62 = load double, ptr %61, align 8
  %63 = load double, ptr %11, align 8
  %64 = fmul double %62, %63
  %65 = load double, ptr %11, align 8
  %66 = call double @llvm.fmuladd.f64(double %64, double %65, double %59)
  store double %66, ptr %12, align 8
  %67 = load double, ptr %9, align 8
  %68 = load double, ptr %12, align 8
  %69 = fmul double %67, %68
  %70 = load ptr, ptr %4, align 8
  %71 = getelementptr inbounds double, ptr %70, i64 6
  %72 = load double, ptr %71, align 8
  %73 = load ptr, ptr %4, align 8
  %74 = getelementptr inbounds double, ptr %73, i64 7
  %75 = load double, ptr %74, align 8
  %76 = call double @llvm.fmuladd.f64(double %69, double %72, double %75)
  %77 = load ptr, ptr %6, align 8
  %78 = getelementptr inbounds double, ptr %77, i64 0
  store double %76, ptr %78, align 8
  %79 = load double, ptr %10, align 8
  %80 = load double, ptr %12, align 8
  %81 = fmul double %79, %80
  %82 = load ptr, ptr %4, align 8
  %83 = getelementptr inbounds double, ptr %82, i64 6
  %84 = load double, ptr %83, align 8
  %85 = load ptr, ptr %4, align 8
  %86 = getelementptr inbounds double, ptr %85, i64 8
  %87 = load double, ptr %86, align 8
  %88 = call double @llvm.fmuladd.f64(double %81, double %84, double %87)
  %89 = load ptr, ptr %6, align 8
  %90 = getelementptr inbounds double, ptr %89, i64 1
  store double %88, ptr %90, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @rodrigues_rotate(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca [3 x double], align 16
  %12 = alloca [3 x double], align 16
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  %15 = alloca [3 x double], align 16
  %16 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds double, ptr %17, i64 0
  %19 = load double, ptr %18, align 8
  %20 = load ptr, ptr %4, align 8
  %21 = getelementptr inbounds double, ptr %20, i64 0
  %22 = load double, ptr %21, align 8
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds double, ptr %23, i64 1
  %25 = load double, ptr %24, align 8
  %26 = load ptr, ptr %4, align 8
  %27 = getelementptr inbounds double, ptr %26, i64 1
  %28 = load double, ptr %27, align 8
  %29 = fmul double %25, %28
  %30 = call double @llvm.fmuladd.f64(double %19, double %22, double %29)
  %31 = load ptr, ptr %4, align 8
  %32 = getelementptr inbounds double, ptr %31, i64 2
  %33 = load double, ptr %32, align 8
  %34 = load ptr, ptr %4, align 8
  %35 = getelementptr inbounds double, ptr %34, i64 2
  %36 = load double, ptr %35, align 8
  %37 = call double @llvm.fmuladd.f64(double %33, double %36, double %30)
  store double %37, ptr %7, align 8
  %38 = load double, ptr %7, align 8
  %39 = fcmp ogt double %38, 0x3D719799812DEA11
  br i1 %39, label %40, label %157

40:                                               ; preds = %3
  %41 = load double, ptr %7, align 8
  %42 = call double @sqrt(double noundef %41) #5
  store double %42, ptr %8, align 8
  %43 = load double, ptr %8, align 8
  %44 = call double @cos(double noundef %43) #5
  store double %44, ptr %9, align 8
  %45 = load double, ptr %8, align 8
  %46 = call double @sin(double noundef %45) #5
  store double %46, ptr %10, align 8
  %47 = load ptr, ptr %4, align 8
  %48 = getelementptr inbounds double, ptr %47, i64 0
  %49 = load double, ptr %48, align 8
  %50 = load double, ptr %8, align 8
  %51 = fdiv double %49, %50
  store double %51, ptr %11, align 8
  %52 = getelementptr inbounds double, ptr %11, i64 1
  %53 = load ptr, ptr %4, align 8
  %54 = getelementptr inbounds double, ptr %53, i64 1
  %55 = load double, ptr %54, align 8
  %56 = load double, ptr %8, align 8
  %57 = fdiv double %55, %56
  store double %57, ptr %52, align 8
  %58 = getelementptr inbounds double, ptr %11, i64 2
  %59 = load ptr, ptr %4, align 8
  %60 = getelementptr inbounds double, ptr %59, i64 2
  %61 = load double, ptr %60, align 8
  %62 = load double, ptr %8, align 8
  %63 = fdiv double %61, %62
  store double %63, ptr %58, align 8
  %64 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 1
  %65 = load double, ptr %64, align 8
  %66 = load ptr, ptr %5, align 8
  %67 = getelementptr inbounds double, ptr %66, i64 2
  %68 = load double, ptr %67, align 8
  %69 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 2
  %70 = load double, ptr %69, align 16
  %71 = load ptr, ptr %5, align 8
  %72 = getelementptr inbounds double, ptr %71, i64 1
  %73 = load double, ptr %72, align 8
  %74 = fmul double %70, %73
  %75 = fneg double %74
  %76 = call double @llvm.fmuladd.f64(double %65, double %68, double %75)
  store double %76, ptr %12, align 8
  %77 = getelementptr inbounds double, ptr %12, i64 1
  %78 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 2
  %79 = load double, ptr %78, align 16
  %80 = load ptr, ptr %5, align 8
  %81 = getelementptr inbounds double, ptr %80, i64 0
  %82 = load double, ptr %81, align 8
  %83 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 0
  %84 = load double, ptr %83, align 16
  %85 = load ptr, ptr %5, align 8
  %86 = getelementptr inbounds double, ptr %85, i64 2
  %87 = load double, ptr %86, align 8
  %88 = fmul double %84, %87
  %89 = fneg double %88
  %90 = call double @llvm.fmuladd.f64(double %79, double %82, double %89)
  store double %90, ptr %77, align 8
  %91 = getelementptr inbounds double, ptr %12, i64 2
  %92 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 0
  %93 = load double, ptr %92, align 16
  %94 = load ptr, ptr %5, align 8
  %95 = getelementptr inbounds double, ptr %94, i64 1
  %96 = load double, ptr %95, align 8
  %97 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 1
  %98 = load double, ptr %97, align 8
  %99 = load ptr, ptr %5, align 8
  %100 = getelementptr inbounds double, ptr %99, i64 0
  %101 = load double, ptr %100, align 8
  %102 = fmul double %98, %101
  %103 = fneg double %102
  %104 = call double @llvm.fmuladd.f64(double %93, double %96, double %103)
  store double %104, ptr %91, align 8
  %105 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 0
  %106 = load double, ptr %105, align 16
  %107 = load ptr, ptr %5, align 8
  %108 = getelementptr inbounds double, ptr %107, i64 0
  %109 = load double, ptr %108, align 8
  %110 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 1
  %111 = load double, ptr %110, align 8
  %112 = load ptr, ptr %5, align 8
  %113 = getelementptr inbounds double, ptr %112, i64 1
  %114 = load double, ptr %113, align 8
  %115 = fmul double %111, %114
  %116 = call double @llvm.fmuladd.f64(double %106, double %109, double %115)
  %117 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 2
  %118 = load double, ptr %117, align 16
  %119 = load ptr, ptr %5, align 8
  %120 = getelementptr inbounds double, ptr %119, i64 2
  %121 = load double, ptr %120, align 8
  %122 = call double @llvm.fmuladd.f64(double %118, double %121, double %116)
  store double %122, ptr %13, align 8
  store i32 0, ptr %14, align 4
  br label %123

123:                                              ; preds = %153, %40
  %124 = load i32, ptr %14, align 4
  %125 = icmp slt i32 %124, 3
  br i1 %125, label %126, label %156

126:                                              ; preds = %123
  %127 = load ptr, ptr %5, align 8
  %128 = load i32, ptr %14, align 4
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds double, ptr %127, i64 %129
  %131 = load double, ptr %130, align 8
  %132 = load double, ptr %9, align 8
  %133 = load i32, ptr %14, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [3 x double], ptr %12, i64 0, i64 %134
  %136 = load double, ptr %135, align 8
  %137 = load double, ptr %10, align 8
  %138 = fmul double %136, %137
  %139 = call double @llvm.fmuladd.f64(double %131, double %132, double %138)
  %140 = load i32, ptr %14, align 4
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 %141
  %143 = load double, ptr %142, align 8
  %144 = load double, ptr %13, align 8
  %145 = fmul double %143, %144
  %146 = load double, ptr %9, align 8
  %147 = fsub double 1.000000e+00, %146
  %148 = call double @llvm.fmuladd.f64(double %145, double %147, double %139)
  %149 = load ptr, ptr %6, align 8
  %150 = load i32, ptr %14, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds double, ptr %149, i64 %151
  store double %148, ptr %152, align 8
  br label %153

153:                                              ; preds = %126
  %154 = load i32, ptr %14, align 4
  %155 = add nsw i32 %154, 1
  store i32 %155, ptr %14, align 4
  br label %123, !llvm.loop !6

156:                                              ; preds = %123
  br label %227

157:                                              ; preds = %3
  %158 = load ptr, ptr %4, align 8
  %159 = getelementptr inbounds double, ptr %158, i64 1
  %160 = load double, ptr %159, align 8
  %161 = load ptr, ptr %5, align 8
  %162 = getelementptr inbounds double, ptr %161, i64 2
  %163 = load double, ptr %162, align 8
  %164 = load ptr, ptr %4, align 8
  %165 = getelementptr inbounds double, ptr %164, i64 2
  %166 = load double, ptr %165, align 8
  %167 = load ptr, ptr %5, align 8
  %168 = getelementptr inbounds double, ptr %167, i64 1
  %169 = load double, ptr %168, align 8
  %170 = fmul double %166, %169
  %171 = fneg double %170
  %172 = call double @llvm.fmuladd.f64(double %160, double %163, double %171)
  store double %172, ptr %15, align 8
  %173 = getelementptr inbounds double, ptr %15, i64 1
  %174 = load ptr, ptr %4, align 8
  %175 = getelementptr inbounds double, ptr %174, i64 2
  %176 = load double, ptr %175, align 8
  %177 = load ptr, ptr %5, align 8
  %178 = getelementptr inbounds double, ptr %177, i64 0
  %179 = load double, ptr %178, align 8
  %180 = load ptr, ptr %4, align 8
  %181 = getelementptr inbounds double, ptr %180, i64 0
  %182 = load double, ptr %181, align 8
  %183 = load ptr, ptr %5, align 8
  %184 = getelementptr inbounds double, ptr %183, i64 2
  %185 = load double, ptr %184, align 8
  %186 = fmul double %182, %185
  %187 = fneg double %186
  %188 = call double @llvm.fmuladd.f64(double %176, double %179, double %187)
  store double %188, ptr %173, align 8
  %189 = getelementptr inbounds double, ptr %15, i64 2
  %190 = load ptr, ptr %4, align 8
  %191 = getelementptr inbounds double, ptr %190, i64 0
  %192 = load double, ptr %191, align 8
  %193 = load ptr, ptr %5, align 8
  %194 = getelementptr inbounds double, ptr %193, i64 1
  %195 = load double, ptr %194, align 8
  %196 = load ptr, ptr %4, align 8
  %197 = getelementptr inbounds double, ptr %196, i64 1
  %198 = load double, ptr %197, align 8
  %199 = load ptr, ptr %5, align 8
  %200 = getelementptr inbounds double, ptr %199, i64 0
  %201 = load double, ptr %200, align 8
  %202 = fmul double %198, %201
  %203 = fneg double %202
  %204 = call double @llvm.fmuladd.f64(double %192, double %195, double %203)
  store double %204, ptr %189, align 8
  store i32 0, ptr %16, align 4
  br label %205

205:                                              ; preds = %223, %157
  %206 = load i32, ptr %16, align 4
  %207 = icmp slt i32 %206, 3
  br i1 %207, label %208, label %226

208:                                              ; preds = %205
  %209 = load ptr, ptr %5, align 8
  %210 = load i32, ptr %16, align 4
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds double, ptr %209, i64 %211
  %213 = load double, ptr %212, align 8
  %214 = load i32, ptr %16, align 4
  %215 = sext i32 %214 to i64
  %216 = getelementptr inbounds [3 x double], ptr %15, i64 0, i64 %215
  %217 = load double, ptr %216, align 8
  %218 = fadd double %213, %217
  %219 = load ptr, ptr %6, align 8
  %220 = load i32, ptr %16, align 4
  %221 = sext i32 %220 to i64
  %222 = getelementptr inbounds double, ptr %219, i64 %221
  store double %218, ptr %222, align 8
  br label %223

223:                                              ; preds = %208
  %224 = load i32, ptr %16, align 4
  %225 = add nsw i32 %224, 1
  store i32 %225, ptr %16, align 4
  br label %205, !llvm.loop !8

226:                                              ; preds = %205
  br label %227

227:                                              ; preds = %226, %156
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @reprojection_error(ptr noundef %0, ptr noundef %1, ptr noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca double, align 8
  %9 = alloca [2 x double], align 16
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store double %3, ptr %8, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = load ptr, ptr %6, align 8
  %14 = getelementptr inbounds [2 x double], ptr %9, i64 0, i64 0
  call void @project(ptr noundef %12, ptr noundef %13, ptr noundef %14)
  %15 = load double, ptr %8, align 8
  %16 = getelementptr inbounds [2 x double], ptr %9, i64 0, i64 0
  %17 = load double, ptr %16, align 16
  %18 = load ptr, ptr %7, align 8
  %19 = getelementptr inbounds double, ptr %18, i64 0
  %20 = load double, ptr %19, align 8
  %21 = fsub double %17, %20
  %22 = fmul double %15, %21
  store double %22, ptr %10, align 8
  %23 = load double, ptr %8, align 8
  %24 = getelementptr inbounds [2 x double], ptr %9, i64 0, i64 1
  %25 = load double, ptr %24, align 8
  %26 = load ptr, ptr %7, align 8
  %27 = getelementptr inbounds double, ptr %26, i64 1
  %28 = load double, ptr %27, align 8
  %29 = fsub double %25, %28
  %30 = fmul double %23, %29
  store double %30, ptr %11, align 8
  %31 = load double, ptr %10, align 8
  %32 = load double, ptr %10, align 8
  %33 = load double, ptr %11, align 8
  %34 = load double, ptr %11, align 8
  %35 = fmul double %33, %34
  %36 = call double @llvm.fmuladd.f64(double %31, double %32, double %35)
  ret double %36
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [11 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [2 x double], align 16
  %5 = alloca [2 x double], align 16
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.cam, i64 88, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.X, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.feat, i64 16, i1 false)
  %6 = getelementptr inbounds [11 x double], ptr %2, i64 0, i64 0
  %7 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %8 = getelementptr inbounds [2 x double], ptr %5, i64 0, i64 0
  call void @project(ptr noundef %6, ptr noundef %7, ptr noundef %8)
  %9 = getelementptr inbounds [2 x double], ptr %5, i64 0, i64 0
  %10 = load double, ptr %9, align 16
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %10)
  %12 = getelementptr inbounds [2 x double], ptr %5, i64 0, i64 1
  %13 = load double, ptr %12, align 8
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.2, double noundef %13)
  %15 = getelementptr inbounds [11 x double], ptr %2, i64 0, i64 0
  %16 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0
  %17 = getelementptr inbounds [2 x double], ptr %4, i64 0, i64 0
  %18 = call double @reprojection_error(ptr noundef %15, ptr noundef %16, ptr noundef %17, double noundef 8.000000e-01)
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.3, double noundef %18)
  %20 = load ptr, ptr @stdout, align 8
  %21 = call i32 @fflush(ptr noundef %20)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

declare i32 @printf(ptr noundef, ...) #3

declare i32 @fflush(ptr noundef) #3

; Function Attrs: nounwind
declare double @sqrt(double noundef) #4

; Function Attrs: nounwind
declare double @cos(double noundef) #4

; Function Attrs: nounwind
declare double @sin(double noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
