"""Front-end benchmark: enzpy.grad on Numba functions.

Run from the repository root:  python benchmarks/bench_frontend.py
(writes benchmarks/results/frontend.md and prints it; takes about a minute).

Three measurements:

* first-call latency: the first call of ``enzpy.grad(f)`` for a new function (capture of the
  IR + reverse mode + compiling the Numba wrapper with the gradient linked in), against Numba's
  own compile time of the primal (the first call of ``numba.njit(f)``).  Each sample uses a
  fresh copy of the function (new code object, so no cache applies), after one warm-up of both
  paths; median of SAMPLES samples;
* per-call overhead: a scalar gradient and a gradient of a small array function called from
  Python, and the same called inside an ``@njit`` loop (compiled in), against the primal;
* gradient / primal time on Numba kernels written with loops (sizes large enough that call
  overheads do not matter): median over RUNS runs of the mean time per call from Python;
  "check" compares a few gradient entries with central finite differences of the primal.
"""

import datetime
import math
import os
import pathlib
import resource
import statistics
import sys
import textwrap
import time

import numba
import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import enzpy  # noqa: E402
from enzpy.numba.dispatch import _shared as shared_wrappers  # noqa: E402
from machine import cpu_name  # noqa: E402

RESULTS = HERE / "results" / "frontend.md"
SAMPLES = 5
RUNS = 7
RUN_SECONDS = 0.05

# ------------------------------------------------------------------------------------------
# kernels (source text: each latency sample compiles a fresh copy)

KERNELS = {
    "sum of squares + dot": dict(src='''
def kernel(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i] + a[i] * b[i]
    return s
''', args=lambda rng: (rng.standard_normal(100_000), rng.standard_normal(100_000)),
        size="n=100k", argnums=(0, 1)),
    "logistic regression": dict(src='''
def kernel(w, X, y):
    total = 0.0
    for i in range(X.shape[0]):
        z = 0.0
        for j in range(X.shape[1]):
            z += X[i, j] * w[j]
        total += math.log1p(math.exp(-y[i] * z))
    return total / X.shape[0]
''', args=lambda rng: (rng.standard_normal(20) * 0.1, rng.standard_normal((2000, 20)),
                       np.sign(rng.standard_normal(2000))), size="2000x20", argnums=(0,)),
    "mat-vec + norm": dict(src='''
def kernel(M, x):
    s = 0.0
    for i in range(M.shape[0]):
        t = 0.0
        for j in range(M.shape[1]):
            t += M[i, j] * x[j]
        s += t * t
    return math.sqrt(s)
''', args=lambda rng: (rng.standard_normal((300, 300)), rng.standard_normal(300)),
        size="300x300", argnums=(0, 1)),
    "heat 1-D stencil": dict(src='''
def kernel(u0, alpha, u, v, steps):
    for i in range(u0.shape[0]):
        u[i] = u0[i]
    for _ in range(steps):
        v[0] = u[0]
        v[-1] = u[-1]
        for i in range(1, u.shape[0] - 1):
            v[i] = u[i] + alpha * (u[i - 1] - 2.0 * u[i] + u[i + 1])
        for i in range(u.shape[0]):
            u[i] = v[i]
    s = 0.0
    for i in range(u.shape[0]):
        s += u[i] * u[i]
    return s
''', args=lambda rng: (rng.uniform(0, 1, 2000), 0.2, np.zeros(2000), np.zeros(2000), 100),
        size="n=2000, 100 steps (scratch arrays)", argnums=(0, 1)),
    "RK4 ODE": dict(src='''
def kernel(p, y0, steps):
    h = 0.01
    y = y0
    for _ in range(steps):
        k1 = -p[0] * y + p[1] * math.sin(y)
        k2 = -p[0] * (y + h * k1 / 2) + p[1] * math.sin(y + h * k1 / 2)
        k3 = -p[0] * (y + h * k2 / 2) + p[1] * math.sin(y + h * k2 / 2)
        k4 = -p[0] * (y + h * k3) + p[1] * math.sin(y + h * k3)
        y = y + h * (k1 + 2 * k2 + 2 * k3 + k4) / 6
    return y
''', args=lambda rng: (np.array([0.7, 1.3]), 0.3, 10_000), size="10k steps",
        argnums=(0, 1)),
    "Newton per element": dict(src='''
def kernel(c, tol):
    s = 0.0
    for i in range(c.shape[0]):
        x = 1.0
        while abs(x * x * x - c[i]) > tol:
            x = x - (x * x * x - c[i]) / (3.0 * x * x)
        s += x
    return s
''', args=lambda rng: (rng.uniform(1, 8, 10_000), 1e-12), size="n=10k (while)",
        argnums=(0,)),
    "logistic loss (array expressions)": dict(src='''
def kernel(w, X, y):
    z = X @ w
    p = 1.0 / (1.0 + np.exp(-z))
    return -np.sum(y * np.log(p) + (1.0 - y) * np.log(1.0 - p))
''', args=lambda rng: (rng.standard_normal(20) * 0.1, rng.standard_normal((2000, 20)),
                       (rng.uniform(0, 1, 2000) < 0.5).astype(np.float64)),
        size="2000x20", argnums=(0,)),
    "heat 1-D (slices)": dict(src='''
def kernel(u0, alpha, steps):
    u = u0.copy()
    for _ in range(steps):
        u[1:-1] = u[1:-1] + alpha * (u[2:] - 2.0 * u[1:-1] + u[:-2])
    return np.sum(u * u)
''', args=lambda rng: (rng.uniform(0, 1, 2000), 0.2, 100), size="n=2000, 100 steps",
        argnums=(0, 1)),
}

SCALAR_SRC = '''
def kernel(x, y):
    return x * math.sin(y) + y * y
'''
SMALL_SRC = '''
def kernel(a, x):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i] * x
    return s
'''


def fresh(src, tag):
    """A new function object from ``src`` (a new code object: no cache applies)."""
    namespace = {"math": math, "np": np}
    exec(compile(textwrap.dedent(src), f"<bench {tag}>", "exec"), namespace)
    return namespace["kernel"]


def per_call(fn, args, seconds=RUN_SECONDS, runs=RUNS):
    """Median over ``runs`` of the mean seconds per call of ``fn(*args)``."""
    fn(*args)
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            fn(*args)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
        number *= 4
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(number):
            fn(*args)
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times)


# ------------------------------------------------------------------------------------------


def first_call_latency(name, spec, rng):
    args = spec["args"](rng)
    small = tuple(a[:50] if isinstance(a, np.ndarray) and a.ndim == 1 else a for a in args)
    if name == "mat-vec + norm":
        small = (np.ascontiguousarray(args[0][:20, :20]), args[1][:20])   # C, as timed
    elif name in ("logistic regression", "logistic loss (array expressions)"):
        small = (args[0], args[1][:50], args[2][:50])
    elif name == "heat 1-D (slices)":
        small = (args[0][:50], 0.2, 3)
    elif name == "heat 1-D stencil":
        small = (args[0][:50], 0.2, np.zeros(50), np.zeros(50), 3)
    elif name in ("RK4 ODE",):
        small = (args[0], 0.3, 10)
    primal, grad, cold, parts = [], [], [], []
    for sample in range(2 * SAMPLES + 1):
        fn = fresh(spec["src"], f"{name} {sample}")
        start = time.perf_counter()
        numba.njit(fn)(*small)
        p = time.perf_counter() - start
        adf = enzpy.autodiff(fresh(spec["src"], f"{name} {sample} ad"))
        if sample > SAMPLES:
            shared_wrappers.clear()                    # the first of its argument types
        start = time.perf_counter()
        enzpy.grad(adf, argnums=spec["argnums"])(*small)
        g = time.perf_counter() - start
        if sample == 0:
            continue                                   # warm-up of both paths
        if sample > SAMPLES:
            cold.append(g / p)
            continue
        kernel = adf.kernels[-1]
        primal.append(p)
        grad.append(g)
        parts.append((kernel.capture_seconds, kernel.ad_seconds, kernel.link_seconds,
                      kernel.jit_seconds))
    med = statistics.median
    capture, ad, link, jit = (med(x[i] for x in parts) for i in range(4))
    g = med(grad)
    return dict(primal=med(primal), grad=g, capture=capture, ad=ad, link=link, jit=jit,
                rest=g - capture - ad - link - jit, cold=med(cold))


def overheads():
    rows = []
    scalar = fresh(SCALAR_SRC, "scalar")
    prim = numba.njit(scalar)
    g = enzpy.grad(enzpy.autodiff(fresh(SCALAR_SRC, "scalar ad")), argnums=(0, 1))
    vg = enzpy.value_and_grad(fresh(SCALAR_SRC, "scalar ad 2"), argnums=0)
    rows.append(("scalar f(x, y), grad w.r.t. both", "Python",
                 per_call(prim, (0.3, 0.7)), per_call(g, (0.3, 0.7))))
    rows.append(("scalar f(x, y), value_and_grad w.r.t. x", "Python",
                 per_call(prim, (0.3, 0.7)), per_call(vg, (0.3, 0.7))))
    small = fresh(SMALL_SRC, "small")
    sprim = numba.njit(small)
    sg = enzpy.grad(fresh(SMALL_SRC, "small ad"), argnums=(0, 1))
    a = np.linspace(0, 1, 8)
    rows.append(("f(a[8], x), grad w.r.t. both (allocates da)", "Python",
                 per_call(sprim, (a, 0.5)), per_call(sg, (a, 0.5))))

    n = 100_000

    @numba.njit
    def loop_primal(x, y, n):
        s = 0.0
        for i in range(n):
            s += prim(x + i * 1e-9, y)
        return s

    @numba.njit
    def loop_grad(x, y, n):
        s = 0.0
        for i in range(n):
            dx, dy = g(x + i * 1e-9, y)
            s += dx + dy
        return s

    @numba.njit
    def loop_small_primal(a, x, n):
        s = 0.0
        for i in range(n):
            s += sprim(a, x + i * 1e-9)
        return s

    @numba.njit
    def loop_small_grad(a, x, n):
        s = 0.0
        for i in range(n):
            da, dx = sg(a, x + i * 1e-9)
            s += dx + da[0]
        return s

    rows.append(("scalar f(x, y), grad w.r.t. both", "@njit loop",
                 per_call(loop_primal, (0.3, 0.7, n)) / n, per_call(loop_grad, (0.3, 0.7, n)) / n))
    rows.append(("f(a[8], x), grad w.r.t. both (allocates da)", "@njit loop",
                 per_call(loop_small_primal, (a, 0.5, n)) / n,
                 per_call(loop_small_grad, (a, 0.5, n)) / n))
    return rows


def kernel_times(name, spec, rng):
    args = spec["args"](rng)
    fn = fresh(spec["src"], f"{name} timing")
    prim = numba.njit(fn)
    g = enzpy.grad(fn, argnums=spec["argnums"])
    tp = per_call(prim, args)
    tg = per_call(g, args)
    faults = page_faults(g, args)
    grads = g(*args)
    # finite differences of a few entries
    worst, checked = 0.0, 0
    for k, grad in zip(spec["argnums"], grads):
        value = args[k]
        indices = [()] if not isinstance(value, np.ndarray) else \
            [tuple(int(i) for i in np.unravel_index(j, value.shape))
             for j in (0, value.size // 2, value.size - 1)]
        for idx in indices:
            h = 1e-6 * max(1.0, abs(float(value[idx] if idx else value)))

            def at(delta):
                call = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
                if idx:
                    call[k] = call[k].copy()
                    call[k][idx] += delta
                else:
                    call[k] = call[k] + delta
                return prim(*call)

            fd = (at(h) - at(-h)) / (2 * h)
            got = float(grad[idx] if idx else grad)
            worst = max(worst, abs(got - fd) / max(1e-8, abs(fd), abs(got)))
            checked += 1
    return dict(primal=tp, grad=tg, faults=faults, check=worst, checked=checked,
                gradient=g, args=args)


def keep_freed_memory(limit=256 << 20):
    """Tell glibc to keep up to ``limit`` bytes of freed memory instead of returning it."""
    import ctypes
    libc = ctypes.CDLL(None)
    M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
    libc.mallopt(M_TRIM_THRESHOLD, limit)
    libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)        # glibc's maximum


def page_faults(fn, args, calls=20):
    """Minor page faults per call of ``fn(*args)``: fresh memory the allocator maps in."""
    fn(*args)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(calls):
        fn(*args)
    return (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) / calls


def main():
    started = time.perf_counter()
    rng = np.random.default_rng(0)
    # warm up Numba and enzpy (imports, first compiles) outside every measurement
    warm = enzpy.grad(fresh(SCALAR_SRC, "warm"))
    warm(0.1, 0.2)
    latency = {name: first_call_latency(name, spec, rng) for name, spec in KERNELS.items()}
    calls = overheads()
    timing = {name: kernel_times(name, spec, rng) for name, spec in KERNELS.items()}
    keep_freed_memory()
    for name, r in timing.items():
        r["kept"] = per_call(r["gradient"], r["args"])
    elapsed = time.perf_counter() - started

    cpu = cpu_name()
    out = ["# Front end: enzpy.grad on Numba functions", "",
           f"Machine: `nproc` {os.cpu_count()}, {cpu}; {datetime.date.today()}; "
           f"Numba {numba.__version__}, Python {sys.version.split()[0]}.", "",
           "## First-call latency", "",
           "The first `enzpy.grad(f)(*args)` of a new function (fresh code object) against "
           "Numba's compile time of the primal (the first `numba.njit(f)(*args)`), median of "
           f"{SAMPLES} samples after a warm-up. capture = Numba IR capture (a Numba lowering of "
           "the function without optimisation); AD = prepare + reverse mode; link = verifying "
           "and preparing the module; JIT = compiling the gradient kernel in its own Numba "
           "code library (LLVM -O3, machine code); rest = dispatch, the call and the garbage "
           "collections they trigger. The wrapper that Python "
           "calls (unboxing, shadows, boxing) is shared by all gradients with the same argument "
           "types and was compiled by an earlier function; the last column is the ratio when "
           f"it is not (the first gradient of these argument types in the process; median of "
           f"{SAMPLES} samples). Target: ≤ 1.5× the primal's compile time.", "",
           "| kernel | Numba primal compile (ms) | enzpy first grad call (ms) | ratio | capture | "
           "AD | link | JIT | rest | ratio, new argument types |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    ratios, cold = [], []
    for name, r in latency.items():
        ratio = r["grad"] / r["primal"]
        ratios.append(ratio)
        cold.append(r["cold"])
        out.append(f"| {name} | {r['primal'] * 1e3:.0f} | {r['grad'] * 1e3:.0f} | "
                   f"{ratio:.2f}{' ⚠' if ratio > 1.5 else ''} | {r['capture'] * 1e3:.0f} | "
                   f"{r['ad'] * 1e3:.0f} | {r['link'] * 1e3:.0f} | {r['jit'] * 1e3:.0f} | "
                   f"{r['rest'] * 1e3:.0f} | {r['cold']:.2f} |")
    geomean = lambda xs: math.exp(statistics.mean(map(math.log, xs)))  # noqa: E731
    out += ["", f"Geometric mean ratio: {geomean(ratios):.2f} (new argument types: "
            f"{geomean(cold):.2f}).",
            "", "## Per-call overhead", "",
            "Mean time per call (median of runs). From Python: the call of the compiled primal "
            "dispatcher vs the gradient function (dispatch on the arguments' type fingerprints, "
            "then the shared wrapper: argument unboxing, shadow allocation, the call of the "
            "kernel, boxing of the result tuple). From `@njit`: a loop of 100k calls "
            "in an `@njit` function, per call (the gradient's IR is linked into the loop and "
            "optimised with it).", "",
            "| function | called from | primal (µs) | gradient (µs) | difference (µs) |",
            "|---|---|---:|---:|---:|"]
    for label, where, tp, tg in calls:
        out.append(f"| {label} | {where} | {tp * 1e6:.3f} | {tg * 1e6:.3f} | "
                   f"{(tg - tp) * 1e6:.3f} |")
    out += ["", "## Gradient / primal time", "",
            "Kernels written with loops, called from Python (primal: the `numba.njit` "
            "dispatcher; gradient: `enzpy.grad(f, argnums)`, which also returns fresh gradient "
            f"arrays). Median of {RUNS} runs (each ≥ {RUN_SECONDS * 1e3:.0f} ms of calls), "
            "ms per call. Check = max relative error of gradient entries against central "
            "finite differences of the primal (entries checked). Faults = minor page faults "
            "per gradient call (the primals have none): memory glibc's allocator maps in again "
            "on every call, because it returns large freed blocks to the system (the tape and "
            "shadows of array temporaries, the returned gradient arrays). Kept = the gradient "
            "measured again at the end of the run, after `mallopt` told glibc to keep up to "
            "256 MiB of freed memory (`M_TRIM_THRESHOLD`, `M_MMAP_THRESHOLD`).", "",
            "| kernel | size | argnums | primal (ms) | gradient (ms) | gradient/primal | faults "
            "| kept (ms) | kept/primal | check |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|---|"]
    gp = []
    for name, r in timing.items():
        ratio = r["grad"] / r["primal"]
        gp.append(ratio)
        ok = "ok" if r["check"] < 1e-5 else "FAIL"
        out.append(f"| {name} | {KERNELS[name]['size']} | {KERNELS[name]['argnums']} | "
                   f"{r['primal'] * 1e3:.3f} | {r['grad'] * 1e3:.3f} | {ratio:.2f} | "
                   f"{r['faults']:.0f} | {r['kept'] * 1e3:.3f} | {r['kept'] / r['primal']:.2f} | "
                   f"{ok} {r['check']:.1e} ({r['checked']}) |")
    out += ["", f"Geometric mean gradient/primal: "
            f"{math.exp(statistics.mean(map(math.log, gp))):.2f}.", "",
            "The last two kernels are written with array expressions: Numba allocates a "
            "temporary array for each, and the gradient allocates their shadows.", "",
            f"Whole run: {elapsed:.0f} s."]
    text = "\n".join(out) + "\n"
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
