# Models: runnable graphs imported from ONNX (tsr_model_load, tsr_model_from_raw) or traced from
# ordinary operator calls (tsr_model_trace), run with tsr_model_run()/predict() and exported back
# to ONNX (tsr_model_save, tsr_model_to_raw). The C glue is src/model.c.
#
# Layout. A model's inputs and outputs are engine tensors, whose shapes are row-major (ONNX's
# order). R arrays reach the engine as everywhere in this package: an R array with dim
# c(d1, ..., dn) is the engine tensor of shape [dn, ..., d1] (same buffer, no transpose). So an
# ONNX input of shape [N, C, H, W] is fed an R array with dim c(W, H, C, N), and outputs come back
# with R dims reversed from the ONNX shapes. tsr_model_inputs() reports both orders.

.tsr_model_fail <- function(fn, arg, ..., status = 1L) {
  .tsr_raise(status, paste0(fn, ": ", ...), fn, arg)
}

.tsr_check_model <- function(model, fn) {
  if (!.Call(C_tsr_r_is_model, model)) {
    .tsr_model_fail(fn, "model", "'model' must be a tessera_model, got ", paste(class(model), collapse = "/"))
  }
  if (.Call(C_tsr_r_model_is_released, model)) {
    .tsr_model_fail(fn, "model", "the model was released (tsr_model_release) and cannot be used", status = 6L)
  }
  invisible(model)
}

.tsr_check_path <- function(path, fn) {
  if (!is.character(path) || length(path) != 1L || is.na(path) || !nzchar(path)) {
    .tsr_model_fail(fn, "path", "path must be one file path, got ", .tsr_show(path))
  }
  path.expand(path)
}

tsr_model_load <- function(path) {
  path <- .tsr_check_path(path, "tsr_model_load")
  if (!file.exists(path)) .tsr_model_fail("tsr_model_load", "path", "no such file: ", path, status = 5L)
  .Call(C_tsr_r_model_load, path)
}

tsr_model_from_raw <- function(data, base_dir = NULL) {
  if (!is.raw(data)) .tsr_model_fail("tsr_model_from_raw", "data", "data must be a raw vector (readBin(path, \"raw\", file.size(path))), got ", paste(class(data), collapse = "/"))
  if (!is.null(base_dir)) base_dir <- .tsr_check_path(base_dir, "tsr_model_from_raw")
  .Call(C_tsr_r_model_from_raw, data, base_dir)
}

tsr_model_to_raw <- function(model) {
  .tsr_check_model(model, "tsr_model_to_raw")
  .Call(C_tsr_r_model_to_raw, model)
}

tsr_model_save <- function(model, path) {
  .tsr_check_model(model, "tsr_model_save")
  path <- .tsr_check_path(path, "tsr_model_save")
  .Call(C_tsr_r_model_save, model, path)
  invisible(path)
}

tsr_read_tensor_proto <- function(data) {
  if (is.character(data)) {
    path <- .tsr_check_path(data, "tsr_read_tensor_proto")
    if (!file.exists(path)) .tsr_model_fail("tsr_read_tensor_proto", "data", "no such file: ", path, status = 5L)
    data <- readBin(path, "raw", file.size(path))
  }
  if (!is.raw(data)) .tsr_model_fail("tsr_read_tensor_proto", "data", "data must be a raw vector or a file path, got ", paste(class(data), collapse = "/"))
  .Call(C_tsr_r_read_tensor_proto, data)
}

is_model <- function(x) .Call(C_tsr_r_is_model, x)

tsr_model_release <- function(model) invisible(.Call(C_tsr_r_model_release, model))

tsr_model_is_released <- function(model) .Call(C_tsr_r_model_is_released, model)

# One record per input, named by input name: name, dtype, dim (R order: what an R array fed to it
# has) and shape (the engine's row-major order, as in the ONNX file). NA marks a size known only
# at run time; dim and shape are NULL when even the rank is unknown.
tsr_model_inputs <- function(model) {
  .tsr_check_model(model, "tsr_model_inputs")
  raw <- .Call(C_tsr_r_model_inputs, model)
  out <- lapply(raw, function(r) {
    shape <- if (is.null(r[[3L]])) NULL else as.integer(r[[3L]])
    list(name = r[[1L]], dtype = .tsr_dtypes[[r[[2L]] + 1L]], dim = if (is.null(shape)) NULL else rev(shape), shape = shape)
  })
  names(out) <- vapply(out, function(r) r$name, "")
  out
}

tsr_model_outputs <- function(model) {
  .tsr_check_model(model, "tsr_model_outputs")
  .Call(C_tsr_r_model_outputs, model)
}

tsr_model_plan_stats <- function(model) {
  .tsr_check_model(model, "tsr_model_plan_stats")
  s <- .Call(C_tsr_r_model_plan_stats, model)
  list(nodes = as.integer(s[[1L]]), arena_bytes = s[[2L]], unshared_bytes = s[[3L]])
}

# An R value fed to input `info`: converted to the input's dtype (as operator inputs are). Its R
# dims are reversed for the engine; a vector without dim takes the input's declared dims when its
# length fits them exactly (filled column-major, like array()), else it is 0-d (length 1, for a
# 0-d input) or 1-d.
.tsr_model_feed <- function(v, info, label) {
  if (is_tensor(v)) return(v)
  if (!(is.numeric(v) || is.logical(v)) || is.factor(v)) {
    .tsr_model_fail("tsr_model_run", label, label, " must be a tessera_tensor or a numeric or logical vector or array, got ",
                    if (is.null(v)) "NULL" else paste(class(v), collapse = "/"))
  }
  dims <- base::dim(v)
  if (is.null(dims)) {
    d <- info$dim
    dims <- if (!is.null(d) && !anyNA(d) && length(d) > 0L && prod(d) == length(v)) d
            else if (!is.null(d) && length(d) == 0L && length(v) == 1L) integer(0)
            else length(v)
  }
  .tsr_from_r(v, dims, info$dtype, "tsr_model_run", label)
}

tsr_model_run <- function(model, feeds) {
  .tsr_check_model(model, "tsr_model_run")
  info <- tsr_model_inputs(model)
  wanted <- names(info)
  if (is_tensor(feeds) || !is.list(feeds)) {
    if (length(wanted) != 1L) {
      .tsr_model_fail("tsr_model_run", "feeds", "the model has ", length(wanted), " inputs (", paste(wanted, collapse = ", "),
                      "): pass feeds as a list named by input")
    }
    feeds <- list(feeds)
  }
  given <- names(feeds)
  if (is.null(given) || all(!nzchar(given))) {
    if (length(feeds) != length(wanted)) {
      .tsr_model_fail("tsr_model_run", "feeds", "the model has ", length(wanted), " inputs (", paste(wanted, collapse = ", "),
                      "), ", length(feeds), " unnamed feeds were given")
    }
    names(feeds) <- wanted
  } else {
    missing <- setdiff(wanted, given)
    unknown <- setdiff(given, wanted)
    if (length(missing) > 0L || length(unknown) > 0L || anyDuplicated(given)) {
      .tsr_model_fail("tsr_model_run", "feeds", "feeds do not match the model inputs (missing: ",
                      if (length(missing)) paste(missing, collapse = ", ") else "none", "; unknown: ",
                      if (length(unknown)) paste(unknown, collapse = ", ") else "none",
                      if (anyDuplicated(given)) "; duplicated names" else "", ")")
    }
  }
  tensors <- lapply(wanted, function(n) .tsr_model_feed(feeds[[n]], info[[n]], paste0("feeds$", n)))
  outs <- .Call(C_tsr_r_model_run, model, tensors)
  names(outs) <- tsr_model_outputs(model)
  outs
}

predict.tessera_model <- function(object, newdata, ...) {
  .tsr_check_model(object, "predict")
  if (missing(newdata)) .tsr_model_fail("predict", "newdata", "newdata (the feeds, a list named by input) is required")
  tsr_model_run(object, newdata)
}

tsr_model_trace <- function(inputs, fn) {
  if (is_tensor(inputs) || !is.list(inputs) || length(inputs) == 0L) {
    .tsr_model_fail("tsr_model_trace", "inputs", "inputs must be a non-empty named list of tensors or R arrays")
  }
  nms <- names(inputs)
  if (is.null(nms) || anyNA(nms) || any(!nzchar(nms)) || anyDuplicated(nms)) {
    .tsr_model_fail("tsr_model_trace", "inputs", "every input needs a distinct name (they name the model's inputs)")
  }
  if (!is.function(fn)) .tsr_model_fail("tsr_model_trace", "fn", "fn must be a function, got ", .tsr_show(fn))
  # The engine records one trace per thread: an inner trace would end the outer one's recording.
  if (isTRUE(.tsr_state$tracing)) {
    .tsr_model_fail("tsr_model_trace", "fn", "tsr_model_trace cannot be called while another trace is recording")
  }
  tensors <- lapply(nms, function(n) if (is_tensor(inputs[[n]])) inputs[[n]] else as_tensor(inputs[[n]]))
  model <- .Call(C_tsr_r_trace_begin)
  .tsr_state$tracing <- TRUE
  done <- FALSE
  # Whatever happens below (fn fails, returns something else than tensors), recording stops here.
  on.exit({
    .tsr_state$tracing <- FALSE
    if (!done) .Call(C_tsr_r_trace_stop, model)
  }, add = TRUE)
  for (k in seq_along(nms)) .Call(C_tsr_r_trace_input, model, tensors[[k]], nms[[k]])
  result <- do.call(fn, unname(tensors))
  outs <- if (is_tensor(result)) list(result) else result
  if (!is.list(outs) || length(outs) == 0L || !all(vapply(outs, is_tensor, TRUE))) {
    .tsr_model_fail("tsr_model_trace", "fn", "fn must return a tessera_tensor or a non-empty list of them, got ", .tsr_show(result))
  }
  out_names <- names(outs)
  default <- paste0("output_", seq_along(outs) - 1L)
  out_names <- if (is.null(out_names)) default else ifelse(is.na(out_names) | !nzchar(out_names), default, out_names)
  if (anyDuplicated(out_names)) .tsr_model_fail("tsr_model_trace", "fn", "output names must be distinct, got ", paste(out_names, collapse = ", "))
  .Call(C_tsr_r_trace_end, model, unname(outs), out_names)
  done <- TRUE
  model
}

.tsr_dims_text <- function(d) {
  if (is.null(d)) return("[rank unknown]")
  if (length(d) == 0L) return("scalar")
  paste0("[", paste(ifelse(is.na(d), "?", d), collapse = " x "), "]")
}

format.tessera_model <- function(x, ...) {
  if (tsr_model_is_released(x)) return("<tessera_model: released>")
  ins <- tsr_model_inputs(x)
  outs <- tsr_model_outputs(x)
  c(
    paste0("<tessera_model: ", length(ins), if (length(ins) == 1L) " input" else " inputs", ", ",
           length(outs), if (length(outs) == 1L) " output" else " outputs", ">"),
    "inputs (R dim; the ONNX shape is its reverse):",
    vapply(ins, function(i) paste0("  ", i$name, ": ", i$dtype, " ", .tsr_dims_text(i$dim)), ""),
    paste0("outputs: ", paste(outs, collapse = ", "))
  )
}

print.tessera_model <- function(x, ...) {
  cat(format(x), sep = "\n")
  invisible(x)
}
