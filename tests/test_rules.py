"""The math rule table, tested from the table itself: every row, every symbol form it matches
(``sin``/``sinf``/``sinl``, ``llvm.sin.f64``/``.f32``/``.v4f64``), against central finite
differences of the primal, through the JIT.  A new row is picked up automatically; it only
needs an entry in ``DOMAINS`` when (-2, 2) is not inside its domain.

For each form one module holds ``@primal(ptr fin, ptr iin, ptr out)`` (the call on arguments
loaded from ``fin``/``iin``, result stored to ``out``) and ``@partials`` (the same call, then
every partial of the row written with an Emitter, stored to ``out[k]``).  Memory holds
doubles for f64, x86_fp80 (extended on load, truncated on store) and <4 x double>, floats
for f32.
"""

import math
import zlib

import mpmath
import numpy as np
import pytest

from enzpy.ir import (DOUBLE, FLOAT, I8, I32, PTR, VOID, X86_FP80, Builder, Function,
                      FunctionType, Instruction, Module, StructType, VectorType, declare)
from enzpy.jit import get_engine
from enzpy.rules import RULES, ZERO, Rule, lookup, lookup_instruction
from enzpy.rules.emitter import Emitter

V4F64 = VectorType(4, DOUBLE)

# Sampling interval of each argument (per row; default (-2, 2) for every float argument).
DEFAULT = (-2.0, 2.0)
DOMAINS = {
    "tan": [(-1.2, 1.2)],
    "asin": [(-0.9, 0.9)], "acos": [(-0.9, 0.9)], "atanh": [(-0.9, 0.9)],
    "acosh": [(1.1, 4.0)],
    "atan2": [(0.3, 2.0), (-2.0, 2.0)],           # away from the branch cut y = 0, x < 0
    "log": [(0.1, 4.0)], "log2": [(0.1, 4.0)], "log10": [(0.1, 4.0)], "log1p": [(-0.8, 3.0)],
    "sqrt": [(0.1, 4.0)], "cbrt": [(0.2, 4.0)],
    "pow": [(0.2, 3.0), (-2.0, 2.5)],
    "powi": [(0.3, 2.0), None],
    "hypot": [(0.2, 2.0), (-2.0, -0.2)],
    "fmod": [(-5.0, 5.0), (0.5, 2.0)], "remainder": [(-5.0, 5.0), (0.5, 2.0)],
    "frem": [(-5.0, 5.0), (0.5, 2.0)], "fdiv": [(-2.0, 2.0), (0.3, 2.0)],
    "floor": [(-3.0, 3.0)], "ceil": [(-3.0, 3.0)], "trunc": [(-3.0, 3.0)],
    "round": [(-3.0, 3.0)], "roundeven": [(-3.0, 3.0)], "rint": [(-3.0, 3.0)],
    "nearbyint": [(-3.0, 3.0)],
    "lgamma": [(0.1, 5.0)], "tgamma": [(0.1, 5.0)],   # more: test_gamma_functions_at_...
    "modf": [(-3.0, 3.0)],
}
# Integer arguments (the rows' None partials) and their sampling ranges.
INT_ARGS = {"powi": {1: (-3, 4)}, "ldexp": {1: (-6, 6)}}
# Pointer arguments (the other None partials) and the type the function writes through them
OUT_POINTERS = {"frexp": {1: I32}}
SCALAR_INT_IN_VECTOR = {"powi"}          # llvm.powi.v4f64.i32; llvm.ldexp.v4f64.v4i32

# What the table must cover (issue 4, item 1): nothing may be silently missing.
INTRINSICS = """sin cos tan asin acos atan atan2 sinh cosh tanh exp exp2 exp10 log log2 log10
    pow powi sqrt fabs fma fmuladd minnum maxnum minimum maximum minimumnum maximumnum
    copysign floor ceil trunc round roundeven rint nearbyint ldexp modf""".split()
LIBM = """sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh exp exp2 exp10
    expm1 log log2 log10 log1p pow sqrt cbrt hypot erf erfc fmax fmin fabs fmod fdim
    remainder copysign ldexp scalbn fma floor ceil trunc round roundeven rint
    nearbyint lgamma tgamma frexp""".split()
# modf(x, &i) becomes llvm.modf before AD (enzpy.ad.prepare)
NOT_IN_TABLE = ["lgamma_r", "sinx", "sincos", "modf", "llvm.frexp.f64.i32", "llvm.asinh.f64",
                "llvm.erf.f64", "llvm.log1p.f64", "llvm.foo.f64", "llvm.memcpy.p0.p0.i64",
                "llvm.lround.i64.f64", "", "__foo_finite"]


# -- the forms of a row ------------------------------------------------------------------------
def _int_type(rule, ty):
    if isinstance(ty, VectorType) and rule.name not in SCALAR_INT_IN_VECTOR:
        return VectorType(ty.count, I32)
    return I32


def _suffix(ty):
    if isinstance(ty, VectorType):
        return f"v{ty.count}{_suffix(ty.element)}"
    return {"float": "f32", "double": "f64", "x86_fp80": "f80"}.get(str(ty), f"i{ty.bits}")


def _result_type(rule, ty):
    """The call's result type: ``{ty, ty}`` for a row with ``result_field`` (llvm.modf)."""
    return ty if rule.result_field is None else StructType((ty, ty))


def forms(rule):
    """(symbol, float type) for every symbol form of ``rule`` we can call (an instruction
    row: its opcode, on each type)."""
    out = []
    if rule.instruction:
        return [(rule.name, ty) for ty in (DOUBLE, FLOAT, V4F64)]
    if rule.libm:
        for name in (rule.name,) + tuple(rule.aliases):
            out += [(name, DOUBLE), (name + "f", FLOAT)]
            if not name.startswith("numba_"):         # Numba's helpers have no long double
                out.append((name + "l", X86_FP80))
    if rule.intrinsic:
        for ty in (DOUBLE, FLOAT, V4F64):
            ints = "".join(f".{_suffix(_int_type(rule, ty))}" for p in rule.partials if p is None)
            out.append((f"llvm.{rule.name}.{_suffix(ty)}{ints}", ty))
    return out


CASES = [(rule, symbol, ty) for rule in RULES.values() for symbol, ty in forms(rule)]


# -- building and running ----------------------------------------------------------------------
class Form:
    """The compiled primal and partials of one (row, symbol, type)."""

    def __init__(self, rule, symbol, ty):
        self.rule, self.symbol, self.ty = rule, symbol, ty
        self.arity = len(rule.partials)
        self.lanes = ty.count if isinstance(ty, VectorType) else 1
        self.dtype = np.float32 if ty == FLOAT else np.float64
        scalar = ty.element if isinstance(ty, VectorType) else ty
        self.memory_type = DOUBLE if scalar == X86_FP80 else ty
        self.int_type = _int_type(rule, ty)
        self.pointers = OUT_POINTERS.get(rule.name, {})
        self.compiled = get_engine().compile(self._module(), opt=0, name=symbol)
        self.primal = self.compiled.function("primal")
        self.partials = self.compiled.function("partials")

    def is_int(self, k):
        return self.rule.partials[k] is None and k not in self.pointers

    def _module(self):
        module = Module()
        params = tuple(PTR if k in self.pointers else self.int_type if self.is_int(k) else
                       self.ty for k in range(self.arity))
        if not self.rule.instruction:
            callee = declare(module, self.symbol,
                             FunctionType(_result_type(self.rule, self.ty), params))
        width = self.lanes * np.dtype(self.dtype).itemsize
        for name in ("primal", "partials"):
            fn = module.add_function(Function(name, FunctionType(VOID, (PTR, PTR, PTR)),
                                              ["fin", "iin", "out"]))
            b = Builder(fn.append_block("entry"))
            fin, iin, out = fn.args
            args = []
            for k, ptype in enumerate(params):
                if k in self.pointers:              # a slot the function writes
                    args.append(b.alloca(self.pointers[k]))
                    continue
                if self.is_int(k):
                    args.append(b.load(ptype, b.gep(I8, iin, [4 * self.lanes * k]), align=4))
                    continue
                v = b.load(self.memory_type, b.gep(I8, fin, [width * k]),
                           align=np.dtype(self.dtype).itemsize)
                args.append(v if self.memory_type == self.ty else b.cast("fpext", v, self.ty))
            y = b.insert(Instruction(self.symbol, self.ty, args)) if self.rule.instruction \
                else b.call(callee, args)
            if self.rule.result_field is not None:
                y = b.extractvalue(y, [self.rule.result_field])

            def store(value, k):
                if self.memory_type != self.ty:
                    value = b.cast("fptrunc", value, self.memory_type)
                b.store(value, b.gep(I8, out, [width * k]), align=np.dtype(self.dtype).itemsize)

            if name == "primal":
                store(y, 0)
            else:
                e = Emitter(b, module, self.ty)
                for k, partial in enumerate(self.rule.partials):
                    store(e.zero() if partial in (None, ZERO) else
                          e.value(partial(e, args, y)), k)
            b.ret()
        return str(module)

    def _call(self, fn, x, n, count):
        x = np.ascontiguousarray(x, dtype=self.dtype)
        n = np.ascontiguousarray(n, dtype=np.int32)
        out = np.zeros((count, self.lanes), dtype=self.dtype)
        fn(x.ctypes.data, n.ctypes.data, out.ctypes.data)
        return out.astype(np.float64)

    def f(self, x, n):
        """The primal at float arguments ``x`` (arity × lanes) and integer arguments ``n``."""
        return self._call(self.primal, x, n, 1)[0]

    def df(self, x, n):
        return self._call(self.partials, x, n, self.arity)


# -- finite differences ------------------------------------------------------------------------
def _domain(rule, k):
    domains = DOMAINS.get(rule.name, [])
    return domains[k] if k < len(domains) and domains[k] is not None else DEFAULT


def _sample(form, rng):
    x = np.zeros((form.arity, form.lanes), dtype=form.dtype)
    n = np.zeros((form.arity, form.lanes), dtype=np.int32)
    for k in range(form.arity):
        if form.is_int(k):
            lo, hi = INT_ARGS[form.rule.name][k]
            n[k] = rng.integers(lo, hi + 1, size=1 if form.int_type == I32 else form.lanes)
        else:
            lo, hi = _domain(form.rule, k)
            x[k] = rng.uniform(lo, hi, size=form.lanes)
    return x, n


def finite_differences(form, x, n):
    """Central differences of the primal per float argument, or None when the primal is not
    smooth at this scale around ``x`` (a jump or a kink within the step: the one-sided
    differences disagree), or not finite."""
    step = 4e-3 if form.dtype == np.float32 else 1e-5
    fx = form.f(x, n)
    if not np.all(np.isfinite(fx)):
        return None, fx
    fd = np.zeros((form.arity, form.lanes))
    for k in range(form.arity):
        if form.rule.partials[k] is None:             # an integer or a pointer
            continue
        h = step * np.maximum(1.0, np.abs(x[k].astype(np.float64)))
        xp, xm = x.copy(), x.copy()
        xp[k] = (x[k] + h).astype(form.dtype)
        xm[k] = (x[k] - h).astype(form.dtype)
        fp, fm = form.f(xp, n), form.f(xm, n)
        dp = xp[k].astype(np.float64) - x[k]
        dm = x[k].astype(np.float64) - xm[k]
        forward, backward = (fp - fx) / dp, (fx - fm) / dm
        central = (fp - fm) / (dp + dm)
        if not np.all(np.abs(forward - backward) <= 0.2 * np.maximum(1.0, np.abs(central))):
            return None, fx
        fd[k] = central
    return fd, fx


_FORMS = {}


def _form(rule, symbol, ty):
    key = (rule.name, symbol, str(ty))
    if key not in _FORMS:
        _FORMS[key] = Form(rule, symbol, ty)
    return _FORMS[key]


@pytest.mark.parametrize("rule, symbol, ty", CASES,
                         ids=[f"{r.name}-{s}" for r, s, _ in CASES])
def test_partials_match_finite_differences(rule, symbol, ty):
    assert (lookup_instruction(symbol) if rule.instruction else lookup(symbol)) is rule
    form = _form(rule, symbol, ty)
    rtol = 1e-2 if form.dtype == np.float32 else 1e-6
    rng = np.random.default_rng(zlib.crc32(symbol.encode()))
    checked = 0
    for _ in range(60):
        x, n = _sample(form, rng)
        fd, fx = finite_differences(form, x, n)
        if fd is None:
            continue
        partials = form.df(x, n)
        for k, partial in enumerate(rule.partials):
            if partial is None:
                continue
            if partial is ZERO:       # piecewise constant: exactly flat at smooth points
                assert np.all(fd[k] == 0.0), (symbol, k, x, fd[k])
                continue
            tol = rtol * np.abs(fd[k]) + rtol * 1e-2 * np.maximum(1.0, np.abs(fx))
            assert np.all(np.abs(partials[k] - fd[k]) <= tol), \
                f"{symbol} d/da[{k}] at a={x.tolist()} n={n.tolist()}: " \
                f"rule {partials[k]} vs finite differences {fd[k]}"
        checked += 1
        if checked == 5:
            break
    assert checked == 5, f"{symbol}: too few smooth sample points in its domain"


# -- the table's shape -------------------------------------------------------------------------
def test_rows_are_well_formed():
    for name, rule in RULES.items():
        assert isinstance(rule, Rule) and rule.name == name
        assert rule.partials and (rule.libm or rule.intrinsic or rule.instruction), name
        assert not (rule.instruction and (rule.libm or rule.intrinsic)), name
        for p in rule.partials:
            assert p is None or p is ZERO or callable(p), (name, p)
        # None partials are exactly the integer and pointer arguments
        ints = {k for k, p in enumerate(rule.partials) if p is None}
        assert ints == set(INT_ARGS.get(name, {})) | set(OUT_POINTERS.get(name, {})), name


@pytest.mark.parametrize("name", LIBM)
def test_lookup_covers_libm(name):
    for symbol in (name, name + "f", name + "l", f"__{name}_finite", f"__{name}f_finite"):
        rule = lookup(symbol)
        assert rule is not None, f"no rule for {symbol}"
        assert rule.libm and name in (rule.name,) + tuple(rule.aliases)


@pytest.mark.parametrize("name", INTRINSICS)
def test_lookup_covers_intrinsics(name):
    rule = RULES.get(name)
    assert rule is not None and rule.intrinsic, f"no intrinsic row {name}"
    for ty in (DOUBLE, FLOAT, V4F64, VectorType(8, FLOAT), X86_FP80):
        ints = "".join(f".{_suffix(_int_type(rule, ty))}" for p in rule.partials if p is None)
        assert lookup(f"llvm.{name}.{_suffix(ty)}{ints}") is rule


def test_lookup_unknown_names():
    for symbol in NOT_IN_TABLE:
        assert lookup(symbol) is None, symbol
    assert lookup("numba_gamma") is RULES["tgamma"] and lookup("numba_gammaf") is RULES["tgamma"]
    assert lookup("numba_ldexp") is RULES["ldexp"]
    assert lookup("numba_frexp") is RULES["frexp"] and lookup("llvm.modf.f32") is RULES["modf"]
    assert lookup("sinf") is RULES["sin"] and lookup("llvm.sin.f32") is RULES["sin"]
    assert lookup("llvm.sin.v4f64") is RULES["sin"]
    assert lookup("llvm.powi.f64.i32") is RULES["powi"]
    assert lookup("__exp_finite") is RULES["exp"]
    assert lookup("fmax") is RULES["fmax"] and lookup("llvm.maxnum.f64") is RULES["maxnum"]


# -- documented choices at singular points -----------------------------------------------------
def _at(name, symbol, ty, *args, ints=()):
    form = _form(RULES[name], symbol, ty)
    x = np.zeros((form.arity, 1))
    n = np.zeros((form.arity, 1), dtype=np.int32)
    floats = iter(args)
    for k in range(form.arity):
        if form.is_int(k):
            n[k] = ints[0]
        elif k not in form.pointers:
            x[k] = next(floats)
    return [p[0] for p in form.df(x, n)]


@pytest.mark.parametrize("ty", [DOUBLE, FLOAT])
def test_singular_points(ty):
    f = "f" if ty == FLOAT else ""
    sfx = _suffix(ty)
    assert _at("sqrt", f"llvm.sqrt.{sfx}", ty, 0.0) == [0.0]        # not +inf (Enzyme)
    assert _at("sqrt", "sqrt" + f, ty, 0.0) == [0.0]
    assert _at("pow", f"llvm.pow.{sfx}", ty, 0.0, 2.0) == [0.0, 0.0]
    assert _at("pow", "pow" + f, ty, 0.0, 1.0) == [1.0, 0.0]           # Enzyme#2855
    assert _at("pow", "pow" + f, ty, 0.0, 0.5) == [math.inf, 0.0]
    assert _at("pow", "pow" + f, ty, 0.0, 0.0)[0] == 0.0                # pow(x, 0) = 1
    assert _at("pow", "pow" + f, ty, 2.0, 3.0) == [12.0, pytest.approx(8 * math.log(2), 1e-6)]
    assert _at("powi", f"llvm.powi.{sfx}.i32", ty, 0.0, ints=(0,)) == [0.0, 0.0]
    assert _at("powi", f"llvm.powi.{sfx}.i32", ty, 0.0, ints=(1,)) == [1.0, 0.0]
    assert _at("hypot", "hypot" + f, ty, 0.0, 0.0) == [0.0, 0.0]
    assert _at("fabs", "fabs" + f, ty, 0.0) == [1.0]
    assert _at("fabs", "fabs" + f, ty, -0.0) == [1.0]
    assert _at("cbrt", "cbrt" + f, ty, 0.0) == [math.inf]
    for name, symbol in (("fmax", "fmax" + f), ("fmin", "fmin" + f),
                         ("maxnum", f"llvm.maxnum.{sfx}"), ("minimum", f"llvm.minimum.{sfx}"),
                         ("minimumnum", f"llvm.minimumnum.{sfx}")):
        assert _at(name, symbol, ty, 1.5, 1.5) == [1.0, 0.0], symbol      # tie: the first
    assert _at("fmax", "fmax" + f, ty, 1.5, math.nan) == [1.0, 0.0]       # fmax(x, NaN) = x
    assert _at("fmin", "fmin" + f, ty, math.nan, 1.5) == [0.0, 1.0]
    assert _at("fdim", "fdim" + f, ty, 1.0, 1.0) == [0.0, 0.0]
    assert _at("copysign", "copysign" + f, ty, 2.0, -0.0) == [-1.0, 0.0]
    assert _at("fmod", "fmod" + f, ty, -7.0, 2.0) == [1.0, 3.0]
    assert _at("remainder", "remainder" + f, ty, 5.0, 2.0) == [1.0, -2.0]  # ties to even
    for pole in (0.0, -1.0, -2.0):
        assert math.isinf(_at("lgamma", "lgamma" + f, ty, pole)[0])
    assert math.isinf(_at("tgamma", "tgamma" + f, ty, 0.0)[0])
    assert math.isnan(_at("tgamma", "tgamma" + f, ty, -2.0)[0])       # tgamma(-2) is NaN
    assert _at("frexp", "frexp" + f, ty, 3.0) == [0.25, 0.0]       # 3 = 0.75 * 2^2
    assert _at("frexp", "frexp" + f, ty, 0.0) == [1.0, 0.0]
    assert math.isnan(_at("frexp", "frexp" + f, ty, math.inf)[0])
    assert _at("modf", f"llvm.modf.{sfx}", ty, -2.5) == [1.0]


# -- the Emitter's additions -------------------------------------------------------------------
def test_x86_fp80_constants_are_exact():
    values = [1.0, -2.5, 0.1, math.log(2.0), 1e-310, 5e-324, 1.7976931348623157e308, -0.0,
              math.inf, -math.inf, math.nan]
    module = Module()
    fn = module.add_function(Function("c", FunctionType(VOID, (PTR,)), ["out"]))
    b = Builder(fn.append_block("entry"))
    e = Emitter(b, module, X86_FP80)
    for k, v in enumerate(values):
        b.store(b.cast("fptrunc", e.mul(e.const(v), e.one()), DOUBLE),
                b.gep(DOUBLE, fn.args[0], [k]), align=8)
    b.ret()
    out = np.zeros(len(values))
    get_engine().compile(str(module), opt=0).function("c")(out.ctypes.data)
    for got, want in zip(out, values):
        assert (math.isnan(got) and math.isnan(want)) or \
            (got == want and math.copysign(1, got) == math.copysign(1, want))


# -- gamma functions: digamma written out as straight-line code ---------------------------------
GAMMA_POINTS = [-3.7, -2.5, -1.3, -0.5, -0.2, 0.05, 0.3, 0.75, 1.4616321449683623, 2.5, 7.0,
                12.0, 30.0, 1e4, 1e8]
GAMMA_CASES = [case for case in CASES if case[0].name in ("lgamma", "tgamma")]


@pytest.mark.parametrize("rule, symbol, ty", GAMMA_CASES, ids=[s for _, s, _ in GAMMA_CASES])
def test_gamma_functions_at_a_spread_of_points(rule, symbol, ty):
    """Negative non-integers, (0, 1), the minimum of lgamma and large x, against central
    differences (points where the function overflows are left out)."""
    form = _form(rule, symbol, ty)
    rtol = 1e-2 if form.dtype == np.float32 else 1e-6
    checked = 0
    for value in GAMMA_POINTS:
        x, n = np.full((1, 1), value), np.zeros((1, 1), dtype=np.int32)
        fd, fx = finite_differences(form, x.astype(form.dtype), n)
        if fd is None:
            continue
        partial = form.df(x, n)[0]
        tol = rtol * np.abs(fd[0]) + rtol * 1e-2 * np.maximum(1.0, np.abs(fx))
        assert np.all(np.abs(partial - fd[0]) <= tol), (symbol, value, partial, fd[0])
        checked += 1
    assert checked >= 12, symbol


def _digamma_points(dtype, rng):
    big = 300 if dtype == np.float64 else 30
    x = np.concatenate([rng.uniform(-20.0, 0.5, 400), rng.uniform(0.0, 1.0, 200),
                        rng.uniform(0.5, 30.0, 400), 10.0 ** rng.uniform(-big, -1, 200),
                        10.0 ** rng.uniform(1, big, 200),
                        -(10.0 ** rng.uniform(0, big // 20, 200))]).astype(dtype)
    return x[np.abs(x - np.round(x)) > 1e-6].astype(np.float64)     # off the poles


@pytest.mark.parametrize("ty", [DOUBLE, FLOAT])
def test_digamma_accuracy(ty):
    """lgamma's partial, digamma, against mpmath: within 4 ulp of |psi| + ln(|x| + 8) (the
    size of the terms that cancel near the zeros of psi: x = 1.4616..., one between each two
    negative integers), and a relative error below 2e-14 in double (1e-5 in float) where
    |psi| > 0.1 (measured on more points: 2.6 and 1.9 ulp; 9e-15 and 6e-6)."""
    form = _form(RULES["lgamma"], "lgamma" + ("f" if ty == FLOAT else ""), ty)
    x = _digamma_points(form.dtype, np.random.default_rng(3))
    got = np.array([form.df(np.array([[v]]), np.zeros((1, 1), np.int32))[0, 0] for v in x])
    with mpmath.workdps(40):
        want = np.array([float(mpmath.digamma(v)) for v in x])
    error = np.abs(got - want)
    scale = np.abs(want) + np.log(np.abs(x) + 8.0)
    worst = np.argmax(error / scale)
    assert error[worst] <= 4 * np.finfo(form.dtype).eps * scale[worst], x[worst]
    large = np.abs(want) > 0.1
    relative = error[large] / np.abs(want[large])
    assert relative.max() < (2e-14 if ty == DOUBLE else 1e-5), x[large][np.argmax(relative)]
