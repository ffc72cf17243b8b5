#include "tessera/registry/registry.h"

#include <cctype>
#include <unordered_map>

#include "tessera/registry/grad_ops.h"
#include "tessera/core/autograd.h"

namespace tsr {

std::string build_registry_json(const std::vector<OpDef>& ops, std::string* hash);  // registry_json.cc
std::string fnv1a_hex(const std::string& text);

namespace {
std::unordered_map<std::string, int>& name_index() {
  static std::unordered_map<std::string, int> m;
  return m;
}

bool is_snake_case(const std::string& s) {
  if (s.empty() || !std::islower(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

[[noreturn]] void invalid_def(const OpDef& op, const std::string& what) {
  throw Error(Status::Internal, "registry: operator '" + op.name + "' (" + op.defined_in + "): " + what, op.name);
}
}  // namespace

Registry::Registry() {
  register_elementwise_ops(*this);
  register_compare_ops(*this);
  register_linalg_ops(*this);
  register_reduce_ops(*this);
  register_shape_ops(*this);
  register_softmax_ops(*this);
  register_creation_ops(*this);
  register_math_ops(*this);
  register_logical_ops(*this);
  register_activation_ops(*this);
  register_indexing_ops(*this);
  register_layout_ops(*this);
  register_nn_misc_ops(*this);
  register_loss_ops(*this);
  register_optim_ops(*this);
  register_conv_ops(*this);
  register_pool_ops(*this);
  register_norm_ops(*this);
  validate();
  autograd::set_accumulate([](const Tensor& a, const Tensor& b) { return grad::call("add", {a, b}); });
  for (size_t k = 0; k < ops_.size(); ++k) name_index()[ops_[k].name] = static_cast<int>(k);
  json_ = build_registry_json(ops_, &hash_);
}

const Registry& Registry::get() {
  static const Registry r;
  return r;
}

void Registry::add(OpDef def) { ops_.push_back(std::move(def)); }

const OpDef* Registry::find(const std::string& name) const {
  auto it = name_index().find(name);
  return it == name_index().end() ? nullptr : &ops_[it->second];
}

// Per-entry checks, then the cross-entry pass (unique names).
void Registry::validate() const {
  std::unordered_map<std::string, const OpDef*> seen;
  for (const auto& op : ops_) {
    if (!is_snake_case(op.name)) invalid_def(op, "name must be snake_case");
    if (op.summary.empty()) invalid_def(op, "missing summary");
    if (!op.infer || !op.kernel) invalid_def(op, "missing inference or kernel");
    if (op.outputs.empty() || op.outputs.size() > 4) invalid_def(op, "needs 1..4 outputs in its schema");
    for (size_t k = 0; k < op.outputs.size(); ++k)
      if (op.outputs[k].variadic && k + 1 != op.outputs.size()) invalid_def(op, "only the last output may be variadic");
    for (const auto& t : op.outputs)
      if (t.optional) invalid_def(op, "output '" + t.name + "' cannot be optional");
    if (op.attrs.size() > OpCall::kMaxAttrs) invalid_def(op, "more than 16 attributes");
    if (op.examples.empty()) invalid_def(op, "needs at least one example");
    for (size_t k = 0; k < op.inputs.size(); ++k)
      if (op.inputs[k].variadic && k + 1 != op.inputs.size()) invalid_def(op, "only the last input may be variadic");
    std::unordered_map<std::string, int> names;
    for (const auto& a : op.attrs) {
      if (!is_snake_case(a.name)) invalid_def(op, "attribute '" + a.name + "' must be snake_case");
      if (names[a.name]++) invalid_def(op, "duplicate attribute '" + a.name + "'");
      if (a.type == AttrType::Enum && !a.required && a.i < 0) invalid_def(op, "enum default of '" + a.name + "' is not one of its values");
      if (a.doc.empty()) invalid_def(op, "attribute '" + a.name + "' has no doc");
    }
    for (const auto& t : op.inputs)
      if (names[t.name]++) invalid_def(op, "duplicate input/attribute name '" + t.name + "'");
    auto [it, fresh] = seen.emplace(op.name, &op);
    if (!fresh) invalid_def(op, "registered twice (also in " + it->second->defined_in + ")");
  }
}

static std::string dtype_list(DTypeSet s) {
  std::string out;
  for (int k = 0; k < kNumDTypes; ++k)
    if (s & (1u << k)) {
      if (!out.empty()) out += ", ";
      out += dtype_name(static_cast<DType>(k));
    }
  return out;
}

static void resolve_attrs(const OpDef& op, const AttrRecordView* recs, int n, OpCall& call) {
  const int na = static_cast<int>(op.attrs.size());
  bool given[OpCall::kMaxAttrs] = {};
  for (int k = 0; k < na; ++k) {
    const AttrDef& d = op.attrs[k];
    AttrValue& v = call.attrs[k];
    v.type = d.type;
    v.i = d.i;
    v.f = d.f;
    v.s = d.s.c_str();
    v.ints = d.ints.data();
    v.floats = d.floats.data();
    v.count = d.type == AttrType::Ints ? static_cast<int64_t>(d.ints.size()) : static_cast<int64_t>(d.floats.size());
  }
  for (int r = 0; r < n; ++r) {
    const AttrRecordView& rec = recs[r];
    if (rec.slot < 0 || rec.slot >= na)
      throw Error(Status::InvalidAttribute,
                  "attribute slot " + std::to_string(rec.slot) + " does not exist (the operator has " + std::to_string(na) + " attributes)",
                  op.name, "attrs[" + std::to_string(r) + "]");
    const AttrDef& d = op.attrs[rec.slot];
    if (rec.type != static_cast<int32_t>(d.type))
      call.bad_attr(rec.slot, "attribute '" + d.name + "' is of type " + attr_type_name(d.type) + ", got a value of type " +
                                  (rec.type >= 0 && rec.type <= 7 ? attr_type_name(static_cast<AttrType>(rec.type)) : "unknown"));
    if (given[rec.slot]) call.bad_attr(rec.slot, "attribute '" + d.name + "' is given twice");
    given[rec.slot] = true;
    AttrValue& v = call.attrs[rec.slot];
    switch (d.type) {
      case AttrType::Bool: v.i = rec.i != 0; break;
      case AttrType::Int: v.i = rec.i; break;
      case AttrType::Float: v.f = rec.f; break;
      case AttrType::String:
        if (!rec.s) call.bad_attr(rec.slot, "attribute '" + d.name + "' is a null string");
        v.s = rec.s;
        break;
      case AttrType::Enum:
        if (rec.i < 0 || rec.i >= static_cast<int64_t>(d.enum_values.size())) {
          std::string vals;
          for (const auto& e : d.enum_values) vals += (vals.empty() ? "" : ", ") + e;
          call.bad_attr(rec.slot, "attribute '" + d.name + "' enum index " + std::to_string(rec.i) + " is out of range (values: " + vals + ")");
        }
        v.i = rec.i;
        break;
      case AttrType::Ints:
        if (rec.count < 0 || (rec.count > 0 && !rec.ints)) call.bad_attr(rec.slot, "attribute '" + d.name + "' has a bad list");
        v.ints = rec.ints;
        v.count = rec.count;
        break;
      case AttrType::Floats:
        if (rec.count < 0 || (rec.count > 0 && !rec.floats)) call.bad_attr(rec.slot, "attribute '" + d.name + "' has a bad list");
        v.floats = rec.floats;
        v.count = rec.count;
        break;
      case AttrType::DType:
        if (!dtype_valid(static_cast<int32_t>(rec.i)))
          call.bad_attr(rec.slot, "attribute '" + d.name + "': " + std::to_string(rec.i) + " is not a dtype code (valid: 0..5 = float32, float64, int32, int64, uint8, bool)");
        v.i = rec.i;
        break;
    }
    if (d.has_range) {
      auto check = [&](double x) {
        if (!(x >= d.min && x <= d.max))
          call.bad_attr(rec.slot, "attribute '" + d.name + "' = " + std::to_string(x) + " is outside [" + std::to_string(d.min) + ", " + std::to_string(d.max) + "]");
      };
      if (d.type == AttrType::Int) check(static_cast<double>(v.i));
      else if (d.type == AttrType::Float) check(v.f);
      else if (d.type == AttrType::Ints) for (int64_t k = 0; k < v.count; ++k) check(static_cast<double>(v.ints[k]));
      else if (d.type == AttrType::Floats) for (int64_t k = 0; k < v.count; ++k) check(v.floats[k]);
    }
  }
  for (int k = 0; k < na; ++k)
    if (op.attrs[k].required && !given[k]) call.bad_attr(k, "attribute '" + op.attrs[k].name + "' is required");
}

static void check_inputs(const OpDef& op, const Tensor* const* inputs, int n, OpCall& call) {
  const int ndef = static_cast<int>(op.inputs.size());
  const bool variadic = ndef > 0 && op.inputs.back().variadic;
  int required = 0;
  for (const auto& t : op.inputs) required += t.optional ? 0 : 1;
  if (n < required || (!variadic && n > ndef)) {
    std::string expect = variadic ? "at least " + std::to_string(required) : std::to_string(required) + (required == ndef ? "" : ".." + std::to_string(ndef));
    throw Error(Status::InvalidArgument, "expects " + expect + " input(s), got " + std::to_string(n), op.name, "inputs");
  }
  for (int k = 0; k < n; ++k) {
    const TensorDef& d = op.inputs[k < ndef ? k : ndef - 1];
    if (!inputs[k]) {
      if (d.optional) continue;
      call.bad_input(k, Status::InvalidHandle, "input '" + d.name + "' is null");
    }
    DType t = inputs[k]->dtype();
    if (!dtype_in(t, d.dtypes))
      call.bad_input(k, Status::DTypeMismatch,
                     "input '" + d.name + "' has dtype " + std::string(dtype_name(t)) + "; expected one of: " + dtype_list(d.dtypes));
  }
}

namespace {
// What a recorded call keeps for its gradient: tensors without autograd identity (no cycles)
// and a deep copy of the attributes (the caller's arrays die with the call).
struct SavedCall {
  std::vector<Tensor> inputs, outputs;
  AttrValue attrs[OpCall::kMaxAttrs];
  std::vector<std::vector<int64_t>> ints;
  std::vector<std::vector<double>> floats;
  std::vector<std::string> strings;
};

void record_call(const OpDef& op, OpCall& call) {
  autograd::record(op.name.c_str(), call.inputs, call.n_inputs, call.outputs, call.n_outputs, [&]() -> BackwardFn {
    auto saved = std::make_shared<SavedCall>();
    std::vector<bool> needs(call.n_inputs);
    for (int k = 0; k < call.n_inputs; ++k) {
      saved->inputs.push_back(call.inputs[k] ? call.inputs[k]->without_autograd() : Tensor());
      needs[k] = call.inputs[k] && autograd::requires_grad(*call.inputs[k]) && is_floating(call.inputs[k]->dtype());
    }
    for (int k = 0; k < call.n_outputs; ++k) saved->outputs.push_back(call.outputs[k].without_autograd());
    const int na = static_cast<int>(op.attrs.size());
    saved->ints.resize(na);
    saved->floats.resize(na);
    saved->strings.resize(na);
    for (int k = 0; k < na; ++k) {
      const AttrValue& v = call.attrs[k];
      saved->attrs[k] = v;
      if (v.type == AttrType::Ints) saved->ints[k].assign(v.ints, v.ints + v.count);
      if (v.type == AttrType::Floats) saved->floats[k].assign(v.floats, v.floats + v.count);
      if (v.type == AttrType::String || v.type == AttrType::Enum) saved->strings[k] = v.s ? v.s : "";
      saved->attrs[k].ints = saved->ints[k].data();
      saved->attrs[k].floats = saved->floats[k].data();
      saved->attrs[k].s = saved->strings[k].c_str();
    }
    const OpDef* def = &op;
    return [saved, def, needs](const Tensor* grad_out, Tensor* grad_in) {
      std::vector<Tensor> gout(grad_out, grad_out + saved->outputs.size());
      for (size_t k = 0; k < gout.size(); ++k)
        if (!gout[k].defined()) gout[k] = Tensor::zeros(saved->outputs[k].dtype(), saved->outputs[k].shape());
      std::unique_ptr<bool[]> nd(new bool[needs.size() + 1]);
      for (size_t k = 0; k < needs.size(); ++k) nd[k] = needs[k];
      GradCtx g;
      g.op = def;
      g.inputs = saved->inputs.data();
      g.n_inputs = static_cast<int>(saved->inputs.size());
      g.outputs = saved->outputs.data();
      g.n_outputs = static_cast<int>(saved->outputs.size());
      g.attrs = saved->attrs;
      g.grad_out = gout.data();
      g.grad_in = grad_in;
      g.needs = nd.get();
      def->gradient.fn(g);
      for (int k = 0; k < g.n_inputs; ++k) {
        if (!nd[k]) grad_in[k] = Tensor();
        else if (grad_in[k].defined() && grad_in[k].shape() != saved->inputs[k].shape())
          throw Error(Status::Internal, "gradient of '" + def->name + "' produced shape " + grad_in[k].shape().str() +
                                            " for an input of shape " + saved->inputs[k].shape().str(), def->name);
      }
    };
  });
}
}  // namespace

namespace {
thread_local TraceHook t_trace_hook = nullptr;
thread_local void* t_trace_ctx = nullptr;
thread_local int t_depth = 0;  // nested invokes (an operator built from others) are not traced
struct DepthGuard {
  DepthGuard() { ++t_depth; }
  ~DepthGuard() { --t_depth; }
};

void infer_into(const OpDef& op, const Tensor* const* inputs, int n_inputs, const AttrRecordView* attrs, int n_attrs, OpCall& call) {
  call.op = &op;
  call.inputs = inputs;
  call.n_inputs = n_inputs;
  call.n_outputs = static_cast<int>(op.outputs.size());
  call.reserve_outputs(call.n_outputs);
  check_inputs(op, inputs, n_inputs, call);
  resolve_attrs(op, attrs, n_attrs, call);
  op.infer(call);
  const int n_schema = static_cast<int>(op.outputs.size());
  if (op.outputs.back().variadic ? (call.n_outputs < n_schema || call.n_outputs > OpCall::kMaxOutputs) : call.n_outputs != n_schema)
    throw Error(Status::Internal, "inference produced " + std::to_string(call.n_outputs) + " outputs for a schema of " +
                                      std::to_string(n_schema) + (op.outputs.back().variadic ? " (last variadic)" : ""), op.name);
  call.reserve_outputs(call.n_outputs);
}
}  // namespace

void set_trace_hook(TraceHook hook, void* ctx) {
  t_trace_hook = hook;
  t_trace_ctx = ctx;
}

void infer(const OpDef& op, const Tensor* const* inputs, int n_inputs, const AttrRecordView* attrs, int n_attrs, OpCall& call) {
  try {
    infer_into(op, inputs, n_inputs, attrs, n_attrs, call);
  } catch (Error& e) {
    e.set_op(op.name);
    throw;
  }
}

void invoke(const OpDef& op, const Tensor* const* inputs, int n_inputs, const AttrRecordView* attrs, int n_attrs, OpCall& call) {
  DepthGuard depth;
  try {
    infer_into(op, inputs, n_inputs, attrs, n_attrs, call);
    if (!op.views)
      for (int k = 0; k < call.n_outputs; ++k)
        call.outputs[k] = call.alloc ? call.alloc(call.alloc_ctx, k, call.out_dtype[k], call.out_shape[k])
                                     : Tensor::empty(call.out_dtype[k], call.out_shape[k]);
    op.kernel(call);
    // Outputs never inherit an input's autograd identity (views copy the Tensor object).
    for (int k = 0; k < call.n_outputs; ++k)
      if (call.outputs[k].autograd_meta()) call.outputs[k].set_autograd_meta(nullptr);
    if (autograd::is_recording() && op.gradient.fn) record_call(op, call);
    if (t_trace_hook && t_depth == 1) t_trace_hook(t_trace_ctx, op, call);
  } catch (Error& e) {
    e.set_op(op.name);
    throw;
  }
}

}  // namespace tsr
