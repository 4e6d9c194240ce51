/* Frees that run only sometimes, of a pointer that is either a temporary copy or the caller's
   array (Numba frees the overlap copy of a slice assignment this way): the gradient must free
   exactly the blocks the function freed, once each, never the caller's memory. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

double maybe_copied_energy(const double *x, int n, int copy) {
    const double *p = x;
    if (copy) {
        double *t = malloc(n * sizeof(double));
        for (int i = 0; i < n; i++)
            t[i] = 2.0 * x[i];
        p = t;
    }
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += p[i] * p[i] * x[i];
    if (p != x)
        free((void *)p);
    return s;
}

double alternating_copies(const double *x, int n, int reps) {
    double s = 0.0;
    for (int r = 0; r < reps; r++) {
        const double *p = x;
        if (r % 2) {
            double *t = malloc(n * sizeof(double));
            for (int i = 0; i < n; i++)
                t[i] = x[i] * (r + 1);
            p = t;
        }
        for (int i = 0; i < n; i++)
            s += sin(p[i]) * x[i];
        if (p != x)
            free((void *)p);
    }
    return s;
}

int main(void) {
    double x[5] = {0.3, -1.2, 0.7, 2.0, -0.4};
    printf("maybe_copied_energy = %.17g\n", maybe_copied_energy(x, 5, 1));
    printf("maybe_copied_energy_nocopy = %.17g\n", maybe_copied_energy(x, 5, 0));
    printf("alternating_copies = %.17g\n", alternating_copies(x, 5, 4));
    return 0;
}
