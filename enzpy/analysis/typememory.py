"""How LLVM types and memory accesses map to type trees.

``tree_of_type`` says what a value's LLVM type alone proves (a ``double`` is a float, a
``ptr`` a pointer, an ``i64`` nothing: it may hold the bits of a double).  ``to_memory`` places
a value's tree at a byte offset of the memory it is stored to; ``from_memory`` reads the tree
of a value loaded from memory.  Both work on first-level byte offsets; deeper levels (what a
stored pointer points to) travel with the entry at the pointer's offset.
"""

from ..ir import types as T
from .typetree import INTEGER, POINTER, TypeTree, float_of

__all__ = ["EMPTY", "PTR_TREE", "INT_TREE", "tree_of_type", "to_memory", "from_memory",
           "concrete_size", "leaves", "FLOAT_WIDTHS", "is_undecided_type"]

EMPTY = TypeTree()
PTR_TREE = TypeTree.of(POINTER)
INT_TREE = TypeTree.of(INTEGER)
FLOAT_WIDTHS = frozenset((16, 32, 64, 80, 128))   # integer widths that can hold a float's bits
_TYPE_TREES = {}


def tree_of_type(ty, layout):
    """What the LLVM type of a value alone proves: floats are floats, pointers pointers, ``i1``
    (and other integers too narrow for a float) integers; wider integers prove nothing."""
    key = (ty, id(layout))
    tree = _TYPE_TREES.get(key)
    if tree is None:
        tree = _TYPE_TREES[key] = _tree_of_type(ty, layout)
    return tree


def _tree_of_type(ty, layout):
    scalar = ty.scalar
    if isinstance(scalar, T.FloatType):
        return TypeTree.of(float_of(scalar.kind))
    if isinstance(scalar, T.PointerType):
        return PTR_TREE
    if isinstance(scalar, T.IntType) and not ty.is_vector:
        return INT_TREE if scalar.bits < 16 else EMPTY
    if isinstance(ty, (T.StructType, T.ArrayType, T.NamedStructType)):
        mapping = {}
        for offset, leaf in leaves(ty, layout):
            if isinstance(leaf, T.FloatType):
                mapping[(offset,)] = float_of(leaf.kind)
            elif isinstance(leaf, T.PointerType):
                mapping[(offset,)] = POINTER
            elif isinstance(leaf, T.IntType) and leaf.bits < 16:
                mapping[(offset,)] = INTEGER
        return TypeTree(mapping)
    return EMPTY


def is_undecided_type(ty):
    """True for integer types (and vectors of them) wide enough to hold a float's bits."""
    scalar = ty.scalar
    return isinstance(scalar, T.IntType) and scalar.bits in FLOAT_WIDTHS


def leaves(ty, layout, base=0, limit=64):
    """(offset, scalar type) of the scalar leaves of an aggregate (arrays: first ``limit``)."""
    ty = layout.body(ty)
    if isinstance(ty, T.StructType):
        for offset, element in zip(layout.offsets(ty), ty.elements):
            yield from leaves(element, layout, base + offset, limit)
    elif isinstance(ty, T.ArrayType):
        size = layout.size(ty.element)
        for k in range(min(ty.count, limit)):
            yield from leaves(ty.element, layout, base + k * size, limit)
    elif isinstance(ty, T.VectorType):
        size = layout.size(ty.element)
        for k in range(ty.count):
            yield base + k * size, ty.element
    else:
        yield base, ty


def concrete_size(ct, layout):
    """Bytes a Concrete fact covers (floats and pointers), None for integers and Anything."""
    if ct.is_float:
        return layout.size(T.FloatType(ct.float_kind))
    if ct.kind == "Pointer":
        return layout.pointer_size
    return None


def _scalar_size(ty, layout):
    if isinstance(ty, T.IntType):
        return (ty.bits + 7) // 8
    return layout.store_size(ty)


def to_memory(tree, ty, offset, layout):
    """Place the tree of a value of type ``ty`` into memory at byte ``offset``.

    A scalar's every-byte fact lands at ``offset``; when the fact is a float narrower than the
    value (an ``i64`` that moves two floats) it lands at each float's offset."""
    if not tree:
        return EMPTY
    if not ty.is_aggregate and not ty.is_vector:
        mapping = {}
        size = _scalar_size(ty, layout)
        for path, ct in tree.items():
            first = path[0]
            if first == -1:
                mapping[(offset,) + path[1:]] = ct
                step = concrete_size(ct, layout) if len(path) == 1 else None
                if step and step < size and size % step == 0:
                    for k in range(step, size, step):
                        mapping[(offset + k,)] = ct
            elif 0 <= first < size:
                mapping[(offset + first,) + path[1:]] = ct
        return TypeTree(mapping)
    mapping = {}
    every = {p[1:]: c for p, c in tree.items() if p[0] == -1}
    if every:
        for leaf_offset, _ in leaves(ty, layout):
            for rest, ct in every.items():
                mapping[(offset + leaf_offset,) + rest] = ct
    for path, ct in tree.items():
        if path[0] != -1:
            mapping[(offset + path[0],) + path[1:]] = ct
    return TypeTree(mapping)


def from_memory(pointee, ty, offset, layout):
    """The tree of a value of type ``ty`` read from memory described by ``pointee`` at byte
    ``offset``."""
    if not pointee:
        return EMPTY
    if ty.is_vector:
        tree = EMPTY
        size = layout.size(ty.element)
        for k in range(ty.count):
            tree = tree.join(from_memory(pointee, ty.element, offset + k * size, layout))
        return tree
    if ty.is_aggregate:
        return pointee.data_at(offset, layout.size(ty))
    size = _scalar_size(ty, layout)
    mapping = {}
    inner = {}                     # facts at offsets inside the value, past its first byte
    for path, ct in pointee.items():
        first = path[0]
        if first != offset and first != -1:
            if offset < first < offset + size and len(path) == 1:
                inner[first - offset] = ct
            continue
        if len(path) == 1 and ct.kind != "Integer" and \
                (concrete_size(ct, layout) or 0) > size:
            continue               # part of a wider float or pointer: nothing to say
        if first == offset:
            mapping[(-1,) + path[1:]] = ct
        else:
            mapping.setdefault((-1,) + path[1:], ct)
    if inner:
        head = mapping.get((-1,))
        kinds = set(inner.values())
        step = concrete_size(head, layout) if head is not None else None
        if head is not None and kinds == {head} and step and \
                sorted(inner) == list(range(step, size, step)):
            pass                   # floats tiling the value: the every-byte fact says it
        else:
            if head is not None:
                del mapping[(-1,)]
                mapping[(0,)] = head
            for k, ct in inner.items():
                mapping[(k,)] = ct
    return TypeTree(mapping)
