; expect-line: 5
; why: sitofp converts an integer to floating point; its operand here is a double
define i32 @f(double %x) {
entry:
  %i = sitofp double %x to i32
  ret i32 %i
}
