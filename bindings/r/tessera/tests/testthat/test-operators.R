# The operator shapes the 128-operator registry brought in, checked in R's terms against base R:
# variadic and multiple outputs, optional inputs (left out in the middle), enum, string and
# infinite-default attributes, axes counted in the result, index tensors (0-based data), the
# matrix operators R runs on its own view (gemm, triu, tril, einsum) and the NCHW operators whose
# untagged attributes are passed in the engine's order.

expect_tessera_condition <- function(expr, class, arg = NULL, message = NULL) {
  err <- tryCatch({
    expr
    NULL
  }, error = function(e) e)
  expect_s3_class(err, "tessera_error")
  expect_s3_class(err, class)
  if (!is.null(arg)) expect_identical(err$arg, arg)
  if (!is.null(message)) expect_match(conditionMessage(err), message, fixed = TRUE)
  invisible(err)
}

# ---- outputs ----------------------------------------------------------------------------------

test_that("split returns an unnamed list whose length the engine decides, pieces along R's dimension", {
  m <- matrix(as.double(1:10), 5, 2)
  pieces <- tsr_split(m, axis = 1L, split = c(2L, 3L))
  expect_type(pieces, "list")
  expect_null(names(pieces))
  expect_length(pieces, 2L)
  expect_identical(as.array(pieces[[1L]]), m[1:2, ])
  expect_identical(as.array(pieces[[2L]]), m[3:5, ])
  # The default axis is the engine's first, R's last dimension.
  cols <- tsr_split(m, num_outputs = 2L)
  expect_identical(lapply(cols, as.array), list(m[, 1, drop = FALSE], m[, 2, drop = FALSE]))
  # num_outputs: ceil(7 / 3) = 3 per piece, the last gets the rest.
  v <- tsr_split(1:7, num_outputs = 3L)
  expect_identical(lapply(v, as.vector), list(1:3, 4:6, 7L))
  # Up to 64 pieces (the glue makes room for them); the registry's range stops at 64.
  many <- tsr_split(as.double(1:64), num_outputs = 64L)
  expect_length(many, 64L)
  expect_identical(vapply(many, as.double, 0), as.double(1:64))
  expect_tessera_condition(tsr_split(1:65, num_outputs = 65L), "tessera_invalid_attribute", arg = "num_outputs")
  expect_tessera_condition(tsr_split(1:5, split = c(2L, 2L)), "tessera_error")
})

test_that("operators with several outputs return lists named like the registry's outputs", {
  tk <- top_k(c(3, 1, 2, 5), k = 2L)
  expect_named(tk, c("values", "indices"))
  expect_identical(as.vector(tk$values), c(5, 3))
  expect_identical(as.vector(tk$indices), c(3, 0))  # 0-based positions (int64, read as doubles)
  expect_identical(tensor_dtype(tk$indices), "int64")
  # Along R's first dimension: the largest of each column.
  m <- matrix(c(4, 9, 1, 7, 2, 8), 3, 2)
  tk1 <- top_k(m, k = 1L, axis = 1L)
  expect_identical(as.array(tk1$values), matrix(apply(m, 2, max), 1))
  expect_identical(as.array(tk1$indices), matrix(apply(m, 2, which.max) - 1, 1))

  d <- dropout(m)
  expect_named(d, c("y", "mask"))
  expect_identical(as.array(d$y), m)
  expect_true(all(as.array(d$mask)))

  s <- sgd_update(c(1, 2), c(0.5, -1), c(0, 0), lr = 0.1)
  expect_named(s, c("new_weight", "new_momentum_buffer"))
  expect_equal(as.vector(s$new_weight), c(1, 2) - 0.1 * c(0.5, -1), tolerance = 1e-12)

  w <- c(1, -2); g <- c(0.5, 0.25)
  a <- adam_update(w, g, c(0, 0), c(0, 0), lr = 0.01, step = 1L)
  expect_named(a, c("new_weight", "new_m", "new_v"))
  m1 <- 0.1 * g; v1 <- 0.001 * g^2
  expect_equal(as.vector(a$new_m), m1, tolerance = 1e-12)
  expect_equal(as.vector(a$new_v), v1, tolerance = 1e-12)
  expect_equal(as.vector(a$new_weight), w - 0.01 * (m1 / 0.1) / (sqrt(v1 / 0.001) + 1e-8), tolerance = 1e-9)
})

# ---- inputs and attributes --------------------------------------------------------------------

test_that("optional inputs: NULL leaves one out, also in the middle", {
  x <- matrix(c(1, 2, 4, 3, 5, 9), 3, 2)          # two columns of three features (R's view)
  z <- apply(x, 2, function(v) (v - mean(v)) / sqrt(mean((v - mean(v))^2)))
  expect_equal(as.array(layer_norm(x, epsilon = 0)), z, tolerance = 1e-12)
  bias <- c(10, 20, 30)
  scale <- c(1, 2, 3)
  expect_equal(as.array(layer_norm(x, bias = bias, epsilon = 0)), z + bias, tolerance = 1e-12)
  expect_equal(as.array(layer_norm(x, scale = NULL, bias = bias, epsilon = 0)), z + bias, tolerance = 1e-12)
  expect_equal(as.array(layer_norm(x, scale = scale, epsilon = 0)), z * scale, tolerance = 1e-12)
  expect_equal(as.array(layer_norm(x, scale, bias, epsilon = 0)), z * scale + bias, tolerance = 1e-12)
  # A required input cannot be NULL.
  expect_tessera_condition(layer_norm(NULL), "tessera_invalid_argument", arg = "x")
})

test_that("enum attributes take the registry's names and reject others, listing them", {
  x <- c(-1, 0, 0.5, 2)
  exact <- x * pnorm(x)
  approx <- 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))
  expect_equal(as.vector(gelu(x)), exact, tolerance = 1e-7)
  expect_equal(as.vector(gelu(x, approximate = "tanh")), approx, tolerance = 1e-7)
  e <- expect_tessera_condition(gelu(x, approximate = "fast"), "tessera_invalid_attribute", arg = "approximate")
  expect_match(conditionMessage(e), '"none", "tanh"', fixed = TRUE)
  expect_tessera_condition(gelu(x, approximate = 1L), "tessera_invalid_attribute", arg = "approximate")
  logp <- matrix(-c(1, 2, 3, 4), 2)               # 2 classes, 2 samples
  expect_identical(as.vector(nll_loss(logp, c(1L, 0L), reduction = "sum")), 5)
  expect_identical(as.vector(nll_loss(logp, c(1L, 0L), reduction = "none")), c(2, 3))
  expect_tessera_condition(nll_loss(logp, c(1L, 0L), reduction = "average"), "tessera_invalid_attribute", arg = "reduction")
})

test_that("float attributes default to -Inf and Inf where the registry says so", {
  expect_identical(formals(tsr_clip)$min, quote(-Inf))
  expect_identical(formals(tsr_clip)$max, Inf)
  x <- c(-1e308, -2, 0, 3, Inf)
  expect_identical(as.vector(tsr_clip(x)), x)
  expect_identical(as.vector(tsr_clip(x, max = 1)), pmin(x, 1))
  expect_identical(as.vector(tsr_clip(x, min = -1, max = 1)), pmax(pmin(x, 1), -1))
  expect_identical(as.vector(tsr_clip(1:5, min = 2, max = 4)), c(2L, 2L, 3L, 4L, 4L))
})

test_that("einsum's equation is written on R's dimensions", {
  set.seed(3)
  a <- matrix(rnorm(6), 2, 3)
  b <- matrix(rnorm(12), 3, 4)
  expect_equal(as.array(einsum(list(a, b), "ij,jk->ik")), a %*% b, tolerance = 1e-12)
  expect_equal(as.array(einsum(list(a, b), "ij,jk")), a %*% b, tolerance = 1e-12)      # implicit output
  expect_equal(as.array(einsum(list(a), "ij->ji")), t(a), tolerance = 0)
  expect_equal(as.vector(einsum(list(a), "ij->j")), colSums(a), tolerance = 1e-12)
  s <- matrix(as.double(1:9), 3)
  expect_identical(as.vector(einsum(list(s), "ii")), sum(diag(s)))
  expect_identical(as.array(einsum(list(c(1, 2), c(3, 4, 5)), "i,j")), outer(c(1, 2), c(3, 4, 5)))
  # Batches last, as in R's arrays of matrices; an ellipsis covers R's leading dimensions.
  A <- array(rnorm(24), c(2, 3, 4))
  B <- array(rnorm(20), c(3, 5, 4))
  got <- as.array(einsum(list(A, B), "ijb,jkb->ikb"))
  for (k in 1:4) expect_equal(got[, , k], A[, , k] %*% B[, , k], tolerance = 1e-12)
  expect_identical(as.array(einsum(list(A), "...ij->...ji")), aperm(A, c(1, 3, 2)))
  expect_identical(as.array(einsum(list(A), " i j k -> k j i ")), aperm(A, c(3, 2, 1)))
  expect_tessera_condition(einsum(list(a), "i1->i"), "tessera_invalid_attribute", arg = "equation")
  expect_tessera_condition(einsum(list(a), c("ij", "ji")), "tessera_invalid_attribute", arg = "equation")
  expect_tessera_condition(einsum(list(a, b), "ij->ij"), "tessera_error")
})

# ---- axes counted in the result ---------------------------------------------------------------

test_that("unsqueeze's axes are positions in R's dimensions of the result", {
  expect_identical(dim(unsqueeze(c(1, 2, 3), axes = 1L)), c(1L, 3L))
  expect_identical(dim(unsqueeze(c(1, 2, 3), axes = 2L)), c(3L, 1L))
  expect_identical(dim(unsqueeze(c(1, 2, 3), axes = c(1L, -1L))), c(1L, 3L, 1L))
  m <- matrix(as.double(1:6), 2)
  u <- unsqueeze(m, axes = 2L)
  expect_identical(as.array(u), array(m, c(2, 1, 3)))
  expect_identical(dim(unsqueeze(m, axes = c(1L, 4L))), c(1L, 2L, 3L, 1L))
  expect_tessera_condition(unsqueeze(m, axes = 5L), "tessera_invalid_attribute", arg = "axes")
  expect_tessera_condition(unsqueeze(m, axes = 0L), "tessera_invalid_attribute", arg = "axes")
  # squeeze is its inverse, on the input's dimensions.
  expect_identical(as.array(squeeze(u, axes = 2L)), m)
  expect_identical(dim(squeeze(array(1:6, c(1, 2, 1, 3)))), c(2L, 3L))
})

test_that("one_hot puts the new dimension where R's axis says (default: R's first)", {
  idx <- c(0L, 2L, 1L, 2L)                        # 0-based classes
  eye <- diag(3)
  expect_identical(as.array(one_hot(idx, depth = 3L)), eye[, idx + 1L])
  expect_identical(as.array(one_hot(idx, depth = 3L, axis = 2L)), eye[idx + 1L, ])
  expect_identical(as.array(one_hot(idx, depth = 3L, axis = -1L)), eye[idx + 1L, ])
  expect_identical(tensor_dtype(one_hot(idx, depth = 3L, dtype = "int32")), "int32")
  m <- matrix(c(0L, 1L, 2L, 0L), 2)
  expect_identical(dim(one_hot(m, depth = 3L)), c(3L, 2L, 2L))
  expect_identical(dim(one_hot(m, depth = 3L, axis = 3L)), c(2L, 2L, 3L))
})

# ---- axis attributes of the new operators, against base R --------------------------------------

test_that("argmax, argmin, cumsum and log_sum_exp along R's dimensions", {
  m <- matrix(c(3, 9, 1, 7, 2, 8, 5, 5, 6), 3)
  expect_identical(as.array(argmax(m, axis = 1L)), matrix(apply(m, 2, which.max) - 1, 1))
  expect_identical(as.vector(argmax(m, axis = 2L, keepdims = FALSE)), apply(m, 1, which.max) - 1)
  expect_identical(as.vector(argmin(m, axis = 2L, keepdims = FALSE)), apply(m, 1, which.min) - 1)
  expect_identical(as.array(tsr_cumsum(m, axis = 1L)), apply(m, 2, cumsum))
  expect_identical(as.array(tsr_cumsum(m, axis = 2L)), t(apply(m, 1, cumsum)))
  expect_equal(as.vector(log_sum_exp(m, axes = 1L)), log(colSums(exp(m))), tolerance = 1e-12)
  expect_equal(as.vector(tsr_prod(m, axes = 2L)), apply(m, 1, prod), tolerance = 1e-12)
})

test_that("gather, gather_elements and scatter_elements take 0-based index tensors along R's dimension", {
  m <- matrix(as.double(1:12), 3, 4)
  expect_identical(as.array(gather(m, c(2L, 0L), axis = 1L)), m[c(3, 1), ])
  expect_identical(as.array(gather(m, c(3L, 1L), axis = 2L)), m[, c(4, 2)])
  # A single number is a 0-d index, which removes the dimension, like m[3, ].
  expect_identical(as.vector(gather(m, -1L, axis = 1L)), m[3, ])
  expect_identical(dim(gather(m, -1L, axis = 1L)), 4L)
  expect_identical(as.array(gather(m, array(2L, 1), axis = 1L)), m[3, , drop = FALSE])
  # An index tensor made by one operator feeds another unchanged.
  best <- argmax(m, axis = 1L)
  expect_identical(as.array(gather_elements(m, best, axis = 1L)), matrix(apply(m, 2, max), 1))
  idx <- matrix(c(0L, 2L, 1L, 1L), 1, 4)
  expect_identical(as.array(gather_elements(m, idx, axis = 1L)), matrix(m[cbind(c(1, 3, 2, 2), 1:4)], 1))
  s <- scatter_elements(matrix(0, 3, 2), matrix(c(2L, 0L), 1), matrix(c(5, 6), 1), axis = 1L)
  expect_identical(as.array(s), matrix(c(0, 0, 5, 6, 0, 0), 3))
  e <- embedding(matrix(as.double(1:6), 2, 3), c(2L, 0L))   # weight c(D = 2, V = 3): one column per id
  expect_identical(as.array(e), matrix(c(5, 6, 1, 2), 2))
  expect_tessera_condition(embedding(matrix(1, 2, 3), 3L), "tessera_error")
})

test_that("losses take 0-based class labels and logits with one column per sample", {
  set.seed(5)
  logits <- matrix(rnorm(12), 3, 4)                # 3 classes, 4 samples
  labels <- c(2L, 0L, 1L, 2L)
  logp <- sweep(logits, 2, apply(logits, 2, function(v) log(sum(exp(v)))))
  picked <- logp[cbind(labels + 1L, 1:4)]
  r <- softmax_cross_entropy(logits, labels)
  expect_named(r, c("loss", "log_prob"))
  expect_equal(as.vector(r$loss), -mean(picked), tolerance = 1e-12)
  expect_equal(as.array(r$log_prob), logp, tolerance = 1e-12)
  expect_equal(as.vector(softmax_cross_entropy(logits, labels, reduction = "none")$loss), -picked, tolerance = 1e-12)
  expect_equal(as.vector(nll_loss(logp, labels, reduction = "sum")), -sum(picked), tolerance = 1e-12)
  # ignore_index is a class id as the labels hold it.
  expect_equal(as.vector(nll_loss(logp, labels, ignore_index = 2L)), -mean(picked[labels != 2L]), tolerance = 1e-12)
  expect_equal(as.vector(mse_loss(c(1, 2), c(2, 4))), 2.5)
})

test_that("non_zero lists engine coordinates: reversed and plus one, they are which(arr.ind = TRUE)", {
  x <- array(c(0, 1, 0, 2, 3, 0, 0, 0, 4, 0, 5, 0), c(2, 3, 2))
  nz <- as.array(non_zero(x))
  expect_identical(dim(nz), c(5L, 3L))
  expect_identical(nz[, 3:1] + 1, unname(which(x != 0, arr.ind = TRUE)) + 0)
})

test_that("layout operators with shape-tagged attributes use R's dimensions", {
  m <- matrix(as.double(1:6), 2, 3)
  expect_identical(as.array(tile(m, repeats = c(2L, 3L))), m[rep(1:2, 2), rep(1:3, 3)])
  expect_identical(as.array(expand(c(1, 2), shape = c(2L, 3L))), matrix(c(1, 2), 2, 3))
  expect_identical(dim(resize(array(1, c(2, 3, 1, 1)), sizes = c(4L, 6L, 1L, 1L))), c(4L, 6L, 1L, 1L))
  # scales is untagged: engine order, R's dimensions from the last.
  expect_identical(dim(resize(array(1, c(2, 3, 1, 1)), scales = c(1, 1, 2, 2))), c(4L, 6L, 1L, 1L))
})

test_that("pad and flatten take their untagged attributes in the engine's order", {
  m <- matrix(as.double(1:6), 2, 3)
  # Engine axes 0, 1 are R's columns, rows: c(before columns, before rows, after columns, after rows).
  p <- as.array(pad(m, pads = c(0L, 1L, 1L, 0L), value = 9))
  expect_identical(p, rbind(9, cbind(m, 9)))
  expect_identical(as.array(pad(m, pads = c(1L, 0L, 0L, 0L))), cbind(0, m))
  a <- array(as.double(1:24), c(2, 3, 4))
  expect_identical(as.array(flatten(a)), matrix(a, 6, 4))
  expect_identical(as.array(flatten(a, axis = 2L)), matrix(a, 2, 12))
  expect_identical(as.array(flatten(a, axis = 0L)), matrix(a, 24, 1))
})

# ---- matrix operators on R's view -------------------------------------------------------------

test_that("gemm is alpha * op(a) %*% op(b) + beta * c on R's matrices", {
  set.seed(11)
  a <- matrix(rnorm(6), 2, 3)
  b <- matrix(rnorm(12), 3, 4)
  cm <- matrix(rnorm(8), 2, 4)
  expect_equal(as.array(gemm(a, b)), a %*% b, tolerance = 1e-12)
  expect_equal(as.array(gemm(t(a), b, trans_a = TRUE)), a %*% b, tolerance = 1e-12)
  expect_equal(as.array(gemm(a, t(b), trans_b = TRUE)), a %*% b, tolerance = 1e-12)
  expect_equal(as.array(gemm(t(a), t(b), trans_a = TRUE, trans_b = TRUE)), a %*% b, tolerance = 1e-12)
  expect_equal(as.array(gemm(a, b, cm, alpha = 2, beta = 0.5)), 2 * a %*% b + 0.5 * cm, tolerance = 1e-12)
  # A vector c recycles down the columns, as in R.
  expect_equal(as.array(gemm(a, b, c(1, 2))), a %*% b + c(1, 2), tolerance = 1e-12)
  expect_equal(as.array(gemm(a, b, 3)), a %*% b + 3, tolerance = 1e-12)
  expect_tessera_condition(gemm(a, a), "tessera_shape_mismatch")
  # Gradients in R's terms.
  ta <- attach_grad(as_tensor(a))
  loss <- autograd_record(sum(gemm(ta, b)))
  backward(loss)
  expect_equal(as.array(tensor_grad(ta)), matrix(1, 2, 4) %*% t(b), tolerance = 1e-12)
})

test_that("triu and tril keep R's upper and lower triangles (like upper.tri, lower.tri)", {
  m <- matrix(as.double(1:12), 3, 4)
  expect_identical(as.array(triu(m)), m * upper.tri(m, diag = TRUE))
  expect_identical(as.array(triu(m, k = 1L)), m * upper.tri(m))
  expect_identical(as.array(tril(m)), m * lower.tri(m, diag = TRUE))
  expect_identical(as.array(tril(m, k = -1L)), m * lower.tri(m))
  expect_identical(as.array(triu(m, k = -1L)), m * (col(m) - row(m) >= -1))
  a <- array(as.double(1:18), c(3, 3, 2))
  got <- as.array(triu(a))
  for (k in 1:2) expect_identical(got[, , k], a[, , k] * upper.tri(a[, , k], diag = TRUE))
  expect_tessera_condition(triu(m, k = 0.5), "tessera_invalid_attribute", arg = "k")
  # The causal mask of attention, in R's orientation.
  expect_identical(as.array(tril(matrix(1, 3, 3))), lower.tri(diag(3), diag = TRUE) + 0)
})

# ---- NCHW operators ---------------------------------------------------------------------------

# A direct 2-D convolution on R arrays c(W, H, C, N) with weights c(kW, kH, C, M), engine semantics.
conv_ref <- function(x, w, b = NULL, stride = c(1, 1), pads = c(0, 0, 0, 0)) {
  W <- dim(x)[1]; H <- dim(x)[2]; C <- dim(x)[3]; N <- dim(x)[4]
  kW <- dim(w)[1]; kH <- dim(w)[2]; M <- dim(w)[4]
  xp <- array(0, c(W + pads[2] + pads[4], H + pads[1] + pads[3], C, N))
  xp[pads[2] + seq_len(W), pads[1] + seq_len(H), , ] <- x
  oH <- (H + pads[1] + pads[3] - kH) %/% stride[1] + 1
  oW <- (W + pads[2] + pads[4] - kW) %/% stride[2] + 1
  y <- array(0, c(oW, oH, M, N))
  for (n in 1:N) for (m in 1:M) for (i in 1:oH) for (j in 1:oW) {
    h0 <- (i - 1) * stride[1]; w0 <- (j - 1) * stride[2]
    y[j, i, m, n] <- sum(xp[w0 + 1:kW, h0 + 1:kH, , n] * w[, , , m]) + (if (is.null(b)) 0 else b[m])
  }
  y
}

test_that("conv works on R arrays c(W, H, C, N); strides and pads are in the engine's (H, W) order", {
  set.seed(13)
  x <- array(rnorm(5 * 4 * 2 * 2), c(5, 4, 2, 2))   # W = 5, H = 4, C = 2, N = 2
  w <- array(rnorm(3 * 2 * 2 * 3), c(3, 2, 2, 3))   # kW = 3, kH = 2, C = 2, M = 3
  b <- c(0.5, -1, 2)
  expect_equal(as.array(conv(x, w)), conv_ref(x, w), tolerance = 1e-12)
  expect_equal(as.array(conv(x, w, b)), conv_ref(x, w, b), tolerance = 1e-12)
  got <- as.array(conv(x, w, b, strides = c(2L, 1L), pads = c(1L, 0L, 1L, 2L)))
  expect_equal(got, conv_ref(x, w, b, stride = c(2, 1), pads = c(1, 0, 1, 2)), tolerance = 1e-12)
})

test_that("pooling takes kernel_shape in the engine's (H, W) order; global pools keep the dimensions", {
  x <- array(as.double(1:24), c(4, 3, 2, 1))        # W = 4, H = 3, C = 2, N = 1
  # A 1 x 2 window: one row high, two columns wide, i.e. along R's first dimension.
  y <- as.array(max_pool(x, kernel_shape = c(1L, 2L)))
  expect_identical(dim(y), c(3L, 3L, 2L, 1L))
  expect_identical(y[, , 1, 1], pmax(x[1:3, , 1, 1], x[2:4, , 1, 1]))
  y <- as.array(avg_pool(x, kernel_shape = c(3L, 1L)))
  expect_identical(dim(y), c(4L, 1L, 2L, 1L))
  expect_equal(y[, 1, , 1], apply(x[, , , 1], c(1, 3), mean), tolerance = 1e-12)
  g <- as.array(global_avg_pool(x))
  expect_identical(dim(g), c(1L, 1L, 2L, 1L))
  expect_equal(as.vector(g), apply(x, 3, mean), tolerance = 1e-12)
})

test_that("batch_norm normalizes along the channel dimension, R's second to last", {
  x <- array(as.double(1:24), c(3, 2, 2, 2))        # c(W, H, C = 2, N = 2)
  mean <- c(1, 2); var <- c(4, 9); scale <- c(2, 3); bias <- c(0.5, -0.5)
  y <- as.array(batch_norm(x, scale, bias, mean, var, epsilon = 0))
  want <- x
  for (ch in 1:2) want[, , ch, ] <- (x[, , ch, ] - mean[ch]) / sqrt(var[ch]) * scale[ch] + bias[ch]
  expect_equal(y, want, tolerance = 1e-12)
})

test_that("errors of the operators R runs differently name the R function and R's arguments", {
  e <- expect_tessera_condition(triu(c(1, 2, 3)), "tessera_shape_mismatch", arg = "x")
  expect_identical(e$op, "triu")
  expect_match(conditionMessage(e), "^triu \\(run as the engine's tril")
  e <- expect_tessera_condition(gemm(c(1, 2, 3), matrix(1, 3, 3)), "tessera_error", arg = "a")
  expect_identical(e$op, "gemm")
  expect_match(conditionMessage(e), "its a, b, trans_a, trans_b are R's b, a, trans_b, trans_a", fixed = TRUE)
  expect_tessera_condition(gemm(matrix(1, 2, 3), matrix(1, 3, 3), c = matrix(1, 5, 5)), "tessera_shape_mismatch", arg = "c")
  expect_tessera_condition(gemm(matrix(1, 2, 3), matrix(1, 3, 3), trans_a = NA), "tessera_invalid_attribute", arg = "trans_a")
})
