// expect: dx[0] = 2.1056350072615233
// expect: dx[1] = 2.1420145237161141
// expect: dx[2] = -1.4172120746317831
// expect: y[1] = -1.5231883119115297
/* Enzyme C interface: a void function over arrays, with enzyme_dup shadows.
   y[i] = tanh(x[i]) * x[(i + 1) % n]; the seed dy is set, the gradient lands in dx.
   n carries no marker: an integer argument is constant by default. */
#include <math.h>
#include <stdio.h>

extern void __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

void tanh_mix(const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) y[i] = tanh(x[i]) * x[(i + 1) % n];
}

int main(void) {
    double x[3] = {0.5, -1.0, 2.0};
    double dx[3] = {0.0, 0.0, 0.0};
    double y[3];
    double dy[3] = {1.0, 2.0, 3.0};
    __enzyme_autodiff((void *)tanh_mix, enzyme_dup, x, dx, enzyme_dup, y, dy, 3);
    for (int i = 0; i < 3; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    printf("%s = %.17g\n", "y[1]", y[1]);
    fflush(stdout);
    return 0;
}
