"""Full unrolling of loops with a small constant trip count before AD (enzpy.ad.unroll)."""

import numba
import numpy as np

import enzpy
from enzpy.ad.prepare import prepare
from enzpy.analysis.cfg import CFG
from enzpy.check import check_forward, check_reverse
from enzpy.numba.capture import capture


def _loops(module, name):
    cfg = CFG(module.get_function(name))
    out, work = [], list(cfg.loops)
    while work:
        loop = work.pop()
        out.append(loop)
        work.extend(loop.children)
    return out


def squares(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += (a[i] - 1.0) ** 2 + a[i] ** 3
    return s


def test_numba_integer_powers_become_straight_line_code():
    cap = capture(numba.njit(squares), (numba.float64[::1],))
    raw = prepare(cap.text, cap.entry, inline=True)
    assert len(_loops(raw, cap.entry)) == 1         # only the loop over the array is left
    a = np.linspace(-1.0, 2.0, 7)
    g = enzpy.grad(squares)(a)
    np.testing.assert_allclose(g, 2 * (a - 1.0) + 3 * a ** 2, rtol=1e-14)


# a loop whose counter starts at a constant: i = 3, 2, 1 (signed compare), x = x * x + c
COUNTDOWN = """
define double @f(double %x, double %c) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 3, %entry ], [ %i.next, %loop ]
  %v = phi double [ %x, %entry ], [ %v.next, %loop ]
  %sq = fmul double %v, %v
  %v.next = fadd double %sq, %c
  %i.next = add nsw i32 %i, -1
  %more = icmp sgt i32 %i.next, 0
  br i1 %more, label %loop, label %done
done:
  %r = phi double [ %v.next, %loop ]
  %twice = fmul double %r, 2.0
  ret double %twice
}
"""


def test_a_constant_countdown_is_unrolled_and_differentiated():
    module = prepare(COUNTDOWN, "f")
    assert not _loops(module, "f")
    assert check_reverse(COUNTDOWN, "f", bounds=(0.2, 0.6)).ok
    assert check_forward(COUNTDOWN, "f", bounds=(0.2, 0.6)).ok


def test_long_or_unknown_loops_stay_loops():
    long_loop = COUNTDOWN.replace("[ 3, %entry ]", "[ 40, %entry ]")
    assert len(_loops(prepare(long_loop, "f"), "f")) == 1
    unknown = COUNTDOWN.replace("define double @f(double %x, double %c)",
                                "define double @f(double %x, double %c, i32 %n)") \
        .replace("[ 3, %entry ]", "[ %n, %entry ]")
    assert len(_loops(prepare(unknown, "f"), "f")) == 1
    assert check_reverse(long_loop, "f", bounds=(0.01, 0.02)).ok
