; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__3dotB3v51B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, ptr %arg.b.0, ptr %arg.b.1, i64 %arg.b.2, i64 %arg.b.3, ptr %arg.b.4, i64 %arg.b.5.0, i64 %arg.b.6.0) {
entry:
  call void @NRT_incref(ptr %arg.a.0)
  call void @NRT_incref(ptr %arg.b.0)
  %.12786.not = icmp slt i64 %arg.a.5.0, 1
  br i1 %.12786.not, label %B106, label %B60.if

B106:                                             ; preds = %B60.if, %entry
  %s.2.0.lcssa = phi double [ 0.000000e+00, %entry ], [ %.227, %B60.if ]
  call void @NRT_decref(ptr %arg.b.0)
  call void @NRT_decref(ptr %arg.a.0)
  store double %s.2.0.lcssa, ptr %retptr, align 8
  ret i32 0

B60.if:                                           ; preds = %B60.if, %entry
  %.69.0 = phi i64 [ %.140, %B60.if ], [ 0, %entry ]
  %.12688 = phi i64 [ %.136, %B60.if ], [ %arg.a.5.0, %entry ]
  %s.2.087 = phi double [ %.227, %B60.if ], [ 0.000000e+00, %entry ]
  %.136 = add nsw i64 %.12688, -1
  %.140 = add i64 %.69.0, 1
  %.178 = icmp slt i64 %.69.0, 0
  %.179 = select i1 %.178, i64 %arg.a.5.0, i64 0
  %0 = getelementptr double, ptr %arg.a.4, i64 %.69.0
  %.193 = getelementptr double, ptr %0, i64 %.179
  %.194 = load double, ptr %.193, align 8
  %.208 = icmp slt i64 %.69.0, 0
  %.209 = select i1 %.208, i64 %arg.b.5.0, i64 0
  %1 = getelementptr double, ptr %arg.b.4, i64 %.69.0
  %.223 = getelementptr double, ptr %1, i64 %.209
  %.224 = load double, ptr %.223, align 8
  %.225 = fmul double %.194, %.224
  %.227 = fadd double %s.2.087, %.225
  %.127 = icmp sgt i64 %.12688, 1
  br i1 %.127, label %B60.if, label %B106
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
