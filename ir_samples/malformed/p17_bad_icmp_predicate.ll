; expect-line: 5
; why: 'gte' is not an icmp predicate (sge/uge are)
define i1 @f(i32 %a, i32 %b) {
entry:
  %c = icmp gte i32 %a, %b
  ret i1 %c
}
