// Export: a registry graph written as an ONNX ModelProto (IR version 9, default-domain opset
// kExportOpset). Inputs keep their declared dims (-1 becomes a symbolic dim), constants become
// initializers, and every node goes through its operator's exporter.
#include <map>

#include "export_context.h"
#include "tessera/graph/onnx.h"

namespace tsr::onnx_io {

using AP = ::onnx::AttributeProto;

const graph::NodeAttr* ExportCtx::find(const std::string& name) const {
  const int slot = node_.op->attr_slot(name);
  if (slot < 0) fail(Status::Internal, "exporter of '" + node_.op->name + "' reads unknown attribute '" + name + "'");
  for (const auto& a : node_.attrs)
    if (a.slot == slot) return &a;
  return nullptr;
}
const AttrDef& ExportCtx::attr_def(const std::string& name) const {
  const int slot = node_.op->attr_slot(name);
  if (slot < 0) fail(Status::Internal, "exporter of '" + node_.op->name + "' reads unknown attribute '" + name + "'");
  return node_.op->attrs[slot];
}
int64_t ExportCtx::i(const std::string& name) const {
  const auto* a = find(name);
  const auto& d = attr_def(name);
  if (a) return a->i;
  if (d.type == AttrType::Bool) return d.b;
  if (d.type == AttrType::Enum) {
    for (size_t k = 0; k < d.enum_values.size(); ++k)
      if (d.enum_values[k] == d.s) return static_cast<int64_t>(k);
  }
  return d.i;
}
double ExportCtx::f(const std::string& name) const {
  const auto* a = find(name);
  return a ? a->f : attr_def(name).f;
}
std::string ExportCtx::s(const std::string& name) const {
  const auto* a = find(name);
  const auto& d = attr_def(name);
  if (d.type == AttrType::Enum) {
    const int64_t idx = a ? a->i : i(name);
    return idx >= 0 && idx < static_cast<int64_t>(d.enum_values.size()) ? d.enum_values[idx] : d.s;
  }
  return a ? a->s : d.s;
}
std::vector<int64_t> ExportCtx::ints(const std::string& name) const {
  const auto* a = find(name);
  return a ? a->ints : attr_def(name).ints;
}
std::vector<double> ExportCtx::floats(const std::string& name) const {
  const auto* a = find(name);
  return a ? a->floats : attr_def(name).floats;
}

::onnx::NodeProto* ExportCtx::add(const std::string& op_type, const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
  auto* n = g_.add_node();
  n->set_op_type(op_type);
  n->set_name(fresh(op_type));
  for (const auto& s : inputs) n->add_input(s);
  for (const auto& s : outputs) n->add_output(s);
  return n;
}
std::string ExportCtx::fresh(const std::string& hint) { return hint + "__" + std::to_string(counter_++); }
std::string ExportCtx::initializer(const Tensor& t) {
  auto* p = g_.add_initializer();
  tensor_to_proto(t.contiguous(), p);
  p->set_name(fresh(node_.op->name + "_const"));
  return p->name();
}
std::string ExportCtx::initializer_i64(const std::vector<int64_t>& v) {
  Tensor t = Tensor::empty(DType::Int64, Shape{static_cast<int64_t>(v.size())});
  for (size_t k = 0; k < v.size(); ++k) t.data_as<int64_t>()[k] = v[k];
  return initializer(t);
}
void ExportCtx::unsupported(const std::string& why) const {
  fail(Status::Unsupported, "cannot export node '" + (node_.name.empty() ? node_.op->name : node_.name) + "' (" + node_.op->name + "): " + why);
}
void ExportCtx::set_i(::onnx::NodeProto* n, const std::string& name, int64_t v) {
  auto* a = n->add_attribute(); a->set_name(name); a->set_type(AP::INT); a->set_i(v);
}
void ExportCtx::set_f(::onnx::NodeProto* n, const std::string& name, double v) {
  auto* a = n->add_attribute(); a->set_name(name); a->set_type(AP::FLOAT); a->set_f(static_cast<float>(v));
}
void ExportCtx::set_s(::onnx::NodeProto* n, const std::string& name, const std::string& v) {
  auto* a = n->add_attribute(); a->set_name(name); a->set_type(AP::STRING); a->set_s(v);
}
void ExportCtx::set_ints(::onnx::NodeProto* n, const std::string& name, const std::vector<int64_t>& v) {
  auto* a = n->add_attribute(); a->set_name(name); a->set_type(AP::INTS);
  for (auto x : v) a->add_ints(x);
}
void ExportCtx::set_floats(::onnx::NodeProto* n, const std::string& name, const std::vector<double>& v) {
  auto* a = n->add_attribute(); a->set_name(name); a->set_type(AP::FLOATS);
  for (auto x : v) a->add_floats(static_cast<float>(x));
}
void ExportCtx::set_tensor(::onnx::NodeProto* n, const std::string& name, const Tensor& t) {
  auto* a = n->add_attribute(); a->set_name(name); a->set_type(AP::TENSOR);
  tensor_to_proto(t.contiguous(), a->mutable_t());
}

namespace {

// One node of op_type with every registry attribute written under its ONNX name.
void generic_export(ExportCtx& c) {
  const OpDef& op = c.op();
  if (op.onnx.status != "exact") c.unsupported("the mapping table marks it " + op.onnx.status + ": " + op.onnx.note);
  std::vector<std::string> ins, outs;
  for (int k = 0; k < c.num_inputs(); ++k) ins.push_back(c.input(k));
  for (int k = 0; k < c.num_outputs(); ++k) outs.push_back(c.output(k));
  auto* n = c.add(op.onnx.op_type, ins, outs);
  for (const auto& d : op.attrs) {
    std::string theirs = d.name;
    for (const auto& [t, o] : op.onnx.attr_renames)
      if (t == d.name) theirs = o;
    switch (d.type) {
      case AttrType::Bool: case AttrType::Int: ExportCtx::set_i(n, theirs, c.i(d.name)); break;
      case AttrType::DType: ExportCtx::set_i(n, theirs, dtype_to_onnx(static_cast<DType>(c.i(d.name)))); break;
      case AttrType::Float: ExportCtx::set_f(n, theirs, c.f(d.name)); break;
      case AttrType::String: case AttrType::Enum: ExportCtx::set_s(n, theirs, c.s(d.name)); break;
      case AttrType::Ints: ExportCtx::set_ints(n, theirs, c.ints(d.name)); break;
      case AttrType::Floats: ExportCtx::set_floats(n, theirs, c.floats(d.name)); break;
    }
  }
}

const std::map<std::string, ExportFn>& exporters() {
  static const std::map<std::string, ExportFn> m = [] {
    std::vector<Exporter> v;
    register_exporters(v);
    std::map<std::string, ExportFn> out;
    for (const auto& e : v) out[e.op] = e.fn;
    return out;
  }();
  return m;
}

void value_info(const graph::Value& v, const std::string& name, ::onnx::ValueInfoProto* vi, bool with_shape) {
  vi->set_name(name);
  auto* tt = vi->mutable_type()->mutable_tensor_type();
  tt->set_elem_type(dtype_to_onnx(v.dtype));
  if (!with_shape) return;
  auto* sh = tt->mutable_shape();
  for (size_t k = 0; k < v.dims.size(); ++k) {
    auto* d = sh->add_dim();
    if (v.dims[k] >= 0) d->set_dim_value(v.dims[k]);
    else d->set_dim_param(name + "_d" + std::to_string(k));
  }
}

}  // namespace

std::string export_model(const graph::Graph& g, const std::string& graph_name) {
  ::onnx::ModelProto m;
  m.set_ir_version(9);
  m.set_producer_name("tessera");
  m.set_producer_version("0.1.0");
  auto* op = m.add_opset_import();
  op->set_domain("");
  op->set_version(kExportOpset);
  auto* gp = m.mutable_graph();
  gp->set_name(graph_name);

  // ONNX names: inputs, constants and outputs keep theirs when unique; the rest get fresh ones.
  std::vector<std::string> names(g.values().size());
  std::map<std::string, int> taken;
  int counter = 0;
  auto unique = [&](const std::string& want) {
    std::string n = want.empty() ? "v" : want;
    while (taken.count(n)) n = want + "__" + std::to_string(counter++);
    taken[n] = 1;
    return n;
  };
  for (size_t k = 0; k < g.outputs().size(); ++k)
    if (names[g.outputs()[k]].empty() && !g.value(g.outputs()[k]).is_input()) names[g.outputs()[k]] = unique(g.output_names()[k]);
  for (int v : g.inputs()) names[v] = unique(g.value(v).name);
  for (size_t v = 0; v < g.values().size(); ++v) {
    if (!names[v].empty()) continue;
    names[v] = unique(g.values()[v].name);
  }
  for (int v : g.inputs()) value_info(g.value(v), names[v], gp->add_input(), true);
  for (size_t v = 0; v < g.values().size(); ++v) {
    const auto& val = g.values()[v];
    if (!val.constant.defined()) continue;
    auto* t = gp->add_initializer();
    tensor_to_proto(val.constant.contiguous(), t);
    t->set_name(names[v]);
  }
  for (const auto& node : g.nodes()) {
    std::vector<std::string> ins, outs;
    for (int i : node.inputs) ins.push_back(i < 0 ? std::string() : names[i]);
    while (!ins.empty() && ins.back().empty()) ins.pop_back();
    for (int o : node.outputs) outs.push_back(names[o]);
    ExportCtx c(*gp, g, node, ins, outs, counter);
    auto it = exporters().find(node.op->name);
    (it != exporters().end() ? it->second : generic_export)(c);
  }
  // An output that is an input or another output's value needs a node of its own: Identity.
  std::map<int, int> seen;
  for (size_t k = 0; k < g.outputs().size(); ++k) {
    const int v = g.outputs()[k];
    std::string name = names[v];
    if (g.value(v).is_input() || seen.count(v)) {
      name = unique(g.output_names()[k]);
      auto* n = gp->add_node();
      n->set_op_type("Identity");
      n->set_name(name + "_identity");
      n->add_input(names[v]);
      n->add_output(name);
    }
    seen[v] = 1;
    // The checker wants a shape on every graph output: unknown sizes become symbolic dims; only
    // a value of unknown rank (built without tracing) goes without.
    value_info(g.value(v), name, gp->add_output(), g.value(v).shape_known || !g.value(v).dims.empty());
  }
  std::string bytes;
  if (!m.SerializeToString(&bytes)) fail(Status::Internal, "could not serialize the ONNX model");
  return bytes;
}

}  // namespace tsr::onnx_io
