; expect-line: 8
; why: the switch lists case 1 twice (the parser, not the verifier, rejects it)
define i32 @f(i32 %k) {
entry:
  switch i32 %k, label %other [
    i32 0, label %zero
    i32 1, label %one
    i32 1, label %zero
  ]
zero:
  ret i32 10
one:
  ret i32 11
other:
  ret i32 -1
}
