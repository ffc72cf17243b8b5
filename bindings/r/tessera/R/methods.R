# Base R generics for tensors: arithmetic and comparison (Ops), Math, Summary, mean, %*%, t,
# aperm. They call the generated operator functions by registry name (.tsr_functions).

.tsr_unsupported <- function(what) {
  .tsr_raise(8L, paste0(what, " is not supported for tensors (the engine has no such operator); ",
                        "use as.array() to compute it in R"), what, "")
}

# The other operand of a tensor: converted to the tensor's element type. A value the type cannot
# hold (0.5 for an int32 tensor) is an error rather than a silent truncation.
.tsr_operand <- function(v, like, generic) {
  if (is_tensor(v)) return(v)
  dtype <- tensor_dtype(like)
  if (!(is.numeric(v) || is.logical(v)) || is.factor(v)) {
    .tsr_raise(1L, paste0("`", generic, "`: cannot combine a tensor with ", paste(class(v), collapse = "/")), generic, "e2")
  }
  if (dtype %in% c("int32", "int64", "uint8") && is.double(v) && any(is.finite(v) & v != trunc(v))) {
    .tsr_raise(3L, paste0("`", generic, "`: the tensor is ", dtype, " and ", .tsr_show(v),
                          " is not a whole number; cast() the tensor to a float dtype first"), generic, "e2")
  }
  dims <- if (!is.null(dim(v))) dim(v) else if (length(v) == 1L) integer(0) else length(v)
  .tsr_from_r(v, dims, dtype, generic, "operand")
}

.tsr_not <- function(x) .tsr_functions$logical_not(x)

.tsr_bool_operand <- function(x, generic) {
  if (tensor_dtype(x) != "bool") .tsr_raise(3L, paste0("`", generic, "` needs bool tensors, got ", tensor_dtype(x)), generic, "x")
  x
}

# R's %%: the remainder has the sign of the divisor. The engine's mod does that for integers;
# for floats (where it only offers C's fmod) it is a - floor(a / b) * b, as R computes it.
.tsr_mod <- function(a, b) {
  f <- .tsr_functions
  if (tensor_dtype(a) %in% c("float32", "float64")) return(f$sub(a, f$mul(f$floor(f$div(a, b)), b)))
  f$mod(a, b)
}

Ops.tessera_tensor <- function(e1, e2) {
  f <- .tsr_functions
  if (missing(e2)) {
    return(switch(.Generic,
      "-" = f$neg(e1),
      "+" = e1,
      "!" = .tsr_not(.tsr_bool_operand(e1, "!")),
      .tsr_unsupported(paste0("unary ", .Generic))
    ))
  }
  a <- if (is_tensor(e1)) e1 else .tsr_operand(e1, e2, .Generic)
  b <- if (is_tensor(e2)) e2 else .tsr_operand(e2, e1, .Generic)
  switch(.Generic,
    "+" = f$add(a, b),
    "-" = f$sub(a, b),
    "*" = f$mul(a, b),
    "/" = f$div(a, b),
    "^" = f$pow(a, b),
    "%%" = .tsr_mod(a, b),
    "==" = f$equal(a, b),
    "<" = f$less(a, b),
    ">" = f$greater(a, b),
    "!=" = .tsr_not(f$equal(a, b)),
    "<=" = f$less_equal(a, b),
    ">=" = f$greater_equal(a, b),
    "&" = f$logical_and(.tsr_bool_operand(a, "&"), .tsr_bool_operand(b, "&")),
    "|" = f$logical_or(.tsr_bool_operand(a, "|"), .tsr_bool_operand(b, "|")),
    .tsr_unsupported(paste0("`", .Generic, "`"))
  )
}

Math.tessera_tensor <- function(x, ...) {
  f <- .tsr_functions
  extra <- list(...)
  switch(.Generic,
    abs = f$abs(x),
    sign = f$sign(x),
    exp = f$exp(x),
    sqrt = f$sqrt(x),
    floor = f$floor(x),
    ceiling = f$ceil(x),
    round = {
      digits <- if (length(extra) == 0L) 0 else extra[[1L]]
      if (!identical(as.double(digits), 0)) .tsr_unsupported("round() with digits other than 0")
      f$round(x)
    },
    sin = f$sin(x), cos = f$cos(x), tan = f$tan(x),
    asin = f$asin(x), acos = f$acos(x), atan = f$atan(x),
    sinh = f$sinh(x), cosh = f$cosh(x), tanh = f$tanh(x),
    asinh = f$asinh(x), acosh = f$acosh(x), atanh = f$atanh(x),
    log = {
      if (length(extra) == 0L) f$log(x) else f$div(f$log(x), .tsr_operand(log(extra[[1L]]), x, "log"))
    },
    # R's cumsum runs over the elements in R's order, as a vector.
    cumsum = f$cumsum(f$reshape(x, length(x)), axis = 1L),
    .tsr_unsupported(paste0(.Generic, "()"))
  )
}

# sum(), max() and min() of one tensor; axes = and keepdims = select the reduction.
Summary.tessera_tensor <- function(..., na.rm = FALSE) {
  args <- list(...)
  named <- if (is.null(names(args))) rep(FALSE, length(args)) else names(args) != ""
  values <- args[!named]
  opts <- args[named]
  if (length(values) != 1L) {
    .tsr_raise(1L, paste0(.Generic, "(): pass one tensor (and axes =, keepdims =); several values are not supported"), .Generic, "...")
  }
  unknown <- setdiff(names(opts), c("axes", "keepdims"))
  if (length(unknown) > 0L) {
    .tsr_raise(1L, paste0(.Generic, "(): unknown argument ", unknown[[1L]], " (tensors take axes = and keepdims =)"), .Generic, unknown[[1L]])
  }
  x <- values[[1L]]
  axes <- if (is.null(opts$axes)) integer(0) else opts$axes
  keepdims <- if (is.null(opts$keepdims)) FALSE else opts$keepdims
  f <- .tsr_functions
  switch(.Generic,
    sum = f$sum(x, axes = axes, keepdims = keepdims),
    max = f$max(x, axes = axes, keepdims = keepdims),
    min = f$min(x, axes = axes, keepdims = keepdims),
    prod = f$prod(x, axes = axes, keepdims = keepdims),
    .tsr_unsupported(paste0(.Generic, "()"))
  )
}

mean.tessera_tensor <- function(x, axes = integer(0), keepdims = FALSE, ...) {
  .tsr_functions$mean(x, axes = axes, keepdims = keepdims)
}

t.tessera_tensor <- function(x) {
  d <- dim(x)
  if (length(d) == 2L) return(.tsr_functions$transpose(x))
  if (length(d) <= 1L) return(.tsr_functions$reshape(x, c(1L, length(x))))
  .tsr_raise(2L, paste0("t(): x has ", length(d), " dimensions; use aperm() for arrays"), "t", "x")
}

aperm.tessera_tensor <- function(a, perm = NULL, ...) {
  .tsr_functions$transpose(a, perm = if (is.null(perm)) integer(0) else perm)
}

# Matrix product with R's own rules: for matrices and vectors the result equals base R's
# x %*% y (a vector becomes a row or a column matrix, whichever conforms). Arrays with more than
# two dimensions multiply as batches of matrices (R's first two dimensions, batch dimensions last).
`%*%` <- function(x, y) {
  if (!is_tensor(x) && !is_tensor(y)) return(base::`%*%`(x, y))
  x <- if (is_tensor(x)) x else as_tensor(x, dtype = tensor_dtype(y))
  y <- if (is_tensor(y)) y else as_tensor(y, dtype = tensor_dtype(x))
  f <- .tsr_functions
  dx <- dim(x)
  dy <- dim(y)
  as_row <- function(v) f$reshape(v, c(1L, length(v)))
  as_col <- function(v) f$reshape(v, c(length(v), 1L))
  nonconf <- function() {
    .tsr_raise(2L, paste0("%*%: non-conformable arguments: x is ", paste(dx, collapse = " x "),
                          ", y is ", paste(dy, collapse = " x ")), "matmul", "y")
  }
  if (length(dx) == 0L) { x <- as_row(x); dx <- c(1L, 1L) }
  if (length(dy) == 0L) { y <- as_col(y); dy <- c(1L, 1L) }
  if (length(dx) == 1L && length(dy) == 1L) {
    if (dx == dy) { x <- as_row(x); y <- as_col(y) }
    else if (dx == 1L) { x <- as_row(x); y <- as_row(y) }
    else nonconf()
  } else if (length(dx) == 1L) {
    if (dx == dy[[1L]]) x <- as_row(x) else if (dy[[1L]] == 1L) x <- as_col(x) else nonconf()
  } else if (length(dy) == 1L) {
    if (dx[[2L]] == dy) y <- as_col(y) else if (dx[[2L]] == 1L) y <- as_row(y) else nonconf()
  } else if (dx[[2L]] != dy[[1L]]) {
    nonconf()
  }
  f$matmul(x, y)
}
