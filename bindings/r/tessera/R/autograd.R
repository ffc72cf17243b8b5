# Reverse-mode automatic differentiation (the C API's MXNet-style autograd): mark leaves with
# attach_grad(), compute inside autograd_record(), call backward() on the result, read
# tensor_grad(). Gradients have their tensor's shape, so they are in R's view like everything else.

autograd_record <- function(expr) {
  prev <- .Call(C_tsr_r_set_recording, TRUE)
  on.exit(.Call(C_tsr_r_set_recording, prev), add = TRUE)
  expr
}

autograd_pause <- function(expr) {
  prev <- .Call(C_tsr_r_set_recording, FALSE)
  on.exit(.Call(C_tsr_r_set_recording, prev), add = TRUE)
  expr
}

autograd_is_recording <- function() .Call(C_tsr_r_is_recording)

attach_grad <- function(x) {
  .Call(C_tsr_r_attach_grad, x)
  invisible(x)
}

requires_grad <- function(x) .Call(C_tsr_r_requires_grad, x)

tensor_grad <- function(x) .Call(C_tsr_r_grad, x)

zero_grad <- function(x) {
  .Call(C_tsr_r_zero_grad, x)
  invisible(x)
}

tensor_detach <- function(x) .Call(C_tsr_r_detach, x)

backward <- function(heads, head_grads = NULL) {
  if (is_tensor(heads)) heads <- list(heads)
  if (!is.list(heads)) .tsr_raise(1L, "backward: heads must be a tensor or a list of tensors", "backward", "heads")
  if (!is.null(head_grads)) {
    if (is_tensor(head_grads) || !is.list(head_grads)) head_grads <- list(head_grads)
    if (length(head_grads) != length(heads)) {
      .tsr_raise(1L, "backward: head_grads needs one entry per head", "backward", "head_grads")
    }
    head_grads <- lapply(seq_along(heads), function(k) {
      g <- head_grads[[k]]
      if (is.null(g) || is_tensor(g)) g else as_tensor(g, dtype = tensor_dtype(heads[[k]]), dim = if (is.null(dim(g))) dim(heads[[k]]) else dim(g))
    })
  }
  invisible(.Call(C_tsr_r_backward, heads, head_grads))
}
