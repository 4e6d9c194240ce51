"""Custom derivatives for Numba code: ``enzpy.custom_vjp`` (defvjp / defjvp), ``enzpy.inactive``
and ``enzpy.register_vjp`` with cfunc / ctypes rules (docs/custom_rules.md, "Python: ...").

Rules that return *marker* values (off by a factor) show that the rule, not the body, was
used; correct rules are checked against central differences.  Rules registered for shared
callees (libm's cbrt, Numba's numba_gamma) are removed again by each test.
"""

import ctypes
import ctypes.util
import math

import numba
import numpy as np
import pytest
from numba import cfunc, types

import enzpy
from enzpy import Active, Const, Duplicated
from enzpy.numba.custom import unregister


def central(f, *args, index=0, h=1e-6):
    """d f / d args[index] (a float) by central differences."""
    up, down = list(args), list(args)
    up[index] = args[index] + h
    down[index] = args[index] - h
    return (f(*up) - f(*down)) / (2 * h)


def central_array(f, args, index, h=1e-6):
    a = args[index]
    out = np.zeros_like(a)
    for k in np.ndindex(a.shape):
        up, down = a.copy(), a.copy()
        up[k] += h
        down[k] -= h
        out[k] = (f(*args[:index], up, *args[index + 1:]) -
                  f(*args[:index], down, *args[index + 1:])) / (2 * h)
    return out


@pytest.fixture(scope="module")
def libm():
    return ctypes.CDLL(ctypes.util.find_library("m"))


# -- Python rules on scalars, several levels deep, every mode ----------------------------------
@enzpy.custom_vjp
def times(x, y):
    return x * y


@times.defvjp
def times_vjp(x, y, dout):
    return 100.0 * dout, 1000.0 * dout          # markers: the true cotangents are y, x


@times.defjvp
def times_jvp(x, y, tx, ty):
    return 100.0 * tx + 1000.0 * ty


@numba.njit
def one_level(x, y):
    return times(x, y) + 1.0


@numba.njit
def two_levels(x, y):
    return 2.0 * one_level(x, y) + x


def test_scalar_rules_are_used_through_two_levels_in_every_mode():
    assert two_levels(1.5, 2.0) == 2.0 * (3.0 + 1.0) + 1.5   # compiled before any gradient
    want = (201.0, 2000.0)                                   # 2 * marker (+ 1 for x)
    assert enzpy.grad(two_levels, argnums=(0, 1))(1.5, 2.0) == want
    value, g = enzpy.value_and_grad(two_levels, argnums=(0, 1))(1.5, 2.0)
    assert value == 9.5 and g == want
    assert enzpy.autodiff(two_levels).reverse(Active(1.5), Active(2.0))[:2] == want
    assert enzpy.vjp(two_levels, 1.5, 2.0)[1](1.0) == want
    assert enzpy.jacrev(two_levels, argnums=(0, 1))(1.5, 2.0) == pytest.approx(want)
    assert enzpy.jvp(two_levels, (1.5, 2.0), (1.0, 0.0)) == (9.5, 201.0)
    assert enzpy.jvp(two_levels, (1.5, 2.0), (0.0, 1.0))[1] == 2000.0
    assert enzpy.autodiff(two_levels).forward(Duplicated(1.5, 1.0), Const(2.0)) == 201.0
    assert np.allclose(enzpy.jacfwd(two_levels, argnums=(0, 1))(1.5, 2.0), want)


def test_gradients_called_inside_njit_code_use_the_rules():
    gradient = enzpy.grad(two_levels, argnums=(0, 1))

    @numba.njit
    def caller(x, y):
        gx, gy = gradient(x, y)
        return gx + gy

    assert caller(1.5, 2.0) == 2201.0


def test_grad_of_the_custom_function_itself_uses_its_rules():
    assert enzpy.grad(times, argnums=(0, 1))(3.0, 4.0) == (100.0, 1000.0)
    assert enzpy.jvp(times, (3.0, 4.0), (1.0, 1.0))[1] == 1100.0
    assert times(3.0, 4.0) == 12.0                            # the primal, from Python


# -- array arguments ----------------------------------------------------------------------------
@enzpy.custom_vjp
def weighted(x, a):
    s = 0.0
    for i in range(a.shape[0]):
        s += x * a[i] * a[i]
    return s


@weighted.defvjp
def weighted_vjp(x, a, da, dout):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
        da[i] += 10.0 * 2.0 * x * a[i] * dout     # marker: 10x
    return 10.0 * s * dout


@weighted.defjvp
def weighted_jvp(x, a, tx, ta):
    t = 0.0
    for i in range(a.shape[0]):
        t += tx * a[i] * a[i] + 2.0 * x * a[i] * ta[i]
    return 10.0 * t


def with_array(x, a):
    return weighted(x, a) + x


def test_array_rules_in_reverse_mode():
    a = np.array([1.0, 2.0, 3.0])
    gx, ga = enzpy.grad(with_array, argnums=(0, 1))(2.0, a)
    assert gx == 10.0 * 14.0 + 1.0 and np.allclose(ga, 40.0 * a)
    f = enzpy.autodiff(with_array)
    da = np.zeros(3)
    assert f.reverse(Active(2.0), Duplicated(a, da))[0] == 141.0
    assert np.allclose(da, 40.0 * a)
    # a constant array: the rule gets a scratch shadow, nothing is accumulated anywhere
    assert f.reverse(Active(2.0), Const(a))[0] == 141.0
    assert enzpy.grad(with_array)(2.0, a) == 141.0
    da = np.zeros(3)
    assert f.reverse(Const(2.0), Duplicated(a, da)) == (None, None)
    assert np.allclose(da, 40.0 * a)


def test_array_rules_in_forward_mode_and_float32():
    a = np.array([1.0, 2.0, 3.0])
    assert enzpy.jvp(with_array, (2.0, a), (1.0, None))[1] == 141.0
    assert enzpy.jvp(with_array, (2.0, a), (0.0, np.ones(3)))[1] == 240.0
    assert np.allclose(enzpy.jacfwd(with_array, argnums=1)(2.0, a), 40.0 * a)
    f = enzpy.autodiff(with_array)
    assert f.forward(Duplicated(2.0, 0.0), Duplicated(a, np.ones(3))) == 240.0
    assert f.forward(Duplicated(2.0, 1.0), Const(a)) == 141.0
    a32 = a.astype(np.float32)
    g32 = enzpy.grad(with_array, argnums=1)(np.float32(2.0), a32)
    assert g32.dtype == np.float32 and np.allclose(g32, 40.0 * a)
    strided = np.arange(6.0)[::2]                         # another layout, another signature
    assert np.allclose(enzpy.grad(with_array, argnums=1)(2.0, strided), 40.0 * strided)


# -- correct rules against finite differences --------------------------------------------------
@enzpy.custom_vjp
def scaled_norm(x, a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return x * math.sqrt(s)


@scaled_norm.defvjp
def scaled_norm_vjp(x, a, da, dout):
    n = scaled_norm(1.0, a)
    if n > 0.0:
        for i in range(a.shape[0]):
            da[i] += dout * x * a[i] / n
    return dout * n


@scaled_norm.defjvp
def scaled_norm_jvp(x, a, tx, ta):
    n = scaled_norm(1.0, a)
    t = tx * n
    if n > 0.0:
        for i in range(a.shape[0]):
            t += x * a[i] * ta[i] / n
    return t


@numba.njit
def uses_norm(x, a):
    return math.sin(scaled_norm(x, a)) + x * a[0]


def test_rules_agree_with_finite_differences():
    x, a = 0.7, np.array([0.3, -1.2, 2.0])
    gx, ga = enzpy.grad(uses_norm, argnums=(0, 1))(x, a)
    assert gx == pytest.approx(central(uses_norm, x, a), rel=1e-6)
    assert np.allclose(ga, central_array(uses_norm, (x, a), 1), rtol=1e-6)
    v = np.array([1.0, -0.5, 0.25])
    _, t = enzpy.jvp(uses_norm, (x, a), (0.5, v))
    assert t == pytest.approx(0.5 * gx + ga @ v, rel=1e-10)
    assert np.allclose(enzpy.grad(uses_norm, argnums=1)(x, np.zeros(3)), [x, 0.0, 0.0])


# -- output arrays, tuples, integer and boolean arguments --------------------------------------
@enzpy.custom_vjp
def fill(x, n, out):
    for i in range(out.shape[0]):
        out[i] = x * (i + n)


@fill.defvjp
def fill_vjp(x, n, out, d_out):
    s = 0.0
    for i in range(out.shape[0]):
        s += 2.0 * (i + n) * d_out[i]             # marker: 2x; consumes the seed
        d_out[i] = 0.0
    return s


@fill.defjvp
def fill_jvp(x, n, out, tx, t_out):
    for i in range(out.shape[0]):
        t_out[i] = 2.0 * (i + n) * tx


def sum_of_squares(x, out):
    fill(x, 1, out)
    s = 0.0
    for i in range(out.shape[0]):
        s += out[i] * out[i]
    return s


def test_rules_of_a_function_that_writes_an_output_array():
    out = np.zeros(3)
    # d/dx sum (x (i+1))^2 = 2 x sum (i+1)^2 = 28 x; the marker doubles it
    assert enzpy.grad(sum_of_squares)(1.5, out) == pytest.approx(2.0 * 28.0 * 1.5)
    assert enzpy.jvp(sum_of_squares, (1.5, out), (1.0, None))[1] == pytest.approx(84.0)
    out, t_out = np.zeros(3), np.zeros(3)
    enzpy.autodiff(fill).forward(Duplicated(1.5, 1.0), Const(1), Duplicated(out, t_out))
    assert np.allclose(t_out, [2.0, 4.0, 6.0]) and np.allclose(out, [1.5, 3.0, 4.5])


@enzpy.custom_vjp
def polar(p, flag, k):
    s = 1.0 if flag else -1.0
    return s * k * p[0] * math.cos(p[1]), p[0] * math.sin(p[1])


@polar.defvjp
def polar_vjp(p, flag, k, dout):
    r, t = p
    s = 1.0 if flag else -1.0
    dr = s * k * math.cos(t) * dout[0] + math.sin(t) * dout[1]
    dt = -s * k * r * math.sin(t) * dout[0] + r * math.cos(t) * dout[1]
    return (dr, dt), None, None                  # one per argument, None for the others


@polar.defjvp
def polar_jvp(p, flag, k, tp):
    r, t = p
    s = 1.0 if flag else -1.0
    return (s * k * (math.cos(t) * tp[0] - r * math.sin(t) * tp[1]),
            math.sin(t) * tp[0] + r * math.cos(t) * tp[1])


def polar_objective(r, t):
    a, b = polar((r, t), True, np.int32(3))
    c, d = polar((r, t), False, 1)
    return a * b + c - d


def test_tuple_arguments_and_results_with_integer_and_boolean_arguments():
    r, t = 1.3, 0.4
    gr, gt = enzpy.grad(polar_objective, argnums=(0, 1))(r, t)
    assert gr == pytest.approx(central(polar_objective, r, t, index=0), rel=1e-6)
    assert gt == pytest.approx(central(polar_objective, r, t, index=1), rel=1e-6)
    assert enzpy.jvp(polar_objective, (r, t), (1.0, 2.0))[1] == pytest.approx(gr + 2 * gt)


def test_a_mode_without_rule_differentiates_the_body():
    @enzpy.custom_vjp
    def square(x):
        return x * x

    @square.defjvp
    def square_jvp(x, t):
        return 100.0 * t

    def f(x):
        return 2.0 * square(x)

    assert enzpy.grad(f)(3.0) == 12.0                       # reverse: the body
    assert enzpy.jvp(f, (3.0,), (1.0,))[1] == 200.0         # forward: the rule


# -- inactive functions -------------------------------------------------------------------------
def test_inactive_functions_carry_no_derivative(libm):
    @enzpy.inactive
    def jitter(x):                               # a Python function: compiled and returned
        return 0.1 * math.sin(1000.0 * x)

    @enzpy.inactive
    @numba.njit
    def log_value(log, i, v):                    # writes an active value into a log
        log[i] = v
        return 0

    def f(x, log):
        y = x * x + jitter(x)
        log_value(log, 0, y)
        return y

    log = np.zeros(1)
    assert enzpy.grad(f)(2.0, log) == 4.0
    assert log[0] == pytest.approx(4.0 + 0.1 * math.sin(2000.0))
    assert enzpy.autodiff(f).reverse(Active(2.0), Const(log))[0] == 4.0
    assert enzpy.jvp(f, (2.0, log), (1.0, None))[1] == 4.0
    assert enzpy.hessian(f)(2.0, log) == pytest.approx(2.0)   # forward over reverse is fine

    cos = libm.cos                               # a C function called through ctypes
    cos.argtypes, cos.restype = [ctypes.c_double], ctypes.c_double
    try:
        assert enzpy.inactive(cos) is cos

        @numba.njit
        def g(x):
            return x * cos(x)

        assert enzpy.grad(g)(1.0) == math.cos(1.0)
        assert enzpy.jvp(g, (1.0,), (1.0,))[1] == math.cos(1.0)
    finally:
        assert unregister(cos)


def test_hessians_through_rules_are_refused_clearly():
    with pytest.raises(enzpy.EnzpyError, match=r"second derivatives.*weighted_vjp"):
        enzpy.hessian(with_array)(2.0, np.ones(2))


# -- rules given as addresses -------------------------------------------------------------------
@cfunc(types.void(types.float64, types.float64, types.CPointer(types.float64)))
def cbrt_vjp(x, dout, d_x):
    d_x[0] += dout / (3.0 * np.cbrt(x) ** 2)


@cfunc(types.float64(types.float64, types.float64))
def cbrt_jvp(x, t):
    return t / (3.0 * np.cbrt(x) ** 2)


@cfunc(types.void(types.float64, types.float64, types.CPointer(types.float64)))
def marker_vjp(x, dout, d_x):
    d_x[0] += 1000.0 * dout


def test_ctypes_function_with_cfunc_rules(libm):
    cbrt = libm.cbrt
    cbrt.argtypes, cbrt.restype = [ctypes.c_double], ctypes.c_double

    @numba.njit
    def f(x):
        return cbrt(x) * x + cbrt(2.0 * x)

    gradient = enzpy.grad(f)                       # created before the rules
    with pytest.raises(enzpy.NoDerivativeRule):
        gradient(3.0)
    try:
        assert enzpy.register_vjp(cbrt, marker_vjp) is cbrt
        assert gradient(3.0) == pytest.approx(3.0 * 1000.0 + np.cbrt(3.0) + 2000.0)
        enzpy.register_vjp(cbrt, cbrt_vjp, cbrt_jvp)   # replaces the vjp, adds the jvp
        want = central(f, 3.0)
        assert gradient(3.0) == pytest.approx(want, rel=1e-7)
        assert enzpy.jvp(f, (3.0,), (1.0,))[1] == pytest.approx(want, rel=1e-7)

        @numba.njit
        def inside(x):
            return gradient(x)

        assert inside(3.0) == pytest.approx(want, rel=1e-7)
    finally:
        assert unregister(cbrt)
    with pytest.raises(enzpy.NoDerivativeRule):
        gradient(3.0)


def test_symbol_rules_and_unregister():
    @cfunc(types.void(types.float64, types.float64, types.CPointer(types.float64)))
    def gamma_vjp(x, dout, d_x):
        d_x[0] += 7.0 * dout

    def uses_gamma(x):
        return math.gamma(2.0 * x)

    try:
        enzpy.register_vjp("numba_gamma", gamma_vjp)          # the helper behind math.gamma
        assert enzpy.grad(uses_gamma)(1.5) == 14.0            # the rule, not the table's row
    finally:
        assert unregister("numba_gamma")
    digamma_3 = 1.5 - 0.5772156649015329                      # the table's row again
    assert enzpy.grad(uses_gamma)(1.5) == pytest.approx(2 * 2.0 * digamma_3, rel=1e-14)


def test_njit_function_with_address_rules():
    @numba.njit
    def power(x, n):
        return x ** n

    @cfunc(types.void(types.float64, types.int64, types.float64, types.CPointer(types.float64)))
    def power_vjp(x, n, dout, d_x):
        d_x[0] += n * x ** (n - 1) * dout

    @cfunc(types.float64(types.float64, types.int64, types.float64))
    def power_jvp(x, n, t):
        return n * x ** (n - 1) * t

    enzpy.register_vjp(power, power_vjp, power_jvp)

    def f(x):
        return power(x, 3) + x

    assert enzpy.grad(f)(2.0) == 13.0
    assert enzpy.jvp(f, (2.0,), (1.0,))[1] == 13.0

    @numba.njit
    def power2(x, n):
        return x ** n

    @cfunc(types.void(types.float64, types.float64, types.CPointer(types.float64)))
    def wrong_vjp(x, dout, d_x):
        d_x[0] += dout

    enzpy.register_vjp(power2, wrong_vjp)               # the signature is known per call
    with pytest.raises(enzpy.EnzpyError, match=r"void \(double, i64, double, ptr\)"):
        enzpy.grad(lambda x: power2(x, 3))(2.0)


def test_njit_function_with_numba_rules_by_register_vjp():
    @numba.njit
    def cube(x):
        return x * x * x

    enzpy.register_vjp(cube, lambda x, dout: 3.0 * x * x * dout + 1000.0)
    assert enzpy.grad(lambda x: cube(x))(2.0) == 1012.0


# -- errors at registration and at first use ----------------------------------------------------
def test_wrong_signatures_fail_at_registration(libm):
    cbrt = libm.cbrt
    cbrt.argtypes, cbrt.restype = [ctypes.c_double], ctypes.c_double

    @cfunc(types.void(types.float64, types.CPointer(types.float64)))
    def no_dout(x, d_x):
        pass

    @cfunc(types.void(types.float32, types.float32, types.CPointer(types.float32)))
    def single(x, dout, d_x):
        pass

    @cfunc(types.float64(types.float64))
    def no_tangent(x):
        return x

    wrong_ctypes = ctypes.CFUNCTYPE(None, ctypes.c_double, ctypes.c_double,
                                    ctypes.c_double)(lambda *a: None)
    for vjp, jvp in ((no_dout, None), (single, None), (wrong_ctypes, None), (None, no_tangent)):
        with pytest.raises(enzpy.EnzpyError, match=r"the pointer ABI needs .*see "
                                                   r"docs/custom_rules.md") as info:
            enzpy.register_vjp(cbrt, vjp, jvp)
        assert "cbrt" in str(info.value)
    assert not unregister(cbrt)                        # nothing was registered

    untyped = ctypes.CDLL(ctypes.util.find_library("m")).sqrt
    with pytest.raises(enzpy.EnzpyError, match="has no argtypes"):
        enzpy.register_vjp(untyped, cbrt_vjp)
    with pytest.raises(enzpy.EnzpyError, match="integer address, a Numba cfunc or a ctypes"):
        enzpy.register_vjp(cbrt, "cbrt_vjp")
    with pytest.raises(enzpy.EnzpyError, match="defvjp"):
        enzpy.register_vjp(times, cbrt_vjp)
    with pytest.raises(enzpy.EnzpyError, match="cannot also be inactive"):
        enzpy.inactive(times)


def test_python_rule_errors_are_clear():
    @enzpy.custom_vjp
    def g(x, a):
        return x * a[0]

    with pytest.raises(enzpy.EnzpyError, match=r"takes 1 argument\(s\).*2 to 5"):
        g.defvjp(lambda x: x)

    @g.defvjp
    def g_vjp(x, a, dout):                         # forgets the shadow of the array
        return dout * a[0]

    with pytest.raises(enzpy.EnzpyError, match=r"called with 4: \(x, a, d_a, dout\)"):
        enzpy.grad(lambda x, a: g(x, a))(1.0, np.ones(2))

    @enzpy.custom_vjp
    def h(x, y):
        return x * y

    @h.defvjp
    def h_vjp(x, y, dout):
        return dout * y                            # one cotangent for two floats

    with pytest.raises(enzpy.EnzpyError, match=r"cotangents of the float arguments.*\(d_x, d_y\)"):
        enzpy.grad(lambda x, y: h(x, y))(1.0, 2.0)

    @enzpy.custom_vjp
    def c(z):
        return z.real

    @c.defvjp
    def c_vjp(z, dout):
        return dout

    with pytest.raises(enzpy.EnzpyError, match="complex128"):
        enzpy.grad(lambda x: c(complex(x, 1.0)))(1.0)

    @enzpy.custom_vjp
    def bare(x, y=2.0):
        return x * y

    with pytest.raises(enzpy.EnzpyError, match="without rules"):
        enzpy.grad(lambda x: bare(x, 1.0))(1.0)
    bare.defvjp(lambda x, y, dout: (y * dout, x * dout))
    with pytest.raises(enzpy.EnzpyError, match="called without argument 'y'"):
        enzpy.grad(lambda x: bare(x))(1.0)
    with pytest.raises(enzpy.EnzpyError, match="inline='always'"):
        enzpy.custom_vjp(inline="always")(lambda x: x)
