// Module entry, error plumbing and the library-level functions of the Tessera Node.js addon.
#include "addon.h"

namespace tsr_node {

namespace {

std::string Compose(const std::string& message, const std::string& op, const std::string& arg) {
  std::string text;
  if (!op.empty() && message.compare(0, op.size() + 1, op + ":") != 0) text = op + ": ";
  text += message;
  if (!arg.empty()) text += " (argument \"" + arg + "\")";
  return text;
}

}  // namespace

void ThrowTessera(Napi::Env env, int status, const std::string& message, const std::string& op,
                  const std::string& arg) {
  AddonData* data = DataOf(env);
  const char* status_name = tsr_status_name(static_cast<tsr_status>(status));
  if (data != nullptr && !data->make_error.IsEmpty()) {
    Napi::Value err = data->make_error.Call({Napi::Number::New(env, status),
                                             Napi::String::New(env, status_name ? status_name : ""),
                                             Napi::String::New(env, message), Napi::String::New(env, op),
                                             Napi::String::New(env, arg)});
    throw Napi::Error(env, err);
  }
  Napi::Error e = Napi::Error::New(env, Compose(message, op, arg));
  e.Set("status", Napi::Number::New(env, status));
  e.Set("statusName", Napi::String::New(env, status_name ? status_name : ""));
  throw e;
}

void ThrowLast(Napi::Env env, tsr_status fallback_status) {
  // Copy first: the strings are only valid until the next failing call on this thread, and
  // makeError runs JS that may call into the engine again.
  tsr_status status = tsr_last_error_status();
  std::string message = tsr_last_error();
  std::string op = tsr_last_error_op();
  std::string arg = tsr_last_error_arg();
  if (status == TSR_OK) status = fallback_status;
  if (message.empty()) message = "operation failed without an error message";
  ThrowTessera(env, status, message, op, arg);
}

void ThrowType(Napi::Env env, const std::string& message) {
  throw Napi::TypeError::New(env, message);
}

void ThrowRange(Napi::Env env, const std::string& message) {
  throw Napi::RangeError::New(env, message);
}

size_t DTypeSize(int32_t dtype) {
  switch (dtype) {
    case TSR_DTYPE_FLOAT32: return 4;
    case TSR_DTYPE_FLOAT64: return 8;
    case TSR_DTYPE_INT32: return 4;
    case TSR_DTYPE_INT64: return 8;
    case TSR_DTYPE_UINT8: return 1;
    case TSR_DTYPE_BOOL: return 1;
    default: return 0;
  }
}

const char* DTypeName(int32_t dtype) {
  static const char* const kNames[] = {"float32", "float64", "int32", "int64", "uint8", "bool"};
  return dtype >= 0 && dtype < 6 ? kNames[dtype] : "unknown";
}

const char* JsTypeName(napi_env env, napi_value v) {
  napi_valuetype t = napi_undefined;
  if (napi_typeof(env, v, &t) != napi_ok) return "unknown";
  switch (t) {
    case napi_undefined: return "undefined";
    case napi_null: return "null";
    case napi_boolean: return "boolean";
    case napi_number: return "number";
    case napi_string: return "string";
    case napi_symbol: return "symbol";
    case napi_function: return "function";
    case napi_external: return "external";
    case napi_bigint: return "bigint";
    case napi_object: {
      bool is_array = false;
      napi_is_array(env, v, &is_array);
      if (is_array) return "array";
      bool is_typed = false;
      napi_is_typedarray(env, v, &is_typed);
      return is_typed ? "typed array" : "object";
    }
  }
  return "unknown";
}

namespace {

// init(makeError): stores the error factory used for every failing status.
Napi::Value Init(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsFunction()) ThrowType(env, "init(makeError): makeError must be a function");
  AddonData* data = DataOf(env);
  data->make_error = Napi::Persistent(info[0].As<Napi::Function>());
  return env.Undefined();
}

Napi::Value ApiVersion(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), tsr_api_version());
}

Napi::Value RegistryJson(const Napi::CallbackInfo& info) {
  const char* json = tsr_registry_json();
  return Napi::String::New(info.Env(), json ? json : "");
}

Napi::Value RegistryHash(const Napi::CallbackInfo& info) {
  const char* hash = tsr_registry_hash();
  return Napi::String::New(info.Env(), hash ? hash : "");
}

Napi::Value NumThreads(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), tsr_num_threads());
}

Napi::Value SetNumThreads(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsNumber()) ThrowType(env, "setNumThreads(n): n must be a number");
  double n = info[0].As<Napi::Number>().DoubleValue();
  if (!(n == static_cast<double>(static_cast<int64_t>(n))) || n < -2147483648.0 || n > 2147483647.0)
    ThrowRange(env, "setNumThreads(n): n must be a 32-bit integer");
  tsr_status st = tsr_set_num_threads(static_cast<int32_t>(n));
  if (st != TSR_OK) ThrowLast(env, st);
  return env.Undefined();
}

template <Napi::Value (*Fn)(const Napi::CallbackInfo&)>
void Export(Napi::Env env, Napi::Object exports, const char* name) {
  exports.Set(name, Napi::Function::New(env, Guarded<Fn>, name));
}

// Environment teardown: tensors still alive are released by their own finalizers, which Node
// runs around this one; whichever of them comes last frees the table.
void FinalizeAddonData(napi_env /*env*/, void* raw, void* /*hint*/) {
  auto* data = static_cast<AddonData*>(raw);
  data->make_error.Reset();
  data->torn_down = true;
  if (data->live == 0) delete data;
}

Napi::Object InitModule(Napi::Env env, Napi::Object exports) {
  auto* data = new AddonData();
  if (napi_set_instance_data(env, data, FinalizeAddonData, nullptr) != napi_ok) {
    delete data;
    throw Napi::Error::New(env, "Tessera: could not set the addon's instance data");
  }
  Export<Init>(env, exports, "init");
  Export<ApiVersion>(env, exports, "apiVersion");
  Export<RegistryJson>(env, exports, "registryJson");
  Export<RegistryHash>(env, exports, "registryHash");
  Export<NumThreads>(env, exports, "numThreads");
  Export<SetNumThreads>(env, exports, "setNumThreads");
  Export<OpLookup>(env, exports, "opLookup");
  Export<OpName>(env, exports, "opName");
  Export<Invoke>(env, exports, "invoke");
  Export<TensorFromData>(env, exports, "tensorFromData");
  Export<TensorScalar>(env, exports, "tensorScalar");
  Export<TensorShape>(env, exports, "tensorShape");
  Export<TensorStrides>(env, exports, "tensorStrides");
  Export<TensorDtype>(env, exports, "tensorDtype");
  Export<TensorNumel>(env, exports, "tensorNumel");
  Export<TensorIsContiguous>(env, exports, "tensorIsContiguous");
  Export<TensorToTypedArray>(env, exports, "tensorToTypedArray");
  Export<Dispose>(env, exports, "dispose");
  Export<IsDisposed>(env, exports, "isDisposed");
  Export<AutogradSetRecording>(env, exports, "autogradSetRecording");
  Export<AutogradIsRecording>(env, exports, "autogradIsRecording");
  Export<AutogradBackward>(env, exports, "autogradBackward");
  Export<TensorAttachGrad>(env, exports, "tensorAttachGrad");
  Export<TensorRequiresGrad>(env, exports, "tensorRequiresGrad");
  Export<TensorGrad>(env, exports, "tensorGrad");
  Export<TensorZeroGrad>(env, exports, "tensorZeroGrad");
  Export<TensorDetach>(env, exports, "tensorDetach");
  Export<GraphCreate>(env, exports, "graphCreate");
  Export<GraphRelease>(env, exports, "graphRelease");
  Export<GraphIsReleased>(env, exports, "graphIsReleased");
  Export<GraphAddInput>(env, exports, "graphAddInput");
  Export<GraphAddConstant>(env, exports, "graphAddConstant");
  Export<GraphAddNode>(env, exports, "graphAddNode");
  Export<GraphSetOutputs>(env, exports, "graphSetOutputs");
  Export<GraphInputs>(env, exports, "graphInputs");
  Export<GraphOutputNames>(env, exports, "graphOutputNames");
  Export<GraphRun>(env, exports, "graphRun");
  Export<GraphPlanStats>(env, exports, "graphPlanStats");
  Export<GraphTraceBegin>(env, exports, "graphTraceBegin");
  Export<GraphTraceInput>(env, exports, "graphTraceInput");
  Export<GraphTraceEnd>(env, exports, "graphTraceEnd");
  Export<OnnxImportFile>(env, exports, "onnxImportFile");
  Export<OnnxImportBytes>(env, exports, "onnxImportBytes");
  Export<OnnxExportFile>(env, exports, "onnxExportFile");
  Export<OnnxExportBytes>(env, exports, "onnxExportBytes");
  Export<OnnxReadTensor>(env, exports, "onnxReadTensor");
  exports.Set("TSR_API_VERSION", Napi::Number::New(env, TSR_API_VERSION));
  return exports;
}

}  // namespace

}  // namespace tsr_node

static Napi::Object TesseraInit(Napi::Env env, Napi::Object exports) {
  return tsr_node::InitModule(env, exports);
}

NODE_API_MODULE(tessera, TesseraInit)
