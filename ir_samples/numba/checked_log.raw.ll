; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875 = internal constant [136 x i8] c"\80\04\95}\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Fchecked_log: x must be positive\94\85\94\8C\0Bchecked_log\94\8C'/work/main/ir_samples/numba/generate.py\94K~\87\94\87\94."
@.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875.sha1 = internal constant [20 x i8] c"\98\D4\CB\FDhR\E0e\03\C2\1C\CF\92\01x\D2\92t\E8u"
@.const.picklebuf.98d4cbfd6852e06503c21ccf920178d29274e875 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875, i32 136, ptr @.const.pickledata.98d4cbfd6852e06503c21ccf920178d29274e875.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__11checked_logB3v53B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x) {
entry:
  %x = alloca double, align 8
  store double 0.000000e+00, ptr %x, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  store double %arg.x, ptr %x, align 8
  %.7 = load double, ptr %x, align 8
  %.8 = fcmp ole double %.7, 0.000000e+00
  br i1 %.8, label %B16, label %B46

B16:                                              ; preds = %B0
  %.10 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %x, align 8
  store ptr @.const.picklebuf.98d4cbfd6852e06503c21ccf920178d29274e875, ptr %excinfo, align 8, !numba_exception_output !0
  store i64 0, ptr %try_state, align 8
  %.15 = load i64, ptr %try_state, align 8
  %.16 = icmp ugt i64 %.15, 0
  %.17 = load ptr, ptr %excinfo, align 8
  ret i32 1

B46:                                              ; preds = %B0
  %.19 = load double, ptr %x, align 8
  %.20 = call double @llvm.log.f64(double %.19)
  %.21 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %x, align 8
  store double %.20, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.log.f64(double) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{i1 true}
