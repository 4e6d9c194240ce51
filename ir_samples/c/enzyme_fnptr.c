// expect: dgauss_area = -0.22289022585739570426
// expect: dmixed_area = 0.066748621362563300938
// expect: dapply = -0.028264050222436126782
/* Enzyme C interface: functions that take function pointers.
   - trapezoid(f, p, a, b, n) integrates f(t, p) over [a, b] with the trapezoid rule; the
     differentiated gauss_area(p) passes it a static integrand exp(-p t^2), and mixed_area(p)
     picks one of two integrands through a table of function pointers indexed by an int.
     d/dp of the trapezoid sum is the trapezoid sum of df/dp over the same (exact) nodes:
     -t^2 exp(-p t^2) and t cos(p t) e^-t.
   - apply_n(f, x, n) is differentiated with the function pointer itself as an argument
     (enzyme_const): it applies f = squash, x -> sin(x) / (1 + x^2), three times.
   Values with mpmath at 40 digits (the closed forms, and mpmath.diff of the same sums). */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

typedef double (*integrand_t)(double t, double p);

static double gaussian(double t, double p) { return exp(-p * t * t); }
static double oscillating(double t, double p) { return sin(p * t) * exp(-t); }

static double trapezoid(integrand_t f, double p, double a, double b, int n) {
    double h = (b - a) / n;
    double s = 0.5 * (f(a, p) + f(b, p));
    for (int i = 1; i < n; i++) s += f(a + i * h, p);
    return s * h;
}

double gauss_area(double p) { return trapezoid(gaussian, p, 0.0, 1.0, 16); }

static const integrand_t table[2] = {gaussian, oscillating};

double mixed_area(double p, int which) { return trapezoid(table[which], p, 0.0, 2.0, 8); }

static double squash(double x) { return sin(x) / (1.0 + x * x); }

double apply_n(double (*f)(double), double x, int n) {
    for (int i = 0; i < n; i++) x = f(x);
    return x;
}

int main(void) {
    printf("%s = %.17g\n", "dgauss_area", __enzyme_autodiff((void *)gauss_area, 0.7));
    printf("%s = %.17g\n", "dmixed_area",
           __enzyme_autodiff((void *)mixed_area, enzyme_out, 1.3, enzyme_const, 1));
    printf("%s = %.17g\n", "dapply",
           __enzyme_autodiff((void *)apply_n, enzyme_const, squash, enzyme_out, 0.9,
                             enzyme_const, 3));
    fflush(stdout);
    return 0;
}
