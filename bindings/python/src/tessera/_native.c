/*
 * tessera._native: the CPython extension over the Tessera C API (c-api/include/tessera/c_api.h).
 *
 * It is the only code that talks to libtessera.so. It holds no operator knowledge: the generated
 * modules (tessera/_generated/) create one `Op` per registry operator, naming its inputs and
 * attributes, and call it with every input and attribute positionally. What it provides:
 *
 *   TensorBase   a tensor handle (tsr_tensor*) with cached dtype/shape, the buffer protocol
 *                (zero-copy numpy views), __dlpack__/__dlpack_device__ and release(); the
 *                Python `tessera.Tensor` subclasses it.
 *   Op           a resolved operator (tsr_op* plus attribute slots and types) whose vectorcall
 *                converts inputs and attributes into a stack array of handles and tsr_attr
 *                records and calls tsr_op_invoke: no JSON, no string parsing, nothing allocated
 *                on the way beyond the output objects.
 *   from_buffer / from_dlpack_capsule / create
 *                tensors over Python memory (buffer protocol, DLPack) without copying, or copies.
 *
 * Policy lives in Python: `install()` registers the Tensor subclass to instantiate, the error
 * factory (status -> TesseraError subclass), the input coercion hook (scalars, numpy arrays and
 * lists -> tensors) and the dtype-name normalizer for dtype attributes.
 *
 * Why a hand-written extension rather than SWIG: see bindings/python/README.md (per-call
 * overhead measured for both).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlpack/dlpack.h>
#include <stdint.h>
#include <string.h>

#include "tessera/c_api.h"

#define N_DTYPES 6
#define MAX_ATTRS 32
#define STACK_INPUTS 16
#define STACK_VALUES 64
#define MAX_OUTPUTS 64 /* room for a variadic output's run-time count */
/* Inputs with at least this many elements in total run with the GIL released. */
#define GIL_RELEASE_NUMEL 32768

/* Error kinds passed to the Python error factory next to the status. */
#define KIND_NONE ""
#define KIND_TYPE "type"         /* a wrong Python type: the class also derives from TypeError */
#define KIND_RELEASED "released" /* a tensor used after release() */

static const char* const DTYPE_NAMES[N_DTYPES] = {"float32", "float64", "int32", "int64", "uint8", "bool"};
static const Py_ssize_t DTYPE_SIZES[N_DTYPES] = {4, 8, 4, 8, 1, 1};
static char DTYPE_FORMATS[N_DTYPES][2] = {"f", "d", "i", "q", "B", "?"};
static const char* const ATTR_TYPE_NAMES[] = {"bool", "int", "float", "string", "enum", "int[]", "float[]", "dtype"};

static PyObject* g_dtype_str[N_DTYPES]; /* interned dtype names */

static PyTypeObject TensorBaseType;
static PyTypeObject OpType;

static PyTypeObject* g_tensor_type = NULL; /* tessera.Tensor, set by install() */
static PyObject* g_make_error = NULL;      /* (status, detail, op, arg, kind) -> exception */
static PyObject* g_coerce = NULL;          /* (op, input_names, variadic, values, input_dtypes) -> list */
static PyObject* g_dtype_of = NULL;        /* (object) -> dtype name */

/* ---- errors -------------------------------------------------------------------------------- */

/* Raises the exception the Python factory builds; falls back to RuntimeError before install(). */
static void raise_tessera(int status, const char* kind, PyObject* op, const char* arg, PyObject* detail) {
  if (detail == NULL) return; /* the formatting itself failed: keep that error */
  if (g_make_error == NULL) {
    PyErr_Format(PyExc_RuntimeError, "%S (status %d, operator %S, argument %s)", detail, status,
                 op ? op : Py_None, arg ? arg : "");
    Py_DECREF(detail);
    return;
  }
  PyObject* exc = PyObject_CallFunction(g_make_error, "iOOss", status, detail, op ? op : Py_None, arg ? arg : "", kind);
  Py_DECREF(detail);
  if (exc == NULL) return;
  PyErr_SetObject((PyObject*)Py_TYPE(exc), exc);
  Py_DECREF(exc);
}

/* A failure detected here, with a printf-style message (PyUnicode_FromFormat codes). */
static void raise_fmt(int status, const char* kind, PyObject* op, const char* arg, const char* fmt, ...) {
  va_list va;
  va_start(va, fmt);
  PyObject* detail = PyUnicode_FromFormatV(fmt, va);
  va_end(va);
  raise_tessera(status, kind, op, arg, detail);
}

/* The failure the last C API call on this thread reported. */
static void raise_last(tsr_status status, PyObject* fallback_op) {
  const char* op = tsr_last_error_op();
  PyObject* op_obj = NULL;
  if (op && op[0]) op_obj = PyUnicode_FromString(op);
  else if (fallback_op) op_obj = Py_NewRef(fallback_op);
  PyObject* detail = PyUnicode_FromString(tsr_last_error());
  raise_tessera((int)status, KIND_NONE, op_obj, tsr_last_error_arg(), detail);
  Py_XDECREF(op_obj);
}

/* ---- TensorBase ---------------------------------------------------------------------------- */

typedef struct {
  PyObject_HEAD
  tsr_tensor* h; /* NULL after release() */
  PyObject* weakrefs;
  int32_t dtype;
  int32_t ndim;
  int32_t readonly;
  int64_t shape[TSR_MAX_DIMS];
} TensorObject;

#define IS_TENSOR(o) (Py_TYPE(o) == g_tensor_type || PyObject_TypeCheck((o), &TensorBaseType))

/* A new tensor object owning `h` (stolen, released on failure). */
static PyObject* wrap_handle(tsr_tensor* h, int readonly) {
  PyTypeObject* type = g_tensor_type ? g_tensor_type : &TensorBaseType;
  TensorObject* t = (TensorObject*)type->tp_alloc(type, 0);
  if (t == NULL) {
    tsr_tensor_release(h);
    return NULL;
  }
  tsr_dtype dt = TSR_DTYPE_FLOAT32;
  int32_t nd = 0;
  tsr_status s = tsr_tensor_dtype(h, &dt);
  if (s == TSR_OK) s = tsr_tensor_shape(h, t->shape, TSR_MAX_DIMS, &nd);
  if (s != TSR_OK) {
    tsr_tensor_release(h);
    Py_DECREF(t);
    raise_last(s, NULL);
    return NULL;
  }
  t->h = h;
  t->dtype = (int32_t)dt;
  t->ndim = nd;
  t->readonly = readonly;
  return (PyObject*)t;
}

static int check_alive(TensorObject* self) {
  if (self->h != NULL) return 0;
  raise_fmt(TSR_ERR_INVALID_HANDLE, KIND_RELEASED, NULL, "self", "the tensor was released");
  return -1;
}

static void tensor_dealloc(TensorObject* self) {
  if (self->weakrefs != NULL) PyObject_ClearWeakRefs((PyObject*)self);
  tsr_tensor_release(self->h);
  self->h = NULL;
  Py_TYPE(self)->tp_free((PyObject*)self);
}

static int64_t tensor_numel(const TensorObject* self) {
  int64_t n = 1;
  for (int i = 0; i < self->ndim; ++i) n *= self->shape[i];
  return n;
}

static PyObject* tensor_get_shape(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  PyObject* tup = PyTuple_New(self->ndim);
  if (tup == NULL) return NULL;
  for (int i = 0; i < self->ndim; ++i) {
    PyObject* d = PyLong_FromLongLong(self->shape[i]);
    if (d == NULL) {
      Py_DECREF(tup);
      return NULL;
    }
    PyTuple_SET_ITEM(tup, i, d);
  }
  return tup;
}

static PyObject* tensor_get_dtype(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  return Py_NewRef(g_dtype_str[self->dtype]);
}

static PyObject* tensor_get_ndim(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  return PyLong_FromLong(self->ndim);
}

static PyObject* tensor_get_size(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  return PyLong_FromLongLong(tensor_numel(self));
}

static PyObject* tensor_get_itemsize(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  return PyLong_FromSsize_t(DTYPE_SIZES[self->dtype]);
}

static PyObject* tensor_get_strides(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  int64_t st[TSR_MAX_DIMS];
  int32_t nd = 0;
  tsr_status s = tsr_tensor_strides(self->h, st, TSR_MAX_DIMS, &nd);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  PyObject* tup = PyTuple_New(nd);
  if (tup == NULL) return NULL;
  for (int i = 0; i < nd; ++i) {
    PyObject* d = PyLong_FromLongLong(st[i]);
    if (d == NULL) {
      Py_DECREF(tup);
      return NULL;
    }
    PyTuple_SET_ITEM(tup, i, d);
  }
  return tup;
}

static PyObject* tensor_get_released(TensorObject* self, void* closure) { return PyBool_FromLong(self->h == NULL); }

static PyObject* tensor_get_readonly(TensorObject* self, void* closure) { return PyBool_FromLong(self->readonly); }

static PyObject* tensor_get_contiguous(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  int32_t c = 0;
  tsr_status s = tsr_tensor_is_contiguous(self->h, &c);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return PyBool_FromLong(c);
}

static PyObject* tensor_get_data_ptr(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  void* p = NULL;
  tsr_status s = tsr_tensor_data(self->h, &p);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return PyLong_FromVoidPtr(p);
}

static PyObject* tensor_release(TensorObject* self, PyObject* unused) {
  tsr_tensor* h = self->h;
  self->h = NULL;
  tsr_tensor_release(h);
  Py_RETURN_NONE;
}

/* ---- autograd on a tensor (tsr_tensor_attach_grad & co.) ---- */

static PyObject* tensor_attach_grad(TensorObject* self, PyObject* unused) {
  if (check_alive(self)) return NULL;
  tsr_status s = tsr_tensor_attach_grad(self->h);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return Py_NewRef((PyObject*)self);
}

static PyObject* tensor_get_requires_grad(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  int32_t r = 0;
  tsr_status s = tsr_tensor_requires_grad(self->h, &r);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return PyBool_FromLong(r);
}

static PyObject* tensor_get_grad(TensorObject* self, void* closure) {
  if (check_alive(self)) return NULL;
  tsr_tensor* g = NULL;
  tsr_status s = tsr_tensor_grad(self->h, &g);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  if (g == NULL) Py_RETURN_NONE;
  return wrap_handle(g, 0);
}

static PyObject* tensor_zero_grad(TensorObject* self, PyObject* unused) {
  if (check_alive(self)) return NULL;
  tsr_status s = tsr_tensor_zero_grad(self->h);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  Py_RETURN_NONE;
}

static PyObject* tensor_detach(TensorObject* self, PyObject* unused) {
  if (check_alive(self)) return NULL;
  tsr_tensor* d = NULL;
  tsr_status s = tsr_tensor_detach(self->h, &d);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return wrap_handle(d, self->readonly);
}

/* Buffer protocol: a zero-copy view. Each export holds its own reference to the storage, so
 * the exporter may be released (or collected) while numpy still uses the memory. */
typedef struct {
  tsr_tensor* h;
  Py_ssize_t shape[TSR_MAX_DIMS];
  Py_ssize_t strides[TSR_MAX_DIMS];
} BufferExport;

static int tensor_getbuffer(PyObject* obj, Py_buffer* view, int flags) {
  TensorObject* self = (TensorObject*)obj;
  view->obj = NULL;
  if (self->h == NULL) {
    PyErr_SetString(PyExc_BufferError, "the tensor was released");
    return -1;
  }
  if ((flags & PyBUF_WRITABLE) == PyBUF_WRITABLE && self->readonly) {
    PyErr_SetString(PyExc_BufferError, "the tensor is read-only (it views read-only memory)");
    return -1;
  }
  int64_t st[TSR_MAX_DIMS];
  int32_t nd = 0, contiguous = 0;
  void* data = NULL;
  tsr_status s = tsr_tensor_strides(self->h, st, TSR_MAX_DIMS, &nd);
  if (s == TSR_OK) s = tsr_tensor_is_contiguous(self->h, &contiguous);
  if (s == TSR_OK) s = tsr_tensor_data(self->h, &data);
  if (s != TSR_OK) {
    PyErr_Format(PyExc_BufferError, "cannot export the tensor: %s", tsr_last_error());
    return -1;
  }
  const int wants_strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES;
  const int wants_contiguous = (flags & PyBUF_C_CONTIGUOUS) == PyBUF_C_CONTIGUOUS ||
                               (flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS ||
                               (flags & PyBUF_ANY_CONTIGUOUS) == PyBUF_ANY_CONTIGUOUS;
  if (!contiguous && (!wants_strides || wants_contiguous)) {
    PyErr_SetString(PyExc_BufferError, "the tensor is a strided view; request strides or call contiguous() first");
    return -1;
  }
  if (contiguous && (flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS && (flags & PyBUF_C_CONTIGUOUS) != PyBUF_C_CONTIGUOUS &&
      (flags & PyBUF_ANY_CONTIGUOUS) != PyBUF_ANY_CONTIGUOUS && self->ndim > 1) {
    PyErr_SetString(PyExc_BufferError, "the tensor is row-major (C order), not Fortran order");
    return -1;
  }
  BufferExport* e = (BufferExport*)PyMem_Malloc(sizeof(BufferExport));
  if (e == NULL) {
    PyErr_NoMemory();
    return -1;
  }
  if (tsr_tensor_retain(self->h) != TSR_OK) {
    PyMem_Free(e);
    PyErr_Format(PyExc_BufferError, "cannot export the tensor: %s", tsr_last_error());
    return -1;
  }
  const Py_ssize_t isz = DTYPE_SIZES[self->dtype];
  e->h = self->h;
  for (int i = 0; i < nd; ++i) {
    e->shape[i] = (Py_ssize_t)self->shape[i];
    e->strides[i] = (Py_ssize_t)(st[i] * isz);
  }
  view->buf = data;
  view->obj = Py_NewRef(obj);
  view->len = (Py_ssize_t)tensor_numel(self) * isz;
  view->readonly = self->readonly;
  view->itemsize = isz;
  view->format = (flags & PyBUF_FORMAT) == PyBUF_FORMAT ? DTYPE_FORMATS[self->dtype] : NULL;
  view->ndim = nd;
  view->shape = (flags & PyBUF_ND) == PyBUF_ND ? e->shape : NULL;
  view->strides = wants_strides ? e->strides : NULL;
  view->suboffsets = NULL;
  view->internal = e;
  return 0;
}

static void tensor_releasebuffer(PyObject* obj, Py_buffer* view) {
  BufferExport* e = (BufferExport*)view->internal;
  if (e == NULL) return;
  tsr_tensor_release(e->h);
  PyMem_Free(e);
  view->internal = NULL;
}

static PyBufferProcs tensor_as_buffer = {(getbufferproc)tensor_getbuffer, (releasebufferproc)tensor_releasebuffer};

/* DLPack export: capsule "dltensor" holding a DLManagedTensor from tsr_tensor_to_dlpack. */
static void dlpack_capsule_destructor(PyObject* capsule) {
  /* Only an unconsumed capsule still owns its tensor (consumers rename it "used_dltensor"). */
  if (!PyCapsule_IsValid(capsule, "dltensor")) return;
  DLManagedTensor* m = (DLManagedTensor*)PyCapsule_GetPointer(capsule, "dltensor");
  if (m != NULL && m->deleter != NULL) m->deleter(m);
}

static PyObject* copy_of(TensorObject* self);

static PyObject* tensor_dlpack(TensorObject* self, PyObject* args, PyObject* kwargs) {
  static char* kwlist[] = {"stream", "max_version", "dl_device", "copy", NULL};
  PyObject *stream = Py_None, *max_version = Py_None, *dl_device = Py_None, *copy = Py_None;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|$OOOO:__dlpack__", kwlist, &stream, &max_version, &dl_device, &copy))
    return NULL;
  if (check_alive(self)) return NULL;
  if (stream != Py_None) {
    PyErr_SetString(PyExc_BufferError, "__dlpack__: Tessera tensors live in CPU memory; stream must be None");
    return NULL;
  }
  if (dl_device != Py_None) {
    PyObject* cpu = Py_BuildValue("(ii)", (int)kDLCPU, 0);
    if (cpu == NULL) return NULL;
    int same = PyObject_RichCompareBool(dl_device, cpu, Py_EQ);
    Py_DECREF(cpu);
    if (same < 0) return NULL;
    if (!same) {
      PyErr_SetString(PyExc_BufferError, "__dlpack__: only dl_device=(1, 0) (CPU) is supported");
      return NULL;
    }
  }
  int want_copy = copy == Py_None ? 0 : PyObject_IsTrue(copy);
  if (want_copy < 0) return NULL;
  if (self->readonly && !want_copy) {
    PyErr_SetString(PyExc_BufferError, "__dlpack__: cannot export a read-only tensor without copying (DLPack cannot mark it read-only)");
    return NULL;
  }
  TensorObject* src = self;
  PyObject* tmp = NULL;
  if (want_copy) {
    tmp = copy_of(self);
    if (tmp == NULL) return NULL;
    src = (TensorObject*)tmp;
  }
  void* managed = NULL;
  tsr_status s = tsr_tensor_to_dlpack(src->h, &managed);
  Py_XDECREF(tmp); /* the managed tensor holds its own storage reference */
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  PyObject* capsule = PyCapsule_New(managed, "dltensor", dlpack_capsule_destructor);
  if (capsule == NULL) {
    DLManagedTensor* m = (DLManagedTensor*)managed;
    m->deleter(m);
  }
  return capsule;
}

static PyObject* tensor_dlpack_device(TensorObject* self, PyObject* unused) {
  if (check_alive(self)) return NULL;
  return Py_BuildValue("(ii)", (int)kDLCPU, 0);
}

static PyGetSetDef tensor_getset[] = {
    {"shape", (getter)tensor_get_shape, NULL, "Dimension sizes, a tuple of ints.", NULL},
    {"dtype", (getter)tensor_get_dtype, NULL, "Element type name: 'float32', 'float64', 'int32', 'int64', 'uint8' or 'bool'.", NULL},
    {"ndim", (getter)tensor_get_ndim, NULL, "Number of dimensions.", NULL},
    {"size", (getter)tensor_get_size, NULL, "Number of elements.", NULL},
    {"itemsize", (getter)tensor_get_itemsize, NULL, "Bytes per element.", NULL},
    {"strides", (getter)tensor_get_strides, NULL, "Strides in elements (not bytes), a tuple of ints.", NULL},
    {"released", (getter)tensor_get_released, NULL, "True after release().", NULL},
    {"readonly", (getter)tensor_get_readonly, NULL, "True when the tensor views read-only memory.", NULL},
    {"is_contiguous", (getter)tensor_get_contiguous, NULL, "True when the view is dense row-major.", NULL},
    {"data_ptr", (getter)tensor_get_data_ptr, NULL, "Address of the first element (for zero-copy checks).", NULL},
    {"requires_grad", (getter)tensor_get_requires_grad, NULL,
     "True when the tensor takes part in gradient computation (an attached leaf or a recorded result).", NULL},
    {"grad", (getter)tensor_get_grad, NULL,
     "The gradient accumulated in this leaf by backward(), as a new tensor; None before any backward pass reached it.", NULL},
    {NULL}};

static PyMethodDef tensor_methods[] = {
    {"release", (PyCFunction)tensor_release, METH_NOARGS,
     "Drops this object's reference to the engine memory now (idempotent). Views, numpy arrays and "
     "DLPack capsules made from it keep their own references."},
    {"__dlpack__", (PyCFunction)(void (*)(void))tensor_dlpack, METH_VARARGS | METH_KEYWORDS,
     "DLPack export (a 'dltensor' capsule) without copying."},
    {"__dlpack_device__", (PyCFunction)tensor_dlpack_device, METH_NOARGS, "(1, 0): CPU memory."},
    {"attach_grad", (PyCFunction)tensor_attach_grad, METH_NOARGS,
     "Marks this floating-point tensor as a leaf that accumulates gradients (clears any earlier one); returns self."},
    {"zero_grad", (PyCFunction)tensor_zero_grad, METH_NOARGS, "Forgets the accumulated gradient."},
    {"detach", (PyCFunction)tensor_detach, METH_NOARGS, "The same data cut from the tape (a new tensor sharing the memory)."},
    {NULL}};

static PyTypeObject TensorBaseType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "tessera._native.TensorBase",
    .tp_basicsize = sizeof(TensorObject),
    .tp_dealloc = (destructor)tensor_dealloc,
    .tp_as_buffer = &tensor_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Native part of tessera.Tensor: an engine tensor handle. Create tensors with tessera.tensor(), "
              "tessera.asarray() or the operators.",
    .tp_weaklistoffset = offsetof(TensorObject, weakrefs),
    .tp_methods = tensor_methods,
    .tp_getset = tensor_getset,
};

/* A contiguous engine-owned copy of a tensor. */
static PyObject* copy_of(TensorObject* self) {
  const Py_ssize_t isz = DTYPE_SIZES[self->dtype];
  const int64_t numel = tensor_numel(self);
  tsr_tensor* h = NULL;
  tsr_status s = tsr_tensor_create((tsr_dtype)self->dtype, self->shape, self->ndim, NULL, 0, &h);
  void* dst = NULL;
  if (s == TSR_OK) s = tsr_tensor_data(h, &dst);
  if (s == TSR_OK && numel > 0) s = tsr_tensor_copy_to(self->h, dst, (size_t)(numel * isz));
  if (s != TSR_OK) {
    tsr_tensor_release(h);
    raise_last(s, NULL);
    return NULL;
  }
  return wrap_handle(h, 0);
}

/* ---- Op -------------------------------------------------------------------------------------- */

typedef struct {
  PyObject_HEAD
  vectorcallfunc vectorcall;
  const tsr_op* op;
  PyObject* name;        /* str: registry name */
  PyObject* input_names; /* tuple of str */
  PyObject* attr_names;  /* tuple of str */
  PyObject* enums;       /* tuple: per attribute, a tuple of enum values or None */
  PyObject* input_dtypes; /* tuple: per input, the tuple of dtype names it accepts; or None (unknown) */
  int n_inputs;          /* schema inputs */
  int variadic;          /* the last input takes a sequence */
  int n_attrs;
  int n_outputs;
  int variadic_output; /* the one output is a run-time count of tensors: returned as a list */
  int32_t slot[MAX_ATTRS];
  int32_t type[MAX_ATTRS];
  const char* attr_cname[MAX_ATTRS]; /* UTF-8 of attr_names, for error messages */
  const char* input_cname[MAX_ATTRS];
  char optional[MAX_ATTRS]; /* the input may be None (declared with a trailing "?") */
  /* Per input, the accepted dtypes as a bit set (1 << code); all bits when not given. Number
   * inputs take the dtype of the tensors given for inputs with the same set (add's a and b,
   * where's x and y), never of a differently typed input (gather's x for its indices). */
  uint8_t dtype_mask[MAX_ATTRS];
} OpObject;

static PyObject* op_vectorcall(PyObject* self, PyObject* const* args, size_t nargsf, PyObject* kwnames);

static PyObject* op_new(PyTypeObject* type, PyObject* args, PyObject* kwargs) {
  static char* kwlist[] = {"name", "inputs", "variadic", "attrs", "enums", "variadic_output", "input_dtypes", NULL};
  PyObject *name, *inputs, *attrs, *enums, *input_dtypes = Py_None;
  int variadic, variadic_output = 0;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "UO!pO!O!|$pO:Op", kwlist, &name, &PyTuple_Type, &inputs, &variadic, &PyTuple_Type,
                                   &attrs, &PyTuple_Type, &enums, &variadic_output, &input_dtypes))
    return NULL;
  const Py_ssize_t n_in = PyTuple_GET_SIZE(inputs), n_at = PyTuple_GET_SIZE(attrs);
  if (n_at > MAX_ATTRS || n_in > MAX_ATTRS) {
    PyErr_Format(PyExc_ValueError, "Op %U: at most %d inputs and attributes are supported", name, MAX_ATTRS);
    return NULL;
  }
  if (PyTuple_GET_SIZE(enums) != n_at) {
    PyErr_Format(PyExc_ValueError, "Op %U: enums needs one entry per attribute", name);
    return NULL;
  }
  uint8_t masks[MAX_ATTRS];
  for (Py_ssize_t k = 0; k < n_in; ++k) masks[k] = (uint8_t)((1u << N_DTYPES) - 1);
  if (input_dtypes != Py_None) {
    if (!PyTuple_Check(input_dtypes) || PyTuple_GET_SIZE(input_dtypes) != n_in) {
      PyErr_Format(PyExc_ValueError, "Op %U: input_dtypes needs one tuple of dtype names per input", name);
      return NULL;
    }
    for (Py_ssize_t k = 0; k < n_in; ++k) {
      PyObject* names = PyTuple_GET_ITEM(input_dtypes, k);
      if (!PyTuple_Check(names) || PyTuple_GET_SIZE(names) == 0) {
        PyErr_Format(PyExc_ValueError, "Op %U: input_dtypes[%zd] must be a non-empty tuple of dtype names", name, k);
        return NULL;
      }
      masks[k] = 0;
      for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(names); ++j) {
        PyObject* dn = PyTuple_GET_ITEM(names, j);
        int code = -1;
        for (int d = 0; d < N_DTYPES && PyUnicode_Check(dn); ++d)
          if (PyUnicode_CompareWithASCIIString(dn, DTYPE_NAMES[d]) == 0) code = d;
        if (code < 0) {
          PyErr_Format(PyExc_ValueError, "Op %U: input_dtypes[%zd] holds %R, not a dtype name", name, k, dn);
          return NULL;
        }
        masks[k] |= (uint8_t)(1u << code);
      }
    }
  }
  const char* cname = PyUnicode_AsUTF8(name);
  if (cname == NULL) return NULL;
  const tsr_op* op = NULL;
  tsr_status s = tsr_op_lookup(cname, &op);
  if (s != TSR_OK) {
    raise_last(s, name);
    return NULL;
  }
  int32_t na = 0, ni = 0, no = 0;
  s = tsr_op_arity(op, &na, &ni, &no);
  if (s != TSR_OK) {
    raise_last(s, name);
    return NULL;
  }
  if (na != n_at || ni != n_in || no > MAX_OUTPUTS) {
    raise_fmt(TSR_ERR_INTERNAL, KIND_NONE, name, "",
              "the generated bindings describe %zd input(s) and %zd attribute(s) but the library has %d and %d; "
              "regenerate the bindings (npm run generate) or rebuild the library",
              n_in, n_at, (int)ni, (int)na);
    return NULL;
  }
  OpObject* self = (OpObject*)type->tp_alloc(type, 0);
  if (self == NULL) return NULL;
  self->vectorcall = op_vectorcall;
  self->op = op;
  self->name = Py_NewRef(name);
  self->input_names = Py_NewRef(inputs);
  self->attr_names = Py_NewRef(attrs);
  self->enums = Py_NewRef(enums);
  self->input_dtypes = Py_NewRef(input_dtypes);
  memcpy(self->dtype_mask, masks, sizeof(uint8_t) * (size_t)n_in);
  self->n_inputs = (int)n_in;
  self->variadic = variadic;
  self->n_attrs = (int)n_at;
  self->n_outputs = no;
  self->variadic_output = variadic_output;
  /* Input names; a trailing "?" marks an optional input (None allowed). */
  PyObject* names = PyTuple_New(n_in);
  if (names == NULL) {
    Py_DECREF(self);
    return NULL;
  }
  Py_SETREF(self->input_names, names);
  for (Py_ssize_t k = 0; k < n_in; ++k) {
    PyObject* in = PyTuple_GET_ITEM(inputs, k);
    if (!PyUnicode_Check(in)) {
      PyErr_Format(PyExc_TypeError, "Op %U: input names must be str", name);
      Py_DECREF(self);
      return NULL;
    }
    const Py_ssize_t len = PyUnicode_GET_LENGTH(in);
    self->optional[k] = len > 0 && PyUnicode_READ_CHAR(in, len - 1) == '?';
    PyObject* clean = self->optional[k] ? PyUnicode_Substring(in, 0, len - 1) : Py_NewRef(in);
    if (clean == NULL) {
      Py_DECREF(self);
      return NULL;
    }
    PyTuple_SET_ITEM(names, k, clean);
    self->input_cname[k] = PyUnicode_AsUTF8(clean);
    if (self->input_cname[k] == NULL) {
      Py_DECREF(self);
      return NULL;
    }
  }
  for (Py_ssize_t k = 0; k < n_at; ++k) {
    PyObject* an = PyTuple_GET_ITEM(attrs, k);
    const char* a = PyUnicode_Check(an) ? PyUnicode_AsUTF8(an) : NULL;
    if (a == NULL) {
      if (!PyErr_Occurred()) PyErr_Format(PyExc_TypeError, "Op %U: attribute names must be str", name);
      Py_DECREF(self);
      return NULL;
    }
    self->attr_cname[k] = a;
    s = tsr_op_attr_index(op, a, &self->slot[k], &self->type[k]);
    if (s != TSR_OK) {
      raise_last(s, name);
      Py_DECREF(self);
      return NULL;
    }
    PyObject* values = PyTuple_GET_ITEM(enums, k);
    if (self->type[k] == TSR_ATTR_ENUM && !PyTuple_Check(values)) {
      PyErr_Format(PyExc_ValueError, "Op %U: enum attribute %s needs its tuple of values", name, a);
      Py_DECREF(self);
      return NULL;
    }
  }
  return (PyObject*)self;
}

static void op_dealloc(OpObject* self) {
  Py_XDECREF(self->name);
  Py_XDECREF(self->input_names);
  Py_XDECREF(self->attr_names);
  Py_XDECREF(self->enums);
  Py_XDECREF(self->input_dtypes);
  Py_TYPE(self)->tp_free((PyObject*)self);
}

static PyObject* op_repr(OpObject* self) { return PyUnicode_FromFormat("<tessera operator %U>", self->name); }

/* Attribute conversion ------------------------------------------------------------------------ */

typedef struct {
  int64_t ints[STACK_VALUES];
  double floats[STACK_VALUES];
  int n_ints, n_floats;
  void* heap[MAX_ATTRS]; /* PyMem blocks for long lists */
  int n_heap;
} AttrScratch;

static void scratch_free(AttrScratch* sc) {
  for (int i = 0; i < sc->n_heap; ++i) PyMem_Free(sc->heap[i]);
  sc->n_heap = 0;
}

static void* scratch_take(AttrScratch* sc, Py_ssize_t n, int is_float) {
  if (is_float && sc->n_floats + n <= STACK_VALUES) {
    void* p = &sc->floats[sc->n_floats];
    sc->n_floats += (int)n;
    return p;
  }
  if (!is_float && sc->n_ints + n <= STACK_VALUES) {
    void* p = &sc->ints[sc->n_ints];
    sc->n_ints += (int)n;
    return p;
  }
  void* p = PyMem_Malloc((size_t)(n > 0 ? n : 1) * 8);
  if (p == NULL) {
    PyErr_NoMemory();
    return NULL;
  }
  sc->heap[sc->n_heap++] = p;
  return p;
}

static int is_numpy_bool(PyObject* v) {
  const char* n = Py_TYPE(v)->tp_name;
  return strcmp(n, "numpy.bool") == 0 || strcmp(n, "numpy.bool_") == 0;
}

static int attr_type_error(OpObject* op, int k, const char* expected, PyObject* got) {
  raise_fmt(TSR_ERR_INVALID_ATTRIBUTE, KIND_TYPE, op->name, op->attr_cname[k], "attribute %s expects %s, got %s", op->attr_cname[k],
            expected, Py_TYPE(got)->tp_name);
  return -1;
}

/* An int (not bool, not float) as int64; -1 with an error set otherwise. */
static int to_int64(OpObject* op, int k, PyObject* v, int64_t* out, const char* expected) {
  if (PyBool_Check(v) || is_numpy_bool(v) || !PyIndex_Check(v)) return attr_type_error(op, k, expected, v);
  PyObject* idx = PyNumber_Index(v);
  if (idx == NULL) return -1;
  int overflow = 0;
  long long x = PyLong_AsLongLongAndOverflow(idx, &overflow);
  Py_DECREF(idx);
  if (overflow) {
    raise_fmt(TSR_ERR_INVALID_ATTRIBUTE, KIND_NONE, op->name, op->attr_cname[k], "attribute %s: %S does not fit in 64 bits",
              op->attr_cname[k], v);
    return -1;
  }
  if (x == -1 && PyErr_Occurred()) return -1;
  *out = (int64_t)x;
  return 0;
}

static int to_double(OpObject* op, int k, PyObject* v, double* out, const char* expected) {
  if (PyFloat_CheckExact(v)) {
    *out = PyFloat_AS_DOUBLE(v);
    return 0;
  }
  if (PyBool_Check(v) || is_numpy_bool(v) || PyUnicode_Check(v) || PyBytes_Check(v)) return attr_type_error(op, k, expected, v);
  if (!PyFloat_Check(v) && !PyIndex_Check(v) && (Py_TYPE(v)->tp_as_number == NULL || Py_TYPE(v)->tp_as_number->nb_float == NULL))
    return attr_type_error(op, k, expected, v);
  double x = PyFloat_AsDouble(v);
  if (x == -1.0 && PyErr_Occurred()) {
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
      PyErr_Clear();
      raise_fmt(TSR_ERR_INVALID_ATTRIBUTE, KIND_NONE, op->name, op->attr_cname[k], "attribute %s: %S is too large for a float",
                op->attr_cname[k], v);
    }
    return -1;
  }
  *out = x;
  return 0;
}

static int convert_list(OpObject* op, int k, PyObject* v, tsr_attr* r, AttrScratch* sc, int is_float) {
  const char* expected = is_float ? "a sequence of floats" : "a sequence of ints";
  /* A lone number stands for a one-element list (axes=1 is axes=(1,)). */
  if (!PyUnicode_Check(v) && !PyBytes_Check(v) && !PySequence_Check(v) &&
      (PyIndex_Check(v) || (is_float && PyFloat_Check(v)))) {
    void* buf = scratch_take(sc, 1, is_float);
    if (buf == NULL) return -1;
    if (is_float ? to_double(op, k, v, (double*)buf, expected) : to_int64(op, k, v, (int64_t*)buf, expected)) return -1;
    r->count = 1;
    if (is_float) r->floats = (const double*)buf;
    else r->ints = (const int64_t*)buf;
    return 0;
  }
  if (PyUnicode_Check(v) || PyBytes_Check(v) || !PySequence_Check(v)) return attr_type_error(op, k, expected, v);
  PyObject* seq = PySequence_Fast(v, "");
  if (seq == NULL) {
    PyErr_Clear();
    return attr_type_error(op, k, expected, v);
  }
  const Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
  void* buf = scratch_take(sc, n, is_float);
  if (buf == NULL) {
    Py_DECREF(seq);
    return -1;
  }
  PyObject** items = PySequence_Fast_ITEMS(seq);
  for (Py_ssize_t i = 0; i < n; ++i) {
    int bad = is_float ? to_double(op, k, items[i], (double*)buf + i, expected) : to_int64(op, k, items[i], (int64_t*)buf + i, expected);
    if (bad) {
      Py_DECREF(seq);
      return -1;
    }
  }
  Py_DECREF(seq);
  r->count = n;
  if (is_float) r->floats = (const double*)buf;
  else r->ints = (const int64_t*)buf;
  return 0;
}

static int dtype_code_of(PyObject* v, int* code) {
  PyObject* name = NULL;
  if (PyUnicode_Check(v)) {
    name = Py_NewRef(v);
  } else if (g_dtype_of != NULL) {
    name = PyObject_CallOneArg(g_dtype_of, v);
    if (name == NULL) return -1;
    if (!PyUnicode_Check(name)) {
      Py_DECREF(name);
      *code = -1;
      return 0;
    }
  } else {
    *code = -1;
    return 0;
  }
  *code = -1;
  for (int d = 0; d < N_DTYPES; ++d) {
    if (PyUnicode_CompareWithASCIIString(name, DTYPE_NAMES[d]) == 0) {
      *code = d;
      break;
    }
  }
  Py_DECREF(name);
  return 0;
}

static int convert_attr(OpObject* op, int k, PyObject* v, tsr_attr* r, AttrScratch* sc) {
  memset(r, 0, sizeof *r);
  r->slot = op->slot[k];
  r->type = op->type[k];
  switch (op->type[k]) {
    case TSR_ATTR_BOOL:
      if (v == Py_True || v == Py_False) {
        r->i = v == Py_True;
        return 0;
      }
      if (is_numpy_bool(v)) {
        int t = PyObject_IsTrue(v);
        if (t < 0) return -1;
        r->i = t;
        return 0;
      }
      return attr_type_error(op, k, "a bool", v);
    case TSR_ATTR_INT:
      return to_int64(op, k, v, &r->i, "an int");
    case TSR_ATTR_FLOAT:
      return to_double(op, k, v, &r->f, "a float");
    case TSR_ATTR_STRING:
      if (!PyUnicode_Check(v)) return attr_type_error(op, k, "a str", v);
      r->s = PyUnicode_AsUTF8(v);
      return r->s == NULL ? -1 : 0;
    case TSR_ATTR_ENUM: {
      PyObject* values = PyTuple_GET_ITEM(op->enums, k);
      if (!PyUnicode_Check(v)) return attr_type_error(op, k, "a str (one of the enum values)", v);
      for (Py_ssize_t e = 0; e < PyTuple_GET_SIZE(values); ++e) {
        int eq = PyUnicode_Compare(v, PyTuple_GET_ITEM(values, e));
        if (eq == -1 && PyErr_Occurred()) return -1;
        if (eq == 0) {
          r->i = e;
          return 0;
        }
      }
      PyObject* sep = PyUnicode_FromString("', '");
      if (sep == NULL) return -1;
      PyObject* shown = PyUnicode_Join(sep, values);
      Py_DECREF(sep);
      if (shown == NULL) return -1;
      raise_fmt(TSR_ERR_INVALID_ATTRIBUTE, KIND_NONE, op->name, op->attr_cname[k], "invalid value %R for attribute %s; expected one of '%U'",
                v, op->attr_cname[k], shown);
      Py_DECREF(shown);
      return -1;
    }
    case TSR_ATTR_INTS:
      return convert_list(op, k, v, r, sc, 0);
    case TSR_ATTR_FLOATS:
      return convert_list(op, k, v, r, sc, 1);
    case TSR_ATTR_DTYPE: {
      int code = -1;
      if (dtype_code_of(v, &code)) return -1;
      if (code < 0) {
        if (PyUnicode_Check(v))
          raise_fmt(TSR_ERR_INVALID_ATTRIBUTE, KIND_NONE, op->name, op->attr_cname[k],
                    "invalid dtype %R for attribute %s; expected one of 'float32', 'float64', 'int32', 'int64', 'uint8', 'bool'", v,
                    op->attr_cname[k]);
        else
          raise_fmt(TSR_ERR_INVALID_ATTRIBUTE, KIND_TYPE, op->name, op->attr_cname[k],
                    "attribute %s expects a dtype name ('float32', 'float64', 'int32', 'int64', 'uint8', 'bool'), got %s",
                    op->attr_cname[k], Py_TYPE(v)->tp_name);
        return -1;
      }
      r->i = code;
      return 0;
    }
  }
  raise_fmt(TSR_ERR_INTERNAL, KIND_NONE, op->name, op->attr_cname[k], "attribute %s has unknown type code %d", op->attr_cname[k],
            (int)op->type[k]);
  return -1;
}

/* Inputs ------------------------------------------------------------------------------------- */

static int released_input(OpObject* op, const char* name, Py_ssize_t index) {
  if (index >= 0)
    raise_fmt(TSR_ERR_INVALID_HANDLE, KIND_RELEASED, op->name, name, "input %s[%zd] was released", name, index);
  else
    raise_fmt(TSR_ERR_INVALID_HANDLE, KIND_RELEASED, op->name, name, "input %s was released", name);
  return -1;
}

/* Calls the Python coercion hook on the flat input values; returns a new list of tensors. */
static PyObject* coerce_inputs(OpObject* op, PyObject* const* args, Py_ssize_t n_flat) {
  PyObject* flat = PyList_New(0);
  if (flat == NULL) return NULL;
  for (int i = 0; i < op->n_inputs; ++i) {
    PyObject* v = args[i];
    if (op->variadic && i == op->n_inputs - 1) {
      if (PyUnicode_Check(v) || PyBytes_Check(v) || !PySequence_Check(v) || IS_TENSOR(v)) {
        Py_DECREF(flat);
        raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, op->name, op->input_cname[i], "input %s expects a sequence of tensors, got %s",
                  op->input_cname[i], Py_TYPE(v)->tp_name);
        return NULL;
      }
      PyObject* seq = PySequence_Fast(v, "");
      if (seq == NULL) {
        Py_DECREF(flat);
        return NULL;
      }
      for (Py_ssize_t j = 0; j < PySequence_Fast_GET_SIZE(seq); ++j) {
        if (PyList_Append(flat, PySequence_Fast_GET_ITEM(seq, j))) {
          Py_DECREF(seq);
          Py_DECREF(flat);
          return NULL;
        }
      }
      Py_DECREF(seq);
    } else if (PyList_Append(flat, v)) {
      Py_DECREF(flat);
      return NULL;
    }
  }
  if (g_coerce == NULL) {
    Py_DECREF(flat);
    PyErr_SetString(PyExc_RuntimeError, "tessera._native.install() was not called");
    return NULL;
  }
  PyObject* res =
      PyObject_CallFunction(g_coerce, "OOONO", op->name, op->input_names, op->variadic ? Py_True : Py_False, flat, op->input_dtypes);
  if (res == NULL) return NULL;
  if (!PyList_CheckExact(res) || PyList_GET_SIZE(res) != n_flat) {
    Py_DECREF(res);
    PyErr_SetString(PyExc_RuntimeError, "tessera: the input coercion hook must return a list of the same length");
    return NULL;
  }
  return res;
}

static int64_t handle_numel(const tsr_tensor* h) {
  int64_t n = 0;
  return h && tsr_tensor_numel(h, &n) == TSR_OK ? n : 0;
}

/* The 0-d tensor for a Python number input when it converts exactly to `dtype`; NULL without
 * an error set when it does not (the Python hook then reports or converts it). */
static tsr_tensor* exact_scalar(PyObject* v, int dtype) {
  union {
    float f;
    double d;
    int32_t i32;
    int64_t i64;
    uint8_t u8;
  } u;
  size_t nbytes = (size_t)DTYPE_SIZES[dtype];
  if (PyBool_Check(v)) {
    const int b = v == Py_True;
    switch (dtype) {
      case TSR_DTYPE_FLOAT32: u.f = (float)b; break;
      case TSR_DTYPE_FLOAT64: u.d = b; break;
      case TSR_DTYPE_INT32: u.i32 = b; break;
      case TSR_DTYPE_INT64: u.i64 = b; break;
      default: u.u8 = (uint8_t)b; break; /* uint8, bool */
    }
  } else if (PyFloat_CheckExact(v)) {
    const double x = PyFloat_AS_DOUBLE(v);
    if (dtype == TSR_DTYPE_FLOAT32) u.f = (float)x;
    else if (dtype == TSR_DTYPE_FLOAT64) u.d = x;
    else return NULL;
  } else {
    int overflow = 0;
    const long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (overflow || (x == -1 && PyErr_Occurred())) {
      PyErr_Clear();
      return NULL;
    }
    switch (dtype) {
      case TSR_DTYPE_FLOAT32: u.f = (float)x; break;
      case TSR_DTYPE_FLOAT64: u.d = (double)x; break;
      case TSR_DTYPE_INT32:
        if (x < INT32_MIN || x > INT32_MAX) return NULL;
        u.i32 = (int32_t)x;
        break;
      case TSR_DTYPE_INT64: u.i64 = x; break;
      case TSR_DTYPE_UINT8:
        if (x < 0 || x > 255) return NULL;
        u.u8 = (uint8_t)x;
        break;
      default: return NULL; /* an int where bool tensors are */
    }
  }
  tsr_tensor* h = NULL;
  if (tsr_tensor_create((tsr_dtype)dtype, NULL, 0, &u, nbytes, &h) != TSR_OK) return NULL;
  return h;
}

/* The dtype a number given for input `i` takes: that of the tensors given for the inputs that
 * accept the same dtypes as input i (the first non-bool one, else the first); -1 when there is
 * none, or when input i does not accept it (the Python hook then decides). */
static int scalar_dtype(const OpObject* op, PyObject* const* args, int i) {
  int dtype = -1, first = -1;
  for (int j = 0; j < op->n_inputs; ++j) {
    if (op->dtype_mask[j] != op->dtype_mask[i] || !IS_TENSOR(args[j])) continue;
    const int d = ((TensorObject*)args[j])->dtype;
    if (first < 0) first = d;
    if (d != TSR_DTYPE_BOOL) {
      dtype = d;
      break;
    }
  }
  if (dtype < 0) dtype = first;
  return dtype >= 0 && (op->dtype_mask[i] & (1u << dtype)) ? dtype : -1;
}

/* Fills the NULL slots of `hs` (number inputs) with 0-d tensors of the dtype scalar_dtype()
 * gives. Returns -1 when one is not exact or has no dtype to take. */
static int scalar_inputs(OpObject* op, PyObject* const* args, const tsr_tensor** hs, tsr_tensor** temps, int* n_temps) {
  for (int i = 0; i < op->n_inputs; ++i) {
    if (hs[i] != NULL || args[i] == Py_None) continue;
    const int dtype = scalar_dtype(op, args, i);
    if (dtype < 0) return -1;
    tsr_tensor* h = exact_scalar(args[i], dtype);
    if (h == NULL) return -1;
    temps[(*n_temps)++] = h;
    hs[i] = h;
  }
  return 0;
}

static PyObject* op_vectorcall(PyObject* self_, PyObject* const* args, size_t nargsf, PyObject* kwnames) {
  OpObject* op = (OpObject*)self_;
  const Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
  if ((kwnames != NULL && PyTuple_GET_SIZE(kwnames) > 0) || nargs != op->n_inputs + op->n_attrs) {
    PyErr_Format(PyExc_TypeError, "operator %U takes %d input(s) then %d attribute(s), all positional; got %zd positional and %zd keyword",
                 op->name, op->n_inputs, op->n_attrs, nargs, kwnames ? PyTuple_GET_SIZE(kwnames) : (Py_ssize_t)0);
    return NULL;
  }

  /* Inputs: the flat count (a variadic input expands to its items). */
  Py_ssize_t n_flat = op->n_inputs;
  if (op->variadic) {
    PyObject* last = args[op->n_inputs - 1];
    if (PyList_CheckExact(last)) n_flat += PyList_GET_SIZE(last) - 1;
    else if (PyTuple_CheckExact(last)) n_flat += PyTuple_GET_SIZE(last) - 1;
    else {
      Py_ssize_t n = (PySequence_Check(last) && !PyUnicode_Check(last) && !IS_TENSOR(last)) ? PySequence_Size(last) : -1;
      if (n < 0) {
        PyErr_Clear();
        raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, op->name, op->input_cname[op->n_inputs - 1],
                  "input %s expects a sequence of tensors, got %s", op->input_cname[op->n_inputs - 1], Py_TYPE(last)->tp_name);
        return NULL;
      }
      n_flat += n - 1;
    }
  }
  const tsr_tensor* stack_h[STACK_INPUTS];
  const tsr_tensor** hs = stack_h;
  if (n_flat > STACK_INPUTS) {
    hs = (const tsr_tensor**)PyMem_Malloc(sizeof(tsr_tensor*) * (size_t)n_flat);
    if (hs == NULL) return PyErr_NoMemory();
  }
  PyObject* coerced = NULL; /* keeps converted inputs alive through the call */
  tsr_tensor* temps[MAX_ATTRS]; /* 0-d tensors made from number inputs */
  int n_temps = 0;
  PyObject* result = NULL;
  AttrScratch sc;
  sc.n_ints = sc.n_floats = sc.n_heap = 0;

  /* Fast path: every input is a tensor, or a Python bool/int/float next to tensors (it becomes
   * a 0-d tensor of their dtype right here when that is exact; otherwise the Python hook decides). */
  int fast = 1;
  Py_ssize_t pos = 0;
  int n_scalars = 0;
  for (int i = 0; i < op->n_inputs && fast; ++i) {
    PyObject* v = args[i];
    if (op->variadic && i == op->n_inputs - 1) {
      if (!PyList_CheckExact(v) && !PyTuple_CheckExact(v)) {
        fast = 0;
        break;
      }
      const Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
      PyObject** items = PySequence_Fast_ITEMS(v);
      for (Py_ssize_t j = 0; j < n; ++j) {
        if (!IS_TENSOR(items[j])) {
          fast = 0;
          break;
        }
        const tsr_tensor* h = ((TensorObject*)items[j])->h;
        if (h == NULL) {
          released_input(op, op->input_cname[i], j);
          goto done;
        }
        hs[pos++] = h;
      }
    } else if (IS_TENSOR(v)) {
      const tsr_tensor* h = ((TensorObject*)v)->h;
      if (h == NULL) {
        released_input(op, op->input_cname[i], -1);
        goto done;
      }
      hs[pos++] = h;
    } else if (v == Py_None) {
      if (!op->optional[i]) {
        raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, op->name, op->input_cname[i], "input %s is None; expected a tensor",
                  op->input_cname[i]);
        goto done;
      }
      hs[pos++] = NULL; /* an absent optional input */
    } else if (!op->variadic && (PyFloat_CheckExact(v) || PyLong_CheckExact(v) || PyBool_Check(v))) {
      hs[pos++] = NULL; /* filled below */
      ++n_scalars;
    } else {
      fast = 0;
    }
  }
  if (fast && n_scalars > 0) {
    if (scalar_inputs(op, args, hs, temps, &n_temps) != 0) {
      for (int t = 0; t < n_temps; ++t) tsr_tensor_release(temps[t]);
      n_temps = 0;
      if (PyErr_Occurred()) goto done;
      fast = 0; /* not exact here: the Python hook applies the full rules */
    }
  }
  if (!fast) {
    coerced = coerce_inputs(op, args, n_flat);
    if (coerced == NULL) goto done;
    for (Py_ssize_t j = 0; j < n_flat; ++j) {
      PyObject* v = PyList_GET_ITEM(coerced, j);
      /* Which schema input this value belongs to (a variadic input's items share the last one). */
      const int in_variadic = op->variadic && j >= op->n_inputs - 1;
      const int k = in_variadic ? op->n_inputs - 1 : (int)j;
      const Py_ssize_t item = in_variadic ? j - (op->n_inputs - 1) : -1;
      if (v == Py_None) {
        if (in_variadic || !op->optional[k]) {
          if (in_variadic)
            raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, op->name, op->input_cname[k], "input %s[%zd] is None; expected a tensor",
                      op->input_cname[k], item);
          else
            raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, op->name, op->input_cname[k], "input %s is None; expected a tensor",
                      op->input_cname[k]);
          goto done;
        }
        hs[j] = NULL; /* an absent optional input */
      } else if (IS_TENSOR(v)) {
        if (((TensorObject*)v)->h == NULL) {
          released_input(op, op->input_cname[k], item);
          goto done;
        }
        hs[j] = ((TensorObject*)v)->h;
      } else {
        PyErr_SetString(PyExc_RuntimeError, "tessera: the input coercion hook returned a non-tensor");
        goto done;
      }
    }
  }

  /* Attributes, in slot order. */
  tsr_attr recs[MAX_ATTRS];
  for (int k = 0; k < op->n_attrs; ++k) {
    if (convert_attr(op, k, args[op->n_inputs + k], &recs[k], &sc)) goto done;
  }

  {
    tsr_tensor* outs[MAX_OUTPUTS];
    int32_t n_out = 0;
    tsr_status s;
    int64_t work = 0;
    for (Py_ssize_t j = 0; j < n_flat && work < GIL_RELEASE_NUMEL; ++j) work += handle_numel(hs[j]);
    if (work >= GIL_RELEASE_NUMEL) {
      /* Long call: let other threads run. The inputs are retained so that a concurrent
       * release() from another thread cannot free them under the kernel. */
      for (Py_ssize_t j = 0; j < n_flat; ++j)
        if (hs[j]) tsr_tensor_retain((tsr_tensor*)hs[j]);
      Py_BEGIN_ALLOW_THREADS
      s = tsr_op_invoke(op->op, hs, (int32_t)n_flat, recs, op->n_attrs, outs, MAX_OUTPUTS, &n_out);
      Py_END_ALLOW_THREADS
      for (Py_ssize_t j = 0; j < n_flat; ++j) tsr_tensor_release((tsr_tensor*)hs[j]);
    } else {
      s = tsr_op_invoke(op->op, hs, (int32_t)n_flat, recs, op->n_attrs, outs, MAX_OUTPUTS, &n_out);
    }
    if (s != TSR_OK) {
      raise_last(s, op->name);
      goto done;
    }
    if (n_out == 1 && op->n_outputs == 1 && !op->variadic_output) {
      result = wrap_handle(outs[0], 0);
    } else {
      /* Several outputs: a tuple; a variadic output: a list. Every handle is owned once. */
      result = op->variadic_output ? PyList_New(n_out) : PyTuple_New(n_out);
      for (int32_t j = 0; j < n_out; ++j) {
        PyObject* t = result ? wrap_handle(outs[j], 0) : NULL;
        if (t == NULL) {
          if (result == NULL) tsr_tensor_release(outs[j]);
          else Py_CLEAR(result); /* wrap_handle released outs[j]; later ones go above */
          continue;
        }
        if (op->variadic_output) PyList_SET_ITEM(result, j, t);
        else PyTuple_SET_ITEM(result, j, t);
      }
    }
  }

done:
  for (int t = 0; t < n_temps; ++t) tsr_tensor_release(temps[t]);
  scratch_free(&sc);
  Py_XDECREF(coerced);
  if (hs != stack_h) PyMem_Free((void*)hs);
  return result;
}

static PyObject* op_get_name(OpObject* self, void* c) { return Py_NewRef(self->name); }
static PyObject* op_get_inputs(OpObject* self, void* c) { return Py_NewRef(self->input_names); }
static PyObject* op_get_attrs(OpObject* self, void* c) { return Py_NewRef(self->attr_names); }
static PyObject* op_get_n_outputs(OpObject* self, void* c) { return PyLong_FromLong(self->n_outputs); }
static PyObject* op_get_variadic_output(OpObject* self, void* c) { return PyBool_FromLong(self->variadic_output); }
static PyObject* op_get_input_dtypes(OpObject* self, void* c) { return Py_NewRef(self->input_dtypes); }
static PyObject* op_get_attr_types(OpObject* self, void* c) {
  PyObject* tup = PyTuple_New(self->n_attrs);
  if (tup == NULL) return NULL;
  for (int k = 0; k < self->n_attrs; ++k) {
    const int t = self->type[k];
    PyObject* s = PyUnicode_FromString(t >= 0 && t < 8 ? ATTR_TYPE_NAMES[t] : "?");
    if (s == NULL) {
      Py_DECREF(tup);
      return NULL;
    }
    PyTuple_SET_ITEM(tup, k, s);
  }
  return tup;
}

static PyGetSetDef op_getset[] = {{"name", (getter)op_get_name, NULL, "Registry name.", NULL},
                                  {"inputs", (getter)op_get_inputs, NULL, "Input names.", NULL},
                                  {"attrs", (getter)op_get_attrs, NULL, "Attribute names in slot order.", NULL},
                                  {"attr_types", (getter)op_get_attr_types, NULL, "Attribute types as the library reports them.", NULL},
                                  {"n_outputs", (getter)op_get_n_outputs, NULL, "Number of outputs.", NULL},
                                  {"variadic_output", (getter)op_get_variadic_output, NULL, "Whether the result is a list.", NULL},
                                  {"input_dtypes", (getter)op_get_input_dtypes, NULL, "Accepted dtypes per input (or None).", NULL},
                                  {NULL}};

static PyTypeObject OpType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "tessera._native.Op",
    .tp_basicsize = sizeof(OpObject),
    .tp_dealloc = (destructor)op_dealloc,
    .tp_vectorcall_offset = offsetof(OpObject, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_repr = (reprfunc)op_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "Op(name, inputs, variadic, attrs, enums, *, variadic_output=False, input_dtypes=None): a registry operator "
              "resolved once; call "
              "it with every input then every attribute, positionally.",
    .tp_getset = op_getset,
    .tp_new = op_new,
};

/* ---- tensors over Python memory ----------------------------------------------------------- */

/* A DLManagedTensor over a Py_buffer: released (with the GIL) when the engine is done. */
typedef struct {
  DLManagedTensor managed;
  Py_buffer view;
  int64_t shape[TSR_MAX_DIMS];
  int64_t strides[TSR_MAX_DIMS];
} BufferImport;

static void buffer_import_deleter(DLManagedTensor* m) {
  BufferImport* b = (BufferImport*)m->manager_ctx;
  PyGILState_STATE g = PyGILState_Ensure();
  PyBuffer_Release(&b->view);
  PyGILState_Release(g);
  PyMem_RawFree(b);
}

/* The dtype code of a struct-module format with the given item size, or -1. */
static int dtype_of_format(const char* fmt, Py_ssize_t itemsize) {
  if (fmt == NULL) return itemsize == 1 ? TSR_DTYPE_UINT8 : -1;
  if (*fmt == '@' || *fmt == '=' || *fmt == '<') ++fmt;
  if (fmt[0] == '\0' || fmt[1] != '\0') return -1;
  switch (fmt[0]) {
    case 'f': return itemsize == 4 ? TSR_DTYPE_FLOAT32 : -1;
    case 'd': return itemsize == 8 ? TSR_DTYPE_FLOAT64 : -1;
    case 'i':
    case 'l':
    case 'q':
      return itemsize == 4 ? TSR_DTYPE_INT32 : itemsize == 8 ? TSR_DTYPE_INT64 : -1;
    case 'I':
    case 'L':
    case 'Q':
    case 'b':
    case 'h':
    case 'H':
      return -1;
    case 'B': return itemsize == 1 ? TSR_DTYPE_UINT8 : -1;
    case '?': return itemsize == 1 ? TSR_DTYPE_BOOL : -1;
  }
  return -1;
}

/* from_buffer(obj) -> Tensor | None: a tensor viewing obj's memory (writable when obj is).
 * None when the layout cannot be shared (byte strides that are not whole elements, misaligned
 * data, suboffsets): the caller copies instead. Unsupported element types raise. */
static PyObject* py_from_buffer(PyObject* mod, PyObject* obj) {
  BufferImport* b = (BufferImport*)PyMem_RawCalloc(1, sizeof(BufferImport));
  if (b == NULL) return PyErr_NoMemory();
  int readonly = 0;
  if (PyObject_GetBuffer(obj, &b->view, PyBUF_RECORDS) != 0) {
    /* Not writable (numpy says ValueError, others BufferError): share it read-only. */
    PyErr_Clear();
    if (PyObject_GetBuffer(obj, &b->view, PyBUF_RECORDS_RO) != 0) {
      PyMem_RawFree(b);
      return NULL;
    }
    readonly = 1;
  }
  Py_buffer* v = &b->view;
  PyObject* result = NULL;
  const int code = dtype_of_format(v->format, v->itemsize);
  if (code < 0) {
    raise_fmt(TSR_ERR_DTYPE_MISMATCH, KIND_NONE, NULL, "obj",
              "element format '%s' (%zd bytes) has no Tessera dtype (float32, float64, int32, int64, uint8, bool)",
              v->format ? v->format : "B", v->itemsize);
    goto fail;
  }
  if (v->ndim > TSR_MAX_DIMS) {
    raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_NONE, NULL, "obj", "%d dimensions; Tessera tensors have at most %d", v->ndim, TSR_MAX_DIMS);
    goto fail;
  }
  if (v->suboffsets != NULL || ((uintptr_t)v->buf % (uintptr_t)v->itemsize) != 0) goto share_impossible;
  for (int i = 0; i < v->ndim; ++i) {
    b->shape[i] = v->shape ? v->shape[i] : (int64_t)(v->len / v->itemsize);
    if (v->strides) {
      if (v->strides[i] % v->itemsize != 0) goto share_impossible;
      b->strides[i] = v->strides[i] / v->itemsize;
    }
  }
  if (v->ndim == 0 && v->len != v->itemsize) goto share_impossible;
  {
    DLTensor* d = &b->managed.dl_tensor;
    d->data = v->buf;
    d->device.device_type = kDLCPU;
    d->device.device_id = 0;
    d->ndim = v->ndim;
    static const uint8_t codes[N_DTYPES] = {kDLFloat, kDLFloat, kDLInt, kDLInt, kDLUInt, 6 /* kDLBool */};
    d->dtype.code = codes[code];
    d->dtype.bits = (uint8_t)(DTYPE_SIZES[code] * 8);
    d->dtype.lanes = 1;
    d->shape = b->shape;
    d->strides = v->strides ? b->strides : NULL;
    d->byte_offset = 0;
    b->managed.manager_ctx = b;
    b->managed.deleter = buffer_import_deleter;
    tsr_tensor* h = NULL;
    tsr_status s = tsr_tensor_from_dlpack(&b->managed, &h);
    if (s != TSR_OK) {
      raise_last(s, NULL);
      goto fail;
    }
    return wrap_handle(h, readonly); /* b now belongs to the engine */
  }
share_impossible:
  result = Py_NewRef(Py_None);
fail:
  PyBuffer_Release(v);
  PyMem_RawFree(b);
  return result;
}

/* from_dlpack_capsule(capsule) -> Tensor: consumes a "dltensor" capsule without copying. */
static PyObject* py_from_dlpack_capsule(PyObject* mod, PyObject* capsule) {
  if (PyCapsule_IsValid(capsule, "dltensor_versioned")) {
    raise_fmt(TSR_ERR_UNSUPPORTED, KIND_NONE, NULL, "obj",
              "DLPack 1.x versioned capsules are not supported (dlpack.h 0.6); the producer's __dlpack__() without "
              "max_version returns a legacy capsule");
    return NULL;
  }
  if (!PyCapsule_IsValid(capsule, "dltensor")) {
    if (PyCapsule_IsValid(capsule, "used_dltensor"))
      raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_NONE, NULL, "obj", "this DLPack capsule was already consumed");
    else
      raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, NULL, "obj", "expected a DLPack 'dltensor' capsule, got %s", Py_TYPE(capsule)->tp_name);
    return NULL;
  }
  void* managed = PyCapsule_GetPointer(capsule, "dltensor");
  if (managed == NULL) return NULL;
  tsr_tensor* h = NULL;
  tsr_status s = tsr_tensor_from_dlpack(managed, &h);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  /* The engine owns the managed tensor now: mark the capsule consumed so its destructor skips it. */
  if (PyCapsule_SetName(capsule, "used_dltensor") != 0 || PyCapsule_SetDestructor(capsule, NULL) != 0) {
    tsr_tensor_release(h);
    return NULL;
  }
  return wrap_handle(h, 0);
}

/* create(dtype, shape, data=None) -> Tensor: engine memory, zero-filled or copied from a
 * C-contiguous buffer of exactly numel * itemsize bytes. */
static PyObject* py_create(PyObject* mod, PyObject* args) {
  int dtype;
  PyObject *shape_obj, *data = Py_None;
  if (!PyArg_ParseTuple(args, "iO|O:create", &dtype, &shape_obj, &data)) return NULL;
  if (dtype < 0 || dtype >= N_DTYPES) {
    raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_NONE, NULL, "dtype", "unknown dtype code %d", dtype);
    return NULL;
  }
  PyObject* seq = PySequence_Fast(shape_obj, "create: shape must be a sequence of ints");
  if (seq == NULL) return NULL;
  const Py_ssize_t nd = PySequence_Fast_GET_SIZE(seq);
  if (nd > TSR_MAX_DIMS) {
    Py_DECREF(seq);
    raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_NONE, NULL, "shape", "%zd dimensions; Tessera tensors have at most %d", nd, TSR_MAX_DIMS);
    return NULL;
  }
  int64_t shape[TSR_MAX_DIMS];
  for (Py_ssize_t i = 0; i < nd; ++i) {
    shape[i] = PyLong_AsLongLong(PySequence_Fast_GET_ITEM(seq, i));
    if (shape[i] == -1 && PyErr_Occurred()) {
      Py_DECREF(seq);
      return NULL;
    }
  }
  Py_DECREF(seq);
  tsr_tensor* h = NULL;
  tsr_status s;
  if (data == Py_None) {
    s = tsr_tensor_create((tsr_dtype)dtype, shape, (int32_t)nd, NULL, 0, &h);
  } else {
    Py_buffer view;
    if (PyObject_GetBuffer(data, &view, PyBUF_C_CONTIGUOUS) != 0) return NULL;
    s = tsr_tensor_create((tsr_dtype)dtype, shape, (int32_t)nd, view.buf, (size_t)view.len, &h);
    PyBuffer_Release(&view);
  }
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return wrap_handle(h, 0);
}

/* ---- module ---------------------------------------------------------------------------------- */

static PyObject* py_install(PyObject* mod, PyObject* args) {
  PyObject *type, *make_error, *coerce, *dtype_of;
  if (!PyArg_ParseTuple(args, "O!OOO:install", &PyType_Type, &type, &make_error, &coerce, &dtype_of)) return NULL;
  if (!PyType_IsSubtype((PyTypeObject*)type, &TensorBaseType)) {
    PyErr_SetString(PyExc_TypeError, "install: the tensor type must subclass TensorBase");
    return NULL;
  }
  if (!PyCallable_Check(make_error) || !PyCallable_Check(coerce) || !PyCallable_Check(dtype_of)) {
    PyErr_SetString(PyExc_TypeError, "install: make_error, coerce and dtype_of must be callable");
    return NULL;
  }
  Py_XSETREF(g_tensor_type, (PyTypeObject*)Py_NewRef(type));
  Py_XSETREF(g_make_error, Py_NewRef(make_error));
  Py_XSETREF(g_coerce, Py_NewRef(coerce));
  Py_XSETREF(g_dtype_of, Py_NewRef(dtype_of));
  Py_RETURN_NONE;
}

static PyObject* py_api_version(PyObject* mod, PyObject* unused) { return PyLong_FromLong(tsr_api_version()); }
static PyObject* py_header_api_version(PyObject* mod, PyObject* unused) { return PyLong_FromLong(TSR_API_VERSION); }
static PyObject* py_registry_hash(PyObject* mod, PyObject* unused) { return PyUnicode_FromString(tsr_registry_hash()); }
static PyObject* py_registry_json(PyObject* mod, PyObject* unused) { return PyUnicode_FromString(tsr_registry_json()); }
static PyObject* py_num_threads(PyObject* mod, PyObject* unused) { return PyLong_FromLong(tsr_num_threads()); }

static PyObject* py_set_num_threads(PyObject* mod, PyObject* arg) {
  long n = PyLong_AsLong(arg);
  if (n == -1 && PyErr_Occurred()) return NULL;
  tsr_status s = tsr_set_num_threads((int32_t)n);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  Py_RETURN_NONE;
}

static PyObject* py_op_names(PyObject* mod, PyObject* unused) {
  const int32_t n = tsr_op_count();
  PyObject* tup = PyTuple_New(n);
  if (tup == NULL) return NULL;
  for (int32_t i = 0; i < n; ++i) {
    const tsr_op* op = NULL;
    tsr_status s = tsr_op_at(i, &op);
    if (s != TSR_OK) {
      Py_DECREF(tup);
      raise_last(s, NULL);
      return NULL;
    }
    PyObject* name = PyUnicode_FromString(tsr_op_name(op));
    if (name == NULL) {
      Py_DECREF(tup);
      return NULL;
    }
    PyTuple_SET_ITEM(tup, i, name);
  }
  return tup;
}

static PyObject* py_dtype_names(PyObject* mod, PyObject* unused) {
  PyObject* tup = PyTuple_New(N_DTYPES);
  if (tup == NULL) return NULL;
  for (int d = 0; d < N_DTYPES; ++d) PyTuple_SET_ITEM(tup, d, Py_NewRef(g_dtype_str[d]));
  return tup;
}

/* ---- autograd scope and backward ---- */

static PyObject* py_autograd_set_recording(PyObject* mod, PyObject* arg) {
  const int on = PyObject_IsTrue(arg);
  if (on < 0) return NULL;
  int32_t prev = 0;
  tsr_status s = tsr_autograd_set_recording(on, &prev);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return PyBool_FromLong(prev);
}

static PyObject* py_autograd_is_recording(PyObject* mod, PyObject* unused) { return PyBool_FromLong(tsr_autograd_is_recording()); }

/* autograd_backward(heads, head_grads=None): heads a sequence of tensors; head_grads None or a
 * sequence of the same length whose items are tensors or None (ones). */
static PyObject* py_autograd_backward(PyObject* mod, PyObject* args) {
  PyObject *heads_obj, *grads_obj = Py_None;
  if (!PyArg_ParseTuple(args, "O|O:autograd_backward", &heads_obj, &grads_obj)) return NULL;
  PyObject* heads = PySequence_Fast(heads_obj, "backward: heads must be a sequence of tensors");
  if (heads == NULL) return NULL;
  PyObject* grads = grads_obj == Py_None ? NULL : PySequence_Fast(grads_obj, "backward: head_grads must be a sequence");
  PyObject* result = NULL;
  const tsr_tensor** hs = NULL;
  const tsr_tensor** gs = NULL;
  const Py_ssize_t n = PySequence_Fast_GET_SIZE(heads);
  if (grads_obj != Py_None && grads == NULL) goto out;
  if (grads != NULL && PySequence_Fast_GET_SIZE(grads) != n) {
    raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_NONE, NULL, "head_grads", "%zd head gradient(s) for %zd head(s)", PySequence_Fast_GET_SIZE(grads), n);
    goto out;
  }
  hs = (const tsr_tensor**)PyMem_Calloc((size_t)(n > 0 ? n : 1), sizeof(tsr_tensor*));
  gs = (const tsr_tensor**)PyMem_Calloc((size_t)(n > 0 ? n : 1), sizeof(tsr_tensor*));
  if (hs == NULL || gs == NULL) {
    PyErr_NoMemory();
    goto out;
  }
  for (Py_ssize_t k = 0; k < n; ++k) {
    PyObject* h = PySequence_Fast_GET_ITEM(heads, k);
    if (!IS_TENSOR(h)) {
      raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, NULL, "heads", "heads[%zd] is a %s, not a tensor", k, Py_TYPE(h)->tp_name);
      goto out;
    }
    if (((TensorObject*)h)->h == NULL) {
      raise_fmt(TSR_ERR_INVALID_HANDLE, KIND_RELEASED, NULL, "heads", "heads[%zd] was released", k);
      goto out;
    }
    hs[k] = ((TensorObject*)h)->h;
    PyObject* g = grads ? PySequence_Fast_GET_ITEM(grads, k) : Py_None;
    if (g == Py_None) continue;
    if (!IS_TENSOR(g)) {
      raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, NULL, "head_grads", "head_grads[%zd] is a %s, not a tensor or None", k,
                Py_TYPE(g)->tp_name);
      goto out;
    }
    if (((TensorObject*)g)->h == NULL) {
      raise_fmt(TSR_ERR_INVALID_HANDLE, KIND_RELEASED, NULL, "head_grads", "head_grads[%zd] was released", k);
      goto out;
    }
    gs[k] = ((TensorObject*)g)->h;
  }
  {
    tsr_status s = tsr_autograd_backward(hs, (int32_t)n, gs);
    if (s != TSR_OK) {
      raise_last(s, NULL);
      goto out;
    }
  }
  result = Py_NewRef(Py_None);
out:
  PyMem_Free((void*)hs);
  PyMem_Free((void*)gs);
  Py_XDECREF(grads);
  Py_DECREF(heads);
  return result;
}

/* ---- graphs and ONNX ---------------------------------------------------------------------------
 * A graph handle travels as a capsule named "tessera.graph" whose destructor releases it; the
 * Python class tessera.Model owns the capsule. Tensors cross as TensorBase objects. */

#define GRAPH_CAPSULE "tessera.graph"

static void graph_capsule_free(PyObject* cap) {
  tsr_graph* g = (tsr_graph*)PyCapsule_GetPointer(cap, GRAPH_CAPSULE);
  if (g) tsr_graph_release(g);
  else PyErr_Clear();
}

static tsr_graph* graph_of(PyObject* cap) {
  if (!PyCapsule_IsValid(cap, GRAPH_CAPSULE)) {
    raise_fmt(TSR_ERR_INVALID_HANDLE, KIND_RELEASED, NULL, "graph", "the model was released");
    return NULL;
  }
  return (tsr_graph*)PyCapsule_GetPointer(cap, GRAPH_CAPSULE);
}

static PyObject* graph_capsule(tsr_graph* g) {
  PyObject* cap = PyCapsule_New(g, GRAPH_CAPSULE, graph_capsule_free);
  if (cap == NULL) tsr_graph_release(g);
  return cap;
}

static PyObject* py_graph_release(PyObject* m, PyObject* cap) {
  if (PyCapsule_IsValid(cap, GRAPH_CAPSULE)) {
    tsr_graph_release((tsr_graph*)PyCapsule_GetPointer(cap, GRAPH_CAPSULE));
    PyCapsule_SetDestructor(cap, NULL);
    PyCapsule_SetName(cap, "tessera.graph.released");
  }
  Py_RETURN_NONE;
}

static PyObject* py_onnx_import_file(PyObject* m, PyObject* arg) {
  PyObject* bytes = NULL;
  if (!PyUnicode_FSConverter(arg, &bytes)) return NULL;
  tsr_graph* g = NULL;
  tsr_status s;
  Py_BEGIN_ALLOW_THREADS s = tsr_onnx_import_file(PyBytes_AS_STRING(bytes), &g);
  Py_END_ALLOW_THREADS Py_DECREF(bytes);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return graph_capsule(g);
}

static PyObject* py_onnx_import_bytes(PyObject* m, PyObject* args) {
  Py_buffer view;
  const char* base_dir = NULL;
  if (!PyArg_ParseTuple(args, "y*|z", &view, &base_dir)) return NULL;
  tsr_graph* g = NULL;
  tsr_status s;
  Py_BEGIN_ALLOW_THREADS s = tsr_onnx_import_bytes(view.buf, (size_t)view.len, base_dir, &g);
  Py_END_ALLOW_THREADS PyBuffer_Release(&view);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return graph_capsule(g);
}

static PyObject* py_onnx_read_tensor(PyObject* m, PyObject* arg) {
  Py_buffer view;
  if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) return NULL;
  tsr_tensor* t = NULL;
  tsr_status s = tsr_onnx_read_tensor(view.buf, (size_t)view.len, &t);
  PyBuffer_Release(&view);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return wrap_handle(t, 0);
}

/* [(name, dtype_name, shape tuple with None for dynamic dims, or None for an unknown rank)] */
static PyObject* py_graph_inputs(PyObject* m, PyObject* cap) {
  tsr_graph* g = graph_of(cap);
  if (g == NULL) return NULL;
  int32_t n = 0;
  tsr_status s = tsr_graph_input_count(g, &n);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  PyObject* out = PyList_New(n);
  if (out == NULL) return NULL;
  for (int32_t k = 0; k < n; ++k) {
    const char* name = NULL;
    tsr_dtype dt = TSR_DTYPE_FLOAT32;
    int64_t dims[TSR_MAX_DIMS];
    int32_t nd = 0;
    s = tsr_graph_input_info(g, k, &name, &dt, dims, TSR_MAX_DIMS, &nd);
    if (s != TSR_OK) {
      Py_DECREF(out);
      raise_last(s, NULL);
      return NULL;
    }
    PyObject* shape;
    if (nd < 0) {
      shape = Py_NewRef(Py_None);
    } else {
      shape = PyTuple_New(nd);
      for (int32_t i = 0; shape && i < nd; ++i)
        PyTuple_SET_ITEM(shape, i, dims[i] < 0 ? Py_NewRef(Py_None) : PyLong_FromLongLong(dims[i]));
    }
    PyObject* item = shape ? Py_BuildValue("(sON)", name, g_dtype_str[dt], shape) : NULL;
    if (item == NULL) {
      Py_DECREF(out);
      return NULL;
    }
    PyList_SET_ITEM(out, k, item);
  }
  return out;
}

static PyObject* py_graph_outputs(PyObject* m, PyObject* cap) {
  tsr_graph* g = graph_of(cap);
  if (g == NULL) return NULL;
  int32_t n = 0;
  tsr_status s = tsr_graph_output_count(g, &n);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  PyObject* out = PyList_New(n);
  for (int32_t k = 0; out && k < n; ++k) {
    const char* name = NULL;
    if ((s = tsr_graph_output_name(g, k, &name)) != TSR_OK) {
      Py_DECREF(out);
      raise_last(s, NULL);
      return NULL;
    }
    PyList_SET_ITEM(out, k, PyUnicode_FromString(name));
  }
  return out;
}

/* Handles of a sequence of tensors (borrowed), or NULL with an exception. */
static const tsr_tensor** tensor_handles(PyObject* seq, Py_ssize_t* n, const char* what) {
  PyObject* fast = PySequence_Fast(seq, "expected a sequence of tensors");
  if (fast == NULL) return NULL;
  *n = PySequence_Fast_GET_SIZE(fast);
  const tsr_tensor** hs = PyMem_Calloc((size_t)(*n > 0 ? *n : 1), sizeof(*hs));
  for (Py_ssize_t k = 0; hs && k < *n; ++k) {
    PyObject* o = PySequence_Fast_GET_ITEM(fast, k);
    if (!IS_TENSOR(o)) {
      raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, NULL, what, "%s[%zd] is %s, not a tessera.Tensor", what, k, Py_TYPE(o)->tp_name);
      PyMem_Free((void*)hs);
      hs = NULL;
      break;
    }
    hs[k] = ((TensorObject*)o)->h;
    if (hs[k] == NULL) {
      raise_fmt(TSR_ERR_INVALID_HANDLE, KIND_RELEASED, NULL, what, "%s[%zd] was released", what, k);
      PyMem_Free((void*)hs);
      hs = NULL;
      break;
    }
  }
  Py_DECREF(fast);
  return hs;
}

static PyObject* py_graph_run(PyObject* m, PyObject* args) {
  PyObject *cap, *feeds;
  if (!PyArg_ParseTuple(args, "OO", &cap, &feeds)) return NULL;
  tsr_graph* g = graph_of(cap);
  if (g == NULL) return NULL;
  int32_t n_out = 0;
  tsr_status s = tsr_graph_output_count(g, &n_out);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  Py_ssize_t n = 0;
  const tsr_tensor** hs = tensor_handles(feeds, &n, "feeds");
  if (hs == NULL) return NULL;
  tsr_tensor** outs = PyMem_Calloc((size_t)(n_out > 0 ? n_out : 1), sizeof(*outs));
  if (outs == NULL) {
    PyMem_Free((void*)hs);
    return PyErr_NoMemory();
  }
  Py_BEGIN_ALLOW_THREADS s = tsr_graph_run(g, hs, (int32_t)n, outs, n_out);
  Py_END_ALLOW_THREADS PyMem_Free((void*)hs);
  if (s != TSR_OK) {
    PyMem_Free(outs);
    raise_last(s, NULL);
    return NULL;
  }
  PyObject* result = PyList_New(n_out);
  for (int32_t k = 0; k < n_out; ++k) {
    PyObject* t = result ? wrap_handle(outs[k], 0) : NULL;
    if (t == NULL) {
      for (int32_t j = k + (result ? 1 : 0); j < n_out; ++j) tsr_tensor_release(outs[j]);
      Py_XDECREF(result);
      PyMem_Free(outs);
      return NULL;
    }
    PyList_SET_ITEM(result, k, t);
  }
  PyMem_Free(outs);
  return result;
}

static PyObject* py_onnx_export_bytes(PyObject* m, PyObject* cap) {
  tsr_graph* g = graph_of(cap);
  if (g == NULL) return NULL;
  void* data = NULL;
  size_t size = 0;
  tsr_status s = tsr_onnx_export_bytes(g, &data, &size);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  PyObject* out = PyBytes_FromStringAndSize((const char*)data, (Py_ssize_t)size);
  tsr_buffer_free(data);
  return out;
}

static PyObject* py_graph_plan_stats(PyObject* m, PyObject* cap) {
  tsr_graph* g = graph_of(cap);
  if (g == NULL) return NULL;
  int32_t nodes = 0;
  int64_t arena = 0, unshared = 0;
  tsr_status s = tsr_graph_plan_stats(g, &nodes, &arena, &unshared);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return Py_BuildValue("(iLL)", nodes, (long long)arena, (long long)unshared);
}

static PyObject* py_graph_trace_begin(PyObject* m, PyObject* unused) {
  tsr_graph* g = NULL;
  tsr_status s = tsr_graph_create(&g);
  if (s == TSR_OK && (s = tsr_graph_trace_begin(g)) != TSR_OK) tsr_graph_release(g);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  return graph_capsule(g);
}

static PyObject* py_graph_trace_input(PyObject* m, PyObject* args) {
  PyObject *cap, *t;
  const char* name;
  if (!PyArg_ParseTuple(args, "OOs", &cap, &t, &name)) return NULL;
  tsr_graph* g = graph_of(cap);
  if (g == NULL) return NULL;
  if (!IS_TENSOR(t)) return raise_fmt(TSR_ERR_INVALID_ARGUMENT, KIND_TYPE, NULL, "input", "trace inputs must be tessera.Tensor"), NULL;
  if (check_alive((TensorObject*)t) < 0) return NULL;
  tsr_status s = tsr_graph_trace_input(g, ((TensorObject*)t)->h, name);
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  Py_RETURN_NONE;
}

/* trace_end(capsule, outputs, names): names a sequence of str (same length). */
static PyObject* py_graph_trace_end(PyObject* m, PyObject* args) {
  PyObject *cap, *outputs, *names;
  if (!PyArg_ParseTuple(args, "OOO", &cap, &outputs, &names)) return NULL;
  tsr_graph* g = graph_of(cap);
  if (g == NULL) return NULL;
  Py_ssize_t n = 0;
  const tsr_tensor** hs = tensor_handles(outputs, &n, "outputs");
  if (hs == NULL) {
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    tsr_graph_trace_end(g, NULL, 0, NULL); /* stops recording (and fails: no outputs) */
    PyErr_Restore(t, v, tb);
    return NULL;
  }
  PyObject* fast = PySequence_Fast(names, "names must be a sequence of str");
  const char** ns = fast ? PyMem_Calloc((size_t)(n > 0 ? n : 1), sizeof(char*)) : NULL;
  for (Py_ssize_t k = 0; ns && k < n; ++k) {
    PyObject* o = k < PySequence_Fast_GET_SIZE(fast) ? PySequence_Fast_GET_ITEM(fast, k) : NULL;
    ns[k] = o ? PyUnicode_AsUTF8(o) : NULL;
    if (ns[k] == NULL) {
      if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "one name per output is needed");
      PyMem_Free((void*)ns);
      ns = NULL;
    }
  }
  tsr_status s = ns ? tsr_graph_trace_end(g, hs, (int32_t)n, ns) : tsr_graph_trace_end(g, NULL, 0, NULL);
  PyMem_Free((void*)hs);
  PyMem_Free((void*)ns);
  Py_XDECREF(fast);
  if (PyErr_Occurred()) return NULL;
  if (s != TSR_OK) {
    raise_last(s, NULL);
    return NULL;
  }
  Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"install", py_install, METH_VARARGS, "install(tensor_type, make_error, coerce, dtype_of): the runtime's hooks."},
    {"api_version", py_api_version, METH_NOARGS, "tsr_api_version() of the loaded library."},
    {"header_api_version", py_header_api_version, METH_NOARGS, "TSR_API_VERSION of the header this extension was compiled with."},
    {"registry_hash", py_registry_hash, METH_NOARGS, "tsr_registry_hash() of the loaded library."},
    {"registry_json", py_registry_json, METH_NOARGS, "tsr_registry_json(): the registry as JSON text."},
    {"op_names", py_op_names, METH_NOARGS, "Names of every registered operator, in registry order."},
    {"dtype_names", py_dtype_names, METH_NOARGS, "dtype names indexed by tsr_dtype code."},
    {"num_threads", py_num_threads, METH_NOARGS, "Number of kernel threads."},
    {"set_num_threads", py_set_num_threads, METH_O, "Sets the number of kernel threads (<= 0: the core count)."},
    {"create", py_create, METH_VARARGS, "create(dtype_code, shape, data=None) -> Tensor in engine memory (copied or zeroed)."},
    {"from_buffer", py_from_buffer, METH_O, "from_buffer(obj) -> Tensor | None: a zero-copy view of a buffer-protocol object."},
    {"from_dlpack_capsule", py_from_dlpack_capsule, METH_O, "from_dlpack_capsule(capsule) -> Tensor: consumes a DLPack capsule."},
    {"autograd_set_recording", py_autograd_set_recording, METH_O, "Turns recording on/off for this thread; returns the previous state."},
    {"autograd_is_recording", py_autograd_is_recording, METH_NOARGS, "Whether this thread records operators."},
    {"autograd_backward", py_autograd_backward, METH_VARARGS, "autograd_backward(heads, head_grads=None): backpropagates into attached leaves."},
    {"onnx_import_file", py_onnx_import_file, METH_O, "onnx_import_file(path) -> graph capsule."},
    {"onnx_import_bytes", py_onnx_import_bytes, METH_VARARGS, "onnx_import_bytes(data, base_dir=None) -> graph capsule."},
    {"onnx_read_tensor", py_onnx_read_tensor, METH_O, "onnx_read_tensor(data) -> Tensor from a serialized TensorProto."},
    {"onnx_export_bytes", py_onnx_export_bytes, METH_O, "onnx_export_bytes(graph) -> bytes of an ONNX ModelProto."},
    {"graph_inputs", py_graph_inputs, METH_O, "graph_inputs(graph) -> [(name, dtype, shape or None)]."},
    {"graph_outputs", py_graph_outputs, METH_O, "graph_outputs(graph) -> [name]."},
    {"graph_run", py_graph_run, METH_VARARGS, "graph_run(graph, feeds) -> [Tensor] (feeds in input order)."},
    {"graph_plan_stats", py_graph_plan_stats, METH_O, "graph_plan_stats(graph) -> (nodes, arena_bytes, unshared_bytes)."},
    {"graph_release", py_graph_release, METH_O, "graph_release(graph): frees the graph now."},
    {"graph_trace_begin", py_graph_trace_begin, METH_NOARGS, "graph_trace_begin() -> graph capsule recording this thread's calls."},
    {"graph_trace_input", py_graph_trace_input, METH_VARARGS, "graph_trace_input(graph, tensor, name)."},
    {"graph_trace_end", py_graph_trace_end, METH_VARARGS, "graph_trace_end(graph, outputs, names): stops recording."},
    {NULL}};

static struct PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "tessera._native",
                                        "Tessera's CPython extension over the C API (c_api.h).", -1, module_methods};

PyMODINIT_FUNC PyInit__native(void) {
  if (PyType_Ready(&TensorBaseType) < 0 || PyType_Ready(&OpType) < 0) return NULL;
  for (int d = 0; d < N_DTYPES; ++d) {
    g_dtype_str[d] = PyUnicode_InternFromString(DTYPE_NAMES[d]);
    if (g_dtype_str[d] == NULL) return NULL;
  }
  PyObject* m = PyModule_Create(&module_def);
  if (m == NULL) return NULL;
  if (PyModule_AddObjectRef(m, "TensorBase", (PyObject*)&TensorBaseType) < 0 ||
      PyModule_AddObjectRef(m, "Op", (PyObject*)&OpType) < 0 || PyModule_AddIntConstant(m, "MAX_DIMS", TSR_MAX_DIMS) < 0) {
    Py_DECREF(m);
    return NULL;
  }
  return m;
}
