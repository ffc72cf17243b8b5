// Calling registered operators from C++ (gradient functions, autograd accumulation):
// grad::call("mul", {a, b}) runs the operator through the same dispatcher as the C API.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "tessera/registry/registry.h"

namespace tsr::grad {

struct Arg {
  std::string name;
  AttrType type;
  int64_t i = 0;
  double f = 0;
  std::vector<int64_t> ints;
};
inline Arg ints(const char* n, std::vector<int64_t> v) { return {n, AttrType::Ints, 0, 0, std::move(v)}; }
inline Arg i64(const char* n, int64_t v) { return {n, AttrType::Int, v, 0, {}}; }
inline Arg flag(const char* n, bool v) { return {n, AttrType::Bool, v, 0, {}}; }
inline Arg f64(const char* n, double v) { return {n, AttrType::Float, 0, v, {}}; }
inline Arg dtype(const char* n, DType v) { return {n, AttrType::DType, static_cast<int64_t>(v), 0, {}}; }

// Runs operator `op` and returns its first output (all outputs with call_n).
Tensor call(const char* op, std::initializer_list<Tensor> inputs, std::initializer_list<Arg> attrs = {});
std::vector<Tensor> call_n(const char* op, const std::vector<Tensor>& inputs, const std::vector<Arg>& attrs = {});

// A 0-d tensor holding v converted to dtype.
Tensor scalar(double v, DType dtype);
// Sums g over the dimensions that broadcasting added or stretched, giving shape `to`.
Tensor unbroadcast(const Tensor& g, const Shape& to);
// g (shaped like a keepdims reduction of `to`, or broadcastable to it) expanded to `to`.
Tensor expand_to(const Tensor& g, const Shape& to);
// Shape of a reduction over the attribute `axes` with keepdims, for re-expanding gradients.
Shape keepdims_shape(const Shape& in, const AttrValue& axes);

}  // namespace tsr::grad
