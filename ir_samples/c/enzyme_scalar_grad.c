// expect: dsquare(3) = 6
// expect: dsquare(-1.5) = -3
// expect: dwave(0.7) = 1.7819889142025205
// expect: dmixed_dy(0.8, 1.2) = 0.33892376692765286
/* Enzyme C interface: gradient of scalar functions with an active double argument
   (the getting-started example, plus a libm-heavy one and a two-argument one). */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double square(double x) { return x * x; }

double dsquare(double x) {
    /* This returns the derivative of square, 2 * x */
    return __enzyme_autodiff((void *)square, x);
}

double wave(double x) { return sin(x) * exp(-0.5 * x) + x * x * x; }

double dwave(double x) { return __enzyme_autodiff((void *)wave, enzyme_out, x); }

double mixed(double x, double y) { return x * y + log(1.0 + x * x) * cos(y); }

/* derivative with respect to y only: x is constant */
double dmixed_dy(double x, double y) {
    return __enzyme_autodiff((void *)mixed, enzyme_const, x, enzyme_out, y);
}

int main(void) {
    printf("%s = %.17g\n", "dsquare(3)", dsquare(3.0));
    printf("%s = %.17g\n", "dsquare(-1.5)", dsquare(-1.5));
    printf("%s = %.17g\n", "dwave(0.7)", dwave(0.7));
    printf("%s = %.17g\n", "dmixed_dy(0.8, 1.2)", dmixed_dy(0.8, 1.2));
    fflush(stdout);
    return 0;
}
