"""Gradients called from Python: shared wrappers that call kernels by address.

A gradient called from Python (``enzpy.grad(f)(x)``, ``value_and_grad``, ``vjp``,
``f.reverse``) runs a *shared wrapper*: an ``@njit`` function ``wrapper(address, *args)``
that unboxes the arguments, allocates the shadows, calls the gradient kernel at ``address``
(compiled on its own, in a Numba code library) and boxes the results.  The wrapper's code depends
only on the kernel's ``CallABI`` (argument types, roles, return type) and on the entry
point's ``Template``, so Numba compiles it once per process for each pair, and every
function with that ABI shares it: a new function costs its capture, its AD and the LLVM
compile of its kernel, not a second Numba compile.

``Entries`` dispatches one entry point of one function: the Numba type fingerprints of the
arguments (computed in C, as Numba's dispatcher does) select (wrapper, address).  Inside
``@njit`` code gradients are Numba functions that link the kernel's IR instead
(``enzpy.numba.api``).
"""

import dataclasses
import re
import threading
import weakref

from ..errors import EnzpyError
from . import abi

__all__ = ["Template", "Entries", "shared", "fixed", "njit_from_source", "compact"]

_lock = threading.RLock()
_shared = {}                  # (Template, CallABI) -> the shared wrapper (a Numba dispatcher)
_all_entries = weakref.WeakSet()


@dataclasses.dataclass(frozen=True)
class Template:
    """The body of a gradient entry point: ``r = call(p0, ..., shadows, seed)`` and what
    it returns.  ``kind`` is "grad" (``argnums``, ``with_value``), "vjp" (takes the seed)
    or "reverse" (takes the shadows and the seed; returns ``r``)."""
    kind: str
    nargs: int
    argnums: object = 0
    with_value: bool = False

    @property
    def mode(self):
        return abi.USER if self.kind == "reverse" else abi.ALLOC

    @property
    def needs_value(self):
        """Whether the entry point returns the primal result (value_and_grad)."""
        return self.with_value

    @property
    def arity(self):
        """Number of arguments of the entry point."""
        return self.nargs + {"grad": 0, "vjp": 1, "reverse": 2}[self.kind]

    def source(self, name, params=None, address=False):
        """Python source of the entry point ``name`` (parameters ``params``, by default
        ``p0, p1, ...``; with ``address``, a first parameter ``address`` for the kernel)."""
        params = list(params or (f"p{i}" for i in range(self.nargs)))
        extra = {"grad": [], "vjp": ["seed"], "reverse": ["shadows", "seed"]}[self.kind]
        head = ["__enzpy_address"] * address + params + extra
        shadows, seed = {"grad": ("()", "1.0"), "vjp": ("()", "seed"),
                         "reverse": ("shadows", "seed")}[self.kind]
        call = ", ".join(head[:address + self.nargs] + [shadows, seed])
        if self.kind == "reverse":
            body = f"    return __enzpy_call({call})\n"
        else:
            if self.kind == "vjp":
                out = "(" + "".join(f"__enzpy_compact(__enzpy_r[{i + 1}]), "
                                    for i in range(self.nargs)) + ")"
            else:
                items = self.argnums if isinstance(self.argnums, tuple) else (self.argnums,)
                grads = [f"__enzpy_compact(__enzpy_r[{i + 1}])" for i in items]
                out = grads[0] if not isinstance(self.argnums, tuple) else \
                    "(" + ", ".join(grads) + ",)"
                if self.with_value:
                    out = f"__enzpy_r[0], {out}"
            body = f"    __enzpy_r = __enzpy_call({call})\n    return {out}\n"
        return f"def {name}({', '.join(head)}):\n{body}"

    def check(self, kernel, prim, argtypes):
        """Raise EnzpyError when the shadows or the seed do not fit ``kernel``."""
        if self.kind == "reverse":
            abi.check_user_shadows(kernel, prim, argtypes[self.nargs], abi.USER)
        if self.kind != "grad":
            abi.check_seed(kernel, argtypes[-1])

    def entry(self, kernel):
        """(shared wrapper, address) to call ``kernel`` with."""
        call_abi = kernel.call_abi
        wrapper = shared((self, call_abi), lambda: self._wrapper(call_abi))
        value = self.needs_value or not abi.drops_nothing(kernel.return_type)
        return wrapper, kernel.address(value=value)

    def _wrapper(self, call_abi):
        call = abi.kernel_call_intrinsic(fixed(call_abi), self.nargs, self.mode,
                                         by_address=True)
        name = f"enzpy_{self.kind}_{len(_shared)}"
        return njit_from_source(self.source(name, address=True), name,
                                {"__enzpy_call": call, "__enzpy_compact": compact()})


def fixed(call_abi):
    """The resolver of a shared wrapper's intrinsic: ``call_abi`` for its argument types."""
    def resolve(argtypes):
        if tuple(argtypes) != call_abi.argtypes:        # pragma: no cover - contract
            raise EnzpyError(f"internal error: a shared wrapper for {call_abi.argtypes} was "
                             f"called with {argtypes}")
        return call_abi

    return resolve


def shared(key, build):
    """The wrapper ``build()`` returns (a Numba dispatcher), built once per ``key`` for the
    process."""
    wrapper = _shared.get(key)
    if wrapper is None:
        with _lock:
            wrapper = _shared.get(key)
            if wrapper is None:
                wrapper = _shared[key] = build()
    return wrapper


def forget_kernels():
    """Drop every entry's kernels (a custom rule was registered: kernels are rebuilt)."""
    for entries in list(_all_entries):
        entries._table = {}


class Entries:
    """The Python calls of one entry point of one function: ``entries(*args)``.

    ``template`` gives the entry point's arity and number of primal arguments (``nargs``),
    checks the other arguments against the kernel (``check``) and gives the shared wrapper
    and the address to call a kernel with (``entry``): a Template, or the forward-mode
    templates of ``enzpy.numba.jacobians``.
    ``resolve(argtypes)`` returns the Kernel for the Numba types of the primal arguments
    (raising EnzpyError when they cannot be differentiated); ``bind(args, kwargs)`` returns
    the full positional arguments (defaults applied) when a call has keywords or fewer
    arguments than the entry point.
    """

    def __init__(self, template, resolve, bind=None):
        from numba._dispatcher import compute_fingerprint

        self.template = template
        self._resolve = resolve
        self._bind = bind
        self._arity = template.arity
        self._fingerprint = compute_fingerprint
        self._table = {}          # fingerprint of the arguments -> (wrapper, kernel address)
        _all_entries.add(self)

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != self._arity:
            args = self._bound(args, kwargs)
        try:
            wrapper, address = self._table[self._fingerprint(args)]
        except KeyError:
            wrapper, address = self._add(args, self._fingerprint(args))
        except Exception:                   # noqa: BLE001 - typed in Python (or refused)
            wrapper, address = self._add(args, self._types(args))
        return wrapper(address, *args)

    def _bound(self, args, kwargs):
        if self._bind is None:
            raise TypeError(f"expected {self._arity} arguments, got {len(args)}")
        return tuple(self._bind(args, kwargs))

    @staticmethod
    def _types(args):
        from numba import typeof
        from numba.core.typing.typeof import Purpose
        out = []
        for index, arg in enumerate(args):
            try:
                out.append(typeof(arg, Purpose.argument))
            except Exception as exc:            # noqa: BLE001 - ValueError, NumbaValueError
                why = re.sub(r"\x1b\[[0-9;]*m", "", str(exc)).strip()    # Numba's colours
                raise EnzpyError(f"argument {index} ({type(arg).__name__}) has no Numba type "
                                 f"({why}): pass numbers, NumPy arrays in native "
                                 "byte order, tuples or other values Numba functions "
                                 "accept") from None
        return tuple(out)

    def _add(self, args, key):
        with _lock:
            entry = self._table.get(key)
            if entry is not None:
                return entry
            from numba.core import types
            argtypes = self._types(args)
            nargs = self.template.nargs
            prim = tuple(types.unliteral(t) for t in argtypes[:nargs])
            kernel = self._resolve(prim)
            self.template.check(kernel, prim, argtypes)
            entry = self.template.entry(kernel)
            self._table[key] = entry
            return entry


def njit_from_source(src, name, namespace, defaults=None):
    """``numba.njit`` of the function ``name`` defined by ``src`` in ``namespace``."""
    import numba
    namespace = dict(namespace)
    exec(compile(src, f"<enzpy {name}>", "exec"), namespace)
    fn = namespace[name]
    if defaults:
        fn.__defaults__ = defaults
    # called from Python and from @njit code, never through a C function pointer
    return numba.njit(no_cfunc_wrapper=True)(fn)


_compact_fn = []


def compact():
    """``compact(g)``: a gradient array with a non-contiguous layout is copied (C order)."""
    if _compact_fn:
        return _compact_fn[0]
    from numba.core import types
    from numba.extending import overload

    def compact(g):
        return g

    @overload(compact)
    def _overload(g):
        if isinstance(g, types.Array) and g.layout == "A":
            return lambda g: g.copy()
        return lambda g: g

    _compact_fn.append(compact)
    return compact
