"""The kinds of operator signatures the registry has, end to end through the Python binding.

A variadic output (split: a run-time count of tensors, up to 64) is a list; several outputs are a
tuple; optional inputs take None, in the middle too; enum attributes check their values; string
attributes are str; float defaults may be infinite; integer class labels and indices are 0-based
as everywhere in Python (no translation); Python numbers and lists given as inputs take the dtype
of the tensors given for inputs of the same type, and keep their own next to other types.
"""

from __future__ import annotations

import inspect
import math

import numpy as np
import pytest

import tessera as ts
from conftest import OPS, assert_matches
from tessera._generated import ops as gen_ops
from tessera._generated import registry as gen_registry

# ---- a variadic output ---------------------------------------------------------------------------


def test_split_returns_a_list_of_views() -> None:
    a = np.arange(10, dtype=np.float32).reshape(5, 2)
    x = ts.tensor(a)
    pieces = ts.split(x, split=(2, 3))
    assert isinstance(pieces, list) and len(pieces) == 2
    assert_matches(pieces[0], a[:2])
    assert_matches(pieces[1], a[2:])
    # Views of x: the same memory, no copy.
    assert pieces[0].data_ptr == x.data_ptr
    assert pieces[1].data_ptr == x.data_ptr + 2 * 2 * 4
    assert [p.shape for p in x.split(num_outputs=3)] == [(2, 2), (2, 2), (1, 2)]


def test_split_count_is_decided_at_run_time_up_to_64() -> None:
    x = ts.arange(0, 64, dtype="int64")
    for n in (1, 2, 7, 64):
        pieces = ts.split(x, num_outputs=n)
        assert len(pieces) == n
        assert np.concatenate([p.numpy() for p in pieces]).tolist() == list(range(64))
    one = ts.split(x, split=(64,))
    assert len(one) == 1 and one[0].shape == (64,)


def test_split_beyond_64_pieces_is_a_clear_error() -> None:
    x = ts.arange(0, 65, dtype="int64")
    with pytest.raises(ts.InvalidAttributeError) as e:
        ts.split(x, split=(1,) * 65)
    assert e.value.op == "split" and e.value.arg == "split"
    with pytest.raises(ts.InvalidAttributeError) as e:
        ts.split(x, num_outputs=65)
    assert e.value.arg == "num_outputs"
    with pytest.raises(ts.InvalidAttributeError):
        ts.split(x)  # neither split nor num_outputs


def test_split_pieces_outlive_the_input_and_release_independently() -> None:
    x = ts.tensor(np.arange(6, dtype=np.float64))
    pieces = ts.split(x, num_outputs=3)
    x.release()
    pieces[0].release()
    assert pieces[2].tolist() == [4.0, 5.0]
    with pytest.raises(ts.ReleasedTensorError):
        pieces[0].tolist()


def test_split_records_a_gradient_for_each_piece() -> None:
    w = ts.tensor([1.0, 2.0, 3.0, 4.0], dtype="float64").attach_grad()
    with ts.autograd.record():
        a, b = ts.split(w, num_outputs=2)
        loss = ts.sum(a * 2.0) + ts.sum(b * b)
    loss.backward()
    assert w.grad is not None and w.grad.tolist() == [2.0, 2.0, 6.0, 8.0]


# ---- several outputs -----------------------------------------------------------------------------

MULTI = [op for op in OPS if len(op["outputs"]) > 1]


def test_the_registry_has_multi_output_operators() -> None:
    assert {"top_k", "dropout", "softmax_cross_entropy", "sgd_update", "adam_update", "adamw_update"} <= {op["name"] for op in MULTI}


@pytest.mark.parametrize("name", [op["name"] for op in MULTI])
def test_several_outputs_are_a_tuple(name: str) -> None:
    op = next(o for o in MULTI if o["name"] == name)
    ann = inspect.signature(getattr(ts, name)).return_annotation
    assert ann == "tuple[" + ", ".join(["Tensor"] * len(op["outputs"])) + "]"


def test_top_k_values_and_indices() -> None:
    x = ts.tensor([[3.0, 1.0, 4.0, 1.0, 5.0]])
    values, indices = ts.top_k(x, 2)
    assert values.tolist() == [[5.0, 4.0]] and indices.tolist() == [[4, 2]] and indices.dtype == "int64"
    values, indices = x.top_k(2, largest=False, sorted=True)
    assert values.tolist() == [[1.0, 1.0]] and indices.tolist() == [[1, 3]]


def test_dropout_is_reproducible_with_a_seed() -> None:
    x = ts.ones((4, 8), dtype="float64")
    y, mask = ts.dropout(x)  # not training: y is x, mask all true
    assert y.tolist() == x.tolist() and mask.numpy().all()
    y1, m1 = ts.dropout(x, ratio=0.5, training=True, seed=7)
    y2, m2 = ts.dropout(x, ratio=0.5, training=True, seed=7)
    assert m1.tolist() == m2.tolist() and y1.tolist() == y2.tolist()
    np.testing.assert_array_equal(y1.numpy(), np.where(m1.numpy(), 2.0, 0.0))


def test_optimizer_steps_are_functional() -> None:
    w = ts.tensor([1.0, -0.5], dtype="float64")
    g = ts.tensor([0.1, 0.2], dtype="float64")
    buf = ts.zeros((2,), dtype="float64")
    new_w, new_buf = ts.sgd_update(w, g, buf, 0.1, momentum=0.9)
    np.testing.assert_allclose(new_w.numpy(), [0.99, -0.52])
    np.testing.assert_allclose(new_buf.numpy(), [0.1, 0.2])
    assert w.tolist() == [1.0, -0.5] and buf.tolist() == [0.0, 0.0]  # inputs untouched
    # Required attributes may also be keywords.
    out = ts.adam_update(w, g, buf, buf, lr=0.01, step=1)
    assert isinstance(out, tuple) and len(out) == 3


# ---- optional inputs -----------------------------------------------------------------------------


def test_optional_inputs_take_none_also_in_the_middle() -> None:
    a = np.arange(12, dtype=np.float32).reshape(2, 6)
    x = ts.tensor(a)
    mean = a.mean(-1, keepdims=True)
    xhat = (a - mean) / np.sqrt(a.var(-1, keepdims=True) + 1e-5)
    bias = np.linspace(-1, 1, 6, dtype=np.float32)
    scale = np.full(6, 2.0, dtype=np.float32)
    assert_matches(ts.layer_norm(x), xhat.astype(np.float32))
    assert_matches(ts.layer_norm(x, None, ts.tensor(bias)), (xhat + bias).astype(np.float32))
    assert_matches(ts.layer_norm(x, ts.tensor(scale)), (xhat * scale).astype(np.float32))
    assert_matches(ts.layer_norm(x, scale, bias), (xhat * scale + bias).astype(np.float32))
    assert_matches(x.layer_norm(None, bias), (xhat + bias).astype(np.float32))


def test_trailing_optional_inputs_may_be_left_off_or_none() -> None:
    a = np.arange(6, dtype=np.float64).reshape(2, 3)
    x = ts.tensor(a)
    assert_matches(ts.gemm(x, x, trans_b=True), a @ a.T)
    assert_matches(ts.gemm(x, x, None, trans_b=True), a @ a.T)
    assert_matches(ts.gemm(x, x, ts.tensor([1.0, 2.0], dtype="float64"), trans_b=True, beta=0.5), a @ a.T + [0.5, 1.0])
    w = ts.ones((1, 2, 1, 1), dtype="float64")
    img = ts.tensor(np.arange(8, dtype=np.float64).reshape(1, 2, 2, 2))
    assert ts.conv(img, w).tolist() == ts.conv(img, w, None).tolist() == [[[[4.0, 6.0], [8.0, 10.0]]]]
    assert ts.conv(img, w, ts.tensor([1.0], dtype="float64")).tolist() == [[[[5.0, 7.0], [9.0, 11.0]]]]


def test_none_for_a_required_input_is_an_error_naming_it() -> None:
    x = ts.ones((2, 2))
    with pytest.raises(ts.InputTypeError) as e:
        ts.gemm(x, None)  # type: ignore[arg-type]
    assert e.value.op == "gemm" and e.value.arg == "b"


def test_optional_inputs_are_marked_in_the_signature() -> None:
    params = inspect.signature(ts.layer_norm).parameters
    assert params["scale"].annotation == "TensorLike | None" and params["scale"].default is None
    assert gen_ops._op_layer_norm.inputs == ("x", "scale", "bias")


# ---- enum, string and infinite-default attributes ------------------------------------------------


def test_enum_values_are_checked() -> None:
    x = ts.tensor([-1.0, 0.0, 1.0], dtype="float64")
    exact = ts.gelu(x).numpy()
    tanh = ts.gelu(x, approximate="tanh").numpy()
    np.testing.assert_allclose(exact, [-0.15865525393145707, 0.0, 0.8413447460685429], rtol=1e-12)
    assert not np.allclose(exact, tanh, rtol=1e-9, atol=0)
    with pytest.raises(ts.InvalidAttributeError) as e:
        ts.gelu(x, approximate="fast")  # type: ignore[arg-type]
    assert e.value.op == "gelu" and e.value.arg == "approximate" and "'none', 'tanh'" in str(e.value)
    with pytest.raises(ts.AttributeTypeError):
        ts.gelu(x, approximate=1)  # type: ignore[arg-type]
    with pytest.raises(ts.InvalidAttributeError) as e:
        ts.pad(x, (1, 1), mode="symmetric")  # type: ignore[arg-type]
    assert e.value.arg == "mode"


@pytest.mark.parametrize("mode", ["constant", "reflect", "edge", "wrap"])
def test_every_pad_mode_matches_numpy(mode: str) -> None:
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    want = np.pad(a, ((1, 0), (2, 1)), mode={"wrap": "wrap", "edge": "edge", "reflect": "reflect", "constant": "constant"}[mode])
    assert_matches(ts.pad(ts.tensor(a), (1, 2, 0, 1), mode=mode), want)  # type: ignore[arg-type]


def test_string_attribute() -> None:
    a = np.arange(6, dtype=np.float64).reshape(2, 3)
    b = np.arange(12, dtype=np.float64).reshape(3, 4)
    assert_matches(ts.einsum([a, b], "ij,jk->ik"), np.einsum("ij,jk->ik", a, b))
    assert_matches(ts.einsum([a], equation="ij->ji"), a.T)
    with pytest.raises(ts.AttributeTypeError):
        ts.einsum([a], 3)  # type: ignore[arg-type]
    with pytest.raises(ts.InvalidAttributeError) as e:
        ts.einsum([a, b], "ij,jk->iz")
    assert e.value.arg == "equation"


def test_infinite_float_defaults() -> None:
    params = inspect.signature(ts.clip).parameters
    assert params["min"].default == -math.inf and params["max"].default == math.inf
    x = ts.tensor([-1e30, 0.5, 1e30], dtype="float64")
    assert ts.clip(x).tolist() == [-1e30, 0.5, 1e30]
    assert ts.clip(x, max=1.0).tolist() == [-1e30, 0.5, 1.0]
    assert ts.clip(x, min=0.0, max=math.inf).tolist() == [0.0, 0.5, 1e30]


# ---- index inputs: 0-based, never translated -----------------------------------------------------


def test_class_labels_and_indices_are_zero_based() -> None:
    logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], dtype=np.float64)
    labels = np.array([0, 2])
    logp = logits - logits.max(1, keepdims=True)
    logp -= np.log(np.exp(logp).sum(1, keepdims=True))
    loss, log_prob = ts.softmax_cross_entropy(logits, labels, reduction="none")
    assert_matches(log_prob, logp)
    assert_matches(loss, -logp[[0, 1], labels])
    assert_matches(ts.nll_loss(logp, labels, reduction="sum"), np.float64(-logp[[0, 1], labels].sum()))
    assert ts.one_hot([0, 2], 3, dtype="int32").tolist() == [[1, 0, 0], [0, 0, 1]]
    assert ts.argmax(ts.tensor(logits), axis=1, keepdims=False).tolist() == [0, 1]
    table = ts.tensor([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    assert ts.embedding(table, [2, 0]).tolist() == [[3.0, 3.0], [1.0, 1.0]]
    with pytest.raises(ts.TesseraError) as e:
        ts.embedding(table, [3])
    assert e.value.arg == "indices"


def test_ignore_index_is_a_label_value_as_given() -> None:
    logits = np.zeros((3, 2))
    loss, _ = ts.softmax_cross_entropy(logits, [0, -100, 1], reduction="none")
    np.testing.assert_allclose(loss.numpy(), [math.log(2), 0.0, math.log(2)])


# ---- numbers and lists as inputs -----------------------------------------------------------------


def test_python_data_follows_tensors_of_the_same_input_type_only() -> None:
    x = ts.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    # Labels and indices next to float tensors stay integers (they accept int32/int64 only).
    assert ts.nll_loss(x, [2, 0]).tolist() == pytest.approx(-(3.0 + 4.0) / 2)
    assert ts.gather(x, 1, axis=1).tolist() == [2.0, 5.0]  # a Python int index: fast path
    assert ts.gather(x, [1, 0]).tolist() == [[4.0, 5.0, 6.0], [1.0, 2.0, 3.0]]
    assert ts.scatter_elements(x, [[0], [2]], [[7.0], [8.0]], axis=1).tolist() == [[7.0, 2.0, 3.0], [4.0, 5.0, 8.0]]
    # Data inputs still take their neighbours' dtype.
    i = ts.tensor([1, 2], dtype="int32")
    assert ts.add(i, 1).dtype == "int32" and ts.add(i, [1, 1]).dtype == "int32"
    assert ts.where(ts.tensor([True, False]), 1.0, 0.0).dtype == "float32"
    assert ts.where([True, False], x[0, :2], 0.0).tolist() == [1.0, 0.0]
    with pytest.raises(ts.DTypeMismatchError) as e:
        ts.nll_loss(x, [2.0, 0.0])
    assert e.value.arg == "labels"
    with pytest.raises(ts.DTypeMismatchError):
        ts.add(i, 0.5)  # no silent truncation


def test_input_dtypes_come_from_the_registry() -> None:
    for op in OPS:
        handle = getattr(gen_ops, f"_op_{op['name']}")
        assert handle.input_dtypes == tuple(tuple(i["dtypes"]) for i in op["inputs"]), op["name"]
        assert gen_registry.INPUT_DTYPES[op["name"]] == handle.input_dtypes


def test_bad_input_dtypes_are_refused_when_an_operator_is_resolved() -> None:
    from tessera import _native

    with pytest.raises(ValueError, match="not a dtype name"):
        _native.Op("add", ("a", "b"), False, (), (), input_dtypes=(("float16",), ("float32",)))
    with pytest.raises(ValueError, match="one tuple of dtype names per input"):
        _native.Op("add", ("a", "b"), False, (), (), input_dtypes=(("float32",),))
    op = _native.Op("add", ("a", "b"), False, (), ())  # unknown dtypes: numbers follow any tensor
    assert op.input_dtypes is None and op(ts.tensor([1, 2]), 1).tolist() == [2, 3]
