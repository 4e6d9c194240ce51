"""The ``enzpy`` command: in-process, as ``python -m enzpy.cli`` and as the console script."""

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import enzpy
from enzpy.cli import main
from enzpy.ir import parse

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "ir_samples/c/gmm_objective.O2.ll"
MALFORMED = sorted((ROOT / "ir_samples" / "malformed").glob("*.ll"))


def run(argv, capsys):
    """(exit status, stdout, stderr) of ``enzpy.cli.main(argv)``; argparse's exits included."""
    try:
        status = main(argv)
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def run_process(argv, stdin=None, executable=None):
    """Run the command in a subprocess from the repository root."""
    command = [executable] if executable else [sys.executable, "-m", "enzpy.cli"]
    return subprocess.run(command + argv, input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def expected_rows(text):
    """The function rows ``enzpy info`` prints, computed from enzpy.ir directly."""
    module = parse(text)
    rows = []
    for fn in module.functions:
        params = ", ".join(str(t) for t in fn.function_type.params)
        if fn.function_type.vararg:
            params += ", ..." if params else "..."
        signature = f"@{fn.name}({params}) -> {fn.return_type}"
        if fn.is_declaration:
            rows.append(("declare", signature, None))
        else:
            count = sum(len(block.instructions) for block in fn.blocks)
            blocks = len(fn.blocks)
            size = (f"{blocks} block{'s' * (blocks != 1)}, "
                    f"{count} instruction{'s' * (count != 1)}")
            rows.append(("define", signature, size))
    return module, rows


def check_info_output(out, source, text):
    module, rows = expected_rows(text)
    lines = out.splitlines()
    assert lines[0] == (f"{source}: {len(module.functions)} functions, "
                        f"{len(module.globals)} globals")
    assert len(lines) == 1 + len(rows)
    for line, (kind, signature, size) in zip(lines[1:], rows):
        assert line.startswith(f"  {kind:7} {signature}"), line
        if size is None:
            assert line == f"  {kind:7} {signature}"
        else:
            assert line.endswith(f"  {size}"), line


@pytest.fixture(autouse=True)
def _repository_root(monkeypatch):
    monkeypatch.chdir(ROOT)


# --------------------------------------------------------------------------------------------
# enzpy info

def test_info_in_process(capsys):
    status, out, err = run(["info", SAMPLE], capsys)
    assert status == 0 and err == ""
    check_info_output(out, SAMPLE, (ROOT / SAMPLE).read_text())
    assert "  define  @gmm_objective(i32, i32, i32, ptr, ptr, ptr, ptr) -> double" in out
    assert "  declare @printf(ptr, ...) -> i32" in out.splitlines()


def test_info_through_python_m(capsys):
    main(["info", SAMPLE])
    in_process = capsys.readouterr().out
    proc = run_process(["info", SAMPLE])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == in_process and proc.stderr == ""


@pytest.mark.skipif(shutil.which("enzpy") is None, reason="the enzpy console script is not "
                    "installed (pip install -e .)")
def test_info_through_console_script(capsys):
    main(["info", SAMPLE])
    in_process = capsys.readouterr().out
    proc = run_process(["info", SAMPLE], executable=shutil.which("enzpy"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == in_process and proc.stderr == ""
    version = run_process(["--version"], executable=shutil.which("enzpy"))
    assert version.returncode == 0 and version.stdout.startswith("enzpy ")


def test_info_reads_standard_input(capsys, monkeypatch):
    text = (ROOT / "ir_samples" / "c" / "dot_norm.O2.ll").read_text()
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    status, out, err = run(["info", "-"], capsys)
    assert status == 0 and err == ""
    check_info_output(out, "<stdin>", text)


def test_info_reads_standard_input_in_a_process():
    text = (ROOT / "ir_samples" / "c" / "scalar_poly.O0.ll").read_text()
    proc = run_process(["info", "-"], stdin=text)
    assert proc.returncode == 0, proc.stderr
    check_info_output(proc.stdout, "<stdin>", text)


def test_info_on_typed_pointer_input(capsys, tmp_path):
    """Old syntax is upgraded by LLVM before enzpy reads it."""
    path = tmp_path / "old.ll"
    path.write_text("define double @first(double* %p) {\n  %v = load double, double* %p\n"
                    "  ret double %v\n}\n")
    status, out, err = run(["info", str(path)], capsys)
    assert status == 0 and err == ""
    assert out.splitlines()[1] == "  define  @first(ptr) -> double  1 block, 2 instructions"


def test_info_on_a_module_without_functions(capsys, tmp_path):
    path = tmp_path / "empty.ll"
    path.write_text("@g = global i32 1\n")
    status, out, err = run(["info", str(path)], capsys)
    assert (status, out, err) == (0, f"{path}: 0 functions, 1 globals\n", "")


# --------------------------------------------------------------------------------------------
# errors

def error_lines(err):
    return [line for line in err.splitlines() if line.startswith("enzpy: error:")]


def test_malformed_file_is_one_error_naming_file_line_column(capsys):
    path = "ir_samples/malformed/p02_missing_comma.ll"
    status, out, err = run(["info", path], capsys)
    assert status == 1 and out == ""
    (first,) = error_lines(err)
    assert err.startswith(first)
    assert first == f"enzpy: error: {path}:5:19: expected ',' in arithmetic operation"
    assert "Traceback" not in err
    # the offending line and a caret under column 19 follow, indented
    rest = err.splitlines()[1:]
    assert rest[0].strip() == "%r = add i32 %x 1"
    assert rest[1].index("^") == rest[0].index("%r") + len("%r = add i32 %x ")


@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.name)
def test_every_malformed_sample_exits_1_at_its_line(path, capsys):
    expect_line = int(path.read_text().splitlines()[0].removeprefix("; expect-line: "))
    relative = str(path.relative_to(ROOT))
    status, out, err = run(["info", relative], capsys)
    assert status == 1 and out == ""
    (first,) = error_lines(err)
    assert err.startswith(first) and "Traceback" not in err
    if path.name.startswith("p"):       # parse errors: file:line:column
        assert re.match(rf"enzpy: error: {re.escape(relative)}:{expect_line}:\d+: \S", first), \
            first
    else:                               # verifier errors: file:line
        assert first.startswith(f"enzpy: error: {relative}:{expect_line}: LLVM's verifier "
                                "rejects the module"), first


def test_malformed_file_in_a_process():
    path = "ir_samples/malformed/p04_undefined_value.ll"
    proc = run_process(["info", path])
    assert proc.returncode == 1 and proc.stdout == ""
    (first,) = error_lines(proc.stderr)
    assert re.match(rf"enzpy: error: {re.escape(path)}:\d+:\d+: ", first)
    assert "Traceback" not in proc.stderr


def test_malformed_standard_input_names_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("define i32 @f() {\n  ret i32 %nope\n}\n"))
    status, out, err = run(["info", "-"], capsys)
    assert status == 1 and out == ""
    (first,) = error_lines(err)
    assert first.startswith("enzpy: error: <stdin>:2:")


def test_missing_file(capsys):
    status, out, err = run(["info", "no/such/file.ll"], capsys)
    assert status == 1 and out == ""
    assert err == "enzpy: error: cannot read no/such/file.ll: No such file or directory\n"


def test_missing_file_in_a_process():
    proc = run_process(["info", "no_such_file.ll"])
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "enzpy: error: cannot read no_such_file.ll: No such file or directory\n"


def test_directory_instead_of_file(capsys):
    status, out, err = run(["info", "ir_samples"], capsys)
    assert status == 1 and out == ""
    assert err.startswith("enzpy: error: cannot read ir_samples: ") and err.count("\n") == 1


# --------------------------------------------------------------------------------------------
# --version and usage

def test_version(capsys):
    status, out, err = run(["--version"], capsys)
    assert status == 0 and err == ""
    assert out == f"enzpy {enzpy.__version__}\n"


def test_version_in_a_process():
    proc = run_process(["--version"])
    assert proc.returncode == 0
    assert proc.stdout == f"enzpy {enzpy.__version__}\n"


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["info"]], ids=["none", "unknown", "no-file"])
def test_usage_errors_exit_2(argv, capsys):
    status, out, err = run(argv, capsys)
    assert status == 2 and out == ""
    assert err.startswith("usage: enzpy") and "error:" in err


def test_rules_lists_every_row_of_the_table(capsys):
    from enzpy.rules import RULES
    code, out, _ = run(["rules"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(RULES)
    rows = {line.split()[0]: line for line in lines}
    assert "instruction fdiv" in rows["fdiv"] and rows["fdiv"].endswith("(float, float)")
    assert "sin sinf sinl" in rows["sin"] and "llvm.sin.*" in rows["sin"]
    assert rows["powi"].endswith("(float, int)")
    assert rows["floor"].endswith("(zero)")


def test_rules_filters_by_name_and_reports_no_match(capsys):
    code, out, _ = run(["rules", "pow"], capsys)
    assert code == 0 and {line.split()[0] for line in out.splitlines()} == {"pow", "powi"}
    code, out, _ = run(["rules", "gamma"], capsys)
    assert code == 0 and {line.split()[0] for line in out.splitlines()} == {"lgamma", "tgamma"}
    assert "numba_gamma numba_gammaf" in out
    code, _, err = run(["rules", "nextafter"], capsys)
    assert code == 1 and "no row of the rule table matches 'nextafter'" in err
