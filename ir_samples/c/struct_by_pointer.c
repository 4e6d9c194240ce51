/* A double function taking a struct by pointer: a 2-D rigid transform applied to points. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double angle;
    double tx, ty;
    double scale;
} Transform;

double transform_residual(const Transform *t, const double *src, const double *dst, int n) {
    double c = cos(t->angle), s = sin(t->angle);
    double r = 0.0;
    for (int i = 0; i < n; i++) {
        double x = src[2 * i], y = src[2 * i + 1];
        double px = t->scale * (c * x - s * y) + t->tx;
        double py = t->scale * (s * x + c * y) + t->ty;
        double ex = px - dst[2 * i], ey = py - dst[2 * i + 1];
        r += ex * ex + ey * ey;
    }
    return r;
}

int main(void) {
    Transform t = {0.3, 0.5, -0.25, 1.1};
    double src[6] = {1.0, 0.0, 0.0, 1.0, 1.0, 1.0};
    double dst[6] = {1.5, 0.1, 0.2, 0.9, 1.2, 1.4};
    printf("%s = %.17g\n", "transform_residual", transform_residual(&t, src, dst, 3));
    fflush(stdout);
    return 0;
}
