// Convolution and transposed convolution over [N, C, spatial...] tensors (1-D, 2-D and 3-D),
// with strides, ONNX pads, dilations, groups and auto_pad. float32 runs through oneDNN,
// float64 through direct loops (see core-native/kernels/conv.cc).
#include <algorithm>

#include "nn_common.h"
#include "tessera/core/kernels/conv.h"

namespace tsr {
namespace {
using namespace ops;

enum { kX = 0, kW = 1, kB = 2 };
enum { kStrides = 0, kPads = 1, kDilations = 2, kGroup = 3, kAutoPad = 4, kOutputPadding = 5, kOutputShape = 6 };

const Tensor* bias_of(const OpCall& c) { return c.n_inputs > kB ? c.inputs[kB] : nullptr; }

// Validates inputs and attributes and fills the convolution parameters and the output shape.
// For conv_transpose, `p` describes the convolution whose backward-data pass it is: that
// convolution's input is the output y and its output is x.
void conv_setup(const OpCall& c, bool transpose, ConvParams& p, Shape& y) {
  const Tensor& x = c.in(kX);
  const Tensor& w = c.in(kW);
  const int nsp = spatial_rank(c, kX);
  p.nsp = nsp;
  ops::require_same_dtype(c, kX, kW);
  const char* wlayout = transpose ? "[C, M/group, k...]" : "[M, C/group, k...]";
  if (w.ndim() != x.ndim())
    c.bad_input(kW, Status::ShapeMismatch,
                "w must be " + std::string(wlayout) + " with the rank of x (" + std::to_string(x.ndim()) + "), got shape " + w.shape().str());
  const int64_t group = c.i(kGroup);
  const int64_t C = x.dim(1);
  p.group = group;
  if (C % group != 0)
    c.bad_attr(kGroup, "group " + std::to_string(group) + " does not divide the " + std::to_string(C) + " channels of x");
  int64_t M;
  if (transpose) {
    if (w.dim(0) != C)
      c.bad_input(kW, Status::ShapeMismatch,
                  "w.shape[0] = " + std::to_string(w.dim(0)) + " must equal the " + std::to_string(C) + " channels of x (w is " + wlayout + ")");
    M = w.dim(1) * group;
  } else {
    M = w.dim(0);
    if (M % group != 0)
      c.bad_attr(kGroup, "group " + std::to_string(group) + " does not divide the " + std::to_string(M) + " output channels (w.shape[0])");
    if (w.dim(1) * group != C)
      c.bad_input(kW, Status::ShapeMismatch,
                  "w.shape[1] = " + std::to_string(w.dim(1)) + " but x has " + std::to_string(C) + " channels in " + std::to_string(group) +
                      " group(s): expected " + std::to_string(C / group) + " input channels per group (w is " + wlayout + ")");
  }
  for (int i = 0; i < nsp; ++i)
    if (w.dim(2 + i) < 1 || w.dim(2 + i) > kMaxWindowValue)
      c.bad_input(kW, Status::ShapeMismatch, "kernel size " + std::to_string(w.dim(2 + i)) + " along spatial axis " + std::to_string(i) + " of w " +
                                                 w.shape().str() + " must be in [1, 2^31]");
  if (const Tensor* b = bias_of(c)) {
    if (b->dtype() != x.dtype())
      c.bad_input(kB, Status::DTypeMismatch,
                  "b has dtype " + std::string(dtype_name(b->dtype())) + " but x has " + std::string(dtype_name(x.dtype())));
    if (b->ndim() != 1 || b->dim(0) != M)
      c.bad_input(kB, Status::ShapeMismatch, "b must have shape [" + std::to_string(M) + "] (one value per output channel), got " + b->shape().str());
  }
  spatial_list(c, kStrides, nsp, 1, 1, p.stride);
  spatial_list(c, kDilations, nsp, 1, 1, p.dilation);
  read_pads(c, kPads, nsp, p.pad_begin, p.pad_end);
  check_pads_vs_auto_pad(c, kPads, kAutoPad);
  const int64_t mode = c.i(kAutoPad);

  y = Shape{x.dim(0), M};
  int64_t out_padding[3] = {0, 0, 0};
  if (transpose) {
    spatial_list(c, kOutputPadding, nsp, 0, 0, out_padding);
    for (int i = 0; i < nsp; ++i)
      if (out_padding[i] >= p.stride[i])
        c.bad_attr(kOutputPadding, "output_padding[" + std::to_string(i) + "] = " + std::to_string(out_padding[i]) +
                                       " must be smaller than the stride (" + std::to_string(p.stride[i]) + ")");
  }
  const AttrValue* out_shape = transpose ? &c.attrs[kOutputShape] : nullptr;
  if (out_shape && out_shape->count != 0 && out_shape->count != nsp && out_shape->count != nsp + 2)
    c.bad_attr(kOutputShape, "output_shape has " + std::to_string(out_shape->count) + " entries; expected " + std::to_string(nsp) +
                                 " (spatial) or " + std::to_string(nsp + 2) + " (N, C, spatial)");
  for (int i = 0; i < nsp; ++i) {
    const int64_t in = x.dim(2 + i), s = p.stride[i];
    const int64_t extent = (w.dim(2 + i) - 1) * p.dilation[i] + 1;
    int64_t& pb = p.pad_begin[i];
    int64_t& pe = p.pad_end[i];
    if (!transpose) {
      if (mode == kPadSameUpper || mode == kPadSameLower) same_pads(in, extent, s, mode == kPadSameLower, pb, pe);
      if (in + pb + pe < extent)
        c.bad_input(kW, Status::ShapeMismatch,
                    "kernel extent " + std::to_string(extent) + " along spatial axis " + std::to_string(i) + " (kernel " + std::to_string(w.dim(2 + i)) +
                        ", dilation " + std::to_string(p.dilation[i]) + ") exceeds the padded input " + std::to_string(in + pb + pe) + " (x " +
                        std::to_string(in) + " + pads " + std::to_string(pb) + " + " + std::to_string(pe) + ")");
      y.push_back((in + pb + pe - extent) / s + 1);
      continue;
    }
    if (in < 1) c.bad_input(kX, Status::ShapeMismatch, "x " + x.shape().str() + " has an empty spatial dimension");
    if (in - 1 > (int64_t{1} << 62) / s)
      c.bad_attr(kStrides, "stride " + std::to_string(s) + " times the input size " + std::to_string(in) + " overflows the output size");
    const int64_t full = s * (in - 1) + out_padding[i] + extent;  // output size before padding is removed
    int64_t total = -1;
    if (out_shape && out_shape->count != 0) {
      const int64_t want = out_shape->ints[out_shape->count - nsp + i];
      total = full - want;
      if (want < 1 || total < 0)
        c.bad_attr(kOutputShape, "output_shape[" + std::to_string(i) + "] = " + std::to_string(want) + " is not reachable: it must be in [1, " +
                                     std::to_string(full) + "] for this input, kernel, stride and output_padding");
      pb = mode == kPadSameUpper ? total / 2 : total - total / 2;  // ONNX: the larger half goes first unless SAME_UPPER
    } else if (mode == kPadSameUpper || mode == kPadSameLower) {
      total = full - in * s;
      if (total < 0)
        c.bad_attr(kAutoPad, "auto_pad = " + auto_pad_values()[mode] + " asks for " + std::to_string(in * s) + " outputs along spatial axis " +
                                 std::to_string(i) + " but at most " + std::to_string(full) + " exist (kernel extent below the stride)");
      pb = mode == kPadSameUpper ? total / 2 : total - total / 2;
    }
    if (total >= 0) pe = total - pb;
    const int64_t out = full - pb - pe;
    if (out < 1)
      c.bad_attr(kPads, "pads " + std::to_string(pb) + " + " + std::to_string(pe) + " remove the whole output along spatial axis " +
                            std::to_string(i) + " (" + std::to_string(full) + " elements before padding)");
    y.push_back(out);
  }
}

void infer_conv(OpCall& c) {
  ConvParams p;
  Shape y;
  conv_setup(c, false, p, y);
  c.out_dtype[0] = c.in(kX).dtype();
  c.out_shape[0] = y;
}

void conv_kernel(OpCall& c) {
  ConvParams p;
  Shape y;
  conv_setup(c, false, p, y);
  conv_forward(c.in(kX), c.in(kW), bias_of(c), p, c.outputs[0]);
}

void infer_conv_transpose(OpCall& c) {
  ConvParams p;
  Shape y;
  conv_setup(c, true, p, y);
  c.out_dtype[0] = c.in(kX).dtype();
  c.out_shape[0] = y;
}

void conv_transpose_kernel(OpCall& c) {
  ConvParams p;
  Shape y;
  conv_setup(c, true, p, y);
  conv_backward_data(c.in(kX), c.in(kW), bias_of(c), p, c.outputs[0]);
}

// ---- gradients ------------------------------------------------------------------------------
// Re-runs the forward setup on the saved call to recover the resolved padding.
void setup_from_grad(const GradCtx& g, bool transpose, ConvParams& p, Shape& y) {
  const Tensor* in[3] = {&g.in(kX), &g.in(kW), g.n_inputs > kB && g.in(kB).defined() ? &g.in(kB) : nullptr};
  OpCall c;
  c.op = g.op;
  c.inputs = in;
  c.n_inputs = std::min(g.n_inputs, 3);
  for (size_t k = 0; k < g.op->attrs.size(); ++k) c.attrs[k] = g.attr(static_cast<int>(k));
  conv_setup(c, transpose, p, y);
}

std::vector<int64_t> pads_of(const ConvParams& p) {
  std::vector<int64_t> v = vec(p.pad_begin, p.nsp);
  for (int i = 0; i < p.nsp; ++i) v.push_back(p.pad_end[i]);
  return v;
}

std::vector<int64_t> channel_sum_axes(int ndim) {
  std::vector<int64_t> axes = {0};
  for (int d = 2; d < ndim; ++d) axes.push_back(d);
  return axes;
}

// dx = conv_transpose(dy, w) with the output padding that restores x's size; dw from the
// backward-weights kernel (oneDNN / loops); db = sum of dy over N and space.
void conv_grad(GradCtx& g) {
  ConvParams p;
  Shape y;
  setup_from_grad(g, false, p, y);
  const Tensor &x = g.in(kX), &w = g.in(kW), &dy = g.dy();
  if (g.needs[kX] && x.numel() == 0) {
    g.grad_in[kX] = Tensor::zeros(x.dtype(), x.shape());
  } else if (g.needs[kX]) {
    std::vector<int64_t> op(p.nsp);
    for (int i = 0; i < p.nsp; ++i) {
      const int64_t extent = (w.dim(2 + i) - 1) * p.dilation[i] + 1;
      op[i] = x.dim(2 + i) - ((dy.dim(2 + i) - 1) * p.stride[i] + extent - p.pad_begin[i] - p.pad_end[i]);
    }
    g.grad_in[kX] = grad::call("conv_transpose", {dy, w},
                               {grad::ints("strides", vec(p.stride, p.nsp)), grad::ints("pads", pads_of(p)),
                                grad::ints("dilations", vec(p.dilation, p.nsp)), grad::i64("group", p.group), grad::ints("output_padding", op)});
  }
  const bool need_b = g.n_inputs > kB && g.needs[kB];
  if (g.needs[kW]) {
    Tensor dw = Tensor::empty(w.dtype(), w.shape());
    Tensor db = need_b ? Tensor::empty(w.dtype(), Shape{w.dim(0)}) : Tensor();
    conv_backward_weights(x, dy, p, dw, need_b ? &db : nullptr);
    g.grad_in[kW] = dw;
    if (need_b) g.grad_in[kB] = db;
  } else if (need_b) {
    g.grad_in[kB] = grad::call("sum", {dy}, {grad::ints("axes", channel_sum_axes(dy.ndim()))});
  }
}

// conv_transpose is conv's backward-data pass, so: dx = conv(dy, w); dw = the backward-weights
// kernel with the roles of input and output swapped; db = sum of dy over N and space.
void conv_transpose_grad(GradCtx& g) {
  ConvParams p;
  Shape y;
  setup_from_grad(g, true, p, y);
  const Tensor &x = g.in(kX), &w = g.in(kW), &dy = g.dy();
  if (g.needs[kX])
    g.grad_in[kX] = grad::call("conv", {dy, w},
                               {grad::ints("strides", vec(p.stride, p.nsp)), grad::ints("pads", pads_of(p)),
                                grad::ints("dilations", vec(p.dilation, p.nsp)), grad::i64("group", p.group)});
  if (g.needs[kW]) {
    Tensor dw = Tensor::empty(w.dtype(), w.shape());
    conv_backward_weights(dy, x, p, dw, nullptr);
    g.grad_in[kW] = dw;
  }
  if (g.n_inputs > kB && g.needs[kB]) g.grad_in[kB] = grad::call("sum", {dy}, {grad::ints("axes", channel_sum_axes(dy.ndim()))});
}

OpBuilder& window_attrs(OpBuilder& b) {
  return b.attr_ints("strides", {}, "Step of the window per spatial axis (each >= 1); empty means 1 on every axis.")
      .attr_ints("pads", {},
                 "Zero padding: the beginnings of all spatial axes, then their ends (ONNX order, each >= 0); empty means no "
                 "padding. Must stay empty (or zero) when auto_pad is not NOTSET.")
      .attr_ints("dilations", {}, "Spacing between kernel taps per spatial axis (each >= 1); empty means 1 on every axis.")
      .attr_int_range("group", 1, 1, kMaxWindowValue, "Number of groups: input and output channels are split into this many "
                                                       "independent convolutions. It must divide both channel counts.")
      .attr_enum("auto_pad", auto_pad_values(), "NOTSET", kAutoPadDoc);
}

}  // namespace

void register_conv_ops(Registry& r) {
  {
    OpBuilder b("conv", "nn", __FILE__);
    b.summary("N-d convolution (cross-correlation) of x with the kernel w, plus an optional bias.")
        .doc("x is [N, C, *spatial] with 1 to 3 spatial axes, w is [M, C/group, *kernel] and b is [M]. "
             "y[n, m, o] = b[m] + sum over c in m's group and kernel taps k of x[n, c, o*stride - pad_begin + k*dilation] * w[m, c, k], "
             "the input being zero outside its bounds. Each output axis has floor((in + pad_begin + pad_end - "
             "((kernel - 1) * dilation + 1)) / stride) + 1 elements. float32 runs through oneDNN; float64 through direct loops.")
        .input("x", "Input [N, C, *spatial] (1 to 3 spatial axes).", kFloats)
        .input("w", "Kernel [M, C/group, *kernel] (same rank as x).", kFloats)
        .optional_input("b", "Bias [M], added to every output of channel m; absent means no bias.", kFloats);
    window_attrs(b)
        .output("y", "Output [N, M, *out_spatial], x's dtype.", kFloats)
        .infer(infer_conv)
        .kernel(conv_kernel)
        .gradient("dx = conv_transpose(dy, w, same strides/pads/dilations/group, output_padding restoring x's size); "
                  "dw[m, c, k] = sum_{n,o} dy[n, m, o] * x[n, c, o*stride - pad + k*dilation]; db = sum(dy, axes=[0, 2, ...])",
                  conv_grad)
        .onnx("Conv", 11, "kernel_shape is read from w; an absent b is an omitted optional input")
        .example({"3x3 input, 2x2 kernel, bias",
                  {T("float32", {1, 1, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9}), T("float32", {1, 1, 2, 2}, {1, 2, 3, 4}), T("float32", {1}, {1})},
                  {},
                  {T("float32", {1, 1, 2, 2}, {38, 48, 68, 78})},
                  "hand-derived (38 = 1*1 + 2*2 + 4*3 + 5*4 + 1)"})
        .example(
            {"stride 2, pads 1, two groups",
             {T("float64", {1, 2, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 0, 1, 2, -2, 3, 0, 1, -3}),
              T("float64", {2, 1, 2, 2}, {1, 0, 0, 1, 2, -1, 1, 0.5})},
             {{"strides", "[2, 2]"}, {"pads", "[1, 1, 1, 1]"}, {"group", "2"}},
             {T("float64", {1, 2, 2, 2}, {1, 3, 7, 14, -0.5, 0.5, -2, -7.5})},
             "numpy 1.26 (zero-pad, sliding_window_view, einsum per group)"})
        .example({"1-D, dilation 2", {T("float64", {1, 1, 5}, {1, 2, 3, 4, 5}), T("float64", {1, 1, 2}, {1, -1})}, {{"dilations", "[2]"}},
                  {T("float64", {1, 1, 3}, {-2, -2, -2})}, "hand-derived (x[i] - x[i+2])"});
    r.add(b.build());
  }
  {
    OpBuilder b("conv_transpose", "nn", __FILE__);
    b.summary("N-d transposed convolution (the gradient of conv with respect to its input), plus an optional bias.")
        .doc("x is [N, C, *spatial], w is [C, M/group, *kernel] and b is [M]; every input element scatters x[n, c, i] * "
             "w[c, m, k] into y[n, m, i*stride - pad_begin + k*dilation]. Each output axis has stride * (in - 1) + "
             "output_padding + (kernel - 1) * dilation + 1 - pad_begin - pad_end elements; output_shape, when given, "
             "chooses the pads instead (ONNX rule: the larger half goes first unless auto_pad is SAME_UPPER). "
             "float32 runs through oneDNN; float64 through direct loops.")
        .input("x", "Input [N, C, *spatial] (1 to 3 spatial axes).", kFloats)
        .input("w", "Kernel [C, M/group, *kernel] (same rank as x).", kFloats)
        .optional_input("b", "Bias [M], added to every output of channel m; absent means no bias.", kFloats);
    window_attrs(b)
        .attr_ints("output_padding", {}, "Extra elements added at the end of each spatial axis of the output (each below the "
                                         "stride); empty means 0.")
        .attr_ints("output_shape", {}, "Requested output spatial size (or [N, C, spatial...]); when given, the pads are derived "
                                       "from it and the pads attribute is ignored. Empty: computed from pads.")
        .output("y", "Output [N, M, *out_spatial], x's dtype.", kFloats)
        .infer(infer_conv_transpose)
        .kernel(conv_transpose_kernel)
        .gradient("dx = conv(dy, w, same strides/pads/dilations/group); dw[c, m, k] = sum_{n,i} x[n, c, i] * dy[n, m, i*stride - pad + "
                  "k*dilation]; db = sum(dy, axes=[0, 2, ...])",
                  conv_transpose_grad)
        .onnx("ConvTranspose", 11, "kernel_shape is read from w; output_padding must stay below the stride")
        .example({"1-D, stride 2, bias",
                  {T("float64", {1, 1, 3}, {1, 2, 3}), T("float64", {1, 1, 2}, {1, -1}), T("float64", {1}, {0.5})},
                  {{"strides", "[2]"}},
                  {T("float64", {1, 1, 6}, {1.5, -0.5, 2.5, -1.5, 3.5, -2.5})},
                  "hand-derived (each x[i] writes x[i], -x[i] at 2i, 2i+1; plus 0.5)"})
        .example({"2x2 input, 2x2 kernel, two output channels",
                  {T("float32", {1, 1, 2, 2}, {1, 2, 3, 4}), T("float32", {1, 2, 2, 2}, {1, 1, 1, 1, 1, 0, 0, -1})},
                  {},
                  {T("float32", {1, 2, 3, 3}, {1, 3, 2, 4, 10, 6, 3, 7, 4, 1, 2, 0, 3, 3, -2, 0, -3, -4})},
                  "numpy 1.26 (scatter-add of x[i, j] * w into y[i:i+2, j:j+2])"});
    r.add(b.build());
  }
}

}  // namespace tsr
