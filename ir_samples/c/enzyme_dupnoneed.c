// expect: dx[0] = 0.45489799478447507
// expect: dx[1] = 0.36787944117144233
// expect: dx[2] = -0.074680602551795913
/* Enzyme C interface: enzyme_dupnoneed for an output array whose primal values the caller
   does not need (only its shadow, the seed, matters). out[i] = x[i]^2 * exp(-x[i]). */
#include <math.h>
#include <stdio.h>

extern void __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

void square_decay(const double *x, double *out, int n) {
    for (int i = 0; i < n; i++) out[i] = x[i] * x[i] * exp(-x[i]);
}

int main(void) {
    double x[3] = {0.5, 1.0, 3.0};
    double dx[3] = {0.0, 0.0, 0.0};
    double out[3];
    double dout[3] = {1.0, 1.0, 0.5};
    __enzyme_autodiff((void *)square_decay, enzyme_dup, x, dx, enzyme_dupnoneed, out, dout,
                      enzyme_const, 3);
    for (int i = 0; i < 3; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    fflush(stdout);
    return 0;
}
