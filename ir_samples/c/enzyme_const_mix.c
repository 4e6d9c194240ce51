// expect: dw = 14.981688868873821
// expect: dx[0] = 1.5
// expect: dx[1] = -3
// expect: dx[2] = 0.75
// expect: dx[3] = 4.5
/* Enzyme C interface: duplicated array, active scalar (adjoint returned) and a constant int.
   f(x, w, n) = w * sum x_i^2 + sin(w);  df/dx_i = 2 w x_i,  df/dw = sum x_i^2 + cos(w). */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double weighted_norm(const double *x, double w, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += x[i] * x[i];
    return w * s + sin(w);
}

int main(void) {
    double x[4] = {1.0, -2.0, 0.5, 3.0};
    double dx[4] = {0.0, 0.0, 0.0, 0.0};
    double w = 0.75;
    double dw = __enzyme_autodiff((void *)weighted_norm, enzyme_dup, x, dx, enzyme_out, w,
                                  enzyme_const, 4);
    printf("%s = %.17g\n", "dw", dw);
    for (int i = 0; i < 4; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    fflush(stdout);
    return 0;
}
