// Internal to c-api/src: what every C entry point file shares — the tensor handle, the
// thread-local last error, handle and argument checks, and the TSR_TRY/TSR_CATCH pair.
#pragma once
#include <atomic>
#include <cstddef>
#include <new>
#include <string>

#include "tessera/c_api.h"
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

namespace tsr_capi {

struct LastError {
  tsr_status status = TSR_OK;
  std::string message, op, arg;
};
extern thread_local LastError g_error;

inline tsr_status set_error(tsr_status s, std::string msg, std::string op = {}, std::string arg = {}) {
  g_error.status = s;
  g_error.message = op.empty() ? std::move(msg) : op + ": " + msg;
  g_error.op = std::move(op);
  g_error.arg = std::move(arg);
  return s;
}

inline const tsr::Tensor& tensor_of(const tsr_tensor* h, const char* arg) {
  if (!h) throw Error(Status::InvalidHandle, std::string("tensor handle '") + arg + "' is null", {}, arg);
  if (h->magic != tsr_tensor::kAlive)
    throw Error(Status::InvalidHandle, std::string("tensor handle '") + arg + "' was released or is not a tensor", {}, arg);
  return h->t;
}

inline const tsr::OpDef& op_of(const tsr_op* op) {
  const auto& ops = tsr::Registry::get().ops();
  auto* def = reinterpret_cast<const tsr::OpDef*>(op);
  if (!op || ops.empty() || def < ops.data() || def >= ops.data() + ops.size())
    throw Error(Status::InvalidHandle, "operator handle is null or not from tsr_op_lookup", {}, "op");
  return *def;
}

template <typename T>
inline void require(T* p, const char* arg) {
  if (!p) throw Error(Status::InvalidArgument, std::string("'") + arg + "' is null", {}, arg);
}

inline tsr::Shape shape_arg(const int64_t* shape, int32_t ndim) {
  if (ndim < 0 || ndim > TSR_MAX_DIMS)
    throw Error(Status::InvalidArgument, "ndim must be 0.." + std::to_string(TSR_MAX_DIMS) + ", got " + std::to_string(ndim), {}, "ndim");
  if (ndim > 0) require(shape, "shape");
  return tsr::Shape::of(shape, ndim);
}

inline tsr::DType dtype_arg(tsr_dtype d) {
  if (!tsr::dtype_valid(d)) throw Error(Status::InvalidArgument, "unknown dtype code " + std::to_string(d), {}, "dtype");
  return static_cast<tsr::DType>(d);
}

inline tsr_tensor* new_handle(tsr::Tensor t) { return new tsr_tensor(std::move(t)); }

}  // namespace tsr_capi
using namespace tsr_capi;  // NOLINT: internal header of one library

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

