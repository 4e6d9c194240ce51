/* Data-dependent control flow: insertion sort on a copy, then a trimmed mean. */
#include <stdio.h>

double trimmed_mean(const double *x, int n, int trim) {
    double buf[32];  /* n <= 32 */
    for (int i = 0; i < n; i++) buf[i] = x[i];
    for (int i = 1; i < n; i++) {
        double key = buf[i];
        int j = i - 1;
        while (j >= 0 && buf[j] > key) {
            buf[j + 1] = buf[j];
            j--;
        }
        buf[j + 1] = key;
    }
    double s = 0.0;
    for (int i = trim; i < n - trim; i++) s += buf[i];
    return s / (n - 2 * trim);
}

int main(void) {
    double x[9] = {3.5, -1.0, 2.25, 8.0, 0.5, -4.0, 1.75, 2.0, 0.0};
    printf("%s = %.17g\n", "trimmed_mean(x, 9, 2)", trimmed_mean(x, 9, 2));
    fflush(stdout);
    return 0;
}
