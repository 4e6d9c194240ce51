/* Array of structs: potential energy of particles connected by springs. */
#include <math.h>
#include <stdio.h>

typedef struct {
    double x, y;
    double mass;
    int fixed;
} Particle;

double spring_energy(const Particle *p, int n, double k, double rest) {
    double e = 0.0;
    for (int i = 0; i + 1 < n; i++) {
        double dx = p[i + 1].x - p[i].x;
        double dy = p[i + 1].y - p[i].y;
        double len = sqrt(dx * dx + dy * dy);
        e += 0.5 * k * (len - rest) * (len - rest);
    }
    for (int i = 0; i < n; i++) {
        if (!p[i].fixed) e += 9.81 * p[i].mass * p[i].y;
    }
    return e;
}

int main(void) {
    Particle p[4] = {
        {0.0, 0.0, 1.0, 1}, {1.1, -0.2, 0.5, 0}, {2.0, -0.1, 0.75, 0}, {3.2, 0.3, 1.25, 0}};
    printf("%s = %.17g\n", "spring_energy", spring_energy(p, 4, 12.0, 1.0));
    fflush(stdout);
    return 0;
}
