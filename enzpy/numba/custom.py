"""Custom derivatives and inactive functions for Numba code.

``custom_vjp`` gives an ``@njit`` function derivative rules written in Numba (``defvjp``,
``defjvp``); ``register_vjp`` / ``register_jvp`` attach rules given as addresses (Numba
``cfunc`` objects, ctypes callbacks, integers) to C functions (ctypes function objects,
addresses, symbol names) or to ``@njit`` functions with scalar arguments; ``inactive`` marks
a function as carrying no derivative.  Whenever a differentiated function calls such a function
-- directly or through other ``@njit`` functions -- enzpy calls the rule instead of
differentiating the function's body (docs/custom_rules.md, "Python: ...").

How: the rules live in a process-wide registry.  A capture (``enzpy.numba.capture``) keeps the
calls of ruled and inactive ``@njit`` functions (they are not inlined); :class:`KernelRules`
turns the registry into the ``CustomRules`` of one kernel, keyed by the callee's mangled name
(one per argument-type signature), its address or its symbol, and after differentiation
defines each rule symbol the kernel calls as a small function that calls the rule's address:
an adapter compiled by Numba for Python rules (``enzpy.numba.adapters``), the raw rule itself
otherwise.  Every registration increments :func:`version`, which is part of the key of every
kernel cache: gradients built earlier are not reused for calls made after a registration
(functions Numba already compiled that call a gradient keep the one they were compiled with).
"""

import ctypes
import dataclasses
import inspect
import itertools
import re
import threading
import weakref

from ..errors import EnzpyError
from ..rules.custom import CustomRule, CustomRules, check_signature
from . import adapters

__all__ = ["CustomVJP", "custom_vjp", "inactive", "register_vjp", "register_jvp", "unregister",
           "version", "KernelRules", "refuse_rules_in_hessian"]

_lock = threading.RLock()
_version = [0]
_numba_rules = weakref.WeakKeyDictionary()     # dispatcher -> CustomVJP
_raw_of_dispatcher = weakref.WeakKeyDictionary()   # dispatcher -> _RawRule (scalar C ABI)
_inactive_dispatchers = weakref.WeakSet()
_raw = {}                                      # address or symbol name -> _RawRule
_inactive = set()                              # addresses and symbol names
_adapters = {}                                 # (rule dispatcher, kind, types) -> cfunc
_keep_alive = []                               # raw rules: compiled kernels call them
_symbols = itertools.count(1)
_described = {}                                # rule symbol -> "the vjp of 'g'"


def version():
    """The registry's version: incremented by every registration (part of kernel cache keys)."""
    return _version[0]


def _changed():
    from .dispatch import forget_kernels
    _version[0] += 1
    forget_kernels()


def keeps(disp):
    """Whether the calls of Numba dispatcher ``disp`` stay calls in a capture."""
    return disp in _numba_rules or disp in _raw_of_dispatcher or disp in _inactive_dispatchers


# ------------------------------------------------------------------------------------------
# Python rules

def _label(py_func):
    from .abi import _label as label
    return label(py_func)


def _njit(fn, what, njit_options=None):
    """A Numba dispatcher for a Python function, an njit dispatcher or an ADFunction."""
    import numba
    from numba.core.dispatcher import Dispatcher

    from .api import ADFunction
    if isinstance(fn, ADFunction):
        fn = fn.dispatcher
    if isinstance(fn, Dispatcher):
        return numba.njit(**njit_options)(fn.py_func) if njit_options else fn
    if inspect.isfunction(fn):
        return numba.njit(**(njit_options or {}))(fn)
    raise EnzpyError(f"{what} must be a Python function or a numba.njit function, not "
                     f"{fn!r} ({type(fn).__name__})")


def _positional(py_func, what):
    params = list(inspect.signature(py_func).parameters.values())
    for p in params:
        if p.kind not in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            raise EnzpyError(f"{what} has a {p.kind.description} parameter '{p.name}'; "
                             "custom rules take positional parameters only")
    return params


class CustomVJP:
    """A Numba function with custom derivatives (see :func:`custom_vjp`).  Calling it (from
    Python or ``@njit`` code) runs the primal; ``defvjp`` / ``defjvp`` set its rules."""

    def __init__(self, fn, njit_options=None):
        if isinstance(fn, CustomVJP):
            raise EnzpyError(f"{fn!r} already has custom derivatives")
        self.dispatcher = _njit(fn, "enzpy.custom_vjp's function", njit_options)
        self.py_func = self.dispatcher.py_func
        if self.dispatcher.targetoptions.get("inline", "never") != "never":
            raise EnzpyError(f"{_label(self.py_func)} is compiled with inline="
                             f"{self.dispatcher.targetoptions['inline']!r}: Numba would inline "
                             "it before enzpy sees the call; drop the option")
        self.__name__ = getattr(self.py_func, "__name__", "f")
        self.__qualname__ = getattr(self.py_func, "__qualname__", self.__name__)
        self.__doc__ = getattr(self.py_func, "__doc__", None)
        self.__wrapped__ = self.py_func
        self.label = _label(self.py_func)
        self.parameters = [p.name for p in _positional(self.py_func, self.label)]
        self.vjp = self.jvp = None
        with _lock:
            if self.dispatcher in _inactive_dispatchers:
                raise EnzpyError(f"{self.label} is marked inactive (enzpy.inactive), so it "
                                 "cannot also have custom derivatives")
            if self.dispatcher in _raw_of_dispatcher:
                raise EnzpyError(f"{self.label} already has rules given as addresses "
                                 "(enzpy.register_vjp)")
            _numba_rules[self.dispatcher] = self
            _changed()

    def __call__(self, *args, **kwargs):
        return self.dispatcher(*args, **kwargs)

    def __repr__(self):
        return f"<enzpy.custom_vjp {self.label}>"

    def defvjp(self, vjp):
        """Set the reverse rule: ``vjp(*primals_with_array_shadows, dout)`` returns the
        cotangents of the float arguments and adds those of arrays into their shadows."""
        return self._rule(vjp, "vjp", len(self.parameters), 2 * len(self.parameters) + 1)

    def defjvp(self, jvp):
        """Set the forward rule: ``jvp(*primals, *tangents)`` returns the tangent of the
        result (tangents of float and float-array arguments, in order)."""
        return self._rule(jvp, "jvp", len(self.parameters) + 1, 2 * len(self.parameters))

    def _rule(self, fn, kind, low, high):
        what = f"the {kind} of {self.label}"
        disp = _njit(fn, what)
        count = len(_positional(disp.py_func, what))
        if not low <= count <= high and not any(
                p.kind == p.VAR_POSITIONAL
                for p in inspect.signature(disp.py_func).parameters.values()):
            shape = (f"{self.__name__}_vjp({', '.join(self.parameters)}, [shadows of the float "
                     "array arguments after each of them], dout)" if kind == "vjp" else
                     f"{self.__name__}_jvp({', '.join(self.parameters)}, [one tangent per float "
                     "or float-array argument])")
            raise EnzpyError(f"{what} takes {count} argument(s), but a {kind} of a function "
                             f"of {len(self.parameters)} argument(s) takes {low} to {high}: "
                             f"{shape}; see docs/custom_rules.md")
        with _lock:
            if self.dispatcher in _inactive_dispatchers or self.dispatcher in _raw_of_dispatcher:
                raise EnzpyError(f"{self.label} is marked inactive or has rules given as "
                                 "addresses; enzpy.numba.custom.unregister it first")
            setattr(self, kind, disp)
            _numba_rules[self.dispatcher] = self
            _changed()
        return disp

    def _rules(self):
        return {k: getattr(self, k) for k in ("vjp", "jvp") if getattr(self, k) is not None}


def custom_vjp(fn=None, **njit_options):
    """Give a Numba function custom derivatives::

        @enzpy.custom_vjp
        def g(x, a): ...                 # the primal, callable from @njit code

        @g.defvjp
        def g_vjp(x, a, da, dout): ...   # returns the cotangent of x; da += in place

        @g.defjvp
        def g_jvp(x, a, tx, ta): ...     # returns the tangent of the result

    ``fn`` is a Python function (compiled with ``numba.njit(**njit_options)``) or an njit
    dispatcher.  A mode without a rule differentiates ``g``'s body."""
    if fn is None:
        return lambda f: custom_vjp(f, **njit_options)
    return CustomVJP(fn, njit_options)


def entry_dispatcher(obj):
    """An njit function that calls ``obj`` (a CustomVJP) with the same parameters: what
    ``enzpy.grad(g)`` differentiates, so that the rule of ``g`` applies to ``g`` itself."""
    import numba
    params = ", ".join(obj.parameters)
    name = f"call_{re.sub(r'[^0-9A-Za-z_]', '_', obj.__name__)}"
    namespace = {"__g": obj.dispatcher}
    exec(compile(f"def {name}({params}):\n    return __g({params})\n",
                 f"<enzpy {name}>", "exec"), namespace)
    fn = namespace[name]
    fn.__defaults__ = obj.py_func.__defaults__
    fn.__qualname__ = obj.__qualname__
    return numba.njit(fn)


# ------------------------------------------------------------------------------------------
# Inactive functions and raw rules

def _is_dispatcher(obj):
    from numba.core.dispatcher import Dispatcher
    return isinstance(obj, Dispatcher)


def _key(primal, what):
    """(key, LLVM type or None, description) of a C function: an address or a symbol."""
    if isinstance(primal, str):
        if not primal:
            raise EnzpyError(f"{what}: the symbol name is empty")
        return primal, None, f"@{primal}"
    if isinstance(primal, ctypes._CFuncPtr):
        address = adapters.rule_address(primal, what)
        if getattr(primal, "argtypes", None) is None:
            raise EnzpyError(f"{what}: the ctypes function {adapters._name(primal)} has no "
                             "argtypes; set argtypes and restype (Numba needs them to call it "
                             "too)")
        fnty = adapters.rule_signature(primal)
        return address, fnty, f"ctypes function {adapters._name(primal)} ({fnty})"
    address = adapters.rule_address(primal, what)
    return address, adapters.rule_signature(primal), f"the function at {address:#x}"


def inactive(fn):
    """Mark a function as carrying no derivative (logging, counters, random draws): its
    result is a constant for AD and what it writes carries none.  ``fn`` is a Python function
    (compiled with numba.njit and returned), an njit dispatcher (returned), or a C function:
    a ctypes function object, an integer address or a symbol name (returned)."""
    what = "enzpy.inactive"
    with _lock:
        if isinstance(fn, CustomVJP):
            raise EnzpyError(f"{fn.label} has custom derivatives (enzpy.custom_vjp), so it "
                             "cannot also be inactive")
        if inspect.isfunction(fn) or _is_dispatcher(fn):
            disp = _njit(fn, what)
            if disp in _numba_rules or disp in _raw_of_dispatcher:
                raise EnzpyError(f"{_label(disp.py_func)} has custom derivatives, so it "
                                 "cannot also be inactive")
            _inactive_dispatchers.add(disp)
            _changed()
            return disp
        key, _, description = _key(fn, what)
        if key in _raw:
            raise EnzpyError(f"{description} has custom derivatives, so it cannot also be "
                             "inactive")
        _inactive.add(key)
        _changed()
        return fn


@dataclasses.dataclass
class _RawRule:
    """Rules given as addresses: kind -> (address, LLVM type or None, the object)."""
    description: str
    primal_type: object                      # LLVM FunctionType of the primal, or None
    functions: dict


def _raw_function(obj, kind, primal_type, description, what):
    address = adapters.rule_address(obj, f"{what}: the {kind}")
    _keep_alive.append(obj)
    fnty = adapters.rule_signature(obj)
    if primal_type is not None and fnty is not None:
        try:
            check_signature(primal_type, fnty, kind, primal=description,
                            rule=f"{adapters._name(obj)}")
        except EnzpyError as exc:
            raise EnzpyError(f"{what}: {exc}") from None
    return address, fnty, obj


def register_vjp(primal, vjp, jvp=None):
    """Attach rules to a function called from Numba code.

    ``primal``: a ctypes function object (its argtypes/restype give its signature), an
    integer address, a symbol name, or an ``@njit`` function.  ``vjp`` / ``jvp`` (either may
    be None): Numba ``cfunc`` objects, ctypes callbacks or integer addresses following the
    pointer ABI (``void f_vjp(a0, ..., an, dout, double *d_a0, ...)``, ``double f_jvp(a0,
    ..., an, t0, ..., tn)``; docs/custom_rules.md), checked at registration when both
    signatures are known.  For an ``@njit`` primal the rules may also be Python / njit
    functions with the conventions of :func:`custom_vjp`.  Returns ``primal`` (for a Python
    function: the njit function made of it, which Numba code must call)."""
    what = "enzpy.register_vjp" if vjp is not None else "enzpy.register_jvp"
    if vjp is None and jvp is None:
        raise EnzpyError(f"{what}: give a vjp, a jvp or both")
    if isinstance(primal, CustomVJP):
        raise EnzpyError(f"{what}: {primal.label} is an enzpy.custom_vjp function; set its "
                         "rules with defvjp / defjvp")
    rules = {k: v for k, v in (("vjp", vjp), ("jvp", jvp)) if v is not None}
    with _lock:
        if inspect.isfunction(primal) or _is_dispatcher(primal) or \
                _is_dispatcher(getattr(primal, "dispatcher", None)):
            disp = _njit(primal, what)
            numba_made = {k: inspect.isfunction(v) or _is_dispatcher(v)
                          for k, v in rules.items()}
            if disp in _inactive_dispatchers:
                raise EnzpyError(f"{what}: {_label(disp.py_func)} is marked inactive")
            result = disp if inspect.isfunction(primal) else primal
            if all(numba_made.values()):
                obj = _numba_rules.get(disp) or CustomVJP(disp)
                for kind, fn in rules.items():
                    getattr(obj, "def" + kind)(fn)
                return result
            if any(numba_made.values()):
                raise EnzpyError(f"{what}: give the rules of {_label(disp.py_func)} either "
                                 "both as Numba functions or both as addresses / cfuncs")
            if disp in _numba_rules:
                raise EnzpyError(f"{what}: {_label(disp.py_func)} already has Numba rules")
            entry = _raw_of_dispatcher.setdefault(
                disp, _RawRule(_label(disp.py_func), None, {}))
            for kind, obj in rules.items():
                entry.functions[kind] = _raw_function(obj, kind, None, entry.description, what)
            _changed()
            return result
        key, primal_type, description = _key(primal, what)
        if key in _inactive:
            raise EnzpyError(f"{what}: {description} is marked inactive")
        new = {kind: _raw_function(obj, kind, primal_type, description, what)
               for kind, obj in rules.items()}
        entry = _raw.setdefault(key, _RawRule(description, primal_type, {}))
        entry.functions.update(new)
        _changed()
    return primal


def register_jvp(primal, jvp):
    """``register_vjp(primal, None, jvp)``: a forward rule only."""
    return register_vjp(primal, None, jvp)


def unregister(primal):
    """Remove the rules and the inactive mark of ``primal`` (a custom_vjp function, an
    ``@njit`` function, a ctypes function, an address or a symbol): calls made after this
    are differentiated through the function again.  Returns whether there was anything."""
    from .api import ADFunction
    with _lock:
        found = False
        if isinstance(primal, (CustomVJP, ADFunction)):
            primal = primal.dispatcher
        if inspect.isfunction(primal) or _is_dispatcher(primal):
            tables = (_numba_rules, _raw_of_dispatcher, _inactive_dispatchers)
            for disp in {d for table in tables for d in list(table)
                         if d is primal or d.py_func is primal}:
                found |= _numba_rules.pop(disp, None) is not None
                found |= _raw_of_dispatcher.pop(disp, None) is not None
                if disp in _inactive_dispatchers:
                    _inactive_dispatchers.discard(disp)
                    found = True
        else:
            key = _key(primal, "enzpy.numba.custom.unregister")[0]
            found = _raw.pop(key, None) is not None
            if key in _inactive:
                _inactive.discard(key)
                found = True
        if found:
            _changed()
        return found


# ------------------------------------------------------------------------------------------
# The rules of one kernel

_DYNAMIC_GLOBAL = re.compile(
    r'^(@"?numba\.dynamic\.globals\.[0-9a-f]+(?:\.[0-9]+)?"? = )linkonce(?:_odr)? global '
    r'(ptr inttoptr \(i64 [0-9]+ to ptr\))', re.M)


class KernelRules:
    """The custom rules of the kernels of one captured function (``CapturedIR``):
    ``prepare(text, entry, source)`` prepares the captured module with them (``.custom``),
    ``bind(module)`` gives the text of the differentiated module with the rule symbols it
    calls defined."""

    def __init__(self, cap):
        self.custom = CustomRules()
        self._binders = {}
        self._borrowed = {}        # ruled Numba callee -> argument positions of meminfo/parent
        self.bound = []
        with _lock:
            self._addresses = any(isinstance(k, int) for k in list(_raw) + list(_inactive))
            for name, disp, args in cap.kept:
                self._add_callee(name, disp, tuple(args))
            for key, entry in _raw.items():
                self._add(key, entry.functions, lambda kind, entry=entry, key=key:
                          self._raw_binder(kind, entry, key))
            for key in _inactive:
                self.custom.add_inactive(key)

    def prepare(self, text, entry, source):
        """``enzpy.ad.prepare`` of a captured module with these rules.  Before: the addresses
        Numba loads from ``numba.dynamic.globals`` (ctypes functions) are made constant, so
        that calls through them name their address, and LLVM infers which arguments ruled
        callees only read (``readonly``: activity analysis then knows that such a call
        writes no derivative into them).  After: ruled Numba callees get null meminfo and
        parent pointers (they only borrow their array arguments, and the reference counts
        would otherwise look like memory that carries derivatives)."""
        from ..ad.prepare import prepare
        from ..ir.values import ConstantNull
        if self._addresses:
            text = _DYNAMIC_GLOBAL.sub(r"\1internal constant \2", text)
        if self._borrowed:
            text = _infer_attributes(text, source)
        module = prepare(text, entry, source=source, custom=self.custom)
        for fn in module.functions:
            for block in fn.blocks:
                for inst in block.instructions:
                    callee = inst.callee if inst.opcode == "call" else None
                    for index in self._borrowed.get(getattr(callee, "name", None), ()):
                        attrs = (inst.attrs.get("arg_attrs") or [])
                        if index >= len(attrs) or "nonnull" not in attrs[index]:
                            inst.set_operand(index, ConstantNull(inst.args[index].type))
        return module

    def _add(self, key, kinds, binder):
        symbols = {}
        for kind in ("vjp", "jvp"):
            if kind in kinds:
                symbol = f"enzpy_rule_{kind}_{next(_symbols)}"
                self._binders[symbol] = (kind, binder(kind))
                symbols[kind] = symbol
        if symbols:
            self.custom.add(CustomRule(key, **symbols))

    def _add_callee(self, name, disp, args):
        from numba.core import types
        if disp in _inactive_dispatchers:
            self.custom.add_inactive(name)
            return
        label = _label(disp.py_func)
        restype = disp.overloads[args].signature.return_type
        if disp in _raw_of_dispatcher:
            entry = _raw_of_dispatcher[disp]
            c_fnty = adapters.c_signature(args, restype, f"{label} (with raw rules)")
            self._add(name, entry.functions, lambda kind: self._bridge_binder(
                kind, entry, c_fnty, label))
            return
        obj = _numba_rules.get(disp)
        if obj is None:                                       # pragma: no cover - raced
            return
        rules = obj._rules()
        if not rules:
            raise EnzpyError(f"{label} is an enzpy.custom_vjp function without rules: define "
                             f"them with @{obj.__name__}.defvjp and/or @{obj.__name__}.defjvp")
        names = obj.parameters
        for index, ty in enumerate(args):
            if isinstance(ty, types.Omitted):
                raise EnzpyError(f"{label} is called without argument '{names[index]}' (its "
                                 "default is used); a function with custom rules must be "
                                 "called with every argument")
            if adapters.argument_kind(ty) is None:
                raise EnzpyError(
                    f"{label} is called with argument '{names[index]}' of type {ty}; "
                    "functions with custom rules take float scalars, tuples of floats, arrays "
                    "of floats (with shadows), integers, booleans and integer arrays (no "
                    "derivative)")
        if adapters.result_kind(restype) is None:
            raise EnzpyError(f"{label} returns {restype}; functions with custom rules return "
                             "a float, a tuple of floats, an integer or None (write an array "
                             "result into an output argument)")
        self._add(name, rules, lambda kind: self._python_binder(kind, obj, args, restype))
        fields = [f for ty in args for f in adapters._fields(ty, "")]
        self._borrowed[name] = [2 + i for i, f in enumerate(fields)
                                if f[0].endswith((".meminfo", ".parent"))]

    # binders: (LLVM type of the symbol, module) -> definition text
    def _python_binder(self, kind, obj, args, restype):
        rule = getattr(obj, kind)
        names = ", ".join(str(t) for t in args)
        label = f"the {kind} '{rule.py_func.__qualname__}' of {obj.label} for ({names})"

        def bind(symbol, fnty, module):
            key = (rule, kind, args)
            cfunc = _adapters.get(key)
            if cfunc is None:
                cfunc = _adapters[key] = adapters.python_adapter(
                    kind, rule, args, restype, fnty, label, obj.parameters)
            _described[symbol] = label
            return adapters.trampoline(symbol, fnty, cfunc.address)

        return bind

    def _bridge_binder(self, kind, entry, c_fnty, label):
        address, rule_fnty, obj = entry.functions[kind]

        def bind(symbol, fnty, module):
            if rule_fnty is not None:
                check_signature(c_fnty, rule_fnty, kind, primal=f"{label} (as C sees it)",
                                rule=adapters._name(obj))
            _described[symbol] = f"the {kind} {adapters._name(obj)} of {label}"
            return adapters.scalar_bridge(symbol, fnty, address, c_fnty, kind)

        return bind

    def _raw_binder(self, kind, entry, key):
        address, rule_fnty, obj = entry.functions[kind]

        def bind(symbol, fnty, module):
            if rule_fnty is not None and rule_fnty != fnty:
                call = adapters.call_signature(module, key)
                if call is not None:
                    check_signature(call, rule_fnty, kind, primal=entry.description,
                                    rule=adapters._name(obj))
                raise EnzpyError(f"the {kind} {adapters._name(obj)} of {entry.description} "
                                 f"has type {rule_fnty}; the call needs {fnty}")
            _described[symbol] = f"the {kind} {adapters._name(obj)} of {entry.description}"
            return adapters.trampoline(symbol, fnty, address)

        return bind

    def bind(self, module):
        """``str(module)`` with every rule symbol the derivative calls defined."""
        text = str(module)
        definitions = []
        for symbol, (kind, binder) in self._binders.items():
            fn = module.get_function(symbol)
            if fn is None or not fn.is_declaration:
                continue
            definitions.append(binder(symbol, fn.function_type, module))
            text, count = re.subn(rf"^declare [^\n]*@{re.escape(symbol)}\([^\n]*\n", "",
                                  text, flags=re.M)
            if count != 1:                                     # pragma: no cover
                raise EnzpyError(f"enzpy bug: no single declaration of @{symbol} in the "
                                 "differentiated module")
            self.bound.append(_described.get(symbol, symbol))
        return text + "".join("\n" + d for d in definitions)


def _infer_attributes(text, source):
    """``text`` after LLVM's function-attribute inference (readonly, writeonly, ...)."""
    import llvmlite.binding as llvm
    from ..canonical import dispose, parse_llvm, target_machine
    module = parse_llvm(text, source)
    try:
        pb = llvm.create_pass_builder(target_machine(), llvm.create_pipeline_tuning_options(0))
        mpm = llvm.create_new_module_pass_manager()
        mpm.add_post_order_function_attributes_pass()
        mpm.run(module, pb)
        return str(module)
    finally:
        dispose(module)


def refuse_rules_in_hessian(base, fn_label):
    """EnzpyError when the gradient kernel ``base`` calls custom rules: forward over reverse
    would have to differentiate the rules themselves."""
    used = re.findall(r"^define internal [^\n]*@(enzpy_rule_(?:vjp|jvp)_[0-9]+)\(", base.text,
                      re.M)
    if used:
        rules = "; ".join(dict.fromkeys(_described.get(s, s) for s in used))
        raise EnzpyError(
            f"cannot compute second derivatives (Hessians) of {fn_label}: its gradient calls "
            f"custom rules ({rules}), and forward over reverse would have to differentiate the "
            "rules themselves, which enzpy cannot do. Use first derivatives (grad, jvp, "
            "jacfwd, jacrev), or let enzpy differentiate the function's body (no rule)")


def _register_typeof():
    from numba.core import types
    from numba.core.typing.typeof import typeof_impl

    @typeof_impl.register(CustomVJP)
    def _typeof_custom(val, c):
        return types.Dispatcher(val.dispatcher)


_register_typeof()
