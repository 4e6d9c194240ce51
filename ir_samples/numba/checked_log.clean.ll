; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875 = internal constant [136 x i8] c"\80\04\95}\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Fchecked_log: x must be positive\94\85\94\8C\0Bchecked_log\94\8C'/work/main/ir_samples/numba/generate.py\94K~\87\94\87\94."
@.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875.sha1 = internal constant [20 x i8] c"\98\D4\CB\FDhR\E0e\03\C2\1C\CF\92\01x\D2\92t\E8u"
@.const.picklebuf.98d4cbfd6852e06503c21ccf920178d29274e875 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875, i32 136, ptr @.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875.sha1, ptr null, i32 0 }

define range(i32 0, 2) i32 @_ZN8__main__11checked_logB3v53B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x) {
entry:
  %.8 = fcmp ugt double %arg.x, 0.000000e+00
  br i1 %.8, label %B46, label %B16

common.ret:                                       ; preds = %B46, %B16
  %common.ret.op = phi i32 [ 1, %B16 ], [ 0, %B46 ]
  ret i32 %common.ret.op

B16:                                              ; preds = %entry
  store ptr @.const.picklebuf.98d4cbfd6852e06503c21ccf920178d29274e875, ptr %excinfo, align 8, !numba_exception_output !0
  br label %common.ret

B46:                                              ; preds = %entry
  %.20 = call double @llvm.log.f64(double %arg.x)
  store double %.20, ptr %retptr, align 8
  br label %common.ret
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{i1 true}
