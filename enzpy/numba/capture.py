"""Pre-optimisation LLVM IR of a Numba function, as one self-contained module.

Numba keeps only optimised IR (``inspect_llvm`` and ``library.get_llvm_str()`` are after O3,
with callees inlined and loops unrolled or vectorised), so :func:`capture` compiles the
function again and records what Numba's code libraries *receive*:

1. During a capture ``CPUCodeLibrary.add_llvm_module`` records the text of every module it
   is given (and links it without Numba's function passes, which would only be wasted), and
   ``Dispatcher.get_call_template`` records which dispatcher was called with which argument
   types.  Both hooks are installed for the duration of one capture only, under Numba's
   global compiler lock and our own lock, and only act in the capturing thread; they are
   removed even when compilation fails.  What they record is kept for the life of the
   process (``_Record``, weakly keyed by library and dispatcher), so later captures reuse it.
2. The function itself is compiled as a fresh copy (``compile_extra`` with ``no_compile``: it
   is lowered, never optimised or JIT-compiled), so its raw IR is always seen, however often
   the function was compiled before.  Numba's cache of internal subroutines
   (``cached_internal_func``) is replaced during captures by one of their own, whose entries
   were lowered (and recorded) in a capture.
3. Every library that the copy links against is walked.  A library lowered during a capture
   has its raw modules recorded.  A library compiled *outside* captures (an ``@njit`` callee,
   an ``@overload`` implementation) is traced back to its dispatcher and signature and
   compiled again, once per process, as a fresh copy whose entry is renamed to the mangled
   name the caller refers to; its own callees are walked the same way.  Numba's runtime
   library (``nrt``: NRT_incref, NRT_decref, ...) is never linked: its functions stay
   declarations that the JIT resolves (see :func:`runtime_symbols`).  A library that cannot
   be traced (rare: e.g. a ``cfunc``) is linked in its optimised form and listed in
   ``CapturedIR.optimized_callees``.
   Recursion across signatures, which Numba lowers as a call through a global
   ``.numba.unresolved$NAME`` filled in after JIT compilation, is resolved the same way and
   the global is pointed at the linked definition.
4. The raw modules are linked into one module; whatever the entry cannot reach (Numba's
   CPython/cfunc wrappers of callees compiled during the capture) is dropped; callees become
   ``internal`` and, unless they are recursive, ``alwaysinline``, so the light pre-AD
   clean-up (``canonical.run_cleanup``: no unrolling, no vectorisation) inlines them.
"""

import dataclasses
import inspect
import re
import threading
import time
import warnings
import weakref

import llvmlite.binding as llvm

from ..canonical import init_llvm, parse_llvm, run_cleanup
from ..errors import ABIError, EnzpyError
from ..gcpause import gc_paused

__all__ = ["ArgumentLayout", "CapturedIR", "NumbaCompileError", "capture", "runtime_symbols"]


class NumbaCompileError(EnzpyError):
    """Numba cannot compile the function (typing error, unsupported construct, ...)."""

    def __init__(self, message, numba_error=None):
        super().__init__(message)
        self.numba_error = numba_error


@dataclasses.dataclass(frozen=True)
class ArgumentLayout:
    """How one Python argument is passed to the native entry function.

    ``positions`` index the LLVM parameters of the entry function (0 is ``retptr``, 1 is
    ``excinfo``); ``fields`` names each position ("meminfo", "parent", "nitems", "itemsize",
    "data", "shape[0]", "strides[0]" for a 1-d array; "real"/"imag" for a complex; "[i]" for
    tuple items; "" for a scalar) and ``llvm_types`` gives its LLVM type.  An omitted argument
    (a default value) has no positions.
    """
    name: str
    numba_type: object
    positions: tuple
    fields: tuple
    llvm_types: tuple

    def to_dict(self):
        return {"name": self.name, "numba_type": str(self.numba_type),
                "positions": list(self.positions), "fields": list(self.fields),
                "llvm_types": list(self.llvm_types)}


@dataclasses.dataclass(frozen=True)
class CapturedIR:
    """The result of :func:`capture`.

    text          canonical LLVM IR of one self-contained module (cleaned when cleanup=True)
    raw_text      the same module before the clean-up (linked, callees internal and marked
                  alwaysinline, nothing the entry cannot reach; no LLVM pass has run on it)
    entry         mangled name of the entry ``i32 (ptr retptr, ptr excinfo, args...)``
    name          the Python function's qualified name; ``location`` is "file:line"
    argtypes      the Numba types of the Python arguments (after folding defaults)
    return_type   the Numba return type; ``return_llvm_type`` is the type behind retptr
    args          one ArgumentLayout per Python argument
    llvm_params   LLVM types of all entry parameters, retptr and excinfo included
    env_name      the NumbaEnv global of the entry (defined in the module as null)
    callees       mangled names of the njit functions linked in as definitions
    inlined       those of them marked alwaysinline (the others are recursive)
    declarations  functions left as declarations (Numba runtime, libm, intrinsics)
    optimized_callees  callees whose raw IR was unavailable, linked optimised (normally empty)
    kept          (mangled name, dispatcher, argument types) of the callees that ``keep``
                  selected: linked in as definitions but not marked alwaysinline, so that they
                  stay calls (the callees with custom derivatives, enzpy.numba.custom)
    """
    text: str = dataclasses.field(repr=False)
    raw_text: str = dataclasses.field(repr=False)
    entry: str
    name: str
    location: str
    argtypes: tuple
    return_type: object
    return_llvm_type: str
    args: tuple
    llvm_params: tuple
    env_name: str
    callees: tuple
    inlined: tuple
    declarations: tuple
    optimized_callees: tuple
    cleanup: bool
    seconds: float
    kept: tuple = ()
    environment: object = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def arg_positions(self):
        """Python argument name -> tuple of LLVM parameter positions."""
        return {a.name: a.positions for a in self.args}

    def to_dict(self):
        """A JSON-ready summary (everything but the IR text)."""
        return {"name": self.name, "location": self.location, "entry": self.entry,
                "argtypes": [str(t) for t in self.argtypes],
                "return_type": str(self.return_type), "return_llvm_type": self.return_llvm_type,
                "llvm_params": list(self.llvm_params),
                "args": [a.to_dict() for a in self.args], "env_name": self.env_name,
                "callees": list(self.callees), "inlined": list(self.inlined),
                "declarations": list(self.declarations),
                "optimized_callees": list(self.optimized_callees), "cleanup": self.cleanup}


# --------------------------------------------------------------------------------------------
# The recording session: hooks installed for one capture, in one thread.

_capture_lock = threading.RLock()
_active = None          # the running _Session, or None


class _Record:
    """What captures learned about Numba's code libraries, kept for the life of the process
    so that later captures reuse it (libraries and dispatchers are referenced weakly)."""

    raw = weakref.WeakKeyDictionary()       # library -> [module text, ...] as it received them
    origins = weakref.WeakKeyDictionary()   # library -> (weakref to dispatcher, argument types)
    by_name = {}                            # mangled name sans ABI tags -> (weakref, args)
    copies = weakref.WeakKeyDictionary()    # dispatcher -> {(args, return type):
                                            #   (its compile result, the copy's)}
    internal = weakref.WeakKeyDictionary()  # target context -> subroutines lowered in captures


class _Session:
    def __init__(self):
        self.thread = threading.get_ident()

    def mine(self):
        return threading.get_ident() == self.thread


def _remember_call(disp, args):
    """Note that ``disp`` compiled for ``args`` has the library and mangled name it has now."""
    cres = disp.overloads.get(args)
    if cres is not None:
        origin = (weakref.ref(disp), args)
        _Record.origins[cres.library] = origin
        _Record.by_name[_without_abi_tags(cres.fndesc.mangled_name)] = origin


def _recording_hooks():
    """(class, attribute, replacement) for the two hooks of a capture."""
    from numba.core import codegen, dispatcher

    library_cls = codegen.CPUCodeLibrary
    original_add = library_cls.add_llvm_module

    def add_llvm_module(self, ll_module):
        session = _active
        if session is None or not session.mine() or self is _runtime_library():
            return original_add(self, ll_module)
        _Record.raw.setdefault(self, []).append(str(ll_module))
        # no function passes: what a capture links is its record, not this optimised copy
        ll_module.data_layout = self._codegen._data_layout
        self._final_module.link_in(ll_module)
        return None

    dispatcher_cls = next(c for c in dispatcher.Dispatcher.__mro__
                          if "get_call_template" in c.__dict__)
    original_template = dispatcher_cls.get_call_template

    def get_call_template(self, args, kws):
        result = original_template(self, args, kws)
        session = _active
        if session is not None and session.mine():
            _remember_call(self, tuple(result[2]))
        return result

    return [(library_cls, "add_llvm_module", add_llvm_module),
            (dispatcher_cls, "get_call_template", get_call_template)]


class _Patched:
    """Install attributes on classes/objects; put back exactly what was there on exit."""

    _MISSING = object()

    def __init__(self, patches):
        self.patches = patches
        self.saved = []

    def __enter__(self):
        try:
            for owner, name, value in self.patches:
                self.saved.append((owner, name, owner.__dict__.get(name, self._MISSING)
                                   if isinstance(owner, type) else getattr(owner, name)))
                setattr(owner, name, value)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for owner, name, old in reversed(self.saved):
            if old is self._MISSING:
                delattr(owner, name)
            else:
                setattr(owner, name, old)
        self.saved.clear()
        return False


# --------------------------------------------------------------------------------------------
# Compiling fresh copies.

def _dispatcher_for(fn):
    from numba.core import dispatcher
    import numba

    if isinstance(fn, dispatcher.Dispatcher):
        if fn.targetoptions.get("forceobj") or not fn.targetoptions.get("nopython", True):
            raise ABIError(f"{_describe(fn.py_func)} is compiled in object mode; enzpy can only "
                           "capture nopython functions (use numba.njit)")
        return fn
    if isinstance(fn, dispatcher._DispatcherBase):
        raise ABIError(f"cannot capture {fn!r}: only plain functions and numba.njit "
                       "dispatchers are supported")
    if inspect.isfunction(fn):
        return numba.njit(fn)
    raise ABIError(f"cannot capture {fn!r} ({type(fn).__name__}): pass a Python function or "
                   "a numba.njit dispatcher (ufuncs, cfuncs and builtins are not supported)")


def _compile_copy(disp, args, return_type):
    """Lower a fresh copy of ``disp``'s function for ``args``; nothing is optimised or JITted.
    A ``parallel=True`` function is lowered as its serial version (``prange`` runs as
    ``range``): the same derivatives, without Numba's thread pool calls."""
    from numba.core import compiler

    funcomp = disp._compiler
    flags = compiler.Flags()
    options = {k: v for k, v in disp.targetoptions.items() if k != "parallel"}
    disp.targetdescr.options.parse_as_flags(flags, options)
    flags = funcomp._customize_flags(flags)
    flags.no_compile = True
    flags.no_cpython_wrapper = True
    flags.no_cfunc_wrapper = True
    impl = funcomp._get_implementation(args, {})
    # Marked as compiling (as Dispatcher.compile does), a recursive call to the dispatcher is
    # typed as a recursive call of this copy instead of re-entering the compiler.
    with disp._compiling_counter:
        return compiler.compile_extra(disp.targetdescr.typing_context,
                                      disp.targetdescr.target_context, impl,
                                      args=tuple(args), return_type=return_type, flags=flags,
                                      locals=funcomp.locals,
                                      pipeline_class=funcomp.pipeline_class)


def _describe(py_func):
    code = getattr(py_func, "__code__", None)
    name = getattr(py_func, "__qualname__", getattr(py_func, "__name__", repr(py_func)))
    if code is None:
        return f"'{name}'"
    return f"'{name}' ({code.co_filename}:{code.co_firstlineno})"


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _compile_error(py_func, args, exc, what="the function"):
    from numba.core import errors as numba_errors

    message = _ANSI.sub("", str(exc)).strip() or type(exc).__name__
    if isinstance(exc, numba_errors.TypingError):
        hint = ("check that the argument types match what the function expects and that every "
                "operation and callee is supported by Numba in nopython mode")
    elif isinstance(exc, numba_errors.UnsupportedError) or "Unsupported" in type(exc).__name__:
        hint = ("rewrite the construct Numba does not support in nopython mode (see \"Supported "
                "Python features\" in Numba's documentation)")
    else:
        hint = "run numba.njit(fn) on the same arguments to see Numba's full report"
    argtext = ", ".join(str(a) for a in args)
    indented = "\n".join("    " + line for line in message.splitlines())
    return NumbaCompileError(
        f"Numba cannot compile {what} {_describe(py_func)} for argument types ({argtext}):\n"
        f"  {type(exc).__name__}:\n{indented}\n"
        f"hint: {hint}", exc)


def _copy_or_raise(disp, args, return_type, what):
    from numba.core import errors as numba_errors

    try:
        return _compile_copy(disp, args, return_type)
    except EnzpyError:
        raise
    except (numba_errors.NumbaError, NotImplementedError, TypeError, ValueError, KeyError,
            AttributeError, AssertionError, RuntimeError) as exc:
        raise _compile_error(disp.py_func, args, exc, what) from None


# --------------------------------------------------------------------------------------------
# Argument layout.

def _is_supported_arg(ty):
    from numba.core import types

    if isinstance(ty, (types.Boolean, types.Number, types.NoneType, types.Omitted)):
        return True
    if isinstance(ty, types.Array):
        return isinstance(ty.dtype, (types.Boolean, types.Number))
    if isinstance(ty, types.BaseTuple):          # tuples and named tuples
        return all(_is_supported_arg(t) for t in ty.types)
    return False


def _as_numba_types(py_func, argtypes):
    import numba
    from numba.core import types
    from numba.core.typing import Signature

    if isinstance(argtypes, Signature):
        argtypes = argtypes.args
    if not isinstance(argtypes, (tuple, list)):
        raise ABIError(f"argtypes for {_describe(py_func)} must be a tuple of Numba types or "
                       f"example values, not {type(argtypes).__name__}")
    out = []
    for i, value in enumerate(argtypes):
        if isinstance(value, types.Type):
            out.append(value)
            continue
        try:
            out.append(numba.typeof(value))
        except (ValueError, TypeError) as exc:
            raise ABIError(f"argument {i} of {_describe(py_func)}: Numba cannot type the example "
                           f"value {value!r} ({exc}); pass a Numba type instead") from None
    return tuple(out)


def _leaves(dm, argty, label):
    """Flatten a data model's argument type like Numba's ArgPacker, naming each leaf."""
    from numba.core.datamodel import models

    if not isinstance(argty, tuple):
        return [label]
    if isinstance(dm, models.TupleModel):
        names = [f"[{i}]" for i in range(len(argty))]
        children = dm._models
    elif isinstance(dm, models.StructModel):
        names = ["." + f for f in dm._fields]
        children = dm._models
    elif isinstance(dm, models.UniTupleModel):
        names = [f"[{i}]" for i in range(len(argty))]
        children = [dm._elem_model] * len(argty)
    else:
        names = [f"[{i}]" for i in range(len(argty))]
        children = [None] * len(argty)
    if len(names) != len(argty) or len(children) != len(argty):
        names = [f"[{i}]" for i in range(len(argty))]
        children = [None] * len(argty)
    out = []
    for name, child, sub in zip(names, children, argty):
        out.extend(_leaves(child, sub, label + name))
    return out


def _argument_layouts(targetctx, names, argtypes, llvm_params):
    layouts = []
    position = 2                      # after retptr and excinfo
    for name, ty in zip(names, argtypes):
        dm = targetctx.data_model_manager[ty]
        fields = [f.lstrip(".") for f in _leaves(dm, dm.get_argument_type(), "")]
        positions = tuple(range(position, position + len(fields)))
        position += len(fields)
        layouts.append(ArgumentLayout(name, ty, positions, tuple(fields),
                                      tuple(llvm_params[p] for p in positions
                                            if p < len(llvm_params))))
    if position != len(llvm_params):
        raise AssertionError(f"argument layout covers {position} LLVM parameters, the entry "
                             f"function has {len(llvm_params)}")
    return tuple(layouts)


# --------------------------------------------------------------------------------------------
# Walking libraries and linking.

def _runtime_library():
    from numba.core.runtime import rtsys
    try:
        return rtsys.library
    except RuntimeError:
        return None


def _is_runtime_name(name):
    return name.startswith(("NRT_", "nrt_", "llvm."))


def _rename_entry(text, new_name, old_name):
    """Give a recompiled copy the mangled name its callers use (the names differ by uid)."""
    if new_name == old_name:
        return text
    text = re.sub(rf"^declare [^\n]*@{re.escape(old_name)}\([^\n]*\n", "", text, flags=re.M)
    return re.sub(rf"@{re.escape(new_name)}(?![-\w$.])", "@" + old_name, text)


_UNRESOLVED = ".numba.unresolved$"
_UNRESOLVED_GLOBAL = re.compile(
    r'^@"?\.numba\.unresolved\$([-A-Za-z$._0-9]+)"? = external global ptr[ \t]*$', re.M)


def _without_abi_tags(name):
    """``_ZN<len><id>...B<len>v<uid>B<len><abi tag>E<args>`` without the ABI tags (the uid
    tag is kept: it tells apart functions that share a qualified name)."""
    if not name.startswith("_ZN"):
        return name
    out, i = ["_ZN"], 3
    try:
        while name[i] != "E":
            tag = name[i] == "B"
            j = i + 1 if tag else i
            k = j
            while name[k].isdigit():
                k += 1
            if k == j:
                return name
            end = k + int(name[j:k])
            if not tag or name[k] == "v":
                out.append(name[i:end])
            i = end
    except IndexError:
        return name
    out.append(name[i:])
    return "".join(out)


class _Walker:
    def __init__(self, entry):
        self.entry = entry
        self.parts = []                 # module texts, entry module first
        self.visited = set()            # ids of libraries already handled
        self.copied = {}                # original mangled name -> copy library
        self.linked = {}                # mangled name -> (dispatcher, args) of njit callees
        self.optimized = []
        self.runtime = _runtime_library()

    @staticmethod
    def _origin(library=None, name=None):
        """(dispatcher, args, compile result) of a library, or of a mangled name up to ABI
        tags (a recursive call is named with the *caller's* ABI tags), as last compiled."""
        origin = (_Record.origins.get(library) if library is not None
                  else _Record.by_name.get(_without_abi_tags(name)))
        if origin is None or origin[0]() is None:
            return None
        disp, args = origin[0](), origin[1]
        cres = disp.overloads.get(args)
        if cres is None or (library is not None and cres.library is not library):
            return None
        return disp, args, cres

    def add_recorded(self, library, rename=None):
        self.visited.add(id(library))
        for text in _Record.raw[library]:
            if rename is not None:
                text = _rename_entry(text, *rename)
            self.parts.append(text)
        for linked in list(library._linking_libraries):
            self.visit(linked)

    def _add_copy(self, disp, args, cres, name=None):
        """Link a fresh copy of ``disp`` for ``args`` (lowered once per process) in place of
        its compiled library, its entry renamed to ``name`` (what the callers call)."""
        name = name or cres.fndesc.mangled_name
        if name in self.copied:
            return
        return_type = cres.signature.return_type
        per_dispatcher = _Record.copies.setdefault(disp, {})
        compiled, copy = per_dispatcher.get((args, return_type), (None, None))
        if compiled is not cres:                # (never copied, or recompiled since)
            copy = _copy_or_raise(disp, args, return_type, "the callee")
            per_dispatcher[(args, return_type)] = (cres, copy)
        self.copied[name] = copy.library
        self.linked[name] = (disp, args)
        self.add_recorded(copy.library, (copy.fndesc.mangled_name, name))

    def visit(self, library):
        if id(library) in self.visited or library is self.runtime:
            return
        self.visited.add(id(library))
        origin = self._origin(library=library)
        serial = origin is not None and origin[0].targetoptions.get("parallel")
        if library in _Record.raw and not serial:
            if origin is not None:
                self.linked[origin[2].fndesc.mangled_name] = origin[:2]
            self.add_recorded(library)
            return
        if origin is not None:             # (a parallel=True callee: its serial version)
            self._add_copy(*origin)
            return
        try:
            module = library._get_module_for_linking()
        except Exception as exc:                            # noqa: BLE001 - reported below
            raise EnzpyError(f"cannot obtain the IR of Numba library {library.name!r} "
                             f"({exc}); it was probably loaded from Numba's on-disk cache"
                             ) from None
        self.optimized.append(library.name)
        self.parts.append(str(module))

    def _defines(self, name):
        pattern = re.compile(rf"^define [^\n]*@{re.escape(name)}\(", re.M)
        return any(pattern.search(text) for text in self.parts)

    def resolve_unresolved(self):
        """Numba calls a function that is being compiled for another signature (recursion)
        through a global ``.numba.unresolved$NAME`` that it fills in after JIT compilation;
        link NAME's IR too (``_link`` then points the global at it)."""
        done = set()
        while True:
            wanted = {name for text in self.parts
                      for name in _UNRESOLVED_GLOBAL.findall(text)} - done
            if not wanted:
                return
            for name in sorted(wanted):
                done.add(name)
                if name == self.entry or name in self.copied or self._defines(name):
                    continue
                origin = self._origin(name=name)
                if origin is None:
                    raise EnzpyError(f"cannot find the Numba function {name} that the captured "
                                     "code calls recursively; capture the function it belongs "
                                     "to directly")
                disp, args, cres = origin
                if cres.fndesc.mangled_name == name and cres.library in _Record.raw:
                    self.visit(cres.library)
                else:
                    self._add_copy(disp, args, cres, name)


_NAME = re.compile(r'@("(?:[^"\\]|\\.)*"|[-A-Za-z$._][-A-Za-z$._0-9]*)')
_FUNCTION_NAME = re.compile(r'@("(?:[^"\\]|\\.)*"|[-A-Za-z$._0-9]+)\(')


def _chunks(text):
    """Split canonical module text into top-level pieces [kind, name, lines]; kind is
    "define", "declare", "global" or "other" (header, attributes, metadata)."""
    chunks, pending, body = [], [], None
    for line in text.splitlines(keepends=True):
        if body is not None:
            body[2].append(line)
            if line.startswith("}"):
                chunks.append(body)
                body = None
            continue
        if line.startswith("; Function Attrs:"):
            pending.append(line)
            continue
        if line.startswith(("define ", "declare ")):
            kind = line.split(" ", 1)[0]
            chunk = [kind, _FUNCTION_NAME.search(line).group(1).strip('"'), pending + [line]]
            if kind == "define" and not line.rstrip().endswith("}"):
                body = chunk
            else:
                chunks.append(chunk)
        elif line.startswith("@"):
            chunks.append(["global", _NAME.match(line).group(1).strip('"'), pending + [line]])
        else:
            chunks.append(["other", None, pending + [line]])
        pending = []
    return chunks


def _references(chunks):
    """name -> names its text mentions, and the names that the "other" pieces mention."""
    graph, pinned = {}, set()
    for kind, name, lines in chunks:
        refs = set()
        for line in lines:
            found = {ref.strip('"') for ref in _NAME.findall(line)}
            if line.startswith(("define ", "declare ", "@")):
                found.discard(name)             # the piece's own name, not a self-reference
            refs |= found
        if kind == "other":
            pinned |= refs
        else:
            graph.setdefault(name, set()).update(refs)
    return graph, pinned


def _reachable(graph, roots):
    seen, stack = set(), list(roots)
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        stack.extend(graph.get(node, ()))
    return seen


def _strip_unreachable(text, entry):
    """Drop functions and globals the entry cannot reach (Numba's CPython and cfunc wrappers
    of callees compiled during the capture, unused declarations)."""
    chunks = _chunks(text)
    graph, pinned = _references(chunks)
    keep = _reachable(graph, {entry} | pinned)
    return "".join("".join(lines) for kind, name, lines in chunks
                   if kind == "other" or name in keep)


def _recursive_functions(text, names):
    """Those of ``names`` that can reach themselves (through calls or globals)."""
    graph, _ = _references(_chunks(text))
    recursive = set()
    for name in names:
        stack, seen = list(graph.get(name, ())), set()
        while stack:
            node = stack.pop()
            if node == name:
                recursive.add(name)
                break
            if node in seen:
                continue
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return recursive


def _link(parts, entry, keep=frozenset()):
    """Link the raw modules into the first; callees become internal (+ alwaysinline, except
    those named in ``keep``)."""
    main = None
    defined = set()
    for text in parts:
        module = llvm.parse_assembly(text)
        for fn in module.functions:
            if fn.is_declaration:
                continue
            if fn.name in defined:
                fn.linkage = "linkonce_odr"     # a second copy of the same function: drop it
            else:
                defined.add(fn.name)            # (linkonce_odr would be linked only if used)
        if main is None:
            main = module
        else:
            main.link_in(module)
    text = str(main)
    if _UNRESOLVED in text:
        defined = {fn.name for fn in main.functions if not fn.is_declaration}
        text = _UNRESOLVED_GLOBAL.sub(
            lambda m: (f'@"{_UNRESOLVED}{m.group(1)}" = internal constant ptr @{m.group(1)}'
                       if m.group(1) in defined else m.group(0)), text)
    try:
        main = llvm.parse_assembly(_strip_unreachable(text, entry))
        main.verify()
    except RuntimeError as exc:
        raise EnzpyError(f"enzpy bug: the linked Numba module for {entry} is invalid: "
                         f"{str(exc).strip()}") from None
    callees = []
    for fn in main.functions:
        if fn.is_declaration or fn.name == entry or _is_runtime_name(fn.name):
            continue
        fn.linkage = "internal"
        callees.append(fn.name)
    text = str(main)
    recursive = _recursive_functions(text, callees) if callees else set()
    # noinline may sit in an attribute group (Numba's unicode helpers for f-strings)
    noinline = set(re.findall(r"^attributes (#\d+) = \{[^}\n]*\bnoinline\b", text, re.M))
    inlined = []
    for name in callees:
        fn = main.get_function(name)
        header = str(fn).split("{", 1)[0]
        if name in recursive or name in keep or re.search(r"\bnoinline\b", header) or \
                noinline & set(re.findall(r"#\d+", header)):
            continue
        fn.add_function_attribute("alwaysinline")
        inlined.append(name)
    declarations = sorted(fn.name for fn in main.functions if fn.is_declaration)
    return main, tuple(callees), tuple(inlined), tuple(declarations)


# --------------------------------------------------------------------------------------------
# The public entry point.

@gc_paused
def capture(fn, argtypes, *, cleanup=True, keep=None):
    """Capture the pre-optimisation LLVM IR of ``fn`` compiled by Numba for ``argtypes``.

    ``fn`` is a Python function or a ``numba.njit`` dispatcher (compiled before or not);
    ``argtypes`` is a tuple of Numba types or of example values (typed with ``numba.typeof``).
    Returns a :class:`CapturedIR`.  Raises :class:`NumbaCompileError` when Numba cannot compile
    the function and :class:`~enzpy.errors.ABIError` for argument kinds enzpy cannot pass.
    Numba's configuration, hooks and caches are left as they were.  ``keep(dispatcher)``, when
    given, selects the njit callees that stay calls (``CapturedIR.kept``).
    """
    global _active
    from numba.core import types
    from numba.core.compiler_lock import global_compiler_lock

    started = time.perf_counter()
    init_llvm()
    disp = _dispatcher_for(fn)
    py_func = disp.py_func
    argtypes = _as_numba_types(py_func, argtypes)
    try:
        pysig, folded = disp._compiler.fold_argument_types(argtypes, {})
    except Exception as exc:                                    # noqa: BLE001 - reworded
        reason = _ANSI.sub("", str(exc)).strip()
        raise ABIError(f"{_describe(py_func)} cannot be called with {len(argtypes)} "
                       f"argument(s) {tuple(str(t) for t in argtypes)}: {reason}") from None
    names = list(pysig.parameters)
    for name, ty in zip(names, folded):
        if not _is_supported_arg(ty):
            raise ABIError(
                f"argument '{name}' of {_describe(py_func)} has Numba type {ty}, which enzpy "
                "cannot pass through Numba's native calling convention; supported: booleans, "
                "integers, floats, complex numbers, arrays of those, and tuples of these")

    targetctx = disp.targetdescr.target_context
    with _capture_lock, global_compiler_lock:
        session = _Session()
        hooks = _recording_hooks()
        if "cached_internal_func" in targetctx.__dict__:
            # subroutines lowered before any capture have no recorded IR: captures keep
            # their own cache, whose entries they lowered and recorded
            internal = _Record.internal.setdefault(targetctx, {})
            hooks.append((targetctx, "cached_internal_func", internal))
        previous, _active = _active, session
        try:
            with _Patched(hooks):
                try:
                    cres = _compile_copy(disp, folded, None)
                except EnzpyError:
                    raise
                except Exception as exc:                       # noqa: BLE001 - wrapped
                    raise _compile_error(py_func, folded, exc) from None
                if cres.objectmode or cres.fndesc.restype == types.pyobject:
                    raise ABIError(f"{_describe(py_func)} compiled in object mode")
                walker = _Walker(cres.fndesc.mangled_name)
                walker.add_recorded(cres.library)
                walker.resolve_unresolved()
        finally:
            _active = previous

    entry = cres.fndesc.mangled_name
    source = f"<numba {py_func.__qualname__}>"
    kept = _kept(walker.linked, keep, entry) if keep is not None else ()
    module, callees, inlined, declarations = _link(walker.parts, entry,
                                                   {name for name, _, _ in kept})
    if "numba_parallel_for" in declarations:
        _parallel_error(py_func)
    # Printing after linking or passes can list block predecessors in an order that a fresh
    # parse does not reproduce; one more parse + print gives text that round-trips exactly.
    raw_module = parse_llvm(str(module), source)
    raw_text = str(raw_module)
    llvm_params = tuple(str(a.type) for a in raw_module.get_function(entry).arguments)
    if cleanup:
        run_cleanup(raw_module)
        text = str(parse_llvm(str(raw_module), source))
    else:
        text = raw_text
    if walker.optimized:
        warnings.warn(f"capture of {_describe(py_func)}: no raw IR for Numba libraries "
                      f"{', '.join(walker.optimized)}; linked their optimised IR instead",
                      RuntimeWarning, stacklevel=3)   # (past gc_paused)
    restype = cres.fndesc.restype
    code = py_func.__code__
    return CapturedIR(
        text=text, raw_text=raw_text, entry=entry, name=py_func.__qualname__,
        location=f"{code.co_filename}:{code.co_firstlineno}", argtypes=tuple(folded),
        return_type=restype,
        return_llvm_type=_llvm_type_text(targetctx.data_model_manager[restype].get_return_type()),
        args=_argument_layouts(targetctx, names, folded, llvm_params),
        llvm_params=llvm_params, env_name=cres.fndesc.env_name, callees=callees,
        inlined=inlined, declarations=declarations,
        optimized_callees=tuple(walker.optimized), cleanup=cleanup,
        seconds=time.perf_counter() - started, kept=kept, environment=cres.environment)


def _parallel_error(py_func):
    raise ABIError(
        f"{_describe(py_func)} runs loops in Numba's thread pool (a ufunc or gufunc with "
        "target='parallel' or a parfor enzpy could not capture serially), which enzpy cannot "
        "differentiate; use a serial version of that code (parallel=True functions are "
        "differentiated as serial code: prange runs as range)")


def _kept(linked, keep, entry):
    """(mangled name, dispatcher, argument types) of the linked njit callees whose dispatcher
    ``keep`` selects (the names the callers' calls refer to)."""
    return tuple((name, disp, args) for name, (disp, args) in linked.items()
                 if name != entry and keep(disp))


def _llvm_type_text(ir_type):
    """llvmlite.ir prints typed pointers; print through LLVM to get the canonical spelling."""
    text = str(ir_type)
    if "*" not in text:
        return text
    module = llvm.parse_assembly(f"@x = external global {text}")
    return str(module.get_global_variable("x").global_value_type)


def runtime_symbols(text):
    """Addresses of the functions that ``text`` declares and this process provides.

    Numba's IR-defined runtime helpers (NRT_incref, NRT_decref, NRT_MemInfo_data_fast, nrt
    atomics) live in Numba's ``nrt`` library and are *not* in LLVM's symbol table; the C
    runtime functions (NRT_MemInfo_alloc_aligned, ...) and libm are.  Returns {name: address}
    for every declared non-intrinsic function that could be resolved; register them with
    ``llvmlite.binding.add_symbol`` (MCJIT) or the JIT's symbol table before compiling.
    """
    init_llvm()
    module = llvm.parse_assembly(text)
    runtime = _runtime_library()
    defined = set()
    if runtime is not None:
        defined = {fn.name for fn in runtime.get_defined_functions()}
    out = {}
    for fn in module.functions:
        if not fn.is_declaration or fn.name.startswith("llvm."):
            continue
        address = 0
        if fn.name in defined:
            address = runtime.get_pointer_to_function(fn.name)
        if not address:
            address = llvm.address_of_symbol(fn.name) or 0
        if address:
            out[fn.name] = address
    return out
