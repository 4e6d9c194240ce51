"""Hessian-vector products by forward over reverse: the forward-mode derivative of the
generated gradient, against finite differences of the gradient, on the -O2 samples."""

import pytest

import enzpy.rules  # noqa: F401
from enzpy.check import check_hessian
from enzpy.errors import NoDerivativeRule

from test_reverse import OVERRIDES, SAMPLE_FUNCTIONS, UNSUPPORTED

# what forward mode over a generated gradient cannot do yet, and why
KNOWN_LIMITS = {
    "rpow": "recursion: the tape pointer that augmented_<f> returns inside a struct has no "
            "shadow in forward mode",
    "contfrac": "recursion (see rpow)",
    "tree_sum": "recursion (see rpow)",
}
# the checker's test data: arguments whose structs point to further arrays share those arrays
# between the gradient's shadow and its tangent, so these are checked in reverse mode only
NESTED_DATA = {"series_energy", "series_shift"}

O2_FUNCTIONS = [p for p in SAMPLE_FUNCTIONS if p.values[0].name.endswith(".O2.ll")
                and p.values[1] not in NESTED_DATA]


def test_coverage():
    assert len(O2_FUNCTIONS) - len(KNOWN_LIMITS) - len(UNSUPPORTED) >= 40


@pytest.mark.parametrize("path,name", O2_FUNCTIONS)
def test_hessian_vector_product(path, name, request):
    text = path.read_text()
    if name in UNSUPPORTED:
        with pytest.raises(NoDerivativeRule):
            check_hessian(text, name)
        return
    if name in KNOWN_LIMITS:
        request.applymarker(pytest.mark.xfail(strict=True, reason=KNOWN_LIMITS[name]))
    report = check_hessian(text, name, length=64, **OVERRIDES.get(name, {}))
    assert report.ok, report.table()
