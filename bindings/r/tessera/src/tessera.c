/*
 * .Call glue between R and the Tessera C API (c-api/include/tessera/c_api.h).
 *
 * Hand-written and generic: one entry point runs any operator from its handle (resolved once,
 * when the package loads), an R list of input tensors and an R list of attribute values in slot
 * order. The per-operator R functions (R/ops.R) are generated from the registry.
 *
 * Tensors are external pointers (tag `tessera_tensor`, class "tessera_tensor") owning one
 * reference to a tsr_tensor; a finalizer releases it. R's column-major arrays are handed over
 * with their dimensions reversed, which is exactly the engine's row-major layout of the same
 * buffer: doubles and integers are not copied (the R vector is kept alive until the engine's
 * last view of it goes), other element types are converted into new engine memory.
 *
 * Every failing C API call is turned into an R condition of class tessera_error (and a subclass
 * per status) by calling .tsr_raise() in the package namespace, after everything this call owns
 * has been released.
 *
 * Models (graphs imported from ONNX or traced from operator calls) are in model.c; the helpers
 * both files use are declared in glue.h.
 */
#define R_NO_REMAP
#include <R.h>
#include <Rinternals.h>
#include <R_ext/Rdynload.h>

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tessera/c_api.h"
#include "glue.h"

/* ---- package state ------------------------------------------------------------------------ */

static SEXP g_ns = NULL;          /* the package namespace, where .tsr_raise lives */
static SEXP g_tensor_tag = NULL;  /* symbol tessera_tensor */
static SEXP g_op_tag = NULL;      /* symbol tessera_op */
static SEXP g_class = NULL;       /* "tessera_tensor" (preserved) */
static pthread_t g_main_thread;

/* R objects whose engine storage died on a thread other than R's: released on R's thread at
   the next call into the glue (R's API may only be used from the main thread). */
static pthread_mutex_t g_pending_lock = PTHREAD_MUTEX_INITIALIZER;
static SEXP* g_pending = NULL;
static size_t g_pending_n = 0, g_pending_cap = 0;

void drain_pending(void) {
  if (g_pending_n == 0) return;
  pthread_mutex_lock(&g_pending_lock);
  for (size_t k = 0; k < g_pending_n; ++k) R_ReleaseObject(g_pending[k]);
  g_pending_n = 0;
  pthread_mutex_unlock(&g_pending_lock);
}

/* tsr_deleter for R vectors lent to the engine: drop the protection taken in from_r. */
static void release_r_vector(void* data, void* user) {
  (void)data;
  SEXP x = (SEXP)user;
  if (pthread_equal(pthread_self(), g_main_thread)) {
    R_ReleaseObject(x);
    return;
  }
  pthread_mutex_lock(&g_pending_lock);
  if (g_pending_n == g_pending_cap) {
    size_t cap = g_pending_cap == 0 ? 16 : 2 * g_pending_cap;
    SEXP* grown = (SEXP*)realloc(g_pending, cap * sizeof(SEXP));
    if (grown == NULL) { /* cannot queue it: keep the vector alive forever rather than crash */
      pthread_mutex_unlock(&g_pending_lock);
      return;
    }
    g_pending = grown;
    g_pending_cap = cap;
  }
  g_pending[g_pending_n++] = x;
  pthread_mutex_unlock(&g_pending_lock);
}

/* ---- errors ------------------------------------------------------------------------------- */

/* Signals a tessera_error condition (does not return). The strings are copied first. */
static void raise_error(int status, const char* message, const char* op, const char* arg, int from_engine) {
  if (g_ns == NULL) Rf_error("tessera: %s", message);
  SEXP s_status = PROTECT(Rf_ScalarInteger(status));
  SEXP s_message = PROTECT(Rf_mkCharCE(message, CE_UTF8));
  SEXP s_msg = PROTECT(Rf_ScalarString(s_message));
  SEXP s_op = PROTECT(Rf_mkString(op ? op : ""));
  SEXP s_arg = PROTECT(Rf_mkString(arg ? arg : ""));
  SEXP s_engine = PROTECT(Rf_ScalarLogical(from_engine));
  SEXP call = PROTECT(Rf_lang6(Rf_install(".tsr_raise"), s_status, s_msg, s_op, s_arg, s_engine));
  Rf_eval(call, g_ns);
  UNPROTECT(7);
  Rf_error("tessera: %s", message); /* not reached: .tsr_raise always signals */
}

/* Raises the last C API failure of this thread. `op` names the operation when the engine did not. */
void raise_last(const char* op) {
  const char* eop = tsr_last_error_op();
  raise_error((int)tsr_last_error_status(), tsr_last_error(), (eop && *eop) ? eop : op, tsr_last_error_arg(), 1);
}

/* Raises the last failure of an operator call under `op`, the R operator the user called (which
   may run another engine operator: triu runs tril). */
void raise_last_as(const char* op) {
  raise_error((int)tsr_last_error_status(), tsr_last_error(), op, tsr_last_error_arg(), 1);
}

void fail(int status, const char* op, const char* arg, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  raise_error(status, buf, op, arg, 0);
}

const char* string_arg(SEXP s, const char* what) {
  if (!Rf_isString(s) || XLENGTH(s) != 1 || STRING_ELT(s, 0) == NA_STRING)
    fail(TSR_ERR_INVALID_ARGUMENT, "", what, "%s must be one string", what);
  return Rf_translateCharUTF8(STRING_ELT(s, 0));
}

/* ---- tensors ------------------------------------------------------------------------------ */

static void tensor_finalizer(SEXP p) {
  tsr_tensor* t = (tsr_tensor*)R_ExternalPtrAddr(p);
  if (t != NULL) {
    R_ClearExternalPtr(p);
    tsr_tensor_release(t);
  }
}

/* Takes ownership of `t` (one reference) and returns the R object that releases it. */
SEXP wrap_tensor(tsr_tensor* t) {
  SEXP p = PROTECT(R_MakeExternalPtr(t, g_tensor_tag, R_NilValue));
  R_RegisterCFinalizerEx(p, tensor_finalizer, TRUE);
  Rf_setAttrib(p, R_ClassSymbol, g_class);
  UNPROTECT(1);
  return p;
}

static int is_tensor_ptr(SEXP x) {
  return TYPEOF(x) == EXTPTRSXP && R_ExternalPtrTag(x) == g_tensor_tag;
}

/* The live tensor behind `x`, or a tessera_error naming `op` and `arg`. */
tsr_tensor* tensor_arg(SEXP x, const char* op, const char* arg) {
  if (!is_tensor_ptr(x)) fail(TSR_ERR_INVALID_ARGUMENT, op, arg, "%s%s'%s' is not a tessera_tensor", op, *op ? ": " : "", arg);
  tsr_tensor* t = (tsr_tensor*)R_ExternalPtrAddr(x);
  if (t == NULL)
    fail(TSR_ERR_INVALID_HANDLE, op, arg, "%s%s'%s' was released (tensor_release) and cannot be used", op, *op ? ": " : "", arg);
  return t;
}

static const char* const DTYPE_NAMES[] = {"float32", "float64", "int32", "int64", "uint8", "bool"};
#define N_DTYPES 6

static size_t dtype_size(int d) {
  switch (d) {
    case TSR_DTYPE_FLOAT32: case TSR_DTYPE_INT32: return 4;
    case TSR_DTYPE_FLOAT64: case TSR_DTYPE_INT64: return 8;
    default: return 1;
  }
}

/*
 * as_tensor: an engine tensor over (or converted from) an R double, integer or logical vector.
 * `dims` are R's dimensions (integer, may be empty for a 0-d tensor); the engine shape is their
 * reverse. `dtype` is a tsr_dtype code. `op`/`arg` name the caller in messages.
 */
SEXP tsr_r_from_r(SEXP x, SEXP s_dims, SEXP s_dtype, SEXP s_op, SEXP s_arg) {
  drain_pending();
  const char* op = string_arg(s_op, "op");
  const char* arg = string_arg(s_arg, "arg");
  int type = TYPEOF(x);
  if (type != REALSXP && type != INTSXP && type != LGLSXP)
    fail(TSR_ERR_INVALID_ARGUMENT, op, arg, "%s: '%s' must be a numeric or logical vector or array, got %s", op, arg,
         Rf_type2char((SEXPTYPE)type));
  if (TYPEOF(s_dims) != INTSXP) fail(TSR_ERR_INVALID_ARGUMENT, op, "dim", "%s: dim must be an integer vector", op);
  if (TYPEOF(s_dtype) != INTSXP || XLENGTH(s_dtype) != 1) fail(TSR_ERR_INVALID_ARGUMENT, op, "dtype", "%s: bad dtype code", op);
  const int dtype = INTEGER(s_dtype)[0];
  if (dtype < 0 || dtype >= N_DTYPES) fail(TSR_ERR_INVALID_ARGUMENT, op, "dtype", "%s: unknown dtype code %d", op, dtype);

  const R_xlen_t nd = XLENGTH(s_dims);
  if (nd > TSR_MAX_DIMS)
    fail(TSR_ERR_INVALID_ARGUMENT, op, arg, "%s: '%s' has %d dimensions; tensors have at most %d", op, arg, (int)nd, TSR_MAX_DIMS);
  int64_t shape[TSR_MAX_DIMS];
  double numel = 1;
  for (R_xlen_t k = 0; k < nd; ++k) {
    int d = INTEGER(s_dims)[k];
    if (d == NA_INTEGER || d < 0) fail(TSR_ERR_INVALID_ARGUMENT, op, "dim", "%s: dimensions must be non-negative", op);
    shape[nd - 1 - k] = d; /* reversed: R's first dimension is the engine's last axis */
    numel *= d;
  }
  const R_xlen_t n = XLENGTH(x);
  if (numel != (double)n)
    fail(TSR_ERR_SHAPE_MISMATCH, op, arg, "%s: '%s' has %.0f elements but its dimensions hold %.0f", op, arg, (double)n, numel);

  tsr_tensor* out = NULL;
  /* Zero copy: R's doubles are float64 and R's integers are int32, element for element. */
  if ((type == REALSXP && dtype == TSR_DTYPE_FLOAT64) || (type == INTSXP && dtype == TSR_DTYPE_INT32)) {
    if (type == INTSXP) {
      const int* p = INTEGER(x);
      for (R_xlen_t i = 0; i < n; ++i)
        if (p[i] == NA_INTEGER)
          fail(TSR_ERR_INVALID_ARGUMENT, op, arg, "%s: '%s' has NA at element %.0f; int32 has no NA (use a float dtype)", op, arg, (double)i + 1);
    }
    void* data = type == REALSXP ? (void*)REAL(x) : (void*)INTEGER(x);
    MARK_NOT_MUTABLE(x); /* R copies on the next modification instead of writing under the engine */
    R_PreserveObject(x);
    if (tsr_tensor_from_external((tsr_dtype)dtype, shape, (int32_t)nd, n > 0 ? data : NULL, (size_t)n * dtype_size(dtype),
                                 release_r_vector, (void*)x, &out) != TSR_OK) {
      R_ReleaseObject(x);
      raise_last(op);
    }
    return wrap_tensor(out);
  }

  /* Converting copy into new engine memory. */
  if (tsr_tensor_create((tsr_dtype)dtype, shape, (int32_t)nd, NULL, 0, &out) != TSR_OK) raise_last(op);
  void* dst = NULL;
  if (n > 0 && tsr_tensor_data(out, &dst) != TSR_OK) {
    tsr_tensor_release(out);
    raise_last(op);
  }
  const char* problem = NULL;
  R_xlen_t bad = 0;
  for (R_xlen_t i = 0; i < n && problem == NULL; ++i) {
    double v;
    int na;
    if (type == REALSXP) {
      v = REAL(x)[i];
      na = ISNAN(v);
    } else {
      int iv = type == INTSXP ? INTEGER(x)[i] : LOGICAL(x)[i];
      na = iv == NA_INTEGER;
      v = na ? NAN : (double)iv;
    }
    switch (dtype) {
      case TSR_DTYPE_FLOAT32: ((float*)dst)[i] = (float)v; break;
      case TSR_DTYPE_FLOAT64: ((double*)dst)[i] = v; break;
      case TSR_DTYPE_INT32:
        if (na) problem = "is NA or NaN; int32 has no NA";
        else if (!(v > -2147483649.0 && v < 2147483648.0)) problem = "is outside the int32 range";
        else ((int32_t*)dst)[i] = (int32_t)v; /* truncates toward zero, like as.integer() */
        break;
      case TSR_DTYPE_INT64:
        if (na) problem = "is NA or NaN; int64 has no NA";
        else if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) problem = "is outside the int64 range";
        else ((int64_t*)dst)[i] = (int64_t)v;
        break;
      case TSR_DTYPE_UINT8:
        if (na) problem = "is NA or NaN; uint8 has no NA";
        else if (!(v > -1.0 && v < 256.0)) problem = "is outside the uint8 range 0..255";
        else ((uint8_t*)dst)[i] = (uint8_t)v;
        break;
      case TSR_DTYPE_BOOL:
        if (na) problem = "is NA; bool has no NA";
        else ((uint8_t*)dst)[i] = v != 0;
        break;
    }
    if (problem != NULL) bad = i;
  }
  if (problem != NULL) {
    tsr_tensor_release(out);
    fail(TSR_ERR_INVALID_ARGUMENT, op, arg, "%s: element %.0f of '%s' %s", op, (double)bad + 1, arg, problem);
  }
  return wrap_tensor(out);
}

/* The elements as an R vector (no dim): double, integer or logical by dtype, in column-major
   order of R's dimensions (= the engine's row-major order). */
SEXP tsr_r_to_r(SEXP x) {
  drain_pending();
  tsr_tensor* t = tensor_arg(x, "as.array", "x");
  tsr_dtype dtype;
  int64_t numel;
  if (tsr_tensor_dtype(t, &dtype) != TSR_OK || tsr_tensor_numel(t, &numel) != TSR_OK) raise_last("as.array");
  const R_xlen_t n = (R_xlen_t)numel;
  const size_t nbytes = (size_t)n * dtype_size(dtype);
  SEXP out;
  switch (dtype) {
    case TSR_DTYPE_FLOAT64:
      out = PROTECT(Rf_allocVector(REALSXP, n));
      if (n > 0 && tsr_tensor_copy_to(t, REAL(out), nbytes) != TSR_OK) raise_last("as.array");
      break;
    case TSR_DTYPE_INT32:
      out = PROTECT(Rf_allocVector(INTSXP, n));
      if (n > 0 && tsr_tensor_copy_to(t, INTEGER(out), nbytes) != TSR_OK) raise_last("as.array");
      break;
    default: {
      void* buf = n > 0 ? R_alloc((size_t)n, (int)dtype_size(dtype)) : NULL;
      if (n > 0 && tsr_tensor_copy_to(t, buf, nbytes) != TSR_OK) raise_last("as.array");
      if (dtype == TSR_DTYPE_FLOAT32) {
        out = PROTECT(Rf_allocVector(REALSXP, n));
        for (R_xlen_t i = 0; i < n; ++i) REAL(out)[i] = ((const float*)buf)[i];
      } else if (dtype == TSR_DTYPE_INT64) { /* R has no 64-bit integers: doubles, exact to 2^53 */
        out = PROTECT(Rf_allocVector(REALSXP, n));
        for (R_xlen_t i = 0; i < n; ++i) REAL(out)[i] = (double)((const int64_t*)buf)[i];
      } else if (dtype == TSR_DTYPE_UINT8) {
        out = PROTECT(Rf_allocVector(INTSXP, n));
        for (R_xlen_t i = 0; i < n; ++i) INTEGER(out)[i] = ((const uint8_t*)buf)[i];
      } else {
        out = PROTECT(Rf_allocVector(LGLSXP, n));
        for (R_xlen_t i = 0; i < n; ++i) LOGICAL(out)[i] = ((const uint8_t*)buf)[i] != 0;
      }
    }
  }
  UNPROTECT(1);
  return out;
}

/* The engine shape (row-major order; R's dim is its reverse). */
SEXP tsr_r_shape(SEXP x) {
  tsr_tensor* t = tensor_arg(x, "dim", "x");
  int64_t shape[TSR_MAX_DIMS];
  int32_t nd = 0;
  if (tsr_tensor_shape(t, shape, TSR_MAX_DIMS, &nd) != TSR_OK) raise_last("dim");
  SEXP out = PROTECT(Rf_allocVector(REALSXP, nd));
  for (int k = 0; k < nd; ++k) REAL(out)[k] = (double)shape[k];
  UNPROTECT(1);
  return out;
}

SEXP tsr_r_dtype(SEXP x) {
  tsr_tensor* t = tensor_arg(x, "tensor_dtype", "x");
  tsr_dtype d;
  if (tsr_tensor_dtype(t, &d) != TSR_OK) raise_last("tensor_dtype");
  return Rf_ScalarInteger((int)d);
}

SEXP tsr_r_is_tensor(SEXP x) { return Rf_ScalarLogical(is_tensor_ptr(x)); }

SEXP tsr_r_is_released(SEXP x) {
  if (!is_tensor_ptr(x)) fail(TSR_ERR_INVALID_ARGUMENT, "tensor_is_released", "x", "tensor_is_released: 'x' is not a tessera_tensor");
  return Rf_ScalarLogical(R_ExternalPtrAddr(x) == NULL);
}

/* Releases the tensor now (idempotent); later use raises tessera_invalid_handle. */
SEXP tsr_r_release(SEXP x) {
  drain_pending();
  if (!is_tensor_ptr(x)) fail(TSR_ERR_INVALID_ARGUMENT, "tensor_release", "x", "tensor_release: 'x' is not a tessera_tensor");
  tensor_finalizer(x);
  return R_NilValue;
}

/* ---- operators ---------------------------------------------------------------------------- */

SEXP tsr_r_op_lookup(SEXP s_name) {
  const char* name = string_arg(s_name, "name");
  const tsr_op* op = NULL;
  if (tsr_op_lookup(name, &op) != TSR_OK) raise_last(name);
  return R_MakeExternalPtr((void*)op, g_op_tag, R_NilValue);
}

SEXP tsr_r_op_names(void) {
  int32_t n = tsr_op_count();
  SEXP out = PROTECT(Rf_allocVector(STRSXP, n));
  for (int32_t k = 0; k < n; ++k) {
    const tsr_op* op = NULL;
    if (tsr_op_at(k, &op) != TSR_OK) raise_last("tessera_op_names");
    SET_STRING_ELT(out, k, Rf_mkChar(tsr_op_name(op)));
  }
  UNPROTECT(1);
  return out;
}

/* Scratch space for int[] attributes: enough for every ordinary call, R_alloc beyond it. */
#define INT_SCRATCH 256
#define MAX_STACK_ATTRS 32
#define MAX_STACK_TENSORS 32
#define MAX_STACK_OUTPUTS 64

/*
 * Runs an operator. `inputs` is a list of tensors (NULL for an absent optional input), `types`
 * the attribute type codes in slot order and `attrs` their values, already validated and in
 * the engine's convention by the R side (NULL = not passed, the registry default applies).
 * Returns the tensor, or a list of tensors when the operator has several outputs or `s_list` is
 * TRUE (a variadic output, whose count is only known at run time).
 */
SEXP tsr_r_invoke(SEXP s_op, SEXP s_name, SEXP inputs, SEXP s_types, SEXP attrs, SEXP s_list) {
  drain_pending();
  const char* name = string_arg(s_name, "op");
  if (TYPEOF(s_op) != EXTPTRSXP || R_ExternalPtrTag(s_op) != g_op_tag || R_ExternalPtrAddr(s_op) == NULL)
    fail(TSR_ERR_INVALID_HANDLE, name, "op", "%s: operator handle is not valid (reload the package)", name);
  const tsr_op* op = (const tsr_op*)R_ExternalPtrAddr(s_op);
  if (TYPEOF(inputs) != VECSXP) fail(TSR_ERR_INVALID_ARGUMENT, name, "inputs", "%s: inputs must be a list", name);
  if (TYPEOF(attrs) != VECSXP || TYPEOF(s_types) != INTSXP || XLENGTH(attrs) != XLENGTH(s_types))
    fail(TSR_ERR_INVALID_ARGUMENT, name, "attrs", "%s: attributes and their types do not match", name);

  const int n_in = (int)XLENGTH(inputs);
  const tsr_tensor* stack_in[MAX_STACK_TENSORS];
  const tsr_tensor** in = n_in <= MAX_STACK_TENSORS ? stack_in : (const tsr_tensor**)R_alloc((size_t)n_in, sizeof(tsr_tensor*));
  SEXP names = Rf_getAttrib(inputs, R_NamesSymbol);
  for (int k = 0; k < n_in; ++k) {
    SEXP v = VECTOR_ELT(inputs, k);
    const char* arg = (names != R_NilValue && k < XLENGTH(names)) ? CHAR(STRING_ELT(names, k)) : "input";
    in[k] = v == R_NilValue ? NULL : tensor_arg(v, name, arg);
  }

  const int n_attr_slots = (int)XLENGTH(attrs);
  tsr_attr stack_attrs[MAX_STACK_ATTRS];
  tsr_attr* at = n_attr_slots <= MAX_STACK_ATTRS ? stack_attrs : (tsr_attr*)R_alloc((size_t)n_attr_slots, sizeof(tsr_attr));
  int64_t scratch[INT_SCRATCH];
  int used = 0, n_at = 0;
  for (int k = 0; k < n_attr_slots; ++k) {
    SEXP v = VECTOR_ELT(attrs, k);
    if (v == R_NilValue) continue;
    tsr_attr* a = &at[n_at++];
    memset(a, 0, sizeof *a);
    a->slot = k;
    a->type = INTEGER(s_types)[k];
    const R_xlen_t len = XLENGTH(v);
    switch (a->type) {
      case TSR_ATTR_BOOL: case TSR_ATTR_INT: case TSR_ATTR_ENUM: case TSR_ATTR_DTYPE:
        if (len != 1 || (TYPEOF(v) != REALSXP && TYPEOF(v) != INTSXP && TYPEOF(v) != LGLSXP))
          fail(TSR_ERR_INVALID_ATTRIBUTE, name, "", "%s: attribute slot %d needs one number", name, k);
        a->i = TYPEOF(v) == REALSXP ? (int64_t)REAL(v)[0] : (int64_t)(TYPEOF(v) == INTSXP ? INTEGER(v)[0] : LOGICAL(v)[0]);
        break;
      case TSR_ATTR_FLOAT:
        if (len != 1 || TYPEOF(v) != REALSXP) fail(TSR_ERR_INVALID_ATTRIBUTE, name, "", "%s: attribute slot %d needs one double", name, k);
        a->f = REAL(v)[0];
        break;
      case TSR_ATTR_STRING:
        if (len != 1 || TYPEOF(v) != STRSXP) fail(TSR_ERR_INVALID_ATTRIBUTE, name, "", "%s: attribute slot %d needs one string", name, k);
        a->s = Rf_translateCharUTF8(STRING_ELT(v, 0));
        break;
      case TSR_ATTR_INTS: {
        if (TYPEOF(v) != REALSXP && TYPEOF(v) != INTSXP)
          fail(TSR_ERR_INVALID_ATTRIBUTE, name, "", "%s: attribute slot %d needs an integer vector", name, k);
        int64_t* dst = used + len <= INT_SCRATCH ? scratch + used : (int64_t*)R_alloc((size_t)len + 1, sizeof(int64_t));
        if (used + len <= INT_SCRATCH) used += (int)len;
        for (R_xlen_t i = 0; i < len; ++i) dst[i] = TYPEOF(v) == REALSXP ? (int64_t)REAL(v)[i] : (int64_t)INTEGER(v)[i];
        a->ints = dst;
        a->count = len;
        break;
      }
      case TSR_ATTR_FLOATS:
        if (TYPEOF(v) != REALSXP) fail(TSR_ERR_INVALID_ATTRIBUTE, name, "", "%s: attribute slot %d needs a double vector", name, k);
        a->floats = REAL(v);
        a->count = len;
        break;
      default:
        fail(TSR_ERR_INVALID_ATTRIBUTE, name, "", "%s: unknown attribute type code %d", name, a->type);
    }
  }

  int32_t n_attrs_schema = 0, n_inputs_schema = 0, n_out_schema = 0;
  if (tsr_op_arity(op, &n_attrs_schema, &n_inputs_schema, &n_out_schema) != TSR_OK) raise_last(name);
  /* Room for the schema's outputs, and for a variadic output's run-time count. */
  const int32_t capacity = n_out_schema > MAX_STACK_OUTPUTS ? n_out_schema : MAX_STACK_OUTPUTS;
  tsr_tensor* stack_out[MAX_STACK_OUTPUTS];
  tsr_tensor** out = capacity <= MAX_STACK_OUTPUTS ? stack_out : (tsr_tensor**)R_alloc((size_t)capacity, sizeof(tsr_tensor*));
  int32_t n_out = 0;
  if (tsr_op_invoke(op, in, n_in, n_at > 0 ? at : NULL, n_at, out, capacity, &n_out) != TSR_OK) raise_last_as(name);

  if (n_out == 1 && !Rf_asLogical(s_list)) return wrap_tensor(out[0]);
  /* Several outputs, wrapped in order (the engine returns them already owned by us). */
  SEXP list = PROTECT(Rf_allocVector(VECSXP, n_out));
  for (int k = 0; k < n_out; ++k) SET_VECTOR_ELT(list, k, wrap_tensor(out[k]));
  UNPROTECT(1);
  return list;
}

/* ---- autograd ---------------------------------------------------------------------------- */

SEXP tsr_r_set_recording(SEXP on) {
  int32_t prev = 0;
  if (tsr_autograd_set_recording(Rf_asLogical(on) == TRUE ? 1 : 0, &prev) != TSR_OK) raise_last("autograd_record");
  return Rf_ScalarLogical(prev != 0);
}

SEXP tsr_r_is_recording(void) { return Rf_ScalarLogical(tsr_autograd_is_recording() != 0); }

SEXP tsr_r_attach_grad(SEXP x) {
  if (tsr_tensor_attach_grad(tensor_arg(x, "attach_grad", "x")) != TSR_OK) raise_last("attach_grad");
  return R_NilValue;
}

SEXP tsr_r_requires_grad(SEXP x) {
  int32_t out = 0;
  if (tsr_tensor_requires_grad(tensor_arg(x, "requires_grad", "x"), &out) != TSR_OK) raise_last("requires_grad");
  return Rf_ScalarLogical(out != 0);
}

/* The accumulated gradient, or NULL when none has arrived yet. */
SEXP tsr_r_grad(SEXP x) {
  tsr_tensor* g = NULL;
  if (tsr_tensor_grad(tensor_arg(x, "tensor_grad", "x"), &g) != TSR_OK) raise_last("tensor_grad");
  return g == NULL ? R_NilValue : wrap_tensor(g);
}

SEXP tsr_r_zero_grad(SEXP x) {
  if (tsr_tensor_zero_grad(tensor_arg(x, "zero_grad", "x")) != TSR_OK) raise_last("zero_grad");
  return R_NilValue;
}

SEXP tsr_r_detach(SEXP x) {
  tsr_tensor* out = NULL;
  if (tsr_tensor_detach(tensor_arg(x, "tensor_detach", "x"), &out) != TSR_OK) raise_last("tensor_detach");
  return wrap_tensor(out);
}

/* `heads`: a list of tensors; `head_grads`: NULL or a list of the same length (NULL = ones). */
SEXP tsr_r_backward(SEXP heads, SEXP head_grads) {
  drain_pending();
  if (TYPEOF(heads) != VECSXP || XLENGTH(heads) == 0)
    fail(TSR_ERR_INVALID_ARGUMENT, "backward", "heads", "backward: heads must be a non-empty list of tensors");
  const int n = (int)XLENGTH(heads);
  if (head_grads != R_NilValue && (TYPEOF(head_grads) != VECSXP || XLENGTH(head_grads) != n))
    fail(TSR_ERR_INVALID_ARGUMENT, "backward", "head_grads", "backward: head_grads must be NULL or a list with one entry per head");
  const tsr_tensor** h = (const tsr_tensor**)R_alloc((size_t)n, sizeof(tsr_tensor*));
  const tsr_tensor** g = head_grads == R_NilValue ? NULL : (const tsr_tensor**)R_alloc((size_t)n, sizeof(tsr_tensor*));
  for (int k = 0; k < n; ++k) {
    h[k] = tensor_arg(VECTOR_ELT(heads, k), "backward", "heads");
    if (g != NULL) {
      SEXP v = VECTOR_ELT(head_grads, k);
      g[k] = v == R_NilValue ? NULL : tensor_arg(v, "backward", "head_grads");
    }
  }
  if (tsr_autograd_backward(h, n, g) != TSR_OK) raise_last("backward");
  return R_NilValue;
}

/* ---- library and registry ----------------------------------------------------------------- */

SEXP tsr_r_api_version(void) { return Rf_ScalarInteger(tsr_api_version()); }
SEXP tsr_r_registry_hash(void) { return Rf_mkString(tsr_registry_hash()); }

SEXP tsr_r_registry_json(void) {
  const char* json = tsr_registry_json();
  if (json == NULL || *json == '\0') raise_last("tessera_registry_json");
  SEXP out = PROTECT(Rf_allocVector(STRSXP, 1));
  SET_STRING_ELT(out, 0, Rf_mkCharCE(json, CE_UTF8));
  UNPROTECT(1);
  return out;
}

SEXP tsr_r_num_threads(void) { return Rf_ScalarInteger(tsr_num_threads()); }

SEXP tsr_r_set_num_threads(SEXP n) {
  if (!Rf_isNumeric(n) || XLENGTH(n) != 1) fail(TSR_ERR_INVALID_ARGUMENT, "tessera_set_num_threads", "n", "n must be one number");
  if (tsr_set_num_threads(Rf_asInteger(n)) != TSR_OK) raise_last("tessera_set_num_threads");
  return R_NilValue;
}

/* Called from .onLoad with the namespace. */
SEXP tsr_r_init(SEXP ns) {
  if (g_ns == NULL) {
    g_ns = ns;
    R_PreserveObject(g_ns);
  }
  return R_NilValue;
}

static const R_CallMethodDef CALL_METHODS[] = {
    {"tsr_r_init", (DL_FUNC)&tsr_r_init, 1},
    {"tsr_r_from_r", (DL_FUNC)&tsr_r_from_r, 5},
    {"tsr_r_to_r", (DL_FUNC)&tsr_r_to_r, 1},
    {"tsr_r_shape", (DL_FUNC)&tsr_r_shape, 1},
    {"tsr_r_dtype", (DL_FUNC)&tsr_r_dtype, 1},
    {"tsr_r_is_tensor", (DL_FUNC)&tsr_r_is_tensor, 1},
    {"tsr_r_is_released", (DL_FUNC)&tsr_r_is_released, 1},
    {"tsr_r_release", (DL_FUNC)&tsr_r_release, 1},
    {"tsr_r_op_lookup", (DL_FUNC)&tsr_r_op_lookup, 1},
    {"tsr_r_op_names", (DL_FUNC)&tsr_r_op_names, 0},
    {"tsr_r_invoke", (DL_FUNC)&tsr_r_invoke, 6},
    {"tsr_r_api_version", (DL_FUNC)&tsr_r_api_version, 0},
    {"tsr_r_registry_hash", (DL_FUNC)&tsr_r_registry_hash, 0},
    {"tsr_r_registry_json", (DL_FUNC)&tsr_r_registry_json, 0},
    {"tsr_r_num_threads", (DL_FUNC)&tsr_r_num_threads, 0},
    {"tsr_r_set_num_threads", (DL_FUNC)&tsr_r_set_num_threads, 1},
    {"tsr_r_set_recording", (DL_FUNC)&tsr_r_set_recording, 1},
    {"tsr_r_is_recording", (DL_FUNC)&tsr_r_is_recording, 0},
    {"tsr_r_attach_grad", (DL_FUNC)&tsr_r_attach_grad, 1},
    {"tsr_r_requires_grad", (DL_FUNC)&tsr_r_requires_grad, 1},
    {"tsr_r_grad", (DL_FUNC)&tsr_r_grad, 1},
    {"tsr_r_zero_grad", (DL_FUNC)&tsr_r_zero_grad, 1},
    {"tsr_r_detach", (DL_FUNC)&tsr_r_detach, 1},
    {"tsr_r_backward", (DL_FUNC)&tsr_r_backward, 2},
    {"tsr_r_model_load", (DL_FUNC)&tsr_r_model_load, 1},
    {"tsr_r_model_from_raw", (DL_FUNC)&tsr_r_model_from_raw, 2},
    {"tsr_r_model_to_raw", (DL_FUNC)&tsr_r_model_to_raw, 1},
    {"tsr_r_model_save", (DL_FUNC)&tsr_r_model_save, 2},
    {"tsr_r_model_inputs", (DL_FUNC)&tsr_r_model_inputs, 1},
    {"tsr_r_model_outputs", (DL_FUNC)&tsr_r_model_outputs, 1},
    {"tsr_r_model_run", (DL_FUNC)&tsr_r_model_run, 2},
    {"tsr_r_model_plan_stats", (DL_FUNC)&tsr_r_model_plan_stats, 1},
    {"tsr_r_model_release", (DL_FUNC)&tsr_r_model_release, 1},
    {"tsr_r_model_is_released", (DL_FUNC)&tsr_r_model_is_released, 1},
    {"tsr_r_is_model", (DL_FUNC)&tsr_r_is_model, 1},
    {"tsr_r_trace_begin", (DL_FUNC)&tsr_r_trace_begin, 0},
    {"tsr_r_trace_input", (DL_FUNC)&tsr_r_trace_input, 3},
    {"tsr_r_trace_end", (DL_FUNC)&tsr_r_trace_end, 3},
    {"tsr_r_trace_stop", (DL_FUNC)&tsr_r_trace_stop, 1},
    {"tsr_r_read_tensor_proto", (DL_FUNC)&tsr_r_read_tensor_proto, 1},
    {NULL, NULL, 0}};

void R_init_tessera(DllInfo* dll) {
  g_main_thread = pthread_self();
  g_tensor_tag = Rf_install("tessera_tensor");
  g_op_tag = Rf_install("tessera_op");
  g_class = Rf_mkString("tessera_tensor");
  R_PreserveObject(g_class);
  R_registerRoutines(dll, NULL, CALL_METHODS, NULL, NULL);
  R_useDynamicSymbols(dll, FALSE);
  R_forceSymbols(dll, TRUE);
}
