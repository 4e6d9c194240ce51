"""Regenerate the Numba IR samples: ``python ir_samples/numba/generate.py``.

For each function below this writes ``NAME.raw.ll`` (the linked module before the pre-AD
clean-up), ``NAME.clean.ll`` (after it: what AD reads) and ``NAME.json`` (entry name, types,
and which LLVM parameters each Python argument occupies), using ``enzpy.numba.capture``.
Every function is compiled and called through Numba first, so the capture also exercises the
"compiled earlier" path.  The IR depends on the Numba/llvmlite versions and on this process
(addresses of Numba globals are baked in), so treat the files as examples, not golden text.
"""

import json
import math
import os
import sys

import numpy as np
import numba
from numba import types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from enzpy.numba.capture import capture  # noqa: E402


@numba.njit
def scalar_math(x, y):
    return math.sin(x) * math.exp(-y * y) + math.log1p(x * x) / math.sqrt(1.0 + y * y)


@numba.njit
def array_loop(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return s


@numba.njit
def matrix_loop(m, w):
    out = 0.0
    for i in range(m.shape[0]):
        row = 0.0
        for j in range(m.shape[1]):
            row += m[i, j] * w[j]
        out += math.tanh(row)
    return out


@numba.njit
def while_loop(x, tol):
    # Newton iteration for sqrt(x)
    y = x if x > 1.0 else 1.0
    steps = 0
    while abs(y * y - x) > tol and steps < 50:
        y = 0.5 * (y + x / y)
        steps += 1
    return y


@numba.njit
def _softplus(z):
    return math.log1p(math.exp(-abs(z))) + max(z, 0.0)


@numba.njit
def calls_njit(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += _softplus(a[i] * b)
    return s


@numba.njit
def numpy_ops(a):
    e = np.exp(a)
    return np.sum(e * a) / np.sum(e)


@numba.njit
def float32_fn(x, y):
    return np.float32(x * y + np.float32(3.0) * x * x)


@numba.njit
def tuple_io(p, scale):
    x, y = p
    r = math.hypot(x, y)
    return (x * scale / r, y * scale / r)


@numba.njit
def branchy(x):
    if x < -1.0:
        return -x * x
    elif x < 0.0:
        return math.sin(x)
    elif x < 2.0:
        return x ** 3
    return 8.0 + 12.0 * (x - 2.0)


@numba.njit
def ode_step(y, dt, k):
    # one explicit midpoint (RK2) step of dy/dt = -k * y**3, written into y in place
    n = y.shape[0]
    mid = np.empty(n)
    for i in range(n):
        mid[i] = y[i] + 0.5 * dt * (-k * y[i] ** 3)
    for i in range(n):
        y[i] = y[i] + dt * (-k * mid[i] ** 3)
    return y[0]


@numba.njit
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@numba.njit
def checked_log(x):
    if x <= 0.0:
        raise ValueError("checked_log: x must be positive")
    return math.log(x)


f64, i64, f32 = types.float64, types.int64, types.float32
vec, mat = types.float64[::1], types.float64[:, ::1]

SAMPLES = [
    ("scalar_math", scalar_math, (f64, f64), (0.3, 0.7)),
    ("array_loop", array_loop, (vec,), (np.arange(4.0),)),
    ("matrix_loop", matrix_loop, (mat, vec), (np.ones((3, 2)), np.ones(2))),
    ("while_loop", while_loop, (f64, f64), (2.0, 1e-12)),
    ("calls_njit", calls_njit, (vec, f64), (np.arange(3.0), 0.5)),
    ("numpy_ops", numpy_ops, (vec,), (np.arange(3.0),)),
    ("float32_fn", float32_fn, (f32, f32), (np.float32(1.5), np.float32(2.0))),
    ("tuple_io", tuple_io, (types.UniTuple(f64, 2), f64), ((3.0, 4.0), 2.0)),
    ("branchy", branchy, (f64,), (0.5,)),
    ("ode_step", ode_step, (vec, f64, f64), (np.ones(3), 0.1, 2.0)),
    ("dot", dot, (vec, vec), (np.arange(3.0), np.ones(3))),
    ("checked_log", checked_log, (f64,), (2.0,)),
]


def main():
    for name, fn, argtypes, example in SAMPLES:
        fn(*example)                       # compiled (and run) by Numba first
        cap = capture(fn, argtypes)
        with open(os.path.join(HERE, name + ".raw.ll"), "w") as fh:
            fh.write(cap.raw_text)
        with open(os.path.join(HERE, name + ".clean.ll"), "w") as fh:
            fh.write(cap.text)
        summary = cap.to_dict()
        summary["location"] = f"ir_samples/numba/generate.py:{fn.py_func.__code__.co_firstlineno}"
        with open(os.path.join(HERE, name + ".json"), "w") as fh:
            json.dump(summary, fh, indent=1)
            fh.write("\n")
        print(f"{name:12s} raw {cap.raw_text.count(chr(10)):5d} lines, clean "
              f"{cap.text.count(chr(10)):4d} lines, {cap.seconds * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
