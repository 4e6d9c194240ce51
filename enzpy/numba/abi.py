"""Gradient kernels of Numba functions and the Numba intrinsics that call them.

A *kernel* is the reverse-mode derivative (``enzpy.ad.reverse``) of one Numba function for one
tuple of argument types and one choice of activities.  It keeps Numba's native calling
convention for its primal parameters (``retptr``, ``excinfo``, then every argument flattened
into its fields) and inserts a shadow after every Duplicated pointer:

* ``retptr`` is Duplicated when the function returns floats: its shadow buffer holds the
  seed of the return value (a float or a tuple of floats);
* ``excinfo`` and every integer field are Const;
* an array's ``data`` pointer is Duplicated (its shadow is the data pointer of a shadow array
  with the *same strides*); ``meminfo``, ``parent``, ``nitems``, ``itemsize``, shape and
  strides are shared;
* float scalars (also inside tuples) are Active: their adjoints are returned.

It returns ``{i32 status, adjoints...}``: the status is Numba's (0 ok, -2 None returned,
-1/-3/>=1 an exception described by ``excinfo``).  :func:`kernel_call_intrinsic` builds a
``numba.extending.intrinsic`` that calls a kernel from any ``@njit`` code: the kernel is
built when Numba types the call, its IR is linked into the caller's code library (Numba
optimises it with the caller and may inline it), and a non-zero status is propagated with
Numba's own machinery, so the exception the function raised is raised again with Numba's
message.  ``Kernel.address()`` compiles a kernel on its own (in a Numba code library) for
callers that call it by address: the gradients that Python calls (``enzpy.numba.dispatch``).
"""

import dataclasses
import re
import threading
import time
import warnings
import weakref

from ..errors import ActivityError, EnzpyError, NoDerivativeRule
from ..gcpause import gc_paused

__all__ = ["Kernel", "Role", "compile_kernel", "kernels_of", "kernel_call_intrinsic",
           "differentiable"]

_lock = threading.RLock()
_kernels = weakref.WeakKeyDictionary()     # dispatcher -> {(argtypes, roles, version): Kernel}
_captures = weakref.WeakKeyDictionary()    # dispatcher -> {(argtypes, version): CapturedIR}
_counter = [0]


class Role:
    """How the front end passes one Python argument to a kernel."""
    CONST = "const"
    ACTIVE = "active"          # float scalar (or tuple of floats): adjoint returned
    DUP = "dup"                # float array: the caller gives a shadow array
    DUP_NONEED = "dupnoneed"   # like DUP; the primal result in the array is not needed
    SCRATCH = "scratch"        # float array not differentiated: Const, or Duplicated with a
    #                            throw-away zero shadow when its memory carries derivatives
    DIFF = "diff"              # differentiate w.r.t. it: ACTIVE for scalars, DUP for arrays


# ------------------------------------------------------------------------------------------
# Numba type helpers

def _types():
    from numba.core import types
    return types


def _is_float(ty):
    types = _types()
    return isinstance(ty, types.Float)


def _is_float_array(ty):
    types = _types()
    return isinstance(ty, types.Array) and isinstance(ty.dtype, types.Float)


def _float_leaves(ty):
    """A tuple whose every leaf is a float scalar: the list of leaf types, else None."""
    types = _types()
    if isinstance(ty, types.Float):
        return [ty]
    if isinstance(ty, types.BaseTuple) and len(ty) > 0:
        out = []
        for item in ty:
            sub = _float_leaves(item)
            if sub is None:
                return None
            out.extend(sub)
        return out
    return None


def _float_name(ty):
    return "double" if ty.bitwidth == 64 else "float"


def differentiable(ty):
    """Whether an argument of Numba type ``ty`` can be differentiated."""
    return _is_float_array(ty) or _float_leaves(ty) is not None


def resolve_roles(names, argtypes, roles, fn_label):
    """Turn DIFF / SCRATCH into concrete roles; check that each role fits its type."""
    types = _types()
    out = []
    for name, ty, role in zip(names, argtypes, roles):
        if role == Role.DIFF:
            if _is_float_array(ty):
                role = Role.DUP
            elif _float_leaves(ty) is not None:
                role = Role.ACTIVE
            else:
                raise EnzpyError(_not_differentiable(name, ty, fn_label))
        elif role == Role.SCRATCH:
            role = Role.SCRATCH if _is_float_array(ty) else Role.CONST
        elif role == Role.ACTIVE and _float_leaves(ty) is None:
            raise EnzpyError(f"argument '{name}' of {fn_label} has type {ty} and cannot be "
                             "Active: only float scalars (float64, float32) and tuples of "
                             "them are; pass a float array as Duplicated and anything else "
                             "as Const")
        elif role in (Role.DUP, Role.DUP_NONEED) and not _is_float_array(ty):
            if isinstance(ty, types.Array):
                raise EnzpyError(_not_differentiable(name, ty, fn_label))
            raise EnzpyError(f"argument '{name}' of {fn_label} has type {ty} and cannot be "
                             "Duplicated: only arrays of float64 or float32 have shadows; "
                             "pass a float scalar as Active")
        out.append(role)
    return tuple(out)


def _not_differentiable(name, ty, fn_label):
    return (f"cannot differentiate {fn_label} with respect to argument '{name}': it has type "
            f"{ty}, and only float64/float32 scalars, tuples of them and arrays of them have "
            "derivatives (pass floats, e.g. 2.0 instead of 2 or a.astype(np.float64), or "
            "choose other argnums)")


# ------------------------------------------------------------------------------------------
# Kernels

@dataclasses.dataclass
class Kernel:
    """One compiled gradient function (see the module docstring)."""
    name: str                  # the generated function's name
    argtypes: tuple            # Numba types of the Python arguments
    roles: tuple               # concrete Role per Python argument (SCRATCH resolved)
    scratch: tuple             # indices of SCRATCH arrays that need a throw-away shadow
    return_type: object        # Numba return type
    return_dup: bool           # whether retptr is Duplicated (seeded)
    dup_args: tuple            # Python argument indices whose data pointer is Duplicated
    active_leaves: tuple       # per Python argument: number of Active floats it contributes
    adjoint_llvm: tuple        # LLVM type names of the adjoints, in order
    capture_seconds: float     # capture of the Numba IR (once per argument types)
    ad_seconds: float          # prepare + reverse mode
    link_seconds: float        # verifying the module and preparing it for linking
    text: str = dataclasses.field(default="", repr=False)   # the module with the gradient
    linkable_text: str = dataclasses.field(default="", repr=False)
    compiled: dict = dataclasses.field(default_factory=dict, repr=False)  # value -> library
    captured: object = dataclasses.field(default=None, repr=False)   # the CapturedIR
    jit_seconds: float = 0.0   # compiling it on its own (``address``): LLVM -O3, machine code

    def address(self, value=True):
        """The address of the gradient ``{i32, adjoints...} name(...)`` compiled on its own
        (Python calls go through it; ``@njit`` callers link the IR instead); see
        ``compiled_address`` for ``value``.  Thread-safe."""
        fresh, started = value not in self.compiled, time.perf_counter()
        address = compiled_address(self.compiled, self.name, self.linkable_text,
                                   "{ " + ", ".join(["i32", *self.adjoint_llvm]) + " }",
                                   self.return_type, value)
        if fresh:
            self.jit_seconds += time.perf_counter() - started
        return address

    @property
    def call_abi(self):
        """The kernel's CallABI (kernels with equal ABIs are called by the same code)."""
        return CallABI(self.argtypes, self.roles, self.scratch, self.return_type,
                       self.return_dup, self.dup_args, self.active_leaves, self.adjoint_llvm,
                       self.layouts)

    @property
    def layouts(self):
        """Per Python argument: (LLVM parameter positions, field names)."""
        return tuple((a.positions, a.fields) for a in self.captured.args)


def compiled_address(libraries, name, text, result_type, restype, value=True):
    """The address of ``name`` from the linkable module ``text`` compiled on its own, as
    Numba compiles its own code: in a Numba code library (so its NRT reference counts are
    pruned as in any Numba function), linked as it is (Numba's per-function passes would only
    repeat the module passes of ``finalize``).  Without ``value`` (only for results that hold
    no references: ``drops_nothing``) it is the variant ``without_value``, which drops the
    primal result of Numba type ``restype`` (``result_type``: the LLVM type ``name``
    returns).  Each variant is compiled once and kept in ``libraries``; thread-safe."""
    library = libraries.get(value)
    if library is None:
        import llvmlite.binding as llvm
        from numba.core.compiler_lock import global_compiler_lock
        from numba.core.registry import cpu_target

        with global_compiler_lock, _lock:      # the lock order of compile_kernel
            library = libraries.get(value)
            if library is None:
                if not value:
                    text = without_value(name, text, result_type, restype)
                library = cpu_target.target_context.codegen().create_library(name)
                module = llvm.parse_assembly(text)
                module.verify()
                library._final_module.link_in(module)
                library.finalize()
                libraries[value] = library
    return library.get_pointer_to_function(name if value else name + ".novalue")


def drops_nothing(restype):
    """Whether a result of Numba type ``restype`` holds no references (floats, tuples of
    floats, None), so that a kernel variant may drop it (``without_value``)."""
    return restype == _types().none or _float_leaves(restype) is not None


def without_value(name, text, result_type, restype):
    """The linkable module ``text`` plus ``<name>.novalue``, which calls ``name`` (made
    internal, so that it is inlined) with a local buffer as its first parameter, the return
    slot of a Numba result of type ``restype``: the optimiser drops the code that only
    computes the result.  ``result_type`` is the LLVM type ``name`` returns."""
    import llvmlite.binding as llvm
    from numba.core.registry import cpu_target

    from ..canonical import dispose, parse_llvm

    context = cpu_target.target_context
    size = context.get_abi_sizeof(context.get_value_type(restype))
    module = parse_llvm(text, f"<enzpy {name}>")
    try:
        fn = module.get_function(name)
        fn.linkage = llvm.Linkage.internal
        params = [f"{arg.type} %a{i}" for i, arg in enumerate(fn.arguments)]
        args = ["ptr %retptr"] + params[1:]
        text = str(module)
    finally:
        dispose(module)
    return (f"{text}\ndefine {result_type} @\"{name}.novalue\"({', '.join(params)}) {{\n"
            f"  %retptr = alloca [{max(size, 1)} x i8], align 16\n"
            f"  %r = call {result_type} @{name}({', '.join(args)})\n"
            f"  ret {result_type} %r\n}}\n")


@dataclasses.dataclass(frozen=True)
class CallABI:
    """What the code that calls a kernel needs to know of it: everything but its body and its
    name."""
    argtypes: tuple            # as Kernel
    roles: tuple
    scratch: tuple
    return_type: object
    return_dup: bool
    dup_args: tuple
    active_leaves: tuple
    adjoint_llvm: tuple
    layouts: tuple             # per Python argument: (LLVM parameter positions, field names)


def _capture(disp, argtypes):
    from . import custom
    from .capture import capture
    key = (argtypes, custom.version())      # rules decide which callees stay calls
    with _lock:
        per_function = _captures.setdefault(disp, {})
        cap = per_function.get(key)
        if cap is None:
            cap = per_function[key] = capture(disp, argtypes, keep=custom.keeps)
    return cap


def kernels_of(disp):
    """The kernels built so far for dispatcher ``disp`` (each once)."""
    out = []
    for kernel in _kernels.get(disp, {}).values():
        if all(kernel is not k for k in out):
            out.append(kernel)
    return out


def _tree(text):
    from ..analysis.typetree import TypeTree
    return TypeTree.parse(text)


def _return_tree(restype):
    """Type tree of retptr for a float / tuple-of-floats return."""
    offsets = _leaf_offsets(restype, 0)[2]
    entries = ", ".join(f"[-1,{off}]:Float@{_float_name(t)}" for off, t in offsets)
    return _tree(f"{{[-1]:Pointer, {entries}}}")


def _leaf_offsets(ty, base):
    """(size, alignment, [(offset, float type)]) of a float or a (nested) tuple of floats as
    Numba lays it out in memory (natural alignment)."""
    if _is_float(ty):
        size = ty.bitwidth // 8
        return size, size, [(base, ty)]
    offset, align, out = 0, 1, []
    for item in ty:
        size, item_align, _ = _leaf_offsets(item, 0)
        offset = (offset + item_align - 1) // item_align * item_align
        out.extend(_leaf_offsets(item, base + offset)[2])
        offset += size
        align = max(align, item_align)
    return (offset + align - 1) // align * align, align, out


def compile_kernel(disp, argtypes, roles, fn_label=None):
    """The Kernel of dispatcher ``disp`` for Numba ``argtypes`` and ``roles`` (DIFF/SCRATCH
    allowed); built once, then cached (thread-safe; Numba's compiler lock is taken first, as
    Numba itself does, so that building a kernel inside a Numba compilation cannot
    deadlock)."""
    from numba.core.compiler_lock import global_compiler_lock

    from .custom import version
    key = (tuple(argtypes), tuple(roles), version())    # a new custom rule: a new kernel
    kernel = _kernels.get(disp, {}).get(key)
    if kernel is not None:
        return kernel
    with global_compiler_lock, _lock:
        per_function = _kernels.setdefault(disp, {})
        kernel = per_function.get(key)
        if kernel is None:
            kernel = _build_kernel(disp, tuple(argtypes), tuple(roles), fn_label)
            per_function[key] = kernel
            per_function[(tuple(argtypes), kernel.roles, key[2])] = kernel
    return kernel


@gc_paused
def _build_kernel(disp, argtypes, roles, fn_label):
    from .. import rules  # noqa: F401  (loads the derivative rule table)

    py_func = disp.py_func
    fn_label = fn_label or _label(py_func)
    started = time.perf_counter()
    cap = _capture(disp, argtypes)
    captured = time.perf_counter()
    names = [a.name for a in cap.args]
    roles = resolve_roles(names, cap.argtypes, roles, fn_label)
    try:
        return _differentiate(cap, disp, roles, (), fn_label, started, captured)
    except ActivityError:
        scratch = tuple(i for i, r in enumerate(roles) if r == Role.SCRATCH)
        if not scratch:
            raise
    # a float array that was not differentiated carries derivatives (it is written with
    # active values and read back): give it a throw-away shadow
    return _differentiate(cap, disp, roles, scratch, fn_label, started, captured)


def _label(py_func):
    code = getattr(py_func, "__code__", None)
    name = getattr(py_func, "__qualname__", repr(py_func))
    if code is None:
        return f"'{name}'"
    return f"'{name}' ({code.co_filename}:{code.co_firstlineno})"


@dataclasses.dataclass
class ArgumentPlan:
    """Activities and type trees of the LLVM parameters of a captured function for one
    choice of roles (shared by the reverse, forward and Hessian kernels)."""
    activities: list           # ArgActivity per LLVM parameter
    trees: dict                # LLVM parameter -> TypeTree
    return_dup: bool           # retptr Duplicated (the return holds floats)
    dup_args: tuple            # Python arguments whose data pointer is Duplicated
    active_leaves: tuple       # per Python argument: its number of Active floats
    adjoint_llvm: tuple        # LLVM types of the Active floats, in order


def argument_plan(cap, roles, scratch=()):
    """The ArgumentPlan of ``cap`` for concrete ``roles`` (``resolve_roles``); the arrays in
    ``scratch`` get a shadow too."""
    from ..analysis.activity import ArgActivity as A

    types = _types()
    activities = [A.CONST] * len(cap.llvm_params)
    trees = {}
    restype = cap.return_type
    return_dup = _float_leaves(restype) is not None
    if return_dup:
        activities[0] = A.DUP
        trees[0] = _return_tree(restype)
    dup_args, active_leaves, adjoint_llvm = [], [], []
    for index, (arg, role) in enumerate(zip(cap.args, roles)):
        ty = arg.numba_type
        count = 0
        if isinstance(ty, types.Array):
            data = arg.positions[arg.fields.index("data")]
            dtype = ty.dtype
            if isinstance(dtype, types.Float):
                trees[data] = _tree(f"{{[-1]:Pointer, [-1,-1]:Float@{_float_name(dtype)}}}")
            elif isinstance(dtype, (types.Integer, types.Boolean)):
                trees[data] = _tree("{[-1]:Pointer, [-1,-1]:Integer}")
            if role in (Role.DUP, Role.DUP_NONEED) or (role == Role.SCRATCH and
                                                       index in scratch):
                activities[data] = A.DUP_NONEED if role == Role.DUP_NONEED else A.DUP
                dup_args.append(index)
            for pos, field in zip(arg.positions, arg.fields):
                if field != "data" and field not in ("meminfo", "parent"):
                    trees[pos] = _tree("{[-1]:Integer}")
        else:
            leaves = _float_leaves(ty) if role == Role.ACTIVE else None
            for pos, lty in zip(arg.positions, arg.llvm_types):
                if lty in ("double", "float") and leaves is not None:
                    activities[pos] = A.ACTIVE
                    adjoint_llvm.append(lty)
                    count += 1
                elif lty.startswith("i") and lty != "i1":
                    trees[pos] = _tree("{[-1]:Integer}")
        active_leaves.append(count)
    return ArgumentPlan(activities, trees, return_dup, tuple(dup_args), tuple(active_leaves),
                        tuple(adjoint_llvm))


def _differentiate(cap, disp, roles, scratch, fn_label, started, captured):
    from ..ad.reverse import differentiate_reverse
    from ..ir import types as T
    from .custom import KernelRules

    restype = cap.return_type
    rules = KernelRules(cap)
    module = rules.prepare(cap.text, cap.entry, source=f"<numba {cap.name}>")
    plan = argument_plan(cap, roles, scratch)
    _counter[0] += 1
    name = f"enzpy_grad_{_counter[0]}_{_short(cap.name)}"
    try:
        diffe = differentiate_reverse(module, cap.entry, plan.activities, return_active=False,
                                      arg_trees=plan.trees, return_primal=True, name=name)
    except NoDerivativeRule as exc:
        raise NoDerivativeRule(_with_source(str(exc), disp, cap, fn_label)) from None
    ad_done = time.perf_counter()
    text = bind_environment(rules.bind(module), cap)   # (rules: the custom-rule symbols)
    linkable = _linkable(text, name)
    checked = time.perf_counter()
    if diffe.return_type.elements[0] != T.I32:       # pragma: no cover - core contract
        raise EnzpyError(f"internal error: {name} does not return the status first")
    return Kernel(name=name, argtypes=tuple(cap.argtypes), roles=roles,
                  scratch=tuple(scratch), return_type=restype, return_dup=plan.return_dup,
                  dup_args=plan.dup_args, active_leaves=plan.active_leaves,
                  adjoint_llvm=plan.adjoint_llvm, capture_seconds=captured - started,
                  ad_seconds=ad_done - captured, link_seconds=checked - ad_done,
                  text=text, linkable_text=linkable, captured=cap)


_environments = []      # Numba environments whose addresses kernels embed


def bind_environment(text, cap):
    """Point the captured function's Numba environment global at the environment object of
    the capture: code that boxes values (the message of an exception raised with an f-string)
    reads it.  The object is kept alive for the life of the process, as compiled code that
    embeds its address may outlive the function it came from."""
    env = getattr(cap, "environment", None)
    if env is None:
        return text
    _environments.append(env)
    pattern = re.compile(r"^@" + re.escape(cap.env_name) + r" = common global ptr null", re.M)
    return pattern.sub(f"@{cap.env_name} = internal global ptr inttoptr (i64 {id(env)} to ptr)",
                       text)


def _linkable(text, name):
    """``text`` verified by LLVM, with every definition but ``name`` made internal, so that
    the module can be linked into any number of Numba code libraries (Numba itself marks
    ``name`` linkonce_odr when it links a library into another)."""
    import llvmlite.binding as llvm
    from ..canonical import dispose, parse_llvm, target_machine

    module = parse_llvm(text, f"<enzpy {name}>")
    try:
        for fn in module.functions:
            if not fn.is_declaration and fn.name != name and \
                    fn.linkage != llvm.Linkage.internal:
                fn.linkage = "internal"
        for gv in module.global_variables:
            if not gv.is_declaration and gv.linkage != llvm.Linkage.internal:
                gv.linkage = "internal"
        # what the gradient does not use (the primal function, unused helpers) is dropped
        # here, before each compile of the text would optimise it
        pm = llvm.create_new_module_pass_manager()
        pm.add_global_dead_code_eliminate_pass()
        pm.run(module, llvm.create_pass_builder(target_machine(),
                                                llvm.create_pipeline_tuning_options(0)))
        return str(module)
    finally:
        dispose(module)


def _short(name):
    return re.sub(r"[^A-Za-z0-9_]", "_", name)[:40]


def _with_source(message, disp, cap, fn_label):
    """Add the Python source line of the failing instruction (from a debug-info capture)."""
    import linecache
    where = locate_source(disp, cap, message)
    text = f"cannot differentiate {fn_label}: {message}"
    if where:
        path, _, line = where.removeprefix("at ").rpartition(":")
        source = linecache.getline(path, int(line)).strip() if line.isdigit() else ""
        text += f"\n  Python source: {path}:{line}" + (f": {source}" if source else "")
    return text


# ------------------------------------------------------------------------------------------
# Shadow arrays (compiled into the callers with context.compile_internal)

def _view_intrinsic():
    from numba.core import cgutils, types
    from numba.extending import intrinsic
    from numba.np.arrayobj import make_array, populate_array

    @intrinsic
    def view(typingctx, owner, byte_offset, like):
        """An array shaped and strided like ``like`` whose data starts ``byte_offset`` bytes
        into ``owner``'s data and whose memory ``owner`` keeps alive."""
        if not (isinstance(owner, types.Array) and isinstance(like, types.Array)
                and isinstance(byte_offset, types.Integer)):
            return None
        retty = like.copy(readonly=False)

        def codegen(context, builder, sig, args):
            owner_val, offset, like_val = args
            src = make_array(sig.args[0])(context, builder, owner_val)
            ref = make_array(sig.args[2])(context, builder, like_val)
            out = make_array(retty)(context, builder)
            offset = context.cast(builder, offset, sig.args[1], types.intp)
            data = builder.gep(builder.bitcast(src.data, cgutils.voidptr_t), [offset])
            populate_array(out, data=builder.bitcast(data, ref.data.type), shape=ref.shape,
                           strides=ref.strides, itemsize=ref.itemsize, meminfo=src.meminfo)
            context.nrt.incref(builder, sig.args[0], owner_val)
            return out._getvalue()

        return retty(owner, byte_offset, like), codegen

    return view


_helpers = {}


def _jit_helpers():
    """shadow_like(a), shadow_in(a, da), shadow_out(da, s) as plain Python functions Numba
    compiles inline (they call the ``view`` intrinsic)."""
    if _helpers:
        return _helpers
    import numba
    import numpy as np

    view = _view_intrinsic()

    def shadow_like(a):
        lo = 0
        hi = 0
        if a.size > 0:
            for d in range(a.ndim):
                n = a.shape[d]
                s = a.strides[d]
                if n > 1 and s == 0:
                    raise ValueError("enzpy: cannot give a shadow to a broadcast array "
                                     "(a stride is 0); pass a copy (np.ascontiguousarray)")
                extent = s * (n - 1)
                if extent < 0:
                    lo += extent
                else:
                    hi += extent
        buf = np.zeros(hi - lo + a.itemsize + 64, np.uint8)
        # same address modulo 64 as the primal: same alignment, same vectorisation
        start = (a.ctypes.data + lo - buf.ctypes.data) % 64
        return view(buf, start - lo, a)

    shadow_like_jit = numba.njit(shadow_like)

    def shadow_in(a, da):
        if a.shape != da.shape:
            raise ValueError("enzpy: a shadow array must have the shape of its primal")
        if a.strides == da.strides:
            return view(da, 0, a)
        s = shadow_like_jit(a)
        for idx in np.ndindex(a.shape):
            s[idx] = da[idx]
        return s

    def shadow_out(da, s):
        if da.ctypes.data != s.ctypes.data:
            for idx in np.ndindex(da.shape):
                da[idx] = s[idx]

    _helpers.update(shadow_like=shadow_like, shadow_in=shadow_in, shadow_out=shadow_out,
                    view=view)
    return _helpers


# ------------------------------------------------------------------------------------------
# The intrinsic that calls a kernel

ALLOC = "alloc"      # grad mode: allocate zero shadows, return them as gradients
USER = "user"        # reverse mode: the caller's shadows, accumulated in place

def kernel_call_intrinsic(resolver, nargs, mode, name="enzpy_call", by_address=False):
    """A Numba intrinsic ``call(p0, ..., p<nargs-1>, shadows, seed)``.

    ``resolver(argtypes)`` returns the Kernel for the Numba types of the primal arguments.
    ``shadows`` is a tuple with one array per Duplicated argument in USER mode (empty in ALLOC
    mode); ``seed`` seeds a float (or tuple of floats) return.  The result is a tuple
    ``(value, out_0, ..., out_<nargs-1>)``: the primal result, then per argument its adjoint
    (Active), its gradient array (Duplicated, ALLOC mode) or None.

    The kernel's IR is linked into the caller's code library; with ``by_address`` the
    intrinsic is ``call(address, p0, ..., shadows, seed)`` instead, and calls the compiled
    kernel at ``address`` (an integer): ``resolver`` may then return a CallABI.
    """
    from numba.core import types
    from numba.extending import intrinsic

    first = 1 if by_address else 0

    def typer(typingctx, args):
        if by_address and not isinstance(args[0], types.Integer):
            return None
        address_ty, args = args[:first], args[first:]
        prim = tuple(types.unliteral(a) for a in args[:nargs])
        shadows, seed = args[nargs], types.unliteral(args[nargs + 1])
        kernel = resolver(prim)            # (an EnzpyError: Numba reports it as it types)
        outs = _out_types(kernel, prim, mode)
        check_user_shadows(kernel, prim, shadows, mode)
        check_seed(kernel, seed)
        restype = kernel.return_type
        result = types.Tuple((restype,) + tuple(outs))
        sig = result(*address_ty, *args)

        def codegen(context, builder, sig, llargs):
            address = llargs[0] if by_address else None
            return _emit_call(context, builder, sig.args[first:], llargs[first:],
                              sig.return_type, kernel, nargs, mode, address)

        return sig, codegen

    params = "".join(f"{p}, " for p in ["address"] * by_address +
                     [f"p{i}" for i in range(nargs)])
    src = (f"def {name}(typingctx, {params}shadows, seed):\n"
           f"    return typer(typingctx, ({params}shadows, seed))\n")
    namespace = {"typer": typer}
    exec(compile(src, f"<enzpy intrinsic {name}>", "exec"), namespace)
    return intrinsic(namespace[name])


def _out_types(kernel, prim, mode):
    from numba.core import types
    outs = []
    for index, (ty, role) in enumerate(zip(prim, kernel.roles)):
        if role == Role.ACTIVE:
            outs.append(ty)
        elif role in (Role.DUP, Role.DUP_NONEED) and mode == ALLOC:
            outs.append(ty.copy(readonly=False))
        else:
            outs.append(types.none)
    return outs


def check_user_shadows(kernel, prim, shadows, mode):
    from numba.core import types
    wanted = [i for i in kernel.dup_args if i not in kernel.scratch]
    if mode == ALLOC:
        return
    if not isinstance(shadows, types.BaseTuple) or len(shadows) != len(wanted):
        raise EnzpyError(f"expected {len(wanted)} shadow arrays, got {shadows}")
    for index, sty in zip(wanted, shadows):
        aty = prim[index]
        if not isinstance(sty, types.Array) or sty.dtype != aty.dtype or sty.ndim != aty.ndim:
            raise EnzpyError(f"the shadow of argument {index} must be an array of "
                             f"{aty.dtype} with {aty.ndim} dimension(s) like its primal "
                             f"({aty}), not {sty}")
        if not sty.mutable:
            raise EnzpyError(f"the shadow of argument {index} is read-only: derivatives are "
                             "accumulated into it")


def check_seed(kernel, seed):
    from numba.core import types
    if not kernel.return_dup:
        return
    leaves = _float_leaves(kernel.return_type)
    if isinstance(seed, (types.Float, types.Integer, types.Boolean)):
        return
    seed_leaves = _number_leaves(seed)
    if seed_leaves is None or len(seed_leaves) != len(leaves):
        raise EnzpyError(f"the seed must match the return type {kernel.return_type}, "
                         f"got {seed}")


def _number_leaves(ty):
    from numba.core import types
    if isinstance(ty, types.Number):
        return [ty]
    if isinstance(ty, types.BaseTuple):
        out = []
        for item in ty:
            sub = _number_leaves(item)
            if sub is None:
                return None
            out.extend(sub)
        return out
    return None


def _flatten_value(context, builder, ty, value):
    """Leaves of a (nested) tuple value with their types."""
    from numba.core import types
    if isinstance(ty, types.BaseTuple):
        out = []
        for i, item in enumerate(ty):
            out.extend(_flatten_value(context, builder, item,
                                      builder.extract_value(value, i)))
        return out
    return [(ty, value)]


def _build_value(context, builder, ty, leaves):
    """Rebuild a (nested) tuple of type ``ty`` from an iterator of LLVM leaf values."""
    from numba.core import types
    if isinstance(ty, types.BaseTuple):
        items = [_build_value(context, builder, item, leaves) for item in ty]
        return context.make_tuple(builder, ty, items)
    return next(leaves)


def _emit_call(context, builder, argtys, llargs, return_type, kernel, nargs, mode, address):
    """The call of ``kernel`` (linked into the library, or at the LLVM integer ``address``)
    with its shadows, the propagation of its status and the result tuple."""
    from llvmlite import ir
    from numba.core import cgutils, types
    from numba.core.callconv import excinfo_t
    from numba.core.typing import signature
    from numba.np.arrayobj import make_array

    helpers = _jit_helpers()
    prim_tys, prim_vals = argtys[:nargs], llargs[:nargs]
    shadows_ty, shadows_val = argtys[nargs], llargs[nargs]
    seed_ty, seed_val = argtys[nargs + 1], llargs[nargs + 1]

    # shadow arrays with the primal's strides
    shadow = {}
    temps, copy_back, owned = [], [], []
    user = iter(range(len(shadows_ty) if isinstance(shadows_ty, types.BaseTuple) else 0))
    for index in kernel.dup_args:
        aty, aval = prim_tys[index], prim_vals[index]
        sty = aty.copy(readonly=False)
        if mode == ALLOC or index in kernel.scratch:
            sval = context.compile_internal(builder, helpers["shadow_like"],
                                            signature(sty, aty), [aval])
            (temps if index in kernel.scratch else owned).append((sty, sval))
        else:
            k = next(user)
            uty, uval = shadows_ty[k], builder.extract_value(shadows_val, k)
            sval = context.compile_internal(builder, helpers["shadow_in"],
                                            signature(sty, aty, uty), [aval, uval])
            temps.append((sty, sval))
            copy_back.append((uty, uval, sty, sval))
        shadow[index] = make_array(sty)(context, builder, sval).data

    # Numba's flattened arguments, a shadow after every Duplicated data pointer
    flat = list(context.get_arg_packer(prim_tys).as_arguments(builder, prim_vals))
    dup_positions = {}
    for index in kernel.dup_args:
        positions, fields = kernel.layouts[index]
        dup_positions[positions[fields.index("data")]] = shadow[index]
    restype = kernel.return_type
    ret_ptr_ty = context.call_conv.get_return_type(restype)
    retptr = cgutils.alloca_once(builder, ret_ptr_ty.pointee)
    builder.store(cgutils.get_null_value(ret_ptr_ty.pointee), retptr)
    call_args = [retptr]
    if kernel.return_dup:
        retshadow = cgutils.alloca_once(builder, ret_ptr_ty.pointee)
        seed = _cast_seed(context, builder, seed_ty, seed_val, restype)
        builder.store(context.get_return_value(builder, restype, seed), retshadow)
        call_args.append(retshadow)
    excinfoptr = cgutils.alloca_once(builder, ir.PointerType(excinfo_t), name="excinfo")
    call_args.append(excinfoptr)
    for position, value in enumerate(flat, start=2):
        call_args.append(value)
        if position in dup_positions:
            call_args.append(builder.bitcast(dup_positions[position], value.type))
    adj_types = [ir.DoubleType() if t == "double" else ir.FloatType()
                 for t in kernel.adjoint_llvm]
    result_ty = ir.LiteralStructType([ir.IntType(32)] + adj_types)
    fnty = ir.FunctionType(result_ty, [v.type for v in call_args])
    if address is not None:
        fnptr = builder.inttoptr(address, fnty.as_pointer())
    else:
        _link_into(context.active_code_library, kernel)
        fnptr = cgutils.get_or_insert_function(builder.module, fnty, kernel.name)
    result = builder.call(fnptr, call_args)

    code = builder.extract_value(result, 0)
    status = context.call_conv._get_return_status(builder, code, builder.load(excinfoptr))
    with cgutils.if_unlikely(builder, status.is_error):
        context.call_conv.return_status_propagate(builder, status)

    for uty, uval, sty, sval in copy_back:
        context.compile_internal(builder, helpers["shadow_out"],
                                 signature(types.none, uty, sty), [uval, sval])
    for sty, sval in temps:
        context.nrt.decref(builder, sty, sval)

    if restype == types.none:
        value = cgutils.get_null_value(context.get_value_type(types.none))
    else:
        value = context.get_returned_value(builder, restype, builder.load(retptr))
    outs = []
    field = 1
    for index, (ty, role) in enumerate(zip(prim_tys, kernel.roles)):
        out_ty = return_type[index + 1]
        if role == Role.ACTIVE:
            count = kernel.active_leaves[index]
            leaves = iter([builder.extract_value(result, field + k) for k in range(count)])
            field += count
            outs.append(_build_value(context, builder, ty, leaves))
        elif out_ty != types.none:
            outs.append(_owned_value(owned, kernel, index))
        else:
            outs.append(cgutils.get_null_value(context.get_value_type(types.none)))
    return context.make_tuple(builder, return_type, [value] + outs)


def _link_into(library, kernel):
    """Link the kernel's IR into a Numba code library once (Numba optimises it together
    with the caller and may inline it).  The kernel is made internal to the library before its
    module passes: only the library's own functions call it, so once inlined it is not
    compiled to machine code a second time."""
    import llvmlite.binding as llvm
    linked = library.__dict__.get("_enzpy_kernels")
    if linked is None:
        linked = library._enzpy_kernels = set()
        optimize_final_module = library._optimize_final_module

        def internalize_then_optimize():
            for fn in library._final_module.functions:
                if fn.name in linked and not fn.is_declaration:
                    fn.linkage = "internal"
            optimize_final_module()

        library._optimize_final_module = internalize_then_optimize
    if kernel.name not in linked:
        module = llvm.parse_assembly(kernel.linkable_text)
        module.verify()
        # linked as it is: Numba's per-function passes would only repeat the module passes
        # the library runs on everything it holds
        library._final_module.link_in(module)
        linked.add(kernel.name)


def _owned_value(owned, kernel, index):
    order = [i for i in kernel.dup_args if i not in kernel.scratch]
    return owned[order.index(index)][1]


def _cast_seed(context, builder, seed_ty, seed_val, restype):
    from numba.core import types
    leaves = _float_leaves(restype)
    if not isinstance(restype, types.BaseTuple):
        return context.cast(builder, seed_val, seed_ty, restype)
    if isinstance(seed_ty, types.BaseTuple):
        seeds = _flatten_value(context, builder, seed_ty, seed_val)
    else:
        seeds = [(seed_ty, seed_val)] * len(leaves)
    casted = iter([context.cast(builder, v, t, lt) for (t, v), lt in zip(seeds, leaves)])
    return _build_value(context, builder, restype, casted)


def locate_source(disp, cap, message):
    """Best effort: "file:line" of the Python statement a NoDerivativeRule is about.

    The failing instruction is a call (``call ... @name(...)`` in the message): the function
    is captured again with Numba's debug info (``debug=True``) and the first call of the same
    callee is looked up in it; its ``!dbg`` location names the file and line (in the function
    or in the @njit callee that makes the call)."""
    import numba
    from .capture import capture

    m = re.search(r"call [^@\n]*@\"?([\w.$]+)\"?\(", message)
    if m is None:
        return ""
    callee = m.group(1)
    try:
        options = {k: v for k, v in disp.targetoptions.items() if k != "nopython"}
        options["debug"] = True
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")        # NumbaDebugInfoWarning for generated code
            text = capture(numba.njit(**options)(disp.py_func), cap.argtypes,
                           cleanup=False).raw_text
    except Exception:                      # noqa: BLE001 - only a better message is lost
        return ""
    call = re.search(r"call [^@\n]*@\"?" + re.escape(callee) + r"\"?\([^\n]*!dbg (![0-9]+)", text)
    if call is None:
        return ""
    meta = dict(re.findall(r"^(![0-9]+) = (?:distinct )?(.*)$", text, re.M))
    loc = meta.get(call.group(1), "")
    line = re.search(r"line: ([0-9]+)", loc)
    scope = re.search(r"scope: (![0-9]+)", loc)
    filename = ""
    seen = set()
    while scope is not None and scope.group(1) not in seen:
        seen.add(scope.group(1))
        node = meta.get(scope.group(1), "")
        file_ref = re.search(r"file: (![0-9]+)", node)
        if file_ref is not None:
            f = meta.get(file_ref.group(1), "")
            name = re.search(r'filename: "([^"]*)"', f)
            directory = re.search(r'directory: "([^"]*)"', f)
            if name is not None:
                filename = name.group(1)
                if directory is not None and directory.group(1) and \
                        not filename.startswith("/"):
                    filename = f"{directory.group(1)}/{filename}"
            break
        scope = re.search(r"scope: (![0-9]+)", node)
    if line is None:
        return ""
    return f"at {filename or '<unknown file>'}:{line.group(1)}"
