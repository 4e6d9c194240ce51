/* Explicit 1-D heat equation (fixed ends) for `steps` time steps, with a malloc'd
   temporary buffer for the new time level; returns the final energy sum u^2. */
#include <stdlib.h>

double heat1d(const double *u0, double alpha, int n, int steps) {
    double *u = malloc(n * sizeof(double));
    double *unew = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) u[i] = u0[i];
    for (int t = 0; t < steps; t++) {
        unew[0] = u[0];
        unew[n - 1] = u[n - 1];
        for (int i = 1; i < n - 1; i++)
            unew[i] = u[i] + alpha * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        for (int i = 0; i < n; i++) u[i] = unew[i];
    }
    double e = 0.0;
    for (int i = 0; i < n; i++) e += u[i] * u[i];
    free(u);
    free(unew);
    return e;
}
