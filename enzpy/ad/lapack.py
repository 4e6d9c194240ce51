"""Derivative rules for Numba's LAPACK helpers: ``np.linalg.solve``, ``inv``, ``det`` and
``slogdet`` of float32/float64 arrays.

Numba copies the matrix into a Fortran-ordered array (``lda = n``) and factorises the copy in
place with partial pivoting, ``A = P L U`` (``L`` unit lower and ``U`` upper triangular, packed
in one array; ``ipiv`` the 1-based i32 row interchanges):

* ``numba_xgesv(kind, n, nrhs, A, lda, ipiv, B, ldb)``: ``A <- LU``, ``B <- X = A^-1 B``;
* ``numba_xxgetrf(kind, m, n, A, lda, ipiv)``: ``A <- LU`` (inv; slogdet and det then read
  the diagonal of ``U`` and the pivots);
* ``numba_ez_xxgetri(kind, n, A, lda, ipiv)``: ``LU <- A^-1`` (inv, after getrf).

Each rule differentiates what the call writes with respect to what it reads, so the rules
compose whatever the code between the calls does:

* getrf: with ``F = L^-1 P^T dA U^-1``, ``dL = L tril(F, -1)`` and ``dU = triu(F) U`` (the
  packed tangent is their sum); reverse: ``F' = tril(L^T LU', -1) + triu(LU' U^T)``,
  ``A' = P L^-T F' U^-T``;
* getri, with respect to the packed factors: ``dAinv = -U^-1 (dU U^-1 + L^-1 dL) L^-1 P^T``;
  reverse: ``H = -U^-T Ainv' P L^-T``, ``U' = triu(H U^-T)``, ``L' = tril(L^-T H, -1)``
  (after getrf's tangent, ``dAinv = -Ainv dA Ainv``);
* gesv: getrf's rule for the factors, and ``dX = A^-1 (dB - dA X)``; reverse:
  ``B' = A^-T X'``, ``A' = getrf'(LU') - B' X^T``.

Shadows are transformed in place: a written operand's adjoint is consumed and replaced by the
adjoint of what it held before the call.  Triangular solves and products with the factors are
BLAS level 3 calls on column-major or transposed views (``Runtime.tri``: ``?trsm`` / ``?trmm``
from SciPy's cython_blas, the BLAS Numba uses, registered with llvmlite on first use; Numba's
helperlib has no trsm or getrs, and calling gesv on triangular copies would factorise them
again), the rank-nrhs update of gesv as a gemm.  The reverse sweep reads copies of the
factors and pivots (and of ``X``) that the forward sweep takes just after the call (getri: just before, as it overwrites its factors);
forward mode computes getri's tangent just before the call.  A singular factorisation
(getrf's info > 0: det returns 0 without reading the factors, solve and inv raise) has a zero
derivative.  Complex kinds and non-square getrf raise NoDerivativeRule.
"""

import dataclasses

from ..analysis.effects import call_effects
from ..errors import NoDerivativeRule
from ..ir import types as T
from ..ir.builder import Builder, const, declare
from ..ir.values import ConstantInt, Value
from .blas import _SIZE, _as_i64, _Emitter, float_kind, memcpy, save_bytes, stored_extent
from .runtime import TRI_LOWER, TRI_SOLVE, TRI_UNIT, Runtime

__all__ = ["LAPACK_HELPERS", "forward_lapack_call", "reverse_lapack_call"]

_USED_BY = {"numba_xgesv": "np.linalg.solve", "numba_xxgetrf": "np.linalg.inv, det, slogdet",
            "numba_ez_xxgetri": "np.linalg.inv"}
LAPACK_HELPERS = frozenset(_USED_BY)
_GETRI = "numba_ez_xxgetri"
_PIVOT = 4                      # bytes of a Fortran INTEGER pivot (Numba's F_INT)


@dataclasses.dataclass
class _Call:
    """A LAPACK call: element kind, order ``n``, the factorised matrix and its pivots, and for
    gesv the right-hand sides ``b`` (n x nrhs)."""
    kind: str
    n: Value
    a: Value
    lda: Value
    ipiv: Value
    b: Value = None
    nrhs: Value = None
    ldb: Value = None


def _view(gen, inst):
    """Read a LAPACK call, or raise NoDerivativeRule naming what is unsupported."""
    name, args = inst.callee.name, inst.args
    kind = float_kind(gen, inst, f"@{name} ({_USED_BY[name]})",
                      "enzpy differentiates np.linalg.solve, inv and det of float32 and "
                      "float64 arrays; write the complex system as a real one of twice the size")
    if name == "numba_xgesv":
        _, n, nrhs, a, lda, ipiv, b, ldb = args
        return _Call(kind, n, a, lda, ipiv, b, nrhs, ldb)
    if name == _GETRI:
        _, n, a, lda, ipiv = args
        return _Call(kind, n, a, lda, ipiv)
    _, m, n, a, lda, ipiv = args
    if m is not n and not (isinstance(m, ConstantInt) and isinstance(n, ConstantInt) and
                           m.value == n.value):
        raise NoDerivativeRule(gen._where(
            inst, f"@{name} of a matrix that may not be square in",
            "enzpy differentiates the square LU factorisations of np.linalg.inv and det"))
    return _Call(kind, n, a, lda, ipiv)


def _shadowed(gen, inst):
    """``(view, A has a shadow, B has a shadow)``, or None when no written array carries a
    derivative."""
    if not any(gen._needs_shadow(inst.args[i]) for i in call_effects(inst.callee.name).writes):
        return None
    c = _view(gen, inst)
    return c, gen._needs_shadow(c.a), c.b is not None and gen._needs_shadow(c.b)


# IR helpers ----------------------------------------------------------------------------------
class _Factors:
    """Calls of Runtime's kernels, inside a helper being built, on the packed factors ``lu``
    (n x n, leading dimension ``ld``) and pivots ``ipiv``; operands are n x n with ``ld``
    unless given."""

    def __init__(self, runtime, b, kind, n, lu, ld, ipiv):
        self.rt, self.b, self.kind = runtime, b, kind
        self.n, self.lu, self.ld, self.ipiv = n, lu, ld, ipiv

    def _tri(self, factor, trans, solve, cols, x, rs, cs):
        lower = (factor == "L") != trans
        flags = (TRI_LOWER if lower else 0) | (TRI_UNIT if factor == "L" else 0) | \
            (TRI_SOLVE if solve else 0)
        trs, tcs = (self.ld, 1) if trans else (1, self.ld)
        self.b.call(self.rt.tri(self.kind), [self.n, cols, self.lu, _i64(trs), _i64(tcs),
                                              ConstantInt(T.I32, flags), x, _i64(rs), _i64(cs)])

    def left(self, factor, trans, solve, x, ld=None, cols=None):
        """``x := op(T)^-1 x`` (``solve``) or ``op(T) x``: ``T`` the factor "L" or "U", op
        its transpose when ``trans``."""
        self._tri(factor, trans, solve, self.n if cols is None else cols, x, 1,
                  self.ld if ld is None else ld)

    def right(self, factor, trans, solve, x):
        """``x := x op(T)^-1`` or ``x op(T)``: the left product on ``x^T`` with ``op(T)^T``."""
        self._tri(factor, not trans, solve, self.n, x, self.ld, 1)

    def swap(self, x, backward, ld=None, cols=None, columns=False):
        """``P^T x`` (or ``P x`` when ``backward``); with ``columns``, ``x P`` (``x P^T``)."""
        rs, cs = (self.ld, 1) if columns else (1, self.ld if ld is None else ld)
        self.b.call(self.rt.swap_rows(self.kind), [
            self.n, self.n if cols is None else cols, self.ipiv, x, _i64(rs), _i64(cs),
            ConstantInt(T.I32, int(backward))])

    def zero(self, x, upper):
        self.b.call(self.rt.tri_zero(self.kind), [self.n, x, self.ld,
                                                  ConstantInt(T.I32, int(upper))])

    def merge(self, dst, src, upper):
        """The upper triangle with the diagonal (else the strictly lower one) of ``src`` into
        ``dst``."""
        self.b.call(self.rt.tri_copy(self.kind), [self.n, dst, src, self.ld,
                                                  ConstantInt(T.I32, int(upper))])

    def negate(self, x):
        self.b.call(self.rt.blas_scale(self.kind), [self.n, self.n, self.ld,
                                                    const(T.FloatType(self.kind), -1.0), x])

    def copy(self, x):
        b = self.b
        nbytes = b.mul(stored_extent(b, self.n, self.n, self.ld), _SIZE[self.kind])
        copy = b.call(declare(self.rt.module, "malloc", T.FunctionType(T.PTR, (T.I64,))),
                      [nbytes], name="w")
        b.call(memcpy(self.rt.module), [copy, x, nbytes, ConstantInt(T.I1, 0)])
        return copy

    def free(self, x):
        self.b.call(declare(self.rt.module, "free", T.FunctionType(T.VOID, (T.PTR,))), [x])


def _i64(x):
    return x if isinstance(x, Value) else ConstantInt(T.I64, x)


def _getrf_tangent(f, s):
    """``dA -> dLU``: ``F = L^-1 P^T dA U^-1``, ``dLU = L tril(F, -1) + triu(F) U``."""
    f.swap(s, backward=False)
    f.left("L", False, True, s)
    f.right("U", False, True, s)
    w = f.copy(s)
    f.zero(s, upper=True)
    f.left("L", False, False, s)
    f.zero(w, upper=False)
    f.right("U", False, False, w)
    f.merge(s, w, upper=True)
    f.free(w)


def _getrf_adjoint(f, s):
    """``LU' -> A'``: ``F' = tril(L^T LU', -1) + triu(LU' U^T)``, ``A' = P L^-T F' U^-T``."""
    w = f.copy(s)
    f.left("L", True, False, s)
    f.right("U", True, False, w)
    f.merge(s, w, upper=True)
    f.free(w)
    f.left("L", True, True, s)
    f.right("U", True, True, s)
    f.swap(s, backward=True)


def _getri_tangent(f, s):
    """``dLU -> dAinv = -U^-1 (dU U^-1 + L^-1 dL) L^-1 P^T``."""
    w = f.copy(s)
    f.zero(s, upper=False)
    f.right("U", False, True, s)
    f.zero(w, upper=True)
    f.left("L", False, True, w)
    f.merge(s, w, upper=False)
    f.free(w)
    f.left("U", False, True, s)
    f.right("L", False, True, s)
    f.swap(s, backward=True, columns=True)
    f.negate(s)


def _getri_adjoint(f, s):
    """``Ainv' -> LU'``: ``H = -U^-T Ainv' P L^-T``, ``U' = triu(H U^-T)``,
    ``L' = tril(L^-T H, -1)``."""
    f.swap(s, backward=False, columns=True)
    f.right("L", True, True, s)
    f.left("U", True, True, s)
    f.negate(s)
    w = f.copy(s)
    f.right("U", True, True, s)
    f.left("L", True, True, w)
    f.merge(s, w, upper=False)
    f.free(w)


class _Helpers(Runtime):
    """The rules' IR helpers (internal functions, one per rule and kind)."""

    def _square(self, name, kind, steps, guarded):
        """``void (n, lu, ld, ipiv, [info,] s)``: ``steps`` on the n x n shadow ``s``; with
        ``guarded``, a non-zero info (a singular factorisation) gives zeros instead."""
        params = (T.I64, T.PTR, T.I64, T.PTR) + ((T.I32,) if guarded else ()) + (T.PTR,)
        names = ["n", "lu", "ld", "ipiv"] + (["info"] if guarded else []) + ["s"]
        fn, new = self._new(f"__enzpy_{name}_{kind}", T.FunctionType(T.VOID, params), names)
        if new is None:
            return fn
        n, lu, ld, ipiv, *info, s = fn.args
        entry = fn.append_block("entry")
        b = Builder(entry)
        if guarded:
            regular, singular = fn.append_block("regular"), fn.append_block("singular")
            b.cond_br(b.icmp("eq", info[0], 0), regular, singular)
            b.position_at_end(singular)
            b.call(self.blas_scale(kind), [n, n, ld, const(T.FloatType(kind), 0.0), s])
            b.ret()
            b.position_at_end(regular)
        steps(_Factors(self, b, kind, n, lu, ld, ipiv), s)
        b.ret()
        return fn

    def getrf_tangent(self, kind):
        return self._square("getrf_tangent", kind, _getrf_tangent, True)

    def getrf_adjoint(self, kind):
        return self._square("getrf_adjoint", kind, _getrf_adjoint, True)

    def getri_tangent(self, kind):
        return self._square("getri_tangent", kind, _getri_tangent, False)

    def getri_adjoint(self, kind):
        return self._square("getri_adjoint", kind, _getri_adjoint, False)

    def lu_solve(self, kind, transposed):
        """``void (n, m, lu, ld, ipiv, x, ldx)``: ``x := A^-1 x`` (``A^-T x`` when
        ``transposed``) for ``A = P L U`` and n x m ``x``."""
        fn, new = self._new(f"__enzpy_lu_solve{'_t' if transposed else ''}_{kind}",
                            T.FunctionType(T.VOID, (T.I64, T.I64, T.PTR, T.I64, T.PTR, T.PTR,
                                                    T.I64)),
                            ["n", "m", "lu", "ld", "ipiv", "x", "ldx"])
        if new is None:
            return fn
        n, m, lu, ld, ipiv, x, ldx = fn.args
        b = Builder(fn.append_block("entry"))
        f = _Factors(self, b, kind, n, lu, ld, ipiv)
        if transposed:          # P L^-T U^-T x
            f.left("U", True, True, x, ldx, m)
            f.left("L", True, True, x, ldx, m)
            f.swap(x, True, ldx, m)
        else:                   # U^-1 L^-1 P^T x
            f.swap(x, False, ldx, m)
            f.left("L", False, True, x, ldx, m)
            f.left("U", False, True, x, ldx, m)
        b.ret()
        return fn


# the rules -----------------------------------------------------------------------------------
def reverse_lapack_call(gen, inst, rblock):
    """The reverse sweep of a LAPACK call (``gen`` is the ReverseGenerator)."""
    shadowed = _shadowed(gen, inst)
    if shadowed is None:
        return
    c, need_a, need_b = shadowed
    size = _SIZE[c.kind]
    getri = inst.callee.name == _GETRI
    fwd = gen.fwd[inst]
    fb = Builder(before=fwd if getri else gen._after(fwd))
    fv = gen.forward_value
    n = _as_i64(fb, fv(c.n))
    lu_extent = stored_extent(fb, n, n, _as_i64(fb, fv(c.lda)))
    saved = [save_bytes(gen, fb, c.a, fb.mul(lu_extent, size), "lapack.lu"),
             save_bytes(gen, fb, c.ipiv, fb.mul(n, _PIVOT), "lapack.ipiv")]
    if need_a and need_b:
        extent = stored_extent(fb, n, _as_i64(fb, fv(c.nrhs)), _as_i64(fb, fv(c.ldb)))
        saved.append(save_bytes(gen, fb, c.b, fb.mul(extent, size), "lapack.x"))
    b = gen.builder_at(rblock)
    lu, ipiv, *x = [gen.tape.load_cached(v, inst.parent, rblock) for v in saved]
    h = _Helpers(gen.module)
    n, lda = (_as_i64(b, gen.lookup(v, rblock)) for v in (c.n, c.lda))
    if getri:
        b.call(h.getri_adjoint(c.kind), [n, lu, lda, ipiv, gen.shadow_lookup(c.a, rblock)])
    if need_b:                      # B' = A^-T X'
        db = gen.shadow_lookup(c.b, rblock)
        b.call(h.lu_solve(c.kind, True), [n, _as_i64(b, gen.lookup(c.nrhs, rblock)), lu, lda,
                                          ipiv, db, _as_i64(b, gen.lookup(c.ldb, rblock))])
    if need_a and not getri:
        da = gen.shadow_lookup(c.a, rblock)
        b.call(h.getrf_adjoint(c.kind), [n, lu, lda, ipiv, gen.lookup(inst, rblock), da])
        if need_b:                  # A' -= B' X^T
            e = _Emitter(gen.module, gen.runtime, b, c.kind, lambda v: gen.lookup(v, rblock))
            e.product("n", "t", c.n, c.n, c.nrhs, -1.0, db, c.ldb, x[0], c.ldb, 1.0, da, c.lda)
    free = gen.libc("free", T.FunctionType(T.VOID, (T.PTR,)))
    for copy in (lu, ipiv, *x):
        b.call(free, [copy])


def forward_lapack_call(gen, inst, b):
    """The tangent code of a LAPACK call (``gen`` is the ForwardGenerator, ``b`` a builder
    positioned after the copied call; getri's tangent goes before it)."""
    shadowed = _shadowed(gen, inst)
    if shadowed is None:
        return
    c, need_a, need_b = shadowed
    h = _Helpers(gen.module)
    getri = inst.callee.name == _GETRI
    if getri:                       # its factors are overwritten by the call
        b = Builder(before=gen.value(inst))
    n, lda = (_as_i64(b, gen.value(v)) for v in (c.n, c.lda))
    lu, ipiv = gen.value(c.a), gen.value(c.ipiv)
    e = _Emitter(gen.module, h, b, c.kind, gen.value)
    for lane in range(gen.width):
        da = gen.shadow(c.a, lane) if need_a else None
        if getri:
            b.call(h.getri_tangent(c.kind), [n, lu, lda, ipiv, da])
            continue
        if need_b:                  # dX = A^-1 (dB - dA X)
            db = gen.shadow(c.b, lane)
            if need_a:
                e.product("n", "n", c.n, c.nrhs, c.n, -1.0, da, c.lda, gen.value(c.b), c.ldb,
                          1.0, db, c.ldb)
            b.call(h.lu_solve(c.kind, False), [n, _as_i64(b, gen.value(c.nrhs)), lu, lda,
                                               ipiv, db, _as_i64(b, gen.value(c.ldb))])
        if need_a:
            b.call(h.getrf_tangent(c.kind), [n, lu, lda, ipiv, gen.value(inst), da])
