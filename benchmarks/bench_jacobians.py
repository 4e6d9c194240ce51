"""Forward mode, Jacobians and Hessians of Numba functions (enzpy.jacfwd, enzpy.hessian).

Run from the repository root:  python benchmarks/bench_jacobians.py
(writes benchmarks/results/jacobians.md and prints it; takes about a minute).

Two comparisons, side by side in one run (medians over RUNS runs of the mean time per call,
kernels already compiled):

* vector forward mode: a Jacobian (``jacfwd``) with ``chunk=8`` (8 tangents per pass) against
  ``chunk=1`` (one pass per column), reported as the time of one width-8 pass over the time of
  one width-1 pass (target: under 3), and as the speed-up of the whole Jacobian;
* Hessians: ``hessian(f)`` (forward over reverse, 8 columns per pass) against n gradient
  evaluations ``grad(f)`` (what one pass costs when n columns cost n gradients), and against
  one primal call.
"""

import datetime
import math
import pathlib
import statistics
import sys
import time

import numba
import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import enzpy  # noqa: E402

RESULTS = HERE / "results" / "jacobians.md"
RUNS = 7
RUN_SECONDS = 0.05


# ------------------------------------------------------------------------------------------
# kernels

def rosenbrock(x):
    s = 0.0
    for i in range(x.shape[0] - 1):
        s += 100.0 * (x[i + 1] - x[i] * x[i]) ** 2 + (1.0 - x[i]) ** 2
    return s


def logsumexp(a):
    m = np.max(a)
    return m + math.log(np.sum(np.exp(a - m)))


def mlp_loss(w, X, y):
    """A one-hidden-layer network (4 units) with loops: w holds 4 x d + 4 weights."""
    d = X.shape[1]
    total = 0.0
    for i in range(X.shape[0]):
        out = 0.0
        for h in range(4):
            z = 0.0
            for j in range(d):
                z += w[h * d + j] * X[i, j]
            out += w[4 * d + h] * math.tanh(z)
        total += (out - y[i]) ** 2
    return total / X.shape[0]


def softplus_map(x, a):
    out = np.empty(a.shape[0])
    for i in range(a.shape[0]):
        s = 0.0
        for j in range(x.shape[0]):
            s += a[i] * x[j] / (1.0 + abs(i - j))
        out[i] = math.log1p(math.exp(s))
    return out


def ode_map(p, y0):
    """RK4 with three parameters; returns the trajectory at 8 times."""
    h = 0.01
    y = y0
    out = np.empty(8)
    for k in range(8):
        for _ in range(100):
            k1 = -p[0] * y + p[1] * math.sin(p[2] * y)
            k2 = -p[0] * (y + h * k1 / 2) + p[1] * math.sin(p[2] * (y + h * k1 / 2))
            k3 = -p[0] * (y + h * k2 / 2) + p[1] * math.sin(p[2] * (y + h * k2 / 2))
            k4 = -p[0] * (y + h * k3) + p[1] * math.sin(p[2] * (y + h * k3))
            y = y + h * (k1 + 2 * k2 + 2 * k3 + k4) / 6
        out[k] = y
    return out


def _rng():
    return np.random.default_rng(0)


JACOBIANS = {
    "softplus map": (softplus_map, lambda r: (r.uniform(-1, 1, 64), r.uniform(-1, 1, 200)),
                     "64 inputs -> 200 outputs"),
    "RK4 trajectory": (ode_map, lambda r: (np.array([0.7, 1.3, 0.9]), 0.3),
                       "3 inputs -> 8 outputs, 800 steps"),
    "log-sum-exp": (logsumexp, lambda r: (r.uniform(-1, 1, 256),), "256 inputs -> 1"),
}

HESSIANS = {
    "Rosenbrock": (rosenbrock, lambda r: (r.uniform(-1, 1, 64),), "n=64"),
    "log-sum-exp": (logsumexp, lambda r: (r.uniform(-1, 1, 64),), "n=64 (array temporaries)"),
    "MLP loss": (mlp_loss, lambda r: (r.uniform(-0.5, 0.5, 4 * 8 + 4),
                                      r.standard_normal((200, 8)), r.standard_normal(200)),
                 "36 weights, 200x8 data"),
}


def per_call(fn, args, seconds=RUN_SECONDS, runs=RUNS):
    """Median over ``runs`` of the mean seconds per call of ``fn(*args)``."""
    fn(*args)
    samples = []
    for _ in range(runs):
        count, start = 0, time.perf_counter()
        while True:
            fn(*args)
            count += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
        samples.append(elapsed / count)
    return statistics.median(samples)


def jacobian_rows():
    rows = []
    for name, (fn, make, size) in JACOBIANS.items():
        args = make(_rng())
        f = enzpy.autodiff(fn)
        n = int(np.size(args[0]))
        wide = enzpy.jacfwd(f, chunk=8)
        narrow = enzpy.jacfwd(f, chunk=1)
        np.testing.assert_allclose(wide(*args), narrow(*args), rtol=1e-12, atol=1e-12)
        t_wide, t_narrow = per_call(wide, args), per_call(narrow, args)
        t_primal = per_call(numba.njit(fn), args)
        passes8, passes1 = math.ceil(n / 8), n
        rows.append((name, size, t_primal, t_narrow, t_wide,
                     (t_wide / passes8) / (t_narrow / passes1), t_narrow / t_wide))
    return rows


def hessian_rows():
    rows = []
    for name, (fn, make, size) in HESSIANS.items():
        args = make(_rng())
        f = enzpy.autodiff(fn)
        n = int(np.size(args[0]))
        hess, g = enzpy.hessian(f), enzpy.grad(f)
        H = hess(*args)
        assert np.allclose(H, H.T, rtol=1e-9, atol=1e-9)
        t_h, t_g, t_p = per_call(hess, args), per_call(g, args), per_call(numba.njit(fn), args)
        rows.append((name, size, t_p, t_g, t_h, t_h / (n * t_g), t_h / t_p))
    return rows


def _fmt(seconds):
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e3:.2f} ms"


def main():
    jac = jacobian_rows()
    hes = hessian_rows()
    lines = [
        "# Jacobians and Hessians of Numba functions",
        "",
        f"Generated by `python benchmarks/bench_jacobians.py` on "
        f"{datetime.date.today().isoformat()} (median of {RUNS} runs; kernels compiled "
        "before timing; numba " + numba.__version__ + ").",
        "",
        "## Vector forward mode: `jacfwd(f, chunk=8)` against `chunk=1`",
        "",
        "*width-8 pass / width-1 pass* is the cost of one pass carrying 8 tangents over one",
        "pass carrying 1 (target: under 3); *speed-up* is the whole Jacobian's.",
        "",
        "| kernel | size | primal | Jacobian, chunk=1 | Jacobian, chunk=8 | "
        "width-8 pass / width-1 pass | speed-up |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, size, tp, t1, t8, ratio, speed in jac:
        lines.append(f"| {name} | {size} | {_fmt(tp)} | {_fmt(t1)} | {_fmt(t8)} | "
                     f"{ratio:.2f} | {speed:.1f}× |")
    lines += [
        "",
        "## Hessians: forward over reverse, 8 columns per pass",
        "",
        "*Hessian / (n × gradient)* below 1 means the whole Hessian costs less than n gradient",
        "evaluations (finite differences of the gradient would need 2n).",
        "",
        "| function | size | primal | gradient | Hessian | Hessian / (n × gradient) | "
        "Hessian / primal |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, size, tp, tg, th, ratio, per_primal in hes:
        lines.append(f"| {name} | {size} | {_fmt(tp)} | {_fmt(tg)} | {_fmt(th)} | "
                     f"{ratio:.2f} | {per_primal:.0f} |")
    text = "\n".join(lines) + "\n"
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
