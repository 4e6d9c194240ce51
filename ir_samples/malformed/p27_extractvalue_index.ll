; expect-line: 6
; why: index 2 is out of range for a two-element struct
define double @f({ double, double } %pair) {
entry:
  %a = extractvalue { double, double } %pair, 0
  %b = extractvalue { double, double } %pair, 2
  %s = fadd double %a, %b
  ret double %s
}
