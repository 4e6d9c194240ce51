// expect: db[0].x = -1.2883447081672101
// expect: db[0].y = -1.0842481331358582
// expect: db[0].vx = 0.20000000000000001
// expect: db[0].m = -1.1814680079236495
// expect: db[1].x = 1.5414998418847683
// expect: db[1].y = 0.62209419128931742
// expect: db[1].vx = -0.29999999999999999
// expect: db[1].m = -2.0136660005603515
// expect: db[2].x = -0.2531551337175581
// expect: db[2].y = 0.46215394184654085
// expect: db[2].vx = 0
// expect: db[2].m = -1.7362375818173177
/* Enzyme C interface: a duplicated array of structs.  The energy of point masses (kinetic plus
   pairwise softened gravitational potential); the gradient lands in the shadow structs. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double x, y, vx, vy;
    int id;
    double m;
} Body;

extern void __enzyme_autodiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

double total_energy(const Body *b, int n) {
    double e = 0.0;
    for (int i = 0; i < n; i++) {
        e += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy);
        for (int j = i + 1; j < n; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y;
            e -= b[i].m * b[j].m / sqrt(dx * dx + dy * dy + 0.01);
        }
    }
    return e;
}

int main(void) {
    Body b[3] = {{0.0, 0.0, 0.1, -0.2, 1, 2.0}, {1.0, 0.5, -0.3, 0.0, 2, 1.0},
                 {-0.5, 1.5, 0.0, 0.4, 3, 0.5}};
    Body db[3] = {{0}};
    __enzyme_autodiff((void *)total_energy, enzyme_dup, b, db, enzyme_const, 3);
    for (int i = 0; i < 3; i++) {
        printf("db[%d].x = %.17g\n", i, db[i].x);
        printf("db[%d].y = %.17g\n", i, db[i].y);
        printf("db[%d].vx = %.17g\n", i, db[i].vx);
        printf("db[%d].m = %.17g\n", i, db[i].m);
    }
    fflush(stdout);
    return 0;
}
