; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__10array_loopB2v4B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0) {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.a.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %arg.a.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %arg.a.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %arg.a.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %arg.a.4, 4
  %.11 = insertvalue [1 x i64] undef, i64 %arg.a.5.0, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.11, 5
  %.12 = insertvalue [1 x i64] undef, i64 %arg.a.6.0, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.12, 6
  %a = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %s.2 = alloca double, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  %.22 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.22, align 8
  %.32 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.32, align 8
  %.42 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.42, align 8
  %.46 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.46, align 8
  %.55 = alloca i64, align 8
  store i64 0, ptr %.55, align 8
  %.58 = alloca i64, align 8
  store i64 0, ptr %.58, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %"$phi60.0" = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.103 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.103, align 8
  %.106 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.106, align 8
  %.132 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.132, align 8
  %.138 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.138, align 8
  %"$phi62.1" = alloca i64, align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.152 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.152, align 8
  %.182 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.182, align 8
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.13 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.14 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, ptr %a, align 8
  %.19 = load double, ptr %s.2, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  %.21 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.22, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.21, ptr %.22, align 8
  %.26 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.22, i32 0, i32 5
  %.27 = getelementptr inbounds [1 x i64], ptr %.26, i32 0, i32 0
  %.28 = load i64, ptr %.27, align 8, !range !0
  %.29 = insertvalue [1 x i64] undef, i64 %.28, 0
  %.30 = extractvalue [1 x i64] %.29, 0
  %.31 = extractvalue [1 x i64] %.29, 0
  store { i64, i64, i64 } zeroinitializer, ptr %.32, align 8
  %.35 = getelementptr inbounds { i64, i64, i64 }, ptr %.32, i32 0, i32 0
  store i64 0, ptr %.35, align 8
  %.37 = getelementptr inbounds { i64, i64, i64 }, ptr %.32, i32 0, i32 1
  store i64 %.30, ptr %.37, align 8
  %.39 = getelementptr inbounds { i64, i64, i64 }, ptr %.32, i32 0, i32 2
  store i64 1, ptr %.39, align 8
  %.41 = load { i64, i64, i64 }, ptr %.32, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.42, align 8
  store { i64, i64, i64 } %.41, ptr %.42, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.46, align 8
  %.49 = getelementptr inbounds { i64, i64, i64 }, ptr %.42, i32 0, i32 0
  %.50 = load i64, ptr %.49, align 8
  %.51 = getelementptr inbounds { i64, i64, i64 }, ptr %.42, i32 0, i32 1
  %.52 = load i64, ptr %.51, align 8
  %.53 = getelementptr inbounds { i64, i64, i64 }, ptr %.42, i32 0, i32 2
  %.54 = load i64, ptr %.53, align 8
  store i64 %.50, ptr %.55, align 8
  %.60 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.46, i32 0, i32 0
  store ptr %.55, ptr %.60, align 8
  %.62 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.46, i32 0, i32 1
  store i64 %.52, ptr %.62, align 8
  %.64 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.46, i32 0, i32 2
  store i64 %.54, ptr %.64, align 8
  %.66 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.46, i32 0, i32 3
  store ptr %.58, ptr %.66, align 8
  %.68 = sub i64 %.52, %.50
  %.69 = icmp sgt i64 %.68, 0
  %.70 = icmp sgt i64 %.54, 0
  %.71 = xor i1 %.69, %.70
  %.72 = icmp eq i64 %.54, 0
  br i1 %.72, label %B0.if, label %B0.endif, !prof !1

B60:                                              ; preds = %B0.endif.endif, %B62
  %.102 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  store { i64, i1 } zeroinitializer, ptr %.103, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.106, align 8
  store { ptr, i64, i64, ptr } %.102, ptr %.106, align 8
  %.110 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.106, i32 0, i32 3
  %.111 = load ptr, ptr %.110, align 8
  %.112 = load i64, ptr %.111, align 8
  %.113 = icmp sgt i64 %.112, 0
  %.114 = getelementptr inbounds { i64, i1 }, ptr %.103, i32 0, i32 1
  store i1 %.113, ptr %.114, align 1
  br i1 %.113, label %B60.if, label %B60.endif

B62:                                              ; preds = %B60.endif
  %.148 = load i64, ptr %"$phi62.1", align 8
  %.149 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.151 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.152, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.151, ptr %.152, align 8
  %.156 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.152, i32 0, i32 5
  %.157 = getelementptr inbounds [1 x i64], ptr %.156, i32 0, i32 0
  %.158 = load i64, ptr %.157, align 8, !range !0
  %.159 = insertvalue [1 x i64] undef, i64 %.158, 0
  %.160 = extractvalue [1 x i64] %.159, 0
  %.161 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.152, i32 0, i32 6
  %.162 = load [1 x i64], ptr %.161, align 8
  %.163 = extractvalue [1 x i64] %.162, 0
  %.164 = icmp slt i64 %.148, 0
  %.165 = add i64 %.148, %.160
  %.166 = select i1 %.164, i64 %.165, i64 %.148
  %.167 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.152, i32 0, i32 5
  %.168 = getelementptr inbounds [1 x i64], ptr %.167, i32 0, i32 0
  %.169 = load i64, ptr %.168, align 8, !range !0
  %.170 = insertvalue [1 x i64] undef, i64 %.169, 0
  %.171 = extractvalue [1 x i64] %.170, 0
  %.172 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.152, i32 0, i32 6
  %.173 = load [1 x i64], ptr %.172, align 8
  %.174 = extractvalue [1 x i64] %.173, 0
  %.175 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.152, i32 0, i32 4
  %.176 = load ptr, ptr %.175, align 8
  %.177 = mul i64 %.166, 1
  %.178 = add i64 0, %.177
  %.179 = getelementptr double, ptr %.176, i64 %.178
  %.180 = load double, ptr %.179, align 8
  %.181 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.182, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.181, ptr %.182, align 8
  %.186 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.182, i32 0, i32 5
  %.187 = getelementptr inbounds [1 x i64], ptr %.186, i32 0, i32 0
  %.188 = load i64, ptr %.187, align 8, !range !0
  %.189 = insertvalue [1 x i64] undef, i64 %.188, 0
  %.190 = extractvalue [1 x i64] %.189, 0
  %.191 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.182, i32 0, i32 6
  %.192 = load [1 x i64], ptr %.191, align 8
  %.193 = extractvalue [1 x i64] %.192, 0
  %.194 = icmp slt i64 %.148, 0
  %.195 = add i64 %.148, %.190
  %.196 = select i1 %.194, i64 %.195, i64 %.148
  %.197 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.182, i32 0, i32 5
  %.198 = getelementptr inbounds [1 x i64], ptr %.197, i32 0, i32 0
  %.199 = load i64, ptr %.198, align 8, !range !0
  %.200 = insertvalue [1 x i64] undef, i64 %.199, 0
  %.201 = extractvalue [1 x i64] %.200, 0
  %.202 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.182, i32 0, i32 6
  %.203 = load [1 x i64], ptr %.202, align 8
  %.204 = extractvalue [1 x i64] %.203, 0
  %.205 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.182, i32 0, i32 4
  %.206 = load ptr, ptr %.205, align 8
  %.207 = mul i64 %.196, 1
  %.208 = add i64 0, %.207
  %.209 = getelementptr double, ptr %.206, i64 %.208
  %.210 = load double, ptr %.209, align 8
  %.211 = fmul double %.180, %.210
  %.212 = load double, ptr %s.2, align 8
  %.213 = fadd double %.212, %.211
  %.214 = load double, ptr %s.2, align 8
  store double %.213, ptr %s.2, align 8
  br label %B60

B106:                                             ; preds = %B60.endif
  %.217 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.217, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.217, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.217, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.217, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.217, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.217, 5
  %.218 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.217, 6
  %.219 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_decref(ptr %extracted.meminfo.1)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %.222 = load i64, ptr %"$phi62.1", align 8
  store i64 0, ptr %"$phi62.1", align 8
  %.224 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.3 = extractvalue { ptr, i64, i64, ptr } %.224, 0
  %extracted.stop.4 = extractvalue { ptr, i64, i64, ptr } %.224, 1
  %extracted.step.4 = extractvalue { ptr, i64, i64, ptr } %.224, 2
  %extracted.count.3 = extractvalue { ptr, i64, i64, ptr } %.224, 3
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi60.0", align 8
  %.226 = load double, ptr %s.2, align 8
  %.227 = load double, ptr %s.2, align 8
  store double 0.000000e+00, ptr %s.2, align 8
  store double %.226, ptr %retptr, align 8
  ret i32 0

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727, ptr %excinfo, align 8, !numba_exception_output !2
  store i64 0, ptr %try_state, align 8
  %.77 = load i64, ptr %try_state, align 8
  %.78 = icmp ugt i64 %.77, 0
  %.79 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  br i1 %.71, label %B0.endif.if, label %B0.endif.else

B0.endif.if:                                      ; preds = %B0.endif
  %.82 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.46, i32 0, i32 3
  %.83 = load ptr, ptr %.82, align 8
  store i64 0, ptr %.83, align 8
  br label %B0.endif.endif

B0.endif.else:                                    ; preds = %B0.endif
  %.86 = srem i64 %.68, %.54
  %.87 = sub i64 0, %.86
  %.88 = select i1 %.69, i64 %.86, i64 %.87
  %.89 = icmp sgt i64 %.88, 0
  %.90 = sdiv i64 %.68, %.54
  %.91 = select i1 %.89, i64 1, i64 0
  %.92 = add i64 %.90, %.91
  %.93 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.46, i32 0, i32 3
  %.94 = load ptr, ptr %.93, align 8
  store i64 %.92, ptr %.94, align 8
  br label %B0.endif.endif

B0.endif.endif:                                   ; preds = %B0.endif.else, %B0.endif.if
  %.97 = load { ptr, i64, i64, ptr }, ptr %.46, align 8
  %extracted.start = extractvalue { i64, i64, i64 } %.41, 0
  %extracted.stop = extractvalue { i64, i64, i64 } %.41, 1
  %extracted.step = extractvalue { i64, i64, i64 } %.41, 2
  %extracted.iter = extractvalue { ptr, i64, i64, ptr } %.97, 0
  %extracted.stop.1 = extractvalue { ptr, i64, i64, ptr } %.97, 1
  %extracted.step.1 = extractvalue { ptr, i64, i64, ptr } %.97, 2
  %extracted.count = extractvalue { ptr, i64, i64, ptr } %.97, 3
  %.99 = load { ptr, i64, i64, ptr }, ptr %"$phi60.0", align 8
  %extracted.iter.1 = extractvalue { ptr, i64, i64, ptr } %.99, 0
  %extracted.stop.2 = extractvalue { ptr, i64, i64, ptr } %.99, 1
  %extracted.step.2 = extractvalue { ptr, i64, i64, ptr } %.99, 2
  %extracted.count.1 = extractvalue { ptr, i64, i64, ptr } %.99, 3
  store { ptr, i64, i64, ptr } %.97, ptr %"$phi60.0", align 8
  %extracted.iter.2 = extractvalue { ptr, i64, i64, ptr } %.97, 0
  %extracted.stop.3 = extractvalue { ptr, i64, i64, ptr } %.97, 1
  %extracted.step.3 = extractvalue { ptr, i64, i64, ptr } %.97, 2
  %extracted.count.2 = extractvalue { ptr, i64, i64, ptr } %.97, 3
  br label %B60

B60.if:                                           ; preds = %B60
  %.117 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.106, i32 0, i32 0
  %.118 = load ptr, ptr %.117, align 8
  %.119 = load i64, ptr %.118, align 8
  %.120 = getelementptr inbounds { i64, i1 }, ptr %.103, i32 0, i32 0
  store i64 %.119, ptr %.120, align 8
  %.122 = sub nsw i64 %.112, 1
  store i64 %.122, ptr %.111, align 8
  %.124 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.106, i32 0, i32 2
  %.125 = load i64, ptr %.124, align 8
  %.126 = add i64 %.119, %.125
  %.127 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.106, i32 0, i32 0
  %.128 = load ptr, ptr %.127, align 8
  store i64 %.126, ptr %.128, align 8
  br label %B60.endif

B60.endif:                                        ; preds = %B60.if, %B60
  %.131 = load { i64, i1 }, ptr %.103, align 8
  %extracted.first = extractvalue { i64, i1 } %.131, 0
  %extracted.second = extractvalue { i64, i1 } %.131, 1
  store { i64, i1 } zeroinitializer, ptr %.132, align 8
  store { i64, i1 } %.131, ptr %.132, align 8
  %.136 = getelementptr inbounds { i64, i1 }, ptr %.132, i32 0, i32 0
  %.137 = load i64, ptr %.136, align 8
  store { i64, i1 } zeroinitializer, ptr %.138, align 8
  store { i64, i1 } %.131, ptr %.138, align 8
  %.142 = getelementptr inbounds { i64, i1 }, ptr %.138, i32 0, i32 1
  %.143 = load i1, ptr %.142, align 1
  %extracted.first.1 = extractvalue { i64, i1 } %.131, 0
  %extracted.second.1 = extractvalue { i64, i1 } %.131, 1
  %.145 = load i64, ptr %"$phi62.1", align 8
  store i64 %.137, ptr %"$phi62.1", align 8
  br i1 %.143, label %B62, label %B106
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

!0 = !{i64 0, i64 9223372036854775807}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{i1 true}
