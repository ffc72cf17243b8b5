// ONNX import converters for element-wise, reduction and misc op types, on tiny models built
// with the onnx protobuf classes. Each checks an opset-dependent detail (attribute vs input,
// defaults, the pre-13 softmax coercion) against hand-derived values.
#include <cmath>
#include <string>
#include <vector>

#include "onnx_model_builder.h"

using namespace tsr;
using namespace tsr::test;

namespace {

using ::onnx::AttributeProto;
using ::onnx::TensorProto;

// A one-node model (test/cpp/onnx_model_builder.h): inputs name graph inputs (float unless typed)
// or initializers, outputs ("y" by default) are graph outputs too.
struct OneNode : OnnxBuilder<OneNode> {
  OneNode(const std::string& op_type, int opset) : OnnxBuilder(opset) {
    add(op_type, {}, {});
    node->set_name("n");
  }
  OneNode& input(const std::string& name, int elem = TensorProto::FLOAT) {
    node->add_input(name);
    return name.empty() ? *this : graph_input(name, elem);
  }
  OneNode& init_i64(const std::string& name, const std::vector<int64_t>& v, bool scalar = false) {
    node->add_input(name);
    return initializer_i64(name, v, scalar);
  }
  OneNode& init_f32(const std::string& name, float v) {
    node->add_input(name);
    return initializer_f32(name, {}, {v});
  }
  OneNode& output(const std::string& name = "y") {
    node->add_output(name);
    return graph_output(name);
  }
};

const std::vector<float> k23 = {1, 2, 3, 4, 5, 6};

TEST(OnnxConvertReduce, ReduceSumOpset11TakesAxesAttributeAndKeepsDims) {
  OneNode n("ReduceSum", 11);
  n.input("x").output().attr_ints("axes", {1});  // keepdims defaults to 1 in ONNX
  expect_values(n.run({make<float>({2, 3}, k23)})[0], Shape{2, 1}, {6, 15});
}

TEST(OnnxConvertReduce, ReduceSumOpset13TakesAxesInput) {
  OneNode n("ReduceSum", 13);
  n.input("x").init_i64("axes", {0}).output().attr_i("keepdims", 0);
  expect_values(n.run({make<float>({2, 3}, k23)})[0], Shape{3}, {5, 7, 9});
}

TEST(OnnxConvertReduce, ReduceSumWithoutAxesReducesAllOrIsANoop) {
  OneNode all("ReduceSum", 13);
  all.input("x").output();
  expect_values(all.run({make<float>({2, 3}, k23)})[0], Shape{1, 1}, {21});
  OneNode noop("ReduceSum", 13);
  noop.input("x").output().attr_i("noop_with_empty_axes", 1);
  expect_values(noop.run({make<float>({2, 3}, k23)})[0], Shape{2, 3}, k23);
}

TEST(OnnxConvertReduce, ReduceLogSumIsLogOfSum) {
  OneNode n("ReduceLogSum", 13);
  n.input("x").output().attr_ints("axes", {1}).attr_i("keepdims", 0);
  expect_values(n.run({make<float>({2, 3}, k23)})[0], Shape{2}, {std::log(6.f), std::log(15.f)});
}

TEST(OnnxConvertElementwise, ClipOpset6TakesAttributes) {
  OneNode n("Clip", 6);
  n.input("x").output().attr_f("min", 2).attr_f("max", 4);
  expect_values(n.run({make<float>({5}, {1, 2, 3, 4, 5})})[0], Shape{5}, {2, 2, 3, 4, 4});
  OneNode upper("Clip", 6);  // min defaults to the lowest float
  upper.input("x").output().attr_f("max", 0);
  expect_values(upper.run({make<float>({3}, {-1e30f, 1, -2})})[0], Shape{3}, {-1e30f, 0, -2});
}

TEST(OnnxConvertElementwise, ClipOpset13TakesOptionalInputs) {
  OneNode lo("Clip", 13);
  lo.input("x").init_f32("lo", 2).output();  // max absent: unbounded above
  expect_values(lo.run({make<float>({3}, {1, 3, 100})})[0], Shape{3}, {2, 3, 100});
  OneNode hi("Clip", 13);
  hi.input("x").input("").init_f32("hi", 2).output();  // min skipped with an empty name
  expect_values(hi.run({make<float>({3}, {1, 3, -100})})[0], Shape{3}, {1, 2, -100});
  OneNode crossed("Clip", 13);  // min > max: every element becomes max, as numpy.clip
  crossed.input("x").init_f32("lo", 5).init_f32("hi", 1).output();
  expect_values(crossed.run({make<float>({2}, {0, 9})})[0], Shape{2}, {1, 1});
}

TEST(OnnxConvertElementwise, SoftmaxOpset11CoercesTo2D) {
  // axis 0 on [2, 3] flattens to [1, 6]: one softmax over all six values. With x = log(1..6)
  // the result is (1..6) / 21.
  std::vector<float> logs;
  for (float v : k23) logs.push_back(std::log(v));
  OneNode n("Softmax", 11);
  n.input("x").output().attr_i("axis", 0);
  expect_values(n.run({make<float>({2, 3}, logs)})[0], Shape{2, 3}, {1 / 21.f, 2 / 21.f, 3 / 21.f, 4 / 21.f, 5 / 21.f, 6 / 21.f});
  // Opset 13 works along the last axis by default: rows (1, 2, 3) / 6 and (4, 5, 6) / 15.
  OneNode n13("Softmax", 13);
  n13.input("x").output();
  expect_values(n13.run({make<float>({2, 3}, logs)})[0], Shape{2, 3}, {1 / 6.f, 2 / 6.f, 3 / 6.f, 4 / 15.f, 5 / 15.f, 6 / 15.f});
}

TEST(OnnxConvertElementwise, HardmaxOpset11CoercesTo2D) {
  // Default axis 1 on [2, 2, 2] flattens to [2, 4]: one 1 per outer index, at the first maximum.
  OneNode n("Hardmax", 11);
  n.input("x").output();
  expect_values(n.run({make<float>({2, 2, 2}, {1, 5, 5, 0, 7, 1, 2, 3})})[0], Shape{2, 2, 2}, {0, 1, 0, 0, 1, 0, 0, 0});
}

TEST(OnnxConvertElementwise, VariadicMaxAndMeanBroadcast) {
  OneNode mx("Max", 13);
  mx.input("a").input("b").input("c").output();
  expect_values(mx.run({make<float>({2, 1}, {0, 10}), make<float>({3}, {1, 5, 20}), make<float>({}, {3})})[0], Shape{2, 3},
                {3, 5, 20, 10, 10, 20});
  OneNode mean("Mean", 13);
  mean.input("a").input("b").output();
  expect_values(mean.run({make<float>({2}, {1, 2}), make<float>({1}, {5})})[0], Shape{2}, {3, 3.5f});
}

TEST(OnnxConvertElementwise, LegacyAddBroadcastsAtAxis) {
  // Opset 6: b [3] lines up with axis 0 of a [3, 2] (NumPy would align it with the last axis).
  OneNode n("Add", 6);
  n.input("a").input("b").output().attr_i("broadcast", 1).attr_i("axis", 0);
  expect_values(n.run({make<float>({3, 2}, k23), make<float>({3}, {10, 20, 30})})[0], Shape{3, 2}, {11, 12, 23, 24, 35, 36});
}

TEST(OnnxConvertElementwise, PowWithIntegerExponentKeepsBaseDtype) {
  OneNode n("Pow", 15);
  n.input("x").input("p", TensorProto::INT64).output();
  expect_values(n.run({make<float>({3}, {2, 3, 0.5f}), make<int64_t>({3}, {3, 2, 2})})[0], Shape{3}, {8, 9, 0.25f});
}

TEST(OnnxConvertMisc, InferenceDropoutPassesThroughWithTrueMask) {
  OneNode n("Dropout", 13);
  n.input("x").output("y").output("mask");
  auto out = n.run({make<float>({2}, {1, -2})});
  expect_values(out[0], Shape{2}, {1, -2});
  ASSERT_EQ(out[1].dtype(), DType::Bool);
  EXPECT_EQ(values<uint8_t>(out[1]), (std::vector<uint8_t>{1, 1}));
}

TEST(OnnxConvertMisc, TrainingDropoutZeroesAndScales) {
  // ratio 0.5 in training mode: every output is 0 (dropped, mask false) or 2x (kept, mask true).
  OneNode n("Dropout", 13);
  n.input("x").init_f32("ratio", 0.5f);
  n.node->add_input("training_mode");
  auto* t = n.m.mutable_graph()->add_initializer();
  t->set_name("training_mode");
  t->set_data_type(TensorProto::BOOL);
  t->add_int32_data(1);
  n.output("y").output("mask").attr_i("seed", 7);
  std::vector<float> x(64, 3.f);
  auto out = n.run({make<float>({64}, x)});
  auto y = values<float>(out[0]);
  auto mask = values<uint8_t>(out[1]);
  int kept = 0;
  for (size_t i = 0; i < y.size(); ++i) {
    EXPECT_EQ(y[i], mask[i] ? 6.f : 0.f) << "at " << i;
    kept += mask[i];
  }
  EXPECT_GT(kept, 0);
  EXPECT_LT(kept, 64);
}

TEST(OnnxConvertMisc, WeightedNllLossMeanDividesBySumOfWeights) {
  // x [2, 3] log-probabilities, labels (2, 0), weights (1, 2, 3): losses -x[0,2]*3 and -x[1,0]*1,
  // mean = (3 * 3 + 1 * 4) / (3 + 1) = 13 / 4.
  OneNode n("NegativeLogLikelihoodLoss", 13);
  n.input("x").input("labels", TensorProto::INT64).input("w").output();
  auto out = n.run({make<float>({2, 3}, {-1, -2, -3, -4, -5, -6}), make<int64_t>({2}, {2, 0}), make<float>({3}, {1, 2, 3})});
  expect_values(out[0], Shape{}, {13.f / 4});
}

}  // namespace
