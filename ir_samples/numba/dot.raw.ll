; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__3dotB3v51B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, ptr %arg.b.0, ptr %arg.b.1, i64 %arg.b.2, i64 %arg.b.3, ptr %arg.b.4, i64 %arg.b.5.0, i64 %arg.b.6.0) {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.a.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %arg.a.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %arg.a.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %arg.a.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %arg.a.4, 4
  %.18 = insertvalue [1 x i64] undef, i64 %arg.a.5.0, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.18, 5
  %.19 = insertvalue [1 x i64] undef, i64 %arg.a.6.0, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.19, 6
  %inserted.meminfo.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.b.0, 0
  %inserted.parent.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo.1, ptr %arg.b.1, 1
  %inserted.nitems.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent.1, i64 %arg.b.2, 2
  %inserted.itemsize.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems.1, i64 %arg.b.3, 3
  %inserted.data.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize.1, ptr %arg.b.4, 4
  %.20 = insertvalue [1 x i64] undef, i64 %arg.b.5.0, 0
  %inserted.shape.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data.1, [1 x i64] %.20, 5
  %.21 = insertvalue [1 x i64] undef, i64 %arg.b.6.0, 0
  %inserted.strides.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape.1, [1 x i64] %.21, 6
  %a = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %b = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %b, align 8
  %s.2 = alloca double, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  %.36 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.36, align 8
  %.46 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.46, align 8
  %.56 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.56, align 8
  %.60 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.60, align 8
  %.69 = alloca i64, align 8
  store i64 0, ptr %.69, align 8
  %.72 = alloca i64, align 8
  store i64 0, ptr %.72, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %"$phi60.0" = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.117 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.117, align 8
  %.120 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.120, align 8
  %.146 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.146, align 8
  %.152 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.152, align 8
  %"$phi62.1" = alloca i64, align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.166 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.166, align 8
  %.196 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.196, align 8
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.22 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.23 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, ptr %a, align 8
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 5
  %.27 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, 6
  %.28 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_incref(ptr %extracted.meminfo.1)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, ptr %b, align 8
  %.33 = load double, ptr %s.2, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  %.35 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.36, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.35, ptr %.36, align 8
  %.40 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.36, i32 0, i32 5
  %.41 = getelementptr inbounds [1 x i64], ptr %.40, i32 0, i32 0
  %.42 = load i64, ptr %.41, align 8, !range !0
  %.43 = insertvalue [1 x i64] undef, i64 %.42, 0
  %.44 = extractvalue [1 x i64] %.43, 0
  %.45 = extractvalue [1 x i64] %.43, 0
  store { i64, i64, i64 } zeroinitializer, ptr %.46, align 8
  %.49 = getelementptr inbounds { i64, i64, i64 }, ptr %.46, i32 0, i32 0
  store i64 0, ptr %.49, align 8
  %.51 = getelementptr inbounds { i64, i64, i64 }, ptr %.46, i32 0, i32 1
  store i64 %.44, ptr %.51, align 8
  %.53 = getelementptr inbounds { i64, i64, i64 }, ptr %.46, i32 0, i32 2
  store i64 1, ptr %.53, align 8
  %.55 = load { i64, i64, i64 }, ptr %.46, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.56, align 8
  store { i64, i64, i64 } %.55, ptr %.56, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.60, align 8
  %.63 = getelementptr inbounds { i64, i64, i64 }, ptr %.56, i32 0, i32 0
  %.64 = load i64, ptr %.63, align 8
  %.65 = getelementptr inbounds { i64, i64, i64 }, ptr %.56, i32 0, i32 1
  %.66 = load i64, ptr %.65, align 8
  %.67 = getelementptr inbounds { i64, i64, i64 }, ptr %.56, i32 0, i32 2
  %.68 = load i64, ptr %.67, align 8
  store i64 %.64, ptr %.69, align 8
  %.74 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.60, i32 0, i32 0
  store ptr %.69, ptr %.74, align 8
  %.76 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.60, i32 0, i32 1
  store i64 %.66, ptr %.76, align 8
  %.78 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.60, i32 0, i32 2
  store i64 %.68, ptr %.78, align 8
  %.80 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.60, i32 0, i32 3
  store ptr %.72, ptr %.80, align 8
  %.82 = sub i64 %.66, %.64
  %.83 = icmp sgt i64 %.82, 0
  %.84 = icmp sgt i64 %.68, 0
  %.85 = xor i1 %.83, %.84
  %.86 = icmp eq i64 %.68, 0
  br i1 %.86, label %B0.if, label %B0.endif, !prof !1

B60:                                              ; preds = %B0.endif.endif, %B62
  %.116 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  store { i64, i1 } zeroinitializer, ptr %.117, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.120, align 8
  store { ptr, i64, i64, ptr } %.116, ptr %.120, align 8
  %.124 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.120, i32 0, i32 3
  %.125 = load ptr, ptr %.124, align 8
  %.126 = load i64, ptr %.125, align 8
  %.127 = icmp sgt i64 %.126, 0
  %.128 = getelementptr inbounds { i64, i1 }, ptr %.117, i32 0, i32 1
  store i1 %.127, ptr %.128, align 1
  br i1 %.127, label %B60.if, label %B60.endif

B62:                                              ; preds = %B60.endif
  %.162 = load i64, ptr %"$phi62.1", align 8
  %.163 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.165 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.166, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.165, ptr %.166, align 8
  %.170 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.166, i32 0, i32 5
  %.171 = getelementptr inbounds [1 x i64], ptr %.170, i32 0, i32 0
  %.172 = load i64, ptr %.171, align 8, !range !0
  %.173 = insertvalue [1 x i64] undef, i64 %.172, 0
  %.174 = extractvalue [1 x i64] %.173, 0
  %.175 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.166, i32 0, i32 6
  %.176 = load [1 x i64], ptr %.175, align 8
  %.177 = extractvalue [1 x i64] %.176, 0
  %.178 = icmp slt i64 %.162, 0
  %.179 = add i64 %.162, %.174
  %.180 = select i1 %.178, i64 %.179, i64 %.162
  %.181 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.166, i32 0, i32 5
  %.182 = getelementptr inbounds [1 x i64], ptr %.181, i32 0, i32 0
  %.183 = load i64, ptr %.182, align 8, !range !0
  %.184 = insertvalue [1 x i64] undef, i64 %.183, 0
  %.185 = extractvalue [1 x i64] %.184, 0
  %.186 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.166, i32 0, i32 6
  %.187 = load [1 x i64], ptr %.186, align 8
  %.188 = extractvalue [1 x i64] %.187, 0
  %.189 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.166, i32 0, i32 4
  %.190 = load ptr, ptr %.189, align 8
  %.191 = mul i64 %.180, 1
  %.192 = add i64 0, %.191
  %.193 = getelementptr double, ptr %.190, i64 %.192
  %.194 = load double, ptr %.193, align 8
  %.195 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %b, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.196, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.195, ptr %.196, align 8
  %.200 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.196, i32 0, i32 5
  %.201 = getelementptr inbounds [1 x i64], ptr %.200, i32 0, i32 0
  %.202 = load i64, ptr %.201, align 8, !range !0
  %.203 = insertvalue [1 x i64] undef, i64 %.202, 0
  %.204 = extractvalue [1 x i64] %.203, 0
  %.205 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.196, i32 0, i32 6
  %.206 = load [1 x i64], ptr %.205, align 8
  %.207 = extractvalue [1 x i64] %.206, 0
  %.208 = icmp slt i64 %.162, 0
  %.209 = add i64 %.162, %.204
  %.210 = select i1 %.208, i64 %.209, i64 %.162
  %.211 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.196, i32 0, i32 5
  %.212 = getelementptr inbounds [1 x i64], ptr %.211, i32 0, i32 0
  %.213 = load i64, ptr %.212, align 8, !range !0
  %.214 = insertvalue [1 x i64] undef, i64 %.213, 0
  %.215 = extractvalue [1 x i64] %.214, 0
  %.216 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.196, i32 0, i32 6
  %.217 = load [1 x i64], ptr %.216, align 8
  %.218 = extractvalue [1 x i64] %.217, 0
  %.219 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.196, i32 0, i32 4
  %.220 = load ptr, ptr %.219, align 8
  %.221 = mul i64 %.210, 1
  %.222 = add i64 0, %.221
  %.223 = getelementptr double, ptr %.220, i64 %.222
  %.224 = load double, ptr %.223, align 8
  %.225 = fmul double %.194, %.224
  %.226 = load double, ptr %s.2, align 8
  %.227 = fadd double %.226, %.225
  %.228 = load double, ptr %s.2, align 8
  store double %.227, ptr %s.2, align 8
  br label %B60

B106:                                             ; preds = %B60.endif
  %.231 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %b, align 8
  %extracted.meminfo.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.231, 0
  %extracted.parent.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.231, 1
  %extracted.nitems.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.231, 2
  %extracted.itemsize.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.231, 3
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.231, 4
  %extracted.shape.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.231, 5
  %.232 = extractvalue [1 x i64] %extracted.shape.2, 0
  %extracted.strides.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.231, 6
  %.233 = extractvalue [1 x i64] %extracted.strides.2, 0
  call void @NRT_decref(ptr %extracted.meminfo.2)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %b, align 8
  %.236 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %extracted.meminfo.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.236, 0
  %extracted.parent.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.236, 1
  %extracted.nitems.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.236, 2
  %extracted.itemsize.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.236, 3
  %extracted.data.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.236, 4
  %extracted.shape.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.236, 5
  %.237 = extractvalue [1 x i64] %extracted.shape.3, 0
  %extracted.strides.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.236, 6
  %.238 = extractvalue [1 x i64] %extracted.strides.3, 0
  call void @NRT_decref(ptr %extracted.meminfo.3)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %.241 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.243 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.3 = extractvalue { ptr, i64, i64, ptr } %.243, 0
  %extracted.stop.4 = extractvalue { ptr, i64, i64, ptr } %.243, 1
  %extracted.step.4 = extractvalue { ptr, i64, i64, ptr } %.243, 2
  %extracted.count.3 = extractvalue { ptr, i64, i64, ptr } %.243, 3
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.245 = load double, ptr %s.2, align 8
  %.246 = load double, ptr %s.2, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  store double %.245, ptr %retptr, align 8
  ret i32 0

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727, ptr %excinfo, align 8, !numba_exception_output !2
  store i64 0, ptr %try_state, align 8
  %.91 = load i64, ptr %try_state, align 8
  %.92 = icmp ugt i64 %.91, 0
  %.93 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  br i1 %.85, label %B0.endif.if, label %B0.endif.else

B0.endif.if:                                      ; preds = %B0.endif
  %.96 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.60, i32 0, i32 3
  %.97 = load ptr, ptr %.96, align 8
  store i64 0, ptr %.97, align 8
  br label %B0.endif.endif

B0.endif.else:                                    ; preds = %B0.endif
  %.100 = srem i64 %.82, %.68
  %.101 = sub i64 0, %.100
  %.102 = select i1 %.83, i64 %.100, i64 %.101
  %.103 = icmp sgt i64 %.102, 0
  %.104 = sdiv i64 %.82, %.68
  %.105 = select i1 %.103, i64 1, i64 0
  %.106 = add i64 %.104, %.105
  %.107 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.60, i32 0, i32 3
  %.108 = load ptr, ptr %.107, align 8
  store i64 %.106, ptr %.108, align 8
  br label %B0.endif.endif

B0.endif.endif:                                   ; preds = %B0.endif.else, %B0.endif.if
  %.111 = load { ptr, i64, i64, ptr }, ptr %.60, align 8
  %extracted.start = extractvalue { i64, i64, i64 } %.55, 0
  %extracted.stop = extractvalue { i64, i64, i64 } %.55, 1
  %extracted.step = extractvalue { i64, i64, i64 } %.55, 2
  %extracted.iter = extractvalue { ptr, i64, i64, ptr } %.111, 0
  %extracted.stop.1 = extractvalue { ptr, i64, i64, ptr } %.111, 1
  %extracted.step.1 = extractvalue { ptr, i64, i64, ptr } %.111, 2
  %extracted.count = extractvalue { ptr, i64, i64, ptr } %.111, 3
  %.113 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.1 = extractvalue { ptr, i64, i64, ptr } %.113, 0
  %extracted.stop.2 = extractvalue { ptr, i64, i64, ptr } %.113, 1
  %extracted.step.2 = extractvalue { ptr, i64, i64, ptr } %.113, 2
  %extracted.count.1 = extractvalue { ptr, i64, i64, ptr } %.113, 3
  store { ptr, i64, i64, ptr } %.111, ptr %"$phi60.0", align 8
  %extracted.iter.2 = extractvalue { ptr, i64, i64, ptr } %.111, 0
  %extracted.stop.3 = extractvalue { ptr, i64, i64, ptr } %.111, 1
  %extracted.step.3 = extractvalue { ptr, i64, i64, ptr } %.111, 2
  %extracted.count.2 = extractvalue { ptr, i64, i64, ptr } %.111, 3
  br label %B60

B60.if:                                           ; preds = %B60
  %.131 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.120, i32 0, i32 0
  %.132 = load ptr, ptr %.131, align 8
  %.133 = load i64, ptr %.132, align 8
  %.134 = getelementptr inbounds { i64, i1 }, ptr %.117, i32 0, i32 0
  store i64 %.133, ptr %.134, align 8
  %.136 = sub nsw i64 %.126, 1
  store i64 %.136, ptr %.125, align 8
  %.138 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.120, i32 0, i32 2
  %.139 = load i64, ptr %.138, align 8
  %.140 = add i64 %.133, %.139
  %.141 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.120, i32 0, i32 0
  %.142 = load ptr, ptr %.141, align 8
  store i64 %.140, ptr %.142, align 8
  br label %B60.endif

B60.endif:                                        ; preds = %B60.if, %B60
  %.145 = load { i64, i1 }, ptr %.117, align 8
  %extracted.first = extractvalue { i64, i1 } %.145, 0
  %extracted.second = extractvalue { i64, i1 } %.145, 1
  store { i64, i1 } zeroinitializer, ptr %.146, align 8
  store { i64, i1 } %.145, ptr %.146, align 8
  %.150 = getelementptr inbounds { i64, i1 }, ptr %.146, i32 0, i32 0
  %.151 = load i64, ptr %.150, align 8
  store { i64, i1 } zeroinitializer, ptr %.152, align 8
  store { i64, i1 } %.145, ptr %.152, align 8
  %.156 = getelementptr inbounds { i64, i1 }, ptr %.152, i32 0, i32 1
  %.157 = load i1, ptr %.156, align 1
  %extracted.first.1 = extractvalue { i64, i1 } %.145, 0
  %extracted.second.1 = extractvalue { i64, i1 } %.145, 1
  %.159 = load i64, ptr %"$phi62.1", align 8
  store i64 %.151, ptr %"$phi62.1", align 8
  br i1 %.157, label %B62, label %B106
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

!0 = !{i64 0, i64 9223372036854775807}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{i1 true}
