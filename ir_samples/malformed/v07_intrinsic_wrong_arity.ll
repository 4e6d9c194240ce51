; expect-line: 7
; why: llvm.sin.f64 called with two arguments
declare double @llvm.sin.f64(double)

define double @f(double %x, double %y) {
entry:
  %s = call double @llvm.sin.f64(double %x, double %y)
  ret double %s
}
