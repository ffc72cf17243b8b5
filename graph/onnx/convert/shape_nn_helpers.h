// Small helpers shared by the shape and nn converters: constants built in the converter,
// ONNX attributes forwarded to registry attributes, and inputs-or-attributes lookups that
// differ across opsets.
#pragma once
#include <cstring>
#include <string>
#include <vector>

#include "context.h"
#include "convert_helpers.h"

namespace tsr::onnx_io::snh {

inline std::vector<int64_t> dims_of(const Shape& s) { return helpers::dims(s); }

// A constant int64 vector [n] (or a scalar when `scalar`).
inline int const_i64(Ctx& c, const std::vector<int64_t>& v, bool scalar = false) {
  Shape s;
  if (!scalar) s.push_back(static_cast<int64_t>(v.size()));
  Tensor t = Tensor::empty(DType::Int64, s);
  if (!v.empty()) std::memcpy(t.data(), v.data(), v.size() * sizeof(int64_t));
  return c.add_constant(t);
}

// A scalar constant of dtype dt (the dtype of the value it combines with).
inline int const_scalar(Ctx& c, DType dt, double v) { return helpers::scalar(c, v, dt); }

// Forwards ONNX attribute `onnx_name` (when present) to registry attribute `ours`.
inline void forward(const Ctx& c, std::vector<Arg>& args, const char* onnx_name, const char* ours = nullptr) {
  using AP = ::onnx::AttributeProto;
  const AP* a = c.attr(onnx_name);
  if (!a) return;
  const std::string name = ours ? ours : onnx_name;
  switch (a->type()) {
    case AP::INT: args.emplace_back(name, static_cast<int64_t>(a->i())); break;
    case AP::FLOAT: args.emplace_back(name, static_cast<double>(a->f())); break;
    case AP::STRING: args.emplace_back(name, a->s()); break;
    case AP::INTS: args.emplace_back(name, std::vector<int64_t>(a->ints().begin(), a->ints().end())); break;
    case AP::FLOATS: args.emplace_back(name, std::vector<double>(a->floats().begin(), a->floats().end())); break;
    default: c.invalid(std::string("attribute '") + onnx_name + "' has an unexpected type");
  }
}

// An int list given as an attribute before `input_since` and as input k from then on
// (Squeeze axes, Slice starts, Split split, ...). `present` tells whether it was given.
inline std::vector<int64_t> ints_attr_or_input(Ctx& c, const char* attr, int k, int input_since, bool* present) {
  if (c.opset < input_since) {
    *present = c.has_attr(attr);
    return c.attr_ints(attr);
  }
  *present = c.has_input(k);
  return *present ? c.ints_of(c.input(k)) : std::vector<int64_t>{};
}

// Binds every ONNX output to the matching emitted value.
inline void set_outputs(Ctx& c, const std::vector<int>& outs) {
  for (int k = 0; k < c.num_outputs() && k < static_cast<int>(outs.size()); ++k) c.set_output(k, outs[k]);
}

}  // namespace tsr::onnx_io::snh
