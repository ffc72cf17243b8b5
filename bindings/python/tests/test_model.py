"""tessera.Model: ONNX import (checked against the ONNX test data, read independently with the onnx
package), tracing, export round trips and bad input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import helper, numpy_helper

import tessera as ts

NODE_TESTS = Path(__file__).resolve().parents[3] / ".." / "shared" / "conformance" / "onnx-node"


def _node_test(name: str) -> Path:
    d = NODE_TESTS / name
    if not (d / "model.onnx").exists():
        pytest.skip(f"{d} is absent (conformance data lives beside the project)")
    return d


@pytest.mark.parametrize("name", ["test_add_bcast", "test_relu", "test_matmul_2d", "test_softmax_axis_1"])
def test_onnx_node_test_matches_its_expected_output(name: str) -> None:
    d = _node_test(name)
    m = ts.Model.load(d / "model.onnx")
    ds = d / "test_data_set_0"
    feeds = [numpy_helper.to_array(onnx.load_tensor(str(p))) for p in sorted(ds.glob("input_*.pb"))]
    expected = [numpy_helper.to_array(onnx.load_tensor(str(p))) for p in sorted(ds.glob("output_*.pb"))]
    out = m.run([ts.asarray(np.ascontiguousarray(f)) for f in feeds])
    assert list(out) == list(m.output_names)
    for got, want in zip(out.values(), expected):
        np.testing.assert_allclose(got.numpy(), want, rtol=1e-5, atol=1e-6)


def test_read_tensor_proto_matches_onnx_numpy_helper() -> None:
    a = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    t = ts.read_tensor_proto(numpy_helper.from_array(a).SerializeToString())
    np.testing.assert_array_equal(t.numpy(), a)


def test_inputs_describe_declared_types() -> None:
    x = helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, ["N", 3])
    y = helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, None)
    g = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
    m = ts.Model.from_bytes(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    assert m.inputs == (ts.ModelInput("x", "float32", (None, 3)),)
    assert m.output_names == ("y",)
    # A dynamic batch: two shapes, two plans.
    for n in (1, 5):
        v = np.linspace(-1, 1, 3 * n, dtype=np.float32).reshape(n, 3)
        np.testing.assert_array_equal(m.run({"x": v})["y"].numpy(), np.maximum(v, 0))


def test_trace_export_and_reimport_agree_with_eager() -> None:
    rng = np.random.default_rng(0)
    w = ts.asarray(rng.uniform(-1, 1, (4, 3)).astype(np.float32))
    b = ts.asarray(rng.uniform(-1, 1, (3,)).astype(np.float32))
    x = ts.asarray(rng.uniform(-1, 1, (2, 4)).astype(np.float32))

    def mlp(x: ts.Tensor) -> dict[str, ts.Tensor]:
        return {"probs": ts.softmax(ts.relu(ts.matmul(x, w) + b), axis=-1)}

    eager = mlp(x)["probs"].numpy()
    m = ts.Model.trace({"x": x}, mlp)
    x2 = ts.asarray(rng.uniform(-1, 1, (2, 4)).astype(np.float32))
    want = mlp(x2)["probs"].numpy()
    np.testing.assert_allclose(m.run({"x": x})["probs"].numpy(), eager, rtol=1e-6)
    np.testing.assert_allclose(m.run({"x": x2})["probs"].numpy(), want, rtol=1e-6)
    data = m.to_bytes()
    onnx.checker.check_model(onnx.load_from_string(data), full_check=True)
    back = ts.Model.from_bytes(data)
    np.testing.assert_allclose(back.run([x2])["probs"].numpy(), want, rtol=1e-6)


def test_trace_stops_when_fn_raises() -> None:
    x = ts.tensor([1.0, 2.0])
    with pytest.raises(ts.ShapeMismatchError):
        ts.Model.trace([x], lambda x: ts.add(x, ts.tensor([1.0, 2.0, 3.0])))
    # Not tracing any more: a new trace starts cleanly and an ordinary call works.
    assert ts.add(x, x).tolist() == [2.0, 4.0]
    m = ts.Model.trace([x], lambda x: x * 3.0)
    assert m.run([x])["output_0"].tolist() == [3.0, 6.0]


def test_bad_input_raises_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ts.InvalidArgumentError, match="ModelProto"):
        ts.Model.from_bytes(b"\x08\x07\x12garbage-not-a-model")
    with pytest.raises(ts.NotFoundError):
        ts.Model.load(tmp_path / "missing.onnx")
    x = helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [2])
    y = helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [2])
    g = helper.make_graph([helper.make_node("LSTM", ["x"], ["y"], name="rnn")], "g", [x], [y])
    with pytest.raises(ts.UnsupportedError, match="rnn.*LSTM.*opset 17"):
        ts.Model.from_bytes(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    g = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
    m = ts.Model.from_bytes(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    with pytest.raises(ts.ShapeMismatchError, match="'x'"):
        m.run({"x": np.zeros(3, np.float32)})
    with pytest.raises(ts.DTypeMismatchError):
        m.run([np.zeros(2, np.float64)])
    with pytest.raises(ts.InvalidArgumentError, match="missing"):
        m.run({"z": np.zeros(2, np.float32)})
    m.release()
    with pytest.raises(ts.InvalidHandleError):
        m.run([np.zeros(2, np.float32)])


def test_external_data_is_read_beside_the_model(tmp_path: Path) -> None:
    w = np.linspace(-1, 1, 4096, dtype=np.float32).reshape(64, 64)
    x = helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [1, 64])
    y = helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [1, 64])
    g = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "g", [x], [y], [numpy_helper.from_array(w, "w")])
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    onnx.save_model(model, str(tmp_path / "m.onnx"), save_as_external_data=True, all_tensors_to_one_file=True,
                    location="weights.bin", size_threshold=0)
    assert (tmp_path / "weights.bin").stat().st_size == w.nbytes
    v = np.arange(64, dtype=np.float32).reshape(1, 64) / 64
    np.testing.assert_allclose(ts.Model.load(tmp_path / "m.onnx").run([v])["y"].numpy(), v @ w, rtol=1e-5, atol=1e-6)
    # From bytes, external data needs the folder; without it the error says so.
    data = (tmp_path / "m.onnx").read_bytes()
    with pytest.raises(ts.InvalidArgumentError, match="external data"):
        ts.Model.from_bytes(data)
    np.testing.assert_allclose(ts.Model.from_bytes(data, str(tmp_path)).run([v])["y"].numpy(), v @ w, rtol=1e-5, atol=1e-6)
    # A location outside the model's folder is refused.
    evil = onnx.load(str(tmp_path / "m.onnx"), load_external_data=False)
    for e in evil.graph.initializer[0].external_data:
        if e.key == "location":
            e.value = "../../etc/passwd"
    with pytest.raises(ts.InvalidArgumentError, match="inside the model's folder"):
        ts.Model.from_bytes(evil.SerializeToString(), str(tmp_path))
