"""The JIT: verified IR in, optimised machine code and ctypes functions out.

Why ORC LLJIT and not MCJIT
---------------------------
Every compiled module is linked into a *fresh JITDylib* of one long-lived LLJIT instance:

* Isolation.  Each dylib has its own symbol table, so two modules may define the same names
  (a module compiled twice, two derivatives both defining ``diffe_f``, two modules linking
  the same NRT helpers) without renaming anything.  MCJIT has one flat namespace per engine.
* Per-module symbols.  Addresses given with ``symbols={...}`` are defined as absolute symbols
  in that module's dylib only; MCJIT would need the process-global ``llvm.add_symbol`` table,
  where two compiles binding the same name to different addresses would clash.
* Failure is loud.  An undefined symbol makes the link fail with an error instead of being
  bound to NULL (MCJIT's behaviour, which segfaults when called).  enzpy goes further and
  generates the object file itself (the shared target machine), reads the undefined symbols
  from its ELF symbol table -- declarations *and* library calls the code generator introduced
  (fmod for frem, __powidf2, memcpy, ...) -- and resolves every one *before* linking, so the
  error names the symbol and the functions that use it.  The object is then handed to LLJIT
  (no second parse or code generation).  Modules with static constructors go in as IR, so
  that LLJIT's platform runs them.
* A resource tracker per module; it is kept alive by the CompiledModule, which the engine
  keeps alive for the life of the process (a raw address never dangles) unless ``close()`` is
  called explicitly.

Thread safety: llvmlite serialises every LLVM call behind one lock; the engine also holds one
re-entrant lock for parse → optimise → codegen → link, which keeps the shared target machine
and the LLJIT single-threaded.  Calling the compiled code needs no lock.
"""

import ctypes
import ctypes.util
import itertools
import re
import struct
import threading

import llvmlite.binding as llvm

from .. import canonical
from ..errors import JitError
from ..ir.types import VOID, FunctionType, format_name
from .signature import ctypes_signature, from_llvmlite_type

__all__ = ["Engine", "CompiledModule", "get_engine", "compile", "add_symbol"]

_HINT = "register it with symbols={...} or engine.add_symbol(name, address)"

# Linkage values of llvmlite.binding.Linkage.
_LOCAL_LINKAGES = {"internal", "private", "available_externally", "appending"}

# ---------------------------------------------------------------------------------------------
# Process symbols

_dlsym = ctypes.CDLL(None).dlsym
_dlsym.restype = ctypes.c_void_p
_dlsym.argtypes = [ctypes.c_void_p, ctypes.c_char_p]


def _process_symbol(name):
    """The address of ``name`` in the process (libc, libm, libpython, anything loaded
    globally) or among llvmlite's ``llvm.add_symbol`` registrations; None when absent."""
    address = _dlsym(None, name.encode("utf-8"))
    if not address:
        address = llvm.address_of_symbol(name)
    return address or None


# Compiler-rt builtins that LLVM's code generator may call (llvm.powi with a variable
# exponent, 128-bit division, fp128 arithmetic ...) are not global symbols of a Python process;
# libgcc_s provides them.  Neither are C++'s runtime functions (operator new and delete, the
# exception ABI, std::vector's error paths): libstdc++ provides those.  Both libraries are
# opened on first need, without making their symbols global.
_BUILTINS = ("__powidf2", "__powisf2", "__divti3", "__udivti3", "__modti3", "__umodti3",
             "__multi3", "__muloti4", "__fixdfti", "__fixsfti", "__fixunsdfti", "__fixunssfti",
             "__floattidf", "__floattisf", "__floatuntidf", "__floatuntisf")
_RUNTIME_LIBRARIES = {"gcc_s": "libgcc_s.so.1", "stdc++": "libstdc++.so.6"}
_CXX_PREFIXES = ("_Z", "__cxa_", "__gxx_", "__dynamic_cast")
_opened = {}


def _library_symbol(library, name):
    """The address of ``name`` in runtime library ``library`` ("gcc_s", "stdc++"), or None."""
    handle = _opened.get(library)
    if handle is None:
        path = ctypes.util.find_library(library) or _RUNTIME_LIBRARIES[library]
        try:
            handle = _opened[library] = ctypes.CDLL(path)._handle
        except OSError:
            handle = _opened[library] = False
    if not handle:
        return None
    return _dlsym(handle, name.encode("utf-8")) or None


def _runtime_library_symbol(name):
    """The address of ``name`` in the library that provides such names (libgcc_s for
    compiler builtins and the unwinder, libstdc++ for C++), or None."""
    if name.startswith(_CXX_PREFIXES):
        return _library_symbol("stdc++", name)
    if name.startswith(("__", "_Unwind_")):
        return _library_symbol("gcc_s", name)
    return None


def _builtin_symbols():
    """The usual builtins, for modules whose object file enzpy cannot inspect."""
    found = {}
    for name in _BUILTINS:
        address = _process_symbol(name) or _library_symbol("gcc_s", name)
        if address:
            found[name] = address
    return found


# ---------------------------------------------------------------------------------------------
# Numba runtime helpers, looked up only when a module references one

_WORD = ctypes.sizeof(ctypes.c_void_p) * 8

# The helpers Numba defines in IR (numba/core/runtime/nrtdynmod.py), written for opaque
# pointers.  MemInfo layout: {size_t refct, dtor, dtor_info, data, size, external_allocator}.
_NRT_IR = {
    "NRT_MemInfo_data_fast": """
define linkonce_odr ptr @NRT_MemInfo_data_fast(ptr %mi) {
  %field = getelementptr inbounds {iW, ptr, ptr, ptr, iW}, ptr %mi, i32 0, i32 3
  %data = load ptr, ptr %field
  ret ptr %data
}""",
    "NRT_incref": """
define linkonce_odr void @NRT_incref(ptr %mi) {
entry:
  %null = icmp eq ptr %mi, null
  br i1 %null, label %done, label %count, !prof !0
count:
  %old = atomicrmw add ptr %mi, iW 1 monotonic
  br label %done
done:
  ret void
}""",
    "NRT_decref": """
define linkonce_odr void @NRT_decref(ptr %mi) {
entry:
  %null = icmp eq ptr %mi, null
  br i1 %null, label %done, label %count, !prof !0
count:
  fence release
  %old = atomicrmw sub ptr %mi, iW 1 monotonic
  %last = icmp eq iW %old, 1
  br i1 %last, label %release, label %done, !prof !0
release:
  fence acquire
  call void @NRT_MemInfo_call_dtor(ptr %mi)
  br label %done
done:
  ret void
}
declare void @NRT_MemInfo_call_dtor(ptr)""",
    "nrt_atomic_add": """
define linkonce_odr iW @nrt_atomic_add(ptr %p) {
  %old = atomicrmw add ptr %p, iW 1 monotonic
  %new = add iW %old, 1
  ret iW %new
}""",
    "nrt_atomic_sub": """
define linkonce_odr iW @nrt_atomic_sub(ptr %p) {
  %old = atomicrmw sub ptr %p, iW 1 monotonic
  %new = sub iW %old, 1
  ret iW %new
}""",
    "nrt_atomic_cas": """
define linkonce_odr i32 @nrt_atomic_cas(ptr %p, iW %cmp, iW %repl, ptr %oldp) {
  %pair = cmpxchg ptr %p, iW %cmp, iW %repl monotonic monotonic
  %old = extractvalue {iW, i1} %pair, 0
  %ok = extractvalue {iW, i1} %pair, 1
  store iW %old, ptr %oldp
  %r = zext i1 %ok to i32
  ret i32 %r
}""",
}
_NRT_PROF = '\n!0 = !{!"branch_weights", i32 1, i32 1000}\n'
_NUMBA_PREFIXES = ("NRT_", "nrt_", "_nrt_", "numba_")
_numba_table = None
_numba_lock = threading.Lock()


def _numba_symbols():
    """name → address of Numba's C runtime helpers (imported on first use)."""
    global _numba_table
    if _numba_table is None:
        with _numba_lock:
            if _numba_table is None:
                # Importing nrt selects Numba's allocator before anything is allocated, exactly
                # as Numba does; _nrt_python initialises the memory system on import.
                from numba.core.runtime import nrt  # noqa: F401
                from numba.core.runtime import _nrt_python
                from numba import _helperlib, _dynfunc
                table = {}
                for py_name, address in _nrt_python.c_helpers.items():
                    c_name = py_name if py_name.startswith("_") else "NRT_" + py_name
                    table[c_name] = address
                for helpers in (_helperlib.c_helpers, _dynfunc.c_helpers):
                    for py_name, address in helpers.items():
                        table["numba_" + py_name] = address
                _numba_table = table
    return _numba_table


def _link_nrt_definitions(module):
    """Link definitions of the NRT helpers that Numba normally defines in IR into ``module``
    when it declares them (and does not define them).  Returns the names linked.

    Two things would let LLVM corrupt the module or abort the process (its assertions are on)
    instead of raising, so both are ruled out here first:

    * a module in another LLVMContext: linking across contexts produces functions whose
      types belong to the wrong context (the verifier then reports "Function context does
      not match Module context", and passes hit ``doRAUW`` type assertions).  The helpers are
      parsed into the module's own context (``canonical.parse_llvm`` gives each module a
      fresh one) and the linked module is verified again;
    * a declaration whose type differs from the helper's (``declare i32 @NRT_incref(ptr)``)
      or a global of another kind with a helper's name: the IR linker would silently link a
      definition of another type (calls through it are undefined behaviour) or call a global
      variable.  The exact types are compared, and a mismatch is a JitError.
    """
    needed = []
    for name in _NRT_IR:
        try:
            fn = module.get_function(name)
        except NameError:
            continue
        if fn.is_declaration:
            needed.append(name)
    if not needed:
        return ()
    text = "\n".join(_NRT_IR[name] for name in needed).replace("iW", f"i{_WORD}")
    if "!0" in text:
        text += _NRT_PROF
    context = module._context
    try:
        helpers = llvm.parse_assembly(text, context=context)
    except RuntimeError as exc:
        raise JitError(f"enzpy bug: the IR of Numba's runtime helpers does not parse: "
                       f"{str(exc).strip()}") from None
    try:
        expected = {fn.name: (str(fn.global_value_type), str(fn.type))
                    for fn in helpers.functions}
        for name, (fnty, ptrty) in expected.items():
            problem = _helper_conflict(module, name, fnty, ptrty)
            if problem:
                plural = "s" if len(needed) > 1 else ""
                raise JitError(f"cannot link Numba's runtime helper{plural} "
                               f"{', '.join(needed)} into the module: {problem}; enzpy "
                               "links its definitions only into declarations with Numba's "
                               "own signatures (is the IR from another Numba version, or "
                               "does the module reuse the name for something else?)")
        helpers.triple = module.triple
        helpers.data_layout = module.data_layout
    except BaseException:
        helpers.close()
        raise
    try:
        module.link_in(helpers)   # destroys ``helpers``
    except RuntimeError as exc:
        raise JitError(f"cannot link Numba's runtime helpers {', '.join(needed)} into the "
                       f"module: {str(exc).strip()}") from None
    # What the linker produced: each helper under its own name with its own type (the
    # linker renames or casts silently on a conflict the checks above did not foresee).
    for name, (fnty, ptrty) in expected.items():
        try:
            fn = module.get_function(name)
        except NameError:
            problem = f"@{name} is not a function (an alias or ifunc of that name?)"
        else:
            problem = _helper_conflict(module, name, fnty, ptrty)
            if problem is None and name in needed and fn.is_declaration:
                problem = f"@{name} is still only declared"
        if problem:
            raise JitError(f"cannot link Numba's runtime helpers {', '.join(needed)} into "
                           f"the module: a name conflicts with them: {problem}")
    try:
        module.verify()
    except RuntimeError as exc:
        raise JitError(f"enzpy bug: the module no longer verifies after linking Numba's "
                       f"runtime helpers {', '.join(needed)}: {str(exc).strip()}") from None
    return tuple(needed)


def _helper_conflict(module, name, fnty, ptrty):
    """Why global ``name`` of ``module`` cannot be (or bind to) the helper of type ``fnty``
    (function type text) and pointer type ``ptrty``; None when it can or is absent."""
    try:
        fn = module.get_function(name)
    except NameError:
        try:
            module.get_global_variable(name)
        except NameError:
            return None
        return f"@{name} is a global variable, but Numba's runtime defines a function {fnty}"
    if str(fn.global_value_type) != fnty:
        return (f"the module {'declares' if fn.is_declaration else 'defines'} @{name} as "
                f"{fn.global_value_type}, but Numba's runtime defines it as {fnty}")
    if str(fn.type) != ptrty:
        return (f"@{name} is a function in address space {str(fn.type)!r}, not {ptrty!r} "
                "(address space 0)")
    return None


# ---------------------------------------------------------------------------------------------
# Who references what: one scan over the printed module

_TOKEN = re.compile(r'@("(?:[^"\\]|\\[0-9A-Fa-f]{2})*"|[-a-zA-Z$._0-9]+)')


# A global variable line whose attributes (before ``global``/``constant``) include
# thread_local or thread_local(<model>).
_THREAD_LOCAL = re.compile(
    r'^@("(?:[^"\\]|\\[0-9A-Fa-f]{2})*"|[-a-zA-Z$._0-9]+) = '
    r'(?:(?!global\b|constant\b|alias\b|ifunc\b)[a-z_0-9]+(?:\([^)]*\))? )*?thread_local\b',
    re.M)


def _unquote(token):
    if token.startswith('"'):
        raw = re.sub(rb"\\([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                     token[1:-1].encode("utf-8"))
        return raw.decode("utf-8", "replace")
    return token


def _references(text):
    """token → set of names of the functions/globals whose definition mentions it."""
    refs = {}
    owner = None
    in_body = False
    for line in text.splitlines():
        if in_body:
            if line.startswith("}"):
                in_body = False
                continue
            tokens = _TOKEN.findall(line)
        elif line.startswith("define "):
            tokens = _TOKEN.findall(line)
            if not tokens:
                continue
            owner, tokens = _unquote(tokens[0]), tokens[1:]
            in_body = not line.rstrip().endswith("}")
        elif line.startswith("@"):
            tokens = _TOKEN.findall(line)
            owner, tokens = "@" + _unquote(tokens[0]), tokens[1:]
        else:
            continue
        for token in tokens:
            refs.setdefault(token, set()).add(owner)
    return refs


def _unresolved_message(label, missing, refs, declared, defined):
    lines = []
    for sym in missing:
        users = refs.get(format_name("@", sym)[1:]) if sym in declared else None
        if users:
            lines.append(f"  {sym} — used by {', '.join(sorted(users))}")
        else:
            lines.append(f"  {sym} — a library call introduced by code generation (for an "
                         f"intrinsic or an operation) in one of: {', '.join(sorted(defined))}")
    plural = "s" if len(missing) > 1 else ""
    return (f"unresolved symbol{plural} in module {label!r}: {', '.join(missing)}\n"
            + "\n".join(lines) + f"\n{_HINT}")


# ---------------------------------------------------------------------------------------------
# Undefined symbols of an ELF64 object file (what the linker will have to resolve)

_ELF_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")
_ELF_SECTION = struct.Struct("<IIQQQQIIQQ")
_ELF_SYMBOL = struct.Struct("<IBBHQQ")


def _elf_undefined_symbols(obj):
    """The undefined global/weak symbols of a little-endian ELF64 object (name → is-weak);
    None when ``obj`` is not one (then the caller falls back to scanning the IR)."""
    obj = bytes(obj)
    if len(obj) < _ELF_HEADER.size or obj[:4] != b"\x7fELF" or obj[4] != 2 or obj[5] != 1:
        return None
    header = _ELF_HEADER.unpack_from(obj)
    shoff, shentsize, shnum = header[6], header[11], header[12]
    sections = [_ELF_SECTION.unpack_from(obj, shoff + i * shentsize) for i in range(shnum)]
    undefined = {}
    for sh_name, sh_type, _, _, offset, size, link, _, _, entsize in sections:
        if sh_type != 2:  # SHT_SYMTAB
            continue
        str_offset = sections[link][4]
        for i in range(1, size // (entsize or _ELF_SYMBOL.size)):
            st_name, st_info, _, st_shndx, _, _ = _ELF_SYMBOL.unpack_from(
                obj, offset + i * (entsize or _ELF_SYMBOL.size))
            binding = st_info >> 4
            if st_shndx != 0 or binding not in (1, 2) or st_name == 0:
                continue
            end = obj.index(b"\0", str_offset + st_name)
            undefined[obj[str_offset + st_name:end].decode("utf-8", "replace")] = binding == 2
    return undefined


# ---------------------------------------------------------------------------------------------

class CompiledModule:
    """One module linked into the JIT.  Holds the resource tracker that keeps its code alive.

    ``address(name)`` and ``function(name)`` look up functions (and ``address`` also global
    variables) the module defines with external linkage.  ``ir`` is the optimised IR text.
    """

    def __init__(self, engine, name, library, tracker, exports, signatures, struct_bodies,
                 ir_text, opt):
        self.engine = engine
        self.name = name
        self.library = library
        self._tracker = tracker
        self._exports = exports
        self._signatures = signatures
        self._struct_bodies = struct_bodies
        self.ir = ir_text
        self.opt = opt
        self._functions = {}
        self._keepalive = None

    def __repr__(self):
        return (f"<CompiledModule {self.name!r} opt={self.opt} "
                f"functions={sorted(self._signatures)}>")

    @property
    def functions(self):
        """Names of the functions the module defines (and exports), sorted."""
        return sorted(self._signatures)

    @property
    def closed(self):
        return self._tracker is None

    def _check_open(self):
        if self._tracker is None:
            raise JitError(f"module {self.name!r} was closed; its code has been freed")

    def address(self, name):
        """The address of the function or global variable ``name`` defined by the module."""
        self._check_open()
        try:
            return self._exports[name]
        except KeyError:
            raise JitError(self._not_defined(name, "symbol")) from None

    def signature(self, name):
        """The LLVM ``FunctionType`` (``enzpy.ir.types``) of the defined function ``name``."""
        try:
            return self._signatures[name]
        except KeyError:
            raise JitError(self._not_defined(name, "function")) from None

    def _not_defined(self, name, what):
        defined = ", ".join(sorted(self._signatures)) or "none"
        message = (f"module {self.name!r} does not define a {what} named {name!r}; "
                   f"the functions it defines are: {defined}")
        globals_ = sorted(set(self._exports) - set(self._signatures))
        if globals_ and what == "symbol":
            message += f"; its global variables are: {', '.join(globals_)}"
        message += (" (functions with internal/private linkage are not exported, and the "
                    "optimiser may delete or inline them)")
        return message

    _UNSET = object()

    def function(self, name, argtypes=_UNSET, restype=_UNSET):
        """A ctypes function calling ``name``, typed from its LLVM signature.

        ``argtypes``/``restype`` override the derived types (required for variadic functions).
        The returned object keeps this module alive.
        """
        self._check_open()
        fnty = self.signature(name)
        if argtypes is self._UNSET and restype is self._UNSET:
            cached = self._functions.get(name)
            if cached is not None:
                return cached
        derived = argtypes is self._UNSET and restype is self._UNSET
        try:
            if derived:
                restype, argtypes = ctypes_signature(fnty, self._struct_bodies)
            elif argtypes is self._UNSET:
                if fnty.vararg:
                    raise JitError(f"it is variadic ({fnty}); give the types of a call "
                                   "explicitly: function(name, argtypes=[...], restype=...)")
                argtypes = ctypes_signature(FunctionType(VOID, fnty.params),
                                            self._struct_bodies)[1]
            elif restype is self._UNSET:
                restype = ctypes_signature(FunctionType(fnty.ret, ()), self._struct_bodies)[0]
        except JitError as exc:
            raise JitError(f"function {name!r} of module {self.name!r}: {exc}") from None
        prototype = ctypes.CFUNCTYPE(restype, *argtypes)
        cfunc = prototype(self._exports[name])
        cfunc.__name__ = name
        cfunc.compiled_module = self  # keeps the code alive as long as the function object
        cfunc.llvm_type = fnty
        if derived:
            self._functions.setdefault(name, cfunc)
        return cfunc

    def close(self):
        """Free the module's code.  Every address and ctypes function taken from it becomes
        invalid; only call this when none of them can be used any more."""
        with self.engine._lock:
            if self._tracker is not None:
                self.engine._modules.pop(self.library, None)
                self._functions.clear()
                tracker, self._tracker = self._tracker, None
                tracker.close()


class Engine:
    """One long-lived LLJIT instance and the symbols registered for every module."""

    def __init__(self):
        self._lock = threading.RLock()
        self._symbols = {}
        self._symbol_owners = {}
        self._retired_owners = []
        self._modules = {}
        self._counter = itertools.count()
        tm = canonical.target_machine()
        self._target_machine = tm
        try:
            self._lljit = llvm.create_lljit_compiler(tm, suppress_errors=True)
        except RuntimeError as exc:
            raise JitError(f"cannot create the LLJIT engine: {exc}") from None
        self.data_layout = str(self._lljit.target_data)
        self.triple = tm.triple

    # -- symbols --------------------------------------------------------------------------

    def add_symbol(self, name, address):
        """Bind ``name`` to ``address`` (an int or a ctypes function, which the engine keeps
        alive) for every module compiled from now on."""
        self._symbols[str(name)] = _check_address(name, address)
        self._symbol_owners[str(name)] = address

    def remove_symbol(self, name):
        """Forget ``name`` for modules compiled from now on (compiled ones keep their binding)."""
        self._symbols.pop(name, None)
        owner = self._symbol_owners.pop(name, None)
        if owner is not None and not isinstance(owner, int):
            self._retired_owners.append(owner)   # code compiled earlier may still call it

    @property
    def symbols(self):
        """A copy of the engine-wide symbol table."""
        return dict(self._symbols)

    def resolve(self, name, symbols=None):
        """The address ``name`` resolves to (compile-time ``symbols``, engine symbols, Numba
        runtime helpers, the process), or None."""
        if symbols and name in symbols:
            return symbols[name]
        if name in self._symbols:
            return self._symbols[name]
        if name.startswith(_NUMBA_PREFIXES):
            address = _numba_symbols().get(name)
            if address:
                return address
        return _process_symbol(name) or _runtime_library_symbol(name)

    # -- compiling ------------------------------------------------------------------------

    def compile(self, ir, *, opt=2, vectorize=True, unroll=True, symbols=None, name=None):
        """Parse + verify ``ir`` (text, or anything whose str() is IR), optimise it at
        ``-O<opt>`` and link it into a fresh JITDylib.  Returns a CompiledModule."""
        if isinstance(opt, bool) or not isinstance(opt, int) or not 0 <= opt <= 3:
            raise JitError(f"opt must be an integer 0..3, not {opt!r}")
        owners = dict(symbols or {})   # ctypes callbacks must outlive the code that calls them
        symbols = {str(k): _check_address(k, v) for k, v in owners.items()}
        text = ir if isinstance(ir, str) else str(ir)
        label = name or "module"
        with self._lock:
            module = canonical.parse_llvm(text, source=label)
            try:
                compiled = self._compile(module, opt, vectorize, unroll, symbols, label)
            finally:
                canonical.dispose(module)
        compiled._keepalive = owners
        return compiled

    def _compile(self, module, opt, vectorize, unroll, symbols, label):
        self._set_target(module, label)
        helpers = _link_nrt_definitions(module)
        self._optimise(module, opt, vectorize, unroll, label)
        ir_text = str(module)
        thread_locals = [_unquote(m.group(1)) for m in _THREAD_LOCAL.finditer(ir_text)]
        if thread_locals:
            raise JitError(f"module {label!r} has thread-local global variable"
                           f"{'s' if len(thread_locals) > 1 else ''} "
                           f"{', '.join(thread_locals)}; the JIT cannot allocate or relocate "
                           "thread-local storage (LLVM would abort the process), so enzpy "
                           "refuses it: make the variable an ordinary global")

        declared = {}     # external declarations (not intrinsics) → linkage
        defined = set()
        exports = []
        has_ctors = False
        for kind, values in (("function", module.functions), ("global", module.global_variables)):
            for value in values:
                vname = value.name
                linkage = value.linkage.name
                if vname.startswith("llvm."):
                    has_ctors |= vname in ("llvm.global_ctors", "llvm.global_dtors")
                    continue
                if value.is_declaration:
                    declared[vname] = linkage
                    continue
                defined.add(vname)
                if linkage not in _LOCAL_LINKAGES and vname not in helpers:
                    exports.append((kind, vname, value))

        signatures = {}
        struct_bodies = {}
        for kind, vname, value in exports:
            if kind == "function":
                signatures[vname] = from_llvmlite_type(value.global_value_type, struct_bodies)

        # Code generation.  Where we can read the object file (ELF), its undefined symbols
        # are exactly what must resolve, including library calls the code generator introduced
        # (memcpy, fmod for frem, __powidf2 ...).  Modules with static constructors go to the
        # JIT as IR, so that LLJIT's platform runs them.
        obj = undefined = None
        if not has_ctors:
            try:
                obj = self._target_machine.emit_object(module)
            except RuntimeError as exc:
                raise JitError(f"LLVM's code generator failed on module {label!r} (functions: "
                               f"{', '.join(sorted(defined)) or 'none'}): "
                               f"{str(exc).strip()}") from None
            undefined = _elf_undefined_symbols(obj)
            if undefined is None:
                obj = None
        refs = None
        if undefined is None:
            refs = _references(ir_text)
            undefined = [name for name in declared if refs.get(format_name("@", name)[1:])]

        # Every external reference must resolve before anything is linked.
        imports, missing = {}, []
        for sym in undefined:
            if sym in defined:
                continue
            address = self.resolve(sym, symbols)
            if address:
                imports[sym] = address
            else:
                # extern_weak too: the JIT linker cannot bind a weak reference to NULL (RTDyld
                # aborts the process on a NULL absolute symbol), so it must resolve as well.
                missing.append(sym)
        if missing:
            refs = refs if refs is not None else _references(ir_text)
            raise JitError(_unresolved_message(label, sorted(missing), refs, declared, defined))
        if obj is None:
            for builtin, address in _builtin_symbols().items():
                if builtin not in defined and builtin not in imports:
                    imports[builtin] = address

        library = f"enzpy{next(self._counter)}.{label}"
        builder = llvm.JITLibraryBuilder()
        if obj is not None:
            builder.add_object_img(obj)
        else:
            builder.add_ir(ir_text)
        builder.add_current_process()
        for sym, address in imports.items():
            builder.import_symbol(sym, address)
        for _, vname, _ in exports:
            builder.export_symbol(vname)
        try:
            tracker = builder.link(self._lljit, library)
        except RuntimeError as exc:
            raise JitError(f"LLVM failed to compile/link module {label!r} (functions: "
                           f"{', '.join(sorted(defined)) or 'none'}): "
                           f"{str(exc).strip()}") from None
        addresses = {vname: tracker[vname] for _, vname, _ in exports}
        null = [vname for vname, address in addresses.items() if not address]
        if null:
            raise JitError(f"the JIT returned no address for {', '.join(null)} in module "
                           f"{label!r}")
        compiled = CompiledModule(self, label, library, tracker, addresses, signatures,
                                  struct_bodies, ir_text, opt)
        self._modules[library] = compiled
        return compiled

    def _set_target(self, module, label):
        triple = module.triple
        if triple and triple.split("-")[0] != self.triple.split("-")[0]:
            raise JitError(f"module {label!r} targets {triple}, but this JIT generates code "
                           f"for {self.triple}; regenerate the IR for the host")
        module.triple = self.triple
        module.data_layout = self.data_layout

    def _optimise(self, module, opt, vectorize, unroll, label):
        try:
            canonical.optimize(module, opt, vectorize, unroll)
        except RuntimeError as exc:
            raise JitError(f"LLVM's optimiser failed on module {label!r} (functions: "
                           f"{_function_names(module)}): {str(exc).strip()}") from None
        try:
            module.verify()
        except RuntimeError as exc:
            raise JitError(f"module {label!r} no longer verifies after -O{opt} (an LLVM or "
                           f"enzpy bug): {str(exc).strip()}") from None

    @property
    def modules(self):
        """The live CompiledModules, oldest first."""
        return list(self._modules.values())


def _function_names(module):
    return ", ".join(sorted(f.name for f in module.functions if not f.is_declaration)) or "none"


def _check_address(name, address):
    if isinstance(address, ctypes._CFuncPtr):
        address = ctypes.cast(address, ctypes.c_void_p).value
    elif isinstance(address, ctypes.c_void_p):
        address = address.value
    if isinstance(address, bool) or not isinstance(address, int):
        raise JitError(f"the address of symbol {name!r} must be an int (or a ctypes function), "
                       f"not {type(address).__name__}")
    if address == 0:
        raise JitError(f"symbol {name!r} given the NULL address; enzpy never binds a symbol "
                       "to NULL")
    return address


_engine = None
_engine_lock = threading.Lock()


def get_engine():
    """The process-wide Engine (created on first use)."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = Engine()
    return _engine


def compile(ir, *, opt=2, vectorize=True, unroll=True, symbols=None, name=None):
    """``get_engine().compile(...)``."""
    return get_engine().compile(ir, opt=opt, vectorize=vectorize, unroll=unroll,
                                symbols=symbols, name=name)


def add_symbol(name, address):
    """``get_engine().add_symbol(name, address)``."""
    get_engine().add_symbol(name, address)
