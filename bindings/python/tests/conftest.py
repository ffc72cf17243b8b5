"""Shared fixtures: the operator registry the package was generated from, and numpy helpers.

The tests run against the *installed* package (``pip install ./bindings/python`` into the
project's ``.venv``), through the real libtessera.so; nothing is mocked.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import tessera
from tessera import _native

REPO = Path(__file__).resolve().parents[3]
REGISTRY_FILE = REPO / "op-registry" / "registry.json"


def load_registry() -> dict[str, Any]:
    """The registry as the loaded library reports it (tsr_registry_json), i.e. op-registry/registry.json."""
    return json.loads(_native.registry_json())


REGISTRY = load_registry()
OPS: list[dict[str, Any]] = REGISTRY["ops"]
OPS_BY_NAME = {op["name"]: op for op in OPS}


def decode(v: Any) -> float:
    """Registry numbers: "nan", "inf", "-inf" stand for the non-finite values."""
    if isinstance(v, str):
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}[v]
    return float(v) if isinstance(v, float) else v


def example_array(t: dict[str, Any]) -> np.ndarray:
    """A registry example tensor as a numpy array (independent of tessera)."""
    data = [decode(v) for v in t["data"]]
    return np.array(data, dtype=np.dtype(t["dtype"])).reshape(t["shape"])


def assert_matches(got: tessera.Tensor, want: np.ndarray, what: str = "") -> None:
    """dtype and shape equal; values equal (ints, bools) or close (floats, NaN where NaN)."""
    assert got.dtype == want.dtype.name, f"{what}: dtype {got.dtype} != {want.dtype.name}"
    assert got.shape == want.shape, f"{what}: shape {got.shape} != {want.shape}"
    arr = got.numpy()
    if want.dtype.kind == "f":
        rtol, atol = (1e-5, 1e-6) if want.dtype == np.float32 else (1e-12, 1e-12)
        np.testing.assert_allclose(arr, want, rtol=rtol, atol=atol, equal_nan=True, err_msg=what)
    else:
        np.testing.assert_array_equal(arr, want, err_msg=what)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1234)


# The typed usage examples are inputs for mypy (test_typing.py), not test modules; usage_bad.py
# fails at run time on purpose.
collect_ignore_glob = ["typing/*"]
