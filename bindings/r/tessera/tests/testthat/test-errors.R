# Bad input gives a tessera_error condition (a subclass per status, with the operator and the
# argument at fault), never a crash.

expect_tessera_error <- function(expr, class, op = NULL, arg = NULL, message = NULL) {
  err <- tryCatch({
    expr
    NULL
  }, error = function(e) e)
  expect_s3_class(err, "tessera_error")
  expect_identical(class(err)[[1L]], class)
  if (!is.null(op)) expect_identical(err$op, op)
  if (!is.null(arg)) expect_identical(err$arg, arg)
  if (!is.null(message)) expect_match(conditionMessage(err), message, fixed = TRUE)
  invisible(err)
}

test_that("wrong shapes: engine shape errors name the operator and the argument", {
  e <- expect_tessera_error(add(matrix(1, 2, 3), c(1, 2, 3, 4)), "tessera_shape_mismatch", op = "add")
  expect_match(conditionMessage(e), "broadcast")
  expect_identical(e$status, 2L)
  expect_identical(e$status_name, "TSR_ERR_SHAPE_MISMATCH")
  expect_tessera_error(matmul(matrix(1, 2, 3), matrix(1, 2, 3)), "tessera_shape_mismatch", op = "matmul")
  expect_tessera_error(as_tensor(matrix(1, 2, 3)) %*% as_tensor(matrix(1, 2, 3)), "tessera_shape_mismatch",
                       message = "non-conformable arguments: x is 2 x 3, y is 2 x 3")
  expect_tessera_error(tsr_reshape(1:6, c(4L, 2L)), "tessera_invalid_attribute", op = "reshape", arg = "shape")
  expect_tessera_error(concat(list(matrix(1, 2, 2), matrix(1, 3, 3)), axis = 1L), "tessera_shape_mismatch", op = "concat")
  expect_tessera_error(as_tensor(1:6, dim = c(4, 2)), "tessera_shape_mismatch", op = "as_tensor")
  expect_tessera_error(as_tensor(array(1, rep(1, 9))), "tessera_invalid_argument", op = "as_tensor")
})

test_that("wrong element types", {
  expect_tessera_error(add(as_tensor(1:3), as_tensor(c(1, 2, 3))), "tessera_dtype_mismatch", op = "add")
  expect_tessera_error(tsr_exp(as_tensor(1:3)), "tessera_dtype_mismatch", op = "exp")
  # An R value (not yet a tensor) is converted to a type the input accepts instead.
  expect_identical(tensor_dtype(tsr_exp(1:3)), "float32")
  expect_tessera_error(as_tensor(1:4) + 0.5, "tessera_dtype_mismatch", message = "not a whole number")
  expect_tessera_error(!as_tensor(c(1, 2)), "tessera_dtype_mismatch")
  expect_tessera_error(add("a", 1), "tessera_invalid_argument", op = "add", arg = "a")
  expect_tessera_error(add(list(1), 1), "tessera_invalid_argument", op = "add", arg = "a")
  expect_tessera_error(softmax(factor(c("a", "b"))), "tessera_invalid_argument", op = "softmax", arg = "x")
  expect_tessera_error(as_tensor("x"), "tessera_invalid_argument", op = "as_tensor")
  expect_tessera_error(as_tensor(1, dtype = "float16"), "tessera_invalid_argument", arg = "dtype")
})

test_that("values a dtype cannot hold are rejected, not wrapped", {
  expect_tessera_error(as_tensor(c(1L, NA)), "tessera_invalid_argument", message = "NA")
  expect_tessera_error(as_tensor(c(1, NA), dtype = "int32"), "tessera_invalid_argument", message = "element 2")
  expect_tessera_error(as_tensor(c(1, 300), dtype = "uint8"), "tessera_invalid_argument", message = "uint8")
  expect_tessera_error(as_tensor(c(TRUE, NA)), "tessera_invalid_argument", message = "bool")
  expect_tessera_error(as_tensor(3e9, dtype = "int32"), "tessera_invalid_argument", message = "int32 range")
})

test_that("bad attribute values and types name the attribute", {
  x <- as_tensor(matrix(as.double(1:6), 2))
  expect_tessera_error(softmax(x, axis = 3L), "tessera_invalid_attribute", op = "softmax", arg = "axis", message = "valid: 1..2")
  expect_tessera_error(softmax(x, axis = 0L), "tessera_invalid_attribute", arg = "axis", message = "1-based")
  expect_tessera_error(softmax(x, axis = 1.5), "tessera_invalid_attribute", arg = "axis")
  expect_tessera_error(softmax(x, axis = "1"), "tessera_invalid_attribute", arg = "axis")
  expect_tessera_error(tsr_sum(x, axes = c(1L, 1L)), "tessera_invalid_attribute", arg = "axes", message = "twice")
  expect_tessera_error(tsr_sum(x, axes = "a"), "tessera_invalid_attribute", op = "sum", arg = "axes")
  expect_tessera_error(tsr_sum(x, keepdims = "yes"), "tessera_invalid_attribute", arg = "keepdims", message = "TRUE or FALSE")
  expect_tessera_error(tsr_sum(x, keepdims = NA), "tessera_invalid_attribute", arg = "keepdims")
  expect_tessera_error(transpose(x, perm = c(1L, 1L)), "tessera_invalid_attribute", arg = "perm", message = "permutation")
  expect_tessera_error(transpose(x, perm = 1:3), "tessera_invalid_attribute", arg = "perm")
  expect_tessera_error(cast(x, dtype = "float16"), "tessera_invalid_attribute", arg = "dtype", message = "float32")
  expect_tessera_error(cast(x, dtype = 1L), "tessera_invalid_attribute", arg = "dtype")
  expect_tessera_error(tsr_reshape(x, c(2, NA)), "tessera_invalid_attribute", arg = "shape")
  expect_tessera_error(tsr_reshape(x, c(-2, 3)), "tessera_invalid_attribute", arg = "shape")
  expect_tessera_error(slice(x, starts = 0L, ends = 2L), "tessera_invalid_attribute", arg = "starts", message = "1-based")
  expect_tessera_error(full(2L, value = "a"), "tessera_invalid_attribute", arg = "value")
  expect_tessera_error(full(2L, value = c(1, 2)), "tessera_invalid_attribute", arg = "value")
  expect_tessera_error(zeros(), "tessera_invalid_attribute", op = "zeros", arg = "shape", message = "required")
  expect_tessera_error(arange(0, 1, step = 0), "tessera_invalid_attribute", op = "arange")
})

test_that("unknown operators are tessera_not_found", {
  expect_tessera_error(tessera:::.tsr_call("no_such_op", list(), list()), "tessera_not_found", op = "no_such_op")
  expect_tessera_error(.Call(tessera:::C_tsr_r_op_lookup, "no_such_op"), "tessera_not_found", message = "no_such_op")
})

test_that("released tensors are tessera_invalid_handle, and release is idempotent", {
  x <- as_tensor(c(1, 2, 3))
  y <- x + 1
  tensor_release(x)
  expect_true(tensor_is_released(x))
  expect_false(tensor_is_released(y))
  expect_silent(tensor_release(x))
  expect_identical(format(x), "<tessera_tensor: released>")
  expect_tessera_error(as.array(x), "tessera_invalid_handle")
  expect_tessera_error(dim(x), "tessera_invalid_handle")
  expect_tessera_error(add(x, y), "tessera_invalid_handle", op = "add", arg = "a")
  expect_tessera_error(x + y, "tessera_invalid_handle")
  expect_identical(as.vector(y), c(2, 3, 4))
})

test_that("variadic inputs must be lists", {
  expect_tessera_error(concat(as_tensor(1:3)), "tessera_invalid_argument", op = "concat", message = "list()")
  expect_tessera_error(concat(list()), "tessera_invalid_argument", op = "concat")
  expect_tessera_error(concat(list(1:2, "a")), "tessera_invalid_argument", arg = "inputs[[2]]")
})

test_that("tessera_error conditions can be caught by class", {
  caught <- tryCatch(add(1:2, 1:3), tessera_shape_mismatch = function(e) "shape", tessera_error = function(e) "other")
  expect_identical(caught, "shape")
  caught <- tryCatch(as_tensor("a"), tessera_error = function(e) class(e)[[1L]])
  expect_identical(caught, "tessera_invalid_argument")
})
