// expect: dwin[0] = 0.15445347582913594815
// expect: dwin[2] = 7.2203500819431954321
// expect: dwin[4] = 22.317109377036553891
// expect: dc = -5
// expect: dsrc[1] = 6
// expect: ddst[1] = 0
/* Enzyme C interface: memcpy and a buffer grown with realloc inside the differentiated code.
   - window_energy(x, n, w): memcpy of x into a local array, sin of each value, then the
     squares of the sums of every window of w values pushed onto a malloc'd buffer that
     doubles with realloc when full (capacity 2 -> 4 -> 8 for n - w + 1 = 5 windows), finally
     sum_j (j + 1) window_j^2.  Gradient by central differences in 50-digit arithmetic
     (mpmath), step sizes 1e-10, 1e-15, 1e-20 agreeing to 20 digits, and the closed form
     cos(x_j) sum_{windows i holding j} 2 (i + 1) s_i.
   - copy_scaled(dst, src, n, c): memcpy(dst, src) then dst[i] *= c, with the seed in the shadow
     of dst: dc = sum_i ddst_i src_i, dsrc_i += c ddst_i, and the seed is consumed (ddst = 0). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double window_energy(const double *x, int n, int w) {
    double local[16];
    memcpy(local, x, n * sizeof(double));
    for (int i = 0; i < n; i++) local[i] = sin(local[i]);
    int cap = 2, len = 0;
    double *buf = (double *)malloc(cap * sizeof(double));
    for (int i = 0; i + w <= n; i++) {
        double s = 0.0;
        for (int k = 0; k < w; k++) s += local[i + k];
        if (len == cap) {
            cap *= 2;
            buf = (double *)realloc(buf, cap * sizeof(double));
        }
        buf[len++] = s * s;
    }
    double total = 0.0;
    for (int j = 0; j < len; j++) total += (j + 1) * buf[j];
    free(buf);
    return total;
}

void copy_scaled(double *dst, const double *src, int n, double c) {
    memcpy(dst, src, n * sizeof(double));
    for (int i = 0; i < n; i++) dst[i] *= c;
}

int main(void) {
    double x[7] = {0.3, -1.2, 0.8, 2.0, -0.4, 1.1, 0.05}, dx[7] = {0.0};
    double e = __enzyme_autodiff((void *)window_energy, enzyme_dup, x, dx, enzyme_const, 7,
                                 enzyme_const, 3);
    (void)e;
    printf("%s = %.17g\n", "dwin[0]", dx[0]);
    printf("%s = %.17g\n", "dwin[2]", dx[2]);
    printf("%s = %.17g\n", "dwin[4]", dx[4]);

    double src[3] = {1.5, -2.0, 0.25}, dsrc[3] = {0.0}, dst[3], ddst[3] = {1.0, 3.0, -2.0};
    double dc = __enzyme_autodiff((void *)copy_scaled, enzyme_dup, dst, ddst, enzyme_dup, src,
                                  dsrc, enzyme_const, 3, enzyme_out, 2.0);
    printf("%s = %.17g\n", "dc", dc);
    printf("%s = %.17g\n", "dsrc[1]", dsrc[1]);
    printf("%s = %.17g\n", "ddst[1]", ddst[1]);
    fflush(stdout);
    return 0;
}
