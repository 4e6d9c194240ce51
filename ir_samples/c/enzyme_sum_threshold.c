// expect: dvec[0] = 2
// expect: dvec[1] = 2.4
// expect: dvec[2] = 1
// expect: dvec[3] = 0
// expect: dsumtil_fwd = 5.4
// expect: dgeom = 6.199389810688
// expect: dgeom_fwd = 12.398779621376
/* Enzyme C interface: loops that stop on a value.
   - sumtil(vec, n) adds vec[i]^2 until the sum exceeds 2.5 (a break out of a for loop):
     at vec = {1, 1.2, 0.5, 2} it stops after i = 2 (1 + 1.44 + 0.25 = 2.69), so the gradient is
     {2, 2.4, 1, 0} and the forward tangent with all-ones is 5.4.
   - geom(x) sums x^k while the term exceeds 1e-3 (a while loop on a float condition): at
     x = 0.6 that is k = 0..13 (0.6^13 = 1.3e-3, 0.6^14 = 7.8e-4), so d/dx = sum_{k=1}^{13}
     k 0.6^(k-1) (sympy, exact rational, printed to 17 digits); forward mode with tangent 2.
*/
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double sumtil(const double *vec, int n) {
    double ret = 0.0;
    for (int i = 0; i < n; i++) {
        ret += vec[i] * vec[i];
        if (ret > 2.5) break;
    }
    return ret;
}

double geom(double x) {
    double term = 1.0, s = 0.0;
    while (term > 1e-3) {
        s += term;
        term *= x;
    }
    return s;
}

int main(void) {
    double vec[4] = {1.0, 1.2, 0.5, 2.0}, dvec[4] = {0.0};
    __enzyme_autodiff((void *)sumtil, enzyme_dup, vec, dvec, enzyme_const, 4);
    for (int i = 0; i < 4; i++) printf("dvec[%d] = %.17g\n", i, dvec[i]);
    double ones[4] = {1.0, 1.0, 1.0, 1.0};
    printf("%s = %.17g\n", "dsumtil_fwd",
           __enzyme_fwddiff((void *)sumtil, enzyme_dup, vec, ones, enzyme_const, 4));
    printf("%s = %.17g\n", "dgeom", __enzyme_autodiff((void *)geom, enzyme_out, 0.6));
    printf("%s = %.17g\n", "dgeom_fwd", __enzyme_fwddiff((void *)geom, 0.6, 2.0));
    fflush(stdout);
    return 0;
}
