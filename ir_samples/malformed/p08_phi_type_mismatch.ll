; expect-line: 11
; why: phi is declared i32 but an incoming value is a double
define i32 @f(i1 %c, i32 %x, double %y) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %join
b:
  br label %join
join:
  %p = phi i32 [ %x, %a ], [ %y, %b ]
  ret i32 %p
}
