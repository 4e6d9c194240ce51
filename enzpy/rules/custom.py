"""Custom derivative rules attached to callees, and functions without derivatives.

A ``CustomRule`` says "for calls of this callee, use my derivative": the callee (``primal``) is
a symbol name or, for calls through a constant address (``call double inttoptr (i64 ... to
ptr)(...)``, how Numba calls a ctypes function), that integer address.  The rule functions are
symbols: functions of the module, or external symbols that the JIT binds by address
(``get_engine().compile(text, symbols={name: address})``); the primal is never recompiled when
a rule is added.  Two calling conventions (docs/custom_rules.md):

* ``abi="pointer"`` (enzpy's): for ``R f(A0, ..., An)`` the arguments of a rule start with the
  primal arguments, every pointer followed by its shadow (null when it has none).  The reverse
  rule (``vjp``) then takes ``dout`` (the adjoint of a float result; none for other results)
  and one ``Ai *`` per float argument, whether active or not, into which it *adds* the
  adjoints; it returns void.  A rule of a function that writes through a pointer reads the
  adjoint of that memory from the shadow and zeroes it.  The forward rule (``jvp``) takes one
  tangent per float argument after the primal arguments and returns the tangent of a float
  result (void otherwise; it then writes tangents through the shadows).
* ``abi="enzyme"``: Enzyme's ``__enzyme_register_gradient_<name> = {primal, augmented
  forward, reverse}`` and ``__enzyme_register_derivative_<name> = {primal, forward}``: every
  argument that is not a float (or float vector) is followed by its shadow (pointers; an
  integer is passed twice); see ``enzyme_parameters`` and the checks below.

``CustomRules`` holds the rules of a module and its set of *inactive* callees (names or
addresses): calls to them carry no derivative.  ``rules_from_module`` reads Enzyme's globals
(and the ``"enzyme_inactive"`` function attribute) from an enzpy.ir Module.
"""

from dataclasses import dataclass

from ..errors import EnzpyError
from ..ir import types as T
from ..ir.nodes import Function, GlobalVariable
from ..ir.values import ConstantAggregate, ConstantExpr, ConstantInt, ConstantString

__all__ = ["CustomRule", "CustomRules", "POINTER", "ENZYME", "rules_from_module",
           "custom_rules_of", "expected_type", "check_signature", "classify", "callee_key",
           "parse_rule_option", "enzyme_parameters", "augmented_form", "float_leaves"]

POINTER, ENZYME = "pointer", "enzyme"
_KINDS = ("vjp", "jvp", "augmented")
_KIND_NAMES = {"pointer": {"vjp": "vjp", "jvp": "jvp", "augmented": "augmented forward function"},
               "enzyme": {"vjp": "reverse function", "jvp": "forward function",
                          "augmented": "augmented forward function"}}
# Enzyme's registration globals that enzpy reads, and those it reads and ignores because they
# only steer Enzyme's own caching or modes enzpy does not have (see docs/custom_rules.md)
_GRADIENT, _DERIVATIVE = "__enzyme_register_gradient", "__enzyme_register_derivative"
_INACTIVE_FN, _FUNCTION_LIKE = "__enzyme_inactivefn", "__enzyme_function_like"
_IGNORED = ("__enzyme_nofree", "__enzyme_no_escaping_allocation", "__enzyme_sparse_accumulate",
            "__enzyme_inactive_global", "__enzyme_register_splitderivative")
_REFUSED = {"__enzyme_shadow_global": "shadow memory for globals",
            "__enzyme_allocation_like": "custom allocators"}


@dataclass(frozen=True)
class CustomRule:
    """Derivatives of one callee.  ``primal``: symbol name or integer address; ``vjp`` /
    ``jvp`` / ``augmented``: symbol names of the rule functions (``vjp`` is the reverse rule in
    both ABIs; ``augmented`` only exists in Enzyme's); ``like``: the name of a function of the
    rule table whose derivative the callee has (Enzyme's ``__enzyme_function_like``)."""
    primal: object
    vjp: str = None
    jvp: str = None
    augmented: str = None
    abi: str = POINTER
    like: str = None

    def __post_init__(self):
        primal = self.primal
        if isinstance(primal, bool) or not (isinstance(primal, str) and primal or
                                            isinstance(primal, int) and primal > 0):
            raise EnzpyError(f"a custom rule's primal must be a symbol name or a positive "
                             f"address, not {primal!r}")
        if self.abi not in (POINTER, ENZYME):
            raise EnzpyError(f"unknown custom-rule ABI {self.abi!r}: use 'pointer' or 'enzyme'")
        for kind in _KINDS:
            value = getattr(self, kind)
            if value is not None and not (isinstance(value, str) and value):
                raise EnzpyError(f"the {kind} of the custom rule for {self.describe()} must be "
                                 f"a symbol name, not {value!r}")
        if self.like is not None:
            if self.vjp or self.jvp or self.augmented:
                raise EnzpyError(f"the rule for {self.describe()} borrows the derivative of "
                                 f"{self.like!r}; it cannot also have rule functions")
            return
        if self.vjp is None and self.jvp is None:
            raise EnzpyError(f"the custom rule for {self.describe()} has neither a vjp "
                             "(reverse rule) nor a jvp (forward rule)")
        if self.abi == POINTER and self.augmented is not None:
            raise EnzpyError(f"the custom rule for {self.describe()} has an augmented forward "
                             "function, which only Enzyme's ABI has (abi='enzyme')")
        if self.abi == ENZYME and (self.vjp is None) != (self.augmented is None):
            raise EnzpyError(f"Enzyme's custom gradient of {self.describe()} needs both the "
                             "augmented forward and the reverse function")

    def describe(self):
        """``@name`` or ``the function at address 0x...``."""
        if isinstance(self.primal, str):
            return f"@{self.primal}"
        return f"the function at address {self.primal:#x}"

    def has(self, mode):
        """True when the rule covers ``mode`` ("reverse" or "forward")."""
        return self.like is not None or (self.vjp if mode == "reverse" else self.jvp) \
            is not None

    def symbols(self):
        """``{kind: symbol}`` of the rule functions."""
        return {k: getattr(self, k) for k in _KINDS if getattr(self, k) is not None}


class CustomRules:
    """The custom rules of a module (keyed by primal name or address) and its inactive
    callees.  ``lookup(callee)`` takes a call's callee: a Function, or an ``inttoptr``
    constant of an integer address."""

    def __init__(self, rules=(), inactive=()):
        self._rules = {}
        self._inactive = set()
        for rule in rules:
            self.add(rule)
        for symbol in inactive:
            self.add_inactive(symbol)

    def add(self, rule):
        """Add a rule; a second rule for the same callee may add the mode the first lacks."""
        if not isinstance(rule, CustomRule):
            raise EnzpyError(f"expected a CustomRule, not {type(rule).__name__}")
        if rule.primal in self._inactive:
            raise EnzpyError(f"{rule.describe()} is marked inactive, so it cannot also have a "
                             "custom rule")
        old = self._rules.get(rule.primal)
        if old is not None:
            rule = _merge(old, rule)
        self._rules[rule.primal] = rule
        return rule

    def add_inactive(self, symbol):
        """Mark a callee (symbol name or address) inactive: its calls carry no derivative."""
        if isinstance(symbol, bool) or not (isinstance(symbol, str) and symbol or
                                            isinstance(symbol, int) and symbol > 0):
            raise EnzpyError(f"an inactive callee is a symbol name or a positive address, not "
                             f"{symbol!r}")
        if symbol in self._rules:
            raise EnzpyError(f"{self._rules[symbol].describe()} has a custom rule, so it "
                             "cannot also be marked inactive")
        self._inactive.add(symbol)

    @property
    def inactive(self):
        """The inactive callees: names and addresses."""
        return frozenset(self._inactive)

    @property
    def rules(self):
        return list(self._rules.values())

    def lookup(self, callee):
        """The rule of a call's callee, or None."""
        key = callee_key(callee)
        return self._rules.get(key) if key is not None else None

    def is_inactive(self, callee):
        key = callee_key(callee)
        return key is not None and key in self._inactive

    def primal_names(self):
        """Names of the callees that must stay calls (not be inlined): ruled and inactive."""
        return {k for k in list(self._rules) + list(self._inactive) if isinstance(k, str)}

    def merged(self, other):
        """A new collection with the rules and inactive callees of both."""
        out = CustomRules(self.rules, self._inactive)
        if other is not None:
            for rule in other.rules:
                out.add(rule)
            for symbol in other.inactive:
                out.add_inactive(symbol)
        return out

    def check(self, module, source="<string>"):
        """Check every rule whose primal is a function of ``module`` against the signatures
        of its rule functions (those present in the module; an absent pointer-ABI rule is
        declared when it is first called and bound by the JIT)."""
        for rule in self.rules:
            if not isinstance(rule.primal, str):
                continue
            primal = module.get_function(rule.primal)
            if primal is None:
                continue
            check_rule(module, rule, primal.function_type, source)

    def __len__(self):
        return len(self._rules) + len(self._inactive)

    def __repr__(self):
        return f"CustomRules({self.rules!r}, inactive={sorted(map(str, self._inactive))})"


def _merge(old, new):
    if old.abi != new.abi or old.like or new.like:
        raise EnzpyError(f"{new.describe()} already has a custom rule ({old.abi} ABI); a second "
                         f"rule ({new.abi} ABI) cannot be combined with it")
    fields = {}
    for kind in _KINDS:
        a, b = getattr(old, kind), getattr(new, kind)
        if a is not None and b is not None and a != b:
            raise EnzpyError(f"{new.describe()} has two {kind} rules, @{a} and @{b}")
        fields[kind] = a or b
    return CustomRule(old.primal, abi=old.abi, **fields)


def callee_key(callee):
    """The name of a called Function, the integer address of an ``inttoptr`` constant, or
    None (a computed pointer)."""
    if isinstance(callee, Function):
        return callee.name
    while isinstance(callee, ConstantExpr) and callee.opcode in ("bitcast", "addrspacecast"):
        callee = callee.operands[0]
    if isinstance(callee, ConstantExpr) and callee.opcode == "inttoptr" and \
            isinstance(callee.operands[0], ConstantInt):
        return callee.operands[0].value & 0xFFFFFFFFFFFFFFFF
    return None


def custom_rules_of(module):
    """The CustomRules of an enzpy.ir Module: those ``prepare`` stored on it, else the ones its
    Enzyme globals declare (read once and kept)."""
    rules = module.__dict__.get("custom_rules")
    if rules is None:
        rules = module.__dict__["custom_rules"] = rules_from_module(module)
    return rules


# -- signatures ------------------------------------------------------------------------------
def _class(ty):
    """"float" (a float, vector or aggregate of floats), "pointer", "void", "other"
    (integers, aggregates of integers) or "mixed" (an aggregate holding floats or pointers
    with other things, or a named struct)."""
    if ty == T.VOID:
        return "void"
    if isinstance(ty, T.FloatType):
        return "float"
    if isinstance(ty, T.PointerType):
        return "pointer"
    if isinstance(ty, T.VectorType):
        element = _class(ty.element)
        return element if element in ("float", "other") else "mixed"
    if isinstance(ty, T.NamedStructType):
        return "mixed"              # its fields are in the module: not decided here
    if isinstance(ty, (T.StructType, T.ArrayType)):
        parts = {_class(e) for e in (ty.elements if isinstance(ty, T.StructType)
                                     else [ty.element])}
        if parts == {"float"}:
            return "float"
        return "other" if parts <= {"other"} else "mixed"
    return "other"


def _is_fp(ty):
    """LLVM's isFPOrFPVectorTy: what Enzyme's custom-rule ABI treats as an active float."""
    return isinstance(ty.scalar, T.FloatType)


def _refuse_mixed(primal_fnty, what):
    for index, ty in enumerate(primal_fnty.params):
        if _class(ty) == "mixed":
            raise EnzpyError(f"{what}: argument {index} has type {ty}, an aggregate that may "
                             "mix floats or pointers with other data; custom rules take floats, "
                             "pointers, integers and aggregates of floats (pass it through "
                             "memory)")
    if _class(primal_fnty.ret) == "mixed":
        raise EnzpyError(f"{what}: the result type {primal_fnty.ret} is an aggregate that may "
                         "mix floats or pointers with other data; return it through memory "
                         "instead")
    if primal_fnty.vararg:
        raise EnzpyError(f"{what}: variadic functions cannot have custom rules")


def expected_type(primal_fnty, kind):
    """The pointer-ABI type of the ``kind`` ("vjp" or "jvp") rule of ``primal_fnty``."""
    params = []
    for ty in primal_fnty.params:
        params.append(ty)
        if _class(ty) == "pointer":
            params.append(ty)
    floats = [ty for ty in primal_fnty.params if _class(ty) == "float"]
    ret = primal_fnty.ret
    if kind == "vjp":
        if _class(ret) == "float":
            params.append(ret)
        params += [T.PTR] * len(floats)
        return T.FunctionType(T.VOID, tuple(params))
    if kind == "jvp":
        return T.FunctionType(ret if _class(ret) == "float" else T.VOID,
                              tuple(params + floats))
    raise EnzpyError(f"unknown rule kind {kind!r}: use 'vjp' or 'jvp'")


def _pointer_abi_text(primal_fnty, kind):
    names = []
    for index, ty in enumerate(primal_fnty.params):
        names.append(f"{ty} a{index}")
        if _class(ty) == "pointer":
            names.append(f"ptr a{index}_shadow")
    floats = [(i, ty) for i, ty in enumerate(primal_fnty.params) if _class(ty) == "float"]
    ret = primal_fnty.ret
    if kind == "vjp":
        if _class(ret) == "float":
            names.append(f"{ret} dout")
        names += [f"ptr d_a{i}" for i, _ in floats]
        return f"void ({', '.join(names)})"
    names += [f"{ty} t{i}" for i, ty in floats]
    result = ret if _class(ret) == "float" else "void"
    return f"{result} ({', '.join(names)})"


def check_signature(primal_fnty, rule_fnty, kind, abi=POINTER, primal="the primal",
                    rule="the rule", tape=None):
    """Raise an EnzpyError unless ``rule_fnty`` is the type the ``abi`` requires for the
    ``kind`` rule ("vjp", "jvp" or, Enzyme's ABI, "augmented") of ``primal_fnty``.  For
    Enzyme's reverse function, ``tape`` is the tape type the augmented forward returns."""
    what = f"the {_KIND_NAMES[abi][kind]} {rule} of {primal}"
    _refuse_mixed(primal_fnty, f"cannot attach a custom rule to {primal}")
    if rule_fnty.vararg:
        raise EnzpyError(f"{what} is variadic; a rule takes a fixed list of arguments")
    if abi == POINTER:
        expected = expected_type(primal_fnty, kind)
        if rule_fnty != expected:
            raise EnzpyError(
                f"{what} has type {rule_fnty}, but the pointer ABI needs {expected}: "
                f"{_pointer_abi_text(primal_fnty, kind)} for {primal_fnty}; see "
                "docs/custom_rules.md")
        return
    for index, ty in enumerate(primal_fnty.params):
        if _class(ty) == "float" and not _is_fp(ty):
            raise EnzpyError(f"{what}: argument {index} of {primal} is an aggregate of floats "
                             f"({ty}) passed by value, which Enzyme's custom-rule ABI has no "
                             "convention for; pass it through a pointer")
    params = enzyme_parameters(primal_fnty, tangents=kind == "jvp")
    if kind == "augmented":
        _check_params(what, rule_fnty, params, "each non-float argument followed by its shadow")
        augmented_form(primal_fnty, rule_fnty, what)
    elif kind == "jvp":
        _check_params(what, rule_fnty, params, "each argument followed by its tangent or shadow")
        ret, got = primal_fnty.ret, rule_fnty.ret
        ok = got == T.VOID if ret == T.VOID else \
            (got == ret or got == T.StructType((ret, ret))) if _is_fp(ret) else True
        if not ok:
            want = "void" if ret == T.VOID else f"{ret} (the tangent) or {{ {ret}, {ret} }}"
            raise EnzpyError(f"{what} returns {got}, but Enzyme's forward rule returns {want}")
    elif kind == "vjp":
        params = params + ([primal_fnty.ret] if _is_fp(primal_fnty.ret) else [])
        given = list(rule_fnty.params)
        if len(given) == len(params) + 1:
            if tape is None:
                raise EnzpyError(f"{what} takes a tape (its last argument, {given[-1]}), but "
                                 "the augmented forward function returns none")
            if given[-1] != tape:
                raise EnzpyError(f"{what} takes a tape of type {given[-1]}, but the augmented "
                                 f"forward function returns a tape of type {tape}")
            given = given[:-1]
        _check_params(what, T.FunctionType(rule_fnty.ret, tuple(given)), params,
                      "each non-float argument followed by its shadow, then the adjoint of a "
                      "float result, then (optionally) the tape")
        floats = [ty for ty in primal_fnty.params if _is_fp(ty)]
        if rule_fnty.ret == T.VOID and floats or rule_fnty.ret != T.VOID and \
                float_leaves(rule_fnty.ret) != [leaf for ty in floats
                                                for leaf in float_leaves(ty)]:
            want = "void" if not floats else " or ".join(
                dict.fromkeys([str(floats[0])] * (len(floats) == 1) +
                              [str(T.StructType(tuple(floats)))]))
            raise EnzpyError(f"{what} returns {rule_fnty.ret}, but Enzyme's reverse function "
                             f"returns the adjoints of the float arguments: {want}")
    else:
        raise EnzpyError(f"unknown rule kind {kind!r}")


def _check_params(what, rule_fnty, params, description):
    if list(rule_fnty.params) != list(params):
        raise EnzpyError(
            f"{what} takes ({', '.join(map(str, rule_fnty.params))}), but Enzyme's custom-rule "
            f"ABI needs ({', '.join(map(str, params))}): {description}")


def enzyme_parameters(primal_fnty, tangents=False):
    """The leading parameters of Enzyme's rule functions: each argument, followed by its shadow
    unless it is a float or float vector (pointers: the shadow; integers: the value again).  With
    ``tangents`` (the forward rule) floats are followed by their tangent too."""
    params = []
    for ty in primal_fnty.params:
        params.append(ty)
        if tangents or not _is_fp(ty):
            params.append(ty)
    return params


def augmented_form(primal_fnty, augmented_fnty, what="the augmented forward function"):
    """How Enzyme's augmented forward returns: ``(tape, result, shadow)`` indices into its
    struct result (``-1``: the whole value; None: absent), checked against the primal."""
    ret, got = primal_fnty.ret, augmented_fnty.ret
    if got == ret:
        return None, (-1 if ret != T.VOID else None), None
    if isinstance(got, T.StructType) and not got.packed:
        fields = got.elements
        if len(fields) == 3 and fields[1] == ret and fields[2] == ret:
            return 0, 1, 2
        if len(fields) == 2 and ret != T.VOID and fields[0] == ret and fields[1] == ret:
            return None, 0, 1
        if len(fields) == 2 and ret != T.VOID and fields[1] == ret:
            return 0, 1, None
    if ret == T.VOID:
        return -1, None, None
    raise EnzpyError(f"{what} returns {got}, but the primal returns {ret}: Enzyme's augmented "
                     f"forward returns the result too: {ret} (no tape), {{ TAPE, {ret} }}, or "
                     f"{{ TAPE, {ret}, {ret} }} (tape, result, shadow of the result)")


def tape_type(primal_fnty, augmented_fnty):
    """The type of the tape Enzyme's augmented forward returns, or None."""
    tape, _, _ = augmented_form(primal_fnty, augmented_fnty)
    if tape is None:
        return None
    return augmented_fnty.ret if tape == -1 else augmented_fnty.ret.elements[tape]


def float_leaves(ty):
    """The scalar float types of ``ty`` in memory order (struct, array and vector fields
    flattened); [] for a type without floats."""
    if isinstance(ty, T.FloatType):
        return [ty]
    if isinstance(ty, T.VectorType):
        return float_leaves(ty.element) * ty.count
    if isinstance(ty, T.ArrayType):
        return float_leaves(ty.element) * ty.count
    if isinstance(ty, T.StructType):
        return [leaf for e in ty.elements for leaf in float_leaves(e)]
    return []


def check_rule(module, rule, primal_fnty, source="<string>", where=None):
    """Check the rule functions of ``rule`` present in ``module`` against ``primal_fnty``;
    Enzyme-ABI rule functions must be present."""
    if rule.like is not None:
        from .registry import lookup
        table = lookup(rule.like)
        if table is None:
            raise EnzpyError(f"{source}: {rule.describe()} is declared like @{rule.like}, but "
                             f"enzpy has no derivative rule for @{rule.like}")
        if _class(primal_fnty.ret) != "float" or len(primal_fnty.params) != \
                len(table.partials):
            raise EnzpyError(f"{source}: {rule.describe()} ({primal_fnty}) is declared like "
                             f"@{rule.like}, which takes {len(table.partials)} argument(s) and "
                             "returns a float; the signatures must correspond")
        return
    origin = where or f"{source}: "
    tape = None
    for kind in ("augmented", "vjp", "jvp"):
        name = getattr(rule, kind)
        if name is None:
            continue
        fn = module.get_function(name)
        if fn is None:
            if rule.abi == ENZYME:
                raise EnzpyError(f"{origin}the {kind} function @{name} of {rule.describe()} is "
                                 "not in the module")
            continue
        try:
            check_signature(primal_fnty, fn.function_type, kind, rule.abi, rule.describe(),
                            f"@{name}", tape)
        except EnzpyError as exc:
            raise EnzpyError(f"{origin}{exc}" if origin != "<string>: " else str(exc)) \
                from None
        if kind == "augmented":
            tape = tape_type(primal_fnty, fn.function_type)


def classify(primal_fnty, rule_fnty, prefer=None, primal="the primal", rule="the rule"):
    """``"vjp"`` or ``"jvp"``: which pointer-ABI rule ``rule_fnty`` is for ``primal_fnty``
    (``prefer`` decides when both fit); an EnzpyError when it is neither."""
    _refuse_mixed(primal_fnty, f"cannot attach a custom rule to {primal}")
    fits = [k for k in ("vjp", "jvp") if expected_type(primal_fnty, k) == rule_fnty]
    if len(fits) == 2:
        if prefer in fits:
            return prefer
        raise EnzpyError(f"{rule} ({rule_fnty}) fits both the vjp and the jvp of {primal} "
                         f"({primal_fnty}); say which: vjp:{rule.lstrip('@')} or "
                         f"jvp:{rule.lstrip('@')}")
    if fits:
        return fits[0]
    raise EnzpyError(
        f"{rule} has type {rule_fnty}, which is neither the vjp nor the jvp of {primal} "
        f"({primal_fnty}) in the pointer ABI: vjp {_pointer_abi_text(primal_fnty, 'vjp')}, "
        f"jvp {_pointer_abi_text(primal_fnty, 'jvp')}; see docs/custom_rules.md")


def parse_rule_option(text, module, prefer=None, source="<string>"):
    """A CustomRule from ``SYMBOL=RULE`` or ``SYMBOL=vjp:RULE`` / ``SYMBOL=jvp:RULE`` (the
    ``--rule`` option): both are functions of ``module``; the kind comes from the signature."""
    primal_name, sep, rule_name = text.partition("=")
    primal_name, rule_name = primal_name.strip().lstrip("@"), rule_name.strip()
    kind = None
    if rule_name[:4] in ("vjp:", "jvp:"):
        kind, rule_name = rule_name[:3], rule_name[4:].strip()
    rule_name = rule_name.lstrip("@")
    if not sep or not primal_name or not rule_name:
        raise EnzpyError(f"--rule takes SYMBOL=RULE_SYMBOL (or SYMBOL=vjp:RULE, "
                         f"SYMBOL=jvp:RULE), not {text!r}")
    found = {}
    for name in (primal_name, rule_name):
        fn = module.get_function(name)
        if fn is None:
            names = ", ".join("@" + f.name for f in module.functions if f.name and
                              not f.name.startswith("llvm.")) or "none"
            raise EnzpyError(f"--rule {text}: {source} has no function @{name}; its functions: "
                             f"{names}")
        found[name] = fn.function_type
    primal_fnty, rule_fnty = found[primal_name], found[rule_name]
    if kind is None:
        kind = classify(primal_fnty, rule_fnty, prefer, f"@{primal_name}", f"@{rule_name}")
    else:
        check_signature(primal_fnty, rule_fnty, kind, POINTER, f"@{primal_name}",
                        f"@{rule_name}")
    return CustomRule(primal_name, **{kind: rule_name})


# -- Enzyme's globals ------------------------------------------------------------------------
def rules_from_module(module, source="<string>"):
    """The CustomRules that a module's Enzyme globals (``__enzyme_register_gradient_*``,
    ``__enzyme_register_derivative_*``, ``__enzyme_inactivefn*``, ``__enzyme_function_like*``)
    and ``"enzyme_inactive"`` function attributes declare; EnzpyError for malformed ones."""
    rules = CustomRules()
    for gv in module.globals:
        name = gv.name or ""
        if "__enzyme_" not in name:
            continue
        for refused, what in _REFUSED.items():
            if refused in name:
                raise EnzpyError(f"{source}: @{name} asks for {what} ({refused}), which enzpy "
                                 "does not implement; see docs/custom_rules.md")
        if any(ignored in name for ignored in _IGNORED):
            continue
        if _GRADIENT in name or _DERIVATIVE in name:
            count = 3 if _GRADIENT in name else 2
            fns = _registered_functions(gv, count, source)
            if count == 3:
                rule = CustomRule(fns[0].name, augmented=fns[1].name, vjp=fns[2].name,
                                  abi=ENZYME)
            else:
                rule = CustomRule(fns[0].name, jvp=fns[1].name, abi=ENZYME)
            rules.add(rule)
        elif _INACTIVE_FN in name:
            for fn in _inactive_functions(gv, source):
                if rules.lookup(fn) is None:
                    rules.add_inactive(fn.name)
        elif _FUNCTION_LIKE in name:
            fn, like = _function_like(gv, source)
            rules.add(CustomRule(fn.name, like=like))
    for fn in module.functions:
        if fn.name and _has_string_attribute(module, fn, '"enzyme_inactive"') and \
                fn.name not in rules.inactive:
            rules.add_inactive(fn.name)
    rules.check(module, source)
    return rules


def _strip(value):
    while isinstance(value, ConstantExpr) and value.opcode in ("bitcast", "addrspacecast",
                                                               "ptrtoint", "inttoptr"):
        value = value.operands[0]
    return value


def _registered_functions(gv, count, source):
    init = gv.initializer
    shape = f"an array of {count} function pointers"
    fields = "{primal, augmented forward, reverse}" if count == 3 else "{primal, forward}"
    if not isinstance(init, ConstantAggregate) or len(init.elements) != count:
        raise EnzpyError(f"{source}: @{gv.name} must be {shape} ({fields}), not "
                         f"{gv.value_type}")
    fns = [_strip(e) for e in init.elements]
    for index, fn in enumerate(fns):
        if not isinstance(fn, Function):
            raise EnzpyError(f"{source}: element {index} of @{gv.name} is not a function "
                             f"(it must be {shape})")
    return fns


def _inactive_functions(gv, source):
    init = gv.initializer
    values = init.elements if isinstance(init, ConstantAggregate) else [init]
    fns = [_strip(v) for v in values]
    if not fns or not all(isinstance(f, Function) for f in fns):
        raise EnzpyError(f"{source}: @{gv.name} must hold a function pointer (or an array of "
                         "them): the functions without derivatives")
    return fns


def _function_like(gv, source):
    init = gv.initializer
    if isinstance(init, ConstantAggregate) and len(init.elements) == 2:
        fn, name = _strip(init.elements[0]), _strip(init.elements[1])
        if isinstance(name, GlobalVariable) and isinstance(name.initializer, ConstantString):
            text = name.initializer.data.split(b"\0", 1)[0].decode("utf-8", "replace")
            if isinstance(fn, Function) and text:
                return fn, text
    raise EnzpyError(f"{source}: @{gv.name} must be {{function, \"name\"}}: the function and "
                     "the name of the library function whose derivative it has")


def _has_string_attribute(module, fn, attribute):
    for part in fn.suffix:
        if isinstance(part, str):
            for key in part.split():
                if key.startswith("#") and attribute in module.attribute_groups.get(key, ""):
                    return True
            if attribute in part:
                return True
    return False
