/* Dot product, Euclidean norm and cosine similarity. */
#include <math.h>
#include <stdio.h>

double dot(const double *a, const double *b, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

double norm2(const double *a, int n) { return sqrt(dot(a, a, n)); }

double cosine(const double *a, const double *b, int n) {
    return dot(a, b, n) / (norm2(a, n) * norm2(b, n));
}

int main(void) {
    double a[5] = {1.0, 2.0, -0.5, 0.25, 3.0};
    double b[5] = {-1.5, 0.5, 2.0, 1.0, 0.75};
    printf("%s = %.17g\n", "dot", dot(a, b, 5));
    printf("%s = %.17g\n", "norm2(a)", norm2(a, 5));
    printf("%s = %.17g\n", "cosine", cosine(a, b, 5));
    fflush(stdout);
    return 0;
}
