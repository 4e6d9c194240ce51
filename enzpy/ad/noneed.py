"""Primal writes that ``enzyme_dupnoneed`` makes unnecessary.

An argument passed Duplicated-no-need is an output whose primal values the caller does not
want: only its shadow matters.  Like Enzyme, the derivative then skips the writes into that
argument's memory as long as the function never reads the memory back, so the caller may
pass a null primal pointer (``enzyme_dupnoneed, (double *)0, dout``).
"""

from ..analysis.activity import ArgActivity
from ..ir.nodes import Function

__all__ = ["unneeded_primal_writes"]

_WRITES = ("llvm.memset", "llvm.memcpy", "llvm.memmove")


def unneeded_primal_writes(fn, activities, origins):
    """The stores of ``fn`` that only write the memory of its Duplicated-no-need arguments,
    when nothing in ``fn`` reads that memory (a load, a memcpy's source, any other call it is
    passed to, a pointer to it stored in memory).  The derivative keeps their reverse (the
    shadow is read and zeroed) and drops the primal write.
    ``origins(value)`` gives the points-to set of a pointer."""
    noneed = {("arg", i) for i, a in enumerate(activities) if a is ArgActivity.DUP_NONEED}
    if not noneed:
        return set()
    read, writes = set(), []
    for inst in fn.instructions():
        op = inst.opcode
        if op == "store":
            value, ptr = inst.operands
            if _only(origins(ptr), noneed) and not inst.attrs.get("volatile"):
                writes.append((inst, origins(ptr)))
            if value.type.is_pointer:
                read |= origins(value)          # the pointer escapes into memory
        elif op == "load":
            read |= origins(inst.operands[0])
        elif op in ("call", "invoke"):
            callee = inst.callee
            name = callee.name if isinstance(callee, Function) else ""
            args = list(inst.args)
            if name.startswith(_WRITES):        # kept (their reverse is needed): the
                args = args[1:2] if not name.startswith("llvm.memset") else []  # source
            for arg in args:
                if arg.type.is_pointer:
                    read |= origins(arg)
        elif op in ("atomicrmw", "cmpxchg"):
            read |= origins(inst.operands[0])
    return {inst for inst, dest in writes if not dest & read}


def _only(found, noneed):
    return bool(found) and found <= noneed
