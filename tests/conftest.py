import os
import pathlib

# Tests fork children (run_isolated) that call BLAS through SciPy; a BLAS thread pool started
# in the parent does not survive fork() reliably, so BLAS runs single-threaded in the tests
# (their matrices are tiny).  Set before NumPy or SciPy is imported.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import pytest  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "ir_samples"


@pytest.fixture(scope="session")
def samples_dir():
    return SAMPLES
