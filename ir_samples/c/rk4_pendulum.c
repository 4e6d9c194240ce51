/* RK4 for a damped pendulum theta'' = -(g/L) sin(theta) - c theta', returns final angle. */
#include <math.h>
#include <stdio.h>

double pendulum(double theta0, double omega0, double length, double damping, int steps) {
    const double g = 9.81, dt = 0.005;
    double th = theta0, om = omega0;
    for (int s = 0; s < steps; s++) {
        double k1t = om;
        double k1o = -(g / length) * sin(th) - damping * om;
        double k2t = om + 0.5 * dt * k1o;
        double k2o = -(g / length) * sin(th + 0.5 * dt * k1t) - damping * k2t;
        double k3t = om + 0.5 * dt * k2o;
        double k3o = -(g / length) * sin(th + 0.5 * dt * k2t) - damping * k3t;
        double k4t = om + dt * k3o;
        double k4o = -(g / length) * sin(th + dt * k3t) - damping * k4t;
        th += dt / 6.0 * (k1t + 2.0 * k2t + 2.0 * k3t + k4t);
        om += dt / 6.0 * (k1o + 2.0 * k2o + 2.0 * k3o + k4o);
    }
    return th;
}

int main(void) {
    printf("%s = %.17g\n", "pendulum(1.0, 0.0, 1.0, 0.1, 400)", pendulum(1.0, 0.0, 1.0, 0.1, 400));
    printf("%s = %.17g\n", "pendulum(0.2, 0.5, 2.0, 0.0, 200)", pendulum(0.2, 0.5, 2.0, 0.0, 200));
    fflush(stdout);
    return 0;
}
