// expect: da = -0.15939236216289532
// expect: db = 0.21056962477436522
// expect: dc = 2.4999999999999996
// expect: dt[0] = -1.7488035691189052
// expect: dt[1] = -0.21222798969284043
// expect: dt[2] = -1.2241471497535494
/* Enzyme C interface: three active doubles between a constant and a duplicated array; the
   three adjoints come back as a struct of three doubles through an sret pointer. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double da, db, dc;
} Grad3;

extern Grad3 __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double model(double a, double k, double b, const double *t, int n, double c) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += a * exp(-b * t[i]) * cos(k * t[i]) + c * t[i] * t[i];
    return s / (double)n;
}

int main(void) {
    double t[3] = {0.5, 1.0, 2.5};
    double dt[3] = {0};
    Grad3 g = __enzyme_autodiff((void *)model, enzyme_out, 2.0, enzyme_const, 3.0, enzyme_out,
                                0.4, enzyme_dup, t, dt, enzyme_const, 3, enzyme_out, -0.3);
    printf("%s = %.17g\n", "da", g.da);
    printf("%s = %.17g\n", "db", g.db);
    printf("%s = %.17g\n", "dc", g.dc);
    for (int i = 0; i < 3; i++) printf("dt[%d] = %.17g\n", i, dt[i]);
    fflush(stdout);
    return 0;
}
