// ONNX converters for shape, layout and indexing op types (Reshape, Transpose, Slice, Gather, ...).
// The registry operators take ONNX's semantics with their shape-like inputs as attributes, so
// most converters read those inputs' data (known at conversion time: emit runs eagerly) and
// pass them on. Entries also cover the older opsets where these were attributes.
#include <algorithm>
#include <cmath>
#include <limits>

#include "context.h"
#include "shape_nn_helpers.h"

namespace tsr::onnx_io {
namespace {

using snh::const_i64;
using snh::dims_of;
using snh::forward;
using snh::ints_attr_or_input;
using snh::set_outputs;

// ---- constants and shapes ------------------------------------------------------------------

void constant(Ctx& c) {
  using AP = ::onnx::AttributeProto;
  if (c.has_attr("sparse_value")) c.unsupported("sparse_value is not supported");
  if (c.has_attr("value_string") || c.has_attr("value_strings")) c.unsupported("string tensors are not supported");
  if (c.has_attr("value")) {
    c.set_output(0, c.add_constant(c.attr_tensor("value")));
    return;
  }
  if (const AP* a = c.attr("value_float")) {
    Tensor t = Tensor::empty(DType::Float32, Shape{});
    *t.data_as<float>() = a->f();
    c.set_output(0, c.add_constant(t));
    return;
  }
  if (const AP* a = c.attr("value_floats")) {
    Tensor t = Tensor::empty(DType::Float32, Shape{static_cast<int64_t>(a->floats_size())});
    for (int i = 0; i < a->floats_size(); ++i) t.data_as<float>()[i] = a->floats(i);
    c.set_output(0, c.add_constant(t));
    return;
  }
  if (c.has_attr("value_int")) {
    c.set_output(0, const_i64(c, {c.attr_i("value_int", 0)}, true));
    return;
  }
  if (c.has_attr("value_ints")) {
    c.set_output(0, const_i64(c, c.attr_ints("value_ints")));
    return;
  }
  c.invalid("has none of value, value_float(s), value_int(s)");
}

void constant_of_shape(Ctx& c) {
  const std::vector<int64_t> shape = c.ints_of(c.input(0));
  DType dt = DType::Float32;
  double v = 0;
  if (c.has_attr("value")) {
    Tensor t = c.attr_tensor("value");
    if (t.numel() != 1) c.invalid("attribute 'value' must hold one element");
    dt = t.dtype();
    Tensor one = t.contiguous();
    switch (dt) {
      case DType::Float32: v = one.data_as<float>()[0]; break;
      case DType::Float64: v = one.data_as<double>()[0]; break;
      case DType::Int32: v = one.data_as<int32_t>()[0]; break;
      case DType::Int64: {
        // Built directly: an int64 fill may not survive the round trip through a double.
        Tensor out = Tensor::empty(DType::Int64, Shape::of(shape.data(), static_cast<int64_t>(shape.size())));
        std::fill(out.data_as<int64_t>(), out.data_as<int64_t>() + out.numel(), one.data_as<int64_t>()[0]);
        c.set_output(0, c.add_constant(out));
        return;
      }
      case DType::UInt8: case DType::Bool: v = one.data_as<uint8_t>()[0]; break;
    }
  }
  c.set_output(0, c.emit1("full", {}, {Arg("shape", shape), Arg("value", v), Arg("dtype", dt)}));
}

void shape_(Ctx& c) {
  std::vector<int64_t> d = dims_of(c.shape(c.input(0)));
  const int64_t r = static_cast<int64_t>(d.size());
  auto clamp = [&](int64_t i) { return std::clamp(i < 0 ? i + r : i, int64_t{0}, r); };
  const int64_t start = clamp(c.attr_i("start", 0)), end = clamp(c.attr_i("end", r));
  std::vector<int64_t> out;
  for (int64_t i = start; i < end; ++i) out.push_back(d[i]);
  c.set_output(0, const_i64(c, out));
}

void size_(Ctx& c) { c.set_output(0, const_i64(c, {c.shape(c.input(0)).numel()}, true)); }

void identity(Ctx& c) { c.set_output(0, c.input(0)); }

// ---- layout ----------------------------------------------------------------------------------

void reshape(Ctx& c) {
  const int x = c.input(0);
  std::vector<int64_t> shape = c.opset < 5 ? c.attr_ints("shape") : c.ints_of(c.input(1));
  const bool allowzero = c.attr_i("allowzero", 0) != 0;
  const Shape in = c.shape(x);
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] != 0 || allowzero) continue;
    if (static_cast<int>(i) >= in.ndim) c.invalid("shape[" + std::to_string(i) + "] = 0 copies a dimension the input lacks");
    shape[i] = in.d[i];
  }
  c.set_output(0, c.emit1("reshape", {x}, {Arg("shape", shape)}));
}

void transpose(Ctx& c) {
  c.set_output(0, c.emit1("transpose", {c.input(0)}, {Arg("perm", c.attr_ints("perm"))}));
}

void concat(Ctx& c) {
  std::vector<int> ins;
  for (int k = 0; k < c.num_inputs(); ++k) ins.push_back(c.input(k));
  if (ins.empty()) c.invalid("needs at least one input");
  if (c.opset >= 4 && !c.has_attr("axis")) c.invalid("attribute 'axis' is required");
  c.set_output(0, c.emit1("concat", ins, {Arg("axis", c.attr_i("axis", 1))}));
}

void slice(Ctx& c) {
  std::vector<int64_t> starts, ends, axes, steps;
  if (c.opset < 10) {
    starts = c.attr_ints("starts");
    ends = c.attr_ints("ends");
    axes = c.attr_ints("axes");
  } else {
    starts = c.ints_of(c.input(1));
    ends = c.ints_of(c.input(2));
    if (c.has_input(3)) axes = c.ints_of(c.input(3));
    if (c.has_input(4)) steps = c.ints_of(c.input(4));
  }
  if (starts.size() != ends.size()) c.invalid("starts and ends differ in length");
  c.set_output(0, c.emit1("slice", {c.input(0)}, {Arg("starts", starts), Arg("ends", ends), Arg("axes", axes), Arg("steps", steps)}));
}

void squeeze(Ctx& c) {
  bool given = false;
  std::vector<int64_t> axes = ints_attr_or_input(c, "axes", 1, 13, &given);
  c.set_output(0, c.emit1("squeeze", {c.input(0)}, {Arg("axes", axes)}));
}

void unsqueeze(Ctx& c) {
  bool given = false;
  std::vector<int64_t> axes = ints_attr_or_input(c, "axes", 1, 13, &given);
  if (!given) c.invalid("axes are required");
  c.set_output(0, c.emit1("unsqueeze", {c.input(0)}, {Arg("axes", axes)}));
}

void flatten(Ctx& c) { c.set_output(0, c.emit1("flatten", {c.input(0)}, {Arg("axis", c.attr_i("axis", 1))})); }

void expand(Ctx& c) { c.set_output(0, c.emit1("expand", {c.input(0)}, {Arg("shape", c.ints_of(c.input(1)))})); }

void tile(Ctx& c) { c.set_output(0, c.emit1("tile", {c.input(0)}, {Arg("repeats", c.ints_of(c.input(1)))})); }

void pad(Ctx& c) {
  const int x = c.input(0);
  const int r = c.shape(x).ndim;
  std::string mode = c.attr_s("mode", "constant");
  std::vector<int64_t> pads;
  double value = 0;
  if (c.opset < 11) {
    pads = c.attr_ints(c.opset < 2 ? "paddings" : "pads");
    value = c.attr_f("value", 0.0);
  } else {
    pads = c.ints_of(c.input(1));
    if (c.has_input(2)) {
      const std::vector<double> v = c.floats_of(c.input(2));
      if (v.size() > 1) c.invalid("constant_value must be a scalar");
      if (!v.empty()) value = v[0];
    }
    if (c.has_input(3)) {  // axes (opset 18): pads name only these axes
      const std::vector<int64_t> axes = c.ints_of(c.input(3));
      if (pads.size() != 2 * axes.size()) c.invalid("pads must have twice as many entries as axes");
      std::vector<int64_t> full(2 * r, 0);
      for (size_t i = 0; i < axes.size(); ++i) {
        const int a = normalize_axis(axes[i], r, "axes");
        full[a] = pads[i];
        full[a + r] = pads[i + axes.size()];
      }
      pads = full;
    }
  }
  if (static_cast<int>(pads.size()) != 2 * r) c.invalid("pads must have 2 * rank entries");
  c.set_output(0, c.emit1("pad", {x}, {Arg("pads", pads), Arg("mode", mode), Arg("value", value)}));
}

void split(Ctx& c) {
  std::vector<int64_t> sizes;
  bool given = false;
  if (c.opset < 2 && c.has_input(1)) {
    sizes = c.ints_of(c.input(1));
    given = true;
  } else {
    sizes = ints_attr_or_input(c, "split", 1, 13, &given);
  }
  std::vector<Arg> args{Arg("axis", c.attr_i("axis", 0))};
  const int n = c.num_outputs();
  if (given && !sizes.empty()) {
    if (static_cast<int>(sizes.size()) != n) c.invalid("split has " + std::to_string(sizes.size()) + " entries for " + std::to_string(n) + " outputs");
    args.emplace_back("split", sizes);
  } else {
    const int64_t num = c.attr_i("num_outputs", n);
    if (num != n) c.invalid("num_outputs differs from the number of outputs");
    if (c.opset < 18) {  // before num_outputs, the pieces must be equal
      const Shape s = c.shape(c.input(0));
      const int a = normalize_axis(c.attr_i("axis", 0), s.ndim, "axis");
      if (s.d[a] % n != 0) c.invalid("axis size " + std::to_string(s.d[a]) + " does not split evenly into " + std::to_string(n));
    }
    args.emplace_back("num_outputs", static_cast<int64_t>(n));
  }
  set_outputs(c, c.emit("split", {c.input(0)}, args, n));
}

// ---- indexing --------------------------------------------------------------------------------

void gather(Ctx& c) { c.set_output(0, c.emit1("gather", {c.input(0), c.input(1)}, {Arg("axis", c.attr_i("axis", 0))})); }

void gather_elements(Ctx& c) {
  c.set_output(0, c.emit1("gather_elements", {c.input(0), c.input(1)}, {Arg("axis", c.attr_i("axis", 0))}));
}

void gather_nd(Ctx& c) {
  c.set_output(0, c.emit1("gather_nd", {c.input(0), c.input(1)}, {Arg("batch_dims", c.attr_i("batch_dims", 0))}));
}

void scatter_elements(Ctx& c) {
  c.set_output(0, c.emit1("scatter_elements", {c.input(0), c.input(1), c.input(2)},
                          {Arg("axis", c.attr_i("axis", 0)), Arg("reduction", c.attr_s("reduction", "none"))}));
}

void scatter_nd(Ctx& c) {
  c.set_output(0, c.emit1("scatter_nd", {c.input(0), c.input(1), c.input(2)}, {Arg("reduction", c.attr_s("reduction", "none"))}));
}

void depth_to_space(Ctx& c) {
  if (!c.has_attr("blocksize")) c.invalid("attribute 'blocksize' is required");
  c.set_output(0, c.emit1("depth_to_space", {c.input(0)}, {Arg("blocksize", c.attr_i("blocksize", 1)), Arg("mode", c.attr_s("mode", "DCR"))}));
}

void space_to_depth(Ctx& c) {
  if (!c.has_attr("blocksize")) c.invalid("attribute 'blocksize' is required");
  c.set_output(0, c.emit1("space_to_depth", {c.input(0)}, {Arg("blocksize", c.attr_i("blocksize", 1))}));
}

// ---- resize ----------------------------------------------------------------------------------

// Calls the registry resize with scales or sizes over every axis of x.
void emit_resize(Ctx& c, const std::vector<double>& scales, const std::vector<int64_t>& sizes, const std::string& mode,
                 const std::string& ctm, const std::string& nearest, double cubic_a = -0.75, bool exclude_outside = false) {
  std::string m = mode;
  if (m == "bilinear" || m == "trilinear") m = "linear";
  std::vector<Arg> args{Arg("mode", m), Arg("coordinate_transformation_mode", ctm)};
  if (m == "nearest") args.emplace_back("nearest_mode", nearest);
  if (m == "cubic") {
    args.emplace_back("cubic_coeff_a", cubic_a);
    args.emplace_back("exclude_outside", exclude_outside);
  }
  if (!sizes.empty()) args.emplace_back("sizes", sizes);
  else args.emplace_back("scales", scales);
  c.set_output(0, c.emit1("resize", {c.input(0)}, args));
}

// Upsample (7: scales attribute; 9: scales input) and Resize 10: asymmetric coordinates,
// nearest rounds down.
void upsample(Ctx& c) {
  std::vector<double> scales = c.opset < 9 ? c.attr_floats("scales") : c.floats_of(c.input(1));
  emit_resize(c, scales, {}, c.attr_s("mode", "nearest"), "asymmetric", "floor");
}

void resize_11(Ctx& c) {
  const int x = c.input(0);
  const int r = c.shape(x).ndim;
  const std::string ctm = c.attr_s("coordinate_transformation_mode", "half_pixel");
  if (ctm == "tf_crop_and_resize" || ctm == "tf_half_pixel_for_nn" || ctm == "half_pixel_symmetric")
    c.unsupported("coordinate_transformation_mode " + ctm + " is not supported");
  if (c.attr_i("antialias", 0) != 0) c.unsupported("antialias = 1 is not supported");
  std::vector<double> scales;
  std::vector<int64_t> sizes;
  if (c.has_input(2)) scales = c.floats_of(c.input(2));
  if (c.has_input(3)) sizes = c.ints_of(c.input(3));
  if (!scales.empty() && !sizes.empty()) c.invalid("give scales or sizes, not both");
  if (scales.empty() && sizes.empty()) c.invalid("needs scales or sizes");
  // axes (opset 18): scales/sizes name only these axes; the others keep their size.
  const std::vector<int64_t> axes = c.attr_ints("axes");
  const Shape in = c.shape(x);
  if (!axes.empty()) {
    const size_t n = scales.empty() ? sizes.size() : scales.size();
    if (n != axes.size()) c.invalid("scales/sizes must have one entry per axis in axes");
    std::vector<double> fs(r, 1.0);
    std::vector<int64_t> fz = dims_of(in);
    for (size_t i = 0; i < axes.size(); ++i) {
      const int a = normalize_axis(axes[i], r, "axes");
      if (!scales.empty()) fs[a] = scales[i];
      else fz[a] = sizes[i];
    }
    if (!scales.empty()) scales = fs;
    else sizes = fz;
  }
  const std::string policy = c.attr_s("keep_aspect_ratio_policy", "stretch");
  if (!sizes.empty() && policy != "stretch") {
    // not_larger / not_smaller: one scale for the resized axes, then sizes = round(scale * in).
    if (policy != "not_larger" && policy != "not_smaller") c.invalid("unknown keep_aspect_ratio_policy " + policy);
    std::vector<int> which;
    if (axes.empty()) for (int a = 0; a < r; ++a) which.push_back(a);
    else for (auto a : axes) which.push_back(normalize_axis(a, r, "axes"));
    double s = policy == "not_larger" ? std::numeric_limits<double>::infinity() : 0.0;
    for (int a : which) {
      const double q = static_cast<double>(sizes[a]) / static_cast<double>(in.d[a]);
      s = policy == "not_larger" ? std::min(s, q) : std::max(s, q);
    }
    scales.assign(r, 1.0);
    for (int a : which) {
      sizes[a] = static_cast<int64_t>(std::llround(s * static_cast<double>(in.d[a])));
      scales[a] = s;
    }
    // The registry derives scale = out / in from sizes; the policy's rounded sizes and the
    // single scale only agree when the products are whole numbers.
    for (int a : which)
      if (static_cast<double>(sizes[a]) != s * static_cast<double>(in.d[a]))
        c.unsupported("keep_aspect_ratio_policy " + policy + " with a fractional output size is not supported");
    scales.clear();
  }
  if (!scales.empty() && static_cast<int>(scales.size()) != r) c.invalid("scales must have one entry per dimension");
  if (!sizes.empty() && static_cast<int>(sizes.size()) != r) c.invalid("sizes must have one entry per dimension");
  emit_resize(c, scales, sizes, c.attr_s("mode", "nearest"), ctm, c.attr_s("nearest_mode", "round_prefer_floor"),
              c.attr_f("cubic_coeff_a", -0.75), c.attr_i("exclude_outside", 0) != 0);
}

void add_range(std::vector<Converter>& out, const char* type, int lo, int hi, ConvertFn fn, const char* note = "") {
  out.push_back(Converter{type, lo, hi, fn, note});
}

}  // namespace

void register_shape_converters(std::vector<Converter>& out) {
  add_converters(out, "Constant", 1, constant, "sparse_value and strings are not supported");
  add_converters(out, "ConstantOfShape", 9, constant_of_shape);
  add_converters(out, "Shape", 1, shape_);
  add_converters(out, "Size", 1, size_);
  add_converters(out, "Identity", 1, identity, "tensors only (no sequences or optionals)");
  add_converters(out, "Reshape", 1, reshape);
  add_converters(out, "Transpose", 1, transpose);
  add_converters(out, "Concat", 1, concat);
  add_converters(out, "Slice", 1, slice);
  add_converters(out, "Squeeze", 1, squeeze);
  add_converters(out, "Unsqueeze", 1, unsqueeze);
  add_converters(out, "Flatten", 1, flatten);
  add_converters(out, "Expand", 8, expand);
  add_converters(out, "Tile", 6, tile, "opset 1-5 (tiles/axis inputs) is not supported");
  add_converters(out, "Pad", 1, pad);
  add_converters(out, "Split", 1, split);
  add_converters(out, "Gather", 1, gather);
  add_converters(out, "GatherElements", 11, gather_elements);
  add_converters(out, "GatherND", 11, gather_nd);
  add_range(out, "Scatter", 9, 10, scatter_elements);
  add_converters(out, "ScatterElements", 11, scatter_elements);
  add_converters(out, "ScatterND", 11, scatter_nd);
  add_converters(out, "DepthToSpace", 1, depth_to_space);
  add_converters(out, "SpaceToDepth", 1, space_to_depth);
  add_converters(out, "Upsample", 7, upsample, "nearest and linear only");  // deprecated at 10, still read
  add_range(out, "Resize", 10, 10, upsample, "nearest and linear only");
  add_converters(out, "Resize", 11, resize_11,
                 "nearest, linear and cubic; no tf_crop_and_resize, half_pixel_symmetric or antialias");
}

}  // namespace tsr::onnx_io
