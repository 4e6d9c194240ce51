; ModuleID = 'nbody_rk4.c'
source_filename = "nbody_rk4.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local double @nbody_rk4(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, double noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = alloca [16 x double], align 16
  %6 = alloca [16 x double], align 16
  %7 = alloca [16 x double], align 16
  %8 = alloca [16 x double], align 16
  %9 = alloca [16 x double], align 16
  %10 = alloca [16 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %7) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %8) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %9) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %10) #5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(128) %5, ptr noundef nonnull align 8 dereferenceable(128) %1, i64 128, i1 false), !tbaa !9
  %11 = icmp sgt i32 %3, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %244, %4
  br label %266

13:                                               ; preds = %4
  %14 = fmul double %2, 5.000000e-01
  %15 = fdiv double %2, 6.000000e+00
  br label %16

16:                                               ; preds = %13, %244
  %17 = phi i32 [ 0, %13 ], [ %245, %244 ]
  br label %18

18:                                               ; preds = %16, %32
  %19 = phi i64 [ %35, %32 ], [ 0, %16 ]
  %20 = shl nuw nsw i64 %19, 2
  %21 = or disjoint i64 %20, 2
  %22 = getelementptr inbounds nuw double, ptr %5, i64 %21
  %23 = load double, ptr %22, align 16, !tbaa !9
  %24 = getelementptr inbounds nuw double, ptr %6, i64 %20
  store double %23, ptr %24, align 16, !tbaa !9
  %25 = or disjoint i64 %20, 3
  %26 = getelementptr inbounds nuw double, ptr %5, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = or disjoint i64 %20, 1
  %29 = getelementptr inbounds nuw double, ptr %6, i64 %28
  store double %27, ptr %29, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw double, ptr %5, i64 %20
  %31 = getelementptr inbounds nuw double, ptr %5, i64 %28
  br label %37

32:                                               ; preds = %62
  %33 = getelementptr inbounds nuw double, ptr %6, i64 %21
  store double %64, ptr %33, align 16, !tbaa !9
  %34 = getelementptr inbounds nuw double, ptr %6, i64 %25
  store double %63, ptr %34, align 8, !tbaa !9
  %35 = add nuw nsw i64 %19, 1
  %36 = icmp eq i64 %35, 4
  br i1 %36, label %116, label %18, !llvm.loop !11

37:                                               ; preds = %62, %18
  %38 = phi i64 [ 0, %18 ], [ %65, %62 ]
  %39 = phi double [ 0.000000e+00, %18 ], [ %64, %62 ]
  %40 = phi double [ 0.000000e+00, %18 ], [ %63, %62 ]
  %41 = icmp eq i64 %38, %19
  br i1 %41, label %62, label %42

42:                                               ; preds = %37
  %43 = shl nuw nsw i64 %38, 5
  %44 = getelementptr inbounds nuw i8, ptr %5, i64 %43
  %45 = load double, ptr %44, align 16, !tbaa !9
  %46 = load double, ptr %30, align 16, !tbaa !9
  %47 = fsub double %45, %46
  %48 = getelementptr inbounds nuw i8, ptr %44, i64 8
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = load double, ptr %31, align 8, !tbaa !9
  %51 = fsub double %49, %50
  %52 = fmul double %51, %51
  %53 = tail call double @llvm.fmuladd.f64(double %47, double %47, double %52)
  %54 = fadd double %53, 1.000000e-02
  %55 = getelementptr inbounds nuw double, ptr %0, i64 %38
  %56 = load double, ptr %55, align 8, !tbaa !9
  %57 = tail call double @llvm.sqrt.f64(double %54)
  %58 = fmul double %54, %57
  %59 = fdiv double %56, %58
  %60 = tail call double @llvm.fmuladd.f64(double %47, double %59, double %39)
  %61 = tail call double @llvm.fmuladd.f64(double %51, double %59, double %40)
  br label %62

62:                                               ; preds = %42, %37
  %63 = phi double [ %40, %37 ], [ %61, %42 ]
  %64 = phi double [ %39, %37 ], [ %60, %42 ]
  %65 = add nuw nsw i64 %38, 1
  %66 = icmp eq i64 %65, 4
  br i1 %66, label %32, label %37, !llvm.loop !14

67:                                               ; preds = %116, %81
  %68 = phi i64 [ %84, %81 ], [ 0, %116 ]
  %69 = shl nuw nsw i64 %68, 2
  %70 = or disjoint i64 %69, 2
  %71 = getelementptr inbounds nuw double, ptr %10, i64 %70
  %72 = load double, ptr %71, align 16, !tbaa !9
  %73 = getelementptr inbounds nuw double, ptr %7, i64 %69
  store double %72, ptr %73, align 16, !tbaa !9
  %74 = or disjoint i64 %69, 3
  %75 = getelementptr inbounds nuw double, ptr %10, i64 %74
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = or disjoint i64 %69, 1
  %78 = getelementptr inbounds nuw double, ptr %7, i64 %77
  store double %76, ptr %78, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw double, ptr %10, i64 %69
  %80 = getelementptr inbounds nuw double, ptr %10, i64 %77
  br label %86

81:                                               ; preds = %111
  %82 = getelementptr inbounds nuw double, ptr %7, i64 %70
  store double %113, ptr %82, align 16, !tbaa !9
  %83 = getelementptr inbounds nuw double, ptr %7, i64 %74
  store double %112, ptr %83, align 8, !tbaa !9
  %84 = add nuw nsw i64 %68, 1
  %85 = icmp eq i64 %84, 4
  br i1 %85, label %175, label %67, !llvm.loop !11

86:                                               ; preds = %111, %67
  %87 = phi i64 [ 0, %67 ], [ %114, %111 ]
  %88 = phi double [ 0.000000e+00, %67 ], [ %113, %111 ]
  %89 = phi double [ 0.000000e+00, %67 ], [ %112, %111 ]
  %90 = icmp eq i64 %87, %68
  br i1 %90, label %111, label %91

91:                                               ; preds = %86
  %92 = shl nuw nsw i64 %87, 5
  %93 = getelementptr inbounds nuw i8, ptr %10, i64 %92
  %94 = load double, ptr %93, align 16, !tbaa !9
  %95 = load double, ptr %79, align 16, !tbaa !9
  %96 = fsub double %94, %95
  %97 = getelementptr inbounds nuw i8, ptr %93, i64 8
  %98 = load double, ptr %97, align 8, !tbaa !9
  %99 = load double, ptr %80, align 8, !tbaa !9
  %100 = fsub double %98, %99
  %101 = fmul double %100, %100
  %102 = tail call double @llvm.fmuladd.f64(double %96, double %96, double %101)
  %103 = fadd double %102, 1.000000e-02
  %104 = getelementptr inbounds nuw double, ptr %0, i64 %87
  %105 = load double, ptr %104, align 8, !tbaa !9
  %106 = tail call double @llvm.sqrt.f64(double %103)
  %107 = fmul double %103, %106
  %108 = fdiv double %105, %107
  %109 = tail call double @llvm.fmuladd.f64(double %96, double %108, double %88)
  %110 = tail call double @llvm.fmuladd.f64(double %100, double %108, double %89)
  br label %111

111:                                              ; preds = %91, %86
  %112 = phi double [ %89, %86 ], [ %110, %91 ]
  %113 = phi double [ %88, %86 ], [ %109, %91 ]
  %114 = add nuw nsw i64 %87, 1
  %115 = icmp eq i64 %114, 4
  br i1 %115, label %81, label %86, !llvm.loop !14

116:                                              ; preds = %32, %116
  %117 = phi i64 [ %124, %116 ], [ 0, %32 ]
  %118 = getelementptr inbounds nuw double, ptr %5, i64 %117
  %119 = load double, ptr %118, align 8, !tbaa !9
  %120 = getelementptr inbounds nuw double, ptr %6, i64 %117
  %121 = load double, ptr %120, align 8, !tbaa !9
  %122 = tail call double @llvm.fmuladd.f64(double %14, double %121, double %119)
  %123 = getelementptr inbounds nuw double, ptr %10, i64 %117
  store double %122, ptr %123, align 8, !tbaa !9
  %124 = add nuw nsw i64 %117, 1
  %125 = icmp eq i64 %124, 16
  br i1 %125, label %67, label %116, !llvm.loop !15

126:                                              ; preds = %175, %140
  %127 = phi i64 [ %143, %140 ], [ 0, %175 ]
  %128 = shl nuw nsw i64 %127, 2
  %129 = or disjoint i64 %128, 2
  %130 = getelementptr inbounds nuw double, ptr %10, i64 %129
  %131 = load double, ptr %130, align 16, !tbaa !9
  %132 = getelementptr inbounds nuw double, ptr %8, i64 %128
  store double %131, ptr %132, align 16, !tbaa !9
  %133 = or disjoint i64 %128, 3
  %134 = getelementptr inbounds nuw double, ptr %10, i64 %133
  %135 = load double, ptr %134, align 8, !tbaa !9
  %136 = or disjoint i64 %128, 1
  %137 = getelementptr inbounds nuw double, ptr %8, i64 %136
  store double %135, ptr %137, align 8, !tbaa !9
  %138 = getelementptr inbounds nuw double, ptr %10, i64 %128
  %139 = getelementptr inbounds nuw double, ptr %10, i64 %136
  br label %145

140:                                              ; preds = %170
  %141 = getelementptr inbounds nuw double, ptr %8, i64 %129
  store double %172, ptr %141, align 16, !tbaa !9
  %142 = getelementptr inbounds nuw double, ptr %8, i64 %133
  store double %171, ptr %142, align 8, !tbaa !9
  %143 = add nuw nsw i64 %127, 1
  %144 = icmp eq i64 %143, 4
  br i1 %144, label %234, label %126, !llvm.loop !11

145:                                              ; preds = %170, %126
  %146 = phi i64 [ 0, %126 ], [ %173, %170 ]
  %147 = phi double [ 0.000000e+00, %126 ], [ %172, %170 ]
  %148 = phi double [ 0.000000e+00, %126 ], [ %171, %170 ]
  %149 = icmp eq i64 %146, %127
  br i1 %149, label %170, label %150

150:                                              ; preds = %145
  %151 = shl nuw nsw i64 %146, 5
  %152 = getelementptr inbounds nuw i8, ptr %10, i64 %151
  %153 = load double, ptr %152, align 16, !tbaa !9
  %154 = load double, ptr %138, align 16, !tbaa !9
  %155 = fsub double %153, %154
  %156 = getelementptr inbounds nuw i8, ptr %152, i64 8
  %157 = load double, ptr %156, align 8, !tbaa !9
  %158 = load double, ptr %139, align 8, !tbaa !9
  %159 = fsub double %157, %158
  %160 = fmul double %159, %159
  %161 = tail call double @llvm.fmuladd.f64(double %155, double %155, double %160)
  %162 = fadd double %161, 1.000000e-02
  %163 = getelementptr inbounds nuw double, ptr %0, i64 %146
  %164 = load double, ptr %163, align 8, !tbaa !9
  %165 = tail call double @llvm.sqrt.f64(double %162)
  %166 = fmul double %162, %165
  %167 = fdiv double %164, %166
  %168 = tail call double @llvm.fmuladd.f64(double %155, double %167, double %147)
  %169 = tail call double @llvm.fmuladd.f64(double %159, double %167, double %148)
  br label %170

170:                                              ; preds = %150, %145
  %171 = phi double [ %148, %145 ], [ %169, %150 ]
  %172 = phi double [ %147, %145 ], [ %168, %150 ]
  %173 = add nuw nsw i64 %146, 1
  %174 = icmp eq i64 %173, 4
  br i1 %174, label %140, label %145, !llvm.loop !14

175:                                              ; preds = %81, %175
  %176 = phi i64 [ %183, %175 ], [ 0, %81 ]
  %177 = getelementptr inbounds nuw double, ptr %5, i64 %176
  %178 = load double, ptr %177, align 8, !tbaa !9
  %179 = getelementptr inbounds nuw double, ptr %7, i64 %176
  %180 = load double, ptr %179, align 8, !tbaa !9
  %181 = tail call double @llvm.fmuladd.f64(double %14, double %180, double %178)
  %182 = getelementptr inbounds nuw double, ptr %10, i64 %176
  store double %181, ptr %182, align 8, !tbaa !9
  %183 = add nuw nsw i64 %176, 1
  %184 = icmp eq i64 %183, 16
  br i1 %184, label %126, label %175, !llvm.loop !16

185:                                              ; preds = %234, %199
  %186 = phi i64 [ %202, %199 ], [ 0, %234 ]
  %187 = shl nuw nsw i64 %186, 2
  %188 = or disjoint i64 %187, 2
  %189 = getelementptr inbounds nuw double, ptr %10, i64 %188
  %190 = load double, ptr %189, align 16, !tbaa !9
  %191 = getelementptr inbounds nuw double, ptr %9, i64 %187
  store double %190, ptr %191, align 16, !tbaa !9
  %192 = or disjoint i64 %187, 3
  %193 = getelementptr inbounds nuw double, ptr %10, i64 %192
  %194 = load double, ptr %193, align 8, !tbaa !9
  %195 = or disjoint i64 %187, 1
  %196 = getelementptr inbounds nuw double, ptr %9, i64 %195
  store double %194, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds nuw double, ptr %10, i64 %187
  %198 = getelementptr inbounds nuw double, ptr %10, i64 %195
  br label %204

199:                                              ; preds = %229
  %200 = getelementptr inbounds nuw double, ptr %9, i64 %188
  store double %231, ptr %200, align 16, !tbaa !9
  %201 = getelementptr inbounds nuw double, ptr %9, i64 %192
  store double %230, ptr %201, align 8, !tbaa !9
  %202 = add nuw nsw i64 %186, 1
  %203 = icmp eq i64 %202, 4
  br i1 %203, label %247, label %185, !llvm.loop !11

204:                                              ; preds = %229, %185
  %205 = phi i64 [ 0, %185 ], [ %232, %229 ]
  %206 = phi double [ 0.000000e+00, %185 ], [ %231, %229 ]
  %207 = phi double [ 0.000000e+00, %185 ], [ %230, %229 ]
  %208 = icmp eq i64 %205, %186
  br i1 %208, label %229, label %209

209:                                              ; preds = %204
  %210 = shl nuw nsw i64 %205, 5
  %211 = getelementptr inbounds nuw i8, ptr %10, i64 %210
  %212 = load double, ptr %211, align 16, !tbaa !9
  %213 = load double, ptr %197, align 16, !tbaa !9
  %214 = fsub double %212, %213
  %215 = getelementptr inbounds nuw i8, ptr %211, i64 8
  %216 = load double, ptr %215, align 8, !tbaa !9
  %217 = load double, ptr %198, align 8, !tbaa !9
  %218 = fsub double %216, %217
  %219 = fmul double %218, %218
  %220 = tail call double @llvm.fmuladd.f64(double %214, double %214, double %219)
  %221 = fadd double %220, 1.000000e-02
  %222 = getelementptr inbounds nuw double, ptr %0, i64 %205
  %223 = load double, ptr %222, align 8, !tbaa !9
  %224 = tail call double @llvm.sqrt.f64(double %221)
  %225 = fmul double %221, %224
  %226 = fdiv double %223, %225
  %227 = tail call double @llvm.fmuladd.f64(double %214, double %226, double %206)
  %228 = tail call double @llvm.fmuladd.f64(double %218, double %226, double %207)
  br label %229

229:                                              ; preds = %209, %204
  %230 = phi double [ %207, %204 ], [ %228, %209 ]
  %231 = phi double [ %206, %204 ], [ %227, %209 ]
  %232 = add nuw nsw i64 %205, 1
  %233 = icmp eq i64 %232, 4
  br i1 %233, label %199, label %204, !llvm.loop !14

234:                                              ; preds = %140, %234
  %235 = phi i64 [ %242, %234 ], [ 0, %140 ]
  %236 = getelementptr inbounds nuw double, ptr %5, i64 %235
  %237 = load double, ptr %236, align 8, !tbaa !9
  %238 = getelementptr inbounds nuw double, ptr %8, i64 %235
  %239 = load double, ptr %238, align 8, !tbaa !9
  %240 = tail call double @llvm.fmuladd.f64(double %2, double %239, double %237)
  %241 = getelementptr inbounds nuw double, ptr %10, i64 %235
  store double %240, ptr %241, align 8, !tbaa !9
  %242 = add nuw nsw i64 %235, 1
  %243 = icmp eq i64 %242, 16
  br i1 %243, label %185, label %234, !llvm.loop !17

244:                                              ; preds = %247
  %245 = add nuw nsw i32 %17, 1
  %246 = icmp eq i32 %245, %3
  br i1 %246, label %12, label %16, !llvm.loop !18

247:                                              ; preds = %199, %247
  %248 = phi i64 [ %263, %247 ], [ 0, %199 ]
  %249 = getelementptr inbounds nuw double, ptr %6, i64 %248
  %250 = load double, ptr %249, align 8, !tbaa !9
  %251 = getelementptr inbounds nuw double, ptr %7, i64 %248
  %252 = load double, ptr %251, align 8, !tbaa !9
  %253 = tail call double @llvm.fmuladd.f64(double %252, double 2.000000e+00, double %250)
  %254 = getelementptr inbounds nuw double, ptr %8, i64 %248
  %255 = load double, ptr %254, align 8, !tbaa !9
  %256 = tail call double @llvm.fmuladd.f64(double %255, double 2.000000e+00, double %253)
  %257 = getelementptr inbounds nuw double, ptr %9, i64 %248
  %258 = load double, ptr %257, align 8, !tbaa !9
  %259 = fadd double %256, %258
  %260 = getelementptr inbounds nuw double, ptr %5, i64 %248
  %261 = load double, ptr %260, align 8, !tbaa !9
  %262 = tail call double @llvm.fmuladd.f64(double %15, double %259, double %261)
  store double %262, ptr %260, align 8, !tbaa !9
  %263 = add nuw nsw i64 %248, 1
  %264 = icmp eq i64 %263, 16
  br i1 %264, label %244, label %247, !llvm.loop !19

265:                                              ; preds = %266
  call void @llvm.lifetime.end.p0(ptr nonnull %10) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %9) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %8) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %7) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #5
  ret double %285

266:                                              ; preds = %12, %266
  %267 = phi i64 [ %286, %266 ], [ 0, %12 ]
  %268 = phi double [ %285, %266 ], [ 0.000000e+00, %12 ]
  %269 = getelementptr inbounds nuw double, ptr %0, i64 %267
  %270 = load double, ptr %269, align 8, !tbaa !9
  %271 = fmul double %270, 5.000000e-01
  %272 = shl nuw nsw i64 %267, 5
  %273 = getelementptr inbounds nuw i8, ptr %5, i64 %272
  %274 = getelementptr inbounds nuw i8, ptr %273, i64 16
  %275 = load double, ptr %274, align 16, !tbaa !9
  %276 = getelementptr inbounds nuw i8, ptr %273, i64 24
  %277 = load double, ptr %276, align 8, !tbaa !9
  %278 = fmul double %277, %277
  %279 = tail call double @llvm.fmuladd.f64(double %275, double %275, double %278)
  %280 = tail call double @llvm.fmuladd.f64(double %271, double %279, double %268)
  %281 = load double, ptr %273, align 16, !tbaa !9
  %282 = getelementptr inbounds nuw i8, ptr %273, i64 8
  %283 = load double, ptr %282, align 8, !tbaa !9
  %284 = fadd double %281, %283
  %285 = fadd double %280, %284
  %286 = add nuw nsw i64 %267, 1
  %287 = icmp eq i64 %286, 4
  br i1 %287, label %265, label %266, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

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
!18 = distinct !{!18, !12, !13}
!19 = distinct !{!19, !12, !13}
!20 = distinct !{!20, !12, !13}
