"""Custom derivative rules on LLVM IR: the pointer ABI, Enzyme's registration globals, rules
keyed by address, inactive functions, and the errors (docs/custom_rules.md).

Each rule is shown to be *used*: a marker rule (42 * dout) changes the derivative, and an exact
rule agrees with central finite differences of the primal."""

import ctypes
import ctypes.util
import math
import re
from pathlib import Path

import numpy as np
import pytest

import enzpy.rules  # noqa: F401  (the rule table)
from enzpy.ad.forward import differentiate_forward
from enzpy.ad.prepare import prepare
from enzpy.ad.reverse import differentiate_reverse
from enzpy.check import check_forward, check_reverse
from enzpy.cli import main as cli_main
from enzpy.enzyme_abi import lower
from enzpy.errors import EnzpyError, NoDerivativeRule
from enzpy.ir import parse, types as T
from enzpy.jit import get_engine
from enzpy.jit.boxed import BoxedCall, add_boxed_wrapper
from enzpy.rules.custom import (CustomRule, CustomRules, check_signature, classify,
                                expected_type, rules_from_module)

SAMPLES = Path(__file__).resolve().parent.parent / "ir_samples" / "c"

# g(x) = x^3 with an exact rule (3 x^2) and a marker rule (42); f(x) = x g(x)
SCALAR = r"""
define double @g(double %x) {
  %x2 = fmul double %x, %x
  %x3 = fmul double %x2, %x
  ret double %x3
}

define void @g_vjp(double %x, double %dout, ptr %dx) {
  %x2 = fmul double %x, %x
  %d = fmul double %x2, 3.0
  %t = fmul double %d, %dout
  %old = load double, ptr %dx
  %new = fadd double %old, %t
  store double %new, ptr %dx
  ret void
}

define void @g_vjp_marker(double %x, double %dout, ptr %dx) {
  %t = fmul double %dout, 42.0
  %old = load double, ptr %dx
  %new = fadd double %old, %t
  store double %new, ptr %dx
  ret void
}

define double @g_jvp(double %x, double %t) {
  %x2 = fmul double %x, %x
  %d = fmul double %x2, 3.0
  %r = fmul double %d, %t
  ret double %r
}

define double @g_jvp_marker(double %x, double %t) {
  %r = fmul double %t, 42.0
  ret double %r
}

define double @f(double %x) {
  %y = call double @g(double %x)
  %z = fmul double %y, %x
  ret double %z
}

define double @chain(ptr %x, i32 %n) {
entry:
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi double [ 0.5, %entry ], [ %s1, %loop ]
  %p = getelementptr double, ptr %x, i32 %i
  %v = load double, ptr %p
  %scaled = fmul double %s, 0.1
  %a = fadd double %scaled, %v
  %y = call double @g(double %a)
  %s1 = fadd double %s, %y
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit

exit:
  ret double %s1
}
"""

# sq(src, dest): *dest = *src ** 2, with pointer-ABI rules that read and zero the shadow
POINTERS = r"""
define void @sq(ptr %src, ptr %dest) {
  %v = load double, ptr %src
  %s = fmul double %v, %v
  store double %s, ptr %dest
  ret void
}

define void @sq_vjp(ptr %src, ptr %dsrc, ptr %dest, ptr %ddest) {
  %v = load double, ptr %src
  %dd = load double, ptr %ddest
  store double 0.0, ptr %ddest
  %two = fmul double %v, 2.0
  %t = fmul double %two, %dd
  %old = load double, ptr %dsrc
  %new = fadd double %old, %t
  store double %new, ptr %dsrc
  ret void
}

define void @sq_jvp(ptr %src, ptr %dsrc, ptr %dest, ptr %ddest) {
  %v = load double, ptr %src
  %dv = load double, ptr %dsrc
  %two = fmul double %v, 2.0
  %t = fmul double %two, %dv
  store double %t, ptr %ddest
  ret void
}

define void @sq_marker(ptr %src, ptr %dsrc, ptr %dest, ptr %ddest) {
  %dd = load double, ptr %ddest
  store double 0.0, ptr %ddest
  %t = fmul double %dd, 42.0
  %old = load double, ptr %dsrc
  %new = fadd double %old, %t
  store double %new, ptr %dsrc
  ret void
}

; the sum of x[i]^2 through a local copy that every iteration overwrites
define double @sum_sq(ptr %x, i32 %n) {
entry:
  %t = alloca double
  %y = alloca double
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s1, %loop ]
  %p = getelementptr double, ptr %x, i32 %i
  %v = load double, ptr %p
  store double %v, ptr %t
  call void @sq(ptr %t, ptr %y)
  %yv = load double, ptr %y
  %s1 = fadd double %s, %yv
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit

exit:
  ret double %s1
}

; out[i] = x[i]^2
define void @sq_all(ptr %x, ptr %out, i32 %n) {
entry:
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr double, ptr %x, i32 %i
  %q = getelementptr double, ptr %out, i32 %i
  call void @sq(ptr %p, ptr %q)
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit

exit:
  ret void
}

; the input is overwritten after the call: the pointer ABI cannot see the old value
define double @overwrite(ptr %x, ptr %out) {
  call void @sq(ptr %x, ptr %out)
  store double 0.0, ptr %x
  %v = load double, ptr %out
  ret double %v
}
"""

SQ_RULES = CustomRules([CustomRule("sq", vjp="sq_vjp", jvp="sq_jvp")])


def _call(module, fn, symbols=None, extra=""):
    """(A BoxedCall of ``fn`` or None for array results, the compiled module) after compiling
    ``module`` plus ``extra`` IR text."""
    if isinstance(fn.return_type, T.ArrayType):
        return None, get_engine().compile(str(module) + extra, opt=2, symbols=symbols)
    wrapper = add_boxed_wrapper(module, fn)
    compiled = get_engine().compile(str(module) + extra, opt=2, symbols=symbols)
    return BoxedCall(compiled.address(wrapper.name), fn.function_type), compiled


def _reverse(text, name, acts, custom=None, symbols=None):
    module = prepare(text, name, custom=custom)
    return _call(module, differentiate_reverse(module, name, acts), symbols)[0]


def _forward(text, name, acts, custom=None, symbols=None, width=1, extra=""):
    module = prepare(text, name, custom=custom)
    return _call(module, differentiate_forward(module, name, acts, width=width), symbols,
                 extra)


def _primal(text, name):
    compiled = get_engine().compile(text, opt=0)
    return compiled.function(name)


def _central(f, x, h=1e-6):
    return (f(x + h) - f(x - h)) / (2 * h)


# -- the pointer ABI ---------------------------------------------------------------------------
def test_prepare_keeps_the_ruled_callee_and_stores_the_rules():
    rules = CustomRules([CustomRule("g", vjp="g_vjp")])
    module = prepare(SCALAR, "f", custom=rules)
    assert "call double @g(double" in str(module)            # not inlined
    assert module.custom_rules.lookup(module.get_function("g")).vjp == "g_vjp"
    plain = prepare(SCALAR, "f")
    assert "call double @g(" not in str(plain)                # inlined without a rule


@pytest.mark.parametrize("vjp, expected", [
    ("g_vjp", lambda x: 4 * x ** 3),                           # exact: d(x * x^3)
    ("g_vjp_marker", lambda x: x ** 3 + 42 * x),               # g(x) + x * 42
])
def test_scalar_vjp_is_used(vjp, expected):
    grad = _reverse(SCALAR, "f", ["active"], CustomRules([CustomRule("g", vjp=vjp)]))
    for x in (0.5, 1.25, -2.0):
        (dx,) = grad(x, 1.0)
        assert dx == pytest.approx(expected(x), rel=1e-12)
    if vjp == "g_vjp":
        primal = _primal(SCALAR, "f")
        assert grad(1.25, 1.0)[0] == pytest.approx(_central(primal, 1.25), rel=1e-7)


@pytest.mark.parametrize("jvp, expected", [
    ("g_jvp", lambda x: 4 * x ** 3), ("g_jvp_marker", lambda x: x ** 3 + 42 * x)])
def test_scalar_jvp_is_used_width_1_and_4(jvp, expected):
    rules = CustomRules([CustomRule("g", jvp=jvp)])
    tangent, _ = _forward(SCALAR, "f", ["active"], rules)
    assert tangent(1.25, 1.0) == pytest.approx(expected(1.25), rel=1e-12)
    extra = """
define void @wrap4(double %x, ptr %out) {
  %r = call [4 x double] @fwddiffe4_f(double %x, double 1.0, double 2.0, double -1.0, double 0.5)
  store [4 x double] %r, ptr %out
  ret void
}
"""
    _, compiled = _forward(SCALAR, "f", ["active"], rules, width=4, extra=extra)
    out = np.zeros(4)
    compiled.function("wrap4")(1.25, out.ctypes.data)
    assert out == pytest.approx(expected(1.25) * np.array([1.0, 2.0, -1.0, 0.5]), rel=1e-12)


def test_scalar_rules_against_finite_differences_in_a_loop():
    """The rule's argument depends on the loop-carried sum: it comes from the tape."""
    rules = CustomRules([CustomRule("g", vjp="g_vjp", jvp="g_jvp")])
    assert check_reverse(SCALAR, "chain", custom=rules, ints={1: 4}).ok
    assert check_forward(SCALAR, "chain", custom=rules, ints={1: 4}, width=2).ok
    marker = CustomRules([CustomRule("g", vjp="g_vjp_marker")])
    assert not check_reverse(SCALAR, "chain", custom=marker, ints={1: 4}).ok


def test_pointer_vjp_in_a_loop_with_an_overwritten_local_copy():
    """``&t`` is overwritten by the next iteration: the vjp gets a copy of it as the call
    left it (cached per iteration)."""
    grad = _reverse(POINTERS, "sum_sq", ["dup", "const"], SQ_RULES)
    x = np.array([1.0, -2.0, 0.5, 3.0])
    dx = np.zeros(4)
    grad(x, dx, 4, 1.0)
    assert dx == pytest.approx(2 * x, rel=1e-12)
    assert check_reverse(POINTERS, "sum_sq", custom=SQ_RULES, ints={1: 5}).ok
    marker = CustomRules([CustomRule("sq", vjp="sq_marker")])
    grad = _reverse(POINTERS, "sum_sq", ["dup", "const"], marker)
    dx = np.zeros(4)
    grad(x, dx, 4, 1.0)
    assert dx == pytest.approx(np.full(4, 42.0))


def test_pointer_jvp_writes_tangents_per_lane():
    _, compiled = _forward(POINTERS, "sq_all", ["dup", "dup", "const"], SQ_RULES, width=4)
    x = np.array([1.0, -2.0, 0.5])
    lanes = [np.array([1.0, 0.0, 0.0]) * k + np.array([0.0, 1.0, 2.0]) for k in range(4)]
    out = np.zeros(3)
    douts = [np.zeros(3) for _ in range(4)]
    compiled.function("fwddiffe4_sq_all")(x.ctypes.data, *[v.ctypes.data for v in lanes],
                                          out.ctypes.data, *[d.ctypes.data for d in douts], 3)
    assert out == pytest.approx(x * x)
    for dx, dout in zip(lanes, douts):
        assert dout == pytest.approx(2 * x * dx, rel=1e-12)
    assert check_forward(POINTERS, "sq_all", custom=SQ_RULES, ints={2: 5}, width=2).ok
    assert check_reverse(POINTERS, "sq_all", custom=SQ_RULES, ints={2: 5}).ok


def test_pointer_abi_refuses_memory_overwritten_after_the_call():
    module = prepare(POINTERS, "overwrite", custom=SQ_RULES)
    with pytest.raises(NoDerivativeRule) as info:
        differentiate_reverse(module, "overwrite", ["dup", "dup"])
    message = str(info.value)
    assert "call void @sq(ptr %x, ptr %out)" in message
    assert "overwritten after the call" in message and "store double 0.0" in message
    assert "__enzyme_register_gradient" in message               # the remedy
    # forward mode calls the jvp before the primal: nothing to refuse
    differentiate_forward(prepare(POINTERS, "overwrite", custom=SQ_RULES), "overwrite",
                          ["dup", "dup"])


# -- rules keyed by address, bound by address ----------------------------------------------
def _cbrt_address():
    libm = ctypes.CDLL(ctypes.util.find_library("m"))
    return ctypes.cast(libm.cbrt, ctypes.c_void_p).value


VJP_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_double, ctypes.c_double,
                            ctypes.POINTER(ctypes.c_double))
JVP_TYPE = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double, ctypes.c_double)


@VJP_TYPE
def _cbrt_vjp(x, dout, dx):
    dx[0] += dout / (3.0 * math.cbrt(x) ** 2)


@JVP_TYPE
def _cbrt_jvp(x, t):
    return t / (3.0 * math.cbrt(x) ** 2)


def _address_module(address):
    return f"""
define double @f(double %x) {{
  %c = call double inttoptr (i64 {address} to ptr)(double %x)
  %r = fmul double %c, %x
  ret double %r
}}
"""


def test_rule_keyed_by_address_and_bound_to_a_callback():
    """Numba calls a ctypes function through its address; the rule is keyed by that address
    and its functions are external symbols bound to ctypes callbacks."""
    address = _cbrt_address()
    text = _address_module(address)
    rules = CustomRules([CustomRule(address, vjp="cbrt_vjp", jvp="cbrt_jvp")])
    symbols = {"cbrt_vjp": ctypes.cast(_cbrt_vjp, ctypes.c_void_p).value,
               "cbrt_jvp": ctypes.cast(_cbrt_jvp, ctypes.c_void_p).value}
    grad = _reverse(text, "f", ["active"], rules, symbols)
    primal = _primal(text, "f")
    for x in (0.7, 2.0, 8.0):
        exact = 4.0 / 3.0 * math.cbrt(x)
        assert grad(x, 1.0)[0] == pytest.approx(exact, rel=1e-12)
        assert grad(x, 1.0)[0] == pytest.approx(_central(primal, x), rel=1e-7)
    tangent, _ = _forward(text, "f", ["active"], rules, symbols)
    assert tangent(8.0, 2.0) == pytest.approx(2.0 * 4.0 / 3.0 * 2.0, rel=1e-12)
    # without a rule the call through an address has no derivative
    with pytest.raises(NoDerivativeRule, match="indirect call"):
        differentiate_reverse(prepare(text, "f"), "f", ["active"])
    # marked inactive, the call is a constant: d(cbrt(x) x) = cbrt(x)
    inactive = _reverse(text, "f", ["active"], CustomRules(inactive=[address]))
    assert inactive(8.0, 1.0)[0] == pytest.approx(2.0)


def test_address_rule_with_a_wrong_module_function_fails_at_the_call():
    address = _cbrt_address()
    text = _address_module(address) + "declare double @cbrt_vjp(double)\n"
    module = prepare(text, "f", custom=CustomRules([CustomRule(address, vjp="cbrt_vjp")]))
    with pytest.raises(NoDerivativeRule) as info:
        differentiate_reverse(module, "f", ["active"])
    assert "inttoptr" in str(info.value) and "void (double, double, ptr)" in str(info.value)


# -- inactive functions ------------------------------------------------------------------------
INACTIVE = r"""
define double @noisy(double %v) {
  %r = fmul double %v, 2.0
  ret double %r
}

define double @h(double %x) {
  %d = call double @noisy(double %x)
  %r = fmul double %d, %x
  ret double %r
}
"""


@pytest.mark.parametrize("how", ["rules", "global", "array", "attribute", "none"])
def test_inactive_function(how):
    text, rules = INACTIVE, None
    if how == "rules":
        rules = CustomRules(inactive=["noisy"])
    elif how == "global":
        text += "@__enzyme_inactivefn = global ptr @noisy\n"
    elif how == "array":
        text += "@__enzyme_inactivefn_list = global [1 x ptr] [ptr @noisy]\n"
    elif how == "attribute":
        text = text.replace("@noisy(double %v) {", "@noisy(double %v) #0 {") + \
            'attributes #0 = { noinline "enzyme_inactive" }\n'
    expected = 4 * 1.5 if how == "none" else 2 * 1.5      # d(2x * x), or 2x held constant
    grad = _reverse(text, "h", ["active"], rules)
    assert grad(1.5, 1.0)[0] == pytest.approx(expected)
    tangent, _ = _forward(text, "h", ["active"], rules)
    assert tangent(1.5, 1.0) == pytest.approx(expected)
    if how != "none":
        assert "call double @noisy" in str(prepare(text, "h", custom=rules))


def test_inactive_function_writing_through_a_pointer():
    text = r"""
declare void @fill(ptr)

define double @f(ptr %x) {
  call void @fill(ptr %x)
  %v = load double, ptr %x
  %r = fmul double %v, %v
  ret double %r
}
"""
    rules = CustomRules(inactive=["fill"])
    for mode in ("reverse", "forward"):
        module = prepare(text, "f", custom=rules)
        (differentiate_reverse if mode == "reverse" else differentiate_forward)(
            module, "f", ["dup"])


# -- calls that could write derivatives without a rule: errors, not silence -------------------
@pytest.mark.parametrize("mode", ["reverse", "forward"])
def test_unknown_call_writing_shadowed_memory_is_an_error(mode):
    text = r"""
declare void @fill(ptr)
declare i32 @fill_status(ptr, i64)

define double @f(ptr %x) {
  call void @fill(ptr %x)
  %v = load double, ptr %x
  ret double %v
}

define double @g(ptr %x) {
  %s = call i32 @fill_status(ptr %x, i64 3)
  %v = load double, ptr %x
  ret double %v
}
"""
    generate = differentiate_reverse if mode == "reverse" else differentiate_forward
    for name, callee in (("f", "@fill"), ("g", "@fill_status")):
        with pytest.raises(NoDerivativeRule) as info:
            generate(prepare(text, name), name, ["dup"])
        assert callee in str(info.value) and "inactive" in str(info.value)


# -- Enzyme's globals in IR ------------------------------------------------------------------
LIKE = r"""
@.str = private unnamed_addr constant [6 x i8] c"log1p\00"
@__enzyme_function_like = global [2 x ptr] [ptr @mylog1p, ptr @.str]

define double @mylog1p(double %x) {
  %r = fmul double %x, 2.0
  ret double %r
}

define double @k(double %x) {
  %r = call double @mylog1p(double %x)
  ret double %r
}
"""


def test_function_like_borrows_a_table_rule():
    """Enzyme's ``__enzyme_function_like = {fn, "log1p"}``: the derivative is log1p's, whatever
    the body computes (as in Enzyme's customlog1p test)."""
    grad = _reverse(LIKE, "k", ["active"])
    assert grad(0.5, 1.0)[0] == pytest.approx(1 / 1.5)
    tangent, _ = _forward(LIKE, "k", ["active"])
    assert tangent(0.5, 2.0) == pytest.approx(2 / 1.5)


ENZYME_RULE = r"""
@__enzyme_register_gradient_g = global [3 x ptr] [ptr @g, ptr @g_aug, ptr @g_rev]

define double @g(double %x) {
  %r = fmul double %x, %x
  ret double %r
}

define { ptr, double } @g_aug(double %x) {
  %t = call ptr @malloc(i64 8)
  store double %x, ptr %t
  %r = fmul double %x, %x
  %a = insertvalue { ptr, double } poison, ptr %t, 0
  %b = insertvalue { ptr, double } %a, double %r, 1
  ret { ptr, double } %b
}

define double @g_rev(double %x, double %dret, ptr %tape) {
  %saved = load double, ptr %tape
  call void @free(ptr %tape)
  %two = fmul double %saved, 2.0
  %d = fmul double %two, %dret
  ret double %d
}

declare ptr @malloc(i64)
declare void @free(ptr)

define double @sum_g(ptr %x, i32 %n) {
entry:
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s1, %loop ]
  %p = getelementptr double, ptr %x, i32 %i
  %v = load double, ptr %p
  %scaled = fmul double %s, 0.1
  %a = fadd double %v, %scaled
  %y = call double @g(double %a)
  %s1 = fadd double %s, %y
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit

exit:
  ret double %s1
}
"""


def test_enzyme_gradient_with_a_tape_in_a_loop():
    """The augmented forward's tape is kept per iteration and handed to the reverse."""
    rules = rules_from_module(parse(ENZYME_RULE))
    rule = rules.lookup(parse(ENZYME_RULE).get_function("g"))
    assert (rule.abi, rule.augmented, rule.vjp) == ("enzyme", "g_aug", "g_rev")
    assert check_reverse(ENZYME_RULE, "sum_g", ints={1: 5}).ok
    module = prepare(ENZYME_RULE, "sum_g")
    differentiate_reverse(module, "sum_g", ["dup", "const"])
    text = str(module)
    assert "call { ptr, double } @g_aug(" in text and "call double @g_rev(" in text
    marker = ENZYME_RULE.replace("%two = fmul double %saved, 2.0",
                                 "%two = fmul double 21.0, 2.0")
    assert not check_reverse(marker, "sum_g", ints={1: 5}).ok


def _lowered(path):
    """A C sample with its __enzyme_* calls lowered (so that ``main`` links), the derivatives
    that ``main`` uses renamed out of the way of those the checks generate."""
    return re.sub(r"@(fwd)?diffe", r"@lowered_\1diffe", lower(path.read_text(), path.name))


@pytest.mark.parametrize("sample, name, ints", [
    ("enzyme_custom_gradient", "square_in_place", {1: 5}),
    ("enzyme_custom_gradient", "radii", {}),
    ("enzyme_custom_gradient", "scaled_log1p", {}),
])
@pytest.mark.parametrize("level", ["O0", "O2"])
def test_c_custom_gradients_against_finite_differences(sample, name, ints, level):
    text = _lowered(SAMPLES / f"{sample}.{level}.ll")
    report = check_reverse(text, name, ints=ints)
    assert report.ok, report.table()


@pytest.mark.parametrize("name, ints", [("f", {}), ("scaled", {2: 5})])
@pytest.mark.parametrize("level", ["O0", "O2"])
def test_c_custom_derivatives_against_finite_differences(name, ints, level):
    text = _lowered(SAMPLES / f"enzyme_custom_fwd.{level}.ll")
    report = check_forward(text, name, ints=ints, width=2)
    assert report.ok, report.table()


# -- signatures and registration errors -------------------------------------------------------
D = T.DOUBLE
DD = T.FunctionType(D, (D,))


def test_expected_pointer_abi_types():
    fnty = T.FunctionType(D, (T.PTR, D, T.I32, T.FLOAT))
    assert str(expected_type(fnty, "vjp")) == \
        "void (ptr, ptr, double, i32, float, double, ptr, ptr)"
    assert str(expected_type(fnty, "jvp")) == \
        "double (ptr, ptr, double, i32, float, double, float)"
    status = T.FunctionType(T.I32, (T.PTR, T.I64))
    assert str(expected_type(status, "vjp")) == "void (ptr, ptr, i64)"      # no dout
    assert str(expected_type(status, "jvp")) == "void (ptr, ptr, i64)"


def test_wrong_signatures_are_clear_errors():
    with pytest.raises(EnzpyError) as info:
        check_signature(DD, T.FunctionType(T.VOID, (D, T.PTR)), "vjp", primal="@g",
                        rule="@g_vjp")
    message = str(info.value)
    assert "@g_vjp" in message and "void (double, double, ptr)" in message
    assert "double dout" in message and "ptr d_a0" in message
    with pytest.raises(EnzpyError, match="neither the vjp nor the jvp"):
        classify(DD, T.FunctionType(D, (D,)), primal="@g", rule="@g2")
    sq = T.FunctionType(T.VOID, (T.PTR, T.PTR))
    with pytest.raises(EnzpyError, match="vjp:sq_rule or jvp:sq_rule"):
        classify(sq, T.FunctionType(T.VOID, (T.PTR,) * 4), primal="@sq", rule="@sq_rule")
    assert classify(sq, T.FunctionType(T.VOID, (T.PTR,) * 4), prefer="jvp") == "jvp"
    mixed = T.FunctionType(T.StructType((D, T.I32)), (D,))
    with pytest.raises(EnzpyError, match="mix floats"):
        check_signature(mixed, T.FunctionType(T.VOID, (D, T.PTR)), "vjp")


def test_a_wrong_rule_fails_when_the_module_is_read():
    with pytest.raises(EnzpyError) as info:
        prepare(SCALAR, "f", custom=CustomRules([CustomRule("g", vjp="g_jvp")]))
    assert "@g_jvp" in str(info.value) and "void (double, double, ptr)" in str(info.value)


@pytest.mark.parametrize("kwargs, message", [
    (dict(primal="g"), "neither a vjp"),
    (dict(primal=""), "symbol name or a positive address"),
    (dict(primal="g", vjp="a", augmented="b"), "only Enzyme's ABI"),
    (dict(primal="g", vjp="a", abi="enzyme"), "needs both"),
    (dict(primal="g", vjp="a", abi="c"), "unknown custom-rule ABI"),
])
def test_custom_rule_validation(kwargs, message):
    with pytest.raises(EnzpyError, match=message):
        CustomRule(**kwargs)


def test_rule_collection_conflicts():
    rules = CustomRules([CustomRule("g", vjp="a")])
    rules.add(CustomRule("g", jvp="b"))                         # adds the forward rule
    assert rules.lookup(parse(SCALAR).get_function("g")).jvp == "b"
    with pytest.raises(EnzpyError, match="two vjp rules"):
        rules.add(CustomRule("g", vjp="c"))
    with pytest.raises(EnzpyError, match="cannot also be marked inactive"):
        rules.add_inactive("g")


@pytest.mark.parametrize("change, message", [
    (("[3 x ptr] [ptr @g, ptr @g_aug, ptr @g_rev]", "[2 x ptr] [ptr @g, ptr @g_aug]"),
     "array of 3 function pointers"),
    (("define { ptr, double } @g_aug(double %x) {", "define { ptr, double } @g_aug(ptr %x) {"),
     "@g_aug"),
    (("define double @g_rev(double %x, double %dret, ptr %tape)",
      "define double @g_rev(double %dret, ptr %tape)"), "adjoint of a float result"),
])
def test_malformed_enzyme_globals_fail_when_the_module_is_read(change, message):
    text = ENZYME_RULE.replace(*change)
    if "ptr %x) {" in change[1]:
        text = text.replace("store double %x, ptr %t", "store double 0.0, ptr %t").replace(
            "%r = fmul double %x, %x\n  %a", "%r = fmul double 1.0, 1.0\n  %a")
    with pytest.raises(EnzpyError, match=message):
        prepare(text, "sum_g")


def test_enzyme_reverse_returning_the_wrong_adjoints():
    text = ENZYME_RULE.replace("define double @g_rev", "define float @g_rev").replace(
        "ret double %d", "%f = fptrunc double %d to float\n  ret float %f")
    with pytest.raises(EnzpyError, match="returns float, but Enzyme's reverse function"):
        prepare(text, "sum_g")


def test_refused_enzyme_globals():
    text = INACTIVE + "@g0 = global double 0.0\n@g0_shadow = global double 0.0\n" \
        "@__enzyme_shadow_global = global [2 x ptr] [ptr @g0, ptr @g0_shadow]\n"
    with pytest.raises(EnzpyError, match="__enzyme_shadow_global"):
        prepare(text, "h")


# -- the command line ----------------------------------------------------------------------------
def _run(argv, capsys):
    try:
        status = cli_main(argv)
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_diff_with_rules(tmp_path, capsys):
    path = tmp_path / "scalar.ll"
    path.write_text(SCALAR)
    out = tmp_path / "out.ll"
    status, _, err = _run(["diff", str(path), "--fn", "f", "--rule", "g=g_vjp", "-o", str(out)],
                          capsys)
    assert status == 0, err
    assert "call void @g_vjp(" in out.read_text()
    status, _, err = _run(["diff", str(path), "--fn", "f", "--mode", "forward", "--rule",
                           "g=g_jvp", "-o", str(out)], capsys)
    assert status == 0, err
    assert "call double @g_jvp(" in out.read_text()
    status, _, err = _run(["diff", str(path), "--fn", "f", "--rule", "g=g"], capsys)
    assert status == 1 and "neither the vjp nor the jvp" in err
    status, _, err = _run(["diff", str(path), "--fn", "f", "--rule", "g=nosuch"], capsys)
    assert status == 1 and "no function @nosuch" in err
    status, _, err = _run(["diff", str(path), "--fn", "f", "--rule", "g"], capsys)
    assert status == 1 and "SYMBOL=RULE_SYMBOL" in err


def test_cli_check_with_rules(tmp_path, capsys):
    path = tmp_path / "pointers.ll"
    path.write_text(POINTERS)
    status, out, err = _run(["check", str(path), "--fn", "sum_sq", "--ints", "1=5",
                             "--rule", "sq=vjp:sq_vjp", "--rule", "sq=jvp:sq_jvp"], capsys)
    assert status == 0, out + err
    status, out, err = _run(["check", str(path), "--fn", "sum_sq", "--ints", "1=5",
                             "--mode", "reverse", "--rule", "sq=sq_marker"], capsys)
    assert status == 1, out + err                     # the marker rule is not the derivative
    status, _, err = _run(["check", str(path), "--fn", "sum_sq", "--rule", "sq=sq_vjp"],
                          capsys)
    assert status == 1 and "fits both the vjp and the jvp" in err


def test_cli_lower_with_a_rule(tmp_path, capsys):
    text = SCALAR + r"""
declare double @__enzyme_autodiff(ptr, ...)

define double @main_grad(double %x) {
  %r = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %r
}
"""
    path = tmp_path / "program.ll"
    path.write_text(text)
    out = tmp_path / "lowered.ll"
    status, _, err = _run(["lower", str(path), "--rule", "g=g_vjp_marker", "-o", str(out)],
                          capsys)
    assert status == 0, err
    compiled = get_engine().compile(out.read_text(), opt=2)
    assert compiled.function("main_grad")(2.0) == pytest.approx(2.0 ** 3 + 42 * 2.0)
