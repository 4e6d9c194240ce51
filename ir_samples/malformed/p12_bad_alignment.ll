; expect-line: 5
; why: alignment 3 is not a power of two
define i32 @f(ptr %p) {
entry:
  %v = load i32, ptr %p, align 3
  ret i32 %v
}
