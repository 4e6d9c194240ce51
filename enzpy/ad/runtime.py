"""Small IR helper functions that generated derivatives call (internal, inlined by LLVM).

* ``__enzpy_tape_reserve(records, capacity, index, size)``: grow a loop's record array; every
  byte it allocates is added to the global ``__enzpy_tape_bytes`` (what benchmarks report).
* ``__enzpy_memcpy_adjoint_<kind>(dst', src', bytes)``: the adjoint of a copy.
* ``__enzpy_blas_scale_<kind>(m, n, ld, beta, c)``: scale (or zero) a column-major matrix.
* ``__enzpy_shadow_malloc(bytes)`` / ``__enzpy_shadow_free(p)`` / ``__enzpy_shadow_realloc``:
  zeroed shadow blocks that remember their size (16-byte header), so that the adjoint of a
  ``realloc`` knows how many bytes the old block had.
* ``__enzpy_shadow_realloc_adjoint_<kind>(new', old')``: old' += new' over the old size.
* ``__enzpy_nrm2_adjoint_<kind>(n, x, incx, dx, incdx, dr)`` /
  ``__enzpy_nrm2_tangent_<kind>(n, x, incx, dx, incdx, r)`` / ``__enzpy_gather_<kind>(n, x,
  incx)``: the derivatives of ``numba_xxnrm2`` (``np.linalg.norm`` of a vector) and a
  contiguous copy of its operand.
* ``__enzpy_tri_<kind>(n, m, t, trs, tcs, flags, b, brs, bcs)``: ``B := T^-1 B`` or ``T B``
  with a triangle of ``T``, on column-major or transposed views (transposes and products from
  the right), by BLAS ``?trsm`` / ``?trmm`` (SciPy's cython_blas, registered with llvmlite as
  ``enzpy_dtrsm`` ... on first use); ``__enzpy_tri_loops_<kind>``: the same as IR loops on any
  strided views, which ``prepare`` substitutes when a derivative is differentiated again;
  ``__enzpy_swap_rows_<kind>``: LAPACK's row interchanges ``ipiv``, in either order;
  ``__enzpy_tri_zero_<kind>`` / ``__enzpy_tri_copy_<kind>``: zero or copy one triangle.  The
  kernels of the LAPACK rules (``lapack.py``).
* ``__enzpy_deferred_new()`` / ``__enzpy_deferred_push(list, p)`` /
  ``__enzpy_deferred_release.<free>(list)``: the pointers a forward sweep was asked to free
  where the primal frees them conditionally or repeatedly, freed with ``<free>`` once the
  reverse sweep is done (the list is ``{ptr items, i64 capacity, i64 count}``).
"""

from ..errors import EnzpyError
from ..ir import types as T
from ..ir.builder import Builder, const, declare
from ..ir.nodes import Function, GlobalVariable
from ..ir.values import ConstantInt, ConstantNull

__all__ = ["Runtime", "TRI_LOWER", "TRI_UNIT", "TRI_SOLVE", "blas_routine"]

_HEADER = 16
# flags of ``Runtime.tri``
TRI_LOWER, TRI_UNIT, TRI_SOLVE = 1, 2, 4
# (n, m, t, trs, tcs, flags, b, brs, bcs): ``Runtime.tri`` and ``Runtime.tri_loops``
_TRI_SIGNATURE = (T.FunctionType(T.VOID, (T.I64, T.I64, T.PTR, T.I64, T.I64, T.I32, T.PTR,
                                          T.I64, T.I64)),
                  ("n", "m", "t", "trs", "tcs", "flags", "b", "brs", "bcs"))


# ``void ?trsm / ?trmm(char *side, char *uplo, char *transa, char *diag, int *m, int *n,
# T *alpha, T *a, int *lda, T *b, int *ldb)`` (SciPy's cython_blas.pxd: Fortran, by pointer)
_TRXM = T.FunctionType(T.VOID, (T.PTR,) * 11)
_registered = {}


def blas_routine(kind, routine):
    """The name (``enzpy_dtrsm``, ...) under which SciPy's BLAS routine ``routine`` for
    ``kind`` is registered with llvmlite (``llvm.add_symbol``: Numba's MCJIT and enzpy.jit
    both resolve it), once per process, on first use.  SciPy provides the BLAS that Numba's
    np.linalg uses; without it the LAPACK rules cannot run (EnzpyError)."""
    prefix = {"double": "d", "float": "s"}[kind]
    name = f"enzpy_{prefix}{routine}"
    if name not in _registered:
        import ctypes

        import llvmlite.binding as llvm
        try:
            from scipy.linalg import cython_blas
            capsule = cython_blas.__pyx_capi__[prefix + routine]
        except (ImportError, KeyError) as exc:
            raise EnzpyError(f"the derivatives of np.linalg.solve, inv and det call BLAS "
                             f"{prefix}{routine} from scipy.linalg.cython_blas, which is not "
                             f"available ({exc}); install SciPy") from None
        get_name = ctypes.pythonapi.PyCapsule_GetName
        get_name.restype, get_name.argtypes = ctypes.c_char_p, [ctypes.py_object]
        get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
        get_pointer.restype = ctypes.c_void_p
        get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
        address = get_pointer(capsule, get_name(capsule))
        llvm.add_symbol(name, address)
        _registered[name] = address
    return name


def _for(b, lo, hi, body, name="i"):
    """``for i in lo..hi-1: body(b, i)`` from the end of ``b``'s block (nothing when
    ``hi <= lo``); the body may emit blocks of its own (nested loops).  ``b`` ends after the
    loop."""
    fn = b.block.parent
    start = b.block
    loop, done = fn.append_block("loop"), fn.append_block("done")
    b.cond_br(b.icmp("sge", lo, hi), done, loop)
    b.position_at_end(loop)
    i = b.phi(T.I64, name=name)
    body(b, i)
    nxt = b.add(i, 1)
    b.cond_br(b.icmp("eq", nxt, hi), done, loop)
    i.add_incoming(lo, start)
    i.add_incoming(nxt, b.block)
    b.position_at_end(done)


class Runtime:
    """Creates (once per module) and returns the helper functions."""

    def __init__(self, module):
        self.module = module

    def _new(self, name, fnty, arg_names):
        fn = self.module.get_function(name)
        if fn is not None:
            return fn, None
        fn = self.module.add_function(Function(name, fnty, arg_names, prefix="internal"))
        return fn, fn

    def _libc(self, name, fnty):
        return declare(self.module, name, fnty)

    def tape_reserve(self):
        """Grow the record array (doubling, at least 16 records, at least ``index + 1``) so
        that ``index`` fits."""
        fn, new = self._new("__enzpy_tape_reserve",
                            T.FunctionType(T.PTR, (T.PTR, T.PTR, T.I64, T.I64)),
                            ["records", "capacity", "index", "size"])
        if new is None:
            return fn
        entry, grow, done = fn.append_block("entry"), fn.append_block("grow"), \
            fn.append_block("done")
        b = Builder(entry)
        base = b.load(T.PTR, fn.args[0], name="base")
        cap = b.load(T.I64, fn.args[1], name="cap")
        b.cond_br(b.icmp("ult", fn.args[2], cap), done, grow)
        b.position_at_end(grow)
        doubled = b.mul(cap, 2)
        needed = b.add(fn.args[2], 1)
        at_least = b.select(b.icmp("ult", doubled, needed), needed, doubled)
        new_cap = b.select(b.icmp("ult", at_least, 16), const(T.I64, 16), at_least)
        realloc = self._libc("realloc", T.FunctionType(T.PTR, (T.PTR, T.I64)))
        nbytes = b.mul(new_cap, fn.args[3])
        grown = b.call(realloc, [base, nbytes], name="grown")
        counter = self.tape_counter()
        b.store(b.add(b.load(T.I64, counter), b.mul(b.sub(new_cap, cap), fn.args[3])), counter)
        b.store(grown, fn.args[0])
        b.store(new_cap, fn.args[1])
        b.br(done)
        b.position_at_end(done)
        b.ret(b.phi(T.PTR, [(base, entry), (grown, grow)]))
        return fn

    def tape_counter(self):
        """``@__enzpy_tape_bytes``: bytes of tape allocated by loops, for measurements."""
        gv = self.module.get_global("__enzpy_tape_bytes")
        if gv is None:
            gv = self.module.add_global(GlobalVariable("__enzpy_tape_bytes", T.I64,
                                                       ConstantInt(T.I64, 0), False, "",
                                                       [", align 8"]))
        return gv

    def memcpy_adjoint(self, kind):
        """For each element of a copy: src' += dst'; dst' = 0."""
        fn, new = self._new(f"__enzpy_memcpy_adjoint_{kind}",
                            T.FunctionType(T.VOID, (T.PTR, T.PTR, T.I64)),
                            ["dst", "src", "bytes"])
        if new is None:
            return fn
        fty = T.FloatType(kind)
        size = {"float": 4, "double": 8, "half": 2, "x86_fp80": 16}.get(kind, 8)
        b = Builder(fn.append_block("entry"))
        count = b.binop("udiv", fn.args[2], size)

        def body(b, i):
            d = b.gep(fty, fn.args[0], [i])
            s = b.gep(fty, fn.args[1], [i])
            b.store(b.fadd(b.load(fty, s), b.load(fty, d)), s)
            b.store(const(fty, 0.0), d)

        self._element_loop(fn, count, body).ret()
        return fn

    def blas_scale(self, kind):
        """``c[i + j*ld] = beta * c[i + j*ld]`` for ``i < m``, ``j < n`` (zeros when ``beta``
        is 0, so that infinities and NaNs do not survive): a BLAS output's adjoint, consumed."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_blas_scale_{kind}",
                            T.FunctionType(T.VOID, (T.I64, T.I64, T.I64, fty, T.PTR)),
                            ["m", "n", "ld", "beta", "c"])
        if new is None:
            return fn
        m, n, ld, beta, c = fn.args
        entry, column, element, next_column, done = (
            fn.append_block(name) for name in ("entry", "column", "element", "next", "done"))
        b = Builder(entry)
        empty = b.binop("or", b.icmp("sle", m, 0), b.icmp("sle", n, 0))
        zero = b.fcmp("oeq", beta, const(fty, 0.0))
        b.cond_br(empty, done, column)
        b.position_at_end(column)
        j = b.phi(T.I64, name="j")
        base = b.gep(fty, c, [b.mul(j, ld)])
        b.br(element)
        b.position_at_end(element)
        i = b.phi(T.I64, name="i")
        p = b.gep(fty, base, [i])
        scaled = b.fmul(beta, b.load(fty, p))
        b.store(b.select(zero, const(fty, 0.0), scaled), p)
        i_next = b.add(i, 1)
        b.cond_br(b.icmp("eq", i_next, m), next_column, element)
        b.position_at_end(next_column)
        j_next = b.add(j, 1)
        b.cond_br(b.icmp("eq", j_next, n), done, column)
        b.position_at_end(done)
        b.ret()
        j.add_incoming(const(T.I64, 0), entry)
        j.add_incoming(j_next, next_column)
        i.add_incoming(const(T.I64, 0), column)
        i.add_incoming(i_next, element)
        return fn

    def shadow_malloc(self):
        """A zeroed block of ``bytes`` bytes that records its size just before itself."""
        fn, new = self._new("__enzpy_shadow_malloc", T.FunctionType(T.PTR, (T.I64,)), ["bytes"])
        if new is None:
            return fn
        b = Builder(fn.append_block("entry"))
        calloc = self._libc("calloc", T.FunctionType(T.PTR, (T.I64, T.I64)))
        block = b.call(calloc, [b.add(fn.args[0], _HEADER), ConstantInt(T.I64, 1)])
        b.store(fn.args[0], block)
        b.ret(b.gep(T.I8, block, [_HEADER]))
        return fn

    def shadow_free(self):
        fn, new = self._new("__enzpy_shadow_free", T.FunctionType(T.VOID, (T.PTR,)), ["p"])
        if new is None:
            return fn
        entry, release, done = fn.append_block("entry"), fn.append_block("release"), \
            fn.append_block("done")
        b = Builder(entry)
        b.cond_br(b.icmp("eq", fn.args[0], ConstantNull(T.PTR)), done, release)
        b.position_at_end(release)
        free = self._libc("free", T.FunctionType(T.VOID, (T.PTR,)))
        b.call(free, [b.gep(T.I8, fn.args[0], [-_HEADER])])
        b.br(done)
        b.position_at_end(done)
        b.ret()
        return fn

    def _element_loop(self, fn, count, body):
        """``for i in 0..count: body(builder, i)`` after the last block of ``fn``; returns the
        builder positioned after the loop (``count`` <= 0 runs nothing)."""
        b = Builder(fn.blocks[-1])
        _for(b, ConstantInt(T.I64, 0), count, body)
        return b

    # dense linear algebra on strided column-major views (the LAPACK rules) --------------------
    def tri(self, kind):
        """``B := T^-1 B`` or ``B := T B`` in place (the arguments and flags of ``tri_loops``)
        by BLAS level 3, ``?trsm`` / ``?trmm`` from SciPy's ``cython_blas``
        (``blas_routine``).  Each view must be column-major or transposed: ``trs`` or ``tcs``
        is 1 (the other one is T's leading dimension) and ``brs`` or ``bcs`` is 1 (a view with
        ``bcs = 1`` is the product from the right on ``B^T``).  Differentiating code that calls
        it (forward over reverse) differentiates ``tri_loops`` instead (``prepare``)."""
        fty = T.FloatType(kind)
        trsm, trmm = blas_routine(kind, "trsm"), blas_routine(kind, "trmm")
        fn, new = self._new(f"__enzpy_tri_{kind}", *_TRI_SIGNATURE)
        if new is None:
            return fn
        n, m, t, trs, tcs, flags, bm, brs, bcs = fn.args
        entry, call, solve_block, multiply, done = (
            fn.append_block(name) for name in ("entry", "call", "solve", "multiply", "done"))
        b = Builder(entry)

        def flag(bit):
            return b.icmp("ne", b.binop("and", flags, bit), 0)

        def char(cond, yes, no):
            return b.select(cond, ConstantInt(T.I8, ord(yes)), ConstantInt(T.I8, ord(no)))

        lower, unit, solve = flag(TRI_LOWER), flag(TRI_UNIT), flag(TRI_SOLVE)
        stored = b.icmp("eq", trs, 1)           # T as stored (else its transpose is stored)
        left = b.icmp("eq", brs, 1)             # B as stored (else B^T: from the right)

        def slot(value, ty):
            p = b.alloca(ty)
            b.store(value, p)
            return p

        def int32(cond, yes, no):
            return slot(b.cast("trunc", b.select(cond, yes, no), T.I32), T.I32)

        args = [slot(char(left, "L", "R"), T.I8),                          # side
                slot(char(b.icmp("eq", lower, stored), "L", "U"), T.I8),   # uplo
                slot(char(b.icmp("ne", stored, left), "T", "N"), T.I8),    # transa
                slot(char(unit, "U", "N"), T.I8),                          # diag
                int32(left, n, m), int32(left, m, n),                      # m, n
                slot(const(fty, 1.0), fty),                                # alpha
                t, int32(stored, tcs, trs),                                # a, lda
                bm, int32(left, bcs, brs)]                                 # b, ldb
        empty = b.binop("or", b.icmp("slt", n, 1), b.icmp("slt", m, 1))
        b.cond_br(empty, done, call)
        b.position_at_end(call)
        b.cond_br(solve, solve_block, multiply)
        b.position_at_end(solve_block)
        b.call(declare(self.module, trsm, _TRXM), args)
        b.br(done)
        b.position_at_end(multiply)
        b.call(declare(self.module, trmm, _TRXM), args)
        b.br(done)
        b.position_at_end(done)
        b.ret()
        return fn

    def tri_loops(self, kind):
        """``B := T^-1 B`` or ``B := T B`` in place, with the triangle of an n x n matrix:
        ``T[i, j] = t[i trs + j tcs]``, ``B[i, k] = b[i brs + k bcs]`` (n x m), so that a
        transpose or a product from the right is the same call on swapped strides.  ``flags``:
        ``TRI_LOWER`` (else upper), ``TRI_UNIT`` (the diagonal is taken as ones),
        ``TRI_SOLVE`` (else multiply).  Column by column, one row of ``B`` at a time: the
        order (ascending when lower and solve agree) reads each row before it changes."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_tri_loops_{kind}", *_TRI_SIGNATURE)
        if new is None:
            return fn
        n, m, t, trs, tcs, flags, bm, brs, bcs = fn.args
        b = Builder(fn.append_block("entry"))

        def flag(bit):
            return b.icmp("ne", b.binop("and", flags, bit), 0)

        lower, unit, solve = flag(TRI_LOWER), flag(TRI_UNIT), flag(TRI_SOLVE)
        ascending = b.icmp("eq", lower, solve)
        last = b.sub(n, 1)
        one = const(fty, 1.0)

        def column(b, k):
            col = b.gep(fty, bm, [b.mul(k, bcs)], name="col")

            def row(b, jj):
                j = b.select(ascending, jj, b.sub(last, jj), name="j")
                tcol = b.gep(fty, t, [b.mul(j, tcs)])
                d = b.select(unit, one, b.load(fty, b.gep(fty, tcol, [b.mul(j, trs)])))
                pj = b.gep(fty, col, [b.mul(j, brs)])
                x = b.load(fty, pj)
                xs = b.select(solve, b.fdiv(x, d), x, name="x")
                coef = b.select(solve, b.fneg(xs), xs)

                def update(b, i):
                    p = b.gep(fty, col, [b.mul(i, brs)])
                    tij = b.load(fty, b.gep(fty, tcol, [b.mul(i, trs)]))
                    b.store(b.fadd(b.load(fty, p), b.fmul(tij, coef)), p)

                _for(b, b.select(lower, b.add(j, 1), const(T.I64, 0)),
                     b.select(lower, n, j), update)
                b.store(b.select(solve, xs, b.fmul(x, d)), pj)

            _for(b, const(T.I64, 0), n, row, "jj")

        _for(b, const(T.I64, 0), m, column, "k")
        b.ret()
        return fn

    def swap_rows(self, kind):
        """LAPACK's row interchanges ``ipiv`` (i32, 1-based) on the n x m view ``B[i, k] =
        b[i brs + k bcs]``: in order (``P^T B`` for ``A = P L U``), or in reverse order when
        ``backward`` is non-zero (``P B``); columns are rows of the transposed view."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_swap_rows_{kind}", T.FunctionType(T.VOID, (
            T.I64, T.I64, T.PTR, T.PTR, T.I64, T.I64, T.I32)),
            ["n", "m", "ipiv", "b", "brs", "bcs", "backward"])
        if new is None:
            return fn
        n, m, ipiv, bm, brs, bcs, backward = fn.args
        b = Builder(fn.append_block("entry"))
        reverse = b.icmp("ne", backward, 0)

        def interchange(b, kk):
            k = b.select(reverse, b.sub(b.sub(n, 1), kk), kk, name="k")
            pivot = b.load(T.I32, b.gep(T.I32, ipiv, [k]))
            p = b.sub(b.cast("sext", pivot, T.I64), 1, name="p")
            rk, rp = b.gep(fty, bm, [b.mul(k, brs)]), b.gep(fty, bm, [b.mul(p, brs)])

            def swap(b, c):
                x, y = b.gep(fty, rk, [b.mul(c, bcs)]), b.gep(fty, rp, [b.mul(c, bcs)])
                vx, vy = b.load(fty, x), b.load(fty, y)
                b.store(vy, x)
                b.store(vx, y)

            _for(b, const(T.I64, 0), m, swap, "c")

        _for(b, const(T.I64, 0), n, interchange, "kk")
        b.ret()
        return fn

    def _triangle(self, b, n, upper, body):
        """``body(b, i, j)`` over the upper triangle with the diagonal of an n x n matrix
        when ``upper`` (an i1) is true, over the strictly lower triangle otherwise."""
        def column(b, j):
            _for(b, b.select(upper, const(T.I64, 0), b.add(j, 1)),
                 b.select(upper, b.add(j, 1), n), lambda b, i: body(b, i, j))

        _for(b, const(T.I64, 0), n, column, "j")

    def tri_zero(self, kind):
        """Zero the upper triangle with the diagonal (``upper`` non-zero) or the strictly
        lower triangle of the n x n column-major matrix ``b``."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_tri_zero_{kind}", T.FunctionType(T.VOID, (
            T.I64, T.PTR, T.I64, T.I32)), ["n", "b", "ld", "upper"])
        if new is None:
            return fn
        n, bm, ld, upper = fn.args
        b = Builder(fn.append_block("entry"))
        self._triangle(b, n, b.icmp("ne", upper, 0), lambda b, i, j: b.store(
            const(fty, 0.0), b.gep(fty, bm, [b.add(i, b.mul(j, ld))])))
        b.ret()
        return fn

    def tri_copy(self, kind):
        """Copy the upper triangle with the diagonal (``upper`` non-zero) or the strictly lower
        triangle of ``src`` into ``dst`` (n x n, column-major, both with ``ld``)."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_tri_copy_{kind}", T.FunctionType(T.VOID, (
            T.I64, T.PTR, T.PTR, T.I64, T.I32)), ["n", "dst", "src", "ld", "upper"])
        if new is None:
            return fn
        n, dst, src, ld, upper = fn.args
        b = Builder(fn.append_block("entry"))

        def copy(b, i, j):
            at = b.add(i, b.mul(j, ld))
            b.store(b.load(fty, b.gep(fty, src, [at])), b.gep(fty, dst, [at]))

        self._triangle(b, n, b.icmp("ne", upper, 0), copy)
        b.ret()
        return fn

    def _nrm2(self, kind):
        fnty = T.FunctionType(T.I32, (T.I8, T.I64, T.PTR, T.I64, T.PTR))
        return declare(self.module, "numba_xxnrm2", fnty), \
            ConstantInt(T.I8, ord("d" if kind == "double" else "s"))

    def nrm2_adjoint(self, kind):
        """``dx[i incdx] += dr x[i incx] / |x|`` (nothing when ``|x| = 0``); ``|x|`` is
        recomputed by ``numba_xxnrm2``, which avoids overflow as the primal did.  For an
        increment <= 0 (a reversed or broadcast view) BLAS does not compute the norm of the
        array (nor does Numba's np.linalg.norm): the derivative is NaN, not a wrong number."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_nrm2_adjoint_{kind}", T.FunctionType(
            T.VOID, (T.I64, T.PTR, T.I64, T.PTR, T.I64, fty)),
            ["n", "x", "incx", "dx", "incdx", "dr"])
        if new is None:
            return fn
        n, x, incx, dx, incdx, dr = fn.args
        b = Builder(fn.append_block("entry"))
        slot = b.alloca(fty)
        nrm2, code = self._nrm2(kind)
        b.call(nrm2, [code, n, x, incx, slot])
        r = b.load(fty, slot, name="norm")
        scale = b.select(b.fcmp("oeq", r, const(fty, 0.0)), const(fty, 0.0),
                         b.fdiv(dr, r), name="scale")
        scale = b.select(b.icmp("sle", incdx, 0), const(fty, float("nan")), scale)

        def body(b, i):
            xi = b.load(fty, b.gep(fty, x, [b.mul(i, incx)]))
            p = b.gep(fty, dx, [b.mul(i, incdx)])
            b.store(b.fadd(b.load(fty, p), b.fmul(scale, xi)), p)

        self._element_loop(fn, n, body).ret()
        return fn

    def nrm2_tangent(self, kind):
        """``sum(x[i incx] dx[i incdx]) / r`` (0 when ``r = 0``; NaN for an increment <= 0,
        see ``nrm2_adjoint``)."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_nrm2_tangent_{kind}", T.FunctionType(
            fty, (T.I64, T.PTR, T.I64, T.PTR, T.I64, fty)), ["n", "x", "incx", "dx", "incdx", "r"])
        if new is None:
            return fn
        n, x, incx, dx, incdx, r = fn.args
        entry = fn.append_block("entry")
        Builder(entry)
        sums = []

        def body(b, i):
            acc = b.phi(fty, name="acc")
            xi = b.load(fty, b.gep(fty, x, [b.mul(i, incx)]))
            di = b.load(fty, b.gep(fty, dx, [b.mul(i, incdx)]))
            total = b.fadd(acc, b.fmul(xi, di))
            acc.add_incoming(const(fty, 0.0), entry)
            sums.append((acc, total))

        b = self._element_loop(fn, n, body)
        acc, total = sums[0]
        loop = total.parent
        acc.add_incoming(total, loop)
        dot = b.phi(fty, [(const(fty, 0.0), entry), (total, loop)], name="dot")
        t = b.select(b.fcmp("oeq", r, const(fty, 0.0)), const(fty, 0.0), b.fdiv(dot, r))
        b.ret(b.select(b.icmp("sle", incx, 0), const(fty, float("nan")), t))
        return fn

    def gather(self, kind):
        """A malloc'd contiguous copy of ``x[i incx]``, ``i < n``."""
        fty = T.FloatType(kind)
        fn, new = self._new(f"__enzpy_gather_{kind}", T.FunctionType(
            T.PTR, (T.I64, T.PTR, T.I64)), ["n", "x", "incx"])
        if new is None:
            return fn
        n, x, incx = fn.args
        b = Builder(fn.append_block("entry"))
        malloc = self._libc("malloc", T.FunctionType(T.PTR, (T.I64,)))
        size = {"double": 8, "float": 4}[kind]
        count = b.select(b.icmp("slt", n, 1), ConstantInt(T.I64, 1), n)
        copy = b.call(malloc, [b.mul(count, size)], name="copy")

        def body(b, i):
            b.store(b.load(fty, b.gep(fty, x, [b.mul(i, incx)])), b.gep(fty, copy, [i]))

        self._element_loop(fn, n, body).ret(copy)
        return fn

    def deferred_new(self):
        """An empty list of pointers to free later."""
        fn, new = self._new("__enzpy_deferred_new", T.FunctionType(T.PTR, ()), [])
        if new is None:
            return fn
        b = Builder(fn.append_block("entry"))
        calloc = self._libc("calloc", T.FunctionType(T.PTR, (T.I64, T.I64)))
        b.ret(b.call(calloc, [ConstantInt(T.I64, 1), ConstantInt(T.I64, 24)]))
        return fn

    def deferred_push(self):
        """Append ``p`` to the list (grown like a record array)."""
        fn, new = self._new("__enzpy_deferred_push", T.FunctionType(T.VOID, (T.PTR, T.PTR)),
                            ["list", "p"])
        if new is None:
            return fn
        lst, p = fn.args
        b = Builder(fn.append_block("entry"))
        count_at = b.gep(T.I8, lst, [16])
        count = b.load(T.I64, count_at, name="count")
        items = b.call(self.tape_reserve(), [lst, b.gep(T.I8, lst, [8]), count,
                                             ConstantInt(T.I64, 8)], name="items")
        b.store(p, b.gep(T.PTR, items, [count]))
        b.store(b.add(count, 1), count_at)
        b.ret()
        return fn

    def deferred_release(self, free):
        """Call ``free`` (a ``void (ptr)`` function) on each pointer of the list, in order, and
        release the list."""
        fn, new = self._new(f"__enzpy_deferred_release.{free.name}",
                            T.FunctionType(T.VOID, (T.PTR,)), ["list"])
        if new is None:
            return fn
        lst = fn.args[0]
        b = Builder(fn.append_block("entry"))
        items = b.load(T.PTR, lst, name="items")
        count = b.load(T.I64, b.gep(T.I8, lst, [16]), name="count")
        libc_free = self._libc("free", T.FunctionType(T.VOID, (T.PTR,)))
        loop, done = fn.append_block("loop"), fn.append_block("done")
        b.cond_br(b.icmp("eq", count, 0), done, loop)
        b.position_at_end(loop)
        i = b.phi(T.I64, name="i")
        b.call(free, [b.load(T.PTR, b.gep(T.PTR, items, [i]))])
        nxt = b.add(i, 1)
        b.cond_br(b.icmp("eq", nxt, count), done, loop)
        i.add_incoming(const(T.I64, 0), fn.blocks[0])
        i.add_incoming(nxt, loop)
        b.position_at_end(done)
        b.call(libc_free, [items])
        b.call(libc_free, [lst])
        b.ret()
        return fn

    def _shadow_size(self, b, ptr):
        return b.load(T.I64, b.gep(T.I8, ptr, [-_HEADER]))

    def shadow_realloc(self):
        """A new zeroed shadow of ``bytes`` bytes holding a copy of the old shadow (shadow
        pointers stored in it must follow); the old shadow stays alive for the reverse."""
        fn, new = self._new("__enzpy_shadow_realloc", T.FunctionType(T.PTR, (T.PTR, T.I64)),
                            ["old", "bytes"])
        if new is None:
            return fn
        entry, copy, done = fn.append_block("entry"), fn.append_block("copy"), \
            fn.append_block("done")
        b = Builder(entry)
        fresh = b.call(self.shadow_malloc(), [fn.args[1]], name="fresh")
        b.cond_br(b.icmp("eq", fn.args[0], ConstantNull(T.PTR)), done, copy)
        b.position_at_end(copy)
        old_size = self._shadow_size(b, fn.args[0])
        n = b.select(b.icmp("ult", old_size, fn.args[1]), old_size, fn.args[1])
        memcpy = self._libc("llvm.memcpy.p0.p0.i64",
                            T.FunctionType(T.VOID, (T.PTR, T.PTR, T.I64, T.I1)))
        b.call(memcpy, [fresh, fn.args[0], n, ConstantInt(T.I1, 0)])
        b.br(done)
        b.position_at_end(done)
        b.ret(fresh)
        return fn

    def shadow_size(self):
        """``i64 __enzpy_shadow_size(ptr)``: the size a shadow block was allocated with."""
        fn, new = self._new("__enzpy_shadow_size", T.FunctionType(T.I64, (T.PTR,)), ["p"])
        if new is None:
            return fn
        b = Builder(fn.append_block("entry"))
        b.ret(self._shadow_size(b, fn.args[0]))
        return fn

    def shadow_realloc_adjoint(self, kind):
        """old' += new' over the bytes the realloc copied (the smaller of the two sizes)."""
        fn, new = self._new(f"__enzpy_shadow_realloc_adjoint_{kind}",
                            T.FunctionType(T.VOID, (T.PTR, T.PTR)), ["new", "old"])
        if new is None:
            return fn
        b = Builder(fn.append_block("entry"))
        size = self.shadow_size()
        a, c = b.call(size, [fn.args[0]]), b.call(size, [fn.args[1]])
        n = b.select(b.icmp("ult", a, c), a, c)
        b.call(self.memcpy_adjoint(kind), [fn.args[0], fn.args[1], n])
        b.ret()
        return fn
