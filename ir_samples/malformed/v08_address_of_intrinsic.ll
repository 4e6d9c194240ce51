; expect-line: 7
; why: an intrinsic's address is stored to memory
declare double @llvm.exp.f64(double)

define void @f(ptr %slot) {
entry:
  store ptr @llvm.exp.f64, ptr %slot, align 8
  ret void
}
