"""enzpy: automatic differentiation of LLVM IR and Numba code, written in Python."""

__version__ = "0.1.0"

from .errors import (ABIError, ActivityError, EnzpyError, IRParseError, JitError,  # noqa: E402
                     NoDerivativeRule, TypeAnalysisError, VerifyError)

# The Numba front end, imported on first use (importing Numba takes a while).
_FRONT_END = ("autodiff", "grad", "value_and_grad", "vjp", "Active", "Const", "Duplicated",
              "DuplicatedNoNeed", "ADFunction")
_JACOBIANS = ("jvp", "jacfwd", "jacrev", "jacobian", "hessian", "hvp")
_CUSTOM = ("custom_vjp", "inactive", "register_vjp", "register_jvp")

__all__ = ["__version__", "EnzpyError", "IRParseError", "VerifyError", "TypeAnalysisError",
           "ActivityError", "NoDerivativeRule", "ABIError", "JitError", *_FRONT_END,
           *_JACOBIANS, *_CUSTOM]


def __getattr__(name):
    if name in _FRONT_END:
        from .numba import api
        return getattr(api, name)
    if name in _JACOBIANS:
        from .numba import jacobians
        return getattr(jacobians, name)
    if name in _CUSTOM:
        from .numba import custom
        return getattr(custom, name)
    raise AttributeError(f"module 'enzpy' has no attribute {name!r}")
