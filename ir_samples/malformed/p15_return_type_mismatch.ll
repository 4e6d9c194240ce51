; expect-line: 6
; why: ret returns an i32 from a function declared to return double
define double @f(double %x, i32 %n) {
entry:
  %y = fmul double %x, %x
  ret i32 %n
}
