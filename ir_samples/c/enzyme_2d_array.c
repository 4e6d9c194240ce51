// expect: dA[0][1] = 18.5
// expect: dB[2][0] = 37
// expect: dgram[0][1] = 0.75
// expect: dgram[2][2] = 12
// expect: dvla[1][2] = 7
/* Enzyme C interface: two-dimensional arrays.
   - frob_product(a, b) = |A B|_F^2 with parameters `double a[][3]` and a local `double c[3][3]`:
     dA = 2 (A B) B^T, dB = 2 A^T (A B).
   - gram(a, out): out = A^T A, forward mode with out enzyme_dupnoneed: the tangent
     dout = dA^T A + A^T dA lands in the shadow of out.
   - row_energy(n, m, w) with a C99 variably modified parameter `double m[n][n]`:
     sum_i w_i (sum_j m_ij)^2, so dm_ij = 2 w_i sum_j m_ij.
   Values from the closed forms in numpy, checked by central differences. */
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern void __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

#define N 3

double frob_product(double a[][N], double b[][N]) {
    double c[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            c[i][j] = 0.0;
            for (int k = 0; k < N; k++) c[i][j] += a[i][k] * b[k][j];
        }
    double s = 0.0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) s += c[i][j] * c[i][j];
    return s;
}

void gram(double a[][N], double out[][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++) s += a[k][i] * a[k][j];
            out[i][j] = s;
        }
}

double row_energy(int n, double m[n][n], const double *w) {
    double e = 0.0;
    for (int i = 0; i < n; i++) {
        double r = 0.0;
        for (int j = 0; j < n; j++) r += m[i][j];
        e += w[i] * r * r;
    }
    return e;
}

int main(void) {
    double a[N][N] = {{1.0, 2.0, -1.0}, {0.5, -0.5, 3.0}, {2.0, 1.0, 0.0}};
    double b[N][N] = {{0.0, 1.0, 2.0}, {-1.0, 0.5, 1.0}, {1.5, -2.0, 0.25}};
    double da[N][N] = {{0.0}}, db[N][N] = {{0.0}};
    __enzyme_autodiff((void *)frob_product, enzyme_dup, a, da, enzyme_dup, b, db);
    printf("%s = %.17g\n", "dA[0][1]", da[0][1]);
    printf("%s = %.17g\n", "dB[2][0]", db[2][0]);

    double ta[N][N] = {{1.0, 0.5, 0.0}, {0.0, 0.0, 2.0}, {0.25, -1.0, 0.0}};
    double out[N][N], dout[N][N];
    __enzyme_fwddiff((void *)gram, enzyme_dup, a, ta, enzyme_dupnoneed, out, dout);
    printf("%s = %.17g\n", "dgram[0][1]", dout[0][1]);
    printf("%s = %.17g\n", "dgram[2][2]", dout[2][2]);

    double m[4][4] = {{1.0, 2.0, 3.0, 4.0}, {-1.0, 0.5, 0.25, 2.0},
                      {0.0, 1.0, -3.0, 1.5}, {2.0, 2.0, -1.0, 0.5}};
    double dm[4][4] = {{0.0}};
    double w[4] = {0.5, 2.0, -1.0, 0.25};
    __enzyme_autodiff((void *)row_energy, enzyme_const, 4, enzyme_dup, m, dm, enzyme_const, w);
    printf("%s = %.17g\n", "dvla[1][2]", dm[1][2]);
    fflush(stdout);
    return 0;
}
