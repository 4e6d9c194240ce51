; expect-line: 10
; why: %t is defined only on the 'then' path but used after the join
define double @f(double %x, i1 %c) {
entry:
  br i1 %c, label %then, label %join
then:
  %t = fmul double %x, %x
  br label %join
join:
  %r = fadd double %t, 1.000000e+00
  ret double %r
}
