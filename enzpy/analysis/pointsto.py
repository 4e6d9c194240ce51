"""Points-to sets for activity analysis: which memory origins a pointer may point into.

An *origin* names a block of memory by where it came from: ``("arg", i)``, ``("alloca", inst)``,
``("heap", inst)`` (malloc and friends, Numba's MemInfo allocations), ``("global", gv)``,
``("call", inst)`` (memory an unknown call returns) and ``("unknown",)``.  Memory the function
did not allocate may hold pointers nobody stored in it; what they point to is the origin
``Loaded(o)``.

The analysis is flow-insensitive (Andersen style): ``contents[o]`` is every origin a pointer
stored anywhere in ``o`` may point to, and a pointer loaded from ``o`` may point to any of
them.  A Numba MemInfo's data block is ``Loaded(("heap", inst))``, reached from the MemInfo (by
``NRT_MemInfo_data_fast``).  Integers that hold addresses (ptrtoint, ``load i64`` of a pointer) are followed too.
"""

from ..ir import types as T
from ..ir.nodes import Function, GlobalVariable
from ..ir.values import ConstantExpr
from .typeanalysis import KNOWN_ALLOCATORS

__all__ = ["Loaded", "PointsTo", "root_of", "callee_name", "is_inactive_call"]

MAX_LOADED_DEPTH = 3
_EXTERNAL = frozenset(("arg", "global", "call", "unknown"))
_INACTIVE_INTRINSICS = ("llvm.lifetime", "llvm.dbg", "llvm.assume", "llvm.invariant",
                        "llvm.stacksave", "llvm.stackrestore", "llvm.prefetch", "llvm.expect",
                        "llvm.trap", "llvm.experimental.noalias", "llvm.smax", "llvm.smin",
                        "llvm.umax", "llvm.umin", "llvm.abs", "llvm.ctpop", "llvm.ctlz",
                        "llvm.cttz", "llvm.bswap", "llvm.objectsize", "llvm.is.constant",
                        "llvm.va_start", "llvm.va_end", "llvm.va_copy", "llvm.is.fpclass",
                        "llvm.sadd.with", "llvm.uadd.with", "llvm.ssub.with", "llvm.usub.with",
                        "llvm.smul.with", "llvm.umul.with", "llvm.donothing", "llvm.ptrmask",
                        "llvm.threadlocal", "llvm.ssa.copy", "llvm.fshl", "llvm.fshr")
_POINTER_OPS = frozenset(("getelementptr", "bitcast", "addrspacecast", "ptrtoint", "inttoptr",
                          "freeze"))
_ARITH = frozenset(("add", "sub", "and", "or", "xor", "mul", "shl", "lshr", "ashr"))
_AGGREGATE_OPS = frozenset(("extractvalue", "extractelement", "insertvalue",
                            "insertelement", "shufflevector"))
EMPTY = frozenset()


class Loaded:
    """The origin of pointers loaded from memory of another origin that the function did not
    fill itself (an argument's pointees, a global's, a MemInfo's data)."""
    __slots__ = ("inner", "depth", "_hash")

    def __init__(self, inner):
        self.inner = inner
        self.depth = inner.depth + 1 if isinstance(inner, Loaded) else 1
        self._hash = hash(("loaded", inner))

    def __eq__(self, other):
        return isinstance(other, Loaded) and other.inner == self.inner

    def __hash__(self):
        return self._hash

    def __repr__(self):
        return f"loaded({self.inner!r})"


def root_of(origin):
    """The origin a Loaded chain starts from."""
    while isinstance(origin, Loaded):
        origin = origin.inner
    return origin


def callee_name(inst):
    callee = inst.callee
    return (callee.name or "") if isinstance(callee, Function) else ""


def is_inactive_call(inst, inactive):
    """Calls to functions without float effects (and intrinsics like llvm.lifetime)."""
    name = callee_name(inst)
    return bool(name) and (name in inactive or name.startswith(_INACTIVE_INTRINSICS))


def is_external(origin):
    return isinstance(origin, Loaded) or origin[0] in _EXTERNAL


def loaded(origin):
    if isinstance(origin, Loaded) and origin.depth >= MAX_LOADED_DEPTH:
        return origin
    return Loaded(origin)


class PointsTo:
    """Points-to sets of one function; ``of(value)`` is a frozenset of origins."""

    def __init__(self, fn, types, inactive):
        self.fn = fn
        self.types = types
        self.inactive = inactive
        self.pts = {}
        self.contents = {}
        self._reach = {}
        self._holds = {}
        for index, arg in enumerate(fn.args):
            if self.may_hold_pointer(arg):
                self.pts[arg] = frozenset({("arg", index)})

    # queries ---------------------------------------------------------------------------------
    def of(self, value):
        pts = self.pts.get(value)
        if pts is not None:
            return pts
        if isinstance(value, GlobalVariable):
            return frozenset({("global", value)})
        if isinstance(value, ConstantExpr):
            if value.opcode == "inttoptr" and not isinstance(value.operands[0], ConstantExpr):
                return frozenset({("unknown",)})
            out = EMPTY
            for op in value.operands:
                out |= self.of(op)
            return out
        return EMPTY

    def deref(self, origin):
        """Origins a pointer loaded from ``origin`` may point to."""
        out = self.contents.get(origin, EMPTY)
        if is_external(origin):
            out = out | {loaded(origin)}
        return out

    def reach(self, call):
        """Origins a call may touch: everything reachable from its pointer arguments, and
        the memory it may return."""
        return self._reach.get(call, EMPTY)

    def reachable_from(self, value):
        return self._closure(self.of(value))

    def universe(self):
        out = set()
        for pts in self.pts.values():
            out |= pts
        for origin, pts in self.contents.items():
            out.add(origin)
            out |= pts
        for pts in self._reach.values():
            out |= pts
        return out

    def may_hold_pointer(self, value):
        cached = self._holds.get(value)
        if cached is None:
            cached = self._holds[value] = self._may_hold_pointer(value)
        return cached

    def _may_hold_pointer(self, value):
        ty = value.type
        if ty.scalar.is_pointer or ty.is_aggregate:
            return True
        if not isinstance(ty.scalar, T.IntType) or ty.scalar.bits < 32:
            return False
        first = [ct for path, ct in self.types[value].items() if len(path) == 1]
        return not first or any(ct.kind == "Pointer" for ct in first)

    # the fixed point -------------------------------------------------------------------------
    def _closure(self, start):
        seen = set(start)
        stack = list(start)
        while stack:
            for target in self.deref(stack.pop()):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return frozenset(seen)

    def _add_contents(self, origins, targets):
        changed = False
        contents = self.contents
        for origin in origins:
            old = contents.get(origin, EMPTY)
            if not targets <= old:
                contents[origin] = old | targets
                changed = True
        return changed

    def run(self, insts):
        for inst in insts:            # a MemInfo's data block is reachable from it
            if inst.opcode == "call" and callee_name(inst).startswith("NRT_MemInfo_alloc"):
                self.contents[("heap", inst)] = frozenset({Loaded(("heap", inst))})
        changed = True
        while changed:
            changed = False
            for inst in insts:
                changed |= self._visit(inst)
        return self

    def _set(self, inst, pts):
        if pts and pts != self.pts.get(inst, EMPTY):
            self.pts[inst] = pts | self.pts.get(inst, EMPTY)
            return True
        return False

    def _visit(self, inst):
        op = inst.opcode
        of = self.of
        if op in _POINTER_OPS:
            return self._set(inst, of(inst.operands[0]))
        if op == "load":
            if not self.may_hold_pointer(inst):
                return False
            out = EMPTY
            for origin in of(inst.operands[0]):
                out |= self.deref(origin)
            return self._set(inst, out)
        if op == "store":
            value, ptr = inst.operands
            targets = of(value)
            return bool(targets) and self._add_contents(of(ptr), targets)
        if op == "phi":
            out = EMPTY
            for value, _ in inst.incoming:
                out |= of(value)
            return self._set(inst, out)
        if op == "select":
            return self._set(inst, of(inst.operands[1]) | of(inst.operands[2]))
        if op == "alloca":
            return self._set(inst, frozenset({("alloca", inst)}))
        if op in _ARITH or op in _AGGREGATE_OPS:
            if not self.may_hold_pointer(inst):
                return False
            out = EMPTY
            for value in inst.operands:
                out |= of(value)
            return self._set(inst, out)
        if op in ("call", "invoke"):
            return self._call(inst)
        if op in ("atomicrmw", "cmpxchg"):
            ptr, value = inst.operands[0], inst.operands[-1]
            changed = bool(of(value)) and self._add_contents(of(ptr), of(value))
            if self.may_hold_pointer(inst):
                out = EMPTY
                for origin in of(ptr):
                    out |= self.deref(origin)
                changed |= self._set(inst, out)
            return changed
        return False

    def _call(self, inst):
        name = callee_name(inst)
        args = inst.args
        of = self.of
        if name in KNOWN_ALLOCATORS:
            out = frozenset({("heap", inst)})
            if name == "realloc":
                out |= of(args[0])
            return self._set(inst, out)
        if name in ("NRT_MemInfo_data_fast", "NRT_MemInfo_data"):
            out = EMPTY
            for origin in of(args[0]):
                out |= self.deref(origin)
            return self._set(inst, out)
        if name.startswith(("llvm.memcpy", "llvm.memmove")):
            out = EMPTY
            for origin in of(args[1]):
                out |= self.deref(origin)
            return bool(out) and self._add_contents(of(args[0]), out)
        if name.startswith("llvm.memset") or is_inactive_call(inst, self.inactive):
            if inst.type != T.VOID and self.may_hold_pointer(inst):
                return self._set(inst, frozenset({("call", inst)}))
            return False
        start = set()
        for arg in args:
            start |= of(arg)
        callee = inst.callee
        returns_pointer = inst.type != T.VOID and self.may_hold_pointer(inst)
        if returns_pointer or not (isinstance(callee, Function) and callee.is_declaration):
            start.add(("call", inst))        # memory the callee may return or keep
        reach = self._closure(start) if start else EMPTY
        changed = reach != self._reach.get(inst)
        self._reach[inst] = reach
        changed |= self._add_contents(reach, reach)      # the callee may store anything
        if returns_pointer:
            changed |= self._set(inst, reach)
        return changed

