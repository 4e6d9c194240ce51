"""Forward mode, Jacobians and Hessians of Numba functions (enzpy.jvp, f.forward, jacfwd,
jacrev, jacobian, hessian, hvp).

Every front-end test function (tests/test_frontend.py) is checked in forward mode against
reverse mode (<J v> = <grad, v>) and against central differences along a random direction, in
float64 and float32; Hessians by forward over reverse against central differences of the
gradient, and hvp against the Hessian.
"""

import math

import numba
import numpy as np
import pytest

import enzpy
from enzpy import Const, Duplicated
from test_frontend import (CASES, ISOLATED, KNOWN, _fresh, _reference, _to64, assert_close,
                           differentiable, run_isolated)


def _direction(args, rng):
    """A random tangent for every differentiable argument (None elsewhere)."""
    out = []
    for a in args:
        if isinstance(a, np.ndarray) and a.dtype.kind == "f":
            out.append(rng.uniform(-1, 1, a.shape).astype(a.dtype))
        elif isinstance(a, tuple) and differentiable(a):
            out.append(tuple(type(x)(rng.uniform(-1, 1)) for x in a))
        elif differentiable(a):
            out.append(type(a)(rng.uniform(-1, 1)))
        else:
            out.append(None)
    return out


def _shifted(args, v, step):
    out = []
    for a, t in zip(args, v):
        if t is None:
            out.append(a.copy() if isinstance(a, np.ndarray) else a)
        elif isinstance(a, tuple):
            out.append(tuple(x + step * float(d) for x, d in zip(a, t)))
        else:
            out.append(a + step * np.asarray(t, np.float64) if isinstance(a, np.ndarray)
                       else a + step * float(t))
    return out


def directional_fd(fn, args, v, h=1e-6):
    base = [_to64(a) for a in args]
    return (float(fn(*_shifted(base, v, h))) - float(fn(*_shifted(base, v, -h)))) / (2 * h)


def _inner(grads, v):
    total = 0.0
    for g, t in zip(grads, v):
        total += float(np.sum(np.asarray(g, np.float64) * np.asarray(t, np.float64)))
    return total


def _params(dtypes_of=lambda spec: spec["dtypes"]):
    out = []
    for name, spec in CASES.items():
        known = KNOWN.get(name)
        for dt in (dtypes_of(spec) if known is None else ("f64",)):
            marks = []
            if known is not None:
                raises, reason = known
                marks.append(pytest.mark.xfail(strict=True, reason=reason, raises=raises))
            out.append(pytest.param(name, dt, id=f"{name}-{dt}", marks=marks))
    return out


# float32 runs on a representative subset (scalar math, loops, arrays, temporaries, 2-d); every
# function runs in float64
F32 = {"poly", "exp_log", "gamma_family", "series", "tuple_arg", "sum_squares", "logsumexp",
       "matvec_loop", "strided_view"}


@pytest.mark.parametrize("name,dt", _params(
    lambda spec: spec["dtypes"] if spec["fn"].__name__ in F32 else ("f64",)))
def test_jvp_matches_reverse_mode_and_finite_differences(name, dt):
    spec = CASES[name]
    dtype = np.float64 if dt == "f64" else np.float32
    args = spec["make_args"](dtype, np.random.default_rng(7))
    rtol = spec["rtol64"] if dt == "f64" else spec["rtol32"]

    def check():
        v = _direction(args, np.random.default_rng(11))
        value, tangent = enzpy.jvp(spec["fn"], _fresh(args), v)
        assert value == pytest.approx(float(_reference(spec["fn"])(*_fresh(args))), rel=rtol)
        argnums = tuple(i for i, t in enumerate(v) if t is not None)
        grads = enzpy.grad(spec["fn"], argnums=argnums)(*_fresh(args))
        by_reverse = _inner(grads, [v[i] for i in argnums])
        assert_close(tangent, by_reverse, rtol, "forward vs reverse")
        assert_close(tangent, directional_fd(_reference(spec["fn"]), args, v), rtol,
                     "forward vs finite differences")

    if name in ISOLATED:
        run_isolated(check)
    else:
        check()


# ------------------------------------------------------------------------------------------
# Hessians

# Hessians of functions with loops (counted and while), branches, an njit callee, tuples,
# array temporaries, 2-d arrays, scratch arrays and BLAS
HESSIANS = ("poly", "trig", "gamma_family", "branches", "data_while", "series", "njit_callees",
            "njit_tuple_callee", "tuple_arg", "gather_int_index", "logsumexp",
            "array_expressions", "np_var_std", "matvec_loop", "logistic_loss", "heat_steps",
            "scratch_argument", "fortran_order", "np_outer", "matmul")
HESSIAN_KNOWN = {}


def _hessian_params():
    out = []
    for name in HESSIANS:
        marks = []
        if name in HESSIAN_KNOWN:
            raises, reason = HESSIAN_KNOWN[name]
            marks.append(pytest.mark.xfail(strict=True, reason=reason, raises=raises))
        out.append(pytest.param(name, id=name, marks=marks))
    return out


def _flatten(values):
    return np.concatenate([np.asarray(x, np.float64).reshape(-1) for x in values])


@pytest.mark.parametrize("name", _hessian_params())
def test_hessian_matches_finite_differences_of_the_gradient(name):
    assert name not in KNOWN
    spec = CASES[name]
    args = spec["make_args"](np.float64, np.random.default_rng(7))
    argnums = tuple(i for i, a in enumerate(args) if differentiable(a))

    def check():
        H = enzpy.hessian(spec["fn"], argnums=argnums)(*_fresh(args))
        v = _direction(args, np.random.default_rng(3))
        vs = [v[i] for i in argnums]
        # H v from the blocks
        hv = []
        for i in range(len(argnums)):
            row = 0.0
            for j in range(len(argnums)):
                block = np.asarray(H[i][j], np.float64)
                vj = np.asarray(vs[j], np.float64)
                row = row + block.reshape(_block_shape(args, argnums, i, j)) @ vj.reshape(-1)
            hv.append(row)
        grad = enzpy.grad(spec["fn"], argnums=argnums)
        h = 1e-5
        plus = grad(*_shifted(_fresh(args), v, h))
        minus = grad(*_shifted(_fresh(args), v, -h))
        fd = (_flatten(plus) - _flatten(minus)) / (2 * h)
        assert_close(_flatten(hv), fd, 2e-5, "H v against differences of the gradient")
        # hvp agrees with the Hessian
        by_hvp = enzpy.hvp(spec["fn"], _fresh(args), tuple(vs), argnums=argnums)
        assert_close(_flatten(by_hvp), _flatten(hv), 1e-9, "hvp against hessian @ v")
        # the Hessian of a smooth function is symmetric
        for i in range(len(argnums)):
            for j in range(len(argnums)):
                a = np.asarray(H[i][j], np.float64).reshape(_block_shape(args, argnums, i, j))
                b = np.asarray(H[j][i], np.float64).reshape(_block_shape(args, argnums, j, i))
                assert_close(a, b.T, 1e-9, f"H[{i}][{j}] against H[{j}][{i}]")

    if name in ISOLATED:
        run_isolated(check)
    else:
        check()


def _block_shape(args, argnums, i, j):
    def size(k):
        a = args[argnums[k]]
        return len(a) if isinstance(a, tuple) else int(np.prod(np.shape(a)))
    return (size(i), size(j))


# ------------------------------------------------------------------------------------------
# Jacobians of vector-valued functions

@numba.njit
def _softplus(v):
    return math.log1p(math.exp(v))


def returns_array(x, a):
    out = np.empty(a.shape[0] + 1, a.dtype)
    for i in range(a.shape[0]):
        out[i] = _softplus(a[i] * x) + a[i] * a[(i + 1) % a.shape[0]]
    out[a.shape[0]] = np.sum(np.exp(a)) * x
    return out


def writes_output(a, w, out):
    for i in range(out.shape[0]):
        s = 0.0
        for j in range(a.shape[0]):
            s += math.sin(w[i] * a[j]) / (1.0 + j)
        out[i] = s * s
    return None


def returns_2d(m):
    return np.tanh(m) * m.T


def returns_tuple(x, y):
    return x * y, math.sin(x) + y ** 3, math.exp(x - y)


def _jac_fd(fn, args, argnum, out_index=None, h=1e-6):
    """Central differences of an array-valued ``fn``: shape out.shape + x.shape."""
    base = [_to64(a) for a in args]

    def value(call):
        if out_index is None:
            return np.asarray(fn(*call), np.float64)
        fn(*call)
        return np.array(call[out_index], np.float64)

    x = base[argnum]
    x_arr = np.asarray(x, np.float64)
    columns = []
    for idx in np.ndindex(x_arr.shape):
        plus, minus = _fresh(base), _fresh(base)
        if x_arr.ndim == 0:
            plus[argnum], minus[argnum] = x + h, x - h
        else:
            plus[argnum] = x_arr.copy()
            minus[argnum] = x_arr.copy()
            plus[argnum][idx] += h
            minus[argnum][idx] -= h
        columns.append((value(plus) - value(minus)) / (2 * h))
    out_shape = columns[0].shape
    return np.stack(columns, axis=-1).reshape(out_shape + x_arr.shape)


@pytest.mark.parametrize("dt", ["f64", "f32"])
@pytest.mark.parametrize("how", ["jacfwd", "jacrev", "jacobian"])
def test_jacobian_of_a_returned_array(how, dt):
    dtype = np.float64 if dt == "f64" else np.float32
    rtol = 1e-6 if dt == "f64" else 3e-3
    rng = np.random.default_rng(5)
    a = rng.uniform(-1, 1, 5).astype(dtype)
    x = dtype(0.8)
    jac = getattr(enzpy, how)(returns_array, argnums=(0, 1))
    jx, ja = jac(x, a)
    assert np.shape(jx) == (6,) and ja.shape == (6, 5)
    assert_close(jx, _jac_fd(numba.njit(returns_array), (x, a), 0), rtol)
    assert_close(ja, _jac_fd(numba.njit(returns_array), (x, a), 1), rtol)


@pytest.mark.parametrize("chunk", [1, 3, 8])
@pytest.mark.parametrize("how", ["jacfwd", "jacrev"])
def test_jacobian_of_an_output_argument(how, chunk):
    rng = np.random.default_rng(6)
    a, w, out = rng.uniform(-1, 1, 7), rng.uniform(-1, 1, 4), np.zeros(4)
    kwargs = {"chunk": chunk} if how == "jacfwd" else {}
    ja, jw = getattr(enzpy, how)(writes_output, argnums=(0, 1), output=2, **kwargs)(a, w, out)
    assert ja.shape == (4, 7) and jw.shape == (4, 4)
    ref = numba.njit(writes_output)
    assert_close(ja, _jac_fd(ref, (a, w, out), 0, out_index=2), 1e-6)
    assert_close(jw, _jac_fd(ref, (a, w, out), 1, out_index=2), 1e-6)


def test_jacobian_of_a_matrix_function_and_a_tuple_function():
    m = np.random.default_rng(1).uniform(-1, 1, (3, 3))
    jf = enzpy.jacfwd(returns_2d)(m)
    jr = enzpy.jacrev(returns_2d)(m)
    assert jf.shape == (3, 3, 3, 3)
    assert_close(jf, _jac_fd(numba.njit(returns_2d), (m,), 0), 1e-6)
    assert_close(jr, jf, 1e-12)
    jx, jy = enzpy.jacfwd(returns_tuple, argnums=(0, 1))(0.3, 1.2)
    rx, ry = enzpy.jacrev(returns_tuple, argnums=(0, 1))(0.3, 1.2)
    assert jx.shape == (3,) and jy.shape == (3,)
    assert_close(jx, [1.2, math.cos(0.3), math.exp(0.3 - 1.2)], 1e-12)
    assert_close(jy, [0.3, 3 * 1.2 ** 2, -math.exp(0.3 - 1.2)], 1e-12)
    assert_close(rx, jx, 1e-12)
    assert_close(ry, jy, 1e-12)


def returns_transposed(m, w):
    return (m * m * w[0]).T                   # a Fortran-ordered result


def returns_reversed_view(m):
    out = np.sin(m)
    return out[::-1, ::2]                     # a strided view (layout "A")


def writes_matrix(m, out):
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            out[i, j] = m[i, j] * m[j % m.shape[0], i % m.shape[1]]


@pytest.mark.parametrize("how", ["jacfwd", "jacrev"])
def test_jacobians_read_results_of_any_layout_in_c_order(how):
    """Rows are the result flattened in C order whatever its memory layout (a transposed
    result once gave a transposed Jacobian in both modes)."""
    rng = np.random.default_rng(8)
    m = rng.uniform(-1, 1, (3, 4))
    w = rng.uniform(0.5, 1.5, 2)
    assert numba.njit(returns_transposed)(m, w).flags.f_contiguous
    jm, jw = getattr(enzpy, how)(returns_transposed, argnums=(0, 1))(m, w)
    assert jm.shape == (4, 3, 3, 4) and jw.shape == (4, 3, 2)
    assert_close(jm, _jac_fd(numba.njit(returns_transposed), (m, w), 0), 1e-6)
    assert_close(jw, _jac_fd(numba.njit(returns_transposed), (m, w), 1), 1e-6)
    m = np.asfortranarray(m)
    j = getattr(enzpy, how)(returns_reversed_view)(m)
    assert j.shape == (3, 2, 3, 4)
    assert_close(j, _jac_fd(numba.njit(returns_reversed_view), (m,), 0), 1e-6)
    square = np.asfortranarray(rng.uniform(-1, 1, (3, 3)))
    out = np.asfortranarray(np.zeros((3, 3)))
    j = getattr(enzpy, how)(writes_matrix, argnums=0, output=1)(square, out)
    assert_close(j, _jac_fd(numba.njit(writes_matrix), (square, out), 0, out_index=1), 1e-6)


def test_jvp_of_an_array_result_and_forward_into_an_output_argument():
    rng = np.random.default_rng(2)
    a, ta = rng.uniform(-1, 1, 5), rng.uniform(-1, 1, 5)
    value, tangent = enzpy.jvp(returns_array, (0.7, a), (0.5, ta))
    J = _jac_fd(numba.njit(returns_array), (0.7, a), 1)
    Jx = _jac_fd(numba.njit(returns_array), (0.7, a), 0)
    assert_close(value, numba.njit(returns_array)(0.7, a), 1e-15)
    assert_close(tangent, J @ ta + 0.5 * Jx, 1e-6)
    # Enzyme style: the tangent of an output array is written into its tangent array
    f = enzpy.autodiff(writes_output)
    w, tw = rng.uniform(-1, 1, 3), rng.uniform(-1, 1, 3)
    out, tout = np.zeros(3), np.zeros(3)
    assert f.forward(Duplicated(a, ta), Duplicated(w, tw), Duplicated(out, tout)) is None
    ref = numba.njit(writes_output)
    want = _jac_fd(ref, (a, w, out), 0, 2) @ ta + _jac_fd(ref, (a, w, out), 1, 2) @ tw
    assert_close(tout, want, 1e-6)
    # Const arguments and a forward call with a scalar tangent
    g = enzpy.autodiff(returns_tuple)
    assert_close(g.forward(Duplicated(0.3, 1.0), Const(1.2)),
                 [1.2, math.cos(0.3), math.exp(0.3 - 1.2)], 1e-12)


def test_vector_mode_equals_separate_passes():
    """Jacobians in chunks of 1, 2, 4, 8 and 16 give identical numbers."""
    rng = np.random.default_rng(4)
    a = rng.uniform(-1, 1, 11)
    results = [enzpy.jacfwd(returns_array, argnums=1, chunk=c)(0.4, a) for c in (1, 2, 4, 8, 16)]
    for r in results[1:]:
        np.testing.assert_array_equal(r, results[0])


def test_hessian_in_float32_and_in_chunks():
    rng = np.random.default_rng(8)
    for dtype, rtol in ((np.float64, 1e-12), (np.float32, 1e-5)):
        a = rng.uniform(-1, 1, 9).astype(dtype)
        fn = CASES["logsumexp"]["fn"]
        H = [enzpy.hessian(fn, chunk=c)(a) for c in (1, 4, 9)]
        assert H[0].dtype == dtype and H[0].shape == (9, 9)
        for h in H[1:]:
            assert_close(h, H[0], rtol)
        # the Hessian of logsumexp: diag(p) - p p^T
        p = np.exp(a.astype(np.float64) - np.max(a))
        p /= p.sum()
        assert_close(H[0], np.diag(p) - np.outer(p, p), 1e-6 if dtype == np.float64 else 1e-4)


# ------------------------------------------------------------------------------------------
# errors

def test_forward_mode_errors_name_the_argument():
    f = enzpy.autodiff(CASES["int_mixing"]["fn"])
    with pytest.raises(enzpy.EnzpyError, match="'n'"):
        enzpy.jvp(f, (1.5, 3), (1.0, 1))
    with pytest.raises(enzpy.EnzpyError, match="shape"):
        enzpy.jvp(CASES["sum_squares"]["fn"], (np.ones(3),), (np.ones(4),))
    with pytest.raises(enzpy.EnzpyError, match="Duplicated"):
        f.forward(enzpy.Active(1.5), 3)
    with pytest.raises(enzpy.EnzpyError, match="writable float64 array"):
        enzpy.autodiff(writes_output).forward(Duplicated(np.ones(3), np.ones(3)),
                                              Const(np.ones(2)),
                                              Duplicated(np.zeros(2), [0.0, 0.0]))
    with pytest.raises(enzpy.EnzpyError, match="float scalar"):
        enzpy.hessian(returns_array, argnums=1)(0.5, np.ones(3))
    with pytest.raises(enzpy.EnzpyError, match="output"):
        enzpy.jacfwd(writes_output, argnums=0, output=0)
    with pytest.raises(enzpy.EnzpyError, match="tangents"):
        enzpy.jvp(f, (1.5, 3), (1.0,))
    with pytest.raises(enzpy.EnzpyError, match="recursive function"):
        enzpy.hessian(CASES["recursion"]["fn"])(1.3, 4)


def ratio(x, y):
    return x / y


def test_division_derivatives_do_not_overflow():
    """d(x/y)/dy = -(1/y)(x/y): finite where y*y would overflow."""
    dx, dy = enzpy.grad(ratio, argnums=(0, 1))(1e200, 1e200)
    assert dx == pytest.approx(1e-200, rel=1e-12) and dy == pytest.approx(-1e-200, rel=1e-12)
    assert enzpy.jvp(ratio, (1e200, 1e200), (0.0, 1.0))[1] == pytest.approx(-1e-200, rel=1e-12)


def test_forward_entry_points_share_wrappers_across_functions():
    """jvp, jacfwd and hessian of a new function with argument types seen before call its
    kernel by address from the wrapper an earlier function compiled."""
    from enzpy.numba import dispatch, tangents
    f1 = enzpy.autodiff(lambda a, x: np.sum(a * a) * x)
    f2 = enzpy.autodiff(lambda a, x: np.sum(np.sin(a)) * x * x)
    a = np.linspace(0.1, 0.5, 5)
    t = np.ones(5)
    enzpy.jvp(f1, (a, 2.0), (t, 1.0))
    enzpy.jacfwd(f1, argnums=(0, 1))(a, 2.0)
    enzpy.hessian(f1)(a, 2.0)
    before = len(dispatch._shared)
    value, tangent = enzpy.jvp(f2, (a, 2.0), (t, 1.0))
    ja, jx = enzpy.jacfwd(f2, argnums=(0, 1))(a, 2.0)
    h = enzpy.hessian(f2)(a, 2.0)
    assert len(dispatch._shared) == before
    kernels = [k for per_function in tangents._kernels.values() for k in per_function.values()
               if k.argtypes == (numba.typeof(a), numba.typeof(2.0))]
    assert any(False in k.libraries for k in kernels)    # jacfwd, hessian: no primal value
    assert value == pytest.approx(4 * np.sum(np.sin(a)))
    assert tangent == pytest.approx(4 * np.sum(np.cos(a)) + 4 * np.sum(np.sin(a)))
    np.testing.assert_allclose(ja, 4 * np.cos(a))
    assert jx == pytest.approx(4 * np.sum(np.sin(a)))
    np.testing.assert_allclose(h, np.diag(-4 * np.sin(a)), atol=1e-12)
