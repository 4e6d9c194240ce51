// expect: da[0] = 24
// expect: da[1] = -2
// expect: da[2] = 15
// expect: da[3] = 2
// expect: da[4] = 40
// expect: dranked_energy = 22
// expect: dsorted[0] = 0.5
// expect: dsorted[3] = 1
/* Enzyme C interface: an in-place insertion sort (data-dependent swaps in a while loop that
   reads what it has just written) before a rank-weighted sum of squares.
   ranked_energy(a) = sum_i (i + 1) * sorted(a)_i^2, so d/da_j = 2 (rank(j) + 1) a_j, with the
   adjoints landing at the *original* positions of the values.  Reverse mode on
   a = {3, -1, 2.5, 0.5, 4} (ranks 3, 0, 2, 1, 4); forward mode with the tangent
   v = {1, 0.5, -1, 2, 0.25}: sum_j 2 (rank(j) + 1) a_j v_j = 24 - 1 - 15 + 4 + 10 = 22, and the
   tangents are sorted along with the values (the shadow ends as v permuted by the sort).
   Expected values by hand (exact in binary). */
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

static void insertion_sort(double *a, int n) {
    for (int i = 1; i < n; i++) {
        double key = a[i];
        int j = i;
        while (j > 0 && a[j - 1] > key) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = key;
    }
}

double ranked_energy(double *a, int n) {
    insertion_sort(a, n);
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * a[i] * a[i];
    return s;
}

int main(void) {
    double a[5] = {3.0, -1.0, 2.5, 0.5, 4.0}, da[5] = {0.0};
    __enzyme_autodiff((void *)ranked_energy, enzyme_dup, a, da, enzyme_const, 5);
    for (int i = 0; i < 5; i++) printf("da[%d] = %.17g\n", i, da[i]);

    double b[5] = {3.0, -1.0, 2.5, 0.5, 4.0}, v[5] = {1.0, 0.5, -1.0, 2.0, 0.25};
    double dt = __enzyme_fwddiff((void *)ranked_energy, enzyme_dup, b, v, enzyme_const, 5);
    printf("%s = %.17g\n", "dranked_energy", dt);
    printf("%s = %.17g\n", "dsorted[0]", v[0]);
    printf("%s = %.17g\n", "dsorted[3]", v[3]);
    fflush(stdout);
    return 0;
}
