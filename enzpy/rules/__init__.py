"""Derivative rules: the table (``RULES``), its rows (``Rule``) and ``lookup(symbol)``.

Importing the package populates the table with the math rows (``enzpy.rules.math``) and the
float instruction rows (``enzpy.rules.instructions``).
Custom rules attached to callees (``CustomRule``, ``CustomRules``) are in ``enzpy.rules.custom``.
"""

from .registry import RULES, ZERO, Rule, lookup, lookup_instruction, register
from . import instructions, math  # noqa: F401  (register the rows)
from .custom import CustomRule, CustomRules

__all__ = ["Rule", "RULES", "ZERO", "lookup", "lookup_instruction", "register", "CustomRule",
           "CustomRules"]
