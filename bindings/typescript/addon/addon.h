// Shared declarations of the Tessera Node.js addon: a thin node-addon-api layer over the stable
// C API. Only tessera/c_api.h is included from the engine, never its C++ headers.
//
// Error policy (mirrored in src/native.ts):
//  - a failing tsr_* call, and bad operator data reaching invoke() (a wrong attribute type, a
//    disposed or foreign tensor handle), is thrown as whatever the `makeError` callback given to
//    init() returns — the TypeScript TesseraError subclass for the status;
//  - misuse of the native module's own contract (wrong JS argument types for the low-level
//    functions, which the TypeScript runtime never produces) is a TypeError / RangeError, as in
//    onnxruntime-node.
// No C++ exception escapes: node-addon-api turns Napi::Error into a JS exception and every
// exported function is wrapped by Guarded<>, which converts anything else.
#pragma once

#include <napi.h>

#include <cstdint>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include "tessera/c_api.h"

static_assert(sizeof(void*) == 8, "tensor handle ids need 64-bit pointers");

namespace tsr_node {

// Tag stored first in every operator box so a foreign External is never mistaken for one.
constexpr uint32_t kOpMagic = 0x5453524fu;  // "TSRO"

// Tensor handles. A handle is a Napi External whose data is not a pointer but an id
// `(generation << 32) | (slot << 1) | 1` into the per-environment slot table below (odd, so it
// can never equal an aligned pointer such as an operator box). Each live slot owns one tensor
// reference and a napi_ref returned by napi_add_finalizer on the External:
//   - dispose() releases the tensor now, deletes the napi_ref (which cancels the finalizer, so
//     V8 has no weak handle left to process) and bumps the slot's generation;
//   - if the External is garbage collected first, the finalizer releases the tensor — the GC
//     safety net. V8 is told about the native bytes with napi_adjust_external_memory.
// A stale handle (disposed, or its slot reused) fails the generation check: "tensor was disposed".
// This costs about a third of a per-tensor napi finalizer processed by the GC (measured), and
// needs no heap box per tensor.
struct TensorSlot {
  tsr_tensor* t = nullptr;
  napi_ref ref = nullptr;
  int64_t bytes = 0;
  uint32_t gen = 1;
  uint32_t next_free = 0;
};

// The data of an operator External, resolved once by opLookup.
struct OpBox {
  uint32_t magic = kOpMagic;
  const tsr_op* op = nullptr;
  std::string name;
  int32_t n_attrs = 0, n_inputs = 0, n_outputs = 0;
  std::vector<int32_t> attr_types;       // tsr_attr_type per slot
  std::vector<std::string> attr_names;   // per slot, for error messages
  std::vector<std::string> input_names;  // schema inputs, for error messages
  bool variadic_last = false;            // the last schema input takes one or more tensors
};

// Per-environment state (one per main thread / worker).
struct AddonData {
  Napi::FunctionReference make_error;
  std::vector<TensorSlot> slots;
  uint32_t free_head = kNoSlot;
  size_t live = 0;          // slots holding a tensor
  bool torn_down = false;   // the environment is gone; the last finalizer frees this
  static constexpr uint32_t kNoSlot = 0xffffffffu;
};

inline AddonData* DataOf(napi_env env) {
  void* data = nullptr;
  napi_get_instance_data(env, &data);
  return static_cast<AddonData*>(data);
}

// Throws the error `makeError` builds (or a plain Error before init()).
[[noreturn]] void ThrowTessera(Napi::Env env, int status, const std::string& message, const std::string& op,
                               const std::string& arg);
// Throws for the last failing C call on this thread (`fallback_status` if the engine left none).
[[noreturn]] void ThrowLast(Napi::Env env, tsr_status fallback_status);
[[noreturn]] void ThrowType(Napi::Env env, const std::string& message);
[[noreturn]] void ThrowRange(Napi::Env env, const std::string& message);

// Wraps a new tensor reference (ownership moves into the handle, also when this throws).
napi_value WrapTensor(napi_env env, AddonData* data, tsr_tensor* t);
// An array of handles taking ownership of outs[0..n); on failure the ones not yet wrapped are
// released before the exception propagates.
napi_value WrapTensors(napi_env env, AddonData* data, tsr_tensor* const* outs, int32_t n);

enum class HandleState { kLive, kDisposed, kForeign };
// Resolves a tensor handle: kLive sets *out; kDisposed for a released or stale handle;
// kForeign when `v` is not a tensor handle at all.
inline HandleState ResolveTensor(napi_env env, AddonData* data, napi_value v, tsr_tensor** out) {
  napi_valuetype type = napi_undefined;
  if (napi_typeof(env, v, &type) != napi_ok || type != napi_external) return HandleState::kForeign;
  void* raw = nullptr;
  if (napi_get_value_external(env, v, &raw) != napi_ok) return HandleState::kForeign;
  const uint64_t id = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(raw));
  if ((id & 1u) == 0) return HandleState::kForeign;
  const uint32_t index = static_cast<uint32_t>(id) >> 1;
  const uint32_t gen = static_cast<uint32_t>(id >> 32);
  if (index >= data->slots.size()) return HandleState::kForeign;
  const TensorSlot& slot = data->slots[index];
  if (slot.gen != gen || slot.t == nullptr) return HandleState::kDisposed;
  *out = slot.t;
  return HandleState::kLive;
}
// Like ResolveTensor, but throws TypeError naming `what` for a foreign value and
// INVALID_HANDLE ("tensor was disposed") for a disposed one.
tsr_tensor* LiveTensorArg(Napi::Env env, napi_value v, const char* what);

size_t DTypeSize(int32_t dtype);
const char* DTypeName(int32_t dtype);
const char* JsTypeName(napi_env env, napi_value v);

// Exported functions (one file each group).
Napi::Value OpLookup(const Napi::CallbackInfo& info);
Napi::Value OpName(const Napi::CallbackInfo& info);
Napi::Value Invoke(const Napi::CallbackInfo& info);
Napi::Value TensorFromData(const Napi::CallbackInfo& info);
Napi::Value TensorScalar(const Napi::CallbackInfo& info);
Napi::Value TensorShape(const Napi::CallbackInfo& info);
Napi::Value TensorStrides(const Napi::CallbackInfo& info);
Napi::Value TensorDtype(const Napi::CallbackInfo& info);
Napi::Value TensorNumel(const Napi::CallbackInfo& info);
Napi::Value TensorIsContiguous(const Napi::CallbackInfo& info);
Napi::Value TensorToTypedArray(const Napi::CallbackInfo& info);
Napi::Value Dispose(const Napi::CallbackInfo& info);
Napi::Value IsDisposed(const Napi::CallbackInfo& info);
Napi::Value AutogradSetRecording(const Napi::CallbackInfo& info);
Napi::Value AutogradIsRecording(const Napi::CallbackInfo& info);
Napi::Value AutogradBackward(const Napi::CallbackInfo& info);
Napi::Value TensorAttachGrad(const Napi::CallbackInfo& info);
Napi::Value TensorRequiresGrad(const Napi::CallbackInfo& info);
Napi::Value TensorGrad(const Napi::CallbackInfo& info);
Napi::Value TensorZeroGrad(const Napi::CallbackInfo& info);
Napi::Value TensorDetach(const Napi::CallbackInfo& info);
// graph.cc (graphAddNode is in invoke.cc, beside the attribute conversion it shares)
tsr_graph* LiveGraphArg(Napi::Env env, const Napi::Value& v, const char* fn);
Napi::Value GraphCreate(const Napi::CallbackInfo& info);
Napi::Value GraphRelease(const Napi::CallbackInfo& info);
Napi::Value GraphIsReleased(const Napi::CallbackInfo& info);
Napi::Value GraphAddInput(const Napi::CallbackInfo& info);
Napi::Value GraphAddConstant(const Napi::CallbackInfo& info);
Napi::Value GraphAddNode(const Napi::CallbackInfo& info);
Napi::Value GraphSetOutputs(const Napi::CallbackInfo& info);
Napi::Value GraphInputs(const Napi::CallbackInfo& info);
Napi::Value GraphOutputNames(const Napi::CallbackInfo& info);
Napi::Value GraphRun(const Napi::CallbackInfo& info);
Napi::Value GraphPlanStats(const Napi::CallbackInfo& info);
Napi::Value GraphTraceBegin(const Napi::CallbackInfo& info);
Napi::Value GraphTraceInput(const Napi::CallbackInfo& info);
Napi::Value GraphTraceEnd(const Napi::CallbackInfo& info);
Napi::Value OnnxImportFile(const Napi::CallbackInfo& info);
Napi::Value OnnxImportBytes(const Napi::CallbackInfo& info);
Napi::Value OnnxExportFile(const Napi::CallbackInfo& info);
Napi::Value OnnxExportBytes(const Napi::CallbackInfo& info);
Napi::Value OnnxReadTensor(const Napi::CallbackInfo& info);

// Runs `fn`, letting Napi::Error through (node-addon-api rethrows it in JS) and turning any
// other C++ exception into a JS Error, so nothing escapes into V8.
template <Napi::Value (*Fn)(const Napi::CallbackInfo&)>
Napi::Value Guarded(const Napi::CallbackInfo& info) {
  try {
    return Fn(info);
  } catch (const Napi::Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    ThrowTessera(info.Env(), TSR_ERR_OUT_OF_MEMORY, "out of memory in the Node.js addon", "", "");
  } catch (const std::exception& e) {
    ThrowTessera(info.Env(), TSR_ERR_INTERNAL, std::string("Node.js addon: ") + e.what(), "", "");
  } catch (...) {
    ThrowTessera(info.Env(), TSR_ERR_INTERNAL, "Node.js addon: unknown C++ exception", "", "");
  }
}

}  // namespace tsr_node
