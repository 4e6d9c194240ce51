// expect-float: dbump(1.25) = 6.9128649698239331
// expect-float: dsoftplus(-0.5) = 0.37754066879814546
// expect-float: 2*dbump(0.5) = 6.4746562395955687
/* Enzyme C interface with float (not double) arguments. A variadic call would promote float to
   double, so the entry points get non-variadic prototypes; the second one uses an asm label
   to give a C-friendly name to the symbol. */
#include <math.h>
#include <stdio.h>

extern float __enzyme_autodiff_f(void *, float);
float grad_of_float(void *, float) __asm__("__enzyme_autodiff_g");
extern float __enzyme_fwddiff_f(void *, float, float);

float bump(float x) { return sinf(x) * expf(x) + x * x; }

float softplus(float x) { return logf(1.0f + expf(x)); }

int main(void) {
    float x = 1.25f;
    float g1 = __enzyme_autodiff_f((void *)bump, x);
    float g2 = grad_of_float((void *)softplus, -0.5f);
    float t1 = __enzyme_fwddiff_f((void *)bump, 0.5f, 2.0f);
    printf("%s = %.17g\n", "dbump(1.25)", (double)g1);
    printf("%s = %.17g\n", "dsoftplus(-0.5)", (double)g2);
    printf("%s = %.17g\n", "2*dbump(0.5)", (double)t1);
    fflush(stdout);
    return 0;
}
