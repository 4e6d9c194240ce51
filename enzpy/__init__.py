"""enzpy: automatic differentiation of LLVM IR and Numba code, written in Python."""

__version__ = "0.1.0"

from .errors import (ABIError, ActivityError, EnzpyError, IRParseError, JitError,  # noqa: E402
                     NoDerivativeRule, TypeAnalysisError, VerifyError)

__all__ = ["__version__", "EnzpyError", "IRParseError", "VerifyError", "TypeAnalysisError",
           "ActivityError", "NoDerivativeRule", "ABIError", "JitError"]
