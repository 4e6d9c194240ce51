// expect: da = 0.87952374863088856
// expect: db = -3.2555670025867895
// expect: dw[0] = 0.28897835991107801
// expect: dw[1] = 0.67013150627482487
// expect: dw[2] = -0.041514624361251418
/* Enzyme C interface: active scalars around a duplicated array and a constant int; the two
   adjoints come back as a struct of two doubles (in registers), the array's in its shadow. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double da, db;
} Grad2;

extern Grad2 __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double blend(double a, const double *w, int n, double b) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += w[i] * pow(a, (double)i) / (1.0 + b * w[i] * w[i]);
    return s * exp(-a * b);
}

int main(void) {
    double w[3] = {1.0, -0.5, 2.0};
    double dw[3] = {0};
    Grad2 g = __enzyme_autodiff((void *)blend, enzyme_out, 1.2, enzyme_dup, w, dw, enzyme_const,
                                3, enzyme_out, 0.3);
    printf("%s = %.17g\n", "da", g.da);
    printf("%s = %.17g\n", "db", g.db);
    for (int i = 0; i < 3; i++) printf("dw[%d] = %.17g\n", i, dw[i]);
    fflush(stdout);
    return 0;
}
