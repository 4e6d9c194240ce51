; expect-line: 5
; why: 'doubel' is not a type
define void @f() {
entry:
  %slot = alloca doubel, align 8
  ret void
}
