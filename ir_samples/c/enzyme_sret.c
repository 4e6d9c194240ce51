// expect: da = 0.70611439252228303
// expect: db = 2.892975591137422
// expect: dc = -3.1381975859225895
/* Enzyme C interface: three active arguments, the adjoints come back as a struct of three
   doubles, which the x86-64 ABI returns through an sret pointer (the call's first argument). */
#include <math.h>
#include <stdio.h>

typedef struct {
    double da, db, dc;
} Grad3;

extern Grad3 __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double triple(double a, double b, double c) { return a * exp(b) + pow(c, 3.0) * b + hypot(a, c); }

int main(void) {
    Grad3 g = __enzyme_autodiff((void *)triple, enzyme_out, 0.3, enzyme_out, -0.7, enzyme_out, 1.4);
    printf("%s = %.17g\n", "da", g.da);
    printf("%s = %.17g\n", "db", g.db);
    printf("%s = %.17g\n", "dc", g.dc);
    fflush(stdout);
    return 0;
}
