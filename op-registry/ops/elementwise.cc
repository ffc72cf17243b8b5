// Element-wise arithmetic: binary ops with NumPy broadcasting and unary math.
#include <cmath>
#include <limits>
#include <type_traits>

#include "common.h"
#include "tessera/core/kernels/elementwise.h"

namespace tsr {
namespace {
using ops::infer_binary_same;
using ops::infer_unary_same;

// Runs `F` on every numeric dtype; F::apply<T>(a, b) returns T.
template <typename F>
void binary_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) map_binary<T, T, T>(c.in(0), c.in(1), c.outputs[0], [](T a, T b) { return F::template apply<T>(a, b); });
  });
}

struct Add { template <typename T> static T apply(T a, T b) { return static_cast<T>(a + b); } };
struct Sub { template <typename T> static T apply(T a, T b) { return static_cast<T>(a - b); } };
struct Mul { template <typename T> static T apply(T a, T b) { return static_cast<T>(a * b); } };
struct Div {
  template <typename T> static T apply(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
      return a / b;
    } else {
      // Integer division truncates (as ONNX Div); x / 0 gives 0 instead of trapping, and the
      // one overflowing case (MIN / -1) wraps.
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<T>) {
        if (b == -1) return static_cast<T>(0 - static_cast<std::make_unsigned_t<T>>(a));
      }
      return static_cast<T>(a / b);
    }
  }
};
struct Pow {
  template <typename T> static T apply(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
      return std::pow(a, b);
    } else {
      if constexpr (std::is_signed_v<T>) {
        if (b < 0) return a == 1 ? 1 : (a == -1 ? ((b & 1) ? -1 : 1) : 0);
      }
      using U = std::make_unsigned_t<T>;
      U base = static_cast<U>(a), r = 1;
      for (auto e = static_cast<std::make_unsigned_t<T>>(b); e; e >>= 1) {
        if (e & 1) r = static_cast<U>(r * base);
        base = static_cast<U>(base * base);
      }
      return static_cast<T>(r);
    }
  }
};
struct Maximum {
  template <typename T> static T apply(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
    }
    return a > b ? a : b;
  }
};
struct Minimum {
  template <typename T> static T apply(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
    }
    return a < b ? a : b;
  }
};

template <typename F>
void unary_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) map_unary<T, T>(c.in(0), c.outputs[0], [](T x) { return F::template apply<T>(x); });
  });
}

struct Neg { template <typename T> static T apply(T x) { return static_cast<T>(-x); } };
struct Abs { template <typename T> static T apply(T x) { return x < 0 ? static_cast<T>(-x) : x; } };
struct Relu { template <typename T> static T apply(T x) { return x > 0 ? x : T(0); } };
struct Exp { template <typename T> static T apply(T x) { return std::exp(x); } };
struct Log { template <typename T> static T apply(T x) { return std::log(x); } };
struct Sqrt { template <typename T> static T apply(T x) { return std::sqrt(x); } };
struct Tanh { template <typename T> static T apply(T x) { return std::tanh(x); } };
struct Sigmoid {
  // Split by sign so exp never overflows.
  template <typename T> static T apply(T x) {
    if (x >= 0) return T(1) / (T(1) + std::exp(-x));
    T e = std::exp(x);
    return e / (T(1) + e);
  }
};

// ---- gradients (written with registered operators) ---------------------------------------
using grad::call;
using grad::scalar;
using grad::unbroadcast;

void set_binary_grads(GradCtx& g, const Tensor& da, const Tensor& db) {
  if (g.needs[0]) g.grad_in[0] = unbroadcast(da, g.in(0).shape());
  if (g.needs[1]) g.grad_in[1] = unbroadcast(db, g.in(1).shape());
}
void add_grad(GradCtx& g) { set_binary_grads(g, g.dy(), g.dy()); }
void sub_grad(GradCtx& g) { set_binary_grads(g, g.dy(), g.needs[1] ? call("neg", {g.dy()}) : Tensor()); }
void mul_grad(GradCtx& g) {
  set_binary_grads(g, g.needs[0] ? call("mul", {g.dy(), g.in(1)}) : Tensor(), g.needs[1] ? call("mul", {g.dy(), g.in(0)}) : Tensor());
}
void div_grad(GradCtx& g) {
  // d(a/b)/da = 1/b; d(a/b)/db = -y/b
  Tensor da = g.needs[0] ? call("div", {g.dy(), g.in(1)}) : Tensor();
  Tensor db = g.needs[1] ? call("neg", {call("div", {call("mul", {g.dy(), g.out()}), g.in(1)})}) : Tensor();
  set_binary_grads(g, da, db);
}
void pow_grad(GradCtx& g) {
  const Tensor &a = g.in(0), &b = g.in(1);
  Tensor da, db;
  if (g.needs[0]) {
    Tensor bm1 = call("sub", {b, scalar(1, b.dtype())});
    da = call("mul", {g.dy(), call("mul", {b, call("pow", {a, bm1})})});
  }
  if (g.needs[1]) db = call("mul", {g.dy(), call("mul", {g.out(), call("log", {a})})});
  set_binary_grads(g, da, db);
}
// The gradient goes to b where `b_wins`, else to a.
void select_grad(GradCtx& g, const Tensor& b_wins) {
  Tensor zero = scalar(0, g.dy().dtype());
  set_binary_grads(g, g.needs[0] ? call("where", {b_wins, zero, g.dy()}) : Tensor(),
                   g.needs[1] ? call("where", {b_wins, g.dy(), zero}) : Tensor());
}
void maximum_grad(GradCtx& g) { select_grad(g, call("less", {g.in(0), g.in(1)})); }
void minimum_grad(GradCtx& g) { select_grad(g, call("greater", {g.in(0), g.in(1)})); }

void neg_grad(GradCtx& g) { g.grad_in[0] = call("neg", {g.dy()}); }
void abs_grad(GradCtx& g) {
  Tensor zero = scalar(0, g.in(0).dtype());
  Tensor neg_dy = call("neg", {g.dy()});
  g.grad_in[0] = call("where", {call("greater", {g.in(0), zero}), g.dy(), call("where", {call("less", {g.in(0), zero}), neg_dy, zero})});
}
void relu_grad(GradCtx& g) {
  Tensor zero = scalar(0, g.in(0).dtype());
  g.grad_in[0] = call("where", {call("greater", {g.in(0), zero}), g.dy(), zero});
}
void exp_grad(GradCtx& g) { g.grad_in[0] = call("mul", {g.dy(), g.out()}); }
void log_grad(GradCtx& g) { g.grad_in[0] = call("div", {g.dy(), g.in(0)}); }
void sqrt_grad(GradCtx& g) { g.grad_in[0] = call("div", {g.dy(), call("mul", {g.out(), scalar(2, g.out().dtype())})}); }
void tanh_grad(GradCtx& g) {
  const Tensor& y = g.out();
  g.grad_in[0] = call("mul", {g.dy(), call("sub", {scalar(1, y.dtype()), call("mul", {y, y})})});
}
void sigmoid_grad(GradCtx& g) {
  const Tensor& y = g.out();
  g.grad_in[0] = call("mul", {g.dy(), call("mul", {y, call("sub", {scalar(1, y.dtype()), y})})});
}

const char* kBroadcastDoc = "Inputs broadcast against each other with NumPy rules and must share one dtype.";

void add_binary(Registry& r, const char* name, const char* summary, KernelFn k, GradFn gfn, const char* gradient,
                const char* onnx_type, int since, Example ex, DTypeSet dtypes = kNumeric) {
  r.add(OpBuilder(name, "elementwise", __FILE__)
            .summary(summary)
            .doc(kBroadcastDoc)
            .input("a", "First operand.", dtypes)
            .input("b", "Second operand, broadcast against a.", dtypes)
            .output("y", "Result with the broadcast shape and the inputs' dtype.", dtypes)
            .infer(infer_binary_same)
            .kernel(k)
            .gradient(gradient, gfn)
            .onnx(onnx_type, since)
            .example(std::move(ex))
            .build());
}

void add_unary(Registry& r, const char* name, const char* summary, DTypeSet dtypes, KernelFn k, GradFn gfn,
               const char* gradient, const char* onnx_type, int since, Example ex) {
  r.add(OpBuilder(name, "elementwise", __FILE__)
            .summary(summary)
            .input("x", "Input tensor.", dtypes)
            .output("y", "Result with x's shape and dtype.", dtypes)
            .infer(infer_unary_same)
            .kernel(k)
            .gradient(gradient, gfn)
            .onnx(onnx_type, since)
            .example(std::move(ex))
            .build());
}

}  // namespace

void register_elementwise_ops(Registry& r) {
  add_binary(r, "add", "Element-wise sum a + b.", binary_kernel<Add>, add_grad, "da = unbroadcast(dy, a); db = unbroadcast(dy, b)", "Add", 7,
             {"row broadcast over a matrix", {T("float32", {2, 3}, {1, 2, 3, 4, 5, 6}), T("float32", {3}, {10, 20, 30})}, {},
              {T("float32", {2, 3}, {11, 22, 33, 14, 25, 36})}, "hand-derived"});
  add_binary(r, "sub", "Element-wise difference a - b.", binary_kernel<Sub>, sub_grad, "da = unbroadcast(dy, a); db = -unbroadcast(dy, b)", "Sub", 7,
             {"scalar broadcast", {T("int32", {3}, {5, 7, 9}), T("int32", {}, {2})}, {}, {T("int32", {3}, {3, 5, 7})}, "hand-derived"});
  add_binary(r, "mul", "Element-wise product a * b.", binary_kernel<Mul>, mul_grad, "da = unbroadcast(dy * b, a); db = unbroadcast(dy * a, b)", "Mul", 7,
             {"column broadcast", {T("float64", {2, 1}, {2, 3}), T("float64", {1, 3}, {1, 10, 100})}, {},
              {T("float64", {2, 3}, {2, 20, 200, 3, 30, 300})}, "hand-derived"});
  add_binary(r, "div", "Element-wise quotient a / b (integers truncate toward zero; x / 0 is 0 for integers).",
             binary_kernel<Div>, div_grad, "da = unbroadcast(dy / b, a); db = unbroadcast(-dy * a / (b * b), b)", "Div", 7,
             {"floats and truncating integers", {T("int64", {4}, {7, -7, 9, 1}), T("int64", {4}, {2, 2, -4, 0})}, {},
              {T("int64", {4}, {3, -3, -2, 0})}, "hand-derived (C/ONNX truncation; engine-defined 0 for x/0)"});
  add_binary(r, "pow", "Element-wise power a ** b (integer powers by repeated squaring; negative integer exponents give 0 unless |a| = 1).",
             binary_kernel<Pow>, pow_grad, "da = unbroadcast(dy * b * a ** (b - 1), a); db = unbroadcast(dy * log(a) * a ** b, b)", "Pow", 15,
             {"squares and roots", {T("float32", {3}, {2, 9, 4}), T("float32", {3}, {3, 0.5, -1})}, {},
              {T("float32", {3}, {8, 3, 0.25})}, "hand-derived"});
  add_binary(r, "maximum", "Element-wise maximum of a and b (NaN if either is NaN).", binary_kernel<Maximum>, maximum_grad,
             "da = unbroadcast(dy * (a >= b), a); db = unbroadcast(dy * (a < b), b)", "Max", 12,
             {"pairwise", {T("float32", {3}, {1, 5, -2}), T("float32", {3}, {3, 4, -1})}, {}, {T("float32", {3}, {3, 5, -1})}, "hand-derived"});
  add_binary(r, "minimum", "Element-wise minimum of a and b (NaN if either is NaN).", binary_kernel<Minimum>, minimum_grad,
             "da = unbroadcast(dy * (a <= b), a); db = unbroadcast(dy * (a > b), b)", "Min", 12,
             {"pairwise", {T("int32", {3}, {1, 5, -2}), T("int32", {3}, {3, 4, -1})}, {}, {T("int32", {3}, {1, 4, -2})}, "hand-derived"});

  add_unary(r, "neg", "Element-wise negation -x.", kSigned, unary_kernel<Neg>, neg_grad, "dx = -dy", "Neg", 13,
            {"signs flip", {T("int64", {3}, {1, -2, 0})}, {}, {T("int64", {3}, {-1, 2, 0})}, "hand-derived"});
  add_unary(r, "abs", "Element-wise absolute value |x|.", kNumeric, unary_kernel<Abs>, abs_grad, "dx = dy * sign(x)", "Abs", 13,
            {"magnitudes", {T("float32", {3}, {-1.5, 0, 2})}, {}, {T("float32", {3}, {1.5, 0, 2})}, "hand-derived"});
  add_unary(r, "relu", "Rectified linear unit max(x, 0).", kSigned, unary_kernel<Relu>, relu_grad, "dx = dy * (x > 0)", "Relu", 14,
            {"negatives clamp to zero", {T("float32", {4}, {-2, -0.5, 0, 3})}, {}, {T("float32", {4}, {0, 0, 0, 3})}, "hand-derived"});
  add_unary(r, "exp", "Element-wise natural exponential e^x.", kFloats, unary_kernel<Exp>, exp_grad, "dx = dy * y", "Exp", 13,
            {"e^0, e^1, e^-1", {T("float64", {3}, {0, 1, -1})}, {}, {T("float64", {3}, {1, 2.718281828459045, 0.36787944117144233})}, "hand-derived (math constants)"});
  add_unary(r, "log", "Element-wise natural logarithm (NaN below 0, -inf at 0).", kFloats, unary_kernel<Log>, log_grad, "dx = dy / x", "Log", 13,
            {"log of powers of e", {T("float64", {3}, {1, 2.718281828459045, 7.38905609893065})}, {}, {T("float64", {3}, {0, 1, 2})}, "hand-derived (math constants)"});
  add_unary(r, "sqrt", "Element-wise square root (NaN below 0).", kFloats, unary_kernel<Sqrt>, sqrt_grad, "dx = dy / (2 * y)", "Sqrt", 13,
            {"perfect squares", {T("float32", {3}, {0, 4, 2.25})}, {}, {T("float32", {3}, {0, 2, 1.5})}, "hand-derived"});
  add_unary(r, "tanh", "Element-wise hyperbolic tangent.", kFloats, unary_kernel<Tanh>, tanh_grad, "dx = dy * (1 - y * y)", "Tanh", 13,
            {"odd function", {T("float64", {3}, {0, 0.5493061443340549, -0.5493061443340549})}, {}, {T("float64", {3}, {0, 0.5, -0.5})}, "hand-derived (atanh(0.5) = ln(3)/2)"});
  add_unary(r, "sigmoid", "Element-wise logistic function 1 / (1 + e^-x).", kFloats, unary_kernel<Sigmoid>, sigmoid_grad, "dx = dy * y * (1 - y)", "Sigmoid", 13,
            {"symmetric around 0.5", {T("float64", {3}, {0, 1.0986122886681098, -1.0986122886681098})}, {}, {T("float64", {3}, {0.5, 0.75, 0.25})}, "hand-derived (ln 3)"});
}

}  // namespace tsr
