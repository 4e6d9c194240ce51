"""Forward-mode and Hessian kernels of Numba functions, and the intrinsic that calls them.

A *tangent kernel* propagates ``width`` tangents in one pass (``enzpy.ad.forward``):

* ``forward``: the forward mode of the Numba function itself: its tangents are directional
  derivatives (Jacobian-vector products);
* ``hessian``: the forward mode of the function's reverse-mode gradient kernel (forward over
  reverse): the tangents of the gradient are Hessian-vector products.

Both keep Numba's calling convention, as the gradient kernels do (``enzpy.numba.abi``): every
differentiated float scalar is followed by its ``width`` tangents, every differentiated array's
data pointer by ``width`` shadow data pointers with the array's strides.  Tangents come in and
go out *stacked*: lane ``k`` of an array argument's tangents is ``T[k]`` of an array ``T`` of
shape ``(width,) + a.shape``; of a float scalar ``T[k]`` of a 1-d array (``T[k, j]`` for leaf
``j`` of a tuple of floats).
"""

import dataclasses
import re
import threading
import time
import weakref

from ..errors import ActivityError, EnzpyError, NoDerivativeRule
from . import abi
from .abi import Role
from ..gcpause import gc_paused

__all__ = ["TangentKernel", "compile_tangent_kernel", "tangent_call_intrinsic"]

FORWARD = "forward"
HESSIAN = "hessian"

_lock = threading.RLock()
_kernels = weakref.WeakKeyDictionary()    # dispatcher -> {key: TangentKernel}
_counter = [0]


@dataclasses.dataclass
class TangentKernel:
    """One compiled forward-mode (``kind`` "forward") or forward-over-reverse ("hessian")
    function of a Numba function; see the module docstring."""
    name: str
    kind: str
    width: int
    argtypes: tuple
    roles: tuple               # per Python argument: ACTIVE / DUP (has tangents) or CONST
    scratch: tuple             # arrays given throw-away zero shadows (per lane)
    return_type: object
    return_tangent: bool       # forward: the return value has a tangent
    slots: tuple               # how to fill each LLVM parameter of ``name``
    adjoint_fields: dict       # hessian: Python argument -> fields of its adjoints in the result
    adjoint_llvm: tuple        # hessian: LLVM types of the gradient kernel's adjoints
    result_type: str           # the LLVM result type of ``name``
    seconds: float
    text: str = dataclasses.field(default="", repr=False)
    linkable_text: str = dataclasses.field(default="", repr=False)
    captured: object = dataclasses.field(default=None, repr=False)
    libraries: dict = dataclasses.field(default_factory=dict, repr=False)  # see ``address``

    @property
    def tangent_args(self):
        """Python arguments that take tangents, in order."""
        return tuple(i for i, r in enumerate(self.roles) if r in (Role.ACTIVE, Role.DUP))

    def address(self, value=True):
        """The address of the kernel compiled on its own (Python calls go through it); see
        ``abi.compiled_address`` for ``value``.  Thread-safe."""
        return abi.compiled_address(self.libraries, self.name, self.linkable_text,
                                    self.result_type, self.return_type, value)

    @property
    def call_key(self):
        """Equal for kernels that the same code calls (everything but the body and name)."""
        return (self.kind, self.width, self.argtypes, self.roles, self.scratch,
                self.return_type, self.return_tangent, self.slots,
                tuple(sorted(self.adjoint_fields.items())), self.adjoint_llvm, self.result_type)

    @property
    def call_abi(self):
        """What the code that calls the kernel needs: the kernel without its IR."""
        return dataclasses.replace(self, text="", linkable_text="", captured=None,
                                   libraries={})


def compile_tangent_kernel(disp, argtypes, roles, kind, width, fn_label=None):
    """The TangentKernel of dispatcher ``disp`` for Numba ``argtypes``; ``roles`` marks the
    arguments with tangents (Role.DIFF) and the others (Role.SCRATCH / CONST).  Built once per
    (types, roles, kind, width), then cached; thread-safe."""
    from numba.core.compiler_lock import global_compiler_lock

    from .custom import version
    key = (tuple(argtypes), tuple(roles), kind, width, version())
    kernel = _kernels.get(disp, {}).get(key)
    if kernel is not None:
        return kernel
    with global_compiler_lock, _lock:
        per_function = _kernels.setdefault(disp, {})
        kernel = per_function.get(key)
        if kernel is None:
            kernel = per_function[key] = _build(disp, tuple(argtypes), tuple(roles), kind,
                                                width, fn_label or abi._label(disp.py_func))
    return kernel


@gc_paused
def _build(disp, argtypes, roles, kind, width, fn_label):
    from .. import rules  # noqa: F401  (loads the derivative rule table)
    from . import custom

    started = time.perf_counter()
    if kind == HESSIAN:
        base = abi.compile_kernel(disp, argtypes, roles, fn_label)
        if not abi._is_float(base.return_type):
            raise EnzpyError(f"the Hessian needs {fn_label} to return a float scalar "
                             f"(float64 or float32), not {base.return_type}")
        cap, concrete = base.captured, base.roles
        custom.refuse_rules_in_hessian(base, fn_label)
        if re.search(r"^define [^\n]*@augmented_", base.text, re.M):
            raise EnzpyError(
                f"cannot compute second derivatives (Hessians) of {fn_label}: it calls a "
                "recursive function, whose gradient keeps a tape per call, and enzpy does not "
                "differentiate that tape in forward mode yet. Use first derivatives (grad, "
                "jvp, jacfwd, jacrev), e.g. jacfwd of the gradient written without recursion")
    else:
        cap = abi._capture(disp, argtypes)
        names = [a.name for a in cap.args]
        concrete = abi.resolve_roles(names, cap.argtypes, roles, fn_label)
        base = None
    try:
        return _generate(disp, cap, base, concrete, (), kind, width, fn_label, started)
    except ActivityError:
        scratch = tuple(i for i, r in enumerate(concrete) if r == Role.SCRATCH)
        if not scratch or kind == HESSIAN:
            raise
    # an array that is not differentiated carries tangents (it is written with values
    # that have them and read back): give it throw-away zero shadows
    return _generate(disp, cap, base, concrete, scratch, kind, width, fn_label, started)


def _array_return_tree(restype):
    """Type tree of Numba's return slot for a returned float array (meminfo, parent, nitems,
    itemsize, data, shape, strides)."""
    leaf = abi._float_name(restype.dtype)
    ints = ", ".join(f"[-1,{16 + 8 * i}]:Integer" for i in range(2)) + "".join(
        f", [-1,{40 + 8 * i}]:Integer" for i in range(2 * restype.ndim))
    return abi._tree(f"{{[-1]:Pointer, [-1,0]:Pointer, [-1,8]:Pointer, {ints}, "
                     f"[-1,32]:Pointer, [-1,32,-1]:Float@{leaf}}}")


def _generate(disp, cap, base, roles, scratch, kind, width, fn_label, started):
    from ..ad.forward import differentiate_forward
    from ..analysis.activity import ArgActivity as A
    from .custom import KernelRules

    plan = abi.argument_plan(cap, roles, scratch)
    layout_of = {}                     # LLVM position -> (argument, field, float leaf index)
    for index, arg in enumerate(cap.args):
        leaf = 0
        for pos, field, lty in zip(arg.positions, arg.fields, arg.llvm_types):
            layout_of[pos] = (index, field, leaf if lty in ("double", "float") else None)
            leaf += lty in ("double", "float")
    restype = cap.return_type
    if kind == FORWARD:
        text, entry = cap.text, cap.entry
        meanings = [("ret",), ("excinfo",)] + [("field", p)
                                                for p in range(2, len(cap.llvm_params))]
        acts = list(plan.activities)
        trees = dict(plan.trees)
        return_tangent = plan.return_dup
        if abi._is_float_array(restype):
            acts[0], trees[0] = A.DUP, _array_return_tree(restype)
            return_tangent = True
    else:
        text, entry = base.text, base.name
        meanings = [("ret",)] + ([("seed",)] if base.return_dup else []) + [("excinfo",)]
        dup_data = {cap.args[i].positions[cap.args[i].fields.index("data")]: i
                    for i in base.dup_args}
        for p in range(2, len(cap.llvm_params)):
            meanings.append(("field", p))
            if p in dup_data:
                meanings.append(("grad", dup_data[p]))
        acts, trees = [], {}
        for q, meaning in enumerate(meanings):
            act = A.CONST
            if meaning[0] == "field":
                p = meaning[1]
                act = plan.activities[p] if plan.activities[p] is A.ACTIVE else act
                if p in plan.trees:
                    trees[q] = plan.trees[p]
                if p in dup_data and roles[dup_data[p]] in (Role.DUP, Role.DUP_NONEED):
                    act = A.DUP
            elif meaning[0] == "grad":
                trees[q] = plan.trees[meanings[q - 1][1]]
                if roles[meaning[1]] in (Role.DUP, Role.DUP_NONEED):
                    act = A.DUP
            acts.append(act)
        return_tangent = False
    rules = KernelRules(cap)
    module = rules.prepare(text, entry, source=f"<numba {cap.name}>")
    _counter[0] += 1
    name = f"enzpy_{'fwd' if kind == FORWARD else 'hess'}{width}_{_counter[0]}_" \
           f"{abi._short(cap.name)}"
    try:
        generated = differentiate_forward(module, entry, acts, width=width,
                                          return_primal=True, arg_trees=trees, name=name)
    except NoDerivativeRule as exc:
        raise NoDerivativeRule(abi._with_source(str(exc), disp, cap, fn_label)) from None
    slots = []
    for meaning, act in zip(meanings, acts):
        slots.append(meaning)
        if act is A.CONST:
            continue
        for k in range(width):
            if meaning[0] == "ret":
                slots.append(("ret_tan", k))
            elif meaning[0] == "grad":
                slots.append(("grad_lane", meaning[1], k))
            else:
                index, field, leaf = layout_of[meaning[1]]
                if act is A.ACTIVE:
                    slots.append(("leaf_tan", index, leaf, k))
                elif index in scratch:
                    slots.append(("scratch_lane", index, k))
                else:
                    slots.append(("lane", index, k))
    adjoint_fields = {}
    if kind == HESSIAN:
        field = 1
        for index, count in enumerate(base.active_leaves):
            if count:
                adjoint_fields[index] = tuple(range(field, field + count))
                field += count
    text = abi.bind_environment(rules.bind(module), cap)   # (rules: custom-rule symbols)
    linkable = abi._linkable(text, name)
    out_roles = tuple(r if r != Role.DUP_NONEED else Role.DUP for r in roles)
    return TangentKernel(name=name, kind=kind, width=width, argtypes=tuple(cap.argtypes),
                         roles=out_roles, scratch=tuple(scratch), return_type=restype,
                         return_tangent=return_tangent, slots=tuple(slots),
                         adjoint_fields=adjoint_fields,
                         adjoint_llvm=base.adjoint_llvm if base is not None else (),
                         result_type=str(generated.return_type),
                         seconds=time.perf_counter() - started, text=text,
                         linkable_text=linkable, captured=cap)


# ------------------------------------------------------------------------------------------
# The intrinsic

def tangent_call_intrinsic(resolver, nargs, name="enzpy_tangent_call", by_address=False):
    """A Numba intrinsic ``call(p0, ..., p<nargs-1>, tangents, outs)``.

    ``resolver(argtypes)`` returns the TangentKernel for the primal argument types.
    ``tangents`` holds one stacked tangent array per argument with tangents (see the module
    docstring); ``outs`` (Hessian kernels) one stacked array per differentiated *array*
    argument that receives the tangents of its gradient.  The result is ``(value, ret,
    h_0, ..., h_<nargs-1>)``: the primal result; the ``width`` tangents of the return value
    (forward kernels; a UniTuple, or None); per argument the ``width`` tangents of the adjoint
    of a float scalar (Hessian kernels; a UniTuple) or None.  With ``by_address`` the
    intrinsic is ``call(address, p0, ..., tangents, outs)`` and calls the kernel compiled at
    ``address`` instead of linking its IR (see ``abi.kernel_call_intrinsic``).
    """
    from numba.core import types
    from numba.extending import intrinsic

    first = 1 if by_address else 0

    def typer(typingctx, args):
        if by_address and not isinstance(args[0], types.Integer):
            return None
        address_ty, args = args[:first], args[first:]
        prim = tuple(types.unliteral(a) for a in args[:nargs])
        tangents, outs = args[nargs], args[nargs + 1]
        kernel = resolver(prim)            # (an EnzpyError: Numba reports it as it types)
        check_stacks(kernel, prim, tangents, outs)
        width = kernel.width
        restype = kernel.return_type
        ret = types.UniTuple(restype, width) if kernel.return_tangent else types.none
        hs = [types.UniTuple(prim[i], width) if i in kernel.adjoint_fields else types.none
              for i in range(nargs)]
        sig = types.Tuple((restype, ret) + tuple(hs))(*address_ty, *args)

        def codegen(context, builder, sig, llargs):
            address = llargs[0] if by_address else None
            return _emit(context, builder, sig.args[first:], llargs[first:], sig.return_type,
                         kernel, nargs, address)

        return sig, codegen

    params = "".join(f"{p}, " for p in ["address"] * by_address +
                     [f"p{i}" for i in range(nargs)])
    src = (f"def {name}(typingctx, {params}tangents, outs):\n"
           f"    return typer(typingctx, ({params}tangents, outs))\n")
    namespace = {"typer": typer}
    exec(compile(src, f"<enzpy intrinsic {name}>", "exec"), namespace)
    return intrinsic(namespace[name])


def check_stacks(kernel, prim, tangents, outs):
    from numba.core import types
    wanted = kernel.tangent_args
    if not isinstance(tangents, types.BaseTuple) or len(tangents) != len(wanted):
        raise EnzpyError(f"expected {len(wanted)} tangent arrays, got {tangents}")
    for index, tty in zip(wanted, tangents):
        aty = prim[index]
        ndim = aty.ndim + 1 if isinstance(aty, types.Array) else \
            (1 if isinstance(aty, types.Float) else 2)
        if not isinstance(tty, types.Array) or tty.ndim != ndim or \
                not isinstance(tty.dtype, types.Float):
            raise EnzpyError(f"the tangents of argument {index} ({aty}) must be a float array "
                             f"with {ndim} dimension(s) (lanes first), not {tty}")
    arrays = [i for i in wanted if isinstance(prim[i], types.Array)] \
        if kernel.kind == HESSIAN else []
    if not isinstance(outs, types.BaseTuple) or len(outs) != len(arrays):
        raise EnzpyError(f"expected {len(arrays)} output arrays, got {outs}")
    for index, oty in zip(arrays, outs):
        if not isinstance(oty, types.Array) or oty.ndim != prim[index].ndim + 1 or \
                oty.dtype != prim[index].dtype or not oty.mutable:
            raise EnzpyError(f"the Hessian output of argument {index} must be a writable "
                             f"{prim[index].dtype} array with lanes first, not {oty}")


_lane_helpers = {}


def _helpers():
    """Lane views of stacked arrays (compiled inline into the caller)."""
    if _lane_helpers:
        return _lane_helpers
    import numba
    import numpy as np

    base = abi._jit_helpers()
    shadow_in = numba.njit(base["shadow_in"])
    shadow_out = numba.njit(base["shadow_out"])
    shadow_like = numba.njit(base["shadow_like"])

    def lane_in(a, stack, k):
        return shadow_in(a, stack[k])

    def lane_out(stack, k, s):
        shadow_out(stack[k], s)

    def scratch(a):
        return shadow_like(a)

    def leaf(stack, k):
        return stack[k]

    def leaf2(stack, k, j):
        return stack[k, j]

    _lane_helpers.update(lane_in=lane_in, lane_out=lane_out, scratch=scratch, leaf=leaf,
                         leaf2=leaf2, zeros_like=lambda a: np.zeros_like(a))
    return _lane_helpers


def _emit(context, builder, argtys, llargs, return_type, kernel, nargs, address):
    """The call of ``kernel`` (linked into the library, or at the LLVM integer ``address``)
    with its tangent lanes, the propagation of its status and the result tuple."""
    from llvmlite import ir
    from numba.core import cgutils, types
    from numba.core.callconv import excinfo_t
    from numba.core.typing import signature
    from numba.np.arrayobj import make_array

    helpers = _helpers()
    width = kernel.width
    prim_tys, prim_vals = argtys[:nargs], llargs[:nargs]
    stacks_ty, stacks_val = argtys[nargs], llargs[nargs]
    outs_ty, outs_val = argtys[nargs + 1], llargs[nargs + 1]
    stack = {i: (stacks_ty[n], builder.extract_value(stacks_val, n))
             for n, i in enumerate(kernel.tangent_args)}
    arrays = [i for i in kernel.tangent_args if isinstance(prim_tys[i], types.Array)]
    out = {i: (outs_ty[n], builder.extract_value(outs_val, n))
           for n, i in enumerate(arrays)} if kernel.kind == HESSIAN else {}
    flat = list(context.get_arg_packer(prim_tys).as_arguments(builder, prim_vals))
    restype = kernel.return_type
    ret_ptr_ty = context.call_conv.get_return_type(restype)
    intp = types.intp

    def const(k):
        return context.get_constant(intp, k)

    def lane_array(index, source, k, copy_back):
        aty, aval = prim_tys[index], prim_vals[index]
        sty = aty.copy(readonly=False)
        uty, uval = source
        sval = context.compile_internal(builder, helpers["lane_in"],
                                        signature(sty, aty, uty, intp), [aval, uval, const(k)])
        temps.append((sty, sval))
        if copy_back:
            backs.append((uty, uval, k, sty, sval))
        return make_array(sty)(context, builder, sval).data

    temps, backs, ret_lanes = [], [], []
    retptr = None
    call_args = []
    for slot in kernel.slots:
        what = slot[0]
        if what == "ret":
            retptr = cgutils.alloca_once(builder, ret_ptr_ty.pointee)
            builder.store(cgutils.get_null_value(ret_ptr_ty.pointee), retptr)
            value = retptr
        elif what == "ret_tan":
            lane = cgutils.alloca_once(builder, ret_ptr_ty.pointee)
            builder.store(cgutils.get_null_value(ret_ptr_ty.pointee), lane)
            ret_lanes.append(lane)
            value = lane
        elif what == "seed":
            seedptr = cgutils.alloca_once(builder, ret_ptr_ty.pointee)
            one = context.get_constant(restype, 1.0)
            builder.store(context.get_return_value(builder, restype, one), seedptr)
            value = seedptr
        elif what == "excinfo":
            excinfoptr = cgutils.alloca_once(builder, ir.PointerType(excinfo_t), name="excinfo")
            value = excinfoptr
        elif what == "field":
            value = flat[slot[1] - 2]
        elif what == "leaf_tan":
            _, index, leaf, k = slot
            sty, sval = stack[index]
            if sty.ndim == 1:
                t = context.compile_internal(builder, helpers["leaf"],
                                             signature(sty.dtype, sty, intp), [sval, const(k)])
            else:
                t = context.compile_internal(builder, helpers["leaf2"],
                                             signature(sty.dtype, sty, intp, intp),
                                             [sval, const(k), const(leaf)])
            leaf_ty = abi._float_leaves(prim_tys[index])[leaf]
            value = context.cast(builder, t, sty.dtype, leaf_ty)
        elif what == "lane":
            _, index, k = slot
            value = lane_array(index, stack[index], k, True)
        elif what == "grad_lane":
            _, index, k = slot
            value = lane_array(index, out[index], k, True)
        elif what in ("grad", "scratch_lane"):
            index = slot[1]
            aty, aval = prim_tys[index], prim_vals[index]
            sty = aty.copy(readonly=False)
            sval = context.compile_internal(builder, helpers["scratch"], signature(sty, aty),
                                            [aval])
            temps.append((sty, sval))
            value = make_array(sty)(context, builder, sval).data
        else:                                            # pragma: no cover
            raise AssertionError(slot)
        call_args.append(value)
    fnty = _function_type(kernel, call_args)
    if address is not None:
        fnptr = builder.inttoptr(address, fnty.as_pointer())
    else:
        abi._link_into(context.active_code_library, kernel)
        fnptr = cgutils.get_or_insert_function(builder.module, fnty, kernel.name)
    result = builder.call(fnptr, call_args)
    if kernel.kind == HESSIAN and kernel.adjoint_llvm:
        code = builder.extract_value(builder.extract_value(result, 0), 0)
    elif kernel.kind == HESSIAN:
        code = builder.extract_value(result, 0)
    else:
        code = result
    status = context.call_conv._get_return_status(builder, code, builder.load(excinfoptr))
    with cgutils.if_unlikely(builder, status.is_error):
        context.call_conv.return_status_propagate(builder, status)
    for uty, uval, k, sty, sval in backs:
        context.compile_internal(builder, helpers["lane_out"],
                                 signature(types.none, uty, intp, sty),
                                 [uval, const(k), sval])
    for sty, sval in temps:
        context.nrt.decref(builder, sty, sval)

    if restype == types.none:
        value = cgutils.get_null_value(context.get_value_type(types.none))
    else:
        value = context.get_returned_value(builder, restype, builder.load(retptr))
    outs = [value]
    if kernel.return_tangent:
        lanes = [_return_tangent(context, builder, restype, value, lane)
                 for lane in ret_lanes]
        outs.append(context.make_tuple(builder, return_type[1], lanes))
    else:
        outs.append(cgutils.get_null_value(context.get_value_type(types.none)))
    for index in range(nargs):
        fields = kernel.adjoint_fields.get(index)
        if fields is None:
            outs.append(cgutils.get_null_value(context.get_value_type(types.none)))
            continue
        lanes = []
        tangents = builder.extract_value(result, 1)
        for k in range(width):
            lane = tangents if width == 1 else builder.extract_value(tangents, k)
            leaves = iter([builder.extract_value(lane, f) for f in fields])
            lanes.append(abi._build_value(context, builder, prim_tys[index], leaves))
        outs.append(context.make_tuple(builder, return_type[index + 2], lanes))
    return context.make_tuple(builder, return_type, outs)


def _function_type(kernel, call_args):
    """The LLVM function type of the kernel: ``i32 (...)`` (forward: Numba's status) or
    ``{ {i32, adjoints}, tangents } (...)`` (Hessian: the gradient kernel's result and its
    ``width`` tangents)."""
    from llvmlite import ir
    if kernel.kind == FORWARD:
        ret = ir.IntType(32)
    else:
        inner = ir.LiteralStructType([ir.IntType(32)] + [
            ir.DoubleType() if t == "double" else ir.FloatType() for t in kernel.adjoint_llvm])
        tangents = inner if kernel.width == 1 else ir.ArrayType(inner, kernel.width)
        # without float adjoints the result has no tangent (enzpy.ad.forward)
        ret = ir.LiteralStructType([inner, tangents]) if kernel.adjoint_llvm else inner
    if str(ret).replace(" ", "") != kernel.result_type.replace(" ", ""):   # pragma: no cover
        raise EnzpyError(f"internal error: {kernel.name} returns {kernel.result_type}, the "
                         f"caller expects {ret}")
    return ir.FunctionType(ret, [v.type for v in call_args])


def _return_tangent(context, builder, restype, value, lane):
    """The tangent of the return value held in shadow return slot ``lane``: a float or a
    tuple of floats as it is; for a returned array, an array with the primal's shape and
    strides whose data is the shadow's (zeros when the result carries no tangent)."""
    from numba.core import cgutils
    from numba.core.typing import signature
    from numba.np.arrayobj import make_array
    shadow = context.get_returned_value(builder, restype, builder.load(lane))
    if not abi._is_float_array(restype):
        return shadow
    primal = make_array(restype)(context, builder, value)
    sh = make_array(restype)(context, builder, shadow)
    out = make_array(restype)(context, builder)
    is_null = cgutils.is_null(builder, sh.data)
    with builder.if_else(is_null) as (then, otherwise):
        with then:
            zero = context.compile_internal(builder, _helpers()["zeros_like"],
                                            signature(restype, restype), [value])
            z = make_array(restype)(context, builder, zero)
            for name in ("meminfo", "parent", "nitems", "itemsize", "data", "shape",
                         "strides"):
                setattr(out, name, getattr(z, name))
        with otherwise:
            for name in ("nitems", "itemsize", "shape", "strides"):
                setattr(out, name, getattr(primal, name))
            out.meminfo = sh.meminfo
            out.parent = cgutils.get_null_value(primal.parent.type)
            out.data = sh.data
    return out._getvalue()
