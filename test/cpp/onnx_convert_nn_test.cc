// ONNX import converters for shape/layout/indexing and neural-network op types, on tiny models
// built with the onnx protobuf classes. Each checks an opset- or attribute-dependent detail
// (pads order, Reshape's 0 and -1, Slice attributes vs inputs, output_shape) against values
// derived by hand in the comments.
#include <cmath>
#include <string>
#include <vector>

#include "onnx_model_builder.h"

using namespace tsr;
using namespace tsr::test;

namespace {

using ::onnx::AttributeProto;
using ::onnx::TensorProto;

// A model built node by node (test/cpp/onnx_model_builder.h).
struct Net : OnnxBuilder<Net> {
  explicit Net(int opset) : OnnxBuilder(opset) {}
  Net& input(const std::string& name, int elem = TensorProto::FLOAT) { return graph_input(name, elem); }
  Net& output(const std::string& name) { return graph_output(name); }
  Net& init_i64(const std::string& name, const std::vector<int64_t>& v) { return initializer_i64(name, v); }
  Net& init_f32(const std::string& name, const std::vector<int64_t>& dims, const std::vector<float>& v) {
    return initializer_f32(name, dims, v);
  }
};

std::vector<float> iota(int n, float start = 0) {
  std::vector<float> v;
  for (int i = 0; i < n; ++i) v.push_back(start + static_cast<float>(i));
  return v;
}

Status status_of_run(Net& n, const std::vector<Tensor>& feeds) {
  try {
    n.run(feeds);
  } catch (const Error& e) {
    return e.status();
  }
  return Status::Ok;
}

TEST(OnnxConvertNn, ConvWithAsymmetricPadsUsesOnnxOrder) {
  // pads [1, 0, 0, 1] = H begin 1, W begin 0, H end 0, W end 1. x = 1..9 padded:
  //   0 0 0 0 / 1 2 3 0 / 4 5 6 0 / 7 8 9 0; a 2x2 ones kernel sums each window.
  Net n(11);
  n.input("x").init_f32("w", {1, 1, 2, 2}, {1, 1, 1, 1}).output("y");
  n.add("Conv", {"x", "w"}, {"y"}).attr_ints("pads", {1, 0, 0, 1}).attr_ints("kernel_shape", {2, 2});
  expect_values(n.run({make<float>({1, 1, 3, 3}, iota(9, 1))})[0], Shape{1, 1, 3, 3}, {3, 5, 3, 12, 16, 9, 24, 28, 15});
}

TEST(OnnxConvertNn, ConvRejectsKernelShapeDisagreeingWithWeight) {
  Net n(11);
  n.input("x").init_f32("w", {1, 1, 2, 2}, {1, 1, 1, 1}).output("y");
  n.add("Conv", {"x", "w"}, {"y"}).attr_ints("kernel_shape", {3, 3});
  EXPECT_EQ(status_of_run(n, {make<float>({1, 1, 3, 3}, iota(9))}), Status::InvalidArgument);
}

TEST(OnnxConvertNn, ConvTransposeOutputShapePastTheNaturalSizeExtendsTheEnd) {
  // x [1, 2], w [1, 1], stride 2: natural output [1, 1, 2, 2] (4 elements). output_shape 5 gives
  // total padding -1, i.e. one more element at the end holding only the bias 0.5.
  Net n(11);
  n.input("x").init_f32("w", {1, 1, 2}, {1, 1}).init_f32("b", {1}, {0.5f}).output("y");
  n.add("ConvTranspose", {"x", "w", "b"}, {"y"}).attr_ints("strides", {2}).attr_ints("output_shape", {5});
  expect_values(n.run({make<float>({1, 1, 2}, {1, 2})})[0], Shape{1, 1, 5}, {1.5f, 1.5f, 2.5f, 2.5f, 0.5f});
}

TEST(OnnxConvertShape, ReshapeCopiesZeroDimsAndInfersMinusOne) {
  // [2, 3, 4] with shape [4, 0, -1]: 0 copies dimension 1 (3), -1 becomes 24 / 12 = 2.
  Net n(13);
  n.input("x").init_i64("s", {4, 0, -1}).output("y");
  n.add("Reshape", {"x", "s"}, {"y"});
  expect_values(n.run({make<float>({2, 3, 4}, iota(24))})[0], Shape{4, 3, 2}, iota(24));
  // Opset 1-4 take the shape as an attribute.
  Net old(4);
  old.input("x").output("y");
  old.add("Reshape", {"x"}, {"y"}).attr_ints("shape", {0, -1});
  expect_values(old.run({make<float>({2, 3, 4}, iota(24))})[0], Shape{2, 12}, iota(24));
}

TEST(OnnxConvertShape, SliceOpset9AttributesVersusOpset13Inputs) {
  // x = [[0, 1, 2, 3], [4, 5, 6, 7]].
  Net n9(9);  // columns 1.. (end far past the size clamps)
  n9.input("x").output("y");
  n9.add("Slice", {"x"}, {"y"}).attr_ints("starts", {1}).attr_ints("ends", {1000}).attr_ints("axes", {1});
  expect_values(n9.run({make<float>({2, 4}, iota(8))})[0], Shape{2, 3}, {1, 2, 3, 5, 6, 7});
  Net n13(13);  // from the last column backwards in steps of 2: columns 3 and 1
  n13.input("x").init_i64("st", {-1}).init_i64("en", {-1000}).init_i64("ax", {1}).init_i64("sp", {-2}).output("y");
  n13.add("Slice", {"x", "st", "en", "ax", "sp"}, {"y"});
  expect_values(n13.run({make<float>({2, 4}, iota(8))})[0], Shape{2, 2}, {3, 1, 7, 5});
}

TEST(OnnxConvertShape, UnsqueezeAxesAttributeThenInput) {
  Net n11(11);
  n11.input("x").output("y");
  n11.add("Unsqueeze", {"x"}, {"y"}).attr_ints("axes", {0, 3});
  expect_values(n11.run({make<float>({2, 1}, {7, 8})})[0], Shape{1, 2, 1, 1}, {7, 8});
  Net n13(13);
  n13.input("x").init_i64("a", {-1}).output("y");
  n13.add("Unsqueeze", {"x", "a"}, {"y"});
  expect_values(n13.run({make<float>({2}, {7, 8})})[0], Shape{2, 1}, {7, 8});
}

TEST(OnnxConvertShape, PadOpset2AttributesAndOpset18Axes) {
  Net n2(2);  // pads [1, 2] on a [2] vector: one value before, two after
  n2.input("x").output("y");
  n2.add("Pad", {"x"}, {"y"}).attr_ints("pads", {1, 2}).attr_f("value", 9);
  expect_values(n2.run({make<float>({2}, {1, 2})})[0], Shape{5}, {9, 1, 2, 9, 9});
  Net n18(18);  // axes [1]: pads [1, 0] pad only the columns, one zero before each row
  n18.input("x").init_i64("p", {1, 0}).output("y");
  n18.add("Pad", {"x", "p", "", "ax"}, {"y"});
  n18.init_i64("ax", {1});
  expect_values(n18.run({make<float>({2, 2}, {1, 2, 3, 4})})[0], Shape{2, 3}, {0, 1, 2, 0, 3, 4});
}

TEST(OnnxConvertShape, SplitEquallyAcrossTheOutputs) {
  Net n(13);
  n.input("x").output("a").output("b");
  n.add("Split", {"x"}, {"a", "b"}).attr_i("axis", 1);
  auto out = n.run({make<float>({2, 4}, iota(8))});
  expect_values(out[0], Shape{2, 2}, {0, 1, 4, 5});
  expect_values(out[1], Shape{2, 2}, {2, 3, 6, 7});
}

TEST(OnnxConvertShape, IdentityOfAnIntermediateKeepsItsData) {
  // The Identity output is the same value as its input, which is read for the last time there.
  Net n(14);
  n.input("x").output("y");
  n.add("Relu", {"x"}, {"t"});
  n.add("Identity", {"t"}, {"y"});
  n.add("Identity", {"x"}, {"z"});  // a graph input passed straight through
  n.output("z");
  const std::string bytes = n.m.SerializeAsString();
  auto model = onnx_io::Model::load_bytes(bytes.data(), bytes.size(), "");
  for (int k = 0; k < 2; ++k) {  // the first run converts, the second runs the compiled plan
    auto out = model->run({make<float>({3}, {-1, 0, 2})});
    expect_values(out[0], Shape{3}, {0, 0, 2});
    expect_values(out[1], Shape{3}, {-1, 0, 2});
  }
}

TEST(OnnxConvertNn, BatchNormTrainingModeUsesBatchStatistics) {
  // x [[1, 2], [3, 6]]: channel means 2, 4 and biased variances 1, 4; epsilon 0 -> y = +-1.
  // Running averages with momentum 0.9 from mean 0 / var 1: 0.1 * mean, 0.9 + 0.1 * var.
  Net n(15);
  n.input("x").init_f32("s", {2}, {1, 1}).init_f32("b", {2}, {0, 0}).init_f32("m", {2}, {0, 0}).init_f32("v", {2}, {1, 1});
  n.output("y").output("rm").output("rv");
  n.add("BatchNormalization", {"x", "s", "b", "m", "v"}, {"y", "rm", "rv"}).attr_i("training_mode", 1).attr_f("epsilon", 0);
  auto out = n.run({make<float>({2, 2}, {1, 2, 3, 6})});
  expect_values(out[0], Shape{2, 2}, {-1, -1, 1, 1}, 1e-5);
  expect_values(out[1], Shape{2}, {0.2f, 0.4f}, 1e-6);
  expect_values(out[2], Shape{2}, {1.0f, 1.3f}, 1e-6);
}

TEST(OnnxConvertNn, LayerNormMeanAndInvStdDevOutputs) {
  // x = 1..4: mean 2.5, variance 1.25; epsilon 0.75 makes the inverse std 1 / sqrt(2).
  Net n(17);
  n.input("x").init_f32("s", {4}, {1, 1, 1, 1}).output("y").output("mean").output("inv");
  n.add("LayerNormalization", {"x", "s"}, {"y", "mean", "inv"}).attr_f("epsilon", 0.75f);
  auto out = n.run({make<float>({1, 4}, {1, 2, 3, 4})});
  const float r = 1 / std::sqrt(2.f);
  expect_values(out[0], Shape{1, 4}, {-1.5f * r, -0.5f * r, 0.5f * r, 1.5f * r}, 1e-5);
  expect_values(out[1], Shape{1, 1}, {2.5f});
  expect_values(out[2], Shape{1, 1}, {r}, 1e-6);
}

TEST(OnnxConvertNn, GemmTransposesAndScales) {
  // a^T = [[1, 3], [2, 4]] @ b [[1, 0], [0, 1]] * 2 + 1 * c [10, 20] (a row).
  Net n(13);
  n.input("a").input("b").input("c").output("y");
  n.add("Gemm", {"a", "b", "c"}, {"y"}).attr_i("transA", 1).attr_f("alpha", 2);
  expect_values(n.run({make<float>({2, 2}, {1, 2, 3, 4}), make<float>({2, 2}, {1, 0, 0, 1}), make<float>({2}, {10, 20})})[0],
                Shape{2, 2}, {12, 26, 14, 28});
}

TEST(OnnxConvertNn, MaxPoolOnUint8) {
  Net n(12);
  n.input("x", TensorProto::UINT8).output("y");
  n.add("MaxPool", {"x"}, {"y"}).attr_ints("kernel_shape", {2});
  expect_values<uint8_t>(n.run({make<uint8_t>({1, 1, 3}, {200, 7, 255})})[0], Shape{1, 1, 2}, {200, 255});
}

TEST(OnnxConvertNn, MaxPoolIndicesRowAndColumnMajor) {
  // x [[1, 4], [3, 2]] per (n, c), two channels (the second adds 10 and moves the maximum to
  // (1, 0)). 2x2 window: maxima 4 at (0, 1) and 13 at (1, 0). Row-major flat indices: 1 and
  // 4 + 2 = 6 (channel 1 starts at 4); column-major (h + w * H): 2 and 4 + 1 = 5.
  for (int order : {0, 1}) {
    Net n(12);
    n.input("x").output("y").output("i");
    n.add("MaxPool", {"x"}, {"y", "i"}).attr_ints("kernel_shape", {2, 2}).attr_i("storage_order", order);
    auto out = n.run({make<float>({1, 2, 2, 2}, {1, 4, 3, 2, 11, 12, 13, 10})});
    expect_values(out[0], Shape{1, 2, 1, 1}, {4, 13});
    expect_values<int64_t>(out[1], Shape{1, 2, 1, 1}, order == 0 ? std::vector<int64_t>{1, 6} : std::vector<int64_t>{2, 5});
  }
  // Padding never wins: pads 1 on a 1-D [-5, -6] with window 2 stride 2 -> windows (pad, -5), (-6, pad).
  Net p(12);
  p.input("x").output("y").output("i");
  p.add("MaxPool", {"x"}, {"y", "i"}).attr_ints("kernel_shape", {2}).attr_ints("strides", {2}).attr_ints("pads", {1, 1});
  auto out = p.run({make<float>({1, 1, 2}, {-5, -6})});
  expect_values(out[0], Shape{1, 1, 2}, {-5, -6});
  expect_values<int64_t>(out[1], Shape{1, 1, 2}, {0, 1});
}

TEST(OnnxConvertNn, PReluBeforeOpset7IsPerChannel) {
  // slope [2] on x [1, 2, 2]: channel 0 scales negatives by 0.5, channel 1 by 0.25.
  Net n(6);
  n.input("x").init_f32("s", {2}, {0.5f, 0.25f}).output("y");
  n.add("PRelu", {"x", "s"}, {"y"});
  expect_values(n.run({make<float>({1, 2, 2}, {-2, 2, -4, 4})})[0], Shape{1, 2, 2}, {-1, 2, -1, 4});
}

}  // namespace
