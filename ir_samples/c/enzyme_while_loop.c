// expect: dy0 = 0.15525956008822336
// expect: dk = -0.48004337184051615
// expect: dcollatz_dx = 0.012568464595995813
/* Enzyme C interface: while loops whose trip counts are not known on entry: an explicit Euler
   integration until t reaches 1 (the count depends on float additions), and a Collatz walk
   driven by a constant integer that updates an active value on every step. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double dy0, dk;
} Grad2;

extern Grad2 __enzyme_autodiff_euler(void *, ...);
extern double __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double euler_decay(double y0, double k, double dt) {
    double t = 0.0, y = y0;
    while (t < 1.0) {
        y = y - dt * k * y * y;
        t += dt;
    }
    return y;
}

double collatz_mix(double x, int n) {
    while (n != 1) {
        n = (n % 2) ? 3 * n + 1 : n / 2;
        x = 0.5 * x + 0.25 * sin(x) + 0.01 * (double)(n % 7);
    }
    return x * x;
}

int main(void) {
    Grad2 g = __enzyme_autodiff_euler((void *)euler_decay, enzyme_out, 1.5, enzyme_out, 0.8,
                                      enzyme_const, 0.1);
    double dx = __enzyme_autodiff((void *)collatz_mix, 2.0, 6);
    printf("%s = %.17g\n", "dy0", g.dy0);
    printf("%s = %.17g\n", "dk", g.dk);
    printf("%s = %.17g\n", "dcollatz_dx", dx);
    fflush(stdout);
    return 0;
}
