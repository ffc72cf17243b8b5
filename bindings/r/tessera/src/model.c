/*
 * .Call glue for models: graphs imported from ONNX or traced from operator calls (the "graphs
 * and ONNX" section of c_api.h). R/model.R builds the user-facing functions on these.
 *
 * A model is an external pointer (tag `tessera_graph`, class "tessera_model") owning one
 * tsr_graph; a finalizer releases it, tsr_model_release() does it at once (the address is
 * cleared, so later use is a tessera_invalid_handle error, never a dangling pointer).
 *
 * Tensors cross as tessera_tensor objects in the engine's own row-major shape; R/model.R does
 * the R-side conversion of feeds (R's dim reversed, as for operator inputs).
 */
#include "glue.h"

#include <stdint.h>
#include <string.h>

#include <R_ext/Utils.h>

static SEXP graph_tag(void) {
  static SEXP tag = NULL; /* symbols are never collected */
  if (tag == NULL) tag = Rf_install("tessera_graph");
  return tag;
}

static int is_model_ptr(SEXP x) { return TYPEOF(x) == EXTPTRSXP && R_ExternalPtrTag(x) == graph_tag(); }

static void graph_finalizer(SEXP p) {
  tsr_graph* g = (tsr_graph*)R_ExternalPtrAddr(p);
  if (g != NULL) {
    R_ClearExternalPtr(p);
    tsr_graph_release(g);
  }
}

/* Takes ownership of `g` and returns the tessera_model that releases it. */
static SEXP wrap_graph(tsr_graph* g) {
  SEXP p = PROTECT(R_MakeExternalPtr(g, graph_tag(), R_NilValue));
  R_RegisterCFinalizerEx(p, graph_finalizer, TRUE);
  SEXP cls = PROTECT(Rf_mkString("tessera_model"));
  Rf_setAttrib(p, R_ClassSymbol, cls);
  UNPROTECT(2);
  return p;
}

/* The live graph behind `x`, or a tessera_error naming `op`. */
static tsr_graph* model_arg(SEXP x, const char* op) {
  if (!is_model_ptr(x)) fail(TSR_ERR_INVALID_ARGUMENT, op, "model", "%s: 'model' is not a tessera_model", op);
  tsr_graph* g = (tsr_graph*)R_ExternalPtrAddr(x);
  if (g == NULL) fail(TSR_ERR_INVALID_HANDLE, op, "model", "%s: the model was released (tsr_model_release) and cannot be used", op);
  return g;
}

static const void* raw_arg(SEXP data, const char* op, size_t* size) {
  if (TYPEOF(data) != RAWSXP) fail(TSR_ERR_INVALID_ARGUMENT, op, "data", "%s: 'data' must be a raw vector", op);
  *size = (size_t)XLENGTH(data);
  return XLENGTH(data) > 0 ? (const void*)RAW(data) : (const void*)"";
}

/* ---- import and export ------------------------------------------------------------------- */

SEXP tsr_r_model_load(SEXP path) {
  drain_pending();
  const char* p = R_ExpandFileName(string_arg(path, "path"));
  tsr_graph* g = NULL;
  if (tsr_onnx_import_file(p, &g) != TSR_OK) raise_last("tsr_model_load");
  return wrap_graph(g);
}

SEXP tsr_r_model_from_raw(SEXP data, SEXP base_dir) {
  drain_pending();
  size_t size = 0;
  const void* bytes = raw_arg(data, "tsr_model_from_raw", &size);
  const char* dir = base_dir == R_NilValue ? NULL : R_ExpandFileName(string_arg(base_dir, "base_dir"));
  tsr_graph* g = NULL;
  if (tsr_onnx_import_bytes(bytes, size, dir, &g) != TSR_OK) raise_last("tsr_model_from_raw");
  return wrap_graph(g);
}

SEXP tsr_r_model_to_raw(SEXP model) {
  tsr_graph* g = model_arg(model, "tsr_model_to_raw");
  void* data = NULL;
  size_t size = 0;
  if (tsr_onnx_export_bytes(g, &data, &size) != TSR_OK) raise_last("tsr_model_to_raw");
  if (size > (size_t)R_XLEN_T_MAX) {
    tsr_buffer_free(data);
    fail(TSR_ERR_OUT_OF_MEMORY, "tsr_model_to_raw", "", "tsr_model_to_raw: the model (%.0f bytes) is too large for a raw vector", (double)size);
  }
  /* The buffer is copied before anything can fail on the R side (allocation is the only step). */
  SEXP out = PROTECT(Rf_allocVector(RAWSXP, (R_xlen_t)size));
  if (size > 0) memcpy(RAW(out), data, size);
  tsr_buffer_free(data);
  UNPROTECT(1);
  return out;
}

SEXP tsr_r_model_save(SEXP model, SEXP path) {
  tsr_graph* g = model_arg(model, "tsr_model_save");
  const char* p = R_ExpandFileName(string_arg(path, "path"));
  if (tsr_onnx_export_file(g, p) != TSR_OK) raise_last("tsr_model_save");
  return R_NilValue;
}

SEXP tsr_r_read_tensor_proto(SEXP data) {
  drain_pending();
  size_t size = 0;
  const void* bytes = raw_arg(data, "tsr_read_tensor_proto", &size);
  tsr_tensor* t = NULL;
  if (tsr_onnx_read_tensor(bytes, size, &t) != TSR_OK) raise_last("tsr_read_tensor_proto");
  return wrap_tensor(t);
}

/* ---- description ------------------------------------------------------------------------- */

/* list(list(name, dtype code, engine dims: double with NA for a run-time size, or NULL for an
   unknown rank), ...) in feed order. */
SEXP tsr_r_model_inputs(SEXP model) {
  tsr_graph* g = model_arg(model, "tsr_model_inputs");
  int32_t n = 0;
  if (tsr_graph_input_count(g, &n) != TSR_OK) raise_last("tsr_model_inputs");
  SEXP out = PROTECT(Rf_allocVector(VECSXP, n));
  for (int32_t k = 0; k < n; ++k) {
    const char* name = NULL;
    tsr_dtype dtype = TSR_DTYPE_FLOAT32;
    int64_t dims[TSR_MAX_DIMS];
    int32_t nd = 0;
    if (tsr_graph_input_info(g, k, &name, &dtype, dims, TSR_MAX_DIMS, &nd) != TSR_OK) raise_last("tsr_model_inputs");
    SEXP item = PROTECT(Rf_allocVector(VECSXP, 3));
    SET_VECTOR_ELT(item, 0, Rf_mkString(name ? name : ""));
    SET_VECTOR_ELT(item, 1, Rf_ScalarInteger((int)dtype));
    if (nd >= 0) {
      const int32_t shown = nd < TSR_MAX_DIMS ? nd : TSR_MAX_DIMS;
      SEXP d = PROTECT(Rf_allocVector(REALSXP, shown));
      for (int32_t i = 0; i < shown; ++i) REAL(d)[i] = dims[i] < 0 ? NA_REAL : (double)dims[i];
      SET_VECTOR_ELT(item, 2, d);
      UNPROTECT(1);
    }
    SET_VECTOR_ELT(out, k, item);
    UNPROTECT(1);
  }
  UNPROTECT(1);
  return out;
}

SEXP tsr_r_model_outputs(SEXP model) {
  tsr_graph* g = model_arg(model, "tsr_model_outputs");
  int32_t n = 0;
  if (tsr_graph_output_count(g, &n) != TSR_OK) raise_last("tsr_model_outputs");
  SEXP out = PROTECT(Rf_allocVector(STRSXP, n));
  for (int32_t k = 0; k < n; ++k) {
    const char* name = NULL;
    if (tsr_graph_output_name(g, k, &name) != TSR_OK) raise_last("tsr_model_outputs");
    SET_STRING_ELT(out, k, Rf_mkCharCE(name ? name : "", CE_UTF8));
  }
  UNPROTECT(1);
  return out;
}

/* c(nodes, arena_bytes, unshared_bytes) of the most recent run's plan. */
SEXP tsr_r_model_plan_stats(SEXP model) {
  tsr_graph* g = model_arg(model, "tsr_model_plan_stats");
  int32_t nodes = 0;
  int64_t arena = 0, unshared = 0;
  if (tsr_graph_plan_stats(g, &nodes, &arena, &unshared) != TSR_OK) raise_last("tsr_model_plan_stats");
  SEXP out = PROTECT(Rf_allocVector(REALSXP, 3));
  REAL(out)[0] = nodes;
  REAL(out)[1] = (double)arena;
  REAL(out)[2] = (double)unshared;
  UNPROTECT(1);
  return out;
}

/* ---- running ----------------------------------------------------------------------------- */

/* `feeds`: a list of tensors, one per input in input order (R/model.R matched and converted them).
   Returns the list of output tensors, in output order. */
SEXP tsr_r_model_run(SEXP model, SEXP feeds) {
  drain_pending();
  tsr_graph* g = model_arg(model, "tsr_model_run");
  if (TYPEOF(feeds) != VECSXP) fail(TSR_ERR_INVALID_ARGUMENT, "tsr_model_run", "feeds", "tsr_model_run: feeds must be a list of tensors");
  int32_t n_out = 0;
  if (tsr_graph_output_count(g, &n_out) != TSR_OK) raise_last("tsr_model_run");
  const int32_t n = (int32_t)XLENGTH(feeds);
  const tsr_tensor** in = (const tsr_tensor**)R_alloc((size_t)(n > 0 ? n : 1), sizeof(tsr_tensor*));
  for (int32_t k = 0; k < n; ++k) in[k] = tensor_arg(VECTOR_ELT(feeds, k), "tsr_model_run", "feeds");
  /* The result list exists before the run, so wrapping the outputs cannot fail half-way. */
  SEXP out = PROTECT(Rf_allocVector(VECSXP, n_out));
  tsr_tensor** outs = (tsr_tensor**)R_alloc((size_t)(n_out > 0 ? n_out : 1), sizeof(tsr_tensor*));
  memset(outs, 0, (size_t)(n_out > 0 ? n_out : 1) * sizeof(tsr_tensor*));
  /* Under the R function's name: a failing node's operator is named in the message, and R's
     notes about operators it calls with exchanged operands do not apply inside a model. */
  if (tsr_graph_run(g, in, n, outs, n_out) != TSR_OK) raise_last_as("tsr_model_run");
  for (int32_t k = 0; k < n_out; ++k) SET_VECTOR_ELT(out, k, wrap_tensor(outs[k]));
  UNPROTECT(1);
  return out;
}

/* ---- lifetime ---------------------------------------------------------------------------- */

SEXP tsr_r_model_release(SEXP model) {
  if (!is_model_ptr(model)) fail(TSR_ERR_INVALID_ARGUMENT, "tsr_model_release", "model", "tsr_model_release: 'model' is not a tessera_model");
  graph_finalizer(model);
  return R_NilValue;
}

SEXP tsr_r_model_is_released(SEXP model) {
  if (!is_model_ptr(model))
    fail(TSR_ERR_INVALID_ARGUMENT, "tsr_model_is_released", "model", "tsr_model_is_released: 'model' is not a tessera_model");
  return Rf_ScalarLogical(R_ExternalPtrAddr(model) == NULL);
}

SEXP tsr_r_is_model(SEXP x) { return Rf_ScalarLogical(is_model_ptr(x)); }

/* ---- tracing ----------------------------------------------------------------------------- */

/* A new graph recording this thread's operator calls (a tessera_model not yet usable). */
SEXP tsr_r_trace_begin(void) {
  drain_pending();
  tsr_graph* g = NULL;
  if (tsr_graph_create(&g) != TSR_OK) raise_last("tsr_model_trace");
  SEXP p = PROTECT(wrap_graph(g));
  if (tsr_graph_trace_begin(g) != TSR_OK) raise_last("tsr_model_trace"); /* the finalizer frees g */
  UNPROTECT(1);
  return p;
}

SEXP tsr_r_trace_input(SEXP model, SEXP tensor, SEXP name) {
  tsr_graph* g = model_arg(model, "tsr_model_trace");
  const char* nm = string_arg(name, "name");
  tsr_tensor* t = tensor_arg(tensor, "tsr_model_trace", nm);
  if (tsr_graph_trace_input(g, t, nm) != TSR_OK) raise_last("tsr_model_trace");
  return R_NilValue;
}

/* `outputs`: a list of tensors; `names`: a character vector of the same length. */
SEXP tsr_r_trace_end(SEXP model, SEXP outputs, SEXP names) {
  drain_pending();
  tsr_graph* g = model_arg(model, "tsr_model_trace");
  if (TYPEOF(outputs) != VECSXP || TYPEOF(names) != STRSXP || XLENGTH(names) != XLENGTH(outputs))
    fail(TSR_ERR_INVALID_ARGUMENT, "tsr_model_trace", "fn", "tsr_model_trace: outputs and their names do not match");
  const int32_t n = (int32_t)XLENGTH(outputs);
  const tsr_tensor** outs = (const tsr_tensor**)R_alloc((size_t)(n > 0 ? n : 1), sizeof(tsr_tensor*));
  const char** ns = (const char**)R_alloc((size_t)(n > 0 ? n : 1), sizeof(char*));
  for (int32_t k = 0; k < n; ++k) {
    outs[k] = tensor_arg(VECTOR_ELT(outputs, k), "tsr_model_trace", "fn");
    if (STRING_ELT(names, k) == NA_STRING) fail(TSR_ERR_INVALID_ARGUMENT, "tsr_model_trace", "fn", "tsr_model_trace: output names must not be NA");
    ns[k] = Rf_translateCharUTF8(STRING_ELT(names, k));
  }
  if (tsr_graph_trace_end(g, outs, n, ns) != TSR_OK) raise_last("tsr_model_trace");
  return R_NilValue;
}

/* Stops a trace that failed (idempotent; never signals: the caller's error is the one to report). */
SEXP tsr_r_trace_stop(SEXP model) {
  if (is_model_ptr(model)) {
    tsr_graph* g = (tsr_graph*)R_ExternalPtrAddr(model);
    if (g != NULL) {
      (void)tsr_graph_trace_end(g, NULL, 0, NULL); /* fails (no outputs) but stops recording */
      graph_finalizer(model);
    }
  }
  return R_NilValue;
}
