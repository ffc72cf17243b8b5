// min, prod, l1_norm, l2_norm, log_sum_exp, sum_square, argmax/argmin and cumsum against naive
// loops written here: every axis subset, negative axes, keepdims, strided inputs, integer
// wrap-around, NaN, and shapes large enough for the flat, column and row parallel paths.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "shape_family_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

using Fold = std::function<double(const std::vector<double>&)>;

// Naive reduction of x (row-major, shape s) over the axes in `mask`; the fold sees every group
// of elements in row-major order.
std::vector<double> naive_reduce(const std::vector<double>& x, const std::vector<int64_t>& s, const std::vector<bool>& mask, const Fold& fold) {
  const int nd = static_cast<int>(s.size());
  std::vector<int64_t> kept;
  for (int d = 0; d < nd; ++d)
    if (!mask[d]) kept.push_back(s[d]);
  int64_t n_out = 1;
  for (auto k : kept) n_out *= k;
  std::vector<std::vector<double>> groups(n_out);
  const auto st = strides_of(s);
  for (size_t i = 0; i < x.size(); ++i) {
    int64_t o = 0, rem = static_cast<int64_t>(i);
    for (int d = 0; d < nd; ++d) {
      const int64_t c = rem / st[d];
      rem %= st[d];
      if (!mask[d]) o = o * s[d] + c;
    }
    groups[o].push_back(x[i]);
  }
  std::vector<double> out;
  for (auto& g : groups) out.push_back(fold(g));
  return out;
}

double fold_min(const std::vector<double>& g) {
  double m = INFINITY;
  for (double v : g) {
    if (std::isnan(v)) return NAN;
    m = std::min(m, v);
  }
  return m;
}
double fold_prod(const std::vector<double>& g) {
  double p = 1;
  for (double v : g) p *= v;
  return p;
}
double fold_l1(const std::vector<double>& g) {
  double s = 0;
  for (double v : g) s += std::fabs(v);
  return s;
}
double fold_sumsq(const std::vector<double>& g) {
  double s = 0;
  for (double v : g) s += v * v;
  return s;
}
double fold_l2(const std::vector<double>& g) { return std::sqrt(fold_sumsq(g)); }
double fold_lse(const std::vector<double>& g) {
  // Written differently from the kernel: log of a sum of exp in long double.
  long double s = 0;
  for (double v : g) s += std::exp(static_cast<long double>(v));
  return static_cast<double>(std::log(s));
}

struct Kind {
  const char* op;
  Fold fold;
};

std::vector<Kind> kinds() {
  return {{"min", fold_min}, {"prod", fold_prod}, {"l1_norm", fold_l1}, {"l2_norm", fold_l2}, {"log_sum_exp", fold_lse}, {"sum_square", fold_sumsq}};
}

std::vector<bool> mask_of(int nd, const std::vector<int64_t>& axes) {
  std::vector<bool> m(nd, axes.empty());
  for (auto a : axes) m[a < 0 ? a + nd : a] = true;
  return m;
}

}  // namespace

TEST(ReduceMore, EveryKindOverEveryAxisSubsetMatchesNaive) {
  const std::vector<int64_t> s = {3, 4, 5};
  auto v = random_doubles(60, 1, 0.5, 1.5);
  Tensor x = make<double>(Shape{3, 4, 5}, v);
  const std::vector<std::vector<int64_t>> subsets = {{}, {0}, {1}, {2}, {-1}, {0, 1}, {0, 2}, {-2, -1}, {0, 1, 2}};
  for (const auto& kind : kinds()) {
    for (const auto& axes : subsets) {
      for (bool keep : {false, true}) {
        SCOPED_TRACE(std::string(kind.op) + " keepdims " + (keep ? "1" : "0") + " axes " + std::to_string(axes.size()));
        Tensor y = run(kind.op, {x}, {ints("axes", axes), boolean("keepdims", keep)});
        auto ref = naive_reduce(v, s, mask_of(3, axes), kind.fold);
        auto got = values<double>(y);
        ASSERT_EQ(got.size(), ref.size());
        for (size_t i = 0; i < ref.size(); ++i) EXPECT_NEAR(got[i], ref[i], 1e-12 * (1 + std::fabs(ref[i]))) << i;
        // Shape: kept axes, reduced ones as 1 with keepdims.
        auto m = mask_of(3, axes);
        Shape want;
        for (int d = 0; d < 3; ++d)
          if (!m[d]) want.push_back(s[d]);
          else if (keep) want.push_back(1);
        EXPECT_EQ(y.shape(), want);
      }
    }
  }
}

TEST(ReduceMore, StridedAndFloat32Inputs) {
  // A transposed view exercises the strided row path; float32 the single-precision loops.
  auto v = random_floats32(6 * 7, 2, 0.5f, 1.5f);
  Tensor xt = run("transpose", {make<float>(Shape{6, 7}, v)});  // [7, 6] view
  std::vector<double> vt(42);
  for (int i = 0; i < 7; ++i)
    for (int j = 0; j < 6; ++j) vt[i * 6 + j] = v[j * 7 + i];
  for (const auto& kind : kinds()) {
    for (int64_t ax : {0, 1}) {
      SCOPED_TRACE(std::string(kind.op) + " axis " + std::to_string(ax));
      auto got = values<float>(run(kind.op, {xt}, {ints("axes", {ax})}));
      auto ref = naive_reduce(vt, {7, 6}, mask_of(2, {ax}), kind.fold);
      for (size_t i = 0; i < ref.size(); ++i) EXPECT_NEAR(got[i], ref[i], 2e-6 * (1 + std::fabs(ref[i]))) << i;
    }
  }
}

TEST(ReduceMore, LargeShapesTakeTheParallelPaths) {
  // Flat: one output over 200003 contiguous elements. Columns: [4000, 37] over axis 0.
  // Rows: [37, 4000] over axis 1.
  auto v = random_doubles(200003, 3, 0.999, 1.001);
  Tensor flat = make<double>(Shape{200003}, v);
  for (const auto& kind : kinds()) {
    SCOPED_TRACE(kind.op);
    auto ref = kind.fold(v);
    auto got = values<double>(run(kind.op, {flat}))[0];
    EXPECT_NEAR(got, ref, 1e-9 * (1 + std::fabs(ref)));
  }
  auto w = random_doubles(4000 * 37, 4, -1, 1);
  Tensor cols = make<double>(Shape{4000, 37}, w);
  Tensor rows = make<double>(Shape{37, 4000}, w);
  for (const auto& kind : kinds()) {
    if (std::string(kind.op) == "prod") continue;  // products of 4000 values underflow to 0 either way
    SCOPED_TRACE(kind.op);
    auto got_c = values<double>(run(kind.op, {cols}, {ints("axes", {0})}));
    auto ref_c = naive_reduce(w, {4000, 37}, {true, false}, kind.fold);
    for (size_t i = 0; i < ref_c.size(); ++i) EXPECT_NEAR(got_c[i], ref_c[i], 1e-9 * (1 + std::fabs(ref_c[i]))) << i;
    auto got_r = values<double>(run(kind.op, {rows}, {ints("axes", {1})}));
    auto ref_r = naive_reduce(w, {37, 4000}, {false, true}, kind.fold);
    for (size_t i = 0; i < ref_r.size(); ++i) EXPECT_NEAR(got_r[i], ref_r[i], 1e-9 * (1 + std::fabs(ref_r[i]))) << i;
  }
  // The column path for the existing kinds (sum, mean, max) and for the middle axis of 3-D.
  auto got = values<double>(run("mean", {make<double>(Shape{40, 50, 30}, random_doubles(60000, 5))}, {ints("axes", {0, 1})}));
  auto v3 = random_doubles(60000, 5);
  auto ref = naive_reduce(v3, {40, 50, 30}, {true, true, false}, [](const std::vector<double>& g) {
    double s = 0;
    for (double x : g) s += x;
    return s / g.size();
  });
  for (size_t i = 0; i < ref.size(); ++i) EXPECT_NEAR(got[i], ref[i], 1e-12) << i;
  auto gmax = values<double>(run("max", {make<double>(Shape{40, 50, 30}, v3)}, {ints("axes", {1})}));
  auto rmax = naive_reduce(v3, {40, 50, 30}, {false, true, false}, [](const std::vector<double>& g) { return *std::max_element(g.begin(), g.end()); });
  for (size_t i = 0; i < rmax.size(); ++i) EXPECT_EQ(gmax[i], rmax[i]) << i;
}

TEST(ReduceMore, IntegersWrapAndTruncate) {
  // int32 products wrap modulo 2^32; sum of squares and L1 of INT32_MIN too.
  Tensor x = make<int32_t>(Shape{3}, {65536, 65536, 3});
  EXPECT_EQ(values<int32_t>(run("prod", {x}))[0], 0);  // 2^32 * 3 wraps to 0
  Tensor y = make<int32_t>(Shape{2}, {INT32_MIN, 5});
  EXPECT_EQ(values<int32_t>(run("l1_norm", {y}))[0], static_cast<int32_t>(static_cast<uint32_t>(INT32_MIN) + 5u));
  EXPECT_EQ(values<int32_t>(run("min", {y}))[0], INT32_MIN);
  Tensor u = make<uint8_t>(Shape{3}, {200, 100, 7});
  EXPECT_EQ(values<uint8_t>(run("sum_square", {u}))[0], static_cast<uint8_t>((40000 + 10000 + 49) & 0xff));
  EXPECT_EQ(values<int64_t>(run("prod", {make<int64_t>(Shape{2, 2}, {-3, 4, 5, -6})}, {ints("axes", {0})})), (std::vector<int64_t>{-15, -24}));
}

TEST(ReduceMore, EmptyReductionsAndSpecialValues) {
  Tensor empty = Tensor::zeros(DType::Float64, Shape{2, 0});
  EXPECT_EQ(values<double>(run("prod", {empty}, {ints("axes", {1})})), (std::vector<double>{1, 1}));
  EXPECT_EQ(values<double>(run("sum_square", {empty}, {ints("axes", {1})})), (std::vector<double>{0, 0}));
  auto lse = values<double>(run("log_sum_exp", {empty}, {ints("axes", {1})}));
  EXPECT_TRUE(std::isinf(lse[0]) && lse[0] < 0);
  EXPECT_TSR_ERROR(run("min", {empty}, {ints("axes", {1})}), Status::ShapeMismatch, "x");
  // log_sum_exp stays finite where exp overflows, and handles infinities.
  auto big = values<float>(run("log_sum_exp", {make<float>(Shape{2}, {100.f, 100.f})}));
  EXPECT_NEAR(big[0], 100.f + std::log(2.f), 1e-5);
  auto inf = values<double>(run("log_sum_exp", {make<double>(Shape{2, 2}, {-INFINITY, -INFINITY, 1, INFINITY})}, {ints("axes", {1})}));
  EXPECT_TRUE(std::isinf(inf[0]) && inf[0] < 0);
  EXPECT_TRUE(std::isinf(inf[1]) && inf[1] > 0);
  // NaN propagates through every kind.
  Tensor nan = make<double>(Shape{3}, {1, NAN, 2});
  for (const auto& kind : kinds()) EXPECT_TRUE(std::isnan(values<double>(run(kind.op, {nan}))[0])) << kind.op;
}

TEST(ReduceMore, Errors) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{2, 3});
  EXPECT_TSR_ERROR(run("prod", {x}, {ints("axes", {2})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("l1_norm", {x}, {ints("axes", {0, -2})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("l2_norm", {Tensor::zeros(DType::Int32, Shape{2})}), Status::DTypeMismatch, "x");
  EXPECT_TSR_ERROR(run("log_sum_exp", {Tensor::zeros(DType::Int64, Shape{2})}), Status::DTypeMismatch, "x");
  EXPECT_TSR_ERROR(run("min", {Tensor::zeros(DType::Bool, Shape{2})}), Status::DTypeMismatch, "x");
}

// ---- argmax / argmin ----------------------------------------------------------------------------

TEST(ArgReduce, MatchesNaiveOnEveryAxisWithTies) {
  // Small integers force ties; compare first/last tie rules on every axis of a 3-D tensor and of
  // a permuted (strided) view.
  std::mt19937 gen(7);
  std::uniform_int_distribution<int> u(0, 3);
  std::vector<int32_t> v(3 * 4 * 5);
  for (auto& e : v) e = u(gen);
  const std::vector<int64_t> s = {3, 4, 5};
  Tensor x = make<int32_t>(Shape{3, 4, 5}, v);
  for (const char* name : {"argmax", "argmin"}) {
    const bool largest = std::string(name) == "argmax";
    for (int axis = -3; axis < 3; ++axis) {
      for (bool last : {false, true}) {
        for (bool keep : {false, true}) {
          SCOPED_TRACE(std::string(name) + " axis " + std::to_string(axis) + (last ? " last" : " first") + (keep ? " keep" : ""));
          Tensor y = run(name, {x}, {i64("axis", axis), boolean("select_last_index", last), boolean("keepdims", keep)});
          EXPECT_EQ(y.dtype(), DType::Int64);
          const int a = axis < 0 ? axis + 3 : axis;
          Shape want;
          for (int d = 0; d < 3; ++d)
            if (d != a) want.push_back(s[d]);
            else if (keep) want.push_back(1);
          EXPECT_EQ(y.shape(), want);
          auto got = values<int64_t>(y);
          // Naive: walk each lane along the axis.
          const auto st = strides_of(s);
          size_t o = 0;
          for (int64_t i0 = 0; i0 < (a == 0 ? 1 : s[0]); ++i0)
            for (int64_t i1 = 0; i1 < (a == 1 ? 1 : s[1]); ++i1)
              for (int64_t i2 = 0; i2 < (a == 2 ? 1 : s[2]); ++i2) {
                int64_t best = 0;
                const int64_t base = i0 * st[0] + i1 * st[1] + i2 * st[2];
                for (int64_t k = 1; k < s[a]; ++k) {
                  const int32_t cand = v[base + k * st[a]], cur = v[base + best * st[a]];
                  const bool better = largest ? (last ? cand >= cur : cand > cur) : (last ? cand <= cur : cand < cur);
                  if (better) best = k;
                }
                EXPECT_EQ(got[o++], best);
              }
        }
      }
    }
  }
  // A transposed view along its inner axis.
  Tensor xt = run("transpose", {make<double>(Shape{3, 2}, {1, 9, 8, 2, 3, 7})});  // [[1, 8, 3], [9, 2, 7]]
  EXPECT_EQ(values<int64_t>(run("argmax", {xt}, {i64("axis", 1), boolean("keepdims", false)})), (std::vector<int64_t>{1, 0}));
  EXPECT_EQ(values<int64_t>(run("argmin", {xt}, {i64("axis", 0), boolean("keepdims", false)})), (std::vector<int64_t>{0, 1, 0}));
}

TEST(ArgReduce, NaNAndLargeInputs) {
  Tensor x = make<float>(Shape{5}, {1, NAN, 7, NAN, -2});
  EXPECT_EQ(values<int64_t>(run("argmax", {x}))[0], 1);
  EXPECT_EQ(values<int64_t>(run("argmin", {x}))[0], 1);
  EXPECT_EQ(values<int64_t>(run("argmax", {x}, {boolean("select_last_index", true)}))[0], 3);
  // Parallel path: 300 columns x 500 rows, argmax over rows.
  auto v = random_doubles(500 * 300, 8);
  auto got = values<int64_t>(run("argmax", {make<double>(Shape{500, 300}, v)}, {boolean("keepdims", false)}));
  for (int j = 0; j < 300; ++j) {
    int best = 0;
    for (int i = 1; i < 500; ++i)
      if (v[i * 300 + j] > v[best * 300 + j]) best = i;
    ASSERT_EQ(got[j], best) << j;
  }
  // bool inputs: the first true.
  EXPECT_EQ(values<int64_t>(run("argmax", {make_bools(Shape{4}, {0, 0, 1, 1})}))[0], 2);
}

TEST(ArgReduce, Errors) {
  EXPECT_TSR_ERROR(run("argmax", {Tensor::zeros(DType::Float32, Shape{2, 3})}, {i64("axis", 2)}), Status::InvalidAttribute, "axis");
  EXPECT_TSR_ERROR(run("argmin", {Tensor::zeros(DType::Float32, Shape{})}), Status::ShapeMismatch, "x");
  EXPECT_TSR_ERROR(run("argmax", {Tensor::zeros(DType::Float32, Shape{0, 3})}), Status::ShapeMismatch, "x");
  // An empty non-searched axis is fine.
  EXPECT_EQ(run("argmax", {Tensor::zeros(DType::Float32, Shape{3, 0})}).shape(), (Shape{1, 0}));
}

// ---- cumsum ---------------------------------------------------------------------------------------

TEST(Cumsum, EveryAxisAndModeMatchesNaive) {
  const std::vector<int64_t> s = {3, 4, 5};
  auto v = random_doubles(60, 9);
  Tensor x = make<double>(Shape{3, 4, 5}, v);
  const auto st = strides_of(s);
  for (int axis = -3; axis < 3; ++axis)
    for (bool excl : {false, true})
      for (bool rev : {false, true}) {
        SCOPED_TRACE("axis " + std::to_string(axis) + (excl ? " exclusive" : "") + (rev ? " reverse" : ""));
        auto got = values<double>(run("cumsum", {x}, {i64("axis", axis), boolean("exclusive", excl), boolean("reverse", rev)}));
        const int a = axis < 0 ? axis + 3 : axis;
        for (int64_t i = 0; i < 60; ++i) {
          const int64_t pos = (i / st[a]) % s[a], base = i - pos * st[a];
          double ref = 0;
          for (int64_t k = 0; k < s[a]; ++k) {
            const bool in = rev ? (excl ? k > pos : k >= pos) : (excl ? k < pos : k <= pos);
            if (in) ref += v[base + k * st[a]];
          }
          EXPECT_NEAR(got[i], ref, 1e-12) << i;
        }
      }
}

TEST(Cumsum, IntegersWrapStridedInputsAndErrors) {
  auto got = values<int32_t>(run("cumsum", {make<int32_t>(Shape{3}, {INT32_MAX, 1, 1})}));
  EXPECT_EQ(got, (std::vector<int32_t>{INT32_MAX, INT32_MIN, INT32_MIN + 1}));
  Tensor xt = run("transpose", {make<float>(Shape{2, 3}, {1, 2, 3, 4, 5, 6})});  // [[1, 4], [2, 5], [3, 6]]
  EXPECT_EQ(values<float>(run("cumsum", {xt}, {i64("axis", 0)})), (std::vector<float>{1, 4, 3, 9, 6, 15}));
  // Long axis (parallel over many columns).
  auto v = random_doubles(1000 * 64, 10);
  auto big = values<double>(run("cumsum", {make<double>(Shape{1000, 64}, v)}));
  std::vector<double> acc(64, 0);
  for (int i = 0; i < 1000; ++i)
    for (int j = 0; j < 64; ++j) {
      acc[j] += v[i * 64 + j];
      ASSERT_NEAR(big[i * 64 + j], acc[j], 1e-9);
    }
  EXPECT_TSR_ERROR(run("cumsum", {Tensor::zeros(DType::Float32, Shape{})}), Status::ShapeMismatch, "x");
  EXPECT_TSR_ERROR(run("cumsum", {Tensor::zeros(DType::Float32, Shape{2})}, {i64("axis", 1)}), Status::InvalidAttribute, "axis");
  EXPECT_TSR_ERROR(run("cumsum", {Tensor::zeros(DType::Bool, Shape{2})}), Status::DTypeMismatch, "x");
}

// ---- gradients beyond the registry-wide first-example check ----------------------------------------

TEST(ReduceMoreGradients, MatchFiniteDifferences) {
  auto v = random_doubles(24, 11, 0.5, 1.5);
  for (size_t i = 0; i < v.size(); i += 2) v[i] = -v[i];
  Tensor x = make<double>(Shape{2, 3, 4}, v);
  for (const char* name : {"min", "prod", "l1_norm", "l2_norm", "log_sum_exp", "sum_square"}) {
    expect_gradient_matches(name, {x}, {ints("axes", {0, -1}), boolean("keepdims", false)});
    expect_gradient_matches(name, {x}, {ints("axes", {1}), boolean("keepdims", true)});
    expect_gradient_matches(name, {x}, {});
  }
  for (bool excl : {false, true})
    for (bool rev : {false, true}) expect_gradient_matches("cumsum", {x}, {i64("axis", -2), boolean("exclusive", excl), boolean("reverse", rev)});
}

TEST(ReduceMoreGradients, ProdWithZerosIsExact) {
  // d prod / dx_i = product of the others, also where x holds one or two zeros.
  Tensor x = make<double>(Shape{3, 3}, {2, 0, 3, 0, 0, 5, 1, 2, 4});
  autograd::attach_grad(x);
  Tensor y;
  {
    const bool prev = autograd::set_recording(true);
    y = run("prod", {x}, {ints("axes", {1})});
    autograd::set_recording(prev);
  }
  autograd::backward({y}, {});
  EXPECT_EQ(values<double>(x.autograd_meta()->grad), (std::vector<double>{0, 6, 0, 0, 0, 0, 8, 4, 2}));
}
