// expect: dg_dx = -10.5
// expect: dg_dir = -23.087499999999999
// expect: dg_dz = -18.625
// expect: dscale = 3.6400000000000001
// expect: dscale2 = 10.768000000000001
// expect: dpick = 1.3999999999999999
/* Enzyme C interface, forward mode on scalar functions: __enzyme_fwddiff returns the tangent
   of the result. A double is followed by its tangent (with enzyme_dup or enzyme_dupnoneed, or
   without a marker); enzyme_const gives it none; an int is constant by default. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_dupnoneed, enzyme_const;

double g(double x, double y, double z) { return x * x * y + y / z - z * z * z * x + x * y * z; }

double scale(double a, int k) { return a * k + a * a * a / k; }

/* a tangent that never reaches the result */
double pick(double a, double b) { return a > 0.0 ? a * a : b; }

int main(void) {
    double x = 1.5, y = -0.5, z = 2.0;
    double dg_dx = __enzyme_fwddiff((void *)g, x, 1.0, y, 0.0, z, 0.0);
    double dg_dir = __enzyme_fwddiff((void *)g, enzyme_dup, x, 0.3, enzyme_dup, y, -1.2,
                                     enzyme_dup, z, 0.7);
    double dg_dz = __enzyme_fwddiff((void *)g, enzyme_const, x, enzyme_const, y, z, 1.0);
    double dscale = __enzyme_fwddiff((void *)scale, 0.8, 1.0, 3);
    double dscale2 = __enzyme_fwddiff((void *)scale, enzyme_dupnoneed, 0.8, 2.0, enzyme_const, 5);
    double dpick = __enzyme_fwddiff((void *)pick, 0.7, 1.0, 4.0, 1.0);
    printf("%s = %.17g\n", "dg_dx", dg_dx);
    printf("%s = %.17g\n", "dg_dir", dg_dir);
    printf("%s = %.17g\n", "dg_dz", dg_dz);
    printf("%s = %.17g\n", "dscale", dscale);
    printf("%s = %.17g\n", "dscale2", dscale2);
    printf("%s = %.17g\n", "dpick", dpick);
    fflush(stdout);
    return 0;
}
