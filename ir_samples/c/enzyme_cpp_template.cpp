// expect: drosen_dx(1.5, 2) = 151
// expect: g.dx = -251
// expect: g.dy = 250
// expect-float: dcubic<float>(1.25) = 4.0568552752094629
// expect: dcubic<double>(-0.75) = 0.22412226225235821
// expect: dv.x = 0.33333333333333331
// expect: dv.y = -0.66666666666666663
// expect: dv.z = 0.66666666666666663
// Enzyme C++ interface: __enzyme_autodiff declared as a function template (each call
// instantiates a mangled, non-variadic declaration with the argument types as written, so
// floats stay floats), markers as ordinary ints, and differentiated functions that are a
// static function, a function template instance and a function taking a struct pointer.
#include <cmath>
#include <cstdio>

template <typename Return, typename... Args>
Return __enzyme_autodiff(void *, Args...);

extern int enzyme_dup, enzyme_const, enzyme_out, enzyme_dupnoneed;

struct Vec3 {
    double x, y, z;
};

struct Grad2 {
    double dx, dy;
};

static double rosenbrock(double x, double y) { return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x); }

template <typename T>
T cubic(T x) {
    return x * x * x - T(2) * std::sin(x);
}

double length(const Vec3 *v) { return std::sqrt(v->x * v->x + v->y * v->y + v->z * v->z); }

int main() {
    double dx = __enzyme_autodiff<double>((void *)rosenbrock, enzyme_out, 1.5, enzyme_const, 2.0);
    Grad2 g = __enzyme_autodiff<Grad2>((void *)rosenbrock, 0.5, 1.5);
    float df = __enzyme_autodiff<float>((void *)cubic<float>, 1.25f);
    double dd = __enzyme_autodiff<double>((void *)cubic<double>, enzyme_out, -0.75);
    Vec3 v{1.0, -2.0, 2.0}, dv{0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)length, enzyme_dup, &v, &dv);
    std::printf("%s = %.17g\n", "drosen_dx(1.5, 2)", dx);
    std::printf("%s = %.17g\n", "g.dx", g.dx);
    std::printf("%s = %.17g\n", "g.dy", g.dy);
    std::printf("%s = %.17g\n", "dcubic<float>(1.25)", (double)df);
    std::printf("%s = %.17g\n", "dcubic<double>(-0.75)", dd);
    std::printf("%s = %.17g\n", "dv.x", dv.x);
    std::printf("%s = %.17g\n", "dv.y", dv.y);
    std::printf("%s = %.17g\n", "dv.z", dv.z);
    std::fflush(stdout);
    return 0;
}
