; expect-line: 5
; why: missing comma between the two operands of add
define i32 @f(i32 %x) {
entry:
  %r = add i32 %x 1
  ret i32 %r
}
