// expect: drosen_dx = -251
// expect: drosen_dy = 250
/* Enzyme C interface: two active arguments, the adjoints come back as a struct of two doubles
   (returned in registers: clang gives the call the IR return type { double, double }). */
#include <math.h>
#include <stdio.h>

typedef struct {
    double dx, dy;
} Grad2;

extern Grad2 __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double rosenbrock(double x, double y) {
    return (1.0 - x) * (1.0 - x) + 100.0 * (y - x * x) * (y - x * x);
}

int main(void) {
    Grad2 g = __enzyme_autodiff((void *)rosenbrock, enzyme_out, 0.5, enzyme_out, 1.5);
    printf("%s = %.17g\n", "drosen_dx", g.dx);
    printf("%s = %.17g\n", "drosen_dy", g.dy);
    fflush(stdout);
    return 0;
}
