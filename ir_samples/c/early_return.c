/* Early returns and multiple exits: a piecewise loss and a search loop that returns mid-way. */
#include <math.h>
#include <stdio.h>

double huber(double r, double delta) {
    if (r > delta) return delta * (r - 0.5 * delta);
    if (r < -delta) return -delta * (r + 0.5 * delta);
    return 0.5 * r * r;
}

double first_crossing(const double *x, int n, double level) {
    for (int i = 0; i + 1 < n; i++) {
        if (x[i] <= level && x[i + 1] > level) {
            /* linear interpolation of the crossing position */
            return i + (level - x[i]) / (x[i + 1] - x[i]);
        }
        if (isnan(x[i])) return -1.0;
    }
    return (double)n;
}

int main(void) {
    double x[6] = {0.1, 0.4, 0.35, 0.8, 1.2, 0.9};
    printf("%s = %.17g\n", "huber(2.5, 1)", huber(2.5, 1.0));
    printf("%s = %.17g\n", "huber(-0.4, 1)", huber(-0.4, 1.0));
    printf("%s = %.17g\n", "huber(-3, 1)", huber(-3.0, 1.0));
    printf("%s = %.17g\n", "first_crossing", first_crossing(x, 6, 0.5));
    fflush(stdout);
    return 0;
}
