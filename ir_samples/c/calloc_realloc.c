/* calloc + realloc temporaries: a growing buffer of partial products. */
#include <stdio.h>
#include <stdlib.h>

double growing_products(const double *x, int n) {
    int cap = 2, len = 0;
    double *buf = (double *)calloc(cap, sizeof(double));
    double running = 1.0;
    for (int i = 0; i < n; i++) {
        running *= x[i];
        if (len == cap) {
            cap *= 2;
            buf = (double *)realloc(buf, sizeof(double) * cap);
        }
        buf[len++] = running;
    }
    double s = 0.0;
    for (int i = 0; i < len; i++) s += buf[i];
    free(buf);
    return s;
}

int main(void) {
    double x[9] = {1.1, 0.9, 1.3, -0.7, 1.05, 0.8, 1.2, -1.1, 0.95};
    printf("%s = %.17g\n", "growing_products", growing_products(x, 9));
    fflush(stdout);
    return 0;
}
