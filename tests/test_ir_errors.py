"""Malformed input gives IRParseError with the right line, and never takes the process down."""

import pathlib
import re
import subprocess
import sys

import pytest

from enzpy.errors import IRParseError, VerifyError
from enzpy.ir import parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
MALFORMED = sorted((ROOT / "ir_samples" / "malformed").glob("*.ll"))


def expected_line(path):
    return int(re.match(r"; expect-line: (\d+)", path.read_text()).group(1))


def test_corpus_is_large():
    assert len(MALFORMED) >= 20
    assert sum(p.name.startswith("v") for p in MALFORMED) >= 6


@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.name)
def test_malformed_reports_line(path):
    with pytest.raises(IRParseError) as info:
        parse(path.read_text(), source=path.name)
    error = info.value
    assert error.line == expected_line(path), str(error)
    assert error.line_text is not None
    assert path.name in str(error)
    if path.name.startswith("v"):
        assert isinstance(error, VerifyError)


def test_process_survives_every_malformed_file():
    """All of the corpus in one child process: it must finish and report each error."""
    code = (
        "import sys, pathlib\n"
        "from enzpy.ir import parse\n"
        "from enzpy.errors import IRParseError\n"
        "n = 0\n"
        "for p in sys.argv[1:]:\n"
        "    try:\n"
        "        parse(pathlib.Path(p).read_text())\n"
        "    except IRParseError:\n"
        "        n += 1\n"
        "print(n)\n")
    result = subprocess.run([sys.executable, "-c", code, *map(str, MALFORMED)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(MALFORMED)


@pytest.mark.parametrize("text", [
    "", "define", "define i32 @f( {", "\x00", "@g = global i32 1\n@g = global i32 2",
    "define void @f() {\n  ret void\n", "declare void @f(...", "}",
])
def test_garbage_never_crashes(text):
    try:
        parse(text)
    except IRParseError as error:
        assert error.reason
