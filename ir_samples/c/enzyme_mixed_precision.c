// expect-float: dx[1] = -1.25
// expect: dw[0] = -0.291015625
// expect: dw[2] = 0.646484375
// expect-float: dmixed_da = 2.2522578899162150574
// expect-float: dmixed_db = 2.5114846193555862143
// expect-float: dmixed_both = 4.7637425092718012717
/* Enzyme C interface mixing float and double in one function.
   - weighted_mean_sq(x, w, n) = sum_i w_i x_i^2 / sum_i w_i, with x a float array (its shadow
     a float array) and w a double array, accumulated in double:
     dx_i = 2 w_i x_i / W and dw_i = (x_i^2 - m) / W, W = sum w, m the result.
   - mixed(a, b) = (a * a computed in float) * b + sinf(a) * b with a float and b a double,
     in vector forward mode of width 3 (enzyme_width, 3) through a non-variadic prototype:
     the three tangent directions (1, 0), (0, 1), (1, 1) give d/da = (2 a + cos a) b,
     d/db = a^2 + sin a and their sum; the three come back as a struct of three doubles
     (through an sret pointer).  Values from the closed forms with mpmath; the float ones are
     compared as floats. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double d0, d1, d2;
} Tangents3;

extern double __enzyme_autodiff(void *, ...);
extern Tangents3 __enzyme_fwddiff3(void *, int, int, float, float, float, float, double,
                                   double, double, double);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed, enzyme_width;

double weighted_mean_sq(const float *x, const double *w, int n) {
    double s = 0.0, ws = 0.0;
    for (int i = 0; i < n; i++) {
        s += w[i] * x[i] * x[i];
        ws += w[i];
    }
    return s / ws;
}

double mixed(float a, double b) { return (double)(a * a) * b + (double)sinf(a) * b; }

int main(void) {
    float x[4] = {0.5f, -1.25f, 2.0f, 0.75f}, dx[4] = {0.0f};
    double w[4] = {1.0, 2.0, 0.5, 0.5}, dw[4] = {0.0};
    __enzyme_autodiff((void *)weighted_mean_sq, enzyme_dup, x, dx, enzyme_dup, w, dw,
                      enzyme_const, 4);
    printf("%s = %.17g\n", "dx[1]", (double)dx[1]);
    printf("%s = %.17g\n", "dw[0]", dw[0]);
    printf("%s = %.17g\n", "dw[2]", dw[2]);
    Tangents3 t = __enzyme_fwddiff3((void *)mixed, enzyme_width, 3, 1.25f, 1.0f, 0.0f, 1.0f, 0.8,
                                    0.0, 1.0, 1.0);
    printf("%s = %.17g\n", "dmixed_da", t.d0);
    printf("%s = %.17g\n", "dmixed_db", t.d1);
    printf("%s = %.17g\n", "dmixed_both", t.d2);
    fflush(stdout);
    return 0;
}
