// Graph and ONNX entry points of the addon: graph handles (explicit, traced, imported), running,
// plan figures, tracing, ONNX import/export and TensorProto reading.
//
// A graph handle is a Napi External over a heap GraphBox {magic, tsr_graph*}. graphRelease()
// releases the graph at once and leaves the box (so stale uses read "graph was disposed"); the
// External's finalizer releases a graph nobody released (the GC safety net) and frees the box.
#include <cmath>
#include <cstring>
#include <memory>

#include "addon.h"

namespace tsr_node {

namespace {

constexpr uint32_t kGraphMagic = 0x54535247u;  // "TSRG"

struct GraphBox {
  uint32_t magic = kGraphMagic;
  tsr_graph* g = nullptr;
};

void Check(Napi::Env env, tsr_status st) {
  if (st != TSR_OK) ThrowLast(env, st);
}

void FinalizeGraph(napi_env /*env*/, void* raw, void* /*hint*/) {
  auto* box = static_cast<GraphBox*>(raw);
  tsr_graph_release(box->g);
  box->g = nullptr;
  box->magic = 0;
  delete box;
}

Napi::Value WrapGraph(Napi::Env env, tsr_graph* g) {
  GraphBox* box = nullptr;
  try {
    box = new GraphBox();
  } catch (...) {
    tsr_graph_release(g);
    throw;
  }
  box->g = g;
  napi_value result = nullptr;
  if (napi_create_external(env, box, FinalizeGraph, nullptr, &result) != napi_ok) {
    FinalizeGraph(env, box, nullptr);
    throw Napi::Error::New(env, "Tessera: could not create a graph handle");
  }
  return Napi::Value(env, result);
}

GraphBox* GraphBoxOf(Napi::Env env, const Napi::Value& v, const char* fn) {
  if (!v.IsExternal()) ThrowType(env, std::string(fn) + ": expected a graph handle");
  void* raw = v.As<Napi::External<void>>().Data();
  // Tensor handles are odd ids, not pointers: never dereference them.
  if (raw == nullptr || (reinterpret_cast<uintptr_t>(raw) & 1u) != 0) ThrowType(env, std::string(fn) + ": expected a graph handle");
  auto* box = static_cast<GraphBox*>(raw);
  if (box->magic != kGraphMagic) ThrowType(env, std::string(fn) + ": expected a graph handle");
  return box;
}

// A live graph; INVALID_HANDLE "graph was disposed" after graphRelease.
tsr_graph* LiveGraph(Napi::Env env, const Napi::Value& v, const char* fn) {
  GraphBox* box = GraphBoxOf(env, v, fn);
  if (box->g == nullptr) ThrowTessera(env, TSR_ERR_INVALID_HANDLE, "graph was disposed", fn, "");
  return box->g;
}

std::string StringArg(Napi::Env env, const Napi::Value& v, const char* fn, const char* what) {
  if (!v.IsString()) ThrowType(env, std::string(fn) + ": " + what + " must be a string");
  return v.As<Napi::String>().Utf8Value();
}

int32_t Int32Arg(Napi::Env env, const Napi::Value& v, const char* fn, const char* what) {
  if (!v.IsNumber()) ThrowType(env, std::string(fn) + ": " + what + " must be a number");
  double d = v.As<Napi::Number>().DoubleValue();
  if (!(d == std::floor(d) && d >= -2147483648.0 && d <= 2147483647.0))
    ThrowRange(env, std::string(fn) + ": " + what + " must be a 32-bit integer");
  return static_cast<int32_t>(d);
}

// Bytes of a Uint8Array / any ArrayBufferView / ArrayBuffer (borrowed for the call).
void BytesArg(Napi::Env env, const Napi::Value& v, const char* fn, const void** ptr, size_t* size) {
  if (v.IsTypedArray()) {
    Napi::TypedArray ta = v.As<Napi::TypedArray>();
    *size = ta.ByteLength();
    *ptr = static_cast<const uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  } else if (v.IsArrayBuffer()) {
    Napi::ArrayBuffer ab = v.As<Napi::ArrayBuffer>();
    *size = ab.ByteLength();
    *ptr = ab.Data();
  } else if (v.IsDataView()) {
    Napi::DataView dv = v.As<Napi::DataView>();
    *size = dv.ByteLength();
    *ptr = static_cast<const uint8_t*>(dv.ArrayBuffer().Data()) + dv.ByteOffset();
  } else {
    ThrowType(env, std::string(fn) + ": bytes must be a Uint8Array, ArrayBuffer or DataView");
  }
}

// Optional names array: undefined/null → empty (the library's default names).
std::vector<std::string> NamesArg(Napi::Env env, const Napi::Value& v, uint32_t n, const char* fn) {
  std::vector<std::string> names;
  if (v.IsUndefined() || v.IsNull()) return names;
  if (!v.IsArray()) ThrowType(env, std::string(fn) + ": names must be an array of strings");
  Napi::Array arr = v.As<Napi::Array>();
  if (arr.Length() != n) ThrowRange(env, std::string(fn) + ": names must have one entry per output");
  for (uint32_t k = 0; k < n; ++k) names.push_back(StringArg(env, arr.Get(k), fn, "names[k]"));
  return names;
}

std::vector<const char*> CStrings(const std::vector<std::string>& names) {
  std::vector<const char*> out;
  for (const auto& s : names) out.push_back(s.c_str());
  return out;
}

}  // namespace

// Resolves a live graph for other addon files (graphAddNode in invoke.cc).
tsr_graph* LiveGraphArg(Napi::Env env, const Napi::Value& v, const char* fn) { return LiveGraph(env, v, fn); }

// graphCreate() -> handle of an empty graph.
Napi::Value GraphCreate(const Napi::CallbackInfo& info) {
  tsr_graph* g = nullptr;
  Check(info.Env(), tsr_graph_create(&g));
  return WrapGraph(info.Env(), g);
}

// graphRelease(g): releases now; idempotent.
Napi::Value GraphRelease(const Napi::CallbackInfo& info) {
  GraphBox* box = GraphBoxOf(info.Env(), info[0], "graphRelease");
  tsr_graph_release(box->g);
  box->g = nullptr;
  return info.Env().Undefined();
}

Napi::Value GraphIsReleased(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), GraphBoxOf(info.Env(), info[0], "graphIsReleased")->g == nullptr);
}

// graphAddInput(g, name, dtype, dims (-1 = known at run time)) -> value id.
Napi::Value GraphAddInput(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphAddInput");
  std::string name = StringArg(env, info[1], "graphAddInput", "name");
  int32_t dtype = Int32Arg(env, info[2], "graphAddInput", "dtype");
  if (dtype < 0 || dtype > 5) ThrowRange(env, "graphAddInput: unknown dtype code");
  if (!info[3].IsArray()) ThrowType(env, "graphAddInput: dims must be an array of integers");
  Napi::Array arr = info[3].As<Napi::Array>();
  if (arr.Length() > TSR_MAX_DIMS) ThrowRange(env, "graphAddInput: too many dimensions");
  int64_t dims[TSR_MAX_DIMS];
  for (uint32_t k = 0; k < arr.Length(); ++k) {
    int32_t d = Int32Arg(env, arr.Get(k), "graphAddInput", "dims[k]");
    if (d < -1) ThrowRange(env, "graphAddInput: dims must be >= 0, or -1 for a size known at run time");
    dims[k] = d;
  }
  int32_t id = 0;
  Check(env, tsr_graph_add_input(g, name.c_str(), static_cast<tsr_dtype>(dtype), dims, static_cast<int32_t>(arr.Length()), &id));
  return Napi::Number::New(env, id);
}

// graphAddConstant(g, name, tensor) -> value id (the graph keeps its own reference).
Napi::Value GraphAddConstant(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphAddConstant");
  std::string name = StringArg(env, info[1], "graphAddConstant", "name");
  tsr_tensor* t = LiveTensorArg(env, info[2], "graphAddConstant");
  int32_t id = 0;
  Check(env, tsr_graph_add_constant(g, name.c_str(), t, &id));
  return Napi::Number::New(env, id);
}

// graphSetOutputs(g, values, names?)
Napi::Value GraphSetOutputs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphSetOutputs");
  if (!info[1].IsArray()) ThrowType(env, "graphSetOutputs: values must be an array of value ids");
  Napi::Array arr = info[1].As<Napi::Array>();
  std::vector<int32_t> values;
  for (uint32_t k = 0; k < arr.Length(); ++k) values.push_back(Int32Arg(env, arr.Get(k), "graphSetOutputs", "values[k]"));
  std::vector<std::string> names = NamesArg(env, info[2], arr.Length(), "graphSetOutputs");
  std::vector<const char*> cnames = CStrings(names);
  Check(env, tsr_graph_set_outputs(g, values.data(), static_cast<int32_t>(values.size()), names.empty() ? nullptr : cnames.data()));
  return env.Undefined();
}

// graphInputs(g) -> [{name, dtype, dims}] with dims null for an unknown rank and -1 per size
// known only at run time.
Napi::Value GraphInputs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphInputs");
  int32_t n = 0;
  Check(env, tsr_graph_input_count(g, &n));
  Napi::Array out = Napi::Array::New(env, static_cast<size_t>(n));
  for (int32_t k = 0; k < n; ++k) {
    const char* name = nullptr;
    tsr_dtype dtype = TSR_DTYPE_FLOAT32;
    int64_t dims[TSR_MAX_DIMS];
    int32_t ndim = 0;
    Check(env, tsr_graph_input_info(g, k, &name, &dtype, dims, TSR_MAX_DIMS, &ndim));
    Napi::Object o = Napi::Object::New(env);
    o.Set("name", Napi::String::New(env, name ? name : ""));
    o.Set("dtype", Napi::Number::New(env, static_cast<int32_t>(dtype)));
    if (ndim < 0) {
      o.Set("dims", env.Null());
    } else {
      Napi::Array d = Napi::Array::New(env, static_cast<size_t>(ndim));
      for (int32_t i = 0; i < ndim && i < TSR_MAX_DIMS; ++i) d.Set(static_cast<uint32_t>(i), Napi::Number::New(env, static_cast<double>(dims[i])));
      o.Set("dims", d);
    }
    out.Set(static_cast<uint32_t>(k), o);
  }
  return out;
}

Napi::Value GraphOutputNames(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphOutputNames");
  int32_t n = 0;
  Check(env, tsr_graph_output_count(g, &n));
  Napi::Array out = Napi::Array::New(env, static_cast<size_t>(n));
  for (int32_t k = 0; k < n; ++k) {
    const char* name = nullptr;
    Check(env, tsr_graph_output_name(g, k, &name));
    out.Set(static_cast<uint32_t>(k), Napi::String::New(env, name ? name : ""));
  }
  return out;
}

// graphRun(g, feeds: handle[]) -> handle[] (one per output, in output order).
Napi::Value GraphRun(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphRun");
  if (!info[1].IsArray()) ThrowType(env, "graphRun: feeds must be an array of tensor handles");
  Napi::Array arr = info[1].As<Napi::Array>();
  std::vector<const tsr_tensor*> feeds;
  for (uint32_t k = 0; k < arr.Length(); ++k) feeds.push_back(LiveTensorArg(env, arr.Get(k), "graphRun feeds"));
  int32_t n_out = 0;
  Check(env, tsr_graph_output_count(g, &n_out));
  std::vector<tsr_tensor*> outs(static_cast<size_t>(n_out > 0 ? n_out : 1), nullptr);
  Check(env, tsr_graph_run(g, feeds.data(), static_cast<int32_t>(feeds.size()), outs.data(), n_out));
  return Napi::Value(env, WrapTensors(env, DataOf(env), outs.data(), n_out));
}

// graphPlanStats(g) -> {nodes, arenaBytes, unsharedBytes} of the most recent run.
Napi::Value GraphPlanStats(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphPlanStats");
  int32_t nodes = 0;
  int64_t arena = 0, unshared = 0;
  Check(env, tsr_graph_plan_stats(g, &nodes, &arena, &unshared));
  Napi::Object o = Napi::Object::New(env);
  o.Set("nodes", Napi::Number::New(env, nodes));
  o.Set("arenaBytes", Napi::Number::New(env, static_cast<double>(arena)));
  o.Set("unsharedBytes", Napi::Number::New(env, static_cast<double>(unshared)));
  return o;
}

Napi::Value GraphTraceBegin(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Check(env, tsr_graph_trace_begin(LiveGraph(env, info[0], "graphTraceBegin")));
  return env.Undefined();
}

// graphTraceInput(g, tensor, name)
Napi::Value GraphTraceInput(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphTraceInput");
  tsr_tensor* t = LiveTensorArg(env, info[1], "graphTraceInput");
  std::string name = StringArg(env, info[2], "graphTraceInput", "name");
  Check(env, tsr_graph_trace_input(g, t, name.c_str()));
  return env.Undefined();
}

// graphTraceEnd(g, outputs: handle[], names?) — always stops recording, also when it throws.
// An empty `outputs` just stops recording (and throws, as the graph has no output).
Napi::Value GraphTraceEnd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "graphTraceEnd");
  std::vector<const tsr_tensor*> outs;
  std::vector<std::string> names;
  try {
    if (!info[1].IsArray()) ThrowType(env, "graphTraceEnd: outputs must be an array of tensor handles");
    Napi::Array arr = info[1].As<Napi::Array>();
    for (uint32_t k = 0; k < arr.Length(); ++k) outs.push_back(LiveTensorArg(env, arr.Get(k), "graphTraceEnd outputs"));
    names = NamesArg(env, info[2], arr.Length(), "graphTraceEnd");
  } catch (...) {
    tsr_graph_trace_end(g, nullptr, 0, nullptr);  // fails by design; what matters is that it stops recording
    throw;
  }
  std::vector<const char*> cnames = CStrings(names);
  Check(env, tsr_graph_trace_end(g, outs.data(), static_cast<int32_t>(outs.size()), names.empty() ? nullptr : cnames.data()));
  return env.Undefined();
}

// onnxImportFile(path) -> graph handle.
Napi::Value OnnxImportFile(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string path = StringArg(env, info[0], "onnxImportFile", "path");
  tsr_graph* g = nullptr;
  Check(env, tsr_onnx_import_file(path.c_str(), &g));
  return WrapGraph(env, g);
}

// onnxImportBytes(bytes, baseDir?) -> graph handle (no baseDir: external data is refused).
Napi::Value OnnxImportBytes(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const void* ptr = nullptr;
  size_t size = 0;
  BytesArg(env, info[0], "onnxImportBytes", &ptr, &size);
  std::string base;
  bool has_base = info.Length() >= 2 && !info[1].IsUndefined() && !info[1].IsNull();
  if (has_base) base = StringArg(env, info[1], "onnxImportBytes", "baseDir");
  tsr_graph* g = nullptr;
  Check(env, tsr_onnx_import_bytes(size ? ptr : "", size, has_base ? base.c_str() : nullptr, &g));
  return WrapGraph(env, g);
}

// onnxExportFile(g, path)
Napi::Value OnnxExportFile(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "onnxExportFile");
  std::string path = StringArg(env, info[1], "onnxExportFile", "path");
  Check(env, tsr_onnx_export_file(g, path.c_str()));
  return env.Undefined();
}

// onnxExportBytes(g) -> Uint8Array (a copy; the library's buffer is freed here).
Napi::Value OnnxExportBytes(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_graph* g = LiveGraph(env, info[0], "onnxExportBytes");
  void* data = nullptr;
  size_t size = 0;
  Check(env, tsr_onnx_export_bytes(g, &data, &size));
  std::unique_ptr<void, void (*)(void*)> owned(data, tsr_buffer_free);
  Napi::Uint8Array out = Napi::Uint8Array::New(env, size);
  if (size) std::memcpy(out.Data(), data, size);
  return out;
}

// onnxReadTensor(bytes) -> tensor handle from a serialized TensorProto.
Napi::Value OnnxReadTensor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const void* ptr = nullptr;
  size_t size = 0;
  BytesArg(env, info[0], "onnxReadTensor", &ptr, &size);
  tsr_tensor* t = nullptr;
  Check(env, tsr_onnx_read_tensor(size ? ptr : "", size, &t));
  return Napi::Value(env, WrapTensor(env, DataOf(env), t));
}

}  // namespace tsr_node
