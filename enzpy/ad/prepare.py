"""Preparation of a module for AD: the light pre-AD clean-up, on a copy.

Callees of the differentiated function that are not recursive are inlined (AD then sees one
function and one tape); returns are unified into one return block; loops get preheaders.  No
vectorisation, and no unrolling except of loops that run a small constant number of times
(``enzpy.ad.unroll``).
"""

import re

import llvmlite.binding as llvm

from ..canonical import canonicalize, dispose, parse_llvm, run_cleanup, target_machine
from ..errors import EnzpyError
from ..ir import parse_canonical
from ..ir import types as T
from ..ir.builder import Builder, declare
from ..analysis.activity import INACTIVE_FUNCTIONS
from ..analysis.pointsto import PointsTo
from ..analysis.typeanalysis import TypeAnalysis
from ..ir.layout import DataLayout
from ..ir.nodes import Function, GlobalVariable, Instruction
from ..ir.values import Constant, ConstantAggregate, ConstantExpr, ConstantString
from ..rules.custom import rules_from_module
from ..rules.emitter import intrinsic_suffix
from .runtime import Runtime
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
    text = str(module) if _differentiable_kernels(module) else str(text)
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
            if " invoke " in text or "landingpad" in text:  # (walking the IR costs)
                _lower_invokes(llmod, names, source)
            llmod.verify()
            text = canonicalize(str(llmod), source)
        finally:
            dispose(llmod)
        prepared = parse_canonical(text)
        prepared.custom_rules = rules
        if _unsized_deletes(prepared, names) | _scalarize_reductions(prepared, names) | \
                _modf_intrinsics(prepared) | (inline and _promote_table_calls(prepared, names)):
            text = str(prepared)
        to_inline = _inline_set(prepared, names, direct_only=True, keep=keep) if inline \
            else set()
        if unroll_constant_loops(prepared):       # x ** 2 in Numba: clean up the copies
            text = str(prepared)
        elif not to_inline:
            return prepared
    return prepared


def _differentiable_kernels(module):
    """Give enzpy's kernels that call BLAS (a derivative being differentiated again: the
    Hessian through the LAPACK rules) the bodies of their IR loop equivalents, which AD can
    differentiate; True when one was replaced."""
    replaced = False
    for kind in ("double", "float"):
        fn = module.get_function(f"__enzpy_tri_{kind}")
        if fn is None or fn.is_declaration:
            continue
        for inst in list(fn.instructions()):
            inst.drop_operands()
        fn.blocks = []
        b = Builder(fn.append_block("entry"))
        b.call(Runtime(module).tri_loops(kind), list(fn.args))
        b.ret()
        replaced = True
    return replaced


_TYPED_CLAUSE = re.compile(r"\b(?:catch ptr (?!null\b)|filter )")


def _lower_invokes(llmod, names, source):
    """Turn the ``invoke``s of the differentiated functions into calls followed by a branch to
    the normal destination (LLVM's lower-invoke), then drop the landing pads left unreachable.

    C++ code compiled with exceptions calls anything that may throw (``operator new``, a
    ``std::vector`` growing, a constructor) through ``invoke``, with cleanup landing pads that
    run destructors; derivatives exist only along the normal path, as in Enzyme, so the
    exception edges are removed.  An exception thrown inside the derivative then leaves it
    without running those cleanups.  A landing pad that catches a specific type (a
    ``try``/``catch`` in the function) would change what the program does, so it is an error;
    cleanups, catch-all and ``noexcept`` terminate pads are dropped."""
    for name in names:
        fn = llmod.get_function(name)
        invokes = False
        for block in fn.blocks:
            for inst in block.instructions:
                if inst.opcode == "invoke":
                    invokes = True
                elif inst.opcode == "landingpad" and _TYPED_CLAUSE.search(str(inst)):
                    raise EnzpyError(
                        f"{source}: @{name} catches exceptions (a try/catch: "
                        f"`{str(inst).strip().splitlines()[0]} ...`); enzpy differentiates "
                        "only the normal path of C++ code: move the try/catch out of the "
                        "differentiated function")
        if not invokes:
            continue
        pb = llvm.create_pass_builder(target_machine(), llvm.create_pipeline_tuning_options(0))
        try:
            fpm = llvm.create_new_function_pass_manager()
            fpm.add_lower_invoke_pass()
            fpm.add_simplify_cfg_pass()
            fpm.run(fn, pb)
        finally:
            pb.close()


_SIZED_DELETES = {"_ZdlPvm": "_ZdlPv", "_ZdaPvm": "_ZdaPv"}


def _unsized_deletes(module, names):
    """Replace C++14's sized ``operator delete(void *, size_t)`` (and ``delete[]``) in the
    differentiated functions by the unsized form, which frees the same memory: AD frees an
    allocation (and its shadow) with the one-argument function the primal used.  Returns
    whether anything changed."""
    changed = False
    for name in names:
        for inst in list(module.get_function(name).instructions()):
            callee = inst.callee if inst.opcode == "call" else None
            if not isinstance(callee, Function) or callee.name not in _SIZED_DELETES:
                continue
            unsized = declare(module, _SIZED_DELETES[callee.name],
                              T.FunctionType(T.VOID, (T.PTR,)))
            call = Builder(before=inst).call(unsized, [inst.args[0]])
            call.attrs["arg_attrs"] = inst.attrs["arg_attrs"][:1]
            inst.erase()
            changed = True
    return changed


_REDUCTIONS = {"llvm.vector.reduce.fadd": "fadd", "llvm.vector.reduce.fmul": "fmul",
               "llvm.vector.reduce.fmax": "llvm.maxnum", "llvm.vector.reduce.fmin": "llvm.minnum",
               "llvm.vector.reduce.fmaximum": "llvm.maximum",
               "llvm.vector.reduce.fminimum": "llvm.minimum"}


def _scalarize_reductions(module, names):
    """Write the float reductions of a vector (``llvm.vector.reduce.fadd`` and friends,
    which the vectoriser emits at -O3, with -ffast-math) as a chain of scalar operations on
    its lanes, in lane order (the order ``reduce.fadd`` without ``reassoc`` defines), so
    that the scalar rules differentiate them.  Returns whether anything changed."""
    changed = False
    for name in names:
        for inst in list(module.get_function(name).instructions()):
            callee = inst.callee if inst.opcode == "call" else None
            base = callee.name.rsplit(".", 1)[0] if isinstance(callee, Function) else ""
            op = _REDUCTIONS.get(base)
            if op is None or not isinstance(inst.args[-1].type, T.VectorType):
                continue
            vector = inst.args[-1]
            b = Builder(before=inst)
            lanes = [b.extractelement(vector, k) for k in range(vector.type.count)]
            acc = inst.args[0] if op in ("fadd", "fmul") else lanes.pop(0)
            for lane in lanes:
                if op in ("fadd", "fmul"):
                    acc = b.binop(op, acc, lane, flags=inst.flags)
                else:
                    element = re.sub(r"^v\d+", "", callee.name.rsplit(".", 1)[1])  # v4f32
                    scalar = declare(module, f"{op}.{element}",
                                     T.FunctionType(inst.type, (inst.type, inst.type)))
                    acc = b.call(scalar, [acc, lane], flags=inst.flags)
            inst.replace_all_uses_with(acc)
            inst.erase()
            changed = True
    return changed


_MODF = ("modf", "modff", "modfl")


def _modf_intrinsics(module):
    """Replace the calls ``f = modf(x, &i)`` (which clang emits only with -fno-builtin) by
    ``llvm.modf``, which returns both parts, and a store of the integral part, in every
    function of the module: the rule table differentiates the intrinsic, and the store is an
    ordinary one (the integral part carries no derivative, so the shadow it lands in is zeroed
    in reverse mode and gets a zero tangent in forward mode).  Returns whether anything
    changed."""
    changed = False
    for inst in [i for fn in module.functions for i in fn.instructions()]:
        callee = inst.callee if inst.opcode == "call" else None
        if not isinstance(callee, Function) or callee.name not in _MODF or len(inst.args) != 2:
            continue
        x, pointer = inst.args
        intrinsic = declare(module, f"llvm.modf.{intrinsic_suffix(x.type)}",
                            T.FunctionType(T.StructType((x.type, x.type)), (x.type,)))
        b = Builder(before=inst)
        parts = b.call(intrinsic, [x])
        b.store(b.extractvalue(parts, [1]), pointer)
        inst.replace_all_uses_with(b.extractvalue(parts, [0]))
        inst.erase()
        changed = True
    return changed


def _promote_table_calls(module, names):
    """Turn the indirect calls of the differentiated functions whose target is loaded from
    constant tables of functions (``static const f_t table[] = {f, g}; table[k](x)``, or a
    virtual call: the vtables of the objects the pointer may point to) into a call of a
    dispatcher that compares the pointer with each function of the tables that has the
    call's type and calls it directly (any other target aborts with a message).
    Preparation inlines the dispatcher, and with it the direct calls, so that AD sees the
    functions' code.  Returns whether anything changed."""
    changed = False
    for name in names:
        fn = module.get_function(name)
        indirect = [i for i in fn.instructions() if i.opcode == "call" and
                    not isinstance(i.callee, (Function, Constant)) and
                    isinstance(i.callee, Instruction) and i.callee.opcode == "load"]
        if not indirect:
            continue
        try:        # what the indirect calls themselves may write is left out: the
            #         dispatcher checks the target at run time
            types = TypeAnalysis(module, DataLayout.of(module)).analyze(fn, {})
            pts = PointsTo(fn, types, INACTIVE_FUNCTIONS).run(
                [i for i in fn.instructions() if i not in indirect])
        except EnzpyError:
            continue
        for inst in indirect:
            fnty = inst.attrs["callee_type"]
            candidates = _table_functions(pts.of(inst.callee.operands[0]), fnty)
            if not candidates:
                continue
            dispatch = _dispatcher(module, fnty, candidates)
            call = Builder(before=inst).call(dispatch, [inst.callee] + list(inst.args),
                                             name=inst.name if inst.name else None)
            if inst.type != T.VOID:
                inst.replace_all_uses_with(call)
            call.metadata.extend(m for m in inst.metadata if m[0] == "dbg")
            inst.erase()
            changed = True
    return changed


def _table_functions(origins, fnty):
    """The functions of type ``fnty`` in the constant globals ``origins`` (the memory a
    function pointer is loaded from), in table order; empty unless every origin is such a
    global."""
    if not origins or not all(isinstance(o, tuple) and o[0] == "global" and
                              o[1].is_constant and o[1].initializer is not None
                              for o in origins):
        return []
    found = []
    for origin in sorted(origins, key=lambda o: o[1].name or ""):
        work = [origin[1].initializer]
        while work:
            value = work.pop()
            while isinstance(value, ConstantExpr) and \
                    value.opcode in ("bitcast", "addrspacecast", "getelementptr"):
                value = value.operands[0]
            if isinstance(value, Function):
                if value.function_type == fnty and value not in found:
                    found.append(value)
            elif isinstance(value, ConstantAggregate):
                work.extend(reversed(value.elements))
    return found


def _dispatcher(module, fnty, candidates):
    """``@__enzpy_dispatch.<k>(ptr %fn, args...)``: calls whichever candidate ``%fn`` is."""
    key = (fnty, tuple(c.name for c in candidates))
    cache = module.__dict__.setdefault("_enzpy_dispatchers", {})
    if key in cache:
        return cache[key]
    k = 0
    while module.get_function(f"__enzpy_dispatch.{k}") is not None:
        k += 1
    fn = module.add_function(Function(f"__enzpy_dispatch.{k}",
                                      T.FunctionType(fnty.ret, (T.PTR,) + tuple(fnty.params)),
                                      prefix="internal"))
    b = Builder(fn.append_block("entry"))
    target, args = fn.args[0], fn.args[1:]
    for candidate in candidates:
        hit, miss = fn.append_block(), fn.append_block()
        b.cond_br(b.icmp("eq", target, candidate), hit, miss)
        b.position_at_end(hit)
        result = b.call(candidate, list(args))
        b.ret(None if fnty.ret == T.VOID else result)
        b.position_at_end(miss)
    message = b"enzpy: an indirect call reached a function that its dispatcher does not " \
        b"know: " + ", ".join(c.name for c in candidates).encode() + b" expected\n\0"
    text = module.add_global(GlobalVariable(
        f"__enzpy_dispatch.{k}.message", T.ArrayType(len(message), T.I8),
        ConstantString(T.ArrayType(len(message), T.I8), message), is_constant=True,
        prefix="private unnamed_addr"))
    fputs = declare(module, "fputs", T.FunctionType(T.I32, (T.PTR, T.PTR)))
    stderr = module.get_global("stderr") or module.add_global(
        GlobalVariable("stderr", T.PTR, prefix="external"))
    b.call(fputs, [text, b.load(T.PTR, stderr)])
    b.call(declare(module, "abort", T.FunctionType(T.VOID, ())), [])
    b.unreachable()
    cache[key] = fn
    return fn


def _inline_set(module, names, direct_only=False, keep=frozenset()):
    """Names of the defined, non-recursive functions reachable from ``names`` (except those in
    ``keep``), also through recursive functions: AD differentiates those separately, and
    their own callees are inlined into them (``std::sort``'s recursive introsort calls its
    partition step, which returns a pointer into the array).  With ``direct_only``, the
    direct callees of ``names`` and of the recursive functions they reach."""
    recursive = recursive_functions(module)
    roots = [module.get_function(n) for n in names]
    out, seen, work = set(), set(roots), list(roots)
    while work:
        for callee in defined_callees(work.pop()):
            kept = callee.name.startswith(_KEEP_CALLS) or callee.name in keep
            if callee.name not in out and callee not in roots and callee not in recursive \
                    and not kept:
                out.add(callee.name)
            if callee in seen or kept:
                continue
            seen.add(callee)
            if callee in recursive or not direct_only:
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
