"""The instruction rows of the rule table: LLVM's float arithmetic.

Each row gives the partial derivatives of one opcode with respect to its operands, in the
same form as the math rows (``lambda e, a, y: ...``; ``a`` the operands, ``y`` the result).
Reverse mode adds ``partial * adjoint`` to each active operand's adjoint and forward mode sums
``partial * tangent``, so one row serves both (a partial of 1 or -1 emits no product).

Instructions that only move values (casts, ``select``, aggregates, vector lanes, loads and
stores) have no partials; each generator handles them itself.

* ``fdiv``: both partials use ``1 / y`` (one division, shared): ``1/y`` and ``-(x/y)/y`` as
  ``-(x r) r``, never ``y*y``, which overflows for |y| > 1e154.
* ``frem(x, y) = x - trunc(x / y) y``: partials 1 and ``-trunc(x / y)`` (C's ``fmod``).
"""

from .registry import Rule, register


def _one(e, a, y):
    return 1.0


def _minus_one(e, a, y):
    return -1.0


register(Rule("fadd", (_one, _one), libm=False, instruction=True))
register(Rule("fsub", (_one, _minus_one), libm=False, instruction=True))
register(Rule("fneg", (_minus_one,), libm=False, instruction=True))
register(Rule("fmul", (lambda e, a, y: a[1], lambda e, a, y: a[0]), libm=False,
              instruction=True))
register(Rule("fdiv", (lambda e, a, y: e.recip(a[1]),
                       lambda e, a, y: e.neg(e.mul(e.mul(a[0], e.recip(a[1])), e.recip(a[1])))),
              libm=False, instruction=True))
register(Rule("frem", (_one, lambda e, a, y: e.neg(e.trunc(e.div(a[0], a[1])))), libm=False,
              instruction=True))
