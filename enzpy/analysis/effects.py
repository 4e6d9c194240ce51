"""Memory effects of external calls whose behaviour is known: which pointer arguments they
read and which ones they write.

Activity analysis uses them instead of its default for unknown calls (every pointer argument
read and written, every varied input reaching every output), and reverse mode to know which
memory a function overwrites.  Numba's BLAS helpers (``np.dot`` and ``@``) read their
operands, alpha and beta, and write only their output (read too, scaled by beta);
``numba_xxnrm2`` (``np.linalg.norm`` of a vector) reads its vector.  The LAPACK helpers of
``np.linalg.solve``, ``inv`` and ``det`` work in place: ``numba_xgesv`` overwrites A with its
LU factors (from A) and B with the solution (from A and B), ``numba_xxgetrf`` overwrites A
with its LU factors, ``numba_ez_xxgetri`` the LU factors with the inverse; gesv and getrf
also write the integer pivots, which carry no derivative.
"""

import typing

from ..ir.nodes import Function

__all__ = ["CALL_EFFECTS", "Effects", "call_effects", "written_arguments"]


class Effects(typing.NamedTuple):
    """``writes``: written float argument position -> the positions its new contents are
    computed from; ``integers``: positions of integer arrays the call also writes."""
    writes: dict
    integers: tuple = ()


CALL_EFFECTS = {
    # kind, conj, n, x, y, *result
    "numba_xxdot": Effects({5: (3, 4)}),
    # kind, trans, m, n, *alpha, A, lda, x, *beta, y
    "numba_xxgemv": Effects({9: (4, 5, 7, 8, 9)}),
    # kind, ta, tb, m, n, k, *alpha, A, lda, B, ldb, *beta, C, ldc
    "numba_xxgemm": Effects({12: (6, 7, 9, 11, 12)}),
    # kind, n, x, incx, *result
    "numba_xxnrm2": Effects({4: (2,)}),
    # kind, n, nrhs, A, lda, ipiv, B, ldb
    "numba_xgesv": Effects({3: (3,), 6: (3, 6)}, (5,)),
    # kind, m, n, A, lda, ipiv
    "numba_xxgetrf": Effects({3: (3,)}, (5,)),
    # kind, n, A, lda, ipiv
    "numba_ez_xxgetri": Effects({2: (2,)}),
}


def call_effects(name):
    """The ``Effects`` of a call to ``name``, or None if unknown."""
    return CALL_EFFECTS.get(name)


def written_arguments(inst):
    """The pointer arguments a call with known effects writes (None for other calls)."""
    callee = inst.callee
    effects = call_effects(callee.name) if isinstance(callee, Function) else None
    return None if effects is None else [inst.args[i] for i in (*effects.writes,
                                                                 *effects.integers)]
