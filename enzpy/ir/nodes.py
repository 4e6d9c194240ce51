"""Module, globals, functions, blocks and instructions.

One ``Instruction`` class serves every opcode: ``opcode``, result ``type``, ``operands`` (with
use lists), keyword ``flags`` printed after the opcode (nuw, nsw, exact, disjoint, nneg,
samesign, inbounds, nusw, fast-math flags), and ``attrs``, a small dict of what only some
opcodes have (``predicate``, ``align``, ``volatile``, ``ordering``, ``source_type``, ``indices``,
``callee_type`` ...; see ``enzpy.ir.parser`` for the full list per opcode).  Operand layouts
follow LLVM: ``br`` = [cond, true, false], ``switch`` = [cond, default, v0, dest0, ...],
``phi`` = [v0, block0, v1, block1, ...], ``call`` = [args..., callee].
"""

from .types import LABEL, PTR, VOID, FunctionType
from .values import MetadataOperand, Poison, User, Value, Argument

__all__ = ["Instruction", "DebugRecord", "Block", "Function", "GlobalVariable", "GlobalAlias",
           "Module", "TERMINATORS"]

TERMINATORS = frozenset(("ret", "br", "switch", "indirectbr", "invoke", "resume",
                         "unreachable", "callbr", "cleanupret", "catchret", "catchswitch"))


class DebugRecord(MetadataOperand):
    """A debug record (``#dbg_value(...)``) attached before an instruction."""
    __slots__ = ("kind",)

    def __init__(self, kind, parts):
        super().__init__(VOID, parts)
        self.kind = kind


class Instruction(User):
    """An instruction; see the module docstring for the representation."""
    __slots__ = ("opcode", "parent", "flags", "attrs", "metadata", "records")

    def __init__(self, opcode, type, operands=(), name=None, flags=(), attrs=None,
                 metadata=None):
        super().__init__(type, operands, name)
        self.opcode = opcode
        self.parent = None
        self.flags = tuple(flags)
        self.attrs = attrs if attrs is not None else {}
        self.metadata = metadata if metadata is not None else []
        self.records = []

    @property
    def is_terminator(self):
        return self.opcode in TERMINATORS

    @property
    def function(self):
        return self.parent.parent if self.parent is not None else None

    # -- calls -----------------------------------------------------------------------------
    @property
    def callee(self):
        """The called value of a call/invoke (a Function, or any pointer value)."""
        return self.operands[self.attrs["nargs"]] if self.opcode in ("call", "invoke") else None

    @property
    def args(self):
        """The actual arguments of a call/invoke."""
        return self.operands[:self.attrs["nargs"]]

    # -- phi -------------------------------------------------------------------------------
    @property
    def incoming(self):
        """A phi's ``(value, block)`` pairs."""
        ops = self.operands
        return [(ops[i], ops[i + 1]) for i in range(0, len(ops), 2)]

    def add_incoming(self, value, block):
        self.append_operand(value)
        self.append_operand(block)

    # -- metadata --------------------------------------------------------------------------
    def get_metadata(self, kind):
        """The attached metadata reference of ``kind`` (e.g. ``"dbg"`` → ``"!12"``) or None."""
        for k, ref in self.metadata:
            if k == kind:
                return ref
        return None

    def erase(self):
        """Remove this instruction from its block; it must have no uses left (debug records
        that still refer to it are pointed at poison, as LLVM does)."""
        real = [u for u, _ in self.uses if not isinstance(u, DebugRecord)]
        if real:
            raise ValueError(f"cannot erase {self.opcode} instruction %{self.name or '?'}: "
                             f"{len(real)} use(s) remain")
        if self.uses:
            self.replace_all_uses_with(Poison(self.type))
        if self.parent is not None:
            self.parent.remove(self)
        self.drop_operands()
        for record in self.records:
            record.drop_operands()
        self.records = []

    def __repr__(self):
        return f"<Instruction {self.opcode} {self.type} {self.name or ''}>"


class Block(Value):
    """A basic block: a label value holding a list of instructions."""
    __slots__ = ("parent", "instructions")

    def __init__(self, name=None, parent=None):
        super().__init__(LABEL, name)
        self.parent = parent
        self.instructions = []

    def append(self, inst):
        inst.parent = self
        self.instructions.append(inst)
        return inst

    def insert(self, index, inst):
        inst.parent = self
        self.instructions.insert(index, inst)
        return inst

    def insert_before(self, anchor, inst):
        return self.insert(self.index(anchor), inst)

    def index(self, inst):
        for i, other in enumerate(self.instructions):
            if other is inst:
                return i
        raise ValueError("instruction is not in this block")

    def remove(self, inst):
        del self.instructions[self.index(inst)]
        inst.parent = None

    @property
    def terminator(self):
        last = self.instructions[-1] if self.instructions else None
        return last if last is not None and last.is_terminator else None

    @property
    def successors(self):
        term = self.terminator
        if term is None:
            return []
        return [op for op in term.operands if isinstance(op, Block)]

    @property
    def predecessors(self):
        """Predecessor blocks, one entry per terminator edge, most recent use first (LLVM's
        order after parsing)."""
        return [user.parent for user, _ in reversed(self.uses)
                if isinstance(user, Instruction) and user.is_terminator]

    @property
    def phis(self):
        out = []
        for inst in self.instructions:
            if inst.opcode != "phi":
                break
            out.append(inst)
        return out

    def __repr__(self):
        return f"<Block {self.name or '?'}>"


class Function(Value):
    """A function declaration or definition.

    ``prefix`` is the text between ``define``/``declare`` and the return type (linkage,
    visibility, calling convention, return attributes); ``suffix`` the text parts after the
    parameter list (``unnamed_addr``, ``#0``, ``section``, ``personality ptr @p`` ...), a part
    being a string or a referenced global; ``comment`` LLVM's ``; Function Attrs:`` line.
    """
    __slots__ = ("function_type", "args", "blocks", "prefix", "suffix", "comment", "parent")

    def __init__(self, name, function_type, arg_names=None, prefix="", suffix=None,
                 parent=None):
        super().__init__(PTR, name)
        assert isinstance(function_type, FunctionType)
        self.function_type = function_type
        names = arg_names or [None] * len(function_type.params)
        self.args = [Argument(t, n, "", self) for t, n in zip(function_type.params, names)]
        self.blocks = []
        self.prefix = prefix
        self.suffix = suffix or []
        self.comment = None
        self.parent = parent

    @property
    def is_declaration(self):
        return not self.blocks

    @property
    def return_type(self):
        return self.function_type.ret

    @property
    def entry(self):
        return self.blocks[0]

    def append_block(self, name=None):
        block = Block(name, self)
        self.blocks.append(block)
        return block

    def instructions(self):
        """Every instruction, block by block."""
        for block in self.blocks:
            yield from block.instructions

    def __repr__(self):
        return f"<Function @{self.name}>"


class GlobalVariable(Value):
    """``@name = prefix global|constant type init suffix``; ``initializer`` is None for an
    external declaration."""
    __slots__ = ("value_type", "initializer", "is_constant", "prefix", "suffix", "parent")

    def __init__(self, name, value_type, initializer=None, is_constant=False, prefix="",
                 suffix=None, type=PTR, parent=None):
        super().__init__(type, name)
        self.value_type = value_type
        self.initializer = initializer
        self.is_constant = is_constant
        self.prefix = prefix
        self.suffix = suffix or []
        self.parent = parent

    @property
    def is_declaration(self):
        return self.initializer is None


class GlobalAlias(Value):
    """An alias or ifunc, kept as text parts (``alias ptr, ptr @f``)."""
    __slots__ = ("parts", "parent")

    def __init__(self, name, parts, type=PTR, parent=None):
        super().__init__(type, name)
        self.parts = parts
        self.parent = parent


class Module:
    """A module: the header lines, named struct bodies, globals, functions, attribute groups
    and metadata (metadata and attribute groups are kept as LLVM's text)."""

    def __init__(self):
        self.module_id = None
        self.source_filename = None
        self.datalayout = None
        self.triple = None
        self.module_asm = []           # lines, without "module asm"
        self.struct_bodies = {}        # name -> StructType, or None for opaque
        self.comdats = []              # lines
        self.globals = []              # GlobalVariable
        self.aliases = []              # GlobalAlias
        self.ifuncs = []               # GlobalAlias (ifunc)
        self.functions = []            # Function
        self.attribute_groups = {}     # "#0" -> "{ ... }"
        self.named_metadata = []       # lines "!name = !{...}"
        self.metadata = []             # lines "!0 = ..."

    def get_function(self, name):
        for fn in self.functions:
            if fn.name == name:
                return fn
        return None

    def get_global(self, name):
        for gv in self.globals:
            if gv.name == name:
                return gv
        return None

    def add_function(self, fn):
        if fn.name is not None and self.get_function(fn.name) is not None:
            raise ValueError(f"module already has a function @{fn.name}")
        fn.parent = self
        self.functions.append(fn)
        return fn

    def add_global(self, gv):
        gv.parent = self
        self.globals.append(gv)
        return gv

    def __str__(self):
        from .printer import print_module
        return print_module(self)

