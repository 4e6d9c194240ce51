// expect: dbeta = -0.17328805889702581
// expect: dx[0] = 0.072824561304554697
// expect: dx[1] = 0.53810476885936886
// expect: dx[2] = 0.0059778040144704055
// expect: dx[3] = 0.32637704045078719
// expect: dx[4] = 0.056715825370818727
/* Enzyme C interface: the differentiated function allocates a temporary array with malloc and
   frees it.  smooth_max(x, n, beta) = log(sum_i exp(beta * x_i)) / beta. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double smooth_max(const double *x, int n, double beta) {
    double *w = (double *)malloc(sizeof(double) * (size_t)n);
    for (int i = 0; i < n; i++) w[i] = exp(beta * x[i]);
    double s = 0.0;
    for (int i = 0; i < n; i++) s += w[i];
    free(w);
    return log(s) / beta;
}

int main(void) {
    double x[5] = {0.3, 1.1, -0.7, 0.9, 0.2};
    double dx[5] = {0};
    double dbeta = __enzyme_autodiff((void *)smooth_max, enzyme_dup, x, dx, enzyme_const, 5,
                                     enzyme_out, 2.5);
    printf("%s = %.17g\n", "dbeta", dbeta);
    for (int i = 0; i < 5; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    fflush(stdout);
    return 0;
}
