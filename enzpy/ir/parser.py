"""Reader of canonical LLVM IR text (what LLVM 22 prints) into ``enzpy.ir`` nodes.

``parse(text)`` first hands the text to LLVM (llvmlite) to parse and verify it, which also
upgrades old syntax, then reads LLVM's canonical printing.  The reader works line by line
(canonical text puts one instruction per line; ``switch`` and ``landingpad`` continue over
the following lines) with a regular-expression tokenizer, in two passes: the first creates
every global and function header so that later lines can refer to them, the second reads
initializers and bodies.

Per-opcode ``attrs`` keys: icmp/fcmp ``predicate``; alloca ``allocated_type``, ``align``,
``addrspace``, ``inalloca``, ``swifterror`` (the element count, when given, is operand 0); load/store ``volatile``,
``atomic``, ``syncscope``, ``ordering``, ``align``; getelementptr ``source_type``;
extractvalue/insertvalue ``indices``; call/invoke ``tail``, ``cc``, ``ret_attrs``,
``addrspace``, ``callee_type``, ``arg_attrs``, ``fn_attrs``, ``bundles``, ``nargs``,
``forward_varargs`` (a musttail call passing ``...`` on);
cmpxchg ``weak``, ``volatile``, ``syncscope``, ``success``, ``failure``, ``align``;
atomicrmw ``op``, ``volatile``, ``syncscope``, ``ordering``, ``align``; fence ``syncscope``,
``ordering``; landingpad ``cleanup``, ``clauses`` (kinds, values are operands).
"""

import re

from ..errors import IRParseError
from . import types as T
from .nodes import DebugRecord, Function, GlobalAlias, GlobalVariable, Instruction, Module, Block
from .values import (BlockAddress, ConstantAggregate, ConstantExpr, ConstantFP, ConstantInt,
                     ConstantNull, ConstantString, InlineAsm, MetadataOperand, NoneToken,
                     OpaqueConstant, Poison, Splat, Undef, Value, ZeroInitializer)

__all__ = ["parse", "parse_canonical"]

_TOKEN = re.compile(r'c?"[^"]*"|[%@$!]"[^"]*"|[%@$][-\w$.]+|![-\w$.]*|#[-\w$.]+'
                    r'|0x[KLMHR]?[0-9A-Fa-f]+|-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?'
                    r'|[A-Za-z_.][\w.]*|\.\.\.|;.*|\S')

_FLOAT_KINDS = {"half", "bfloat", "float", "double", "x86_fp80", "fp128", "ppc_fp128"}
_SIMPLE_TYPES = {"void": T.VOID, "label": T.LABEL, "metadata": T.METADATA, "token": T.TOKEN,
                 "ptr": T.PTR, "x86_amx": T.TargetExtType("x86_amx")}
for _k in _FLOAT_KINDS:
    _SIMPLE_TYPES[_k] = T.FloatType(_k)

FAST_MATH = ("fast", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc")
_FMF = frozenset(FAST_MATH)
_INT_FLAGS = frozenset(("nuw", "nsw", "exact", "disjoint", "nneg", "samesign"))
_GEP_FLAGS = frozenset(("inbounds", "nusw", "nuw"))
BINARY = frozenset(("add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr",
                    "and", "or", "xor", "fadd", "fsub", "fmul", "fdiv", "frem"))
CASTS = frozenset(("trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp",
                   "sitofp", "ptrtoint", "ptrtoaddr", "inttoptr", "bitcast", "addrspacecast"))
_CONSTEXPR = BINARY | CASTS | {"getelementptr", "extractelement", "insertelement",
                               "shufflevector", "icmp", "fcmp"}
_ORDERINGS = frozenset(("unordered", "monotonic", "acquire", "release", "acq_rel", "seq_cst"))
_LINKAGE = frozenset(("private", "internal", "available_externally", "linkonce", "weak",
                      "common", "appending", "extern_weak", "linkonce_odr", "weak_odr",
                      "external"))
_UNESCAPE = re.compile(r"\\(\\|[0-9A-Fa-f]{2})")


def _unquote(text):
    """The bytes of an LLVM string literal body (``\\XX`` escapes)."""
    text = _UNESCAPE.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1), 16)),
                         text)
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _name_of(token):
    """Key of a ``%x``/``@x``/``%"x y"``/``%5`` token: str for names, int for numbers."""
    body = token[1:]
    if body[0] == '"':
        return _unquote(body[1:-1]).decode("utf-8", "replace")
    if body.isdigit():
        return int(body)
    return body


class _Forward(Value):
    """A placeholder for a local value used before its definition."""
    __slots__ = ("line",)


def parse(text, source="<string>"):
    """Parse LLVM IR text of any LLVM-22-readable dialect into a ``Module``.

    The text is parsed and verified by LLVM first; malformed input raises ``IRParseError``
    (with line and column) or ``VerifyError``.
    """
    from ..canonical import canonicalize
    return parse_canonical(canonicalize(text, source), source)


def parse_canonical(text, source="<string>"):
    """Parse text that LLVM itself printed (e.g. ``str(llvmlite_module)``) without re-verifying."""
    return _ModuleReader(text, source).read()


class _ModuleReader:
    def __init__(self, text, source):
        self.lines = text.split("\n")
        self.source = source
        self.module = Module()
        self.globals = {}
        self.lineno = 0
        self.toks = []
        self.i = 0
        self.locals = None
        self.function = None
        self.arg_keys = {}

    # -- tokens ----------------------------------------------------------------------------
    def error(self, message, token_index=None):
        line = self.lines[self.lineno - 1] if 0 < self.lineno <= len(self.lines) else None
        column = None
        if line is not None:
            column = self._column(self.i if token_index is None else token_index)
        raise IRParseError(message, self.lineno, column, line, self.source)

    def _column(self, index):
        pos = self.positions()
        return pos[index] + 1 if index < len(pos) else len(self.line_text) + 1

    def start(self, text, lineno):
        toks = _TOKEN.findall(text)
        if toks and toks[-1][0] == ";":
            toks.pop()
        self.toks, self.i, self.lineno, self.line_text = toks, 0, lineno, text
        self.pos = None

    def peek(self, k=0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else ""

    def next(self):
        if self.i >= len(self.toks):
            self.error("unexpected end of line")
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, tok):
        if self.peek() != tok:
            self.error(f"expected '{tok}' but found '{self.peek() or 'end of line'}'")
        self.i += 1

    def accept(self, tok):
        if self.peek() == tok:
            self.i += 1
            return True
        return False

    def positions(self):
        """Start offset of every token of the current line (computed on demand)."""
        if self.pos is None:
            pos, line, out = 0, self.line_text, []
            for tok in self.toks:
                pos = line.find(tok, pos)
                out.append(pos)
                pos += len(tok)
            self.pos = out
        return self.pos

    def span(self, start, stop):
        """Source text of tokens ``start..stop-1`` as written (spacing kept)."""
        if start >= stop:
            return ""
        pos = self.positions()
        return self.line_text[pos[start]:pos[stop - 1] + len(self.toks[stop - 1])]

    def balanced(self):
        """Skip a parenthesised group starting at the current '(' token."""
        depth = 0
        while True:
            tok = self.next()
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth -= 1
                if depth == 0:
                    return

    # -- module ----------------------------------------------------------------------------
    def read(self):
        deferred = self.first_pass()
        for kind, lineno, obj in deferred:
            if kind == "global":
                self.read_global_body(lineno, obj)
            elif kind == "suffix":
                self.read_function_suffix(lineno, obj)
            else:
                self.read_body(lineno, obj)
        return self.module

    def first_pass(self):
        module, lines, deferred = self.module, self.lines, []
        comment = None
        n, k = len(lines), 0
        while k < n:
            line = lines[k]
            k += 1
            if not line or line.isspace():
                continue
            first = line[0]
            if first == ";":
                if line.startswith("; ModuleID = '"):
                    module.module_id = line[len("; ModuleID = '"):-1]
                elif line.startswith("; Function Attrs: "):
                    comment = line
                continue
            if first == "@":
                self.start(line, k)
                self.declare_global(k, deferred)
            elif line.startswith(("define ", "declare ")):
                fn = self.read_header(line, k)
                fn.comment, comment = comment, None
                deferred.append(("suffix", k, fn))
                if line.startswith("define "):
                    start = k
                    while k < n and lines[k] != "}":
                        k += 1
                    if k >= n:
                        self.lineno = start
                        self.error(f"function @{fn.name} has no closing '}}'")
                    deferred.append(("body", start, (fn, k)))
                    k += 1
            elif first == "%":
                self.read_struct(line, k)
            elif first == "!":
                if line[1:2].isdigit():
                    module.metadata.append(line)
                else:
                    module.named_metadata.append(line)
            elif line.startswith("attributes #"):
                head, _, body = line.partition(" = ")
                module.attribute_groups[head[len("attributes "):]] = body
            elif line.startswith("source_filename = "):
                module.source_filename = line[len("source_filename = "):]
            elif line.startswith("target datalayout = "):
                module.datalayout = line[len("target datalayout = "):]
            elif line.startswith("target triple = "):
                module.triple = line[len("target triple = "):]
            elif line.startswith("module asm "):
                module.module_asm.append(line[len("module asm "):])
            elif first == "$":
                module.comdats.append(line)
            else:
                self.start(line, k)
                self.error(f"unexpected line at module level: {line.strip()[:60]}", 0)
        return deferred

    def read_struct(self, line, lineno):
        self.start(line, lineno)
        name = _name_of(self.next())
        self.expect("=")
        self.expect("type")
        if self.accept("opaque"):
            self.module.struct_bodies[name] = None
        else:
            self.module.struct_bodies[name] = self.parse_type()

    def declare_global(self, lineno, deferred):
        name = _name_of(self.next())
        self.expect("=")
        start = self.i
        while self.peek() not in ("global", "constant", "alias", "ifunc", ""):
            self.i += 1
        kind = self.peek()
        if not kind:
            self.error("expected 'global', 'constant', 'alias' or 'ifunc'")
        prefix = self.span(start, self.i)
        addrspace = re.search(r"addrspace\((\d+)\)", prefix)
        ptr = T.PointerType(int(addrspace.group(1))) if addrspace else T.PTR
        if kind in ("alias", "ifunc"):
            obj = GlobalAlias(name, [], ptr, self.module)
            (self.module.aliases if kind == "alias" else self.module.ifuncs).append(obj)
        else:
            obj = GlobalVariable(name, None, None, kind == "constant", prefix, None, ptr,
                                 self.module)
            self.module.globals.append(obj)
        if isinstance(name, int):
            obj.name = None
        self.globals[name] = obj
        deferred.append(("global", lineno, obj))

    def read_global_body(self, lineno, obj):
        self.start(self.lines[lineno - 1], lineno)
        while self.peek() not in ("global", "constant", "alias", "ifunc"):
            self.i += 1
        if isinstance(obj, GlobalAlias):
            obj.parts = self.opaque_parts(2, len(self.toks))
            return
        self.i += 1
        obj.value_type = self.parse_type()
        if self.peek() not in ("", ","):
            obj.initializer = self.parse_value(obj.value_type)
        obj.suffix = self.opaque_parts(self.i, len(self.toks))

    def read_header(self, line, lineno):
        self.start(line, lineno)
        self.next()   # define | declare
        at = self.i
        while not (self.peek(0)[:1] == "@" and self.peek(1) == "("):
            if at >= len(self.toks) or not self.peek():
                self.error("expected the function name '@name('")
            self.i += 1
        name_index = self.i
        ret_start = None
        for s in range(at, name_index):
            self.i = s
            try:
                self.parse_type()
            except IRParseError:
                continue
            if self.i == name_index:
                ret_start = s
                break
        if ret_start is None:
            self.error("cannot find the return type of the function", name_index)
        self.i = ret_start
        ret = self.parse_type()
        name = _name_of(self.next())
        self.expect("(")
        params, arg_names, arg_attrs, vararg = [], [], [], False
        while not self.accept(")"):
            if self.accept("..."):
                vararg = True
                continue
            ty = self.parse_type()
            start = self.i
            while self.peek() not in (",", ")") and self.peek()[:1] != "%":
                self.skip_attribute()
            attrs = self.span(start, self.i)
            arg_name = _name_of(self.next()) if self.peek()[:1] == "%" else None
            params.append(ty)
            arg_names.append(arg_name)
            arg_attrs.append(attrs)
            self.accept(",")
        fn = Function(None if isinstance(name, int) else name,
                      T.FunctionType(ret, tuple(params), vararg),
                      [n if isinstance(n, str) else None for n in arg_names],
                      self.span(at, ret_start), parent=self.module)
        fn.suffix = self.i   # token index of the suffix; read in the second pass
        for arg, attrs in zip(fn.args, arg_attrs):
            arg.attrs = attrs
        self.arg_keys[fn] = arg_names
        self.module.functions.append(fn)
        self.globals[name] = fn
        return fn

    def read_function_suffix(self, lineno, fn):
        self.start(self.lines[lineno - 1], lineno)
        stop = len(self.toks) - (1 if self.toks[-1] == "{" else 0)
        fn.suffix = self.opaque_parts(fn.suffix, stop)

    def skip_attribute(self):
        tok = self.next()
        if tok == "align" and self.peek().isdigit():
            self.i += 1
        elif self.peek() == "(":
            self.balanced()
        elif tok[0] == '"' and self.peek() == "=":
            self.i += 2

    def opaque_parts(self, start, stop):
        """Text parts of tokens ``start..stop-1`` with ``@g`` (and ``%x`` in functions)
        references resolved to values."""
        if start >= stop:
            return []
        pos, line = self.positions(), self.line_text
        parts, run = [], pos[start]
        for k in range(start, stop):
            tok = self.toks[k]
            if tok[0] == "@":
                value = self.global_ref(tok, k)
            elif tok[0] == "%" and self.locals is not None:
                key = _name_of(tok)
                if key not in self.locals and \
                        key in self.module.struct_bodies:
                    continue  # a named type, not a value
                value = self.local_ref(key, T.VOID)
            else:
                continue
            if pos[k] > run:
                parts.append(line[run:pos[k]])
            parts.append(value)
            run = pos[k] + len(tok)
        end = pos[stop - 1] + len(self.toks[stop - 1])
        if end > run:
            parts.append(line[run:end])
        return parts

    def global_ref(self, tok, index=None):
        key = _name_of(tok)
        value = self.globals.get(key)
        if value is None:
            self.error(f"use of undefined global {tok}", index)
        return value

    # -- types -----------------------------------------------------------------------------
    def parse_type(self):
        tok = self.next()
        ty = _SIMPLE_TYPES.get(tok)
        if ty is not None:
            if tok == "ptr" and self.peek() == "addrspace":
                self.i += 1
                self.expect("(")
                ty = T.PointerType(int(self.next()))
                self.expect(")")
        elif tok[0] == "i" and tok[1:].isdigit():
            ty = T.IntType(int(tok[1:]))
        elif tok == "{":
            ty = T.StructType(self.type_list("}"))
        elif tok == "<":
            if self.accept("{"):
                ty = T.StructType(self.type_list("}"), packed=True)
                self.expect(">")
            else:
                scalable = self.accept("vscale")
                if scalable:
                    self.expect("x")
                count = int(self.next())
                self.expect("x")
                ty = T.VectorType(count, self.parse_type(), scalable)
                self.expect(">")
        elif tok == "[":
            count = int(self.next())
            self.expect("x")
            ty = T.ArrayType(count, self.parse_type())
            self.expect("]")
        elif tok[0] == "%":
            ty = T.NamedStructType(_name_of(tok))
        elif tok == "target" and self.peek() == "(":
            start = self.i - 1
            self.balanced()
            ty = T.TargetExtType(self.span(start, self.i))
        else:
            self.i -= 1
            self.error(f"expected a type but found '{tok}'")
        while self.peek() == "(" and self.peek(1) != "(":
            self.i += 1
            params, vararg = [], False
            while not self.accept(")"):
                if self.accept("..."):
                    vararg = True
                else:
                    params.append(self.parse_type())
                self.accept(",")
            ty = T.FunctionType(ty, tuple(params), vararg)
        return ty

    def type_list(self, close):
        out = []
        while not self.accept(close):
            out.append(self.parse_type())
            self.accept(",")
        return tuple(out)

    def struct_elements(self, ty):
        if isinstance(ty, T.NamedStructType):
            body = self.module.struct_bodies.get(ty.name)
            if body is None:
                self.error(f"struct {ty} has no body")
            return body.elements
        return ty.elements

    def element_type(self, ty, index):
        if isinstance(ty, (T.ArrayType, T.VectorType)):
            return ty.element
        return self.struct_elements(ty)[index]

    # -- values ----------------------------------------------------------------------------
    def local_ref(self, key, ty):
        value = self.locals.get(key)
        if value is None:
            value = _Forward(ty, key)
            value.line = self.lineno
            self.locals[key] = value
        return value

    def block_ref(self, tok):
        key = _name_of(tok)
        value = self.locals.get(key)
        if value is None:
            value = Block(None if isinstance(key, int) else key, self.function)
            self.locals[key] = value
        elif not isinstance(value, Block):
            self.error(f"{tok} is not a basic block")
        return value

    def typed_value(self):
        return self.parse_value(self.parse_type())

    def parse_value(self, ty):
        tok = self.next()
        first = tok[0]
        if first == "%":
            if self.locals is None:
                self.error(f"local value {tok} outside a function", self.i - 1)
            if ty == T.LABEL:
                return self.block_ref(tok)
            return self.local_ref(_name_of(tok), ty)
        if first == "@":
            return self.global_ref(tok, self.i - 1)
        if first in "-0123456789":
            if isinstance(ty.scalar, T.FloatType):
                return ConstantFP(ty, spelling=tok)
            if tok.startswith("0x") or "." in tok:
                self.error(f"float literal {tok} for type {ty}", self.i - 1)
            return ConstantInt(ty, int(tok))
        if first == "c" and tok[1:2] == '"':
            return ConstantString(ty, _unquote(tok[2:-1]))
        handler = _VALUE_KEYWORDS.get(tok)
        if handler is not None:
            return handler(self, ty, tok)
        if tok in _CONSTEXPR:
            return self.constant_expr(tok, ty)
        self.i -= 1
        self.error(f"expected a value of type {ty} but found '{tok}'")

    def aggregate(self, ty, tok):
        if tok == "<" and self.accept("{"):
            close = "}"
        else:
            close = {"{": "}", "[": "]", "<": ">"}[tok]
        elements = []
        while not self.accept(close):
            elements.append(self.typed_value())
            self.accept(",")
        packed = close == "}" and tok == "<"
        if packed:
            self.expect(">")
        return ConstantAggregate(ty, elements, packed)

    def splat(self, ty, tok):
        self.expect("(")
        element = self.typed_value()
        self.expect(")")
        return Splat(ty, element)

    def block_address(self, ty, tok):
        self.expect("(")
        fn = self.global_ref(self.next())
        self.expect(",")
        block = self.next()
        self.expect(")")
        return BlockAddress(ty, fn, block)

    def inline_asm(self, ty, tok):
        start = self.i - 1
        while self.peek()[:1] != '"':
            self.i += 1
        self.i += 1
        self.expect(",")
        self.i += 1
        return InlineAsm(ty, self.span(start, self.i))

    def opaque_constant(self, ty, tok):
        start = self.i - 1
        if self.peek() == "(":
            self.balanced()
        else:
            self.i += 1
        return OpaqueConstant(ty, self.opaque_parts(start, self.i))

    def constant_expr(self, opcode, ty):
        flags = []
        while self.peek() in _INT_FLAGS or self.peek() in _GEP_FLAGS:
            flags.append(self.next())
        inrange = None
        if self.peek() == "inrange":
            start = self.i
            self.i += 1
            self.balanced()
            inrange = self.span(start, self.i)
        self.expect("(")
        source_type = None
        if opcode == "getelementptr":
            source_type = self.parse_type()
            self.expect(",")
        operands = []
        while True:
            operands.append(self.typed_value())
            if opcode in CASTS:
                self.expect("to")
                ty = self.parse_type()
            if not self.accept(","):
                break
        self.expect(")")
        if opcode in BINARY or opcode == "insertelement":
            ty = operands[0].type
        elif opcode == "extractelement":
            ty = operands[0].type.element
        elif opcode == "shufflevector":
            ty = T.VectorType(operands[2].type.count, operands[0].type.element)
        elif opcode == "getelementptr":
            ty = operands[0].type
        return ConstantExpr(ty, opcode, operands, flags, source_type, inrange)

    def metadata_operand(self):
        """A ``metadata`` argument: everything up to the next top-level ',' or ')'."""
        start, depth = self.i, 0
        while True:
            tok = self.peek()
            if not tok or (depth == 0 and tok in (",", ")")):
                break
            if tok in ("(", "{", "[", "<"):
                depth += 1
            elif tok in (")", "}", "]", ">"):
                depth -= 1
            self.i += 1
        return MetadataOperand(T.METADATA, self.opaque_parts(start, self.i))

    # -- function bodies -------------------------------------------------------------------
    def read_body(self, lineno, payload):
        fn, end = payload
        self.function = fn
        self.locals = {}
        slot = 0
        for arg, key in zip(fn.args, self.arg_keys.pop(fn)):
            if key is None:
                key = slot
            if isinstance(key, int):
                slot = key + 1
            self.locals[key] = arg
        block, records = None, []
        lines, k = self.lines, lineno
        while k < end:
            line = lines[k]
            k += 1
            if not line or line.isspace():
                continue
            if line[0] != " ":
                if line[0] == ";":
                    continue
                label = line.split(":", 1)[0] if not line.startswith('"') else \
                    line[:line.index('":') + 1]
                block = self.define_block(label, k)
                continue
            stripped = line.lstrip()
            if stripped[0] == ";":
                continue
            if block is None:
                block = self.define_block(slot, k)
            if stripped.startswith("#dbg_"):
                records.append(self.debug_record(line, k))
                continue
            if stripped.startswith("switch "):
                while k < end:
                    k += 1
                    line += " " + lines[k - 1].strip()
                    if lines[k - 1].lstrip().startswith("]"):
                        break
            elif k < end and lines[k].startswith("          to label "):
                line += " " + lines[k].strip()
                k += 1
            elif " = landingpad " in line:
                while k < end and lines[k].lstrip().startswith(("cleanup", "catch ", "filter ")):
                    line += " " + lines[k].strip()
                    k += 1
            inst = self.instruction(line, k)
            inst.records, records = records, []
            block.append(inst)
        for key, value in self.locals.items():
            if isinstance(value, _Forward):
                self.lineno = value.line
                self.error(f"use of undefined value %{key} in function @{fn.name}")
            if isinstance(value, Block) and value.parent is fn and value not in fn.blocks:
                self.lineno = lineno
                self.error(f"use of undefined label %{key} in function @{fn.name}")
        self.locals = None
        self.function = None

    def define_block(self, label, lineno):
        if isinstance(label, str):
            self.start(label, lineno)
            key = label if label.startswith('"') else label
            key = _name_of("%" + key) if not label.isdigit() else int(label)
        else:
            key = label
        block = self.locals.get(key)
        if block is None:
            block = Block(None if isinstance(key, int) else key, self.function)
            self.locals[key] = block
        elif not isinstance(block, Block):
            self.error(f"label %{key} is also a value")
        self.function.blocks.append(block)
        return block

    def debug_record(self, line, lineno):
        self.start(line, lineno)
        kind = self.next()[len("#dbg_"):]
        self.expect("(")
        start = self.i
        self.i = len(self.toks) - 1
        if self.toks[-1] != ")":
            self.error("expected ')' at the end of a debug record")
        return DebugRecord(kind, self.opaque_parts(start, self.i))

    def define(self, key, inst):
        old = self.locals.get(key)
        if old is not None:
            if not isinstance(old, _Forward):
                self.error(f"redefinition of value %{key}", 0)
            old.replace_all_uses_with(inst)
        self.locals[key] = inst

    def instruction(self, line, lineno):
        self.start(line, lineno)
        key = None
        if self.peek()[:1] == "%" and self.peek(1) == "=":
            key = _name_of(self.next())
            self.i += 1
        opcode = self.next()
        handler = _OPCODES.get(opcode)
        if handler is None:
            if opcode in ("tail", "musttail", "notail"):
                self.expect("call")
                inst = self.call("call", opcode)
            else:
                self.i -= 1
                self.error(f"unsupported instruction '{opcode}'")
        else:
            inst = handler(self, opcode)
        while self.accept(","):
            kind = self.next()
            if kind[0] != "!":
                self.i -= 1
                self.error(f"unexpected '{kind}' after {opcode} instruction")
            inst.metadata.append((kind[1:], self.next()))
        if self.i != len(self.toks):
            self.error(f"unexpected '{self.peek()}' after {opcode} instruction")
        if key is not None:
            inst.name = key if isinstance(key, str) else None
            self.define(key, inst)
        return inst

    def flags(self, allowed):
        out = []
        while self.peek() in allowed:
            out.append(self.next())
        return out

    def align_and_more(self, attrs, keys=("align",)):
        while self.peek() == "," and self.peek(1) in keys:
            self.i += 1
            key = self.next()
            if key == "addrspace":
                self.expect("(")
                attrs[key] = int(self.next())
                self.expect(")")
            else:
                attrs[key] = int(self.next())

    # one method per opcode family; each returns the Instruction (without metadata)
    def op_ret(self, opcode):
        if self.accept("void"):
            return Instruction("ret", T.VOID)
        return Instruction("ret", T.VOID, [self.typed_value()])

    def op_br(self, opcode):
        if self.peek() == "label":
            self.i += 1
            return Instruction("br", T.VOID, [self.block_ref(self.next())])
        cond = self.typed_value()
        self.expect(",")
        self.expect("label")
        true = self.block_ref(self.next())
        self.expect(",")
        self.expect("label")
        return Instruction("br", T.VOID, [cond, true, self.block_ref(self.next())])

    def op_switch(self, opcode):
        cond = self.typed_value()
        self.expect(",")
        self.expect("label")
        ops = [cond, self.block_ref(self.next())]
        self.expect("[")
        while not self.accept("]"):
            ops.append(self.typed_value())
            self.expect(",")
            self.expect("label")
            ops.append(self.block_ref(self.next()))
        return Instruction("switch", T.VOID, ops)

    def op_indirectbr(self, opcode):
        ops = [self.typed_value()]
        self.expect(",")
        self.expect("[")
        while not self.accept("]"):
            self.expect("label")
            ops.append(self.block_ref(self.next()))
            self.accept(",")
        return Instruction("indirectbr", T.VOID, ops)

    def op_simple(self, opcode):
        if opcode in ("unreachable",):
            return Instruction(opcode, T.VOID)
        value = self.typed_value()                          # resume, freeze
        return Instruction(opcode, T.VOID if opcode == "resume" else value.type, [value])

    def op_unary(self, opcode):
        flags = self.flags(_FMF)
        value = self.typed_value()
        return Instruction(opcode, value.type, [value], flags=flags)

    def op_binary(self, opcode):
        flags = self.flags(_FMF if opcode[0] == "f" else _INT_FLAGS)
        lhs = self.typed_value()
        self.expect(",")
        return Instruction(opcode, lhs.type, [lhs, self.parse_value(lhs.type)], flags=flags)

    def op_cast(self, opcode):
        flags = self.flags(_INT_FLAGS | _FMF)
        value = self.typed_value()
        self.expect("to")
        return Instruction(opcode, self.parse_type(), [value], flags=flags)

    def op_cmp(self, opcode):
        flags = self.flags(_FMF if opcode == "fcmp" else _INT_FLAGS)
        predicate = self.next()
        lhs = self.typed_value()
        self.expect(",")
        rhs = self.parse_value(lhs.type)
        ty = T.VectorType(lhs.type.count, T.I1, lhs.type.scalable) \
            if isinstance(lhs.type, T.VectorType) else T.I1
        return Instruction(opcode, ty, [lhs, rhs], flags=flags, attrs={"predicate": predicate})

    def op_phi(self, opcode):
        flags = self.flags(_FMF)
        ty = self.parse_type()
        ops = []
        while self.accept("["):
            ops.append(self.parse_value(ty))
            self.expect(",")
            ops.append(self.block_ref(self.next()))
            self.expect("]")
            if not (self.peek() == "," and self.peek(1) == "["):
                break
            self.i += 1
        return Instruction("phi", ty, ops, flags=flags)

    def op_select(self, opcode):
        flags = self.flags(_FMF)
        cond = self.typed_value()
        self.expect(",")
        a = self.typed_value()
        self.expect(",")
        return Instruction("select", a.type, [cond, a, self.typed_value()], flags=flags)

    def op_alloca(self, opcode):
        attrs = {}
        for flag in ("inalloca", "swifterror"):
            if self.accept(flag):
                attrs[flag] = True
        attrs["allocated_type"] = self.parse_type()
        ops = []
        if self.peek() == "," and self.peek(1) not in ("align", "addrspace") \
                and self.peek(1)[:1] != "!":
            self.i += 1
            ops.append(self.typed_value())
        self.align_and_more(attrs, ("align", "addrspace"))
        ty = T.PointerType(attrs["addrspace"]) if "addrspace" in attrs else T.PTR
        return Instruction("alloca", ty, ops, attrs=attrs)

    def memory_prefix(self, attrs):
        if self.accept("atomic"):
            attrs["atomic"] = True
        if self.accept("volatile"):
            attrs["volatile"] = True

    def memory_suffix(self, attrs):
        if attrs.get("atomic"):
            self.ordering(attrs, "ordering")
        self.align_and_more(attrs)

    def ordering(self, attrs, key):
        if self.peek() == "syncscope":
            start = self.i
            self.i += 1
            self.balanced()
            attrs["syncscope"] = self.span(start, self.i)
        attrs[key] = self.next()

    def op_load(self, opcode):
        attrs = {}
        self.memory_prefix(attrs)
        ty = self.parse_type()
        self.expect(",")
        ptr = self.typed_value()
        self.memory_suffix(attrs)
        return Instruction("load", ty, [ptr], attrs=attrs)

    def op_store(self, opcode):
        attrs = {}
        self.memory_prefix(attrs)
        value = self.typed_value()
        self.expect(",")
        ptr = self.typed_value()
        self.memory_suffix(attrs)
        return Instruction("store", T.VOID, [value, ptr], attrs=attrs)

    def op_fence(self, opcode):
        attrs = {}
        self.ordering(attrs, "ordering")
        return Instruction("fence", T.VOID, attrs=attrs)

    def op_cmpxchg(self, opcode):
        attrs = {}
        for flag in ("weak", "volatile"):
            if self.accept(flag):
                attrs[flag] = True
        ptr = self.typed_value()
        self.expect(",")
        cmp = self.typed_value()
        self.expect(",")
        new = self.typed_value()
        self.ordering(attrs, "success")
        attrs["failure"] = self.next()
        self.align_and_more(attrs)
        return Instruction("cmpxchg", T.StructType((cmp.type, T.I1)), [ptr, cmp, new],
                           attrs=attrs)

    def op_atomicrmw(self, opcode):
        attrs = {}
        if self.accept("volatile"):
            attrs["volatile"] = True
        attrs["op"] = self.next()
        ptr = self.typed_value()
        self.expect(",")
        value = self.typed_value()
        self.ordering(attrs, "ordering")
        self.align_and_more(attrs)
        return Instruction("atomicrmw", value.type, [ptr, value], attrs=attrs)

    def op_gep(self, opcode):
        flags = self.flags(_GEP_FLAGS)
        source = self.parse_type()
        ops = []
        ty = None
        while self.accept(","):
            if self.peek()[:1] == "!":
                self.i -= 1
                break
            ops.append(self.typed_value())
            if isinstance(ops[-1].type, T.VectorType):
                ty = T.VectorType(ops[-1].type.count, ops[0].type.scalar)
        return Instruction("getelementptr", ty or ops[0].type, ops, flags=flags,
                           attrs={"source_type": source})

    def indices(self):
        out = []
        while self.peek() == "," and self.peek(1)[:1].isdigit():
            self.i += 1
            out.append(int(self.next()))
        return out

    def op_extractvalue(self, opcode):
        agg = self.typed_value()
        indices = self.indices()
        ty = agg.type
        for index in indices:
            ty = self.element_type(ty, index)
        return Instruction("extractvalue", ty, [agg], attrs={"indices": indices})

    def op_insertvalue(self, opcode):
        agg = self.typed_value()
        self.expect(",")
        value = self.typed_value()
        return Instruction("insertvalue", agg.type, [agg, value],
                           attrs={"indices": self.indices()})

    def op_vector(self, opcode):
        ops = [self.typed_value()]
        while self.accept(","):
            if self.peek()[:1] == "!":
                self.i -= 1
                break
            ops.append(self.typed_value())
        if opcode == "extractelement":
            ty = ops[0].type.element
        elif opcode == "shufflevector":
            ty = T.VectorType(ops[2].type.count, ops[0].type.element, ops[2].type.scalable)
        else:
            ty = ops[0].type
        return Instruction(opcode, ty, ops)

    def op_va_arg(self, opcode):
        ptr = self.typed_value()
        self.expect(",")
        return Instruction("va_arg", self.parse_type(), [ptr])

    def op_landingpad(self, opcode):
        ty = self.parse_type()
        attrs = {"cleanup": self.accept("cleanup"), "clauses": []}
        ops = []
        while self.peek() in ("catch", "filter"):
            attrs["clauses"].append(self.next())
            ops.append(self.typed_value())
        return Instruction("landingpad", ty, ops, attrs=attrs)

    def call(self, opcode, tail=None):
        attrs = {"tail": tail}
        flags = self.flags(_FMF)
        tok = self.peek()
        if tok.endswith("cc") or tok == "cc":
            self.i += 1
            attrs["cc"] = tok if tok != "cc" else f"cc {self.next()}"
        start = self.i
        while True:
            tok = self.peek()
            if tok in _SIMPLE_TYPES or tok[:1] in ("{", "<", "[", "%") or (
                    tok[:1] == "i" and tok[1:].isdigit()) or tok == "addrspace":
                break
            if not tok:
                self.error("expected the type of the call")
            self.skip_attribute()
        attrs["ret_attrs"] = self.span(start, self.i)
        if self.peek() == "addrspace":
            self.i += 2
            attrs["addrspace"] = int(self.next())
            self.expect(")")
        ty = self.parse_type()
        callee = self.parse_value(T.PTR)
        self.expect("(")
        args, arg_attrs = [], []
        while not self.accept(")"):
            if self.accept("..."):
                attrs["forward_varargs"] = True
                continue
            aty = self.parse_type()
            start = self.i
            if aty == T.METADATA:
                arg_attrs.append("")
                args.append(self.metadata_operand())
            else:
                while True:
                    tok = self.peek()
                    c = tok[:1]
                    if c in "%@-0123456789" or tok in _VALUE_KEYWORDS or tok in _CONSTEXPR \
                            or tok.startswith('c"'):
                        break
                    if not tok:
                        self.error("unexpected end of line in call arguments")
                    self.skip_attribute()
                arg_attrs.append(self.span(start, self.i))
                args.append(self.parse_value(aty))
            self.accept(",")
        if isinstance(ty, T.FunctionType):
            attrs["callee_type"] = ty
        else:
            attrs["callee_type"] = T.FunctionType(ty, tuple(a.type for a in args))
        attrs["arg_attrs"] = arg_attrs
        start = self.i
        while self.peek().startswith("#") or (self.peek() not in ("", ",", "[", "to")):
            self.skip_attribute()
        attrs["fn_attrs"] = self.span(start, self.i)
        attrs["bundles"] = None
        if self.peek() == "[":
            start, depth = self.i, 0
            while True:
                tok = self.next()
                depth += tok == "["
                depth -= tok == "]"
                if depth == 0:
                    break
            attrs["bundles"] = MetadataOperand(T.METADATA, self.opaque_parts(start, self.i))
        attrs["nargs"] = len(args)
        ret = attrs["callee_type"].ret
        inst = Instruction(opcode, ret, args + [callee], flags=flags, attrs=attrs)
        if attrs["bundles"] is not None:
            inst.append_operand(attrs["bundles"])
        if opcode == "invoke":
            self.expect("to")
            self.expect("label")
            inst.append_operand(self.block_ref(self.next()))
            self.expect("unwind")
            self.expect("label")
            inst.append_operand(self.block_ref(self.next()))
        return inst

    def op_call(self, opcode):
        return self.call(opcode)


def _keyword(cls):
    return lambda reader, ty, tok: cls(ty)


_VALUE_KEYWORDS = {
    "true": lambda r, ty, tok: ConstantInt(ty, 1),
    "false": lambda r, ty, tok: ConstantInt(ty, 0),
    "null": _keyword(ConstantNull), "undef": _keyword(Undef), "poison": _keyword(Poison),
    "zeroinitializer": _keyword(ZeroInitializer), "none": _keyword(NoneToken),
    "{": _ModuleReader.aggregate, "[": _ModuleReader.aggregate, "<": _ModuleReader.aggregate,
    "splat": _ModuleReader.splat, "blockaddress": _ModuleReader.block_address,
    "asm": _ModuleReader.inline_asm, "dso_local_equivalent": _ModuleReader.opaque_constant,
    "no_cfi": _ModuleReader.opaque_constant, "ptrauth": _ModuleReader.opaque_constant,
}

_OPCODES = {"ret": _ModuleReader.op_ret, "br": _ModuleReader.op_br,
            "switch": _ModuleReader.op_switch, "indirectbr": _ModuleReader.op_indirectbr,
            "unreachable": _ModuleReader.op_simple, "resume": _ModuleReader.op_simple,
            "freeze": _ModuleReader.op_simple, "fneg": _ModuleReader.op_unary,
            "icmp": _ModuleReader.op_cmp, "fcmp": _ModuleReader.op_cmp,
            "phi": _ModuleReader.op_phi, "select": _ModuleReader.op_select,
            "alloca": _ModuleReader.op_alloca, "load": _ModuleReader.op_load,
            "store": _ModuleReader.op_store, "fence": _ModuleReader.op_fence,
            "cmpxchg": _ModuleReader.op_cmpxchg, "atomicrmw": _ModuleReader.op_atomicrmw,
            "getelementptr": _ModuleReader.op_gep,
            "extractvalue": _ModuleReader.op_extractvalue,
            "insertvalue": _ModuleReader.op_insertvalue,
            "extractelement": _ModuleReader.op_vector, "insertelement": _ModuleReader.op_vector,
            "shufflevector": _ModuleReader.op_vector, "va_arg": _ModuleReader.op_va_arg,
            "landingpad": _ModuleReader.op_landingpad, "call": _ModuleReader.op_call,
            "invoke": _ModuleReader.op_call}
for _op in BINARY:
    _OPCODES[_op] = _ModuleReader.op_binary
for _op in CASTS:
    _OPCODES[_op] = _ModuleReader.op_cast
