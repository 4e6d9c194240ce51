// expect: dd = 2.9413210797438776
// expect: ac.da = -3.4234849462363774
// expect: ac.dc = -1.188202047446445
// expect: g.da = -3.4234849462363774
// expect: g.db = 0.36560062998352155
// expect: g.dc = -1.188202047446445
// expect: g.dd = 2.9413210797438776
/* Enzyme C interface: a scalar function of four doubles, differentiated with three activity
   patterns on the same function (one derivative is generated per pattern):
   only d active (the result is a double), a and c active (a struct of two doubles, returned in
   registers; c has no marker: a double is active by default), and all four active without
   markers (a struct of four doubles, returned through an sret pointer). */
#include <math.h>
#include <stdio.h>

typedef struct {
    double da, dc;
} GradAC;

typedef struct {
    double da, db, dc, dd;
} Grad4;

extern double __enzyme_autodiff(void *, ...);
extern GradAC __enzyme_autodiff_ac(void *, ...);
extern Grad4 __enzyme_autodiff_all(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double energy(double a, double b, double c, double d) {
    return a * b * c + exp(a - d) * sin(b * c) + d * d / (1.0 + a * a);
}

int main(void) {
    double a = 0.7, b = -1.3, c = 0.4, d = 2.1;
    double dd = __enzyme_autodiff((void *)energy, enzyme_const, a, enzyme_const, b,
                                  enzyme_const, c, enzyme_out, d);
    GradAC ac = __enzyme_autodiff_ac((void *)energy, enzyme_out, a, enzyme_const, b, c,
                                     enzyme_const, d);
    Grad4 g = __enzyme_autodiff_all((void *)energy, a, b, c, d);
    printf("%s = %.17g\n", "dd", dd);
    printf("%s = %.17g\n", "ac.da", ac.da);
    printf("%s = %.17g\n", "ac.dc", ac.dc);
    printf("%s = %.17g\n", "g.da", g.da);
    printf("%s = %.17g\n", "g.db", g.db);
    printf("%s = %.17g\n", "g.dc", g.dc);
    printf("%s = %.17g\n", "g.dd", g.dd);
    fflush(stdout);
    return 0;
}
