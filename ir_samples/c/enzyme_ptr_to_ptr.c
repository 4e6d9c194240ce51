// expect: dspread_x[0] = -0.75
// expect: dspread_y[3] = 5
// expect: drows[0][1] = 1.5
// expect: drows[2][3] = 2.5
// expect: dgrid_fwd = 4
/* Enzyme C interface: pointers to pointers.
   - Points is a struct of arrays {double *x, *y; int n}; its shadow is a struct of the same
     layout whose x and y point to the shadow arrays.  spread(p) = sum_i (x_i - mx)^2 +
     (y_i - my)^2 with mx, my the means: d/dx_i = 2 (x_i - mx) (the means' terms cancel).
   - rows_energy(rows, nrows, ncols) takes an array of row pointers (double **, each row a
     separate array); its shadow is an array of pointers to the shadow rows.
     E = sum_{i,j} r_ij^2 / (i + 1) + r_ij r_{(i+1)%nrows, j}: dE/dr_ij = 2 r_ij / (i + 1) +
     r_{i+1,j} + r_{i-1,j} (indices mod nrows).  Forward mode of the same with one tangent
     row set to ones (the others zero): sum_j dE/dr_1j.  Values from the closed forms in
     numpy, checked by central differences. */
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

typedef struct {
    double *x;
    double *y;
    int n;
} Points;

double spread(const Points *p) {
    double mx = 0.0, my = 0.0;
    for (int i = 0; i < p->n; i++) {
        mx += p->x[i];
        my += p->y[i];
    }
    mx /= p->n;
    my /= p->n;
    double s = 0.0;
    for (int i = 0; i < p->n; i++)
        s += (p->x[i] - mx) * (p->x[i] - mx) + (p->y[i] - my) * (p->y[i] - my);
    return s;
}

double rows_energy(double **rows, int nrows, int ncols) {
    double e = 0.0;
    for (int i = 0; i < nrows; i++)
        for (int j = 0; j < ncols; j++)
            e += rows[i][j] * rows[i][j] / (i + 1) + rows[i][j] * rows[(i + 1) % nrows][j];
    return e;
}

int main(void) {
    double x[4] = {1.0, 2.0, -0.5, 3.0}, y[4] = {0.5, 0.0, 1.5, 4.0};
    double dx[4] = {0.0}, dy[4] = {0.0};
    Points p = {x, y, 4}, dp = {dx, dy, 4};
    __enzyme_autodiff((void *)spread, enzyme_dup, &p, &dp);
    printf("%s = %.17g\n", "dspread_x[0]", dx[0]);
    printf("%s = %.17g\n", "dspread_y[3]", dy[3]);

    double r0[4] = {1.0, -1.0, 0.5, 2.0}, r1[4] = {0.25, 3.0, -2.0, 1.0},
           r2[4] = {-1.5, 0.5, 1.0, -0.75};
    double d0[4] = {0.0}, d1[4] = {0.0}, d2[4] = {0.0};
    double *rows[3] = {r0, r1, r2}, *drows[3] = {d0, d1, d2};
    __enzyme_autodiff((void *)rows_energy, enzyme_dup, rows, drows, enzyme_const, 3,
                      enzyme_const, 4);
    printf("%s = %.17g\n", "drows[0][1]", d0[1]);
    printf("%s = %.17g\n", "drows[2][3]", d2[3]);

    double t0[4] = {0.0}, t1[4] = {1.0, 1.0, 1.0, 1.0}, t2[4] = {0.0};
    double *trows[3] = {t0, t1, t2};
    printf("%s = %.17g\n", "dgrid_fwd",
           __enzyme_fwddiff((void *)rows_energy, enzyme_dup, rows, trows, enzyme_const, 3,
                            enzyme_const, 4));
    fflush(stdout);
    return 0;
}
