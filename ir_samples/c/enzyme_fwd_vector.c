// expect: dfun_dx = 3.75
// expect: dfun_dy = 2
// expect: denergy[0] = 5.7585855298766786
// expect: denergy[1] = -6.3057334535454119
// expect: denergy[2] = 23.026411925247267
// expect: denergy[3] = 8.4778641680916635
// expect: dx_dr = 0.82533561490967833
// expect: dy_dr = 0.56464247339503537
// expect: dx_dtheta = -1.1292849467900707
// expect: dy_dtheta = 1.6506712298193567
/* Enzyme C interface, vector forward mode: `enzyme_width, N` before the arguments makes each
   duplicated argument take N tangents (a double) or N shadows (a pointer) in a row, and the
   call return N tangents: declared, as in Enzyme's tests, as a struct of N doubles (returned
   in registers for N = 2, through an sret pointer for N = 4). */
#include <math.h>
#include <stdio.h>

typedef struct {
    double dx, dy;
} Gradients;

typedef struct {
    double d[4];
} Tangents4;

extern Gradients __enzyme_fwddiff(void *, ...);
extern Tangents4 __enzyme_fwddiff4(void *, ...);
extern void __enzyme_fwddiff_void(void *, ...);
extern int enzyme_width, enzyme_dup, enzyme_dupnoneed, enzyme_const;

/* Enzyme's first vector-mode test function */
double fun(double x1, double x2) {
    double w3 = x1 * x2;
    double w4 = 1.0 / x1;
    return w3 + w4;
}

double energy(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * x[i] * x[i] * x[i] + sin(x[i]);
    return s * exp(-x[0] * x[1]);
}

/* a 2 -> 2 map writing its result through a pointer: its Jacobian in one width-2 pass */
void polar(const double *rt, double *xy) {
    xy[0] = rt[0] * cos(rt[1]);
    xy[1] = rt[0] * sin(rt[1]);
}

int main(void) {
    /* the gradient of fun at (2, 4): seeds (1, 0) and (0, 1) */
    Gradients g = __enzyme_fwddiff((void *)fun, enzyme_width, 2, 2.0, 1.0, 0.0, 4.0, 0.0, 1.0);
    printf("%s = %.17g\n", "dfun_dx", g.dx);
    printf("%s = %.17g\n", "dfun_dy", g.dy);

    /* the full gradient of a 4-variable function: four unit shadows */
    double x[4] = {0.5, -0.25, 1.5, 0.75};
    double e[4][4] = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    Tangents4 t = __enzyme_fwddiff4((void *)energy, enzyme_width, 4, enzyme_dup, x, e[0], e[1],
                                    e[2], e[3], enzyme_const, 4);
    printf("%s = %.17g\n", "denergy[0]", t.d[0]);
    printf("%s = %.17g\n", "denergy[1]", t.d[1]);
    printf("%s = %.17g\n", "denergy[2]", t.d[2]);
    printf("%s = %.17g\n", "denergy[3]", t.d[3]);

    /* the Jacobian of polar: columns in dxy0 and dxy1 */
    double rt[2] = {2.0, 0.6}, xy[2];
    double drt0[2] = {1.0, 0.0}, drt1[2] = {0.0, 1.0}, dxy0[2], dxy1[2];
    __enzyme_fwddiff_void((void *)polar, enzyme_width, 2, rt, drt0, drt1, enzyme_dupnoneed, xy,
                          dxy0, dxy1);
    printf("%s = %.17g\n", "dx_dr", dxy0[0]);
    printf("%s = %.17g\n", "dy_dr", dxy0[1]);
    printf("%s = %.17g\n", "dx_dtheta", dxy1[0]);
    printf("%s = %.17g\n", "dy_dtheta", dxy1[1]);
    fflush(stdout);
    return 0;
}
