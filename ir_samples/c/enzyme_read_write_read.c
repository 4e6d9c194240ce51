// expect: dx = 12
// expect: x_after = 8
// expect: dret_after = 0
// expect: dsq[0] = 2
// expect: dsq[3] = 8
// expect: dsmooth[0] = 2.391216278076171875
// expect: dsmooth[2] = 0.937847137451171875
/* Enzyme C interface: memory that is read, overwritten and read again.
   - readwriteread(x, ret): noinline helpers read *x, overwrite it with *x * (*x)^2, then read
     it back into *ret, so *ret = x^3 and dx = 3 x^2 = 12 at x = 2; the primal x ends as 8 and
     the seed in the shadow of ret is consumed (zeroed), as in Enzyme.
   - square_all(a, n): a[i] *= a[i] for i = 0..n (inclusive bound), first called with a null
     pointer and n = -1 (no iteration); the shadow holds the seed 1 and receives 2 a[i].
   - smooth(u, n, steps): an in-place Gauss-Seidel sweep u[i] = 0.5 u[i] + 0.25 (u[i-1] +
     u[i+1]) repeated, then the sum of squares: a linear map M, so the gradient is 2 M^T M u0.
     Expected values from numpy (M built column by column with the same loop), checked by
     central differences in 40-digit arithmetic (mpmath). */
#include <stdio.h>

extern void __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

__attribute__((noinline)) double f_read(double *x) { return (*x) * (*x); }

__attribute__((noinline)) void g_write(double *x, double product) { *x = (*x) * product; }

__attribute__((noinline)) double h_read(double *x) { return *x; }

double readwriteread_helper(double *x) {
    double product = f_read(x);
    g_write(x, product);
    return h_read(x);
}

void readwriteread(double *__restrict x, double *__restrict ret) { *ret = readwriteread_helper(x); }

void square_all(double *a, int n) {
    for (int i = 0; i <= n; i++) a[i] *= a[i];
}

double smooth(double *u, int n, int steps) {
    for (int s = 0; s < steps; s++)
        for (int i = 1; i < n - 1; i++) u[i] = 0.5 * u[i] + 0.25 * (u[i - 1] + u[i + 1]);
    double e = 0.0;
    for (int i = 0; i < n; i++) e += u[i] * u[i];
    return e;
}

int main(void) {
    double x = 2.0, dx = 0.0, ret = 0.0, dret = 1.0;
    __enzyme_autodiff((void *)readwriteread, &x, &dx, &ret, &dret);
    printf("%s = %.17g\n", "dx", dx);
    printf("%s = %.17g\n", "x_after", x);
    printf("%s = %.17g\n", "dret_after", dret);

    __enzyme_autodiff((void *)square_all, enzyme_dup, (double *)0, (double *)0, enzyme_const, -1);
    double a[4] = {1.0, 2.0, 3.0, 4.0}, da[4] = {1.0, 1.0, 1.0, 1.0};
    __enzyme_autodiff((void *)square_all, enzyme_dup, a, da, enzyme_const, 3);
    printf("%s = %.17g\n", "dsq[0]", da[0]);
    printf("%s = %.17g\n", "dsq[3]", da[3]);

    double u[5] = {1.0, -2.0, 0.5, 3.0, -1.0}, du[5] = {0.0};
    __enzyme_autodiff((void *)smooth, enzyme_dup, u, du, enzyme_const, 5, enzyme_const, 2);
    printf("%s = %.17g\n", "dsmooth[0]", du[0]);
    printf("%s = %.17g\n", "dsmooth[2]", du[2]);
    fflush(stdout);
    return 0;
}
