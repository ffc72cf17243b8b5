// Helpers shared by the exporter family files (tensors.cc, nn.cc): scalar and list initializers
// of a given dtype, and writing registry attributes under their ONNX names.
#pragma once
#include <cmath>
#include <string>
#include <vector>

#include "export_context.h"

namespace tsr::onnx_io {

// A tensor of `dtype` holding `values` (converted like a static_cast), 0-d when `scalar`.
inline Tensor filled(DType dtype, const std::vector<double>& values, bool scalar) {
  Tensor t = Tensor::empty(dtype, scalar ? Shape{} : Shape{static_cast<int64_t>(values.size())});
  dispatch_dtype(dtype, [&](auto tag) {
    using T = decltype(tag);
    for (size_t k = 0; k < values.size(); ++k) t.data_as<T>()[k] = static_cast<T>(values[k]);
  });
  return t;
}
inline std::string scalar_init(ExportCtx& c, DType dtype, double v) { return c.initializer(filled(dtype, {v}, true)); }
inline std::string list_init(ExportCtx& c, DType dtype, const std::vector<double>& v) { return c.initializer(filled(dtype, v, false)); }
inline std::string scalar_i64(ExportCtx& c, int64_t v) {
  Tensor t = Tensor::empty(DType::Int64, Shape{});
  *t.data_as<int64_t>() = v;
  return c.initializer(t);
}

// Registry attribute `name` written under its ONNX name (the mapping's rename, if any). Empty
// lists are left out: every list attribute Tessera has means "ONNX's default" when empty.
inline void write_attr(const ExportCtx& c, ::onnx::NodeProto* n, const std::string& name) {
  const AttrDef& d = c.attr_def(name);
  std::string theirs = name;
  for (const auto& [t, o] : c.op().onnx.attr_renames)
    if (t == name) theirs = o;
  switch (d.type) {
    case AttrType::Bool: case AttrType::Int: ExportCtx::set_i(n, theirs, c.i(name)); break;
    case AttrType::DType: ExportCtx::set_i(n, theirs, dtype_to_onnx(static_cast<DType>(c.i(name)))); break;
    case AttrType::Float: ExportCtx::set_f(n, theirs, c.f(name)); break;
    case AttrType::String: case AttrType::Enum: ExportCtx::set_s(n, theirs, c.s(name)); break;
    case AttrType::Ints: if (!c.ints(name).empty()) ExportCtx::set_ints(n, theirs, c.ints(name)); break;
    case AttrType::Floats: if (!c.floats(name).empty()) ExportCtx::set_floats(n, theirs, c.floats(name)); break;
  }
}

// The node's inputs (absent optional ones as "") and outputs, as the exporter received them.
inline std::vector<std::string> all_inputs(const ExportCtx& c) {
  std::vector<std::string> v;
  for (int k = 0; k < c.num_inputs(); ++k) v.push_back(c.input(k));
  return v;
}
inline std::vector<std::string> all_outputs(const ExportCtx& c) {
  std::vector<std::string> v;
  for (int k = 0; k < c.num_outputs(); ++k) v.push_back(c.output(k));
  return v;
}

// One node of the mapping's op type over the node's own inputs and outputs with the listed
// registry attributes.
inline ::onnx::NodeProto* mapped_node(ExportCtx& c, const std::vector<std::string>& ins, const std::vector<std::string>& attrs) {
  auto* n = c.add(c.op().onnx.op_type, ins, all_outputs(c));
  for (const auto& a : attrs) write_attr(c, n, a);
  return n;
}

inline int rank_of(const ExportCtx& c, int input) { return static_cast<int>(c.input_value(input).dims.size()); }

void register_tensor_exporters(std::vector<Exporter>& out);
void register_nn_exporters(std::vector<Exporter>& out);

}  // namespace tsr::onnx_io
