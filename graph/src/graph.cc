// Graph construction: every node is checked against its operator's schema when added, and its
// outputs get dtype and shape from the registry's inference whenever the input shapes are known.
#include "tessera/graph/graph.h"

#include <unordered_set>

namespace tsr::graph {

AttrRecordView NodeAttr::view() const {
  return AttrRecordView{slot, static_cast<int32_t>(type), i, f, s.c_str(), ints.data(), floats.data(),
                        type == AttrType::Ints ? static_cast<int64_t>(ints.size())
                                               : type == AttrType::Floats ? static_cast<int64_t>(floats.size()) : 0};
}

bool deterministic(const OpDef& op, const std::vector<NodeAttr>& attrs) {
  if (op.name != "dropout") return true;
  for (const auto& a : attrs)
    if (op.attrs[a.slot].name == "training") return a.i == 0;
  return true;
}

std::vector<AttrRecordView> attr_views(const std::vector<NodeAttr>& attrs) {
  std::vector<AttrRecordView> views;
  views.reserve(attrs.size());
  for (const auto& a : attrs) views.push_back(a.view());
  return views;
}

std::vector<NodeAttr> attrs_of_call(const OpDef& op, const OpCall& call) {
  std::vector<NodeAttr> out;
  for (size_t k = 0; k < op.attrs.size(); ++k) {
    const AttrValue& v = call.attrs[k];
    NodeAttr a;
    a.slot = static_cast<int32_t>(k);
    a.type = op.attrs[k].type;
    a.i = v.i;
    a.f = v.f;
    if (a.type == AttrType::String || a.type == AttrType::Enum) a.s = v.s ? v.s : "";
    if (a.type == AttrType::Enum) a.type = AttrType::Enum;
    if (a.type == AttrType::Ints && v.count > 0) a.ints.assign(v.ints, v.ints + v.count);
    if (a.type == AttrType::Floats && v.count > 0) a.floats.assign(v.floats, v.floats + v.count);
    out.push_back(std::move(a));
  }
  return out;
}

const Tensor& freeze_if_fresh(const Tensor& t, const Tensor* const* inputs, int n_inputs) {
  if (!t.defined() || t.storage()->external()) return t;
  for (int k = 0; k < n_inputs; ++k)
    if (inputs[k] && inputs[k]->storage() == t.storage()) return t;
  t.storage()->freeze();
  return t;
}

Tensor writable(const Tensor& t) {
  if (!t.defined() || !t.storage()->frozen()) return t;
  Tensor c = Tensor::empty(t.dtype(), t.shape());
  c.copy_from(t);
  return c;
}

static Shape to_shape(const std::vector<int64_t>& dims) {
  if (dims.size() > static_cast<size_t>(kMaxDims))
    fail(Status::Unsupported, "rank " + std::to_string(dims.size()) + " exceeds the engine's " + std::to_string(kMaxDims) + " dimensions");
  Shape s;
  s.ndim = static_cast<int>(dims.size());
  for (size_t i = 0; i < dims.size(); ++i) s.d[i] = dims[i];
  return s;
}

int Graph::add_input(const std::string& name, DType dtype, const std::vector<int64_t>& dims) {
  for (int64_t d : dims)
    if (d < -1) fail(Status::InvalidArgument, "graph input '" + name + "' has a negative dimension " + std::to_string(d), "shape");
  to_shape(dims);  // rank check
  Value v;
  v.name = name;
  v.dtype = dtype;
  v.dims = dims;
  v.shape_known = true;
  for (int64_t d : dims) v.shape_known = v.shape_known && d >= 0;
  values_.push_back(std::move(v));
  inputs_.push_back(static_cast<int>(values_.size() - 1));
  return inputs_.back();
}

int Graph::add_constant(const std::string& name, const Tensor& value) {
  if (!value.defined()) fail(Status::InvalidHandle, "constant '" + name + "' has no data");
  Value v;
  v.name = name;
  v.dtype = value.dtype();
  v.dims.assign(value.shape().d, value.shape().d + value.ndim());
  v.shape_known = true;
  v.constant = value.without_autograd();
  values_.push_back(std::move(v));
  return static_cast<int>(values_.size() - 1);
}

void Graph::check_value(int id, const std::string& what) const {
  if (id < 0 || id >= static_cast<int>(values_.size()))
    fail(Status::InvalidArgument, what + " refers to value " + std::to_string(id) + ", which does not exist (the graph has " +
                                      std::to_string(values_.size()) + ")");
}

std::vector<int> Graph::add_node(const OpDef& op, const std::vector<int>& inputs, std::vector<NodeAttr> attrs, int n_outputs,
                                 const std::string& name) {
  const std::string label = name.empty() ? op.name : name;
  if (n_outputs > OpCall::kMaxOutputs)
    fail(Status::InvalidArgument, "node '" + label + "' asks for " + std::to_string(n_outputs) + " outputs; an operator has at most " +
                                      std::to_string(OpCall::kMaxOutputs));
  for (size_t k = 0; k < inputs.size(); ++k)
    if (inputs[k] != -1) check_value(inputs[k], "node '" + label + "' input " + std::to_string(k));
  // Inference when every input's shape is known: checks dtypes, attributes and shapes now, at
  // build time, with the registry's own messages.
  bool known = true;
  std::vector<Tensor> metas(inputs.size());
  std::vector<const Tensor*> ptrs(inputs.size(), nullptr);
  for (size_t k = 0; k < inputs.size(); ++k) {
    if (inputs[k] < 0) continue;
    const Value& v = values_[inputs[k]];
    if (!v.shape_known || (op.data_dependent_shape && !v.constant.defined())) known = false;
    metas[k] = v.constant.defined() ? v.constant : Tensor::meta(v.dtype, to_shape(v.dims));
    ptrs[k] = &metas[k];
  }
  const std::vector<AttrRecordView> views = attr_views(attrs);
  OpCall call;
  int count = n_outputs >= 0 ? n_outputs : static_cast<int>(op.outputs.size());
  if (known) {
    infer(op, ptrs.data(), static_cast<int>(ptrs.size()), views.data(), static_cast<int>(views.size()), call);
    if (n_outputs >= 0 && n_outputs != call.n_outputs)
      fail(Status::InvalidArgument, "node '" + label + "' asks for " + std::to_string(n_outputs) + " outputs; '" + op.name +
                                        "' produces " + std::to_string(call.n_outputs) + " here");
    count = call.n_outputs;
  } else if (op.outputs.back().variadic && n_outputs < 0) {
    fail(Status::InvalidArgument, "node '" + label + "': the output count of '" + op.name + "' must be given when input shapes are unknown");
  } else if (!op.outputs.back().variadic && count != static_cast<int>(op.outputs.size())) {
    fail(Status::InvalidArgument, "node '" + label + "': '" + op.name + "' has " + std::to_string(op.outputs.size()) + " outputs");
  }
  Node n;
  n.op = &op;
  n.name = name;
  n.inputs = inputs;
  n.attrs = std::move(attrs);
  const int node_id = static_cast<int>(nodes_.size());
  for (int k = 0; k < count; ++k) {
    Value v;
    v.name = (name.empty() ? op.name + "_" + std::to_string(node_id) : name) + (count > 1 ? ":" + std::to_string(k) : "");
    v.producer = node_id;
    v.producer_output = k;
    if (known) {
      v.dtype = call.out_dtype[k];
      v.dims.assign(call.out_shape[k].d, call.out_shape[k].d + call.out_shape[k].ndim);
      v.shape_known = true;
    } else {
      v.dtype = (inputs.empty() || inputs[0] < 0) ? DType::Float32 : values_[inputs[0]].dtype;  // refined at run time
    }
    values_.push_back(std::move(v));
    n.outputs.push_back(static_cast<int>(values_.size() - 1));
  }
  nodes_.push_back(std::move(n));
  return nodes_.back().outputs;
}

void Graph::set_outputs(const std::vector<int>& values, const std::vector<std::string>& names) {
  if (values.empty()) fail(Status::InvalidArgument, "a graph needs at least one output", "outputs");
  if (!names.empty() && names.size() != values.size())
    fail(Status::InvalidArgument, "got " + std::to_string(names.size()) + " output names for " + std::to_string(values.size()) + " outputs", "outputs");
  for (int v : values) check_value(v, "graph output");
  outputs_ = values;
  output_names_.clear();
  std::unordered_set<std::string> seen;
  for (size_t k = 0; k < values.size(); ++k) {
    std::string n = names.empty() ? values_[values[k]].name : names[k];
    if (!seen.insert(n).second) fail(Status::InvalidArgument, "output name '" + n + "' is used twice", "outputs");
    output_names_.push_back(n);
  }
}

int Graph::find_value(const std::string& name) const {
  for (size_t k = 0; k < values_.size(); ++k)
    if (values_[k].name == name) return static_cast<int>(k);
  return -1;
}

}  // namespace tsr::graph
