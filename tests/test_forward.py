"""Forward and vector forward mode: against finite differences on every sample function,
against reverse mode (dot-product test), and lane by lane against separate passes."""

import ctypes

import numpy as np
import pytest

import enzpy.rules  # noqa: F401
from enzpy.ad.forward import differentiate_forward
from enzpy.ad.prepare import prepare
from enzpy.ad.reverse import differentiate_reverse
from enzpy.check import check_forward
from enzpy.errors import ActivityError, NoDerivativeRule
from enzpy.jit import get_engine

from test_reverse import ADDRESS_AS_INTEGER, OVERRIDES, SAMPLE_FUNCTIONS, UNSUPPORTED

WRITES_ONLY_GLOBALS = {"accumulate"}


@pytest.mark.parametrize("path,name", SAMPLE_FUNCTIONS)
def test_forward_matches_finite_differences(path, name):
    text = path.read_text()
    if name in UNSUPPORTED:
        with pytest.raises(NoDerivativeRule, match="indirect call"):
            check_forward(text, name, points=1)
        return
    report = check_forward(text, name, points=1, width=2, **OVERRIDES.get(name, {}))
    assert report.ok, report.table()
    # a void function without pointer arguments writes only globals: nothing to compare
    assert report.rows or name in WRITES_ONLY_GLOBALS


KERNEL = """
define double @k(ptr %x, double %s, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %w = fmul double %v, %s
  %e = call double @llvm.sin.f64(double %w)
  %acc.next = call double @llvm.fmuladd.f64(double %e, double %v, double %acc)
  store double %e, ptr %p
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %acc.next
}
declare double @llvm.sin.f64(double)
declare double @llvm.fmuladd.f64(double, double, double)
"""

N = 7


def _compile(widths):
    module = prepare(KERNEL, "k")
    for width in widths:
        differentiate_forward(module, "k", ["dup", "active", "const"], width=width)
    differentiate_reverse(module, "k", ["dup", "active", "const"])
    return get_engine().compile(str(module), opt=2)


def _forward_lanes(compiled, width, x, s, tx, ts):
    """Run ``fwddiffe<width>_k`` with lane directions (tx[k], ts[k]); return the output
    tangents and the tangent arrays left in the shadows."""
    name = "fwddiffe_k" if width == 1 else f"fwddiffe{width}_k"
    shadows = [t.copy() for t in tx]
    argtypes = [ctypes.c_void_p] * (1 + width) + [ctypes.c_double] * (1 + width) + \
        [ctypes.c_int64]
    restype = ctypes.c_double if width == 1 else ctypes.c_double * width
    fn = compiled.function(name, argtypes=argtypes, restype=None if width > 1 else restype)
    primal = x.copy()
    args = [primal.ctypes.data] + [sh.ctypes.data for sh in shadows] + [s] + list(ts) + [N]
    if width == 1:
        out = [fn(*args)]
    else:
        # array returns are not expressible in ctypes: call through a boxed wrapper
        from enzpy.jit.boxed import BoxedCall
        from enzpy.ir import types as T
        fnty = T.FunctionType(T.StructType((T.DOUBLE,) * width),
                              tuple([T.PTR] * (1 + width) + [T.DOUBLE] * (1 + width) + [T.I64]))
        out = list(BoxedCall(compiled.address(name + ".boxed"), fnty)(*args))
    return np.array(out), shadows


@pytest.fixture(scope="module")
def vector_module():
    module = prepare(KERNEL, "k")
    from enzpy.jit.boxed import add_boxed_wrapper
    for width in (1, 2, 4, 8, 16):
        fn = differentiate_forward(module, "k", ["dup", "active", "const"], width=width)
        if width > 1:
            add_boxed_wrapper(module, fn)
    differentiate_reverse(module, "k", ["dup", "active", "const"])
    return get_engine().compile(str(module), opt=2)


@pytest.mark.parametrize("width", [2, 4, 8, 16])
def test_vector_mode_equals_separate_passes(vector_module, width):
    rng = np.random.default_rng(width)
    x = rng.uniform(0.5, 1.5, N)
    s = 0.8
    tx = [rng.uniform(-1, 1, N) for _ in range(width)]
    ts = list(rng.uniform(-1, 1, width))
    outs, shadows = _forward_lanes(vector_module, width, x, s, tx, ts)
    for k in range(width):
        out1, shadow1 = _forward_lanes(vector_module, 1, x, s, [tx[k]], [ts[k]])
        assert outs[k] == out1[0]
        assert np.array_equal(shadows[k], shadow1[0])


def test_forward_agrees_with_reverse(vector_module):
    """<J v, w> == <v, J^T w> for random v, w (the dot-product test)."""
    rng = np.random.default_rng(0)
    x = rng.uniform(0.5, 1.5, N)
    s = 1.1
    v_x, v_s = rng.uniform(-1, 1, N), float(rng.uniform(-1, 1))
    w_ret, w_x = float(rng.uniform(-1, 1)), rng.uniform(-1, 1, N)
    out, shadows = _forward_lanes(vector_module, 1, x, s, [v_x], [v_s])
    jv = w_ret * out[0] + float(np.dot(w_x, shadows[0]))
    from enzpy.jit.boxed import BoxedCall
    from enzpy.ir import types as T
    rev = vector_module.function("diffe_k", argtypes=[ctypes.c_void_p, ctypes.c_void_p,
                                                      ctypes.c_double, ctypes.c_int64,
                                                      ctypes.c_double],
                                 restype=ctypes.c_double)
    primal, shadow = x.copy(), w_x.copy()
    d_s = rev(primal.ctypes.data, shadow.ctypes.data, s, N, w_ret)
    jtw = float(np.dot(v_x, shadow)) + v_s * d_s
    assert jv == pytest.approx(jtw, rel=1e-12)
    del BoxedCall, T


def test_address_held_in_an_integer_phi():
    report = check_forward(ADDRESS_AS_INTEGER, "f", ["dup", "const"], ints={1: 3})
    assert report.ok, report.table()


def test_forward_activity_errors():
    square = "define double @g(double %x) {\n  %y = fmul double %x, %x\n  ret double %y\n}\n"
    module = prepare(square, "g")
    with pytest.raises(ActivityError, match="takes 1 arguments"):
        differentiate_forward(module, "g", ["active", "const"])
    with pytest.raises(ActivityError, match="width"):
        differentiate_forward(module, "g", ["active"], width=0)
