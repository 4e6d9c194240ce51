; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__11matrix_loopB2v6B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi2E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.m.0, ptr %arg.m.1, i64 %arg.m.2, i64 %arg.m.3, ptr %arg.m.4, i64 %arg.m.5.0, i64 %arg.m.5.1, i64 %arg.m.6.0, i64 %arg.m.6.1, ptr %arg.w.0, ptr %arg.w.1, i64 %arg.w.2, i64 %arg.w.3, ptr %arg.w.4, i64 %arg.w.5.0, i64 %arg.w.6.0) {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } undef, ptr %arg.m.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.meminfo, ptr %arg.m.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.parent, i64 %arg.m.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.nitems, i64 %arg.m.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.itemsize, ptr %arg.m.4, 4
  %.20 = insertvalue [2 x i64] undef, i64 %arg.m.5.0, 0
  %.21 = insertvalue [2 x i64] %.20, i64 %arg.m.5.1, 1
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.data, [2 x i64] %.21, 5
  %.22 = insertvalue [2 x i64] undef, i64 %arg.m.6.0, 0
  %.23 = insertvalue [2 x i64] %.22, i64 %arg.m.6.1, 1
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.shape, [2 x i64] %.23, 6
  %inserted.meminfo.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.w.0, 0
  %inserted.parent.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo.1, ptr %arg.w.1, 1
  %inserted.nitems.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent.1, i64 %arg.w.2, 2
  %inserted.itemsize.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems.1, i64 %arg.w.3, 3
  %inserted.data.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize.1, ptr %arg.w.4, 4
  %.24 = insertvalue [1 x i64] undef, i64 %arg.w.5.0, 0
  %inserted.shape.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data.1, [1 x i64] %.24, 5
  %.25 = insertvalue [1 x i64] undef, i64 %arg.w.6.0, 0
  %inserted.strides.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape.1, [1 x i64] %.25, 6
  %m = alloca { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %m, align 8
  %w = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %w, align 8
  %out.2 = alloca double, align 8
  store double 0.000000e+00, ptr %out.2, align 8
  %.42 = alloca { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %.42, align 8
  %.56 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.56, align 8
  %.66 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.66, align 8
  %.70 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.70, align 8
  %.79 = alloca i64, align 8
  store i64 0, ptr %.79, align 8
  %.82 = alloca i64, align 8
  store i64 0, ptr %.82, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %"$phi60.0" = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.127 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.127, align 8
  %.130 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.130, align 8
  %.156 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.156, align 8
  %.162 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.162, align 8
  %"$phi62.1" = alloca i64, align 8
  store i64 0, ptr %"$phi62.1", align 8
  %i = alloca i64, align 8
  store i64 0, ptr %i, align 8
  %row.2 = alloca double, align 8
  store double 0.000000e+00, ptr %row.2, align 8
  %.182 = alloca { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %.182, align 8
  %.196 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.196, align 8
  %.206 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.206, align 8
  %.210 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.210, align 8
  %.219 = alloca i64, align 8
  store i64 0, ptr %.219, align 8
  %.222 = alloca i64, align 8
  store i64 0, ptr %.222, align 8
  %"$phi120.1" = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi120.1", align 8
  %.265 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.265, align 8
  %.268 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.268, align 8
  %.294 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.294, align 8
  %.300 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.300, align 8
  %"$phi122.2" = alloca i64, align 8
  store i64 0, ptr %"$phi122.2", align 8
  %.319 = alloca { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %.319, align 8
  %.369 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.369, align 8
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, 5
  %.26 = extractvalue [2 x i64] %extracted.shape, 0
  %.27 = extractvalue [2 x i64] %extracted.shape, 1
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, 6
  %.28 = extractvalue [2 x i64] %extracted.strides, 0
  %.29 = extractvalue [2 x i64] %extracted.strides, 1
  call void @NRT_incref(ptr %extracted.meminfo)
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %inserted.strides, ptr %m, align 8
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 5
  %.33 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 6
  %.34 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_incref(ptr %extracted.meminfo.1)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, ptr %w, align 8
  %.39 = load double, ptr %out.2, align 8
  store double 0.000000e+00, ptr %out.2, align 8
  %.41 = load { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %m, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %.42, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.41, ptr %.42, align 8
  %.46 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %.42, i32 0, i32 5
  %.47 = getelementptr inbounds [2 x i64], ptr %.46, i32 0, i32 0
  %.48 = load i64, ptr %.47, align 8, !range !0
  %.49 = getelementptr inbounds [2 x i64], ptr %.46, i32 0, i32 1
  %.50 = load i64, ptr %.49, align 8, !range !0
  %.51 = insertvalue [2 x i64] undef, i64 %.48, 0
  %.52 = insertvalue [2 x i64] %.51, i64 %.50, 1
  %.53 = extractvalue [2 x i64] %.52, 0
  %.54 = extractvalue [2 x i64] %.52, 0
  %.55 = extractvalue [2 x i64] %.52, 1
  store { i64, i64, i64 } zeroinitializer, ptr %.56, align 8
  %.59 = getelementptr inbounds { i64, i64, i64 }, ptr %.56, i32 0, i32 0
  store i64 0, ptr %.59, align 8
  %.61 = getelementptr inbounds { i64, i64, i64 }, ptr %.56, i32 0, i32 1
  store i64 %.53, ptr %.61, align 8
  %.63 = getelementptr inbounds { i64, i64, i64 }, ptr %.56, i32 0, i32 2
  store i64 1, ptr %.63, align 8
  %.65 = load { i64, i64, i64 }, ptr %.56, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.66, align 8
  store { i64, i64, i64 } %.65, ptr %.66, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.70, align 8
  %.73 = getelementptr inbounds { i64, i64, i64 }, ptr %.66, i32 0, i32 0
  %.74 = load i64, ptr %.73, align 8
  %.75 = getelementptr inbounds { i64, i64, i64 }, ptr %.66, i32 0, i32 1
  %.76 = load i64, ptr %.75, align 8
  %.77 = getelementptr inbounds { i64, i64, i64 }, ptr %.66, i32 0, i32 2
  %.78 = load i64, ptr %.77, align 8
  store i64 %.74, ptr %.79, align 8
  %.84 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.70, i32 0, i32 0
  store ptr %.79, ptr %.84, align 8
  %.86 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.70, i32 0, i32 1
  store i64 %.76, ptr %.86, align 8
  %.88 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.70, i32 0, i32 2
  store i64 %.78, ptr %.88, align 8
  %.90 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.70, i32 0, i32 3
  store ptr %.82, ptr %.90, align 8
  %.92 = sub i64 %.76, %.74
  %.93 = icmp sgt i64 %.92, 0
  %.94 = icmp sgt i64 %.78, 0
  %.95 = xor i1 %.93, %.94
  %.96 = icmp eq i64 %.78, 0
  br i1 %.96, label %B0.if, label %B0.endif, !prof !1

B60:                                              ; preds = %B0.endif.endif, %B170
  %.126 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  store { i64, i1 } zeroinitializer, ptr %.127, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.130, align 8
  store { ptr, i64, i64, ptr } %.126, ptr %.130, align 8
  %.134 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.130, i32 0, i32 3
  %.135 = load ptr, ptr %.134, align 8
  %.136 = load i64, ptr %.135, align 8
  %.137 = icmp sgt i64 %.136, 0
  %.138 = getelementptr inbounds { i64, i1 }, ptr %.127, i32 0, i32 1
  store i1 %.137, ptr %.138, align 1
  br i1 %.137, label %B60.if, label %B60.endif

B62:                                              ; preds = %B60.endif
  %.172 = load i64, ptr %"$phi62.1", align 8
  %.174 = load i64, ptr %i, align 8
  store i64 %.172, ptr %i, align 8
  %.176 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.179 = load double, ptr %row.2, align 8
  store double 0.000000e+00, ptr %row.2, align 8
  %.181 = load { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %m, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %.182, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.181, ptr %.182, align 8
  %.186 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %.182, i32 0, i32 5
  %.187 = getelementptr inbounds [2 x i64], ptr %.186, i32 0, i32 0
  %.188 = load i64, ptr %.187, align 8, !range !0
  %.189 = getelementptr inbounds [2 x i64], ptr %.186, i32 0, i32 1
  %.190 = load i64, ptr %.189, align 8, !range !0
  %.191 = insertvalue [2 x i64] undef, i64 %.188, 0
  %.192 = insertvalue [2 x i64] %.191, i64 %.190, 1
  %.193 = extractvalue [2 x i64] %.192, 1
  %.194 = extractvalue [2 x i64] %.192, 0
  %.195 = extractvalue [2 x i64] %.192, 1
  store { i64, i64, i64 } zeroinitializer, ptr %.196, align 8
  %.199 = getelementptr inbounds { i64, i64, i64 }, ptr %.196, i32 0, i32 0
  store i64 0, ptr %.199, align 8
  %.201 = getelementptr inbounds { i64, i64, i64 }, ptr %.196, i32 0, i32 1
  store i64 %.193, ptr %.201, align 8
  %.203 = getelementptr inbounds { i64, i64, i64 }, ptr %.196, i32 0, i32 2
  store i64 1, ptr %.203, align 8
  %.205 = load { i64, i64, i64 }, ptr %.196, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.206, align 8
  store { i64, i64, i64 } %.205, ptr %.206, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.210, align 8
  %.213 = getelementptr inbounds { i64, i64, i64 }, ptr %.206, i32 0, i32 0
  %.214 = load i64, ptr %.213, align 8
  %.215 = getelementptr inbounds { i64, i64, i64 }, ptr %.206, i32 0, i32 1
  %.216 = load i64, ptr %.215, align 8
  %.217 = getelementptr inbounds { i64, i64, i64 }, ptr %.206, i32 0, i32 2
  %.218 = load i64, ptr %.217, align 8
  store i64 %.214, ptr %.219, align 8
  %.224 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.210, i32 0, i32 0
  store ptr %.219, ptr %.224, align 8
  %.226 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.210, i32 0, i32 1
  store i64 %.216, ptr %.226, align 8
  %.228 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.210, i32 0, i32 2
  store i64 %.218, ptr %.228, align 8
  %.230 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.210, i32 0, i32 3
  store ptr %.222, ptr %.230, align 8
  %.232 = sub i64 %.216, %.214
  %.233 = icmp sgt i64 %.232, 0
  %.234 = icmp sgt i64 %.218, 0
  %.235 = xor i1 %.233, %.234
  %.236 = icmp eq i64 %.218, 0
  br i1 %.236, label %B62.if, label %B62.endif, !prof !1

B120:                                             ; preds = %B62.endif.endif, %B122
  %.264 = load { ptr, i64, i64, ptr }, ptr %"$phi120.1", align 8
  store { i64, i1 } zeroinitializer, ptr %.265, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.268, align 8
  store { ptr, i64, i64, ptr } %.264, ptr %.268, align 8
  %.272 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.268, i32 0, i32 3
  %.273 = load ptr, ptr %.272, align 8
  %.274 = load i64, ptr %.273, align 8
  %.275 = icmp sgt i64 %.274, 0
  %.276 = getelementptr inbounds { i64, i1 }, ptr %.265, i32 0, i32 1
  store i1 %.275, ptr %.276, align 1
  br i1 %.275, label %B120.if, label %B120.endif

B122:                                             ; preds = %B120.endif
  %.310 = load i64, ptr %"$phi122.2", align 8
  %.311 = load i64, ptr %"$phi122.2", align 8
  store i64 0, ptr %"$phi122.2", align 8
  %.313 = load i64, ptr %i, align 8
  %.314 = insertvalue [2 x i64] undef, i64 %.313, 0
  %.315 = insertvalue [2 x i64] %.314, i64 %.310, 1
  %.316 = extractvalue [2 x i64] %.315, 0
  %.317 = extractvalue [2 x i64] %.315, 1
  %.318 = load { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %m, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %.319, align 8
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.318, ptr %.319, align 8
  %.323 = extractvalue [2 x i64] %.315, 0
  %.324 = extractvalue [2 x i64] %.315, 1
  %.325 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %.319, i32 0, i32 5
  %.326 = getelementptr inbounds [2 x i64], ptr %.325, i32 0, i32 0
  %.327 = load i64, ptr %.326, align 8, !range !0
  %.328 = getelementptr inbounds [2 x i64], ptr %.325, i32 0, i32 1
  %.329 = load i64, ptr %.328, align 8, !range !0
  %.330 = insertvalue [2 x i64] undef, i64 %.327, 0
  %.331 = insertvalue [2 x i64] %.330, i64 %.329, 1
  %.332 = extractvalue [2 x i64] %.331, 0
  %.333 = extractvalue [2 x i64] %.331, 1
  %.334 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %.319, i32 0, i32 6
  %.335 = load [2 x i64], ptr %.334, align 8
  %.336 = extractvalue [2 x i64] %.335, 0
  %.337 = extractvalue [2 x i64] %.335, 1
  %.338 = icmp slt i64 %.323, 0
  %.339 = add i64 %.323, %.332
  %.340 = select i1 %.338, i64 %.339, i64 %.323
  %.341 = icmp slt i64 %.324, 0
  %.342 = add i64 %.324, %.333
  %.343 = select i1 %.341, i64 %.342, i64 %.324
  %.344 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %.319, i32 0, i32 5
  %.345 = getelementptr inbounds [2 x i64], ptr %.344, i32 0, i32 0
  %.346 = load i64, ptr %.345, align 8, !range !0
  %.347 = getelementptr inbounds [2 x i64], ptr %.344, i32 0, i32 1
  %.348 = load i64, ptr %.347, align 8, !range !0
  %.349 = insertvalue [2 x i64] undef, i64 %.346, 0
  %.350 = insertvalue [2 x i64] %.349, i64 %.348, 1
  %.351 = extractvalue [2 x i64] %.350, 0
  %.352 = extractvalue [2 x i64] %.350, 1
  %.353 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %.319, i32 0, i32 6
  %.354 = load [2 x i64], ptr %.353, align 8
  %.355 = extractvalue [2 x i64] %.354, 0
  %.356 = extractvalue [2 x i64] %.354, 1
  %.357 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %.319, i32 0, i32 4
  %.358 = load ptr, ptr %.357, align 8
  %.359 = mul i64 1, %.352
  %.360 = mul i64 %.340, %.359
  %.361 = add i64 0, %.360
  %.362 = mul i64 %.343, 1
  %.363 = add i64 %.361, %.362
  %.364 = getelementptr double, ptr %.358, i64 %.363
  %.365 = load double, ptr %.364, align 8
  %.366 = extractvalue [2 x i64] %.315, 0
  %.367 = extractvalue [2 x i64] %.315, 1
  %.368 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %w, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.369, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.368, ptr %.369, align 8
  %.373 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.369, i32 0, i32 5
  %.374 = getelementptr inbounds [1 x i64], ptr %.373, i32 0, i32 0
  %.375 = load i64, ptr %.374, align 8, !range !0
  %.376 = insertvalue [1 x i64] undef, i64 %.375, 0
  %.377 = extractvalue [1 x i64] %.376, 0
  %.378 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.369, i32 0, i32 6
  %.379 = load [1 x i64], ptr %.378, align 8
  %.380 = extractvalue [1 x i64] %.379, 0
  %.381 = icmp slt i64 %.310, 0
  %.382 = add i64 %.310, %.377
  %.383 = select i1 %.381, i64 %.382, i64 %.310
  %.384 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.369, i32 0, i32 5
  %.385 = getelementptr inbounds [1 x i64], ptr %.384, i32 0, i32 0
  %.386 = load i64, ptr %.385, align 8, !range !0
  %.387 = insertvalue [1 x i64] undef, i64 %.386, 0
  %.388 = extractvalue [1 x i64] %.387, 0
  %.389 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.369, i32 0, i32 6
  %.390 = load [1 x i64], ptr %.389, align 8
  %.391 = extractvalue [1 x i64] %.390, 0
  %.392 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.369, i32 0, i32 4
  %.393 = load ptr, ptr %.392, align 8
  %.394 = mul i64 %.383, 1
  %.395 = add i64 0, %.394
  %.396 = getelementptr double, ptr %.393, i64 %.395
  %.397 = load double, ptr %.396, align 8
  %.398 = fmul double %.365, %.397
  %.399 = load double, ptr %row.2, align 8
  %.400 = fadd double %.399, %.398
  %.401 = load double, ptr %row.2, align 8
  store double %.400, ptr %row.2, align 8
  br label %B120

B170:                                             ; preds = %B120.endif
  %.404 = load i64, ptr %i, align 8
  store i64 0, ptr %i, align 8
  %.406 = load i64, ptr %"$phi122.2", align 8
  store i64 0, ptr %"$phi122.2", align 8
  %.408 = load { ptr, i64, i64, ptr }, ptr %"$phi120.1", align 8
  %extracted.iter.6 = extractvalue { ptr, i64, i64, ptr } %.408, 0
  %extracted.stop.8 = extractvalue { ptr, i64, i64, ptr } %.408, 1
  %extracted.step.8 = extractvalue { ptr, i64, i64, ptr } %.408, 2
  %extracted.count.6 = extractvalue { ptr, i64, i64, ptr } %.408, 3
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi120.1", align 8
  %.410 = load double, ptr %row.2, align 8
  %.411 = call double @tanh(double %.410)
  %.412 = load double, ptr %row.2, align 8
  store double 0.000000e+00, ptr %row.2, align 8
  %.414 = load double, ptr %out.2, align 8
  %.415 = fadd double %.414, %.411
  %.416 = load double, ptr %out.2, align 8
  store double %.415, ptr %out.2, align 8
  br label %B60

B218:                                             ; preds = %B60.endif
  %.419 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %w, align 8
  %extracted.meminfo.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.419, 0
  %extracted.parent.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.419, 1
  %extracted.nitems.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.419, 2
  %extracted.itemsize.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.419, 3
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.419, 4
  %extracted.shape.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.419, 5
  %.420 = extractvalue [1 x i64] %extracted.shape.2, 0
  %extracted.strides.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.419, 6
  %.421 = extractvalue [1 x i64] %extracted.strides.2, 0
  call void @NRT_decref(ptr %extracted.meminfo.2)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %w, align 8
  %.424 = load { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] }, ptr %m, align 8
  %extracted.meminfo.3 = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.424, 0
  %extracted.parent.3 = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.424, 1
  %extracted.nitems.3 = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.424, 2
  %extracted.itemsize.3 = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.424, 3
  %extracted.data.3 = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.424, 4
  %extracted.shape.3 = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.424, 5
  %.425 = extractvalue [2 x i64] %extracted.shape.3, 0
  %.426 = extractvalue [2 x i64] %extracted.shape.3, 1
  %extracted.strides.3 = extractvalue { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } %.424, 6
  %.427 = extractvalue [2 x i64] %extracted.strides.3, 0
  %.428 = extractvalue [2 x i64] %extracted.strides.3, 1
  call void @NRT_decref(ptr %extracted.meminfo.3)
  store { ptr, ptr, i64, i64, ptr, [2 x i64], [2 x i64] } zeroinitializer, ptr %m, align 8
  %.431 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.433 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.7 = extractvalue { ptr, i64, i64, ptr } %.433, 0
  %extracted.stop.9 = extractvalue { ptr, i64, i64, ptr } %.433, 1
  %extracted.step.9 = extractvalue { ptr, i64, i64, ptr } %.433, 2
  %extracted.count.7 = extractvalue { ptr, i64, i64, ptr } %.433, 3
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.435 = load double, ptr %out.2, align 8
  %.436 = load double, ptr %out.2, align 8
  store double 0.000000e+00, ptr %out.2, align 8
  store double %.435, ptr %retptr, align 8
  ret i32 0

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727, ptr %excinfo, align 8, !numba_exception_output !2
  store i64 0, ptr %try_state, align 8
  %.101 = load i64, ptr %try_state, align 8
  %.102 = icmp ugt i64 %.101, 0
  %.103 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  br i1 %.95, label %B0.endif.if, label %B0.endif.else

B0.endif.if:                                      ; preds = %B0.endif
  %.106 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.70, i32 0, i32 3
  %.107 = load ptr, ptr %.106, align 8
  store i64 0, ptr %.107, align 8
  br label %B0.endif.endif

B0.endif.else:                                    ; preds = %B0.endif
  %.110 = srem i64 %.92, %.78
  %.111 = sub i64 0, %.110
  %.112 = select i1 %.93, i64 %.110, i64 %.111
  %.113 = icmp sgt i64 %.112, 0
  %.114 = sdiv i64 %.92, %.78
  %.115 = select i1 %.113, i64 1, i64 0
  %.116 = add i64 %.114, %.115
  %.117 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.70, i32 0, i32 3
  %.118 = load ptr, ptr %.117, align 8
  store i64 %.116, ptr %.118, align 8
  br label %B0.endif.endif

B0.endif.endif:                                   ; preds = %B0.endif.else, %B0.endif.if
  %.121 = load { ptr, i64, i64, ptr }, ptr %.70, align 8
  %extracted.start = extractvalue { i64, i64, i64 } %.65, 0
  %extracted.stop = extractvalue { i64, i64, i64 } %.65, 1
  %extracted.step = extractvalue { i64, i64, i64 } %.65, 2
  %extracted.iter = extractvalue { ptr, i64, i64, ptr } %.121, 0
  %extracted.stop.1 = extractvalue { ptr, i64, i64, ptr } %.121, 1
  %extracted.step.1 = extractvalue { ptr, i64, i64, ptr } %.121, 2
  %extracted.count = extractvalue { ptr, i64, i64, ptr } %.121, 3
  %.123 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.1 = extractvalue { ptr, i64, i64, ptr } %.123, 0
  %extracted.stop.2 = extractvalue { ptr, i64, i64, ptr } %.123, 1
  %extracted.step.2 = extractvalue { ptr, i64, i64, ptr } %.123, 2
  %extracted.count.1 = extractvalue { ptr, i64, i64, ptr } %.123, 3
  store { ptr, i64, i64, ptr } %.121, ptr %"$phi60.0", align 8
  %extracted.iter.2 = extractvalue { ptr, i64, i64, ptr } %.121, 0
  %extracted.stop.3 = extractvalue { ptr, i64, i64, ptr } %.121, 1
  %extracted.step.3 = extractvalue { ptr, i64, i64, ptr } %.121, 2
  %extracted.count.2 = extractvalue { ptr, i64, i64, ptr } %.121, 3
  br label %B60

B60.if:                                           ; preds = %B60
  %.141 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.130, i32 0, i32 0
  %.142 = load ptr, ptr %.141, align 8
  %.143 = load i64, ptr %.142, align 8
  %.144 = getelementptr inbounds { i64, i1 }, ptr %.127, i32 0, i32 0
  store i64 %.143, ptr %.144, align 8
  %.146 = sub nsw i64 %.136, 1
  store i64 %.146, ptr %.135, align 8
  %.148 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.130, i32 0, i32 2
  %.149 = load i64, ptr %.148, align 8
  %.150 = add i64 %.143, %.149
  %.151 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.130, i32 0, i32 0
  %.152 = load ptr, ptr %.151, align 8
  store i64 %.150, ptr %.152, align 8
  br label %B60.endif

B60.endif:                                        ; preds = %B60.if, %B60
  %.155 = load { i64, i1 }, ptr %.127, align 8
  %extracted.first = extractvalue { i64, i1 } %.155, 0
  %extracted.second = extractvalue { i64, i1 } %.155, 1
  store { i64, i1 } zeroinitializer, ptr %.156, align 8
  store { i64, i1 } %.155, ptr %.156, align 8
  %.160 = getelementptr inbounds { i64, i1 }, ptr %.156, i32 0, i32 0
  %.161 = load i64, ptr %.160, align 8
  store { i64, i1 } zeroinitializer, ptr %.162, align 8
  store { i64, i1 } %.155, ptr %.162, align 8
  %.166 = getelementptr inbounds { i64, i1 }, ptr %.162, i32 0, i32 1
  %.167 = load i1, ptr %.166, align 1
  %extracted.first.1 = extractvalue { i64, i1 } %.155, 0
  %extracted.second.1 = extractvalue { i64, i1 } %.155, 1
  %.169 = load i64, ptr %"$phi62.1", align 8
  store i64 %.161, ptr %"$phi62.1", align 8
  br i1 %.167, label %B62, label %B218

B62.if:                                           ; preds = %B62
  store ptr @.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727, ptr %excinfo, align 8, !numba_exception_output !2
  %.239 = load i64, ptr %try_state, align 8
  %.240 = icmp ugt i64 %.239, 0
  %.241 = load ptr, ptr %excinfo, align 8
  ret i32 1

B62.endif:                                        ; preds = %B62
  br i1 %.235, label %B62.endif.if, label %B62.endif.else

B62.endif.if:                                     ; preds = %B62.endif
  %.244 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.210, i32 0, i32 3
  %.245 = load ptr, ptr %.244, align 8
  store i64 0, ptr %.245, align 8
  br label %B62.endif.endif

B62.endif.else:                                   ; preds = %B62.endif
  %.248 = srem i64 %.232, %.218
  %.249 = sub i64 0, %.248
  %.250 = select i1 %.233, i64 %.248, i64 %.249
  %.251 = icmp sgt i64 %.250, 0
  %.252 = sdiv i64 %.232, %.218
  %.253 = select i1 %.251, i64 1, i64 0
  %.254 = add i64 %.252, %.253
  %.255 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.210, i32 0, i32 3
  %.256 = load ptr, ptr %.255, align 8
  store i64 %.254, ptr %.256, align 8
  br label %B62.endif.endif

B62.endif.endif:                                  ; preds = %B62.endif.else, %B62.endif.if
  %.259 = load { ptr, i64, i64, ptr }, ptr %.210, align 8
  %extracted.start.1 = extractvalue { i64, i64, i64 } %.205, 0
  %extracted.stop.4 = extractvalue { i64, i64, i64 } %.205, 1
  %extracted.step.4 = extractvalue { i64, i64, i64 } %.205, 2
  %extracted.iter.3 = extractvalue { ptr, i64, i64, ptr } %.259, 0
  %extracted.stop.5 = extractvalue { ptr, i64, i64, ptr } %.259, 1
  %extracted.step.5 = extractvalue { ptr, i64, i64, ptr } %.259, 2
  %extracted.count.3 = extractvalue { ptr, i64, i64, ptr } %.259, 3
  %.261 = load { ptr, i64, i64, ptr }, ptr %"$phi120.1", align 8
  %extracted.iter.4 = extractvalue { ptr, i64, i64, ptr } %.261, 0
  %extracted.stop.6 = extractvalue { ptr, i64, i64, ptr } %.261, 1
  %extracted.step.6 = extractvalue { ptr, i64, i64, ptr } %.261, 2
  %extracted.count.4 = extractvalue { ptr, i64, i64, ptr } %.261, 3
  store { ptr, i64, i64, ptr } %.259, ptr %"$phi120.1", align 8
  %extracted.iter.5 = extractvalue { ptr, i64, i64, ptr } %.259, 0
  %extracted.stop.7 = extractvalue { ptr, i64, i64, ptr } %.259, 1
  %extracted.step.7 = extractvalue { ptr, i64, i64, ptr } %.259, 2
  %extracted.count.5 = extractvalue { ptr, i64, i64, ptr } %.259, 3
  br label %B120

B120.if:                                          ; preds = %B120
  %.279 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.268, i32 0, i32 0
  %.280 = load ptr, ptr %.279, align 8
  %.281 = load i64, ptr %.280, align 8
  %.282 = getelementptr inbounds { i64, i1 }, ptr %.265, i32 0, i32 0
  store i64 %.281, ptr %.282, align 8
  %.284 = sub nsw i64 %.274, 1
  store i64 %.284, ptr %.273, align 8
  %.286 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.268, i32 0, i32 2
  %.287 = load i64, ptr %.286, align 8
  %.288 = add i64 %.281, %.287
  %.289 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.268, i32 0, i32 0
  %.290 = load ptr, ptr %.289, align 8
  store i64 %.288, ptr %.290, align 8
  br label %B120.endif

B120.endif:                                       ; preds = %B120.if, %B120
  %.293 = load { i64, i1 }, ptr %.265, align 8
  %extracted.first.2 = extractvalue { i64, i1 } %.293, 0
  %extracted.second.2 = extractvalue { i64, i1 } %.293, 1
  store { i64, i1 } zeroinitializer, ptr %.294, align 8
  store { i64, i1 } %.293, ptr %.294, align 8
  %.298 = getelementptr inbounds { i64, i1 }, ptr %.294, i32 0, i32 0
  %.299 = load i64, ptr %.298, align 8
  store { i64, i1 } zeroinitializer, ptr %.300, align 8
  store { i64, i1 } %.293, ptr %.300, align 8
  %.304 = getelementptr inbounds { i64, i1 }, ptr %.300, i32 0, i32 1
  %.305 = load i1, ptr %.304, align 1
  %extracted.first.3 = extractvalue { i64, i1 } %.293, 0
  %extracted.second.3 = extractvalue { i64, i1 } %.293, 1
  %.307 = load i64, ptr %"$phi122.2", align 8
  store i64 %.299, ptr %"$phi122.2", align 8
  br i1 %.305, label %B122, label %B170
}

declare void @NRT_incref(ptr noalias captures(none))

; Function Attrs: nounwind memory(read)
declare double @tanh(double) #0

declare void @NRT_decref(ptr noalias captures(none))

attributes #0 = { nounwind memory(read) }

!0 = !{i64 0, i64 9223372036854775807}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{i1 true}
