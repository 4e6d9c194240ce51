; expect-line: 7
; why: the function body is never closed with '}' (LLVM reports end of file)
define double @f(double %x) {
entry:
  %y = fmul double %x, %x
  ret double %y
; the closing brace of @f is missing: the file ends here