// The operator registration DSL. One OpDef holds everything about an operator: docs, inputs,
// outputs, typed attributes, dtype rules, shape+dtype inference, the kernel, the gradient slot,
// the ONNX mapping and examples. Bindings, ONNX tables and docs are generated from it.
#pragma once
#include <cstdint>
#include <new>
#include <string>
#include <vector>

#include "tessera/core/dtype.h"
#include "tessera/core/error.h"
#include "tessera/core/tensor.h"

namespace tsr {

// Attribute types; codes mirror TSR_ATTR_* in c_api.h (append only).
enum class AttrType : int32_t { Bool = 0, Int = 1, Float = 2, String = 3, Enum = 4, Ints = 5, Floats = 6, DType = 7 };
const char* attr_type_name(AttrType t);  // "bool", "int", "float", "string", "enum", "int[]", "float[]", "dtype"

// What an attribute or input means, so column-major, 1-based bindings (R, Julia) can translate it.
enum class Meaning : int32_t { None = 0, Axis, Axes, Perm, Shape, Index, Layout };
const char* meaning_name(Meaning m);  // "", "axis", "axes", "perm", "shape", "index", "layout"

struct AttrDef {
  std::string name;
  AttrType type = AttrType::Int;
  std::string doc;
  Meaning meaning = Meaning::None;
  bool required = false;  // no default: every call must pass it
  // Default value (the member matching `type`).
  bool b = false;
  int64_t i = 0;
  double f = 0;
  std::string s;
  std::vector<int64_t> ints;
  std::vector<double> floats;
  // Inclusive range for int/float (and each element of int[]/float[]) when has_range.
  bool has_range = false;
  double min = 0, max = 0;
  std::vector<std::string> enum_values;  // for Enum; the default is enum_values[i]
};

struct TensorDef {
  std::string name;
  std::string doc;
  DTypeSet dtypes = kAllTypes;
  bool optional = false;
  bool variadic = false;  // last input / the last output only: one or more tensors
  Meaning meaning = Meaning::None;
};

// A resolved attribute value for one call: the caller's record or the default.
struct AttrValue {
  AttrType type = AttrType::Int;
  int64_t i = 0;  // bool, int, enum index, dtype code
  double f = 0;
  const char* s = "";
  const int64_t* ints = nullptr;
  const double* floats = nullptr;
  int64_t count = 0;
};

struct OpDef;

// Everything one invocation sees. Lives on the stack of the dispatcher; nothing here allocates.
struct OpCall {
  static constexpr int kMaxAttrs = 16;
  // Capacity for outputs. A variadic output (the last one) holds as many tensors as inference
  // decides (set_variadic_count), up to this many, all in this stack object. Only the first
  // kEagerOutputs output slots are constructed up front (a call pays for the outputs it uses,
  // not for the capacity); set_variadic_count / reserve_outputs construct more.
  static constexpr int kMaxOutputs = 64;
  static constexpr int kEagerOutputs = 4;
  const OpDef* op = nullptr;
  const Tensor* const* inputs = nullptr;
  int n_inputs = 0;
  // Where the dispatcher takes output k from (a graph executor's planned buffers); null means
  // fresh memory. Must return a contiguous tensor of exactly that dtype and shape.
  Tensor (*alloc)(void* ctx, int k, DType dtype, const Shape& shape) = nullptr;
  void* alloc_ctx = nullptr;
  AttrValue attrs[kMaxAttrs];
  // Filled by inference: the dtype and shape of each output. n_outputs starts as the schema's
  // output count; inference of an operator with a variadic output changes it.
  DType out_dtype[kMaxOutputs] = {};
  Shape* const out_shape;  // kMaxOutputs slots
  int n_outputs = 0;
  // Filled by the dispatcher (allocated from out_*) or, for view operators, by the kernel.
  Tensor* const outputs;  // kMaxOutputs slots

  OpCall() : out_shape(reinterpret_cast<Shape*>(shape_buf_)), outputs(reinterpret_cast<Tensor*>(tensor_buf_)) {
    for (int k = 0; k < kEagerOutputs; ++k) {
      new (shape_buf_ + k * sizeof(Shape)) Shape();
      new (tensor_buf_ + k * sizeof(Tensor)) Tensor();
    }
  }
  ~OpCall() {
    for (int k = 0; k < live_; ++k) {
      outputs[k].~Tensor();
      out_shape[k].~Shape();
    }
  }
  OpCall(const OpCall&) = delete;
  OpCall& operator=(const OpCall&) = delete;

  // Constructs the output slots [0, n) (n <= kMaxOutputs).
  void reserve_outputs(int n) {
    for (; live_ < n; ++live_) {
      new (shape_buf_ + live_ * sizeof(Shape)) Shape();
      new (tensor_buf_ + live_ * sizeof(Tensor)) Tensor();
    }
  }

  const Tensor& in(int k) const { return *inputs[k]; }
  bool b(int slot) const { return attrs[slot].i != 0; }
  int64_t i(int slot) const { return attrs[slot].i; }
  double f(int slot) const { return attrs[slot].f; }
  DType dtype(int slot) const { return static_cast<DType>(attrs[slot].i); }
  // Throws InvalidAttribute naming this operator's attribute `slot`.
  [[noreturn]] void bad_attr(int slot, const std::string& msg) const;
  [[noreturn]] void bad_input(int k, Status s, const std::string& msg) const;
  // For an operator whose last output is variadic: that output holds `count` tensors (at
  // least 1), so n_outputs becomes (fixed outputs) + count. Throws InvalidArgument naming the
  // output when the total would exceed kMaxOutputs. Call before filling out_dtype/out_shape.
  void set_variadic_count(int64_t count);

 private:
  int live_ = kEagerOutputs;
  alignas(Shape) unsigned char shape_buf_[kMaxOutputs * sizeof(Shape)];
  alignas(Tensor) unsigned char tensor_buf_[kMaxOutputs * sizeof(Tensor)];
};

using InferFn = void (*)(OpCall& call);
using KernelFn = void (*)(OpCall& call);

// What a gradient function sees: the forward call's inputs, outputs and attributes (saved
// when the call was recorded) and the gradients of the outputs. It fills grad_in[k] for each
// input k with needs[k] set, with a tensor of that input's shape and dtype.
struct GradCtx {
  const OpDef* op = nullptr;
  const Tensor* inputs = nullptr;
  int n_inputs = 0;
  const Tensor* outputs = nullptr;
  int n_outputs = 0;  // the forward call's output count (varies with a variadic output)
  const AttrValue* attrs = nullptr;
  const Tensor* grad_out = nullptr;  // one per output (zeros where none arrived)
  Tensor* grad_in = nullptr;
  const bool* needs = nullptr;

  const Tensor& in(int k) const { return inputs[k]; }
  const Tensor& out(int k = 0) const { return outputs[k]; }
  const Tensor& dy(int k = 0) const { return grad_out[k]; }
  int64_t i(int slot) const { return attrs[slot].i; }
  bool b(int slot) const { return attrs[slot].i != 0; }
  const AttrValue& attr(int slot) const { return attrs[slot]; }
};
using GradFn = void (*)(GradCtx& g);

struct GradientSlot {
  // "defined": `fn` computes it (the formula documents it); "planned": only the formula so far;
  // "none": not differentiable, with the reason.
  std::string status = "planned";
  GradFn fn = nullptr;
  std::string formula;  // e.g. "da = unbroadcast(dy, a)"
  std::string reason;
};

struct OnnxMapping {
  std::string status = "unsupported";  // "exact" | "decomposed" | "unsupported"
  std::string op_type;                 // ONNX op type (default domain)
  int since_opset = 0;                 // first opset whose semantics match
  std::vector<std::pair<std::string, std::string>> attr_renames;  // tessera name -> ONNX name
  std::string note;  // transforms ("axes become an input from opset 13"), decomposition, or why unsupported
};

struct ExampleTensor {
  std::string dtype;  // "float32" ...
  std::vector<int64_t> shape;
  std::vector<double> data;  // row-major values; bool as 0/1
};

struct Example {
  std::string title;
  std::vector<ExampleTensor> inputs;
  std::vector<std::pair<std::string, std::string>> attrs;  // name -> JSON literal
  std::vector<ExampleTensor> outputs;
  // Where the expected outputs come from (hand-derived, numpy, ONNX test data); never the engine.
  std::string source;
};

struct OpDef {
  std::string name, family, summary, doc;
  std::vector<TensorDef> inputs, outputs;
  std::vector<AttrDef> attrs;
  InferFn infer = nullptr;
  KernelFn kernel = nullptr;
  bool views = false;  // the kernel sets outputs itself (views over the input, or creation)
  bool data_dependent_shape = false;  // inference reads input values (graphs plan it at run time)
  GradientSlot gradient;
  OnnxMapping onnx;
  std::vector<Example> examples;
  std::string defined_in;  // source file, for error messages and docs

  int attr_slot(const std::string& attr_name) const;  // -1 when absent
};

// Fluent builder used in op-registry/ops/*.cc.
class OpBuilder {
 public:
  OpBuilder(std::string name, std::string family, const char* file);
  OpBuilder& summary(std::string s) { def_.summary = std::move(s); return *this; }
  OpBuilder& doc(std::string s) { def_.doc = std::move(s); return *this; }
  OpBuilder& input(std::string name, std::string doc, DTypeSet dtypes, Meaning m = Meaning::None);
  OpBuilder& optional_input(std::string name, std::string doc, DTypeSet dtypes);
  OpBuilder& variadic_input(std::string name, std::string doc, DTypeSet dtypes);
  OpBuilder& output(std::string name, std::string doc, DTypeSet dtypes, Meaning m = Meaning::None);
  // The last output may be variadic: inference sets how many tensors it holds for each call.
  OpBuilder& variadic_output(std::string name, std::string doc, DTypeSet dtypes);
  OpBuilder& attr_bool(std::string name, bool def, std::string doc);
  OpBuilder& attr_int(std::string name, int64_t def, std::string doc, Meaning m = Meaning::None);
  OpBuilder& attr_int_range(std::string name, int64_t def, int64_t lo, int64_t hi, std::string doc, Meaning m = Meaning::None);
  OpBuilder& attr_float(std::string name, double def, std::string doc);
  OpBuilder& attr_float_range(std::string name, double def, double lo, double hi, std::string doc);
  OpBuilder& attr_string(std::string name, std::string def, std::string doc);
  OpBuilder& attr_enum(std::string name, std::vector<std::string> values, std::string def, std::string doc);
  OpBuilder& attr_ints(std::string name, std::vector<int64_t> def, std::string doc, Meaning m = Meaning::None);
  OpBuilder& attr_floats(std::string name, std::vector<double> def, std::string doc);
  OpBuilder& attr_dtype(std::string name, DType def, std::string doc);
  OpBuilder& required() { def_.attrs.back().required = true; return *this; }  // last attribute has no default
  OpBuilder& infer(InferFn f) { def_.infer = f; return *this; }
  OpBuilder& kernel(KernelFn f) { def_.kernel = f; return *this; }
  OpBuilder& view_kernel(KernelFn f) { def_.kernel = f; def_.views = true; return *this; }
  OpBuilder& data_dependent_shape() { def_.data_dependent_shape = true; return *this; }
  OpBuilder& gradient(std::string formula);
  OpBuilder& gradient(std::string formula, GradFn fn);
  OpBuilder& no_gradient(std::string reason);
  OpBuilder& onnx(std::string op_type, int since, std::string note = {});
  OpBuilder& onnx_rename(std::string ours, std::string theirs);
  OpBuilder& onnx_decomposed(std::string note);
  OpBuilder& onnx_unsupported(std::string reason);
  OpBuilder& example(Example e) { def_.examples.push_back(std::move(e)); return *this; }
  OpDef build() { return std::move(def_); }

 private:
  OpDef def_;
};

// Example helpers: T("float32", {2}, {1, 2}).
inline ExampleTensor T(std::string dtype, std::vector<int64_t> shape, std::vector<double> data) {
  return ExampleTensor{std::move(dtype), std::move(shape), std::move(data)};
}

}  // namespace tsr
