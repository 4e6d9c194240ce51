/* A struct with float, int and pointer fields, passed by pointer. */
#include <stdio.h>

typedef struct {
    float scale;      /* single precision field */
    int n;            /* length of data */
    double *data;     /* pointer to the values */
    double offset;
} Series;

double series_energy(const Series *s) {
    double acc = 0.0;
    for (int i = 0; i < s->n; i++) {
        double v = s->scale * s->data[i] + s->offset;
        acc += v * v;
    }
    return acc / s->n;
}

void series_shift(Series *s, double by) {
    for (int i = 0; i < s->n; i++) s->data[i] += by * s->scale;
    s->offset -= by;
}

int main(void) {
    double values[5] = {1.0, -2.0, 0.5, 3.0, -1.5};
    Series s = {0.75f, 5, values, 0.125};
    printf("%s = %.17g\n", "series_energy", series_energy(&s));
    series_shift(&s, 0.2);
    printf("%s = %.17g\n", "series_energy after shift", series_energy(&s));
    printf("%s = %.17g\n", "data[3]", values[3]);
    fflush(stdout);
    return 0;
}
