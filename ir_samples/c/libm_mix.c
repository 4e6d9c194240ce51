/* Every common libm function in one differentiable expression. */
#include <math.h>
#include <stdio.h>

double trig_exp_log(double x, double y) {
    return sin(x) * cos(y) + exp(0.5 * x) - log(1.0 + y * y) + tanh(x - y);
}

double power_roots(double x, double y) {
    return pow(x, y) + sqrt(x * x + 1.0) + cbrt(y) + hypot(x, y) + atan2(y, x);
}

double special(double x) {
    return erf(x) + expm1(0.1 * x) + log1p(x * x);
}

double nonsmooth(double x, double y) {
    return fmax(x, y) * fmin(x, 2.0 * y) + fabs(x - y) + fmod(x * 7.0, 2.5) + floor(y * 3.0);
}

int main(void) {
    printf("%s = %.17g\n", "trig_exp_log(0.7, 1.3)", trig_exp_log(0.7, 1.3));
    printf("%s = %.17g\n", "power_roots(1.7, 0.6)", power_roots(1.7, 0.6));
    printf("%s = %.17g\n", "special(0.45)", special(0.45));
    printf("%s = %.17g\n", "nonsmooth(1.1, 0.8)", nonsmooth(1.1, 0.8));
    printf("%s = %.17g\n", "nonsmooth(-0.3, 0.4)", nonsmooth(-0.3, 0.4));
    fflush(stdout);
    return 0;
}
