# The tensor class: print/format, Ops, Math, Summary, mean.

test_that("format and print show dtype and R's dimensions", {
  t <- as_tensor(matrix(1:6, 2))
  expect_identical(format(t), "<tessera_tensor int32 [2 x 3]>")
  expect_identical(format(as_tensor(1, dim = integer(0))), "<tessera_tensor float64 scalar>")
  out <- capture.output(print(t))
  expect_identical(out[[1L]], "<tessera_tensor int32 [2 x 3]>")
  expect_identical(out[-1L], capture.output(print(matrix(1:6, 2))))
  capture.output(expect_invisible(print(t)))
  expect_identical(capture.output(print(as_tensor(c(1.5, 2))))[[2L]], capture.output(print(c(1.5, 2))))
})

test_that("arithmetic operators equal R's on the same arrays", {
  a <- matrix(c(1, -2, 3.5, 4, 0.5, -6), 2)
  b <- matrix(c(2, 2, -1, 0.25, 3, 1), 2)
  ta <- as_tensor(a)
  tb <- as_tensor(b)
  expect_identical(as.array(ta + tb), a + b)
  expect_identical(as.array(ta - tb), a - b)
  expect_identical(as.array(ta * tb), a * b)
  expect_identical(as.array(ta / tb), a / b)
  expect_equal(as.array(abs(ta)^tb), abs(a)^b, tolerance = 1e-15)
  expect_identical(as.array(-ta), -a)
  expect_identical(as.array(+ta), a)
  expect_identical(as.array(ta + 1), a + 1)
  expect_identical(as.array(2 * ta), 2 * a)
  expect_identical(as.array(10 - ta), 10 - a)
  expect_identical(as.array(ta + c(1, 2)), a + c(1, 2))
  expect_identical(as.array(ta + b), a + b)
})

test_that("comparison operators equal R's", {
  a <- matrix(c(1, 2, 3, 4, 5, 6), 2)
  b <- matrix(c(1, 0, 3, 9, 5, 0), 2)
  ta <- as_tensor(a)
  tb <- as_tensor(b)
  expect_identical(as.array(ta == tb), a == b)
  expect_identical(as.array(ta != tb), a != b)
  expect_identical(as.array(ta < tb), a < b)
  expect_identical(as.array(ta <= tb), a <= b)
  expect_identical(as.array(ta > tb), a > b)
  expect_identical(as.array(ta >= tb), a >= b)
  expect_identical(as.array(ta > 3), a > 3)
  p <- ta > 2
  q <- tb > 0
  expect_identical(as.array(p & q), (a > 2) & (b > 0))
  expect_identical(as.array(p | q), (a > 2) | (b > 0))
  expect_identical(as.array(!p), !(a > 2))
})

test_that("operators keep the tensor's element type", {
  t <- as_tensor(1:4)
  expect_identical(tensor_dtype(t + 1), "int32")
  expect_identical(as.vector(t * 2L), c(2L, 4L, 6L, 8L))
  f <- as_tensor(c(1, 2), dtype = "float32")
  expect_identical(tensor_dtype(f / 4), "float32")
  expect_identical(as.vector(f / 4), c(0.25, 0.5))
})

test_that("Math and Summary generics call the engine", {
  a <- matrix(c(0.5, 1, 2, 4, 8, 16), 2)
  t <- as_tensor(a)
  expect_equal(as.array(exp(t)), exp(a), tolerance = 1e-15)
  expect_equal(as.array(log(t)), log(a), tolerance = 1e-15)
  expect_equal(as.array(log(t, 2)), log(a, 2), tolerance = 1e-15)
  expect_equal(as.array(sqrt(t)), sqrt(a), tolerance = 1e-15)
  expect_equal(as.array(tanh(t)), tanh(a), tolerance = 1e-15)
  expect_identical(as.array(abs(-t)), a)
  expect_identical(as.vector(sum(t)), sum(a))
  expect_identical(as.array(sum(t, axes = 1L)), array(colSums(a), 3L))
  expect_identical(as.vector(max(t)), max(a))
  expect_identical(as.vector(min(t)), min(a))
  expect_identical(as.array(max(t, axes = 2L, keepdims = TRUE)), matrix(apply(a, 1, max), 2))
  expect_identical(as.vector(mean(t)), mean(a))
  expect_identical(as.array(mean(t, axes = 2L)), array(rowMeans(a), 2L))
})

test_that("base functions keep working on plain R values while tessera is attached", {
  expect_identical(sum(1:10), 55L)
  expect_identical(matrix(1:4, 2) %*% matrix(1:4, 2), base::`%*%`(matrix(1:4, 2), matrix(1:4, 2)))
  expect_identical(max(c(3, 9, 2)), 9)
  expect_identical(sub("a", "b", "cat"), "cbt")
})

test_that("the operators of the larger registry back more of base R's generics", {
  a <- matrix(c(-2.5, 1.5, 0.3, -0.7, 2, -4), 2)
  t <- as_tensor(a)
  expect_identical(as.array(floor(t)), floor(a))
  expect_identical(as.array(ceiling(t)), ceiling(a))
  expect_identical(as.array(round(t)), round(a))              # halfway cases to even, as R
  expect_identical(as.array(sign(t)), sign(a))
  for (g in c("sin", "cos", "tan", "atan", "sinh", "cosh", "asinh")) {
    expect_equal(as.array(get(g)(t)), get(g)(a), tolerance = 1e-15, info = g)
  }
  u <- as_tensor(a / 5)
  for (g in c("asin", "acos", "atanh")) expect_equal(as.array(get(g)(u)), get(g)(a / 5), tolerance = 1e-15, info = g)
  expect_equal(as.array(acosh(abs(t) + 1)), acosh(abs(a) + 1), tolerance = 1e-15)
  expect_identical(as.vector(cumsum(t)), cumsum(a))
  expect_identical(as.vector(cumsum(as_tensor(1:5))), cumsum(1:5))
  expect_equal(as.vector(prod(t)), prod(a), tolerance = 1e-15)
  expect_equal(as.array(prod(t, axes = 1L)), array(apply(a, 2, prod), 3L), tolerance = 1e-15)
  expect_identical(as.vector(min(as_tensor(c(3L, 1L, 2L)))), 1L)
  # %% has the sign of the divisor, as in R, for integers and doubles.
  expect_identical(as.vector(as_tensor(c(-7L, 7L, 5L)) %% 3L), c(-7L, 7L, 5L) %% 3L)
  expect_identical(as.vector(as_tensor(c(-7L, 7L)) %% -3L), c(-7L, 7L) %% -3L)
  expect_equal(as.array(t %% 2), a %% 2, tolerance = 1e-15)
  expect_equal(as.array(t %% -0.75), a %% -0.75, tolerance = 1e-15)
  # <= and >= are the engine's own comparisons: NaN compares false (R gives NA).
  n <- as_tensor(c(NaN, 1))
  expect_identical(as.vector(n <= 1), c(FALSE, TRUE))
  expect_identical(as.vector(n >= 1), c(FALSE, TRUE))
})

test_that("operators the engine lacks fail clearly", {
  t <- as_tensor(c(1, 2))
  expect_error(t %/% 2, class = "tessera_unsupported")
  expect_error(cumprod(t), class = "tessera_unsupported")
  expect_error(round(t, 2), class = "tessera_unsupported")
  expect_error(sum(t, t), class = "tessera_invalid_argument")
  expect_error(!t, class = "tessera_dtype_mismatch")
  expect_error(t & t, class = "tessera_dtype_mismatch")
})
