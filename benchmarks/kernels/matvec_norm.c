/* y = A x for a row-major m x n matrix, then the Euclidean norm of y. */
#include <math.h>

double matvec_norm(const double *A, const double *x, double *y, int m, int n) {
    for (int i = 0; i < m; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++)
            s += A[i * n + j] * x[j];
        y[i] = s;
    }
    double nrm = 0.0;
    for (int i = 0; i < m; i++)
        nrm += y[i] * y[i];
    return sqrt(nrm);
}
