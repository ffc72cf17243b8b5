# generated from op-registry/registry.json by generators/src/emit/julia.ts — do not edit

# The operator functions of Tessera.jl, one per registry operator, and the Base methods they
# back. Included by src/Tessera.jl, whose runtime helpers (_invoke1, _axes, _shape, ...) they call.
#
# Julia's convention throughout: arrays keep their `size`, dimensions and positions are 1-based,
# and every axis, permutation, shape and index attribute refers to Julia's dimensions (the
# runtime translates them for the engine, which sees the same memory with the shape reversed).

"Hash of the registry these bindings were generated from; checked against the library when Tessera loads."
const REGISTRY_HASH = "2d5fc8a19243bc88"

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
)

"Operators whose two operands swap under the reversed (column-major) layout: `matmul(a, b)` is `a * b`."
const OPERANDS_SWAPPED = ("matmul",)

export add, sub, mul, pow, neg, relu, sigmoid, equal, less, greater, where_, cast, matmul, concat, slice, softmax, log_softmax, full, arange

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
    return _invoke1(25, (x,), (
        _ints_attr(0, _shape(shape, 25, "shape")),
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
    return _invoke1(26, (x,), (
        _ints_attr(0, _perm(perm, _nd, 26, "perm")),
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
    return _invoke1(27, (_Variadic(inputs),), (
        _int_attr(0, _axis(axis, _nd, 27, "axis"), 27, "axis"),
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
    return _invoke1(28, (x,), (
        _ints_attr(0, _index(starts, 28, "starts")),
        _ints_attr(1, _index(ends, 28, "ends")),
        _ints_attr(2, _index_axes(axes, _nd, starts, 28, "axes")),
        _ints_attr(3, _ints(steps, 28, "steps")),
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
    return _invoke1(29, (x,), (
        _int_attr(0, _axis(axis, _nd, 29, "axis"), 29, "axis"),
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
    return _invoke1(30, (x,), (
        _int_attr(0, _axis(axis, _nd, 30, "axis"), 30, "axis"),
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
    return _invoke1(31, (), (
        _ints_attr(0, _shape(shape, 31, "shape")),
        _dtype_attr(1, dtype, 31, "dtype"),
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
    return _invoke1(32, (), (
        _ints_attr(0, _shape(shape, 32, "shape")),
        _dtype_attr(1, dtype, 32, "dtype"),
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
    return _invoke1(33, (), (
        _ints_attr(0, _shape(shape, 33, "shape")),
        _float_attr(1, value, 33, "value"),
        _dtype_attr(2, dtype, 33, "dtype"),
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
    return _invoke1(34, (), (
        _float_attr(0, start, 34, "start"),
        _float_attr(1, stop, 34, "stop"),
        _float_attr(2, step, 34, "step"),
        _dtype_attr(3, dtype, 34, "dtype"),
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
)
