/* A for loop with a known trip count: sum of sin(k*x)/k (a Fourier partial sum). */
#include <math.h>
#include <stdio.h>

#define TERMS 16

double fourier_sum(double x) {
    double s = 0.0;
    for (int k = 1; k <= TERMS; k++) {
        s += sin(k * x) / k;
    }
    return s;
}

double weighted_sum(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        s += (i + 1) * x[i] * x[i];
    }
    return s;
}

int main(void) {
    double v[6] = {0.5, -1.0, 1.5, 2.0, -0.25, 0.75};
    printf("%s = %.17g\n", "fourier_sum(1.0)", fourier_sum(1.0));
    printf("%s = %.17g\n", "weighted_sum(v, 6)", weighted_sum(v, 6));
    fflush(stdout);
    return 0;
}
