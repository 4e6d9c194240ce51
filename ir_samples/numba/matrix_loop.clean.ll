; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__11matrix_loopB2v6B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi2E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.m.0, ptr %arg.m.1, i64 %arg.m.2, i64 %arg.m.3, ptr %arg.m.4, i64 %arg.m.5.0, i64 %arg.m.5.1, i64 %arg.m.6.0, i64 %arg.m.6.1, ptr %arg.w.0, ptr %arg.w.1, i64 %arg.w.2, i64 %arg.w.3, ptr %arg.w.4, i64 %arg.w.5.0, i64 %arg.w.6.0) {
entry:
  call void @NRT_incref(ptr %arg.m.0)
  call void @NRT_incref(ptr %arg.w.0)
  %.137154.not = icmp slt i64 %arg.m.5.0, 1
  br i1 %.137154.not, label %B218, label %B60.if

B170:                                             ; preds = %B120.if, %B60.if
  %row.2.1.lcssa = phi double [ 0.000000e+00, %B60.if ], [ %.400, %B120.if ]
  %.411 = call double @tanh(double %row.2.1.lcssa)
  %.415 = fadd double %out.2.0155, %.411
  %.137 = icmp sgt i64 %.136156, 1
  br i1 %.137, label %B60.if, label %B218

B218:                                             ; preds = %B170, %entry
  %out.2.0.lcssa = phi double [ 0.000000e+00, %entry ], [ %.415, %B170 ]
  call void @NRT_decref(ptr %arg.w.0)
  call void @NRT_decref(ptr %arg.m.0)
  store double %out.2.0.lcssa, ptr %retptr, align 8
  ret i32 0

B60.if:                                           ; preds = %B170, %entry
  %.79.0 = phi i64 [ %.150, %B170 ], [ 0, %entry ]
  %.136156 = phi i64 [ %.146, %B170 ], [ %arg.m.5.0, %entry ]
  %out.2.0155 = phi double [ %.415, %B170 ], [ 0.000000e+00, %entry ]
  %.146 = add nsw i64 %.136156, -1
  %.150 = add i64 %.79.0, 1
  %.275150.not = icmp slt i64 %arg.m.5.1, 1
  br i1 %.275150.not, label %B170, label %B120.if

B120.if:                                          ; preds = %B120.if, %B60.if
  %.219.0 = phi i64 [ %.288, %B120.if ], [ 0, %B60.if ]
  %.274152 = phi i64 [ %.284, %B120.if ], [ %arg.m.5.1, %B60.if ]
  %row.2.1151 = phi double [ %.400, %B120.if ], [ 0.000000e+00, %B60.if ]
  %.284 = add nsw i64 %.274152, -1
  %.288 = add i64 %.219.0, 1
  %.338 = icmp slt i64 %.79.0, 0
  %.339 = select i1 %.338, i64 %arg.m.5.0, i64 0
  %.340 = add i64 %.79.0, %.339
  %.341 = icmp slt i64 %.219.0, 0
  %.342 = select i1 %.341, i64 %arg.m.5.1, i64 0
  %.360 = mul i64 %.340, %arg.m.5.1
  %0 = getelementptr double, ptr %arg.m.4, i64 %.360
  %1 = getelementptr double, ptr %0, i64 %.219.0
  %.364 = getelementptr double, ptr %1, i64 %.342
  %.365 = load double, ptr %.364, align 8
  %.381 = icmp slt i64 %.219.0, 0
  %.382 = select i1 %.381, i64 %arg.w.5.0, i64 0
  %2 = getelementptr double, ptr %arg.w.4, i64 %.219.0
  %.396 = getelementptr double, ptr %2, i64 %.382
  %.397 = load double, ptr %.396, align 8
  %.398 = fmul double %.365, %.397
  %.400 = fadd double %row.2.1151, %.398
  %.275 = icmp sgt i64 %.274152, 1
  br i1 %.275, label %B120.if, label %B170
}

declare void @NRT_incref(ptr noalias captures(none))

; Function Attrs: nounwind memory(read)
declare double @tanh(double) #0

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #1

attributes #0 = { nounwind memory(read) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
