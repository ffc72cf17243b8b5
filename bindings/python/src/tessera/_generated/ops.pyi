# generated from op-registry/registry.json by generators/src/emit/python.ts — do not edit

# Type stub of tessera._generated.ops: every operator's signature.

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
