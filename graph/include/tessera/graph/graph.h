// The graph IR: values (graph inputs, constants, node outputs) and nodes that each call one
// registry operator with fixed attributes. Built explicitly (tsr_graph_* in the C API), traced
// from imperative calls (trace.h) or converted from ONNX (onnx/). Nodes only refer to values
// that already exist, so a Graph is acyclic and in topological order by construction.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "tessera/core/tensor.h"
#include "tessera/registry/op_def.h"
#include "tessera/registry/registry.h"

namespace tsr::graph {

// Owning copy of one attribute record (the registry's AttrRecordView points into it).
struct NodeAttr {
  int32_t slot = 0;
  AttrType type = AttrType::Int;
  int64_t i = 0;
  double f = 0;
  std::string s;
  std::vector<int64_t> ints;
  std::vector<double> floats;
  AttrRecordView view() const;
};

// The records the registry reads, pointing into `attrs` (which must outlive them).
std::vector<AttrRecordView> attr_views(const std::vector<NodeAttr>& attrs);

// Whether a call gives the same result every time for the same inputs (training-mode dropout
// does not); only such calls fold into constants.
bool deterministic(const OpDef& op, const std::vector<NodeAttr>& attrs);

// Resolved attributes of a finished call (defaults included), as records a Node can keep.
std::vector<NodeAttr> attrs_of_call(const OpDef& op, const OpCall& call);

struct Value {
  std::string name;
  DType dtype = DType::Float32;
  std::vector<int64_t> dims;  // -1 where unknown until run time
  bool shape_known = false;   // rank and every dim known
  Tensor constant;            // defined for constants
  int producer = -1;          // node index, -1 for graph inputs and constants
  int producer_output = 0;
  bool is_input() const { return producer < 0 && !constant.defined(); }
};

struct Node {
  const OpDef* op = nullptr;
  std::string name;
  std::vector<int> inputs;  // value ids; -1 for an absent optional input
  std::vector<int> outputs;
  std::vector<NodeAttr> attrs;
};

class Graph {
 public:
  // A graph input; dims may hold -1 for sizes known only when the graph runs.
  int add_input(const std::string& name, DType dtype, const std::vector<int64_t>& dims);
  int add_constant(const std::string& name, const Tensor& value);
  // Appends a node; inputs must be existing value ids (or -1 for an absent optional input) and
  // attributes must match the schema. Outputs get dtype and shape by inference when every input
  // shape is known. n_outputs < 0 means the schema's count (a variadic output needs it given).
  std::vector<int> add_node(const OpDef& op, const std::vector<int>& inputs, std::vector<NodeAttr> attrs,
                            int n_outputs = -1, const std::string& name = {});
  void set_outputs(const std::vector<int>& values, const std::vector<std::string>& names = {});

  const std::vector<Value>& values() const { return values_; }
  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<int>& inputs() const { return inputs_; }
  const std::vector<int>& outputs() const { return outputs_; }
  const std::vector<std::string>& output_names() const { return output_names_; }
  const Value& value(int id) const { return values_.at(static_cast<size_t>(id)); }
  Value& mutable_value(int id) { return values_.at(static_cast<size_t>(id)); }
  int find_value(const std::string& name) const;  // -1 when absent

 private:
  void check_value(int id, const std::string& what) const;
  std::vector<Value> values_;
  std::vector<Node> nodes_;
  std::vector<int> inputs_, outputs_;
  std::vector<std::string> output_names_;
};

// Marks `t`'s storage frozen (see Storage::frozen) when it is memory the engine just made for a
// constant: engine-owned and not shared with any of `inputs` (the call that made it), so a view
// of a caller's tensor stays writable. Returns t.
const Tensor& freeze_if_fresh(const Tensor& t, const Tensor* const* inputs = nullptr, int n_inputs = 0);
// What a run hands to its caller: frozen memory is copied, so callers never write to it.
Tensor writable(const Tensor& t);

// Constant folding and dead-node removal: nodes whose inputs are all constants are evaluated
// once and become constants; nodes that no output depends on are dropped. Inputs, outputs and
// their names are kept.
Graph optimize(const Graph& g);

}  // namespace tsr::graph
