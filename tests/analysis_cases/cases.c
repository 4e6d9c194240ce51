/* Sources of the clang-generated golden cases of tests/test_typeanalysis.py.
   Regenerate: python regenerate.py (clang-22, -O2 without vectorisation or unrolling, as
   ir_samples; the -O0 variants are named *.O0.ll). */
#include <string.h>

union Bits { double d; long l; };
struct Pair { float x, y; };
struct Mixed { double a; int n; double *p; };
struct Particle { double pos[2]; double mass; int alive; };

/* a union that only moves the bits of a double: Float */
double union_move(double x) {
  union Bits u, v;
  u.d = x;
  v.l = u.l;
  return v.d;
}

/* integer arithmetic on the bits of a double: an error */
long union_arith(double x) {
  union Bits u;
  u.d = x;
  return u.l + 1;
}

/* copying a struct of two floats: one i64 load and store at -O2 */
void copy_pair(struct Pair *dst, const struct Pair *src) { *dst = *src; }

/* copying a struct of a double, an int and a pointer: memcpy or field copies */
void copy_mixed(struct Mixed *dst, const struct Mixed *src) { *dst = *src; }

/* fields through byte offsets, TBAA tags on every access */
double kinetic(const struct Particle *p, int n) {
  double e = 0.0;
  for (int i = 0; i < n; i++)
    if (p[i].alive)
      e += 0.5 * p[i].mass * (p[i].pos[0] * p[i].pos[0] + p[i].pos[1] * p[i].pos[1]);
  return e;
}

/* long double (x86_fp80, 16-byte slots) */
long double ld_sum(const long double *x, int n) {
  long double s = 0.0L;
  for (int i = 0; i < n; i++) s += x[i] * x[i];
  return s;
}

/* a pointer to rows of doubles */
double sum_rows(double **rows, int n, int m) {
  double s = 0.0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) s += rows[i][j];
  return s;
}

/* the double fields of a struct copied as one 8-byte block */
void swap_first(double *a, double *b) {
  double t;
  memcpy(&t, a, sizeof t);
  memcpy(a, b, sizeof t);
  memcpy(b, &t, sizeof t);
}
