; expect-line: 12
; why: the phi names 'other', which is not a predecessor of its block
define double @f(i1 %c, double %x) {
entry:
  br i1 %c, label %then, label %join
then:
  %y = fmul double %x, 2.000000e+00
  br label %join
other:
  ret double %x
join:
  %p = phi double [ %y, %then ], [ %x, %other ]
  ret double %p
}
