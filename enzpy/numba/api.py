"""The Python front end: ``@autodiff``, ``grad``, ``value_and_grad``, ``vjp`` and Enzyme-style
``ADFunction.reverse`` on Numba code.

From Python, every entry point dispatches on the argument types to a wrapper shared by all
functions with the same kernel ABI, which calls the gradient kernel (capture + reverse mode,
compiled on its own) by address (``enzpy.numba.dispatch``); the kernel is built on the
first call with new argument types.  Inside ``@njit`` code a gradient is a generated ``@njit``
function that calls the kernel through a Numba intrinsic (``enzpy.numba.abi``): the kernel's IR
is compiled in with the caller.
"""

import inspect
import pickle
import re
import threading
import weakref

from ..errors import EnzpyError
from . import abi
from .abi import Role
from .dispatch import Entries, Template, compact, njit_from_source

__all__ = ["Active", "Const", "Duplicated", "DuplicatedNoNeed", "ADFunction", "GradFunction",
           "autodiff", "grad", "value_and_grad", "vjp"]


# ------------------------------------------------------------------------------------------
# Activity annotations (Enzyme's names)

class _Annotation:
    __slots__ = ("value",)
    role = Role.CONST

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r})"


class Const(_Annotation):
    """An argument without derivative."""
    __slots__ = ()
    role = Role.CONST


class Active(_Annotation):
    """A float scalar (or tuple of floats) whose adjoint ``reverse`` returns."""
    __slots__ = ()
    role = Role.ACTIVE


class Duplicated(_Annotation):
    """A float array and its shadow: derivatives are accumulated into ``shadow`` (+=)."""
    __slots__ = ("shadow",)
    role = Role.DUP

    def __init__(self, value, shadow):
        self.value = value
        self.shadow = shadow

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r}, {self.shadow!r})"


class DuplicatedNoNeed(Duplicated):
    """Like Duplicated; the primal values the function writes into the array are not needed."""
    __slots__ = ()
    role = Role.DUP_NONEED


# ------------------------------------------------------------------------------------------

_lock = threading.RLock()
_by_function = weakref.WeakKeyDictionary()     # python function / dispatcher -> ADFunction


def autodiff(fn=None, **njit_options):
    """Make ``fn`` differentiable: ``@enzpy.autodiff``, ``@enzpy.autodiff(fastmath=True)`` or
    ``enzpy.autodiff(fn)``.  ``fn`` is a Python function (compiled with ``numba.njit`` and
    ``njit_options``), a ``numba.njit`` dispatcher or an ADFunction (returned as it is)."""
    if fn is None:
        return lambda f: autodiff(f, **njit_options)
    return _as_adfunction(fn, njit_options)


def _as_adfunction(fn, njit_options=None):
    if isinstance(fn, ADFunction):
        return fn
    if isinstance(fn, GradFunction):
        raise EnzpyError(f"cannot differentiate {fn!r}: derivatives of gradients (higher "
                         "order) are not supported by the Python front end yet")
    with _lock:
        if not njit_options:
            try:
                cached = _by_function.get(fn)
            except TypeError:
                cached = None
            if cached is not None:
                return cached
        adf = ADFunction(fn, **(njit_options or {}))
        if not njit_options:
            try:
                _by_function[fn] = adf
            except TypeError:
                pass
        return adf


def _dispatcher(fn, njit_options):
    import numba
    from numba.core.dispatcher import Dispatcher

    if isinstance(fn, Dispatcher):
        if njit_options:
            return numba.njit(**njit_options)(fn.py_func)
        if fn.targetoptions.get("forceobj") or not fn.targetoptions.get("nopython", True):
            raise EnzpyError(f"{fn!r} compiles in object mode; enzpy differentiates nopython "
                             "functions only (use numba.njit)")
        return fn
    if inspect.isfunction(fn):
        return numba.njit(**njit_options)(fn)
    from .custom import CustomVJP, entry_dispatcher
    if isinstance(fn, CustomVJP):       # a call of it, so that its rules apply
        return entry_dispatcher(fn)
    raise EnzpyError(f"cannot differentiate {fn!r} ({type(fn).__name__}): pass a Python "
                     "function, a numba.njit dispatcher or an ADFunction")


def _parameters(py_func, label):
    sig = inspect.signature(py_func)
    names = []
    for p in sig.parameters.values():
        if p.kind not in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            raise EnzpyError(f"{label} has a {p.kind.description} parameter '{p.name}'; enzpy "
                             "supports functions with positional parameters only")
        names.append(p.name)
    return sig, names


class ADFunction:
    """A Numba function enzpy can differentiate (see :func:`autodiff`).

    ``f(*args)`` runs the primal (compiled by Numba); ``f.reverse(...)`` is Enzyme's reverse
    mode; ``enzpy.grad(f)`` and friends build gradient functions.  Inside ``@njit`` code an
    ADFunction is the Numba function it wraps.
    """

    def __init__(self, fn, **njit_options):
        self.dispatcher = _dispatcher(fn, njit_options)
        self.py_func = self.dispatcher.py_func
        self.__name__ = getattr(self.py_func, "__name__", "f")
        self._ident = re.sub(r"\W", "_", self.__name__)
        self.__qualname__ = getattr(self.py_func, "__qualname__", self.__name__)
        self.__module__ = getattr(self.py_func, "__module__", None)
        self.__doc__ = getattr(self.py_func, "__doc__", None)
        self.__wrapped__ = self.py_func
        self._label = abi._label(self.py_func)
        self.signature, self.parameters = _parameters(self.py_func, self._label)
        self._wrappers = {}
        self._lock = threading.RLock()

    def __repr__(self):
        return f"<enzpy.ADFunction {self._label}>"

    # the primal ---------------------------------------------------------------------------
    def __call__(self, *args, **kwargs):
        return self.dispatcher(*args, **kwargs)

    # kernels ------------------------------------------------------------------------------
    def kernel(self, argtypes, roles):
        """The gradient Kernel for Numba ``argtypes`` (types or example values) and roles."""
        import numba
        from numba.core import types
        argtypes = tuple(t if isinstance(t, types.Type) else numba.typeof(t)
                         for t in argtypes)
        return abi.compile_kernel(self.dispatcher, argtypes, tuple(roles), self._label)

    @property
    def kernels(self):
        """The gradient kernels built so far (one per argument types and activities), with
        their capture / AD / link timings and IR (``.text``)."""
        return abi.kernels_of(self.dispatcher)

    def _wrapper(self, key, build):
        from .custom import version
        key = (key, version())          # after a new custom rule, new wrappers (and kernels)
        wrapper = self._wrappers.get(key)
        if wrapper is None:
            with self._lock:
                wrapper = self._wrappers.get(key)
                if wrapper is None:
                    wrapper = build()
                    self._wrappers[key] = wrapper
        return wrapper

    def _resolver(self, role_fn, require_scalar=None, require_float=None):
        dispatcher, label = self.dispatcher, self._label

        def resolve(argtypes):
            roles = role_fn(argtypes)
            kernel = abi.compile_kernel(dispatcher, argtypes, roles, label)
            types = ", ".join(str(t) for t in argtypes)
            if require_scalar and not abi._is_float(kernel.return_type):
                raise EnzpyError(
                    f"{require_scalar} needs {label} to return a float scalar (float64 or "
                    f"float32); it returns {kernel.return_type} for argument types "
                    f"({types}). Use enzpy.vjp or f.reverse for other outputs (and output "
                    "arrays)")
            if require_float and not kernel.return_dup:
                raise EnzpyError(
                    f"{require_float} needs {label} to return a float or a tuple of floats; "
                    f"it returns {kernel.return_type} for argument types ({types}). Write "
                    "an array result into an output argument and use f.reverse(..., "
                    "Duplicated(out, cotangent))")
            return kernel

        return resolve

    # Enzyme-style reverse mode ------------------------------------------------------------
    def reverse(self, *args, seed=1.0):
        """``f.reverse(Active(x), Duplicated(a, da), Const(n), seed=1.0)``.

        Runs the primal and the reverse sweep seeded with ``seed`` (the derivative of the
        objective with respect to the function's float return; a tuple for a tuple return).
        Returns a tuple with the adjoint of each Active argument at its position (None
        elsewhere); the derivatives with respect to each Duplicated array are added (+=) to
        its shadow.  Plain values are Const.
        """
        if len(args) > len(self.parameters):
            raise EnzpyError(f"{self._label} takes {len(self.parameters)} arguments, "
                             f"{len(args)} given")
        roles, primals, shadows = [], [], []
        for arg in args:
            if isinstance(arg, _Annotation):
                roles.append(arg.role)
                primals.append(arg.value)
                if isinstance(arg, Duplicated):
                    shadows.append(arg.shadow)
            else:
                roles.append(Role.CONST)
                primals.append(arg)
        if len(args) < len(self.parameters):      # defaults: Const
            bound = self.signature.bind_partial(*primals)
            bound.apply_defaults()
            primals = list(bound.args)
            if len(primals) < len(self.parameters):
                raise EnzpyError(f"{self._label} takes {len(self.parameters)} arguments, "
                                 f"{len(args)} given")
            roles += [Role.CONST] * (len(primals) - len(roles))
        roles = tuple(roles)
        entries = self._wrapper(("reverse", roles), lambda: Entries(
            Template("reverse", len(roles)), self._resolver(lambda argtypes: roles)))
        return tuple(entries(*primals, tuple(shadows), seed)[1:])

    # Enzyme-style forward mode ------------------------------------------------------------
    def forward(self, *args):
        """``f.forward(Duplicated(x, tx), Duplicated(a, ta), Const(n))``: the directional
        derivative of the result along the tangents (a float, a tuple of floats or an array;
        None when ``f`` returns nothing).  The tangents of float arrays that ``f`` writes
        (output arguments) are written into their tangent arrays.  Plain values are Const."""
        from .jacobians import forward
        if len(args) > len(self.parameters):
            raise EnzpyError(f"{self._label} takes {len(self.parameters)} arguments, "
                             f"{len(args)} given")
        return forward(self, args)

    # gradient wrappers --------------------------------------------------------------------
    def _grad_roles(self, argnums):
        diff = set(argnums if isinstance(argnums, tuple) else (argnums,))
        nargs = len(self.parameters)
        return lambda argtypes: tuple(Role.DIFF if i in diff else Role.SCRATCH
                                      for i in range(nargs))

    def _grad_resolver(self, argnums, with_value):
        label = "enzpy.value_and_grad" if with_value else "enzpy.grad"
        return self._resolver(self._grad_roles(argnums), require_scalar=label)

    def _bind(self, args, kwargs):
        bound = self.signature.bind(*args, **kwargs)
        bound.apply_defaults()
        return bound.args

    def _build_grad(self, argnums, with_value):
        """The ``@njit`` function of ``grad`` / ``value_and_grad`` called from ``@njit``
        code (the kernel's IR is linked into the caller)."""
        resolve = self._grad_resolver(argnums, with_value)
        intr = abi.kernel_call_intrinsic(resolve, len(self.parameters), abi.ALLOC)
        name = f"{'value_and_grad' if with_value else 'grad'}_{self._ident}"
        src = Template("grad", len(self.parameters), argnums, with_value).source(
            name, self.parameters)
        return njit_from_source(src, name, {"__enzpy_call": intr,
                                            "__enzpy_compact": compact()},
                                self.py_func.__defaults__)

    def _vjp_entries(self):
        """The Python calls of a vjp function (every differentiable argument is DIFF)."""
        resolve = self._resolver(
            lambda argtypes: tuple(Role.DIFF if abi.differentiable(t) else Role.SCRATCH
                                   for t in argtypes), require_float="enzpy.vjp")
        return Entries(Template("vjp", len(self.parameters)), resolve)

    # pickling: by reference to the Python function ---------------------------------------
    def __reduce__(self):
        module, qualname = self.__module__, self.__qualname__
        if module is None or "<locals>" in qualname or "<lambda>" in qualname:
            raise pickle.PicklingError(
                f"cannot pickle {self!r}: it is pickled by reference to its Python function, "
                "which must be defined at the top level of a module")
        return _restore_adfunction, (module, qualname)


def _restore_adfunction(module, qualname):
    import importlib
    obj = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return autodiff(obj)


# ------------------------------------------------------------------------------------------
# grad / value_and_grad / vjp

def _normalize_argnums(argnums, nargs, label):
    items = argnums if isinstance(argnums, tuple) else (argnums,)
    if not items:
        raise EnzpyError("argnums must not be empty")
    out = []
    for i in items:
        if isinstance(i, bool) or not isinstance(i, int):
            raise EnzpyError(f"argnums must be an int or a tuple of ints, not {argnums!r}")
        j = i + nargs if i < 0 else i
        if not 0 <= j < nargs:
            raise EnzpyError(f"argnums {i} is out of range: {label} takes {nargs} arguments")
        out.append(j)
    return tuple(out) if isinstance(argnums, tuple) else out[0]


class GradFunction(Entries):
    """``enzpy.grad(f, argnums)`` / ``enzpy.value_and_grad(f, argnums)``: callable from
    Python and from ``@njit`` code (where it is the Numba function ``.dispatcher``)."""

    def __init__(self, fn, argnums=0, with_value=False):
        self.function = _as_adfunction(fn)
        self.argnums = _normalize_argnums(argnums, len(self.function.parameters),
                                          self.function._label)
        self.with_value = with_value
        kind = "value_and_grad" if with_value else "grad"
        self.__name__ = f"{kind}_{self.function.__name__}"
        self.__doc__ = (f"{kind} of {self.function.__name__} with respect to argument(s) "
                        f"{self.argnums}")
        super().__init__(Template("grad", len(self.function.parameters), self.argnums,
                                  with_value),
                         self.function._grad_resolver(self.argnums, with_value),
                         self.function._bind)

    @property
    def dispatcher(self):
        """The Numba function called from ``@njit`` code (a new one after a custom rule is
        registered)."""
        kind = "value_and_grad" if self.with_value else "grad"
        return self.function._wrapper(
            (kind, self.argnums), lambda: self.function._build_grad(self.argnums,
                                                                    self.with_value))

    def __repr__(self):
        kind = "value_and_grad" if self.with_value else "grad"
        return f"<enzpy.{kind} of {self.function._label} argnums={self.argnums}>"

    def __reduce__(self):
        return GradFunction, (self.function, self.argnums, self.with_value)


def grad(f, argnums=0):
    """The gradient of ``f`` (a float-valued function) with respect to ``argnums``: a float
    for a float argument, an array of the same shape and dtype for an array argument, a tuple
    of them when ``argnums`` is a tuple."""
    return _grad_function(f, argnums, False)


def value_and_grad(f, argnums=0):
    """Like :func:`grad`, returning ``(f(*args), gradient)``."""
    return _grad_function(f, argnums, True)


def _grad_function(f, argnums, with_value):
    adf = _as_adfunction(f)
    argnums = _normalize_argnums(argnums, len(adf.parameters), adf._label)
    key = ("gradfn", argnums, with_value)
    return adf._wrapper(key, lambda: GradFunction(adf, argnums, with_value))


def vjp(f, *primals):
    """``(value, vjp_fn)``: ``value = f(*primals)`` and ``vjp_fn(cotangent)`` returns one
    cotangent per primal argument (a float, a tuple of floats, an array; None for arguments
    without derivatives such as integers).  ``f`` may return a float, a tuple of floats or a
    float array (the cotangent then is an array of its shape)."""
    import numpy as np

    adf = _as_adfunction(f)
    bound = adf.signature.bind(*primals)
    bound.apply_defaults()
    args = tuple(bound.args)
    value = adf(*args)
    if isinstance(value, np.ndarray):
        return value, _array_vjp(adf, args, value, len(primals))
    entries = adf._wrapper(("vjp",), adf._vjp_entries)

    def vjp_fn(cotangent):
        return entries(*args, cotangent)[:len(primals)]

    return value, vjp_fn


def _array_vjp(adf, args, value, count):
    """The vjp of a function returning an array: ``out[...] = f(*args)`` differentiated with
    ``out`` Duplicated and seeded by the cotangent."""
    import numpy as np

    if value.dtype.kind != "f":
        raise EnzpyError(f"enzpy.vjp: {adf._label} returns an array of {value.dtype}, which "
                         "has no derivatives")

    into_out = _into_out(adf)

    def vjp_fn(cotangent):
        seed = np.array(cotangent, dtype=value.dtype)
        if seed.shape != value.shape:
            seed = np.broadcast_to(seed, value.shape).copy()
        annotated, shadows = [], {}
        for index, arg in enumerate(args):
            if isinstance(arg, np.ndarray) and arg.dtype.kind == "f":
                shadows[index] = np.zeros_like(arg)
                annotated.append(Duplicated(arg, shadows[index]))
            elif isinstance(arg, (float, np.floating)) or (
                    isinstance(arg, tuple) and arg and
                    all(isinstance(x, (float, np.floating)) for x in arg)):
                annotated.append(Active(arg))
            else:
                annotated.append(Const(arg))
        adjoints = into_out.reverse(*annotated, Duplicated(np.empty_like(value), seed))
        return tuple(shadows.get(i, adjoints[i]) for i in range(count))

    return vjp_fn


def _into_out(adf):
    """``into_out(*args, out)``: ``out[...] = f(*args)`` as an ADFunction (the reverse mode of
    a function returning an array or a tuple of floats)."""
    import numpy as np

    def build():
        params = ", ".join(f"p{i}" for i in range(len(adf.parameters)))
        src = (f"def into_out_{adf._ident}({params}, out):\n"
               f"    r = np.asarray(f({params}))\n"
               f"    for i in np.ndindex(r.shape):\n"
               f"        out[i] = r[i]\n")
        return ADFunction(njit_from_source(src, f"into_out_{adf._ident}",
                                            {"f": adf.dispatcher, "np": np}))

    return adf._wrapper(("into_out",), build)



# ------------------------------------------------------------------------------------------
# Inside @njit code: an ADFunction is its Numba function, a GradFunction its wrapper

def _register_typeof():
    from numba.core import types
    from numba.core.typing.typeof import typeof_impl

    @typeof_impl.register(ADFunction)
    def _typeof_adfunction(val, c):
        return types.Dispatcher(val.dispatcher)

    @typeof_impl.register(GradFunction)
    def _typeof_gradfunction(val, c):
        return types.Dispatcher(val.dispatcher)


_register_typeof()
