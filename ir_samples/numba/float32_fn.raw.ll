; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @_ZN8__main__10float32_fnB3v34B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dEff(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, float %arg.x, float %arg.y) {
entry:
  br label %B0

B0:                                               ; preds = %entry
  %.6 = fmul float %arg.x, %arg.y
  %.7 = fptrunc double 3.000000e+00 to float
  %.8 = fmul float %.7, %arg.x
  %.9 = fmul float %.8, %arg.x
  %.10 = fadd float %.6, %.9
  store float %.10, ptr %retptr, align 4
  ret i32 0
}
