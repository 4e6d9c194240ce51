; expect-line: 7
; why: the last block has no terminator: '}' arrives where an instruction is expected
define double @f(double %x) {
entry:
  %y = fmul double %x, %x
  %z = fadd double %y, %x
}
