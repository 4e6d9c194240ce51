#include <math.h>
struct P { double w; double v[3]; int tag; };
static const double tab[8] = {1, 2, 3, 4, 5, 6, 7, 8};

double big(const double *x, double *y, struct P *p, int n, int m, double a, double b) {
  double s = 0.0, t = 1.0;
  long count = 0;
  for (int i = 0; i < n; i++) {
      s += (((1.5 - p[i % m].w) * atan(fabs(p[i % m].w))) - ((y[i] - s) + atan(fabs(tab[i & 7]))));
      s += log1p(fabs(((p[i % m].v[1] * a) * sqrt(fabs(y[i])))));
      s += cos(fabs(((1.5 - 1.5) * (p[i % m].w + tab[i & 7]))));
      t = t * 0.5 + s * 1e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sin(fabs(((s - p[i % m].w) + (t + p[i % m].w))));
      s += sin(fabs((sin(fabs(s)) - sin(fabs(tab[i & 7])))));
      s += cos(fabs((log1p(fabs((double)i)) - tanh(fabs(b)))));
      t = t * 0.5 + s * 2e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sin(fabs((x[i] - y[i]))) + sin(fabs(log1p(fabs(1.5)))));
      s += sqrt(fabs(sqrt(fabs(tanh(fabs(a))))));
      s += (((b + s) * (x[i] + a)) - ((p[i % m].v[1] + x[i]) + exp(fabs(x[i]))));
      t = t * 0.5 + s * 3e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((sin(fabs(y[i])) + tanh(fabs(b))) + ((1.5 + p[i % m].v[1]) - (a - a)));
      s += ((sqrt(fabs(b)) * tanh(fabs(tab[i & 7]))) * log1p(fabs((p[i % m].v[1] + (double)i))));
      s += sin(fabs(exp(fabs(tanh(fabs((double)i))))));
      t = t * 0.5 + s * 4e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += atan(fabs(((p[i % m].w + y[i]) + sqrt(fabs(tab[i & 7])))));
      s += ((cos(fabs(x[i])) + log1p(fabs(b))) + exp(fabs((p[i % m].v[1] + y[i]))));
      s += (((tab[i & 7] * p[i % m].w) * (p[i % m].v[1] + x[i])) - ((x[i] + p[i % m].v[1]) * sin(fabs(s))));
      t = t * 0.5 + s * 5e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((sqrt(fabs(t)) * tanh(fabs(a))) - ((y[i] - x[i]) - (p[i % m].v[1] * (double)i)));
      s += (sin(fabs(tanh(fabs(y[i])))) - (((double)i * p[i % m].v[1]) - (p[i % m].w + p[i % m].w)));
      s += (sqrt(fabs(sin(fabs(b)))) * atan(fabs((1.5 - x[i]))));
      t = t * 0.5 + s * 6e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sqrt(fabs(cos(fabs(t)))) * ((b - (double)i) * tanh(fabs((double)i))));
      s += ((cos(fabs((double)i)) + (t + a)) + ((x[i] * y[i]) - (y[i] - 1.5)));
      s += cos(fabs(((p[i % m].w - tab[i & 7]) - (p[i % m].v[1] - t))));
      t = t * 0.5 + s * 7e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sin(fabs(sqrt(fabs(tanh(fabs(s))))));
      s += (((x[i] * a) - (x[i] - b)) + ((y[i] - y[i]) * (tab[i & 7] - y[i])));
      s += (log1p(fabs(tanh(fabs(x[i])))) - (cos(fabs(s)) - (p[i % m].w * p[i % m].v[1])));
      t = t * 0.5 + s * 8e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (atan(fabs((b + (double)i))) * ((b * x[i]) - (tab[i & 7] * t)));
      s += ((tanh(fabs(tab[i & 7])) * cos(fabs((double)i))) + ((t - x[i]) - (x[i] - t)));
      s += (((x[i] + y[i]) - (a * t)) * (cos(fabs(p[i % m].w)) * (tab[i & 7] * 1.5)));
      t = t * 0.5 + s * 9e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((y[i] + 1.5) * (p[i % m].w * a)) * ((s - tab[i & 7]) - (p[i % m].v[1] + s)));
      s += (((p[i % m].v[1] - b) - (p[i % m].w + p[i % m].v[1])) - sin(fabs(((double)i * p[i % m].v[1]))));
      s += sin(fabs((sqrt(fabs(1.5)) - ((double)i - b))));
      t = t * 0.5 + s * 10e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (log1p(fabs((1.5 * t))) + sqrt(fabs(exp(fabs(a)))));
      s += ((cos(fabs(b)) + (t * t)) + (tanh(fabs(p[i % m].v[1])) + (p[i % m].v[1] - b)));
      s += ((tanh(fabs((double)i)) * (p[i % m].w + tab[i & 7])) * ((p[i % m].w * p[i % m].v[1]) + tanh(fabs(tab[i & 7]))));
      t = t * 0.5 + s * 11e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((t + b) + (a + a)) * log1p(fabs(atan(fabs((double)i)))));
      s += ((tanh(fabs(tab[i & 7])) + sqrt(fabs(tab[i & 7]))) - ((y[i] * p[i % m].w) * (p[i % m].w * b)));
      s += ((atan(fabs(p[i % m].w)) * (p[i % m].v[1] - a)) + cos(fabs(cos(fabs(s)))));
      t = t * 0.5 + s * 12e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sin(fabs(tanh(fabs(1.5)))) + ((1.5 - p[i % m].w) - (p[i % m].v[1] - x[i])));
      s += (cos(fabs(log1p(fabs(t)))) * ((p[i % m].v[1] + y[i]) * (t + tab[i & 7])));
      s += ((sqrt(fabs(t)) - sin(fabs(a))) - exp(fabs((t - a))));
      t = t * 0.5 + s * 13e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((exp(fabs(s)) - exp(fabs(tab[i & 7]))) * exp(fabs((tab[i & 7] - t))));
      s += log1p(fabs((((double)i * 1.5) * sin(fabs((double)i)))));
      s += (sqrt(fabs(cos(fabs(s)))) - (cos(fabs(tab[i & 7])) - exp(fabs(s))));
      t = t * 0.5 + s * 14e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += exp(fabs(((p[i % m].w * y[i]) * (tab[i & 7] + p[i % m].w))));
      s += ((cos(fabs((double)i)) - (1.5 * p[i % m].v[1])) * log1p(fabs((p[i % m].w - p[i % m].v[1]))));
      s += (((s * s) * (s + x[i])) + (((double)i * (double)i) + ((double)i + p[i % m].v[1])));
      t = t * 0.5 + s * 15e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((cos(fabs((double)i)) * (b + p[i % m].w)) + ((1.5 + b) * (x[i] * (double)i)));
      s += (sin(fabs((a + t))) - log1p(fabs((s * p[i % m].v[1]))));
      s += (((a - a) + (p[i % m].w - p[i % m].w)) * (sqrt(fabs(tab[i & 7])) * (p[i % m].v[1] + tab[i & 7])));
      t = t * 0.5 + s * 16e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += cos(fabs(cos(fabs((tab[i & 7] + tab[i & 7])))));
      s += sin(fabs(exp(fabs((p[i % m].v[1] + y[i])))));
      s += exp(fabs(sin(fabs((a * b)))));
      t = t * 0.5 + s * 17e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((b - t) - (y[i] + 1.5)) * ((1.5 - s) - (t + tab[i & 7])));
      s += ((atan(fabs(a)) - (p[i % m].v[1] + 1.5)) - sin(fabs((p[i % m].v[1] - tab[i & 7]))));
      s += ((exp(fabs(b)) * (s - t)) - (tanh(fabs(t)) - (t * 1.5)));
      t = t * 0.5 + s * 18e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((s - p[i % m].w) - (b - p[i % m].w)) + atan(fabs((t * (double)i))));
      s += (((t - p[i % m].w) + (p[i % m].v[1] + a)) + ((s + b) * cos(fabs(p[i % m].v[1]))));
      s += sin(fabs(((y[i] * p[i % m].w) - (y[i] - y[i]))));
      t = t * 0.5 + s * 19e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sin(fabs((tanh(fabs(tab[i & 7])) + atan(fabs(tab[i & 7])))));
      s += (((p[i % m].w - 1.5) - (t * a)) - ((y[i] * p[i % m].v[1]) + (tab[i & 7] - x[i])));
      s += (((p[i % m].w * x[i]) * (x[i] + (double)i)) - (cos(fabs(tab[i & 7])) - (t + (double)i)));
      t = t * 0.5 + s * 20e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sin(fabs((y[i] - tab[i & 7]))) + (sin(fabs(1.5)) + (x[i] - y[i])));
      s += exp(fabs(cos(fabs((1.5 * p[i % m].w)))));
      s += cos(fabs(((s * p[i % m].w) * (s - (double)i))));
      t = t * 0.5 + s * 21e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((y[i] - b) - cos(fabs((double)i))) * ((x[i] * b) + (t - b)));
      s += ((cos(fabs(t)) + atan(fabs(p[i % m].w))) + ((s * p[i % m].w) + atan(fabs(a))));
      s += atan(fabs((cos(fabs(y[i])) - tanh(fabs(p[i % m].w)))));
      t = t * 0.5 + s * 22e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += log1p(fabs((tanh(fabs(p[i % m].v[1])) * (s + b))));
      s += ((atan(fabs(1.5)) + log1p(fabs(p[i % m].w))) - atan(fabs((t - (double)i))));
      s += exp(fabs(((y[i] - y[i]) * tanh(fabs((double)i)))));
      t = t * 0.5 + s * 23e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((y[i] * 1.5) + (1.5 + s)) * atan(fabs(atan(fabs(b)))));
      s += (tanh(fabs((p[i % m].w * s))) - ((y[i] - b) + (y[i] - s)));
      s += (((t - (double)i) + sqrt(fabs(y[i]))) + ((a + (double)i) + (p[i % m].v[1] * y[i])));
      t = t * 0.5 + s * 24e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sin(fabs(sin(fabs((y[i] - (double)i)))));
      s += (cos(fabs(((double)i - t))) - ((p[i % m].v[1] * t) + (p[i % m].v[1] * x[i])));
      s += cos(fabs(((y[i] * (double)i) + (s + p[i % m].v[1]))));
      t = t * 0.5 + s * 25e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sqrt(fabs((p[i % m].w + t))) * (tanh(fabs(b)) * (b * x[i])));
      s += (sin(fabs(log1p(fabs(p[i % m].v[1])))) - ((t - 1.5) + (a + p[i % m].v[1])));
      s += (((s + t) * atan(fabs(x[i]))) - ((p[i % m].v[1] - a) + (y[i] - x[i])));
      t = t * 0.5 + s * 26e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((tab[i & 7] + s) * ((double)i * p[i % m].v[1])) * (cos(fabs((double)i)) - sqrt(fabs((double)i))));
      s += log1p(fabs(sqrt(fabs(cos(fabs(p[i % m].v[1]))))));
      s += (atan(fabs(tanh(fabs(a)))) - ((1.5 - (double)i) * (p[i % m].v[1] - s)));
      t = t * 0.5 + s * 27e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((((double)i - y[i]) * sqrt(fabs(t))) * ((x[i] - x[i]) - ((double)i * (double)i)));
      s += (((p[i % m].v[1] + b) + (b * (double)i)) + (cos(fabs(p[i % m].w)) - (b + tab[i & 7])));
      s += (((a + tab[i & 7]) * (y[i] + y[i])) * (sqrt(fabs(p[i % m].v[1])) - cos(fabs(s))));
      t = t * 0.5 + s * 28e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += cos(fabs(log1p(fabs(((double)i + t)))));
      s += (exp(fabs(exp(fabs(s)))) - ((1.5 + b) - (x[i] + t)));
      s += (((a * p[i % m].w) + (b + x[i])) * tanh(fabs((s - a))));
      t = t * 0.5 + s * 29e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((((double)i + a) + (y[i] * b)) - cos(fabs((s - t))));
      s += ((sqrt(fabs(b)) - (a * b)) - tanh(fabs(sin(fabs(1.5)))));
      s += (sin(fabs(sqrt(fabs(s)))) * atan(fabs((a - b))));
      t = t * 0.5 + s * 30e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += exp(fabs((atan(fabs(a)) + (p[i % m].v[1] - x[i]))));
      s += ((sqrt(fabs(tab[i & 7])) - (1.5 + p[i % m].w)) - ((tab[i & 7] * p[i % m].w) + (a + p[i % m].v[1])));
      s += (((s * b) - (b * p[i % m].v[1])) - cos(fabs((x[i] * 1.5))));
      t = t * 0.5 + s * 31e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (cos(fabs((p[i % m].v[1] - (double)i))) * (atan(fabs(x[i])) + cos(fabs(p[i % m].v[1]))));
      s += (((p[i % m].v[1] + x[i]) - (t * p[i % m].w)) - ((tab[i & 7] * a) - cos(fabs(1.5))));
      s += (((x[i] - (double)i) - (b * x[i])) + ((a + 1.5) * (x[i] + b)));
      t = t * 0.5 + s * 32e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((sqrt(fabs(s)) - (y[i] + tab[i & 7])) * ((b - s) + (b - 1.5)));
      s += cos(fabs(((p[i % m].v[1] + x[i]) + (tab[i & 7] + t))));
      s += (((a - (double)i) + (x[i] + (double)i)) - atan(fabs((a - b))));
      t = t * 0.5 + s * 33e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((1.5 - 1.5) * (1.5 + p[i % m].w)) - (exp(fabs(t)) - (p[i % m].w + s)));
      s += (((b - y[i]) - tanh(fabs(t))) + ((y[i] + t) - ((double)i - s)));
      s += ((log1p(fabs(p[i % m].v[1])) + (b + p[i % m].w)) * cos(fabs(((double)i - p[i % m].w))));
      t = t * 0.5 + s * 34e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((t * 1.5) * (b - p[i % m].w)) * (sqrt(fabs(t)) + exp(fabs(t))));
      s += (atan(fabs(tanh(fabs(1.5)))) * atan(fabs((s * tab[i & 7]))));
      s += atan(fabs(tanh(fabs((y[i] - b)))));
      t = t * 0.5 + s * 35e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (atan(fabs(((double)i - x[i]))) - ((1.5 * s) + log1p(fabs(b))));
      s += (tanh(fabs((p[i % m].w + t))) - ((s * p[i % m].w) - (x[i] - y[i])));
      s += (log1p(fabs(log1p(fabs(1.5)))) * tanh(fabs((s + x[i]))));
      t = t * 0.5 + s * 36e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += exp(fabs(((s * a) * (p[i % m].v[1] - t))));
      s += tanh(fabs(((tab[i & 7] + p[i % m].v[1]) * ((double)i + s))));
      s += log1p(fabs((((double)i + a) * (s - t))));
      t = t * 0.5 + s * 37e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sqrt(fabs(cos(fabs(s)))) * sqrt(fabs(sqrt(fabs((double)i)))));
      s += sqrt(fabs(((p[i % m].w + p[i % m].v[1]) * (t - t))));
      s += sin(fabs((((double)i * a) + (a - p[i % m].v[1]))));
      t = t * 0.5 + s * 38e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((log1p(fabs(s)) - (p[i % m].w - b)) * exp(fabs((p[i % m].w * a))));
      s += (((s + 1.5) * (1.5 + a)) * ((x[i] - s) - ((double)i - tab[i & 7])));
      s += tanh(fabs((atan(fabs(b)) * (p[i % m].v[1] - tab[i & 7]))));
      t = t * 0.5 + s * 39e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((a + b) - (s + tab[i & 7])) + ((a - s) - tanh(fabs((double)i))));
      s += ((cos(fabs(y[i])) + exp(fabs(p[i % m].w))) + ((p[i % m].w - a) - log1p(fabs(tab[i & 7]))));
      s += log1p(fabs(((a * (double)i) * (p[i % m].w - a))));
      t = t * 0.5 + s * 40e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((s - (double)i) + sin(fabs(s))) * (log1p(fabs(s)) - log1p(fabs(b))));
      s += (sin(fabs(sin(fabs(s)))) * cos(fabs((a + (double)i))));
      s += ((((double)i * x[i]) + (tab[i & 7] * s)) - exp(fabs((1.5 * x[i]))));
      t = t * 0.5 + s * 41e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sin(fabs(((tab[i & 7] + s) - sqrt(fabs(s)))));
      s += log1p(fabs(cos(fabs(exp(fabs(x[i]))))));
      s += (cos(fabs((1.5 - s))) * ((y[i] - (double)i) * (p[i % m].v[1] + x[i])));
      t = t * 0.5 + s * 42e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (log1p(fabs((p[i % m].w * s))) - ((s - y[i]) * (y[i] - t)));
      s += cos(fabs(tanh(fabs(exp(fabs(tab[i & 7]))))));
      s += exp(fabs(cos(fabs((a - x[i])))));
      t = t * 0.5 + s * 43e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sqrt(fabs(sin(fabs((p[i % m].w + x[i])))));
      s += (((y[i] * t) - (b - (double)i)) * ((y[i] * (double)i) - (t * x[i])));
      s += tanh(fabs(((x[i] + p[i % m].v[1]) * (1.5 * tab[i & 7]))));
      t = t * 0.5 + s * 44e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((y[i] * 1.5) - ((double)i - p[i % m].w)) + ((x[i] * x[i]) * (1.5 - p[i % m].v[1])));
      s += sin(fabs((log1p(fabs(t)) - (t + 1.5))));
      s += (((a - y[i]) + tanh(fabs(a))) + ((s + a) + (s * t)));
      t = t * 0.5 + s * 45e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((b - s) * sin(fabs(p[i % m].w))) - ((b + 1.5) + (p[i % m].w + a)));
      s += (exp(fabs(exp(fabs(b)))) - cos(fabs((x[i] * p[i % m].v[1]))));
      s += ((tanh(fabs(b)) * (b * tab[i & 7])) - ((t * s) * (b + a)));
      t = t * 0.5 + s * 46e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sqrt(fabs((sin(fabs(s)) - (t - b))));
      s += sin(fabs(((t - (double)i) + tanh(fabs(s)))));
      s += (((1.5 + p[i % m].w) + (t * (double)i)) + (sin(fabs(s)) + (1.5 + 1.5)));
      t = t * 0.5 + s * 47e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((1.5 * y[i]) - (s * 1.5)) * (tanh(fabs(x[i])) * (x[i] - t)));
      s += atan(fabs(log1p(fabs(sin(fabs(p[i % m].v[1]))))));
      s += tanh(fabs(cos(fabs(exp(fabs(x[i]))))));
      t = t * 0.5 + s * 48e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((t + tab[i & 7]) * sin(fabs(t))) + ((tab[i & 7] * p[i % m].v[1]) + (x[i] - (double)i)));
      s += (((x[i] + 1.5) * (tab[i & 7] + p[i % m].w)) * exp(fabs((p[i % m].w - y[i]))));
      s += (cos(fabs((p[i % m].v[1] * s))) * ((y[i] - 1.5) + atan(fabs(t))));
      t = t * 0.5 + s * 49e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((exp(fabs((double)i)) * (y[i] + s)) * (cos(fabs(a)) * sqrt(fabs(s))));
      s += atan(fabs(sqrt(fabs((x[i] + p[i % m].v[1])))));
      s += (((y[i] * a) + (p[i % m].w + (double)i)) * ((y[i] - x[i]) + atan(fabs(y[i]))));
      t = t * 0.5 + s * 50e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((sqrt(fabs(p[i % m].v[1])) + (1.5 - p[i % m].w)) * (((double)i - s) + sqrt(fabs(y[i]))));
      s += (((b * p[i % m].w) + (p[i % m].w + (double)i)) * tanh(fabs((b - y[i]))));
      s += ((((double)i - 1.5) + atan(fabs(p[i % m].w))) + log1p(fabs(((double)i + tab[i & 7]))));
      t = t * 0.5 + s * 51e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += exp(fabs(exp(fabs((b * p[i % m].w)))));
      s += (log1p(fabs((y[i] + p[i % m].v[1]))) - ((p[i % m].v[1] * t) - atan(fabs(p[i % m].v[1]))));
      s += cos(fabs(((t + y[i]) + exp(fabs((double)i)))));
      t = t * 0.5 + s * 52e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((sqrt(fabs(tab[i & 7])) + cos(fabs(s))) - cos(fabs((s * s))));
      s += atan(fabs(((y[i] * a) - (x[i] * tab[i & 7]))));
      s += ((tanh(fabs(1.5)) - (tab[i & 7] + a)) + (((double)i - tab[i & 7]) - (1.5 - y[i])));
      t = t * 0.5 + s * 53e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((p[i % m].w * y[i]) * exp(fabs(tab[i & 7]))) * atan(fabs(log1p(fabs(t)))));
      s += ((atan(fabs(s)) - ((double)i - b)) * (((double)i * (double)i) * (y[i] * a)));
      s += ((atan(fabs(a)) * (p[i % m].v[1] * tab[i & 7])) - ((1.5 - p[i % m].v[1]) + ((double)i - y[i])));
      t = t * 0.5 + s * 54e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (exp(fabs(((double)i * x[i]))) - ((s - b) * sqrt(fabs(y[i]))));
      s += (((1.5 - 1.5) + atan(fabs(p[i % m].v[1]))) + ((a + t) * log1p(fabs(t))));
      s += (((t - y[i]) + (b + p[i % m].w)) * (atan(fabs(b)) * exp(fabs(t))));
      t = t * 0.5 + s * 55e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((s * s) + sin(fabs(a))) * ((s - p[i % m].w) + sin(fabs(s))));
      s += atan(fabs(sqrt(fabs(log1p(fabs(a))))));
      s += ((sin(fabs(p[i % m].w)) * atan(fabs(tab[i & 7]))) * ((s - x[i]) - (t * p[i % m].w)));
      t = t * 0.5 + s * 56e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += log1p(fabs(((b * p[i % m].w) - (t + y[i]))));
      s += (tanh(fabs((s + y[i]))) * (exp(fabs(s)) - (x[i] * tab[i & 7])));
      s += sin(fabs((tanh(fabs(p[i % m].w)) * sqrt(fabs(tab[i & 7])))));
      t = t * 0.5 + s * 57e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += sqrt(fabs(((b * y[i]) - cos(fabs(y[i])))));
      s += (sqrt(fabs(exp(fabs(s)))) - exp(fabs((p[i % m].w + (double)i))));
      s += (log1p(fabs((tab[i & 7] * p[i % m].v[1]))) * (atan(fabs(p[i % m].w)) + (x[i] + y[i])));
      t = t * 0.5 + s * 58e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += exp(fabs((sin(fabs(a)) + (p[i % m].w * tab[i & 7]))));
      s += (sin(fabs((b - b))) - (log1p(fabs(x[i])) + sqrt(fabs(t))));
      s += (((1.5 * b) - cos(fabs(b))) - (exp(fabs(a)) + (p[i % m].v[1] - p[i % m].v[1])));
      t = t * 0.5 + s * 59e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sin(fabs(cos(fabs(y[i])))) - ((b * x[i]) + (y[i] * p[i % m].w)));
      s += cos(fabs(sqrt(fabs((t * t)))));
      s += sin(fabs(((a - tab[i & 7]) + (b - s))));
      t = t * 0.5 + s * 60e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((atan(fabs(x[i])) + ((double)i + (double)i)) + cos(fabs(log1p(fabs(b)))));
      s += (((a * t) + cos(fabs(tab[i & 7]))) + ((tab[i & 7] - t) - (s + y[i])));
      s += (((y[i] - t) + (s * p[i % m].w)) * ((p[i % m].w - y[i]) + (x[i] + s)));
      t = t * 0.5 + s * 61e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((a + t) * (s - p[i % m].v[1])) - ((1.5 - x[i]) + log1p(fabs(tab[i & 7]))));
      s += atan(fabs(((s + x[i]) + (b + x[i]))));
      s += atan(fabs(((y[i] - x[i]) + (a - x[i]))));
      t = t * 0.5 + s * 62e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((1.5 - p[i % m].v[1]) * (t + p[i % m].v[1])) * ((p[i % m].v[1] - s) - (1.5 + tab[i & 7])));
      s += (((a - p[i % m].w) * (s + t)) + ((t - tab[i & 7]) + (x[i] - 1.5)));
      s += (((p[i % m].w * (double)i) * log1p(fabs((double)i))) - ((p[i % m].v[1] - x[i]) + (tab[i & 7] - x[i])));
      t = t * 0.5 + s * 63e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((log1p(fabs(x[i])) + sin(fabs(b))) * ((s + tab[i & 7]) * exp(fabs(p[i % m].w))));
      s += sin(fabs(((s - tab[i & 7]) * (b * b))));
      s += ((tanh(fabs(a)) * tanh(fabs(s))) - (atan(fabs(1.5)) - (x[i] + p[i % m].w)));
      t = t * 0.5 + s * 64e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((tab[i & 7] - tab[i & 7]) + (a + s)) - ((a * s) * (a * tab[i & 7])));
      s += atan(fabs(((x[i] * s) - (1.5 + (double)i))));
      s += (cos(fabs((b + tab[i & 7]))) * ((p[i % m].w - t) - cos(fabs(x[i]))));
      t = t * 0.5 + s * 65e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((t - x[i]) + sqrt(fabs(p[i % m].v[1]))) - ((t + s) + (1.5 + x[i])));
      s += tanh(fabs(((p[i % m].w + s) + (t + (double)i))));
      s += (sin(fabs((s * tab[i & 7]))) * ((b - y[i]) + (1.5 * (double)i)));
      t = t * 0.5 + s * 66e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((p[i % m].w - p[i % m].v[1]) * (x[i] * y[i])) + sin(fabs((a * s))));
      s += (((s * x[i]) * sin(fabs((double)i))) + (exp(fabs(x[i])) * exp(fabs(1.5))));
      s += ((log1p(fabs(1.5)) * (b - tab[i & 7])) + ((x[i] + p[i % m].v[1]) + sqrt(fabs(1.5))));
      t = t * 0.5 + s * 67e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((1.5 * y[i]) + (1.5 * t)) * exp(fabs(atan(fabs(p[i % m].w)))));
      s += (((b - x[i]) + (1.5 + t)) * ((t + p[i % m].v[1]) + (s * y[i])));
      s += (((1.5 * (double)i) * ((double)i * y[i])) * cos(fabs((p[i % m].v[1] * tab[i & 7]))));
      t = t * 0.5 + s * 68e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (exp(fabs(atan(fabs(y[i])))) * ((p[i % m].v[1] * (double)i) + (t - s)));
      s += log1p(fabs(log1p(fabs(cos(fabs((double)i))))));
      s += sqrt(fabs(cos(fabs(((double)i + p[i % m].v[1])))));
      t = t * 0.5 + s * 69e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((t * 1.5) - tanh(fabs(p[i % m].w))) - ((a * t) * (x[i] - p[i % m].v[1])));
      s += (((tab[i & 7] - tab[i & 7]) - atan(fabs((double)i))) * sqrt(fabs(log1p(fabs(p[i % m].w)))));
      s += ((exp(fabs(t)) - (y[i] + s)) * ((b - s) + (p[i % m].w * x[i])));
      t = t * 0.5 + s * 70e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (((s * p[i % m].v[1]) + sin(fabs(y[i]))) + (cos(fabs(s)) + (p[i % m].v[1] + tab[i & 7])));
      s += ((tanh(fabs(t)) * (b - t)) + ((p[i % m].v[1] - p[i % m].v[1]) * (b * b)));
      s += (((t - (double)i) + (p[i % m].v[1] * a)) - ((b - b) - (b - tab[i & 7])));
      t = t * 0.5 + s * 71e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += tanh(fabs(((tab[i & 7] * p[i % m].v[1]) + sin(fabs(p[i % m].v[1])))));
      s += ((((double)i + y[i]) - tanh(fabs(p[i % m].v[1]))) + (cos(fabs(tab[i & 7])) - atan(fabs(s))));
      s += sin(fabs(((b - s) - exp(fabs(s)))));
      t = t * 0.5 + s * 72e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (cos(fabs(atan(fabs(y[i])))) - (sqrt(fabs(p[i % m].v[1])) * (p[i % m].w + (double)i)));
      s += ((log1p(fabs(p[i % m].w)) * (b - x[i])) - (atan(fabs(x[i])) * (p[i % m].w + t)));
      s += (((t * 1.5) + (p[i % m].w + p[i % m].v[1])) * ((y[i] + b) * (p[i % m].w - p[i % m].w)));
      t = t * 0.5 + s * 73e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (exp(fabs((y[i] * y[i]))) + ((tab[i & 7] + 1.5) * ((double)i * p[i % m].w)));
      s += ((log1p(fabs(b)) * (1.5 * p[i % m].w)) - ((p[i % m].v[1] + x[i]) + (b * y[i])));
      s += exp(fabs(((p[i % m].w * y[i]) * cos(fabs(b)))));
      t = t * 0.5 + s * 74e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sin(fabs((a + tab[i & 7]))) + ((tab[i & 7] - s) * tanh(fabs(y[i]))));
      s += ((sqrt(fabs(s)) - (tab[i & 7] - (double)i)) * ((tab[i & 7] + b) * cos(fabs(tab[i & 7]))));
      s += exp(fabs(cos(fabs((tab[i & 7] * y[i])))));
      t = t * 0.5 + s * 75e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((((double)i * t) - log1p(fabs(1.5))) * ((x[i] + x[i]) - (t * t)));
      s += (((p[i % m].v[1] + b) * tanh(fabs(tab[i & 7]))) * ((1.5 * x[i]) + (x[i] + b)));
      s += (log1p(fabs((a - x[i]))) - (cos(fabs(p[i % m].v[1])) + (b * (double)i)));
      t = t * 0.5 + s * 76e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += tanh(fabs(atan(fabs((x[i] * y[i])))));
      s += cos(fabs(sin(fabs((y[i] * p[i % m].w)))));
      s += cos(fabs((((double)i + (double)i) * (y[i] - x[i]))));
      t = t * 0.5 + s * 77e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (sqrt(fabs(atan(fabs(t)))) + (((double)i - p[i % m].w) - (a + (double)i)));
      s += (((y[i] * x[i]) - exp(fabs(b))) + ((a * (double)i) - (y[i] * y[i])));
      s += (((p[i % m].v[1] * p[i % m].v[1]) * (s + 1.5)) * sqrt(fabs(log1p(fabs(1.5)))));
      t = t * 0.5 + s * 78e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += (atan(fabs(((double)i * p[i % m].v[1]))) - sqrt(fabs((s - tab[i & 7]))));
      s += ((exp(fabs(p[i % m].w)) * (p[i % m].w - b)) - ((x[i] + x[i]) * exp(fabs(tab[i & 7]))));
      s += sqrt(fabs((tanh(fabs(b)) - log1p(fabs(1.5)))));
      t = t * 0.5 + s * 79e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  for (int i = 0; i < n; i++) {
      s += ((((double)i + t) * (1.5 * tab[i & 7])) * atan(fabs((b + p[i % m].v[1]))));
      s += (((a * b) * (t * x[i])) - sin(fabs(tanh(fabs(s)))));
      s += (((t + x[i]) * (1.5 + y[i])) + ((a * t) + tanh(fabs(t))));
      t = t * 0.5 + s * 80e-3;
      if (s > 1e6) s = s * 0.5; else y[i] = s;
      p[i % m].w += t;
      count += (i & 3) == 0;
  }
  return s + t + (double)count;
}
