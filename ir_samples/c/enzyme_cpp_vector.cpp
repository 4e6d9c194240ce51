// expect: dpos[0] = -1
// expect: dpos[2] = -2.5
// expect: dmoments[0] = 3
// expect: dmoments[1] = -16
// expect: dmoments[2] = 3.125
// expect: dpoly = 2.375
// expect: dsorted[0] = 24
// expect: dsorted[1] = -2
// expect: dsorted[3] = 2
// Enzyme C++ interface with std::vector<double> (libstdc++: push_back growing through
// operator new / delete, reserve, operator[], size, range-for, iterators, std::accumulate
// with a lambda, std::sort).
// - chain_energy(pos, n): the gaps between neighbours are pushed onto a std::vector, then a
//   range-for sums 0.5 k (gap - rest)^2 with k = 2, rest = 1:
//   dE/dpos_i = k (g_{i-1} - rest) - k (g_i - rest); at pos = {0, 1.5, 2, 3.75}
//   (gaps 1.5, 0.5, 1.75) dpos[0] = -1, dpos[2] = -2.5.
// - moments(x, n): squares pushed onto a reserved vector, then sum (i + 1) sq[i] through
//   operator[] and size(), plus 0.25 * std::accumulate of sq^2 with a lambda:
//   f = sum (i + 1) x_i^2 + 0.25 x_i^4, df/dx_i = 2 (i + 1) x_i + x_i^3;
//   at x = {1, -2, 0.5}: {3, -16, 3.125}.
// - poly_at(x): a Polynomial class holding its coefficients in a std::vector built from an
//   initializer list (and a double after the vector), evaluated by Horner's rule over
//   reverse iterators: 2 p(x) with p(x) = 1 - 2x + x^2/2 + x^3/4,
//   2 p'(1.5) = 2 (-2 + 1.5 + 0.75 * 2.25) = 2.375.
// - rank_energy(x, n): std::sort of a std::vector copy, then sum_i (i + 1) v_i^2:
//   dx_j = 2 (rank_j + 1) x_j, {24, -2, 12, 2} at x = {3, -1, 2, 0.5}.
// Expected values by hand (closed forms); central finite differences (h = 1e-5) of the
// natively compiled functions, in a separate driver, agree to 10 digits.
#include <algorithm>
#include <cstdio>
#include <numeric>
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

double moments(const double *x, int n) {
    std::vector<double> sq;
    sq.reserve(n);
    for (int i = 0; i < n; i++) sq.push_back(x[i] * x[i]);
    double first = 0.0;
    for (std::size_t i = 0; i < sq.size(); i++) first += (i + 1) * sq[i];
    double fourth = std::accumulate(sq.begin(), sq.end(), 0.0,
                                    [](double acc, double v) { return acc + v * v; });
    return first + 0.25 * fourth;
}

class Polynomial {
  public:
    Polynomial(std::vector<double> c, double scale) : coeffs_(std::move(c)), scale_(scale) {}
    double operator()(double x) const {
        double r = 0.0;
        for (auto it = coeffs_.rbegin(); it != coeffs_.rend(); ++it) r = r * x + *it;
        return scale_ * r;
    }

  private:
    std::vector<double> coeffs_;
    double scale_;
};

double poly_at(double x) {
    Polynomial p({1.0, -2.0, 0.5, 0.25}, 2.0);
    return p(x);
}

double rank_energy(const double *x, int n) {
    std::vector<double> v(x, x + n);
    std::sort(v.begin(), v.end());
    double s = 0.0;
    for (int i = 0; i < n; i++) s += (i + 1) * v[i] * v[i];
    return s;
}

int main() {
    double pos[4] = {0.0, 1.5, 2.0, 3.75}, dpos[4] = {0.0, 0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)chain_energy, enzyme_dup, pos, dpos, enzyme_const, 4);
    std::printf("%s = %.17g\n", "dpos[0]", dpos[0]);
    std::printf("%s = %.17g\n", "dpos[2]", dpos[2]);
    double x[3] = {1.0, -2.0, 0.5}, dx[3] = {0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)moments, enzyme_dup, x, dx, enzyme_const, 3);
    std::printf("%s = %.17g\n", "dmoments[0]", dx[0]);
    std::printf("%s = %.17g\n", "dmoments[1]", dx[1]);
    std::printf("%s = %.17g\n", "dmoments[2]", dx[2]);
    std::printf("%s = %.17g\n", "dpoly", __enzyme_autodiff<double>((void *)poly_at, 1.5));
    double r[4] = {3.0, -1.0, 2.0, 0.5}, dr[4] = {0.0, 0.0, 0.0, 0.0};
    __enzyme_autodiff<void>((void *)rank_energy, enzyme_dup, r, dr, enzyme_const, 4);
    std::printf("%s = %.17g\n", "dsorted[0]", dr[0]);
    std::printf("%s = %.17g\n", "dsorted[1]", dr[1]);
    std::printf("%s = %.17g\n", "dsorted[3]", dr[3]);
    std::fflush(stdout);
    return 0;
}
