// expect: df = 3.074367777117163
// expect: cube_rule_calls = 1
// expect: df_lane0 = 3.074367777117163
// expect: df_lane1 = 6.148735554234326
// expect: cube_rule_calls_after_width_2 = 3
// expect: dscaled[0] = 2.5
// expect: dscaled[1] = -1
// expect: dscaled[2] = 4.25
/* Custom forward derivatives registered the Enzyme way: a global
   __enzyme_register_derivative_<name> holds {primal, forward}.  The forward function takes each
   argument followed by its tangent (floats) or shadow (pointers; an integer comes twice) and
   returns the tangent of the result, or {result, tangent}.
   - cube: a scalar, its rule returns the tangent;
   - softplus: its rule returns {result, tangent};
   - scale_into: pointers and an int; its rule writes the tangents through the shadow.
   Vector mode (enzyme_width 2) calls the rules once per lane. */
#include <math.h>
#include <stdio.h>

extern double __enzyme_fwddiff(void *, ...);
typedef struct {
    double lane0, lane1;
} Tangents2;
extern Tangents2 __enzyme_fwddiff2(void *, ...);
extern void __enzyme_fwddiff_void(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_width, enzyme_dupnoneed;

int cube_rule_calls;

__attribute__((noinline)) double cube(double x) { return x * x * x; }

double cube_forward(double x, double dx) {
    cube_rule_calls++;
    return 3.0 * x * x * dx;
}

void *__enzyme_register_derivative_cube[] = {(void *)cube, (void *)cube_forward};

typedef struct {
    double value, tangent;
} Dual;

__attribute__((noinline)) double softplus(double x) { return log1p(exp(x)); }

Dual softplus_forward(double x, double dx) {
    Dual out = {log1p(exp(x)), dx / (1.0 + exp(-x))};
    return out;
}

void *__enzyme_register_derivative_softplus[] = {(void *)softplus, (void *)softplus_forward};

double f(double x) { return cube(x) + softplus(2.0 * x); }

/* dest[i] = s * src[i] */
__attribute__((noinline)) void scale_into(const double *src, double *dest, int n, double s) {
    for (int i = 0; i < n; i++)
        dest[i] = s * src[i];
}

void scale_into_forward(const double *src, const double *d_src, double *dest, double *d_dest,
                        int n, int n_again, double s, double ds) {
    for (int i = 0; i < n; i++)
        d_dest[i] = s * d_src[i] + ds * src[i];
}

void *__enzyme_register_derivative_scale_into[] = {(void *)scale_into,
                                                   (void *)scale_into_forward};

void scaled(const double *v, double *out, int n, double s) { scale_into(v, out, n, s); }

int main(void) {
    double df = __enzyme_fwddiff((void *)f, 0.7, 1.0);
    printf("%s = %.17g\n", "df", df);
    printf("%s = %d\n", "cube_rule_calls", cube_rule_calls);
    Tangents2 t = __enzyme_fwddiff2((void *)f, enzyme_width, 2, 0.7, 1.0, 2.0);
    printf("%s = %.17g\n", "df_lane0", t.lane0);
    printf("%s = %.17g\n", "df_lane1", t.lane1);
    printf("%s = %d\n", "cube_rule_calls_after_width_2", cube_rule_calls);
    /* d out = s * d v + ds * v with v = {1, -2, 0.5}, dv = {1, 0, 2}, s = 2, ds = 0.5 */
    double v[3] = {1.0, -2.0, 0.5}, dv[3] = {1.0, 0.0, 2.0}, out[3], d_out[3];
    __enzyme_fwddiff_void((void *)scaled, enzyme_dup, v, dv, enzyme_dupnoneed, out, d_out,
                          enzyme_const, 3, enzyme_dup, 2.0, 0.5);
    for (int i = 0; i < 3; i++)
        printf("dscaled[%d] = %.17g\n", i, d_out[i]);
    fflush(stdout);
    return 0;
}
