// Normalization: batch (inference form), instance, layer and group normalization, and local
// response normalization. Kernels in core-native/kernels/norm.cc (oneDNN for float32); the
// gradients of the first four are written with registered operators.
#include <cmath>

#include "common.h"
#include "tessera/core/kernels/norm.h"

namespace tsr {
namespace {

constexpr double kMaxEpsilon = 1e6;

// Input k must have x's dtype and shape [n].
void expect_vector(const OpCall& c, int k, int64_t n, const char* what) {
  const Tensor& t = c.in(k);
  const std::string& name = c.op->inputs[k].name;
  ops::require_same_dtype(c, 0, k);
  if (t.ndim() != 1 || t.dim(0) != n)
    c.bad_input(k, Status::ShapeMismatch, name + " must have shape [" + std::to_string(n) + "] (" + what + "), got " + t.shape().str());
}

void need_rank(const OpCall& c, int min_rank, const char* layout) {
  if (c.in(0).ndim() < min_rank)
    c.bad_input(0, Status::ShapeMismatch, "x must be " + std::string(layout) + ", got shape " + c.in(0).shape().str());
}

const Tensor* optional_in(const OpCall& c, int k) { return c.n_inputs > k ? c.inputs[k] : nullptr; }

// ---- gradient helpers (registered operators) ------------------------------------------------
using grad::call;
using grad::ints;

std::vector<int64_t> dims_of(const Shape& s) { return std::vector<int64_t>(s.d, s.d + s.ndim); }
Tensor reshape(const Tensor& t, std::vector<int64_t> shape) { return call("reshape", {t}, {ints("shape", std::move(shape))}); }
Tensor mul(const Tensor& a, const Tensor& b) { return call("mul", {a, b}); }
Tensor sub(const Tensor& a, const Tensor& b) { return call("sub", {a, b}); }
// Sum / mean over `axes` (an empty list means no reduction here, unlike the operator).
Tensor sum_over(const Tensor& t, const std::vector<int64_t>& axes, bool keep = false) {
  return axes.empty() ? t : call("sum", {t}, {ints("axes", axes), grad::flag("keepdims", keep)});
}
Tensor mean_over(const Tensor& t, const std::vector<int64_t>& axes) { return call("mean", {t}, {ints("axes", axes), grad::flag("keepdims", true)}); }
std::vector<int64_t> range(int from, int to) {
  std::vector<int64_t> v;
  for (int d = from; d < to; ++d) v.push_back(d);
  return v;
}
// A [C] vector shaped [C, 1, ...] to broadcast along axis 1 of a tensor of rank `ndim`.
Tensor per_channel(const Tensor& v, int ndim) {
  std::vector<int64_t> s = {v.dim(0)};
  for (int d = 2; d < ndim; ++d) s.push_back(1);
  return reshape(v, s);
}
std::vector<int64_t> all_but_channel(int ndim) {
  std::vector<int64_t> axes = {0};
  for (int d = 2; d < ndim; ++d) axes.push_back(d);
  return axes;
}

// Normalization over `axes` of t: returns xhat = (t - mean) / sqrt(var + eps) and sets inv to
// 1 / sqrt(var + eps) (keepdims shape).
Tensor standardize(const Tensor& t, const std::vector<int64_t>& axes, double eps, Tensor& inv) {
  Tensor xc = sub(t, mean_over(t, axes));
  Tensor var = mean_over(mul(xc, xc), axes);
  inv = call("div", {grad::scalar(1, t.dtype()), call("sqrt", {call("add", {var, grad::scalar(eps, t.dtype())})})});
  return mul(xc, inv);
}
// d/dt of standardize(t) contracted with g: inv * (g - mean(g) - xhat * mean(g * xhat)).
Tensor standardize_backward(const Tensor& g, const Tensor& xhat, const Tensor& inv, const std::vector<int64_t>& axes) {
  Tensor inner = sub(sub(g, mean_over(g, axes)), mul(xhat, mean_over(mul(g, xhat), axes)));
  return mul(inv, inner);
}

// ---- batch_norm -----------------------------------------------------------------------------
enum { kBnX = 0, kBnScale = 1, kBnBias = 2, kBnMean = 3, kBnVar = 4 };
enum { kBnEps = 0 };

void infer_batch_norm(OpCall& c) {
  need_rank(c, 2, "[N, C, ...] (at least 2-D)");
  const int64_t C = c.in(0).dim(1);
  expect_vector(c, kBnScale, C, "one per channel");
  expect_vector(c, kBnBias, C, "one per channel");
  expect_vector(c, kBnMean, C, "one per channel");
  expect_vector(c, kBnVar, C, "one per channel");
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(0).shape();
}

void batch_norm_kernel(OpCall& c) {
  batch_norm_inference(c.in(kBnX), c.in(kBnScale), c.in(kBnBias), c.in(kBnMean), c.in(kBnVar), c.f(kBnEps), c.outputs[0]);
}

// y = (x - mean) * inv * scale + bias with inv = (var + eps)^-1/2 per channel.
void batch_norm_grad(GradCtx& g) {
  const Tensor &x = g.in(kBnX), &dy = g.dy();
  const int nd = x.ndim();
  const DType t = x.dtype();
  const std::vector<int64_t> axes = all_but_channel(nd);
  const double eps = g.attr(kBnEps).f;
  Tensor inv = call("div", {grad::scalar(1, t), call("sqrt", {call("add", {g.in(kBnVar), grad::scalar(eps, t)})})});  // [C]
  Tensor a = mul(g.in(kBnScale), inv);                                                                                  // [C]
  Tensor xc = sub(x, per_channel(g.in(kBnMean), nd));
  if (g.needs[kBnX]) g.grad_in[kBnX] = mul(dy, per_channel(a, nd));
  Tensor sum_dy = (g.needs[kBnBias] || g.needs[kBnMean]) ? sum_over(dy, axes) : Tensor();
  Tensor sum_dy_xc = (g.needs[kBnScale] || g.needs[kBnVar]) ? sum_over(mul(dy, xc), axes) : Tensor();
  if (g.needs[kBnScale]) g.grad_in[kBnScale] = mul(sum_dy_xc, inv);
  if (g.needs[kBnBias]) g.grad_in[kBnBias] = sum_dy;
  if (g.needs[kBnMean]) g.grad_in[kBnMean] = call("neg", {mul(sum_dy, a)});
  if (g.needs[kBnVar]) {
    // d inv / d var = -inv^3 / 2
    Tensor inv3 = mul(mul(inv, inv), inv);
    g.grad_in[kBnVar] = mul(mul(sum_dy_xc, g.in(kBnScale)), mul(inv3, grad::scalar(-0.5, t)));
  }
}

// ---- instance_norm and group_norm ------------------------------------------------------------
enum { kGnX = 0, kGnScale = 1, kGnBias = 2 };
enum { kInEps = 0 };                 // instance_norm attributes
enum { kGroups = 0, kGnEps = 1 };    // group_norm attributes

void infer_instance_norm(OpCall& c) {
  need_rank(c, 3, "[N, C, spatial...] (at least 3-D)");
  expect_vector(c, kGnScale, c.in(0).dim(1), "one per channel");
  expect_vector(c, kGnBias, c.in(0).dim(1), "one per channel");
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(0).shape();
}

// Normalizes each (n, group) block of x [N, C, ...] (groups of C / groups channels), then
// applies the per-channel affine map.
void grouped_norm(const Tensor& x, int64_t groups, const Tensor& scale, const Tensor& bias, double eps, Tensor& y) {
  const int64_t N = x.dim(0), C = x.dim(1);
  if (y.numel() == 0) return;
  row_norm(x, N * groups, x.numel() / (N * groups), nullptr, nullptr, eps, y);
  if (scale.numel() == C) {
    channel_affine(y, C, &scale, &bias);
  } else {
    // One scale per group: the same affine map for every channel of the group.
    Tensor yg = y.reshape(Shape{N, groups, y.numel() / (N * groups)});
    channel_affine(yg, groups, &scale, &bias);
  }
}

void instance_norm_kernel(OpCall& c) {
  grouped_norm(c.in(kGnX), c.in(kGnX).dim(1), c.in(kGnScale), c.in(kGnBias), c.f(kInEps), c.outputs[0]);
}

void infer_group_norm(OpCall& c) {
  need_rank(c, 2, "[N, C, ...] (at least 2-D)");
  const int64_t C = c.in(0).dim(1), G = c.i(kGroups);
  if (C % G != 0) c.bad_attr(kGroups, "num_groups " + std::to_string(G) + " does not divide the " + std::to_string(C) + " channels of x");
  for (int k : {kGnScale, kGnBias}) {
    const Tensor& t = c.in(k);
    const std::string& name = c.op->inputs[k].name;
    ops::require_same_dtype(c, 0, k);
    if (t.ndim() != 1 || (t.dim(0) != C && t.dim(0) != G))
      c.bad_input(k, Status::ShapeMismatch, name + " must have shape [" + std::to_string(C) + "] (one per channel) or [" + std::to_string(G) +
                                                "] (one per group, ONNX opset 18), got " + t.shape().str());
  }
  if (c.in(kGnScale).dim(0) != c.in(kGnBias).dim(0))
    c.bad_input(kGnBias, Status::ShapeMismatch, "bias " + c.in(kGnBias).shape().str() + " must have the shape of scale " + c.in(kGnScale).shape().str());
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(0).shape();
}

void group_norm_kernel(OpCall& c) {
  grouped_norm(c.in(kGnX), c.i(kGroups), c.in(kGnScale), c.in(kGnBias), c.f(kGnEps), c.outputs[0]);
}

// Shared by instance_norm (groups = C) and group_norm: standardize x viewed as [N, G, -1],
// then dx through the standardization; dscale / dbias summed per channel (or per group).
void grouped_norm_grad(GradCtx& g, int64_t groups, double eps) {
  const Tensor &x = g.in(kGnX), &dy = g.dy(), &scale = g.in(kGnScale);
  const int nd = x.ndim();
  const int64_t N = x.dim(0), C = x.dim(1);
  const bool per_group = scale.dim(0) != C || groups == C;
  if (x.numel() == 0) {  // nothing to standardize: zero gradients of the right shapes
    for (int k = 0; k < 3; ++k)
      if (g.needs[k]) g.grad_in[k] = Tensor::zeros(g.in(k).dtype(), g.in(k).shape());
    return;
  }
  Tensor inv;
  Tensor xhat = standardize(reshape(x, {N, groups, -1}), {2}, eps, inv);  // [N, G, L]
  if (g.needs[kGnX]) {
    Tensor g3;
    if (per_group) g3 = mul(reshape(dy, {N, groups, -1}), reshape(scale, {groups, 1}));
    else g3 = reshape(mul(dy, per_channel(scale, nd)), {N, groups, -1});
    g.grad_in[kGnX] = reshape(standardize_backward(g3, xhat, inv, {2}), dims_of(x.shape()));
  }
  auto per_param = [&](const Tensor& t) {  // t [N, C, ...] summed to scale's shape
    if (per_group) return sum_over(reshape(t, {N, groups, -1}), {0, 2});
    return sum_over(t, all_but_channel(nd));
  };
  if (g.needs[kGnScale]) g.grad_in[kGnScale] = per_param(mul(dy, reshape(xhat, dims_of(x.shape()))));
  if (g.needs[kGnBias]) g.grad_in[kGnBias] = per_param(dy);
}

void instance_norm_grad(GradCtx& g) { grouped_norm_grad(g, g.in(kGnX).dim(1), g.attr(kInEps).f); }
void group_norm_grad(GradCtx& g) { grouped_norm_grad(g, g.i(kGroups), g.attr(kGnEps).f); }

// ---- layer_norm -----------------------------------------------------------------------------
enum { kLnX = 0, kLnScale = 1, kLnBias = 2 };
enum { kLnAxis = 0, kLnEps = 1 };

void infer_layer_norm(OpCall& c) {
  const Tensor& x = c.in(kLnX);
  if (x.ndim() == 0) c.bad_input(kLnX, Status::ShapeMismatch, "x must have at least one dimension");
  const int axis = normalize_axis(c.i(kLnAxis), x.ndim(), "axis");
  Shape norm_shape;
  for (int d = axis; d < x.ndim(); ++d) norm_shape.push_back(x.dim(d));
  for (int k : {kLnScale, kLnBias}) {
    const Tensor* t = optional_in(c, k);
    if (!t) continue;
    const std::string& name = c.op->inputs[k].name;
    ops::require_same_dtype(c, kLnX, k);
    if (t->shape() != norm_shape)
      c.bad_input(k, Status::ShapeMismatch, name + " must have the normalized shape " + norm_shape.str() + " (x.shape[axis:]), got " +
                                                t->shape().str());
  }
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = x.shape();
}

void layer_norm_kernel(OpCall& c) {
  const Tensor& x = c.in(kLnX);
  const int axis = normalize_axis(c.i(kLnAxis), x.ndim(), "axis");
  int64_t rows = 1;
  for (int d = 0; d < axis; ++d) rows *= x.dim(d);
  if (c.outputs[0].numel() == 0) return;
  row_norm(x, rows, x.numel() / rows, optional_in(c, kLnScale), optional_in(c, kLnBias), c.f(kLnEps), c.outputs[0]);
}

void layer_norm_grad(GradCtx& g) {
  const Tensor &x = g.in(kLnX), &dy = g.dy();
  const int axis = normalize_axis(g.i(kLnAxis), x.ndim(), "axis");
  const std::vector<int64_t> norm_axes = range(axis, x.ndim()), batch_axes = range(0, axis);
  const bool has_scale = g.n_inputs > kLnScale && g.in(kLnScale).defined();
  Tensor inv;
  Tensor xhat = standardize(x, norm_axes, g.attr(kLnEps).f, inv);
  if (g.needs[kLnX]) g.grad_in[kLnX] = standardize_backward(has_scale ? mul(dy, g.in(kLnScale)) : dy, xhat, inv, norm_axes);
  if (g.n_inputs > kLnScale && g.needs[kLnScale]) g.grad_in[kLnScale] = sum_over(mul(dy, xhat), batch_axes);
  if (g.n_inputs > kLnBias && g.needs[kLnBias]) g.grad_in[kLnBias] = sum_over(dy, batch_axes);
}

// ---- lrn ------------------------------------------------------------------------------------
enum { kLrnSize = 0, kLrnAlpha = 1, kLrnBeta = 2, kLrnBias = 3 };

void infer_lrn(OpCall& c) {
  need_rank(c, 2, "[N, C, ...] (at least 2-D)");
  for (int slot : {kLrnAlpha, kLrnBeta, kLrnBias})
    if (!std::isfinite(c.f(slot))) c.bad_attr(slot, c.op->attrs[slot].name + " must be finite");
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(0).shape();
}

void lrn_kernel(OpCall& c) { lrn_forward(c.in(0), c.i(kLrnSize), c.f(kLrnAlpha), c.f(kLrnBeta), c.f(kLrnBias), c.outputs[0]); }

void lrn_grad(GradCtx& g) {
  Tensor dx = Tensor::empty(g.in(0).dtype(), g.in(0).shape());
  lrn_backward(g.in(0), g.dy(), g.i(kLrnSize), g.attr(kLrnAlpha).f, g.attr(kLrnBeta).f, g.attr(kLrnBias).f, dx);
  g.grad_in[0] = dx;
}

OpBuilder& epsilon(OpBuilder& b) {
  return b.attr_float_range("epsilon", 1e-5, 0, kMaxEpsilon, "Added to the variance before the square root (>= 0).");
}

}  // namespace

void register_norm_ops(Registry& r) {
  {
    OpBuilder b("batch_norm", "nn", __FILE__);
    b.summary("Batch normalization with given statistics (inference form).")
        .doc("y = (x - mean[c]) / sqrt(variance[c] + epsilon) * scale[c] + bias[c] along the channel axis 1 of x [N, C, ...]. "
             "The statistics are inputs (running averages); training-mode statistics are not computed here. float32 runs "
             "through oneDNN.")
        .input("x", "Input [N, C, ...].", kFloats)
        .input("scale", "Per-channel scale (gamma) [C].", kFloats)
        .input("bias", "Per-channel shift (beta) [C].", kFloats)
        .input("mean", "Per-channel mean [C].", kFloats)
        .input("variance", "Per-channel variance [C] (plus epsilon, must stay positive).", kFloats);
    epsilon(b)
        .output("y", "Normalized x, same shape and dtype.", kFloats)
        .infer(infer_batch_norm)
        .kernel(batch_norm_kernel)
        .gradient("a = scale / sqrt(variance + eps); dx = dy * a; dscale = sum(dy * (x - mean)) / sqrt(variance + eps); dbias = sum(dy); "
                  "dmean = -sum(dy) * a; dvariance = -0.5 * sum(dy * (x - mean)) * scale * (variance + eps)^-1.5 (sums over all axes but 1)",
                  batch_norm_grad)
        .onnx("BatchNormalization", 15, "inference form only (training_mode = 0, one output); momentum is not used")
        .example({"two channels",
                  {T("float32", {1, 2, 2}, {1, 3, 10, 20}), T("float32", {2}, {2, 1}), T("float32", {2}, {0, 1}), T("float32", {2}, {2, 15}),
                   T("float32", {2}, {4, 25})},
                  {{"epsilon", "0"}},
                  {T("float32", {1, 2, 2}, {-1, 1, 0, 2})},
                  "hand-derived ((1-2)/2*2 = -1; (10-15)/5+1 = 0)"});
    r.add(b.build());
  }
  {
    OpBuilder b("instance_norm", "nn", __FILE__);
    b.summary("Instance normalization: each (sample, channel) normalized over its spatial axes.")
        .doc("y[n, c] = (x[n, c] - mean) / sqrt(var + epsilon) * scale[c] + bias[c], the mean and (biased) variance taken "
             "over the spatial axes of x[n, c]. float32 runs through oneDNN.")
        .input("x", "Input [N, C, spatial...].", kFloats)
        .input("scale", "Per-channel scale [C].", kFloats)
        .input("bias", "Per-channel shift [C].", kFloats);
    epsilon(b)
        .output("y", "Normalized x, same shape and dtype.", kFloats)
        .infer(infer_instance_norm)
        .kernel(instance_norm_kernel)
        .gradient("xhat = standardized x per (n, c); dx = inv_std * (g - mean(g) - xhat * mean(g * xhat)) with g = dy * scale; "
                  "dscale = sum(dy * xhat); dbias = sum(dy) (sums over all axes but 1)",
                  instance_norm_grad)
        .onnx("InstanceNormalization", 6)
        .example({"two channels of four values",
                  {T("float64", {1, 2, 4}, {1, 2, 3, 4, 2, 2, 6, 6}), T("float64", {2}, {1, 2}), T("float64", {2}, {0, 1})},
                  {},
                  {T("float64", {1, 2, 4}, {-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269, -0.9999975000046875,
                                            -0.9999975000046875, 2.9999975000046875, 2.9999975000046875})},
                  "numpy 1.26 ((x - x.mean(-1)) / np.sqrt(x.var(-1) + 1e-5) * scale + bias)"});
    r.add(b.build());
  }
  {
    OpBuilder b("layer_norm", "nn", __FILE__);
    b.summary("Layer normalization over the trailing axes from `axis` on, with optional scale and bias.")
        .doc("y = (x - mean) / sqrt(var + epsilon) * scale + bias, the mean and (biased) variance taken over axes axis .. rank-1 "
             "of x for each index of the leading axes. scale and bias have the normalized shape x.shape[axis:]. float32 runs "
             "through oneDNN.")
        .input("x", "Input tensor (at least 1-D).", kFloats)
        .optional_input("scale", "Scale with shape x.shape[axis:]; absent means 1.", kFloats)
        .optional_input("bias", "Shift with shape x.shape[axis:]; absent means 0.", kFloats)
        .attr_int("axis", -1, "First normalized axis; negative counts from the end.", Meaning::Axis);
    epsilon(b)
        .output("y", "Normalized x, same shape and dtype.", kFloats)
        .infer(infer_layer_norm)
        .kernel(layer_norm_kernel)
        .gradient("xhat = standardized x over axes [axis, rank); dx = inv_std * (g - mean(g) - xhat * mean(g * xhat)) with g = dy * scale; "
                  "dscale = sum(dy * xhat, leading axes); dbias = sum(dy, leading axes)",
                  layer_norm_grad)
        .onnx("LayerNormalization", 17, "only the Y output (no Mean / InvStdDev); computed in x's dtype (stash_type ignored); ONNX needs Scale")
        .example({"rows of three, scale and bias",
                  {T("float64", {2, 3}, {1, 2, 3, -1, 0, 4}), T("float64", {3}, {1, 2, 0.5}), T("float64", {3}, {0, 1, -1})},
                  {{"epsilon", "0"}},
                  {T("float64", {2, 3}, {-1.224744871391589, 1.0, -0.38762756430420553, -0.9258200997725514, 0.07417990022744858,
                                            -0.30563492517058644})},
                  "numpy 1.26 ((x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True)) * scale + bias)"})
        .example({"float32, no scale or bias", {T("float32", {1, 4}, {0, 0, 2, 2})}, {{"epsilon", "0"}}, {T("float32", {1, 4}, {-1, -1, 1, 1})},
                  "hand-derived (mean 1, variance 1)"});
    r.add(b.build());
  }
  {
    OpBuilder b("group_norm", "nn", __FILE__);
    b.summary("Group normalization: channels split into num_groups groups, each (sample, group) normalized together.")
        .doc("x [N, C, ...] is viewed as [N, num_groups, C / num_groups * spatial]; each block is standardized with its mean "
             "and (biased) variance, then y = xhat * scale + bias per channel. scale and bias have C elements (one per "
             "channel, as ONNX opset 21 and PyTorch) or num_groups elements (one per group, as ONNX opset 18). float32 runs "
             "through oneDNN.")
        .input("x", "Input [N, C, ...].", kFloats)
        .input("scale", "Scale [C] or [num_groups].", kFloats)
        .input("bias", "Shift with scale's shape.", kFloats)
        .attr_int_range("num_groups", 1, 1, int64_t{1} << 31, "Number of channel groups; must divide C.")
        .required();
    epsilon(b)
        .output("y", "Normalized x, same shape and dtype.", kFloats)
        .infer(infer_group_norm)
        .kernel(group_norm_kernel)
        .gradient("xhat = standardized x per (n, group); dx = inv_std * (g - mean(g) - xhat * mean(g * xhat)) per group with "
                  "g = dy * scale; dscale = sum(dy * xhat); dbias = sum(dy) (per channel or per group)",
                  group_norm_grad)
        .onnx("GroupNormalization", 18, "opset 18 takes per-group scale/bias [num_groups]; opset 21 per-channel [C]: both accepted")
        .example({"four channels in two groups, per-channel scale",
                  {T("float64", {1, 4, 2}, {1, 2, 3, 4, 0, 0, 4, 4}), T("float64", {4}, {1, 1, 2, 2}), T("float64", {4}, {0, 0, 1, 1})},
                  {{"num_groups", "2"}},
                  {T("float64", {1, 4, 2}, {-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269, -0.9999975000046875,
                                            -0.9999975000046875, 2.9999975000046875, 2.9999975000046875})},
                  "numpy 1.26 (x.reshape(1, 2, -1) standardized with var + 1e-5, then * scale[c] + bias[c])"})
        .example({"per-group scale and bias (ONNX opset 18 form)",
                  {T("float32", {1, 4, 1}, {1, 3, 0, 4}), T("float32", {2}, {2, 1}), T("float32", {2}, {0, 1})},
                  {{"num_groups", "2"}, {"epsilon", "0"}},
                  {T("float32", {1, 4, 1}, {-2, 2, 0, 2})},
                  "hand-derived (groups {1, 3} and {0, 4} standardize to {-1, 1}; then * 2 + 0 and * 1 + 1)"});
    r.add(b.build());
  }
  r.add(OpBuilder("lrn", "nn", __FILE__)
            .summary("Local response normalization across channels.")
            .doc("y[n, c] = x[n, c] / (bias + alpha / size * sum of x[n, j]^2 for j in c - floor((size-1)/2) .. c + "
                 "ceil((size-1)/2))^beta, over x [N, C, ...]. float32 with odd size runs through oneDNN.")
            .input("x", "Input [N, C, ...].", kFloats)
            .attr_int_range("size", 1, 1, int64_t{1} << 31, "Number of channels in each window.")
            .required()
            .attr_float("alpha", 1e-4, "Scale of the sum of squares (finite).")
            .attr_float("beta", 0.75, "Exponent (finite).")
            .attr_float("bias", 1.0, "Added before the power (finite; keep bias + alpha/size*sum positive).")
            .output("y", "Normalized x, same shape and dtype.", kFloats)
            .infer(infer_lrn)
            .kernel(lrn_kernel)
            .gradient("d_c = bias + alpha/size * sum_{j in W(c)} x_j^2; dx_j = dy_j d_j^-beta - 2 alpha/size beta x_j sum_{c: j in W(c)} dy_c x_c "
                      "d_c^(-beta-1)",
                      lrn_grad)
            .onnx("LRN", 13)
            .example({"three channels, size 3",
                      {T("float64", {1, 3, 1}, {1, 2, 3})},
                      {{"size", "3"}, {"alpha", "3"}, {"beta", "1"}, {"bias", "1"}},
                      {T("float64", {1, 3, 1}, {0.16666666666666666, 0.13333333333333333, 0.21428571428571427})},
                      "hand-derived (d = 1 + 1*(1+4) = 6, 1 + 14 = 15, 1 + 13 = 14)"})
            .example({"even size 2 looks one channel ahead, float32",
                      {T("float32", {1, 2, 1, 1}, {1, 2})},
                      {{"size", "2"}, {"alpha", "2"}, {"beta", "1"}, {"bias", "1"}},
                      {T("float32", {1, 2, 1, 1}, {0.16666666666666666, 0.4})},
                      "hand-derived (window of c=0 is {0, 1}: d = 1 + 5 = 6; of c=1 is {1}: d = 1 + 4 = 5)"})
            .build());
}

}  // namespace tsr
