"""Autograd through the C API: gradients against hand-derived and numpy values, scopes, errors."""

from __future__ import annotations

import threading

import numpy as np
import pytest

import tessera as ts
from tessera import autograd


def test_square_sum() -> None:
    w = ts.tensor([1.0, 2.0, 3.0], dtype="float64").attach_grad()
    assert w.requires_grad and w.grad is None
    with autograd.record():
        assert autograd.is_recording()
        loss = ts.sum(w * w)
    assert not autograd.is_recording()
    assert loss.requires_grad
    loss.backward()
    g = w.grad
    assert g is not None and g.tolist() == [2.0, 4.0, 6.0]


def test_small_network_against_numpy(rng: np.random.Generator) -> None:
    # loss = sum(tanh(x @ W + b)); dW = x^T (1 - tanh^2), db = sum over rows of (1 - tanh^2)
    x = rng.normal(size=(5, 3))
    w0 = rng.normal(size=(3, 4))
    b0 = rng.normal(size=(4,))
    W = ts.tensor(w0).attach_grad()
    b = ts.tensor(b0).attach_grad()
    with autograd.record():
        loss = ts.sum(ts.tanh(ts.tensor(x) @ W + b))
    loss.backward()
    t = np.tanh(x @ w0 + b0)
    np.testing.assert_allclose(W.grad.numpy(), x.T @ (1 - t * t), rtol=1e-10)  # type: ignore[union-attr]
    np.testing.assert_allclose(b.grad.numpy(), (1 - t * t).sum(axis=0), rtol=1e-10)  # type: ignore[union-attr]
    assert loss.item() == pytest.approx(t.sum())


def test_head_gradients_accumulation_and_zero_grad() -> None:
    x = ts.tensor([1.0, -2.0]).attach_grad()
    with autograd.record():
        y = x * 3.0
    autograd.backward(y, [ts.tensor([1.0, 10.0])])
    assert x.grad.tolist() == [3.0, 30.0]  # type: ignore[union-attr]
    with autograd.record():
        z = ts.sum(x * x)
    z.backward()  # accumulates: + 2x
    assert x.grad.tolist() == [5.0, 26.0]  # type: ignore[union-attr]
    x.zero_grad()
    with autograd.record():
        u = ts.sum(x)
    autograd.backward([u])
    assert x.grad.tolist() == [1.0, 1.0]  # type: ignore[union-attr]


def test_pause_and_detach_stop_the_tape() -> None:
    x = ts.tensor([2.0]).attach_grad()
    with autograd.record():
        y = x * x
        with autograd.pause():
            assert not autograd.is_recording()
            c = x * 10.0
        assert autograd.is_recording()
        d = x.detach()
        assert not d.requires_grad and d.data_ptr == x.data_ptr
        loss = ts.sum(y + c + d * x)
    loss.backward()
    # d(x^2 + const + const*x)/dx = 2x + d = 4 + 2
    assert x.grad.tolist() == [6.0]  # type: ignore[union-attr]
    assert not c.requires_grad


def test_scope_is_restored_when_the_block_raises() -> None:
    with pytest.raises(RuntimeError):
        with autograd.record():
            raise RuntimeError("boom")
    assert not autograd.is_recording()


def test_recording_is_per_thread() -> None:
    seen: list[bool] = []
    with autograd.record():
        t = threading.Thread(target=lambda: seen.append(autograd.is_recording()))
        t.start()
        t.join()
    assert seen == [False]


def test_errors() -> None:
    with pytest.raises(ts.DTypeMismatchError, match="floating-point"):
        ts.tensor([1, 2]).attach_grad()
    x = ts.tensor([1.0])
    with pytest.raises(ts.TesseraError):
        ts.sum(x).backward()  # nothing recorded, nothing attached
    with pytest.raises(ts.InvalidArgumentError):
        autograd.backward([])
    w = ts.tensor([1.0]).attach_grad()
    with autograd.record():
        y = w * 2.0
    with pytest.raises(ts.InputTypeError):
        autograd.backward([y], ["ones"])  # type: ignore[list-item]
    with pytest.raises(ts.InvalidArgumentError, match="head gradient"):
        autograd.backward([y], [None, None])
    with pytest.raises(ts.ShapeMismatchError):
        y.backward(ts.tensor([1.0, 2.0]))
    y.release()
    with pytest.raises(ts.ReleasedTensorError):
        autograd.backward(y)
