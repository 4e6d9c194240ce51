"""Enzyme's call interface: lower ``__enzyme_autodiff`` / ``__enzyme_fwddiff`` call sites.

Programs written for Enzyme declare the entry points (any return type, any name that contains
``__enzyme_autodiff`` or ``__enzyme_fwddiff``: ``__enzyme_autodiff_f``, a C++ mangled template,
an ``asm`` label) and the marker ints ``enzyme_dup``, ``enzyme_dupnoneed``, ``enzyme_out``,
``enzyme_const``, ``enzyme_width`` themselves, and call

    double dw = __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_out, w, enzyme_const, n);
    double dy = __enzyme_fwddiff((void *)f, enzyme_dup, x, dx, enzyme_dup, w, 1.0, enzyme_const, n);

``lower(text)`` returns the module in which every such call is a call of the generated
``diffe_<f>`` (reverse mode) or ``fwddiffe_<f>`` / ``fwddiffe<N>_<f>`` (forward mode, vector
width N) and the result is adapted to the declared return type of the call. One parser serves
both modes (``_parse_call``):

* a marker is an argument that is the value of a load of the global ``@enzyme_*`` (or the
  global itself, or its ``ptrtoint``); it describes the argument after it:
  ``enzyme_dup`` / ``enzyme_dupnoneed`` (a pointer, then its shadow; in forward mode also a
  float, then its tangent), ``enzyme_out`` (reverse mode: an active float whose adjoint is
  returned), ``enzyme_const``; ``enzyme_width, N`` (forward mode; anywhere among the markers)
  sets the vector width: each shadow or tangent is then N consecutive arguments;
* without a marker: a pointer is duplicated (the next argument is its shadow), a float is
  active (reverse) or followed by its tangent (forward), anything else is constant;
* reverse: the adjoints of the active arguments, in order, are the call's result; a float
  return of ``f`` is seeded with 1.0. Forward: the tangent of ``f``'s float return (N of them
  in vector mode) is the call's result. Either is adapted to the declared type: a float, a
  struct (or array, or vector) of floats filled field by field, stored through an ``sret``
  pointer, or dropped when the call returns void.

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

__all__ = ["lower", "find_autodiff_calls", "AutodiffCall", "MARKERS", "REVERSE", "FORWARD"]

AUTODIFF = "__enzyme_autodiff"
FWDDIFF = "__enzyme_fwddiff"
REVERSE, FORWARD = "reverse", "forward"

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
    """One parsed ``__enzyme_autodiff`` (reverse) or ``__enzyme_fwddiff`` (forward) call."""
    inst: Instruction
    fn: Function
    activities: list
    primals: list                       # the primal argument values, one per parameter of fn
    shadows: dict = field(default_factory=dict)    # parameter index -> [shadow or tangent] * width
    sret: object = None                 # the sret pointer the result is stored through
    result_type: object = T.VOID        # the type the caller expects (the sret type if sret)
    where: str = ""
    mode: str = REVERSE                 # REVERSE or FORWARD
    width: int = 1                      # the vector width (enzyme_width; forward mode)
    entry: str = AUTODIFF               # the called entry point, as declared
    spans: list = field(default_factory=list)   # parameter index -> (first, end) positions
    #                                     of its marker, value and shadows among inst.args

    @property
    def key(self):
        return (self.mode, self.width, self.fn.name, tuple(self.activities))


def lower(text, source="<string>", custom=None):
    """Return ``text`` (LLVM IR) with every ``__enzyme_autodiff`` and ``__enzyme_fwddiff`` call
    replaced by a call of the generated derivative; see the module docstring for the
    conventions.  Custom rules come from the module's ``__enzyme_register_gradient_*`` /
    ``__enzyme_register_derivative_*`` / ``__enzyme_inactivefn`` globals and from ``custom``
    (an ``enzpy.rules.custom.CustomRules``)."""
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

    # 2. prepare once for every target, generate one derivative per signature, rewrite.
    #    A target that itself calls an entry point (forward over reverse: a Hessian-vector
    #    product) waits until those inner calls are lowered; its module is then prepared
    #    again, which inlines the generated inner derivative into it, so that the outer AD
    #    sees one function, as it does for ordinary callees.
    module = prepare(str(text), targets, source=source, custom=custom)
    derivatives = {}        # call.key -> name of the generated derivative
    while True:
        calls = find_autodiff_calls(module, source)
        if not calls:
            break
        wrappers = _specialize_function_arguments(module, calls)
        if wrappers:        # inline the target, and then the function, into each wrapper
            module = prepare(str(module), wrappers, source=source, custom=custom)
            continue
        ready = _ready(calls)
        for call in ready:
            diffe = module.get_function(derivatives.get(call.key, ""))
            if diffe is None:
                diffe = _differentiate(module, call)
                derivatives[call.key] = diffe.name
            _rewrite(module, call, diffe)
        later = [c.fn.name for c in calls if c not in ready]
        if not later:
            break
        module = prepare(str(module), list(dict.fromkeys(later)), source=source, custom=custom)
    _remove_dead_marker_loads(module)
    _define_markers(module)
    return str(module)


def _mode_of(name):
    """REVERSE or FORWARD for an entry-point name, None for other functions."""
    if not name:
        return None
    if AUTODIFF in name:
        return REVERSE
    if FWDDIFF in name:
        return FORWARD
    return None


def find_autodiff_calls(module, source="<string>"):
    """The parsed ``__enzyme_autodiff`` and ``__enzyme_fwddiff`` calls of an ``enzpy.ir``
    Module, in module order (``call.mode`` tells them apart)."""
    out = []
    for fn in module.functions:
        for inst in fn.instructions():
            if inst.opcode in ("call", "invoke") and _mode_of(_callee_name(inst)):
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


def _parse_width(where, inst, args, start, mode):
    """The vector width set by ``enzyme_width, N`` among ``args[start:]`` (1 without it).
    Like Enzyme, the marker may stand anywhere a marker may and applies to the whole call."""
    width, seen = 1, False
    for i in range(start, len(args)):
        if _marker_name(args[i]) != WIDTH_MARKER:
            continue
        if seen:
            raise _error(where, inst, "enzyme_width is given twice",
                         "give the vector width once, before the first argument")
        seen = True
        value = args[i + 1] if i + 1 < len(args) else None
        if not isinstance(value, ConstantInt) or value.value < 1:
            got = "nothing" if value is None else \
                f"the constant {value.value}" if isinstance(value, ConstantInt) else \
                "a value that is not a constant integer"
            raise _error(where, inst, f"enzyme_width must be followed by a constant integer "
                         f"of at least 1, but it is followed by {got}",
                         "write the width as a literal: enzyme_width, 2")
        width = value.value
    if width != 1 and mode == REVERSE:
        raise _error(where, inst, "enzyme_width (vector mode) is not available in "
                     "enzpy's reverse-mode lowering",
                     "call __enzyme_autodiff once per direction (width 1), or use "
                     "__enzyme_fwddiff with enzyme_width")
    return width


def _parse_call(module, inst, source):
    """Parse one call of an entry point; the mode (reverse for ``__enzyme_autodiff``, forward
    for ``__enzyme_fwddiff``) decides what a float argument means and what the call returns."""
    where = _location(module, inst, source)
    name = _callee_name(inst)
    mode = _mode_of(name)
    forward = mode == FORWARD
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
                     f"pass the function itself, e.g. {name}((void *)f, ...), not a "
                     "function pointer computed at run time")
    if target.is_declaration:
        raise _error(where, inst, f"@{target.name} is only declared in this module",
                     f"define @{target.name} in the same translation unit (or llvm-link the "
                     "modules first) so that enzpy can differentiate its body")
    width = _parse_width(where, inst, args, start + 1, mode)
    activities, primals, shadows, spans = [], [], {}, []
    i = start + 1
    while i < len(args):
        value = args[i]
        marker = _marker_name(value)
        if marker == WIDTH_MARKER:
            i += 2
            continue
        first = i
        if marker in UNSUPPORTED_MARKERS:
            raise _error(where, inst, f"the marker {marker} is not supported by enzpy",
                         "use only enzyme_dup, enzyme_dupnoneed, enzyme_const, enzyme_width "
                         "and (reverse mode) enzyme_out")
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
            if forward and activity is ArgActivity.ACTIVE:
                raise _error(where, inst, "enzyme_out is a reverse-mode marker: in forward "
                             "mode a float is followed by its tangent",
                             "write enzyme_dup, x, dx (or x, dx without a marker) for a "
                             "float with a tangent, enzyme_const, x for one without")
            value = args[i + 1]
            i += 2
        else:
            if value.type.is_pointer:
                activity = ArgActivity.DUP
            elif _is_float_like(module, value.type):
                activity = ArgActivity.DUP if forward else ArgActivity.ACTIVE
            else:
                activity = ArgActivity.CONST
            i += 1
        label = f"argument {index} of @{target.name}"
        if activity.has_shadow:
            spelled = "enzyme_dupnoneed" if activity is ArgActivity.DUP_NONEED else "enzyme_dup"
            by = spelled if marker else "the default activity"
            is_float = _is_float_like(module, value.type)
            if not value.type.is_pointer and not (forward and is_float):
                if forward:
                    raise _error(where, inst, f"{by} marks {label}, a {value.type}, as "
                                 "duplicated, but only pointers (shadows) and floats "
                                 "(tangents) have derivatives",
                                 "mark the argument enzyme_const")
                raise _error(where, inst, f"{by} marks {label}, a {value.type}, as "
                             "duplicated, but in reverse mode only pointers have shadows",
                             "mark an active float with enzyme_out (or pass it without a "
                             "marker), and a constant with enzyme_const")
            what = "shadow" if value.type.is_pointer else "tangent"
            example = f"{spelled}, x, " + ", ".join(
                f"d{what[0]}x{k if width > 1 else ''}" for k in range(width))
            lanes = []
            for k in range(width):
                nth = f" {k + 1} of {width}" if width > 1 else ""
                if i >= len(args):
                    raise _error(where, inst, f"the duplicated {label} has no {what}{nth} "
                                 "argument",
                                 f"pass {'the' if width == 1 else width} {what}"
                                 f"{'' if width == 1 else 's'} right after the "
                                 f"{'pointer' if what == 'shadow' else 'float'} ({example})")
                shadow = args[i]
                bad = None
                if _marker_name(shadow) is not None:
                    bad = "a marker"
                elif what == "shadow" and not shadow.type.is_pointer:
                    bad = f"a {shadow.type}, not a pointer"
                elif what == "tangent" and _cast_opcode(shadow.type, value.type) is None \
                        and shadow.type != value.type:
                    bad = f"a {shadow.type}, not a {value.type}"
                if bad:
                    fix = f"pass the {what} right after the argument ({example})"
                    if what == "shadow":
                        fix += ", or mark a pointer without a shadow enzyme_const"
                    raise _error(where, inst, f"the {what}{nth} of the duplicated {label} is "
                                 f"{bad}", fix)
                lanes.append(shadow)
                i += 1
            shadows[index] = lanes
            if forward and not (activity is ArgActivity.DUP_NONEED and value.type.is_pointer):
                activity = ArgActivity.DUP      # forward mode: a float's tangent, dup or not
        elif activity is ArgActivity.ACTIVE and not _is_float_like(module, value.type):
            raise _error(where, inst, f"enzyme_out marks {label}, a {value.type}, as active, "
                         "but only floats (and structs or vectors of floats) can be",
                         "pass a pointer with enzyme_dup and its shadow, or mark the argument "
                         "enzyme_const")
        activities.append(activity)
        primals.append(value)
        spans.append((first, i))
    params = target.function_type.params
    if len(primals) != len(params) and not (target.function_type.vararg
                                            and len(primals) > len(params)):
        summary = ", ".join(f"{a.value}:{v.type}" for a, v in zip(activities, primals))
        raise _error(where, inst, f"@{target.name} takes {len(params)} arguments "
                     f"({', '.join(map(str, params)) or 'none'}) but the call passes "
                     f"{len(primals)} ({summary or 'none'})",
                     "pass one primal argument per parameter; a duplicated argument is "
                     f"followed by its {'shadow or tangent' if forward else 'shadow'}"
                     f"{' (width of them)' if width > 1 else ''}, and each marker describes "
                     "the one argument after it")
    if target.function_type.vararg:
        raise _error(where, inst, f"@{target.name} is variadic",
                     "differentiate a function with a fixed parameter list")
    for index, (value, param, activity) in enumerate(zip(primals, params, activities)):
        for passed, what in [(value, "")] + [(s, " (its shadow or tangent)")
                                             for s in shadows.get(index, ())]:
            if passed.type != param and _cast_opcode(passed.type, param) is None:
                raise _error(where, inst, f"argument {index} of @{target.name} is a {param} "
                             f"but the call passes a {passed.type}{what}",
                             "pass a value of the parameter's type (floats passed through "
                             "'...' are promoted to double: declare a non-variadic prototype "
                             f"for {name})")
        if activity is ArgActivity.ACTIVE and not _is_float_like(module, param):
            raise _error(where, inst, f"argument {index} of @{target.name} is a {param} and "
                         "cannot be active", "mark it enzyme_const")
        if forward and index in shadows and not param.is_pointer and \
                not _is_float_like(module, param):
            raise _error(where, inst, f"argument {index} of @{target.name} is a {param} and "
                         "has no tangent", "mark it enzyme_const")
    call = AutodiffCall(inst, target, activities, primals, shadows, sret,
                        sret_type if sret is not None else inst.type, where, mode, width, name,
                        spans)
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


def _result_leaves(module, call):
    """The float scalars the derivative returns, in order: the adjoints of the active
    arguments (reverse), or ``width`` times the float leaves of the tangent of a float return
    (forward)."""
    if call.mode == FORWARD:
        return (_float_leaves(module, call.fn.return_type) or []) * call.width
    out = []
    for value, param, activity in zip(call.primals, call.fn.function_type.params,
                                      call.activities):
        if activity is ArgActivity.ACTIVE:
            out += _float_leaves(module, param)
    return out


def _check_result(module, call):
    results = _result_leaves(module, call)
    ty = call.result_type
    if ty == T.VOID:
        return
    forward = call.mode == FORWARD
    what = "the tangent of the return value" if forward else \
        "the adjoints of the active arguments"
    leaves = _float_leaves(module, ty)
    if leaves is None:
        raise _error(call.where, call.inst, f"the call returns {ty}, which cannot hold {what}",
                     f"declare {call.entry} to return void, a float type, or a struct of "
                     "floats with " + ("one field per tangent (width of them)" if forward
                                       else "one field per active argument"))
    if results and len(leaves) != len(results):
        if forward:
            raise _error(call.where, call.inst, f"the call returns {ty} ({len(leaves)} float "
                         f"field(s)) but the tangent of @{call.fn.name}'s return value has "
                         f"{len(results)} float value(s) (width {call.width})",
                         "declare the return type with one float field per tangent: the "
                         "return type of the function, or a struct of width of them")
        raise _error(call.where, call.inst, f"the call returns {ty} ({len(leaves)} float "
                     f"field(s)) but @{call.fn.name} has {len(results)} active float "
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
            if _mode_of(name):
                continue
            for entry in OTHER_ENTRY_POINTS:
                if entry in name:
                    raise _error(_location(module, inst, source), inst,
                                 f"@{name} ({entry}) is not supported by enzpy",
                                 "use __enzyme_autodiff (reverse mode, combined) or "
                                 "__enzyme_fwddiff (forward mode)")


def _constant_function(value):
    """The function a constant argument is (through casts), or None."""
    value = _strip_casts(value)
    return value if isinstance(value, Function) else None


def _specialize_function_arguments(module, calls):
    """Give each call that passes a function as an ``enzyme_const`` argument (a callback: an
    integrand, a right-hand side, a loss) a target with that argument fixed: a wrapper
    ``@<f>.<g>`` without the parameter that calls ``f`` with ``@g``, which preparation then
    inlines, so that the calls through the parameter become direct calls of ``g``.  The
    entry-point call is rewritten to differentiate the wrapper (its marker and argument
    removed).  Returns the names of the new wrappers (none: nothing to do)."""
    made = []
    for call in calls:
        fixed = {index: fn for index, (value, activity) in
                 enumerate(zip(call.primals, call.activities))
                 if activity is ArgActivity.CONST
                 and (fn := _constant_function(value)) is not None
                 and call.fn.function_type.params[index].is_pointer}
        if not fixed or call.inst.opcode != "call":
            continue
        wrapper, created = _wrapper(module, call.fn, fixed)
        if created:
            made.append(wrapper.name)
        inst = call.inst
        drop = {k for index in fixed for k in range(*call.spans[index])}
        start = 1 if call.sret is not None else 0
        keep = [k for k in range(len(inst.args)) if k not in drop]
        args = [wrapper if k == start else inst.args[k] for k in keep]
        fnty = inst.attrs["callee_type"]
        if not fnty.vararg:
            fnty = T.FunctionType(fnty.ret, tuple(a.type for a in args))
        attrs = inst.attrs.get("arg_attrs") or [""] * len(inst.args)
        new = Builder(before=inst).call(inst.callee, args, function_type=fnty,
                                        tail=inst.attrs.get("tail"),
                                        arg_attrs=[attrs[k] for k in keep],
                                        fn_attrs=inst.attrs.get("fn_attrs", ""))
        if inst.type != T.VOID:
            new.name = inst.name
            inst.replace_all_uses_with(new)
        for kind, ref in inst.metadata:
            new.metadata.append((kind, ref))
        inst.erase()
    return made


def _wrapper(module, fn, fixed):
    """``@<fn>.<g>...``: ``fn`` with the parameters in ``fixed`` (index -> function) bound;
    and whether it was made now."""
    from .ad.prepare import copy_target_attributes
    name = ".".join([fn.name] + [g.name for _, g in sorted(fixed.items())])
    wrapper = module.get_function(name)
    if wrapper is not None:
        return wrapper, False
    params = [t for k, t in enumerate(fn.function_type.params) if k not in fixed]
    wrapper = module.add_function(Function(name, T.FunctionType(fn.return_type, tuple(params)),
                                           prefix="internal"))
    copy_target_attributes(module, fn, wrapper)
    b = Builder(wrapper.append_block("entry"))
    free = iter(wrapper.args)
    args = [fixed[k] if k in fixed else next(free) for k in range(len(fn.args))]
    result = b.call(fn, args, name=None if fn.return_type == T.VOID else "result")
    b.ret(None if fn.return_type == T.VOID else result)
    return wrapper, True


def _ready(calls):
    """The calls whose target contains no pending entry-point call (directly or through its
    callees); the others wait until these are lowered (forward over reverse, reverse over
    reverse, ...)."""
    from .ad.prepare import defined_callees
    holders = {c.inst.function for c in calls}
    ready = []
    for call in calls:
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
        call = calls[0]
        raise _error(call.where, call.inst, f"@{call.fn.name} calls {call.entry} on "
                     "itself (directly or through its callees)",
                     "differentiate a function that does not contain its own derivative")
    return ready


def _differentiate(module, call):
    from .ad.forward import differentiate_forward
    from .ad.reverse import differentiate_reverse
    if call.mode == FORWARD:
        base = f"fwddiffe_{call.fn.name}" if call.width == 1 else \
            f"fwddiffe{call.width}_{call.fn.name}"
    else:
        base = f"diffe_{call.fn.name}"
    name, k = base, 1
    while module.get_function(name) is not None:
        k += 1
        name = f"{base}.{k}"
    try:
        if call.mode == FORWARD:
            diffe = differentiate_forward(module, call.fn.name, call.activities,
                                          width=call.width, name=name)
        else:
            diffe = differentiate_reverse(module, call.fn.name, call.activities, name=name)
    except EnzpyError as exc:
        acts = ", ".join(a.value for a in call.activities)
        width = f", width {call.width}" if call.width > 1 else ""
        exc.args = (f"{call.where}: differentiating @{call.fn.name} ({acts}{width}) for "
                    f"{call.entry} failed: {exc}",) + tuple(exc.args[1:])
        raise
    if not diffe.prefix:
        diffe.prefix = "internal"
    return diffe


def _return_active(fn):
    return isinstance(fn.return_type, T.FloatType)


def _rewrite(module, call, diffe):
    """Replace the call by a call of ``diffe``: each primal argument, its shadows or tangents
    (``width`` of them), the seed of an active float return (reverse mode); then the float
    scalars the derivative returns are packed into the type the call was declared with."""
    inst = call.inst
    b = Builder(before=inst)
    params = call.fn.function_type.params
    args = []
    for index, (value, param) in enumerate(zip(call.primals, params)):
        args.append(_convert(b, value, param))
        for shadow in call.shadows.get(index, ()):
            args.append(_convert(b, shadow, param))
    if call.mode == REVERSE and _return_active(call.fn):
        args.append(_float_const(call.fn.return_type, 1.0))
    expected = len(diffe.function_type.params)
    assert len(args) == expected, (len(args), expected, diffe.function_type)
    result = b.call(diffe, args,
                    name=None if diffe.return_type == T.VOID else
                    "tangents" if call.mode == FORWARD else "adjoints")
    scalars = [] if diffe.return_type == T.VOID else _scalars(module, b, result)
    target = call.result_type
    value = None
    if target != T.VOID:
        leaves = iter(scalars) if scalars else None
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
