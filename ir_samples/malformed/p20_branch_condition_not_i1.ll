; expect-line: 5
; why: a conditional branch on an i32 instead of an i1
define i32 @f(i32 %x) {
entry:
  br i32 %x, label %a, label %b
a:
  ret i32 1
b:
  ret i32 0
}
