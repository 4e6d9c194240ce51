/* Polynomial evaluation by Horner's rule, and its value at many points. */
#include <stdio.h>

double horner(const double *coef, int degree, double x) {
    double acc = coef[degree];
    for (int i = degree - 1; i >= 0; i--) acc = acc * x + coef[i];
    return acc;
}

double horner_sum(const double *coef, int degree, const double *xs, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += horner(coef, degree, xs[i]);
    return s;
}

int main(void) {
    double c[6] = {1.0, -3.0, 0.5, 2.0, -0.25, 0.125};
    double xs[4] = {-1.0, 0.3, 1.7, 2.2};
    printf("%s = %.17g\n", "horner(c, 5, 1.3)", horner(c, 5, 1.3));
    printf("%s = %.17g\n", "horner_sum", horner_sum(c, 5, xs, 4));
    fflush(stdout);
    return 0;
}
