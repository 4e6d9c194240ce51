"""Numba front end: IR capture and the user API (``autodiff``, ``grad``, ``value_and_grad``,
``vjp``, ``ADFunction.reverse``)."""

from .api import (ADFunction, Active, Const, Duplicated, DuplicatedNoNeed, GradFunction,
                  autodiff, grad, value_and_grad, vjp)
from .capture import ArgumentLayout, CapturedIR, NumbaCompileError, capture, runtime_symbols

__all__ = ["ArgumentLayout", "CapturedIR", "NumbaCompileError", "capture", "runtime_symbols",
           "ADFunction", "GradFunction", "Active", "Const", "Duplicated", "DuplicatedNoNeed",
           "autodiff", "grad", "value_and_grad", "vjp"]
