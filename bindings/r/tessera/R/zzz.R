# Loading: check that libtessera is the library these bindings were generated for (API version
# and registry hash), then resolve every operator handle once, so calls never look names up.

.onLoad <- function(libname, pkgname) {
  .Call(C_tsr_r_init, parent.env(environment()))
  api <- .Call(C_tsr_r_api_version)
  if (!identical(api, .tsr_api_version)) {
    stop(sprintf(paste0(
      "tessera: libtessera has C API version %d but this package was generated for version %d; ",
      "rebuild the library and regenerate the bindings (npm run generate), then reinstall the R package"
    ), api, .tsr_api_version), call. = FALSE)
  }
  hash <- .Call(C_tsr_r_registry_hash)
  if (!identical(hash, .tsr_registry_hash)) {
    stop(sprintf(paste0(
      "tessera: libtessera's operator registry (hash %s) is not the one this package was generated from (%s); ",
      "regenerate the bindings (npm run generate) and reinstall the R package"
    ), hash, .tsr_registry_hash), call. = FALSE)
  }
  handles <- new.env(parent = emptyenv())
  # Under the R operator's name, the handle of the operator the engine runs (triu runs tril).
  for (op in names(.tsr_ops_meta)) assign(op, .Call(C_tsr_r_op_lookup, .tsr_ops_meta[[op]]$engine_op), envir = handles)
  .tsr_state$handles <- handles
}

.onUnload <- function(libpath) {
  library.dynam.unload("tessera", libpath)
}
