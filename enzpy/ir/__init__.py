"""enzpy's SSA model of LLVM IR: ``parse(text) -> Module`` and ``str(module)``."""

from .nodes import (Block, DebugRecord, Function, GlobalAlias, GlobalVariable, Instruction,
                    Module, TERMINATORS)
from .builder import Builder, const, declare
from .parser import parse, parse_canonical
from .printer import print_function, print_instruction, print_module
from .types import *  # noqa: F401,F403  (the type values and constructors)
from .values import *  # noqa: F401,F403  (Value, User, Argument and the constants)
