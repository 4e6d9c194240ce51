/* Bundle-adjustment style reprojection error with a Rodrigues rotation (ADBench BA, simplified). */
#include <math.h>
#include <stdio.h>

static void rodrigues_rotate(const double *rot, const double *X, double *out) {
    double theta2 = rot[0] * rot[0] + rot[1] * rot[1] + rot[2] * rot[2];
    if (theta2 > 1e-12) {
        double theta = sqrt(theta2);
        double c = cos(theta), s = sin(theta);
        double w[3] = {rot[0] / theta, rot[1] / theta, rot[2] / theta};
        double wx[3] = {w[1] * X[2] - w[2] * X[1], w[2] * X[0] - w[0] * X[2], w[0] * X[1] - w[1] * X[0]};
        double wdot = w[0] * X[0] + w[1] * X[1] + w[2] * X[2];
        for (int i = 0; i < 3; i++) out[i] = X[i] * c + wx[i] * s + w[i] * wdot * (1.0 - c);
    } else {
        double rx[3] = {rot[1] * X[2] - rot[2] * X[1], rot[2] * X[0] - rot[0] * X[2], rot[0] * X[1] - rot[1] * X[0]};
        for (int i = 0; i < 3; i++) out[i] = X[i] + rx[i];
    }
}

/* cam: [rot(3), center(3), focal, principal(2), radial(2)] (11 values) */
void project(const double *cam, const double *X, double *proj) {
    double Xc[3] = {X[0] - cam[3], X[1] - cam[4], X[2] - cam[5]};
    double Xr[3];
    rodrigues_rotate(cam, Xc, Xr);
    double px = Xr[0] / Xr[2], py = Xr[1] / Xr[2];
    double r2 = px * px + py * py;
    double distort = 1.0 + cam[9] * r2 + cam[10] * r2 * r2;
    proj[0] = px * distort * cam[6] + cam[7];
    proj[1] = py * distort * cam[6] + cam[8];
}

double reprojection_error(const double *cam, const double *X, const double *feat, double weight) {
    double proj[2];
    project(cam, X, proj);
    double ex = weight * (proj[0] - feat[0]), ey = weight * (proj[1] - feat[1]);
    return ex * ex + ey * ey;
}

int main(void) {
    double cam[11] = {0.1, -0.2, 0.05, 0.3, 0.1, -4.0, 800.0, 320.0, 240.0, 1e-3, -2e-5};
    double X[3] = {0.5, -0.4, 2.0};
    double feat[2] = {400.0, 180.0};
    double proj[2];
    project(cam, X, proj);
    printf("%s = %.17g\n", "proj[0]", proj[0]);
    printf("%s = %.17g\n", "proj[1]", proj[1]);
    printf("%s = %.17g\n", "reprojection_error", reprojection_error(cam, X, feat, 0.8));
    fflush(stdout);
    return 0;
}
