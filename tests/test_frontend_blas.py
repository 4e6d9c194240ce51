"""Derivatives of Numba's BLAS calls (np.dot and @: numba_xxdot, numba_xxgemv, numba_xxgemm;
np.linalg.norm of a vector: numba_xxnrm2).

* Gradients of Numba functions (``enzpy.grad``) against central finite differences, float64
  and float32, for vectors, C/F-ordered, transposed and strided matrices, products in loops,
  operands overwritten after the product; reverse-mode accumulation, output arrays, and a
  matrix that is not differentiated staying Const.
* Forward mode on the captured IR of the same functions (``differentiate_forward``, width 2)
  against finite differences along the tangent directions.
* The rules themselves on hand-written IR: every transpose combination of gemm and gemv
  with alpha = 2, beta = 0.5 and padded leading dimensions, against NumPy formulas in both
  modes; saved operand copies are freed (in loops and across a recursive function's split
  sweeps); a Hessian-vector product through BLAS; unsupported calls raise NoDerivativeRule.
"""

import numba
import numpy as np
import pytest

import enzpy
import enzpy.rules  # noqa: F401  (the derivative rule table)
from enzpy import Duplicated
from enzpy.ad.forward import differentiate_forward
from enzpy.ad.prepare import prepare
from enzpy.ad.reverse import differentiate_reverse
from enzpy.analysis.typetree import TypeTree
from enzpy.jit import get_engine
from enzpy.jit.boxed import BoxedCall, add_boxed_wrapper
from enzpy.numba import capture

from test_frontend import _reference, assert_close, check_grad, run_isolated
from test_reverse_memory import Allocations

# ------------------------------------------------------------------------------------------
# functions


def dot_vectors(x, y):
    return np.dot(x, y)


def matvec(A, x):
    return np.sum(np.sin(A @ x))


def vecmat(x, A):
    return np.sum(np.sin(x @ A))


def matmat(A, B):
    return np.sum(np.sin(A @ B))


def gram(X):
    return np.sum(np.cos(X.T @ X))          # a transposed operand; both operands one array


def mlp(W1, W2, x):
    return np.sum(np.tanh(W2 @ np.tanh(W1 @ x)))


def least_squares(A, w, y):
    return np.sum((A @ w - y) ** 2)


def dot_rows(X, w):
    s = 0.0
    for i in range(X.shape[0]):
        s += np.dot(X[i], w) ** 2          # operands are interior pointers of X
    return s


def iterated(A, x, steps):
    v = x.copy()
    for _ in range(steps):
        v = np.tanh(A @ v)                  # each product reads the previous temporary
    return np.sum(v)


def overwritten_operand(A, x):
    v = x.copy()
    y = A @ v
    for i in range(v.shape[0]):
        v[i] = 3.0 * v[i] * v[i]            # v changes after the product read it
    z = A @ v
    return np.sum(y * z)


def self_dot(x):
    v = np.sin(x)
    s = np.dot(v, v)                        # one operand twice, overwritten afterwards
    v[0] = 2.0 * s
    return s + np.sum(v)


def norm(x):
    return np.linalg.norm(x) * np.sum(x)


def norm_strided(x):
    return np.linalg.norm(x[::2]) + np.linalg.norm(x[1::3]) ** 3    # increments 2 and 3


def norm_overwritten(x):
    v = np.sin(x)
    r = np.linalg.norm(v)
    v[0] = 2.0 * r                          # v changes after the norm read it
    return r * np.sum(v)


def normalized(X):
    s = 0.0
    for i in range(X.shape[0]):
        s += np.sum(X[i] / np.linalg.norm(X[i]) * np.arange(X.shape[1]))
    return s


def _u(*shape):
    return lambda dt, rng: rng.uniform(-1, 1, shape).astype(dt)


def _f(*shape):
    return lambda dt, rng: np.asfortranarray(rng.uniform(-1, 1, shape).astype(dt))


def _transposed(*shape):
    return lambda dt, rng: rng.uniform(-1, 1, shape[::-1]).astype(dt).T


def _strided(*shape):
    return lambda dt, rng: rng.uniform(-1, 1, (shape[0], 2 * shape[1])).astype(dt)[:, ::2]


# name -> (function, argument makers, argnums or None for every float array)
CASES = {
    "dot": (dot_vectors, (_u(5), _u(5)), None),
    "matvec_C": (matvec, (_u(3, 4), _u(4)), None),
    "matvec_F": (matvec, (_f(3, 4), _u(4)), None),
    "matvec_transposed": (matvec, (_transposed(3, 4), _u(4)), None),
    "matvec_strided": (matvec, (_strided(3, 4), _u(4)), None),
    "matvec_const_matrix": (matvec, (_u(3, 4), _u(4)), (1,)),
    "vecmat_C": (vecmat, (_u(3), _u(3, 4)), None),
    "vecmat_F": (vecmat, (_u(3), _f(3, 4)), None),
    "matmat_CC": (matmat, (_u(2, 3), _u(3, 4)), None),
    "matmat_FC": (matmat, (_f(2, 3), _u(3, 4)), None),
    "matmat_CF": (matmat, (_u(2, 3), _f(3, 4)), None),
    "matmat_FF": (matmat, (_f(2, 3), _f(3, 4)), None),
    "matmat_row_times_matrix": (matmat, (_u(1, 3), _u(3, 4)), None),   # Numba: gemv
    "matmat_matrix_times_column": (matmat, (_u(3, 3), _u(3, 1)), None),
    "matmat_row_times_column": (matmat, (_u(1, 3), _u(3, 1)), None),   # Numba: dot
    "gram": (gram, (_u(4, 3),), None),
    "mlp": (mlp, (_u(5, 3), _u(2, 5), _u(3)), None),
    "least_squares": (least_squares, (_u(6, 3), _u(3), _u(6)), None),
    "dot_rows": (dot_rows, (_u(4, 3), _u(3)), None),
    "iterated": (iterated, (_u(3, 3), _u(3), lambda dt, rng: 3), (0, 1)),
    "overwritten_operand": (overwritten_operand, (_u(3, 3), _u(3)), None),
    "self_dot": (self_dot, (_u(5),), None),
    "norm": (norm, (_u(5),), None),
    "norm_strided": (norm_strided, (_u(6),), None),
    "norm_overwritten": (norm_overwritten, (_u(4),), None),
    "normalized_rows": (normalized, (_u(3, 4),), None),
}


# float32 runs a representative subset (each case compiles a gradient: about 2 s).
FLOAT32 = ("dot", "matvec_transposed", "matmat_FC", "matmat_row_times_column",
           "least_squares", "norm_strided", "mlp")


def _args(name, dtype, seed=7):
    rng = np.random.default_rng(seed)
    return [make(dtype, rng) for make in CASES[name][1]]


@pytest.mark.parametrize("name,dt", [(n, "f64") for n in CASES] + [(n, "f32") for n in FLOAT32])
def test_gradient_matches_finite_differences(name, dt):
    fn, _, argnums = CASES[name]
    dtype = np.float64 if dt == "f64" else np.float32
    args = _args(name, dtype)
    rtol = 1e-6 if dt == "f64" else 3e-3

    _reference(fn)(*[np.array(a, np.float64) if isinstance(a, np.ndarray) else a
                     for a in args])       # Numba's typing caches warm in the parent

    def check():
        check_grad(fn, args, rtol, argnums)

    run_isolated(check)       # Numba array temporaries: a heap bug fails one test only


def test_norm_of_a_reversed_view_has_a_nan_derivative():
    """BLAS's nrm2 with a negative increment does not compute the norm of the view (nor does
    Numba's np.linalg.norm, which passes one): the derivative says so with NaN."""
    def reversed_norm(x):
        return np.linalg.norm(x[::-1])

    def run():
        x = np.arange(1.0, 6.0)
        assert np.isnan(enzpy.grad(reversed_norm)(x)).all()
        assert np.isnan(enzpy.jvp(reversed_norm, (x,), (np.ones(5),))[1])
        assert np.allclose(enzpy.grad(lambda v: np.linalg.norm(v[::2]))(x),
                           [1 / np.sqrt(35), 0, 3 / np.sqrt(35), 0, 5 / np.sqrt(35)])

    run_isolated(run)


def test_norm_of_zero_vector_has_zero_gradient():
    def run():
        assert (enzpy.grad(lambda v: np.linalg.norm(v))(np.zeros(4)) == 0.0).all()

    run_isolated(run)


# ------------------------------------------------------------------------------------------
# Enzyme's reverse-mode semantics from Python


def test_reverse_accumulates_into_shadows():
    def run():
        adf = enzpy.autodiff(mlp)
        W1, W2, x = _args("mlp", np.float64)
        g1, g2, gx = enzpy.grad(adf, argnums=(0, 1, 2))(W1, W2, x)
        d1, d2, dx = np.full_like(W1, 0.25), np.full_like(W2, -1.0), np.ones_like(x)
        adf.reverse(Duplicated(W1, d1), Duplicated(W2, d2), Duplicated(x, dx), seed=2.0)
        np.testing.assert_allclose(d1, 0.25 + 2.0 * g1, rtol=1e-12)
        np.testing.assert_allclose(d2, -1.0 + 2.0 * g2, rtol=1e-12)
        np.testing.assert_allclose(dx, 1.0 + 2.0 * gx, rtol=1e-12)

    run_isolated(run)


def matmul_into(A, B, out):
    np.dot(A, B, out)


def matvec_into(A, x, out):
    np.dot(A, x, out)


@pytest.mark.parametrize("order", ["C", "F"])
def test_output_array_seed_is_consumed(order):
    """The shadow of the output holds the seed; the reverse sweep reads it, accumulates
    dA += dout B^T and dB += A^T dout, and zeroes it (Enzyme's semantics)."""
    def run():
        rng = np.random.default_rng(3)
        A = np.asarray(rng.uniform(-1, 1, (3, 4)), order=order)
        B = rng.uniform(-1, 1, (4, 2))
        out = np.zeros((3, 2))
        seed = rng.uniform(-1, 1, (3, 2))
        dA, dB, dout = np.ones_like(A), np.zeros_like(B), seed.copy()
        enzpy.autodiff(matmul_into).reverse(Duplicated(A, dA), Duplicated(B, dB),
                                            Duplicated(out, dout))
        np.testing.assert_allclose(out, A @ B, rtol=1e-12)
        np.testing.assert_allclose(dA, 1.0 + seed @ B.T, rtol=1e-12)
        np.testing.assert_allclose(dB, A.T @ seed, rtol=1e-12)
        assert not dout.any()
        x, y, dx, dy = B[:, 0].copy(), np.zeros(3), np.zeros(4), seed[:, 0].copy()
        dA[...] = 0.0
        enzpy.autodiff(matvec_into).reverse(Duplicated(A, dA), Duplicated(x, dx),
                                            Duplicated(y, dy))
        np.testing.assert_allclose(dA, np.outer(seed[:, 0], x), rtol=1e-12)
        np.testing.assert_allclose(dx, A.T @ seed[:, 0], rtol=1e-12)
        assert not dy.any()

    run_isolated(run)


def test_const_matrix_needs_no_shadow():
    """A BLAS call carries derivatives only from what it reads to what it writes: a matrix
    that is not differentiated stays Const (no throw-away shadow, no adjoint product)."""
    def run():
        adf = enzpy.autodiff(matvec)
        A, x = _args("matvec_C", np.float64)
        gx = enzpy.grad(adf, argnums=1)(A, x)
        np.testing.assert_allclose(gx, A.T @ np.cos(A @ x), rtol=1e-12)
        kernel = adf.kernels[-1]
        assert kernel.scratch == ()
        assert "@numba_xxgemm(" not in kernel.text      # no rank-1 update for A'

    run_isolated(run)


def test_unsupported_linear_algebra_names_the_helper():
    def eigenvalues(A):
        return np.sum(np.linalg.eigvalsh(A))

    with pytest.raises(enzpy.NoDerivativeRule,
                       match=r"numba_ez_xxxevd \(np.linalg.eigh, eigvalsh\)"):
        enzpy.grad(eigenvalues)(np.eye(3))


# ------------------------------------------------------------------------------------------
# forward mode on the captured IR


def _tree(text):
    return TypeTree.parse(text)


def jvp_ir(fn, args, directions):
    """Forward mode of Numba function ``fn`` (float result) on its captured IR: the tangent
    of the result along each direction (one tuple of arrays per lane, vector width = lanes);
    every float array is Duplicated, its shadow holding the lane's direction."""
    width = len(directions)
    cap = capture(numba.njit(fn), tuple(numba.typeof(a) for a in args))
    module = prepare(cap.text, cap.entry)
    acts = ["const"] * len(cap.llvm_params)
    acts[0] = "dup"
    trees = {0: _tree(f"{{[-1]:Pointer, [-1,0]:Float@{cap.return_llvm_type}}}")}
    for arg, layout in zip(args, cap.args):
        for pos, field in zip(layout.positions, layout.fields):
            if field == "data" and isinstance(arg, np.ndarray):
                kind = "double" if arg.dtype == np.float64 else "float"
                acts[pos] = "dup"
                trees[pos] = _tree(f"{{[-1]:Pointer, [-1,-1]:Float@{kind}}}")
            elif field not in ("meminfo", "parent", "data"):
                trees[pos] = _tree("{[-1]:Integer}")
    fwd = differentiate_forward(module, cap.entry, acts, width=width, arg_trees=trees)
    wrapper = add_boxed_wrapper(module, fwd)
    compiled = get_engine().compile(str(module), opt=2)
    call = BoxedCall(compiled.address(wrapper.name), fwd.function_type)
    result = [np.zeros(1, args[0].dtype) for _ in range(width + 1)]
    excinfo = np.zeros(4, np.int64)
    flat, keep = [r.ctypes.data for r in result] + [excinfo.ctypes.data], []
    for index, (arg, layout) in enumerate(zip(args, cap.args)):
        for field in layout.fields:
            if not isinstance(arg, np.ndarray):
                flat.append(arg)
            elif field in ("meminfo", "parent"):
                flat.append(0)
            elif field == "nitems":
                flat.append(arg.size)
            elif field == "itemsize":
                flat.append(arg.itemsize)
            elif field == "data":
                flat.append(arg.ctypes.data)
                for direction in directions:
                    shadow = np.zeros_like(arg)          # same layout, same strides
                    shadow[...] = direction[index]
                    keep.append(shadow)
                    flat.append(shadow.ctypes.data)
            elif field.startswith("shape"):
                flat.append(arg.shape[int(field[6:-1])])
            else:
                flat.append(arg.strides[int(field[8:-1])])
    call(*flat)
    assert not excinfo.any()
    return np.array([float(r[0]) for r in result[1:]])


FORWARD_CASES = ["dot", "matvec_F", "vecmat_C", "matmat_FC", "matmat_row_times_column",
                 "gram", "mlp", "iterated", "overwritten_operand", "norm_strided",
                 "normalized_rows"]


@pytest.mark.parametrize("name", FORWARD_CASES)
def test_forward_mode_matches_finite_differences(name):
    fn, _, _ = CASES[name]
    args = _args(name, np.float64)
    rng = np.random.default_rng(11)
    directions = [tuple(rng.uniform(-1, 1, a.shape) if isinstance(a, np.ndarray) else None
                        for a in args) for _ in range(2)]

    primal, h = _reference(fn), 1e-6
    primal(*args)                           # compiled in the parent, used by the child

    def run():
        tangents = jvp_ir(fn, args, directions)
        for lane, direction in enumerate(directions):
            plus = [a + h * d if d is not None else a for a, d in zip(args, direction)]
            minus = [a - h * d if d is not None else a for a, d in zip(args, direction)]
            fd = (primal(*plus) - primal(*minus)) / (2 * h)
            assert_close(tangents[lane], fd, 1e-6, f"lane {lane}")

    run_isolated(run)


def test_forward_mode_float32():
    def run():
        A, x = _args("matvec_F", np.float32)
        dA, dx = np.ones_like(A), np.zeros_like(x)
        (t,) = jvp_ir(matvec, (A, x), [(dA, dx)])
        A64, x64 = A.astype(np.float64), x.astype(np.float64)
        assert_close(t, np.cos(A64 @ x64) @ (dA @ x64), 3e-3)

    run_isolated(run)


# ------------------------------------------------------------------------------------------
# the rules on hand-written IR: alpha = 2, beta = 0.5, padded leading dimensions

ALPHA, BETA = 2.0, 0.5
_LL = {np.float64: ("double", 100), np.float32: ("float", 115)}
DECLS = """
declare i32 @numba_xxdot(i8, i8, i64, ptr, ptr, ptr)
declare i32 @numba_xxgemv(i8, i8, i64, i64, ptr, ptr, i64, ptr, ptr, ptr)
declare i32 @numba_xxgemm(i8, i8, i8, i64, i64, i64, ptr, ptr, i64, ptr, i64, ptr, ptr, i64)
"""


def _scalars(fty):
    return f"""  %alpha = alloca {fty}
  %beta = alloca {fty}
  store {fty} {ALPHA:e}, ptr %alpha
  store {fty} {BETA:e}, ptr %beta
"""


def _gemm_ir(dtype, ta, tb):
    fty, code = _LL[dtype]
    return f"""
define void @g(ptr %A, ptr %B, ptr %C, i64 %m, i64 %n, i64 %k, i64 %lda, i64 %ldb, i64 %ldc) {{
entry:
{_scalars(fty)}  %s = call i32 @numba_xxgemm(i8 {code}, i8 {ord(ta)}, i8 {ord(tb)}, i64 %m, i64 %n, i64 %k, ptr %alpha, ptr %A, i64 %lda, ptr %B, i64 %ldb, ptr %beta, ptr %C, i64 %ldc)
  ret void
}}
""" + DECLS


def _gemv_ir(dtype, trans):
    fty, code = _LL[dtype]
    return f"""
define void @g(ptr %A, ptr %x, ptr %y, i64 %m, i64 %n, i64 %lda) {{
entry:
{_scalars(fty)}  %s = call i32 @numba_xxgemv(i8 {code}, i8 {ord(trans)}, i64 %m, i64 %n, ptr %alpha, ptr %A, i64 %lda, ptr %x, ptr %beta, ptr %y)
  ret void
}}
""" + DECLS


def _dot_ir(dtype):
    fty, code = _LL[dtype]
    return f"""
define void @g(ptr %x, ptr %y, ptr %r, i64 %n) {{
entry:
  %s = call i32 @numba_xxdot(i8 {code}, i8 0, i64 %n, ptr %x, ptr %y, ptr %r)
  ret void
}}
""" + DECLS


def _compile(text, pointers, mode, width=1, const=()):
    """Reverse (``diffe_g``) or forward (``fwddiffe<width>_g``) derivative of ``@g`` with its
    first ``pointers`` arguments Duplicated (but those in ``const``); a Python callable."""
    module = prepare(text, "g")
    fn = module.get_function("g")
    kind = "float" if "i8 115" in text else "double"
    acts = ["dup" if i < pointers and i not in const else "const"
            for i in range(len(fn.args))]
    trees = {i: _tree(f"{{[-1]:Pointer, [-1,-1]:Float@{kind}}}") for i in range(pointers)}
    trees.update({i: _tree("{[-1]:Integer}") for i in range(pointers, len(fn.args))})
    if mode == "reverse":
        diffe = differentiate_reverse(module, "g", acts, arg_trees=trees)
    else:
        diffe = differentiate_forward(module, "g", acts, width=width, arg_trees=trees)
    wrapper = add_boxed_wrapper(module, diffe)
    compiled = get_engine().compile(str(module), opt=2)
    return BoxedCall(compiled.address(wrapper.name), diffe.function_type)


def _stored(rng, dtype, rows, cols, pad):
    """A column-major rows x cols matrix with leading dimension rows + pad (padding NaN-free
    but distinctive), and its visible part."""
    store = np.asfortranarray(rng.uniform(-1, 1, (rows + pad, cols)).astype(dtype))
    return store, store[:rows]


def _op(matrix, flag):
    return matrix if flag == "n" else matrix.T


@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
@pytest.mark.parametrize("ta,tb", [("n", "n"), ("n", "t"), ("t", "n"), ("t", "t")])
def test_gemm_rules_every_transpose(ta, tb, dtype):
    m, n, k, pad = 2, 3, 4, 2
    rng = np.random.default_rng(5)
    a_shape = (m, k) if ta == "n" else (k, m)
    b_shape = (k, n) if tb == "n" else (n, k)
    (A, a), (B, b), (C, c) = (_stored(rng, dtype, *shape, pad)
                              for shape in (a_shape, b_shape, (m, n)))
    ld = [A.shape[0], B.shape[0], C.shape[0]]
    rtol = 1e-12 if dtype == np.float64 else 1e-5
    # reverse: seed in C's shadow; the padding of every shadow is left alone
    (dA, da), (dB, db), (dC, dc) = (_stored(rng, dtype, *shape, pad)
                                    for shape in (a_shape, b_shape, (m, n)))
    seeds = [x.copy() for x in (dA, dB, dC)]
    c_in = c.copy()
    _compile(_gemm_ir(dtype, ta, tb), 3, "reverse")(A, dA, B, dB, C, dC, m, n, k, *ld)
    np.testing.assert_allclose(c, ALPHA * _op(a, ta) @ _op(b, tb) + BETA * c_in, rtol=rtol)
    seed = seeds[2][:m]
    d_opa = ALPHA * seed @ _op(b, tb).T
    d_opb = ALPHA * _op(a, ta).T @ seed
    np.testing.assert_allclose(da, seeds[0][:a_shape[0]] + _op(d_opa, ta), rtol=rtol)
    np.testing.assert_allclose(db, seeds[1][:b_shape[0]] + _op(d_opb, tb), rtol=rtol)
    np.testing.assert_allclose(dc, BETA * seed, rtol=rtol)
    for shadow, before in zip((dA, dB, dC), seeds):
        np.testing.assert_array_equal(shadow[shadow.shape[0] - pad:],
                                      before[before.shape[0] - pad:])
    # forward, two lanes
    c[...] = c_in
    tangents = [[_stored(rng, dtype, *shape, pad)[0] for shape in (a_shape, b_shape, (m, n))]
                for _ in range(2)]
    before = [[t.copy() for t in lane] for lane in tangents]
    (tA0, tB0, tC0), (tA1, tB1, tC1) = tangents
    _compile(_gemm_ir(dtype, ta, tb), 3, "forward", width=2)(
        A, tA0, tA1, B, tB0, tB1, C, tC0, tC1, m, n, k, *ld)
    for (tA, tB, tC), after in zip(before, tangents):
        ta_, tb_ = tA[:a_shape[0]], tB[:b_shape[0]]
        want = ALPHA * (_op(ta_, ta) @ _op(b, tb) + _op(a, ta) @ _op(tb_, tb)) + BETA * tC[:m]
        np.testing.assert_allclose(after[2][:m], want, rtol=rtol)
        np.testing.assert_array_equal(after[2][m:], tC[m:])


@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
@pytest.mark.parametrize("trans", ["n", "t"])
def test_gemv_rules(trans, dtype):
    m, n, pad = 3, 4, 1
    rng = np.random.default_rng(6)
    A, a = _stored(rng, dtype, m, n, pad)
    x_len, y_len = (n, m) if trans == "n" else (m, n)
    x, y = rng.uniform(-1, 1, x_len).astype(dtype), rng.uniform(-1, 1, y_len).astype(dtype)
    dA, dx, dy = (rng.uniform(-1, 1, v.shape).astype(dtype) for v in (A, x, y))
    dA = np.asfortranarray(dA)
    seeds = [v.copy() for v in (dA, dx, dy)]
    y_in = y.copy()
    rtol = 1e-12 if dtype == np.float64 else 1e-5
    _compile(_gemv_ir(dtype, trans), 3, "reverse")(A, dA, x, dx, y, dy, m, n, A.shape[0])
    op = _op(a, trans)
    np.testing.assert_allclose(y, ALPHA * op @ x + BETA * y_in, rtol=rtol)
    d_op = ALPHA * np.outer(seeds[2], x)
    np.testing.assert_allclose(dA[:m], seeds[0][:m] + _op(d_op, trans), rtol=rtol)
    np.testing.assert_array_equal(dA[m:], seeds[0][m:])
    np.testing.assert_allclose(dx, seeds[1] + ALPHA * op.T @ seeds[2], rtol=rtol)
    np.testing.assert_allclose(dy, BETA * seeds[2], rtol=rtol)
    y[...] = y_in
    tA, tx, ty = np.asfortranarray(seeds[0].copy()), seeds[1].copy(), seeds[2].copy()
    _compile(_gemv_ir(dtype, trans), 3, "forward")(A, tA, x, tx, y, ty, m, n, A.shape[0])
    want = ALPHA * (_op(seeds[0][:m], trans) @ x + op @ seeds[1]) + BETA * seeds[2]
    np.testing.assert_allclose(ty, want, rtol=rtol)


def test_output_without_differentiated_operands():
    """Only y has a shadow: the product contributes nothing, y's adjoint is scaled by beta
    (reverse) and its tangent too (forward)."""
    rng = np.random.default_rng(4)
    A = np.asfortranarray(rng.uniform(-1, 1, (3, 4)))
    x, y = rng.uniform(-1, 1, 4), rng.uniform(-1, 1, 3)
    for mode in ("reverse", "forward"):
        dy = np.array([1.0, -2.0, np.inf]) if mode == "reverse" else np.ones(3)
        before = dy.copy()
        _compile(_gemv_ir(np.float64, "n"), 3, mode, const=(0, 1))(A, x, y.copy(), dy,
                                                                    3, 4, 3)
        np.testing.assert_array_equal(dy, BETA * before)


@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
def test_dot_rules(dtype):
    rng = np.random.default_rng(8)
    x, y, r = (rng.uniform(-1, 1, n).astype(dtype) for n in (5, 5, 1))
    dx, dy = np.ones_like(x), np.zeros_like(y)
    dr = np.array([1.5], dtype)
    rtol = 1e-12 if dtype == np.float64 else 1e-5
    _compile(_dot_ir(dtype), 3, "reverse")(x, dx, y, dy, r, dr, 5)
    np.testing.assert_allclose(r, [x @ y], rtol=rtol)
    np.testing.assert_allclose(dx, 1.0 + 1.5 * y, rtol=rtol)
    np.testing.assert_allclose(dy, 1.5 * x, rtol=rtol)
    assert dr[0] == 0.0
    tx, ty, tr = np.full_like(x, 0.5), -np.ones_like(y), np.full_like(r, 7.0)
    _compile(_dot_ir(dtype), 3, "forward")(x, tx, y, ty, r, tr, 5)
    np.testing.assert_allclose(tr, [0.5 * y.sum() - x.sum()], rtol=rtol)
    empty = np.zeros(0, dtype)          # n = 0: BLAS must not see a zero leading dimension
    _compile(_dot_ir(dtype), 3, "reverse")(empty, empty, empty, empty, r, dr, 0)


POWER = """
define void @g(ptr %A, ptr %x, ptr %y, i64 %n, i64 %steps) {
entry:
  %alpha = alloca double
  %beta = alloca double
  br label %outer
outer:
  %s = phi i64 [ 0, %entry ], [ %s.next, %square.done ]
  store double 1.0, ptr %alpha
  store double 0.0, ptr %beta
  %st = call i32 @numba_xxgemv(i8 100, i8 110, i64 %n, i64 %n, ptr %alpha, ptr %A, i64 %n, ptr %x, ptr %beta, ptr %y)
  br label %square
square:
  %i = phi i64 [ 0, %outer ], [ %i.next, %square ]
  %py = getelementptr double, ptr %y, i64 %i
  %v = load double, ptr %py
  %sq = fmul double %v, %v
  %px = getelementptr double, ptr %x, i64 %i
  store double %sq, ptr %px
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %square, label %square.done
square.done:
  %s.next = add i64 %s, 1
  %again = icmp ult i64 %s.next, %steps
  br i1 %again, label %outer, label %exit
exit:
  ret void
}
""" + DECLS


RECURSIVE = """
define internal void @r(ptr %A, ptr %x, ptr %y, i64 %n, i64 %depth) {
entry:
  %alpha = alloca double
  %beta = alloca double
  %stop = icmp eq i64 %depth, 0
  br i1 %stop, label %exit, label %work
work:
  store double 1.0, ptr %alpha
  store double 0.0, ptr %beta
  %st = call i32 @numba_xxgemv(i8 100, i8 116, i64 %n, i64 %n, ptr %alpha, ptr %A, i64 %n, ptr %x, ptr %beta, ptr %y)
  br label %update
update:
  %i = phi i64 [ 0, %work ], [ %i.next, %update ]
  %py = getelementptr double, ptr %y, i64 %i
  %v = load double, ptr %py
  %s = call double @llvm.sin.f64(double %v)
  %px = getelementptr double, ptr %x, i64 %i
  store double %s, ptr %px
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %update, label %recurse
recurse:
  %d = sub i64 %depth, 1
  call void @r(ptr %A, ptr %x, ptr %y, i64 %n, i64 %d)
  br label %exit
exit:
  ret void
}
define void @g(ptr %A, ptr %x, ptr %y, i64 %n, i64 %steps) {
entry:
  call void @r(ptr %A, ptr %x, ptr %y, i64 %n, i64 %steps)
  ret void
}
declare double @llvm.sin.f64(double)
""" + DECLS


@pytest.mark.parametrize("text,step", [
    (POWER, lambda A, x: (A @ x, (A @ x) ** 2)),                 # a loop, op(A) = A
    (RECURSIVE, lambda A, x: (A.T @ x, np.sin(A.T @ x))),        # split mode, op(A) = A^T
], ids=["loop", "recursion"])
def test_overwritten_operand_is_saved_and_freed(text, step):
    """x is overwritten after every product that reads it: each product's x is copied in
    the forward sweep and the copy freed by the reverse sweep (in a loop, and across the
    augmented forward / reverse pair of a recursive function)."""
    n, steps = 3, 4
    module = prepare(text, "g")
    tree = _tree("{[-1]:Pointer, [-1,-1]:Float@double}")
    diffe = differentiate_reverse(module, "g", ["dup", "dup", "dup", "const", "const"],
                                  arg_trees={0: tree, 1: tree, 2: tree})
    assert "blas.operand" in str(module)
    wrapper = add_boxed_wrapper(module, diffe)
    allocations = Allocations()
    compiled = get_engine().compile(str(module), opt=2, symbols=allocations.symbols())
    call = BoxedCall(compiled.address(wrapper.name), diffe.function_type)
    rng = np.random.default_rng(9)
    A0 = rng.uniform(-0.6, 0.6, (n, n))
    x0 = rng.uniform(-1, 1, n)
    w, u = rng.uniform(-1, 1, n), rng.uniform(-1, 1, n)

    def objective(A, x):                    # <w, y_exit> + <u, x_exit>
        for _ in range(steps):
            y, x = step(A, x)
        return w @ y + u @ x

    A, x, y = np.asfortranarray(A0), x0.copy(), np.zeros(n)
    dA, dx, dy = np.zeros_like(A), u.copy(), w.copy()
    call(A, dA, x, dx, y, dy, n, steps)
    assert not allocations.live, f"{len(allocations.live)} blocks leaked"
    assert allocations.count >= steps
    h = 1e-6
    for index in np.ndindex(n, n):
        e = np.zeros((n, n))
        e[index] = h
        fd = (objective(A0 + e, x0) - objective(A0 - e, x0)) / (2 * h)
        assert dA[index] == pytest.approx(fd, rel=1e-6, abs=1e-8)
    for i in range(n):
        e = np.zeros(n)
        e[i] = h
        fd = (objective(A0, x0 + e) - objective(A0, x0 - e)) / (2 * h)
        assert dx[i] == pytest.approx(fd, rel=1e-6, abs=1e-8)
    assert not dy.any()                     # y's value on entry is never read


SUM_SIN = """
define double @f(ptr %A, ptr %x, ptr %y, i64 %n) {
entry:
  %alpha = alloca double
  %beta = alloca double
  store double 1.0, ptr %alpha
  store double 0.0, ptr %beta
  %st = call i32 @numba_xxgemv(i8 100, i8 110, i64 %n, i64 %n, ptr %alpha, ptr %A, i64 %n, ptr %x, ptr %beta, ptr %y)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s.next, %loop ]
  %py = getelementptr double, ptr %y, i64 %i
  %v = load double, ptr %py
  %sv = call double @llvm.sin.f64(double %v)
  %s.next = fadd double %s, %sv
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  ret double %s.next
}
declare double @llvm.sin.f64(double)
""" + DECLS


def test_hessian_vector_product_through_blas():
    """Forward over reverse: the gradient's own BLAS calls, operand copies and adjoint
    scaling are differentiated again (H = A^T diag(-sin(Ax)) A)."""
    n = 3
    tree = _tree("{[-1]:Pointer, [-1,-1]:Float@double}")
    module = prepare(SUM_SIN, "f")
    gradient = differentiate_reverse(module, "f", ["dup", "dup", "dup", "const"],
                                     arg_trees={0: tree, 1: tree, 2: tree})
    module = prepare(str(module), gradient.name)
    hvp = differentiate_forward(module, gradient.name, ["dup"] * 6 + ["const", "const"],
                                arg_trees={i: tree for i in range(6)})
    wrapper = add_boxed_wrapper(module, hvp)
    compiled = get_engine().compile(str(module), opt=2)
    call = BoxedCall(compiled.address(wrapper.name), hvp.function_type)
    rng = np.random.default_rng(0)
    A = np.asfortranarray(rng.uniform(-1, 1, (n, n)))
    x, v = rng.uniform(-1, 1, n), rng.uniform(-1, 1, n)
    z = [np.zeros_like(A) for _ in range(3)] + [np.zeros(n) for _ in range(6)]
    dA, tA, tdA, gx, tgx, y, ty, dy, tdy = z
    call(A, tA, dA, tdA, x, v.copy(), gx, tgx, y, ty, dy, tdy, n, 1.0)
    np.testing.assert_allclose(gx, A.T @ np.cos(A @ x), rtol=1e-12)
    np.testing.assert_allclose(tgx, A.T @ (-np.sin(A @ x) * (A @ v)), rtol=1e-12)


# ------------------------------------------------------------------------------------------
# refusals


def _refused(text, mode, match):
    with pytest.raises(enzpy.NoDerivativeRule, match=match):
        _compile(text, 3, mode)


@pytest.mark.parametrize("mode", ["reverse", "forward"])
def test_complex_kind_is_refused(mode):
    text = _dot_ir(np.float64).replace("i8 100, i8 0", "i8 122, i8 0")
    _refused(text, mode, r"numba_xxdot of complex128 arrays")


@pytest.mark.parametrize("mode", ["reverse", "forward"])
def test_non_constant_alpha_is_refused(mode):
    text = _gemm_ir(np.float64, "n", "n").replace("store double 2.000000e+00, ptr %alpha",
                                                   "store double %v, ptr %alpha")
    text = text.replace("entry:\n", "entry:\n  %v = load double, ptr %C\n")
    _refused(text, mode, r"alpha of @numba_xxgemm is not a compile-time constant")


@pytest.mark.parametrize("mode", ["reverse", "forward"])
def test_other_blas_helpers_are_refused(mode):
    text = """
define void @g(ptr %x, ptr %unused, ptr %r, i64 %n) {
entry:
  %s = call i32 @numba_xxpotrf(i8 100, i8 76, i64 %n, ptr %x, i64 %n)
  ret void
}
declare i32 @numba_xxpotrf(i8, i8, i64, ptr, i64)
"""
    _refused(text, mode, r"Numba's BLAS/LAPACK helper @numba_xxpotrf \(np.linalg.cholesky\)")

