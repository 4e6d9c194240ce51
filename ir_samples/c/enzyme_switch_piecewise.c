// expect: dx[0] = 1
// expect: dx[1] = 0.2
// expect: dx[2] = 9
// expect: dx[3] = 1
// expect: dx[4] = 6.7492940378800154450
// expect: dx[5] = 5.1338327164870660862
// expect: dclamp_fwd = 6
/* Enzyme C interface: a switch on a constant int per element, early returns, ternaries and
   the non-smooth libm functions fmax, fmin, fabs and copysign in static inline helpers.
     kind 0: fmax(x, 0)              (relu)         1 for x > 0
     kind 1: x > 0 ? x : 0.1 x        (leaky relu)   0.1 for x < 0
     kind 2: copysign(x^2, x)                        2 |x|
     kind 3: huber: |x| < 1 ? x^2 / 2 : |x| - 1/2   x, or sign(x)
     kind 4: fmin(exp(x), 2)                         exp(x) while below 2, else 0
     other: tanh(x)                                  1 - tanh^2
   loss(x, kinds, n) = sum_i w_i act(x_i, kind_i) with w_i = i + 1, and an early return of 0
   for n <= 0.  clamp(x, lo, hi) returns early on each side; forward mode inside the range.
   Derivatives by hand; the tanh one with mpmath. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

static inline double huber(double x) { return fabs(x) < 1.0 ? 0.5 * x * x : fabs(x) - 0.5; }

static inline double act(double x, int kind) {
    switch (kind) {
    case 0:
        return fmax(x, 0.0);
    case 1:
        return x > 0.0 ? x : 0.1 * x;
    case 2:
        return copysign(x * x, x);
    case 3:
        return huber(x);
    case 4:
        return fmin(exp(x), 2.0);
    default:
        return tanh(x);
    }
}

double loss(const double *x, const int *kinds, int n) {
    if (n <= 0) return 0.0;
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * act(x[i], kinds[i]);
    return s;
}

double clamp_sq(double x, double lo, double hi) {
    if (x < lo) return lo * lo;
    if (x > hi) return hi * hi;
    return x * x;
}

int main(void) {
    double x[6] = {0.5, -2.0, -1.5, 0.25, 0.3, 0.4}, dx[6] = {0.0};
    int kinds[6] = {0, 1, 2, 3, 4, 7};
    __enzyme_autodiff((void *)loss, enzyme_dup, x, dx, enzyme_const, kinds, enzyme_const, 6);
    for (int i = 0; i < 6; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    double dummy = 0.0;
    (void)__enzyme_autodiff((void *)loss, enzyme_dup, x, &dummy, enzyme_const, kinds,
                            enzyme_const, 0);
    printf("%s = %.17g\n", "dclamp_fwd",
           __enzyme_fwddiff((void *)clamp_sq, 1.5, 2.0, -1.0, 0.5, 3.0, 0.25));
    fflush(stdout);
    return 0;
}
