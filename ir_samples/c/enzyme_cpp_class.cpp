// expect: dpos[0] = -1
// expect: dpos[2] = -2.5
// expect: dpoly = 1.1875
// expect: dscale = -0.35819648
// expect: dsorted[0] = 24
// expect: dsorted[3] = 2
// expect: dvirtual = 21.424777960769379
// Enzyme C++ interface: classes with methods (virtual ones too), std::vector and std::sort.
// - chain_energy(pos, n): the gaps between neighbours are pushed onto a std::vector (which
//   grows through operator new / delete), then a Spring object's const method sums
//   0.5 k (gap - rest)^2: dE/dpos_i = k (g_{i-1} - rest) - k (g_i - rest).
// - poly_at(x): a Polynomial class holding its coefficients in a std::vector built from an
//   initializer list, evaluated by Horner's rule through operator(): p'(x).
// - decay(scale): a class template Integrator<double> whose const member run() calls a
//   private static member: 5 explicit Euler steps of y' = -scale y with dt = 0.1, so
//   y_5 = (1 - 0.1 scale)^5 and d/dscale = -0.5 (1 - 0.1 scale)^4 = -0.35819648 at 0.8.
// - rank_energy(x, n): std::sort of a std::vector copy (at -O0 a recursive introsort whose
//   partition step returns an iterator), then sum_i (i + 1) v_i^2: dx_j = 2 (rank_j + 1) x_j,
//   {24, -2, 12, 2} at x = {3, -1, 2, 0.5}.
// - two_shapes(s, which): a virtual call on an object chosen at run time (Square or Circle,
//   through an array of base pointers) plus a call on the Square: for the Circle,
//   d/ds (pi s^2 + (2 s)^2) = 2 pi s + 8 s = 3 pi + 12 at s = 1.5.
// Expected values by hand (closed forms).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

template <typename Return, typename... Args>
Return __enzyme_autodiff(void *, Args...);

extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

struct Spring {
    double k, rest;
    double energy(double gap) const {
        double d = gap - rest;
        return 0.5 * k * d * d;
    }
};

double chain_energy(const double *pos, int n) {
    std::vector<double> gaps;
    for (int i = 0; i + 1 < n; i++) gaps.push_back(pos[i + 1] - pos[i]);
    Spring s{2.0, 1.0};
    double e = 0.0;
    for (double g : gaps) e += s.energy(g);
    return e;
}

class Polynomial {
  public:
    explicit Polynomial(std::vector<double> c) : coeffs_(std::move(c)) {}
    double operator()(double x) const {
        double r = 0.0;
        for (auto it = coeffs_.rbegin(); it != coeffs_.rend(); ++it) r = r * x + *it;
        return r;
    }

  private:
    std::vector<double> coeffs_;
};

double poly_at(double x) {
    Polynomial p({1.0, -2.0, 0.5, 0.25});
    return p(x);
}

template <typename T>
class Integrator {
  public:
    Integrator(T dt, int steps) : dt_(dt), steps_(steps) {}
    T run(T y, T scale) const {
        for (int i = 0; i < steps_; i++) y += dt_ * rate(y, scale);
        return y;
    }

  private:
    static T rate(T y, T scale) { return -scale * y; }
    T dt_;
    int steps_;
};

double decay(double scale) {
    Integrator<double> integ(0.1, 5);
    return integ.run(1.0, scale);
}

double rank_energy(const double *x, int n) {
    std::vector<double> v(x, x + n);
    std::sort(v.begin(), v.end());
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * v[i] * v[i];
    return s;
}

struct Shape {
    virtual double area(double s) const = 0;
    virtual ~Shape() {}
};

struct Square : Shape {
    double area(double s) const override { return s * s; }
};

struct Circle : Shape {
    double area(double s) const override { return M_PI * s * s; }
};

double two_shapes(double s, int which) {
    Square sq;
    Circle c;
    const Shape *shapes[2] = {&sq, &c};
    return shapes[which]->area(s) + sq.area(2.0 * s);
}

int main() {
    double pos[4] = {0.0, 1.5, 2.0, 3.75}, dpos[4] = {0.0, 0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)chain_energy, enzyme_dup, pos, dpos, enzyme_const, 4);
    std::printf("%s = %.17g\n", "dpos[0]", dpos[0]);
    std::printf("%s = %.17g\n", "dpos[2]", dpos[2]);
    std::printf("%s = %.17g\n", "dpoly", __enzyme_autodiff<double>((void *)poly_at, 1.5));
    std::printf("%s = %.17g\n", "dscale", __enzyme_autodiff<double>((void *)decay, 0.8));
    double x[4] = {3.0, -1.0, 2.0, 0.5}, dx[4] = {0.0, 0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)rank_energy, enzyme_dup, x, dx, enzyme_const, 4);
    std::printf("%s = %.17g\n", "dsorted[0]", dx[0]);
    std::printf("%s = %.17g\n", "dsorted[3]", dx[3]);
    std::printf("%s = %.17g\n", "dvirtual",
                __enzyme_autodiff<double>((void *)two_shapes, enzyme_out, 1.5, enzyme_const, 1));
    std::fflush(stdout);
    return 0;
}
