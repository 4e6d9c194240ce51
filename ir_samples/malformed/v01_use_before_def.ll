; expect-line: 5
; why: in one block %b uses %a, which is defined after it
define i32 @f(i32 %x) {
entry:
  %b = mul i32 %a, 2
  %a = add i32 %x, 1
  ret i32 %b
}
