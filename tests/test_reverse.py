"""Reverse mode against central finite differences on every float function of the samples,
plus the tape's promises and the errors for what cannot be differentiated."""

import pathlib
import re

import pytest

import enzpy.rules  # noqa: F401  (the rule table)
from enzpy.ad.prepare import prepare
from enzpy.ad.reverse import differentiate_reverse
from enzpy.analysis.activity import ArgActivity
from enzpy.check import check_forward, check_reverse
from enzpy.errors import ActivityError, NoDerivativeRule
from enzpy.ir import print_function

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "ir_samples" / "c"
_DEFINE = re.compile(r"^define (?!internal)[^@]*@([A-Za-z_][\w.]*)\((.*)\)", re.M)

# inputs the sample functions need to be meaningful (indices, domains)
OVERRIDES = {
    "cross_entropy": dict(ints={3: 1}),          # label < classes
    "series_atan": dict(bounds=(-0.8, 0.8)),      # the series converges for |x| < 1
}
# functions whose derivative cannot exist, with the reason
UNSUPPORTED = {"simpson": "integrates a function passed as a pointer (indirect call)"}


def _sample_functions():
    out = []
    for path in sorted(SAMPLES.glob("*.O[02].ll")):
        if path.name.startswith("enzyme_"):
            continue
        for name, params in _DEFINE.findall(path.read_text()):
            if name == "main" or not ("double" in params or "float" in params or
                                      "ptr" in params):
                continue
            out.append(pytest.param(path, name, id=f"{path.stem}:{name}"))
    return out


SAMPLE_FUNCTIONS = _sample_functions()


def test_sample_coverage():
    assert len(SAMPLE_FUNCTIONS) >= 100


@pytest.mark.parametrize("path,name", SAMPLE_FUNCTIONS)
def test_reverse_matches_finite_differences(path, name):
    text = path.read_text()
    if name in UNSUPPORTED:
        with pytest.raises(NoDerivativeRule, match="indirect call"):
            check_reverse(text, name, points=1)
        return
    report = check_reverse(text, name, points=1, **OVERRIDES.get(name, {}))
    assert report.rows, "nothing was compared"
    assert report.ok, report.table()


# ---------------------------------------------------------------------------------------------
# the tape

STRAIGHT = """
define double @f(double %x, double %y) {
  %a = fmul double %x, %y
  %b = call double @llvm.exp.f64(double %a)
  %c = fdiv double %b, %y
  %d = call double @llvm.sin.f64(double %c)
  ret double %d
}
declare double @llvm.exp.f64(double)
declare double @llvm.sin.f64(double)
"""

READ_ONLY_LOOP = """
define double @sumsq(ptr %x, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %e = call double @llvm.exp.f64(double %v)
  %sq = fmul double %v, %e
  %acc.next = fadd double %acc, %sq
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %acc.next
}
declare double @llvm.exp.f64(double)
"""

WHILE_LOOP = """
define double @newton(double %a) {
entry:
  br label %loop
loop:
  %x = phi double [ %a, %entry ], [ %x.next, %loop ]
  %q = fdiv double %a, %x
  %s = fadd double %x, %q
  %x.next = fmul double %s, 5.000000e-01
  %d = fsub double %x.next, %x
  %ad = call double @llvm.fabs.f64(double %d)
  %go = fcmp ogt double %ad, 1.000000e-12
  br i1 %go, label %loop, label %exit
exit:
  ret double %x.next
}
declare double @llvm.fabs.f64(double)
"""


def _generate(text, name, activities):
    module = prepare(text, name)
    gen_fn = differentiate_reverse(module, name, activities)
    return module, gen_fn


def test_straight_line_code_gets_no_tape():
    module, diffe = _generate(STRAIGHT, "f", ["active", "active"])
    body = print_function(diffe)
    assert "__enzpy_tape_reserve" not in body and "malloc" not in body
    compiled = enzpy.jit.get_engine().compile(str(module), opt=2)
    optimised = compiled.ir[compiled.ir.index("@diffe_f("):]
    optimised = optimised[:optimised.index("\n}\n")]
    assert "alloca" not in optimised and "call ptr @malloc" not in optimised


def test_loop_that_only_reads_its_input_caches_nothing_per_iteration():
    module, diffe = _generate(READ_ONLY_LOOP, "sumsq", ["dup", "const"])
    body = print_function(diffe)
    assert "__enzpy_tape_reserve" not in body
    assert check_reverse(READ_ONLY_LOOP, "sumsq", ["dup", "const"], ints={1: 17}).ok


def test_while_loop_grows_its_tape_and_frees_it():
    module, diffe = _generate(WHILE_LOOP, "newton", ["active"])
    assert "__enzpy_tape_reserve" in print_function(diffe)
    report = check_reverse(WHILE_LOOP, "newton", ["active"], bounds=(2.0, 9.0), points=3)
    assert report.ok, report.table()


def test_gradient_of_square_root_by_newton_is_analytic():
    import ctypes
    from enzpy.jit import get_engine
    module, diffe = _generate(WHILE_LOOP, "newton", ["active"])
    compiled = get_engine().compile(str(module), opt=2)
    fn = compiled.function("diffe_newton", restype=ctypes.c_double,
                           argtypes=[ctypes.c_double, ctypes.c_double])
    for a in (2.0, 9.0, 1e4):
        assert fn(a, 1.0) == pytest.approx(0.5 / a ** 0.5, rel=1e-9)


# ---------------------------------------------------------------------------------------------
# C library calls that write part of their result through a pointer

FREXP_THEN_STORE = """
define double @exponents(ptr %x, ptr %e, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %q = getelementptr inbounds i32, ptr %e, i64 %i
  %v = load double, ptr %p
  %m = call double @frexp(double %v, ptr %q)
  %k = load i32, ptr %q
  %k1 = add i32 %k, 100
  store i32 %k1, ptr %q
  %sq = fmul double %m, %m
  %acc.next = fadd double %acc, %sq
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %acc.next
}
declare double @frexp(double, ptr)
"""

# modf(x, &i) as clang emits it with -fno-builtin (otherwise it emits llvm.modf)
MODF_THROUGH_POINTER = """
define void @split(ptr %x, ptr %frac, ptr %whole, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %f = getelementptr inbounds double, ptr %frac, i64 %i
  %w = getelementptr inbounds double, ptr %whole, i64 %i
  %v = load double, ptr %p
  %v3 = fmul double %v, 3.0
  %r = call double @modf(double %v3, ptr %w)
  %y = fmul double %r, %v
  store double %y, ptr %f
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}
declare double @modf(double, ptr)
"""


def test_frexp_is_not_called_again_by_the_reverse_sweep():
    """The reverse sweep caches frexp's mantissa rather than calling frexp again, which would
    overwrite what the function stored through the exponent pointer afterwards."""
    import numpy as np
    from enzpy.jit.boxed import BoxedCall, add_boxed_wrapper
    module, diffe = _generate(FREXP_THEN_STORE, "exponents", ["dup", "const", "const"])
    wrapper = add_boxed_wrapper(module, diffe)
    call = BoxedCall(enzpy.jit.get_engine().compile(str(module), opt=2).address(wrapper.name),
                     diffe.function_type)
    x, dx, e = np.array([3.0, 0.3, -10.0, 0.0]), np.zeros(4), np.zeros(4, dtype=np.int32)
    call(x, dx, e, 4, 1.0)
    mantissa, exponent = np.frexp(x)
    assert e.tolist() == (exponent + 100).tolist()
    assert dx.tolist() == (2 * mantissa * 2.0 ** -exponent).tolist()   # 2^-e: 1 at x = 0


def test_modf_through_a_pointer_zeroes_the_shadow_of_the_integral_part():
    for check in (check_reverse, check_forward):
        report = check(MODF_THROUGH_POINTER, "split", ["dup", "dup", "dup", "const"],
                       ints={3: 5}, bounds=(0.2, 3.0), points=2)
        assert report.ok and report.rows, report.table()


# an address kept as an i64 that is 0 on one path (what SROA makes of an empty std::vector's
# end pointer at -O0): its shadow is an i64 phi too, whose constant incoming is 0, not null
ADDRESS_AS_INTEGER = """
define double @f(ptr %x, i64 %n) {
entry:
  %xi = ptrtoint ptr %x to i64
  %has = icmp sgt i64 %n, 0
  br i1 %has, label %loop, label %join
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %p = phi ptr [ %x, %entry ], [ %p.next, %loop ]
  %p.next = getelementptr inbounds double, ptr %p, i64 1
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %done
done:
  %ei = ptrtoint ptr %p to i64
  br label %join
join:
  %e = phi i64 [ 0, %entry ], [ %ei, %done ]
  %len = sub i64 %e, %xi
  %empty = icmp eq i64 %len, 0
  br i1 %empty, label %exit, label %use
use:
  %last = inttoptr i64 %e to ptr
  %v = load double, ptr %last
  %sq = fmul double %v, %v
  br label %exit
exit:
  %r = phi double [ %sq, %use ], [ 0.0, %join ]
  ret double %r
}
"""


def test_address_held_in_an_integer_phi():
    report = check_reverse(ADDRESS_AS_INTEGER, "f", ["dup", "const"], ints={1: 3})
    assert report.ok, report.table()


import enzpy.jit  # noqa: E402


# ---------------------------------------------------------------------------------------------
# errors

UNKNOWN = """
declare double @mystery(double)
define double @f(double %x) {
  %y = fmul double %x, %x
  %z = call double @mystery(double %y)
  ret double %z
}
"""

ASM = """
define double @f(double %x) {
  %y = call double asm "sqrtsd $1, $0", "=x,x"(double %x)
  ret double %y
}
"""


def test_unknown_call_names_function_instruction_and_remedy():
    with pytest.raises(NoDerivativeRule) as info:
        _generate(UNKNOWN, "f", ["active"])
    message = str(info.value)
    assert "@f" in message and "call double @mystery(double %y)" in message
    assert "register_vjp" in message


def test_unknown_call_reports_the_source_line_from_debug_info():
    text = (ROOT / "tests" / "ir_cases" / "unknown_call_debug.ll").read_text()
    with pytest.raises(NoDerivativeRule, match=r"source line 4"):
        _generate(text, "uses_mystery", ["active"])


def test_inline_asm_on_an_active_path_is_refused():
    with pytest.raises(NoDerivativeRule, match="asm"):
        _generate(ASM, "f", ["active"])


@pytest.mark.parametrize("activities,match", [
    (["active", "const"], "takes 1 arguments"),
    (["dup"], "cannot be Duplicated"),
])
def test_bad_activities_are_activity_errors(activities, match):
    square = "define double @g(double %x) {\n  %y = fmul double %x, %x\n  ret double %y\n}\n"
    with pytest.raises(ActivityError, match=match):
        _generate(square, "g", activities)


def test_pointer_cannot_be_active():
    with pytest.raises(ActivityError, match="cannot be Active"):
        _generate(READ_ONLY_LOOP, "sumsq", [ArgActivity.ACTIVE, ArgActivity.CONST])
