# Validation and translation of attribute values, called by the generated operator functions
# (R/ops.R). Each helper takes the user's value, the registry operator name and the attribute
# name, and returns the value in the form and convention the engine expects, or signals a
# tessera_invalid_attribute condition that says what was expected.
#
# Meaning tags (registry "meaning") drive the layout translation. R arrays reach the engine with
# their dimensions reversed (no copy), so R dimension i (1-based) is engine axis ndim - i:
#   axis / axes   1-based R dimensions, negative from the last  -> engine 0-based axes
#   perm          a permutation q of 1..ndim (as for aperm)     -> engine rev(ndim - q)
#   shape         R dimensions                                  -> reversed
#   index         1-based positions, negative from the end      -> 0-based positions

.tsr_show <- function(v) {
  if (is.null(v)) return("NULL")
  if (is.function(v)) return("a function")
  txt <- paste(deparse(v, width.cutoff = 60L, nlines = 1L), collapse = "")
  if (nchar(txt) > 60L) paste0(substr(txt, 1L, 57L), "...") else txt
}

.tsr_is_whole <- function(v) {
  (is.numeric(v) || is.logical(v) && length(v) == 0L) && !anyNA(v) && all(is.finite(v)) && all(v == trunc(v))
}

.tsr_check_range <- function(v, range, op, name) {
  if (!is.null(range) && length(v) > 0L && any(v < range[[1L]] | v > range[[2L]])) {
    .tsr_fail(op, name, name, " must be within ", range[[1L]], "..", range[[2L]], ", got ", .tsr_show(v))
  }
  invisible(v)
}

.tsr_bool <- function(v, op, name) {
  if (!is.logical(v) || length(v) != 1L || is.na(v)) {
    .tsr_fail(op, name, name, " must be TRUE or FALSE, got ", .tsr_show(v))
  }
  v
}

.tsr_int <- function(v, op, name, range = NULL) {
  if (!is.numeric(v) || length(v) != 1L || !.tsr_is_whole(v)) {
    .tsr_fail(op, name, name, " must be one whole number, got ", .tsr_show(v))
  }
  .tsr_check_range(v, range, op, name)
  as.double(v)
}

.tsr_float <- function(v, op, name, range = NULL) {
  if (!is.numeric(v) || length(v) != 1L || (is.na(v) && !is.nan(v))) {
    .tsr_fail(op, name, name, " must be one number, got ", .tsr_show(v))
  }
  .tsr_check_range(v, range, op, name)
  as.double(v)
}

.tsr_string <- function(v, op, name) {
  if (!is.character(v) || length(v) != 1L || is.na(v)) {
    .tsr_fail(op, name, name, " must be one character string, got ", .tsr_show(v))
  }
  v
}

.tsr_enum <- function(v, op, name, values) {
  if (!is.character(v) || length(v) != 1L || is.na(v) || !(v %in% values)) {
    .tsr_fail(op, name, name, " must be one of ", paste0('"', values, '"', collapse = ", "), ", got ", .tsr_show(v))
  }
  match(v, values) - 1L
}

.tsr_ints <- function(v, op, name, range = NULL) {
  if (is.null(v)) return(numeric(0))
  if (!is.numeric(v) && !(is.logical(v) && length(v) == 0L) || !.tsr_is_whole(v)) {
    .tsr_fail(op, name, name, " must be a vector of whole numbers, got ", .tsr_show(v))
  }
  .tsr_check_range(v, range, op, name)
  as.double(v)
}

.tsr_floats <- function(v, op, name, range = NULL) {
  if (is.null(v)) return(numeric(0))
  if (!is.numeric(v) || any(is.na(v) & !is.nan(v))) {
    .tsr_fail(op, name, name, " must be a numeric vector without NA, got ", .tsr_show(v))
  }
  .tsr_check_range(v, range, op, name)
  as.double(v)
}

.tsr_dtype_arg <- function(v, op, name) {
  if (!is.character(v) || length(v) != 1L || is.na(v) || !(v %in% .tsr_dtypes)) {
    .tsr_fail(op, name, name, " must be a dtype name: one of ", paste0('"', .tsr_dtypes, '"', collapse = ", "), "; got ", .tsr_show(v))
  }
  match(v, .tsr_dtypes) - 1L
}

# One R axis (1-based, negative from the last) -> engine axis. With the rank unknown (NA),
# R axis r > 0 is the engine's -r and r < 0 is the engine's -r - 1, which holds for every rank.
.tsr_axis_of <- function(r, n, op, name) {
  if (r == 0) {
    .tsr_fail(op, name, name, " is 1-based: 0 is not a dimension (1 is the first, -1 the last)")
  }
  if (is.na(n)) return(if (r > 0) -r else -r - 1)
  if (abs(r) > n) {
    .tsr_fail(
      op, name, name, " = ", r, " is out of range for a tensor with ", n, " dimension", if (n == 1L) "" else "s",
      if (n == 0L) " (it has no dimensions)" else paste0(" (valid: 1..", n, " or -", n, "..-1)")
    )
  }
  rp <- if (r > 0) r else n + 1 + r
  n - rp
}

.tsr_axis <- function(v, n, op, name) {
  if (!is.numeric(v) || length(v) != 1L || !.tsr_is_whole(v)) {
    .tsr_fail(op, name, name, " must be one whole number (a 1-based dimension), got ", .tsr_show(v))
  }
  as.double(.tsr_axis_of(v, n, op, name))
}

# `pairs`: the length of the index lists (starts/ends) the axes pair with; an empty axes list
# then means R's first `pairs` dimensions (the registry's "empty means 0, 1, ..." in R's terms).
.tsr_axes <- function(v, n, op, name, pairs = NULL) {
  if (is.null(v)) v <- integer(0)
  if (!is.numeric(v) && !(is.logical(v) && length(v) == 0L) || !.tsr_is_whole(v)) {
    .tsr_fail(op, name, name, " must be a vector of whole numbers (1-based dimensions), got ", .tsr_show(v))
  }
  if (length(v) == 0L) {
    if (is.null(pairs) || pairs == 0L) return(numeric(0))
    v <- seq_len(pairs)
  }
  bad <- v == 0 | (!is.na(n) & abs(v) > n)
  if (any(bad)) .tsr_axis_of(v[bad][[1L]], n, op, name)  # signals the error for the first bad axis
  out <- if (is.na(n)) as.double(ifelse(v > 0, -v, -v - 1)) else as.double(n - v - (v < 0) * (n + 1))
  if (!is.na(n) && anyDuplicated(out)) {
    .tsr_fail(op, name, name, " names a dimension twice: ", .tsr_show(v))
  }
  out
}

.tsr_perm <- function(v, n, op, name) {
  if (is.null(v) || length(v) == 0L) return(numeric(0))
  if (!is.numeric(v) || !.tsr_is_whole(v) || (!is.na(n) && (length(v) != n || !all(sort(v) == seq_len(n))))) {
    .tsr_fail(
      op, name, name, " must be empty or a permutation of 1..", n, " (as for aperm), got ", .tsr_show(v)
    )
  }
  n <- length(v)
  as.double(rev(n - v))
}

.tsr_shape <- function(v, op, name) {
  if (!is.numeric(v) || !.tsr_is_whole(v) || any(v < -1)) {
    .tsr_fail(op, name, name, " must be a vector of dimensions (whole numbers >= 0; one may be -1), got ", .tsr_show(v))
  }
  as.double(rev(v))
}

.tsr_index <- function(v, op, name, scalar = FALSE) {
  if (!is.numeric(v) || (scalar && length(v) != 1L) || !.tsr_is_whole(v)) {
    .tsr_fail(op, name, name, if (scalar) " must be one whole number" else " must be a vector of whole numbers",
              " (1-based positions), got ", .tsr_show(v))
  }
  if (any(v == 0)) {
    .tsr_fail(op, name, name, " is 1-based: 0 is not a position (1 is the first element, -1 the last), got ", .tsr_show(v))
  }
  as.double(ifelse(v > 0, v - 1, v))
}

# einsum's equation, written on R's dimensions -> the engine's: the subscripts of every term are
# reversed (R dimension i is engine axis n - i; an ellipsis covers the same dimensions either way).
# An implicit output ("ij,jk") is first made explicit with numpy's rule on R's dimensions: the
# ellipsis, then the letters used exactly once, in alphabetical order.
.tsr_einsum_equation <- function(v, op, name) {
  v <- .tsr_string(v, op, name)
  eq <- gsub("[[:space:]]", "", v)
  bad <- function(why) .tsr_fail(op, name, name, " ", why, ", got ", .tsr_show(v))
  arrow <- regexpr("->", eq, fixed = TRUE)
  lhs <- if (arrow < 0L) eq else substr(eq, 1L, arrow - 1L)
  rhs <- if (arrow < 0L) NULL else substr(eq, arrow + 2L, nchar(eq))
  terms <- strsplit(lhs, ",", fixed = TRUE)[[1L]]
  if (length(terms) == 0L || endsWith(lhs, ",")) terms <- c(terms, "")
  ok <- function(t) grepl("^(\\.\\.\\.|[A-Za-z])*$", t)
  if (!all(vapply(terms, ok, TRUE)) || (!is.null(rhs) && !ok(rhs))) {
    bad("must be terms of letters (and at most one '...' each) separated by ',', with an optional '->' and output term")
  }
  tokens <- function(t) regmatches(t, gregexpr("\\.\\.\\.|[A-Za-z]", t))[[1L]]
  if (is.null(rhs)) {
    used <- unlist(lapply(terms, tokens), use.names = FALSE)
    used <- used[used != "..."]
    u <- unique(used)
    once <- u[vapply(u, function(ch) sum(used == ch) == 1L, TRUE)]
    once <- once[order(vapply(once, utf8ToInt, 0L))]
    rhs <- paste0(if (any(grepl("...", terms, fixed = TRUE))) "..." else "", paste(once, collapse = ""))
  }
  flip <- function(t) paste(rev(tokens(t)), collapse = "")
  paste0(paste(vapply(terms, flip, ""), collapse = ","), "->", flip(rhs))
}
