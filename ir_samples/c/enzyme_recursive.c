// expect: drpow(1.1, 7) = 12.400927000000006
// expect: dx[0] = 0.81413276261380663
// expect: dx[1] = -1.6323566263755118
// expect: dx[2] = 2.5585257015154088
// expect: dx[3] = 0.38950467211307671
// expect: dx[4] = 3.3748615824112185
/* Enzyme C interface: recursive functions.  rpow(x, n) = x^n by recursion on n, and a
   divide-and-conquer reduction tree(x, lo, hi) over a duplicated array. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double rpow(double x, int n) {
    if (n == 0) return 1.0;
    return x * rpow(x, n - 1);
}

double tree(const double *x, int lo, int hi) {
    if (hi - lo == 1) return x[lo] * x[lo];
    int mid = (lo + hi) / 2;
    return tree(x, lo, mid) * cos(0.1 * tree(x, mid, hi)) + tree(x, mid, hi);
}

int main(void) {
    double d = __enzyme_autodiff((void *)rpow, enzyme_out, 1.1, enzyme_const, 7);
    printf("%s = %.17g\n", "drpow(1.1, 7)", d);
    double x[5] = {0.5, -1.0, 1.5, 0.25, 2.0};
    double dx[5] = {0};
    __enzyme_autodiff((void *)tree, enzyme_dup, x, dx, enzyme_const, 0, enzyme_const, 5);
    for (int i = 0; i < 5; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    fflush(stdout);
    return 0;
}
