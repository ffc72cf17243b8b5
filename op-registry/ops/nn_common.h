// Attribute helpers shared by the windowed "nn" operators (conv.cc, pool.cc): spatial lists
// (strides, dilations, kernel_shape), ONNX-style pads and auto_pad.
#pragma once
#include <string>
#include <vector>

#include "common.h"

namespace tsr::ops {

// Largest stride, dilation, pad or kernel size accepted: keeps every window computation far
// from int64 overflow.
constexpr int64_t kMaxWindowValue = int64_t{1} << 31;

inline const std::vector<std::string>& auto_pad_values() {
  static const std::vector<std::string> v = {"NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"};
  return v;
}
enum AutoPad : int64_t { kPadNotSet = 0, kPadSameUpper = 1, kPadSameLower = 2, kPadValid = 3 };
constexpr const char* kAutoPadDoc =
    "How to pad: NOTSET uses `pads`; SAME_UPPER / SAME_LOWER pad so that the output has ceil(input / stride) elements per "
    "spatial axis, the odd element going at the end (UPPER) or the beginning (LOWER); VALID does not pad.";

// Rank check shared by the windowed operators: x is [N, C, spatial...] with 1..3 spatial axes.
inline int spatial_rank(const OpCall& c, int input, int max_spatial = 3) {
  const Tensor& x = c.in(input);
  if (x.ndim() < 3 || x.ndim() > 2 + max_spatial)
    c.bad_input(input, Status::ShapeMismatch,
                "expects [N, C, spatial...] with 1 to " + std::to_string(max_spatial) + " spatial dimensions, got shape " + x.shape().str());
  return x.ndim() - 2;
}

// A per-spatial-axis int[] attribute: empty gives `def` on every axis, otherwise exactly `nsp`
// entries, each in [lo, kMaxWindowValue].
inline void spatial_list(const OpCall& c, int slot, int nsp, int64_t def, int64_t lo, int64_t* out) {
  const AttrValue& v = c.attrs[slot];
  const std::string& name = c.op->attrs[slot].name;
  if (v.count == 0) {
    for (int i = 0; i < nsp; ++i) out[i] = def;
    return;
  }
  if (v.count != nsp)
    c.bad_attr(slot, name + " has " + std::to_string(v.count) + " entries; x has " + std::to_string(nsp) + " spatial dimension(s)");
  for (int i = 0; i < nsp; ++i) {
    if (v.ints[i] < lo || v.ints[i] > kMaxWindowValue)
      c.bad_attr(slot, name + "[" + std::to_string(i) + "] = " + std::to_string(v.ints[i]) + " is outside [" + std::to_string(lo) + ", 2^31]");
    out[i] = v.ints[i];
  }
}

// ONNX pads: empty (all 0) or 2*nsp entries >= 0, all beginnings then all ends.
inline void read_pads(const OpCall& c, int slot, int nsp, int64_t* begin, int64_t* end) {
  const AttrValue& v = c.attrs[slot];
  for (int i = 0; i < nsp; ++i) begin[i] = end[i] = 0;
  if (v.count == 0) return;
  if (v.count != 2 * nsp)
    c.bad_attr(slot, "pads has " + std::to_string(v.count) + " entries; expected 0 or " + std::to_string(2 * nsp) +
                         " (the beginnings of the " + std::to_string(nsp) + " spatial axes, then their ends)");
  for (int i = 0; i < 2 * nsp; ++i)
    if (v.ints[i] < 0 || v.ints[i] > kMaxWindowValue)
      c.bad_attr(slot, "pads[" + std::to_string(i) + "] = " + std::to_string(v.ints[i]) + " is outside [0, 2^31]");
  for (int i = 0; i < nsp; ++i) {
    begin[i] = v.ints[i];
    end[i] = v.ints[nsp + i];
  }
}

// auto_pad other than NOTSET decides the padding itself; explicit nonzero pads then conflict.
inline void check_pads_vs_auto_pad(const OpCall& c, int pads_slot, int auto_pad_slot) {
  if (c.i(auto_pad_slot) == kPadNotSet) return;
  const AttrValue& v = c.attrs[pads_slot];
  for (int64_t k = 0; k < v.count; ++k)
    if (v.ints[k] != 0)
      c.bad_attr(pads_slot, "pads cannot be combined with auto_pad = " + auto_pad_values()[c.i(auto_pad_slot)] + " (leave pads empty)");
}

// Padding chosen by SAME_UPPER / SAME_LOWER for a forward window: the output keeps
// ceil(in / stride) elements.
inline void same_pads(int64_t in, int64_t extent, int64_t stride, bool lower, int64_t& begin, int64_t& end) {
  const int64_t out = (in + stride - 1) / stride;
  const int64_t total = std::max<int64_t>(0, (out - 1) * stride + extent - in);
  begin = lower ? total - total / 2 : total / 2;
  end = total - begin;
}

inline std::vector<int64_t> vec(const int64_t* p, int n) { return std::vector<int64_t>(p, p + n); }

}  // namespace tsr::ops
