// expect: dtaylorlog = 1.998046875
// expect: dtaylor_exp = 2.0137527074399429
// expect: dtaylor_exp_fwd = -0.3
// expect-float: dsin_series = 0.87758256189037272
/* Enzyme C interface: Taylor series with pow, integer factorials and a term recurrence.
   - taylorlog(x, n) = sum_{i=1}^{n} x^i / i (pow with an unsigned exponent converted to
     double): d/dx = sum_{i=1}^{n} x^(i-1) = (1 - x^n) / (1 - x) = 1.998046875 at x = 0.5, n = 10.
   - taylor_exp(x, n) = sum_{k=0}^{n} x^k / k!, the factorial an integer-only loop in a static
     helper (long arithmetic, no derivative): d/dx = sum_{k=0}^{n-1} x^k / k! at x = 0.7,
     n = 12, by sympy; forward mode at x = 0 with tangent -0.3 gives -0.3 (pow(0, 0) = 1, and
     the k = 0 term must not produce 0 * inf = NaN).
   - sin_series(x) in float, the term updated by t *= -x^2 / ((2k)(2k+1)) for 8 terms: its
     derivative is cos(0.5) up to the truncation (< 1e-12), compared as a float. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern float __enzyme_autodiff_f(void *, float);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double taylorlog(double x, unsigned n) {
    double sum = 0.0;
    for (unsigned i = 1; i <= n; i++) sum += pow(x, i) / i;
    return sum;
}

static long factorial(int k) {
    long f = 1;
    for (int i = 2; i <= k; i++) f *= i;
    return f;
}

double taylor_exp(double x, int n) {
    double s = 0.0;
    for (int k = 0; k <= n; k++) s += pow(x, k) / (double)factorial(k);
    return s;
}

float sin_series(float x) {
    float term = x, s = 0.0f;
    for (int k = 1; k <= 8; k++) {
        s += term;
        term *= -x * x / (float)((2 * k) * (2 * k + 1));
    }
    return s;
}

int main(void) {
    printf("%s = %.17g\n", "dtaylorlog",
           __enzyme_autodiff((void *)taylorlog, enzyme_out, 0.5, enzyme_const, 10u));
    printf("%s = %.17g\n", "dtaylor_exp",
           __enzyme_autodiff((void *)taylor_exp, enzyme_out, 0.7, enzyme_const, 12));
    printf("%s = %.17g\n", "dtaylor_exp_fwd",
           __enzyme_fwddiff((void *)taylor_exp, enzyme_dup, 0.0, -0.3, enzyme_const, 12));
    printf("%s = %.17g\n", "dsin_series", (double)__enzyme_autodiff_f((void *)sin_series, 0.5f));
    fflush(stdout);
    return 0;
}
