// Loss operators against the PyTorch-documented formulas written out here in double precision.
#include <cmath>
#include <limits>
#include <random>

#include "train_test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

Attr reduction(const char* op_name, const char* v) { return enum_of(op_name, "reduction", v); }

// Per-element cross-entropy of x [N, C, inner] with labels [N, inner]; ignored elements give 0.
std::vector<double> ref_class_loss(const std::vector<double>& x, const std::vector<int64_t>& labels, int64_t n, int64_t c, int64_t inner,
                                   int64_t ignore, bool softmax) {
  std::vector<double> out(n * inner, 0.0);
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < inner; ++j) {
      const int64_t lab = labels[i * inner + j];
      if (lab == ignore) continue;
      auto at = [&](int64_t k) { return x[(i * c + k) * inner + j]; };
      if (!softmax) {
        out[i * inner + j] = -at(lab);
        continue;
      }
      double m = -INFINITY, s = 0;
      for (int64_t k = 0; k < c; ++k) m = std::max(m, at(k));
      for (int64_t k = 0; k < c; ++k) s += std::exp(at(k) - m);
      out[i * inner + j] = m + std::log(s) - at(lab);
    }
  return out;
}

double reduce_ref(const std::vector<double>& v, const std::string& how, int64_t count) {
  double s = 0;
  for (double x : v) s += x;
  return how == "sum" ? s : s / static_cast<double>(count);
}

}  // namespace

TEST(SoftmaxCrossEntropy, MatchesReferenceForEveryReduction) {
  std::mt19937 gen(21);
  for (Shape shape : {Shape{6, 5}, Shape{3, 4, 2, 3}}) {
    const int64_t n = shape.d[0], c = shape.d[1], inner = shape.numel() / (n * c);
    Tensor x = random_tensor<double>(shape, gen, -3, 3);
    std::vector<int64_t> labels(n * inner);
    std::uniform_int_distribution<int64_t> pick(0, c - 1);
    for (auto& l : labels) l = pick(gen);
    labels[1] = -100;  // ignored
    Shape lshape;
    lshape.push_back(n);
    for (int d = 2; d < shape.ndim; ++d) lshape.push_back(shape.d[d]);
    Tensor lab = make<int64_t>(lshape, labels);
    auto ref = ref_class_loss(values<double>(x), labels, n, c, inner, -100, true);
    const int64_t counted = n * inner - 1;
    for (const char* how : {"mean", "sum", "none"}) {
      SCOPED_TRACE(std::string(how) + " " + shape.str());
      auto out = run_all("softmax_cross_entropy", {x, lab}, {reduction("softmax_cross_entropy", how)});
      if (std::string(how) == "none") {
        ASSERT_EQ(out[0].shape(), lshape);
        auto got = values<double>(out[0]);
        for (size_t i = 0; i < ref.size(); ++i) EXPECT_NEAR(got[i], ref[i], 1e-12);
      } else {
        ASSERT_EQ(out[0].shape(), Shape{});
        EXPECT_NEAR(values<double>(out[0])[0], reduce_ref(ref, how, counted), 1e-12);
      }
      // log_prob sums to 1 after exp along the class axis.
      ASSERT_EQ(out[1].shape(), shape);
      auto lp = values<double>(out[1]);
      for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < inner; ++j) {
          double s = 0;
          for (int64_t k = 0; k < c; ++k) s += std::exp(lp[(i * c + k) * inner + j]);
          EXPECT_NEAR(s, 1, 1e-12);
        }
    }
  }
}

TEST(SoftmaxCrossEntropy, StableForLargeLogitsAndFloat32) {
  Tensor x = make<float>(Shape{2, 3}, {1000, 0, -1000, 50, 50, 50});
  auto out = run_all("softmax_cross_entropy", {x, make<int32_t>(Shape{2}, {1, 2})}, {reduction("softmax_cross_entropy", "none")});
  auto got = values<float>(out[0]);
  EXPECT_NEAR(got[0], 1000, 1e-3);
  EXPECT_NEAR(got[1], std::log(3.0), 1e-6);
  for (float v : values<float>(out[1])) EXPECT_FALSE(std::isnan(v));
}

TEST(SoftmaxCrossEntropy, IgnoreIndexAndAllIgnored) {
  Tensor x = make<double>(Shape{2, 2}, {0, 0, 1, 2});
  // ignore_index inside the class range: class 0 rows are skipped.
  auto out = run_all("softmax_cross_entropy", {x, make<int64_t>(Shape{2}, {0, 1})}, {i64("ignore_index", 0)});
  EXPECT_NEAR(values<double>(out[0])[0], std::log(1 + std::exp(-1.0)), 1e-12);
  auto none = run_all("softmax_cross_entropy", {x, make<int64_t>(Shape{2}, {-100, -100})});
  EXPECT_TRUE(std::isnan(values<double>(none[0])[0]));  // mean over nothing, as PyTorch
  auto sum = run_all("softmax_cross_entropy", {x, make<int64_t>(Shape{2}, {-100, -100})}, {reduction("softmax_cross_entropy", "sum")});
  EXPECT_EQ(values<double>(sum[0])[0], 0);
}

TEST(SoftmaxCrossEntropy, Errors) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{2, 3});
  EXPECT_TSR_ERROR(run("softmax_cross_entropy", {x, make<int64_t>(Shape{2}, {0, 3})}), Status::InvalidArgument, "labels");
  EXPECT_TSR_ERROR(run("softmax_cross_entropy", {x, make<int64_t>(Shape{2}, {-1, 0})}), Status::InvalidArgument, "labels");
  EXPECT_TSR_ERROR(run("softmax_cross_entropy", {x, make<int64_t>(Shape{3}, {0, 0, 0})}), Status::ShapeMismatch, "labels");
  EXPECT_TSR_ERROR(run("softmax_cross_entropy", {x, make<int64_t>(Shape{2, 1}, {0, 0})}), Status::ShapeMismatch, "labels");
  EXPECT_TSR_ERROR(run("softmax_cross_entropy", {make<float>(Shape{3}, {0, 0, 0}), make<int64_t>(Shape{}, {0})}), Status::ShapeMismatch, "logits");
  EXPECT_TSR_ERROR(run("softmax_cross_entropy", {x, make<float>(Shape{2}, {0, 0})}), Status::DTypeMismatch, "labels");
  EXPECT_TSR_ERROR(run("softmax_cross_entropy", {make<int32_t>(Shape{2, 3}, {0, 0, 0, 0, 0, 0}), make<int64_t>(Shape{2}, {0, 0})}),
                   Status::DTypeMismatch, "logits");
}

TEST(SoftmaxCrossEntropy, Gradients) {
  std::mt19937 gen(22);
  Tensor x = random_tensor<double>(Shape{3, 4, 2}, gen, -2, 2);
  Tensor lab = make<int64_t>(Shape{3, 2}, {0, 3, -100, 1, 2, 2});
  for (const char* how : {"mean", "sum", "none"}) {
    check_gradients("softmax_cross_entropy", {x, lab}, {reduction("softmax_cross_entropy", how)});
    check_gradients("softmax_cross_entropy", {x, lab}, {reduction("softmax_cross_entropy", how)}, 1);  // through log_prob
  }
}

TEST(NllLoss, MatchesReference) {
  std::mt19937 gen(23);
  Tensor x = random_tensor<double>(Shape{4, 3, 5}, gen, -3, 0);
  std::vector<int64_t> labels(20);
  std::uniform_int_distribution<int64_t> pick(0, 2);
  for (auto& l : labels) l = pick(gen);
  labels[7] = 2;
  Tensor lab = make<int64_t>(Shape{4, 5}, labels);
  auto ref = ref_class_loss(values<double>(x), labels, 4, 3, 5, 2, false);
  int64_t counted = 0;
  for (auto l : labels) counted += l != 2;
  EXPECT_NEAR(values<double>(run("nll_loss", {x, lab}, {i64("ignore_index", 2)}))[0], reduce_ref(ref, "mean", counted), 1e-12);
  EXPECT_NEAR(values<double>(run("nll_loss", {x, lab}, {i64("ignore_index", 2), reduction("nll_loss", "sum")}))[0], reduce_ref(ref, "sum", 0), 1e-12);
  auto none = values<double>(run("nll_loss", {x, lab}, {i64("ignore_index", 2), reduction("nll_loss", "none")}));
  for (size_t i = 0; i < ref.size(); ++i) EXPECT_NEAR(none[i], ref[i], 1e-12);
  // nll_loss(log_softmax(x)) == softmax_cross_entropy(x).
  Tensor logits = random_tensor<double>(Shape{5, 4}, gen, -2, 2);
  Tensor l5 = make<int32_t>(Shape{5}, {0, 1, 2, 3, 0});
  EXPECT_NEAR(values<double>(run("nll_loss", {run("log_softmax", {logits}, {i64("axis", 1)}), l5}))[0],
              values<double>(run("softmax_cross_entropy", {logits, l5}))[0], 1e-12);
}

TEST(NllLoss, ErrorsAndGradients) {
  EXPECT_TSR_ERROR(run("nll_loss", {Tensor::zeros(DType::Float64, Shape{2, 2}), make<int32_t>(Shape{2}, {0, 2})}), Status::InvalidArgument, "labels");
  EXPECT_TSR_ERROR(run("nll_loss", {Tensor::zeros(DType::Float64, Shape{2, 2, 3}), make<int32_t>(Shape{2, 2}, {0, 0, 0, 0})}),
                   Status::ShapeMismatch, "labels");
  std::mt19937 gen(24);
  Tensor x = random_tensor<double>(Shape{3, 4}, gen, -3, 0);
  for (const char* how : {"mean", "sum", "none"})
    check_gradients("nll_loss", {x, make<int64_t>(Shape{3}, {3, -100, 0})}, {reduction("nll_loss", how)});
}

TEST(MseLoss, MatchesReferenceAndGradients) {
  std::mt19937 gen(25);
  Tensor p = random_tensor<double>(Shape{3, 7}, gen), t = random_tensor<double>(Shape{3, 7}, gen);
  auto pv = values<double>(p), tv = values<double>(t);
  std::vector<double> ref(pv.size());
  for (size_t i = 0; i < ref.size(); ++i) ref[i] = (pv[i] - tv[i]) * (pv[i] - tv[i]);
  EXPECT_NEAR(values<double>(run("mse_loss", {p, t}))[0], reduce_ref(ref, "mean", 21), 1e-12);
  EXPECT_NEAR(values<double>(run("mse_loss", {p, t}, {reduction("mse_loss", "sum")}))[0], reduce_ref(ref, "sum", 0), 1e-12);
  auto none = values<double>(run("mse_loss", {p, t}, {reduction("mse_loss", "none")}));
  for (size_t i = 0; i < ref.size(); ++i) EXPECT_NEAR(none[i], ref[i], 1e-12);
  for (const char* how : {"mean", "sum", "none"}) check_gradients("mse_loss", {p, t}, {reduction("mse_loss", how)});
  // Large float32 input: the reduction is spread over threads and accumulated in double.
  Tensor big = Tensor::empty(DType::Float32, Shape{1 << 20});
  for (int64_t i = 0; i < big.numel(); ++i) big.data_as<float>()[i] = 0.5f;
  EXPECT_NEAR(values<float>(run("mse_loss", {big, Tensor::zeros(DType::Float32, Shape{1 << 20})}))[0], 0.25f, 1e-7);
  EXPECT_TSR_ERROR(run("mse_loss", {p, random_tensor<double>(Shape{7}, gen)}), Status::ShapeMismatch, "target");
  EXPECT_TSR_ERROR(run("mse_loss", {p, random_tensor<float>(Shape{3, 7}, gen)}), Status::DTypeMismatch, "target");
  EXPECT_TRUE(std::isnan(values<double>(run("mse_loss", {Tensor::zeros(DType::Float64, Shape{0}), Tensor::zeros(DType::Float64, Shape{0})}))[0]));
}

TEST(BinaryCrossEntropy, MatchesReferenceWithClamp) {
  std::mt19937 gen(26);
  Tensor p = random_tensor<double>(Shape{4, 5}, gen, 0, 1);
  Tensor t = random_tensor<double>(Shape{4, 5}, gen, 0, 1);
  p.data_as<double>()[0] = 0;  // log p clamps at -100
  p.data_as<double>()[1] = 1;  // log(1 - p) clamps at -100
  auto pv = values<double>(p), tv = values<double>(t);
  std::vector<double> ref(pv.size());
  for (size_t i = 0; i < ref.size(); ++i)
    ref[i] = -(tv[i] * std::max(std::log(pv[i]), -100.0) + (1 - tv[i]) * std::max(std::log(1 - pv[i]), -100.0));
  auto none = values<double>(run("binary_cross_entropy", {p, t}, {reduction("binary_cross_entropy", "none")}));
  for (size_t i = 0; i < ref.size(); ++i) EXPECT_NEAR(none[i], ref[i], 1e-12 * (1 + ref[i]));
  EXPECT_NEAR(values<double>(run("binary_cross_entropy", {p, t}))[0], reduce_ref(ref, "mean", 20), 1e-12);
  EXPECT_NEAR(values<double>(run("binary_cross_entropy", {p, t}, {reduction("binary_cross_entropy", "sum")}))[0], reduce_ref(ref, "sum", 0), 1e-11);
}

TEST(BinaryCrossEntropy, ErrorsAndGradients) {
  EXPECT_TSR_ERROR(run("binary_cross_entropy", {make<double>(Shape{3}, {0.5, 1.5, 0.2}), make<double>(Shape{3}, {1, 0, 1})}),
                   Status::InvalidArgument, "p");
  EXPECT_TSR_ERROR(run("binary_cross_entropy", {make<double>(Shape{1}, {NAN}), make<double>(Shape{1}, {1})}), Status::InvalidArgument, "p");
  EXPECT_TSR_ERROR(run("binary_cross_entropy", {make<double>(Shape{1}, {-0.1}), make<double>(Shape{1}, {1})}), Status::InvalidArgument, "p");
  EXPECT_TSR_ERROR(run("binary_cross_entropy", {make<double>(Shape{2}, {0.5, 0.5}), make<double>(Shape{1}, {1})}), Status::ShapeMismatch, "target");
  std::mt19937 gen(27);
  Tensor p = random_tensor<double>(Shape{2, 3}, gen, 0.05, 0.95), t = random_tensor<double>(Shape{2, 3}, gen, 0, 1);
  for (const char* how : {"mean", "sum", "none"}) check_gradients("binary_cross_entropy", {p, t}, {reduction("binary_cross_entropy", how)});
}
