"""Forward mode, Jacobians and Hessians of Numba code: ``jvp``, ``jacfwd``, ``jacrev``,
``jacobian``, ``hessian`` and ``hvp`` (and ``ADFunction.forward``, which lives with the other
ADFunction methods in ``api``).

Forward-mode entry points call a tangent kernel (``enzpy.numba.tangents``) by address from a
generated ``@njit`` wrapper shared by all kernels with the same ABI (``enzpy.numba.dispatch``);
Jacobians and Hessians push ``chunk`` one-hot tangents through one vector-mode pass at a time
(a loop in the wrapper) and assemble the columns.  Hessians are forward over reverse:
the reverse-mode gradient kernel differentiated again in forward mode.
"""

import dataclasses

import numpy as np

from ..errors import EnzpyError
from . import abi
from .abi import Role
from .api import _as_adfunction, _into_out, _normalize_argnums
from .dispatch import Entries, fixed, njit_from_source, shared

__all__ = ["jvp", "jacfwd", "jacrev", "jacobian", "hessian", "hvp"]

DEFAULT_CHUNK = 8


# ------------------------------------------------------------------------------------------
# Python entry points (see enzpy.numba.dispatch): shared wrappers that call kernels by address

@dataclasses.dataclass(frozen=True)
class TangentTemplate:
    """A forward-mode or Hessian entry point: ``"tangents"`` (``f.forward``, ``jvp``, ``hvp``:
    ``w(*args, tangents, outs)``), ``"jacfwd"`` (``w(*args, rows)``: the Jacobian of the
    result, or of the ``output`` argument, with respect to ``diff``, ``width`` columns per
    pass) or ``"hessian"`` (``w(*args)``; ``arrays``: the array arguments in ``diff``)."""
    kind: str
    nargs: int
    kernel_kind: str               # enzpy.numba.tangents.FORWARD or HESSIAN
    tangent_args: tuple
    width: int
    diff: tuple = ()
    output: object = None
    arrays: tuple = ()
    value: bool = False            # whether the caller uses the primal result

    @property
    def arity(self):
        return self.nargs + {"tangents": 2, "jacfwd": 1, "hessian": 0}[self.kind]

    def check(self, kernel, prim, argtypes):
        """Raise EnzpyError when the tangent stacks do not fit ``kernel``."""
        from . import tangents as tk
        if self.kind == "tangents":
            tk.check_stacks(kernel, prim, argtypes[self.nargs], argtypes[self.nargs + 1])

    def entry(self, kernel):
        """(shared wrapper, address) to call ``kernel`` with."""
        wrapper = shared((self, kernel.call_key), lambda: self._wrapper(kernel.call_abi))
        value = self.value or not abi.drops_nothing(kernel.return_type)
        return wrapper, kernel.address(value=value)

    def _wrapper(self, call_abi):
        from . import tangents as tk
        call = tk.tangent_call_intrinsic(fixed(call_abi), self.nargs, by_address=True)
        name = f"enzpy_{self.kind}{self.width}_{len(call_abi.argtypes)}"
        return njit_from_source(self.source(name), name, dict(_helpers(), call=call))

    def source(self, name):
        params = "".join(f"p{i}, " for i in range(self.nargs))
        if self.kind == "tangents":
            return (f"def {name}(address, {params}tangents, outs):\n"
                    f"    return call(address, {params}tangents, outs)\n")
        stacks = "".join(f"s{i}, " for i in self.tangent_args)
        if self.kind == "jacfwd":
            lines = [f"def {name}(address, {params}rows):"]
            lines += _seeding_source(self.diff, self.tangent_args, (), self.width,
                                     "J = np.zeros((rows, total))")
            lines.append(f"        r = call(address, {params}({stacks}), ())")
            lines.append(f"        for k in range(min({self.width}, total - start)):")
            lane = f"s{self.output}[k]" if self.output is not None else "r[1][k]"
            lines.append(f"            put_column(J, 0, start + k, {lane})")
            lines.append("    return J")
        else:
            lines = [f"def {name}(address, {params.rstrip(', ')}):"]
            lines += _seeding_source(self.diff, self.tangent_args, self.arrays, self.width,
                                     "H = np.zeros((total, total))")
            outs = "".join(f"h{i}, " for i in self.arrays)
            lines.append(f"        r = call(address, {params}({stacks}), ({outs}))")
            lines.append(f"        for k in range(min({self.width}, total - start)):")
            for m, i in enumerate(self.diff):
                lane = f"h{i}[k]" if i in self.arrays else f"r[{i + 2}][k]"
                lines.append(f"            put_column(H, o{m}, start + k, {lane})")
            lines.append("    return H")
        return "\n".join(lines) + "\n"


def tangent_entries(adf, kind, width, tangent_args, diff=(), output=None, arrays=(),
                    value=False):
    """The Entries of ``adf``'s forward-mode (``kind`` "tangents" or "jacfwd") or Hessian
    ("hessian", or "hvp": tangents of the gradient) entry point; ``value``: the caller uses
    the primal result."""
    from . import tangents as tk

    tangent_args = tuple(sorted(tangent_args))
    kernel_kind = tk.HESSIAN if kind == "hessian" or kind == "hvp" else tk.FORWARD
    template = TangentTemplate("tangents" if kind == "hvp" else kind, len(adf.parameters),
                               kernel_kind, tangent_args, width, tuple(diff), output,
                               tuple(arrays), value)

    def build():
        disp, label, nargs = adf.dispatcher, adf._label, len(adf.parameters)

        def resolve(argtypes):
            roles = tuple(Role.DIFF if i in tangent_args else Role.SCRATCH
                          for i in range(nargs))
            return tk.compile_tangent_kernel(disp, argtypes, roles, kernel_kind, width, label)

        return Entries(template, resolve)

    return adf._wrapper(("tangent entries", template), build)


_driver_helpers = {}


def _helpers():
    """``size_of``, ``stack_zeros``, ``seed`` and ``put_column``: type-generic helpers of
    the generated Jacobian and Hessian loops (floats, tuples of floats, float arrays)."""
    if _driver_helpers:
        return _driver_helpers
    from numba.core import types
    from numba.extending import overload

    def size_of(x):
        pass

    def stack_zeros(x, width):
        pass

    def seed(stack, k, j):
        pass

    def put_column(m, row, col, v):
        pass

    @overload(size_of)
    def _size_of(x):
        if isinstance(x, types.Float):
            return lambda x: 1
        if isinstance(x, types.BaseTuple):
            n = len(x)
            return lambda x: n
        if isinstance(x, types.Array):
            return lambda x: x.size
        return None

    @overload(stack_zeros)
    def _stack_zeros(x, width):
        if isinstance(x, types.Float):
            dtype = x
            return lambda x, width: np.zeros(width, dtype)
        if isinstance(x, types.BaseTuple):
            n = len(x)
            return lambda x, width: np.zeros((width, n), np.float64)
        if isinstance(x, types.Array):
            return lambda x, width: np.zeros((width,) + x.shape, x.dtype)
        return None

    @overload(seed)
    def _seed(stack, k, j):
        if stack.ndim == 1:
            def impl(stack, k, j):
                stack[k] = 1.0
            return impl

        def impl(stack, k, j):
            stack.reshape((stack.shape[0], -1))[k, j] = 1.0
        return impl

    @overload(put_column)
    def _put_column(m, row, col, v):
        if isinstance(v, types.Number):
            def impl(m, row, col, v):
                m[row, col] = v
            return impl
        if isinstance(v, types.BaseTuple):
            def impl(m, row, col, v):
                for i in range(len(v)):
                    m[row + i, col] = v[i]
            return impl
        if isinstance(v, types.Array):
            def impl(m, row, col, v):         # rows: v flattened in C order, any layout
                i = row
                for index in np.ndindex(v.shape):
                    m[i, col] = v[index]
                    i += 1
            return impl
        return None

    _driver_helpers.update(size_of=size_of, stack_zeros=stack_zeros, seed=seed,
                           put_column=put_column, np=np)
    return _driver_helpers


def _seeding_source(diff, tangent_args, outs, width, result):
    """Source lines shared by the drivers: sizes, offsets, stacks, and a chunk loop header
    that seeds lane k with the unit vector of input element ``start + k``."""
    lines = []
    for m, i in enumerate(diff):
        lines.append(f"    n{m} = size_of(p{i})")
    lines.append("    o0 = 0")
    for m in range(1, len(diff)):
        lines.append(f"    o{m} = o{m - 1} + n{m - 1}")
    lines.append(f"    total = o{len(diff) - 1} + n{len(diff) - 1}")
    lines.append(f"    {result}")
    for i in tangent_args:
        lines.append(f"    s{i} = stack_zeros(p{i}, {width})")
    for i in outs:
        lines.append(f"    h{i} = stack_zeros(p{i}, {width})")
    lines.append(f"    for start in range(0, total, {width}):")
    for i in tangent_args:
        lines.append(f"        s{i}.fill(0.0)")
    for i in outs:
        lines.append(f"        h{i}.fill(0.0)")
    lines.append(f"        for k in range({width}):")
    lines.append("            c = start + k")
    for m, i in enumerate(diff):
        lines.append(f"            if o{m} <= c < o{m} + n{m}:")
        lines.append(f"                seed(s{i}, k, c - o{m})")
    return lines


def _bind(adf, args, label):
    try:
        bound = adf.signature.bind(*args)
    except TypeError as exc:
        raise EnzpyError(f"{label}: {exc} (calling {adf._label})") from None
    bound.apply_defaults()
    return tuple(bound.args)


def _name(adf, index):
    return f"'{adf.parameters[index]}' of {adf._label}"


def _is_float_scalar(x):
    return isinstance(x, (float, np.floating)) and not isinstance(x, bool)


def _float_tuple(x):
    return isinstance(x, tuple) and len(x) > 0 and all(_is_float_scalar(v) for v in x)


def _shape(adf, x, index):
    """The shape of argument ``x``'s derivatives: ``()`` for a float, ``(n,)`` for a tuple of
    n floats, the array's shape for a float array."""
    if isinstance(x, np.ndarray) and x.dtype.kind == "f":
        return x.shape
    if _is_float_scalar(x):
        return ()
    if _float_tuple(x):
        return (len(x),)
    raise EnzpyError(f"cannot differentiate with respect to argument {_name(adf, index)}: it "
                     f"is {type(x).__name__}"
                     + (f" of {x.dtype}" if isinstance(x, np.ndarray) else "") +
                     ", and only float scalars, tuples of floats and float arrays have "
                     "derivatives (pass floats, e.g. 2.0 instead of 2, or choose other argnums)")


def _dtype(x):
    if isinstance(x, np.ndarray):
        return x.dtype
    if isinstance(x, np.float32):
        return np.dtype(np.float32)
    return np.dtype(np.float64)


def _stack(adf, index, x, tangent, copy=True):
    """The 1-lane tangent stack of argument ``x`` (see ``enzpy.numba.tangents``)."""
    shape = _shape(adf, x, index)
    t = np.asarray(tangent, dtype=_dtype(x))
    if t.shape != shape:
        raise EnzpyError(f"the tangent of argument {_name(adf, index)} has shape {t.shape}; "
                         f"it must have the shape of the argument, {shape}")
    if copy or not isinstance(tangent, np.ndarray) or tangent.dtype != t.dtype:
        t = np.array(t)
    return t[None]


def _sizes(adf, args, diff):
    shapes = [_shape(adf, args[i], i) for i in diff]
    sizes = [int(np.prod(s, dtype=np.int64)) for s in shapes]
    return shapes, sizes


def _split_columns(flat, out_shape, shapes, sizes, dtype):
    """Columns of ``flat`` (rows: flattened output) split per input and reshaped to
    ``out_shape + input shape``, as ``dtype`` (a Python float for a single number)."""
    out, start = [], 0
    for shape, size in zip(shapes, sizes):
        block = flat[:, start:start + size].reshape(tuple(out_shape) + tuple(shape))
        out.append(float(block) if block.ndim == 0 else block.astype(dtype, copy=False))
        start += size
    return out


def _result(argnums, blocks):
    return tuple(blocks) if isinstance(argnums, tuple) else blocks[0]


# ------------------------------------------------------------------------------------------
# forward mode

def jvp(f, primals, tangents):
    """``(value, tangent_out)``: ``value = f(*primals)`` and the directional derivative of the
    result along ``tangents`` (one per primal; ``None`` means zero for that argument).  The
    result may be a float, a tuple of floats or a float array; ``tangent_out`` has its type
    (None when ``f`` returns nothing: use ``f.forward`` with Duplicated output arrays)."""
    adf = _as_adfunction(f)
    primals, tangents = tuple(primals), tuple(tangents)
    if len(tangents) != len(primals):
        raise EnzpyError(f"enzpy.jvp: {len(primals)} primals but {len(tangents)} tangents; "
                         "give one tangent per primal (None for no derivative)")
    args = _bind(adf, primals, "enzpy.jvp")
    with_tangent = tuple(i for i, t in enumerate(tangents) if t is not None)
    stacks = tuple(_stack(adf, i, args[i], tangents[i]) for i in with_tangent)
    result = tangent_entries(adf, "tangents", 1, with_tangent, value=True)(*args, stacks, ())
    return result[0], (result[1][0] if result[1] is not None else None)


def forward(adf, annotated):
    """``ADFunction.forward``: see its docstring."""
    from .api import Active, Const, Duplicated, _Annotation

    args, with_tangent, stacks = [], [], []
    for index, arg in enumerate(annotated):
        if isinstance(arg, Active):
            raise EnzpyError(f"f.forward: argument {index} is Active, which is reverse mode; "
                             "in forward mode pass Duplicated(x, tangent) (or Const(x))")
        if isinstance(arg, Duplicated):
            args.append(arg.value)
            with_tangent.append(index)
            array = isinstance(arg.value, np.ndarray)
            if array and not (isinstance(arg.shadow, np.ndarray) and
                              arg.shadow.dtype == arg.value.dtype and
                              arg.shadow.flags.writeable):
                raise EnzpyError(
                    f"f.forward: the tangent of argument {_name(adf, index)} must be a "
                    f"writable {arg.value.dtype} array (tangents of what the function writes "
                    "are written into it), not "
                    f"{getattr(arg.shadow, 'dtype', type(arg.shadow).__name__)}")
            stacks.append(_stack(adf, index, arg.value, arg.shadow, copy=not array))
        else:
            args.append(arg.value if isinstance(arg, (_Annotation, Const)) else arg)
    args = _bind(adf, args, "f.forward")
    result = tangent_entries(adf, "tangents", 1, with_tangent)(*args, tuple(stacks), ())
    return result[1][0] if result[1] is not None else None


def jacfwd(f, argnums=0, output=None, chunk=DEFAULT_CHUNK):
    """The Jacobian by forward mode, ``chunk`` columns per vector-mode pass.

    ``jacfwd(f)(*args)`` has shape ``out.shape + x.shape`` for the result ``out`` of ``f``
    (a float, a tuple of floats or a float array) and each argument ``x`` in ``argnums``; a
    tuple of Jacobians when ``argnums`` is a tuple.  With ``output=j``, ``f`` writes its
    result into the float array argument ``j`` instead of returning it."""
    adf = _as_adfunction(f)
    argnums = _normalize_argnums(argnums, len(adf.parameters), adf._label)
    diff = argnums if isinstance(argnums, tuple) else (argnums,)
    output = _check_output(adf, output, diff)
    chunk = _check_chunk(chunk)

    def jacobian_fwd(*args):
        args = _bind(adf, args, "enzpy.jacfwd")
        shapes, sizes = _sizes(adf, args, diff)
        total = sum(sizes)
        if output is not None:
            out_shape = _output_array(adf, args, output).shape
        else:
            out_shape = _value_shape(adf, adf(*args), "enzpy.jacfwd")
        rows = int(np.prod(out_shape, dtype=np.int64))
        if total == 0:
            flat = np.zeros((rows, 0))
        else:
            tangent_args = set(diff) | ({output} if output is not None else set())
            driver = tangent_entries(adf, "jacfwd", max(1, min(chunk, total)), tangent_args,
                                     diff, output)
            flat = driver(*args, rows)
        return _result(argnums, _split_columns(flat, out_shape, shapes, sizes,
                                               _out_dtype(args, diff)))

    jacobian_fwd.__name__ = f"jacfwd_{adf.__name__}"
    return jacobian_fwd


def _value_shape(adf, value, label):
    """The shape of a float, tuple of floats or float array result."""
    if _is_float_scalar(value):
        return ()
    if _float_tuple(value):
        return (len(value),)
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        return value.shape
    raise EnzpyError(f"{label}: {adf._label} returns {type(value).__name__}, which has no "
                     "derivative; return floats or a float array, or write the result into an "
                     "output argument (output=)")


def _out_dtype(args, diff):
    return np.result_type(*[_dtype(args[i]) for i in diff])


def _check_output(adf, output, diff):
    if output is None:
        return None
    output = _normalize_argnums(output, len(adf.parameters), adf._label)
    if isinstance(output, tuple):
        raise EnzpyError("output must be the index of one array argument")
    if output in diff:
        raise EnzpyError(f"argument {_name(adf, output)} is both the output and an input "
                         "of the Jacobian")
    return output


def _output_array(adf, args, output):
    out = args[output]
    if not (isinstance(out, np.ndarray) and out.dtype.kind == "f"):
        raise EnzpyError(f"output argument {_name(adf, output)} must be a float array, not "
                         f"{type(out).__name__}")
    if not out.flags.writeable:
        raise EnzpyError(f"output argument {_name(adf, output)} is read-only")
    return out


def _check_chunk(chunk):
    if isinstance(chunk, bool) or not isinstance(chunk, int) or not 1 <= chunk <= 64:
        raise EnzpyError(f"chunk must be an int from 1 to 64, not {chunk!r}")
    return chunk


# ------------------------------------------------------------------------------------------
# reverse-mode Jacobians

def jacrev(f, argnums=0, output=None):
    """The Jacobian by reverse mode, one reverse pass per output element (same shapes and
    arguments as :func:`jacfwd`)."""
    from .api import Active, Const, Duplicated, grad

    adf = _as_adfunction(f)
    argnums = _normalize_argnums(argnums, len(adf.parameters), adf._label)
    diff = argnums if isinstance(argnums, tuple) else (argnums,)
    output = _check_output(adf, output, diff)

    def jacobian_rev(*args):
        args = _bind(adf, args, "enzpy.jacrev")
        shapes, sizes = _sizes(adf, args, diff)
        if output is None:
            value = adf(*args)
            if _is_float_scalar(value):
                g = grad(adf, argnums)(*args)
                return g
            target, out_index = _into_out(adf), len(args)
            out = np.empty_like(np.asarray(value, dtype=_dtype_of_value(adf, value)))
            call_args = args + (out,)
        else:
            target, out_index = adf, output
            out = _output_array(adf, args, output)
            call_args = args
        rows = []
        for m in range(out.size):
            seed = np.zeros_like(out)
            seed.flat[m] = 1.0                  # element m in C order, whatever the layout
            annotated, shadows = [], {}
            for index, arg in enumerate(call_args):
                if index == out_index:
                    annotated.append(Duplicated(arg, seed))
                elif index in diff and isinstance(arg, np.ndarray):
                    shadows[index] = np.zeros_like(arg)
                    annotated.append(Duplicated(arg, shadows[index]))
                elif index in diff:
                    _shape(adf, arg, index)
                    annotated.append(Active(arg))
                else:
                    annotated.append(Const(arg))
            adjoints = target.reverse(*annotated)
            row = [np.asarray(shadows[i] if i in shadows else adjoints[i]).reshape(-1)
                   for i in diff]
            rows.append(np.concatenate(row) if row else np.zeros(0))
        flat = np.stack(rows, axis=0) if rows else np.zeros((0, sum(sizes)))
        return _result(argnums, _split_columns(flat, out.shape, shapes, sizes,
                                               _out_dtype(args, diff)))

    jacobian_rev.__name__ = f"jacrev_{adf.__name__}"
    return jacobian_rev


def _dtype_of_value(adf, value):
    arr = np.asarray(value)
    if arr.dtype.kind != "f":
        raise EnzpyError(f"enzpy.jacrev: {adf._label} returns {arr.dtype} values, which have "
                         "no derivatives")
    return arr.dtype


def jacobian(f, argnums=0, output=None, chunk=DEFAULT_CHUNK):
    """The Jacobian (shapes as :func:`jacfwd`), by forward mode when the inputs are no more
    than the outputs, else by reverse mode."""
    adf = _as_adfunction(f)
    argnums = _normalize_argnums(argnums, len(adf.parameters), adf._label)
    diff = argnums if isinstance(argnums, tuple) else (argnums,)
    by_fwd = jacfwd(adf, argnums, output, chunk)
    by_rev = jacrev(adf, argnums, output)

    def jacobian_auto(*args):
        bound = _bind(adf, args, "enzpy.jacobian")
        inputs = sum(_sizes(adf, bound, diff)[1])
        if output is not None:
            outputs = np.asarray(bound[output]).size
        else:
            outputs = np.asarray(adf(*bound)).size
        return (by_fwd if inputs <= outputs else by_rev)(*bound)

    jacobian_auto.__name__ = f"jacobian_{adf.__name__}"
    return jacobian_auto


# ------------------------------------------------------------------------------------------
# second order

def hessian(f, argnums=0, chunk=DEFAULT_CHUNK):
    """The Hessian of a float-valued ``f`` by forward over reverse, ``chunk`` columns per
    pass: shape ``x.shape + x.shape`` for one argument; for a tuple ``argnums`` a tuple of
    tuples of blocks ``H[i][j]`` of shape ``x_i.shape + x_j.shape``."""
    adf = _as_adfunction(f)
    argnums = _normalize_argnums(argnums, len(adf.parameters), adf._label)
    diff = argnums if isinstance(argnums, tuple) else (argnums,)
    chunk = _check_chunk(chunk)

    def hessian_fn(*args):
        args = _bind(adf, args, "enzpy.hessian")
        shapes, sizes = _sizes(adf, args, diff)
        total = sum(sizes)
        arrays = tuple(i for i in sorted(diff) if isinstance(args[i], np.ndarray))
        if total == 0:
            flat = np.zeros((0, 0))
        else:
            driver = tangent_entries(adf, "hessian", max(1, min(chunk, total)), diff, diff,
                                     arrays=arrays)
            flat = driver(*args)
        dtype = _out_dtype(args, diff)
        rows, start = [], 0
        for shape, size in zip(shapes, sizes):
            rows.append(_split_columns(flat[start:start + size], shape, shapes, sizes, dtype))
            start += size
        if isinstance(argnums, tuple):
            return tuple(tuple(row) for row in rows)
        return rows[0][0]

    hessian_fn.__name__ = f"hessian_{adf.__name__}"
    return hessian_fn


def _gradient_lanes(args, diff, result, outs, width):
    """Per differentiated argument (sorted), its ``width`` gradient tangents."""
    arrays = [i for i in sorted(diff) if isinstance(args[i], np.ndarray)]
    lanes = []
    for index in sorted(diff):
        if index in arrays:
            lanes.append(outs[arrays.index(index)])
        else:
            lanes.append(result[index + 2])
    return [lanes[sorted(diff).index(i)] for i in diff]


def hvp(f, primals, tangents, argnums=0):
    """The Hessian-vector product ``H v`` of a float-valued ``f`` at ``primals`` by one forward
    over reverse pass: ``tangents`` is ``v`` for the argument ``argnums`` (a tuple of them for a
    tuple ``argnums``); the result has the structure of ``grad(f, argnums)``."""
    adf = _as_adfunction(f)
    argnums = _normalize_argnums(argnums, len(adf.parameters), adf._label)
    diff = argnums if isinstance(argnums, tuple) else (argnums,)
    vs = tuple(tangents) if isinstance(argnums, tuple) else (tangents,)
    if len(vs) != len(diff):
        raise EnzpyError(f"enzpy.hvp: {len(diff)} arguments differentiated but {len(vs)} "
                         "tangents given")
    args = _bind(adf, tuple(primals), "enzpy.hvp")
    by_index = dict(zip(diff, vs))
    stacks = tuple(_stack(adf, i, args[i], by_index[i]) for i in sorted(diff))
    outs = tuple(np.zeros((1,) + args[i].shape, args[i].dtype)
                 for i in sorted(diff) if isinstance(args[i], np.ndarray))
    result = tangent_entries(adf, "hvp", 1, diff)(*args, stacks, outs)
    lanes = _gradient_lanes(args, diff, result, outs, 1)
    out = [lane[0] for lane in lanes]
    return tuple(out) if isinstance(argnums, tuple) else out[0]
