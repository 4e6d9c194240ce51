// expect: dhorner(1.3) = -29.469999999999999
// expect: dnewton_sqrt(2.5) = 0.31622776601683794
// expect: dhalving(5) = -0.064120827236497452
// expect: dhilbert_form = 4.0220238095238097
/* Enzyme C interface, forward mode through loops: a for loop over constant int coefficients
   (an int array passed enzyme_const), a fixed-count while loop (Newton's iteration), a loop
   whose trip count depends on the value, and a nested loop. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const;

/* sum_i c[i] x^i by Horner's rule */
double horner(double x, const int *c, int n) {
    double r = 0.0;
    for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
    return r;
}

/* sqrt(a) by Newton's iteration */
double newton_sqrt(double a) {
    double x = a;
    int it = 0;
    while (it < 30) {
        x = 0.5 * (x + a / x);
        it++;
    }
    return x;
}

/* halve until below 1: trip count depends on x (piecewise smooth) */
double halving(double x) {
    double s = 0.0;
    while (x > 1.0) {
        x = x * 0.5;
        s += sin(x);
    }
    return s + x * x;
}

/* sum_{i,j} x_i x_j / (i + j + 1): a quadratic form with the Hilbert matrix */
double hilbert_form(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) s += x[i] * x[j] / (double)(i + j + 1);
    return s;
}

int main(void) {
    int c[5] = {3, -1, 4, 1, -5};
    double dh = __enzyme_fwddiff((void *)horner, 1.3, 1.0, enzyme_const, c, 5);
    double dn = __enzyme_fwddiff((void *)newton_sqrt, 2.5, 1.0);
    double dhalf = __enzyme_fwddiff((void *)halving, 5.0, 1.0);
    double x[4] = {1.0, -0.5, 2.0, 0.25}, dx[4] = {0.5, 1.0, -1.0, 2.0};
    double dq = __enzyme_fwddiff((void *)hilbert_form, enzyme_dup, x, dx, enzyme_const, 4);
    printf("%s = %.17g\n", "dhorner(1.3)", dh);
    printf("%s = %.17g\n", "dnewton_sqrt(2.5)", dn);
    printf("%s = %.17g\n", "dhalving(5)", dhalf);
    printf("%s = %.17g\n", "dhilbert_form", dq);
    fflush(stdout);
    return 0;
}
