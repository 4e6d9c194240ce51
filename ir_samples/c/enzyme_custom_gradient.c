// expect: dscaled_log1p_dx = 2.4
// expect: dscaled_log1p_dw = 0.22314355131420976
// expect: log1p_rule_calls = 1
// expect: dsquare_in_place[0] = 2
// expect: dsquare_in_place[1] = -4
// expect: dsquare_in_place[2] = 1
// expect: square_reverse_calls = 3
// expect: dradii_da = 2.2641005886756873
// expect: dradii_db = 1.3547001962252292
/* Custom gradients registered the Enzyme way: a global __enzyme_register_gradient_<name> holds
   {primal, augmented forward, reverse}.  The primal functions are noinline, so that clang keeps
   the calls the rules attach to.
   - my_log1p: a scalar; the augmented forward returns the result (no tape), the reverse
     returns the adjoint of x.
   - square_: pointers (each followed by its shadow); the augmented forward returns a tape
     (void *) holding *src, which the reverse needs: square_in_place overwrites x[i] after the
     call, so by the reverse sweep the memory holds the square.
   - my_hypot: two scalars; the augmented forward returns {tape, result} and the reverse
     returns the two adjoints in a struct (both returned in registers). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out;

int log1p_rule_calls, square_reverse_calls;

__attribute__((noinline)) double my_log1p(double x) { return log1p(x); }

double my_log1p_augmented(double x) { return log1p(x); }

double my_log1p_reverse(double x, double d_result) {
    log1p_rule_calls++;
    return d_result / (1.0 + x);
}

void *__enzyme_register_gradient_my_log1p[] = {(void *)my_log1p, (void *)my_log1p_augmented,
                                               (void *)my_log1p_reverse};

double scaled_log1p(double x, double w) { return w * my_log1p(x * x); }

__attribute__((noinline)) void square_(const double *src, double *dest) { *dest = *src * *src; }

void *square_augmented(const double *src, const double *d_src, double *dest, double *d_dest) {
    double *tape = malloc(sizeof(double));
    *tape = *src;
    *dest = *src * *src;
    return tape;
}

void square_reverse(const double *src, double *d_src, const double *dest, double *d_dest,
                    void *tape) {
    double x = *(double *)tape;
    free(tape);
    *d_src += 2.0 * x * *d_dest;
    *d_dest = 0.0;
    square_reverse_calls++;
}

void *__enzyme_register_gradient_square[] = {(void *)square_, (void *)square_augmented,
                                             (void *)square_reverse};

/* x[i] <- x[i]^2; returns the sum of the squares */
double square_in_place(double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        double y;
        square_(&x[i], &y);
        x[i] = y;
        s += y;
    }
    return s;
}

typedef struct {
    void *tape;
    double value;
} Augmented;

typedef struct {
    double da, db;
} Adjoints;

__attribute__((noinline)) double my_hypot(double a, double b) { return sqrt(a * a + b * b); }

Augmented my_hypot_augmented(double a, double b) {
    double *h = malloc(sizeof(double));
    *h = sqrt(a * a + b * b);
    Augmented out = {h, *h};
    return out;
}

Adjoints my_hypot_reverse(double a, double b, double d_result, void *tape) {
    double h = *(double *)tape;
    free(tape);
    Adjoints out = {d_result * a / h, d_result * b / h};
    return out;
}

void *__enzyme_register_gradient_hypot[] = {(void *)my_hypot, (void *)my_hypot_augmented,
                                            (void *)my_hypot_reverse};

double radii(double a, double b) { return my_hypot(a, b) + my_hypot(b, 2.0 * a); }

int main(void) {
    double dx = __enzyme_autodiff((void *)scaled_log1p, enzyme_out, 0.5, enzyme_const, 3.0);
    double dw = __enzyme_autodiff((void *)scaled_log1p, enzyme_const, 0.5, enzyme_out, 3.0);
    printf("%s = %.17g\n", "dscaled_log1p_dx", dx);
    printf("%s = %.17g\n", "dscaled_log1p_dw", dw);
    printf("%s = %d\n", "log1p_rule_calls", log1p_rule_calls);
    double x[3] = {1.0, -2.0, 0.5}, d_x[3] = {0.0, 0.0, 0.0};
    __enzyme_autodiff((void *)square_in_place, enzyme_dup, x, d_x, enzyme_const, 3);
    for (int i = 0; i < 3; i++)
        printf("dsquare_in_place[%d] = %.17g\n", i, d_x[i]);
    printf("%s = %d\n", "square_reverse_calls", square_reverse_calls);
    double da = __enzyme_autodiff((void *)radii, enzyme_out, 3.0, enzyme_const, 4.0);
    double db = __enzyme_autodiff((void *)radii, enzyme_const, 3.0, enzyme_out, 4.0);
    printf("%s = %.17g\n", "dradii_da", da);
    printf("%s = %.17g\n", "dradii_db", db);
    fflush(stdout);
    return 0;
}
