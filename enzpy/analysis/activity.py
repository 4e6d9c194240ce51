"""Activity analysis: which values and instructions carry derivatives.

A float value is *varied* when an active input can reach it, and *useful* when it can reach
the active output (the returned value, or memory the caller sees through a shadow); it is
*active* when both hold.  Memory is tracked by *origin*: the argument, alloca, allocation call
or global a pointer was derived from.  A points-to pass (``enzpy.analysis.pointsto``) says
which origins each pointer may point into, including pointers stored in memory and loaded
back (the ``-O0`` pattern ``store ptr %x, ptr %x.addr`` … ``load ptr, ptr %x.addr``).

An origin's memory is varied when a varied value is stored into it (or it belongs to a
Duplicated argument), observed when a useful load reads it (or the caller reads it through a
shadow), and *active* when both hold.  Memory that holds pointers to shadowed memory is itself
shadowed.  A pointer needs a shadow when it may point into shadowed memory.

Instructions are *active* when they need derivative code: they compute an active float, write
(store, memcpy, memset) or free shadowed memory, or call code that may.  Pointer arithmetic,
allocations and pointer loads on shadowed memory are not active instructions but their values
need shadows (``needs_shadow``): the derivative code mirrors them.  Integers never carry
derivatives; an integer wide enough to hold a float whose type analysis left undecided is
treated as possibly a float and, if it turns out active, is a TypeAnalysisError.

The analysis is conservative: it may call an inactive value active, never the reverse.  Calls
into defined or unknown functions are assumed to read and write all memory reachable from
their pointer arguments and to let every varied input reach every output; calls to known
functions without float effects (I/O, allocation, refcounts) are inactive, and calls with
known memory effects (``enzpy.analysis.effects``: BLAS) carry derivatives only from the memory
they read to the memory they write; the functions of the rule table touch no such memory
(frexp writes an integer through its pointer).  A callee with a pointer-ABI custom rule writes
nothing through the arguments marked ``readonly`` or ``readnone`` (``PointsTo.written``).
"""

import enum

from ..errors import ActivityError, TypeAnalysisError
from ..ir import types as T
from ..ir.nodes import Instruction
from ..ir.printer import print_instruction
from ..ir.values import Argument
from .effects import call_effects
from .pointsto import PointsTo, callee_name, is_inactive_call, root_of
from .typeanalysis import KNOWN_ALLOCATORS, POINTER_ONLY, value_name
from .typememory import is_undecided_type

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

    @property
    def has_shadow(self):
        return self in (ArgActivity.DUP, ArgActivity.DUP_NONEED)


# Functions that never carry derivatives: I/O, allocation, refcounts, assertions ...
INACTIVE_FUNCTIONS = frozenset(
    {"printf", "fprintf", "puts", "putchar", "fputc", "putc", "fflush", "sprintf", "snprintf",
     "vprintf", "vfprintf", "abort", "exit", "_exit", "__assert_fail", "fputs", "fwrite",
     "time", "clock", "clock_gettime", "gettimeofday", "rand", "srand", "random", "getenv",
     "strlen", "strcmp", "strncmp", "memcmp", "__cxa_atexit",
     "numba_gil_ensure", "numba_gil_release", "PyErr_SetString", "PyErr_Format",
     "PyErr_Occurred", "PyGILState_Ensure", "PyGILState_Release", "numba_unpickle",
     "numba_do_raise", "numba_attempt_nocopy_reshape", "nrt_atomic_add", "nrt_atomic_sub", "nrt_atomic_cas"}
    | set(KNOWN_ALLOCATORS) | set(POINTER_ONLY))
_FREE_FUNCTIONS = frozenset(("free", "_ZdlPv", "_ZdaPv", "NRT_Free"))
_MEMORY_INTRINSICS = ("llvm.memcpy", "llvm.memmove", "llvm.memset")
# operand positions through which a derivative flows, per opcode (None: all operands)
_THROUGH = {"fadd": None, "fsub": None, "fmul": None, "fdiv": None, "frem": None,
            "fneg": None, "phi": None, "select": (1, 2), "bitcast": (0,), "freeze": (0,),
            "fpext": (0,), "fptrunc": (0,), "addrspacecast": (0,), "extractvalue": (0,),
            "insertvalue": (0, 1), "extractelement": (0,), "insertelement": (0, 1),
            "shufflevector": (0, 1)}


def _module_inactive(fn):
    """The callees (names, addresses) the module marks inactive: ``__enzyme_inactivefn``,
    ``"enzyme_inactive"``, and the inactive set of the CustomRules ``prepare`` stored."""
    if fn.parent is None:
        return frozenset()
    from ..rules.custom import custom_rules_of
    return custom_rules_of(fn.parent).inactive


class ActivityResult:
    """Answers: is this value active, is this instruction active, does this pointer need a
    shadow.  Also holds the ``varied``/``useful`` sets for explanations."""

    def __init__(self, analysis):
        self.a = analysis
        self.varied = analysis.varied
        self.useful = analysis.useful
        self.warnings = analysis.warnings

    def is_active_value(self, value):
        """True when the value carries a derivative: an active float (or an integer holding
        float bits), or a pointer that needs a shadow."""
        a = self.a
        if value in a.varied and value in a.useful and a.carries_float(value):
            return True
        return self.needs_shadow(value)

    def needs_shadow(self, value):
        """True when the pointer may point to shadowed memory (so it needs a shadow)."""
        pts = self.a.pts.of(value)
        shadowed = self.a.shadowed
        return any(o in shadowed for o in pts)

    def is_active_instruction(self, inst):
        """True when ``inst`` needs derivative code (it computes an active float, or writes,
        copies or frees shadowed memory, or calls code that may)."""
        return inst in self.a.active_instructions

    def origins(self, value):
        """The memory origins a pointer may point into."""
        return self.a.pts.of(value)

    def is_active_memory(self, origin):
        return origin in self.a.active_memory

    @property
    def shadow_arguments(self):
        """The arguments whose shadow the derivative needs (pointers into shadowed memory)."""
        return [arg for arg in self.a.fn.args if self.needs_shadow(arg)]


class ActivityAnalysis:
    """Runs the analysis for one function; see the module docstring.

    ``arg_activity`` has one ArgActivity per argument; ``return_active`` says whether the
    return value is differentiated; ``types`` is a TypeResults for the function;
    ``inactive`` adds names of functions without derivatives (the module's own inactive
    callees, ``enzpy.rules.custom``, are always added).
    """

    def __init__(self, fn, arg_activity, return_active, types, inactive=()):
        if len(arg_activity) != len(fn.args):
            raise ActivityError(f"@{fn.name} takes {len(fn.args)} arguments, "
                                f"{len(arg_activity)} activities given")
        self.fn = fn
        self.args = [a if isinstance(a, ArgActivity) else ArgActivity.parse(a)
                     for a in arg_activity]
        self.return_active = bool(return_active)
        self.types = types
        self.inactive = INACTIVE_FUNCTIONS | frozenset(inactive) | _module_inactive(fn)
        self.varied = set()
        self.useful = set()
        self.varied_memory = set()
        self.observed_memory = set()
        self.active_memory = set()
        self.shadowed = set()
        self.active_instructions = set()
        self.warnings = []
        self._floaty = {}
        self.pts = None

    # value classification --------------------------------------------------------------------
    def carries_float(self, value):
        """True when the value's own bytes may hold a float (per LLVM type or type tree); an
        integer wide enough for a float whose type is undecided counts as possibly one."""
        cached = self._floaty.get(value)
        if cached is None:
            cached = self._floaty[value] = self._carries_float(value)
        return cached

    def _carries_float(self, value):
        ty = value.type
        if isinstance(ty.scalar, T.FloatType):
            return True
        if ty == T.VOID or isinstance(ty, (T.LabelType, T.MetadataType, T.PointerType)):
            return False
        tree = self.types[value]
        first = [ct for path, ct in tree.items() if len(path) == 1]
        if any(ct.is_float for ct in first):
            return True
        if ty.is_aggregate:
            return False
        return not first and is_undecided_type(ty)

    def is_float(self, value):
        """True when the value is known to hold a float (not merely possibly)."""
        return self.carries_float(value) and not self.is_undecided(value)

    def is_undecided(self, value):
        return is_undecided_type(value.type) and not any(
            len(p) == 1 for p, _ in self.types[value].items())

    def is_pointerish(self, value):
        """True for pointers and for integers that hold addresses (per type analysis)."""
        if value.type.scalar.is_pointer:
            return True
        if value.type.is_aggregate or value.type == T.VOID:
            return False
        ct = self.types[value].at(-1)
        return ct is not None and ct.kind == "Pointer"

    def origins(self, value, depth=0):
        return self.pts.of(value)

    # the analysis ----------------------------------------------------------------------------
    def run(self):
        """Compute the fixed point and return an ActivityResult."""
        fn = self.fn
        self._check_arguments()
        insts = list(fn.instructions())
        self.pts = PointsTo(fn, self.types, self.inactive).run(insts)
        for arg, activity in zip(fn.args, self.args):
            if activity is ArgActivity.ACTIVE or (activity.has_shadow and
                                                  self.is_float(arg)):
                self.varied.add(arg)
        self._roots = {("arg", i): a for i, a in enumerate(self.args)}
        while self._forward(insts):
            pass
        while self._backward(insts):
            pass
        universe = self.pts.universe()
        self.active_memory = {o for o in universe
                              if self.mem_varied(o) and self.mem_observed(o)}
        self._shadowed(universe)
        self._check_const_memory(insts)
        for inst in insts:
            if self._instruction_active(inst):
                self.active_instructions.add(inst)
        self._check_undecided(insts)
        self._warn_globals(insts)
        return ActivityResult(self)

    def _check_arguments(self):
        for arg, activity in zip(self.fn.args, self.args):
            if activity is not ArgActivity.ACTIVE:
                continue
            ty = arg.type
            if ty.scalar.is_pointer or (ty.scalar.is_int and not self.is_float(arg)):
                kind = "a pointer" if ty.scalar.is_pointer else "an integer"
                fix = "dup (with a shadow) or const" if ty.scalar.is_pointer else "const"
                raise ActivityError(
                    f"@{self.fn.name}: argument {value_name(arg, self.fn)} ({ty}) is {kind}, "
                    f"so it cannot be active; pass it as {fix}")

    def _root_activity(self, origin):
        return self._roots.get(root_of(origin))

    def mem_varied(self, origin):
        if origin in self.varied_memory:
            return True
        root = self._root_activity(origin)
        return root is not None and root.has_shadow

    def mem_observed(self, origin):
        if origin in self.observed_memory:
            return True
        root = self._root_activity(origin)
        return root is not None and root.has_shadow

    def _mark(self, bucket, item):
        if item in bucket:
            return False
        bucket.add(item)
        return True

    def _mark_all(self, bucket, items):
        before = len(bucket)
        bucket.update(items)
        return len(bucket) != before

    def _forward(self, insts):
        changed = False
        varied, pts = self.varied, self.pts
        for inst in insts:
            op = inst.opcode
            if op == "store" or op == "atomicrmw":
                value, ptr = (inst.operands[0], inst.operands[1]) if op == "store" else \
                    (inst.operands[1], inst.operands[0])
                if value in varied:
                    changed |= self._mark_all(self.varied_memory, pts.of(ptr))
                if op == "store":
                    continue
                if self.carries_float(inst) and any(map(self.mem_varied, pts.of(ptr))):
                    changed |= self._mark(varied, inst)
            elif op == "load":
                if inst not in varied and self.carries_float(inst) and \
                        any(map(self.mem_varied, pts.of(inst.operands[0]))):
                    changed |= self._mark(varied, inst)
            elif op in ("call", "invoke"):
                changed |= self._forward_call(inst)
            elif op in _THROUGH and inst not in varied and self.carries_float(inst):
                positions = _THROUGH[op]
                ops = inst.operands if positions is None else \
                    [inst.operands[k] for k in positions]
                if any(o in varied for o in ops):
                    changed |= self._mark(varied, inst)
        return changed

    def _forward_call(self, inst):
        if is_inactive_call(inst, self.inactive):
            return False
        pts, args = self.pts, inst.args
        name = callee_name(inst)
        if name.startswith(_MEMORY_INTRINSICS):
            if not name.startswith("llvm.memset") and \
                    any(map(self.mem_varied, pts.of(args[1]))):
                return self._mark_all(self.varied_memory, pts.of(args[0]))
            return False
        effects = call_effects(name)
        if effects is not None:         # known effects: each written array's sources reach it
            changed = False
            for written, sources in effects.writes.items():
                if any(self.mem_varied(o) for i in sources for o in pts.of(args[i])):
                    changed |= self._mark_all(self.varied_memory, pts.of(args[written]))
            return changed
        reach = pts.reach(inst)
        if not (any(a in self.varied for a in args) or any(map(self.mem_varied, reach))):
            return False
        changed = False
        if inst.type != T.VOID and self.carries_float(inst):
            changed |= self._mark(self.varied, inst)
        return changed | self._mark_all(self.varied_memory, pts.written(inst))

    def _backward(self, insts):
        changed = False
        useful, pts = self.useful, self.pts
        for inst in reversed(insts):
            op = inst.opcode
            if op == "ret":
                if self.return_active and inst.operands:
                    value = inst.operands[0]
                    if self.carries_float(value):
                        changed |= self._mark(useful, value)
                    changed |= self._mark_all(self.observed_memory, pts.reachable_from(value))
            elif op == "store":
                value, ptr = inst.operands
                if any(map(self.mem_observed, pts.of(ptr))):
                    if self.carries_float(value):
                        changed |= self._mark(useful, value)
                    changed |= self._mark_all(self.observed_memory, pts.reachable_from(value))
            elif op == "load" or op == "atomicrmw":
                if inst in useful:
                    changed |= self._mark_all(self.observed_memory, pts.of(inst.operands[0]))
                if op == "atomicrmw" and any(map(self.mem_observed, pts.of(inst.operands[0]))) \
                        and self.carries_float(inst.operands[1]):
                    changed |= self._mark(useful, inst.operands[1])
            elif op in ("call", "invoke"):
                changed |= self._backward_call(inst)
            elif op in _THROUGH and inst in useful:
                positions = _THROUGH[op]
                ops = inst.operands if positions is None else \
                    [inst.operands[k] for k in positions]
                for operand in ops:
                    if isinstance(operand, (Instruction, Argument)) and operand not in useful:
                        useful.add(operand)
                        changed = True
        return changed

    def _backward_call(self, inst):
        if is_inactive_call(inst, self.inactive):
            return False
        pts, args = self.pts, inst.args
        name = callee_name(inst)
        if name.startswith(_MEMORY_INTRINSICS):
            if not name.startswith("llvm.memset") and \
                    any(map(self.mem_observed, pts.of(args[0]))):
                return self._mark_all(self.observed_memory, pts.of(args[1]))
            return False
        effects = call_effects(name)
        if effects is not None:
            changed = False
            for written, sources in effects.writes.items():
                if any(map(self.mem_observed, pts.of(args[written]))):
                    changed |= self._mark_all(self.observed_memory,
                                              {o for i in sources for o in pts.of(args[i])})
            return changed
        reach = pts.reach(inst)
        if not (inst in self.useful or any(map(self.mem_observed, pts.written(inst)))):
            return False
        changed = self._mark_all(self.observed_memory, reach)
        for arg in args:
            if isinstance(arg, (Instruction, Argument)) and self.carries_float(arg):
                changed |= self._mark(self.useful, arg)
        return changed

    def _shadowed(self, universe):
        """Active memory, and memory holding pointers to shadowed memory."""
        shadowed = set(self.active_memory)
        holders = [(o, self.pts.deref(o)) for o in universe if o not in shadowed]
        changed = True
        while changed and holders:
            changed = False
            rest = []
            for origin, targets in holders:
                if any(t in shadowed for t in targets):
                    shadowed.add(origin)
                    changed = True
                else:
                    rest.append((origin, targets))
            holders = rest
        self.shadowed = shadowed

    # classification of instructions ----------------------------------------------------------
    def _is_active_float(self, value):
        return value in self.varied and value in self.useful and self.carries_float(value)

    def _needs_shadow(self, value):
        return any(o in self.shadowed for o in self.pts.of(value))

    def _instruction_active(self, inst):
        op = inst.opcode
        pts = self.pts
        if op == "store":
            value, ptr = inst.operands
            if self.carries_float(value):
                return any(o in self.active_memory for o in pts.of(ptr))
            return self._needs_shadow(value) and self._needs_shadow(ptr)
        if op in ("call", "invoke"):
            name = callee_name(inst)
            if is_inactive_call(inst, self.inactive):
                return name in _FREE_FUNCTIONS and bool(inst.args) and \
                    self._needs_shadow(inst.args[0])
            if name.startswith(_MEMORY_INTRINSICS):
                return self._needs_shadow(inst.args[0])
            effects = call_effects(name)
            if effects is not None:
                return any(self._needs_shadow(inst.args[i]) for i in effects.writes)
            if self._is_active_float(inst):
                return True
            return any(o in self.shadowed for o in pts.reach(inst) if o != ("call", inst))
        if op == "ret":
            return self.return_active and bool(inst.operands) and \
                (self._is_active_float(inst.operands[0]) or
                 self._needs_shadow(inst.operands[0]))
        if op == "atomicrmw":
            return self.carries_float(inst) and \
                any(o in self.active_memory for o in pts.of(inst.operands[0]))
        if inst.type == T.VOID:
            return False
        return self._is_active_float(inst)

    # errors -----------------------------------------------------------------------------------
    def _check_const_memory(self, insts):
        """Active values stored into a Const argument's memory and read back: the derivative
        would be lost, since the caller gave no shadow."""
        for origin in self.active_memory:
            root = root_of(origin)
            if self._roots.get(root) is not ArgActivity.CONST:
                continue
            arg = self.fn.args[root[1]]
            store = next((i for i in insts if i.opcode == "store" and i.operands[0] in
                          self.varied and origin in self.pts.of(i.operands[1])), None)
            where = f" at\n    {print_instruction(store).strip()}\n" if store else " "
            raise ActivityError(
                f"@{self.fn.name}: argument {value_name(arg, self.fn)} is const, but a value "
                f"that carries a derivative is stored into the memory it points to{where}"
                "and read back into the result; the derivative would be lost: pass the "
                "argument as dup (with a shadow)")

    def _warn_globals(self, insts):
        """Globals get no shadow: a derivative stored into one is dropped unless the
        function itself reads it back."""
        for inst in insts:
            if inst.opcode != "store" or inst.operands[0] not in self.varied:
                continue
            for origin in self.pts.of(inst.operands[1]):
                if isinstance(origin, tuple) and origin[0] == "global" and \
                        origin not in self.active_memory:
                    self.warnings.append(
                        f"@{origin[1].name} receives a value that carries a derivative at "
                        f"'{print_instruction(inst).strip()}', but globals have no shadow: "
                        "that derivative is dropped")

    def _check_undecided(self, insts):
        for inst in insts:
            if inst.type == T.VOID or not self._is_active_float(inst) or \
                    not self.is_undecided(inst):
                continue
            raise TypeAnalysisError(
                f"type analysis of @{self.fn.name}: cannot decide whether the {inst.type} "
                f"{value_name(inst, self.fn)} holds a float, an integer or a pointer:\n"
                f"    {print_instruction(inst).strip()}\nit is read from memory that carries "
                "derivatives and reaches the result, so AD must know; supply the argument "
                "types (--arg-types on the command line, a type hint in Python), e.g. "
                "ptr:double for a pointer to doubles")

