; ModuleID = 'gmm.c'
source_filename = "gmm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind uwtable
define dso_local double @gmm_objective(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4, ptr noundef readonly captures(none) %5, ptr noundef readonly captures(none) %6, double noundef %7, i32 noundef %8) local_unnamed_addr #0 {
  %10 = add i32 %0, 1
  %11 = mul nsw i32 %10, %0
  %12 = sdiv i32 %11, 2
  %13 = mul nsw i32 %1, %0
  %14 = sext i32 %13 to i64
  %15 = shl nsw i64 %14, 3
  %16 = tail call noalias ptr @malloc(i64 noundef %15) #6
  %17 = sext i32 %1 to i64
  %18 = shl nsw i64 %17, 3
  %19 = tail call noalias ptr @malloc(i64 noundef %18) #6
  %20 = sext i32 %0 to i64
  %21 = shl nsw i64 %20, 3
  %22 = tail call noalias ptr @malloc(i64 noundef %21) #6
  %23 = tail call noalias ptr @malloc(i64 noundef %21) #6
  %24 = tail call noalias ptr @malloc(i64 noundef %18) #6
  %25 = icmp sgt i32 %1, 0
  br i1 %25, label %26, label %53

26:                                               ; preds = %9
  %27 = icmp sgt i32 %0, 0
  %28 = zext i32 %12 to i64
  %29 = zext i32 %0 to i64
  %30 = zext nneg i32 %1 to i64
  br label %31

31:                                               ; preds = %40, %26
  %32 = phi i64 [ 0, %26 ], [ %41, %40 ]
  %33 = getelementptr inbounds nuw double, ptr %19, i64 %32
  store double 0.000000e+00, ptr %33, align 8, !tbaa !9
  br i1 %27, label %34, label %40

34:                                               ; preds = %31
  %35 = mul nuw nsw i64 %32, %28
  %36 = mul nuw nsw i64 %32, %29
  %37 = getelementptr inbounds nuw double, ptr %5, i64 %35
  %38 = getelementptr inbounds nuw double, ptr %16, i64 %36
  br label %43

39:                                               ; preds = %43
  store double %48, ptr %33, align 8, !tbaa !9
  br label %40

40:                                               ; preds = %39, %31
  %41 = add nuw nsw i64 %32, 1
  %42 = icmp eq i64 %41, %30
  br i1 %42, label %53, label %31, !llvm.loop !11

43:                                               ; preds = %43, %34
  %44 = phi double [ 0.000000e+00, %34 ], [ %48, %43 ]
  %45 = phi i64 [ 0, %34 ], [ %51, %43 ]
  %46 = getelementptr inbounds nuw double, ptr %37, i64 %45
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = fadd double %47, %44
  %49 = tail call double @exp(double noundef %47) #7, !tbaa !5
  %50 = getelementptr inbounds nuw double, ptr %38, i64 %45
  store double %49, ptr %50, align 8, !tbaa !9
  %51 = add nuw nsw i64 %45, 1
  %52 = icmp eq i64 %51, %29
  br i1 %52, label %39, label %43, !llvm.loop !14

53:                                               ; preds = %40, %9
  %54 = icmp sgt i32 %2, 0
  br i1 %54, label %55, label %73

55:                                               ; preds = %53
  %56 = icmp sgt i32 %0, 0
  %57 = zext nneg i32 %0 to i64
  %58 = icmp eq i32 %0, 1
  %59 = icmp sgt i32 %1, 1
  %60 = icmp eq i32 %1, 1
  %61 = zext i32 %1 to i64
  %62 = sext i32 %12 to i64
  %63 = zext nneg i32 %2 to i64
  %64 = getelementptr double, ptr %5, i64 %20
  br label %65

65:                                               ; preds = %55, %226
  %66 = phi double [ undef, %55 ], [ %228, %226 ]
  %67 = phi double [ undef, %55 ], [ %227, %226 ]
  %68 = phi i64 [ 0, %55 ], [ %234, %226 ]
  %69 = phi double [ 0.000000e+00, %55 ], [ %233, %226 ]
  br i1 %25, label %70, label %226

70:                                               ; preds = %65
  %71 = mul nsw i64 %68, %20
  %72 = getelementptr inbounds double, ptr %6, i64 %71
  br label %236

73:                                               ; preds = %226, %53
  %74 = phi double [ 0.000000e+00, %53 ], [ %233, %226 ]
  %75 = load double, ptr %3, align 8, !tbaa !9
  %76 = icmp sgt i32 %1, 1
  br i1 %76, label %77, label %88

77:                                               ; preds = %73
  %78 = zext nneg i32 %1 to i64
  br label %79

79:                                               ; preds = %79, %77
  %80 = phi i64 [ 1, %77 ], [ %86, %79 ]
  %81 = phi double [ %75, %77 ], [ %85, %79 ]
  %82 = getelementptr inbounds nuw double, ptr %3, i64 %80
  %83 = load double, ptr %82, align 8, !tbaa !9
  %84 = fcmp olt double %81, %83
  %85 = select i1 %84, double %83, double %81
  %86 = add nuw nsw i64 %80, 1
  %87 = icmp eq i64 %86, %78
  br i1 %87, label %90, label %79, !llvm.loop !15

88:                                               ; preds = %73
  %89 = icmp eq i32 %1, 1
  br i1 %89, label %90, label %103

90:                                               ; preds = %79, %88
  %91 = phi i64 [ 1, %88 ], [ %78, %79 ]
  %92 = phi double [ %75, %88 ], [ %85, %79 ]
  br label %93

93:                                               ; preds = %93, %90
  %94 = phi i64 [ 0, %90 ], [ %101, %93 ]
  %95 = phi double [ 0.000000e+00, %90 ], [ %100, %93 ]
  %96 = getelementptr inbounds nuw double, ptr %3, i64 %94
  %97 = load double, ptr %96, align 8, !tbaa !9
  %98 = fsub double %97, %92
  %99 = tail call double @exp(double noundef %98) #7, !tbaa !5
  %100 = fadd double %95, %99
  %101 = add nuw nsw i64 %94, 1
  %102 = icmp eq i64 %101, %91
  br i1 %102, label %103, label %93, !llvm.loop !16

103:                                              ; preds = %93, %88
  %104 = phi double [ %75, %88 ], [ %92, %93 ]
  %105 = phi double [ 0.000000e+00, %88 ], [ %100, %93 ]
  %106 = tail call double @log(double noundef %105) #7, !tbaa !5
  %107 = add i32 %8, %10
  %108 = tail call double @log(double noundef %7) #7, !tbaa !5
  %109 = sitofp i32 %107 to double
  %110 = fmul double %109, 5.000000e-01
  %111 = sitofp i32 %0 to double
  %112 = fmul double %111, 2.500000e-01
  %113 = fadd double %111, -1.000000e+00
  %114 = fmul double %112, %113
  %115 = fmul double %114, 0x3FF250D048E7A1BD
  %116 = icmp slt i32 %0, 1
  br i1 %116, label %128, label %117

117:                                              ; preds = %103, %117
  %118 = phi i32 [ %125, %117 ], [ 1, %103 ]
  %119 = phi double [ %124, %117 ], [ %115, %103 ]
  %120 = sub nsw i32 1, %118
  %121 = sitofp i32 %120 to double
  %122 = tail call double @llvm.fmuladd.f64(double %121, double 5.000000e-01, double %110)
  %123 = tail call double @lgamma(double noundef %122) #7
  %124 = fadd double %119, %123
  %125 = add nuw nsw i32 %118, 1
  %126 = uitofp nneg i32 %125 to double
  %127 = fcmp ult double %111, %126
  br i1 %127, label %128, label %117, !llvm.loop !17

128:                                              ; preds = %117, %103
  %129 = phi double [ %115, %103 ], [ %124, %117 ]
  br i1 %25, label %130, label %181

130:                                              ; preds = %128
  %131 = icmp sgt i32 %0, 1
  %132 = zext nneg i32 %0 to i64
  %133 = sub nsw i32 %12, %0
  %134 = icmp sgt i32 %133, 1
  %135 = zext nneg i32 %133 to i64
  %136 = fmul double %7, 5.000000e-01
  %137 = fmul double %7, %136
  %138 = sitofp i32 %8 to double
  %139 = fneg double %138
  %140 = sext i32 %12 to i64
  %141 = zext nneg i32 %1 to i64
  %142 = getelementptr double, ptr %5, i64 %20
  br label %143

143:                                              ; preds = %172, %130
  %144 = phi i64 [ 0, %130 ], [ %179, %172 ]
  %145 = phi double [ 0.000000e+00, %130 ], [ %178, %172 ]
  %146 = mul nsw i64 %144, %20
  %147 = getelementptr inbounds double, ptr %16, i64 %146
  %148 = load double, ptr %147, align 8, !tbaa !9
  %149 = fmul double %148, %148
  br i1 %131, label %150, label %158

150:                                              ; preds = %143, %150
  %151 = phi i64 [ %156, %150 ], [ 1, %143 ]
  %152 = phi double [ %155, %150 ], [ %149, %143 ]
  %153 = getelementptr inbounds nuw double, ptr %147, i64 %151
  %154 = load double, ptr %153, align 8, !tbaa !9
  %155 = tail call double @llvm.fmuladd.f64(double %154, double %154, double %152)
  %156 = add nuw nsw i64 %151, 1
  %157 = icmp eq i64 %156, %132
  br i1 %157, label %158, label %150, !llvm.loop !18

158:                                              ; preds = %150, %143
  %159 = phi double [ %149, %143 ], [ %155, %150 ]
  %160 = mul nsw i64 %144, %140
  %161 = getelementptr double, ptr %142, i64 %160
  %162 = load double, ptr %161, align 8, !tbaa !9
  %163 = fmul double %162, %162
  br i1 %134, label %164, label %172

164:                                              ; preds = %158, %164
  %165 = phi i64 [ %170, %164 ], [ 1, %158 ]
  %166 = phi double [ %169, %164 ], [ %163, %158 ]
  %167 = getelementptr inbounds nuw double, ptr %161, i64 %165
  %168 = load double, ptr %167, align 8, !tbaa !9
  %169 = tail call double @llvm.fmuladd.f64(double %168, double %168, double %166)
  %170 = add nuw nsw i64 %165, 1
  %171 = icmp eq i64 %170, %135
  br i1 %171, label %172, label %164, !llvm.loop !18

172:                                              ; preds = %164, %158
  %173 = phi double [ %163, %158 ], [ %169, %164 ]
  %174 = fadd double %159, %173
  %175 = tail call double @llvm.fmuladd.f64(double %137, double %174, double %145)
  %176 = getelementptr inbounds nuw double, ptr %19, i64 %144
  %177 = load double, ptr %176, align 8, !tbaa !9
  %178 = tail call double @llvm.fmuladd.f64(double %139, double %177, double %175)
  %179 = add nuw nsw i64 %144, 1
  %180 = icmp eq i64 %179, %141
  br i1 %180, label %181, label %143, !llvm.loop !19

181:                                              ; preds = %172, %128
  %182 = phi double [ 0.000000e+00, %128 ], [ %178, %172 ]
  %183 = sitofp i32 %2 to double
  %184 = fneg double %183
  %185 = fadd double %104, %106
  %186 = mul i32 %0, %2
  %187 = sub i32 0, %186
  %188 = sitofp i32 %187 to double
  %189 = fmul double %188, 5.000000e-01
  %190 = fmul double %189, 0x3FFD67F1C864BEB4
  %191 = fadd double %190, %74
  %192 = tail call double @llvm.fmuladd.f64(double %184, double %185, double %191)
  %193 = mul nsw i32 %107, %0
  %194 = sitofp i32 %193 to double
  %195 = fadd double %108, 0xBFD62E42FEFA39EF
  %196 = fneg double %129
  %197 = tail call double @llvm.fmuladd.f64(double %194, double %195, double %196)
  %198 = sitofp i32 %1 to double
  %199 = fneg double %198
  %200 = tail call double @llvm.fmuladd.f64(double %199, double %197, double %182)
  %201 = fadd double %192, %200
  tail call void @free(ptr noundef %16) #7
  tail call void @free(ptr noundef %19) #7
  tail call void @free(ptr noundef %22) #7
  tail call void @free(ptr noundef %23) #7
  tail call void @free(ptr noundef %24) #7
  ret double %201

202:                                              ; preds = %316
  %203 = load double, ptr %24, align 8, !tbaa !9
  br i1 %59, label %204, label %213

204:                                              ; preds = %202, %204
  %205 = phi i64 [ %211, %204 ], [ 1, %202 ]
  %206 = phi double [ %210, %204 ], [ %203, %202 ]
  %207 = getelementptr inbounds nuw double, ptr %24, i64 %205
  %208 = load double, ptr %207, align 8, !tbaa !9
  %209 = fcmp olt double %206, %208
  %210 = select i1 %209, double %208, double %206
  %211 = add nuw nsw i64 %205, 1
  %212 = icmp eq i64 %211, %61
  br i1 %212, label %214, label %204, !llvm.loop !15

213:                                              ; preds = %202
  br i1 %60, label %214, label %226

214:                                              ; preds = %204, %213
  %215 = phi double [ %203, %213 ], [ %210, %204 ]
  br label %216

216:                                              ; preds = %216, %214
  %217 = phi i64 [ 0, %214 ], [ %224, %216 ]
  %218 = phi double [ 0.000000e+00, %214 ], [ %223, %216 ]
  %219 = getelementptr inbounds nuw double, ptr %24, i64 %217
  %220 = load double, ptr %219, align 8, !tbaa !9
  %221 = fsub double %220, %215
  %222 = tail call double @exp(double noundef %221) #7, !tbaa !5
  %223 = fadd double %218, %222
  %224 = add nuw nsw i64 %217, 1
  %225 = icmp eq i64 %224, %61
  br i1 %225, label %226, label %216, !llvm.loop !16

226:                                              ; preds = %216, %65, %213
  %227 = phi double [ %317, %213 ], [ %67, %65 ], [ %317, %216 ]
  %228 = phi double [ %203, %213 ], [ %66, %65 ], [ %203, %216 ]
  %229 = phi double [ %203, %213 ], [ %66, %65 ], [ %215, %216 ]
  %230 = phi double [ 0.000000e+00, %213 ], [ 0.000000e+00, %65 ], [ %223, %216 ]
  %231 = tail call double @log(double noundef %230) #7, !tbaa !5
  %232 = fadd double %229, %231
  %233 = fadd double %69, %232
  %234 = add nuw nsw i64 %68, 1
  %235 = icmp eq i64 %234, %63
  br i1 %235, label %73, label %65, !llvm.loop !20

236:                                              ; preds = %70, %316
  %237 = phi double [ %67, %70 ], [ %317, %316 ]
  %238 = phi i64 [ 0, %70 ], [ %322, %316 ]
  %239 = mul nsw i64 %238, %20
  %240 = getelementptr inbounds double, ptr %4, i64 %239
  br i1 %56, label %241, label %251

241:                                              ; preds = %236, %241
  %242 = phi i64 [ %249, %241 ], [ 0, %236 ]
  %243 = getelementptr inbounds nuw double, ptr %72, i64 %242
  %244 = load double, ptr %243, align 8, !tbaa !9
  %245 = getelementptr inbounds nuw double, ptr %240, i64 %242
  %246 = load double, ptr %245, align 8, !tbaa !9
  %247 = fsub double %244, %246
  %248 = getelementptr inbounds nuw double, ptr %22, i64 %242
  store double %247, ptr %248, align 8, !tbaa !9
  %249 = add nuw nsw i64 %242, 1
  %250 = icmp eq i64 %249, %57
  br i1 %250, label %258, label %241, !llvm.loop !21

251:                                              ; preds = %236
  %252 = getelementptr inbounds nuw double, ptr %3, i64 %238
  %253 = load double, ptr %252, align 8, !tbaa !9
  %254 = getelementptr inbounds nuw double, ptr %19, i64 %238
  %255 = load double, ptr %254, align 8, !tbaa !9
  %256 = fadd double %253, %255
  %257 = fmul double %237, %237
  br label %316

258:                                              ; preds = %241
  %259 = getelementptr inbounds nuw double, ptr %16, i64 %239
  br label %260

260:                                              ; preds = %260, %258
  %261 = phi i64 [ 0, %258 ], [ %268, %260 ]
  %262 = getelementptr inbounds nuw double, ptr %259, i64 %261
  %263 = load double, ptr %262, align 8, !tbaa !9
  %264 = getelementptr inbounds nuw double, ptr %22, i64 %261
  %265 = load double, ptr %264, align 8, !tbaa !9
  %266 = fmul double %263, %265
  %267 = getelementptr inbounds nuw double, ptr %23, i64 %261
  store double %266, ptr %267, align 8, !tbaa !9
  %268 = add nuw nsw i64 %261, 1
  %269 = icmp eq i64 %268, %57
  br i1 %269, label %270, label %260, !llvm.loop !22

270:                                              ; preds = %260
  %271 = mul nsw i64 %238, %62
  %272 = getelementptr double, ptr %64, i64 %271
  br label %279

273:                                              ; preds = %289
  %274 = trunc nsw i64 %297 to i32
  br label %275

275:                                              ; preds = %279, %273
  %276 = phi i32 [ %282, %279 ], [ %274, %273 ]
  %277 = add nuw nsw i64 %281, 1
  %278 = icmp eq i64 %283, %57
  br i1 %278, label %300, label %279, !llvm.loop !23

279:                                              ; preds = %270, %275
  %280 = phi i64 [ %283, %275 ], [ 0, %270 ]
  %281 = phi i64 [ %277, %275 ], [ 1, %270 ]
  %282 = phi i32 [ %276, %275 ], [ 0, %270 ]
  %283 = add nuw nsw i64 %280, 1
  %284 = icmp samesign ult i64 %283, %57
  br i1 %284, label %285, label %275

285:                                              ; preds = %279
  %286 = getelementptr inbounds nuw double, ptr %22, i64 %280
  %287 = sext i32 %282 to i64
  %288 = load double, ptr %286, align 8, !tbaa !9
  br label %289

289:                                              ; preds = %289, %285
  %290 = phi i64 [ %287, %285 ], [ %297, %289 ]
  %291 = phi i64 [ %281, %285 ], [ %298, %289 ]
  %292 = getelementptr inbounds nuw double, ptr %23, i64 %291
  %293 = load double, ptr %292, align 8, !tbaa !9
  %294 = getelementptr inbounds double, ptr %272, i64 %290
  %295 = load double, ptr %294, align 8, !tbaa !9
  %296 = tail call double @llvm.fmuladd.f64(double %295, double %288, double %293)
  store double %296, ptr %292, align 8, !tbaa !9
  %297 = add nsw i64 %290, 1
  %298 = add nuw nsw i64 %291, 1
  %299 = icmp eq i64 %298, %57
  br i1 %299, label %273, label %289, !llvm.loop !24

300:                                              ; preds = %275
  %301 = getelementptr inbounds nuw double, ptr %3, i64 %238
  %302 = load double, ptr %301, align 8, !tbaa !9
  %303 = getelementptr inbounds nuw double, ptr %19, i64 %238
  %304 = load double, ptr %303, align 8, !tbaa !9
  %305 = fadd double %302, %304
  %306 = load double, ptr %23, align 8, !tbaa !9
  %307 = fmul double %306, %306
  br i1 %58, label %316, label %308

308:                                              ; preds = %300, %308
  %309 = phi i64 [ %314, %308 ], [ 1, %300 ]
  %310 = phi double [ %313, %308 ], [ %307, %300 ]
  %311 = getelementptr inbounds nuw double, ptr %23, i64 %309
  %312 = load double, ptr %311, align 8, !tbaa !9
  %313 = tail call double @llvm.fmuladd.f64(double %312, double %312, double %310)
  %314 = add nuw nsw i64 %309, 1
  %315 = icmp eq i64 %314, %57
  br i1 %315, label %316, label %308, !llvm.loop !18

316:                                              ; preds = %308, %251, %300
  %317 = phi double [ %306, %300 ], [ %237, %251 ], [ %306, %308 ]
  %318 = phi double [ %305, %300 ], [ %256, %251 ], [ %305, %308 ]
  %319 = phi double [ %307, %300 ], [ %257, %251 ], [ %313, %308 ]
  %320 = tail call double @llvm.fmuladd.f64(double %319, double -5.000000e-01, double %318)
  %321 = getelementptr inbounds nuw double, ptr %24, i64 %238
  store double %320, ptr %321, align 8, !tbaa !9
  %322 = add nuw nsw i64 %238, 1
  %323 = icmp eq i64 %322, %61
  br i1 %323, label %202, label %236, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare double @lgamma(double noundef) local_unnamed_addr #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0) }
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
!18 = distinct !{!18, !12, !13}
!19 = distinct !{!19, !12, !13}
!20 = distinct !{!20, !12, !13}
!21 = distinct !{!21, !12, !13}
!22 = distinct !{!22, !12, !13}
!23 = distinct !{!23, !12, !13}
!24 = distinct !{!24, !12, !13}
!25 = distinct !{!25, !12, !13}
