/* Explicit 1-D heat equation: u_t = kappa u_xx with fixed ends, three-point stencil. */
#include <stdio.h>
#include <stdlib.h>

void heat_step(const double *u, double *out, int n, double r) {
    out[0] = u[0];
    out[n - 1] = u[n - 1];
    for (int i = 1; i < n - 1; i++) out[i] = u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
}

double heat_solve(double *u, int n, double kappa, int steps) {
    double *tmp = (double *)malloc(sizeof(double) * n);
    double r = kappa * 0.4;
    for (int s = 0; s < steps; s++) {
        heat_step(u, tmp, n, r);
        for (int i = 0; i < n; i++) u[i] = tmp[i];
    }
    free(tmp);
    double mid = u[n / 2];
    return mid * mid;
}

int main(void) {
    double u[11];
    for (int i = 0; i < 11; i++) u[i] = (i == 5) ? 1.0 : 0.1 * i;
    printf("%s = %.17g\n", "heat_solve", heat_solve(u, 11, 0.9, 50));
    printf("%s = %.17g\n", "u[3]", u[3]);
    fflush(stdout);
    return 0;
}
