#include <cstring>

#include "tessera/registry/op_def.h"

namespace tsr {

const char* attr_type_name(AttrType t) {
  switch (t) {
    case AttrType::Bool: return "bool";
    case AttrType::Int: return "int";
    case AttrType::Float: return "float";
    case AttrType::String: return "string";
    case AttrType::Enum: return "enum";
    case AttrType::Ints: return "int[]";
    case AttrType::Floats: return "float[]";
    case AttrType::DType: return "dtype";
  }
  return "?";
}

const char* meaning_name(Meaning m) {
  switch (m) {
    case Meaning::None: return "";
    case Meaning::Axis: return "axis";
    case Meaning::Axes: return "axes";
    case Meaning::Perm: return "perm";
    case Meaning::Shape: return "shape";
    case Meaning::Index: return "index";
    case Meaning::Layout: return "layout";
  }
  return "";
}

int OpDef::attr_slot(const std::string& attr_name) const {
  for (size_t k = 0; k < attrs.size(); ++k)
    if (attrs[k].name == attr_name) return static_cast<int>(k);
  return -1;
}

void OpCall::bad_attr(int slot, const std::string& msg) const {
  throw Error(Status::InvalidAttribute, msg, op->name, op->attrs[slot].name);
}

void OpCall::bad_input(int k, Status s, const std::string& msg) const {
  const auto& defs = op->inputs;
  std::string arg = defs.empty() ? "" : (k < static_cast<int>(defs.size()) ? defs[k].name : defs.back().name);
  if (!defs.empty() && defs.back().variadic && k >= static_cast<int>(defs.size()) - 1)
    arg += "[" + std::to_string(k - (defs.size() - 1)) + "]";
  throw Error(s, msg, op->name, arg);
}

void OpCall::set_variadic_count(int64_t count) {
  const auto& defs = op->outputs;
  const int fixed = static_cast<int>(defs.size()) - 1;
  if (defs.empty() || !defs.back().variadic)
    throw Error(Status::Internal, "set_variadic_count: the last output of '" + op->name + "' is not variadic", op->name);
  if (count < 1 || count > kMaxOutputs - fixed)
    throw Error(Status::InvalidArgument,
                "output '" + defs.back().name + "' would hold " + std::to_string(count) + " tensors; it holds 1.." +
                    std::to_string(kMaxOutputs - fixed) + " (the engine returns at most " + std::to_string(kMaxOutputs) +
                    " outputs per call)",
                op->name, defs.back().name);
  n_outputs = fixed + static_cast<int>(count);
  reserve_outputs(n_outputs);
}

// Strips the build machine's source root so "defined_in" is stable across checkouts.
static std::string relative_source(const char* file) {
#ifdef TSR_SOURCE_ROOT
  const char* root = TSR_SOURCE_ROOT;
  size_t n = std::strlen(root);
  if (std::strncmp(file, root, n) == 0) return file + n;
#endif
  return file;
}

OpBuilder::OpBuilder(std::string name, std::string family, const char* file) {
  def_.name = std::move(name);
  def_.family = std::move(family);
  def_.defined_in = relative_source(file);
}

OpBuilder& OpBuilder::input(std::string name, std::string doc, DTypeSet dtypes, Meaning m) {
  TensorDef t;
  t.name = std::move(name);
  t.doc = std::move(doc);
  t.dtypes = dtypes;
  t.meaning = m;
  def_.inputs.push_back(std::move(t));
  return *this;
}

OpBuilder& OpBuilder::optional_input(std::string name, std::string doc, DTypeSet dtypes) {
  input(std::move(name), std::move(doc), dtypes);
  def_.inputs.back().optional = true;
  return *this;
}

OpBuilder& OpBuilder::variadic_input(std::string name, std::string doc, DTypeSet dtypes) {
  input(std::move(name), std::move(doc), dtypes);
  def_.inputs.back().variadic = true;
  return *this;
}

OpBuilder& OpBuilder::output(std::string name, std::string doc, DTypeSet dtypes, Meaning m) {
  TensorDef t;
  t.name = std::move(name);
  t.doc = std::move(doc);
  t.dtypes = dtypes;
  t.meaning = m;
  def_.outputs.push_back(std::move(t));
  return *this;
}

OpBuilder& OpBuilder::variadic_output(std::string name, std::string doc, DTypeSet dtypes) {
  output(std::move(name), std::move(doc), dtypes);
  def_.outputs.back().variadic = true;
  return *this;
}

static AttrDef make_attr(std::string name, AttrType type, std::string doc, Meaning m = Meaning::None) {
  AttrDef a;
  a.name = std::move(name);
  a.type = type;
  a.doc = std::move(doc);
  a.meaning = m;
  return a;
}

OpBuilder& OpBuilder::attr_bool(std::string name, bool def, std::string doc) {
  auto a = make_attr(std::move(name), AttrType::Bool, std::move(doc));
  a.b = def;
  a.i = def;
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::attr_int(std::string name, int64_t def, std::string doc, Meaning m) {
  auto a = make_attr(std::move(name), AttrType::Int, std::move(doc), m);
  a.i = def;
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::attr_int_range(std::string name, int64_t def, int64_t lo, int64_t hi, std::string doc, Meaning m) {
  attr_int(std::move(name), def, std::move(doc), m);
  auto& a = def_.attrs.back();
  a.has_range = true;
  a.min = static_cast<double>(lo);
  a.max = static_cast<double>(hi);
  return *this;
}

OpBuilder& OpBuilder::attr_float(std::string name, double def, std::string doc) {
  auto a = make_attr(std::move(name), AttrType::Float, std::move(doc));
  a.f = def;
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::attr_float_range(std::string name, double def, double lo, double hi, std::string doc) {
  attr_float(std::move(name), def, std::move(doc));
  auto& a = def_.attrs.back();
  a.has_range = true;
  a.min = lo;
  a.max = hi;
  return *this;
}

OpBuilder& OpBuilder::attr_string(std::string name, std::string def, std::string doc) {
  auto a = make_attr(std::move(name), AttrType::String, std::move(doc));
  a.s = std::move(def);
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::attr_enum(std::string name, std::vector<std::string> values, std::string def, std::string doc) {
  auto a = make_attr(std::move(name), AttrType::Enum, std::move(doc));
  a.enum_values = std::move(values);
  a.i = -1;
  for (size_t k = 0; k < a.enum_values.size(); ++k)
    if (a.enum_values[k] == def) a.i = static_cast<int64_t>(k);
  a.s = std::move(def);
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::attr_ints(std::string name, std::vector<int64_t> def, std::string doc, Meaning m) {
  auto a = make_attr(std::move(name), AttrType::Ints, std::move(doc), m);
  a.ints = std::move(def);
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::attr_floats(std::string name, std::vector<double> def, std::string doc) {
  auto a = make_attr(std::move(name), AttrType::Floats, std::move(doc));
  a.floats = std::move(def);
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::attr_dtype(std::string name, DType def, std::string doc) {
  auto a = make_attr(std::move(name), AttrType::DType, std::move(doc));
  a.i = static_cast<int64_t>(def);
  def_.attrs.push_back(std::move(a));
  return *this;
}

OpBuilder& OpBuilder::gradient(std::string formula) {
  def_.gradient.status = "planned";
  def_.gradient.formula = std::move(formula);
  return *this;
}

OpBuilder& OpBuilder::gradient(std::string formula, GradFn fn) {
  gradient(std::move(formula));
  def_.gradient.status = "defined";
  def_.gradient.fn = fn;
  return *this;
}

OpBuilder& OpBuilder::no_gradient(std::string reason) {
  def_.gradient.status = "none";
  def_.gradient.reason = std::move(reason);
  return *this;
}

OpBuilder& OpBuilder::onnx(std::string op_type, int since, std::string note) {
  def_.onnx.status = "exact";
  def_.onnx.op_type = std::move(op_type);
  def_.onnx.since_opset = since;
  def_.onnx.note = std::move(note);
  return *this;
}

OpBuilder& OpBuilder::onnx_rename(std::string ours, std::string theirs) {
  def_.onnx.attr_renames.emplace_back(std::move(ours), std::move(theirs));
  return *this;
}

OpBuilder& OpBuilder::onnx_decomposed(std::string note) {
  def_.onnx.status = "decomposed";
  def_.onnx.note = std::move(note);
  return *this;
}

OpBuilder& OpBuilder::onnx_unsupported(std::string reason) {
  def_.onnx.status = "unsupported";
  def_.onnx.note = std::move(reason);
  return *this;
}

}  // namespace tsr
