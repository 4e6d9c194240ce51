; expect-line: 5
; why: use of a numbered value %7 that is never defined
define double @f(double %0, double %1) {
  %3 = fmul double %0, %1
  %4 = fadd double %3, %7
  ret double %4
}
