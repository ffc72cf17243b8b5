// The C boundary: every entry point converts exceptions to a status plus thread-local error
// text, and checks handles before touching them.
#include "tessera/c_api.h"

#include <atomic>
#include <cstddef>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "tessera/core/thread_pool.h"
#include "tessera/registry/registry.h"

using tsr::Error;
using tsr::Status;

// Handle = a refcounted box around an engine Tensor view. `magic` catches released or foreign
// pointers on a best-effort basis; bindings track disposal on their side as well.
struct tsr_tensor {
  static constexpr uint32_t kAlive = 0x7E55E2A1u, kDead = 0xDEADBEEFu;
  uint32_t magic = kAlive;
  std::atomic<int32_t> refs{1};
  tsr::Tensor t;
  explicit tsr_tensor(tsr::Tensor v) : t(std::move(v)) {}
};

static_assert(sizeof(tsr_attr) == sizeof(tsr::AttrRecordView), "tsr_attr layout");
static_assert(offsetof(tsr_attr, count) == offsetof(tsr::AttrRecordView, count), "tsr_attr layout");
static_assert(TSR_MAX_DIMS == tsr::kMaxDims, "max dims");

namespace {

struct LastError {
  tsr_status status = TSR_OK;
  std::string message, op, arg;
};
thread_local LastError g_error;

tsr_status set_error(tsr_status s, std::string msg, std::string op = {}, std::string arg = {}) {
  g_error.status = s;
  g_error.message = op.empty() ? std::move(msg) : op + ": " + msg;
  g_error.op = std::move(op);
  g_error.arg = std::move(arg);
  return s;
}

const tsr::Tensor& tensor_of(const tsr_tensor* h, const char* arg) {
  if (!h) throw Error(Status::InvalidHandle, std::string("tensor handle '") + arg + "' is null", {}, arg);
  if (h->magic != tsr_tensor::kAlive)
    throw Error(Status::InvalidHandle, std::string("tensor handle '") + arg + "' was released or is not a tensor", {}, arg);
  return h->t;
}

const tsr::OpDef& op_of(const tsr_op* op) {
  const auto& ops = tsr::Registry::get().ops();
  auto* def = reinterpret_cast<const tsr::OpDef*>(op);
  if (!op || ops.empty() || def < ops.data() || def >= ops.data() + ops.size())
    throw Error(Status::InvalidHandle, "operator handle is null or not from tsr_op_lookup", {}, "op");
  return *def;
}

template <typename T>
void require(T* p, const char* arg) {
  if (!p) throw Error(Status::InvalidArgument, std::string("'") + arg + "' is null", {}, arg);
}

tsr::Shape shape_arg(const int64_t* shape, int32_t ndim) {
  if (ndim < 0 || ndim > TSR_MAX_DIMS)
    throw Error(Status::InvalidArgument, "ndim must be 0.." + std::to_string(TSR_MAX_DIMS) + ", got " + std::to_string(ndim), {}, "ndim");
  if (ndim > 0) require(shape, "shape");
  return tsr::Shape::of(shape, ndim);
}

tsr::DType dtype_arg(tsr_dtype d) {
  if (!tsr::dtype_valid(d)) throw Error(Status::InvalidArgument, "unknown dtype code " + std::to_string(d), {}, "dtype");
  return static_cast<tsr::DType>(d);
}

tsr_tensor* new_handle(tsr::Tensor t) { return new tsr_tensor(std::move(t)); }

}  // namespace

// One macro pair around every fallible body: nothing thrown inside escapes the C boundary.
#define TSR_TRY try {
#define TSR_CATCH                                                                                              \
  return TSR_OK;                                                                                               \
  }                                                                                                            \
  catch (const Error& e) {                                                                                     \
    return set_error(static_cast<tsr_status>(e.status()), e.what(), e.op(), e.arg());                          \
  }                                                                                                            \
  catch (const std::bad_alloc&) {                                                                              \
    return set_error(TSR_ERR_OUT_OF_MEMORY, "out of memory");                                                  \
  }                                                                                                            \
  catch (const std::exception& e) {                                                                            \
    return set_error(TSR_ERR_INTERNAL, std::string("internal error: ") + e.what());                            \
  }                                                                                                            \
  catch (...) {                                                                                                \
    return set_error(TSR_ERR_INTERNAL, "internal error: unknown exception");                                   \
  }

extern "C" {

int32_t tsr_api_version(void) { return TSR_API_VERSION; }
const char* tsr_last_error(void) { return g_error.message.c_str(); }
tsr_status tsr_last_error_status(void) { return g_error.status; }
const char* tsr_last_error_op(void) { return g_error.op.c_str(); }
const char* tsr_last_error_arg(void) { return g_error.arg.c_str(); }

const char* tsr_status_name(tsr_status s) {
  switch (s) {
    case TSR_OK: return "TSR_OK";
    case TSR_ERR_INVALID_ARGUMENT: return "TSR_ERR_INVALID_ARGUMENT";
    case TSR_ERR_SHAPE_MISMATCH: return "TSR_ERR_SHAPE_MISMATCH";
    case TSR_ERR_DTYPE_MISMATCH: return "TSR_ERR_DTYPE_MISMATCH";
    case TSR_ERR_INVALID_ATTRIBUTE: return "TSR_ERR_INVALID_ATTRIBUTE";
    case TSR_ERR_NOT_FOUND: return "TSR_ERR_NOT_FOUND";
    case TSR_ERR_INVALID_HANDLE: return "TSR_ERR_INVALID_HANDLE";
    case TSR_ERR_OUT_OF_MEMORY: return "TSR_ERR_OUT_OF_MEMORY";
    case TSR_ERR_UNSUPPORTED: return "TSR_ERR_UNSUPPORTED";
    case TSR_ERR_INTERNAL: return "TSR_ERR_INTERNAL";
  }
  return "TSR_ERR_UNKNOWN";
}

tsr_status tsr_tensor_create(tsr_dtype dtype, const int64_t* shape, int32_t ndim, const void* data, size_t nbytes, tsr_tensor** out) {
  TSR_TRY
  require(out, "out");
  *out = nullptr;
  const tsr::DType dt = dtype_arg(dtype);
  const tsr::Shape s = shape_arg(shape, ndim);
  const size_t want = static_cast<size_t>(s.numel()) * tsr::dtype_size(dt);
  if (data && nbytes != want)
    throw Error(Status::InvalidArgument, "data holds " + std::to_string(nbytes) + " bytes but shape " + s.str() + " of " +
                                             std::string(tsr::dtype_name(dt)) + " needs " + std::to_string(want), {}, "nbytes");
  tsr::Tensor t = data ? tsr::Tensor::empty(dt, s) : tsr::Tensor::zeros(dt, s);
  if (data && want) std::memcpy(t.data(), data, want);
  *out = new_handle(std::move(t));
  TSR_CATCH
}

tsr_status tsr_tensor_from_external(tsr_dtype dtype, const int64_t* shape, int32_t ndim, void* data, size_t nbytes,
                                    tsr_deleter deleter, void* user, tsr_tensor** out) {
  TSR_TRY
  require(out, "out");
  *out = nullptr;
  const tsr::DType dt = dtype_arg(dtype);
  const tsr::Shape s = shape_arg(shape, ndim);
  const size_t want = static_cast<size_t>(s.numel()) * tsr::dtype_size(dt);
  if (want) require(data, "data");
  if (nbytes != want)
    throw Error(Status::InvalidArgument, "buffer holds " + std::to_string(nbytes) + " bytes but shape " + s.str() + " of " +
                                             std::string(tsr::dtype_name(dt)) + " needs " + std::to_string(want), {}, "nbytes");
  if (reinterpret_cast<uintptr_t>(data) % tsr::dtype_size(dt) != 0)
    throw Error(Status::InvalidArgument, "data is not aligned to the element size", {}, "data");
  *out = new_handle(tsr::Tensor::wrap(dt, s, data, deleter, user));
  TSR_CATCH
}

tsr_status tsr_tensor_retain(tsr_tensor* t) {
  TSR_TRY
  tensor_of(t, "t");
  t->refs.fetch_add(1, std::memory_order_relaxed);
  TSR_CATCH
}

void tsr_tensor_release(tsr_tensor* t) {
  if (!t || t->magic != tsr_tensor::kAlive) return;
  if (t->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    t->magic = tsr_tensor::kDead;
    try {
      delete t;  // runs an external deleter when this was the last view
    } catch (...) {
    }
  }
}

tsr_status tsr_tensor_dtype(const tsr_tensor* t, tsr_dtype* out) {
  TSR_TRY
  require(out, "out");
  *out = static_cast<tsr_dtype>(tensor_of(t, "t").dtype());
  TSR_CATCH
}

tsr_status tsr_tensor_ndim(const tsr_tensor* t, int32_t* out) {
  TSR_TRY
  require(out, "out");
  *out = tensor_of(t, "t").ndim();
  TSR_CATCH
}

static void copy_dims(const int64_t* src, int nd, int64_t* dst, int32_t capacity, int32_t* ndim) {
  require(ndim, "ndim");
  *ndim = nd;
  if (nd > 0) require(dst, "shape");
  if (capacity < nd)
    throw Error(Status::InvalidArgument, "capacity " + std::to_string(capacity) + " is less than ndim " + std::to_string(nd), {}, "capacity");
  for (int i = 0; i < nd; ++i) dst[i] = src[i];
}

tsr_status tsr_tensor_shape(const tsr_tensor* t, int64_t* shape, int32_t capacity, int32_t* ndim) {
  TSR_TRY
  const tsr::Tensor& x = tensor_of(t, "t");
  copy_dims(x.shape().d, x.ndim(), shape, capacity, ndim);
  TSR_CATCH
}

tsr_status tsr_tensor_strides(const tsr_tensor* t, int64_t* strides, int32_t capacity, int32_t* ndim) {
  TSR_TRY
  const tsr::Tensor& x = tensor_of(t, "t");
  copy_dims(x.strides(), x.ndim(), strides, capacity, ndim);
  TSR_CATCH
}

tsr_status tsr_tensor_numel(const tsr_tensor* t, int64_t* out) {
  TSR_TRY
  require(out, "out");
  *out = tensor_of(t, "t").numel();
  TSR_CATCH
}

tsr_status tsr_tensor_data(const tsr_tensor* t, void** out) {
  TSR_TRY
  require(out, "out");
  *out = tensor_of(t, "t").data();
  TSR_CATCH
}

tsr_status tsr_tensor_is_contiguous(const tsr_tensor* t, int32_t* out) {
  TSR_TRY
  require(out, "out");
  *out = tensor_of(t, "t").is_contiguous() ? 1 : 0;
  TSR_CATCH
}

tsr_status tsr_tensor_copy_to(const tsr_tensor* t, void* dst, size_t nbytes) {
  TSR_TRY
  const tsr::Tensor& x = tensor_of(t, "t");
  const size_t want = static_cast<size_t>(x.numel()) * x.itemsize();
  if (nbytes != want)
    throw Error(Status::InvalidArgument, "destination holds " + std::to_string(nbytes) + " bytes, the tensor needs " + std::to_string(want), {}, "nbytes");
  if (want) require(dst, "dst");
  if (want) x.copy_to(dst);
  TSR_CATCH
}

tsr_status tsr_op_lookup(const char* name, const tsr_op** out) {
  TSR_TRY
  require(name, "name");
  require(out, "out");
  *out = nullptr;
  const tsr::OpDef* def = tsr::Registry::get().find(name);
  if (!def) throw Error(Status::NotFound, std::string("unknown operator '") + name + "'", {}, "name");
  *out = reinterpret_cast<const tsr_op*>(def);
  TSR_CATCH
}

int32_t tsr_op_count(void) {
  try {
    return static_cast<int32_t>(tsr::Registry::get().ops().size());
  } catch (...) {
    return 0;
  }
}

tsr_status tsr_op_at(int32_t index, const tsr_op** out) {
  TSR_TRY
  require(out, "out");
  const auto& ops = tsr::Registry::get().ops();
  if (index < 0 || index >= static_cast<int32_t>(ops.size()))
    throw Error(Status::InvalidArgument, "operator index " + std::to_string(index) + " is out of range", {}, "index");
  *out = reinterpret_cast<const tsr_op*>(&ops[index]);
  TSR_CATCH
}

const char* tsr_op_name(const tsr_op* op) {
  try {
    return op_of(op).name.c_str();
  } catch (...) {
    return "";
  }
}

tsr_status tsr_op_attr_index(const tsr_op* op, const char* attr_name, int32_t* slot, int32_t* type) {
  TSR_TRY
  const tsr::OpDef& def = op_of(op);
  require(attr_name, "attr_name");
  require(slot, "slot");
  int k = def.attr_slot(attr_name);
  if (k < 0) throw Error(Status::NotFound, std::string("operator has no attribute '") + attr_name + "'", def.name, attr_name);
  *slot = k;
  if (type) *type = static_cast<int32_t>(def.attrs[k].type);
  TSR_CATCH
}

tsr_status tsr_op_arity(const tsr_op* op, int32_t* n_attrs, int32_t* n_inputs, int32_t* n_outputs) {
  TSR_TRY
  const tsr::OpDef& def = op_of(op);
  if (n_attrs) *n_attrs = static_cast<int32_t>(def.attrs.size());
  if (n_inputs) *n_inputs = static_cast<int32_t>(def.inputs.size());
  if (n_outputs) *n_outputs = static_cast<int32_t>(def.outputs.size());
  TSR_CATCH
}

tsr_status tsr_op_invoke(const tsr_op* op, const tsr_tensor* const* inputs, int32_t n_inputs, const tsr_attr* attrs,
                         int32_t n_attrs, tsr_tensor** outputs, int32_t capacity, int32_t* n_outputs) {
  TSR_TRY
  const tsr::OpDef& def = op_of(op);
  require(n_outputs, "n_outputs");
  *n_outputs = 0;
  if (n_inputs < 0 || (n_inputs > 0 && !inputs))
    throw Error(Status::InvalidArgument, "inputs is null or n_inputs is negative", def.name, "inputs");
  if (n_attrs < 0 || (n_attrs > 0 && !attrs))
    throw Error(Status::InvalidArgument, "attrs is null or n_attrs is negative", def.name, "attrs");
  const int n_out = static_cast<int>(def.outputs.size());
  if (!outputs || capacity < n_out)
    throw Error(Status::InvalidArgument, "outputs needs room for " + std::to_string(n_out) + " tensor(s)", def.name, "outputs");
  // Borrow the engine tensors behind the handles; a stack array covers all but huge concats.
  constexpr int kStack = 32;
  const tsr::Tensor* stack_ptrs[kStack];
  std::vector<const tsr::Tensor*> heap_ptrs;
  const tsr::Tensor** ptrs = stack_ptrs;
  if (n_inputs > kStack) {
    heap_ptrs.resize(n_inputs);
    ptrs = heap_ptrs.data();
  }
  for (int k = 0; k < n_inputs; ++k) {
    if (!inputs[k]) {
      ptrs[k] = nullptr;  // an absent optional input; the dispatcher checks the schema
      continue;
    }
    try {
      ptrs[k] = &tensor_of(inputs[k], "input");
    } catch (Error&) {
      tsr::OpCall c;
      c.op = &def;
      c.bad_input(k, Status::InvalidHandle, "input " + std::to_string(k) + " is a released or invalid tensor handle");
    }
  }
  tsr::OpCall call;
  tsr::invoke(def, ptrs, n_inputs, reinterpret_cast<const tsr::AttrRecordView*>(attrs), n_attrs, call);
  int made = 0;
  try {
    for (; made < n_out; ++made) outputs[made] = new_handle(std::move(call.outputs[made]));
  } catch (...) {
    for (int k = 0; k < made; ++k) tsr_tensor_release(outputs[k]);
    throw;
  }
  *n_outputs = n_out;
  TSR_CATCH
}

const char* tsr_registry_json(void) {
  try {
    return tsr::Registry::get().json().c_str();
  } catch (const std::exception& e) {
    set_error(TSR_ERR_INTERNAL, e.what());
    return "";
  }
}

const char* tsr_registry_hash(void) {
  try {
    return tsr::Registry::get().hash().c_str();
  } catch (...) {
    return "";
  }
}

int32_t tsr_num_threads(void) { return tsr::num_threads(); }

tsr_status tsr_set_num_threads(int32_t n) {
  TSR_TRY
  tsr::set_num_threads(n);
  TSR_CATCH
}

}  // extern "C"
