// Element-wise math: erf, rounding, sign, reciprocal, trigonometric and hyperbolic functions,
// NaN/infinity tests, mod, clip and the inclusive comparisons.
#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "common.h"
#include "tessera/core/convert.h"
#include "tessera/core/kernels/elementwise.h"

namespace tsr {
namespace {
using grad::call;
using grad::scalar;
using grad::unbroadcast;
using ops::infer_binary_bool;
using ops::infer_unary_same;

// ---- unary kernels --------------------------------------------------------------------------

// y = F::apply(x) for float dtypes (the schema admits only floats).
template <typename F>
void float_unary_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) map_unary<T, T>(c.in(0), c.outputs[0], [](T x) { return F::template apply<T>(x); });
  });
}

#define TSR_FLOAT_FN(Name, expr) \
  struct Name {                  \
    template <typename T>        \
    static T apply(T x) {        \
      return expr;               \
    }                            \
  };
TSR_FLOAT_FN(Erf, std::erf(x))
TSR_FLOAT_FN(Floor, std::floor(x))
TSR_FLOAT_FN(Ceil, std::ceil(x))
// nearbyint rounds halfway cases to even in the default rounding mode, which the engine never
// changes; it keeps the sign of zero (round(-0.3) = -0.0, as numpy).
TSR_FLOAT_FN(Round, std::nearbyint(x))
TSR_FLOAT_FN(Reciprocal, T(1) / x)
TSR_FLOAT_FN(Sin, std::sin(x))
TSR_FLOAT_FN(Cos, std::cos(x))
TSR_FLOAT_FN(Tan, std::tan(x))
TSR_FLOAT_FN(Asin, std::asin(x))
TSR_FLOAT_FN(Acos, std::acos(x))
TSR_FLOAT_FN(Atan, std::atan(x))
TSR_FLOAT_FN(Sinh, std::sinh(x))
TSR_FLOAT_FN(Cosh, std::cosh(x))
TSR_FLOAT_FN(Asinh, std::asinh(x))
TSR_FLOAT_FN(Acosh, std::acosh(x))
TSR_FLOAT_FN(Atanh, std::atanh(x))
#undef TSR_FLOAT_FN

// -1, 0 or 1; NaN stays NaN and both zeros give +0 (as numpy).
template <typename T>
T sign_of(T x) {
  if constexpr (std::is_floating_point_v<T>) {
    return x > 0 ? T(1) : (x < 0 ? T(-1) : (x == 0 ? T(0) : x));
  } else if constexpr (std::is_unsigned_v<T>) {
    return x > 0 ? T(1) : T(0);
  } else {
    return static_cast<T>((x > 0) - (x < 0));
  }
}

void sign_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) map_unary<T, T>(c.in(0), c.outputs[0], [](T x) { return sign_of(x); });
  });
}

void infer_bool_same_shape(OpCall& c) {
  c.out_dtype[0] = DType::Bool;
  c.out_shape[0] = c.in(0).shape();
}

void isnan_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) map_unary<T, bool>(c.in(0), c.outputs[0], [](T x) { return x != x; });
  });
}

enum { kDetectPositive = 0, kDetectNegative = 1 };

void isinf_kernel(OpCall& c) {
  const bool pos = c.b(kDetectPositive), neg = c.b(kDetectNegative);
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T inf = std::numeric_limits<T>::infinity();
      map_unary<T, bool>(c.in(0), c.outputs[0], [pos, neg, inf](T x) { return (pos && x == inf) || (neg && x == -inf); });
    }
  });
}

// ---- mod ------------------------------------------------------------------------------------

enum { kFmod = 0 };

// Integer remainder with defined results everywhere: x mod 0 is 0 (as numpy) and MIN mod -1 is
// 0 (the C expression would overflow). kTruncated: sign of a (C fmod); else sign of b (Python).
template <bool kTruncated, typename T>
T int_mod(T a, T b) {
  if (b == 0) return T(0);
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) return T(0);
    T r = static_cast<T>(a % b);
    if (!kTruncated && r != 0 && ((r < 0) != (b < 0))) r = static_cast<T>(r + b);
    return r;
  } else {
    return static_cast<T>(a % b);
  }
}

void infer_mod(OpCall& c) {
  ops::infer_binary_same(c);
  if (is_floating(c.in(0).dtype()) && !c.b(kFmod))
    c.bad_attr(kFmod, "floating-point mod needs fmod=true (C fmod: the result has the sign of a), as ONNX Mod requires; "
                      "for a remainder with the sign of b use a - floor(a / b) * b");
}

void mod_kernel(OpCall& c) {
  const bool truncated = c.b(kFmod);
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      map_binary<T, T, T>(c.in(0), c.in(1), c.outputs[0], [](T a, T b) { return std::fmod(a, b); });
    } else if constexpr (!std::is_same_v<T, bool>) {
      if (truncated) map_binary<T, T, T>(c.in(0), c.in(1), c.outputs[0], [](T a, T b) { return int_mod<true>(a, b); });
      else map_binary<T, T, T>(c.in(0), c.in(1), c.outputs[0], [](T a, T b) { return int_mod<false>(a, b); });
    }
  });
}

// ---- clip -----------------------------------------------------------------------------------

enum { kClipMin = 0, kClipMax = 1 };

void infer_clip(OpCall& c) {
  if (std::isnan(c.f(kClipMin))) c.bad_attr(kClipMin, "min is NaN");
  if (std::isnan(c.f(kClipMax))) c.bad_attr(kClipMax, "max is NaN");
  infer_unary_same(c);
}

// y = min(max(x, lo), hi): when min > max every element becomes max (as ONNX and numpy). Integer
// dtypes use ceil(min) and floor(max), saturated to the dtype's range.
void clip_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) {
      T lo, hi;
      if constexpr (std::is_floating_point_v<T>) {
        lo = static_cast<T>(c.f(kClipMin));
        hi = static_cast<T>(c.f(kClipMax));
      } else {
        lo = convert_value<T, double>(std::ceil(c.f(kClipMin)));
        hi = convert_value<T, double>(std::floor(c.f(kClipMax)));
      }
      map_unary<T, T>(c.in(0), c.outputs[0], [lo, hi](T x) {
        T v = x < lo ? lo : x;  // NaN compares false both times and passes through
        return v > hi ? hi : v;
      });
    }
  });
}

// ---- inclusive comparisons ------------------------------------------------------------------

template <bool kLessEqual>
void compare_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    map_binary<T, T, bool>(c.in(0), c.in(1), c.outputs[0], [](T a, T b) { return kLessEqual ? a <= b : a >= b; });
  });
}

// ---- gradients (written with registered operators) ------------------------------------------

Tensor mul(const Tensor& a, const Tensor& b) { return call("mul", {a, b}); }
Tensor div(const Tensor& a, const Tensor& b) { return call("div", {a, b}); }
Tensor add(const Tensor& a, const Tensor& b) { return call("add", {a, b}); }
Tensor sub(const Tensor& a, const Tensor& b) { return call("sub", {a, b}); }
Tensor neg(const Tensor& a) { return call("neg", {a}); }
Tensor num(double v, const Tensor& like) { return scalar(v, like.dtype()); }

void erf_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  // d erf(x) / dx = 2 / sqrt(pi) * exp(-x^2)
  g.grad_in[0] = mul(g.dy(), mul(num(1.1283791670955126, x), call("exp", {neg(mul(x, x))})));
}
// floor, ceil, round and sign are piecewise constant: the gradient is zero wherever it exists.
void zero_grad(GradCtx& g) {
  const Shape& s = g.in(0).shape();
  g.grad_in[0] = call("zeros", {}, {grad::ints("shape", std::vector<int64_t>(s.d, s.d + s.ndim)), grad::dtype("dtype", g.in(0).dtype())});
}
void reciprocal_grad(GradCtx& g) { g.grad_in[0] = neg(mul(g.dy(), mul(g.out(), g.out()))); }
void sin_grad(GradCtx& g) { g.grad_in[0] = mul(g.dy(), call("cos", {g.in(0)})); }
void cos_grad(GradCtx& g) { g.grad_in[0] = neg(mul(g.dy(), call("sin", {g.in(0)}))); }
void tan_grad(GradCtx& g) { g.grad_in[0] = mul(g.dy(), add(num(1, g.out()), mul(g.out(), g.out()))); }
Tensor one_minus_x2(const Tensor& x) { return sub(num(1, x), mul(x, x)); }
void asin_grad(GradCtx& g) { g.grad_in[0] = div(g.dy(), call("sqrt", {one_minus_x2(g.in(0))})); }
void acos_grad(GradCtx& g) { g.grad_in[0] = neg(div(g.dy(), call("sqrt", {one_minus_x2(g.in(0))}))); }
void atan_grad(GradCtx& g) { g.grad_in[0] = div(g.dy(), add(num(1, g.in(0)), mul(g.in(0), g.in(0)))); }
void sinh_grad(GradCtx& g) { g.grad_in[0] = mul(g.dy(), call("cosh", {g.in(0)})); }
void cosh_grad(GradCtx& g) { g.grad_in[0] = mul(g.dy(), call("sinh", {g.in(0)})); }
void asinh_grad(GradCtx& g) { g.grad_in[0] = div(g.dy(), call("sqrt", {add(mul(g.in(0), g.in(0)), num(1, g.in(0)))})); }
void acosh_grad(GradCtx& g) { g.grad_in[0] = div(g.dy(), call("sqrt", {sub(mul(g.in(0), g.in(0)), num(1, g.in(0)))})); }
void atanh_grad(GradCtx& g) { g.grad_in[0] = div(g.dy(), one_minus_x2(g.in(0))); }

// y = a - q * b with q = trunc(a / b) (or floor): dy/da = 1, dy/db = -q = (y - a) / b.
void mod_grad(GradCtx& g) {
  if (g.needs[0]) g.grad_in[0] = unbroadcast(g.dy(), g.in(0).shape());
  if (g.needs[1]) g.grad_in[1] = unbroadcast(div(mul(g.dy(), sub(g.out(), g.in(0))), g.in(1)), g.in(1).shape());
}

void clip_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  Tensor outside = call("logical_or", {call("less", {x, num(g.attrs[kClipMin].f, x)}), call("greater", {x, num(g.attrs[kClipMax].f, x)})});
  g.grad_in[0] = call("where", {outside, num(0, x), g.dy()});
}

// ---- registration ---------------------------------------------------------------------------

void add_float_unary(Registry& r, const char* name, const char* summary, const char* doc, KernelFn k, GradFn gfn,
                     const char* formula, const char* onnx_type, int since, std::vector<Example> examples) {
  OpBuilder b(name, "math", __FILE__);
  b.summary(summary)
      .doc(doc)
      .input("x", "Input tensor.", kFloats)
      .output("y", "Result with x's shape and dtype.", kFloats)
      .infer(infer_unary_same)
      .kernel(k)
      .gradient(formula, gfn)
      .onnx(onnx_type, since);
  for (auto& e : examples) b.example(std::move(e));
  r.add(b.build());
}

const char* kZeroGradient = "dx = 0 (piecewise constant: zero wherever the derivative exists, and taken as 0 at the jumps)";

}  // namespace

void register_math_ops(Registry& r) {
  add_float_unary(r, "erf", "Element-wise Gauss error function erf(x) = 2/sqrt(pi) * integral of exp(-t^2) from 0 to x.",
                  "erf(+-inf) = +-1; NaN propagates.", float_unary_kernel<Erf>, erf_grad, "dx = dy * 2 / sqrt(pi) * exp(-x * x)", "Erf", 13,
                  {{"a few points", {T("float64", {4}, {0, 0.5, -1, 2})}, {},
                    {T("float64", {4}, {0.0, 0.5204998778130465, -0.8427007929497148, 0.9953222650189527})}, "scipy 1.11.4 scipy.special.erf"}});
  add_float_unary(r, "floor", "Element-wise floor: the largest integer not greater than x.", "Infinities, NaN and zeros (with their sign) pass through.",
                  float_unary_kernel<Floor>, zero_grad, kZeroGradient, "Floor", 13,
                  {{"negatives round down", {T("float32", {5}, {-1.5, -0.5, 0, 0.5, 2.7})}, {}, {T("float32", {5}, {-2, -1, 0, 0, 2})}, "hand-derived"}});
  add_float_unary(r, "ceil", "Element-wise ceiling: the smallest integer not less than x.", "Infinities, NaN and zeros (with their sign) pass through.",
                  float_unary_kernel<Ceil>, zero_grad, kZeroGradient, "Ceil", 13,
                  {{"negatives round up", {T("float32", {5}, {-1.5, -0.5, 0, 0.5, 2.2})}, {}, {T("float32", {5}, {-1, 0, 0, 1, 3})}, "hand-derived"}});
  add_float_unary(r, "round", "Element-wise rounding to the nearest integer, halfway cases to the even one.",
                  "Banker's rounding as ONNX Round and numpy.round: round(0.5) = 0, round(1.5) = 2, round(-2.5) = -2. The sign of "
                  "zero is kept (round(-0.3) = -0.0); infinities and NaN pass through.",
                  float_unary_kernel<Round>, zero_grad, kZeroGradient, "Round", 11,
                  {{"halves go to even", {T("float64", {8}, {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.4, -0.6})}, {},
                    {T("float64", {8}, {-2, -2, 0, 0, 2, 2, 0, -1})}, "hand-derived (round half to even)"}});

  r.add(OpBuilder("sign", "math", __FILE__)
            .summary("Element-wise sign: -1 for negative, 0 for zero, 1 for positive x.")
            .doc("Both zeros give +0 and NaN stays NaN (as numpy.sign); unsigned inputs give 0 or 1.")
            .input("x", "Input tensor.", kNumeric)
            .output("y", "Sign of x with x's shape and dtype.", kNumeric)
            .infer(infer_unary_same)
            .kernel(sign_kernel)
            .gradient(kZeroGradient, zero_grad)
            .onnx("Sign", 13)
            .example({"floats", {T("float32", {4}, {-2.5, 0, 3, -0.1})}, {}, {T("float32", {4}, {-1, 0, 1, -1})}, "hand-derived"})
            .example({"integers", {T("int32", {3}, {-7, 0, 5})}, {}, {T("int32", {3}, {-1, 0, 1})}, "hand-derived"})
            .build());

  add_float_unary(r, "reciprocal", "Element-wise reciprocal 1 / x.", "1/0 is inf with the sign of the zero.", float_unary_kernel<Reciprocal>,
                  reciprocal_grad, "dx = -dy * y * y", "Reciprocal", 13,
                  {{"exact reciprocals", {T("float32", {3}, {2, -4, 0.5})}, {}, {T("float32", {3}, {0.5, -0.25, 2})}, "hand-derived"}});

  // Trigonometric and hyperbolic functions (radians). Inputs are the same for all the examples
  // of one kind, so the expected values can be checked against one numpy session.
  const std::vector<double> pts = {0, 0.5, -1, 2};
  const char* kNumpy = "numpy 1.26.4 (np.sin, np.cos, ... on float64)";
  add_float_unary(r, "sin", "Element-wise sine (radians).", "NaN for infinite x.", float_unary_kernel<Sin>, sin_grad, "dx = dy * cos(x)", "Sin", 7,
                  {{"radians", {T("float64", {4}, pts)}, {}, {T("float64", {4}, {0.0, 0.479425538604203, -0.8414709848078965, 0.9092974268256817})}, kNumpy}});
  add_float_unary(r, "cos", "Element-wise cosine (radians).", "NaN for infinite x.", float_unary_kernel<Cos>, cos_grad, "dx = -dy * sin(x)", "Cos", 7,
                  {{"radians", {T("float64", {4}, pts)}, {}, {T("float64", {4}, {1.0, 0.8775825618903728, 0.5403023058681398, -0.4161468365471424})}, kNumpy}});
  add_float_unary(r, "tan", "Element-wise tangent (radians).", "NaN for infinite x.", float_unary_kernel<Tan>, tan_grad, "dx = dy * (1 + y * y)", "Tan", 7,
                  {{"radians", {T("float64", {4}, pts)}, {}, {T("float64", {4}, {0.0, 0.5463024898437905, -1.557407724654902, -2.185039863261519})}, kNumpy}});
  add_float_unary(r, "asin", "Element-wise arcsine, in [-pi/2, pi/2].", "NaN outside [-1, 1].", float_unary_kernel<Asin>, asin_grad,
                  "dx = dy / sqrt(1 - x * x)", "Asin", 7,
                  {{"inside [-1, 1]", {T("float64", {4}, {0, 0.5, -0.5, 1})}, {},
                    {T("float64", {4}, {0.0, 0.5235987755982989, -0.5235987755982989, 1.5707963267948966})}, "numpy 1.26.4 np.arcsin"}});
  add_float_unary(r, "acos", "Element-wise arccosine, in [0, pi].", "NaN outside [-1, 1].", float_unary_kernel<Acos>, acos_grad,
                  "dx = -dy / sqrt(1 - x * x)", "Acos", 7,
                  {{"inside [-1, 1]", {T("float64", {4}, {0, 0.5, -0.5, 1})}, {},
                    {T("float64", {4}, {1.5707963267948966, 1.0471975511965976, 2.0943951023931957, 0.0})}, "numpy 1.26.4 np.arccos"}});
  add_float_unary(r, "atan", "Element-wise arctangent, in (-pi/2, pi/2).", "atan(+-inf) = +-pi/2.", float_unary_kernel<Atan>, atan_grad,
                  "dx = dy / (1 + x * x)", "Atan", 7,
                  {{"a few points", {T("float64", {4}, pts)}, {},
                    {T("float64", {4}, {0.0, 0.4636476090008061, -0.7853981633974483, 1.1071487177940904})}, "numpy 1.26.4 np.arctan"}});
  add_float_unary(r, "sinh", "Element-wise hyperbolic sine.", "Overflows to +-inf for |x| above about 710 (89 in float32).", float_unary_kernel<Sinh>,
                  sinh_grad, "dx = dy * cosh(x)", "Sinh", 9,
                  {{"a few points", {T("float64", {4}, pts)}, {}, {T("float64", {4}, {0.0, 0.5210953054937474, -1.1752011936438014, 3.6268604078470186})}, kNumpy}});
  add_float_unary(r, "cosh", "Element-wise hyperbolic cosine.", "Overflows to inf for |x| above about 710 (89 in float32).", float_unary_kernel<Cosh>,
                  cosh_grad, "dx = dy * sinh(x)", "Cosh", 9,
                  {{"a few points", {T("float64", {4}, pts)}, {}, {T("float64", {4}, {1.0, 1.1276259652063807, 1.5430806348152437, 3.7621956910836314})}, kNumpy}});
  add_float_unary(r, "asinh", "Element-wise inverse hyperbolic sine.", "Defined for every real x.", float_unary_kernel<Asinh>, asinh_grad,
                  "dx = dy / sqrt(x * x + 1)", "Asinh", 9,
                  {{"a few points", {T("float64", {4}, pts)}, {},
                    {T("float64", {4}, {0.0, 0.48121182505960347, -0.881373587019543, 1.4436354751788103})}, "numpy 1.26.4 np.arcsinh"}});
  add_float_unary(r, "acosh", "Element-wise inverse hyperbolic cosine, >= 0.", "NaN below 1.", float_unary_kernel<Acosh>, acosh_grad,
                  "dx = dy / sqrt(x * x - 1)", "Acosh", 9,
                  {{"x >= 1", {T("float64", {4}, {1, 1.5, 2, 10})}, {},
                    {T("float64", {4}, {0.0, 0.9624236501192069, 1.3169578969248168, 2.993222846126381})}, "numpy 1.26.4 np.arccosh"}});
  add_float_unary(r, "atanh", "Element-wise inverse hyperbolic tangent.", "+-inf at +-1, NaN outside [-1, 1].", float_unary_kernel<Atanh>,
                  atanh_grad, "dx = dy / (1 - x * x)", "Atanh", 9,
                  {{"inside (-1, 1)", {T("float64", {4}, {0, 0.5, -0.5, 0.9})}, {},
                    {T("float64", {4}, {0.0, 0.5493061443340549, -0.5493061443340549, 1.4722194895832204})}, "numpy 1.26.4 np.arctanh"}});

  r.add(OpBuilder("isnan", "math", __FILE__)
            .summary("Element-wise test for NaN.")
            .input("x", "Input tensor.", kFloats)
            .output("y", "Bool tensor with x's shape: true where x is NaN.", bit(DType::Bool))
            .infer(infer_bool_same_shape)
            .kernel(isnan_kernel)
            .no_gradient("bool output")
            .onnx("IsNaN", 13)
            .example({"only NaN is NaN", {T("float32", {5}, {NAN, 0, INFINITY, -INFINITY, -1})}, {}, {T("bool", {5}, {1, 0, 0, 0, 0})}, "hand-derived"})
            .build());

  r.add(OpBuilder("isinf", "math", __FILE__)
            .summary("Element-wise test for infinity, optionally of one sign only.")
            .input("x", "Input tensor.", kFloats)
            .attr_bool("detect_positive", true, "Report +inf.")
            .attr_bool("detect_negative", true, "Report -inf.")
            .output("y", "Bool tensor with x's shape: true where x is an infinity of a detected sign.", bit(DType::Bool))
            .infer(infer_bool_same_shape)
            .kernel(isinf_kernel)
            .no_gradient("bool output")
            .onnx("IsInf", 10, "detect_positive and detect_negative are int attributes (0/1) in ONNX")
            .example({"both signs", {T("float64", {5}, {INFINITY, -INFINITY, 0, NAN, 1e308})}, {}, {T("bool", {5}, {1, 1, 0, 0, 0})}, "hand-derived"})
            .example({"positive only", {T("float64", {3}, {INFINITY, -INFINITY, 2})}, {{"detect_negative", "false"}}, {T("bool", {3}, {1, 0, 0})},
                      "hand-derived"})
            .build());

  r.add(OpBuilder("mod", "math", __FILE__)
            .summary("Element-wise remainder of a / b.")
            .doc("With fmod=false (integers only) the result has the sign of b, like Python's % and numpy.mod: "
                 "mod(-7, 3) = 2. With fmod=true it has the sign of a, like C fmod: fmod(-7, 3) = -1. Floating-point inputs "
                 "require fmod=true, as ONNX Mod does (a floored float remainder is a - floor(a / b) * b). Integer x mod 0 "
                 "is 0 (numpy's value, no trap); float x mod 0 is NaN. Inputs broadcast with NumPy rules and must share one dtype.")
            .input("a", "Dividend.", kNumeric)
            .input("b", "Divisor, broadcast against a.", kNumeric)
            .attr_bool("fmod", false, "false: sign of the divisor (integers only); true: sign of the dividend (C fmod).")
            .output("y", "Remainder with the broadcast shape and the inputs' dtype.", kNumeric)
            .infer(infer_mod)
            .kernel(mod_kernel)
            .gradient("da = unbroadcast(dy, a); db = unbroadcast(dy * (y - a) / b, b)  (y - a = -q * b with q the integer quotient)",
                      mod_grad)
            .onnx("Mod", 13)
            .example({"float fmod keeps the sign of a", {T("float64", {4}, {5.5, -5.5, 5.5, -5.5}), T("float64", {4}, {2, 2, -2, -2})},
                      {{"fmod", "true"}}, {T("float64", {4}, {1.5, -1.5, 1.5, -1.5})}, "numpy 1.26.4 np.fmod"})
            .example({"integer mod takes the sign of b", {T("int32", {5}, {7, -7, 7, -7, 7}), T("int32", {5}, {3, 3, -3, -3, 0})}, {},
                      {T("int32", {5}, {1, 2, -2, -1, 0})}, "numpy 1.26.4 np.mod"})
            .example({"integer fmod takes the sign of a", {T("int64", {4}, {7, -7, 7, -7}), T("int64", {}, {3})}, {{"fmod", "true"}},
                      {T("int64", {4}, {1, -1, 1, -1})}, "numpy 1.26.4 np.fmod"})
            .build());

  r.add(OpBuilder("clip", "math", __FILE__)
            .summary("Limits every element to [min, max].")
            .doc("y = min(max(x, min), max): when min > max every element becomes max (as ONNX and numpy.clip). NaN elements "
                 "stay NaN. For integer dtypes the bounds are ceil(min) and floor(max), saturated to the dtype's range.")
            .input("x", "Input tensor.", kNumeric)
            .attr_float("min", -INFINITY, "Lower bound (not NaN); -inf leaves x unbounded below.")
            .attr_float("max", INFINITY, "Upper bound (not NaN); inf leaves x unbounded above.")
            .output("y", "Clipped values with x's shape and dtype.", kNumeric)
            .infer(infer_clip)
            .kernel(clip_kernel)
            .gradient("dx = where(x < min or x > max, 0, dy)", clip_grad)
            .onnx("Clip", 13, "min and max become optional scalar inputs of x's dtype (attributes only up to opset 6)")
            .example({"into [-1, 1]", {T("float32", {4}, {-2, -0.5, 0.5, 2})}, {{"min", "-1"}, {"max", "1"}}, {T("float32", {4}, {-1, -0.5, 0.5, 1})},
                      "hand-derived"})
            .example({"integers, upper bound only", {T("int32", {3}, {-5, 3, 10})}, {{"max", "4.5"}}, {T("int32", {3}, {-5, 3, 4})},
                      "hand-derived (floor(4.5) = 4)"})
            .build());

  r.add(OpBuilder("less_equal", "math", __FILE__)
            .summary("Element-wise a <= b.")
            .doc("Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.")
            .input("a", "First operand.", kAllTypes)
            .input("b", "Second operand, broadcast against a.", kAllTypes)
            .output("y", "Bool tensor with the broadcast shape.", bit(DType::Bool))
            .infer(infer_binary_bool)
            .kernel(compare_kernel<true>)
            .no_gradient("comparison results are piecewise constant")
            .onnx("LessOrEqual", 16)
            .example({"against a scalar", {T("float32", {3}, {1, 2, 3}), T("float32", {}, {2})}, {}, {T("bool", {3}, {1, 1, 0})}, "hand-derived"})
            .build());
  r.add(OpBuilder("greater_equal", "math", __FILE__)
            .summary("Element-wise a >= b.")
            .doc("Inputs broadcast with NumPy rules and must share one dtype; the result is bool. NaN compares false.")
            .input("a", "First operand.", kAllTypes)
            .input("b", "Second operand, broadcast against a.", kAllTypes)
            .output("y", "Bool tensor with the broadcast shape.", bit(DType::Bool))
            .infer(infer_binary_bool)
            .kernel(compare_kernel<false>)
            .no_gradient("comparison results are piecewise constant")
            .onnx("GreaterOrEqual", 16)
            .example({"pairwise", {T("int64", {3}, {1, 2, 3}), T("int64", {3}, {2, 2, 2})}, {}, {T("bool", {3}, {0, 1, 1})}, "hand-derived"})
            .build());
}

}  // namespace tsr
