// expect: dscale = 18.25
// expect: dx[0] = 6
// expect: dx[1] = 0
// expect: dx[2] = -24
// expect: dx[3] = 0
// expect: dx[4] = 3
// expect: dx[5] = 0
/* Enzyme C interface: constant integers of several widths and a constant int array.
   gather(x, idx, m, scale, stride) = scale * sum_k (k + 1) * x[idx[k] * stride]^2;
   m is a long (the int 4 passed through '...' is widened), idx an int array (enzyme_const),
   stride an int without a marker (constant by default). */
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double gather(const double *x, const int *idx, long m, double scale, int stride) {
    double s = 0.0;
    for (long k = 0; k < m; k++) {
        double v = x[idx[k] * stride];
        s += (double)(k + 1) * v * v;
    }
    return scale * s;
}

int main(void) {
    double x[6] = {1.0, 0.5, -2.0, 3.0, 0.25, -1.0};
    double dx[6] = {0};
    int idx[4] = {2, 0, 2, 1};
    double dscale = __enzyme_autodiff((void *)gather, enzyme_dup, x, dx, enzyme_const, idx,
                                      enzyme_const, 4, enzyme_out, 1.5, 2);
    printf("%s = %.17g\n", "dscale", dscale);
    for (int i = 0; i < 6; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    fflush(stdout);
    return 0;
}
