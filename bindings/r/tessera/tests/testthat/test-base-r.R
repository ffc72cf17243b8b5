# Operators against base R's own functions, on R arrays (float64 unless said otherwise).

set.seed(42)
A <- matrix(rnorm(12), 3, 4)
B <- matrix(rnorm(12), 3, 4)
P <- matrix(runif(12, 0.5, 3), 3, 4)
V <- rnorm(3)   # recycles down the columns of A

test_that("element-wise arithmetic equals R's, including R's recycling of a column vector", {
  expect_equal(as.array(add(A, B)), A + B, tolerance = 1e-15)
  expect_equal(as.array(tsr_sub(A, B)), A - B, tolerance = 1e-15)
  expect_equal(as.array(mul(A, B)), A * B, tolerance = 1e-15)
  expect_equal(as.array(div(A, B)), A / B, tolerance = 1e-15)
  expect_equal(as.array(pow(P, B)), P^B, tolerance = 1e-13)
  expect_equal(as.array(add(A, V)), A + V, tolerance = 1e-15)
  expect_equal(as.array(mul(V, A)), V * A, tolerance = 1e-15)
  expect_equal(as.array(maximum(A, B)), pmax(A, B))
  expect_equal(as.array(minimum(A, B)), pmin(A, B))
  expect_equal(as.array(neg(A)), -A)
  expect_equal(as.array(tsr_abs(A)), abs(A))
  expect_equal(as.array(relu(A)), pmax(A, 0))
})

test_that("math functions equal R's", {
  expect_equal(as.array(tsr_exp(A)), exp(A), tolerance = 1e-14)
  expect_equal(as.array(tsr_log(P)), log(P), tolerance = 1e-14)
  expect_equal(as.array(tsr_sqrt(P)), sqrt(P), tolerance = 1e-14)
  expect_equal(as.array(tsr_tanh(A)), tanh(A), tolerance = 1e-14)
  expect_equal(as.array(sigmoid(A)), 1 / (1 + exp(-A)), tolerance = 1e-14)
  expect_equal(as.array(tsr_log(as_tensor(c(0, -1)))), array(c(-Inf, NaN), 2L))
})

test_that("comparisons and where equal R's ==, <, > and ifelse", {
  C <- A
  C[2, 3] <- B[2, 3]
  expect_identical(as.array(equal(C, B)), C == B)
  expect_identical(as.array(less(A, B)), A < B)
  expect_identical(as.array(greater(A, B)), A > B)
  expect_identical(as.array(where(A > 0, A, B)), ifelse(A > 0, A, B))
  expect_identical(as.array(where(A > 0, A, 0)), ifelse(A > 0, A, 0))
})

test_that("cast truncates like as.integer()", {
  x <- c(1.7, -1.7, 0, 3, -0.2)
  expect_identical(as.vector(cast(x, dtype = "int32")), as.integer(x))
  expect_identical(as.vector(cast(x, dtype = "bool")), x != 0)
  expect_identical(as.vector(cast(1:3, dtype = "float64")), c(1, 2, 3))
})

test_that("reductions equal colSums, rowSums, colMeans, rowMeans, max and apply", {
  expect_equal(as.array(tsr_sum(A, axes = 1L)), array(colSums(A), 4L), tolerance = 1e-14)
  expect_equal(as.array(tsr_sum(A, axes = 2L)), array(rowSums(A), 3L), tolerance = 1e-14)
  expect_equal(as.vector(tsr_sum(A)), sum(A), tolerance = 1e-14)
  expect_equal(as.array(tsr_mean(A, axes = 1L)), array(colMeans(A), 4L), tolerance = 1e-14)
  expect_equal(as.array(tsr_mean(A, axes = 2L)), array(rowMeans(A), 3L), tolerance = 1e-14)
  expect_equal(as.vector(tsr_mean(A)), mean(A), tolerance = 1e-14)
  expect_identical(as.vector(tsr_max(A)), max(A))
  expect_identical(as.array(tsr_max(A, axes = 2L)), array(apply(A, 1, max), 3L))
  expect_identical(as.array(tsr_max(A, axes = 1L, keepdims = TRUE)), matrix(apply(A, 2, max), 1))
  I <- matrix(1:12, 3)
  expect_identical(as.array(tsr_sum(I, axes = 1L)), array(as.integer(colSums(I)), 4L))
})

test_that("matmul equals %*% and transpose equals t()", {
  expect_equal(as.array(matmul(A, t(B))), A %*% t(B), tolerance = 1e-13)
  expect_identical(as.array(transpose(A)), t(A))
  expect_identical(as.array(t(as_tensor(A))), t(A))
  expect_identical(as.array(t(as_tensor(V))), t(V))
})

test_that("concat equals rbind and cbind", {
  expect_identical(as.array(concat(list(A, B), axis = 1L)), rbind(A, B))
  expect_identical(as.array(concat(list(A, B), axis = 2L)), cbind(A, B))
  expect_identical(as.array(concat(list(A, B, A))), cbind(A, B, A))   # default: R's last dimension
  expect_identical(as.vector(concat(list(1:3, 4:5))), c(1:3, 4:5))
})

test_that("reshape equals array() and slice equals indexing", {
  expect_identical(as.array(tsr_reshape(A, c(6L, 2L))), array(A, c(6, 2)))
  expect_identical(as.array(tsr_reshape(A, 12L)), array(as.vector(A), 12L))
  expect_identical(as.array(slice(A, starts = c(1L, 2L), ends = c(3L, 5L), steps = c(1L, 2L))), A[1:2, c(2, 4)])
})

test_that("creation operators equal array(), seq() and rep()", {
  expect_identical(as.array(zeros(c(2L, 3L), dtype = "float64")), array(0, c(2, 3)))
  expect_identical(as.array(ones(c(3L, 1L, 2L), dtype = "int32")), array(1L, c(3, 1, 2)))
  expect_identical(as.array(full(c(2L, 2L), 7.5, dtype = "float64")), array(7.5, c(2, 2)))
  expect_identical(as.vector(arange(0, 10, 2.5, dtype = "float64")), seq(0, 7.5, by = 2.5))
  expect_identical(as.vector(arange(5, 0, -1, dtype = "int32")), 5:1)
  expect_identical(length(arange(0, 0)), 0L)
})

test_that("softmax and log_softmax equal their definitions along any R dimension", {
  a <- array(rnorm(24), c(2, 3, 4))
  for (axis in 1:3) {
    keep <- setdiff(1:3, axis)
    sm <- aperm(apply(a, keep, function(v) exp(v) / sum(exp(v))), order(c(axis, keep)))
    expect_equal(as.array(softmax(a, axis = axis)), sm, tolerance = 1e-12)
    expect_equal(as.array(log_softmax(a, axis = axis)), log(sm), tolerance = 1e-12)
  }
})
