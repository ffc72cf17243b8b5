// Serializes the registry to the JSON documented in op-registry/README.md. Keys are written in a
// fixed order so the committed registry.json diffs cleanly.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "tessera/registry/registry.h"

namespace tsr {
namespace {

class JsonOut {
 public:
  std::string text;
  void raw(const std::string& s) { text += s; }
  void str(const std::string& s) {
    text += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"': text += "\\\""; break;
        case '\\': text += "\\\\"; break;
        case '\n': text += "\\n"; break;
        case '\t': text += "\\t"; break;
        case '\r': text += "\\r"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            text += buf;
          } else {
            text += static_cast<char>(c);
          }
      }
    }
    text += '"';
  }
  void num(double v) {
    if (std::isnan(v)) { str("nan"); return; }
    if (std::isinf(v)) { str(v > 0 ? "inf" : "-inf"); return; }
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
      text += std::to_string(static_cast<long long>(v));
      return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    // Shortest text that reads back to the same double keeps the snapshot readable.
    for (int prec = 1; prec <= 17; ++prec) {
      char b2[32];
      std::snprintf(b2, sizeof b2, "%.*g", prec, v);
      if (std::strtod(b2, nullptr) == v) {
        text += b2;
        return;
      }
    }
    text += buf;
  }
  void key(const char* k) {
    str(k);
    text += ": ";
  }
  template <typename T, typename F>
  void list(const std::vector<T>& xs, F&& each) {
    text += '[';
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i) text += ", ";
      each(xs[i]);
    }
    text += ']';
  }
};

void dtypes(JsonOut& j, DTypeSet s) {
  std::vector<std::string> names;
  for (int k = 0; k < kNumDTypes; ++k)
    if (s & (1u << k)) names.emplace_back(dtype_name(static_cast<DType>(k)));
  j.list(names, [&](const std::string& n) { j.str(n); });
}

void meaning(JsonOut& j, Meaning m) {
  if (m == Meaning::None) j.raw("null");
  else j.str(meaning_name(m));
}

void attr_default(JsonOut& j, const AttrDef& a) {
  if (a.required) { j.raw("null"); return; }
  switch (a.type) {
    case AttrType::Bool: j.raw(a.b ? "true" : "false"); break;
    case AttrType::Int: j.num(static_cast<double>(a.i)); break;
    case AttrType::Float: j.num(a.f); break;
    case AttrType::String:
    case AttrType::Enum: j.str(a.s); break;
    case AttrType::Ints: j.list(a.ints, [&](int64_t v) { j.num(static_cast<double>(v)); }); break;
    case AttrType::Floats: j.list(a.floats, [&](double v) { j.num(v); }); break;
    case AttrType::DType: j.str(std::string(dtype_name(static_cast<DType>(a.i)))); break;
  }
}

// Inputs and outputs share one record: outputs are never optional, and a variadic output (the
// last one) holds as many tensors as the call's attributes decide.
void tensor_def(JsonOut& j, const TensorDef& t) {
  j.raw("{");
  j.key("name"); j.str(t.name); j.raw(", ");
  j.key("doc"); j.str(t.doc); j.raw(", ");
  j.key("dtypes"); dtypes(j, t.dtypes);
  j.raw(", "); j.key("optional"); j.raw(t.optional ? "true" : "false");
  j.raw(", "); j.key("variadic"); j.raw(t.variadic ? "true" : "false");
  j.raw(", "); j.key("meaning"); meaning(j, t.meaning);
  j.raw("}");
}

void example_tensor(JsonOut& j, const ExampleTensor& t) {
  j.raw("{");
  j.key("dtype"); j.str(t.dtype); j.raw(", ");
  j.key("shape"); j.list(t.shape, [&](int64_t v) { j.num(static_cast<double>(v)); }); j.raw(", ");
  j.key("data"); j.list(t.data, [&](double v) { j.num(v); });
  j.raw("}");
}

void op_json(JsonOut& j, const OpDef& op) {
  j.raw("    {\n");
  auto field = [&](const char* k, const std::string& v, bool last = false) {
    j.raw("      "); j.key(k); j.str(v); j.raw(last ? "\n" : ",\n");
  };
  field("name", op.name);
  field("family", op.family);
  field("summary", op.summary);
  field("doc", op.doc);
  field("defined_in", op.defined_in);
  j.raw("      "); j.key("inputs"); j.list(op.inputs, [&](const TensorDef& t) { tensor_def(j, t); }); j.raw(",\n");
  j.raw("      "); j.key("outputs"); j.list(op.outputs, [&](const TensorDef& t) { tensor_def(j, t); }); j.raw(",\n");
  j.raw("      "); j.key("attrs"); j.raw("[");
  for (size_t k = 0; k < op.attrs.size(); ++k) {
    const AttrDef& a = op.attrs[k];
    j.raw(k ? ",\n        {" : "\n        {");
    j.key("name"); j.str(a.name); j.raw(", ");
    j.key("type"); j.str(attr_type_name(a.type)); j.raw(", ");
    j.key("doc"); j.str(a.doc); j.raw(", ");
    j.key("meaning"); meaning(j, a.meaning); j.raw(", ");
    j.key("required"); j.raw(a.required ? "true" : "false"); j.raw(", ");
    j.key("default"); attr_default(j, a); j.raw(", ");
    j.key("range");
    if (a.has_range) { j.raw("["); j.num(a.min); j.raw(", "); j.num(a.max); j.raw("]"); } else j.raw("null");
    j.raw(", ");
    j.key("enum");
    if (a.type == AttrType::Enum) j.list(a.enum_values, [&](const std::string& v) { j.str(v); }); else j.raw("null");
    j.raw("}");
  }
  j.raw(op.attrs.empty() ? "],\n" : "\n      ],\n");
  j.raw("      "); j.key("gradient"); j.raw("{");
  j.key("status"); j.str(op.gradient.status); j.raw(", ");
  if (op.gradient.status == "none") { j.key("reason"); j.str(op.gradient.reason); }
  else { j.key("formula"); j.str(op.gradient.formula); }
  j.raw("},\n");
  j.raw("      "); j.key("onnx"); j.raw("{");
  j.key("status"); j.str(op.onnx.status); j.raw(", ");
  j.key("op_type"); if (op.onnx.op_type.empty()) j.raw("null"); else j.str(op.onnx.op_type); j.raw(", ");
  j.key("since_opset"); if (op.onnx.since_opset) j.num(op.onnx.since_opset); else j.raw("null"); j.raw(", ");
  j.key("attr_renames"); j.raw("{");
  for (size_t k = 0; k < op.onnx.attr_renames.size(); ++k) {
    if (k) j.raw(", ");
    j.key(op.onnx.attr_renames[k].first.c_str()); j.str(op.onnx.attr_renames[k].second);
  }
  j.raw("}, ");
  j.key("note"); j.str(op.onnx.note);
  j.raw("},\n");
  j.raw("      "); j.key("examples"); j.raw("[");
  for (size_t k = 0; k < op.examples.size(); ++k) {
    const Example& e = op.examples[k];
    j.raw(k ? ",\n        {" : "\n        {");
    j.key("title"); j.str(e.title); j.raw(", ");
    j.key("inputs"); j.list(e.inputs, [&](const ExampleTensor& t) { example_tensor(j, t); }); j.raw(", ");
    j.key("attrs"); j.raw("{");
    for (size_t a = 0; a < e.attrs.size(); ++a) {
      if (a) j.raw(", ");
      j.key(e.attrs[a].first.c_str()); j.raw(e.attrs[a].second);
    }
    j.raw("}, ");
    j.key("outputs"); j.list(e.outputs, [&](const ExampleTensor& t) { example_tensor(j, t); }); j.raw(", ");
    j.key("source"); j.str(e.source);
    j.raw("}");
  }
  j.raw("\n      ]\n    }");
}

}  // namespace

std::string fnv1a_hex(const std::string& text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string build_registry_json(const std::vector<OpDef>& ops, std::string* hash) {
  JsonOut body;
  body.raw("[\n");
  for (size_t k = 0; k < ops.size(); ++k) {
    if (k) body.raw(",\n");
    op_json(body, ops[k]);
  }
  body.raw("\n  ]");
  JsonOut j;
  j.raw("{\n  \"generated\": \"by npm run generate from tsr_registry_json() \u2014 do not edit\",\n  \"schema_version\": 1,\n  \"api_version\": 1,\n  \"hash\": ");
  *hash = fnv1a_hex(body.text);
  j.str(*hash);
  j.raw(",\n  \"dtypes\": [\"float32\", \"float64\", \"int32\", \"int64\", \"uint8\", \"bool\"],\n");
  j.raw("  \"attr_types\": [\"bool\", \"int\", \"float\", \"string\", \"enum\", \"int[]\", \"float[]\", \"dtype\"],\n");
  j.raw("  \"ops\": ");
  j.raw(body.text);
  j.raw("\n}\n");
  return j.text;
}

}  // namespace tsr
