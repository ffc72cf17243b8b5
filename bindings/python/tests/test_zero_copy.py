"""Zero-copy: memory shared between numpy, DLPack and Tessera is really shared (same addresses,
writes visible on the other side) and outlives whichever side goes first."""

from __future__ import annotations

import gc
import sys

import numpy as np
import pytest

import tessera as ts


def test_numpy_view_of_a_tensor_shares_memory() -> None:
    t = ts.tensor([[1.0, 2.0], [3.0, 4.0]])
    a = t.numpy()
    assert a.ctypes.data == t.data_ptr and a.dtype == np.float32 and a.flags.writeable
    a[0, 0] = 100.0
    assert t.tolist()[0][0] == 100.0
    assert ts.sum(t).item() == 109.0  # the engine reads the write
    assert np.asarray(t).ctypes.data == t.data_ptr
    assert np.shares_memory(np.asarray(memoryview(t)), a)


def test_tensor_over_numpy_shares_memory() -> None:
    a = np.arange(6, dtype=np.float64).reshape(2, 3)
    for t in (ts.from_numpy(a), ts.asarray(a)):
        assert t.data_ptr == a.ctypes.data and t.dtype == "float64"
        a[1, 2] = -1.0
        assert t.tolist()[1][2] == -1.0
        t.numpy()[0, 0] = 42.0
        assert a[0, 0] == 42.0


@pytest.mark.parametrize(
    "view",
    [lambda a: a[:, ::2], lambda a: a.T, lambda a: a[::-1], lambda a: a[1:, 1:3], lambda a: np.broadcast_to(a[0], (4, 4))],
    ids=["step", "transpose", "reversed", "window", "broadcast"],
)
def test_strided_numpy_views_stay_views(view: object) -> None:
    base = np.arange(16, dtype=np.float32).reshape(4, 4)
    v = view(base)  # type: ignore[operator]
    t = ts.asarray(v)
    assert t.shape == v.shape and t.data_ptr == v.ctypes.data
    assert t.strides == tuple(s // 4 for s in v.strides)
    np.testing.assert_array_equal(t.numpy(), v)
    np.testing.assert_allclose(ts.sum(t, axes=(0,)).numpy(), v.sum(axis=0))
    np.testing.assert_allclose((t * 2).numpy(), v * 2)


def test_readonly_memory_stays_readonly() -> None:
    a = np.arange(3.0)
    a.flags.writeable = False
    t = ts.asarray(a)
    assert t.readonly and t.data_ptr == a.ctypes.data
    assert not t.numpy().flags.writeable
    with pytest.raises(ValueError):
        t.numpy()[0] = 1.0
    with pytest.raises(ts.InvalidArgumentError):
        t[0] = 1.0
    with pytest.raises(BufferError):
        t.__dlpack__()
    assert (t + 1).tolist() == [1.0, 2.0, 3.0]  # reading is fine


def test_lifetimes_either_side_may_go_first() -> None:
    a = np.arange(4, dtype=np.int64)
    before = sys.getrefcount(a)
    t = ts.from_numpy(a)
    assert sys.getrefcount(a) > before  # the tensor keeps the array alive
    del a
    gc.collect()
    assert t.tolist() == [0, 1, 2, 3]
    # and the other way: a numpy view outlives release() of the tensor
    u = ts.tensor([5.0, 6.0])
    v = u.numpy()
    u.release()
    gc.collect()
    assert v.tolist() == [5.0, 6.0]
    # the array is let go once the last tensor using it is gone
    b = np.arange(3.0)
    held = sys.getrefcount(b)
    w = ts.asarray(b)
    view = w[1:]
    del w
    gc.collect()
    assert sys.getrefcount(b) > held  # the view still uses it
    del view
    gc.collect()
    assert sys.getrefcount(b) == held


def test_operator_views_share_memory() -> None:
    t = ts.tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
    for v in (ts.transpose(t), ts.reshape(t, (4, 3)), ts.slice(t, (1,), (3,)), t[1:], t[:, 2]):
        assert t.data_ptr <= v.data_ptr < t.data_ptr + t.nbytes
    r = ts.reshape(t, (2, 6))
    t.numpy()[0, 0] = -5.0
    assert r.tolist()[0][0] == -5.0


def test_dlpack_both_ways() -> None:
    t = ts.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype="float64")
    assert t.__dlpack_device__() == (1, 0)
    a = np.from_dlpack(t)
    assert a.ctypes.data == t.data_ptr and a.dtype == np.float64
    t.numpy()[0, 0] = 9.0  # numpy marks legacy DLPack imports read-only; write from our side
    assert a[0, 0] == 9.0
    tt = np.from_dlpack(t.T)  # strides travel with the view
    np.testing.assert_array_equal(tt, a.T)
    n = np.arange(8, dtype=np.int32).reshape(2, 4)[:, 1::2]
    d = ts.from_dlpack(n)
    assert d.data_ptr == n.ctypes.data and d.tolist() == n.tolist() and d.dtype == "int32"
    cap = ts.tensor([1, 2]).__dlpack__()
    assert ts.from_dlpack(cap).tolist() == [1, 2]
    with pytest.raises(ts.InvalidArgumentError, match="already consumed"):
        ts.from_dlpack(cap)
    b = ts.tensor([True, False])
    assert np.from_dlpack(b).tolist() == [True, False]
    src = ts.tensor([1.0, 2.0])
    copied = ts.from_dlpack(src.__dlpack__(copy=True))
    assert copied.tolist() == [1.0, 2.0] and copied.data_ptr != src.data_ptr
    with pytest.raises(BufferError):
        t.__dlpack__(stream=1)


def test_memory_that_cannot_be_shared_is_copied_or_refused() -> None:
    raw = np.zeros(17, dtype=np.uint8)
    misaligned = np.ndarray((4,), dtype=np.float32, buffer=raw.data, offset=1)
    t = ts.asarray(misaligned)
    assert t.tolist() == misaligned.tolist()
    if misaligned.ctypes.data % 4:
        assert t.data_ptr != misaligned.ctypes.data
        with pytest.raises(ts.InvalidArgumentError, match="cannot be shared"):
            ts.from_numpy(misaligned)
        with pytest.raises(ts.InvalidArgumentError, match="copy=False"):
            ts.asarray(misaligned, copy=False)
    with pytest.raises(ts.DTypeMismatchError, match="float16"):
        ts.from_numpy(np.zeros(2, dtype=np.float16))
    assert ts.asarray(np.zeros(2, dtype=np.float16), dtype="float32").dtype == "float32"


def test_asarray_copy_and_dtype_flags() -> None:
    a = np.arange(3, dtype=np.float32)
    assert ts.asarray(a, copy=True).data_ptr != a.ctypes.data
    assert ts.asarray(a, dtype="float64").dtype == "float64"
    with pytest.raises(ts.InvalidArgumentError):
        ts.asarray(a, dtype="float64", copy=False)
    t = ts.tensor([1, 2])
    assert ts.asarray(t) is t
    assert ts.asarray(t, copy=True).data_ptr != t.data_ptr
    assert ts.asarray(memoryview(bytearray(b"\x01\x02"))).dtype == "uint8"
    ba = bytearray(8)
    m = ts.asarray(memoryview(ba).cast("d"))
    m.numpy()[0] = 1.0
    assert np.frombuffer(ba)[0] == 1.0
