// Registry completeness, and every operator's registry examples replayed against the engine.
#include <cmath>
#include <memory>
#include <set>

#include "test_util.h"

using namespace tsr;
using namespace tsr::test;


TEST(Registry, HasTheFoundationOperators) {
  const std::set<std::string> required = {"add", "sub", "mul", "div", "pow", "maximum", "minimum", "neg", "abs", "exp", "log",
                                          "sqrt", "tanh", "sigmoid", "relu", "equal", "less", "greater", "where", "cast",
                                          "matmul", "sum", "mean", "max", "reshape", "transpose", "concat", "slice",
                                          "softmax", "log_softmax", "zeros", "ones", "full", "arange"};
  std::set<std::string> have;
  for (const auto& op : Registry::get().ops()) have.insert(op.name);
  for (const auto& n : required) EXPECT_TRUE(have.count(n)) << n;
  EXPECT_GE(Registry::get().ops().size(), 30u);
}

TEST(Registry, EveryOperatorIsDocumentedAndMapped) {
  for (const auto& op : Registry::get().ops()) {
    EXPECT_FALSE(op.summary.empty()) << op.name;
    EXPECT_FALSE(op.examples.empty()) << op.name;
    for (const auto& t : op.inputs) EXPECT_FALSE(t.doc.empty()) << op.name << "." << t.name;
    for (const auto& t : op.outputs) EXPECT_FALSE(t.doc.empty()) << op.name << "." << t.name;
    EXPECT_TRUE(op.gradient.status == "none" ? !op.gradient.reason.empty() : !op.gradient.formula.empty()) << op.name;
    EXPECT_TRUE(op.onnx.status != "exact" || (!op.onnx.op_type.empty() && op.onnx.since_opset > 0)) << op.name;
    EXPECT_EQ(op.defined_in.rfind("op-registry/ops/", 0), 0u) << op.defined_in;
  }
}

TEST(Registry, JsonIsStableAndHashed) {
  const std::string& j = Registry::get().json();
  EXPECT_EQ(j.rfind("{\n  \"generated\": ", 0), 0u);
  EXPECT_NE(j.find("\"schema_version\": 1"), std::string::npos);
  EXPECT_EQ(Registry::get().hash().size(), 16u);
  EXPECT_NE(j.find("\"name\": \"log_softmax\""), std::string::npos);
}

TEST(Registry, ExamplesReplay) {
  int checked = 0;
  for (const auto& op : Registry::get().ops()) {
    for (const auto& ex : op.examples) {
      SCOPED_TRACE(op.name + ": " + ex.title);
      std::vector<Tensor> in;
      for (const auto& e : ex.inputs) in.push_back(from_example(e));
      std::vector<const Tensor*> ptrs;
      for (auto& t : in) ptrs.push_back(&t);
      for (const auto& [name, literal] : ex.attrs) ASSERT_GE(op.attr_slot(name), 0) << name;
      const ExampleAttrs attrs(op, ex);
      OpCall call;
      invoke(op, ptrs.data(), static_cast<int>(ptrs.size()), attrs.data(), attrs.size(), call);
      ASSERT_EQ(static_cast<size_t>(call.n_outputs), ex.outputs.size());
      for (size_t k = 0; k < ex.outputs.size(); ++k) {
        const auto& want = ex.outputs[k];
        const Tensor& got = call.outputs[k];
        EXPECT_EQ(dtype_name(got.dtype()), want.dtype);
        EXPECT_EQ(got.shape(), Shape::of(want.shape.data(), static_cast<int64_t>(want.shape.size())));
        Tensor as64 = Tensor::empty(DType::Float64, got.shape());
        dispatch_dtype(got.dtype(), [&](auto tag) {
          using T = decltype(tag);
          std::unique_ptr<T[]> v(new T[got.numel()]);
          got.copy_to(v.get());
          for (int64_t i = 0; i < got.numel(); ++i) as64.data_as<double>()[i] = static_cast<double>(v[i]);
        });
        ASSERT_EQ(static_cast<size_t>(got.numel()), want.data.size());
        const double tol = got.dtype() == DType::Float32 ? 1e-6 : 1e-12;
        for (size_t i = 0; i < want.data.size(); ++i)
          EXPECT_NEAR(as64.data_as<double>()[i], want.data[i], tol * (1 + std::fabs(want.data[i]))) << "element " << i;
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 30);
}
