"""Preparation of a module for AD: the light pre-AD clean-up, on a copy.

Callees of the differentiated function that are not recursive are inlined (AD then sees one
function and one tape); returns are unified into one return block; loops get preheaders.  No
vectorisation, and no unrolling except of loops that run a small constant number of times
(``enzpy.ad.unroll``).
"""

import re

from ..canonical import canonicalize, dispose, parse_llvm, run_cleanup
from ..errors import EnzpyError
from ..ir import parse_canonical
from ..ir.nodes import Function
from ..rules.custom import rules_from_module
from .unroll import unroll_constant_loops

__all__ = ["prepare", "defined_callees", "recursive_functions"]

# enzpy's runtime helpers that analyses know by name (allocation with a size header):
# differentiating a derivative again must see them as calls, not inlined
_KEEP_CALLS = ("__enzpy_shadow_malloc", "__enzpy_shadow_realloc", "__enzpy_shadow_free",
               "__enzpy_shadow_size")
_NO_OPT = re.compile(r"^(attributes #\d+ = \{.*?)\b(?:optnone|noinline)\b ?", re.M)


def defined_callees(fn):
    """The defined functions ``fn`` calls directly."""
    out = []
    for inst in fn.instructions():
        if inst.opcode in ("call", "invoke"):
            callee = inst.callee
            if isinstance(callee, Function) and not callee.is_declaration and callee not in out:
                out.append(callee)
    return out


def recursive_functions(module):
    """Defined functions that lie on a call-graph cycle (Tarjan's strongly connected
    components; a self-call counts)."""
    graph = {fn: defined_callees(fn) for fn in module.functions if not fn.is_declaration}
    index, low, stack, on_stack, out = {}, {}, [], set(), set()
    counter = [0]

    def visit(v):
        work = [(v, iter(graph[v]))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        while work:
            node, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(graph[w])))
                    break
                if w in on_stack:
                    low[node] = min(low[node], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        component.append(w)
                        if w is node:
                            break
                    if len(component) > 1 or node in graph[node]:
                        out.update(component)

    for fn in graph:
        if fn not in index:
            visit(fn)
    return out


def prepare(text, fn_names, inline=True, source="<string>", custom=None):
    """Return an ``enzpy.ir`` Module ready for AD of ``fn_names`` (one name or several): a
    cleaned copy of ``text`` in which their non-recursive callees are inlined.

    Callees with a custom rule or marked inactive stay calls.  The rules are those the
    module's Enzyme globals declare plus ``custom`` (an ``enzpy.rules.custom.CustomRules``);
    they are checked against the module's functions and stored as ``module.custom_rules``,
    where the derivative generators find them."""
    names = [fn_names] if isinstance(fn_names, str) else list(fn_names)
    module = parse_canonical(canonicalize(str(text), source))
    rules = rules_from_module(module, source).merged(custom)
    rules.check(module, source)
    keep = rules.primal_names()
    for name in names:
        fn = module.get_function(name)
        if fn is None or fn.is_declaration:
            defined = [f.name for f in module.functions if not f.is_declaration]
            raise EnzpyError(f"no function @{name} is defined in {source}; defined "
                             "functions: " + (", ".join("@" + n for n in defined) or "none"))
    to_inline = _inline_set(module, names, keep=keep) if inline else set()
    text = str(text)
    while True:
        stripped = _NO_OPT.sub(r"\1", text)
        if stripped == text:
            break
        text = stripped
    for _ in range(4):      # inlining can turn indirect calls into direct ones: repeat
        llmod = parse_llvm(text, source)
        try:
            for callee in to_inline:
                llmod.get_function(callee).add_function_attribute("alwaysinline")
            run_cleanup(llmod, for_ad=True)
            llmod.verify()
            text = canonicalize(str(llmod), source)
        finally:
            dispose(llmod)
        prepared = parse_canonical(text)
        prepared.custom_rules = rules
        to_inline = _inline_set(prepared, names, direct_only=True, keep=keep) if inline \
            else set()
        if unroll_constant_loops(prepared):       # x ** 2 in Numba: clean up the copies
            text = str(prepared)
        elif not to_inline:
            return prepared
    return prepared


def _inline_set(module, names, direct_only=False, keep=frozenset()):
    """Names of the defined, non-recursive functions reachable from ``names`` (except those in
    ``keep``)."""
    recursive = recursive_functions(module)
    roots = [module.get_function(n) for n in names]
    out, work = set(), list(roots)
    while work:
        for callee in defined_callees(work.pop()):
            if callee.name not in out and callee not in roots and callee not in recursive \
                    and not callee.name.startswith(_KEEP_CALLS) and callee.name not in keep:
                out.add(callee.name)
                if not direct_only:
                    work.append(callee)
    return out



_TARGET_ATTRIBUTE = re.compile(r'"(target-cpu|target-features|tune-cpu)"="[^"]*"')


def copy_target_attributes(module, primal, generated):
    """Give ``generated`` the code-generation target of ``primal`` (its ``target-cpu``,
    ``target-features`` and ``tune-cpu``), and nothing else of its attributes: a derivative
    writes memory that the primal only reads, so ``memory(...)`` and the like would lie."""
    groups = [p for p in primal.suffix if isinstance(p, str)]
    keys = re.findall(r"#\d+", " ".join(groups))
    found = []
    for key in keys:
        found += [m.group(0) for m in
                  _TARGET_ATTRIBUTE.finditer(module.attribute_groups.get(key, ""))]
    if not found:
        return
    body = "{ " + " ".join(dict.fromkeys(found)) + " }"
    for key, existing in module.attribute_groups.items():
        if existing == body:
            break
    else:
        numbers = [int(k[1:]) for k in module.attribute_groups]
        key = f"#{max(numbers, default=-1) + 1}"
        module.attribute_groups[key] = body
    generated.suffix = list(generated.suffix) + [key]
