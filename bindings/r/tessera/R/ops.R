# generated from op-registry/registry.json by generators/src/emit/r.ts — do not edit

# One function per registry operator. Each converts R values to tensors (.tsr_inputs), validates
# its attributes and translates those with a meaning tag (axis, axes, perm, shape, index) from R's
# 1-based, column-major view to the engine's, then calls the operator through the handle resolved
# when the package loaded (.tsr_call). The helpers are in R/attrs.R and R/tensor.R; the help pages
# are man/<function>.Rd.

# add: Element-wise sum a + b.
add <- function(a, b) {
  .i <- .tsr_inputs("add", list(a = a, b = b))
  .tsr_call("add", .i, list())
}

# sub: Element-wise difference a - b.
tsr_sub <- function(a, b) {
  .i <- .tsr_inputs("sub", list(a = a, b = b))
  .tsr_call("sub", .i, list())
}

# mul: Element-wise product a * b.
mul <- function(a, b) {
  .i <- .tsr_inputs("mul", list(a = a, b = b))
  .tsr_call("mul", .i, list())
}

# div: Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).
div <- function(a, b) {
  .i <- .tsr_inputs("div", list(a = a, b = b))
  .tsr_call("div", .i, list())
}

# pow: Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).
pow <- function(a, b) {
  .i <- .tsr_inputs("pow", list(a = a, b = b))
  .tsr_call("pow", .i, list())
}

# maximum: Element-wise maximum of a and b (NaN if either is NaN).
maximum <- function(a, b) {
  .i <- .tsr_inputs("maximum", list(a = a, b = b))
  .tsr_call("maximum", .i, list())
}

# minimum: Element-wise minimum of a and b (NaN if either is NaN).
minimum <- function(a, b) {
  .i <- .tsr_inputs("minimum", list(a = a, b = b))
  .tsr_call("minimum", .i, list())
}

# neg: Element-wise negation -x.
neg <- function(x) {
  .i <- .tsr_inputs("neg", list(x = x))
  .tsr_call("neg", .i, list())
}

# abs: Element-wise absolute value |x|.
tsr_abs <- function(x) {
  .i <- .tsr_inputs("abs", list(x = x))
  .tsr_call("abs", .i, list())
}

# relu: Rectified linear unit max(x, 0).
relu <- function(x) {
  .i <- .tsr_inputs("relu", list(x = x))
  .tsr_call("relu", .i, list())
}

# exp: Element-wise natural exponential e^x.
tsr_exp <- function(x) {
  .i <- .tsr_inputs("exp", list(x = x))
  .tsr_call("exp", .i, list())
}

# log: Element-wise natural logarithm (NaN below 0, -inf at 0).
tsr_log <- function(x) {
  .i <- .tsr_inputs("log", list(x = x))
  .tsr_call("log", .i, list())
}

# sqrt: Element-wise square root (NaN below 0).
tsr_sqrt <- function(x) {
  .i <- .tsr_inputs("sqrt", list(x = x))
  .tsr_call("sqrt", .i, list())
}

# tanh: Element-wise hyperbolic tangent.
tsr_tanh <- function(x) {
  .i <- .tsr_inputs("tanh", list(x = x))
  .tsr_call("tanh", .i, list())
}

# sigmoid: Element-wise logistic function 1 / (1 + e^-x).
sigmoid <- function(x) {
  .i <- .tsr_inputs("sigmoid", list(x = x))
  .tsr_call("sigmoid", .i, list())
}

# equal: Element-wise a == b.
equal <- function(a, b) {
  .i <- .tsr_inputs("equal", list(a = a, b = b))
  .tsr_call("equal", .i, list())
}

# less: Element-wise a < b.
less <- function(a, b) {
  .i <- .tsr_inputs("less", list(a = a, b = b))
  .tsr_call("less", .i, list())
}

# greater: Element-wise a > b.
greater <- function(a, b) {
  .i <- .tsr_inputs("greater", list(a = a, b = b))
  .tsr_call("greater", .i, list())
}

# where: Element-wise selection: x where condition is true, else y.
where <- function(condition, x, y) {
  .i <- .tsr_inputs("where", list(condition = condition, x = x, y = y))
  .tsr_call("where", .i, list())
}

# cast: Converts x to another dtype.
cast <- function(x, dtype = "float32") {
  .i <- .tsr_inputs("cast", list(x = x))
  .tsr_call("cast", .i, list(
    .tsr_dtype_arg(dtype, "cast", "dtype")
  ))
}

# matmul: Matrix product with NumPy semantics.
matmul <- function(a, b) {
  .i <- .tsr_inputs("matmul", list(b = b, a = a))
  .tsr_call("matmul", .i, list())
}

# sum: Sum of elements over axes.
tsr_sum <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("sum", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("sum", .i, list(
    .tsr_axes(axes, .n, "sum", "axes"),
    .tsr_bool(keepdims, "sum", "keepdims")
  ))
}

# mean: Arithmetic mean over axes (integers divide with truncation).
tsr_mean <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("mean", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("mean", .i, list(
    .tsr_axes(axes, .n, "mean", "axes"),
    .tsr_bool(keepdims, "mean", "keepdims")
  ))
}

# max: Maximum over axes (NaN propagates).
tsr_max <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("max", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("max", .i, list(
    .tsr_axes(axes, .n, "max", "axes"),
    .tsr_bool(keepdims, "max", "keepdims")
  ))
}

# min: Minimum over axes (NaN propagates).
tsr_min <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("min", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("min", .i, list(
    .tsr_axes(axes, .n, "min", "axes"),
    .tsr_bool(keepdims, "min", "keepdims")
  ))
}

# prod: Product of elements over axes.
tsr_prod <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("prod", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("prod", .i, list(
    .tsr_axes(axes, .n, "prod", "axes"),
    .tsr_bool(keepdims, "prod", "keepdims")
  ))
}

# l1_norm: Sum of absolute values over axes.
l1_norm <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("l1_norm", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("l1_norm", .i, list(
    .tsr_axes(axes, .n, "l1_norm", "axes"),
    .tsr_bool(keepdims, "l1_norm", "keepdims")
  ))
}

# l2_norm: Euclidean norm sqrt(sum(x^2)) over axes.
l2_norm <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("l2_norm", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("l2_norm", .i, list(
    .tsr_axes(axes, .n, "l2_norm", "axes"),
    .tsr_bool(keepdims, "l2_norm", "keepdims")
  ))
}

# log_sum_exp: log(sum(exp(x))) over axes, numerically stable.
log_sum_exp <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("log_sum_exp", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("log_sum_exp", .i, list(
    .tsr_axes(axes, .n, "log_sum_exp", "axes"),
    .tsr_bool(keepdims, "log_sum_exp", "keepdims")
  ))
}

# sum_square: Sum of squares over axes.
sum_square <- function(x, axes = integer(0), keepdims = FALSE) {
  .i <- .tsr_inputs("sum_square", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("sum_square", .i, list(
    .tsr_axes(axes, .n, "sum_square", "axes"),
    .tsr_bool(keepdims, "sum_square", "keepdims")
  ))
}

# argmax: Index of the largest element along an axis.
argmax <- function(x, axis = -1L, keepdims = TRUE, select_last_index = FALSE) {
  .i <- .tsr_inputs("argmax", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("argmax", .i, list(
    .tsr_axis(axis, .n, "argmax", "axis"),
    .tsr_bool(keepdims, "argmax", "keepdims"),
    .tsr_bool(select_last_index, "argmax", "select_last_index")
  ))
}

# argmin: Index of the smallest element along an axis.
argmin <- function(x, axis = -1L, keepdims = TRUE, select_last_index = FALSE) {
  .i <- .tsr_inputs("argmin", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("argmin", .i, list(
    .tsr_axis(axis, .n, "argmin", "axis"),
    .tsr_bool(keepdims, "argmin", "keepdims"),
    .tsr_bool(select_last_index, "argmin", "select_last_index")
  ))
}

# cumsum: Running sum along an axis.
tsr_cumsum <- function(x, axis = -1L, exclusive = FALSE, reverse = FALSE) {
  .i <- .tsr_inputs("cumsum", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("cumsum", .i, list(
    .tsr_axis(axis, .n, "cumsum", "axis"),
    .tsr_bool(exclusive, "cumsum", "exclusive"),
    .tsr_bool(reverse, "cumsum", "reverse")
  ))
}

# reshape: Gives x a new shape with the same number of elements.
tsr_reshape <- function(x, shape) {
  if (missing(shape)) .tsr_missing("reshape", "shape")
  .i <- .tsr_inputs("reshape", list(x = x))
  .tsr_call("reshape", .i, list(
    .tsr_shape(shape, "reshape", "shape")
  ))
}

# transpose: Permutes the dimensions of x (a view, no copy).
transpose <- function(x, perm = integer(0)) {
  .i <- .tsr_inputs("transpose", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("transpose", .i, list(
    .tsr_perm(perm, .n, "transpose", "perm")
  ))
}

# concat: Joins tensors along an existing axis.
concat <- function(inputs, axis = -1L) {
  .i <- .tsr_inputs("concat", list(inputs = inputs))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("concat", .i, list(
    .tsr_axis(axis, .n, "concat", "axis")
  ))
}

# slice: Takes a strided sub-range of x along some axes (a view, no copy).
slice <- function(x, starts, ends, axes = integer(0), steps = integer(0)) {
  if (missing(starts)) .tsr_missing("slice", "starts")
  if (missing(ends)) .tsr_missing("slice", "ends")
  .i <- .tsr_inputs("slice", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("slice", .i, list(
    .tsr_index(starts, "slice", "starts"),
    .tsr_index(ends, "slice", "ends"),
    .tsr_axes(axes, .n, "slice", "axes", pairs = length(starts)),
    .tsr_ints(steps, "slice", "steps", NULL)
  ))
}

# softmax: Normalized exponentials along one axis: exp(x) / sum(exp(x)).
softmax <- function(x, axis = 1L) {
  .i <- .tsr_inputs("softmax", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("softmax", .i, list(
    .tsr_axis(axis, .n, "softmax", "axis")
  ))
}

# log_softmax: Logarithm of softmax along one axis: x - log(sum(exp(x))).
log_softmax <- function(x, axis = 1L) {
  .i <- .tsr_inputs("log_softmax", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("log_softmax", .i, list(
    .tsr_axis(axis, .n, "log_softmax", "axis")
  ))
}

# zeros: A tensor of zeros.
zeros <- function(shape, dtype = "float32") {
  if (missing(shape)) .tsr_missing("zeros", "shape")
  .tsr_call("zeros", list(), list(
    .tsr_shape(shape, "zeros", "shape"),
    .tsr_dtype_arg(dtype, "zeros", "dtype")
  ))
}

# ones: A tensor of ones.
ones <- function(shape, dtype = "float32") {
  if (missing(shape)) .tsr_missing("ones", "shape")
  .tsr_call("ones", list(), list(
    .tsr_shape(shape, "ones", "shape"),
    .tsr_dtype_arg(dtype, "ones", "dtype")
  ))
}

# full: A tensor filled with one value.
full <- function(shape, value, dtype = "float32") {
  if (missing(shape)) .tsr_missing("full", "shape")
  if (missing(value)) .tsr_missing("full", "value")
  .tsr_call("full", list(), list(
    .tsr_shape(shape, "full", "shape"),
    .tsr_float(value, "full", "value", NULL),
    .tsr_dtype_arg(dtype, "full", "dtype")
  ))
}

# arange: Evenly spaced values start, start+step, ... below stop.
arange <- function(start, stop, step = 1, dtype = "float32") {
  if (missing(start)) .tsr_missing("arange", "start")
  if (missing(stop)) .tsr_missing("arange", "stop")
  .tsr_call("arange", list(), list(
    .tsr_float(start, "arange", "start", NULL),
    .tsr_float(stop, "arange", "stop", NULL),
    .tsr_float(step, "arange", "step", NULL),
    .tsr_dtype_arg(dtype, "arange", "dtype")
  ))
}

# erf: Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.
erf <- function(x) {
  .i <- .tsr_inputs("erf", list(x = x))
  .tsr_call("erf", .i, list())
}

# floor: Element-wise floor: the largest integer not greater than x.
tsr_floor <- function(x) {
  .i <- .tsr_inputs("floor", list(x = x))
  .tsr_call("floor", .i, list())
}

# ceil: Element-wise ceiling: the smallest integer not less than x.
ceil <- function(x) {
  .i <- .tsr_inputs("ceil", list(x = x))
  .tsr_call("ceil", .i, list())
}

# round: Element-wise rounding to the nearest integer, halfway cases to the even one.
tsr_round <- function(x) {
  .i <- .tsr_inputs("round", list(x = x))
  .tsr_call("round", .i, list())
}

# sign: Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.
tsr_sign <- function(x) {
  .i <- .tsr_inputs("sign", list(x = x))
  .tsr_call("sign", .i, list())
}

# reciprocal: Element-wise reciprocal 1 / x.
reciprocal <- function(x) {
  .i <- .tsr_inputs("reciprocal", list(x = x))
  .tsr_call("reciprocal", .i, list())
}

# sin: Element-wise sine (radians).
tsr_sin <- function(x) {
  .i <- .tsr_inputs("sin", list(x = x))
  .tsr_call("sin", .i, list())
}

# cos: Element-wise cosine (radians).
tsr_cos <- function(x) {
  .i <- .tsr_inputs("cos", list(x = x))
  .tsr_call("cos", .i, list())
}

# tan: Element-wise tangent (radians).
tsr_tan <- function(x) {
  .i <- .tsr_inputs("tan", list(x = x))
  .tsr_call("tan", .i, list())
}

# asin: Element-wise arcsine, in [-pi/2, pi/2].
tsr_asin <- function(x) {
  .i <- .tsr_inputs("asin", list(x = x))
  .tsr_call("asin", .i, list())
}

# acos: Element-wise arccosine, in [0, pi].
tsr_acos <- function(x) {
  .i <- .tsr_inputs("acos", list(x = x))
  .tsr_call("acos", .i, list())
}

# atan: Element-wise arctangent, in (-pi/2, pi/2).
tsr_atan <- function(x) {
  .i <- .tsr_inputs("atan", list(x = x))
  .tsr_call("atan", .i, list())
}

# sinh: Element-wise hyperbolic sine.
tsr_sinh <- function(x) {
  .i <- .tsr_inputs("sinh", list(x = x))
  .tsr_call("sinh", .i, list())
}

# cosh: Element-wise hyperbolic cosine.
tsr_cosh <- function(x) {
  .i <- .tsr_inputs("cosh", list(x = x))
  .tsr_call("cosh", .i, list())
}

# asinh: Element-wise inverse hyperbolic sine.
tsr_asinh <- function(x) {
  .i <- .tsr_inputs("asinh", list(x = x))
  .tsr_call("asinh", .i, list())
}

# acosh: Element-wise inverse hyperbolic cosine, >= 0.
tsr_acosh <- function(x) {
  .i <- .tsr_inputs("acosh", list(x = x))
  .tsr_call("acosh", .i, list())
}

# atanh: Element-wise inverse hyperbolic tangent.
tsr_atanh <- function(x) {
  .i <- .tsr_inputs("atanh", list(x = x))
  .tsr_call("atanh", .i, list())
}

# isnan: Element-wise test for NaN.
isnan <- function(x) {
  .i <- .tsr_inputs("isnan", list(x = x))
  .tsr_call("isnan", .i, list())
}

# isinf: Element-wise test for infinity, optionally of one sign only.
isinf <- function(x, detect_positive = TRUE, detect_negative = TRUE) {
  .i <- .tsr_inputs("isinf", list(x = x))
  .tsr_call("isinf", .i, list(
    .tsr_bool(detect_positive, "isinf", "detect_positive"),
    .tsr_bool(detect_negative, "isinf", "detect_negative")
  ))
}

# mod: Element-wise remainder of a / b.
mod <- function(a, b, fmod = FALSE) {
  .i <- .tsr_inputs("mod", list(a = a, b = b))
  .tsr_call("mod", .i, list(
    .tsr_bool(fmod, "mod", "fmod")
  ))
}

# clip: Limits every element to [min, max].
tsr_clip <- function(x, min = -Inf, max = Inf) {
  .i <- .tsr_inputs("clip", list(x = x))
  .tsr_call("clip", .i, list(
    .tsr_float(min, "clip", "min", NULL),
    .tsr_float(max, "clip", "max", NULL)
  ))
}

# less_equal: Element-wise a <= b.
less_equal <- function(a, b) {
  .i <- .tsr_inputs("less_equal", list(a = a, b = b))
  .tsr_call("less_equal", .i, list())
}

# greater_equal: Element-wise a >= b.
greater_equal <- function(a, b) {
  .i <- .tsr_inputs("greater_equal", list(a = a, b = b))
  .tsr_call("greater_equal", .i, list())
}

# logical_and: Element-wise logical AND.
logical_and <- function(a, b) {
  .i <- .tsr_inputs("logical_and", list(a = a, b = b))
  .tsr_call("logical_and", .i, list())
}

# logical_or: Element-wise logical OR.
logical_or <- function(a, b) {
  .i <- .tsr_inputs("logical_or", list(a = a, b = b))
  .tsr_call("logical_or", .i, list())
}

# logical_xor: Element-wise logical exclusive OR.
logical_xor <- function(a, b) {
  .i <- .tsr_inputs("logical_xor", list(a = a, b = b))
  .tsr_call("logical_xor", .i, list())
}

# logical_not: Element-wise logical NOT.
logical_not <- function(x) {
  .i <- .tsr_inputs("logical_not", list(x = x))
  .tsr_call("logical_not", .i, list())
}

# bitwise_and: Element-wise bitwise AND.
bitwise_and <- function(a, b) {
  .i <- .tsr_inputs("bitwise_and", list(a = a, b = b))
  .tsr_call("bitwise_and", .i, list())
}

# bitwise_or: Element-wise bitwise OR.
bitwise_or <- function(a, b) {
  .i <- .tsr_inputs("bitwise_or", list(a = a, b = b))
  .tsr_call("bitwise_or", .i, list())
}

# bitwise_xor: Element-wise bitwise exclusive OR.
bitwise_xor <- function(a, b) {
  .i <- .tsr_inputs("bitwise_xor", list(a = a, b = b))
  .tsr_call("bitwise_xor", .i, list())
}

# bitwise_not: Element-wise bitwise NOT (one's complement).
bitwise_not <- function(x) {
  .i <- .tsr_inputs("bitwise_not", list(x = x))
  .tsr_call("bitwise_not", .i, list())
}

# leaky_relu: Leaky rectified linear unit: x for x >= 0, alpha * x below.
leaky_relu <- function(x, alpha = 0.01) {
  .i <- .tsr_inputs("leaky_relu", list(x = x))
  .tsr_call("leaky_relu", .i, list(
    .tsr_float(alpha, "leaky_relu", "alpha", NULL)
  ))
}

# prelu: Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.
prelu <- function(x, slope) {
  .i <- .tsr_inputs("prelu", list(x = x, slope = slope))
  .tsr_call("prelu", .i, list())
}

# elu: Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.
elu <- function(x, alpha = 1) {
  .i <- .tsr_inputs("elu", list(x = x))
  .tsr_call("elu", .i, list(
    .tsr_float(alpha, "elu", "alpha", NULL)
  ))
}

# selu: Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).
selu <- function(x, alpha = 1.6732631921768188, gamma = 1.0507010221481323) {
  .i <- .tsr_inputs("selu", list(x = x))
  .tsr_call("selu", .i, list(
    .tsr_float(alpha, "selu", "alpha", NULL),
    .tsr_float(gamma, "selu", "gamma", NULL)
  ))
}

# celu: Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).
celu <- function(x, alpha = 1) {
  .i <- .tsr_inputs("celu", list(x = x))
  .tsr_call("celu", .i, list(
    .tsr_float(alpha, "celu", "alpha", NULL)
  ))
}

# gelu: Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.
gelu <- function(x, approximate = "none") {
  .i <- .tsr_inputs("gelu", list(x = x))
  .tsr_call("gelu", .i, list(
    .tsr_enum(approximate, "gelu", "approximate", c("none", "tanh"))
  ))
}

# hard_sigmoid: Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).
hard_sigmoid <- function(x, alpha = 0.2, beta = 0.5) {
  .i <- .tsr_inputs("hard_sigmoid", list(x = x))
  .tsr_call("hard_sigmoid", .i, list(
    .tsr_float(alpha, "hard_sigmoid", "alpha", NULL),
    .tsr_float(beta, "hard_sigmoid", "beta", NULL)
  ))
}

# hard_swish: x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).
hard_swish <- function(x) {
  .i <- .tsr_inputs("hard_swish", list(x = x))
  .tsr_call("hard_swish", .i, list())
}

# softplus: Smooth ReLU: log(1 + e^x).
softplus <- function(x) {
  .i <- .tsr_inputs("softplus", list(x = x))
  .tsr_call("softplus", .i, list())
}

# softsign: x / (1 + |x|).
softsign <- function(x) {
  .i <- .tsr_inputs("softsign", list(x = x))
  .tsr_call("softsign", .i, list())
}

# mish: Mish: x * tanh(softplus(x)).
mish <- function(x) {
  .i <- .tsr_inputs("mish", list(x = x))
  .tsr_call("mish", .i, list())
}

# silu: Sigmoid linear unit (swish): x * sigmoid(x).
silu <- function(x) {
  .i <- .tsr_inputs("silu", list(x = x))
  .tsr_call("silu", .i, list())
}

# gather: Takes slices of x along an axis at the given indices.
gather <- function(x, indices, axis = -1L) {
  .i <- .tsr_inputs("gather", list(x = x, indices = indices))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("gather", .i, list(
    .tsr_axis(axis, .n, "gather", "axis")
  ))
}

# gather_elements: Picks one element of data along an axis for every entry of indices.
gather_elements <- function(data, indices, axis = -1L) {
  .i <- .tsr_inputs("gather_elements", list(data = data, indices = indices))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("gather_elements", .i, list(
    .tsr_axis(axis, .n, "gather_elements", "axis")
  ))
}

# gather_nd: Gathers slices of data addressed by index tuples (the last dimension of indices).
gather_nd <- function(data, indices, batch_dims = 0L) {
  .i <- .tsr_inputs("gather_nd", list(data = data, indices = indices))
  .tsr_call("gather_nd", .i, list(
    .tsr_int(batch_dims, "gather_nd", "batch_dims", c(0, 8))
  ))
}

# scatter_elements: Copy of data with updates written at positions given per element by indices along an axis.
scatter_elements <- function(data, indices, updates, axis = -1L, reduction = "none") {
  .i <- .tsr_inputs("scatter_elements", list(data = data, indices = indices, updates = updates))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("scatter_elements", .i, list(
    .tsr_axis(axis, .n, "scatter_elements", "axis"),
    .tsr_enum(reduction, "scatter_elements", "reduction", c("none", "add", "mul", "max", "min"))
  ))
}

# scatter_nd: Copy of data with slices written at positions given by index tuples.
scatter_nd <- function(data, indices, updates, reduction = "none") {
  .i <- .tsr_inputs("scatter_nd", list(data = data, indices = indices, updates = updates))
  .tsr_call("scatter_nd", .i, list(
    .tsr_enum(reduction, "scatter_nd", "reduction", c("none", "add", "mul", "max", "min"))
  ))
}

# one_hot: One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.
one_hot <- function(indices, depth, axis = 1L, on_value = 1, off_value = 0, dtype = "float32") {
  if (missing(depth)) .tsr_missing("one_hot", "depth")
  .i <- .tsr_inputs("one_hot", list(indices = indices))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("one_hot", .i, list(
    .tsr_int(depth, "one_hot", "depth", c(1, 1099511627776)),
    .tsr_axis(axis, .n + 1L, "one_hot", "axis"),
    .tsr_float(on_value, "one_hot", "on_value", NULL),
    .tsr_float(off_value, "one_hot", "off_value", NULL),
    .tsr_dtype_arg(dtype, "one_hot", "dtype")
  ))
}

# top_k: The k largest (or smallest) elements along an axis and their indices.
top_k <- function(x, k, axis = 1L, largest = TRUE, sorted = TRUE) {
  if (missing(k)) .tsr_missing("top_k", "k")
  .i <- .tsr_inputs("top_k", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("top_k", .i, list(
    .tsr_int(k, "top_k", "k", c(0, 9007199254740992)),
    .tsr_axis(axis, .n, "top_k", "axis"),
    .tsr_bool(largest, "top_k", "largest"),
    .tsr_bool(sorted, "top_k", "sorted")
  ))
}

# non_zero: Indices of the nonzero elements, one row per dimension.
non_zero <- function(x) {
  .i <- .tsr_inputs("non_zero", list(x = x))
  .tsr_call("non_zero", .i, list())
}

# triu: Upper triangle of the last two dimensions; the rest becomes 0.
triu <- function(x, k = 0L) {
  .i <- .tsr_inputs("triu", list(x = x))
  # runs the engine's tril, which sees R's matrices transposed
  .tsr_call("triu", .i, list(
    -.tsr_int(k, "triu", "k", NULL)
  ))
}

# tril: Lower triangle of the last two dimensions; the rest becomes 0.
tril <- function(x, k = 0L) {
  .i <- .tsr_inputs("tril", list(x = x))
  # runs the engine's triu, which sees R's matrices transposed
  .tsr_call("tril", .i, list(
    -.tsr_int(k, "tril", "k", NULL)
  ))
}

# flatten: Reshapes x to a matrix: dimensions before axis become rows, the rest columns.
flatten <- function(x, axis = 1L) {
  .i <- .tsr_inputs("flatten", list(x = x))
  .tsr_call("flatten", .i, list(
    .tsr_int(axis, "flatten", "axis", NULL)
  ))
}

# squeeze: Removes dimensions of size 1 (a view, no copy).
squeeze <- function(x, axes = integer(0)) {
  .i <- .tsr_inputs("squeeze", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("squeeze", .i, list(
    .tsr_axes(axes, .n, "squeeze", "axes")
  ))
}

# unsqueeze: Inserts dimensions of size 1 (a view, no copy).
unsqueeze <- function(x, axes) {
  if (missing(axes)) .tsr_missing("unsqueeze", "axes")
  .i <- .tsr_inputs("unsqueeze", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("unsqueeze", .i, list(
    .tsr_axes(axes, .n + length(axes), "unsqueeze", "axes")
  ))
}

# expand: Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).
expand <- function(x, shape) {
  if (missing(shape)) .tsr_missing("expand", "shape")
  .i <- .tsr_inputs("expand", list(x = x))
  .tsr_call("expand", .i, list(
    .tsr_shape(shape, "expand", "shape")
  ))
}

# tile: Repeats x along each dimension.
tile <- function(x, repeats) {
  if (missing(repeats)) .tsr_missing("tile", "repeats")
  .i <- .tsr_inputs("tile", list(x = x))
  .tsr_call("tile", .i, list(
    .tsr_shape(repeats, "tile", "repeats")
  ))
}

# pad: Pads x at the start and end of each dimension (constant, reflect, edge or wrap).
pad <- function(x, pads, mode = "constant", value = 0) {
  if (missing(pads)) .tsr_missing("pad", "pads")
  .i <- .tsr_inputs("pad", list(x = x))
  .tsr_call("pad", .i, list(
    .tsr_ints(pads, "pad", "pads", NULL),
    .tsr_enum(mode, "pad", "mode", c("constant", "reflect", "edge", "wrap")),
    .tsr_float(value, "pad", "value", NULL)
  ))
}

# split: Splits x along an axis into pieces (views of x, no copy).
tsr_split <- function(x, axis = -1L, split = integer(0), num_outputs = 0L) {
  .i <- .tsr_inputs("split", list(x = x))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("split", .i, list(
    .tsr_axis(axis, .n, "split", "axis"),
    .tsr_ints(split, "split", "split", NULL),
    .tsr_int(num_outputs, "split", "num_outputs", c(0, 64))
  ))
}

# depth_to_space: Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].
depth_to_space <- function(x, blocksize, mode = "DCR") {
  if (missing(blocksize)) .tsr_missing("depth_to_space", "blocksize")
  .i <- .tsr_inputs("depth_to_space", list(x = x))
  .tsr_call("depth_to_space", .i, list(
    .tsr_int(blocksize, "depth_to_space", "blocksize", c(1, 1048576)),
    .tsr_enum(mode, "depth_to_space", "mode", c("DCR", "CRD"))
  ))
}

# space_to_depth: Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].
space_to_depth <- function(x, blocksize) {
  if (missing(blocksize)) .tsr_missing("space_to_depth", "blocksize")
  .i <- .tsr_inputs("space_to_depth", list(x = x))
  .tsr_call("space_to_depth", .i, list(
    .tsr_int(blocksize, "space_to_depth", "blocksize", c(1, 1048576))
  ))
}

# dropout: Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).
dropout <- function(x, ratio = 0.5, training = FALSE, seed = 0L) {
  .i <- .tsr_inputs("dropout", list(x = x))
  .tsr_call("dropout", .i, list(
    .tsr_float(ratio, "dropout", "ratio", c(0, 1)),
    .tsr_bool(training, "dropout", "training"),
    .tsr_int(seed, "dropout", "seed", NULL)
  ))
}

# gemm: General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).
gemm <- function(a, b, c = NULL, alpha = 1, beta = 1, trans_a = FALSE, trans_b = FALSE) {
  .i <- .tsr_inputs("gemm", list(b = b, a = a, c = c))
  .tsr_call("gemm", .i, list(
    .tsr_float(alpha, "gemm", "alpha", NULL),
    .tsr_float(beta, "gemm", "beta", NULL),
    .tsr_bool(trans_b, "gemm", "trans_b"),
    .tsr_bool(trans_a, "gemm", "trans_a")
  ))
}

# einsum: Einstein summation over the operands as described by an equation such as "ij,jk->ik".
einsum <- function(inputs, equation) {
  if (missing(equation)) .tsr_missing("einsum", "equation")
  .i <- .tsr_inputs("einsum", list(inputs = inputs))
  .tsr_call("einsum", .i, list(
    .tsr_einsum_equation(equation, "einsum", "equation")
  ))
}

# resize: Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).
resize <- function(x, mode = "nearest", scales = numeric(0), sizes = integer(0), coordinate_transformation_mode = "half_pixel", nearest_mode = "round_prefer_floor", cubic_coeff_a = -0.75, exclude_outside = FALSE) {
  .i <- .tsr_inputs("resize", list(x = x))
  .tsr_call("resize", .i, list(
    .tsr_enum(mode, "resize", "mode", c("nearest", "linear", "cubic")),
    .tsr_floats(scales, "resize", "scales", NULL),
    .tsr_shape(sizes, "resize", "sizes"),
    .tsr_enum(coordinate_transformation_mode, "resize", "coordinate_transformation_mode", c("half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel")),
    .tsr_enum(nearest_mode, "resize", "nearest_mode", c("round_prefer_floor", "round_prefer_ceil", "floor", "ceil")),
    .tsr_float(cubic_coeff_a, "resize", "cubic_coeff_a", NULL),
    .tsr_bool(exclude_outside, "resize", "exclude_outside")
  ))
}

# embedding: Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].
embedding <- function(weight, indices) {
  .i <- .tsr_inputs("embedding", list(weight = weight, indices = indices))
  .tsr_call("embedding", .i, list())
}

# softmax_cross_entropy: Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).
softmax_cross_entropy <- function(logits, labels, reduction = "mean", ignore_index = -100L) {
  .i <- .tsr_inputs("softmax_cross_entropy", list(logits = logits, labels = labels))
  .tsr_call("softmax_cross_entropy", .i, list(
    .tsr_enum(reduction, "softmax_cross_entropy", "reduction", c("mean", "sum", "none")),
    .tsr_int(ignore_index, "softmax_cross_entropy", "ignore_index", NULL)
  ))
}

# nll_loss: Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).
nll_loss <- function(input, labels, reduction = "mean", ignore_index = -100L) {
  .i <- .tsr_inputs("nll_loss", list(input = input, labels = labels))
  .tsr_call("nll_loss", .i, list(
    .tsr_enum(reduction, "nll_loss", "reduction", c("mean", "sum", "none")),
    .tsr_int(ignore_index, "nll_loss", "ignore_index", NULL)
  ))
}

# mse_loss: Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).
mse_loss <- function(pred, target, reduction = "mean") {
  .i <- .tsr_inputs("mse_loss", list(pred = pred, target = target))
  .tsr_call("mse_loss", .i, list(
    .tsr_enum(reduction, "mse_loss", "reduction", c("mean", "sum", "none"))
  ))
}

# binary_cross_entropy: Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).
binary_cross_entropy <- function(p, target, reduction = "mean") {
  .i <- .tsr_inputs("binary_cross_entropy", list(p = p, target = target))
  .tsr_call("binary_cross_entropy", .i, list(
    .tsr_enum(reduction, "binary_cross_entropy", "reduction", c("mean", "sum", "none"))
  ))
}

# sgd_update: One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).
sgd_update <- function(weight, grad, momentum_buffer, lr, momentum = 0, weight_decay = 0, nesterov = FALSE) {
  if (missing(lr)) .tsr_missing("sgd_update", "lr")
  .i <- .tsr_inputs("sgd_update", list(weight = weight, grad = grad, momentum_buffer = momentum_buffer))
  .tsr_call("sgd_update", .i, list(
    .tsr_float(lr, "sgd_update", "lr", c(0, Inf)),
    .tsr_float(momentum, "sgd_update", "momentum", c(0, Inf)),
    .tsr_float(weight_decay, "sgd_update", "weight_decay", c(0, Inf)),
    .tsr_bool(nesterov, "sgd_update", "nesterov")
  ))
}

# adam_update: One Adam step with bias correction and L2 weight decay (torch.optim.Adam).
adam_update <- function(weight, grad, m, v, lr, step, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weight_decay = 0) {
  if (missing(lr)) .tsr_missing("adam_update", "lr")
  if (missing(step)) .tsr_missing("adam_update", "step")
  .i <- .tsr_inputs("adam_update", list(weight = weight, grad = grad, m = m, v = v))
  .tsr_call("adam_update", .i, list(
    .tsr_float(lr, "adam_update", "lr", c(0, Inf)),
    .tsr_float(beta1, "adam_update", "beta1", c(0, 1)),
    .tsr_float(beta2, "adam_update", "beta2", c(0, 1)),
    .tsr_float(epsilon, "adam_update", "epsilon", c(0, Inf)),
    .tsr_float(weight_decay, "adam_update", "weight_decay", c(0, Inf)),
    .tsr_int(step, "adam_update", "step", c(1, 9007199254740991))
  ))
}

# adamw_update: One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).
adamw_update <- function(weight, grad, m, v, lr, step, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weight_decay = 0.01) {
  if (missing(lr)) .tsr_missing("adamw_update", "lr")
  if (missing(step)) .tsr_missing("adamw_update", "step")
  .i <- .tsr_inputs("adamw_update", list(weight = weight, grad = grad, m = m, v = v))
  .tsr_call("adamw_update", .i, list(
    .tsr_float(lr, "adamw_update", "lr", c(0, Inf)),
    .tsr_float(beta1, "adamw_update", "beta1", c(0, 1)),
    .tsr_float(beta2, "adamw_update", "beta2", c(0, 1)),
    .tsr_float(epsilon, "adamw_update", "epsilon", c(0, Inf)),
    .tsr_float(weight_decay, "adamw_update", "weight_decay", c(0, Inf)),
    .tsr_int(step, "adamw_update", "step", c(1, 9007199254740991))
  ))
}

# conv: N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.
conv <- function(x, w, b = NULL, strides = integer(0), pads = integer(0), dilations = integer(0), group = 1L, auto_pad = "NOTSET") {
  .i <- .tsr_inputs("conv", list(x = x, w = w, b = b))
  .tsr_call("conv", .i, list(
    .tsr_ints(strides, "conv", "strides", NULL),
    .tsr_ints(pads, "conv", "pads", NULL),
    .tsr_ints(dilations, "conv", "dilations", NULL),
    .tsr_int(group, "conv", "group", c(1, 2147483648)),
    .tsr_enum(auto_pad, "conv", "auto_pad", c("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"))
  ))
}

# conv_transpose: N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.
conv_transpose <- function(x, w, b = NULL, strides = integer(0), pads = integer(0), dilations = integer(0), group = 1L, auto_pad = "NOTSET", output_padding = integer(0), output_shape = integer(0)) {
  .i <- .tsr_inputs("conv_transpose", list(x = x, w = w, b = b))
  .tsr_call("conv_transpose", .i, list(
    .tsr_ints(strides, "conv_transpose", "strides", NULL),
    .tsr_ints(pads, "conv_transpose", "pads", NULL),
    .tsr_ints(dilations, "conv_transpose", "dilations", NULL),
    .tsr_int(group, "conv_transpose", "group", c(1, 2147483648)),
    .tsr_enum(auto_pad, "conv_transpose", "auto_pad", c("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID")),
    .tsr_ints(output_padding, "conv_transpose", "output_padding", NULL),
    .tsr_ints(output_shape, "conv_transpose", "output_shape", NULL)
  ))
}

# max_pool: Maximum over sliding windows of the spatial axes.
max_pool <- function(x, kernel_shape, strides = integer(0), pads = integer(0), dilations = integer(0), ceil_mode = FALSE, auto_pad = "NOTSET") {
  if (missing(kernel_shape)) .tsr_missing("max_pool", "kernel_shape")
  .i <- .tsr_inputs("max_pool", list(x = x))
  .tsr_call("max_pool", .i, list(
    .tsr_ints(kernel_shape, "max_pool", "kernel_shape", NULL),
    .tsr_ints(strides, "max_pool", "strides", NULL),
    .tsr_ints(pads, "max_pool", "pads", NULL),
    .tsr_ints(dilations, "max_pool", "dilations", NULL),
    .tsr_bool(ceil_mode, "max_pool", "ceil_mode"),
    .tsr_enum(auto_pad, "max_pool", "auto_pad", c("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"))
  ))
}

# avg_pool: Mean over sliding windows of the spatial axes.
avg_pool <- function(x, kernel_shape, strides = integer(0), pads = integer(0), dilations = integer(0), ceil_mode = FALSE, auto_pad = "NOTSET", count_include_pad = FALSE) {
  if (missing(kernel_shape)) .tsr_missing("avg_pool", "kernel_shape")
  .i <- .tsr_inputs("avg_pool", list(x = x))
  .tsr_call("avg_pool", .i, list(
    .tsr_ints(kernel_shape, "avg_pool", "kernel_shape", NULL),
    .tsr_ints(strides, "avg_pool", "strides", NULL),
    .tsr_ints(pads, "avg_pool", "pads", NULL),
    .tsr_ints(dilations, "avg_pool", "dilations", NULL),
    .tsr_bool(ceil_mode, "avg_pool", "ceil_mode"),
    .tsr_enum(auto_pad, "avg_pool", "auto_pad", c("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID")),
    .tsr_bool(count_include_pad, "avg_pool", "count_include_pad")
  ))
}

# global_avg_pool: Mean over all spatial axes, keeping them as size 1.
global_avg_pool <- function(x) {
  .i <- .tsr_inputs("global_avg_pool", list(x = x))
  .tsr_call("global_avg_pool", .i, list())
}

# global_max_pool: Maximum over all spatial axes, keeping them as size 1.
global_max_pool <- function(x) {
  .i <- .tsr_inputs("global_max_pool", list(x = x))
  .tsr_call("global_max_pool", .i, list())
}

# batch_norm: Batch normalization with given statistics (inference form).
batch_norm <- function(x, scale, bias, mean, variance, epsilon = 0.00001) {
  .i <- .tsr_inputs("batch_norm", list(x = x, scale = scale, bias = bias, mean = mean, variance = variance))
  .tsr_call("batch_norm", .i, list(
    .tsr_float(epsilon, "batch_norm", "epsilon", c(0, 1000000))
  ))
}

# instance_norm: Instance normalization: each (sample, channel) normalized over its spatial axes.
instance_norm <- function(x, scale, bias, epsilon = 0.00001) {
  .i <- .tsr_inputs("instance_norm", list(x = x, scale = scale, bias = bias))
  .tsr_call("instance_norm", .i, list(
    .tsr_float(epsilon, "instance_norm", "epsilon", c(0, 1000000))
  ))
}

# layer_norm: Layer normalization over the trailing axes from `axis` on, with optional scale and bias.
layer_norm <- function(x, scale = NULL, bias = NULL, axis = 1L, epsilon = 0.00001) {
  .i <- .tsr_inputs("layer_norm", list(x = x, scale = scale, bias = bias))
  .n <- .tsr_ndim(.i[[1L]])
  .tsr_call("layer_norm", .i, list(
    .tsr_axis(axis, .n, "layer_norm", "axis"),
    .tsr_float(epsilon, "layer_norm", "epsilon", c(0, 1000000))
  ))
}

# group_norm: Group normalization: channels split into num_groups groups, each (sample, group) normalized together.
group_norm <- function(x, scale, bias, num_groups, epsilon = 0.00001) {
  if (missing(num_groups)) .tsr_missing("group_norm", "num_groups")
  .i <- .tsr_inputs("group_norm", list(x = x, scale = scale, bias = bias))
  .tsr_call("group_norm", .i, list(
    .tsr_int(num_groups, "group_norm", "num_groups", c(1, 2147483648)),
    .tsr_float(epsilon, "group_norm", "epsilon", c(0, 1000000))
  ))
}

# lrn: Local response normalization across channels.
lrn <- function(x, size, alpha = 0.0001, beta = 0.75, bias = 1) {
  if (missing(size)) .tsr_missing("lrn", "size")
  .i <- .tsr_inputs("lrn", list(x = x))
  .tsr_call("lrn", .i, list(
    .tsr_int(size, "lrn", "size", c(1, 2147483648)),
    .tsr_float(alpha, "lrn", "alpha", NULL),
    .tsr_float(beta, "lrn", "beta", NULL),
    .tsr_float(bias, "lrn", "bias", NULL)
  ))
}

# The operator functions by registry name (the tensor methods Ops, Math, Summary, ... call these).
.tsr_functions <- list(
  "add" = add,
  "sub" = tsr_sub,
  "mul" = mul,
  "div" = div,
  "pow" = pow,
  "maximum" = maximum,
  "minimum" = minimum,
  "neg" = neg,
  "abs" = tsr_abs,
  "relu" = relu,
  "exp" = tsr_exp,
  "log" = tsr_log,
  "sqrt" = tsr_sqrt,
  "tanh" = tsr_tanh,
  "sigmoid" = sigmoid,
  "equal" = equal,
  "less" = less,
  "greater" = greater,
  "where" = where,
  "cast" = cast,
  "matmul" = matmul,
  "sum" = tsr_sum,
  "mean" = tsr_mean,
  "max" = tsr_max,
  "min" = tsr_min,
  "prod" = tsr_prod,
  "l1_norm" = l1_norm,
  "l2_norm" = l2_norm,
  "log_sum_exp" = log_sum_exp,
  "sum_square" = sum_square,
  "argmax" = argmax,
  "argmin" = argmin,
  "cumsum" = tsr_cumsum,
  "reshape" = tsr_reshape,
  "transpose" = transpose,
  "concat" = concat,
  "slice" = slice,
  "softmax" = softmax,
  "log_softmax" = log_softmax,
  "zeros" = zeros,
  "ones" = ones,
  "full" = full,
  "arange" = arange,
  "erf" = erf,
  "floor" = tsr_floor,
  "ceil" = ceil,
  "round" = tsr_round,
  "sign" = tsr_sign,
  "reciprocal" = reciprocal,
  "sin" = tsr_sin,
  "cos" = tsr_cos,
  "tan" = tsr_tan,
  "asin" = tsr_asin,
  "acos" = tsr_acos,
  "atan" = tsr_atan,
  "sinh" = tsr_sinh,
  "cosh" = tsr_cosh,
  "asinh" = tsr_asinh,
  "acosh" = tsr_acosh,
  "atanh" = tsr_atanh,
  "isnan" = isnan,
  "isinf" = isinf,
  "mod" = mod,
  "clip" = tsr_clip,
  "less_equal" = less_equal,
  "greater_equal" = greater_equal,
  "logical_and" = logical_and,
  "logical_or" = logical_or,
  "logical_xor" = logical_xor,
  "logical_not" = logical_not,
  "bitwise_and" = bitwise_and,
  "bitwise_or" = bitwise_or,
  "bitwise_xor" = bitwise_xor,
  "bitwise_not" = bitwise_not,
  "leaky_relu" = leaky_relu,
  "prelu" = prelu,
  "elu" = elu,
  "selu" = selu,
  "celu" = celu,
  "gelu" = gelu,
  "hard_sigmoid" = hard_sigmoid,
  "hard_swish" = hard_swish,
  "softplus" = softplus,
  "softsign" = softsign,
  "mish" = mish,
  "silu" = silu,
  "gather" = gather,
  "gather_elements" = gather_elements,
  "gather_nd" = gather_nd,
  "scatter_elements" = scatter_elements,
  "scatter_nd" = scatter_nd,
  "one_hot" = one_hot,
  "top_k" = top_k,
  "non_zero" = non_zero,
  "triu" = triu,
  "tril" = tril,
  "flatten" = flatten,
  "squeeze" = squeeze,
  "unsqueeze" = unsqueeze,
  "expand" = expand,
  "tile" = tile,
  "pad" = pad,
  "split" = tsr_split,
  "depth_to_space" = depth_to_space,
  "space_to_depth" = space_to_depth,
  "dropout" = dropout,
  "gemm" = gemm,
  "einsum" = einsum,
  "resize" = resize,
  "embedding" = embedding,
  "softmax_cross_entropy" = softmax_cross_entropy,
  "nll_loss" = nll_loss,
  "mse_loss" = mse_loss,
  "binary_cross_entropy" = binary_cross_entropy,
  "sgd_update" = sgd_update,
  "adam_update" = adam_update,
  "adamw_update" = adamw_update,
  "conv" = conv,
  "conv_transpose" = conv_transpose,
  "max_pool" = max_pool,
  "avg_pool" = avg_pool,
  "global_avg_pool" = global_avg_pool,
  "global_max_pool" = global_max_pool,
  "batch_norm" = batch_norm,
  "instance_norm" = instance_norm,
  "layer_norm" = layer_norm,
  "group_norm" = group_norm,
  "lrn" = lrn
)
