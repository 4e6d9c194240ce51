"""Derivative rules for Numba's BLAS helpers: ``np.dot`` and ``@`` of float32/float64 arrays.

Numba lowers ``np.dot`` / ``@`` to its helperlib wrappers of SciPy's (Fortran, column-major)
BLAS, with unit increments:

* ``numba_xxdot(kind, conj, n, x, y, *r)``: ``r = x . y``
* ``numba_xxgemv(kind, trans, m, n, *alpha, A, lda, x, *beta, y)``: ``y = alpha op(A) x +
  beta y`` with ``A`` stored m x n
* ``numba_xxgemm(kind, ta, tb, m, n, k, *alpha, A, lda, B, ldb, *beta, C, ldc)``:
  ``C = alpha op(A) op(B) + beta C``, ``op(A)`` m x k, ``op(B)`` k x n

* ``numba_xxnrm2(kind, n, x, incx, *r)``: ``r = |x|`` (``np.linalg.norm`` of a vector)

Each product is read as a gemm (a vector is an n x 1 matrix, a dot product a 1 x 1 result) and
differentiated as one, with Enzyme's semantics for the output's shadow:

* reverse: ``dop(A) += alpha dC op(B)^T``, ``dop(B) += alpha op(A)^T dC``, then
  ``dC = beta dC`` (zeroed for ``beta = 0``): the shadow of the output is read, then consumed;
* forward: ``dC = alpha (op(dA) op(B) + op(A) op(dB)) + beta dC``.

The products are emitted as calls to the same helpers (a gemv when the result is a vector,
a gemm otherwise), so large products run at BLAS speed.  ``alpha`` and ``beta`` must be
compile-time constants (Numba always stores 1 and 0 just before the call).  An operand the
function may overwrite after the call is copied in the forward sweep (the copy is freed by
the reverse sweep), as Enzyme caches BLAS operands.  The norm's derivative ``x / |x|`` (0 at
``x = 0``, Enzyme's choice for ``sqrt``) runs in small IR helpers (``Runtime.nrm2_*``).
The LAPACK helpers of ``np.linalg.solve``, ``inv`` and ``det`` (``numba_xgesv``,
``numba_xxgetrf``, ``numba_ez_xxgetri``) have their rules in ``lapack.py``; complex kinds and
the other helpers (decompositions, ``lstsq``) raise NoDerivativeRule naming the helper and the
NumPy functions that use it.
"""

import dataclasses

from ..analysis.effects import CALL_EFFECTS
from ..errors import NoDerivativeRule
from ..ir import types as T
from ..ir.builder import Builder, const, declare
from ..ir.nodes import Function, GlobalVariable, Instruction
from ..ir.values import ConstantFP, ConstantInt, Value
from .runtime import Runtime

__all__ = ["NUMBA_LINALG", "forward_blas_call", "reverse_blas_call"]

# name prefixes of Numba's BLAS and LAPACK helpers
NUMBA_LINALG = ("numba_x", "numba_ez_")

_KINDS = {ord("d"): "double", ord("s"): "float"}
_COMPLEX = {ord("c"): "complex64", ord("z"): "complex128"}
_TRANS = {ord("n"): "n", ord("N"): "n", ord("t"): "t", ord("T"): "t", ord("c"): "t",
          ord("C"): "t"}
_SIZE = {"double": 8, "float": 4}
# the argument that each BLAS helper writes (the others are only read)
_WRITES = {name: next(iter(CALL_EFFECTS[name].writes))
           for name in ("numba_xxdot", "numba_xxgemv", "numba_xxgemm", "numba_xxnrm2")}
_GEMV = T.FunctionType(T.I32, (T.I8, T.I8, T.I64, T.I64, T.PTR, T.PTR, T.I64, T.PTR, T.PTR,
                               T.PTR))
_GEMM = T.FunctionType(T.I32, (T.I8, T.I8, T.I8, T.I64, T.I64, T.I64, T.PTR, T.PTR, T.I64,
                               T.PTR, T.I64, T.PTR, T.PTR, T.I64))
_USED_BY = {"numba_xxpotrf": "np.linalg.cholesky", "numba_ez_rgeev": "np.linalg.eig, eigvals",
            "numba_ez_xxxevd": "np.linalg.eigh, eigvalsh",
            "numba_ez_gesdd": "np.linalg.svd, pinv, cond, matrix_rank, matrix norms",
            "numba_ez_geqrf": "np.linalg.qr", "numba_ez_gelsd": "np.linalg.lstsq"}
_HOW = ("enzpy differentiates Numba's BLAS helpers (np.dot and @ of float32/float64 arrays, "
        "np.linalg.norm of a vector) and the LAPACK helpers of np.linalg.solve, inv and det; "
        "write this computation with those (lstsq as a solve of the normal equations), with "
        "loops, or give the call a custom rule")
_NRM2 = "numba_xxnrm2"


@dataclasses.dataclass
class _Max1:
    """A leading dimension ``max(1, value)`` (BLAS rejects 0 even for empty operands)."""
    value: Value


@dataclasses.dataclass
class _Operand:
    """A column-major matrix: pointer, transpose flag ('n'/'t') and leading dimension."""
    ptr: Value
    trans: str
    ld: object


@dataclasses.dataclass
class _Gemm:
    """A call read as ``C = alpha op(A) op(B) + beta C``; sizes are primal values or ints."""
    kind: str
    m: object
    n: object
    k: object
    alpha: float
    beta: float
    a: _Operand
    b: _Operand
    c: _Operand

    def rows_cols(self, operand):
        """Stored rows and columns of operand ``a`` or ``b``."""
        if operand is self.a:
            rows, cols = self.m, self.k
        else:
            rows, cols = self.k, self.n
        return (rows, cols) if operand.trans == "n" else (cols, rows)


def float_kind(gen, inst, what, hint):
    """"double" or "float": the element type a BLAS/LAPACK helper call's first argument
    names; raise NoDerivativeRule (about ``what``, with ``hint``) for complex and unknown
    kinds."""
    code = inst.args[0].value if isinstance(inst.args[0], ConstantInt) else None
    kind = _KINDS.get(code)
    if kind is None:
        elements = _COMPLEX.get(code, "an unknown element type")
        raise NoDerivativeRule(gen._where(
            inst, f"no derivative rule for {what} of {elements} arrays", hint))
    return kind


def _gemm_view(gen, inst):
    """Read a BLAS call as a gemm, or raise NoDerivativeRule naming what is unsupported."""
    name = inst.callee.name
    args = inst.args
    if name not in _WRITES:
        used_by = f" ({_USED_BY[name]})" if name in _USED_BY else ""
        raise NoDerivativeRule(gen._where(
            inst, f"no derivative rule for Numba's BLAS/LAPACK helper @{name}{used_by}", _HOW))
    kind = float_kind(gen, inst, f"@{name}",
                      "enzpy differentiates np.dot / @ of float32 and float64 arrays only; "
                      "split the complex product into real and imaginary parts")
    if name == "numba_xxdot":
        _, _, n, x, y, r = args
        return _Gemm(kind, 1, 1, n, 1.0, 0.0, _Operand(x, "t", _Max1(n)),
                     _Operand(y, "n", _Max1(n)), _Operand(r, "n", 1))
    if name == "numba_xxgemv":
        _, trans, m, n, alpha, a, lda, x, beta, y = args
        trans = _flag(gen, inst, trans)
        alpha, beta = _scalar(gen, inst, alpha, "alpha"), _scalar(gen, inst, beta, "beta")
        rows, k = (m, n) if trans == "n" else (n, m)
        return _Gemm(kind, rows, 1, k, alpha, beta, _Operand(a, trans, lda),
                     _Operand(x, "n", _Max1(k)), _Operand(y, "n", _Max1(rows)))
    _, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc = args
    return _Gemm(kind, m, n, k, _scalar(gen, inst, alpha, "alpha"),
                 _scalar(gen, inst, beta, "beta"), _Operand(a, _flag(gen, inst, ta), lda),
                 _Operand(b, _flag(gen, inst, tb), ldb), _Operand(c, "n", ldc))


def _flag(gen, inst, value):
    flag = _TRANS.get(value.value) if isinstance(value, ConstantInt) else None
    if flag is None:
        raise NoDerivativeRule(gen._where(
            inst, f"the transpose flag {value!r} of @{inst.callee.name} is not a constant "
                  "'n' or 't' in", _HOW))
    return flag


def _scalar(gen, inst, ptr, label):
    """The constant that ``ptr`` (alpha or beta) holds at the call: a constant global, or an
    alloca that only stores and BLAS calls use (so nothing else can write it) whose last
    store before the call, in the same block, stores a constant."""
    if isinstance(ptr, GlobalVariable) and ptr.is_constant and \
            isinstance(ptr.initializer, ConstantFP):
        return ptr.initializer.value
    if isinstance(ptr, Instruction) and ptr.opcode == "alloca" and _private_slot(ptr):
        block = inst.parent
        for prior in reversed(block.instructions[:block.index(inst)]):
            if prior.opcode == "store" and prior.operands[1] is ptr:
                value = prior.operands[0]
                if isinstance(value, ConstantFP):
                    return value.value
                break
    raise NoDerivativeRule(gen._where(
        inst, f"{label} of @{inst.callee.name} is not a compile-time constant in",
        "enzpy differentiates the BLAS calls Numba emits for np.dot and @ (alpha = 1, "
        "beta = 0); compute the scaling outside the product"))


def _private_slot(alloca):
    """True when the alloca's address never escapes: it is only stored to (not stored
    anywhere), and passed only to BLAS helpers (which read alpha and beta) and markers."""
    for user, index in alloca.uses:
        if user.opcode == "store" and index == 1:
            continue
        name = user.callee.name if user.opcode == "call" and isinstance(user.callee,
                                                                        Function) else ""
        if name.startswith(("llvm.lifetime", "llvm.dbg", "llvm.assume")) or (
                name in _WRITES and user.args[_WRITES[name]] is not alloca):
            continue
        return False
    return True


# emission ------------------------------------------------------------------------------------
class _Emitter:
    """Emits BLAS products into one builder; ``value`` maps primal values to emitted ones."""

    def __init__(self, module, runtime, b, kind, value):
        self.module, self.runtime, self.b, self.kind = module, runtime, b, kind
        self.fty = T.FloatType(kind)
        self.value = value
        self.code = ConstantInt(T.I8, ord("d" if kind == "double" else "s"))

    def int(self, x):
        """An i64 for a size: a Python int, a primal value or ``_Max1``."""
        b = self.b
        if isinstance(x, int):
            return ConstantInt(T.I64, x)
        if isinstance(x, _Max1):
            v = self.int(x.value)
            return b.select(b.icmp("slt", v, 1), ConstantInt(T.I64, 1), v)
        v = self.value(x)
        return v if v.type == T.I64 else b.cast("sext", v, T.I64)

    def scalar(self, x):
        """A pointer to a constant ``x`` of the kind (a private constant global)."""
        name = f"__enzpy_blas_{self.kind}_{float(x)!r}".replace("-", "m").replace(".", "_")
        gv = self.module.get_global(name)
        if gv is None:
            gv = self.module.add_global(GlobalVariable(
                name, self.fty, const(self.fty, x), True, "private unnamed_addr",
                [f", align {_SIZE[self.kind]}"]))
        return gv

    def product(self, ta, tb, m, n, k, alpha, a, lda, bm, ldb, beta, c, ldc):
        """``C = alpha op(A) op(B) + beta C`` (m x n, inner k): a gemv when ``n`` is 1 and
        the column of ``op(B)`` is contiguous, a gemm otherwise."""
        b = self.b
        column = n == 1 and (tb == "n" or ldb == 1)
        if column:
            gemv = declare(self.module, "numba_xxgemv", _GEMV)
            rows, cols = (m, k) if ta == "n" else (k, m)
            b.call(gemv, [self.code, _char(ta), self.int(rows), self.int(cols),
                          self.scalar(alpha), a, self.int(lda), bm, self.scalar(beta), c])
            return
        gemm = declare(self.module, "numba_xxgemm", _GEMM)
        b.call(gemm, [self.code, _char(ta), _char(tb), self.int(m), self.int(n), self.int(k),
                      self.scalar(alpha), a, self.int(lda), bm, self.int(ldb),
                      self.scalar(beta), c, self.int(ldc)])

    def scale(self, m, n, ld, beta, c):
        """``C = beta C`` over an m x n matrix (``beta = 0`` stores zeros)."""
        if beta == 1.0:
            return
        self.b.call(self.runtime.blas_scale(self.kind),
                    [self.int(m), self.int(n), self.int(ld), const(self.fty, beta), c])


def _char(flag):
    return ConstantInt(T.I8, ord(flag))


def _flip(flag):
    return "t" if flag == "n" else "n"


# reverse mode --------------------------------------------------------------------------------
def reverse_blas_call(gen, inst, rblock):
    """The reverse sweep of a BLAS call (``gen`` is the ReverseGenerator)."""
    if inst.callee.name == _NRM2:
        return _reverse_nrm2(gen, inst, rblock)
    g = _gemm_view(gen, inst)
    a, bm, c = g.a, g.b, g.c
    if not gen._needs_shadow(c.ptr):
        return
    need_da, need_db = gen._needs_shadow(a.ptr), gen._needs_shadow(bm.ptr)
    to_save = [op for op, needed in ((a, need_db), (bm, need_da))
               if needed and not _unchanged(gen, op.ptr)]
    saved = {}
    for operand in to_save:
        if id(operand) not in saved:      # np.dot(x, x): one copy serves both operands
            sharing = [op for op in to_save if op.ptr is operand.ptr]
            copy = _save_operand(gen, inst, g, sharing)
            saved.update((id(op), copy) for op in sharing)
    b = gen.builder_at(rblock)
    e = _Emitter(gen.module, gen.runtime, b, g.kind, lambda v: gen.lookup(v, rblock))
    primal = {}
    for operand in (a, bm):
        cached = saved.get(id(operand))
        primal[id(operand)] = gen.tape.load_cached(cached, inst.parent, rblock) \
            if cached is not None else gen.lookup(operand.ptr, rblock)
    copies = list({id(saved[id(op)]): primal[id(op)] for op in to_save}.values())
    dc = gen.shadow_lookup(c.ptr, rblock)
    pa, pb = primal[id(a)], primal[id(bm)]
    if need_da:
        da = gen.shadow_lookup(a.ptr, rblock)
        if a.trans == "n":      # dA (m x k) += alpha dC op(B)^T
            e.product("n", _flip(bm.trans), g.m, g.k, g.n, g.alpha, dc, c.ld, pb, bm.ld,
                      1.0, da, a.ld)
        else:                   # dA (k x m) += alpha op(B) dC^T
            e.product(bm.trans, "t", g.k, g.m, g.n, g.alpha, pb, bm.ld, dc, c.ld, 1.0, da,
                      a.ld)
    if need_db:
        db = gen.shadow_lookup(bm.ptr, rblock)
        if bm.trans == "n":     # dB (k x n) += alpha op(A)^T dC
            e.product(_flip(a.trans), "n", g.k, g.n, g.m, g.alpha, pa, a.ld, dc, c.ld, 1.0,
                      db, bm.ld)
        else:                   # dB (n x k) += alpha dC^T op(A)
            e.product("t", a.trans, g.n, g.k, g.m, g.alpha, dc, c.ld, pa, a.ld, 1.0, db,
                      bm.ld)
    e.scale(g.m, g.n, c.ld, g.beta, dc)    # the output's adjoint is consumed
    free = gen.libc("free", T.FunctionType(T.VOID, (T.PTR,)))
    for copy in copies:
        b.call(free, [copy])


def _unchanged(gen, ptr):
    """True when the reverse sweep can read ``ptr``'s memory as the call saw it."""
    from .reverse import _external
    if not gen.memory_unchanged(ptr):
        return False
    # split mode: the caller may write external memory between the two sweeps
    return not (gen.split and any(_external(o) for o in gen.act.origins(ptr)))


def _save_operand(gen, inst, g, operands):
    """Copy the memory of ``operands`` (one pointer) in the forward sweep, before the call;
    returns the copy (a forward value the tape caches; the reverse sweep frees it)."""
    b = Builder(before=gen.fwd[inst])
    e = _Emitter(gen.module, gen.runtime, b, g.kind, gen.forward_value)
    elements = ConstantInt(T.I64, 0)
    for operand in operands:
        rows, cols = (e.int(x) for x in g.rows_cols(operand))
        extent = stored_extent(b, rows, cols, e.int(operand.ld))
        elements = b.select(b.icmp("slt", extent, elements), elements, extent)
    return save_bytes(gen, b, operands[0].ptr, b.mul(elements, _SIZE[g.kind]), "blas.operand")


def stored_extent(b, rows, cols, ld):
    """Elements a column-major rows x cols matrix spans: ``(cols - 1) ld + rows`` (0 when
    empty)."""
    extent = b.add(b.mul(b.sub(cols, 1), ld), rows)
    empty = b.binop("or", b.icmp("slt", rows, 1), b.icmp("slt", cols, 1))
    return b.select(empty, ConstantInt(T.I64, 0), extent)


def memcpy(module):
    """``llvm.memcpy`` (pointers, i64 length), declared in ``module``."""
    return declare(module, "llvm.memcpy.p0.p0.i64",
                   T.FunctionType(T.VOID, (T.PTR, T.PTR, T.I64, T.I1)))


def save_bytes(gen, b, ptr, nbytes, name):
    """A malloc'd copy of ``nbytes`` at the forward value of ``ptr``, made by ``b`` in the
    forward sweep (the tape caches it; the reverse sweep frees it)."""
    copy = b.call(gen.libc("malloc", T.FunctionType(T.PTR, (T.I64,))), [nbytes], name=name)
    b.call(memcpy(gen.module), [copy, gen.forward_value(ptr), nbytes, ConstantInt(T.I1, 0)])
    return copy


# forward mode --------------------------------------------------------------------------------
def forward_blas_call(gen, inst, b):
    """The tangent code of a BLAS call, after its copy (``gen`` is the ForwardGenerator,
    ``b`` a builder positioned after the copied call)."""
    from .reverse import _positive_zero
    callee = inst.callee
    if callee.name not in _WRITES:
        written = [a for a in inst.args if gen._needs_shadow(a)]
        if written or gen._is_active(inst):
            _gemm_view(gen, inst)          # raises NoDerivativeRule naming the helper
        return
    if gen._is_active(inst):           # the i32 status: no derivative
        zero = _positive_zero(gen._tangent_type(inst))
        gen.tan[inst] = [zero] * gen.width
    c_ptr = inst.args[_WRITES[callee.name]]
    if not gen._needs_shadow(c_ptr):
        return
    if callee.name == _NRM2:
        return _forward_nrm2(gen, inst, b)
    g = _gemm_view(gen, inst)
    a, bm, c = g.a, g.b, g.c
    e = _Emitter(gen.module, Runtime(gen.module), b, g.kind, gen.value)
    pa, pb = gen.value(a.ptr), gen.value(bm.ptr)
    for lane in range(gen.width):
        dc = gen.shadow(c.ptr, lane)
        terms = []
        if gen._needs_shadow(a.ptr):
            terms.append((gen.shadow(a.ptr, lane), pb))
        if gen._needs_shadow(bm.ptr):
            terms.append((pa, gen.shadow(bm.ptr, lane)))
        if not terms:
            e.scale(g.m, g.n, c.ld, g.beta, dc)
        for index, (x, y) in enumerate(terms):
            e.product(a.trans, bm.trans, g.m, g.n, g.k, g.alpha, x, a.ld, y, bm.ld,
                      g.beta if index == 0 else 1.0, dc, c.ld)


# the vector norm -----------------------------------------------------------------------------
def _nrm2_view(gen, inst):
    """(kind, n, x, incx, result) of a ``numba_xxnrm2`` call (float32/float64 only)."""
    code, n, x, incx, result = inst.args
    kind = _KINDS.get(code.value) if isinstance(code, ConstantInt) else None
    if kind is None:
        raise NoDerivativeRule(gen._where(
            inst, "no derivative rule for @numba_xxnrm2 of complex arrays (np.linalg.norm)",
            "write |z| with np.abs and np.sqrt, or split real and imaginary parts"))
    return kind, n, x, incx, result


def _as_i64(b, v):
    return v if v.type == T.I64 else b.cast("sext", v, T.I64)


def _reverse_nrm2(gen, inst, rblock):
    """``dx += dr x / |x|``; the result's adjoint is consumed.  A vector the function may
    overwrite later is gathered into a copy in the forward sweep."""
    kind, n, x, incx, result = _nrm2_view(gen, inst)
    if not gen._needs_shadow(result):
        return
    fty = T.FloatType(kind)
    copy = None
    if gen._needs_shadow(x) and not _unchanged(gen, x):
        fb = Builder(before=gen.fwd[inst])
        copy = fb.call(gen.runtime.gather(kind), [
            _as_i64(fb, gen.forward_value(n)), gen.forward_value(x),
            _as_i64(fb, gen.forward_value(incx))], name="nrm2.operand")
    b = gen.builder_at(rblock)
    dr_ptr = gen.shadow_lookup(result, rblock)
    dr = b.load(fty, dr_ptr)
    b.store(const(fty, 0.0), dr_ptr)
    if not gen._needs_shadow(x):
        return
    count, inc = _as_i64(b, gen.lookup(n, rblock)), _as_i64(b, gen.lookup(incx, rblock))
    if copy is None:
        primal, primal_inc = gen.lookup(x, rblock), inc
    else:
        primal, primal_inc = gen.tape.load_cached(copy, inst.parent, rblock), ConstantInt(T.I64, 1)
    b.call(gen.runtime.nrm2_adjoint(kind), [count, primal, primal_inc,
                                            gen.shadow_lookup(x, rblock), inc, dr])
    if copy is not None:
        b.call(gen.libc("free", T.FunctionType(T.VOID, (T.PTR,))), [primal])


def _forward_nrm2(gen, inst, b):
    """``dr = <x, dx> / |x|`` per lane, stored into the result's shadow."""
    kind, n, x, incx, result = _nrm2_view(gen, inst)
    fty = T.FloatType(kind)
    r = b.load(fty, gen.value(result), name="norm")
    count, inc = _as_i64(b, gen.value(n)), _as_i64(b, gen.value(incx))
    for lane in range(gen.width):
        if gen._needs_shadow(x):
            t = b.call(Runtime(gen.module).nrm2_tangent(kind),
                       [count, gen.value(x), inc, gen.shadow(x, lane), inc, r])
        else:
            t = const(fty, 0.0)
        b.store(t, gen.shadow(result, lane))
