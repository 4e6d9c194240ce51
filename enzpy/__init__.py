"""enzpy: automatic differentiation of LLVM IR and Numba code, written in Python."""

__version__ = "0.1.0"

from .errors import (ABIError, ActivityError, EnzpyError, IRParseError, JitError,  # noqa: E402
                     NoDerivativeRule, TypeAnalysisError, VerifyError)

# The Numba front end, imported on first use (importing Numba takes a while).
_FRONT_END = ("autodiff", "grad", "value_and_grad", "vjp", "Active", "Const", "Duplicated",
              "DuplicatedNoNeed", "ADFunction")

__all__ = ["__version__", "EnzpyError", "IRParseError", "VerifyError", "TypeAnalysisError",
           "ActivityError", "NoDerivativeRule", "ABIError", "JitError", *_FRONT_END]


def __getattr__(name):
    if name in _FRONT_END:
        from .numba import api
        return getattr(api, name)
    raise AttributeError(f"module 'enzpy' has no attribute {name!r}")
