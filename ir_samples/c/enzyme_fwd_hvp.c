// expect: g[0] = 0.9688261228540237
// expect: hv[0] = -5.1622192580815183
// expect: hv[1] = 6.1707354924039484
// expect: hv[2] = 1.6363950078375944
// expect: d2h_fwd_rev(0.7) = 18.447762546909729
// expect: d2h_fwd_fwd(0.7) = 18.447762546909729
/* Enzyme C interface, higher order: a Hessian-vector product written the Enzyme way, by
   __enzyme_fwddiff of a function that itself calls __enzyme_autodiff (forward over reverse),
   and second derivatives of scalar functions by forward over reverse and forward over
   forward. enzpy lowers the inner calls first, then differentiates the function that holds
   them (now a call of the generated diffe_f / fwddiffe_f). */
#include <math.h>
#include <stdio.h>

extern void __enzyme_autodiff(void *, ...);
extern double __enzyme_autodiff_d(void *, ...);
extern void __enzyme_fwddiff(void *, ...);
extern double __enzyme_fwddiff_d(void *, ...);
extern int enzyme_dup, enzyme_dupnoneed, enzyme_const, enzyme_out;

/* f(x) = sum_i x_i^2 x_{i+1} + exp(x_0 x_{n-1}) + sum_i sin(x_i) */
double f(const double *x, int n) {
    double s = exp(x[0] * x[n - 1]);
    for (int i = 0; i < n; i++) {
        s += sin(x[i]);
        if (i + 1 < n) s += x[i] * x[i] * x[i + 1];
    }
    return s;
}

/* dx += grad f(x) */
void grad_f(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, n);
}

double h(double x) { return x * x * x * sin(x) + exp(2.0 * x) / x; }

double dh_rev(double x) { return __enzyme_autodiff_d((void *)h, enzyme_out, x); }

double dh_fwd(double x) { return __enzyme_fwddiff_d((void *)h, x, 1.0); }

int main(void) {
    double x[3] = {0.5, -1.0, 0.75}, v[3] = {1.0, 0.5, -2.0};
    double g[3] = {0.0, 0.0, 0.0}, hv[3] = {0.0, 0.0, 0.0};
    /* grad_f(x, g) and, through the tangents, hv = H(x) v */
    __enzyme_fwddiff((void *)grad_f, enzyme_dup, x, v, enzyme_dup, g, hv, enzyme_const, 3);
    printf("%s = %.17g\n", "g[0]", g[0]);
    printf("%s = %.17g\n", "hv[0]", hv[0]);
    printf("%s = %.17g\n", "hv[1]", hv[1]);
    printf("%s = %.17g\n", "hv[2]", hv[2]);
    printf("%s = %.17g\n", "d2h_fwd_rev(0.7)", __enzyme_fwddiff_d((void *)dh_rev, 0.7, 1.0));
    printf("%s = %.17g\n", "d2h_fwd_fwd(0.7)", __enzyme_fwddiff_d((void *)dh_fwd, 0.7, 1.0));
    fflush(stdout);
    return 0;
}
