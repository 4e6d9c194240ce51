/* Calls between functions: static helpers (inlined at -O2) and noinline helpers (kept). */
#include <math.h>
#include <stdio.h>

static double sq(double x) { return x * x; }

static double smoothstep(double x) {
    double t = x < 0.0 ? 0.0 : (x > 1.0 ? 1.0 : x);
    return t * t * (3.0 - 2.0 * t);
}

__attribute__((noinline)) double softabs(double x, double eps) {
    return sqrt(x * x + eps * eps);
}

__attribute__((noinline)) double pair_cost(double a, double b) {
    return softabs(a - b, 0.1) + sq(a * b);
}

double chain_cost(const double *x, int n) {
    double c = 0.0;
    for (int i = 0; i + 1 < n; i++) c += pair_cost(x[i], x[i + 1]) * smoothstep(x[i]);
    return c;
}

int main(void) {
    double x[5] = {0.2, 0.9, 0.4, 1.3, 0.6};
    printf("%s = %.17g\n", "pair_cost(0.3, 0.8)", pair_cost(0.3, 0.8));
    printf("%s = %.17g\n", "chain_cost", chain_cost(x, 5));
    fflush(stdout);
    return 0;
}
