"""Analysis benchmark: type analysis + activity analysis of a function of > 10,000 instructions.

Inputs: ``data/big.ll`` (one C function of 80 loops at -O0: allocas, loads, stores, GEPs into
arrays and an array of structs, libm calls; ``data/make_big.py`` regenerates it) and
``data/large.ll`` (72 functions of ~120 instructions, all analysed).  Default activities:
pointers duplicated, floats active, integers const; integer arguments typed as integers.

Run: python benchmarks/bench_analysis.py   (writes benchmarks/results/analysis.md)
"""

import pathlib
import platform
import statistics
import time

from enzpy.analysis.activity import ActivityAnalysis
from enzpy.analysis.typeanalysis import TypeAnalysis
from enzpy.analysis.typetree import INTEGER, TypeTree
from enzpy.explain import default_activities, explain_function
from enzpy.ir import parse
from enzpy.ir import types as T

HERE = pathlib.Path(__file__).resolve().parent
REPEAT = 5


def analyse(module, functions):
    """Type analysis (one per module, as AD uses it) then activity of each function."""
    start = time.perf_counter()
    analysis = TypeAnalysis(module)
    results = []
    for fn in functions:
        trees = {i: TypeTree.of(INTEGER) for i, a in enumerate(fn.args)
                 if isinstance(a.type, T.IntType)}
        results.append(analysis.analyze(fn, trees))
    middle = time.perf_counter()
    active = 0
    for fn, types in zip(functions, results):
        returns_float = isinstance(fn.return_type.scalar, T.FloatType)
        result = ActivityAnalysis(fn, default_activities(fn), returns_float, types).run()
        active += sum(1 for i in fn.instructions() if result.is_active_instruction(i))
    end = time.perf_counter()
    return middle - start, end - middle, active


def measure(path, names=None):
    module = parse(path.read_text(), path.name)
    functions = [f for f in module.functions if not f.is_declaration and
                 (names is None or f.name in names)]
    count = sum(len(b.instructions) for f in functions for b in f.blocks)
    runs = [analyse(module, functions) for _ in range(REPEAT)]
    best = min(runs, key=lambda r: r[0] + r[1])
    totals = [r[0] + r[1] for r in runs]
    return {"module": path.name, "functions": len(functions), "instructions": count,
            "types": best[0], "activity": best[1], "total": best[0] + best[1],
            "median": statistics.median(totals), "active": best[2]}


def main():
    rows = [measure(HERE / "data" / "big.ll", {"big"}), measure(HERE / "data" / "large.ll")]
    module = parse((HERE / "data" / "big.ll").read_text())
    start = time.perf_counter()
    explain_function(module.get_function("big")).render()
    explain_time = time.perf_counter() - start
    header = ("| input | functions | instructions | type analysis (s) | activity (s) | total (s) "
              "| median total (s) | instructions/s | active instructions |")
    out = [header, "|" + "---|" * 9]
    for r in rows:
        out.append(f"| {r['module']} | {r['functions']} | {r['instructions']:,} | "
                   f"{r['types']:.3f} | {r['activity']:.3f} | {r['total']:.3f} | "
                   f"{r['median']:.3f} | {r['instructions'] / r['total']:,.0f} | "
                   f"{r['active']:,} |")
    report = (
        "# Analyses: type analysis + activity analysis\n\n"
        f"Best of {REPEAT} runs on this machine (Python {platform.python_version()}); parsing "
        "is not included. Target: under 1 s for a function of 10,000 instructions.\n\n"
        "- `big.ll`: one function (`big`, clang-22 -O0, from `data/make_big.py`): 80 loops "
        "over arrays, an array of structs, a constant table and libm calls, locals in allocas.\n"
        "- `large.ll`: 72 functions of the IR benchmark, analysed with one TypeAnalysis.\n\n"
        + "\n".join(out) + "\n\n"
        f"`enzpy explain` of `big` (both analyses and the text report): {explain_time:.2f} s.\n")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "analysis.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
