// expect: df_dx = 0.15323900738110829
// expect: df_dy = 0.97849116875983733
// expect: dsumcubes = -9
/* Enzyme C interface, forward mode: __enzyme_fwddiff returns the tangent of the result.
   Scalars: primal then tangent (with enzyme_dup, or without a marker);
   arrays: enzyme_dup pointer then tangent pointer; enzyme_const for the length. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double f(double x, double y) { return x * y + sin(x) * exp(y); }

double sumcubes(const double *a, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += a[i] * a[i] * a[i];
    return s;
}

int main(void) {
    double x = 0.6, y = -0.4;
    double df_dx = __enzyme_fwddiff((void *)f, enzyme_dup, x, 1.0, enzyme_dup, y, 0.0);
    double df_dy = __enzyme_fwddiff((void *)f, x, 0.0, y, 1.0);
    double a[3] = {1.0, 2.0, -0.5};
    double da[3] = {0.5, -1.0, 2.0};
    double dsum = __enzyme_fwddiff((void *)sumcubes, enzyme_dup, a, da, enzyme_const, 3);
    printf("%s = %.17g\n", "df_dx", df_dx);
    printf("%s = %.17g\n", "df_dy", df_dy);
    printf("%s = %.17g\n", "dsumcubes", dsum);
    fflush(stdout);
    return 0;
}
