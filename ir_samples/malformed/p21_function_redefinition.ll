; expect-line: 7
; why: the function @f is defined twice
define double @f(double %x) {
  ret double %x
}

define double @f(double %x) {
  %y = fmul double %x, 2.000000e+00
  ret double %y
}
