# The registry as libtessera reports it: every operator has an R function and a help page, and
# every example of every operator (the cross-language conformance vectors) replays in R.

test_that("the library and the generated bindings list the same operators", {
  expect_setequal(tessera_op_names(), names(ops_meta()))
  expect_setequal(vapply(registry()$ops, function(op) op$name, ""), tessera_op_names())
  expect_identical(registry()$hash, get(".tsr_registry_hash", envir = asNamespace("tessera")))
})

test_that("every registry operator has an exported R function with its inputs and attributes", {
  exports <- getNamespaceExports("tessera")
  for (op in registry()$ops) {
    fn <- ops_meta()[[op$name]]$fn
    expect_true(fn %in% exports, info = op$name)
    f <- get(fn, envir = asNamespace("tessera"))
    expect_true(is.function(f), info = op$name)
    wanted <- c(vapply(op$inputs, function(s) s$name, ""), vapply(op$attrs, function(a) a$name, ""))
    expect_identical(sort(names(formals(f))), sort(wanted), info = op$name)
    # Attributes with a default have one in the signature; required ones do not.
    for (attr in op$attrs) {
      has_default <- !identical(formals(f)[[attr$name]], quote(expr = ))
      expect_identical(has_default, !isTRUE(attr$required), info = paste(op$name, attr$name))
    }
  }
})

test_that("every registry operator has a help page with usage, arguments, value and examples", {
  db <- rd_db()
  for (op in registry()$ops) {
    fn <- ops_meta()[[op$name]]$fn
    rd <- db[[paste0(fn, ".Rd")]]
    expect_false(is.null(rd), info = op$name)
    if (is.null(rd)) next
    expect_true(fn %in% rd_field(rd, "\\alias"), info = op$name)
    expect_true(op$name %in% rd_field(rd, "\\alias"), info = op$name)
    expect_match(rd_field(rd, "\\title"), ".+", info = op$name)
    expect_match(paste(rd_field(rd, "\\usage"), collapse = ""), paste0(fn, "("), fixed = TRUE, info = op$name)
    items <- Filter(function(e) identical(attr(e, "Rd_tag"), "\\item"), rd[vapply(rd, function(e) identical(attr(e, "Rd_tag"), "\\arguments"), TRUE)][[1L]])
    documented <- vapply(items, function(e) paste(unlist(e[[1L]]), collapse = ""), "")
    expect_setequal(documented, names(formals(get(fn, envir = asNamespace("tessera")))))
    expect_length(rd_field(rd, "\\value"), 1L)
    if (length(op$examples) > 0L) expect_match(rd_field(rd, "\\examples"), fn, fixed = TRUE, info = op$name)
  }
  # ?conv2d-style lookup works through R's help system.
  expect_length(utils::help("softmax", package = "tessera"), 1L)
  expect_length(utils::help("sum", package = "tessera"), 1L)
})

for (op in registry()$ops) {
  for (ex in op$examples) {
    local({
      op <- op
      ex <- ex
      test_that(sprintf("registry example: %s: %s", op$name, ex$title), {
        call <- example_call(op, ex)
        got <- do.call(call$fn, call$args)
        # One output: a tensor; several: a named list; a variadic output: an unnamed list of
        # as many tensors as the engine made.
        variadic <- any(vapply(op$outputs, function(o) isTRUE(o$variadic), TRUE))
        outs <- if (length(op$outputs) == 1L && !variadic) list(got) else got
        expect_type(outs, "list")
        expect_length(outs, length(ex$outputs))
        if (!variadic && length(op$outputs) > 1L) {
          expect_identical(names(outs), vapply(op$outputs, function(o) o$name, ""))
        }
        for (k in seq_along(ex$outputs)) {
          want <- ex$outputs[[k]]
          expect_s3_class(outs[[k]], "tessera_tensor")
          expect_identical(tensor_dtype(outs[[k]]), want$dtype)
          expected <- expected_array(want, call$matrices)
          expect_identical(dim(outs[[k]]), if (length(want$shape) == 0L) integer(0) else dim(expected))
          expect_equal(as.array(outs[[k]]), expected, tolerance = tolerance_for(want$dtype))
        }
      })
    })
  }
}
