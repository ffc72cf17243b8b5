/*
 * Helpers of the .Call glue shared between its files (tessera.c: tensors, operators, errors;
 * model.c: graphs and ONNX). Hidden visibility: they are the package's own, never exported from
 * tessera.so nor interposed by a same-named symbol of another library.
 */
#ifndef TESSERA_R_GLUE_H_
#define TESSERA_R_GLUE_H_

#ifndef R_NO_REMAP
#define R_NO_REMAP
#endif
#include <R.h>
#include <Rinternals.h>

#include "tessera/c_api.h"

#if defined(__GNUC__)
#define TSR_R_INTERNAL __attribute__((visibility("hidden")))
#else
#define TSR_R_INTERNAL
#endif

/* Releases R vectors whose engine storage died on another thread (call on entry). */
TSR_R_INTERNAL void drain_pending(void);

/* Signal a tessera_error condition (they do not return): the C API's last error of this thread
   (`op` names the operation when the engine did not), or a message formatted here. */
TSR_R_INTERNAL void raise_last(const char* op);
TSR_R_INTERNAL void raise_last_as(const char* op); /* the same, always under `op` */
TSR_R_INTERNAL void fail(int status, const char* op, const char* arg, const char* fmt, ...);

/* One non-NA string, in UTF-8. */
TSR_R_INTERNAL const char* string_arg(SEXP s, const char* what);

/* Takes ownership of `t` and returns the tessera_tensor releasing it; the live tensor behind an
   R object (else a tessera_error naming `op` and `arg`). */
TSR_R_INTERNAL SEXP wrap_tensor(tsr_tensor* t);
TSR_R_INTERNAL tsr_tensor* tensor_arg(SEXP x, const char* op, const char* arg);

/* .Call entry points of model.c (registered in tessera.c). */
SEXP tsr_r_model_load(SEXP path);
SEXP tsr_r_model_from_raw(SEXP data, SEXP base_dir);
SEXP tsr_r_model_to_raw(SEXP model);
SEXP tsr_r_model_save(SEXP model, SEXP path);
SEXP tsr_r_model_inputs(SEXP model);
SEXP tsr_r_model_outputs(SEXP model);
SEXP tsr_r_model_run(SEXP model, SEXP feeds);
SEXP tsr_r_model_plan_stats(SEXP model);
SEXP tsr_r_model_release(SEXP model);
SEXP tsr_r_model_is_released(SEXP model);
SEXP tsr_r_is_model(SEXP x);
SEXP tsr_r_trace_begin(void);
SEXP tsr_r_trace_input(SEXP model, SEXP tensor, SEXP name);
SEXP tsr_r_trace_end(SEXP model, SEXP outputs, SEXP names);
SEXP tsr_r_trace_stop(SEXP model);
SEXP tsr_r_read_tensor_proto(SEXP data);

#endif /* TESSERA_R_GLUE_H_ */
