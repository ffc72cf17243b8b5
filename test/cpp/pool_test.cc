// max_pool, avg_pool, global_avg_pool and global_max_pool against naive window loops written
// here, float32 (oneDNN) and float64: strides, pads, dilations, 1-D / 2-D / 3-D, ceil_mode,
// count_include_pad, auto_pad; gradients (finite differences, float32 vs float64); errors.
#include <limits>

#include "nn_test_util.h"
#include "tessera/core/kernels/pool.h"

using namespace tsr;
using namespace tsr::nntest;

namespace {

struct Cfg {
  Dims x, kernel;
  Dims strides, pads, dil;
  bool ceil_mode = false;
  bool include_pad = false;
};

int nsp_of(const Cfg& c) { return static_cast<int>(c.x.size()) - 2; }
int64_t at(const Dims& v, int i, int64_t def) { return v.empty() ? def : v[i]; }

// Output size per ONNX / PyTorch: floor or ceil of (in + pads - extent) / stride + 1, and in
// ceil mode no window may start inside the end padding.
Dims out_dims(const Cfg& c) {
  const int nsp = nsp_of(c);
  Dims ys = {c.x[0], c.x[1]};
  for (int i = 0; i < nsp; ++i) {
    const int64_t pb = at(c.pads, i, 0), pe = c.pads.empty() ? 0 : c.pads[nsp + i], s = at(c.strides, i, 1);
    const int64_t ext = (c.kernel[i] - 1) * at(c.dil, i, 1) + 1;
    const double q = static_cast<double>(c.x[2 + i] + pb + pe - ext) / static_cast<double>(s);
    int64_t o = static_cast<int64_t>(c.ceil_mode ? std::ceil(q) : std::floor(q)) + 1;
    if (c.ceil_mode && (o - 1) * s >= c.x[2 + i] + pb) --o;
    ys.push_back(o);
  }
  return ys;
}

// Walks the window of output `yi`: f(flat input index or -1, tap inside [-pb, in + pe)).
void window(const Cfg& c, const Dims& yi, const std::function<void(int64_t, bool)>& f) {
  const int nsp = nsp_of(c);
  Dims kd(c.kernel.begin(), c.kernel.end());
  for_each_index(kd, [&](const Dims& k) {
    Dims xi = {yi[0], yi[1]};
    bool inside = true, padded = true;
    for (int i = 0; i < nsp; ++i) {
      const int64_t pb = at(c.pads, i, 0), pe = c.pads.empty() ? 0 : c.pads[nsp + i];
      const int64_t p = yi[2 + i] * at(c.strides, i, 1) - pb + k[i] * at(c.dil, i, 1);
      inside = inside && p >= 0 && p < c.x[2 + i];
      padded = padded && p >= -pb && p < c.x[2 + i] + pe;
      xi.push_back(p);
    }
    f(inside ? flat(c.x, xi) : -1, padded);
  });
}

std::vector<double> ref_pool(const Cfg& c, bool is_max, const std::vector<double>& x, Dims& ys) {
  ys = out_dims(c);
  std::vector<double> y(count(ys));
  for_each_index(ys, [&](const Dims& yi) {
    double acc = is_max ? -std::numeric_limits<double>::infinity() : 0;
    int64_t inside = 0, padded = 0;
    window(c, yi, [&](int64_t at, bool pad) {
      padded += pad;
      if (at < 0) return;
      ++inside;
      acc = is_max ? std::max(acc, x[at]) : acc + x[at];
    });
    if (!is_max) acc /= static_cast<double>(c.include_pad ? padded : inside);
    y[flat(ys, yi)] = acc;
  });
  return y;
}

std::vector<Attr> attrs_of(const Cfg& c, bool is_max) {
  std::vector<Attr> a = {ints("kernel_shape", c.kernel)};
  if (!c.strides.empty()) a.push_back(ints("strides", c.strides));
  if (!c.pads.empty()) a.push_back(ints("pads", c.pads));
  if (!c.dil.empty()) a.push_back(ints("dilations", c.dil));
  if (c.ceil_mode) a.push_back(boolean("ceil_mode", true));
  if (!is_max && c.include_pad) a.push_back(boolean("count_include_pad", true));
  return a;
}

const std::vector<Cfg>& cases() {
  static const std::vector<Cfg> v = {
      {{1, 1, 4, 4}, {2, 2}},
      {{2, 3, 7, 6}, {3, 2}, {2, 2}, {1, 0, 1, 1}},
      {{1, 2, 9, 8}, {3, 3}, {2, 1}, {1, 1, 1, 1}, {2, 2}},
      {{2, 3, 7, 7}, {3, 3}, {2, 2}, {1, 1, 0, 0}, {}, true},                 // ceil_mode adds a last window
      {{2, 3, 7, 7}, {3, 3}, {2, 2}, {1, 0, 0, 1}, {}, true, true},           // ceil + include pad (overhang)
      {{1, 2, 6, 5}, {2, 3}, {1, 2}, {1, 1, 1, 1}, {}, false, true},          // include pad, no overhang
      {{2, 2, 11}, {3}, {3}, {1, 1}, {2}, true},                              // 1-D, dilation, ceil
      {{1, 2, 5, 6, 4}, {2, 3, 2}, {2, 2, 1}, {1, 1, 0, 0, 1, 1}, {1, 1, 2}},  // 3-D
      {{1, 32, 14, 14}, {3, 3}, {2, 2}, {1, 1, 1, 1}},                        // blocked-friendly sizes
  };
  return v;
}

}  // namespace

TEST(Pool, MaxAndAverageMatchWindowLoops) {
  std::mt19937 gen(21);
  for (const auto& c : cases())
    for (bool is_max : {true, false})
      for (DType dt : {DType::Float32, DType::Float64}) {
        SCOPED_TRACE(std::string(is_max ? "max " : "avg ") + shape_of(c.x).str() + " kernel " + shape_of(c.kernel).str() + " " +
                     std::string(dtype_name(dt)));
        Tensor x = random(dt, c.x, gen);
        Dims ys;
        auto want = ref_pool(c, is_max, doubles(x), ys);
        expect_close(call(is_max ? "max_pool" : "avg_pool", {&x}, attrs_of(c, is_max)), ys, want, dt == DType::Float32 ? 1e-6 : 1e-12);
      }
}

TEST(Pool, AutoPad) {
  std::mt19937 gen(22);
  Tensor x = random(DType::Float32, {1, 2, 7, 6}, gen);
  // SAME_UPPER, kernel 4x3, stride 2: outputs ceil(7/2) = 4 and ceil(6/2) = 3; total pads
  // (4-1)*2 + 4 - 7 = 3 -> (1, 2) and (3-1)*2 + 3 - 6 = 1 -> (0, 1).
  Dims ys;
  auto want = ref_pool({{1, 2, 7, 6}, {4, 3}, {2, 2}, {1, 0, 2, 1}}, true, doubles(x), ys);
  EXPECT_EQ(ys, (Dims{1, 2, 4, 3}));
  expect_close(call("max_pool", {&x}, {ints("kernel_shape", {4, 3}), ints("strides", {2, 2}), enum_attr("auto_pad", 1)}), ys, want, 1e-6);
  want = ref_pool({{1, 2, 7, 6}, {4, 3}, {2, 2}, {2, 1, 1, 0}}, false, doubles(x), ys);  // SAME_LOWER
  expect_close(call("avg_pool", {&x}, {ints("kernel_shape", {4, 3}), ints("strides", {2, 2}), enum_attr("auto_pad", 2)}), ys, want, 1e-6);
  want = ref_pool({{1, 2, 7, 6}, {4, 3}, {2, 2}}, false, doubles(x), ys);  // VALID
  EXPECT_EQ(ys, (Dims{1, 2, 2, 2}));
  expect_close(call("avg_pool", {&x}, {ints("kernel_shape", {4, 3}), ints("strides", {2, 2}), enum_attr("auto_pad", 3)}), ys, want, 1e-6);
}

TEST(Pool, GlobalPools) {
  std::mt19937 gen(23);
  for (DType dt : {DType::Float32, DType::Float64})
    for (const Dims& shape : {Dims{2, 3, 5}, Dims{2, 3, 4, 5}, Dims{1, 2, 3, 2, 4}}) {
      Tensor x = random(dt, shape, gen);
      auto v = doubles(x);
      const int64_t NC = shape[0] * shape[1], S = count(shape) / NC;
      std::vector<double> mean(NC), mx(NC, -1e300);
      for (int64_t r = 0; r < NC; ++r) {
        for (int64_t i = 0; i < S; ++i) {
          mean[r] += v[r * S + i] / static_cast<double>(S);
          mx[r] = std::max(mx[r], v[r * S + i]);
        }
      }
      Dims ys = {shape[0], shape[1]};
      for (size_t d = 2; d < shape.size(); ++d) ys.push_back(1);
      expect_close(call("global_avg_pool", {&x}), ys, mean, dt == DType::Float32 ? 1e-6 : 1e-12);
      expect_close(call("global_max_pool", {&x}), ys, mx, 0);
    }
  Tensor x = random(DType::Float64, {2, 3, 2, 3}, gen);
  EXPECT_GT(check_gradients("global_avg_pool", {x}, {}), 0);
  EXPECT_GT(check_gradients("global_max_pool", {random(DType::Float64, {2, 2, 3}, gen)}, {}), 0);
}

TEST(Pool, GradientsMatchFiniteDifferences) {
  std::mt19937 gen(24);
  for (const auto& c : cases()) {
    if (count(c.x) > 400) continue;  // finite differences are per element
    for (bool is_max : {true, false}) {
      SCOPED_TRACE(std::string(is_max ? "max " : "avg ") + shape_of(c.x).str());
      EXPECT_GT(check_gradients(is_max ? "max_pool" : "avg_pool", {random(DType::Float64, c.x, gen)}, attrs_of(c, is_max)), 0);
    }
  }
}

TEST(Pool, Float32GradientsAgreeWithFloat64) {
  std::mt19937 gen(25);
  for (const auto& c : cases())
    for (bool is_max : {true, false}) {
      SCOPED_TRACE(std::string(is_max ? "max " : "avg ") + shape_of(c.x).str());
      const char* name = is_max ? "max_pool" : "avg_pool";
      Tensor x = random(DType::Float64, c.x, gen);
      Tensor y = call(name, {&x}, attrs_of(c, is_max));
      std::vector<double> head(y.numel());
      std::uniform_real_distribution<double> u(-1, 1);
      for (auto& v : head) v = u(gen);
      auto g64 = gradients(name, {x}, attrs_of(c, is_max), head);
      auto g32 = gradients(name, {to_dtype(x, DType::Float32)}, attrs_of(c, is_max), head);
      ASSERT_EQ(g32[0].size(), g64[0].size());
      for (size_t i = 0; i < g64[0].size(); ++i) EXPECT_NEAR(g32[0][i], g64[0][i], 1e-5) << "element " << i;
    }
}

TEST(Pool, PrimitivesAreCachedAcrossCalls) {
  std::mt19937 gen(26);
  Tensor x = random(DType::Float32, {1, 4, 10, 10}, gen);
  pool_cache_clear();
  for (int k = 0; k < 4; ++k) call("max_pool", {&x}, {ints("kernel_shape", {3, 3}), ints("strides", {2, 2})});
  EXPECT_EQ(pool_cache_clear(), 1);
}

TEST(Pool, ErrorsNameTheArgument) {
  std::mt19937 gen(27);
  Tensor x = random(DType::Float32, {1, 2, 4, 4}, gen);
  Tensor x2 = random(DType::Float32, {2, 4}, gen);
  EXPECT_TSR_ERROR(call("max_pool", {&x}), Status::InvalidAttribute, "kernel_shape");  // required
  EXPECT_TSR_ERROR(call("max_pool", {&x}, {ints("kernel_shape", {2})}), Status::InvalidAttribute, "kernel_shape");
  EXPECT_TSR_ERROR(call("max_pool", {&x}, {ints("kernel_shape", {2, 0})}), Status::InvalidAttribute, "kernel_shape");
  EXPECT_TSR_ERROR(call("avg_pool", {&x}, {ints("kernel_shape", {5, 2})}), Status::InvalidAttribute, "kernel_shape");  // > padded input
  EXPECT_TSR_ERROR(call("avg_pool", {&x}, {ints("kernel_shape", {2, 2}), ints("pads", {2, 0, 0, 0})}), Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(call("avg_pool", {&x}, {ints("kernel_shape", {2, 2}), ints("strides", {0, 1})}), Status::InvalidAttribute, "strides");
  EXPECT_TSR_ERROR(call("max_pool", {&x}, {ints("kernel_shape", {2, 2}), ints("dilations", {1})}), Status::InvalidAttribute, "dilations");
  EXPECT_TSR_ERROR(call("max_pool", {&x}, {ints("kernel_shape", {2, 2}), ints("pads", {1, 1, 1, 1}), enum_attr("auto_pad", 3)}),
                   Status::InvalidAttribute, "pads");
  EXPECT_TSR_ERROR(call("max_pool", {&x2}, {ints("kernel_shape", {2})}), Status::ShapeMismatch, "x");
  EXPECT_TSR_ERROR(call("global_avg_pool", {&x2}), Status::ShapeMismatch, "x");
  Tensor empty = Tensor::empty(DType::Float32, Shape{1, 2, 0});
  EXPECT_TSR_ERROR(call("global_max_pool", {&empty}), Status::ShapeMismatch, "x");
  Tensor xi = Tensor::zeros(DType::Int64, Shape{1, 2, 4, 4});
  EXPECT_TSR_ERROR(call("max_pool", {&xi}, {ints("kernel_shape", {2, 2})}), Status::DTypeMismatch, "x");
}
