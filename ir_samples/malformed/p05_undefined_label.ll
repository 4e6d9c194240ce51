; expect-line: 6
; why: branch to a label that no block defines
define i32 @f(i32 %x) {
entry:
  %c = icmp sgt i32 %x, 0
  br i1 %c, label %pos, label %nowhere
pos:
  ret i32 %x
}
