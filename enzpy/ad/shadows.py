"""Shadow memory pieces shared by forward and reverse mode."""

from ..ir import types as T
from ..ir.builder import declare
from ..ir.nodes import GlobalVariable
from ..ir.values import ConstantExpr, ConstantInt, ConstantNull, Value, ZeroInitializer

__all__ = ["memset_zero", "shadow_global", "shadow_constant", "null_shadow"]


def memset_zero(module, b, ptr, nbytes):
    """Emit ``memset(ptr, 0, nbytes)`` (``nbytes`` an int or an integer value)."""
    memset = declare(module, "llvm.memset.p0.i64",
                     T.FunctionType(T.VOID, (T.PTR, T.I8, T.I64, T.I1)))
    if not isinstance(nbytes, Value):
        nbytes = ConstantInt(T.I64, nbytes)
    if nbytes.type != T.I64:
        nbytes = b.cast("zext", nbytes, T.I64)
    b.call(memset, [ptr, ConstantInt(T.I8, 0), nbytes, ConstantInt(T.I1, 0)])


def null_shadow(ty):
    """The shadow of a pointer value that has none: null, or 0 for an integer that holds an
    address (``ptrtoint``, an ``i64`` that SROA made of a pointer field)."""
    return ConstantInt(ty, 0) if isinstance(ty, T.IntType) else ConstantNull(ty)


def shadow_global(module, gv, suffix=".shadow"):
    """The zero-initialised shadow of a mutable global (null for a constant one)."""
    if gv.is_constant:
        return ConstantNull(gv.type)
    name = f"{gv.name}{suffix}"
    shadow = module.get_global(name)
    if shadow is None:
        shadow = module.add_global(GlobalVariable(
            name, gv.value_type, ZeroInitializer(gv.value_type), False, "internal",
            [", align 16"], gv.type))
    return shadow


def shadow_constant(module, value, suffix=".shadow"):
    """The shadow of a constant pointer: a mutable global's shadow global, and a constant
    getelementptr or cast of one (``getelementptr (i8, ptr @work, i64 24)``, which clang
    emits for ``work[3]`` of a global array) the same expression on the shadow; null (0 for
    an integer) for anything else (constant memory has no derivative)."""
    if isinstance(value, GlobalVariable):
        return shadow_global(module, value, suffix)
    if isinstance(value, ConstantExpr) and \
            value.opcode in ("getelementptr", "bitcast", "addrspacecast") and \
            value.operands and value.operands[0].type.is_pointer:
        base = shadow_constant(module, value.operands[0], suffix)
        if not isinstance(base, ConstantNull):
            return ConstantExpr(value.type, value.opcode, [base] + value.operands[1:],
                                value.flags, value.source_type, value.inrange)
    return null_shadow(value.type)
