"""Write large.c (many numerical kernels) and compile it to large.ll with clang-22 -O0.

Run from this directory: python make_large.py  (needs clang-22; the .ll is committed)."""
import random
import subprocess

random.seed(7)
OPS = ["+", "-", "*"]
FUNCS = ["sin", "cos", "exp", "log1p", "sqrt", "tanh", "atan"]


def expr(depth):
    if depth == 0:
        return random.choice(["x[i]", "y[i]", "a", "b", "s", "(double)i", "1.5"])
    if random.random() < 0.3:
        return f"{random.choice(FUNCS)}(fabs({expr(depth - 1)}))"
    return f"({expr(depth - 1)} {random.choice(OPS)} {expr(depth - 1)})"


out = ["#include <math.h>", "#include <stdlib.h>", "struct P { double x, y; int n; };"]
for k in range(72):
    body = "\n".join(f"    s += {expr(3)};" for _ in range(4))
    out.append(f"""
double kernel{k}(const double *x, double *y, int n, double a, double b) {{
  double s = 0.0;
  for (int i = 0; i < n; i++) {{
{body}
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }}
  return s;
}}""")
open("large.c", "w").write("\n".join(out) + "\n")
subprocess.run(["clang-22", "-O0", "-S", "-emit-llvm", "large.c", "-o", "large.ll"], check=True)
print(sum(1 for _ in open("large.ll")), "lines")
