"""The transfer rules of type analysis, one function per opcode family.

Each rule reads the trees of an instruction's operands and result and joins what it learns
into both (``ta.update``): facts flow forwards (operands → result) and backwards (result →
operands; a load's result types the memory it reads).  Rules must be monotone: they only add
facts, so the worklist in ``TypeAnalysis.run`` reaches a fixed point.
"""

import re

from ..ir import types as T
from ..ir.nodes import Function
from ..ir.values import ConstantInt
from .typeanalysis import KNOWN_ALLOCATORS, NRT_DATA_OFFSET, POINTER_ONLY
from .typememory import (EMPTY, INT_TREE, PTR_TREE, from_memory, leaves, to_memory,
                         tree_of_type)
from .typetree import INTEGER, POINTER, TypeTree, float_of

__all__ = ["RULES", "TBAAReader"]

_TBAA_NAMES = {"double": float_of("double"), "float": float_of("float"),
               "long double": float_of("x86_fp80"), "_Float16": float_of("half"),
               "__fp16": float_of("half"), "__bf16": float_of("bfloat"),
               "int": INTEGER, "long": INTEGER, "short": INTEGER, "long long": INTEGER,
               "bool": INTEGER, "_Bool": INTEGER, "char": INTEGER,
               "any pointer": POINTER}
_INT_OPS = frozenset(("add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr",
                      "ashr", "and", "or", "xor"))
# libm functions that write results through pointer arguments: index -> pointee fact
_OUT_POINTERS = {
    "frexp": {1: INTEGER}, "frexpf": {1: INTEGER}, "frexpl": {1: INTEGER},
    "numba_frexp": {1: INTEGER}, "numba_frexpf": {1: INTEGER},
    "modf": {1: float_of("double")}, "modff": {1: float_of("float")},
    "modfl": {1: float_of("x86_fp80")},
    "sincos": {1: float_of("double"), 2: float_of("double")},
    "sincosf": {1: float_of("float"), 2: float_of("float")},
    "lgamma_r": {1: INTEGER}, "lgammaf_r": {1: INTEGER},
    "remquo": {2: INTEGER}, "remquof": {2: INTEGER},
}


def _first(ta, value):
    """The fact about a value's own bytes (None when unknown)."""
    return ta.tree(value).at(-1)


def _float_fact(ta, value):
    """A float fact about the value's own bytes, if any."""
    for path, ct in ta.tree(value).items():
        if len(path) == 1 and ct.is_float:
            return ct
    return None


def _binary(ta, inst):
    a, b = inst.operands
    ty = inst.type.scalar
    if isinstance(ty, T.FloatType):
        tree = tree_of_type(inst.type, ta.layout)
        ta.update(inst, tree)
        ta.update(a, tree)
        ta.update(b, tree)
        return
    for operand in (a, b):
        ct = _float_fact(ta, operand)
        if ct is not None:
            ta.bit_arithmetic(inst, operand, ct)
    op = inst.opcode
    fa, fb = _first(ta, a), _first(ta, b)
    pa, pb = fa is POINTER or fa == POINTER, fb is POINTER or fb == POINTER
    if pa or pb:
        if op == "sub" and pa and pb:
            ta.update(inst, INT_TREE)                  # the distance of two pointers
        elif op in ("add", "sub", "and", "or") and not (pb and op == "sub"):
            _pointer_arithmetic(ta, inst, a, b, pa, pb)
        return
    if _first(ta, inst) == POINTER and op in ("add", "sub", "and", "or"):
        return                                        # a pointer computed from unknowns
    ta.update(inst, INT_TREE)
    ta.update(a, INT_TREE)
    ta.update(b, INT_TREE)


def _pointer_arithmetic(ta, inst, a, b, pa, pb):
    """``add``/``sub``/``and``/``or`` on an integer that holds an address."""
    ta.update(inst, PTR_TREE)
    base, other = (a, b) if pa else (b, a)
    if inst.opcode in ("add", "sub") and not (pa and pb):
        if isinstance(other, ConstantInt):
            delta = other.value if inst.opcode == "add" else -other.value
            ta.update(inst, TypeTree.pointer_to(ta.tree(base).pointee().shift(-delta)))
            ta.update(base, TypeTree.pointer_to(ta.tree(inst).pointee().shift(delta)))
        else:
            ta.update(other, INT_TREE)


def _unary(ta, inst):
    tree = tree_of_type(inst.type, ta.layout)
    ta.update(inst, tree)
    ta.update(inst.operands[0], tree)


def _same(ta, inst, value):
    ta.update(inst, ta.tree(value))
    ta.update(value, ta.tree(inst))


def _cast(ta, inst):
    op, value = inst.opcode, inst.operands[0]
    if op in ("bitcast", "addrspacecast", "ptrtoint", "inttoptr", "freeze"):
        _same(ta, inst, value)
        return
    if op in ("fpext", "fptrunc", "fptosi", "fptoui", "sitofp", "uitofp"):
        ta.update(inst, tree_of_type(inst.type, ta.layout) or INT_TREE)
        ta.update(value, tree_of_type(value.type, ta.layout) or INT_TREE)
        return
    # trunc, zext, sext: integers (a truncated pointer is no longer a pointer)
    ct = _float_fact(ta, value)
    if ct is not None:
        ta.bit_arithmetic(inst, value, ct)
    if _first(ta, value) != POINTER:
        ta.update(value, INT_TREE)
    ta.update(inst, INT_TREE)


def _cmp(ta, inst):
    ta.update(inst, INT_TREE)
    a, b = inst.operands
    if inst.opcode == "fcmp":
        ta.update(a, tree_of_type(a.type, ta.layout))
        ta.update(b, tree_of_type(b.type, ta.layout))
        return
    # both sides of an integer comparison are the same kind of thing (an integer compared
    # with an integer, an address with an address); the bits of a float may be compared too
    # (signbit is ``icmp slt i64 %bits, 0``), so nothing forces Integer here
    for x, y in ((a, b), (b, a)):
        ct = _first(ta, x)
        if ct is not None and not ct.is_float:
            ta.update(y, TypeTree.of(ct))


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


def _switch(ta, inst):
    ta.update(inst.operands[0], INT_TREE)


def _alloca(ta, inst):
    ta.update(inst, PTR_TREE)
    if inst.operands:
        ta.update(inst.operands[0], INT_TREE)


def _access_tree(ta, inst, ty):
    """What the instruction's ``!tbaa`` tag says about the accessed bytes (at offset 0)."""
    tag = inst.get_metadata("tbaa")
    if tag is not None:
        tree = ta.tbaa.access_tree(tag)
        if tree is not None:
            if ty.is_aggregate and tree.at(-1).is_float:
                return EMPTY
            return to_memory(tree, ty, 0, ta.layout)
    return EMPTY


def _load(ta, inst):
    ptr, ty, layout = inst.operands[0], inst.type, ta.layout
    mem = to_memory(ta.tree(inst), ty, 0, layout).join(_access_tree(ta, inst, ty))
    ta.update(ptr, TypeTree.pointer_to(mem))
    ta.update(inst, from_memory(ta.tree(ptr).pointee(), ty, 0, layout))


def _store(ta, inst):
    value, ptr = inst.operands
    ty, layout = value.type, ta.layout
    mem = to_memory(ta.tree(value), ty, 0, layout).join(_access_tree(ta, inst, ty))
    ta.update(ptr, TypeTree.pointer_to(mem))
    ta.update(value, from_memory(ta.tree(ptr).pointee(), ty, 0, layout))


def _atomicrmw(ta, inst):
    ptr, value = inst.operands[0], inst.operands[1]
    if inst.attrs.get("op") not in (None, "xchg") and \
            not isinstance(value.type.scalar, (T.FloatType, T.PointerType)):
        ta.update(value, INT_TREE)
    _merge(ta, inst, [value])
    ta.update(ptr, TypeTree.pointer_to(to_memory(ta.tree(inst), inst.type, 0, ta.layout)))
    ta.update(inst, from_memory(ta.tree(ptr).pointee(), inst.type, 0, ta.layout))


def _gep(ta, inst):
    base = inst.operands[0]
    ta.update(inst, PTR_TREE)
    ta.update(base, PTR_TREE)
    for index in inst.operands[1:]:
        if not isinstance(index, ConstantInt) and not index.type.is_vector:
            ta.update(index, INT_TREE)
    constant, stride, field_size = ta.gep_offset(inst)
    base_pointee = ta.tree(base).pointee()
    result_pointee = ta.tree(inst).pointee()
    if stride == 0:
        # a pointer to a struct field sees that field only (as Enzyme's GEP rule): the
        # bytes past it belong to the enclosing object, which the base describes
        ta.update(inst, TypeTree.pointer_to(_bounded(ta, base_pointee.shift(-constant,
                                                                              field_size))))
        ta.update(base, TypeTree.pointer_to(_bounded(ta, result_pointee.shift(constant))))
        return
    every = TypeTree({p: c for p, c in base_pointee.items() if p[0] == -1})
    if stride == 1:
        # a byte offset nothing is known about: only every-offset facts carry over
        ta.update(inst, TypeTree.pointer_to(every))
        ta.update(base, TypeTree.pointer_to(
            TypeTree({p: c for p, c in result_pointee.items() if p[0] == -1})))
        return
    phase = constant % stride
    # the result points into an element of the stride: what the base's first element holds
    ta.update(inst, TypeTree.pointer_to(every.join(base_pointee.shift(-phase, stride))))
    first = result_pointee.shift(0, stride)
    first_level = first.only_first_level()
    leaf = first_level.at(0)
    if len(first_level) == 1 and leaf is not None and ta.size_of(leaf) == stride:
        # an array of one scalar type indexed by a variable: that type at every offset
        ta.update(base, TypeTree.pointer_to(first.as_every_offset()))
    else:
        ta.update(base, TypeTree.pointer_to(first.shift(phase)))


def _bounded(ta, tree):
    """A guard for cycles the induction check misses (a constant step repeated by the fixed
    point): a long run of one element type at consecutive offsets becomes that type at
    every offset."""
    return tree.homogenized(ta.size_of) if len(tree) > 32 else tree


def _aggregate_offset(ta, ty, indices):
    offset = 0
    for index in indices:
        field, ty = ta.layout.element_offset(ty, index)
        offset += field
    return offset, ty


def _outside(tree, offset, size):
    """The facts of ``tree`` whose first-level offset is outside ``[offset, offset+size)``."""
    return TypeTree({p: c for p, c in tree.items()
                     if p[0] != -1 and not offset <= p[0] < offset + size})


def _extractvalue(ta, inst):
    agg = inst.operands[0]
    offset, ty = _aggregate_offset(ta, agg.type, inst.attrs["indices"])
    ta.update(inst, from_memory(ta.tree(agg), ty, offset, ta.layout))
    ta.update(agg, to_memory(ta.tree(inst), ty, offset, ta.layout))


def _insertvalue(ta, inst):
    agg, value = inst.operands
    offset, ty = _aggregate_offset(ta, agg.type, inst.attrs["indices"])
    size = ta.layout.size(ty)
    ta.update(inst, to_memory(ta.tree(value), ty, offset, ta.layout))
    ta.update(value, from_memory(ta.tree(inst), ty, offset, ta.layout))
    ta.update(inst, _outside(ta.tree(agg), offset, size))
    ta.update(agg, _outside(ta.tree(inst), offset, size))


def _vector(ta, inst):
    op, ops = inst.opcode, inst.operands
    if op == "extractelement":
        _same(ta, inst, ops[0])
        ta.update(ops[1], INT_TREE)
    elif op == "insertelement":
        _merge(ta, inst, [ops[0], ops[1]])
        ta.update(ops[2], INT_TREE)
    else:                                   # shufflevector
        _merge(ta, inst, [v for v in ops[:2] if v.type.scalar == inst.type.scalar])


def _ret(ta, inst):
    if inst.operands:
        fn = inst.function
        ta.update_return(fn, ta.tree(inst.operands[0]))
        ta.update(inst.operands[0], ta.returns.get(fn, EMPTY))


def _call(ta, inst):
    callee = inst.callee
    args = inst.args
    if isinstance(callee, Function) and not callee.is_declaration and \
            callee.name not in KNOWN_ALLOCATORS and callee.name not in POINTER_ONLY:
        for arg, formal in zip(args, callee.args):
            ta.update(formal, ta.tree(arg))
            ta.update(arg, ta.tree(formal))
        if inst.type != T.VOID:
            ta.update_return(callee, ta.tree(inst))
            ta.update(inst, ta.returns.get(callee, EMPTY))
            rets = ta.rets.get(callee, ())
            if isinstance(inst.type, T.IntType) and rets and all(
                    r.operands and isinstance(r.operands[0], ConstantInt) for r in rets):
                ta.update(inst, INT_TREE)    # a status code (Numba's callees return 0)
        return
    name = callee.name if isinstance(callee, Function) else None
    if name is None:                                   # indirect call: the signature
        _signature(ta, inst, args)
        return
    if name.startswith(("llvm.memcpy", "llvm.memmove")):
        _memcpy(ta, inst, args)
        return
    if name.startswith("llvm.memset"):
        ta.update(args[0], PTR_TREE)
        ta.update(args[1], INT_TREE)
        ta.update(args[2], INT_TREE)
        return
    if name in KNOWN_ALLOCATORS:
        ta.update(inst, PTR_TREE)
        for index in KNOWN_ALLOCATORS[name][0]:
            if index < len(args):
                ta.update(args[index], INT_TREE)
        if name == "realloc":
            _same(ta, inst, args[0])
        elif name.startswith("NRT_MemInfo_alloc") and len(args) > 1:
            ta.update(args[1], INT_TREE)
        return
    if name in POINTER_ONLY:
        for arg in args:
            ta.update(arg, PTR_TREE if arg.type.is_pointer else INT_TREE)
        if name in ("NRT_MemInfo_data_fast", "NRT_MemInfo_data"):
            # MemInfo->data: a pointer load at a fixed offset of the MemInfo
            meminfo = args[0]
            ta.update(inst, from_memory(ta.tree(meminfo).pointee(), T.PTR, NRT_DATA_OFFSET,
                                        ta.layout))
            ta.update(meminfo, TypeTree.pointer_to(
                to_memory(ta.tree(inst), T.PTR, NRT_DATA_OFFSET, ta.layout)))
        elif name == "NRT_MemInfo_size" and inst.type != T.VOID:
            ta.update(inst, INT_TREE)
        return
    _signature(ta, inst, args)
    if name.startswith("llvm."):
        _intrinsic(ta, inst, name, args)
    outs = _OUT_POINTERS.get(name)
    if outs:
        for index, ct in outs.items():
            if index < len(args):
                ta.update(args[index], TypeTree.pointer_to(TypeTree.of(ct, 0)))


def _signature(ta, inst, args):
    """What the call's types prove: float arguments and results are floats."""
    for arg in args:
        tree = tree_of_type(arg.type, ta.layout)
        if tree:
            ta.update(arg, tree)
    if inst.type != T.VOID:
        ta.update(inst, tree_of_type(inst.type, ta.layout))


def _intrinsic(ta, inst, name, args):
    """Integer intrinsics (smax, abs, ctpop, *.with.overflow) and the integer operands of
    float ones (powi's exponent, is.fpclass's mask) work on integers."""
    if name.startswith(("llvm.ptrmask", "llvm.lifetime", "llvm.dbg", "llvm.experimental",
                        "llvm.assume", "llvm.objectsize", "llvm.invariant", "llvm.ssa.copy",
                        "llvm.stacksave", "llvm.stackrestore", "llvm.va_")):
        return
    for arg in args:
        if arg.type.scalar.is_int:
            ta.update(arg, INT_TREE)
    ty = inst.type
    if ty.scalar.is_int:
        ta.update(inst, INT_TREE)
    elif ty.is_aggregate:
        ta.update(inst, TypeTree({(offset,): INTEGER for offset, leaf in
                                  leaves(ty, ta.layout) if leaf.is_int}))


def _memcpy(ta, inst, args):
    dst, src, length = args[0], args[1], args[2]
    size = length.value if isinstance(length, ConstantInt) else None
    ta.update(dst, PTR_TREE)
    ta.update(src, PTR_TREE)
    ta.update(length, INT_TREE)
    tag = inst.get_metadata("tbaa")
    if tag is not None:
        tree = ta.tbaa.access_tree(tag)
        ct = tree.at(-1) if tree is not None else None
        if ct is not None and ct.is_float:
            step = ta.size_of(ct)
            if size is not None and step:
                mem = TypeTree({(k,): ct for k in range(0, min(size, 2048), step)})
            else:
                mem = TypeTree.of(ct)
            ta.update(dst, TypeTree.pointer_to(mem))
            ta.update(src, TypeTree.pointer_to(mem))
    fields = inst.get_metadata("tbaa.struct")
    if fields is not None:
        mem = ta.tbaa.struct_tree(fields, ta.size_of)
        if mem:
            ta.update(dst, TypeTree.pointer_to(mem))
            ta.update(src, TypeTree.pointer_to(mem))
    src_data = ta.tree(src).pointee()
    dst_data = ta.tree(dst).pointee()
    if size is not None:
        src_data, dst_data = src_data.shift(0, size), dst_data.shift(0, size)
    ta.update(dst, TypeTree.pointer_to(src_data))
    ta.update(src, TypeTree.pointer_to(dst_data))


RULES = {"fneg": _unary, "icmp": _cmp, "fcmp": _cmp, "phi": _phi, "select": _select,
         "switch": _switch, "alloca": _alloca, "load": _load, "store": _store,
         "getelementptr": _gep, "extractvalue": _extractvalue, "insertvalue": _insertvalue,
         "extractelement": _vector, "insertelement": _vector, "shufflevector": _vector,
         "ret": _ret, "call": _call, "invoke": _call, "freeze": _cast,
         "atomicrmw": _atomicrmw}
for _op in _INT_OPS | {"fadd", "fsub", "fmul", "fdiv", "frem"}:
    RULES[_op] = _binary
for _op in ("trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp",
            "sitofp", "ptrtoint", "inttoptr", "bitcast", "addrspacecast"):
    RULES[_op] = _cast


class TBAAReader:
    """Reads clang's TBAA access tags: ``!5 = !{!6, !6, i64 0}``, ``!6 = !{!"double", ...}``;
    pointer types (``p1 double``, ``p2 float``) give what they point to."""
    _NODE = re.compile(r"^!(\d+) = (?:distinct )?!\{(.*)\}$")
    _POINTER = re.compile(r"p(\d+) (.+)")

    def __init__(self, module):
        self.module = module
        self.nodes = None
        self.cache = {}

    def access_type(self, tag):
        """The Concrete type of the bytes a tagged access touches, or None."""
        tree = self.access_tree(tag)
        return tree.at(-1) if tree is not None else None

    def access_tree(self, tag):
        """The tree of the accessed value (``{[-1]:Float@double}``), or None."""
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
                        result = _tbaa_tree(m.group(1), self._POINTER)
        self.cache[tag] = result
        return result

    def struct_tree(self, ref, size_of):
        """The memory tree a ``!tbaa.struct`` list (offset, size, tag triples) describes."""
        key = ("struct", ref)
        if key not in self.cache:
            self.access_tree(ref)                      # reads the nodes
            body = self.nodes.get(ref, "")
            parts = [p.strip() for p in body.split(",")]
            tree = EMPTY
            for k in range(0, len(parts) - 2, 3):
                m1, m2 = re.fullmatch(r"i64 (\d+)", parts[k]), re.fullmatch(r"i64 (\d+)",
                                                                            parts[k + 1])
                field = self.access_tree(parts[k + 2]) if m1 and m2 else None
                if field is not None:
                    try:
                        tree = tree.join(_place(field, int(m1.group(1)), int(m2.group(1)),
                                                size_of))
                    except ValueError:
                        tree = EMPTY
                        break
            self.cache[key] = tree
        return self.cache[key]


def _place(tree, offset, size, size_of):
    """The memory tree of a value described by ``tree`` stored at ``offset`` (``size``
    bytes); floats narrower than the field repeat across it."""
    mapping = {}
    for path, ct in tree.items():
        mapping[(offset,) + path[1:]] = ct
        step = size_of(ct) if len(path) == 1 else None
        if step and step < size:
            for k in range(offset + step, offset + size, step):
                mapping[(k,)] = ct
    return TypeTree(mapping)


def _tbaa_tree(name, pointer_re):
    ct = _TBAA_NAMES.get(name)
    if ct is not None:
        return TypeTree.of(ct)
    m = pointer_re.fullmatch(name)
    if m is None:
        return None
    target = _TBAA_NAMES.get(m.group(2))
    memory = TypeTree.of(target, 0) if target is not None and target != POINTER else EMPTY
    value = PTR_TREE
    for _ in range(int(m.group(1))):
        value = TypeTree.pointer_to(memory)               # a pointer to that memory ...
        memory = TypeTree({(0,) + p[1:]: c for p, c in value.items()})  # ... stored at 0
    return value
