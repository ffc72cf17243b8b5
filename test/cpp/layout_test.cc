// flatten, squeeze, unsqueeze, expand, tile, pad, split, depth_to_space and space_to_depth
// against naive loops and NumPy-derived values: views that share storage where promised, every
// pad mode (checked against numpy 1.26 np.pad values), the variadic output of split, errors and
// gradients.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "shape_family_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {
bool shares_storage(const Tensor& a, const Tensor& b) { return a.storage() == b.storage(); }
std::vector<double> iota_d(size_t n, double from = 0) {
  std::vector<double> v(n);
  std::iota(v.begin(), v.end(), from);
  return v;
}
}  // namespace

// ---- flatten / squeeze / unsqueeze -----------------------------------------------------------------

TEST(Flatten, EveryAxisIsAViewOfContiguousInput) {
  Tensor x = make<double>(Shape{2, 3, 4}, iota_d(24));
  const std::vector<Shape> want = {{1, 24}, {2, 12}, {6, 4}, {24, 1}};
  for (int a = -3; a <= 3; ++a) {
    Tensor y = run("flatten", {x}, {i64("axis", a)});
    EXPECT_EQ(y.shape(), want[a < 0 ? a + 3 : a]) << a;
    EXPECT_TRUE(shares_storage(x, y));
    EXPECT_EQ(values<double>(y), iota_d(24));
  }
  // A transposed input cannot be viewed: the result is a correct copy.
  Tensor xt = run("transpose", {make<int32_t>(Shape{2, 3}, {1, 2, 3, 4, 5, 6})});
  EXPECT_EQ(values<int32_t>(run("flatten", {xt}, {i64("axis", 0)})), (std::vector<int32_t>{1, 4, 2, 5, 3, 6}));
  EXPECT_EQ(run("flatten", {make<float>(Shape{}, {1})}, {i64("axis", 0)}).shape(), (Shape{1, 1}));
  EXPECT_TSR_ERROR(run("flatten", {x}, {i64("axis", 4)}), Status::InvalidAttribute, "axis");
  EXPECT_TSR_ERROR(run("flatten", {x}, {i64("axis", -4)}), Status::InvalidAttribute, "axis");
}

TEST(Squeeze, ViewsForAllOrListedAxesAndErrors) {
  Tensor x = make<float>(Shape{1, 3, 1, 2}, {1, 2, 3, 4, 5, 6});
  Tensor all = run("squeeze", {x});
  EXPECT_EQ(all.shape(), (Shape{3, 2}));
  EXPECT_TRUE(shares_storage(x, all));
  EXPECT_EQ(run("squeeze", {x}, {ints("axes", {-2})}).shape(), (Shape{1, 3, 2}));
  EXPECT_EQ(run("squeeze", {x}, {ints("axes", {0, 2})}).shape(), (Shape{3, 2}));
  // Squeezing a strided view keeps its strides.
  Tensor xt = run("transpose", {make<float>(Shape{2, 1, 3}, {1, 2, 3, 4, 5, 6})});  // [3, 1, 2]
  Tensor s = run("squeeze", {xt});
  EXPECT_EQ(s.shape(), (Shape{3, 2}));
  EXPECT_TRUE(shares_storage(xt, s));
  EXPECT_EQ(values<float>(s), (std::vector<float>{1, 4, 2, 5, 3, 6}));
  EXPECT_TSR_ERROR(run("squeeze", {x}, {ints("axes", {1})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("squeeze", {x}, {ints("axes", {0, -4})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("squeeze", {x}, {ints("axes", {4})}), Status::InvalidAttribute, "axes");
}

TEST(Unsqueeze, AxesCountInTheResult) {
  Tensor x = make<int64_t>(Shape{2, 3}, {1, 2, 3, 4, 5, 6});
  EXPECT_EQ(run("unsqueeze", {x}, {ints("axes", {0})}).shape(), (Shape{1, 2, 3}));
  EXPECT_EQ(run("unsqueeze", {x}, {ints("axes", {-1})}).shape(), (Shape{2, 3, 1}));
  EXPECT_EQ(run("unsqueeze", {x}, {ints("axes", {3, 1})}).shape(), (Shape{2, 1, 3, 1}));
  Tensor y = run("unsqueeze", {x}, {ints("axes", {0, 2, 4})});
  EXPECT_EQ(y.shape(), (Shape{1, 2, 1, 3, 1}));
  EXPECT_TRUE(shares_storage(x, y));
  EXPECT_EQ(values<int64_t>(y), (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
  // Round trip through squeeze, and a strided input.
  Tensor xt = run("transpose", {x});
  EXPECT_EQ(values<int64_t>(run("squeeze", {run("unsqueeze", {xt}, {ints("axes", {1})})})), (std::vector<int64_t>{1, 4, 2, 5, 3, 6}));
  EXPECT_TSR_ERROR(run("unsqueeze", {x}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("unsqueeze", {x}, {ints("axes", {1, 1})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("unsqueeze", {x}, {ints("axes", {3})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("unsqueeze", {Tensor::zeros(DType::Float32, Shape{1, 1, 1, 1, 1, 1, 1, 1})}, {ints("axes", {0})}),
                   Status::InvalidAttribute, "axes");
}

// ---- expand ---------------------------------------------------------------------------------------

TEST(Expand, IsAStrideZeroViewThatOtherOperatorsRead) {
  Tensor x = make<double>(Shape{3, 1}, {1, 2, 3});
  Tensor y = run("expand", {x}, {ints("shape", {2, 1, 4})});
  ASSERT_EQ(y.shape(), (Shape{2, 3, 4}));
  EXPECT_TRUE(shares_storage(x, y));
  EXPECT_EQ(y.strides()[0], 0);
  EXPECT_EQ(y.strides()[2], 0);
  EXPECT_FALSE(y.is_contiguous());
  auto v = values<double>(y);
  for (int a = 0; a < 2; ++a)
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 4; ++j) EXPECT_EQ(v[(a * 3 + i) * 4 + j], i + 1);
  // Downstream operators read the view correctly.
  EXPECT_EQ(values<double>(run("sum", {y}, {ints("axes", {0, 2})})), (std::vector<double>{8, 16, 24}));
  Tensor z = run("add", {y, make<double>(Shape{4}, {0, 10, 20, 30})});
  EXPECT_EQ(values<double>(z)[5], 12);
  Tensor m = run("matmul", {run("expand", {make<double>(Shape{1, 2}, {1, 2})}, {ints("shape", {3, 2})}), make<double>(Shape{2, 1}, {10, 1})});
  EXPECT_EQ(values<double>(m), (std::vector<double>{12, 12, 12}));
  EXPECT_EQ(values<double>(run("cumsum", {y}, {i64("axis", 2)}))[3], 4);
  // A 1 in shape keeps x's size (bidirectional), and a scalar expands.
  EXPECT_EQ(run("expand", {make<float>(Shape{2, 3}, {1, 2, 3, 4, 5, 6})}, {ints("shape", {1, 1})}).shape(), (Shape{2, 3}));
  EXPECT_EQ(values<float>(run("expand", {make<float>(Shape{}, {7})}, {ints("shape", {3})})), (std::vector<float>{7, 7, 7}));
  EXPECT_TSR_ERROR(run("expand", {x}, {ints("shape", {2, 4})}), Status::InvalidAttribute, "shape");
  EXPECT_TSR_ERROR(run("expand", {x}, {ints("shape", {-1})}), Status::InvalidAttribute, "shape");
  EXPECT_TSR_ERROR(run("expand", {x}), Status::InvalidAttribute, "shape");
  EXPECT_TSR_ERROR(run("expand", {x}, {ints("shape", {int64_t{1} << 40, 3, int64_t{1} << 30})}), Status::InvalidAttribute, "shape");
}

// ---- tile -----------------------------------------------------------------------------------------

TEST(Tile, MatchesNaiveForSeveralRanksAndRepeats) {
  struct Case {
    std::vector<int64_t> shape, reps;
  };
  for (const auto& c : std::vector<Case>{{{3}, {4}}, {{2, 3}, {2, 1}}, {{2, 1, 3}, {1, 3, 2}}, {{1, 2, 1, 2, 1}, {2, 1, 3, 1, 2}}, {{2, 2}, {0, 3}}}) {
    int64_t n = 1;
    for (auto d : c.shape) n *= d;
    auto v = iota_d(n);
    Tensor x = make<double>(Shape::of(c.shape.data(), c.shape.size()), v);
    Tensor y = run("tile", {x}, {ints("repeats", c.reps)});
    std::vector<int64_t> os;
    for (size_t d = 0; d < c.shape.size(); ++d) os.push_back(c.shape[d] * c.reps[d]);
    ASSERT_EQ(y.shape(), Shape::of(os.data(), os.size()));
    auto got = values<double>(y);
    const auto ost = strides_of(os), xst = strides_of(c.shape);
    for (size_t p = 0; p < got.size(); ++p) {
      int64_t src = 0;
      for (size_t d = 0; d < os.size(); ++d) src += ((static_cast<int64_t>(p) / ost[d]) % os[d] % c.shape[d]) * xst[d];
      EXPECT_EQ(got[p], v[src]) << p;
    }
  }
  EXPECT_EQ(values<int32_t>(run("tile", {make<int32_t>(Shape{}, {5})}, {ints("repeats", {})})), (std::vector<int32_t>{5}));
  Tensor xt = run("transpose", {make<float>(Shape{2, 2}, {1, 2, 3, 4})});  // [[1, 3], [2, 4]]
  EXPECT_EQ(values<float>(run("tile", {xt}, {ints("repeats", {1, 2})})), (std::vector<float>{1, 3, 1, 3, 2, 4, 2, 4}));
  Tensor x = Tensor::zeros(DType::Float32, Shape{2, 3});
  EXPECT_TSR_ERROR(run("tile", {x}, {ints("repeats", {2})}), Status::InvalidAttribute, "repeats");
  EXPECT_TSR_ERROR(run("tile", {x}, {ints("repeats", {1, -1})}), Status::InvalidAttribute, "repeats");
  EXPECT_TSR_ERROR(run("tile", {x}, {ints("repeats", {INT64_MAX, 1})}), Status::InvalidAttribute, "repeats");
}

// ---- pad ------------------------------------------------------------------------------------------

namespace {
struct PadCase {
  const char* mode;
  std::vector<int64_t> pads;
  std::vector<int64_t> shape;
  std::vector<double> want;
};
}  // namespace

TEST(Pad, AllModesMatchNumpy) {
  // x = arange(1, 7).reshape(2, 3); expected values from numpy 1.26:
  //   np.pad(x, ((1, 0), (2, 1)), 'reflect'), np.pad(x, ((0, 1), (1, 2)), 'edge'),
  //   np.pad(x, ((1, 1), (2, 1)), 'wrap'), np.pad(x, ((0, 1), (1, 0)), constant_values=9).
  Tensor x = make<double>(Shape{2, 3}, {1, 2, 3, 4, 5, 6});
  const std::vector<PadCase> cases = {
      {"reflect", {1, 2, 0, 1}, {3, 6}, {6, 5, 4, 5, 6, 5, 3, 2, 1, 2, 3, 2, 6, 5, 4, 5, 6, 5}},
      {"edge", {0, 1, 1, 2}, {3, 6}, {1, 1, 2, 3, 3, 3, 4, 4, 5, 6, 6, 6, 4, 4, 5, 6, 6, 6}},
      {"wrap", {1, 2, 1, 1}, {4, 6}, {5, 6, 4, 5, 6, 4, 2, 3, 1, 2, 3, 1, 5, 6, 4, 5, 6, 4, 2, 3, 1, 2, 3, 1}},
      {"constant", {0, 1, 1, 0}, {3, 4}, {9, 1, 2, 3, 9, 4, 5, 6, 9, 9, 9, 9}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.mode);
    Tensor y = run("pad", {x}, {ints("pads", c.pads), choice("pad", "mode", c.mode), f64("value", 9)});
    EXPECT_EQ(y.shape(), Shape::of(c.shape.data(), c.shape.size()));
    EXPECT_EQ(values<double>(y), c.want);
  }
  // 1-D wrap longer than the data (numpy: np.pad([1, 2, 3], (5, 0), 'wrap') = [2, 3, 1, 2, 3, 1, 2, 3]).
  EXPECT_EQ(values<int32_t>(run("pad", {make<int32_t>(Shape{3}, {1, 2, 3})}, {ints("pads", {5, 0}), choice("pad", "mode", "wrap")})),
            (std::vector<int32_t>{2, 3, 1, 2, 3, 1, 2, 3}));
}

TEST(Pad, NegativePadsCropFirstAsOnnxOpset19) {
  Tensor x = make<int32_t>(Shape{5}, {1, 2, 3, 4, 5});
  auto pad1 = [&](std::vector<int64_t> p, const char* mode) {
    return values<int32_t>(run("pad", {x}, {ints("pads", p), choice("pad", "mode", mode)}));
  };
  // Crop one at the front, then pad the remaining [2, 3, 4, 5].
  EXPECT_EQ(pad1({-1, 2}, "constant"), (std::vector<int32_t>{2, 3, 4, 5, 0, 0}));
  EXPECT_EQ(pad1({-1, 2}, "edge"), (std::vector<int32_t>{2, 3, 4, 5, 5, 5}));
  EXPECT_EQ(pad1({-1, 2}, "reflect"), (std::vector<int32_t>{2, 3, 4, 5, 4, 3}));
  EXPECT_EQ(pad1({-1, 2}, "wrap"), (std::vector<int32_t>{2, 3, 4, 5, 2, 3}));
  EXPECT_EQ(pad1({2, -3}, "wrap"), (std::vector<int32_t>{1, 2, 1, 2}));
  EXPECT_EQ(pad1({-2, -3}, "constant"), (std::vector<int32_t>{}));
  // Overcropped (crops exceed the size) is constant-only.
  EXPECT_EQ(pad1({-6, 2}, "constant"), (std::vector<int32_t>{0}));
  EXPECT_TSR_ERROR(pad1({-6, 2}, "edge"), Status::InvalidAttribute, "mode");
}

TEST(Pad, RandomCasesMatchANaivePerAxisReference) {
  // Reference: pad one axis at a time with the numpy definitions spelled out per mode.
  auto pad_axis = [](const std::vector<double>& v, const std::vector<int64_t>& s, int axis, int64_t b, int64_t e, const std::string& mode,
                     double value, std::vector<int64_t>& out_shape) {
    const int64_t n = s[axis];
    out_shape = s;
    out_shape[axis] = n + b + e;
    int64_t before = 1, after = 1;
    for (int d = 0; d < axis; ++d) before *= s[d];
    for (size_t d = axis + 1; d < s.size(); ++d) after *= s[d];
    std::vector<double> out;
    for (int64_t o = 0; o < before; ++o) {
      std::vector<std::vector<double>> line(n);
      for (int64_t i = 0; i < n; ++i)
        for (int64_t a = 0; a < after; ++a) line[i].push_back(v[(o * n + i) * after + a]);
      std::vector<std::vector<double>> full;
      for (int64_t k = b; k > 0; --k) {
        if (mode == "constant") full.push_back(std::vector<double>(after, value));
        else if (mode == "edge") full.push_back(line[0]);
        else if (mode == "reflect") full.push_back(line[k]);
        else full.push_back(line[((n - k) % n + n) % n]);
      }
      for (auto& l : line) full.push_back(l);
      for (int64_t k = 1; k <= e; ++k) {
        if (mode == "constant") full.push_back(std::vector<double>(after, value));
        else if (mode == "edge") full.push_back(line[n - 1]);
        else if (mode == "reflect") full.push_back(line[n - 1 - k]);
        else full.push_back(line[(k - 1) % n]);
      }
      for (auto& l : full) out.insert(out.end(), l.begin(), l.end());
    }
    // Transpose back from [before][out_n][after] order: already row-major.
    return out;
  };
  std::mt19937 gen(21);
  for (int trial = 0; trial < 40; ++trial) {
    const char* modes[] = {"constant", "reflect", "edge", "wrap"};
    const std::string mode = modes[trial % 4];
    std::vector<int64_t> s = {2 + trial % 3, 3 + trial % 2, 4};
    std::vector<int64_t> pads(6);
    for (int d = 0; d < 3; ++d) {
      const int64_t lim = mode == "reflect" ? s[d] - 1 : 5;
      std::uniform_int_distribution<int64_t> u(0, lim);
      pads[d] = u(gen);
      pads[3 + d] = u(gen);
    }
    auto v = random_doubles(s[0] * s[1] * s[2], 100 + trial);
    std::vector<double> ref = v;
    std::vector<int64_t> cur = s;
    for (int d = 0; d < 3; ++d) {
      std::vector<int64_t> next;
      ref = pad_axis(ref, cur, d, pads[d], pads[3 + d], mode, -7.5, next);
      cur = next;
    }
    Tensor y = run("pad", {make<double>(Shape{s[0], s[1], s[2]}, v)}, {ints("pads", pads), choice("pad", "mode", mode.c_str()), f64("value", -7.5)});
    ASSERT_EQ(y.shape(), Shape::of(cur.data(), cur.size())) << mode << " trial " << trial;
    EXPECT_EQ(values<double>(y), ref) << mode << " trial " << trial;
  }
}

TEST(Pad, ErrorsAndStridedInputs) {
  Tensor x = make<float>(Shape{2, 3}, {1, 2, 3, 4, 5, 6});
  EXPECT_TSR_ERROR(run("pad", {x}, {ints("pads", {1, 1})}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(run("pad", {x}, {ints("pads", {2, 0, 0, 0}), choice("pad", "mode", "reflect")}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(run("pad", {x}, {ints("pads", {0, 0, 0, 3}), choice("pad", "mode", "reflect")}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(run("pad", {x}, {ints("pads", {-3, 0, 0, 0})}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(run("pad", {Tensor::zeros(DType::Float32, Shape{0})}, {ints("pads", {1, 0}), choice("pad", "mode", "edge")}),
                   Status::InvalidAttribute, "mode");
  EXPECT_TSR_ERROR(run("pad", {x}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(run("pad", {make<int32_t>(Shape{1}, {1})}, {ints("pads", {1, 0}), f64("value", INFINITY)}), Status::InvalidAttribute, "value");
  // Reflect by exactly size - 1 is allowed; a transposed input pads by its logical layout.
  EXPECT_EQ(values<float>(run("pad", {make<float>(Shape{2}, {1, 2})}, {ints("pads", {1, 1}), choice("pad", "mode", "reflect")})),
            (std::vector<float>{2, 1, 2, 1}));
  Tensor xt = run("transpose", {x});  // [[1, 4], [2, 5], [3, 6]]
  EXPECT_EQ(values<float>(run("pad", {xt}, {ints("pads", {0, 1, 0, 0}), choice("pad", "mode", "edge")})),
            (std::vector<float>{1, 1, 4, 2, 2, 5, 3, 3, 6}));
  EXPECT_EQ(bools(run("pad", {make_bools(Shape{1}, {0})}, {ints("pads", {1, 0}), f64("value", 1)})), (std::vector<int>{1, 0}));
}

// ---- split ----------------------------------------------------------------------------------------

TEST(Split, SizesAndCountsGiveViews) {
  Tensor x = make<double>(Shape{2, 7}, iota_d(14));
  auto parts = run_all("split", {x}, {i64("axis", 1), ints("split", {3, 0, 4})});
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].shape(), (Shape{2, 3}));
  EXPECT_EQ(parts[1].shape(), (Shape{2, 0}));
  EXPECT_EQ(parts[2].shape(), (Shape{2, 4}));
  for (auto& p : parts) EXPECT_TRUE(shares_storage(x, p));
  EXPECT_EQ(values<double>(parts[0]), (std::vector<double>{0, 1, 2, 7, 8, 9}));
  EXPECT_EQ(values<double>(parts[2]), (std::vector<double>{3, 4, 5, 6, 10, 11, 12, 13}));
  // num_outputs: ceil(7 / 3) = 3, 3, then 1 (ONNX opset 18); 4 pieces of 2 from 8.
  auto eq = run_all("split", {x}, {i64("axis", -1), i64("num_outputs", 3)});
  ASSERT_EQ(eq.size(), 3u);
  EXPECT_EQ(eq[2].shape(), (Shape{2, 1}));
  EXPECT_EQ(values<double>(eq[2]), (std::vector<double>{6, 13}));
  EXPECT_EQ(run_all("split", {make<float>(Shape{8}, std::vector<float>(8, 1))}, {i64("num_outputs", 4)}).size(), 4u);
  // Both given and consistent.
  EXPECT_EQ(run_all("split", {x}, {i64("axis", 1), ints("split", {5, 2}), i64("num_outputs", 2)}).size(), 2u);
  // 64 pieces, the maximum.
  auto many = run_all("split", {make<int32_t>(Shape{64}, std::vector<int32_t>(64, 3))}, {i64("num_outputs", 64)});
  EXPECT_EQ(many.size(), 64u);
  EXPECT_EQ(values<int32_t>(many[63]), (std::vector<int32_t>{3}));
}

TEST(Split, Errors) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{2, 7});
  EXPECT_TSR_ERROR(run("split", {x}), Status::InvalidAttribute, "num_outputs");
  EXPECT_TSR_ERROR(run("split", {x}, {ints("split", {3, 4}), i64("num_outputs", 3)}), Status::InvalidAttribute, "num_outputs");
  EXPECT_TSR_ERROR(run("split", {x}, {i64("axis", 1), ints("split", {3, 3})}), Status::InvalidAttribute, "split");
  EXPECT_TSR_ERROR(run("split", {x}, {i64("axis", 1), ints("split", {8, -1})}), Status::InvalidAttribute, "split");
  EXPECT_TSR_ERROR(run("split", {Tensor::zeros(DType::Float32, Shape{5})}, {i64("num_outputs", 4)}), Status::InvalidAttribute, "num_outputs");
  EXPECT_TSR_ERROR(run("split", {Tensor::zeros(DType::Float32, Shape{65})}, {ints("split", std::vector<int64_t>(65, 1))}), Status::InvalidAttribute, "split");
  EXPECT_TSR_ERROR(run("split", {Tensor::zeros(DType::Float32, Shape{65})}, {i64("num_outputs", 65)}), Status::InvalidAttribute, "num_outputs");
  EXPECT_TSR_ERROR(run("split", {Tensor::zeros(DType::Float32, Shape{})}, {i64("num_outputs", 1)}), Status::ShapeMismatch, "x");
}

TEST(VariadicOutput, RegistryAndJsonDescribeIt) {
  const OpDef& s = op("split");
  ASSERT_EQ(s.outputs.size(), 1u);
  EXPECT_TRUE(s.outputs[0].variadic);
  const std::string& j = Registry::get().json();
  const size_t at = j.find("\"name\": \"split\"");
  ASSERT_NE(at, std::string::npos);
  const size_t outs = j.find("\"outputs\": [{\"name\": \"outputs\"", at);
  ASSERT_NE(outs, std::string::npos);
  const size_t end = j.find("}]", outs);
  const std::string rec = j.substr(outs, end - outs);
  EXPECT_NE(rec.find("\"variadic\": true"), std::string::npos) << rec;
  EXPECT_NE(rec.find("\"optional\": false"), std::string::npos) << rec;
  // Output meanings reach the JSON too (argmax returns indices).
  const size_t am = j.find("\"name\": \"argmax\"");
  EXPECT_NE(j.find("\"meaning\": \"index\"}]", am), std::string::npos);
  // Other operators keep a fixed output count.
  for (const auto& o : Registry::get().ops())
    for (size_t k = 0; k + 1 < o.outputs.size(); ++k) EXPECT_FALSE(o.outputs[k].variadic) << o.name;
}

TEST(VariadicOutput, CountAboveTheCapacityIsAClearError) {
  // set_variadic_count refuses more than kMaxOutputs before anything is written.
  OpCall c;
  c.op = &op("split");
  try {
    c.set_variadic_count(OpCall::kMaxOutputs + 1);
    ADD_FAILURE() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::InvalidArgument);
    EXPECT_EQ(e.arg(), "outputs");
  }
  c.set_variadic_count(OpCall::kMaxOutputs);
  EXPECT_EQ(c.n_outputs, OpCall::kMaxOutputs);
  OpCall d;
  d.op = &op("add");
  EXPECT_THROW(d.set_variadic_count(2), Error);
}

// ---- depth_to_space / space_to_depth -----------------------------------------------------------------

TEST(DepthToSpace, BothModesMatchTheOnnxFormulasAndRoundTrip) {
  const int64_t n = 2, c = 8, h = 3, w = 2, b = 2, cc = c / (b * b);
  auto v = iota_d(n * c * h * w);
  Tensor x = make<double>(Shape{n, c, h, w}, v);
  for (const char* mode : {"DCR", "CRD"}) {
    Tensor y = run("depth_to_space", {x}, {i64("blocksize", b), choice("depth_to_space", "mode", mode)});
    ASSERT_EQ(y.shape(), (Shape{n, cc, h * b, w * b}));
    auto got = values<double>(y);
    const bool dcr = std::string(mode) == "DCR";
    for (int64_t i0 = 0; i0 < n; ++i0)
      for (int64_t ch = 0; ch < cc; ++ch)
        for (int64_t yy = 0; yy < h * b; ++yy)
          for (int64_t xx = 0; xx < w * b; ++xx) {
            const int64_t bi = yy % b, bj = xx % b;
            const int64_t src_c = dcr ? (bi * b + bj) * cc + ch : ch * b * b + bi * b + bj;
            EXPECT_EQ(got[((i0 * cc + ch) * h * b + yy) * w * b + xx], v[((i0 * c + src_c) * h + yy / b) * w + xx / b]) << mode;
          }
  }
  Tensor s2d = run("space_to_depth", {run("depth_to_space", {x}, {i64("blocksize", b)})}, {i64("blocksize", b)});
  EXPECT_EQ(s2d.shape(), x.shape());
  EXPECT_EQ(values<double>(s2d), v);
  EXPECT_TSR_ERROR(run("depth_to_space", {x}, {i64("blocksize", 3)}), Status::ShapeMismatch, "x");
  EXPECT_TSR_ERROR(run("depth_to_space", {x}), Status::InvalidAttribute, "blocksize");
  EXPECT_TSR_ERROR(run("depth_to_space", {x}, {i64("blocksize", 0)}), Status::InvalidAttribute, "blocksize");
  EXPECT_TSR_ERROR(run("space_to_depth", {x}, {i64("blocksize", 2)}), Status::ShapeMismatch, "x");  // h = 3
  EXPECT_TSR_ERROR(run("space_to_depth", {make<float>(Shape{2, 2}, {1, 2, 3, 4})}, {i64("blocksize", 1)}), Status::ShapeMismatch, "x");
}

// ---- gradients ------------------------------------------------------------------------------------

TEST(LayoutGradients, MatchFiniteDifferences) {
  Tensor x = make<double>(Shape{2, 3, 4}, random_doubles(24, 31));
  expect_gradient_matches("flatten", {x}, {i64("axis", 2)});
  expect_gradient_matches("squeeze", {make<double>(Shape{3, 1, 2}, random_doubles(6, 32))}, {});
  expect_gradient_matches("unsqueeze", {x}, {ints("axes", {0, -1})});
  expect_gradient_matches("expand", {make<double>(Shape{3, 1}, random_doubles(3, 33))}, {ints("shape", {2, 3, 4})});
  expect_gradient_matches("tile", {x}, {ints("repeats", {2, 1, 3})});
  expect_gradient_matches("tile", {x}, {ints("repeats", {1, 0, 2})});
  for (const char* mode : {"constant", "reflect", "edge", "wrap"}) {
    expect_gradient_matches("pad", {x}, {ints("pads", {1, 2, 3, 0, 2, 1}), choice("pad", "mode", mode)});
    expect_gradient_matches("pad", {x}, {ints("pads", {-1, 1, -1, 0, 0, 1}), choice("pad", "mode", mode)});
  }
  expect_gradient_matches("pad", {make<double>(Shape{3}, random_doubles(3, 34))}, {ints("pads", {7, 5}), choice("pad", "mode", "wrap")});
  expect_gradient_matches("pad", {x}, {ints("pads", {-2, 0, 0, 0, 0, 0})});
  for (int k = 0; k < 2; ++k) expect_gradient_matches("split", {x}, {i64("axis", 2), ints("split", {1, 3})}, k);
  expect_gradient_matches("split", {x}, {i64("axis", 1), i64("num_outputs", 3)}, 2);
  Tensor img = make<double>(Shape{1, 8, 2, 3}, random_doubles(48, 35));
  expect_gradient_matches("depth_to_space", {img}, {i64("blocksize", 2), choice("depth_to_space", "mode", "CRD")});
  expect_gradient_matches("depth_to_space", {img}, {i64("blocksize", 2)});
  expect_gradient_matches("space_to_depth", {make<double>(Shape{1, 2, 4, 2}, random_doubles(16, 36))}, {i64("blocksize", 2)});
}

TEST(LayoutGradients, SplitGradientCoversEveryPieceWithHeadsOnAll) {
  Tensor x = make<double>(Shape{5}, {1, 2, 3, 4, 5});
  autograd::attach_grad(x);
  std::vector<Tensor> parts;
  {
    const bool prev = autograd::set_recording(true);
    parts = run_all("split", {x}, {ints("split", {2, 3})});
    autograd::set_recording(prev);
  }
  autograd::backward(parts, {make<double>(Shape{2}, {10, 20}), make<double>(Shape{3}, {30, 40, 50})});
  EXPECT_EQ(values<double>(x.autograd_meta()->grad), (std::vector<double>{10, 20, 30, 40, 50}));
}
