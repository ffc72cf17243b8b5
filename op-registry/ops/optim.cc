// Optimizer steps as functional operators: each takes the parameter, its gradient and the
// optimizer state and returns the new parameter and state (nothing is updated in place), with
// PyTorch's update formulas (torch.optim.SGD, Adam, AdamW).
#include <cmath>
#include <type_traits>

#include "common.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

const char* kNoGradient = "an optimizer step is applied outside the differentiated computation; its inputs are gradients and "
                          "optimizer state, not values to differentiate through";
const char* kNoOnnx = "ONNX's training operators (Momentum, Adam, Adagrad) live in the ai.onnx.preview.training domain, outside "
                      "the default domain this mapping covers";
constexpr double kInf = INFINITY;
constexpr int64_t kMaxStep = 9007199254740991;  // 2^53 - 1: exact in every binding's number type

// Every input has the dtype and shape of weight (input 0).
void infer_same_as_weight(OpCall& c) {
  const Tensor& w = c.in(0);
  for (int k = 1; k < c.n_inputs; ++k) {
    const Tensor& t = c.in(k);
    const std::string& name = c.op->inputs[k].name;
    ops::require_same_dtype(c, 0, k);
    if (t.shape() != w.shape())
      c.bad_input(k, Status::ShapeMismatch, name + " must have the shape of weight " + w.shape().str() + ", got " + t.shape().str());
  }
  for (int k = 0; k < c.n_outputs; ++k) {
    c.out_dtype[k] = w.dtype();
    c.out_shape[k] = w.shape();
  }
}

// Runs f(i) over [0, n) on the thread pool; every input is made contiguous first.
template <typename F>
void for_all(int64_t n, F f) {
  parallel_for(n, kParallelGrain / 8, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i) f(i);
  });
}

// ==== sgd_update ================================================================================
enum { kSgdLr = 0, kSgdMomentum = 1, kSgdDecay = 2, kSgdNesterov = 3 };

void infer_sgd(OpCall& c) {
  if (c.b(kSgdNesterov) && c.f(kSgdMomentum) <= 0) c.bad_attr(kSgdNesterov, "nesterov needs a momentum above 0");
  infer_same_as_weight(c);
}

void sgd_kernel(OpCall& c) {
  const Tensor w = c.in(0).contiguous(), g = c.in(1).contiguous(), buf = c.in(2).contiguous();
  dispatch_dtype(w.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T lr = static_cast<T>(c.f(kSgdLr)), mu = static_cast<T>(c.f(kSgdMomentum)), wd = static_cast<T>(c.f(kSgdDecay));
      const bool nesterov = c.b(kSgdNesterov);
      const T *pw = w.data_as<T>(), *pg = g.data_as<T>(), *pb = buf.data_as<T>();
      T *ow = c.outputs[0].data_as<T>(), *ob = c.outputs[1].data_as<T>();
      for_all(w.numel(), [&](int64_t i) {
        const T d = pg[i] + wd * pw[i];
        const T b = mu * pb[i] + d;
        ob[i] = b;
        ow[i] = pw[i] - lr * (nesterov ? d + mu * b : b);
      });
    }
  });
}

// ==== adam_update / adamw_update ================================================================
enum { kLr = 0, kBeta1 = 1, kBeta2 = 2, kEps = 3, kDecay = 4, kStep = 5 };

void infer_adam(OpCall& c) {
  if (!(c.f(kBeta1) < 1)) c.bad_attr(kBeta1, "beta1 must be in [0, 1), got " + std::to_string(c.f(kBeta1)));
  if (!(c.f(kBeta2) < 1)) c.bad_attr(kBeta2, "beta2 must be in [0, 1), got " + std::to_string(c.f(kBeta2)));
  infer_same_as_weight(c);
}

template <bool kDecoupled>
void adam_kernel(OpCall& c) {
  const Tensor w = c.in(0).contiguous(), g = c.in(1).contiguous(), m = c.in(2).contiguous(), v = c.in(3).contiguous();
  const double lr = c.f(kLr), b1 = c.f(kBeta1), b2 = c.f(kBeta2), eps = c.f(kEps), wd = c.f(kDecay);
  const double step = static_cast<double>(c.i(kStep));
  const double bc1 = 1 - std::pow(b1, step), bc2_sqrt = std::sqrt(1 - std::pow(b2, step));
  dispatch_dtype(w.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T step_size = static_cast<T>(lr / bc1), bc2s = static_cast<T>(bc2_sqrt), e = static_cast<T>(eps);
      const T beta1 = static_cast<T>(b1), beta2 = static_cast<T>(b2), one = 1;
      // AdamW shrinks the weight first (decoupled decay); Adam adds wd * w to the gradient (L2).
      const T shrink = static_cast<T>(kDecoupled ? 1 - lr * wd : 1), l2 = static_cast<T>(kDecoupled ? 0 : wd);
      const T *pw = w.data_as<T>(), *pg = g.data_as<T>(), *pm = m.data_as<T>(), *pv = v.data_as<T>();
      T *ow = c.outputs[0].data_as<T>(), *om = c.outputs[1].data_as<T>(), *ov = c.outputs[2].data_as<T>();
      for_all(w.numel(), [&](int64_t i) {
        const T gi = pg[i] + l2 * pw[i];
        const T mi = beta1 * pm[i] + (one - beta1) * gi;
        const T vi = beta2 * pv[i] + (one - beta2) * gi * gi;
        om[i] = mi;
        ov[i] = vi;
        ow[i] = pw[i] * shrink - step_size * mi / (std::sqrt(vi) / bc2s + e);
      });
    }
  });
}

OpBuilder adam_builder(const char* name, const char* summary, const char* doc, double decay_default, const char* decay_doc) {
  return OpBuilder(name, "optim", __FILE__)
      .summary(summary)
      .doc(doc)
      .input("weight", "Parameter before the step.", kFloats)
      .input("grad", "Gradient of the loss with respect to weight.", kFloats)
      .input("m", "First-moment (mean) estimate from the previous step; zeros before the first.", kFloats)
      .input("v", "Second-moment (uncentered variance) estimate from the previous step; zeros before the first.", kFloats)
      .attr_float_range("lr", 0, 0, kInf, "Learning rate (>= 0).")
      .required()
      .attr_float_range("beta1", 0.9, 0, 1, "Decay of the first moment, in [0, 1).")
      .attr_float_range("beta2", 0.999, 0, 1, "Decay of the second moment, in [0, 1).")
      .attr_float_range("epsilon", 1e-8, 0, kInf, "Added to the denominator for stability (>= 0).")
      .attr_float_range("weight_decay", decay_default, 0, kInf, decay_doc)
      .attr_int_range("step", 1, 1, kMaxStep, "Number of this step, counting from 1 (for bias correction).")
      .required()
      .output("new_weight", "Parameter after the step.", kFloats)
      .output("new_m", "Updated first moment.", kFloats)
      .output("new_v", "Updated second moment.", kFloats)
      .infer(infer_adam)
      .no_gradient(kNoGradient)
      .onnx_unsupported(kNoOnnx);
}

}  // namespace

void register_optim_ops(Registry& r) {
  r.add(OpBuilder("sgd_update", "optim", __FILE__)
            .summary("One SGD step with optional momentum, Nesterov momentum and L2 weight decay (torch.optim.SGD).")
            .doc("g = grad + weight_decay * weight; new_buf = momentum * buf + g; new_weight = weight - lr * (nesterov ? g + "
                 "momentum * new_buf : new_buf). A zero buffer before the first step reproduces PyTorch's first step; with "
                 "momentum 0 the step is plain SGD and new_buf is g. Functional: the inputs are not modified.")
            .input("weight", "Parameter before the step.", kFloats)
            .input("grad", "Gradient of the loss with respect to weight.", kFloats)
            .input("momentum_buffer", "Momentum buffer from the previous step; zeros before the first.", kFloats)
            .attr_float_range("lr", 0, 0, kInf, "Learning rate (>= 0).")
            .required()
            .attr_float_range("momentum", 0, 0, kInf, "Momentum factor (>= 0); 0 disables momentum.")
            .attr_float_range("weight_decay", 0, 0, kInf, "L2 penalty added to the gradient (>= 0).")
            .attr_bool("nesterov", false, "Use Nesterov momentum (needs momentum > 0).")
            .output("new_weight", "Parameter after the step.", kFloats)
            .output("new_momentum_buffer", "Momentum buffer for the next step.", kFloats)
            .infer(infer_sgd)
            .kernel(sgd_kernel)
            .no_gradient(kNoGradient)
            .onnx_unsupported(kNoOnnx)
            .example({"momentum and weight decay",
                      {T("float64", {2}, {1, -2}), T("float64", {2}, {0.5, 0.25}), T("float64", {2}, {0.2, 0})},
                      {{"lr", "0.1"}, {"momentum", "0.9"}, {"weight_decay", "0.1"}},
                      {T("float64", {2}, {0.922, -2.005}), T("float64", {2}, {0.78, 0.05})},
                      "hand-derived (g = 0.5 + 0.1, buf = 0.18 + 0.6, w = 1 - 0.078; g = 0.25 - 0.2, buf = 0.05, w = -2 - 0.005)"})
            .example({"nesterov", {T("float32", {1}, {1}), T("float32", {1}, {1}), T("float32", {1}, {1})},
                      {{"lr", "0.5"}, {"momentum", "0.5"}, {"nesterov", "true"}},
                      {T("float32", {1}, {0.125}), T("float32", {1}, {1.5})}, "hand-derived (buf = 0.5 + 1; w = 1 - 0.5 * (1 + 0.75))"})
            .build());

  r.add(adam_builder("adam_update", "One Adam step with bias correction and L2 weight decay (torch.optim.Adam).",
                     "g = grad + weight_decay * weight; new_m = beta1 * m + (1 - beta1) * g; new_v = beta2 * v + (1 - beta2) * "
                     "g^2; new_weight = weight - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). "
                     "Functional: the inputs are not modified.",
                     0.0, "L2 penalty added to the gradient (>= 0).")
            .kernel(adam_kernel<false>)
            .example({"first step with weight decay",
                      {T("float64", {2}, {1, -0.5}), T("float64", {2}, {0.1, 0.2}), T("float64", {2}, {0, 0}), T("float64", {2}, {0, 0})},
                      {{"lr", "0.01"}, {"weight_decay", "0.1"}, {"step", "1"}},
                      {T("float64", {2}, {0.9900000005, -0.5099999993333334}), T("float64", {2}, {0.019999999999999997, 0.015}),
                       T("float64", {2}, {4.0000000000000044e-05, 2.2500000000000025e-05})},
                      "numpy 1.26 with the PyTorch Adam formulas"})
            .build());

  r.add(adam_builder("adamw_update", "One AdamW step: Adam with decoupled weight decay (torch.optim.AdamW).",
                     "new_m = beta1 * m + (1 - beta1) * grad; new_v = beta2 * v + (1 - beta2) * grad^2; new_weight = weight * (1 "
                     "- lr * weight_decay) - lr / (1 - beta1^step) * new_m / (sqrt(new_v) / sqrt(1 - beta2^step) + epsilon). "
                     "Functional: the inputs are not modified.",
                     0.01, "Decoupled weight decay: the weight shrinks by lr * weight_decay each step (>= 0).")
            .kernel(adam_kernel<true>)
            .example({"third step", {T("float64", {2}, {1, -0.5}), T("float64", {2}, {0.1, -0.2}), T("float64", {2}, {0.05, 0.01}),
                                     T("float64", {2}, {0.001, 0.002})},
                      {{"lr", "0.001"}, {"step", "3"}},
                      {T("float64", {2}, {0.999640222997254, -0.4999457773781082}), T("float64", {2}, {0.05500000000000001, -0.010999999999999996}),
                       T("float64", {2}, {0.0010090000000000001, 0.0020380000000000003})},
                      "numpy 1.26 with the PyTorch AdamW formulas"})
            .build());
}

}  // namespace tsr
