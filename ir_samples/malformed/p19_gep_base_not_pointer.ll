; expect-line: 5
; why: the base operand of getelementptr is an i64, not a pointer
define ptr @f(i64 %base, i64 %i) {
entry:
  %q = getelementptr inbounds double, i64 %base, i64 %i
  ret ptr %q
}
