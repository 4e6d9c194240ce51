// expect: dy[0] = -0.5
// expect: dy[1] = 5.5
// expect: dy[2] = 0.5
// expect: dAy[0] = -0.40000000000000002
// expect: dAy[2] = 0.80000000000000004
// expect: ddot_sq = -84.5625
// expect: dz[0] = 4
// expect: dz[1] = -1
/* Enzyme C interface, forward mode with arrays: a pointer is followed by its shadow, which
   holds the tangents of the values it points to (enzyme_dup; enzyme_dupnoneed for an output);
   input tangents are read from the shadow, output tangents are written to it. A function
   that returns void gets a void prototype. */
#include <stdio.h>

extern double __enzyme_fwddiff(void *, ...);
extern void __enzyme_fwddiff_void(void *, ...);
extern int enzyme_dup, enzyme_dupnoneed, enzyme_const;

/* y = A x (n x n, row major) */
void matvec(const double *A, const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++) s += A[i * n + j] * x[j];
        y[i] = s;
    }
}

double dot_sq(const double *a, const double *b, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s * s;
}

/* in-place update through one pointer: x[i] <- x[i] * x[i] + c */
void square_plus(double *x, double c, int n) {
    for (int i = 0; i < n; i++) x[i] = x[i] * x[i] + c;
}

int main(void) {
    double A[9] = {2.0, -1.0, 0.5, 1.0, 3.0, -2.0, 0.0, 1.5, 1.0};
    double dA[9] = {0.1, 0.0, 0.0, 0.0, -0.2, 0.0, 0.3, 0.0, 0.0};
    double x[3] = {1.0, -2.0, 0.5}, dx[3] = {0.5, 1.0, -1.0};
    double y[3], dy[3];
    __enzyme_fwddiff_void((void *)matvec, enzyme_const, A, enzyme_dup, x, dx, enzyme_dupnoneed,
                          y, dy, enzyme_const, 3);
    printf("%s = %.17g\n", "dy[0]", dy[0]);
    printf("%s = %.17g\n", "dy[1]", dy[1]);
    printf("%s = %.17g\n", "dy[2]", dy[2]);
    /* no markers: every pointer is followed by its shadow, the int is constant */
    __enzyme_fwddiff_void((void *)matvec, A, dA, x, dx, y, dy, 3);
    printf("%s = %.17g\n", "dAy[0]", dy[0]);
    printf("%s = %.17g\n", "dAy[2]", dy[2]);
    double b[3] = {0.25, 4.0, -1.0};
    double ddot = __enzyme_fwddiff((void *)dot_sq, enzyme_dup, x, dx, enzyme_const, b,
                                   enzyme_const, 3);
    printf("%s = %.17g\n", "ddot_sq", ddot);
    double z[2] = {1.5, -0.5}, dz[2] = {1.0, 2.0};
    __enzyme_fwddiff_void((void *)square_plus, z, dz, 0.25, 1.0, 2);
    printf("%s = %.17g\n", "dz[0]", dz[0]);
    printf("%s = %.17g\n", "dz[1]", dz[1]);
    fflush(stdout);
    return 0;
}
