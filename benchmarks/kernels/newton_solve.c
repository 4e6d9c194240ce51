/* For every a[i], solve x^3 + p x = a[i] with Newton's method (a while loop that stops when
   the step is tiny), and return the sum of the roots. */
#include <math.h>

double newton_solve(const double *a, double p, int n) {
    double total = 0.0;
    for (int i = 0; i < n; i++) {
        double x = a[i] > 1.0 ? cbrt(a[i]) : a[i];
        double dx = 1.0;
        int it = 0;
        while (fabs(dx) > 1e-12 * (1.0 + fabs(x)) && it < 50) {
            double f = x * x * x + p * x - a[i];
            double fp = 3.0 * x * x + p;
            dx = f / fp;
            x -= dx;
            it++;
        }
        total += x;
    }
    return total;
}
