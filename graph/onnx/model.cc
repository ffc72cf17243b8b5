// Import: parse a ModelProto with protobuf, check it completely (opsets, tensors, inputs, every
// node's converter, undefined names, cycles), then convert per set of input shapes on run.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "convert/context.h"
#include "tessera/graph/onnx.h"

namespace tsr::onnx_io {

std::string node_label(const ::onnx::NodeProto& n, int opset);

namespace {
constexpr size_t kMaxModelBytes = size_t{2} << 30;  // protobuf's own limit for one message

bool default_domain(const std::string& d) { return d.empty() || d == "ai.onnx"; }
}  // namespace

Model::Model() : proto_(std::make_unique<::onnx::ModelProto>()) {}
Model::~Model() = default;

std::unique_ptr<Model> Model::load_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) fail(Status::NotFound, "cannot open ONNX model '" + path + "'", "path");
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string bytes = ss.str();
  const auto slash = path.find_last_of('/');
  return load_bytes(bytes.data(), bytes.size(), slash == std::string::npos ? "." : path.substr(0, slash));
}

std::unique_ptr<Model> Model::load_bytes(const void* data, size_t size, const std::string& base_dir) {
  if (!data && size) fail(Status::InvalidArgument, "model data is null", "data");
  if (size > kMaxModelBytes) fail(Status::InvalidArgument, "model is larger than 2 GiB; keep weights in external data", "data");
  std::unique_ptr<Model> m(new Model());
  if (!m->proto_->ParseFromArray(data, static_cast<int>(size)))
    fail(Status::InvalidArgument, "not an ONNX model: the bytes do not parse as a ModelProto (truncated or corrupt file?)");
  m->base_dir_ = base_dir;
  m->validate();
  return m;
}

void Model::validate() {
  const auto& mp = *proto_;
  if (!mp.has_graph()) fail(Status::InvalidArgument, "ONNX model has no graph");
  opset_ = -1;
  for (const auto& o : mp.opset_import())
    if (default_domain(o.domain())) opset_ = static_cast<int>(o.version());
  if (opset_ < 0) {
    if (mp.opset_import_size() == 0 && mp.ir_version() > 0 && mp.ir_version() < 3) opset_ = 1;  // IR < 3 implies opset 1
    else if (mp.opset_import_size() > 0)
      fail(Status::Unsupported, "ONNX model uses only the domain(s) '" + mp.opset_import(0).domain() +
                                    "'...; Tessera supports the default ONNX domain");
    else fail(Status::InvalidArgument, "ONNX model imports no opset of the default domain");
  }
  if (opset_ < 1 || opset_ > 1000) fail(Status::InvalidArgument, "ONNX model imports default-domain opset " + std::to_string(opset_));
  const auto& g = mp.graph();
  if (g.sparse_initializer_size() > 0) fail(Status::Unsupported, "sparse initializers are not supported");

  std::set<std::string> defined;
  for (const auto& t : g.initializer()) {
    if (t.name().empty()) fail(Status::InvalidArgument, "an initializer has no name");
    if (!initializers_.emplace(t.name(), graph::freeze_if_fresh(tensor_from_proto(t, base_dir_))).second)
      fail(Status::InvalidArgument, "initializer '" + t.name() + "' is defined twice");
    defined.insert(t.name());
  }
  for (const auto& vi : g.input()) {
    if (initializers_.count(vi.name())) continue;  // an initializer listed as an input (IR < 4) is a constant
    if (vi.name().empty()) fail(Status::InvalidArgument, "a graph input has no name");
    if (!defined.insert(vi.name()).second) fail(Status::InvalidArgument, "graph input '" + vi.name() + "' is defined twice");
    if (!vi.type().has_tensor_type())
      fail(Status::Unsupported, "graph input '" + vi.name() + "' is not a tensor (sequences, maps and optionals are not supported)");
    const auto& tt = vi.type().tensor_type();
    graph::Value v;
    v.name = vi.name();
    v.dtype = dtype_from_onnx(tt.elem_type(), "graph input '" + vi.name() + "'");
    v.shape_known = tt.has_shape();
    if (tt.has_shape()) {
      if (tt.shape().dim_size() > kMaxDims) fail(Status::Unsupported, "graph input '" + vi.name() + "' has rank " + std::to_string(tt.shape().dim_size()));
      for (const auto& d : tt.shape().dim()) {
        if (d.has_dim_value() && d.dim_value() < 0) fail(Status::InvalidArgument, "graph input '" + vi.name() + "' has a negative dimension");
        v.dims.push_back(d.has_dim_value() ? d.dim_value() : -1);
      }
    }
    inputs_.push_back(std::move(v));
  }

  // Nodes: a converter for each, then a topological order (Kahn) that also finds undefined
  // names and cycles.
  const int n = g.node_size();
  std::map<std::string, int> producer;
  for (int i = 0; i < n; ++i) {
    const auto& node = g.node(i);
    if (!default_domain(node.domain()))
      fail(Status::Unsupported, node_label(node, opset_) + ": domain '" + node.domain() + "' is not supported (only the default ONNX domain)");
    for (const auto& a : node.attribute())
      if (a.type() == ::onnx::AttributeProto::GRAPH || a.type() == ::onnx::AttributeProto::GRAPHS)
        fail(Status::Unsupported, node_label(node, opset_) + ": subgraphs (control flow) are not supported");
    if (!find_converter(node.op_type(), opset_))
      fail(Status::Unsupported, node_label(node, opset_) + ": not supported: " + unsupported_reason(node.op_type(), opset_));
    for (const auto& o : node.output()) {
      if (o.empty()) continue;
      if (defined.count(o) || !producer.emplace(o, i).second)
        fail(Status::InvalidArgument, node_label(node, opset_) + ": output '" + o + "' is already defined");
    }
  }
  std::vector<int> pending(n, 0);
  std::vector<std::vector<int>> consumers(n);
  for (int i = 0; i < n; ++i) {
    for (const auto& in : g.node(i).input()) {
      if (in.empty() || defined.count(in)) continue;
      auto it = producer.find(in);
      if (it == producer.end())
        fail(Status::InvalidArgument, node_label(g.node(i), opset_) + ": input '" + in + "' is not defined by any node, input or initializer");
      ++pending[i];
      consumers[it->second].push_back(i);
    }
  }
  std::vector<int> ready;
  for (int i = n - 1; i >= 0; --i)
    if (pending[i] == 0) ready.push_back(i);
  while (!ready.empty()) {
    const int i = ready.back();
    ready.pop_back();
    order_.push_back(i);
    for (int c : consumers[i])
      if (--pending[c] == 0) ready.push_back(c);
  }
  if (static_cast<int>(order_.size()) != n) {
    for (int i = 0; i < n; ++i)
      if (pending[i] > 0) fail(Status::InvalidArgument, node_label(g.node(i), opset_) + ": is part of a cycle");
  }
  if (g.output_size() == 0) fail(Status::InvalidArgument, "ONNX graph has no outputs");
  for (const auto& o : g.output()) {
    if (!defined.count(o.name()) && !producer.count(o.name()))
      fail(Status::InvalidArgument, "graph output '" + o.name() + "' is not produced by any node");
    output_names_.push_back(o.name());
  }
}

// ---- conversion of one specialization --------------------------------------------------------

namespace {

class WalkCtx final : public Ctx {
 public:
  WalkCtx(const ::onnx::NodeProto& node, int opset, graph::Graph& g, std::vector<Tensor>& vals,
          std::map<std::string, int>& env, bool& dd)
      : Ctx(node, opset), g_(g), vals_(vals), env_(env), dd_(dd) {}

  int input(int k) override {
    if (!has_input(k)) invalid("input " + std::to_string(k) + " is missing");
    auto it = env_.find(node.input(k));
    if (it == env_.end()) invalid("input '" + node.input(k) + "' has no value");
    return it->second;
  }
  DType dtype(int v) const override { return g_.value(v).dtype; }
  Shape shape(int v) const override {
    const auto& t = tensor(v);
    return t.shape();
  }
  const Tensor* constant(int v) const override {
    const auto& c = g_.value(v).constant;
    return c.defined() ? &c : nullptr;
  }
  Tensor data(int v) override {
    if (const Tensor* c = constant(v)) return *c;
    dd_ = true;
    return tensor(v);
  }
  int add_constant(const Tensor& t) override {
    const int id = g_.add_constant(label_base() + "_const" + std::to_string(g_.values().size()), t.contiguous());
    grow();
    return id;
  }
  void set_output(int k, int value) override {
    if (!has_output(k)) return;
    env_[node.output(k)] = value;
  }

  std::vector<int> emit(const std::string& op_name, const std::vector<int>& inputs, const std::vector<Arg>& args, int n_outputs) override {
    const OpDef* op = Registry::get().find(op_name);
    if (!op) fail(Status::Internal, "converter for " + node.op_type() + " calls unknown operator '" + op_name + "'");
    std::vector<graph::NodeAttr> attrs;
    for (const auto& a : args) attrs.push_back(to_attr(*op, a));
    std::vector<const Tensor*> ptrs;
    bool all_const = true;
    for (size_t k = 0; k < inputs.size(); ++k) {
      const int v = inputs[k];
      const size_t def = std::min(k, op->inputs.size() - 1);
      if (v < 0 && !op->inputs.empty() && !op->inputs[def].optional) invalid("required input " + std::to_string(k) + " ('" + op->inputs[def].name + "') is missing");
      if (v < 0) { ptrs.push_back(nullptr); continue; }
      ptrs.push_back(&tensor(v));
      if (!constant(v)) all_const = false;
    }
    if (!graph::deterministic(*op, attrs)) all_const = false;
    const std::vector<AttrRecordView> views = graph::attr_views(attrs);
    OpCall call;
    try {
      invoke(*op, ptrs.data(), static_cast<int>(ptrs.size()), views.data(), static_cast<int>(views.size()), call);
    } catch (const Error& e) {
      throw Error(e.status(), node_label(node, opset) + ": " + e.what(), e.op(), e.arg());
    }
    if (n_outputs >= 0 && n_outputs != call.n_outputs)
      invalid("produces " + std::to_string(call.n_outputs) + " outputs where the node has " + std::to_string(n_outputs));
    std::vector<int> outs;
    if (all_const) {
      for (int k = 0; k < call.n_outputs; ++k) outs.push_back(add_constant(graph::freeze_if_fresh(call.outputs[k].contiguous(), ptrs.data(), static_cast<int>(ptrs.size()))));
      return outs;
    }
    outs = g_.add_node(*op, inputs, std::move(attrs), call.n_outputs, label_base());
    grow();
    for (int k = 0; k < call.n_outputs; ++k) vals_[outs[k]] = call.outputs[k];
    return outs;
  }

 private:
  const Tensor& tensor(int v) const {
    const auto& c = g_.value(v).constant;
    if (c.defined()) return c;
    if (v < 0 || v >= static_cast<int>(vals_.size()) || !vals_[v].defined())
      fail(Status::Internal, node_label(node, opset) + ": value " + std::to_string(v) + " has no data");
    return vals_[v];
  }
  void grow() { vals_.resize(g_.values().size()); }
  std::string label_base() const { return node.name().empty() ? (node.output_size() ? node.output(0) : node.op_type()) : node.name(); }

  graph::NodeAttr to_attr(const OpDef& op, const Arg& a) const {
    const int slot = op.attr_slot(a.name);
    if (slot < 0) fail(Status::Internal, "converter for " + node.op_type() + " passes unknown attribute '" + a.name + "' to '" + op.name + "'");
    const AttrDef& d = op.attrs[slot];
    graph::NodeAttr r;
    r.slot = slot;
    r.type = d.type;
    // Reached from the generic converter when an ONNX attribute has the wrong type (INT for INTS).
    auto bad = [&]() -> graph::NodeAttr {
      fail(Status::InvalidAttribute, node_label(node, opset) + ": attribute '" + a.name + "' has the wrong type (" + op.name + "." + d.name +
                                          " takes " + attr_type_name(d.type) + ")");
    };
    switch (d.type) {
      case AttrType::Bool: case AttrType::Int: case AttrType::DType:
        if (auto* i = std::get_if<int64_t>(&a.value)) r.i = d.type == AttrType::Bool ? (*i != 0) : *i;
        else return bad();
        break;
      case AttrType::Float:
        if (auto* f = std::get_if<double>(&a.value)) r.f = *f;
        else if (auto* i = std::get_if<int64_t>(&a.value)) r.f = static_cast<double>(*i);
        else return bad();
        break;
      case AttrType::String:
        if (auto* s = std::get_if<std::string>(&a.value)) r.s = *s;
        else return bad();
        break;
      case AttrType::Enum: {
        auto* s = std::get_if<std::string>(&a.value);
        if (!s) return bad();
        int idx = -1;
        for (size_t k = 0; k < d.enum_values.size(); ++k)
          if (d.enum_values[k] == *s) idx = static_cast<int>(k);
        if (idx < 0) unsupported("attribute value '" + *s + "' is not supported (" + op.name + "." + d.name + " takes: " + join(d.enum_values) + ")");
        r.i = idx;
        r.s = *s;
        break;
      }
      case AttrType::Ints:
        if (auto* v = std::get_if<std::vector<int64_t>>(&a.value)) r.ints = *v;
        else return bad();
        break;
      case AttrType::Floats:
        if (auto* v = std::get_if<std::vector<double>>(&a.value)) r.floats = *v;
        else if (auto* v2 = std::get_if<std::vector<int64_t>>(&a.value)) r.floats.assign(v2->begin(), v2->end());
        else return bad();
        break;
    }
    return r;
  }
  static std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
  }

  graph::Graph& g_;
  std::vector<Tensor>& vals_;
  std::map<std::string, int>& env_;
  bool& dd_;
};

}  // namespace

std::vector<Tensor> Model::walk(const std::vector<Tensor>& feeds, graph::Graph* out, bool* data_dependent) {
  graph::Graph& g = *out;
  std::vector<Tensor> vals;
  std::map<std::string, int> env;
  for (size_t k = 0; k < inputs_.size(); ++k) {
    std::vector<int64_t> dims(feeds[k].shape().d, feeds[k].shape().d + feeds[k].ndim());
    env[inputs_[k].name] = g.add_input(inputs_[k].name, inputs_[k].dtype, dims);
    vals.resize(g.values().size());
    vals[env[inputs_[k].name]] = feeds[k].without_autograd();
  }
  for (const auto& [name, t] : initializers_) env[name] = g.add_constant(name, t);
  vals.resize(g.values().size());

  // How many nodes still read each name, so intermediate data can go once it is consumed.
  const auto& gp = proto_->graph();
  std::map<std::string, int> uses;
  for (int i : order_)
    for (const auto& in : gp.node(i).input()) ++uses[in];
  for (const auto& o : output_names_) uses[o] += 1 << 20;
  // Reads left per value id: a converter may bind an output to an existing value (Identity, a
  // no-op Cast), so one value can live under several names.
  std::map<int, int> reads_left;
  for (const auto& [name, v] : env) reads_left[v] += uses[name];

  bool dd = false;
  for (int i : order_) {
    const auto& node = gp.node(i);
    const Converter* cv = find_converter(node.op_type(), opset_);
    const size_t first_new = g.values().size();
    WalkCtx ctx(node, opset_, g, vals, env, dd);
    cv->fn(ctx);
    for (const auto& o : node.output())
      if (!o.empty() && !env.count(o))
        fail(Status::InvalidArgument, node_label(node, opset_) + ": declares output '" + o + "', which this operator does not produce");
    // Free what this node's conversion made but did not bind, and inputs read for the last time.
    std::set<int> bound;
    for (const auto& o : node.output())
      if (!o.empty()) bound.insert(env[o]);
    for (size_t v = first_new; v < vals.size(); ++v)
      if (!bound.count(static_cast<int>(v))) vals[v] = Tensor();
    for (const auto& o : node.output())
      if (!o.empty()) reads_left[env[o]] += uses[o];
    for (const auto& in : node.input())
      if (!in.empty() && --reads_left[env[in]] == 0) {
        const int v = env[in];
        if (!g.value(v).is_input()) vals[v] = Tensor();
      }
  }
  std::vector<int> outs;
  std::vector<Tensor> results;
  for (const auto& o : output_names_) {
    const int v = env.at(o);
    outs.push_back(v);
    results.push_back(graph::writable(g.value(v).constant.defined() ? g.value(v).constant : vals[v]));
  }
  g.set_outputs(outs, output_names_);
  *data_dependent = dd;
  return results;
}

// Model inputs without a declared shape (no rank) take any shape.
void Model::check_feeds(const std::vector<Tensor>& feeds) const {
  graph::check_feed_count(inputs_.size(), feeds.size(), "model");
  for (size_t k = 0; k < feeds.size(); ++k) graph::check_feed(inputs_[k], feeds[k], "model input", inputs_[k].shape_known);
}

std::vector<Tensor> Model::run(const std::vector<Tensor>& feeds) {
  check_feeds(feeds);
  const std::vector<int64_t> key = graph::shape_key(feeds);
  std::lock_guard<std::mutex> lock(mu_);
  auto it = compiled_.find(key);
  if (it != compiled_.end()) {
    last_exec_ = it->second.get();
    return it->second->run(feeds);
  }
  auto g = std::make_unique<graph::Graph>();
  bool dd = false;
  std::vector<Tensor> out = walk(feeds, g.get(), &dd);
  if (!dd) {
    if (compiled_.size() >= 16) compiled_.erase(compiled_.begin());
    auto exec = std::make_unique<graph::Executor>(*g);
    exec->prepare(feeds);  // plan now, so stats() describes this run's shapes already
    last_exec_ = exec.get();
    compiled_[key] = std::move(exec);
  } else {
    last_exec_ = nullptr;
  }
  last_graph_ = std::move(g);
  return out;
}

graph::Graph Model::specialize(const std::vector<Tensor>& feeds) {
  check_feeds(feeds);
  std::lock_guard<std::mutex> lock(mu_);
  graph::Graph g;
  bool dd = false;
  walk(feeds, &g, &dd);
  return g;
}

graph::PlanStats Model::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  return last_exec_ ? last_exec_->stats() : graph::PlanStats{};
}

}  // namespace tsr::onnx_io
