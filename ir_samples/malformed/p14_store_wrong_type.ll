; expect-line: 5
; why: store says double but the stored value %n is an i32
define void @f(ptr %p, i32 %n) {
entry:
  store double %n, ptr %p, align 8
  ret void
}
