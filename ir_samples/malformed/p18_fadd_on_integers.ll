; expect-line: 5
; why: fadd needs floating-point operands, not i64
define i64 @f(i64 %a, i64 %b) {
entry:
  %s = fadd i64 %a, %b
  ret i64 %s
}
