import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "ir_samples"


@pytest.fixture(scope="session")
def samples_dir():
    return SAMPLES
