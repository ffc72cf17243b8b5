// ONNX converters for reductions (Reduce*, ArgMax/ArgMin) and CumSum. ONNX's keepdims defaults
// to 1 where the registry's defaults to false, and axes moved from an attribute to an optional
// input (opset 13 for ReduceSum, 18 for the others), so every opset goes through here.
#include <cmath>
#include <limits>
#include <string>

#include "context.h"
#include "convert_helpers.h"

namespace tsr::onnx_io {
namespace {

// The axes of a reduction node, from the attribute or (axes_input) the optional input 1.
// Returns false when the node is a no-op: axes empty and noop_with_empty_axes set.
bool reduce_axes(Ctx& c, bool axes_input, std::vector<int64_t>& axes) {
  if (axes_input) {
    if (c.has_attr("axes")) c.invalid("axes is an input from this opset, not an attribute");
    axes = c.has_input(1) ? c.ints_of(c.input(1)) : std::vector<int64_t>{};
    return !(axes.empty() && c.attr_i("noop_with_empty_axes", 0) != 0);
  }
  axes = c.attr_ints("axes");
  return true;
}

// ReduceMax / ReduceMin over a zero-size axis: ONNX defines the result as the identity of the
// reduction (-inf for max, +inf for min; the type's extremes for integers), where the registry
// refuses. Returns true when it bound the output.
bool empty_extreme(Ctx& c, int x, const std::vector<int64_t>& axes, bool keep, const char* op) {
  const Shape s = c.shape(x);
  std::vector<bool> reduced(static_cast<size_t>(s.ndim), axes.empty());
  for (int64_t a : axes) reduced[static_cast<size_t>(normalize_axis(a, s.ndim, "axes"))] = true;
  bool empty = false;
  std::vector<int64_t> out;
  for (int d = 0; d < s.ndim; ++d) {
    if (reduced[d] && s.d[d] == 0) empty = true;
    if (!reduced[d]) out.push_back(s.d[d]);
    else if (keep) out.push_back(1);
  }
  if (!empty) return false;
  const bool is_max = std::string(op) == "max";
  const DType t = c.dtype(x);
  double v = 0;
  switch (t) {
    case DType::Float32: case DType::Float64: v = is_max ? -INFINITY : INFINITY; break;
    case DType::Int32: v = is_max ? std::numeric_limits<int32_t>::min() : std::numeric_limits<int32_t>::max(); break;
    case DType::Int64:  // -2^63 is exact as a double fill value; 2^63 - 1 is not
      if (!is_max) c.unsupported("ReduceMin of int64 over an empty axis (2^63 - 1 does not survive the double fill value)");
      v = static_cast<double>(std::numeric_limits<int64_t>::min());
      break;
    case DType::UInt8: v = is_max ? 0 : 255; break;
    case DType::Bool: v = is_max ? 0 : 1; break;
  }
  c.set_output(0, c.emit1("full", {}, {Arg("shape", out), Arg("value", v), Arg("dtype", t)}));
  return true;
}

// One reduction: op is the registry operator; log_after takes the log of the result (ReduceLogSum).
void reduce(Ctx& c, const char* op, bool axes_input, bool log_after) {
  std::vector<int64_t> axes;
  const int x = c.input(0);
  if (!reduce_axes(c, axes_input, axes)) {
    c.set_output(0, x);  // ONNX: "the reduction is a no-op" (the input is returned as is)
    return;
  }
  const bool keep = c.attr_i("keepdims", 1) != 0;
  const bool extreme = std::string(op) == "max" || std::string(op) == "min";
  if (extreme && empty_extreme(c, x, axes, keep, op)) return;
  if (extreme && c.dtype(x) == DType::Bool) {  // ONNX 20 allows bool: any / all, via uint8
    const int y = c.emit1(op, {helpers::cast_to(c, x, DType::UInt8)}, {Arg("axes", axes), Arg("keepdims", keep)});
    c.set_output(0, helpers::cast_to(c, y, DType::Bool));
    return;
  }
  int y = c.emit1(op, {x}, {Arg("axes", axes), Arg("keepdims", keep)});
  if (log_after) y = c.emit1("log", {y});
  c.set_output(0, y);
}

#define TSR_REDUCE(Name, op, log_after)                                            \
  void Name##_attr(Ctx& c) { reduce(c, op, false, log_after); }                   \
  void Name##_input(Ctx& c) { reduce(c, op, true, log_after); }
TSR_REDUCE(sum, "sum", false)
TSR_REDUCE(mean, "mean", false)
TSR_REDUCE(max, "max", false)
TSR_REDUCE(min, "min", false)
TSR_REDUCE(prod, "prod", false)
TSR_REDUCE(l1, "l1_norm", false)
TSR_REDUCE(l2, "l2_norm", false)
TSR_REDUCE(log_sum, "sum", true)
TSR_REDUCE(log_sum_exp, "log_sum_exp", false)
TSR_REDUCE(sum_square, "sum_square", false)
#undef TSR_REDUCE

template <const char* kOp>
void arg_reduce(Ctx& c) {
  c.set_output(0, c.emit1(kOp, {c.input(0)}, {Arg("axis", c.attr_i("axis", 0)), Arg("keepdims", c.attr_i("keepdims", 1) != 0),
                                              Arg("select_last_index", c.attr_i("select_last_index", 0) != 0)}));
}
constexpr char kArgMax[] = "argmax", kArgMin[] = "argmin";

// CumSum: axis is a scalar int32/int64 input.
void cumsum(Ctx& c) {
  const auto axis = c.ints_of(c.input(1));
  if (axis.size() != 1) c.invalid("axis must hold one value, got " + std::to_string(axis.size()));
  c.set_output(0, c.emit1("cumsum", {c.input(0)}, {Arg("axis", axis[0]), Arg("exclusive", c.attr_i("exclusive", 0) != 0),
                                                  Arg("reverse", c.attr_i("reverse", 0) != 0)}));
}

void add_split(std::vector<Converter>& out, const char* type, int input_from, ConvertFn attr_fn, ConvertFn input_fn) {
  out.push_back(Converter{type, 1, input_from - 1, attr_fn, ""});
  out.push_back(Converter{type, input_from, 0, input_fn, ""});
}

}  // namespace

void register_reduce_converters(std::vector<Converter>& out) {
  add_split(out, "ReduceSum", 13, sum_attr, sum_input);
  add_split(out, "ReduceMean", 18, mean_attr, mean_input);
  add_split(out, "ReduceMax", 18, max_attr, max_input);
  add_split(out, "ReduceMin", 18, min_attr, min_input);
  add_split(out, "ReduceProd", 18, prod_attr, prod_input);
  add_split(out, "ReduceL1", 18, l1_attr, l1_input);
  add_split(out, "ReduceL2", 18, l2_attr, l2_input);
  add_split(out, "ReduceLogSum", 18, log_sum_attr, log_sum_input);
  add_split(out, "ReduceLogSumExp", 18, log_sum_exp_attr, log_sum_exp_input);
  add_split(out, "ReduceSumSquare", 18, sum_square_attr, sum_square_input);
  add_converters(out, "ArgMax", 1, arg_reduce<kArgMax>);
  add_converters(out, "ArgMin", 1, arg_reduce<kArgMin>);
  add_converters(out, "CumSum", 11, cumsum);
}

}  // namespace tsr::onnx_io
