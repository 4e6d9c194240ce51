; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }
@numba.dynamic.globals.7f86790b2030 = linkonce global ptr inttoptr (i64 140215533117488 to ptr)

define i32 @_ZN8__main__10calls_njitB3v12B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, double %arg.b) {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.a.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %arg.a.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %arg.a.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %arg.a.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %arg.a.4, 4
  %.12 = insertvalue [1 x i64] undef, i64 %arg.a.5.0, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.12, 5
  %.13 = insertvalue [1 x i64] undef, i64 %arg.a.6.0, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.13, 6
  %a = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %b = alloca double, align 8
  store double 0.000000e+00, ptr %b, align 8
  %s.2 = alloca double, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  %.25 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.25, align 8
  %.35 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.35, align 8
  %.45 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.45, align 8
  %.49 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.49, align 8
  %.58 = alloca i64, align 8
  store i64 0, ptr %.58, align 8
  %.61 = alloca i64, align 8
  store i64 0, ptr %.61, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %"$phi60.0" = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.106 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.106, align 8
  %.109 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.109, align 8
  %.135 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.135, align 8
  %.141 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.141, align 8
  %"$phi62.1" = alloca i64, align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.156 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.156, align 8
  %.187 = alloca double, align 8
  store double 0.000000e+00, ptr %.187, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.14 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.15 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, ptr %a, align 8
  store double %arg.b, ptr %b, align 8
  %.22 = load double, ptr %s.2, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  %.24 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.25, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.24, ptr %.25, align 8
  %.29 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.25, i32 0, i32 5
  %.30 = getelementptr inbounds [1 x i64], ptr %.29, i32 0, i32 0
  %.31 = load i64, ptr %.30, align 8, !range !0
  %.32 = insertvalue [1 x i64] undef, i64 %.31, 0
  %.33 = extractvalue [1 x i64] %.32, 0
  %.34 = extractvalue [1 x i64] %.32, 0
  store { i64, i64, i64 } zeroinitializer, ptr %.35, align 8
  %.38 = getelementptr inbounds { i64, i64, i64 }, ptr %.35, i32 0, i32 0
  store i64 0, ptr %.38, align 8
  %.40 = getelementptr inbounds { i64, i64, i64 }, ptr %.35, i32 0, i32 1
  store i64 %.33, ptr %.40, align 8
  %.42 = getelementptr inbounds { i64, i64, i64 }, ptr %.35, i32 0, i32 2
  store i64 1, ptr %.42, align 8
  %.44 = load { i64, i64, i64 }, ptr %.35, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.45, align 8
  store { i64, i64, i64 } %.44, ptr %.45, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.49, align 8
  %.52 = getelementptr inbounds { i64, i64, i64 }, ptr %.45, i32 0, i32 0
  %.53 = load i64, ptr %.52, align 8
  %.54 = getelementptr inbounds { i64, i64, i64 }, ptr %.45, i32 0, i32 1
  %.55 = load i64, ptr %.54, align 8
  %.56 = getelementptr inbounds { i64, i64, i64 }, ptr %.45, i32 0, i32 2
  %.57 = load i64, ptr %.56, align 8
  store i64 %.53, ptr %.58, align 8
  %.63 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.49, i32 0, i32 0
  store ptr %.58, ptr %.63, align 8
  %.65 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.49, i32 0, i32 1
  store i64 %.55, ptr %.65, align 8
  %.67 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.49, i32 0, i32 2
  store i64 %.57, ptr %.67, align 8
  %.69 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.49, i32 0, i32 3
  store ptr %.61, ptr %.69, align 8
  %.71 = sub i64 %.55, %.53
  %.72 = icmp sgt i64 %.71, 0
  %.73 = icmp sgt i64 %.57, 0
  %.74 = xor i1 %.72, %.73
  %.75 = icmp eq i64 %.57, 0
  br i1 %.75, label %B0.if, label %B0.endif, !prof !1

B60:                                              ; preds = %B62.endif, %B0.endif.endif
  %.105 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  store { i64, i1 } zeroinitializer, ptr %.106, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.109, align 8
  store { ptr, i64, i64, ptr } %.105, ptr %.109, align 8
  %.113 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.109, i32 0, i32 3
  %.114 = load ptr, ptr %.113, align 8
  %.115 = load i64, ptr %.114, align 8
  %.116 = icmp sgt i64 %.115, 0
  %.117 = getelementptr inbounds { i64, i1 }, ptr %.106, i32 0, i32 1
  store i1 %.116, ptr %.117, align 1
  br i1 %.116, label %B60.if, label %B60.endif

B62:                                              ; preds = %B60.endif
  %.151 = load i64, ptr %"$phi62.1", align 8
  %.152 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.154 = load ptr, ptr @numba.dynamic.globals.7f86790b2030, align 8
  %.155 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.156, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.155, ptr %.156, align 8
  %.160 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.156, i32 0, i32 5
  %.161 = getelementptr inbounds [1 x i64], ptr %.160, i32 0, i32 0
  %.162 = load i64, ptr %.161, align 8, !range !0
  %.163 = insertvalue [1 x i64] undef, i64 %.162, 0
  %.164 = extractvalue [1 x i64] %.163, 0
  %.165 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.156, i32 0, i32 6
  %.166 = load [1 x i64], ptr %.165, align 8
  %.167 = extractvalue [1 x i64] %.166, 0
  %.168 = icmp slt i64 %.151, 0
  %.169 = add i64 %.151, %.164
  %.170 = select i1 %.168, i64 %.169, i64 %.151
  %.171 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.156, i32 0, i32 5
  %.172 = getelementptr inbounds [1 x i64], ptr %.171, i32 0, i32 0
  %.173 = load i64, ptr %.172, align 8, !range !0
  %.174 = insertvalue [1 x i64] undef, i64 %.173, 0
  %.175 = extractvalue [1 x i64] %.174, 0
  %.176 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.156, i32 0, i32 6
  %.177 = load [1 x i64], ptr %.176, align 8
  %.178 = extractvalue [1 x i64] %.177, 0
  %.179 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.156, i32 0, i32 4
  %.180 = load ptr, ptr %.179, align 8
  %.181 = mul i64 %.170, 1
  %.182 = add i64 0, %.181
  %.183 = getelementptr double, ptr %.180, i64 %.182
  %.184 = load double, ptr %.183, align 8
  %.185 = load double, ptr %b, align 8
  %.186 = fmul double %.184, %.185
  store double 0.000000e+00, ptr %.187, align 8
  %.191 = call i32 @_ZN8__main__9_softplusB3v10B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd(ptr %.187, ptr %excinfo.1, double %.186)
  %.192 = load ptr, ptr %excinfo.1, align 8
  %.193 = icmp eq i32 %.191, 0
  %.194 = icmp eq i32 %.191, -2
  %.195 = icmp eq i32 %.191, -1
  %.196 = icmp eq i32 %.191, -3
  %.197 = or i1 %.193, %.194
  %.198 = xor i1 %.197, true
  %.199 = icmp sge i32 %.191, 1
  %.200 = select i1 %.199, ptr %.192, ptr undef
  %.201 = load double, ptr %.187, align 8
  br i1 %.198, label %B62.if, label %B62.endif, !prof !1

B120:                                             ; preds = %B60.endif
  %.216 = load double, ptr %b, align 8
  store double 0.000000e+00, ptr %b, align 8
  %.218 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.218, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.218, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.218, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.218, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.218, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.218, 5
  %.219 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.218, 6
  %.220 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_decref(ptr %extracted.meminfo.1)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %.223 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.225 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.3 = extractvalue { ptr, i64, i64, ptr } %.225, 0
  %extracted.stop.4 = extractvalue { ptr, i64, i64, ptr } %.225, 1
  %extracted.step.4 = extractvalue { ptr, i64, i64, ptr } %.225, 2
  %extracted.count.3 = extractvalue { ptr, i64, i64, ptr } %.225, 3
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.227 = load double, ptr %s.2, align 8
  %.228 = load double, ptr %s.2, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  store double %.227, ptr %retptr, align 8
  ret i32 0

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727, ptr %excinfo, align 8, !numba_exception_output !2
  store i64 0, ptr %try_state, align 8
  %.80 = load i64, ptr %try_state, align 8
  %.81 = icmp ugt i64 %.80, 0
  %.82 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  br i1 %.74, label %B0.endif.if, label %B0.endif.else

B0.endif.if:                                      ; preds = %B0.endif
  %.85 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.49, i32 0, i32 3
  %.86 = load ptr, ptr %.85, align 8
  store i64 0, ptr %.86, align 8
  br label %B0.endif.endif

B0.endif.else:                                    ; preds = %B0.endif
  %.89 = srem i64 %.71, %.57
  %.90 = sub i64 0, %.89
  %.91 = select i1 %.72, i64 %.89, i64 %.90
  %.92 = icmp sgt i64 %.91, 0
  %.93 = sdiv i64 %.71, %.57
  %.94 = select i1 %.92, i64 1, i64 0
  %.95 = add i64 %.93, %.94
  %.96 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.49, i32 0, i32 3
  %.97 = load ptr, ptr %.96, align 8
  store i64 %.95, ptr %.97, align 8
  br label %B0.endif.endif

B0.endif.endif:                                   ; preds = %B0.endif.else, %B0.endif.if
  %.100 = load { ptr, i64, i64, ptr }, ptr %.49, align 8
  %extracted.start = extractvalue { i64, i64, i64 } %.44, 0
  %extracted.stop = extractvalue { i64, i64, i64 } %.44, 1
  %extracted.step = extractvalue { i64, i64, i64 } %.44, 2
  %extracted.iter = extractvalue { ptr, i64, i64, ptr } %.100, 0
  %extracted.stop.1 = extractvalue { ptr, i64, i64, ptr } %.100, 1
  %extracted.step.1 = extractvalue { ptr, i64, i64, ptr } %.100, 2
  %extracted.count = extractvalue { ptr, i64, i64, ptr } %.100, 3
  %.102 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.1 = extractvalue { ptr, i64, i64, ptr } %.102, 0
  %extracted.stop.2 = extractvalue { ptr, i64, i64, ptr } %.102, 1
  %extracted.step.2 = extractvalue { ptr, i64, i64, ptr } %.102, 2
  %extracted.count.1 = extractvalue { ptr, i64, i64, ptr } %.102, 3
  store { ptr, i64, i64, ptr } %.100, ptr %"$phi60.0", align 8
  %extracted.iter.2 = extractvalue { ptr, i64, i64, ptr } %.100, 0
  %extracted.stop.3 = extractvalue { ptr, i64, i64, ptr } %.100, 1
  %extracted.step.3 = extractvalue { ptr, i64, i64, ptr } %.100, 2
  %extracted.count.2 = extractvalue { ptr, i64, i64, ptr } %.100, 3
  br label %B60

B60.if:                                           ; preds = %B60
  %.120 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.109, i32 0, i32 0
  %.121 = load ptr, ptr %.120, align 8
  %.122 = load i64, ptr %.121, align 8
  %.123 = getelementptr inbounds { i64, i1 }, ptr %.106, i32 0, i32 0
  store i64 %.122, ptr %.123, align 8
  %.125 = sub nsw i64 %.115, 1
  store i64 %.125, ptr %.114, align 8
  %.127 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.109, i32 0, i32 2
  %.128 = load i64, ptr %.127, align 8
  %.129 = add i64 %.122, %.128
  %.130 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.109, i32 0, i32 0
  %.131 = load ptr, ptr %.130, align 8
  store i64 %.129, ptr %.131, align 8
  br label %B60.endif

B60.endif:                                        ; preds = %B60.if, %B60
  %.134 = load { i64, i1 }, ptr %.106, align 8
  %extracted.first = extractvalue { i64, i1 } %.134, 0
  %extracted.second = extractvalue { i64, i1 } %.134, 1
  store { i64, i1 } zeroinitializer, ptr %.135, align 8
  store { i64, i1 } %.134, ptr %.135, align 8
  %.139 = getelementptr inbounds { i64, i1 }, ptr %.135, i32 0, i32 0
  %.140 = load i64, ptr %.139, align 8
  store { i64, i1 } zeroinitializer, ptr %.141, align 8
  store { i64, i1 } %.134, ptr %.141, align 8
  %.145 = getelementptr inbounds { i64, i1 }, ptr %.141, i32 0, i32 1
  %.146 = load i1, ptr %.145, align 1
  %extracted.first.1 = extractvalue { i64, i1 } %.134, 0
  %extracted.second.1 = extractvalue { i64, i1 } %.134, 1
  %.148 = load i64, ptr %"$phi62.1", align 8
  store i64 %.140, ptr %"$phi62.1", align 8
  br i1 %.146, label %B62, label %B120

B62.if:                                           ; preds = %B62
  %.203 = load i64, ptr %try_state, align 8
  %.204 = icmp ugt i64 %.203, 0
  %.205 = load ptr, ptr %excinfo, align 8
  store ptr %.200, ptr %excinfo, align 8
  %.207 = xor i1 %.204, true
  br i1 %.207, label %B62.if.if, label %B62.if.endif

B62.endif:                                        ; preds = %B62.if.endif, %B62
  %.211 = load double, ptr %s.2, align 8
  %.212 = fadd double %.211, %.201
  %.213 = load double, ptr %s.2, align 8
  store double %.212, ptr %s.2, align 8
  br label %B60

B62.if.if:                                        ; preds = %B62.if
  ret i32 %.191

B62.if.endif:                                     ; preds = %B62.if
  br label %B62.endif
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: alwaysinline
define internal i32 @_ZN8__main__9_softplusB3v10B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.z) #0 {
entry:
  %.11 = alloca double, align 8
  store double 0.000000e+00, ptr %.11, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  %.5 = call double @llvm.fabs.f64(double %arg.z)
  %.6 = fsub double -0.000000e+00, %.5
  %.7 = call double @llvm.exp.f64(double %.6)
  %.8 = call double @log1p(double %.7)
  %.9 = insertvalue { double, double } undef, double %arg.z, 0
  %.10 = insertvalue { double, double } %.9, double 0.000000e+00, 1
  store double 0.000000e+00, ptr %.11, align 8
  %.15 = extractvalue { double, double } %.10, 0
  %.16 = extractvalue { double, double } %.10, 1
  %.17 = call i32 @_ZN5numba7cpython8builtins6ol_max12_3clocals_3e4implB3v14B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE15StarArgUniTupleIdLi2EE(ptr %.11, ptr %excinfo.1, double %.15, double %.16)
  %.18 = load ptr, ptr %excinfo.1, align 8
  %.19 = icmp eq i32 %.17, 0
  %.20 = icmp eq i32 %.17, -2
  %.21 = icmp eq i32 %.17, -1
  %.22 = icmp eq i32 %.17, -3
  %.23 = or i1 %.19, %.20
  %.24 = xor i1 %.23, true
  %.25 = icmp sge i32 %.17, 1
  %.26 = select i1 %.25, ptr %.18, ptr undef
  %.27 = load double, ptr %.11, align 8
  br i1 %.24, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store i64 0, ptr %try_state, align 8
  %.31 = load i64, ptr %try_state, align 8
  %.32 = icmp ugt i64 %.31, 0
  %.33 = load ptr, ptr %excinfo, align 8
  store ptr %.26, ptr %excinfo, align 8
  %.35 = xor i1 %.32, true
  br i1 %.35, label %B0.if.if, label %B0.if.endif

B0.endif:                                         ; preds = %B0.if.endif, %B0
  %.39 = fadd double %.8, %.27
  store double %.39, ptr %retptr, align 8
  ret i32 0

B0.if.if:                                         ; preds = %B0.if
  ret i32 %.17

B0.if.endif:                                      ; preds = %B0.if
  br label %B0.endif
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #1

; Function Attrs: nounwind memory(read)
declare double @log1p(double) #2

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba7cpython8builtins6ol_max12_3clocals_3e4implB3v14B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dE15StarArgUniTupleIdLi2EE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x.0, double %arg.x.1) #0 {
entry:
  %.6 = insertvalue [2 x double] undef, double %arg.x.0, 0
  %.7 = insertvalue [2 x double] %.6, double %arg.x.1, 1
  br label %B0

B0:                                               ; preds = %entry
  %.8 = extractvalue [2 x double] %.7, 0
  %.9 = extractvalue [2 x double] %.7, 1
  %.10 = extractvalue [2 x double] %.7, 0
  %.11 = extractvalue [2 x double] %.7, 1
  %.12 = fcmp ogt double %.11, %.10
  %.13 = select i1 %.12, double %.11, double %.10
  %.14 = extractvalue [2 x double] %.7, 0
  %.15 = extractvalue [2 x double] %.7, 1
  store double %.13, ptr %retptr, align 8
  ret i32 0
}

attributes #0 = { alwaysinline }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind memory(read) }

!0 = !{i64 0, i64 9223372036854775807}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{i1 true}
