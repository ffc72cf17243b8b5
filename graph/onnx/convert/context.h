// What an ONNX node converter sees: the node (attributes, opset), its inputs as values of the
// registry graph being built (with shapes, dtypes and — for values computed from constants and
// shapes only — their data), and `emit` to call registry operators. Converters are pure
// translations; emit runs each call at once on the current feeds (so every shape and value is
// known), folds calls on constants into constants, and records the rest as graph nodes.
#pragma once
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "onnx/onnx_pb.h"
#include "tessera/graph/graph.h"

namespace tsr::onnx_io {

// One attribute for emit: the registry attribute's name and a value; the schema type decides
// the conversion (strings match enum values, integers serve bool/int/dtype attributes).
struct Arg {
  std::string name;
  std::variant<int64_t, double, std::string, std::vector<int64_t>, std::vector<double>> value;
  Arg(std::string n, int64_t v) : name(std::move(n)), value(v) {}
  Arg(std::string n, int v) : name(std::move(n)), value(static_cast<int64_t>(v)) {}
  Arg(std::string n, bool v) : name(std::move(n)), value(static_cast<int64_t>(v)) {}
  Arg(std::string n, double v) : name(std::move(n)), value(v) {}
  Arg(std::string n, float v) : name(std::move(n)), value(static_cast<double>(v)) {}
  Arg(std::string n, const char* v) : name(std::move(n)), value(std::string(v)) {}
  Arg(std::string n, std::string v) : name(std::move(n)), value(std::move(v)) {}
  Arg(std::string n, std::vector<int64_t> v) : name(std::move(n)), value(std::move(v)) {}
  Arg(std::string n, std::vector<double> v) : name(std::move(n)), value(std::move(v)) {}
  Arg(std::string n, DType v) : name(std::move(n)), value(static_cast<int64_t>(v)) {}
};

class Ctx {
 public:
  virtual ~Ctx() = default;
  const ::onnx::NodeProto& node;
  const int opset;  // of the default domain, as the model imports it

  // ---- inputs (k = ONNX input position) ----
  int num_inputs() const { return node.input_size(); }
  bool has_input(int k) const { return k < node.input_size() && !node.input(k).empty(); }
  virtual int input(int k) = 0;                 // value id; throws naming the input when absent
  virtual DType dtype(int value) const = 0;
  virtual Shape shape(int value) const = 0;
  virtual const Tensor* constant(int value) const = 0;  // null unless the value is a constant
  // The value's data (constant or computed from this run's feeds). Reading non-constant data
  // makes the conversion depend on the feeds, so it is redone for every run.
  virtual Tensor data(int value) = 0;
  // Convenience: the data of input k as int64 / double values.
  std::vector<int64_t> ints_of(int value);
  std::vector<double> floats_of(int value);

  // ---- attributes of the ONNX node ----
  const ::onnx::AttributeProto* attr(const std::string& name) const;
  bool has_attr(const std::string& name) const { return attr(name) != nullptr; }
  int64_t attr_i(const std::string& name, int64_t def) const;
  double attr_f(const std::string& name, double def) const;
  std::string attr_s(const std::string& name, const std::string& def) const;
  std::vector<int64_t> attr_ints(const std::string& name, std::vector<int64_t> def = {}) const;
  std::vector<double> attr_floats(const std::string& name, std::vector<double> def = {}) const;
  Tensor attr_tensor(const std::string& name) const;  // throws when absent

  // ---- building ----
  // Calls registry operator `op` on values (-1 = absent optional input); returns output ids.
  virtual std::vector<int> emit(const std::string& op, const std::vector<int>& inputs, const std::vector<Arg>& args = {},
                                int n_outputs = -1) = 0;
  int emit1(const std::string& op, const std::vector<int>& inputs, const std::vector<Arg>& args = {}) {
    return emit(op, inputs, args)[0];
  }
  virtual int add_constant(const Tensor& t) = 0;
  // Binds ONNX output k of this node to a value.
  virtual void set_output(int k, int value) = 0;
  int num_outputs() const { return node.output_size(); }
  bool has_output(int k) const { return k < node.output_size() && !node.output(k).empty(); }

  // Throws Unsupported naming the node, op type and opset.
  [[noreturn]] void unsupported(const std::string& why) const;
  // Throws InvalidArgument naming the node (a malformed model rather than a missing feature).
  [[noreturn]] void invalid(const std::string& why) const;

 protected:
  Ctx(const ::onnx::NodeProto& n, int op) : node(n), opset(op) {}
};

using ConvertFn = void (*)(Ctx& c);

// One converter for an ONNX op type over an opset range (inclusive; max 0 = no upper bound).
struct Converter {
  std::string op_type;
  int min_opset = 1, max_opset = 0;
  ConvertFn fn = nullptr;
  std::string note;  // what the converter does not cover, for the unsupported error
};

// All converters, by family file (graph/onnx/convert/<family>.cc), plus the generic ones built
// from the registry's "exact" ONNX mappings for op types no family file handles.
const Converter* find_converter(const std::string& op_type, int opset);
// Why an op type is not supported (from the converters' notes and the registry mappings).
std::string unsupported_reason(const std::string& op_type, int opset);

void add_converters(std::vector<Converter>& out, const char* op_type, int min_opset, ConvertFn fn, const char* note = "");

// Family registration functions.
void register_elementwise_converters(std::vector<Converter>& out);
void register_nn_converters(std::vector<Converter>& out);
void register_shape_converters(std::vector<Converter>& out);
void register_reduce_converters(std::vector<Converter>& out);
void register_misc_converters(std::vector<Converter>& out);

// ONNX TensorProto <-> Tensor (tensor_proto.cc). base_dir for external data ("" refuses it).
Tensor tensor_from_proto(const ::onnx::TensorProto& p, const std::string& base_dir);
void tensor_to_proto(const Tensor& t, ::onnx::TensorProto* p);
// ONNX element type <-> DType; throws Unsupported for types the engine lacks.
DType dtype_from_onnx(int32_t elem_type, const std::string& what);
int32_t dtype_to_onnx(DType t);

}  // namespace tsr::onnx_io
