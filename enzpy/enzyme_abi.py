"""Enzyme's call interface: lower ``__enzyme_autodiff(fn, args...)`` call sites in a module.

Programs written for Enzyme declare ``__enzyme_autodiff`` (any return type, any name that
contains it: ``__enzyme_autodiff_f``, a C++ mangled template, an ``asm`` label) and the marker
ints ``enzyme_dup``, ``enzyme_dupnoneed``, ``enzyme_out``, ``enzyme_const`` themselves, and call

    double dx = __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_out, w, enzyme_const, n);

``lower(text)`` returns the module in which every such call is a call of the generated
``diffe_<f>`` and the result is adapted to the declared return type of the call:

* a marker is an argument that is the value of a load of the global ``@enzyme_*`` (or the
  global itself, or its ``ptrtoint``); it describes the argument after it:
  ``enzyme_dup`` / ``enzyme_dupnoneed`` (a pointer, then its shadow), ``enzyme_out`` (an active
  float: its adjoint is returned), ``enzyme_const``;
* without a marker: a pointer is duplicated (the next argument is its shadow), a float is
  active, anything else is constant;
* the adjoints of the active arguments, in order, are the call's result: a float, a struct
  (or array, or vector) of floats filled field by field, stored through an ``sret`` pointer, or
  dropped when the call returns void; a float return of ``f`` is seeded with 1.0.

Forward mode (``__enzyme_fwddiff``) is not lowered yet: a module that calls it is an error.
See docs/enzyme_abi.md.
"""

import re
from dataclasses import dataclass, field

from .analysis.activity import ArgActivity
from .errors import EnzpyError
from .ir import types as T
from .ir.builder import Builder
from .ir.nodes import Function, GlobalVariable, Instruction
from .ir.printer import print_instruction
from .ir.values import ConstantExpr, ConstantFP, ConstantInt, Poison

__all__ = ["lower", "find_autodiff_calls", "AutodiffCall", "MARKERS"]

AUTODIFF = "__enzyme_autodiff"
FWDDIFF = "__enzyme_fwddiff"

MARKERS = {
    "enzyme_dup": ArgActivity.DUP,
    "enzyme_dupnoneed": ArgActivity.DUP_NONEED,
    "enzyme_out": ArgActivity.ACTIVE,
    "enzyme_const": ArgActivity.CONST,
}
WIDTH_MARKER = "enzyme_width"
# Enzyme's other markers: recognised so that they give a clear error instead of being taken
# for an ordinary integer argument.
UNSUPPORTED_MARKERS = ("enzyme_dupv", "enzyme_dupnoneedv", "enzyme_vector", "enzyme_scalar",
                       "enzyme_buffer", "enzyme_allocated", "enzyme_tape", "enzyme_primal_return",
                       "enzyme_noret", "enzyme_nofree", "enzyme_runtime_activity",
                       "enzyme_const_return", "enzyme_active_return", "enzyme_dup_return",
                       "enzyme_interleave")
# Other Enzyme entry points that enzpy does not lower.
OTHER_ENTRY_POINTS = ("__enzyme_augmentfwd", "__enzyme_reverse", "__enzyme_fwdsplit",
                      "__enzyme_virtualreverse", "__enzyme_batch", "__enzyme_todense",
                      "__enzyme_truncate")

_CASTS = ("bitcast", "addrspacecast")
_DILOCATION = re.compile(r"^(![0-9]+) = (?:distinct )?!DILocation\(line: (\d+)(?:, column: (\d+))?")


# ------------------------------------------------------------------------------------------
@dataclass
class AutodiffCall:
    """One parsed ``__enzyme_autodiff`` call site."""
    inst: Instruction
    fn: Function
    activities: list
    primals: list                       # the primal argument values, one per parameter of fn
    shadows: dict = field(default_factory=dict)    # parameter index -> shadow value
    sret: object = None                 # the sret pointer the result is stored through
    result_type: object = T.VOID        # the type the caller expects (the sret type if sret)
    where: str = ""

    @property
    def key(self):
        return (self.fn.name, tuple(self.activities))


def lower(text, source="<string>"):
    """Return ``text`` (LLVM IR) with every ``__enzyme_autodiff`` call replaced by a call of
    the generated derivative; see the module docstring for the conventions."""
    from .ad.prepare import prepare
    from .canonical import cleanup
    from .ir import parse, parse_canonical

    # 1. find and check the calls on a cleaned copy (SROA folds the -O0 marker loads and
    #    function pointers kept in allocas); errors name the call as it reads there
    first = parse_canonical(cleanup(str(text), source), source)
    _refuse_other_entry_points(first, source)
    calls = find_autodiff_calls(first, source)
    if not calls:       # nothing to lower: the module as it was, markers defined
        module = parse(str(text), source)
        _define_markers(module)
        return str(module)
    targets = []
    for call in calls:
        if call.fn.name not in targets:
            targets.append(call.fn.name)

    # 2. prepare once for every target, generate one derivative per signature, rewrite
    module = prepare(str(text), targets, source=source)
    calls = find_autodiff_calls(module, source)
    derivatives = {}
    for call in _ordered(calls):
        diffe = derivatives.get(call.key)
        if diffe is None:
            diffe = _differentiate(module, call)
            derivatives[call.key] = diffe
        _rewrite(module, call, diffe)
    _remove_dead_marker_loads(module)
    _define_markers(module)
    return str(module)


def find_autodiff_calls(module, source="<string>"):
    """The parsed ``__enzyme_autodiff`` calls of an ``enzpy.ir`` Module, in module order."""
    out = []
    for fn in module.functions:
        for inst in fn.instructions():
            if inst.opcode in ("call", "invoke") and _callee_name(inst) and \
                    AUTODIFF in _callee_name(inst):
                out.append(_parse_call(module, inst, source))
    return out


# ------------------------------------------------------------------------------------------
# parsing a call site

def _callee_name(inst):
    """The name of the declared function a call calls directly (None for defined functions
    and indirect calls: only declarations are Enzyme entry points)."""
    callee = _strip_casts(inst.callee)
    if isinstance(callee, Function) and callee.name and callee.is_declaration:
        return callee.name
    return None


def _strip_casts(value):
    while isinstance(value, ConstantExpr) and value.opcode in _CASTS:
        value = value.operands[0]
    return value


def _marker_name(value):
    """The name of the ``enzyme_*`` global ``value`` stands for, or None."""
    value = _strip_casts(value)
    if isinstance(value, Instruction) and value.opcode in ("trunc", "zext", "sext") and \
            isinstance(value.operands[0], Instruction):
        value = value.operands[0]
    if isinstance(value, Instruction) and value.opcode == "load":
        value = _strip_casts(value.operands[0])
    elif isinstance(value, ConstantExpr) and value.opcode in ("ptrtoint", "trunc"):
        inner = value.operands[0]
        while isinstance(inner, ConstantExpr) and inner.opcode in _CASTS + ("ptrtoint",):
            inner = inner.operands[0]
        value = inner
    if isinstance(value, GlobalVariable) and value.name and value.name.startswith("enzyme_"):
        name = value.name
        if name in MARKERS or name == WIDTH_MARKER or name in UNSUPPORTED_MARKERS:
            return name
    return None


def _location(module, inst, source):
    """``source: in @fn (line L[:C] of the source)`` for error messages."""
    fn = inst.function
    where = f"{source}: in @{fn.name}" if fn is not None else source
    ref = inst.get_metadata("dbg")
    if ref is not None:
        nodes = {}
        for line in module.metadata:
            key, sep, body = line.partition(" = ")
            if sep:
                nodes[key] = body
        match = _DILOCATION.match(f"{ref} = {nodes.get(ref, '')}")
        if match:
            where += f" (line {match.group(2)}"
            where += f":{match.group(3)}" if match.group(3) else ""
            where += f" of {_debug_file(nodes, nodes[ref], module)})"
    return where


def _debug_file(nodes, location, module):
    """The file name of a DILocation's scope (subprogram or lexical block)."""
    scope = re.search(r"\bscope: (![0-9]+)", location)
    body = nodes.get(scope.group(1), "") if scope else ""
    file_ref = re.search(r"\bfile: (![0-9]+)", body)
    found = re.search(r'filename: "((?:[^"\\]|\\.)*)"', nodes.get(file_ref.group(1), "")) \
        if file_ref else None
    if found:
        return found.group(1)
    return (module.source_filename or "the source").strip('"')


def _error(call_where, inst, reason, fix):
    text = " ".join(print_instruction(inst).split())
    return EnzpyError(f"{call_where}: {reason} in `{text}`; fix: {fix}")


def _float_leaves(module, ty):
    """The float scalar types of ``ty`` in memory order, or None if it holds anything else."""
    if isinstance(ty, T.FloatType):
        return [ty]
    if isinstance(ty, T.VectorType):
        return [ty.element] * ty.count if isinstance(ty.element, T.FloatType) else None
    if isinstance(ty, T.ArrayType):
        inner = _float_leaves(module, ty.element)
        return None if inner is None else inner * ty.count
    if isinstance(ty, (T.StructType, T.NamedStructType)):
        out = []
        for element in _elements(module, ty):
            inner = _float_leaves(module, element)
            if inner is None:
                return None
            out += inner
        return out
    return None


def _elements(module, ty):
    if isinstance(ty, T.NamedStructType):
        body = module.struct_bodies.get(ty.name)
        return () if body is None else body.elements
    return ty.elements


def _is_float_like(module, ty):
    return bool(_float_leaves(module, ty))


def _sret_type(module, inst):
    """The type in ``sret(<type>)`` of the call's first argument (call site, then
    declaration), or None."""
    attrs = inst.attrs.get("arg_attrs") or []
    texts = [attrs[0]] if attrs else []
    callee = _strip_casts(inst.callee)
    if isinstance(callee, Function) and callee.args:
        texts.append(callee.args[0].attrs)
    for text in texts:
        match = re.search(r"\bsret\(", text or "")
        if match:
            from .ir.parser import _ModuleReader
            reader = _ModuleReader("", "<sret>")
            reader.start(text[match.end():], 1)
            return reader.parse_type()
    return None


def _parse_call(module, inst, source):
    where = _location(module, inst, source)
    name = _callee_name(inst)
    args = list(inst.args)
    start = 0
    sret_type = _sret_type(module, inst) if args else None
    sret = None
    if sret_type is not None:
        sret, start = args[0], 1
    if len(args) <= start:
        raise _error(where, inst, f"@{name} is called without the function to differentiate",
                     f"pass the function first: {name}((void *)f, ...)")
    target = _strip_casts(args[start])
    if not isinstance(target, Function):
        got = "a marker" if _marker_name(args[start]) else f"a value of type {args[start].type}"
        raise _error(where, inst, f"the {'second' if start else 'first'} argument of @{name} "
                     f"must be the function to differentiate, but it is {got}",
                     "pass the function itself, e.g. __enzyme_autodiff((void *)f, ...), not a "
                     "function pointer computed at run time")
    if target.is_declaration:
        raise _error(where, inst, f"@{target.name} is only declared in this module",
                     f"define @{target.name} in the same translation unit (or llvm-link the "
                     "modules first) so that enzpy can differentiate its body")
    activities, primals, shadows = [], [], {}
    i = start + 1
    while i < len(args):
        value = args[i]
        marker = _marker_name(value)
        if marker == WIDTH_MARKER:
            width = args[i + 1] if i + 1 < len(args) else None
            if not (isinstance(width, ConstantInt) and width.value == 1):
                raise _error(where, inst, "enzyme_width (vector mode) is not available in "
                             "enzpy's reverse-mode lowering",
                             "call __enzyme_autodiff once per direction (width 1)")
            i += 2
            continue
        if marker in UNSUPPORTED_MARKERS:
            raise _error(where, inst, f"the marker {marker} is not supported by enzpy",
                         "use only enzyme_dup, enzyme_dupnoneed, enzyme_out and enzyme_const")
        index = len(primals)
        if marker is not None:
            if i + 1 >= len(args):
                raise _error(where, inst, f"{marker} is the last argument (argument {i})",
                             f"put {marker} right before the argument it describes")
            following = _marker_name(args[i + 1])
            if following is not None:
                raise _error(where, inst, f"{marker} (argument {i}) is followed by another "
                             f"marker, {following}",
                             "give each argument at most one marker, right before it")
            activity = MARKERS[marker]
            value = args[i + 1]
            i += 2
        else:
            if value.type.is_pointer:
                activity = ArgActivity.DUP
            elif _is_float_like(module, value.type):
                activity = ArgActivity.ACTIVE
            else:
                activity = ArgActivity.CONST
            i += 1
        label = f"argument {index} of @{target.name}"
        if activity.has_shadow:
            spelled = "enzyme_dupnoneed" if activity is ArgActivity.DUP_NONEED else "enzyme_dup"
            if not value.type.is_pointer:
                raise _error(where, inst, f"{spelled if marker else 'the default activity'} "
                             f"marks {label}, a {value.type}, as duplicated, but in reverse "
                             "mode only pointers have shadows",
                             "mark an active float with enzyme_out (or pass it without a "
                             "marker), and a constant with enzyme_const")
            if i >= len(args):
                raise _error(where, inst, f"the duplicated {label} has no shadow argument",
                             "pass the shadow pointer right after the pointer "
                             f"({spelled}, x, dx)")
            shadow = args[i]
            if _marker_name(shadow) is not None or not shadow.type.is_pointer:
                raise _error(where, inst, f"the shadow of the duplicated {label} is "
                             f"{'a marker' if _marker_name(shadow) else 'a ' + str(shadow.type)}"
                             ", not a pointer",
                             f"pass the shadow pointer right after the pointer ({spelled}, x, "
                             "dx), or mark a pointer without a shadow enzyme_const")
            shadows[index] = shadow
            i += 1
        elif activity is ArgActivity.ACTIVE and not _is_float_like(module, value.type):
            raise _error(where, inst, f"enzyme_out marks {label}, a {value.type}, as active, "
                         "but only floats (and structs or vectors of floats) can be",
                         "pass a pointer with enzyme_dup and its shadow, or mark the argument "
                         "enzyme_const")
        activities.append(activity)
        primals.append(value)
    params = target.function_type.params
    if len(primals) != len(params) and not (target.function_type.vararg
                                            and len(primals) > len(params)):
        summary = ", ".join(f"{a.value}:{v.type}" for a, v in zip(activities, primals))
        raise _error(where, inst, f"@{target.name} takes {len(params)} arguments "
                     f"({', '.join(map(str, params)) or 'none'}) but the call passes "
                     f"{len(primals)} ({summary or 'none'})",
                     "pass one primal argument per parameter; a duplicated pointer is followed "
                     "by its shadow, and each marker describes the one argument after it")
    if target.function_type.vararg:
        raise _error(where, inst, f"@{target.name} is variadic",
                     "differentiate a function with a fixed parameter list")
    for index, (value, param, activity) in enumerate(zip(primals, params, activities)):
        if value.type != param and _cast_opcode(value.type, param) is None:
            raise _error(where, inst, f"argument {index} of @{target.name} is a {param} but the "
                         f"call passes a {value.type}",
                         "pass a value of the parameter's type (floats passed through '...' "
                         "are promoted to double: declare a non-variadic prototype for "
                         "__enzyme_autodiff)")
        if activity is ArgActivity.ACTIVE and not _is_float_like(module, param):
            raise _error(where, inst, f"argument {index} of @{target.name} is a {param} and "
                         "cannot be active", "mark it enzyme_const")
    call = AutodiffCall(inst, target, activities, primals, shadows, sret,
                        sret_type if sret is not None else inst.type, where)
    _check_result(module, call)
    return call


def _cast_opcode(src, dst):
    if src == dst:
        return None
    if isinstance(src, T.IntType) and isinstance(dst, T.IntType):
        return "sext" if dst.bits > src.bits else "trunc"
    if isinstance(src, T.FloatType) and isinstance(dst, T.FloatType):
        return "fpext" if dst.bits > src.bits else "fptrunc"
    if src.is_pointer and dst.is_pointer:
        return "addrspacecast"
    return None


def _adjoint_leaves(module, call):
    out = []
    for value, param, activity in zip(call.primals, call.fn.function_type.params,
                                      call.activities):
        if activity is ArgActivity.ACTIVE:
            out += _float_leaves(module, param)
    return out


def _check_result(module, call):
    adjoints = _adjoint_leaves(module, call)
    ty = call.result_type
    if ty == T.VOID:
        return
    leaves = _float_leaves(module, ty)
    if leaves is None:
        raise _error(call.where, call.inst, f"the call returns {ty}, which cannot hold the "
                     "adjoints of the active arguments",
                     "declare __enzyme_autodiff to return void, a float type, or a struct of "
                     "floats with one field per active argument")
    if adjoints and len(leaves) != len(adjoints):
        raise _error(call.where, call.inst, f"the call returns {ty} ({len(leaves)} float "
                     f"field(s)) but @{call.fn.name} has {len(adjoints)} active float "
                     "argument value(s)",
                     "declare the return type with one float field per active argument "
                     "(in order), or change the markers")


# ------------------------------------------------------------------------------------------
# generating and rewriting

def _refuse_other_entry_points(module, source):
    for fn in module.functions:
        for inst in fn.instructions():
            if inst.opcode not in ("call", "invoke"):
                continue
            name = _callee_name(inst) or ""
            if FWDDIFF in name:
                raise _error(_location(module, inst, source), inst,
                             f"forward mode (@{name}) lowering is not available yet",
                             "use __enzyme_autodiff (reverse mode) for now, or remove the "
                             "__enzyme_fwddiff calls from this module")
            for entry in OTHER_ENTRY_POINTS:
                if entry in name:
                    raise _error(_location(module, inst, source), inst,
                                 f"@{name} ({entry}) is not supported by enzpy",
                                 "use __enzyme_autodiff (reverse mode, combined)")


def _ordered(calls):
    """Calls whose target contains no pending __enzyme_autodiff call come first (a target that
    itself calls __enzyme_autodiff is differentiated after those calls are lowered)."""
    from .ad.prepare import defined_callees
    pending = list(calls)
    out = []
    while pending:
        holders = {c.inst.function for c in pending}
        ready = []
        for call in pending:
            seen, work = set(), [call.fn]
            blocked = False
            while work:
                fn = work.pop()
                if fn in seen:
                    continue
                seen.add(fn)
                if fn in holders:
                    blocked = True
                    break
                work.extend(defined_callees(fn))
            if not blocked:
                ready.append(call)
        if not ready:
            call = pending[0]
            raise _error(call.where, call.inst, f"@{call.fn.name} calls __enzyme_autodiff on "
                         "itself (directly or through its callees)",
                         "differentiate a function that does not contain its own derivative")
        out += ready
        pending = [c for c in pending if c not in ready]
    return out


def _differentiate(module, call):
    from .ad.reverse import differentiate_reverse
    base = f"diffe_{call.fn.name}"
    name, k = base, 1
    while module.get_function(name) is not None:
        k += 1
        name = f"{base}.{k}"
    try:
        diffe = differentiate_reverse(module, call.fn.name, call.activities, name=name)
    except EnzpyError as exc:
        acts = ", ".join(a.value for a in call.activities)
        exc.args = (f"{call.where}: differentiating @{call.fn.name} ({acts}) for "
                    f"__enzyme_autodiff failed: {exc}",) + tuple(exc.args[1:])
        raise
    if not diffe.prefix:
        diffe.prefix = "internal"
    return diffe


def _return_active(fn):
    return isinstance(fn.return_type, T.FloatType)


def _rewrite(module, call, diffe):
    inst = call.inst
    b = Builder(before=inst)
    params = call.fn.function_type.params
    args = []
    for index, (value, param) in enumerate(zip(call.primals, params)):
        args.append(_convert(b, value, param))
        if index in call.shadows:
            args.append(_convert(b, call.shadows[index], param))
    if _return_active(call.fn):
        args.append(_float_const(call.fn.return_type, 1.0))
    expected = len(diffe.function_type.params)
    assert len(args) == expected, (len(args), expected, diffe.function_type)
    result = b.call(diffe, args, name=None if diffe.return_type == T.VOID else "adjoints")
    adjoints = []
    if diffe.return_type != T.VOID:
        for position in range(len(diffe.return_type.elements)):
            field_value = b.extractvalue(result, [position],
                                         result_type=diffe.return_type.elements[position])
            adjoints += _scalars(module, b, field_value)
    target = call.result_type
    value = None
    if target != T.VOID:
        leaves = iter(adjoints) if adjoints else None
        value = _build(module, b, target, leaves)
    if call.sret is not None:
        b.store(value, call.sret)
    if inst.opcode == "invoke":
        normal, unwind = inst.operands[-2:]
        for phi in unwind.phis:
            ops = phi.operands
            keep = [(ops[j], ops[j + 1]) for j in range(0, len(ops), 2)
                    if ops[j + 1] is not inst.parent]
            phi.drop_operands()
            for v, blk in keep:
                phi.add_incoming(v, blk)
        b.br(normal)
    if inst.type != T.VOID:
        inst.replace_all_uses_with(value if value is not None else Poison(inst.type))
    inst.erase()


_SPELLED = {("x86_fp80", 1.0): "0xK3FFF8000000000000000", ("x86_fp80", 0.0): "0xK" + "0" * 20,
            ("fp128", 1.0): "0xL00000000000000003FFF000000000000",
            ("fp128", 0.0): "0xL" + "0" * 32, ("bfloat", 1.0): "0xR3F80",
            ("bfloat", 0.0): "0xR0000", ("ppc_fp128", 1.0): "0xM3FF00000000000000000000000000000",
            ("ppc_fp128", 0.0): "0xM" + "0" * 32}


def _float_const(ty, value):
    """The constant 0.0 or 1.0 of float type ``ty`` (also the types Python floats cannot print)."""
    return ConstantFP(ty, value, spelling=_SPELLED.get((ty.kind, value)))


def _convert(b, value, ty):
    opcode = _cast_opcode(value.type, ty)
    return value if opcode is None else b.cast(opcode, value, ty)


def _scalars(module, b, value):
    """The float scalars of an adjoint value, in memory order."""
    ty = value.type
    if isinstance(ty, T.FloatType):
        return [value]
    if isinstance(ty, T.VectorType):
        return [b.extractelement(value, lane) for lane in range(ty.count)]
    if isinstance(ty, T.ArrayType):
        out = []
        for index in range(ty.count):
            out += _scalars(module, b, b.extractvalue(value, [index], result_type=ty.element))
        return out
    out = []
    for index, element in enumerate(_elements(module, ty)):
        out += _scalars(module, b, b.extractvalue(value, [index], result_type=element))
    return out


def _build(module, b, ty, leaves):
    """A value of ``ty`` (floats only) from the scalar iterator ``leaves`` (zeros if None)."""
    if isinstance(ty, T.FloatType):
        if leaves is None:
            return _float_const(ty, 0.0)
        return _convert(b, next(leaves), ty)
    if isinstance(ty, T.VectorType):
        vec = Poison(ty)
        for lane in range(ty.count):
            vec = b.insertelement(vec, _build(module, b, ty.element, leaves), lane)
        return vec
    if isinstance(ty, T.ArrayType):
        elements = [ty.element] * ty.count
    else:
        elements = _elements(module, ty)
    agg = Poison(ty)
    for index, element in enumerate(elements):
        agg = b.insertvalue(agg, _build(module, b, element, leaves), [index])
    return agg


def _marker_globals(module):
    names = set(MARKERS) | {WIDTH_MARKER} | set(UNSUPPORTED_MARKERS)
    return [gv for gv in module.globals if gv.name in names]


def _remove_dead_marker_loads(module):
    markers = set(_marker_globals(module))
    for fn in module.functions:
        for inst in list(fn.instructions()):
            if inst.opcode == "load" and _strip_casts(inst.operands[0]) in markers and \
                    not [u for u, _ in inst.uses if isinstance(u, Instruction)] and \
                    not inst.attrs.get("volatile"):
                inst.erase()


def _define_markers(module):
    """Give the declared marker globals a (weak) definition so the module links alone."""
    for gv in _marker_globals(module):
        if gv.initializer is None and isinstance(gv.value_type, T.IntType):
            words = [w for w in gv.prefix.split() if w not in ("external", "extern_weak")]
            gv.prefix = " ".join(["weak"] + words)
            gv.initializer = ConstantInt(gv.value_type, 0)
