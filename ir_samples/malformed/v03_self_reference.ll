; expect-line: 5
; why: a non-phi instruction uses its own result
define i32 @f(i32 %x) {
entry:
  %a = add i32 %a, %x
  ret i32 %a
}
