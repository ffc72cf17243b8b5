"""Walks registry.json: every operator is present in Python, typed and documented as the registry says.

Checks the generated function (signature, defaults equal to the registry defaults, type hints,
numpydoc sections and examples), its stub in ops.pyi, the resolved native operator (attribute
names and types as the library reports them) and the Tensor method.
"""

from __future__ import annotations

import ast
import inspect
import json
import keyword
from pathlib import Path
from collections.abc import Sequence
from typing import Any, Literal

import pytest

import tessera
from tessera._generated import methods as gen_methods
from tessera._generated import ops as gen_ops
from tessera._generated import registry as gen_registry
from conftest import OPS, REGISTRY, REGISTRY_FILE, decode

PY_TYPES = {
    "bool": "bool",
    "int": "int",
    "float": "float",
    "string": "str",
    "int[]": "tuple[int, ...]",
    "float[]": "tuple[float, ...]",
    "dtype": "DType",
}
STUB = Path(gen_ops.__file__).with_suffix(".pyi")
NAMES = [op["name"] for op in OPS]


def py_name(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) else name


def attr_type(attr: dict[str, Any]) -> str:
    if attr["type"] == "enum":
        return "Literal[" + ", ".join(json.dumps(v) for v in attr["enum"]) + "]"
    return PY_TYPES[attr["type"]]


def same_annotation(got: Any, want: str) -> bool:
    """Annotation text compared as Python expressions: under ``from __future__ import annotations``
    the interpreter keeps each annotation as the *unparsed* expression (``Literal['a', 'b']``),
    while the generated source and stub spell strings with double quotes (``Literal["a", "b"]``)."""
    return isinstance(got, str) and ast.dump(ast.parse(got, mode="eval")) == ast.dump(ast.parse(want, mode="eval"))


def default_value(attr: dict[str, Any]) -> Any:
    d = attr["default"]
    if attr["type"] in ("int[]", "float[]"):
        return tuple(decode(v) for v in d)
    if attr["type"] == "float":
        return float(decode(d))
    return d


def test_generated_from_the_loaded_registry() -> None:
    assert gen_registry.REGISTRY_HASH == REGISTRY["hash"] == tessera.registry_hash()
    assert gen_registry.API_VERSION == REGISTRY["api_version"] == tessera.api_version()
    assert list(gen_registry.DTYPES) == REGISTRY["dtypes"]
    assert list(gen_registry.OP_NAMES) == NAMES
    if REGISTRY_FILE.exists():  # the committed snapshot agrees with the library
        assert json.loads(REGISTRY_FILE.read_text())["hash"] == REGISTRY["hash"]


def test_every_operator_is_exported() -> None:
    exported = [n for n in tessera.__all__ if n in {py_name(x) for x in NAMES}]
    assert sorted(exported) == sorted(py_name(n) for n in NAMES)
    assert gen_ops.__all__ == [py_name(n) for n in NAMES]


@pytest.mark.parametrize("name", NAMES)
def test_signature_types_and_defaults(name: str) -> None:
    op = next(o for o in OPS if o["name"] == name)
    fn = getattr(tessera, py_name(name))
    assert callable(fn) and fn.__module__ == "tessera._generated.ops"
    params = list(inspect.signature(fn).parameters.values())
    expected_inputs = [(i["name"], "Sequence[TensorLike]" if i["variadic"] else "TensorLike | None" if i["optional"] else "TensorLike") for i in op["inputs"]]
    inputs = params[: len(op["inputs"])]
    assert [(p.name, p.annotation) for p in inputs] == expected_inputs
    assert all(p.kind is inspect.Parameter.POSITIONAL_ONLY for p in inputs)
    attrs = params[len(op["inputs"]) :]
    assert [p.name for p in attrs] == [py_name(a["name"]) for a in sorted(op["attrs"], key=lambda a: not a["required"])]
    for p in attrs:
        a = next(x for x in op["attrs"] if py_name(x["name"]) == p.name)
        assert same_annotation(p.annotation, attr_type(a)), f"{name}.{p.name}: {p.annotation} != {attr_type(a)}"
        if a["required"]:
            assert p.default is inspect.Parameter.empty and p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        else:
            assert p.kind is inspect.Parameter.KEYWORD_ONLY
            assert p.default == default_value(a) and type(p.default) is type(default_value(a)), f"{name}.{p.name} default"
    if any(o.get("variadic") for o in op["outputs"]):
        returns = "list[Tensor]"
    else:
        returns = "Tensor" if len(op["outputs"]) == 1 else "tuple[" + ", ".join(["Tensor"] * len(op["outputs"])) + "]"
    assert inspect.signature(fn).return_annotation == returns
    # The hints resolve to real types against the package namespace.
    hints = inspect.signature(fn, eval_str=True, globals=vars(tessera) | {"Sequence": Sequence, "Literal": Literal})
    if any(o.get("variadic") for o in op["outputs"]):
        assert hints.return_annotation == list[tessera.Tensor]
    elif len(op["outputs"]) == 1:
        assert hints.return_annotation is tessera.Tensor
    else:
        assert hints.return_annotation == tuple[(tessera.Tensor,) * len(op["outputs"])]  # type: ignore[misc]
    for p in hints.parameters.values():  # every hint is a real type, not a leftover string
        assert not isinstance(p.annotation, str), f"{name}.{p.name}: {p.annotation!r}"


@pytest.mark.parametrize("name", NAMES)
def test_numpydoc_docstring(name: str) -> None:
    op = next(o for o in OPS if o["name"] == name)
    doc = inspect.getdoc(getattr(tessera, py_name(name)))
    assert doc is not None
    assert doc.splitlines()[0] == op["summary"]
    if op["doc"]:
        assert op["doc"].splitlines()[0] in doc
    sections = [line for line in doc.splitlines() if line and set(line) == {"-"}]
    assert len(sections) == (1 if op["inputs"] or op["attrs"] else 0) + 1 + (1 if op["examples"] else 0)
    for header in (["Parameters"] if op["inputs"] or op["attrs"] else []) + ["Returns"] + (["Examples"] if op["examples"] else []):
        assert f"\n{header}\n{'-' * len(header)}\n" in doc, header
    for t in op["inputs"]:
        assert f"\n{t['name']} : " in doc and t["doc"].split(".")[0] in doc
    for a in op["attrs"]:
        line = f"\n{py_name(a['name'])} : {attr_type(a)}"
        assert line in doc, line
        if not a["required"]:
            assert f"{line}, default " in doc
    assert doc.count(f">>> import tessera as ts") == len(op["examples"])
    assert doc.count(f"ts.{py_name(name)}(") == len(op["examples"])


def test_stub_declares_every_operator_with_the_same_signature() -> None:
    tree = ast.parse(STUB.read_text())
    stubs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert sorted(stubs) == sorted(py_name(n) for n in NAMES)
    for name in NAMES:
        fn = getattr(tessera, py_name(name))
        node = stubs[py_name(name)]
        assert isinstance(node.body[0], ast.Expr) and node.body[0].value.value is Ellipsis  # type: ignore[attr-defined]
        sig = inspect.signature(fn)
        stub_params = [a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs]
        assert stub_params == list(sig.parameters)
        annotations = [ast.unparse(a.annotation) for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs if a.annotation]
        assert annotations == [p.annotation for p in sig.parameters.values()]
        assert ast.unparse(node.returns) == sig.return_annotation  # type: ignore[arg-type]
    assert (STUB.parent.parent / "py.typed").exists()


@pytest.mark.parametrize("name", NAMES)
def test_native_operator_matches_the_registry(name: str) -> None:
    op = next(o for o in OPS if o["name"] == name)
    handle = getattr(gen_ops, f"_op_{name}")
    assert handle.name == name
    assert handle.inputs == tuple(i["name"] for i in op["inputs"])
    assert handle.attrs == tuple(a["name"] for a in op["attrs"])
    assert handle.attr_types == tuple(a["type"] for a in op["attrs"])
    assert handle.n_outputs == len(op["outputs"])
    assert handle.variadic_output == any(o.get("variadic", False) for o in op["outputs"])


def test_tensor_methods_and_hand_written_members_do_not_clash() -> None:
    for name in gen_methods.METHOD_NAMES:
        assert hasattr(tessera.Tensor, name)
        # A hand-written member of the same name would silently hide the operator method.
        assert name not in vars(tessera.Tensor), name
        assert name not in vars(tessera._native.TensorBase), name
    with_method = [py_name(o["name"]) for o in OPS if o["inputs"] and not o["inputs"][0]["variadic"] and not o["inputs"][0]["optional"]]
    assert set(gen_methods.METHOD_NAMES) <= set(with_method)
    hidden = set(with_method) - set(gen_methods.METHOD_NAMES)
    assert all(n in vars(tessera.Tensor) or n in vars(tessera._native.TensorBase) for n in hidden), hidden


def test_reserved_member_list_covers_the_hand_written_tensor() -> None:
    # The generator skips methods whose names are hand-written members; its list must know them all.
    public = {n for cls in (tessera.Tensor, tessera._native.TensorBase) for n in vars(cls) if not n.startswith("_")}
    assert public <= set(gen_methods.RESERVED_MEMBERS), sorted(public - set(gen_methods.RESERVED_MEMBERS))
