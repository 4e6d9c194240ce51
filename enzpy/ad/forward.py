"""Forward mode and vector forward mode: generate ``fwddiffe_<f>``.

The generated function takes each primal argument followed, when it is differentiated, by
``width`` tangents (a float) or ``width`` shadow pointers (a pointer; the shadow memory holds
the tangents of the floats in it).  It returns the tangent of the result: a value for width 1,
an array ``[width x T]`` otherwise; with ``return_primal`` a struct ``{ primal, tangent }``.

Each primal instruction is copied and followed by its tangent code, lane by lane: ``width``
tangents are propagated in one pass, which gives exactly what ``width`` separate passes give
and leaves LLVM's SLP vectoriser free to fuse the lanes.  Tangents come from the same rule
table as reverse mode (``sum of partial * argument tangent`` unless a row overrides it).
Memory is mirrored by shadows (allocations get zeroed shadow allocations, frees free both).
"""

from ..analysis.activity import ActivityAnalysis, ArgActivity
from ..analysis.pointsto import is_inactive_call
from ..analysis.typeanalysis import KNOWN_ALLOCATORS, TypeAnalysis
from ..errors import ActivityError, EnzpyError, NoDerivativeRule
from ..gcpause import gc_paused
from ..ir import types as T
from ..ir.builder import Builder, declare
from ..ir.layout import DataLayout
from ..ir.nodes import Function, GlobalVariable, Instruction
from ..ir.printer import print_instruction
from ..ir.values import (Argument, Constant, ConstantExpr, ConstantInt, ConstantNull,
                         MetadataOperand, Poison)
from ..rules.emitter import Emitter, Lazy
from ..rules.registry import ZERO, lookup as lookup_rule, lookup_instruction
from .blas import NUMBA_LINALG, forward_blas_call
from .lapack import LAPACK_HELPERS, forward_lapack_call
from .custom_calls import forward_call
from .noneed import unneeded_primal_writes
from .reverse import _clone, _clone_metadata, _debug_line, _float_like, _positive_zero, _suffix
from .prepare import copy_target_attributes
from .shadows import memset_zero, null_shadow, shadow_constant, shadow_global
from .tape import _copy_attrs

__all__ = ["ForwardGenerator", "differentiate_forward"]

_FREES = ("free", "_ZdlPv", "_ZdaPv", "NRT_Free", "__enzpy_shadow_free")
_POINTER_OPS = ("getelementptr", "bitcast", "addrspacecast", "freeze", "inttoptr", "ptrtoint",
                "select", "add", "sub", "and", "or", "extractvalue", "phi")


@gc_paused
def differentiate_forward(module, fn_name, activities, width=1, return_primal=False,
                          arg_trees=None, name=None):
    """Add ``fwddiffe_<fn_name>`` (vector width ``width``) to a prepared module; return it."""
    fn = module.get_function(fn_name)
    return ForwardGenerator(module, fn, activities, width, return_primal, arg_trees,
                            name).generate()


class ForwardGenerator:
    """Builds the forward-mode derivative of one function; see the module docstring."""

    def __init__(self, module, fn, activities, width=1, return_primal=False, arg_trees=None,
                 name=None):
        if width < 1:
            raise ActivityError(f"the vector width must be at least 1, not {width}")
        self.module, self.fn, self.width = module, fn, width
        acts = [a if isinstance(a, ArgActivity) else ArgActivity.parse(a) for a in activities]
        if len(acts) != len(fn.args):
            raise ActivityError(f"@{fn.name} takes {len(fn.args)} arguments but "
                                f"{len(acts)} activities were given")
        # in forward mode a differentiated float carries a tangent: Active and Duplicated
        # mean the same thing for it
        self.activities = []
        for index, (arg, act) in enumerate(zip(fn.args, acts)):
            if act is not ArgActivity.CONST and arg.type.is_pointer:
                if act is not ArgActivity.DUP_NONEED:
                    act = ArgActivity.DUP
            elif act is not ArgActivity.CONST:
                if not _float_like(arg.type):
                    raise ActivityError(f"argument {index} of @{fn.name} has type {arg.type} "
                                        "and has no tangent: pass it Const")
                act = ArgActivity.ACTIVE
            self.activities.append(act)
        self.return_primal = return_primal and fn.return_type != T.VOID
        self.return_tangent = _has_float(fn.return_type)
        self.name = name or (f"fwddiffe_{fn.name}" if width == 1 else
                             f"fwddiffe{width}_{fn.name}")
        self.layout = DataLayout.of(module)
        self.types = TypeAnalysis(module, self.layout).analyze(fn, arg_trees or {})
        self.activity = ActivityAnalysis(fn, self.activities, self.return_tangent, self.types)
        self.act = self.activity.run()
        self.fwd, self.tan, self.shadows = {}, {}, {}
        self.pending_phis = []
        self.unneeded = unneeded_primal_writes(fn, self.activities, self.act.origins)

    # -- signature ----------------------------------------------------------------------------
    def _tangent_result_type(self):
        ty = self.fn.return_type
        return ty if self.width == 1 else T.ArrayType(self.width, ty)

    def generate(self):
        fn, width = self.fn, self.width
        params, names = [], []
        for index, (arg, act) in enumerate(zip(fn.args, self.activities)):
            params.append(arg.type)
            names.append(arg.name)
            if act is not ArgActivity.CONST:
                base = arg.name or f"arg{index}"
                suffix = ".shadow" if arg.type.is_pointer else ".tan"
                for k in range(width):
                    params.append(arg.type)
                    names.append(base + suffix + (str(k) if width > 1 else ""))
        results = []
        if self.return_primal:
            results.append(fn.return_type)
        if self.return_tangent:
            results.append(self._tangent_result_type())
        if len(results) == 1:
            ret = results[0]
        else:
            ret = T.StructType(tuple(results)) if results else T.VOID
        if self.module.get_function(self.name) is not None:
            raise EnzpyError(f"the module already has a function @{self.name}")
        self.out = self.module.add_function(Function(self.name, T.FunctionType(ret,
                                                                              tuple(params)),
                                                     names))
        args = iter(self.out.args)
        for arg, act in zip(fn.args, self.activities):
            self.fwd[arg] = next(args)
            if act is not ArgActivity.CONST:
                lanes = [next(args) for _ in range(width)]
                (self.shadows if arg.type.is_pointer else self.tan)[arg] = lanes
        copy_target_attributes(self.module, fn, self.out)
        entry = self.out.append_block("entry")
        self.entry_builder = Builder(entry)
        for block in fn.blocks:
            self.fwd[block] = self.out.append_block(block.name)
        self.entry_builder.br(self.fwd[fn.entry])
        reachable = self._rpo()
        for block in reachable:
            for inst in block.instructions:
                self._instruction(inst)
        for block in fn.blocks:
            if block not in reachable:
                Builder(self.fwd[block]).unreachable()
            elif block.phis:
                for phi in block.phis:
                    self._remap(self.fwd[phi])
        for inst, lanes in self.pending_phis:
            for k, phi in enumerate(lanes):
                for value, block in inst.incoming:
                    phi.add_incoming(self._lane(value, k, inst), self.fwd[block])
        return self.out

    def _rpo(self):
        from ..analysis.cfg import CFG
        return CFG(self.fn).rpo

    # -- values ---------------------------------------------------------------------------------
    def value(self, v):
        if isinstance(v, (Constant, GlobalVariable, Function)):
            return v
        return self.fwd[v]

    def _is_active(self, v):
        return isinstance(v, (Instruction, Argument)) and not self.activity.is_pointerish(v) \
            and self.act.is_active_value(v)

    def _needs_shadow(self, v):
        return isinstance(v, (Argument, Instruction, GlobalVariable, ConstantExpr)) and \
            self.activity.is_pointerish(v) and self.act.needs_shadow(v)

    def tangent(self, v, k):
        """Lane ``k`` of the tangent of ``v`` (zero for constants and inactive values)."""
        if self._is_active(v):
            lanes = self.tan.get(v)
            if lanes is None:
                raise EnzpyError(f"internal: @{self.fn.name}: the active value {v!r} has no "
                                 "tangent yet")
            return lanes[k]
        return _positive_zero(self._tangent_type(v))

    def _tangent_type(self, v):
        if _float_like(v.type) or not isinstance(v.type.scalar, T.IntType):
            return v.type
        ct = self.types[v].at(-1)
        if ct is not None and ct.is_float:
            return T.FloatType(ct.float_kind) if not v.type.is_vector else \
                T.VectorType(v.type.count, T.FloatType(ct.float_kind))
        return v.type

    def shadow(self, v, k):
        """Lane ``k`` of the shadow of pointer ``v``."""
        lanes = self.shadows.get(v)
        if lanes is not None:
            return lanes[k]
        if isinstance(v, (ConstantNull, Poison)):
            return v
        if isinstance(v, GlobalVariable):
            return self._shadow_global(v, k)
        if isinstance(v, Constant):     # a constant getelementptr into a global, or null
            return shadow_constant(self.module, v, f".shadow{k if self.width > 1 else ''}")
        raise EnzpyError(f"@{self.fn.name}: no shadow for {v!r}; pass the memory it points "
                         "to Duplicated")

    def _lane(self, v, k, user):
        """Lane ``k`` of whatever ``user`` (a phi) needs from ``v``: shadow or tangent."""
        if self.activity.is_pointerish(user):
            return self.shadow(v, k) if self._needs_shadow(v) or isinstance(v, Constant) \
                else null_shadow(v.type)
        return self.tangent(v, k)

    def _shadow_global(self, gv, k):
        return shadow_global(self.module, gv, f".shadow{k if self.width > 1 else ''}")

    def _instruction(self, inst):
        op = inst.opcode
        fblock = self.fwd[inst.parent]
        if op == "ret":
            return self._return(inst, fblock)
        if op == "call" and (self._is_free(inst) or self._is_incref(inst)):
            clone = self._copy(inst, fblock)
            b = Builder(fblock)
            if self._needs_shadow(inst.args[0]):
                for k in range(self.width):
                    b.call(clone.callee, [self.shadow(inst.args[0], k)])
            return
        clone = self._copy(inst, fblock)
        b = Builder(fblock)
        if op == "phi":
            if self._needs_shadow(inst) or self._is_active(inst):
                lanes = []
                for k in range(self.width):
                    phi = Instruction("phi", inst.type if self._needs_shadow(inst) else
                                      self._tangent_type(inst),
                                      name=_suffix(inst, ".shadow" if self._needs_shadow(inst)
                                                   else ".tan"))
                    fblock.insert(fblock.index(clone) + 1 + k, phi)
                    lanes.append(phi)
                (self.shadows if self._needs_shadow(inst) else self.tan)[inst] = lanes
                self.pending_phis.append((inst, lanes))
            return
        if self._needs_shadow(inst):
            self.shadows[inst] = [self._shadow_of(inst, b, k) for k in range(self.width)]
        elif op == "store":
            self._store(inst, b)
            if inst in self.unneeded:       # enzyme_dupnoneed: only the tangent is written
                del self.fwd[inst]
                clone.erase()
        elif op == "call":
            self._call(inst, b, clone)
        elif self._is_active(inst):
            row = lookup_instruction(op)
            if row is not None:
                return self.table_tangents(inst, b, clone, row)
            rule = _TANGENTS.get(op)
            if rule is None:
                raise NoDerivativeRule(self._where(inst, "no forward-mode rule for"))
            self.tan[inst] = [rule(self, inst, b, k) for k in range(self.width)]

    def _copy(self, inst, fblock):
        """Copy a primal instruction; operands defined later (phis) are mapped at the end."""
        clone = _clone(inst)
        self._remap(clone)
        fblock.append(clone)
        self.fwd[inst] = clone
        return clone

    def _remap(self, clone):
        for index, op in enumerate(clone.operands):
            if isinstance(op, MetadataOperand):
                clone.set_operand(index, _clone_metadata(op, self.fwd))
            elif not isinstance(op, (Constant, GlobalVariable, Function)):
                mapped = self.fwd.get(op)
                if mapped is not None and mapped is not op:
                    clone.set_operand(index, mapped)

    def _return(self, inst, fblock):
        b = Builder(fblock)
        results = []
        value = inst.operands[0] if inst.operands else None
        if self.return_primal:
            results.append(self.value(value))
        if self.return_tangent:
            if self.width == 1:
                results.append(self.tangent(value, 0))
            else:
                arr = Poison(self._tangent_result_type())
                for k in range(self.width):
                    arr = b.insertvalue(arr, self.tangent(value, k), [k])
                results.append(arr)
        if not results:
            b.ret()
        elif len(results) == 1:
            b.ret(results[0])
        else:
            agg = Poison(self.out.return_type)
            for index, r in enumerate(results):
                agg = b.insertvalue(agg, r, [index])
            b.ret(agg)

    def _is_free(self, inst):
        callee = inst.callee
        return isinstance(callee, Function) and (callee.name in _FREES or
                                                 callee.name == "NRT_decref")

    def _is_incref(self, inst):
        """Numba's reference counts: a shadow allocation is counted like its primal."""
        callee = inst.callee
        return isinstance(callee, Function) and callee.name == "NRT_incref"

    def _shadow_of(self, inst, b, k):
        op = inst.opcode
        if op == "alloca":
            count = [self.value(inst.operands[0])] if inst.operands else []
            clone = b.insert(Instruction("alloca", inst.type, count, _suffix(inst, ".shadow"),
                                         attrs=_copy_attrs(inst.attrs)))
            size = self.layout.size(inst.attrs["allocated_type"])
            nbytes = size if not count else b.mul(
                count[0] if count[0].type == T.I64 else b.cast("zext", count[0], T.I64), size)
            self._memset_zero(b, clone, nbytes)
            return clone
        if op in _POINTER_OPS:
            ops = []
            for index, operand in enumerate(inst.operands):
                pointer = (op == "getelementptr" and index == 0) or \
                    (op == "select" and index > 0) or \
                    (op in ("add", "sub", "and", "or") and self._needs_shadow(operand)) or \
                    op in ("bitcast", "addrspacecast", "freeze", "inttoptr", "ptrtoint",
                           "extractvalue")
                ops.append(self.shadow(operand, k) if pointer else self.value(operand))
            return b.insert(Instruction(op, inst.type, ops, _suffix(inst, ".shadow"),
                                        inst.flags, _copy_attrs(inst.attrs)))
        if op == "load":
            return b.load(inst.type, self.shadow(inst.operands[0], k),
                          align=inst.attrs.get("align"), name=_suffix(inst, ".shadow"))
        if op == "call":
            name = inst.callee.name if isinstance(inst.callee, Function) else None
            args = [self.value(a) for a in inst.args]
            kind = KNOWN_ALLOCATORS.get(name, (None, None))[1]
            if kind in ("malloc", "calloc", "nrt"):
                clone = b.call(inst.callee, args, name=_suffix(inst, ".shadow"))
                if kind == "malloc":
                    self._memset_zero(b, clone, args[1] if name == "aligned_alloc" else args[0])
                elif kind == "nrt":
                    data = declare(self.module, "NRT_MemInfo_data_fast",
                                   T.FunctionType(T.PTR, (T.PTR,)))
                    self._memset_zero(b, b.call(data, [clone]), args[0])
                return clone
            if kind == "realloc":
                return b.call(inst.callee, [self.shadow(inst.args[0], k), args[1]])
            if name in ("NRT_MemInfo_data_fast", "NRT_MemInfo_data"):
                return b.call(inst.callee, [self.shadow(inst.args[0], k)])
        raise NoDerivativeRule(self._where(inst, "cannot give a shadow to the pointer computed "
                                                 "by"))

    def _memset_zero(self, b, ptr, nbytes):
        memset_zero(self.module, b, ptr, nbytes)

    def _store(self, inst, b):
        value, ptr = inst.operands
        if not self._needs_shadow(ptr):
            return
        for k in range(self.width):
            if self.activity.is_pointerish(value):
                if self._needs_shadow(value):
                    b.store(self.shadow(value, k), self.shadow(ptr, k),
                            align=inst.attrs.get("align"))
                elif isinstance(value, (ConstantNull, Poison)) and value.type.is_pointer:
                    # a null pointer stored into shadowed memory (a tape record being reset)
                    b.store(ConstantNull(value.type), self.shadow(ptr, k),
                            align=inst.attrs.get("align"))
            elif self.activity.carries_float(value):
                b.store(self.tangent(value, k), self.shadow(ptr, k),
                        align=inst.attrs.get("align"))       # the shadow is laid out alike

    def _call(self, inst, b, clone):
        callee = inst.callee
        name = callee.name if isinstance(callee, Function) else None
        if forward_call(self, inst, b, clone):      # custom rules, inactive callees
            return
        if name is not None and name.startswith(("llvm.memcpy", "llvm.memmove", "llvm.memset")):
            dst = inst.args[0]
            if not self._needs_shadow(dst):
                return
            for k in range(self.width):
                args = [self.shadow(dst, k)]
                if name.startswith("llvm.memset"):
                    args.append(ConstantInt(T.I8, 0))
                else:
                    src = inst.args[1]
                    args.append(self.shadow(src, k) if self._needs_shadow(src) else src)
                args += [self.value(a) for a in inst.args[2:]]
                b.call(callee, args)
            return
        if name in LAPACK_HELPERS:
            return forward_lapack_call(self, inst, b)
        if name is not None and name.startswith(NUMBA_LINALG):
            return forward_blas_call(self, inst, b)
        if name is not None and not callee.is_declaration and not name.startswith("__enzpy_"):
            # a defined function that was not inlined: it may write tangents through shadows
            # even when it returns nothing
            if self._is_active(inst) or any(self._needs_shadow(a) or self._is_active(a)
                                             for a in inst.args):
                return self._call_defined(inst, b, clone)
            return
        if not self._is_active(inst):
            if self.act.is_active_instruction(inst) and \
                    not is_inactive_call(inst, self.activity.inactive):
                # no float result, but it may write memory that carries derivatives
                raise NoDerivativeRule(self._where(
                    inst, "the call may write memory that carries derivatives (it receives a "
                    "pointer with a shadow), but " + ("its target is unknown" if name is None
                                                      else "its callee has no derivative rule"),
                    "give the callee a custom rule (--rule SYMBOL=RULE, Enzyme's "
                    "__enzyme_register_derivative_<name>, defjvp in Python), or mark it "
                    "inactive (__enzyme_inactivefn, enzpy.inactive) if it writes no floats"))
            return
        if name is None:
            raise NoDerivativeRule(self._where(
                inst, "an indirect call to an unknown target carries a derivative in",
                "call the function directly, or give the target a custom rule"))
        if not callee.is_declaration:
            return self._call_defined(inst, b, clone)
        rule = lookup_rule(name)
        if rule is None:
            raise NoDerivativeRule(self._where(
                inst, "no derivative rule for the call",
                "give the callee a rule (enzpy.register_vjp / a custom_jvp in Python, --rule "
                "SYMBOL=RULE on the command line) or mark it inactive"))
        self.table_tangents(inst, b, clone, rule)

    def table_tangents(self, inst, b, clone, rule):
        """A float instruction or a call of a function of the rule table: its tangent rule, or
        the sum of partial * operand tangent per lane (the partials are emitted once, for all
        lanes)."""
        operands = inst.args if inst.opcode == "call" else inst.operands
        args = [self.value(a) for a in operands]
        e = Emitter(b, self.module, self._tangent_type(inst))
        if rule.tangent is not None:
            self.tan[inst] = [rule.tangent(e, args, [
                self.tangent(a, k) if not isinstance(a, MetadataOperand) else None
                for a in operands], clone) for k in range(self.width)]
            return
        result = Lazy(lambda: clone)
        field = rule.result_field
        if field is not None:           # a struct: the field that has partials, the rest zero
            e = Emitter(b, self.module, inst.type.elements[field])
            result = Lazy(lambda: b.extractvalue(clone, [field]))
        partials = []
        for arg, partial in zip(operands, rule.partials):
            if partial is None or partial is ZERO or partial == ZERO or \
                    not self._is_active(arg):
                continue
            p = partial(e, args, result)
            partials.append((arg, p.resolve() if isinstance(p, Lazy) else p))
        lanes = []
        for k in range(self.width):
            t = None
            for arg, p in partials:
                term = e.scaled(self.tangent(arg, k), p)
                t = term if t is None else b.fadd(t, term)
            t = _positive_zero(e.ty) if t is None else t
            lanes.append(t if field is None else
                         b.insertvalue(_positive_zero(inst.type), t, [field]))
        self.tan[inst] = lanes

    def _call_defined(self, inst, b, clone):
        """A call to a defined function that was not inlined (recursion): call its forward
        derivative for the same activities and width."""
        callee = inst.callee
        acts = []
        for arg in inst.args:
            if self._needs_shadow(arg):
                acts.append(ArgActivity.DUP)
            elif self._is_active(arg):
                acts.append(ArgActivity.ACTIVE)
            else:
                acts.append(ArgActivity.CONST)
        code = "".join({ArgActivity.DUP: "d", ArgActivity.ACTIVE: "a",
                        ArgActivity.CONST: "c"}[a] for a in acts)
        name = f"fwddiffe{self.width}_{callee.name}.{code}"
        target = self.module.get_function(name)
        if target is None:
            trees = {i: self.types[a] for i, a in enumerate(inst.args)}
            target = ForwardGenerator(self.module, callee, acts, self.width, True, trees,
                                      name).generate()
        args = []
        for arg, act in zip(inst.args, acts):
            args.append(self.value(arg))
            for k in range(self.width if act is not ArgActivity.CONST else 0):
                args.append(self.shadow(arg, k) if act is ArgActivity.DUP else
                            self.tangent(arg, k))
        result = b.call(target, args)
        has_tangent = _has_float(inst.type)
        if inst.type == T.VOID:
            primal = None
        elif has_tangent:
            primal = b.extractvalue(result, [0])
        else:
            primal = result
        if primal is not None:
            clone.replace_all_uses_with(primal)
        clone.parent.remove(clone)
        clone.drop_operands()
        self.fwd[inst] = primal if primal is not None else result
        if has_tangent:
            tangent = b.extractvalue(result, [1])
            self.tan[inst] = [tangent] if self.width == 1 else \
                [b.extractvalue(tangent, [k]) for k in range(self.width)]

    def _where(self, inst, what, how=None):
        text = print_instruction(inst).strip()
        line = _debug_line(self.module, inst)
        where = f" (source line {line})" if line else ""
        how = how or ("this operation carries a derivative but enzpy has no rule for it; "
                      "make it inactive or provide a custom rule")
        return f"@{self.fn.name}{where}: {what}\n    {text}\n{how}"


# tangent rules of the instructions that move values (the float arithmetic is in the rule
# table): (generator, primal instruction, builder, lane) -> tangent
def _has_float(ty):
    """Whether a return type has float fields (a float, a vector of floats, or an aggregate
    with a float somewhere: its tangent is then of the same type, other fields zero)."""
    if _float_like(ty):
        return True
    if isinstance(ty, T.StructType):
        return any(_has_float(e) for e in ty.elements)
    if isinstance(ty, T.ArrayType):
        return _has_float(ty.element)
    return False


def _t_cast(g, inst, b, k):
    t = g.tangent(inst.operands[0], k)
    target = g._tangent_type(inst)
    if t.type == target:
        return t
    if inst.opcode in ("fpext", "fptrunc"):
        return b.cast(inst.opcode, t, target)
    return b.cast("bitcast", t, target)


def _t_select(g, inst, b, k):
    cond, x, y = inst.operands
    return b.select(g.value(cond), g.tangent(x, k), g.tangent(y, k))


def _t_extractvalue(g, inst, b, k):
    return b.extractvalue(g.tangent(inst.operands[0], k), inst.attrs["indices"],
                          result_type=g._tangent_type(inst))


def _t_insertvalue(g, inst, b, k):
    agg, value = inst.operands
    return b.insertvalue(g.tangent(agg, k), g.tangent(value, k), inst.attrs["indices"])


def _t_extractelement(g, inst, b, k):
    return b.extractelement(g.tangent(inst.operands[0], k), g.value(inst.operands[1]))


def _t_insertelement(g, inst, b, k):
    vec, value, index = inst.operands
    return b.insertelement(g.tangent(vec, k), g.tangent(value, k), g.value(index))


def _t_shufflevector(g, inst, b, k):
    v1, v2, mask = inst.operands
    return b.insert(Instruction("shufflevector", g._tangent_type(inst),
                                [g.tangent(v1, k), g.tangent(v2, k), mask]))


def _t_load(g, inst, b, k):
    ptr = inst.operands[0]
    if not g._needs_shadow(ptr):
        return _positive_zero(g._tangent_type(inst))
    return b.load(g._tangent_type(inst), g.shadow(ptr, k), align=inst.attrs.get("align"))


_TANGENTS = {"fpext": _t_cast, "fptrunc": _t_cast,
             "bitcast": _t_cast, "freeze": _t_cast, "select": _t_select,
             "extractvalue": _t_extractvalue, "insertvalue": _t_insertvalue,
             "extractelement": _t_extractelement, "insertelement": _t_insertelement,
             "shufflevector": _t_shufflevector, "load": _t_load}
