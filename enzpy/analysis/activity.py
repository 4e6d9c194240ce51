"""Activity analysis: which values and instructions carry derivatives.

A value is *varied* when an active input can reach it, and *useful* when it can reach the
active output (the returned value, or memory the caller sees through a shadow).  It is
*active* when both hold.  Memory is tracked by *origin*: the argument, alloca, allocation
call or global a pointer was derived from (GEPs, casts, phis and selects keep the origins of
their operands; a pointer loaded from memory of origin ``o`` has the origin ``loaded(o)``).
An origin's memory is varied when a varied value is stored into it, and observed when a
useful load reads it or the caller reads it (Duplicated arguments).  Integers and pointers to
integer data never carry derivatives; calls to allocation, refcount and I/O functions are
inactive.  The analysis is conservative: it may call an inactive value active, never the
reverse (calls into defined functions are assumed to read and write all memory passed to
them, and to let every varied input reach every output).
"""

import enum

from ..ir import types as T
from ..ir.nodes import Function, GlobalVariable, Instruction
from ..ir.values import Argument, ConstantExpr
from .typeanalysis import KNOWN_ALLOCATORS, POINTER_ONLY

__all__ = ["ArgActivity", "ActivityAnalysis", "ActivityResult", "INACTIVE_FUNCTIONS"]


class ArgActivity(enum.Enum):
    """How the caller passes an argument: Enzyme's Const, Active, Duplicated,
    DuplicatedNoNeed."""
    CONST = "const"
    ACTIVE = "active"
    DUP = "dup"
    DUP_NONEED = "dupnoneed"

    @classmethod
    def parse(cls, text):
        """``"const"``, ``"active"``, ``"dup"`` or ``"dupnoneed"`` (also enzyme_ spellings)."""
        key = text.strip().lower().removeprefix("enzyme_")
        key = {"duplicated": "dup", "out": "active", "constant": "const",
               "duplicatednoneed": "dupnoneed"}.get(key, key)
        try:
            return cls(key)
        except ValueError:
            raise ValueError(f"unknown activity {text!r}: use const, active, dup or "
                             "dupnoneed") from None


# Functions that never carry derivatives: I/O, allocation, refcounts, assertions ...
INACTIVE_FUNCTIONS = frozenset(
    {"printf", "fprintf", "puts", "putchar", "fflush", "sprintf", "snprintf", "abort", "exit",
     "__assert_fail", "fputs", "fwrite", "time", "clock", "rand", "srand", "random",
     "numba_gil_ensure", "numba_gil_release", "PyErr_SetString", "PyErr_Format",
     "PyGILState_Ensure", "PyGILState_Release", "numba_unpickle", "numba_do_raise",
     "nrt_atomic_add", "nrt_atomic_sub", "nrt_atomic_cas"}
    | set(KNOWN_ALLOCATORS) | set(POINTER_ONLY))
_INACTIVE_INTRINSICS = ("llvm.lifetime", "llvm.dbg", "llvm.assume", "llvm.invariant",
                        "llvm.stacksave", "llvm.stackrestore", "llvm.prefetch", "llvm.expect",
                        "llvm.trap", "llvm.experimental.noalias", "llvm.smax", "llvm.smin",
                        "llvm.umax", "llvm.umin", "llvm.abs", "llvm.ctpop", "llvm.ctlz",
                        "llvm.cttz", "llvm.bswap", "llvm.objectsize", "llvm.is.constant",
                        "llvm.va_start", "llvm.va_end", "llvm.va_copy")
_MEMORY_INTRINSICS = ("llvm.memcpy", "llvm.memmove", "llvm.memset")


class _Loaded:
    """The origin of pointers loaded from memory of another origin."""
    __slots__ = ("inner",)

    def __init__(self, inner):
        self.inner = inner

    def __eq__(self, other):
        return isinstance(other, _Loaded) and other.inner == self.inner

    def __hash__(self):
        return hash(("loaded", self.inner))

    def __repr__(self):
        return f"loaded({self.inner!r})"


def _is_inactive_callee(callee, inactive):
    name = callee.name if isinstance(callee, Function) else None
    if name is None:
        return False
    return name in inactive or name.startswith(_INACTIVE_INTRINSICS)


class ActivityResult:
    """Answers: is this value active, is this instruction active, does this pointer need a
    shadow.  Also holds ``varied``/``useful`` sets for explanations."""

    def __init__(self, analysis):
        self.a = analysis

    def is_active_value(self, value):
        a = self.a
        if a.is_pointerish(value):
            return self.needs_shadow(value)
        return value in a.varied and value in a.useful

    def needs_shadow(self, value):
        """True when the pointer may point to active memory (so it needs a shadow)."""
        return any(o in self.a.active_memory for o in self.a.origins(value))

    def is_active_instruction(self, inst):
        """True when ``inst`` needs derivative code (it computes an active value, or writes,
        copies or frees active memory)."""
        return inst in self.a.active_instructions

    def origins(self, value):
        return self.a.origins(value)


class ActivityAnalysis:
    """Runs the analysis for one function; see the module docstring.

    ``arg_activity`` has one ArgActivity per argument; ``return_active`` says whether the
    return value is differentiated; ``types`` is a TypeResults for the function;
    ``inactive`` adds names of functions without derivatives.
    """

    def __init__(self, fn, arg_activity, return_active, types, inactive=()):
        if len(arg_activity) != len(fn.args):
            raise ValueError(f"@{fn.name} takes {len(fn.args)} arguments, "
                             f"{len(arg_activity)} activities given")
        self.fn = fn
        self.args = list(arg_activity)
        self.return_active = return_active
        self.types = types
        self.inactive = INACTIVE_FUNCTIONS | frozenset(inactive)
        self._origins = {}
        self.varied = set()
        self.useful = set()
        self.varied_memory = set()
        self.observed_memory = set()
        self.active_memory = set()
        self.active_instructions = set()

    # value classification --------------------------------------------------------------------
    def carries_float(self, value):
        """True when the value's own bytes may hold a float (per LLVM type or type tree)."""
        ty = value.type
        if isinstance(ty.scalar, T.FloatType):
            return True
        if ty == T.VOID or isinstance(ty, (T.LabelType, T.MetadataType)):
            return False
        tree = self.types[value]
        return any(len(path) == 1 and ct.is_float for path, ct in tree.items())

    def is_pointerish(self, value):
        if value.type.scalar.is_pointer:
            return True
        ct = self.types[value].at(-1) if not value.type.is_aggregate else None
        return ct is not None and ct.kind == "Pointer"

    def origins(self, value, depth=0):
        """The set of memory origins a pointer value may point into."""
        cached = self._origins.get(value)
        if cached is not None:
            return cached
        if depth > 64:
            return frozenset({("unknown",)})
        self._origins[value] = frozenset()   # cycle guard (phis): filled in below
        result = self._compute_origins(value, depth)
        self._origins[value] = result
        return result

    def _compute_origins(self, value, depth):
        if isinstance(value, Argument):
            return frozenset({("arg", value.function.args.index(value))})
        if isinstance(value, GlobalVariable):
            return frozenset({("global", value)})
        if isinstance(value, ConstantExpr):
            out = frozenset()
            for op in value.operands:
                out |= self.origins(op, depth + 1)
            return out
        if not isinstance(value, Instruction):
            return frozenset()
        op = value.opcode
        if op == "alloca":
            return frozenset({("alloca", value)})
        if op in ("getelementptr", "bitcast", "addrspacecast", "ptrtoint", "inttoptr",
                  "freeze"):
            return self.origins(value.operands[0], depth + 1)
        if op in ("add", "sub", "and", "or"):
            return self.origins(value.operands[0], depth + 1) | \
                self.origins(value.operands[1], depth + 1)
        if op == "phi":
            out = frozenset()
            for incoming, _ in value.incoming:
                out |= self.origins(incoming, depth + 1)
            return out
        if op == "select":
            return self.origins(value.operands[1], depth + 1) | \
                self.origins(value.operands[2], depth + 1)
        if op == "load":
            return frozenset(_Loaded(o) for o in self.origins(value.operands[0], depth + 1))
        if op in ("call", "invoke"):
            callee = value.callee
            name = callee.name if isinstance(callee, Function) else None
            if name in KNOWN_ALLOCATORS:
                return frozenset({("heap", value)})
            if name in ("NRT_MemInfo_data_fast", "NRT_MemInfo_data"):
                return frozenset(_Loaded(o) for o in self.origins(value.args[0], depth + 1))
            out = frozenset({("call", value)})
            for arg in value.args:
                if self.is_pointerish(arg):
                    out |= self.origins(arg, depth + 1)
            return out
        if op == "extractvalue":
            return self.origins(value.operands[0], depth + 1)
        return frozenset()

    # the analysis ----------------------------------------------------------------------------
    def run(self):
        """Compute the fixed point and return an ActivityResult."""
        fn = self.fn
        for index, (arg, activity) in enumerate(zip(fn.args, self.args)):
            if activity is ArgActivity.ACTIVE:
                self.varied.add(arg)
            elif activity in (ArgActivity.DUP, ArgActivity.DUP_NONEED):
                self.varied_memory.add(("arg", index))
                self.observed_memory.add(("arg", index))
                self.varied_memory.add(_Loaded(("arg", index)))
                self.observed_memory.add(_Loaded(("arg", index)))
        insts = list(fn.instructions())
        changed = True
        while changed:
            changed = self._forward(insts) | self._backward(insts)
        self.active_memory = self.varied_memory & self.observed_memory
        for inst in insts:
            if self._instruction_active(inst):
                self.active_instructions.add(inst)
        return ActivityResult(self)

    def _mark(self, bucket, item):
        if item in bucket:
            return False
        bucket.add(item)
        return True

    def _mark_memory(self, bucket, pointer):
        changed = False
        for origin in self.origins(pointer):
            changed |= self._mark(bucket, origin)
        return changed

    def _memory_has(self, bucket, pointer):
        return any(o in bucket for o in self.origins(pointer))

    def _forward(self, insts):
        changed = False
        varied = self.varied
        for inst in insts:
            op = inst.opcode
            if op == "store":
                value, ptr = inst.operands
                if value in varied or (self.is_pointerish(value) and
                                       self._memory_has(self.varied_memory, value)):
                    changed |= self._mark_memory(self.varied_memory, ptr)
                continue
            if op in ("call", "invoke"):
                changed |= self._forward_call(inst)
                continue
            if op == "load":
                ptr = inst.operands[0]
                if self.carries_float(inst) and self._memory_has(self.varied_memory, ptr):
                    changed |= self._mark(varied, inst)
                continue
            if inst.type == T.VOID or inst in varied:
                continue
            if not self.carries_float(inst):
                continue
            if any(o in varied for o in inst.operands):
                changed |= self._mark(varied, inst)
        return changed

    def _forward_call(self, inst):
        callee = inst.callee
        if _is_inactive_callee(callee, self.inactive):
            return False
        name = callee.name if isinstance(callee, Function) else ""
        args = inst.args
        if name.startswith(_MEMORY_INTRINSICS):
            if name.startswith("llvm.memset"):
                return False
            if self._memory_has(self.varied_memory, args[1]):
                return self._mark_memory(self.varied_memory, args[0])
            return False
        changed = False
        any_varied = any(a in self.varied for a in args) or any(
            self.is_pointerish(a) and self._memory_has(self.varied_memory, a) for a in args)
        if not any_varied:
            return False
        if inst.type != T.VOID and (self.carries_float(inst) or inst.type.is_aggregate):
            changed |= self._mark(self.varied, inst)
        if isinstance(callee, Function) and not callee.is_declaration or not \
                isinstance(callee, Function):
            for arg in args:
                if self.is_pointerish(arg):
                    changed |= self._mark_memory(self.varied_memory, arg)
        return changed

    def _backward(self, insts):
        changed = False
        useful = self.useful
        for inst in reversed(insts):
            op = inst.opcode
            if op == "ret":
                if self.return_active and inst.operands:
                    changed |= self._mark(useful, inst.operands[0])
                continue
            if op == "store":
                value, ptr = inst.operands
                if self._memory_has(self.observed_memory, ptr):
                    changed |= self._mark(useful, value)
                    if self.is_pointerish(value):
                        changed |= self._mark_memory(self.observed_memory, value)
                continue
            if op in ("call", "invoke"):
                changed |= self._backward_call(inst)
                continue
            if inst not in useful:
                continue
            if op == "load":
                changed |= self._mark_memory(self.observed_memory, inst.operands[0])
                continue
            for operand in inst.operands:
                if isinstance(operand, (Instruction, Argument)):
                    changed |= self._mark(useful, operand)
        return changed

    def _backward_call(self, inst):
        callee = inst.callee
        if _is_inactive_callee(callee, self.inactive):
            return False
        name = callee.name if isinstance(callee, Function) else ""
        args = inst.args
        changed = False
        if name.startswith(_MEMORY_INTRINSICS):
            if not name.startswith("llvm.memset") and \
                    self._memory_has(self.observed_memory, args[0]):
                changed |= self._mark_memory(self.observed_memory, args[1])
            return changed
        writes_observed = (not isinstance(callee, Function) or not callee.is_declaration) and \
            any(self.is_pointerish(a) and self._memory_has(self.observed_memory, a)
                for a in args)
        if inst in self.useful or writes_observed:
            changed |= self._mark(self.useful, inst)
            for arg in args:
                if isinstance(arg, (Instruction, Argument)):
                    changed |= self._mark(self.useful, arg)
                if self.is_pointerish(arg):
                    changed |= self._mark_memory(self.observed_memory, arg)
        return changed

    def _instruction_active(self, inst):
        op = inst.opcode
        if op == "store":
            value, ptr = inst.operands
            return self._memory_has(self.active_memory, ptr) and (
                self.carries_float(value) or self.is_pointerish(value))
        if op in ("call", "invoke"):
            callee = inst.callee
            if _is_inactive_callee(callee, self.inactive):
                name = callee.name
                return name in ("free", "_ZdlPv", "_ZdaPv") and \
                    self._memory_has(self.active_memory, inst.args[0])
            name = callee.name if isinstance(callee, Function) else ""
            if name.startswith(_MEMORY_INTRINSICS):
                return self._memory_has(self.active_memory, inst.args[0])
            if inst in self.varied and inst in self.useful:
                return True
            return any(self.is_pointerish(a) and self._memory_has(self.active_memory, a)
                       for a in inst.args) and (inst in self.useful)
        if op == "ret":
            return self.return_active and bool(inst.operands) and \
                inst.operands[0] in self.varied
        if inst.type == T.VOID:
            return False
        if self.is_pointerish(inst):
            return op in ("alloca",) and self._memory_has(self.active_memory, inst)
        return inst in self.varied and inst in self.useful
