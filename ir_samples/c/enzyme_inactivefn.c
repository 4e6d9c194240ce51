// expect: dscaled_by_itself = 3
// expect: doubled_calls = 1
// expect: dlogged_sum[0] = 2
// expect: dlogged_sum[1] = -4
// expect: dlogged_sum[2] = 1
/* Functions without derivatives, Enzyme's way: a global whose name contains
   __enzyme_inactivefn holds a pointer to the function.  Calls to it carry no derivative: its
   result is a constant for AD, and what it writes through pointers carries none.
   - doubled(v) = 2 v is inactive, so scaled_by_itself(x) = doubled(x) * x has the derivative
     doubled(x) = 2 x (not 4 x);
   - record(src, dest) copies *src to *dest and is inactive, so logged_sum, which adds what it
     recorded, has the derivative 2 x[i] (not 2 x[i] + 1). */
#include <stdio.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out;

int doubled_calls;

__attribute__((noinline)) double doubled(double v) {
    doubled_calls++;
    return 2.0 * v;
}

void *__enzyme_inactivefn = (void *)doubled;

__attribute__((noinline)) void record(const double *src, double *dest) { *dest = *src; }

void *__enzyme_inactivefn_record = (void *)record;

double scaled_by_itself(double x) { return doubled(x) * x; }

double logged_sum(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        double last;
        record(&x[i], &last);
        s += x[i] * x[i] + last;
    }
    return s;
}

int main(void) {
    double d = __enzyme_autodiff((void *)scaled_by_itself, enzyme_out, 1.5);
    printf("%s = %.17g\n", "dscaled_by_itself", d);
    printf("%s = %d\n", "doubled_calls", doubled_calls);
    double x[3] = {1.0, -2.0, 0.5}, d_x[3] = {0.0, 0.0, 0.0};
    __enzyme_autodiff((void *)logged_sum, enzyme_dup, x, d_x, enzyme_const, 3);
    for (int i = 0; i < 3; i++)
        printf("dlogged_sum[%d] = %.17g\n", i, d_x[i]);
    fflush(stdout);
    return 0;
}
