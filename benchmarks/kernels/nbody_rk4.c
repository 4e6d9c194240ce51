/* Planar N-body problem (NB = 4 bodies, softened gravity) integrated with classical RK4 for
   `steps` steps of size dt.  State s = (x0, y0, vx0, vy0, x1, ...) lives in local arrays.
   Returns the total kinetic energy at the end plus the sum of the final positions. */
#include <math.h>

#define NB 4
#define NS (4 * NB)

static void rhs(const double *m, const double *s, double *ds) {
    for (int i = 0; i < NB; i++) {
        ds[4 * i] = s[4 * i + 2];
        ds[4 * i + 1] = s[4 * i + 3];
        double ax = 0.0, ay = 0.0;
        for (int j = 0; j < NB; j++) {
            if (j == i) continue;
            double dx = s[4 * j] - s[4 * i];
            double dy = s[4 * j + 1] - s[4 * i + 1];
            double r2 = dx * dx + dy * dy + 0.01;
            double inv = m[j] / (r2 * sqrt(r2));
            ax += dx * inv;
            ay += dy * inv;
        }
        ds[4 * i + 2] = ax;
        ds[4 * i + 3] = ay;
    }
}

double nbody_rk4(const double *masses, const double *state0, double dt, int steps) {
    double s[NS], k1[NS], k2[NS], k3[NS], k4[NS], tmp[NS];
    for (int i = 0; i < NS; i++) s[i] = state0[i];
    for (int t = 0; t < steps; t++) {
        rhs(masses, s, k1);
        for (int i = 0; i < NS; i++) tmp[i] = s[i] + 0.5 * dt * k1[i];
        rhs(masses, tmp, k2);
        for (int i = 0; i < NS; i++) tmp[i] = s[i] + 0.5 * dt * k2[i];
        rhs(masses, tmp, k3);
        for (int i = 0; i < NS; i++) tmp[i] = s[i] + dt * k3[i];
        rhs(masses, tmp, k4);
        for (int i = 0; i < NS; i++)
            s[i] += dt / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
    }
    double out = 0.0;
    for (int i = 0; i < NB; i++) {
        out += 0.5 * masses[i] * (s[4 * i + 2] * s[4 * i + 2] + s[4 * i + 3] * s[4 * i + 3]);
        out += s[4 * i] + s[4 * i + 1];
    }
    return out;
}
