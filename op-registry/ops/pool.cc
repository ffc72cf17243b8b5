// Pooling over [N, C, spatial...] tensors: windowed max / average (1-D, 2-D, 3-D; strides,
// ONNX pads, dilations, ceil_mode, auto_pad) and global max / average over all spatial axes.
#include <algorithm>

#include "nn_common.h"
#include "tessera/core/kernels/pool.h"
#include "tessera/core/kernels/reduce.h"

namespace tsr {
namespace {
using namespace ops;

enum { kKernel = 0, kStrides = 1, kPads = 2, kDilations = 3, kCeil = 4, kAutoPad = 5, kIncludePad = 6 };

// Validates the attributes and fills the pooling parameters and the output shape.
void pool_setup(const OpCall& c, PoolKind kind, PoolParams& p, Shape& y) {
  const Tensor& x = c.in(0);
  const int nsp = spatial_rank(c, 0);
  p.nsp = nsp;
  if (c.attrs[kKernel].count != nsp)
    c.bad_attr(kKernel, "kernel_shape has " + std::to_string(c.attrs[kKernel].count) + " entries; x " + x.shape().str() + " has " +
                            std::to_string(nsp) + " spatial dimension(s)");
  spatial_list(c, kKernel, nsp, 1, 1, p.kernel);
  spatial_list(c, kStrides, nsp, 1, 1, p.stride);
  spatial_list(c, kDilations, nsp, 1, 1, p.dilation);
  read_pads(c, kPads, nsp, p.pad_begin, p.pad_end);
  check_pads_vs_auto_pad(c, kPads, kAutoPad);
  p.count_include_pad = kind == PoolKind::Avg && c.b(kIncludePad);
  const int64_t mode = c.i(kAutoPad);
  const bool ceil_mode = c.b(kCeil);
  y = Shape{x.dim(0), x.dim(1)};
  for (int i = 0; i < nsp; ++i) {
    const int64_t in = x.dim(2 + i), s = p.stride[i];
    const int64_t extent = (p.kernel[i] - 1) * p.dilation[i] + 1;
    int64_t& pb = p.pad_begin[i];
    int64_t& pe = p.pad_end[i];
    if (mode == kPadSameUpper || mode == kPadSameLower) same_pads(in, extent, s, mode == kPadSameLower, pb, pe);
    if (pb >= extent || pe >= extent)
      c.bad_attr(kPads, "pads " + std::to_string(pb) + ", " + std::to_string(pe) + " along spatial axis " + std::to_string(i) +
                            " must be smaller than the kernel extent " + std::to_string(extent));
    if (in + pb + pe < extent)
      c.bad_attr(kKernel, "kernel extent " + std::to_string(extent) + " along spatial axis " + std::to_string(i) + " (kernel " +
                              std::to_string(p.kernel[i]) + ", dilation " + std::to_string(p.dilation[i]) + ") exceeds the padded input " +
                              std::to_string(in + pb + pe) + " (x " + std::to_string(in) + " + pads " + std::to_string(pb) + " + " +
                              std::to_string(pe) + ")");
    const int64_t span = in + pb + pe - extent;
    int64_t out = (ceil_mode ? (span + s - 1) / s : span / s) + 1;
    // ceil_mode never starts a window inside the end padding (as PyTorch and onnxruntime).
    if (ceil_mode && (out - 1) * s >= in + pb) --out;
    y.push_back(out);
  }
}

template <PoolKind K>
void infer_pool(OpCall& c) {
  PoolParams p;
  Shape y;
  pool_setup(c, K, p, y);
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = y;
}

template <PoolKind K>
void pool_kernel(OpCall& c) {
  PoolParams p;
  Shape y;
  pool_setup(c, K, p, y);
  pool_forward(c.in(0), K, p, c.outputs[0]);
}

template <PoolKind K>
void pool_grad(GradCtx& g) {
  const Tensor* in[1] = {&g.in(0)};
  OpCall c;
  c.op = g.op;
  c.inputs = in;
  c.n_inputs = 1;
  for (size_t k = 0; k < g.op->attrs.size(); ++k) c.attrs[k] = g.attr(static_cast<int>(k));
  PoolParams p;
  Shape y;
  pool_setup(c, K, p, y);
  Tensor dx = Tensor::empty(g.in(0).dtype(), g.in(0).shape());
  pool_backward(g.in(0), g.dy(), K, p, dx);
  g.grad_in[0] = dx;
}

// ---- global pooling -------------------------------------------------------------------------
void infer_global(OpCall& c) {
  const Tensor& x = c.in(0);
  if (x.ndim() < 3)
    c.bad_input(0, Status::ShapeMismatch, "expects [N, C, spatial...] with at least one spatial dimension, got shape " + x.shape().str());
  Shape y{x.dim(0), x.dim(1)};
  for (int d = 2; d < x.ndim(); ++d) y.push_back(1);
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = y;
}

template <ReduceKind K>
void global_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  if (K == ReduceKind::Max)
    for (int d = 2; d < x.ndim(); ++d)
      if (x.dim(d) == 0) c.bad_input(0, Status::ShapeMismatch, "global_max_pool of x " + x.shape().str() + ": a spatial dimension is empty");
  bool mask[kMaxDims] = {};
  for (int d = 2; d < x.ndim(); ++d) mask[d] = true;
  reduce(x, mask, K, c.outputs[0]);
}

std::vector<int64_t> spatial_axes(int ndim) {
  std::vector<int64_t> axes;
  for (int d = 2; d < ndim; ++d) axes.push_back(d);
  return axes;
}

void global_avg_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const double count = static_cast<double>(x.numel()) / static_cast<double>(std::max<int64_t>(g.out().numel(), 1));
  g.grad_in[0] = grad::expand_to(grad::call("div", {g.dy(), grad::scalar(count, x.dtype())}), x.shape());
}

// Ties share the gradient equally (as the max reduction).
void global_max_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor mask = grad::call("equal", {x, g.out()});
  Tensor count = grad::call("sum", {grad::call("cast", {mask}, {grad::dtype("dtype", x.dtype())})},
                            {grad::ints("axes", spatial_axes(x.ndim())), grad::flag("keepdims", true)});
  g.grad_in[0] = grad::call("where", {mask, grad::call("div", {g.dy(), count}), grad::scalar(0, x.dtype())});
}

OpBuilder& window_attrs(OpBuilder& b) {
  return b.attr_ints("kernel_shape", {}, "Window size per spatial axis (each >= 1).")
      .required()
      .attr_ints("strides", {}, "Step of the window per spatial axis (each >= 1); empty means 1 on every axis.")
      .attr_ints("pads", {},
                 "Padding: the beginnings of all spatial axes, then their ends (ONNX order); each must be smaller than the "
                 "window extent. Empty means no padding. Must stay empty (or zero) when auto_pad is not NOTSET.")
      .attr_ints("dilations", {}, "Spacing between window taps per spatial axis (each >= 1); empty means 1 on every axis.")
      .attr_bool("ceil_mode", false,
                 "Round the output size up instead of down, adding a last, partial window (never one that starts inside "
                 "the end padding).")
      .attr_enum("auto_pad", auto_pad_values(), "NOTSET", kAutoPadDoc);
}

const char* kWindowDoc =
    "x is [N, C, *spatial] with 1 to 3 spatial axes. Output axis i has floor((in + pad_begin + pad_end - extent) / stride) "
    "+ 1 elements (ceil with ceil_mode), extent = (kernel - 1) * dilation + 1. float32 runs through oneDNN; float64 through "
    "direct loops.";

}  // namespace

void register_pool_ops(Registry& r) {
  {
    OpBuilder b("max_pool", "nn", __FILE__);
    b.summary("Maximum over sliding windows of the spatial axes.")
        .doc(std::string(kWindowDoc) + " Padding never wins: it is ignored, as -infinity would be.")
        .input("x", "Input [N, C, *spatial] (1 to 3 spatial axes).", kFloats);
    window_attrs(b)
        .output("y", "Window maxima [N, C, *out_spatial], x's dtype.", kFloats)
        .infer(infer_pool<PoolKind::Max>)
        .kernel(pool_kernel<PoolKind::Max>)
        .gradient("dx = dy routed to the first maximum of each window (summed where windows overlap)", pool_grad<PoolKind::Max>)
        .onnx("MaxPool", 12, "only the Y output (no Indices); storage_order is not supported")
        .example({"2x2 windows, stride 1",
                  {T("float64", {1, 1, 3, 3}, {1, 5, 2, 4, 3, 8, 0, 9, 6})},
                  {{"kernel_shape", "[2, 2]"}},
                  {T("float64", {1, 1, 2, 2}, {5, 8, 9, 9})},
                  "hand-derived"})
        .example({"stride 2, pads 1",
                  {T("float32", {1, 1, 4, 4}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})},
                  {{"kernel_shape", "[2, 2]"}, {"strides", "[2, 2]"}, {"pads", "[1, 1, 1, 1]"}},
                  {T("float32", {1, 1, 3, 3}, {1, 3, 4, 9, 11, 12, 13, 15, 16})},
                  "hand-derived (padding ignored)"})
        .example({"1-D ceil_mode adds a partial window",
                  {T("float64", {1, 1, 5}, {3, 1, 4, 1, 5})},
                  {{"kernel_shape", "[2]"}, {"strides", "[2]"}, {"ceil_mode", "true"}},
                  {T("float64", {1, 1, 3}, {3, 4, 5})},
                  "hand-derived"});
    r.add(b.build());
  }
  {
    OpBuilder b("avg_pool", "nn", __FILE__);
    b.summary("Mean over sliding windows of the spatial axes.")
        .doc(std::string(kWindowDoc) +
             " Each window divides by the number of its taps inside the input, or with count_include_pad by the number "
             "inside the padded extent [-pad_begin, in + pad_end) (taps that ceil_mode adds past the end are never counted).")
        .input("x", "Input [N, C, *spatial] (1 to 3 spatial axes).", kFloats);
    window_attrs(b)
        .attr_bool("count_include_pad", false, "Count padding elements (as zeros) in each window's divisor.")
        .output("y", "Window means [N, C, *out_spatial], x's dtype.", kFloats)
        .infer(infer_pool<PoolKind::Avg>)
        .kernel(pool_kernel<PoolKind::Avg>)
        .gradient("dx = dy / divisor spread over the input taps of each window (summed where windows overlap)", pool_grad<PoolKind::Avg>)
        .onnx("AveragePool", 19, "dilations need opset 19")
        .example({"2x2 windows, stride 1",
                  {T("float64", {1, 1, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9})},
                  {{"kernel_shape", "[2, 2]"}},
                  {T("float64", {1, 1, 2, 2}, {3, 4, 6, 7})},
                  "hand-derived"})
        .example({"pads 1, padding excluded and included",
                  {T("float32", {1, 1, 2, 2}, {1, 2, 3, 4})},
                  {{"kernel_shape", "[2, 2]"}, {"pads", "[1, 1, 0, 0]"}},
                  {T("float32", {1, 1, 2, 2}, {1, 1.5, 2, 2.5})},
                  "hand-derived (corner window holds 1 input element)"})
        .example({"count_include_pad",
                  {T("float32", {1, 1, 2, 2}, {1, 2, 3, 4})},
                  {{"kernel_shape", "[2, 2]"}, {"pads", "[1, 1, 0, 0]"}, {"count_include_pad", "true"}},
                  {T("float32", {1, 1, 2, 2}, {0.25, 0.75, 1, 2.5})},
                  "hand-derived (divide by 4 everywhere)"});
    r.add(b.build());
  }
  r.add(OpBuilder("global_avg_pool", "nn", __FILE__)
            .summary("Mean over all spatial axes, keeping them as size 1.")
            .doc("x is [N, C, *spatial] (at least one spatial axis); y[n, c, 1, ...] is the mean of x[n, c].")
            .input("x", "Input [N, C, *spatial].", kFloats)
            .output("y", "Means [N, C, 1, ...], x's rank and dtype.", kFloats)
            .infer(infer_global)
            .kernel(global_kernel<ReduceKind::Mean>)
            .gradient("dx = broadcast(dy / spatial_size, x.shape)", global_avg_grad)
            .onnx("GlobalAveragePool", 1)
            .example({"two channels", {T("float64", {1, 2, 2, 2}, {1, 2, 3, 4, -1, 0, 1, 8})}, {}, {T("float64", {1, 2, 1, 1}, {2.5, 2})},
                      "hand-derived"})
            .build());
  r.add(OpBuilder("global_max_pool", "nn", __FILE__)
            .summary("Maximum over all spatial axes, keeping them as size 1.")
            .doc("x is [N, C, *spatial] (at least one non-empty spatial axis); y[n, c, 1, ...] is the maximum of x[n, c]. "
                 "NaN propagates.")
            .input("x", "Input [N, C, *spatial].", kFloats)
            .output("y", "Maxima [N, C, 1, ...], x's rank and dtype.", kFloats)
            .infer(infer_global)
            .kernel(global_kernel<ReduceKind::Max>)
            .gradient("dx = where(x == y, dy / count(x == y), 0): ties share the gradient", global_max_grad)
            .onnx("GlobalMaxPool", 1)
            .example({"1-D, two channels", {T("float64", {1, 2, 3}, {1, 7, 3, -4, -2, -9})}, {}, {T("float64", {1, 2, 1}, {7, -2})},
                      "hand-derived"})
            .build());
}

}  // namespace tsr
