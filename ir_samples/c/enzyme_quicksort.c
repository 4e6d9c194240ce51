// expect: da[0] = 1.08
// expect: da[1] = 8.64
// expect: da[2] = 131.25
// expect: da[6] = 14.52
// expect: dsorted_cubes = -6.7875
// expect: dsorted[0] = 0.5
// expect: dsorted[6] = 0.25
/* Enzyme C interface: a recursive quicksort on pointers.  quicksort(lo, hi) sorts [lo, hi)
   in place, recursing on both halves around the pointer that partition() returns (a helper
   of the recursive function that returns a pointer into the array: the derivative needs
   its shadow).  sorted_cubes(a, n) = sum_i (i + 1) sorted(a)_i^3, so d/da_j =
   3 (rank(j) + 1) a_j^2 at the original positions: at a = {0.3, -1.2, 2.5, 0.8, -0.4, 1.9,
   -2.2} (ranks 3, 1, 6, 4, 2, 5, 0) that is {1.08, 8.64, 131.25, 9.6, 1.44, 64.98, 14.52}.
   Forward mode with the tangent v = {1, -0.5, 0.25, 2, 1.5, -1, 0.5}: sum_j d_j v_j =
   -6.7875, and the shadow ends sorted with the values (v in sorted order).
   Expected values by hand (Python for the sums). */
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

static void swap(double *x, double *y) {
    double t = *x;
    *x = *y;
    *y = t;
}

/* Lomuto partition of [lo, hi) around hi[-1]; returns where the pivot lands */
static double *partition(double *lo, double *hi) {
    double pivot = hi[-1];
    double *store = lo;
    for (double *p = lo; p < hi - 1; p++)
        if (*p < pivot) swap(p, store++);
    swap(store, hi - 1);
    return store;
}

static void quicksort(double *lo, double *hi) {
    if (hi - lo < 2) return;
    double *mid = partition(lo, hi);
    quicksort(lo, mid);
    quicksort(mid + 1, hi);
}

double sorted_cubes(double *a, int n) {
    quicksort(a, a + n);
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * a[i] * a[i] * a[i];
    return s;
}

int main(void) {
    double a[7] = {0.3, -1.2, 2.5, 0.8, -0.4, 1.9, -2.2}, da[7] = {0.0};
    __enzyme_autodiff((void *)sorted_cubes, enzyme_dup, a, da, enzyme_const, 7);
    printf("%s = %.17g\n", "da[0]", da[0]);
    printf("%s = %.17g\n", "da[1]", da[1]);
    printf("%s = %.17g\n", "da[2]", da[2]);
    printf("%s = %.17g\n", "da[6]", da[6]);
    double b[7] = {0.3, -1.2, 2.5, 0.8, -0.4, 1.9, -2.2};
    double v[7] = {1.0, -0.5, 0.25, 2.0, 1.5, -1.0, 0.5};
    printf("%s = %.17g\n", "dsorted_cubes",
           __enzyme_fwddiff((void *)sorted_cubes, enzyme_dup, b, v, enzyme_const, 7));
    printf("%s = %.17g\n", "dsorted[0]", v[0]);
    printf("%s = %.17g\n", "dsorted[6]", v[6]);
    fflush(stdout);
    return 0;
}
