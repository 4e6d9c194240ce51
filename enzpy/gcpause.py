"""Building a derivative creates hundreds of thousands of small objects that reference each
other in cycles (IR values and their use lists, Numba's typed IR).  Python's cyclic collector
would walk that growing heap again and again while it is built (more than 40% of the AD
time of a large Numba function); the builders below run with it paused, and what they leave
behind is collected after."""

import contextlib
import functools
import gc

__all__ = ["gc_paused"]


@contextlib.contextmanager
def _paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def gc_paused(fn):
    """Decorate ``fn`` to run with the cyclic garbage collector paused (restored after, also
    when ``fn`` raises; a collector the caller had disabled stays disabled)."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        with _paused():
            return fn(*args, **kwargs)
    return run
