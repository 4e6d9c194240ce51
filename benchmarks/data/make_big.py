"""Write big.c (one numerical function with 80 loops over arrays, structs and scalars) and
compile it to big.ll with clang-22 -O0: a single function of more than 10,000 instructions
for benchmarks/bench_analysis.py.

Run from this directory: python make_big.py  (needs clang-22; the .ll is committed)."""
import random
import subprocess

random.seed(11)
OPS = ["+", "-", "*"]
FUNCS = ["sin", "cos", "exp", "log1p", "sqrt", "tanh", "atan"]
LEAVES = ["x[i]", "y[i]", "a", "b", "s", "t", "(double)i", "1.5", "p[i % m].w", "p[i % m].v[1]",
          "tab[i & 7]"]


def expr(depth):
    if depth == 0:
        return random.choice(LEAVES)
    if random.random() < 0.3:
        return f"{random.choice(FUNCS)}(fabs({expr(depth - 1)}))"
    return f"({expr(depth - 1)} {random.choice(OPS)} {expr(depth - 1)})"


body = []
for k in range(80):
    stmts = "\n".join(f"      s += {expr(3)};" for _ in range(3))
    body.append(f"""  for (int i = 0; i < n; i++) {{
{stmts}
      t = t * 0.5 + s * {k + 1}e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }}""")
src = f"""#include <math.h>
struct P {{ double w; double v[3]; int tag; }};
static const double tab[8] = {{1, 2, 3, 4, 5, 6, 7, 8}};

double big(const double *x, double *y, struct P *p, int n, int m, double a, double b) {{
  double s = 0.0, t = 1.0;
  long count = 0;
{chr(10).join(body)}
  return s + t + (double)count;
}}
"""
open("big.c", "w").write(src)
subprocess.run(["clang-22", "-O0", "-fno-discard-value-names", "-S", "-emit-llvm", "big.c",
                "-o", "big.ll"], check=True)
text = open("big.ll").read()
print(sum(1 for line in text.splitlines() if line.startswith("  ") and not line.startswith("  ;")),
      "instruction lines")
