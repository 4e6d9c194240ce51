"""The math rows of the rule table: LLVM's float intrinsics and the C math library.

One ``register(Rule(...))`` per family.  A row named ``sin`` with ``libm=True`` covers
``sin``/``sinf``/``sinl`` (and glibc's ``__sin_finite`` forms); with ``intrinsic=True`` also
``llvm.sin.f32``/``llvm.sin.f64``/``llvm.sin.v4f64``/...  Each partial is
``lambda e, a, y: ...`` -- ``e`` the type-generic Emitter, ``a`` the call's arguments, ``y``
its result -- and gives d result / d a[k]; ``None`` marks an integer argument, ``ZERO`` a
derivative that is zero wherever it exists.

Choices at singular points (tested in tests/test_rules.py::test_singular_points):

* ``sqrt``: 0 at x == 0 (Enzyme's choice), so that ``sqrt(x*x)`` or a norm differentiated at
  the origin gives 0 instead of 0 * inf = NaN.  ``hypot`` likewise gives 0 at (0, 0).
* ``pow(x, b)``: d/dx = b * pow(x, b - 1) (finite at x == 0 for b >= 1), 0 when b == 0;
  d/db = y * log(x), 0 when x == 0 and b > 0 -- the guard Enzyme added in
  EnzymeAD/Enzyme#2855 (0 * log(0) would be NaN; the one-sided limit is 0).
  ``powi(x, n)``: 0 when n == 0 (Enzyme's guard).
* ``fabs``: +1 at 0 (Enzyme: ``x < 0 ? -1 : 1``).  ``copysign(x, s)``: d/dx is
  sign(x) * sign(s) with signed zeros, d/ds is ZERO.
* ``fmax``/``fmin``/``maxnum``/``minnum``/``maximum``/``minimum``/``*num``: the whole
  derivative goes to the selected argument; ties go to the first argument (Enzyme sends them
  to the second); when the other argument is NaN, to the one the function returns.
* ``fmod(x, b)``: 1 and -trunc(x / b); ``remainder``: 1 and -roundeven(x / b); ``fdim``:
  (1, -1) when x > b, else (0, 0).  Rounding functions are ZERO.
* ``tanh``: (1 - y)(1 + y), from the result (no second libm call).
* ``lgamma``: digamma(x), ``tgamma``: y digamma(x), with digamma written out as straight-line
  code (``_digamma``; the C library has none).  At the poles x = 0, -1, -2, ... the
  derivative is infinite (lgamma; tgamma at 0) or NaN (tgamma at the negative integers, where
  tgamma itself is NaN).  ``lgamma_r`` (which also writes the sign) has no row.
* ``frexp``: the mantissa's derivative is 2^-e, computed as m / x (exact); 1 at x == 0,
  where frexp returns e = 0 (so ``ldexp(frexp(x))`` differentiates to 1 everywhere); NaN at
  +-inf and NaN.  ``llvm.modf``: 1 for the fraction; the integral part carries none.
"""

import math

from .registry import ZERO, Rule, register

LN2 = math.log(2.0)
LN10 = math.log(10.0)
TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)


def _guard(e, cond_pred, x, c, value):
    """``x <pred> c ? 0 : value`` -- zero a partial at a singular point."""
    return e.select(e.fcmp(cond_pred, x, c), e.zero(), value)


def _pick_first(e, a, predicate):
    """1.0 where a two-argument selection (max: oge, min: ole) returns its first argument,
    else 0.0.  Ties go to the first argument; if the second is NaN, the first is returned."""
    first = e.select(e.fcmp(predicate, a[0], a[1]), 1.0, 0.0)
    return e.select(e.fcmp("uno", a[1], a[1]), 1.0, first)


def _pick_second(e, a, predicate):
    return e.sub(1.0, _pick_first(e, a, predicate))


def _sign(e, x):
    return e.select(e.fcmp("olt", x, 0.0), -1.0, 1.0)


# -- trigonometric --------------------------------------------------------------------------
register(Rule("sin", (lambda e, a, y: e.cos(a[0]),), intrinsic=True))
register(Rule("cos", (lambda e, a, y: e.neg(e.sin(a[0])),), intrinsic=True))
register(Rule("tan", (lambda e, a, y: e.add(1.0, e.square(y)),), intrinsic=True))
# 1 / sqrt((1 - x)(1 + x)) keeps its accuracy next to |x| = 1, where 1 - x*x would not
register(Rule("asin", (lambda e, a, y: e.recip(e.sqrt(e.mul(e.sub(1.0, a[0]),
                                                              e.add(1.0, a[0])))),),
              intrinsic=True))
register(Rule("acos", (lambda e, a, y: e.neg(e.recip(e.sqrt(e.mul(e.sub(1.0, a[0]),
                                                                       e.add(1.0, a[0]))))),),
              intrinsic=True))
register(Rule("atan", (lambda e, a, y: e.recip(e.add(1.0, e.square(a[0]))),), intrinsic=True))
# atan2(y, x): d/dy = x / (x² + y²), d/dx = -y / (x² + y²)
register(Rule("atan2", (
    lambda e, a, y: e.div(a[1], e.add(e.square(a[0]), e.square(a[1]))),
    lambda e, a, y: e.neg(e.div(a[0], e.add(e.square(a[0]), e.square(a[1])))),
), intrinsic=True))

# -- hyperbolic -----------------------------------------------------------------------------
register(Rule("sinh", (lambda e, a, y: e.cosh(a[0]),), intrinsic=True))
register(Rule("cosh", (lambda e, a, y: e.sinh(a[0]),), intrinsic=True))
register(Rule("tanh", (lambda e, a, y: e.mul(e.sub(1.0, y), e.add(1.0, y)),), intrinsic=True))
# LLVM 22 has no asinh/acosh/atanh intrinsics: C library only
register(Rule("asinh", (lambda e, a, y: e.recip(e.hypot(a[0], 1.0)),)))
register(Rule("acosh", (lambda e, a, y: e.recip(e.sqrt(e.mul(e.sub(a[0], 1.0),
                                                               e.add(a[0], 1.0)))),)))
register(Rule("atanh", (lambda e, a, y: e.recip(e.mul(e.sub(1.0, a[0]), e.add(1.0, a[0]))),)))

# -- exponentials and logarithms ------------------------------------------------------------
register(Rule("exp", (lambda e, a, y: y,), intrinsic=True))
register(Rule("exp2", (lambda e, a, y: e.mul(y, LN2),), intrinsic=True))
register(Rule("exp10", (lambda e, a, y: e.mul(y, LN10),), intrinsic=True))
register(Rule("expm1", (lambda e, a, y: e.add(y, 1.0),)))
register(Rule("log", (lambda e, a, y: e.recip(a[0]),), intrinsic=True))
register(Rule("log2", (lambda e, a, y: e.recip(e.mul(a[0], LN2)),), intrinsic=True))
register(Rule("log10", (lambda e, a, y: e.recip(e.mul(a[0], LN10)),), intrinsic=True))
register(Rule("log1p", (lambda e, a, y: e.recip(e.add(a[0], 1.0)),)))

# -- powers and roots -----------------------------------------------------------------------
def _pow_exponent(e, a, y):
    """d pow(x, b) / db = y log x, and 0 where x == 0 < b (Enzyme#2855)."""
    general = e.mul(y, e.log(a[0]))
    return e.select(e.fcmp("oeq", a[0], 0.0), _guard(e, "ogt", a[1], 0.0, general), general)


register(Rule("pow", (
    lambda e, a, y: _guard(e, "oeq", a[1], 0.0, e.mul(a[1], e.pow(a[0], e.sub(a[1], 1.0)))),
    _pow_exponent,
), intrinsic=True))
# llvm.powi.<ty>.i32(x, n): an intrinsic only; n is a scalar integer even for vector x
register(Rule("powi", (
    lambda e, a, y: e.select(e.b.icmp("eq", a[1], 0), e.zero(),
                             e.mul(e.from_int(a[1]), e.powi(a[0], e.b.sub(a[1], 1)))),
    None,
), libm=False, intrinsic=True))
register(Rule("sqrt", (lambda e, a, y: _guard(e, "oeq", a[0], 0.0, e.div(0.5, y)),),
              intrinsic=True))
# 1 / (3 y²): +inf at 0, the true limit (y / (3x) would be 0/0)
register(Rule("cbrt", (lambda e, a, y: e.recip(e.mul(3.0, e.square(y))),)))
register(Rule("hypot", (
    lambda e, a, y: _guard(e, "oeq", y, 0.0, e.div(a[0], y)),
    lambda e, a, y: _guard(e, "oeq", y, 0.0, e.div(a[1], y)),
)))
register(Rule("ldexp", (lambda e, a, y: e.ldexp(e.one(), a[1]), None),
              intrinsic=True, aliases=("scalbn", "numba_ldexp")))      # Numba's math.ldexp

# -- fused multiply-add ---------------------------------------------------------------------
_FMA = (lambda e, a, y: a[1], lambda e, a, y: a[0], lambda e, a, y: e.one())
register(Rule("fma", _FMA, intrinsic=True))
register(Rule("fmuladd", _FMA, libm=False, intrinsic=True))

# -- error function -------------------------------------------------------------------------
register(Rule("erf", (lambda e, a, y: e.mul(TWO_OVER_SQRT_PI,
                                            e.exp(e.neg(e.square(a[0])))),)))
register(Rule("erfc", (lambda e, a, y: e.mul(-TWO_OVER_SQRT_PI,
                                             e.exp(e.neg(e.square(a[0])))),)))

# -- gamma functions ------------------------------------------------------------------------
# psi(z) ~ ln z - 1/(2z) - sum_k B_2k / (2k z^2k) for large z: the coefficients B_2k / (2k)
_DIGAMMA_SERIES = (1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12)
_DIGAMMA_SHIFT = 8


def _digamma(e, x):
    """digamma(x) = d lgamma(x) / dx.  Below 1/2 by reflection, psi(x) = psi(1 - x) -
    pi / tan(pi r) with r = x - roundeven(x) (exact, so that large negative x keeps its
    accuracy); the argument t >= 1/2 is shifted up, psi(t) = psi(t + 8) - sum_{k<8} 1/(t + k),
    and psi(t + 8) is the asymptotic series to B_14.  The error is within 3 ulp of
    |psi| + ln(|x| + 8): a relative error below 1e-14 in double where |psi| > 0.1, an absolute
    one near the zeros of psi (tests/test_rules.py::test_digamma_accuracy)."""
    reflect = e.fcmp("olt", x, 0.5)
    t = e.select(reflect, e.sub(1.0, x), x)
    shift = e.div(1.0, t)
    for k in range(1, _DIGAMMA_SHIFT):
        shift = e.add(shift, e.div(1.0, e.add(t, float(k))))
    z = e.add(t, float(_DIGAMMA_SHIFT))
    r = e.div(1.0, z)
    w = e.square(r)
    series = e.const(_DIGAMMA_SERIES[-1])
    for c in reversed(_DIGAMMA_SERIES[:-1]):
        series = e.add(c, e.mul(w, series))
    psi = e.sub(e.sub(e.sub(e.log(z), e.mul(0.5, r)), e.mul(w, series)), shift)
    cot = e.div(math.pi, e.tan(e.mul(math.pi, e.sub(x, e.roundeven(x)))))
    return e.sub(psi, e.select(reflect, cot, 0.0))


register(Rule("lgamma", (lambda e, a, y: _digamma(e, a[0]),)))
register(Rule("tgamma", (lambda e, a, y: e.mul(y, _digamma(e, a[0])),),
              aliases=("numba_gamma",)))          # Numba's math.gamma

# -- splitting a float ----------------------------------------------------------------------
# frexp(x, &e): the mantissa; the exponent goes through the pointer (an integer).  No
# llvm.frexp row: clang and Numba call the C library (Numba's numba_frexp for math.frexp)
register(Rule("frexp", (lambda e, a, y: e.select(e.fcmp("oeq", a[0], 0.0), 1.0,
                                                 e.div(y, a[0])), None),
              aliases=("numba_frexp",)))
# llvm.modf -> {fraction, integral part}; the C library's modf(x, &i) becomes it and a store
# of the integral part before AD (enzpy.ad.prepare)
register(Rule("modf", (lambda e, a, y: 1.0,), libm=False, intrinsic=True, result_field=0))

# -- selection: the derivative follows the selected argument (ties: the first) --------------
_MAX = (lambda e, a, y: _pick_first(e, a, "oge"), lambda e, a, y: _pick_second(e, a, "oge"))
_MIN = (lambda e, a, y: _pick_first(e, a, "ole"), lambda e, a, y: _pick_second(e, a, "ole"))
register(Rule("fmax", _MAX))                                         # C library
register(Rule("fmin", _MIN))
register(Rule("maxnum", _MAX, libm=False, intrinsic=True))           # llvm.maxnum = fmax
register(Rule("minnum", _MIN, libm=False, intrinsic=True))
register(Rule("maximum", _MAX, libm=False, intrinsic=True))          # NaN-propagating
register(Rule("minimum", _MIN, libm=False, intrinsic=True))
register(Rule("maximumnum", _MAX, libm=False, intrinsic=True))       # IEEE 754-2019
register(Rule("minimumnum", _MIN, libm=False, intrinsic=True))
register(Rule("fdim", (
    lambda e, a, y: e.select(e.fcmp("ogt", a[0], a[1]), 1.0, 0.0),
    lambda e, a, y: e.select(e.fcmp("ogt", a[0], a[1]), -1.0, 0.0),
)))

# -- sign and magnitude ---------------------------------------------------------------------
register(Rule("fabs", (lambda e, a, y: _sign(e, a[0]),), intrinsic=True))
register(Rule("copysign", (
    lambda e, a, y: e.mul(e.copysign(1.0, a[0]), e.copysign(1.0, a[1])),
    ZERO,
), intrinsic=True))
register(Rule("canonicalize", (lambda e, a, y: e.one(),), libm=False, intrinsic=True))

# -- remainders -----------------------------------------------------------------------------
register(Rule("fmod", (lambda e, a, y: e.one(),
                       lambda e, a, y: e.neg(e.trunc(e.div(a[0], a[1]))))))
register(Rule("remainder", (lambda e, a, y: e.one(),
                            lambda e, a, y: e.neg(e.roundeven(e.div(a[0], a[1]))))))

# -- rounding: piecewise constant -----------------------------------------------------------
for _name in ("floor", "ceil", "trunc", "round", "roundeven", "rint", "nearbyint"):
    register(Rule(_name, (ZERO,), intrinsic=True))
del _name
