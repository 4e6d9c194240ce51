// expect: dhorner_dx = 2.125
// expect: dc[0] = 1
// expect: dc[1] = 0.75
// expect: dc[2] = 0.5625
// expect: dc[3] = 0.421875
// expect: dc[4] = 0.31640625
// expect: dp[0] = 0.40453070242135075
// expect: dp[1] = -0.35096292481061386
// expect: dp[2] = 1.6681307641143945
// expect: dp[3] = -1.7216985417251314
/* Enzyme C interface: for loops.  Horner's rule over a duplicated coefficient array with an
   active x, and a nested loop over pairs (i < j) of a duplicated array. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double horner(const double *c, int n, double x) {
    double y = c[n - 1];
    for (int i = n - 2; i >= 0; i--) y = y * x + c[i];
    return y;
}

double pair_potential(const double *x, int n) {
    double e = 0.0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            double d = x[i] - x[j];
            e += exp(-d * d) * (1.0 + 0.1 * (double)(i + j));
        }
    return e;
}

int main(void) {
    double c[5] = {1.0, -2.0, 0.5, 3.0, -1.0};
    double dc[5] = {0};
    double dx = __enzyme_autodiff((void *)horner, enzyme_dup, c, dc, enzyme_const, 5,
                                  enzyme_out, 0.75);
    printf("%s = %.17g\n", "dhorner_dx", dx);
    for (int i = 0; i < 5; i++) printf("dc[%d] = %.17g\n", i, dc[i]);
    double p[4] = {0.1, 0.9, -0.4, 1.6};
    double dp[4] = {0};
    __enzyme_autodiff((void *)pair_potential, p, dp, 4);
    for (int i = 0; i < 4; i++) printf("dp[%d] = %.17g\n", i, dp[i]);
    fflush(stdout);
    return 0;
}
