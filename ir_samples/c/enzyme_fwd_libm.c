// expect: dtrig(0.6) = 0.94297583297193888
// expect: dexplog(1.7) = 6.6326410848653632
// expect: dspecial(0.9) = 2.4875452110728853
// expect: dtwo_args_dx = 6.4813013484547559
// expect: dtwo_args_dy = 2.5881835023734059
// expect: dtwo_args_dir = -11.66851094572281
/* Enzyme C interface, forward mode through libm calls (trigonometric, exponential,
   logarithmic, special functions and two-argument ones). */
#include <math.h>
#include <stdio.h>

extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const;

double trig(double x) { return sin(x) * cos(2.0 * x) + tan(x / 3.0) + asin(x / 2.0) * acos(x / 3.0) + atan(x); }

double explog(double x) {
    return exp(x) / x + log(x) * log1p(x) + expm1(x / 2.0) + log2(x) + log10(x) + exp2(x);
}

double special(double x) {
    return erf(x) + erfc(x / 2.0) * cbrt(x) + tanh(x) * sinh(x) + cosh(x) / 3.0 + asinh(x) +
           fabs(x - 2.0) * sqrt(x);
}

double two_args(double x, double y) {
    return atan2(y, x) + hypot(x, y) + pow(x, y) + fmax(x, y) * 2.0 + fmin(x * y, 1.0) +
           fmod(x * 3.0, 1.0);
}

int main(void) {
    printf("%s = %.17g\n", "dtrig(0.6)", __enzyme_fwddiff((void *)trig, 0.6, 1.0));
    printf("%s = %.17g\n", "dexplog(1.7)", __enzyme_fwddiff((void *)explog, 1.7, 1.0));
    printf("%s = %.17g\n", "dspecial(0.9)", __enzyme_fwddiff((void *)special, 0.9, 1.0));
    printf("%s = %.17g\n", "dtwo_args_dx",
           __enzyme_fwddiff((void *)two_args, 1.3, 1.0, enzyme_const, 0.4));
    printf("%s = %.17g\n", "dtwo_args_dy",
           __enzyme_fwddiff((void *)two_args, enzyme_const, 1.3, 0.4, 1.0));
    printf("%s = %.17g\n", "dtwo_args_dir",
           __enzyme_fwddiff((void *)two_args, 1.3, -2.0, 0.4, 0.5));
    fflush(stdout);
    return 0;
}
