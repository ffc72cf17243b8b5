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
  "reshape" = tsr_reshape,
  "transpose" = transpose,
  "concat" = concat,
  "slice" = slice,
  "softmax" = softmax,
  "log_softmax" = log_softmax,
  "zeros" = zeros,
  "ones" = ones,
  "full" = full,
  "arange" = arange
)
