; expect-line: 10
; why: the join block has two predecessors but the phi lists only one
define double @f(i1 %c, double %x) {
entry:
  br i1 %c, label %then, label %join
then:
  %y = fmul double %x, 2.000000e+00
  br label %join
join:
  %p = phi double [ %y, %then ]
  ret double %p
}
