// Matrix products.
#include "common.h"
#include "tessera/core/kernels/gemm.h"

namespace tsr {
namespace {

// NumPy matmul: 1-D operands are promoted (a: [k] -> [1, k], b: [k] -> [k, 1]) and the added
// dimension is dropped from the result; batch dimensions broadcast.
void infer_matmul(OpCall& c) {
  const Tensor &a = c.in(0), &b = c.in(1);
  ops::require_same_dtype(c, 0, 1);
  if (a.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "matmul needs at least 1-D inputs, a is a scalar");
  if (b.ndim() == 0) c.bad_input(1, Status::ShapeMismatch, "matmul needs at least 1-D inputs, b is a scalar");
  const int64_t ka = a.dim(a.ndim() - 1);
  const int64_t kb = b.ndim() == 1 ? b.dim(0) : b.dim(b.ndim() - 2);
  if (ka != kb)
    c.bad_input(1, Status::ShapeMismatch,
                "inner dimensions differ: a " + a.shape().str() + " has " + std::to_string(ka) + " columns, b " + b.shape().str() +
                    " has " + std::to_string(kb) + " rows");
  Shape ba, bb;
  for (int i = 0; i + 2 < a.ndim(); ++i) ba.push_back(a.dim(i));
  for (int i = 0; i + 2 < b.ndim(); ++i) bb.push_back(b.dim(i));
  Shape out;
  try {
    out = broadcast_shapes(ba, bb);
  } catch (Error& e) {
    c.bad_input(1, Status::ShapeMismatch, std::string("batch dimensions: ") + e.what());
  }
  if (a.ndim() >= 2) out.push_back(a.dim(a.ndim() - 2));
  if (b.ndim() >= 2) out.push_back(b.dim(b.ndim() - 1));
  c.out_dtype[0] = a.dtype();
  c.out_shape[0] = out;
}

void matmul_kernel(OpCall& c) {
  const Tensor &a = c.in(0), &b = c.in(1);
  Tensor a2 = a.ndim() == 1 ? a.reshape(Shape{1, a.dim(0)}) : a;
  Tensor b2 = b.ndim() == 1 ? b.reshape(Shape{b.dim(0), 1}) : b;
  // View the output with both matrix dimensions present, whatever 1-D promotion removed.
  Shape full = c.out_shape[0];
  if (a.ndim() == 1 && b.ndim() == 1) full = Shape{1, 1};
  else if (a.ndim() == 1) { full.push_back(0); full.d[full.ndim - 1] = full.d[full.ndim - 2]; full.d[full.ndim - 2] = 1; }
  else if (b.ndim() == 1) full.push_back(1);
  Tensor out = c.outputs[0].reshape(full);
  batched_matmul(a2, b2, out);
}

// Swaps the last two dimensions (a view).
Tensor transpose_last2(const Tensor& t) {
  std::vector<int64_t> perm(t.ndim());
  for (int d = 0; d < t.ndim(); ++d) perm[d] = d;
  std::swap(perm[t.ndim() - 1], perm[t.ndim() - 2]);
  return grad::call("transpose", {t}, {grad::ints("perm", perm)});
}

// With 1-D operands promoted to matrices: da = dy @ b^T, db = a^T @ dy, each summed over the
// batch dimensions its operand was broadcast along, then given the operand's own shape.
void matmul_grad(GradCtx& g) {
  const Tensor &a = g.in(0), &b = g.in(1);
  Tensor a2 = a.ndim() == 1 ? a.reshape(Shape{1, a.dim(0)}) : a;
  Tensor b2 = b.ndim() == 1 ? b.reshape(Shape{b.dim(0), 1}) : b;
  Shape full = g.dy().shape();
  if (a.ndim() == 1 && b.ndim() == 1) full = Shape{1, 1};
  else if (a.ndim() == 1) { full.push_back(0); full.d[full.ndim - 1] = full.d[full.ndim - 2]; full.d[full.ndim - 2] = 1; }
  else if (b.ndim() == 1) full.push_back(1);
  Tensor dy = g.dy().reshape(full);
  auto shape_vec = [](const Shape& s) { return std::vector<int64_t>(s.d, s.d + s.ndim); };
  if (g.needs[0]) {
    Tensor da = grad::unbroadcast(grad::call("matmul", {dy, transpose_last2(b2)}), a2.shape());
    g.grad_in[0] = grad::call("reshape", {da}, {grad::ints("shape", shape_vec(a.shape()))});
  }
  if (g.needs[1]) {
    Tensor db = grad::unbroadcast(grad::call("matmul", {transpose_last2(a2), dy}), b2.shape());
    g.grad_in[1] = grad::call("reshape", {db}, {grad::ints("shape", shape_vec(b.shape()))});
  }
}

}  // namespace

void register_linalg_ops(Registry& r) {
  r.add(OpBuilder("matmul", "linalg", __FILE__)
            .summary("Matrix product with NumPy semantics.")
            .doc("The last two dimensions multiply as matrices and leading (batch) dimensions broadcast. A 1-D a is "
                 "treated as a row vector and a 1-D b as a column vector; the added dimension is removed from the "
                 "result. float32 and float64 run through the BLAS library (OpenBLAS).")
            .input("a", "Left operand [..., n, k] or [k].", kNumeric)
            .input("b", "Right operand [..., k, m] or [k].", kNumeric)
            .output("y", "Product [..., n, m].", kNumeric)
            .infer(infer_matmul)
            .kernel(matmul_kernel)
            .gradient("da = unbroadcast(dy @ b^T, a); db = unbroadcast(a^T @ dy, b)", matmul_grad)
            .onnx("MatMul", 13)
            .example({"2x3 @ 3x2", {T("float32", {2, 3}, {1, 2, 3, 4, 5, 6}), T("float32", {3, 2}, {7, 8, 9, 10, 11, 12})}, {},
                      {T("float32", {2, 2}, {58, 64, 139, 154})}, "hand-derived"})
            .example({"vector @ matrix", {T("int32", {2}, {1, 2}), T("int32", {2, 2}, {3, 4, 5, 6})}, {}, {T("int32", {2}, {13, 16})}, "hand-derived"})
            .build());
}

}  // namespace tsr
