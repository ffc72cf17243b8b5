"""Misuse the type checker must catch: each marked line is an expected mypy error code."""

from __future__ import annotations

import tessera as ts

x = ts.tensor([[1.0, 2.0], [3.0, 4.0]])

ts.sum(x, keepdims="yes")  # E: arg-type
ts.sum(x, axes=[0])  # E: arg-type
ts.cast(x, dtype="float16")  # E: arg-type
ts.reshape(x)  # E: call-arg
ts.add(x, x, x)  # E: call-arg
ts.softmax(x, axis=1.5)  # E: arg-type
ts.sum(x, (0,))  # E: call-arg
n: int = ts.add(x, x)  # E: assignment
ts.not_an_operator(x)  # E: attr-defined
x.sum(axes="0")  # E: arg-type
ts.add(a=x, b=x)  # E: call-arg
ts.full((2,), 1.0, dtype=3)  # E: arg-type
ts.gelu(x, approximate="fast")  # E: arg-type
ts.einsum([x], equation=1)  # E: arg-type
single: ts.Tensor = ts.split(x, num_outputs=2)  # E: assignment
ts.layer_norm(x, scale=None)  # E: call-arg
ts.softmax_cross_entropy(x, [0, 1], reduction="average")  # E: arg-type
ts.adam_update(x, x, x, x, 0.01)  # E: call-arg
