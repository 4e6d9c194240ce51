"""enzpy.numba.capture: pre-optimisation IR of Numba functions, one self-contained module."""

import ctypes
import math
import re
import threading

import llvmlite.binding as llvm
import numba
import numpy as np
import pytest
from numba import types
from numba.core import codegen, config, dispatcher

from enzpy.canonical import parse_llvm, target_machine
from enzpy.errors import ABIError, EnzpyError
from enzpy.numba.capture import CapturedIR, NumbaCompileError, capture, runtime_symbols

f64 = types.float64
vec = types.float64[::1]


# --- functions under test (module-level njit callees, as users write them) ------------------

@numba.njit
def leaf(x):
    return x * x + 1.0


@numba.njit
def middle(x):
    return math.sin(leaf(x)) * 2.0


@numba.njit
def outer(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += middle(a[i])
    return s


@numba.njit
def scaled_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * 2.5
    return s


@numba.njit
def scalar(x, y):
    return math.exp(-x * y) * leaf(y) + math.log1p(x * x)


@numba.njit
def power_rec(x, n):
    if n <= 0:
        return 1.0
    return x * power_rec(x, n - 1)


@numba.njit
def uses_recursion(x):
    return power_rec(x, 3) + 1.0


def plain(x, y):
    return math.cos(x) * y


def bad_typing(x):
    return x.no_such_attribute + 1.0


# --- helpers -------------------------------------------------------------------------------

def _function_body(text, name):
    match = re.search(rf"^define [^\n]*@{re.escape(name)}\(.*?^\}}", text, re.M | re.S)
    return match.group(0) if match else None


_engine = None
_modules = []


def _mcjit_address(cap):
    """Compile the captured (cleaned) module with a plain llvmlite MCJIT engine."""
    global _engine
    for name, address in runtime_symbols(cap.text).items():
        llvm.add_symbol(name, address)
    if _engine is None:
        target_machine()                      # initialises the native target
        tm = llvm.Target.from_default_triple().create_target_machine()
        _engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
    module = parse_llvm(cap.text)
    _engine.add_module(module)
    _engine.finalize_object()
    _modules.append(module)
    address = _engine.get_function_address(cap.entry)
    assert address
    return address


def _numba_state():
    settings = {k: getattr(config, k) for k in dir(config) if k.isupper()}
    hooks = (codegen.CPUCodeLibrary.__dict__.get("add_llvm_module"),
             dispatcher._DispatcherBase.__dict__.get("get_call_template"))
    target = numba.core.registry.cpu_target.target_context
    return settings, hooks, target.cached_internal_func


# --- tests ---------------------------------------------------------------------------------

def test_plain_function_with_example_values():
    cap = capture(plain, (1.0, 2.0))
    assert isinstance(cap, CapturedIR)
    assert cap.argtypes == (f64, types.int64) or cap.argtypes == (f64, f64)
    assert cap.return_type == f64 and cap.return_llvm_type == "double"
    assert f"define i32 @{cap.entry}(" in cap.text
    assert cap.llvm_params[:2] == ("ptr", "ptr")
    assert cap.arg_positions == {"x": (2,), "y": (3,)}
    # canonical: LLVM parses and verifies it and prints the same text back
    assert str(parse_llvm(cap.text)) == cap.text
    assert str(parse_llvm(cap.raw_text)) == cap.raw_text


def test_callees_compiled_earlier_are_linked_from_raw_ir():
    a = np.linspace(0.0, 1.0, 5)
    expected = outer(a)                       # compiles outer, middle and leaf now
    cap = capture(outer, (vec,), cleanup=False)
    assert cap.optimized_callees == ()
    for callee in (middle, leaf):
        name = callee.overloads[(f64,)].fndesc.mangled_name
        assert name in cap.callees and name in cap.inlined
        body = _function_body(cap.raw_text, name)
        assert body is not None, f"{callee.py_func.__name__} is not defined in the raw text"
        # Numba's unoptimised lowering (an "entry" block, no O3 attributes), not its O3 output
        assert "\nentry:" in body and "local_unnamed_addr" not in body
    leaf_name = leaf.overloads[(f64,)].fndesc.mangled_name
    middle_name = middle.overloads[(f64,)].fndesc.mangled_name
    assert f"@{leaf_name}(" in _function_body(cap.raw_text, middle_name)   # not inlined yet
    assert cap.text == cap.raw_text           # cleanup=False
    cleaned = capture(outer, (vec,))
    assert "call" not in _function_body(cleaned.text, cleaned.entry).replace(
        "call double @llvm.sin.f64", "").replace("call void @NRT_", "")
    assert np.isfinite(expected)


def test_array_layout_and_loop_is_not_unrolled():
    scaled_sum(np.ones(4))
    cap = capture(scaled_sum, (vec,))
    (arg,) = cap.args
    assert arg.name == "a" and arg.positions == tuple(range(2, 9))
    assert arg.fields == ("meminfo", "parent", "nitems", "itemsize", "data", "shape[0]",
                          "strides[0]")
    assert arg.llvm_types == ("ptr", "ptr", "i64", "i64", "ptr", "i64", "i64")
    body = _function_body(cap.text, cap.entry)
    assert body.count("fmul") == 1            # one copy of the loop body: not unrolled
    assert re.search(r"= phi double", body)   # the accumulator in the loop header
    assert "<2 x double>" not in body and "<4 x double>" not in body   # not vectorised
    assert "NRT_incref" in cap.declarations   # runtime helpers stay declarations
    assert str(parse_llvm(cap.text)) == cap.text


def test_typing_error_is_an_enzpy_error_naming_the_function():
    before = _numba_state()
    with pytest.raises(EnzpyError) as info:
        capture(bad_typing, (f64,))
    message = str(info.value)
    assert isinstance(info.value, NumbaCompileError)
    assert "bad_typing" in message and "test_numba_capture.py:" in message
    assert "no_such_attribute" in message     # Numba's own message is kept
    assert "hint:" in message
    assert _numba_state() == before           # hooks and caches restored after the error


def test_unsupported_argument_kind():
    with pytest.raises(ABIError, match="argument 'x'"):
        capture(plain, (types.unicode_type, f64))
    with pytest.raises(ABIError):
        capture(len, (1.0,))


def test_capture_leaves_numba_state_unchanged():
    before = _numba_state()
    capture(outer, (vec,))
    capture(scalar, (f64, f64))
    after = _numba_state()
    assert after[0] == before[0]              # numba.core.config
    assert after[1] == before[1]              # the class attributes that capture patches
    assert after[2] is before[2]              # the internal-subroutine cache object


def test_recursive_callee_stays_a_function():
    assert uses_recursion(2.0) == 9.0
    cap = capture(uses_recursion, (f64,))
    # power_rec(x, 3) is compiled for a literal 3, which calls the int64 version recursively
    recursive = [n for n in cap.callees if "power_rec" in n and n not in cap.inlined]
    assert recursive, cap.callees
    for name in recursive:
        assert f"@{name}(" in _function_body(cap.text, name).split("{", 1)[1]   # calls itself
    assert not re.search(r"unresolved.* = external global", cap.text)
    _check_scalar_call(cap, uses_recursion, (2.0,))


def test_recursive_entry_compiled_or_not():
    @numba.njit
    def fib(n):
        if n < 2:
            return float(n)
        return fib(n - 1) + fib(n - 2)

    first = capture(fib, (types.int64,))     # never compiled by Numba before
    assert f"@{first.entry}(" in _function_body(first.text, first.entry).split("{", 1)[1]
    assert fib(10) == 55.0
    second = capture(fib, (10,))
    assert second.entry != first.entry and second.callees == ()


def _check_scalar_call(cap, fn, xs):
    address = _mcjit_address(cap)
    proto = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.POINTER(ctypes.c_double),
                             ctypes.POINTER(ctypes.c_void_p), *[ctypes.c_double] * len(xs))
    result, excinfo = ctypes.c_double(0.0), ctypes.c_void_p(None)
    status = proto(address)(ctypes.byref(result), ctypes.byref(excinfo), *xs)
    assert status == 0
    assert result.value == pytest.approx(fn(*xs), rel=1e-14, abs=0.0)


def test_jit_of_captured_scalar_matches_numba():
    xs = (0.7, 1.3)
    scalar(*xs)
    _check_scalar_call(capture(scalar, xs), scalar, xs)


def test_enzpy_jit_runs_captured_scalar_function():
    import enzpy.jit

    xs = (0.25, -1.5)
    cap = capture(scalar, xs)
    function = enzpy.jit.get_engine().compile(cap.text, opt=2).function(cap.entry)
    result, excinfo = ctypes.c_double(0.0), ctypes.c_void_p(None)
    assert function(ctypes.byref(result), ctypes.byref(excinfo), *xs) == 0
    assert result.value == pytest.approx(scalar(*xs), rel=1e-14, abs=0.0)


def _call_vector_function(cap, a):
    """Run a captured ``f(a) -> float`` (``a`` a 1-D float64 array) through MCJIT."""
    address = _mcjit_address(cap)
    proto = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.POINTER(ctypes.c_double),
                             ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p, ctypes.c_void_p,
                             ctypes.c_int64, ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64,
                             ctypes.c_int64)
    result, excinfo = ctypes.c_double(0.0), ctypes.c_void_p(None)
    status = proto(address)(ctypes.byref(result), ctypes.byref(excinfo), None, None, a.size,
                            a.itemsize, a.ctypes.data, a.shape[0], a.strides[0])
    assert status == 0
    return result.value


def test_jit_of_captured_array_function_matches_numba():
    a = np.linspace(-1.0, 2.0, 7)
    assert _call_vector_function(capture(outer, (a,)), a) == pytest.approx(outer(a), rel=1e-14)


@numba.njit
def checked_sqrt(x):
    if x < 0.0:
        raise ValueError("checked_sqrt: negative input")
    return math.sqrt(x)


def test_jit_of_captured_function_reports_exceptions_like_numba():
    checked_sqrt(4.0)
    cap = capture(checked_sqrt, (f64,))
    address = _mcjit_address(cap)
    proto = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.POINTER(ctypes.c_double),
                             ctypes.POINTER(ctypes.c_void_p), ctypes.c_double)
    result, excinfo = ctypes.c_double(0.0), ctypes.c_void_p(None)
    assert proto(address)(ctypes.byref(result), ctypes.byref(excinfo), 4.0) == 0
    assert result.value == 2.0
    assert proto(address)(ctypes.byref(result), ctypes.byref(excinfo), -1.0) >= 1
    assert excinfo.value                       # points to the pickled ValueError


def test_concurrent_captures():
    results, errors = [], []

    def work():
        try:
            results.append(capture(scalar, (f64, f64)).entry)
        except Exception as exc:               # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(results)) == 3


def test_captured_modules_round_trip_through_enzpy_ir():
    """Every module a capture produces (raw and cleaned) prints back exactly as LLVM does."""
    from enzpy.canonical import canonicalize
    from enzpy.ir import parse_canonical
    vec = np.linspace(0.0, 1.0, 5)
    for fn, args in ((plain, (1.0, 2.0)), (outer, (vec,)), (scaled_sum, (vec,)),
                     (uses_recursion, (3.0,))):
        for cleanup in (False, True):
            text = capture(fn, args, cleanup=cleanup).text
            canonical = canonicalize(text)
            assert str(parse_canonical(canonical)) == canonical


def test_later_captures_reuse_what_earlier_captures_lowered(monkeypatch):
    """Numba's subroutines (np.sum, array allocation, ...) lowered in one capture, and the
    fresh copies of njit callees compiled before any capture, are lowered once per process:
    a second capture of another function that uses them lowers only that function."""
    import sys
    from numba.core import base
    capture_module = sys.modules["enzpy.numba.capture"]

    def total(a):
        return np.sum(a * 2.0) + outer(a)

    def other_total(a):
        return np.sum(a * 3.0) - outer(a)

    outer(np.ones(3))                               # outer, middle, leaf: compiled by Numba
    first = capture(total, (vec,), cleanup=False)
    subroutines, copies = [], []
    no_cache = base.BaseContext._compile_subroutine_no_cache
    copy = capture_module._copy_or_raise
    monkeypatch.setattr(base.BaseContext, "_compile_subroutine_no_cache",
                        lambda self, builder, impl, *a, **k:
                        subroutines.append(impl.__name__) or no_cache(self, builder, impl,
                                                                      *a, **k))
    monkeypatch.setattr(capture_module, "_copy_or_raise",
                        lambda disp, *a: copies.append(disp.py_func.__name__) or copy(disp, *a))
    second = capture(other_total, (vec,), cleanup=False)
    assert copies == []                             # outer/middle/leaf copies reused
    # only the array expression's own kernel (a new function for every expression) is new
    assert all(name.startswith("__numba_array_expr") for name in subroutines), subroutines
    for cap in (first, second):
        assert cap.optimized_callees == ()
        for callee in (outer, middle, leaf):
            assert callee.overloads[(f64,) if callee is not outer else (vec,)] \
                .fndesc.mangled_name in cap.callees
    a = np.linspace(0.5, 1.5, 7)
    assert _call_vector_function(second, a) == pytest.approx(numba.njit(other_total)(a),
                                                              rel=1e-14)
