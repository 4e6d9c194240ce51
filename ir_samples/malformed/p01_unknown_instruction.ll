; expect-line: 6
; why: unknown instruction opcode 'frobnicate'
define i32 @f(i32 %x) {
entry:
  %a = add i32 %x, 1
  %r = frobnicate i32 %a, 1
  ret i32 %r
}
