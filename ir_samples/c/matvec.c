/* Nested loops: y = A x, and the quadratic form x^T A x. */
#include <stdio.h>

void matvec(const double *A, const double *x, double *y, int m, int n) {
    for (int i = 0; i < m; i++) {
        double acc = 0.0;
        for (int j = 0; j < n; j++) {
            acc += A[i * n + j] * x[j];
        }
        y[i] = acc;
    }
}

double quadform(const double *A, const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            s += x[i] * A[i * n + j] * x[j];
        }
    }
    return s;
}

int main(void) {
    double A[9] = {2.0, -1.0, 0.5, 0.25, 3.0, -2.0, 1.0, 1.5, 4.0};
    double x[3] = {1.0, -0.5, 2.0};
    double y[3];
    matvec(A, x, y, 3, 3);
    printf("%s = %.17g\n", "y[0]", y[0]);
    printf("%s = %.17g\n", "y[1]", y[1]);
    printf("%s = %.17g\n", "y[2]", y[2]);
    printf("%s = %.17g\n", "quadform", quadform(A, x, 3));
    fflush(stdout);
    return 0;
}
