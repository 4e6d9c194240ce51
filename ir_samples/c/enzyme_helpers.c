// expect: dk = 0.051165094862837268
// expect: dpos[0] = -0.61036272526536128
// expect: dpos[1] = -0.050863560438780119
// expect: dpos[2] = 0.33168306882500337
// expect: dpos[3] = -0.22781609600157773
// expect: dpos[4] = 0.020088489343909721
// expect: dpos[5] = -0.29022091117182824
// expect: dpos[6] = 0.25859116709644819
// expect: dpos[7] = 0.5689005676121861
/* Enzyme C interface: the differentiated function calls helpers (a static one, an external one
   and one that must not be inlined), and main passes the function through a local void *
   variable (at -O0 that is a load from an alloca). */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

static double sq(double v) { return v * v; }

double dist(const double *a, const double *b) { return sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1])); }

__attribute__((noinline)) double spring(double length, double rest, double k) {
    return 0.5 * k * sq(length - rest);
}

double chain_energy(const double *pos, int n, double k) {
    double e = 0.0;
    for (int i = 0; i + 1 < n; i++) e += spring(dist(pos + 2 * i, pos + 2 * i + 2), 1.0, k);
    return e;
}

int main(void) {
    double pos[8] = {0.0, 0.0, 1.2, 0.1, 2.0, 0.9, 2.5, 2.0};
    double dpos[8] = {0};
    void *fn = (void *)chain_energy;
    double dk = __enzyme_autodiff(fn, enzyme_dup, pos, dpos, enzyme_const, 4, enzyme_out, 3.0);
    printf("%s = %.17g\n", "dk", dk);
    for (int i = 0; i < 8; i++) printf("dpos[%d] = %.17g\n", i, dpos[i]);
    fflush(stdout);
    return 0;
}
