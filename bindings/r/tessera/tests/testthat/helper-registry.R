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

# An engine tensor's elements as an R array in R's view (the dimensions reversed). With `matrices`,
# R's first two dimensions are exchanged, so an engine matrix shows as the R matrix with the same
# rows and columns (how the examples of triu and tril read in R, which run on R's matrices).
example_array <- function(t, matrices = FALSE) {
  data <- decode_numbers(t$data)
  data <- switch(t$dtype, bool = data != 0, int32 = , uint8 = as.integer(data), data)
  shape <- ints(t$shape)
  a <- array(data, dim = if (length(shape) == 0L) 1L else rev(shape))
  if (matrices && length(shape) >= 2L) a <- aperm(a, c(2L, 1L, seq_len(length(shape))[-(1:2)]))
  a
}

example_tensor <- function(t, matrices = FALSE) {
  a <- example_array(t, matrices)
  dims <- if (length(t$shape) == 0L) integer(0) else dim(a)
  as_tensor(as.vector(a), dtype = t$dtype, dim = dims)
}

# What as.array() of the output must return.
expected_array <- function(t, matrices = FALSE) example_array(t, matrices)

# An einsum equation on the engine's axes -> R's: the implicit output made explicit (numpy's rule),
# then every term's subscripts reversed. Written apart from the package's own translation (which
# goes from R to the engine) so that the two check each other.
r_einsum <- function(eq) {
  eq <- gsub(" ", "", eq)
  sides <- regmatches(eq, regexpr("->", eq, fixed = TRUE), invert = TRUE)[[1L]]
  lhs <- sides[[1L]]
  terms <- strsplit(lhs, ",", fixed = TRUE)[[1L]]
  if (endsWith(lhs, ",")) terms <- c(terms, "")
  split_term <- function(t) regmatches(t, gregexpr("\\.\\.\\.|[A-Za-z]", t))[[1L]]
  out <- if (length(sides) == 2L) sides[[2L]] else {
    used <- unlist(lapply(terms, split_term))
    used <- used[used != "..."]
    singles <- names(which(table(factor(used, levels = unique(used))) == 1L))
    singles <- singles[order(vapply(singles, utf8ToInt, 0L))]
    paste0(if (grepl("...", lhs, fixed = TRUE)) "..." else "", paste(singles, collapse = ""))
  }
  flip <- function(t) paste(rev(split_term(t)), collapse = "")
  paste0(paste(vapply(terms, flip, ""), collapse = ","), "->", flip(out))
}

# Engine attribute value -> R argument, by the attribute's meaning tag. `rank`: ndim of the
# first input (axes that count the result's dimensions, such as unsqueeze's, add theirs).
r_attr_value <- function(op, attr, value, rank) {
  v <- switch(attr$type,
    "bool" = as.logical(value),
    "int" = as.integer(value),
    "float" = decode_numbers(list(value)),
    "int[]" = ints(value),
    "float[]" = decode_numbers(value),
    value
  )
  if (op$name == "einsum" && attr$name == "equation") return(r_einsum(v))
  if (attr$name %in% ops_meta()[[op$name]]$result_axes) rank <- rank + (if (attr$type == "int[]") length(v) else 1L)
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

# The R call of one example: list(fn = <function>, args = <named list>, matrices = <view>).
example_call <- function(op, ex) {
  meta <- ops_meta()[[op$name]]
  # Operators R runs as a twin (triu, tril) work on R's matrices as R shows them: their examples
  # are read with the engine's rows and columns kept, and their attributes as they are.
  matrices <- meta$engine_op != op$name
  rank <- if (length(ex$inputs) > 0L) length(ex$inputs[[1L]]$shape) else NA_integer_
  inputs <- lapply(ex$inputs, example_tensor, matrices = matrices)
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
  # R passes the first two inputs of reversed operators (matmul, gemm) to the engine in the other
  # order: R's first argument is the engine's second input.
  names_r <- vapply(op$inputs, function(s) s$name, "")
  if (isTRUE(meta$reversed)) {
    args[[names_r[[1L]]]] <- engine_args[[names_r[[2L]]]]
    args[[names_r[[2L]]]] <- engine_args[[names_r[[1L]]]]
    for (nm in setdiff(names(engine_args), names_r[1:2])) args[[nm]] <- engine_args[[nm]]
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
    if (is.null(attrs[[attr$name]])) next
    # Exchanged attribute pairs (gemm's trans_a / trans_b) go with the exchanged operands.
    r_name <- if (attr$name %in% names(meta$attr_sources)) meta$attr_sources[[attr$name]] else attr$name
    args[[r_name]] <- if (matrices) {
      r_attr_value(op, list(type = attr$type, name = attr$name), attrs[[attr$name]], rank)
    } else {
      r_attr_value(op, attr, attrs[[attr$name]], rank)
    }
  }
  list(fn = op_function(op$name), args = args, matrices = matrices)
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
