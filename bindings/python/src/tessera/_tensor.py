"""``tessera.Tensor`` and the ways to make one.

A :class:`Tensor` is an engine tensor: a dtype, a shape, strides and reference-counted memory.
Its native base (``tessera._native.TensorBase``) holds the handle and exports the memory through
the buffer protocol and DLPack; this module adds numpy conversion, Python operators, indexing,
``repr`` and the context-manager protocol, and the generated ``TensorMethods`` add one method per
operator (``x.sum(axes=(1,))``).

Memory is shared, not copied, wherever the layout allows:

- ``t.numpy()``, ``np.asarray(t)``, ``memoryview(t)``: views of the engine memory;
- ``tessera.asarray(a)`` / ``tessera.from_numpy(a)``: a tensor over a numpy array's (or any
  buffer's) memory, strided views included; ``tessera.from_dlpack(x)``: over a DLPack producer's;
- ``t[1:, ::2]``, ``reshape``, ``transpose``, ``slice``: views of the same memory.

``tessera.tensor(data)`` always copies into new engine memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeAlias, Union

import numpy as np
import numpy.typing as npt

from . import _native
from ._errors import (
    DTypeMismatchError,
    InputTypeError,
    InvalidArgumentError,
    ReleasedTensorError,
    TesseraError,
    make_error,
)
from ._generated import ops as _ops
from ._generated.methods import TensorMethods
from ._generated.ops import (
    _op_abs,
    _op_add,
    _op_div,
    _op_equal,
    _op_greater,
    _op_less,
    _op_matmul,
    _op_mul,
    _op_neg,
    _op_pow,
    _op_sub,
    _op_where,
)
from ._generated.registry import DTYPES, DType

__all__ = ["Tensor", "TensorLike", "asarray", "from_dlpack", "from_numpy", "tensor"]

_NP_DTYPES: dict[str, np.dtype[Any]] = {name: np.dtype(name) for name in DTYPES}
_CODES: dict[str, int] = {name: code for code, name in enumerate(DTYPES)}
_FLOATS = frozenset({"float32", "float64"})
_SCALAR_TYPES = (bool, int, float, np.generic)


def _dtype_name(dtype: object) -> str | None:
    """A Tessera dtype name for a str, numpy dtype or scalar type (np.float32, float, ...)."""
    if isinstance(dtype, str) and dtype in _CODES:
        return dtype
    try:
        name = np.dtype(dtype).name  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return name if name in _CODES else None


def _dtype_hook(dtype: object) -> str | None:
    # For dtype attributes: non-str values (np.float32, np.dtype("f4")) are normalized here.
    return _dtype_name(dtype)


def _check_dtype(dtype: object, arg: str = "dtype") -> str:
    name = _dtype_name(dtype)
    if name is None:
        raise InvalidArgumentError(f"unknown dtype {dtype!r}; expected one of {', '.join(map(repr, DTYPES))}", None, arg)
    return name


def _alive(t: _native.TensorBase) -> None:
    if t.released:
        raise ReleasedTensorError("the tensor was released", None, "self")


class Tensor(_native.TensorBase, TensorMethods):
    """An n-dimensional array in Tessera's engine memory.

    Create one with :func:`tessera.tensor` (copies), :func:`tessera.asarray` /
    :func:`tessera.from_numpy` / :func:`tessera.from_dlpack` (share memory) or any operator.
    ``Tensor(data, dtype=None)`` is :func:`tessera.tensor`.

    The engine memory is freed when the last tensor, view, numpy array or DLPack capsule using it
    goes away; ``release()`` (or a ``with`` block) drops this object's reference at once.

    Examples
    --------
    >>> import tessera as ts
    >>> x = ts.tensor([[1.0, 2.0], [3.0, 4.0]])
    >>> x.shape, x.dtype
    ((2, 2), 'float32')
    >>> (x * 2 + 1).tolist()
    [[3.0, 5.0], [7.0, 9.0]]
    >>> x[:, 1].tolist()
    [2.0, 4.0]
    >>> (x @ x).sum(axes=(0,)).tolist()
    [22.0, 32.0]
    """

    __slots__ = ()
    # Elementwise == makes tensors unhashable, like numpy arrays.
    __hash__ = None  # type: ignore[assignment]
    # numpy defers `ndarray <op> Tensor` to Tensor's reflected operator.
    __array_priority__ = 1000

    def __new__(cls, data: TensorLike, dtype: DType | None = None) -> Tensor:
        return tensor(data, dtype=dtype)

    # ---- conversion --------------------------------------------------------------------------

    def numpy(self) -> npt.NDArray[Any]:
        """A numpy array viewing this tensor's memory (no copy; writes are shared)."""
        _alive(self)
        return np.asarray(memoryview(self))

    def __array__(self, dtype: npt.DTypeLike | None = None, copy: bool | None = None) -> npt.NDArray[Any]:
        _alive(self)
        arr = np.asarray(memoryview(self))
        if dtype is not None and np.dtype(dtype) != arr.dtype:
            if copy is False:
                raise ValueError(f"converting {self.dtype} to {np.dtype(dtype)} needs a copy (copy=False was given)")
            return arr.astype(dtype)
        return arr.copy() if copy else arr

    def tolist(self) -> Any:
        """The elements as (nested) Python lists of bool, int or float; a scalar for a 0-d tensor."""
        return self.numpy().tolist()

    def item(self) -> bool | int | float:
        """The only element as a Python scalar (the tensor must have exactly one element)."""
        if self.size != 1:
            raise ValueError(f"item() needs a tensor with one element, this one has {self.size} (shape {self.shape})")
        value: bool | int | float = self.numpy().reshape(()).item()
        return value

    def astype(self, dtype: DType) -> Tensor:
        """The elements converted to ``dtype`` (a new tensor; see :func:`tessera.cast`)."""
        return _ops.cast(self, dtype=dtype)

    def copy(self) -> Tensor:
        """A contiguous copy in new engine memory."""
        return tensor(self)

    def contiguous(self) -> Tensor:
        """This tensor if it is dense row-major, else a contiguous copy."""
        return self if self.is_contiguous else self.copy()

    @property
    def T(self) -> Tensor:  # noqa: N802 - numpy's name
        """The tensor with its axes reversed (a view)."""
        return _ops.transpose(self)

    @property
    def device(self) -> str:
        """Where the memory lives: always ``"cpu"``."""
        return "cpu"

    @property
    def nbytes(self) -> int:
        """Bytes the elements take (size * itemsize)."""
        return self.size * self.itemsize

    def __copy__(self) -> Tensor:
        return self.copy()

    def __deepcopy__(self, memo: dict[int, Any]) -> Tensor:
        return self.copy()

    def __reduce__(self) -> tuple[Any, ...]:
        return (tensor, (self.numpy().copy(), self.dtype))

    # ---- autograd (the methods live in the native base; these are their typed forms) ----------

    if TYPE_CHECKING:

        @property
        def grad(self) -> Tensor | None:
            """The gradient accumulated in this leaf by backward(), or None before one reached it."""

        def attach_grad(self) -> Tensor:
            """Marks this floating-point tensor as a leaf that accumulates gradients; returns it."""

        def detach(self) -> Tensor:
            """The same memory, cut from the tape: no gradient flows through the result."""

    def backward(self, head_grad: Tensor | None = None) -> None:
        """Backpropagates from this recorded result into every attached leaf.

        ``head_grad`` (this tensor's shape) defaults to ones. Gradients accumulate across calls
        until ``zero_grad()`` (or ``attach_grad()``) on the leaf. See :mod:`tessera.autograd`.
        """
        _native.autograd_backward((self,), (head_grad,))

    # ---- protocols ---------------------------------------------------------------------------

    def __enter__(self) -> Tensor:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def __len__(self) -> int:
        shape = self.shape
        if not shape:
            raise TypeError("len() of a 0-d tensor")
        return shape[0]

    def __iter__(self) -> Iterator[Tensor]:
        for i in range(len(self)):
            yield self[i]

    def __bool__(self) -> bool:
        if self.size != 1:
            raise ValueError(
                f"the truth value of a tensor with {self.size} elements is ambiguous; use (t != 0).tolist() or any/all in numpy"
            )
        return bool(self.item())

    def __float__(self) -> float:
        return float(self.item())

    def __int__(self) -> int:
        return int(self.item())

    def __index__(self) -> int:
        if self.dtype in _FLOATS or self.dtype == "bool":
            raise TypeError(f"only integer tensors can be used as an index, this one is {self.dtype}")
        return int(self.item())

    def __repr__(self) -> str:
        if self.released:
            return "tessera.Tensor(<released>)"
        body = np.array2string(self.numpy(), separator=", ", prefix="tessera.Tensor(", threshold=1000)
        return f"tessera.Tensor({body}, dtype={self.dtype})"

    def __str__(self) -> str:
        if self.released:
            return "<released tensor>"
        return str(self.numpy())

    # ---- indexing (numpy semantics; basic indexing gives views of the same memory) -----------

    def _index_view(self, key: Any) -> Any:
        arr = self.numpy()
        if isinstance(key, _native.TensorBase):
            key = np.asarray(key)
        elif isinstance(key, tuple):
            key = tuple(np.asarray(k) if isinstance(k, _native.TensorBase) else k for k in key)
        # A trailing ... keeps integer-only indexing a 0-d view instead of a numpy scalar copy.
        parts = key if isinstance(key, tuple) else (key,)
        if not any(k is Ellipsis for k in parts):
            key = (*parts, Ellipsis)
        return arr, key

    def __getitem__(self, key: Any) -> Tensor:
        arr, key = self._index_view(key)
        return asarray(arr[key])

    def __setitem__(self, key: Any, value: TensorLike) -> None:
        arr, key = self._index_view(key)
        if self.readonly:
            raise InvalidArgumentError("the tensor is read-only (it views read-only memory)", None, "self")
        arr[key] = np.asarray(value) if isinstance(value, _native.TensorBase) else value

    # ---- operators (the registry's operators; numbers take the tensor's dtype) ----------------
    # An operand that cannot become a tensor gives NotImplemented, so Python tries the other
    # side and then raises its usual TypeError.

    def __add__(self, other: TensorLike) -> Tensor:
        try:
            return _op_add(self, other)
        except InputTypeError:
            return NotImplemented

    def __radd__(self, other: TensorLike) -> Tensor:
        try:
            return _op_add(other, self)
        except InputTypeError:
            return NotImplemented

    def __sub__(self, other: TensorLike) -> Tensor:
        try:
            return _op_sub(self, other)
        except InputTypeError:
            return NotImplemented

    def __rsub__(self, other: TensorLike) -> Tensor:
        try:
            return _op_sub(other, self)
        except InputTypeError:
            return NotImplemented

    def __mul__(self, other: TensorLike) -> Tensor:
        try:
            return _op_mul(self, other)
        except InputTypeError:
            return NotImplemented

    def __rmul__(self, other: TensorLike) -> Tensor:
        try:
            return _op_mul(other, self)
        except InputTypeError:
            return NotImplemented

    def __truediv__(self, other: TensorLike) -> Tensor:
        try:
            return _op_div(self, other)
        except InputTypeError:
            return NotImplemented

    def __rtruediv__(self, other: TensorLike) -> Tensor:
        try:
            return _op_div(other, self)
        except InputTypeError:
            return NotImplemented

    def __pow__(self, other: TensorLike, modulo: None = None) -> Tensor:
        if modulo is not None:
            return NotImplemented
        try:
            return _op_pow(self, other)
        except InputTypeError:
            return NotImplemented

    def __rpow__(self, other: TensorLike) -> Tensor:
        try:
            return _op_pow(other, self)
        except InputTypeError:
            return NotImplemented

    def __matmul__(self, other: TensorLike) -> Tensor:
        try:
            return _op_matmul(self, other)
        except InputTypeError:
            return NotImplemented

    def __rmatmul__(self, other: TensorLike) -> Tensor:
        try:
            return _op_matmul(other, self)
        except InputTypeError:
            return NotImplemented

    def __neg__(self) -> Tensor:
        return _op_neg(self)

    def __pos__(self) -> Tensor:
        return self

    def __abs__(self) -> Tensor:
        return _op_abs(self)

    def __eq__(self, other: object) -> Tensor:  # type: ignore[override]
        try:
            return _op_equal(self, other)
        except InputTypeError:
            return NotImplemented

    def __ne__(self, other: object) -> Tensor:  # type: ignore[override]
        try:
            # not (a == b): NaN != NaN is True, as in IEEE 754.
            return _op_equal(_op_equal(self, other), False)
        except InputTypeError:
            return NotImplemented

    def __lt__(self, other: TensorLike) -> Tensor:
        try:
            return _op_less(self, other)
        except InputTypeError:
            return NotImplemented

    def __gt__(self, other: TensorLike) -> Tensor:
        try:
            return _op_greater(self, other)
        except InputTypeError:
            return NotImplemented

    def __le__(self, other: TensorLike) -> Tensor:
        try:
            # (a < b) or (a == b), so NaN <= x stays False.
            return _op_where(_op_less(self, other), True, _op_equal(self, other))
        except InputTypeError:
            return NotImplemented

    def __ge__(self, other: TensorLike) -> Tensor:
        try:
            return _op_where(_op_greater(self, other), True, _op_equal(self, other))
        except InputTypeError:
            return NotImplemented


#: What operators accept as an input: a Tensor, a numpy array, a Python or numpy scalar (it takes
#: the dtype of the tensor inputs), nested sequences of numbers, or a buffer-protocol object.
TensorLike: TypeAlias = Union[Tensor, "npt.NDArray[Any]", np.generic, bool, int, float, Sequence[Any], memoryview]


# ---- making tensors ------------------------------------------------------------------------------


def _python_data_to_numpy(data: Any, dtype: str | None) -> npt.NDArray[Any]:
    """numpy's reading of Python data; floats default to float32 (Tessera's default dtype)."""
    if isinstance(data, (str, bytes)):
        raise InputTypeError(f"expected numbers, got {type(data).__name__}", None, "data")
    try:
        arr = np.asarray(data, dtype=_NP_DTYPES[dtype] if dtype else None)
    except (TypeError, ValueError, OverflowError) as e:
        raise InvalidArgumentError(f"cannot read the data as a tensor: {e}", None, "data") from None
    if dtype is None and arr.dtype == np.float64 and not isinstance(data, (np.ndarray, np.generic)):
        arr = arr.astype(np.float32)
    return arr


def _supported(arr: npt.NDArray[Any]) -> str:
    name = arr.dtype.name
    if name not in _CODES:
        raise DTypeMismatchError(
            f"numpy dtype {arr.dtype} has no Tessera dtype ({', '.join(DTYPES)}); pass dtype= to convert", None, "data"
        )
    if arr.ndim > _native.MAX_DIMS:
        raise InvalidArgumentError(f"{arr.ndim} dimensions; Tessera tensors have at most {_native.MAX_DIMS}", None, "data")
    return name


def _is_buffer(obj: object) -> bool:
    try:
        memoryview(obj)  # type: ignore[arg-type]
    except TypeError:
        return False
    return not isinstance(obj, (bytes, str))


def tensor(data: TensorLike, dtype: DType | None = None) -> Tensor:
    """A new tensor in engine memory with a copy of ``data``.

    Parameters
    ----------
    data : TensorLike
        A Tensor, numpy array, buffer, Python scalar or nested sequence of numbers.
    dtype : DType, optional
        Element type. By default the data's own (numpy's reading of Python data, except that Python
        floats become float32, Tessera's default).

    Returns
    -------
    Tensor

    Examples
    --------
    >>> import tessera as ts
    >>> ts.tensor([[1, 2], [3, 4]]).dtype
    'int64'
    >>> ts.tensor([0.5, 1.5]).dtype
    'float32'
    >>> ts.tensor([1, 2], dtype="float64").tolist()
    [1.0, 2.0]
    """
    name = _check_dtype(dtype) if dtype is not None else None
    if isinstance(data, _native.TensorBase):
        _alive(data)
        if name is not None and name != data.dtype:
            return _ops.cast(data, dtype=name)  # type: ignore[arg-type]
        arr = np.asarray(memoryview(data))
    elif isinstance(data, np.ndarray):
        arr = data if name is None else data.astype(_NP_DTYPES[name], copy=False)
    elif _is_buffer(data):
        arr = np.asarray(memoryview(data))  # type: ignore[arg-type]
        if name is not None:
            arr = arr.astype(_NP_DTYPES[name], copy=False)
    else:
        arr = _python_data_to_numpy(data, name)
    code = _CODES[_supported(arr)]
    result: Tensor = _native.create(code, arr.shape, np.ascontiguousarray(arr))
    return result


def asarray(data: TensorLike, dtype: DType | None = None, *, copy: bool | None = None) -> Tensor:
    """``data`` as a tensor, sharing its memory when it can.

    Tensors are returned as they are; numpy arrays and other buffer-protocol objects are viewed
    without copying (strided views included; the tensor is read-only when the memory is);
    DLPack producers are imported; anything else is copied as by :func:`tensor`.

    Parameters
    ----------
    data : TensorLike
        What to convert.
    dtype : DType, optional
        Element type; a different one than the data's means a converted copy.
    copy : bool, optional
        True: always copy. False: never copy (raise instead). None (default): copy only if needed.

    Returns
    -------
    Tensor

    Examples
    --------
    >>> import numpy as np
    >>> import tessera as ts
    >>> a = np.arange(6, dtype=np.float32).reshape(2, 3)
    >>> t = ts.asarray(a)
    >>> a[0, 0] = 42
    >>> t.tolist()[0]
    [42.0, 1.0, 2.0]
    """
    name = _check_dtype(dtype) if dtype is not None else None
    if isinstance(data, _native.TensorBase):
        _alive(data)
        if name is not None and name != data.dtype:
            if copy is False:
                raise InvalidArgumentError(f"converting {data.dtype} to {name} needs a copy (copy=False was given)", None, "dtype")
            return _ops.cast(data, dtype=name)  # type: ignore[arg-type]
        return data.copy() if copy else data
    if copy is True:
        return tensor(data, dtype=name)  # type: ignore[arg-type]
    if isinstance(data, np.ndarray) or _is_buffer(data):
        arr = data if isinstance(data, np.ndarray) else np.asarray(memoryview(data))  # type: ignore[arg-type]
        if name is not None and arr.dtype.name != name:
            if copy is False:
                raise InvalidArgumentError(f"converting {arr.dtype} to {name} needs a copy (copy=False was given)", None, "dtype")
            return tensor(arr, dtype=name)  # type: ignore[arg-type]
        _supported(arr)
        shared: Tensor | None = _native.from_buffer(arr)
        if shared is not None:
            return shared
        if copy is False:
            raise InvalidArgumentError("the memory layout cannot be shared (copy=False was given)", None, "data")
        return tensor(arr)
    if hasattr(data, "__dlpack__"):
        t = from_dlpack(data)
        return t if name is None or name == t.dtype else _ops.cast(t, dtype=name)  # type: ignore[arg-type]
    if copy is False:
        raise InvalidArgumentError(f"a {type(data).__name__} cannot be viewed without copying (copy=False was given)", None, "data")
    return tensor(data, dtype=name)  # type: ignore[arg-type]


def from_numpy(array: npt.NDArray[Any]) -> Tensor:
    """A tensor viewing a numpy array's memory, never a copy.

    Writes through either side are seen by the other; the array stays alive as long as the
    tensor (or a view of it) does. Raises if the dtype has no Tessera equivalent or the layout
    cannot be shared (use :func:`tensor` to copy).
    """
    if not isinstance(array, np.ndarray):
        raise InputTypeError(f"from_numpy expects a numpy.ndarray, got {type(array).__name__}", None, "array")
    _supported(array)
    t: Tensor | None = _native.from_buffer(array)
    if t is None:
        raise InvalidArgumentError(
            "the array's memory layout cannot be shared (misaligned or byte strides that are not whole elements); "
            "use tessera.tensor() to copy",
            None,
            "array",
        )
    return t


def from_dlpack(obj: Any) -> Tensor:
    """A tensor over the memory of a DLPack producer (``__dlpack__``) or a ``"dltensor"`` capsule.

    No copy is made; strided producers stay strided views.

    Examples
    --------
    >>> import numpy as np
    >>> import tessera as ts
    >>> a = np.array([1.0, 2.0, 3.0])
    >>> t = ts.from_dlpack(a)
    >>> t.data_ptr == a.ctypes.data
    True
    >>> np.from_dlpack(t).tolist()
    [1.0, 2.0, 3.0]
    """
    if type(obj).__name__ == "PyCapsule":
        capsule = obj
    elif hasattr(obj, "__dlpack__"):
        capsule = obj.__dlpack__()
    else:
        raise InputTypeError(f"from_dlpack expects an object with __dlpack__ or a DLPack capsule, got {type(obj).__name__}", None, "obj")
    t: Tensor = _native.from_dlpack_capsule(capsule)
    return t


# ---- the native layer's hooks --------------------------------------------------------------------


def _input_name(names: tuple[str, ...], variadic: bool, index: int) -> str:
    if variadic and index >= len(names) - 1:
        return f"{names[-1]}[{index - (len(names) - 1)}]"
    return names[index] if index < len(names) else f"inputs[{index}]"


def _group(input_dtypes: tuple[tuple[str, ...], ...] | None, variadic: bool, n_inputs: int, index: int) -> tuple[str, ...] | None:
    """The dtypes the input at flat position ``index`` accepts (None: not known)."""
    if input_dtypes is None:
        return None
    k = min(index, n_inputs - 1) if variadic else index
    return input_dtypes[k] if k < len(input_dtypes) else None


def _scalar_dtype(values: list[object], same: list[bool], accepted: tuple[str, ...] | None) -> str | None:
    """The dtype Python data given for an input takes from the tensors next to it.

    Only tensors given for inputs of the same type count (``same``: the inputs that accept the
    same dtypes, such as add's a and b or where's x and y; not gather's x for its indices): the
    first non-bool one's dtype, else the first one's. None when there is no such tensor or the
    input does not accept its dtype: the data then keeps its own dtype.
    """
    first: str | None = None
    for v, s in zip(values, same):
        if s and isinstance(v, _native.TensorBase) and not v.released:
            if v.dtype != "bool":
                first = v.dtype
                break
            first = first or v.dtype
    return first if first is not None and (accepted is None or first in accepted) else None


def _numbers_dtype(values: list[object], same: list[bool]) -> str:
    """The dtype of numbers with no tensor to follow: bool if all are bool, float32 if any is a float, else int64."""
    numbers = [v for v, s in zip(values, same) if s and isinstance(v, _SCALAR_TYPES)]
    if all(isinstance(v, (bool, np.bool_)) for v in numbers):
        return "bool"
    if any(isinstance(v, (float, np.floating)) for v in numbers):
        return "float32"
    return "int64"


def _scalar(value: Any, dtype: str, op: str, name: str) -> Tensor:
    is_bool = isinstance(value, (bool, np.bool_))
    if isinstance(value, (np.floating, float)) and not is_bool and dtype not in _FLOATS:
        raise DTypeMismatchError(
            f"input {name} is the float {value!r} but the tensor inputs are {dtype}; convert one of them "
            f"(e.g. x.astype('float32'))",
            op,
            name,
        )
    if not is_bool and dtype == "bool":
        raise DTypeMismatchError(f"input {name} is the number {value!r} but the tensor inputs are bool", op, name)
    if not is_bool and not isinstance(value, (float, np.floating)) and dtype not in _FLOATS:
        info = np.iinfo(_NP_DTYPES[dtype])
        if not info.min <= int(value) <= info.max:
            raise DTypeMismatchError(f"input {name} = {value!r} does not fit in {dtype}", op, name)
    arr = np.asarray(value, dtype=_NP_DTYPES[dtype])
    result: Tensor = _native.create(_CODES[dtype], (), arr)
    return result


def _sequence(data: list[Any] | tuple[Any, ...], target: str | None) -> Tensor:
    """Python data next to tensors of its type takes their dtype when its numbers fit it (as numbers do)."""
    arr = _python_data_to_numpy(data, None)
    if target is not None:
        kind = arr.dtype.kind
        fits = kind == "b" or (kind in "iu" and target != "bool") or (kind == "f" and target in _FLOATS)
        if fits and target != arr.dtype.name:
            return tensor(arr, dtype=target)  # type: ignore[arg-type]
    return tensor(arr)


def _coerce(
    op: str,
    names: tuple[str, ...],
    variadic: bool,
    values: list[object],
    input_dtypes: tuple[tuple[str, ...], ...] | None = None,
) -> list[object]:
    """Turns operator inputs that are not tensors into tensors (called by the native layer).

    ``input_dtypes`` (from the registry) are the dtypes each input accepts: Python numbers and
    lists take the dtype of the tensors given for inputs that accept the same ones, and otherwise
    keep their own (so ``ts.nll_loss(x, [1, 0])`` passes int64 labels next to float logits).
    """
    out: list[object] = []
    groups = [_group(input_dtypes, variadic, len(names), i) for i in range(len(values))]
    for i, v in enumerate(values):
        if v is None or isinstance(v, _native.TensorBase):
            out.append(v)
            continue
        name = _input_name(names, variadic, i)
        same = [g == groups[i] for g in groups]
        target = _scalar_dtype(values, same, groups[i])
        if isinstance(v, _SCALAR_TYPES):
            out.append(_scalar(v, target or _numbers_dtype(values, same), op, name))
            continue
        if isinstance(v, (str, bytes, dict, set)) or not (
            isinstance(v, (list, tuple, np.ndarray)) or hasattr(v, "__array__") or hasattr(v, "__dlpack__") or _is_buffer(v)
        ):
            raise InputTypeError(f"input {name} expects a tensor, array or number, got {type(v).__name__}", op, name)
        try:
            if isinstance(v, (list, tuple)):
                out.append(_sequence(v, target))
            else:
                out.append(asarray(v))  # type: ignore[arg-type]
        except TesseraError as e:
            kind = "type" if isinstance(e, TypeError) else ""
            raise make_error(e.status, f"input {name}: {e.detail}", op, name, kind) from None
    return out


_native.install(Tensor, make_error, _coerce, _dtype_hook)
