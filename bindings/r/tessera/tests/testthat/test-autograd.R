# Autograd through the C API; gradients checked against analytic formulas and finite differences
# computed in base R.

numeric_grad <- function(f, x, eps = 1e-6) {
  g <- x
  for (i in seq_along(x)) {
    up <- x; up[i] <- up[i] + eps
    dn <- x; dn[i] <- dn[i] - eps
    g[i] <- (f(up) - f(dn)) / (2 * eps)
  }
  g
}

test_that("d/dx sum(x * x) = 2x, in R's dimensions", {
  a <- matrix(c(1, -2, 3, 0.5, 4, -1), 2)
  x <- attach_grad(as_tensor(a))
  expect_true(requires_grad(x))
  expect_null(tensor_grad(x))
  y <- autograd_record(sum(x * x))
  backward(y)
  expect_identical(as.array(tensor_grad(x)), 2 * a)
})

test_that("matrix product gradients: R's A %*% B with the engine's reversed operands", {
  set.seed(7)
  A <- matrix(rnorm(6), 2, 3)
  B <- matrix(rnorm(12), 3, 4)
  ta <- attach_grad(as_tensor(A))
  tb <- attach_grad(as_tensor(B))
  loss <- autograd_record(sum(ta %*% tb))
  backward(loss)
  ones <- matrix(1, 2, 4)
  expect_equal(as.array(tensor_grad(ta)), ones %*% t(B), tolerance = 1e-12)
  expect_equal(as.array(tensor_grad(tb)), t(A) %*% ones, tolerance = 1e-12)
})

test_that("softmax along an R dimension matches finite differences", {
  set.seed(8)
  X <- matrix(rnorm(12), 3, 4)
  W <- matrix(rnorm(12), 3, 4)
  f <- function(x) {
    s <- t(apply(x, 1, function(v) exp(v) / sum(exp(v))))   # softmax over R's 2nd dimension
    sum(W * s)
  }
  tx <- attach_grad(as_tensor(X))
  loss <- autograd_record(sum(as_tensor(W) * softmax(tx, axis = 2L)))
  expect_equal(as.vector(loss), f(X), tolerance = 1e-12)
  backward(loss)
  expect_equal(as.array(tensor_grad(tx)), numeric_grad(f, X), tolerance = 1e-6)
})

test_that("head gradients, accumulation, zero_grad and detach", {
  x <- attach_grad(as_tensor(c(1, 2, 3)))
  y <- autograd_record(x * 2)
  backward(y, head_grads = c(1, 10, 100))
  expect_identical(as.vector(tensor_grad(x)), c(2, 20, 200))
  y2 <- autograd_record(x * 3)
  backward(y2)
  expect_identical(as.vector(tensor_grad(x)), c(5, 23, 203))
  zero_grad(x)
  z <- autograd_record(tensor_detach(x) * x)
  backward(z)
  expect_identical(as.vector(tensor_grad(x)), c(1, 2, 3))
})

test_that("recording is scoped and restored, also on error", {
  expect_false(autograd_is_recording())
  expect_true(autograd_record(autograd_is_recording()))
  expect_false(autograd_record(autograd_pause(autograd_is_recording())))
  expect_error(autograd_record(stop("boom")), "boom")
  expect_false(autograd_is_recording())
})

test_that("autograd misuse is a tessera_error", {
  expect_error(backward(list()), class = "tessera_invalid_argument")
  x <- attach_grad(as_tensor(c(1, 2)))
  y <- autograd_record(x * 2)
  expect_error(backward(y, head_grads = list(1, 2)), class = "tessera_invalid_argument")
  expect_error(backward(y, head_grads = c(1, 2, 3)), class = "tessera_error")
  released <- as_tensor(1)
  tensor_release(released)
  expect_error(attach_grad(released), class = "tessera_invalid_handle")
})
