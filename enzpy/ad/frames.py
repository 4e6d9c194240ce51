"""Stack memory of functions differentiated in split mode moves to the heap.

In split mode (recursion) the reverse function runs after the augmented forward function has
returned, so the reverse must not reach into the forward's stack frame: a local variable whose
address the reverse needs (Numba passes the address of a local result slot to a recursive
call) would be gone.  Before such a function is differentiated, every fixed-size ``alloca`` of
its entry block becomes a ``malloc`` freed before each ``ret``; reverse mode then treats it like
any allocation, deferring the free until the reverse sweep passes the allocation.  Allocas
whose address only reaches loads, stores into them and declared functions (the BLAS scalars
Numba passes by address) stay: reverse mode reads their contents, not their frames.
"""

from ..ir import types as T
from ..ir.builder import Builder, const, declare
from ..ir.layout import DataLayout
from ..ir.nodes import Function

__all__ = ["move_frame_to_heap"]


def move_frame_to_heap(module, fn):
    """Rewrite the entry-block allocas of ``fn`` as malloc/free (once per function)."""
    done = module.__dict__.setdefault("_heap_frames", set())
    if fn in done:
        return
    done.add(fn)
    allocas = [i for i in fn.entry.instructions if i.opcode == "alloca" and not i.operands
               and _escapes(i)]
    if not allocas:
        return
    layout = DataLayout.of(module)
    malloc = declare(module, "malloc", T.FunctionType(T.PTR, (T.I64,)))
    free = declare(module, "free", T.FunctionType(T.VOID, (T.PTR,)))
    rets = [i for i in fn.instructions() if i.opcode == "ret"]
    for alloca in allocas:
        for user in list(alloca.users):
            callee = getattr(user, "callee", None)
            if isinstance(callee, Function) and callee.name.startswith("llvm.lifetime"):
                user.erase()
        size = max(1, layout.size(alloca.attrs["allocated_type"]))
        memory = Builder(before=alloca).call(malloc, [const(T.I64, size)], name=alloca.name)
        alloca.replace_all_uses_with(memory)
        alloca.erase()
        for ret in rets:
            Builder(before=ret).call(free, [memory])


def _escapes(alloca):
    """Whether the alloca's address is passed to a defined function or stored in memory."""
    for user, index in alloca.uses:
        op = getattr(user, "opcode", None)
        if op == "store" and index == 0:
            return True
        if op in ("call", "invoke") and index < len(user.args):
            callee = user.callee
            if not (isinstance(callee, Function) and callee.is_declaration):
                return True
        if op in ("getelementptr", "bitcast", "select", "phi"):
            return True
    return False
