#!/usr/bin/env python3
"""Regenerate the LLVM IR samples from the C sources (needs clang-22).

Run from the repository root:

    python ir_samples/regenerate.py

For every ``ir_samples/c/NAME.c`` (and every ``enzyme_*.cpp``, compiled with clang++-22) this
writes

* ``NAME.O0.ll``  -- ``clang-22 -O0 -S -emit-llvm``
* ``NAME.O1.ll``  -- ``-O1`` with the same -fno-* flags as -O2 (only for the ``enzyme_*``
  programs, whose lowering is tested at -O0, -O1 and -O2)
* ``NAME.O2.ll``  -- ``clang-22 -O2 -fno-vectorize -fno-slp-vectorize -fno-unroll-loops -S -emit-llvm``
* ``NAME.O0g.ll`` -- ``-O0 -g`` (only for the programs in ``DEBUG_SAMPLES``)
* ``NAME.expected`` -- stdout of the natively compiled program (-O2 -ffp-contract=off, -lm), for every program
  that is not an ``enzyme_*`` one (those call ``__enzyme_autodiff`` and cannot be linked
  without Enzyme; their expected output is in ``// expect:`` comments at the top of the file).

A source may ask for extra clang flags (added everywhere) with ``// clang-flags: ...`` lines,
e.g. ``// clang-flags: -ffast-math``.

``python ir_samples/regenerate.py 'enzyme_*'`` regenerates only the programs whose name (without
the extension) matches one of the given shell patterns (and skips the Numba samples).

Then every generated ``.ll`` is parsed and verified with llvmlite (if it is importable), and
``ir_samples/numba/generate.py`` is run with the same interpreter if that file exists.

clang runs inside ``ir_samples/c`` on the bare file name, and ``-fdebug-prefix-map`` maps that
directory to ``.``, so the output does not depend on where the repository is checked out.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CLANG = os.environ.get("CLANG", "clang-22")
CLANGXX = os.environ.get("CLANGXX", "clang++-22")
HERE = Path(__file__).resolve().parent
C_DIR = HERE / "c"
NUMBA_GENERATOR = HERE / "numba" / "generate.py"

# Programs that also get an -O0 -g variant, so debug records (#dbg_value / #dbg_declare) and
# !dbg metadata are exercised.
DEBUG_SAMPLES = ("gmm_objective", "particles_struct", "enzyme_dup_array")

COMMON = ["-S", "-emit-llvm"]
O0 = ["-O0"]
O2 = ["-O2", "-fno-vectorize", "-fno-slp-vectorize", "-fno-unroll-loops"]
O1 = ["-O1", "-fno-vectorize", "-fno-slp-vectorize", "-fno-unroll-loops"]


def run(cmd: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(f"command failed ({proc.returncode}): {' '.join(cmd)}\n")
        sys.stderr.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        raise SystemExit(1)
    if proc.stderr.strip():
        sys.stderr.write(proc.stderr)
    return proc


def source_flags(source: Path) -> list[str]:
    """Extra clang flags a source asks for with ``// clang-flags: ...`` lines (e.g.
    ``-ffast-math``); they are added at every optimisation level."""
    flags = []
    for line in source.read_text().splitlines():
        if line.startswith("// clang-flags:"):
            flags.extend(line.split(":", 1)[1].split())
    return flags


def emit_ir(source: Path, out_name: str, flags: list[str]) -> Path:
    prefix_map = [f"-fdebug-prefix-map={C_DIR}=."]
    compiler = CLANGXX if source.suffix == ".cpp" else CLANG
    run([compiler, *COMMON, *flags, *source_flags(source), *prefix_map, source.name, "-o",
         out_name], cwd=C_DIR)
    return C_DIR / out_name


def native_expected(source: Path, workdir: Path) -> Path:
    exe = workdir / source.stem
    # -ffp-contract=off: clang's default (-ffp-contract=on) emits llvm.fmuladd, which the -O2
    # optimiser constant-folds *fused* when main's inputs are known (more so with unrolling),
    # while the same IR run on a CPU without FMA computes it unfused.  Without contraction the
    # native results are exactly what the .O0.ll / .O2.ll files compute when run on x86-64.
    run([CLANG, "-O2", "-ffp-contract=off", *source_flags(source), str(source), "-o", str(exe),
         "-lm"])
    proc = run([str(exe)], cwd=workdir)
    out = C_DIR / f"{source.stem}.expected"
    out.write_text(proc.stdout)
    return out


def verify_all(paths: list[Path]) -> int:
    try:
        import llvmlite.binding as llvm
    except ImportError:
        print("llvmlite not importable: skipped parse/verify of the generated IR")
        return 0
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    failures = 0
    for path in paths:
        try:
            module = llvm.parse_assembly(path.read_text())
            module.verify()
        except RuntimeError as exc:
            failures += 1
            print(f"  FAILED to parse/verify {path.name}: {exc}")
    print(f"llvmlite parse + verify: {len(paths) - failures}/{len(paths)} modules ok")
    return failures


def main(patterns: list[str] | None = None) -> int:
    if shutil.which(CLANG) is None:
        print(f"{CLANG} not found (set CLANG=...)", file=sys.stderr)
        return 1
    sources = sorted(list(C_DIR.glob("*.c")) + list(C_DIR.glob("enzyme_*.cpp")))
    if patterns:
        sources = [s for s in sources if any(fnmatch.fnmatch(s.stem, p) for p in patterns)]
    print(f"{len(sources)} C sources in {C_DIR.relative_to(Path.cwd()) if C_DIR.is_relative_to(Path.cwd()) else C_DIR}")
    generated: list[Path] = []
    expected: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="enzpy_ir_samples_") as tmp:
        for src in sources:
            name = src.stem
            outs = [emit_ir(src, f"{name}.O0.ll", O0), emit_ir(src, f"{name}.O2.ll", O2)]
            if name.startswith("enzyme_"):
                outs.insert(1, emit_ir(src, f"{name}.O1.ll", O1))
            if name in DEBUG_SAMPLES:
                outs.append(emit_ir(src, f"{name}.O0g.ll", O0 + ["-g"]))
            generated.extend(outs)
            line = f"  {src.name}: " + ", ".join(p.name for p in outs)
            if not name.startswith("enzyme_"):
                exp = native_expected(src, Path(tmp))
                expected.append(exp)
                line += f", {exp.name} ({len(exp.read_text().splitlines())} lines)"
            print(line)
    print(f"wrote {len(generated)} .ll files and {len(expected)} .expected files")
    failures = verify_all(generated)

    if patterns:
        print("patterns given: skipped the Numba samples")
    elif NUMBA_GENERATOR.exists():
        print(f"running {NUMBA_GENERATOR.relative_to(HERE.parent)}")
        proc = subprocess.run([sys.executable, str(NUMBA_GENERATOR)])
        if proc.returncode != 0:
            print(f"  numba generator exited with {proc.returncode}")
            failures += 1
    else:
        print("no ir_samples/numba/generate.py: skipped the Numba samples")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
