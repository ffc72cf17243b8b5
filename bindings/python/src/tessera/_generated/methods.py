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
    _op_min,
    _op_prod,
    _op_l1_norm,
    _op_l2_norm,
    _op_log_sum_exp,
    _op_sum_square,
    _op_argmax,
    _op_argmin,
    _op_cumsum,
    _op_reshape,
    _op_transpose,
    _op_slice,
    _op_softmax,
    _op_log_softmax,
    _op_erf,
    _op_floor,
    _op_ceil,
    _op_round,
    _op_sign,
    _op_reciprocal,
    _op_sin,
    _op_cos,
    _op_tan,
    _op_asin,
    _op_acos,
    _op_atan,
    _op_sinh,
    _op_cosh,
    _op_asinh,
    _op_acosh,
    _op_atanh,
    _op_isnan,
    _op_isinf,
    _op_mod,
    _op_clip,
    _op_less_equal,
    _op_greater_equal,
    _op_logical_and,
    _op_logical_or,
    _op_logical_xor,
    _op_logical_not,
    _op_bitwise_and,
    _op_bitwise_or,
    _op_bitwise_xor,
    _op_bitwise_not,
    _op_leaky_relu,
    _op_prelu,
    _op_elu,
    _op_selu,
    _op_celu,
    _op_gelu,
    _op_hard_sigmoid,
    _op_hard_swish,
    _op_softplus,
    _op_softsign,
    _op_mish,
    _op_silu,
    _op_gather,
    _op_gather_elements,
    _op_gather_nd,
    _op_scatter_elements,
    _op_scatter_nd,
    _op_one_hot,
    _op_top_k,
    _op_non_zero,
    _op_triu,
    _op_tril,
    _op_flatten,
    _op_squeeze,
    _op_unsqueeze,
    _op_expand,
    _op_tile,
    _op_pad,
    _op_split,
    _op_depth_to_space,
    _op_space_to_depth,
    _op_dropout,
    _op_gemm,
    _op_resize,
    _op_embedding,
    _op_softmax_cross_entropy,
    _op_nll_loss,
    _op_mse_loss,
    _op_binary_cross_entropy,
    _op_sgd_update,
    _op_adam_update,
    _op_adamw_update,
    _op_conv,
    _op_conv_transpose,
    _op_max_pool,
    _op_avg_pool,
    _op_global_avg_pool,
    _op_global_max_pool,
    _op_batch_norm,
    _op_instance_norm,
    _op_layer_norm,
    _op_group_norm,
    _op_lrn,
)

if TYPE_CHECKING:
    from typing import Literal
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
    "min",
    "prod",
    "l1_norm",
    "l2_norm",
    "log_sum_exp",
    "sum_square",
    "argmax",
    "argmin",
    "cumsum",
    "reshape",
    "transpose",
    "slice",
    "softmax",
    "log_softmax",
    "erf",
    "floor",
    "ceil",
    "round",
    "sign",
    "reciprocal",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "sinh",
    "cosh",
    "asinh",
    "acosh",
    "atanh",
    "isnan",
    "isinf",
    "mod",
    "clip",
    "less_equal",
    "greater_equal",
    "logical_and",
    "logical_or",
    "logical_xor",
    "logical_not",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "bitwise_not",
    "leaky_relu",
    "prelu",
    "elu",
    "selu",
    "celu",
    "gelu",
    "hard_sigmoid",
    "hard_swish",
    "softplus",
    "softsign",
    "mish",
    "silu",
    "gather",
    "gather_elements",
    "gather_nd",
    "scatter_elements",
    "scatter_nd",
    "one_hot",
    "top_k",
    "non_zero",
    "triu",
    "tril",
    "flatten",
    "squeeze",
    "unsqueeze",
    "expand",
    "tile",
    "pad",
    "split",
    "depth_to_space",
    "space_to_depth",
    "dropout",
    "gemm",
    "resize",
    "embedding",
    "softmax_cross_entropy",
    "nll_loss",
    "mse_loss",
    "binary_cross_entropy",
    "sgd_update",
    "adam_update",
    "adamw_update",
    "conv",
    "conv_transpose",
    "max_pool",
    "avg_pool",
    "global_avg_pool",
    "global_max_pool",
    "batch_norm",
    "instance_norm",
    "layer_norm",
    "group_norm",
    "lrn",
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

    def min(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Minimum over axes (NaN propagates).

        Method form of :func:`tessera.min` with this tensor as ``x``.
        """
        return _op_min(self, axes, keepdims)

    def prod(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Product of elements over axes.

        Method form of :func:`tessera.prod` with this tensor as ``x``.
        """
        return _op_prod(self, axes, keepdims)

    def l1_norm(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Sum of absolute values over axes.

        Method form of :func:`tessera.l1_norm` with this tensor as ``x``.
        """
        return _op_l1_norm(self, axes, keepdims)

    def l2_norm(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Euclidean norm sqrt(sum(x^2)) over axes.

        Method form of :func:`tessera.l2_norm` with this tensor as ``x``.
        """
        return _op_l2_norm(self, axes, keepdims)

    def log_sum_exp(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """log(sum(exp(x))) over axes, numerically stable.

        Method form of :func:`tessera.log_sum_exp` with this tensor as ``x``.
        """
        return _op_log_sum_exp(self, axes, keepdims)

    def sum_square(self, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
        """Sum of squares over axes.

        Method form of :func:`tessera.sum_square` with this tensor as ``x``.
        """
        return _op_sum_square(self, axes, keepdims)

    def argmax(
        self,
        *,
        axis: int = 0,
        keepdims: bool = True,
        select_last_index: bool = False,
    ) -> Tensor:
        """Index of the largest element along an axis.

        Method form of :func:`tessera.argmax` with this tensor as ``x``.
        """
        return _op_argmax(self, axis, keepdims, select_last_index)

    def argmin(
        self,
        *,
        axis: int = 0,
        keepdims: bool = True,
        select_last_index: bool = False,
    ) -> Tensor:
        """Index of the smallest element along an axis.

        Method form of :func:`tessera.argmin` with this tensor as ``x``.
        """
        return _op_argmin(self, axis, keepdims, select_last_index)

    def cumsum(self, *, axis: int = 0, exclusive: bool = False, reverse: bool = False) -> Tensor:
        """Running sum along an axis.

        Method form of :func:`tessera.cumsum` with this tensor as ``x``.
        """
        return _op_cumsum(self, axis, exclusive, reverse)

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

    def erf(self) -> Tensor:
        """Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.

        Method form of :func:`tessera.erf` with this tensor as ``x``.
        """
        return _op_erf(self)

    def floor(self) -> Tensor:
        """Element-wise floor: the largest integer not greater than x.

        Method form of :func:`tessera.floor` with this tensor as ``x``.
        """
        return _op_floor(self)

    def ceil(self) -> Tensor:
        """Element-wise ceiling: the smallest integer not less than x.

        Method form of :func:`tessera.ceil` with this tensor as ``x``.
        """
        return _op_ceil(self)

    def round(self) -> Tensor:
        """Element-wise rounding to the nearest integer, halfway cases to the even one.

        Method form of :func:`tessera.round` with this tensor as ``x``.
        """
        return _op_round(self)

    def sign(self) -> Tensor:
        """Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.

        Method form of :func:`tessera.sign` with this tensor as ``x``.
        """
        return _op_sign(self)

    def reciprocal(self) -> Tensor:
        """Element-wise reciprocal 1 / x.

        Method form of :func:`tessera.reciprocal` with this tensor as ``x``.
        """
        return _op_reciprocal(self)

    def sin(self) -> Tensor:
        """Element-wise sine (radians).

        Method form of :func:`tessera.sin` with this tensor as ``x``.
        """
        return _op_sin(self)

    def cos(self) -> Tensor:
        """Element-wise cosine (radians).

        Method form of :func:`tessera.cos` with this tensor as ``x``.
        """
        return _op_cos(self)

    def tan(self) -> Tensor:
        """Element-wise tangent (radians).

        Method form of :func:`tessera.tan` with this tensor as ``x``.
        """
        return _op_tan(self)

    def asin(self) -> Tensor:
        """Element-wise arcsine, in [-pi/2, pi/2].

        Method form of :func:`tessera.asin` with this tensor as ``x``.
        """
        return _op_asin(self)

    def acos(self) -> Tensor:
        """Element-wise arccosine, in [0, pi].

        Method form of :func:`tessera.acos` with this tensor as ``x``.
        """
        return _op_acos(self)

    def atan(self) -> Tensor:
        """Element-wise arctangent, in (-pi/2, pi/2).

        Method form of :func:`tessera.atan` with this tensor as ``x``.
        """
        return _op_atan(self)

    def sinh(self) -> Tensor:
        """Element-wise hyperbolic sine.

        Method form of :func:`tessera.sinh` with this tensor as ``x``.
        """
        return _op_sinh(self)

    def cosh(self) -> Tensor:
        """Element-wise hyperbolic cosine.

        Method form of :func:`tessera.cosh` with this tensor as ``x``.
        """
        return _op_cosh(self)

    def asinh(self) -> Tensor:
        """Element-wise inverse hyperbolic sine.

        Method form of :func:`tessera.asinh` with this tensor as ``x``.
        """
        return _op_asinh(self)

    def acosh(self) -> Tensor:
        """Element-wise inverse hyperbolic cosine, >= 0.

        Method form of :func:`tessera.acosh` with this tensor as ``x``.
        """
        return _op_acosh(self)

    def atanh(self) -> Tensor:
        """Element-wise inverse hyperbolic tangent.

        Method form of :func:`tessera.atanh` with this tensor as ``x``.
        """
        return _op_atanh(self)

    def isnan(self) -> Tensor:
        """Element-wise test for NaN.

        Method form of :func:`tessera.isnan` with this tensor as ``x``.
        """
        return _op_isnan(self)

    def isinf(self, *, detect_positive: bool = True, detect_negative: bool = True) -> Tensor:
        """Element-wise test for infinity, optionally of one sign only.

        Method form of :func:`tessera.isinf` with this tensor as ``x``.
        """
        return _op_isinf(self, detect_positive, detect_negative)

    def mod(self, b: TensorLike, /, *, fmod: bool = False) -> Tensor:
        """Element-wise remainder of a / b.

        Method form of :func:`tessera.mod` with this tensor as ``a``.
        """
        return _op_mod(self, b, fmod)

    def clip(self, *, min: float = float("-inf"), max: float = float("inf")) -> Tensor:
        """Limits every element to [min, max].

        Method form of :func:`tessera.clip` with this tensor as ``x``.
        """
        return _op_clip(self, min, max)

    def less_equal(self, b: TensorLike, /) -> Tensor:
        """Element-wise a <= b.

        Method form of :func:`tessera.less_equal` with this tensor as ``a``.
        """
        return _op_less_equal(self, b)

    def greater_equal(self, b: TensorLike, /) -> Tensor:
        """Element-wise a >= b.

        Method form of :func:`tessera.greater_equal` with this tensor as ``a``.
        """
        return _op_greater_equal(self, b)

    def logical_and(self, b: TensorLike, /) -> Tensor:
        """Element-wise logical AND.

        Method form of :func:`tessera.logical_and` with this tensor as ``a``.
        """
        return _op_logical_and(self, b)

    def logical_or(self, b: TensorLike, /) -> Tensor:
        """Element-wise logical OR.

        Method form of :func:`tessera.logical_or` with this tensor as ``a``.
        """
        return _op_logical_or(self, b)

    def logical_xor(self, b: TensorLike, /) -> Tensor:
        """Element-wise logical exclusive OR.

        Method form of :func:`tessera.logical_xor` with this tensor as ``a``.
        """
        return _op_logical_xor(self, b)

    def logical_not(self) -> Tensor:
        """Element-wise logical NOT.

        Method form of :func:`tessera.logical_not` with this tensor as ``x``.
        """
        return _op_logical_not(self)

    def bitwise_and(self, b: TensorLike, /) -> Tensor:
        """Element-wise bitwise AND.

        Method form of :func:`tessera.bitwise_and` with this tensor as ``a``.
        """
        return _op_bitwise_and(self, b)

    def bitwise_or(self, b: TensorLike, /) -> Tensor:
        """Element-wise bitwise OR.

        Method form of :func:`tessera.bitwise_or` with this tensor as ``a``.
        """
        return _op_bitwise_or(self, b)

    def bitwise_xor(self, b: TensorLike, /) -> Tensor:
        """Element-wise bitwise exclusive OR.

        Method form of :func:`tessera.bitwise_xor` with this tensor as ``a``.
        """
        return _op_bitwise_xor(self, b)

    def bitwise_not(self) -> Tensor:
        """Element-wise bitwise NOT (one's complement).

        Method form of :func:`tessera.bitwise_not` with this tensor as ``x``.
        """
        return _op_bitwise_not(self)

    def leaky_relu(self, *, alpha: float = 0.01) -> Tensor:
        """Leaky rectified linear unit: x for x >= 0, alpha * x below.

        Method form of :func:`tessera.leaky_relu` with this tensor as ``x``.
        """
        return _op_leaky_relu(self, alpha)

    def prelu(self, slope: TensorLike, /) -> Tensor:
        """Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.

        Method form of :func:`tessera.prelu` with this tensor as ``x``.
        """
        return _op_prelu(self, slope)

    def elu(self, *, alpha: float = 1.0) -> Tensor:
        """Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.

        Method form of :func:`tessera.elu` with this tensor as ``x``.
        """
        return _op_elu(self, alpha)

    def selu(
        self,
        *,
        alpha: float = 1.6732631921768188,
        gamma: float = 1.0507010221481323,
    ) -> Tensor:
        """Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).

        Method form of :func:`tessera.selu` with this tensor as ``x``.
        """
        return _op_selu(self, alpha, gamma)

    def celu(self, *, alpha: float = 1.0) -> Tensor:
        """Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).

        Method form of :func:`tessera.celu` with this tensor as ``x``.
        """
        return _op_celu(self, alpha)

    def gelu(self, *, approximate: Literal["none", "tanh"] = "none") -> Tensor:
        """Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.

        Method form of :func:`tessera.gelu` with this tensor as ``x``.
        """
        return _op_gelu(self, approximate)

    def hard_sigmoid(self, *, alpha: float = 0.2, beta: float = 0.5) -> Tensor:
        """Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).

        Method form of :func:`tessera.hard_sigmoid` with this tensor as ``x``.
        """
        return _op_hard_sigmoid(self, alpha, beta)

    def hard_swish(self) -> Tensor:
        """x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).

        Method form of :func:`tessera.hard_swish` with this tensor as ``x``.
        """
        return _op_hard_swish(self)

    def softplus(self) -> Tensor:
        """Smooth ReLU: log(1 + e^x).

        Method form of :func:`tessera.softplus` with this tensor as ``x``.
        """
        return _op_softplus(self)

    def softsign(self) -> Tensor:
        """x / (1 + |x|).

        Method form of :func:`tessera.softsign` with this tensor as ``x``.
        """
        return _op_softsign(self)

    def mish(self) -> Tensor:
        """Mish: x * tanh(softplus(x)).

        Method form of :func:`tessera.mish` with this tensor as ``x``.
        """
        return _op_mish(self)

    def silu(self) -> Tensor:
        """Sigmoid linear unit (swish): x * sigmoid(x).

        Method form of :func:`tessera.silu` with this tensor as ``x``.
        """
        return _op_silu(self)

    def gather(self, indices: TensorLike, /, *, axis: int = 0) -> Tensor:
        """Takes slices of x along an axis at the given indices.

        Method form of :func:`tessera.gather` with this tensor as ``x``.
        """
        return _op_gather(self, indices, axis)

    def gather_elements(self, indices: TensorLike, /, *, axis: int = 0) -> Tensor:
        """Picks one element of data along an axis for every entry of indices.

        Method form of :func:`tessera.gather_elements` with this tensor as ``data``.
        """
        return _op_gather_elements(self, indices, axis)

    def gather_nd(self, indices: TensorLike, /, *, batch_dims: int = 0) -> Tensor:
        """Gathers slices of data addressed by index tuples (the last dimension of indices).

        Method form of :func:`tessera.gather_nd` with this tensor as ``data``.
        """
        return _op_gather_nd(self, indices, batch_dims)

    def scatter_elements(
        self,
        indices: TensorLike,
        updates: TensorLike,
        /,
        *,
        axis: int = 0,
        reduction: Literal["none", "add", "mul", "max", "min"] = "none",
    ) -> Tensor:
        """Copy of data with updates written at positions given per element by indices along an axis.

        Method form of :func:`tessera.scatter_elements` with this tensor as ``data``.
        """
        return _op_scatter_elements(self, indices, updates, axis, reduction)

    def scatter_nd(
        self,
        indices: TensorLike,
        updates: TensorLike,
        /,
        *,
        reduction: Literal["none", "add", "mul", "max", "min"] = "none",
    ) -> Tensor:
        """Copy of data with slices written at positions given by index tuples.

        Method form of :func:`tessera.scatter_nd` with this tensor as ``data``.
        """
        return _op_scatter_nd(self, indices, updates, reduction)

    def one_hot(
        self,
        depth: int,
        *,
        axis: int = -1,
        on_value: float = 1.0,
        off_value: float = 0.0,
        dtype: DType = "float32",
    ) -> Tensor:
        """One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.

        Method form of :func:`tessera.one_hot` with this tensor as ``indices``.
        """
        return _op_one_hot(self, depth, axis, on_value, off_value, dtype)

    def top_k(
        self,
        k: int,
        *,
        axis: int = -1,
        largest: bool = True,
        sorted: bool = True,
    ) -> tuple[Tensor, Tensor]:
        """The k largest (or smallest) elements along an axis and their indices.

        Method form of :func:`tessera.top_k` with this tensor as ``x``.
        """
        return _op_top_k(self, k, axis, largest, sorted)

    def non_zero(self) -> Tensor:
        """Indices of the nonzero elements, one row per dimension.

        Method form of :func:`tessera.non_zero` with this tensor as ``x``.
        """
        return _op_non_zero(self)

    def triu(self, *, k: int = 0) -> Tensor:
        """Upper triangle of the last two dimensions; the rest becomes 0.

        Method form of :func:`tessera.triu` with this tensor as ``x``.
        """
        return _op_triu(self, k)

    def tril(self, *, k: int = 0) -> Tensor:
        """Lower triangle of the last two dimensions; the rest becomes 0.

        Method form of :func:`tessera.tril` with this tensor as ``x``.
        """
        return _op_tril(self, k)

    def flatten(self, *, axis: int = 1) -> Tensor:
        """Reshapes x to a matrix: dimensions before axis become rows, the rest columns.

        Method form of :func:`tessera.flatten` with this tensor as ``x``.
        """
        return _op_flatten(self, axis)

    def squeeze(self, *, axes: tuple[int, ...] = ()) -> Tensor:
        """Removes dimensions of size 1 (a view, no copy).

        Method form of :func:`tessera.squeeze` with this tensor as ``x``.
        """
        return _op_squeeze(self, axes)

    def unsqueeze(self, axes: tuple[int, ...]) -> Tensor:
        """Inserts dimensions of size 1 (a view, no copy).

        Method form of :func:`tessera.unsqueeze` with this tensor as ``x``.
        """
        return _op_unsqueeze(self, axes)

    def expand(self, shape: tuple[int, ...]) -> Tensor:
        """Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).

        Method form of :func:`tessera.expand` with this tensor as ``x``.
        """
        return _op_expand(self, shape)

    def tile(self, repeats: tuple[int, ...]) -> Tensor:
        """Repeats x along each dimension.

        Method form of :func:`tessera.tile` with this tensor as ``x``.
        """
        return _op_tile(self, repeats)

    def pad(
        self,
        pads: tuple[int, ...],
        *,
        mode: Literal["constant", "reflect", "edge", "wrap"] = "constant",
        value: float = 0.0,
    ) -> Tensor:
        """Pads x at the start and end of each dimension (constant, reflect, edge or wrap).

        Method form of :func:`tessera.pad` with this tensor as ``x``.
        """
        return _op_pad(self, pads, mode, value)

    def split(
        self,
        *,
        axis: int = 0,
        split: tuple[int, ...] = (),
        num_outputs: int = 0,
    ) -> list[Tensor]:
        """Splits x along an axis into pieces (views of x, no copy).

        Method form of :func:`tessera.split` with this tensor as ``x``.
        """
        return _op_split(self, axis, split, num_outputs)

    def depth_to_space(self, blocksize: int, *, mode: Literal["DCR", "CRD"] = "DCR") -> Tensor:
        """Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].

        Method form of :func:`tessera.depth_to_space` with this tensor as ``x``.
        """
        return _op_depth_to_space(self, blocksize, mode)

    def space_to_depth(self, blocksize: int) -> Tensor:
        """Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].

        Method form of :func:`tessera.space_to_depth` with this tensor as ``x``.
        """
        return _op_space_to_depth(self, blocksize)

    def dropout(
        self,
        *,
        ratio: float = 0.5,
        training: bool = False,
        seed: int = 0,
    ) -> tuple[Tensor, Tensor]:
        """Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).

        Method form of :func:`tessera.dropout` with this tensor as ``x``.
        """
        return _op_dropout(self, ratio, training, seed)

    def gemm(
        self,
        b: TensorLike,
        c: TensorLike | None = None,
        /,
        *,
        alpha: float = 1.0,
        beta: float = 1.0,
        trans_a: bool = False,
        trans_b: bool = False,
    ) -> Tensor:
        """General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).

        Method form of :func:`tessera.gemm` with this tensor as ``a``.
        """
        return _op_gemm(self, b, c, alpha, beta, trans_a, trans_b)

    def resize(
        self,
        *,
        mode: Literal["nearest", "linear", "cubic"] = "nearest",
        scales: tuple[float, ...] = (),
        sizes: tuple[int, ...] = (),
        coordinate_transformation_mode: Literal["half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel"] = "half_pixel",
        nearest_mode: Literal["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"] = "round_prefer_floor",
        cubic_coeff_a: float = -0.75,
        exclude_outside: bool = False,
    ) -> Tensor:
        """Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).

        Method form of :func:`tessera.resize` with this tensor as ``x``.
        """
        return _op_resize(self, mode, scales, sizes, coordinate_transformation_mode, nearest_mode, cubic_coeff_a, exclude_outside)

    def embedding(self, indices: TensorLike, /) -> Tensor:
        """Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].

        Method form of :func:`tessera.embedding` with this tensor as ``weight``.
        """
        return _op_embedding(self, indices)

    def softmax_cross_entropy(
        self,
        labels: TensorLike,
        /,
        *,
        reduction: Literal["mean", "sum", "none"] = "mean",
        ignore_index: int = -100,
    ) -> tuple[Tensor, Tensor]:
        """Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).

        Method form of :func:`tessera.softmax_cross_entropy` with this tensor as ``logits``.
        """
        return _op_softmax_cross_entropy(self, labels, reduction, ignore_index)

    def nll_loss(
        self,
        labels: TensorLike,
        /,
        *,
        reduction: Literal["mean", "sum", "none"] = "mean",
        ignore_index: int = -100,
    ) -> Tensor:
        """Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).

        Method form of :func:`tessera.nll_loss` with this tensor as ``input``.
        """
        return _op_nll_loss(self, labels, reduction, ignore_index)

    def mse_loss(
        self,
        target: TensorLike,
        /,
        *,
        reduction: Literal["mean", "sum", "none"] = "mean",
    ) -> Tensor:
        """Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).

        Method form of :func:`tessera.mse_loss` with this tensor as ``pred``.
        """
        return _op_mse_loss(self, target, reduction)

    def binary_cross_entropy(
        self,
        target: TensorLike,
        /,
        *,
        reduction: Literal["mean", "sum", "none"] = "mean",
    ) -> Tensor:
        """Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).

        Method form of :func:`tessera.binary_cross_entropy` with this tensor as ``p``.
        """
        return _op_binary_cross_entropy(self, target, reduction)

    def sgd_update(
        self,
        grad: TensorLike,
        momentum_buffer: TensorLike,
        /,
        lr: float,
        *,
        momentum: float = 0.0,
        weight_decay: float = 0.0,
        nesterov: bool = False,
    ) -> tuple[Tensor, Tensor]:
        """One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).

        Method form of :func:`tessera.sgd_update` with this tensor as ``weight``.
        """
        return _op_sgd_update(self, grad, momentum_buffer, lr, momentum, weight_decay, nesterov)

    def adam_update(
        self,
        grad: TensorLike,
        m: TensorLike,
        v: TensorLike,
        /,
        lr: float,
        step: int,
        *,
        beta1: float = 0.9,
        beta2: float = 0.999,
        epsilon: float = 1e-8,
        weight_decay: float = 0.0,
    ) -> tuple[Tensor, Tensor, Tensor]:
        """One Adam step with bias correction and L2 weight decay (torch.optim.Adam).

        Method form of :func:`tessera.adam_update` with this tensor as ``weight``.
        """
        return _op_adam_update(self, grad, m, v, lr, beta1, beta2, epsilon, weight_decay, step)

    def adamw_update(
        self,
        grad: TensorLike,
        m: TensorLike,
        v: TensorLike,
        /,
        lr: float,
        step: int,
        *,
        beta1: float = 0.9,
        beta2: float = 0.999,
        epsilon: float = 1e-8,
        weight_decay: float = 0.01,
    ) -> tuple[Tensor, Tensor, Tensor]:
        """One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).

        Method form of :func:`tessera.adamw_update` with this tensor as ``weight``.
        """
        return _op_adamw_update(self, grad, m, v, lr, beta1, beta2, epsilon, weight_decay, step)

    def conv(
        self,
        w: TensorLike,
        b: TensorLike | None = None,
        /,
        *,
        strides: tuple[int, ...] = (),
        pads: tuple[int, ...] = (),
        dilations: tuple[int, ...] = (),
        group: int = 1,
        auto_pad: Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"] = "NOTSET",
    ) -> Tensor:
        """N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.

        Method form of :func:`tessera.conv` with this tensor as ``x``.
        """
        return _op_conv(self, w, b, strides, pads, dilations, group, auto_pad)

    def conv_transpose(
        self,
        w: TensorLike,
        b: TensorLike | None = None,
        /,
        *,
        strides: tuple[int, ...] = (),
        pads: tuple[int, ...] = (),
        dilations: tuple[int, ...] = (),
        group: int = 1,
        auto_pad: Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"] = "NOTSET",
        output_padding: tuple[int, ...] = (),
        output_shape: tuple[int, ...] = (),
    ) -> Tensor:
        """N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.

        Method form of :func:`tessera.conv_transpose` with this tensor as ``x``.
        """
        return _op_conv_transpose(self, w, b, strides, pads, dilations, group, auto_pad, output_padding, output_shape)

    def max_pool(
        self,
        kernel_shape: tuple[int, ...],
        *,
        strides: tuple[int, ...] = (),
        pads: tuple[int, ...] = (),
        dilations: tuple[int, ...] = (),
        ceil_mode: bool = False,
        auto_pad: Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"] = "NOTSET",
    ) -> Tensor:
        """Maximum over sliding windows of the spatial axes.

        Method form of :func:`tessera.max_pool` with this tensor as ``x``.
        """
        return _op_max_pool(self, kernel_shape, strides, pads, dilations, ceil_mode, auto_pad)

    def avg_pool(
        self,
        kernel_shape: tuple[int, ...],
        *,
        strides: tuple[int, ...] = (),
        pads: tuple[int, ...] = (),
        dilations: tuple[int, ...] = (),
        ceil_mode: bool = False,
        auto_pad: Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"] = "NOTSET",
        count_include_pad: bool = False,
    ) -> Tensor:
        """Mean over sliding windows of the spatial axes.

        Method form of :func:`tessera.avg_pool` with this tensor as ``x``.
        """
        return _op_avg_pool(self, kernel_shape, strides, pads, dilations, ceil_mode, auto_pad, count_include_pad)

    def global_avg_pool(self) -> Tensor:
        """Mean over all spatial axes, keeping them as size 1.

        Method form of :func:`tessera.global_avg_pool` with this tensor as ``x``.
        """
        return _op_global_avg_pool(self)

    def global_max_pool(self) -> Tensor:
        """Maximum over all spatial axes, keeping them as size 1.

        Method form of :func:`tessera.global_max_pool` with this tensor as ``x``.
        """
        return _op_global_max_pool(self)

    def batch_norm(
        self,
        scale: TensorLike,
        bias: TensorLike,
        mean: TensorLike,
        variance: TensorLike,
        /,
        *,
        epsilon: float = 0.00001,
    ) -> Tensor:
        """Batch normalization with given statistics (inference form).

        Method form of :func:`tessera.batch_norm` with this tensor as ``x``.
        """
        return _op_batch_norm(self, scale, bias, mean, variance, epsilon)

    def instance_norm(
        self,
        scale: TensorLike,
        bias: TensorLike,
        /,
        *,
        epsilon: float = 0.00001,
    ) -> Tensor:
        """Instance normalization: each (sample, channel) normalized over its spatial axes.

        Method form of :func:`tessera.instance_norm` with this tensor as ``x``.
        """
        return _op_instance_norm(self, scale, bias, epsilon)

    def layer_norm(
        self,
        scale: TensorLike | None = None,
        bias: TensorLike | None = None,
        /,
        *,
        axis: int = -1,
        epsilon: float = 0.00001,
    ) -> Tensor:
        """Layer normalization over the trailing axes from `axis` on, with optional scale and bias.

        Method form of :func:`tessera.layer_norm` with this tensor as ``x``.
        """
        return _op_layer_norm(self, scale, bias, axis, epsilon)

    def group_norm(
        self,
        scale: TensorLike,
        bias: TensorLike,
        /,
        num_groups: int,
        *,
        epsilon: float = 0.00001,
    ) -> Tensor:
        """Group normalization: channels split into num_groups groups, each (sample, group) normalized together.

        Method form of :func:`tessera.group_norm` with this tensor as ``x``.
        """
        return _op_group_norm(self, scale, bias, num_groups, epsilon)

    def lrn(
        self,
        size: int,
        *,
        alpha: float = 0.0001,
        beta: float = 0.75,
        bias: float = 1.0,
    ) -> Tensor:
        """Local response normalization across channels.

        Method form of :func:`tessera.lrn` with this tensor as ``x``.
        """
        return _op_lrn(self, size, alpha, beta, bias)
