# The tensor class: an external pointer to a libtessera tensor, class "tessera_tensor".
#
# Layout. R arrays are column-major, the engine is row-major. An R array with dim c(d1, ..., dn)
# is handed to the engine as the SAME buffer with the shape reversed, [dn, ..., d1]; that is the
# engine's row-major layout of exactly those elements, so doubles (float64) and integers (int32)
# are not copied, and R dimension i is engine axis n - i. dim() reverses the engine shape back and
# as.array() copies the elements out in that order, so R's dim semantics are kept exactly.

# Package state: operator handles, resolved once in .onLoad (R/zzz.R).
.tsr_state <- new.env(parent = emptyenv())

.tsr_natural_dtype <- function(x) {
  if (is.double(x)) "float64" else if (is.integer(x)) "int32" else "bool"
}

.tsr_dtype_code <- function(dtype, op = "as_tensor", arg = "dtype") {
  if (!is.character(dtype) || length(dtype) != 1L || is.na(dtype) || !(dtype %in% .tsr_dtypes)) {
    .tsr_raise(1L, paste0(op, ": ", arg, " must be one of ", paste0('"', .tsr_dtypes, '"', collapse = ", "),
                          ", got ", .tsr_show(dtype)), op, arg)
  }
  match(dtype, .tsr_dtypes) - 1L
}

# R value -> engine tensor. `dims`: R dimensions (integer(0) for a 0-d tensor).
.tsr_from_r <- function(x, dims, dtype, op, arg) {
  if (!(is.numeric(x) || is.logical(x)) || is.factor(x)) {
    .tsr_raise(1L, paste0(op, ": ", arg, " must be a tessera_tensor or a numeric or logical vector or array, got ",
                          paste(class(x), collapse = "/")), op, arg)
  }
  if (is.object(x)) x <- unclass(x)
  .Call(C_tsr_r_from_r, x, as.integer(dims), .tsr_dtype_code(dtype, op, "dtype"), op, arg)
}

as_tensor <- function(x, dtype = NULL, dim = NULL) {
  if (is_tensor(x)) {
    if (!is.null(dim)) .tsr_raise(1L, "as_tensor: dim cannot be given for a tensor; use dim<- or the reshape operator", "as_tensor", "dim")
    if (is.null(dtype) || identical(dtype, tensor_dtype(x))) return(x)
    return(.tsr_functions$cast(x, dtype = dtype))
  }
  if (is.null(dtype)) {
    if (!(is.numeric(x) || is.logical(x))) {
      .tsr_raise(1L, paste0("as_tensor: x must be a numeric or logical vector or array, got ", paste(class(x), collapse = "/")), "as_tensor", "x")
    }
    dtype <- .tsr_natural_dtype(x)
  }
  dims <- if (!is.null(dim)) dim else if (!is.null(base::dim(x))) base::dim(x) else length(x)
  if (!is.numeric(dims) || anyNA(dims) || any(dims < 0) || any(dims != trunc(dims))) {
    .tsr_raise(1L, paste0("as_tensor: dim must be non-negative whole numbers, got ", .tsr_show(dim)), "as_tensor", "dim")
  }
  .tsr_from_r(x, dims, dtype, "as_tensor", "x")
}

is_tensor <- function(x) .Call(C_tsr_r_is_tensor, x)

tensor_dtype <- function(x) .tsr_dtypes[[.Call(C_tsr_r_dtype, x) + 1L]]

tensor_release <- function(x) invisible(.Call(C_tsr_r_release, x))

tensor_is_released <- function(x) .Call(C_tsr_r_is_released, x)

tessera_registry_json <- function() .Call(C_tsr_r_registry_json)

tessera_op_names <- function() .Call(C_tsr_r_op_names)

tessera_num_threads <- function() .Call(C_tsr_r_num_threads)

tessera_set_num_threads <- function(n) invisible(.Call(C_tsr_r_set_num_threads, n))

.tsr_ndim <- function(x) length(.Call(C_tsr_r_shape, x))

# An operator input: tensors pass through; R values become tensors of the element type of the
# first tensor among the operator's inputs when this input accepts it, else R's own type
# (double: float64, integer: int32, logical: bool) when accepted, else the first accepted one.
# A number without dim (length 1) becomes a 0-d tensor, so it broadcasts against anything.
.tsr_input <- function(a, op, name, allowed, ref_dtype) {
  if (is_tensor(a)) return(a)
  if (!(is.numeric(a) || is.logical(a)) || is.factor(a)) {
    .tsr_raise(1L, paste0(op, ": ", name, " must be a tessera_tensor or a numeric or logical vector or array, got ",
                          if (is.null(a)) "NULL" else paste(class(a), collapse = "/")), op, name)
  }
  dtype <- if (length(allowed) == 1L) {
    allowed[[1L]]
  } else if (!is.null(ref_dtype) && ref_dtype %in% allowed) {
    ref_dtype
  } else {
    nat <- .tsr_natural_dtype(a)
    if (nat %in% allowed) nat else allowed[[1L]]
  }
  dims <- if (!is.null(base::dim(a))) base::dim(a) else if (length(a) == 1L) integer(0) else length(a)
  .tsr_from_r(a, dims, dtype, op, name)
}

.tsr_inputs <- function(op, args) {
  # Fast path: every input is already a tensor (the C glue checks each handle).
  for (a in args) if (!inherits(a, "tessera_tensor")) return(.tsr_convert_inputs(op, args))
  if (any(.tsr_ops_meta[[op]]$variadic)) return(.tsr_convert_inputs(op, args))  # must be a list
  args
}

.tsr_convert_inputs <- function(op, args) {
  meta <- .tsr_ops_meta[[op]]
  ref <- NULL
  for (a in args) {
    cand <- if (is.list(a) && !is_tensor(a)) a else list(a)
    for (e in cand) if (is_tensor(e)) {
      ref <- e
      break
    }
    if (!is.null(ref)) break
  }
  # (A released reference tensor gives no element type; the engine reports it as released.)
  ref_dtype <- if (is.null(ref) || tensor_is_released(ref)) NULL else tensor_dtype(ref)
  out <- list()
  out_names <- character(0)
  arg_names <- names(args)
  for (k in seq_along(args)) {
    name <- arg_names[[k]]
    a <- args[[k]]
    allowed <- meta$input_dtypes[[k]]
    if (isTRUE(meta$variadic[[k]])) {
      if (is_tensor(a) || !is.list(a)) {
        .tsr_raise(1L, paste0(op, ": ", name, " must be a list of tensors (or R arrays), got ",
                              if (is_tensor(a)) "one tensor (wrap it in list())" else paste(class(a), collapse = "/")), op, name)
      }
      if (length(a) == 0L) .tsr_raise(1L, paste0(op, ": ", name, " needs at least one tensor"), op, name)
      for (j in seq_along(a)) {
        label <- paste0(name, "[[", j, "]]")
        out[[length(out) + 1L]] <- .tsr_input(a[[j]], op, label, allowed, ref_dtype)
        out_names <- c(out_names, label)
      }
    } else if (is.null(a) && isTRUE(meta$optional[[k]])) {
      out[length(out) + 1L] <- list(NULL)
      out_names <- c(out_names, name)
    } else {
      out[[length(out) + 1L]] <- .tsr_input(a, op, name, allowed, ref_dtype)
      out_names <- c(out_names, name)
    }
  }
  names(out) <- out_names
  out
}

# Runs registry operator `op` (its handle was resolved at load: that of meta$engine_op, which is
# another operator for triu and tril) with tensors in engine order and attribute values in slot
# order, already in the engine's convention. Errors name `op`.
.tsr_call <- function(op, inputs, attrs) {
  handle <- .tsr_state$handles[[op]]
  meta <- .tsr_ops_meta[[op]]
  if (is.null(handle) || is.null(meta)) .tsr_raise(5L, paste0("unknown operator '", op, "'"), op, "")
  if (isTRUE(meta$variadic_output)) return(.Call(C_tsr_r_invoke, handle, op, inputs, meta$attr_types, attrs, TRUE))
  res <- .Call(C_tsr_r_invoke, handle, op, inputs, meta$attr_types, attrs, FALSE)
  if (length(meta$outputs) > 1L) names(res) <- meta$outputs
  res
}

# ---- methods ---------------------------------------------------------------------------------

dim.tessera_tensor <- function(x) as.integer(rev(.Call(C_tsr_r_shape, x)))

length.tessera_tensor <- function(x) as.integer(prod(.Call(C_tsr_r_shape, x)))

`dim<-.tessera_tensor` <- function(x, value) .tsr_functions$reshape(x, value)

as.array.tessera_tensor <- function(x, ...) {
  v <- .Call(C_tsr_r_to_r, x)
  d <- dim(x)
  dim(v) <- if (length(d) == 0L) 1L else d
  v
}

as.vector.tessera_tensor <- function(x, mode = "any") as.vector(.Call(C_tsr_r_to_r, x), mode)

as.double.tessera_tensor <- function(x, ...) as.double(.Call(C_tsr_r_to_r, x))

as.integer.tessera_tensor <- function(x, ...) as.integer(.Call(C_tsr_r_to_r, x))

as.logical.tessera_tensor <- function(x, ...) as.logical(.Call(C_tsr_r_to_r, x))

format.tessera_tensor <- function(x, ...) {
  if (tensor_is_released(x)) return("<tessera_tensor: released>")
  d <- dim(x)
  shape <- if (length(d) == 0L) "scalar" else paste0("[", paste(d, collapse = " x "), "]")
  paste0("<tessera_tensor ", tensor_dtype(x), " ", shape, ">")
}

print.tessera_tensor <- function(x, ...) {
  cat(format(x), "\n", sep = "")
  if (!tensor_is_released(x)) {
    v <- as.array(x)
    if (length(dim(x)) <= 1L) print(as.vector(v), ...) else print(v, ...)
  }
  invisible(x)
}
