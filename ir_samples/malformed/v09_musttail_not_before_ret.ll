; expect-line: 7
; why: a musttail call must be followed directly by ret
declare double @g(double)

define double @f(double %x) {
entry:
  %r = musttail call double @g(double %x)
  %s = fadd double %r, 1.000000e+00
  ret double %s
}
