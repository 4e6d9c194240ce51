/* Triple loop matrix multiply C = A B and the Frobenius norm squared of C. */
#include <stdio.h>

void matmul(const double *A, const double *B, double *C, int n, int k, int m) {
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
            double acc = 0.0;
            for (int p = 0; p < k; p++) {
                acc += A[i * k + p] * B[p * m + j];
            }
            C[i * m + j] = acc;
        }
    }
}

double frob2(const double *C, int len) {
    double s = 0.0;
    for (int i = 0; i < len; i++) s += C[i] * C[i];
    return s;
}

int main(void) {
    double A[6] = {1.0, 2.0, -1.0, 0.5, 0.0, 3.0};       /* 2x3 */
    double B[6] = {0.25, -1.0, 2.0, 1.0, -0.5, 0.75};    /* 3x2 */
    double C[4];
    matmul(A, B, C, 2, 3, 2);
    for (int i = 0; i < 4; i++) printf("C[%d] = %.17g\n", i, C[i]);
    printf("%s = %.17g\n", "frob2", frob2(C, 4));
    fflush(stdout);
    return 0;
}
