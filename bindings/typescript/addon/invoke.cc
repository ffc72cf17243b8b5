// Operator handles and the hot path: invoke(op, inputs, attrs).
//
// Per call: read the inputs array (one napi_get_element per input), convert the attributes in
// slot order into tsr_attr records on the stack, call tsr_op_invoke, wrap the outputs. No JSON,
// no string work and no heap allocation beyond the output handles for ordinary sizes.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include "addon.h"

namespace tsr_node {

namespace {

constexpr int kStackInputs = 16;
constexpr int kStackAttrs = 16;
constexpr int kStackInts = 64;     // int[] elements over all attributes of one call
constexpr int kStackFloats = 64;   // float[] elements
constexpr int kStackChars = 256;   // string attribute bytes
constexpr int kMaxOutputs = 64;  // the engine allows up to 64 (a variadic output such as split)

// Largest double below 2^63: integers in [-2^63, kMaxInt64Double] convert to int64 exactly.
constexpr double kMaxInt64Double = 9223372036854774784.0;

void FinalizeOp(napi_env /*env*/, void* data, void* /*hint*/) {
  auto* box = static_cast<OpBox*>(data);
  box->magic = 0;
  delete box;
}

OpBox* OpBoxOf(napi_env env, napi_value v) {
  napi_valuetype type = napi_undefined;
  if (napi_typeof(env, v, &type) != napi_ok || type != napi_external) return nullptr;
  void* data = nullptr;
  if (napi_get_value_external(env, v, &data) != napi_ok || data == nullptr) return nullptr;
  auto* box = static_cast<OpBox*>(data);
  return box->magic == kOpMagic ? box : nullptr;
}

std::string InputName(const OpBox& op, uint32_t k) {
  const uint32_t n = static_cast<uint32_t>(op.input_names.size());
  if (op.variadic_last && n > 0 && k >= n - 1) return op.input_names[n - 1] + "[" + std::to_string(k - (n - 1)) + "]";
  if (k < n) return op.input_names[k];
  return "inputs[" + std::to_string(k) + "]";
}

const char* AttrTypeName(int32_t type) {
  switch (type) {
    case TSR_ATTR_BOOL: return "bool";
    case TSR_ATTR_INT: return "int";
    case TSR_ATTR_FLOAT: return "float";
    case TSR_ATTR_STRING: return "string";
    case TSR_ATTR_ENUM: return "enum";
    case TSR_ATTR_INTS: return "int[]";
    case TSR_ATTR_FLOATS: return "float[]";
    case TSR_ATTR_DTYPE: return "dtype";
    default: return "unknown";
  }
}

const char* AttrExpectation(int32_t type) {
  switch (type) {
    case TSR_ATTR_BOOL: return "a boolean";
    case TSR_ATTR_INT: return "an integer";
    case TSR_ATTR_FLOAT: return "a number";
    case TSR_ATTR_STRING: return "a string";
    case TSR_ATTR_ENUM: return "an enum value index (integer)";
    case TSR_ATTR_INTS: return "an array of integers";
    case TSR_ATTR_FLOATS: return "an array of numbers";
    case TSR_ATTR_DTYPE: return "a dtype";
    default: return "a value";
  }
}

std::string Describe(napi_env env, napi_value v) {
  napi_valuetype t = napi_undefined;
  napi_typeof(env, v, &t);
  if (t == napi_number) {
    double d = 0;
    napi_get_value_double(env, v, &d);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return std::string("number ") + buf;
  }
  if (t == napi_string) {
    char buf[64];
    size_t len = 0;
    napi_get_value_string_utf8(env, v, buf, sizeof buf, &len);
    return std::string("string \"") + buf + (len + 1 >= sizeof buf ? "…\"" : "\"");
  }
  return JsTypeName(env, v);
}

[[noreturn]] void BadAttr(napi_env env, const OpBox& op, uint32_t slot, napi_value v, const char* detail = nullptr) {
  std::string msg = "attribute \"" + op.attr_names[slot] + "\" (" + AttrTypeName(op.attr_types[slot]) + ") expects " +
                    AttrExpectation(op.attr_types[slot]);
  if (detail != nullptr) msg += std::string(" ") + detail;
  msg += ", got " + Describe(env, v);
  ThrowTessera(Napi::Env(env), TSR_ERR_INVALID_ATTRIBUTE, msg, op.name, op.attr_names[slot]);
}

// Integral double (or bigint) -> int64; false when not an integer in range.
inline bool ToInt64(napi_env env, napi_value v, napi_valuetype t, int64_t* out) {
  if (t == napi_number) {
    double d = 0;
    napi_get_value_double(env, v, &d);
    if (!(d >= -9223372036854775808.0 && d <= kMaxInt64Double) || d != std::trunc(d)) return false;
    *out = static_cast<int64_t>(d);
    return true;
  }
  if (t == napi_bigint) {
    bool lossless = false;
    if (napi_get_value_bigint_int64(env, v, out, &lossless) != napi_ok) return false;
    return lossless;
  }
  return false;
}

bool DTypeFromName(napi_env env, napi_value v, int64_t* code) {
  static const char* const kNames[] = {"float32", "float64", "int32", "int64", "uint8", "bool"};
  char buf[16];
  size_t len = 0;
  if (napi_get_value_string_utf8(env, v, buf, sizeof buf, &len) != napi_ok) return false;
  for (int k = 0; k < 6; ++k) {
    if (std::strcmp(buf, kNames[k]) == 0 && len == std::strlen(kNames[k])) {
      *code = k;
      return true;
    }
  }
  return false;
}

// Scratch space for one call's attribute values: stack first, heap for long lists.
struct AttrScratch {
  int64_t ints[kStackInts];
  double floats[kStackFloats];
  char chars[kStackChars];
  int n_ints = 0, n_floats = 0, n_chars = 0;
  std::vector<std::unique_ptr<int64_t[]>> spill_ints;
  std::vector<std::unique_ptr<double[]>> spill_floats;
  std::vector<std::unique_ptr<char[]>> spill_chars;

  int64_t* AllocInts(size_t n) {
    if (n <= static_cast<size_t>(kStackInts - n_ints)) {
      int64_t* p = ints + n_ints;
      n_ints += static_cast<int>(n);
      return p;
    }
    spill_ints.emplace_back(new int64_t[n]);
    return spill_ints.back().get();
  }
  double* AllocFloats(size_t n) {
    if (n <= static_cast<size_t>(kStackFloats - n_floats)) {
      double* p = floats + n_floats;
      n_floats += static_cast<int>(n);
      return p;
    }
    spill_floats.emplace_back(new double[n]);
    return spill_floats.back().get();
  }
  char* AllocChars(size_t n) {
    if (n <= static_cast<size_t>(kStackChars - n_chars)) {
      char* p = chars + n_chars;
      n_chars += static_cast<int>(n);
      return p;
    }
    spill_chars.emplace_back(new char[n]);
    return spill_chars.back().get();
  }
};

// Fills `rec` from the JS value `v` for attribute `slot`; throws INVALID_ATTRIBUTE on a wrong type.
void ConvertAttr(napi_env env, const OpBox& op, uint32_t slot, napi_value v, napi_valuetype t, AttrScratch& scratch,
                 tsr_attr& rec) {
  const int32_t type = op.attr_types[slot];
  rec.slot = static_cast<int32_t>(slot);
  rec.type = type;
  rec.i = 0;
  rec.f = 0;
  rec.s = nullptr;
  rec.ints = nullptr;
  rec.floats = nullptr;
  rec.count = 0;
  switch (type) {
    case TSR_ATTR_BOOL: {
      if (t != napi_boolean) BadAttr(env, op, slot, v);
      bool b = false;
      napi_get_value_bool(env, v, &b);
      rec.i = b ? 1 : 0;
      return;
    }
    case TSR_ATTR_INT: {
      if (!ToInt64(env, v, t, &rec.i)) BadAttr(env, op, slot, v);
      return;
    }
    case TSR_ATTR_ENUM: {
      if (!ToInt64(env, v, t, &rec.i) || rec.i < 0) BadAttr(env, op, slot, v);
      return;
    }
    case TSR_ATTR_DTYPE: {
      if (t == napi_string) {
        if (!DTypeFromName(env, v, &rec.i))
          BadAttr(env, op, slot, v, "(one of float32, float64, int32, int64, uint8, bool)");
        return;
      }
      if (!ToInt64(env, v, t, &rec.i) || rec.i < 0) BadAttr(env, op, slot, v);
      return;
    }
    case TSR_ATTR_FLOAT: {
      if (t != napi_number) BadAttr(env, op, slot, v);
      napi_get_value_double(env, v, &rec.f);
      return;
    }
    case TSR_ATTR_STRING: {
      if (t != napi_string) BadAttr(env, op, slot, v);
      size_t len = 0;
      napi_get_value_string_utf8(env, v, nullptr, 0, &len);
      char* buf = scratch.AllocChars(len + 1);
      napi_get_value_string_utf8(env, v, buf, len + 1, &len);
      rec.s = buf;
      return;
    }
    case TSR_ATTR_INTS:
    case TSR_ATTR_FLOATS: {
      bool is_array = false;
      if (t != napi_object || napi_is_array(env, v, &is_array) != napi_ok || !is_array) BadAttr(env, op, slot, v);
      uint32_t n = 0;
      napi_get_array_length(env, v, &n);
      rec.count = n;
      if (type == TSR_ATTR_INTS) {
        int64_t* dst = scratch.AllocInts(n == 0 ? 1 : n);
        for (uint32_t k = 0; k < n; ++k) {
          napi_value e = nullptr;
          napi_valuetype et = napi_undefined;
          napi_get_element(env, v, k, &e);
          napi_typeof(env, e, &et);
          if (!ToInt64(env, e, et, &dst[k])) {
            std::string detail = "(element " + std::to_string(k) + " is " + Describe(env, e) + ")";
            BadAttr(env, op, slot, v, detail.c_str());
          }
        }
        rec.ints = dst;
      } else {
        double* dst = scratch.AllocFloats(n == 0 ? 1 : n);
        for (uint32_t k = 0; k < n; ++k) {
          napi_value e = nullptr;
          napi_valuetype et = napi_undefined;
          napi_get_element(env, v, k, &e);
          napi_typeof(env, e, &et);
          if (et != napi_number) {
            std::string detail = "(element " + std::to_string(k) + " is " + Describe(env, e) + ")";
            BadAttr(env, op, slot, v, detail.c_str());
          }
          napi_get_value_double(env, e, &dst[k]);
        }
        rec.floats = dst;
      }
      return;
    }
    default:
      ThrowTessera(Napi::Env(env), TSR_ERR_INTERNAL,
                   "attribute \"" + op.attr_names[slot] + "\" has an unknown type code " + std::to_string(type),
                   op.name, op.attr_names[slot]);
  }
}

// Reads an array of strings (TypeError otherwise).
std::vector<std::string> StringList(Napi::Env env, const Napi::Value& v, const char* what) {
  std::vector<std::string> out;
  if (v.IsUndefined() || v.IsNull()) return out;
  if (!v.IsArray()) ThrowType(env, std::string("opLookup: ") + what + " must be an array of strings");
  Napi::Array arr = v.As<Napi::Array>();
  for (uint32_t k = 0; k < arr.Length(); ++k) {
    Napi::Value e = arr.Get(k);
    if (!e.IsString()) ThrowType(env, std::string("opLookup: ") + what + " must be an array of strings");
    out.push_back(e.As<Napi::String>().Utf8Value());
  }
  return out;
}

}  // namespace

// opLookup(name, attrNames?, inputNames?, variadicLast?) -> OpHandle.
// Resolves the operator and each attribute's slot and type once (tsr_op_attr_index). attrNames
// must list every attribute in schema order (from the registry JSON); inputNames are only used to
// name inputs in error messages.
Napi::Value OpLookup(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) ThrowType(env, "opLookup(name): name must be a string");
  std::string name = info[0].As<Napi::String>().Utf8Value();
  const tsr_op* op = nullptr;
  tsr_status st = tsr_op_lookup(name.c_str(), &op);
  if (st != TSR_OK) ThrowLast(env, st);
  std::unique_ptr<OpBox> box(new OpBox());
  box->op = op;
  const char* canonical = tsr_op_name(op);
  box->name = canonical ? canonical : name;
  st = tsr_op_arity(op, &box->n_attrs, &box->n_inputs, &box->n_outputs);
  if (st != TSR_OK) ThrowLast(env, st);
  box->attr_names = StringList(env, info[1], "attrNames");
  box->input_names = StringList(env, info[2], "inputNames");
  box->variadic_last = info.Length() > 3 && info[3].ToBoolean().Value();
  if (static_cast<int32_t>(box->attr_names.size()) != box->n_attrs)
    ThrowRange(env, "opLookup: operator \"" + box->name + "\" has " + std::to_string(box->n_attrs) +
                        " attributes but " + std::to_string(box->attr_names.size()) +
                        " names were given (pass every attribute name in schema order)");
  box->attr_types.assign(static_cast<size_t>(box->n_attrs), -1);
  for (int32_t k = 0; k < box->n_attrs; ++k) {
    int32_t slot = -1, type = -1;
    st = tsr_op_attr_index(op, box->attr_names[static_cast<size_t>(k)].c_str(), &slot, &type);
    if (st != TSR_OK) ThrowLast(env, st);
    if (slot != k)
      ThrowTessera(env, TSR_ERR_INTERNAL,
                   "attribute \"" + box->attr_names[static_cast<size_t>(k)] + "\" is in slot " + std::to_string(slot) +
                       " of the library but in position " + std::to_string(k) +
                       " of the registry JSON (stale binding?)",
                   box->name, box->attr_names[static_cast<size_t>(k)]);
    box->attr_types[static_cast<size_t>(k)] = type;
  }
  napi_value result = nullptr;
  if (napi_create_external(env, box.get(), FinalizeOp, nullptr, &result) != napi_ok)
    throw Napi::Error::New(env, "Tessera: could not create an operator handle");
  box.release();
  return Napi::Value(env, result);
}

Napi::Value OpName(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  OpBox* op = info.Length() > 0 ? OpBoxOf(env, info[0]) : nullptr;
  if (op == nullptr) ThrowType(env, "opName: expected an operator handle");
  return Napi::String::New(env, op->name);
}

// invoke(op, inputs: (TensorHandle | undefined)[], attrs?: unknown[]) -> TensorHandle | TensorHandle[]
Napi::Value Invoke(const Napi::CallbackInfo& info) {
  napi_env env = info.Env();
  OpBox* op = OpBoxOf(env, info[0]);
  if (op == nullptr) ThrowType(Napi::Env(env), "invoke: expected an operator handle");
  AddonData* data = DataOf(env);

  // ---- inputs
  napi_value inputs = info[1];
  uint32_t n_in = 0;
  if (napi_get_array_length(env, inputs, &n_in) != napi_ok)
    ThrowType(Napi::Env(env), "invoke: inputs must be an array of tensor handles");
  const tsr_tensor* stack_in[kStackInputs];
  std::unique_ptr<const tsr_tensor*[]> heap_in;
  const tsr_tensor** ins = stack_in;
  if (n_in > static_cast<uint32_t>(kStackInputs)) {
    heap_in.reset(new const tsr_tensor*[n_in]);
    ins = heap_in.get();
  }
  for (uint32_t k = 0; k < n_in; ++k) {
    napi_value v = nullptr;
    napi_get_element(env, inputs, k, &v);
    tsr_tensor* t = nullptr;
    HandleState state = ResolveTensor(env, data, v, &t);
    if (state == HandleState::kLive) {
      ins[k] = t;
      continue;
    }
    if (state == HandleState::kDisposed)
      ThrowTessera(Napi::Env(env), TSR_ERR_INVALID_HANDLE, "tensor was disposed", op->name, InputName(*op, k));
    napi_valuetype vt = napi_undefined;
    napi_typeof(env, v, &vt);
    if (vt == napi_undefined || vt == napi_null) {
      ins[k] = nullptr;  // an absent optional input
      continue;
    }
    ThrowTessera(Napi::Env(env), TSR_ERR_INVALID_ARGUMENT, std::string("expected a Tensor, got ") + JsTypeName(env, v),
                 op->name, InputName(*op, k));
  }

  // ---- attributes, in slot order; undefined/null = not passed (registry default)
  tsr_attr stack_recs[kStackAttrs];
  std::unique_ptr<tsr_attr[]> heap_recs;
  tsr_attr* recs = stack_recs;
  int32_t n_recs = 0;
  AttrScratch scratch;
  napi_value attrs = info[2];
  napi_valuetype at = napi_undefined;
  napi_typeof(env, attrs, &at);
  if (at != napi_undefined && at != napi_null) {
    uint32_t n_attrs = 0;
    if (napi_get_array_length(env, attrs, &n_attrs) != napi_ok)
      ThrowType(Napi::Env(env), "invoke: attrs must be an array (in schema slot order) or undefined");
    if (n_attrs > static_cast<uint32_t>(op->n_attrs))
      ThrowTessera(Napi::Env(env), TSR_ERR_INVALID_ATTRIBUTE,
                   std::to_string(n_attrs) + " attribute values given but the operator has " +
                       std::to_string(op->n_attrs),
                   op->name, "");
    if (n_attrs > static_cast<uint32_t>(kStackAttrs)) {
      heap_recs.reset(new tsr_attr[n_attrs]);
      recs = heap_recs.get();
    }
    for (uint32_t slot = 0; slot < n_attrs; ++slot) {
      napi_value v = nullptr;
      napi_get_element(env, attrs, slot, &v);
      napi_valuetype t = napi_undefined;
      napi_typeof(env, v, &t);
      if (t == napi_undefined || t == napi_null) continue;
      ConvertAttr(env, *op, slot, v, t, scratch, recs[n_recs++]);
    }
  }

  // ---- run
  tsr_tensor* outs[kMaxOutputs] = {};
  int32_t n_out = 0;
  tsr_status st = tsr_op_invoke(op->op, ins, static_cast<int32_t>(n_in), n_recs ? recs : nullptr, n_recs, outs,
                                kMaxOutputs, &n_out);
  if (st != TSR_OK) ThrowLast(Napi::Env(env), st);
  if (n_out == 1) return Napi::Value(env, WrapTensor(env, data, outs[0]));

  return Napi::Value(env, WrapTensors(env, data, outs, n_out));
}

napi_value WrapTensors(napi_env env, AddonData* data, tsr_tensor* const* outs, int32_t n) {
  napi_value arr = nullptr;
  if (napi_create_array_with_length(env, static_cast<size_t>(n), &arr) != napi_ok) {
    for (int32_t k = 0; k < n; ++k) tsr_tensor_release(outs[k]);
    throw Napi::Error::New(env, "Tessera: could not create the outputs array");
  }
  for (int32_t k = 0; k < n; ++k) {
    napi_value h = nullptr;
    try {
      h = WrapTensor(env, data, outs[k]);
    } catch (...) {
      for (int32_t j = k + 1; j < n; ++j) tsr_tensor_release(outs[j]);
      throw;
    }
    napi_set_element(env, arr, static_cast<uint32_t>(k), h);
  }
  return arr;
}

}  // namespace tsr_node

namespace tsr_node {

// graphAddNode(graph, op, inputs: (value id | null)[], attrs, nOutputs) -> value ids. Lives here
// to share invoke()'s attribute conversion (same values, same errors).
Napi::Value GraphAddNode(const Napi::CallbackInfo& info) {
  napi_env env = info.Env();
  tsr_graph* g = LiveGraphArg(info.Env(), info[0], "graphAddNode");
  OpBox* op = OpBoxOf(env, info[1]);
  if (op == nullptr) ThrowType(Napi::Env(env), "graphAddNode: expected an operator handle");
  if (!info[2].IsArray()) ThrowType(Napi::Env(env), "graphAddNode: inputs must be an array of value ids");
  Napi::Array in_arr = info[2].As<Napi::Array>();
  std::vector<int32_t> ins;
  for (uint32_t k = 0; k < in_arr.Length(); ++k) {
    Napi::Value v = in_arr.Get(k);
    if (v.IsNull() || v.IsUndefined()) {
      ins.push_back(-1);  // an absent optional input
      continue;
    }
    if (!v.IsNumber()) ThrowType(Napi::Env(env), "graphAddNode: inputs must be value ids (numbers) or null");
    ins.push_back(v.As<Napi::Number>().Int32Value());
  }
  std::vector<tsr_attr> recs(static_cast<size_t>(op->n_attrs > 0 ? op->n_attrs : 1));
  int32_t n_recs = 0;
  AttrScratch scratch;
  Napi::Value attrs = info[3];
  if (!attrs.IsUndefined() && !attrs.IsNull()) {
    if (!attrs.IsArray()) ThrowType(Napi::Env(env), "graphAddNode: attrs must be an array (in schema slot order) or undefined");
    Napi::Array arr = attrs.As<Napi::Array>();
    if (arr.Length() > static_cast<uint32_t>(op->n_attrs))
      ThrowTessera(Napi::Env(env), TSR_ERR_INVALID_ATTRIBUTE,
                   std::to_string(arr.Length()) + " attribute values given but the operator has " + std::to_string(op->n_attrs),
                   op->name, "");
    for (uint32_t slot = 0; slot < arr.Length(); ++slot) {
      napi_value v = arr.Get(slot);
      napi_valuetype t = napi_undefined;
      napi_typeof(env, v, &t);
      if (t == napi_undefined || t == napi_null) continue;
      ConvertAttr(env, *op, slot, v, t, scratch, recs[n_recs++]);
    }
  }
  int32_t n_outputs = -1;
  if (info.Length() >= 5 && info[4].IsNumber()) n_outputs = info[4].As<Napi::Number>().Int32Value();
  int32_t outs[kMaxOutputs] = {};
  int32_t n_out = 0;
  tsr_status st = tsr_graph_add_node(g, op->op, ins.data(), static_cast<int32_t>(ins.size()), n_recs ? recs.data() : nullptr,
                                     n_recs, n_outputs, outs, kMaxOutputs, &n_out);
  if (st != TSR_OK) ThrowLast(Napi::Env(env), st);
  Napi::Array result = Napi::Array::New(env, static_cast<size_t>(n_out));
  for (int32_t k = 0; k < n_out && k < kMaxOutputs; ++k) result.Set(static_cast<uint32_t>(k), Napi::Number::New(env, outs[k]));
  return result;
}

}  // namespace tsr_node
