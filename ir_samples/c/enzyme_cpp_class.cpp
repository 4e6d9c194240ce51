// expect: dpos[0] = -1
// expect: dpos[2] = -2.5
// expect: dpoly = 1.1875
// expect: dscale = -0.35819648
// expect: dvirtual = 21.424777960769379
// expect: dstack[0] = 3
// expect: dstack[2] = 1.5
// Enzyme C++ interface: classes with methods (virtual ones too), templates, and memory
// managed with new / delete (through invoke, with cleanups that run destructors).
// - chain_energy(pos, n): the gaps between neighbours go into a Buffer (a class owning a
//   new[]'d array, freed by its destructor), then a Spring object's const method sums
//   0.5 k (gap - rest)^2: dE/dpos_i = k (g_{i-1} - rest) - k (g_i - rest).
// - poly_at(x): a Polynomial<4> class template holding its coefficients, evaluated by
//   Horner's rule through operator(): p(x) = 1 - 2x + x^2/2 + x^3/4, p'(1.5) = 1.1875.
// - decay(scale): a class template Integrator<double> whose const member run() calls a
//   private static member: 5 explicit Euler steps of y' = -scale y with dt = 0.1, so
//   y_5 = (1 - 0.1 scale)^5 and d/dscale = -0.5 (1 - 0.1 scale)^4 = -0.35819648 at 0.8.
// - two_shapes(s, which): a virtual call on an object chosen at run time (Square or Circle,
//   through an array of base pointers) plus a call on the Square: for the Circle,
//   d/ds (pi s^2 + (2 s)^2) = 2 pi s + 8 s = 3 pi + 12 at s = 1.5.
// - stack_sum(x, n): a linked stack of heap nodes (new Node per push, delete per pop, C++14
//   sized operator delete), summing w * x_i^2 with w = 1.5: d/dx_i = 3 x_i.
// Expected values by hand (closed forms).
#include <cmath>
#include <cstdio>

template <typename Return, typename... Args>
Return __enzyme_autodiff(void *, Args...);

extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

class Buffer {
  public:
    explicit Buffer(int n) : n_(n), data_(new double[n]) {}
    ~Buffer() { delete[] data_; }
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    double &operator[](int i) { return data_[i]; }
    int size() const { return n_; }

  private:
    int n_;
    double *data_;
};

struct Spring {
    double k, rest;
    double energy(double gap) const {
        double d = gap - rest;
        return 0.5 * k * d * d;
    }
};

double chain_energy(const double *pos, int n) {
    Buffer gaps(n - 1);
    for (int i = 0; i + 1 < n; i++) gaps[i] = pos[i + 1] - pos[i];
    Spring s{2.0, 1.0};
    double e = 0.0;
    for (int i = 0; i < gaps.size(); i++) e += s.energy(gaps[i]);
    return e;
}

template <int N>
class Polynomial {
  public:
    explicit Polynomial(const double (&c)[N]) {
        for (int i = 0; i < N; i++) coeffs_[i] = c[i];
    }
    double operator()(double x) const {
        double r = 0.0;
        for (int i = N - 1; i >= 0; i--) r = r * x + coeffs_[i];
        return r;
    }

  private:
    double coeffs_[N];
};

double poly_at(double x) {
    const double c[4] = {1.0, -2.0, 0.5, 0.25};
    Polynomial<4> p(c);
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

struct Node {
    double value;
    Node *next;
};

double stack_sum(const double *x, int n) {
    Buffer scratch(1);          // its destructor makes the news below invokes at -O0
    Node *top = nullptr;
    for (int i = 0; i < n; i++) top = new Node{x[i] * x[i], top};
    scratch[0] = 0.0;
    while (top) {
        Node *next = top->next;
        scratch[0] += 1.5 * top->value;
        delete top;
        top = next;
    }
    return scratch[0];
}

int main() {
    double pos[4] = {0.0, 1.5, 2.0, 3.75}, dpos[4] = {0.0, 0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)chain_energy, enzyme_dup, pos, dpos, enzyme_const, 4);
    std::printf("%s = %.17g\n", "dpos[0]", dpos[0]);
    std::printf("%s = %.17g\n", "dpos[2]", dpos[2]);
    std::printf("%s = %.17g\n", "dpoly", __enzyme_autodiff<double>((void *)poly_at, 1.5));
    std::printf("%s = %.17g\n", "dscale", __enzyme_autodiff<double>((void *)decay, 0.8));
    std::printf("%s = %.17g\n", "dvirtual",
                __enzyme_autodiff<double>((void *)two_shapes, enzyme_out, 1.5, enzyme_const, 1));
    double x[3] = {1.0, -2.0, 0.5}, dx[3] = {0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)stack_sum, enzyme_dup, x, dx, enzyme_const, 3);
    std::printf("%s = %.17g\n", "dstack[0]", dx[0]);
    std::printf("%s = %.17g\n", "dstack[2]", dx[2]);
    std::fflush(stdout);
    return 0;
}
