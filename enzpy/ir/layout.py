"""Sizes, alignments and struct field offsets of types (the module's data layout).

The defaults are those of x86-64 and AArch64 Linux; ``DataLayout.from_string`` reads the
entries of a ``target datalayout`` string that change them (pointer size, integer and float
alignments).
"""

from dataclasses import dataclass, field
import re

from ..errors import EnzpyError
from . import types as T

__all__ = ["DataLayout"]


@dataclass
class DataLayout:
    """Answers size and offset questions; ``struct_bodies`` resolves identified structs."""
    struct_bodies: dict = field(default_factory=dict)
    pointer_size: int = 8
    int_align: dict = field(default_factory=lambda: {1: 1, 8: 1, 16: 2, 32: 4, 64: 8, 128: 16})
    float_align: dict = field(default_factory=lambda: {16: 2, 32: 4, 64: 8, 80: 16, 128: 16})

    @classmethod
    def of(cls, module):
        """The layout of ``module`` (its datalayout string and its struct bodies)."""
        layout = cls.from_string((module.datalayout or "").strip('"'))
        layout.struct_bodies = module.struct_bodies
        return layout

    @classmethod
    def from_string(cls, text):
        layout = cls()
        for item in text.split("-"):
            if m := re.fullmatch(r"p(?:0)?:(\d+):(\d+)(?::\d+)*", item):
                layout.pointer_size = int(m.group(1)) // 8
            elif m := re.fullmatch(r"i(\d+):(\d+)(?::\d+)?", item):
                layout.int_align[int(m.group(1))] = int(m.group(2)) // 8
            elif m := re.fullmatch(r"f(\d+):(\d+)(?::\d+)?", item):
                layout.float_align[int(m.group(1))] = int(m.group(2)) // 8
        return layout

    def body(self, ty):
        if isinstance(ty, T.NamedStructType):
            body = self.struct_bodies.get(ty.name)
            if body is None:
                raise EnzpyError(f"the size of opaque struct {ty} is unknown: the module "
                                 "declares it without a body; give the struct its body")
            return body
        return ty

    def store_size(self, ty):
        """Bytes written by a store of ``ty`` (x86_fp80 stores 10 bytes)."""
        if isinstance(ty, T.FloatType) and ty.kind == "x86_fp80":
            return 10
        if isinstance(ty, T.IntType):
            return (ty.bits + 7) // 8
        return self.size(ty)

    def size(self, ty):
        """The allocation size of ``ty`` in bytes (what a GEP steps over)."""
        ty = self.body(ty)
        if isinstance(ty, T.IntType):
            return _round_up((ty.bits + 7) // 8, self.align(ty))
        if isinstance(ty, T.FloatType):
            return 16 if ty.kind == "x86_fp80" else ty.bits // 8
        if isinstance(ty, T.PointerType):
            return self.pointer_size
        if isinstance(ty, T.ArrayType):
            return ty.count * self.size(ty.element)
        if isinstance(ty, T.VectorType):
            bits = ty.count * (ty.element.bits if not ty.element.is_pointer
                               else self.pointer_size * 8)
            return _round_up((bits + 7) // 8, self.align(ty))
        if isinstance(ty, T.StructType):
            offsets = self.offsets(ty)
            end = offsets[-1] + self.size(ty.elements[-1]) if ty.elements else 0
            return _round_up(end, self.align(ty))
        raise EnzpyError(f"type {ty} has no size in memory (enzpy cannot lay it out)")

    def align(self, ty):
        """The ABI alignment of ``ty`` in bytes."""
        ty = self.body(ty)
        if isinstance(ty, T.IntType):
            for bits in sorted(self.int_align):
                if bits >= ty.bits:
                    return self.int_align[bits]
            return max(self.int_align.values())
        if isinstance(ty, T.FloatType):
            return self.float_align.get(ty.bits, 8)
        if isinstance(ty, T.PointerType):
            return self.pointer_size
        if isinstance(ty, T.ArrayType):
            return self.align(ty.element)
        if isinstance(ty, T.VectorType):
            size = ty.count * (ty.element.bits if not ty.element.is_pointer
                               else self.pointer_size * 8) // 8
            return 1 << max(size - 1, 0).bit_length()
        if isinstance(ty, T.StructType):
            if ty.packed or not ty.elements:
                return 1
            return max(self.align(e) for e in ty.elements)
        raise EnzpyError(f"type {ty} has no alignment in memory (enzpy cannot lay it out)")

    def offsets(self, ty):
        """Byte offsets of the fields of a struct type."""
        ty = self.body(ty)
        out, offset = [], 0
        for element in ty.elements:
            if not ty.packed:
                offset = _round_up(offset, self.align(element))
            out.append(offset)
            offset += self.size(element)
        return out

    def element_offset(self, ty, index):
        """(offset, element type) of element ``index`` of an aggregate or vector type."""
        ty = self.body(ty)
        if isinstance(ty, T.StructType):
            return self.offsets(ty)[index], ty.elements[index]
        return index * self.size(ty.element), ty.element


def _round_up(value, align):
    return (value + align - 1) // align * align
