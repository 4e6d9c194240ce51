"""Checking derivatives of LLVM functions against central finite differences.

``check_reverse(text, "f")`` differentiates ``f`` in reverse mode, JIT-compiles the primal and
the derivative, and compares on random inputs: every float scalar argument is Active, every
pointer argument Duplicated (an array of ``length`` elements of the float type its memory
holds), every integer Const (``length`` unless given).  The objective is
``J = seed * f(...) + <w, final memory of the Duplicated arrays>`` for random seeds ``w``;
reverse mode must return dJ/d(scalar) and leave dJ/d(initial array) in each shadow.
"""

from dataclasses import dataclass, field

import numpy as np

from .analysis.activity import ArgActivity
from .analysis.typeanalysis import TypeAnalysis
from .errors import EnzpyError
from .ir import types as T
from .jit import get_engine
from .jit.boxed import BoxedCall, add_boxed_wrapper
from .ir.layout import DataLayout

__all__ = ["check_reverse", "CheckReport", "default_activities"]


@dataclass
class CheckRow:
    argument: str
    derivative: float
    finite_difference: float
    error: float
    ok: bool


@dataclass
class CheckReport:
    function: str
    rows: list = field(default_factory=list)
    points: int = 0
    mode: str = "reverse mode"

    @property
    def ok(self):
        return all(r.ok for r in self.rows)

    @property
    def max_error(self):
        return max((r.error for r in self.rows), default=0.0)

    def table(self, limit=40):
        """A plain-text table of the comparisons (failures first)."""
        rows = sorted(self.rows, key=lambda r: (r.ok, -r.error))[:limit]
        out = [f"{'input':<16} {self.mode:>22} {'finite difference':>22} {'rel. error':>10}"]
        for r in rows:
            mark = "" if r.ok else "  MISMATCH"
            out.append(f"{r.argument:<16} {r.derivative:>22.15g} {r.finite_difference:>22.15g}"
                       f" {r.error:>10.2e}{mark}")
        if len(self.rows) > limit:
            out.append(f"... {len(self.rows) - limit} more")
        status = "ok" if self.ok else "FAILED"
        out.append(f"@{self.function}: {len(self.rows)} derivatives at {self.points} points, "
                   f"max relative error {self.max_error:.2e}: {status}")
        return "\n".join(out)


def default_activities(fn):
    """Enzyme's defaults: pointer → Duplicated, float → Active, integer → Const."""
    out = []
    for arg in fn.args:
        if arg.type.is_pointer:
            out.append(ArgActivity.DUP)
        elif isinstance(arg.type.scalar, T.FloatType):
            out.append(ArgActivity.ACTIVE)
        else:
            out.append(ArgActivity.CONST)
    return out


_NP_FLOAT = {"double": np.float64, "float": np.float32}


class _Memory:
    """Test memory for one pointer argument, shaped by its type tree: ``length`` elements of
    a float, an integer or a struct of floats, integers and pointers to further arrays (each
    pointer field gets its own array, and the shadow memory mirrors the pointers)."""

    def __init__(self, pointee, layout, rng, length, int_value, int_size, bounds, depth=0):
        fields = {path[0]: ct for path, ct in pointee.items() if len(path) == 1}
        if not fields:
            fields = {-1: None}
        every = fields.pop(-1, None) if -1 in fields and len(fields) > 0 else None
        if -1 in fields:
            every = fields.pop(-1)
        self.fields = []          # (offset, kind, dtype or None)
        end, align = 0, 1
        if every is not None or not fields:
            fields = {0: every}
        for offset, ct in sorted(fields.items()):
            kind, dtype, size = _field(ct, int_size)
            self.fields.append((offset, kind, dtype))
            end, align = max(end, offset + size), max(align, size)
        self.stride = (end + align - 1) // align * align
        self.length = length
        nbytes = self.stride * length
        self.primal = np.zeros(nbytes + 16, np.uint8)
        self.shadow = np.zeros(nbytes + 16, np.uint8)
        self.weights = np.zeros(nbytes + 16, np.uint8)
        self.children = []
        self.floats = []          # (memory, byte offset, dtype) perturbed by the check
        for k in range(length):
            for offset, kind, dtype in self.fields:
                at = k * self.stride + offset
                if kind == "float":
                    self._view(self.primal, at, dtype)[0] = rng.uniform(*bounds)
                    self._view(self.weights, at, dtype)[0] = rng.uniform(0.5, 1.5)
                    self.floats.append((self, at, dtype))
                elif kind == "int":
                    self._view(self.primal, at, dtype)[0] = int_value
                    self._view(self.shadow, at, dtype)[0] = int_value
                elif kind == "pointer":
                    if depth >= 1:
                        continue      # NULL: linked structures end after one level
                    child = _Memory(_first_level_pointee(pointee, offset), layout, rng,
                                    length, int_value, int_size, bounds, depth + 1)
                    self.children.append(child)
                    self.floats.extend(child.floats)
                    self._view(self.primal, at, np.uint64)[0] = child.primal.ctypes.data
                    self._view(self.shadow, at, np.uint64)[0] = child.shadow.ctypes.data
        self.reset_shadow()

    @staticmethod
    def _view(buffer, at, dtype):
        return buffer[at:at + np.dtype(dtype).itemsize].view(dtype)

    def reset_shadow(self):
        for memory, at, dtype in self.floats:
            self._view(memory.shadow, at, dtype)[0] = self._view(memory.weights, at, dtype)[0]

    def snapshot(self):
        return [m.primal.copy() for m in self._all()]

    def restore(self, saved):
        for memory, data in zip(self._all(), saved):
            memory.primal[:] = data

    def _all(self):
        out = [self]
        for child in self.children:
            out.extend(child._all())
        return out

    def weighted_sum(self):
        return sum(float(self._view(m.primal, at, dt)[0]) * float(self._view(m.weights, at,
                                                                             dt)[0])
                   for m, at, dt in self.floats)


def _first_level_pointee(tree, offset):
    """The tree of the memory a pointer field at ``offset`` points to."""
    from .analysis.typetree import TypeTree
    mapping = {}
    for path, ct in tree.items():
        if len(path) > 1 and path[0] in (offset, -1):
            mapping[path[1:]] = ct
    return TypeTree(mapping)


def _field(ct, int_size):
    if ct is None:
        return "float", np.float64, 8
    if ct.is_float:
        dtype = _NP_FLOAT.get(ct.float_kind)
        if dtype is None:
            raise EnzpyError(f"enzpy check cannot fill {ct} data")
        return "float", dtype, np.dtype(dtype).itemsize
    if ct.kind == "Pointer":
        return "pointer", None, 8
    dtype = {1: np.int8, 2: np.int16, 4: np.int32, 8: np.int64}[int_size]
    return "int", dtype, int_size


def _int_access_size(fn, arg):
    """Byte size of the integers the function reads through ``arg`` (4 when unknown)."""
    derived, work = {arg}, [arg]
    sizes = []
    while work:
        value = work.pop()
        for user, _ in value.uses:
            if getattr(user, "opcode", None) == "getelementptr" and user not in derived:
                derived.add(user)
                work.append(user)
            elif getattr(user, "opcode", None) == "load" and user.type.is_int:
                sizes.append(user.type.bits // 8)
    return max(sizes) if sizes else 4


def check_reverse(text, fn_name, activities=None, length=24, ints=None, points=2, seed=0,
                  opt=2, rtol=None, int_value=4, bounds=(0.5, 1.5), custom=None):
    """Differentiate ``fn_name`` in ``text`` and compare with finite differences.

    Arrays have ``length`` elements; integer arguments and integer fields are ``int_value``
    unless ``ints`` ({argument index: value}) says otherwise; floats are drawn uniformly from
    ``bounds``.  ``custom`` (CustomRules) attaches custom derivative rules."""
    from .ad.prepare import prepare
    from .ad.reverse import differentiate_reverse
    module = prepare(text, fn_name, custom=custom)
    fn = module.get_function(fn_name)
    types = TypeAnalysis(module).analyze(fn)
    acts = list(activities) if activities is not None else default_activities(fn)
    acts = [a if isinstance(a, ArgActivity) else ArgActivity.parse(a) for a in acts]
    for index, arg in enumerate(fn.args):
        pointee = types.pointee(arg) if arg.type.is_pointer else None
        if pointee is not None and acts[index] is not ArgActivity.CONST and not any(
                ct.is_float or ct.kind == "Pointer" for _, ct in pointee.items()) and pointee:
            acts[index] = ArgActivity.CONST      # integer data has no derivative
    return_active = isinstance(fn.return_type.scalar, T.FloatType)
    diffe = differentiate_reverse(module, fn_name, acts, return_active)
    primal_box = add_boxed_wrapper(module, fn, "__enzpy_check_primal")
    diffe_box = add_boxed_wrapper(module, diffe, "__enzpy_check_diffe")
    compiled = get_engine().compile(str(module), opt=opt)
    layout = DataLayout.of(module)
    primal = BoxedCall(compiled.address(primal_box.name), fn.function_type, layout)
    gradient = BoxedCall(compiled.address(diffe_box.name), diffe.function_type, layout)
    rng = np.random.default_rng(seed)
    report = CheckReport(fn_name)
    int_args = {i: (ints or {}).get(i, int_value) for i in range(len(fn.args))}
    single = fn.return_type == T.FLOAT or any(
        a.type == T.FLOAT for a, act in zip(fn.args, acts) if act is ArgActivity.ACTIVE)
    for _ in range(points):
        report.points += 1
        memories = {}
        for index, arg in enumerate(fn.args):
            if arg.type.is_pointer:
                memories[index] = _Memory(types.pointee(arg), layout, rng, length, int_value,
                                          _int_access_size(fn, arg), bounds)
                single |= any(dt == np.float32 for _, _, dt in memories[index].floats)
        tolerance = rtol or (3e-2 if single else 2e-6)
        _check_point(fn, acts, memories, primal, gradient, rng, int_args, report,
                     return_active, tolerance, single, bounds)
    return report


def _check_point(fn, acts, memories, primal, gradient, rng, ints, report, return_active, rtol,
                 single, bounds):
    scalars = {}
    for index, arg in enumerate(fn.args):
        if not arg.type.is_pointer:
            scalars[index] = float(rng.uniform(*bounds)) if isinstance(
                arg.type.scalar, T.FloatType) else int(ints[index])
    seed = float(rng.uniform(0.5, 1.5))
    duplicated = {i for i, a in enumerate(acts) if a in (ArgActivity.DUP,
                                                         ArgActivity.DUP_NONEED)}

    def objective():
        saved = {i: m.snapshot() for i, m in memories.items()}
        args = [memories[i].primal if i in memories else scalars[i]
                for i in range(len(fn.args))]
        result = primal(*args)
        total = seed * float(result) if return_active else 0.0
        total += sum(memories[i].weighted_sum() for i in duplicated)
        for i, m in memories.items():
            m.restore(saved[i])
        return total

    saved = {i: m.snapshot() for i, m in memories.items()}
    call_args = []
    for index in range(len(fn.args)):
        if index in memories:
            call_args.append(memories[index].primal)
            if index in duplicated:
                memories[index].reset_shadow()
                call_args.append(memories[index].shadow)
        else:
            call_args.append(scalars[index])
    if return_active:
        call_args.append(seed)
    result = gradient(*call_args)
    for i, m in memories.items():
        m.restore(saved[i])
    adjoints = iter(result) if isinstance(result, tuple) else iter(())
    step = 1e-3 if single else 1e-6
    for index, (arg, act) in enumerate(zip(fn.args, acts)):
        name = f"%{arg.name or index}"
        if act is ArgActivity.ACTIVE:
            value = scalars[index]
            h = step * max(1.0, abs(value))
            scalars[index] = value + h
            plus = objective()
            scalars[index] = value - h
            minus = objective()
            scalars[index] = value
            _row(report, name, float(next(adjoints)), (plus - minus) / (2 * h), rtol)
        elif index in duplicated:
            for memory, at, dtype in memories[index].floats:
                view = memory._view(memory.primal, at, dtype)
                value = float(view[0])
                h = step * max(1.0, abs(value))
                view[0] = value + h
                plus = objective()
                view[0] = value - h
                minus = objective()
                view[0] = value
                derivative = float(memory._view(memory.shadow, at, dtype)[0])
                label = f"{name}+{at}" if memory is memories[index] else f"{name}->+{at}"
                _row(report, label, derivative, (plus - minus) / (2 * h), rtol)


def _row(report, name, derivative, finite, rtol):
    error = abs(derivative - finite) / max(1.0, abs(finite))
    report.rows.append(CheckRow(name, derivative, finite, error, error <= rtol))


def check_forward(text, fn_name, activities=None, width=1, length=24, ints=None, points=2,
                  seed=0, opt=2, rtol=None, int_value=4, bounds=(0.5, 1.5), custom=None):
    """Differentiate ``fn_name`` in forward mode (vector ``width``) and compare every lane's
    output tangent (the returned tangent and the tangents left in the shadow memory) with the
    central finite difference of the function along that lane's random direction."""
    from .ad.forward import differentiate_forward
    from .ad.prepare import prepare
    module = prepare(text, fn_name, custom=custom)
    fn = module.get_function(fn_name)
    types = TypeAnalysis(module).analyze(fn)
    acts = list(activities) if activities is not None else default_activities(fn)
    acts = [a if isinstance(a, ArgActivity) else ArgActivity.parse(a) for a in acts]
    fwd = differentiate_forward(module, fn_name, acts, width=width, return_primal=False)
    primal_box = add_boxed_wrapper(module, fn, "__enzpy_check_primal")
    add_boxed_wrapper(module, fwd)
    compiled = get_engine().compile(str(module), opt=opt)
    layout = DataLayout.of(module)
    primal = BoxedCall(compiled.address(primal_box.name), fn.function_type, layout)
    tangent_fn = _tangent_caller(compiled, fwd, layout)
    rng = np.random.default_rng(seed)
    report = CheckReport(fn_name, mode="forward mode")
    return_tangent = isinstance(fn.return_type.scalar, T.FloatType)
    for _ in range(points):
        report.points += 1
        memories = {i: _Memory(types.pointee(a), layout, rng, length, int_value,
                               _int_access_size(fn, a), bounds)
                    for i, a in enumerate(fn.args) if a.type.is_pointer}
        single = fn.return_type == T.FLOAT or any(
            dt == np.float32 for m in memories.values() for _, _, dt in m.floats)
        tolerance = rtol or (3e-2 if single else 2e-6)
        scalars = {i: float(rng.uniform(*bounds)) if isinstance(a.type.scalar, T.FloatType)
                   else int((ints or {}).get(i, int_value))
                   for i, a in enumerate(fn.args) if not a.type.is_pointer}
        directions = [{i: float(rng.uniform(-1, 1)) for i in scalars
                       if acts[i] is not ArgActivity.CONST and isinstance(scalars[i], float)}
                      for _ in range(width)]
        # the check moves the floats of each array itself (not those of nested arrays, whose
        # shadows are shared by the lanes: they get a zero tangent)
        array_dirs = [{i: [float(rng.uniform(-1, 1)) for f in m.floats if f[0] is m]
                       for i, m in memories.items() if acts[i] is not ArgActivity.CONST}
                      for _ in range(width)]
        for m in memories.values():
            for child in m._all()[1:]:
                child.shadow[:] = 0
                child.weights[:] = 0
        saved = {i: m.snapshot() for i, m in memories.items()}
        shadows = {i: [np.zeros_like(m.shadow) for _ in range(width)]
                   for i, m in memories.items() if acts[i] is not ArgActivity.CONST}
        for i, lanes in shadows.items():
            m = memories[i]
            for k, buf in enumerate(lanes):
                _fill_shadow(m, buf, array_dirs[k][i])
        call = []
        for i, arg in enumerate(fn.args):
            if i in memories:
                call.append(memories[i].primal)
                call.extend(shadows.get(i, []))
            else:
                call.append(scalars[i])
                if acts[i] is not ArgActivity.CONST:
                    call.extend(d[i] for d in directions)
        result = tangent_fn(*call)
        for i, m in memories.items():
            m.restore(saved[i])
        step = 1e-3 if single else 1e-6
        for k in range(width):
            plus = _perturbed(fn, memories, primal, scalars, directions[k], array_dirs[k], step,
                              return_tangent)
            minus = _perturbed(fn, memories, primal, scalars, directions[k], array_dirs[k],
                               -step, return_tangent)
            fd = [(p - q) / (2 * step) for p, q in zip(plus, minus)]
            lane_result = result if width == 1 else (result[k] if result is not None else None)
            got = ([float(lane_result)] if return_tangent else [])
            for i in sorted(shadows):
                got.extend(float(v) for v in _read_shadow(memories[i], shadows[i][k]))
            for index, (a, b) in enumerate(zip(got, fd)):
                _row(report, f"lane {k} output {index}", a, b, tolerance)
    return report


def _fill_shadow(memory, buffer, values):
    """Shadow memory of a lane: the pointers of ``memory.shadow`` and the given tangents."""
    buffer[:] = memory.shadow
    own = [(at, dt) for m, at, dt in memory.floats if m is memory]
    for (at, dtype), value in zip(own, values):
        memory._view(buffer, at, dtype)[0] = value


def _read_shadow(memory, buffer):
    return [memory._view(buffer, at, dt)[0] for m, at, dt in memory.floats if m is memory]


def _outputs(fn, memories, primal, scalars, return_value):
    args = [memories[i].primal if i in memories else scalars[i] for i in range(len(fn.args))]
    result = primal(*args)
    values = [float(result)] if return_value else []
    for i in sorted(memories):
        m = memories[i]
        values.extend(float(m._view(m.primal, at, dt)[0]) for mm, at, dt in m.floats
                      if mm is m)
    return values


def _perturbed(fn, memories, primal, scalars, direction, array_direction, step, return_value):
    saved = {i: m.snapshot() for i, m in memories.items()}
    moved = dict(scalars)
    for i, d in direction.items():
        moved[i] = scalars[i] + step * d
    for i, ds in array_direction.items():
        m = memories[i]
        for (mm, at, dt), d in zip([f for f in m.floats if f[0] is m], ds):
            view = m._view(m.primal, at, dt)
            view[0] = float(view[0]) + step * d
    values = _outputs(fn, memories, primal, moved, return_value)
    # only the arrays that were passed with shadows are outputs of the comparison
    for i, m in memories.items():
        m.restore(saved[i])
    return values


def _tangent_caller(compiled, fwd, layout):
    """A BoxedCall of ``fwd``'s boxed wrapper; ``[N x T]`` results come back as a tuple."""
    fnty = fwd.function_type
    if isinstance(fnty.ret, T.ArrayType):
        fnty = T.FunctionType(T.StructType((fnty.ret.element,) * fnty.ret.count), fnty.params)
    return BoxedCall(compiled.address(fwd.name + ".boxed"), fnty, layout)


def check_hessian(text, fn_name, activities=None, length=8, ints=None, points=1, seed=0,
                  opt=2, rtol=None, int_value=4, bounds=(0.5, 1.5)):
    """Hessian-vector products by forward over reverse (the forward-mode derivative of
    ``diffe_<f>``) against central finite differences of the gradient along random
    directions."""
    from .ad.forward import differentiate_forward
    from .ad.prepare import prepare
    from .ad.reverse import differentiate_reverse
    module = prepare(text, fn_name)
    fn = module.get_function(fn_name)
    types = TypeAnalysis(module).analyze(fn)
    acts = list(activities) if activities is not None else default_activities(fn)
    acts = [a if isinstance(a, ArgActivity) else ArgActivity.parse(a) for a in acts]
    return_active = isinstance(fn.return_type.scalar, T.FloatType)
    diffe = differentiate_reverse(module, fn_name, acts, return_active)
    module = prepare(str(module), diffe.name)
    diffe = module.get_function(diffe.name)
    inner = []
    for act in acts:
        inner.append(act)
        if act in (ArgActivity.DUP, ArgActivity.DUP_NONEED):
            inner.append(ArgActivity.DUP)
    if return_active:
        inner.append(ArgActivity.CONST)
    hvp = differentiate_forward(module, diffe.name, inner)
    gbox, hbox = add_boxed_wrapper(module, diffe), add_boxed_wrapper(module, hvp)
    compiled = get_engine().compile(str(module), opt=opt)
    layout = DataLayout.of(module)
    grad = BoxedCall(compiled.address(gbox.name), diffe.function_type, layout)
    hess = BoxedCall(compiled.address(hbox.name), hvp.function_type, layout)
    rng = np.random.default_rng(seed)
    report = CheckReport(fn_name, mode="forward over reverse")
    dup = [i for i, a in enumerate(acts) if a in (ArgActivity.DUP, ArgActivity.DUP_NONEED)]
    active = [i for i, a in enumerate(acts) if a is ArgActivity.ACTIVE]
    for _ in range(points):
        report.points += 1
        memories = {i: _Memory(types.pointee(a), layout, rng, length, int_value,
                               _int_access_size(fn, a), bounds)
                    for i, a in enumerate(fn.args) if a.type.is_pointer}
        for m in memories.values():
            for child in m._all()[1:]:
                child.weights[:] = 0
                child.shadow[:] = 0
        scalars = {i: float(rng.uniform(*bounds)) if isinstance(a.type.scalar, T.FloatType)
                   else int((ints or {}).get(i, int_value))
                   for i, a in enumerate(fn.args) if not a.type.is_pointer}
        v_scalar = {i: float(rng.uniform(-1, 1)) for i in active}
        v_array = {i: [float(rng.uniform(-1, 1)) for f in memories[i].floats
                       if f[0] is memories[i]] for i in dup}

        def gradient(step):
            """(adjoints of the Active scalars, shadows of the arrays) at x + step * v."""
            saved = {i: m.snapshot() for i, m in memories.items()}
            args = []
            for i in range(len(fn.args)):
                if i in memories:
                    m = memories[i]
                    if i in v_array:
                        for (mm, at, dt), d in zip([f for f in m.floats if f[0] is m],
                                                   v_array[i]):
                            view = m._view(m.primal, at, dt)
                            view[0] = float(view[0]) + step * d
                    args.append(m.primal)
                    if i in dup:
                        shadow = np.zeros_like(m.shadow)
                        _fill_shadow(m, shadow, [0.0] * len(v_array[i]))
                        args.append(shadow)
                else:
                    args.append(scalars[i] + step * v_scalar.get(i, 0.0)
                                if i in v_scalar else scalars[i])
            if return_active:
                args.append(1.0)
            result = grad(*args)
            outs = list(result) if isinstance(result, tuple) else []
            k = 0
            for i in range(len(fn.args)):
                if i in memories:
                    k += 1
                    if i in dup:
                        outs.extend(float(x) for x in _read_shadow(memories[i], args[k]))
                        k += 1
                else:
                    k += 1
            for i, m in memories.items():
                m.restore(saved[i])
            return outs

        single = fn.return_type == T.FLOAT or any(
            dt == np.float32 for m in memories.values() for _, _, dt in m.floats) or any(
            a.type == T.FLOAT for a in fn.args)
        step = 1e-2 if single else 1e-5
        fd = [(p - q) / (2 * step) for p, q in zip(gradient(step), gradient(-step))]
        # forward over reverse at x, direction v
        args, shadows = [], {}
        for i in range(len(fn.args)):
            if i in memories:
                m = memories[i]
                args.append(m.primal)
                if i in dup:
                    tangent = np.zeros_like(m.shadow)
                    _fill_shadow(m, tangent, v_array[i])
                    args.append(tangent)
                    shadow, shadow_tangent = np.zeros_like(m.shadow), np.zeros_like(m.shadow)
                    _fill_shadow(m, shadow, [0.0] * len(v_array[i]))
                    _fill_shadow(m, shadow_tangent, [0.0] * len(v_array[i]))
                    args += [shadow, shadow_tangent]
                    shadows[i] = shadow_tangent
            else:
                args.append(scalars[i])
                if i in v_scalar:
                    args.append(v_scalar[i])
        if return_active:
            args.append(1.0)
        result = hess(*args)
        got = list(result) if isinstance(result, tuple) else ([] if result is None
                                                              else [result])
        for i in dup:
            got.extend(float(x) for x in _read_shadow(memories[i], shadows[i]))
        tolerance = rtol or (5e-2 if single else 1e-5)
        for index, (a, b) in enumerate(zip(got, fd)):
            _row(report, f"(H v)[{index}]", a, b, tolerance)
    return report
