// Optimizer steps against hand-rolled loops of the torch.optim formulas, run over several steps.
#include <cmath>
#include <random>

#include "train_test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

// torch.optim.SGD, one parameter, written out.
struct RefSgd {
  double lr, momentum, decay;
  bool nesterov;
  std::vector<double> buf;
  void step(std::vector<double>& w, const std::vector<double>& g) {
    if (buf.empty()) buf.assign(w.size(), 0.0);
    for (size_t i = 0; i < w.size(); ++i) {
      double d = g[i] + decay * w[i];
      buf[i] = momentum * buf[i] + d;
      w[i] -= lr * (nesterov ? d + momentum * buf[i] : buf[i]);
    }
  }
};

// torch.optim.Adam / AdamW (amsgrad off), one parameter, written out.
struct RefAdam {
  double lr, b1, b2, eps, decay;
  bool decoupled;
  std::vector<double> m, v;
  int step_no = 0;
  void step(std::vector<double>& w, const std::vector<double>& grad) {
    if (m.empty()) m.assign(w.size(), 0.0), v.assign(w.size(), 0.0);
    ++step_no;
    const double bc1 = 1 - std::pow(b1, step_no), bc2 = 1 - std::pow(b2, step_no);
    for (size_t i = 0; i < w.size(); ++i) {
      double g = grad[i];
      if (decoupled) w[i] *= 1 - lr * decay;
      else g += decay * w[i];
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      const double denom = std::sqrt(v[i]) / std::sqrt(bc2) + eps;
      w[i] -= lr / bc1 * m[i] / denom;
    }
  }
};

std::vector<double> rand_vec(size_t n, std::mt19937& gen) {
  std::uniform_real_distribution<double> u(-1, 1);
  std::vector<double> v(n);
  for (auto& x : v) x = u(gen);
  return v;
}

void expect_near(const std::vector<double>& a, const std::vector<double>& b, double tol) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], tol * (1 + std::fabs(b[i]))) << i;
}

}  // namespace

TEST(SgdUpdate, SeveralStepsMatchTheTorchFormula) {
  std::mt19937 gen(31);
  for (bool nesterov : {false, true})
    for (double momentum : {0.0, 0.9}) {
      if (nesterov && momentum == 0) continue;
      SCOPED_TRACE("momentum " + std::to_string(momentum) + (nesterov ? " nesterov" : ""));
      const Shape s{3, 4};
      std::vector<double> w_ref = rand_vec(12, gen);
      RefSgd ref{0.05, momentum, 0.01, nesterov, {}};
      Tensor w = make<double>(s, w_ref), buf = Tensor::zeros(DType::Float64, s);
      for (int step = 0; step < 5; ++step) {
        auto g = rand_vec(12, gen);
        ref.step(w_ref, g);
        auto out = run_all("sgd_update", {w, make<double>(s, g), buf},
                           {f64("lr", 0.05), f64("momentum", momentum), f64("weight_decay", 0.01), boolean("nesterov", nesterov)});
        w = out[0];
        buf = out[1];
        expect_near(values<double>(w), w_ref, 1e-14);
        expect_near(values<double>(buf), ref.buf, 1e-14);
      }
    }
}

TEST(AdamUpdate, SeveralStepsMatchTheTorchFormula) {
  std::mt19937 gen(32);
  for (const char* name : {"adam_update", "adamw_update"}) {
    SCOPED_TRACE(name);
    const bool decoupled = std::string(name) == "adamw_update";
    const Shape s{5, 3};
    std::vector<double> w_ref = rand_vec(15, gen);
    RefAdam ref{1e-2, 0.8, 0.99, 1e-6, 0.05, decoupled, {}, {}};
    Tensor w = make<double>(s, w_ref), m = Tensor::zeros(DType::Float64, s), v = Tensor::zeros(DType::Float64, s);
    for (int step = 1; step <= 6; ++step) {
      auto g = rand_vec(15, gen);
      ref.step(w_ref, g);
      auto out = run_all(name, {w, make<double>(s, g), m, v},
                         {f64("lr", 1e-2), f64("beta1", 0.8), f64("beta2", 0.99), f64("epsilon", 1e-6), f64("weight_decay", 0.05),
                          i64("step", step)});
      w = out[0];
      m = out[1];
      v = out[2];
      expect_near(values<double>(w), w_ref, 1e-13);
      expect_near(values<double>(m), ref.m, 1e-13);
      expect_near(values<double>(v), ref.v, 1e-13);
    }
  }
}

TEST(AdamUpdate, DefaultsAreTorchDefaults) {
  // adam: weight_decay 0; adamw: weight_decay 0.01; both beta 0.9 / 0.999, epsilon 1e-8.
  std::vector<double> w1 = {0.3, -0.7}, w2 = w1;
  RefAdam a{1e-3, 0.9, 0.999, 1e-8, 0.0, false, {}, {}}, b{1e-3, 0.9, 0.999, 1e-8, 0.01, true, {}, {}};
  const std::vector<double> g = {0.2, -0.4};
  a.step(w1, g);
  b.step(w2, g);
  Tensor z = Tensor::zeros(DType::Float64, Shape{2});
  auto wa = values<double>(run("adam_update", {make<double>(Shape{2}, {0.3, -0.7}), make<double>(Shape{2}, g), z, z}, {f64("lr", 1e-3), i64("step", 1)}));
  auto wb = values<double>(run("adamw_update", {make<double>(Shape{2}, {0.3, -0.7}), make<double>(Shape{2}, g), z, z}, {f64("lr", 1e-3), i64("step", 1)}));
  expect_near(wa, w1, 1e-14);
  expect_near(wb, w2, 1e-14);
}

TEST(Optim, InputsAreNotModifiedAndFloat32LargeTensorsAgree) {
  std::mt19937 gen(33);
  const Shape s{1 << 18};
  Tensor w = random_tensor<float>(s, gen), g = random_tensor<float>(s, gen), m = random_tensor<float>(s, gen);
  Tensor v = random_tensor<float>(s, gen, 0, 1);
  auto w0 = values<float>(w), g0 = values<float>(g), m0 = values<float>(m), v0 = values<float>(v);
  auto out = run_all("adamw_update", {w, g, m, v}, {f64("lr", 0.1), i64("step", 10)});
  EXPECT_EQ(values<float>(w), w0);
  EXPECT_EQ(values<float>(g), g0);
  EXPECT_EQ(values<float>(m), m0);
  EXPECT_EQ(values<float>(v), v0);
  // Spot-check elements against the formula in double.
  auto wn = values<float>(out[0]);
  const double bc1 = 1 - std::pow(0.9, 10), bc2 = 1 - std::pow(0.999, 10);
  for (int64_t i : {int64_t{0}, int64_t{12345}, (int64_t{1} << 18) - 1}) {
    const double mi = 0.9 * m0[i] + 0.1 * g0[i], vi = 0.999 * v0[i] + 0.001 * g0[i] * g0[i];
    const double want = w0[i] * (1 - 0.1 * 0.01) - 0.1 / bc1 * mi / (std::sqrt(vi) / std::sqrt(bc2) + 1e-8);
    EXPECT_NEAR(wn[i], want, 1e-5 * (1 + std::fabs(want)));
  }
  auto sgd = run_all("sgd_update", {w, g, m}, {f64("lr", 0.5)});
  EXPECT_EQ(values<float>(m), m0);
  EXPECT_FLOAT_EQ(values<float>(sgd[0])[7], w0[7] - 0.5f * g0[7]);
  EXPECT_FLOAT_EQ(values<float>(sgd[1])[7], g0[7]);  // momentum 0: the buffer is the gradient
}

TEST(Optim, Errors) {
  Tensor w = Tensor::zeros(DType::Float32, Shape{3}), g = Tensor::zeros(DType::Float32, Shape{3});
  EXPECT_TSR_ERROR(run("sgd_update", {w, g, w}), Status::InvalidAttribute, "lr");  // required
  EXPECT_TSR_ERROR(run("sgd_update", {w, g, w}, {f64("lr", -1)}), Status::InvalidAttribute, "lr");
  EXPECT_TSR_ERROR(run("sgd_update", {w, g, w}, {f64("lr", NAN)}), Status::InvalidAttribute, "lr");
  EXPECT_TSR_ERROR(run("sgd_update", {w, g, w}, {f64("lr", 0.1), boolean("nesterov", true)}), Status::InvalidAttribute, "nesterov");
  EXPECT_TSR_ERROR(run("sgd_update", {w, Tensor::zeros(DType::Float32, Shape{4}), w}, {f64("lr", 0.1)}), Status::ShapeMismatch, "grad");
  EXPECT_TSR_ERROR(run("sgd_update", {w, g, Tensor::zeros(DType::Float64, Shape{3})}, {f64("lr", 0.1)}), Status::DTypeMismatch,
                   "momentum_buffer");
  EXPECT_TSR_ERROR(run("adam_update", {w, g, w, w}, {f64("lr", 0.1)}), Status::InvalidAttribute, "step");  // required
  EXPECT_TSR_ERROR(run("adam_update", {w, g, w, w}, {f64("lr", 0.1), i64("step", 0)}), Status::InvalidAttribute, "step");
  EXPECT_TSR_ERROR(run("adam_update", {w, g, w, w}, {f64("lr", 0.1), i64("step", 1), f64("beta1", 1)}), Status::InvalidAttribute, "beta1");
  EXPECT_TSR_ERROR(run("adamw_update", {w, g, w, w}, {f64("lr", 0.1), i64("step", 1), f64("beta2", 1.5)}), Status::InvalidAttribute, "beta2");
  EXPECT_TSR_ERROR(run("adamw_update", {w, g, w, Tensor::zeros(DType::Float32, Shape{3, 1})}, {f64("lr", 0.1), i64("step", 1)}),
                   Status::ShapeMismatch, "v");
  EXPECT_TSR_ERROR(run("adam_update", {make<int32_t>(Shape{1}, {1}), make<int32_t>(Shape{1}, {1}), make<int32_t>(Shape{1}, {1}),
                                       make<int32_t>(Shape{1}, {1})},
                       {f64("lr", 0.1), i64("step", 1)}),
                   Status::DTypeMismatch, "weight");
}

TEST(Optim, NoGradientAndNoOnnx) {
  for (const char* name : {"sgd_update", "adam_update", "adamw_update"}) {
    const OpDef& d = op(name);
    EXPECT_EQ(d.gradient.status, "none") << name;
    EXPECT_EQ(d.onnx.status, "unsupported") << name;
    EXPECT_EQ(d.family, "optim");
  }
}
