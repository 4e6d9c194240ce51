"""LLVM types as immutable values: two types are equal when they print the same.

Identified (named) structs compare by name; their bodies live in the Module that declares
them (``Module.struct_bodies``).
"""

from dataclasses import dataclass
import re

__all__ = [
    "Type", "VoidType", "IntType", "FloatType", "PointerType", "ArrayType", "VectorType",
    "StructType", "NamedStructType", "FunctionType", "LabelType", "MetadataType", "TokenType",
    "TargetExtType", "VOID", "I1", "I8", "I16", "I32", "I64", "HALF", "BFLOAT", "FLOAT",
    "DOUBLE", "X86_FP80", "FP128", "PTR", "LABEL", "METADATA", "TOKEN", "format_name",
]

_BARE_NAME = re.compile(r"[-a-zA-Z._][-a-zA-Z._0-9]*\Z")


def format_name(sigil, name):
    """Print an identifier the way LLVM does: bare when it can be, quoted and escaped otherwise."""
    if _BARE_NAME.match(name):
        return sigil + name
    out = []
    for ch in name:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"' or code < 0x20 or code >= 0x7F:
            out.extend(f"\\{b:02X}" for b in ch.encode("utf-8"))
        else:
            out.append(ch)
    return sigil + '"' + "".join(out) + '"'


class Type:
    """Base class of all LLVM types."""
    __slots__ = ()

    is_float = False
    is_int = False
    is_pointer = False
    is_aggregate = False
    is_vector = False

    @property
    def scalar(self):
        """The element type of a vector, the type itself otherwise."""
        return self


@dataclass(frozen=True, slots=True)
class VoidType(Type):
    def __str__(self):
        return "void"


@dataclass(frozen=True, slots=True)
class IntType(Type):
    bits: int
    is_int = True

    def __str__(self):
        return f"i{self.bits}"


_FLOAT_BITS = {"half": 16, "bfloat": 16, "float": 32, "double": 64, "x86_fp80": 80,
               "fp128": 128, "ppc_fp128": 128}


@dataclass(frozen=True, slots=True)
class FloatType(Type):
    kind: str  # half | bfloat | float | double | x86_fp80 | fp128 | ppc_fp128
    is_float = True

    @property
    def bits(self):
        return _FLOAT_BITS[self.kind]

    def __str__(self):
        return self.kind


@dataclass(frozen=True, slots=True)
class PointerType(Type):
    addrspace: int = 0
    is_pointer = True

    def __str__(self):
        return "ptr" if self.addrspace == 0 else f"ptr addrspace({self.addrspace})"


@dataclass(frozen=True, slots=True)
class ArrayType(Type):
    count: int
    element: Type
    is_aggregate = True

    def __str__(self):
        return f"[{self.count} x {self.element}]"


@dataclass(frozen=True, slots=True)
class VectorType(Type):
    count: int
    element: Type
    scalable: bool = False
    is_vector = True

    @property
    def scalar(self):
        return self.element

    def __str__(self):
        prefix = "vscale x " if self.scalable else ""
        return f"<{prefix}{self.count} x {self.element}>"


@dataclass(frozen=True, slots=True)
class StructType(Type):
    """A literal struct such as ``{ double, i32 }`` or packed ``<{ i8, i32 }>``."""
    elements: tuple
    packed: bool = False
    is_aggregate = True

    def __str__(self):
        if not self.elements:
            return "<{}>" if self.packed else "{}"
        body = ", ".join(map(str, self.elements))
        return f"<{{ {body} }}>" if self.packed else f"{{ {body} }}"


@dataclass(frozen=True, slots=True)
class NamedStructType(Type):
    """An identified struct ``%name``; its body is ``module.struct_bodies[name]``."""
    name: str
    is_aggregate = True

    def __str__(self):
        return format_name("%", self.name)


@dataclass(frozen=True, slots=True)
class FunctionType(Type):
    ret: Type
    params: tuple
    vararg: bool = False

    def __str__(self):
        params = [str(p) for p in self.params]
        if self.vararg:
            params.append("...")
        return f"{self.ret} ({', '.join(params)})"


@dataclass(frozen=True, slots=True)
class LabelType(Type):
    def __str__(self):
        return "label"


@dataclass(frozen=True, slots=True)
class MetadataType(Type):
    def __str__(self):
        return "metadata"


@dataclass(frozen=True, slots=True)
class TokenType(Type):
    def __str__(self):
        return "token"


@dataclass(frozen=True, slots=True)
class TargetExtType(Type):
    """``target("name", ...)`` and other rare types, kept as their text."""
    text: str

    def __str__(self):
        return self.text


VOID = VoidType()
I1, I8, I16, I32, I64 = IntType(1), IntType(8), IntType(16), IntType(32), IntType(64)
HALF, BFLOAT, FLOAT, DOUBLE = FloatType("half"), FloatType("bfloat"), FloatType("float"), FloatType("double")
X86_FP80, FP128 = FloatType("x86_fp80"), FloatType("fp128")
PTR = PointerType()
LABEL, METADATA, TOKEN = LabelType(), MetadataType(), TokenType()
