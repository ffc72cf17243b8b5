"""A small typed program against tessera's stubs: ``mypy --strict`` must accept it as it is."""

from __future__ import annotations

from typing import Any, assert_type

import numpy as np
import numpy.typing as npt

import tessera as ts

x = ts.tensor([[1.0, 2.0], [3.0, 4.0]])
assert_type(x, ts.Tensor)
y = ts.add(x, 1.0)
assert_type(y, ts.Tensor)
assert_type(ts.sum(x, axes=(1,), keepdims=True), ts.Tensor)
assert_type(x.sum(axes=(0,)), ts.Tensor)
assert_type(ts.reshape(x, (4,)), ts.Tensor)
assert_type(ts.reshape(x, shape=(4,)), ts.Tensor)
assert_type(ts.slice(x, (0,), (1,), steps=(1,)), ts.Tensor)
assert_type(ts.concat([x, x], axis=0), ts.Tensor)
assert_type(ts.full((2, 2), 1.5, dtype="float64"), ts.Tensor)
assert_type(ts.arange(0.0, 5.0, step=0.5), ts.Tensor)
assert_type(ts.where(x > 2, x, 0.0), ts.Tensor)

# A variadic output is a list, several outputs a tuple; optional inputs take None; enums are
# Literal types; string attributes str.
pieces = ts.split(x, num_outputs=2)
assert_type(pieces, list[ts.Tensor])
assert_type(x.split(split=(1, 1), axis=1), list[ts.Tensor])
values, indices = ts.top_k(x, 1, axis=-1)
assert_type(indices, ts.Tensor)
assert_type(ts.dropout(x, ratio=0.1), tuple[ts.Tensor, ts.Tensor])
assert_type(ts.layer_norm(x, None, ts.tensor([0.0, 0.0])), ts.Tensor)
assert_type(ts.gemm(x, x, trans_b=True), ts.Tensor)
assert_type(ts.gelu(x, approximate="tanh"), ts.Tensor)
assert_type(ts.einsum([x, x], "ij,jk->ik"), ts.Tensor)
assert_type(ts.clip(x, min=0.0), ts.Tensor)
loss_value, log_prob = ts.softmax_cross_entropy(x, [0, 1], reduction="sum")
assert_type(ts.adam_update(x, x, x, x, 0.01, 1, weight_decay=0.1), tuple[ts.Tensor, ts.Tensor, ts.Tensor])

c = ts.cast(x, dtype="int32")
kind: ts.DType = c.dtype
shape: tuple[int, ...] = x.shape
arr: npt.NDArray[Any] = x.numpy()
view = ts.asarray(np.zeros((2, 2), dtype=np.float32))
shared = ts.from_numpy(arr)
exported = np.from_dlpack(x)
mixed = x + y * 2 - 1 / x @ x.T
flags = (x < y) == (y >= x)
first: ts.Tensor = x[0]
value: bool | int | float = x[0, 0].item()
rows = [r.tolist() for r in x]

with ts.tensor([1, 2]) as t:
    total = int(t.sum().item())

try:
    ts.add(x, ts.tensor([1.0, 2.0, 3.0]))
except ts.ShapeMismatchError as e:
    where: str | None = e.op
    arg: str | None = e.arg
    code: int = e.status

w = ts.tensor([1.0, 2.0]).attach_grad()
assert_type(w, ts.Tensor)
with ts.autograd.record():
    loss = ts.sum(w * w)
loss.backward()
ts.autograd.backward([loss], [None])
gradient = w.grad
assert_type(gradient, ts.Tensor | None)
recording: bool = ts.autograd.is_recording()
frozen: ts.Tensor = w.detach()
