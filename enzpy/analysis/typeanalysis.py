"""Type analysis: a fixed point over a module that gives every value a TypeTree.

Facts come from instructions (``load double`` proves the loaded bytes are doubles, integer
arithmetic proves integers, GEPs move pointee facts by their offsets), from clang's ``!tbaa``
access tags, from known functions (allocation, libm, Numba's runtime) and from argument trees
the caller supplies.  Facts flow both ways (a load's result types the memory it came from and
vice versa) and across calls (argument and return trees of defined callees are shared by all
call sites: the analysis is context-insensitive, and recursion simply iterates).

Usage::

    ta = TypeAnalysis(module)
    result = ta.analyze(fn, {0: TypeTree.pointer_to(TypeTree.of(FLOAT_DOUBLE))})
    result[value]          # its TypeTree
"""

import re

from ..errors import TypeAnalysisError
from ..ir import types as T
from ..ir.layout import DataLayout
from ..ir.nodes import Function, GlobalVariable, Instruction
from ..ir.printer import print_instruction
from ..ir.values import (Argument, ConstantAggregate, ConstantExpr, ConstantFP, ConstantInt,
                         ConstantNull, ConstantString, Splat)
from .typetree import INTEGER, POINTER, TypeConflict, TypeTree, float_of

__all__ = ["TypeAnalysis", "TypeResults", "tree_of_type", "KNOWN_ALLOCATORS"]

EMPTY = TypeTree()
PTR_TREE = TypeTree.of(POINTER)
INT_TREE = TypeTree.of(INTEGER)

# name -> (size argument indices, kind) of functions that return fresh memory
KNOWN_ALLOCATORS = {
    "malloc": ((0,), "malloc"), "calloc": ((0, 1), "calloc"), "realloc": ((1,), "realloc"),
    "aligned_alloc": ((0, 1), "malloc"), "_Znwm": ((0,), "malloc"), "_Znam": ((0,), "malloc"),
    "NRT_MemInfo_alloc_aligned": ((0, 1), "nrt"), "NRT_MemInfo_alloc_safe_aligned": ((0, 1), "nrt"),
    "NRT_MemInfo_alloc": ((0,), "nrt"), "NRT_MemInfo_alloc_safe": ((0,), "nrt"),
    "NRT_Allocate": ((0,), "malloc"), "NRT_MemInfo_new": ((1,), "nrt"),
}
# functions that only take pointers to release or count them; they say nothing about floats
POINTER_ONLY = frozenset(("free", "_ZdlPv", "_ZdaPv", "NRT_incref", "NRT_decref", "NRT_Free",
                          "NRT_MemInfo_call_dtor", "NRT_MemInfo_data_fast",
                          "NRT_MemInfo_data", "NRT_MemInfo_size", "posix_memalign"))
_TBAA_NAMES = {"double": float_of("double"), "float": float_of("float"),
               "long double": float_of("x86_fp80"), "_Float16": float_of("half"),
               "int": INTEGER, "long": INTEGER, "short": INTEGER, "long long": INTEGER,
               "bool": INTEGER, "_Bool": INTEGER, "any pointer": POINTER}
_INT_ONLY = frozenset(("mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr", "xor"))


def tree_of_type(ty, layout):
    """What the LLVM type of a value alone proves: floats are floats, pointers pointers."""
    scalar = ty.scalar
    if isinstance(scalar, T.FloatType):
        return TypeTree.of(float_of(scalar.kind))
    if isinstance(scalar, T.PointerType):
        return PTR_TREE
    if isinstance(ty, (T.StructType, T.ArrayType, T.NamedStructType)):
        mapping = {}
        for offset, leaf in _leaves(ty, layout):
            if isinstance(leaf, T.FloatType):
                mapping[(offset,)] = float_of(leaf.kind)
            elif isinstance(leaf, T.PointerType):
                mapping[(offset,)] = POINTER
        return TypeTree(mapping)
    return EMPTY


def _leaves(ty, layout, base=0, limit=64):
    """(offset, scalar type) of the scalar leaves of an aggregate (arrays: first ``limit``)."""
    ty = layout.body(ty)
    if isinstance(ty, T.StructType):
        for offset, element in zip(layout.offsets(ty), ty.elements):
            yield from _leaves(element, layout, base + offset, limit)
    elif isinstance(ty, T.ArrayType):
        size = layout.size(ty.element)
        for k in range(min(ty.count, limit)):
            yield from _leaves(ty.element, layout, base + k * size, limit)
    elif isinstance(ty, T.VectorType):
        size = layout.size(ty.element)
        for k in range(ty.count):
            yield base + k * size, ty.element
    else:
        yield base, ty


def to_memory(tree, ty, offset, layout):
    """Place the tree of a value of type ``ty`` into memory at byte ``offset``."""
    if not tree:
        return EMPTY
    if not ty.is_aggregate and not ty.is_vector:
        return TypeTree({(offset,) + p[1:]: c for p, c in tree.items() if p[0] in (-1, 0)})
    mapping = {}
    every = {p[1:]: c for p, c in tree.items() if p[0] == -1}
    for leaf_offset, _ in _leaves(ty, layout):
        for rest, ct in every.items():
            mapping[(offset + leaf_offset,) + rest] = ct
    for path, ct in tree.items():
        if path[0] != -1:
            mapping[(offset + path[0],) + path[1:]] = ct
    return TypeTree(mapping)


def from_memory(pointee, ty, offset, layout):
    """The tree of a value of type ``ty`` read from memory described by ``pointee`` at
    ``offset``."""
    if not pointee:
        return EMPTY
    if not ty.is_aggregate and not ty.is_vector:
        mapping = {}
        for path, ct in pointee.items():
            if path[0] == offset or path[0] == -1:
                key = (-1,) + path[1:]
                if path[0] == offset or key not in mapping:
                    mapping[key] = ct
        return TypeTree(mapping)
    if ty.is_vector:
        tree = EMPTY
        size = layout.size(ty.element)
        for k in range(ty.count):
            tree = tree.join(from_memory(pointee, ty.element, offset + k * size, layout))
        return tree
    return pointee.data_at(offset, layout.size(ty))


class TypeResults:
    """The trees of one analysis run; ``results[value]`` is a value's tree."""

    def __init__(self, analysis):
        self._analysis = analysis

    def __getitem__(self, value):
        return self._analysis.tree(value)

    def pointee(self, value):
        return self._analysis.tree(value).pointee()

    def is_float(self, value):
        """True when the value's own bytes are known to hold a float."""
        ct = self[value].at(-1) or self[value].at(0)
        return ct is not None and ct.is_float

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
        self.module = module
        self.layout = layout or DataLayout.of(module)
        self.trees = {}
        self.returns = {}
        self.analyzed = set()
        self.worklist = []
        self.queued = set()
        self.callers = {}
        self.tbaa = _TBAAReader(module)

    # public -----------------------------------------------------------------------------
    def analyze(self, fn, arg_trees=None, return_tree=None):
        """Analyse ``fn`` (and, on demand, its callees) with optional argument trees
        ``{index: TypeTree}`` and a return tree; returns TypeResults."""
        for index, tree in (arg_trees or {}).items():
            self.update(fn.args[index], tree)
        if return_tree:
            self.update_return(fn, return_tree)
        self.include(fn)
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
        for arg in fn.args:
            self.update(arg, tree_of_type(arg.type, self.layout))
        for inst in fn.instructions():
            if inst.type != T.VOID:
                self.update(inst, tree_of_type(inst.type, self.layout))
            self.enqueue(inst)
            if inst.opcode in ("call", "invoke") and isinstance(inst.callee, Function):
                self.callers.setdefault(inst.callee, []).append(inst)
                self.include(inst.callee)

    def enqueue(self, inst):
        if inst not in self.queued:
            self.queued.add(inst)
            self.worklist.append(inst)

    def run(self):
        while self.worklist:
            inst = self.worklist.pop()
            self.queued.discard(inst)
            try:
                _RULES.get(inst.opcode, _no_rule)(self, inst)
            except TypeConflict as conflict:
                self.conflict(inst, conflict)

    def update(self, value, tree):
        """Join ``tree`` into the value's tree; re-queue what depends on it."""
        if not tree or not isinstance(value, (Instruction, Argument, GlobalVariable)):
            return
        old = self.trees.get(value)
        new = tree if old is None else old.join(tree)
        if new is old:
            return
        self.trees[value] = new
        for user, _ in value.uses:
            if isinstance(user, Instruction):
                self.enqueue(user)
        if isinstance(value, Instruction):
            self.enqueue(value)
        elif isinstance(value, Argument) and value.function is not None:
            for call in self.callers.get(value.function, ()):
                self.enqueue(call)

    def update_return(self, fn, tree):
        old = self.returns.get(fn, EMPTY)
        new = old.join(tree)
        if new is not old:
            self.returns[fn] = new
            for call in self.callers.get(fn, ()):
                self.enqueue(call)
            for inst in fn.instructions():
                if inst.opcode == "ret":
                    self.enqueue(inst)

    def constant_tree(self, value):
        if isinstance(value, ConstantFP):
            return tree_of_type(value.type, self.layout)
        if isinstance(value, (ConstantNull, GlobalVariable, Function)):
            if isinstance(value, GlobalVariable):
                return self.global_tree(value)
            return PTR_TREE
        if isinstance(value, ConstantExpr):
            if value.opcode == "getelementptr" and isinstance(value.operands[0], GlobalVariable):
                offset = self.constant_offset(value.source_type, value.operands[1:])
                base = self.global_tree(value.operands[0]).pointee()
                if offset is not None:
                    return TypeTree.pointer_to(base.shift(-offset))
                return TypeTree.pointer_to(base.as_every_offset())
            if value.opcode in ("ptrtoint", "bitcast", "addrspacecast", "inttoptr"):
                return self.tree(value.operands[0]).join(
                    PTR_TREE if value.type.is_pointer else EMPTY)
        if isinstance(value, (ConstantAggregate, Splat, ConstantString)):
            return tree_of_type(value.type, self.layout)
        return EMPTY

    def global_tree(self, gv):
        tree = self.trees.get(gv)
        if tree is None:
            pointee = EMPTY
            if gv.value_type is not None:
                pointee = to_memory(tree_of_type(gv.value_type, self.layout), gv.value_type, 0,
                                    self.layout)
                if gv.initializer is not None and gv.is_constant and \
                        isinstance(gv.value_type, T.ArrayType) and \
                        not gv.value_type.element.is_aggregate:
                    pointee = pointee.join(to_memory(
                        tree_of_type(gv.value_type.element, self.layout),
                        gv.value_type.element, 0, self.layout).as_every_offset())
            tree = TypeTree.pointer_to(pointee)
            self.trees[gv] = tree
        return tree

    def constant_offset(self, source_type, indices):
        """Byte offset of constant GEP indices, or None when an index is not constant."""
        if not all(isinstance(i, ConstantInt) for i in indices):
            return None
        offset, ty = indices[0].value * self.layout.size(source_type), source_type
        for index in indices[1:]:
            field, ty = self.layout.element_offset(ty, index.value)
            offset += field
        return offset

    def gep_offsets(self, inst):
        """(constant byte offset, [(stride, index value)]) of a GEP."""
        ty = inst.attrs["source_type"]
        constant, variable = 0, []
        for k, index in enumerate(inst.operands[1:]):
            if k == 0:
                stride = self.layout.size(ty)
            else:
                body = self.layout.body(ty)
                if isinstance(body, T.StructType):
                    field, ty = self.layout.element_offset(body, index.value)
                    constant += field
                    continue
                ty = body.element
                stride = self.layout.size(ty)
            if isinstance(index, ConstantInt):
                constant += index.value * stride
            else:
                variable.append((stride, index))
        return constant, variable

    # errors -------------------------------------------------------------------------------
    def conflict(self, inst, conflict):
        fn = inst.function
        raise TypeAnalysisError(
            f"type analysis of @{fn.name if fn else '?'}: {conflict} at instruction\n"
            f"    {print_instruction(inst).strip()}\n"
            "the same memory is used both as a float and as an integer or pointer; enzpy "
            "cannot tell which bytes carry derivatives (give argument types with --arg-types, "
            "or a type hint in the Python API, if the caller knows better)")

    def undecided(self, pointer, inst, ty):
        fn = inst.function if inst is not None else None
        where = print_instruction(inst).strip() if inst is not None else repr(pointer)
        raise TypeAnalysisError(
            f"type analysis of @{fn.name if fn else '?'}: cannot decide whether the {ty} "
            f"accessed by\n    {where}\nholds a float, an integer or a pointer; supply the "
            "argument's type (--arg-types on the command line, a type hint in Python)")


def _no_rule(ta, inst):
    """Instructions that teach nothing about types (fence, unreachable ...)."""


def _binary(ta, inst):
    a, b = inst.operands
    ty = inst.type.scalar
    if isinstance(ty, T.FloatType):
        tree = TypeTree.of(float_of(ty.kind))
        ta.update(inst, tree)
        ta.update(a, tree)
        ta.update(b, tree)
        return
    op = inst.opcode
    ta_a, ta_b = ta.tree(a).at(-1), ta.tree(b).at(-1)
    if op in ("add", "sub", "and", "or") and POINTER in (ta_a, ta_b):
        # pointer arithmetic on integers: the result is a pointer (offset unknown)
        ta.update(inst, PTR_TREE)
        if op == "add" and ta_a == POINTER and isinstance(b, ConstantInt):
            pointee = ta.tree(a).pointee().shift(-b.value)
            ta.update(inst, TypeTree.pointer_to(pointee))
        return
    if op in _INT_ONLY or (op in ("add", "sub") and not (ta_a or ta_b)):
        ta.update(inst, INT_TREE)
        if op in _INT_ONLY:
            ta.update(a, INT_TREE)
            ta.update(b, INT_TREE)


def _unary(ta, inst):
    tree = tree_of_type(inst.type, ta.layout)
    ta.update(inst, tree)
    ta.update(inst.operands[0], tree)


def _cast(ta, inst):
    op, value = inst.opcode, inst.operands[0]
    if op in ("bitcast", "addrspacecast", "ptrtoint", "inttoptr", "freeze"):
        if inst.type.is_vector == value.type.is_vector or op != "bitcast":
            ta.update(inst, ta.tree(value))
            ta.update(value, ta.tree(inst))
        return
    if op in ("fpext", "fptrunc", "fptosi", "fptoui", "sitofp", "uitofp"):
        ta.update(inst, tree_of_type(inst.type, ta.layout) or INT_TREE)
        ta.update(value, tree_of_type(value.type, ta.layout) or INT_TREE)
        return
    # trunc, zext, sext: integers (a truncated pointer is no longer a pointer)
    if ta.tree(value).at(-1) != POINTER:
        ta.update(inst, INT_TREE)
        ta.update(value, INT_TREE)


def _cmp(ta, inst):
    ta.update(inst, INT_TREE)
    if inst.opcode == "fcmp":
        for op in inst.operands:
            ta.update(op, tree_of_type(op.type, ta.layout))
    else:
        for op in inst.operands:
            if not op.type.scalar.is_pointer and ta.tree(op).at(-1) != POINTER:
                ta.update(op, INT_TREE)


def _merge(ta, inst, values):
    for value in values:
        ta.update(inst, ta.tree(value))
    mine = ta.tree(inst)
    for value in values:
        ta.update(value, mine)


def _phi(ta, inst):
    _merge(ta, inst, [v for v, _ in inst.incoming])


def _select(ta, inst):
    ta.update(inst.operands[0], INT_TREE)
    _merge(ta, inst, inst.operands[1:])


def _alloca(ta, inst):
    ta.update(inst, PTR_TREE)
    if inst.operands:
        ta.update(inst.operands[0], INT_TREE)


def _access_tree(ta, inst, ty):
    tag = inst.get_metadata("tbaa")
    if tag is not None:
        ct = ta.tbaa.access_type(tag)
        if ct is not None and (not ct.is_float or not ty.is_aggregate):
            return TypeTree.of(ct, 0)
    return EMPTY


def _load(ta, inst):
    ptr = inst.operands[0]
    layout = ta.layout
    mem = to_memory(tree_of_type(inst.type, layout), inst.type, 0, layout).join(
        _access_tree(ta, inst, inst.type))
    ta.update(ptr, TypeTree.pointer_to(mem))
    ta.update(inst, from_memory(ta.tree(ptr).pointee(), inst.type, 0, layout))
    ta.update(ptr, TypeTree.pointer_to(to_memory(ta.tree(inst), inst.type, 0, layout)))


def _store(ta, inst):
    value, ptr = inst.operands
    layout = ta.layout
    mem = to_memory(ta.tree(value), value.type, 0, layout).join(
        _access_tree(ta, inst, value.type))
    ta.update(ptr, TypeTree.pointer_to(mem))
    ta.update(value, from_memory(ta.tree(ptr).pointee(), value.type, 0, layout))


def _gep(ta, inst):
    base = inst.operands[0]
    ta.update(inst, PTR_TREE)
    ta.update(base, PTR_TREE)
    constant, variable = ta.gep_offsets(inst)
    for _, index in variable:
        if not index.type.is_vector:
            ta.update(index, INT_TREE)
    base_pointee = ta.tree(base).pointee()
    result_pointee = ta.tree(inst).pointee()
    if not variable:
        size_of = lambda ct: _concrete_size(ct, ta.layout)  # noqa: E731
        ta.update(inst, TypeTree.pointer_to(base_pointee.shift(-constant).homogenized(size_of)))
        ta.update(base, TypeTree.pointer_to(result_pointee.shift(constant).homogenized(size_of)))
        return
    stride = min(s for s, _ in variable)
    every = TypeTree({p: c for p, c in base_pointee.items() if p[0] == -1})
    element = base_pointee.shift(-(constant % stride) if stride else 0, stride)
    ta.update(inst, TypeTree.pointer_to(every.join(element)))
    first = result_pointee.shift(0, stride)
    leaf = first.at(0)
    if len(first.only_first_level()) == 1 and leaf is not None and \
            _concrete_size(leaf, ta.layout) == stride:
        ta.update(base, TypeTree.pointer_to(first.as_every_offset()))
    else:
        ta.update(base, TypeTree.pointer_to(first.shift(constant % stride if stride else 0)))


def _concrete_size(ct, layout):
    if ct.is_float:
        return layout.size(T.FloatType(ct.float_kind))
    if ct.kind == "Pointer":
        return layout.pointer_size
    return None


def _aggregate_offset(ta, ty, indices):
    offset = 0
    for index in indices:
        field, ty = ta.layout.element_offset(ty, index)
        offset += field
    return offset, ty


def _extractvalue(ta, inst):
    agg = inst.operands[0]
    offset, ty = _aggregate_offset(ta, agg.type, inst.attrs["indices"])
    as_memory = ta.tree(agg)
    ta.update(inst, from_memory(as_memory, ty, offset, ta.layout))
    ta.update(agg, to_memory(ta.tree(inst), ty, offset, ta.layout))


def _insertvalue(ta, inst):
    agg, value = inst.operands
    offset, ty = _aggregate_offset(ta, agg.type, inst.attrs["indices"])
    ta.update(inst, to_memory(ta.tree(value), ty, offset, ta.layout))
    ta.update(value, from_memory(ta.tree(inst), ty, offset, ta.layout))
    ta.update(inst, ta.tree(agg).join(EMPTY))


def _vector(ta, inst):
    vectors = [op for op in inst.operands if op.type.is_vector and op.type == inst.type]
    _merge(ta, inst, vectors)
    if inst.opcode == "extractelement":
        ta.update(inst, ta.tree(inst.operands[0]))
        ta.update(inst.operands[0], ta.tree(inst))
    elif inst.opcode == "insertelement":
        ta.update(inst, ta.tree(inst.operands[1]))
        ta.update(inst.operands[1], ta.tree(inst))


def _ret(ta, inst):
    if inst.operands:
        fn = inst.function
        ta.update_return(fn, ta.tree(inst.operands[0]))
        ta.update(inst.operands[0], ta.returns.get(fn, EMPTY))


def _call(ta, inst):
    callee = inst.callee
    args = inst.args
    name = callee.name if isinstance(callee, Function) else None
    if isinstance(callee, Function) and not callee.is_declaration:
        for arg, formal in zip(args, callee.args):
            ta.update(formal, ta.tree(arg))
            ta.update(arg, ta.tree(formal))
        if inst.type != T.VOID:
            ta.update_return(callee, ta.tree(inst))
            ta.update(inst, ta.returns.get(callee, EMPTY))
        return
    if name is not None and name.startswith(("llvm.memcpy", "llvm.memmove")):
        dst, src, length = args[0], args[1], args[2]
        size = length.value if isinstance(length, ConstantInt) else None
        ta.update(length, INT_TREE)
        src_data = ta.tree(src).pointee()
        dst_data = ta.tree(dst).pointee()
        if size is not None:
            src_data, dst_data = src_data.shift(0, size), dst_data.shift(0, size)
        ta.update(dst, TypeTree.pointer_to(src_data))
        ta.update(src, TypeTree.pointer_to(dst_data))
        return
    if name is not None and name.startswith("llvm.memset"):
        ta.update(args[0], PTR_TREE)
        ta.update(args[2], INT_TREE)
        return
    if name in KNOWN_ALLOCATORS:
        ta.update(inst, PTR_TREE)
        for index in KNOWN_ALLOCATORS[name][0]:
            if index < len(args):
                ta.update(args[index], INT_TREE)
        return
    if name in POINTER_ONLY:
        for arg in args:
            if arg.type.is_pointer:
                ta.update(arg, PTR_TREE)
        if name in ("NRT_MemInfo_data_fast", "NRT_MemInfo_data"):
            ta.update(inst, PTR_TREE)
        return
    # intrinsics, libm and unknown external functions: what the signature proves
    for arg in args:
        if isinstance(arg.type.scalar, T.FloatType):
            ta.update(arg, tree_of_type(arg.type, ta.layout))
    if inst.type != T.VOID:
        ta.update(inst, tree_of_type(inst.type, ta.layout))
        if name is not None and name.startswith("llvm.") and inst.type.scalar.is_int \
                and not name.startswith(("llvm.ptrmask",)):
            ta.update(inst, INT_TREE)


_RULES = {"fneg": _unary, "icmp": _cmp, "fcmp": _cmp, "phi": _phi, "select": _select,
          "alloca": _alloca, "load": _load, "store": _store, "getelementptr": _gep,
          "extractvalue": _extractvalue, "insertvalue": _insertvalue,
          "extractelement": _vector, "insertelement": _vector, "shufflevector": _vector,
          "ret": _ret, "call": _call, "invoke": _call, "freeze": _cast}
for _op in ("add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr", "and",
            "or", "xor", "fadd", "fsub", "fmul", "fdiv", "frem"):
    _RULES[_op] = _binary
for _op in ("trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp",
            "sitofp", "ptrtoint", "inttoptr", "bitcast", "addrspacecast"):
    _RULES[_op] = _cast


class _TBAAReader:
    """Reads clang's TBAA access tags: ``!5 = !{!6, !6, i64 0}``, ``!6 = !{!"double", ...}``."""
    _NODE = re.compile(r"^!(\d+) = (?:distinct )?!\{(.*)\}$")

    def __init__(self, module):
        self.module = module
        self.nodes = None
        self.cache = {}

    def access_type(self, tag):
        if tag in self.cache:
            return self.cache[tag]
        if self.nodes is None:
            self.nodes = {}
            for line in self.module.metadata:
                m = self._NODE.match(line)
                if m:
                    self.nodes["!" + m.group(1)] = m.group(2)
        result = None
        body = self.nodes.get(tag)
        if body is not None:
            parts = [p.strip() for p in body.split(",")]
            if len(parts) >= 3:
                access = self.nodes.get(parts[1])
                if access is not None:
                    m = re.match(r'!"([^"]*)"', access)
                    if m:
                        name = m.group(1)
                        result = _TBAA_NAMES.get(name)
                        if result is None and re.match(r"p\d+ ", name):
                            result = POINTER
        self.cache[tag] = result
        return result

