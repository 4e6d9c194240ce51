"""Derivative rules: the table (``RULES``), its rows (``Rule``) and ``lookup(symbol)``.

Importing the package populates the table with the math rows (``enzpy.rules.math``).
Custom rules attached to callees (``CustomRule``, ``CustomRules``) are in ``enzpy.rules.custom``.
"""

from .registry import RULES, ZERO, Rule, lookup, register
from . import math  # noqa: F401  (registers the intrinsic and C library rows)
from .custom import CustomRule, CustomRules

__all__ = ["Rule", "RULES", "ZERO", "lookup", "register", "CustomRule", "CustomRules"]
