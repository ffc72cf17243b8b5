// The "activation" family against formulas written here from their definitions: special values
// (NaN, +-inf, +-0, large magnitudes), both float dtypes, attributes, prelu broadcasting, errors,
// and finite-difference checks of the gradients on every piece of the piecewise functions.
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <string>

#include "tessera/core/autograd.h"
#include "test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const std::vector<double> kValues = {kNaN, kInf, -kInf, 0.0, -0.0, 1e-300, -1e-300, 1e-8, -1e-8, 0.3, -0.3, 1, -1, 2.5, -2.5,
                                     2.9, -2.9, 3, -3, 3.5, -3.5, 6, -6, 20, -20, 40, -40, 100, -100, 800, -800, 1e300, -1e300};

Attr enum_attr(const char* name, int64_t index) {
  return {name, AttrRecordView{0, static_cast<int32_t>(AttrType::Enum), index, 0, nullptr, nullptr, nullptr, 0}};
}

using Ref = std::function<double(double)>;

// Runs `op` on kValues in float64 and float32; the reference is evaluated in double (on the
// float32-rounded input for float32).
void check(const char* op, const Ref& ref, std::vector<Attr> attrs = {}, double rel64 = 1e-13, double rel32 = 2e-6) {
  SCOPED_TRACE(op);
  const int64_t n = static_cast<int64_t>(kValues.size());
  auto got64 = values<double>(run(op, {make<double>(Shape{n}, kValues)}, attrs));
  std::vector<float> in32(kValues.begin(), kValues.end());
  auto got32 = values<float>(run(op, {make<float>(Shape{n}, in32)}, attrs));
  for (int64_t i = 0; i < n; ++i) {
    for (int pass = 0; pass < 2; ++pass) {
      const double x = pass == 0 ? kValues[i] : static_cast<double>(in32[i]);
      const double got = pass == 0 ? got64[i] : static_cast<double>(got32[i]);
      const double rel = pass == 0 ? rel64 : rel32;
      double want = ref(x);
      if (pass == 1 && std::isfinite(want) && std::fabs(want) > std::numeric_limits<float>::max()) want = std::copysign(kInf, want);
      SCOPED_TRACE(std::string(pass == 0 ? "float64" : "float32") + " x=" + std::to_string(x));
      if (std::isnan(want)) {
        EXPECT_TRUE(std::isnan(got)) << "got " << got;
      } else if (std::isinf(want) || std::isinf(got)) {
        EXPECT_EQ(got, want);
      } else {
        EXPECT_NEAR(got, want, rel * (1 + std::fabs(want)));
      }
    }
  }
}

// Limits at +-inf written explicitly so the references never compute inf * 0.
double gelu_ref(double x) {
  if (std::isinf(x)) return x > 0 ? x : 0;
  return 0.5 * x * (1 + std::erf(x / std::sqrt(2.0)));
}
double gelu_tanh_ref(double x) {
  if (std::isinf(x)) return x > 0 ? x : 0;
  const double k = std::sqrt(2 / M_PI);
  return 0.5 * x * (1 + std::tanh(k * (x + 0.044715 * x * x * x)));
}
double softplus_ref(double x) { return std::max(x, 0.0) + std::log1p(std::exp(-std::fabs(x))); }

}  // namespace

TEST(Activation, LeakyRelu) {
  check("leaky_relu", [](double x) { return x >= 0 ? x : 0.01 * x; });
  check("leaky_relu", [](double x) { return x >= 0 ? x : 0.3 * x; }, {f64("alpha", 0.3)});
}

TEST(Activation, ExponentialFamily) {
  check("elu", [](double x) { return x > 0 ? x : std::exp(x) - 1; }, {}, 1e-13);
  check("elu", [](double x) { return x > 0 ? x : 0.5 * (std::exp(x) - 1); }, {f64("alpha", 0.5)});
  const double a = 1.67326319217681884765625, g = 1.05070102214813232421875;
  check("selu", [&](double x) { return g * (x > 0 ? x : a * (std::exp(x) - 1)); });
  check("selu", [](double x) { return 2 * (x > 0 ? x : 3 * (std::exp(x) - 1)); }, {f64("alpha", 3), f64("gamma", 2)});
  auto celu = [](double alpha) {
    return [alpha](double x) { return std::max(0.0, x) + std::min(0.0, alpha * (std::exp(x / alpha) - 1)); };
  };
  check("celu", [&](double x) { return std::isnan(x) ? x : celu(1.0)(x); });
  check("celu", [&](double x) { return std::isnan(x) ? x : celu(2.0)(x); }, {f64("alpha", 2)});
  // Negative alpha keeps the formula's meaning (continuous, y = x for x > 0).
  check("celu", [&](double x) { return std::isnan(x) ? x : celu(-0.5)(x); }, {f64("alpha", -0.5)});
}

TEST(Activation, GeluBothForms) {
  check("gelu", gelu_ref);
  check("gelu", gelu_ref, {enum_attr("approximate", 0)});
  check("gelu", gelu_tanh_ref, {enum_attr("approximate", 1)});
  // The exact form keeps relative precision far in the negative tail.
  auto tail = values<double>(run("gelu", {make<double>(Shape{1}, {-10})}));
  const double want = -10 * 0.5 * std::erfc(10 / std::sqrt(2.0));  // about -7.6e-23
  EXPECT_NEAR(tail[0], want, 1e-13 * std::fabs(want));
}

TEST(Activation, HardSigmoidAndHardSwish) {
  auto hs = [](double alpha, double beta) {
    return [alpha, beta](double x) { return std::isnan(x) ? x : std::max(0.0, std::min(1.0, alpha * x + beta)); };
  };
  check("hard_sigmoid", hs(0.2, 0.5));
  check("hard_sigmoid", hs(1, 0), {f64("alpha", 1), f64("beta", 0)});
  check("hard_swish", [](double x) {
    if (std::isnan(x)) return x;
    if (x <= -3) return 0.0;
    return x * std::min(1.0, x / 6 + 0.5);
  });
}

TEST(Activation, SmoothFunctions) {
  check("softplus", softplus_ref);
  check("softsign", [](double x) { return std::isinf(x) ? std::copysign(1.0, x) : x / (1 + std::fabs(x)); });
  check("mish", [](double x) { return x == -kInf ? 0.0 : x * std::tanh(softplus_ref(x)); });
  check("silu", [](double x) { return x == -kInf ? 0.0 : x / (1 + std::exp(-x)); });
  // No overflow far from 0.
  auto sp = values<float>(run("softplus", {make<float>(Shape{2}, {1000.f, -1000.f})}));
  EXPECT_EQ(sp[0], 1000.f);
  EXPECT_EQ(sp[1], 0.f);
}

TEST(Activation, LargeInputsUseEveryPath) {
  const int64_t n = 200003;
  std::vector<double> v(n);
  std::mt19937 g(5);
  std::uniform_real_distribution<double> u(-8, 8);
  for (auto& x : v) x = u(g);
  Tensor x = make<double>(Shape{n}, v);
  auto gl = values<double>(run("gelu", {x}, {enum_attr("approximate", 1)}));
  auto si = values<double>(run("silu", {run("transpose", {x.reshape(Shape{1, n})})}));
  for (int64_t i = 0; i < n; ++i) {
    ASSERT_NEAR(gl[i], gelu_tanh_ref(v[i]), 1e-13) << i;
    ASSERT_NEAR(si[i], v[i] / (1 + std::exp(-v[i])), 1e-13) << i;
  }
}

TEST(Activation, PreluSlopeBroadcastsPerChannel) {
  // x [N=2, C=3, H=2, W=2], slope [3, 1, 1]
  std::vector<float> xv(24);
  for (int i = 0; i < 24; ++i) xv[i] = static_cast<float>((i % 5) - 2) * 1.5f;
  const std::vector<float> sv = {0.1f, -2.0f, 0.25f};
  Tensor y = run("prelu", {make<float>(Shape{2, 3, 2, 2}, xv), make<float>(Shape{3, 1, 1}, sv)});
  EXPECT_EQ(y.shape(), (Shape{2, 3, 2, 2}));
  auto got = values<float>(y);
  for (int n = 0; n < 2; ++n)
    for (int c = 0; c < 3; ++c)
      for (int k = 0; k < 4; ++k) {
        const int i = (n * 3 + c) * 4 + k;
        EXPECT_EQ(got[i], xv[i] >= 0 ? xv[i] : sv[c] * xv[i]) << i;
      }
  // A scalar slope, and integers.
  EXPECT_EQ(values<double>(run("prelu", {make<double>(Shape{3}, {-2, 0, 2}), make<double>(Shape{}, {0.5})})), (std::vector<double>{-1, 0, 2}));
  EXPECT_EQ(values<int32_t>(run("prelu", {make<int32_t>(Shape{3}, {-2, 0, 2}), make<int32_t>(Shape{3}, {3, 3, 3})})), (std::vector<int32_t>{-6, 0, 2}));
}

TEST(Activation, Errors) {
  Tensor x = make<float>(Shape{2, 3}, {1, 2, 3, 4, 5, 6});
  EXPECT_TSR_ERROR(run("prelu", {x, make<float>(Shape{2}, {1, 2})}), Status::ShapeMismatch, "slope");
  EXPECT_TSR_ERROR(run("prelu", {x, make<float>(Shape{4, 2, 3}, std::vector<float>(24, 1))}), Status::ShapeMismatch, "slope");
  EXPECT_TSR_ERROR(run("prelu", {x, make<double>(Shape{3}, {1, 2, 3})}), Status::DTypeMismatch, "slope");
  EXPECT_TSR_ERROR(run("celu", {x}, {f64("alpha", 0)}), Status::InvalidAttribute, "alpha");
  EXPECT_TSR_ERROR(run("celu", {x}, {f64("alpha", kNaN)}), Status::InvalidAttribute, "alpha");
  EXPECT_TSR_ERROR(run("gelu", {x}, {enum_attr("approximate", 2)}), Status::InvalidAttribute, "approximate");
  EXPECT_TSR_ERROR(run("gelu", {x}, {i64("approximate", 1)}), Status::InvalidAttribute, "approximate");
  for (const char* op : {"leaky_relu", "elu", "selu", "celu", "gelu", "hard_sigmoid", "hard_swish", "softplus", "softsign", "mish", "silu"}) {
    SCOPED_TRACE(op);
    EXPECT_TSR_ERROR(run(op, {make<int32_t>(Shape{1}, {1})}), Status::DTypeMismatch, "x");
  }
}

// ---- gradients: finite differences on inputs that cover every piece -------------------------

namespace {
struct Recording {
  bool prev;
  Recording() : prev(autograd::set_recording(true)) {}
  ~Recording() { autograd::set_recording(prev); }
};

double weighted(const Tensor& y, const std::vector<double>& w) {
  auto v = values<double>(y);
  double s = 0;
  for (size_t i = 0; i < v.size(); ++i) s += v[i] * w[i];
  return s;
}

// Compares the tape's gradient of sum(w * op(inputs)) with central differences, for every input.
void check_gradient(const char* op, std::vector<Tensor> in, std::vector<Attr> attrs = {}) {
  SCOPED_TRACE(op);
  for (auto& t : in) autograd::attach_grad(t);
  Tensor y;
  {
    Recording r;
    y = run(op, in, attrs);
  }
  std::vector<double> w(y.numel());
  std::mt19937 g(9);
  std::uniform_real_distribution<double> u(-1, 1);
  for (auto& v : w) v = u(g);
  autograd::backward({y}, {make<double>(y.shape(), w)});
  const double eps = 1e-6;
  for (size_t k = 0; k < in.size(); ++k) {
    auto analytic = values<double>(in[k].autograd_meta()->grad);
    std::vector<Tensor> probe;
    for (auto& t : in) probe.push_back(autograd::detach(t));
    Tensor xk = Tensor::empty(DType::Float64, in[k].shape());
    xk.copy_from(in[k]);
    probe[k] = xk;
    for (int64_t i = 0; i < xk.numel(); ++i) {
      double* p = xk.data_as<double>() + i;
      const double orig = *p;
      *p = orig + eps;
      const double up = weighted(run(op, probe, attrs), w);
      *p = orig - eps;
      const double down = weighted(run(op, probe, attrs), w);
      *p = orig;
      const double numeric = (up - down) / (2 * eps);
      EXPECT_NEAR(analytic[i], numeric, 1e-6 * (1 + std::fabs(numeric))) << "input " << k << " element " << i;
    }
  }
}

// Points on every piece of the piecewise activations, away from the kinks.
Tensor pieces() { return make<double>(Shape{10}, {-5.1, -3.7, -2.9, -1.2, -0.4, 0.35, 1.1, 2.6, 3.4, 4.8}); }
}  // namespace

TEST(Activation, GradientsMatchFiniteDifferencesOnEveryPiece) {
  check_gradient("leaky_relu", {pieces()}, {f64("alpha", 0.3)});
  check_gradient("elu", {pieces()}, {f64("alpha", 0.7)});
  check_gradient("selu", {pieces()});
  check_gradient("celu", {pieces()}, {f64("alpha", 2)});
  check_gradient("gelu", {pieces()});
  check_gradient("gelu", {pieces()}, {enum_attr("approximate", 1)});
  check_gradient("hard_sigmoid", {pieces()});
  check_gradient("hard_sigmoid", {pieces()}, {f64("alpha", 0.5), f64("beta", 0.3)});  // kinks at -0.6 and 1.4
  check_gradient("hard_swish", {pieces()});
  check_gradient("softplus", {pieces()});
  check_gradient("softsign", {pieces()});
  check_gradient("mish", {pieces()});
  check_gradient("silu", {pieces()});
  // prelu: both x and the per-column slope (unbroadcast over rows).
  check_gradient("prelu", {make<double>(Shape{2, 5}, {-5.1, -3.7, -2.9, -1.2, -0.4, 0.35, 1.1, -2.6, 3.4, 4.8}),
                           make<double>(Shape{5}, {0.1, -0.5, 2, 0.3, 1.5})});
}
