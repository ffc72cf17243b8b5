// softmax and log_softmax along one axis, numerically stable (max subtracted first).
#include <cmath>

#include "common.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

enum { kAxis = 0 };

void infer_softmax(OpCall& c) {
  const Tensor& x = c.in(0);
  if (x.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "softmax needs at least 1 dimension");
  normalize_axis(c.i(kAxis), x.ndim(), "axis");
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = x.shape();
}

template <bool kLog>
void softmax_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const int axis = normalize_axis(c.i(kAxis), x.ndim(), "axis");
  int64_t outer = 1, inner = 1;
  const int64_t n = x.dim(axis);
  for (int d = 0; d < axis; ++d) outer *= x.dim(d);
  for (int d = axis + 1; d < x.ndim(); ++d) inner *= x.dim(d);
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* px = x.data_as<T>();
      T* py = c.outputs[0].data_as<T>();
      // One task per (outer, inner) lane; each lane strides by `inner` along the axis.
      const int64_t lanes = outer * inner;
      const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(n, 1));
      parallel_for(lanes, grain, [&](int64_t b, int64_t e) {
        for (int64_t lane = b; lane < e; ++lane) {
          const int64_t base = (lane / inner) * n * inner + lane % inner;
          T m = -INFINITY;
          for (int64_t i = 0; i < n; ++i) m = std::max(m, px[base + i * inner]);
          T s = 0;
          for (int64_t i = 0; i < n; ++i) {
            T v = std::exp(px[base + i * inner] - m);
            if (!kLog) py[base + i * inner] = v;
            s += v;
          }
          if (kLog) {
            // (x - m) - log(s): subtracting m first keeps float32 precision for large x.
            const T ls = std::log(s);
            for (int64_t i = 0; i < n; ++i) py[base + i * inner] = (px[base + i * inner] - m) - ls;
          } else {
            const T inv = T(1) / s;
            for (int64_t i = 0; i < n; ++i) py[base + i * inner] *= inv;
          }
        }
      });
    }
  });
}

void softmax_grad(GradCtx& g) {
  const Tensor& y = g.out();
  Tensor s = grad::call("sum", {grad::call("mul", {g.dy(), y})}, {grad::ints("axes", {g.i(kAxis)}), grad::flag("keepdims", true)});
  g.grad_in[0] = grad::call("mul", {y, grad::call("sub", {g.dy(), s})});
}

void log_softmax_grad(GradCtx& g) {
  Tensor s = grad::call("sum", {g.dy()}, {grad::ints("axes", {g.i(kAxis)}), grad::flag("keepdims", true)});
  g.grad_in[0] = grad::call("sub", {g.dy(), grad::call("mul", {grad::call("exp", {g.out()}), s})});
}

}  // namespace

void register_softmax_ops(Registry& r) {
  r.add(OpBuilder("softmax", "softmax", __FILE__)
            .summary("Normalized exponentials along one axis: exp(x) / sum(exp(x)).")
            .doc("Computed as exp(x - max) / sum(exp(x - max)) so large inputs do not overflow.")
            .input("x", "Input tensor.", kFloats)
            .attr_int("axis", -1, "Axis to normalize over; negative counts from the end.", Meaning::Axis)
            .output("y", "Probabilities along axis (sum to 1), same shape as x.", kFloats)
            .infer(infer_softmax)
            .kernel(softmax_kernel<false>)
            .gradient("dx = y * (dy - sum(dy * y, axis, keepdims))", softmax_grad)
            .onnx("Softmax", 13)
            .example({"uniform and skewed rows", {T("float64", {2, 2}, {0, 0, 0, 1.0986122886681098})}, {},
                      {T("float64", {2, 2}, {0.5, 0.5, 0.25, 0.75})}, "hand-derived (e^ln3 = 3)"})
            .build());
  r.add(OpBuilder("log_softmax", "softmax", __FILE__)
            .summary("Logarithm of softmax along one axis: x - log(sum(exp(x))).")
            .doc("Computed as x - max - log(sum(exp(x - max))) for stability.")
            .input("x", "Input tensor.", kFloats)
            .attr_int("axis", -1, "Axis to normalize over; negative counts from the end.", Meaning::Axis)
            .output("y", "Log-probabilities along axis, same shape as x.", kFloats)
            .infer(infer_softmax)
            .kernel(softmax_kernel<true>)
            .gradient("dx = dy - exp(y) * sum(dy, axis, keepdims)", log_softmax_grad)
            .onnx("LogSoftmax", 13)
            .example({"two equal logits", {T("float64", {2}, {3, 3})}, {{"axis", "0"}},
                      {T("float64", {2}, {-0.6931471805599453, -0.6931471805599453})}, "hand-derived (-ln 2)"})
            .build());
}

}  // namespace tsr
