// Activation functions beyond relu/sigmoid/tanh: leaky and parametric ReLU, the exponential
// family (elu, selu, celu), gelu, the hard approximations and the smooth ones.
#include <cmath>
#include <type_traits>
#include <vector>

#include "common.h"
#include "tessera/core/kernels/elementwise.h"

namespace tsr {
namespace {
using grad::call;
using grad::scalar;
using grad::unbroadcast;
using ops::infer_unary_same;

// Runs y = f(x) on float dtypes, where make(T{}) builds the element function for dtype T (so
// attribute values are converted once, outside the loop).
template <typename Make>
void float_map(OpCall& c, Make make) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) map_unary<T, T>(c.in(0), c.outputs[0], make(T{}));
  });
}

// log(1 + e^x) without overflow for large x or loss of precision for very negative x.
template <typename T>
T softplus_of(T x) {
  return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

enum { kAlpha = 0, kBeta = 1 };  // leaky_relu, elu, celu, hard_sigmoid (alpha, beta)
enum { kSeluAlpha = 0, kSeluGamma = 1 };
enum { kApproximate = 0 };
enum { kGeluNone = 0, kGeluTanh = 1 };

constexpr double kSqrt2OverPi = 0.7978845608028654;   // sqrt(2 / pi)
constexpr double kInvSqrt2 = 0.7071067811865476;      // 1 / sqrt(2)
constexpr double kInvSqrt2Pi = 0.3989422804014327;    // 1 / sqrt(2 pi)
constexpr double kGeluCubic = 0.044715;

void leaky_relu_kernel(OpCall& c) {
  const double alpha = c.f(kAlpha);
  float_map(c, [alpha](auto tag) {
    using T = decltype(tag);
    const T a = static_cast<T>(alpha);
    return [a](T x) { return x >= 0 ? x : a * x; };
  });
}

void elu_kernel(OpCall& c) {
  const double alpha = c.f(kAlpha);
  float_map(c, [alpha](auto tag) {
    using T = decltype(tag);
    const T a = static_cast<T>(alpha);
    return [a](T x) { return x > 0 ? x : a * std::expm1(x); };
  });
}

void selu_kernel(OpCall& c) {
  const double alpha = c.f(kSeluAlpha), gamma = c.f(kSeluGamma);
  float_map(c, [alpha, gamma](auto tag) {
    using T = decltype(tag);
    const T a = static_cast<T>(alpha), g = static_cast<T>(gamma);
    return [a, g](T x) { return g * (x > 0 ? x : a * std::expm1(x)); };
  });
}

void infer_celu(OpCall& c) {
  if (c.f(kAlpha) == 0 || std::isnan(c.f(kAlpha))) c.bad_attr(kAlpha, "alpha must be nonzero (and not NaN), got " + std::to_string(c.f(kAlpha)));
  infer_unary_same(c);
}

// max(0, x) + min(0, alpha * (exp(x / alpha) - 1))
void celu_kernel(OpCall& c) {
  const double alpha = c.f(kAlpha);
  float_map(c, [alpha](auto tag) {
    using T = decltype(tag);
    const T a = static_cast<T>(alpha), inv = static_cast<T>(1 / alpha);
    return [a, inv](T x) {
      const T e = a * std::expm1(x * inv);
      if (x != x) return x;
      return (x > 0 ? x : T(0)) + (e < 0 ? e : T(0));
    };
  });
}

// none: x * Phi(x) = 0.5 x erfc(-x / sqrt 2) (erfc keeps precision for very negative x);
// tanh: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
void gelu_kernel(OpCall& c) {
  if (c.i(kApproximate) == kGeluTanh) {
    float_map(c, [](auto tag) {
      using T = decltype(tag);
      return [](T x) {
        const T s = T(1) + std::tanh(T(kSqrt2OverPi) * (x + T(kGeluCubic) * x * x * x));
        return s == 0 ? T(0) : T(0.5) * x * s;  // the limit 0 at -inf, not -inf * 0
      };
    });
  } else {
    float_map(c, [](auto tag) {
      using T = decltype(tag);
      return [](T x) {
        const T p = std::erfc(-x * T(kInvSqrt2));
        return p == 0 ? T(0) : T(0.5) * x * p;  // the limit 0 at -inf, not -inf * 0
      };
    });
  }
}

void hard_sigmoid_kernel(OpCall& c) {
  const double alpha = c.f(kAlpha), beta = c.f(kBeta);
  float_map(c, [alpha, beta](auto tag) {
    using T = decltype(tag);
    const T a = static_cast<T>(alpha), b = static_cast<T>(beta);
    return [a, b](T x) {
      const T h = a * x + b;
      return h > 0 ? (h < 1 ? h : T(1)) : (h != h ? h : T(0));
    };
  });
}

// x * max(0, min(1, x / 6 + 1/2))
void hard_swish_kernel(OpCall& c) {
  float_map(c, [](auto tag) {
    using T = decltype(tag);
    return [](T x) {
      const T h = x / T(6) + T(0.5);
      return h <= 0 ? T(0) : (h >= 1 ? x : x * h);  // NaN fails both tests and gives x * h = NaN
    };
  });
}

void softplus_kernel(OpCall& c) {
  float_map(c, [](auto tag) {
    using T = decltype(tag);
    return [](T x) { return softplus_of(x); };
  });
}

void softsign_kernel(OpCall& c) {
  float_map(c, [](auto tag) {
    using T = decltype(tag);
    return [](T x) { return std::isinf(x) ? std::copysign(T(1), x) : x / (T(1) + std::fabs(x)); };
  });
}

void mish_kernel(OpCall& c) {
  float_map(c, [](auto tag) {
    using T = decltype(tag);
    // tanh(log(1 + n)) = n (n + 2) / (n (n + 2) + 2) with n = e^x: one exp instead of exp, log1p
    // and tanh. Above x = 20 the ratio is 1 to double precision (and n^2 could overflow float).
    return [](T x) {
      if (x > T(20)) return x;
      const T n = std::exp(x), w = n * (n + T(2));
      return w == 0 ? T(0) : x * w / (w + T(2));  // w underflows to 0 only far below 0 (limit 0)
    };
  });
}

// x * sigmoid(x), with the sigmoid split by sign so exp never overflows.
void silu_kernel(OpCall& c) {
  float_map(c, [](auto tag) {
    using T = decltype(tag);
    return [](T x) {
      if (x >= 0) return x / (T(1) + std::exp(-x));
      const T e = std::exp(x);
      return e == 0 ? T(0) : x * e / (T(1) + e);  // the limit 0 at -inf, not -inf * 0
    };
  });
}

// prelu: slope broadcasts to x's shape (ONNX's unidirectional broadcasting).
void infer_prelu(OpCall& c) {
  const Tensor &x = c.in(0), &slope = c.in(1);
  ops::require_same_dtype(c, 0, 1);
  Shape b;
  try {
    b = broadcast_shapes(x.shape(), slope.shape(), "slope");
  } catch (Error& e) {
    c.bad_input(1, Status::ShapeMismatch, e.what());
  }
  if (b != x.shape())
    c.bad_input(1, Status::ShapeMismatch,
                "slope " + slope.shape().str() + " must broadcast to x's shape " + x.shape().str() + " without enlarging it");
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = x.shape();
}

void prelu_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>)
      map_binary<T, T, T>(c.in(0), c.in(1), c.outputs[0], [](T x, T s) {
        if constexpr (std::is_floating_point_v<T>) {
          return x >= 0 ? x : s * x;
        } else {
          using U = std::make_unsigned_t<T>;  // integer products wrap instead of overflowing
          return x >= 0 ? x : static_cast<T>(static_cast<U>(s) * static_cast<U>(x));
        }
      });
  });
}

// ---- gradients (written with registered operators) ------------------------------------------

Tensor mul(const Tensor& a, const Tensor& b) { return call("mul", {a, b}); }
Tensor add(const Tensor& a, const Tensor& b) { return call("add", {a, b}); }
Tensor sub(const Tensor& a, const Tensor& b) { return call("sub", {a, b}); }
Tensor div(const Tensor& a, const Tensor& b) { return call("div", {a, b}); }
Tensor num(double v, const Tensor& like) { return scalar(v, like.dtype()); }
Tensor where(const Tensor& k, const Tensor& a, const Tensor& b) { return call("where", {k, a, b}); }
Tensor positive(const Tensor& x) { return call("greater", {x, num(0, x)}); }

void leaky_relu_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  g.grad_in[0] = where(call("greater_equal", {x, num(0, x)}), g.dy(), mul(g.dy(), num(g.attrs[kAlpha].f, x)));
}
void prelu_grad(GradCtx& g) {
  const Tensor &x = g.in(0), &slope = g.in(1);
  Tensor neg = call("less", {x, num(0, x)});
  if (g.needs[0]) g.grad_in[0] = where(neg, mul(g.dy(), slope), g.dy());
  if (g.needs[1]) g.grad_in[1] = unbroadcast(where(neg, mul(g.dy(), x), num(0, x)), slope.shape());
}
// For x <= 0, y = alpha * (e^x - 1), so dy/dx = alpha * e^x = y + alpha.
void elu_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  g.grad_in[0] = where(positive(x), g.dy(), mul(g.dy(), add(g.out(), num(g.attrs[kAlpha].f, x))));
}
void selu_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const double alpha = g.attrs[kSeluAlpha].f, gamma = g.attrs[kSeluGamma].f;
  g.grad_in[0] = where(positive(x), mul(g.dy(), num(gamma, x)), mul(g.dy(), add(g.out(), num(gamma * alpha, x))));
}
void celu_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  g.grad_in[0] = where(positive(x), g.dy(), mul(g.dy(), call("exp", {div(x, num(g.attrs[kAlpha].f, x))})));
}
void gelu_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor d;
  if (g.attrs[kApproximate].i == kGeluTanh) {
    // u = k (x + c x^3), t = tanh(u): dy/dx = 0.5 (1 + t) + 0.5 x (1 - t^2) k (1 + 3 c x^2)
    Tensor x2 = mul(x, x);
    Tensor t = call("tanh", {mul(num(kSqrt2OverPi, x), add(x, mul(num(kGeluCubic, x), mul(x2, x))))});
    Tensor du = mul(num(kSqrt2OverPi, x), add(num(1, x), mul(num(3 * kGeluCubic, x), x2)));
    d = add(mul(num(0.5, x), add(num(1, x), t)), mul(mul(num(0.5, x), x), mul(sub(num(1, x), mul(t, t)), du)));
  } else {
    // Phi(x) + x phi(x) with Phi(x) = (1 + erf(x / sqrt 2)) / 2, phi(x) = exp(-x^2 / 2) / sqrt(2 pi)
    Tensor cdf = mul(num(0.5, x), add(num(1, x), call("erf", {mul(x, num(kInvSqrt2, x))})));
    Tensor pdf = mul(num(kInvSqrt2Pi, x), call("exp", {mul(num(-0.5, x), mul(x, x))}));
    d = add(cdf, mul(x, pdf));
  }
  g.grad_in[0] = mul(g.dy(), d);
}
void hard_sigmoid_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const double alpha = g.attrs[kAlpha].f;
  Tensor h = add(mul(x, num(alpha, x)), num(g.attrs[kBeta].f, x));
  Tensor inside = call("logical_and", {call("greater", {h, num(0, x)}), call("less", {h, num(1, x)})});
  g.grad_in[0] = where(inside, mul(g.dy(), num(alpha, x)), num(0, x));
}
void hard_swish_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor mid = add(div(x, num(3, x)), num(0.5, x));
  g.grad_in[0] = where(call("less", {x, num(-3, x)}), num(0, x), where(call("greater", {x, num(3, x)}), g.dy(), mul(g.dy(), mid)));
}
void softplus_grad(GradCtx& g) { g.grad_in[0] = mul(g.dy(), call("sigmoid", {g.in(0)})); }
void softsign_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor d = add(num(1, x), call("abs", {x}));
  g.grad_in[0] = div(g.dy(), mul(d, d));
}
void mish_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor t = call("tanh", {call("softplus", {x})});
  Tensor d = add(t, mul(mul(x, call("sigmoid", {x})), sub(num(1, x), mul(t, t))));
  g.grad_in[0] = mul(g.dy(), d);
}
void silu_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor s = call("sigmoid", {x});
  g.grad_in[0] = mul(g.dy(), mul(s, add(num(1, x), mul(x, sub(num(1, x), s)))));
}

// ---- registration ---------------------------------------------------------------------------

OpBuilder float_activation(const char* name, const char* summary, const char* doc) {
  OpBuilder b(name, "activation", __FILE__);
  b.summary(summary).doc(doc).input("x", "Input tensor.", kFloats);
  return b;
}

const std::vector<double> kPts = {-2, -0.5, 0, 0.5, 3};

}  // namespace

void register_activation_ops(Registry& r) {
  r.add(float_activation("leaky_relu", "Leaky rectified linear unit: x for x >= 0, alpha * x below.",
                         "NaN propagates. The default slope 0.01 is ONNX's and PyTorch's.")
            .attr_float("alpha", 0.01, "Slope for negative x.")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(leaky_relu_kernel)
            .gradient("dx = where(x >= 0, dy, alpha * dy)", leaky_relu_grad)
            .onnx("LeakyRelu", 16)
            .example({"default slope", {T("float64", {4}, {-2, -0.5, 0, 3})}, {}, {T("float64", {4}, {-0.02, -0.005, 0, 3})}, "hand-derived"})
            .example({"alpha 0.5", {T("float32", {3}, {-4, 1, -1})}, {{"alpha", "0.5"}}, {T("float32", {3}, {-2, 1, -0.5})}, "hand-derived"})
            .build());

  r.add(OpBuilder("prelu", "activation", __FILE__)
            .summary("Parametric ReLU: x for x >= 0, slope * x below, with a learned slope.")
            .doc("slope broadcasts to x's shape (ONNX's unidirectional broadcasting): typically one slope per channel, shaped "
                 "[C, 1, 1] for an [N, C, H, W] input, or a scalar.")
            .input("x", "Input tensor.", kSigned)
            .input("slope", "Slopes for negative x; must broadcast to x's shape.", kSigned)
            .output("y", "Result with x's shape and dtype.", kSigned)
            .infer(infer_prelu)
            .kernel(prelu_kernel)
            .gradient("dx = where(x < 0, dy * slope, dy); dslope = unbroadcast(where(x < 0, dy * x, 0), slope)", prelu_grad)
            .onnx("PRelu", 16)
            .example({"one slope per column", {T("float32", {2, 3}, {-1, 2, -3, 4, -5, 0}), T("float32", {3}, {0.5, 0.1, 2})}, {},
                      {T("float32", {2, 3}, {-0.5, 2, -6, 4, -0.5, 0})}, "hand-derived"})
            .build());

  r.add(float_activation("elu", "Exponential linear unit: x for x > 0, alpha * (e^x - 1) otherwise.",
                         "Computed with expm1 for precision near 0.")
            .attr_float("alpha", 1.0, "Scale of the negative part (its limit is -alpha).")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(elu_kernel)
            .gradient("dx = where(x > 0, dy, dy * (y + alpha))", elu_grad)
            .onnx("Elu", 6)
            .example({"alpha 1", {T("float64", {5}, kPts)}, {}, {T("float64", {5}, {-0.8646647167633873, -0.3934693402873666, 0.0, 0.5, 3.0})},
                      "numpy 1.26.4 np.where(x > 0, x, np.expm1(x))"})
            .build());

  r.add(float_activation("selu", "Scaled exponential linear unit: gamma * (x for x > 0, alpha * (e^x - 1) otherwise).",
                         "The default alpha and gamma are ONNX's (the self-normalizing values of Klambauer et al. rounded to float32).")
            .attr_float("alpha", 1.67326319217681884765625, "Scale of the negative part before gamma.")
            .attr_float("gamma", 1.05070102214813232421875, "Overall scale.")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(selu_kernel)
            .gradient("dx = where(x > 0, gamma * dy, dy * (y + gamma * alpha))", selu_grad)
            .onnx("Selu", 6)
            .example({"ONNX defaults", {T("float64", {5}, kPts)}, {},
                      {T("float64", {5}, {-1.5201664733475926, -0.6917581899652426, 0.0, 0.5253505110740662, 3.152103066444397})},
                      "numpy 1.26.4 gamma * np.where(x > 0, x, alpha * np.expm1(x))"})
            .build());

  r.add(float_activation("celu", "Continuously differentiable ELU: max(0, x) + min(0, alpha * (e^(x / alpha) - 1)).",
                         "alpha = 0 is rejected (the formula divides by it); NaN propagates.")
            .attr_float("alpha", 1.0, "Scale of the negative part; nonzero.")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_celu)
            .kernel(celu_kernel)
            .gradient("dx = where(x > 0, dy, dy * exp(x / alpha))", celu_grad)
            .onnx("Celu", 12)
            .example({"alpha 1", {T("float64", {5}, kPts)}, {}, {T("float64", {5}, {-0.8646647167633873, -0.3934693402873666, 0.0, 0.5, 3.0})},
                      "numpy 1.26.4 np.maximum(0, x) + np.minimum(0, alpha * np.expm1(x / alpha))"})
            .example({"alpha 2", {T("float64", {5}, kPts)}, {{"alpha", "2"}},
                      {T("float64", {5}, {-1.2642411176571153, -0.44239843385719024, 0.0, 0.5, 3.0})},
                      "numpy 1.26.4 np.maximum(0, x) + np.minimum(0, alpha * np.expm1(x / alpha))"})
            .build());

  r.add(float_activation("gelu", "Gaussian error linear unit: x * Phi(x), Phi the standard normal CDF.",
                         "approximate=\"none\" computes 0.5 x erfc(-x / sqrt 2) (exact; erfc keeps precision for very negative x); "
                         "approximate=\"tanh\" computes 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). Both give 0 at -inf.")
            .attr_enum("approximate", {"none", "tanh"}, "none", "Exact erf form or the tanh approximation.")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(gelu_kernel)
            .gradient("none: dx = dy * (Phi(x) + x * phi(x)); tanh: dx = dy * (0.5 (1 + t) + 0.5 x (1 - t^2) sqrt(2/pi) (1 + 3 * 0.044715 x^2)) "
                      "with t = tanh(sqrt(2/pi) (x + 0.044715 x^3))",
                      gelu_grad)
            .onnx("Gelu", 20)
            .example({"exact form", {T("float64", {5}, kPts)}, {},
                      {T("float64", {5}, {-0.04550026389635842, -0.15426876936299347, 0.0, 0.3457312306370065, 2.99595030590511})},
                      "scipy 1.11.4: 0.5 * x * (1 + scipy.special.erf(x / np.sqrt(2)))"})
            .example({"tanh approximation", {T("float64", {5}, kPts)}, {{"approximate", "\"tanh\""}},
                      {T("float64", {5}, {-0.04540230591222494, -0.15428599017485606, 0.0, 0.34571400982514394, 2.996362607918227})},
                      "numpy 1.26.4: 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))"})
            .build());

  r.add(float_activation("hard_sigmoid", "Piecewise linear sigmoid: max(0, min(1, alpha * x + beta)).",
                         "The defaults are ONNX's (alpha 0.2, beta 0.5); NaN propagates.")
            .attr_float("alpha", 0.2, "Slope.")
            .attr_float("beta", 0.5, "Offset.")
            .output("y", "Result in [0, 1] with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(hard_sigmoid_kernel)
            .gradient("dx = where(0 < alpha * x + beta < 1, alpha * dy, 0)", hard_sigmoid_grad)
            .onnx("HardSigmoid", 6)
            .example({"ONNX defaults", {T("float64", {5}, {-3, -1, 0, 1, 3})}, {}, {T("float64", {5}, {0, 0.3, 0.5, 0.7, 1})},
                      "hand-derived (0.2 x + 0.5, clipped)"})
            .build());

  r.add(float_activation("hard_swish", "x * hard_sigmoid(x) with alpha = 1/6, beta = 1/2: x * max(0, min(1, x / 6 + 1/2)).",
                         "0 for x <= -3 (also at -inf), x for x >= 3; NaN propagates.")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(hard_swish_kernel)
            .gradient("dx = where(x < -3, 0, where(x > 3, dy, dy * (x / 3 + 1/2)))", hard_swish_grad)
            .onnx("HardSwish", 14)
            .example({"all three pieces", {T("float64", {7}, {-4, -3, -1, 0, 1, 3, 4})}, {},
                      {T("float64", {7}, {0, 0, -0.33333333333333337, 0, 0.6666666666666666, 3, 4})},
                      "numpy 1.26.4 x * np.clip(x / 6 + 0.5, 0, 1)"})
            .build());

  r.add(float_activation("softplus", "Smooth ReLU: log(1 + e^x).", "Computed as max(x, 0) + log1p(e^-|x|), so it neither overflows nor underflows.")
            .output("y", "Result (positive) with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(softplus_kernel)
            .gradient("dx = dy * sigmoid(x)", softplus_grad)
            .onnx("Softplus", 1)
            .example({"a few points", {T("float64", {5}, kPts)}, {},
                      {T("float64", {5}, {0.1269280110429725, 0.4740769841801067, 0.6931471805599453, 0.9740769841801067, 3.048587351573742})},
                      "numpy 1.26.4 np.logaddexp(0, x)"})
            .build());

  r.add(float_activation("softsign", "x / (1 + |x|).", "softsign(+-inf) = +-1.")
            .output("y", "Result in (-1, 1) with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(softsign_kernel)
            .gradient("dx = dy / (1 + |x|)^2", softsign_grad)
            .onnx("Softsign", 1)
            .example({"a few points", {T("float64", {5}, kPts)}, {},
                      {T("float64", {5}, {-0.6666666666666666, -0.3333333333333333, 0.0, 0.3333333333333333, 0.75})}, "hand-derived"})
            .build());

  r.add(float_activation("mish", "Mish: x * tanh(softplus(x)).", "Computed as x * w / (w + 2) with w = e^x (e^x + 2), which equals tanh(log(1 + e^x)) and cannot overflow; mish(-inf) = 0.")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(mish_kernel)
            .gradient("dx = dy * (t + x * sigmoid(x) * (1 - t^2)) with t = tanh(softplus(x))", mish_grad)
            .onnx("Mish", 18)
            .example({"a few points", {T("float64", {5}, kPts)}, {},
                      {T("float64", {5}, {-0.2525014826957089, -0.22074377465173, 0.0, 0.3752452113048951, 2.986535004967957})},
                      "numpy 1.26.4 x * np.tanh(np.logaddexp(0, x))"})
            .build());

  r.add(float_activation("silu", "Sigmoid linear unit (swish): x * sigmoid(x).", "The sigmoid is split by sign so exp never overflows; silu(-inf) = 0.")
            .output("y", "Result with x's shape and dtype.", kFloats)
            .infer(infer_unary_same)
            .kernel(silu_kernel)
            .gradient("dx = dy * s * (1 + x * (1 - s)) with s = sigmoid(x)", silu_grad)
            .onnx_decomposed("into Mul(x, Sigmoid(x)); ONNX has no SiLU/Swish operator in the default domain")
            .example({"a few points", {T("float64", {5}, kPts)}, {},
                      {T("float64", {5}, {-0.2384058440442351, -0.1887703343990727, 0.0, 0.3112296656009273, 2.8577223804673})},
                      "scipy 1.11.4: x * scipy.special.expit(x)"})
            .build());
}

}  // namespace tsr
