/* Globals: a constant coefficient table that is read, and an accumulator that is written. */
#include <math.h>
#include <stdio.h>

const double cheb_coef[6] = {1.25, -0.5, 0.75, 0.125, -0.0625, 0.03125};
double energy_accumulator = 0.0;
int call_count = 0;

double chebyshev(double x) {
    /* Clenshaw recurrence for sum c_k T_k(x) */
    double b1 = 0.0, b2 = 0.0;
    for (int k = 5; k >= 1; k--) {
        double b0 = 2.0 * x * b1 - b2 + cheb_coef[k];
        b2 = b1;
        b1 = b0;
    }
    return x * b1 - b2 + cheb_coef[0];
}

void accumulate(double x) {
    double v = chebyshev(x);
    energy_accumulator += v * v;
    call_count++;
}

int main(void) {
    printf("%s = %.17g\n", "chebyshev(0.3)", chebyshev(0.3));
    accumulate(0.3);
    accumulate(-0.7);
    accumulate(0.9);
    printf("%s = %.17g\n", "energy_accumulator", energy_accumulator);
    printf("%s = %.17g\n", "call_count", (double)call_count);
    fflush(stdout);
    return 0;
}
