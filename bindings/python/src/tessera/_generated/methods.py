# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit

"""The operators as ``tessera.Tensor`` methods: ``x.sum(axes=(1,))`` is ``tessera.sum(x, axes=(1,))``.

Every operator whose first input is one required tensor gets a method (unless its name is a
member of the hand-written Tensor); ``TensorMethods`` is mixed into ``tessera.Tensor``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .ops import (
    _op_add,
    _op_sub,
    _op_mul,
    _op_div,
    _op_pow,
    _op_maximum,
    _op_minimum,
    _op_neg,
    _op_abs,
    _op_relu,
    _op_exp,
    _op_log,
    _op_sqrt,
    _op_tanh,
    _op_sigmoid,
    _op_equal,
    _op_less,
    _op_greater,
    _op_where,
    _op_cast,
    _op_matmul,
    _op_sum,
    _op_mean,
    _op_max,
    _op_reshape,
    _op_transpose,
    _op_slice,
    _op_softmax,
    _op_log_softmax,
)

if TYPE_CHECKING:
    from .._tensor import Tensor, TensorLike
    from .registry import DType

#: Members of the hand-written Tensor that no operator method may replace (generators/src/lang/python.ts).
RESERVED_MEMBERS: Final[tuple[str, ...]] = ("shape", "dtype", "ndim", "size", "itemsize", "strides", "released", "readonly", "is_contiguous", "data_ptr", "release", "numpy", "tolist", "item", "astype", "copy", "contiguous", "T", "mT", "device", "nbytes", "fill", "attach_grad", "requires_grad", "grad", "zero_grad", "detach", "backward")

#: Operators installed as Tensor methods, by Python name.
METHOD_NAMES: Final[tuple[str, ...]] = (
    "add",
    "sub",
    "mul",
    "div",
    "pow",
    "maximum",
    "minimum",
    "neg",
    "abs",
    "relu",
    "exp",
    "log",
    "sqrt",
    "tanh",
    "sigmoid",
    "equal",
    "less",
    "greater",
    "where",
    "cast",
    "matmul",
    "sum",
    "mean",
    "max",
    "reshape",
    "transpose",
    "slice",
    "softmax",
    "log_softmax",
)


class TensorMethods:
    """Operator methods of ``tessera.Tensor`` (generated)."""

    __slots__ = ()

    def add(self, b: TensorLike, /) -> Tensor:
        """Element-wise sum a + b.

        Method form of :func:`tessera.add` with this tensor as ``a``.
        """
        return _op_add(self, b)

    def sub(self, b: TensorLike, /) -> Tensor:
        """Element-wise difference a - b.

        Method form of :func:`tessera.sub` with this tensor as ``a``.
        """
        return _op_sub(self, b)

    def mul(self, b: TensorLike, /) -> Tensor:
        """Element-wise product a * b.

        Method form of :func:`tessera.mul` with this tensor as ``a``.
        """
        return _op_mul(self, b)

    def div(self, b: TensorLike, /) -> Tensor:
        """Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).

        Method form of :func:`tessera.div` with this tensor as ``a``.
        """
        return _op_div(self, b)

    def pow(self, b: TensorLike, /) -> Tensor:
        """Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).

        Method form of :func:`tessera.pow` with this tensor as ``a``.
        """
        return _op_pow(self, b)

    def maximum(self, b: TensorLike, /) -> Tensor:
        """Element-wise maximum of a and b (NaN if either is NaN).

        Method form of :func:`tessera.maximum` with this tensor as ``a``.
        """
        return _op_maximum(self, b)

    def minimum(self, b: TensorLike, /) -> Tensor:
        """Element-wise minimum of a and b (NaN if either is NaN).

        Method form of :func:`tessera.minimum` with this tensor as ``a``.
        """
        return _op_minimum(self, b)

    def neg(self) -> Tensor:
        """Element-wise negation -x.

        Method form of :func:`tessera.neg` with this tensor as ``x``.
        """
        return _op_neg(self)

    def abs(self) -> Tensor:
        """Element-wise absolute value |x|.

        Method form of :func:`tessera.abs` with this tensor as ``x``.
        """
        return _op_abs(self)

    def relu(self) -> Tensor:
        """Rectified linear unit max(x, 0).

        Method form of :func:`tessera.relu` with this tensor as ``x``.
        """
        return _op_relu(self)

    def exp(self) -> Tensor:
        """Element-wise natural exponential e^x.

        Method form of :func:`tessera.exp` with this tensor as ``x``.
        """
        return _op_exp(self)

    def log(self) -> Tensor:
        """Element-wise natural logarithm (NaN below 0, -inf at 0).

        Method form of :func:`tessera.log` with this tensor as ``x``.
        """
        return _op_log(self)

    def sqrt(self) -> Tensor:
        """Element-wise square root (NaN below 0).

        Method form of :func:`tessera.sqrt` with this tensor as ``x``.
        """
        return _op_sqrt(self)

    def tanh(self) -> Tensor:
        """Element-wise hyperbolic tangent.

        Method form of :func:`tessera.tanh` with this tensor as ``x``.
        """
        return _op_tanh(self)

    def sigmoid(self) -> Tensor:
        """Element-wise logistic function 1 / (1 + e^-x).

        Method form of :func:`tessera.sigmoid` with this tensor as ``x``.
        """
        return _op_sigmoid(self)

    def equal(self, b: TensorLike, /) -> Tensor:
        """Element-wise a == b.

        Method form of :func:`tessera.equal` with this tensor as ``a``.
        """
        return _op_equal(self, b)

    def less(self, b: TensorLike, /) -> Tensor:
        """Element-wise a < b.

        Method form of :func:`tessera.less` with this tensor as ``a``.
        """
        return _op_less(self, b)

    def greater(self, b: TensorLike, /) -> Tensor:
        """Element-wise a > b.

        Method form of :func:`tessera.greater` with this tensor as ``a``.
        """
        return _op_greater(self, b)

    def where(self, x: TensorLike, y: TensorLike, /) -> Tensor:
        """Element-wise selection: x where condition is true, else y.

        Method form of :func:`tessera.where` with this tensor as ``condition``.
        """
        return _op_where(self, x, y)

    def cast(self, *, dtype: DType = "float32") -> Tensor:
        """Converts x to another dtype.

        Method form of :func:`tessera.cast` with this tensor as ``x``.
        """
        return _op_cast(self, dtype)

    def matmul(self, b: TensorLike, /) -> Tensor:
        """Matrix product with NumPy semantics.

        Method form of :func:`tessera.matmul` with this tensor as ``a``.
        """
        return _op_matmul(self, b)

    def sum(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Sum of elements over axes.

        Method form of :func:`tessera.sum` with this tensor as ``x``.
        """
        return _op_sum(self, axes, keepdims)

    def mean(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Arithmetic mean over axes (integers divide with truncation).

        Method form of :func:`tessera.mean` with this tensor as ``x``.
        """
        return _op_mean(self, axes, keepdims)

    def max(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Maximum over axes (NaN propagates).

        Method form of :func:`tessera.max` with this tensor as ``x``.
        """
        return _op_max(self, axes, keepdims)

    def reshape(self, shape: tuple[int, ...]) -> Tensor:
        """Gives x a new shape with the same number of elements.

        Method form of :func:`tessera.reshape` with this tensor as ``x``.
        """
        return _op_reshape(self, shape)

    def transpose(self, *, perm: tuple[int, ...] = ()) -> Tensor:
        """Permutes the dimensions of x (a view, no copy).

        Method form of :func:`tessera.transpose` with this tensor as ``x``.
        """
        return _op_transpose(self, perm)

    def slice(
        self,
        starts: tuple[int, ...],
        ends: tuple[int, ...],
        *,
        axes: tuple[int, ...] = (),
        steps: tuple[int, ...] = (),
    ) -> Tensor:
        """Takes a strided sub-range of x along some axes (a view, no copy).

        Method form of :func:`tessera.slice` with this tensor as ``x``.
        """
        return _op_slice(self, starts, ends, axes, steps)

    def softmax(self, *, axis: int = -1) -> Tensor:
        """Normalized exponentials along one axis: exp(x) / sum(exp(x)).

        Method form of :func:`tessera.softmax` with this tensor as ``x``.
        """
        return _op_softmax(self, axis)

    def log_softmax(self, *, axis: int = -1) -> Tensor:
        """Logarithm of softmax along one axis: x - log(sum(exp(x))).

        Method form of :func:`tessera.log_softmax` with this tensor as ``x``.
        """
        return _op_log_softmax(self, axis)
