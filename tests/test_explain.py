"""``enzpy explain``: the report, the --arg-types syntax, the CLI and its errors, --dot, and the
Numba entry point."""

import pathlib
import textwrap

import numpy as np
import numba
import pytest

from enzpy.analysis.activity import ArgActivity
from enzpy.analysis.typetree import TypeTree
from enzpy.cli import main
from enzpy.errors import ActivityError, EnzpyError, TypeAnalysisError
from enzpy.explain import (Explanation, explain_function, explain_module, explain_numba,
                           parse_activities, parse_arg_types, write_dot)
from enzpy.ir import parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "ir_samples"
LAYOUT = ('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-'
          'f80:128-n8:16:32:64-S128"\n')
AXPY = LAYOUT + '''
define void @axpy(ptr %y, ptr %x, double %a, i32 %n) {
entry:
  %wide = sext i32 %n to i64
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %xp = getelementptr inbounds double, ptr %x, i64 %i
  %xv = load double, ptr %xp, align 8
  %yp = getelementptr inbounds double, ptr %y, i64 %i
  %yv = load double, ptr %yp, align 8
  %r = call double @llvm.fmuladd.f64(double %a, double %xv, double %yv)
  store double %r, ptr %yp, align 8
  %i.next = add nuw nsw i64 %i, 1
  %done = icmp eq i64 %i.next, %wide
  br i1 %done, label %exit, label %loop

exit:
  ret void
}

declare double @llvm.fmuladd.f64(double, double, double)
'''


def test_report():
    """The whole report of a small function, with the default activities."""
    assert explain_module(parse(AXPY), "axpy") == textwrap.dedent('''\
        @axpy(ptr %y, ptr %x, double %a, i32 %n) -> void
          return void: none (void)
          arg %y  ptr     dup     shadow  {[-1]:Pointer, [-1,-1]:Float@double}
          arg %x  ptr     dup     shadow  {[-1]:Pointer, [-1,-1]:Float@double}
          arg %a  double  active          {[-1]:Float@double}
          arg %n  i32     const           {[-1]:Integer}
          shadows needed for: %y, %x
          13 instructions: 4 active, 2 shadow, 7 inactive
          (active: needs derivative code; shadow: a pointer whose shadow the derivative mirrors)

        entry:
                  %wide = sext i32 %n to i64                                        {[-1]:Integer}
                  br label %loop

        loop:
                  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]                    {[-1]:Integer}
          shadow  %xp = getelementptr inbounds double, ptr %x, i64 %i               {[-1]:Pointer, [-1,-1]:Float@double}
          active  %xv = load double, ptr %xp, align 8                               {[-1]:Float@double}
          shadow  %yp = getelementptr inbounds double, ptr %y, i64 %i               {[-1]:Pointer, [-1,-1]:Float@double}
          active  %yv = load double, ptr %yp, align 8                               {[-1]:Float@double}
          active  %r = call double @llvm.fmuladd.f64(double %a, double %xv, dou...  {[-1]:Float@double}
          active  store double %r, ptr %yp, align 8
                  %i.next = add nuw nsw i64 %i, 1                                   {[-1]:Integer}
                  %done = icmp eq i64 %i.next, %wide                                {[-1]:Integer}
                  br i1 %done, label %exit, label %loop

        exit:
                  ret void
        ''')


def test_report_with_const_argument():
    """x const: its loads are inactive and it needs no shadow."""
    text = explain_module(parse(AXPY), "axpy", "dup,const,active,const")
    assert "  arg %x  ptr     const           {[-1]:Pointer, [-1,-1]:Float@double}" in text
    assert "shadows needed for: %y\n" in text
    assert "          %xv = load double, ptr %xp, align 8" in text


def test_long_trees_are_shortened():
    text = explain_module(parse((SAMPLES / "c" / "tree_sum.O2.ll").read_text()), "tree_sum")
    line = next(l for l in text.splitlines() if l.startswith("  arg %0"))
    assert "...} (22 entries, " in line and len(line) < 160


# ------------------------------------------------------------------------------------------
# --arg-types

def _fn(ir=AXPY, name="axpy"):
    return parse(ir).get_function(name)


@pytest.mark.parametrize("spec,expected", [
    ("0=ptr:double", {0: "{[-1]:Pointer, [-1,-1]:Float@double}"}),
    ("x=ptr:float; %n=int", {1: "{[-1]:Pointer, [-1,-1]:Float@float}", 3: "{[-1]:Integer}"}),
    ("1=ptr:ptr:double", {1: "{[-1]:Pointer, [-1,-1]:Pointer, [-1,-1,-1]:Float@double}"}),
    ("y={[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Integer}, a=double",
     {0: "{[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Integer}", 2: "{[-1]:Float@double}"}),
    ("0=ptr:{[0]:Float@double,[8]:Integer}",
     {0: "{[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Integer}"}),
    ("0=ptr, 0=ptr:x86_fp80", {0: "{[-1]:Pointer, [-1,-1]:Float@x86_fp80}"}),
    ("", {}),
])
def test_arg_types_syntax(spec, expected):
    parsed = parse_arg_types(spec, _fn())
    assert {k: str(v) for k, v in parsed.items()} == expected


def test_arg_types_from_a_dict():
    parsed = parse_arg_types({"x": "ptr:double", 3: TypeTree.parse("{[-1]:Integer}")}, _fn())
    assert {k: str(v) for k, v in parsed.items()} == {
        1: "{[-1]:Pointer, [-1,-1]:Float@double}", 3: "{[-1]:Integer}"}


@pytest.mark.parametrize("spec,message", [
    ("0:ptr", "write ARG=TYPE"),
    ("0=ptr:quad", "unknown type 'quad'"),
    ("9=double", "has 4 arguments (positions 0 to 3)"),
    ("z=double", "has no argument 'z' (its arguments: %y, %x, %a, %n)"),
    ("0={[-1]:Pointer", "written in braces"),
    ("0={[-1]:Pointer, [-1,-1]:Float@double}, 0=ptr:float", "both"),
])
def test_arg_types_errors(spec, message):
    with pytest.raises(TypeAnalysisError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_arg_types(spec, _fn())


def test_activities():
    fn = _fn()
    assert parse_activities(None, fn) == [ArgActivity.DUP, ArgActivity.DUP,
                                          ArgActivity.ACTIVE, ArgActivity.CONST]
    assert parse_activities("dupnoneed, const,enzyme_out,const", fn)[0] is \
        ArgActivity.DUP_NONEED
    with pytest.raises(ActivityError, match="takes 4 arguments"):
        parse_activities("dup,dup", fn)
    with pytest.raises(ActivityError, match="unknown activity 'maybe'"):
        parse_activities("dup,dup,maybe,const", fn)


# ------------------------------------------------------------------------------------------
# The command line

def _sample_functions():
    out = []
    for path in sorted((SAMPLES / "c").glob("*.ll")) + sorted((SAMPLES / "numba").glob("*.ll")):
        module = parse(path.read_text(), path.name)
        out.append((path, module, [f.name for f in module.functions if not f.is_declaration]))
    return out


def test_explain_every_sample_function():
    """The report works on every defined function of ir_samples (Python API)."""
    count = 0
    for path, module, names in _sample_functions():
        for name in names:
            text = explain_module(module, name)
            assert text.startswith(f"@{name}(") and "instructions:" in text, path.name
            count += 1
    assert count > 150


@pytest.mark.parametrize("sample,fn", [
    ("c/dot_norm.O0.ll", "cosine"), ("c/particles_struct.O2.ll", None),
    ("c/malloc_temp.O2.ll", "smooth_energy"), ("c/gmm_objective.O0g.ll", "gmm_objective"),
    ("c/enzyme_dup_array.O2.ll", "main"), ("numba/numpy_ops.clean.ll", None),
    ("numba/calls_njit.raw.ll", None), ("c/struct_mixed.O0.ll", None),
])
def test_cli_explain(sample, fn, capsys):
    path = SAMPLES / sample
    module = parse(path.read_text())
    names = [f.name for f in module.functions if not f.is_declaration]
    fn = fn or names[0]
    assert main(["explain", str(path), "--fn", fn]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"@{fn}(") and err == ""


def test_cli_only_function_needs_no_fn(tmp_path, capsys):
    path = tmp_path / "axpy.ll"
    path.write_text(AXPY)
    assert main(["explain", str(path), "--args", "dup,dup,active,const",
                 "--arg-types", "1=ptr:double", "--ret", "const"]) == 0
    assert capsys.readouterr().out == explain_module(parse(AXPY), None, "dup,dup,active,const",
                                                     "1=ptr:double", False)


@pytest.mark.parametrize("argv,message", [
    (["--fn", "nope"], "the module has no function @nope; defined functions: dot, norm2, "
                       "cosine, main"),
    ([], "the module defines 4 functions; pick one with --fn NAME (candidates: dot, norm2, "
         "cosine, main)"),
    (["--fn", "dot", "--args", "dup,dup"], "bad --args: @dot takes 3 arguments (ptr, ptr, "
                                           "i32), 2 activities given"),
    (["--fn", "dot", "--args", "dup,dup,sometimes"], "bad --args: unknown activity "
                                                     "'sometimes': use const, active, dup or "
                                                     "dupnoneed"),
    (["--fn", "dot", "--arg-types", "0=ptr:dbl"], "bad --arg-types item '0=ptr:dbl': unknown "
                                                  "type 'dbl'"),
    (["--fn", "dot", "--arg-types", "0"], "bad --arg-types item '0': write ARG=TYPE, e.g. "
                                          "0=ptr:double"),
    (["--fn", "dot", "--args", "active,dup,const"], "@dot: argument %0 (ptr) is a pointer, "
                                                    "so it cannot be active"),
])
def test_cli_errors_are_one_line(argv, message, capsys):
    path = SAMPLES / "c" / "dot_norm.O2.ll"
    assert main(["explain", str(path)] + argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("enzpy: error: ") and message in err


def test_cli_missing_file(capsys):
    assert main(["explain", "/nonexistent/x.ll"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("enzpy: error: cannot read /nonexistent/x.ll") and \
        len(err.splitlines()) == 1


def test_cli_type_error_names_the_instruction(capsys):
    path = ROOT / "tests" / "analysis_cases" / "cases.O2.ll"
    assert main(["explain", str(path), "--fn", "copy_pair"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == ("enzpy: error: type analysis of @copy_pair: cannot decide "
                                   "whether the i64 %3 holds a float, an integer or a pointer:")
    assert "%3 = load i64, ptr %1, align 4" in err and "Traceback" not in err
    assert main(["explain", str(path), "--fn", "copy_pair",
                 "--arg-types", "0=ptr:float,1=ptr:float"]) == 0


# ------------------------------------------------------------------------------------------
# --dot

def test_dot_output(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("enzpy.explain.shutil.which", lambda name: None)
    path = tmp_path / "axpy.ll"
    path.write_text(AXPY)
    dot = tmp_path / "cfg.dot"
    assert main(["explain", str(path), "--dot", str(dot)]) == 0
    assert capsys.readouterr().out.endswith(f"wrote {dot}\n")
    text = dot.read_text()
    assert text.startswith('digraph "axpy" {')
    assert text.count("[label=<") == 3 and "b0 -> b1;" in text and "b1 -> b2;" in text
    assert "b1 -> b1;" in text
    assert '<td align="left" bgcolor="#f4b6b6">store double %r, ptr %yp, align 8</td>' in text
    assert '<td align="left" bgcolor="#c6dbf4">%xp = getelementptr' in text
    assert "&gt;" not in text or "&lt;" in text
    assert not (tmp_path / "cfg.svg").exists()


def test_dot_runs_graphviz_when_installed(tmp_path, monkeypatch):
    """With a `dot` on PATH the SVG is written next to the .dot file (a stand-in script
    here, so the test does not depend on Graphviz)."""
    fake = tmp_path / "dot"
    fake.write_text("#!/bin/sh\n# dot -Tsvg IN -o OUT\necho '<svg/>' > \"$4\"\n")
    fake.chmod(0o755)
    monkeypatch.setattr("enzpy.explain.shutil.which", lambda name: str(fake))
    explanation = explain_function(parse(AXPY).get_function("axpy"))
    written = write_dot(explanation, str(tmp_path / "out.dot"))
    assert written == [str(tmp_path / "out.dot"), str(tmp_path / "out.svg")]
    assert (tmp_path / "out.svg").read_text() == "<svg/>\n"


def test_dot_write_error(tmp_path):
    explanation = explain_function(parse(AXPY).get_function("axpy"))
    with pytest.raises(EnzpyError, match="cannot write"):
        write_dot(explanation, str(tmp_path / "missing" / "out.dot"))


def test_explanation_object():
    explanation = Explanation(_fn(), parse_activities(None, _fn()), {})
    marks = [explanation.mark(i) for i in explanation.fn.instructions()]
    assert marks.count("active") == 4 and marks.count("shadow") == 2


# ------------------------------------------------------------------------------------------
# Numba

@numba.njit
def _weighted_square_sum(a, w):
    s = 0.0
    for i in range(a.shape[0]):
        s += w * a[i] * a[i]
    return s


def test_explain_numba_defaults():
    text = explain_numba(_weighted_square_sum, (np.ones(3), 2.0))
    lines = text.splitlines()
    assert lines[0].startswith("_weighted_square_sum (")
    assert "Python arguments: a: array(float64, 1d, C), w: float64; returns float64" in lines[1]
    data = next(l for l in lines if l.endswith("(a.data)"))
    assert "dup        shadow  {[-1]:Pointer, [-1,-1]:Float@double}" in data
    meminfo = next(l for l in lines if l.endswith("(a.meminfo)"))
    assert " const " in meminfo and "[-1,24,-1]:Float@double" in meminfo
    assert all(" const " in l for l in lines if l.endswith(("(a.shape[0])", "(a.parent)",
                                                            "(excinfo)")))
    assert " active " in next(l for l in lines if l.endswith("(w)"))
    assert "shadows needed for: %retptr, %arg.a.4" in text
    assert any(l.startswith("  active  %") and "load double" in l for l in lines)


def test_explain_numba_float32_and_activities():
    text = explain_numba(_weighted_square_sum, (np.ones(3, dtype=np.float32), 2.0),
                         ["const", "active"])
    data = next(l for l in text.splitlines() if l.endswith("(a.data)"))
    assert " const " in data and "Float@float" in data
    assert not any(l.startswith("  active") and "load float" in l for l in text.splitlines())
    with pytest.raises(ActivityError, match="is an array: pass it as dup"):
        explain_numba(_weighted_square_sum, (np.ones(3), 2.0), ["active", "active"])
    with pytest.raises(ActivityError, match="takes 2 arguments, 1 activities given"):
        explain_numba(_weighted_square_sum, (np.ones(3), 2.0), ["dup"])


# ------------------------------------------------------------------------------------------
# docs/analysis.md

def test_docs_examples_run(monkeypatch):
    """The ```python blocks of docs/analysis.md run in order in one namespace, and its
    explain example is the real output."""
    path = ROOT / "docs" / "analysis.md"
    text = path.read_text()
    blocks, current, start = [], None, 0
    for number, line in enumerate(text.splitlines(), 1):
        if current is None and line.strip() == "```python":
            current, start = [], number + 1
        elif current is not None and line.strip() == "```":
            blocks.append((start, "\n".join(current) + "\n"))
            current = None
        elif current is not None:
            current.append(line)
    assert len(blocks) >= 3
    monkeypatch.chdir(ROOT)
    namespace = {"__name__": "docs_analysis"}
    for start, code in blocks:
        exec(compile("\n" * (start - 1) + code, str(path), "exec"), namespace)
    shown = text.split("$ enzpy explain ir_samples/c/dot_norm.O2.ll --fn dot\n", 1)[1]
    shown = shown.split("```", 1)[0]
    module = parse((SAMPLES / "c" / "dot_norm.O2.ll").read_text())
    assert shown == explain_module(module, "dot")
