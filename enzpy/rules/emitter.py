"""A type-generic emitter for derivative rules: ``e.cos(x)`` emits the f32, f64 or vector
variant of cosine at the builder's insertion point.

Rules are written once against this interface; the AD engine hands them an ``Emitter``
positioned where the derivative code goes.  Python numbers are accepted wherever a value is,
and become constants of the rule's float type.
"""


from ..ir import types as T
from ..ir.builder import Builder, const, declare
from ..ir.values import Value

__all__ = ["Emitter", "Lazy"]


class Lazy:
    """A value computed on first use (a call's result, which most rules never need)."""

    def __init__(self, make):
        self.make = make
        self.value = None

    def resolve(self):
        if self.value is None:
            self.value = self.make()
        return self.value


class LazyList:
    """A list whose items are computed on first access (a call's arguments as the reverse
    sweep looks them up: only those a partial uses)."""

    def __init__(self, makers):
        self.makers, self.values = makers, {}

    def __getitem__(self, index):
        if index not in self.values:
            self.values[index] = self.makers[index]()
        return self.values[index]

    def __len__(self):
        return len(self.makers)

    def __iter__(self):
        return (self[i] for i in range(len(self)))


_SUFFIX = {"float": "f32", "double": "f64", "half": "f16", "x86_fp80": "f80", "fp128": "f128"}


def intrinsic_suffix(ty):
    """``f64`` for double, ``v4f64`` for <4 x double> (LLVM's overloaded-intrinsic names)."""
    if isinstance(ty, T.VectorType):
        return f"v{ty.count}{_SUFFIX[ty.element.kind]}"
    return _SUFFIX[ty.kind]


def _scalar_const(ty, c):
    return const(ty, c)


class Emitter:
    """Emits float arithmetic of one type ``ty`` (a float or vector-of-float type)."""

    def __init__(self, builder, module, ty):
        assert isinstance(builder, Builder)
        self.b = builder
        self.module = module
        self.ty = ty
        self._recips = {}           # value -> 1 / value, emitted once

    # values ---------------------------------------------------------------------------------
    def value(self, x):
        if isinstance(x, Lazy):
            return x.resolve()
        return x if isinstance(x, Value) else self.const(x)

    def const(self, c):
        """The constant ``c`` of the emitter's type (splatted for vectors)."""
        if isinstance(self.ty, T.VectorType):
            from ..ir.values import Splat
            return Splat(self.ty, _scalar_const(self.ty.element, c))
        return _scalar_const(self.ty, c)

    def zero(self):
        return self.const(0.0)

    def one(self):
        return self.const(1.0)

    # arithmetic -----------------------------------------------------------------------------
    def add(self, a, b):
        return self.b.fadd(self.value(a), self.value(b))

    def sub(self, a, b):
        return self.b.fsub(self.value(a), self.value(b))

    def mul(self, a, b):
        return self.b.fmul(self.value(a), self.value(b))

    def div(self, a, b):
        return self.b.fdiv(self.value(a), self.value(b))

    def neg(self, a):
        return self.b.fneg(self.value(a))

    def fcmp(self, predicate, a, b):
        return self.b.fcmp(predicate, self.value(a), self.value(b))

    def select(self, cond, a, b):
        return self.b.select(cond, self.value(a), self.value(b))

    # calls ----------------------------------------------------------------------------------
    def intrinsic(self, name, *args):
        """Call ``llvm.<name>.<suffix>`` on values of the emitter's type."""
        fnty = T.FunctionType(self.ty, (self.ty,) * len(args))
        fn = declare(self.module, f"llvm.{name}.{intrinsic_suffix(self.ty)}", fnty)
        return self.b.call(fn, [self.value(a) for a in args])

    def libm(self, name, *args):
        """Call the C library function ``name`` (``namef`` for float); vectors are handled
        element by element."""
        ty = self.ty
        if isinstance(ty, T.VectorType):
            out = None
            from ..ir.values import Poison
            out = Poison(ty)
            scalar = Emitter(self.b, self.module, ty.element)
            for k in range(ty.count):
                elems = [self.b.extractelement(self.value(a), k) for a in args]
                out = self.b.insertelement(out, scalar.libm(name, *elems), k)
            return out
        symbol = name + ("f" if ty.kind == "float" else "l" if ty.kind == "x86_fp80" else "")
        fn = declare(self.module, symbol, T.FunctionType(ty, (ty,) * len(args)))
        return self.b.call(fn, [self.value(a) for a in args])

    def sqrt(self, x):
        return self.intrinsic("sqrt", x)

    def sin(self, x):
        return self.intrinsic("sin", x)

    def cos(self, x):
        return self.intrinsic("cos", x)

    def tan(self, x):
        return self.intrinsic("tan", x)

    def exp(self, x):
        return self.intrinsic("exp", x)

    def log(self, x):
        return self.intrinsic("log", x)

    def fabs(self, x):
        return self.intrinsic("fabs", x)

    def pow(self, x, y):
        return self.intrinsic("pow", x, y)

    def copysign(self, x, y):
        return self.intrinsic("copysign", x, y)

    def from_int(self, n):
        """An integer value converted to the emitter's float type (``sitofp``)."""
        ty = self.ty
        if isinstance(ty, T.VectorType) and not isinstance(n.type, T.VectorType):
            scalar = self.b.cast("sitofp", n, ty.element)
            from ..ir.values import Poison
            out = self.b.insertelement(Poison(ty), scalar, 0)
            from ..ir.values import ZeroInitializer
            mask = ZeroInitializer(T.VectorType(ty.count, T.I32))
            return self.b._make("shufflevector", ty, [out, Poison(ty), mask])
        return self.b.cast("sitofp", n, ty)

    # helpers of the math table (enzpy.rules.math) ------------------------------------------
    def square(self, x):
        return self.mul(x, x)

    def recip(self, x):
        """``1 / x``, emitted once per value (a row's partials may share it)."""
        if x not in self._recips:
            self._recips[x] = self.div(1.0, x)
        return self._recips[x]

    def scaled(self, x, partial):
        """``x * partial``; a partial of 1 or -1 (Python numbers) emits no product."""
        if not isinstance(partial, (Value, Lazy)):
            if partial == 1:
                return x
            if partial == -1:
                return self.b.fneg(x)
        return self.b.fmul(x, self.value(partial))

    def sinh(self, x):
        return self.intrinsic("sinh", x)

    def cosh(self, x):
        return self.intrinsic("cosh", x)

    def trunc(self, x):
        return self.intrinsic("trunc", x)

    def roundeven(self, x):
        return self.intrinsic("roundeven", x)

    def hypot(self, x, y):
        return self.libm("hypot", x, y)

    def _with_int(self, name, x, n):
        """``llvm.<name>.<float suffix>.<int suffix>(x, n)`` (powi, ldexp)."""
        ity = n.type
        isuffix = f"v{ity.count}i{ity.element.bits}" if isinstance(ity, T.VectorType) \
            else f"i{ity.bits}"
        fnty = T.FunctionType(self.ty, (self.ty, ity))
        fn = declare(self.module, f"llvm.{name}.{intrinsic_suffix(self.ty)}.{isuffix}", fnty)
        return self.b.call(fn, [self.value(x), n])

    def powi(self, x, n):
        """``x ** n`` for an integer ``n`` (scalar, also for vector ``x``), by ``llvm.powi``."""
        return self._with_int("powi", x, n)

    def ldexp(self, x, n):
        """``x * 2 ** n`` for an integer ``n`` (a vector of them for vector ``x``)."""
        return self._with_int("ldexp", x, n)
