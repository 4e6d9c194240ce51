// expect-float: dlogistic(0.25) = 0.24613408273759832
// expect-float: dbilinear_dx = 0.31207773466049865
// expect-float: dbilinear_dy = -1.0217754287923588
// expect-float: dtrilinear_dx = -2.2999999999999998
// expect-float: dtrilinear_dy = -0.71958513381956735
// expect-float: dtrilinear_dz = 0.66500000000000004
// expect-float: dx[0] = 0.42426406871192851
// expect-float: dx[1] = 1.697056274847714
// expect-float: dx[2] = 0.10606601717798213
// expect-float: dx[3] = 0.95459415460183916
/* Enzyme C interface with float functions: every entry point has a non-variadic prototype
   (through '...' a float would be promoted to double).  Markers are ints in the prototype.
   A struct of two floats comes back as <2 x float>, a struct of three as { <2 x float>, float }
   (x86-64 ABI); a float array is duplicated. */
#include <math.h>
#include <stdio.h>

typedef struct {
    float dx, dy;
} Grad2f;

typedef struct {
    float dx, dy, dz;
} Grad3f;

extern float __enzyme_autodiff_logistic(void *, float);
extern Grad2f __enzyme_autodiff_2f(void *, int, float, int, float);
extern Grad3f __enzyme_autodiff_3f(void *, float, float, float);
extern void __enzyme_autodiff_arr(void *, int, const float *, float *, int, int);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

float logistic(float x) { return 1.0f / (1.0f + expf(-x)); }

float bilinear(float x, float y) { return x * y * y + sinf(x) * cosf(y); }

float trilinear(float x, float y, float z) { return x * y * z + x * x / (1.0f + z * z) + tanhf(y); }

float root_sum_cubes(const float *x, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += x[i] * x[i] * x[i];
    return sqrtf(s);
}

int main(void) {
    float g = __enzyme_autodiff_logistic((void *)logistic, 0.25f);
    Grad2f g2 = __enzyme_autodiff_2f((void *)bilinear, enzyme_out, 1.5f, enzyme_out, -0.5f);
    Grad3f g3 = __enzyme_autodiff_3f((void *)trilinear, 0.5f, 1.25f, -2.0f);
    float x[4] = {1.0f, 2.0f, 0.5f, 1.5f};
    float dx[4] = {0.0f, 0.0f, 0.0f, 0.0f};
    __enzyme_autodiff_arr((void *)root_sum_cubes, enzyme_dup, x, dx, enzyme_const, 4);
    printf("%s = %.17g\n", "dlogistic(0.25)", (double)g);
    printf("%s = %.17g\n", "dbilinear_dx", (double)g2.dx);
    printf("%s = %.17g\n", "dbilinear_dy", (double)g2.dy);
    printf("%s = %.17g\n", "dtrilinear_dx", (double)g3.dx);
    printf("%s = %.17g\n", "dtrilinear_dy", (double)g3.dy);
    printf("%s = %.17g\n", "dtrilinear_dz", (double)g3.dz);
    for (int i = 0; i < 4; i++) printf("dx[%d] = %.17g\n", i, (double)dx[i]);
    fflush(stdout);
    return 0;
}
