# generated from op-registry/registry.json by generators/src/emit/julia.ts — do not edit

# The operator functions of Tessera.jl, one per registry operator, and the Base methods they
# back. Included by src/Tessera.jl, whose runtime helpers (_invoke1, _axes, _shape, ...) they call.
#
# Julia's convention throughout: arrays keep their `size`, dimensions and positions are 1-based,
# and every axis, permutation, shape and index attribute refers to Julia's dimensions (the
# runtime translates them for the engine, which sees the same memory with the shape reversed).

"Hash of the registry these bindings were generated from; checked against the library when Tessera loads."
const REGISTRY_HASH = "7244caa61c50065f"

"The C API version (TSR_API_VERSION) these bindings were generated against."
const API_VERSION = 1

"Registry names of every operator, in registry order; the generated functions pass their position to the runtime."
const OP_NAMES = (
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
)

"Operators whose two operands swap under the reversed (column-major) layout: `matmul(a, b)` is `a * b`."
const OPERANDS_SWAPPED = ("matmul",)

export add, sub, mul, pow, neg, relu, sigmoid, equal, less, greater, where_, cast, matmul, l1_norm, l2_norm, log_sum_exp, sum_square, concat, slice, softmax, log_softmax, full, arange, erf, reciprocal, clip, less_equal, greater_equal, logical_and, logical_or, logical_xor, logical_not, bitwise_and, bitwise_or, bitwise_xor, bitwise_not, leaky_relu, prelu, elu, selu, celu, gelu, hard_sigmoid, hard_swish, softplus, softsign, mish, silu, gather, gather_elements, gather_nd, scatter_elements, scatter_nd, one_hot, top_k, non_zero, triu, tril, flatten, squeeze, unsqueeze, expand, tile, pad, split, depth_to_space, space_to_depth, dropout, gemm, einsum, resize, embedding, softmax_cross_entropy, nll_loss, mse_loss, binary_cross_entropy, sgd_update, adam_update, adamw_update, conv, conv_transpose, max_pool, avg_pool, global_avg_pool, global_max_pool, batch_norm, instance_norm, layer_norm, group_norm, lrn

"""
    add(a::TensorLike, b::TensorLike) -> Tensor

Element-wise sum a + b.

Inputs broadcast against each other with NumPy rules and must share one dtype.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# row broadcast over a matrix
a = Float32[1 4; 2 5; 3 6]
b = Float32[10, 20, 30]
y = add(a, b)
Array(y) ≈ Float32[11 14; 22 25; 33 36]
```
"""
function add(a::TensorLike, b::TensorLike)
    return _invoke1(1, (a, b), ())
end

"""
    sub(a::TensorLike, b::TensorLike) -> Tensor

Element-wise difference a - b.

Inputs broadcast against each other with NumPy rules and must share one dtype.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# scalar broadcast
a = Int32[5, 7, 9]
b = fill(Int32(2))
y = sub(a, b)
Array(y) == Int32[3, 5, 7]
```
"""
function sub(a::TensorLike, b::TensorLike)
    return _invoke1(2, (a, b), ())
end

"""
    mul(a::TensorLike, b::TensorLike) -> Tensor

Element-wise product a * b.

Inputs broadcast against each other with NumPy rules and must share one dtype.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# column broadcast
a = Float64[2 3]
b = reshape(Float64[1, 10, 100], 3, 1)
y = mul(a, b)
Array(y) ≈ Float64[2 3; 20 30; 200 300]
```
"""
function mul(a::TensorLike, b::TensorLike)
    return _invoke1(3, (a, b), ())
end

"""
    div(a::TensorLike, b::TensorLike) -> Tensor

Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).

Inputs broadcast against each other with NumPy rules and must share one dtype.

Not exported (Base or a standard library has a `div`): call it as `Tessera.div`.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# floats and truncating integers
a = Int64[7, -7, 9, 1]
b = Int64[2, 2, -4, 0]
y = Tessera.div(a, b)
Array(y) == Int64[3, -3, -2, 0]
```
"""
function div(a::TensorLike, b::TensorLike)
    return _invoke1(4, (a, b), ())
end

"""
    pow(a::TensorLike, b::TensorLike) -> Tensor

Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).

Inputs broadcast against each other with NumPy rules and must share one dtype.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# squares and roots
a = Float32[2, 9, 4]
b = Float32[3, 0.5, -1]
y = pow(a, b)
Array(y) ≈ Float32[8, 3, 0.25]
```
"""
function pow(a::TensorLike, b::TensorLike)
    return _invoke1(5, (a, b), ())
end

"""
    maximum(a::TensorLike, b::TensorLike) -> Tensor

Element-wise maximum of a and b (NaN if either is NaN).

Inputs broadcast against each other with NumPy rules and must share one dtype.

Not exported (Base or a standard library has a `maximum`): call it as `Tessera.maximum`.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# pairwise
a = Float32[1, 5, -2]
b = Float32[3, 4, -1]
y = Tessera.maximum(a, b)
Array(y) ≈ Float32[3, 5, -1]
```
"""
function maximum(a::TensorLike, b::TensorLike)
    return _invoke1(6, (a, b), ())
end

"""
    minimum(a::TensorLike, b::TensorLike) -> Tensor

Element-wise minimum of a and b (NaN if either is NaN).

Inputs broadcast against each other with NumPy rules and must share one dtype.

Not exported (Base or a standard library has a `minimum`): call it as `Tessera.minimum`.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# pairwise
a = Int32[1, 5, -2]
b = Int32[3, 4, -1]
y = Tessera.minimum(a, b)
Array(y) == Int32[1, 4, -2]
```
"""
function minimum(a::TensorLike, b::TensorLike)
    return _invoke1(7, (a, b), ())
end

"""
    neg(x::TensorLike) -> Tensor

Element-wise negation -x.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# signs flip
x = Int64[1, -2, 0]
y = neg(x)
Array(y) == Int64[-1, 2, 0]
```
"""
function neg(x::TensorLike)
    return _invoke1(8, (x,), ())
end

"""
    abs(x::TensorLike) -> Tensor

Element-wise absolute value |x|.

Not exported (Base or a standard library has a `abs`): call it as `Tessera.abs`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# magnitudes
x = Float32[-1.5, 0, 2]
y = Tessera.abs(x)
Array(y) ≈ Float32[1.5, 0, 2]
```
"""
function abs(x::TensorLike)
    return _invoke1(9, (x,), ())
end

"""
    relu(x::TensorLike) -> Tensor

Rectified linear unit max(x, 0).

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# negatives clamp to zero
x = Float32[-2, -0.5, 0, 3]
y = relu(x)
Array(y) ≈ Float32[0, 0, 0, 3]
```
"""
function relu(x::TensorLike)
    return _invoke1(10, (x,), ())
end

"""
    exp(x::TensorLike) -> Tensor

Element-wise natural exponential e^x.

Not exported (Base or a standard library has a `exp`): call it as `Tessera.exp`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# e^0, e^1, e^-1
x = Float64[0, 1, -1]
y = Tessera.exp(x)
Array(y) ≈ Float64[1, 2.718281828459045, 0.36787944117144233]
```
"""
function exp(x::TensorLike)
    return _invoke1(11, (x,), ())
end

"""
    log(x::TensorLike) -> Tensor

Element-wise natural logarithm (NaN below 0, -inf at 0).

Not exported (Base or a standard library has a `log`): call it as `Tessera.log`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# log of powers of e
x = Float64[1, 2.718281828459045, 7.38905609893065]
y = Tessera.log(x)
Array(y) ≈ Float64[0, 1, 2]
```
"""
function log(x::TensorLike)
    return _invoke1(12, (x,), ())
end

"""
    sqrt(x::TensorLike) -> Tensor

Element-wise square root (NaN below 0).

Not exported (Base or a standard library has a `sqrt`): call it as `Tessera.sqrt`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# perfect squares
x = Float32[0, 4, 2.25]
y = Tessera.sqrt(x)
Array(y) ≈ Float32[0, 2, 1.5]
```
"""
function sqrt(x::TensorLike)
    return _invoke1(13, (x,), ())
end

"""
    tanh(x::TensorLike) -> Tensor

Element-wise hyperbolic tangent.

Not exported (Base or a standard library has a `tanh`): call it as `Tessera.tanh`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# odd function
x = Float64[0, 0.5493061443340549, -0.5493061443340549]
y = Tessera.tanh(x)
Array(y) ≈ Float64[0, 0.5, -0.5]
```
"""
function tanh(x::TensorLike)
    return _invoke1(14, (x,), ())
end

"""
    sigmoid(x::TensorLike) -> Tensor

Element-wise logistic function 1 / (1 + e^-x).

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# symmetric around 0.5
x = Float64[0, 1.0986122886681098, -1.0986122886681098]
y = sigmoid(x)
Array(y) ≈ Float64[0.5, 0.75, 0.25]
```
"""
function sigmoid(x::TensorLike)
    return _invoke1(15, (x,), ())
end

"""
    equal(a::TensorLike, b::TensorLike) -> Tensor

Element-wise a == b.

Inputs broadcast with NumPy rules and must share one dtype; the result is bool.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# broadcast against a scalar
a = Int32[1, 2, 3, 2]
b = fill(Int32(2))
y = equal(a, b)
Array(y) == Bool[0, 1, 0, 1]
```
"""
function equal(a::TensorLike, b::TensorLike)
    return _invoke1(16, (a, b), ())
end

"""
    less(a::TensorLike, b::TensorLike) -> Tensor

Element-wise a < b.

Inputs broadcast with NumPy rules and must share one dtype; the result is bool.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# pairwise
a = Float32[1, 2, 3]
b = Float32[2, 2, 2]
y = less(a, b)
Array(y) == Bool[1, 0, 0]
```
"""
function less(a::TensorLike, b::TensorLike)
    return _invoke1(17, (a, b), ())
end

"""
    greater(a::TensorLike, b::TensorLike) -> Tensor

Element-wise a > b.

Inputs broadcast with NumPy rules and must share one dtype; the result is bool.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# pairwise
a = Float32[1, 2, 3]
b = Float32[2, 2, 2]
y = greater(a, b)
Array(y) == Bool[0, 0, 1]
```
"""
function greater(a::TensorLike, b::TensorLike)
    return _invoke1(18, (a, b), ())
end

"""
    where_(condition::TensorLike, x::TensorLike, y::TensorLike) -> Tensor

Element-wise selection: x where condition is true, else y.

condition, x and y broadcast together with NumPy rules; x and y share one dtype.

# Arguments
- `condition::TensorLike`: Bool selector.
- `x::TensorLike`: Values taken where condition is true.
- `y::TensorLike`: Values taken where condition is false.

# Returns
- `out::Tensor`: Selected values with the broadcast shape and x's dtype.

# Examples
```julia
# pick per element
condition = Bool[1, 0, 1]
x = Float32[1, 2, 3]
y = fill(Float32(-1))
out = where_(condition, x, y)
Array(out) ≈ Float32[1, -1, 3]
```
"""
function where_(condition::TensorLike, x::TensorLike, y::TensorLike)
    return _invoke1(19, (condition, x, y), ())
end

"""
    cast(x::TensorLike; dtype::DataType=Float32) -> Tensor

Converts x to another dtype.

Float to integer truncates toward zero and saturates at the integer range (NaN becomes 0); any nonzero value becomes true for bool.

# Arguments
- `x::TensorLike`: Input tensor.
- `dtype::DataType=Float32`: Target element type.

# Returns
- `y::Tensor`: x converted to dtype, same shape.

# Examples
```julia
# float to int32 truncates
x = Float32[1.7, -1.7, 0, 3]
y = cast(x; dtype=Int32)
Array(y) == Int32[1, -1, 0, 3]
```
"""
function cast(x::TensorLike; dtype=Float32)
    return _invoke1(20, (x,), (
        _dtype_attr(0, dtype, 20, "dtype"),
    ))
end

"""
    matmul(a::TensorLike, b::TensorLike) -> Tensor

Matrix product with NumPy semantics.

The last two dimensions multiply as matrices and leading (batch) dimensions broadcast. A 1-D a is treated as a row vector and a 1-D b as a column vector; the added dimension is removed from the result. float32 and float64 run through the BLAS library (OpenBLAS).

Julia arrays are column-major: `matmul(a, b)` is the Julia product `a * b` (the engine multiplies the reversed-shape views as `(b, a)`).

# Arguments
- `a::TensorLike`: Left operand [..., n, k] or [k].
- `b::TensorLike`: Right operand [..., k, m] or [k].

# Returns
- `y::Tensor`: Product [..., n, m].

# Examples
```julia
# 2x3 @ 3x2
a = Float32[7 9 11; 8 10 12]
b = Float32[1 4; 2 5; 3 6]
y = matmul(a, b)
Array(y) ≈ Float32[58 139; 64 154]
```
```julia
# vector @ matrix
a = Int32[3 5; 4 6]
b = Int32[1, 2]
y = matmul(a, b)
Array(y) == Int32[13, 16]
```
"""
function matmul(a::TensorLike, b::TensorLike)
    return _invoke1(21, (b, a), ())
end

"""
    sum(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Sum of elements over axes.

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

Not exported (Base or a standard library has a `sum`): call it as `Tessera.sum`.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# rows of a matrix
x = Float32[1 4; 2 5; 3 6]
y = Tessera.sum(x; axes=(1,))
Array(y) ≈ Float32[6, 15]
```
"""
function sum(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(22, (x,), (
        _ints_attr(0, _axes(axes, _nd, 22, "axes")),
        _bool_attr(1, keepdims, 22, "keepdims"),
    ))
end

"""
    mean(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Arithmetic mean over axes (integers divide with truncation).

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

Not exported (Base or a standard library has a `mean`): call it as `Tessera.mean`.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# columns, keepdims
x = Float64[1 3; 2 6]
y = Tessera.mean(x; axes=(2,), keepdims=true)
Array(y) ≈ reshape(Float64[2, 4], 2, 1)
```
"""
function mean(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(23, (x,), (
        _ints_attr(0, _axes(axes, _nd, 23, "axes")),
        _bool_attr(1, keepdims, 23, "keepdims"),
    ))
end

"""
    max(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Maximum over axes (NaN propagates).

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

Not exported (Base or a standard library has a `max`): call it as `Tessera.max`.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# all axes
x = Int32[3 7; -1 2]
y = Tessera.max(x)
Array(y) == fill(Int32(7))
```
"""
function max(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(24, (x,), (
        _ints_attr(0, _axes(axes, _nd, 24, "axes")),
        _bool_attr(1, keepdims, 24, "keepdims"),
    ))
end

"""
    min(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Minimum over axes (NaN propagates).

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Reducing over an empty axis is an error (there is no minimum).

Not exported (Base or a standard library has a `min`): call it as `Tessera.min`.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# columns
x = Float32[3 1; 1 5; 4 9]
y = Tessera.min(x; axes=(2,))
Array(y) ≈ Float32[1, 1, 4]
```
"""
function min(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(25, (x,), (
        _ints_attr(0, _axes(axes, _nd, 25, "axes")),
        _bool_attr(1, keepdims, 25, "keepdims"),
    ))
end

"""
    prod(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Product of elements over axes.

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. The product of no elements is 1. Integers wrap around on overflow.

Not exported (Base or a standard library has a `prod`): call it as `Tessera.prod`.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# rows
x = Int32[1 4; 2 5; 3 6]
y = Tessera.prod(x; axes=(1,))
Array(y) == Int32[6, 120]
```
"""
function prod(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(26, (x,), (
        _ints_attr(0, _axes(axes, _nd, 26, "axes")),
        _bool_attr(1, keepdims, 26, "keepdims"),
    ))
end

"""
    l1_norm(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Sum of absolute values over axes.

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# rows, keepdims
x = Float32[1 3; -2 -4]
y = l1_norm(x; axes=(1,), keepdims=true)
Array(y) ≈ Float32[3 7]
```
"""
function l1_norm(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(27, (x,), (
        _ints_attr(0, _axes(axes, _nd, 27, "axes")),
        _bool_attr(1, keepdims, 27, "keepdims"),
    ))
end

"""
    l2_norm(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Euclidean norm sqrt(sum(x^2)) over axes.

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# columns
x = Float64[1.5 4; -2 0.25; 0.5 -1]
y = l2_norm(x; axes=(2,))
Array(y) ≈ Float64[4.272001872658765, 2.0155644370746373, 1.118033988749895]
```
"""
function l2_norm(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(28, (x,), (
        _ints_attr(0, _axes(axes, _nd, 28, "axes")),
        _bool_attr(1, keepdims, 28, "keepdims"),
    ))
end

"""
    log_sum_exp(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

log(sum(exp(x))) over axes, numerically stable.

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1. Computed as m + log(sum(exp(x - m))) with m the maximum, so large inputs do not overflow; all -inf (or no elements) gives -inf, any +inf gives +inf.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# rows
x = Float64[0.5 3; -1.25 3; 2 -7.5]
y = log_sum_exp(x; axes=(1,))
Array(y) ≈ Float64[2.2326219831020326, 3.693160948689839]
```
"""
function log_sum_exp(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(29, (x,), (
        _ints_attr(0, _axes(axes, _nd, 29, "axes")),
        _bool_attr(1, keepdims, 29, "keepdims"),
    ))
end

"""
    sum_square(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor

Sum of squares over axes.

Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Axes to reduce; negative values count from the end; empty reduces all. In Julia: dimensions, 1-based; negative count from the last.
- `keepdims::Bool=false`: Keep reduced axes as dimensions of size 1.

# Returns
- `y::Tensor`: Reduced tensor with x's dtype.

# Examples
```julia
# all axes
x = Int64[1, -2, 3]
y = sum_square(x)
Array(y) == fill(Int64(14))
```
"""
function sum_square(x::TensorLike; axes=(), keepdims=false)
    _nd = _rank(x)
    return _invoke1(30, (x,), (
        _ints_attr(0, _axes(axes, _nd, 30, "axes")),
        _bool_attr(1, keepdims, 30, "keepdims"),
    ))
end

"""
    argmax(x::TensorLike; axis::Int=-1, keepdims::Bool=true, select_last_index::Bool=false) -> Tensor

Index of the largest element along an axis.

Index (0-based, int64) of the largest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.

Not exported (Base or a standard library has a `argmax`): call it as `Tessera.argmax`.

# Arguments
- `x::TensorLike`: Input tensor (at least 1-D).
- `axis::Int=-1`: Axis to search along; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `keepdims::Bool=true`: Keep the searched axis as a dimension of size 1 (as ONNX).
- `select_last_index::Bool=false`: Among equal extremes take the last index instead of the first.

# Returns
- `indices::Tensor`: int64 positions along axis; x's shape with axis removed or kept as 1.

# Examples
```julia
# rows, first of ties
x = Int32[1 7; 5 2; 5 7]
indices = Tessera.argmax(x; axis=1)
Array(indices) == Int64[1 0]
```
```julia
# last of ties, no keepdims
x = Int32[1 7; 5 2; 5 7]
indices = Tessera.argmax(x; axis=1, keepdims=false, select_last_index=true)
Array(indices) == Int64[2, 2]
```
"""
function argmax(x::TensorLike; axis=-1, keepdims=true, select_last_index=false)
    _nd = _rank(x)
    return _invoke1(31, (x,), (
        _int_attr(0, _axis(axis, _nd, 31, "axis"), 31, "axis"),
        _bool_attr(1, keepdims, 31, "keepdims"),
        _bool_attr(2, select_last_index, 31, "select_last_index"),
    ))
end

"""
    argmin(x::TensorLike; axis::Int=-1, keepdims::Bool=true, select_last_index::Bool=false) -> Tensor

Index of the smallest element along an axis.

Index (0-based, int64) of the smallest element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.

Not exported (Base or a standard library has a `argmin`): call it as `Tessera.argmin`.

# Arguments
- `x::TensorLike`: Input tensor (at least 1-D).
- `axis::Int=-1`: Axis to search along; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `keepdims::Bool=true`: Keep the searched axis as a dimension of size 1 (as ONNX).
- `select_last_index::Bool=false`: Among equal extremes take the last index instead of the first.

# Returns
- `indices::Tensor`: int64 positions along axis; x's shape with axis removed or kept as 1.

# Examples
```julia
# columns
x = Float32[2 0; 1 3]
indices = Tessera.argmin(x)
Array(indices) == reshape(Int64[1, 0], 2, 1)
```
```julia
# NaN wins
x = Float64[1, NaN, -1]
indices = Tessera.argmin(x; keepdims=false)
Array(indices) == fill(Int64(1))
```
"""
function argmin(x::TensorLike; axis=-1, keepdims=true, select_last_index=false)
    _nd = _rank(x)
    return _invoke1(32, (x,), (
        _int_attr(0, _axis(axis, _nd, 32, "axis"), 32, "axis"),
        _bool_attr(1, keepdims, 32, "keepdims"),
        _bool_attr(2, select_last_index, 32, "select_last_index"),
    ))
end

"""
    cumsum(x::TensorLike; axis::Int=-1, exclusive::Bool=false, reverse::Bool=false) -> Tensor

Running sum along an axis.

y[i] = x[0] + ... + x[i] along `axis`. With exclusive, x[i] itself is left out (y[0] = 0); with reverse the sum runs from the end. Integers wrap around on overflow.

Not exported (Base or a standard library has a `cumsum`): call it as `Tessera.cumsum`.

# Arguments
- `x::TensorLike`: Input tensor (at least 1-D).
- `axis::Int=-1`: Axis to sum along; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `exclusive::Bool=false`: Leave each element out of its own sum.
- `reverse::Bool=false`: Sum from the last element towards the first.

# Returns
- `y::Tensor`: Running sums, x's shape and dtype.

# Examples
```julia
# rows
x = Float32[1 4; 2 5; 3 6]
y = Tessera.cumsum(x; axis=1)
Array(y) ≈ Float32[1 4; 3 9; 6 15]
```
```julia
# reverse exclusive
x = Int32[1, 2, 3, 4, 5]
y = Tessera.cumsum(x; exclusive=true, reverse=true)
Array(y) == Int32[14, 12, 9, 5, 0]
```
"""
function cumsum(x::TensorLike; axis=-1, exclusive=false, reverse=false)
    _nd = _rank(x)
    return _invoke1(33, (x,), (
        _int_attr(0, _axis(axis, _nd, 33, "axis"), 33, "axis"),
        _bool_attr(1, exclusive, 33, "exclusive"),
        _bool_attr(2, reverse, 33, "reverse"),
    ))
end

"""
    reshape(x::TensorLike, shape::Tuple{Vararg{Int}}) -> Tensor

Gives x a new shape with the same number of elements.

One dimension may be -1 and is inferred. The result is a view of x when its layout allows, else a copy.

Not exported (Base or a standard library has a `reshape`): call it as `Tessera.reshape`.

# Arguments
- `x::TensorLike`: Input tensor.
- `shape::Tuple{Vararg{Int}}`: New dimension sizes (row-major order); one may be -1. In Julia: sizes in `size` order (column-major); -1 or `:` infers one.

# Returns
- `y::Tensor`: x with the new shape.

# Examples
```julia
# matrix to vector
x = Int32[1 4; 2 5; 3 6]
y = Tessera.reshape(x, (-1, 3))
Array(y) == Int32[1 3 5; 2 4 6]
```
"""
function reshape(x::TensorLike, shape)
    return _invoke1(34, (x,), (
        _ints_attr(0, _shape(shape, 34, "shape")),
    ))
end

"""
    transpose(x::TensorLike; perm::Tuple{Vararg{Int}}=()) -> Tensor

Permutes the dimensions of x (a view, no copy).

Output dimension i is input dimension perm[i]. An empty perm reverses the dimensions.

Not exported (Base or a standard library has a `transpose`): call it as `Tessera.transpose`.

# Arguments
- `x::TensorLike`: Input tensor.
- `perm::Tuple{Vararg{Int}}=()`: A permutation of 0..ndim-1; empty reverses the dimensions. In Julia: a permutation of the dimensions 1..ndims, as for `permutedims`; empty reverses them.

# Returns
- `y::Tensor`: x with permuted dimensions.

# Examples
```julia
# matrix transpose
x = Float32[1 4; 2 5; 3 6]
y = Tessera.transpose(x)
Array(y) ≈ Float32[1 2 3; 4 5 6]
```
"""
function transpose(x::TensorLike; perm=())
    _nd = _rank(x)
    return _invoke1(35, (x,), (
        _ints_attr(0, _perm(perm, _nd, 35, "perm")),
    ))
end

"""
    concat(inputs::AbstractVector{<:TensorLike}; axis::Int=-1) -> Tensor

Joins tensors along an existing axis.

All inputs share dtype, rank and every dimension except `axis`.

# Arguments
- `inputs::AbstractVector{<:TensorLike}`: Tensors to join (one or more).
- `axis::Int=-1`: Axis to join along; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).

# Returns
- `y::Tensor`: The joined tensor.

# Examples
```julia
# stack rows
inputs = [reshape(Float32[1, 2], 2, 1), Float32[3 5; 4 6]]
y = concat(inputs; axis=2)
Array(y) ≈ Float32[1 3 5; 2 4 6]
```
"""
function concat(inputs::AbstractVector{<:TensorLike}; axis=-1)
    _nd = _rank_first(inputs)
    return _invoke1(36, (_Variadic(inputs),), (
        _int_attr(0, _axis(axis, _nd, 36, "axis"), 36, "axis"),
    ))
end

"""
    slice(x::TensorLike, starts::Tuple{Vararg{Int}}, ends::Tuple{Vararg{Int}}; axes::Tuple{Vararg{Int}}=(), steps::Tuple{Vararg{Int}}=()) -> Tensor

Takes a strided sub-range of x along some axes (a view, no copy).

ONNX Slice semantics: for each listed axis, elements start, start+step, ... before end. Negative starts/ends count from the end; out-of-range values clamp; negative steps walk backwards.

# Arguments
- `x::TensorLike`: Input tensor.
- `starts::Tuple{Vararg{Int}}`: First index per sliced axis. In Julia: 1-based positions; negative count from the end (-1 = last); 0 is before the first.
- `ends::Tuple{Vararg{Int}}`: End index (exclusive) per sliced axis. In Julia: 1-based positions; negative count from the end (-1 = last); 0 is before the first.
- `axes::Tuple{Vararg{Int}}=()`: Axes the starts/ends refer to; empty means 0, 1, ... in order. In Julia: dimensions, 1-based; negative count from the last; empty means 1, 2, ... (one per index entry).
- `steps::Tuple{Vararg{Int}}=()`: Step per sliced axis (nonzero); empty means all 1.

# Returns
- `y::Tensor`: The selected elements.

# Examples
```julia
# every other column, reversed rows
x = Int32[1 5; 2 6; 3 7; 4 8]
y = slice(x, (-1, 1), (-3, 5); axes=(2, 1), steps=(-1, 2))
Array(y) == Int32[5 1; 7 3]
```
"""
function slice(x::TensorLike, starts, ends; axes=(), steps=())
    _nd = _rank(x)
    return _invoke1(37, (x,), (
        _ints_attr(0, _index(starts, 37, "starts")),
        _ints_attr(1, _index(ends, 37, "ends")),
        _ints_attr(2, _index_axes(axes, _nd, starts, 37, "axes")),
        _ints_attr(3, _ints(steps, 37, "steps")),
    ))
end

"""
    softmax(x::TensorLike; axis::Int=1) -> Tensor

Normalized exponentials along one axis: exp(x) / sum(exp(x)).

Computed as exp(x - max) / sum(exp(x - max)) so large inputs do not overflow.

# Arguments
- `x::TensorLike`: Input tensor.
- `axis::Int=1`: Axis to normalize over; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).

# Returns
- `y::Tensor`: Probabilities along axis (sum to 1), same shape as x.

# Examples
```julia
# uniform and skewed rows
x = Float64[0 0; 0 1.0986122886681098]
y = softmax(x)
Array(y) ≈ Float64[0.5 0.25; 0.5 0.75]
```
"""
function softmax(x::TensorLike; axis=1)
    _nd = _rank(x)
    return _invoke1(38, (x,), (
        _int_attr(0, _axis(axis, _nd, 38, "axis"), 38, "axis"),
    ))
end

"""
    log_softmax(x::TensorLike; axis::Int=1) -> Tensor

Logarithm of softmax along one axis: x - log(sum(exp(x))).

Computed as x - max - log(sum(exp(x - max))) for stability.

# Arguments
- `x::TensorLike`: Input tensor.
- `axis::Int=1`: Axis to normalize over; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).

# Returns
- `y::Tensor`: Log-probabilities along axis, same shape as x.

# Examples
```julia
# two equal logits
x = Float64[3, 3]
y = log_softmax(x; axis=1)
Array(y) ≈ Float64[-0.6931471805599453, -0.6931471805599453]
```
"""
function log_softmax(x::TensorLike; axis=1)
    _nd = _rank(x)
    return _invoke1(39, (x,), (
        _int_attr(0, _axis(axis, _nd, 39, "axis"), 39, "axis"),
    ))
end

"""
    zeros(shape::Tuple{Vararg{Int}}; dtype::DataType=Float32) -> Tensor

A tensor of zeros.

Not exported (Base or a standard library has a `zeros`): call it as `Tessera.zeros`.

# Arguments
- `shape::Tuple{Vararg{Int}}`: Dimension sizes of the result. In Julia: sizes in `size` order (column-major); -1 or `:` infers one.
- `dtype::DataType=Float32`: Element type of the result.

# Returns
- `y::Tensor`: A tensor filled with 0.

# Examples
```julia
# 2x2 float zeros
y = Tessera.zeros((2, 2))
Array(y) ≈ Float32[0 0; 0 0]
```
"""
function zeros(shape; dtype=Float32)
    return _invoke1(40, (), (
        _ints_attr(0, _shape(shape, 40, "shape")),
        _dtype_attr(1, dtype, 40, "dtype"),
    ))
end

"""
    ones(shape::Tuple{Vararg{Int}}; dtype::DataType=Float32) -> Tensor

A tensor of ones.

Not exported (Base or a standard library has a `ones`): call it as `Tessera.ones`.

# Arguments
- `shape::Tuple{Vararg{Int}}`: Dimension sizes of the result. In Julia: sizes in `size` order (column-major); -1 or `:` infers one.
- `dtype::DataType=Float32`: Element type of the result.

# Returns
- `y::Tensor`: A tensor filled with 1.

# Examples
```julia
# int64 ones
y = Tessera.ones((3,); dtype=Int64)
Array(y) == Int64[1, 1, 1]
```
"""
function ones(shape; dtype=Float32)
    return _invoke1(41, (), (
        _ints_attr(0, _shape(shape, 41, "shape")),
        _dtype_attr(1, dtype, 41, "dtype"),
    ))
end

"""
    full(shape::Tuple{Vararg{Int}}, value::Float64; dtype::DataType=Float32) -> Tensor

A tensor filled with one value.

# Arguments
- `shape::Tuple{Vararg{Int}}`: Dimension sizes of the result. In Julia: sizes in `size` order (column-major); -1 or `:` infers one.
- `value::Float64`: Fill value, converted to dtype.
- `dtype::DataType=Float32`: Element type of the result.

# Returns
- `y::Tensor`: A tensor filled with value.

# Examples
```julia
# filled with 7.5
y = full((2,), 7.5)
Array(y) ≈ Float32[7.5, 7.5]
```
"""
function full(shape, value; dtype=Float32)
    return _invoke1(42, (), (
        _ints_attr(0, _shape(shape, 42, "shape")),
        _float_attr(1, value, 42, "value"),
        _dtype_attr(2, dtype, 42, "dtype"),
    ))
end

"""
    arange(start::Float64, stop::Float64; step::Float64=1.0, dtype::DataType=Float32) -> Tensor

Evenly spaced values start, start+step, ... below stop.

Length is ceil((stop - start) / step), or 0 when that is negative; element i is start + i*step converted to dtype.

# Arguments
- `start::Float64`: First value.
- `stop::Float64`: End of the range (exclusive).
- `step::Float64=1.0`: Spacing (nonzero; negative counts down).
- `dtype::DataType=Float32`: Element type of the result (not bool).

# Returns
- `y::Tensor`: 1-D tensor of the values.

# Examples
```julia
# counting down by 1.5
y = arange(3.0, -1.0; step=-1.5)
Array(y) ≈ Float32[3, 1.5, 0]
```
"""
function arange(start, stop; step=1.0, dtype=Float32)
    return _invoke1(43, (), (
        _float_attr(0, start, 43, "start"),
        _float_attr(1, stop, 43, "stop"),
        _float_attr(2, step, 43, "step"),
        _dtype_attr(3, dtype, 43, "dtype"),
    ))
end

"""
    erf(x::TensorLike) -> Tensor

Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.

erf(+-inf) = +-1; NaN propagates.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[0, 0.5, -1, 2]
y = erf(x)
Array(y) ≈ Float64[0, 0.5204998778130465, -0.8427007929497148, 0.9953222650189527]
```
"""
function erf(x::TensorLike)
    return _invoke1(44, (x,), ())
end

"""
    floor(x::TensorLike) -> Tensor

Element-wise floor: the largest integer not greater than x.

Infinities, NaN and zeros (with their sign) pass through.

Not exported (Base or a standard library has a `floor`): call it as `Tessera.floor`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# negatives round down
x = Float32[-1.5, -0.5, 0, 0.5, 2.7]
y = Tessera.floor(x)
Array(y) ≈ Float32[-2, -1, 0, 0, 2]
```
"""
function floor(x::TensorLike)
    return _invoke1(45, (x,), ())
end

"""
    ceil(x::TensorLike) -> Tensor

Element-wise ceiling: the smallest integer not less than x.

Infinities, NaN and zeros (with their sign) pass through.

Not exported (Base or a standard library has a `ceil`): call it as `Tessera.ceil`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# negatives round up
x = Float32[-1.5, -0.5, 0, 0.5, 2.2]
y = Tessera.ceil(x)
Array(y) ≈ Float32[-1, 0, 0, 1, 3]
```
"""
function ceil(x::TensorLike)
    return _invoke1(46, (x,), ())
end

"""
    round(x::TensorLike) -> Tensor

Element-wise rounding to the nearest integer, halfway cases to the even one.

Banker's rounding as ONNX Round and numpy.round: round(0.5) = 0, round(1.5) = 2, round(-2.5) = -2. The sign of zero is kept (round(-0.3) = -0.0); infinities and NaN pass through.

Not exported (Base or a standard library has a `round`): call it as `Tessera.round`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# halves go to even
x = Float64[-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.4, -0.6]
y = Tessera.round(x)
Array(y) ≈ Float64[-2, -2, 0, 0, 2, 2, 0, -1]
```
"""
function round(x::TensorLike)
    return _invoke1(47, (x,), ())
end

"""
    sign(x::TensorLike) -> Tensor

Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.

Both zeros give +0 and NaN stays NaN (as numpy.sign); unsigned inputs give 0 or 1.

Not exported (Base or a standard library has a `sign`): call it as `Tessera.sign`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Sign of x with x's shape and dtype.

# Examples
```julia
# floats
x = Float32[-2.5, 0, 3, -0.1]
y = Tessera.sign(x)
Array(y) ≈ Float32[-1, 0, 1, -1]
```
```julia
# integers
x = Int32[-7, 0, 5]
y = Tessera.sign(x)
Array(y) == Int32[-1, 0, 1]
```
"""
function sign(x::TensorLike)
    return _invoke1(48, (x,), ())
end

"""
    reciprocal(x::TensorLike) -> Tensor

Element-wise reciprocal 1 / x.

1/0 is inf with the sign of the zero.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# exact reciprocals
x = Float32[2, -4, 0.5]
y = reciprocal(x)
Array(y) ≈ Float32[0.5, -0.25, 2]
```
"""
function reciprocal(x::TensorLike)
    return _invoke1(49, (x,), ())
end

"""
    sin(x::TensorLike) -> Tensor

Element-wise sine (radians).

NaN for infinite x.

Not exported (Base or a standard library has a `sin`): call it as `Tessera.sin`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# radians
x = Float64[0, 0.5, -1, 2]
y = Tessera.sin(x)
Array(y) ≈ Float64[0, 0.479425538604203, -0.8414709848078965, 0.9092974268256817]
```
"""
function sin(x::TensorLike)
    return _invoke1(50, (x,), ())
end

"""
    cos(x::TensorLike) -> Tensor

Element-wise cosine (radians).

NaN for infinite x.

Not exported (Base or a standard library has a `cos`): call it as `Tessera.cos`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# radians
x = Float64[0, 0.5, -1, 2]
y = Tessera.cos(x)
Array(y) ≈ Float64[1, 0.8775825618903728, 0.5403023058681398, -0.4161468365471424]
```
"""
function cos(x::TensorLike)
    return _invoke1(51, (x,), ())
end

"""
    tan(x::TensorLike) -> Tensor

Element-wise tangent (radians).

NaN for infinite x.

Not exported (Base or a standard library has a `tan`): call it as `Tessera.tan`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# radians
x = Float64[0, 0.5, -1, 2]
y = Tessera.tan(x)
Array(y) ≈ Float64[0, 0.5463024898437905, -1.557407724654902, -2.185039863261519]
```
"""
function tan(x::TensorLike)
    return _invoke1(52, (x,), ())
end

"""
    asin(x::TensorLike) -> Tensor

Element-wise arcsine, in [-pi/2, pi/2].

NaN outside [-1, 1].

Not exported (Base or a standard library has a `asin`): call it as `Tessera.asin`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# inside [-1, 1]
x = Float64[0, 0.5, -0.5, 1]
y = Tessera.asin(x)
Array(y) ≈ Float64[0, 0.5235987755982989, -0.5235987755982989, 1.5707963267948966]
```
"""
function asin(x::TensorLike)
    return _invoke1(53, (x,), ())
end

"""
    acos(x::TensorLike) -> Tensor

Element-wise arccosine, in [0, pi].

NaN outside [-1, 1].

Not exported (Base or a standard library has a `acos`): call it as `Tessera.acos`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# inside [-1, 1]
x = Float64[0, 0.5, -0.5, 1]
y = Tessera.acos(x)
Array(y) ≈ Float64[1.5707963267948966, 1.0471975511965976, 2.0943951023931957, 0]
```
"""
function acos(x::TensorLike)
    return _invoke1(54, (x,), ())
end

"""
    atan(x::TensorLike) -> Tensor

Element-wise arctangent, in (-pi/2, pi/2).

atan(+-inf) = +-pi/2.

Not exported (Base or a standard library has a `atan`): call it as `Tessera.atan`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[0, 0.5, -1, 2]
y = Tessera.atan(x)
Array(y) ≈ Float64[0, 0.4636476090008061, -0.7853981633974483, 1.1071487177940904]
```
"""
function atan(x::TensorLike)
    return _invoke1(55, (x,), ())
end

"""
    sinh(x::TensorLike) -> Tensor

Element-wise hyperbolic sine.

Overflows to +-inf for |x| above about 710 (89 in float32).

Not exported (Base or a standard library has a `sinh`): call it as `Tessera.sinh`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[0, 0.5, -1, 2]
y = Tessera.sinh(x)
Array(y) ≈ Float64[0, 0.5210953054937474, -1.1752011936438014, 3.6268604078470186]
```
"""
function sinh(x::TensorLike)
    return _invoke1(56, (x,), ())
end

"""
    cosh(x::TensorLike) -> Tensor

Element-wise hyperbolic cosine.

Overflows to inf for |x| above about 710 (89 in float32).

Not exported (Base or a standard library has a `cosh`): call it as `Tessera.cosh`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[0, 0.5, -1, 2]
y = Tessera.cosh(x)
Array(y) ≈ Float64[1, 1.1276259652063807, 1.5430806348152437, 3.7621956910836314]
```
"""
function cosh(x::TensorLike)
    return _invoke1(57, (x,), ())
end

"""
    asinh(x::TensorLike) -> Tensor

Element-wise inverse hyperbolic sine.

Defined for every real x.

Not exported (Base or a standard library has a `asinh`): call it as `Tessera.asinh`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[0, 0.5, -1, 2]
y = Tessera.asinh(x)
Array(y) ≈ Float64[0, 0.48121182505960347, -0.881373587019543, 1.4436354751788103]
```
"""
function asinh(x::TensorLike)
    return _invoke1(58, (x,), ())
end

"""
    acosh(x::TensorLike) -> Tensor

Element-wise inverse hyperbolic cosine, >= 0.

NaN below 1.

Not exported (Base or a standard library has a `acosh`): call it as `Tessera.acosh`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# x >= 1
x = Float64[1, 1.5, 2, 10]
y = Tessera.acosh(x)
Array(y) ≈ Float64[0, 0.9624236501192069, 1.3169578969248168, 2.993222846126381]
```
"""
function acosh(x::TensorLike)
    return _invoke1(59, (x,), ())
end

"""
    atanh(x::TensorLike) -> Tensor

Element-wise inverse hyperbolic tangent.

+-inf at +-1, NaN outside [-1, 1].

Not exported (Base or a standard library has a `atanh`): call it as `Tessera.atanh`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# inside (-1, 1)
x = Float64[0, 0.5, -0.5, 0.9]
y = Tessera.atanh(x)
Array(y) ≈ Float64[0, 0.5493061443340549, -0.5493061443340549, 1.4722194895832204]
```
"""
function atanh(x::TensorLike)
    return _invoke1(60, (x,), ())
end

"""
    isnan(x::TensorLike) -> Tensor

Element-wise test for NaN.

Not exported (Base or a standard library has a `isnan`): call it as `Tessera.isnan`.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Bool tensor with x's shape: true where x is NaN.

# Examples
```julia
# only NaN is NaN
x = Float32[NaN, 0, Inf, -Inf, -1]
y = Tessera.isnan(x)
Array(y) == Bool[1, 0, 0, 0, 0]
```
"""
function isnan(x::TensorLike)
    return _invoke1(61, (x,), ())
end

"""
    isinf(x::TensorLike; detect_positive::Bool=true, detect_negative::Bool=true) -> Tensor

Element-wise test for infinity, optionally of one sign only.

Not exported (Base or a standard library has a `isinf`): call it as `Tessera.isinf`.

# Arguments
- `x::TensorLike`: Input tensor.
- `detect_positive::Bool=true`: Report +inf.
- `detect_negative::Bool=true`: Report -inf.

# Returns
- `y::Tensor`: Bool tensor with x's shape: true where x is an infinity of a detected sign.

# Examples
```julia
# both signs
x = Float64[Inf, -Inf, 0, NaN, 1e+308]
y = Tessera.isinf(x)
Array(y) == Bool[1, 1, 0, 0, 0]
```
```julia
# positive only
x = Float64[Inf, -Inf, 2]
y = Tessera.isinf(x; detect_negative=false)
Array(y) == Bool[1, 0, 0]
```
"""
function isinf(x::TensorLike; detect_positive=true, detect_negative=true)
    return _invoke1(62, (x,), (
        _bool_attr(0, detect_positive, 62, "detect_positive"),
        _bool_attr(1, detect_negative, 62, "detect_negative"),
    ))
end

"""
    mod(a::TensorLike, b::TensorLike; fmod::Bool=false) -> Tensor

Element-wise remainder of a / b.

With fmod=false (integers only) the result has the sign of b, like Python's % and numpy.mod: mod(-7, 3) = 2. With fmod=true it has the sign of a, like C fmod: fmod(-7, 3) = -1. Floating-point inputs require fmod=true, as ONNX Mod does (a floored float remainder is a - floor(a / b) * b). Integer x mod 0 is 0 (numpy's value, no trap); float x mod 0 is NaN. Inputs broadcast with NumPy rules and must share one dtype.

Not exported (Base or a standard library has a `mod`): call it as `Tessera.mod`.

# Arguments
- `a::TensorLike`: Dividend.
- `b::TensorLike`: Divisor, broadcast against a.
- `fmod::Bool=false`: false: sign of the divisor (integers only); true: sign of the dividend (C fmod).

# Returns
- `y::Tensor`: Remainder with the broadcast shape and the inputs' dtype.

# Examples
```julia
# float fmod keeps the sign of a
a = Float64[5.5, -5.5, 5.5, -5.5]
b = Float64[2, 2, -2, -2]
y = Tessera.mod(a, b; fmod=true)
Array(y) ≈ Float64[1.5, -1.5, 1.5, -1.5]
```
```julia
# integer mod takes the sign of b
a = Int32[7, -7, 7, -7, 7]
b = Int32[3, 3, -3, -3, 0]
y = Tessera.mod(a, b)
Array(y) == Int32[1, 2, -2, -1, 0]
```
```julia
# integer fmod takes the sign of a
a = Int64[7, -7, 7, -7]
b = fill(Int64(3))
y = Tessera.mod(a, b; fmod=true)
Array(y) == Int64[1, -1, 1, -1]
```
"""
function mod(a::TensorLike, b::TensorLike; fmod=false)
    return _invoke1(63, (a, b), (
        _bool_attr(0, fmod, 63, "fmod"),
    ))
end

"""
    clip(x::TensorLike; min::Float64=-Inf, max::Float64=Inf) -> Tensor

Limits every element to [min, max].

y = min(max(x, min), max): when min > max every element becomes max (as ONNX and numpy.clip). NaN elements stay NaN. For integer dtypes the bounds are ceil(min) and floor(max), saturated to the dtype's range.

# Arguments
- `x::TensorLike`: Input tensor.
- `min::Float64=-Inf`: Lower bound (not NaN); -inf leaves x unbounded below.
- `max::Float64=Inf`: Upper bound (not NaN); inf leaves x unbounded above.

# Returns
- `y::Tensor`: Clipped values with x's shape and dtype.

# Examples
```julia
# into [-1, 1]
x = Float32[-2, -0.5, 0.5, 2]
y = clip(x; min=-1.0, max=1.0)
Array(y) ≈ Float32[-1, -0.5, 0.5, 1]
```
```julia
# integers, upper bound only
x = Int32[-5, 3, 10]
y = clip(x; max=4.5)
Array(y) == Int32[-5, 3, 4]
```
"""
function clip(x::TensorLike; min=-Inf, max=Inf)
    return _invoke1(64, (x,), (
        _float_attr(0, min, 64, "min"),
        _float_attr(1, max, 64, "max"),
    ))
end

"""
    less_equal(a::TensorLike, b::TensorLike) -> Tensor

Element-wise a <= b.

Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# against a scalar
a = Float32[1, 2, 3]
b = fill(Float32(2))
y = less_equal(a, b)
Array(y) == Bool[1, 1, 0]
```
"""
function less_equal(a::TensorLike, b::TensorLike)
    return _invoke1(65, (a, b), ())
end

"""
    greater_equal(a::TensorLike, b::TensorLike) -> Tensor

Element-wise a >= b.

Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# pairwise
a = Int64[1, 2, 3]
b = Int64[2, 2, 2]
y = greater_equal(a, b)
Array(y) == Bool[0, 1, 1]
```
"""
function greater_equal(a::TensorLike, b::TensorLike)
    return _invoke1(66, (a, b), ())
end

"""
    logical_and(a::TensorLike, b::TensorLike) -> Tensor

Element-wise logical AND.

Inputs are bool and broadcast against each other with NumPy rules.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# truth table
a = Bool[0, 0, 1, 1]
b = Bool[0, 1, 0, 1]
y = logical_and(a, b)
Array(y) == Bool[0, 0, 0, 1]
```
"""
function logical_and(a::TensorLike, b::TensorLike)
    return _invoke1(67, (a, b), ())
end

"""
    logical_or(a::TensorLike, b::TensorLike) -> Tensor

Element-wise logical OR.

Inputs are bool and broadcast against each other with NumPy rules.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# truth table
a = Bool[0, 0, 1, 1]
b = Bool[0, 1, 0, 1]
y = logical_or(a, b)
Array(y) == Bool[0, 1, 1, 1]
```
"""
function logical_or(a::TensorLike, b::TensorLike)
    return _invoke1(68, (a, b), ())
end

"""
    logical_xor(a::TensorLike, b::TensorLike) -> Tensor

Element-wise logical exclusive OR.

Inputs are bool and broadcast against each other with NumPy rules.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Bool tensor with the broadcast shape.

# Examples
```julia
# truth table
a = Bool[0, 0, 1, 1]
b = Bool[0, 1, 0, 1]
y = logical_xor(a, b)
Array(y) == Bool[0, 1, 1, 0]
```
"""
function logical_xor(a::TensorLike, b::TensorLike)
    return _invoke1(69, (a, b), ())
end

"""
    logical_not(x::TensorLike) -> Tensor

Element-wise logical NOT.

# Arguments
- `x::TensorLike`: Bool input.

# Returns
- `y::Tensor`: Bool tensor with x's shape: true where x is false.

# Examples
```julia
# negation
x = Bool[0 1; 1 0]
y = logical_not(x)
Array(y) == Bool[1 0; 0 1]
```
"""
function logical_not(x::TensorLike)
    return _invoke1(70, (x,), ())
end

"""
    bitwise_and(a::TensorLike, b::TensorLike) -> Tensor

Element-wise bitwise AND.

Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# int32 with a negative
a = Int32[12, -1, 5]
b = Int32[10, 7, 3]
y = bitwise_and(a, b)
Array(y) == Int32[8, 7, 1]
```
"""
function bitwise_and(a::TensorLike, b::TensorLike)
    return _invoke1(71, (a, b), ())
end

"""
    bitwise_or(a::TensorLike, b::TensorLike) -> Tensor

Element-wise bitwise OR.

Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# uint8 against a scalar
a = UInt8[12, 0, 240]
b = fill(UInt8(3))
y = bitwise_or(a, b)
Array(y) == UInt8[15, 3, 243]
```
"""
function bitwise_or(a::TensorLike, b::TensorLike)
    return _invoke1(72, (a, b), ())
end

"""
    bitwise_xor(a::TensorLike, b::TensorLike) -> Tensor

Element-wise bitwise exclusive OR.

Inputs broadcast against each other with NumPy rules and must share one dtype. Signed integers are two's complement.

# Arguments
- `a::TensorLike`: First operand.
- `b::TensorLike`: Second operand, broadcast against a.

# Returns
- `y::Tensor`: Result with the broadcast shape and the inputs' dtype.

# Examples
```julia
# int64
a = Int64[12, -1, 5]
b = Int64[10, 1, 5]
y = bitwise_xor(a, b)
Array(y) == Int64[6, -2, 0]
```
"""
function bitwise_xor(a::TensorLike, b::TensorLike)
    return _invoke1(73, (a, b), ())
end

"""
    bitwise_not(x::TensorLike) -> Tensor

Element-wise bitwise NOT (one's complement).

Signed integers are two's complement, so bitwise_not(x) = -x - 1.

# Arguments
- `x::TensorLike`: Integer input.

# Returns
- `y::Tensor`: ~x with x's shape and dtype.

# Examples
```julia
# int32
x = Int32[0, -1, 5]
y = bitwise_not(x)
Array(y) == Int32[-1, 0, -6]
```
```julia
# uint8
x = UInt8[0, 255, 5]
y = bitwise_not(x)
Array(y) == UInt8[255, 0, 250]
```
"""
function bitwise_not(x::TensorLike)
    return _invoke1(74, (x,), ())
end

"""
    leaky_relu(x::TensorLike; alpha::Float64=0.01) -> Tensor

Leaky rectified linear unit: x for x >= 0, alpha * x below.

NaN propagates. The default slope 0.01 is ONNX's and PyTorch's.

# Arguments
- `x::TensorLike`: Input tensor.
- `alpha::Float64=0.01`: Slope for negative x.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# default slope
x = Float64[-2, -0.5, 0, 3]
y = leaky_relu(x)
Array(y) ≈ Float64[-0.02, -0.005, 0, 3]
```
```julia
# alpha 0.5
x = Float32[-4, 1, -1]
y = leaky_relu(x; alpha=0.5)
Array(y) ≈ Float32[-2, 1, -0.5]
```
"""
function leaky_relu(x::TensorLike; alpha=0.01)
    return _invoke1(75, (x,), (
        _float_attr(0, alpha, 75, "alpha"),
    ))
end

"""
    prelu(x::TensorLike, slope::TensorLike) -> Tensor

Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.

slope broadcasts to x's shape (ONNX's unidirectional broadcasting): typically one slope per channel, shaped [C, 1, 1] for an [N, C, H, W] input, or a scalar.

# Arguments
- `x::TensorLike`: Input tensor.
- `slope::TensorLike`: Slopes for negative x; must broadcast to x's shape.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# one slope per column
x = Float32[-1 4; 2 -5; -3 0]
slope = Float32[0.5, 0.1, 2]
y = prelu(x, slope)
Array(y) ≈ Float32[-0.5 4; 2 -0.5; -6 0]
```
"""
function prelu(x::TensorLike, slope::TensorLike)
    return _invoke1(76, (x, slope), ())
end

"""
    elu(x::TensorLike; alpha::Float64=1.0) -> Tensor

Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.

Computed with expm1 for precision near 0.

# Arguments
- `x::TensorLike`: Input tensor.
- `alpha::Float64=1.0`: Scale of the negative part (its limit is -alpha).

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# alpha 1
x = Float64[-2, -0.5, 0, 0.5, 3]
y = elu(x)
Array(y) ≈ Float64[-0.8646647167633873, -0.3934693402873666, 0, 0.5, 3]
```
"""
function elu(x::TensorLike; alpha=1.0)
    return _invoke1(77, (x,), (
        _float_attr(0, alpha, 77, "alpha"),
    ))
end

"""
    selu(x::TensorLike; alpha::Float64=1.6732631921768188, gamma::Float64=1.0507010221481323) -> Tensor

Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).

The default alpha and gamma are ONNX's (the self-normalizing values of Klambauer et al. rounded to float32).

# Arguments
- `x::TensorLike`: Input tensor.
- `alpha::Float64=1.6732631921768188`: Scale of the negative part before gamma.
- `gamma::Float64=1.0507010221481323`: Overall scale.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# ONNX defaults
x = Float64[-2, -0.5, 0, 0.5, 3]
y = selu(x)
Array(y) ≈ Float64[-1.5201664733475926, -0.6917581899652426, 0, 0.5253505110740662, 3.152103066444397]
```
"""
function selu(x::TensorLike; alpha=1.6732631921768188, gamma=1.0507010221481323)
    return _invoke1(78, (x,), (
        _float_attr(0, alpha, 78, "alpha"),
        _float_attr(1, gamma, 78, "gamma"),
    ))
end

"""
    celu(x::TensorLike; alpha::Float64=1.0) -> Tensor

Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).

alpha = 0 is rejected (the formula divides by it); NaN propagates.

# Arguments
- `x::TensorLike`: Input tensor.
- `alpha::Float64=1.0`: Scale of the negative part; nonzero.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# alpha 1
x = Float64[-2, -0.5, 0, 0.5, 3]
y = celu(x)
Array(y) ≈ Float64[-0.8646647167633873, -0.3934693402873666, 0, 0.5, 3]
```
```julia
# alpha 2
x = Float64[-2, -0.5, 0, 0.5, 3]
y = celu(x; alpha=2.0)
Array(y) ≈ Float64[-1.2642411176571153, -0.44239843385719024, 0, 0.5, 3]
```
"""
function celu(x::TensorLike; alpha=1.0)
    return _invoke1(79, (x,), (
        _float_attr(0, alpha, 79, "alpha"),
    ))
end

"""
    gelu(x::TensorLike; approximate::Symbol=:none) -> Tensor

Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.

approximate="none" computes 0.5 x erfc(-x / sqrt 2) (exact; erfc keeps precision for very negative x); approximate="tanh" computes 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). Both give 0 at -inf.

# Arguments
- `x::TensorLike`: Input tensor.
- `approximate::Symbol=:none`: Exact erf form or the tanh approximation. One of :none, :tanh.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# exact form
x = Float64[-2, -0.5, 0, 0.5, 3]
y = gelu(x)
Array(y) ≈ Float64[-0.04550026389635842, -0.15426876936299347, 0, 0.3457312306370065, 2.99595030590511]
```
```julia
# tanh approximation
x = Float64[-2, -0.5, 0, 0.5, 3]
y = gelu(x; approximate=:tanh)
Array(y) ≈ Float64[-0.04540230591222494, -0.15428599017485606, 0, 0.34571400982514394, 2.996362607918227]
```
"""
function gelu(x::TensorLike; approximate=:none)
    return _invoke1(80, (x,), (
        _enum_attr(0, approximate, (:none, :tanh), 80, "approximate"),
    ))
end

"""
    hard_sigmoid(x::TensorLike; alpha::Float64=0.2, beta::Float64=0.5) -> Tensor

Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).

The defaults are ONNX's (alpha 0.2, beta 0.5); NaN propagates.

# Arguments
- `x::TensorLike`: Input tensor.
- `alpha::Float64=0.2`: Slope.
- `beta::Float64=0.5`: Offset.

# Returns
- `y::Tensor`: Result in [0, 1] with x's shape and dtype.

# Examples
```julia
# ONNX defaults
x = Float64[-3, -1, 0, 1, 3]
y = hard_sigmoid(x)
Array(y) ≈ Float64[0, 0.3, 0.5, 0.7, 1]
```
"""
function hard_sigmoid(x::TensorLike; alpha=0.2, beta=0.5)
    return _invoke1(81, (x,), (
        _float_attr(0, alpha, 81, "alpha"),
        _float_attr(1, beta, 81, "beta"),
    ))
end

"""
    hard_swish(x::TensorLike) -> Tensor

x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).

0 for x <= -3 (also at -inf), x for x >= 3; NaN propagates.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# all three pieces
x = Float64[-4, -3, -1, 0, 1, 3, 4]
y = hard_swish(x)
Array(y) ≈ Float64[0, 0, -0.33333333333333337, 0, 0.6666666666666666, 3, 4]
```
"""
function hard_swish(x::TensorLike)
    return _invoke1(82, (x,), ())
end

"""
    softplus(x::TensorLike) -> Tensor

Smooth ReLU: log(1 + e^x).

Computed as max(x, 0) + log1p(e^-|x|), so it neither overflows nor underflows.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result (positive) with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[-2, -0.5, 0, 0.5, 3]
y = softplus(x)
Array(y) ≈ Float64[0.1269280110429725, 0.4740769841801067, 0.6931471805599453, 0.9740769841801067, 3.048587351573742]
```
"""
function softplus(x::TensorLike)
    return _invoke1(83, (x,), ())
end

"""
    softsign(x::TensorLike) -> Tensor

x / (1 + |x|).

softsign(+-inf) = +-1.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result in (-1, 1) with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[-2, -0.5, 0, 0.5, 3]
y = softsign(x)
Array(y) ≈ Float64[-0.6666666666666666, -0.3333333333333333, 0, 0.3333333333333333, 0.75]
```
"""
function softsign(x::TensorLike)
    return _invoke1(84, (x,), ())
end

"""
    mish(x::TensorLike) -> Tensor

Mish: x * tanh(softplus(x)).

Computed as x * w / (w + 2) with w = e^x (e^x + 2), which equals tanh(log(1 + e^x)) and cannot overflow; mish(-inf) = 0.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[-2, -0.5, 0, 0.5, 3]
y = mish(x)
Array(y) ≈ Float64[-0.2525014826957089, -0.22074377465173, 0, 0.3752452113048951, 2.986535004967957]
```
"""
function mish(x::TensorLike)
    return _invoke1(85, (x,), ())
end

"""
    silu(x::TensorLike) -> Tensor

Sigmoid linear unit (swish): x * sigmoid(x).

The sigmoid is split by sign so exp never overflows; silu(-inf) = 0.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `y::Tensor`: Result with x's shape and dtype.

# Examples
```julia
# a few points
x = Float64[-2, -0.5, 0, 0.5, 3]
y = silu(x)
Array(y) ≈ Float64[-0.2384058440442351, -0.1887703343990727, 0, 0.3112296656009273, 2.8577223804673]
```
"""
function silu(x::TensorLike)
    return _invoke1(86, (x,), ())
end

"""
    gather(x::TensorLike, indices::TensorLike; axis::Int=-1) -> Tensor

Takes slices of x along an axis at the given indices.

y[i0.., j.., k..] = x[i0.., indices[j..], k..]: the result has x's dimensions before axis, then the dimensions of indices, then x's dimensions after axis (a scalar index removes the axis). Negative indices count from the end; an index outside [-size, size) is an error naming indices.

# Arguments
- `x::TensorLike`: Tensor to take slices from (at least 1-D).
- `indices::TensorLike`: Positions along axis (any shape).
- `axis::Int=-1`: Axis of x to index; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).

# Returns
- `y::Tensor`: The gathered slices, x's dtype.

# Examples
```julia
# rows of a matrix by a 2x2 index
x = Float32[1 3 5; 2 4 6]
indices = Int64[0 1; 1 2]
y = gather(x, indices)
Array(y) ≈ reshape(Float32[1, 2, 3, 4, 3, 4, 5, 6], 2, 2, 2)
```
```julia
# negative column indices
x = Int32[1 4; 2 5; 3 6]
indices = Int32[-1, 0]
y = gather(x, indices; axis=1)
Array(y) == Int32[3 6; 1 4]
```
"""
function gather(x::TensorLike, indices::TensorLike; axis=-1)
    _nd = _rank(x)
    return _invoke1(87, (x, indices), (
        _int_attr(0, _axis(axis, _nd, 87, "axis"), 87, "axis"),
    ))
end

"""
    gather_elements(data::TensorLike, indices::TensorLike; axis::Int=-1) -> Tensor

Picks one element of data along an axis for every entry of indices.

y[p] = data[p with its axis coordinate replaced by indices[p]]: indices has data's rank, and each dimension other than axis at most data's size there; y has the shape of indices. Negative indices count from the end. The counterpart of scatter_elements (take_along_axis in NumPy).

# Arguments
- `data::TensorLike`: Tensor to read (at least 1-D).
- `indices::TensorLike`: Positions along axis, same rank as data.
- `axis::Int=-1`: Axis the indices run along; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).

# Returns
- `y::Tensor`: Selected elements, the shape of indices and data's dtype.

# Examples
```julia
# along rows
data = Float32[1 3; 2 4]
indices = Int64[0 1; 0 0]
y = gather_elements(data, indices; axis=1)
Array(y) ≈ Float32[1 4; 1 3]
```
"""
function gather_elements(data::TensorLike, indices::TensorLike; axis=-1)
    _nd = _rank(data)
    return _invoke1(88, (data, indices), (
        _int_attr(0, _axis(axis, _nd, 88, "axis"), 88, "axis"),
    ))
end

"""
    gather_nd(data::TensorLike, indices::TensorLike; batch_dims::Int=0) -> Tensor

Gathers slices of data addressed by index tuples (the last dimension of indices).

Each row of indices along its last dimension (length m) is a tuple addressing dimensions batch_dims..batch_dims+m-1 of data; the result is indices.shape[:-1] + data.shape[batch_dims+m:]. The first batch_dims dimensions of indices and data must agree and are matched one to one. Negative components count from the end.

# Arguments
- `data::TensorLike`: Tensor to read (at least 1-D).
- `indices::TensorLike`: Index tuples along the last dimension.
- `batch_dims::Int=0`: Number of leading dimensions shared by data and indices. In 0:8.

# Returns
- `y::Tensor`: The gathered elements or slices, data's dtype.

# Examples
```julia
# elements of a matrix
data = Int32[0 2; 1 3]
indices = Int64[0 1; 0 1]
y = gather_nd(data, indices)
Array(y) == Int32[0, 3]
```
```julia
# rows per batch
data = reshape(Float32[0, 1, 2, 3, 4, 5, 6, 7], 2, 2, 2)
indices = Int64[1 0]
y = gather_nd(data, indices; batch_dims=1)
Array(y) ≈ Float32[2 4; 3 5]
```
"""
function gather_nd(data::TensorLike, indices::TensorLike; batch_dims=0)
    return _invoke1(89, (data, indices), (
        _int_attr(0, batch_dims, 89, "batch_dims"),
    ))
end

"""
    scatter_elements(data::TensorLike, indices::TensorLike, updates::TensorLike; axis::Int=-1, reduction::Symbol=:none) -> Tensor

Copy of data with updates written at positions given per element by indices along an axis.

y = data, then for every position p of indices: y[p with its axis coordinate replaced by indices[p]] = updates[p] (reduction none) or combined with it (add, mul, max, min). indices and updates share one shape of data's rank. Updates apply in index order, so with reduction none the last duplicate wins. Integer add/mul wrap around; max/min propagate NaN.

# Arguments
- `data::TensorLike`: Initial values (at least 1-D).
- `indices::TensorLike`: Positions along axis, same rank as data.
- `updates::TensorLike`: Values to write, the shape of indices and data's dtype.
- `axis::Int=-1`: Axis the indices run along; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `reduction::Symbol=:none`: How an update combines with the value already there. One of :none, :add, :mul, :max, :min.

# Returns
- `y::Tensor`: Updated copy of data.

# Examples
```julia
# rows replaced
data = Float32[0 0 0; 0 0 0; 0 0 0]
indices = Int64[1 0; 0 2; 2 1]
updates = Float32[1 2; 1.1 2.1; 1.2 2.2]
y = scatter_elements(data, indices, updates)
Array(y) ≈ Float32[2 1 0; 1.1 0 2.1; 0 2.2 1.2]
```
```julia
# along a row
data = reshape(Float32[1, 2, 3, 4, 5], 5, 1)
indices = reshape(Int64[1, 3], 2, 1)
updates = reshape(Float32[1.1, 2.1], 2, 1)
y = scatter_elements(data, indices, updates; axis=1)
Array(y) ≈ reshape(Float32[1, 1.1, 3, 2.1, 5], 5, 1)
```
```julia
# duplicates add up
data = reshape(Float32[1, 2, 3, 4, 5], 5, 1)
indices = reshape(Int64[1, 1], 2, 1)
updates = reshape(Float32[1.1, 2.1], 2, 1)
y = scatter_elements(data, indices, updates; axis=1, reduction=:add)
Array(y) ≈ reshape(Float32[1, 5.2, 3, 4, 5], 5, 1)
```
```julia
# max of duplicates
data = reshape(Float32[1, 2, 3, 4, 5], 5, 1)
indices = reshape(Int64[1, 1], 2, 1)
updates = reshape(Float32[1.1, 2.1], 2, 1)
y = scatter_elements(data, indices, updates; axis=1, reduction=:max)
Array(y) ≈ reshape(Float32[1, 2.1, 3, 4, 5], 5, 1)
```
"""
function scatter_elements(data::TensorLike, indices::TensorLike, updates::TensorLike; axis=-1, reduction=:none)
    _nd = _rank(data)
    return _invoke1(90, (data, indices, updates), (
        _int_attr(0, _axis(axis, _nd, 90, "axis"), 90, "axis"),
        _enum_attr(1, reduction, (:none, :add, :mul, :max, :min), 90, "reduction"),
    ))
end

"""
    scatter_nd(data::TensorLike, indices::TensorLike, updates::TensorLike; reduction::Symbol=:none) -> Tensor

Copy of data with slices written at positions given by index tuples.

y = data, then for every tuple t (the last dimension of indices, length m) the slice y[t] = updates[...] (reduction none) or combined with it (add, mul, max, min). updates has shape indices.shape[:-1] + data.shape[m:]. Tuples apply in order, so with reduction none the last duplicate wins; negative components count from the end.

# Arguments
- `data::TensorLike`: Initial values (at least 1-D).
- `indices::TensorLike`: Index tuples along the last dimension.
- `updates::TensorLike`: Slices to write, data's dtype.
- `reduction::Symbol=:none`: How an update combines with the value already there. One of :none, :add, :mul, :max, :min.

# Returns
- `y::Tensor`: Updated copy of data.

# Examples
```julia
# single elements
data = Int32[1, 2, 3, 4, 5, 6, 7, 8]
indices = Int64[4 3 1 7]
updates = Int32[9, 10, 11, 12]
y = scatter_nd(data, indices, updates)
Array(y) == Int32[1, 11, 3, 10, 9, 6, 7, 12]
```
```julia
# duplicates add up
data = Int32[1, 2, 3, 4]
indices = Int64[1 1 3]
updates = Int32[10, 20, 30]
y = scatter_nd(data, indices, updates; reduction=:add)
Array(y) == Int32[1, 32, 3, 34]
```
"""
function scatter_nd(data::TensorLike, indices::TensorLike, updates::TensorLike; reduction=:none)
    return _invoke1(91, (data, indices, updates), (
        _enum_attr(0, reduction, (:none, :add, :mul, :max, :min), 91, "reduction"),
    ))
end

"""
    one_hot(indices::TensorLike, depth::Int; axis::Int=1, on_value::Float64=1.0, off_value::Float64=0.0, dtype::DataType=Float32) -> Tensor

One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.

The result has indices' shape with a dimension of size depth inserted at axis. Negative indices in [-depth, -1] count from the end; as in ONNX, an index outside [-depth, depth) gives a row of off_value (no error).

# Arguments
- `indices::TensorLike`: Class positions (any shape).
- `depth::Int`: Number of classes (length of the new axis). In 1:1099511627776.
- `axis::Int=1`: Where the new axis goes in the result; -1 appends it. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `on_value::Float64=1.0`: Value at the index.
- `off_value::Float64=0.0`: Value everywhere else.
- `dtype::DataType=Float32`: Element type of the result.

# Returns
- `y::Tensor`: The encoding, dtype as requested.

# Examples
```julia
# classes, with a negative index
indices = Int64[0, 2, -1]
y = one_hot(indices, 3)
Array(y) ≈ Float32[1 0 0; 0 0 0; 0 1 1]
```
```julia
# custom values, out of range, first axis
indices = Int32[1, 5]
y = one_hot(indices, 3; axis=1, on_value=5.0, off_value=-1.0, dtype=Int32)
Array(y) == Int32[-1 5 -1; -1 -1 -1]
```
"""
function one_hot(indices::TensorLike, depth; axis=1, on_value=1.0, off_value=0.0, dtype=Float32)
    _nd = _rank(indices)
    return _invoke1(92, (indices,), (
        _int_attr(0, depth, 92, "depth"),
        _int_attr(1, _axis(axis, _nd, 92, "axis"), 92, "axis"),
        _float_attr(2, on_value, 92, "on_value"),
        _float_attr(3, off_value, 92, "off_value"),
        _dtype_attr(4, dtype, 92, "dtype"),
    ))
end

"""
    top_k(x::TensorLike, k::Int; axis::Int=1, largest::Bool=true, sorted::Bool=true) -> Tuple{Tensor,Tensor}

The k largest (or smallest) elements along an axis and their indices.

Equal values keep index order (the lower index first), so results are deterministic; NaN ranks above every number. With sorted the k results are ordered from the most extreme; without it they come in index order.

# Arguments
- `x::TensorLike`: Input tensor (at least 1-D).
- `k::Int`: How many elements to take (at most the axis size). In 0:9007199254740992.
- `axis::Int=1`: Axis to select along; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `largest::Bool=true`: Take the largest elements (false: the smallest).
- `sorted::Bool=true`: Order the results from the most extreme (false: by index).

# Returns
- `values::Tensor`: The selected elements; x's shape with axis of size k.
- `indices::Tensor`: Their int64 positions along axis.

# Examples
```julia
# largest per row
x = Float32[0 4 8; 1 5 9; 2 6 10; 3 7 11]
(values, indices) = top_k(x, 3)
Array(values) ≈ Float32[3 7 11; 2 6 10; 1 5 9]
Array(indices) == Int64[3 3 3; 2 2 2; 1 1 1]
```
```julia
# smallest with ties
x = Int32[3, 1, 3, 1, 2]
(values, indices) = top_k(x, 3; largest=false)
Array(values) == Int32[1, 1, 2]
Array(indices) == Int64[1, 3, 4]
```
"""
function top_k(x::TensorLike, k; axis=1, largest=true, sorted=true)
    _nd = _rank(x)
    return _invoke_n(93, (x,), (
        _int_attr(0, k, 93, "k"),
        _int_attr(1, _axis(axis, _nd, 93, "axis"), 93, "axis"),
        _bool_attr(2, largest, 93, "largest"),
        _bool_attr(3, sorted, 93, "sorted"),
    ), Val(2))
end

"""
    non_zero(x::TensorLike) -> Tensor

Indices of the nonzero elements, one row per dimension.

The result is int64 [ndim, count] in row-major order of the elements (like numpy.nonzero stacked); a scalar counts as 1-D. Its shape depends on the data, so it is known only when the operator runs. NaN counts as nonzero.

# Arguments
- `x::TensorLike`: Input tensor.

# Returns
- `indices::Tensor`: int64 [max(ndim, 1), count] coordinates of the nonzero elements.

# Examples
```julia
# a 2x2 mask
x = Bool[1 1; 0 1]
indices = non_zero(x)
Array(indices) == Int64[0 0; 1 0; 1 1]
```
"""
function non_zero(x::TensorLike)
    return _invoke1(94, (x,), ())
end

"""
    triu(x::TensorLike; k::Int=0) -> Tensor

Upper triangle of the last two dimensions; the rest becomes 0.

Keeps element (i, j) of each matrix when j >= i + k, i.e. on and above the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.

# Arguments
- `x::TensorLike`: Input tensor, at least 2-D.
- `k::Int=0`: Diagonal offset: 0 is the main diagonal, positive above it, negative below.

# Returns
- `y::Tensor`: x with the other triangle zeroed, same shape and dtype.

# Examples
```julia
# main diagonal
x = Float32[1 5 9; 2 6 10; 3 7 11; 4 8 12]
y = triu(x)
Array(y) ≈ Float32[1 0 0; 2 6 0; 3 7 11; 4 8 12]
```
```julia
# one below the diagonal
x = Int32[1 5 9; 2 6 10; 3 7 11; 4 8 12]
y = triu(x; k=-1)
Array(y) == Int32[1 5 0; 2 6 10; 3 7 11; 4 8 12]
```
"""
function triu(x::TensorLike; k=0)
    return _invoke1(95, (x,), (
        _int_attr(0, k, 95, "k"),
    ))
end

"""
    tril(x::TensorLike; k::Int=0) -> Tensor

Lower triangle of the last two dimensions; the rest becomes 0.

Keeps element (i, j) of each matrix when j <= i + k, i.e. on and below the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading dimensions are batch dimensions.

# Arguments
- `x::TensorLike`: Input tensor, at least 2-D.
- `k::Int=0`: Diagonal offset: 0 is the main diagonal, positive above it, negative below.

# Returns
- `y::Tensor`: x with the other triangle zeroed, same shape and dtype.

# Examples
```julia
# main diagonal
x = Float32[1 5 9; 2 6 10; 3 7 11; 4 8 12]
y = tril(x)
Array(y) ≈ Float32[1 5 9; 0 6 10; 0 0 11; 0 0 0]
```
```julia
# one above the diagonal
x = Int32[1 5 9; 2 6 10; 3 7 11; 4 8 12]
y = tril(x; k=1)
Array(y) == Int32[1 5 9; 2 6 10; 0 7 11; 0 0 12]
```
"""
function tril(x::TensorLike; k=0)
    return _invoke1(96, (x,), (
        _int_attr(0, k, 96, "k"),
    ))
end

"""
    flatten(x::TensorLike; axis::Int=1) -> Tensor

Reshapes x to a matrix: dimensions before axis become rows, the rest columns.

The result is [d_0 * ... * d_(axis-1), d_axis * ... * d_(n-1)] (a product of no dimensions is 1). axis is a split point between dimensions in -ndim..ndim, not a dimension index. A view of x when its layout allows, else a copy.

# Arguments
- `x::TensorLike`: Input tensor.
- `axis::Int=1`: Split point: dimensions [0, axis) form the rows; negative counts from the end.

# Returns
- `y::Tensor`: 2-D tensor with x's elements.

# Examples
```julia
# batch of images
x = reshape(Float32[1, 2, 3, 4, 5, 6, 7, 8], 2, 2, 1, 2)
y = flatten(x)
Array(y) ≈ Float32[1 5; 2 6; 3 7; 4 8]
```
```julia
# axis 0 gives one row
x = Int32[1 4; 2 5; 3 6]
y = flatten(x; axis=0)
Array(y) == reshape(Int32[1, 2, 3, 4, 5, 6], 6, 1)
```
"""
function flatten(x::TensorLike; axis=1)
    return _invoke1(97, (x,), (
        _int_attr(0, axis, 97, "axis"),
    ))
end

"""
    squeeze(x::TensorLike; axes::Tuple{Vararg{Int}}=()) -> Tensor

Removes dimensions of size 1 (a view, no copy).

Removes the listed axes, each of which must have size 1, or every size-1 axis when axes is empty.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}=()`: Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes. In Julia: dimensions, 1-based; negative count from the last.

# Returns
- `y::Tensor`: x without those dimensions.

# Examples
```julia
# all size-1 axes
x = reshape(Float32[1, 2, 3], 1, 3, 1)
y = squeeze(x)
Array(y) ≈ Float32[1, 2, 3]
```
```julia
# one axis
x = reshape(Int64[4, 5], 1, 2, 1)
y = squeeze(x; axes=(1,))
Array(y) == reshape(Int64[4, 5], 2, 1)
```
"""
function squeeze(x::TensorLike; axes=())
    _nd = _rank(x)
    return _invoke1(98, (x,), (
        _ints_attr(0, _axes(axes, _nd, 98, "axes")),
    ))
end

"""
    unsqueeze(x::TensorLike, axes::Tuple{Vararg{Int}}) -> Tensor

Inserts dimensions of size 1 (a view, no copy).

axes are positions in the result (whose rank is ndim(x) + len(axes)); negative values count from the end of the result.

# Arguments
- `x::TensorLike`: Input tensor.
- `axes::Tuple{Vararg{Int}}`: Positions of the new size-1 dimensions in the result. In Julia: dimensions, 1-based; negative count from the last.

# Returns
- `y::Tensor`: x with the new dimensions.

# Examples
```julia
# vector to column
x = Float32[1, 2, 3]
y = unsqueeze(x, (0,))
Array(y) ≈ Float32[1 2 3]
```
```julia
# front and back
x = Int32[7, 8]
y = unsqueeze(x, (1, 1))
Array(y) == reshape(Int32[7, 8], 1, 2, 1)
```
"""
function unsqueeze(x::TensorLike, axes)
    _nd = _rank(x)
    return _invoke1(99, (x,), (
        _ints_attr(0, _axes(axes, _nd, 99, "axes")),
    ))
end

"""
    expand(x::TensorLike, shape::Tuple{Vararg{Int}}) -> Tensor

Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).

The result has the NumPy broadcast of x's shape and `shape` (bidirectional, as ONNX Expand: a 1 in shape keeps x's dimension). Nothing is copied: broadcast dimensions repeat x's memory.

# Arguments
- `x::TensorLike`: Input tensor.
- `shape::Tuple{Vararg{Int}}`: Target shape, broadcast with x's shape. In Julia: sizes in `size` order (column-major); -1 or `:` infers one.

# Returns
- `y::Tensor`: x broadcast to the result shape.

# Examples
```julia
# column to matrix
x = Float32[1 2 3]
y = expand(x, (4, 1, 2))
Array(y) ≈ reshape(Float32[1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3], 4, 3, 2)
```
"""
function expand(x::TensorLike, shape)
    return _invoke1(100, (x,), (
        _ints_attr(0, _shape(shape, 100, "shape")),
    ))
end

"""
    tile(x::TensorLike, repeats::Tuple{Vararg{Int}}) -> Tensor

Repeats x along each dimension.

Dimension d of the result is x.shape[d] * repeats[d]; the result holds copies of x laid side by side (numpy.tile with one repeat per dimension).

# Arguments
- `x::TensorLike`: Input tensor.
- `repeats::Tuple{Vararg{Int}}`: Copies per dimension (>= 0), one entry per dimension of x. In Julia: sizes in `size` order (column-major); -1 or `:` infers one.

# Returns
- `y::Tensor`: The tiled tensor, x's dtype.

# Examples
```julia
# 2x3 tiles of a row
x = reshape(Float32[1, 2], 2, 1)
y = tile(x, (3, 2))
Array(y) ≈ Float32[1 1; 2 2; 1 1; 2 2; 1 1; 2 2]
```
"""
function tile(x::TensorLike, repeats)
    return _invoke1(101, (x,), (
        _ints_attr(0, _shape(repeats, 101, "repeats")),
    ))
end

"""
    pad(x::TensorLike, pads::Tuple{Vararg{Int}}; mode::Symbol=:constant, value::Float64=0.0) -> Tensor

Pads x at the start and end of each dimension (constant, reflect, edge or wrap).

pads lists the begin counts of every dimension, then the end counts (ONNX order). Negative pads crop first; the remaining elements are then padded: constant fills with value, reflect mirrors without repeating the border (pads must be smaller than the dimension), edge repeats the border element, wrap continues periodically. Matches ONNX Pad opset 19.

# Arguments
- `x::TensorLike`: Input tensor.
- `pads::Tuple{Vararg{Int}}`: [begin_0, ..., begin_(n-1), end_0, ..., end_(n-1)]; negative values crop.
- `mode::Symbol=:constant`: How the new elements are filled. One of :constant, :reflect, :edge, :wrap.
- `value::Float64=0.0`: Fill value in constant mode, converted to x's dtype.

# Returns
- `y::Tensor`: The padded tensor, x's dtype.

# Examples
```julia
# constant around a matrix
x = Float32[1 4; 2 5; 3 6]
y = pad(x, (0, 1, 1, 0); value=9.0)
Array(y) ≈ Float32[9 9 9; 1 4 9; 2 5 9; 3 6 9]
```
```julia
# negative pads crop
x = Int32[1, 2, 3, 4, 5]
y = pad(x, (-1, 2))
Array(y) == Int32[2, 3, 4, 5, 0, 0]
```
```julia
# reflect
x = Int32[1 4; 2 5; 3 6]
y = pad(x, (1, 2, 0, 1); mode=:reflect)
Array(y) == Int32[6 3 6; 5 2 5; 4 1 4; 5 2 5; 6 3 6; 5 2 5]
```
```julia
# edge
x = Int32[1 4; 2 5; 3 6]
y = pad(x, (0, 1, 1, 2); mode=:edge)
Array(y) == Int32[1 4 4; 1 4 4; 2 5 5; 3 6 6; 3 6 6; 3 6 6]
```
```julia
# wrap
x = Float64[1 4; 2 5; 3 6]
y = pad(x, (1, 2, 1, 1); mode=:wrap)
Array(y) ≈ Float64[5 2 5 2; 6 3 6 3; 4 1 4 1; 5 2 5 2; 6 3 6 3; 4 1 4 1]
```
"""
function pad(x::TensorLike, pads; mode=:constant, value=0.0)
    return _invoke1(102, (x,), (
        _ints_attr(0, _ints(pads, 102, "pads")),
        _enum_attr(1, mode, (:constant, :reflect, :edge, :wrap), 102, "mode"),
        _float_attr(2, value, 102, "value"),
    ))
end

"""
    split(x::TensorLike; axis::Int=-1, split::Tuple{Vararg{Int}}=(), num_outputs::Int=0) -> Tensor

Splits x along an axis into pieces (views of x, no copy).

Either `split` gives the piece sizes (adding up to the axis size) or num_outputs the number of pieces: then each has ceil(size / num_outputs) elements and the last the remainder (ONNX opset 18). Giving neither, or both with different counts, is an error. At most 64 pieces.

# Arguments
- `x::TensorLike`: Input tensor (at least 1-D).
- `axis::Int=-1`: Axis to split; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `split::Tuple{Vararg{Int}}=()`: Size of each piece; empty: use num_outputs.
- `num_outputs::Int=0`: Number of pieces when split is empty (0: use split). In 0:64.

# Returns
- `outputs::Tensor`: The pieces in order, views of x.

# Examples
```julia
# uneven sizes
x = Float32[1 3 5 7 9; 2 4 6 8 10]
outputs = split(x; split=(2, 3))
Array(outputs) ≈ Float32[1 3; 2 4]
Array(out2) ≈ Float32[5 7 9; 6 8 10]
```
```julia
# three pieces, the last smaller
x = reshape(Int32[1, 2, 3, 4, 5, 6, 7], 7, 1)
outputs = split(x; axis=1, num_outputs=3)
Array(outputs) == reshape(Int32[1, 2, 3], 3, 1)
Array(out2) == reshape(Int32[4, 5, 6], 3, 1)
Array(out3) == reshape(Int32[7], 1, 1)
```
"""
function split(x::TensorLike; axis=-1, split=(), num_outputs=0)
    _nd = _rank(x)
    return _invoke1(103, (x,), (
        _int_attr(0, _axis(axis, _nd, 103, "axis"), 103, "axis"),
        _ints_attr(1, _ints(split, 103, "split")),
        _int_attr(2, num_outputs, 103, "num_outputs"),
    ))
end

"""
    depth_to_space(x::TensorLike, blocksize::Int; mode::Symbol=:DCR) -> Tensor

Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].

DCR (depth-column-row) reads channel (i*b + j)*C' + c for output (c, h*b + i, w*b + j); CRD reads channel c*b^2 + i*b + j. The inverse of space_to_depth is DCR.

# Arguments
- `x::TensorLike`: 4-D input [N, C, H, W]; C divisible by blocksize^2.
- `blocksize::Int`: Edge of the spatial blocks. In 1:1048576.
- `mode::Symbol=:DCR`: Channel order inside a block. One of :DCR, :CRD.

# Returns
- `y::Tensor`: [N, C/b^2, H*b, W*b], x's dtype.

# Examples
```julia
# 8 channels into 2x2 blocks
x = reshape(Float32[0, 1, 2, 3, 4, 5, 6, 7], 1, 1, 8, 1)
y = depth_to_space(x, 2)
Array(y) ≈ reshape(Float32[0, 2, 4, 6, 1, 3, 5, 7], 2, 2, 2, 1)
```
```julia
# CRD order
x = reshape(Int32[0, 1, 2, 3, 4, 5, 6, 7], 1, 1, 8, 1)
y = depth_to_space(x, 2; mode=:CRD)
Array(y) == reshape(Int32[0, 1, 2, 3, 4, 5, 6, 7], 2, 2, 2, 1)
```
"""
function depth_to_space(x::TensorLike, blocksize; mode=:DCR)
    return _invoke1(104, (x,), (
        _int_attr(0, blocksize, 104, "blocksize"),
        _enum_attr(1, mode, (:DCR, :CRD), 104, "mode"),
    ))
end

"""
    space_to_depth(x::TensorLike, blocksize::Int) -> Tensor

Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].

Output channel (i*b + j)*C + c holds x[c, h*b + i, w*b + j] (the inverse of depth_to_space in DCR mode).

# Arguments
- `x::TensorLike`: 4-D input [N, C, H, W]; H and W divisible by blocksize.
- `blocksize::Int`: Edge of the spatial blocks. In 1:1048576.

# Returns
- `y::Tensor`: [N, C*b^2, H/b, W/b], x's dtype.

# Examples
```julia
# 2x2 blocks of 2 channels
x = reshape(Float32[0, 2, 4, 6, 1, 3, 5, 7], 2, 2, 2, 1)
y = space_to_depth(x, 2)
Array(y) ≈ reshape(Float32[0, 1, 2, 3, 4, 5, 6, 7], 1, 1, 8, 1)
```
"""
function space_to_depth(x::TensorLike, blocksize)
    return _invoke1(105, (x,), (
        _int_attr(0, blocksize, 105, "blocksize"),
    ))
end

"""
    dropout(x::TensorLike; ratio::Float64=0.5, training::Bool=false, seed::Int=0) -> Tuple{Tensor,Tensor}

Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).

With training false (the default) or ratio 0, y is x and mask is all true. While training, element i is kept when u_i >= ratio, where u_i = (s_i >> 11) * 2^-53 and s_i is output i (counting from 0) of the SplitMix64 generator seeded with `seed`: the same seed gives the same mask for the same shape on every machine and thread count. seed 0 draws a fresh seed from a thread-local engine generator on every call (not reproducible).

# Arguments
- `x::TensorLike`: Input tensor.
- `ratio::Float64=0.5`: Probability of dropping an element, in [0, 1). In 0:1.
- `training::Bool=false`: Apply dropout (true) or pass x through unchanged (false, inference).
- `seed::Int=0`: Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic).

# Returns
- `y::Tensor`: x with dropped elements zeroed and kept ones scaled by 1 / (1 - ratio); x's shape and dtype.
- `mask::Tensor`: True where the element was kept; x's shape.

# Examples
```julia
# training, seed 7 (the first four draws u_i are 0.390, 0.017, 0.901, 0.583)
x = Float64[1 3; 2 4]
(y, mask) = dropout(x; ratio=0.5, training=true, seed=7)
Array(y) ≈ Float64[0 6; 0 8]
Array(mask) == Bool[0 1; 0 1]
```
```julia
# inference passes x through
x = Float32[1.5, -2, 0]
(y, mask) = dropout(x; ratio=0.3)
Array(y) ≈ Float32[1.5, -2, 0]
Array(mask) == Bool[1, 1, 1]
```
"""
function dropout(x::TensorLike; ratio=0.5, training=false, seed=0)
    return _invoke_n(106, (x,), (
        _float_attr(0, ratio, 106, "ratio"),
        _bool_attr(1, training, 106, "training"),
        _int_attr(2, seed, 106, "seed"),
    ), Val(2))
end

"""
    gemm(a::TensorLike, b::TensorLike; c::Union{TensorLike,Nothing}=nothing, alpha::Float64=1.0, beta::Float64=1.0, trans_a::Bool=false, trans_b::Bool=false) -> Tensor

General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).

op(a) is a or its transpose (trans_a), likewise op(b); op(a) is [M, K] and op(b) is [K, N]. c is optional and broadcasts to [M, N] (a scalar, a row [N], a column [M, 1] or the full matrix); beta = 0 ignores c. Runs through OpenBLAS sgemm/dgemm; transposed views of a and b are passed to BLAS without a copy.

# Arguments
- `a::TensorLike`: Left matrix [M, K] ([K, M] with trans_a).
- `b::TensorLike`: Right matrix [K, N] ([N, K] with trans_b).
- `c::Union{TensorLike,Nothing}=nothing`: Addend broadcastable to [M, N] (optional).
- `alpha::Float64=1.0`: Scale of the product op(a) @ op(b).
- `beta::Float64=1.0`: Scale of c.
- `trans_a::Bool=false`: Use a transposed.
- `trans_b::Bool=false`: Use b transposed.

# Returns
- `y::Tensor`: Result [M, N], the dtype of a.

# Examples
```julia
# a^T @ b * 2 + row bias
a = Float64[1 2; 3 4]
b = Float64[5 7; 6 8]
c = Float64[1, 2]
y = gemm(a, b; c=c, alpha=2.0, trans_a=true)
Array(y) ≈ Float64[39 87; 46 102]
```
```julia
# no c: plain product with b transposed
a = reshape(Float32[1, 2, 3], 3, 1)
b = Float32[1 0; 0 1; 1 0]
y = gemm(a, b; beta=0.5, trans_b=true)
Array(y) ≈ reshape(Float32[4, 2], 2, 1)
```
"""
function gemm(a::TensorLike, b::TensorLike; c::Union{TensorLike,Nothing}=nothing, alpha=1.0, beta=1.0, trans_a=false, trans_b=false)
    return _invoke1(107, (a, b, c), (
        _float_attr(0, alpha, 107, "alpha"),
        _float_attr(1, beta, 107, "beta"),
        _bool_attr(2, trans_a, 107, "trans_a"),
        _bool_attr(3, trans_b, 107, "trans_b"),
    ))
end

"""
    einsum(inputs::AbstractVector{<:TensorLike}, equation::String) -> Tensor

Einstein summation over the operands as described by an equation such as "ij,jk->ik".

NumPy / ONNX einsum. Each operand has a term of letters (a-z, A-Z), one per dimension; terms are separated by commas and the output term follows '->'. Without '->' the output holds the '...' dimensions and then every letter that appears exactly once, in ASCII order (upper case first). Labels missing from the output are summed; a label repeated within one term takes that operand's diagonal; '...' stands for broadcast dimensions (right-aligned across operands). A dimension of size 1 broadcasts against the same label of another operand. Operands are contracted left to right, each pair as one batched matrix product (BLAS for floats); spaces in the equation are ignored.

# Arguments
- `inputs::AbstractVector{<:TensorLike}`: Operands (one or more), all of one dtype.
- `equation::String`: The subscripts, e.g. "bij,bjk->bik", "ii->i", "...ij->...ji".

# Returns
- `y::Tensor`: The result, with the dtype of the operands.

# Examples
```julia
# matrix product
inputs = [Float64[1 4; 2 5; 3 6], Float64[7 9 11; 8 10 12]]
y = einsum(inputs, "ij,jk->ik")
Array(y) ≈ Float64[58 139; 64 154]
```
```julia
# trace (implicit output)
inputs = [Int32[1 4 7; 2 5 8; 3 6 9]]
y = einsum(inputs, "ii")
Array(y) == fill(Int32(15))
```
```julia
# batched transpose with ellipsis
inputs = [reshape(Float32[1, 2, 3, 4], 2, 1, 2)]
y = einsum(inputs, "...ij->...ji")
Array(y) ≈ reshape(Float32[1, 2, 3, 4], 1, 2, 2)
```
```julia
# outer product, implicit output
inputs = [Float32[1, 2], Float32[3, 4, 5]]
y = einsum(inputs, "i,j")
Array(y) ≈ Float32[3 6; 4 8; 5 10]
```
"""
function einsum(inputs::AbstractVector{<:TensorLike}, equation)
    return _invoke1(108, (_Variadic(inputs),), (
        _string_attr(0, equation, 108, "equation"),
    ))
end

"""
    resize(x::TensorLike; mode::Symbol=:nearest, scales::Vector{Float64}=Float64[], sizes::Tuple{Vararg{Int}}=(), coordinate_transformation_mode::Symbol=:half_pixel, nearest_mode::Symbol=:round_prefer_floor, cubic_coeff_a::Float64=-0.75, exclude_outside::Bool=false) -> Tensor

Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).

Give exactly one of scales (output dimension = floor(input * scale)) or sizes, one entry per dimension of x (use 1 / the input size for the dimensions to keep, e.g. N and C). The source coordinate of output index o is (o + 0.5) / scale - 0.5 for half_pixel, o / scale for asymmetric, o * (in - 1) / (in * scale - 1) for align_corners and half_pixel but 0 when out = 1 for pytorch_half_pixel; with sizes, scale = out / in. nearest rounds it by nearest_mode, linear interpolates between the two neighbours, cubic uses Keys' cubic convolution over the four neighbours floor(x) - 1 .. floor(x) + 2 with coefficient cubic_coeff_a; coordinates and taps outside the input clamp to the edge (with exclude_outside, taps outside get weight 0 and the others are renormalized). N-d interpolation is separable (bilinear / bicubic for 2 resized axes).

# Arguments
- `x::TensorLike`: Input tensor, e.g. [N, C, H, W].
- `mode::Symbol=:nearest`: Interpolation: nearest neighbour, (multi)linear or cubic. One of :nearest, :linear, :cubic.
- `scales::Vector{Float64}=Float64[]`: Scale per dimension of x (positive); empty when sizes is given.
- `sizes::Tuple{Vararg{Int}}=()`: Output size per dimension of x; empty when scales is given. In Julia: sizes in `size` order (column-major); -1 or `:` infers one.
- `coordinate_transformation_mode::Symbol=:half_pixel`: How an output index maps to a source coordinate. One of :half_pixel, :asymmetric, :align_corners, :pytorch_half_pixel.
- `nearest_mode::Symbol=:round_prefer_floor`: How nearest rounds a fractional source coordinate (mode nearest only). One of :round_prefer_floor, :round_prefer_ceil, :floor, :ceil.
- `cubic_coeff_a::Float64=-0.75`: Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's).
- `exclude_outside::Bool=false`: Give taps outside the input weight 0 and renormalize the rest (mode cubic).

# Returns
- `y::Tensor`: The resized tensor, x's dtype.

# Examples
```julia
# bilinear 2x upsampling, half_pixel
x = reshape(Float32[1, 2, 3, 4], 2, 2, 1, 1)
y = resize(x; mode=:linear, scales=[1.0, 1.0, 2.0, 2.0])
Array(y) ≈ reshape(Float32[1, 1.25, 1.75, 2, 1.5, 1.75, 2.25, 2.5, 2.5, 2.75, 3.25, 3.5, 3, 3.25, 3.75, 4], 4, 4, 1, 1)
```
```julia
# nearest 1-D to sizes, asymmetric, floor
x = Float64[10, 20, 30]
y = resize(x; sizes=(5,), coordinate_transformation_mode=:asymmetric, nearest_mode=:floor)
Array(y) ≈ Float64[10, 10, 20, 20, 30]
```
```julia
# linear 1-D, align_corners
x = Float64[0, 10, 40]
y = resize(x; mode=:linear, sizes=(5,), coordinate_transformation_mode=:align_corners)
Array(y) ≈ Float64[0, 5, 10, 25, 40]
```
```julia
# cubic 1-D 2x upsampling, half_pixel, a = -0.75
x = Float64[1, 2, 4, 8]
y = resize(x; mode=:cubic, scales=[2.0])
Array(y) ≈ Float64[0.89453125, 1.15625, 1.5625, 2.41796875, 3.16015625, 5.1171875, 7.1640625, 8.421875]
```
```julia
# cubic 1-D to sizes, a = -0.5, exclude_outside
x = Float64[1, 2, 4, 8]
y = resize(x; mode=:cubic, sizes=(3,), cubic_coeff_a=-0.5, exclude_outside=true)
Array(y) ≈ Float64[1.0919037199124717, 2.8125, 7.5667396061269185]
```
"""
function resize(x::TensorLike; mode=:nearest, scales=Float64[], sizes=(), coordinate_transformation_mode=:half_pixel, nearest_mode=:round_prefer_floor, cubic_coeff_a=-0.75, exclude_outside=false)
    return _invoke1(109, (x,), (
        _enum_attr(0, mode, (:nearest, :linear, :cubic), 109, "mode"),
        _floats_attr(1, _floats(scales, 109, "scales")),
        _ints_attr(2, _shape(sizes, 109, "sizes")),
        _enum_attr(3, coordinate_transformation_mode, (:half_pixel, :asymmetric, :align_corners, :pytorch_half_pixel), 109, "coordinate_transformation_mode"),
        _enum_attr(4, nearest_mode, (:round_prefer_floor, :round_prefer_ceil, :floor, :ceil), 109, "nearest_mode"),
        _float_attr(5, cubic_coeff_a, 109, "cubic_coeff_a"),
        _bool_attr(6, exclude_outside, 109, "exclude_outside"),
    ))
end

"""
    embedding(weight::TensorLike, indices::TensorLike) -> Tensor

Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].

weight is [V, D] (more trailing dimensions are allowed and carried along); every index must lie in [0, V) — an index outside is an error naming it (negative indices are not wrapped).

# Arguments
- `weight::TensorLike`: Embedding table [V, D].
- `indices::TensorLike`: Row indices, any shape, in [0, V).

# Returns
- `y::Tensor`: indices.shape + [D], weight's dtype.

# Examples
```julia
# two lookups, one repeated
weight = Float32[0 10 20; 1 11 21]
indices = Int64[2 2; 0 1]
y = embedding(weight, indices)
Array(y) ≈ reshape(Float32[20, 21, 0, 1, 20, 21, 10, 11], 2, 2, 2)
```
"""
function embedding(weight::TensorLike, indices::TensorLike)
    return _invoke1(110, (weight, indices), ())
end

"""
    softmax_cross_entropy(logits::TensorLike, labels::TensorLike; reduction::Symbol=:mean, ignore_index::Int=-100) -> Tuple{Tensor,Tensor}

Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).

loss[n, d...] = -log_softmax(logits, axis 1)[n, labels[n, d...], d...], computed as x - max - log(sum(exp(x - max))) so large logits do not overflow. Elements whose label equals ignore_index contribute 0 and are not counted: mean divides by the number of counted elements (NaN when there are none). Every other label must lie in [0, C).

# Arguments
- `logits::TensorLike`: Unnormalized scores [N, C] or [N, C, d1, ...].
- `labels::TensorLike`: Class indices [N] or [N, d1, ...].
- `reduction::Symbol=:mean`: How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). One of :mean, :sum, :none.
- `ignore_index::Int=-100`: Label value that is skipped (default -100 as in PyTorch); a class label, not a position.

# Returns
- `loss::Tensor`: A scalar for mean and sum, [N, d1, ...] for none; the dtype of logits.
- `log_prob::Tensor`: log_softmax(logits) along the class axis, the shape of logits.

# Examples
```julia
# mean over the counted rows; row 3 is ignored
logits = Float64[1 0.5 0; 2 -1 0; 3 2 0]
labels = Int64[2, 0, -100]
(loss, log_prob) = softmax_cross_entropy(logits, labels)
Array(loss) ≈ fill(Float64(1.0744586305507688))
Array(log_prob) ≈ Float64[-2.4076059644443806 -1.7413112966571571 -1.0986122886681096; -1.4076059644443804 -3.241311296657157 -1.0986122886681096; -0.40760596444438035 -0.24131129665715703 -1.0986122886681096]
```
```julia
# spatial labels [N, d], no reduction
logits = reshape(Float32[0, 0, 0, 1.0986122886681098], 2, 2, 1)
labels = reshape(Int32[1, 1], 2, 1)
(loss, log_prob) = softmax_cross_entropy(logits, labels; reduction=:none)
Array(loss) ≈ reshape(Float32[0.6931471805599453, 0.28768207245178085], 2, 1)
Array(log_prob) ≈ reshape(Float32[-0.6931471805599453, -1.3862943611198906, -0.6931471805599453, -0.28768207245178085], 2, 2, 1)
```
"""
function softmax_cross_entropy(logits::TensorLike, labels::TensorLike; reduction=:mean, ignore_index=-100)
    return _invoke_n(111, (logits, labels), (
        _enum_attr(0, reduction, (:mean, :sum, :none), 111, "reduction"),
        _int_attr(1, ignore_index, 111, "ignore_index"),
    ), Val(2))
end

"""
    nll_loss(input::TensorLike, labels::TensorLike; reduction::Symbol=:mean, ignore_index::Int=-100) -> Tensor

Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).

loss[n, d...] = -input[n, labels[n, d...], d...]. input usually comes from log_softmax. Labels equal to ignore_index contribute 0 and are not counted by mean (NaN when nothing is counted); every other label must lie in [0, C).

# Arguments
- `input::TensorLike`: Log-probabilities [N, C] or [N, C, d1, ...].
- `labels::TensorLike`: Class indices [N] or [N, d1, ...].
- `reduction::Symbol=:mean`: How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). One of :mean, :sum, :none.
- `ignore_index::Int=-100`: Label value that is skipped (default -100 as in PyTorch); a class label, not a position.

# Returns
- `loss::Tensor`: A scalar for mean and sum, [N, d1, ...] for none; the dtype of input.

# Examples
```julia
# mean of two picks
input = Float64[-0.5 -3; -1.5 -0.25; -2.5 -1]
labels = Int64[1, 2]
loss = nll_loss(input, labels)
Array(loss) ≈ fill(Float64(1.25))
```
```julia
# sum with a custom ignore_index
input = Float32[-1 -3 -5; -2 -4 -6]
labels = Int32[0, 1, 1]
loss = nll_loss(input, labels; reduction=:sum, ignore_index=0)
Array(loss) ≈ fill(Float32(10))
```
"""
function nll_loss(input::TensorLike, labels::TensorLike; reduction=:mean, ignore_index=-100)
    return _invoke1(112, (input, labels), (
        _enum_attr(0, reduction, (:mean, :sum, :none), 112, "reduction"),
        _int_attr(1, ignore_index, 112, "ignore_index"),
    ))
end

"""
    mse_loss(pred::TensorLike, target::TensorLike; reduction::Symbol=:mean) -> Tensor

Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).

pred and target must have the same shape and dtype (no broadcasting). mean divides by the number of elements.

# Arguments
- `pred::TensorLike`: Predictions.
- `target::TensorLike`: Targets, the shape of pred.
- `reduction::Symbol=:mean`: How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). One of :mean, :sum, :none.

# Returns
- `loss::Tensor`: A scalar for mean and sum, pred's shape for none.

# Examples
```julia
# mean
pred = Float64[1 3; 2 4]
target = Float64[1 4; 0 1.5]
loss = mse_loss(pred, target)
Array(loss) ≈ fill(Float64(2.8125))
```
```julia
# none
pred = Float32[0.5, -1, 2]
target = Float32[0, 1, 2]
loss = mse_loss(pred, target; reduction=:none)
Array(loss) ≈ Float32[0.25, 4, 0]
```
"""
function mse_loss(pred::TensorLike, target::TensorLike; reduction=:mean)
    return _invoke1(113, (pred, target), (
        _enum_attr(0, reduction, (:mean, :sum, :none), 113, "reduction"),
    ))
end

"""
    binary_cross_entropy(p::TensorLike, target::TensorLike; reduction::Symbol=:mean) -> Tensor

Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).

Each log is clamped below at -100 as PyTorch does, so p = 0 or 1 give a finite loss. Every p must lie in [0, 1] (an error names the first that does not); targets are usually 0/1 but may be soft labels in [0, 1]. p and t share shape and dtype.

# Arguments
- `p::TensorLike`: Predicted probabilities in [0, 1].
- `target::TensorLike`: Targets, the shape of p.
- `reduction::Symbol=:mean`: How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element). One of :mean, :sum, :none.

# Returns
- `loss::Tensor`: A scalar for mean and sum, p's shape for none.

# Examples
```julia
# mean over three
p = Float64[0.5, 0.9, 0.2]
target = Float64[1, 0, 0]
loss = binary_cross_entropy(p, target)
Array(loss) ≈ fill(Float64(1.0729586082894003))
```
```julia
# p = 0 and 1 clamp at 100
p = Float32[0, 1]
target = Float32[1, 1]
loss = binary_cross_entropy(p, target; reduction=:none)
Array(loss) ≈ Float32[100, 0]
```
"""
function binary_cross_entropy(p::TensorLike, target::TensorLike; reduction=:mean)
    return _invoke1(114, (p, target), (
        _enum_attr(0, reduction, (:mean, :sum, :none), 114, "reduction"),
    ))
end

"""
    sgd_update(weight::TensorLike, grad::TensorLike, momentum_buffer::TensorLike, lr::Float64; momentum::Float64=0.0, weight_decay::Float64=0.0, nesterov::Bool=false) -> Tuple{Tensor,Tensor}

One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).

g = grad + weight_decay * weight; new_buf = momentum * buf + g; new_weight = weight - lr * (nesterov ? g + momentum * new_buf : new_buf). A zero buffer before the first step reproduces PyTorch's first step; with momentum 0 the step is plain SGD and new_buf is g. Functional: the inputs are not modified.

# Arguments
- `weight::TensorLike`: Parameter before the step.
- `grad::TensorLike`: Gradient of the loss with respect to weight.
- `momentum_buffer::TensorLike`: Momentum buffer from the previous step; zeros before the first.
- `lr::Float64`: Learning rate (>= 0). At least 0.
- `momentum::Float64=0.0`: Momentum factor (>= 0); 0 disables momentum. At least 0.
- `weight_decay::Float64=0.0`: L2 penalty added to the gradient (>= 0). At least 0.
- `nesterov::Bool=false`: Use Nesterov momentum (needs momentum > 0).

# Returns
- `new_weight::Tensor`: Parameter after the step.
- `new_momentum_buffer::Tensor`: Momentum buffer for the next step.

# Examples
```julia
# momentum and weight decay
weight = Float64[1, -2]
grad = Float64[0.5, 0.25]
momentum_buffer = Float64[0.2, 0]
(new_weight, new_momentum_buffer) = sgd_update(weight, grad, momentum_buffer, 0.1; momentum=0.9, weight_decay=0.1)
Array(new_weight) ≈ Float64[0.922, -2.005]
Array(new_momentum_buffer) ≈ Float64[0.78, 0.05]
```
```julia
# nesterov
weight = Float32[1]
grad = Float32[1]
momentum_buffer = Float32[1]
(new_weight, new_momentum_buffer) = sgd_update(weight, grad, momentum_buffer, 0.5; momentum=0.5, nesterov=true)
Array(new_weight) ≈ Float32[0.125]
Array(new_momentum_buffer) ≈ Float32[1.5]
```
"""
function sgd_update(weight::TensorLike, grad::TensorLike, momentum_buffer::TensorLike, lr; momentum=0.0, weight_decay=0.0, nesterov=false)
    return _invoke_n(115, (weight, grad, momentum_buffer), (
        _float_attr(0, lr, 115, "lr"),
        _float_attr(1, momentum, 115, "momentum"),
        _float_attr(2, weight_decay, 115, "weight_decay"),
        _bool_attr(3, nesterov, 115, "nesterov"),
    ), Val(2))
end

"""
    adam_update(weight::TensorLike, grad::TensorLike, m::TensorLike, v::TensorLike, lr::Float64, step::Int; beta1::Float64=0.9, beta2::Float64=0.999, epsilon::Float64=1e-8, weight_decay::Float64=0.0) -> Tuple{Tensor,Tensor,Tensor}

One Adam step with bias correction and L2 weight decay (torch.optim.Adam).

g = grad + weight_decay * weight; new_m = beta1 * m + (1 - beta1) * g; new_v = beta2 * v + (1 - beta2) * g^2; new_weight = weight - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.

# Arguments
- `weight::TensorLike`: Parameter before the step.
- `grad::TensorLike`: Gradient of the loss with respect to weight.
- `m::TensorLike`: First-moment (mean) estimate from the previous step; zeros before the first.
- `v::TensorLike`: Second-moment (uncentered variance) estimate from the previous step; zeros before the first.
- `lr::Float64`: Learning rate (>= 0). At least 0.
- `step::Int`: Number of this step, counting from 1 (for bias correction). In 1:9007199254740991.
- `beta1::Float64=0.9`: Decay of the first moment, in [0, 1). In 0:1.
- `beta2::Float64=0.999`: Decay of the second moment, in [0, 1). In 0:1.
- `epsilon::Float64=1e-8`: Added to the denominator for stability (>= 0). At least 0.
- `weight_decay::Float64=0.0`: L2 penalty added to the gradient (>= 0). At least 0.

# Returns
- `new_weight::Tensor`: Parameter after the step.
- `new_m::Tensor`: Updated first moment.
- `new_v::Tensor`: Updated second moment.

# Examples
```julia
# first step with weight decay
weight = Float64[1, -0.5]
grad = Float64[0.1, 0.2]
m = Float64[0, 0]
v = Float64[0, 0]
(new_weight, new_m, new_v) = adam_update(weight, grad, m, v, 0.01, 1; weight_decay=0.1)
Array(new_weight) ≈ Float64[0.9900000005, -0.5099999993333334]
Array(new_m) ≈ Float64[0.019999999999999997, 0.015]
Array(new_v) ≈ Float64[0.000040000000000000044, 0.000022500000000000025]
```
"""
function adam_update(weight::TensorLike, grad::TensorLike, m::TensorLike, v::TensorLike, lr, step; beta1=0.9, beta2=0.999, epsilon=1e-8, weight_decay=0.0)
    return _invoke_n(116, (weight, grad, m, v), (
        _float_attr(0, lr, 116, "lr"),
        _float_attr(1, beta1, 116, "beta1"),
        _float_attr(2, beta2, 116, "beta2"),
        _float_attr(3, epsilon, 116, "epsilon"),
        _float_attr(4, weight_decay, 116, "weight_decay"),
        _int_attr(5, step, 116, "step"),
    ), Val(3))
end

"""
    adamw_update(weight::TensorLike, grad::TensorLike, m::TensorLike, v::TensorLike, lr::Float64, step::Int; beta1::Float64=0.9, beta2::Float64=0.999, epsilon::Float64=1e-8, weight_decay::Float64=0.01) -> Tuple{Tensor,Tensor,Tensor}

One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).

new_m = beta1 * m + (1 - beta1) * grad; new_v = beta2 * v + (1 - beta2) * grad^2; new_weight = weight * (1 - lr * weight_decay) - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). Functional: the inputs are not modified.

# Arguments
- `weight::TensorLike`: Parameter before the step.
- `grad::TensorLike`: Gradient of the loss with respect to weight.
- `m::TensorLike`: First-moment (mean) estimate from the previous step; zeros before the first.
- `v::TensorLike`: Second-moment (uncentered variance) estimate from the previous step; zeros before the first.
- `lr::Float64`: Learning rate (>= 0). At least 0.
- `step::Int`: Number of this step, counting from 1 (for bias correction). In 1:9007199254740991.
- `beta1::Float64=0.9`: Decay of the first moment, in [0, 1). In 0:1.
- `beta2::Float64=0.999`: Decay of the second moment, in [0, 1). In 0:1.
- `epsilon::Float64=1e-8`: Added to the denominator for stability (>= 0). At least 0.
- `weight_decay::Float64=0.01`: Decoupled weight decay: the weight shrinks by lr * weight_decay each step (>= 0). At least 0.

# Returns
- `new_weight::Tensor`: Parameter after the step.
- `new_m::Tensor`: Updated first moment.
- `new_v::Tensor`: Updated second moment.

# Examples
```julia
# third step
weight = Float64[1, -0.5]
grad = Float64[0.1, -0.2]
m = Float64[0.05, 0.01]
v = Float64[0.001, 0.002]
(new_weight, new_m, new_v) = adamw_update(weight, grad, m, v, 0.001, 3)
Array(new_weight) ≈ Float64[0.999640222997254, -0.4999457773781082]
Array(new_m) ≈ Float64[0.05500000000000001, -0.010999999999999996]
Array(new_v) ≈ Float64[0.0010090000000000001, 0.0020380000000000003]
```
"""
function adamw_update(weight::TensorLike, grad::TensorLike, m::TensorLike, v::TensorLike, lr, step; beta1=0.9, beta2=0.999, epsilon=1e-8, weight_decay=0.01)
    return _invoke_n(117, (weight, grad, m, v), (
        _float_attr(0, lr, 117, "lr"),
        _float_attr(1, beta1, 117, "beta1"),
        _float_attr(2, beta2, 117, "beta2"),
        _float_attr(3, epsilon, 117, "epsilon"),
        _float_attr(4, weight_decay, 117, "weight_decay"),
        _int_attr(5, step, 117, "step"),
    ), Val(3))
end

"""
    conv(x::TensorLike, w::TensorLike; b::Union{TensorLike,Nothing}=nothing, strides::Tuple{Vararg{Int}}=(), pads::Tuple{Vararg{Int}}=(), dilations::Tuple{Vararg{Int}}=(), group::Int=1, auto_pad::Symbol=:NOTSET) -> Tensor

N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.

x is [N, C, *spatial] with 1 to 3 spatial axes, w is [M, C/group, *kernel] and b is [M]. y[n, m, o] = b[m] + sum over c in m's group and kernel taps k of x[n, c, o*stride - pad_begin + k*dilation] * w[m, c, k], the input being zero outside its bounds. Each output axis has floor((in + pad_begin + pad_end - ((kernel - 1) * dilation + 1)) / stride) + 1 elements. float32 runs through oneDNN; float64 through direct loops.

# Arguments
- `x::TensorLike`: Input [N, C, *spatial] (1 to 3 spatial axes).
- `w::TensorLike`: Kernel [M, C/group, *kernel] (same rank as x).
- `b::Union{TensorLike,Nothing}=nothing`: Bias [M], added to every output of channel m; absent means no bias.
- `strides::Tuple{Vararg{Int}}=()`: Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
- `pads::Tuple{Vararg{Int}}=()`: Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
- `dilations::Tuple{Vararg{Int}}=()`: Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis.
- `group::Int=1`: Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. In 1:2147483648.
- `auto_pad::Symbol=:NOTSET`: How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. One of :NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID.

# Returns
- `y::Tensor`: Output [N, M, *out_spatial], x's dtype.

# Examples
```julia
# 3x3 input, 2x2 kernel, bias
x = reshape(Float32[1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 3, 1, 1)
w = reshape(Float32[1, 2, 3, 4], 2, 2, 1, 1)
b = Float32[1]
y = conv(x, w; b=b)
Array(y) ≈ reshape(Float32[38, 48, 68, 78], 2, 2, 1, 1)
```
```julia
# stride 2, pads 1, two groups
x = reshape(Float64[1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 0, 1, 2, -2, 3, 0, 1, -3], 3, 3, 2, 1)
w = reshape(Float64[1, 0, 0, 1, 2, -1, 1, 0.5], 2, 2, 1, 2)
y = conv(x, w; strides=(2, 2), pads=(1, 1, 1, 1), group=2)
Array(y) ≈ reshape(Float64[1, 3, 7, 14, -0.5, 0.5, -2, -7.5], 2, 2, 2, 1)
```
```julia
# 1-D, dilation 2
x = reshape(Float64[1, 2, 3, 4, 5], 5, 1, 1)
w = reshape(Float64[1, -1], 2, 1, 1)
y = conv(x, w; dilations=(2,))
Array(y) ≈ reshape(Float64[-2, -2, -2], 3, 1, 1)
```
"""
function conv(x::TensorLike, w::TensorLike; b::Union{TensorLike,Nothing}=nothing, strides=(), pads=(), dilations=(), group=1, auto_pad=:NOTSET)
    return _invoke1(118, (x, w, b), (
        _ints_attr(0, _ints(strides, 118, "strides")),
        _ints_attr(1, _ints(pads, 118, "pads")),
        _ints_attr(2, _ints(dilations, 118, "dilations")),
        _int_attr(3, group, 118, "group"),
        _enum_attr(4, auto_pad, (:NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID), 118, "auto_pad"),
    ))
end

"""
    conv_transpose(x::TensorLike, w::TensorLike; b::Union{TensorLike,Nothing}=nothing, strides::Tuple{Vararg{Int}}=(), pads::Tuple{Vararg{Int}}=(), dilations::Tuple{Vararg{Int}}=(), group::Int=1, auto_pad::Symbol=:NOTSET, output_padding::Tuple{Vararg{Int}}=(), output_shape::Tuple{Vararg{Int}}=()) -> Tensor

N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.

x is [N, C, *spatial], w is [C, M/group, *kernel] and b is [M]; every input element scatters x[n, c, i] * w[c, m, k] into y[n, m, i*stride - pad_begin + k*dilation]. Each output axis has stride * (in - 1) + output_padding + (kernel - 1) * dilation + 1 - pad_begin - pad_end elements; output_shape, when given, chooses the pads instead (ONNX rule: the larger half goes first unless auto_pad is SAME_UPPER). float32 runs through oneDNN; float64 through direct loops.

# Arguments
- `x::TensorLike`: Input [N, C, *spatial] (1 to 3 spatial axes).
- `w::TensorLike`: Kernel [C, M/group, *kernel] (same rank as x).
- `b::Union{TensorLike,Nothing}=nothing`: Bias [M], added to every output of channel m; absent means no bias.
- `strides::Tuple{Vararg{Int}}=()`: Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
- `pads::Tuple{Vararg{Int}}=()`: Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
- `dilations::Tuple{Vararg{Int}}=()`: Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis.
- `group::Int=1`: Number of groups: input and output channels are split into this many independent convolutions. It must divide both channel counts. In 1:2147483648.
- `auto_pad::Symbol=:NOTSET`: How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. One of :NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID.
- `output_padding::Tuple{Vararg{Int}}=()`: Extra elements added at the end of each spatial axis of the output (each below the stride); empty means 0.
- `output_shape::Tuple{Vararg{Int}}=()`: Requested output spatial size (or [N, C, spatial...]); when given, the pads are derived from it and the pads attribute is ignored. Empty: computed from pads.

# Returns
- `y::Tensor`: Output [N, M, *out_spatial], x's dtype.

# Examples
```julia
# 1-D, stride 2, bias
x = reshape(Float64[1, 2, 3], 3, 1, 1)
w = reshape(Float64[1, -1], 2, 1, 1)
b = Float64[0.5]
y = conv_transpose(x, w; b=b, strides=(2,))
Array(y) ≈ reshape(Float64[1.5, -0.5, 2.5, -1.5, 3.5, -2.5], 6, 1, 1)
```
```julia
# 2x2 input, 2x2 kernel, two output channels
x = reshape(Float32[1, 2, 3, 4], 2, 2, 1, 1)
w = reshape(Float32[1, 1, 1, 1, 1, 0, 0, -1], 2, 2, 2, 1)
y = conv_transpose(x, w)
Array(y) ≈ reshape(Float32[1, 3, 2, 4, 10, 6, 3, 7, 4, 1, 2, 0, 3, 3, -2, 0, -3, -4], 3, 3, 2, 1)
```
"""
function conv_transpose(x::TensorLike, w::TensorLike; b::Union{TensorLike,Nothing}=nothing, strides=(), pads=(), dilations=(), group=1, auto_pad=:NOTSET, output_padding=(), output_shape=())
    return _invoke1(119, (x, w, b), (
        _ints_attr(0, _ints(strides, 119, "strides")),
        _ints_attr(1, _ints(pads, 119, "pads")),
        _ints_attr(2, _ints(dilations, 119, "dilations")),
        _int_attr(3, group, 119, "group"),
        _enum_attr(4, auto_pad, (:NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID), 119, "auto_pad"),
        _ints_attr(5, _ints(output_padding, 119, "output_padding")),
        _ints_attr(6, _ints(output_shape, 119, "output_shape")),
    ))
end

"""
    max_pool(x::TensorLike, kernel_shape::Tuple{Vararg{Int}}; strides::Tuple{Vararg{Int}}=(), pads::Tuple{Vararg{Int}}=(), dilations::Tuple{Vararg{Int}}=(), ceil_mode::Bool=false, auto_pad::Symbol=:NOTSET) -> Tensor

Maximum over sliding windows of the spatial axes.

x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Padding never wins: it is ignored, as -infinity would be.

# Arguments
- `x::TensorLike`: Input [N, C, *spatial] (1 to 3 spatial axes).
- `kernel_shape::Tuple{Vararg{Int}}`: Window size per spatial axis (each >= 1).
- `strides::Tuple{Vararg{Int}}=()`: Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
- `pads::Tuple{Vararg{Int}}=()`: Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
- `dilations::Tuple{Vararg{Int}}=()`: Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis.
- `ceil_mode::Bool=false`: Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding).
- `auto_pad::Symbol=:NOTSET`: How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. One of :NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID.

# Returns
- `y::Tensor`: Window maxima [N, C, *out_spatial], x's dtype.

# Examples
```julia
# 2x2 windows, stride 1
x = reshape(Float64[1, 5, 2, 4, 3, 8, 0, 9, 6], 3, 3, 1, 1)
y = max_pool(x, (2, 2))
Array(y) ≈ reshape(Float64[5, 8, 9, 9], 2, 2, 1, 1)
```
```julia
# stride 2, pads 1
x = reshape(Float32[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], 4, 4, 1, 1)
y = max_pool(x, (2, 2); strides=(2, 2), pads=(1, 1, 1, 1))
Array(y) ≈ reshape(Float32[1, 3, 4, 9, 11, 12, 13, 15, 16], 3, 3, 1, 1)
```
```julia
# 1-D ceil_mode adds a partial window
x = reshape(Float64[3, 1, 4, 1, 5], 5, 1, 1)
y = max_pool(x, (2,); strides=(2,), ceil_mode=true)
Array(y) ≈ reshape(Float64[3, 4, 5], 3, 1, 1)
```
"""
function max_pool(x::TensorLike, kernel_shape; strides=(), pads=(), dilations=(), ceil_mode=false, auto_pad=:NOTSET)
    return _invoke1(120, (x,), (
        _ints_attr(0, _ints(kernel_shape, 120, "kernel_shape")),
        _ints_attr(1, _ints(strides, 120, "strides")),
        _ints_attr(2, _ints(pads, 120, "pads")),
        _ints_attr(3, _ints(dilations, 120, "dilations")),
        _bool_attr(4, ceil_mode, 120, "ceil_mode"),
        _enum_attr(5, auto_pad, (:NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID), 120, "auto_pad"),
    ))
end

"""
    avg_pool(x::TensorLike, kernel_shape::Tuple{Vararg{Int}}; strides::Tuple{Vararg{Int}}=(), pads::Tuple{Vararg{Int}}=(), dilations::Tuple{Vararg{Int}}=(), ceil_mode::Bool=false, auto_pad::Symbol=:NOTSET, count_include_pad::Bool=false) -> Tensor

Mean over sliding windows of the spatial axes.

x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) + 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through direct loops. Each window divides by the number of its taps inside the input, or with count_include_pad by the number inside the padded extent [-pad_begin, in + pad_end) (taps that ceil_mode adds past the end are never counted).

# Arguments
- `x::TensorLike`: Input [N, C, *spatial] (1 to 3 spatial axes).
- `kernel_shape::Tuple{Vararg{Int}}`: Window size per spatial axis (each >= 1).
- `strides::Tuple{Vararg{Int}}=()`: Step of the window per spatial axis (each >= 1); empty means 1 on every axis.
- `pads::Tuple{Vararg{Int}}=()`: Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.
- `dilations::Tuple{Vararg{Int}}=()`: Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis.
- `ceil_mode::Bool=false`: Round the output size up instead of down, adding a last, partial window (never one that starts inside the end padding).
- `auto_pad::Symbol=:NOTSET`: How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad. One of :NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID.
- `count_include_pad::Bool=false`: Count padding elements (as zeros) in each window's divisor.

# Returns
- `y::Tensor`: Window means [N, C, *out_spatial], x's dtype.

# Examples
```julia
# 2x2 windows, stride 1
x = reshape(Float64[1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 3, 1, 1)
y = avg_pool(x, (2, 2))
Array(y) ≈ reshape(Float64[3, 4, 6, 7], 2, 2, 1, 1)
```
```julia
# pads 1, padding excluded and included
x = reshape(Float32[1, 2, 3, 4], 2, 2, 1, 1)
y = avg_pool(x, (2, 2); pads=(1, 1, 0, 0))
Array(y) ≈ reshape(Float32[1, 1.5, 2, 2.5], 2, 2, 1, 1)
```
```julia
# count_include_pad
x = reshape(Float32[1, 2, 3, 4], 2, 2, 1, 1)
y = avg_pool(x, (2, 2); pads=(1, 1, 0, 0), count_include_pad=true)
Array(y) ≈ reshape(Float32[0.25, 0.75, 1, 2.5], 2, 2, 1, 1)
```
"""
function avg_pool(x::TensorLike, kernel_shape; strides=(), pads=(), dilations=(), ceil_mode=false, auto_pad=:NOTSET, count_include_pad=false)
    return _invoke1(121, (x,), (
        _ints_attr(0, _ints(kernel_shape, 121, "kernel_shape")),
        _ints_attr(1, _ints(strides, 121, "strides")),
        _ints_attr(2, _ints(pads, 121, "pads")),
        _ints_attr(3, _ints(dilations, 121, "dilations")),
        _bool_attr(4, ceil_mode, 121, "ceil_mode"),
        _enum_attr(5, auto_pad, (:NOTSET, :SAME_UPPER, :SAME_LOWER, :VALID), 121, "auto_pad"),
        _bool_attr(6, count_include_pad, 121, "count_include_pad"),
    ))
end

"""
    global_avg_pool(x::TensorLike) -> Tensor

Mean over all spatial axes, keeping them as size 1.

x is [N, C, *spatial] (at least one spatial axis); y[n, c, 1, ...] is the mean of x[n, c].

# Arguments
- `x::TensorLike`: Input [N, C, *spatial].

# Returns
- `y::Tensor`: Means [N, C, 1, ...], x's rank and dtype.

# Examples
```julia
# two channels
x = reshape(Float64[1, 2, 3, 4, -1, 0, 1, 8], 2, 2, 2, 1)
y = global_avg_pool(x)
Array(y) ≈ reshape(Float64[2.5, 2], 1, 1, 2, 1)
```
"""
function global_avg_pool(x::TensorLike)
    return _invoke1(122, (x,), ())
end

"""
    global_max_pool(x::TensorLike) -> Tensor

Maximum over all spatial axes, keeping them as size 1.

x is [N, C, *spatial] (at least one non-empty spatial axis); y[n, c, 1, ...] is the maximum of x[n, c]. NaN propagates.

# Arguments
- `x::TensorLike`: Input [N, C, *spatial].

# Returns
- `y::Tensor`: Maxima [N, C, 1, ...], x's rank and dtype.

# Examples
```julia
# 1-D, two channels
x = reshape(Float64[1, 7, 3, -4, -2, -9], 3, 2, 1)
y = global_max_pool(x)
Array(y) ≈ reshape(Float64[7, -2], 1, 2, 1)
```
"""
function global_max_pool(x::TensorLike)
    return _invoke1(123, (x,), ())
end

"""
    batch_norm(x::TensorLike, scale::TensorLike, bias::TensorLike, mean::TensorLike, variance::TensorLike; epsilon::Float64=0.00001) -> Tensor

Batch normalization with given statistics (inference form).

y = (x - mean[c]) / sqrt(variance[c] + epsilon) * scale[c] + bias[c] along the channel axis 1 of x [N, C, ...]. The statistics are inputs (running averages); training-mode statistics are not computed here. float32 runs through oneDNN.

# Arguments
- `x::TensorLike`: Input [N, C, ...].
- `scale::TensorLike`: Per-channel scale (gamma) [C].
- `bias::TensorLike`: Per-channel shift (beta) [C].
- `mean::TensorLike`: Per-channel mean [C].
- `variance::TensorLike`: Per-channel variance [C] (plus epsilon, must stay positive).
- `epsilon::Float64=0.00001`: Added to the variance before the square root (>= 0). In 0:1000000.

# Returns
- `y::Tensor`: Normalized x, same shape and dtype.

# Examples
```julia
# two channels
x = reshape(Float32[1, 3, 10, 20], 2, 2, 1)
scale = Float32[2, 1]
bias = Float32[0, 1]
mean = Float32[2, 15]
variance = Float32[4, 25]
y = batch_norm(x, scale, bias, mean, variance; epsilon=0.0)
Array(y) ≈ reshape(Float32[-1, 1, 0, 2], 2, 2, 1)
```
"""
function batch_norm(x::TensorLike, scale::TensorLike, bias::TensorLike, mean::TensorLike, variance::TensorLike; epsilon=0.00001)
    return _invoke1(124, (x, scale, bias, mean, variance), (
        _float_attr(0, epsilon, 124, "epsilon"),
    ))
end

"""
    instance_norm(x::TensorLike, scale::TensorLike, bias::TensorLike; epsilon::Float64=0.00001) -> Tensor

Instance normalization: each (sample, channel) normalized over its spatial axes.

y[n, c] = (x[n, c] - mean) / sqrt(var + epsilon) * scale[c] + bias[c], the mean and (biased) variance taken over the spatial axes of x[n, c]. float32 runs through oneDNN.

# Arguments
- `x::TensorLike`: Input [N, C, spatial...].
- `scale::TensorLike`: Per-channel scale [C].
- `bias::TensorLike`: Per-channel shift [C].
- `epsilon::Float64=0.00001`: Added to the variance before the square root (>= 0). In 0:1000000.

# Returns
- `y::Tensor`: Normalized x, same shape and dtype.

# Examples
```julia
# two channels of four values
x = reshape(Float64[1, 2, 3, 4, 2, 2, 6, 6], 4, 2, 1)
scale = Float64[1, 2]
bias = Float64[0, 1]
y = instance_norm(x, scale, bias)
Array(y) ≈ reshape(Float64[-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269, -0.9999975000046875, -0.9999975000046875, 2.9999975000046875, 2.9999975000046875], 4, 2, 1)
```
"""
function instance_norm(x::TensorLike, scale::TensorLike, bias::TensorLike; epsilon=0.00001)
    return _invoke1(125, (x, scale, bias), (
        _float_attr(0, epsilon, 125, "epsilon"),
    ))
end

"""
    layer_norm(x::TensorLike; scale::Union{TensorLike,Nothing}=nothing, bias::Union{TensorLike,Nothing}=nothing, axis::Int=1, epsilon::Float64=0.00001) -> Tensor

Layer normalization over the trailing axes from `axis` on, with optional scale and bias.

y = (x - mean) / sqrt(var + epsilon) * scale + bias, the mean and (biased) variance taken over axes axis .. rank-1 of x for each index of the leading axes. scale and bias have the normalized shape x.shape[axis:]. float32 runs through oneDNN.

# Arguments
- `x::TensorLike`: Input tensor (at least 1-D).
- `scale::Union{TensorLike,Nothing}=nothing`: Scale with shape x.shape[axis:]; absent means 1.
- `bias::Union{TensorLike,Nothing}=nothing`: Shift with shape x.shape[axis:]; absent means 0.
- `axis::Int=1`: First normalized axis; negative counts from the end. In Julia: a dimension, 1-based; negative counts from the last (-1 = last).
- `epsilon::Float64=0.00001`: Added to the variance before the square root (>= 0). In 0:1000000.

# Returns
- `y::Tensor`: Normalized x, same shape and dtype.

# Examples
```julia
# rows of three, scale and bias
x = Float64[1 -1; 2 0; 3 4]
scale = Float64[1, 2, 0.5]
bias = Float64[0, 1, -1]
y = layer_norm(x; scale=scale, bias=bias, epsilon=0.0)
Array(y) ≈ Float64[-1.224744871391589 -0.9258200997725514; 1 0.07417990022744858; -0.38762756430420553 -0.30563492517058644]
```
```julia
# float32, no scale or bias
x = reshape(Float32[0, 0, 2, 2], 4, 1)
y = layer_norm(x; epsilon=0.0)
Array(y) ≈ reshape(Float32[-1, -1, 1, 1], 4, 1)
```
"""
function layer_norm(x::TensorLike; scale::Union{TensorLike,Nothing}=nothing, bias::Union{TensorLike,Nothing}=nothing, axis=1, epsilon=0.00001)
    _nd = _rank(x)
    return _invoke1(126, (x, scale, bias), (
        _int_attr(0, _axis(axis, _nd, 126, "axis"), 126, "axis"),
        _float_attr(1, epsilon, 126, "epsilon"),
    ))
end

"""
    group_norm(x::TensorLike, scale::TensorLike, bias::TensorLike, num_groups::Int; epsilon::Float64=0.00001) -> Tensor

Group normalization: channels split into num_groups groups, each (sample, group) normalized together.

x [N, C, ...] is viewed as [N, num_groups, C / num_groups * spatial]; each block is standardized with its mean and (biased) variance, then y = xhat * scale + bias per channel. scale and bias have C elements (one per channel, as ONNX opset 21 and PyTorch) or num_groups elements (one per group, as ONNX opset 18). float32 runs through oneDNN.

# Arguments
- `x::TensorLike`: Input [N, C, ...].
- `scale::TensorLike`: Scale [C] or [num_groups].
- `bias::TensorLike`: Shift with scale's shape.
- `num_groups::Int`: Number of channel groups; must divide C. In 1:2147483648.
- `epsilon::Float64=0.00001`: Added to the variance before the square root (>= 0). In 0:1000000.

# Returns
- `y::Tensor`: Normalized x, same shape and dtype.

# Examples
```julia
# four channels in two groups, per-channel scale
x = reshape(Float64[1, 2, 3, 4, 0, 0, 4, 4], 2, 4, 1)
scale = Float64[1, 1, 2, 2]
bias = Float64[0, 0, 1, 1]
y = group_norm(x, scale, bias, 2)
Array(y) ≈ reshape(Float64[-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269, -0.9999975000046875, -0.9999975000046875, 2.9999975000046875, 2.9999975000046875], 2, 4, 1)
```
```julia
# per-group scale and bias (ONNX opset 18 form)
x = reshape(Float32[1, 3, 0, 4], 1, 4, 1)
scale = Float32[2, 1]
bias = Float32[0, 1]
y = group_norm(x, scale, bias, 2; epsilon=0.0)
Array(y) ≈ reshape(Float32[-2, 2, 0, 2], 1, 4, 1)
```
"""
function group_norm(x::TensorLike, scale::TensorLike, bias::TensorLike, num_groups; epsilon=0.00001)
    return _invoke1(127, (x, scale, bias), (
        _int_attr(0, num_groups, 127, "num_groups"),
        _float_attr(1, epsilon, 127, "epsilon"),
    ))
end

"""
    lrn(x::TensorLike, size::Int; alpha::Float64=0.0001, beta::Float64=0.75, bias::Float64=1.0) -> Tensor

Local response normalization across channels.

y[n, c] = x[n, c] / (bias + alpha / size * sum of x[n, j]^2 for j in c - floor((size-1)/2) .. c + ceil((size-1)/2))^beta, over x [N, C, ...]. float32 with odd size runs through oneDNN.

# Arguments
- `x::TensorLike`: Input [N, C, ...].
- `size::Int`: Number of channels in each window. In 1:2147483648.
- `alpha::Float64=0.0001`: Scale of the sum of squares (finite).
- `beta::Float64=0.75`: Exponent (finite).
- `bias::Float64=1.0`: Added before the power (finite; keep bias + alpha/size*sum positive).

# Returns
- `y::Tensor`: Normalized x, same shape and dtype.

# Examples
```julia
# three channels, size 3
x = reshape(Float64[1, 2, 3], 1, 3, 1)
y = lrn(x, 3; alpha=3.0, beta=1.0, bias=1.0)
Array(y) ≈ reshape(Float64[0.16666666666666666, 0.13333333333333333, 0.21428571428571427], 1, 3, 1)
```
```julia
# even size 2 looks one channel ahead, float32
x = reshape(Float32[1, 2], 1, 1, 2, 1)
y = lrn(x, 2; alpha=2.0, beta=1.0, bias=1.0)
Array(y) ≈ reshape(Float32[0.16666666666666666, 0.4], 1, 1, 2, 1)
```
"""
function lrn(x::TensorLike, size; alpha=0.0001, beta=0.75, bias=1.0)
    return _invoke1(128, (x,), (
        _int_attr(0, size, 128, "size"),
        _float_attr(1, alpha, 128, "alpha"),
        _float_attr(2, beta, 128, "beta"),
        _float_attr(3, bias, 128, "bias"),
    ))
end

# ---- Base methods -------------------------------------------------------------------------------
# Operands: a Tensor, or a Number / AbstractArray (`_Operand`) converted on the fly. `*` of two
# arrays is the matrix product (matmul), `.*` the element-wise one; a Number adopts the element
# type of the tensor it meets.

Base.:+(a::Tensor, b::Tensor) = add(a, b)
Base.:+(a::Tensor, b::_Operand) = add(a, b)
Base.:+(a::_Operand, b::Tensor) = add(a, b)

Base.:-(a::Tensor, b::Tensor) = sub(a, b)
Base.:-(a::Tensor, b::_Operand) = sub(a, b)
Base.:-(a::_Operand, b::Tensor) = sub(a, b)

Base.:*(a::Tensor, b::Number) = mul(a, b)
Base.:*(a::Number, b::Tensor) = mul(a, b)

Base.:/(a::Tensor, b::Integer) = div(a, b)
Base.:/(a::Tensor, b::Number) = div(a, b)

Base.:^(a::Tensor, b::Integer) = pow(a, b)
Base.:^(a::Tensor, b::Number) = pow(a, b)

Base.:-(a::Tensor) = neg(a)

Base.:*(a::Tensor, b::Tensor) = matmul(a, b)
Base.:*(a::Tensor, b::AbstractArray) = matmul(a, b)
Base.:*(a::AbstractArray, b::Tensor) = matmul(a, b)

# ---- broadcasting: `t .+ 1`, `abs.(t)`, `ifelse.(c, x, y)` run one engine operator each ----------

Base.Broadcast.broadcasted(::typeof(Base.:-), a::Tensor) = neg(a)

Base.Broadcast.broadcasted(::typeof(Base.abs), a::Tensor) = abs(a)

Base.Broadcast.broadcasted(::typeof(Base.exp), a::Tensor) = exp(a)

Base.Broadcast.broadcasted(::typeof(Base.log), a::Tensor) = log(a)

Base.Broadcast.broadcasted(::typeof(Base.sqrt), a::Tensor) = sqrt(a)

Base.Broadcast.broadcasted(::typeof(Base.tanh), a::Tensor) = tanh(a)

Base.Broadcast.broadcasted(::typeof(Base.:+), a::Tensor, b::Tensor) = add(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:+), a::Tensor, b::_Operand) = add(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:+), a::_Operand, b::Tensor) = add(a, b)

Base.Broadcast.broadcasted(::typeof(Base.:-), a::Tensor, b::Tensor) = sub(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:-), a::Tensor, b::_Operand) = sub(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:-), a::_Operand, b::Tensor) = sub(a, b)

Base.Broadcast.broadcasted(::typeof(Base.:*), a::Tensor, b::Tensor) = mul(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:*), a::Tensor, b::_Operand) = mul(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:*), a::_Operand, b::Tensor) = mul(a, b)

Base.Broadcast.broadcasted(::typeof(Base.:/), a::Tensor, b::Tensor) = div(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:/), a::Tensor, b::_Operand) = div(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:/), a::_Operand, b::Tensor) = div(a, b)

Base.Broadcast.broadcasted(::typeof(Base.:^), a::Tensor, b::Tensor) = pow(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:^), a::Tensor, b::_Operand) = pow(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:^), a::_Operand, b::Tensor) = pow(a, b)

Base.Broadcast.broadcasted(::typeof(Base.max), a::Tensor, b::Tensor) = maximum(a, b)
Base.Broadcast.broadcasted(::typeof(Base.max), a::Tensor, b::_Operand) = maximum(a, b)
Base.Broadcast.broadcasted(::typeof(Base.max), a::_Operand, b::Tensor) = maximum(a, b)

Base.Broadcast.broadcasted(::typeof(Base.min), a::Tensor, b::Tensor) = minimum(a, b)
Base.Broadcast.broadcasted(::typeof(Base.min), a::Tensor, b::_Operand) = minimum(a, b)
Base.Broadcast.broadcasted(::typeof(Base.min), a::_Operand, b::Tensor) = minimum(a, b)

Base.Broadcast.broadcasted(::typeof(Base.:(==)), a::Tensor, b::Tensor) = equal(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:(==)), a::Tensor, b::_Operand) = equal(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:(==)), a::_Operand, b::Tensor) = equal(a, b)

Base.Broadcast.broadcasted(::typeof(Base.:(<)), a::Tensor, b::Tensor) = less(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:(<)), a::Tensor, b::_Operand) = less(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:(<)), a::_Operand, b::Tensor) = less(a, b)

Base.Broadcast.broadcasted(::typeof(Base.:(>)), a::Tensor, b::Tensor) = greater(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:(>)), a::Tensor, b::_Operand) = greater(a, b)
Base.Broadcast.broadcasted(::typeof(Base.:(>)), a::_Operand, b::Tensor) = greater(a, b)

Base.Broadcast.broadcasted(::typeof(Base.ifelse), c::Tensor, a, b) = where_(c, a, b)

# `t .^ 2` lowers to literal_pow.
Base.Broadcast.broadcasted(::typeof(Base.literal_pow), ::typeof(Base.:^), a::Tensor, ::Val{p}) where {p} = pow(a, p)

"The Julia function of every operator, by registry name."
const OP_FUNCTIONS = Dict{String,Function}(
    "add" => add,
    "sub" => sub,
    "mul" => mul,
    "div" => div,
    "pow" => pow,
    "maximum" => maximum,
    "minimum" => minimum,
    "neg" => neg,
    "abs" => abs,
    "relu" => relu,
    "exp" => exp,
    "log" => log,
    "sqrt" => sqrt,
    "tanh" => tanh,
    "sigmoid" => sigmoid,
    "equal" => equal,
    "less" => less,
    "greater" => greater,
    "where" => where_,
    "cast" => cast,
    "matmul" => matmul,
    "sum" => sum,
    "mean" => mean,
    "max" => max,
    "min" => min,
    "prod" => prod,
    "l1_norm" => l1_norm,
    "l2_norm" => l2_norm,
    "log_sum_exp" => log_sum_exp,
    "sum_square" => sum_square,
    "argmax" => argmax,
    "argmin" => argmin,
    "cumsum" => cumsum,
    "reshape" => reshape,
    "transpose" => transpose,
    "concat" => concat,
    "slice" => slice,
    "softmax" => softmax,
    "log_softmax" => log_softmax,
    "zeros" => zeros,
    "ones" => ones,
    "full" => full,
    "arange" => arange,
    "erf" => erf,
    "floor" => floor,
    "ceil" => ceil,
    "round" => round,
    "sign" => sign,
    "reciprocal" => reciprocal,
    "sin" => sin,
    "cos" => cos,
    "tan" => tan,
    "asin" => asin,
    "acos" => acos,
    "atan" => atan,
    "sinh" => sinh,
    "cosh" => cosh,
    "asinh" => asinh,
    "acosh" => acosh,
    "atanh" => atanh,
    "isnan" => isnan,
    "isinf" => isinf,
    "mod" => mod,
    "clip" => clip,
    "less_equal" => less_equal,
    "greater_equal" => greater_equal,
    "logical_and" => logical_and,
    "logical_or" => logical_or,
    "logical_xor" => logical_xor,
    "logical_not" => logical_not,
    "bitwise_and" => bitwise_and,
    "bitwise_or" => bitwise_or,
    "bitwise_xor" => bitwise_xor,
    "bitwise_not" => bitwise_not,
    "leaky_relu" => leaky_relu,
    "prelu" => prelu,
    "elu" => elu,
    "selu" => selu,
    "celu" => celu,
    "gelu" => gelu,
    "hard_sigmoid" => hard_sigmoid,
    "hard_swish" => hard_swish,
    "softplus" => softplus,
    "softsign" => softsign,
    "mish" => mish,
    "silu" => silu,
    "gather" => gather,
    "gather_elements" => gather_elements,
    "gather_nd" => gather_nd,
    "scatter_elements" => scatter_elements,
    "scatter_nd" => scatter_nd,
    "one_hot" => one_hot,
    "top_k" => top_k,
    "non_zero" => non_zero,
    "triu" => triu,
    "tril" => tril,
    "flatten" => flatten,
    "squeeze" => squeeze,
    "unsqueeze" => unsqueeze,
    "expand" => expand,
    "tile" => tile,
    "pad" => pad,
    "split" => split,
    "depth_to_space" => depth_to_space,
    "space_to_depth" => space_to_depth,
    "dropout" => dropout,
    "gemm" => gemm,
    "einsum" => einsum,
    "resize" => resize,
    "embedding" => embedding,
    "softmax_cross_entropy" => softmax_cross_entropy,
    "nll_loss" => nll_loss,
    "mse_loss" => mse_loss,
    "binary_cross_entropy" => binary_cross_entropy,
    "sgd_update" => sgd_update,
    "adam_update" => adam_update,
    "adamw_update" => adamw_update,
    "conv" => conv,
    "conv_transpose" => conv_transpose,
    "max_pool" => max_pool,
    "avg_pool" => avg_pool,
    "global_avg_pool" => global_avg_pool,
    "global_max_pool" => global_max_pool,
    "batch_norm" => batch_norm,
    "instance_norm" => instance_norm,
    "layer_norm" => layer_norm,
    "group_norm" => group_norm,
    "lrn" => lrn,
)
