// Loss functions: softmax cross-entropy, negative log-likelihood, mean squared error and binary
// cross-entropy, each reduced by "mean" (default), "sum" or "none" as in PyTorch.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "common.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

using grad::call;
using grad::scalar;

enum { kReduction = 0, kIgnoreIndex = 1 };
enum { kMean = 0, kSum = 1, kNone = 2 };

const std::vector<std::string> kReductions = {"mean", "sum", "none"};
const char* kReductionDoc = "How per-element losses combine: mean (over the counted elements), sum, or none (one loss per element).";

// Sum of term(i) for i in [0, n), split into fixed chunks over the thread pool and added in
// chunk order, so the result does not depend on the thread count.
template <typename F>
double parallel_sum(int64_t n, int64_t chunk, F term) {
  chunk = std::max<int64_t>(chunk, 1);
  const int64_t nchunks = (n + chunk - 1) / chunk;
  std::vector<double> part(static_cast<size_t>(nchunks), 0.0);
  parallel_for(nchunks, 1, [&](int64_t b, int64_t e) {
    for (int64_t ch = b; ch < e; ++ch) {
      double s = 0;
      const int64_t hi = std::min(n, (ch + 1) * chunk);
      for (int64_t i = ch * chunk; i < hi; ++i) s += term(i);
      part[static_cast<size_t>(ch)] = s;
    }
  });
  double total = 0;
  for (double p : part) total += p;
  return total;
}

// ==== softmax_cross_entropy and nll_loss: x [N, C, d...], labels [N, d...] ====================

void infer_class_loss(OpCall& c, bool log_prob_out) {
  const Tensor &x = c.in(0), &y = c.in(1);
  const std::string xname = c.op->inputs[0].name;
  if (x.ndim() < 2) c.bad_input(0, Status::ShapeMismatch, xname + " must be [N, C] or [N, C, d1, ...], got shape " + x.shape().str());
  Shape want;
  want.push_back(x.dim(0));
  for (int d = 2; d < x.ndim(); ++d) want.push_back(x.dim(d));
  if (y.shape() != want)
    c.bad_input(1, Status::ShapeMismatch, "labels must have shape " + want.str() + " (the shape of " + xname + " " + x.shape().str() +
                                              " without the class dimension 1), got " + y.shape().str());
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = c.i(kReduction) == kNone ? want : Shape{};
  if (log_prob_out) {
    c.out_dtype[1] = x.dtype();
    c.out_shape[1] = x.shape();
  }
}
void infer_sce(OpCall& c) { infer_class_loss(c, true); }
void infer_nll(OpCall& c) { infer_class_loss(c, false); }

// Checks every label (in [0, C) or ignore_index) and returns how many are not ignored.
template <typename I>
int64_t check_labels(const OpCall& c, const I* p, int64_t n, int64_t classes, int64_t ignore) {
  int64_t count = 0;
  for (int64_t i = 0; i < n; ++i) {
    const int64_t v = static_cast<int64_t>(p[i]);
    if (v == ignore) continue;
    if (v < 0 || v >= classes)
      c.bad_input(1, Status::InvalidArgument, "labels[" + std::to_string(i) + "] = " + std::to_string(v) + " is not a class index (valid: 0.." +
                                                  std::to_string(classes - 1) + ", or ignore_index " + std::to_string(ignore) + ")");
    ++count;
  }
  return count;
}

// Stores the reduced loss (or nothing for "none", whose kernel wrote every element).
template <typename T>
void store_reduced(OpCall& c, double total, int64_t count) {
  const int64_t red = c.i(kReduction);
  if (red == kNone) return;
  // mean over zero counted elements is 0 / 0 = NaN, as in PyTorch.
  const double v = red == kSum ? total : (count > 0 ? total / static_cast<double>(count) : std::numeric_limits<double>::quiet_NaN());
  *c.outputs[0].data_as<T>() = static_cast<T>(v);
}

template <bool kSoftmax>
void class_loss_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const Tensor labels = c.in(1).contiguous();
  const int64_t n = x.dim(0), classes = x.dim(1), inner = n > 0 && classes > 0 ? x.numel() / (n * classes) : 0;
  const int64_t lanes = labels.numel(), ignore = c.i(kIgnoreIndex);
  const bool none = c.i(kReduction) == kNone;
  dispatch_dtype(x.dtype(), [&](auto xtag) {
    using T = decltype(xtag);
    if constexpr (std::is_floating_point_v<T>) {
      dispatch_dtype(labels.dtype(), [&](auto ltag) {
        using I = decltype(ltag);
        if constexpr (std::is_same_v<I, int32_t> || std::is_same_v<I, int64_t>) {
          const I* pl = labels.data_as<I>();
          const int64_t count = check_labels(c, pl, lanes, classes, ignore);
          const T* px = x.data_as<T>();
          T* lp = kSoftmax ? c.outputs[1].data_as<T>() : nullptr;
          T* per = none ? c.outputs[0].data_as<T>() : nullptr;
          const double total = parallel_sum(lanes, kParallelGrain / std::max<int64_t>(classes, 1), [&](int64_t lane) {
            const int64_t base = (lane / std::max<int64_t>(inner, 1)) * classes * inner + lane % std::max<int64_t>(inner, 1);
            const int64_t label = static_cast<int64_t>(pl[lane]);
            if constexpr (kSoftmax) {
              // log_softmax along C: (x - max) - log(sum(exp(x - max))).
              T m = -std::numeric_limits<T>::infinity();
              for (int64_t k = 0; k < classes; ++k) m = std::max(m, px[base + k * inner]);
              T s = 0;
              for (int64_t k = 0; k < classes; ++k) s += std::exp(px[base + k * inner] - m);
              const T ls = std::log(s);
              for (int64_t k = 0; k < classes; ++k) lp[base + k * inner] = (px[base + k * inner] - m) - ls;
            }
            const T loss = label == ignore ? T(0) : -(kSoftmax ? lp : px)[base + label * inner];
            if (per) per[lane] = loss;
            return static_cast<double>(loss);
          });
          store_reduced<T>(c, total, count);
        }
      });
    }
  });
}

// W[n, c, j] = scale where c == labels[n, j] is counted (scale = 1 / count for mean, else 1),
// 0 elsewhere: the derivative of the reduced loss with respect to -x[n, labels[n, j], j].
Tensor label_weights(const GradCtx& g) {
  const Tensor& x = g.in(0);
  const Tensor labels = g.in(1).contiguous();
  Tensor w = Tensor::zeros(x.dtype(), x.shape());
  const int64_t n = x.dim(0), classes = x.dim(1), inner = n > 0 && classes > 0 ? x.numel() / (n * classes) : 1;
  const int64_t ignore = g.i(kIgnoreIndex);
  dispatch_dtype(labels.dtype(), [&](auto ltag) {
    using I = decltype(ltag);
    if constexpr (std::is_same_v<I, int32_t> || std::is_same_v<I, int64_t>) {
      const I* pl = labels.data_as<I>();
      int64_t count = 0;
      for (int64_t i = 0; i < labels.numel(); ++i) count += static_cast<int64_t>(pl[i]) != ignore;
      const double scale = g.i(kReduction) == kMean && count > 0 ? 1.0 / static_cast<double>(count) : 1.0;
      dispatch_dtype(x.dtype(), [&](auto xtag) {
        using T = decltype(xtag);
        T* pw = w.data_as<T>();
        for (int64_t lane = 0; lane < labels.numel(); ++lane) {
          const int64_t label = static_cast<int64_t>(pl[lane]);
          if (label != ignore) pw[(lane / inner) * classes * inner + label * inner + lane % inner] = static_cast<T>(scale);
        }
      });
    }
  });
  return w;
}

// dy of the loss shaped to broadcast against x: [N, 1, d...] for "none", a scalar otherwise.
Tensor class_dy(const GradCtx& g) {
  if (g.i(kReduction) != kNone) return g.dy(0);
  Shape s = g.in(0).shape();
  s.d[1] = 1;
  return g.dy(0).reshape(s);
}

// Empty inputs have nothing to differentiate (and zero-size views cannot be reshaped safely).
bool empty_grad(GradCtx& g) {
  if (g.in(0).numel() != 0) return false;
  g.grad_in[0] = Tensor::zeros(g.in(0).dtype(), g.in(0).shape());
  return true;
}

void sce_grad(GradCtx& g) {
  if (empty_grad(g)) return;
  // Through log_prob = log_softmax(logits): dlog_prob = dy_log_prob - W * dy, then the
  // log_softmax backward dlogits = dlog_prob - softmax * sum(dlog_prob, axis 1).
  Tensor dlp = call("sub", {g.dy(1), call("mul", {label_weights(g), class_dy(g)})});
  Tensor s = call("sum", {dlp}, {grad::ints("axes", {1}), grad::flag("keepdims", true)});
  g.grad_in[0] = call("sub", {dlp, call("mul", {call("exp", {g.out(1)}), s})});
}

void nll_grad(GradCtx& g) {
  if (empty_grad(g)) return;
  g.grad_in[0] = call("neg", {call("mul", {label_weights(g), class_dy(g)})});
}

// ==== mse_loss and binary_cross_entropy: element-wise on two same-shaped tensors ============

void infer_pair_loss(OpCall& c) {
  const Tensor &a = c.in(0), &b = c.in(1);
  const std::string an = c.op->inputs[0].name, bn = c.op->inputs[1].name;
  ops::require_same_dtype(c, 0, 1);
  if (a.shape() != b.shape())
    c.bad_input(1, Status::ShapeMismatch, bn + " must have the shape of " + an + " " + a.shape().str() + ", got " + b.shape().str() +
                                              " (no broadcasting: a mismatch is usually a bug)");
  c.out_dtype[0] = a.dtype();
  c.out_shape[0] = c.i(kReduction) == kNone ? a.shape() : Shape{};
}

template <typename T>
T bce_term(T p, T t) {
  const T lp = std::max(std::log(p), T(-100));
  const T l1p = std::max(std::log1p(-p), T(-100));
  return -(t * lp + (T(1) - t) * l1p);
}

template <bool kBce>
void pair_loss_kernel(OpCall& c) {
  const Tensor a = c.in(0).contiguous(), b = c.in(1).contiguous();
  const int64_t n = a.numel();
  const bool none = c.i(kReduction) == kNone;
  dispatch_dtype(a.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* pa = a.data_as<T>();
      const T* pb = b.data_as<T>();
      if constexpr (kBce) {
        std::atomic<bool> bad{false};
        parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
          for (int64_t i = lo; i < hi; ++i)
            if (!(pa[i] >= 0 && pa[i] <= 1)) bad.store(true, std::memory_order_relaxed);
        });
        if (bad)
          for (int64_t i = 0; i < n; ++i)
            if (!(pa[i] >= 0 && pa[i] <= 1))
              c.bad_input(0, Status::InvalidArgument, "p[" + std::to_string(i) + "] = " + std::to_string(static_cast<double>(pa[i])) +
                                                          " is not a probability (every element must lie in [0, 1])");
      }
      T* per = none ? c.outputs[0].data_as<T>() : nullptr;
      const double total = parallel_sum(n, kParallelGrain, [&](int64_t i) {
        T v;
        if constexpr (kBce) {
          v = bce_term(pa[i], pb[i]);
        } else {
          const T d = pa[i] - pb[i];
          v = d * d;
        }
        if (per) per[i] = v;
        return static_cast<double>(v);
      });
      if (!none) {
        const double r = c.i(kReduction) == kSum ? total : (n > 0 ? total / static_cast<double>(n) : std::numeric_limits<double>::quiet_NaN());
        *c.outputs[0].data_as<T>() = static_cast<T>(r);
      }
    }
  });
}

// dy per element: dy itself ("none", or the scalar of "sum") or dy / numel ("mean").
Tensor pair_dy(const GradCtx& g) {
  if (g.i(kReduction) != kMean) return g.dy();
  return call("div", {g.dy(), scalar(static_cast<double>(std::max<int64_t>(g.in(0).numel(), 1)), g.dy().dtype())});
}

void mse_grad(GradCtx& g) {
  const DType t = g.in(0).dtype();
  Tensor d = call("mul", {call("sub", {g.in(0), g.in(1)}), call("mul", {pair_dy(g), scalar(2, t)})});
  if (g.needs[0]) g.grad_in[0] = grad::expand_to(d, g.in(0).shape());
  if (g.needs[1]) g.grad_in[1] = grad::expand_to(call("neg", {d}), g.in(1).shape());
}

void bce_grad(GradCtx& g) {
  const Tensor &p = g.in(0), &t = g.in(1);
  const DType dt = p.dtype();
  const Tensor one = scalar(1, dt), zero = scalar(0, dt), floor = scalar(-100, dt);
  const Tensor q = call("sub", {one, p});
  const Tensor lp = call("log", {p}), lq = call("log", {q});
  const Tensor dy = pair_dy(g);
  if (g.needs[0]) {
    // d/dp of -(t * max(log p, -100) + (1 - t) * max(log(1 - p), -100)); a clamped log has slope 0.
    Tensor up = call("where", {call("greater", {lq, floor}), call("div", {call("sub", {one, t}), q}), zero});
    Tensor down = call("where", {call("greater", {lp, floor}), call("div", {t, p}), zero});
    g.grad_in[0] = grad::expand_to(call("mul", {dy, call("sub", {up, down})}), p.shape());
  }
  if (g.needs[1])
    g.grad_in[1] = grad::expand_to(call("mul", {dy, call("sub", {call("maximum", {lq, floor}), call("maximum", {lp, floor})})}), t.shape());
}

}  // namespace

void register_loss_ops(Registry& r) {
  const DTypeSet kLabels = bit(DType::Int32) | bit(DType::Int64);
  r.add(OpBuilder("softmax_cross_entropy", "loss", __FILE__)
            .summary("Cross-entropy of softmax(logits) against integer class labels (PyTorch CrossEntropyLoss).")
            .doc("loss[n, d...] = -log_softmax(logits, axis 1)[n, labels[n, d...], d...], computed as x - max - log(sum(exp(x - "
                 "max))) so large logits do not overflow. Elements whose label equals ignore_index contribute 0 and are not "
                 "counted: mean divides by the number of counted elements (NaN when there are none). Every other label must "
                 "lie in [0, C).")
            .input("logits", "Unnormalized scores [N, C] or [N, C, d1, ...].", kFloats)
            .input("labels", "Class indices [N] or [N, d1, ...].", kLabels, Meaning::Index)
            .attr_enum("reduction", kReductions, "mean", kReductionDoc)
            .attr_int("ignore_index", -100, "Label value that is skipped (default -100 as in PyTorch); a class label, not a position.")
            .output("loss", "A scalar for mean and sum, [N, d1, ...] for none; the dtype of logits.", kFloats)
            .output("log_prob", "log_softmax(logits) along the class axis, the shape of logits.", kFloats)
            .infer(infer_sce)
            .kernel(class_loss_kernel<true>)
            .gradient("dlog_prob = dy_log_prob - onehot(labels) * dy / count; dlogits = dlog_prob - softmax(logits) * "
                      "sum(dlog_prob, axis 1)",
                      sce_grad)
            .onnx("SoftmaxCrossEntropyLoss", 13, "ONNX's ignore_index has no default (omitting it ignores nothing); the optional "
                                                 "weights input is not supported")
            .example({"mean over the counted rows; row 3 is ignored",
                      {T("float64", {3, 3}, {1, 2, 3, 0.5, -1, 2, 0, 0, 0}), T("int64", {3}, {2, 0, -100})}, {},
                      {T("float64", {}, {1.0744586305507688}),
                       T("float64", {3, 3}, {-2.4076059644443806, -1.4076059644443804, -0.40760596444438035, -1.7413112966571571,
                                             -3.241311296657157, -0.24131129665715703, -1.0986122886681096, -1.0986122886681096,
                                             -1.0986122886681096})},
                      "numpy 1.26: lp = x - m - log(sum(exp(x - m))); -(lp[0, 2] + lp[1, 0]) / 2"})
            .example({"spatial labels [N, d], no reduction", {T("float32", {1, 2, 2}, {0, 0, 0, 1.0986122886681098}), T("int32", {1, 2}, {1, 1})},
                      {{"reduction", "\"none\""}},
                      {T("float32", {1, 2}, {0.6931471805599453, 0.28768207245178085}),
                       T("float32", {1, 2, 2}, {-0.6931471805599453, -1.3862943611198906, -0.6931471805599453, -0.28768207245178085})},
                      "hand-derived (ln 2; softmax(0, ln 3) = (1/4, 3/4), -ln(3/4) = 0.2877)"})
            .build());

  r.add(OpBuilder("nll_loss", "loss", __FILE__)
            .summary("Negative log-likelihood of integer class labels given log-probabilities (PyTorch NLLLoss).")
            .doc("loss[n, d...] = -input[n, labels[n, d...], d...]. input usually comes from log_softmax. Labels equal to "
                 "ignore_index contribute 0 and are not counted by mean (NaN when nothing is counted); every other label must "
                 "lie in [0, C).")
            .input("input", "Log-probabilities [N, C] or [N, C, d1, ...].", kFloats)
            .input("labels", "Class indices [N] or [N, d1, ...].", kLabels, Meaning::Index)
            .attr_enum("reduction", kReductions, "mean", kReductionDoc)
            .attr_int("ignore_index", -100, "Label value that is skipped (default -100 as in PyTorch); a class label, not a position.")
            .output("loss", "A scalar for mean and sum, [N, d1, ...] for none; the dtype of input.", kFloats)
            .infer(infer_nll)
            .kernel(class_loss_kernel<false>)
            .gradient("dinput = -onehot(labels) * dy / count (count = counted labels for mean, else 1)", nll_grad)
            .onnx("NegativeLogLikelihoodLoss", 13, "ONNX's ignore_index has no default (omitting it ignores nothing); the optional "
                                                   "weight input is not supported")
            .example({"mean of two picks", {T("float64", {2, 3}, {-0.5, -1.5, -2.5, -3, -0.25, -1}), T("int64", {2}, {1, 2})}, {},
                      {T("float64", {}, {1.25})}, "hand-derived ((1.5 + 1) / 2)"})
            .example({"sum with a custom ignore_index", {T("float32", {3, 2}, {-1, -2, -3, -4, -5, -6}), T("int32", {3}, {0, 1, 1})},
                      {{"reduction", "\"sum\""}, {"ignore_index", "0"}}, {T("float32", {}, {10})}, "hand-derived (4 + 6; row 0 ignored)"})
            .build());

  r.add(OpBuilder("mse_loss", "loss", __FILE__)
            .summary("Mean squared error (pred - target)^2, reduced by mean, sum or none (PyTorch MSELoss).")
            .doc("pred and target must have the same shape and dtype (no broadcasting). mean divides by the number of elements.")
            .input("pred", "Predictions.", kFloats)
            .input("target", "Targets, the shape of pred.", kFloats)
            .attr_enum("reduction", kReductions, "mean", kReductionDoc)
            .output("loss", "A scalar for mean and sum, pred's shape for none.", kFloats)
            .infer(infer_pair_loss)
            .kernel(pair_loss_kernel<false>)
            .gradient("dpred = 2 * (pred - target) * dy / n (n = numel for mean, else 1); dtarget = -dpred", mse_grad)
            .onnx_decomposed("Sub(pred, target), Mul(d, d), then ReduceMean (mean) / ReduceSum (sum) over all axes, nothing for none")
            .example({"mean", {T("float64", {2, 2}, {1, 2, 3, 4}), T("float64", {2, 2}, {1, 0, 4, 1.5})}, {},
                      {T("float64", {}, {2.8125})}, "hand-derived ((0 + 4 + 1 + 6.25) / 4)"})
            .example({"none", {T("float32", {3}, {0.5, -1, 2}), T("float32", {3}, {0, 1, 2})}, {{"reduction", "\"none\""}},
                      {T("float32", {3}, {0.25, 4, 0})}, "hand-derived"})
            .build());

  r.add(OpBuilder("binary_cross_entropy", "loss", __FILE__)
            .summary("Binary cross-entropy -(t log p + (1 - t) log(1 - p)) of probabilities p against targets t (PyTorch BCELoss).")
            .doc("Each log is clamped below at -100 as PyTorch does, so p = 0 or 1 give a finite loss. Every p must lie in [0, 1] "
                 "(an error names the first that does not); targets are usually 0/1 but may be soft labels in [0, 1]. p and t "
                 "share shape and dtype.")
            .input("p", "Predicted probabilities in [0, 1].", kFloats)
            .input("target", "Targets, the shape of p.", kFloats)
            .attr_enum("reduction", kReductions, "mean", kReductionDoc)
            .output("loss", "A scalar for mean and sum, p's shape for none.", kFloats)
            .infer(infer_pair_loss)
            .kernel(pair_loss_kernel<true>)
            .gradient("dp = dy * ((1 - t) / (1 - p) - t / p) (each term 0 where its log is clamped); dt = dy * (max(log(1 - p), -100) "
                      "- max(log p, -100)); dy / numel for mean",
                      bce_grad)
            .onnx_decomposed("Log(p), Log(Sub(1, p)), each Max'ed with -100, Mul by t and 1 - t, Add, Neg, then ReduceMean / "
                             "ReduceSum for mean / sum")
            .example({"mean over three", {T("float64", {3}, {0.5, 0.9, 0.2}), T("float64", {3}, {1, 0, 0})}, {},
                      {T("float64", {}, {1.0729586082894003})}, "numpy 1.26: -mean(t * log(p) + (1 - t) * log(1 - p))"})
            .example({"p = 0 and 1 clamp at 100", {T("float32", {2}, {0, 1}), T("float32", {2}, {1, 1})}, {{"reduction", "\"none\""}},
                      {T("float32", {2}, {100, 0})}, "hand-derived (PyTorch clamps log at -100)"})
            .build());
}

}  // namespace tsr
