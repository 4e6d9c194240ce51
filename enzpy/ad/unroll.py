"""Full unrolling, before AD, of loops that run a small constant number of times.

Numba computes a float to a constant integer power (``x ** 2``) with a square-and-multiply
loop whose exponent starts constant.  Left as a loop inside another loop, reverse mode would
keep a tape for every instance of it (an allocation per outer iteration); unrolled, it is two
multiplications after the clean-up folds the constant bit tests.  LLVM's own full unrolling
cannot be had from llvmlite without partial and runtime unrolling, which AD must not see, so
enzpy does it here for the simplest shape: a loop of one block whose exit is decided by
integers that start constant.  The trip count is found by running those integers (at most
``MAX_TRIPS`` iterations); the block's body is then copied that many times in a row.
"""

from ..ir import types as T
from ..ir.builder import Builder
from ..ir.nodes import Instruction
from ..ir.values import ConstantInt
from .tape import _copy_attrs

__all__ = ["unroll_constant_loops", "MAX_TRIPS"]

MAX_TRIPS = 8
MAX_BODY = 64            # instructions of the loop body

_UNSIGNED = {"ult": lambda a, b: a < b, "ule": lambda a, b: a <= b,
             "ugt": lambda a, b: a > b, "uge": lambda a, b: a >= b,
             "eq": lambda a, b: a == b, "ne": lambda a, b: a != b}
_SIGNED = {"slt": lambda a, b: a < b, "sle": lambda a, b: a <= b,
           "sgt": lambda a, b: a > b, "sge": lambda a, b: a >= b}


def unroll_constant_loops(module):
    """Unroll every qualifying loop of the module's defined functions; True if any was."""
    changed = False
    for fn in module.functions:
        if fn.is_declaration:
            continue
        for block in list(fn.blocks):
            changed |= _unroll(block)
    return changed


def _unroll(loop):
    term = loop.terminator
    if term is None or term.opcode != "br" or len(term.operands) != 3:
        return False
    cond, then, other = term.operands
    if (then is loop) == (other is loop):
        return False
    exit_block = other if then is loop else then
    phis = [i for i in loop.instructions if i.opcode == "phi"]
    body = [i for i in loop.instructions if i.opcode != "phi" and i is not term]
    if not phis or len(body) > MAX_BODY or any(i.opcode in ("invoke", "alloca") for i in body):
        return False
    entries = {}
    for phi in phis:
        incoming = phi.incoming
        outside = [v for v, b in incoming if b is not loop]
        inside = [v for v, b in incoming if b is loop]
        if len(incoming) != 2 or len(outside) != 1 or len(inside) != 1:
            return False
        entries[phi] = (outside[0], inside[0])
    preheaders = {b for phi in phis for v, b in phi.incoming if b is not loop}
    if len(preheaders) != 1:
        return False
    trips = _trip_count(loop, phis, body, entries, cond, then is loop)
    if trips is None:
        return False
    _replace(loop, phis, body, entries, trips, exit_block)
    return True


def _trip_count(loop, phis, body, entries, cond, continue_if_true):
    """How many times the body runs (the loop is entered once), or None when the exit does
    not follow from integers that start constant within MAX_TRIPS iterations."""
    state = {}
    for phi in phis:
        start = entries[phi][0]
        if isinstance(start, ConstantInt) and isinstance(phi.type, T.IntType):
            state[phi] = start.value
    if not state:
        return None
    for trip in range(1, MAX_TRIPS + 1):
        known = dict(state)
        for inst in body:
            value = _evaluate(inst, known)
            if value is not None:
                known[inst] = value
        taken = _operand(cond, known)
        if taken is None:
            return None
        if bool(taken) != continue_if_true:
            return trip
        state = {}
        for phi in phis:
            nxt = entries[phi][1]
            value = nxt.value if isinstance(nxt, ConstantInt) else known.get(nxt)
            if value is not None:
                state[phi] = value
    return None


def _operand(value, known):
    if isinstance(value, ConstantInt):
        return value.value
    return known.get(value)


def _evaluate(inst, known):
    """The integer an instruction computes from known integers (None if unknown)."""
    ty = inst.type
    op = inst.opcode
    if op == "icmp":
        a, b = (_operand(v, known) for v in inst.operands)
        if a is None or b is None:
            return None
        bits = inst.operands[0].type.bits if isinstance(inst.operands[0].type, T.IntType) \
            else None
        if bits is None:
            return None
        pred = inst.attrs["predicate"]
        if pred in _UNSIGNED:
            return int(_UNSIGNED[pred](_unsigned(a, bits), _unsigned(b, bits)))
        return int(_SIGNED[pred](_signed(a, bits), _signed(b, bits)))
    if not isinstance(ty, T.IntType):
        return None
    bits = ty.bits
    if op == "select":
        c, x, y = (_operand(v, known) for v in inst.operands)
        if c is None:
            return None
        return x if c else y
    if op in ("zext", "sext", "trunc"):
        a = _operand(inst.operands[0], known)
        if a is None:
            return None
        src = inst.operands[0].type.bits
        a = _signed(a, src) if op == "sext" else _unsigned(a, src)
        return _unsigned(a, bits)
    if len(inst.operands) != 2:
        return None
    a, b = (_operand(v, known) for v in inst.operands)
    if a is None or b is None:
        return None
    ua, ub = _unsigned(a, bits), _unsigned(b, bits)
    if op in ("shl", "lshr", "ashr") and ub >= bits:
        return None                                   # poison
    result = {
        "add": lambda: ua + ub, "sub": lambda: ua - ub, "mul": lambda: ua * ub,
        "and": lambda: ua & ub, "or": lambda: ua | ub, "xor": lambda: ua ^ ub,
        "shl": lambda: ua << ub, "lshr": lambda: ua >> ub,
        "ashr": lambda: _signed(ua, bits) >> ub,
    }.get(op)
    return None if result is None else _unsigned(result(), bits)


def _unsigned(value, bits):
    return value & ((1 << bits) - 1)


def _signed(value, bits):
    value = _unsigned(value, bits)
    return value - (1 << bits) if value >> (bits - 1) else value


def _replace(loop, phis, body, entries, trips, exit_block):
    """Copy the body ``trips`` times in a row; uses after the loop take the last copy."""
    values = {phi: entries[phi][0] for phi in phis}
    copies = []
    for trip in range(trips):
        mapping = dict(values)
        for inst in body:
            clone = Instruction(inst.opcode, inst.type, [mapping.get(v, v) for v in inst.operands],
                                inst.name, inst.flags, _copy_attrs(inst.attrs),
                                list(inst.metadata))
            mapping[inst] = clone
            copies.append(clone)
        last = mapping
        values = {phi: mapping.get(entries[phi][1], entries[phi][1]) for phi in phis}
    for original in phis + body:
        for user, index in list(original.uses):
            if getattr(user, "parent", None) is not loop:
                user.set_operand(index, last[original])
    for inst in list(loop.instructions):
        inst.drop_operands()
        for record in inst.records:
            record.drop_operands()
        loop.remove(inst)
    for clone in copies:
        loop.append(clone)
    Builder(loop).br(exit_block)
