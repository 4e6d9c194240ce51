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
from ..ir.values import ConstantExpr, ConstantInt
from ..rules.registry import lookup as lookup_rule
from .effects import call_effects
from .typeanalysis import KNOWN_ALLOCATORS

__all__ = ["Loaded", "PointsTo", "root_of", "callee_name", "is_inactive_call",
           "clean_pointer_args"]

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
    """Calls to functions without float effects (and intrinsics like llvm.lifetime); a callee
    given as a constant address (``inttoptr``) is inactive when ``inactive`` holds it."""
    name = callee_name(inst)
    if name:
        return name in inactive or name.startswith(_INACTIVE_INTRINSICS)
    callee = inst.callee
    if isinstance(callee, ConstantExpr) and callee.opcode == "inttoptr" and \
            isinstance(callee.operands[0], ConstantInt):
        return (callee.operands[0].value & 0xFFFFFFFFFFFFFFFF) in inactive
    return False


def _reads_only(inst, index):
    """Whether argument ``index`` of a call is marked ``readonly`` or ``readnone`` (at the
    call or on the callee's parameter)."""
    attrs = inst.attrs.get("arg_attrs") or []
    text = attrs[index] if index < len(attrs) else ""
    callee = inst.callee
    if isinstance(callee, Function) and index < len(callee.args):
        text += " " + callee.args[index].attrs
    return bool({"readonly", "readnone"} & set(text.split()))


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
        self._written = {}
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

    def written(self, call):
        """Origins a call may write: its ``reach``, except, for a callee with a pointer-ABI
        rule, what it can reach only through arguments it only reads (``readonly`` /
        ``readnone``; the rule gets no shadows for pointers stored in memory anyway)."""
        written = self._written.get(call)
        return written if written is not None else self._reach.get(call, EMPTY)

    def reachable_from(self, value):
        return self._closure(self.of(value))

    def universe(self):
        out = set()
        for pts in self.pts.values():
            out |= pts
        # a global used directly as an operand (`store double %v, ptr @g`, as clang emits at
        # -O0 for a scalar global) has no points-to entry of its own: ``of`` computes it
        for inst in self.fn.instructions():
            for op in inst.operands:
                if isinstance(op, (GlobalVariable, ConstantExpr)):
                    out |= self.of(op)
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

    def _has_pointer_rule(self, inst):
        """Whether the callee has a pointer-ABI custom rule (docs/custom_rules.md): such a
        callee is taken to store no pointers into memory (its rule gets shadows for pointer
        arguments only; a function that does needs Enzyme's ABI)."""
        from ..rules.custom import POINTER, custom_rules_of
        if self.fn.parent is None:
            return False
        rule = custom_rules_of(self.fn.parent).lookup(inst.callee)
        return rule is not None and rule.abi == POINTER and rule.like is None

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
        if name.startswith("llvm.memset") or is_inactive_call(inst, self.inactive) or \
                call_effects(name) is not None or lookup_rule(name) is not None:
            # BLAS and the rule table's functions (frexp writes an integer) keep no pointer
            if inst.type != T.VOID and self.may_hold_pointer(inst):
                return self._set(inst, frozenset({("call", inst)}))
            return False
        start = set()
        for arg in args:
            start |= of(arg)
        callee = inst.callee
        returns_pointer = inst.type != T.VOID and self.may_hold_pointer(inst)
        ruled = self._has_pointer_rule(inst)
        if returns_pointer or not (ruled or isinstance(callee, Function) and
                                   callee.is_declaration):
            start.add(("call", inst))        # memory the callee may return or keep
        reach = self._closure(start) if start else EMPTY
        changed = reach != self._reach.get(inst)
        self._reach[inst] = reach
        if not ruled and isinstance(callee, Function) and not callee.is_declaration:
            # a defined callee writes only through its arguments that are not clean
            clean = clean_pointer_args(callee)
            writable = {("call", inst)}
            for index, arg in enumerate(args):
                if index not in clean:
                    writable.update(of(arg))
            written = self._closure(writable)
            self._written[inst] = written
            # clean arguments do not escape: only what it writes may point into what it writes
            changed |= self._add_contents(written, written)
        elif not ruled:      # a pointer-ABI rule has no shadows for pointers stored in memory
            changed |= self._add_contents(reach, reach)  # the callee may store anything
        else:
            read_only, writable = set(), set()
            for index, arg in enumerate(args):
                (read_only if _reads_only(inst, index) else writable).update(of(arg))
            if returns_pointer:
                writable.add(("call", inst))
            self._written[inst] = self._closure(writable)
        if returns_pointer:
            changed |= self._set(inst, reach)
        return changed



# -- what a defined callee writes through its pointer arguments ---------------------------------

_HARMLESS_CALLS = ("NRT_incref", "NRT_decref", "NRT_MemInfo_data_fast", "NRT_MemInfo_data",
                   "free")


def clean_pointer_args(fn, _active=None):
    """Indices of the arguments of the defined function ``fn`` through which it (with its
    callees) writes nothing but pointers to constant globals or null: integers, and Numba's
    ``excinfo``, which a callee sets to its constant exception description.  Memory behind
    such an argument carries no derivative because of the call.  Recursion is assumed clean
    (a write has to happen somewhere), memoised per module."""
    module = fn.parent
    memo = module.__dict__.setdefault("_clean_pointer_args", {}) if module is not None else {}
    if fn in memo:
        return memo[fn]
    active = _active if _active is not None else set()
    if fn in active:
        return frozenset(range(len(fn.args)))
    active.add(fn)
    # every argument may hold an address (an integer too); an index into an array does not
    # make the element's address derived from it
    derived = {a: frozenset({i}) for i, a in enumerate(fn.args)}
    insts = list(fn.instructions())
    changed = True
    while changed:               # pointers derived from arguments (also loaded through them)
        changed = False
        for inst in insts:
            op = inst.opcode
            if op in ("getelementptr", "bitcast", "addrspacecast", "load", "inttoptr",
                      "ptrtoint", "freeze"):
                operands = inst.operands[:1]
            elif op in ("select", "phi", "add", "sub", "and", "or", "xor"):
                operands = inst.operands[1:] if op == "select" else inst.operands
            else:
                continue
            out = frozenset().union(*(derived.get(v, EMPTY) for v in operands))
            if out and not out <= derived.get(inst, EMPTY):
                derived[inst] = out | derived.get(inst, EMPTY)
                changed = True
    harmless = _harmless_slots(insts, active)
    dirty = set()
    for inst in insts:
        op = inst.opcode
        if op == "store":
            value, ptr = inst.operands
            if derived.get(ptr) and not _harmless(value, harmless):
                dirty |= derived[ptr]
            dirty |= derived.get(value, EMPTY)              # the argument escapes
        elif op in ("atomicrmw", "cmpxchg"):
            dirty |= derived.get(inst.operands[0], EMPTY)
        elif op == "ret" and inst.operands:
            dirty |= derived.get(inst.operands[0], EMPTY)
        elif op in ("call", "invoke"):
            callee, name = inst.callee, callee_name(inst)
            if name.startswith(_HARMLESS_CALLS) or name.startswith(_INACTIVE_INTRINSICS) \
                    or name in KNOWN_ALLOCATORS:
                continue
            sub = clean_pointer_args(callee, active) if isinstance(callee, Function) and \
                not callee.is_declaration else frozenset()
            for index, arg in enumerate(inst.args):
                if index not in sub:
                    dirty |= derived.get(arg, EMPTY)
    active.discard(fn)
    clean = frozenset(i for i in range(len(fn.args)) if i not in dirty)
    if _active is None or not active:
        memo[fn] = clean
    return clean


def _harmless(value, slots=(), _phis=None):
    """A stored value that carries no derivative and overwrites none: null, the address of a
    constant global, what was loaded from a local slot that only ever holds such values
    (``slots``: a callee's excinfo slot, passed on to the caller), or a select or phi of
    those (a callee inlined on several paths merges its exception descriptions)."""
    from ..ir.nodes import Instruction
    from ..ir.values import ConstantNull, Poison, Undef
    if isinstance(value, (ConstantNull, Poison, Undef)):
        return True
    if isinstance(value, Instruction):
        if value.opcode == "load":
            return value.operands[0] in slots
        if value.opcode == "select":
            return all(_harmless(v, slots, _phis) for v in value.operands[1:])
        if value.opcode == "phi":
            phis = set() if _phis is None else _phis
            if value in phis:               # around a cycle: the other incomings decide
                return True
            phis.add(value)
            return all(_harmless(v, slots, phis) for v, _ in value.incoming)
        return False
    if isinstance(value, ConstantExpr) and value.operands:
        value = value.operands[0]
    return isinstance(value, GlobalVariable) and value.is_constant


def _harmless_slots(insts, active):
    """Allocas (and mallocs) that only ever hold harmless values: every store into them
    stores one, every call they are passed to has them in a clean position, and nothing else
    uses them."""
    slots = {i for i in insts if i.opcode == "alloca" or
             (i.opcode == "call" and callee_name(i) == "malloc")}    # (enzpy.ad.frames)
    changed = True
    while changed:
        changed = False
        for slot in list(slots):
            for user, index in slot.uses:
                op = getattr(user, "opcode", None)
                if op == "load" or (op == "store" and index == 1 and
                                    _harmless(user.operands[0], slots)):
                    continue
                if op in ("call", "invoke") and index < len(user.args):
                    callee = user.callee
                    if callee_name(user).startswith(_INACTIVE_INTRINSICS) or \
                            callee_name(user) == "free":
                        continue
                    if isinstance(callee, Function) and not callee.is_declaration and \
                            index in clean_pointer_args(callee, active):
                        continue
                slots.discard(slot)
                changed = True
                break
    return slots
