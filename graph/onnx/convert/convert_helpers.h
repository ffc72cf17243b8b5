// Small building blocks shared by the element-wise, reduction and misc converters: scalar
// constants of a given dtype, casts, optional scalar inputs and the softmax-family 2-D coercion.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "context.h"

namespace tsr::onnx_io::helpers {

// A rank-0 constant holding v converted to dtype t.
inline int scalar(Ctx& c, double v, DType t) {
  Tensor s = Tensor::zeros(t, Shape{});
  switch (t) {
    case DType::Float32: *s.data_as<float>() = static_cast<float>(v); break;
    case DType::Float64: *s.data_as<double>() = v; break;
    case DType::Int32: *s.data_as<int32_t>() = static_cast<int32_t>(v); break;
    case DType::Int64: *s.data_as<int64_t>() = static_cast<int64_t>(v); break;
    case DType::UInt8: *s.data_as<uint8_t>() = static_cast<uint8_t>(v); break;
    case DType::Bool: *s.data_as<uint8_t>() = v != 0; break;
  }
  return c.add_constant(s);
}

inline std::vector<int64_t> dims(const Shape& s) { return std::vector<int64_t>(s.d, s.d + s.ndim); }

inline bool is_float(DType t) { return t == DType::Float32 || t == DType::Float64; }

// An ONNX element type from attribute `name`, as a DType; an element type the engine lacks is
// Unsupported with the node named.
inline DType dtype_attr(Ctx& c, const std::string& name, int64_t elem_type) {
  try {
    return dtype_from_onnx(static_cast<int32_t>(elem_type), "attribute '" + name + "'");
  } catch (const Error& e) {
    c.unsupported(e.what());
  }
}

// Value v cast to dtype t (v itself when it already has it).
inline int cast_to(Ctx& c, int v, DType t) { return c.dtype(v) == t ? v : c.emit1("cast", {v}, {Arg("dtype", t)}); }

// The scalar value of optional input k, or def when absent (empty name or empty tensor).
inline double optional_scalar(Ctx& c, int k, double def) {
  if (!c.has_input(k)) return def;
  auto v = c.floats_of(c.input(k));
  if (v.empty()) return def;
  if (v.size() != 1) c.invalid("input " + std::to_string(k) + " must hold one value, got " + std::to_string(v.size()));
  return v[0];
}

// Before opset 13, Softmax, LogSoftmax and Hardmax coerce x to 2-D [prod(d[:axis]), prod(d[axis:])]
// and work along the second axis. fn(value, axis) computes along one axis. When axis is the last
// one the coercion changes nothing, so fn runs on x directly; otherwise on the 2-D reshape along
// axis 1, and the result takes x's shape back.
template <typename F>
int coerced_2d(Ctx& c, int x, int64_t axis, F fn) {
  const Shape s = c.shape(x);
  const int nd = s.ndim;
  if (axis < -nd || axis >= nd) c.invalid("axis " + std::to_string(axis) + " is out of range for rank " + std::to_string(nd));
  if (axis < 0) axis += nd;
  if (axis == nd - 1) return fn(x, axis);
  int64_t outer = 1, inner = 1;
  for (int d = 0; d < nd; ++d) (d < axis ? outer : inner) *= s.d[d];
  const int flat = c.emit1("reshape", {x}, {Arg("shape", std::vector<int64_t>{outer, inner})});
  const int y = fn(flat, int64_t{1});
  return c.emit1("reshape", {y}, {Arg("shape", dims(s))});
}

}  // namespace tsr::onnx_io::helpers
