"""Memory effects of external calls whose behaviour is known: which pointer arguments they
read and which one they write.

Activity analysis uses them instead of its default for unknown calls (every pointer argument
read and written, every varied input reaching every output), and reverse mode to know which
memory a function overwrites.  Numba's BLAS helpers (``np.dot`` and ``@``) read their
operands, alpha and beta, and write only their output (read too, scaled by beta);
``numba_xxnrm2`` (``np.linalg.norm`` of a vector) reads its vector.
"""

__all__ = ["CALL_EFFECTS", "call_effects"]

# callee -> (argument positions read, argument position written)
CALL_EFFECTS = {
    "numba_xxdot": ((3, 4), 5),                     # kind, conj, n, x, y, *result
    "numba_xxgemv": ((4, 5, 7, 8, 9), 9),           # kind, trans, m, n, *alpha, A, lda, x,
                                                    # *beta, y
    "numba_xxgemm": ((6, 7, 9, 11, 12), 12),        # kind, ta, tb, m, n, k, *alpha, A, lda,
                                                    # B, ldb, *beta, C, ldc
    "numba_xxnrm2": ((2,), 4),                      # kind, n, x, incx, *result
}


def call_effects(name):
    """``(read positions, written position)`` of a call to ``name``, or None if unknown."""
    return CALL_EFFECTS.get(name)
