; expect-line: 10
; why: a phi placed after an ordinary instruction in its block
define i32 @f(i1 %c, i32 %x) {
entry:
  br i1 %c, label %a, label %join
a:
  br label %join
join:
  %y = add i32 %x, 1
  %p = phi i32 [ %x, %entry ], [ %y, %a ]
  ret i32 %p
}
