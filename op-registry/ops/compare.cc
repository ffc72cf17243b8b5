// Comparisons (bool results), selection and dtype conversion.
#include <type_traits>

#include "common.h"
#include "tessera/core/convert.h"
#include "tessera/core/kernels/elementwise.h"

namespace tsr {
namespace {
using ops::infer_binary_bool;

template <typename F>
void compare_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    map_binary<T, T, bool>(c.in(0), c.in(1), c.outputs[0], [](T a, T b) { return F::template apply<T>(a, b); });
  });
}
struct Equal { template <typename T> static bool apply(T a, T b) { return a == b; } };
struct Less { template <typename T> static bool apply(T a, T b) { return a < b; } };
struct Greater { template <typename T> static bool apply(T a, T b) { return a > b; } };

void infer_where(OpCall& c) {
  ops::require_same_dtype(c, 1, 2);
  c.out_dtype[0] = c.in(1).dtype();
  try {
    c.out_shape[0] = broadcast_shapes(broadcast_shapes(c.in(0).shape(), c.in(1).shape()), c.in(2).shape());
  } catch (Error& e) {
    c.bad_input(2, e.status(), e.what());
  }
}

void where_kernel(OpCall& c) {
  dispatch_dtype(c.in(1).dtype(), [&](auto tag) {
    using T = decltype(tag);
    map_ternary<bool, T>(c.in(0), c.in(1), c.in(2), c.outputs[0], [](bool k, T a, T b) { return k ? a : b; });
  });
}

enum { kCastDtype = 0 };

void infer_cast(OpCall& c) {
  c.out_dtype[0] = c.dtype(kCastDtype);
  c.out_shape[0] = c.in(0).shape();
}

void cast_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto from_tag) {
    using From = decltype(from_tag);
    dispatch_dtype(c.out_dtype[0], [&](auto to_tag) {
      using To = decltype(to_tag);
      map_unary<From, To>(c.in(0), c.outputs[0], [](From v) { return convert_value<To, From>(v); });
    });
  });
}

void where_grad(GradCtx& g) {
  Tensor zero = grad::scalar(0, g.dy().dtype());
  if (g.needs[1]) g.grad_in[1] = grad::unbroadcast(grad::call("where", {g.in(0), g.dy(), zero}), g.in(1).shape());
  if (g.needs[2]) g.grad_in[2] = grad::unbroadcast(grad::call("where", {g.in(0), zero, g.dy()}), g.in(2).shape());
}

// Float-to-float casts pass the gradient back in the input's dtype; other casts cut it.
void cast_grad(GradCtx& g) {
  if (is_floating(g.dy().dtype())) g.grad_in[0] = grad::call("cast", {g.dy()}, {grad::dtype("dtype", g.in(0).dtype())});
}

void add_compare(Registry& r, const char* name, const char* summary, KernelFn k, const char* onnx_type, int since, Example ex) {
  r.add(OpBuilder(name, "compare", __FILE__)
            .summary(summary)
            .doc("Inputs broadcast with NumPy rules and must share one dtype; the result is bool.")
            .input("a", "First operand.", kAllTypes)
            .input("b", "Second operand, broadcast against a.", kAllTypes)
            .output("y", "Bool tensor with the broadcast shape.", bit(DType::Bool))
            .infer(infer_binary_bool)
            .kernel(k)
            .no_gradient("comparison results are piecewise constant")
            .onnx(onnx_type, since)
            .example(std::move(ex))
            .build());
}

}  // namespace

void register_compare_ops(Registry& r) {
  add_compare(r, "equal", "Element-wise a == b.", compare_kernel<Equal>, "Equal", 11,
              {"broadcast against a scalar", {T("int32", {4}, {1, 2, 3, 2}), T("int32", {}, {2})}, {}, {T("bool", {4}, {0, 1, 0, 1})}, "hand-derived"});
  add_compare(r, "less", "Element-wise a < b.", compare_kernel<Less>, "Less", 13,
              {"pairwise", {T("float32", {3}, {1, 2, 3}), T("float32", {3}, {2, 2, 2})}, {}, {T("bool", {3}, {1, 0, 0})}, "hand-derived"});
  add_compare(r, "greater", "Element-wise a > b.", compare_kernel<Greater>, "Greater", 13,
              {"pairwise", {T("float32", {3}, {1, 2, 3}), T("float32", {3}, {2, 2, 2})}, {}, {T("bool", {3}, {0, 0, 1})}, "hand-derived"});

  r.add(OpBuilder("where", "compare", __FILE__)
            .summary("Element-wise selection: x where condition is true, else y.")
            .doc("condition, x and y broadcast together with NumPy rules; x and y share one dtype.")
            .input("condition", "Bool selector.", bit(DType::Bool))
            .input("x", "Values taken where condition is true.", kAllTypes)
            .input("y", "Values taken where condition is false.", kAllTypes)
            .output("out", "Selected values with the broadcast shape and x's dtype.", kAllTypes)
            .infer(infer_where)
            .kernel(where_kernel)
            .gradient("dx = unbroadcast(where(condition, dy, 0), x); dy_ = unbroadcast(where(condition, 0, dy), y)", where_grad)
            .onnx("Where", 16)
            .example({"pick per element", {T("bool", {3}, {1, 0, 1}), T("float32", {3}, {1, 2, 3}), T("float32", {}, {-1})}, {},
                      {T("float32", {3}, {1, -1, 3})}, "hand-derived"})
            .build());

  r.add(OpBuilder("cast", "compare", __FILE__)
            .summary("Converts x to another dtype.")
            .doc("Float to integer truncates toward zero and saturates at the integer range (NaN becomes 0); "
                 "any nonzero value becomes true for bool.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_dtype("dtype", DType::Float32, "Target element type.")
            .output("y", "x converted to dtype, same shape.", kAllTypes)
            .infer(infer_cast)
            .kernel(cast_kernel)
            .gradient("dx = cast(dy, x.dtype) when both dtypes are floating; none otherwise", cast_grad)
            .onnx("Cast", 13)
            .onnx_rename("dtype", "to")
            .example({"float to int32 truncates", {T("float32", {4}, {1.7, -1.7, 0, 3})}, {{"dtype", "\"int32\""}},
                      {T("int32", {4}, {1, -1, 0, 3})}, "hand-derived"})
            .build());
}

}  // namespace tsr
