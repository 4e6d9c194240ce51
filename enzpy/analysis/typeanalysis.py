"""Type analysis: a fixed point over a module that gives every value a TypeTree.

Facts come from instructions (``load double`` proves the loaded bytes are doubles, integer
arithmetic proves integers, GEPs move pointee facts by their offsets), from clang's ``!tbaa``
access tags, from known functions (allocation, libm, Numba's runtime) and from argument trees
the caller supplies.  Facts flow both ways (a load's result types the memory it came from and
vice versa) and across calls (argument and return trees of defined callees are shared by all
call sites: the analysis is context-insensitive, and recursion simply iterates).  The rules
for each opcode are in ``enzpy.analysis.typerules``.

Usage::

    ta = TypeAnalysis(module)
    result = ta.analyze(fn, {0: TypeTree.pointer_to(TypeTree.of(FLOAT_DOUBLE))})
    result[value]          # its TypeTree
"""

from collections import deque
from math import gcd

from ..errors import TypeAnalysisError
from ..ir import types as T
from ..ir.layout import DataLayout
from ..ir.nodes import Function, GlobalVariable, Instruction
from ..ir.printer import print_instruction
from ..ir.values import (Argument, ConstantAggregate, ConstantExpr, ConstantFP, ConstantInt,
                         ConstantNull, ConstantString, Splat)
from .typememory import (EMPTY, INT_TREE, PTR_TREE, concrete_size, from_memory, to_memory,
                         tree_of_type)
from .typetree import TypeConflict, TypeTree

__all__ = ["TypeAnalysis", "TypeResults", "tree_of_type", "KNOWN_ALLOCATORS", "POINTER_ONLY",
           "value_name"]

# name -> (size argument indices, kind) of functions that return fresh memory
KNOWN_ALLOCATORS = {
    "malloc": ((0,), "malloc"), "calloc": ((0, 1), "calloc"), "realloc": ((1,), "realloc"),
    "aligned_alloc": ((0, 1), "malloc"), "_Znwm": ((0,), "malloc"), "_Znam": ((0,), "malloc"),
    "NRT_MemInfo_alloc_aligned": ((0, 1), "nrt"), "NRT_MemInfo_alloc_safe_aligned": ((0, 1), "nrt"),
    "NRT_MemInfo_alloc": ((0,), "nrt"), "NRT_MemInfo_alloc_safe": ((0,), "nrt"),
    "NRT_Allocate": ((0,), "malloc"), "NRT_MemInfo_new": ((1,), "nrt"),
    # enzpy's own shadow blocks (enzpy.ad.runtime), met again when a derivative is
    # differentiated (Hessians): fresh, zeroed memory
    "__enzpy_shadow_malloc": ((0,), "malloc"), "__enzpy_shadow_realloc": ((1,), "realloc"),
}
# functions that only take pointers to release or count them; they say nothing about floats
POINTER_ONLY = frozenset(("free", "_ZdlPv", "_ZdaPv", "NRT_incref", "NRT_decref", "NRT_Free",
                          "__enzpy_shadow_free", "__enzpy_shadow_size",
                          "NRT_MemInfo_call_dtor", "NRT_MemInfo_data_fast",
                          "NRT_MemInfo_data", "NRT_MemInfo_size", "posix_memalign"))
# byte offset of the data pointer in Numba's MemInfo {refct, dtor, dtor_info, data, size, ...}
NRT_DATA_OFFSET = 24
MAX_AFFINE_DEPTH = 6


def value_name(value, fn=None):
    """How a value is written in IR text (``%x``, ``%5``, ``@g``, a constant)."""
    from ..ir.printer import _Namer
    fn = fn or getattr(value, "function", None)
    namer = _Namer(fn.parent if fn is not None else None)
    if fn is not None:
        namer.number_function(fn)
    return namer(value)


class _ValueConflict(Exception):
    def __init__(self, value, conflict):
        super().__init__(str(conflict))
        self.value, self.conflict = value, conflict


class TypeResults:
    """The trees of one analysis run; ``results[value]`` is a value's tree."""

    def __init__(self, analysis):
        self._analysis = analysis

    def __getitem__(self, value):
        return self._analysis.tree(value)

    @property
    def layout(self):
        return self._analysis.layout

    def pointee(self, value):
        return self._analysis.tree(value).pointee()

    def is_float(self, value):
        """True when the value's own bytes are known to hold a float."""
        ct = self[value].at(-1) or self[value].at(0)
        return ct is not None and ct.is_float

    def float_kind(self, value):
        """The float kind (``"double"``, ``"float"`` ...) of a value's own bytes, or None."""
        ct = self[value].at(-1) or self[value].at(0)
        return ct.float_kind if ct is not None and ct.is_float else None

    def memory_float(self, pointer, ty, inst=None):
        """The float kind stored at ``pointer`` as a value of integer/float type ``ty``, or
        None when the bytes are integers or pointers.  Raises TypeAnalysisError when the
        bytes' type is unknown and matters (a float-sized integer access)."""
        if isinstance(ty.scalar, T.FloatType):
            return ty.scalar.kind
        if isinstance(ty.scalar, T.PointerType):
            return None
        ct = from_memory(self.pointee(pointer), ty, 0, self._analysis.layout).at(-1)
        if ct is None:
            if isinstance(ty.scalar, T.IntType) and ty.scalar.bits in (16, 32, 64):
                self._analysis.undecided(pointer, inst, ty)
            return None
        return ct.float_kind or None

    def function_return(self, fn):
        return self._analysis.returns.get(fn, EMPTY)


class TypeAnalysis:
    """Module-wide, context-insensitive type analysis; see the module docstring."""

    def __init__(self, module, layout=None):
        from .typerules import RULES, TBAAReader
        self._rules = RULES
        self.module = module
        self.layout = layout or DataLayout.of(module)
        self.trees = {}
        self.returns = {}
        self.analyzed = set()
        self.worklist = deque()
        self.queued = set()
        self.callers = {}
        self.rets = {}
        self.tbaa = TBAAReader(module)
        self._gep_cache = {}
        self._induction = {}
        self.steps = 0           # rule applications so far: how long the fixed point took

    # public -----------------------------------------------------------------------------
    def analyze(self, fn, arg_trees=None, return_tree=None):
        """Analyse ``fn`` (and, on demand, its callees) with optional argument trees
        ``{index: TypeTree}`` and a return tree; returns TypeResults."""
        if fn.is_declaration:
            raise TypeAnalysisError(f"type analysis of @{fn.name}: it is a declaration (no "
                                    "body to analyse); pick a defined function")
        self.include(fn)
        try:
            for index, tree in (arg_trees or {}).items():
                self.update(fn.args[index], tree)
            if return_tree:
                self.update_return(fn, return_tree)
        except _ValueConflict as exc:
            raise TypeAnalysisError(
                f"type analysis of @{fn.name}: the given type of {value_name(exc.value, fn)} "
                f"disagrees with its LLVM type: {exc.conflict}; fix the argument types "
                "(--arg-types, or the type hint in the Python API)") from None
        self.run()
        return TypeResults(self)

    def tree(self, value):
        tree = self.trees.get(value)
        if tree is not None:
            return tree
        if isinstance(value, (Instruction, Argument)):
            return tree_of_type(value.type, self.layout)
        return self.constant_tree(value)

    # machinery ----------------------------------------------------------------------------
    def include(self, fn):
        if fn in self.analyzed or fn.is_declaration:
            return
        self.analyzed.add(fn)
        layout = self.layout
        rets = self.rets.setdefault(fn, [])
        for arg in fn.args:
            tree = tree_of_type(arg.type, layout)
            if tree:
                self.trees[arg] = tree
        callees = []
        for inst in fn.instructions():
            if inst.type != T.VOID:
                tree = tree_of_type(inst.type, layout)
                if tree:
                    self.trees[inst] = tree
            self.queued.add(inst)
            self.worklist.append(inst)
            op = inst.opcode
            if op == "ret":
                rets.append(inst)
            elif op in ("call", "invoke"):
                callee = inst.callee
                if isinstance(callee, Function) and not callee.is_declaration and \
                        callee.name not in KNOWN_ALLOCATORS and callee.name not in POINTER_ONLY:
                    self.callers.setdefault(callee, []).append(inst)
                    callees.append(callee)
        for callee in callees:
            self.include(callee)

    def enqueue(self, inst):
        if inst not in self.queued:
            self.queued.add(inst)
            self.worklist.append(inst)

    def run(self):
        rules, worklist, queued = self._rules, self.worklist, self.queued
        while worklist:
            inst = worklist.popleft()
            queued.discard(inst)
            rule = rules.get(inst.opcode)
            if rule is None:
                continue
            self.steps += 1
            try:
                rule(self, inst)
            except _ValueConflict as exc:
                self.conflict(inst, exc.value, exc.conflict)

    def update(self, value, tree):
        """Join ``tree`` into the value's tree; re-queue what depends on it."""
        if not tree:
            return
        if not isinstance(value, (Instruction, Argument, GlobalVariable)):
            if isinstance(value, ConstantExpr):
                self._update_constant(value, tree)
            return
        old = self.trees.get(value)
        if old is None:
            old = self.tree(value)
        try:
            new = old.join(tree)
        except TypeConflict as conflict:
            raise _ValueConflict(value, conflict) from None
        if new is old:
            if value not in self.trees:
                self.trees[value] = new
            return
        self.trees[value] = new
        enqueue = self.enqueue
        for user, _ in value.uses:
            if isinstance(user, Instruction):
                enqueue(user)
            elif isinstance(user, ConstantExpr):
                for inner, _ in user.uses:
                    if isinstance(inner, Instruction):
                        enqueue(inner)
        if isinstance(value, Instruction):
            enqueue(value)
        elif isinstance(value, Argument) and value.function is not None:
            for call in self.callers.get(value.function, ()):
                enqueue(call)

    def _update_constant(self, expr, tree):
        """Facts learnt about a constant expression over a global go to the global."""
        base = expr.operands[0] if expr.operands else None
        if expr.opcode == "getelementptr" and isinstance(base, GlobalVariable):
            offset = self.constant_offset(expr.source_type, expr.operands[1:])
            if offset is not None:
                self.update(base, TypeTree.pointer_to(tree.pointee().shift(offset)))
        elif expr.opcode in ("bitcast", "addrspacecast") and isinstance(base, GlobalVariable):
            self.update(base, tree)

    def update_return(self, fn, tree):
        old = self.returns.get(fn, EMPTY)
        try:
            new = old.join(tree)
        except TypeConflict as conflict:
            raise _ValueConflict(fn, conflict) from None
        if new is not old:
            self.returns[fn] = new
            for call in self.callers.get(fn, ()):
                self.enqueue(call)
            for inst in self.rets.get(fn, ()):
                self.enqueue(inst)

    def constant_tree(self, value):
        if isinstance(value, ConstantInt):
            # like Enzyme: small non-zero constants are integers (as float bits they would be
            # denormals); zero and large constants (masks, float bit patterns) say nothing
            if 1 <= abs(value.value) <= 4096 and value.type.scalar.bits > 1:
                return INT_TREE
            return tree_of_type(value.type, self.layout)
        if isinstance(value, ConstantFP):
            return tree_of_type(value.type, self.layout)
        if isinstance(value, GlobalVariable):
            return self.global_tree(value)
        if isinstance(value, (ConstantNull, Function)):
            return PTR_TREE
        if isinstance(value, ConstantExpr):
            base = value.operands[0] if value.operands else None
            if value.opcode == "getelementptr" and isinstance(base, GlobalVariable):
                offset = self.constant_offset(value.source_type, value.operands[1:])
                pointee = self.global_tree(base).pointee()
                if offset is not None:
                    return TypeTree.pointer_to(pointee.shift(-offset))
                return TypeTree.pointer_to(TypeTree(
                    {p: c for p, c in pointee.items() if p[0] == -1}))
            if value.opcode in ("ptrtoint", "bitcast", "addrspacecast", "inttoptr"):
                return self.tree(base).join(PTR_TREE if value.type.is_pointer else EMPTY)
            if value.type.is_pointer:
                return PTR_TREE
        if isinstance(value, (ConstantAggregate, Splat, ConstantString)):
            return tree_of_type(value.type, self.layout)
        return EMPTY

    def global_tree(self, gv):
        tree = self.trees.get(gv)
        if tree is None:
            pointee = EMPTY
            ty = gv.value_type
            if ty is not None:
                try:
                    body = self.layout.body(ty)
                except ValueError:
                    body = None
                if isinstance(body, T.ArrayType) and body.element == T.I8:
                    pass           # raw bytes (Numba's frozen arrays, strings): no types
                elif isinstance(body, T.ArrayType) and not body.element.is_aggregate:
                    # an array of scalars: the element's type at every offset
                    pointee = to_memory(tree_of_type(body.element, self.layout),
                                        body.element, 0, self.layout).as_every_offset()
                elif body is not None:
                    pointee = to_memory(tree_of_type(ty, self.layout), ty, 0, self.layout)
            tree = TypeTree.pointer_to(pointee)
            self.trees[gv] = tree
        return tree

    def constant_offset(self, source_type, indices):
        """Byte offset of constant GEP indices, or None when an index is not constant."""
        if not all(isinstance(i, ConstantInt) for i in indices):
            return None
        if not indices:
            return 0
        offset, ty = indices[0].value * self.layout.size(source_type), source_type
        for index in indices[1:]:
            field, ty = self.layout.element_offset(ty, index.value)
            offset += field
        return offset

    # GEP offsets --------------------------------------------------------------------------
    def gep_offset(self, inst):
        """(constant byte offset, stride, field size) of a GEP: the address is base +
        constant + k*stride for some integer k; stride 0 when every index is constant.  A
        constant GEP that steps a pointer around a loop (``%p.next = gep %p, 8`` with
        ``%p = phi [%p.next]``) counts as variable with the step as its stride.  The field
        size is the size of the struct field the last index selects (the result points to
        that field only), None when it selects none."""
        cached = self._gep_cache.get(inst)
        if cached is not None:
            return cached
        layout = self.layout
        ty = inst.attrs["source_type"]
        constant, stride, field_size = 0, 0, None
        for k, index in enumerate(inst.operands[1:]):
            field_size = None
            if k == 0:
                step = layout.size(ty)
            else:
                body = layout.body(ty)
                if isinstance(body, T.StructType):
                    field, ty = layout.element_offset(body, index.value)
                    constant += field
                    field_size = layout.size(ty) or None     # a flexible array: unbounded
                    continue
                ty = body.element
                step = layout.size(ty)
            if isinstance(index, ConstantInt):
                constant += index.value * step
            else:
                s, c = self.index_affine(index)
                constant += c * step
                stride = gcd(stride, s * step)
        if stride == 0 and constant != 0 and self._is_induction(inst):
            stride, constant = abs(constant), 0
        result = (constant, stride, field_size)
        self._gep_cache[inst] = result
        return result

    def index_affine(self, value, depth=0):
        """(stride, constant) with value = stride*k + constant for some integer k (stride 1,
        constant 0 when nothing is known): ``shl %i, 3`` is (8, 0), ``add %j, 1`` with j
        unknown is (1, 1) ..."""
        if isinstance(value, ConstantInt):
            return 0, value.value
        if not isinstance(value, Instruction) or depth > MAX_AFFINE_DEPTH or value.type.is_vector:
            return 1, 0
        op, ops = value.opcode, value.operands
        if op in ("sext", "zext", "trunc", "freeze"):
            return self.index_affine(ops[0], depth + 1)
        if op in ("mul", "shl") and isinstance(ops[1], ConstantInt):
            factor = ops[1].value if op == "mul" else 1 << min(ops[1].value, 62)
            s, c = self.index_affine(ops[0], depth + 1)
            return abs(s * factor), c * factor
        if op == "mul" and isinstance(ops[0], ConstantInt):
            s, c = self.index_affine(ops[1], depth + 1)
            return abs(s * ops[0].value), c * ops[0].value
        if op in ("add", "sub") or (op == "or" and "disjoint" in value.flags):
            s1, c1 = self.index_affine(ops[0], depth + 1)
            s2, c2 = self.index_affine(ops[1], depth + 1)
            return gcd(s1, s2), (c1 - c2 if op == "sub" else c1 + c2)
        if op in ("ashr", "lshr", "sdiv", "udiv") and "exact" in value.flags and \
                isinstance(ops[1], ConstantInt):
            divisor = 1 << min(ops[1].value, 62) if op in ("ashr", "lshr") else ops[1].value
            s, c = self.index_affine(ops[0], depth + 1)
            if divisor and s % divisor == 0 and c % divisor == 0:
                return s // divisor, c // divisor
        return 1, 0

    def _is_induction(self, gep):
        """True when the GEP's base is, through phis, selects, casts, GEPs, loads of what
        stores wrote to the same pointer (``-O0`` locals, ``++it`` on an iterator object)
        and the arguments of recursive calls, the GEP itself: a pointer stepped around a
        loop."""
        cached = self._induction.get(gep)
        if cached is None:
            seen, stack, cached = set(), [gep.operands[0]], False
            while stack and not cached:
                value = stack.pop()
                if value is gep:
                    cached = True
                elif isinstance(value, Instruction) and value not in seen and len(seen) < 64:
                    seen.add(value)
                    if value.opcode == "phi":
                        stack.extend(v for v, _ in value.incoming)
                    elif value.opcode == "select":
                        stack.extend(value.operands[1:])
                    elif value.opcode in ("getelementptr", "bitcast", "addrspacecast"):
                        stack.append(value.operands[0])
                    elif value.opcode == "load":
                        slot = value.operands[0]
                        stack.extend(user.operands[0] for user, _ in slot.uses
                                     if getattr(user, "opcode", None) == "store" and
                                     user.operands[1] is slot)
                elif isinstance(value, Argument) and value not in seen and len(seen) < 64:
                    seen.add(value)             # the argument of a (recursive) callee
                    index = value.function.args.index(value)
                    stack.extend(call.args[index] for call in
                                 self.callers.get(value.function, ()) if index < len(call.args))
            self._induction[gep] = cached
        return cached

    def size_of(self, ct):
        return concrete_size(ct, self.layout)

    # errors -------------------------------------------------------------------------------
    def conflict(self, inst, value, conflict):
        fn = inst.function
        name = value_name(value, fn) if not isinstance(value, Function) else \
            f"the return value of @{value.name}"
        path = list(conflict.path)
        if len(path) <= 1:
            where = f"{name} itself"
        elif len(path) == 2:
            where = ("every offset" if path[1] == -1 else f"offset {path[1]}") + \
                f" of the memory {name} points to"
        else:
            where = f"index path {path} of the type tree of {name}"
        old, new = conflict.old, conflict.new
        if {old.kind, new.kind} == {"Float"}:
            why = (f"the same bytes are read or written both as {old.float_kind} and as "
                   f"{new.float_kind}")
        else:
            why = (f"the same bytes are used both as {old} and as {new}; enzpy cannot tell "
                   "whether they carry derivatives")
        user = _integer_user(value) if len(path) <= 1 else None
        if user is not None and "Float" in (old.kind, new.kind):
            why += (f" (the integer operation\n    {print_instruction(user).strip()}\nworks on "
                    "the bits of a float: rewrite it with floating-point operations)")
        raise TypeAnalysisError(
            f"type analysis of @{fn.name if fn else '?'}: conflicting types for {where} at\n"
            f"    {print_instruction(inst).strip()}\n{why}; if an argument's type is what "
            "misleads the analysis, give the right one (--arg-types, or the type hint in the "
            "Python API)")

    def bit_arithmetic(self, inst, operand, ct):
        fn = inst.function
        raise TypeAnalysisError(
            f"type analysis of @{fn.name if fn else '?'}: integer arithmetic on the bits of a "
            f"float at\n    {print_instruction(inst).strip()}\n{value_name(operand, fn)} holds "
            f"a {ct} (it was stored or computed as a float); enzpy cannot differentiate "
            "through integer operations on float bits: write the code with floating-point "
            "operations (fabs, copysign, fneg), or, if the value really is an integer, give "
            "the argument types (--arg-types, or the type hint in the Python API)")

    def undecided(self, pointer, inst, ty):
        fn = inst.function if inst is not None else None
        where = print_instruction(inst).strip() if inst is not None else repr(pointer)
        raise TypeAnalysisError(
            f"type analysis of @{fn.name if fn else '?'}: cannot decide whether the {ty} "
            f"accessed by\n    {where}\nholds a float, an integer or a pointer; supply the "
            "argument's type (--arg-types on the command line, a type hint in Python)")


def _integer_user(value):
    for user, _ in value.uses:
        if isinstance(user, Instruction) and user.opcode in (
                "add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr",
                "and", "or", "xor", "trunc", "zext", "sext", "sitofp", "uitofp"):
            return user
    return None
