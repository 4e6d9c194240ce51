; expect-line: 6
; why: the local name %a is defined twice
define i32 @f(i32 %x) {
entry:
  %a = add i32 %x, 1
  %a = mul i32 %x, 2
  ret i32 %a
}
