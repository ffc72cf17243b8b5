# Helpers shared by the tests: the live registry (read from libtessera through
# tessera_registry_json(), not from the generated files) and the conversion of its row-major
# examples into R's view.
#
# An engine tensor of shape [d1, ..., dn] with row-major data is, element for element, the R
# array array(data, dim = c(dn, ..., d1)): that is how the binding hands R arrays to the engine.
# So an example is replayed by building its inputs that way, translating the attributes with
# their meaning tags (engine 0-based row-major -> R 1-based, R's dimension order) and comparing
# with the expected outputs built the same way.

registry <- function() {
  if (is.null(.registry_cache$value)) {
    .registry_cache$value <- jsonlite::fromJSON(tessera_registry_json(), simplifyVector = FALSE)
  }
  .registry_cache$value
}
.registry_cache <- new.env()

ops_meta <- function() get(".tsr_ops_meta", envir = asNamespace("tessera"))

op_function <- function(name) get(ops_meta()[[name]]$fn, envir = asNamespace("tessera"))

# JSON numbers, or the strings "nan", "inf", "-inf".
decode_numbers <- function(items) {
  vapply(items, function(v) {
    if (is.character(v)) switch(v, nan = NaN, inf = Inf, "-inf" = -Inf, stop("bad number ", v)) else as.double(v)
  }, 0)
}

ints <- function(items) as.integer(unlist(items))

example_tensor <- function(t) {
  data <- decode_numbers(t$data)
  if (t$dtype == "bool") data <- data != 0
  as_tensor(data, dtype = t$dtype, dim = rev(ints(t$shape)))
}

# What as.array() of the output must return.
expected_array <- function(t) {
  data <- decode_numbers(t$data)
  data <- switch(t$dtype, bool = data != 0, int32 = , uint8 = as.integer(data), data)
  shape <- ints(t$shape)
  array(data, dim = if (length(shape) == 0L) 1L else rev(shape))
}

# Engine attribute value -> R argument, by the attribute's meaning tag. `rank`: ndim of the
# first input.
r_attr_value <- function(attr, value, rank) {
  v <- switch(attr$type,
    "bool" = as.logical(value),
    "int" = as.integer(value),
    "float" = decode_numbers(list(value)),
    "int[]" = ints(value),
    "float[]" = decode_numbers(value),
    value
  )
  meaning <- if (is.null(attr$meaning)) "" else attr$meaning
  switch(meaning,
    axis = ,
    axes = as.integer(vapply(v, function(e) rank - (if (e < 0) e + rank else e), 0)),
    perm = if (length(v) == 0L) v else as.integer(length(v) - rev(v)),
    shape = rev(v),
    index = as.integer(ifelse(v >= 0, v + 1L, v)),
    v
  )
}

# The R call of one example: list(fn = <function>, args = <named list>).
example_call <- function(op, ex) {
  meta <- ops_meta()[[op$name]]
  rank <- if (length(ex$inputs) > 0L) length(ex$inputs[[1L]]$shape) else NA_integer_
  inputs <- lapply(ex$inputs, example_tensor)
  args <- list()
  k <- 1L
  engine_args <- list()
  for (i in seq_along(op$inputs)) {
    spec <- op$inputs[[i]]
    if (isTRUE(spec$variadic)) {
      engine_args[[spec$name]] <- inputs[k:length(inputs)]
      k <- length(inputs) + 1L
    } else if (k <= length(inputs)) {
      engine_args[[spec$name]] <- inputs[[k]]
      k <- k + 1L
    }
  }
  # R passes the two inputs of reversed operators (matmul) to the engine in the other order:
  # R's first argument is the engine's second input.
  names_r <- vapply(op$inputs, function(s) s$name, "")
  if (isTRUE(meta$reversed)) {
    args[[names_r[[1L]]]] <- engine_args[[names_r[[2L]]]]
    args[[names_r[[2L]]]] <- engine_args[[names_r[[1L]]]]
  } else {
    for (nm in names(engine_args)) args[[nm]] <- engine_args[[nm]]
  }
  attrs <- ex$attrs
  # An empty axes list that pairs with index lists means the engine's first k axes; in R an
  # empty list means R's first k dimensions, so spell the engine's axes out.
  kinds <- vapply(op$attrs, function(a) if (is.null(a$meaning)) "" else a$meaning, "")
  axes_attr <- op$attrs[kinds == "axes"]
  index_attr <- op$attrs[kinds == "index"]
  if (length(axes_attr) > 0L && length(index_attr) > 0L) {
    ax <- axes_attr[[1L]]$name
    n_index <- length(attrs[[index_attr[[1L]]$name]])
    if (length(attrs[[ax]]) == 0L && n_index > 0L) attrs[[ax]] <- as.list(seq_len(n_index) - 1L)
  }
  for (attr in op$attrs) {
    if (!is.null(attrs[[attr$name]])) args[[attr$name]] <- r_attr_value(attr, attrs[[attr$name]], rank)
  }
  list(fn = op_function(op$name), args = args)
}

# Tolerance for comparing with values derived by hand / numpy in float32.
tolerance_for <- function(dtype) if (dtype == "float32") 1e-6 else if (dtype == "float64") 1e-12 else 0

# Aliases of an installed help page (an Rd object from tools::Rd_db).
rd_field <- function(rd, tag) {
  hits <- Filter(function(e) identical(attr(e, "Rd_tag"), tag), rd)
  vapply(hits, function(e) paste(trimws(unlist(e)), collapse = ""), "")
}

rd_db <- function() {
  if (is.null(.registry_cache$rd)) {
    .registry_cache$rd <- tools::Rd_db("tessera", lib.loc = dirname(find.package("tessera")))
  }
  .registry_cache$rd
}
