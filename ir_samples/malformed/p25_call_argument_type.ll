; expect-line: 7
; why: the argument is written as double but %n is an i32
declare double @exp(double)

define double @f(i32 %n) {
entry:
  %e = call double @exp(double %n)
  ret double %e
}
