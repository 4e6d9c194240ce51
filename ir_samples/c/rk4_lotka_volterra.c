/* RK4 on the Lotka-Volterra predator-prey system, fixed number of steps. */
#include <stdio.h>

typedef struct {
    double alpha, beta, delta, gamma;
} LVParams;

static void lv_rhs(const LVParams *p, const double *u, double *du) {
    du[0] = p->alpha * u[0] - p->beta * u[0] * u[1];
    du[1] = p->delta * u[0] * u[1] - p->gamma * u[1];
}

void rk4_lotka_volterra(const LVParams *p, double *u, double dt, int steps) {
    double k1[2], k2[2], k3[2], k4[2], tmp[2];
    for (int s = 0; s < steps; s++) {
        lv_rhs(p, u, k1);
        for (int i = 0; i < 2; i++) tmp[i] = u[i] + 0.5 * dt * k1[i];
        lv_rhs(p, tmp, k2);
        for (int i = 0; i < 2; i++) tmp[i] = u[i] + 0.5 * dt * k2[i];
        lv_rhs(p, tmp, k3);
        for (int i = 0; i < 2; i++) tmp[i] = u[i] + dt * k3[i];
        lv_rhs(p, tmp, k4);
        for (int i = 0; i < 2; i++) u[i] += dt / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
    }
}

double lv_final_prey(double alpha, double beta, double x0, double y0) {
    LVParams p = {alpha, beta, 0.075, 1.5};
    double u[2] = {x0, y0};
    rk4_lotka_volterra(&p, u, 0.01, 500);
    return u[0];
}

int main(void) {
    LVParams p = {1.1, 0.4, 0.1, 0.4};
    double u[2] = {10.0, 10.0};
    rk4_lotka_volterra(&p, u, 0.01, 1000);
    printf("%s = %.17g\n", "prey(10)", u[0]);
    printf("%s = %.17g\n", "predator(10)", u[1]);
    printf("%s = %.17g\n", "lv_final_prey", lv_final_prey(1.5, 1.0, 10.0, 5.0));
    fflush(stdout);
    return 0;
}
