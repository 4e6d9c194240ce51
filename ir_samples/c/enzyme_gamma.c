// expect: dlog_beta_da = -1.6681652073513817
// expect: dlog_beta_db = -0.49460876577174923
// expect: dgamma_mix = 7.8233252391284491
// expect: dgamma_mix_fwd = 7.8233252391284491
// expect: dmantissas[0] = 2.7999999999999998
// expect: dmantissas[1] = 2.6000000000000001
// expect: dmantissas[2] = 7.4250000000000007
// expect: dsplit[0] = 3.4099999999999993
// expect: dsplit[1] = 10.210000000000001
// expect: dsplit[2] = 2.7225000000000006
// expect: dwhole_after = 0
// expect: tsplit[0] = 3.4099999999999993
// expect: tsplit[1] = 10.210000000000001
// expect: tsplit[2] = 2.7225000000000006
// expect: twhole = 0
/* Enzyme C interface, reverse and forward mode through lgamma, tgamma (derivatives by
   digamma, which enzpy writes out), frexp (the exponent written through a pointer) and modf
   (the integral part written through a pointer carries no derivative). */
#include <math.h>
#include <stdio.h>

typedef struct {
    double da, db;
} Grad2;

extern Grad2 __enzyme_autodiff(void *, ...);
extern double __enzyme_autodiff1(void *, ...);
extern void __enzyme_autodiff_void(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern void __enzyme_fwddiff_void(void *, ...);
extern int enzyme_dup, enzyme_dupnoneed, enzyme_const, enzyme_out;

/* log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b) */
double log_beta(double a, double b) { return lgamma(a) + lgamma(b) - lgamma(a + b); }

/* arguments between the poles below zero, in (0, 1) and large */
double gamma_mix(double x) {
    return lgamma(-0.4 * x - 0.1) + tgamma(0.5 * x - 1.8) + tgamma(0.6 * x) +
           lgamma(40.0 * x) / 100.0;
}

/* sum of e m^2 over (m, e) = frexp(4 (i + 1) x[i]) */
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
    Grad2 g = __enzyme_autodiff((void *)log_beta, enzyme_out, 0.8, enzyme_out, 1.7);
    printf("%s = %.17g\n", "dlog_beta_da", g.da);
    printf("%s = %.17g\n", "dlog_beta_db", g.db);
    printf("%s = %.17g\n", "dgamma_mix", __enzyme_autodiff1((void *)gamma_mix, 1.1));
    printf("%s = %.17g\n", "dgamma_mix_fwd", __enzyme_fwddiff((void *)gamma_mix, 1.1, 1.0));

    double x[3] = {0.7, 1.3, 0.55}, dx[3] = {0};
    __enzyme_autodiff_void((void *)mantissas, enzyme_dup, x, dx, enzyme_const, 3);
    for (int i = 0; i < 3; i++) printf("dmantissas[%d] = %.17g\n", i, dx[i]);

    /* the seeds in the shadows of the outputs are consumed: dwhole is zero afterwards */
    double frac[3], dfrac[3] = {1.0, 1.0, 1.0}, whole[3], dwhole[3] = {1.0, 1.0, 1.0};
    double ddx[3] = {0};
    __enzyme_autodiff_void((void *)split, enzyme_dup, x, ddx, enzyme_dup, frac, dfrac,
                           enzyme_dup, whole, dwhole, enzyme_const, 3);
    for (int i = 0; i < 3; i++) printf("dsplit[%d] = %.17g\n", i, ddx[i]);
    printf("%s = %.17g\n", "dwhole_after", dwhole[0] + dwhole[1] + dwhole[2]);

    double tx[3] = {1.0, 1.0, 1.0}, tfrac[3], twhole[3];
    __enzyme_fwddiff_void((void *)split, enzyme_dup, x, tx, enzyme_dupnoneed, frac, tfrac,
                          enzyme_dupnoneed, whole, twhole, enzyme_const, 3);
    for (int i = 0; i < 3; i++) printf("tsplit[%d] = %.17g\n", i, tfrac[i]);
    printf("%s = %.17g\n", "twhole", twhole[0] + twhole[1] + twhole[2]);
    fflush(stdout);
    return 0;
}
