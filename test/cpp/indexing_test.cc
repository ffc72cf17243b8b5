// gather, gather_elements, gather_nd, scatter_elements, scatter_nd, one_hot, top_k, non_zero,
// triu and tril against naive loops written here, with negative axes and indices, strided
// inputs, out-of-range indices (errors naming the input) and gradients.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "shape_family_util.h"

using namespace tsr;
using namespace tsr::test;

// ---- gather ---------------------------------------------------------------------------------------

TEST(Gather, EveryAxisWithNegativeIndicesMatchesNaive) {
  const std::vector<int64_t> s = {3, 4, 5};
  auto v = random_doubles(60, 1);
  Tensor x = make<double>(Shape{3, 4, 5}, v);
  const auto st = strides_of(s);
  for (int axis = -3; axis < 3; ++axis) {
    const int a = axis < 0 ? axis + 3 : axis;
    const int64_t n = s[a];
    std::vector<int32_t> idx = {static_cast<int32_t>(n - 1), 0, -1, static_cast<int32_t>(-n), 1, 1};
    Tensor y = run("gather", {x, make<int32_t>(Shape{2, 3}, idx)}, {i64("axis", axis)});
    Shape want;
    for (int d = 0; d < a; ++d) want.push_back(s[d]);
    want.push_back(2);
    want.push_back(3);
    for (int d = a + 1; d < 3; ++d) want.push_back(s[d]);
    ASSERT_EQ(y.shape(), want);
    auto got = values<double>(y);
    // Naive: output coordinate (before.., j0, j1, after..) -> x coordinate with idx at a.
    size_t o = 0;
    int64_t before = 1, after = 1;
    for (int d = 0; d < a; ++d) before *= s[d];
    for (int d = a + 1; d < 3; ++d) after *= s[d];
    for (int64_t b = 0; b < before; ++b)
      for (int j = 0; j < 6; ++j)
        for (int64_t e = 0; e < after; ++e) {
          const int64_t k = idx[j] < 0 ? idx[j] + n : idx[j];
          EXPECT_EQ(got[o++], v[(b * n + k) * after + e]);
        }
    (void)st;
  }
}

TEST(Gather, ScalarIndexStridedInputLargeAndErrors) {
  Tensor x = make<float>(Shape{2, 3}, {1, 2, 3, 4, 5, 6});
  Tensor y = run("gather", {x, make<int64_t>(Shape{}, {-1})}, {i64("axis", 1)});
  EXPECT_EQ(y.shape(), (Shape{2}));
  EXPECT_EQ(values<float>(y), (std::vector<float>{3, 6}));
  // Transposed view: rows of x^T are columns of x.
  Tensor xt = run("transpose", {x});
  EXPECT_EQ(values<float>(run("gather", {xt, make<int64_t>(Shape{2}, {2, 0})})), (std::vector<float>{3, 6, 1, 4}));
  // Large: 50000 rows of 3 gathered in reverse (parallel path).
  const int64_t n = 50000;
  std::vector<int64_t> rv(n * 3), idx(n);
  std::iota(rv.begin(), rv.end(), 0);
  for (int64_t i = 0; i < n; ++i) idx[i] = n - 1 - i;
  auto got = values<int64_t>(run("gather", {make<int64_t>(Shape{n, 3}, rv), make<int64_t>(Shape{n}, idx)}));
  for (int64_t i = 0; i < n; ++i)
    for (int j = 0; j < 3; ++j) ASSERT_EQ(got[i * 3 + j], (n - 1 - i) * 3 + j);
  // Errors: out of range (both signs), float indices, scalar x, bad axis.
  try {
    run("gather", {x, make<int64_t>(Shape{2}, {0, 2})});
    ADD_FAILURE() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::InvalidArgument);
    EXPECT_EQ(e.arg(), "indices");
    EXPECT_EQ(e.op(), "gather");
    EXPECT_NE(std::string(e.what()).find("indices[1] = 2"), std::string::npos) << e.what();
  }
  EXPECT_TSR_ERROR(run("gather", {x, make<int32_t>(Shape{1}, {-4})}, {i64("axis", 1)}), Status::InvalidArgument, "indices");
  EXPECT_TSR_ERROR(run("gather", {x, make<float>(Shape{1}, {0})}), Status::DTypeMismatch, "indices");
  EXPECT_TSR_ERROR(run("gather", {make<float>(Shape{}, {1}), make<int64_t>(Shape{1}, {0})}), Status::ShapeMismatch, "x");
  EXPECT_TSR_ERROR(run("gather", {x, make<int64_t>(Shape{1}, {0})}, {i64("axis", 2)}), Status::InvalidAttribute, "axis");
  EXPECT_TSR_ERROR(run("gather", {Tensor::zeros(DType::Float32, Shape{0, 2}), make<int64_t>(Shape{1}, {0})}), Status::InvalidArgument, "indices");
}

// ---- gather_elements / scatter_elements --------------------------------------------------------------

TEST(GatherElements, MatchesNaiveOnEveryAxis) {
  auto v = random_doubles(3 * 4 * 5, 2);
  Tensor data = make<double>(Shape{3, 4, 5}, v);
  const std::vector<int64_t> s = {3, 4, 5}, is = {2, 4, 3};
  for (int axis = 0; axis < 3; ++axis) {
    std::mt19937 g(axis);
    std::uniform_int_distribution<int64_t> u(-s[axis], s[axis] - 1);
    std::vector<int64_t> idx(24);
    for (auto& e : idx) e = u(g);
    // Index dims other than axis must fit inside data's: use [2, 4, 3] with axis dims free.
    std::vector<int64_t> ishape = {std::min<int64_t>(2, s[0]), 4, 3};
    auto got = values<double>(run("gather_elements", {data, make<int64_t>(Shape{2, 4, 3}, idx)}, {i64("axis", axis - 3)}));
    const auto ist = strides_of(ishape), dst = strides_of(s);
    for (int64_t p = 0; p < 24; ++p) {
      int64_t c[3] = {p / ist[0], (p / ist[1]) % 4, p % 3};
      const int64_t k = idx[p] < 0 ? idx[p] + s[axis] : idx[p];
      c[axis] = k;
      EXPECT_EQ(got[p], v[c[0] * dst[0] + c[1] * dst[1] + c[2] * dst[2]]) << "axis " << axis << " p " << p;
    }
  }
  (void)is;
  EXPECT_TSR_ERROR(run("gather_elements", {data, make<int64_t>(Shape{2, 4}, std::vector<int64_t>(8, 0))}), Status::ShapeMismatch, "indices");
  EXPECT_TSR_ERROR(run("gather_elements", {data, make<int64_t>(Shape{4, 4, 5}, std::vector<int64_t>(80, 0))}, {i64("axis", 1)}),
                   Status::ShapeMismatch, "indices");
  EXPECT_TSR_ERROR(run("gather_elements", {data, make<int64_t>(Shape{1, 1, 1}, {5})}, {i64("axis", 2)}), Status::InvalidArgument, "indices");
}

namespace {
// Naive scatter_elements over a 2-D data tensor with [r, c] indices, in row-major order.
std::vector<double> naive_scatter2(std::vector<double> d, int64_t cols, const std::vector<int64_t>& idx, const std::vector<double>& u,
                                   int64_t ic, int axis, const std::string& red, int64_t axis_size) {
  for (size_t p = 0; p < idx.size(); ++p) {
    int64_t r = static_cast<int64_t>(p) / ic, c = static_cast<int64_t>(p) % ic;
    const int64_t k = idx[p] < 0 ? idx[p] + axis_size : idx[p];
    if (axis == 0) r = k;
    else c = k;
    double& o = d[r * cols + c];
    if (red == "none") o = u[p];
    else if (red == "add") o += u[p];
    else if (red == "mul") o *= u[p];
    else if (red == "max") o = std::max(o, u[p]);
    else o = std::min(o, u[p]);
  }
  return d;
}
}  // namespace

TEST(ScatterElements, EveryReductionAndAxisWithDuplicatesMatchesNaive) {
  auto dv = random_doubles(4 * 5, 3);
  auto uv = random_doubles(3 * 5, 4);
  std::vector<int64_t> i0 = {0, 1, 2, 3, 0, -1, 0, 0, 1, 1, 3, 3, 3, 2, 2};  // duplicates along axis 0
  std::vector<int64_t> i1 = {0, 4, -1, 2, 2, 1, 1, 1, 0, 3, 4, 0, 0, 0, 0};  // along axis 1 ([3, 5] fits [4, 5])
  for (const char* red : {"none", "add", "mul", "max", "min"}) {
    for (int axis : {0, 1}) {
      SCOPED_TRACE(std::string(red) + " axis " + std::to_string(axis));
      const auto& idx = axis == 0 ? i0 : i1;
      Tensor y = run("scatter_elements", {make<double>(Shape{4, 5}, dv), make<int64_t>(Shape{3, 5}, idx), make<double>(Shape{3, 5}, uv)},
                     {i64("axis", axis), choice("scatter_elements", "reduction", red)});
      auto ref = naive_scatter2(dv, 5, idx, uv, 5, axis, red, axis == 0 ? 4 : 5);
      auto got = values<double>(y);
      for (size_t i = 0; i < ref.size(); ++i) EXPECT_DOUBLE_EQ(got[i], ref[i]) << i;
    }
  }
  // Integers wrap on add; bool data accepts none.
  auto wrap = values<int32_t>(run("scatter_elements", {make<int32_t>(Shape{1}, {INT32_MAX}), make<int64_t>(Shape{1}, {0}), make<int32_t>(Shape{1}, {1})},
                                  {choice("scatter_elements", "reduction", "add")}));
  EXPECT_EQ(wrap[0], INT32_MIN);
  auto flags = bools(run("scatter_elements", {make_bools(Shape{3}, {0, 0, 0}), make<int32_t>(Shape{1}, {1}), make_bools(Shape{1}, {1})}));
  EXPECT_EQ(flags, (std::vector<int>{0, 1, 0}));
  // The input is not modified.
  Tensor data = make<float>(Shape{2}, {1, 2});
  run("scatter_elements", {data, make<int64_t>(Shape{1}, {0}), make<float>(Shape{1}, {9})});
  EXPECT_EQ(values<float>(data), (std::vector<float>{1, 2}));
}

TEST(ScatterElements, Errors) {
  Tensor d = Tensor::zeros(DType::Float32, Shape{2, 3});
  EXPECT_TSR_ERROR(run("scatter_elements", {d, make<int64_t>(Shape{1, 1}, {2}), make<float>(Shape{1, 1}, {1})}), Status::InvalidArgument, "indices");
  EXPECT_TSR_ERROR(run("scatter_elements", {d, make<int64_t>(Shape{1, 1}, {-3}), make<float>(Shape{1, 1}, {1})}), Status::InvalidArgument, "indices");
  EXPECT_TSR_ERROR(run("scatter_elements", {d, make<int64_t>(Shape{1, 2}, {0, 0}), make<float>(Shape{1, 1}, {1})}), Status::ShapeMismatch, "updates");
  EXPECT_TSR_ERROR(run("scatter_elements", {d, make<int64_t>(Shape{1, 1}, {0}), make<double>(Shape{1, 1}, {1})}), Status::DTypeMismatch, "updates");
  EXPECT_TSR_ERROR(run("scatter_elements", {d, make<int64_t>(Shape{2}, {0, 0}), make<float>(Shape{2}, {1, 1})}), Status::ShapeMismatch, "indices");
  EXPECT_TSR_ERROR(run("scatter_elements", {d, make<int64_t>(Shape{1, 1}, {0}), make<float>(Shape{1, 1}, {1})}, {i64("axis", -3)}),
                   Status::InvalidAttribute, "axis");
}

// ---- gather_nd / scatter_nd --------------------------------------------------------------------------

TEST(GatherND, MatchesNaiveWithBatchDimsAndNegativeComponents) {
  // data [2, 3, 4, 2], batch_dims 1, tuples of length 2 -> slices of [2].
  auto v = random_doubles(48, 5);
  Tensor data = make<double>(Shape{2, 3, 4, 2}, v);
  std::vector<int64_t> idx = {0, 0, 2, -1, -3, 3, 1, 1, 2, 2, 0, -4};  // [2, 3, 2]
  Tensor y = run("gather_nd", {data, make<int64_t>(Shape{2, 3, 2}, idx)}, {i64("batch_dims", 1)});
  ASSERT_EQ(y.shape(), (Shape{2, 3, 2}));
  auto got = values<double>(y);
  for (int b = 0; b < 2; ++b)
    for (int t = 0; t < 3; ++t) {
      int64_t i = idx[(b * 3 + t) * 2], j = idx[(b * 3 + t) * 2 + 1];
      if (i < 0) i += 3;
      if (j < 0) j += 4;
      for (int k = 0; k < 2; ++k) EXPECT_EQ(got[(b * 3 + t) * 2 + k], v[((b * 3 + i) * 4 + j) * 2 + k]);
    }
  // batch_dims 0, full tuples -> elements; int32 indices.
  auto e = values<double>(run("gather_nd", {data, make<int32_t>(Shape{2, 4}, {1, 2, 3, 1, 0, -1, 0, 0})}));
  EXPECT_EQ(e, (std::vector<double>{v[((1 * 3 + 2) * 4 + 3) * 2 + 1], v[((0 * 3 + 2) * 4 + 0) * 2 + 0]}));
  // Errors.
  EXPECT_TSR_ERROR(run("gather_nd", {data, make<int64_t>(Shape{1, 2}, {0, 4})}), Status::InvalidArgument, "indices");
  EXPECT_TSR_ERROR(run("gather_nd", {data, make<int64_t>(Shape{1, 5}, {0, 0, 0, 0, 0})}), Status::ShapeMismatch, "indices");
  EXPECT_TSR_ERROR(run("gather_nd", {data, make<int64_t>(Shape{3, 1}, {0, 0, 0})}, {i64("batch_dims", 1)}), Status::ShapeMismatch, "indices");
  EXPECT_TSR_ERROR(run("gather_nd", {data, make<int64_t>(Shape{2, 1}, {0, 0})}, {i64("batch_dims", 2)}), Status::InvalidAttribute, "batch_dims");
}

TEST(ScatterND, EveryReductionMatchesNaive) {
  auto dv = random_doubles(4 * 3, 6);
  auto uv = random_doubles(3 * 3, 7);
  std::vector<int64_t> idx = {1, -1, 1};  // rows, with a duplicate
  for (const char* red : {"none", "add", "mul", "max", "min"}) {
    SCOPED_TRACE(red);
    auto got = values<double>(run("scatter_nd", {make<double>(Shape{4, 3}, dv), make<int64_t>(Shape{3, 1}, idx), make<double>(Shape{3, 3}, uv)},
                                  {choice("scatter_nd", "reduction", red)}));
    auto ref = dv;
    for (int t = 0; t < 3; ++t) {
      const int64_t r = idx[t] < 0 ? idx[t] + 4 : idx[t];
      for (int k = 0; k < 3; ++k) {
        double& o = ref[r * 3 + k];
        const double u = uv[t * 3 + k];
        const std::string rd = red;
        o = rd == "none" ? u : rd == "add" ? o + u : rd == "mul" ? o * u : rd == "max" ? std::max(o, u) : std::min(o, u);
      }
    }
    for (size_t i = 0; i < ref.size(); ++i) EXPECT_DOUBLE_EQ(got[i], ref[i]) << i;
  }
  Tensor d = Tensor::zeros(DType::Float32, Shape{4, 3});
  EXPECT_TSR_ERROR(run("scatter_nd", {d, make<int64_t>(Shape{1, 1}, {4}), make<float>(Shape{1, 3}, {1, 2, 3})}), Status::InvalidArgument, "indices");
  EXPECT_TSR_ERROR(run("scatter_nd", {d, make<int64_t>(Shape{1, 1}, {0}), make<float>(Shape{1, 2}, {1, 2})}), Status::ShapeMismatch, "updates");
  EXPECT_TSR_ERROR(run("scatter_nd", {d, make<int64_t>(Shape{1, 3}, {0, 0, 0}), make<float>(Shape{1}, {1})}), Status::ShapeMismatch, "indices");
}

// ---- one_hot --------------------------------------------------------------------------------------

TEST(OneHot, EveryAxisOutOfRangeAndDtypes) {
  std::vector<int64_t> idx = {0, 3, -1, 7, -4, -5};  // depth 4: 7 and -5 are out of range
  Tensor t = make<int64_t>(Shape{2, 3}, idx);
  for (int axis : {-1, 0, 1, 2, -3}) {
    Tensor y = run("one_hot", {t}, {i64("depth", 4), i64("axis", axis)});
    const int a = axis < 0 ? axis + 3 : axis;
    Shape want;
    std::vector<int64_t> is = {2, 3};
    for (int d = 0, j = 0; d < 3; ++d) want.push_back(d == a ? 4 : is[j++]);
    ASSERT_EQ(y.shape(), want);
    auto got = values<float>(y);
    const auto st = strides_of({want.d[0], want.d[1], want.d[2]});
    for (int64_t p = 0; p < 24; ++p) {
      int64_t c[3] = {p / st[0], (p / st[1]) % want.d[1], p % want.d[2]};
      const int64_t k = c[a];
      int64_t ic[2], j = 0;
      for (int d = 0; d < 3; ++d)
        if (d != a) ic[j++] = c[d];
      int64_t v = idx[ic[0] * 3 + ic[1]];
      if (v < 0) v += 4;
      EXPECT_EQ(got[p], v == k ? 1.f : 0.f) << "axis " << axis << " p " << p;
    }
  }
  auto iv = values<uint8_t>(run("one_hot", {make<int32_t>(Shape{2}, {2, 0})}, {i64("depth", 3), f64("on_value", 7), f64("off_value", 1), dtype("dtype", DType::UInt8)}));
  EXPECT_EQ(iv, (std::vector<uint8_t>{1, 1, 7, 7, 1, 1}));
  EXPECT_TSR_ERROR(run("one_hot", {t}), Status::InvalidAttribute, "depth");
  EXPECT_TSR_ERROR(run("one_hot", {t}, {i64("depth", 0)}), Status::InvalidAttribute, "depth");
  EXPECT_TSR_ERROR(run("one_hot", {t}, {i64("depth", 2), i64("axis", 3)}), Status::InvalidAttribute, "axis");
  EXPECT_TSR_ERROR(run("one_hot", {t}, {i64("depth", 2), f64("on_value", NAN), dtype("dtype", DType::Int32)}), Status::InvalidAttribute, "on_value");
  EXPECT_TSR_ERROR(run("one_hot", {make<float>(Shape{1}, {0})}, {i64("depth", 2)}), Status::DTypeMismatch, "indices");
}

// ---- top_k ----------------------------------------------------------------------------------------

TEST(TopK, MatchesAStableSortOnEveryAxis) {
  std::mt19937 gen(8);
  std::uniform_int_distribution<int> u(0, 5);  // many ties
  std::vector<int32_t> v(4 * 6 * 5);
  for (auto& e : v) e = u(gen);
  const std::vector<int64_t> s = {4, 6, 5};
  const auto st = strides_of(s);
  Tensor x = make<int32_t>(Shape{4, 6, 5}, v);
  for (int axis = 0; axis < 3; ++axis)
    for (bool largest : {true, false})
      for (bool sorted : {true, false}) {
        const int64_t k = s[axis] - 2;
        SCOPED_TRACE("axis " + std::to_string(axis) + (largest ? " largest" : " smallest") + (sorted ? " sorted" : " by index"));
        auto outs = run_all("top_k", {x}, {i64("k", k), i64("axis", axis - 3), boolean("largest", largest), boolean("sorted", sorted)});
        ASSERT_EQ(outs.size(), 2u);
        Shape want = x.shape();
        want.d[axis] = k;
        ASSERT_EQ(outs[0].shape(), want);
        ASSERT_EQ(outs[1].shape(), want);
        EXPECT_EQ(outs[1].dtype(), DType::Int64);
        auto vals = values<int32_t>(outs[0]);
        auto inds = values<int64_t>(outs[1]);
        const auto ost = strides_of({want.d[0], want.d[1], want.d[2]});
        for (int64_t i0 = 0; i0 < (axis == 0 ? 1 : s[0]); ++i0)
          for (int64_t i1 = 0; i1 < (axis == 1 ? 1 : s[1]); ++i1)
            for (int64_t i2 = 0; i2 < (axis == 2 ? 1 : s[2]); ++i2) {
              const int64_t base = i0 * st[0] + i1 * st[1] + i2 * st[2], obase = i0 * ost[0] + i1 * ost[1] + i2 * ost[2];
              std::vector<int64_t> order(s[axis]);
              std::iota(order.begin(), order.end(), 0);
              std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
                return largest ? v[base + a * st[axis]] > v[base + b * st[axis]] : v[base + a * st[axis]] < v[base + b * st[axis]];
              });
              order.resize(k);
              if (!sorted) std::sort(order.begin(), order.end());
              for (int64_t t = 0; t < k; ++t) {
                EXPECT_EQ(inds[obase + t * ost[axis]], order[t]);
                EXPECT_EQ(vals[obase + t * ost[axis]], v[base + order[t] * st[axis]]);
              }
            }
      }
}

TEST(TopK, NaNEdgeCasesAndErrors) {
  auto outs = run_all("top_k", {make<double>(Shape{4}, {1, NAN, 3, -1})}, {i64("k", 2)});
  auto v = values<double>(outs[0]);
  EXPECT_TRUE(std::isnan(v[0]));
  EXPECT_EQ(v[1], 3);
  EXPECT_EQ(values<int64_t>(outs[1]), (std::vector<int64_t>{1, 2}));
  auto low = run_all("top_k", {make<double>(Shape{4}, {1, NAN, 3, -1})}, {i64("k", 4), boolean("largest", false)});
  EXPECT_EQ(values<int64_t>(low[1]), (std::vector<int64_t>{3, 0, 2, 1}));
  auto none = run_all("top_k", {make<float>(Shape{2, 3}, {1, 2, 3, 4, 5, 6})}, {i64("k", 0)});
  EXPECT_EQ(none[0].shape(), (Shape{2, 0}));
  // A long row (sorting path) against std::partial_sort.
  auto big = random_doubles(100000, 9);
  auto top = run_all("top_k", {make<double>(Shape{100000}, big)}, {i64("k", 10)});
  auto ref = big;
  std::partial_sort(ref.begin(), ref.begin() + 10, ref.end(), std::greater<double>());
  auto tv = values<double>(top[0]);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(tv[i], ref[i]);
  Tensor x = Tensor::zeros(DType::Float32, Shape{2, 3});
  EXPECT_TSR_ERROR(run("top_k", {x}, {i64("k", 4)}), Status::InvalidAttribute, "k");
  EXPECT_TSR_ERROR(run("top_k", {x}), Status::InvalidAttribute, "k");
  EXPECT_TSR_ERROR(run("top_k", {x}, {i64("k", -1)}), Status::InvalidAttribute, "k");
  EXPECT_TSR_ERROR(run("top_k", {x}, {i64("k", 1), i64("axis", 2)}), Status::InvalidAttribute, "axis");
  EXPECT_TSR_ERROR(run("top_k", {Tensor::zeros(DType::Bool, Shape{2})}, {i64("k", 1)}), Status::DTypeMismatch, "x");
}

// ---- non_zero -------------------------------------------------------------------------------------

TEST(NonZero, MatchesNaiveIncludingScalarsEmptyAndLarge) {
  std::vector<float> v = {0, 1.5f, 0, NAN, -0.0f, 2, 0, 0, 3, 0, 0, 4};
  auto got = run("non_zero", {make<float>(Shape{2, 3, 2}, v)});
  ASSERT_EQ(got.shape(), (Shape{3, 5}));
  EXPECT_EQ(values<int64_t>(got), (std::vector<int64_t>{0, 0, 0, 1, 1, 0, 1, 2, 1, 2, 1, 1, 1, 0, 1}));
  EXPECT_EQ(run("non_zero", {make<int32_t>(Shape{}, {5})}).shape(), (Shape{1, 1}));
  EXPECT_EQ(run("non_zero", {make<int32_t>(Shape{}, {0})}).shape(), (Shape{1, 0}));
  EXPECT_EQ(run("non_zero", {Tensor::zeros(DType::Bool, Shape{3, 0})}).shape(), (Shape{2, 0}));
  // 200000 elements, every 7th nonzero, across several chunks.
  const int64_t n = 200000;
  std::vector<uint8_t> big(n, 0);
  for (int64_t i = 0; i < n; i += 7) big[i] = 1;
  auto idx = values<int64_t>(run("non_zero", {make<uint8_t>(Shape{400, 500}, big)}));
  const int64_t nnz = (n + 6) / 7;
  ASSERT_EQ(static_cast<int64_t>(idx.size()), 2 * nnz);
  for (int64_t k = 0; k < nnz; ++k) {
    ASSERT_EQ(idx[k], (k * 7) / 500);
    ASSERT_EQ(idx[nnz + k], (k * 7) % 500);
  }
  // A strided view.
  Tensor xt = run("transpose", {make<int32_t>(Shape{2, 2}, {0, 1, 2, 0})});  // [[0, 2], [1, 0]]
  EXPECT_EQ(values<int64_t>(run("non_zero", {xt})), (std::vector<int64_t>{0, 1, 1, 0}));
}

// ---- triu / tril ----------------------------------------------------------------------------------

TEST(Triangle, MatchesNaiveForManyOffsetsAndBatches) {
  auto v = random_doubles(2 * 4 * 6, 10);
  Tensor x = make<double>(Shape{2, 4, 6}, v);
  for (int64_t k : {int64_t{-10}, int64_t{-4}, int64_t{-1}, int64_t{0}, int64_t{2}, int64_t{6}, int64_t{100}, INT64_MAX, INT64_MIN}) {
    auto up = values<double>(run("triu", {x}, {i64("k", k)}));
    auto lo = values<double>(run("tril", {x}, {i64("k", k)}));
    for (int b = 0; b < 2; ++b)
      for (int64_t i = 0; i < 4; ++i)
        for (int64_t j = 0; j < 6; ++j) {
          const int64_t p = (b * 4 + i) * 6 + j;
          // j - i >= k without overflow: compare as long double.
          const long double diff = static_cast<long double>(j) - i;
          EXPECT_EQ(up[p], diff >= static_cast<long double>(k) ? v[p] : 0.0) << "k " << k << " p " << p;
          EXPECT_EQ(lo[p], diff <= static_cast<long double>(k) ? v[p] : 0.0) << "k " << k << " p " << p;
        }
  }
  Tensor xt = run("transpose", {make<int32_t>(Shape{2, 2}, {1, 2, 3, 4})});  // [[1, 3], [2, 4]]
  EXPECT_EQ(values<int32_t>(run("triu", {xt})), (std::vector<int32_t>{1, 3, 0, 4}));
  EXPECT_EQ(bools(run("tril", {make_bools(Shape{2, 2}, {1, 1, 1, 1})})), (std::vector<int>{1, 0, 1, 1}));
  EXPECT_TSR_ERROR(run("triu", {make<float>(Shape{3}, {1, 2, 3})}), Status::ShapeMismatch, "x");
}

// ---- gradients ------------------------------------------------------------------------------------

TEST(IndexingGradients, MatchFiniteDifferences) {
  auto v = random_doubles(3 * 4 * 5, 11);
  Tensor x = make<double>(Shape{3, 4, 5}, v);
  // gather with repeated and negative indices on a middle axis: repeated picks add up.
  expect_gradient_matches("gather", {x, make<int32_t>(Shape{2, 2}, {1, -1, 1, 0})}, {i64("axis", -2)});
  expect_gradient_matches("gather", {x, make<int64_t>(Shape{}, {2})}, {i64("axis", 0)});
  expect_gradient_matches("gather_elements", {x, make<int64_t>(Shape{3, 2, 5}, std::vector<int64_t>{0, 1, 2, 3, -1, 1, 1, 1, 0, 0, 3, 2, 1, 0, 0,
                                                                                                   2, 2, 2, 2, 2, 0, 1, 0, 1, 0, 3, 3, 3, 1, 1})},
                          {i64("axis", 1)});
  expect_gradient_matches("gather_nd", {x, make<int64_t>(Shape{3, 2, 1}, {1, 3, 0, 0, -1, 2})}, {i64("batch_dims", 1)});
  expect_gradient_matches("gather_nd", {x, make<int64_t>(Shape{2, 2}, {0, 1, 2, 3})}, {});
  // scatter_elements: unique positions per reduction.
  Tensor data = make<double>(Shape{3, 4}, random_doubles(12, 12, 0.5, 1.5));
  Tensor upd = make<double>(Shape{2, 4}, random_doubles(8, 13, 1.6, 2.5));
  Tensor idx = make<int64_t>(Shape{2, 4}, {0, 2, 1, 0, 2, 0, 0, 1});
  for (const char* red : {"none", "add", "mul", "max"}) expect_gradient_matches("scatter_elements", {data, idx, upd}, {choice("scatter_elements", "reduction", red)});
  Tensor small = make<double>(Shape{2, 4}, random_doubles(8, 14, -0.5, 0.4));
  expect_gradient_matches("scatter_elements", {data, idx, small}, {choice("scatter_elements", "reduction", "min")});
  expect_gradient_matches("scatter_elements", {data, make<int64_t>(Shape{3, 2}, {3, 0, 1, 2, -1, 0}), make<double>(Shape{3, 2}, random_doubles(6, 15))},
                          {i64("axis", 1), choice("scatter_elements", "reduction", "add")});
  Tensor rows = make<double>(Shape{2, 4}, random_doubles(8, 16, 1.6, 2.5));
  for (const char* red : {"none", "add", "mul", "max"})
    expect_gradient_matches("scatter_nd", {data, make<int64_t>(Shape{2, 1}, {2, 0}), rows}, {choice("scatter_nd", "reduction", red)});
  expect_gradient_matches("top_k", {x}, {i64("k", 2), i64("axis", 1), boolean("largest", false)});
  expect_gradient_matches("top_k", {x}, {i64("k", 3), boolean("sorted", false)});
  expect_gradient_matches("triu", {x}, {i64("k", 1)});
  expect_gradient_matches("tril", {x}, {i64("k", -1)});
}

TEST(IndexingGradients, NonDifferentiableOperatorsSayWhy) {
  for (const char* name : {"one_hot", "non_zero"}) {
    EXPECT_EQ(op(name).gradient.status, "none") << name;
    EXPECT_FALSE(op(name).gradient.reason.empty()) << name;
  }
}
