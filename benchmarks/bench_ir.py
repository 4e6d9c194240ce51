"""IR-layer benchmark: parse + print of a >= 10,000-line module, next to LLVM's own parser.

Run: python benchmarks/bench_ir.py   (writes benchmarks/results/ir.md)
"""

import pathlib
import statistics
import time

import llvmlite.binding as llvm

from enzpy.canonical import canonicalize, init_llvm
from enzpy.ir import parse_canonical

HERE = pathlib.Path(__file__).resolve().parent
INPUTS = [HERE / "data" / "large.ll", HERE.parent / "ir_samples" / "c" / "gmm_objective.O0g.ll"]


def best_of(fn, repeat=7):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main():
    init_llvm()
    rows = []
    for path in INPUTS:
        text = canonicalize(path.read_text())
        lines = text.count("\n")
        llvm_time, _ = best_of(lambda: str(llvm.parse_assembly(text,
                                                               context=llvm.create_context())))
        parse_time, parse_median = best_of(lambda: parse_canonical(text))
        module = parse_canonical(text)
        print_time, _ = best_of(lambda: str(module))
        assert str(module) == text
        total = parse_time + print_time
        rows.append((path.name, lines, llvm_time, parse_time, parse_median, print_time, total,
                     lines / total, total / llvm_time))
    header = ("| module | lines | LLVM parse+print (s) | enzpy parse (s) | parse median (s) "
              "| enzpy print (s) | enzpy parse+print (s) | lines/s | ratio to LLVM |")
    out = [header, "|" + "---|" * 9]
    for r in rows:
        out.append(f"| {r[0]} | {r[1]} | {r[2]:.3f} | {r[3]:.3f} | {r[4]:.3f} | {r[5]:.3f} "
                   f"| {r[6]:.3f} | {r[7]:,.0f} | {r[8]:.1f}x |")
    report = ("# IR layer: parse + print\n\nBest of 7 runs on this machine; the text is LLVM's "
              "canonical printing of each module (target: < 0.5 s for 10,000 lines).\n\n"
              + "\n".join(out) + "\n")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "ir.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
