"""Enzyme's call interface: ``enzpy.enzyme_abi.lower`` and ``enzpy lower``.

Every ``ir_samples/c/enzyme_*`` program (C and C++; reverse mode, and forward mode in
``enzyme_fwd*`` and ``enzyme_float``; built at -O0, -O1 and -O2) is lowered, verified, run
through ``enzpy.jit`` (its ``main`` prints the derivatives) and, when clang-22 is installed,
linked into a native program; both print the values of the ``// expect:`` lines at the top
of the source (``// expect-float:`` lines are float results: rel 1e-5, else 1e-9).
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from enzpy import jit
from enzpy.canonical import dispose, parse_llvm
from enzpy.cli import main as cli_main
from enzpy.enzyme_abi import find_autodiff_calls, lower
from enzpy.errors import EnzpyError
from enzpy.ir import parse

SAMPLES = Path(__file__).resolve().parent.parent / "ir_samples" / "c"
LEVELS = ("O0", "O1", "O2")
CLANG = shutil.which("clang-22")
CLANGXX = shutil.which("clang++-22")
_EXPECT = re.compile(r"^//\s*expect(-float)?:\s*(.*?) = (\S+)\s*$")


def _sources():
    return sorted(list(SAMPLES.glob("enzyme_*.c")) + list(SAMPLES.glob("enzyme_*.cpp")))


def _forward_mode(source):
    return "__enzyme_fwddiff" in source.read_text()


def _expectations(source):
    """[(label, value, rel)] from the ``// expect:`` lines of a sample."""
    out = []
    for line in source.read_text().splitlines():
        match = _EXPECT.match(line)
        if match:
            out.append((match.group(2), float(match.group(3)),
                        1e-5 if match.group(1) else 1e-9))
    return out


def _params():
    found = []
    for source in _sources():
        for level in LEVELS:
            found.append(pytest.param(source, level, id=f"{source.stem}.{level}"))
    return found


PARAMS = _params()
_lowered = {}


def _lower(source, level):
    key = (source.stem, level)
    if key not in _lowered:
        path = SAMPLES / f"{source.stem}.{level}.ll"
        _lowered[key] = lower(path.read_text(), path.name)
    return _lowered[key]


def _printed(text):
    out = []
    for line in text.splitlines():
        label, sep, value = line.rpartition(" = ")
        out.append((label, float(value)) if sep else (line, None))
    return out


def _compare(printed, source):
    expected = _expectations(source)
    assert expected, f"{source.name} has no // expect: lines"
    got = _printed(printed)
    assert [label for label, _ in got] == [label for label, _, _ in expected], printed
    for (label, value), (_, reference, rel) in zip(got, expected):
        assert value == pytest.approx(reference, rel=rel, abs=rel * 1e-3), label


def test_sample_inventory():
    """At least 20 reverse-mode and 8 forward-mode programs, each built at -O0, -O1 and -O2."""
    reverse = [s for s in _sources() if not _forward_mode(s)]
    assert len(reverse) >= 20, [s.name for s in reverse]
    forward = [s for s in _sources() if _forward_mode(s)]
    assert len(forward) >= 8, [s.name for s in forward]
    for source in _sources():
        for level in LEVELS:
            assert (SAMPLES / f"{source.stem}.{level}.ll").is_file(), \
                f"{source.stem}.{level}.ll is missing: run python ir_samples/regenerate.py"
        assert _expectations(source), source.name
    assert any(s.suffix == ".cpp" for s in reverse)


@pytest.mark.parametrize("source, level", PARAMS)
def test_lowered_sample_runs_in_the_jit(source, level, capfd):
    # (C++ samples call operator new/delete and libstdc++'s helpers: the JIT finds them)
    out = _lower(source, level)
    llmod = parse_llvm(out, f"{source.stem}.{level}.lowered")     # parses and verifies
    dispose(llmod)
    module = parse(out)
    assert not find_autodiff_calls(module)
    called = "".join(str(i) for f in module.functions for i in f.instructions()
                     if i.opcode == "call")
    assert "__enzyme_autodiff" not in called and "__enzyme_fwddiff" not in called
    compiled = jit.compile(out, name=f"{source.stem}.{level}.lowered")
    main = compiled.function("main")
    capfd.readouterr()
    assert main() == 0
    _compare(capfd.readouterr().out, source)


@pytest.mark.parametrize("source, level", PARAMS)
def test_lowered_sample_links_natively(source, level, tmp_path):
    compiler = CLANGXX if source.suffix == ".cpp" else CLANG
    out = _lower(source, level)
    if compiler is None:
        pytest.skip("clang-22 / clang++-22 not installed: native link not checked")
    ll = tmp_path / f"{source.stem}.{level}.lowered.ll"
    ll.write_text(out)
    exe = tmp_path / source.stem
    subprocess.run([compiler, "-O1", str(ll), "-o", str(exe), "-lm"], check=True,
                   capture_output=True, text=True)
    proc = subprocess.run([str(exe)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    _compare(proc.stdout, source)


# --------------------------------------------------------------------------------------------
# what the lowered module looks like

def test_one_derivative_per_signature():
    out = _lower(SAMPLES / "enzyme_multivar.c", "O2")
    defined = re.findall(r"^define internal .*? @(diffe_[\w.]+)\(", out, re.M)
    assert sorted(defined) == ["diffe_energy", "diffe_energy.2", "diffe_energy.3"]
    # @dsquare and its two copies inlined into main at -O2: three calls, one signature
    out = _lower(SAMPLES / "enzyme_scalar_grad.c", "O2")
    assert len(re.findall(r"^define internal .*@diffe_square\(", out, re.M)) == 1
    assert len(re.findall(r"call .*@diffe_square\(", out)) == 3


def test_markers_are_defined_and_declarations_kept():
    out = _lower(SAMPLES / "enzyme_const_mix.c", "O0")
    assert re.search(r"^@enzyme_dup = weak .*global i32 0", out, re.M)
    assert re.search(r"^@enzyme_out = weak .*global i32 0", out, re.M)
    assert re.search(r"^declare .*@__enzyme_autodiff\(", out, re.M)
    assert not re.search(r"load i32, ptr @enzyme_", out)      # dead marker loads removed


def test_module_without_calls_is_unchanged_but_markers_defined():
    text = """
@enzyme_dup = external global i32
define double @f(double %x) {
  %y = fmul double %x, %x
  ret double %y
}
"""
    out = lower(text)
    assert "@enzyme_dup = weak global i32 0" in out
    assert "define double @f(double %x)" in out


# --------------------------------------------------------------------------------------------
# hand-written call sites

HEADER = """
@enzyme_dup = external global i32
@enzyme_dupnoneed = external global i32
@enzyme_out = external global i32
@enzyme_const = external global i32
@enzyme_width = external global i32
@enzyme_primal_return = external global i32
@fnptr = global ptr @sq

define double @sq(double %x) {
  %y = fmul double %x, %x
  ret double %y
}

define float @sqf(float %x) {
  %y = fmul float %x, %x
  ret float %y
}

define double @sum2(ptr %p, i64 %n) {
  %a = load double, ptr %p
  %q = getelementptr double, ptr %p, i64 1
  %b = load double, ptr %q
  %c = fmul double %a, %b
  ret double %c
}

define x86_fp80 @sqld(x86_fp80 %x) {
  %y = fmul x86_fp80 %x, %x
  ret x86_fp80 %y
}

declare double @ext(double)
declare double @__enzyme_autodiff(ptr, ...)
declare double @__enzyme_autodiff_any(...)
declare { double, double, double } @__enzyme_autodiff3(ptr, ...)
declare i32 @__enzyme_autodiff_int(ptr, ...)
declare double @__enzyme_fwddiff(ptr, ...)
declare { double, double, double } @__enzyme_fwddiff3(ptr, ...)
declare i32 @__enzyme_fwddiff_int(ptr, ...)
declare double @__enzyme_fwdsplit(ptr, ...)
"""


def _caller(call, ret="double"):
    return HEADER + f"""
define {ret} @caller(ptr %p, ptr %dp, ptr %fp) {{
  %dup = load i32, ptr @enzyme_dup
  %out = load i32, ptr @enzyme_out
  %const = load i32, ptr @enzyme_const
  %width = load i32, ptr @enzyme_width
  %primal = load i32, ptr @enzyme_primal_return
  %r = {call}
  ret {ret} %r
}}
"""


def _lowered_caller(call, ret="double"):
    out = lower(_caller(call, ret), "caller.ll")
    return jit.compile(out, name="caller").function("caller")


def test_markers_from_globals_directly_and_ptrtoint():
    # the global itself, and ptrtoint of it, stand for the marker too
    fn = _lowered_caller("call double (ptr, ...) @__enzyme_autodiff(ptr @sum2, ptr @enzyme_dup,"
                         " ptr %p, ptr %dp, i32 ptrtoint (ptr @enzyme_const to i32), i64 2)")
    import ctypes
    p = (ctypes.c_double * 2)(3.0, 5.0)
    dp = (ctypes.c_double * 2)(0.0, 0.0)
    assert fn(ctypes.addressof(p), ctypes.addressof(dp), None) == 0.0   # no active argument
    assert list(dp) == [5.0, 3.0]


def test_float_promoted_through_varargs_and_int_widened():
    fn = _lowered_caller("call double (ptr, ...) @__enzyme_autodiff(ptr @sqf, double 1.5)")
    assert fn(None, None, None) == 3.0
    import ctypes
    p = (ctypes.c_double * 2)(2.0, 7.0)
    dp = (ctypes.c_double * 2)(0.0, 0.0)
    fn = _lowered_caller("call double (ptr, ...) @__enzyme_autodiff(ptr @sum2, i32 %dup, "
                         "ptr %p, ptr %dp, i32 %const, i32 2)")
    fn(ctypes.addressof(p), ctypes.addressof(dp), None)
    assert list(dp) == [7.0, 2.0]


def test_width_one_is_accepted():
    fn = _lowered_caller("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %width, i32 1,"
                         " i32 %out, double 4.0)")
    assert fn(None, None, None) == 8.0


def test_invoke_is_lowered():
    text = HEADER + """
declare i32 @__gxx_personality_v0(...)
define double @caller() personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke double (ptr, ...) @__enzyme_autodiff(ptr @sq, double 3.0)
          to label %ok unwind label %lp
ok:
  ret double %r
lp:
  %l = landingpad { ptr, i32 } cleanup
  ret double 0.0
}
"""
    out = lower(text)
    dispose(parse_llvm(out))
    assert "invoke" not in out and "@diffe_sq(" in out



# --------------------------------------------------------------------------------------------
# forward mode (__enzyme_fwddiff)

def _forward_caller(body, ret="double", extra=""):
    """A @caller(ptr %p, ptr %dp, ptr %fp) whose body ends in `ret {ret} %r`; ``extra`` adds
    functions to the module."""
    text = HEADER + extra + """
declare [2 x double] @__enzyme_fwddiff2(ptr, ...)
declare <2 x double> @__enzyme_fwddiff_v2(ptr, ...)
declare void @__enzyme_fwddiff_void(ptr, ...)

define double @sq2(double %x, double %y) {
  %a = fmul double %x, %x
  %b = fmul double %a, %y
  ret double %b
}

define """ + ret + """ @caller(ptr %p, ptr %dp, ptr %fp) {
  %dup = load i32, ptr @enzyme_dup
  %dupnoneed = load i32, ptr @enzyme_dupnoneed
  %const = load i32, ptr @enzyme_const
  %width = load i32, ptr @enzyme_width
""" + body + """
  ret """ + ret + """ %r
}
"""
    out = lower(text, "caller.ll")
    dispose(parse_llvm(out))
    return out, jit.compile(out, name="caller").function("caller")


def test_forward_scalar_markers_and_defaults():
    # x^2 y at (3, 2): d/dx = 12, d/dy = 9; a float without a marker takes a tangent,
    # enzyme_dup and enzyme_dupnoneed on a float mean the same, enzyme_const gives none
    for args, expected in [("double 3.0, double 1.0, double 2.0, double 0.0", 12.0),
                           ("i32 %dup, double 3.0, double 0.0, i32 %dupnoneed, double 2.0, "
                            "double 1.0", 9.0),
                           ("i32 %const, double 3.0, double 2.0, double 2.0", 18.0)]:
        out, fn = _forward_caller(
            f"  %r = call double (ptr, ...) @__enzyme_fwddiff(ptr @sq2, {args})")
        assert fn(None, None, None) == expected
        assert "@fwddiffe_sq2(" in out


def test_forward_vector_mode_result_types():
    # width 2 into [2 x double], <2 x double> and a struct; the tangents are 6 and 4.5
    body = """
  %t = call [2 x double] (ptr, ...) @__enzyme_fwddiff2(ptr @sq, i32 %width, i32 2,
                                                         double 3.0, double 1.0, double 0.75)
  %t0 = extractvalue [2 x double] %t, 0
  %t1 = extractvalue [2 x double] %t, 1
  %v = call <2 x double> (ptr, ...) @__enzyme_fwddiff_v2(ptr @sq, i32 %width, i32 2,
                                                          double 3.0, double 0.75, double 1.0)
  %v0 = extractelement <2 x double> %v, i32 0
  %v1 = extractelement <2 x double> %v, i32 1
  %a = fmul double %t0, 1000.0
  %b = fmul double %t1, 100.0
  %c = fmul double %v0, 10.0
  %ab = fadd double %a, %b
  %abc = fadd double %ab, %c
  %r = fadd double %abc, %v1
"""
    out, fn = _forward_caller(body)
    assert fn(None, None, None) == 6000.0 + 450.0 + 45.0 + 6.0
    assert len(re.findall(r"^define internal .*@fwddiffe2_sq\(", out, re.M)) == 1


def test_forward_width_anywhere_and_pointer_shadows():
    # Enzyme reads enzyme_width wherever it stands (here after the first marker); a pointer
    # then takes width shadows: sum2 = p[0] * p[1]
    import ctypes
    p = (ctypes.c_double * 2)(3.0, 5.0)
    shadows = (ctypes.c_double * 4)(1.0, 0.0, 0.0, 1.0)
    body = """
  %dp1 = getelementptr double, ptr %dp, i64 2
  %t = call [2 x double] (ptr, ...) @__enzyme_fwddiff2(ptr @sum2, i32 %dup, ptr %p, ptr %dp,
                                                         ptr %dp1, i32 %width, i32 2,
                                                         i32 %const, i32 2)
  %t0 = extractvalue [2 x double] %t, 0
  %t1 = extractvalue [2 x double] %t, 1
  %a = fmul double %t0, 100.0
  %r = fadd double %a, %t1
"""
    _, fn = _forward_caller(body)
    assert fn(ctypes.addressof(p), ctypes.addressof(shadows), None) == 500.0 + 3.0


def test_forward_float_through_varargs_and_long_double():
    # a float parameter called through '...' receives doubles (primal and tangent)
    _, fn = _forward_caller(
        "  %r = call double (ptr, ...) @__enzyme_fwddiff(ptr @sqf, double 1.5, double 2.0)")
    assert fn(None, None, None) == 6.0
    _, fn = _forward_caller("  %r = call double (ptr, ...) @__enzyme_fwddiff(ptr @sqld, "
                            "x86_fp80 0xK4000C000000000000000, x86_fp80 0xK3FFF8000000000000000)")
    assert fn(None, None, None) == 6.0


def test_forward_void_declared_and_no_float_return():
    # the tangent is dropped by a void declaration; a function that returns no float gives
    # zeros to a double declaration; shadows still receive their tangents
    import ctypes
    p = (ctypes.c_double * 2)(3.0, 5.0)
    dp = (ctypes.c_double * 2)(1.0, 2.0)
    body = """
  call void (ptr, ...) @__enzyme_fwddiff_void(ptr @sq, double 3.0, double 1.0)
  %r = call double (ptr, ...) @__enzyme_fwddiff(ptr @scale2, ptr %p, ptr %dp)
"""
    text_fn = """
define void @scale2(ptr %q) {
  %x = load double, ptr %q
  %y = fmul double %x, %x
  store double %y, ptr %q
  ret void
}
"""
    _, fn = _forward_caller(body, extra=text_fn)
    assert fn(ctypes.addressof(p), ctypes.addressof(dp), None) == 0.0
    assert list(p) == [9.0, 5.0] and list(dp) == [6.0, 2.0]


def test_forward_one_derivative_per_signature():
    out = _lower(SAMPLES / "enzyme_fwd_scalar.c", "O2")
    defined = re.findall(r"^define internal .*? @(fwddiffe[\w.]+)\(", out, re.M)
    # g: all three with tangents (twice), two const; scale: enzyme_dupnoneed on a double is
    # the same signature as no marker; pick
    assert sorted(defined) == ["fwddiffe_g", "fwddiffe_g.2", "fwddiffe_pick", "fwddiffe_scale"]


def test_forward_over_reverse_inlines_the_inner_derivative():
    out = _lower(SAMPLES / "enzyme_fwd_hvp.c", "O0")
    assert re.search(r"^define internal .*@fwddiffe_grad_f\(", out, re.M)
    # the inner diffe_f was inlined into grad_f before grad_f was differentiated
    assert "@fwddiffe_grad_f(" in out and "call void @diffe_f(" not in out


# Forward mode drops the tangents of a void call to a defined function it did not inline (a
# recursive one): reported to the lead (the shadow keeps only the outermost level's tangent).
RECURSIVE_VOID = """
define void @powrec(ptr %q, i32 %n) {
entry:
  %c = icmp eq i32 %n, 0
  br i1 %c, label %done, label %rec
rec:
  %x = load double, ptr %q
  %y = fmul double %x, %x
  store double %y, ptr %q
  %m = sub i32 %n, 1
  call void @powrec(ptr %q, i32 %m)
  br label %done
done:
  ret void
}
"""


def test_forward_recursive_void_function():
    import ctypes
    _, fn = _forward_caller("  call void (ptr, ...) @__enzyme_fwddiff_void(ptr @powrec, "
                            "ptr %p, ptr %dp, i32 2)\n  %r = fadd double 0.0, 0.0",
                            extra=RECURSIVE_VOID)
    p, dp = ctypes.c_double(1.5), ctypes.c_double(1.0)
    fn(ctypes.addressof(p), ctypes.addressof(dp), None)
    assert p.value == 1.5 ** 4
    assert dp.value == pytest.approx(4 * 1.5 ** 3)      # bug: 2 * 1.5


BAD_CALLS = [
    # marker usage
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %out)",
     "enzyme_out is the last argument"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %out, i32 %const, double 1.0)",
     "followed by another marker"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %dup, double 1.0, double 0.0)",
     "only pointers have shadows"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sum2, i32 %out, ptr %p, i64 2)",
     "only floats"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sum2, ptr %p, i64 2)",
     "shadow of the duplicated argument 0"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sum2, i32 %dup, ptr %p)",
     "has no shadow"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %width, i32 2, double 1.0)",
     "enzyme_width"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %primal, double 1.0)",
     "enzyme_primal_return is not supported"),
    # counts and types
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, double 1.0, double 2.0)",
     "takes 1 arguments"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sq)", "takes 1 arguments"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @sum2, ptr %p, ptr %dp, double 2.0)",
     "is a i64 but the call passes a double"),
    ("call { double, double, double } (ptr, ...) @__enzyme_autodiff3(ptr @sq, double 1.0)",
     "3 float field(s)"),
    ("call i32 (ptr, ...) @__enzyme_autodiff_int(ptr @sq, double 1.0)", "cannot hold"),
    # the function argument
    ("call double (...) @__enzyme_autodiff_any(i32 %out, double 1.0)",
     "first argument of @__enzyme_autodiff_any must be the function"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr %fp, double 1.0)",
     "must be the function to differentiate"),
    ("call double (ptr, ...) @__enzyme_autodiff(ptr @ext, double 1.0)", "only declared"),
    # forward mode
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, i32 %out, double 1.0)",
     "enzyme_out is a reverse-mode marker"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, double 1.0)", "has no tangent argument"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, double 1.0, ptr %p)",
     "the tangent of the duplicated argument 0 of @sq is a ptr, not a double"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sum2, ptr %p, ptr %dp, i32 %dup, i64 2, "
     "i64 1)", "only pointers (shadows) and floats (tangents)"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, i32 %width, i32 2, double 1.0, "
     "double 1.0)", "has no tangent 2 of 2"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sum2, i32 %width, i32 2, ptr %p, ptr %dp, "
     "i64 2)", "the shadow 2 of 2 of the duplicated argument 0 of @sum2 is a i64"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, i32 %width, i32 0, double 1.0)",
     "at least 1, but it is followed by the constant 0"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, i32 %width, i32 ptrtoint (ptr @sq to "
     "i32), double 1.0, double 1.0)", "not a constant integer"),
    ("call double (ptr, ...) @__enzyme_fwddiff(ptr @sq, i32 %width, i32 1, i32 %width, i32 1, "
     "double 1.0, double 1.0)", "enzyme_width is given twice"),
    ("call { double, double, double } (ptr, ...) @__enzyme_fwddiff3(ptr @sq, i32 %width, "
     "i32 2, double 1.0, double 1.0, double 0.0)", "has 2 float value(s) (width 2)"),
    ("call i32 (ptr, ...) @__enzyme_fwddiff_int(ptr @sq, double 1.0, double 1.0)",
     "cannot hold the tangent of the return value"),
    ("call double (ptr, ...) @__enzyme_fwdsplit(ptr @sq, double 1.0, double 1.0)",
     "(__enzyme_fwdsplit) is not supported by enzpy"),
]


@pytest.mark.parametrize("call, message", BAD_CALLS, ids=[m for _, m in BAD_CALLS])
def test_bad_calls_are_clear_errors(call, message):
    ret = "i32" if "i32 (ptr" in call else \
        "{ double, double, double }" if "{ double, double, double } (ptr" in call else "double"
    with pytest.raises(EnzpyError) as info:
        lower(_caller(call, ret), "caller.ll")
    text = str(info.value)
    assert message in text
    assert text.startswith("caller.ll: in @caller: ")
    assert "@__enzyme_" in text and "; fix: " in text      # the call's text and the fix
    assert "\n" not in text


def test_error_names_the_source_line_from_debug_info():
    text = (SAMPLES / "enzyme_dup_array.O0g.ll").read_text()
    broken = text.replace(", ptr noundef %12, i32 noundef 3)", ", ptr noundef %12)")
    assert broken != text
    with pytest.raises(EnzpyError) as info:
        lower(broken, "enzyme_dup_array.O0g.ll")
    assert re.search(r"in @main \(line \d+:\d+ of enzyme_dup_array\.c\)", str(info.value))
    assert "takes 3 arguments" in str(info.value)


# --------------------------------------------------------------------------------------------
# the command line

def test_cli_lower_writes_a_module(tmp_path, capsys):
    out = tmp_path / "out.ll"
    source = SAMPLES / "enzyme_struct_return.O1.ll"
    assert cli_main(["lower", str(source), "-o", str(out)]) == 0
    assert "@diffe_rosenbrock(" in out.read_text()
    assert cli_main(["lower", str(source)]) == 0
    assert "@diffe_rosenbrock(" in capsys.readouterr().out


def test_cli_lower_error_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.ll"
    bad.write_text(_caller("call double (ptr, ...) @__enzyme_autodiff(ptr @sq, i32 %out)"))
    out = tmp_path / "out.ll"
    assert cli_main(["lower", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("enzpy: error: ") and err.count("\n") == 1
    assert "enzyme_out is the last argument" in err
    assert not out.exists()
    bad.write_text("define double @f(double %x) {\n  ret i32 0\n}\n")
    assert cli_main(["lower", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("enzpy: error: ") and err.count("\n") == 1


# --------------------------------------------------------------------------------------------
# known reverse-mode limits met through this interface

def test_long_double():
    fn = _lowered_caller("call double (ptr, ...) @__enzyme_autodiff(ptr @sqld, "
                         "x86_fp80 0xK4000C000000000000000)")
    assert fn(None, None, None) == 6.0


# --------------------------------------------------------------------------------------------
# docs/enzyme_abi.md: its Python blocks and its C example run

DOC = Path(__file__).resolve().parent.parent / "docs" / "enzyme_abi.md"


def _fenced(lang):
    blocks, current = [], None
    for line in DOC.read_text().splitlines():
        if current is None and line.strip() == f"```{lang}":
            current = []
        elif current is not None and line.strip() == "```":
            blocks.append("\n".join(current) + "\n")
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def test_doc_python_examples_run(monkeypatch, capfd):
    monkeypatch.chdir(DOC.parent.parent)
    namespace = {}
    for code in _fenced("python"):
        exec(compile(code, str(DOC), "exec"), namespace)
    assert _fenced("c") and _fenced("sh")


def test_doc_shell_example_runs(tmp_path, monkeypatch):
    if CLANG is None:
        pytest.skip("clang-22 not installed")
    (tmp_path / "example.c").write_text(_fenced("c")[0])
    script = _fenced("sh")[0]
    commands = [c for c in (line.split("#")[0].strip() for line in script.splitlines()) if c]
    expected = [line[2:].strip() for line in script.splitlines() if line.startswith("# ")]
    monkeypatch.chdir(tmp_path)
    for command in commands:
        argv = command.split()
        if argv[0] == "enzpy":
            assert cli_main(argv[1:]) == 0
        else:
            proc = subprocess.run(argv, capture_output=True, text=True)
            assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == expected[-1]
