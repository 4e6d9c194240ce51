// clang-flags: -ffast-math
// expect: dx[0] = 0.12324016511289726332
// expect: dx[2] = 0.38078222212795010372
// expect: da = 0.88621534436405556471
// expect: db = -1.0758564370906296235
// expect: dfwd = 3.0379282185453148118
/* Enzyme C interface on code compiled with -ffast-math (every float instruction carries the
   `fast` flags; pow(x, 2) becomes x * x, pow(x, 0.5) a sqrt, divisions reciprocals, fmax a
   maxnum, and reductions may be reassociated).
   - rms_softplus(x, n) = sqrt(sum_i softplus(x_i)^2 / n), softplus(x) = log(1 + exp(x)):
     d/dx_i = softplus(x_i) sigmoid(x_i) / (n r).
   - shape(a, b) = 1 / sqrt(a^2 + b^2) + pow(a, 0.5) + fmax(a, b) / b at a = 2.25 > b = 1.5:
     d/da = -a / r^3 + 0.5 / sqrt(a) + 1 / b,  d/db = -b / r^3 - a / b^2  (r = |(a, b)|);
     forward mode with tangents (1, -2): d/da - 2 d/db.
   Values from these closed forms with mpmath (30 digits), checked with mpmath.diff of the functions. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double da, db;
} Grad2;

extern double __enzyme_autodiff(void *, ...);
extern Grad2 __enzyme_autodiff2(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double rms_softplus(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        double sp = log(1.0 + exp(x[i]));
        s += pow(sp, 2.0);
    }
    return sqrt(s / n);
}

double shape(double a, double b) { return 1.0 / sqrt(a * a + b * b) + pow(a, 0.5) + fmax(a, b) / b; }

int main(void) {
    double x[4] = {0.5, -1.0, 2.0, 0.0}, dx[4] = {0.0};
    __enzyme_autodiff((void *)rms_softplus, enzyme_dup, x, dx, enzyme_const, 4);
    printf("%s = %.17g\n", "dx[0]", dx[0]);
    printf("%s = %.17g\n", "dx[2]", dx[2]);
    Grad2 g = __enzyme_autodiff2((void *)shape, 2.25, 1.5);
    printf("%s = %.17g\n", "da", g.da);
    printf("%s = %.17g\n", "db", g.db);
    printf("%s = %.17g\n", "dfwd", __enzyme_fwddiff((void *)shape, 2.25, 1.0, 1.5, -2.0));
    fflush(stdout);
    return 0;
}
