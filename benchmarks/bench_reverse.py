"""Reverse-mode benchmark: gradient time / primal time on scientific C kernels, with tape bytes.

Run from the repository root:  python benchmarks/bench_reverse.py
(writes benchmarks/results/reverse.md and prints the table; takes well under 3 minutes).

The kernels are C sources in benchmarks/kernels/; their committed .ll files come from
``benchmarks/kernels/build.sh``, i.e. for every NAME.c

    clang-22 -O2 -fno-vectorize -fno-slp-vectorize -fno-unroll-loops -S -emit-llvm NAME.c -o NAME.ll

For each kernel:

* primal: the .ll compiled by enzpy.jit at -O3 (vectorise + unroll), called through a boxed
  wrapper with a pre-packed argument block (one ctypes call of ``void(ptr, ptr)``);
* gradient: ``diffe_<f>`` from enzpy.ad.reverse with Enzyme's default activities (float
  pointers Duplicated, float scalars Active, integers Const), compiled the same way;
* native: clang-22 -O3 -march=native build of the C source as a shared library (skipped when
  clang-22 is missing), called through ctypes;
* the cost of an empty call through the same path is measured and subtracted;
* time = median over RUNS runs of the mean time of one call (each run ≥ ~10 ms of calls);
* tape bytes = the increase of ``@__enzpy_tape_bytes`` over one gradient call;
* reallocs = calls of ``realloc`` (tape record arrays growing) in one gradient call, counted
  in a second build whose ``realloc`` is bound to a counting ctypes callback;
* check = a few gradient entries against central finite differences of the JIT primal.
"""

import ctypes
import datetime
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from enzpy.ad.prepare import prepare  # noqa: E402
from enzpy.ad.reverse import differentiate_reverse  # noqa: E402
from enzpy.analysis.activity import ArgActivity  # noqa: E402
from enzpy.check import default_activities  # noqa: E402
from enzpy.ir import parse_canonical, types as T  # noqa: E402
from enzpy.ir.layout import DataLayout  # noqa: E402
from enzpy.jit import get_engine  # noqa: E402
from enzpy.jit.boxed import BoxedCall, add_boxed_wrapper  # noqa: E402
from enzpy.canonical import canonicalize  # noqa: E402
from machine import cpu_name  # noqa: E402

KERNELS_DIR = HERE / "kernels"
RESULTS = HERE / "results" / "reverse.md"
CLANG = shutil.which("clang-22")
RUNS = 11
RUN_SECONDS = 0.02
OPT = 3


def _rng():
    return np.random.default_rng(1234)


# name, file, function, size label, inputs(rng) -> list of arguments (np arrays / floats / ints)
def _dot(r):
    n = 100_000
    return [r.uniform(-1, 1, n), r.uniform(-1, 1, n), n]


def _logreg(r):
    n, d = 2000, 20
    X = r.normal(size=(n, d)).ravel()
    w_true = r.normal(size=d)
    y = (X.reshape(n, d) @ w_true + r.normal(size=n) > 0).astype(np.float64)
    return [X, y, r.normal(scale=0.3, size=d), 0.1, 0.01, n, d]


def _matvec(r):
    m = n = 300
    return [r.uniform(-1, 1, m * n), r.uniform(-1, 1, n), np.zeros(m), m, n]


def _nbody(r):
    masses = r.uniform(0.5, 1.5, 4)
    state = np.zeros(16)
    for i in range(4):
        angle = 2 * np.pi * i / 4
        state[4 * i:4 * i + 4] = [np.cos(angle), np.sin(angle),
                                  -0.5 * np.sin(angle), 0.5 * np.cos(angle)]
    state += r.uniform(-0.05, 0.05, 16)
    return [masses, state, 0.001, 1000]


def _gmm(r):
    d, k, n = 8, 10, 1000
    icf_sz = d * (d + 1) // 2
    return [d, k, n, r.normal(size=k), r.uniform(-1, 1, k * d),
            r.uniform(-0.3, 0.3, k * icf_sz), r.normal(size=n * d), 1.0, 0]


def _heat(r):
    n, steps = 2000, 100
    x = np.linspace(0, 1, n)
    return [np.sin(np.pi * x) + 0.1 * r.uniform(-1, 1, n), 0.25, n, steps]


def _newton(r):
    n = 10_000
    return [r.uniform(0.2, 5.0, n), 1.0, n]


KERNELS = [
    ("sum of squares + dot", "dot_sumsq", "dot_sumsq", "n=100k", _dot),
    ("logistic regression", "logreg", "logreg_loss", "2000x20", _logreg),
    ("mat-vec + norm", "matvec_norm", "matvec_norm", "300x300", _matvec),
    ("N-body RK4", "nbody_rk4", "nbody_rk4", "4 bodies, 1000 steps", _nbody),
    ("GMM objective", "gmm", "gmm_objective", "N=1000 K=10 D=8", _gmm),
    ("heat 1-D stencil", "heat1d", "heat1d", "n=2000, 100 steps", _heat),
    ("Newton per element", "newton_solve", "newton_solve", "n=10k (while)", _newton),
]


# ---------------------------------------------------------------------------------------------
# calling


class Packed:
    """A boxed call with its argument block packed once: ``run()`` is one ctypes call."""

    def __init__(self, address, fnty, layout, args):
        self.box = BoxedCall(address, fnty, layout)
        self.args = args
        self.repack()

    def repack(self):
        import struct
        box = self.box
        self.block = ctypes.create_string_buffer(box.arg_size)
        self.out = ctypes.create_string_buffer(box.ret_size)
        for (offset, fmt, ty), value in zip(box.arg_fields, self.args):
            if isinstance(ty, T.PointerType):
                value = value.ctypes.data
            elif isinstance(ty, T.IntType):
                value = int(value)
            else:
                value = float(value)
            struct.pack_into(fmt, self.block, offset, value)
        self._fn = box._fn
        self._a = ctypes.addressof(self.block)
        self._o = ctypes.addressof(self.out)

    def run(self):
        self._fn(self._a, self._o)

    def result(self):
        import struct
        values = tuple(struct.unpack_from(fmt, self.out, off)[0]
                       for off, fmt in self.box.ret_fields)
        return values if self.box.struct_result else (values[0] if values else None)


def time_call(call):
    """Median over RUNS runs of the mean seconds of one ``call()``."""
    call()
    start = time.perf_counter()
    call()
    once = max(time.perf_counter() - start, 1e-7)
    reps = max(1, int(RUN_SECONDS / once))
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(reps):
            call()
        samples.append((time.perf_counter() - start) / reps)
    return statistics.median(samples)


def native_library(name):
    if CLANG is None:
        return None
    out = pathlib.Path("/tmp") / f"enzpy_bench_{name}_{os.getpid()}.so"
    subprocess.run([CLANG, "-O3", "-march=native", "-fPIC", "-shared", "-o", str(out),
                    str(KERNELS_DIR / f"{name}.c"), "-lm"], check=True)
    return ctypes.CDLL(str(out))


def _ctype(ty):
    if isinstance(ty, T.PointerType):
        return ctypes.c_void_p
    if isinstance(ty, T.IntType):
        return {32: ctypes.c_int32, 64: ctypes.c_int64}[ty.bits]
    return ctypes.c_double


def _cvalue(value, ty):
    if isinstance(ty, T.PointerType):
        return value.ctypes.data
    return int(value) if isinstance(ty, T.IntType) else float(value)


def overheads(signatures):
    """Seconds of an empty call through each path: boxed (by function type) and ctypes."""
    lines = ["define void @nop_boxed(ptr %a, ptr %b) {\n  ret void\n}\n"]
    for i, fnty in enumerate(signatures):
        params = ", ".join(str(p) for p in fnty.params)
        lines.append(f"define double @nop_{i}({params}) {{\n  ret double 0.0\n}}\n")
    compiled = get_engine().compile("".join(lines), opt=OPT)
    boxed = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(
        compiled.address("nop_boxed"))
    block = ctypes.create_string_buffer(256)
    a = ctypes.addressof(block)
    boxed_cost = time_call(lambda: boxed(a, a))
    native_costs = []
    for i, fnty in enumerate(signatures):
        fn = ctypes.CFUNCTYPE(ctypes.c_double, *[_ctype(p) for p in fnty.params])(
            compiled.address(f"nop_{i}"))
        args = [0 if not isinstance(p, T.FloatType) else 0.0 for p in fnty.params]
        native_costs.append(time_call(lambda fn=fn, args=args: fn(*args)))
    return compiled, boxed_cost, native_costs


# ---------------------------------------------------------------------------------------------
# one kernel


def fd_check(primal, fn, args, shadows, adjoints, acts, count=3):
    """Central differences of the JIT primal for ``count`` entries per Duplicated input and
    every Active scalar; returns (max relative error, number of entries)."""
    rng = np.random.default_rng(7)
    errors = []
    active_index = 0
    for index, act in enumerate(acts):
        if act is ArgActivity.ACTIVE:
            ad = adjoints[active_index]
            active_index += 1
            value = args[index]
            h = 1e-5 * max(abs(value), 1e-2)
            args[index] = value + h
            primal.args = args
            primal.repack()
            primal.run()
            plus = primal.result()
            args[index] = value - h
            primal.repack()
            primal.run()
            minus = primal.result()
            args[index] = value
            primal.repack()
            fd = (plus - minus) / (2 * h)
            errors.append(abs(ad - fd) / max(1.0, abs(fd)))
        elif act is ArgActivity.DUP and fn.args[index].type.is_pointer:
            array = args[index]
            for j in rng.choice(array.size, size=min(count, array.size), replace=False):
                value = array[j]
                h = 1e-5 * max(abs(value), 1e-2)
                array[j] = value + h
                primal.run()
                plus = primal.result()
                array[j] = value - h
                primal.run()
                minus = primal.result()
                array[j] = value
                fd = (plus - minus) / (2 * h)
                ad = shadows[index][j]
                errors.append(abs(ad - fd) / max(1.0, abs(fd)))
    return max(errors), len(errors)


_LIBC = ctypes.CDLL(None)
_LIBC.realloc.restype = ctypes.c_void_p
_LIBC.realloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t]


def count_reallocs(module_text, diffe_type, layout, grad_args):
    """Number of realloc calls made by one gradient call (a separate build)."""
    if "@realloc(" not in module_text:
        return 0
    calls = [0]

    @ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
    def counting_realloc(pointer, size):
        calls[0] += 1
        return _LIBC.realloc(pointer, size)

    text = module_text.replace("@realloc(", "@__bench_counting_realloc(")
    compiled = get_engine().compile(text, opt=OPT, name="count",
                                    symbols={"__bench_counting_realloc": counting_realloc})
    call = Packed(compiled.address("diffe.boxed"), diffe_type, layout, grad_args)
    call.run()
    compiled.close()
    return calls[0]


def bench_kernel(label, name, fn_name, size, make_inputs, boxed_cost, native_cost, dump):
    text = (KERNELS_DIR / f"{name}.ll").read_text()
    # primal: the .ll as it is, -O3
    start = time.perf_counter()
    primal_module = parse_canonical(canonicalize(text))
    primal_fn = primal_module.get_function(fn_name)
    add_boxed_wrapper(primal_module, primal_fn, "primal.boxed")
    primal_compiled = get_engine().compile(str(primal_module), opt=OPT, name=f"{name}.primal")
    layout = DataLayout.of(primal_module)
    # gradient
    module = prepare(text, fn_name)
    fn = module.get_function(fn_name)
    acts = default_activities(fn)
    diffe = differentiate_reverse(module, fn_name, acts, return_active=True)
    add_boxed_wrapper(module, diffe, "diffe.boxed")
    module_text = str(module)
    compiled = get_engine().compile(module_text, opt=OPT, name=f"{name}.gradient")
    build_seconds = time.perf_counter() - start
    (dump / f"{name}.gradient.O3.ll").write_text(compiled.ir)

    args = make_inputs(_rng())
    primal = Packed(primal_compiled.address("primal.boxed"), primal_fn.function_type, layout,
                    args)
    shadows = {i: np.zeros_like(a) for i, a in enumerate(args)
               if isinstance(a, np.ndarray) and acts[i] is ArgActivity.DUP}
    grad_args = []
    for i, a in enumerate(args):
        grad_args.append(a)
        if i in shadows:
            grad_args.append(shadows[i])
    grad_args.append(1.0)  # seed of the return
    gradient = Packed(compiled.address("diffe.boxed"), diffe.function_type, layout, grad_args)

    # tape bytes and correctness (one gradient call from zero shadows)
    try:
        counter = ctypes.c_int64.from_address(compiled.address("__enzpy_tape_bytes"))
    except Exception:  # noqa: BLE001 -- no loop tape in this module
        counter = None
    before = counter.value if counter is not None else 0
    gradient.run()
    tape = (counter.value - before) if counter is not None else 0
    adjoints = gradient.result()
    adjoints = adjoints if isinstance(adjoints, tuple) else (
        () if adjoints is None else (adjoints,))
    max_err, entries = fd_check(primal, fn, args, shadows, adjoints, acts)

    t_primal = time_call(primal.run) - boxed_cost
    t_grad = time_call(gradient.run) - boxed_cost
    t_native = None
    library = native_library(name)
    if library is not None:
        cfn = getattr(library, fn_name)
        cfn.restype = ctypes.c_double
        cfn.argtypes = [_ctype(p) for p in primal_fn.function_type.params]
        cargs = [_cvalue(a, p) for a, p in zip(args, primal_fn.function_type.params)]
        native_result = cfn(*cargs)
        primal.run()
        assert abs(native_result - primal.result()) <= 1e-6 * max(1.0, abs(native_result)), (
            name, native_result, primal.result())
        t_native = time_call(lambda: cfn(*cargs)) - native_cost
    reallocs = count_reallocs(module_text, diffe.function_type, layout, grad_args)
    return dict(label=label, size=size, primal=t_primal, gradient=t_grad, native=t_native,
                ratio=t_grad / t_primal, tape=tape, reallocs=reallocs, err=max_err, entries=entries,
                build=build_seconds, n_active=len(adjoints))


def _us(seconds):
    return "—" if seconds is None else f"{seconds * 1e6:,.1f}"


def _bytes(n):
    if n >= 1 << 20:
        return f"{n / (1 << 20):.2f} MiB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.1f} KiB"
    return f"{n} B"


def main():
    wall = time.perf_counter()
    dump = pathlib.Path("/tmp/enzpy_bench_reverse")
    dump.mkdir(exist_ok=True)
    signatures = []
    for _, name, fn_name, _, _ in KERNELS:
        m = parse_canonical(canonicalize((KERNELS_DIR / f"{name}.ll").read_text()))
        signatures.append(m.get_function(fn_name).function_type)
    _, boxed_cost, native_costs = overheads(signatures)
    rows = []
    for (label, name, fn_name, size, make), ncost in zip(KERNELS, native_costs):
        row = bench_kernel(label, name, fn_name, size, make, boxed_cost, ncost, dump)
        rows.append(row)
        print(f"  {label}: primal {_us(row['primal'])} us, gradient {_us(row['gradient'])} us, "
              f"ratio {row['ratio']:.2f}", flush=True)
    cpu = cpu_name()
    header = (f"# Reverse mode: gradient time / primal time\n\n"
              f"Machine: `nproc` {len(os.sched_getaffinity(0))}, {cpu}; "
              f"{datetime.date.today().isoformat()}; clang: "
              f"{'clang-22' if CLANG else 'missing (native column skipped)'}.\n\n"
              f"Primal and gradient: enzpy.jit at -O{OPT} (vectorise + unroll) from the "
              "committed `.ll` (clang-22 -O2 -fno-vectorize -fno-slp-vectorize "
              "-fno-unroll-loops); native: clang-22 -O3 -march=native shared library. "
              f"Median of {RUNS} runs (each ≥ {RUN_SECONDS * 1e3:.0f} ms of calls), µs per "
              f"call, empty-call overhead subtracted ({boxed_cost * 1e6:.2f} µs boxed). "
              "Activities: float pointers Duplicated, float scalars Active, ints Const. "
              "Tape = bytes of loop tape allocated by one gradient call; reallocs = tape "
              "record-array (re)allocations in that call. Check = max relative "
              "error of gradient entries against central finite differences (entries "
              "checked). Target: gradient/primal ≤ 3.\n\n")
    table = ["| kernel | size | primal (µs) | native -O3 (µs) | gradient (µs) "
             "| gradient/primal | tape/call | reallocs/call | FD check | build (s) |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|---:|"]
    for r in rows:
        flag = "" if r["ratio"] <= 3 else " ⚠"
        ok = "ok" if r["err"] < 1e-4 else "**MISMATCH**"
        table.append(f"| {r['label']} | {r['size']} | {_us(r['primal'])} | {_us(r['native'])} "
                     f"| {_us(r['gradient'])} | {r['ratio']:.2f}{flag} | {_bytes(r['tape'])} "
                     f"| {r['reallocs']:,} "
                     f"| {ok} {r['err']:.1e} ({r['entries']}) | {r['build']:.2f} |")
    ratios = [r["ratio"] for r in rows]
    geo = float(np.exp(np.mean(np.log(ratios))))
    footer = (f"\nGeometric mean gradient/primal: {geo:.2f}; kernels above 3: "
              f"{sum(x > 3 for x in ratios)} of {len(ratios)}. "
              f"Whole run: {time.perf_counter() - wall:.0f} s.\n")
    report = header + "\n".join(table) + "\n" + footer
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
