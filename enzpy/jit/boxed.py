"""Calling any generated function from Python through one boxed signature.

``add_boxed_wrapper(module, fn)`` adds ``void <fn>.boxed(ptr args, ptr out)``: it loads each
parameter of ``fn`` from the argument block (laid out like a struct of the parameter types),
calls ``fn`` and stores its result (a scalar or a struct) into ``out``.  ``BoxedCall`` packs
Python values into the block and unpacks the result, so struct returns of any size, f32 and
vector-free aggregates all work through one ctypes signature.
"""

import ctypes
import struct

from ..errors import ABIError
from ..ir import types as T
from ..ir.builder import Builder
from ..ir.layout import DataLayout
from ..ir.nodes import Function

__all__ = ["add_boxed_wrapper", "BoxedCall"]


def add_boxed_wrapper(module, fn, name=None):
    """Add ``void <name>(ptr args, ptr out)`` calling ``fn``; return the wrapper Function."""
    name = name or f"{fn.name}.boxed"
    layout = DataLayout.of(module)
    params = fn.function_type.params
    offsets = layout.offsets(T.StructType(tuple(params))) if params else []
    wrapper = module.add_function(Function(name, T.FunctionType(T.VOID, (T.PTR, T.PTR)),
                                           ["args", "out"]))
    b = Builder(wrapper.append_block("entry"))
    values = []
    for ty, offset in zip(params, offsets):
        addr = b.gep(T.I8, wrapper.args[0], [offset]) if offset else wrapper.args[0]
        values.append(b.load(ty, addr))
    result = b.call(fn, values)
    if fn.return_type != T.VOID:
        b.store(result, wrapper.args[1])
    b.ret()
    return wrapper


_FORMATS = {"double": "d", "float": "f"}


def _format(ty):
    if isinstance(ty, T.FloatType) and ty.kind in _FORMATS:
        return _FORMATS[ty.kind]
    if isinstance(ty, T.IntType):
        return {1: "B", 8: "b", 16: "h", 32: "i", 64: "q"}.get(ty.bits)
    if isinstance(ty, T.PointerType):
        return "Q"
    return None


class BoxedCall:
    """A Python callable for a boxed wrapper: ``call(*args)`` returns the result (a tuple for
    struct results, None for void).  Pointer arguments are integers (addresses) or objects
    with ``ctypes.data`` (NumPy arrays)."""

    def __init__(self, address, fnty, layout=None):
        self.fnty = fnty
        layout = layout or DataLayout()
        params = fnty.params
        self.arg_size = max(8, layout.size(T.StructType(tuple(params)))) if params else 8
        self.arg_fields = []
        offsets = layout.offsets(T.StructType(tuple(params))) if params else []
        for ty, offset in zip(params, offsets):
            fmt = _format(ty)
            if fmt is None:
                raise ABIError(f"cannot pass a {ty} argument from Python")
            self.arg_fields.append((offset, "<" + fmt, ty))
        ret = fnty.ret
        self.ret_fields = []
        if isinstance(ret, T.StructType):
            for offset, ty in zip(layout.offsets(ret), ret.elements):
                fmt = _format(ty)
                if fmt is None:
                    raise ABIError(f"cannot return a {ty} field to Python")
                self.ret_fields.append((offset, "<" + fmt))
            self.ret_size = max(8, layout.size(ret))
        elif ret != T.VOID:
            fmt = _format(ret)
            if fmt is None:
                raise ABIError(f"cannot return a {ret} to Python")
            self.ret_fields.append((0, "<" + fmt))
            self.ret_size = max(8, layout.size(ret))
        else:
            self.ret_size = 8
        self.struct_result = isinstance(ret, T.StructType)
        self.void = ret == T.VOID
        self._fn = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(address)

    def __call__(self, *args):
        if len(args) != len(self.arg_fields):
            raise ABIError(f"expected {len(self.arg_fields)} arguments, got {len(args)}")
        block = ctypes.create_string_buffer(self.arg_size)
        for (offset, fmt, ty), value in zip(self.arg_fields, args):
            if isinstance(ty, T.PointerType):
                value = _address(value)
            elif isinstance(ty, T.IntType):
                value = int(value)
                if ty.bits == 1:
                    value &= 1
            else:
                value = float(value)
            struct.pack_into(fmt, block, offset, value)
        out = ctypes.create_string_buffer(self.ret_size)
        self._fn(ctypes.addressof(block), ctypes.addressof(out))
        if self.void:
            return None
        values = tuple(struct.unpack_from(fmt, out, offset)[0] for offset, fmt in self.ret_fields)
        return values if self.struct_result else values[0]


def _address(value):
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    data = getattr(getattr(value, "ctypes", None), "data", None)
    if data is not None:
        return data
    if isinstance(value, ctypes.Array):
        return ctypes.addressof(value)
    raise ABIError(f"cannot pass {type(value).__name__} as a pointer")
