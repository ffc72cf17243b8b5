// The converter table: family files first, then a generic converter for every registry operator
// whose ONNX mapping is "exact" (same inputs in the same order, attributes by name through the
// mapping's renames) when no family file handles its op type. Also the Ctx helpers shared by
// every converter.
#include <algorithm>
#include <map>
#include <mutex>

#include "context.h"
#include "tessera/core/convert.h"

namespace tsr::onnx_io {

using AP = ::onnx::AttributeProto;

// ---- Ctx helpers ---------------------------------------------------------------------------

std::string node_label(const ::onnx::NodeProto& n, int opset) {
  return "node '" + (n.name().empty() ? (n.output_size() ? n.output(0) : std::string("?")) : n.name()) + "' (" + n.op_type() +
         ", opset " + std::to_string(opset) + ")";
}

void Ctx::unsupported(const std::string& why) const { fail(Status::Unsupported, node_label(node, opset) + ": " + why); }
void Ctx::invalid(const std::string& why) const { fail(Status::InvalidArgument, node_label(node, opset) + ": " + why); }

const AP* Ctx::attr(const std::string& name) const {
  for (const auto& a : node.attribute())
    if (a.name() == name) return &a;
  return nullptr;
}

int64_t Ctx::attr_i(const std::string& name, int64_t def) const {
  const AP* a = attr(name);
  if (!a) return def;
  if (a->type() != AP::INT) invalid("attribute '" + name + "' must be an int");
  return a->i();
}

double Ctx::attr_f(const std::string& name, double def) const {
  const AP* a = attr(name);
  if (!a) return def;
  if (a->type() != AP::FLOAT) invalid("attribute '" + name + "' must be a float");
  return a->f();
}

std::string Ctx::attr_s(const std::string& name, const std::string& def) const {
  const AP* a = attr(name);
  if (!a) return def;
  if (a->type() != AP::STRING) invalid("attribute '" + name + "' must be a string");
  return a->s();
}

std::vector<int64_t> Ctx::attr_ints(const std::string& name, std::vector<int64_t> def) const {
  const AP* a = attr(name);
  if (!a) return def;
  if (a->type() != AP::INTS) invalid("attribute '" + name + "' must be a list of ints");
  return {a->ints().begin(), a->ints().end()};
}

std::vector<double> Ctx::attr_floats(const std::string& name, std::vector<double> def) const {
  const AP* a = attr(name);
  if (!a) return def;
  if (a->type() != AP::FLOATS) invalid("attribute '" + name + "' must be a list of floats");
  return {a->floats().begin(), a->floats().end()};
}

Tensor Ctx::attr_tensor(const std::string& name) const {
  const AP* a = attr(name);
  if (!a || a->type() != AP::TENSOR) invalid("attribute '" + name + "' must be a tensor");
  return tensor_from_proto(a->t(), "");
}

namespace {
// The data of a value of any dtype as a vector of U (float data truncates toward zero for ints).
template <typename U>
std::vector<U> values_as(const Tensor& data) {
  const Tensor t = data.contiguous();
  std::vector<U> out(static_cast<size_t>(t.numel()));
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* p = t.data_as<T>();
    for (int64_t i = 0; i < t.numel(); ++i) out[i] = static_cast<U>(p[i]);
  });
  return out;
}
}  // namespace

std::vector<int64_t> Ctx::ints_of(int value) { return values_as<int64_t>(data(value)); }
std::vector<double> Ctx::floats_of(int value) { return values_as<double>(data(value)); }

void add_converters(std::vector<Converter>& out, const char* op_type, int min_opset, ConvertFn fn, const char* note) {
  out.push_back(Converter{op_type, min_opset, 0, fn, note});
}

// ---- generic converters from the registry's exact mappings ---------------------------------

namespace {

const OpDef* generic_target(const std::string& op_type) {
  for (const auto& op : Registry::get().ops())
    if (op.onnx.status == "exact" && op.onnx.op_type == op_type) return &op;
  return nullptr;
}

void generic_convert(Ctx& c) {
  const OpDef* op = generic_target(c.node.op_type());
  std::vector<int> ins;
  for (int k = 0; k < c.num_inputs(); ++k) ins.push_back(c.has_input(k) ? c.input(k) : -1);
  while (!ins.empty() && ins.back() < 0) ins.pop_back();
  std::vector<Arg> args;
  for (const auto& a : c.node.attribute()) {
    std::string ours = a.name();
    for (const auto& [t, o] : op->onnx.attr_renames)
      if (o == a.name()) ours = t;
    const int slot = op->attr_slot(ours);
    if (slot < 0) c.unsupported("attribute '" + a.name() + "' is not supported");
    const AttrType type = op->attrs[slot].type;
    switch (a.type()) {
      case AP::INT:
        if (type == AttrType::DType) args.emplace_back(ours, dtype_from_onnx(static_cast<int32_t>(a.i()), "attribute '" + a.name() + "'"));
        else args.emplace_back(ours, static_cast<int64_t>(a.i()));
        break;
      case AP::FLOAT: args.emplace_back(ours, static_cast<double>(a.f())); break;
      case AP::STRING: args.emplace_back(ours, a.s()); break;
      case AP::INTS: args.emplace_back(ours, std::vector<int64_t>(a.ints().begin(), a.ints().end())); break;
      case AP::FLOATS: args.emplace_back(ours, std::vector<double>(a.floats().begin(), a.floats().end())); break;
      default: c.unsupported("attribute '" + a.name() + "' has a type the converter does not read");
    }
  }
  auto outs = c.emit(op->name, ins, args, c.num_outputs() > 1 && op->outputs.back().variadic ? c.num_outputs() : -1);
  for (int k = 0; k < c.num_outputs() && k < static_cast<int>(outs.size()); ++k)
    if (c.has_output(k)) c.set_output(k, outs[k]);
}

struct Table {
  std::vector<Converter> family;
  Table() {
    register_elementwise_converters(family);
    register_nn_converters(family);
    register_shape_converters(family);
    register_reduce_converters(family);
    register_misc_converters(family);
  }
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

const Converter* find_converter(const std::string& op_type, int opset) {
  const Table& t = table();
  bool family_has_type = false;
  for (const auto& cv : t.family) {
    if (cv.op_type != op_type) continue;
    family_has_type = true;
    if (opset >= cv.min_opset && (cv.max_opset == 0 || opset <= cv.max_opset)) return &cv;
  }
  if (family_has_type) return nullptr;
  static std::mutex mu;
  static std::map<std::string, Converter> generic;
  std::lock_guard<std::mutex> lock(mu);
  auto it = generic.find(op_type);
  if (it == generic.end()) {
    const OpDef* op = generic_target(op_type);
    if (!op) return nullptr;
    it = generic.emplace(op_type, Converter{op_type, op->onnx.since_opset, 0, generic_convert, ""}).first;
  }
  const Converter& cv = it->second;
  return opset >= cv.min_opset ? &cv : nullptr;
}

std::string unsupported_reason(const std::string& op_type, int opset) {
  std::string known;
  for (const auto& cv : table().family)
    if (cv.op_type == op_type)
      known += (known.empty() ? "" : ", ") + std::string("opset ") + std::to_string(cv.min_opset) +
               (cv.max_opset ? ".." + std::to_string(cv.max_opset) : "+") + (cv.note.empty() ? "" : " (" + cv.note + ")");
  if (!known.empty()) return "op type " + op_type + " is supported for " + known + ", not opset " + std::to_string(opset);
  for (const auto& op : Registry::get().ops()) {
    if (op.onnx.op_type != op_type) continue;
    if (op.onnx.status == "exact")
      return "op type " + op_type + " maps onto '" + op.name + "' from opset " + std::to_string(op.onnx.since_opset) + ", not opset " + std::to_string(opset);
    return "op type " + op_type + " is " + op.onnx.status + " in the mapping table: " + op.onnx.note;
  }
  return "op type " + op_type + " has no Tessera operator (see bindings/onnx/mapping.md)";
}

namespace {
std::string json_str(const std::string& v) {
  std::string o = "\"";
  for (char ch : v) {
    if (ch == '"' || ch == '\\') o += '\\';
    if (static_cast<unsigned char>(ch) < 0x20) continue;
    o += ch;
  }
  return o + "\"";
}
}  // namespace

// What the importer converts, for the mapping tables: one record per converter (family ones
// and the generic ones from exact registry mappings no family file replaces), sorted by op type.
std::string importer_json() {
  struct Row { std::string op_type; int min, max; std::string kind, note; };
  std::vector<Row> rows;
  for (const auto& cv : table().family) rows.push_back({cv.op_type, cv.min_opset, cv.max_opset, "converter", cv.note});
  for (const auto& op : Registry::get().ops()) {
    if (op.onnx.status != "exact") continue;
    bool family = false;
    for (const auto& cv : table().family) family = family || cv.op_type == op.onnx.op_type;
    if (!family) rows.push_back({op.onnx.op_type, op.onnx.since_opset, 0, "generic", "inputs and attributes as registry '" + op.name + "'"});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.op_type != b.op_type ? a.op_type < b.op_type : a.min < b.min; });
  std::string o = "{\n  \"generated\": \"written by npm run generate from the importer's converter table (graph/onnx/convert/) — do not edit\",\n  \"converters\": [\n";
  for (size_t k = 0; k < rows.size(); ++k) {
    const Row& r = rows[k];
    o += "    {\"op_type\": " + json_str(r.op_type) + ", \"min_opset\": " + std::to_string(r.min) + ", \"max_opset\": " +
         (r.max ? std::to_string(r.max) : std::string("null")) + ", \"kind\": " + json_str(r.kind) + ", \"note\": " + json_str(r.note) + "}" +
         (k + 1 < rows.size() ? ",\n" : "\n");
  }
  return o + "  ]\n}\n";
}

}  // namespace tsr::onnx_io
