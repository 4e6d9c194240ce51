/* A GMM negative log-likelihood in the style of ADBench (diagonal covariances, no prior):
   sum_n logsumexp_k( log alpha_k - logsumexp(alpha) + sum_d (log_sigma_kd - 0.5 ((x_nd - mu_kd)/sigma_kd)^2) ). */
#include <math.h>
#include <stdio.h>

static double logsumexp(const double *v, int n) {
    double mx = v[0];
    for (int i = 1; i < n; i++) if (v[i] > mx) mx = v[i];
    double s = 0.0;
    for (int i = 0; i < n; i++) s += exp(v[i] - mx);
    return log(s) + mx;
}

/* alphas[K], means[K*D], log_sigmas[K*D] (inverse standard deviations on log scale), x[N*D] */
double gmm_objective(int d, int k, int n, const double *alphas, const double *means,
                     const double *log_inv_sigmas, const double *x) {
    const double CONSTANT = -0.5 * d * log(2.0 * 3.14159265358979323846);
    double lse[16];  /* k <= 16 */
    double total = 0.0;
    for (int i = 0; i < n; i++) {
        for (int c = 0; c < k; c++) {
            double sum_log = 0.0, sq = 0.0;
            for (int j = 0; j < d; j++) {
                double inv_sigma = exp(log_inv_sigmas[c * d + j]);
                double z = (x[i * d + j] - means[c * d + j]) * inv_sigma;
                sum_log += log_inv_sigmas[c * d + j];
                sq += z * z;
            }
            lse[c] = alphas[c] + sum_log - 0.5 * sq;
        }
        total += logsumexp(lse, k);
    }
    return CONSTANT * n + total - n * logsumexp(alphas, k);
}

int main(void) {
    enum { D = 2, K = 3, N = 4 };
    double alphas[K] = {0.1, -0.4, 0.3};
    double means[K * D] = {0.0, 0.5, -1.0, 1.5, 2.0, -0.5};
    double lis[K * D] = {0.1, -0.2, 0.05, 0.3, -0.1, 0.0};
    double x[N * D] = {0.2, 0.4, -0.8, 1.1, 1.9, -0.3, 0.5, 0.5};
    printf("%s = %.17g\n", "gmm_objective", gmm_objective(D, K, N, alphas, means, lis, x));
    fflush(stdout);
    return 0;
}
