// Reductions over axes with keepdims.
#include <algorithm>

#include "common.h"
#include "tessera/core/kernels/reduce.h"

namespace tsr {
namespace {

enum { kAxes = 0, kKeepdims = 1 };

// Marks the reduced axes (all when `axes` is empty) and derives the output shape.
void reduce_axes(const OpCall& c, bool* mask) {
  const Tensor& x = c.in(0);
  const AttrValue& axes = c.attrs[kAxes];
  for (int d = 0; d < x.ndim(); ++d) mask[d] = axes.count == 0;
  for (int64_t k = 0; k < axes.count; ++k) {
    int64_t ax = axes.ints[k];
    if (ax < -x.ndim() || ax >= x.ndim())
      c.bad_attr(kAxes, "axis " + std::to_string(ax) + " is out of range for a tensor of " + std::to_string(x.ndim()) +
                            " dimensions (valid: " + std::to_string(-x.ndim()) + ".." + std::to_string(x.ndim() - 1) + ")");
    int d = static_cast<int>(ax < 0 ? ax + x.ndim() : ax);
    if (mask[d]) c.bad_attr(kAxes, "axis " + std::to_string(ax) + " appears twice");
    mask[d] = true;
  }
}

void infer_reduce(OpCall& c) {
  const Tensor& x = c.in(0);
  bool mask[kMaxDims];
  reduce_axes(c, mask);
  Shape out;
  for (int d = 0; d < x.ndim(); ++d) {
    if (!mask[d]) out.push_back(x.dim(d));
    else if (c.b(kKeepdims)) out.push_back(1);
  }
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = out;
}

template <ReduceKind K>
void reduce_kernel(OpCall& c) {
  bool mask[kMaxDims];
  reduce_axes(c, mask);
  reduce(c.in(0), mask, K, c.outputs[0]);
}

// dy re-shaped as a keepdims result, so it broadcasts against x.
Tensor dy_keep(const GradCtx& g) {
  return g.dy().reshape(grad::keepdims_shape(g.in(0).shape(), g.attr(kAxes)));
}
void sum_grad(GradCtx& g) { g.grad_in[0] = grad::expand_to(dy_keep(g), g.in(0).shape()); }
void mean_grad(GradCtx& g) {
  const double count = static_cast<double>(g.in(0).numel()) / static_cast<double>(std::max<int64_t>(g.out().numel(), 1));
  g.grad_in[0] = grad::expand_to(grad::call("div", {dy_keep(g), grad::scalar(count, g.dy().dtype())}), g.in(0).shape());
}
// Ties share the gradient equally.
void max_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Shape keep = grad::keepdims_shape(x.shape(), g.attr(kAxes));
  Tensor mask = grad::call("equal", {x, g.out().reshape(keep)});
  std::vector<int64_t> axes(g.attr(kAxes).ints, g.attr(kAxes).ints + g.attr(kAxes).count);
  Tensor count = grad::call("sum", {grad::call("cast", {mask}, {grad::dtype("dtype", x.dtype())})},
                            {grad::ints("axes", axes), grad::flag("keepdims", true)});
  g.grad_in[0] = grad::call("where", {mask, grad::call("div", {dy_keep(g), count}), grad::scalar(0, x.dtype())});
}

void add_reduce(Registry& r, const char* name, const char* summary, KernelFn k, GradFn gfn, const char* gradient,
                const char* onnx_type, Example ex) {
  r.add(OpBuilder(name, "reduce", __FILE__)
            .summary(summary)
            .doc("Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.")
            .input("x", "Input tensor.", kNumeric)
            .attr_ints("axes", {}, "Axes to reduce; negative values count from the end; empty reduces all.", Meaning::Axes)
            .attr_bool("keepdims", false, "Keep reduced axes as dimensions of size 1.")
            .output("y", "Reduced tensor with x's dtype.", kNumeric)
            .infer(infer_reduce)
            .kernel(k)
            .gradient(gradient, gfn)
            .onnx(onnx_type, 18, "axes is an input tensor from opset 18 (13 for ReduceSum)")
            .example(std::move(ex))
            .build());
}

}  // namespace

void register_reduce_ops(Registry& r) {
  add_reduce(r, "sum", "Sum of elements over axes.", reduce_kernel<ReduceKind::Sum>, sum_grad, "dx = broadcast(dy, x.shape)", "ReduceSum",
             {"rows of a matrix", {T("float32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"axes", "[1]"}}, {T("float32", {2}, {6, 15})}, "hand-derived"});
  add_reduce(r, "mean", "Arithmetic mean over axes (integers divide with truncation).", reduce_kernel<ReduceKind::Mean>, mean_grad,
             "dx = broadcast(dy, x.shape) / count", "ReduceMean",
             {"columns, keepdims", {T("float64", {2, 2}, {1, 2, 3, 6})}, {{"axes", "[0]"}, {"keepdims", "true"}}, {T("float64", {1, 2}, {2, 4})}, "hand-derived"});
  add_reduce(r, "max", "Maximum over axes (NaN propagates).", reduce_kernel<ReduceKind::Max>, max_grad,
             "dx = where(x == y, dy / count(x == y), 0): ties share the gradient",
             "ReduceMax",
             {"all axes", {T("int32", {2, 2}, {3, -1, 7, 2})}, {}, {T("int32", {}, {7})}, "hand-derived"});
}

}  // namespace tsr
