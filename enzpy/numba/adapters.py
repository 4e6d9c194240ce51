"""Rule functions in the pointer ABI for the callees of Numba code (``enzpy.numba.custom``).

The engine calls a rule through a symbol whose type is the pointer ABI of the *call*
(docs/custom_rules.md).  For a Numba function ``g`` the call is Numba's native convention
``i32 g(ptr retptr, ptr excinfo, fields...)``, every array flattened into meminfo, parent,
nitems, itemsize, data, shape and strides, so its rules take

* vjp: ``void (ptr retptr, ptr retptr_shadow, ptr excinfo, ptr excinfo_shadow, ...fields,
  each pointer followed by its shadow..., ptr d_leaf for every float field)``
* jvp: ``void (...the same fields..., float tangent for every float field)``

where ``retptr_shadow`` holds the adjoint of the result (vjp: read and zeroed) or receives its
tangent (jvp).  This module builds those functions:

* :func:`python_adapter` compiles a Numba ``cfunc`` with that signature that rebuilds the
  arguments (arrays as views, their shadows as views of the shadow data or zero scratch arrays
  when they have none), calls the user's Numba vjp/jvp with the Python convention of
  ``enzpy.custom_vjp`` and stores what it returns;
* :func:`scalar_bridge` writes the same function in LLVM IR for a raw rule (an address) of a
  Numba function with scalar arguments, whose rule follows the pointer ABI of the C signature
  ``R g(A0, ..., An)``;
* :func:`trampoline` defines a rule symbol of the kernel module as a call to an address.

The symbol is defined in the kernel's own module, so the kernel links into Numba's code
libraries and compiles with ``enzpy.jit`` alike, and LLVM inlines the trampoline.
"""

import ctypes
import itertools
import re

from ..errors import EnzpyError
from ..ir import types as T

__all__ = ["python_adapter", "scalar_bridge", "trampoline", "rule_address",
           "rule_signature", "ctypes_signature", "c_signature", "call_signature"]


# ------------------------------------------------------------------------------------------
# Signatures of raw functions

def _ctypes_ir(ctype, what):
    if ctype is None:
        return T.VOID
    if isinstance(ctype, type) and issubclass(ctype, (ctypes._Pointer, ctypes._CFuncPtr)):
        return T.PTR
    code = getattr(ctype, "_type_", None)
    if isinstance(code, str):
        if code == "d":
            return T.DOUBLE
        if code == "f":
            return T.FLOAT
        if code in "bBhHiIlLqQ":
            return T.IntType(8 * ctypes.sizeof(ctype))
        if code in "PzZ":
            return T.PTR
    raise EnzpyError(f"{what} has the ctypes type {getattr(ctype, '__name__', ctype)}, which "
                     "enzpy cannot map to an LLVM type (supported: c_double, c_float, integer "
                     "types, pointers and c_void_p); pass an integer address to skip the "
                     "signature check")


def ctypes_signature(argtypes, restype, what):
    """The LLVM FunctionType of a ctypes signature."""
    return T.FunctionType(_ctypes_ir(restype, f"the result of {what}"),
                          tuple(_ctypes_ir(t, f"argument {i} of {what}")
                                for i, t in enumerate(argtypes)))


def _numba_ir(ty, what, cfunc=True):
    from numba.core import types
    if ty in (types.void, types.none):
        return T.VOID
    if isinstance(ty, types.Float):
        return T.DOUBLE if ty.bitwidth == 64 else T.FLOAT
    if isinstance(ty, types.Boolean):
        return T.I1 if cfunc else T.I8
    if isinstance(ty, types.Integer):
        return T.IntType(ty.bitwidth)
    if isinstance(ty, (types.CPointer, types.RawPointer)):
        return T.PTR
    raise EnzpyError(f"{what} has the Numba type {ty}, which a pointer-ABI rule cannot take "
                     "(floats, integers and pointers only)")


def rule_signature(obj):
    """The LLVM FunctionType of a Numba cfunc or a ctypes function (None when unknown: an
    integer address or a ctypes function without argtypes)."""
    from numba.core.ccallback import CFunc
    if isinstance(obj, CFunc):
        sig = obj._sig
        what = f"cfunc {obj.__name__}"
        return T.FunctionType(_numba_ir(sig.return_type, f"the result of {what}"),
                              tuple(_numba_ir(t, f"argument {i} of {what}")
                                    for i, t in enumerate(sig.args)))
    if isinstance(obj, ctypes._CFuncPtr):
        argtypes = getattr(obj, "argtypes", None)
        if argtypes is None:
            argtypes = getattr(type(obj), "_argtypes_", None)
        if argtypes is None:
            return None
        restype = getattr(obj, "restype", getattr(type(obj), "_restype_", None))
        return ctypes_signature(argtypes, restype, f"ctypes function {_name(obj)}")
    return None


def rule_address(obj, what):
    """The address of a rule or primal given as an integer, a Numba cfunc or a ctypes
    function."""
    from numba.core.ccallback import CFunc
    if isinstance(obj, int) and not isinstance(obj, bool) and obj > 0:
        return obj
    elif isinstance(obj, CFunc):
        return obj.address
    elif isinstance(obj, ctypes._CFuncPtr):
        return ctypes.cast(obj, ctypes.c_void_p).value
    raise EnzpyError(f"{what} must be an integer address, a Numba cfunc or a ctypes function, "
                     f"not {obj!r} ({type(obj).__name__})")


def _name(obj):
    return getattr(obj, "__name__", None) or getattr(obj, "name", None) or repr(obj)


def c_signature(argtypes, restype, what):
    """``R (A0, ..., An)`` of a Numba function with scalar arguments, as C sees it: the
    signature a raw rule of it follows (scalar_bridge)."""
    from numba.core import types
    params = []
    for index, ty in enumerate(argtypes):
        if not isinstance(ty, (types.Float, types.Integer)):
            raise EnzpyError(
                f"{what} is called with argument {index} of type {ty}: a raw (address) rule of "
                "a Numba function takes float and integer arguments only; give it a Numba "
                "rule instead (enzpy.custom_vjp, or register_vjp with @njit functions)")
        params.append(_numba_ir(ty, what, cfunc=False))
    if restype == types.none:
        ret = T.VOID
    elif isinstance(restype, (types.Float, types.Integer)) and \
            not isinstance(restype, types.Boolean):
        ret = _numba_ir(restype, what, cfunc=False)
    else:
        raise EnzpyError(f"{what} returns {restype}: a raw (address) rule of a Numba function "
                         "needs a float, integer or None result; use enzpy.custom_vjp")
    return T.FunctionType(ret, tuple(params))


def call_signature(module, key):
    """The function type of the first call in ``module`` whose callee is ``key`` (a symbol
    name or an address), or None."""
    from ..rules.custom import callee_key
    for fn in module.functions:
        for block in fn.blocks:
            for inst in block.instructions:
                if inst.opcode in ("call", "invoke") and callee_key(inst.callee) == key:
                    return inst.attrs["callee_type"]
    return None


# ------------------------------------------------------------------------------------------
# LLVM IR: trampolines and bridges

def _params(fnty):
    return [f"{ty} %p{i}" for i, ty in enumerate(fnty.params)]


def trampoline(symbol, fnty, address):
    """``define internal <fnty> @symbol(...)`` calling the function at ``address``."""
    args = ", ".join(_params(fnty))
    call = f"call {fnty.ret} inttoptr (i64 {address} to ptr)({args})"
    if fnty.ret == T.VOID:
        body = f"  {call}\n  ret void\n"
    else:
        body = f"  %r = {call}\n  ret {fnty.ret} %r\n"
    return f"define internal {fnty.ret} @{symbol}({args}) {{\n{body}}}\n"


def scalar_bridge(symbol, fnty, address, c_fnty, kind):
    """A pointer-ABI rule of a Numba function (native convention, ``fnty`` the rule's type)
    that calls the raw rule at ``address``, which follows the pointer ABI of ``c_fnty`` (the
    function's scalar C signature): the adjoint of the result is read from (and zeroed in) the
    shadow of retptr, the tangent of the result is stored there."""
    from ..rules.custom import expected_type
    n = len(c_fnty.params)
    params = _params(fnty)
    # fnty: retptr, its shadow, excinfo, its shadow, the n scalars, then d_ai / t_i
    scalars = [f"{ty} %p{4 + i}" for i, ty in enumerate(c_fnty.params)]
    extra = [f"{ty} %p{i}" for i, ty in enumerate(fnty.params) if i >= 4 + n]
    ret = c_fnty.ret
    rule_ty = expected_type(c_fnty, kind)
    floats = ret != T.VOID and isinstance(ret, T.FloatType)
    lines = [f"define internal void @{symbol}({', '.join(params)}) {{", "entry:"]
    if kind == "vjp":
        args = scalars
        if floats:
            lines += ["  %null = icmp eq ptr %p1, null",
                      "  br i1 %null, label %call, label %take",
                      "take:",
                      f"  %seed = load {ret}, ptr %p1",
                      f"  store {ret} 0.0, ptr %p1",
                      "  br label %call",
                      "call:",
                      f"  %dout = phi {ret} [ 0.0, %entry ], [ %seed, %take ]"]
            args = args + [f"{ret} %dout"]
        lines.append(f"  call void inttoptr (i64 {address} to ptr)({', '.join(args + extra)})")
        lines.append("  ret void")
    else:
        call = f"call {rule_ty.ret} inttoptr (i64 {address} to ptr)({', '.join(scalars + extra)})"
        if not floats:
            lines += [f"  {call}", "  ret void"]
        else:
            lines += [f"  %t = {call}",
                      "  %null = icmp eq ptr %p1, null",
                      "  br i1 %null, label %done, label %put",
                      "put:",
                      f"  store {ret} %t, ptr %p1",
                      "  br label %done",
                      "done:",
                      "  ret void"]
    return "\n".join(lines) + "\n}\n"


# ------------------------------------------------------------------------------------------
# Numba adapters of Python rules

def _fields(ty, label):
    """The native fields of an argument of Numba type ``ty``: [(name, cfunc type, float type
    or None, is pointer)], in Numba's order (arrays: meminfo, parent, nitems, itemsize, data,
    shape..., strides...; tuples flattened)."""
    from numba.core import types
    if isinstance(ty, types.Float):
        return [(label, ty, ty, False)]
    if isinstance(ty, types.Boolean):
        return [(label, types.int8, None, False)]
    if isinstance(ty, types.Integer):
        return [(label, ty, None, False)]
    if isinstance(ty, types.Array):
        out = [(f"{label}.meminfo", types.voidptr, None, True),
               (f"{label}.parent", types.voidptr, None, True),
               (f"{label}.nitems", types.intp, None, False),
               (f"{label}.itemsize", types.intp, None, False),
               (f"{label}.data", types.voidptr, None, True)]
        out += [(f"{label}.shape[{d}]", types.intp, None, False) for d in range(ty.ndim)]
        out += [(f"{label}.strides[{d}]", types.intp, None, False) for d in range(ty.ndim)]
        return out
    if isinstance(ty, types.BaseTuple) and not isinstance(ty, types.BaseNamedTuple):
        return [f for k, item in enumerate(ty) for f in _fields(item, f"{label}[{k}]")]
    raise EnzpyError(f"a function with a custom rule cannot take {label} of type {ty}: rules "
                     "support float and integer scalars, booleans, tuples of them and arrays "
                     "(pass other values through a function without a rule)")


def _float_tuple(ty):
    from numba.core import types
    if isinstance(ty, types.Float):
        return True
    return isinstance(ty, types.BaseTuple) and len(ty) > 0 and \
        not isinstance(ty, types.BaseNamedTuple) and all(_float_tuple(t) for t in ty)


def _int_like(ty):
    from numba.core import types
    if isinstance(ty, (types.Integer, types.Boolean)):
        return True
    return isinstance(ty, types.BaseTuple) and not isinstance(ty, types.BaseNamedTuple) and \
        all(_int_like(t) for t in ty)


def argument_kind(ty):
    """"float" (a float or a tuple of floats: a cotangent / tangent of its shape), "array" (a
    float array: a shadow array), "const" (integers, booleans, integer arrays, tuples of
    integers), or None (not supported by custom rules)."""
    from numba.core import types
    if _float_tuple(ty):
        return "float"
    if isinstance(ty, types.Array):
        if isinstance(ty.dtype, types.Float):
            return "array"
        if isinstance(ty.dtype, (types.Integer, types.Boolean)):
            return "const"
        return None
    if _int_like(ty):
        return "const"
    return None


def result_kind(ty):
    """"float" (a float or tuple of floats: dout / the result's tangent), "none" (no
    derivative: None, integers) or None (unsupported: arrays, ...)."""
    from numba.core import types
    if _float_tuple(ty):
        return "float"
    if ty == types.none or _int_like(ty):
        return "none"
    return None


class _Adapter:
    """Generated Python source of one adapter (see python_adapter)."""

    def __init__(self, argtypes, restype):
        from numba.core import types
        self.native = [("retptr", types.voidptr, None, True),
                       ("excinfo", types.voidptr, None, True)]
        self.argtypes, self.restype = argtypes, restype
        self.lines, self.namespace = [], {}
        self.data = {}                         # array variable -> position of its data
        self.primals, self.floats = [], []     # per argument: source expression, float leaves
        names = itertools.count()
        for index, ty in enumerate(argtypes):
            start = len(self.native)
            self.native += _fields(ty, f"arg{index}")
            self.primals.append(self._rebuild(ty, iter(range(start, len(self.native))),
                                              names))
            self.floats.append([p for p in range(start, len(self.native))
                                if self.native[p][2] is not None])

    def _rebuild(self, ty, positions, names):
        from numba.core import types
        if isinstance(ty, types.Boolean):
            return f"(a{next(positions)} != 0)"
        if isinstance(ty, (types.Float, types.Integer)):
            return f"a{next(positions)}"
        if isinstance(ty, types.Array):
            p = [next(positions) for _ in range(5 + 2 * ty.ndim)]
            shape = "".join(f"a{q}, " for q in p[5:5 + ty.ndim])
            strides = "".join(f"a{q}, " for q in p[5 + ty.ndim:])
            var = f"x{next(names)}"
            builder = self.add(_array_builder(ty))
            self.lines.append(f"{var} = {builder}(a{p[3]}, a{p[4]}, ({shape}), ({strides}))")
            self.data[var] = p[4]
            return var
        items = [self._rebuild(item, positions, names) for item in ty]
        return "(" + "".join(f"{item}, " for item in items) + ")"

    def add(self, obj):
        name = f"__h{len(self.namespace)}"
        self.namespace[name] = obj
        return name

    def shadow(self, index):
        """Source of the shadow (vjp) or tangent (jvp) array of array argument ``index``."""
        var = self.primals[index]
        data = self.data[var]
        helpers = _intrinsics()
        self.lines.append(
            f"{var}_d = {self.add(helpers['view'])}({var}, s{data}) if not "
            f"{self.add(helpers['is_null'])}(s{data}) else {self.add(helpers['scratch'])}({var})")
        return f"{var}_d"

    def tangent(self, index):
        """The tangent of float argument ``index``, built from its ``t`` parameters."""
        from numba.core import types
        it = iter(self.floats[index])

        def build(ty):
            if isinstance(ty, types.Float):
                return f"t{next(it)}"
            return "(" + "".join(f"{build(item)}, " for item in ty) + ")"

        return build(self.argtypes[index])

    def signature(self, kind):
        """The cfunc's parameter names and Numba types, in pointer-ABI order."""
        from numba.core import types
        names, tys = [], []
        for p, (_, nbty, _, pointer) in enumerate(self.native):
            names.append(f"a{p}")
            tys.append(nbty)
            if pointer:
                names.append(f"s{p}")
                tys.append(types.voidptr)
        for p, (_, _, fty, _) in enumerate(self.native):
            if fty is not None:
                names.append(f"d{p}" if kind == "vjp" else f"t{p}")
                tys.append(types.voidptr if kind == "vjp" else fty)
        return names, tys


def python_adapter(kind, rule, argtypes, restype, declared, label, params):
    """Compile the pointer-ABI ``kind`` ("vjp" / "jvp") function of a Numba callee with
    ``argtypes`` -> ``restype`` (parameter names ``params``) that calls the Numba ``rule``
    dispatcher with the Python convention of ``enzpy.custom_vjp``; ``declared`` is the LLVM
    type the kernel expects.  ``label`` describes the rule for error messages ("the vjp
    'g_vjp' of 'g' (file:line) for (types)").  Returns the numba cfunc (keep it alive; its
    ``.address`` is the function)."""
    import numba
    from numba.core import types

    adapter = _Adapter(argtypes, restype)
    names, tys = adapter.signature(kind)
    got = T.FunctionType(T.VOID, tuple(_numba_ir(t, "a field", cfunc=False) for t in tys))
    if got != declared:                                          # pragma: no cover
        raise EnzpyError(f"enzpy bug: the {kind} adapter of {label} has type {got}, the "
                         f"kernel expects {declared}")
    kinds = [argument_kind(t) for t in argtypes]
    rkind = result_kind(restype)
    call, call_types, shown = [], [], []
    for index, (ty, akind) in enumerate(zip(argtypes, kinds)):
        call.append(adapter.primals[index])
        call_types.append(ty)
        shown.append(params[index])
        if kind == "vjp" and akind == "array":
            call.append(adapter.shadow(index))
            call_types.append(ty.copy(readonly=False))
            shown.append(f"d_{params[index]}")
    if kind == "vjp" and rkind == "float":
        adapter.lines.append(f"dout = {adapter.add(_taker(restype))}(s0)")
        call.append("dout")
        call_types.append(restype)
        shown.append("dout")
    if kind == "jvp":
        for index, (ty, akind) in enumerate(zip(argtypes, kinds)):
            if akind == "float":
                call.append(adapter.tangent(index))
                call_types.append(ty)
                shown.append(f"t_{params[index]}")
            elif akind == "array":
                call.append(adapter.shadow(index))
                call_types.append(ty.copy(readonly=False))
                shown.append(f"t_{params[index]}")
    result = _compile_rule(rule, tuple(call_types), shown, kind, label)
    adapter.lines.append(f"r = {adapter.add(rule)}({', '.join(call)})")
    if kind == "vjp":
        targets = [i for i, k in enumerate(kinds) if k == "float"]
        for index, expr in _cotangents(result, targets, argtypes, label, params):
            for p, path in zip(adapter.floats[index], _paths(argtypes[index])):
                fty = adapter.native[p][2]
                adapter.lines.append(f"{adapter.add(_adder(fty))}(d{p}, r{expr}{path})")
    elif rkind == "float":
        _check_tangent(result, restype, label)
        adapter.lines.append(f"{adapter.add(_putter(restype))}(s0, r)")
    elif result not in (types.none,) and not _int_like(result):
        raise EnzpyError(f"{label} returns {result}, but the function returns {restype}, which "
                         "has no tangent: return nothing (None)")
    source = (f"def enzpy_{kind}_adapter({', '.join(names)}):\n" +
              "".join(f"    {line}\n" for line in adapter.lines))
    namespace = dict(adapter.namespace)
    exec(compile(source, f"<enzpy {kind} adapter of {label}>", "exec"), namespace)
    try:
        return numba.cfunc(types.void(*tys))(namespace[f"enzpy_{kind}_adapter"])
    except Exception as exc:                         # noqa: BLE001 - reworded
        raise EnzpyError(f"Numba cannot compile the call of {label}: "
                         f"{_clean(exc)}") from None


def _paths(ty):
    """Index paths (``[0][1]``) of the float leaves of a float or tuple of floats."""
    from numba.core import types
    if isinstance(ty, types.Float):
        return [""]
    return [f"[{k}]{rest}" for k, item in enumerate(ty) for rest in _paths(item)]


def _clean(exc):
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(exc)).strip()
    return text or type(exc).__name__


def _compile_rule(rule, call_types, shown, kind, label):
    """Compile the user's rule for the argument types of the call; its return type."""
    import inspect
    from numba.core import errors as numba_errors

    sig = inspect.signature(rule.py_func)
    try:
        sig.bind(*shown)
    except TypeError:
        params = [p.name for p in sig.parameters.values()]
        what = ("the primal arguments, each float array followed by its shadow, then the "
                "cotangent of the result (when it is a float)" if kind == "vjp" else
                "the primal arguments, then the tangent of each float and float-array "
                "argument")
        raise EnzpyError(
            f"{label} takes {len(params)} argument(s) ({', '.join(params)}), but for these "
            f"argument types it is called with {len(shown)}: ({', '.join(shown)}) -- {what}; "
            f"argument types ({', '.join(str(t) for t in call_types)})") from None
    try:
        rule.compile(call_types)
    except (numba_errors.NumbaError, TypeError, ValueError, NotImplementedError) as exc:
        raise EnzpyError(f"Numba cannot compile {label}, called as ({', '.join(shown)}) with "
                         f"types ({', '.join(str(t) for t in call_types)}): {_clean(exc)}") \
            from None
    for args, cres in rule.overloads.items():
        if tuple(args) == tuple(call_types):
            return cres.signature.return_type
    return rule.overloads[tuple(call_types)].signature.return_type      # pragma: no cover


def _cotangents(result, targets, argtypes, label, params):
    """[(argument index, source index into r)] after checking the vjp's result type."""
    from numba.core import types

    def fits(ty, argty):
        if isinstance(argty, types.Float):
            return isinstance(ty, (types.Float, types.Integer)) and \
                not isinstance(ty, types.Boolean)
        return isinstance(ty, types.BaseTuple) and len(ty) == len(argty) and \
            all(fits(t, a) for t, a in zip(ty, argty))

    want = ", ".join(f"d_{params[i]}" for i in targets)
    explain = (f"{label} must return the cotangents of the float arguments, in order: "
               f"({want}{',' if len(targets) == 1 else ''})" if targets else
               f"{label} must return nothing (None): the function has no float arguments "
               "(the derivatives of array arguments are added to their shadows)")
    if not targets:
        if result == types.none or isinstance(result, types.BaseTuple) and len(result) == 0:
            return []
        raise EnzpyError(f"{explain}; it returns {result}")
    if len(targets) == 1 and fits(result, argtypes[targets[0]]) and \
            not isinstance(result, types.BaseTuple):
        return [(targets[0], "")]
    if isinstance(result, types.BaseTuple):
        if len(result) == len(targets) and all(fits(result[k], argtypes[i])
                                               for k, i in enumerate(targets)):
            return [(i, f"[{k}]") for k, i in enumerate(targets)]
        if len(result) == len(argtypes) and all(
                fits(result[i], argtypes[i]) if i in targets else result[i] == types.none
                for i in range(len(argtypes))):
            return [(i, f"[{i}]") for i in targets]
    if len(targets) == 1 and fits(result, argtypes[targets[0]]):
        return [(targets[0], "")]
    raise EnzpyError(f"{explain}; it returns {result} (one cotangent per argument, with None "
                     "for the others, is accepted too)")


def _check_tangent(result, restype, label):
    from numba.core import types

    def fits(ty, want):
        if isinstance(want, types.Float):
            return isinstance(ty, (types.Float, types.Integer)) and \
                not isinstance(ty, types.Boolean)
        return isinstance(ty, types.BaseTuple) and len(ty) == len(want) and \
            all(fits(t, w) for t, w in zip(ty, want))

    if not fits(result, restype):
        raise EnzpyError(f"{label} must return the tangent of the result, a value of type "
                         f"{restype}; it returns {result}")


# ------------------------------------------------------------------------------------------
# Intrinsics the adapters are made of

_cache = {}


def _intrinsics():
    if _cache:
        return _cache
    import numba
    from numba.core import cgutils, types
    from numba.extending import intrinsic
    from numba.np.arrayobj import make_array

    from .abi import _jit_helpers

    @intrinsic
    def is_null(typingctx, p):
        def codegen(context, builder, sig, args):
            return cgutils.is_null(builder, args[0])
        return types.boolean(p), codegen

    @intrinsic
    def view(typingctx, primal, data):
        """``primal`` with its data pointer replaced (no meminfo: a borrowed view)."""
        retty = primal.copy(readonly=False)

        def codegen(context, builder, sig, args):
            src = make_array(sig.args[0])(context, builder, args[0])
            out = make_array(retty)(context, builder)
            for name in ("nitems", "itemsize", "shape", "strides"):
                setattr(out, name, getattr(src, name))
            out.data = builder.bitcast(args[1], src.data.type)
            out.meminfo = cgutils.get_null_value(src.meminfo.type)
            out.parent = cgutils.get_null_value(src.parent.type)
            return out._getvalue()

        return retty(primal, data), codegen

    _cache.update(is_null=is_null, view=view,
                  scratch=numba.njit(_jit_helpers()["shadow_like"]))
    return _cache


def _memo(key, make):
    value = _cache.get(key)
    if value is None:
        _intrinsics()
        value = _cache[key] = make()
    return value


def _array_builder(aty):
    """``build(itemsize, data, shape, strides)``: a borrowed array of type ``aty``."""
    def make():
        from numba.extending import intrinsic
        from numba.np.arrayobj import make_array, populate_array

        @intrinsic
        def build(typingctx, itemsize, data, shape, strides):
            def codegen(context, builder, sig, args):
                out = make_array(aty)(context, builder)
                shape_v = [builder.extract_value(args[2], d) for d in range(aty.ndim)]
                strides_v = [builder.extract_value(args[3], d) for d in range(aty.ndim)]
                populate_array(out, data=builder.bitcast(args[1], out.data.type),
                               shape=shape_v, strides=strides_v, itemsize=args[0],
                               meminfo=None)
                return out._getvalue()
            return aty(itemsize, data, shape, strides), codegen

        return build
    return _memo(("array", aty), make)


def _taker(restype):
    """``take(p)``: the value of type ``restype`` at ``p`` (zero when ``p`` is null), which is
    then zeroed."""
    def make():
        from numba.core import cgutils
        from numba.extending import intrinsic

        @intrinsic
        def take(typingctx, p):
            def codegen(context, builder, sig, args):
                slot_ty = context.call_conv.get_return_type(restype)
                slot = builder.bitcast(args[0], slot_ty)
                zero = cgutils.get_null_value(slot_ty.pointee)
                out = cgutils.alloca_once_value(builder, zero)
                with builder.if_then(cgutils.is_not_null(builder, args[0])):
                    builder.store(builder.load(slot), out)
                    builder.store(zero, slot)
                return context.get_returned_value(builder, restype, builder.load(out))
            return restype(p), codegen

        return take
    return _memo(("take", restype), make)


def _putter(restype):
    """``put(p, v)``: store ``v`` as a ``restype`` at ``p`` unless ``p`` is null."""
    def make():
        from numba.core import cgutils, types
        from numba.extending import intrinsic

        @intrinsic
        def put(typingctx, p, v):
            def codegen(context, builder, sig, args):
                value = context.cast(builder, args[1], sig.args[1], restype)
                slot = builder.bitcast(args[0], context.call_conv.get_return_type(restype))
                with builder.if_then(cgutils.is_not_null(builder, args[0])):
                    builder.store(context.get_return_value(builder, restype, value), slot)
                return context.get_dummy_value()
            return types.none(p, v), codegen

        return put
    return _memo(("put", restype), make)


def _adder(fty):
    """``add(p, v)``: ``*(fty *)p += v``."""
    def make():
        from numba.core import types
        from numba.extending import intrinsic

        @intrinsic
        def add(typingctx, p, v):
            def codegen(context, builder, sig, args):
                value = context.cast(builder, args[1], sig.args[1], fty)
                slot = builder.bitcast(args[0], context.get_value_type(fty).as_pointer())
                builder.store(builder.fadd(builder.load(slot), value), slot)
                return context.get_dummy_value()
            return types.none(p, v), codegen

        return add
    return _memo(("add", fty), make)
