// ONNX export round trip without onnxruntime: every registry example of an operator whose ONNX
// mapping is "exact" (or "decomposed") becomes a one-node graph, is exported, imported back and
// run; the outputs must equal the example's expected values (hand-derived / numpy / ONNX data).
// onnx.checker and onnxruntime run over the same exports in
// bindings/typescript/test/onnx-roundtrip.test.ts. Set TSR_ONNX_EXPORT_DIR to keep the files.
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <memory>

#include "tessera/graph/onnx.h"
#include "tessera/graph/trace.h"
#include "test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

// The example traced as a graph: its inputs are graph inputs (fed at run time) and the one
// call's outputs are the graph's outputs.
graph::Graph one_node_graph(const OpDef& op, const Example& ex) {
  std::vector<Tensor> in;
  for (const auto& e : ex.inputs) in.push_back(from_example(e));
  std::vector<const Tensor*> ptrs;
  for (auto& t : in) ptrs.push_back(&t);
  const ExampleAttrs attrs(op, ex);
  graph::Tracer tracer;
  tracer.begin();
  for (size_t k = 0; k < in.size(); ++k) tracer.input(in[k], "x" + std::to_string(k));
  OpCall call;  // a throw here leaves the trace to the Tracer's destructor
  invoke(op, ptrs.data(), static_cast<int>(ptrs.size()), attrs.data(), attrs.size(), call);
  std::vector<Tensor> outs(call.outputs, call.outputs + call.n_outputs);
  std::vector<std::string> names;
  for (size_t k = 0; k < outs.size(); ++k) names.push_back("y" + std::to_string(k));
  return tracer.end(outs, names);
}

std::vector<double> as_doubles(const Tensor& t) {
  std::vector<double> v(static_cast<size_t>(t.numel()));
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    std::unique_ptr<T[]> raw(new T[t.numel()]);
    t.copy_to(raw.get());
    for (int64_t i = 0; i < t.numel(); ++i) v[i] = static_cast<double>(raw[i]);
  });
  return v;
}

void expect_equal(const Tensor& got, const ExampleTensor& want) {
  EXPECT_EQ(dtype_name(got.dtype()), want.dtype);
  ASSERT_EQ(got.shape(), Shape::of(want.shape.data(), static_cast<int64_t>(want.shape.size())));
  const std::vector<double> v = as_doubles(got);
  const bool is_float = got.dtype() == DType::Float32 || got.dtype() == DType::Float64;
  for (size_t i = 0; i < want.data.size(); ++i) {
    if (std::isnan(want.data[i])) { EXPECT_TRUE(std::isnan(v[i])) << "element " << i; continue; }
    if (is_float) EXPECT_NEAR(v[i], want.data[i], 1e-6 + 1e-5 * std::fabs(want.data[i])) << "element " << i;
    else EXPECT_EQ(v[i], want.data[i]) << "element " << i;
  }
}

// Training-mode dropout draws its mask from the runtime's generator (ONNX leaves the generator
// to the runtime), so the mask cannot be compared: y must be x * mask / (1 - ratio) instead.
bool random_example(const OpDef& op, const Example& ex) {
  if (op.name != "dropout") return false;
  for (const auto& [name, literal] : ex.attrs)
    if (name == "training" && literal == "true") return true;
  return false;
}
// The importer refuses training-mode Dropout by policy (graph/onnx/convert/misc.cc: a random
// mask cannot match another runtime's reference outputs). True when it does so; if that policy
// changes, the run is checked by the dropout relation instead.
bool refused_as_random(const std::string& bytes, const std::vector<Tensor>& feeds) {
  try {
    onnx_io::Model::load_bytes(bytes.data(), bytes.size(), "")->run(feeds);
    return false;
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::Unsupported) << e.what();
    EXPECT_NE(std::string(e.what()).find("training-mode dropout"), std::string::npos) << e.what();
    return true;
  }
}

void expect_dropout_relation(const Tensor& x, const std::vector<Tensor>& outs, double ratio) {
  ASSERT_EQ(outs.size(), 2u);
  ASSERT_EQ(outs[0].shape(), x.shape());
  ASSERT_EQ(outs[1].shape(), x.shape());
  EXPECT_EQ(outs[1].dtype(), DType::Bool);
  const auto xs = as_doubles(x), ys = as_doubles(outs[0]), ms = as_doubles(outs[1]);
  for (size_t i = 0; i < xs.size(); ++i) {
    const double want = ms[i] != 0 ? xs[i] / (1 - ratio) : 0;
    EXPECT_NEAR(ys[i], want, 1e-6 * (1 + std::fabs(want))) << "element " << i;
  }
}

}  // namespace

TEST(OnnxExport, RegistryExamplesRoundTrip) {
  const char* dump = std::getenv("TSR_ONNX_EXPORT_DIR");
  int checked = 0, total = 0;
  for (const auto& op : Registry::get().ops()) {
    if (op.onnx.status == "unsupported") continue;
    EXPECT_FALSE(op.examples.empty()) << op.name << " has no example to export";
    for (size_t e = 0; e < op.examples.size(); ++e) {
      const Example& ex = op.examples[e];
      ++total;
      SCOPED_TRACE(op.name + " example " + std::to_string(e) + ": " + ex.title);
      try {
        const graph::Graph g = one_node_graph(op, ex);
        const std::string bytes = onnx_io::export_model(g, op.name);
        if (dump) std::ofstream(std::string(dump) + "/" + op.name + "__" + std::to_string(e) + ".onnx", std::ios::binary) << bytes;
        std::vector<Tensor> feeds;
        for (const auto& t : ex.inputs) feeds.push_back(from_example(t));
        if (random_example(op, ex) && refused_as_random(bytes, feeds)) {
          ++checked;
          continue;
        }
        auto m = onnx_io::Model::load_bytes(bytes.data(), bytes.size(), "");
        const auto outs = m->run(feeds);
        ASSERT_EQ(outs.size(), ex.outputs.size());
        if (random_example(op, ex)) {
          double ratio = op.attrs.at(op.attr_slot("ratio")).f;
          for (const auto& [name, literal] : ex.attrs)
            if (name == "ratio") ratio = std::stod(literal);
          expect_dropout_relation(feeds[0], outs, ratio);
          ++checked;
          continue;
        }
        for (size_t k = 0; k < outs.size(); ++k) expect_equal(outs[k], ex.outputs[k]);
        ++checked;
      } catch (const std::exception& err) {
        ADD_FAILURE() << err.what();
      }
    }
  }
  EXPECT_EQ(checked, total);
  EXPECT_GE(total, 170);
}

TEST(OnnxExport, UnmappedOperatorIsUnsupported) {
  const OpDef& sgd = op("sgd_update");
  ASSERT_EQ(sgd.onnx.status, "unsupported");
  const graph::Graph g = one_node_graph(sgd, sgd.examples.at(0));
  try {
    onnx_io::export_model(g);
    ADD_FAILURE() << "export of sgd_update should fail";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::Unsupported);
    EXPECT_NE(std::string(e.what()).find("sgd_update"), std::string::npos) << e.what();
  }
}
