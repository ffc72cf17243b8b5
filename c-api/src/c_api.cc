// The C boundary: every entry point converts exceptions to a status plus thread-local error
// text, and checks handles before touching them.
#include "tessera/c_api.h"

#include <atomic>
#include <cstddef>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "tessera/core/autograd.h"
#include "tessera/core/thread_pool.h"
#include "tessera/registry/registry.h"

#include "boundary.h"

using tsr::Error;
using tsr::Status;

thread_local tsr_capi::LastError tsr_capi::g_error;

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
  const tsr::Tensor& x = tensor_of(t, "t");
  if (!x.defined()) throw Error(Status::InvalidHandle, "tensor handle 't' holds no data", {}, "t");
  *out = x.data();
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
  if (!x.defined()) throw Error(Status::InvalidHandle, "tensor handle 't' holds no data", {}, "t");
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
  // A variadic last output (split) holds as many tensors as the call decides: the schema count
  // is a lower bound here and the real count is checked after inference.
  const int n_schema = static_cast<int>(def.outputs.size());
  if (!outputs || capacity < n_schema)
    throw Error(Status::InvalidArgument, "outputs needs room for " + std::string(def.outputs.back().variadic ? "at least " : "") +
                                             std::to_string(n_schema) + " tensor(s)", def.name, "outputs");
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
  const int n_out = call.n_outputs;
  if (n_out > capacity)
    throw Error(Status::InvalidArgument, "this call produces " + std::to_string(n_out) + " outputs but outputs has room for " +
                                             std::to_string(capacity) + " (at most " + std::to_string(tsr::OpCall::kMaxOutputs) + ")",
                def.name, "outputs");
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

// ---- DLPack (appended) ------------------------------------------------------------------------
// Export: the DLManagedTensor owns a copy of the engine view (a storage reference). Import: the
// engine wraps the memory span the strides reach and keeps the producer's DLManagedTensor as the
// external storage's user pointer; its deleter runs when the last view goes.
#include <dlpack/dlpack.h>

namespace {

constexpr uint8_t kDLBoolCode = 6;  // kDLBool (DLPack 0.8+); dlpack.h 0.6 has no name for it

struct DlpackExport {
  DLManagedTensor managed{};
  tsr::Tensor view;
  int64_t shape[TSR_MAX_DIMS] = {};
  int64_t strides[TSR_MAX_DIMS] = {};
};

void dlpack_export_deleter(DLManagedTensor* m) {
  if (m) delete static_cast<DlpackExport*>(m->manager_ctx);
}

void dlpack_import_deleter(void* /*data*/, void* user) {
  auto* m = static_cast<DLManagedTensor*>(user);
  if (m && m->deleter) m->deleter(m);
}

DLDataType dlpack_dtype(tsr::DType d) {
  switch (d) {
    case tsr::DType::Float32: return {kDLFloat, 32, 1};
    case tsr::DType::Float64: return {kDLFloat, 64, 1};
    case tsr::DType::Int32: return {kDLInt, 32, 1};
    case tsr::DType::Int64: return {kDLInt, 64, 1};
    case tsr::DType::UInt8: return {kDLUInt, 8, 1};
    case tsr::DType::Bool: return {kDLBoolCode, 8, 1};
  }
  throw Error(Status::Internal, "dtype without a DLPack code");
}

tsr::DType dtype_from_dlpack(DLDataType t) {
  if (t.lanes == 1) {
    if (t.code == kDLFloat && t.bits == 32) return tsr::DType::Float32;
    if (t.code == kDLFloat && t.bits == 64) return tsr::DType::Float64;
    if (t.code == kDLInt && t.bits == 32) return tsr::DType::Int32;
    if (t.code == kDLInt && t.bits == 64) return tsr::DType::Int64;
    if (t.code == kDLUInt && t.bits == 8) return tsr::DType::UInt8;
    if (t.code == kDLBoolCode && t.bits == 8) return tsr::DType::Bool;
  }
  throw Error(Status::Unsupported,
              "DLPack dtype (code " + std::to_string(t.code) + ", " + std::to_string(t.bits) + " bits, " +
                  std::to_string(t.lanes) + " lanes) has no Tessera dtype (float32, float64, int32, int64, uint8, bool)",
              {}, "managed");
}

}  // namespace

extern "C" {

tsr_status tsr_tensor_to_dlpack(const tsr_tensor* t, void** out_managed) {
  TSR_TRY
  require(out_managed, "out_managed");
  *out_managed = nullptr;
  const tsr::Tensor& x = tensor_of(t, "t");
  auto* e = new DlpackExport();
  e->view = x;
  const int nd = x.ndim();
  for (int i = 0; i < nd; ++i) {
    e->shape[i] = x.dim(i);
    e->strides[i] = x.strides()[i];
  }
  DLTensor& d = e->managed.dl_tensor;
  d.data = x.data();
  d.device = DLDevice{kDLCPU, 0};
  d.ndim = nd;
  d.dtype = dlpack_dtype(x.dtype());
  d.shape = e->shape;
  d.strides = e->strides;
  d.byte_offset = 0;
  e->managed.manager_ctx = e;
  e->managed.deleter = dlpack_export_deleter;
  *out_managed = &e->managed;
  TSR_CATCH
}

tsr_status tsr_tensor_from_dlpack(void* managed, tsr_tensor** out) {
  TSR_TRY
  require(out, "out");
  *out = nullptr;
  require(managed, "managed");
  auto* m = static_cast<DLManagedTensor*>(managed);
  const DLTensor& d = m->dl_tensor;
  if (d.device.device_type != kDLCPU && d.device.device_type != kDLCUDAHost)
    throw Error(Status::Unsupported, "DLPack device type " + std::to_string(d.device.device_type) + " is not CPU memory", {}, "managed");
  const tsr::DType dt = dtype_from_dlpack(d.dtype);
  if (d.ndim < 0 || d.ndim > TSR_MAX_DIMS)
    throw Error(Status::InvalidArgument, "DLPack tensor has " + std::to_string(d.ndim) + " dimensions; at most " +
                                             std::to_string(TSR_MAX_DIMS) + " are supported", {}, "managed");
  if (d.ndim > 0) require(d.shape, "managed->dl_tensor.shape");
  const tsr::Shape shape = tsr::Shape::of(d.shape, d.ndim, "managed");
  int64_t strides[TSR_MAX_DIMS];
  if (d.strides) {
    for (int i = 0; i < d.ndim; ++i) strides[i] = d.strides[i];
  } else {
    tsr::contiguous_strides(shape, strides);
  }
  const int64_t isz = static_cast<int64_t>(tsr::dtype_size(dt));
  // The element span the view reaches, relative to its first element.
  int64_t lo = 0, hi = 0;
  const bool empty = shape.numel() == 0;
  for (int i = 0; i < d.ndim && !empty; ++i) {
    const int64_t reach = strides[i] * (shape.d[i] - 1);
    if (reach < 0) lo += reach;
    else hi += reach;
  }
  char* first = static_cast<char*>(d.data) + d.byte_offset;
  if (!empty) {
    require(d.data, "managed->dl_tensor.data");
    if (reinterpret_cast<uintptr_t>(first) % static_cast<uintptr_t>(isz) != 0)
      throw Error(Status::InvalidArgument, "DLPack data is not aligned to the element size", {}, "managed");
  }
  auto* h = new_handle(tsr::Tensor());
  try {
    if (empty) {
      h->t = tsr::Tensor::empty(dt, shape);
    } else {
      const int64_t extent = hi - lo + 1;
      tsr::Tensor base = tsr::Tensor::wrap(dt, tsr::Shape::of(&extent, 1), first + lo * isz, dlpack_import_deleter, m);
      h->t = base.as_strided(shape, strides, -lo);
    }
  } catch (...) {
    delete h;
    throw;
  }
  *out = h;
  // An empty tensor needs none of the producer's memory: hand it back now.
  if (empty && m->deleter) m->deleter(m);
  TSR_CATCH
}

tsr_status tsr_autograd_set_recording(int32_t on, int32_t* prev) {
  TSR_TRY
  tsr::Registry::get();  // gradients need the registry's operators
  const bool was = tsr::autograd::set_recording(on != 0);
  if (prev) *prev = was ? 1 : 0;
  TSR_CATCH
}

int32_t tsr_autograd_is_recording(void) { return tsr::autograd::is_recording() ? 1 : 0; }

tsr_status tsr_tensor_attach_grad(tsr_tensor* t) {
  TSR_TRY
  tensor_of(t, "t");
  if (!tsr::is_floating(t->t.dtype()))
    throw Error(Status::DTypeMismatch, "only floating-point tensors can have gradients, this one is " + std::string(tsr::dtype_name(t->t.dtype())), {}, "t");
  tsr::autograd::attach_grad(t->t);
  TSR_CATCH
}

tsr_status tsr_tensor_requires_grad(const tsr_tensor* t, int32_t* out) {
  TSR_TRY
  require(out, "out");
  *out = tsr::autograd::requires_grad(tensor_of(t, "t")) ? 1 : 0;
  TSR_CATCH
}

tsr_status tsr_tensor_grad(const tsr_tensor* t, tsr_tensor** out) {
  TSR_TRY
  require(out, "out");
  *out = nullptr;
  const auto& meta = tensor_of(t, "t").autograd_meta();
  if (!meta || !meta->is_leaf)
    throw Error(Status::InvalidArgument, "tensor has no gradient: call tsr_tensor_attach_grad on it before recording", {}, "t");
  if (meta->grad.defined()) *out = new_handle(meta->grad);
  TSR_CATCH
}

tsr_status tsr_tensor_zero_grad(tsr_tensor* t) {
  TSR_TRY
  const auto& meta = tensor_of(t, "t").autograd_meta();
  if (meta) meta->grad = tsr::Tensor();
  TSR_CATCH
}

tsr_status tsr_tensor_detach(const tsr_tensor* t, tsr_tensor** out) {
  TSR_TRY
  require(out, "out");
  *out = new_handle(tsr::autograd::detach(tensor_of(t, "t")));
  TSR_CATCH
}

tsr_status tsr_autograd_backward(const tsr_tensor* const* heads, int32_t n_heads, const tsr_tensor* const* head_grads) {
  TSR_TRY
  if (n_heads <= 0 || !heads) throw Error(Status::InvalidArgument, "backward needs at least one head", {}, "heads");
  std::vector<tsr::Tensor> hs, gs;
  for (int32_t k = 0; k < n_heads; ++k) {
    hs.push_back(tensor_of(heads[k], "heads"));
    gs.push_back(head_grads && head_grads[k] ? tensor_of(head_grads[k], "head_grads") : tsr::Tensor());
  }
  tsr::autograd::backward(hs, gs);
  TSR_CATCH
}

}  // extern "C"
