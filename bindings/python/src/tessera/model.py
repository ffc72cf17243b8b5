"""ONNX models and traced graphs: :class:`Model`.

>>> import tessera as ts
>>> x = ts.tensor([[1.0, -2.0], [3.0, -4.0]])
>>> m = ts.Model.trace({"x": x}, lambda x: ts.relu(x) * 2.0)
>>> m.run({"x": ts.tensor([[-1.0, 5.0], [0.5, 0.0]])})["output_0"].tolist()
[[0.0, 10.0], [1.0, 0.0]]
>>> m2 = ts.Model.from_bytes(m.to_bytes())  # through ONNX and back
>>> m2.run([x])["output_0"].tolist()
[[2.0, 0.0], [6.0, 0.0]]

A model is a graph run by the engine's executor: optimized once (constant folding, dead-node
removal), planned per set of input shapes (buffers shared by liveness). It comes from an ONNX file
(:meth:`Model.load`), serialized bytes (:meth:`Model.from_bytes`) or from tracing ordinary calls
(:meth:`Model.trace`, MXNet's hybridize), and exports to ONNX (:meth:`Model.export`, opset 20).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from . import _native
from ._errors import InvalidArgumentError
from ._generated.registry import DType
from ._tensor import Tensor, TensorLike, asarray


class ModelInput(NamedTuple):
    """A model input: name, dtype and shape (None for a dynamic dim; shape None when unknown)."""

    name: str
    dtype: str
    shape: tuple[int | None, ...] | None


class Model:
    """A runnable graph (see the module docs). Release it with :meth:`release` or ``with``."""

    __slots__ = ("_g", "_inputs", "_outputs")

    def __init__(self, capsule: object) -> None:
        self._g = capsule
        self._inputs = tuple(ModelInput(n, d, s) for n, d, s in _native.graph_inputs(capsule))
        self._outputs = tuple(_native.graph_outputs(capsule))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Model:
        """Imports an ONNX model file (external data is read beside it)."""
        return cls(_native.onnx_import_file(os.fspath(path)))

    @classmethod
    def from_bytes(cls, data: bytes, base_dir: str | None = None) -> Model:
        """Imports a serialized ONNX ModelProto; ``base_dir`` is where external data lives."""
        return cls(_native.onnx_import_bytes(data, base_dir))

    @classmethod
    def trace(
        cls,
        inputs: Mapping[str, Tensor] | Sequence[Tensor],
        fn: Callable[..., Tensor | Sequence[Tensor] | Mapping[str, Tensor]],
    ) -> Model:
        """Records the operators ``fn(*inputs)`` calls into a graph.

        The inputs become graph inputs (named by the mapping's keys, else ``input_0``, ...); any
        other tensor ``fn`` reads becomes a constant. The result (a tensor, a sequence or a
        mapping of names to tensors) gives the outputs (``output_0``, ... unless named).
        """
        named = list(inputs.items()) if isinstance(inputs, Mapping) else [(f"input_{k}", t) for k, t in enumerate(inputs)]
        g = _native.graph_trace_begin()
        try:
            for name, t in named:
                _native.graph_trace_input(g, t, name)
            result = fn(*[t for _, t in named])
        except BaseException:
            _stop(g)
            raise
        if isinstance(result, Mapping):
            names, outs = list(result.keys()), list(result.values())
        elif isinstance(result, Tensor):
            names, outs = ["output_0"], [result]
        else:
            outs = list(result)
            names = [f"output_{k}" for k in range(len(outs))]
        _native.graph_trace_end(g, outs, names)
        return cls(g)

    @property
    def inputs(self) -> tuple[ModelInput, ...]:
        """The inputs, in feed order."""
        return self._inputs

    @property
    def output_names(self) -> tuple[str, ...]:
        """The outputs' names, in order."""
        return self._outputs

    def run(self, feeds: Mapping[str, TensorLike] | Sequence[TensorLike]) -> dict[str, Tensor]:
        """Runs the model: feeds by input name (or in input order); returns outputs by name."""
        if isinstance(feeds, Mapping):
            unknown = sorted(set(feeds) - {i.name for i in self._inputs})
            missing = [i.name for i in self._inputs if i.name not in feeds]
            if unknown or missing:
                raise InvalidArgumentError(
                    f"feeds do not match the model inputs (missing: {missing}, unknown: {unknown})", arg="feeds"
                )
            values = [feeds[i.name] for i in self._inputs]
        else:
            values = list(feeds)
        # Python lists and scalars take the input's dtype; arrays and tensors keep theirs (checked).
        tensors = [
            v if isinstance(v, Tensor) else asarray(v) if hasattr(v, "dtype") else asarray(v, dtype=self._dtype(k))
            for k, v in enumerate(values)
        ]
        outs = _native.graph_run(self._g, tensors)
        return {name: t for name, t in zip(self._outputs, outs)}

    def _dtype(self, k: int) -> DType | None:
        return self._inputs[k].dtype if k < len(self._inputs) else None  # type: ignore[return-value]

    def export(self, path: str | os.PathLike[str]) -> None:
        """Writes the model as an ONNX file (default-domain opset 20)."""
        data = self.to_bytes()
        with open(path, "wb") as f:
            f.write(data)

    def to_bytes(self) -> bytes:
        """The model as a serialized ONNX ModelProto."""
        return bytes(_native.onnx_export_bytes(self._g))

    def plan_stats(self) -> dict[str, int]:
        """Figures of the last run's plan: nodes, arena_bytes (shared buffers), unshared_bytes."""
        nodes, arena, unshared = _native.graph_plan_stats(self._g)
        return {"nodes": nodes, "arena_bytes": arena, "unshared_bytes": unshared}

    def release(self) -> None:
        """Frees the graph now (later calls raise ReleasedTensorError-like InvalidHandleError)."""
        _native.graph_release(self._g)

    def __enter__(self) -> Model:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        ins = ", ".join(f"{i.name}: {i.dtype}{list(i.shape) if i.shape is not None else '[?]'}" for i in self._inputs)
        return f"<tessera.Model ({ins}) -> ({', '.join(self._outputs)})>"


def _stop(g: object) -> None:
    """Stops a trace that failed, keeping the original exception."""
    try:
        _native.graph_trace_end(g, [], [])
    except Exception:  # noqa: BLE001 - the trace is stopped either way; the caller's error wins
        pass


def read_tensor_proto(data: bytes) -> Tensor:
    """A tensor from a serialized ONNX TensorProto (e.g. ``input_0.pb`` of the ONNX test data)."""
    t: Tensor = _native.onnx_read_tensor(data)
    return t
