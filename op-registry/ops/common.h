// Inference helpers shared by several operator families.
#pragma once
#include "tessera/registry/grad_ops.h"
#include "tessera/registry/registry.h"

namespace tsr::ops {

// y has x's shape and dtype.
inline void infer_unary_same(OpCall& c) {
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(0).shape();
}

// Inputs `a` and `b` must share one dtype; the error names both inputs and blames `b`.
inline void require_same_dtype(const OpCall& c, int a, int b) {
  if (c.in(a).dtype() == c.in(b).dtype()) return;
  const auto& defs = c.op->inputs;
  c.bad_input(b, Status::DTypeMismatch,
              defs[a].name + " and " + defs[b].name + " must have the same dtype, got " + std::string(dtype_name(c.in(a).dtype())) +
                  " and " + std::string(dtype_name(c.in(b).dtype())) + " (cast one of them first)");
}

// Both inputs share one dtype; the output has the broadcast shape and `out` dtype (or theirs).
inline void infer_binary(OpCall& c, bool bool_out) {
  require_same_dtype(c, 0, 1);
  c.out_dtype[0] = bool_out ? DType::Bool : c.in(0).dtype();
  try {
    c.out_shape[0] = broadcast_shapes(c.in(0).shape(), c.in(1).shape());
  } catch (Error& e) {
    c.bad_input(1, e.status(), e.what());
  }
}
inline void infer_binary_same(OpCall& c) { infer_binary(c, false); }
inline void infer_binary_bool(OpCall& c) { infer_binary(c, true); }

// Reads an int[] attribute as a Shape (throws naming the attribute).
inline Shape attr_shape(const OpCall& c, int slot) {
  const AttrValue& v = c.attrs[slot];
  if (v.count > kMaxDims) c.bad_attr(slot, "at most 8 dimensions, got " + std::to_string(v.count));
  Shape s;
  for (int64_t k = 0; k < v.count; ++k) {
    if (v.ints[k] < 0) c.bad_attr(slot, "dimension " + std::to_string(k) + " is negative (" + std::to_string(v.ints[k]) + ")");
    s.push_back(v.ints[k]);
  }
  return s;
}

}  // namespace tsr::ops
