"""Calls of callees with custom rules, and of inactive callees, in reverse and forward mode.

The generators call in here from their call handling (``ReverseGenerator._forward_calls`` and
``_rev_call``, ``ForwardGenerator._call``); each hook returns True when it handled the call.
The rules come from ``enzpy.rules.custom.custom_rules_of(module)``.

Reverse mode, pointer ABI: the forward sweep runs the primal call as it is; the reverse sweep
calls the vjp with the primal arguments as they were (looked up through the tape), the shadows,
the adjoint of the result and one zeroed slot per float argument, then adds the slots to the
arguments' adjoints.  The pointer ABI has no tape, so memory the vjp can read through a pointer
argument must still hold what the call left there when the reverse sweep runs: a pointer into
memory that something running after the call overwrites is refused, except a local variable
(an ``alloca`` of at most 256 bytes), whose contents after the call are cached and handed to
the vjp in a copy.  Enzyme's ABI: the forward sweep calls the augmented forward function instead
of the primal and keeps its tape (per loop iteration); the reverse sweep calls the reverse
function with it and adds the adjoints it returns.

Forward mode: the rule (the jvp, or Enzyme's forward function) is called once per vector lane,
right before the primal call, so it sees the primal's inputs; the primal call still runs.
"""

from ..errors import EnzpyError, NoDerivativeRule
from ..ir import types as T
from ..ir.builder import Builder, const, declare
from ..ir.nodes import Function, GlobalVariable, Instruction
from ..ir.printer import print_instruction
from ..ir.values import Constant, ConstantNull, Poison
from ..rules.custom import (ENZYME, POINTER, augmented_form, check_signature, custom_rules_of,
                            expected_type, float_leaves, tape_type)
from ..rules.registry import lookup as lookup_rule

__all__ = ["reverse_forward_call", "reverse_call", "forward_call", "is_inactive_callee"]

_SNAPSHOT_LIMIT = 256           # bytes of a local variable cached for a pointer-ABI vjp


def is_inactive_callee(module, callee):
    """True when calls of ``callee`` carry no derivative (marked inactive)."""
    return custom_rules_of(module).is_inactive(callee)


def _rule(gen, inst, mode):
    rule = custom_rules_of(gen.module).lookup(inst.callee)
    if rule is None or not rule.has(mode):
        return None
    for index, arg in enumerate(inst.args):
        if gen._needs_shadow(arg) and not arg.type.is_pointer:
            raise NoDerivativeRule(gen._where(
                inst, f"argument {index} of the call is an integer holding the address of memory "
                "that carries derivatives; a custom rule gets shadows only for pointer "
                "arguments:", "pass the address as a pointer (ptr) to the ruled function"))
    return rule


# -- reverse mode ----------------------------------------------------------------------------
def reverse_forward_call(gen, inst):
    """Forward sweep of a call: True when its callee is inactive or has a custom reverse rule
    (the generator then leaves the copied call alone); an active call with an Enzyme-ABI rule
    becomes a call of the augmented forward function, whose tape is kept for the reverse."""
    if is_inactive_callee(gen.module, inst.callee):
        return True
    rule = _rule(gen, inst, "reverse")
    if rule is None:
        return False
    if rule.abi == ENZYME and rule.like is None and gen.act.is_active_instruction(inst):
        _augmented_call(gen, inst, rule)
    return True


def _tapes(gen):
    return gen.__dict__.setdefault("custom_tapes", {})


def _augmented_call(gen, inst, rule):
    fnty = inst.attrs["callee_type"]
    augmented = _rule_function(gen, inst, rule, "augmented")
    fclone = gen.fwd[inst]
    b = Builder(before=fclone)
    args = []
    for arg in inst.args:
        value = gen.forward_value(arg)
        args.append(value)
        if not _is_fp(arg.type):
            args.append(_forward_shadow(gen, arg) if arg.type.is_pointer else value)
    result = b.call(augmented, args, name=(fclone.name + ".aug") if fclone.name else None)
    tape, primal, _ = augmented_form(fnty, augmented.function_type)
    if primal is not None:
        value = result if primal == -1 else b.extractvalue(result, [primal])
        fclone.replace_all_uses_with(value)
        gen.fwd[inst] = value
    if tape is not None:
        _tapes(gen)[inst] = result if tape == -1 else b.extractvalue(result, [tape])
    fclone.erase()


def _forward_shadow(gen, arg):
    return gen.shadow(arg) if gen._needs_shadow(arg) else ConstantNull(arg.type)


def reverse_call(gen, inst, rblock):
    """Reverse sweep of an active call: True when a custom reverse rule handled it."""
    rule = _rule(gen, inst, "reverse")
    if rule is None:
        return False
    if rule.like is not None:
        gen.rev_table_rule(inst, rblock, lookup_rule(rule.like))
    elif rule.abi == POINTER:
        _pointer_vjp(gen, inst, rblock, rule)
    else:
        _enzyme_reverse(gen, inst, rblock, rule)
    return True


def _reverse_shadow(gen, arg, rblock):
    return gen.shadow_lookup(arg, rblock) if gen._needs_shadow(arg) else ConstantNull(arg.type)


def _pointer_vjp(gen, inst, rblock, rule):
    fnty = inst.attrs["callee_type"]
    vjp = _rule_function(gen, inst, rule, "vjp")
    args, slots = [], []
    for index, arg in enumerate(inst.args):
        if arg.type.is_pointer:
            args.append(_vjp_pointer(gen, inst, index, rblock))
            args.append(_reverse_shadow(gen, arg, rblock))
        else:
            args.append(gen.lookup(arg, rblock))
    b = gen.builder_at(rblock)
    if _class(fnty.ret) == "float":
        args.append(gen.take_adjoint(b, inst) if gen._is_active(inst) else _zero(fnty.ret))
    for arg in inst.args:
        if _class(arg.type) == "float":
            slot = gen.rentry_builder.alloca(arg.type, name=_hint(arg, ".dslot"))
            b.store(_zero(arg.type), slot)
            args.append(slot)
            slots.append((arg, slot))
    b.call(vjp, args)
    for arg, slot in slots:
        if gen._is_active(arg):
            gen.add_adjoint(b, arg, b.load(arg.type, slot))


def _vjp_pointer(gen, inst, index, rblock):
    """The primal pointer argument ``index`` for the vjp: the pointer itself when no
    instruction running after the call overwrites its memory, else a copy of a small local
    variable's contents after the call; otherwise NoDerivativeRule."""
    arg = inst.args[index]
    writer = _overwritten_after(gen, inst, index)
    if writer is None:
        return gen.lookup(arg, rblock)
    size = gen.layout.size(arg.attrs["allocated_type"]) if isinstance(arg, Instruction) and \
        arg.opcode == "alloca" and not arg.operands else None
    if size is None or size > _SNAPSHOT_LIMIT:
        where = "the call itself, run again in a later loop iteration" if writer is inst \
            else f"`{print_instruction(writer).strip()}`"
        raise NoDerivativeRule(gen._where(
            inst, f"the custom vjp of the call below reads argument {index} through a pointer, "
            f"but that memory is overwritten after the call (by {where}), and the pointer ABI "
            "has no tape:",
            "register the rule Enzyme-style (an augmented forward function that saves what the "
            "reverse function needs in a tape, __enzyme_register_gradient), or pass the data "
            "in memory that is not overwritten later"))
    memo = gen.__dict__.setdefault("custom_snapshots", {})
    snapshot = memo.get((inst, index))
    if snapshot is None:
        ty = arg.attrs["allocated_type"]
        fcall = gen.fwd[inst]
        value = Builder(before=gen._after(fcall)).load(ty, gen.forward_value(arg),
                                                       name=_hint(arg, ".after"))
        snapshot = memo[(inst, index)] = (value, ty)
    value, ty = snapshot
    copy = gen.rentry_builder.alloca(ty, name=_hint(arg, ".copy"))
    cached = gen.tape.load_cached(value, inst.parent, rblock)
    gen.builder_at(rblock).store(cached, copy)
    return copy


def _enzyme_reverse(gen, inst, rblock, rule):
    fnty = inst.attrs["callee_type"]
    reverse = _rule_function(gen, inst, rule, "vjp")
    args = []
    for arg in inst.args:
        value = gen.lookup(arg, rblock)
        args.append(value)
        if not _is_fp(arg.type):
            args.append(_reverse_shadow(gen, arg, rblock) if arg.type.is_pointer else value)
    b = gen.builder_at(rblock)
    if _is_fp(fnty.ret):
        args.append(gen.take_adjoint(b, inst) if gen._is_active(inst) else _zero(fnty.ret))
    if len(reverse.function_type.params) == len(args) + 1:
        tape = _tapes(gen).get(inst)
        if tape is None:
            raise EnzpyError(f"internal: @{gen.fn.name}: no tape for the custom rule call "
                             f"{print_instruction(inst).strip()}")
        args.append(gen.tape.load_cached(tape, inst.parent, rblock))
    b = gen.builder_at(rblock)
    result = b.call(reverse, args)
    floats = [arg for arg in inst.args if _is_fp(arg.type)]
    for arg, adjoint in zip(floats, _regroup(b, result, [a.type for a in floats])):
        gen.add_adjoint(b, arg, adjoint)


def _overwritten_after(gen, inst, index):
    """An instruction that may run after ``inst`` and write memory that argument ``index`` of
    the call points to (``inst`` itself when it runs again in a loop with the same pointer and
    may write through it), or None."""
    arg = inst.args[index]
    if isinstance(arg, Constant) and not isinstance(arg, GlobalVariable):
        return None
    origins = gen.act.origins(arg)
    if not origins:
        return None
    from .reverse import _external
    external = any(_external(o) for o in origins)
    for writer in _after(gen, inst):
        if writer is inst:
            loop = gen.cfg.loop_of.get(inst.parent)
            varies = isinstance(arg, Instruction) and loop is not None and \
                arg.parent in loop.blocks
            if varies or _read_only_argument(inst, index):
                continue          # a fresh pointer each iteration, or one the call only reads
            written = set(origins)
        else:
            written = _written_by(gen, writer)
        if written & origins or external and gen._aliasing_write(written):
            return writer
    return None


def _after(gen, inst):
    """The instructions that may run after ``inst`` (``inst`` included when it is on a
    cycle)."""
    block, succs = inst.parent, gen.cfg.succs
    seen, work = set(), list(succs.get(block, ()))
    while work:
        b = work.pop()
        if b not in seen:
            seen.add(b)
            work.extend(succs.get(b, ()))
    out = []
    for b in gen.fn.blocks:
        if b in seen:
            out.extend(b.instructions)
        elif b is block:
            out.extend(block.instructions[block.index(inst) + 1:])
    return out


def _written_by(gen, inst):
    """The memory origins ``inst`` may write (conservative for unknown calls)."""
    from .reverse import _READ_ONLY_CALLS, _READ_ONLY_NAMES
    op, origins = inst.opcode, gen.act.origins
    if op == "store":
        return set(origins(inst.operands[1]))
    if op in ("atomicrmw", "cmpxchg"):
        return set(origins(inst.operands[0]))
    if op not in ("call", "invoke"):
        return set()
    name = inst.callee.name if isinstance(inst.callee, Function) else None
    if name is not None:
        if name.startswith(_READ_ONLY_CALLS) or name in _READ_ONLY_NAMES:
            return set()
        if name.startswith(("llvm.memcpy", "llvm.memmove", "llvm.memset")):
            return set(origins(inst.args[0]))
    out = set()
    for index, arg in enumerate(inst.args):
        if gen.activity.is_pointerish(arg) and not _read_only_argument(inst, index):
            out |= origins(arg)
    return out


def _read_only_argument(inst, index):
    """True when the call (or its callee's declaration) marks the argument readonly/readnone."""
    attrs = inst.attrs.get("arg_attrs") or []
    text = attrs[index] if index < len(attrs) else ""
    callee = inst.callee
    if isinstance(callee, Function) and index < len(callee.args):
        text += " " + callee.args[index].attrs
    return bool({"readonly", "readnone"} & set(text.split()))


# -- forward mode ----------------------------------------------------------------------------
def forward_call(gen, inst, b, clone):
    """Tangents of a call: True when its callee is inactive (no tangent) or has a custom
    forward rule, which is then called per lane right before the primal call ``clone`` (a rule
    borrowed from the rule table emits its tangent code at ``b``, after the call)."""
    if is_inactive_callee(gen.module, inst.callee):
        return True
    rule = _rule(gen, inst, "forward")
    if rule is None:
        return False
    if not (gen._is_active(inst) or gen.act.is_active_instruction(inst)):
        return True
    if rule.like is not None:
        gen.table_tangents(inst, b, clone, lookup_rule(rule.like))
        return True
    b = Builder(before=clone)
    fnty = inst.attrs["callee_type"]
    jvp = _rule_function(gen, inst, rule, "jvp")
    lanes = []
    for k in range(gen.width):
        args = []
        for arg in inst.args:
            args.append(gen.value(arg))
            if arg.type.is_pointer:
                args.append(gen.shadow(arg, k) if gen._needs_shadow(arg)
                            else ConstantNull(arg.type))
            elif rule.abi == ENZYME and not _is_fp(arg.type):
                args.append(gen.value(arg))
            elif rule.abi == ENZYME:
                args.append(gen.tangent(arg, k))
        if rule.abi == POINTER:
            args += [gen.tangent(arg, k) for arg in inst.args if _class(arg.type) == "float"]
        result = b.call(jvp, args)
        if _is_fp(fnty.ret) and jvp.return_type != fnty.ret:
            result = b.extractvalue(result, [1])        # Enzyme's { primal, tangent }
        lanes.append(result)
    if _class(fnty.ret) == "float":
        gen.tan[inst] = lanes
    return True


# -- shared ----------------------------------------------------------------------------------
def _rule_function(gen, inst, rule, kind):
    """The ``kind`` function of ``rule`` for this call: the module's function (its signature
    checked against the call's function type once), or a declaration of the pointer-ABI type
    that the JIT binds to an external symbol."""
    name = getattr(rule, kind)
    fnty = inst.attrs["callee_type"]
    module = gen.module
    fn = module.get_function(name)
    checked = module.__dict__.setdefault("custom_rules_checked", set())
    try:
        if fn is None:
            if rule.abi == ENZYME:
                raise EnzpyError(f"the {kind} function @{name} of {rule.describe()} is not in "
                                 "the module")
            expected = expected_type(fnty, kind)
            check_signature(fnty, expected, kind, POINTER, rule.describe(), f"@{name}")
            return declare(module, name, expected)
        key = (name, kind, fnty)
        if key not in checked:
            tape = None
            if kind == "vjp" and rule.abi == ENZYME:
                tape = tape_type(fnty, module.get_function(rule.augmented).function_type)
            check_signature(fnty, fn.function_type, kind, rule.abi, rule.describe(),
                            f"@{name}", tape)
            checked.add(key)
        return fn
    except EnzpyError as exc:
        raise NoDerivativeRule(gen._where(inst, "the custom rule does not fit the call",
                                          str(exc))) \
            from None


def _class(ty):
    from ..rules.custom import _class as classify_type
    return classify_type(ty)


def _is_fp(ty):
    return isinstance(ty.scalar, T.FloatType)


def _zero(ty):
    from .reverse import _positive_zero
    return const(ty, 0.0) if isinstance(ty, T.FloatType) else _positive_zero(ty)


def _hint(value, suffix):
    return value.name + suffix if getattr(value, "name", None) else None


def _regroup(b, value, types):
    """The values of ``types`` (floats or float vectors) whose scalar leaves are, in order, the
    scalar float leaves of ``value`` (a float, or a struct, array or vector of floats)."""
    if len(types) == 1 and value.type == types[0]:
        return [value]
    if isinstance(value.type, T.StructType) and list(value.type.elements) == list(types):
        return [b.extractvalue(value, [k]) for k in range(len(types))]
    leaves = []
    _leaves(b, value, value.type, [], leaves)
    out, at = [], 0
    for ty in types:
        n = len(float_leaves(ty))
        if isinstance(ty, T.VectorType):
            vec = Poison(ty)
            for k in range(n):
                vec = b.insertelement(vec, leaves[at + k], k)
            out.append(vec)
        else:
            out.append(leaves[at])
        at += n
    return out


def _leaves(b, value, ty, path, out):
    if isinstance(ty, T.FloatType):
        out.append(b.extractvalue(value, path) if path else value)
    elif isinstance(ty, T.VectorType):
        vec = b.extractvalue(value, path) if path else value
        out.extend(b.extractelement(vec, k) for k in range(ty.count))
    elif isinstance(ty, T.StructType):
        for k, element in enumerate(ty.elements):
            _leaves(b, value, element, path + [k], out)
    elif isinstance(ty, T.ArrayType):
        for k in range(ty.count):
            _leaves(b, value, ty.element, path + [k], out)
