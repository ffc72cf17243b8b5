// nn-misc operators (dropout, gemm, einsum, resize, embedding) against naive reference loops.
#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

#include "tessera/core/thread_pool.h"
#include "train_test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

// SplitMix64 (Steele, Lea, Flood 2014), sequential form: the documented dropout generator.
struct SplitMix64 {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

}  // namespace

// ==== dropout ==================================================================================

TEST(Dropout, MaskFollowsTheDocumentedGenerator) {
  std::mt19937 gen(1);
  Tensor x = random_tensor<double>(Shape{4, 50}, gen);
  auto out = run_all("dropout", {x}, {f64("ratio", 0.3), boolean("training", true), i64("seed", 12345)});
  SplitMix64 sm{12345};
  auto xv = values<double>(x), yv = values<double>(out[0]);
  auto mv = bools(out[1]);
  for (int64_t i = 0; i < x.numel(); ++i) {
    const double u = static_cast<double>(sm.next() >> 11) * 0x1.0p-53;
    const bool keep = u >= 0.3;
    ASSERT_EQ(mv[i], keep) << i;
    EXPECT_DOUBLE_EQ(yv[i], keep ? xv[i] * (1 / 0.7) : 0.0) << i;
  }
}

TEST(Dropout, SameSeedSameMaskAcrossThreadCounts) {
  std::mt19937 gen(2);
  Tensor x = random_tensor<float>(Shape{300000}, gen);
  auto a = run_all("dropout", {x}, {f64("ratio", 0.5), boolean("training", true), i64("seed", 7)});
  set_num_threads(1);
  auto b = run_all("dropout", {x}, {f64("ratio", 0.5), boolean("training", true), i64("seed", 7)});
  set_num_threads(0);
  EXPECT_EQ(bools(a[1]), bools(b[1]));
  EXPECT_EQ(values<float>(a[0]), values<float>(b[0]));
  auto c = run_all("dropout", {x}, {f64("ratio", 0.5), boolean("training", true), i64("seed", 8)});
  EXPECT_NE(bools(a[1]), bools(c[1]));
}

TEST(Dropout, KeptFractionAndScale) {
  std::mt19937 gen(3);
  Tensor x = random_tensor<float>(Shape{200000}, gen, 0.5, 1.5);
  for (double ratio : {0.1, 0.5, 0.9}) {
    auto out = run_all("dropout", {x}, {f64("ratio", ratio), boolean("training", true), i64("seed", 99)});
    auto xv = values<float>(x), yv = values<float>(out[0]);
    auto mv = bools(out[1]);
    int64_t kept = 0;
    const float scale = static_cast<float>(1.0 / (1.0 - ratio));
    for (size_t i = 0; i < xv.size(); ++i) {
      kept += mv[i];
      EXPECT_EQ(yv[i], mv[i] ? xv[i] * scale : 0.0f);
      if (yv[i] != (mv[i] ? xv[i] * scale : 0.0f)) break;
    }
    EXPECT_NEAR(static_cast<double>(kept) / xv.size(), 1 - ratio, 0.01) << ratio;
  }
}

TEST(Dropout, InferenceAndZeroRatioPassThrough) {
  Tensor x = make<float>(Shape{2, 2}, {1, -2, 3, 4});
  for (auto attrs : {std::vector<Attr>{f64("ratio", 0.9)}, std::vector<Attr>{f64("ratio", 0.0), boolean("training", true)}}) {
    auto out = run_all("dropout", {x}, attrs);
    EXPECT_EQ(values<float>(out[0]), values<float>(x));
    EXPECT_EQ(bools(out[1]), (std::vector<int>{1, 1, 1, 1}));
  }
}

TEST(Dropout, SeedZeroDrawsAFreshSeed) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{1000});
  auto a = run_all("dropout", {x}, {boolean("training", true)});
  auto b = run_all("dropout", {x}, {boolean("training", true)});
  EXPECT_NE(bools(a[1]), bools(b[1]));
}

TEST(Dropout, Errors) {
  Tensor x = make<float>(Shape{2}, {1, 2});
  EXPECT_TSR_ERROR(run("dropout", {x}, {f64("ratio", 1.0)}), Status::InvalidAttribute, "ratio");
  EXPECT_TSR_ERROR(run("dropout", {x}, {f64("ratio", -0.1)}), Status::InvalidAttribute, "ratio");
  EXPECT_TSR_ERROR(run("dropout", {x}, {f64("ratio", NAN)}), Status::InvalidAttribute, "ratio");
  EXPECT_TSR_ERROR(run("dropout", {make<int32_t>(Shape{2}, {1, 2})}), Status::DTypeMismatch, "x");
}

TEST(Dropout, Gradient) {
  std::mt19937 gen(4);
  check_gradients("dropout", {random_tensor<double>(Shape{3, 5}, gen)}, {f64("ratio", 0.4), boolean("training", true), i64("seed", 3)});
  check_gradients("dropout", {random_tensor<double>(Shape{4}, gen)}, {f64("ratio", 0.4)});
}

// ==== gemm =====================================================================================

namespace {

// y = alpha * op(a) @ op(b) + beta * c with c broadcast, in double.
std::vector<double> naive_gemm(const Tensor& a, const Tensor& b, const Tensor* c, bool ta, bool tb, double alpha, double beta) {
  auto av = as_doubles(a), bv = as_doubles(b);
  const int64_t m = ta ? a.dim(1) : a.dim(0), k = ta ? a.dim(0) : a.dim(1), n = tb ? b.dim(0) : b.dim(1);
  std::vector<double> y(m * n, 0.0);
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) {
      double s = 0;
      for (int64_t p = 0; p < k; ++p)
        s += (ta ? av[p * a.dim(1) + i] : av[i * a.dim(1) + p]) * (tb ? bv[j * b.dim(1) + p] : bv[p * b.dim(1) + j]);
      y[i * n + j] = alpha * s;
      if (c) {
        auto cv = as_doubles(*c);
        int64_t ci = 0;
        if (c->ndim() == 2) ci = (c->dim(0) == 1 ? 0 : i) * c->dim(1) + (c->dim(1) == 1 ? 0 : j);
        else if (c->ndim() == 1) ci = c->dim(0) == 1 ? 0 : j;
        y[i * n + j] += beta * cv[ci];
      }
    }
  return y;
}

}  // namespace

TEST(Gemm, MatchesNaiveLoopsForEveryTransposeAndBias) {
  std::mt19937 gen(5);
  const int64_t m = 7, k = 5, n = 6;
  for (bool ta : {false, true})
    for (bool tb : {false, true})
      for (int cshape = 0; cshape < 5; ++cshape) {
        SCOPED_TRACE("ta=" + std::to_string(ta) + " tb=" + std::to_string(tb) + " c=" + std::to_string(cshape));
        Tensor a = random_tensor<double>(ta ? Shape{k, m} : Shape{m, k}, gen);
        Tensor b = random_tensor<double>(tb ? Shape{n, k} : Shape{k, n}, gen);
        const Shape cs[5] = {Shape{}, Shape{n}, Shape{m, 1}, Shape{m, n}, Shape{1, n}};
        Tensor c = random_tensor<double>(cs[cshape], gen);
        Tensor y = run("gemm", {a, b, c}, {f64("alpha", 0.75), f64("beta", -1.5), boolean("trans_a", ta), boolean("trans_b", tb)});
        ASSERT_EQ(y.shape(), (Shape{m, n}));
        auto want = naive_gemm(a, b, &c, ta, tb, 0.75, -1.5);
        auto got = values<double>(y);
        for (size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(got[i], want[i], 1e-12) << i;
      }
}

TEST(Gemm, Float32WithoutCAndAsNullOptional) {
  std::mt19937 gen(6);
  Tensor a = random_tensor<float>(Shape{33, 17}, gen), b = random_tensor<float>(Shape{17, 9}, gen);
  auto want = naive_gemm(a, b, nullptr, false, false, 2, 0);
  auto got2 = values<float>(run("gemm", {a, b}, {f64("alpha", 2)}));
  auto got3 = values<float>(run_ptrs("gemm", {&a, &b, nullptr}, {f64("alpha", 2)})[0]);
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_NEAR(got2[i], want[i], 1e-5 * (1 + std::fabs(want[i])));
    EXPECT_EQ(got2[i], got3[i]);
  }
}

TEST(Gemm, StridedViewsAndEmptyInnerDimension) {
  std::mt19937 gen(7);
  // A transposed view (column-major) and a sliced view (row stride larger than its width).
  Tensor base = random_tensor<double>(Shape{6, 4}, gen);
  Tensor at = run("transpose", {base});                                                        // [4, 6], column-major
  Tensor bs = run("slice", {random_tensor<double>(Shape{6, 8}, gen)}, {ints("starts", {0, 1}), ints("ends", {6, 6})});  // [6, 5]
  Tensor y = run("gemm", {at, bs});
  auto want = naive_gemm(at.contiguous(), bs.contiguous(), nullptr, false, false, 1, 0);
  auto got = values<double>(y);
  for (size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(got[i], want[i], 1e-12);
  // K = 0: the product is zero, only beta * c remains.
  Tensor e = run("gemm", {Tensor::zeros(DType::Float64, Shape{2, 0}), Tensor::zeros(DType::Float64, Shape{0, 3}), make<double>(Shape{3}, {1, 2, 3})},
                 {f64("beta", 2)});
  EXPECT_EQ(values<double>(e), (std::vector<double>{2, 4, 6, 2, 4, 6}));
}

TEST(Gemm, Errors) {
  Tensor a = Tensor::zeros(DType::Float32, Shape{2, 3}), b = Tensor::zeros(DType::Float32, Shape{4, 2});
  EXPECT_TSR_ERROR(run("gemm", {a, b}), Status::ShapeMismatch, "b");
  EXPECT_TSR_ERROR(run("gemm", {Tensor::zeros(DType::Float32, Shape{3}), b}), Status::ShapeMismatch, "a");
  EXPECT_TSR_ERROR(run("gemm", {a, Tensor::zeros(DType::Float64, Shape{3, 2})}), Status::DTypeMismatch, "b");
  Tensor ok_b = Tensor::zeros(DType::Float32, Shape{3, 4});
  EXPECT_TSR_ERROR(run("gemm", {a, ok_b, Tensor::zeros(DType::Float32, Shape{3})}), Status::ShapeMismatch, "c");
  EXPECT_TSR_ERROR(run("gemm", {a, ok_b, Tensor::zeros(DType::Float32, Shape{1, 2, 4})}), Status::ShapeMismatch, "c");
  EXPECT_TSR_ERROR(run("gemm", {a, ok_b, Tensor::zeros(DType::Float64, Shape{4})}), Status::DTypeMismatch, "c");
  EXPECT_TSR_ERROR(run("gemm", {Tensor::zeros(DType::Int32, Shape{2, 2}), Tensor::zeros(DType::Int32, Shape{2, 2})}), Status::DTypeMismatch, "a");
}

TEST(Gemm, Gradients) {
  std::mt19937 gen(8);
  for (bool ta : {false, true})
    for (bool tb : {false, true}) {
      Tensor a = random_tensor<double>(ta ? Shape{3, 2} : Shape{2, 3}, gen), b = random_tensor<double>(tb ? Shape{4, 3} : Shape{3, 4}, gen);
      check_gradients("gemm", {a, b, random_tensor<double>(Shape{2, 1}, gen)},
                      {f64("alpha", 1.5), f64("beta", 0.5), boolean("trans_a", ta), boolean("trans_b", tb)});
      check_gradients("gemm", {a, b}, {boolean("trans_a", ta), boolean("trans_b", tb)});
    }
}

// ==== einsum ===================================================================================

namespace {

// Naive einsum for explicit equations over letters: every assignment of every label, size-1
// dimensions broadcasting. Returns the output values (row-major) and shape.
std::vector<double> naive_einsum(const std::string& eq, const std::vector<Tensor>& ops, Shape* out_shape) {
  const size_t arrow = eq.find("->");
  std::vector<std::string> terms;
  std::string lhs = eq.substr(0, arrow), out = eq.substr(arrow + 2);
  for (size_t pos = 0;;) {
    size_t c = lhs.find(',', pos);
    terms.push_back(lhs.substr(pos, c == std::string::npos ? std::string::npos : c - pos));
    if (c == std::string::npos) break;
    pos = c + 1;
  }
  std::map<char, int64_t> size;
  for (size_t k = 0; k < ops.size(); ++k)
    for (size_t d = 0; d < terms[k].size(); ++d) size[terms[k][d]] = std::max(size[terms[k][d]], ops[k].dim(static_cast<int>(d)));
  std::vector<char> labels;
  for (auto& [l, s] : size) labels.push_back(l);
  *out_shape = Shape();
  for (char l : out) out_shape->push_back(size[l]);
  std::vector<double> y(out_shape->numel(), 0.0);
  std::vector<std::vector<double>> vals;
  for (const auto& t : ops) vals.push_back(as_doubles(t));
  std::map<char, int64_t> at;
  for (char l : labels) at[l] = 0;
  int64_t total = 1;
  for (char l : labels) total *= size[l];
  for (int64_t it = 0; it < total; ++it) {
    int64_t rem = it;
    for (auto l = labels.rbegin(); l != labels.rend(); ++l) {
      at[*l] = rem % size[*l];
      rem /= size[*l];
    }
    double p = 1;
    for (size_t k = 0; k < ops.size(); ++k) {
      int64_t idx = 0;
      for (size_t d = 0; d < terms[k].size(); ++d) {
        const int64_t n = ops[k].dim(static_cast<int>(d));
        idx = idx * n + (n == 1 ? 0 : at[terms[k][d]]);
      }
      p *= vals[k][idx];
    }
    int64_t o = 0;
    for (char l : out) o = o * size[l] + at[l];
    y[o] += p;
  }
  return y;
}

void expect_einsum(const std::string& eq, const std::vector<Tensor>& ops, const std::string& naive_eq = "") {
  SCOPED_TRACE(eq);
  Shape want_shape;
  auto want = naive_einsum(naive_eq.empty() ? eq : naive_eq, ops, &want_shape);
  Tensor y = run_all("einsum", ops, {str("equation", eq)})[0];
  ASSERT_EQ(y.shape(), want_shape);
  auto got = as_doubles(y);
  const double tol = ops[0].dtype() == DType::Float32 ? 1e-5 : 1e-12;
  for (size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(got[i], want[i], tol * (1 + std::fabs(want[i]))) << i;
}

}  // namespace

TEST(Einsum, MatchesNaiveLoops) {
  std::mt19937 gen(9);
  auto r = [&](Shape s) { return random_tensor<double>(s, gen); };
  expect_einsum("ij,jk->ik", {r({3, 4}), r({4, 5})});                          // matmul
  expect_einsum("ij,kj->ik", {r({3, 4}), r({5, 4})});                          // a @ b^T
  expect_einsum("ji,jk->ik", {r({4, 3}), r({4, 5})});                          // a^T @ b
  expect_einsum("ij->ji", {r({3, 4})});                                        // transpose
  expect_einsum("ii->", {r({4, 4})});                                          // trace
  expect_einsum("ii->i", {r({4, 4})});                                         // diagonal
  expect_einsum("iji->ij", {r({3, 2, 3})});                                    // diagonal over non-adjacent axes
  expect_einsum("bij,bjk->bik", {r({2, 3, 4}), r({2, 4, 5})});                 // batched matmul
  expect_einsum("i,j->ij", {r({3}), r({4})});                                  // outer
  expect_einsum("ij,ij->ij", {r({3, 4}), r({3, 4})});                          // element-wise
  expect_einsum("ij,ij->", {r({3, 4}), r({3, 4})});                            // Frobenius inner product
  expect_einsum("bi,bi->b", {r({5, 7}), r({5, 7})});                           // batched dot
  expect_einsum("ij->", {r({3, 4})});                                          // sum
  expect_einsum("ijk->kj", {r({2, 3, 4})});                                    // partial sum + permute
  expect_einsum("ij,jk,kl->il", {r({2, 3}), r({3, 4}), r({4, 2})});            // chain of three
  expect_einsum("ab,cd->dacb", {r({2, 3}), r({4, 5})});                        // 4-d outer, permuted
  expect_einsum("bhqd,bhkd->bhqk", {r({2, 3, 4, 5}), r({2, 3, 6, 5})});        // attention scores
  expect_einsum("ij,jk->ik", {r({3, 1}), r({4, 5})});                          // size-1 label broadcasts
  expect_einsum("ij,ij->ij", {r({1, 4}), r({3, 4})});
  expect_einsum("i,i,i->i", {r({4}), r({1}), r({4})});
}

TEST(Einsum, ImplicitOutputIsAlphabetical) {
  std::mt19937 gen(10);
  Tensor a = random_tensor<double>(Shape{2, 3}, gen), b = random_tensor<double>(Shape{3, 4}, gen);
  expect_einsum("ba", {a}, "ba->ab");
  expect_einsum("ij,jk", {a, b}, "ij,jk->ik");
  expect_einsum("Ba", {a}, "Ba->Ba");  // upper case sorts first (ASCII)
  expect_einsum("ii", {random_tensor<double>(Shape{3, 3}, gen)}, "ii->");
}

TEST(Einsum, Ellipsis) {
  std::mt19937 gen(11);
  auto r = [&](Shape s) { return random_tensor<double>(s, gen); };
  expect_einsum("...ij,...jk->...ik", {r({2, 3, 4}), r({2, 4, 5})}, "bij,bjk->bik");
  expect_einsum("...ij,...jk->...ik", {r({2, 1, 3, 4}), r({5, 4, 2})}, "abij,bjk->abik");  // broadcast batch dims
  expect_einsum("...ij->...ji", {r({2, 3, 4})}, "bij->bji");
  expect_einsum("i...->...", {r({3, 2, 4})}, "iab->ab");
  expect_einsum("...ii->...i", {r({2, 3, 3})}, "bii->bi");
  expect_einsum("...,...->...", {r({4}), r({3, 1})}, "b,ab->ab");
  expect_einsum("ij...", {r({2, 3, 4})}, "ija->aij");  // implicit: ellipsis dims first
  expect_einsum("...ij,jk", {r({2, 3, 4}), r({4, 2})}, "aij,jk->aik");
}

TEST(Einsum, IntegerAndFloat32) {
  Tensor a = make<int64_t>(Shape{2, 2}, {1, 2, 3, 4}), b = make<int64_t>(Shape{2, 2}, {5, 6, 7, 8});
  EXPECT_EQ(values<int64_t>(run_all("einsum", {a, b}, {str("equation", "ij,jk->ik")})[0]), (std::vector<int64_t>{19, 22, 43, 50}));
  EXPECT_EQ(values<int64_t>(run_all("einsum", {a}, {str("equation", "ii")})[0]), (std::vector<int64_t>{5}));
  std::mt19937 gen(12);
  expect_einsum("bij,bkj->bik", {random_tensor<float>(Shape{3, 16, 8}, gen), random_tensor<float>(Shape{3, 12, 8}, gen)});
  expect_einsum(" i j , j k -> i k ", {random_tensor<float>(Shape{2, 3}, gen), random_tensor<float>(Shape{3, 2}, gen)}, "ij,jk->ik");
}

TEST(Einsum, EmptyDimensions) {
  Tensor a = Tensor::zeros(DType::Float64, Shape{2, 0}), b = Tensor::zeros(DType::Float64, Shape{0, 3});
  Tensor y = run_all("einsum", {a, b}, {str("equation", "ij,jk->ik")})[0];
  EXPECT_EQ(y.shape(), (Shape{2, 3}));
  EXPECT_EQ(values<double>(y), std::vector<double>(6, 0.0));
  EXPECT_EQ(run_all("einsum", {Tensor::zeros(DType::Float32, Shape{0, 4})}, {str("equation", "ij->j")})[0].shape(), (Shape{4}));
}

TEST(Einsum, MalformedEquationsAreClearErrors) {
  Tensor m = Tensor::zeros(DType::Float32, Shape{2, 3}), v = Tensor::zeros(DType::Float32, Shape{3});
  auto e = [&](const std::string& eq, std::vector<Tensor> ops) { return run_all("einsum", ops, {str("equation", eq)}); };
  EXPECT_TSR_ERROR(e("ij,j->i->i", {m, v}), Status::InvalidAttribute, "equation");
  EXPECT_TSR_ERROR(e("ij,j1->i", {m, v}), Status::InvalidAttribute, "equation");
  EXPECT_TSR_ERROR(e("i.j->i", {m}), Status::InvalidAttribute, "equation");
  EXPECT_TSR_ERROR(e("...i...->i", {m}), Status::InvalidAttribute, "equation");
  EXPECT_TSR_ERROR(e("ij->i", {m, v}), Status::InvalidAttribute, "equation");        // 1 term, 2 inputs
  EXPECT_TSR_ERROR(e("ij,j,k->i", {m, v}), Status::InvalidAttribute, "equation");    // 3 terms, 2 inputs
  EXPECT_TSR_ERROR(e("ij->iz", {m}), Status::InvalidAttribute, "equation");          // z not in inputs
  EXPECT_TSR_ERROR(e("ij->ii", {m}), Status::InvalidAttribute, "equation");          // repeated output label
  EXPECT_TSR_ERROR(e("...j->j", {m}), Status::InvalidAttribute, "equation");         // '...' dims with no place
  EXPECT_TSR_ERROR(e("ijk->i", {m}), Status::ShapeMismatch, "inputs[0]");            // rank mismatch
  EXPECT_TSR_ERROR(e("ij,i->j", {m, v}), Status::ShapeMismatch, "inputs[1]");        // i is 2 and 3
  EXPECT_TSR_ERROR(e("ii->i", {m}), Status::ShapeMismatch, "inputs[0]");             // non-square diagonal
  EXPECT_TSR_ERROR(e("ij,j->i", {m, Tensor::zeros(DType::Float64, Shape{3})}), Status::DTypeMismatch, "inputs[1]");
  EXPECT_TSR_ERROR(run_all("einsum", {m}), Status::InvalidAttribute, "equation");     // required
}

TEST(Einsum, Gradients) {
  std::mt19937 gen(13);
  auto r = [&](Shape s) { return random_tensor<double>(s, gen); };
  check_gradients("einsum", {r({2, 3}), r({3, 4})}, {str("equation", "ij,jk->ik")});
  check_gradients("einsum", {r({3, 3})}, {str("equation", "ii->")});
  check_gradients("einsum", {r({3, 3})}, {str("equation", "ii->i")});
  check_gradients("einsum", {r({2, 3, 2})}, {str("equation", "iji->j")});
  check_gradients("einsum", {r({2, 3}), r({4})}, {str("equation", "ij,k->i")});          // k only in operand 1
  check_gradients("einsum", {r({1, 2, 3}), r({4, 3, 2})}, {str("equation", "...ij,...jk->...ik")});  // broadcast batch
  check_gradients("einsum", {r({3, 1}), r({3, 4})}, {str("equation", "ij,ij->ij")});      // labeled broadcast
  check_gradients("einsum", {r({2, 3}), r({3, 2}), r({2})}, {str("equation", "ij,jk,k")});
}

// ==== resize ===================================================================================

namespace {

std::vector<double> resize1d(const std::vector<double>& x, const std::vector<Attr>& attrs) {
  return values<double>(run("resize", {make<double>(Shape{static_cast<int64_t>(x.size())}, x)}, attrs));
}

}  // namespace

TEST(Resize, NearestHandComputed) {
  auto nearest = [](const char* coord, const char* mode) {
    return std::vector<Attr>{enum_of("resize", "coordinate_transformation_mode", coord), enum_of("resize", "nearest_mode", mode)};
  };
  auto with = [](std::vector<Attr> a, Attr b) {
    a.push_back(b);
    return a;
  };
  // half_pixel, scale 2: sources o/2 - 0.25 -> 0, 0, 1, 1, 2, 2, 3, 3.
  EXPECT_EQ(resize1d({1, 2, 3, 4}, {floats("scales", {2})}), (std::vector<double>{1, 1, 2, 2, 3, 3, 4, 4}));
  // half_pixel, 4 -> 2: sources 0.5 and 2.5, the rounding mode decides.
  const std::vector<double> x4 = {0, 10, 20, 30};
  EXPECT_EQ(resize1d(x4, with(nearest("half_pixel", "round_prefer_floor"), ints("sizes", {2}))), (std::vector<double>{0, 20}));
  EXPECT_EQ(resize1d(x4, with(nearest("half_pixel", "round_prefer_ceil"), ints("sizes", {2}))), (std::vector<double>{10, 30}));
  EXPECT_EQ(resize1d(x4, with(nearest("half_pixel", "floor"), ints("sizes", {2}))), (std::vector<double>{0, 20}));
  EXPECT_EQ(resize1d(x4, with(nearest("half_pixel", "ceil"), ints("sizes", {2}))), (std::vector<double>{10, 30}));
  // asymmetric, 3 -> 4: sources 0, 0.75, 1.5, 2.25.
  const std::vector<double> x3 = {0, 10, 20};
  EXPECT_EQ(resize1d(x3, with(nearest("asymmetric", "round_prefer_floor"), ints("sizes", {4}))), (std::vector<double>{0, 10, 10, 20}));
  EXPECT_EQ(resize1d(x3, with(nearest("asymmetric", "round_prefer_ceil"), ints("sizes", {4}))), (std::vector<double>{0, 10, 20, 20}));
  EXPECT_EQ(resize1d(x3, with(nearest("asymmetric", "floor"), ints("sizes", {4}))), (std::vector<double>{0, 0, 10, 20}));
  EXPECT_EQ(resize1d(x3, with(nearest("asymmetric", "ceil"), ints("sizes", {4}))), (std::vector<double>{0, 10, 20, 20}));
  // align_corners, 3 -> 5: sources 0, 0.5, 1, 1.5, 2.
  EXPECT_EQ(resize1d(x3, with(nearest("align_corners", "round_prefer_floor"), ints("sizes", {5}))), (std::vector<double>{0, 0, 10, 10, 20}));
  EXPECT_EQ(resize1d(x3, with(nearest("align_corners", "round_prefer_ceil"), ints("sizes", {5}))), (std::vector<double>{0, 10, 10, 20, 20}));
  // pytorch_half_pixel equals half_pixel for outputs longer than 1 and samples 0 for length 1.
  EXPECT_EQ(resize1d(x3, with(nearest("pytorch_half_pixel", "round_prefer_floor"), ints("sizes", {1}))), (std::vector<double>{0}));
  EXPECT_EQ(resize1d(x3, with(nearest("half_pixel", "round_prefer_floor"), ints("sizes", {1}))), (std::vector<double>{10}));
}

TEST(Resize, LinearHandComputed) {
  const Attr lin = enum_of("resize", "mode", "linear");
  auto coord = [](const char* c) { return enum_of("resize", "coordinate_transformation_mode", c); };
  const std::vector<double> x2 = {0, 10};
  // half_pixel 2 -> 4: sources -0.25 (clamped), 0.25, 0.75, 1.25 (clamped).
  EXPECT_EQ(resize1d(x2, {lin, ints("sizes", {4})}), (std::vector<double>{0, 2.5, 7.5, 10}));
  EXPECT_EQ(resize1d(x2, {lin, ints("sizes", {4}), coord("pytorch_half_pixel")}), (std::vector<double>{0, 2.5, 7.5, 10}));
  // asymmetric scale 2: sources 0, 0.5, 1, 1.5 (clamped).
  EXPECT_EQ(resize1d(x2, {lin, floats("scales", {2}), coord("asymmetric")}), (std::vector<double>{0, 5, 10, 10}));
  // align_corners 2 -> 3: sources 0, 0.5, 1.
  EXPECT_EQ(resize1d(x2, {lin, ints("sizes", {3}), coord("align_corners")}), (std::vector<double>{0, 5, 10}));
  // Length-1 output: pytorch_half_pixel samples 0, half_pixel samples (0.5) * 3 - 0.5 = 1.
  const std::vector<double> x3 = {0, 10, 20};
  EXPECT_EQ(resize1d(x3, {lin, ints("sizes", {1}), coord("pytorch_half_pixel")}), (std::vector<double>{0}));
  EXPECT_EQ(resize1d(x3, {lin, ints("sizes", {1})}), (std::vector<double>{10}));
  // scales 0.5 on 3: floor(1.5) = 1 output at source (0.5) / 0.5 - 0.5 = 0.5.
  EXPECT_EQ(resize1d(x3, {lin, floats("scales", {0.5})}), (std::vector<double>{5}));
}

TEST(Resize, BilinearMatchesDirectFourNeighbourFormula) {
  std::mt19937 gen(14);
  Tensor x = random_tensor<double>(Shape{2, 3, 4, 5}, gen);
  const int64_t oh = 7, ow = 3;
  for (const char* coord : {"half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel"}) {
    SCOPED_TRACE(coord);
    Tensor y = run("resize", {x}, {enum_of("resize", "mode", "linear"), ints("sizes", {2, 3, oh, ow}),
                                   enum_of("resize", "coordinate_transformation_mode", coord)});
    ASSERT_EQ(y.shape(), (Shape{2, 3, oh, ow}));
    auto src = [&](int64_t o, int64_t in, int64_t out) {
      const double s = static_cast<double>(out) / in;
      std::string c = coord;
      double v = c == "asymmetric" ? o / s : c == "align_corners" ? (out == 1 ? 0 : o * (in - 1.0) / (out - 1.0)) : (o + 0.5) / s - 0.5;
      return std::min(std::max(v, 0.0), in - 1.0);
    };
    auto xv = values<double>(x), yv = values<double>(y);
    for (int64_t nc = 0; nc < 6; ++nc)
      for (int64_t i = 0; i < oh; ++i)
        for (int64_t j = 0; j < ow; ++j) {
          const double sy = src(i, 4, oh), sx = src(j, 5, ow);
          const int64_t y0 = static_cast<int64_t>(sy), x0 = static_cast<int64_t>(sx);
          const int64_t y1 = std::min<int64_t>(y0 + 1, 3), x1 = std::min<int64_t>(x0 + 1, 4);
          const double wy = sy - y0, wx = sx - x0;
          auto at = [&](int64_t a, int64_t b) { return xv[nc * 20 + a * 5 + b]; };
          const double want = (1 - wy) * ((1 - wx) * at(y0, x0) + wx * at(y0, x1)) + wy * ((1 - wx) * at(y1, x0) + wx * at(y1, x1));
          EXPECT_NEAR(yv[(nc * oh + i) * ow + j], want, 1e-12);
        }
  }
}

TEST(Resize, IdentityAndLargeFloat32) {
  std::mt19937 gen(15);
  Tensor x = random_tensor<float>(Shape{1, 8, 64, 64}, gen);
  EXPECT_EQ(values<float>(run("resize", {x}, {floats("scales", {1, 1, 1, 1})})), values<float>(x));
  Tensor y = run("resize", {x}, {enum_of("resize", "mode", "linear"), floats("scales", {1, 1, 2, 2})});
  EXPECT_EQ(y.shape(), (Shape{1, 8, 128, 128}));
  // Interior output (2i + 1, 2j + 1) sits at source (i + 0.25, j + 0.25).
  auto xv = values<float>(x), yv = values<float>(y);
  const int64_t i = 10, j = 20;
  const double want = 0.5625 * xv[i * 64 + j] + 0.1875 * xv[i * 64 + j + 1] + 0.1875 * xv[(i + 1) * 64 + j] + 0.0625 * xv[(i + 1) * 64 + j + 1];
  EXPECT_NEAR(yv[(2 * i + 1) * 128 + 2 * j + 1], want, 1e-5);
}

TEST(Resize, Errors) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{1, 1, 2, 2});
  EXPECT_TSR_ERROR(run("resize", {x}), Status::InvalidAttribute, "scales");
  EXPECT_TSR_ERROR(run("resize", {x}, {floats("scales", {1, 1, 2, 2}), ints("sizes", {1, 1, 4, 4})}), Status::InvalidAttribute, "sizes");
  EXPECT_TSR_ERROR(run("resize", {x}, {floats("scales", {2, 2})}), Status::InvalidAttribute, "scales");
  EXPECT_TSR_ERROR(run("resize", {x}, {floats("scales", {1, 1, 0, 2})}), Status::InvalidAttribute, "scales");
  EXPECT_TSR_ERROR(run("resize", {x}, {floats("scales", {1, 1, NAN, 2})}), Status::InvalidAttribute, "scales");
  EXPECT_TSR_ERROR(run("resize", {x}, {floats("scales", {1, 1, 1e300, 2})}), Status::InvalidAttribute, "scales");
  EXPECT_TSR_ERROR(run("resize", {x}, {ints("sizes", {1, 1, -4, 4})}), Status::InvalidAttribute, "sizes");
  EXPECT_TSR_ERROR(run("resize", {x}, {ints("sizes", {1, 1, 4})}), Status::InvalidAttribute, "sizes");
  EXPECT_TSR_ERROR(run("resize", {Tensor::zeros(DType::Float32, Shape{0, 2})}, {ints("sizes", {3, 2})}), Status::InvalidAttribute, "sizes");
  EXPECT_TSR_ERROR(run("resize", {Tensor::zeros(DType::Int32, Shape{2})}, {ints("sizes", {3})}), Status::DTypeMismatch, "x");
  EXPECT_TSR_ERROR(run("resize", {make<float>(Shape{}, {1})}, {ints("sizes", {})}), Status::ShapeMismatch, "x");
  // Downsampling to zero elements is allowed.
  EXPECT_EQ(run("resize", {x}, {ints("sizes", {1, 1, 0, 2})}).shape(), (Shape{1, 1, 0, 2}));
}

TEST(Resize, Gradients) {
  std::mt19937 gen(16);
  Tensor x = random_tensor<double>(Shape{1, 2, 3, 4}, gen);
  check_gradients("resize", {x}, {enum_of("resize", "mode", "linear"), ints("sizes", {1, 2, 5, 3})});
  check_gradients("resize", {x}, {enum_of("resize", "mode", "linear"), floats("scales", {1, 1, 2, 0.5}),
                                  enum_of("resize", "coordinate_transformation_mode", "align_corners")});
  check_gradients("resize", {x}, {ints("sizes", {2, 2, 6, 7})});  // nearest, batch axis resized too
}

// ==== embedding ================================================================================

TEST(Embedding, GathersRows) {
  std::mt19937 gen(17);
  Tensor w = random_tensor<float>(Shape{50, 16}, gen);
  std::uniform_int_distribution<int64_t> pick(0, 49);
  std::vector<int64_t> idx(3 * 4000);
  for (auto& i : idx) i = pick(gen);
  Tensor y = run("embedding", {w, make<int64_t>(Shape{3, 4000}, idx)});
  ASSERT_EQ(y.shape(), (Shape{3, 4000, 16}));
  auto wv = values<float>(w), yv = values<float>(y);
  for (size_t i = 0; i < idx.size(); ++i)
    for (int64_t d = 0; d < 16; ++d) ASSERT_EQ(yv[i * 16 + d], wv[idx[i] * 16 + d]) << i;
  Tensor y32 = run("embedding", {w, make<int32_t>(Shape{2}, {49, 0})});
  EXPECT_EQ(values<float>(y32)[16], wv[0]);
  EXPECT_EQ(values<float>(y32)[0], wv[49 * 16]);
  // Scalar index: a single row [D].
  EXPECT_EQ(run("embedding", {w, make<int64_t>(Shape{}, {3})}).shape(), (Shape{16}));
}

TEST(Embedding, OutOfRangeIndicesAreErrors) {
  Tensor w = Tensor::zeros(DType::Float32, Shape{4, 2});
  EXPECT_TSR_ERROR(run("embedding", {w, make<int64_t>(Shape{3}, {0, 4, 1})}), Status::InvalidArgument, "indices");
  EXPECT_TSR_ERROR(run("embedding", {w, make<int32_t>(Shape{1}, {-1})}), Status::InvalidArgument, "indices");
  EXPECT_TSR_ERROR(run("embedding", {w, make<float>(Shape{1}, {0})}), Status::DTypeMismatch, "indices");
  EXPECT_TSR_ERROR(run("embedding", {make<float>(Shape{}, {1}), make<int64_t>(Shape{1}, {0})}), Status::ShapeMismatch, "weight");
}

TEST(Embedding, GradientScatterAddsRepeatedRows) {
  Tensor w = Tensor::zeros(DType::Float64, Shape{3, 2});
  autograd::attach_grad(w);
  Tensor y;
  {
    const bool prev = autograd::set_recording(true);
    y = run("embedding", {w, make<int64_t>(Shape{3}, {2, 0, 2})});
    autograd::set_recording(prev);
  }
  autograd::backward({y}, {make<double>(Shape{3, 2}, {1, 2, 3, 4, 5, 6})});
  EXPECT_EQ(values<double>(w.autograd_meta()->grad), (std::vector<double>{3, 4, 0, 0, 6, 8}));
  std::mt19937 gen(18);
  check_gradients("embedding", {random_tensor<double>(Shape{5, 3}, gen), make<int32_t>(Shape{2, 2}, {4, 4, 0, 1})}, {});
}
