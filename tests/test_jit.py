"""enzpy.jit: IR text in, numbers out."""

import ctypes
import importlib.util
import json
import math
import re
import threading
from pathlib import Path

import numpy as np
import pytest

from enzpy import jit
from enzpy.errors import IRParseError, JitError, VerifyError
from enzpy.ir import types as T

SAMPLES = Path(__file__).resolve().parent.parent / "ir_samples" / "c"


# --------------------------------------------------------------------------------------------
# scalar functions

SCALARS = """
define double @poly(double %x) {
  %x2 = fmul double %x, %x
  %a = fmul double %x2, 3.0
  %b = fmul double %x, 2.0
  %c = fadd double %a, %b
  %d = fadd double %c, 1.0
  ret double %d
}

define float @scale(float %x, float %y) {
  %p = fmul float %x, %y
  %q = fadd float %p, 0.5
  ret float %q
}

define i32 @gcd(i32 %a, i32 %b) {
entry:
  br label %loop
loop:
  %x = phi i32 [ %a, %entry ], [ %y, %body ]
  %y = phi i32 [ %b, %entry ], [ %r, %body ]
  %done = icmp eq i32 %y, 0
  br i1 %done, label %exit, label %body
body:
  %r = srem i32 %x, %y
  br label %loop
exit:
  ret i32 %x
}

define i32 @negate(i32 %a) {
  %n = sub i32 0, %a
  ret i32 %n
}

define i1 @is_positive(double %x) {
  %c = fcmp ogt double %x, 0.0
  ret i1 %c
}

define i64 @widen(i8 %a, i16 %b, i64 %c) {
  %a64 = sext i8 %a to i64
  %b64 = sext i16 %b to i64
  %s = add i64 %a64, %b64
  %t = add i64 %s, %c
  ret i64 %t
}

define void @store_twice(ptr %out, double %x) {
  %y = fmul double %x, 2.0
  store double %y, ptr %out
  ret void
}
"""


def test_scalar_functions():
    mod = jit.compile(SCALARS, name="scalars")
    assert mod.function("poly")(2.0) == 3 * 4 + 2 * 2 + 1
    assert mod.function("scale")(1.5, 2.0) == pytest.approx(3.5)
    assert mod.function("gcd")(84, 36) == 12
    assert mod.function("negate")(7) == -7
    assert mod.function("is_positive")(1.0) is True
    assert mod.function("is_positive")(-1.0) is False
    assert mod.function("widen")(-3, -300, 10**12) == 10**12 - 303
    out = ctypes.c_double()
    assert mod.function("store_twice")(ctypes.addressof(out), 4.25) is None
    assert out.value == 8.5
    assert mod.function("poly") is mod.function("poly")  # cached
    assert "define" in mod.ir and "@poly" in mod.ir


def test_signatures_from_llvm_types():
    mod = jit.compile(SCALARS, name="signatures")
    assert mod.signature("widen") == T.FunctionType(T.I64, (T.I8, T.I16, T.I64))
    assert mod.signature("store_twice") == T.FunctionType(T.VOID, (T.PTR, T.DOUBLE))
    restype, argtypes = jit.ctypes_signature(mod.signature("widen"))
    assert restype is ctypes.c_int64 and argtypes == [ctypes.c_int8, ctypes.c_int16,
                                                      ctypes.c_int64]
    restype, argtypes = jit.ctypes_signature(T.FunctionType(T.I1, (T.FLOAT, T.PTR, T.I32)))
    assert restype is ctypes.c_bool
    assert argtypes == [ctypes.c_float, ctypes.c_void_p, ctypes.c_int32]
    assert jit.ctypes_signature(T.FunctionType(T.VOID, ()))[0] is None


def test_from_llvmlite_type():
    from enzpy.canonical import dispose, parse_llvm
    module = parse_llvm("""
%pair = type { double, i32 }
declare %pair @f(ptr addrspace(1), <4 x float>, [3 x i8], { float, ptr }, i128, half, ...)
""")
    bodies = {}
    try:
        fnty = jit.from_llvmlite_type(module.get_function("f").global_value_type, bodies)
    finally:
        dispose(module)
    assert fnty == T.FunctionType(
        T.NamedStructType("pair"),
        (T.PointerType(1), T.VectorType(4, T.FLOAT), T.ArrayType(3, T.I8),
         T.StructType((T.FLOAT, T.PTR)), T.IntType(128), T.HALF),
        vararg=True)
    assert bodies == {"pair": T.StructType((T.DOUBLE, T.I32))}


def test_array_sum_from_numpy():
    ir = """
define double @sum(ptr %x, i64 %n) {
entry:
  %empty = icmp sle i64 %n, 0
  br i1 %empty, label %exit, label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %acc.next = fadd double %acc, %v
  %i.next = add nuw nsw i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  %r = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  ret double %r
}
"""
    arr = np.linspace(0.0, 1.0, 1001)
    total = jit.compile(ir).function("sum")(arr.ctypes.data, arr.size)
    assert total == pytest.approx(arr.sum(), rel=1e-13)
    assert jit.compile(ir).function("sum")(arr.ctypes.data, 0) == 0.0


# --------------------------------------------------------------------------------------------
# struct returns and what ctypes cannot express

def _struct_function(name, types):
    """``{types} @name(double %x)`` whose field i is x + i converted to its type."""
    st = "{" + ", ".join(types) + "}"
    lines, current = [], "undef"
    for i, ty in enumerate(types):
        lines.append(f"%s{i} = fadd double %x, {float(i)}")
        if ty == "double":
            lines.append(f"%e{i} = fadd double %s{i}, 0.0")
        elif ty == "float":
            lines.append(f"%e{i} = fptrunc double %s{i} to float")
        else:
            lines.append(f"%e{i} = fptosi double %s{i} to {ty}")
        lines.append(f"%v{i} = insertvalue {st} {current}, {ty} %e{i}, {i}")
        current = f"%v{i}"
    body = "\n  ".join(lines)
    return f"define {st} @{name}(double %x) {{\n  {body}\n  ret {st} {current}\n}}\n"


def test_struct_return_two_doubles():
    ir = _struct_function("pair", ["double", "double"])
    result = jit.compile(ir).function("pair")(3.0)
    assert (result.f0, result.f1) == (3.0, 4.0)


@pytest.mark.parametrize("types", [["i32", "double"], ["double", "i64"], ["i64", "i64"],
                                   ["double"] * 5, ["i64"] * 4])
def test_struct_returns_that_match_the_c_abi(types):
    result = jit.compile(_struct_function("s", types)).function("s")(10.0)
    values = [getattr(result, f"f{i}") for i in range(len(types))]
    assert values == [10 + i for i in range(len(types))]


@pytest.mark.parametrize("types", [["double"] * 3, ["float", "float"], ["i32", "i32"],
                                   ["i64"] * 3])
def test_struct_returns_that_differ_from_the_c_abi(types):
    mod = jit.compile(_struct_function("s", types))
    with pytest.raises(JitError, match="sret"):
        mod.function("s")
    # with explicit types the caller takes responsibility
    assert mod.function("s", restype=ctypes.c_double, argtypes=[ctypes.c_double]) is not None


def test_vector_and_struct_arguments_are_refused():
    ir = """
define double @first(<4 x double> %v) {
  %e = extractelement <4 x double> %v, i32 0
  ret double %e
}
define double @field({double, double} %s) {
  %e = extractvalue {double, double} %s, 0
  ret double %e
}
define <2 x float> @vec_ret() {
  ret <2 x float> zeroinitializer
}
"""
    mod = jit.compile(ir)
    with pytest.raises(JitError, match=r"cannot call a function taking <4 x double>.*wrap"):
        mod.function("first")
    with pytest.raises(JitError, match="pointer"):
        mod.function("field")
    with pytest.raises(JitError, match=r"returning <2 x float>"):
        mod.function("vec_ret")


def test_varargs_needs_explicit_argtypes():
    ir = """
define i32 @count(i32 %n, ...) {
  ret i32 %n
}
"""
    mod = jit.compile(ir)
    with pytest.raises(JitError, match="argtypes"):
        mod.function("count")
    f = mod.function("count", argtypes=[ctypes.c_int32, ctypes.c_double])   # restype derived
    assert f(5, 1.0) == 5
    assert mod.function("count", argtypes=[ctypes.c_int32], restype=ctypes.c_int32)(6) == 6


def test_undefined_function_lists_the_defined_ones():
    mod = jit.compile(SCALARS)
    with pytest.raises(JitError, match=r"no_such.*gcd.*poly"):
        mod.function("no_such")
    with pytest.raises(JitError, match="no_such"):
        mod.address("no_such")


# --------------------------------------------------------------------------------------------
# symbols: libm, registered addresses, Numba's runtime

def test_libm_calls():
    ir = """
declare double @sin(double)
declare double @pow(double, double)
declare double @erf(double)
declare double @cbrt(double)
declare float @expf(float)
define double @mix(double %x) {
  %s = call double @sin(double %x)
  %p = call double @pow(double %x, double 2.5)
  %e = call double @erf(double %x)
  %c = call double @cbrt(double %x)
  %a = fadd double %s, %p
  %b = fadd double %a, %e
  %r = fadd double %b, %c
  ret double %r
}
define float @ex(float %x) {
  %r = call float @expf(float %x)
  ret float %r
}
define double @rem(double %x, double %y) {
  %r = frem double %x, %y
  ret double %r
}
define double @intrinsics(double %x, i32 %n) {
  %s = call double @llvm.sqrt.f64(double %x)
  %p = call double @llvm.powi.f64.i32(double %x, i32 %n)
  %r = fadd double %s, %p
  ret double %r
}
define i64 @div128(i64 %a, i64 %b) {
  %wa = sext i64 %a to i128
  %wb = sext i64 %b to i128
  %q = sdiv i128 %wa, %wb
  %r = trunc i128 %q to i64
  ret i64 %r
}
declare double @llvm.sqrt.f64(double)
declare double @llvm.powi.f64.i32(double, i32)
"""
    for opt in (0, 2):
        mod = jit.compile(ir, opt=opt)
        x = 0.7
        expect = math.sin(x) + x ** 2.5 + math.erf(x) + x ** (1 / 3)
        assert mod.function("mix")(x) == pytest.approx(expect, rel=1e-15)
        assert mod.function("ex")(1.0) == pytest.approx(math.e, rel=1e-6)
        assert mod.function("rem")(7.5, 2.0) == 1.5
        assert mod.function("intrinsics")(2.0, 5) == pytest.approx(math.sqrt(2) + 32)
        assert mod.function("div128")(-17, 5) == -3


CALLBACK_IR = """
declare double @callback(double)
define double @twice(double %x) {
  %a = call double @callback(double %x)
  %b = call double @callback(double %a)
  ret double %b
}
"""

CALLBACK = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double)


def test_registered_address_per_compile_and_engine():
    square = CALLBACK(lambda x: x * x)
    add_one = CALLBACK(lambda x: x + 1.0)
    address = ctypes.cast(square, ctypes.c_void_p).value
    mod1 = jit.compile(CALLBACK_IR, symbols={"callback": address})
    mod2 = jit.compile(CALLBACK_IR, symbols={"callback": add_one})  # a ctypes function works too
    assert mod1.function("twice")(3.0) == 81.0
    assert mod2.function("twice")(3.0) == 5.0   # per-compile symbols do not leak

    engine = jit.get_engine()
    engine.add_symbol("enzpy_test_global_callback", address)
    try:
        mod3 = jit.compile(CALLBACK_IR.replace("@callback", "@enzpy_test_global_callback"))
        assert mod3.function("twice")(2.0) == 16.0
    finally:
        engine.remove_symbol("enzpy_test_global_callback")


def test_external_global_variable():
    ir = """
@scale = external global double
define double @scaled(double %x) {
  %s = load double, ptr @scale
  %r = fmul double %x, %s
  ret double %r
}
"""
    cell = ctypes.c_double(2.5)
    mod = jit.compile(ir, symbols={"scale": ctypes.addressof(cell)})
    assert mod.function("scaled")(4.0) == 10.0
    cell.value = -1.0
    assert mod.function("scaled")(4.0) == -4.0


NRT_IR = """
declare ptr @NRT_MemInfo_alloc_aligned(i64, i32)
declare ptr @NRT_MemInfo_data_fast(ptr)
declare void @NRT_incref(ptr)
declare void @NRT_decref(ptr)

define double @nrt_sum(i64 %n) {
entry:
  %bytes = shl i64 %n, 3
  %mi = call ptr @NRT_MemInfo_alloc_aligned(i64 %bytes, i32 32)
  %data = call ptr @NRT_MemInfo_data_fast(ptr %mi)
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i.next, %fill ]
  %p = getelementptr double, ptr %data, i64 %i
  %f = sitofp i64 %i to double
  store double %f, ptr %p
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %fill, label %sum
sum:
  %j = phi i64 [ 0, %fill ], [ %j.next, %sum ]
  %acc = phi double [ 0.0, %fill ], [ %acc.next, %sum ]
  %q = getelementptr double, ptr %data, i64 %j
  %v = load double, ptr %q
  %acc.next = fadd double %acc, %v
  %j.next = add i64 %j, 1
  %again = icmp slt i64 %j.next, %n
  br i1 %again, label %sum, label %done
done:
  call void @NRT_incref(ptr %mi)
  call void @NRT_decref(ptr %mi)
  call void @NRT_decref(ptr %mi)
  ret double %acc.next
}
"""


@pytest.mark.parametrize("opt", [0, 2])
def test_numba_runtime_helpers(opt):
    from numba.core.runtime import _nrt_python, nrt

    _nrt_python.memsys_enable_stats()
    before = nrt.rtsys.get_allocation_stats()
    mod = jit.compile(NRT_IR, opt=opt, name="nrt")
    assert mod.functions == ["nrt_sum"]   # the linked-in helpers are not part of the API
    assert mod.function("nrt_sum")(100) == sum(range(100))
    after = nrt.rtsys.get_allocation_stats()
    assert after.mi_alloc - before.mi_alloc == 1
    assert after.mi_free - before.mi_free == 1   # the last decref ran the destructor



def _nrt_module(declarations, body):
    return f"""
{declarations}
define void @f(ptr %p) {{
  {body}
  ret void
}}
"""


@pytest.mark.parametrize("declarations, body, message", [
    # a declaration whose type differs from Numba's: LLVM's linker would link the helper
    # anyway (a call through the wrong type is undefined behaviour) -- refused first
    ("declare i32 @NRT_incref(ptr)", "%r = call i32 @NRT_incref(ptr %p)",
     r"declares @NRT_incref as i32 \(ptr\), but Numba's runtime defines it as void \(ptr\)"),
    ("declare void @NRT_decref(ptr, i64)", "call void @NRT_decref(ptr %p, i64 1)",
     r"@NRT_decref as void \(ptr, i64\)"),
    ("declare i64 @NRT_MemInfo_data_fast(ptr)", "%r = call i64 @NRT_MemInfo_data_fast(ptr %p)",
     r"@NRT_MemInfo_data_fast as i64 \(ptr\).*ptr \(ptr\)"),
    ("declare void @NRT_incref(...)", "call void (...) @NRT_incref(ptr %p)",
     r"void \(\.\.\.\)"),
    ("declare void @NRT_incref(ptr) addrspace(1)", "call addrspace(1) void @NRT_incref(ptr %p)",
     r"address space"),
    # what the linked NRT_decref calls must be the destructor function, not something else
    ("declare void @NRT_decref(ptr)\ndeclare i32 @NRT_MemInfo_call_dtor(ptr)",
     "call void @NRT_decref(ptr %p)", r"@NRT_MemInfo_call_dtor as i32 \(ptr\)"),
    ("declare void @NRT_decref(ptr)\n@NRT_MemInfo_call_dtor = global i32 0",
     "call void @NRT_decref(ptr %p)", r"@NRT_MemInfo_call_dtor is a global variable"),
    ("declare void @NRT_decref(ptr)\n@g = global i32 0\n"
     "@NRT_MemInfo_call_dtor = alias i32, ptr @g",
     "call void @NRT_decref(ptr %p)", r"@NRT_MemInfo_call_dtor is not a function"),
])
def test_numba_helper_with_another_signature_is_refused(declarations, body, message):
    with pytest.raises(JitError, match=message):
        jit.compile(_nrt_module(declarations, body), opt=0)


def test_numba_helpers_next_to_a_declared_destructor():
    # a module declaring (or calling) NRT_MemInfo_call_dtor itself: the helper IR keeps its
    # own declaration, which the linker merges (it used to fail to parse without it)
    ir = _nrt_module("declare void @NRT_decref(ptr)\ndeclare void @NRT_incref(ptr)\n"
                     "declare void @NRT_MemInfo_call_dtor(ptr)",
                     "call void @NRT_incref(ptr %p)\n  call void @NRT_decref(ptr %p)")
    for opt in (0, 2):
        mod = jit.compile(ir, opt=opt)
        mod.function("f")(None)   # NULL meminfo: both helpers do nothing
        refcount = ctypes.c_ssize_t(5)   # a fake MemInfo: only the count is touched
        mod.function("f")(ctypes.addressof(refcount))
        assert refcount.value == 5


def test_thread_local_globals_are_refused_not_an_abort():
    # RuntimeDyld cannot allocate (defined) or relocate (external) thread-local storage:
    # LLVM aborts the process ("allocation of TLS not implemented") or the code crashes
    defined = "@t = thread_local global i32 0\ndefine i32 @f() {\n  ret i32 0\n}\n"
    with pytest.raises(JitError, match="thread-local global variable t;"):
        jit.compile(defined, opt=0)
    external = ('@"t l" = external thread_local(initialexec) global i32\n'
                'define i32 @f() {\n  %v = load i32, ptr @"t l"\n  ret i32 %v\n}\n')
    cell = ctypes.c_int32(3)
    with pytest.raises(JitError, match="thread-local global variable t l;"):
        jit.compile(external, opt=2, symbols={"t l": ctypes.addressof(cell)})

def test_ir_of_a_numba_function():
    import numba

    @numba.njit
    def arange_sum(n):
        return (np.arange(n) * 1.5).sum()

    arange_sum(3)
    [(signature, ir)] = arange_sum.inspect_llvm().items()
    name = arange_sum.overloads[signature].fndesc.llvm_func_name
    mod = jit.compile(ir, name="numba")
    native = mod.function(name)   # Numba's convention: status f(retptr, excinfo, args...)
    result, excinfo = ctypes.c_double(), ctypes.c_void_p()
    assert native(ctypes.addressof(result), ctypes.addressof(excinfo), 10) == 0
    assert result.value == arange_sum(10)
    assert jit.compile(ir, name="numba").address(name) != mod.address(name)


def test_static_constructors_run():
    ir = """
@g = global double 0.0
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }]
    [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }]
define internal void @init() {
  store double 42.0, ptr @g
  ret void
}
define double @get() {
  %v = load double, ptr @g
  ret double %v
}
"""
    assert jit.compile(ir).function("get")() == 42.0


# --------------------------------------------------------------------------------------------
# errors

def test_unresolved_symbol_names_it_and_its_users():
    ir = """
declare double @enzpy_no_such_function(double)
declare double @unused_declaration(double)
define double @outer(double %x) {
  %r = call double @enzpy_no_such_function(double %x)
  ret double %r
}
define double @other(double %x) {
  %r = call double @enzpy_no_such_function(double %x)
  ret double %r
}
"""
    with pytest.raises(JitError) as info:
        jit.compile(ir)
    message = str(info.value)
    assert "enzpy_no_such_function" in message
    assert "outer" in message and "other" in message
    assert "symbols=" in message and "add_symbol" in message
    assert "unused_declaration" not in message
    assert jit.compile(SCALARS).function("poly")(1.0) == 6.0   # the process survives


def test_unresolved_global_variable():
    ir = """
@enzpy_missing_global = external global double
define double @read() {
  %v = load double, ptr @enzpy_missing_global
  ret double %v
}
"""
    with pytest.raises(JitError, match=r"enzpy_missing_global.*read"):
        jit.compile(ir)


def test_unresolved_library_call_from_code_generation(monkeypatch):
    from enzpy.jit import engine

    real = engine._process_symbol
    monkeypatch.setattr(engine, "_process_symbol",
                        lambda name: None if name == "fmod" else real(name))
    ir = """
define double @rem(double %x, double %y) {
  %r = frem double %x, %y
  ret double %r
}
"""
    with pytest.raises(JitError, match=r"fmod — a library call introduced by code generation"
                                       r".* rem"):
        jit.compile(ir)
    assert jit.compile(ir, symbols={"fmod": real("fmod")}).function("rem")(7.0, 4.0) == 3.0


def test_unresolved_weak_reference_is_an_error_not_an_abort():
    ir = """
declare extern_weak void @enzpy_weak_missing()
define i1 @present() {
  %c = icmp ne ptr @enzpy_weak_missing, null
  ret i1 %c
}
"""
    with pytest.raises(JitError, match="enzpy_weak_missing"):
        jit.compile(ir)
    noop = ctypes.CFUNCTYPE(None)(lambda: None)
    assert jit.compile(ir, symbols={"enzpy_weak_missing": noop}).function("present")() is True


def test_bad_symbol_addresses():
    with pytest.raises(JitError, match="NULL"):
        jit.compile(CALLBACK_IR, symbols={"callback": 0})
    with pytest.raises(JitError, match="int"):
        jit.get_engine().add_symbol("x", "not an address")


def test_invalid_ir_raises_parse_and_verify_errors():
    with pytest.raises(IRParseError) as info:
        jit.compile("define double @f(double %x) {\n"
                    "  %y = fmull double %x, %x\n"
                    "  ret double %y\n}\n")
    assert info.value.line == 2
    bad_dominance = """
define double @f(double %x) {
entry:
  %y = fadd double %z, 1.0
  %z = fadd double %x, 1.0
  ret double %y
}
"""
    with pytest.raises(VerifyError):
        jit.compile(bad_dominance)
    malformed = SAMPLES.parent / "malformed"
    for path in sorted(malformed.glob("*.ll")):
        with pytest.raises(VerifyError if path.name.startswith("v") else IRParseError):
            jit.compile(path.read_text())
    with pytest.raises(JitError, match="opt"):
        jit.compile(SCALARS, opt=4)
    assert jit.compile(SCALARS).function("gcd")(10, 4) == 2   # the process survives


def test_foreign_target_is_refused():
    ir = 'target triple = "aarch64-unknown-linux-gnu"\ndefine void @f() {\n  ret void\n}\n'
    with pytest.raises(JitError, match="aarch64"):
        jit.compile(ir)


# --------------------------------------------------------------------------------------------
# modules, options, threads

COUNTER_IR = """
@count = global i64 0
define i64 @bump() {
  %c = load i64, ptr @count
  %n = add i64 %c, 1
  store i64 %n, ptr @count
  ret i64 %n
}
define internal i64 @helper(i64 %x) {
  ret i64 %x
}
"""


def test_same_module_compiled_twice_is_independent():
    first = jit.compile(COUNTER_IR, name="counter")
    second = jit.compile(COUNTER_IR, name="counter")
    assert first.address("bump") != second.address("bump")
    assert first.address("count") != second.address("count")
    assert [first.function("bump")() for _ in range(3)] == [1, 2, 3]
    assert second.function("bump")() == 1
    with pytest.raises(JitError, match="internal"):
        first.function("helper")


def test_close_frees_a_module():
    mod = jit.compile(COUNTER_IR)
    assert mod.function("bump")() == 1
    mod.close()
    assert mod.closed
    with pytest.raises(JitError, match="closed"):
        mod.address("bump")


KERNEL_IR = """
declare double @exp(double)
define double @kernel(ptr noalias %y, ptr noalias %x, i64 %n, double %a) {
entry:
  br label %axpy
axpy:
  %i = phi i64 [ 0, %entry ], [ %i.next, %axpy ]
  %px = getelementptr inbounds double, ptr %x, i64 %i
  %py = getelementptr inbounds double, ptr %y, i64 %i
  %vx = load double, ptr %px
  %vy = load double, ptr %py
  %ax = fmul double %a, %vx
  %s = fadd double %ax, %vy
  %t = fmul double %s, %vx
  store double %t, ptr %py
  %i.next = add nuw nsw i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %axpy, label %reduce
reduce:
  %j = phi i64 [ 0, %axpy ], [ %j.next, %reduce ]
  %acc = phi double [ 0.0, %axpy ], [ %acc.next, %reduce ]
  %pj = getelementptr inbounds double, ptr %y, i64 %j
  %vj = load double, ptr %pj
  %e = call double @exp(double %vj)
  %acc.next = fadd double %acc, %e
  %j.next = add nuw nsw i64 %j, 1
  %again = icmp ult i64 %j.next, %n
  br i1 %again, label %reduce, label %exit
exit:
  ret double %acc.next
}
"""


def test_opt_levels_and_vectorisation_agree():
    rng = np.random.default_rng(0)
    x = rng.standard_normal(257)
    y0 = rng.standard_normal(257)
    results = set()
    for opt in range(4):
        for vectorize in (False, True):
            for unroll in (False, True):
                y = y0.copy()
                mod = jit.compile(KERNEL_IR, opt=opt, vectorize=vectorize, unroll=unroll)
                total = mod.function("kernel")(y.ctypes.data, x.ctypes.data, x.size, 1.5)
                results.add((total, y.tobytes()))
                vectors = re.search(r"<\d+ x double>", mod.ir) is not None
                assert vectors == (vectorize and opt >= 1), (opt, vectorize, unroll)
    assert len(results) == 1
    total, ybytes = results.pop()
    expect = (1.5 * x + y0) * x
    np.testing.assert_allclose(np.frombuffer(ybytes), expect, rtol=1e-15)
    assert total == pytest.approx(np.exp(expect).sum(), rel=1e-13)


def test_compiling_from_two_threads():
    errors, results = [], {}

    def work(index):
        try:
            for round_ in range(5):
                ir = SCALARS.replace("1.0\n  ret double %d", f"{float(index)}\n  ret double %d")
                mod = jit.compile(ir, name=f"thread{index}", opt=round_ % 4)
                results[(index, round_)] = mod.function("poly")(2.0)
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert results == {(i, r): 16.0 + i for i in range(2) for r in range(5)}


# --------------------------------------------------------------------------------------------
# the C samples: JIT `main`, compare what it prints with the native build

def _samples():
    found = []
    for o2 in sorted(SAMPLES.glob("*.O2.ll")):
        stem = o2.name[:-len(".O2.ll")]
        if stem.startswith("enzyme_"):
            continue  # need AD before they can run; their results are tested elsewhere
        for level in ("O0", "O2"):
            found.append(pytest.param(stem, level, id=f"{stem}.{level}"))
    return found


SAMPLE_PARAMS = _samples()


def test_c_samples_exist():
    assert SAMPLE_PARAMS, f"no C samples (*.O2.ll) found under {SAMPLES}: they are missing"
    for param in SAMPLE_PARAMS:
        stem = param.values[0]
        assert (SAMPLES / f"{stem}.expected").is_file(), f"{stem}.expected is missing"


def _parse_lines(text):
    lines = []
    for line in text.splitlines():
        label, sep, value = line.rpartition(" = ")
        try:
            lines.append((label, float(value)) if sep else (line, None))
        except ValueError:
            lines.append((line, None))
    return lines


@pytest.mark.parametrize("stem, level", SAMPLE_PARAMS)
def test_c_sample_main(stem, level, capfd):
    mod = jit.compile((SAMPLES / f"{stem}.{level}.ll").read_text(), name=f"{stem}.{level}")
    main = mod.function("main")
    capfd.readouterr()
    if mod.signature("main").params:
        argv = (ctypes.c_char_p * 2)(stem.encode(), None)
        status = main(1, ctypes.cast(argv, ctypes.c_void_p))
    else:
        status = main()
    out = capfd.readouterr().out
    assert status == 0
    expected = (SAMPLES / f"{stem}.expected").read_text()
    got, want = _parse_lines(out), _parse_lines(expected)
    assert [label for label, _ in got] == [label for label, _ in want]
    for (label, value), (_, reference) in zip(got, want):
        if reference is None:
            continue
        assert value == pytest.approx(reference, rel=1e-12, abs=1e-300, nan_ok=True), label



# --------------------------------------------------------------------------------------------
# the Numba samples (ir_samples/numba): captured modules declaring Numba's runtime helpers,
# compiled and run with Numba's native ABI: status f(ptr retptr, ptr excinfo, args...)

NUMBA_SAMPLES = SAMPLES.parent / "numba"
NUMBA_FILES = sorted(NUMBA_SAMPLES.glob("*.ll"))
_numba_compiled = {}


def _numba_generate():
    """ir_samples/numba/generate.py, imported by path (its njit functions and their .py_func)."""
    module = _numba_compiled.get("generate")
    if module is None:
        spec = importlib.util.spec_from_file_location("enzpy_numba_samples_generate",
                                                      NUMBA_SAMPLES / "generate.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _numba_compiled["generate"] = module
    return module


def _numba_sample(path, opt):
    key = (path.name, opt)
    if key not in _numba_compiled:
        info = json.loads((path.parent / (path.name.split(".")[0] + ".json")).read_text())
        _numba_compiled[key] = (jit.compile(path.read_text(), opt=opt, name=path.stem), info)
    return _numba_compiled[key]


def test_numba_samples_exist():
    names = {p.name.split(".")[0] for p in NUMBA_FILES}
    assert {"array_loop", "scalar_math", "numpy_ops"} <= names, \
        f"Numba samples missing under {NUMBA_SAMPLES}"
    for name in names:
        assert (NUMBA_SAMPLES / f"{name}.clean.ll").exists()
        assert (NUMBA_SAMPLES / f"{name}.raw.ll").exists()


@pytest.mark.parametrize("opt", [0, 2])
@pytest.mark.parametrize("path", NUMBA_FILES, ids=lambda p: p.name)
def test_numba_sample_compiles(path, opt):
    mod, info = _numba_sample(path, opt)
    assert info["entry"] in mod.functions
    for name in ("NRT_incref", "NRT_decref", "NRT_MemInfo_data_fast"):
        assert name not in mod.functions   # linked-in helpers are not exported


_NUMBA_RESTYPES = {"double": ctypes.c_double, "float": ctypes.c_float,
                   "[2 x double]": ctypes.c_double * 2}


def _native_arguments(info, args):
    """Numba's flattened arguments: an array is meminfo, parent, nitems, itemsize, data,
    shape..., strides... (meminfo/parent NULL: the caller owns the buffer); a UniTuple is
    its elements; a scalar is itself."""
    flat = []
    for spec, value in zip(info["args"], args, strict=True):
        for field in spec["fields"]:
            if spec["numba_type"].startswith("array("):
                assert value.flags.c_contiguous and value.dtype == np.float64
                if field in ("meminfo", "parent"):
                    flat.append(None)
                elif field in ("nitems", "itemsize"):
                    flat.append(getattr(value, "size" if field == "nitems" else field))
                elif field == "data":
                    flat.append(value.ctypes.data)
                else:
                    kind, index = re.fullmatch(r"(shape|strides)\[(\d+)\]", field).groups()
                    flat.append(getattr(value, kind)[int(index)])
            elif field:
                flat.append(float(value[int(field.strip("[]"))]))
            else:
                flat.append(float(value))
    return flat


def _call_native(mod, info, args):
    """(status, result) of the entry function called with Numba's native ABI."""
    assert len(info["llvm_params"]) == 2 + sum(len(a["fields"]) for a in info["args"])
    result = _NUMBA_RESTYPES[info["return_llvm_type"]]()
    excinfo = ctypes.c_void_p()
    status = mod.function(info["entry"])(ctypes.addressof(result), ctypes.addressof(excinfo),
                                         *_native_arguments(info, args))
    return status, result


_rng = np.random.default_rng(7)
_vec = _rng.standard_normal(37)   # long enough for the vector loop and its remainder
NUMBA_INPUTS = {
    "scalar_math": [(0.3, 0.7), (2.5, -1.25)],
    "array_loop": [(_vec,), (np.arange(4.0),)],
    "numpy_ops": [(_vec,), (np.arange(3.0),)],
    "matrix_loop": [(_rng.standard_normal((5, 3)), _rng.standard_normal(3))],
    "while_loop": [(2.0, 1e-12), (0.25, 1e-12)],
    "calls_njit": [(_vec, 0.5)],
    "float32_fn": [(np.float32(1.5), np.float32(2.0))],
    "tuple_io": [((3.0, 4.0), 2.0)],
    "branchy": [(-2.0,), (-0.5,), (0.5,), (3.0,)],
    "ode_step": [(_rng.standard_normal(9), 0.1, 2.0)],
    "dot": [(_vec, _vec[::-1].copy())],
    "checked_log": [(2.0,), (0.5,)],
}


def _numba_run_params():
    names = {p.name.split(".")[0] for p in NUMBA_FILES}
    return [pytest.param(name, kind, opt, id=f"{name}.{kind}.O{opt}")
            for name in sorted(NUMBA_INPUTS) if name in names
            for kind in ("clean", "raw") for opt in (0, 2)]


@pytest.mark.parametrize("name, kind, opt", _numba_run_params())
def test_numba_sample_runs_like_python(name, kind, opt):
    from numba.core.runtime import _nrt_python, nrt

    python = getattr(_numba_generate(), name).py_func
    mod, info = _numba_sample(NUMBA_SAMPLES / f"{name}.{kind}.ll", opt)
    _nrt_python.memsys_enable_stats()
    for args in NUMBA_INPUTS[name]:
        native_args = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
        python_args = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
        before = nrt.rtsys.get_allocation_stats()
        status, result = _call_native(mod, info, native_args)
        after = nrt.rtsys.get_allocation_stats()
        expected = python(*python_args)
        assert status == 0, f"{name}{args}: status {status}"
        got = list(result) if info["return_llvm_type"].startswith("[") else result.value
        rel = 1e-6 if info["return_llvm_type"] == "float" else 1e-12
        assert got == pytest.approx(expected, rel=rel, abs=1e-300), f"{name}{args}"
        for native, reference in zip(native_args, python_args):   # arrays written in place
            if isinstance(native, np.ndarray):
                np.testing.assert_allclose(native, reference, rtol=1e-12)
        # every MemInfo the function allocated (numpy_ops: np.exp(a), e * a) was freed
        allocated = after.mi_alloc - before.mi_alloc
        assert after.mi_free - before.mi_free == allocated
        assert after.alloc - before.alloc == after.free - before.free
        if name == "numpy_ops":
            assert allocated == 2


@pytest.mark.parametrize("kind", ["clean", "raw"])
def test_numba_sample_reports_an_exception(kind):
    mod, info = _numba_sample(NUMBA_SAMPLES / f"checked_log.{kind}.ll", 2)
    status, _ = _call_native(mod, info, (-1.0,))
    assert status != 0   # raise ValueError: a non-zero status, as Numba's caller expects
