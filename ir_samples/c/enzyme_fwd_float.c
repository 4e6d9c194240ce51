// expect-float: dbump(0.8) = 0.9692002752781762
// expect-float: dmix_dir = -2.4444624815023648
// expect-float: dmix_dx = 1.6717352087750919
// expect-float: dmix_zero = 0
// expect-float: dsumsq = 4
/* Enzyme C interface, forward mode on float functions. A variadic call would promote float
   to double, so the entry points get non-variadic prototypes (the marker ints included); a
   struct of two floats (returned as <2 x float>) holds the two tangents of width 2. */
#include <math.h>
#include <stdio.h>

typedef struct {
    float d1, d2;
} FTangents2;

extern float __enzyme_fwddiff_f(void *, float, float);
extern float __enzyme_fwddiff_f2(void *, float, float, float, float);
extern FTangents2 __enzyme_fwddiff_w2(void *, int, int, float, float, float, int, float);
extern float __enzyme_fwddiff_arr(void *, int, float *, float *, int, int);
extern int enzyme_width, enzyme_dup, enzyme_const;

float bump(float x) { return expf(x) * sinf(x) / (1.0f + x * x); }

float mix(float x, float y) { return x * x * y + sqrtf(x + y) - logf(x * y + 2.0f); }

float sumsq(const float *a, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += a[i] * a[i] * (float)(i + 1);
    return s;
}

int main(void) {
    float t1 = __enzyme_fwddiff_f((void *)bump, 0.8f, 1.0f);
    float t2 = __enzyme_fwddiff_f2((void *)mix, 1.5f, 1.0f, 0.5f, -2.0f);
    FTangents2 w = __enzyme_fwddiff_w2((void *)mix, enzyme_width, 2, 1.5f, 1.0f, 0.0f,
                                       enzyme_const, 0.5f);
    float a[3] = {1.0f, -2.0f, 0.5f}, da[3] = {1.0f, 0.5f, 2.0f};
    float t3 = __enzyme_fwddiff_arr((void *)sumsq, enzyme_dup, a, da, enzyme_const, 3);
    printf("%s = %.17g\n", "dbump(0.8)", (double)t1);
    printf("%s = %.17g\n", "dmix_dir", (double)t2);
    printf("%s = %.17g\n", "dmix_dx", (double)w.d1);
    printf("%s = %.17g\n", "dmix_zero", (double)w.d2);
    printf("%s = %.17g\n", "dsumsq", (double)t3);
    fflush(stdout);
    return 0;
}
