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
# says so, and for operators whose inputs R passes reversed the argument names are swapped back.
.tsr_raise <- function(status, message, op = "", arg = "", engine = FALSE, call = NULL) {
  if (isTRUE(engine) && nzchar(op)) {
    meta <- .tsr_ops_meta[[op]]
    if (!is.null(meta) && isTRUE(meta$reversed) && arg %in% meta$inputs) {
      arg <- meta$inputs[[3L - match(arg, meta$inputs)]]
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
