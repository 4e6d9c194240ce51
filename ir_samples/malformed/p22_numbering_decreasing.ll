; expect-line: 5
; why: unnamed values must be numbered in increasing order (gaps are allowed since LLVM 19): %2 after %4
define double @f(double %0, double %1) {
  %4 = fmul double %0, %1
  %2 = fadd double %4, %0
  ret double %2
}
