"""``CFG.trip_count``: the number of iterations of a counted loop, known on entry, which the
tape uses to allocate a loop's records once.  Too small a count would overrun the records, so
every latch form is checked against running the loop: counting up and down, comparing the
induction variable before or after its update, each predicate, the bound on either side."""

import itertools

import pytest

from enzpy.analysis.cfg import CFG
from enzpy.ir import parse
from enzpy.ir.values import Argument, ConstantInt

_PREDICATES = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b,
    "slt": lambda a, b: a < b, "sle": lambda a, b: a <= b,
    "sgt": lambda a, b: a > b, "sge": lambda a, b: a >= b,
}


def _loop(step, after, predicate, stays, swapped, bound):
    """A do-while loop over ``i`` (from %start) whose latch compares ``i`` (or ``i + step``
    when ``after``) with ``bound`` (a constant, or the argument %n)."""
    compared = "%i.next" if after else "%i"
    operands = f"{bound}, {compared}" if swapped else f"{compared}, {bound}"
    targets = "label %loop, label %exit" if stays else "label %exit, label %loop"
    return f"""
define i64 @f(i64 %start, i64 %n) {{
entry:
  br label %loop
loop:
  %i = phi i64 [ %start, %entry ], [ %i.next, %loop ]
  %i.next = add i64 %i, {step}
  %c = icmp {predicate} i64 {operands}
  br i1 %c, {targets}
exit:
  ret i64 %i
}}
"""


def _run(step, after, predicate, stays, swapped, start, bound):
    """Iterations the loop really runs (None when it would not stop within 1000)."""
    test = _PREDICATES[predicate]
    i = start
    for count in range(1, 1001):
        value = i + step if after else i
        taken = test(bound, value) if swapped else test(value, bound)
        if taken != stays:
            return count
        i += step
    return None


def _value(v, start, n):
    if isinstance(v, ConstantInt):
        return v.value
    assert isinstance(v, Argument)
    return {"start": start, "n": n}[v.name]


FORMS = list(itertools.product((1, -1), (False, True), list(_PREDICATES), (True, False),
                               (False, True), ("%n", "7")))


@pytest.mark.parametrize("step, after, predicate, stays, swapped, bound", FORMS)
def test_trip_count_is_exact_or_unknown(step, after, predicate, stays, swapped, bound):
    fn = parse(_loop(step, after, predicate, stays, swapped, bound)).get_function("f")
    cfg = CFG(fn)
    loop = cfg.loop_of[fn.blocks[1]]
    count = cfg.trip_count(loop)
    if count is None:
        return
    upper, lower, _ = count
    for start, n in itertools.product(range(-3, 12), range(-3, 12)):
        b = n if bound == "%n" else 7
        real = _run(step, after, predicate, stays, swapped, start, b)
        if real is None:
            continue                     # (runs until the integers wrap: no count to check)
        claimed = max(_value(upper, start, n) - _value(lower, start, n), 1)
        assert claimed == real, (start, n, claimed, real)


def test_the_common_forms_are_recognised():
    """C's ``for (i = s; i < n; i++)`` and Numba's ``range`` countdown ``c > 1, c -= 1``."""
    recognised = {(step, after, predicate, stays, swapped, bound)
                  for step, after, predicate, stays, swapped, bound in FORMS
                  if CFG(f := parse(_loop(step, after, predicate, stays, swapped, bound))
                         .get_function("f")).trip_count(CFG(f).loop_of[f.blocks[1]])}
    assert (1, True, "slt", True, False, "%n") in recognised      # i + 1 < n
    assert (1, True, "eq", False, False, "%n") in recognised      # exit when i + 1 == n
    assert (-1, False, "sgt", True, False, "7") in recognised     # Numba: c > 1
    assert (-1, True, "ne", True, False, "7") in recognised       # c - 1 != 0
    assert (1, False, "slt", True, False, "7") in recognised      # i < 7 (before the update)
