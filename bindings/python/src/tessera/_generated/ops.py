# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit

"""Every Tessera operator as a Python function, one per registry entry.

Inputs are positional; attributes are keywords with the registry defaults (required attributes
may also be given positionally). Each docstring carries the registry's examples as doctests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import op as _op

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .._native import Op
    from .._tensor import Tensor, TensorLike
    from .registry import DType

__all__ = [
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
    "concat",
    "slice",
    "softmax",
    "log_softmax",
    "zeros",
    "ones",
    "full",
    "arange",
]

# Operators resolved once, at import: op(name, inputs, variadic, attributes in slot order, enum values).
_op_add: Op[Tensor] = _op("add", ("a", "b"), False, (), ())
_op_sub: Op[Tensor] = _op("sub", ("a", "b"), False, (), ())
_op_mul: Op[Tensor] = _op("mul", ("a", "b"), False, (), ())
_op_div: Op[Tensor] = _op("div", ("a", "b"), False, (), ())
_op_pow: Op[Tensor] = _op("pow", ("a", "b"), False, (), ())
_op_maximum: Op[Tensor] = _op("maximum", ("a", "b"), False, (), ())
_op_minimum: Op[Tensor] = _op("minimum", ("a", "b"), False, (), ())
_op_neg: Op[Tensor] = _op("neg", ("x",), False, (), ())
_op_abs: Op[Tensor] = _op("abs", ("x",), False, (), ())
_op_relu: Op[Tensor] = _op("relu", ("x",), False, (), ())
_op_exp: Op[Tensor] = _op("exp", ("x",), False, (), ())
_op_log: Op[Tensor] = _op("log", ("x",), False, (), ())
_op_sqrt: Op[Tensor] = _op("sqrt", ("x",), False, (), ())
_op_tanh: Op[Tensor] = _op("tanh", ("x",), False, (), ())
_op_sigmoid: Op[Tensor] = _op("sigmoid", ("x",), False, (), ())
_op_equal: Op[Tensor] = _op("equal", ("a", "b"), False, (), ())
_op_less: Op[Tensor] = _op("less", ("a", "b"), False, (), ())
_op_greater: Op[Tensor] = _op("greater", ("a", "b"), False, (), ())
_op_where: Op[Tensor] = _op("where", ("condition", "x", "y"), False, (), ())
_op_cast: Op[Tensor] = _op("cast", ("x",), False, ("dtype",), (None,))
_op_matmul: Op[Tensor] = _op("matmul", ("a", "b"), False, (), ())
_op_sum: Op[Tensor] = _op("sum", ("x",), False, ("axes", "keepdims"), (None, None))
_op_mean: Op[Tensor] = _op("mean", ("x",), False, ("axes", "keepdims"), (None, None))
_op_max: Op[Tensor] = _op("max", ("x",), False, ("axes", "keepdims"), (None, None))
_op_reshape: Op[Tensor] = _op("reshape", ("x",), False, ("shape",), (None,))
_op_transpose: Op[Tensor] = _op("transpose", ("x",), False, ("perm",), (None,))
_op_concat: Op[Tensor] = _op("concat", ("inputs",), True, ("axis",), (None,))
_op_slice: Op[Tensor] = _op("slice", ("x",), False, ("starts", "ends", "axes", "steps"), (None, None, None, None))
_op_softmax: Op[Tensor] = _op("softmax", ("x",), False, ("axis",), (None,))
_op_log_softmax: Op[Tensor] = _op("log_softmax", ("x",), False, ("axis",), (None,))
_op_zeros: Op[Tensor] = _op("zeros", (), False, ("shape", "dtype"), (None, None))
_op_ones: Op[Tensor] = _op("ones", (), False, ("shape", "dtype"), (None, None))
_op_full: Op[Tensor] = _op("full", (), False, ("shape", "value", "dtype"), (None, None, None))
_op_arange: Op[Tensor] = _op("arange", (), False, ("start", "stop", "step", "dtype"), (None, None, None, None))


def add(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise sum a + b.

    Inputs broadcast against each other with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Row broadcast over a matrix:

    >>> import tessera as ts
    >>> a = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float32")
    >>> b = ts.tensor([10, 20, 30], dtype="float32")
    >>> y = ts.add(a, b)
    >>> y.shape, y.dtype
    ((2, 3), 'float32')
    >>> y.tolist()
    [[11.0, 22.0, 33.0], [14.0, 25.0, 36.0]]
    """
    return _op_add(a, b)


def sub(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise difference a - b.

    Inputs broadcast against each other with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Scalar broadcast:

    >>> import tessera as ts
    >>> a = ts.tensor([5, 7, 9], dtype="int32")
    >>> b = ts.tensor(2, dtype="int32")
    >>> y = ts.sub(a, b)
    >>> y.shape, y.dtype
    ((3,), 'int32')
    >>> y.tolist()
    [3, 5, 7]
    """
    return _op_sub(a, b)


def mul(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise product a * b.

    Inputs broadcast against each other with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Column broadcast:

    >>> import tessera as ts
    >>> a = ts.tensor([[2], [3]], dtype="float64")
    >>> b = ts.tensor([[1, 10, 100]], dtype="float64")
    >>> y = ts.mul(a, b)
    >>> y.shape, y.dtype
    ((2, 3), 'float64')
    >>> y.tolist()
    [[2.0, 20.0, 200.0], [3.0, 30.0, 300.0]]
    """
    return _op_mul(a, b)


def div(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).

    Inputs broadcast against each other with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Floats and truncating integers:

    >>> import tessera as ts
    >>> a = ts.tensor([7, -7, 9, 1], dtype="int64")
    >>> b = ts.tensor([2, 2, -4, 0], dtype="int64")
    >>> y = ts.div(a, b)
    >>> y.shape, y.dtype
    ((4,), 'int64')
    >>> y.tolist()
    [3, -3, -2, 0]
    """
    return _op_div(a, b)


def pow(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).

    Inputs broadcast against each other with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Squares and roots:

    >>> import tessera as ts
    >>> a = ts.tensor([2, 9, 4], dtype="float32")
    >>> b = ts.tensor([3, 0.5, -1], dtype="float32")
    >>> y = ts.pow(a, b)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [8.0, 3.0, 0.25]
    """
    return _op_pow(a, b)


def maximum(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise maximum of a and b (NaN if either is NaN).

    Inputs broadcast against each other with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Pairwise:

    >>> import tessera as ts
    >>> a = ts.tensor([1, 5, -2], dtype="float32")
    >>> b = ts.tensor([3, 4, -1], dtype="float32")
    >>> y = ts.maximum(a, b)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [3.0, 5.0, -1.0]
    """
    return _op_maximum(a, b)


def minimum(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise minimum of a and b (NaN if either is NaN).

    Inputs broadcast against each other with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Pairwise:

    >>> import tessera as ts
    >>> a = ts.tensor([1, 5, -2], dtype="int32")
    >>> b = ts.tensor([3, 4, -1], dtype="int32")
    >>> y = ts.minimum(a, b)
    >>> y.shape, y.dtype
    ((3,), 'int32')
    >>> y.tolist()
    [1, 4, -2]
    """
    return _op_minimum(a, b)


def neg(x: TensorLike, /) -> Tensor:
    """Element-wise negation -x.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Signs flip:

    >>> import tessera as ts
    >>> x = ts.tensor([1, -2, 0], dtype="int64")
    >>> y = ts.neg(x)
    >>> y.shape, y.dtype
    ((3,), 'int64')
    >>> y.tolist()
    [-1, 2, 0]
    """
    return _op_neg(x)


def abs(x: TensorLike, /) -> Tensor:
    """Element-wise absolute value |x|.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Magnitudes:

    >>> import tessera as ts
    >>> x = ts.tensor([-1.5, 0, 2], dtype="float32")
    >>> y = ts.abs(x)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [1.5, 0.0, 2.0]
    """
    return _op_abs(x)


def relu(x: TensorLike, /) -> Tensor:
    """Rectified linear unit max(x, 0).

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Negatives clamp to zero:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 3], dtype="float32")
    >>> y = ts.relu(x)
    >>> y.shape, y.dtype
    ((4,), 'float32')
    >>> y.tolist()
    [0.0, 0.0, 0.0, 3.0]
    """
    return _op_relu(x)


def exp(x: TensorLike, /) -> Tensor:
    """Element-wise natural exponential e^x.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    E^0, e^1, e^-1:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 1, -1], dtype="float64")
    >>> y = ts.exp(x)
    >>> y.shape, y.dtype
    ((3,), 'float64')
    >>> y.tolist()
    [1.0, 2.71828182846, 0.367879441171]
    """
    return _op_exp(x)


def log(x: TensorLike, /) -> Tensor:
    """Element-wise natural logarithm (NaN below 0, -inf at 0).

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Log of powers of e:

    >>> import tessera as ts
    >>> x = ts.tensor([1, 2.718281828459045, 7.38905609893065], dtype="float64")
    >>> y = ts.log(x)
    >>> y.shape, y.dtype
    ((3,), 'float64')
    >>> y.tolist()
    [0.0, 1.0, 2.0]
    """
    return _op_log(x)


def sqrt(x: TensorLike, /) -> Tensor:
    """Element-wise square root (NaN below 0).

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Perfect squares:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 4, 2.25], dtype="float32")
    >>> y = ts.sqrt(x)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [0.0, 2.0, 1.5]
    """
    return _op_sqrt(x)


def tanh(x: TensorLike, /) -> Tensor:
    """Element-wise hyperbolic tangent.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Odd function:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5493061443340549, -0.5493061443340549], dtype="float64")
    >>> y = ts.tanh(x)
    >>> y.shape, y.dtype
    ((3,), 'float64')
    >>> y.tolist()
    [0.0, 0.5, -0.5]
    """
    return _op_tanh(x)


def sigmoid(x: TensorLike, /) -> Tensor:
    """Element-wise logistic function 1 / (1 + e^-x).

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Symmetric around 0.5:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 1.0986122886681098, -1.0986122886681098], dtype="float64")
    >>> y = ts.sigmoid(x)
    >>> y.shape, y.dtype
    ((3,), 'float64')
    >>> y.tolist()
    [0.5, 0.75, 0.25]
    """
    return _op_sigmoid(x)


def equal(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise a == b.

    Inputs broadcast with NumPy rules and must share one dtype; the result is bool.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8, bool.

    Returns
    -------
    y : Tensor
        Bool tensor with the broadcast shape.

    Examples
    --------
    Broadcast against a scalar:

    >>> import tessera as ts
    >>> a = ts.tensor([1, 2, 3, 2], dtype="int32")
    >>> b = ts.tensor(2, dtype="int32")
    >>> y = ts.equal(a, b)
    >>> y.shape, y.dtype
    ((4,), 'bool')
    >>> y.tolist()
    [False, True, False, True]
    """
    return _op_equal(a, b)


def less(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise a < b.

    Inputs broadcast with NumPy rules and must share one dtype; the result is bool.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8, bool.

    Returns
    -------
    y : Tensor
        Bool tensor with the broadcast shape.

    Examples
    --------
    Pairwise:

    >>> import tessera as ts
    >>> a = ts.tensor([1, 2, 3], dtype="float32")
    >>> b = ts.tensor([2, 2, 2], dtype="float32")
    >>> y = ts.less(a, b)
    >>> y.shape, y.dtype
    ((3,), 'bool')
    >>> y.tolist()
    [True, False, False]
    """
    return _op_less(a, b)


def greater(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise a > b.

    Inputs broadcast with NumPy rules and must share one dtype; the result is bool.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8, bool.

    Returns
    -------
    y : Tensor
        Bool tensor with the broadcast shape.

    Examples
    --------
    Pairwise:

    >>> import tessera as ts
    >>> a = ts.tensor([1, 2, 3], dtype="float32")
    >>> b = ts.tensor([2, 2, 2], dtype="float32")
    >>> y = ts.greater(a, b)
    >>> y.shape, y.dtype
    ((3,), 'bool')
    >>> y.tolist()
    [False, False, True]
    """
    return _op_greater(a, b)


def where(condition: TensorLike, x: TensorLike, y: TensorLike, /) -> Tensor:
    """Element-wise selection: x where condition is true, else y.

    condition, x and y broadcast together with NumPy rules; x and y share one dtype.

    Parameters
    ----------
    condition : TensorLike
        Bool selector. Accepted dtypes: bool.
    x : TensorLike
        Values taken where condition is true. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    y : TensorLike
        Values taken where condition is false. Accepted dtypes: float32, float64, int32, int64, uint8, bool.

    Returns
    -------
    out : Tensor
        Selected values with the broadcast shape and x's dtype.

    Examples
    --------
    Pick per element:

    >>> import tessera as ts
    >>> condition = ts.tensor([True, False, True], dtype="bool")
    >>> x = ts.tensor([1, 2, 3], dtype="float32")
    >>> y = ts.tensor(-1, dtype="float32")
    >>> out = ts.where(condition, x, y)
    >>> out.shape, out.dtype
    ((3,), 'float32')
    >>> out.tolist()
    [1.0, -1.0, 3.0]
    """
    return _op_where(condition, x, y)


def cast(x: TensorLike, /, *, dtype: DType = "float32") -> Tensor:
    """Converts x to another dtype.

    Float to integer truncates toward zero and saturates at the integer range (NaN becomes 0); any nonzero value becomes true for bool.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    dtype : DType, default "float32"
        Target element type.

    Returns
    -------
    y : Tensor
        x converted to dtype, same shape.

    Examples
    --------
    Float to int32 truncates:

    >>> import tessera as ts
    >>> x = ts.tensor([1.7, -1.7, 0, 3], dtype="float32")
    >>> y = ts.cast(x, dtype="int32")
    >>> y.shape, y.dtype
    ((4,), 'int32')
    >>> y.tolist()
    [1, -1, 0, 3]
    """
    return _op_cast(x, dtype)


def matmul(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Matrix product with NumPy semantics.

    The last two dimensions multiply as matrices and leading (batch) dimensions broadcast. A 1-D a is treated as a row vector and a 1-D b as a column vector; the added dimension is removed from the result. float32 and float64 run through the BLAS library (OpenBLAS).

    Parameters
    ----------
    a : TensorLike
        Left operand [..., n, k] or [k]. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Right operand [..., k, m] or [k]. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Product [..., n, m].

    Examples
    --------
    2x3 @ 3x2:

    >>> import tessera as ts
    >>> a = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float32")
    >>> b = ts.tensor([[7, 8], [9, 10], [11, 12]], dtype="float32")
    >>> y = ts.matmul(a, b)
    >>> y.shape, y.dtype
    ((2, 2), 'float32')
    >>> y.tolist()
    [[58.0, 64.0], [139.0, 154.0]]

    Vector @ matrix:

    >>> import tessera as ts
    >>> a = ts.tensor([1, 2], dtype="int32")
    >>> b = ts.tensor([[3, 4], [5, 6]], dtype="int32")
    >>> y = ts.matmul(a, b)
    >>> y.shape, y.dtype
    ((2,), 'int32')
    >>> y.tolist()
    [13, 16]
    """
    return _op_matmul(a, b)


def sum(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Sum of elements over axes.

    Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8.
    axes : tuple[int, ...], default ()
        Axes to reduce; negative values count from the end; empty reduces all.
    keepdims : bool, default False
        Keep reduced axes as dimensions of size 1.

    Returns
    -------
    y : Tensor
        Reduced tensor with x's dtype.

    Examples
    --------
    Rows of a matrix:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float32")
    >>> y = ts.sum(x, axes=(1,))
    >>> y.shape, y.dtype
    ((2,), 'float32')
    >>> y.tolist()
    [6.0, 15.0]
    """
    return _op_sum(x, axes, keepdims)


def mean(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Arithmetic mean over axes (integers divide with truncation).

    Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8.
    axes : tuple[int, ...], default ()
        Axes to reduce; negative values count from the end; empty reduces all.
    keepdims : bool, default False
        Keep reduced axes as dimensions of size 1.

    Returns
    -------
    y : Tensor
        Reduced tensor with x's dtype.

    Examples
    --------
    Columns, keepdims:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2], [3, 6]], dtype="float64")
    >>> y = ts.mean(x, axes=(0,), keepdims=True)
    >>> y.shape, y.dtype
    ((1, 2), 'float64')
    >>> y.tolist()
    [[2.0, 4.0]]
    """
    return _op_mean(x, axes, keepdims)


def max(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Maximum over axes (NaN propagates).

    Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8.
    axes : tuple[int, ...], default ()
        Axes to reduce; negative values count from the end; empty reduces all.
    keepdims : bool, default False
        Keep reduced axes as dimensions of size 1.

    Returns
    -------
    y : Tensor
        Reduced tensor with x's dtype.

    Examples
    --------
    All axes:

    >>> import tessera as ts
    >>> x = ts.tensor([[3, -1], [7, 2]], dtype="int32")
    >>> y = ts.max(x)
    >>> y.shape, y.dtype
    ((), 'int32')
    >>> y.tolist()
    7
    """
    return _op_max(x, axes, keepdims)


def reshape(x: TensorLike, /, shape: tuple[int, ...]) -> Tensor:
    """Gives x a new shape with the same number of elements.

    One dimension may be -1 and is inferred. The result is a view of x when its layout allows, else a copy.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    shape : tuple[int, ...]
        New dimension sizes (row-major order); one may be -1.

    Returns
    -------
    y : Tensor
        x with the new shape.

    Examples
    --------
    Matrix to vector:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="int32")
    >>> y = ts.reshape(x, (3, -1))
    >>> y.shape, y.dtype
    ((3, 2), 'int32')
    >>> y.tolist()
    [[1, 2], [3, 4], [5, 6]]
    """
    return _op_reshape(x, shape)


def transpose(x: TensorLike, /, *, perm: tuple[int, ...] = ()) -> Tensor:
    """Permutes the dimensions of x (a view, no copy).

    Output dimension i is input dimension perm[i]. An empty perm reverses the dimensions.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    perm : tuple[int, ...], default ()
        A permutation of 0..ndim-1; empty reverses the dimensions.

    Returns
    -------
    y : Tensor
        x with permuted dimensions.

    Examples
    --------
    Matrix transpose:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float32")
    >>> y = ts.transpose(x)
    >>> y.shape, y.dtype
    ((3, 2), 'float32')
    >>> y.tolist()
    [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    """
    return _op_transpose(x, perm)


def concat(inputs: Sequence[TensorLike], /, *, axis: int = 0) -> Tensor:
    """Joins tensors along an existing axis.

    All inputs share dtype, rank and every dimension except `axis`.

    Parameters
    ----------
    inputs : Sequence[TensorLike]
        Tensors to join (one or more). One or more tensors. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axis : int, default 0
        Axis to join along; negative counts from the end.

    Returns
    -------
    y : Tensor
        The joined tensor.

    Examples
    --------
    Stack rows:

    >>> import tessera as ts
    >>> inputs = [ts.tensor([[1, 2]], dtype="float32"), ts.tensor([[3, 4], [5, 6]], dtype="float32")]
    >>> y = ts.concat(inputs, axis=0)
    >>> y.shape, y.dtype
    ((3, 2), 'float32')
    >>> y.tolist()
    [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    """
    return _op_concat(inputs, axis)


def slice(
    x: TensorLike,
    /,
    starts: tuple[int, ...],
    ends: tuple[int, ...],
    *,
    axes: tuple[int, ...] = (),
    steps: tuple[int, ...] = (),
) -> Tensor:
    """Takes a strided sub-range of x along some axes (a view, no copy).

    ONNX Slice semantics: for each listed axis, elements start, start+step, ... before end. Negative starts/ends count from the end; out-of-range values clamp; negative steps walk backwards.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    starts : tuple[int, ...]
        First index per sliced axis.
    ends : tuple[int, ...]
        End index (exclusive) per sliced axis.
    axes : tuple[int, ...], default ()
        Axes the starts/ends refer to; empty means 0, 1, ... in order.
    steps : tuple[int, ...], default ()
        Step per sliced axis (nonzero); empty means all 1.

    Returns
    -------
    y : Tensor
        The selected elements.

    Examples
    --------
    Every other column, reversed rows:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3, 4], [5, 6, 7, 8]], dtype="int32")
    >>> y = ts.slice(x, (-1, 0), (-3, 4), steps=(-1, 2))
    >>> y.shape, y.dtype
    ((2, 2), 'int32')
    >>> y.tolist()
    [[5, 7], [1, 3]]
    """
    return _op_slice(x, starts, ends, axes, steps)


def softmax(x: TensorLike, /, *, axis: int = -1) -> Tensor:
    """Normalized exponentials along one axis: exp(x) / sum(exp(x)).

    Computed as exp(x - max) / sum(exp(x - max)) so large inputs do not overflow.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    axis : int, default -1
        Axis to normalize over; negative counts from the end.

    Returns
    -------
    y : Tensor
        Probabilities along axis (sum to 1), same shape as x.

    Examples
    --------
    Uniform and skewed rows:

    >>> import tessera as ts
    >>> x = ts.tensor([[0, 0], [0, 1.0986122886681098]], dtype="float64")
    >>> y = ts.softmax(x)
    >>> y.shape, y.dtype
    ((2, 2), 'float64')
    >>> y.tolist()
    [[0.5, 0.5], [0.25, 0.75]]
    """
    return _op_softmax(x, axis)


def log_softmax(x: TensorLike, /, *, axis: int = -1) -> Tensor:
    """Logarithm of softmax along one axis: x - log(sum(exp(x))).

    Computed as x - max - log(sum(exp(x - max))) for stability.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    axis : int, default -1
        Axis to normalize over; negative counts from the end.

    Returns
    -------
    y : Tensor
        Log-probabilities along axis, same shape as x.

    Examples
    --------
    Two equal logits:

    >>> import tessera as ts
    >>> x = ts.tensor([3, 3], dtype="float64")
    >>> y = ts.log_softmax(x, axis=0)
    >>> y.shape, y.dtype
    ((2,), 'float64')
    >>> y.tolist()
    [-0.69314718056, -0.69314718056]
    """
    return _op_log_softmax(x, axis)


def zeros(shape: tuple[int, ...], *, dtype: DType = "float32") -> Tensor:
    """A tensor of zeros.

    Parameters
    ----------
    shape : tuple[int, ...]
        Dimension sizes of the result.
    dtype : DType, default "float32"
        Element type of the result.

    Returns
    -------
    y : Tensor
        A tensor filled with 0.

    Examples
    --------
    2x2 float zeros:

    >>> import tessera as ts
    >>> y = ts.zeros((2, 2))
    >>> y.shape, y.dtype
    ((2, 2), 'float32')
    >>> y.tolist()
    [[0.0, 0.0], [0.0, 0.0]]
    """
    return _op_zeros(shape, dtype)


def ones(shape: tuple[int, ...], *, dtype: DType = "float32") -> Tensor:
    """A tensor of ones.

    Parameters
    ----------
    shape : tuple[int, ...]
        Dimension sizes of the result.
    dtype : DType, default "float32"
        Element type of the result.

    Returns
    -------
    y : Tensor
        A tensor filled with 1.

    Examples
    --------
    Int64 ones:

    >>> import tessera as ts
    >>> y = ts.ones((3,), dtype="int64")
    >>> y.shape, y.dtype
    ((3,), 'int64')
    >>> y.tolist()
    [1, 1, 1]
    """
    return _op_ones(shape, dtype)


def full(shape: tuple[int, ...], value: float, *, dtype: DType = "float32") -> Tensor:
    """A tensor filled with one value.

    Parameters
    ----------
    shape : tuple[int, ...]
        Dimension sizes of the result.
    value : float
        Fill value, converted to dtype.
    dtype : DType, default "float32"
        Element type of the result.

    Returns
    -------
    y : Tensor
        A tensor filled with value.

    Examples
    --------
    Filled with 7.5:

    >>> import tessera as ts
    >>> y = ts.full((2,), 7.5)
    >>> y.shape, y.dtype
    ((2,), 'float32')
    >>> y.tolist()
    [7.5, 7.5]
    """
    return _op_full(shape, value, dtype)


def arange(start: float, stop: float, *, step: float = 1.0, dtype: DType = "float32") -> Tensor:
    """Evenly spaced values start, start+step, ... below stop.

    Length is ceil((stop - start) / step), or 0 when that is negative; element i is start + i*step converted to dtype.

    Parameters
    ----------
    start : float
        First value.
    stop : float
        End of the range (exclusive).
    step : float, default 1.0
        Spacing (nonzero; negative counts down).
    dtype : DType, default "float32"
        Element type of the result (not bool).

    Returns
    -------
    y : Tensor
        1-D tensor of the values.

    Examples
    --------
    Counting down by 1.5:

    >>> import tessera as ts
    >>> y = ts.arange(3.0, -1.0, step=-1.5)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [3.0, 1.5, 0.0]
    """
    return _op_arange(start, stop, step, dtype)
