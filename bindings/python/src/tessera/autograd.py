"""Reverse-mode automatic differentiation, MXNet style.

>>> import tessera as ts
>>> w = ts.tensor([1.0, 2.0, 3.0], dtype="float64").attach_grad()
>>> with ts.autograd.record():
...     loss = ts.sum(w * w)
>>> loss.backward()
>>> w.grad.tolist()
[2.0, 4.0, 6.0]

Inside :func:`record`, operators whose inputs need gradients (attached leaves, or results
computed from them) are taped, per thread; :meth:`Tensor.backward` or :func:`backward` then
accumulates gradients into the leaves marked with :meth:`Tensor.attach_grad`. Only
floating-point tensors have gradients. Scopes nest and restore the previous state on exit, also
when the block raises. The gradient formulas are the registry's (one per operator).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager

from . import _native
from ._tensor import Tensor

__all__ = ["backward", "is_recording", "pause", "record"]


@contextmanager
def _scope(on: bool) -> Iterator[None]:
    prev = _native.autograd_set_recording(on)
    try:
        yield
    finally:
        _native.autograd_set_recording(prev)


def record() -> AbstractContextManager[None]:
    """A ``with`` block in which operators are recorded for :func:`backward` (this thread only)."""
    return _scope(True)


def pause() -> AbstractContextManager[None]:
    """A ``with`` block in which nothing is recorded (e.g. parameter updates inside a training step)."""
    return _scope(False)


def is_recording() -> bool:
    """Whether this thread is recording operators."""
    return _native.autograd_is_recording()


def backward(heads: Tensor | Sequence[Tensor], head_grads: Sequence[Tensor | None] | None = None) -> None:
    """Backpropagates from recorded results into every attached leaf.

    Parameters
    ----------
    heads : Tensor or sequence of Tensor
        Results computed while recording.
    head_grads : sequence of (Tensor or None), optional
        One per head, with the head's shape; None (or leaving the argument out) means ones.
        Gradients accumulate across calls until ``zero_grad()`` on the leaf.
    """
    hs = (heads,) if isinstance(heads, _native.TensorBase) else tuple(heads)
    _native.autograd_backward(hs, None if head_grads is None else tuple(head_grads))
