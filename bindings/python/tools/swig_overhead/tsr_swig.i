/* The SWIG alternative to tessera._native, for the per-call overhead comparison only
 * (bindings/python/README.md, "Why a CPython extension"). It wraps c_api.h with the typemaps a
 * SWIG low-level layer needs: a Python list of tensor handles in, the output handles out, status
 * codes turned into exceptions. Built and timed by bench_swig.py; not part of the package. */
%module tsr_swig
%{
#include "tessera/c_api.h"
%}

%include "stdint.i"

/* Opaque handles travel as SWIG pointer objects. */
typedef struct tsr_tensor tsr_tensor;
typedef struct tsr_op tsr_op;

/* const tsr_tensor* const* inputs, int32_t n_inputs  <-  a Python list of handles */
%typemap(in) (const tsr_tensor* const* inputs, int32_t n_inputs) (const tsr_tensor* tmp[16]) {
  if (!PyList_Check($input)) SWIG_exception_fail(SWIG_TypeError, "inputs must be a list");
  Py_ssize_t n = PyList_GET_SIZE($input);
  if (n > 16) SWIG_exception_fail(SWIG_ValueError, "too many inputs");
  for (Py_ssize_t i = 0; i < n; ++i) {
    void* p = 0;
    if (SWIG_ConvertPtr(PyList_GET_ITEM($input, i), &p, SWIGTYPE_p_tsr_tensor, 0) != 0)
      SWIG_exception_fail(SWIG_TypeError, "inputs must be tensor handles");
    tmp[i] = (const tsr_tensor*)p;
  }
  $1 = tmp;
  $2 = (int32_t)n;
}

/* outputs/capacity/n_outputs: the first output comes back as the result */
%typemap(in, numinputs=0) (tsr_tensor** outputs, int32_t capacity, int32_t* n_outputs) (tsr_tensor* outs[8], int32_t n) {
  $1 = outs; $2 = 8; $3 = &n;
}
%typemap(argout) (tsr_tensor** outputs, int32_t capacity, int32_t* n_outputs) {
  Py_DECREF($result);
  $result = SWIG_NewPointerObj(outs$argnum[0], SWIGTYPE_p_tsr_tensor, 0);
}
%typemap(out) tsr_status {
  if ($1 != TSR_OK) { PyErr_SetString(PyExc_ValueError, tsr_last_error()); SWIG_fail; }
  $result = Py_None; Py_INCREF(Py_None);
}
%typemap(in, numinputs=0) const tsr_op** out (const tsr_op* tmp) { $1 = &tmp; }
%typemap(argout) const tsr_op** out { Py_DECREF($result); $result = SWIG_NewPointerObj((void*)tmp$argnum, SWIGTYPE_p_tsr_op, 0); }
%typemap(in, numinputs=0) tsr_tensor** out (tsr_tensor* tmp) { $1 = &tmp; }
%typemap(argout) tsr_tensor** out { Py_DECREF($result); $result = SWIG_NewPointerObj(tmp$argnum, SWIGTYPE_p_tsr_tensor, 0); }
%typemap(in) (const void* data, size_t nbytes) {
  Py_buffer view;
  if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) != 0) SWIG_fail;
  $1 = view.buf; $2 = (size_t)view.len;
  PyBuffer_Release(&view); /* the bytes object outlives the call */
}
%typemap(in) (const int64_t* shape, int32_t ndim) (int64_t tmp[8]) {
  Py_ssize_t n = PySequence_Size($input);
  for (Py_ssize_t i = 0; i < n && i < 8; ++i) { PyObject* o = PySequence_GetItem($input, i); tmp[i] = PyLong_AsLongLong(o); Py_DECREF(o); }
  $1 = tmp; $2 = (int32_t)n;
}

tsr_status tsr_op_lookup(const char* name, const tsr_op** out);
tsr_status tsr_op_invoke(const tsr_op* op, const tsr_tensor* const* inputs, int32_t n_inputs, const tsr_attr* attrs,
                         int32_t n_attrs, tsr_tensor** outputs, int32_t capacity, int32_t* n_outputs);
tsr_status tsr_tensor_create(tsr_dtype dtype, const int64_t* shape, int32_t ndim, const void* data, size_t nbytes, tsr_tensor** out);
void tsr_tensor_release(tsr_tensor* t);

typedef enum tsr_dtype { TSR_DTYPE_FLOAT32 = 0 } tsr_dtype;
typedef struct tsr_attr tsr_attr;
