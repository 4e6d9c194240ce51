"""Type trees: which bytes of a value, and of the memory it points to, hold what.

A ``TypeTree`` maps an index path to a ``Concrete`` type.  The first index is a byte offset
into the value itself; each further index is a byte offset into the memory the previous level
points to.  ``-1`` means "every offset".  So a ``ptr`` to an array of doubles is
``{[-1]:Pointer, [-1,-1]:Float@double}`` and a ``{ double, i32 }`` value is
``{[0]:Float@double, [8]:Integer}``.  Trees are immutable values: operations return new trees.
"""

from dataclasses import dataclass
import re

__all__ = ["Concrete", "FLOAT_DOUBLE", "FLOAT_FLOAT", "INTEGER", "POINTER", "ANYTHING",
           "TypeTree", "TypeConflict", "float_of"]

MAX_OFFSET = 2048      # offsets past this are dropped (pointer-arithmetic loops)
MAX_DEPTH = 4        # levels of pointer indirection kept (the value, then three pointees)


@dataclass(frozen=True, slots=True)
class Concrete:
    """One of Float(kind), Integer, Pointer or Anything (compatible with every type)."""
    kind: str              # "Float" | "Integer" | "Pointer" | "Anything"
    float_kind: str = ""   # half | bfloat | float | double | x86_fp80 | fp128

    @property
    def is_float(self):
        return self.kind == "Float"

    def __str__(self):
        return f"Float@{self.float_kind}" if self.float_kind else self.kind


INTEGER = Concrete("Integer")
POINTER = Concrete("Pointer")
ANYTHING = Concrete("Anything")
FLOAT_DOUBLE = Concrete("Float", "double")
FLOAT_FLOAT = Concrete("Float", "float")
_FLOATS = {}


def float_of(kind):
    """The Concrete float type of a FloatType kind (``"double"`` → Float@double)."""
    ct = _FLOATS.get(kind)
    if ct is None:
        ct = _FLOATS[kind] = Concrete("Float", kind)
    return ct


class TypeConflict(ValueError):
    """Two facts about the same bytes disagree (e.g. Float@double and Integer)."""

    def __init__(self, path, old, new):
        super().__init__(f"bytes at {list(path)} are both {old} and {new}")
        self.path, self.old, self.new = path, old, new


def join_concrete(a, b, path=()):
    """Least upper bound of two facts: Pointer absorbs Integer (integers that hold addresses,
    from ptrtoint), Anything (bytes any type may use, such as zeros) yields to the other
    fact; other disagreements raise TypeConflict."""
    if a == b:
        return a
    if a.kind == "Anything":
        return b
    if b.kind == "Anything":
        return a
    if a.kind != "Float" and b.kind != "Float":      # {Pointer, Integer}
        return POINTER
    raise TypeConflict(path, a, b)


class TypeTree:
    """An immutable map from index paths (tuples of byte offsets, -1 = all) to Concrete."""
    __slots__ = ("_map", "_hash")

    def __init__(self, mapping=None):
        self._map = dict(mapping or {})
        self._hash = None

    # construction ---------------------------------------------------------------------------
    @classmethod
    def of(cls, concrete, offset=-1):
        """A tree with one fact: ``concrete`` at ``offset`` of the value."""
        return cls({(offset,): concrete})

    @classmethod
    def pointer_to(cls, pointee):
        """The tree of a pointer whose memory is described by ``pointee``."""
        mapping = {(-1,): POINTER}
        for path, ct in pointee.items():
            if len(path) < MAX_DEPTH:
                mapping[(-1,) + path] = ct
        return cls(mapping)

    # queries --------------------------------------------------------------------------------
    def items(self):
        return self._map.items()

    def __bool__(self):
        return bool(self._map)

    def __len__(self):
        return len(self._map)

    def __eq__(self, other):
        return isinstance(other, TypeTree) and self._map == other._map

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(frozenset(self._map.items()))
        return self._hash

    def at(self, offset=-1):
        """The fact about byte ``offset`` of the value itself (None when unknown)."""
        ct = self._map.get((offset,))
        if ct is None and offset != -1:
            ct = self._map.get((-1,))
        return ct

    def pointee(self):
        """The tree of the memory this value points to (from paths starting -1 or 0)."""
        mapping = {}
        for path, ct in self._map.items():
            if len(path) > 1 and path[0] in (-1, 0):
                mapping[path[1:]] = ct
        return TypeTree(mapping)

    def data_at(self, offset, size):
        """The sub-tree of bytes ``offset .. offset+size-1``, re-based to offset 0."""
        mapping = {}
        for path, ct in self._map.items():
            first = path[0]
            if first == -1:
                mapping[path] = ct
            elif offset <= first < offset + size:
                mapping[(first - offset,) + path[1:]] = ct
        return TypeTree(mapping)

    def shift(self, delta, size=None):
        """Move first-level offsets by ``delta``; entries that fall outside ``[0, size)`` go."""
        mapping = {}
        for path, ct in self._map.items():
            first = path[0]
            if first != -1:
                first += delta
                if first < 0 or first >= MAX_OFFSET or (size is not None and first >= size):
                    continue
            mapping[(first,) + path[1:]] = ct
        return TypeTree(mapping)

    def only_first_level(self):
        """Facts about the value's own bytes, without what it points to."""
        return TypeTree({p: c for p, c in self._map.items() if len(p) == 1})

    def homogenized(self, size_of):
        """Collapse a first level that is an array of one element type (entries at 0, s, 2s,
        ..., at least three, each the same scalar of size s with the same facts below it,
        nothing else) into every-offset entries; ``size_of(ct)`` gives the byte size of a
        Concrete or None.  Constant steps that a cycle repeats (a pointer stepped around a
        loop, neighbouring elements meeting in a shared callee) converge this way."""
        elements = {}
        for path, ct in self._map.items():
            elements.setdefault(path[0], set()).add((path[1:], ct))
        element = elements.get(0)
        if len(elements) < 3 or any(e != element for e in elements.values()):
            return self
        heads = [ct for rest, ct in element if not rest]
        size = size_of(heads[0]) if len(heads) == 1 else None
        if not size or sorted(elements) != list(range(0, size * len(elements), size)):
            return self
        return TypeTree({(-1,) + rest: ct for rest, ct in element})

    def as_every_offset(self):
        """Facts at offset 0 generalised to every offset (a homogeneous array element)."""
        mapping = {}
        for path, ct in self._map.items():
            if path[0] in (0, -1):
                mapping[(-1,) + path[1:]] = ct
        return TypeTree(mapping)

    # lattice ----------------------------------------------------------------------------------
    def join(self, other):
        """The union of both trees' facts; raises TypeConflict when they disagree."""
        omap = other._map
        if not omap or omap is self._map:
            return self
        if not self._map:
            return other
        mapping = self._map
        copied = False
        for path, ct in omap.items():
            old = mapping.get(path)
            if old is not None:
                if old is ct or old == ct:
                    continue
                new = join_concrete(old, ct, path)
                if new == old:
                    continue
            else:
                generic = _generic(mapping, path)
                new = ct
                if generic is not None:
                    new = join_concrete(generic, ct, path)
                    if new == generic:
                        continue
            if not copied:
                mapping, copied = dict(mapping), True
            mapping[path] = new
            if -1 in path:
                _absorb(mapping, path, new)
        if not copied:
            return self
        return TypeTree(_simplify(mapping))

    def __or__(self, other):
        return self.join(other)

    def __str__(self):
        def key(item):
            return item[0]
        body = ", ".join(f"[{','.join(map(str, path))}]:{ct}"
                         for path, ct in sorted(self._map.items(), key=key))
        return "{" + body + "}"

    __repr__ = __str__

    @classmethod
    def parse(cls, text):
        """Read the printed form back: ``{[-1]:Pointer, [-1,-1]:Float@double}`` (spaces
        optional).  Raises ValueError naming the part that is not understood."""
        body = text.strip()
        if not (body.startswith("{") and body.endswith("}")):
            raise ValueError(f"a type tree is written in braces, like "
                             f"{{[-1]:Pointer, [-1,-1]:Float@double}}, not {text!r}")
        mapping = {}
        rest = body[1:-1].strip()
        while rest:
            m = _ENTRY.match(rest)
            if m is None:
                raise ValueError(f"cannot read type tree entry {rest.split(',')[0]!r} in "
                                 f"{text!r}: write entries as [OFFSETS]:TYPE")
            path = tuple(int(x) for x in m.group(1).replace(" ", "").split(","))
            if any(x < -1 for x in path):
                raise ValueError(f"offset below -1 in type tree entry {m.group(0)!r}")
            mapping[path] = concrete_named(m.group(2))
            rest = rest[m.end():].lstrip()
            if rest.startswith(","):
                rest = rest[1:].lstrip()
            elif rest:
                raise ValueError(f"expected ',' between type tree entries in {text!r}")
        tree = TypeTree()
        for path in sorted(mapping, key=len):          # parents before children
            tree = tree.join(TypeTree({path: mapping[path]}))
        return tree


def _generic(mapping, path):
    """The fact for ``path`` implied by an every-offset (-1) entry at some level, if any."""
    for i, index in enumerate(path):
        if index != -1:
            ct = mapping.get(path[:i] + (-1,) + path[i + 1:])
            if ct is not None:
                return ct
    return None


_ENTRY = re.compile(r"\[\s*(-?\d+(?:\s*,\s*-?\d+)*)\s*\]\s*:\s*([A-Za-z_][\w@]*)")
FLOAT_KINDS = ("half", "bfloat", "float", "double", "x86_fp80", "fp128")


def concrete_named(name):
    """The Concrete type printed as ``name`` (``Float@double``, ``Integer``, ``Pointer``,
    ``Anything``)."""
    if name.startswith("Float@") and name[6:] in FLOAT_KINDS:
        return float_of(name[6:])
    for ct in (INTEGER, POINTER, ANYTHING):
        if name == ct.kind:
            return ct
    raise ValueError(f"unknown type {name!r} in a type tree: use Pointer, Integer, Anything "
                     f"or Float@KIND with KIND one of {', '.join(FLOAT_KINDS)}")


def _absorb(mapping, general, ct):
    """Check the specific entries that the every-offset entry ``general`` covers against it
    (raising TypeConflict on disagreement) and merge them into it."""
    n = len(general)
    for path in list(mapping):
        if len(path) != n or path == general:
            continue
        if all(g == -1 or g == p for g, p in zip(general, path)):
            joined = join_concrete(mapping[path], ct, path)
            if joined != ct:
                mapping[general] = ct = joined
            del mapping[path]


def _simplify(mapping):
    """Drop specific-offset entries that an every-offset entry already states."""
    return {path: ct for path, ct in mapping.items() if _generic(mapping, path) != ct}
