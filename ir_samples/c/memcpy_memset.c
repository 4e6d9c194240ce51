/* memcpy / memset: copy a state, zero a work array, apply a few explicit smoothing sweeps. */
#include <stdio.h>
#include <string.h>

#define N 8

void relax(const double *in, double *out, int sweeps) {
    double cur[N], next[N];
    memcpy(cur, in, sizeof(cur));
    for (int s = 0; s < sweeps; s++) {
        memset(next, 0, sizeof(next));
        for (int i = 1; i < N - 1; i++) {
            next[i] = 0.5 * cur[i] + 0.25 * (cur[i - 1] + cur[i + 1]);
        }
        next[0] = cur[0];
        next[N - 1] = cur[N - 1];
        memcpy(cur, next, sizeof(cur));
    }
    memcpy(out, cur, sizeof(cur));
}

double relax_energy(const double *in) {
    double out[N];
    relax(in, out, 3);
    double e = 0.0;
    for (int i = 0; i < N; i++) e += out[i] * out[i];
    return e;
}

int main(void) {
    double in[N] = {1.0, 3.0, -2.0, 0.5, 4.0, -1.0, 2.0, 0.0};
    double out[N];
    relax(in, out, 3);
    printf("%s = %.17g\n", "out[3]", out[3]);
    printf("%s = %.17g\n", "relax_energy", relax_energy(in));
    fflush(stdout);
    return 0;
}
