#include <math.h>
#include <stdlib.h>
struct P { double x, y; int n; };

double kernel0(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (tanh(fabs(atan(fabs(s)))) + (sqrt(fabs(y[i])) + log1p(fabs(x[i]))));
    s += sqrt(fabs(((x[i] + (double)i) * (x[i] * s))));
    s += ((atan(fabs(y[i])) - (s + s)) - ((x[i] * s) * sin(fabs(s))));
    s += (((b * s) - (b * b)) - atan(fabs(atan(fabs(y[i])))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel1(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += exp(fabs((((double)i - a) * (x[i] * b))));
    s += exp(fabs(log1p(fabs(((double)i + 1.5)))));
    s += (((a * a) * (1.5 - x[i])) + (((double)i + x[i]) * ((double)i * (double)i)));
    s += (log1p(fabs((a + b))) - sin(fabs((y[i] - y[i]))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel2(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((b + y[i]) - (a + 1.5)) - (log1p(fabs(a)) * (y[i] + x[i])));
    s += cos(fabs((atan(fabs(s)) + sin(fabs(y[i])))));
    s += (((y[i] * 1.5) * ((double)i * (double)i)) + ((1.5 * 1.5) * (b - x[i])));
    s += ((cos(fabs(b)) + sqrt(fabs(x[i]))) + cos(fabs((a * x[i]))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel3(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += cos(fabs((exp(fabs(a)) * (x[i] + 1.5))));
    s += (((a + y[i]) + ((double)i - b)) * sin(fabs(sqrt(fabs(a)))));
    s += sqrt(fabs(((a * 1.5) + (a * a))));
    s += ((sqrt(fabs(1.5)) * (y[i] * 1.5)) + (((double)i + y[i]) * ((double)i + x[i])));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel4(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((sqrt(fabs(a)) - ((double)i - a)) + cos(fabs((a + b))));
    s += (((b * a) * tanh(fabs(x[i]))) - ((b + b) * (1.5 * b)));
    s += ((cos(fabs(y[i])) + sqrt(fabs(b))) * atan(fabs((b * a))));
    s += sqrt(fabs(sin(fabs(((double)i * x[i])))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel5(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((1.5 + 1.5) + cos(fabs(a))) * sqrt(fabs((s - 1.5))));
    s += tanh(fabs(((s * b) * cos(fabs(s)))));
    s += (((s + 1.5) + log1p(fabs(s))) * sin(fabs((s * s))));
    s += (((x[i] + y[i]) - sin(fabs(s))) - ((x[i] - a) * (s * y[i])));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel6(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((b * y[i]) * (a * y[i])) - sin(fabs((a + (double)i))));
    s += sin(fabs(exp(fabs((1.5 + (double)i)))));
    s += ((cos(fabs(b)) + (x[i] - b)) + ((y[i] * b) * (b + a)));
    s += ((sqrt(fabs(b)) - (b - s)) * sin(fabs(atan(fabs(y[i])))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel7(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (exp(fabs(atan(fabs(y[i])))) - ((1.5 * 1.5) - (s * s)));
    s += ((atan(fabs((double)i)) + (x[i] - x[i])) * exp(fabs(atan(fabs(y[i])))));
    s += atan(fabs(sin(fabs((s - a)))));
    s += (tanh(fabs(sin(fabs(y[i])))) - cos(fabs(((double)i - s))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel8(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (sqrt(fabs((a - 1.5))) + (sin(fabs((double)i)) * (y[i] * b)));
    s += log1p(fabs(atan(fabs(((double)i - s)))));
    s += ((((double)i + y[i]) - tanh(fabs((double)i))) * exp(fabs((1.5 + x[i]))));
    s += tanh(fabs(((x[i] + (double)i) - ((double)i - s))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel9(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += exp(fabs(cos(fabs(log1p(fabs(x[i]))))));
    s += exp(fabs(((y[i] + a) + (x[i] - b))));
    s += exp(fabs((sqrt(fabs(1.5)) + atan(fabs(x[i])))));
    s += sqrt(fabs(sin(fabs(tanh(fabs(y[i]))))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel10(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sqrt(fabs((tanh(fabs(1.5)) * (a * b))));
    s += tanh(fabs((atan(fabs(1.5)) * ((double)i - (double)i))));
    s += (((1.5 * s) + (s * (double)i)) * (sin(fabs(y[i])) * (x[i] - 1.5)));
    s += (sin(fabs(((double)i + b))) - atan(fabs(sqrt(fabs(s)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel11(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sqrt(fabs(tanh(fabs((1.5 + 1.5)))));
    s += tanh(fabs((tanh(fabs(b)) - (x[i] - (double)i))));
    s += sin(fabs(((x[i] * y[i]) - tanh(fabs((double)i)))));
    s += ((sin(fabs(b)) - (x[i] * y[i])) * ((a - b) - (s + a)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel12(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((log1p(fabs(x[i])) * (b - b)) + ((x[i] * x[i]) + (a - y[i])));
    s += ((sin(fabs((double)i)) - log1p(fabs(b))) + log1p(fabs((b - (double)i))));
    s += exp(fabs((exp(fabs(x[i])) - (1.5 - x[i]))));
    s += (sin(fabs((a - a))) + ((s + a) - (1.5 + a)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel13(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += atan(fabs(((y[i] + a) - (y[i] - 1.5))));
    s += ((((double)i - s) * sin(fabs(x[i]))) * ((y[i] * 1.5) - (s + y[i])));
    s += ((tanh(fabs((double)i)) * tanh(fabs(y[i]))) - ((x[i] + (double)i) + sqrt(fabs(1.5))));
    s += (exp(fabs((b - y[i]))) * sin(fabs(sqrt(fabs(x[i])))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel14(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((y[i] + (double)i) - ((double)i * y[i])) - atan(fabs(exp(fabs(s)))));
    s += (sqrt(fabs((1.5 + x[i]))) - (((double)i - b) - (1.5 + y[i])));
    s += tanh(fabs(((s - x[i]) + (1.5 * 1.5))));
    s += (((y[i] + y[i]) * (x[i] * (double)i)) * ((x[i] * 1.5) + cos(fabs(y[i]))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel15(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (tanh(fabs((y[i] * a))) * ((x[i] + x[i]) - (s + b)));
    s += atan(fabs((exp(fabs(b)) - ((double)i + b))));
    s += ((log1p(fabs((double)i)) * (x[i] + b)) * (cos(fabs((double)i)) - (y[i] - x[i])));
    s += (((b + x[i]) - (s + y[i])) - ((1.5 + y[i]) - atan(fabs(a))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel16(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sqrt(fabs((cos(fabs(b)) - (x[i] * y[i]))));
    s += (sin(fabs((y[i] - x[i]))) * log1p(fabs(((double)i - (double)i))));
    s += sin(fabs(((y[i] * s) * (a * (double)i))));
    s += (((y[i] + x[i]) + exp(fabs(b))) + ((b - 1.5) - (b + x[i])));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel17(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (sqrt(fabs((y[i] - a))) * (log1p(fabs(y[i])) * (x[i] - x[i])));
    s += ((cos(fabs((double)i)) + (a - a)) - ((a * (double)i) * (a - x[i])));
    s += (((x[i] + 1.5) + tanh(fabs(b))) - ((1.5 - y[i]) - atan(fabs((double)i))));
    s += ((cos(fabs(a)) - (1.5 * x[i])) * atan(fabs(log1p(fabs(x[i])))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel18(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((y[i] - x[i]) + sin(fabs(y[i]))) + ((b + y[i]) + (s * y[i])));
    s += (((x[i] - a) - (a - (double)i)) - cos(fabs(cos(fabs(y[i])))));
    s += sqrt(fabs(sin(fabs((y[i] * s)))));
    s += atan(fabs(log1p(fabs((x[i] + b)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel19(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (log1p(fabs((x[i] - y[i]))) + sqrt(fabs((s + x[i]))));
    s += (((a * x[i]) + ((double)i * a)) + exp(fabs(cos(fabs(a)))));
    s += tanh(fabs((sin(fabs(1.5)) - (a + s))));
    s += (atan(fabs((b + b))) + ((y[i] * s) + (b * a)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel20(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (exp(fabs((x[i] - (double)i))) * ((x[i] - (double)i) + (b + x[i])));
    s += (sin(fabs((b * a))) - (sin(fabs(s)) + (b + s)));
    s += (((y[i] - a) + (x[i] + b)) - ((1.5 + a) + (x[i] - a)));
    s += tanh(fabs(((s * 1.5) + (1.5 + s))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel21(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((y[i] * y[i]) + (s + b)) - cos(fabs((1.5 + x[i]))));
    s += ((((double)i - x[i]) - (s * 1.5)) - ((y[i] - b) * (s - y[i])));
    s += sqrt(fabs(((b * 1.5) - (1.5 - b))));
    s += cos(fabs(((1.5 - s) * (x[i] * y[i]))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel22(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += tanh(fabs(((x[i] + 1.5) * ((double)i + x[i]))));
    s += (((1.5 + y[i]) + (b - 1.5)) + ((y[i] + 1.5) - (a + a)));
    s += (atan(fabs((a * b))) + ((y[i] - a) + log1p(fabs(y[i]))));
    s += (exp(fabs((y[i] - x[i]))) * atan(fabs((1.5 - s))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel23(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((a * (double)i) - (a - b)) - ((1.5 + b) + tanh(fabs(x[i]))));
    s += sqrt(fabs(tanh(fabs((1.5 * (double)i)))));
    s += (((y[i] + a) * (b * a)) + cos(fabs((x[i] + x[i]))));
    s += exp(fabs(((s + b) * (y[i] + a))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel24(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((atan(fabs(y[i])) * sin(fabs(x[i]))) * tanh(fabs((b - x[i]))));
    s += atan(fabs((((double)i * b) * ((double)i - y[i]))));
    s += sin(fabs(sqrt(fabs(cos(fabs(y[i]))))));
    s += atan(fabs(sqrt(fabs((y[i] + b)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel25(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sqrt(fabs(((b * y[i]) * (a * x[i]))));
    s += (((s + b) - (b + (double)i)) * (sin(fabs(a)) + (x[i] - (double)i)));
    s += ((sin(fabs(a)) * (b * 1.5)) * (cos(fabs(x[i])) * exp(fabs(y[i]))));
    s += (cos(fabs((a + b))) - ((1.5 * (double)i) * (s - b)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel26(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((b * y[i]) * (1.5 + b)) * ((y[i] + x[i]) + sqrt(fabs(y[i]))));
    s += (sin(fabs(cos(fabs((double)i)))) * (((double)i + x[i]) * (y[i] * (double)i)));
    s += atan(fabs(((b + y[i]) + sin(fabs(x[i])))));
    s += (((x[i] * (double)i) - (y[i] + 1.5)) * exp(fabs((a + a))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel27(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += exp(fabs(atan(fabs((a * s)))));
    s += (tanh(fabs(log1p(fabs(x[i])))) - (log1p(fabs((double)i)) + (y[i] * 1.5)));
    s += ((log1p(fabs(x[i])) * atan(fabs(1.5))) + log1p(fabs(tanh(fabs(1.5)))));
    s += (((1.5 * a) * (a + (double)i)) + (tanh(fabs(1.5)) + ((double)i * 1.5)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel28(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += exp(fabs(((b * x[i]) - (x[i] - y[i]))));
    s += (((y[i] - (double)i) + (y[i] * s)) * ((a * a) * atan(fabs(b))));
    s += ((log1p(fabs((double)i)) - (y[i] - b)) * (cos(fabs(a)) - (1.5 * y[i])));
    s += (((s * a) + cos(fabs(a))) * (tanh(fabs(x[i])) + (y[i] - (double)i)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel29(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += exp(fabs(tanh(fabs((a + b)))));
    s += (atan(fabs(((double)i + s))) * sin(fabs(sqrt(fabs((double)i)))));
    s += (((b * s) * (b + (double)i)) * (((double)i * s) + ((double)i + b)));
    s += (tanh(fabs(log1p(fabs(y[i])))) - ((a - b) - atan(fabs(b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel30(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((((double)i - 1.5) + (b + x[i])) - (atan(fabs(y[i])) * (1.5 * b)));
    s += ((((double)i - s) - (b + (double)i)) + ((x[i] * s) - (a - b)));
    s += (log1p(fabs(((double)i * (double)i))) - (exp(fabs((double)i)) - (s + 1.5)));
    s += ((atan(fabs(x[i])) * tanh(fabs(s))) * cos(fabs(((double)i - b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel31(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((1.5 - a) + log1p(fabs((double)i))) - ((b + 1.5) * (a + (double)i)));
    s += ((((double)i + (double)i) - exp(fabs(1.5))) - atan(fabs((a + s))));
    s += ((sin(fabs(y[i])) + (a * x[i])) * cos(fabs(log1p(fabs(a)))));
    s += (log1p(fabs((y[i] * (double)i))) * (sqrt(fabs(1.5)) * (y[i] - (double)i)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel32(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sin(fabs(((x[i] * x[i]) - (1.5 + b))));
    s += (log1p(fabs(((double)i - y[i]))) - sqrt(fabs((x[i] + 1.5))));
    s += (((a - a) - ((double)i + y[i])) * ((x[i] * x[i]) * (a + s)));
    s += ((cos(fabs((double)i)) - (a + 1.5)) * ((s * 1.5) + exp(fabs(b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel33(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sin(fabs((atan(fabs(b)) - (a * a))));
    s += (((a + a) * sqrt(fabs((double)i))) + (tanh(fabs(s)) - (x[i] - a)));
    s += sin(fabs(log1p(fabs(((double)i + 1.5)))));
    s += (((y[i] * (double)i) * ((double)i + y[i])) + ((1.5 + x[i]) * sin(fabs(b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel34(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((a + 1.5) - (a - y[i])) - sin(fabs(((double)i * x[i]))));
    s += (((1.5 - s) * (b + x[i])) * (((double)i + b) - (x[i] * b)));
    s += cos(fabs(((x[i] * (double)i) + (1.5 + y[i]))));
    s += (sin(fabs(sqrt(fabs(y[i])))) - (sin(fabs(a)) * (1.5 + (double)i)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel35(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (sqrt(fabs((b * a))) + (sin(fabs((double)i)) * (x[i] - a)));
    s += (((1.5 - s) + (s * b)) - (atan(fabs(x[i])) - (y[i] * 1.5)));
    s += (((a * a) - sqrt(fabs((double)i))) * ((1.5 * (double)i) + (s - s)));
    s += ((((double)i - s) + (a * x[i])) - log1p(fabs(atan(fabs(1.5)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel36(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (atan(fabs(atan(fabs(s)))) + atan(fabs((s * 1.5))));
    s += ((sqrt(fabs(b)) - atan(fabs((double)i))) + (log1p(fabs(b)) * exp(fabs(s))));
    s += (((x[i] * 1.5) - (y[i] - s)) * ((s - b) * (y[i] + y[i])));
    s += atan(fabs(((s - b) * (y[i] + b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel37(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (tanh(fabs((x[i] + a))) * exp(fabs((x[i] + x[i]))));
    s += atan(fabs(((s + a) - (b * 1.5))));
    s += (atan(fabs(cos(fabs(y[i])))) - sin(fabs(exp(fabs(1.5)))));
    s += (((x[i] * (double)i) - ((double)i + a)) - (((double)i * b) + (y[i] - y[i])));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel38(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (sin(fabs((a + s))) + (atan(fabs(s)) * (1.5 - x[i])));
    s += exp(fabs((((double)i * a) * (1.5 * x[i]))));
    s += (((a - b) + (1.5 + (double)i)) + ((1.5 + y[i]) + sqrt(fabs(1.5))));
    s += (((x[i] - 1.5) + (b - a)) + ((y[i] - y[i]) * tanh(fabs(b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel39(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (atan(fabs(log1p(fabs(b)))) + exp(fabs((a - 1.5))));
    s += log1p(fabs(log1p(fabs((x[i] + s)))));
    s += atan(fabs((log1p(fabs(1.5)) - atan(fabs(y[i])))));
    s += ((cos(fabs(y[i])) + (b + x[i])) * (tanh(fabs(x[i])) - (a * y[i])));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel40(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((a + a) - log1p(fabs(y[i]))) - (cos(fabs(s)) + (y[i] * x[i])));
    s += (((1.5 - y[i]) + tanh(fabs((double)i))) * ((y[i] + x[i]) * (b * x[i])));
    s += ((tanh(fabs(1.5)) - log1p(fabs(1.5))) - tanh(fabs(cos(fabs(s)))));
    s += ((exp(fabs(s)) * (a * b)) * exp(fabs((1.5 - 1.5))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel41(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((x[i] - 1.5) + (b - s)) + ((x[i] + x[i]) + (y[i] + a)));
    s += atan(fabs((tanh(fabs((double)i)) + atan(fabs(s)))));
    s += ((log1p(fabs(x[i])) - ((double)i + x[i])) - log1p(fabs((1.5 - x[i]))));
    s += log1p(fabs(((y[i] + y[i]) * ((double)i - y[i]))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel42(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (tanh(fabs((b * 1.5))) * ((x[i] - a) - exp(fabs((double)i))));
    s += (((a - 1.5) * sqrt(fabs(y[i]))) * (log1p(fabs((double)i)) * sin(fabs(s))));
    s += exp(fabs(((x[i] + y[i]) - (1.5 - (double)i))));
    s += sin(fabs(tanh(fabs(((double)i * a)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel43(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((sin(fabs(a)) + (b + x[i])) - exp(fabs((x[i] + s))));
    s += (((x[i] - s) * (b + s)) + ((s - a) + ((double)i * a)));
    s += ((((double)i - y[i]) * (b * a)) * ((x[i] + a) + sqrt(fabs(b))));
    s += (((y[i] + a) * (a - y[i])) - sin(fabs(sin(fabs(s)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel44(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((log1p(fabs(1.5)) - (1.5 + s)) + ((y[i] - a) * ((double)i + s)));
    s += (atan(fabs(((double)i * 1.5))) - tanh(fabs(((double)i + b))));
    s += (atan(fabs((x[i] - b))) * atan(fabs((1.5 * s))));
    s += atan(fabs((((double)i - a) - (s * b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel45(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (tanh(fabs((b - b))) - exp(fabs((b * b))));
    s += (exp(fabs((1.5 * 1.5))) + (log1p(fabs(x[i])) + sqrt(fabs(b))));
    s += sqrt(fabs(((b * 1.5) * (b - b))));
    s += (((x[i] * x[i]) * log1p(fabs(a))) * ((s + y[i]) - (b * s)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel46(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((y[i] - a) - (1.5 - s)) + exp(fabs((1.5 * b))));
    s += (((y[i] * y[i]) - tanh(fabs(s))) * sqrt(fabs(((double)i * x[i]))));
    s += (sin(fabs(((double)i * x[i]))) - (sin(fabs((double)i)) + log1p(fabs(1.5))));
    s += (tanh(fabs((s + s))) + (cos(fabs(s)) * sin(fabs(x[i]))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel47(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sqrt(fabs(((b + (double)i) + (s - y[i]))));
    s += ((exp(fabs((double)i)) + (s + a)) + ((x[i] + b) * (x[i] - x[i])));
    s += (sin(fabs(sqrt(fabs(1.5)))) + ((1.5 - a) - (b + y[i])));
    s += (((b - b) * (1.5 + x[i])) + log1p(fabs(exp(fabs(b)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel48(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (sqrt(fabs((a - (double)i))) + ((a * y[i]) - exp(fabs(a))));
    s += sin(fabs(sin(fabs((y[i] + (double)i)))));
    s += cos(fabs(atan(fabs((s - b)))));
    s += ((exp(fabs(y[i])) * ((double)i * y[i])) - ((y[i] - (double)i) + (a * b)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel49(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((sqrt(fabs(s)) + atan(fabs(x[i]))) * ((a * 1.5) - tanh(fabs(s))));
    s += sin(fabs((cos(fabs(1.5)) + ((double)i + x[i]))));
    s += (((a + x[i]) * (y[i] - y[i])) * ((1.5 - 1.5) * (1.5 + a)));
    s += exp(fabs(((a - x[i]) * (b + 1.5))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel50(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((exp(fabs(x[i])) - ((double)i + (double)i)) * sin(fabs((b + 1.5))));
    s += ((exp(fabs((double)i)) * (s + s)) - (log1p(fabs((double)i)) * (x[i] + 1.5)));
    s += (((1.5 * s) * cos(fabs((double)i))) + exp(fabs(exp(fabs((double)i)))));
    s += ((((double)i * 1.5) + sin(fabs(a))) - ((s * (double)i) * (s + (double)i)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel51(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((1.5 + b) + tanh(fabs(1.5))) * sqrt(fabs(atan(fabs((double)i)))));
    s += exp(fabs(sin(fabs(exp(fabs(b))))));
    s += tanh(fabs((tanh(fabs(b)) * ((double)i + x[i]))));
    s += (((a * a) + (y[i] * s)) + ((s - 1.5) + (y[i] * b)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel52(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((tanh(fabs(a)) + (y[i] + x[i])) - (exp(fabs(b)) + log1p(fabs(b))));
    s += (sqrt(fabs(sin(fabs(b)))) - tanh(fabs(((double)i * a))));
    s += log1p(fabs(((1.5 * a) + (x[i] * a))));
    s += (((a * y[i]) + sin(fabs(x[i]))) - (cos(fabs((double)i)) * ((double)i + x[i])));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel53(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((a - y[i]) * (a + a)) + ((1.5 - y[i]) + sqrt(fabs(1.5))));
    s += (((x[i] + b) - (y[i] - s)) * (cos(fabs(y[i])) + (b + x[i])));
    s += ((exp(fabs(x[i])) + (1.5 * b)) + tanh(fabs(tanh(fabs(b)))));
    s += (sin(fabs((1.5 + (double)i))) + (atan(fabs(s)) * (y[i] - x[i])));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel54(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((s * 1.5) + (s * x[i])) + (((double)i - s) * (a - (double)i)));
    s += (exp(fabs(((double)i + 1.5))) + tanh(fabs((x[i] + (double)i))));
    s += (((a * y[i]) * (a + y[i])) + (tanh(fabs(x[i])) + (a * x[i])));
    s += tanh(fabs(log1p(fabs(log1p(fabs(y[i]))))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel55(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((s * x[i]) - (1.5 - y[i])) * ((1.5 + (double)i) * (b * b)));
    s += ((log1p(fabs(1.5)) + atan(fabs(s))) + (sin(fabs(x[i])) * (y[i] - a)));
    s += cos(fabs(((s + s) + (1.5 - y[i]))));
    s += ((((double)i * x[i]) - exp(fabs(s))) * ((b + 1.5) * (a * a)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel56(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (tanh(fabs(exp(fabs(y[i])))) * ((s - x[i]) + (x[i] - y[i])));
    s += exp(fabs(((1.5 + s) - ((double)i - b))));
    s += exp(fabs(((b + 1.5) + sqrt(fabs(1.5)))));
    s += (((y[i] * 1.5) - (1.5 * s)) + ((a + s) * cos(fabs(1.5))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel57(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((b - a) + (b - y[i])) + sqrt(fabs(cos(fabs((double)i)))));
    s += (exp(fabs(exp(fabs(a)))) * ((y[i] * x[i]) * (x[i] + 1.5)));
    s += ((atan(fabs(a)) + (y[i] * x[i])) - ((a * 1.5) * atan(fabs(s))));
    s += ((((double)i - 1.5) - (y[i] + a)) + sin(fabs(((double)i - b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel58(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((y[i] * x[i]) + (a - (double)i)) * ((a + y[i]) * (s + a)));
    s += (((1.5 * b) * (x[i] - a)) + exp(fabs((1.5 + (double)i))));
    s += tanh(fabs(sin(fabs((y[i] * a)))));
    s += ((tanh(fabs(x[i])) + (x[i] + 1.5)) * (cos(fabs(a)) * (x[i] * a)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel59(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (exp(fabs((x[i] * b))) - ((y[i] + 1.5) - (x[i] * s)));
    s += (((a - 1.5) + exp(fabs(s))) * (sqrt(fabs((double)i)) * (y[i] + x[i])));
    s += cos(fabs(((a - b) - (s * y[i]))));
    s += ((((double)i * a) * (x[i] * a)) * ((b * a) - (a + a)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel60(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += log1p(fabs(atan(fabs((a + (double)i)))));
    s += atan(fabs(((s + x[i]) + (y[i] * 1.5))));
    s += sqrt(fabs((cos(fabs(1.5)) * (1.5 + s))));
    s += atan(fabs(((1.5 - y[i]) * (1.5 - b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel61(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += atan(fabs((tanh(fabs(x[i])) + (b * 1.5))));
    s += (log1p(fabs((b * (double)i))) + sin(fabs(log1p(fabs(y[i])))));
    s += cos(fabs(((a - b) + (1.5 + b))));
    s += ((atan(fabs(y[i])) - exp(fabs(x[i]))) - (exp(fabs((double)i)) * (b + s)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel62(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += atan(fabs(tanh(fabs((1.5 - y[i])))));
    s += (exp(fabs((1.5 + y[i]))) + exp(fabs(tanh(fabs(a)))));
    s += cos(fabs(((b - (double)i) * (a + s))));
    s += atan(fabs((cos(fabs(s)) * log1p(fabs((double)i)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel63(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += sin(fabs(exp(fabs(sin(fabs(x[i]))))));
    s += (((x[i] + y[i]) * ((double)i * s)) * ((1.5 - x[i]) - (1.5 + (double)i)));
    s += tanh(fabs(exp(fabs(sin(fabs(y[i]))))));
    s += (((a - x[i]) - ((double)i - s)) - ((1.5 * (double)i) - (a * b)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel64(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (atan(fabs((b + (double)i))) + sqrt(fabs((a * s))));
    s += ((((double)i + x[i]) * ((double)i + b)) * ((b * (double)i) - (s + b)));
    s += (((s * b) + (1.5 * 1.5)) - (sqrt(fabs(a)) * (1.5 - x[i])));
    s += ((sqrt(fabs(1.5)) - atan(fabs(b))) * ((s + y[i]) + (s - s)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel65(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += cos(fabs((cos(fabs(y[i])) * ((double)i * 1.5))));
    s += (((1.5 - x[i]) - exp(fabs(b))) + ((s * a) - (a - a)));
    s += (((b * 1.5) + (y[i] + (double)i)) + ((y[i] * a) * (b - x[i])));
    s += (exp(fabs(cos(fabs(a)))) * ((a + a) - tanh(fabs(b))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel66(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (log1p(fabs((a * 1.5))) - ((b - x[i]) * (b - (double)i)));
    s += (cos(fabs((s + s))) + ((s - x[i]) * atan(fabs(x[i]))));
    s += log1p(fabs(((b * 1.5) + sqrt(fabs(b)))));
    s += (((b + x[i]) - (y[i] * 1.5)) + ((b * x[i]) * exp(fabs(1.5))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel67(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((atan(fabs(x[i])) * (x[i] - x[i])) + (tanh(fabs(y[i])) * (1.5 + s)));
    s += (((b + 1.5) * exp(fabs(y[i]))) * (sqrt(fabs(a)) * exp(fabs(b))));
    s += atan(fabs(log1p(fabs((b * x[i])))));
    s += (log1p(fabs((1.5 * a))) - sin(fabs(tanh(fabs(a)))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel68(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (((y[i] - 1.5) - tanh(fabs(s))) * exp(fabs(sin(fabs(b)))));
    s += ((cos(fabs(1.5)) - tanh(fabs(y[i]))) * (((double)i - y[i]) + log1p(fabs(1.5))));
    s += (atan(fabs((1.5 * b))) + tanh(fabs((1.5 + b))));
    s += tanh(fabs((cos(fabs(s)) + tanh(fabs(y[i])))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel69(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += ((sin(fabs(x[i])) - atan(fabs(a))) * ((y[i] + (double)i) + atan(fabs(b))));
    s += cos(fabs((((double)i * (double)i) + (a - s))));
    s += (atan(fabs((y[i] - x[i]))) - ((y[i] * s) * log1p(fabs(y[i]))));
    s += (((x[i] + 1.5) - cos(fabs((double)i))) * (exp(fabs(x[i])) - (x[i] + b)));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel70(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += exp(fabs(((x[i] + y[i]) - atan(fabs(1.5)))));
    s += ((sqrt(fabs(s)) + (a + y[i])) * (exp(fabs(b)) - tanh(fabs(a))));
    s += atan(fabs((((double)i * b) + (x[i] + s))));
    s += (sin(fabs((x[i] - (double)i))) * sqrt(fabs((x[i] - (double)i))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}

double kernel71(const double *x, double *y, int n, double a, double b) {
  double s = 0.0;
  for (int i = 0; i < n; i++) {
    s += (cos(fabs((x[i] - x[i]))) * ((y[i] - x[i]) + (x[i] + b)));
    s += sqrt(fabs(log1p(fabs(sqrt(fabs(s))))));
    s += exp(fabs((log1p(fabs(s)) + (y[i] * 1.5))));
    s += (sin(fabs(sin(fabs(b)))) * ((y[i] + 1.5) + exp(fabs(x[i]))));
    if (s > 1e6) s = s * 0.5; else y[i] = s;
  }
  return s;
}
