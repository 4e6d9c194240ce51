"""The front end's API beyond gradients of pure functions: Enzyme-style reverse() with
accumulation, output arrays, strided and Fortran-ordered arrays, exceptions, errors, vjp,
calling gradients from @njit code, pickling, threads, and scipy.optimize."""

import concurrent.futures
import math
import multiprocessing
import pickle
import threading

import numba
import numpy as np
import pytest

import enzpy
from enzpy import Active, Const, Duplicated, DuplicatedNoNeed
from enzpy.numba import NumbaCompileError
from test_frontend import run_isolated

# --------------------------------------------------------------------------------------------
# functions under test (module level: pickled by reference)


@enzpy.autodiff
def weighted(x, a, n):
    s = 0.0
    for i in range(n):
        s += math.sin(a[i] * x) * (i + 1)
    return s


def weighted_grads(x, a, n):
    i = np.arange(n) + 1.0
    dx = np.sum(np.cos(a[:n] * x) * a[:n] * i)
    da = np.zeros_like(a)
    da[:n] = np.cos(a[:n] * x) * x * i
    return dx, da


def write_out(x, a, out):
    for i in range(a.shape[0]):
        out[i] = math.sin(a[i] * x) + a[i] * a[i]


def write_and_return(x, a, out):
    s = 0.0
    for i in range(a.shape[0]):
        out[i] = a[i] * x
        s += out[i] * out[i]
    return s


def wsum2(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] ** 2 * (i + 2 * j + 1)
    return s


def wsum1(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] ** 3 * (i + 1)
    return s


def checked_log(x, a):
    if x <= 0.0:
        raise ValueError("x must be positive")
    s = 0.0
    for v in a:
        s += v * math.log(x)
    return s


def pair(x, y):
    return x * y, x + math.sin(y)


def rosenbrock(p):
    s = 0.0
    for i in range(p.shape[0] - 1):
        s += 100.0 * (p[i + 1] - p[i] ** 2) ** 2 + (1.0 - p[i]) ** 2
    return s


def exp_fit_loss(theta, t, y):
    s = 0.0
    for i in range(t.shape[0]):
        r = theta[0] * math.exp(-theta[1] * t[i]) + theta[2] - y[i]
        s += r * r
    return s / t.shape[0]


def quadratic(x, c):
    return (x - c) ** 2 + 1.0


# --------------------------------------------------------------------------------------------
# reverse(): Enzyme's accumulation semantics


def test_reverse_returns_active_adjoints_and_accumulates_shadows():
    a = np.linspace(0.1, 1.0, 5)
    da = np.zeros_like(a)
    out = weighted.reverse(Active(0.7), Duplicated(a, da), Const(5))
    dx, want = weighted_grads(0.7, a, 5)
    assert out[1] is None and out[2] is None
    assert out[0] == pytest.approx(dx, rel=1e-12)
    np.testing.assert_allclose(da, want, rtol=1e-12)
    # a second call adds (+=) into the same shadow; the seed scales everything
    out2 = weighted.reverse(Active(0.7), Duplicated(a, da), Const(5), seed=2.0)
    assert out2[0] == pytest.approx(2 * dx, rel=1e-12)
    np.testing.assert_allclose(da, 3 * want, rtol=1e-12)
    # plain values are Const; only part of the array is read
    da[:] = 0
    weighted.reverse(0.7, Duplicated(a, da), 3)
    np.testing.assert_allclose(da, weighted_grads(0.7, a, 3)[1], rtol=1e-12)
    assert da[3] == 0 and da[4] == 0


def test_reverse_float32():
    a = np.linspace(0.1, 1.0, 5).astype(np.float32)
    da = np.zeros_like(a)
    dx = weighted.reverse(Active(np.float32(0.7)), Duplicated(a, da), Const(5))[0]
    want_dx, want_da = weighted_grads(0.7, a.astype(np.float64), 5)
    assert da.dtype == np.float32
    assert dx == pytest.approx(want_dx, rel=1e-5)
    np.testing.assert_allclose(da, want_da, rtol=1e-5)


def test_output_array_seeded_by_its_shadow():
    f = enzpy.autodiff(write_out)
    x, a = 0.6, np.linspace(-1, 1, 4)
    out, dout = np.zeros(4), np.array([1.0, -2.0, 0.5, 3.0])
    w = dout.copy()
    da = np.zeros(4)
    (dx, _, _) = f.reverse(Active(x), Duplicated(a, da), Duplicated(out, dout))
    np.testing.assert_allclose(out, np.sin(a * x) + a * a)
    assert dx == pytest.approx(np.sum(w * np.cos(a * x) * a), rel=1e-12)
    np.testing.assert_allclose(da, w * (np.cos(a * x) * x + 2 * a), rtol=1e-12)
    # the primal overwrote every element: their adjoints were consumed
    np.testing.assert_array_equal(dout, 0.0)


def test_output_array_and_return_value_finite_differences():
    f = enzpy.autodiff(write_and_return)
    x, a, w = 0.8, np.linspace(-1, 1, 5), np.linspace(0.5, 1.5, 5)
    dout, da = w.copy(), np.zeros(5)
    dx = f.reverse(Active(x), Duplicated(a, da), Duplicated(np.zeros(5), dout), seed=0.5)[0]

    def objective(x, a):            # 0.5 * f + <w, out>
        out = np.zeros(5)
        return 0.5 * numba.njit(write_and_return)(x, a, out) + np.dot(w, out)

    h = 1e-6
    assert dx == pytest.approx((objective(x + h, a) - objective(x - h, a)) / (2 * h), rel=1e-6)
    fd = [(objective(x, a + h * e) - objective(x, a - h * e)) / (2 * h) for e in np.eye(5)]
    np.testing.assert_allclose(da, fd, rtol=1e-6)


def test_duplicated_noneed():
    f = enzpy.autodiff(write_out)
    a, da, dout = np.linspace(-1, 1, 4), np.zeros(4), np.ones(4)
    f.reverse(Const(0.6), Duplicated(a, da), DuplicatedNoNeed(np.zeros(4), dout))
    np.testing.assert_allclose(da, np.cos(a * 0.6) * 0.6 + 2 * a, rtol=1e-12)


# --------------------------------------------------------------------------------------------
# array layouts: the shadow has the primal's strides


def _wsum2_grad(m):
    i, j = np.indices(m.shape)
    return 2 * m * (i + 2 * j + 1)


@pytest.mark.parametrize("make", [
    lambda m: m,
    np.asfortranarray,
    lambda m: m[::2, 1::2],
    lambda m: m.T,
    lambda m: m[::-1, ::3],
    lambda m: np.asfortranarray(m)[1:, ::2],
], ids=["C", "F", "strided", "transposed", "negative", "F-strided"])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_grad_layouts_2d(make, dtype):
    m = make(np.arange(42.0).reshape(6, 7).astype(dtype) / 10)
    g = enzpy.grad(wsum2)(m)
    assert g.shape == m.shape and g.dtype == dtype
    np.testing.assert_allclose(g, _wsum2_grad(m.astype(np.float64)), rtol=2e-6)
    if m.flags.f_contiguous and not m.flags.c_contiguous:
        assert g.flags.f_contiguous
    else:
        assert g.flags.c_contiguous


@pytest.mark.parametrize("view", [slice(None, None, 2), slice(None, None, -1), slice(1, 9, 3)])
def test_grad_layouts_1d(view):
    a = np.linspace(-1, 1, 10)[view]
    g = enzpy.grad(wsum1)(a)
    np.testing.assert_allclose(g, 3 * a ** 2 * (np.arange(a.size) + 1), rtol=1e-12)


def test_reverse_shadow_with_other_layout():
    m = (np.arange(42.0).reshape(6, 7) / 10)[::2, 1::2]
    f = enzpy.autodiff(wsum2)
    for shadow in (np.ones(m.shape), np.asfortranarray(np.ones(m.shape)),
                   np.ones((m.shape[0], 2 * m.shape[1]))[:, ::2]):
        f.reverse(Duplicated(m, shadow))
        np.testing.assert_allclose(shadow, 1 + _wsum2_grad(m), rtol=1e-12)


def test_broadcast_array_has_no_shadow():
    a = np.broadcast_to(np.float64(2.0), (4,))
    with pytest.raises(ValueError, match="broadcast"):
        enzpy.grad(wsum1)(a)


# --------------------------------------------------------------------------------------------
# exceptions raised by the function come out of the gradient


def checked_sqrt(x, y):
    if x < 0.0:
        raise ValueError("x must be non-negative")
    if y == 0.0:
        raise ZeroDivisionError("y is zero")
    return math.sqrt(x) / y


def dynamic_message(x):
    if x < 0.0:
        raise ValueError(f"x is {x}")
    return math.sqrt(x)


def test_exception_from_gradient_has_numbas_message():
    g = enzpy.grad(checked_sqrt, argnums=(0, 1))
    assert g(4.0, 2.0) == pytest.approx((0.125, -0.5))
    with pytest.raises(ValueError, match="x must be non-negative"):
        g(-1.0, 2.0)
    with pytest.raises(ZeroDivisionError, match="y is zero"):
        g(1.0, 0.0)
    with pytest.raises(ValueError, match="x must be non-negative"):
        enzpy.value_and_grad(checked_sqrt)(-3.0, 1.0)
    with pytest.raises(ValueError, match="x must be non-negative"):
        enzpy.autodiff(checked_sqrt).reverse(Active(-2.0), Active(1.0))
    assert g(4.0, 2.0) == pytest.approx((0.125, -0.5))      # still usable


def test_function_with_a_dynamic_exception_message_is_differentiable():
    """An f-string message makes Numba call noinline unicode helpers (a noinline attribute
    group): capture keeps them as calls and AD inlines them."""
    assert enzpy.grad(dynamic_message)(4.0) == pytest.approx(0.25)


def test_exception_with_dynamic_message():
    """The message is built at run time: the gradient raises what the primal raises."""
    with pytest.raises(ValueError) as primal:
        numba.njit(dynamic_message)(-1.0)
    with pytest.raises(ValueError) as gradient:
        enzpy.grad(dynamic_message)(-1.0)
    assert str(gradient.value) == str(primal.value) and str(primal.value).startswith("x is")


def test_exception_from_gradient_with_arrays():
    def check():
        g = enzpy.grad(checked_log, argnums=(0, 1))
        a = np.ones(3)
        dx, da = g(2.0, a)
        assert dx == pytest.approx(3 / 2.0) and da == pytest.approx(np.full(3, math.log(2.0)))
        with pytest.raises(ValueError, match="x must be positive"):
            g(-1.0, a)
        with pytest.raises(ValueError, match="x must be positive"):
            enzpy.autodiff(checked_log).reverse(Active(-2.0), Const(a))
        for _ in range(20):
            g(2.0, a)
    run_isolated(check)


def test_exception_inside_njit_caller():
    g = enzpy.grad(checked_sqrt)

    @numba.njit
    def safe(x):
        try:
            return g(x, 1.0)
        except Exception:
            return -1.0

    assert safe(-1.0) == -1.0
    assert safe(4.0) == pytest.approx(0.25)


# --------------------------------------------------------------------------------------------
# errors


def test_int_argument_named():
    with pytest.raises(enzpy.EnzpyError, match="argument 'n'.*int64"):
        enzpy.grad(weighted, argnums=2)(0.5, np.ones(3), 3)
    with pytest.raises(enzpy.EnzpyError, match="argument 'a'.*int64"):
        enzpy.grad(weighted, argnums=1)(0.5, np.arange(3), 3)
    with pytest.raises(enzpy.EnzpyError, match="argument 'x'"):
        enzpy.grad(weighted)(1, np.ones(3), 3)          # an int where a float was meant
    with pytest.raises(enzpy.EnzpyError, match="argument 'n'"):
        weighted.reverse(Const(0.5), Const(np.ones(3)), Active(3))
    with pytest.raises(enzpy.EnzpyError, match="argnums 5 is out of range"):
        enzpy.grad(weighted, argnums=5)


def no_attribute(x):
    return x.no_such_attribute + 1.0


def test_numba_typing_error_with_context():
    with pytest.raises(NumbaCompileError) as info:
        enzpy.grad(no_attribute)(1.0)
    text = str(info.value)
    assert isinstance(info.value, enzpy.EnzpyError)
    assert "no_such_attribute" in text and "no_attribute" in text and "float64" in text


def uses_nextafter(x):
    y = x * 2.0
    z = np.nextafter(y, 10.0)
    return z + y


def test_no_derivative_rule_names_python_line():
    with pytest.raises(enzpy.NoDerivativeRule) as info:
        enzpy.grad(uses_nextafter)(1.5)
    text = str(info.value)
    line = uses_nextafter.__code__.co_firstlineno + 2
    assert "uses_nextafter" in text and "numba_nextafter" in text
    assert f"{__file__}:{line}" in text and "z = np.nextafter(y, 10.0)" in text


def test_grad_needs_a_float_result():
    with pytest.raises(enzpy.EnzpyError, match="return a float scalar"):
        enzpy.grad(pair)(1.0, 2.0)


def test_higher_order_is_refused():
    with pytest.raises(enzpy.EnzpyError, match="higher"):
        enzpy.grad(enzpy.grad(quadratic))


# --------------------------------------------------------------------------------------------
# the API's shape


def test_autodiff_accepts_functions_dispatchers_and_itself():
    jitted = numba.njit(quadratic)
    jitted(1.0, 2.0)                            # compiled before
    by_dispatcher = enzpy.autodiff(jitted)
    assert by_dispatcher.dispatcher is jitted
    assert enzpy.autodiff(by_dispatcher) is by_dispatcher
    assert enzpy.grad(by_dispatcher)(3.0, 1.0) == pytest.approx(4.0)
    assert enzpy.grad(jitted)(3.0, 1.0) == pytest.approx(4.0)
    assert enzpy.grad(quadratic, argnums=1)(3.0, 1.0) == pytest.approx(-4.0)
    assert enzpy.autodiff(quadratic)(3.0, 1.0) == pytest.approx(5.0)
    fast = enzpy.autodiff(fastmath=True)(quadratic)
    assert fast.dispatcher.targetoptions["fastmath"]
    assert enzpy.grad(fast)(3.0, 1.0) == pytest.approx(4.0)


def test_argnums_tuple_value_and_grad_and_keywords():
    a = np.linspace(0.1, 1.0, 4)
    value, (dx, da) = enzpy.value_and_grad(weighted, argnums=(0, 1))(0.3, a, 4)
    assert value == pytest.approx(weighted(0.3, a, 4))
    want_dx, want_da = weighted_grads(0.3, a, 4)
    assert dx == pytest.approx(want_dx) and np.allclose(da, want_da)
    assert enzpy.grad(weighted, argnums=-2)(0.3, a=a, n=4) == pytest.approx(want_da)
    (only,) = enzpy.grad(weighted, argnums=(1,))(0.3, a, 4)
    assert np.allclose(only, want_da)


def test_compiled_once_per_signature():
    f = enzpy.autodiff(lambda x, y: x * y * y)
    g = enzpy.grad(f, argnums=(0, 1))
    assert g(2.0, 3.0) == (9.0, 12.0) and g(1.0, 1.0) == (1.0, 2.0)
    assert len(f.kernels) == 1
    assert enzpy.grad(f, argnums=(0, 1)) is g               # cached per argnums
    dx, dy = g(np.float32(2.0), np.float32(3.0))            # another signature
    assert (dx, dy) == (9.0, 12.0) and len(f.kernels) == 2


def test_functions_with_the_same_argument_types_share_one_wrapper():
    """From Python, a new function with argument types seen before costs no Numba compile:
    its kernel is called by address from the wrapper an earlier function compiled."""
    from enzpy.numba import dispatch
    f1 = enzpy.autodiff(lambda a, x: np.sum(a * a) * x)
    f2 = enzpy.autodiff(lambda a, x: np.sum(np.sin(a)) * x * x)
    g1, g2 = enzpy.grad(f1, argnums=(0, 1)), enzpy.grad(f2, argnums=(0, 1))
    a = np.linspace(0.1, 0.5, 5)
    da1, dx1 = g1(a, 2.0)
    before = len(dispatch._shared)
    da2, dx2 = g2(a, 2.0)
    assert len(dispatch._shared) == before
    np.testing.assert_allclose(da1, 4 * a)
    np.testing.assert_allclose(da2, 4 * np.cos(a))
    assert dx1 == pytest.approx(np.sum(a * a)) and dx2 == pytest.approx(4 * np.sum(np.sin(a)))
    (w1, address1), = g1._table.values()
    (w2, address2), = g2._table.values()
    assert w1 is w2 and address1 != address2 and len(w1.overloads) == 1


def test_python_calls_dispatch_on_argument_types():
    """Each layout and dtype gets its own kernel once; calls alternate between them."""
    f = enzpy.autodiff(lambda m: np.sum(m * m * m))
    g = enzpy.grad(f)
    base = np.arange(1.0, 13.0).reshape(3, 4)
    inputs = [base, np.asfortranarray(base), base[:, ::2], base.astype(np.float32)]
    for _ in range(2):
        for m in inputs:
            dm = g(m)
            assert dm.dtype == m.dtype and dm.shape == m.shape
            np.testing.assert_allclose(dm, 3 * m * m, rtol=1e-6)
    assert len(f.kernels) == 4 and len(g._table) == 4


def test_gradients_without_the_value_call_a_kernel_that_drops_it():
    """grad, vjp and f.reverse call the kernel variant without the primal result;
    value_and_grad the one with it: both agree."""
    f = enzpy.autodiff(lambda a, x: np.sum(np.log1p(np.exp(a * x))))
    a = np.linspace(-1.0, 1.0, 7)
    da, dx = enzpy.grad(f, argnums=(0, 1))(a, 0.5)
    (kernel,) = f.kernels
    assert set(kernel.compiled) == {False}
    value, (da2, dx2) = enzpy.value_and_grad(f, argnums=(0, 1))(a, 0.5)
    assert set(kernel.compiled) == {False, True}
    assert value == pytest.approx(f(a, 0.5))
    np.testing.assert_array_equal(da, da2)
    assert dx == dx2
    sig = 1.0 / (1.0 + np.exp(-a * 0.5))
    np.testing.assert_allclose(da, 0.5 * sig)
    assert dx == pytest.approx(np.sum(a * sig))
    # a returned array holds a reference: f.reverse keeps it (and releases it)
    g = enzpy.autodiff(lambda a: np.sin(a))
    g.reverse(Duplicated(a, np.zeros(7)))
    (kernel,) = g.kernels
    assert set(kernel.compiled) == {True}


def test_argument_without_a_numba_type_is_named():
    g = enzpy.grad(lambda x, y: x * y)
    with pytest.raises(enzpy.EnzpyError, match=r"argument 1 \(object\) has no Numba type"):
        g(1.0, object())
    with pytest.raises(enzpy.EnzpyError, match=r"argument 0 \(ndarray\) has no Numba type "
                                               r"\(Unsupported array dtype: >f8\)"):
        enzpy.grad(lambda a: np.sum(a))(np.arange(3.0).astype(">f8"))


def test_gradient_code_is_compiled_once():
    """In the Numba function that ``@njit`` callers compile in, the kernel linked into the
    library is internal (inlined into the wrapper, not compiled to machine code a second
    time) and the wrapper has no C-callable twin."""
    import re
    f = enzpy.autodiff(lambda a, x: np.sum(a * a) * x)
    g = enzpy.grad(f, argnums=(0, 1))
    da, dx = g.dispatcher(np.arange(3.0), 2.0)
    assert np.allclose(da, [0.0, 4.0, 8.0]) and dx == 5.0
    (kernel,) = f.kernels
    (compiled,) = g.dispatcher.overloads.values()
    text = compiled.library.get_llvm_str()
    assert kernel.name in compiled.library._enzpy_kernels
    assert not re.search(rf"^define (?!internal |private )[^\n]*@{kernel.name}\(", text, re.M)
    assert "@cfunc." not in text


def test_vjp_scalar_and_tuple_outputs():
    value, vjp_fn = enzpy.vjp(pair, 2.0, 0.5)
    assert value == (1.0, 2.0 + math.sin(0.5))
    dx, dy = vjp_fn((1.0, 0.0))
    assert (dx, dy) == (0.5, 2.0)
    dx, dy = vjp_fn((0.0, 3.0))
    assert dx == 3.0 and dy == pytest.approx(3 * math.cos(0.5))
    a = np.linspace(0.1, 1.0, 4)
    value, vjp_fn = enzpy.vjp(weighted, 0.3, a, 4)
    dx, da, dn = vjp_fn(2.0)
    want_dx, want_da = weighted_grads(0.3, a, 4)
    assert dn is None and dx == pytest.approx(2 * want_dx) and np.allclose(da, 2 * want_da)


def sin_scaled(a, x):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = math.sin(a[i] * x)
    return out


def test_vjp_of_array_valued_function():
    # in a child process: a regression in the reference counts of array temporaries would
    # corrupt the heap
    def check():
        a = np.linspace(0, 1, 4)
        value, vjp_fn = enzpy.vjp(sin_scaled, a, 0.5)
        np.testing.assert_allclose(value, np.sin(a * 0.5))
        ct = np.array([1.0, 2.0, 3.0, 4.0])
        da, dx = vjp_fn(ct)
        np.testing.assert_allclose(da, ct * np.cos(a * 0.5) * 0.5, rtol=1e-12)
        assert dx == pytest.approx(np.sum(ct * np.cos(a * 0.5) * a), rel=1e-12)
        for _ in range(20):
            vjp_fn(ct)
    run_isolated(check)


def test_tuple_argument_gradient_is_a_tuple():
    def norm2(p):
        return p[0] ** 2 + 3 * p[1] ** 2
    assert enzpy.grad(norm2)((1.0, 2.0)) == (2.0, 12.0)


def test_default_arguments():
    def scaled(x, k=3.0):
        return k * x * x
    assert enzpy.grad(scaled)(2.0) == 12.0
    assert enzpy.grad(scaled)(2.0, 1.0) == 4.0
    assert enzpy.grad(scaled, argnums=1)(2.0, 1.0) == 4.0


# --------------------------------------------------------------------------------------------
# inside @njit code


def test_gradient_descent_in_njit():
    g = enzpy.grad(rosenbrock)

    @numba.njit
    def descend(p, steps, lr):
        for _ in range(steps):
            p = p - lr * g(p)
        return p

    p0 = np.array([-0.5, 0.8, 0.3])
    p = descend(p0.copy(), 50, 1e-3)
    q = p0.copy()
    for _ in range(50):
        q = q - 1e-3 * g(q)
    np.testing.assert_allclose(p, q, rtol=1e-12)
    assert rosenbrock.__call__ is not None and numba.njit(rosenbrock)(p) < numba.njit(
        rosenbrock)(p0)


def test_value_and_grad_and_primal_in_njit():
    vg = enzpy.value_and_grad(weighted, argnums=(0, 1))

    @numba.njit
    def both(x, a):
        value, (dx, da) = vg(x, a, a.shape[0])
        return value, dx, da, weighted(x, a, a.shape[0])

    a = np.linspace(0.1, 1.0, 4)
    value, dx, da, primal = both(0.3, a)
    assert value == primal == pytest.approx(weighted(0.3, a, 4))
    want_dx, want_da = weighted_grads(0.3, a, 4)
    assert dx == pytest.approx(want_dx) and np.allclose(da, want_da)


# --------------------------------------------------------------------------------------------
# pickling, processes, threads


def test_pickle_by_reference():
    assert pickle.loads(pickle.dumps(weighted)) is weighted
    g = enzpy.grad(weighted, argnums=(0, 1))
    h = pickle.loads(pickle.dumps(g))
    assert h.function is weighted and h.argnums == (0, 1)
    with pytest.raises(pickle.PicklingError, match="top level"):
        pickle.dumps(enzpy.autodiff(lambda x: x))


def _grad_at(args):
    g, x = args
    return g(x, np.linspace(0.1, 1.0, 4), 4)


def test_process_pool():
    g = enzpy.grad(weighted)
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:
        results = list(pool.map(_grad_at, [(g, 0.1), (g, 0.2), (g, 0.3)]))
    a = np.linspace(0.1, 1.0, 4)
    assert results == pytest.approx([weighted_grads(x, a, 4)[0] for x in (0.1, 0.2, 0.3)])


def test_threads_compile_once():
    f = enzpy.autodiff(lambda x, a: math.exp(x) * a[0] + x * a[1])
    g = enzpy.grad(f, argnums=(0, 1))
    a = np.array([2.0, 3.0])
    barrier = threading.Barrier(4)

    def work(i):
        barrier.wait()
        return g(0.5 * i, a)

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(work, range(4)))
    for i, (dx, da) in enumerate(results):
        assert dx == pytest.approx(math.exp(0.5 * i) * 2 + 3)
        np.testing.assert_allclose(da, [math.exp(0.5 * i), 0.5 * i])
    assert len(f.kernels) == 1


# --------------------------------------------------------------------------------------------
# scipy.optimize


def test_scipy_minimize_with_enzpy_jacobian():
    scipy_optimize = pytest.importorskip("scipy.optimize")
    rng = np.random.default_rng(3)
    t = np.linspace(0, 4, 40)
    y = 2.0 * np.exp(-1.3 * t) + 0.5 + 0.01 * rng.standard_normal(t.size)
    result = scipy_optimize.minimize(exp_fit_loss, np.array([1.0, 1.0, 0.0]), args=(t, y),
                                     jac=enzpy.grad(exp_fit_loss), method="BFGS")
    assert result.success
    np.testing.assert_allclose(result.x, [2.0, 1.3, 0.5], atol=0.05)
    result = scipy_optimize.minimize(rosenbrock, np.zeros(4), jac=enzpy.grad(rosenbrock),
                                     method="L-BFGS-B")
    np.testing.assert_allclose(result.x, np.ones(4), atol=1e-4)


# --------------------------------------------------------------------------------------------
# docs/guide.md


def test_guide_examples_run(monkeypatch):
    from pathlib import Path

    from test_docs_examples import python_blocks

    root = Path(__file__).resolve().parent.parent
    path = root / "docs" / "guide.md"
    monkeypatch.chdir(root)
    namespace = {"__name__": "docs_guide"}
    blocks = python_blocks(path)
    assert len(blocks) >= 8
    for start, code in blocks:
        exec(compile("\n" * (start - 1) + code, str(path), "exec"), namespace)
