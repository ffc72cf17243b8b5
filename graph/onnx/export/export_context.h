// What an exporter sees: one registry node of the graph being written, its attribute values
// (defaults included), the ONNX names of its inputs and outputs, and helpers to add ONNX nodes
// and initializers. Exporters are per registry operator; the generic one (export.cc) writes an
// "exact" mapping as one node with the attributes renamed.
#pragma once
#include <string>
#include <vector>

#include "../convert/context.h"

namespace tsr::onnx_io {

class ExportCtx {
 public:
  ExportCtx(::onnx::GraphProto& g, const graph::Graph& src, const graph::Node& node, std::vector<std::string> in,
            std::vector<std::string> out, int& counter)
      : g_(g), src_(src), node_(node), in_(std::move(in)), out_(std::move(out)), counter_(counter) {}

  const OpDef& op() const { return *node_.op; }
  const graph::Node& node() const { return node_; }
  int num_inputs() const { return static_cast<int>(in_.size()); }
  bool has_input(int k) const { return k < num_inputs() && !in_[k].empty(); }
  const std::string& input(int k) const { return in_.at(static_cast<size_t>(k)); }  // "" when absent
  const std::string& output(int k) const { return out_.at(static_cast<size_t>(k)); }
  int num_outputs() const { return static_cast<int>(out_.size()); }
  const graph::Value& input_value(int k) const { return src_.value(node_.inputs.at(static_cast<size_t>(k))); }
  const graph::Value& output_value(int k) const { return src_.value(node_.outputs.at(static_cast<size_t>(k))); }

  // The node's value of registry attribute `name` (its default when the node does not set it).
  const AttrDef& attr_def(const std::string& name) const;
  int64_t i(const std::string& name) const;
  double f(const std::string& name) const;
  std::string s(const std::string& name) const;  // string or enum value
  std::vector<int64_t> ints(const std::string& name) const;
  std::vector<double> floats(const std::string& name) const;

  // Adds an ONNX node; returns it so the caller can add attributes with the set_* helpers.
  ::onnx::NodeProto* add(const std::string& op_type, const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);
  // Adds an initializer with a fresh name; returns the name.
  std::string initializer(const Tensor& t);
  std::string initializer_i64(const std::vector<int64_t>& v);  // 1-D int64
  std::string fresh(const std::string& hint);                   // a new value name
  [[noreturn]] void unsupported(const std::string& why) const;

  static void set_i(::onnx::NodeProto* n, const std::string& name, int64_t v);
  static void set_f(::onnx::NodeProto* n, const std::string& name, double v);
  static void set_s(::onnx::NodeProto* n, const std::string& name, const std::string& v);
  static void set_ints(::onnx::NodeProto* n, const std::string& name, const std::vector<int64_t>& v);
  static void set_floats(::onnx::NodeProto* n, const std::string& name, const std::vector<double>& v);
  static void set_tensor(::onnx::NodeProto* n, const std::string& name, const Tensor& t);

 private:
  const graph::NodeAttr* find(const std::string& name) const;
  ::onnx::GraphProto& g_;
  const graph::Graph& src_;
  const graph::Node& node_;
  std::vector<std::string> in_, out_;
  int& counter_;
};

using ExportFn = void (*)(ExportCtx& c);

struct Exporter {
  std::string op;  // registry operator name
  ExportFn fn = nullptr;
};

// Family files (graph/onnx/export/<family>.cc) add exporters for operators whose mapping needs
// more than renames (attributes that ONNX takes as inputs, different defaults, decompositions).
void register_exporters(std::vector<Exporter>& out);

}  // namespace tsr::onnx_io
