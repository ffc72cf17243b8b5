"""Cross-language conformance: every registry example of every operator, replayed in Python.

The same examples (inputs, attributes, expected outputs derived by hand or with numpy) run in the
C++ tests and in every binding; here they go through the generated functions, the Tensor methods
and, with numpy arrays as inputs, the input conversion path.
"""

from __future__ import annotations

import keyword
from typing import Any

import numpy as np
import pytest

import tessera
from conftest import OPS, OPS_BY_NAME, assert_matches, decode, example_array

CASES = [(op["name"], k) for op in OPS for k in range(len(op["examples"]))]


def py_name(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) else name


def attr_value(attr: dict[str, Any], value: Any) -> Any:
    if attr["type"] in ("int[]", "float[]"):
        return tuple(decode(v) for v in value)
    if attr["type"] == "float":
        return float(decode(value))
    return value


def call_args(op: dict[str, Any], ex: dict[str, Any], make: Any) -> tuple[list[Any], dict[str, Any]]:
    """Positional inputs (a variadic one as a list) and keyword attributes of an example."""
    values = [make(example_array(t)) for t in ex["inputs"]]
    args: list[Any] = []
    pos = 0
    for spec in op["inputs"]:
        if spec["variadic"]:
            args.append(values[pos:])
            pos = len(values)
        elif pos < len(values):
            args.append(values[pos])
            pos += 1
    by_name = {a["name"]: a for a in op["attrs"]}
    kwargs = {py_name(k): attr_value(by_name[k], v) for k, v in ex["attrs"].items()}
    return args, kwargs


def check_outputs(op: dict[str, Any], ex: dict[str, Any], result: Any, how: str) -> None:
    """A single output is a Tensor, several a tuple; a variadic output (a count decided at run time,
    e.g. split's pieces) is one list holding as many tensors as the example lists."""
    if any(o.get("variadic") for o in op["outputs"]):
        assert isinstance(result, list), f"{op['name']}: a variadic output comes back as a list, got {type(result).__name__}"
        outs = tuple(result)
    elif len(op["outputs"]) > 1:
        assert isinstance(result, tuple) and len(result) == len(op["outputs"]), f"{op['name']}: expected a tuple of {len(op['outputs'])}"
        outs = result
    else:
        outs = (result,)
    assert len(outs) == len(ex["outputs"])
    for k, (got, want) in enumerate(zip(outs, ex["outputs"])):
        assert isinstance(got, tessera.Tensor)
        assert_matches(got, example_array(want), f"{op['name']} example {ex['title']!r} output {k} ({how})")


def test_every_operator_has_an_example() -> None:
    assert [op["name"] for op in OPS if not op["examples"]] == []


@pytest.mark.parametrize(("name", "k"), CASES, ids=[f"{n}-{k}" for n, k in CASES])
def test_registry_example(name: str, k: int) -> None:
    op = OPS_BY_NAME[name]
    ex = op["examples"][k]
    args, kwargs = call_args(op, ex, tessera.tensor)
    check_outputs(op, ex, getattr(tessera, py_name(name))(*args, **kwargs), "function")


@pytest.mark.parametrize(("name", "k"), CASES, ids=[f"{n}-{k}" for n, k in CASES])
def test_registry_example_with_numpy_inputs(name: str, k: int) -> None:
    op = OPS_BY_NAME[name]
    ex = op["examples"][k]
    args, kwargs = call_args(op, ex, lambda a: a)  # numpy arrays straight in
    check_outputs(op, ex, getattr(tessera, py_name(name))(*args, **kwargs), "numpy inputs")


METHOD_CASES = [(n, k) for n, k in CASES if hasattr(tessera.Tensor, py_name(n)) and OPS_BY_NAME[n]["inputs"] and not OPS_BY_NAME[n]["inputs"][0]["variadic"]]


@pytest.mark.parametrize(("name", "k"), METHOD_CASES, ids=[f"{n}-{k}" for n, k in METHOD_CASES])
def test_registry_example_as_method(name: str, k: int) -> None:
    op = OPS_BY_NAME[name]
    ex = op["examples"][k]
    args, kwargs = call_args(op, ex, tessera.tensor)
    check_outputs(op, ex, getattr(args[0], py_name(name))(*args[1:], **kwargs), "method")
