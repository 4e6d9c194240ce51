"""Gradients of Numba code written the way scientists write it: NumPy array expressions,
slicing, masks, fancy indexing, axis reductions, sorting, nested closures, fastmath and
parallel=True, checked against central finite differences (float64) and against the float64
gradient (float32).  Also the clear errors for what has no derivative rule."""

import math

import numba
import numpy as np
import pytest

import enzpy
from enzpy.errors import NoDerivativeRule, TypeAnalysisError


def elementwise(x):
    y = np.where(x > 0, x * x, np.sin(x))
    return (np.sum(np.clip(y, -0.5, 2.0)) + np.sum(np.maximum(x, 0.1) + np.minimum(x, -0.2))
            + np.sum(np.abs(x) ** 1.5) + np.sum(x ** 3))


def indexing(x):
    idx = np.array([0, 2, 2, 4])
    return (np.sum(x[1:-1] * x[:-2] - x[2:]) + x[::2].sum() + np.sum(x[idx] ** 3)
            + np.sum(x[x > 0] ** 2))


def reductions(A):
    s = A.sum(axis=0)
    x = A.ravel()
    return (np.sum(s * s) + A.mean() + np.sum(np.cumsum(x) ** 2) + np.prod(x[:5])
            + np.log(np.mean(np.exp(x))) + np.std(x) + np.var(x))


def reshaping(A):
    B = A.T.copy()
    w = np.linspace(0.0, 1.0, B.size)
    return np.sum(B.reshape(-1) * np.arange(B.size)) + A.ravel()[3] + np.sum(w * np.cos(B.ravel()))


def concat_dot(x, y):
    z = np.concatenate((x, y))
    return np.sum(z * z) + np.dot(x, y)


@numba.njit(inline="always")
def _plus_square(v):
    return v ** 2 + 1.0


def scalar_calls(x):
    def inner(v):
        return v * math.sin(v)
    s = 0.0
    for v in x:
        s += math.erf(v) + math.atan2(v, 1.5) + math.hypot(v, 2.0) + inner(v)
    return s + np.sum(np.array([_plus_square(v) for v in x]))


def loops(A):
    s = 0.0
    for i in range(A.shape[0]):
        for j in range(A.shape[1]):
            s += A[i, j] * A[i, j] * (i + 1) - A[i, j] / (j + 2)
    y = np.empty_like(A[0])
    for j in range(y.size):
        y[j] = math.tanh(A[0, j]) * j
    return s + y.sum()


def order_statistics(x):
    k = np.argmax(x)
    y = np.sort(x)
    return x[k] ** 2 + np.max(x) + np.min(x) + y[0] * 2.0 + y[-1] ** 2


def products(A):
    B = A.T @ A
    return np.trace(B) + np.sum(B @ B) + np.sum(np.outer(A[0], A[1]) ** 2)


def complex_modulus(x):
    z = x + 1j * x[::-1]
    return np.sum(np.abs(z) ** 2)


def slice_assign_matvec(x):
    # the slice assignments copy x first when they cannot rule out overlap, and free the
    # copy only when they made one
    out = np.zeros((x.size, 2))
    out[:, 0] = x
    out[:, 1] = x ** 2
    return np.sum(out @ np.array([1.0, 2.0]))


def time_loop_slices(x):
    u = x.copy()
    for _ in range(4):
        u[1:-1] = u[1:-1] + 0.1 * (u[2:] - 2.0 * u[1:-1] + u[:-2])
    return np.sum(u * u)


@numba.vectorize(["float64(float64)", "float32(float32)"])
def _sin_times(v):
    return math.sin(v) * v


def vectorized_ufunc(x):
    return np.sum(_sin_times(x))


def random_noise(x):
    np.random.seed(0)
    noise = np.random.standard_normal(x.size)
    return np.sum((x + noise) ** 2)


@numba.njit(fastmath=True)
def fastmath_energy(x):
    s = 0.0
    for v in x:
        s += v * v * 0.5 + math.exp(-v)
    return s


@numba.njit(parallel=True)
def parallel_sum(x):
    s = 0.0
    for i in numba.prange(x.size):
        s += x[i] * math.cos(x[i])
    return s


@numba.njit(boundscheck=True)
def boundschecked(x):
    return x[0] * x[4] + x[2] ** 2


_RNG = np.random.default_rng(7)
_X = _RNG.standard_normal(6)
_Y = _RNG.standard_normal(6)
_M = _RNG.standard_normal((4, 3))

# name -> (function, arguments, argnums)
CASES = {fn.__name__: (fn, args, argnums) for fn, args, argnums in [
    (elementwise, (_X,), 0), (indexing, (_X,), 0), (reductions, (_M,), 0),
    (reshaping, (_M,), 0), (concat_dot, (_X, _Y), (0, 1)), (scalar_calls, (_X,), 0),
    (loops, (_M,), 0), (order_statistics, (_X,), 0), (products, (_M,), 0),
    (complex_modulus, (_X,), 0), (slice_assign_matvec, (_X,), 0),
    (time_loop_slices, (_X,), 0), (vectorized_ufunc, (_X,), 0), (random_noise, (_X,), 0),
    (fastmath_energy, (_X,), 0), (parallel_sum, (_X,), 0), (boundschecked, (_X,), 0)]}
FLOAT32 = ["reductions", "loops", "vectorized_ufunc", "parallel_sum"]


def _primal(fn):
    """The function as plain Python, for finite differences (no compile), except where Numba
    and NumPy differ (Numba's random generator has its own state)."""
    if fn is random_noise:
        return numba.njit(fn)
    return getattr(fn, "py_func", fn)


def central_differences(f, args, argnum, h=1e-6):
    x = args[argnum]
    g = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += h
        minus[index] -= h
        g[index] = (f(*args[:argnum], plus, *args[argnum + 1:]) -
                    f(*args[:argnum], minus, *args[argnum + 1:])) / (2 * h)
    return g


def _as_tuple(argnums, grads):
    return grads if isinstance(argnums, tuple) else (grads,)


@pytest.mark.parametrize("name", list(CASES))
def test_gradient_matches_finite_differences(name):
    fn, args, argnums = CASES[name]
    args = tuple(a.copy() for a in args)
    grads = _as_tuple(argnums, enzpy.grad(fn, argnums=argnums)(*args))
    primal = _primal(fn)
    for argnum, g in zip(_as_tuple(argnums, argnums), grads):
        assert g.shape == args[argnum].shape and g.dtype == np.float64
        fd = central_differences(primal, args, argnum)
        np.testing.assert_allclose(g, fd, rtol=1e-6, atol=1e-7, err_msg=name)


@pytest.mark.parametrize("name", FLOAT32)
def test_float32_gradient_matches_float64(name):
    fn, args, argnums = CASES[name]
    grad = enzpy.grad(fn, argnums=argnums)
    g64 = _as_tuple(argnums, grad(*(a.copy() for a in args)))
    g32 = _as_tuple(argnums, grad(*(a.astype(np.float32) for a in args)))
    for a, b in zip(g32, g64):
        assert a.dtype == np.float32
        np.testing.assert_allclose(a, b, rtol=2e-3, atol=2e-4, err_msg=name)


def test_parallel_function_is_differentiated_as_serial_code():
    """(A parfor runs its body in Numba's thread pool; enzpy lowers the function without
    parallel=True, where prange is range.)"""
    x = _X.copy()
    assert np.allclose(enzpy.grad(parallel_sum)(x), np.cos(x) - x * np.sin(x))
    assert parallel_sum.targetoptions["parallel"]      # the user's dispatcher is unchanged


def calls_parallel(x):
    return parallel_sum(x) * 2.0 + parallel_sum(x[::2])


@pytest.mark.parametrize("compiled_first", [False, True])
def test_parallel_callee_is_differentiated_as_serial_code(compiled_first):
    x = _X.copy()
    if compiled_first:                      # the callee's overload exists (no raw IR of it)
        numba.njit(calls_parallel)(x)
    g = enzpy.grad(enzpy.autodiff(numba.njit(calls_parallel)))(x)
    d = np.cos(x) - x * np.sin(x)
    expected = 2.0 * d
    expected[::2] += d[::2]
    np.testing.assert_allclose(g, expected, rtol=1e-12)


def test_linear_solve_has_a_gradient():
    """np.linalg.solve (numba_xgesv) has derivative rules (tests/test_frontend_lapack.py):
    d sum(A^-1 x) / dx = A^-T 1."""
    def solve_sum(x):
        A = np.eye(x.size) * 3.0 + 0.1
        return np.sum(np.linalg.solve(A, x))

    A = np.eye(_X.size) * 3.0 + 0.1
    np.testing.assert_allclose(enzpy.grad(solve_sum)(_X.copy()),
                               np.linalg.solve(A.T, np.ones(_X.size)), rtol=1e-12)


def test_unsupported_linear_algebra_names_the_helper():
    def cholesky_sum(x):
        A = np.outer(x, x) + np.eye(x.size)
        return np.sum(np.linalg.cholesky(A))

    with pytest.raises(NoDerivativeRule, match=r"cholesky_sum' \(.*test_frontend_numpy.py:"
                                               r"\d+\)(.|\n)*numba_xxpotrf "
                                               r"\(np.linalg.cholesky\)"):
        enzpy.grad(cholesky_sum)(_X.copy())


def test_list_of_floats_is_a_clear_error():
    def running_list(x):
        acc = [0.0]
        for v in x:
            acc.append(acc[-1] + v * v)
        return acc[-1]

    with pytest.raises(TypeAnalysisError, match="conflicting types"):
        enzpy.grad(running_list)(_X.copy())
