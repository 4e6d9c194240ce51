"""Numba front end: IR capture and the user API (``autodiff``, ``grad``, ``value_and_grad``,
``vjp``, ``ADFunction.reverse``), forward mode, Jacobians and Hessians (``jvp``,
``ADFunction.forward``, ``jacfwd``, ``jacrev``, ``jacobian``, ``hessian``, ``hvp``), custom
derivatives (``custom_vjp``, ``inactive``, ``register_vjp``, ``register_jvp``)."""

from .api import (ADFunction, Active, Const, Duplicated, DuplicatedNoNeed, GradFunction,
                  autodiff, grad, value_and_grad, vjp)
from .jacobians import hessian, hvp, jacfwd, jacobian, jacrev, jvp
from .capture import ArgumentLayout, CapturedIR, NumbaCompileError, capture, runtime_symbols
from .custom import CustomVJP, custom_vjp, inactive, register_jvp, register_vjp

__all__ = ["ArgumentLayout", "CapturedIR", "NumbaCompileError", "capture", "runtime_symbols",
           "ADFunction", "GradFunction", "Active", "Const", "Duplicated", "DuplicatedNoNeed",
           "autodiff", "grad", "value_and_grad", "vjp", "jvp", "jacfwd", "jacrev", "jacobian",
           "hessian", "hvp", "CustomVJP", "custom_vjp", "inactive", "register_vjp",
           "register_jvp"]
