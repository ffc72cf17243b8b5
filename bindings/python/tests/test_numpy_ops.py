"""The operator library's families against numpy references on random data.

math, logical, activation, reduce, indexing, layout, nn (conv, pool, norm), nn-misc, loss and
optim: each operator here is computed independently in numpy (float64 references, cast to the
tested dtype) and compared, with the attributes that change its behaviour. test_numpy.py covers
the core operators and checks that every registry operator is compared somewhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pytest

import tessera as ts

FLOATS = ["float32", "float64"]
Array = np.ndarray


def check(got: ts.Tensor, want: Any, what: str = "", rtol: float | None = None, atol: float | None = None) -> None:
    """dtype and shape equal; floats close (NaN where NaN), everything else equal."""
    want = np.asarray(want)
    assert got.dtype == want.dtype.name, f"{what}: dtype {got.dtype} != {want.dtype.name}"
    assert got.shape == want.shape, f"{what}: shape {got.shape} != {want.shape}"
    arr = got.numpy()
    if want.dtype.kind == "f":
        f32 = want.dtype == np.float32
        np.testing.assert_allclose(
            arr,
            want,
            rtol=rtol if rtol is not None else (2e-5 if f32 else 1e-11),
            atol=atol if atol is not None else (2e-6 if f32 else 1e-12),
            equal_nan=True,
            err_msg=what,
        )
    else:
        np.testing.assert_array_equal(arr, want, err_msg=what)


def uniform(rng: np.random.Generator, shape: Sequence[int], dtype: str, lo: float = -3.0, hi: float = 3.0) -> Array:
    return np.asarray(rng.uniform(lo, hi, tuple(shape)), dtype=dtype)


def integers(rng: np.random.Generator, shape: Sequence[int], dtype: str, lo: int = -20, hi: int = 20) -> Array:
    return np.asarray(rng.integers(lo, hi, tuple(shape)), dtype=dtype)


def vec(f: Callable[[float], float]) -> Callable[[Array], Array]:
    return np.vectorize(f, otypes=[np.float64])  # type: ignore[no-any-return]


# ---- math and activation: element-wise unary -----------------------------------------------------

SELU_ALPHA, SELU_GAMMA = 1.6732631921768188, 1.0507010221481323


def softplus(x: Array) -> Array:
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


UNARY: dict[str, tuple[Callable[[Array], Array], tuple[float, float], dict[str, Any]]] = {
    # name: (numpy reference on float64, input range, attributes)
    "erf": (vec(math.erf), (-3, 3), {}),
    "floor": (np.floor, (-3, 3), {}),
    "ceil": (np.ceil, (-3, 3), {}),
    "sign": (np.sign, (-3, 3), {}),
    "reciprocal": (np.reciprocal, (0.5, 3), {}),
    "sin": (np.sin, (-6, 6), {}),
    "cos": (np.cos, (-6, 6), {}),
    "tan": (np.tan, (-1.2, 1.2), {}),
    "asin": (np.arcsin, (-0.99, 0.99), {}),
    "acos": (np.arccos, (-0.99, 0.99), {}),
    "atan": (np.arctan, (-5, 5), {}),
    "sinh": (np.sinh, (-3, 3), {}),
    "cosh": (np.cosh, (-3, 3), {}),
    "asinh": (np.arcsinh, (-5, 5), {}),
    "acosh": (np.arccosh, (1, 5), {}),
    "atanh": (np.arctanh, (-0.95, 0.95), {}),
    "leaky_relu": (lambda x: np.where(x >= 0, x, 0.1 * x), (-3, 3), {"alpha": 0.1}),
    "elu": (lambda x: np.where(x > 0, x, 0.5 * np.expm1(x)), (-3, 3), {"alpha": 0.5}),
    "selu": (lambda x: SELU_GAMMA * np.where(x > 0, x, SELU_ALPHA * np.expm1(x)), (-3, 3), {}),
    "celu": (lambda x: np.maximum(0, x) + np.minimum(0, 2.0 * np.expm1(x / 2.0)), (-3, 3), {"alpha": 2.0}),
    "hard_sigmoid": (lambda x: np.clip(0.3 * x + 0.4, 0, 1), (-5, 5), {"alpha": 0.3, "beta": 0.4}),
    "hard_swish": (lambda x: x * np.clip(x / 6 + 0.5, 0, 1), (-5, 5), {}),
    "softplus": (softplus, (-30, 30), {}),
    "softsign": (lambda x: x / (1 + np.abs(x)), (-5, 5), {}),
    "mish": (lambda x: x * np.tanh(softplus(x)), (-10, 10), {}),
    "silu": (lambda x: x / (1 + np.exp(-x)), (-10, 10), {}),
}


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary(name: str, dtype: str, rng: np.random.Generator) -> None:
    ref, (lo, hi), attrs = UNARY[name]
    x = uniform(rng, (3, 7), dtype, lo, hi)
    check(getattr(ts, name)(ts.tensor(x), **attrs), ref(x.astype(np.float64)).astype(dtype), name)
    check(getattr(ts.tensor(x), name)(**attrs), ref(x.astype(np.float64)).astype(dtype), f"{name} (method)")


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_gelu(approximate: str, dtype: str, rng: np.random.Generator) -> None:
    x = uniform(rng, (4, 5), dtype, -5, 5)
    d = x.astype(np.float64)
    if approximate == "none":
        want = 0.5 * d * vec(math.erfc)(-d / math.sqrt(2))
    else:
        want = 0.5 * d * (1 + np.tanh(math.sqrt(2 / math.pi) * (d + 0.044715 * d**3)))
    check(ts.gelu(x, approximate=approximate), want.astype(dtype))  # type: ignore[arg-type]


def test_rounding_and_special_values() -> None:
    x = np.array([0.5, 1.5, 2.5, -0.5, -2.5, -0.3, 3.7, np.inf, -np.inf, np.nan], dtype=np.float64)
    check(ts.round(x), np.round(x))
    assert np.signbit(ts.round(np.array([-0.3])).numpy()[0])
    check(ts.isnan(x), np.isnan(x))
    check(ts.isinf(x), np.isinf(x))
    check(ts.isinf(x, detect_negative=False), np.isposinf(x))
    check(ts.isinf(x, detect_positive=False), np.isneginf(x))
    check(ts.reciprocal(np.array([0.0, -0.0])), np.array([np.inf, -np.inf]))
    check(ts.erf(np.array([np.inf, -np.inf, np.nan])), np.array([1.0, -1.0, np.nan]))


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint8"])
def test_sign_of_integers(dtype: str, rng: np.random.Generator) -> None:
    x = integers(rng, (10,), dtype, 0 if dtype == "uint8" else -5, 5)
    check(ts.sign(x), np.sign(x))


def test_prelu(rng: np.random.Generator) -> None:
    x = uniform(rng, (2, 3, 4, 4), "float32")
    slope = uniform(rng, (3, 1, 1), "float32", 0, 1)
    check(ts.prelu(x, slope), np.where(x >= 0, x, x * slope))
    xi = integers(rng, (5,), "int32")
    check(ts.prelu(xi, np.array(2, dtype=np.int32)), np.where(xi >= 0, xi, xi * 2).astype(np.int32))


# ---- math and logical: element-wise binary -------------------------------------------------------


@pytest.mark.parametrize("dtype", ["float64", "int32", "int64", "uint8", "bool"])
def test_comparisons(dtype: str, rng: np.random.Generator) -> None:
    a = integers(rng, (3, 4), dtype, 0, 3)
    b = integers(rng, (4,), dtype, 0, 3)
    check(ts.less_equal(a, b), a <= b)
    check(ts.greater_equal(a, b), a >= b)
    if dtype == "float64":
        n = np.array([np.nan, 1.0])
        check(ts.less_equal(n, n), np.array([False, True]))


def test_logical(rng: np.random.Generator) -> None:
    a = rng.integers(0, 2, (3, 4)).astype(bool)
    b = rng.integers(0, 2, (4,)).astype(bool)
    check(ts.logical_and(a, b), a & b)
    check(ts.logical_or(a, b), a | b)
    check(ts.logical_xor(a, b), a ^ b)
    check(ts.logical_not(a), ~a)


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint8"])
def test_bitwise(dtype: str, rng: np.random.Generator) -> None:
    lo, hi = (0, 256) if dtype == "uint8" else (-1000, 1000)
    a = integers(rng, (3, 4), dtype, lo, hi)
    b = integers(rng, (4,), dtype, lo, hi)
    check(ts.bitwise_and(a, b), a & b)
    check(ts.bitwise_or(a, b), a | b)
    check(ts.bitwise_xor(a, b), a ^ b)
    check(ts.bitwise_not(a), ~a)


@pytest.mark.parametrize("dtype", ["int32", "int64"])
def test_mod_of_integers(dtype: str, rng: np.random.Generator) -> None:
    a = integers(rng, (5, 6), dtype, -50, 50)
    b = integers(rng, (6,), dtype, 1, 9) * np.where(np.arange(6) % 2, 1, -1).astype(dtype)
    check(ts.mod(a, b), np.mod(a, b))
    check(ts.mod(a, b, fmod=True), np.fmod(a, b))
    check(ts.mod(a, np.zeros(6, dtype=dtype)), np.zeros((5, 6), dtype=dtype))


@pytest.mark.parametrize("dtype", FLOATS)
def test_mod_of_floats(dtype: str, rng: np.random.Generator) -> None:
    a = uniform(rng, (5, 6), dtype, -10, 10)
    b = uniform(rng, (6,), dtype, 0.5, 3) * np.where(np.arange(6) % 2, 1, -1).astype(dtype)
    check(ts.mod(a, b, fmod=True), np.fmod(a, b))
    with pytest.raises(ts.TesseraError):
        ts.mod(a, b)  # a floored float remainder needs fmod=True (as ONNX Mod)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "int64", "uint8"])
def test_clip(dtype: str, rng: np.random.Generator) -> None:
    x = integers(rng, (4, 5), dtype, 0 if dtype == "uint8" else -10, 10)
    # Integer bounds are ceil(min) and floor(max), saturated to the dtype's range.
    lo, hi = (-2.5, 6.5) if dtype[0] == "f" else (0 if dtype == "uint8" else -2, 6)
    check(ts.clip(x, min=-2.5, max=6.5), np.clip(x, lo, hi).astype(dtype))
    check(ts.clip(x), x)
    check(ts.clip(x, min=5.0, max=1.0), np.full_like(x, 1))  # min > max: every element is max


# ---- reduce --------------------------------------------------------------------------------------

REDUCE: dict[str, tuple[Callable[..., Array], list[str]]] = {
    "min": (lambda x, axis, keepdims: np.min(x, axis=axis, keepdims=keepdims), ["float32", "float64", "int32", "int64", "uint8"]),
    "prod": (lambda x, axis, keepdims: np.prod(x, axis=axis, keepdims=keepdims), ["float32", "float64", "int32", "int64"]),
    "l1_norm": (lambda x, axis, keepdims: np.sum(np.abs(x), axis=axis, keepdims=keepdims), ["float32", "float64", "int32", "int64"]),
    "l2_norm": (lambda x, axis, keepdims: np.sqrt(np.sum(x * x, axis=axis, keepdims=keepdims)), ["float32", "float64"]),
    "sum_square": (lambda x, axis, keepdims: np.sum(x * x, axis=axis, keepdims=keepdims), ["float32", "float64", "int32", "int64"]),
    "log_sum_exp": (
        lambda x, axis, keepdims: np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdims)),
        ["float32", "float64"],
    ),
}


@pytest.mark.parametrize("keepdims", [False, True])
@pytest.mark.parametrize("axes", [(), (0,), (1, 2), (-1,)])
@pytest.mark.parametrize("name", sorted(REDUCE))
def test_reduce(name: str, axes: tuple[int, ...], keepdims: bool, rng: np.random.Generator) -> None:
    ref, dtypes = REDUCE[name]
    for dtype in dtypes:
        x = uniform(rng, (3, 4, 2), dtype, 0.5, 1.5) if dtype[0] == "f" else integers(rng, (3, 4, 2), dtype, 0 if name != "l1_norm" else -3, 3)
        want = ref(x.astype(np.float64) if dtype[0] == "f" else x, axes or None, keepdims)
        check(getattr(ts, name)(x, axes=axes, keepdims=keepdims), np.asarray(want).astype(dtype), f"{name} {dtype} {axes}")


def test_log_sum_exp_is_stable() -> None:
    x = np.array([[1000.0, 1000.0], [-1000.0, -1000.0]])
    check(ts.log_sum_exp(x, axes=(1,)), np.array([1000 + math.log(2), -1000 + math.log(2)]))
    check(ts.log_sum_exp(np.array([-np.inf, -np.inf])), np.array(-np.inf))


@pytest.mark.parametrize("dtype", ["float32", "int64", "uint8", "bool"])
@pytest.mark.parametrize("axis", [0, 1, -1])
def test_argmax_argmin(axis: int, dtype: str, rng: np.random.Generator) -> None:
    x = integers(rng, (4, 6), dtype, 0, 2 if dtype == "bool" else 4)  # many ties
    check(ts.argmax(x, axis=axis, keepdims=False), np.argmax(x, axis=axis))
    check(ts.argmin(x, axis=axis), np.expand_dims(np.argmin(x, axis=axis), axis))
    n = x.shape[axis]
    check(ts.argmax(x, axis=axis, keepdims=False, select_last_index=True), n - 1 - np.argmax(np.flip(x, axis), axis=axis))
    check(ts.argmin(x, axis=axis, keepdims=False, select_last_index=True), n - 1 - np.argmin(np.flip(x, axis), axis=axis))


@pytest.mark.parametrize("dtype", ["float64", "int32"])
@pytest.mark.parametrize("axis", [0, 1])
def test_cumsum(axis: int, dtype: str, rng: np.random.Generator) -> None:
    x = integers(rng, (3, 5), dtype)
    inc = np.cumsum(x, axis=axis, dtype=dtype)
    check(ts.cumsum(x, axis=axis), inc)
    check(ts.cumsum(x, axis=axis, exclusive=True), inc - x)
    rev = np.flip(np.cumsum(np.flip(x, axis), axis=axis, dtype=dtype), axis)
    check(ts.cumsum(x, axis=axis, reverse=True), rev)
    check(ts.cumsum(x, axis=axis, reverse=True, exclusive=True), rev - x)


# ---- indexing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("index_dtype", ["int32", "int64"])
def test_gather(index_dtype: str, rng: np.random.Generator) -> None:
    x = uniform(rng, (4, 5, 3), "float32")
    idx = np.array([[0, -1], [2, -3]], dtype=index_dtype)  # negative indices count from the end
    for axis in (0, 1, 2, -1):
        check(ts.gather(x, idx, axis=axis), np.take(x, idx, axis=axis), f"axis {axis}")
    check(ts.gather(x, np.array(2, dtype=index_dtype), axis=1), x[:, 2])
    with pytest.raises(ts.TesseraError) as e:
        ts.gather(x, np.array([4]), axis=0)
    assert e.value.arg == "indices"


def test_gather_and_scatter_elements(rng: np.random.Generator) -> None:
    data = uniform(rng, (3, 4), "float64")
    for axis in (0, 1):
        idx = rng.integers(0, data.shape[axis], (2, 3) if axis == 0 else (3, 2))
        grid = list(np.indices(idx.shape, sparse=True))  # indices may be smaller than data off the axis
        grid[axis] = idx
        check(ts.gather_elements(data, idx, axis=axis), data[tuple(grid)])
    # scatter with distinct positions per row: numpy's put_along_axis is the reference
    idx = np.array([[3, 0], [1, 2], [0, 3]])
    upd = uniform(rng, (3, 2), "float64")
    want = data.copy()
    np.put_along_axis(want, idx, upd, axis=1)
    check(ts.scatter_elements(data, idx, upd, axis=1), want)
    # reductions with duplicates
    idx = np.array([[1, 1, 0, 1]])
    upd = np.array([[1.0, 2.0, 3.0, 4.0]])
    base = np.ones((2, 4))
    for reduction, combine in [("add", np.add), ("mul", np.multiply), ("max", np.maximum), ("min", np.minimum)]:
        want = base.copy()
        for j in range(4):
            want[idx[0, j], j] = combine(want[idx[0, j], j], upd[0, j])
        check(ts.scatter_elements(base, idx, upd, axis=0, reduction=reduction), want, reduction)  # type: ignore[arg-type]


def test_gather_nd_and_scatter_nd(rng: np.random.Generator) -> None:
    data = uniform(rng, (3, 4, 2), "float32")
    idx = np.array([[0, 1], [2, 3], [-1, 0]])
    check(ts.gather_nd(data, idx), np.stack([data[tuple(t)] for t in idx]))
    idx1 = np.array([[2], [0]])
    check(ts.gather_nd(data, idx1), data[[2, 0]])
    # batch_dims=1: one index tuple per batch entry
    bidx = np.array([[1], [3], [0]])
    check(ts.gather_nd(data, bidx, batch_dims=1), np.stack([data[b, bidx[b, 0]] for b in range(3)]))
    upd = uniform(rng, (2, 2), "float32")
    want = data.copy()
    want[2] = 0
    want[0, 1] = upd[1]
    want[2, 3] = upd[0]
    check(ts.scatter_nd(np.where(np.arange(3)[:, None, None] == 2, 0, data).astype(np.float32), np.array([[2, 3], [0, 1]]), upd), want)
    add = ts.scatter_nd(np.zeros((3,)), np.array([[1], [1], [2]]), np.array([1.0, 2.0, 5.0]), reduction="add")
    check(add, np.array([0.0, 3.0, 5.0]))


@pytest.mark.parametrize("axis", [-1, 0, 1])
def test_one_hot(axis: int) -> None:
    idx = np.array([[0, 2], [-1, 5]])  # -1 counts from the end; 5 is outside: a row of off_value
    eye = np.eye(3, dtype=np.float64)
    rows = np.stack([np.stack([eye[i] if -3 <= i < 3 else np.zeros(3) for i in r]) for r in idx])  # [2, 2, 3]
    want = np.moveaxis(rows * 4 + (1 - rows) * -1, -1, axis)
    check(ts.one_hot(idx, 3, axis=axis, on_value=4.0, off_value=-1.0, dtype="float64"), want)
    check(ts.one_hot(np.array([1, 0]), 2, dtype="bool"), np.array([[False, True], [True, False]]))


@pytest.mark.parametrize("largest", [True, False])
def test_top_k(largest: bool, rng: np.random.Generator) -> None:
    x = integers(rng, (3, 8), "float32", 0, 5)  # ties: the lower index first
    order = np.argsort(-x if largest else x, axis=1, kind="stable")[:, :3]
    values, indices = ts.top_k(x, 3, largest=largest)
    check(indices, order.astype(np.int64))
    check(values, np.take_along_axis(x, order, axis=1))
    v0, i0 = ts.top_k(x, 3, axis=0, largest=largest, sorted=False)
    order0 = np.sort(np.argsort(-x if largest else x, axis=0, kind="stable")[:3], axis=0)
    check(i0, order0.astype(np.int64))
    check(v0, np.take_along_axis(x, order0, axis=0))


def test_non_zero_and_triangles(rng: np.random.Generator) -> None:
    x = integers(rng, (3, 4), "int32", -1, 2)
    check(ts.non_zero(x), np.array(np.nonzero(x), dtype=np.int64))
    check(ts.non_zero(np.array([0.0, np.nan, 1.0])), np.array([[1, 2]], dtype=np.int64))
    b = uniform(rng, (2, 4, 5), "float64")
    for k in (-2, 0, 1, 3):
        check(ts.triu(b, k=k), np.triu(b, k))
        check(ts.tril(b, k=k), np.tril(b, k))


# ---- layout --------------------------------------------------------------------------------------


def test_flatten_squeeze_unsqueeze_expand_tile(rng: np.random.Generator) -> None:
    x = uniform(rng, (2, 3, 4), "float32")
    for axis in (0, 1, 2, 3, -1):
        lead = int(np.prod(x.shape[:axis]))
        check(ts.flatten(x, axis=axis), x.reshape(lead, -1))
    s = uniform(rng, (1, 3, 1, 2), "float64")
    check(ts.squeeze(s), np.squeeze(s))
    check(ts.squeeze(s, axes=(2,)), np.squeeze(s, 2))
    check(ts.unsqueeze(x, (0, -1)), x[None, ..., None])
    check(ts.unsqueeze(x, (1,)), np.expand_dims(x, 1))
    col = uniform(rng, (3, 1), "float32")
    check(ts.expand(col, (2, 1, 4)), np.broadcast_to(col, (2, 3, 4)))
    check(ts.expand(col, (1,)), col)
    check(ts.tile(x, (2, 1, 3)), np.tile(x, (2, 1, 3)))


@pytest.mark.parametrize("mode", ["constant", "reflect", "edge", "wrap"])
def test_pad(mode: str, rng: np.random.Generator) -> None:
    x = integers(rng, (3, 4), "int64")
    kw = {"constant_values": 7} if mode == "constant" else {}
    check(ts.pad(x, (1, 0, 2, 3), mode=mode, value=7.0), np.pad(x, ((1, 2), (0, 3)), mode=mode, **kw))  # type: ignore[arg-type]
    check(ts.pad(x, (-1, 1, 0, -2), mode=mode, value=7.0), np.pad(x[1:, : 4 - 2], ((0, 0), (1, 0)), mode=mode, **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_split_by_count(n: int, rng: np.random.Generator) -> None:
    x = uniform(rng, (5, 3), "float32")
    size = -(-5 // n)
    bounds = [min(k * size, 5) for k in range(1, n)]
    want = [p for p in np.split(x, bounds, axis=0)]
    got = ts.split(x, num_outputs=n)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        check(g, w)
    with pytest.raises(ts.InvalidAttributeError):
        ts.split(x, num_outputs=4)  # pieces of ceil(5 / 4) = 2 leave nothing for the fourth
    pieces = ts.split(x, axis=1, split=(1, 2))
    check(pieces[0], x[:, :1])
    check(pieces[1], x[:, 1:])


@pytest.mark.parametrize("mode", ["DCR", "CRD"])
def test_depth_to_space_and_back(mode: str, rng: np.random.Generator) -> None:
    n, c, h, w, b = 2, 8, 3, 2, 2
    x = uniform(rng, (n, c, h, w), "float32")
    if mode == "DCR":
        want = x.reshape(n, b, b, c // 4, h, w).transpose(0, 3, 4, 1, 5, 2).reshape(n, c // 4, h * b, w * b)
    else:
        want = x.reshape(n, c // 4, b, b, h, w).transpose(0, 1, 4, 2, 5, 3).reshape(n, c // 4, h * b, w * b)
    y = ts.depth_to_space(x, b, mode=mode)  # type: ignore[arg-type]
    check(y, want)
    s2d = want.reshape(n, c // 4, h, b, w, b).transpose(0, 3, 5, 1, 2, 4).reshape(n, c, h, w)
    check(ts.space_to_depth(want, b), s2d)
    if mode == "DCR":
        check(ts.space_to_depth(y, b), x)


def resize_linear_1d(x: Array, axis: int, out: int, mode: str) -> Array:
    n = x.shape[axis]
    o = np.arange(out, dtype=np.float64)
    scale = out / n
    if mode == "half_pixel":
        src = (o + 0.5) / scale - 0.5
    elif mode == "asymmetric":
        src = o / scale
    elif mode == "align_corners":
        src = o * (n - 1) / (out - 1) if out > 1 else np.zeros(out)
    else:  # pytorch_half_pixel
        src = (o + 0.5) / scale - 0.5 if out > 1 else np.zeros(out)
    src = np.clip(src, 0, n - 1)
    i0 = np.floor(src).astype(int)
    i1 = np.minimum(i0 + 1, n - 1)
    t = src - i0
    shape = [1] * x.ndim
    shape[axis] = out
    t = t.reshape(shape)
    return np.take(x, i0, axis=axis) * (1 - t) + np.take(x, i1, axis=axis) * t  # type: ignore[no-any-return]


@pytest.mark.parametrize("ctm", ["half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel"])
def test_resize(ctm: str, rng: np.random.Generator) -> None:
    x = uniform(rng, (1, 2, 3, 4), "float64")
    want = resize_linear_1d(resize_linear_1d(x, 2, 5, ctm), 3, 7, ctm)
    check(ts.resize(x, mode="linear", sizes=(1, 2, 5, 7), coordinate_transformation_mode=ctm), want, ctm)  # type: ignore[arg-type]
    check(ts.resize(x, scales=(1.0, 1.0, 2.0, 2.0)), x.repeat(2, axis=2).repeat(2, axis=3))  # nearest, integer scale
    check(ts.resize(x, mode="nearest", sizes=(1, 2, 3, 2), coordinate_transformation_mode="asymmetric", nearest_mode="floor"), x[..., ::2])


# ---- nn-misc -------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize(("trans_a", "trans_b"), [(False, False), (True, False), (False, True), (True, True)])
def test_gemm(trans_a: bool, trans_b: bool, dtype: str, rng: np.random.Generator) -> None:
    a = uniform(rng, (4, 3) if trans_a else (3, 4), dtype)
    b = uniform(rng, (5, 4) if trans_b else (4, 5), dtype)
    ab = (a.T if trans_a else a).astype(np.float64) @ (b.T if trans_b else b).astype(np.float64)
    for c in (None, uniform(rng, (5,), dtype), uniform(rng, (3, 1), dtype), uniform(rng, (3, 5), dtype)):
        want = 0.5 * ab + (0 if c is None else 2.0 * c)
        check(ts.gemm(a, b, c, alpha=0.5, beta=2.0, trans_a=trans_a, trans_b=trans_b), np.asarray(want).astype(dtype), rtol=1e-4 if dtype == "float32" else None)


EINSUM = ["ij,jk->ik", "bij,bjk->bik", "ii->i", "ij->", "i,i->", "ij,kj", "...ij->...ji", "ij,j->i", "i,j->ij", "bik,kj->bij"]


@pytest.mark.parametrize("equation", EINSUM)
def test_einsum(equation: str, rng: np.random.Generator) -> None:
    shapes = {
        "ij,jk->ik": [(2, 3), (3, 4)],
        "bij,bjk->bik": [(2, 3, 4), (2, 4, 5)],
        "ii->i": [(4, 4)],
        "ij->": [(3, 4)],
        "i,i->": [(5,), (5,)],
        "ij,kj": [(2, 3), (4, 3)],
        "...ij->...ji": [(2, 3, 4)],
        "ij,j->i": [(3, 4), (4,)],
        "i,j->ij": [(3,), (4,)],
        "bik,kj->bij": [(2, 3, 4), (4, 5)],
    }[equation]
    ops = [uniform(rng, s, "float64") for s in shapes]
    check(ts.einsum(ops, equation), np.einsum(equation, *ops), equation)
    ints = [integers(rng, s, "int64", -5, 5) for s in shapes]
    check(ts.einsum(ints, equation), np.einsum(equation, *ints), equation)


def test_embedding(rng: np.random.Generator) -> None:
    weight = uniform(rng, (10, 4), "float32")
    idx = rng.integers(0, 10, (2, 3))
    check(ts.embedding(weight, idx), weight[idx])
    check(ts.embedding(weight, idx.astype(np.int32)), weight[idx])


def test_dropout_scales_the_kept_elements(rng: np.random.Generator) -> None:
    x = uniform(rng, (64, 64), "float64")
    y, mask = ts.dropout(x, ratio=0.25, training=True, seed=42)
    m = mask.numpy()
    assert m.dtype == np.bool_ and 0.7 < m.mean() < 0.8
    check(y, np.where(m, x / 0.75, 0.0))
    y0, m0 = ts.dropout(x, ratio=0.0, training=True, seed=1)
    check(y0, x)
    assert m0.numpy().all()


# ---- loss ----------------------------------------------------------------------------------------


def log_softmax(x: Array, axis: int = 1) -> Array:
    m = x.max(axis=axis, keepdims=True)
    return x - m - np.log(np.exp(x - m).sum(axis=axis, keepdims=True))  # type: ignore[no-any-return]


@pytest.mark.parametrize("reduction", ["none", "sum", "mean"])
def test_cross_entropy_and_nll(reduction: str, rng: np.random.Generator) -> None:
    logits = uniform(rng, (4, 5, 3), "float64", -5, 5)  # [N, C, d]
    labels = rng.integers(0, 5, (4, 3))
    labels[1, 2] = -100  # ignored
    logp = log_softmax(logits)
    picked = -np.take_along_axis(logp, np.where(labels < 0, 0, labels)[:, None, :], axis=1)[:, 0, :]
    counted = labels != -100
    per = np.where(counted, picked, 0.0)
    want = {"none": per, "sum": np.float64(per.sum()), "mean": np.float64(per.sum() / counted.sum())}[reduction]
    loss, log_prob = ts.softmax_cross_entropy(logits, labels, reduction=reduction)  # type: ignore[arg-type]
    check(loss, want)
    check(log_prob, logp)
    check(ts.nll_loss(logp, labels.astype(np.int32), reduction=reduction), want)  # type: ignore[arg-type]


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("reduction", ["none", "sum", "mean"])
def test_mse_and_binary_cross_entropy(reduction: str, dtype: str, rng: np.random.Generator) -> None:
    pred = uniform(rng, (3, 4), dtype)
    target = uniform(rng, (3, 4), dtype)
    reduce = {"none": lambda v: v, "sum": np.sum, "mean": np.mean}[reduction]
    se = (pred.astype(np.float64) - target) ** 2
    check(ts.mse_loss(pred, target, reduction=reduction), np.asarray(reduce(se)).astype(dtype))  # type: ignore[arg-type]
    p = uniform(rng, (3, 4), dtype, 0, 1)
    p[0, 0], p[0, 1] = 0, 1  # logs clamp at -100
    t = uniform(rng, (3, 4), dtype, 0, 1).round()
    t[0, 0], t[0, 1] = 1, 0
    with np.errstate(divide="ignore"):
        lp = np.maximum(np.log(p.astype(np.float64)), -100)
        l1p = np.maximum(np.log(1 - p.astype(np.float64)), -100)
    bce = -(t * lp + (1 - t) * l1p)
    check(ts.binary_cross_entropy(p, t, reduction=reduction), np.asarray(reduce(bce)).astype(dtype), rtol=1e-4 if dtype == "float32" else None)  # type: ignore[arg-type]


# ---- optim ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("nesterov", [False, True])
def test_sgd_update(nesterov: bool, rng: np.random.Generator) -> None:
    w, g, buf = (uniform(rng, (5,), "float64") for _ in range(3))
    lr, mom, wd = 0.1, 0.9, 0.01
    gg = g + wd * w
    new_buf = mom * buf + gg
    new_w = w - lr * (gg + mom * new_buf if nesterov else new_buf)
    out_w, out_buf = ts.sgd_update(w, g, buf, lr, momentum=mom, weight_decay=wd, nesterov=nesterov)
    check(out_w, new_w)
    check(out_buf, new_buf)


@pytest.mark.parametrize("decoupled", [False, True])
def test_adam_and_adamw_update(decoupled: bool, rng: np.random.Generator) -> None:
    w, g = uniform(rng, (6,), "float64"), uniform(rng, (6,), "float64")
    m, v = uniform(rng, (6,), "float64"), uniform(rng, (6,), "float64", 0, 1)
    lr, b1, b2, eps, wd, step = 0.01, 0.8, 0.99, 1e-6, 0.05, 3
    gg = g if decoupled else g + wd * w
    new_m = b1 * m + (1 - b1) * gg
    new_v = b2 * v + (1 - b2) * gg**2
    base = w * (1 - lr * wd) if decoupled else w
    new_w = base - lr / (1 - b1**step) * new_m / (np.sqrt(new_v) / math.sqrt(1 - b2**step) + eps)
    fn = ts.adamw_update if decoupled else ts.adam_update
    out = fn(w, g, m, v, lr, step, beta1=b1, beta2=b2, epsilon=eps, weight_decay=wd)
    for got, want in zip(out, (new_w, new_m, new_v)):
        check(got, want)


# ---- nn: convolution, pooling, normalization -----------------------------------------------------


def conv_ref(x: Array, w: Array, b: Array | None, strides: Sequence[int], pads: Sequence[int], dilations: Sequence[int], group: int) -> Array:
    nd = x.ndim - 2
    k = w.shape[2:]
    xp = np.pad(x, [(0, 0), (0, 0)] + [(pads[i], pads[i + nd]) for i in range(nd)])
    extent = [(k[i] - 1) * dilations[i] + 1 for i in range(nd)]
    out = [(xp.shape[2 + i] - extent[i]) // strides[i] + 1 for i in range(nd)]
    n, c, m = x.shape[0], x.shape[1], w.shape[0]
    cg, mg = c // group, m // group
    y = np.zeros((n, m, *out))
    for o in np.ndindex(*out):
        window = tuple(slice(o[i] * strides[i], o[i] * strides[i] + extent[i], dilations[i]) for i in range(nd))
        patch = xp[(slice(None), slice(None), *window)]
        for g in range(group):
            pg = patch[:, g * cg : (g + 1) * cg].reshape(n, cg, -1)
            wg = w[g * mg : (g + 1) * mg].reshape(mg, cg, -1)
            y[(slice(None), slice(g * mg, (g + 1) * mg), *o)] = np.einsum("nck,mck->nm", pg, wg)
    if b is not None:
        y += b.reshape(1, m, *([1] * nd))
    return y


CONV_CASES = [
    # (x shape, w shape, strides, pads, dilations, group)
    ((2, 3, 7), (4, 3, 3), (1,), (0, 0), (1,), 1),
    ((2, 3, 7), (4, 3, 2), (2,), (1, 2), (2,), 1),
    ((1, 4, 6, 5), (6, 2, 3, 3), (1, 1), (1, 1, 1, 1), (1, 1), 2),
    ((2, 2, 7, 6), (3, 2, 2, 3), (2, 1), (0, 1, 2, 0), (1, 2), 1),
    ((1, 4, 5, 5), (4, 1, 3, 3), (2, 2), (1, 1, 1, 1), (1, 1), 4),  # depthwise
    ((1, 2, 4, 4, 3), (2, 2, 2, 2, 2), (1, 1, 1), (0, 0, 0, 1, 1, 1), (1, 1, 1), 1),
]


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("case", range(len(CONV_CASES)))
def test_conv(case: int, dtype: str, rng: np.random.Generator) -> None:
    xs, ws, strides, pads, dil, group = CONV_CASES[case]
    x, w, b = uniform(rng, xs, dtype), uniform(rng, ws, dtype), uniform(rng, (ws[0],), dtype)
    want = conv_ref(x.astype(np.float64), w.astype(np.float64), b, strides, pads, dil, group).astype(dtype)
    tol = 1e-4 if dtype == "float32" else None
    check(ts.conv(x, w, b, strides=strides, pads=pads, dilations=dil, group=group), want, f"conv case {case}", rtol=tol, atol=tol)
    nobias = conv_ref(x.astype(np.float64), w.astype(np.float64), None, strides, pads, dil, group).astype(dtype)
    check(ts.conv(x, w, strides=strides, pads=pads, dilations=dil, group=group), nobias, f"conv case {case} no bias", rtol=tol, atol=tol)


@pytest.mark.parametrize("auto_pad", ["SAME_UPPER", "SAME_LOWER", "VALID"])
def test_conv_auto_pad(auto_pad: str, rng: np.random.Generator) -> None:
    x, w = uniform(rng, (1, 2, 7, 6), "float64"), uniform(rng, (3, 2, 3, 2), "float64")
    strides = (2, 1)
    if auto_pad == "VALID":
        pads = [0, 0, 0, 0]
    else:
        pads = [0, 0, 0, 0]
        for i, (n, k, s) in enumerate(zip((7, 6), (3, 2), strides)):
            total = max((-(-n // s) - 1) * s + k - n, 0)
            small, big = total // 2, total - total // 2
            pads[i], pads[i + 2] = (small, big) if auto_pad == "SAME_UPPER" else (big, small)
    check(ts.conv(x, w, strides=strides, auto_pad=auto_pad), conv_ref(x, w, None, strides, pads, (1, 1), 1))  # type: ignore[arg-type]


def conv_transpose_ref(x: Array, w: Array, b: Array | None, strides: Sequence[int], pads: Sequence[int], dilations: Sequence[int], group: int, output_padding: Sequence[int]) -> Array:
    nd = x.ndim - 2
    n, c = x.shape[:2]
    mg = w.shape[1]
    cg = c // group
    k = w.shape[2:]
    full = [strides[i] * (x.shape[2 + i] - 1) + (k[i] - 1) * dilations[i] + 1 + output_padding[i] for i in range(nd)]
    y = np.zeros((n, mg * group, *full))
    for i in np.ndindex(*x.shape[2:]):
        for kk in np.ndindex(*k):
            pos = tuple(i[d] * strides[d] + kk[d] * dilations[d] for d in range(nd))
            for g in range(group):
                xs = x[(slice(None), slice(g * cg, (g + 1) * cg), *i)]
                ws = w[(slice(g * cg, (g + 1) * cg), slice(None), *kk)]
                y[(slice(None), slice(g * mg, (g + 1) * mg), *pos)] += xs @ ws
    crop = tuple(slice(pads[d], full[d] - pads[d + nd]) for d in range(nd))
    y = y[(slice(None), slice(None), *crop)]
    if b is not None:
        y += b.reshape(1, -1, *([1] * nd))
    return y


TRANSPOSE_CASES = [
    # (x shape, w shape, strides, pads, dilations, group, output_padding)
    ((2, 3, 4), (3, 2, 3), (1,), (0, 0), (1,), 1, (0,)),
    ((1, 2, 3, 3), (2, 3, 3, 3), (2, 2), (1, 1, 1, 1), (1, 1), 1, (1, 0)),
    ((1, 4, 3, 2), (4, 1, 2, 2), (2, 1), (0, 1, 0, 0), (1, 2), 2, (0, 0)),
]


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("case", range(len(TRANSPOSE_CASES)))
def test_conv_transpose(case: int, dtype: str, rng: np.random.Generator) -> None:
    xs, ws, strides, pads, dil, group, op = TRANSPOSE_CASES[case]
    x, w, b = uniform(rng, xs, dtype), uniform(rng, ws, dtype), uniform(rng, (ws[1] * group,), dtype)
    want = conv_transpose_ref(x.astype(np.float64), w.astype(np.float64), b, strides, pads, dil, group, op).astype(dtype)
    tol = 1e-4 if dtype == "float32" else None
    got = ts.conv_transpose(x, w, b, strides=strides, pads=pads, dilations=dil, group=group, output_padding=op)
    check(got, want, f"conv_transpose case {case}", rtol=tol, atol=tol)


def pool_ref(x: Array, kernel: Sequence[int], strides: Sequence[int], pads: Sequence[int], dilations: Sequence[int], ceil_mode: bool, kind: str, count_include_pad: bool = False) -> Array:
    nd = x.ndim - 2
    ext = [(kernel[i] - 1) * dilations[i] + 1 for i in range(nd)]
    size = [x.shape[2 + i] + pads[i] + pads[i + nd] for i in range(nd)]
    rnd = math.ceil if ceil_mode else math.floor
    out = [int(rnd((size[i] - ext[i]) / strides[i])) + 1 for i in range(nd)]
    extra = [max((out[i] - 1) * strides[i] + ext[i] - size[i], 0) for i in range(nd)]
    fill = -np.inf if kind == "max" else 0.0
    widths = [(0, 0), (0, 0)] + [(pads[i], pads[i + nd] + extra[i]) for i in range(nd)]
    xp = np.pad(x, widths, constant_values=fill)
    inside = np.pad(np.ones(x.shape[2:]), widths[2:], constant_values=0.0)
    padded = np.pad(np.ones(x.shape[2:]), [(p0, p1) for p0, p1 in widths[2:]], constant_values=1.0)
    for i in range(nd):  # taps ceil_mode adds past the end never count
        idx = [slice(None)] * nd
        idx[i] = slice(size[i], None)
        padded[tuple(idx)] = 0.0
    y = np.zeros((*x.shape[:2], *out))
    for o in np.ndindex(*out):
        window = tuple(slice(o[i] * strides[i], o[i] * strides[i] + ext[i], dilations[i]) for i in range(nd))
        patch = xp[(slice(None), slice(None), *window)]
        axes = tuple(range(2, 2 + nd))
        if kind == "max":
            y[(slice(None), slice(None), *o)] = patch.max(axis=axes)
        else:
            count = (padded if count_include_pad else inside)[window].sum()
            y[(slice(None), slice(None), *o)] = patch.sum(axis=axes) / count
    return y


POOL_CASES = [
    # (x shape, kernel, strides, pads, dilations, ceil_mode)
    ((2, 3, 8), (3,), (2,), (1, 1), (1,), False),
    ((1, 2, 5, 6), (2, 2), (2, 2), (0, 0, 0, 0), (1, 1), False),
    ((1, 2, 5, 5), (2, 2), (2, 2), (0, 0, 0, 0), (1, 1), True),
    ((2, 1, 6, 7), (3, 2), (1, 2), (1, 0, 1, 1), (1, 2), False),
    ((1, 1, 4, 4, 4), (2, 2, 2), (2, 2, 2), (0, 0, 0, 0, 0, 0), (1, 1, 1), False),
]


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("case", range(len(POOL_CASES)))
def test_pools(case: int, dtype: str, rng: np.random.Generator) -> None:
    xs, k, s, p, d, ceil = POOL_CASES[case]
    x = uniform(rng, xs, dtype)
    x64 = x.astype(np.float64)
    check(ts.max_pool(x, k, strides=s, pads=p, dilations=d, ceil_mode=ceil), pool_ref(x64, k, s, p, d, ceil, "max").astype(dtype), f"max {case}")
    for include in (False, True):
        want = pool_ref(x64, k, s, p, d, ceil, "avg", include).astype(dtype)
        check(ts.avg_pool(x, k, strides=s, pads=p, dilations=d, ceil_mode=ceil, count_include_pad=include), want, f"avg {case} {include}")


@pytest.mark.parametrize("dtype", FLOATS)
def test_global_pools(dtype: str, rng: np.random.Generator) -> None:
    for shape in ((2, 3, 5), (2, 3, 4, 5), (1, 2, 2, 3, 4)):
        x = uniform(rng, shape, dtype)
        axes = tuple(range(2, len(shape)))
        check(ts.global_avg_pool(x), x.astype(np.float64).mean(axis=axes, keepdims=True).astype(dtype))
        check(ts.global_max_pool(x), x.max(axis=axes, keepdims=True))


def per_channel(v: Array, ndim: int) -> Array:
    return v.reshape(1, -1, *([1] * (ndim - 2)))


@pytest.mark.parametrize("dtype", FLOATS)
def test_normalizations(dtype: str, rng: np.random.Generator) -> None:
    x = uniform(rng, (2, 4, 3, 5), dtype)
    x64 = x.astype(np.float64)
    scale, bias = uniform(rng, (4,), dtype), uniform(rng, (4,), dtype)
    mean, var = uniform(rng, (4,), dtype), uniform(rng, (4,), dtype, 0.5, 2)
    eps = 1e-3
    tol = {"rtol": 1e-4, "atol": 1e-5} if dtype == "float32" else {}

    bn = (x64 - per_channel(mean, 4)) / np.sqrt(per_channel(var, 4) + eps) * per_channel(scale, 4) + per_channel(bias, 4)
    check(ts.batch_norm(x, scale, bias, mean, var, epsilon=eps), bn.astype(dtype), "batch_norm", **tol)

    m, v = x64.mean(axis=(2, 3), keepdims=True), x64.var(axis=(2, 3), keepdims=True)
    inorm = (x64 - m) / np.sqrt(v + eps) * per_channel(scale, 4) + per_channel(bias, 4)
    check(ts.instance_norm(x, scale, bias, epsilon=eps), inorm.astype(dtype), "instance_norm", **tol)

    for axis in (1, 2, -1):
        axes = tuple(range(axis % 4, 4))
        m, v = x64.mean(axis=axes, keepdims=True), x64.var(axis=axes, keepdims=True)
        s, b = uniform(rng, x.shape[axis % 4 :], dtype), uniform(rng, x.shape[axis % 4 :], dtype)
        check(ts.layer_norm(x, s, b, axis=axis, epsilon=eps), ((x64 - m) / np.sqrt(v + eps) * s + b).astype(dtype), f"layer_norm {axis}", **tol)

    for groups in (1, 2, 4):
        g = x64.reshape(2, groups, -1)
        gn = ((g - g.mean(-1, keepdims=True)) / np.sqrt(g.var(-1, keepdims=True) + eps)).reshape(x.shape)
        want = gn * per_channel(scale, 4) + per_channel(bias, 4)
        check(ts.group_norm(x, scale, bias, groups, epsilon=eps), want.astype(dtype), f"group_norm {groups}", **tol)


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_lrn(size: int, dtype: str, rng: np.random.Generator) -> None:
    x = uniform(rng, (2, 6, 3, 2), dtype)
    x64 = x.astype(np.float64)
    alpha, beta, bias = 0.02, 0.6, 1.5
    sq = np.zeros_like(x64)
    lo, hi = (size - 1) // 2, -(-(size - 1) // 2)
    for c in range(6):
        sq[:, c] = (x64[:, max(0, c - lo) : min(6, c + hi + 1)] ** 2).sum(axis=1)
    want = x64 / (bias + alpha / size * sq) ** beta
    tol = {"rtol": 1e-4, "atol": 1e-5} if dtype == "float32" else {}
    check(ts.lrn(x, size, alpha=alpha, beta=beta, bias=bias), want.astype(dtype), **tol)


# The operators this module compares (test_numpy.py checks that together they cover the registry).
COVERED = (
    set(UNARY)
    | set(REDUCE)
    | {
        "gelu", "round", "isnan", "isinf", "prelu", "less_equal", "greater_equal", "logical_and", "logical_or",
        "logical_xor", "logical_not", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "mod", "clip",
        "argmax", "argmin", "cumsum", "gather", "gather_elements", "scatter_elements", "gather_nd", "scatter_nd",
        "one_hot", "top_k", "non_zero", "triu", "tril", "flatten", "squeeze", "unsqueeze", "expand", "tile", "pad",
        "split", "depth_to_space", "space_to_depth", "resize", "gemm", "einsum", "embedding", "dropout",
        "softmax_cross_entropy", "nll_loss", "mse_loss", "binary_cross_entropy", "sgd_update", "adam_update",
        "adamw_update", "conv", "conv_transpose", "max_pool", "avg_pool", "global_avg_pool", "global_max_pool",
        "batch_norm", "instance_norm", "layer_norm", "group_norm", "lrn",
    }
)
