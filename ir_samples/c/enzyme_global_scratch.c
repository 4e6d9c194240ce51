// expect: dx1[0] = 3.75
// expect: dx1[2] = 19.875
// expect: dx2[0] = -4.6875
// expect: dx2[4] = 22.317809041582063
// expect: evaluations = 2
// expect: dmoment = 36
// expect: dcorners = 4.0766774339021664881
// expect: dcorners_fwd = 4.0766774339021664881
/* Enzyme C interface: globals inside the differentiated function.
   - pairwise(x, n) uses a file-scope array as scratch (work[i] = x_i^2 + c_i with c a constant
     global table), an integer global that counts the calls, and a mutable global scale read
     (never written) by the function:
       E = scale * sum_{i<n-1} work_i work_{i+1} + sqrt(work_{n-1}),
     so dE/dx_i = 2 x_i (scale (work_{i-1} + work_{i+1}) + [i = n-1] / (2 sqrt(work_{n-1}))).
     It is differentiated twice at different points: the scratch's derivative must not leak
     from one call into the next, and the primal must run once per call (evaluations = 2).
   - moment(x, n) accumulates into a global double (the running total) and returns it.
   - corners(x) writes fixed elements of the scratch array (constant addresses into the
     global) and reads them back: d/dx (x^2 sin x + 2 x^2) = 2 x sin x + x^2 cos x + 4 x,
     in reverse and forward mode.
   Values from the closed form in numpy, checked by central differences. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

static double work[8];
static const double offsets[4] = {0.5, 1.0, -0.25, 2.0};
int evaluations;
double scale = 1.5;
double total;

double pairwise(const double *x, int n) {
    evaluations++;
    for (int i = 0; i < n; i++) work[i] = x[i] * x[i] + offsets[i % 4];
    double s = 0.0;
    for (int i = 0; i + 1 < n; i++) s += work[i] * work[i + 1];
    return scale * s + sqrt(work[n - 1]);
}

double moment(const double *x, int n) {
    total = 0.0;
    for (int i = 0; i < n; i++) total += (i + 1) * x[i] * x[i] * x[i];
    return total;
}

double corners(double x) {
    work[0] = x;
    work[1] = x * x;
    work[2] = sin(x);
    work[3] = 2.0 * x;
    return work[1] * work[2] + work[3] * work[0];
}

int main(void) {
    double x1[5] = {1.0, -0.5, 2.0, 0.25, 1.5}, dx1[5] = {0.0};
    __enzyme_autodiff((void *)pairwise, enzyme_dup, x1, dx1, enzyme_const, 5);
    printf("%s = %.17g\n", "dx1[0]", dx1[0]);
    printf("%s = %.17g\n", "dx1[2]", dx1[2]);
    double x2[5] = {-1.0, 0.75, 0.5, 1.25, 2.0}, dx2[5] = {0.0};
    __enzyme_autodiff((void *)pairwise, enzyme_dup, x2, dx2, enzyme_const, 5);
    printf("%s = %.17g\n", "dx2[0]", dx2[0]);
    printf("%s = %.17g\n", "dx2[4]", dx2[4]);
    printf("%s = %d\n", "evaluations", evaluations);
    double dm[3] = {0.0};
    __enzyme_autodiff((void *)moment, enzyme_dup, x1, dm, enzyme_const, 3);
    printf("%s = %.17g\n", "dmoment", dm[2]);
    printf("%s = %.17g\n", "dcorners", __enzyme_autodiff((void *)corners, 0.7));
    printf("%s = %.17g\n", "dcorners_fwd", __enzyme_fwddiff((void *)corners, 0.7, 1.0));
    fflush(stdout);
    return 0;
}
