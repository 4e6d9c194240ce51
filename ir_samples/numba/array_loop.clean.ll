; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__10array_loopB2v4B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0) {
entry:
  call void @NRT_incref(ptr %arg.a.0)
  %.11379.not = icmp slt i64 %arg.a.5.0, 1
  br i1 %.11379.not, label %B106, label %B60.if

B106:                                             ; preds = %B60.if, %entry
  %s.2.0.lcssa = phi double [ 0.000000e+00, %entry ], [ %.213, %B60.if ]
  call void @NRT_decref(ptr %arg.a.0)
  store double %s.2.0.lcssa, ptr %retptr, align 8
  ret i32 0

B60.if:                                           ; preds = %B60.if, %entry
  %.55.0 = phi i64 [ %.126, %B60.if ], [ 0, %entry ]
  %.11281 = phi i64 [ %.122, %B60.if ], [ %arg.a.5.0, %entry ]
  %s.2.080 = phi double [ %.213, %B60.if ], [ 0.000000e+00, %entry ]
  %.122 = add nsw i64 %.11281, -1
  %.126 = add i64 %.55.0, 1
  %.164 = icmp slt i64 %.55.0, 0
  %.165 = select i1 %.164, i64 %arg.a.5.0, i64 0
  %0 = getelementptr double, ptr %arg.a.4, i64 %.55.0
  %.179 = getelementptr double, ptr %0, i64 %.165
  %.180 = load double, ptr %.179, align 8
  %.194 = icmp slt i64 %.55.0, 0
  %.195 = select i1 %.194, i64 %arg.a.5.0, i64 0
  %1 = getelementptr double, ptr %arg.a.4, i64 %.55.0
  %.209 = getelementptr double, ptr %1, i64 %.195
  %.210 = load double, ptr %.209, align 8
  %.211 = fmul double %.180, %.210
  %.213 = fadd double %s.2.080, %.211
  %.113 = icmp sgt i64 %.11281, 1
  br i1 %.113, label %B60.if, label %B106
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
