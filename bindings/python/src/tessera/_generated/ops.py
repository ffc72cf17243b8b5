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
    from typing import Literal
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
    "concat",
    "slice",
    "softmax",
    "log_softmax",
    "zeros",
    "ones",
    "full",
    "arange",
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
    "einsum",
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
_op_min: Op[Tensor] = _op("min", ("x",), False, ("axes", "keepdims"), (None, None))
_op_prod: Op[Tensor] = _op("prod", ("x",), False, ("axes", "keepdims"), (None, None))
_op_l1_norm: Op[Tensor] = _op("l1_norm", ("x",), False, ("axes", "keepdims"), (None, None))
_op_l2_norm: Op[Tensor] = _op("l2_norm", ("x",), False, ("axes", "keepdims"), (None, None))
_op_log_sum_exp: Op[Tensor] = _op("log_sum_exp", ("x",), False, ("axes", "keepdims"), (None, None))
_op_sum_square: Op[Tensor] = _op("sum_square", ("x",), False, ("axes", "keepdims"), (None, None))
_op_argmax: Op[Tensor] = _op("argmax", ("x",), False, ("axis", "keepdims", "select_last_index"), (None, None, None))
_op_argmin: Op[Tensor] = _op("argmin", ("x",), False, ("axis", "keepdims", "select_last_index"), (None, None, None))
_op_cumsum: Op[Tensor] = _op("cumsum", ("x",), False, ("axis", "exclusive", "reverse"), (None, None, None))
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
_op_erf: Op[Tensor] = _op("erf", ("x",), False, (), ())
_op_floor: Op[Tensor] = _op("floor", ("x",), False, (), ())
_op_ceil: Op[Tensor] = _op("ceil", ("x",), False, (), ())
_op_round: Op[Tensor] = _op("round", ("x",), False, (), ())
_op_sign: Op[Tensor] = _op("sign", ("x",), False, (), ())
_op_reciprocal: Op[Tensor] = _op("reciprocal", ("x",), False, (), ())
_op_sin: Op[Tensor] = _op("sin", ("x",), False, (), ())
_op_cos: Op[Tensor] = _op("cos", ("x",), False, (), ())
_op_tan: Op[Tensor] = _op("tan", ("x",), False, (), ())
_op_asin: Op[Tensor] = _op("asin", ("x",), False, (), ())
_op_acos: Op[Tensor] = _op("acos", ("x",), False, (), ())
_op_atan: Op[Tensor] = _op("atan", ("x",), False, (), ())
_op_sinh: Op[Tensor] = _op("sinh", ("x",), False, (), ())
_op_cosh: Op[Tensor] = _op("cosh", ("x",), False, (), ())
_op_asinh: Op[Tensor] = _op("asinh", ("x",), False, (), ())
_op_acosh: Op[Tensor] = _op("acosh", ("x",), False, (), ())
_op_atanh: Op[Tensor] = _op("atanh", ("x",), False, (), ())
_op_isnan: Op[Tensor] = _op("isnan", ("x",), False, (), ())
_op_isinf: Op[Tensor] = _op("isinf", ("x",), False, ("detect_positive", "detect_negative"), (None, None))
_op_mod: Op[Tensor] = _op("mod", ("a", "b"), False, ("fmod",), (None,))
_op_clip: Op[Tensor] = _op("clip", ("x",), False, ("min", "max"), (None, None))
_op_less_equal: Op[Tensor] = _op("less_equal", ("a", "b"), False, (), ())
_op_greater_equal: Op[Tensor] = _op("greater_equal", ("a", "b"), False, (), ())
_op_logical_and: Op[Tensor] = _op("logical_and", ("a", "b"), False, (), ())
_op_logical_or: Op[Tensor] = _op("logical_or", ("a", "b"), False, (), ())
_op_logical_xor: Op[Tensor] = _op("logical_xor", ("a", "b"), False, (), ())
_op_logical_not: Op[Tensor] = _op("logical_not", ("x",), False, (), ())
_op_bitwise_and: Op[Tensor] = _op("bitwise_and", ("a", "b"), False, (), ())
_op_bitwise_or: Op[Tensor] = _op("bitwise_or", ("a", "b"), False, (), ())
_op_bitwise_xor: Op[Tensor] = _op("bitwise_xor", ("a", "b"), False, (), ())
_op_bitwise_not: Op[Tensor] = _op("bitwise_not", ("x",), False, (), ())
_op_leaky_relu: Op[Tensor] = _op("leaky_relu", ("x",), False, ("alpha",), (None,))
_op_prelu: Op[Tensor] = _op("prelu", ("x", "slope"), False, (), ())
_op_elu: Op[Tensor] = _op("elu", ("x",), False, ("alpha",), (None,))
_op_selu: Op[Tensor] = _op("selu", ("x",), False, ("alpha", "gamma"), (None, None))
_op_celu: Op[Tensor] = _op("celu", ("x",), False, ("alpha",), (None,))
_op_gelu: Op[Tensor] = _op("gelu", ("x",), False, ("approximate",), (("none", "tanh"),))
_op_hard_sigmoid: Op[Tensor] = _op("hard_sigmoid", ("x",), False, ("alpha", "beta"), (None, None))
_op_hard_swish: Op[Tensor] = _op("hard_swish", ("x",), False, (), ())
_op_softplus: Op[Tensor] = _op("softplus", ("x",), False, (), ())
_op_softsign: Op[Tensor] = _op("softsign", ("x",), False, (), ())
_op_mish: Op[Tensor] = _op("mish", ("x",), False, (), ())
_op_silu: Op[Tensor] = _op("silu", ("x",), False, (), ())
_op_gather: Op[Tensor] = _op("gather", ("x", "indices"), False, ("axis",), (None,))
_op_gather_elements: Op[Tensor] = _op("gather_elements", ("data", "indices"), False, ("axis",), (None,))
_op_gather_nd: Op[Tensor] = _op("gather_nd", ("data", "indices"), False, ("batch_dims",), (None,))
_op_scatter_elements: Op[Tensor] = _op("scatter_elements", ("data", "indices", "updates"), False, ("axis", "reduction"), (None, ("none", "add", "mul", "max", "min")))
_op_scatter_nd: Op[Tensor] = _op("scatter_nd", ("data", "indices", "updates"), False, ("reduction",), (("none", "add", "mul", "max", "min"),))
_op_one_hot: Op[Tensor] = _op("one_hot", ("indices",), False, ("depth", "axis", "on_value", "off_value", "dtype"), (None, None, None, None, None))
_op_top_k: Op[tuple[Tensor, Tensor]] = _op("top_k", ("x",), False, ("k", "axis", "largest", "sorted"), (None, None, None, None))
_op_non_zero: Op[Tensor] = _op("non_zero", ("x",), False, (), ())
_op_triu: Op[Tensor] = _op("triu", ("x",), False, ("k",), (None,))
_op_tril: Op[Tensor] = _op("tril", ("x",), False, ("k",), (None,))
_op_flatten: Op[Tensor] = _op("flatten", ("x",), False, ("axis",), (None,))
_op_squeeze: Op[Tensor] = _op("squeeze", ("x",), False, ("axes",), (None,))
_op_unsqueeze: Op[Tensor] = _op("unsqueeze", ("x",), False, ("axes",), (None,))
_op_expand: Op[Tensor] = _op("expand", ("x",), False, ("shape",), (None,))
_op_tile: Op[Tensor] = _op("tile", ("x",), False, ("repeats",), (None,))
_op_pad: Op[Tensor] = _op("pad", ("x",), False, ("pads", "mode", "value"), (None, ("constant", "reflect", "edge", "wrap"), None))
_op_split: Op[list[Tensor]] = _op("split", ("x",), False, ("axis", "split", "num_outputs"), (None, None, None), variadic_output=True)
_op_depth_to_space: Op[Tensor] = _op("depth_to_space", ("x",), False, ("blocksize", "mode"), (None, ("DCR", "CRD")))
_op_space_to_depth: Op[Tensor] = _op("space_to_depth", ("x",), False, ("blocksize",), (None,))
_op_dropout: Op[tuple[Tensor, Tensor]] = _op("dropout", ("x",), False, ("ratio", "training", "seed"), (None, None, None))
_op_gemm: Op[Tensor] = _op("gemm", ("a", "b", "c?"), False, ("alpha", "beta", "trans_a", "trans_b"), (None, None, None, None))
_op_einsum: Op[Tensor] = _op("einsum", ("inputs",), True, ("equation",), (None,))
_op_resize: Op[Tensor] = _op("resize", ("x",), False, ("mode", "scales", "sizes", "coordinate_transformation_mode", "nearest_mode", "cubic_coeff_a", "exclude_outside"), (("nearest", "linear", "cubic"), None, None, ("half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel"), ("round_prefer_floor", "round_prefer_ceil", "floor", "ceil"), None, None))
_op_embedding: Op[Tensor] = _op("embedding", ("weight", "indices"), False, (), ())
_op_softmax_cross_entropy: Op[tuple[Tensor, Tensor]] = _op("softmax_cross_entropy", ("logits", "labels"), False, ("reduction", "ignore_index"), (("mean", "sum", "none"), None))
_op_nll_loss: Op[Tensor] = _op("nll_loss", ("input", "labels"), False, ("reduction", "ignore_index"), (("mean", "sum", "none"), None))
_op_mse_loss: Op[Tensor] = _op("mse_loss", ("pred", "target"), False, ("reduction",), (("mean", "sum", "none"),))
_op_binary_cross_entropy: Op[Tensor] = _op("binary_cross_entropy", ("p", "target"), False, ("reduction",), (("mean", "sum", "none"),))
_op_sgd_update: Op[tuple[Tensor, Tensor]] = _op("sgd_update", ("weight", "grad", "momentum_buffer"), False, ("lr", "momentum", "weight_decay", "nesterov"), (None, None, None, None))
_op_adam_update: Op[tuple[Tensor, Tensor, Tensor]] = _op("adam_update", ("weight", "grad", "m", "v"), False, ("lr", "beta1", "beta2", "epsilon", "weight_decay", "step"), (None, None, None, None, None, None))
_op_adamw_update: Op[tuple[Tensor, Tensor, Tensor]] = _op("adamw_update", ("weight", "grad", "m", "v"), False, ("lr", "beta1", "beta2", "epsilon", "weight_decay", "step"), (None, None, None, None, None, None))
_op_conv: Op[Tensor] = _op("conv", ("x", "w", "b?"), False, ("strides", "pads", "dilations", "group", "auto_pad"), (None, None, None, None, ("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID")))
_op_conv_transpose: Op[Tensor] = _op("conv_transpose", ("x", "w", "b?"), False, ("strides", "pads", "dilations", "group", "auto_pad", "output_padding", "output_shape"), (None, None, None, None, ("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"), None, None))
_op_max_pool: Op[Tensor] = _op("max_pool", ("x",), False, ("kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad"), (None, None, None, None, None, ("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID")))
_op_avg_pool: Op[Tensor] = _op("avg_pool", ("x",), False, ("kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad", "count_include_pad"), (None, None, None, None, None, ("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"), None))
_op_global_avg_pool: Op[Tensor] = _op("global_avg_pool", ("x",), False, (), ())
_op_global_max_pool: Op[Tensor] = _op("global_max_pool", ("x",), False, (), ())
_op_batch_norm: Op[Tensor] = _op("batch_norm", ("x", "scale", "bias", "mean", "variance"), False, ("epsilon",), (None,))
_op_instance_norm: Op[Tensor] = _op("instance_norm", ("x", "scale", "bias"), False, ("epsilon",), (None,))
_op_layer_norm: Op[Tensor] = _op("layer_norm", ("x", "scale?", "bias?"), False, ("axis", "epsilon"), (None, None))
_op_group_norm: Op[Tensor] = _op("group_norm", ("x", "scale", "bias"), False, ("num_groups", "epsilon"), (None, None))
_op_lrn: Op[Tensor] = _op("lrn", ("x",), False, ("size", "alpha", "beta", "bias"), (None, None, None, None))


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


def min(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Minimum over axes (NaN propagates).

    Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Reducing over an empty axis is an error (there is no minimum).

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
    Columns:

    >>> import tessera as ts
    >>> x = ts.tensor([[3, 1, 4], [1, 5, 9]], dtype="float32")
    >>> y = ts.min(x, axes=(0,))
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [1.0, 1.0, 4.0]
    """
    return _op_min(x, axes, keepdims)


def prod(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Product of elements over axes.

    Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. The product of no elements is 1. Integers wrap around on overflow.

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
    Rows:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="int32")
    >>> y = ts.prod(x, axes=(1,))
    >>> y.shape, y.dtype
    ((2,), 'int32')
    >>> y.tolist()
    [6, 120]
    """
    return _op_prod(x, axes, keepdims)


def l1_norm(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Sum of absolute values over axes.

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
    Rows, keepdims:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, -2], [3, -4]], dtype="float32")
    >>> y = ts.l1_norm(x, axes=(1,), keepdims=True)
    >>> y.shape, y.dtype
    ((2, 1), 'float32')
    >>> y.tolist()
    [[3.0], [7.0]]
    """
    return _op_l1_norm(x, axes, keepdims)


def l2_norm(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Euclidean norm sqrt(sum(x^2)) over axes.

    Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
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
    Columns:

    >>> import tessera as ts
    >>> x = ts.tensor([[1.5, -2, 0.5], [4, 0.25, -1]], dtype="float64")
    >>> y = ts.l2_norm(x, axes=(0,))
    >>> y.shape, y.dtype
    ((3,), 'float64')
    >>> y.tolist()
    [4.27200187266, 2.01556443707, 1.11803398875]
    """
    return _op_l2_norm(x, axes, keepdims)


def log_sum_exp(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """log(sum(exp(x))) over axes, numerically stable.

    Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Computed as m + log(sum(exp(x - m))) with m the maximum, so large inputs do not overflow; all -inf (or no elements) gives -inf, any +inf gives +inf.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
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
    Rows:

    >>> import tessera as ts
    >>> x = ts.tensor([[0.5, -1.25, 2], [3, 3, -7.5]], dtype="float64")
    >>> y = ts.log_sum_exp(x, axes=(1,))
    >>> y.shape, y.dtype
    ((2,), 'float64')
    >>> y.tolist()
    [2.2326219831, 3.69316094869]
    """
    return _op_log_sum_exp(x, axes, keepdims)


def sum_square(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor:
    """Sum of squares over axes.

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
    >>> x = ts.tensor([1, -2, 3], dtype="int64")
    >>> y = ts.sum_square(x)
    >>> y.shape, y.dtype
    ((), 'int64')
    >>> y.tolist()
    14
    """
    return _op_sum_square(x, axes, keepdims)


def argmax(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    keepdims: bool = True,
    select_last_index: bool = False,
) -> Tensor:
    """Index of the largest element along an axis.

    Index (0-based, int64) of the largest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.

    Parameters
    ----------
    x : TensorLike
        Input tensor (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axis : int, default 0
        Axis to search along; negative counts from the end.
    keepdims : bool, default True
        Keep the searched axis as a dimension of size 1 (as ONNX).
    select_last_index : bool, default False
        Among equal extremes take the last index instead of the first.

    Returns
    -------
    indices : Tensor
        int64 positions along axis; x's shape with axis removed or kept as 1.

    Examples
    --------
    Rows, first of ties:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 5, 5], [7, 2, 7]], dtype="int32")
    >>> indices = ts.argmax(x, axis=1)
    >>> indices.shape, indices.dtype
    ((2, 1), 'int64')
    >>> indices.tolist()
    [[1], [0]]

    Last of ties, no keepdims:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 5, 5], [7, 2, 7]], dtype="int32")
    >>> indices = ts.argmax(x, axis=-1, keepdims=False, select_last_index=True)
    >>> indices.shape, indices.dtype
    ((2,), 'int64')
    >>> indices.tolist()
    [2, 2]
    """
    return _op_argmax(x, axis, keepdims, select_last_index)


def argmin(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    keepdims: bool = True,
    select_last_index: bool = False,
) -> Tensor:
    """Index of the smallest element along an axis.

    Index (0-based, int64) of the smallest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.

    Parameters
    ----------
    x : TensorLike
        Input tensor (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axis : int, default 0
        Axis to search along; negative counts from the end.
    keepdims : bool, default True
        Keep the searched axis as a dimension of size 1 (as ONNX).
    select_last_index : bool, default False
        Among equal extremes take the last index instead of the first.

    Returns
    -------
    indices : Tensor
        int64 positions along axis; x's shape with axis removed or kept as 1.

    Examples
    --------
    Columns:

    >>> import tessera as ts
    >>> x = ts.tensor([[2, 1], [0, 3]], dtype="float32")
    >>> indices = ts.argmin(x)
    >>> indices.shape, indices.dtype
    ((1, 2), 'int64')
    >>> indices.tolist()
    [[1, 0]]

    NaN wins:

    >>> import tessera as ts
    >>> x = ts.tensor([1, float("nan"), -1], dtype="float64")
    >>> indices = ts.argmin(x, keepdims=False)
    >>> indices.shape, indices.dtype
    ((), 'int64')
    >>> indices.tolist()
    1
    """
    return _op_argmin(x, axis, keepdims, select_last_index)


def cumsum(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    exclusive: bool = False,
    reverse: bool = False,
) -> Tensor:
    """Running sum along an axis.

    y[i] = x[0] + ... + x[i] along `axis`. With exclusive, x[i] itself is left out (y[0] = 0); with reverse the sum runs from the end. Integers wrap around on overflow.

    Parameters
    ----------
    x : TensorLike
        Input tensor (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8.
    axis : int, default 0
        Axis to sum along; negative counts from the end.
    exclusive : bool, default False
        Leave each element out of its own sum.
    reverse : bool, default False
        Sum from the last element towards the first.

    Returns
    -------
    y : Tensor
        Running sums, x's shape and dtype.

    Examples
    --------
    Rows:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float32")
    >>> y = ts.cumsum(x, axis=1)
    >>> y.shape, y.dtype
    ((2, 3), 'float32')
    >>> y.tolist()
    [[1.0, 3.0, 6.0], [4.0, 9.0, 15.0]]

    Reverse exclusive:

    >>> import tessera as ts
    >>> x = ts.tensor([1, 2, 3, 4, 5], dtype="int32")
    >>> y = ts.cumsum(x, exclusive=True, reverse=True)
    >>> y.shape, y.dtype
    ((5,), 'int32')
    >>> y.tolist()
    [14, 12, 9, 5, 0]
    """
    return _op_cumsum(x, axis, exclusive, reverse)


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


def erf(x: TensorLike, /) -> Tensor:
    """Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.

    erf(+-inf) = +-1; NaN propagates.

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
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.erf(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.520499877813, -0.84270079295, 0.995322265019]
    """
    return _op_erf(x)


def floor(x: TensorLike, /) -> Tensor:
    """Element-wise floor: the largest integer not greater than x.

    Infinities, NaN and zeros (with their sign) pass through.

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
    Negatives round down:

    >>> import tessera as ts
    >>> x = ts.tensor([-1.5, -0.5, 0, 0.5, 2.7], dtype="float32")
    >>> y = ts.floor(x)
    >>> y.shape, y.dtype
    ((5,), 'float32')
    >>> y.tolist()
    [-2.0, -1.0, 0.0, 0.0, 2.0]
    """
    return _op_floor(x)


def ceil(x: TensorLike, /) -> Tensor:
    """Element-wise ceiling: the smallest integer not less than x.

    Infinities, NaN and zeros (with their sign) pass through.

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
    Negatives round up:

    >>> import tessera as ts
    >>> x = ts.tensor([-1.5, -0.5, 0, 0.5, 2.2], dtype="float32")
    >>> y = ts.ceil(x)
    >>> y.shape, y.dtype
    ((5,), 'float32')
    >>> y.tolist()
    [-1.0, 0.0, 0.0, 1.0, 3.0]
    """
    return _op_ceil(x)


def round(x: TensorLike, /) -> Tensor:
    """Element-wise rounding to the nearest integer, halfway cases to the even one.

    Banker's rounding as ONNX Round and numpy.round: round(0.5) = 0, round(1.5) = 2, round(-2.5) = -2. The sign of zero is kept (round(-0.3) = -0.0); infinities and NaN pass through.

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
    Halves go to even:

    >>> import tessera as ts
    >>> x = ts.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.4, -0.6], dtype="float64")
    >>> y = ts.round(x)
    >>> y.shape, y.dtype
    ((8,), 'float64')
    >>> y.tolist()
    [-2.0, -2.0, 0.0, 0.0, 2.0, 2.0, 0.0, -1.0]
    """
    return _op_round(x)


def sign(x: TensorLike, /) -> Tensor:
    """Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.

    Both zeros give +0 and NaN stays NaN (as numpy.sign); unsigned inputs give 0 or 1.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Sign of x with x's shape and dtype.

    Examples
    --------
    Floats:

    >>> import tessera as ts
    >>> x = ts.tensor([-2.5, 0, 3, -0.1], dtype="float32")
    >>> y = ts.sign(x)
    >>> y.shape, y.dtype
    ((4,), 'float32')
    >>> y.tolist()
    [-1.0, 0.0, 1.0, -1.0]

    Integers:

    >>> import tessera as ts
    >>> x = ts.tensor([-7, 0, 5], dtype="int32")
    >>> y = ts.sign(x)
    >>> y.shape, y.dtype
    ((3,), 'int32')
    >>> y.tolist()
    [-1, 0, 1]
    """
    return _op_sign(x)


def reciprocal(x: TensorLike, /) -> Tensor:
    """Element-wise reciprocal 1 / x.

    1/0 is inf with the sign of the zero.

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
    Exact reciprocals:

    >>> import tessera as ts
    >>> x = ts.tensor([2, -4, 0.5], dtype="float32")
    >>> y = ts.reciprocal(x)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [0.5, -0.25, 2.0]
    """
    return _op_reciprocal(x)


def sin(x: TensorLike, /) -> Tensor:
    """Element-wise sine (radians).

    NaN for infinite x.

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
    Radians:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.sin(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.479425538604, -0.841470984808, 0.909297426826]
    """
    return _op_sin(x)


def cos(x: TensorLike, /) -> Tensor:
    """Element-wise cosine (radians).

    NaN for infinite x.

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
    Radians:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.cos(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [1.0, 0.87758256189, 0.540302305868, -0.416146836547]
    """
    return _op_cos(x)


def tan(x: TensorLike, /) -> Tensor:
    """Element-wise tangent (radians).

    NaN for infinite x.

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
    Radians:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.tan(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.546302489844, -1.55740772465, -2.18503986326]
    """
    return _op_tan(x)


def asin(x: TensorLike, /) -> Tensor:
    """Element-wise arcsine, in [-pi/2, pi/2].

    NaN outside [-1, 1].

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
    Inside [-1, 1]:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -0.5, 1], dtype="float64")
    >>> y = ts.asin(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.523598775598, -0.523598775598, 1.57079632679]
    """
    return _op_asin(x)


def acos(x: TensorLike, /) -> Tensor:
    """Element-wise arccosine, in [0, pi].

    NaN outside [-1, 1].

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
    Inside [-1, 1]:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -0.5, 1], dtype="float64")
    >>> y = ts.acos(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [1.57079632679, 1.0471975512, 2.09439510239, 0.0]
    """
    return _op_acos(x)


def atan(x: TensorLike, /) -> Tensor:
    """Element-wise arctangent, in (-pi/2, pi/2).

    atan(+-inf) = +-pi/2.

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
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.atan(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.463647609001, -0.785398163397, 1.10714871779]
    """
    return _op_atan(x)


def sinh(x: TensorLike, /) -> Tensor:
    """Element-wise hyperbolic sine.

    Overflows to +-inf for |x| above about 710 (89 in float32).

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
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.sinh(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.521095305494, -1.17520119364, 3.62686040785]
    """
    return _op_sinh(x)


def cosh(x: TensorLike, /) -> Tensor:
    """Element-wise hyperbolic cosine.

    Overflows to inf for |x| above about 710 (89 in float32).

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
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.cosh(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [1.0, 1.12762596521, 1.54308063482, 3.76219569108]
    """
    return _op_cosh(x)


def asinh(x: TensorLike, /) -> Tensor:
    """Element-wise inverse hyperbolic sine.

    Defined for every real x.

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
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -1, 2], dtype="float64")
    >>> y = ts.asinh(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.48121182506, -0.88137358702, 1.44363547518]
    """
    return _op_asinh(x)


def acosh(x: TensorLike, /) -> Tensor:
    """Element-wise inverse hyperbolic cosine, >= 0.

    NaN below 1.

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
    X >= 1:

    >>> import tessera as ts
    >>> x = ts.tensor([1, 1.5, 2, 10], dtype="float64")
    >>> y = ts.acosh(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.962423650119, 1.31695789692, 2.99322284613]
    """
    return _op_acosh(x)


def atanh(x: TensorLike, /) -> Tensor:
    """Element-wise inverse hyperbolic tangent.

    +-inf at +-1, NaN outside [-1, 1].

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
    Inside (-1, 1):

    >>> import tessera as ts
    >>> x = ts.tensor([0, 0.5, -0.5, 0.9], dtype="float64")
    >>> y = ts.atanh(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [0.0, 0.549306144334, -0.549306144334, 1.47221948958]
    """
    return _op_atanh(x)


def isnan(x: TensorLike, /) -> Tensor:
    """Element-wise test for NaN.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Bool tensor with x's shape: true where x is NaN.

    Examples
    --------
    Only NaN is NaN:

    >>> import tessera as ts
    >>> x = ts.tensor([float("nan"), 0, float("inf"), float("-inf"), -1], dtype="float32")
    >>> y = ts.isnan(x)
    >>> y.shape, y.dtype
    ((5,), 'bool')
    >>> y.tolist()
    [True, False, False, False, False]
    """
    return _op_isnan(x)


def isinf(
    x: TensorLike,
    /,
    *,
    detect_positive: bool = True,
    detect_negative: bool = True,
) -> Tensor:
    """Element-wise test for infinity, optionally of one sign only.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    detect_positive : bool, default True
        Report +inf.
    detect_negative : bool, default True
        Report -inf.

    Returns
    -------
    y : Tensor
        Bool tensor with x's shape: true where x is an infinity of a detected sign.

    Examples
    --------
    Both signs:

    >>> import tessera as ts
    >>> x = ts.tensor([float("inf"), float("-inf"), 0, float("nan"), 1e+308], dtype="float64")
    >>> y = ts.isinf(x)
    >>> y.shape, y.dtype
    ((5,), 'bool')
    >>> y.tolist()
    [True, True, False, False, False]

    Positive only:

    >>> import tessera as ts
    >>> x = ts.tensor([float("inf"), float("-inf"), 2], dtype="float64")
    >>> y = ts.isinf(x, detect_negative=False)
    >>> y.shape, y.dtype
    ((3,), 'bool')
    >>> y.tolist()
    [True, False, False]
    """
    return _op_isinf(x, detect_positive, detect_negative)


def mod(a: TensorLike, b: TensorLike, /, *, fmod: bool = False) -> Tensor:
    """Element-wise remainder of a / b.

    With fmod=false (integers only) the result has the sign of b, like Python's % and numpy.mod: mod(-7, 3) = 2. With fmod=true it has the sign of a, like C fmod: fmod(-7, 3) = -1. Floating-point inputs require fmod=true, as ONNX Mod does (a floored float remainder is a - floor(a / b) * b). Integer x mod 0 is 0 (numpy's value, no trap); float x mod 0 is NaN. Inputs broadcast with NumPy rules and must share one dtype.

    Parameters
    ----------
    a : TensorLike
        Dividend. Accepted dtypes: float32, float64, int32, int64, uint8.
    b : TensorLike
        Divisor, broadcast against a. Accepted dtypes: float32, float64, int32, int64, uint8.
    fmod : bool, default False
        false: sign of the divisor (integers only); true: sign of the dividend (C fmod).

    Returns
    -------
    y : Tensor
        Remainder with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Float fmod keeps the sign of a:

    >>> import tessera as ts
    >>> a = ts.tensor([5.5, -5.5, 5.5, -5.5], dtype="float64")
    >>> b = ts.tensor([2, 2, -2, -2], dtype="float64")
    >>> y = ts.mod(a, b, fmod=True)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [1.5, -1.5, 1.5, -1.5]

    Integer mod takes the sign of b:

    >>> import tessera as ts
    >>> a = ts.tensor([7, -7, 7, -7, 7], dtype="int32")
    >>> b = ts.tensor([3, 3, -3, -3, 0], dtype="int32")
    >>> y = ts.mod(a, b)
    >>> y.shape, y.dtype
    ((5,), 'int32')
    >>> y.tolist()
    [1, 2, -2, -1, 0]

    Integer fmod takes the sign of a:

    >>> import tessera as ts
    >>> a = ts.tensor([7, -7, 7, -7], dtype="int64")
    >>> b = ts.tensor(3, dtype="int64")
    >>> y = ts.mod(a, b, fmod=True)
    >>> y.shape, y.dtype
    ((4,), 'int64')
    >>> y.tolist()
    [1, -1, 1, -1]
    """
    return _op_mod(a, b, fmod)


def clip(x: TensorLike, /, *, min: float = float("-inf"), max: float = float("inf")) -> Tensor:
    """Limits every element to [min, max].

    y = min(max(x, min), max): when min > max every element becomes max (as ONNX and numpy.clip). NaN elements stay NaN. For integer dtypes the bounds are ceil(min) and floor(max), saturated to the dtype's range.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8.
    min : float, default float("-inf")
        Lower bound (not NaN); -inf leaves x unbounded below.
    max : float, default float("inf")
        Upper bound (not NaN); inf leaves x unbounded above.

    Returns
    -------
    y : Tensor
        Clipped values with x's shape and dtype.

    Examples
    --------
    Into [-1, 1]:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0.5, 2], dtype="float32")
    >>> y = ts.clip(x, min=-1.0, max=1.0)
    >>> y.shape, y.dtype
    ((4,), 'float32')
    >>> y.tolist()
    [-1.0, -0.5, 0.5, 1.0]

    Integers, upper bound only:

    >>> import tessera as ts
    >>> x = ts.tensor([-5, 3, 10], dtype="int32")
    >>> y = ts.clip(x, max=4.5)
    >>> y.shape, y.dtype
    ((3,), 'int32')
    >>> y.tolist()
    [-5, 3, 4]
    """
    return _op_clip(x, min, max)


def less_equal(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise a <= b.

    Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.

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
    Against a scalar:

    >>> import tessera as ts
    >>> a = ts.tensor([1, 2, 3], dtype="float32")
    >>> b = ts.tensor(2, dtype="float32")
    >>> y = ts.less_equal(a, b)
    >>> y.shape, y.dtype
    ((3,), 'bool')
    >>> y.tolist()
    [True, True, False]
    """
    return _op_less_equal(a, b)


def greater_equal(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise a >= b.

    Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.

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
    >>> a = ts.tensor([1, 2, 3], dtype="int64")
    >>> b = ts.tensor([2, 2, 2], dtype="int64")
    >>> y = ts.greater_equal(a, b)
    >>> y.shape, y.dtype
    ((3,), 'bool')
    >>> y.tolist()
    [False, True, True]
    """
    return _op_greater_equal(a, b)


def logical_and(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise logical AND.

    Inputs are bool and broadcast against each other with NumPy rules.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: bool.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: bool.

    Returns
    -------
    y : Tensor
        Bool tensor with the broadcast shape.

    Examples
    --------
    Truth table:

    >>> import tessera as ts
    >>> a = ts.tensor([False, False, True, True], dtype="bool")
    >>> b = ts.tensor([False, True, False, True], dtype="bool")
    >>> y = ts.logical_and(a, b)
    >>> y.shape, y.dtype
    ((4,), 'bool')
    >>> y.tolist()
    [False, False, False, True]
    """
    return _op_logical_and(a, b)


def logical_or(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise logical OR.

    Inputs are bool and broadcast against each other with NumPy rules.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: bool.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: bool.

    Returns
    -------
    y : Tensor
        Bool tensor with the broadcast shape.

    Examples
    --------
    Truth table:

    >>> import tessera as ts
    >>> a = ts.tensor([False, False, True, True], dtype="bool")
    >>> b = ts.tensor([False, True, False, True], dtype="bool")
    >>> y = ts.logical_or(a, b)
    >>> y.shape, y.dtype
    ((4,), 'bool')
    >>> y.tolist()
    [False, True, True, True]
    """
    return _op_logical_or(a, b)


def logical_xor(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise logical exclusive OR.

    Inputs are bool and broadcast against each other with NumPy rules.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: bool.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: bool.

    Returns
    -------
    y : Tensor
        Bool tensor with the broadcast shape.

    Examples
    --------
    Truth table:

    >>> import tessera as ts
    >>> a = ts.tensor([False, False, True, True], dtype="bool")
    >>> b = ts.tensor([False, True, False, True], dtype="bool")
    >>> y = ts.logical_xor(a, b)
    >>> y.shape, y.dtype
    ((4,), 'bool')
    >>> y.tolist()
    [False, True, True, False]
    """
    return _op_logical_xor(a, b)


def logical_not(x: TensorLike, /) -> Tensor:
    """Element-wise logical NOT.

    Parameters
    ----------
    x : TensorLike
        Bool input. Accepted dtypes: bool.

    Returns
    -------
    y : Tensor
        Bool tensor with x's shape: true where x is false.

    Examples
    --------
    Negation:

    >>> import tessera as ts
    >>> x = ts.tensor([[False, True], [True, False]], dtype="bool")
    >>> y = ts.logical_not(x)
    >>> y.shape, y.dtype
    ((2, 2), 'bool')
    >>> y.tolist()
    [[True, False], [False, True]]
    """
    return _op_logical_not(x)


def bitwise_and(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise bitwise AND.

    Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Int32 with a negative:

    >>> import tessera as ts
    >>> a = ts.tensor([12, -1, 5], dtype="int32")
    >>> b = ts.tensor([10, 7, 3], dtype="int32")
    >>> y = ts.bitwise_and(a, b)
    >>> y.shape, y.dtype
    ((3,), 'int32')
    >>> y.tolist()
    [8, 7, 1]
    """
    return _op_bitwise_and(a, b)


def bitwise_or(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise bitwise OR.

    Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Uint8 against a scalar:

    >>> import tessera as ts
    >>> a = ts.tensor([12, 0, 240], dtype="uint8")
    >>> b = ts.tensor(3, dtype="uint8")
    >>> y = ts.bitwise_or(a, b)
    >>> y.shape, y.dtype
    ((3,), 'uint8')
    >>> y.tolist()
    [15, 3, 243]
    """
    return _op_bitwise_or(a, b)


def bitwise_xor(a: TensorLike, b: TensorLike, /) -> Tensor:
    """Element-wise bitwise exclusive OR.

    Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.

    Parameters
    ----------
    a : TensorLike
        First operand. Accepted dtypes: int32, int64, uint8.
    b : TensorLike
        Second operand, broadcast against a. Accepted dtypes: int32, int64, uint8.

    Returns
    -------
    y : Tensor
        Result with the broadcast shape and the inputs' dtype.

    Examples
    --------
    Int64:

    >>> import tessera as ts
    >>> a = ts.tensor([12, -1, 5], dtype="int64")
    >>> b = ts.tensor([10, 1, 5], dtype="int64")
    >>> y = ts.bitwise_xor(a, b)
    >>> y.shape, y.dtype
    ((3,), 'int64')
    >>> y.tolist()
    [6, -2, 0]
    """
    return _op_bitwise_xor(a, b)


def bitwise_not(x: TensorLike, /) -> Tensor:
    """Element-wise bitwise NOT (one's complement).

    Signed integers are two's complement, so bitwise_not(x) = -x - 1.

    Parameters
    ----------
    x : TensorLike
        Integer input. Accepted dtypes: int32, int64, uint8.

    Returns
    -------
    y : Tensor
        ~x with x's shape and dtype.

    Examples
    --------
    Int32:

    >>> import tessera as ts
    >>> x = ts.tensor([0, -1, 5], dtype="int32")
    >>> y = ts.bitwise_not(x)
    >>> y.shape, y.dtype
    ((3,), 'int32')
    >>> y.tolist()
    [-1, 0, -6]

    Uint8:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 255, 5], dtype="uint8")
    >>> y = ts.bitwise_not(x)
    >>> y.shape, y.dtype
    ((3,), 'uint8')
    >>> y.tolist()
    [255, 0, 250]
    """
    return _op_bitwise_not(x)


def leaky_relu(x: TensorLike, /, *, alpha: float = 0.01) -> Tensor:
    """Leaky rectified linear unit: x for x >= 0, alpha * x below.

    NaN propagates. The default slope 0.01 is ONNX's and PyTorch's.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    alpha : float, default 0.01
        Slope for negative x.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Default slope:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 3], dtype="float64")
    >>> y = ts.leaky_relu(x)
    >>> y.shape, y.dtype
    ((4,), 'float64')
    >>> y.tolist()
    [-0.02, -0.005, 0.0, 3.0]

    Alpha 0.5:

    >>> import tessera as ts
    >>> x = ts.tensor([-4, 1, -1], dtype="float32")
    >>> y = ts.leaky_relu(x, alpha=0.5)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [-2.0, 1.0, -0.5]
    """
    return _op_leaky_relu(x, alpha)


def prelu(x: TensorLike, slope: TensorLike, /) -> Tensor:
    """Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.

    slope broadcasts to x's shape (ONNX's unidirectional broadcasting): typically one slope per channel, shaped [C, 1, 1] for an [N, C, H, W] input, or a scalar.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64.
    slope : TensorLike
        Slopes for negative x; must broadcast to x's shape. Accepted dtypes: float32, float64, int32, int64.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    One slope per column:

    >>> import tessera as ts
    >>> x = ts.tensor([[-1, 2, -3], [4, -5, 0]], dtype="float32")
    >>> slope = ts.tensor([0.5, 0.1, 2], dtype="float32")
    >>> y = ts.prelu(x, slope)
    >>> y.shape, y.dtype
    ((2, 3), 'float32')
    >>> y.tolist()
    [[-0.5, 2.0, -6.0], [4.0, -0.5, 0.0]]
    """
    return _op_prelu(x, slope)


def elu(x: TensorLike, /, *, alpha: float = 1.0) -> Tensor:
    """Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.

    Computed with expm1 for precision near 0.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    alpha : float, default 1.0
        Scale of the negative part (its limit is -alpha).

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Alpha 1:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.elu(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-0.864664716763, -0.393469340287, 0.0, 0.5, 3.0]
    """
    return _op_elu(x, alpha)


def selu(
    x: TensorLike,
    /,
    *,
    alpha: float = 1.6732631921768188,
    gamma: float = 1.0507010221481323,
) -> Tensor:
    """Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).

    The default alpha and gamma are ONNX's (the self-normalizing values of Klambauer et al. rounded to float32).

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    alpha : float, default 1.6732631921768188
        Scale of the negative part before gamma.
    gamma : float, default 1.0507010221481323
        Overall scale.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    ONNX defaults:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.selu(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-1.52016647335, -0.691758189965, 0.0, 0.525350511074, 3.15210306644]
    """
    return _op_selu(x, alpha, gamma)


def celu(x: TensorLike, /, *, alpha: float = 1.0) -> Tensor:
    """Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).

    alpha = 0 is rejected (the formula divides by it); NaN propagates.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    alpha : float, default 1.0
        Scale of the negative part; nonzero.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Alpha 1:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.celu(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-0.864664716763, -0.393469340287, 0.0, 0.5, 3.0]

    Alpha 2:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.celu(x, alpha=2.0)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-1.26424111766, -0.442398433857, 0.0, 0.5, 3.0]
    """
    return _op_celu(x, alpha)


def gelu(x: TensorLike, /, *, approximate: Literal["none", "tanh"] = "none") -> Tensor:
    """Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.

    approximate="none" computes 0.5 x erfc(-x / sqrt 2) (exact; erfc keeps precision for very negative x); approximate="tanh" computes 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). Both give 0 at -inf.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    approximate : Literal["none", "tanh"], default "none"
        Exact erf form or the tanh approximation.

    Returns
    -------
    y : Tensor
        Result with x's shape and dtype.

    Examples
    --------
    Exact form:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.gelu(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-0.0455002638964, -0.154268769363, 0.0, 0.345731230637, 2.99595030591]

    Tanh approximation:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.gelu(x, approximate="tanh")
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-0.0454023059122, -0.154285990175, 0.0, 0.345714009825, 2.99636260792]
    """
    return _op_gelu(x, approximate)


def hard_sigmoid(x: TensorLike, /, *, alpha: float = 0.2, beta: float = 0.5) -> Tensor:
    """Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).

    The defaults are ONNX's (alpha 0.2, beta 0.5); NaN propagates.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    alpha : float, default 0.2
        Slope.
    beta : float, default 0.5
        Offset.

    Returns
    -------
    y : Tensor
        Result in [0, 1] with x's shape and dtype.

    Examples
    --------
    ONNX defaults:

    >>> import tessera as ts
    >>> x = ts.tensor([-3, -1, 0, 1, 3], dtype="float64")
    >>> y = ts.hard_sigmoid(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [0.0, 0.3, 0.5, 0.7, 1.0]
    """
    return _op_hard_sigmoid(x, alpha, beta)


def hard_swish(x: TensorLike, /) -> Tensor:
    """x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).

    0 for x <= -3 (also at -inf), x for x >= 3; NaN propagates.

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
    All three pieces:

    >>> import tessera as ts
    >>> x = ts.tensor([-4, -3, -1, 0, 1, 3, 4], dtype="float64")
    >>> y = ts.hard_swish(x)
    >>> y.shape, y.dtype
    ((7,), 'float64')
    >>> y.tolist()
    [0.0, 0.0, -0.333333333333, 0.0, 0.666666666667, 3.0, 4.0]
    """
    return _op_hard_swish(x)


def softplus(x: TensorLike, /) -> Tensor:
    """Smooth ReLU: log(1 + e^x).

    Computed as max(x, 0) + log1p(e^-|x|), so it neither overflows nor underflows.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Result (positive) with x's shape and dtype.

    Examples
    --------
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.softplus(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [0.126928011043, 0.47407698418, 0.69314718056, 0.97407698418, 3.04858735157]
    """
    return _op_softplus(x)


def softsign(x: TensorLike, /) -> Tensor:
    """x / (1 + |x|).

    softsign(+-inf) = +-1.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Result in (-1, 1) with x's shape and dtype.

    Examples
    --------
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.softsign(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-0.666666666667, -0.333333333333, 0.0, 0.333333333333, 0.75]
    """
    return _op_softsign(x)


def mish(x: TensorLike, /) -> Tensor:
    """Mish: x * tanh(softplus(x)).

    Computed as x * w / (w + 2) with w = e^x (e^x + 2), which equals tanh(log(1 + e^x)) and cannot overflow; mish(-inf) = 0.

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
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.mish(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-0.252501482696, -0.220743774652, 0.0, 0.375245211305, 2.98653500497]
    """
    return _op_mish(x)


def silu(x: TensorLike, /) -> Tensor:
    """Sigmoid linear unit (swish): x * sigmoid(x).

    The sigmoid is split by sign so exp never overflows; silu(-inf) = 0.

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
    A few points:

    >>> import tessera as ts
    >>> x = ts.tensor([-2, -0.5, 0, 0.5, 3], dtype="float64")
    >>> y = ts.silu(x)
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [-0.238405844044, -0.188770334399, 0.0, 0.311229665601, 2.85772238047]
    """
    return _op_silu(x)


def gather(x: TensorLike, indices: TensorLike, /, *, axis: int = 0) -> Tensor:
    """Takes slices of x along an axis at the given indices.

    y[i0.., j.., k..] = x[i0.., indices[j..], k..]: the result has x's dimensions before axis, then the dimensions of indices, then x's dimensions after axis (a scalar index removes the axis). Negative indices count from the end; an index outside [-size, size) is an error naming indices.

    Parameters
    ----------
    x : TensorLike
        Tensor to take slices from (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    indices : TensorLike
        Positions along axis (any shape). Accepted dtypes: int32, int64.
    axis : int, default 0
        Axis of x to index; negative counts from the end.

    Returns
    -------
    y : Tensor
        The gathered slices, x's dtype.

    Examples
    --------
    Rows of a matrix by a 2x2 index:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2], [3, 4], [5, 6]], dtype="float32")
    >>> indices = ts.tensor([[0, 1], [1, 2]], dtype="int64")
    >>> y = ts.gather(x, indices)
    >>> y.shape, y.dtype
    ((2, 2, 2), 'float32')
    >>> y.tolist()
    [[[1.0, 2.0], [3.0, 4.0]], [[3.0, 4.0], [5.0, 6.0]]]

    Negative column indices:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="int32")
    >>> indices = ts.tensor([-1, 0], dtype="int32")
    >>> y = ts.gather(x, indices, axis=1)
    >>> y.shape, y.dtype
    ((2, 2), 'int32')
    >>> y.tolist()
    [[3, 1], [6, 4]]
    """
    return _op_gather(x, indices, axis)


def gather_elements(data: TensorLike, indices: TensorLike, /, *, axis: int = 0) -> Tensor:
    """Picks one element of data along an axis for every entry of indices.

    y[p] = data[p with its axis coordinate replaced by indices[p]]: indices has data's rank, and each dimension other than axis at most data's size there; y has the shape of indices. Negative indices count from the end. The counterpart of scatter_elements (take_along_axis in NumPy).

    Parameters
    ----------
    data : TensorLike
        Tensor to read (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    indices : TensorLike
        Positions along axis, same rank as data. Accepted dtypes: int32, int64.
    axis : int, default 0
        Axis the indices run along; negative counts from the end.

    Returns
    -------
    y : Tensor
        Selected elements, the shape of indices and data's dtype.

    Examples
    --------
    Along rows:

    >>> import tessera as ts
    >>> data = ts.tensor([[1, 2], [3, 4]], dtype="float32")
    >>> indices = ts.tensor([[0, 0], [1, 0]], dtype="int64")
    >>> y = ts.gather_elements(data, indices, axis=1)
    >>> y.shape, y.dtype
    ((2, 2), 'float32')
    >>> y.tolist()
    [[1.0, 1.0], [4.0, 3.0]]
    """
    return _op_gather_elements(data, indices, axis)


def gather_nd(data: TensorLike, indices: TensorLike, /, *, batch_dims: int = 0) -> Tensor:
    """Gathers slices of data addressed by index tuples (the last dimension of indices).

    Each row of indices along its last dimension (length m) is a tuple addressing dimensions batch_dims..batch_dims+m-1 of data; the result is indices.shape[:-1] + data.shape[batch_dims+m:]. The first batch_dims dimensions of indices and data must agree and are matched one to one. Negative components count from the end.

    Parameters
    ----------
    data : TensorLike
        Tensor to read (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    indices : TensorLike
        Index tuples along the last dimension. Accepted dtypes: int32, int64.
    batch_dims : int, default 0
        Number of leading dimensions shared by data and indices. Range: [0, 8].

    Returns
    -------
    y : Tensor
        The gathered elements or slices, data's dtype.

    Examples
    --------
    Elements of a matrix:

    >>> import tessera as ts
    >>> data = ts.tensor([[0, 1], [2, 3]], dtype="int32")
    >>> indices = ts.tensor([[0, 0], [1, 1]], dtype="int64")
    >>> y = ts.gather_nd(data, indices)
    >>> y.shape, y.dtype
    ((2,), 'int32')
    >>> y.tolist()
    [0, 3]

    Rows per batch:

    >>> import tessera as ts
    >>> data = ts.tensor([[[0, 1], [2, 3]], [[4, 5], [6, 7]]], dtype="float32")
    >>> indices = ts.tensor([[1], [0]], dtype="int64")
    >>> y = ts.gather_nd(data, indices, batch_dims=1)
    >>> y.shape, y.dtype
    ((2, 2), 'float32')
    >>> y.tolist()
    [[2.0, 3.0], [4.0, 5.0]]
    """
    return _op_gather_nd(data, indices, batch_dims)


def scatter_elements(
    data: TensorLike,
    indices: TensorLike,
    updates: TensorLike,
    /,
    *,
    axis: int = 0,
    reduction: Literal["none", "add", "mul", "max", "min"] = "none",
) -> Tensor:
    """Copy of data with updates written at positions given per element by indices along an axis.

    y = data, then for every position p of indices: y[p with its axis coordinate replaced by indices[p]] = updates[p] (reduction none) or combined with it (add, mul, max, min). indices and updates share one shape of data's rank. Updates apply in index order, so with reduction none the last duplicate wins. Integer add/mul wrap around; max/min propagate NaN.

    Parameters
    ----------
    data : TensorLike
        Initial values (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    indices : TensorLike
        Positions along axis, same rank as data. Accepted dtypes: int32, int64.
    updates : TensorLike
        Values to write, the shape of indices and data's dtype. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axis : int, default 0
        Axis the indices run along; negative counts from the end.
    reduction : Literal["none", "add", "mul", "max", "min"], default "none"
        How an update combines with the value already there.

    Returns
    -------
    y : Tensor
        Updated copy of data.

    Examples
    --------
    Rows replaced:

    >>> import tessera as ts
    >>> data = ts.tensor([[0, 0, 0], [0, 0, 0], [0, 0, 0]], dtype="float32")
    >>> indices = ts.tensor([[1, 0, 2], [0, 2, 1]], dtype="int64")
    >>> updates = ts.tensor([[1, 1.1, 1.2], [2, 2.1, 2.2]], dtype="float32")
    >>> y = ts.scatter_elements(data, indices, updates)
    >>> y.shape, y.dtype
    ((3, 3), 'float32')
    >>> y.tolist()
    [[2.0, 1.1, 0.0], [1.0, 0.0, 2.2], [0.0, 2.1, 1.2]]

    Along a row:

    >>> import tessera as ts
    >>> data = ts.tensor([[1, 2, 3, 4, 5]], dtype="float32")
    >>> indices = ts.tensor([[1, 3]], dtype="int64")
    >>> updates = ts.tensor([[1.1, 2.1]], dtype="float32")
    >>> y = ts.scatter_elements(data, indices, updates, axis=1)
    >>> y.shape, y.dtype
    ((1, 5), 'float32')
    >>> y.tolist()
    [[1.0, 1.1, 3.0, 2.1, 5.0]]

    Duplicates add up:

    >>> import tessera as ts
    >>> data = ts.tensor([[1, 2, 3, 4, 5]], dtype="float32")
    >>> indices = ts.tensor([[1, 1]], dtype="int64")
    >>> updates = ts.tensor([[1.1, 2.1]], dtype="float32")
    >>> y = ts.scatter_elements(data, indices, updates, axis=1, reduction="add")
    >>> y.shape, y.dtype
    ((1, 5), 'float32')
    >>> y.tolist()
    [[1.0, 5.2, 3.0, 4.0, 5.0]]

    Max of duplicates:

    >>> import tessera as ts
    >>> data = ts.tensor([[1, 2, 3, 4, 5]], dtype="float32")
    >>> indices = ts.tensor([[1, 1]], dtype="int64")
    >>> updates = ts.tensor([[1.1, 2.1]], dtype="float32")
    >>> y = ts.scatter_elements(data, indices, updates, axis=1, reduction="max")
    >>> y.shape, y.dtype
    ((1, 5), 'float32')
    >>> y.tolist()
    [[1.0, 2.1, 3.0, 4.0, 5.0]]
    """
    return _op_scatter_elements(data, indices, updates, axis, reduction)


def scatter_nd(
    data: TensorLike,
    indices: TensorLike,
    updates: TensorLike,
    /,
    *,
    reduction: Literal["none", "add", "mul", "max", "min"] = "none",
) -> Tensor:
    """Copy of data with slices written at positions given by index tuples.

    y = data, then for every tuple t (the last dimension of indices, length m) the slice y[t] = updates[...] (reduction none) or combined with it (add, mul, max, min). updates has shape indices.shape[:-1] + data.shape[m:]. Tuples apply in order, so with reduction none the last duplicate wins; negative components count from the end.

    Parameters
    ----------
    data : TensorLike
        Initial values (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    indices : TensorLike
        Index tuples along the last dimension. Accepted dtypes: int32, int64.
    updates : TensorLike
        Slices to write, data's dtype. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    reduction : Literal["none", "add", "mul", "max", "min"], default "none"
        How an update combines with the value already there.

    Returns
    -------
    y : Tensor
        Updated copy of data.

    Examples
    --------
    Single elements:

    >>> import tessera as ts
    >>> data = ts.tensor([1, 2, 3, 4, 5, 6, 7, 8], dtype="int32")
    >>> indices = ts.tensor([[4], [3], [1], [7]], dtype="int64")
    >>> updates = ts.tensor([9, 10, 11, 12], dtype="int32")
    >>> y = ts.scatter_nd(data, indices, updates)
    >>> y.shape, y.dtype
    ((8,), 'int32')
    >>> y.tolist()
    [1, 11, 3, 10, 9, 6, 7, 12]

    Duplicates add up:

    >>> import tessera as ts
    >>> data = ts.tensor([1, 2, 3, 4], dtype="int32")
    >>> indices = ts.tensor([[1], [1], [3]], dtype="int64")
    >>> updates = ts.tensor([10, 20, 30], dtype="int32")
    >>> y = ts.scatter_nd(data, indices, updates, reduction="add")
    >>> y.shape, y.dtype
    ((4,), 'int32')
    >>> y.tolist()
    [1, 32, 3, 34]
    """
    return _op_scatter_nd(data, indices, updates, reduction)


def one_hot(
    indices: TensorLike,
    /,
    depth: int,
    *,
    axis: int = -1,
    on_value: float = 1.0,
    off_value: float = 0.0,
    dtype: DType = "float32",
) -> Tensor:
    """One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.

    The result has indices' shape with a dimension of size depth inserted at axis. Negative indices in [-depth, -1] count from the end; as in ONNX, an index outside [-depth, depth) gives a row of off_value (no error).

    Parameters
    ----------
    indices : TensorLike
        Class positions (any shape). Accepted dtypes: int32, int64.
    depth : int
        Number of classes (length of the new axis). Range: [1, 1099511627776].
    axis : int, default -1
        Where the new axis goes in the result; -1 appends it.
    on_value : float, default 1.0
        Value at the index.
    off_value : float, default 0.0
        Value everywhere else.
    dtype : DType, default "float32"
        Element type of the result.

    Returns
    -------
    y : Tensor
        The encoding, dtype as requested.

    Examples
    --------
    Classes, with a negative index:

    >>> import tessera as ts
    >>> indices = ts.tensor([0, 2, -1], dtype="int64")
    >>> y = ts.one_hot(indices, 3)
    >>> y.shape, y.dtype
    ((3, 3), 'float32')
    >>> y.tolist()
    [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 1.0]]

    Custom values, out of range, first axis:

    >>> import tessera as ts
    >>> indices = ts.tensor([1, 5], dtype="int32")
    >>> y = ts.one_hot(indices, 3, axis=0, on_value=5.0, off_value=-1.0, dtype="int32")
    >>> y.shape, y.dtype
    ((3, 2), 'int32')
    >>> y.tolist()
    [[-1, -1], [5, -1], [-1, -1]]
    """
    return _op_one_hot(indices, depth, axis, on_value, off_value, dtype)


def top_k(
    x: TensorLike,
    /,
    k: int,
    *,
    axis: int = -1,
    largest: bool = True,
    sorted: bool = True,
) -> tuple[Tensor, Tensor]:
    """The k largest (or smallest) elements along an axis and their indices.

    Equal values keep index order (the lower index first), so results are deterministic; NaN ranks above every number. With sorted the k results are ordered from the most extreme; without it they come in index order.

    Parameters
    ----------
    x : TensorLike
        Input tensor (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8.
    k : int
        How many elements to take (at most the axis size). Range: [0, 9007199254740992].
    axis : int, default -1
        Axis to select along; negative counts from the end.
    largest : bool, default True
        Take the largest elements (false: the smallest).
    sorted : bool, default True
        Order the results from the most extreme (false: by index).

    Returns
    -------
    values : Tensor
        The selected elements; x's shape with axis of size k.
    indices : Tensor
        Their int64 positions along axis.

    Examples
    --------
    Largest per row:

    >>> import tessera as ts
    >>> x = ts.tensor([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], dtype="float32")
    >>> values, indices = ts.top_k(x, 3)
    >>> values.shape, values.dtype
    ((3, 3), 'float32')
    >>> values.tolist()
    [[3.0, 2.0, 1.0], [7.0, 6.0, 5.0], [11.0, 10.0, 9.0]]
    >>> indices.shape, indices.dtype
    ((3, 3), 'int64')
    >>> indices.tolist()
    [[3, 2, 1], [3, 2, 1], [3, 2, 1]]

    Smallest with ties:

    >>> import tessera as ts
    >>> x = ts.tensor([3, 1, 3, 1, 2], dtype="int32")
    >>> values, indices = ts.top_k(x, 3, largest=False)
    >>> values.shape, values.dtype
    ((3,), 'int32')
    >>> values.tolist()
    [1, 1, 2]
    >>> indices.shape, indices.dtype
    ((3,), 'int64')
    >>> indices.tolist()
    [1, 3, 4]
    """
    return _op_top_k(x, k, axis, largest, sorted)


def non_zero(x: TensorLike, /) -> Tensor:
    """Indices of the nonzero elements, one row per dimension.

    The result is int64 [ndim, count] in row-major order of the elements (like numpy.nonzero stacked); a scalar counts as 1-D. Its shape depends on the data, so it is known only when the operator runs. NaN counts as nonzero.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.

    Returns
    -------
    indices : Tensor
        int64 [max(ndim, 1), count] coordinates of the nonzero elements.

    Examples
    --------
    A 2x2 mask:

    >>> import tessera as ts
    >>> x = ts.tensor([[True, False], [True, True]], dtype="bool")
    >>> indices = ts.non_zero(x)
    >>> indices.shape, indices.dtype
    ((2, 3), 'int64')
    >>> indices.tolist()
    [[0, 1, 1], [0, 0, 1]]
    """
    return _op_non_zero(x)


def triu(x: TensorLike, /, *, k: int = 0) -> Tensor:
    """Upper triangle of the last two dimensions; the rest becomes 0.

    Keeps element (i, j) of each matrix when j >= i + k, i.e. on and above the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.

    Parameters
    ----------
    x : TensorLike
        Input tensor, at least 2-D. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    k : int, default 0
        Diagonal offset: 0 is the main diagonal, positive above it, negative below.

    Returns
    -------
    y : Tensor
        x with the other triangle zeroed, same shape and dtype.

    Examples
    --------
    Main diagonal:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], dtype="float32")
    >>> y = ts.triu(x)
    >>> y.shape, y.dtype
    ((3, 4), 'float32')
    >>> y.tolist()
    [[1.0, 2.0, 3.0, 4.0], [0.0, 6.0, 7.0, 8.0], [0.0, 0.0, 11.0, 12.0]]

    One below the diagonal:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], dtype="int32")
    >>> y = ts.triu(x, k=-1)
    >>> y.shape, y.dtype
    ((3, 4), 'int32')
    >>> y.tolist()
    [[1, 2, 3, 4], [5, 6, 7, 8], [0, 10, 11, 12]]
    """
    return _op_triu(x, k)


def tril(x: TensorLike, /, *, k: int = 0) -> Tensor:
    """Lower triangle of the last two dimensions; the rest becomes 0.

    Keeps element (i, j) of each matrix when j <= i + k, i.e. on and below the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.

    Parameters
    ----------
    x : TensorLike
        Input tensor, at least 2-D. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    k : int, default 0
        Diagonal offset: 0 is the main diagonal, positive above it, negative below.

    Returns
    -------
    y : Tensor
        x with the other triangle zeroed, same shape and dtype.

    Examples
    --------
    Main diagonal:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], dtype="float32")
    >>> y = ts.tril(x)
    >>> y.shape, y.dtype
    ((3, 4), 'float32')
    >>> y.tolist()
    [[1.0, 0.0, 0.0, 0.0], [5.0, 6.0, 0.0, 0.0], [9.0, 10.0, 11.0, 0.0]]

    One above the diagonal:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], dtype="int32")
    >>> y = ts.tril(x, k=1)
    >>> y.shape, y.dtype
    ((3, 4), 'int32')
    >>> y.tolist()
    [[1, 2, 0, 0], [5, 6, 7, 0], [9, 10, 11, 12]]
    """
    return _op_tril(x, k)


def flatten(x: TensorLike, /, *, axis: int = 1) -> Tensor:
    """Reshapes x to a matrix: dimensions before axis become rows, the rest columns.

    The result is [d_0 * ... * d_(axis-1), d_axis * ... * d_(n-1)] (a product of no dimensions is 1). axis is a split point between dimensions in -ndim..ndim, not a dimension index. A view of x when its layout allows, else a copy.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axis : int, default 1
        Split point: dimensions [0, axis) form the rows; negative counts from the end.

    Returns
    -------
    y : Tensor
        2-D tensor with x's elements.

    Examples
    --------
    Batch of images:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2], [3, 4]]], [[[5, 6], [7, 8]]]], dtype="float32")
    >>> y = ts.flatten(x)
    >>> y.shape, y.dtype
    ((2, 4), 'float32')
    >>> y.tolist()
    [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]

    Axis 0 gives one row:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="int32")
    >>> y = ts.flatten(x, axis=0)
    >>> y.shape, y.dtype
    ((1, 6), 'int32')
    >>> y.tolist()
    [[1, 2, 3, 4, 5, 6]]
    """
    return _op_flatten(x, axis)


def squeeze(x: TensorLike, /, *, axes: tuple[int, ...] = ()) -> Tensor:
    """Removes dimensions of size 1 (a view, no copy).

    Removes the listed axes, each of which must have size 1, or every size-1 axis when axes is empty.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axes : tuple[int, ...], default ()
        Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes.

    Returns
    -------
    y : Tensor
        x without those dimensions.

    Examples
    --------
    All size-1 axes:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1], [2], [3]]], dtype="float32")
    >>> y = ts.squeeze(x)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [1.0, 2.0, 3.0]

    One axis:

    >>> import tessera as ts
    >>> x = ts.tensor([[[4], [5]]], dtype="int64")
    >>> y = ts.squeeze(x, axes=(-1,))
    >>> y.shape, y.dtype
    ((1, 2), 'int64')
    >>> y.tolist()
    [[4, 5]]
    """
    return _op_squeeze(x, axes)


def unsqueeze(x: TensorLike, /, axes: tuple[int, ...]) -> Tensor:
    """Inserts dimensions of size 1 (a view, no copy).

    axes are positions in the result (whose rank is ndim(x) + len(axes)); negative values count from the end of the result.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axes : tuple[int, ...]
        Positions of the new size-1 dimensions in the result.

    Returns
    -------
    y : Tensor
        x with the new dimensions.

    Examples
    --------
    Vector to column:

    >>> import tessera as ts
    >>> x = ts.tensor([1, 2, 3], dtype="float32")
    >>> y = ts.unsqueeze(x, (1,))
    >>> y.shape, y.dtype
    ((3, 1), 'float32')
    >>> y.tolist()
    [[1.0], [2.0], [3.0]]

    Front and back:

    >>> import tessera as ts
    >>> x = ts.tensor([7, 8], dtype="int32")
    >>> y = ts.unsqueeze(x, (0, -1))
    >>> y.shape, y.dtype
    ((1, 2, 1), 'int32')
    >>> y.tolist()
    [[[7], [8]]]
    """
    return _op_unsqueeze(x, axes)


def expand(x: TensorLike, /, shape: tuple[int, ...]) -> Tensor:
    """Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).

    The result has the NumPy broadcast of x's shape and `shape` (bidirectional, as ONNX Expand: a 1 in shape keeps x's dimension). Nothing is copied: broadcast dimensions repeat x's memory.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    shape : tuple[int, ...]
        Target shape, broadcast with x's shape.

    Returns
    -------
    y : Tensor
        x broadcast to the result shape.

    Examples
    --------
    Column to matrix:

    >>> import tessera as ts
    >>> x = ts.tensor([[1], [2], [3]], dtype="float32")
    >>> y = ts.expand(x, (2, 1, 4))
    >>> y.shape, y.dtype
    ((2, 3, 4), 'float32')
    >>> y.tolist()
    [[[1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0], [3.0, 3.0, 3.0, 3.0]], [[1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0], [3.0, 3.0, 3.0, 3.0]]]
    """
    return _op_expand(x, shape)


def tile(x: TensorLike, /, repeats: tuple[int, ...]) -> Tensor:
    """Repeats x along each dimension.

    Dimension d of the result is x.shape[d] * repeats[d]; the result holds copies of x laid side by side (numpy.tile with one repeat per dimension).

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    repeats : tuple[int, ...]
        Copies per dimension (>= 0), one entry per dimension of x.

    Returns
    -------
    y : Tensor
        The tiled tensor, x's dtype.

    Examples
    --------
    2x3 tiles of a row:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2]], dtype="float32")
    >>> y = ts.tile(x, (2, 3))
    >>> y.shape, y.dtype
    ((2, 6), 'float32')
    >>> y.tolist()
    [[1.0, 2.0, 1.0, 2.0, 1.0, 2.0], [1.0, 2.0, 1.0, 2.0, 1.0, 2.0]]
    """
    return _op_tile(x, repeats)


def pad(
    x: TensorLike,
    /,
    pads: tuple[int, ...],
    *,
    mode: Literal["constant", "reflect", "edge", "wrap"] = "constant",
    value: float = 0.0,
) -> Tensor:
    """Pads x at the start and end of each dimension (constant, reflect, edge or wrap).

    pads lists the begin counts of every dimension, then the end counts (ONNX order). Negative pads crop first; the remaining elements are then padded: constant fills with value, reflect mirrors without repeating the border (pads must be smaller than the dimension), edge repeats the border element, wrap continues periodically. Matches ONNX Pad opset 19.

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    pads : tuple[int, ...]
        [begin_0, ..., begin_(n-1), end_0, ..., end_(n-1)]; negative values crop.
    mode : Literal["constant", "reflect", "edge", "wrap"], default "constant"
        How the new elements are filled.
    value : float, default 0.0
        Fill value in constant mode, converted to x's dtype.

    Returns
    -------
    y : Tensor
        The padded tensor, x's dtype.

    Examples
    --------
    Constant around a matrix:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float32")
    >>> y = ts.pad(x, (0, 1, 1, 0), value=9.0)
    >>> y.shape, y.dtype
    ((3, 4), 'float32')
    >>> y.tolist()
    [[9.0, 1.0, 2.0, 3.0], [9.0, 4.0, 5.0, 6.0], [9.0, 9.0, 9.0, 9.0]]

    Negative pads crop:

    >>> import tessera as ts
    >>> x = ts.tensor([1, 2, 3, 4, 5], dtype="int32")
    >>> y = ts.pad(x, (-1, 2))
    >>> y.shape, y.dtype
    ((6,), 'int32')
    >>> y.tolist()
    [2, 3, 4, 5, 0, 0]

    Reflect:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="int32")
    >>> y = ts.pad(x, (1, 2, 0, 1), mode="reflect")
    >>> y.shape, y.dtype
    ((3, 6), 'int32')
    >>> y.tolist()
    [[6, 5, 4, 5, 6, 5], [3, 2, 1, 2, 3, 2], [6, 5, 4, 5, 6, 5]]

    Edge:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="int32")
    >>> y = ts.pad(x, (0, 1, 1, 2), mode="edge")
    >>> y.shape, y.dtype
    ((3, 6), 'int32')
    >>> y.tolist()
    [[1, 1, 2, 3, 3, 3], [4, 4, 5, 6, 6, 6], [4, 4, 5, 6, 6, 6]]

    Wrap:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float64")
    >>> y = ts.pad(x, (1, 2, 1, 1), mode="wrap")
    >>> y.shape, y.dtype
    ((4, 6), 'float64')
    >>> y.tolist()
    [[5.0, 6.0, 4.0, 5.0, 6.0, 4.0], [2.0, 3.0, 1.0, 2.0, 3.0, 1.0], [5.0, 6.0, 4.0, 5.0, 6.0, 4.0], [2.0, 3.0, 1.0, 2.0, 3.0, 1.0]]
    """
    return _op_pad(x, pads, mode, value)


def split(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    split: tuple[int, ...] = (),
    num_outputs: int = 0,
) -> list[Tensor]:
    """Splits x along an axis into pieces (views of x, no copy).

    Either `split` gives the piece sizes (adding up to the axis size) or num_outputs the number of pieces: then each has ceil(size / num_outputs) elements and the last the remainder (ONNX opset 18). Giving neither, or both with different counts, is an error. At most 64 pieces.

    Parameters
    ----------
    x : TensorLike
        Input tensor (at least 1-D). Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    axis : int, default 0
        Axis to split; negative counts from the end.
    split : tuple[int, ...], default ()
        Size of each piece; empty: use num_outputs.
    num_outputs : int, default 0
        Number of pieces when split is empty (0: use split). Range: [0, 64].

    Returns
    -------
    outputs : list[Tensor]
        The pieces in order, views of x.

    Examples
    --------
    Uneven sizes:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]], dtype="float32")
    >>> outputs = ts.split(x, split=(2, 3))
    >>> len(outputs)
    2
    >>> outputs[0].shape, outputs[0].dtype
    ((2, 2), 'float32')
    >>> outputs[0].tolist()
    [[1.0, 2.0], [3.0, 4.0]]
    >>> outputs[1].shape, outputs[1].dtype
    ((3, 2), 'float32')
    >>> outputs[1].tolist()
    [[5.0, 6.0], [7.0, 8.0], [9.0, 10.0]]

    Three pieces, the last smaller:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3, 4, 5, 6, 7]], dtype="int32")
    >>> outputs = ts.split(x, axis=-1, num_outputs=3)
    >>> len(outputs)
    3
    >>> outputs[0].shape, outputs[0].dtype
    ((1, 3), 'int32')
    >>> outputs[0].tolist()
    [[1, 2, 3]]
    >>> outputs[1].shape, outputs[1].dtype
    ((1, 3), 'int32')
    >>> outputs[1].tolist()
    [[4, 5, 6]]
    >>> outputs[2].shape, outputs[2].dtype
    ((1, 1), 'int32')
    >>> outputs[2].tolist()
    [[7]]
    """
    return _op_split(x, axis, split, num_outputs)


def depth_to_space(
    x: TensorLike,
    /,
    blocksize: int,
    *,
    mode: Literal["DCR", "CRD"] = "DCR",
) -> Tensor:
    """Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].

    DCR (depth-column-row) reads channel (i*b + j)*C' + c for output (c, h*b + i, w*b + j); CRD reads channel c*b^2 + i*b + j. The inverse of space_to_depth is DCR.

    Parameters
    ----------
    x : TensorLike
        4-D input [N, C, H, W]; C divisible by blocksize^2. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    blocksize : int
        Edge of the spatial blocks. Range: [1, 1048576].
    mode : Literal["DCR", "CRD"], default "DCR"
        Channel order inside a block.

    Returns
    -------
    y : Tensor
        [N, C/b^2, H*b, W*b], x's dtype.

    Examples
    --------
    8 channels into 2x2 blocks:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[0]], [[1]], [[2]], [[3]], [[4]], [[5]], [[6]], [[7]]]], dtype="float32")
    >>> y = ts.depth_to_space(x, 2)
    >>> y.shape, y.dtype
    ((1, 2, 2, 2), 'float32')
    >>> y.tolist()
    [[[[0.0, 2.0], [4.0, 6.0]], [[1.0, 3.0], [5.0, 7.0]]]]

    CRD order:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[0]], [[1]], [[2]], [[3]], [[4]], [[5]], [[6]], [[7]]]], dtype="int32")
    >>> y = ts.depth_to_space(x, 2, mode="CRD")
    >>> y.shape, y.dtype
    ((1, 2, 2, 2), 'int32')
    >>> y.tolist()
    [[[[0, 1], [2, 3]], [[4, 5], [6, 7]]]]
    """
    return _op_depth_to_space(x, blocksize, mode)


def space_to_depth(x: TensorLike, /, blocksize: int) -> Tensor:
    """Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].

    Output channel (i*b + j)*C + c holds x[c, h*b + i, w*b + j] (the inverse of depth_to_space in DCR mode).

    Parameters
    ----------
    x : TensorLike
        4-D input [N, C, H, W]; H and W divisible by blocksize. Accepted dtypes: float32, float64, int32, int64, uint8, bool.
    blocksize : int
        Edge of the spatial blocks. Range: [1, 1048576].

    Returns
    -------
    y : Tensor
        [N, C*b^2, H/b, W/b], x's dtype.

    Examples
    --------
    2x2 blocks of 2 channels:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[0, 2], [4, 6]], [[1, 3], [5, 7]]]], dtype="float32")
    >>> y = ts.space_to_depth(x, 2)
    >>> y.shape, y.dtype
    ((1, 8, 1, 1), 'float32')
    >>> y.tolist()
    [[[[0.0]], [[1.0]], [[2.0]], [[3.0]], [[4.0]], [[5.0]], [[6.0]], [[7.0]]]]
    """
    return _op_space_to_depth(x, blocksize)


def dropout(
    x: TensorLike,
    /,
    *,
    ratio: float = 0.5,
    training: bool = False,
    seed: int = 0,
) -> tuple[Tensor, Tensor]:
    """Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).

    With training false (the default) or ratio 0, y is x and mask is all true. While training, element i is kept when u_i >= ratio, where u_i = (s_i >> 11) * 2^-53 and s_i is output i (counting from 0) of the SplitMix64 generator seeded with `seed`: the same seed gives the same mask for the same shape on every machine and thread count. seed 0 draws a fresh seed from a thread-local engine generator on every call (not reproducible).

    Parameters
    ----------
    x : TensorLike
        Input tensor. Accepted dtypes: float32, float64.
    ratio : float, default 0.5
        Probability of dropping an element, in [0, 1). Range: [0, 1].
    training : bool, default False
        Apply dropout (true) or pass x through unchanged (false, inference).
    seed : int, default 0
        Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic).

    Returns
    -------
    y : Tensor
        x with dropped elements zeroed and kept ones scaled by 1 / (1 - ratio); x's shape and dtype.
    mask : Tensor
        True where the element was kept; x's shape.

    Examples
    --------
    Training, seed 7 (the first four draws u_i are 0.390, 0.017, 0.901, 0.583):

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2], [3, 4]], dtype="float64")
    >>> y, mask = ts.dropout(x, ratio=0.5, training=True, seed=7)
    >>> y.shape, y.dtype
    ((2, 2), 'float64')
    >>> y.tolist()
    [[0.0, 0.0], [6.0, 8.0]]
    >>> mask.shape, mask.dtype
    ((2, 2), 'bool')
    >>> mask.tolist()
    [[False, False], [True, True]]

    Inference passes x through:

    >>> import tessera as ts
    >>> x = ts.tensor([1.5, -2, 0], dtype="float32")
    >>> y, mask = ts.dropout(x, ratio=0.3)
    >>> y.shape, y.dtype
    ((3,), 'float32')
    >>> y.tolist()
    [1.5, -2.0, 0.0]
    >>> mask.shape, mask.dtype
    ((3,), 'bool')
    >>> mask.tolist()
    [True, True, True]
    """
    return _op_dropout(x, ratio, training, seed)


def gemm(
    a: TensorLike,
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

    op(a) is a or its transpose (trans_a), likewise op(b); op(a) is [M, K] and op(b) is [K, N]. c is optional and broadcasts to [M, N] (a scalar, a row [N], a column [M, 1] or the full matrix); beta = 0 ignores c. Runs through OpenBLAS sgemm/dgemm; transposed views of a and b are passed to BLAS without a copy.

    Parameters
    ----------
    a : TensorLike
        Left matrix [M, K] ([K, M] with trans_a). Accepted dtypes: float32, float64.
    b : TensorLike
        Right matrix [K, N] ([N, K] with trans_b). Accepted dtypes: float32, float64.
    c : TensorLike | None
        Addend broadcastable to [M, N] (optional). Optional (None). Accepted dtypes: float32, float64.
    alpha : float, default 1.0
        Scale of the product op(a) @ op(b).
    beta : float, default 1.0
        Scale of c.
    trans_a : bool, default False
        Use a transposed.
    trans_b : bool, default False
        Use b transposed.

    Returns
    -------
    y : Tensor
        Result [M, N], the dtype of a.

    Examples
    --------
    A^T @ b * 2 + row bias:

    >>> import tessera as ts
    >>> a = ts.tensor([[1, 3], [2, 4]], dtype="float64")
    >>> b = ts.tensor([[5, 6], [7, 8]], dtype="float64")
    >>> c = ts.tensor([1, 2], dtype="float64")
    >>> y = ts.gemm(a, b, c, alpha=2.0, trans_a=True)
    >>> y.shape, y.dtype
    ((2, 2), 'float64')
    >>> y.tolist()
    [[39.0, 46.0], [87.0, 102.0]]

    No c: plain product with b transposed:

    >>> import tessera as ts
    >>> a = ts.tensor([[1, 2, 3]], dtype="float32")
    >>> b = ts.tensor([[1, 0, 1], [0, 1, 0]], dtype="float32")
    >>> y = ts.gemm(a, b, beta=0.5, trans_b=True)
    >>> y.shape, y.dtype
    ((1, 2), 'float32')
    >>> y.tolist()
    [[4.0, 2.0]]
    """
    return _op_gemm(a, b, c, alpha, beta, trans_a, trans_b)


def einsum(inputs: Sequence[TensorLike], /, equation: str) -> Tensor:
    """Einstein summation over the operands as described by an equation such as "ij,jk->ik".

    NumPy / ONNX einsum. Each operand has a term of letters (a-z, A-Z), one per dimension; terms are separated by commas and the output term follows '->'. Without '->' the output holds the '...' dimensions and then every letter that appears exactly once, in ASCII order (upper case first). Labels missing from the output are summed; a label repeated within one term takes that operand's diagonal; '...' stands for broadcast dimensions (right-aligned across operands). A dimension of size 1 broadcasts against the same label of another operand. Operands are contracted left to right, each pair as one batched matrix product (BLAS for floats); spaces in the equation are ignored.

    Parameters
    ----------
    inputs : Sequence[TensorLike]
        Operands (one or more), all of one dtype. One or more tensors. Accepted dtypes: float32, float64, int32, int64, uint8.
    equation : str
        The subscripts, e.g. "bij,bjk->bik", "ii->i", "...ij->...ji".

    Returns
    -------
    y : Tensor
        The result, with the dtype of the operands.

    Examples
    --------
    Matrix product:

    >>> import tessera as ts
    >>> inputs = [ts.tensor([[1, 2, 3], [4, 5, 6]], dtype="float64"), ts.tensor([[7, 8], [9, 10], [11, 12]], dtype="float64")]
    >>> y = ts.einsum(inputs, "ij,jk->ik")
    >>> y.shape, y.dtype
    ((2, 2), 'float64')
    >>> y.tolist()
    [[58.0, 64.0], [139.0, 154.0]]

    Trace (implicit output):

    >>> import tessera as ts
    >>> inputs = [ts.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype="int32")]
    >>> y = ts.einsum(inputs, "ii")
    >>> y.shape, y.dtype
    ((), 'int32')
    >>> y.tolist()
    15

    Batched transpose with ellipsis:

    >>> import tessera as ts
    >>> inputs = [ts.tensor([[[1, 2]], [[3, 4]]], dtype="float32")]
    >>> y = ts.einsum(inputs, "...ij->...ji")
    >>> y.shape, y.dtype
    ((2, 2, 1), 'float32')
    >>> y.tolist()
    [[[1.0], [2.0]], [[3.0], [4.0]]]

    Outer product, implicit output:

    >>> import tessera as ts
    >>> inputs = [ts.tensor([1, 2], dtype="float32"), ts.tensor([3, 4, 5], dtype="float32")]
    >>> y = ts.einsum(inputs, "i,j")
    >>> y.shape, y.dtype
    ((2, 3), 'float32')
    >>> y.tolist()
    [[3.0, 4.0, 5.0], [6.0, 8.0, 10.0]]
    """
    return _op_einsum(inputs, equation)


def resize(
    x: TensorLike,
    /,
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

    Give exactly one of scales (output dimension = floor(input * scale)) or sizes, one entry per dimension of x (use 1 / the input size for the dimensions to keep, e.g. N and C). The source coordinate of output index o is (o + 0.5) / scale - 0.5 for half_pixel, o / scale for asymmetric, o * (in - 1) / (in * scale - 1) for align_corners and half_pixel but 0 when out = 1 for pytorch_half_pixel; with sizes, scale = out / in. nearest rounds it by nearest_mode, linear interpolates between the two neighbours, cubic uses Keys' cubic convolution over the four neighbours floor(x) - 1 .. floor(x) + 2 with coefficient cubic_coeff_a; coordinates and taps outside the input clamp to the edge (with exclude_outside, taps outside get weight 0 and the others are renormalized). N-d interpolation is separable (bilinear / bicubic for 2 resized axes).

    Parameters
    ----------
    x : TensorLike
        Input tensor, e.g. [N, C, H, W]. Accepted dtypes: float32, float64.
    mode : Literal["nearest", "linear", "cubic"], default "nearest"
        Interpolation: nearest neighbour, (multi)linear or cubic.
    scales : tuple[float, ...], default ()
        Scale per dimension of x (positive); empty when sizes is given.
    sizes : tuple[int, ...], default ()
        Output size per dimension of x; empty when scales is given.
    coordinate_transformation_mode : Literal["half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel"], default "half_pixel"
        How an output index maps to a source coordinate.
    nearest_mode : Literal["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"], default "round_prefer_floor"
        How nearest rounds a fractional source coordinate (mode nearest only).
    cubic_coeff_a : float, default -0.75
        Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's).
    exclude_outside : bool, default False
        Give taps outside the input weight 0 and renormalize the rest (mode cubic).

    Returns
    -------
    y : Tensor
        The resized tensor, x's dtype.

    Examples
    --------
    Bilinear 2x upsampling, half_pixel:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2], [3, 4]]]], dtype="float32")
    >>> y = ts.resize(x, mode="linear", scales=(1.0, 1.0, 2.0, 2.0))
    >>> y.shape, y.dtype
    ((1, 1, 4, 4), 'float32')
    >>> y.tolist()
    [[[[1.0, 1.25, 1.75, 2.0], [1.5, 1.75, 2.25, 2.5], [2.5, 2.75, 3.25, 3.5], [3.0, 3.25, 3.75, 4.0]]]]

    Nearest 1-D to sizes, asymmetric, floor:

    >>> import tessera as ts
    >>> x = ts.tensor([10, 20, 30], dtype="float64")
    >>> y = ts.resize(x, sizes=(5,), coordinate_transformation_mode="asymmetric", nearest_mode="floor")
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [10.0, 10.0, 20.0, 20.0, 30.0]

    Linear 1-D, align_corners:

    >>> import tessera as ts
    >>> x = ts.tensor([0, 10, 40], dtype="float64")
    >>> y = ts.resize(x, mode="linear", sizes=(5,), coordinate_transformation_mode="align_corners")
    >>> y.shape, y.dtype
    ((5,), 'float64')
    >>> y.tolist()
    [0.0, 5.0, 10.0, 25.0, 40.0]

    Cubic 1-D 2x upsampling, half_pixel, a = -0.75:

    >>> import tessera as ts
    >>> x = ts.tensor([1, 2, 4, 8], dtype="float64")
    >>> y = ts.resize(x, mode="cubic", scales=(2.0,))
    >>> y.shape, y.dtype
    ((8,), 'float64')
    >>> y.tolist()
    [0.89453125, 1.15625, 1.5625, 2.41796875, 3.16015625, 5.1171875, 7.1640625, 8.421875]

    Cubic 1-D to sizes, a = -0.5, exclude_outside:

    >>> import tessera as ts
    >>> x = ts.tensor([1, 2, 4, 8], dtype="float64")
    >>> y = ts.resize(x, mode="cubic", sizes=(3,), cubic_coeff_a=-0.5, exclude_outside=True)
    >>> y.shape, y.dtype
    ((3,), 'float64')
    >>> y.tolist()
    [1.09190371991, 2.8125, 7.56673960613]
    """
    return _op_resize(x, mode, scales, sizes, coordinate_transformation_mode, nearest_mode, cubic_coeff_a, exclude_outside)


def embedding(weight: TensorLike, indices: TensorLike, /) -> Tensor:
    """Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].

    weight is [V, D] (more trailing dimensions are allowed and carried along); every index must lie in [0, V) — an index outside is an error naming it (negative indices are not wrapped).

    Parameters
    ----------
    weight : TensorLike
        Embedding table [V, D]. Accepted dtypes: float32, float64, int32, int64, uint8.
    indices : TensorLike
        Row indices, any shape, in [0, V). Accepted dtypes: int32, int64.

    Returns
    -------
    y : Tensor
        indices.shape + [D], weight's dtype.

    Examples
    --------
    Two lookups, one repeated:

    >>> import tessera as ts
    >>> weight = ts.tensor([[0, 1], [10, 11], [20, 21]], dtype="float32")
    >>> indices = ts.tensor([[2, 0], [2, 1]], dtype="int64")
    >>> y = ts.embedding(weight, indices)
    >>> y.shape, y.dtype
    ((2, 2, 2), 'float32')
    >>> y.tolist()
    [[[20.0, 21.0], [0.0, 1.0]], [[20.0, 21.0], [10.0, 11.0]]]
    """
    return _op_embedding(weight, indices)


def softmax_cross_entropy(
    logits: TensorLike,
    labels: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
    ignore_index: int = -100,
) -> tuple[Tensor, Tensor]:
    """Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).

    loss[n, d...] = -log_softmax(logits, axis 1)[n, labels[n, d...], d...], computed as x - max - log(sum(exp(x - max))) so large logits do not overflow. Elements whose label equals ignore_index contribute 0 and are not counted: mean divides by the number of counted elements (NaN when there are none). Every other label must lie in [0, C).

    Parameters
    ----------
    logits : TensorLike
        Unnormalized scores [N, C] or [N, C, d1, ...]. Accepted dtypes: float32, float64.
    labels : TensorLike
        Class indices [N] or [N, d1, ...]. Accepted dtypes: int32, int64.
    reduction : Literal["mean", "sum", "none"], default "mean"
        How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).
    ignore_index : int, default -100
        Label value that is skipped (default -100 as in PyTorch); a class label, not a position.

    Returns
    -------
    loss : Tensor
        A scalar for mean and sum, [N, d1, ...] for none; the dtype of logits.
    log_prob : Tensor
        log_softmax(logits) along the class axis, the shape of logits.

    Examples
    --------
    Mean over the counted rows; row 3 is ignored:

    >>> import tessera as ts
    >>> logits = ts.tensor([[1, 2, 3], [0.5, -1, 2], [0, 0, 0]], dtype="float64")
    >>> labels = ts.tensor([2, 0, -100], dtype="int64")
    >>> loss, log_prob = ts.softmax_cross_entropy(logits, labels)
    >>> loss.shape, loss.dtype
    ((), 'float64')
    >>> loss.tolist()
    1.07445863055
    >>> log_prob.shape, log_prob.dtype
    ((3, 3), 'float64')
    >>> log_prob.tolist()
    [[-2.40760596444, -1.40760596444, -0.407605964444], [-1.74131129666, -3.24131129666, -0.241311296657], [-1.09861228867, -1.09861228867, -1.09861228867]]

    Spatial labels [N, d], no reduction:

    >>> import tessera as ts
    >>> logits = ts.tensor([[[0, 0], [0, 1.0986122886681098]]], dtype="float32")
    >>> labels = ts.tensor([[1, 1]], dtype="int32")
    >>> loss, log_prob = ts.softmax_cross_entropy(logits, labels, reduction="none")
    >>> loss.shape, loss.dtype
    ((1, 2), 'float32')
    >>> loss.tolist()
    [[0.693147, 0.287682]]
    >>> log_prob.shape, log_prob.dtype
    ((1, 2, 2), 'float32')
    >>> log_prob.tolist()
    [[[-0.693147, -1.38629], [-0.693147, -0.287682]]]
    """
    return _op_softmax_cross_entropy(logits, labels, reduction, ignore_index)


def nll_loss(
    input: TensorLike,
    labels: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
    ignore_index: int = -100,
) -> Tensor:
    """Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).

    loss[n, d...] = -input[n, labels[n, d...], d...]. input usually comes from log_softmax. Labels equal to ignore_index contribute 0 and are not counted by mean (NaN when nothing is counted); every other label must lie in [0, C).

    Parameters
    ----------
    input : TensorLike
        Log-probabilities [N, C] or [N, C, d1, ...]. Accepted dtypes: float32, float64.
    labels : TensorLike
        Class indices [N] or [N, d1, ...]. Accepted dtypes: int32, int64.
    reduction : Literal["mean", "sum", "none"], default "mean"
        How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).
    ignore_index : int, default -100
        Label value that is skipped (default -100 as in PyTorch); a class label, not a position.

    Returns
    -------
    loss : Tensor
        A scalar for mean and sum, [N, d1, ...] for none; the dtype of input.

    Examples
    --------
    Mean of two picks:

    >>> import tessera as ts
    >>> input = ts.tensor([[-0.5, -1.5, -2.5], [-3, -0.25, -1]], dtype="float64")
    >>> labels = ts.tensor([1, 2], dtype="int64")
    >>> loss = ts.nll_loss(input, labels)
    >>> loss.shape, loss.dtype
    ((), 'float64')
    >>> loss.tolist()
    1.25

    Sum with a custom ignore_index:

    >>> import tessera as ts
    >>> input = ts.tensor([[-1, -2], [-3, -4], [-5, -6]], dtype="float32")
    >>> labels = ts.tensor([0, 1, 1], dtype="int32")
    >>> loss = ts.nll_loss(input, labels, reduction="sum", ignore_index=0)
    >>> loss.shape, loss.dtype
    ((), 'float32')
    >>> loss.tolist()
    10.0
    """
    return _op_nll_loss(input, labels, reduction, ignore_index)


def mse_loss(
    pred: TensorLike,
    target: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
) -> Tensor:
    """Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).

    pred and target must have the same shape and dtype (no broadcasting). mean divides by the number of elements.

    Parameters
    ----------
    pred : TensorLike
        Predictions. Accepted dtypes: float32, float64.
    target : TensorLike
        Targets, the shape of pred. Accepted dtypes: float32, float64.
    reduction : Literal["mean", "sum", "none"], default "mean"
        How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).

    Returns
    -------
    loss : Tensor
        A scalar for mean and sum, pred's shape for none.

    Examples
    --------
    Mean:

    >>> import tessera as ts
    >>> pred = ts.tensor([[1, 2], [3, 4]], dtype="float64")
    >>> target = ts.tensor([[1, 0], [4, 1.5]], dtype="float64")
    >>> loss = ts.mse_loss(pred, target)
    >>> loss.shape, loss.dtype
    ((), 'float64')
    >>> loss.tolist()
    2.8125

    None:

    >>> import tessera as ts
    >>> pred = ts.tensor([0.5, -1, 2], dtype="float32")
    >>> target = ts.tensor([0, 1, 2], dtype="float32")
    >>> loss = ts.mse_loss(pred, target, reduction="none")
    >>> loss.shape, loss.dtype
    ((3,), 'float32')
    >>> loss.tolist()
    [0.25, 4.0, 0.0]
    """
    return _op_mse_loss(pred, target, reduction)


def binary_cross_entropy(
    p: TensorLike,
    target: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
) -> Tensor:
    """Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).

    Each log is clamped below at -100 as PyTorch does, so p = 0 or 1 give a finite loss. Every p must lie in [0, 1] (an error names the first that does not); targets are usually 0/1 but may be soft labels in [0, 1]. p and t share shape and dtype.

    Parameters
    ----------
    p : TensorLike
        Predicted probabilities in [0, 1]. Accepted dtypes: float32, float64.
    target : TensorLike
        Targets, the shape of p. Accepted dtypes: float32, float64.
    reduction : Literal["mean", "sum", "none"], default "mean"
        How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).

    Returns
    -------
    loss : Tensor
        A scalar for mean and sum, p's shape for none.

    Examples
    --------
    Mean over three:

    >>> import tessera as ts
    >>> p = ts.tensor([0.5, 0.9, 0.2], dtype="float64")
    >>> target = ts.tensor([1, 0, 0], dtype="float64")
    >>> loss = ts.binary_cross_entropy(p, target)
    >>> loss.shape, loss.dtype
    ((), 'float64')
    >>> loss.tolist()
    1.07295860829

    P = 0 and 1 clamp at 100:

    >>> import tessera as ts
    >>> p = ts.tensor([0, 1], dtype="float32")
    >>> target = ts.tensor([1, 1], dtype="float32")
    >>> loss = ts.binary_cross_entropy(p, target, reduction="none")
    >>> loss.shape, loss.dtype
    ((2,), 'float32')
    >>> loss.tolist()
    [100.0, 0.0]
    """
    return _op_binary_cross_entropy(p, target, reduction)


def sgd_update(
    weight: TensorLike,
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

    g = grad + weight_decay * weight; new_buf = momentum * buf + g; new_weight = weight - lr * (nesterov ? g + momentum * new_buf : new_buf). A zero buffer before the first step reproduces PyTorch's first step; with momentum 0 the step is plain SGD and new_buf is g. Functional: the inputs are not modified.

    Parameters
    ----------
    weight : TensorLike
        Parameter before the step. Accepted dtypes: float32, float64.
    grad : TensorLike
        Gradient of the loss with respect to weight. Accepted dtypes: float32, float64.
    momentum_buffer : TensorLike
        Momentum buffer from the previous step; zeros before the first. Accepted dtypes: float32, float64.
    lr : float
        Learning rate (>= 0). Range: [0, inf].
    momentum : float, default 0.0
        Momentum factor (>= 0); 0 disables momentum. Range: [0, inf].
    weight_decay : float, default 0.0
        L2 penalty added to the gradient (>= 0). Range: [0, inf].
    nesterov : bool, default False
        Use Nesterov momentum (needs momentum > 0).

    Returns
    -------
    new_weight : Tensor
        Parameter after the step.
    new_momentum_buffer : Tensor
        Momentum buffer for the next step.

    Examples
    --------
    Momentum and weight decay:

    >>> import tessera as ts
    >>> weight = ts.tensor([1, -2], dtype="float64")
    >>> grad = ts.tensor([0.5, 0.25], dtype="float64")
    >>> momentum_buffer = ts.tensor([0.2, 0], dtype="float64")
    >>> new_weight, new_momentum_buffer = ts.sgd_update(weight, grad, momentum_buffer, 0.1, momentum=0.9, weight_decay=0.1)
    >>> new_weight.shape, new_weight.dtype
    ((2,), 'float64')
    >>> new_weight.tolist()
    [0.922, -2.005]
    >>> new_momentum_buffer.shape, new_momentum_buffer.dtype
    ((2,), 'float64')
    >>> new_momentum_buffer.tolist()
    [0.78, 0.05]

    Nesterov:

    >>> import tessera as ts
    >>> weight = ts.tensor([1], dtype="float32")
    >>> grad = ts.tensor([1], dtype="float32")
    >>> momentum_buffer = ts.tensor([1], dtype="float32")
    >>> new_weight, new_momentum_buffer = ts.sgd_update(weight, grad, momentum_buffer, 0.5, momentum=0.5, nesterov=True)
    >>> new_weight.shape, new_weight.dtype
    ((1,), 'float32')
    >>> new_weight.tolist()
    [0.125]
    >>> new_momentum_buffer.shape, new_momentum_buffer.dtype
    ((1,), 'float32')
    >>> new_momentum_buffer.tolist()
    [1.5]
    """
    return _op_sgd_update(weight, grad, momentum_buffer, lr, momentum, weight_decay, nesterov)


def adam_update(
    weight: TensorLike,
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

    g = grad + weight_decay * weight; new_m = beta1 * m + (1 - beta1) * g; new_v = beta2 * v + (1 - beta2) * g^2; new_weight = weight - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.

    Parameters
    ----------
    weight : TensorLike
        Parameter before the step. Accepted dtypes: float32, float64.
    grad : TensorLike
        Gradient of the loss with respect to weight. Accepted dtypes: float32, float64.
    m : TensorLike
        First-moment (mean) estimate from the previous step; zeros before the first. Accepted dtypes: float32, float64.
    v : TensorLike
        Second-moment (uncentered variance) estimate from the previous step; zeros before the first. Accepted dtypes: float32, float64.
    lr : float
        Learning rate (>= 0). Range: [0, inf].
    step : int
        Number of this step, counting from 1 (for bias correction). Range: [1, 9007199254740991].
    beta1 : float, default 0.9
        Decay of the first moment, in [0, 1). Range: [0, 1].
    beta2 : float, default 0.999
        Decay of the second moment, in [0, 1). Range: [0, 1].
    epsilon : float, default 1e-8
        Added to the denominator for stability (>= 0). Range: [0, inf].
    weight_decay : float, default 0.0
        L2 penalty added to the gradient (>= 0). Range: [0, inf].

    Returns
    -------
    new_weight : Tensor
        Parameter after the step.
    new_m : Tensor
        Updated first moment.
    new_v : Tensor
        Updated second moment.

    Examples
    --------
    First step with weight decay:

    >>> import tessera as ts
    >>> weight = ts.tensor([1, -0.5], dtype="float64")
    >>> grad = ts.tensor([0.1, 0.2], dtype="float64")
    >>> m = ts.tensor([0, 0], dtype="float64")
    >>> v = ts.tensor([0, 0], dtype="float64")
    >>> new_weight, new_m, new_v = ts.adam_update(weight, grad, m, v, 0.01, 1, weight_decay=0.1)
    >>> new_weight.shape, new_weight.dtype
    ((2,), 'float64')
    >>> new_weight.tolist()
    [0.9900000005, -0.509999999333]
    >>> new_m.shape, new_m.dtype
    ((2,), 'float64')
    >>> new_m.tolist()
    [0.02, 0.015]
    >>> new_v.shape, new_v.dtype
    ((2,), 'float64')
    >>> new_v.tolist()
    [0.00004, 0.0000225]
    """
    return _op_adam_update(weight, grad, m, v, lr, beta1, beta2, epsilon, weight_decay, step)


def adamw_update(
    weight: TensorLike,
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

    new_m = beta1 * m + (1 - beta1) * grad; new_v = beta2 * v + (1 - beta2) * grad^2; new_weight = weight * (1 - lr * weight_decay) - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.

    Parameters
    ----------
    weight : TensorLike
        Parameter before the step. Accepted dtypes: float32, float64.
    grad : TensorLike
        Gradient of the loss with respect to weight. Accepted dtypes: float32, float64.
    m : TensorLike
        First-moment (mean) estimate from the previous step; zeros before the first. Accepted dtypes: float32, float64.
    v : TensorLike
        Second-moment (uncentered variance) estimate from the previous step; zeros before the first. Accepted dtypes: float32, float64.
    lr : float
        Learning rate (>= 0). Range: [0, inf].
    step : int
        Number of this step, counting from 1 (for bias correction). Range: [1, 9007199254740991].
    beta1 : float, default 0.9
        Decay of the first moment, in [0, 1). Range: [0, 1].
    beta2 : float, default 0.999
        Decay of the second moment, in [0, 1). Range: [0, 1].
    epsilon : float, default 1e-8
        Added to the denominator for stability (>= 0). Range: [0, inf].
    weight_decay : float, default 0.01
        Decoupled weight decay: the weight shrinks by lr * weight_decay each step (>= 0). Range: [0, inf].

    Returns
    -------
    new_weight : Tensor
        Parameter after the step.
    new_m : Tensor
        Updated first moment.
    new_v : Tensor
        Updated second moment.

    Examples
    --------
    Third step:

    >>> import tessera as ts
    >>> weight = ts.tensor([1, -0.5], dtype="float64")
    >>> grad = ts.tensor([0.1, -0.2], dtype="float64")
    >>> m = ts.tensor([0.05, 0.01], dtype="float64")
    >>> v = ts.tensor([0.001, 0.002], dtype="float64")
    >>> new_weight, new_m, new_v = ts.adamw_update(weight, grad, m, v, 0.001, 3)
    >>> new_weight.shape, new_weight.dtype
    ((2,), 'float64')
    >>> new_weight.tolist()
    [0.999640222997, -0.499945777378]
    >>> new_m.shape, new_m.dtype
    ((2,), 'float64')
    >>> new_m.tolist()
    [0.055, -0.011]
    >>> new_v.shape, new_v.dtype
    ((2,), 'float64')
    >>> new_v.tolist()
    [0.001009, 0.002038]
    """
    return _op_adamw_update(weight, grad, m, v, lr, beta1, beta2, epsilon, weight_decay, step)


def conv(
    x: TensorLike,
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

    x is [N, C, *spatial] with 1 to 3 spatial axes, w is [M, C/group, *kernel] and b is [M]. y[n, m, o] = b[m] + sum over c in m's group and kernel taps k of x[n, c, o*stride - pad_begin + k*dilation] * w[m, c, k], the input being zero outside its bounds. Each output axis has floor((in + pad_begin + pad_end - ((kernel - 1) * dilation + 1)) / stride) + 1 elements. float32 runs through oneDNN; float64 through direct loops.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, *spatial] (1 to 3 spatial axes). Accepted dtypes: float32, float64.
    w : TensorLike
        Kernel [M, C/group, *kernel] (same rank as x). Accepted dtypes: float32, float64.
    b : TensorLike | None
        Bias [M], added to every output of channel m; absent means no bias. Optional (None). Accepted dtypes: float32, float64.
    strides : tuple[int, ...], default ()
        Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
    pads : tuple[int, ...], default ()
        Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
    dilations : tuple[int, ...], default ()
        Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis.
    group : int, default 1
        Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648].
    auto_pad : Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"], default "NOTSET"
        How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.

    Returns
    -------
    y : Tensor
        Output [N, M, *out_spatial], x's dtype.

    Examples
    --------
    3x3 input, 2x2 kernel, bias:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]], dtype="float32")
    >>> w = ts.tensor([[[[1, 2], [3, 4]]]], dtype="float32")
    >>> b = ts.tensor([1], dtype="float32")
    >>> y = ts.conv(x, w, b)
    >>> y.shape, y.dtype
    ((1, 1, 2, 2), 'float32')
    >>> y.tolist()
    [[[[38.0, 48.0], [68.0, 78.0]]]]

    Stride 2, pads 1, two groups:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[-1, 0, 1], [2, -2, 3], [0, 1, -3]]]], dtype="float64")
    >>> w = ts.tensor([[[[1, 0], [0, 1]]], [[[2, -1], [1, 0.5]]]], dtype="float64")
    >>> y = ts.conv(x, w, strides=(2, 2), pads=(1, 1, 1, 1), group=2)
    >>> y.shape, y.dtype
    ((1, 2, 2, 2), 'float64')
    >>> y.tolist()
    [[[[1.0, 3.0], [7.0, 14.0]], [[-0.5, 0.5], [-2.0, -7.5]]]]

    1-D, dilation 2:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1, 2, 3, 4, 5]]], dtype="float64")
    >>> w = ts.tensor([[[1, -1]]], dtype="float64")
    >>> y = ts.conv(x, w, dilations=(2,))
    >>> y.shape, y.dtype
    ((1, 1, 3), 'float64')
    >>> y.tolist()
    [[[-2.0, -2.0, -2.0]]]
    """
    return _op_conv(x, w, b, strides, pads, dilations, group, auto_pad)


def conv_transpose(
    x: TensorLike,
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

    x is [N, C, *spatial], w is [C, M/group, *kernel] and b is [M]; every input element scatters x[n, c, i] * w[c, m, k] into y[n, m, i*stride - pad_begin + k*dilation]. Each output axis has stride * (in - 1) + output_padding + (kernel - 1) * dilation + 1 - pad_begin - pad_end elements; output_shape, when given, chooses the pads instead (ONNX rule: the larger half goes first unless auto_pad is SAME_UPPER). float32 runs through oneDNN; float64 through direct loops.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, *spatial] (1 to 3 spatial axes). Accepted dtypes: float32, float64.
    w : TensorLike
        Kernel [C, M/group, *kernel] (same rank as x). Accepted dtypes: float32, float64.
    b : TensorLike | None
        Bias [M], added to every output of channel m; absent means no bias. Optional (None). Accepted dtypes: float32, float64.
    strides : tuple[int, ...], default ()
        Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
    pads : tuple[int, ...], default ()
        Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
    dilations : tuple[int, ...], default ()
        Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis.
    group : int, default 1
        Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. Range: [1, 2147483648].
    auto_pad : Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"], default "NOTSET"
        How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.
    output_padding : tuple[int, ...], default ()
        Extra elements added at the end of each spatial axis of the output (each below the stride); empty means 0.
    output_shape : tuple[int, ...], default ()
        Requested output spatial size (or [N, C, spatial...]); when given, the pads are derived from it and the pads attribute is ignored. Empty: computed from pads.

    Returns
    -------
    y : Tensor
        Output [N, M, *out_spatial], x's dtype.

    Examples
    --------
    1-D, stride 2, bias:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1, 2, 3]]], dtype="float64")
    >>> w = ts.tensor([[[1, -1]]], dtype="float64")
    >>> b = ts.tensor([0.5], dtype="float64")
    >>> y = ts.conv_transpose(x, w, b, strides=(2,))
    >>> y.shape, y.dtype
    ((1, 1, 6), 'float64')
    >>> y.tolist()
    [[[1.5, -0.5, 2.5, -1.5, 3.5, -2.5]]]

    2x2 input, 2x2 kernel, two output channels:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2], [3, 4]]]], dtype="float32")
    >>> w = ts.tensor([[[[1, 1], [1, 1]], [[1, 0], [0, -1]]]], dtype="float32")
    >>> y = ts.conv_transpose(x, w)
    >>> y.shape, y.dtype
    ((1, 2, 3, 3), 'float32')
    >>> y.tolist()
    [[[[1.0, 3.0, 2.0], [4.0, 10.0, 6.0], [3.0, 7.0, 4.0]], [[1.0, 2.0, 0.0], [3.0, 3.0, -2.0], [0.0, -3.0, -4.0]]]]
    """
    return _op_conv_transpose(x, w, b, strides, pads, dilations, group, auto_pad, output_padding, output_shape)


def max_pool(
    x: TensorLike,
    /,
    kernel_shape: tuple[int, ...],
    *,
    strides: tuple[int, ...] = (),
    pads: tuple[int, ...] = (),
    dilations: tuple[int, ...] = (),
    ceil_mode: bool = False,
    auto_pad: Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"] = "NOTSET",
) -> Tensor:
    """Maximum over sliding windows of the spatial axes.

    x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Padding never wins: it is ignored, as -infinity would be.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, *spatial] (1 to 3 spatial axes). Accepted dtypes: float32, float64.
    kernel_shape : tuple[int, ...]
        Window size per spatial axis (each >= 1).
    strides : tuple[int, ...], default ()
        Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
    pads : tuple[int, ...], default ()
        Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
    dilations : tuple[int, ...], default ()
        Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis.
    ceil_mode : bool, default False
        Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding).
    auto_pad : Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"], default "NOTSET"
        How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.

    Returns
    -------
    y : Tensor
        Window maxima [N, C, *out_spatial], x's dtype.

    Examples
    --------
    2x2 windows, stride 1:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 5, 2], [4, 3, 8], [0, 9, 6]]]], dtype="float64")
    >>> y = ts.max_pool(x, (2, 2))
    >>> y.shape, y.dtype
    ((1, 1, 2, 2), 'float64')
    >>> y.tolist()
    [[[[5.0, 8.0], [9.0, 9.0]]]]

    Stride 2, pads 1:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]]], dtype="float32")
    >>> y = ts.max_pool(x, (2, 2), strides=(2, 2), pads=(1, 1, 1, 1))
    >>> y.shape, y.dtype
    ((1, 1, 3, 3), 'float32')
    >>> y.tolist()
    [[[[1.0, 3.0, 4.0], [9.0, 11.0, 12.0], [13.0, 15.0, 16.0]]]]

    1-D ceil_mode adds a partial window:

    >>> import tessera as ts
    >>> x = ts.tensor([[[3, 1, 4, 1, 5]]], dtype="float64")
    >>> y = ts.max_pool(x, (2,), strides=(2,), ceil_mode=True)
    >>> y.shape, y.dtype
    ((1, 1, 3), 'float64')
    >>> y.tolist()
    [[[3.0, 4.0, 5.0]]]
    """
    return _op_max_pool(x, kernel_shape, strides, pads, dilations, ceil_mode, auto_pad)


def avg_pool(
    x: TensorLike,
    /,
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

    x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Each window divides by the number of its taps inside the input, or with count_include_pad by the number inside the padded extent [-pad_begin, in + pad_end) (taps that ceil_mode adds past the end are never counted).

    Parameters
    ----------
    x : TensorLike
        Input [N, C, *spatial] (1 to 3 spatial axes). Accepted dtypes: float32, float64.
    kernel_shape : tuple[int, ...]
        Window size per spatial axis (each >= 1).
    strides : tuple[int, ...], default ()
        Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
    pads : tuple[int, ...], default ()
        Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
    dilations : tuple[int, ...], default ()
        Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis.
    ceil_mode : bool, default False
        Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding).
    auto_pad : Literal["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"], default "NOTSET"
        How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.
    count_include_pad : bool, default False
        Count padding elements (as zeros) in each window's divisor.

    Returns
    -------
    y : Tensor
        Window means [N, C, *out_spatial], x's dtype.

    Examples
    --------
    2x2 windows, stride 1:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]], dtype="float64")
    >>> y = ts.avg_pool(x, (2, 2))
    >>> y.shape, y.dtype
    ((1, 1, 2, 2), 'float64')
    >>> y.tolist()
    [[[[3.0, 4.0], [6.0, 7.0]]]]

    Pads 1, padding excluded and included:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2], [3, 4]]]], dtype="float32")
    >>> y = ts.avg_pool(x, (2, 2), pads=(1, 1, 0, 0))
    >>> y.shape, y.dtype
    ((1, 1, 2, 2), 'float32')
    >>> y.tolist()
    [[[[1.0, 1.5], [2.0, 2.5]]]]

    Count_include_pad:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2], [3, 4]]]], dtype="float32")
    >>> y = ts.avg_pool(x, (2, 2), pads=(1, 1, 0, 0), count_include_pad=True)
    >>> y.shape, y.dtype
    ((1, 1, 2, 2), 'float32')
    >>> y.tolist()
    [[[[0.25, 0.75], [1.0, 2.5]]]]
    """
    return _op_avg_pool(x, kernel_shape, strides, pads, dilations, ceil_mode, auto_pad, count_include_pad)


def global_avg_pool(x: TensorLike, /) -> Tensor:
    """Mean over all spatial axes, keeping them as size 1.

    x is [N, C, *spatial] (at least one spatial axis); y[n, c, 1, ...] is the mean of x[n, c].

    Parameters
    ----------
    x : TensorLike
        Input [N, C, *spatial]. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Means [N, C, 1, ...], x's rank and dtype.

    Examples
    --------
    Two channels:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1, 2], [3, 4]], [[-1, 0], [1, 8]]]], dtype="float64")
    >>> y = ts.global_avg_pool(x)
    >>> y.shape, y.dtype
    ((1, 2, 1, 1), 'float64')
    >>> y.tolist()
    [[[[2.5]], [[2.0]]]]
    """
    return _op_global_avg_pool(x)


def global_max_pool(x: TensorLike, /) -> Tensor:
    """Maximum over all spatial axes, keeping them as size 1.

    x is [N, C, *spatial] (at least one non-empty spatial axis); y[n, c, 1, ...] is the maximum of x[n, c]. NaN propagates.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, *spatial]. Accepted dtypes: float32, float64.

    Returns
    -------
    y : Tensor
        Maxima [N, C, 1, ...], x's rank and dtype.

    Examples
    --------
    1-D, two channels:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1, 7, 3], [-4, -2, -9]]], dtype="float64")
    >>> y = ts.global_max_pool(x)
    >>> y.shape, y.dtype
    ((1, 2, 1), 'float64')
    >>> y.tolist()
    [[[7.0], [-2.0]]]
    """
    return _op_global_max_pool(x)


def batch_norm(
    x: TensorLike,
    scale: TensorLike,
    bias: TensorLike,
    mean: TensorLike,
    variance: TensorLike,
    /,
    *,
    epsilon: float = 0.00001,
) -> Tensor:
    """Batch normalization with given statistics (inference form).

    y = (x - mean[c]) / sqrt(variance[c] + epsilon) * scale[c] + bias[c] along the channel axis 1 of x [N, C, ...]. The statistics are inputs (running averages); training-mode statistics are not computed here. float32 runs through oneDNN.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, ...]. Accepted dtypes: float32, float64.
    scale : TensorLike
        Per-channel scale (gamma) [C]. Accepted dtypes: float32, float64.
    bias : TensorLike
        Per-channel shift (beta) [C]. Accepted dtypes: float32, float64.
    mean : TensorLike
        Per-channel mean [C]. Accepted dtypes: float32, float64.
    variance : TensorLike
        Per-channel variance [C] (plus epsilon, must stay positive). Accepted dtypes: float32, float64.
    epsilon : float, default 0.00001
        Added to the variance before the square root (>= 0). Range: [0, 1000000].

    Returns
    -------
    y : Tensor
        Normalized x, same shape and dtype.

    Examples
    --------
    Two channels:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1, 3], [10, 20]]], dtype="float32")
    >>> scale = ts.tensor([2, 1], dtype="float32")
    >>> bias = ts.tensor([0, 1], dtype="float32")
    >>> mean = ts.tensor([2, 15], dtype="float32")
    >>> variance = ts.tensor([4, 25], dtype="float32")
    >>> y = ts.batch_norm(x, scale, bias, mean, variance, epsilon=0.0)
    >>> y.shape, y.dtype
    ((1, 2, 2), 'float32')
    >>> y.tolist()
    [[[-1.0, 1.0], [0.0, 2.0]]]
    """
    return _op_batch_norm(x, scale, bias, mean, variance, epsilon)


def instance_norm(
    x: TensorLike,
    scale: TensorLike,
    bias: TensorLike,
    /,
    *,
    epsilon: float = 0.00001,
) -> Tensor:
    """Instance normalization: each (sample, channel) normalized over its spatial axes.

    y[n, c] = (x[n, c] - mean) / sqrt(var + epsilon) * scale[c] + bias[c], the mean and (biased) variance taken over the spatial axes of x[n, c]. float32 runs through oneDNN.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, spatial...]. Accepted dtypes: float32, float64.
    scale : TensorLike
        Per-channel scale [C]. Accepted dtypes: float32, float64.
    bias : TensorLike
        Per-channel shift [C]. Accepted dtypes: float32, float64.
    epsilon : float, default 0.00001
        Added to the variance before the square root (>= 0). Range: [0, 1000000].

    Returns
    -------
    y : Tensor
        Normalized x, same shape and dtype.

    Examples
    --------
    Two channels of four values:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1, 2, 3, 4], [2, 2, 6, 6]]], dtype="float64")
    >>> scale = ts.tensor([1, 2], dtype="float64")
    >>> bias = ts.tensor([0, 1], dtype="float64")
    >>> y = ts.instance_norm(x, scale, bias)
    >>> y.shape, y.dtype
    ((1, 2, 4), 'float64')
    >>> y.tolist()
    [[[-1.34163541997, -0.447211806656, 0.447211806656, 1.34163541997], [-0.999997500005, -0.999997500005, 2.9999975, 2.9999975]]]
    """
    return _op_instance_norm(x, scale, bias, epsilon)


def layer_norm(
    x: TensorLike,
    scale: TensorLike | None = None,
    bias: TensorLike | None = None,
    /,
    *,
    axis: int = -1,
    epsilon: float = 0.00001,
) -> Tensor:
    """Layer normalization over the trailing axes from `axis` on, with optional scale and bias.

    y = (x - mean) / sqrt(var + epsilon) * scale + bias, the mean and (biased) variance taken over axes axis .. rank-1 of x for each index of the leading axes. scale and bias have the normalized shape x.shape[axis:]. float32 runs through oneDNN.

    Parameters
    ----------
    x : TensorLike
        Input tensor (at least 1-D). Accepted dtypes: float32, float64.
    scale : TensorLike | None
        Scale with shape x.shape[axis:]; absent means 1. Optional (None). Accepted dtypes: float32, float64.
    bias : TensorLike | None
        Shift with shape x.shape[axis:]; absent means 0. Optional (None). Accepted dtypes: float32, float64.
    axis : int, default -1
        First normalized axis; negative counts from the end.
    epsilon : float, default 0.00001
        Added to the variance before the square root (>= 0). Range: [0, 1000000].

    Returns
    -------
    y : Tensor
        Normalized x, same shape and dtype.

    Examples
    --------
    Rows of three, scale and bias:

    >>> import tessera as ts
    >>> x = ts.tensor([[1, 2, 3], [-1, 0, 4]], dtype="float64")
    >>> scale = ts.tensor([1, 2, 0.5], dtype="float64")
    >>> bias = ts.tensor([0, 1, -1], dtype="float64")
    >>> y = ts.layer_norm(x, scale, bias, epsilon=0.0)
    >>> y.shape, y.dtype
    ((2, 3), 'float64')
    >>> y.tolist()
    [[-1.22474487139, 1.0, -0.387627564304], [-0.925820099773, 0.0741799002274, -0.305634925171]]

    Float32, no scale or bias:

    >>> import tessera as ts
    >>> x = ts.tensor([[0, 0, 2, 2]], dtype="float32")
    >>> y = ts.layer_norm(x, epsilon=0.0)
    >>> y.shape, y.dtype
    ((1, 4), 'float32')
    >>> y.tolist()
    [[-1.0, -1.0, 1.0, 1.0]]
    """
    return _op_layer_norm(x, scale, bias, axis, epsilon)


def group_norm(
    x: TensorLike,
    scale: TensorLike,
    bias: TensorLike,
    /,
    num_groups: int,
    *,
    epsilon: float = 0.00001,
) -> Tensor:
    """Group normalization: channels split into num_groups groups, each (sample, group) normalized together.

    x [N, C, ...] is viewed as [N, num_groups, C / num_groups * spatial]; each block is standardized with its mean and (biased) variance, then y = xhat * scale + bias per channel. scale and bias have C elements (one per channel, as ONNX opset 21 and PyTorch) or num_groups elements (one per group, as ONNX opset 18). float32 runs through oneDNN.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, ...]. Accepted dtypes: float32, float64.
    scale : TensorLike
        Scale [C] or [num_groups]. Accepted dtypes: float32, float64.
    bias : TensorLike
        Shift with scale's shape. Accepted dtypes: float32, float64.
    num_groups : int
        Number of channel groups; must divide C. Range: [1, 2147483648].
    epsilon : float, default 0.00001
        Added to the variance before the square root (>= 0). Range: [0, 1000000].

    Returns
    -------
    y : Tensor
        Normalized x, same shape and dtype.

    Examples
    --------
    Four channels in two groups, per-channel scale:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1, 2], [3, 4], [0, 0], [4, 4]]], dtype="float64")
    >>> scale = ts.tensor([1, 1, 2, 2], dtype="float64")
    >>> bias = ts.tensor([0, 0, 1, 1], dtype="float64")
    >>> y = ts.group_norm(x, scale, bias, 2)
    >>> y.shape, y.dtype
    ((1, 4, 2), 'float64')
    >>> y.tolist()
    [[[-1.34163541997, -0.447211806656], [0.447211806656, 1.34163541997], [-0.999997500005, -0.999997500005], [2.9999975, 2.9999975]]]

    Per-group scale and bias (ONNX opset 18 form):

    >>> import tessera as ts
    >>> x = ts.tensor([[[1], [3], [0], [4]]], dtype="float32")
    >>> scale = ts.tensor([2, 1], dtype="float32")
    >>> bias = ts.tensor([0, 1], dtype="float32")
    >>> y = ts.group_norm(x, scale, bias, 2, epsilon=0.0)
    >>> y.shape, y.dtype
    ((1, 4, 1), 'float32')
    >>> y.tolist()
    [[[-2.0], [2.0], [0.0], [2.0]]]
    """
    return _op_group_norm(x, scale, bias, num_groups, epsilon)


def lrn(
    x: TensorLike,
    /,
    size: int,
    *,
    alpha: float = 0.0001,
    beta: float = 0.75,
    bias: float = 1.0,
) -> Tensor:
    """Local response normalization across channels.

    y[n, c] = x[n, c] / (bias + alpha / size * sum of x[n, j]^2 for j in c - floor((size-1)/2) .. c + ceil((size-1)/2))^beta, over x [N, C, ...]. float32 with odd size runs through oneDNN.

    Parameters
    ----------
    x : TensorLike
        Input [N, C, ...]. Accepted dtypes: float32, float64.
    size : int
        Number of channels in each window. Range: [1, 2147483648].
    alpha : float, default 0.0001
        Scale of the sum of squares (finite).
    beta : float, default 0.75
        Exponent (finite).
    bias : float, default 1.0
        Added before the power (finite; keep bias + alpha/size*sum positive).

    Returns
    -------
    y : Tensor
        Normalized x, same shape and dtype.

    Examples
    --------
    Three channels, size 3:

    >>> import tessera as ts
    >>> x = ts.tensor([[[1], [2], [3]]], dtype="float64")
    >>> y = ts.lrn(x, 3, alpha=3.0, beta=1.0, bias=1.0)
    >>> y.shape, y.dtype
    ((1, 3, 1), 'float64')
    >>> y.tolist()
    [[[0.166666666667], [0.133333333333], [0.214285714286]]]

    Even size 2 looks one channel ahead, float32:

    >>> import tessera as ts
    >>> x = ts.tensor([[[[1]], [[2]]]], dtype="float32")
    >>> y = ts.lrn(x, 2, alpha=2.0, beta=1.0, bias=1.0)
    >>> y.shape, y.dtype
    ((1, 2, 1, 1), 'float32')
    >>> y.tolist()
    [[[[0.166667]], [[0.4]]]]
    """
    return _op_lrn(x, size, alpha, beta, bias)
