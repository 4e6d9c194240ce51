/* Recursion: power by repeated squaring, and a recursive continued fraction. */
#include <stdio.h>

double rpow(double x, int n) {
    if (n == 0) return 1.0;
    if (n % 2 == 0) {
        double h = rpow(x, n / 2);
        return h * h;
    }
    return x * rpow(x, n - 1);
}

double contfrac(double x, int depth) {
    if (depth == 0) return x;
    return x + 1.0 / (1.0 + contfrac(x, depth - 1));
}

int main(void) {
    printf("%s = %.17g\n", "rpow(1.1, 13)", rpow(1.1, 13));
    printf("%s = %.17g\n", "contfrac(0.7, 10)", contfrac(0.7, 10));
    fflush(stdout);
    return 0;
}
