; expect-line: 10
; why: call of a function that is neither defined nor declared
define double @f(double %x) {
entry:
  %s = call double @sin(double %x)
  ret double %s
}
define double @g(double %x) {
entry:
  %r = call double @no_such_function(double %x)
  ret double %r
}
declare double @sin(double)
