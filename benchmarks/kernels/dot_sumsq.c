/* Loop reduction: a dot product plus half the sum of squares, over n = 100,000 doubles. */
double dot_sumsq(const double *x, const double *y, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += x[i] * y[i] + 0.5 * x[i] * x[i];
    return s;
}
