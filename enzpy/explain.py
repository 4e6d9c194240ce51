"""``enzpy explain``: what type analysis and activity analysis say about a function.

The report lists the function's arguments (LLVM type, activity, whether the derivative needs
their shadow, type tree) and then every instruction, block by block, with its type tree and a
mark: ``active`` (it needs derivative code), ``shadow`` (its value is a pointer that needs a
shadow, mirrored by the derivative but carrying no derivative itself) or nothing (inactive).

Python::

    from enzpy.explain import explain_module, explain_numba
    print(explain_module(module, "dot", ["dup", "dup", "const"], "0=ptr:double"))
    print(explain_numba(f, (np.ones(3), 2.0)))

Argument types (``--arg-types``) are ``ARG=TYPE`` items separated by ``,`` or ``;``: ``ARG``
is a 0-based position or an argument name (``x``, ``%x``, ``%0``); ``TYPE`` is ``double``,
``float``, ``half``, ``bfloat``, ``x86_fp80``, ``fp128``, ``int``, ``ptr`` (a pointer, pointee
unknown), ``ptr:TYPE`` (a pointer to an array of TYPE; nests: ``ptr:ptr:double``), or a type
tree as printed, e.g. ``{[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Integer}``.
"""

import shutil
import subprocess

from .analysis.activity import ActivityAnalysis, ArgActivity
from .analysis.typeanalysis import TypeAnalysis
from .analysis.typememory import tree_of_type
from .analysis.typetree import (ANYTHING, INTEGER, POINTER, FLOAT_KINDS, TypeTree,
                                float_of)
from .errors import ActivityError, EnzpyError, TypeAnalysisError
from .ir import types as T
from .ir.layout import DataLayout
from .ir.printer import _Namer, print_instruction

__all__ = ["explain_module", "explain_numba", "explain_function", "parse_arg_types",
           "parse_activities", "default_activities", "write_dot", "Explanation"]

INSTRUCTION_WIDTH = 64
TREE_WIDTH = 100
_SCALARS = {"int": INTEGER, "integer": INTEGER, "anything": ANYTHING, "ptr": POINTER,
            "pointer": POINTER}
_SCALARS.update({kind: float_of(kind) for kind in FLOAT_KINDS})
_SCALARS.update({"f64": float_of("double"), "f32": float_of("float"),
                 "f16": float_of("half")})


# ------------------------------------------------------------------------------------------
# Argument types and activities

def _type_spec(spec, item):
    text = spec.strip()
    if text.startswith("{"):
        try:
            return TypeTree.parse(text)
        except ValueError as exc:
            raise TypeAnalysisError(f"bad --arg-types item {item!r}: {exc}") from None
    low = text.lower()
    if low.startswith(("ptr:", "pointer:")):
        inner = text.split(":", 1)[1].strip()
        pointee = _type_spec(inner, item)
        if not inner.startswith("{"):
            pointee = pointee.as_every_offset()       # ptr:double = a pointer to doubles
        return TypeTree.pointer_to(pointee)
    ct = _SCALARS.get(low)
    if ct is None:
        raise TypeAnalysisError(
            f"bad --arg-types item {item!r}: unknown type {text!r} (use double, float, half, "
            "x86_fp80, int, ptr, ptr:TYPE, or a tree like {[-1]:Pointer, [-1,-1]:Float@double})")
    return TypeTree.of(ct)


def _split_top(text):
    """Split at ``,`` and ``;`` outside braces and brackets."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        if ch in ",;" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _arg_index(fn, key, item):
    names = _arg_names(fn)
    if isinstance(key, int) or (isinstance(key, str) and key.strip().lstrip("-").isdigit()):
        index = int(key)
        if not 0 <= index < len(fn.args):
            raise TypeAnalysisError(f"bad --arg-types item {item!r}: @{fn.name} has "
                                    f"{len(fn.args)} arguments (positions 0 to "
                                    f"{len(fn.args) - 1})")
        return index
    name = key.strip()
    for index, arg_name in enumerate(names):
        if name in (arg_name, arg_name.lstrip("%")) and not name.lstrip("%").isdigit():
            return index
    if name.startswith("%") and name[1:].isdigit():
        for index, arg_name in enumerate(names):
            if arg_name == name:
                return index
    raise TypeAnalysisError(f"bad --arg-types item {item!r}: @{fn.name} has no argument "
                            f"{name!r} (its arguments: {', '.join(names) or 'none'})")


def parse_arg_types(spec, fn):
    """``{index: TypeTree}`` from the ``--arg-types`` syntax (a string) or from a dict whose
    keys are positions or names and whose values are TypeTrees or type strings."""
    if spec is None:
        return {}
    items = spec.items() if isinstance(spec, dict) else None
    if items is None:
        pairs = []
        for item in _split_top(spec):
            if "=" not in item:
                raise TypeAnalysisError(
                    f"bad --arg-types item {item!r}: write ARG=TYPE, e.g. 0=ptr:double")
            key, value = item.split("=", 1)
            pairs.append((key.strip(), value, item))
    else:
        pairs = [(k, v, f"{k}={v}") for k, v in items]
    out = {}
    for key, value, item in pairs:
        index = _arg_index(fn, key, item)
        tree = value if isinstance(value, TypeTree) else _type_spec(str(value), item)
        try:
            out[index] = out[index].join(tree) if index in out else tree
        except ValueError as exc:
            raise TypeAnalysisError(f"bad --arg-types item {item!r}: {exc}") from None
    return out


def default_activities(fn):
    """Pointers duplicated, floats (and aggregates of floats) active, the rest const."""
    layout = DataLayout.of(fn.parent) if fn.parent is not None else DataLayout()
    out = []
    for arg in fn.args:
        if arg.type.scalar.is_pointer:
            out.append(ArgActivity.DUP)
        elif _has_float(arg.type, layout):
            out.append(ArgActivity.ACTIVE)
        else:
            out.append(ArgActivity.CONST)
    return out


def _has_float(ty, layout):
    return any(ct.is_float for _, ct in tree_of_type(ty, layout).items())


def parse_activities(spec, fn):
    """A list of ArgActivity from ``"const,active,dup"``, a list of strings or ArgActivity, or
    None (the defaults)."""
    if spec is None:
        return default_activities(fn)
    if isinstance(spec, str):
        items = spec.split(",") if spec.strip() else []
    else:
        items = list(spec)
    out = []
    for item in items:
        if isinstance(item, ArgActivity):
            out.append(item)
            continue
        try:
            out.append(ArgActivity.parse(str(item)))
        except ValueError as exc:
            raise ActivityError(f"bad --args: {exc}") from None
    if len(out) != len(fn.args):
        raise ActivityError(
            f"bad --args: @{fn.name} takes {len(fn.args)} arguments "
            f"({', '.join(str(a.type) for a in fn.args) or 'none'}), {len(out)} activities "
            "given")
    return out


def _arg_names(fn):
    namer = _Namer(fn.parent)
    namer.number_function(fn)
    return [namer(a) for a in fn.args]


def pick_function(module, name=None):
    """The defined function ``name`` (or the only defined function)."""
    defined = [f for f in module.functions if not f.is_declaration]
    if name is None:
        if len(defined) == 1:
            return defined[0]
        listing = ", ".join(f.name for f in defined) or "none"
        raise EnzpyError(f"the module defines {len(defined)} functions; pick one with --fn "
                         f"NAME (candidates: {listing})")
    fn = module.get_function(name.lstrip("@"))
    if fn is None or fn.is_declaration:
        listing = ", ".join(f.name for f in defined) or "none"
        what = "only declares" if fn is not None else "has no function"
        raise EnzpyError(f"the module {what} @{name.lstrip('@')}; defined functions: "
                         f"{listing}")
    return fn


# ------------------------------------------------------------------------------------------
# The report

class Explanation:
    """The analyses of one function, and their rendering as text and as Graphviz dot."""

    def __init__(self, fn, activities, arg_trees, return_active=None, notes=None,
                 title=None):
        self.fn = fn
        module = fn.parent
        self.layout = DataLayout.of(module)
        self.activities = activities
        if return_active is None:
            return_active = _has_float(fn.return_type, self.layout)
        self.return_active = return_active
        trees = {i: TypeTree.of(INTEGER) for i, a in enumerate(fn.args)
                 if isinstance(a.type, T.IntType)}
        trees.update(arg_trees)
        self.arg_trees = trees
        self.types = TypeAnalysis(module, self.layout).analyze(fn, trees)
        self.activity = ActivityAnalysis(fn, activities, return_active, self.types).run()
        self.notes = notes or {}
        self.title = title
        self.namer = _Namer(module)
        self.namer.number_function(fn)

    def mark(self, inst):
        if self.activity.is_active_instruction(inst):
            return "active"
        if inst.type != T.VOID and self.activity.needs_shadow(inst):
            return "shadow"
        return ""

    def instruction_text(self, inst, width=INSTRUCTION_WIDTH):
        text = print_instruction(inst, self.namer).strip()
        for kind, ref in inst.metadata:
            text = text.replace(f", !{kind} {ref}", "")
        return _clip(text, width)

    def tree_text(self, value, width=TREE_WIDTH):
        tree = self.types[value]
        text = str(tree)
        if len(text) <= width:
            return text
        cut = text.rfind(", ", 0, width - 14)
        shown = text[:cut].count(":")
        return f"{text[:cut]}, ...}} ({len(tree)} entries, {len(tree) - shown} not shown)"

    def block_label(self, block):
        return self.namer(block)[1:]

    def render(self):
        fn, act = self.fn, self.activity
        names = _arg_names(fn)
        out = []
        params = ", ".join(f"{a.type} {n}" for a, n in zip(fn.args, names))
        out.append(self.title or f"@{fn.name}({params}) -> {fn.return_type}")
        ret = "active" if self.return_active else "const"
        if fn.return_type == T.VOID:
            ret = "none (void)"
        out.append(f"  return {fn.return_type}: {ret}")
        rows = []
        for arg, name, activity in zip(fn.args, names, self.activities):
            shadow = "shadow" if act.needs_shadow(arg) else ""
            rows.append((f"arg {name}", str(arg.type), activity.value, shadow,
                         self.tree_text(arg), self.notes.get(arg, "")))
        widths = [max((len(r[k]) for r in rows), default=0) for k in range(4)]
        for row in rows:
            cells = [row[k].ljust(widths[k]) for k in range(4)] + [row[4]]
            line = "  " + "  ".join(cells).rstrip()
            if row[5]:
                line += f"   ({row[5]})"
            out.append(line)
        shadows = [n for a, n in zip(fn.args, names) if act.needs_shadow(a)]
        out.append("  shadows needed for: " + (", ".join(shadows) if shadows else "none"))
        insts = list(fn.instructions())
        marks = {inst: self.mark(inst) for inst in insts}
        active = sum(1 for m in marks.values() if m == "active")
        shadow = sum(1 for m in marks.values() if m == "shadow")
        out.append(f"  {len(insts)} instructions: {active} active, {shadow} shadow, "
                   f"{len(insts) - active - shadow} inactive")
        out.append("  (active: needs derivative code; shadow: a pointer whose shadow the "
                   "derivative mirrors)")
        for warning in act.warnings:
            out.append(f"  warning: {warning}")
        width = min(INSTRUCTION_WIDTH, max((len(self.instruction_text(i)) for i in insts),
                                           default=0))
        for index, block in enumerate(fn.blocks):
            out.append("")
            out.append(f"{self.block_label(block)}:")
            for inst in block.instructions:
                text = self.instruction_text(inst)
                tree = self.tree_text(inst) if inst.type != T.VOID else ""
                line = f"  {marks[inst]:6}  {text:{width}}  {tree}" if tree else \
                    f"  {marks[inst]:6}  {text}"
                out.append(line.rstrip())
        return "\n".join(out) + "\n"

    def dot(self):
        """The CFG in Graphviz dot: one node per block listing its instructions, active
        instructions on red, shadow ones on blue."""
        colors = {"active": "#f4b6b6", "shadow": "#c6dbf4", "": "#ffffff"}
        lines = [f"digraph {_dot_id(self.fn.name)} {{",
                 '  node [shape=plaintext, fontname="monospace", fontsize=10];',
                 f'  label={_dot_id("@" + self.fn.name + ": red = active, blue = shadow")};',
                 "  labelloc=t;"]
        ids = {block: f"b{i}" for i, block in enumerate(self.fn.blocks)}
        for block in self.fn.blocks:
            rows = [f'<tr><td align="left"><b>{_html(self.block_label(block))}:</b></td></tr>']
            for inst in block.instructions:
                mark = self.mark(inst)
                text = _html(self.instruction_text(inst, 80))
                rows.append(f'<tr><td align="left" bgcolor="{colors[mark]}">{text}</td></tr>')
            table = '<table border="1" cellborder="0" cellspacing="0">' + "".join(rows) + \
                "</table>"
            lines.append(f"  {ids[block]} [label=<{table}>];")
        for block in self.fn.blocks:
            for succ in dict.fromkeys(block.successors):
                if succ in ids:
                    lines.append(f"  {ids[block]} -> {ids[succ]};")
        lines.append("}")
        return "\n".join(lines) + "\n"


def _clip(text, width):
    return text if len(text) <= width else text[:width - 3] + "..."


def _html(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _dot_id(text):
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dot(explanation, path):
    """Write the dot file, and an SVG next to it when Graphviz's ``dot`` is installed;
    returns the list of files written."""
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(explanation.dot())
    except OSError as exc:
        raise EnzpyError(f"cannot write {path}: {exc.strerror}") from None
    written = [path]
    dot = shutil.which("dot")
    if dot is not None:
        svg = (path[:-4] if path.endswith(".dot") else path) + ".svg"
        result = subprocess.run([dot, "-Tsvg", path, "-o", svg], capture_output=True,
                                text=True, check=False)
        if result.returncode == 0:
            written.append(svg)
    return written


def explain_function(fn, activities=None, arg_types=None, return_active=None):
    """The Explanation of a defined function (see ``explain_module`` for the arguments)."""
    return Explanation(fn, parse_activities(activities, fn), parse_arg_types(arg_types, fn),
                       return_active)


def explain_module(module, fn_name=None, activities=None, arg_types=None,
                   return_active=None):
    """The ``enzpy explain`` report of ``module``'s function ``fn_name`` (default: the only
    defined function).  ``activities``: ``"const,active,dup"``, a list of strings or
    ArgActivity, or None for the defaults (pointer → dup, float → active, other → const);
    ``arg_types``: the ``--arg-types`` syntax or ``{position or name: TypeTree or str}``;
    ``return_active``: default True when the function returns floats."""
    return explain_function(pick_function(module, fn_name), activities, arg_types,
                            return_active).render()


# ------------------------------------------------------------------------------------------
# Numba

def explain_numba(pyfunc, argtypes_or_example_args, activities=None):
    """The report for a Numba function compiled for the given Numba types or example values.

    ``activities`` has one entry per Python argument (``"dup"``/``"dupnoneed"``/``"const"``
    for arrays, ``"active"``/``"const"`` for scalars; default: float arrays dup, floats
    active, the rest const).  A float array's data pointer gets the tree of its dtype; its
    other fields (meminfo, parent, shape, strides) are const.  The return value goes through
    ``retptr``, which is dupnoneed when the function returns floats."""
    from .ir import parse
    from .numba import capture
    captured = capture(pyfunc, argtypes_or_example_args)
    module = parse(captured.text, f"<numba {captured.name}>")
    fn = module.get_function(captured.entry)
    if activities is not None and isinstance(activities, str):
        activities = activities.split(",")
    if activities is not None and len(activities) != len(captured.args):
        raise ActivityError(f"{captured.name} takes {len(captured.args)} arguments, "
                            f"{len(activities)} activities given")
    acts = [ArgActivity.CONST] * len(fn.args)
    trees, notes = {}, {fn.args[0]: "retptr", fn.args[1]: "excinfo"}
    ret_floats = _numba_float_kind(captured.return_type) is not None or \
        "double" in captured.return_llvm_type or "float" in captured.return_llvm_type
    acts[0] = ArgActivity.DUP_NONEED if ret_floats else ArgActivity.CONST
    for index, layout in enumerate(captured.args):
        wanted = None if activities is None else activities[index]
        if wanted is not None and not isinstance(wanted, ArgActivity):
            try:
                wanted = ArgActivity.parse(str(wanted))
            except ValueError as exc:
                raise ActivityError(f"argument {layout.name!r}: {exc}") from None
        _numba_argument(fn, layout, wanted, acts, trees, notes)
    title = (f"{captured.name} ({captured.location}) compiled as @{captured.entry}\n"
             f"  Python arguments: " + ", ".join(
                 f"{a.name}: {a.numba_type}" for a in captured.args) +
             f"; returns {captured.return_type} through retptr")
    explanation = Explanation(fn, acts, trees, return_active=False, notes=notes, title=title)
    return explanation.render()


def _numba_float_kind(ty):
    from numba.core import types
    dtype = getattr(ty, "dtype", ty)
    if isinstance(dtype, types.Complex):
        dtype = dtype.underlying_float
    if isinstance(dtype, types.Float):
        return {32: "float", 64: "double", 16: "half"}.get(dtype.bitwidth)
    return None


def _numba_argument(fn, layout, wanted, acts, trees, notes):
    from numba.core import types
    ty = layout.numba_type
    is_array = isinstance(ty, types.Array)
    kind = _numba_float_kind(ty)
    for position, field in zip(layout.positions, layout.fields):
        arg = fn.args[position]
        sep = "" if field.startswith("[") else "."
        notes[arg] = f"{layout.name}{sep}{field}" if field else layout.name
        if is_array:
            element = TypeTree.of(float_of(kind)) if kind else TypeTree.of(INTEGER)
            data = TypeTree.pointer_to(element)
            if field == "data":
                trees[position] = data
                if wanted is None:
                    acts[position] = ArgActivity.DUP if kind else ArgActivity.CONST
                elif wanted is ArgActivity.ACTIVE:
                    raise ActivityError(f"argument {layout.name!r} is an array: pass it as "
                                        "dup, dupnoneed or const")
                else:
                    acts[position] = wanted
            elif field == "meminfo":
                trees[position] = TypeTree.pointer_to(TypeTree(
                    {(24,) + p[1:]: c for p, c in data.items()}))
            elif field == "parent":
                trees[position] = TypeTree.of(POINTER)
            else:
                trees[position] = TypeTree.of(INTEGER)
            continue
        is_float = isinstance(arg.type.scalar, T.FloatType)
        if not is_float:
            continue                                   # integers and booleans: const
        if wanted is None:
            acts[position] = ArgActivity.ACTIVE
        elif wanted in (ArgActivity.ACTIVE, ArgActivity.CONST, ArgActivity.DUP,
                        ArgActivity.DUP_NONEED):
            acts[position] = wanted
