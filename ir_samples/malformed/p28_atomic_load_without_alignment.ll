; expect-line: 5
; why: an atomic load must give an explicit alignment
define i32 @f(ptr %p) {
entry:
  %v = load atomic i32, ptr %p unordered
  ret i32 %v
}
