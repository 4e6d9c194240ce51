"""SSA values with use lists, and constants.

Every operand slot of a ``User`` is recorded on the used value as a ``(user, index)`` pair, so
``value.uses`` is always exact: ``replace_all_uses_with`` rewrites the slots and ``erase``
refuses while uses remain.  Nodes compare by identity; types compare by value.
"""

import math
import struct

from ..errors import EnzpyError
from .types import ArrayType, VectorType

__all__ = [
    "Value", "User", "Argument", "Constant", "ConstantInt", "ConstantFP", "ConstantNull",
    "Undef", "Poison", "ZeroInitializer", "NoneToken", "ConstantAggregate", "ConstantString",
    "Splat", "ConstantExpr", "BlockAddress", "InlineAsm", "OpaqueConstant", "MetadataOperand",
    "format_float",
]


class Value:
    """Anything an instruction can use: it has a type, an optional name and a use list."""
    __slots__ = ("type", "name", "uses")

    def __init__(self, type, name=None):
        self.type = type
        self.name = name
        self.uses = []

    @property
    def users(self):
        """The distinct users of this value, in use order."""
        seen, out = set(), []
        for user, _ in self.uses:
            if id(user) not in seen:
                seen.add(id(user))
                out.append(user)
        return out

    def replace_all_uses_with(self, new):
        """Make every user of this value use ``new`` instead."""
        if new is self:
            return
        for user, index in list(self.uses):
            user.set_operand(index, new)

    def __repr__(self):
        return f"<{type(self).__name__} {self.type} {self.name or ''}>".replace(" >", ">")


class User(Value):
    """A value with operands (instructions, constant expressions, debug records)."""
    __slots__ = ("operands",)

    def __init__(self, type, operands=(), name=None):
        super().__init__(type, name)
        self.operands = []
        for value in operands:
            self.append_operand(value)

    def append_operand(self, value):
        self.operands.append(value)
        value.uses.append((self, len(self.operands) - 1))

    def set_operand(self, index, value):
        old = self.operands[index]
        old.uses.remove((self, index))
        self.operands[index] = value
        value.uses.append((self, index))

    def drop_operands(self, start=0):
        """Remove operands ``start..`` (their uses go away)."""
        for index in range(start, len(self.operands)):
            self.operands[index].uses.remove((self, index))
        del self.operands[start:]

    def remove_operands(self, start, stop):
        """Remove operands ``start..stop-1``; later operands shift down."""
        tail = self.operands[stop:]
        self.drop_operands(start)
        for value in tail:
            self.append_operand(value)


class Argument(Value):
    """A formal parameter of a function; ``attrs`` is its parameter-attribute text."""
    __slots__ = ("function", "attrs")

    def __init__(self, type, name=None, attrs="", function=None):
        super().__init__(type, name)
        self.attrs = attrs
        self.function = function


class Constant(Value):
    """Base of constants; ``text()`` prints the constant without its type."""
    __slots__ = ()

    def text(self, ref):
        raise NotImplementedError


class ConstantInt(Constant):
    """An integer constant (stored signed, as LLVM prints it); i1 prints true/false."""
    __slots__ = ("value",)

    def __init__(self, type, value):
        super().__init__(type)
        bits = type.scalar.bits
        value &= (1 << bits) - 1
        if bits > 1 and value >> (bits - 1):
            value -= 1 << bits
        self.value = value

    def text(self, ref):
        if self.type.scalar.bits == 1:
            return "true" if self.value else "false"
        return str(self.value)


def format_float(type, value):
    """Print a float constant exactly as LLVM does: decimal when six significant digits hold
    it exactly (``1.500000e+00``), else the hex bits of the value as a double."""
    kind = type.kind
    if kind in ("float", "double"):
        if not (math.isinf(value) or math.isnan(value)):
            if kind == "float":
                value = struct.unpack("<f", struct.pack("<f", value))[0]
            # APFloat::toString(6 significant digits), padded to six fraction digits
            mantissa, exponent = f"{value:.5e}".split("e")
            text = f"{mantissa}0e{exponent}"
            if float(text) == value:
                return text
        bits = struct.unpack("<Q", struct.pack("<d", value))[0]
        return f"0x{bits:X}"
    if kind == "half":
        bits = struct.unpack("<H", struct.pack("<e", value))[0]
        return f"0xH{bits:04X}"
    if kind == "x86_fp80":
        return _fp80_spelling(value)
    raise EnzpyError(f"enzpy cannot write a {kind} constant (it supports half, float, double "
                     "and x86_fp80 derivatives)")


def _fp80_spelling(value):
    """LLVM's ``0xK`` spelling of the x86 80-bit extended value equal to the double ``value``
    (sign + 15-bit exponent, then a 64-bit significand with its explicit integer bit)."""
    sign = 0x8000 if math.copysign(1.0, value) < 0 else 0
    if math.isnan(value):
        exponent, significand = 0x7FFF, 0xC000000000000000
    elif math.isinf(value):
        exponent, significand = 0x7FFF, 0x8000000000000000
    elif value == 0.0:
        exponent, significand = 0, 0
    else:
        m, e = math.frexp(abs(value))              # |value| = m * 2**e, 0.5 <= m < 1
        exponent, significand = e - 1 + 16383, int(m * 2.0 ** 64)
    return f"0xK{sign | exponent:04X}{significand:016X}"


def _parse_float(type, text):
    """The Python float of an LLVM float literal (None for formats Python cannot hold)."""
    if text.startswith("0x"):
        if text[2] in "KLMHR":
            if text[2] == "H":
                return struct.unpack("<e", struct.pack("<H", int(text[3:], 16)))[0]
            return None
        value = struct.unpack("<d", struct.pack("<Q", int(text[2:], 16)))[0]
    else:
        value = float(text)
    if type.kind == "float":
        value = struct.unpack("<f", struct.pack("<f", value))[0]
    return value


class ConstantFP(Constant):
    """A float constant; keeps LLVM's spelling when parsed, formats LLVM's way when built."""
    __slots__ = ("value", "spelling")

    def __init__(self, type, value=None, spelling=None):
        super().__init__(type)
        if spelling is not None and value is None:
            value = _parse_float(type.scalar, spelling)
        self.value = value
        self.spelling = spelling

    def text(self, ref):
        if self.spelling is None:
            self.spelling = format_float(self.type.scalar, self.value)
        return self.spelling


class _Keyword(Constant):
    __slots__ = ()
    keyword = ""

    def text(self, ref):
        return self.keyword


class ConstantNull(_Keyword):
    __slots__ = ()
    keyword = "null"


class Undef(_Keyword):
    __slots__ = ()
    keyword = "undef"


class Poison(_Keyword):
    __slots__ = ()
    keyword = "poison"


class ZeroInitializer(_Keyword):
    __slots__ = ()
    keyword = "zeroinitializer"


class NoneToken(_Keyword):
    __slots__ = ()
    keyword = "none"


class ConstantAggregate(Constant):
    """A struct, array or vector constant with one constant per element."""
    __slots__ = ("elements", "packed")

    def __init__(self, type, elements, packed=None):
        super().__init__(type)
        self.elements = list(elements)
        self.packed = getattr(type, "packed", False) if packed is None else packed

    def text(self, ref):
        body = ", ".join(f"{e.type} {ref(e)}" for e in self.elements)
        ty = self.type
        if isinstance(ty, VectorType):
            return f"<{body}>"
        if isinstance(ty, ArrayType):
            return f"[{body}]"
        packed = self.packed
        if not self.elements:
            return "<{}>" if packed else "{}"
        return f"<{{ {body} }}>" if packed else f"{{ {body} }}"


class ConstantString(Constant):
    """An ``[N x i8]`` constant printed as ``c"..."``; ``data`` is bytes."""
    __slots__ = ("data",)

    def __init__(self, type, data):
        super().__init__(type)
        self.data = bytes(data)

    def text(self, ref):
        out = []
        for b in self.data:
            ch = chr(b)
            if ch == "\\":
                out.append("\\\\")
            elif 0x20 <= b < 0x7F and ch != '"':
                out.append(ch)
            else:
                out.append(f"\\{b:02X}")
        return 'c"' + "".join(out) + '"'


class Splat(Constant):
    """A vector whose elements all equal ``element``: ``splat (double 1.0)``."""
    __slots__ = ("element",)

    def __init__(self, type, element):
        super().__init__(type)
        self.element = element

    def text(self, ref):
        return f"splat ({self.element.type} {ref(self.element)})"


class ConstantExpr(Constant):
    """A constant expression: ``opcode`` with constant operands (GEP, casts, add/sub/xor ...).

    ``flags`` are keyword flags (inbounds, nuw ...); ``source_type`` is a GEP's source element
    type; ``inrange`` a GEP's ``inrange(a, b)`` text.
    """
    __slots__ = ("opcode", "operands", "flags", "source_type", "inrange")

    def __init__(self, type, opcode, operands, flags=(), source_type=None, inrange=None):
        super().__init__(type)
        self.opcode = opcode
        self.operands = list(operands)
        self.flags = tuple(flags)
        self.source_type = source_type
        self.inrange = inrange

    def text(self, ref):
        head = " ".join((self.opcode,) + self.flags)
        ops = [f"{o.type} {ref(o)}" for o in self.operands]
        if self.opcode == "getelementptr":
            if self.inrange:
                head += f" {self.inrange}"
            return f"{head} ({self.source_type}, {', '.join(ops)})"
        if self.opcode in _CAST_OPCODES:
            return f"{head} ({ops[0]} to {self.type})"
        return f"{head} ({', '.join(ops)})"


_CAST_OPCODES = frozenset(("trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi",
                           "uitofp", "sitofp", "ptrtoint", "ptrtoaddr", "inttoptr", "bitcast",
                           "addrspacecast"))


class BlockAddress(Constant):
    """``blockaddress(@f, %bb)``; ``block`` is the label as written."""
    __slots__ = ("function", "block")

    def __init__(self, type, function, block):
        super().__init__(type)
        self.function = function
        self.block = block

    def text(self, ref):
        return f"blockaddress({ref(self.function)}, {self.block})"


class InlineAsm(Constant):
    """Inline assembly, kept opaque: ``asm sideeffect "code", "constraints"``."""
    __slots__ = ("spelling",)

    def __init__(self, type, spelling):
        super().__init__(type)
        self.spelling = spelling

    def text(self, ref):
        return self.spelling


class OpaqueConstant(Constant):
    """Rare constants (``dso_local_equivalent @f``, ``no_cfi @f``, ``ptrauth (...)``) as text
    parts, where a part is either a string or a referenced value."""
    __slots__ = ("parts",)

    def __init__(self, type, parts):
        super().__init__(type)
        self.parts = list(parts)

    def text(self, ref):
        return "".join(p if isinstance(p, str) else ref(p) for p in self.parts)


class MetadataOperand(User):
    """A ``metadata ...`` call argument or a debug-record body: text parts whose value parts
    are operands (so renaming and RAUW keep them right)."""
    __slots__ = ("parts",)

    def __init__(self, type, parts):
        values = [p for p in parts if not isinstance(p, str)]
        super().__init__(type, values)
        self.parts = [p if isinstance(p, str) else None for p in parts]

    def text(self, ref):
        out, values = [], iter(self.operands)
        for part in self.parts:
            out.append(ref(next(values)) if part is None else part)
        return "".join(out)
