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

    @property
    def ok(self):
        return all(r.ok for r in self.rows)

    @property
    def max_error(self):
        return max((r.error for r in self.rows), default=0.0)

    def table(self, limit=40):
        """A plain-text table of the comparisons (failures first)."""
        rows = sorted(self.rows, key=lambda r: (r.ok, -r.error))[:limit]
        out = [f"{'input':<16} {'reverse mode':>22} {'finite difference':>22} {'rel. error':>10}"]
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


def _pointee_dtype(types, arg):
    pointee = types.pointee(arg)
    kinds = {ct.float_kind for path, ct in pointee.items() if len(path) == 1 and ct.is_float}
    others = {ct.kind for path, ct in pointee.items() if len(path) == 1 and not ct.is_float}
    if len(kinds) > 1 or others - {"Anything"}:
        raise EnzpyError(f"enzpy check only fills arrays of one float type; argument "
                         f"%{arg.name or fn_arg_index(arg)} points to {pointee}")
    kind = kinds.pop() if kinds else "double"
    return {"double": np.float64, "float": np.float32}.get(kind, np.float64)


def fn_arg_index(arg):
    return arg.function.args.index(arg)


def check_reverse(text, fn_name, activities=None, length=24, ints=None, points=2, seed=0,
                  opt=2, rtol=None, int_value=4):
    """Differentiate ``fn_name`` in ``text`` and compare with finite differences.

    Arrays have ``length`` elements; integer arguments are ``int_value`` unless ``ints``
    ({argument index: value}) says otherwise."""
    from .ad.prepare import prepare
    from .ad.reverse import differentiate_reverse
    module = prepare(text, fn_name)
    fn = module.get_function(fn_name)
    acts = list(activities) if activities is not None else default_activities(fn)
    acts = [a if isinstance(a, ArgActivity) else ArgActivity.parse(a) for a in acts]
    types = TypeAnalysis(module).analyze(fn)
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
    dtypes = {}
    single = return_active and fn.return_type.scalar == T.FLOAT
    for index, (arg, act) in enumerate(zip(fn.args, acts)):
        if arg.type.is_pointer:
            dtypes[index] = _pointee_dtype(types, arg)
            single |= dtypes[index] == np.float32 and act in (ArgActivity.DUP,
                                                             ArgActivity.DUP_NONEED)
        elif act is ArgActivity.ACTIVE:
            single |= arg.type == T.FLOAT
    rtol = rtol or (3e-2 if single else 2e-6)
    for _ in range(points):
        report.points += 1
        _check_point(fn, acts, dtypes, primal, gradient, rng, length,
                     {i: ints.get(i, int_value) if ints else int_value
                      for i in range(len(fn.args))}, report, return_active, rtol)
    return report


def _inputs(fn, acts, dtypes, rng, length, ints):
    values = []
    for index, (arg, act) in enumerate(zip(fn.args, acts)):
        if arg.type.is_pointer:
            values.append(rng.uniform(0.5, 1.5, length).astype(dtypes[index]))
        elif isinstance(arg.type.scalar, T.FloatType):
            values.append(float(rng.uniform(0.5, 1.5)))
        else:
            values.append(int(ints[index]))
    return values


def _objective(fn, acts, primal, values, seed, weights, return_active):
    copies = [v.copy() if isinstance(v, np.ndarray) else v for v in values]
    result = primal(*copies)
    total = seed * float(result) if return_active else 0.0
    for index, w in weights.items():
        total += float(np.dot(w.astype(np.float64), copies[index].astype(np.float64)))
    return total


def _check_point(fn, acts, dtypes, primal, gradient, rng, length, ints, report,
                 return_active, rtol):
    values = _inputs(fn, acts, dtypes, rng, length, ints)
    seed = float(rng.uniform(0.5, 1.5))
    weights = {i: rng.uniform(0.5, 1.5, length).astype(dtypes[i])
               for i, act in enumerate(acts) if act in (ArgActivity.DUP, ArgActivity.DUP_NONEED)}
    call_args, shadows = [], {}
    for index, (value, act) in enumerate(zip(values, acts)):
        call_args.append(value.copy() if isinstance(value, np.ndarray) else value)
        if act in (ArgActivity.DUP, ArgActivity.DUP_NONEED):
            shadows[index] = weights[index].copy()
            call_args.append(shadows[index])
    if return_active:
        call_args.append(seed)
    result = gradient(*call_args)
    adjoints = list(result) if isinstance(result, tuple) else []
    single = any(isinstance(v, np.ndarray) and v.dtype == np.float32 for v in values) or \
        fn.return_type == T.FLOAT or any(a.type == T.FLOAT for a in fn.args)
    step = 1e-3 if single else 1e-6

    def fd(index, element=None):
        plus = [v.copy() if isinstance(v, np.ndarray) else v for v in values]
        minus = [v.copy() if isinstance(v, np.ndarray) else v for v in values]
        if element is None:
            h = step * max(1.0, abs(values[index]))
            plus[index] += h
            minus[index] -= h
        else:
            h = step * max(1.0, abs(float(values[index][element])))
            plus[index][element] += h
            minus[index][element] -= h
        jp = _objective(fn, acts, primal, plus, seed, weights, return_active)
        jm = _objective(fn, acts, primal, minus, seed, weights, return_active)
        return (jp - jm) / (2 * h)

    active_iter = iter(adjoints)
    for index, (arg, act) in enumerate(zip(fn.args, acts)):
        name = arg.name or str(index)
        if act is ArgActivity.ACTIVE:
            _row(report, f"%{name}", float(next(active_iter)), fd(index), rtol)
        elif act in (ArgActivity.DUP, ArgActivity.DUP_NONEED):
            for k in range(length):
                _row(report, f"%{name}[{k}]", float(shadows[index][k]), fd(index, k), rtol)


def _row(report, name, derivative, finite, rtol):
    error = abs(derivative - finite) / max(1.0, abs(finite))
    report.rows.append(CheckRow(name, derivative, finite, error, error <= rtol))
