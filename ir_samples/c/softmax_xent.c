/* Softmax and cross-entropy of a linear classifier: logits = W x + b. */
#include <math.h>
#include <stdio.h>

void softmax(const double *z, double *p, int n) {
    double mx = z[0];
    for (int i = 1; i < n; i++) mx = z[i] > mx ? z[i] : mx;
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        p[i] = exp(z[i] - mx);
        s += p[i];
    }
    for (int i = 0; i < n; i++) p[i] /= s;
}

double cross_entropy(const double *W, const double *b, const double *x, int label, int classes,
                     int features) {
    double z[8], p[8];  /* classes <= 8 */
    for (int c = 0; c < classes; c++) {
        double acc = b[c];
        for (int f = 0; f < features; f++) acc += W[c * features + f] * x[f];
        z[c] = acc;
    }
    softmax(z, p, classes);
    return -log(p[label]);
}

int main(void) {
    double W[12] = {0.2, -0.5, 1.0, 0.3, 0.8, -0.1, -0.7, 0.4, 0.6, 0.0, 0.25, -0.35};
    double b[3] = {0.1, -0.2, 0.05};
    double x[4] = {1.0, 2.0, -1.0, 0.5};
    double p[3];
    softmax(b, p, 3);
    printf("%s = %.17g\n", "softmax(b)[1]", p[1]);
    printf("%s = %.17g\n", "cross_entropy", cross_entropy(W, b, x, 2, 3, 4));
    fflush(stdout);
    return 0;
}
