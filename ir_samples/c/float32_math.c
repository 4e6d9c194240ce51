/* Single precision: float arithmetic and sinf/expf/logf/sqrtf/tanhf. */
#include <math.h>
#include <stdio.h>

float gaussian_bump(float x, float mu, float sigma) {
    float z = (x - mu) / sigma;
    return expf(-0.5f * z * z) / (sigma * sqrtf(2.0f * 3.14159265f));
}

float wave(float t) {
    return sinf(3.0f * t) * expf(-0.25f * t) + tanhf(t) - logf(1.0f + t * t);
}

float sumsq_f(const float *x, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += x[i] * x[i];
    return s;
}

int main(void) {
    float x[4] = {0.5f, -1.25f, 2.0f, 0.125f};
    printf("%s = %.17g\n", "gaussian_bump(0.3, 0.1, 0.7)", (double)gaussian_bump(0.3f, 0.1f, 0.7f));
    printf("%s = %.17g\n", "wave(1.7)", (double)wave(1.7f));
    printf("%s = %.17g\n", "sumsq_f", (double)sumsq_f(x, 4));
    fflush(stdout);
    return 0;
}
