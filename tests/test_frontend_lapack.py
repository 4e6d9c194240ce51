"""Derivatives of Numba's LAPACK calls: np.linalg.solve (numba_xgesv), np.linalg.inv
(numba_xxgetrf + numba_ez_xxgetri), np.linalg.det and slogdet (numba_xxgetrf).

* Gradients of Numba functions (``enzpy.grad``) against central finite differences, float64
  (C, Fortran, transposed and strided matrices; vector and matrix right-hand sides; 1 x 1 to
  5 x 5; in a loop; normal equations) and a float32 subset.
* Forward mode (``enzpy.jvp``) against reverse mode and finite differences; Jacobians of the
  inverse by ``jacfwd`` (vector forward mode) and ``jacrev`` against ``-Ainv E Ainv``; the
  Hessian of log |det A| (forward over reverse).
* Singular matrices (det: value and derivative 0; solve: Numba's LinAlgError), complex
  arrays (NoDerivativeRule naming the helper).
* The rules on hand-written IR with padded leading dimensions: the LU factors, the solution
  and the inverse against SciPy's LU and NumPy formulas in both modes (width 2); the copies
  the forward sweep keeps for the reverse sweep are freed (in a loop and in a recursive
  function's split sweeps).
"""

import numpy as np
import pytest
import scipy.linalg

import enzpy
import enzpy.rules  # noqa: F401  (the derivative rule table)
from enzpy.ad.prepare import prepare
from enzpy.ad.reverse import differentiate_reverse
from enzpy.jit import get_engine
from enzpy.jit.boxed import BoxedCall, add_boxed_wrapper

from test_frontend import _reference, assert_close, check_grad, run_isolated
from test_frontend_blas import _compile, _tree
from test_reverse_memory import Allocations

# ------------------------------------------------------------------------------------------
# functions


def solve_vector(A, b):
    return np.sum(np.linalg.solve(A, b) ** 2)


def solve_matrix(A, B):
    return np.sum(np.sin(np.linalg.solve(A, B)))


def inv_matvec(A, x):
    return np.sum(np.sin(np.linalg.inv(A) @ x))


def log_abs_det(A):
    return np.log(abs(np.linalg.det(A)))


def det(A):
    return np.linalg.det(A)


def slogdet(A):
    sign, logdet = np.linalg.slogdet(A)
    return sign * logdet


def normal_equations(X, y):
    w = np.linalg.solve(X.T @ X, X.T @ y)      # least squares
    return np.sum((X @ w - y) ** 2) + np.sum(w ** 2)


def iterated_solve(A, x):
    v = x.copy()
    for _ in range(3):
        v = np.tanh(np.linalg.solve(A, v))     # factors and solutions of each step saved
    return np.sum(v)


def _well(n, order="C"):
    """A well-conditioned n x n matrix (uniform(-1, 1) + n I) in ``order``, or a transposed
    ("T") or column-strided ("S") view."""
    def make(dt, rng):
        a = rng.uniform(-1, 1, (n, 2 * n if order == "S" else n))
        a[:, :: 2 if order == "S" else 1] += n * np.eye(n)
        a = a.astype(dt)
        return {"C": a, "F": np.asfortranarray(a), "T": a.T, "S": a[:, ::2]}[order]
    return make


def _u(*shape, order="C"):
    return lambda dt, rng: np.asarray(rng.uniform(-1, 1, shape).astype(dt), order=order)


# name -> (function, argument makers)
CASES = {
    "solve_vector_C": (solve_vector, (_well(4), _u(4))),
    "solve_vector_F": (solve_vector, (_well(4, "F"), _u(4))),
    "solve_vector_transposed": (solve_vector, (_well(4, "T"), _u(4))),
    "solve_vector_strided": (solve_vector, (_well(4, "S"), _u(4))),
    "solve_matrix_C": (solve_matrix, (_well(4), _u(4, 3))),
    "solve_matrix_F": (solve_matrix, (_well(4, "F"), _u(4, 3, order="F"))),
    "inv_matvec_C": (inv_matvec, (_well(4), _u(4))),
    "inv_matvec_F": (inv_matvec, (_well(4, "F"), _u(4))),
    "log_abs_det_C": (log_abs_det, (_well(5),)),
    "log_abs_det_F": (log_abs_det, (_well(5, "F"),)),
    "det_1x1": (det, (_well(1),)),
    "det_2x2": (det, (_well(2),)),
    "det_5x5": (det, (_well(5),)),
    "slogdet": (slogdet, (_well(4, "F"),)),
    "normal_equations": (normal_equations, (_u(7, 3), _u(7))),
    "iterated_solve": (iterated_solve, (_well(3), _u(3))),
}
FLOAT32 = ("solve_vector_C", "solve_matrix_F", "inv_matvec_C", "log_abs_det_F", "det_5x5")


def _args(name, dtype, seed=7):
    rng = np.random.default_rng(seed)
    return [make(dtype, rng) for make in CASES[name][1]]


@pytest.mark.parametrize("name,dt", [(n, "f64") for n in CASES] + [(n, "f32") for n in FLOAT32])
def test_gradient_matches_finite_differences(name, dt):
    fn = CASES[name][0]
    dtype = np.float64 if dt == "f64" else np.float32
    args = _args(name, dtype)
    _reference(fn)(*[np.array(a, np.float64) for a in args])     # typing caches warm

    def check():
        check_grad(fn, args, 1e-6 if dt == "f64" else 3e-3)

    run_isolated(check)


FORWARD = ("solve_vector_C", "solve_matrix_F", "inv_matvec_C", "log_abs_det_F", "det_5x5",
           "slogdet", "normal_equations", "iterated_solve")


@pytest.mark.parametrize("name", FORWARD)
def test_forward_matches_reverse_and_finite_differences(name):
    fn = CASES[name][0]
    args = _args(name, np.float64)
    primal = _reference(fn)
    primal(*args)

    def run():
        rng = np.random.default_rng(11)
        tangents = [rng.uniform(-1, 1, a.shape) for a in args]
        value, tangent = enzpy.jvp(fn, args, tangents)
        assert value == pytest.approx(primal(*args), rel=1e-14)
        grads = enzpy.grad(fn, argnums=tuple(range(len(args))))(*args)
        assert_close(tangent, sum(np.sum(g * t) for g, t in zip(grads, tangents)), 1e-12)
        h = 1e-6
        fd = (primal(*[a + h * t for a, t in zip(args, tangents)]) -
              primal(*[a - h * t for a, t in zip(args, tangents)])) / (2 * h)
        assert_close(tangent, fd, 1e-6 * max(1.0, abs(value)))

    run_isolated(run)


def test_const_matrix_needs_no_factor_adjoint():
    """gesv's factors depend on A only: with A not differentiated, the gradient with respect to
    b is one transposed solve (no adjoint of the factors, no copy of X)."""
    def run():
        adf = enzpy.autodiff(solve_vector)
        A, b = _args("solve_vector_C", np.float64)
        gb = enzpy.grad(adf, argnums=1)(A, b)
        np.testing.assert_allclose(gb, 2 * np.linalg.solve(A.T, np.linalg.solve(A, b)),
                                   rtol=1e-12)
        kernel = adf.kernels[-1]
        assert kernel.scratch == ()
        assert "__enzpy_lu_solve_t_double" in kernel.text
        assert "__enzpy_getrf_adjoint" not in kernel.text and "lapack.x" not in kernel.text

    run_isolated(run)


def test_jacobian_of_the_inverse():
    """jacfwd (vector forward mode) and jacrev of A -> inv(A), a Fortran-ordered result:
    d inv(A) / dA[k, l] is -inv(A)[:, k] inv(A)[l, :]; the vjp is -inv(A)^T S inv(A)^T."""
    def inverse(A):
        return np.linalg.inv(A)

    def run():
        rng = np.random.default_rng(2)
        A = _well(3)(np.float64, rng)
        Ai = np.linalg.inv(A)
        want = -np.einsum("ik,lj->ijkl", Ai, Ai)
        np.testing.assert_allclose(enzpy.jacfwd(inverse)(A), want, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(enzpy.jacrev(inverse)(A), want, rtol=1e-12, atol=1e-15)
        S = rng.uniform(-1, 1, (3, 3))
        value, vjp = enzpy.vjp(inverse, A)
        np.testing.assert_allclose(value, Ai, rtol=1e-14)
        np.testing.assert_allclose(vjp(S)[0], -Ai.T @ S @ Ai.T, rtol=1e-12, atol=1e-15)

    run_isolated(run)


def test_hessian_of_log_abs_det():
    """Forward over reverse through getrf's rules and their IR helpers: the Hessian of
    log |det A| is d inv(A)[j, i] / dA[k, l] = -inv(A)[j, k] inv(A)[l, i]."""
    def run():
        A = _well(3, "F")(np.float64, np.random.default_rng(6))
        Ai = np.linalg.inv(A)
        H = enzpy.hessian(log_abs_det)(A)
        np.testing.assert_allclose(H, -np.einsum("jk,li->ijkl", Ai, Ai), rtol=1e-12,
                                   atol=1e-15)

    run_isolated(run)


# ------------------------------------------------------------------------------------------
# singular and complex matrices


def test_singular_matrix():
    """det of a singular matrix is 0 without reading the factors (getrf's info > 0): the
    derivative is 0 in both modes, not NaN; solve and its gradient raise Numba's error."""
    def run():
        S = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
        assert not enzpy.grad(det)(S).any()
        assert enzpy.jvp(det, (S,), (np.ones((3, 3)),)) == (0.0, 0.0)
        with pytest.raises(np.linalg.LinAlgError, match="singular"):
            enzpy.grad(solve_vector)(S, np.ones(3))

    run_isolated(run)


def complex_solve(A, b):
    return np.sum(np.linalg.solve(A + 0j, b + 0j).real)


def complex_det(A):
    return np.linalg.det(A + 0j).real


@pytest.mark.parametrize("fn,helper", [(complex_solve, "numba_xgesv"),
                                       (complex_det, "numba_xxgetrf")])
def test_complex_arrays_are_refused(fn, helper):
    args = (np.eye(3) * 2.0, np.ones(3))[:fn.__code__.co_argcount]
    with pytest.raises(enzpy.NoDerivativeRule, match=rf"@{helper} \(np.linalg.\w+.*\) of "
                                                     r"complex128 arrays"):
        enzpy.grad(fn)(*args)
    with pytest.raises(enzpy.NoDerivativeRule, match=rf"@{helper} "):
        enzpy.jvp(fn, args, [np.ones_like(a) for a in args])


# ------------------------------------------------------------------------------------------
# the rules on hand-written IR: padded leading dimensions, two right-hand sides

_LL = {np.float64: ("double", 100), np.float32: ("float", 115)}
DECLS = """
declare i32 @numba_xgesv(i8, i64, i64, ptr, i64, ptr, ptr, i64)
declare i32 @numba_xxgetrf(i8, i64, i64, ptr, i64, ptr)
declare i32 @numba_ez_xxgetri(i8, i64, ptr, i64, ptr)
"""


def _ir(dtype, body, params):
    return f"""
define void @g({params}) {{
entry:
{body.format(code=_LL[dtype][1])}  ret void
}}
""" + DECLS


def _gesv_ir(dtype):
    return _ir(dtype, "  %s = call i32 @numba_xgesv(i8 {code}, i64 %n, i64 %nrhs, ptr %A, "
                      "i64 %lda, ptr %ipiv, ptr %B, i64 %ldb)\n",
               "ptr %A, ptr %B, ptr %ipiv, i64 %n, i64 %nrhs, i64 %lda, i64 %ldb")


def _inverse_ir(dtype):
    return _ir(dtype, "  %f = call i32 @numba_xxgetrf(i8 {code}, i64 %n, i64 %n, ptr %A, "
                      "i64 %lda, ptr %ipiv)\n"
                      "  %i = call i32 @numba_ez_xxgetri(i8 {code}, i64 %n, ptr %A, i64 %lda, "
                      "ptr %ipiv)\n", "ptr %A, ptr %ipiv, i64 %n, i64 %lda")


def _getrf_ir(dtype):
    return _ir(dtype, "  %f = call i32 @numba_xxgetrf(i8 {code}, i64 %n, i64 %n, ptr %A, "
                      "i64 %lda, ptr %ipiv)\n", "ptr %A, ptr %ipiv, i64 %n, i64 %lda")


def _padded(rng, dtype, rows, cols, pad, diagonal=0.0):
    """A column-major rows x cols matrix with leading dimension rows + pad (distinctive
    padding), and its visible part."""
    store = np.asfortranarray(rng.uniform(-1, 1, (rows + pad, cols)).astype(dtype))
    store[:rows] += (diagonal * np.eye(rows, cols)).astype(dtype)
    return store, store[:rows]


def _lu(a):
    return scipy.linalg.lu_factor(a)[0]         # the packed factors LAPACK's getrf writes


def ld(*matrices):
    return [m.shape[0] for m in matrices]


def _directional(f, x, t, h=1e-6):
    return (f(x + h * t) - f(x - h * t)) / (2 * h)


N, NRHS, PAD = 4, 2, 2


@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
def test_gesv_rules(dtype):
    """Reverse: seeds for the factors (LU') and the solution (X'), checked through
    <LU', dLU> + <X', dX> against finite differences of SciPy's LU and NumPy's solve along
    random directions.  Forward (two lanes): the tangents of LU and X."""
    rng = np.random.default_rng(3)
    (A, a), (B, b) = _padded(rng, dtype, N, N, PAD, N), _padded(rng, dtype, N, NRHS, PAD)
    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    ipiv = np.zeros(N, np.int32)
    (dA, da), (dB, db) = _padded(rng, dtype, N, N, PAD), _padded(rng, dtype, N, NRHS, PAD)
    seeds = [x.copy() for x in (dA, dB)]
    rtol = 1e-9 if dtype == np.float64 else 2e-4
    _compile(_gesv_ir(dtype), 2, "reverse")(A, dA, B, dB, ipiv, N, NRHS, *ld(A, B))
    np.testing.assert_allclose(b, np.linalg.solve(a64, b64), rtol=rtol * 10)
    np.testing.assert_allclose(a, _lu(a64), rtol=rtol * 10)
    for shadow, before in zip((dA, dB), seeds):          # the padding is left alone
        np.testing.assert_array_equal(shadow[-PAD:], before[-PAD:])
    seed_lu, seed_x = (s[:N].astype(np.float64) for s in seeds)
    for t_a, t_b in [(rng.uniform(-1, 1, (N, N)), rng.uniform(-1, 1, (N, NRHS)))
                     for _ in range(3)]:
        pairing = _directional(lambda s: np.sum(seed_lu * _lu(a64 + s * t_a)) + np.sum(
            seed_x * np.linalg.solve(a64 + s * t_a, b64 + s * t_b)), 0.0, 1.0)
        got = np.sum(da * t_a) + np.sum(db * t_b)
        assert_close(got, pairing, 1e-6 if dtype == np.float64 else 1e-3)
    # forward, two lanes
    A[:N], B[:N] = a64, b64
    tangents = [[_padded(rng, dtype, N, cols, PAD)[0] for cols in (N, NRHS)] for _ in range(2)]
    before = [[t.copy() for t in lane] for lane in tangents]
    (tA0, tB0), (tA1, tB1) = tangents
    _compile(_gesv_ir(dtype), 2, "forward", width=2)(A, tA0, tA1, B, tB0, tB1, ipiv, N, NRHS,
                                                     *ld(A, B))
    for (t_a, t_b), after in zip(before, tangents):
        t_a64, t_b64 = t_a[:N].astype(np.float64), t_b[:N].astype(np.float64)
        assert_close(after[0][:N], _directional(_lu, a64, t_a64), 1e-6 if dtype ==
                     np.float64 else 1e-3)
        assert_close(after[1][:N], _directional(lambda s: np.linalg.solve(
            a64 + s * t_a64, b64 + s * t_b64), 0.0, 1.0), 1e-6 if dtype == np.float64
            else 1e-3)
        for shadow, old in zip(after, (t_a, t_b)):
            np.testing.assert_array_equal(shadow[-PAD:], old[-PAD:])


@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
def test_getrf_getri_rules(dtype):
    """getrf then getri in place (np.linalg.inv's calls) with lda = n + 2: reverse
    A' = -Ainv^T S Ainv^T, forward dAinv = -Ainv dA Ainv (two lanes); getrf alone: the
    tangent of the packed factors against SciPy's LU."""
    rng = np.random.default_rng(4)
    A, a = _padded(rng, dtype, N, N, PAD, N)
    a64 = a.astype(np.float64)
    ai = np.linalg.inv(a64)
    ipiv = np.zeros(N, np.int32)
    dA, _ = _padded(rng, dtype, N, N, PAD)
    seed = dA.copy()
    rtol = 1e-9 if dtype == np.float64 else 2e-4
    _compile(_inverse_ir(dtype), 1, "reverse")(A, dA, ipiv, N, A.shape[0])
    np.testing.assert_allclose(a, ai, rtol=rtol * 10)
    np.testing.assert_allclose(dA[:N], -ai.T @ seed[:N] @ ai.T, rtol=rtol, atol=rtol)
    np.testing.assert_array_equal(dA[-PAD:], seed[-PAD:])
    A[:N] = a64
    tangents = [_padded(rng, dtype, N, N, PAD)[0] for _ in range(2)]
    before = [t.copy() for t in tangents]
    _compile(_inverse_ir(dtype), 1, "forward", width=2)(A, *tangents, ipiv, N, A.shape[0])
    for t, after in zip(before, tangents):
        np.testing.assert_allclose(after[:N], -ai @ t[:N] @ ai, rtol=rtol, atol=rtol)
        np.testing.assert_array_equal(after[-PAD:], t[-PAD:])
    A[:N] = a64
    t = np.asfortranarray(before[0])
    _compile(_getrf_ir(dtype), 1, "forward")(A, t, ipiv, N, A.shape[0])
    assert_close(t[:N], _directional(_lu, a64, before[0][:N].astype(np.float64)),
                 1e-6 if dtype == np.float64 else 1e-3)


LOOP = """
define void @g(ptr %A, ptr %B, ptr %Acopy, ptr %ipiv, i64 %n, i64 %steps) {
entry:
  %bytes = mul i64 %n, 8
  %matrix = mul i64 %bytes, %n
  br label %loop
loop:
  %k = phi i64 [ 0, %entry ], [ %k.next, %loop ]
  call void @llvm.memcpy.p0.p0.i64(ptr %Acopy, ptr %A, i64 %matrix, i1 false)
  %s = call i32 @numba_xgesv(i8 100, i64 %n, i64 1, ptr %Acopy, i64 %n, ptr %ipiv, ptr %B, i64 %n)
  %k.next = add i64 %k, 1
  %more = icmp ult i64 %k.next, %steps
  br i1 %more, label %loop, label %exit
exit:
  ret void
}
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
""" + DECLS

RECURSIVE = """
define internal void @r(ptr %A, ptr %B, ptr %Acopy, ptr %ipiv, i64 %n, i64 %depth) {
entry:
  %stop = icmp eq i64 %depth, 0
  br i1 %stop, label %exit, label %work
work:
  %bytes = mul i64 %n, 8
  %matrix = mul i64 %bytes, %n
  call void @llvm.memcpy.p0.p0.i64(ptr %Acopy, ptr %A, i64 %matrix, i1 false)
  %s = call i32 @numba_xgesv(i8 100, i64 %n, i64 1, ptr %Acopy, i64 %n, ptr %ipiv, ptr %B, i64 %n)
  %d = sub i64 %depth, 1
  call void @r(ptr %A, ptr %B, ptr %Acopy, ptr %ipiv, i64 %n, i64 %d)
  br label %exit
exit:
  ret void
}
define void @g(ptr %A, ptr %B, ptr %Acopy, ptr %ipiv, i64 %n, i64 %steps) {
entry:
  call void @r(ptr %A, ptr %B, ptr %Acopy, ptr %ipiv, i64 %n, i64 %steps)
  ret void
}
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
""" + DECLS


@pytest.mark.parametrize("text", [LOOP, RECURSIVE], ids=["loop", "recursion"])
def test_saved_factors_are_freed(text):
    """x <- A^-1 x, steps times, each solve on a fresh copy of A (in a loop, and across the
    augmented forward / reverse pair of a recursive function): the forward sweep copies the
    factors, pivots and solution of each gesv, the reverse sweep frees every copy (and the
    helpers their scratch space)."""
    n, steps = 3, 4
    module = prepare(text, "g")
    tree = _tree("{[-1]:Pointer, [-1,-1]:Float@double}")
    # the pivots are Duplicated too: activity takes the recursive call to write every array
    # it is passed with what it reads
    diffe = differentiate_reverse(module, "g", ["dup"] * 4 + ["const", "const"],
                                  arg_trees={0: tree, 1: tree, 2: tree,
                                             3: _tree("{[-1]:Pointer, [-1,-1]:Integer}")})
    assert "lapack.lu" in str(module)
    wrapper = add_boxed_wrapper(module, diffe)
    allocations = Allocations()
    compiled = get_engine().compile(str(module), opt=2, symbols=allocations.symbols())
    call = BoxedCall(compiled.address(wrapper.name), diffe.function_type)
    rng = np.random.default_rng(5)
    A0 = np.asfortranarray(rng.uniform(-1, 1, (n, n)) + n * np.eye(n))
    b0, w = rng.uniform(-1, 1, n), rng.uniform(-1, 1, n)
    A, b, scratch = A0.copy(order="F"), b0.copy(), np.zeros((n, n), order="F")
    dA, db, dscratch = np.zeros_like(A), w.copy(), np.zeros_like(scratch)
    call(A, dA, b, db, scratch, dscratch, np.zeros(n, np.int32), np.zeros(n, np.int32), n,
         steps)
    assert not allocations.errors, allocations.errors
    assert not allocations.live, f"{len(allocations.live)} blocks leaked"
    assert allocations.count >= 3 * steps
    # <w, A^-steps b>: the gradients A' and b'
    M = np.linalg.matrix_power(np.linalg.inv(A0), steps)
    np.testing.assert_allclose(db, M.T @ w, rtol=1e-10)
    for index in np.ndindex(n, n):
        e = np.zeros((n, n))
        e[index] = 1e-6
        fd = (w @ np.linalg.matrix_power(np.linalg.inv(A0 + e), steps) @ b0 -
              w @ np.linalg.matrix_power(np.linalg.inv(A0 - e), steps) @ b0) / 2e-6
        assert dA[index] == pytest.approx(fd, rel=1e-6, abs=1e-9)
