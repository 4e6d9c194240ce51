"""From llvmlite types to ``enzpy.ir.types`` values, and from LLVM function types to ctypes.

``from_llvmlite_type`` converts a ``llvmlite.binding.TypeRef``; ``ctypes_signature`` maps a
``FunctionType`` to ``(restype, argtypes)`` for ``ctypes.CFUNCTYPE``.

What ctypes can call: integers i1/i8/i16/i32/i64 (signed ctypes integers, i1 as c_bool),
float, double, ptr (c_void_p), void returns, and literal structs of scalars *returned* by value
when LLVM's lowering of the struct return coincides with the C ABI's (SysV x86-64).  LLVM gives
every field its own register (float/double: xmm0, xmm1, then the x87 stack st0, st1; integers
and pointers: rax, rdx, rcx) and returns through a hidden sret pointer when they run out; C
packs fields into eightbytes and returns structs larger than 16 bytes in memory.  So
``{double, double}``, ``{i32, double}`` and ``{double x 5}`` (memory both ways) agree, while
``{double, double, double}`` (LLVM: xmm0, xmm1, st0; C: memory), ``{float, float}`` and
``{i32, i32}`` (C packs both fields into one register) do not.  Struct and vector arguments
are refused too.  Every refusal is a JitError that says how to wrap the function.
"""

import ctypes
import platform
import re

from ..errors import JitError
from ..ir import types as T

__all__ = ["from_llvmlite_type", "ctypes_signature", "ctypes_type", "struct_return_abi"]

_FLOAT_KINDS = {1: "half", 2: "float", 3: "double", 4: "x86_fp80", 5: "fp128", 6: "ppc_fp128",
                18: "bfloat"}
_ADDRSPACE = re.compile(r"addrspace\((\d+)\)")


def from_llvmlite_type(typeref, struct_bodies=None):
    """Convert a ``llvmlite.binding.TypeRef`` into an ``enzpy.ir.types`` value.

    Identified structs become ``NamedStructType(name)``; when ``struct_bodies`` (a dict) is
    given, their bodies are recorded there as literal ``StructType`` values.
    """
    kind = int(typeref.type_kind)
    if kind == 0:
        return T.VOID
    if kind in _FLOAT_KINDS:
        return T.FloatType(_FLOAT_KINDS[kind])
    if kind == 8:
        return T.IntType(typeref.type_width)
    if kind == 12:
        match = _ADDRSPACE.search(str(typeref))
        return T.PointerType(int(match.group(1)) if match else 0)
    if kind == 9:
        ret = from_llvmlite_type(typeref.get_function_return(), struct_bodies)
        params = tuple(from_llvmlite_type(p, struct_bodies)
                       for p in typeref.get_function_parameters())
        return T.FunctionType(ret, params, bool(typeref.is_function_vararg))
    if kind == 10:
        if typeref.is_literal_struct:
            return T.StructType(tuple(from_llvmlite_type(e, struct_bodies)
                                      for e in typeref.elements),
                                bool(typeref.is_packed_struct))
        name = typeref.name
        if struct_bodies is not None and name not in struct_bodies:
            struct_bodies[name] = None  # guards recursion through pointers-free cycles
            if not typeref.is_opaque_struct:
                struct_bodies[name] = T.StructType(
                    tuple(from_llvmlite_type(e, struct_bodies) for e in typeref.elements),
                    bool(typeref.is_packed_struct))
        return T.NamedStructType(name)
    if kind == 11:
        element = from_llvmlite_type(next(iter(typeref.elements)), struct_bodies)
        return T.ArrayType(typeref.element_count, element)
    if kind in (13, 17):
        element = from_llvmlite_type(next(iter(typeref.elements)), struct_bodies)
        return T.VectorType(typeref.element_count, element, scalable=(kind == 17))
    if kind == 7:
        return T.LABEL
    if kind == 14:
        return T.METADATA
    if kind == 16:
        return T.TOKEN
    return T.TargetExtType(str(typeref))


_INT_CTYPES = {1: ctypes.c_bool, 8: ctypes.c_int8, 16: ctypes.c_int16, 32: ctypes.c_int32,
               64: ctypes.c_int64}
_FLOAT_CTYPES = {"float": ctypes.c_float, "double": ctypes.c_double}
_struct_cache = {}


def _role(ty, position):
    return f"returning {ty}" if position is None else f"taking {ty} (argument {position})"


def _scalar_ctype(ty, role):
    if isinstance(ty, T.IntType):
        if ty.bits in _INT_CTYPES:
            return _INT_CTYPES[ty.bits]
        raise JitError(f"cannot call a function {role} from Python: ctypes has no {ty}; wrap "
                       "it in a function that uses i64 or passes the value through a pointer")
    if isinstance(ty, T.FloatType):
        if ty.kind in _FLOAT_CTYPES:
            return _FLOAT_CTYPES[ty.kind]
        raise JitError(f"cannot call a function {role} from Python: ctypes has no {ty}; wrap "
                       "it in a function that converts to double")
    if isinstance(ty, T.PointerType):
        return ctypes.c_void_p
    return None


def ctypes_type(ty, position=None, struct_bodies=None):
    """The ctypes type of a return value (``position=None``; void gives None) or of the
    argument at ``position``."""
    role = _role(ty, position)
    if isinstance(ty, T.VoidType) and position is None:
        return None
    scalar = _scalar_ctype(ty, role)
    if scalar is not None:
        return scalar
    if isinstance(ty, T.VectorType):
        raise JitError(f"cannot call a function {role} from Python; wrap it in a function that "
                       "passes the vector through memory (a pointer)")
    if isinstance(ty, (T.StructType, T.NamedStructType)) and position is not None:
        raise JitError(f"cannot call a function {role} from Python: LLVM passes a struct "
                       "argument as one register per field, C does not; wrap it in a function "
                       "taking a pointer")
    if isinstance(ty, T.NamedStructType):
        body = (struct_bodies or {}).get(ty.name)
        if body is None:
            raise JitError(f"cannot call a function {role} from Python: the body of {ty} is "
                           "unknown (opaque); return it through an sret pointer")
        return _structure(body, role)
    if isinstance(ty, T.StructType):
        return _structure(ty, role)
    raise JitError(f"cannot call a function {role} from Python; pass it through a pointer "
                   "instead")


def _structure(st, role):
    fields = []
    for index, element in enumerate(st.elements):
        scalar = _scalar_ctype(element, role) if not isinstance(element, T.VoidType) else None
        if scalar is None:
            raise JitError(f"cannot call a function {role} from Python: only structs of scalars "
                           f"map to ctypes (field {index} is {element}); wrap it in a function "
                           "that writes the struct through an sret pointer argument")
        fields.append(scalar)
    if not fields:
        raise JitError(f"cannot call a function {role} (an empty struct) from Python")
    key = (tuple(fields), st.packed)
    cls = _struct_cache.get(key)
    if cls is None:
        namespace = {"_fields_": [(f"f{i}", t) for i, t in enumerate(fields)]}
        if st.packed:
            namespace["_pack_"] = 1
            namespace["_layout_"] = "ms"
        cls = type(f"LLVMStruct{len(_struct_cache)}", (ctypes.Structure,), namespace)
        _struct_cache[key] = cls
    return cls


def struct_return_abi(st, struct_bodies=None):
    """Check that an LLVM function returning struct ``st`` by value can be called as a C
    function returning the matching C struct (SysV x86-64).  Returns None or raises JitError."""
    label = str(st)
    if isinstance(st, T.NamedStructType):
        st = (struct_bodies or {}).get(st.name) or st
    cls = ctypes_type(st, None, struct_bodies)
    if platform.machine().lower() not in ("x86_64", "amd64"):
        raise JitError(f"returning {label} by value is only supported on x86-64 (this is "
                       f"{platform.machine()}); return it through an sret pointer instead")
    if st.packed:
        raise JitError(f"cannot call a function returning the packed struct {label} from Python;"
                       " return it through an sret pointer instead")
    fields = [(getattr(cls, name).offset, ctypes.sizeof(ftype), ftype)
              for name, ftype in cls._fields_]
    n_float = sum(1 for _, _, t in fields if t in (ctypes.c_float, ctypes.c_double))
    n_int = len(fields) - n_float
    # LLVM's RetCC for x86-64 (checked with llc 22): floats in xmm0, xmm1, then x87 st0, st1;
    # integers and pointers in rax, rdx, rcx; otherwise the whole return is demoted to a
    # hidden sret pointer in rdi.
    llvm_in_registers = n_float <= 4 and n_int <= 3
    size = ctypes.sizeof(cls)
    c_in_registers = size <= 16
    c_one_field_per_eightbyte = False
    if c_in_registers:
        per_eightbyte = {}
        for offset, _, _ in fields:
            per_eightbyte.setdefault(offset // 8, []).append(offset)
        c_one_field_per_eightbyte = all(len(v) == 1 and v[0] % 8 == 0
                                        for v in per_eightbyte.values())
    if llvm_in_registers and c_in_registers and c_one_field_per_eightbyte:
        return None
    if not llvm_in_registers and not c_in_registers:
        return None  # both return through a hidden pointer passed in rdi
    raise JitError(
        f"cannot call a function returning {label} by value from Python: LLVM returns it "
        f"{'in one register per field' if llvm_in_registers else 'through a hidden pointer'} but "
        f"the C ABI (which ctypes follows) "
        f"{'packs it into eightbyte registers' if c_in_registers else 'returns it in memory'}; "
        "wrap it in a function that writes the struct through an sret pointer argument")


def ctypes_signature(fnty, struct_bodies=None):
    """``(restype, argtypes)`` for calling a function of LLVM type ``fnty`` through ctypes.

    Raises JitError for what ctypes cannot express (vectors, struct arguments, struct returns
    whose LLVM lowering differs from C's, integers wider than 64 bits, varargs).
    """
    if not isinstance(fnty, T.FunctionType):
        raise TypeError(f"ctypes_signature needs a FunctionType, not {fnty!r}")
    if fnty.vararg:
        raise JitError(f"cannot derive a ctypes signature for the variadic function type "
                       f"{fnty}; pass argtypes=[...] (and restype=...) explicitly")
    ret = fnty.ret
    if isinstance(ret, (T.StructType, T.NamedStructType)):
        struct_return_abi(ret, struct_bodies)
    restype = ctypes_type(ret, None, struct_bodies)
    argtypes = [ctypes_type(param, index, struct_bodies)
                for index, param in enumerate(fnty.params)]
    return restype, argtypes
