// Autograd: tape semantics, and a finite-difference check of every differentiable operator's
// gradient (float64, random inputs shaped like the operator's first registry example).
#include <cmath>
#include <random>
#include <algorithm>
#include <map>
#include <set>

#include "tessera/core/autograd.h"
#include "test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

struct Recording {
  bool prev;
  Recording() : prev(autograd::set_recording(true)) {}
  ~Recording() { autograd::set_recording(prev); }
};

std::vector<double> vals(const Tensor& t) { return values<double>(t); }

}  // namespace

TEST(Autograd, ChainRuleThroughSeveralOperators) {
  // y = sum(x * x + 3x) -> dy/dx = 2x + 3
  Tensor x = make<double>(Shape{3}, {1, -2, 0.5});
  autograd::attach_grad(x);
  Tensor y;
  {
    Recording r;
    Tensor three = make<double>(Shape{}, {3});
    y = run("sum", {run("add", {run("mul", {x, x}), run("mul", {x, three})})});
  }
  autograd::backward({y}, {});
  auto g = vals(x.autograd_meta()->grad);
  EXPECT_DOUBLE_EQ(g[0], 5);
  EXPECT_DOUBLE_EQ(g[1], -1);
  EXPECT_DOUBLE_EQ(g[2], 4);
}

TEST(Autograd, GradientsAccumulateAcrossBackwardCalls) {
  Tensor x = make<double>(Shape{2}, {1, 2});
  autograd::attach_grad(x);
  for (int k = 0; k < 2; ++k) {
    Tensor y;
    {
      Recording r;
      y = run("sum", {run("mul", {x, make<double>(Shape{}, {4})})});
    }
    autograd::backward({y}, {});
  }
  EXPECT_EQ(vals(x.autograd_meta()->grad), (std::vector<double>{8, 8}));
}

TEST(Autograd, HeadGradientScalesAndBroadcastIsUnreduced) {
  Tensor a = make<double>(Shape{2, 3}, {1, 2, 3, 4, 5, 6});
  Tensor b = make<double>(Shape{3}, {1, 1, 1});
  autograd::attach_grad(a);
  autograd::attach_grad(b);
  Tensor y;
  {
    Recording r;
    y = run("add", {a, b});
  }
  autograd::backward({y}, {make<double>(Shape{2, 3}, {1, 2, 3, 4, 5, 6})});
  EXPECT_EQ(vals(a.autograd_meta()->grad), (std::vector<double>{1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(vals(b.autograd_meta()->grad), (std::vector<double>{5, 7, 9}));
}

TEST(Autograd, NothingIsRecordedOutsideAScopeOrThroughDetach) {
  Tensor x = make<double>(Shape{2}, {1, 2});
  autograd::attach_grad(x);
  Tensor y = run("exp", {x});  // not recording
  EXPECT_FALSE(autograd::requires_grad(y));
  Tensor z;
  {
    Recording r;
    z = run("exp", {autograd::detach(x)});
  }
  EXPECT_FALSE(autograd::requires_grad(z));
  EXPECT_THROW(autograd::backward({z}, {}), Error);
}

TEST(Autograd, WrongHeadGradientShapeIsAnError) {
  Tensor x = make<double>(Shape{2}, {1, 2});
  autograd::attach_grad(x);
  Tensor y;
  {
    Recording r;
    y = run("exp", {x});
  }
  EXPECT_TSR_ERROR(autograd::backward({y}, {make<double>(Shape{3}, {1, 1, 1})}), Status::ShapeMismatch, "head_grads");
}

TEST(Autograd, ViewsKeepTheirOwnIdentity) {
  // reshape of a contiguous tensor shares the Tensor object's fields; its output must still be
  // a new node, not the input itself.
  Tensor x = make<double>(Shape{2, 2}, {1, 2, 3, 4});
  autograd::attach_grad(x);
  Tensor y;
  {
    Recording r;
    y = run("sum", {run("mul", {run("reshape", {x}, {ints("shape", {4})}), make<double>(Shape{4}, {1, 2, 3, 4})})});
  }
  autograd::backward({y}, {});
  EXPECT_EQ(vals(x.autograd_meta()->grad), (std::vector<double>{1, 2, 3, 4}));
}

// ---- finite differences over the registry ----------------------------------------------------

namespace {

// Where an operator's domain needs other inputs than the default (magnitudes in [0.5, 1.5]
// with random signs, away from kinks at 0): {lo, hi, random sign}.
struct InputRange {
  double lo, hi;
  bool signed_;
};
const std::map<std::string, InputRange> kInputRanges = {
    {"log", {0.5, 1.5, false}},
    {"sqrt", {0.5, 1.5, false}},
    {"pow", {0.5, 1.5, false}},
    // math family: inverse functions inside their domains; rounding away from its jumps.
    {"asin", {0.1, 0.9, true}},
    {"acos", {0.1, 0.9, true}},
    {"atanh", {0.1, 0.9, true}},
    {"acosh", {1.2, 2.5, false}},
    {"floor", {0.1, 0.4, true}},
    {"ceil", {0.1, 0.4, true}},
    {"round", {0.1, 0.4, true}},
    // loss family: probabilities (and soft targets) inside (0, 1).
    {"binary_cross_entropy", {0.05, 0.95, false}},
    // nn family: batch_norm's variance input must stay positive.
    {"batch_norm", {0.5, 1.5, false}},
};

// Float inputs of the example become random float64 values of the same shape; inputs that
// cannot be float64 (bool conditions, integer indices) keep the example's values.
Tensor random_like(const TensorDef& def, const ExampleTensor& e, std::mt19937& gen, const InputRange& range) {
  if (!dtype_in(DType::Float64, def.dtypes)) return from_example(e);
  Shape s = Shape::of(e.shape.data(), static_cast<int64_t>(e.shape.size()));
  Tensor t = Tensor::empty(DType::Float64, s);
  std::uniform_real_distribution<double> mag(range.lo, range.hi);
  std::bernoulli_distribution sign(0.5);
  for (int64_t i = 0; i < t.numel(); ++i) t.data_as<double>()[i] = mag(gen) * (range.signed_ && sign(gen) ? -1 : 1);
  return t;
}

Tensor forward(const OpDef& op, const std::vector<Tensor>& in, const std::vector<AttrRecordView>& recs) {
  std::vector<const Tensor*> ptrs;
  for (const auto& t : in) ptrs.push_back(&t);
  OpCall c;
  invoke(op, ptrs.data(), static_cast<int>(ptrs.size()), recs.data(), static_cast<int>(recs.size()), c);
  return c.outputs[0];
}

double weighted_sum(const Tensor& y, const std::vector<double>& w) {
  auto v = values<double>(y);
  double s = 0;
  for (size_t i = 0; i < v.size(); ++i) s += v[i] * w[i];
  return s;
}

}  // namespace

TEST(Autograd, EveryOperatorHasAGradientOrAReason) {
  for (const auto& op : Registry::get().ops()) {
    if (op.gradient.status == "none") EXPECT_FALSE(op.gradient.reason.empty()) << op.name;
    else EXPECT_EQ(op.gradient.status, "defined") << op.name << " has only a planned gradient";
  }
}

TEST(Autograd, FiniteDifferencesMatchEveryGradient) {
  std::mt19937 gen(1234);
  int checked = 0;
  for (const auto& op : Registry::get().ops()) {
    if (!op.gradient.fn) continue;
    SCOPED_TRACE(op.name);
    const Example& ex = op.examples.front();
    std::vector<Tensor> in;
    auto range_it = kInputRanges.find(op.name);
    const InputRange range = range_it != kInputRanges.end() ? range_it->second : InputRange{0.5, 1.5, true};
    for (size_t k = 0; k < ex.inputs.size(); ++k) {
      const TensorDef& def = op.inputs[std::min(k, op.inputs.size() - 1)];
      in.push_back(random_like(def, ex.inputs[k], gen, range));
    }
    ExampleAttrs attrs(op, ex);
    for (auto& r : attrs.recs)
      if (op.attrs[r.slot].type == AttrType::DType) r.i = static_cast<int64_t>(DType::Float64);  // float-to-float cast
    const std::vector<AttrRecordView>& recs = attrs.recs;
    // Analytical: backward of y with a random head gradient w, i.e. d(sum(w * y)).
    for (auto& t : in)
      if (t.dtype() == DType::Float64) autograd::attach_grad(t);
    Tensor y;
    {
      Recording r;
      y = forward(op, in, recs);
    }
    std::vector<double> w(y.numel());
    std::uniform_real_distribution<double> u(-1, 1);
    for (auto& v : w) v = u(gen);
    autograd::backward({y}, {make<double>(y.shape(), w)});
    // Numerical: central differences on each element of each float input.
    const double eps = 1e-6;
    for (size_t k = 0; k < in.size(); ++k) {
      if (in[k].dtype() != DType::Float64) continue;
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
        const double up = weighted_sum(forward(op, probe, recs), w);
        *p = orig - eps;
        const double down = weighted_sum(forward(op, probe, recs), w);
        *p = orig;
        const double numeric = (up - down) / (2 * eps);
        EXPECT_NEAR(analytic[i], numeric, 1e-6 * (1 + std::fabs(numeric))) << "input " << k << " element " << i;
      }
    }
    ++checked;
  }
  EXPECT_GE(checked, 25);
}
