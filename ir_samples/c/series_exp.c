/* Series summed until the terms stop mattering: exp(x) and atan(x) by Taylor series. */
#include <math.h>
#include <stdio.h>

double series_exp(double x) {
    double term = 1.0, sum = 1.0;
    int k = 1;
    while (fabs(term) > 1e-17 * fabs(sum)) {
        term *= x / k;
        sum += term;
        k++;
    }
    return sum;
}

double series_atan(double x) {
    /* valid for |x| < 1 */
    double x2 = x * x, power = x, sum = 0.0;
    int k = 0;
    do {
        double t = power / (2 * k + 1);
        sum += (k % 2 == 0) ? t : -t;
        power *= x2;
        k++;
    } while (fabs(power) > 1e-18);
    return sum;
}

int main(void) {
    printf("%s = %.17g\n", "series_exp(1.3)", series_exp(1.3));
    printf("%s = %.17g\n", "series_exp(-2.1)", series_exp(-2.1));
    printf("%s = %.17g\n", "series_atan(0.4)", series_atan(0.4));
    fflush(stdout);
    return 0;
}
