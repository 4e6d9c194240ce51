/* Logistic-regression loss (mean negative log-likelihood plus L2 penalty) over an n x d
   row-major design matrix X, labels y in {0, 1}, weights w, intercept b. */
#include <math.h>

double logreg_loss(const double *X, const double *y, const double *w, double b,
                   double lambda, int n, int d) {
    double loss = 0.0;
    for (int i = 0; i < n; i++) {
        double z = b;
        for (int j = 0; j < d; j++)
            z += X[i * d + j] * w[j];
        /* log(1 + exp(z)) - y z, written stably */
        double softplus = z > 0.0 ? z + log1p(exp(-z)) : log1p(exp(z));
        loss += softplus - y[i] * z;
    }
    double reg = 0.0;
    for (int j = 0; j < d; j++)
        reg += w[j] * w[j];
    return loss / n + 0.5 * lambda * reg;
}
