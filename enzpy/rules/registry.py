"""The derivative rule table: one row per function family or float instruction.

A ``Rule`` gives, for each argument of a function, its partial derivative as an expression
built with an ``Emitter`` (``lambda e, args, result: e.cos(args[0])``).  The AD engine turns
partials into forward mode (tangent = sum of partial * argument tangent) and reverse mode
(argument adjoint += partial * result adjoint), handling zeros, inactive arguments, vector
width and accumulation itself; a row may override forward mode with ``tangent``.  ``None`` as
a partial means the argument is not differentiable (an integer exponent, a flag, the pointer
frexp writes its exponent through), ``ZERO`` that the derivative is zero everywhere (floor,
round ...).  A partial may also be a Python number (1.0 for ``fadd``); the engine then emits
no product for 1 and -1.  Rows with ``instruction=True`` are found by opcode
(``lookup_instruction``).  A row with ``result_field`` is a function returning a struct
(``llvm.modf``): its partials are those of that field, and the other fields carry no
derivative.
"""

from dataclasses import dataclass, field
import re

__all__ = ["Rule", "ZERO", "RULES", "register", "lookup", "lookup_instruction"]

ZERO = "zero"


@dataclass(frozen=True)
class Rule:
    """Derivative rule of one function family (``sin``: sin, sinf, sinl, llvm.sin.*)."""
    name: str
    partials: tuple
    tangent: object = None          # optional (e, args, tangents, result) -> output tangent
    libm: bool = True               # has C library names name, namef, namel
    intrinsic: bool = False         # has llvm.name.* intrinsic names
    instruction: bool = False       # the row of the LLVM instruction with opcode ``name``
    aliases: tuple = field(default=())
    result_field: object = None     # the call returns a struct: the partials are those of
    #                                 this field of it (``y``); the other fields have none
    doc: str = ""


RULES = {}
_BY_SYMBOL = {}
_BY_OPCODE = {}


def register(rule):
    """Add a row to the table (later rows replace earlier ones of the same name)."""
    RULES[rule.name] = rule
    if rule.instruction:
        _BY_OPCODE[rule.name] = rule
        return rule
    names = [rule.name] + list(rule.aliases)
    for name in names:
        if rule.libm:
            for suffix in ("", "f", "l"):
                _BY_SYMBOL[name + suffix] = rule
    return rule


def lookup_instruction(opcode):
    """The row of a float instruction (``fmul``), or None."""
    return _BY_OPCODE.get(opcode)


_INTRINSIC = re.compile(r"llvm\.([a-z0-9_]+(?:\.[a-z]+)?)\.")


def lookup(symbol):
    """The rule for a callee name (``sin``, ``sinf``, ``llvm.sin.f64``), or None."""
    rule = _BY_SYMBOL.get(symbol)
    if rule is not None:
        return rule
    if symbol.startswith("llvm."):
        m = _INTRINSIC.match(symbol + ".")
        if m:
            base = m.group(1)
            rule = RULES.get(base)
            if rule is not None and rule.intrinsic:
                return rule
            rule = RULES.get(base.split(".")[0])
            if rule is not None and rule.intrinsic:
                return rule
    if symbol.startswith("__") and symbol.endswith("_finite"):
        return _BY_SYMBOL.get(symbol[2:-len("_finite")])
    return None
