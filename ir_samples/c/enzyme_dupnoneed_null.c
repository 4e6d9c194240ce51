// expect: dx[0] = 4
// expect: dx[2] = -3
// expect: dw = 7.875
// expect: dout_after = 0
// expect: dy_fwd[1] = 4
// expect: dy_fwd[2] = 1.875
/* Enzyme C interface: enzyme_dupnoneed outputs whose primal pointer is null.  Only the shadow
   of such an output matters, so (as in Enzyme) the derivative skips the primal writes into
   it when the function never reads them back, and the caller may pass (double *)0.
   - scaled_squares(x, out, n, w): out[i] = w x_i^2 (only written): reverse mode with the
     seed dout = {1, 2, -0.5}: dx_i = 2 w x_i dout_i, dw = sum_i x_i^2 dout_i, and the seed is
     consumed: at x = {1, -2, 1.5}, w = 2, dx = {4, -16, -3} and dw = 7.875.
   - forward mode of the same with a null out and the tangents tx = {0.5, -0.25, 0.125},
     dw = 0.5: dy_i = 2 w x_i tx_i + x_i^2 dw = {2.5, 4, 1.875}.
   Expected values by hand. */
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern void __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

void scaled_squares(const double *x, double *out, int n, double w) {
    for (int i = 0; i < n; i++) out[i] = w * x[i] * x[i];
}

int main(void) {
    double x[3] = {1.0, -2.0, 1.5}, dx[3] = {0.0}, dout[3] = {1.0, 2.0, -0.5};
    double dw = __enzyme_autodiff((void *)scaled_squares, enzyme_dup, x, dx, enzyme_dupnoneed,
                                  (double *)0, dout, enzyme_const, 3, enzyme_out, 2.0);
    printf("%s = %.17g\n", "dx[0]", dx[0]);
    printf("%s = %.17g\n", "dx[2]", dx[2]);
    printf("%s = %.17g\n", "dw", dw);
    printf("%s = %.17g\n", "dout_after", dout[1]);
    double tx[3] = {0.5, -0.25, 0.125}, dy[3] = {0.0};
    __enzyme_fwddiff((void *)scaled_squares, enzyme_dup, x, tx, enzyme_dupnoneed, (double *)0,
                     dy, enzyme_const, 3, enzyme_dup, 2.0, 0.5);
    printf("%s = %.17g\n", "dy_fwd[1]", dy[1]);
    printf("%s = %.17g\n", "dy_fwd[2]", dy[2]);
    fflush(stdout);
    return 0;
}
