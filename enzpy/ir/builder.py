"""An instruction builder with an insertion point, in the manner of LLVM's IRBuilder."""

from . import types as T
from ..errors import EnzpyError
from .nodes import Function, Instruction
from .values import ConstantFP, ConstantInt, Value

__all__ = ["Builder", "const", "declare"]


def const(type, value):
    """A constant of scalar ``type``: ``const(DOUBLE, 1.0)``, ``const(I64, 3)``."""
    if isinstance(type.scalar, T.FloatType):
        return ConstantFP(type, float(value))
    return ConstantInt(type, int(value))


def declare(module, name, function_type, prefix=""):
    """The function ``name`` of ``module``, declared with ``function_type`` if it is missing."""
    fn = module.get_function(name)
    if fn is None:
        fn = module.add_function(Function(name, function_type, prefix=prefix))
    elif fn.function_type != function_type:
        raise EnzpyError(f"the module declares @{name} as {fn.function_type}, but enzpy needs "
                         f"{function_type}; rename the module's own @{name}")
    return fn


def _as_value(value, type):
    return value if isinstance(value, Value) else const(type, value)


class Builder:
    """Creates instructions at an insertion point: the end of a block, or before an
    instruction.  Python numbers given as operands become constants of the other operand's
    type."""

    def __init__(self, block=None, before=None):
        self.block = None
        self.before = None
        if before is not None:
            self.position_before(before)
        elif block is not None:
            self.position_at_end(block)

    def position_at_end(self, block):
        self.block, self.before = block, None

    def position_before(self, inst):
        self.block, self.before = inst.parent, inst

    def insert(self, inst):
        """Insert ``inst`` at the insertion point and return it."""
        if self.before is None:
            self.block.append(inst)
        else:
            self.block.insert_before(self.before, inst)
        return inst

    def _make(self, opcode, type, operands, name=None, flags=(), **attrs):
        return self.insert(Instruction(opcode, type, operands, name, flags, attrs))

    # arithmetic -----------------------------------------------------------------------------
    def binop(self, opcode, a, b, name=None, flags=()):
        if not isinstance(a, Value):
            a = const(b.type, a)
        b = _as_value(b, a.type)
        return self._make(opcode, a.type, [a, b], name, flags)

    def fadd(self, a, b, name=None, flags=()):
        return self.binop("fadd", a, b, name, flags)

    def fsub(self, a, b, name=None, flags=()):
        return self.binop("fsub", a, b, name, flags)

    def fmul(self, a, b, name=None, flags=()):
        return self.binop("fmul", a, b, name, flags)

    def fdiv(self, a, b, name=None, flags=()):
        return self.binop("fdiv", a, b, name, flags)

    def add(self, a, b, name=None, flags=()):
        return self.binop("add", a, b, name, flags)

    def sub(self, a, b, name=None, flags=()):
        return self.binop("sub", a, b, name, flags)

    def mul(self, a, b, name=None, flags=()):
        return self.binop("mul", a, b, name, flags)

    def fneg(self, a, name=None, flags=()):
        return self._make("fneg", a.type, [a], name, flags)

    def cast(self, opcode, value, type, name=None, flags=()):
        return self._make(opcode, type, [value], name, flags)

    def icmp(self, predicate, a, b, name=None):
        return self._cmp("icmp", predicate, a, b, name)

    def fcmp(self, predicate, a, b, name=None):
        return self._cmp("fcmp", predicate, a, b, name)

    def _cmp(self, opcode, predicate, a, b, name):
        b = _as_value(b, a.type)
        ty = T.VectorType(a.type.count, T.I1) if isinstance(a.type, T.VectorType) else T.I1
        return self._make(opcode, ty, [a, b], name, predicate=predicate)

    def select(self, cond, a, b, name=None, flags=()):
        return self._make("select", a.type, [cond, a, _as_value(b, a.type)], name, flags)

    def phi(self, type, incoming=(), name=None):
        inst = self._make("phi", type, [], name)
        for value, block in incoming:
            inst.add_incoming(_as_value(value, type), block)
        return inst

    def freeze(self, value, name=None):
        return self._make("freeze", value.type, [value], name)

    # memory ---------------------------------------------------------------------------------
    def alloca(self, type, count=None, align=None, name=None):
        attrs = {"allocated_type": type}
        if align is not None:
            attrs["align"] = align
        ops = [] if count is None else [_as_value(count, T.I64)]
        return self._make("alloca", T.PTR, ops, name, **attrs)

    def load(self, type, ptr, align=None, name=None, volatile=False):
        attrs = {} if align is None else {"align": align}
        if volatile:
            attrs["volatile"] = True
        return self._make("load", type, [ptr], name, **attrs)

    def store(self, value, ptr, align=None, volatile=False):
        attrs = {} if align is None else {"align": align}
        if volatile:
            attrs["volatile"] = True
        return self._make("store", T.VOID, [value, ptr], None, **attrs)

    def gep(self, source_type, ptr, indices, name=None, flags=()):
        ops = [ptr] + [_as_value(i, T.I64) for i in indices]
        return self._make("getelementptr", ptr.type, ops, name, flags, source_type=source_type)

    # aggregates and vectors -----------------------------------------------------------------
    def extractvalue(self, agg, indices, name=None, result_type=None):
        ty = result_type
        if ty is None:
            ty = agg.type
            for index in indices:
                ty = ty.element if isinstance(ty, (T.ArrayType, T.VectorType)) \
                    else ty.elements[index]
        return self._make("extractvalue", ty, [agg], name, indices=list(indices))

    def insertvalue(self, agg, value, indices, name=None):
        return self._make("insertvalue", agg.type, [agg, value], name, indices=list(indices))

    def extractelement(self, vector, index, name=None):
        return self._make("extractelement", vector.type.element,
                          [vector, _as_value(index, T.I64)], name)

    def insertelement(self, vector, value, index, name=None):
        return self._make("insertelement", vector.type,
                          [vector, value, _as_value(index, T.I64)], name)

    # calls and control flow -----------------------------------------------------------------
    def call(self, callee, args, name=None, function_type=None, flags=(), tail=None,
             arg_attrs=None, fn_attrs=""):
        """Call ``callee`` (a Function, or a pointer value with ``function_type``)."""
        fnty = function_type or callee.function_type
        args = [_as_value(a, t) for a, t in zip(args, fnty.params)] + list(args[len(fnty.params):])
        attrs = {"tail": tail, "callee_type": fnty, "nargs": len(args),
                 "arg_attrs": list(arg_attrs or [""] * len(args)), "fn_attrs": fn_attrs,
                 "bundles": None, "ret_attrs": ""}
        if fnty.ret == T.VOID:
            name = None
        return self._make("call", fnty.ret, args + [callee], name, flags, **attrs)

    def br(self, dest):
        return self._make("br", T.VOID, [dest])

    def cond_br(self, cond, if_true, if_false):
        return self._make("br", T.VOID, [cond, if_true, if_false])

    def switch(self, value, default, cases=()):
        ops = [value, default]
        for case, dest in cases:
            ops += [_as_value(case, value.type), dest]
        return self._make("switch", T.VOID, ops)

    def ret(self, value=None):
        return self._make("ret", T.VOID, [] if value is None else [value])

    def unreachable(self):
        return self._make("unreachable", T.VOID, [])



