# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit

# Type stub of tessera._generated.ops: every operator's signature.

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

_op_add: Op[Tensor]
_op_sub: Op[Tensor]
_op_mul: Op[Tensor]
_op_div: Op[Tensor]
_op_pow: Op[Tensor]
_op_maximum: Op[Tensor]
_op_minimum: Op[Tensor]
_op_neg: Op[Tensor]
_op_abs: Op[Tensor]
_op_relu: Op[Tensor]
_op_exp: Op[Tensor]
_op_log: Op[Tensor]
_op_sqrt: Op[Tensor]
_op_tanh: Op[Tensor]
_op_sigmoid: Op[Tensor]
_op_equal: Op[Tensor]
_op_less: Op[Tensor]
_op_greater: Op[Tensor]
_op_where: Op[Tensor]
_op_cast: Op[Tensor]
_op_matmul: Op[Tensor]
_op_sum: Op[Tensor]
_op_mean: Op[Tensor]
_op_max: Op[Tensor]
_op_min: Op[Tensor]
_op_prod: Op[Tensor]
_op_l1_norm: Op[Tensor]
_op_l2_norm: Op[Tensor]
_op_log_sum_exp: Op[Tensor]
_op_sum_square: Op[Tensor]
_op_argmax: Op[Tensor]
_op_argmin: Op[Tensor]
_op_cumsum: Op[Tensor]
_op_reshape: Op[Tensor]
_op_transpose: Op[Tensor]
_op_concat: Op[Tensor]
_op_slice: Op[Tensor]
_op_softmax: Op[Tensor]
_op_log_softmax: Op[Tensor]
_op_zeros: Op[Tensor]
_op_ones: Op[Tensor]
_op_full: Op[Tensor]
_op_arange: Op[Tensor]
_op_erf: Op[Tensor]
_op_floor: Op[Tensor]
_op_ceil: Op[Tensor]
_op_round: Op[Tensor]
_op_sign: Op[Tensor]
_op_reciprocal: Op[Tensor]
_op_sin: Op[Tensor]
_op_cos: Op[Tensor]
_op_tan: Op[Tensor]
_op_asin: Op[Tensor]
_op_acos: Op[Tensor]
_op_atan: Op[Tensor]
_op_sinh: Op[Tensor]
_op_cosh: Op[Tensor]
_op_asinh: Op[Tensor]
_op_acosh: Op[Tensor]
_op_atanh: Op[Tensor]
_op_isnan: Op[Tensor]
_op_isinf: Op[Tensor]
_op_mod: Op[Tensor]
_op_clip: Op[Tensor]
_op_less_equal: Op[Tensor]
_op_greater_equal: Op[Tensor]
_op_logical_and: Op[Tensor]
_op_logical_or: Op[Tensor]
_op_logical_xor: Op[Tensor]
_op_logical_not: Op[Tensor]
_op_bitwise_and: Op[Tensor]
_op_bitwise_or: Op[Tensor]
_op_bitwise_xor: Op[Tensor]
_op_bitwise_not: Op[Tensor]
_op_leaky_relu: Op[Tensor]
_op_prelu: Op[Tensor]
_op_elu: Op[Tensor]
_op_selu: Op[Tensor]
_op_celu: Op[Tensor]
_op_gelu: Op[Tensor]
_op_hard_sigmoid: Op[Tensor]
_op_hard_swish: Op[Tensor]
_op_softplus: Op[Tensor]
_op_softsign: Op[Tensor]
_op_mish: Op[Tensor]
_op_silu: Op[Tensor]
_op_gather: Op[Tensor]
_op_gather_elements: Op[Tensor]
_op_gather_nd: Op[Tensor]
_op_scatter_elements: Op[Tensor]
_op_scatter_nd: Op[Tensor]
_op_one_hot: Op[Tensor]
_op_top_k: Op[tuple[Tensor, Tensor]]
_op_non_zero: Op[Tensor]
_op_triu: Op[Tensor]
_op_tril: Op[Tensor]
_op_flatten: Op[Tensor]
_op_squeeze: Op[Tensor]
_op_unsqueeze: Op[Tensor]
_op_expand: Op[Tensor]
_op_tile: Op[Tensor]
_op_pad: Op[Tensor]
_op_split: Op[list[Tensor]]
_op_depth_to_space: Op[Tensor]
_op_space_to_depth: Op[Tensor]
_op_dropout: Op[tuple[Tensor, Tensor]]
_op_gemm: Op[Tensor]
_op_einsum: Op[Tensor]
_op_resize: Op[Tensor]
_op_embedding: Op[Tensor]
_op_softmax_cross_entropy: Op[tuple[Tensor, Tensor]]
_op_nll_loss: Op[Tensor]
_op_mse_loss: Op[Tensor]
_op_binary_cross_entropy: Op[Tensor]
_op_sgd_update: Op[tuple[Tensor, Tensor]]
_op_adam_update: Op[tuple[Tensor, Tensor, Tensor]]
_op_adamw_update: Op[tuple[Tensor, Tensor, Tensor]]
_op_conv: Op[Tensor]
_op_conv_transpose: Op[Tensor]
_op_max_pool: Op[Tensor]
_op_avg_pool: Op[Tensor]
_op_global_avg_pool: Op[Tensor]
_op_global_max_pool: Op[Tensor]
_op_batch_norm: Op[Tensor]
_op_instance_norm: Op[Tensor]
_op_layer_norm: Op[Tensor]
_op_group_norm: Op[Tensor]
_op_lrn: Op[Tensor]

def add(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def sub(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def mul(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def div(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def pow(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def maximum(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def minimum(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def neg(x: TensorLike, /) -> Tensor: ...

def abs(x: TensorLike, /) -> Tensor: ...

def relu(x: TensorLike, /) -> Tensor: ...

def exp(x: TensorLike, /) -> Tensor: ...

def log(x: TensorLike, /) -> Tensor: ...

def sqrt(x: TensorLike, /) -> Tensor: ...

def tanh(x: TensorLike, /) -> Tensor: ...

def sigmoid(x: TensorLike, /) -> Tensor: ...

def equal(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def less(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def greater(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def where(condition: TensorLike, x: TensorLike, y: TensorLike, /) -> Tensor: ...

def cast(x: TensorLike, /, *, dtype: DType = "float32") -> Tensor: ...

def matmul(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def sum(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def mean(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def max(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def min(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def prod(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def l1_norm(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def l2_norm(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def log_sum_exp(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def sum_square(x: TensorLike, /, *, axes: tuple[int, ...] = (), keepdims: bool = False) -> Tensor: ...

def argmax(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    keepdims: bool = True,
    select_last_index: bool = False,
) -> Tensor: ...

def argmin(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    keepdims: bool = True,
    select_last_index: bool = False,
) -> Tensor: ...

def cumsum(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    exclusive: bool = False,
    reverse: bool = False,
) -> Tensor: ...

def reshape(x: TensorLike, /, shape: tuple[int, ...]) -> Tensor: ...

def transpose(x: TensorLike, /, *, perm: tuple[int, ...] = ()) -> Tensor: ...

def concat(inputs: Sequence[TensorLike], /, *, axis: int = 0) -> Tensor: ...

def slice(
    x: TensorLike,
    /,
    starts: tuple[int, ...],
    ends: tuple[int, ...],
    *,
    axes: tuple[int, ...] = (),
    steps: tuple[int, ...] = (),
) -> Tensor: ...

def softmax(x: TensorLike, /, *, axis: int = -1) -> Tensor: ...

def log_softmax(x: TensorLike, /, *, axis: int = -1) -> Tensor: ...

def zeros(shape: tuple[int, ...], *, dtype: DType = "float32") -> Tensor: ...

def ones(shape: tuple[int, ...], *, dtype: DType = "float32") -> Tensor: ...

def full(shape: tuple[int, ...], value: float, *, dtype: DType = "float32") -> Tensor: ...

def arange(start: float, stop: float, *, step: float = 1.0, dtype: DType = "float32") -> Tensor: ...

def erf(x: TensorLike, /) -> Tensor: ...

def floor(x: TensorLike, /) -> Tensor: ...

def ceil(x: TensorLike, /) -> Tensor: ...

def round(x: TensorLike, /) -> Tensor: ...

def sign(x: TensorLike, /) -> Tensor: ...

def reciprocal(x: TensorLike, /) -> Tensor: ...

def sin(x: TensorLike, /) -> Tensor: ...

def cos(x: TensorLike, /) -> Tensor: ...

def tan(x: TensorLike, /) -> Tensor: ...

def asin(x: TensorLike, /) -> Tensor: ...

def acos(x: TensorLike, /) -> Tensor: ...

def atan(x: TensorLike, /) -> Tensor: ...

def sinh(x: TensorLike, /) -> Tensor: ...

def cosh(x: TensorLike, /) -> Tensor: ...

def asinh(x: TensorLike, /) -> Tensor: ...

def acosh(x: TensorLike, /) -> Tensor: ...

def atanh(x: TensorLike, /) -> Tensor: ...

def isnan(x: TensorLike, /) -> Tensor: ...

def isinf(
    x: TensorLike,
    /,
    *,
    detect_positive: bool = True,
    detect_negative: bool = True,
) -> Tensor: ...

def mod(a: TensorLike, b: TensorLike, /, *, fmod: bool = False) -> Tensor: ...

def clip(x: TensorLike, /, *, min: float = float("-inf"), max: float = float("inf")) -> Tensor: ...

def less_equal(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def greater_equal(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def logical_and(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def logical_or(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def logical_xor(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def logical_not(x: TensorLike, /) -> Tensor: ...

def bitwise_and(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def bitwise_or(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def bitwise_xor(a: TensorLike, b: TensorLike, /) -> Tensor: ...

def bitwise_not(x: TensorLike, /) -> Tensor: ...

def leaky_relu(x: TensorLike, /, *, alpha: float = 0.01) -> Tensor: ...

def prelu(x: TensorLike, slope: TensorLike, /) -> Tensor: ...

def elu(x: TensorLike, /, *, alpha: float = 1.0) -> Tensor: ...

def selu(
    x: TensorLike,
    /,
    *,
    alpha: float = 1.6732631921768188,
    gamma: float = 1.0507010221481323,
) -> Tensor: ...

def celu(x: TensorLike, /, *, alpha: float = 1.0) -> Tensor: ...

def gelu(x: TensorLike, /, *, approximate: Literal["none", "tanh"] = "none") -> Tensor: ...

def hard_sigmoid(x: TensorLike, /, *, alpha: float = 0.2, beta: float = 0.5) -> Tensor: ...

def hard_swish(x: TensorLike, /) -> Tensor: ...

def softplus(x: TensorLike, /) -> Tensor: ...

def softsign(x: TensorLike, /) -> Tensor: ...

def mish(x: TensorLike, /) -> Tensor: ...

def silu(x: TensorLike, /) -> Tensor: ...

def gather(x: TensorLike, indices: TensorLike, /, *, axis: int = 0) -> Tensor: ...

def gather_elements(data: TensorLike, indices: TensorLike, /, *, axis: int = 0) -> Tensor: ...

def gather_nd(data: TensorLike, indices: TensorLike, /, *, batch_dims: int = 0) -> Tensor: ...

def scatter_elements(
    data: TensorLike,
    indices: TensorLike,
    updates: TensorLike,
    /,
    *,
    axis: int = 0,
    reduction: Literal["none", "add", "mul", "max", "min"] = "none",
) -> Tensor: ...

def scatter_nd(
    data: TensorLike,
    indices: TensorLike,
    updates: TensorLike,
    /,
    *,
    reduction: Literal["none", "add", "mul", "max", "min"] = "none",
) -> Tensor: ...

def one_hot(
    indices: TensorLike,
    /,
    depth: int,
    *,
    axis: int = -1,
    on_value: float = 1.0,
    off_value: float = 0.0,
    dtype: DType = "float32",
) -> Tensor: ...

def top_k(
    x: TensorLike,
    /,
    k: int,
    *,
    axis: int = -1,
    largest: bool = True,
    sorted: bool = True,
) -> tuple[Tensor, Tensor]: ...

def non_zero(x: TensorLike, /) -> Tensor: ...

def triu(x: TensorLike, /, *, k: int = 0) -> Tensor: ...

def tril(x: TensorLike, /, *, k: int = 0) -> Tensor: ...

def flatten(x: TensorLike, /, *, axis: int = 1) -> Tensor: ...

def squeeze(x: TensorLike, /, *, axes: tuple[int, ...] = ()) -> Tensor: ...

def unsqueeze(x: TensorLike, /, axes: tuple[int, ...]) -> Tensor: ...

def expand(x: TensorLike, /, shape: tuple[int, ...]) -> Tensor: ...

def tile(x: TensorLike, /, repeats: tuple[int, ...]) -> Tensor: ...

def pad(
    x: TensorLike,
    /,
    pads: tuple[int, ...],
    *,
    mode: Literal["constant", "reflect", "edge", "wrap"] = "constant",
    value: float = 0.0,
) -> Tensor: ...

def split(
    x: TensorLike,
    /,
    *,
    axis: int = 0,
    split: tuple[int, ...] = (),
    num_outputs: int = 0,
) -> list[Tensor]: ...

def depth_to_space(
    x: TensorLike,
    /,
    blocksize: int,
    *,
    mode: Literal["DCR", "CRD"] = "DCR",
) -> Tensor: ...

def space_to_depth(x: TensorLike, /, blocksize: int) -> Tensor: ...

def dropout(
    x: TensorLike,
    /,
    *,
    ratio: float = 0.5,
    training: bool = False,
    seed: int = 0,
) -> tuple[Tensor, Tensor]: ...

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
) -> Tensor: ...

def einsum(inputs: Sequence[TensorLike], /, equation: str) -> Tensor: ...

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
) -> Tensor: ...

def embedding(weight: TensorLike, indices: TensorLike, /) -> Tensor: ...

def softmax_cross_entropy(
    logits: TensorLike,
    labels: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
    ignore_index: int = -100,
) -> tuple[Tensor, Tensor]: ...

def nll_loss(
    input: TensorLike,
    labels: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
    ignore_index: int = -100,
) -> Tensor: ...

def mse_loss(
    pred: TensorLike,
    target: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
) -> Tensor: ...

def binary_cross_entropy(
    p: TensorLike,
    target: TensorLike,
    /,
    *,
    reduction: Literal["mean", "sum", "none"] = "mean",
) -> Tensor: ...

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
) -> tuple[Tensor, Tensor]: ...

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
) -> tuple[Tensor, Tensor, Tensor]: ...

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
) -> tuple[Tensor, Tensor, Tensor]: ...

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
) -> Tensor: ...

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
) -> Tensor: ...

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
) -> Tensor: ...

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
) -> Tensor: ...

def global_avg_pool(x: TensorLike, /) -> Tensor: ...

def global_max_pool(x: TensorLike, /) -> Tensor: ...

def batch_norm(
    x: TensorLike,
    scale: TensorLike,
    bias: TensorLike,
    mean: TensorLike,
    variance: TensorLike,
    /,
    *,
    epsilon: float = 0.00001,
) -> Tensor: ...

def instance_norm(
    x: TensorLike,
    scale: TensorLike,
    bias: TensorLike,
    /,
    *,
    epsilon: float = 0.00001,
) -> Tensor: ...

def layer_norm(
    x: TensorLike,
    scale: TensorLike | None = None,
    bias: TensorLike | None = None,
    /,
    *,
    axis: int = -1,
    epsilon: float = 0.00001,
) -> Tensor: ...

def group_norm(
    x: TensorLike,
    scale: TensorLike,
    bias: TensorLike,
    /,
    num_groups: int,
    *,
    epsilon: float = 0.00001,
) -> Tensor: ...

def lrn(
    x: TensorLike,
    /,
    size: int,
    *,
    alpha: float = 0.0001,
    beta: float = 0.75,
    bias: float = 1.0,
) -> Tensor: ...
