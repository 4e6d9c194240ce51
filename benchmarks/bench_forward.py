"""Forward-mode benchmark: one tangent pass, vector mode (width N) and forward-over-reverse
Hessians on the C kernels of bench_reverse (plus two scalar-input kernels).

Run from the repository root:  python benchmarks/bench_forward.py
(writes benchmarks/results/forward.md and prints it; well under 2 minutes).

* primal: the committed .ll compiled by enzpy.jit at -O3 through a boxed wrapper with a
  pre-packed argument block (``bench_reverse.Packed``), as in bench_reverse;
* forward: ``fwddiffe<N>_<f>`` from enzpy.ad.forward with Enzyme's default activities (float
  pointers Duplicated, float scalars Active, integers Const) and random tangent directions for
  every differentiated input; width 1 and width N compiled the same way (-O3);
* "8 passes" = 8 width-1 calls with 8 different directions; "width 8" = one call carrying the
  same 8 directions; the lanes of the width-8 call are compared with the 8 passes (return
  tangents and output shadow memory) and lane 0 with a central finite difference of the primal
  along its direction;
* Hessian: the gradient ``diffe_<f>`` differentiated again in forward mode (width 1 and 8):
  n Hessian-vector products with the unit vectors e_j give the full n x n Hessian; it is timed
  against n gradient evaluations, checked against central differences of the gradient on a
  few columns, and for symmetry;
* the cost of an empty boxed call is measured and subtracted (once per call);
* time = median over RUNS rounds of the mean time of one call (each >= ~20 ms of calls); the
  variants of one kernel are timed in turn, in slices, within each round, and a ratio is the
  median over rounds of the ratio measured within the round (robust to load from other
  processes).
"""

import datetime
import os
import pathlib
import re
import statistics
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import enzpy.rules  # noqa: E402,F401  (the derivative rule table)
from machine import cpu_name  # noqa: E402
from bench_reverse import (KERNELS, KERNELS_DIR, OPT, RUN_SECONDS, RUNS, Packed,  # noqa: E402
                           _rng, _us, time_call)
from enzpy.ad.forward import differentiate_forward  # noqa: E402
from enzpy.ad.prepare import prepare  # noqa: E402
from enzpy.ad.reverse import differentiate_reverse  # noqa: E402
from enzpy.analysis.activity import ArgActivity  # noqa: E402
from enzpy.canonical import canonicalize  # noqa: E402
from enzpy.check import default_activities  # noqa: E402
from enzpy.errors import EnzpyError  # noqa: E402
from enzpy.ir import parse_canonical, types as T  # noqa: E402
from enzpy.ir.layout import DataLayout  # noqa: E402
from enzpy.jit import get_engine  # noqa: E402
from enzpy.jit.boxed import add_boxed_wrapper  # noqa: E402

RESULTS = HERE / "results" / "forward.md"
DUMP = pathlib.Path("/tmp/enzpy_bench_forward")
WIDTH = 8
SWEEP = (1, 2, 4, 8, 16)
SWEEP_KERNELS = ("logreg_loss", "nbody_rk4", "oscillator")

# Two kernels with scalar inputs only (no shadow memory): clang-22 -O2 -fno-vectorize
# -fno-slp-vectorize -fno-unroll-loops of
#
#   double oscillator(double k, double c, double x0, double v0, double dt, int steps) {
#       double x = x0, v = v0;                       /* x'' = -k x - c x' - 0.1 x^3 */
#       for (int t = 0; t < steps; t++) {
#           double a = -k * x - c * v - 0.1 * x * x * x;
#           v += dt * a;
#           x += dt * v;
#       }
#       return x * x + v * v;
#   }
#   double bs_strip(double S, double r, double sigma, double T, int n) {
#       double total = 0.0, sq = sigma * sqrt(T), disc = exp(-r * T);
#       for (int i = 0; i < n; i++) {                /* Black-Scholes calls, n strikes */
#           double K = S * (0.5 + (double)i / n);
#           double d1 = (log(S / K) + (r + 0.5 * sigma * sigma) * T) / sq;
#           double d2 = d1 - sq;
#           total += S * 0.5 * erfc(-d1 * M_SQRT1_2) - K * disc * 0.5 * erfc(-d2 * M_SQRT1_2);
#       }
#       return total;
#   }
SCALAR_LL = r"""
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define dso_local double @oscillator(double noundef %0, double noundef %1, double noundef %2, double noundef %3, double noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %5, 0
  br i1 %7, label %8, label %10

8:
  %9 = fneg double %0
  br label %15

10:
  %11 = phi double [ %3, %6 ], [ %26, %15 ]
  %12 = phi double [ %2, %6 ], [ %27, %15 ]
  %13 = fmul double %11, %11
  %14 = tail call double @llvm.fmuladd.f64(double %12, double %12, double %13)
  ret double %14

15:
  %16 = phi double [ %2, %8 ], [ %27, %15 ]
  %17 = phi i32 [ 0, %8 ], [ %28, %15 ]
  %18 = phi double [ %3, %8 ], [ %26, %15 ]
  %19 = fneg double %18
  %20 = fmul double %1, %19
  %21 = tail call double @llvm.fmuladd.f64(double %9, double %16, double %20)
  %22 = fmul double %16, 1.000000e-01
  %23 = fneg double %16
  %24 = fmul double %22, %23
  %25 = tail call double @llvm.fmuladd.f64(double %24, double %16, double %21)
  %26 = tail call double @llvm.fmuladd.f64(double %4, double %25, double %18)
  %27 = tail call double @llvm.fmuladd.f64(double %4, double %26, double %16)
  %28 = add nuw nsw i32 %17, 1
  %29 = icmp eq i32 %28, %5
  br i1 %29, label %10, label %15
}

declare double @llvm.fmuladd.f64(double, double, double) #1

define dso_local double @bs_strip(double noundef %0, double noundef %1, double noundef %2, double noundef %3, i32 noundef %4) local_unnamed_addr #2 {
  %6 = tail call double @sqrt(double noundef %3) #5
  %7 = fmul double %2, %6
  %8 = fneg double %1
  %9 = fmul double %3, %8
  %10 = tail call double @exp(double noundef %9) #5
  %11 = icmp sgt i32 %4, 0
  br i1 %11, label %12, label %17

12:
  %13 = uitofp nneg i32 %4 to double
  %14 = fmul double %2, 5.000000e-01
  %15 = tail call double @llvm.fmuladd.f64(double %14, double %2, double %1)
  %16 = fmul double %0, 5.000000e-01
  br label %19

17:
  %18 = phi double [ 0.000000e+00, %5 ], [ %40, %19 ]
  ret double %18

19:
  %20 = phi double [ 0.000000e+00, %12 ], [ %40, %19 ]
  %21 = phi i32 [ 0, %12 ], [ %41, %19 ]
  %22 = uitofp nneg i32 %21 to double
  %23 = fdiv double %22, %13
  %24 = fadd double %23, 5.000000e-01
  %25 = fmul double %0, %24
  %26 = fdiv double %0, %25
  %27 = tail call double @log(double noundef %26) #5
  %28 = tail call double @llvm.fmuladd.f64(double %15, double %3, double %27)
  %29 = fdiv double %28, %7
  %30 = fsub double %29, %7
  %31 = fmul double %29, 0xBFE6A09E667F3BCD
  %32 = tail call double @erfc(double noundef %31) #5
  %33 = fmul double %10, %25
  %34 = fmul double %33, 5.000000e-01
  %35 = fmul double %30, 0xBFE6A09E667F3BCD
  %36 = tail call double @erfc(double noundef %35) #5
  %37 = fneg double %36
  %38 = fmul double %34, %37
  %39 = tail call double @llvm.fmuladd.f64(double %16, double %32, double %38)
  %40 = fadd double %20, %39
  %41 = add nuw nsw i32 %21, 1
  %42 = icmp eq i32 %41, %4
  br i1 %42, label %17, label %19
}

declare double @sqrt(double noundef) local_unnamed_addr #3
declare double @exp(double noundef) local_unnamed_addr #3
declare double @log(double noundef) local_unnamed_addr #3
declare double @erfc(double noundef) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nounwind }
"""


def _oscillator(r):
    return [1.5, 0.3, 1.0, 0.0, 0.001, 5000]


def _bs_strip(r):
    return [100.0, 0.03, 0.25, 1.5, 1000]


_TARGET_ATTRS = re.compile(r'\s*"(?:target-cpu|target-features|tune-cpu)"="[^"]*"')


def _source(name):
    """The kernel's IR without clang's per-function target attributes (x86-64 = SSE2): the
    functions enzpy generates carry none, so they are compiled for the host CPU; stripping the
    attributes compiles the primal for the host too, and the comparison is like for like."""
    text = SCALAR_LL if name == "scalars" else (KERNELS_DIR / f"{name}.ll").read_text()
    return _TARGET_ATTRS.sub("", text)


# label, source, function, size, inputs, arguments made Const (besides the integers)
FORWARD_KERNELS = [(label, name, fn, size, make, ()) for label, name, fn, size, make in KERNELS]
FORWARD_KERNELS[5:5] = [  # the data arrays Const: only the parameters carry tangents
    ("logistic regression, X y Const", "logreg", "logreg_loss", "2000x20", KERNELS[1][4], (0, 1)),
    ("GMM objective, x Const", "gmm", "gmm_objective", "N=1000 K=10 D=8", KERNELS[4][4], (6,)),
]
FORWARD_KERNELS += [
    ("oscillator (scalars)", "scalars", "oscillator", "5 scalars, 5000 steps", _oscillator, ()),
    ("Black-Scholes strip (scalars)", "scalars", "bs_strip", "4 scalars, n=1000", _bs_strip, ()),
]


# ---------------------------------------------------------------------------------------------
# building


def _boxable(fnty):
    """A [N x T] result is read back through a struct of N fields (same layout)."""
    if isinstance(fnty.ret, T.ArrayType):
        return T.FunctionType(T.StructType((fnty.ret.element,) * fnty.ret.count), fnty.params)
    return fnty


def build_primal(text, fn_name, tag):
    module = parse_canonical(canonicalize(text))
    fn = module.get_function(fn_name)
    add_boxed_wrapper(module, fn, "primal.boxed")
    compiled = get_engine().compile(str(module), opt=OPT, name=f"{tag}.primal")
    return compiled, fn, DataLayout.of(module)


def build_forward(text, fn_name, acts, width, tag):
    module = prepare(text, fn_name)
    fwd = differentiate_forward(module, fn_name, acts, width=width)
    add_boxed_wrapper(module, fwd, "fwd.boxed")
    compiled = get_engine().compile(str(module), opt=OPT, name=f"{tag}.fwd{width}")
    (DUMP / f"{tag}.fwd{width}.O3.ll").write_text(compiled.ir)
    return compiled, _boxable(fwd.function_type)


def boxed_overhead():
    compiled = get_engine().compile("define void @nop_boxed(ptr %a, ptr %b) {\n"
                                    "  ret void\n}\n", opt=OPT)
    import ctypes
    fn = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(compiled.address("nop_boxed"))
    block = ctypes.create_string_buffer(256)
    a = ctypes.addressof(block)
    return compiled, time_call(lambda: fn(a, a))


def time_interleaved(calls, subtract, chunks=8):
    """Per-call seconds of each of ``calls`` (name -> callable): RUNS rounds; in each round
    every call runs for ~RUN_SECONDS, in ``chunks`` slices taken in turn with the other calls
    (so that load from other processes hits all of them alike).  The empty-call overhead times
    ``subtract[name]`` is removed.  Returns name -> list of per-round samples."""
    reps = {}
    for name, call in calls.items():
        call()
        start = time.perf_counter()
        call()
        once = max(time.perf_counter() - start, 1e-7)
        reps[name] = max(1, int(RUN_SECONDS / chunks / once))
    samples = {name: [] for name in calls}
    for _ in range(RUNS):
        spent = dict.fromkeys(calls, 0.0)
        count = dict.fromkeys(calls, 0)
        for _ in range(chunks):
            for name, call in calls.items():
                n = reps[name]
                start = time.perf_counter()
                for _ in range(n):
                    call()
                spent[name] += time.perf_counter() - start
                count[name] += n
        for name in calls:
            samples[name].append(spent[name] / count[name] - subtract.get(name, 0.0))
    return samples


def med(samples):
    return statistics.median(samples)


def ratio(samples, a, b):
    """Median over rounds of time a / time b (both measured in the same round)."""
    return statistics.median(x / y for x, y in zip(samples[a], samples[b]))


# ---------------------------------------------------------------------------------------------
# vector forward mode


class Directions:
    """Random tangent directions, lane by lane, for every differentiated argument."""

    def __init__(self, fn, acts, args, lanes):
        rng = np.random.default_rng(99)
        self.fn, self.acts, self.args = fn, acts, args
        self.dup = [i for i, a in enumerate(acts)
                    if a is not ArgActivity.CONST and fn.args[i].type.is_pointer]
        self.act = [i for i, a in enumerate(acts)
                    if a is not ArgActivity.CONST and not fn.args[i].type.is_pointer]
        self.array = {i: [rng.uniform(-1, 1, args[i].shape) for _ in range(lanes)]
                      for i in self.dup}
        self.scalar = {i: [float(rng.uniform(-1, 1)) for _ in range(lanes)] for i in self.act}

    def call_args(self, lanes):
        """Arguments of one call carrying ``lanes``; returns (args, shadow arrays by lane)."""
        out, shadows = [], []
        for i, a in enumerate(self.args):
            out.append(a)
            if i in self.array:
                copies = [self.array[i][k].copy() for k in lanes]
                out.extend(copies)
                shadows.append(copies)
            elif i in self.scalar:
                out.extend(self.scalar[i][k] for k in lanes)
        return out, shadows


def _tangents(result):
    return [result] if not isinstance(result, tuple) else list(result)


def bench_vector(label, name, fn_name, size, make, const, boxed, widths):
    tag = fn_name + ("".join(f".c{i}" for i in const))
    text = _source(name)
    start = time.perf_counter()
    primal_compiled, fn, layout = build_primal(text, fn_name, tag)
    acts = [ArgActivity.CONST if i in const else a for i, a in enumerate(default_activities(fn))]
    builds = {w: build_forward(text, fn_name, acts, w, tag) for w in widths}
    build_seconds = time.perf_counter() - start

    args = make(_rng())
    primal = Packed(primal_compiled.address("primal.boxed"), fn.function_type, layout, args)
    dirs = Directions(fn, acts, args, max(widths + (WIDTH,)))

    def packed(width, lanes):
        compiled, fnty = builds[width]
        call_args, shadows = dirs.call_args(lanes)
        return Packed(compiled.address("fwd.boxed"), fnty, layout, call_args), shadows

    # correctness: width 8 lanes == 8 width-1 passes; lane 0 == finite difference
    singles = [packed(1, [k]) for k in range(WIDTH)]
    vector, vshadows = packed(WIDTH, list(range(WIDTH)))
    vector.run()
    vtan = _tangents(vector.result())
    diff = 0.0
    for k, (single, sshadows) in enumerate(singles):
        single.run()
        diff = max(diff, abs(vtan[k] - single.result()))
        for lanes_v, lanes_s in zip(vshadows, sshadows):
            diff = max(diff, float(np.max(np.abs(lanes_v[k] - lanes_s[0]))))
    fd_err = _fd_direction(primal, fn, args, dirs, singles[0][0].result())

    calls = {"primal": primal.run}
    for w in widths:
        calls[w] = packed(w, list(range(w)))[0].run
    runs = [s.run for s, _ in singles]

    def eight():
        for run in runs:
            run()
    calls["8x1"] = eight
    samples = time_interleaved(calls, {name: (WIDTH if name == "8x1" else 1) * boxed
                                       for name in calls})
    t = {name: med(v) for name, v in samples.items()}
    r = {name: ratio(samples, name, 1) for name in calls}
    r["8/8x1"] = ratio(samples, WIDTH, "8x1")
    return dict(label=label, size=size, t=t, r=r, diff=diff, fd=fd_err, build=build_seconds,
                tag=tag, n_dirs=len(dirs.dup) + len(dirs.act))


def _fd_direction(primal, fn, args, dirs, tangent, h=1e-6):
    """Central difference of the primal along lane 0's direction vs the width-1 tangent."""
    values = []
    for sign in (1.0, -1.0):
        moved = list(args)
        for i in dirs.array:
            moved[i] = args[i] + sign * h * dirs.array[i][0]
        for i in dirs.scalar:
            moved[i] = args[i] + sign * h * dirs.scalar[i][0]
        primal.args = moved
        primal.repack()
        primal.run()
        values.append(primal.result())
    primal.args = args
    primal.repack()
    fd = (values[0] - values[1]) / (2 * h)
    return abs(fd - tangent) / max(1.0, abs(fd))


# ---------------------------------------------------------------------------------------------
# Hessians: forward over reverse


def _logreg_h(r):
    n, d = 256, 32
    X = r.normal(size=(n, d))
    y = (X @ r.normal(size=d) + r.normal(size=n) > 0).astype(np.float64)
    return [X.ravel(), y, r.normal(scale=0.3, size=d), 0.1, 0.01, n, d], (2,)


def _nbody_h(r):
    args = KERNELS[3][4](r)
    args[3] = 200
    return args, (1,)


def _gmm_h(r):
    d, k, n = 3, 4, 50
    icf_sz = d * (d + 1) // 2
    return [d, k, n, r.normal(size=k), r.uniform(-1, 1, k * d),
            r.uniform(-0.3, 0.3, k * icf_sz), r.normal(size=n * d), 1.0, 0], (3, 4, 5)


# label, kernel file, function, size, inputs(rng) -> (args, indices of the Hessian's arrays)
def _newton_h(r):
    return [r.uniform(0.2, 5.0, 32), 1.0, 32], (0,)


HESSIANS = [
    ("logistic regression", "logreg", "logreg_loss", "256x32, H wrt w (n=32)", _logreg_h),
    ("N-body RK4", "nbody_rk4", "nbody_rk4", "200 steps, H wrt state0 (n=16)", _nbody_h),
    ("Newton per element", "newton_solve", "newton_solve", "n=32 (while), H wrt a", _newton_h),
    ("GMM objective", "gmm", "gmm_objective", "N=50 K=4 D=3, H wrt alphas, means, icf (n=40)",
     _gmm_h),
]


def bench_hessian(label, name, fn_name, size, make, boxed):
    text = _source(name)
    args, wrt = make(_rng())
    start = time.perf_counter()
    module = prepare(text, fn_name)
    fn = module.get_function(fn_name)
    acts = [ArgActivity.DUP if i in wrt else ArgActivity.CONST for i in range(len(fn.args))]
    grad = differentiate_reverse(module, fn_name, acts, return_active=True)
    grad_name, grad_type = grad.name, grad.function_type
    add_boxed_wrapper(module, grad, "grad.boxed")
    gtext = str(module)
    layout = DataLayout.of(module)
    gcompiled = get_engine().compile(gtext, opt=OPT, name=f"{fn_name}.grad")
    # gradient arguments: x, dx for Hessian arrays; consts; seed
    fwd_acts = []
    for i, a in enumerate(acts):
        fwd_acts.append(ArgActivity.DUP if a is ArgActivity.DUP else ArgActivity.CONST)
        if a is ArgActivity.DUP:
            fwd_acts.append(ArgActivity.DUP)
    fwd_acts.append(ArgActivity.CONST)          # the seed
    hvps = {}
    for width in (1, WIDTH):
        m = prepare(gtext, grad_name)
        hvp = differentiate_forward(m, grad_name, fwd_acts, width=width)
        add_boxed_wrapper(m, hvp, "hvp.boxed")
        compiled = get_engine().compile(str(m), opt=OPT, name=f"{fn_name}.hvp{width}")
        (DUMP / f"{fn_name}.hvp{width}.O3.ll").write_text(compiled.ir)
        hvps[width] = (compiled, _boxable(hvp.function_type))
    build_seconds = time.perf_counter() - start

    sizes = [args[i].size for i in wrt]
    n = sum(sizes)
    offsets = np.concatenate([[0], np.cumsum(sizes)])

    def gradient_call(point):
        """Packed gradient at ``point`` (list of args) and its shadow arrays."""
        shadows = {i: np.zeros_like(point[i]) for i in wrt}
        call_args = []
        for i, a in enumerate(point):
            call_args.append(a)
            if i in shadows:
                call_args.append(shadows[i])
        call_args.append(1.0)
        return Packed(gcompiled.address("grad.boxed"), grad_type, layout, call_args), shadows

    def hvp_call(width, columns):
        """Packed width-``width`` HVP with unit directions e_j, j in ``columns``."""
        compiled, fnty = hvps[width]
        call_args, outs = [], [[] for _ in columns]
        for i, a in enumerate(args):
            call_args.append(a)
            if i in wrt:
                w = wrt.index(i)
                for j in columns:
                    e = np.zeros_like(a)
                    if offsets[w] <= j < offsets[w + 1]:
                        e[j - offsets[w]] = 1.0
                    call_args.append(e)
                call_args.append(np.zeros_like(a))      # the gradient's shadow
                for lane in range(len(columns)):
                    out = np.zeros_like(a)              # its tangent: H e_j
                    outs[lane].append(out)
                    call_args.append(out)
        call_args.append(1.0)
        return Packed(compiled.address("hvp.boxed"), fnty, layout, call_args), outs

    # full Hessian, width 1 and width 8
    calls1 = [hvp_call(1, [j]) for j in range(n)]
    H1 = np.zeros((n, n))
    for j, (call, outs) in enumerate(calls1):
        call.run()
        H1[:, j] = np.concatenate(outs[0])
    calls8 = [hvp_call(WIDTH, list(range(j, min(j + WIDTH, n))) + [0] * max(0, j + WIDTH - n))
              for j in range(0, n, WIDTH)]
    H8 = np.zeros((n, n))
    for c, (call, outs) in enumerate(calls8):
        call.run()
        for lane in range(WIDTH):
            j = c * WIDTH + lane
            if j < n:
                H8[:, j] = np.concatenate(outs[lane])
    # finite differences of the gradient on a few columns
    rng = np.random.default_rng(5)
    fd_err = 0.0
    checked = rng.choice(n, size=min(4, n), replace=False)
    for j in checked:
        w = int(np.searchsorted(offsets, j, side="right") - 1)
        i, local = wrt[w], j - offsets[w]
        value = args[i][local]
        h = 1e-5 * max(abs(value), 1e-1)
        grads = []
        for sign in (1.0, -1.0):
            args[i][local] = value + sign * h
            call, shadows = gradient_call(args)
            call.run()
            grads.append(np.concatenate([shadows[k] for k in wrt]))
        args[i][local] = value
        fd = (grads[0] - grads[1]) / (2 * h)
        fd_err = max(fd_err, float(np.max(np.abs(H1[:, j] - fd)) / max(1.0, np.max(np.abs(fd)))))
    sym = float(np.max(np.abs(H1 - H1.T)) / max(1.0, np.max(np.abs(H1))))
    diff8 = float(np.max(np.abs(H1 - H8)))

    gcall, _ = gradient_call(args)
    runs1 = [c.run for c, _ in calls1]
    runs8 = [c.run for c, _ in calls8]

    def grads():
        run = gcall.run
        for _ in range(n):
            run()

    def all1():
        for run in runs1:
            run()

    def all8():
        for run in runs8:
            run()
    samples = time_interleaved({"grad": grads, "h1": all1, "h8": all8},
                               {"grad": n * boxed, "h1": n * boxed, "h8": len(runs8) * boxed})
    return dict(label=label, size=size, n=n, grad=med(samples["grad"]) / n,
                h1=med(samples["h1"]), h8=med(samples["h8"]), r1=ratio(samples, "h1", "grad"),
                r8=ratio(samples, "h8", "grad"), fd=fd_err, checked=len(checked), sym=sym,
                diff8=diff8, build=build_seconds)


# ---------------------------------------------------------------------------------------------
# report

# What the optimised IR / assembly of the width-8 builds showed when this benchmark was written
# (read from the dumps in DUMP; the numbers above are re-measured on every run).
NOTES = """
## Where width 8 costs more than 3 passes (from the optimised IR and assembly, -O3, znver4)

* **sum of squares + dot**: memory bound. A width-8 call streams 18 arrays of 800 KB (x, y
  and 16 shadows) against 4 for a pass (4.5x the bytes). SLP does fuse the lanes into
  `<8 x double>` arithmetic, but each lane lives in its own shadow array, so every iteration
  does 16 scalar loads + 14 `insertelement`s to gather them, and 6 of the 16 shadow pointers
  are reloaded from the stack (not enough registers). The loop over i is not vectorised in
  either build (an ordered FP reduction).
* **heat 1-D stencil**: a linear kernel, so each lane's tangent is a whole stencil plus the copy
  back on its own two 16 KB buffers (the loop over i is vectorised per lane): one more lane
  costs about one primal, and even perfect code would give (1 + 8) / 2 = 4.5 passes. The
  width-8 loops also spill: about a quarter of their instructions are stack accesses
  (9 x 2 buffer pointers).
* **GMM objective** (default activities and with the data x Const): the inner loops are
  bilinear (`Q * xcentered`, `sqnorm`), so a lane's tangent costs about as many flops as the
  primal and only `exp`/`log` are shared. The width-8 body of the (point, component) loop has
  about 1,100 instructions of which about 500 touch the stack, 320 of them `movq` reloads of
  pointers into general registers: the 8 shadow pointers of each of 8 arrays do not fit in
  registers and are reloaded in every iteration (width 1: about 160 stack accesses of 470).
* **N-body RK4** (about 3): the lanes are not fused. SLP pairs the x/y components inside a
  lane (`<2 x double>`) instead of packing lanes together, so each pair interaction does 8
  scalar `fdiv`s (the quotient rule `(dx*y - x*dy)/(y*y)`, one per lane) and 8 copies of the
  tangent arithmetic. Rewriting the quotient rule to use one reciprocal for all lanes made no
  measurable difference.
* **width 16**: on the oscillator SLP gives up completely at 16 lanes (no packed arithmetic,
  all 32 tangents and the primal state live across the loop: about 230 stack accesses per
  iteration of about 570 instructions), which is the
  step from 1.0x to about 3.5x a pass; logistic regression and N-body also grow faster
  than linearly from 8 to 16.
"""


def _r(x):
    return f"{x:.2f}"


def main():
    wall = time.perf_counter()
    load = os.getloadavg()
    DUMP.mkdir(exist_ok=True)
    _keep, boxed = boxed_overhead()
    rows = []
    for label, name, fn_name, size, make, const in FORWARD_KERNELS:
        widths = SWEEP if fn_name in SWEEP_KERNELS and not const else (1, WIDTH)
        row = bench_vector(label, name, fn_name, size, make, const, boxed, widths)
        rows.append(row)
        t = row["t"]
        print(f"  {label}: primal {_us(t['primal'])} us, width 1 {_us(t[1])} us, "
              f"width 8 {_us(t[WIDTH])} us ({row['r'][WIDTH]:.2f} passes), "
              f"8 passes {_us(t['8x1'])} us", flush=True)
    hrows = []
    for label, name, fn_name, size, make in HESSIANS:
        try:
            row = bench_hessian(label, name, fn_name, size, make, boxed)
        except EnzpyError as exc:     # report the failure in the table, keep going
            first = str(exc).splitlines()[0].split(" points to")[0]
            hrows.append(dict(label=label, size=size, error=f"{type(exc).__name__}: {first}"))
            print(f"  Hessian {label}: FAILED {hrows[-1]['error']}", flush=True)
            continue
        hrows.append(row)
        print(f"  Hessian {label}: n={row['n']}, gradient {_us(row['grad'])} us, "
              f"n HVPs {_us(row['h1'])} us ({row['r1']:.2f} x n "
              f"gradients), width-8 HVPs {_us(row['h8'])} us", flush=True)

    cpu = cpu_name()
    out = [f"# Forward mode: tangent passes, vector mode and Hessians\n",
           f"Machine: `nproc` {len(os.sched_getaffinity(0))}, {cpu}; Python "
           f"{sys.version.split()[0]}; {datetime.date.today().isoformat()}; load average "
           f"{load[0]:.1f} at the start (with other processes running, expect ±20% on "
           "single ratios between runs). "
           "Produced by `python benchmarks/bench_forward.py`.\n",
           f"Everything is compiled by enzpy.jit at -O{OPT} for the host CPU from the committed "
           "`.ll` (clang-22 -O2 -fno-vectorize -fno-slp-vectorize -fno-unroll-loops) with "
           "clang's per-function `target-cpu`/`target-features` attributes removed: they say "
           "x86-64 (SSE2) and would hold the primal to 2-double vectors while the functions "
           "enzpy generates, which carry no such attributes, get the host's vector extensions "
           "(here AVX-512). Calls go through a boxed wrapper with a pre-packed argument block. "
           f"Median of {RUNS} runs (each ≥ {RUN_SECONDS * 1e3:.0f} ms of calls), µs per call, "
           f"empty-call overhead ({boxed * 1e6:.2f} µs) subtracted per call; the variants of a "
           "kernel are timed in turn (in slices) within each run, and every ratio is the median "
           "of the ratios within a run, so it can differ from the ratio of the medians. "
           "Activities: float "
           "pointers Duplicated, float scalars Active, ints Const; random directions for "
           "every differentiated input.\n",
           "## Vector forward mode\n",
           "*pass/primal* = one width-1 tangent pass over the primal; *8 passes* = 8 width-1 "
           "calls with 8 directions; *width 8* = one call with the same 8 directions; "
           "*w8/pass* = width 8 over one pass (target < 3); *w8/8 passes* = the saving of vector "
           "mode. *lanes* = max |width-8 lane − its width-1 pass| over return tangents and "
           "shadow memory (0 = bit for bit); *FD* = relative error of a width-1 tangent against "
           "a central difference of the primal along its direction.\n",
           "*lane/primal* = (width 8 − 1 pass) / 7 / primal, the cost of one more lane in "
           "units of the primal (w8/pass < 3 needs it below about 2/7 of a pass).\n",
           "| kernel | size | primal (µs) | 1 pass (µs) | pass/primal | 8 passes (µs) "
           "| width 8 (µs) | w8/pass | w8/8 passes | lane/primal | lanes | FD | build (s) |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|"]
    for r in rows:
        t, q = r["t"], r["r"]
        flag = "" if q[WIDTH] < 3 else " ⚠"
        fd = "ok" if r["fd"] < 1e-5 else "**MISMATCH**"
        out.append(f"| {r['label']} | {r['size']} | {_us(t['primal'])} | {_us(t[1])} "
                   f"| {_r(1 / q['primal'])} | {_us(t['8x1'])} | {_us(t[WIDTH])} "
                   f"| {_r(q[WIDTH])}{flag} | {_r(q['8/8x1'])} "
                   f"| {_r((t[WIDTH] - t[1]) / (WIDTH - 1) / t['primal'])} | {r['diff']:.0e} "
                   f"| {fd} {r['fd']:.0e} | {r['build']:.2f} |")
    ratios = [r["r"][WIDTH] for r in rows]
    geo = float(np.exp(np.mean(np.log(ratios))))
    out.append(f"\nGeometric mean width 8 / one pass: {geo:.2f}; kernels at or above 3: "
               f"{sum(x >= 3 for x in ratios)} of {len(ratios)}.\n")
    out += ["### Width sweep (time of one call / one width-1 pass)\n",
            "| kernel | " + " | ".join(f"width {w}" for w in SWEEP) + " | per lane at 16 |",
            "|---|" + "---:|" * (len(SWEEP) + 1)]
    for r in rows:
        if all(w in r["t"] for w in SWEEP):
            t, q = r["t"], r["r"]
            out.append(f"| {r['label']} | " + " | ".join(
                f"{_r(q[w])} ({_us(t[w])} µs)" for w in SWEEP) + f" | {_r(q[16] / 16)} |")
    out += ["\n## Hessians: forward over reverse\n",
            "The gradient `diffe_<f>` (Hessian inputs Duplicated, everything else Const) "
            "differentiated in forward mode; the full n × n Hessian = n Hessian-vector products "
            "with unit vectors (width 1), or n/8 calls of width 8. *ratio* = Hessian time over "
            "n gradient evaluations. FD = max error of the checked columns against central "
            "differences of the gradient, relative to the column's largest entry; sym = "
            "max |H − Hᵀ| / max |H|; w8 vs w1 = max |difference| of the two Hessians.\n",
            "| kernel | size | gradient (µs) | n gradients (µs) | Hessian, n HVPs (µs) "
            "| ratio | Hessian, width-8 HVPs (µs) | ratio | FD (columns) | sym | w8 vs w1 "
            "| build (s) |",
            "|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|"]
    for r in hrows:
        if "error" in r:
            out.append(f"| {r['label']} | {r['size']} | — | — | fails: `{r['error']}` "
                       "| — | — | — | — | — | — | — |")
            continue
        ng = r["n"] * r["grad"]
        fd = "ok" if r["fd"] < 1e-4 else "**MISMATCH**"
        out.append(f"| {r['label']} | {r['size']} | {_us(r['grad'])} | {_us(ng)} "
                   f"| {_us(r['h1'])} | {_r(r['r1'])} | {_us(r['h8'])} "
                   f"| {_r(r['r8'])} | {fd} {r['fd']:.0e} ({r['checked']}) "
                   f"| {r['sym']:.0e} | {r['diff8']:.0e} | {r['build']:.2f} |")
    out.append(NOTES)
    out.append(f"\nWhole run: {time.perf_counter() - wall:.0f} s. Optimised IR of every build: "
               f"`{DUMP}/`.\n")
    report = "\n".join(out)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
