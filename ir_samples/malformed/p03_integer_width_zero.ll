; expect-line: 5
; why: i0 is not a valid integer type (bit width out of range)
define i32 @f(i32 %x) {
entry:
  %t = trunc i32 %x to i0
  ret i32 %x
}
