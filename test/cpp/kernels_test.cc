// Kernels against naive reference loops written here, on shapes that exercise broadcasting,
// strided views and the multi-threaded paths.
#include <cmath>
#include <random>

#include "test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {
std::vector<float> random_floats(size_t n, unsigned seed) {
  std::mt19937 g(seed);
  std::uniform_real_distribution<float> u(-2, 2);
  std::vector<float> v(n);
  for (auto& x : v) x = u(g);
  return v;
}
}  // namespace

TEST(Elementwise, BroadcastAddMatchesNaiveLoop) {
  // a [4, 1, 5] + b [3, 1] -> [4, 3, 5]
  auto va = random_floats(20, 1), vb = random_floats(3, 2);
  Tensor y = run("add", {make<float>(Shape{4, 1, 5}, va), make<float>(Shape{3, 1}, vb)});
  ASSERT_EQ(y.shape(), (Shape{4, 3, 5}));
  auto got = values<float>(y);
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 3; ++j)
      for (int k = 0; k < 5; ++k) EXPECT_FLOAT_EQ(got[(i * 3 + j) * 5 + k], va[i * 5 + k] + vb[j]);
}

TEST(Elementwise, LargeParallelMulMatches) {
  const int64_t n = 300001;  // above the parallel threshold, odd size
  auto va = random_floats(n, 3), vb = random_floats(n, 4);
  auto got = values<float>(run("mul", {make<float>(Shape{n}, va), make<float>(Shape{n}, vb)}));
  for (int64_t i = 0; i < n; ++i) ASSERT_EQ(got[i], va[i] * vb[i]) << i;
}

TEST(Elementwise, TransposedInputUsesStridedPath) {
  auto va = random_floats(6, 5);
  Tensor a = make<float>(Shape{2, 3}, va);
  Tensor at = run("transpose", {a});  // [3, 2] view
  Tensor y = run("sub", {at, make<float>(Shape{}, {1.0f})});
  auto got = values<float>(y);
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 2; ++j) EXPECT_FLOAT_EQ(got[i * 2 + j], va[j * 3 + i] - 1.0f);
}

TEST(Elementwise, IntegerDivisionByZeroGivesZeroNotATrap) {
  auto got = values<int32_t>(run("div", {make<int32_t>(Shape{3}, {5, INT32_MIN, -7}), make<int32_t>(Shape{3}, {0, -1, 2})}));
  EXPECT_EQ(got[0], 0);
  EXPECT_EQ(got[1], INT32_MIN);  // wraps
  EXPECT_EQ(got[2], -3);
}

TEST(Elementwise, UnaryMathMatchesStd) {
  std::vector<double> v = {-3, -0.5, 0, 0.25, 2, 10};
  Tensor x = make<double>(Shape{6}, v);
  auto e = values<double>(run("exp", {x}));
  auto t = values<double>(run("tanh", {x}));
  auto s = values<double>(run("sigmoid", {x}));
  for (size_t i = 0; i < v.size(); ++i) {
    EXPECT_DOUBLE_EQ(e[i], std::exp(v[i]));
    EXPECT_DOUBLE_EQ(t[i], std::tanh(v[i]));
    EXPECT_NEAR(s[i], 1.0 / (1.0 + std::exp(-v[i])), 1e-15);
  }
}

TEST(Elementwise, SigmoidDoesNotOverflow) {
  auto s = values<float>(run("sigmoid", {make<float>(Shape{2}, {-1000.f, 1000.f})}));
  EXPECT_EQ(s[0], 0.0f);
  EXPECT_EQ(s[1], 1.0f);
}

TEST(Cast, SaturatesAndMapsNaNToZero) {
  auto got = values<int32_t>(run("cast", {make<float>(Shape{4}, {NAN, 1e20f, -1e20f, -2.9f})}, {dtype("dtype", DType::Int32)}));
  EXPECT_EQ(got[0], 0);
  EXPECT_EQ(got[1], INT32_MAX);
  EXPECT_EQ(got[2], INT32_MIN);
  EXPECT_EQ(got[3], -2);
}

TEST(Matmul, MatchesNaiveTripleLoop) {
  const int n = 37, k = 53, m = 29;
  auto va = random_floats(n * k, 6), vb = random_floats(k * m, 7);
  auto got = values<float>(run("matmul", {make<float>(Shape{n, k}, va), make<float>(Shape{k, m}, vb)}));
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < m; ++j) {
      double s = 0;
      for (int p = 0; p < k; ++p) s += double(va[i * k + p]) * vb[p * m + j];
      EXPECT_NEAR(got[i * m + j], s, 1e-4) << i << "," << j;
    }
}

TEST(Matmul, BatchBroadcastAndTransposedViews) {
  // a [2, 1, 3, 4] @ b^T where b is [5, 4] -> [2, 1, 3, 5]; b^T is a transposed view.
  auto va = random_floats(24, 8), vb = random_floats(20, 9);
  Tensor bt = run("transpose", {make<float>(Shape{5, 4}, vb)});
  Tensor y = run("matmul", {make<float>(Shape{2, 1, 3, 4}, va), bt});
  ASSERT_EQ(y.shape(), (Shape{2, 1, 3, 5}));
  auto got = values<float>(y);
  for (int b = 0; b < 2; ++b)
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 5; ++j) {
        double s = 0;
        for (int p = 0; p < 4; ++p) s += double(va[(b * 3 + i) * 4 + p]) * vb[j * 4 + p];
        EXPECT_NEAR(got[(b * 3 + i) * 5 + j], s, 1e-5);
      }
}

TEST(Matmul, IntegerAndOneDimensional) {
  auto got = values<int64_t>(run("matmul", {make<int64_t>(Shape{3}, {1, 2, 3}), make<int64_t>(Shape{3}, {4, 5, 6})}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], 32);
  Tensor y = run("matmul", {make<int32_t>(Shape{2, 2}, {1, 2, 3, 4}), make<int32_t>(Shape{2}, {1, 1})});
  EXPECT_EQ(y.shape(), (Shape{2}));
  EXPECT_EQ(values<int32_t>(y), (std::vector<int32_t>{3, 7}));
}

TEST(Reduce, SumOverEachAxisMatchesNaive) {
  auto v = random_floats(2 * 3 * 4, 10);
  Tensor x = make<float>(Shape{2, 3, 4}, v);
  for (int ax = 0; ax < 3; ++ax) {
    Tensor y = run("sum", {x}, {ints("axes", {ax})});
    auto got = values<float>(y);
    int64_t dims[3] = {2, 3, 4};
    std::vector<double> ref(got.size(), 0);
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 3; ++j)
        for (int k = 0; k < 4; ++k) {
          int idx[3] = {i, j, k};
          int64_t o = 0;
          for (int d = 0; d < 3; ++d)
            if (d != ax) o = o * dims[d] + idx[d];
          ref[o] += v[(i * 3 + j) * 4 + k];
        }
    for (size_t o = 0; o < ref.size(); ++o) EXPECT_NEAR(got[o], ref[o], 1e-5) << "axis " << ax;
  }
}

TEST(Reduce, LargeFullSumUsesPartialSums) {
  const int64_t n = 1 << 20;
  std::vector<float> v(n, 0.5f);
  auto got = values<float>(run("sum", {make<float>(Shape{n}, v)}));
  EXPECT_FLOAT_EQ(got[0], 0.5f * n);
}

TEST(Reduce, MaxPropagatesNaNAndKeepdims) {
  Tensor y = run("max", {make<float>(Shape{2, 2}, {1, NAN, 3, 2})}, {ints("axes", {1}), boolean("keepdims", true)});
  EXPECT_EQ(y.shape(), (Shape{2, 1}));
  auto got = values<float>(y);
  EXPECT_TRUE(std::isnan(got[0]));
  EXPECT_EQ(got[1], 3);
}

TEST(Reduce, MeanOfIntsAndNegativeAxes) {
  auto got = values<int32_t>(run("mean", {make<int32_t>(Shape{2, 3}, {1, 2, 4, 3, 3, 3})}, {ints("axes", {-1})}));
  EXPECT_EQ(got, (std::vector<int32_t>{2, 3}));
}

TEST(Softmax, RowsSumToOneAndAreStable) {
  auto got = values<float>(run("softmax", {make<float>(Shape{2, 3}, {1000, 1000, 1000, 0, 1, 2})}));
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(got[i], 1.0 / 3, 1e-6);
  double z = std::exp(0.0) + std::exp(1.0) + std::exp(2.0);
  EXPECT_NEAR(got[5], std::exp(2.0) / z, 1e-6);
  auto ls = values<float>(run("log_softmax", {make<float>(Shape{3, 2}, {0, 1, 1, 2, 2, 0})}, {i64("axis", 0)}));
  // Column 0 holds 0, 1, 2: log_softmax = v - log(e^0 + e^1 + e^2).
  EXPECT_NEAR(ls[0], 0 - std::log(z), 1e-6);
  EXPECT_NEAR(ls[4], 2 - std::log(z), 1e-6);
}

TEST(Shape, SliceIsAViewWithNegativeSteps) {
  Tensor x = make<int32_t>(Shape{5}, {0, 1, 2, 3, 4});
  Tensor y = run("slice", {x}, {ints("starts", {-1}), ints("ends", {-100}), ints("steps", {-2})});
  EXPECT_EQ(y.storage(), x.storage());
  EXPECT_EQ(values<int32_t>(y), (std::vector<int32_t>{4, 2, 0}));
}

TEST(Shape, ConcatOnInnerAxis) {
  Tensor y = run("concat", {make<int32_t>(Shape{2, 1}, {1, 2}), make<int32_t>(Shape{2, 2}, {3, 4, 5, 6})}, {i64("axis", -1)});
  EXPECT_EQ(y.shape(), (Shape{2, 3}));
  EXPECT_EQ(values<int32_t>(y), (std::vector<int32_t>{1, 3, 4, 2, 5, 6}));
}

TEST(Creation, ArangeAndFull) {
  EXPECT_EQ(values<int64_t>(run("arange", {}, {f64("start", 2), f64("stop", 7), f64("step", 2), dtype("dtype", DType::Int64)})),
            (std::vector<int64_t>{2, 4, 6}));
  Tensor f = run("full", {}, {ints("shape", {2, 2}), f64("value", -1.5)});
  EXPECT_EQ(values<float>(f), (std::vector<float>{-1.5, -1.5, -1.5, -1.5}));
}

TEST(Softmax, LogSoftmaxKeepsFloat32PrecisionForLargeInputs) {
  auto got = values<float>(run("log_softmax", {make<float>(Shape{2}, {1000.f, 1000.f})}));
  EXPECT_NEAR(got[0], -0.69314718f, 1e-6);
  EXPECT_NEAR(got[1], -0.69314718f, 1e-6);
}

TEST(Creation, FullSaturatesIntegers) {
  auto got = values<int32_t>(run("full", {}, {ints("shape", {2}), f64("value", 1e20), dtype("dtype", DType::Int32)}));
  EXPECT_EQ(got[0], INT32_MAX);
}
