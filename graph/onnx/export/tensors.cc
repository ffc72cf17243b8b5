// Exporters for reductions, shape/layout, creation, indexing and element-wise operators whose
// registry attributes are ONNX inputs at opset 20 (axes, shape, starts, pads, k, ...), whose
// defaults differ from ONNX's, or whose ONNX form needs a cast or a few extra nodes.
#include <algorithm>
#include <limits>

#include "export_util.h"

namespace tsr::onnx_io {

namespace {

// Reduce*: axes become an input (left out for "all axes"), keepdims is always written because
// ONNX defaults to 1 and Tessera to false.
void reduce(ExportCtx& c) {
  std::vector<std::string> ins{c.input(0)};
  const auto axes = c.ints("axes");
  if (!axes.empty()) ins.push_back(c.initializer_i64(axes));
  mapped_node(c, ins, {"keepdims"});
}

void cumsum(ExportCtx& c) { mapped_node(c, {c.input(0), scalar_i64(c, c.i("axis"))}, {"exclusive", "reverse"}); }

void reshape(ExportCtx& c) {
  const auto shape = c.ints("shape");
  bool zero = false, infer = false;
  for (auto d : shape) { zero |= d == 0; infer |= d == -1; }
  // ONNX copies the input dim for a 0 unless allowzero; allowzero forbids -1 next to a 0.
  if (zero && infer) c.unsupported("a shape with both 0 and -1 has no ONNX Reshape form");
  auto* n = mapped_node(c, {c.input(0), c.initializer_i64(shape)}, {});
  if (zero) ExportCtx::set_i(n, "allowzero", 1);
}

void transpose(ExportCtx& c) { mapped_node(c, {c.input(0)}, {"perm"}); }  // empty perm: ONNX's default reversal

void slice(ExportCtx& c) {
  auto axes = c.ints("axes");
  const auto steps = c.ints("steps");
  const auto starts = c.ints("starts");
  std::vector<std::string> ins{c.input(0), c.initializer_i64(starts), c.initializer_i64(c.ints("ends"))};
  if (axes.empty() && !steps.empty())
    for (size_t k = 0; k < starts.size(); ++k) axes.push_back(static_cast<int64_t>(k));
  if (!axes.empty()) ins.push_back(c.initializer_i64(axes));
  if (!steps.empty()) ins.push_back(c.initializer_i64(steps));
  mapped_node(c, ins, {});
}

// zeros / ones / full: ConstantOfShape over a shape initializer, the fill as a 1-element tensor.
void constant_of_shape(ExportCtx& c, double value) {
  const auto dtype = static_cast<DType>(c.i("dtype"));
  auto* n = mapped_node(c, {c.initializer_i64(c.ints("shape"))}, {});
  ExportCtx::set_tensor(n, "value", filled(dtype, {value}, false));
}
void zeros(ExportCtx& c) { constant_of_shape(c, 0); }
void ones(ExportCtx& c) { constant_of_shape(c, 1); }
void full(ExportCtx& c) { constant_of_shape(c, c.f("value")); }

// arange: Range over scalar inputs of the result dtype. Range has no uint8, so uint8 goes
// through int32 and a Cast; integer dtypes need integral start/stop/step (Tessera converts
// start + i*step per element, Range adds integers).
void arange(ExportCtx& c) {
  const auto dtype = static_cast<DType>(c.i("dtype"));
  const double v[3] = {c.f("start"), c.f("stop"), c.f("step")};
  if (!is_floating(dtype))
    for (double x : v)
      if (x != std::floor(x)) c.unsupported("an integer arange needs integral start, stop and step (ONNX Range adds in the result type)");
  const DType range_type = dtype == DType::UInt8 ? DType::Int32 : dtype;
  std::vector<std::string> ins{scalar_init(c, range_type, v[0]), scalar_init(c, range_type, v[1]), scalar_init(c, range_type, v[2])};
  if (range_type == dtype) {
    mapped_node(c, ins, {});
    return;
  }
  const std::string r = c.fresh("arange_i32");
  c.add("Range", ins, {r});
  ExportCtx::set_i(c.add("Cast", {r}, {c.output(0)}), "to", dtype_to_onnx(dtype));
}

// clip: bounds become scalar inputs of x's dtype; infinite bounds are left out. For integer
// dtypes Tessera uses ceil(min) / floor(max) saturated to the dtype's range.
void clip(ExportCtx& c) {
  const DType t = c.input_value(0).dtype;
  auto bound = [&](double b, bool lower) -> std::string {
    if (std::isinf(b)) return {};
    if (!is_floating(t)) {
      b = lower ? std::ceil(b) : std::floor(b);
      double lo = 0, hi = 0;
      dispatch_dtype(t, [&](auto tag) {
        using T = decltype(tag);
        lo = static_cast<double>(std::numeric_limits<T>::lowest());
        hi = static_cast<double>(std::numeric_limits<T>::max());
      });
      b = std::min(std::max(b, lo), hi);
    }
    return scalar_init(c, t, b);
  };
  std::vector<std::string> ins{c.input(0), bound(c.f("min"), true), bound(c.f("max"), false)};
  while (ins.back().empty()) ins.pop_back();
  mapped_node(c, ins, {});
}

// GatherND / ScatterND take int64 indices only.
std::string as_int64(ExportCtx& c, int input) {
  if (c.input_value(input).dtype == DType::Int64) return c.input(input);
  const std::string v = c.fresh(c.input(input) + "_i64");
  ExportCtx::set_i(c.add("Cast", {c.input(input)}, {v}), "to", dtype_to_onnx(DType::Int64));
  return v;
}
void gather_nd(ExportCtx& c) { mapped_node(c, {c.input(0), as_int64(c, 1)}, {"batch_dims"}); }
void scatter_nd(ExportCtx& c) { mapped_node(c, {c.input(0), as_int64(c, 1), c.input(2)}, {"reduction"}); }

// one_hot: depth and [off, on] become inputs; the values' dtype is the result dtype. OneHot
// kernels exist for few (indices, values, depth) type triples in onnxruntime, so indices are
// int64 and depth int64 — except int32 values, whose kernel wants a float depth — and the other
// result dtypes select between on and off with Where over an int64 one-hot.
void one_hot(ExportCtx& c) {
  const auto dtype = static_cast<DType>(c.i("dtype"));
  const double on = c.f("on_value"), off = c.f("off_value");
  const std::string idx = as_int64(c, 0);
  auto one_hot_node = [&](const std::string& depth, const std::string& values, const std::string& out) {
    ExportCtx::set_i(c.add("OneHot", {idx, depth, values}, {out}), "axis", c.i("axis"));
  };
  if (dtype == DType::Float32 || dtype == DType::Int64) {
    one_hot_node(list_init(c, DType::Int64, {static_cast<double>(c.i("depth"))}), list_init(c, dtype, {off, on}), c.output(0));
  } else if (dtype == DType::Int32) {
    one_hot_node(list_init(c, DType::Float32, {static_cast<double>(c.i("depth"))}), list_init(c, dtype, {off, on}), c.output(0));
  } else {
    const std::string hot = c.fresh("one_hot"), mask = c.fresh("one_hot_mask");
    one_hot_node(list_init(c, DType::Int64, {static_cast<double>(c.i("depth"))}), list_init(c, DType::Int64, {0, 1}), hot);
    ExportCtx::set_i(c.add("Cast", {hot}, {mask}), "to", dtype_to_onnx(DType::Bool));
    c.add("Where", {mask, scalar_init(c, dtype, on), scalar_init(c, dtype, off)}, {c.output(0)});
  }
}

void top_k(ExportCtx& c) { mapped_node(c, {c.input(0), c.initializer_i64({c.i("k")})}, {"axis", "largest", "sorted"}); }

void trilu(ExportCtx& c, bool upper) {
  auto* n = mapped_node(c, {c.input(0), scalar_i64(c, c.i("k"))}, {});
  ExportCtx::set_i(n, "upper", upper);
}
void triu(ExportCtx& c) { trilu(c, true); }
void tril(ExportCtx& c) { trilu(c, false); }

void squeeze(ExportCtx& c) {
  const auto axes = c.ints("axes");
  std::vector<std::string> ins{c.input(0)};
  if (!axes.empty()) ins.push_back(c.initializer_i64(axes));  // none: every size-1 axis
  mapped_node(c, ins, {});
}
// Unsqueeze / Expand / Tile: the list attribute is the second input.
void list_as_input(ExportCtx& c, const char* name) { mapped_node(c, {c.input(0), c.initializer_i64(c.ints(name))}, {}); }
void unsqueeze(ExportCtx& c) { list_as_input(c, "axes"); }
void expand(ExportCtx& c) { list_as_input(c, "shape"); }
void tile(ExportCtx& c) { list_as_input(c, "repeats"); }

// pad: pads become an input and, in constant mode, value the constant_value input of x's dtype.
void pad(ExportCtx& c) {
  std::vector<std::string> ins{c.input(0), c.initializer_i64(c.ints("pads"))};
  if (c.s("mode") == "constant") ins.push_back(scalar_init(c, c.input_value(0).dtype, c.f("value")));
  mapped_node(c, ins, {"mode"});
}

// split: sizes as the optional second input, otherwise num_outputs (the output count when the
// node was built with neither).
void split(ExportCtx& c) {
  const auto sizes = c.ints("split");
  std::vector<std::string> ins{c.input(0)};
  if (!sizes.empty()) ins.push_back(c.initializer_i64(sizes));
  auto* n = mapped_node(c, ins, {"axis"});
  if (sizes.empty()) ExportCtx::set_i(n, "num_outputs", c.i("num_outputs") > 0 ? c.i("num_outputs") : c.num_outputs());
}

// Integer div / mod by zero: Tessera defines x / 0 and x mod 0 as 0 (numpy's values) where ONNX
// leaves them undefined (onnxruntime fails), so the divisor's zeros become ones and their
// results zeros.
void integer_division(ExportCtx& c, const std::vector<std::string>& attrs) {
  const DType t = c.input_value(1).dtype;
  if (is_floating(t)) {
    mapped_node(c, all_inputs(c), attrs);
    return;
  }
  const std::string zero = scalar_init(c, t, 0), is_zero = c.fresh("divisor_is_zero"), safe = c.fresh("safe_divisor"),
                    q = c.fresh("quotient");
  c.add("Equal", {c.input(1), zero}, {is_zero});
  c.add("Where", {is_zero, scalar_init(c, t, 1), c.input(1)}, {safe});
  auto* n = c.add(c.op().onnx.op_type, {c.input(0), safe}, {q});
  for (const auto& a : attrs) write_attr(c, n, a);
  c.add("Where", {is_zero, zero, q}, {c.output(0)});
}
void div(ExportCtx& c) { integer_division(c, {}); }
void mod(ExportCtx& c) { integer_division(c, {"fmod"}); }

}  // namespace

void register_tensor_exporters(std::vector<Exporter>& out) {
  for (const char* r : {"sum", "mean", "max", "min", "prod", "l1_norm", "l2_norm", "log_sum_exp", "sum_square"})
    out.push_back({r, reduce});
  out.insert(out.end(), {
      {"cumsum", cumsum},         {"reshape", reshape},     {"transpose", transpose}, {"slice", slice},
      {"zeros", zeros},           {"ones", ones},           {"full", full},           {"arange", arange},
      {"clip", clip},             {"gather_nd", gather_nd}, {"scatter_nd", scatter_nd}, {"one_hot", one_hot},
      {"top_k", top_k},           {"triu", triu},           {"tril", tril},           {"squeeze", squeeze},
      {"unsqueeze", unsqueeze},   {"expand", expand},       {"tile", tile},           {"pad", pad},
      {"split", split},           {"div", div},             {"mod", mod},
  });
}

}  // namespace tsr::onnx_io
