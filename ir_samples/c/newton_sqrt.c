/* While loop with a data-dependent exit: Newton iteration for sqrt(a) and a cube root. */
#include <math.h>
#include <stdio.h>

double newton_sqrt(double a) {
    double x = a > 1.0 ? a : 1.0;
    double prev = 0.0;
    while (fabs(x - prev) > 1e-15 * x) {
        prev = x;
        x = 0.5 * (x + a / x);
    }
    return x;
}

double newton_cbrt(double a) {
    double x = 1.0;
    int iters = 0;
    while (iters < 100) {
        double step = (x * x * x - a) / (3.0 * x * x);
        x -= step;
        iters++;
        if (fabs(step) < 1e-14) break;
    }
    return x;
}

int main(void) {
    printf("%s = %.17g\n", "newton_sqrt(2)", newton_sqrt(2.0));
    printf("%s = %.17g\n", "newton_sqrt(0.3)", newton_sqrt(0.3));
    printf("%s = %.17g\n", "newton_cbrt(5)", newton_cbrt(5.0));
    fflush(stdout);
    return 0;
}
