// expect: dx[0] = 0.06939454445299037
// expect: dx[1] = -0.036137646081957242
// expect: dx[2] = -0.2074196266400922
// expect: dx[3] = 0.17416272826905912
/* Enzyme C interface: enzyme_dupnoneed on the output array of a softmax: only the seed in its
   shadow matters.  dx = J^T dout with J = diag(p) - p p^T. */
#include <math.h>
#include <stdio.h>

extern void __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

void softmax(const double *x, double *out, int n) {
    double m = x[0];
    for (int i = 1; i < n; i++) m = x[i] > m ? x[i] : m;
    double z = 0.0;
    for (int i = 0; i < n; i++) {
        out[i] = exp(x[i] - m);
        z += out[i];
    }
    for (int i = 0; i < n; i++) out[i] /= z;
}

int main(void) {
    double x[4] = {0.5, -1.0, 2.0, 0.25};
    double dx[4] = {0};
    double out[4];
    double dout[4] = {1.0, -0.5, 0.25, 2.0};
    __enzyme_autodiff((void *)softmax, enzyme_dup, x, dx, enzyme_dupnoneed, out, dout,
                      enzyme_const, 4);
    for (int i = 0; i < 4; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    fflush(stdout);
    return 0;
}
