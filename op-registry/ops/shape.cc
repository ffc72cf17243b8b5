// Shape operators. reshape, transpose and slice return views that share x's storage.
#include <algorithm>
#include <cstring>

#include "common.h"

namespace tsr {
namespace {

// ---- reshape --------------------------------------------------------------------------------
enum { kReshapeShape = 0 };

void infer_reshape(OpCall& c) {
  const Tensor& x = c.in(0);
  const AttrValue& v = c.attrs[kReshapeShape];
  if (v.count > kMaxDims) c.bad_attr(kReshapeShape, "at most 8 dimensions, got " + std::to_string(v.count));
  Shape s;
  int infer_at = -1;
  int64_t known = 1;
  for (int64_t k = 0; k < v.count; ++k) {
    int64_t d = v.ints[k];
    if (d == -1) {
      if (infer_at >= 0) c.bad_attr(kReshapeShape, "only one dimension may be -1");
      infer_at = static_cast<int>(k);
      s.push_back(1);
      continue;
    }
    if (d < 0) c.bad_attr(kReshapeShape, "dimension " + std::to_string(k) + " is negative (" + std::to_string(d) + ")");
    s.push_back(d);
    known *= d;
  }
  const int64_t n = x.numel();
  if (infer_at >= 0) {
    if (known == 0 || n % known != 0)
      c.bad_attr(kReshapeShape, "cannot infer the -1 dimension: " + std::to_string(n) + " elements do not divide into " +
                                    std::to_string(known));
    s.d[infer_at] = n / known;
  } else if (known != n) {
    c.bad_attr(kReshapeShape, "shape " + s.str() + " holds " + std::to_string(known) + " elements but x " + x.shape().str() +
                                  " has " + std::to_string(n));
  }
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = s;
}

void reshape_kernel(OpCall& c) { c.outputs[0] = c.in(0).reshape(c.out_shape[0]); }

// ---- transpose ------------------------------------------------------------------------------
enum { kPerm = 0 };

// Fills perm (reversed axes when the attribute is empty) and validates it.
void transpose_perm(const OpCall& c, int* perm) {
  const int nd = c.in(0).ndim();
  const AttrValue& v = c.attrs[kPerm];
  if (v.count == 0) {
    for (int i = 0; i < nd; ++i) perm[i] = nd - 1 - i;
    return;
  }
  if (v.count != nd)
    c.bad_attr(kPerm, "perm has " + std::to_string(v.count) + " entries but x has " + std::to_string(nd) + " dimensions");
  bool seen[kMaxDims] = {};
  for (int i = 0; i < nd; ++i) {
    int64_t p = v.ints[i];
    if (p < -nd || p >= nd) c.bad_attr(kPerm, "perm entry " + std::to_string(p) + " is out of range for " + std::to_string(nd) + " dimensions");
    int q = static_cast<int>(p < 0 ? p + nd : p);
    if (seen[q]) c.bad_attr(kPerm, "perm is not a permutation (" + std::to_string(p) + " repeats)");
    seen[q] = true;
    perm[i] = q;
  }
}

void infer_transpose(OpCall& c) {
  int perm[kMaxDims];
  transpose_perm(c, perm);
  Shape s;
  for (int i = 0; i < c.in(0).ndim(); ++i) s.push_back(c.in(0).dim(perm[i]));
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = s;
}

void transpose_kernel(OpCall& c) {
  int perm[kMaxDims];
  transpose_perm(c, perm);
  c.outputs[0] = c.in(0).permute(perm);
}

// ---- concat ---------------------------------------------------------------------------------
enum { kConcatAxis = 0 };

void infer_concat(OpCall& c) {
  const Tensor& first = c.in(0);
  if (first.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "cannot concatenate scalars (0-d tensors)");
  const int64_t ax = c.i(kConcatAxis);
  if (ax < -first.ndim() || ax >= first.ndim())
    c.bad_attr(kConcatAxis, "axis " + std::to_string(ax) + " is out of range for " + std::to_string(first.ndim()) + " dimensions");
  const int axis = static_cast<int>(ax < 0 ? ax + first.ndim() : ax);
  Shape s = first.shape();
  for (int k = 1; k < c.n_inputs; ++k) {
    const Tensor& t = c.in(k);
    if (t.dtype() != first.dtype())
      c.bad_input(k, Status::DTypeMismatch, "all inputs must share one dtype: inputs[0] is " + std::string(dtype_name(first.dtype())) +
                                                ", inputs[" + std::to_string(k) + "] is " + std::string(dtype_name(t.dtype())));
    bool ok = t.ndim() == first.ndim();
    for (int d = 0; ok && d < t.ndim(); ++d) ok = d == axis || t.dim(d) == first.dim(d);
    if (!ok)
      c.bad_input(k, Status::ShapeMismatch, "inputs[" + std::to_string(k) + "] has shape " + t.shape().str() + ", incompatible with " +
                                                first.shape().str() + " for concatenation on axis " + std::to_string(axis));
    s.d[axis] += t.dim(axis);
  }
  c.out_dtype[0] = first.dtype();
  c.out_shape[0] = s;
}

void concat_kernel(OpCall& c) {
  const int axis = static_cast<int>(c.i(kConcatAxis) < 0 ? c.i(kConcatAxis) + c.in(0).ndim() : c.i(kConcatAxis));
  Tensor& out = c.outputs[0];
  int64_t at = 0;
  for (int k = 0; k < c.n_inputs; ++k) {
    const Tensor& t = c.in(k);
    // The destination block is a strided view of the output.
    Tensor dst = out.as_strided(t.shape(), out.strides(), out.offset() + at * out.strides()[axis]);
    dst.copy_from(t);
    at += t.dim(axis);
  }
}

// ---- slice (ONNX Slice semantics) -----------------------------------------------------------
enum { kStarts = 0, kEnds = 1, kSliceAxes = 2, kSteps = 3 };

struct SliceSpec {
  int64_t start[kMaxDims], step[kMaxDims], len[kMaxDims];
};

void slice_spec(const OpCall& c, SliceSpec& sp) {
  const Tensor& x = c.in(0);
  const AttrValue &st = c.attrs[kStarts], &en = c.attrs[kEnds], &ax = c.attrs[kSliceAxes], &stp = c.attrs[kSteps];
  const int nd = x.ndim();
  for (int d = 0; d < nd; ++d) {
    sp.start[d] = 0;
    sp.step[d] = 1;
    sp.len[d] = x.dim(d);
  }
  if (en.count != st.count) c.bad_attr(kEnds, "ends has " + std::to_string(en.count) + " entries, starts has " + std::to_string(st.count));
  if (ax.count != 0 && ax.count != st.count)
    c.bad_attr(kSliceAxes, "axes has " + std::to_string(ax.count) + " entries, starts has " + std::to_string(st.count));
  if (stp.count != 0 && stp.count != st.count)
    c.bad_attr(kSteps, "steps has " + std::to_string(stp.count) + " entries, starts has " + std::to_string(st.count));
  if (ax.count == 0 && st.count > nd)
    c.bad_attr(kStarts, "starts has " + std::to_string(st.count) + " entries but x has " + std::to_string(nd) + " dimensions");
  bool seen[kMaxDims] = {};
  for (int64_t k = 0; k < st.count; ++k) {
    int64_t a = ax.count ? ax.ints[k] : k;
    if (a < -nd || a >= nd) c.bad_attr(kSliceAxes, "axis " + std::to_string(a) + " is out of range for " + std::to_string(nd) + " dimensions");
    int d = static_cast<int>(a < 0 ? a + nd : a);
    if (seen[d]) c.bad_attr(kSliceAxes, "axis " + std::to_string(a) + " appears twice");
    seen[d] = true;
    int64_t step = stp.count ? stp.ints[k] : 1;
    if (step == 0) c.bad_attr(kSteps, "steps must not be 0");
    const int64_t n = x.dim(d);
    int64_t s = st.ints[k], e = en.ints[k];
    // Negative indices count from the end; then clamp as ONNX does.
    if (s < 0) s += n;
    if (e < 0 && e > INT64_MIN + n) e += n;
    if (step > 0) {
      s = std::clamp<int64_t>(s, 0, n);
      e = std::clamp<int64_t>(e, 0, n);
      sp.len[d] = e > s ? (e - s + step - 1) / step : 0;
    } else {
      s = std::clamp<int64_t>(s, 0, n - 1);
      e = std::clamp<int64_t>(e, -1, n - 1);
      sp.len[d] = s > e ? (s - e + (-step) - 1) / (-step) : 0;
    }
    sp.start[d] = sp.len[d] ? s : 0;
    sp.step[d] = step;
  }
}

void infer_slice(OpCall& c) {
  SliceSpec sp;
  slice_spec(c, sp);
  Shape s;
  for (int d = 0; d < c.in(0).ndim(); ++d) s.push_back(sp.len[d]);
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = s;
}

void slice_kernel(OpCall& c) {
  SliceSpec sp;
  slice_spec(c, sp);
  const Tensor& x = c.in(0);
  int64_t strides[kMaxDims], offset = x.offset();
  for (int d = 0; d < x.ndim(); ++d) {
    offset += sp.start[d] * x.strides()[d];
    strides[d] = x.strides()[d] * sp.step[d];
  }
  c.outputs[0] = x.as_strided(c.out_shape[0], strides, offset);
}

// ---- gradients ------------------------------------------------------------------------------
std::vector<int64_t> dims(const Shape& s) { return std::vector<int64_t>(s.d, s.d + s.ndim); }

void reshape_grad(GradCtx& g) { g.grad_in[0] = grad::call("reshape", {g.dy()}, {grad::ints("shape", dims(g.in(0).shape()))}); }

void transpose_grad(GradCtx& g) {
  const int nd = g.in(0).ndim();
  const AttrValue& p = g.attr(kPerm);
  std::vector<int64_t> inverse(nd);
  for (int i = 0; i < nd; ++i) {
    int64_t src = p.count == 0 ? nd - 1 - i : (p.ints[i] < 0 ? p.ints[i] + nd : p.ints[i]);
    inverse[src] = i;
  }
  g.grad_in[0] = grad::call("transpose", {g.dy()}, {grad::ints("perm", inverse)});
}

void concat_grad(GradCtx& g) {
  const int axis = static_cast<int>(g.i(kConcatAxis) < 0 ? g.i(kConcatAxis) + g.in(0).ndim() : g.i(kConcatAxis));
  int64_t at = 0;
  for (int k = 0; k < g.n_inputs; ++k) {
    const int64_t len = g.in(k).dim(axis);
    if (g.needs[k])
      g.grad_in[k] = grad::call("slice", {g.dy()}, {grad::ints("starts", {at}), grad::ints("ends", {at + len}), grad::ints("axes", {axis})});
    at += len;
  }
}

// Zeros everywhere except the sliced region, which receives dy: the same strided view the
// forward pass took, written into a fresh tensor.
void slice_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor dx = Tensor::zeros(x.dtype(), x.shape());
  OpCall c;
  const Tensor* in[1] = {&dx};
  c.inputs = in;
  c.n_inputs = 1;
  for (int k = 0; k < 4; ++k) c.attrs[k] = g.attr(k);
  SliceSpec sp;
  slice_spec(c, sp);
  int64_t strides[kMaxDims], offset = 0;
  for (int d = 0; d < dx.ndim(); ++d) {
    offset += sp.start[d] * dx.strides()[d];
    strides[d] = dx.strides()[d] * sp.step[d];
  }
  Tensor region = dx.as_strided(g.dy().shape(), strides, offset);
  region.copy_from(g.dy());
  g.grad_in[0] = dx;
}

}  // namespace

void register_shape_ops(Registry& r) {
  r.add(OpBuilder("reshape", "shape", __FILE__)
            .summary("Gives x a new shape with the same number of elements.")
            .doc("One dimension may be -1 and is inferred. The result is a view of x when its layout allows, else a copy.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("shape", {}, "New dimension sizes (row-major order); one may be -1.", Meaning::Shape)
            .required()
            .output("y", "x with the new shape.", kAllTypes)
            .infer(infer_reshape)
            .view_kernel(reshape_kernel)
            .gradient("dx = reshape(dy, x.shape)", reshape_grad)
            .onnx("Reshape", 14, "shape becomes an int64 input tensor")
            .example({"matrix to vector", {T("int32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"shape", "[3, -1]"}},
                      {T("int32", {3, 2}, {1, 2, 3, 4, 5, 6})}, "hand-derived"})
            .build());

  r.add(OpBuilder("transpose", "shape", __FILE__)
            .summary("Permutes the dimensions of x (a view, no copy).")
            .doc("Output dimension i is input dimension perm[i]. An empty perm reverses the dimensions.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("perm", {}, "A permutation of 0..ndim-1; empty reverses the dimensions.", Meaning::Perm)
            .output("y", "x with permuted dimensions.", kAllTypes)
            .infer(infer_transpose)
            .view_kernel(transpose_kernel)
            .gradient("dx = transpose(dy, inverse(perm))", transpose_grad)
            .onnx("Transpose", 13)
            .example({"matrix transpose", {T("float32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {},
                      {T("float32", {3, 2}, {1, 4, 2, 5, 3, 6})}, "hand-derived"})
            .build());

  r.add(OpBuilder("concat", "shape", __FILE__)
            .summary("Joins tensors along an existing axis.")
            .doc("All inputs share dtype, rank and every dimension except `axis`.")
            .variadic_input("inputs", "Tensors to join (one or more).", kAllTypes)
            .attr_int("axis", 0, "Axis to join along; negative counts from the end.", Meaning::Axis)
            .output("y", "The joined tensor.", kAllTypes)
            .infer(infer_concat)
            .kernel(concat_kernel)
            .gradient("dinputs[k] = slice(dy, starts=[offset_k], ends=[offset_k + len_k], axes=[axis])", concat_grad)
            .onnx("Concat", 13)
            .example({"stack rows", {T("float32", {1, 2}, {1, 2}), T("float32", {2, 2}, {3, 4, 5, 6})}, {{"axis", "0"}},
                      {T("float32", {3, 2}, {1, 2, 3, 4, 5, 6})}, "hand-derived"})
            .build());

  r.add(OpBuilder("slice", "shape", __FILE__)
            .summary("Takes a strided sub-range of x along some axes (a view, no copy).")
            .doc("ONNX Slice semantics: for each listed axis, elements start, start+step, ... before end. Negative "
                 "starts/ends count from the end; out-of-range values clamp; negative steps walk backwards.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("starts", {}, "First index per sliced axis.", Meaning::Index)
            .required()
            .attr_ints("ends", {}, "End index (exclusive) per sliced axis.", Meaning::Index)
            .required()
            .attr_ints("axes", {}, "Axes the starts/ends refer to; empty means 0, 1, ... in order.", Meaning::Axes)
            .attr_ints("steps", {}, "Step per sliced axis (nonzero); empty means all 1.")
            .output("y", "The selected elements.", kAllTypes)
            .infer(infer_slice)
            .view_kernel(slice_kernel)
            .gradient("dx = zeros(x.shape) with dy written into the sliced region", slice_grad)
            .onnx("Slice", 13, "starts, ends, axes and steps become int64 input tensors")
            .example({"every other column, reversed rows", {T("int32", {2, 4}, {1, 2, 3, 4, 5, 6, 7, 8})},
                      {{"starts", "[-1, 0]"}, {"ends", "[-3, 4]"}, {"steps", "[-1, 2]"}},
                      {T("int32", {2, 2}, {5, 7, 1, 3})}, "hand-derived"})
            .build());
}

}  // namespace tsr
