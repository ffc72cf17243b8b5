"""Bad input: a clear Python exception naming the operator and the argument, never a crash."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

import tessera as ts
from tessera import _native, _runtime


@pytest.fixture
def x() -> ts.Tensor:
    return ts.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])


def test_hierarchy_maps_statuses_to_builtin_exceptions() -> None:
    assert issubclass(ts.ShapeMismatchError, ts.TesseraError) and issubclass(ts.ShapeMismatchError, ValueError)
    assert issubclass(ts.DTypeMismatchError, TypeError)
    assert issubclass(ts.InvalidAttributeError, ValueError)
    assert issubclass(ts.AttributeTypeError, ts.InvalidAttributeError) and issubclass(ts.AttributeTypeError, TypeError)
    assert issubclass(ts.InputTypeError, TypeError) and issubclass(ts.InputTypeError, ts.InvalidArgumentError)
    assert issubclass(ts.NotFoundError, LookupError)
    assert issubclass(ts.ReleasedTensorError, ts.InvalidHandleError)
    assert issubclass(ts.UnsupportedError, NotImplementedError)
    assert issubclass(ts.OutOfMemoryError, MemoryError)
    assert issubclass(ts.VersionMismatchError, ImportError)


def test_shape_mismatch_names_operator_and_argument(x: ts.Tensor) -> None:
    with pytest.raises(ts.ShapeMismatchError) as e:
        ts.add(x, ts.tensor([1.0, 2.0]))
    err = e.value
    assert err.op == "add" and err.arg == "b" and err.status == ts.Status.SHAPE_MISMATCH
    assert err.status_name == "TSR_ERR_SHAPE_MISMATCH"
    assert str(err).startswith("add: ") and str(err).endswith('(argument "b")')
    assert "[2, 3]" in err.detail and "[2]" in err.detail
    with pytest.raises(ValueError):
        ts.matmul(x, x)
    with pytest.raises(ts.ShapeMismatchError, match="concat"):
        ts.concat([x, ts.tensor([1.0])])
    with pytest.raises(ts.ShapeMismatchError):
        x @ ts.tensor([1.0, 2.0])


def test_dtype_mismatch(x: ts.Tensor) -> None:
    with pytest.raises(ts.DTypeMismatchError) as e:
        ts.add(x, ts.tensor([1, 2, 3]))
    assert e.value.op == "add" and isinstance(e.value, TypeError)
    with pytest.raises(ts.DTypeMismatchError, match="exp"):
        ts.exp(ts.tensor([1, 2]))  # integers are not accepted
    with pytest.raises(ts.DTypeMismatchError, match="where"):
        ts.where(x, x, x)  # condition must be bool
    with pytest.raises(ts.DTypeMismatchError, match="float 1.5"):
        ts.tensor([1, 2]) + 1.5
    with pytest.raises(ts.DTypeMismatchError, match="does not fit in uint8"):
        ts.tensor([1], dtype="uint8") + 256


@pytest.mark.parametrize(
    ("call", "arg"),
    [
        (lambda x: ts.sum(x, axes="0"), "axes"),
        (lambda x: ts.sum(x, axes=(0.5,)), "axes"),
        (lambda x: ts.sum(x, keepdims=1), "keepdims"),
        (lambda x: ts.softmax(x, axis=1.0), "axis"),
        (lambda x: ts.softmax(x, axis=True), "axis"),
        (lambda x: ts.full((2,), "one"), "value"),
        (lambda x: ts.reshape(x, None), "shape"),
        (lambda x: ts.cast(x, dtype=3), "dtype"),
        (lambda x: ts.cast(x, dtype=object()), "dtype"),
    ],
)
def test_attribute_of_the_wrong_type(x: ts.Tensor, call: object, arg: str) -> None:
    with pytest.raises(ts.AttributeTypeError) as e:
        call(x)  # type: ignore[operator]
    assert isinstance(e.value, TypeError) and e.value.arg == arg and e.value.op is not None


@pytest.mark.parametrize(
    ("call", "op", "arg"),
    [
        (lambda x: ts.sum(x, axes=(2,)), "sum", "axes"),
        (lambda x: ts.transpose(x, perm=(0, 0)), "transpose", "perm"),
        (lambda x: ts.reshape(x, (4, 2)), "reshape", "shape"),
        (lambda x: ts.slice(x, (0,), (1,), steps=(0,)), "slice", "steps"),
        (lambda x: ts.cast(x, dtype="float16"), "cast", "dtype"),
        (lambda x: ts.sum(x, axes=(2**70,)), "sum", "axes"),
        (lambda x: ts.arange(0, 1, step=0), "arange", "step"),
    ],
)
def test_attribute_value_out_of_range(x: ts.Tensor, call: object, op: str, arg: str) -> None:
    with pytest.raises(ts.InvalidAttributeError) as e:
        call(x)  # type: ignore[operator]
    assert isinstance(e.value, ValueError) and e.value.op == op and e.value.arg == arg


def test_released_tensor(x: ts.Tensor) -> None:
    y = ts.tensor([1.0, 2.0, 3.0])
    y.release()
    with pytest.raises(ts.ReleasedTensorError) as e:
        ts.add(x, y)
    assert e.value.op == "add" and e.value.arg == "b" and e.value.status == ts.Status.INVALID_HANDLE
    with pytest.raises(ts.ReleasedTensorError, match=r"inputs\[1\]"):
        ts.concat([x, y])
    with pytest.raises(ts.ReleasedTensorError):
        y + 1
    with pytest.raises(ts.ReleasedTensorError):
        y.tolist()
    with pytest.raises(ts.ReleasedTensorError):
        ts.tensor(y)
    with pytest.raises(BufferError):
        memoryview(y)


@pytest.mark.parametrize(
    "bad",
    ["text", b"bytes", {"a": 1}, object(), None],
    ids=["str", "bytes", "dict", "object", "None"],
)
def test_input_that_is_not_a_tensor(x: ts.Tensor, bad: object) -> None:
    with pytest.raises(ts.InputTypeError) as e:
        ts.add(x, bad)  # type: ignore[arg-type]
    assert isinstance(e.value, TypeError) and e.value.op == "add" and e.value.arg == "b"


def test_bad_data_for_new_tensors() -> None:
    with pytest.raises(ts.InvalidArgumentError, match="inhomogeneous|sequence"):
        ts.tensor([[1, 2], [3]])
    with pytest.raises(ts.InvalidArgumentError, match="at most 8"):
        ts.tensor(np.zeros((1,) * 9))
    with pytest.raises(ts.DTypeMismatchError, match="complex"):
        ts.tensor(np.zeros(2, dtype=np.complex64))
    with pytest.raises(ts.InvalidArgumentError, match="unknown dtype"):
        ts.tensor([1], dtype="float16")  # type: ignore[arg-type]
    with pytest.raises(ts.InputTypeError):
        ts.tensor("abc")
    with pytest.raises(ts.InputTypeError):
        ts.from_numpy([1, 2])  # type: ignore[arg-type]
    with pytest.raises(ts.InputTypeError):
        ts.from_dlpack(42)
    with pytest.raises(ts.InvalidAttributeError):
        ts.zeros((-1, 2))
    with pytest.raises(ts.InvalidArgumentError):
        ts.concat(ts.tensor([1.0]))  # type: ignore[arg-type]


def test_python_signature_errors(x: ts.Tensor) -> None:
    with pytest.raises(TypeError):
        ts.reshape(x)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ts.add(x)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ts.sum(x, (0,))  # type: ignore[misc]
    with pytest.raises(TypeError):
        ts.sum(x, axis=0)  # type: ignore[call-arg]


def test_unknown_operator_and_low_level_misuse() -> None:
    with pytest.raises(ts.NotFoundError) as e:
        _runtime.op("no_such_op", ("x",), False, (), ())
    assert isinstance(e.value, LookupError) and "no_such_op" in str(e.value)
    with pytest.raises(ts.NotFoundError, match="no attribute 'nope'"):
        _native.Op("sum", ("x",), False, ("nope", "keepdims"), (None, None))
    with pytest.raises(ts.InternalError, match="regenerate"):
        _native.Op("sum", ("x",), False, ("axes",), (None,))  # stale arity
    op = _native.Op("add", ("a", "b"), False, (), ())
    with pytest.raises(TypeError, match="positional"):
        op(ts.tensor([1.0]))
    with pytest.raises(TypeError, match="positional"):
        op(a=ts.tensor([1.0]), b=ts.tensor([1.0]))
    with pytest.raises(TypeError):
        _native.TensorBase()


def test_version_mismatch_is_a_clear_import_error() -> None:
    with pytest.raises(ts.VersionMismatchError, match="C API version 99"):
        _runtime.check_versions(99, ts.REGISTRY_HASH)
    with pytest.raises(ts.VersionMismatchError, match="registry 0000000000000000") as e:
        _runtime.check_versions(ts.API_VERSION, "0000000000000000")
    assert "npm run generate" in str(e.value) and isinstance(e.value, ImportError)
    _runtime.check_versions(ts.api_version(), ts.registry_hash())  # the real ones match


def test_errors_pickle_and_keep_their_fields(x: ts.Tensor) -> None:
    with pytest.raises(ts.ShapeMismatchError) as e:
        ts.add(x, ts.tensor([1.0, 2.0]))
    again = pickle.loads(pickle.dumps(e.value))
    assert type(again) is ts.ShapeMismatchError and str(again) == str(e.value) and again.arg == "b"


def test_the_process_survives_a_storm_of_bad_calls(x: ts.Tensor) -> None:
    bad_calls = [
        lambda: ts.add(x, None), lambda: ts.sum(x, axes=(99,)), lambda: ts.reshape(x, (7,)),
        lambda: ts.concat([]), lambda: ts.slice(x, (), ()), lambda: ts.matmul(x, ts.tensor(1.0)),
        lambda: ts.full((2,), float("nan"), dtype="int32"), lambda: ts.transpose(x, perm=(5, 0)),
    ]
    failures = 0
    for _ in range(50):
        for call in bad_calls:
            try:
                call()
            except ts.TesseraError:
                failures += 1
    assert failures >= 50 * (len(bad_calls) - 2)
    assert ts.add(x, x).tolist() == [[2.0, 4.0, 6.0], [8.0, 10.0, 12.0]]
