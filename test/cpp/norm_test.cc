// batch_norm, instance_norm, layer_norm, group_norm and lrn against naive loops written here,
// float32 (oneDNN) and float64; optional inputs, per-group scale, odd and even LRN sizes;
// gradients (finite differences, float32 vs float64); errors naming the argument.
#include "nn_test_util.h"
#include "tessera/core/kernels/norm.h"

using namespace tsr;
using namespace tsr::nntest;

namespace {

double tol_for(DType dt) { return dt == DType::Float32 ? 2e-5 : 1e-12; }

// Standardizes blocks of `len` consecutive values (mean 0, biased variance 1 after eps).
std::vector<double> standardize_blocks(const std::vector<double>& x, int64_t len, double eps) {
  std::vector<double> y(x.size());
  for (size_t start = 0; start < x.size(); start += len) {
    double m = 0, v = 0;
    for (int64_t i = 0; i < len; ++i) m += x[start + i];
    m /= static_cast<double>(len);
    for (int64_t i = 0; i < len; ++i) v += (x[start + i] - m) * (x[start + i] - m);
    v /= static_cast<double>(len);
    for (int64_t i = 0; i < len; ++i) y[start + i] = (x[start + i] - m) / std::sqrt(v + eps);
  }
  return y;
}

// Channel of flat element i of a [N, C, S...] tensor with `inner` elements per channel.
int64_t channel(size_t i, int64_t C, int64_t inner) { return static_cast<int64_t>(i / inner) % C; }

std::vector<double> ref_lrn(const std::vector<double>& x, const Dims& shape, int64_t size, double alpha, double beta, double bias) {
  const int64_t N = shape[0], C = shape[1], S = count(shape) / (N * C);
  std::vector<double> y(x.size());
  for (int64_t n = 0; n < N; ++n)
    for (int64_t c = 0; c < C; ++c)
      for (int64_t s = 0; s < S; ++s) {
        double sq = 0;
        // ONNX: max(0, c - floor((size-1)/2)) <= j <= min(C-1, c + ceil((size-1)/2))
        for (int64_t j = std::max<int64_t>(0, c - (size - 1) / 2); j <= std::min<int64_t>(C - 1, c + size / 2); ++j)
          sq += x[(n * C + j) * S + s] * x[(n * C + j) * S + s];
        y[(n * C + c) * S + s] = x[(n * C + c) * S + s] / std::pow(bias + alpha / static_cast<double>(size) * sq, beta);
      }
  return y;
}

}  // namespace

TEST(Norm, BatchNormMatchesLoops) {
  std::mt19937 gen(31);
  for (const Dims& shape : {Dims{4, 3}, Dims{2, 3, 5}, Dims{2, 4, 3, 5}, Dims{1, 2, 3, 2, 4}, Dims{2, 16, 8, 8}})
    for (DType dt : {DType::Float32, DType::Float64}) {
      SCOPED_TRACE(shape_of(shape).str() + " " + std::string(dtype_name(dt)));
      const int64_t C = shape[1], inner = count(shape) / (shape[0] * C);
      Tensor x = random(dt, shape, gen), scale = random(dt, {C}, gen), bias = random(dt, {C}, gen), mean = random(dt, {C}, gen),
             var = random(dt, {C}, gen, 0.2, 2);
      auto xv = doubles(x), sv = doubles(scale), bv = doubles(bias), mv = doubles(mean), vv = doubles(var);
      std::vector<double> want(xv.size());
      for (size_t i = 0; i < xv.size(); ++i) {
        const int64_t c = channel(i, C, inner);
        want[i] = (xv[i] - mv[c]) / std::sqrt(vv[c] + 1e-3) * sv[c] + bv[c];
      }
      expect_close(call("batch_norm", {&x, &scale, &bias, &mean, &var}, {f64("epsilon", 1e-3)}), shape, want, tol_for(dt));
    }
}

TEST(Norm, InstanceAndGroupNormMatchLoops) {
  std::mt19937 gen(32);
  for (const Dims& shape : {Dims{2, 4, 6}, Dims{2, 6, 3, 5}, Dims{1, 4, 2, 3, 2}})
    for (DType dt : {DType::Float32, DType::Float64}) {
      SCOPED_TRACE(shape_of(shape).str() + " " + std::string(dtype_name(dt)));
      const int64_t N = shape[0], C = shape[1], inner = count(shape) / (N * C);
      Tensor x = random(dt, shape, gen, -2, 3);
      auto xv = doubles(x);
      // instance_norm: every (n, c) block.
      Tensor scale = random(dt, {C}, gen), bias = random(dt, {C}, gen);
      auto sv = doubles(scale), bv = doubles(bias);
      auto xhat = standardize_blocks(xv, inner, 1e-5);
      std::vector<double> want(xv.size());
      for (size_t i = 0; i < xv.size(); ++i) want[i] = xhat[i] * sv[channel(i, C, inner)] + bv[channel(i, C, inner)];
      expect_close(call("instance_norm", {&x, &scale, &bias}), shape, want, tol_for(dt));
      // group_norm with two groups, per-channel and per-group affine.
      const int64_t G = 2;
      xhat = standardize_blocks(xv, count(shape) / (N * G), 1e-4);
      for (size_t i = 0; i < xv.size(); ++i) want[i] = xhat[i] * sv[channel(i, C, inner)] + bv[channel(i, C, inner)];
      expect_close(call("group_norm", {&x, &scale, &bias}, {i64("num_groups", G), f64("epsilon", 1e-4)}), shape, want, tol_for(dt));
      Tensor gs = random(dt, {G}, gen), gb = random(dt, {G}, gen);
      auto gsv = doubles(gs), gbv = doubles(gb);
      for (size_t i = 0; i < xv.size(); ++i) {
        const int64_t g = channel(i, C, inner) / (C / G);
        want[i] = xhat[i] * gsv[g] + gbv[g];
      }
      expect_close(call("group_norm", {&x, &gs, &gb}, {i64("num_groups", G), f64("epsilon", 1e-4)}), shape, want, tol_for(dt));
      // num_groups = 1 normalizes each sample as a whole; = C is instance normalization.
      xhat = standardize_blocks(xv, count(shape) / N, 1e-5);
      for (size_t i = 0; i < xv.size(); ++i) want[i] = xhat[i] * sv[channel(i, C, inner)] + bv[channel(i, C, inner)];
      expect_close(call("group_norm", {&x, &scale, &bias}, {i64("num_groups", 1)}), shape, want, tol_for(dt));
      EXPECT_EQ(doubles(call("group_norm", {&x, &scale, &bias}, {i64("num_groups", C)})), doubles(call("instance_norm", {&x, &scale, &bias})));
    }
}

TEST(Norm, LayerNormAxesAndOptionalInputs) {
  std::mt19937 gen(33);
  const Dims shape = {2, 3, 4, 5};
  for (DType dt : {DType::Float32, DType::Float64})
    for (int64_t axis : {-1, -2, 1, 0}) {
      SCOPED_TRACE("axis " + std::to_string(axis) + " " + std::string(dtype_name(dt)));
      const int a = static_cast<int>(axis < 0 ? axis + 4 : axis);
      Dims norm_shape(shape.begin() + a, shape.end());
      const int64_t len = count(norm_shape);
      Tensor x = random(dt, shape, gen, -3, 2), scale = random(dt, norm_shape, gen), bias = random(dt, norm_shape, gen);
      auto xhat = standardize_blocks(doubles(x), len, 1e-5);
      auto sv = doubles(scale), bv = doubles(bias);
      std::vector<double> both(xhat.size()), only_scale(xhat.size()), only_bias(xhat.size());
      for (size_t i = 0; i < xhat.size(); ++i) {
        both[i] = xhat[i] * sv[i % len] + bv[i % len];
        only_scale[i] = xhat[i] * sv[i % len];
        only_bias[i] = xhat[i] + bv[i % len];
      }
      expect_close(call("layer_norm", {&x, &scale, &bias}, {i64("axis", axis)}), shape, both, tol_for(dt));
      expect_close(call("layer_norm", {&x, &scale}, {i64("axis", axis)}), shape, only_scale, tol_for(dt));
      expect_close(call("layer_norm", {&x, nullptr, &bias}, {i64("axis", axis)}), shape, only_bias, tol_for(dt));
      expect_close(call("layer_norm", {&x}, {i64("axis", axis)}), shape, xhat, tol_for(dt));
    }
}

TEST(Norm, LrnOddAndEvenSizes) {
  std::mt19937 gen(34);
  for (const Dims& shape : {Dims{2, 5, 3, 4}, Dims{1, 7, 6}, Dims{2, 3, 2, 2, 2}})
    for (int64_t size : {1, 2, 3, 4, 5})
      for (DType dt : {DType::Float32, DType::Float64}) {
        SCOPED_TRACE(shape_of(shape).str() + " size " + std::to_string(size) + " " + std::string(dtype_name(dt)));
        Tensor x = random(dt, shape, gen, -2, 2);
        auto want = ref_lrn(doubles(x), shape, size, 0.3, 0.75, 1.5);
        expect_close(call("lrn", {&x}, {i64("size", size), f64("alpha", 0.3), f64("beta", 0.75), f64("bias", 1.5)}), shape, want,
                     tol_for(dt));
      }
}

TEST(Norm, GradientsMatchFiniteDifferences) {
  std::mt19937 gen(35);
  auto pos = [&](Dims d) { return random(DType::Float64, d, gen, 0.5, 1.5); };
  auto any = [&](Dims d) { return random(DType::Float64, d, gen, -1.5, 1.5); };
  EXPECT_GT(check_gradients("batch_norm", {any({2, 3, 2, 2}), any({3}), any({3}), any({3}), pos({3})}, {f64("epsilon", 1e-2)}), 0);
  EXPECT_GT(check_gradients("batch_norm", {any({3, 2}), any({2}), any({2}), any({2}), pos({2})}, {}), 0);
  EXPECT_GT(check_gradients("instance_norm", {any({2, 3, 5}), any({3}), any({3})}, {}), 0);
  EXPECT_GT(check_gradients("instance_norm", {any({1, 2, 3, 2, 2}), any({2}), any({2})}, {}), 0);
  EXPECT_GT(check_gradients("group_norm", {any({2, 4, 3}), any({4}), any({4})}, {i64("num_groups", 2)}), 0);
  EXPECT_GT(check_gradients("group_norm", {any({2, 6, 2, 2}), any({3}), any({3})}, {i64("num_groups", 3)}), 0);
  EXPECT_GT(check_gradients("group_norm", {any({3, 4}), any({4}), any({4})}, {i64("num_groups", 2), f64("epsilon", 1e-3)}), 0);
  EXPECT_GT(check_gradients("layer_norm", {any({2, 3, 4}), any({3, 4}), any({3, 4})}, {i64("axis", 1)}), 0);
  EXPECT_GT(check_gradients("layer_norm", {any({2, 5}), Tensor(), any({5})}, {}), 0);
  EXPECT_GT(check_gradients("layer_norm", {any({2, 3}), any({2, 3}), Tensor()}, {i64("axis", 0)}), 0);
  EXPECT_GT(check_gradients("lrn", {any({2, 5, 3})}, {i64("size", 3), f64("alpha", 0.5)}), 0);
  EXPECT_GT(check_gradients("lrn", {any({1, 4, 2, 2})}, {i64("size", 2), f64("alpha", 0.7), f64("beta", 0.6), f64("bias", 2)}), 0);
}

TEST(Norm, Float32LrnGradientAgreesWithFloat64) {
  std::mt19937 gen(36);
  for (int64_t size : {3, 4, 5}) {
    Tensor x = random(DType::Float64, {2, 6, 3, 3}, gen);
    std::vector<double> head(x.numel());
    std::uniform_real_distribution<double> u(-1, 1);
    for (auto& v : head) v = u(gen);
    const std::vector<Attr> attrs = {i64("size", size), f64("alpha", 0.4), f64("beta", 0.75), f64("bias", 1.0)};
    auto g64 = gradients("lrn", {x}, attrs, head);
    auto g32 = gradients("lrn", {to_dtype(x, DType::Float32)}, attrs, head);
    for (size_t i = 0; i < g64[0].size(); ++i) EXPECT_NEAR(g32[0][i], g64[0][i], 1e-5) << "size " << size << " element " << i;
  }
}

TEST(Norm, ErrorsNameTheArgument) {
  std::mt19937 gen(37);
  Tensor x = random(DType::Float32, {2, 4, 3}, gen);
  Tensor c4 = random(DType::Float32, {4}, gen), c3 = random(DType::Float32, {3}, gen), c2 = random(DType::Float32, {2}, gen);
  Tensor d4 = random(DType::Float64, {4}, gen);
  Tensor v1 = random(DType::Float32, {5}, gen);
  EXPECT_TSR_ERROR(call("batch_norm", {&x, &c3, &c4, &c4, &c4}), Status::ShapeMismatch, "scale");
  EXPECT_TSR_ERROR(call("batch_norm", {&x, &c4, &c4, &c4, &c3}), Status::ShapeMismatch, "variance");
  EXPECT_TSR_ERROR(call("batch_norm", {&x, &c4, &d4, &c4, &c4}), Status::DTypeMismatch, "bias");
  EXPECT_TSR_ERROR(call("batch_norm", {&v1, &c4, &c4, &c4, &c4}), Status::ShapeMismatch, "x");
  EXPECT_TSR_ERROR(call("batch_norm", {&x, &c4, &c4, &c4, &c4}, {f64("epsilon", -1)}), Status::InvalidAttribute, "epsilon");
  EXPECT_TSR_ERROR(call("instance_norm", {&x, &c4, &c3}), Status::ShapeMismatch, "bias");
  EXPECT_TSR_ERROR(call("group_norm", {&x, &c4, &c4}, {i64("num_groups", 3)}), Status::InvalidAttribute, "num_groups");
  EXPECT_TSR_ERROR(call("group_norm", {&x, &c4, &c4}), Status::InvalidAttribute, "num_groups");  // required
  EXPECT_TSR_ERROR(call("group_norm", {&x, &c3, &c3}, {i64("num_groups", 2)}), Status::ShapeMismatch, "scale");
  EXPECT_TSR_ERROR(call("group_norm", {&x, &c4, &c2}, {i64("num_groups", 2)}), Status::ShapeMismatch, "bias");
  EXPECT_TSR_ERROR(call("layer_norm", {&x, &c4}), Status::ShapeMismatch, "scale");  // normalized shape is [3]
  EXPECT_TSR_ERROR(call("layer_norm", {&x, nullptr, &c4}, {i64("axis", 1)}), Status::ShapeMismatch, "bias");
  EXPECT_TSR_ERROR(call("layer_norm", {&x}, {i64("axis", 3)}), Status::InvalidAttribute, "axis");
  EXPECT_TSR_ERROR(call("lrn", {&x}, {i64("size", 0)}), Status::InvalidAttribute, "size");
  EXPECT_TSR_ERROR(call("lrn", {&x}), Status::InvalidAttribute, "size");  // required
  EXPECT_TSR_ERROR(call("lrn", {&x}, {i64("size", 3), f64("beta", std::nan(""))}), Status::InvalidAttribute, "beta");
  EXPECT_TSR_ERROR(call("lrn", {&v1}, {i64("size", 3)}), Status::ShapeMismatch, "x");
}
