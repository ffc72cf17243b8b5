// Tracing: a registry hook appends each call to the graph. Tensors are identified by their view
// (storage, offset, dtype, shape, strides); traced tensors are kept alive until the trace ends so
// a freed block cannot come back under the same identity.
#include "tessera/graph/trace.h"

namespace tsr::graph {

namespace {
thread_local const Tracer* t_active = nullptr;  // the tracer recording on this thread, if any
}  // namespace

Tracer::Tracer() = default;
Tracer::~Tracer() {
  if (active_) set_trace_hook(nullptr, nullptr);
  if (t_active == this) t_active = nullptr;
}

void Tracer::begin() {
  if (active_) fail(Status::InvalidArgument, "this graph is already tracing");
  if (t_active) fail(Status::InvalidArgument, "this thread is already tracing another graph (traces do not nest)");
  if (!g_.nodes().empty()) fail(Status::InvalidArgument, "tracing needs an empty graph");
  active_ = true;
  thread_ = std::this_thread::get_id();
  set_trace_hook(&Tracer::hook, this);
  t_active = this;
}

void Tracer::check_thread() const {
  if (active_ && std::this_thread::get_id() != thread_)
    fail(Status::InvalidArgument, "trace inputs and trace_end must come from the thread that called trace_begin");
}

std::vector<int64_t> Tracer::key(const Tensor& t) {
  std::vector<int64_t> k;
  k.push_back(reinterpret_cast<int64_t>(t.storage().get()));
  k.push_back(t.offset());
  k.push_back(static_cast<int64_t>(t.dtype()));
  k.push_back(t.ndim());
  for (int i = 0; i < t.ndim(); ++i) {
    k.push_back(t.dim(i));
    k.push_back(t.strides()[i]);
  }
  return k;
}

void Tracer::input(const Tensor& t, const std::string& name) {
  if (!active_) fail(Status::InvalidArgument, "trace inputs are declared between trace_begin and trace_end");
  check_thread();
  if (!t.defined()) fail(Status::InvalidHandle, "trace input '" + name + "' has no data");
  if (ids_.count(key(t))) fail(Status::InvalidArgument, "trace input '" + name + "' is already part of the trace");
  if (g_.find_value(name) >= 0) fail(Status::InvalidArgument, "a value named '" + name + "' already exists");
  ids_[key(t)] = g_.add_input(name, t.dtype(), std::vector<int64_t>(t.shape().d, t.shape().d + t.ndim()));
  keep_.push_back(t);
}

int Tracer::value_of(const Tensor& t) {
  auto it = ids_.find(key(t));
  if (it != ids_.end()) return it->second;
  const int id = g_.add_constant("const_" + std::to_string(constants_++), t.contiguous());
  ids_[key(t)] = id;
  keep_.push_back(t);
  return id;
}

void Tracer::hook(void* self, const OpDef& op, const OpCall& call) { static_cast<Tracer*>(self)->record(op, call); }

void Tracer::record(const OpDef& op, const OpCall& call) {
  std::vector<int> ins;
  for (int k = 0; k < call.n_inputs; ++k) ins.push_back(call.inputs[k] ? value_of(*call.inputs[k]) : -1);
  auto outs = g_.add_node(op, ins, attrs_of_call(op, call), call.n_outputs);
  for (int k = 0; k < call.n_outputs; ++k) {
    // Outputs whose shape depends on input data (non_zero and what follows it) keep the traced
    // dtype and rank, their sizes staying unknown (-1); export needs both.
    Value& v = g_.mutable_value(outs[k]);
    if (!v.shape_known) {
      v.dtype = call.outputs[k].dtype();
      v.dims.assign(static_cast<size_t>(call.outputs[k].ndim()), -1);
    }
    ids_[key(call.outputs[k])] = outs[k];
    keep_.push_back(call.outputs[k]);
  }
}

Graph Tracer::end(const std::vector<Tensor>& outputs, const std::vector<std::string>& names) {
  if (!active_) fail(Status::InvalidArgument, "trace_end without trace_begin");
  check_thread();
  set_trace_hook(nullptr, nullptr);
  if (t_active == this) t_active = nullptr;
  active_ = false;
  std::vector<int> outs;
  for (size_t k = 0; k < outputs.size(); ++k) {
    auto it = ids_.find(key(outputs[k]));
    if (it == ids_.end())
      fail(Status::InvalidArgument, "trace output " + std::to_string(k) + " was not computed while tracing (nor is it an input)", "outputs");
    outs.push_back(it->second);
  }
  std::vector<std::string> n = names;
  if (n.empty())
    for (size_t k = 0; k < outputs.size(); ++k) n.push_back("output_" + std::to_string(k));
  g_.set_outputs(outs, n);
  keep_.clear();
  ids_.clear();
  return std::move(g_);
}

}  // namespace tsr::graph
