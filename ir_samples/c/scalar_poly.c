/* Scalar arithmetic: a rational function and a product of polynomials. */
#include <stdio.h>

double rational(double x, double y) {
    double num = 3.0 * x * x - 2.0 * x * y + y - 1.0;
    double den = 1.0 + x * x + 0.5 * y * y;
    return num / den;
}

double product3(double a, double b, double c) {
    return (a + 1.0) * (b - 2.0) * (c * c + a * b) - a / (b * b + 1.0);
}

int main(void) {
    printf("%s = %.17g\n", "rational(1.5, -0.25)", rational(1.5, -0.25));
    printf("%s = %.17g\n", "rational(-2, 3)", rational(-2.0, 3.0));
    printf("%s = %.17g\n", "product3(0.5, 1.25, -0.75)", product3(0.5, 1.25, -0.75));
    fflush(stdout);
    return 0;
}
