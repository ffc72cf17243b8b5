# R arrays are column-major, the engine is row-major: tensors must keep R's dim semantics exactly.

test_that("arrays of every rank round-trip with their dim and element order", {
  set.seed(1)
  for (dims in list(integer(0), 5L, c(2L, 3L), c(3L, 1L, 4L), c(2L, 3L, 4L, 5L), c(1L, 2L, 1L, 3L, 2L), c(2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L))) {
    n <- prod(dims)
    a <- if (length(dims) == 0L) rnorm(1) else array(rnorm(n), dim = dims)
    t <- as_tensor(a)
    expect_identical(tensor_dtype(t), "float64")
    expect_identical(dim(t), if (length(dims) == 0L) 1L else dims)
    expect_identical(as.array(t), if (length(dims) == 0L) array(a, 1L) else a)
    expect_identical(length(t), as.integer(n))
  }
})

test_that("a matrix keeps [i, j]: m[i, j] is the tensor's [i, j]", {
  m <- matrix(c(11, 21, 12, 22, 13, 23), nrow = 2)
  t <- as_tensor(m)
  expect_identical(dim(t), c(2L, 3L))
  back <- as.array(t)
  for (i in 1:2) for (j in 1:3) expect_identical(back[i, j], m[i, j])
  expect_identical(back, m)
  expect_identical(as.vector(t), as.vector(m))
})

test_that("element types: R types map to tensors and back", {
  i <- matrix(1:6, 2)
  expect_identical(tensor_dtype(as_tensor(i)), "int32")
  expect_identical(as.array(as_tensor(i)), i)
  l <- array(c(TRUE, FALSE, TRUE, TRUE, FALSE, FALSE), c(3, 2))
  expect_identical(tensor_dtype(as_tensor(l)), "bool")
  expect_identical(as.array(as_tensor(l)), l)
  x <- array(c(0.5, -2, 3.25, 1e6), c(2, 2))
  expect_identical(as.array(as_tensor(x, dtype = "float32")), x)
  expect_identical(as.array(as_tensor(x, dtype = "int64")), trunc(x))
  expect_identical(as.array(as_tensor(c(0, 7, 255), dtype = "uint8")), array(c(0L, 7L, 255L), 3L))
  expect_identical(as.array(as_tensor(c(2.9, -2.9), dtype = "int32")), array(c(2L, -2L), 2L))
  expect_identical(as.array(as_tensor(c(0, 2, -1), dtype = "bool")), array(c(FALSE, TRUE, TRUE), 3L))
  expect_identical(as.array(as_tensor(c(NA, 1.5), dtype = "float32")), array(c(NA_real_, 1.5), 2L))
  expect_identical(as.double(as_tensor(1:3)), c(1, 2, 3))
  expect_identical(as.integer(as_tensor(c(1, 2))), c(1L, 2L))
  expect_identical(as.logical(as_tensor(c(TRUE, FALSE))), c(TRUE, FALSE))
})

test_that("as_tensor(dim =) and 0-d tensors", {
  s <- as_tensor(5, dim = integer(0))
  expect_identical(dim(s), integer(0))
  expect_identical(length(s), 1L)
  expect_identical(as.vector(s), 5)
  v <- as_tensor(1:6, dim = c(3, 2))
  expect_identical(as.array(v), matrix(1:6, 3))
  expect_identical(as_tensor(v), v)
  expect_identical(tensor_dtype(as_tensor(v, dtype = "float64")), "float64")
})

test_that("the tensor does not see later changes to the R vector it was made from", {
  x <- c(1, 2, 3)
  t <- as_tensor(x)
  x[1] <- 100
  expect_identical(as.vector(t), c(1, 2, 3))
  m <- matrix(1:4, 2)
  t2 <- as_tensor(m)
  m[2, 2] <- 0L
  expect_identical(as.array(t2), matrix(1:4, 2))
})

test_that("views outlive the tensor and the R vector they came from (no use after free)", {
  t <- as_tensor(array(as.double(1:24), c(2, 3, 4)))
  v <- transpose(t)
  s <- slice(t, starts = 2L, ends = 3L, axes = 3L)
  rm(t)
  invisible(gc())
  invisible(gc())
  expect_identical(as.array(v), aperm(array(as.double(1:24), c(2, 3, 4))))
  expect_identical(as.array(s), array(as.double(1:24), c(2, 3, 4))[, , 2, drop = FALSE])
})

test_that("matrix products follow R's %*% exactly (the engine gets the operands reversed)", {
  set.seed(2)
  for (k in 1:5) {
    n <- sample(1:6, 1); p <- sample(1:6, 1); q <- sample(1:6, 1)
    a <- matrix(rnorm(n * p), n, p)
    b <- matrix(rnorm(p * q), p, q)
    expect_equal(as.array(as_tensor(a) %*% as_tensor(b)), a %*% b, tolerance = 1e-12)
    expect_equal(as.array(matmul(a, b)), a %*% b, tolerance = 1e-12)
  }
  a <- matrix(as.double(1:6), 2)
  b <- matrix(as.double(7:12), 3)
  expect_identical(as.array(as_tensor(a) %*% as_tensor(b)), a %*% b)
  expect_identical(as.array(as_tensor(a) %*% b), a %*% b)
  expect_identical(as.array(a %*% as_tensor(b)), a %*% b)
  # Integers multiply exactly.
  ai <- matrix(1:6, 2)
  bi <- matrix(1:12, 3)
  expect_identical(tensor_dtype(as_tensor(ai) %*% as_tensor(bi)), "int32")
  expect_equal(as.array(as_tensor(ai) %*% as_tensor(bi)), ai %*% bi)  # R's %*% returns doubles
})

test_that("%*% with vectors gives R's row/column promotion", {
  m <- matrix(as.double(1:6), 2)   # 2 x 3
  v3 <- c(1, 0, 2)
  v2 <- c(3, -1)
  expect_identical(as.array(as_tensor(m) %*% as_tensor(v3)), m %*% v3)
  expect_identical(as.array(as_tensor(v2) %*% as_tensor(m)), v2 %*% m)
  expect_identical(as.array(as_tensor(v3) %*% as_tensor(v3)), v3 %*% v3)
  expect_identical(as.array(as_tensor(2) %*% as_tensor(v3)), 2 %*% v3)
  expect_identical(as.array(as_tensor(v3) %*% as_tensor(matrix(c(1, 2), 1))), v3 %*% matrix(c(1, 2), 1))
  expect_identical(as.array(as_tensor(matrix(c(1, 2), 2)) %*% as_tensor(c(5, 6))), matrix(c(1, 2), 2) %*% c(5, 6))
  expect_error(v3 %*% 2, "non-conformable")
  expect_error(as_tensor(v3) %*% as_tensor(2), class = "tessera_shape_mismatch")
  # matmul itself follows the registry's (NumPy) rule: vectors lose the added dimension.
  expect_identical(as.array(matmul(m, v3)), array(as.vector(m %*% v3), 2L))
})

test_that("batched matmul: R's first two dimensions are the matrices, later ones the batch", {
  set.seed(3)
  a <- array(rnorm(2 * 3 * 4), c(2, 3, 4))
  b <- array(rnorm(3 * 5 * 4), c(3, 5, 4))
  got <- as.array(matmul(a, b))
  expect_identical(dim(got), c(2L, 5L, 4L))
  for (i in 1:4) expect_equal(got[, , i], a[, , i] %*% b[, , i], tolerance = 1e-12)
})

test_that("reshape and dim<- fill in R's column-major order", {
  x <- as_tensor(1:12)
  expect_identical(as.array(tsr_reshape(x, c(3, 4))), array(1:12, c(3, 4)))
  expect_identical(as.array(tsr_reshape(x, c(2, -1, 3))), array(1:12, c(2, 2, 3)))
  m <- as_tensor(matrix(1:12, 3))
  dim(m) <- c(2, 6)
  expect_identical(as.array(m), matrix(1:12, 2))
})

test_that("axes are 1-based R dimensions, negative from the last", {
  a <- array(as.double(1:24), c(2, 3, 4))
  t <- as_tensor(a)
  expect_identical(as.array(tsr_sum(t, axes = 1L)), apply(a, c(2, 3), sum))
  expect_identical(as.array(tsr_sum(t, axes = 2L)), apply(a, c(1, 3), sum))
  expect_identical(as.array(tsr_sum(t, axes = 3L)), apply(a, c(1, 2), sum))
  expect_identical(as.array(tsr_sum(t, axes = -1L)), apply(a, c(1, 2), sum))
  expect_identical(as.array(tsr_sum(t, axes = c(1L, 3L))), array(apply(a, 2, sum), 3L))
  expect_identical(dim(tsr_sum(t, axes = 2L, keepdims = TRUE)), c(2L, 1L, 4L))
  expect_identical(as.array(concat(list(a, a), axis = 2L)), {
    r <- array(0, c(2, 6, 4)); r[, 1:3, ] <- a; r[, 4:6, ] <- a; r
  })
})

test_that("perm is aperm's permutation", {
  a <- array(1:24, c(2, 3, 4))
  t <- as_tensor(a)
  for (p in list(c(1L, 2L, 3L), c(3L, 1L, 2L), c(2L, 3L, 1L), c(3L, 2L, 1L), c(1L, 3L, 2L))) {
    expect_identical(as.array(transpose(t, perm = p)), aperm(a, p))
    expect_identical(as.array(aperm(t, p)), aperm(a, p))
  }
  expect_identical(as.array(transpose(t)), aperm(a))
})

test_that("slice positions are 1-based like R indexing (ends exclusive)", {
  m <- matrix(1:20, 4)
  t <- as_tensor(m)
  expect_identical(as.array(slice(t, starts = c(2L, 3L), ends = c(4L, 6L))), m[2:3, 3:5])
  expect_identical(as.array(slice(t, starts = 1L, ends = 5L, axes = 1L, steps = 2L)), m[c(1, 3), ])
  expect_identical(as.array(slice(t, starts = -1L, ends = -5L, axes = 2L, steps = -1L)), m[, 5:2])
  expect_identical(as.array(slice(t, starts = -2L, ends = 100L, axes = 1L)), m[3:4, ])
})

test_that("softmax's default axis is R's first dimension (the engine's last)", {
  m <- matrix(c(1, 2, 3, 4, 0, -1), 3)
  want <- apply(m, 2, function(v) exp(v) / sum(exp(v)))
  expect_equal(as.array(softmax(m)), want, tolerance = 1e-12)
  want2 <- t(apply(m, 1, function(v) exp(v) / sum(exp(v))))
  expect_equal(as.array(softmax(m, axis = 2L)), want2, tolerance = 1e-12)
})
