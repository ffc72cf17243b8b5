// Reductions over axes with keepdims (sum, mean, max, min, prod, norms, log-sum-exp, sum of
// squares), index reductions along one axis (argmax, argmin) and the running sum (cumsum).
#include <algorithm>
#include <cmath>

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

// ---- gradients --------------------------------------------------------------------------------
using grad::call;
using grad::scalar;

std::vector<int64_t> axes_of(const AttrValue& a) { return std::vector<int64_t>(a.ints, a.ints + a.count); }

// dy re-shaped as a keepdims result, so it broadcasts against x.
Tensor dy_keep(const GradCtx& g) {
  return g.dy().reshape(grad::keepdims_shape(g.in(0).shape(), g.attr(kAxes)));
}
// y re-shaped the same way.
Tensor y_keep(const GradCtx& g) { return g.out().reshape(grad::keepdims_shape(g.in(0).shape(), g.attr(kAxes))); }

void sum_grad(GradCtx& g) { g.grad_in[0] = grad::expand_to(dy_keep(g), g.in(0).shape()); }
void mean_grad(GradCtx& g) {
  const double count = static_cast<double>(g.in(0).numel()) / static_cast<double>(std::max<int64_t>(g.out().numel(), 1));
  g.grad_in[0] = grad::expand_to(call("div", {dy_keep(g), scalar(count, g.dy().dtype())}), g.in(0).shape());
}
// max and min: ties share the gradient equally.
void extreme_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor mask = call("equal", {x, y_keep(g)});
  Tensor count = call("sum", {call("cast", {mask}, {grad::dtype("dtype", x.dtype())})},
                      {grad::ints("axes", axes_of(g.attr(kAxes))), grad::flag("keepdims", true)});
  g.grad_in[0] = call("where", {mask, call("div", {dy_keep(g), count}), scalar(0, x.dtype())});
}
// d prod / d x_i is the product of the other elements: y / x_i when no element is zero; where
// exactly one is zero, that element gets the product of the rest and the others 0; with two or
// more zeros every derivative is 0.
void prod_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const DType t = x.dtype();
  const auto axes = grad::ints("axes", axes_of(g.attr(kAxes)));
  Tensor zero = scalar(0, t), one = scalar(1, t);
  Tensor is_zero = call("equal", {x, zero});
  Tensor n_zero = call("sum", {call("cast", {is_zero}, {grad::dtype("dtype", t)})}, {axes, grad::flag("keepdims", true)});
  Tensor prod_nonzero = call("prod", {call("where", {is_zero, one, x})}, {axes, grad::flag("keepdims", true)});
  Tensor at_zero = call("where", {call("equal", {n_zero, one}), prod_nonzero, zero});
  Tensor elsewhere = call("where", {call("equal", {n_zero, zero}), call("div", {prod_nonzero, call("where", {is_zero, one, x})}), zero});
  g.grad_in[0] = call("mul", {dy_keep(g), call("where", {is_zero, at_zero, elsewhere})});
}
void l1_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor zero = scalar(0, x.dtype());
  Tensor dy = grad::expand_to(dy_keep(g), x.shape());
  g.grad_in[0] = call("where", {call("greater", {x, zero}), dy, call("where", {call("less", {x, zero}), call("neg", {dy}), zero})});
}
void l2_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor zero = scalar(0, x.dtype());
  Tensor y = y_keep(g);
  Tensor y_is_zero = call("equal", {y, zero});
  Tensor safe_y = call("where", {y_is_zero, scalar(1, x.dtype()), y});
  g.grad_in[0] = call("where", {y_is_zero, zero, call("mul", {dy_keep(g), call("div", {x, safe_y})})});
}
void log_sum_exp_grad(GradCtx& g) {
  g.grad_in[0] = call("mul", {dy_keep(g), call("exp", {call("sub", {g.in(0), y_keep(g)})})});
}
void sum_square_grad(GradCtx& g) {
  g.grad_in[0] = call("mul", {dy_keep(g), call("mul", {g.in(0), scalar(2, g.in(0).dtype())})});
}

const char* kReduceDoc = "Reduces over `axes` (all axes when empty). With keepdims the reduced axes stay as size 1.";
const char* kReduceOnnxNote = "axes is an input tensor from opset 18 (13 for ReduceSum)";
const char* kReduceOnnxNoteKeep =
    "axes is an input tensor from opset 18; ONNX keepdims defaults to 1 (true), Tessera's to false, so exporters write it";

void add_reduce(Registry& r, const char* name, const char* summary, std::string doc, DTypeSet dtypes, KernelFn k, GradFn gfn,
                const char* gradient, const char* onnx_type, const char* onnx_note, Example ex) {
  r.add(OpBuilder(name, "reduce", __FILE__)
            .summary(summary)
            .doc(std::move(doc))
            .input("x", "Input tensor.", dtypes)
            .attr_ints("axes", {}, "Axes to reduce; negative values count from the end; empty reduces all.", Meaning::Axes)
            .attr_bool("keepdims", false, "Keep reduced axes as dimensions of size 1.")
            .output("y", "Reduced tensor with x's dtype.", dtypes)
            .infer(infer_reduce)
            .kernel(k)
            .gradient(gradient, gfn)
            .onnx(onnx_type, 18, onnx_note)
            .example(std::move(ex))
            .build());
}

// ---- argmax / argmin ----------------------------------------------------------------------------
enum { kArgAxis = 0, kArgKeepdims = 1, kArgLast = 2 };

void infer_arg(OpCall& c) {
  const Tensor& x = c.in(0);
  if (x.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "needs at least 1 dimension (x is a scalar)");
  const int axis = normalize_axis(c.i(kArgAxis), x.ndim(), "axis");
  if (x.dim(axis) == 0) c.bad_input(0, Status::ShapeMismatch, "axis " + std::to_string(axis) + " of x " + x.shape().str() + " is empty; there is no extreme element");
  Shape out;
  for (int d = 0; d < x.ndim(); ++d) {
    if (d != axis) out.push_back(x.dim(d));
    else if (c.b(kArgKeepdims)) out.push_back(1);
  }
  c.out_dtype[0] = DType::Int64;
  c.out_shape[0] = out;
}

template <bool kLargest>
void arg_kernel(OpCall& c) {
  arg_reduce(c.in(0), normalize_axis(c.i(kArgAxis), c.in(0).ndim(), "axis"), kLargest, c.b(kArgLast), c.outputs[0]);
}

void add_arg(Registry& r, const char* name, const char* summary, const char* which, KernelFn k, const char* onnx_type, Example ex,
             Example ex2) {
  r.add(OpBuilder(name, "reduce", __FILE__)
            .summary(summary)
            .doc(std::string("Index (0-based, int64) of the ") + which +
                 " element along `axis`. Ties take the first index, or the last with select_last_index. NaN counts as "
                 "beyond every number (the first NaN wins, as in NumPy). The axis must not be empty.")
            .input("x", "Input tensor (at least 1-D).", kAllTypes)
            .attr_int("axis", 0, "Axis to search along; negative counts from the end.", Meaning::Axis)
            .attr_bool("keepdims", true, "Keep the searched axis as a dimension of size 1 (as ONNX).")
            .attr_bool("select_last_index", false, "Among equal extremes take the last index instead of the first.")
            .output("indices", "int64 positions along axis; x's shape with axis removed or kept as 1.", bit(DType::Int64), Meaning::Index)
            .infer(infer_arg)
            .kernel(k)
            .no_gradient("the result is an integer index, piecewise constant in x")
            .onnx(onnx_type, 13)
            .example(std::move(ex))
            .example(std::move(ex2))
            .build());
}

// ---- cumsum -----------------------------------------------------------------------------------
enum { kCumAxis = 0, kCumExclusive = 1, kCumReverse = 2 };

void infer_cumsum(OpCall& c) {
  const Tensor& x = c.in(0);
  if (x.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "needs at least 1 dimension (x is a scalar)");
  normalize_axis(c.i(kCumAxis), x.ndim(), "axis");
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = x.shape();
}

void cumsum_kernel(OpCall& c) {
  cumsum(c.in(0), normalize_axis(c.i(kCumAxis), c.in(0).ndim(), "axis"), c.b(kCumExclusive), c.b(kCumReverse), c.outputs[0]);
}

// The adjoint of a running sum is the running sum in the other direction.
void cumsum_grad(GradCtx& g) {
  g.grad_in[0] = call("cumsum", {g.dy()},
                      {grad::i64("axis", g.i(kCumAxis)), grad::flag("exclusive", g.b(kCumExclusive)), grad::flag("reverse", !g.b(kCumReverse))});
}

}  // namespace

void register_reduce_ops(Registry& r) {
  add_reduce(r, "sum", "Sum of elements over axes.", kReduceDoc, kNumeric, reduce_kernel<ReduceKind::Sum>, sum_grad,
             "dx = broadcast(dy, x.shape)", "ReduceSum", kReduceOnnxNote,
             {"rows of a matrix", {T("float32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"axes", "[1]"}}, {T("float32", {2}, {6, 15})}, "hand-derived"});
  add_reduce(r, "mean", "Arithmetic mean over axes (integers divide with truncation).", kReduceDoc, kNumeric,
             reduce_kernel<ReduceKind::Mean>, mean_grad, "dx = broadcast(dy, x.shape) / count", "ReduceMean", kReduceOnnxNote,
             {"columns, keepdims", {T("float64", {2, 2}, {1, 2, 3, 6})}, {{"axes", "[0]"}, {"keepdims", "true"}}, {T("float64", {1, 2}, {2, 4})}, "hand-derived"});
  add_reduce(r, "max", "Maximum over axes (NaN propagates).", kReduceDoc, kNumeric, reduce_kernel<ReduceKind::Max>, extreme_grad,
             "dx = where(x == y, dy / count(x == y), 0): ties share the gradient", "ReduceMax", kReduceOnnxNote,
             {"all axes", {T("int32", {2, 2}, {3, -1, 7, 2})}, {}, {T("int32", {}, {7})}, "hand-derived"});

  add_reduce(r, "min", "Minimum over axes (NaN propagates).",
             std::string(kReduceDoc) + " Reducing over an empty axis is an error (there is no minimum).", kNumeric,
             reduce_kernel<ReduceKind::Min>, extreme_grad, "dx = where(x == y, dy / count(x == y), 0): ties share the gradient",
             "ReduceMin", kReduceOnnxNoteKeep,
             {"columns", {T("float32", {2, 3}, {3, 1, 4, 1, 5, 9})}, {{"axes", "[0]"}}, {T("float32", {3}, {1, 1, 4})}, "hand-derived"});
  add_reduce(r, "prod", "Product of elements over axes.",
             std::string(kReduceDoc) + " The product of no elements is 1. Integers wrap around on overflow.", kNumeric,
             reduce_kernel<ReduceKind::Prod>, prod_grad,
             "dx = dy * product of the other elements (y / x without zeros; exact where x has zeros)", "ReduceProd",
             kReduceOnnxNoteKeep,
             {"rows", {T("int32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"axes", "[1]"}}, {T("int32", {2}, {6, 120})}, "hand-derived"});
  add_reduce(r, "l1_norm", "Sum of absolute values over axes.", kReduceDoc, kNumeric, reduce_kernel<ReduceKind::L1>, l1_grad,
             "dx = dy * sign(x)", "ReduceL1", kReduceOnnxNoteKeep,
             {"rows, keepdims", {T("float32", {2, 2}, {1, -2, 3, -4})}, {{"axes", "[1]"}, {"keepdims", "true"}},
              {T("float32", {2, 1}, {3, 7})}, "hand-derived"});
  add_reduce(r, "l2_norm", "Euclidean norm sqrt(sum(x^2)) over axes.", kReduceDoc, kFloats, reduce_kernel<ReduceKind::L2>, l2_grad,
             "dx = dy * x / y (0 where y = 0)", "ReduceL2", kReduceOnnxNoteKeep,
             {"columns", {T("float64", {2, 3}, {1.5, -2, 0.5, 4, 0.25, -1})}, {{"axes", "[0]"}},
              {T("float64", {3}, {4.272001872658765, 2.0155644370746373, 1.118033988749895})}, "numpy 1.26 np.linalg.norm(x, axis=0)"});
  add_reduce(r, "log_sum_exp", "log(sum(exp(x))) over axes, numerically stable.",
             std::string(kReduceDoc) + " Computed as m + log(sum(exp(x - m))) with m the maximum, so large inputs do not "
                                       "overflow; all -inf (or no elements) gives -inf, any +inf gives +inf.",
             kFloats, reduce_kernel<ReduceKind::LogSumExp>, log_sum_exp_grad, "dx = dy * exp(x - y) (the softmax of x over axes)",
             "ReduceLogSumExp", kReduceOnnxNoteKeep,
             {"rows", {T("float64", {2, 3}, {0.5, -1.25, 2.0, 3.0, 3.0, -7.5})}, {{"axes", "[1]"}},
              {T("float64", {2}, {2.2326219831020326, 3.693160948689839})}, "scipy 1.11 scipy.special.logsumexp(x, axis=1)"});
  add_reduce(r, "sum_square", "Sum of squares over axes.", kReduceDoc, kNumeric, reduce_kernel<ReduceKind::SumSquare>, sum_square_grad,
             "dx = 2 * x * dy", "ReduceSumSquare", kReduceOnnxNoteKeep,
             {"all axes", {T("int64", {3}, {1, -2, 3})}, {}, {T("int64", {}, {14})}, "hand-derived"});

  add_arg(r, "argmax", "Index of the largest element along an axis.", "largest", arg_kernel<true>, "ArgMax",
          {"rows, first of ties", {T("int32", {2, 3}, {1, 5, 5, 7, 2, 7})}, {{"axis", "1"}}, {T("int64", {2, 1}, {1, 0})}, "hand-derived"},
          {"last of ties, no keepdims", {T("int32", {2, 3}, {1, 5, 5, 7, 2, 7})}, {{"axis", "-1"}, {"keepdims", "false"}, {"select_last_index", "true"}},
           {T("int64", {2}, {2, 2})}, "hand-derived"});
  add_arg(r, "argmin", "Index of the smallest element along an axis.", "smallest", arg_kernel<false>, "ArgMin",
          {"columns", {T("float32", {2, 2}, {2, 1, 0, 3})}, {}, {T("int64", {1, 2}, {1, 0})}, "hand-derived"},
          {"NaN wins", {T("float64", {3}, {1, NAN, -1})}, {{"keepdims", "false"}}, {T("int64", {}, {1})}, "hand-derived (numpy argmin returns the first NaN)"});

  r.add(OpBuilder("cumsum", "reduce", __FILE__)
            .summary("Running sum along an axis.")
            .doc("y[i] = x[0] + ... + x[i] along `axis`. With exclusive, x[i] itself is left out (y[0] = 0); with reverse "
                 "the sum runs from the end. Integers wrap around on overflow.")
            .input("x", "Input tensor (at least 1-D).", kNumeric)
            .attr_int("axis", 0, "Axis to sum along; negative counts from the end.", Meaning::Axis)
            .attr_bool("exclusive", false, "Leave each element out of its own sum.")
            .attr_bool("reverse", false, "Sum from the last element towards the first.")
            .output("y", "Running sums, x's shape and dtype.", kNumeric)
            .infer(infer_cumsum)
            .kernel(cumsum_kernel)
            .gradient("dx = cumsum(dy, axis, exclusive, reverse = !reverse)", cumsum_grad)
            .onnx("CumSum", 14, "axis is a scalar input tensor (int32 or int64); exclusive and reverse are int attributes")
            .example({"rows", {T("float32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"axis", "1"}}, {T("float32", {2, 3}, {1, 3, 6, 4, 9, 15})}, "hand-derived"})
            .example({"reverse exclusive", {T("int32", {5}, {1, 2, 3, 4, 5})}, {{"exclusive", "true"}, {"reverse", "true"}},
                      {T("int32", {5}, {14, 12, 9, 5, 0})}, "hand-derived"})
            .build());
}

}  // namespace tsr
