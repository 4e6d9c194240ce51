"""Every module enzpy reads prints back exactly as LLVM prints it, and LLVM reads the output."""

import pathlib

import pytest

from enzpy.canonical import canonicalize, parse_llvm
from enzpy.ir import parse, parse_canonical

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE_FILES = sorted(p for p in (ROOT / "ir_samples").rglob("*.ll")
                      if "malformed" not in p.parts)
CASE_FILES = sorted((ROOT / "tests" / "ir_cases").glob("*.ll"))


def test_sample_corpus_is_large():
    assert len([p for p in SAMPLE_FILES if "/c/" in str(p)]) >= 50
    assert len([p for p in SAMPLE_FILES if "/numba/" in str(p)]) >= 20


@pytest.mark.parametrize("path", SAMPLE_FILES + CASE_FILES,
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_round_trip(path):
    canonical = canonicalize(path.read_text())
    printed = str(parse_canonical(canonical))
    assert printed == canonical
    assert str(parse_llvm(printed)) == canonical


def test_parse_canonicalises_typed_pointers():
    old = """
define double @f(double* %p, i32 %n) {
entry:
  %q = getelementptr double, double* %p, i32 %n
  %v = load double, double* %q
  ret double %v
}
"""
    module = parse(old)
    fn = module.get_function("f")
    assert str(fn.function_type) == "double (ptr, i32)"
    assert "double*" not in str(module)
