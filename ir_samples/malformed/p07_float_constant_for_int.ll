; expect-line: 5
; why: a floating-point constant used as an i32 operand
define i32 @f(i32 %x) {
entry:
  %r = add i32 %x, 1.0
  ret i32 %r
}
