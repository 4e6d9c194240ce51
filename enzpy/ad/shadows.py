"""Shadow memory pieces shared by forward and reverse mode."""

from ..ir import types as T
from ..ir.builder import declare
from ..ir.nodes import GlobalVariable
from ..ir.values import ConstantInt, ConstantNull, Value, ZeroInitializer

__all__ = ["memset_zero", "shadow_global"]


def memset_zero(module, b, ptr, nbytes):
    """Emit ``memset(ptr, 0, nbytes)`` (``nbytes`` an int or an integer value)."""
    memset = declare(module, "llvm.memset.p0.i64",
                     T.FunctionType(T.VOID, (T.PTR, T.I8, T.I64, T.I1)))
    if not isinstance(nbytes, Value):
        nbytes = ConstantInt(T.I64, nbytes)
    if nbytes.type != T.I64:
        nbytes = b.cast("zext", nbytes, T.I64)
    b.call(memset, [ptr, ConstantInt(T.I8, 0), nbytes, ConstantInt(T.I1, 0)])


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
