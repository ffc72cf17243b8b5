# Errors: every failure of the C API, and every argument the R side rejects before calling it,
# is signalled as a condition of class "tessera_error" with a subclass per status, carrying the
# operator and the argument at fault.

# tsr_status codes (c_api.h) -> condition subclass, in code order starting at 1.
.tsr_status_classes <- c(
  "tessera_invalid_argument", "tessera_shape_mismatch", "tessera_dtype_mismatch",
  "tessera_invalid_attribute", "tessera_not_found", "tessera_invalid_handle",
  "tessera_out_of_memory", "tessera_unsupported", "tessera_internal"
)

.tsr_status_names <- c(
  "TSR_ERR_INVALID_ARGUMENT", "TSR_ERR_SHAPE_MISMATCH", "TSR_ERR_DTYPE_MISMATCH",
  "TSR_ERR_INVALID_ATTRIBUTE", "TSR_ERR_NOT_FOUND", "TSR_ERR_INVALID_HANDLE",
  "TSR_ERR_OUT_OF_MEMORY", "TSR_ERR_UNSUPPORTED", "TSR_ERR_INTERNAL"
)

tessera_error <- function(message, status = 9L, op = "", arg = "", call = NULL) {
  status <- as.integer(status)
  known <- !is.na(status) && status >= 1L && status <= length(.tsr_status_classes)
  sub <- if (known) .tsr_status_classes[[status]] else "tessera_internal"
  structure(
    class = c(sub, "tessera_error", "error", "condition"),
    list(
      message = message,
      call = call,
      status = status,
      status_name = if (known) .tsr_status_names[[status]] else "TSR_ERR_UNKNOWN",
      op = op,
      arg = arg
    )
  )
}

# Called by the C glue (src/tessera.c) with the C API's last error, and by the R helpers.
# Engine messages describe shapes and axes in the engine's row-major, 0-based terms; a short note
# says so. For operators whose first two inputs R passes reversed, the argument names are swapped
# back (inputs and the exchanged attributes), and an operator R runs as another one (triu runs the
# engine's tril) is named as the R function the user called.
.tsr_raise <- function(status, message, op = "", arg = "", engine = FALSE, call = NULL) {
  if (isTRUE(engine) && nzchar(op)) {
    meta <- .tsr_ops_meta[[op]]
    if (!is.null(meta) && isTRUE(meta$reversed)) {
      k <- match(arg, meta$inputs)
      if (!is.na(k) && k <= 2L) arg <- meta$inputs[[3L - k]]
      else if (arg %in% names(meta$attr_sources)) arg <- meta$attr_sources[[arg]]
      swapped <- c(meta$inputs[2:1], names(meta$attr_sources))
      message <- paste0(
        message, "\n(the engine runs ", op, " with the operands exchanged: its ",
        paste0(swapped, collapse = ", "), " are R's ", paste0(c(meta$inputs[1:2], unname(meta$attr_sources)), collapse = ", "), ")"
      )
    }
    if (!is.null(meta) && !identical(meta$engine_op, op)) {
      prefix <- paste0(meta$engine_op, ": ")
      if (startsWith(message, prefix)) message <- substr(message, nchar(prefix) + 1L, nchar(message))
      message <- paste0(op, " (run as the engine's ", meta$engine_op, ", which sees R's matrices transposed): ", message)
    }
    if (status %in% c(2L, 4L)) {
      message <- paste0(
        message,
        "\n(the engine's message: shapes are listed in row-major order, the reverse of R's dim(), and axes count from 0)"
      )
    }
  }
  stop(tessera_error(message, status, op, arg, call))
}

# An argument the R side rejects (status 4 = invalid attribute unless given).
.tsr_fail <- function(op, arg, ..., status = 4L) {
  .tsr_raise(status, paste0(op, ": ", ...), op, arg)
}

.tsr_missing <- function(op, arg) {
  .tsr_fail(op, arg, "attribute '", arg, "' is required and has no default")
}
