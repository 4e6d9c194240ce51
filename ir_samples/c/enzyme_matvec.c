// expect: dx[0] = 6.75
// expect: dx[1] = -8.625
// expect: dx[2] = 2.875
// expect: dA[0] = 3.75
// expect: dA[5] = -1.75
// expect: dA[7] = -3
/* Enzyme C interface: arrays with enzyme_dup (the matrix and the vector get shadows), a
   constant array (the target b, enzyme_const) and a constant int.
   loss(A, x, b, n) = 0.5 * |A x - b|^2;  dloss/dx = A^T r,  dloss/dA = r x^T  with r = A x - b. */
#include <stdio.h>

extern void __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double quad_loss(const double *A, const double *x, const double *b, int n) {
    double loss = 0.0;
    for (int i = 0; i < n; i++) {
        double r = -b[i];
        for (int j = 0; j < n; j++) r += A[i * n + j] * x[j];
        loss += 0.5 * r * r;
    }
    return loss;
}

int main(void) {
    double A[9] = {2.0, -1.0, 0.5, 0.0, 1.5, 1.0, -0.5, 0.25, 3.0};
    double dA[9] = {0};
    double x[3] = {1.0, -2.0, 0.5};
    double dx[3] = {0};
    double b[3] = {0.5, 1.0, -1.0};
    __enzyme_autodiff((void *)quad_loss, enzyme_dup, A, dA, enzyme_dup, x, dx, enzyme_const, b,
                      enzyme_const, 3);
    for (int i = 0; i < 3; i++) printf("dx[%d] = %.17g\n", i, dx[i]);
    printf("%s = %.17g\n", "dA[0]", dA[0]);
    printf("%s = %.17g\n", "dA[5]", dA[5]);
    printf("%s = %.17g\n", "dA[7]", dA[7]);
    fflush(stdout);
    return 0;
}
