# Models: ONNX import (against the ONNX backend test data and base R), tracing, the ONNX round
# trip, R's dimension order at the model boundary, and bad input.

# The ONNX node test `name` of the shared conformance data (../shared/conformance beside the
# repository), or NULL when it is not on this machine. The repository root is TESSERA_HOME (set by
# scripts/suites/60-r.mjs, also for R CMD check) or, from the source tree, five levels up.
onnx_node_test <- function(name) {
  roots <- c(Sys.getenv("TESSERA_HOME"), file.path(testthat::test_path(), "..", "..", "..", "..", ".."))
  for (root in roots[nzchar(roots)]) {
    dir <- file.path(root, "..", "shared", "conformance", "onnx-node", name)
    if (file.exists(file.path(dir, "model.onnx"))) return(normalizePath(dir))
  }
  NULL
}

expect_model_error <- function(expr, class, arg = NULL, message = NULL) {
  err <- tryCatch({
    expr
    NULL
  }, error = function(e) e)
  expect_s3_class(err, "tessera_error")
  expect_identical(class(err)[[1L]], class)
  if (!is.null(arg)) expect_identical(err$arg, arg)
  if (!is.null(message)) expect_match(conditionMessage(err), message, fixed = TRUE)
  invisible(err)
}

test_that("ONNX test_add_bcast: inputs in both orders, output_0.pb and base R agree", {
  dir <- onnx_node_test("test_add_bcast")
  skip_if(is.null(dir), "../shared/conformance/onnx-node/test_add_bcast is not on this machine")
  m <- tsr_model_load(file.path(dir, "model.onnx"))
  expect_s3_class(m, "tessera_model")
  expect_true(is_model(m))

  # The file declares x: float[3, 4, 5] and y: float[5] (ONNX's row-major order).
  ins <- tsr_model_inputs(m)
  expect_identical(names(ins), c("x", "y"))
  expect_identical(ins$x$dtype, "float32")
  expect_identical(ins$x$shape, c(3L, 4L, 5L))
  expect_identical(ins$x$dim, c(5L, 4L, 3L))
  expect_identical(ins$y$dim, 5L)
  expect_length(tsr_model_outputs(m), 1L)

  data <- file.path(dir, "test_data_set_0")
  x <- tsr_read_tensor_proto(file.path(data, "input_0.pb"))
  y <- tsr_read_tensor_proto(readBin(file.path(data, "input_1.pb"), "raw", 1e6))
  expected <- tsr_read_tensor_proto(file.path(data, "output_0.pb"))
  expect_identical(dim(x), c(5L, 4L, 3L))
  expect_identical(tensor_dtype(x), "float32")

  out <- tsr_model_run(m, list(x = x, y = y))
  expect_identical(names(out), tsr_model_outputs(m))
  expect_identical(dim(out[[1]]), c(5L, 4L, 3L))
  expect_equal(as.array(out[[1]]), as.array(expected), tolerance = 1e-6)

  # Base R on the same numbers: y runs along ONNX's last axis, R's first dimension, which is
  # exactly R's recycling of a vector down the columns.
  xa <- as.array(x)
  ya <- as.vector(as.array(y))
  expect_equal(as.array(out[[1]]), xa + ya, tolerance = 1e-6)

  # R arrays (doubles) are converted to the declared float32; unnamed feeds go in input order;
  # a vector without dim takes the input's dims.
  expect_equal(as.array(predict(m, list(x = xa, y = ya))[[1]]), xa + ya, tolerance = 1e-6)
  expect_equal(as.array(tsr_model_run(m, list(xa, ya))[[1]]), xa + ya, tolerance = 1e-6)
  expect_equal(as.array(tsr_model_run(m, list(y = ya, x = as.vector(xa)))[[1]]), xa + ya, tolerance = 1e-6)
  expect_equal(tsr_model_plan_stats(m)$nodes, 1L)

  # The same model from bytes, and written back out.
  m2 <- tsr_model_from_raw(readBin(file.path(dir, "model.onnx"), "raw", 1e6))
  expect_equal(as.array(predict(m2, list(x = x, y = y))[[1]]), as.array(expected), tolerance = 1e-6)
  m3 <- tsr_model_from_raw(tsr_model_to_raw(m2))
  expect_equal(as.array(predict(m3, list(x = x, y = y))[[1]]), as.array(expected), tolerance = 1e-6)

  # Shape errors name the input; the note explains the engine's order.
  e <- expect_model_error(tsr_model_run(m, list(x = y, y = y)), "tessera_shape_mismatch")
  expect_match(conditionMessage(e), "row-major", fixed = TRUE)
  expect_model_error(tsr_model_run(m, list(x = as_tensor(xa), y = y)), "tessera_dtype_mismatch")
})

test_that("tsr_read_tensor_proto: a hand-made TensorProto, in R's view", {
  # dims [2, 3] (field 1), data_type FLOAT (field 2 = 1), float_data 1..6 packed (field 4).
  bytes <- c(as.raw(c(0x08, 0x02, 0x08, 0x03, 0x10, 0x01, 0x22, 0x18)),
             writeBin(as.double(1:6), raw(), size = 4, endian = "little"))
  t <- tsr_read_tensor_proto(bytes)
  expect_identical(tensor_dtype(t), "float32")
  expect_identical(dim(t), c(3L, 2L))
  # Row r of the row-major proto is column r of the R matrix.
  expect_identical(as.array(t), matrix(as.double(1:6), 3, 2))
  expect_identical(t(as.array(t)), rbind(c(1, 2, 3), c(4, 5, 6)))

  # int64 data (data_type 7), dims [4], int64_data packed (field 7): -1 is ten varint bytes.
  ints <- as.raw(c(0x08, 0x04, 0x10, 0x07, 0x3a, 0x0e, 0x00, 0x01, 0x96, 0x01,
                   0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01))
  ti <- tsr_read_tensor_proto(ints)
  expect_identical(tensor_dtype(ti), "int64")
  expect_identical(as.array(ti), array(c(0, 1, 150, -1), 4L))

  expect_model_error(tsr_read_tensor_proto(as.raw(c(0xff, 0xff, 0xff))), "tessera_invalid_argument")
  expect_model_error(tsr_read_tensor_proto(1:3), "tessera_invalid_argument", arg = "data")
  expect_model_error(tsr_read_tensor_proto(tempfile()), "tessera_not_found", arg = "data")
})

test_that("trace -> to_raw -> from_raw runs like the eager calls and base R", {
  f <- function(a, w) relu(a %*% w) - 0.5
  a0 <- matrix(c(1, -2, 3, 0.5, 2, -1), 2)          # 2 x 3
  w0 <- matrix(seq(-1, 1, length.out = 12), 3)      # 3 x 4
  m <- tsr_model_trace(list(a = a0, w = w0), f)
  expect_identical(names(tsr_model_inputs(m)), c("a", "w"))
  expect_identical(tsr_model_inputs(m)$a$dim, c(2L, 3L))
  expect_identical(tsr_model_inputs(m)$a$shape, c(3L, 2L))
  expect_identical(tsr_model_outputs(m), "output_0")

  a1 <- matrix(c(0.3, 1.5, -0.7, 2, 1, -3), 2)
  w1 <- matrix(cos(1:12), 3)
  eager <- as.array(f(as_tensor(a1), as_tensor(w1)))
  reference <- pmax(a1 %*% w1, 0) - 0.5             # base R
  expect_equal(eager, reference, tolerance = 1e-12)
  expect_equal(as.array(tsr_model_run(m, list(a = a1, w = w1))$output_0), reference, tolerance = 1e-12)

  bytes <- tsr_model_to_raw(m)
  expect_type(bytes, "raw")
  m2 <- tsr_model_from_raw(bytes)
  expect_identical(tsr_model_inputs(m2)$a$dim, c(2L, 3L))
  expect_equal(as.array(predict(m2, list(a = a1, w = w1))[[1]]), reference, tolerance = 1e-12)

  path <- tempfile(fileext = ".onnx")
  on.exit(unlink(path), add = TRUE)
  expect_identical(tsr_model_save(m, path), path)
  expect_identical(readBin(path, "raw", file.size(path)), bytes)
  expect_equal(as.array(predict(tsr_model_load(path), list(a1, w1))[[1]]), reference, tolerance = 1e-12)
})

test_that("traced models: named outputs, constants, a single bare feed, print", {
  k <- as_tensor(c(10, 20, 30))                     # made outside: becomes a constant
  m <- tsr_model_trace(list(v = c(1, 2, 3)), function(v) list(total = tsr_sum(v * k), twice = v * 2))
  expect_identical(tsr_model_outputs(m), c("total", "twice"))
  out <- predict(m, c(4, 5, 6))                     # one input: the feed alone
  expect_identical(names(out), c("total", "twice"))
  expect_equal(as.vector(as.array(out$total)), sum(c(4, 5, 6) * c(10, 20, 30)))
  expect_equal(as.vector(as.array(out$twice)), c(8, 10, 12))
  expect_equal(tsr_model_plan_stats(m)$nodes, 3L)

  # An unnamed list of outputs gets output_0, output_1.
  m2 <- tsr_model_trace(list(v = 1:3), function(v) list(v + 1L, v * v))
  expect_identical(tsr_model_outputs(m2), c("output_0", "output_1"))
  expect_identical(tensor_dtype(predict(m2, list(v = c(2, 3, 4)))[[2]]), "int32")  # R values take the input's type
  expect_identical(as.vector(as.array(predict(m2, list(v = c(2, 3, 4)))[[2]])), c(4L, 9L, 16L))

  text <- capture.output(print(m))
  expect_match(text[[1]], "<tessera_model: 1 input, 2 outputs>", fixed = TRUE)
  expect_true(any(grepl("v: float64 [3]", text, fixed = TRUE)))
  expect_true(any(grepl("outputs: total, twice", text, fixed = TRUE)))
})

test_that("a trace stops when fn fails, and the next trace records only its own calls", {
  expect_error(tsr_model_trace(list(x = c(1, 2)), function(x) {
    y <- x * 3
    stop("boom in fn")
  }), "boom in fn")
  expect_model_error(tsr_model_trace(list(x = c(1, 2)), function(x) "not a tensor"), "tessera_invalid_argument", arg = "fn")
  expect_model_error(tsr_model_trace(list(x = c(1, 2)), function(x) as_tensor(5)), "tessera_invalid_argument")
  # Traces do not nest (the engine records one per thread): a clear error, and the outer trace
  # still stops.
  expect_model_error(tsr_model_trace(list(x = c(1, 2)), function(x) {
    tsr_model_trace(list(z = c(1, 2)), function(z) z + 1)
    x * 3
  }), "tessera_invalid_argument", arg = "fn", message = "another trace is recording")
  # Eager calls after the failures are not recorded anywhere.
  expect_equal(as.vector(as.array(as_tensor(c(1, 2)) + 1)), c(2, 3))
  m <- tsr_model_trace(list(x = c(1, 2)), function(x) x - 1)
  expect_equal(as.vector(as.array(predict(m, list(x = c(5, 7)))[[1]])), c(4, 6))
  expect_equal(tsr_model_plan_stats(m)$nodes, 1L)
})

test_that("bad input gives tessera_error conditions, never a crash", {
  m <- tsr_model_trace(list(x = c(1, 2), y = c(3, 4)), function(x, y) x + y)
  e <- expect_model_error(tsr_model_run(m, list(x = 1, z = 2)), "tessera_invalid_argument", arg = "feeds")
  expect_match(conditionMessage(e), "missing: y; unknown: z", fixed = TRUE)
  expect_model_error(tsr_model_run(m, list(1)), "tessera_invalid_argument", arg = "feeds")
  expect_model_error(tsr_model_run(m, c(1, 2)), "tessera_invalid_argument", arg = "feeds")
  expect_model_error(tsr_model_run(m, list(x = "a", y = 1)), "tessera_invalid_argument", arg = "feeds$x")
  expect_model_error(tsr_model_run(m, list(x = c(1, 2, 3), y = c(1, 2, 3))), "tessera_shape_mismatch")
  expect_model_error(predict(m), "tessera_invalid_argument", arg = "newdata")
  expect_model_error(tsr_model_run(list(), list()), "tessera_invalid_argument", arg = "model")

  expect_model_error(tsr_model_from_raw(as.raw(c(1, 2, 3, 250, 251))), "tessera_invalid_argument")
  set.seed(7)
  expect_model_error(tsr_model_from_raw(as.raw(sample(0:255, 4096, replace = TRUE))), "tessera_invalid_argument")
  expect_model_error(tsr_model_from_raw(raw(0)), "tessera_invalid_argument")
  expect_model_error(tsr_model_from_raw("model.onnx"), "tessera_invalid_argument", arg = "data")
  expect_model_error(tsr_model_load(tempfile(fileext = ".onnx")), "tessera_not_found", arg = "path")
  expect_model_error(tsr_model_load(NA_character_), "tessera_invalid_argument", arg = "path")
  garbage <- tempfile(fileext = ".onnx")
  on.exit(unlink(garbage), add = TRUE)
  writeBin(charToRaw("this is not a protobuf"), garbage)
  expect_model_error(tsr_model_load(garbage), "tessera_invalid_argument")

  expect_model_error(tsr_model_trace(list(c(1, 2)), function(x) x), "tessera_invalid_argument", arg = "inputs")
  expect_model_error(tsr_model_trace(list(x = 1, x = 2), function(x, y) x), "tessera_invalid_argument", arg = "inputs")
  expect_model_error(tsr_model_trace(list(x = 1), "f"), "tessera_invalid_argument", arg = "fn")
})

test_that("a released model cannot be used; its outputs stay valid", {
  m <- tsr_model_trace(list(x = c(1, 2)), function(x) x * 10)
  out <- predict(m, list(x = c(3, 4)))[[1]]
  expect_false(tsr_model_is_released(m))
  tsr_model_release(m)
  tsr_model_release(m)                              # twice is fine
  expect_true(tsr_model_is_released(m))
  expect_equal(as.vector(as.array(out)), c(30, 40))
  expect_model_error(predict(m, list(x = c(1, 2))), "tessera_invalid_handle", arg = "model")
  expect_model_error(tsr_model_run(m, list(x = c(1, 2))), "tessera_invalid_handle", arg = "model")
  expect_model_error(tsr_model_inputs(m), "tessera_invalid_handle")
  expect_model_error(tsr_model_to_raw(m), "tessera_invalid_handle")
  expect_model_error(tsr_model_save(m, tempfile()), "tessera_invalid_handle")
  expect_identical(format(m), "<tessera_model: released>")
  expect_output(print(m), "released")
  expect_model_error(tsr_model_release(1), "tessera_invalid_argument")
  expect_false(is_model(1))
})
