"""Nothing leaks: every block the gradient allocates (tape record arrays, shadow allocations,
the function's own temporaries) is freed by the time it returns."""

import ctypes
import pathlib

import numpy as np
import pytest

import enzpy.rules  # noqa: F401
from enzpy.ad.prepare import prepare
from enzpy.ad.reverse import differentiate_reverse
from enzpy.check import default_activities
from enzpy.jit import get_engine
from enzpy.jit.boxed import BoxedCall, add_boxed_wrapper
from enzpy.ir.layout import DataLayout

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIBC = ctypes.CDLL(None)
for _name, _res, _args in (("malloc", ctypes.c_void_p, [ctypes.c_size_t]),
                           ("calloc", ctypes.c_void_p, [ctypes.c_size_t, ctypes.c_size_t]),
                           ("realloc", ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_size_t]),
                           ("free", None, [ctypes.c_void_p])):
    getattr(LIBC, _name).restype = _res
    getattr(LIBC, _name).argtypes = _args


class Allocations:
    """Counting replacements for malloc, calloc, realloc and free."""

    def __init__(self):
        self.live = set()
        self.count = 0
        self.errors = []             # (raising in a ctypes callback would only print)
        self.callbacks = {
            "malloc": ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_size_t)(self.malloc),
            "calloc": ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_size_t,
                                       ctypes.c_size_t)(self.calloc),
            "realloc": ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p,
                                        ctypes.c_size_t)(self.realloc),
            "free": ctypes.CFUNCTYPE(None, ctypes.c_void_p)(self.free),
        }

    def _new(self, p):
        self.live.add(p)
        self.count += 1
        return p

    def malloc(self, n):
        return self._new(LIBC.malloc(n))

    def calloc(self, n, m):
        return self._new(LIBC.calloc(n, m))

    def realloc(self, p, n):
        if p:
            self.live.discard(p)
        return self._new(LIBC.realloc(p, n))

    def free(self, p):
        if p and p not in self.live:
            self.errors.append(f"free of {p:#x}, which is not a live block")
            return                       # (the caller's memory, or freed twice: keep it)
        self.live.discard(p)
        LIBC.free(p)

    def symbols(self):
        return {name: ctypes.cast(cb, ctypes.c_void_p).value
                for name, cb in self.callbacks.items()}


CASES = [("heat_stencil", "heat_solve", 6, {}), ("calloc_realloc", "growing_products", 9, {}),
         ("malloc_temp", "smooth_energy", 8, {}), ("newton_sqrt", "newton_sqrt", 1, {}),
         ("matmul", "matmul", 4, {}), ("rk4_pendulum", "pendulum", 1, {4: 50}),
         ("gmm_objective", "gmm_objective", 64, {}), ("tree_sum", "tree_sum", 1, {}),
         # frees in a branch / in a loop of a pointer that may be the caller's array
         ("conditional_free", "maybe_copied_energy", 5, {1: 5, 2: 1}),
         ("conditional_free", "maybe_copied_energy", 5, {1: 5, 2: 0}),
         ("conditional_free", "alternating_copies", 5, {1: 5, 2: 5})]


@pytest.mark.parametrize("sample,name,length,ints", CASES,
                         ids=[f"{c[1]}-{c[3]}" if c[3] else c[1] for c in CASES])
def test_gradient_frees_everything_it_allocates(sample, name, length, ints):
    text = (ROOT / "ir_samples" / "c" / f"{sample}.O2.ll").read_text()
    module = prepare(text, name)
    fn = module.get_function(name)
    acts = default_activities(fn)
    diffe = differentiate_reverse(module, name, acts)
    wrapper = add_boxed_wrapper(module, diffe)
    allocations = Allocations()
    compiled = get_engine().compile(str(module), opt=2, symbols=allocations.symbols())
    call = BoxedCall(compiled.address(wrapper.name), diffe.function_type,
                     DataLayout.of(module))
    rng = np.random.default_rng(0)
    args = []
    for arg in fn.args:
        if arg.type.is_pointer:
            data = rng.uniform(0.5, 1.5, 64)
            args += [data, np.zeros(64)]
        elif arg.type.is_int:
            args.append(ints.get(fn.args.index(arg), 4))
        else:
            args.append(0.7)
    if fn.return_type.is_float:
        args.append(1.0)
    if name == "tree_sum":
        args[0] = args[1] = None         # an empty tree: nothing but the call itself
    for _ in range(3):
        call(*args)
    assert not allocations.errors, allocations.errors
    assert not allocations.live, f"{len(allocations.live)} blocks leaked"
    if name != "tree_sum":
        assert allocations.count > 0, "the counting allocator was not used"
