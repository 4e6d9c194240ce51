; expect-line: 6
; why: a stray character that is not a token of the IR language
define double @f(double %x) {
entry:
  %y = fmul double %x, %x
  %z = fadd double %y, 1.000000e+00 ` oops
  ret double %z
}
