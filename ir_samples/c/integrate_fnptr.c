/* Numerical integration through a function pointer: composite Simpson rule. */
#include <math.h>
#include <stdio.h>

typedef double (*integrand)(double x, double p);

double damped_osc(double x, double p) { return exp(-p * x) * cos(3.0 * x); }

double gauss_p(double x, double p) { return exp(-p * x * x); }

double simpson(integrand f, double p, double a, double b, int intervals) {
    double h = (b - a) / intervals;
    double s = f(a, p) + f(b, p);
    for (int i = 1; i < intervals; i++) {
        double w = (i % 2 == 1) ? 4.0 : 2.0;
        s += w * f(a + i * h, p);
    }
    return s * h / 3.0;
}

double both_integrals(double p) {
    return simpson(damped_osc, p, 0.0, 2.0, 40) + simpson(gauss_p, p, -1.0, 1.0, 40);
}

int main(void) {
    printf("%s = %.17g\n", "simpson(damped_osc)", simpson(damped_osc, 0.5, 0.0, 2.0, 40));
    printf("%s = %.17g\n", "both_integrals(0.8)", both_integrals(0.8));
    fflush(stdout);
    return 0;
}
