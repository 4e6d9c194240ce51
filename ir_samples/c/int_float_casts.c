/* Integer and floating conversions mixed with differentiable math: binning and interpolation. */
#include <math.h>
#include <stdio.h>

double table_interp(const double *table, int n, double x) {
    /* linear interpolation in a table sampled at 0, 1, ..., n-1 */
    if (x <= 0.0) return table[0];
    if (x >= n - 1) return table[n - 1];
    int i = (int)x;
    double t = x - (double)i;
    return (1.0 - t) * table[i] + t * table[i + 1];
}

double quantise_loss(double x, double step) {
    long q = lround(x / step);
    double xq = (double)q * step;
    unsigned parity = (unsigned)(q & 1);
    return (x - xq) * (x - xq) + (parity ? 0.01 * x : 0.0);
}

int main(void) {
    double table[5] = {0.0, 1.0, 0.5, 2.0, 1.5};
    printf("%s = %.17g\n", "table_interp(2.3)", table_interp(table, 5, 2.3));
    printf("%s = %.17g\n", "quantise_loss(1.37, 0.25)", quantise_loss(1.37, 0.25));
    fflush(stdout);
    return 0;
}
