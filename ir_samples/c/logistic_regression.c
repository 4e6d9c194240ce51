/* Logistic-regression loss with L2 regularisation, averaged over a small data set. */
#include <math.h>
#include <stdio.h>

double logistic_loss(const double *w, double bias, const double *X, const int *y, int n, int d,
                     double lambda) {
    double loss = 0.0;
    for (int i = 0; i < n; i++) {
        double z = bias;
        for (int j = 0; j < d; j++) z += w[j] * X[i * d + j];
        /* log(1 + exp(-s z)) computed stably */
        double m = y[i] ? -z : z;
        loss += m > 0.0 ? m + log1p(exp(-m)) : log1p(exp(m));
    }
    double reg = 0.0;
    for (int j = 0; j < d; j++) reg += w[j] * w[j];
    return loss / n + 0.5 * lambda * reg;
}

int main(void) {
    double w[3] = {0.5, -1.2, 0.3};
    double X[15] = {1.0, 0.2, -0.3, -0.5, 1.5, 0.8, 2.0, -1.0, 0.1, 0.3, 0.3, 0.3, -1.2, -0.4, 2.2};
    int y[5] = {1, 0, 1, 1, 0};
    printf("%s = %.17g\n", "logistic_loss", logistic_loss(w, 0.1, X, y, 5, 3, 0.01));
    fflush(stdout);
    return 0;
}
