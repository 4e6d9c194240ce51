"""Runtime.tri (BLAS ?trsm / ?trmm from SciPy's cython_blas) and Runtime.tri_loops (its IR
loop equivalent, which forward-over-reverse differentiates) against NumPy: all 8 flag
combinations, T as stored or transposed, from the left or the right (B^T), padded leading
dimensions, float64 and float32."""

import ctypes
import itertools

import numpy as np
import pytest

from enzpy.ad.runtime import TRI_LOWER, TRI_SOLVE, TRI_UNIT, Runtime
from enzpy.ir import types as T
from enzpy.ir.builder import Builder
from enzpy.ir.nodes import Function, Module
from enzpy.jit import compile as jit_compile

_KERNELS = {}


def _kernel(kind, loops):
    key = (kind, loops)
    if key not in _KERNELS:
        module = Module()
        rt = Runtime(module)
        tri = rt.tri_loops(kind) if loops else rt.tri(kind)
        wrapper = module.add_function(Function("tri", tri.function_type, [
            "n", "m", "t", "trs", "tcs", "flags", "b", "brs", "bcs"]))
        b = Builder(wrapper.append_block("entry"))
        b.call(tri, list(wrapper.args))
        b.ret()
        compiled = jit_compile(str(module))
        i64, ptr = ctypes.c_int64, ctypes.c_void_p
        fn = compiled.function("tri", [i64, i64, ptr, i64, i64, ctypes.c_int32, ptr, i64, i64],
                               None)
        _KERNELS[key] = (compiled, fn)
    return _KERNELS[key][1]


@pytest.mark.parametrize("kind,loops", [("double", False), ("double", True), ("float", False)])
def test_tri_against_numpy(kind, loops):
    dt = np.float64 if kind == "double" else np.float32
    tol = 1e-12 if kind == "double" else 2e-4
    tri = _kernel(kind, loops)
    rng = np.random.default_rng(3)
    n, m, pad = 5, 3, 2
    for flags, trans, right in itertools.product(range(8), (False, True), (False, True)):
        lower, unit, solve = (bool(flags & f) for f in (TRI_LOWER, TRI_UNIT, TRI_SOLVE))
        store = np.asfortranarray(rng.uniform(-1, 1, (n + pad, n)) + 3 * np.eye(n + pad, n))
        store = store.astype(dt)
        ld = n + pad
        # T[i, j] = t[i trs + j tcs]: the stored matrix or its transpose
        full = store[:n].T if trans else store[:n]
        trs, tcs = (ld, 1) if trans else (1, ld)
        tri_m = np.tril(full) if lower else np.triu(full)
        if unit:
            np.fill_diagonal(tri_m, 1)
        op = np.linalg.solve if solve else (lambda a, x: a @ x)
        if right:                       # B[i, k] = b[i brs + k bcs] with bcs = 1: B^T stored
            rows = m
            bstore = np.asfortranarray(rng.uniform(-1, 1, (m + pad, n))).astype(dt)
            B = bstore[:m].T.astype(np.float64)
            brs, bcs = m + pad, 1
        else:
            rows = n
            bstore = np.asfortranarray(rng.uniform(-1, 1, (n + pad, m))).astype(dt)
            B = bstore[:n].astype(np.float64)
            brs, bcs = 1, n + pad
        want = op(tri_m.astype(np.float64), B)
        before = bstore.copy()
        tri(n, m, store.ctypes.data, trs, tcs, flags, bstore.ctypes.data, brs, bcs)
        got = bstore[:rows].T if right else bstore[:rows]
        where = f"flags={flags} trans={trans} right={right}"
        np.testing.assert_allclose(got, want, rtol=tol, atol=tol, err_msg=where)
        np.testing.assert_array_equal(bstore[rows:], before[rows:], err_msg=where)  # padding


def test_empty_is_a_no_op():
    tri = _kernel("double", False)
    t, b = np.ones(1), np.full(4, 7.0)
    tri(0, 4, t.ctypes.data, 1, 1, TRI_SOLVE, b.ctypes.data, 1, 1)
    tri(2, 0, t.ctypes.data, 1, 2, TRI_SOLVE, b.ctypes.data, 1, 2)
    assert (b == 7.0).all()
