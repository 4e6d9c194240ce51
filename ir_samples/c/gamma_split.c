/* The gamma functions and the functions that split a float: lgamma and tgamma (their
   derivatives need digamma), frexp (mantissa and exponent) and modf (fraction and integral
   part, the second written through a pointer). */
#include <math.h>
#include <stdio.h>

/* log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b) */
double log_beta(double a, double b) { return lgamma(a) + lgamma(b) - lgamma(a + b); }

/* for x in (0.5, 1.5): arguments between the poles below zero, in (0, 1) and large */
double gamma_mix(double x) {
    return lgamma(-0.4 * x - 0.1) + tgamma(0.5 * x - 1.8) + tgamma(0.6 * x) +
           lgamma(40.0 * x) / 100.0;
}

float gamma_float(float x) { return lgammaf(x + 0.5f) * tgammaf(1.5f * x); }

/* sum of e m^2 over (m, e) = frexp(4 (i + 1) x[i]), whose exponent, written through a
   pointer, grows with i */
double mantissas(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        int e;
        double m = frexp(4.0 * (i + 1) * x[i], &e);
        s += e * m * m;
    }
    return s;
}

/* frac[i] = x[i] times the fraction of 3 x[i]^2, whose integral part goes to whole[i] */
void split(const double *x, double *frac, double *whole, int n) {
    for (int i = 0; i < n; i++)
        frac[i] = modf(3.0 * x[i] * x[i], &whole[i]) * x[i];
}

int main(void) {
    double x[4] = {0.7, 1.3, 0.55, 1.45};
    double frac[4], whole[4];
    printf("%s = %.17g\n", "log_beta(0.8, 1.7)", log_beta(0.8, 1.7));
    printf("%s = %.17g\n", "gamma_mix(1.1)", gamma_mix(1.1));
    printf("%s = %.17g\n", "gamma_float(0.9)", (double)gamma_float(0.9f));
    printf("%s = %.17g\n", "mantissas", mantissas(x, 4));
    split(x, frac, whole, 4);
    for (int i = 0; i < 4; i++) {
        printf("frac[%d] = %.17g\n", i, frac[i]);
        printf("whole[%d] = %.17g\n", i, whole[i]);
    }
    fflush(stdout);
    return 0;
}
