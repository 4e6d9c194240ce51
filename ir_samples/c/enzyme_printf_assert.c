// expect: traced_norm call = 1
// expect: dx[0] = 0.22430886163681770922
// expect: dx[3] = 0.67292658491045312767
// expect: checksum = 486727377
// expect: traced_norm call = 2
// expect: dnorm_fwd = -0.056077215409204427306
/* Enzyme C interface: a differentiated function with side effects that carry no derivative:
   printf (a variadic call: it must run once per call of the derivative, so its line is printed
   once), fprintf to stderr of an active value, assert, an integer-only hash kept in a global,
   and a loop whose bound is read through a constant int pointer (`i < *n`).
   traced_norm(x, n) = sqrt(sum_i c_i x_i^2) with c_i = 1 + (i % 3) / 2:
   d/dx_i = c_i x_i / r.  Forward mode with the tangent (1, 1, 1, 1, 1): sum_i c_i x_i / r.
   The checksum is the integer recurrence h = 31 h + i from h = 17 over i < 5.
   Values from the closed forms with mpmath. */
#include <assert.h>
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

int calls;
int checksum;

double traced_norm(const double *x, const int *n) {
    assert(*n > 0 && "n must be positive");
    double s = 0.0;
    int hash = 17;
    for (int i = 0; i < *n; i++) {
        s += (1.0 + 0.5 * (i % 3)) * x[i] * x[i];
        hash = 31 * hash + i;
    }
    checksum = hash;
    fprintf(stderr, "traced_norm: x[0] = %g, s = %g\n", x[0], s);
    printf("traced_norm call = %d\n", ++calls);
    return sqrt(s);
}

int main(void) {
    double x[5] = {1.0, -2.0, 0.5, 3.0, -1.5}, dx[5] = {0.0};
    int n = 5;
    __enzyme_autodiff((void *)traced_norm, enzyme_dup, x, dx, enzyme_const, &n);
    printf("%s = %.17g\n", "dx[0]", dx[0]);
    printf("%s = %.17g\n", "dx[3]", dx[3]);
    printf("%s = %d\n", "checksum", checksum);
    double ones[5] = {1.0, 1.0, 1.0, 1.0, 1.0};
    double t = __enzyme_fwddiff((void *)traced_norm, enzyme_dup, x, ones, enzyme_const, &n);
    printf("%s = %.17g\n", "dnorm_fwd", t);
    fflush(stdout);
    return 0;
}
