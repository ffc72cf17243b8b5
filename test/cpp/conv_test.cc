// conv and conv_transpose against naive loops written here (direct convolution over explicit
// indices, scatter-form transposed convolution), in float32 (oneDNN) and float64 (loops):
// strides, pads, dilations, groups, 1-D / 2-D / 3-D, auto_pad, output_padding / output_shape,
// gradients (finite differences, float32 vs float64), the primitive cache, and errors.
#include <dlfcn.h>

#include "nn_test_util.h"
#include "tessera/core/kernels/conv.h"
#include "tessera/core/thread_pool.h"

using namespace tsr;
using namespace tsr::nntest;

namespace {

struct Cfg {
  Dims x, w;
  Dims strides, pads, dil;  // empty: defaults
  int64_t group = 1;
  bool bias = false;
};

int nsp_of(const Cfg& c) { return static_cast<int>(c.x.size()) - 2; }
int64_t at(const Dims& v, int i, int64_t def) { return v.empty() ? def : v[i]; }
int64_t pad_b(const Cfg& c, int i) { return c.pads.empty() ? 0 : c.pads[i]; }
int64_t pad_e(const Cfg& c, int i) { return c.pads.empty() ? 0 : c.pads[nsp_of(c) + i]; }

// y[n, m, o] = b[m] + sum_{c in group, k} x[n, c, o*s - p + k*d] * w[m, c - group_start, k].
std::vector<double> ref_conv(const Cfg& c, const std::vector<double>& x, const std::vector<double>& w, const std::vector<double>& b,
                             Dims& ys) {
  const int nsp = nsp_of(c);
  const int64_t N = c.x[0], C = c.x[1], M = c.w[0], Cg = C / c.group, Mg = M / c.group;
  ys = {N, M};
  for (int i = 0; i < nsp; ++i) {
    const int64_t ext = (c.w[2 + i] - 1) * at(c.dil, i, 1) + 1;
    ys.push_back((c.x[2 + i] + pad_b(c, i) + pad_e(c, i) - ext) / at(c.strides, i, 1) + 1);
  }
  std::vector<double> y(count(ys));
  Dims kdims(c.w.begin() + 2, c.w.end());
  for_each_index(ys, [&](const Dims& yi) {
    const int64_t n = yi[0], m = yi[1], g = m / Mg;
    double acc = c.bias ? b[m] : 0;
    for (int64_t cc = 0; cc < Cg; ++cc)
      for_each_index(kdims, [&](const Dims& k) {
        Dims xi = {n, g * Cg + cc};
        for (int i = 0; i < nsp; ++i) {
          const int64_t p = yi[2 + i] * at(c.strides, i, 1) - pad_b(c, i) + k[i] * at(c.dil, i, 1);
          if (p < 0 || p >= c.x[2 + i]) return;
          xi.push_back(p);
        }
        Dims wi = {m, cc};
        wi.insert(wi.end(), k.begin(), k.end());
        acc += x[flat(c.x, xi)] * w[flat(c.w, wi)];
      });
    y[flat(ys, yi)] = acc;
  });
  return y;
}

// Scatter form: x[n, c, i] * w[c, m, k] lands on y[n, group(c) * Mg + m, i*s - p + k*d].
std::vector<double> ref_conv_transpose(const Cfg& c, const Dims& out_padding, const std::vector<double>& x, const std::vector<double>& w,
                                       const std::vector<double>& b, Dims& ys) {
  const int nsp = nsp_of(c);
  const int64_t N = c.x[0], C = c.x[1], Cg = C / c.group, Mg = c.w[1], M = Mg * c.group;
  ys = {N, M};
  for (int i = 0; i < nsp; ++i)
    ys.push_back(at(c.strides, i, 1) * (c.x[2 + i] - 1) + at(out_padding, i, 0) + (c.w[2 + i] - 1) * at(c.dil, i, 1) + 1 - pad_b(c, i) -
                 pad_e(c, i));
  std::vector<double> y(count(ys));
  if (c.bias)
    for_each_index(ys, [&](const Dims& yi) { y[flat(ys, yi)] = b[yi[1]]; });
  Dims kdims(c.w.begin() + 2, c.w.end());
  for_each_index(c.x, [&](const Dims& xi) {
    const int64_t n = xi[0], ci = xi[1], g = ci / Cg;
    for (int64_t m = 0; m < Mg; ++m)
      for_each_index(kdims, [&](const Dims& k) {
        Dims yi = {n, g * Mg + m};
        for (int i = 0; i < nsp; ++i) {
          const int64_t p = xi[2 + i] * at(c.strides, i, 1) - pad_b(c, i) + k[i] * at(c.dil, i, 1);
          if (p < 0 || p >= ys[2 + i]) return;
          yi.push_back(p);
        }
        Dims wi = {ci, m};
        wi.insert(wi.end(), k.begin(), k.end());
        y[flat(ys, yi)] += x[flat(c.x, xi)] * w[flat(c.w, wi)];
      });
  });
  return y;
}

std::vector<Attr> attrs_of(const Cfg& c) {
  std::vector<Attr> a;
  if (!c.strides.empty()) a.push_back(ints("strides", c.strides));
  if (!c.pads.empty()) a.push_back(ints("pads", c.pads));
  if (!c.dil.empty()) a.push_back(ints("dilations", c.dil));
  if (c.group != 1) a.push_back(i64("group", c.group));
  return a;
}

const std::vector<Cfg>& conv_cases() {
  static const std::vector<Cfg> v = {
      {{1, 1, 5, 5}, {1, 1, 3, 3}},
      {{2, 3, 7, 6}, {4, 3, 3, 2}, {2, 1}, {1, 0, 1, 2}, {}, 1, true},
      {{1, 4, 9, 9}, {6, 2, 3, 3}, {1, 2}, {2, 2, 1, 1}, {2, 1}, 2, true},
      {{2, 6, 8, 8}, {6, 1, 3, 3}, {1, 1}, {1, 1, 1, 1}, {}, 6, false},  // depthwise
      {{2, 3, 11}, {5, 3, 4}, {3}, {2, 1}, {2}, 1, true},                 // 1-D
      {{1, 2, 5, 6, 4}, {3, 2, 2, 3, 2}, {2, 1, 1}, {1, 0, 1, 0, 1, 1}, {1, 1, 2}, 1, true},  // 3-D
      {{1, 16, 10, 10}, {32, 16, 3, 3}, {}, {1, 1, 1, 1}, {}, 1, true},   // blocked-layout sizes
      {{3, 4, 6, 5}, {4, 2, 1, 1}, {2, 2}, {}, {}, 2, false},            // 1x1 with stride, groups
      {{2, 8, 5, 7}, {6, 8, 1, 1}, {}, {}, {}, 1, true},                  // pointwise: plain NCHW, no reorders
      {{1, 2, 3, 4}, {2, 2, 2, 2}, {}, {3, 2, 1, 3}, {}, 1, true},       // pads wider than the kernel
      {{1, 3, 0, 4}, {2, 3, 1, 2}, {}, {1, 0, 0, 0}, {}, 1, true},       // empty spatial axis, padded
  };
  return v;
}

}  // namespace

TEST(Conv, MatchesDirectLoopsInBothDtypes) {
  std::mt19937 gen(11);
  for (const auto& c : conv_cases()) {
    for (DType dt : {DType::Float32, DType::Float64}) {
      SCOPED_TRACE(shape_of(c.x).str() + " * " + shape_of(c.w).str() + " " + std::string(dtype_name(dt)));
      Tensor x = random(dt, c.x, gen), w = random(dt, c.w, gen), b = random(dt, {c.w[0]}, gen);
      Dims ys;
      auto want = ref_conv(c, doubles(x), doubles(w), doubles(b), ys);
      Tensor y = call("conv", {&x, &w, c.bias ? &b : nullptr}, attrs_of(c));
      expect_close(y, ys, want, dt == DType::Float32 ? 2e-5 : 1e-12);
    }
  }
}

TEST(Conv, TransposeMatchesScatterLoops) {
  std::mt19937 gen(12);
  struct TCase {
    Cfg c;
    Dims out_padding;
  };
  const std::vector<TCase> cases = {
      {{{1, 1, 3, 3}, {1, 1, 2, 2}}, {}},
      {{{2, 4, 4, 5}, {4, 3, 3, 3}, {2, 2}, {1, 0, 1, 1}, {}, 1, true}, {1, 0}},
      {{{1, 4, 5, 5}, {4, 2, 3, 2}, {2, 3}, {1, 1, 0, 1}, {2, 1}, 2, true}, {1, 2}},
      {{{2, 3, 7}, {3, 2, 3}, {2}, {1, 2}, {3}, 1, true}, {1}},
      {{{1, 2, 3, 2, 3}, {2, 3, 2, 2, 2}, {2, 1, 2}, {0, 1, 0, 0, 0, 1}, {}, 1, false}, {1, 0, 0}},
      {{{1, 32, 6, 6}, {32, 16, 3, 3}, {2, 2}, {1, 1, 1, 1}, {}, 1, true}, {1, 1}},
  };
  for (const auto& tc : cases) {
    const Cfg& c = tc.c;
    for (DType dt : {DType::Float32, DType::Float64}) {
      SCOPED_TRACE(shape_of(c.x).str() + " * " + shape_of(c.w).str() + " " + std::string(dtype_name(dt)));
      Tensor x = random(dt, c.x, gen), w = random(dt, c.w, gen), b = random(dt, {c.w[1] * c.group}, gen);
      Dims ys;
      auto want = ref_conv_transpose(c, tc.out_padding, doubles(x), doubles(w), doubles(b), ys);
      auto attrs = attrs_of(c);
      if (!tc.out_padding.empty()) attrs.push_back(ints("output_padding", tc.out_padding));
      Tensor y = call("conv_transpose", {&x, &w, c.bias ? &b : nullptr}, attrs);
      expect_close(y, ys, want, dt == DType::Float32 ? 2e-5 : 1e-12);
    }
  }
}

TEST(Conv, AutoPadSameAndValid) {
  std::mt19937 gen(13);
  // in 7, kernel 4, stride 2: SAME gives ceil(7/2) = 4 outputs, total pad (4-1)*2 + 4 - 7 = 3.
  Tensor x = random(DType::Float64, {1, 2, 7, 5}, gen), w = random(DType::Float64, {3, 2, 4, 3}, gen);
  auto run = [&](int64_t mode) { return call("conv", {&x, &w}, {ints("strides", {2, 1}), enum_attr("auto_pad", mode)}); };
  Cfg upper{{1, 2, 7, 5}, {3, 2, 4, 3}, {2, 1}, {1, 1, 2, 1}};  // SAME_UPPER: the odd pad at the end
  Cfg lower{{1, 2, 7, 5}, {3, 2, 4, 3}, {2, 1}, {2, 1, 1, 1}};  // SAME_LOWER: at the beginning
  Cfg valid{{1, 2, 7, 5}, {3, 2, 4, 3}, {2, 1}};
  Dims ys;
  auto want = ref_conv(upper, doubles(x), doubles(w), {}, ys);
  EXPECT_EQ(ys, (Dims{1, 3, 4, 5}));
  expect_close(run(1), ys, want, 1e-12);
  want = ref_conv(lower, doubles(x), doubles(w), {}, ys);
  expect_close(run(2), ys, want, 1e-12);
  want = ref_conv(valid, doubles(x), doubles(w), {}, ys);
  EXPECT_EQ(ys, (Dims{1, 3, 2, 3}));
  expect_close(run(3), ys, want, 1e-12);
  // float32 takes the same padding through oneDNN.
  Tensor x32 = to_dtype(x, DType::Float32), w32 = to_dtype(w, DType::Float32);
  want = ref_conv(lower, doubles(x32), doubles(w32), {}, ys);
  expect_close(call("conv", {&x32, &w32}, {ints("strides", {2, 1}), enum_attr("auto_pad", 2)}), ys, want, 2e-5);
}

TEST(Conv, TransposeOutputShapeAndAutoPad) {
  std::mt19937 gen(14);
  Tensor x = random(DType::Float64, {1, 2, 3, 3}, gen), w = random(DType::Float64, {2, 1, 3, 3}, gen);
  // Full size: 2 * (3 - 1) + 3 = 7. output_shape [6, 5] -> total pads 1 and 2; without
  // SAME_UPPER the larger half goes first: begins (1, 1), ends (0, 1).
  Tensor y = call("conv_transpose", {&x, &w}, {ints("strides", {2, 2}), ints("output_shape", {6, 5})});
  Dims ys;
  auto want = ref_conv_transpose({{1, 2, 3, 3}, {2, 1, 3, 3}, {2, 2}, {1, 1, 0, 1}}, {}, doubles(x), doubles(w), {}, ys);
  EXPECT_EQ(ys, (Dims{1, 1, 6, 5}));
  expect_close(y, ys, want, 1e-12);
  // SAME_UPPER: output in * stride = 6, total pad 1 goes to the end.
  y = call("conv_transpose", {&x, &w}, {ints("strides", {2, 2}), enum_attr("auto_pad", 1)});
  want = ref_conv_transpose({{1, 2, 3, 3}, {2, 1, 3, 3}, {2, 2}, {0, 0, 1, 1}}, {}, doubles(x), doubles(w), {}, ys);
  expect_close(y, ys, want, 1e-12);
  // SAME_LOWER: at the beginning.
  y = call("conv_transpose", {&x, &w}, {ints("strides", {2, 2}), enum_attr("auto_pad", 2)});
  want = ref_conv_transpose({{1, 2, 3, 3}, {2, 1, 3, 3}, {2, 2}, {1, 1, 0, 0}}, {}, doubles(x), doubles(w), {}, ys);
  expect_close(y, ys, want, 1e-12);
  // output_shape may include N and C.
  EXPECT_EQ(dims_of(call("conv_transpose", {&x, &w}, {ints("strides", {2, 2}), ints("output_shape", {1, 1, 7, 7})}).shape()),
            (Dims{1, 1, 7, 7}));
}

TEST(Conv, StridedInputsAndEmptyBatch) {
  std::mt19937 gen(15);
  // A transposed (non-contiguous) x gives the same result as its contiguous copy.
  Tensor base = random(DType::Float32, {1, 3, 6, 5}, gen), w = random(DType::Float32, {2, 3, 3, 3}, gen);
  const int perm[4] = {0, 1, 3, 2};
  Tensor xt = base.permute(perm);
  ASSERT_FALSE(xt.is_contiguous());
  Tensor xc = xt.contiguous();
  EXPECT_EQ(doubles(call("conv", {&xt, &w})), doubles(call("conv", {&xc, &w})));
  // N = 0: an empty output with the right shape.
  Tensor x0 = Tensor::empty(DType::Float32, Shape{0, 3, 6, 5});
  EXPECT_EQ(dims_of(call("conv", {&x0, &w}).shape()), (Dims{0, 2, 4, 3}));
  // An explicit null bias is the same as no bias.
  Tensor x = random(DType::Float64, {1, 1, 4, 4}, gen), w1 = random(DType::Float64, {1, 1, 2, 2}, gen);
  EXPECT_EQ(doubles(call("conv", {&x, &w1, nullptr})), doubles(call("conv", {&x, &w1})));
}

TEST(Conv, PrimitivesAreCachedAcrossCalls) {
  std::mt19937 gen(16);
  Tensor x = random(DType::Float32, {1, 8, 12, 12}, gen), w = random(DType::Float32, {8, 8, 3, 3}, gen);
  conv_cache_clear();
  Tensor first = call("conv", {&x, &w}, {ints("pads", {1, 1, 1, 1})});
  for (int k = 0; k < 5; ++k) {
    Tensor again = call("conv", {&x, &w}, {ints("pads", {1, 1, 1, 1})});
    EXPECT_EQ(doubles(again), doubles(first));
  }
  EXPECT_EQ(conv_cache_clear(), 1);  // one forward primitive for six identical calls
}

TEST(Conv, FrozenWeightsAreReorderedOnceAndKeptApart) {
  // Two frozen weight tensors of the same shape share one primitive but not one packed copy: each
  // call must still see its own weights (and the direct loops' values) after the first reorder.
  std::mt19937 gen(17);
  const Cfg c{{1, 16, 10, 10}, {32, 16, 3, 3}, {}, {1, 1, 1, 1}, {}, 1, false};
  Tensor x = random(DType::Float32, c.x, gen);
  Tensor w1 = random(DType::Float32, c.w, gen), w2 = random(DType::Float32, c.w, gen);
  w1.storage()->freeze();
  w2.storage()->freeze();
  Dims ys;
  auto want1 = ref_conv(c, doubles(x), doubles(w1), {}, ys);
  auto want2 = ref_conv(c, doubles(x), doubles(w2), {}, ys);
  for (int k = 0; k < 3; ++k) {
    expect_close(call("conv", {&x, &w1}, attrs_of(c)), ys, want1, 2e-5);
    expect_close(call("conv", {&x, &w2}, attrs_of(c)), ys, want2, 2e-5);
  }
}

TEST(Conv, OneDnnUsesThePoolThreadCount) {
  // Debian's oneDNN runs on OpenMP: a oneDNN call must use as many threads as Tessera's pool.
  using GetFn = int (*)();
  auto omp_max = reinterpret_cast<GetFn>(dlsym(RTLD_DEFAULT, "omp_get_max_threads"));
  if (!omp_max) GTEST_SKIP() << "oneDNN is not built on OpenMP here";
  std::mt19937 gen(20);
  Tensor x = random(DType::Float32, {1, 4, 8, 8}, gen), w = random(DType::Float32, {4, 4, 3, 3}, gen);
  const int cores = num_threads();
  set_num_threads(1);
  Tensor one = call("conv", {&x, &w});
  EXPECT_EQ(omp_max(), 1);
  set_num_threads(0);  // back to the core count
  Tensor all = call("conv", {&x, &w});
  EXPECT_EQ(omp_max(), cores);
  EXPECT_EQ(num_threads(), cores);
  auto a = doubles(one), b = doubles(all);
  for (size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], 1e-5);
}

TEST(Conv, GradientsMatchFiniteDifferences) {
  std::mt19937 gen(17);
  const std::vector<Cfg> cases = {
      {{2, 2, 5, 4}, {3, 2, 3, 2}, {2, 1}, {1, 0, 0, 1}, {}, 1, true},
      {{1, 4, 6, 6}, {4, 2, 2, 3}, {1, 2}, {1, 1, 1, 1}, {2, 1}, 2, true},
      {{2, 3, 9}, {2, 3, 3}, {2}, {0, 2}, {2}, 1, false},                   // 1-D, a dropped last input column
      {{1, 2, 4, 3, 4}, {2, 1, 2, 2, 2}, {1, 2, 1}, {1, 0, 0, 1, 0, 1}, {}, 2, true},  // 3-D, groups
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(shape_of(c.x).str() + " * " + shape_of(c.w).str());
    Tensor x = random(DType::Float64, c.x, gen), w = random(DType::Float64, c.w, gen);
    Tensor b = c.bias ? random(DType::Float64, {c.w[0]}, gen) : Tensor();
    EXPECT_GT(check_gradients("conv", {x, w, b}, attrs_of(c)), 0);
  }
  // conv_transpose, with output_padding.
  Tensor x = random(DType::Float64, {1, 2, 3, 4}, gen), w = random(DType::Float64, {2, 2, 3, 2}, gen), b = random(DType::Float64, {4}, gen);
  EXPECT_GT(check_gradients("conv_transpose", {x, w, b},
                            {ints("strides", {2, 3}), ints("pads", {1, 0, 0, 1}), ints("output_padding", {1, 2}), i64("group", 2)}),
            0);
  // An empty spatial axis (padding alone feeds the output): zero gradient for x, bias still learns.
  {
    Tensor xe = Tensor::empty(DType::Float64, Shape{1, 2, 0, 3}), we = random(DType::Float64, {2, 2, 1, 2}, gen);
    Tensor be = random(DType::Float64, {2}, gen);
    auto g = gradients("conv", {xe, we, be}, {ints("pads", {1, 0, 0, 0})}, std::vector<double>(2 * 2, 1.0));
    EXPECT_TRUE(g[0].empty());
    EXPECT_EQ(g[1], std::vector<double>(8, 0.0));
    EXPECT_EQ(g[2], (std::vector<double>{2, 2}));
  }
  Tensor x1 = random(DType::Float64, {2, 1, 5}, gen), w1 = random(DType::Float64, {1, 2, 3}, gen);
  EXPECT_GT(check_gradients("conv_transpose", {x1, w1, Tensor()}, {ints("dilations", {2}), ints("pads", {1, 1})}), 0);
}

TEST(Conv, Float32GradientsAgreeWithFloat64) {
  // The oneDNN backward-data / backward-weights passes against the float64 loops.
  std::mt19937 gen(18);
  const std::vector<Cfg> cases = {
      {{2, 8, 9, 9}, {16, 8, 3, 3}, {2, 2}, {1, 1, 1, 1}, {}, 1, true},
      {{1, 4, 7, 6}, {6, 2, 3, 2}, {1, 1}, {0, 1, 2, 0}, {2, 2}, 2, true},
      {{2, 3, 10}, {4, 3, 3}, {3}, {1, 1}, {}, 1, true},
  };
  for (const char* name : {"conv", "conv_transpose"}) {
    for (const auto& c0 : cases) {
      Cfg c = c0;
      if (std::string(name) == "conv_transpose") {  // w becomes [C, M/group, k...]
        c.w[0] = c.x[1];
        c.w[1] = c0.w[0] / c.group;
      }
      SCOPED_TRACE(std::string(name) + " " + shape_of(c.x).str() + " * " + shape_of(c.w).str());
      Tensor x = random(DType::Float64, c.x, gen), w = random(DType::Float64, c.w, gen);
      const int64_t M = std::string(name) == "conv" ? c.w[0] : c.w[1] * c.group;
      Tensor b = random(DType::Float64, {M}, gen);
      Tensor y = call(name, {&x, &w, &b}, attrs_of(c));
      std::vector<double> head(y.numel());
      std::uniform_real_distribution<double> u(-1, 1);
      for (auto& v : head) v = u(gen);
      auto g64 = gradients(name, {x, w, b}, attrs_of(c), head);
      auto g32 = gradients(name, {to_dtype(x, DType::Float32), to_dtype(w, DType::Float32), to_dtype(b, DType::Float32)}, attrs_of(c), head);
      for (size_t k = 0; k < 3; ++k) {
        ASSERT_EQ(g32[k].size(), g64[k].size());
        double scale = 1;
        for (double v : g64[k]) scale = std::max(scale, std::fabs(v));
        for (size_t i = 0; i < g64[k].size(); ++i) EXPECT_NEAR(g32[k][i], g64[k][i], 1e-4 * scale) << "input " << k << " element " << i;
      }
    }
  }
}

TEST(Conv, ErrorsNameTheArgument) {
  std::mt19937 gen(19);
  Tensor x = random(DType::Float32, {1, 4, 5, 5}, gen);
  Tensor w = random(DType::Float32, {2, 4, 3, 3}, gen);
  Tensor w3 = random(DType::Float32, {2, 3, 3, 3}, gen);
  Tensor big = random(DType::Float32, {2, 4, 7, 3}, gen);
  Tensor w64 = random(DType::Float64, {2, 4, 3, 3}, gen);
  Tensor b3 = random(DType::Float32, {3}, gen);
  Tensor x2d = random(DType::Float32, {4, 5}, gen);
  Tensor xi = Tensor::zeros(DType::Int32, Shape{1, 4, 5, 5});
  EXPECT_TSR_ERROR(call("conv", {&x, &w3}), Status::ShapeMismatch, "w");            // channel mismatch
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {i64("group", 3)}), Status::InvalidAttribute, "group");  // 3 does not divide 4
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {i64("group", 0)}), Status::InvalidAttribute, "group");  // below the range
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {i64("group", 4)}), Status::InvalidAttribute, "group");  // 4 does not divide M = 2
  EXPECT_TSR_ERROR(call("conv", {&x, &big}), Status::ShapeMismatch, "w");           // kernel 7 > padded input 5
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {ints("dilations", {3, 1})}), Status::ShapeMismatch, "w");  // extent 7 > 5
  EXPECT_TSR_ERROR(call("conv", {&x, &w64}), Status::DTypeMismatch, "w");
  EXPECT_TSR_ERROR(call("conv", {&x, &w, &b3}), Status::ShapeMismatch, "b");
  EXPECT_TSR_ERROR(call("conv", {&x2d, &w}), Status::ShapeMismatch, "x");
  EXPECT_TSR_ERROR(call("conv", {&xi, &w}), Status::DTypeMismatch, "x");
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {ints("strides", {1})}), Status::InvalidAttribute, "strides");
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {ints("strides", {1, 0})}), Status::InvalidAttribute, "strides");
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {ints("pads", {1, 1})}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {ints("pads", {1, -1, 0, 0})}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {ints("pads", {1, 1, 1, 1}), enum_attr("auto_pad", 1)}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {enum_attr("auto_pad", 7)}), Status::InvalidAttribute, "auto_pad");
  EXPECT_TSR_ERROR(call("conv", {&x, &w}, {ints("dilations", {int64_t{1} << 40, 1})}), Status::InvalidAttribute, "dilations");
  // conv_transpose: w is [C, M/group, k...].
  Tensor wt = random(DType::Float32, {3, 2, 3, 3}, gen);
  EXPECT_TSR_ERROR(call("conv_transpose", {&x, &wt}), Status::ShapeMismatch, "w");
  Tensor wt4 = random(DType::Float32, {4, 2, 3, 3}, gen);
  EXPECT_TSR_ERROR(call("conv_transpose", {&x, &wt4}, {ints("output_padding", {1, 0})}), Status::InvalidAttribute, "output_padding");
  EXPECT_TSR_ERROR(call("conv_transpose", {&x, &wt4}, {ints("output_shape", {40, 4})}), Status::InvalidAttribute, "output_shape");
  EXPECT_TSR_ERROR(call("conv_transpose", {&x, &wt4}, {ints("pads", {4, 4, 3, 3})}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(call("conv_transpose", {&x, &wt4}, {i64("group", 3)}), Status::InvalidAttribute, "group");
}
