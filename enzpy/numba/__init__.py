"""Numba front end: IR capture (more to come)."""

from .capture import ArgumentLayout, CapturedIR, NumbaCompileError, capture, runtime_symbols

__all__ = ["ArgumentLayout", "CapturedIR", "NumbaCompileError", "capture", "runtime_symbols"]
