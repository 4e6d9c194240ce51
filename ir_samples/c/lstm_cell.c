/* One LSTM cell step (ADBench-LSTM style), applied over a short sequence; returns a loss. */
#include <math.h>
#include <stdio.h>

static double sigmoid(double x) { return 1.0 / (1.0 + exp(-x)); }

/* weights/biases: 4*h entries each (forget, input, output, candidate) */
void lstm_step(int h, const double *weight, const double *bias, double *hidden, double *cell,
               const double *input) {
    for (int i = 0; i < h; i++) {
        double f = sigmoid(input[i] * weight[i] + bias[i]);
        double in = sigmoid(hidden[i] * weight[h + i] + bias[h + i]);
        double o = sigmoid(input[i] * weight[2 * h + i] + bias[2 * h + i]);
        double g = tanh(hidden[i] * weight[3 * h + i] + bias[3 * h + i]);
        cell[i] = cell[i] * f + in * g;
        hidden[i] = o * tanh(cell[i]);
    }
}

double lstm_loss(int h, int steps, const double *weight, const double *bias, const double *seq) {
    double hidden[8] = {0}, cell[8] = {0};  /* h <= 8 */
    double loss = 0.0;
    for (int t = 0; t < steps; t++) {
        lstm_step(h, weight, bias, hidden, cell, seq + t * h);
        for (int i = 0; i < h; i++) {
            double e = hidden[i] - seq[(t + 1) * h + i];
            loss += e * e;
        }
    }
    return loss;
}

int main(void) {
    enum { H = 3, T = 4 };
    double w[4 * H] = {0.5, -0.3, 0.8, 1.1, 0.2, -0.6, 0.4, 0.9, -0.2, 0.7, -0.4, 0.3};
    double b[4 * H] = {0.1, 0.0, -0.1, 0.2, 0.05, -0.05, 0.3, -0.2, 0.1, 0.0, 0.15, -0.1};
    double seq[(T + 1) * H] = {0.3, -0.1, 0.5, 0.2, 0.4, -0.3, 0.6, 0.1, 0.0,
                               -0.2, 0.3, 0.2, 0.1, -0.4, 0.5};
    printf("%s = %.17g\n", "lstm_loss", lstm_loss(H, T, w, b, seq));
    fflush(stdout);
    return 0;
}
