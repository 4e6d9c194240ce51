"""Printer of ``enzpy.ir`` modules in LLVM 22's canonical text.

For a module read from canonical text the output is identical, byte for byte; for generated
code it is text LLVM reads back.  Unnamed values are numbered as LLVM's slot tracker does
(arguments, then blocks and instructions in order).
"""

from .nodes import Function, GlobalAlias, GlobalVariable
from .types import VOID, format_name
from .values import Constant, MetadataOperand

__all__ = ["print_module", "print_function", "print_instruction"]


class _Namer:
    """Resolves values to their printed references (``%x``, ``%5``, ``@g``, constants)."""

    def __init__(self, module):
        self.global_slots = {}
        if module is not None:
            slot = 0
            for gv in list(module.globals) + list(module.functions) + list(module.aliases):
                if gv.name is None:
                    self.global_slots[id(gv)] = slot
                    slot += 1
        self.local_slots = {}
        self.renamed = {}

    def number_function(self, fn):
        """Number unnamed values as LLVM does; a name used twice (generated code may do that)
        gets a numeric suffix on its later uses, as LLVM renames on insertion."""
        slots, slot, used, renamed = {}, 0, set(), {}

        def visit(value):
            nonlocal slot
            name = value.name
            if name is None:
                slots[id(value)] = slot
                slot += 1
            elif name in used:
                k = 1
                while f"{name}{k}" in used:
                    k += 1
                renamed[id(value)] = f"{name}{k}"
                used.add(f"{name}{k}")
            else:
                used.add(name)

        for arg in fn.args:
            visit(arg)
        for block in fn.blocks:
            visit(block)
            for inst in block.instructions:
                if inst.type != VOID:
                    visit(inst)
        self.local_slots = slots
        self.renamed = renamed

    def __call__(self, value):
        if isinstance(value, Constant):
            return value.text(self)
        if isinstance(value, (Function, GlobalVariable, GlobalAlias)):
            if value.name is None:
                return f"@{self.global_slots.get(id(value), '<badref>')}"
            return format_name("@", value.name)
        if isinstance(value, MetadataOperand):
            return value.text(self)
        if value.name is not None:
            return format_name("%", self.renamed.get(id(value), value.name))
        slot = self.local_slots.get(id(value))
        return "%<badref>" if slot is None else f"%{slot}"

    def typed(self, value):
        return f"{value.type} {self(value)}"

    def parts(self, parts):
        return "".join(p if isinstance(p, str) else self(p) for p in parts)


def print_module(module):
    """The canonical LLVM text of ``module``."""
    namer = _Namer(module)
    out = []
    if module.module_id is not None:
        out.append(f"; ModuleID = '{module.module_id}'\n")
    if module.source_filename is not None:
        out.append(f"source_filename = {module.source_filename}\n")
    if module.datalayout is not None:
        out.append(f"target datalayout = {module.datalayout}\n")
    if module.triple is not None:
        out.append(f"target triple = {module.triple}\n")
    if module.module_asm:
        out.append("\n")
        out.extend(f"module asm {line}\n" for line in module.module_asm)
    if module.struct_bodies:
        out.append("\n")
        for name, body in module.struct_bodies.items():
            out.append(f"{format_name('%', name)} = type {'opaque' if body is None else body}\n")
    if module.comdats:
        out.append("\n")
        out.append("\n\n".join(module.comdats) + "\n")
    if module.globals:
        out.append("\n")
        out.extend(_global(gv, namer) + "\n" for gv in module.globals)
    for group in (module.aliases, module.ifuncs):
        if group:
            out.append("\n")
            out.extend(f"{namer(a)} = {namer.parts(a.parts)}\n" for a in group)
    for fn in module.functions:
        out.append("\n")
        out.append(print_function(fn, namer))
    if module.attribute_groups:
        out.append("\n")
        out.extend(f"attributes {key} = {body}\n"
                   for key, body in module.attribute_groups.items())
    if module.named_metadata:
        out.append("\n")
        out.extend(line + "\n" for line in module.named_metadata)
    if module.metadata:
        out.append("\n")
        out.extend(line + "\n" for line in module.metadata)
    return "".join(out)


def _global(gv, namer):
    head = f"{namer(gv)} = "
    if gv.prefix:
        head += gv.prefix + " "
    head += f"{'constant' if gv.is_constant else 'global'} {gv.value_type}"
    if gv.initializer is not None:
        head += " " + namer(gv.initializer)
    return head + namer.parts(gv.suffix)


def print_function(fn, namer=None):
    """The text of one function (declaration or definition), with its trailing newline."""
    if namer is None:
        namer = _Namer(fn.parent)
    out = []
    if fn.comment:
        out.append(fn.comment + "\n")
    defining = not fn.is_declaration
    if defining:
        namer.number_function(fn)
    params = []
    for arg in fn.args:
        text = str(arg.type)
        if arg.attrs:
            text += " " + arg.attrs
        if defining:
            text += " " + namer(arg)
        params.append(text)
    if fn.function_type.vararg:
        params.append("...")
    head = "define " if defining else "declare "
    if fn.prefix:
        head += fn.prefix + " "
    head += f"{fn.return_type} {namer(fn)}({', '.join(params)})"
    suffix = namer.parts(fn.suffix)
    if suffix:
        head += " " + suffix
    if not defining:
        out.append(head + "\n")
        return "".join(out)
    out.append(head + " {\n")
    for index, block in enumerate(fn.blocks):
        if index:
            out.append("\n")
        if block.name is not None or index:
            label = (namer(block)[1:] if block.name is not None
                     else str(namer.local_slots.get(id(block), "<badref>"))) + ":"
            if index:
                preds = block.predecessors
                comment = ("; preds = " + ", ".join(namer(p) for p in preds) if preds
                           else "; No predecessors!")
                label += " " * max(50 - len(label), 1) + comment
            out.append(label + "\n")
        for inst in block.instructions:
            for record in inst.records:
                out.append(f"    #dbg_{record.kind}({record.text(namer)})\n")
            out.append(print_instruction(inst, namer) + "\n")
    out.append("}\n")
    return "".join(out)


def _flags(inst):
    return "".join(" " + f for f in inst.flags)


def _align(attrs):
    return f", align {attrs['align']}" if "align" in attrs else ""


def _ordering(attrs, key="ordering"):
    scope = f" {attrs['syncscope']}" if "syncscope" in attrs else ""
    return f"{scope} {attrs[key]}"


def _call(inst, n):
    a = inst.attrs
    text = "" if a.get("tail") is None else a["tail"] + " "
    text += inst.opcode + _flags(inst)
    if a.get("cc"):
        text += " " + a["cc"]
    if a.get("ret_attrs"):
        text += " " + a["ret_attrs"]
    if "addrspace" in a:
        text += f" addrspace({a['addrspace']})"
    fnty = a["callee_type"]
    nargs = a["nargs"]
    text += f" {fnty if fnty.vararg else fnty.ret} {n(inst.operands[nargs])}("
    args = []
    for value, attrs in zip(inst.operands[:nargs], a["arg_attrs"]):
        if isinstance(value, MetadataOperand):
            args.append("metadata " + value.text(n))
        else:
            args.append(f"{value.type} {attrs} {n(value)}" if attrs else n.typed(value))
    if a.get("forward_varargs"):
        args.append("...")
    text += ", ".join(args) + ")"
    if a.get("fn_attrs"):
        text += " " + a["fn_attrs"]
    if a.get("bundles") is not None:
        text += " " + a["bundles"].text(n)
    if inst.opcode == "invoke":
        normal, unwind = inst.operands[-2:]
        text += f"\n          to label {n(normal)} unwind label {n(unwind)}"
    return text


def _switch(inst, n):
    ops = inst.operands
    text = f"switch {n.typed(ops[0])}, label {n(ops[1])} ["
    for k in range(2, len(ops), 2):
        text += f"\n    {n.typed(ops[k])}, label {n(ops[k + 1])}"
    return text + "\n  ]"


def _typed_list(inst, n):
    return f"{inst.opcode}{_flags(inst)} " + ", ".join(n.typed(o) for o in inst.operands)


def _binary(inst, n):
    a, b = inst.operands
    return f"{inst.opcode}{_flags(inst)} {a.type} {n(a)}, {n(b)}"


def _cast(inst, n):
    return f"{inst.opcode}{_flags(inst)} {n.typed(inst.operands[0])} to {inst.type}"


def _cmp(inst, n):
    a, b = inst.operands
    return f"{inst.opcode}{_flags(inst)} {inst.attrs['predicate']} {a.type} {n(a)}, {n(b)}"


def _phi(inst, n):
    ops = inst.operands
    pairs = ", ".join(f"[ {n(ops[k])}, {n(ops[k + 1])} ]" for k in range(0, len(ops), 2))
    return f"phi{_flags(inst)} {inst.type} {pairs}"


def _alloca(inst, n):
    a = inst.attrs
    text = "alloca "
    for flag in ("inalloca", "swifterror"):
        if a.get(flag):
            text += flag + " "
    text += str(a["allocated_type"])
    if inst.operands:
        text += ", " + n.typed(inst.operands[0])
    text += _align(a)
    if "addrspace" in a:
        text += f", addrspace({a['addrspace']})"
    return text


def _memory_prefix(a):
    return (" atomic" if a.get("atomic") else "") + (" volatile" if a.get("volatile") else "")


def _load(inst, n):
    a = inst.attrs
    text = f"load{_memory_prefix(a)} {inst.type}, {n.typed(inst.operands[0])}"
    if a.get("atomic"):
        text += _ordering(a)
    return text + _align(a)


def _store(inst, n):
    a = inst.attrs
    value, ptr = inst.operands
    text = f"store{_memory_prefix(a)} {n.typed(value)}, {n.typed(ptr)}"
    if a.get("atomic"):
        text += _ordering(a)
    return text + _align(a)


def _gep(inst, n):
    ops = ", ".join(n.typed(o) for o in inst.operands)
    return f"getelementptr{_flags(inst)} {inst.attrs['source_type']}, {ops}"


def _ret(inst, n):
    return f"ret {n.typed(inst.operands[0])}" if inst.operands else "ret void"


def _br(inst, n):
    ops = inst.operands
    if len(ops) == 1:
        return f"br label {n(ops[0])}"
    return f"br {n.typed(ops[0])}, label {n(ops[1])}, label {n(ops[2])}"


def _indirectbr(inst, n):
    labels = ", ".join(f"label {n(b)}" for b in inst.operands[1:])
    return f"indirectbr {n.typed(inst.operands[0])}, [{labels}]"


def _extractvalue(inst, n):
    idx = "".join(f", {i}" for i in inst.attrs["indices"])
    return f"extractvalue {n.typed(inst.operands[0])}{idx}"


def _insertvalue(inst, n):
    idx = "".join(f", {i}" for i in inst.attrs["indices"])
    agg, value = inst.operands
    return f"insertvalue {n.typed(agg)}, {n.typed(value)}{idx}"


def _va_arg(inst, n):
    return f"va_arg {n.typed(inst.operands[0])}, {inst.type}"


def _landingpad(inst, n):
    text = f"landingpad {inst.type}"
    if inst.attrs.get("cleanup"):
        text += "\n          cleanup"
    for kind, value in zip(inst.attrs["clauses"], inst.operands):
        text += f"\n          {kind} {n.typed(value)}"
    return text


def _fence(inst, n):
    return "fence" + _ordering(inst.attrs)


def _cmpxchg(inst, n):
    a = inst.attrs
    head = "cmpxchg" + (" weak" if a.get("weak") else "") + (" volatile" if a.get("volatile")
                                                           else "")
    ops = ", ".join(n.typed(o) for o in inst.operands)
    return f"{head} {ops}{_ordering(a, 'success')} {a['failure']}{_align(a)}"


def _atomicrmw(inst, n):
    a = inst.attrs
    head = "atomicrmw" + (" volatile" if a.get("volatile") else "") + " " + a["op"]
    ops = ", ".join(n.typed(o) for o in inst.operands)
    return f"{head} {ops}{_ordering(a)}{_align(a)}"


_PRINTERS = {
    "ret": _ret, "br": _br, "switch": _switch, "indirectbr": _indirectbr,
    "unreachable": lambda inst, n: "unreachable", "resume": _typed_list, "freeze": _typed_list,
    "fneg": _typed_list, "extractelement": _typed_list, "insertelement": _typed_list,
    "shufflevector": _typed_list, "icmp": _cmp, "fcmp": _cmp, "phi": _phi,
    "select": _typed_list, "alloca": _alloca, "load": _load, "store": _store,
    "getelementptr": _gep, "extractvalue": _extractvalue, "insertvalue": _insertvalue,
    "call": _call, "invoke": _call, "va_arg": _va_arg, "landingpad": _landingpad,
    "fence": _fence, "cmpxchg": _cmpxchg, "atomicrmw": _atomicrmw,
}


def print_instruction(inst, namer=None):
    """One instruction line (two-space indent, no newline), with its metadata attachments."""
    if namer is None:
        namer = _Namer(None)
        fn = inst.function
        if fn is not None:
            namer = _Namer(fn.parent)
            namer.number_function(fn)
    printer = _PRINTERS.get(inst.opcode)
    if printer is None:
        from .parser import BINARY
        printer = _binary if inst.opcode in BINARY else _cast
    text = printer(inst, namer)
    if inst.type != VOID:
        text = f"{namer(inst)} = {text}"
    for kind, ref in inst.metadata:
        text += f", !{kind} {ref}"
    return "  " + text



