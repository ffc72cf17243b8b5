// The graph layer: building (checks at build time), optimize() (constant folding, dead nodes),
// the Executor (results, plans per input shape, feed checks, buffer reuse, threads) and tracing.
// Expected values are derived by hand or come from eager calls of the same operators.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "tessera/core/thread_pool.h"
#include "tessera/graph/executor.h"
#include "tessera/graph/graph.h"
#include "tessera/graph/trace.h"
#include "test_util.h"

namespace tsr::test {
namespace {

using graph::Executor;
using graph::Graph;
using graph::NodeAttr;

NodeAttr ints_attr(const OpDef& d, const char* name, std::vector<int64_t> v) {
  NodeAttr a;
  a.slot = d.attr_slot(name);
  a.type = AttrType::Ints;
  a.ints = std::move(v);
  return a;
}

NodeAttr int_attr(const OpDef& d, const char* name, int64_t v) {
  NodeAttr a;
  a.slot = d.attr_slot(name);
  a.type = AttrType::Int;
  a.i = v;
  return a;
}

int node1(Graph& g, const char* op_name, std::vector<int> ins, std::vector<NodeAttr> attrs = {}) {
  return g.add_node(op(op_name), ins, std::move(attrs)).at(0);
}

Tensor f32(const Shape& s, const std::vector<float>& v) { return make<float>(s, v); }

// ---- building -------------------------------------------------------------------------------

TEST(GraphBuild, ShapesAndDtypesInferredWhenKnown) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {2, 3});
  const int c = g.add_constant("c", f32({3}, {1, 2, 3}));
  const int s = node1(g, "add", {x, c});
  const int r = node1(g, "sum", {s}, {ints_attr(op("sum"), "axes", {1})});
  g.set_outputs({r}, {"y"});
  EXPECT_EQ(g.value(s).dims, (std::vector<int64_t>{2, 3}));
  EXPECT_TRUE(g.value(s).shape_known);
  EXPECT_EQ(g.value(r).dims, (std::vector<int64_t>{2}));
  EXPECT_EQ(g.value(r).dtype, DType::Float32);
  EXPECT_EQ(g.nodes().size(), 2u);
  EXPECT_EQ(g.inputs(), std::vector<int>{x});
  EXPECT_EQ(g.output_names(), std::vector<std::string>{"y"});
  EXPECT_TRUE(g.value(x).is_input());
  EXPECT_FALSE(g.value(c).is_input());
}

TEST(GraphBuild, DynamicDimsDeferInference) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {-1, 3});
  EXPECT_FALSE(g.value(x).shape_known);
  const int y = node1(g, "relu", {x});
  EXPECT_FALSE(g.value(y).shape_known);
  EXPECT_EQ(g.value(y).dtype, DType::Float32);
}

TEST(GraphBuild, BadValueIdsFail) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {2});
  EXPECT_TSR_ERROR(g.add_node(op("add"), {x, 7}, {}), Status::InvalidArgument, "");
  EXPECT_TSR_ERROR(g.add_node(op("relu"), {-2}, {}), Status::InvalidArgument, "");
  EXPECT_TSR_ERROR(g.set_outputs({42}), Status::InvalidArgument, "");
  EXPECT_TSR_ERROR(g.set_outputs({}), Status::InvalidArgument, "outputs");
  EXPECT_TRUE(g.nodes().empty());  // a failed add leaves the graph as it was
}

TEST(GraphBuild, NegativeDimAndTooManyDimsFail) {
  Graph g;
  EXPECT_TSR_ERROR(g.add_input("x", DType::Float32, {2, -3}), Status::InvalidArgument, "shape");
  try {
    g.add_input("big", DType::Float32, std::vector<int64_t>(kMaxDims + 1, 1));
    ADD_FAILURE() << "rank over kMaxDims accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::Unsupported);
  }
  EXPECT_TRUE(g.inputs().empty());
}

TEST(GraphBuild, WrongAttributeFailsAtBuildTime) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {2, 3});
  // axis 5 of a rank-2 input
  EXPECT_TSR_ERROR(g.add_node(op("sum"), {x}, {ints_attr(op("sum"), "axes", {5})}), Status::InvalidAttribute, "axes");
  // an int where the schema wants int[]
  NodeAttr wrong = int_attr(op("sum"), "axes", 0);
  try {
    g.add_node(op("sum"), {x}, {wrong});
    ADD_FAILURE() << "int given for an int[] attribute accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::InvalidAttribute) << e.what();
  }
  // a slot the operator does not have
  NodeAttr bogus;
  bogus.slot = 99;
  try {
    g.add_node(op("relu"), {x}, {bogus});
    ADD_FAILURE() << "attribute slot 99 accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::InvalidAttribute) << e.what();
  }
  EXPECT_TRUE(g.nodes().empty());
}

TEST(GraphBuild, ShapeAndDtypeErrorsAtBuildTime) {
  Graph g;
  const int a = g.add_input("a", DType::Float32, {2, 3});
  const int b = g.add_input("b", DType::Float32, {4});
  const int i = g.add_input("i", DType::Int64, {2, 3});
  try {
    g.add_node(op("add"), {a, b}, {});
    ADD_FAILURE() << "[2,3] + [4] accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::ShapeMismatch) << e.what();
    EXPECT_EQ(e.op(), "add");
  }
  try {
    g.add_node(op("add"), {a, i}, {});
    ADD_FAILURE() << "float32 + int64 accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::DTypeMismatch) << e.what();
  }
  try {
    g.add_node(op("matmul"), {a, a}, {});
    ADD_FAILURE() << "[2,3] @ [2,3] accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::ShapeMismatch) << e.what();
  }
}

TEST(GraphBuild, OutputNamesMustBeDistinct) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {2});
  const int a = node1(g, "relu", {x});
  const int b = node1(g, "neg", {x});
  EXPECT_TSR_ERROR(g.set_outputs({a, b}, {"y", "y"}), Status::InvalidArgument, "outputs");
  EXPECT_TSR_ERROR(g.set_outputs({a, b}, {"y"}), Status::InvalidArgument, "outputs");
  EXPECT_TSR_ERROR(g.set_outputs({a, a}), Status::InvalidArgument, "outputs");  // same default name twice
  g.set_outputs({a, b}, {"p", "q"});
  EXPECT_EQ(g.output_names(), (std::vector<std::string>{"p", "q"}));
}

TEST(GraphBuild, OutputCountIsBounded) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {-1});
  EXPECT_TSR_ERROR(g.add_node(op("split"), {x}, {}, 1 << 30), Status::InvalidArgument, "");
  EXPECT_TSR_ERROR(g.add_node(op("split"), {x}, {}), Status::InvalidArgument, "");  // unknown count
  EXPECT_EQ(g.values().size(), 1u);
}

// ---- optimize -------------------------------------------------------------------------------

TEST(GraphOptimize, ConstantSubgraphFolds) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {3});
  const int c1 = g.add_constant("c1", f32({3}, {1, 2, 3}));
  const int c2 = g.add_constant("c2", f32({3}, {4, 5, 6}));
  const int s = node1(g, "add", {c1, c2});   // 5 7 9
  const int p = node1(g, "mul", {s, c1});    // 5 14 27
  const int n = node1(g, "neg", {p});        // -5 -14 -27
  const int y = node1(g, "add", {x, n});
  g.set_outputs({y}, {"y"});
  ASSERT_EQ(g.nodes().size(), 4u);

  Graph o = graph::optimize(g);
  ASSERT_EQ(o.nodes().size(), 1u);
  EXPECT_EQ(o.nodes()[0].op->name, "add");
  const int folded = o.nodes()[0].inputs[1];
  ASSERT_TRUE(o.value(folded).constant.defined());
  EXPECT_EQ(values<float>(o.value(folded).constant), (std::vector<float>{-5, -14, -27}));
  EXPECT_EQ(o.output_names(), std::vector<std::string>{"y"});
  ASSERT_EQ(o.inputs().size(), 1u);
  EXPECT_EQ(o.value(o.inputs()[0]).name, "x");

  Executor ex(g);
  auto out = ex.run({f32({3}, {10, 20, 30})});
  EXPECT_EQ(values<float>(out[0]), (std::vector<float>{5, 6, 3}));
  EXPECT_EQ(ex.stats().nodes, 1);
}

TEST(GraphOptimize, AllConstantGraphBecomesOneConstant) {
  Graph g;
  const int c = g.add_constant("c", f32({2}, {3, 4}));
  const int y = node1(g, "mul", {c, c});
  g.set_outputs({y}, {"y"});
  Graph o = graph::optimize(g);
  EXPECT_TRUE(o.nodes().empty());
  Executor ex(g);
  EXPECT_EQ(values<float>(ex.run({})[0]), (std::vector<float>{9, 16}));
}

TEST(GraphOptimize, DeadNodesRemoved) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {2});
  const int unused = g.add_input("unused", DType::Float32, {2});
  const int a = node1(g, "relu", {x});
  const int d1 = node1(g, "exp", {x});  // nothing reads these two
  node1(g, "neg", {d1});
  node1(g, "abs", {unused});
  const int b = node1(g, "neg", {a});
  g.set_outputs({b}, {"y"});
  Graph o = graph::optimize(g);
  ASSERT_EQ(o.nodes().size(), 2u);
  EXPECT_EQ(o.nodes()[0].op->name, "relu");
  EXPECT_EQ(o.nodes()[1].op->name, "neg");
  EXPECT_EQ(o.inputs().size(), 2u);  // inputs are kept, even unused ones (feeds keep their order)
  Executor ex(g);
  auto out = ex.run({f32({2}, {-1, 2}), f32({2}, {0, 0})});
  EXPECT_EQ(values<float>(out[0]), (std::vector<float>{0, -2}));
}

TEST(GraphOptimize, BatchNormFoldsIntoTheConvBeforeIt) {
  // conv 1x1 over 2 channels -> 2 channels, then batch_norm; folded: one conv node whose result
  // equals the two eager calls.
  Tensor w = f32({2, 2, 1, 1}, {1, 2, -1, 0.5f});
  Tensor b = f32({2}, {0.5f, -1});
  Tensor gamma = f32({2}, {2, 0.5f}), beta = f32({2}, {1, -2}), mean = f32({2}, {0.25f, 3}), var = f32({2}, {4, 0.25f});
  Graph g;
  const int x = g.add_input("x", DType::Float32, {1, 2, 2, 2});
  const int c = node1(g, "conv", {x, g.add_constant("w", w), g.add_constant("b", b)});
  const int y = node1(g, "batch_norm", {c, g.add_constant("gamma", gamma), g.add_constant("beta", beta), g.add_constant("mean", mean),
                                        g.add_constant("var", var)});
  g.set_outputs({y}, {"y"});
  Graph opt = graph::optimize(g);
  ASSERT_EQ(opt.nodes().size(), 1u);
  EXPECT_EQ(opt.nodes()[0].op->name, "conv");

  Tensor in = f32({1, 2, 2, 2}, {1, 2, 3, 4, -1, 0, 2, 8});
  Executor ex(g);
  auto out = ex.run({in});
  Tensor eager = run("batch_norm", {run("conv", {in, w, b}), gamma, beta, mean, var});
  const auto got = values<float>(out[0]), want = values<float>(eager);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], want[i], 1e-5f) << i;
  // By hand, channel 0 at pixel 0: conv = 1*1 + 2*(-1) + 0.5 = -0.5; bn = 2 * (-0.5 - 0.25) / sqrt(4 + 1e-5) + 1 = 0.25.
  EXPECT_NEAR(got[0], 0.25f, 1e-5f);
}

TEST(GraphOptimize, BatchNormStaysWhenTheConvOutputHasOtherReaders) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {1, 1, 2, 2});
  const int c = node1(g, "conv", {x, g.add_constant("w", f32({1, 1, 1, 1}, {2}))});
  const int one = g.add_constant("one", f32({1}, {1}));
  const int y = node1(g, "batch_norm", {c, one, g.add_constant("zero", f32({1}, {0})), g.add_constant("m", f32({1}, {0})), one});
  g.set_outputs({y, c}, {"y", "c"});
  EXPECT_EQ(graph::optimize(g).nodes().size(), 2u);
}

// ---- executor -------------------------------------------------------------------------------

TEST(GraphExecutor, ResultsEqualEagerCalls) {
  Tensor w = f32({3, 2}, {1, -1, 2, 0.5f, -3, 1});
  Tensor b = f32({2}, {0.25f, -4});
  Graph g;
  const int x = g.add_input("x", DType::Float32, {2, 3});
  const int wi = g.add_constant("w", w);
  const int bi = g.add_constant("b", b);
  const int h = node1(g, "matmul", {x, wi});
  const int hb = node1(g, "add", {h, bi});
  const int y = node1(g, "relu", {hb});
  const int z = node1(g, "sum", {hb}, {ints_attr(op("sum"), "axes", {0})});
  g.set_outputs({y, z}, {"y", "z"});

  Tensor in = f32({2, 3}, {1, 2, 3, -1, 0, 2});
  Executor ex(g);
  auto out = ex.run({in});
  ASSERT_EQ(out.size(), 2u);
  Tensor e_hb = run("add", {run("matmul", {in, w}), b});
  EXPECT_EQ(values<float>(out[0]), values<float>(run("relu", {e_hb})));
  EXPECT_EQ(values<float>(out[1]), values<float>(run("sum", {e_hb}, {ints("axes", {0})})));
  // By hand: x@w = [[-4, 3], [-7, 3]]; + b = [[-3.75, -1], [-6.75, -1]].
  EXPECT_EQ(values<float>(out[0]), (std::vector<float>{0, 0, 0, 0}));
  EXPECT_EQ(values<float>(out[1]), (std::vector<float>{-10.5f, -2}));
}

TEST(GraphExecutor, PlanPerInputShapeWithDynamicBatch) {
  Graph g;
  const int x = g.add_input("x", DType::Float32, {-1, 2});
  const int c = g.add_constant("c", f32({2}, {1, 10}));
  const int m = node1(g, "mul", {x, c});
  const int e = node1(g, "neg", {m});
  const int y = node1(g, "sum", {e}, {ints_attr(op("sum"), "axes", {1})});
  g.set_outputs({y}, {"y"});
  Executor ex(g);

  auto o2 = ex.run({f32({2, 2}, {1, 2, 3, 4})});
  EXPECT_EQ(values<float>(o2[0]), (std::vector<float>{-21, -43}));
  const auto s2 = ex.stats();
  auto o3 = ex.run({f32({3, 2}, {1, 1, 0, 1, 2, 0})});
  EXPECT_EQ(values<float>(o3[0]), (std::vector<float>{-11, -10, -2}));
  const auto s3 = ex.stats();
  // Two intermediates of batch*2 floats, each rounded up to a 64-byte slot.
  EXPECT_EQ(s2.unshared_bytes, 2u * 64);
  EXPECT_EQ(s3.unshared_bytes, 2u * 64);
  EXPECT_EQ(s2.planned_values, 2);
  // Back to batch 2: the cached plan gives the same results.
  auto again = ex.run({f32({2, 2}, {1, 2, 3, 4})});
  EXPECT_EQ(values<float>(again[0]), (std::vector<float>{-21, -43}));
  // A batch big enough that the slot size shows the plan follows the shape: 100 rows * 8 bytes.
  std::vector<float> big(200, 1.0f);
  auto o100 = ex.run({f32({100, 2}, big)});
  EXPECT_EQ(values<float>(o100[0]), std::vector<float>(100, -11));
  EXPECT_EQ(ex.stats().unshared_bytes, 2u * 832);  // 800 bytes rounded up to 64
}

TEST(GraphExecutor, FailedPlanKeepsStatsOfTheLastGoodRun) {
  // Plans are cached per shape (at most 16). A 17th shape whose plan fails must not evict the
  // plan the last good run used: stats() still describes that run.
  Graph g;
  const int x = g.add_input("x", DType::Float32, {-1, -1});
  const int c = g.add_constant("c", f32({3}, {1, 2, 3}));
  const int s = node1(g, "add", {x, c});
  const int y = node1(g, "neg", {s});
  g.set_outputs({y}, {"y"});
  Executor ex(g);
  for (int64_t rows = 16; rows >= 1; --rows) ex.run({f32({rows, 3}, std::vector<float>(rows * 3, 1))});
  // Rows 1 has the smallest cache key and is the most recent run.
  EXPECT_EQ(ex.stats().unshared_bytes, 64u);
  try {
    ex.run({f32({2, 4}, std::vector<float>(8, 1))});  // [2,4] + [3]
    ADD_FAILURE() << "[2,4] + [3] planned";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::ShapeMismatch) << e.what();
  }
  EXPECT_EQ(ex.stats().unshared_bytes, 64u);
  EXPECT_EQ(ex.stats().nodes, 2);
  auto out = ex.run({f32({1, 3}, {0, 0, 1})});
  EXPECT_EQ(values<float>(out[0]), (std::vector<float>{-1, -2, -4}));
}

TEST(GraphExecutor, FeedChecksNameTheInput) {
  Graph g;
  const int x = g.add_input("pixels", DType::Float32, {-1, 3});
  const int y = node1(g, "relu", {x});
  g.set_outputs({y});
  Executor ex(g);
  try {
    ex.run({make<int64_t>({2, 3}, {1, 2, 3, 4, 5, 6})});
    ADD_FAILURE() << "int64 feed accepted for a float32 input";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::DTypeMismatch);
    EXPECT_EQ(e.arg(), "pixels");
    EXPECT_NE(std::string(e.what()).find("pixels"), std::string::npos) << e.what();
  }
  try {
    ex.run({f32({2, 4}, std::vector<float>(8, 0))});
    ADD_FAILURE() << "[2,4] feed accepted for [?,3]";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::ShapeMismatch);
    EXPECT_EQ(e.arg(), "pixels");
    EXPECT_NE(std::string(e.what()).find("pixels"), std::string::npos) << e.what();
  }
  try {
    ex.run({f32({3}, {1, 2, 3})});
    ADD_FAILURE() << "rank-1 feed accepted for a rank-2 input";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::ShapeMismatch);
  }
  EXPECT_TSR_ERROR(ex.run({}), Status::InvalidArgument, "feeds");
  EXPECT_TSR_ERROR(ex.run({Tensor()}), Status::InvalidHandle, "pixels");
  // A good feed still works after the failures.
  EXPECT_EQ(values<float>(ex.run({f32({1, 3}, {-1, 0, 2})})[0]), (std::vector<float>{0, 0, 2}));
}

TEST(GraphExecutor, ElementwiseChainReusesTwoBuffers) {
  constexpr int kOps = 8;
  constexpr int64_t kN = 1 << 20;  // 4 MiB per float32 buffer
  constexpr size_t kBytes = kN * sizeof(float);
  const char* chain[] = {"neg", "abs", "sqrt", "neg", "exp", "relu", "sqrt", "neg"};
  Graph g;
  int v = g.add_input("x", DType::Float32, {kN});
  for (int k = 0; k < kOps; ++k) v = node1(g, chain[k], {v});
  g.set_outputs({v}, {"y"});

  std::vector<float> xs(kN);
  for (int64_t i = 0; i < kN; ++i) xs[i] = static_cast<float>(i % 5);  // 0..4
  Executor ex(g);
  auto out = ex.run({f32({kN}, xs)});
  const auto s = ex.stats();
  // Every intermediate but the graph output is planned; each lives from its node to the next,
  // so two buffers suffice however long the chain is.
  EXPECT_EQ(s.planned_values, kOps - 1);
  EXPECT_EQ(s.unshared_bytes, static_cast<size_t>(kOps - 1) * kBytes);
  EXPECT_EQ(s.arena_bytes, 2 * kBytes);
  // y = -sqrt(relu(exp(-sqrt(|-x|)))) = -exp(-sqrt(x) / 2)
  const auto ys = values<float>(out[0]);
  for (int64_t i : {int64_t{0}, int64_t{1}, int64_t{2}, int64_t{3}, int64_t{4}, kN - 1}) {
    const double want = -std::exp(-std::sqrt(static_cast<double>(i % 5)) / 2);
    EXPECT_NEAR(ys[i], want, 1e-6) << i;
  }
  // A second run reuses the plan (and the arena) and gives the same answer.
  auto out2 = ex.run({f32({kN}, xs)});
  EXPECT_EQ(values<float>(out2[0]), ys);
  EXPECT_EQ(ex.stats().arena_bytes, 2 * kBytes);
}

TEST(GraphExecutor, OutputsSurviveLaterRuns) {
  // Outputs must not live in the arena: a second run may not overwrite the first result.
  Graph g;
  const int x = g.add_input("x", DType::Float32, {4});
  const int a = node1(g, "neg", {x});
  const int y = node1(g, "abs", {a});
  g.set_outputs({y}, {"y"});
  Executor ex(g);
  auto first = ex.run({f32({4}, {1, -2, 3, -4})});
  auto second = ex.run({f32({4}, {9, 9, 9, 9})});
  EXPECT_EQ(values<float>(first[0]), (std::vector<float>{1, 2, 3, 4}));
  EXPECT_EQ(values<float>(second[0]), (std::vector<float>{9, 9, 9, 9}));
}

TEST(GraphExecutor, SameResultsWithOneAndTwoThreads) {
  constexpr int64_t kRows = 512, kCols = 384;  // over the parallel grain
  Graph g;
  const int x = g.add_input("x", DType::Float32, {kRows, kCols});
  std::vector<float> wv(kCols * 16);
  for (size_t i = 0; i < wv.size(); ++i) wv[i] = static_cast<float>(static_cast<int>(i % 7) - 3) / 8;
  const int w = g.add_constant("w", f32({kCols, 16}, wv));
  const int t = node1(g, "tanh", {x});
  const int m = node1(g, "mul", {t, x});
  const int h = node1(g, "matmul", {m, w});
  const int y = node1(g, "relu", {h});
  g.set_outputs({m, y}, {"m", "y"});

  std::vector<float> xv(kRows * kCols);
  for (size_t i = 0; i < xv.size(); ++i) xv[i] = static_cast<float>(static_cast<int>(i % 11) - 5) / 4;
  const int before = num_threads();
  set_num_threads(1);
  auto one = Executor(g).run({f32({kRows, kCols}, xv)});
  set_num_threads(2);
  auto two = Executor(g).run({f32({kRows, kCols}, xv)});
  set_num_threads(before);
  EXPECT_EQ(values<float>(one[0]), values<float>(two[0]));  // element-wise: bit for bit
  const auto a = values<float>(one[1]), b = values<float>(two[1]);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) ASSERT_NEAR(a[i], b[i], 1e-4f * (1 + std::fabs(a[i]))) << i;
  // And the element-wise part against the formula.
  EXPECT_FLOAT_EQ(values<float>(one[0])[1], std::tanh(-1.0f) * -1.0f);
}

TEST(GraphExecutor, EmptyLastDimensionIsNoWork) {
  // Found by the ONNX fuzzer: triu/tril over [rows, 0] divided by the zero column count.
  Graph g;
  const int x = g.add_input("x", DType::Float32, {3, 0});
  const int u = node1(g, "triu", {x});
  const int l = node1(g, "tril", {x});
  g.set_outputs({u, l}, {"u", "l"});
  auto out = Executor(g).run({Tensor::empty(DType::Float32, {3, 0})});
  EXPECT_EQ(out[0].numel(), 0);
  EXPECT_EQ(out[1].shape(), (Shape{3, 0}));
}

// ---- tracing --------------------------------------------------------------------------------

TEST(GraphTrace, TracedGraphEqualsEager) {
  Tensor w = f32({3}, {0.5f, -1, 2});
  Tensor x = f32({2, 3}, {1, 2, 3, 4, 5, 6});
  graph::Tracer tr;
  tr.begin();
  tr.input(x, "x");
  Tensor y = run("mul", {x, w});
  Tensor z = run("relu", {y});
  Graph g = tr.end({z}, {"z"});
  EXPECT_FALSE(tr.active());
  ASSERT_EQ(g.nodes().size(), 2u);
  EXPECT_EQ(g.nodes()[0].op->name, "mul");
  EXPECT_EQ(g.nodes()[1].op->name, "relu");
  ASSERT_EQ(g.inputs().size(), 1u);
  EXPECT_EQ(g.value(g.inputs()[0]).name, "x");
  EXPECT_EQ(g.output_names(), std::vector<std::string>{"z"});

  Tensor x2 = f32({2, 3}, {-1, -2, -3, 2, 2, 2});
  auto out = Executor(g).run({x2});
  EXPECT_EQ(values<float>(out[0]), values<float>(run("relu", {run("mul", {x2, w})})));
  EXPECT_EQ(values<float>(out[0]), (std::vector<float>{0, 2, 0, 1, 0, 4}));
  // Calls after the trace ended are not recorded.
  run("neg", {x});
  EXPECT_EQ(g.nodes().size(), 2u);
}

TEST(GraphTrace, UndeclaredTensorsBecomeConstants) {
  Tensor w = f32({2}, {3, -2});
  Tensor x = f32({2}, {1, 1});
  graph::Tracer tr;
  tr.begin();
  tr.input(x, "x");
  Tensor y = run("add", {x, w});
  Tensor z = run("mul", {y, w});  // w read twice: one constant
  Graph g = tr.end({z}, {});
  int constants = 0, const_id = -1;
  for (size_t v = 0; v < g.values().size(); ++v)
    if (g.values()[v].constant.defined()) ++constants, const_id = static_cast<int>(v);
  EXPECT_EQ(constants, 1);
  ASSERT_GE(const_id, 0);
  EXPECT_EQ(values<float>(g.value(const_id).constant), (std::vector<float>{3, -2}));
  EXPECT_EQ(g.output_names(), std::vector<std::string>{"output_0"});
  auto out = Executor(g).run({f32({2}, {0, 2})});
  EXPECT_EQ(values<float>(out[0]), (std::vector<float>{9, 0}));  // (0+3)*3, (2-2)*-2
}

// An operator built from two others: its kernel calls neg and exp through the registry.
void neg_exp_infer(OpCall& c) {
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(0).shape();
}
void neg_exp_kernel(OpCall& c) {
  Tensor n = run("neg", {c.in(0)});
  Tensor e = run("exp", {n});
  c.outputs[0].copy_from(e);
}
const OpDef& neg_exp_op() {
  static const OpDef def = OpBuilder("test_neg_exp", "test", __FILE__)
                               .input("x", "input", kFloats)
                               .output("y", "exp(-x)", kFloats)
                               .infer(neg_exp_infer)
                               .kernel(neg_exp_kernel)
                               .build();
  return def;
}

TEST(GraphTrace, NestedCallsAreNotRecorded) {
  const OpDef& d = neg_exp_op();
  Tensor x = f32({2}, {0, 1});
  graph::Tracer tr;
  tr.begin();
  tr.input(x, "x");
  const Tensor* in[1] = {&x};
  OpCall call;
  invoke(d, in, 1, nullptr, 0, call);
  Tensor y = call.outputs[0];
  Tensor z = run("neg", {y});
  Graph g = tr.end({z}, {"z"});
  ASSERT_EQ(g.nodes().size(), 2u);  // test_neg_exp and neg; not the neg and exp inside it
  EXPECT_EQ(g.nodes()[0].op, &d);
  EXPECT_EQ(g.nodes()[1].op->name, "neg");
  auto out = Executor(g).run({f32({2}, {0, 2})});
  const auto v = values<float>(out[0]);
  EXPECT_FLOAT_EQ(v[0], -1.0f);
  EXPECT_FLOAT_EQ(v[1], -std::exp(-2.0f));
}

TEST(GraphTrace, OutputNotProducedByTheTraceFails) {
  Tensor x = f32({2}, {1, 2});
  Tensor outside = run("neg", {x});  // computed before the trace began
  graph::Tracer tr;
  tr.begin();
  tr.input(x, "x");
  run("relu", {x});
  EXPECT_TSR_ERROR(tr.end({outside}, {"y"}), Status::InvalidArgument, "outputs");
  EXPECT_FALSE(tr.active());  // recording stopped even though end failed
  EXPECT_TSR_ERROR(tr.end({outside}, {"y"}), Status::InvalidArgument, "");
}

TEST(GraphTrace, InputsMayBeOutputsAndMisuseFails) {
  Tensor x = f32({2}, {1, 2});
  graph::Tracer tr;
  EXPECT_TSR_ERROR(tr.input(x, "x"), Status::InvalidArgument, "");  // not tracing yet
  tr.begin();
  EXPECT_TSR_ERROR(tr.begin(), Status::InvalidArgument, "");
  tr.input(x, "x");
  EXPECT_TSR_ERROR(tr.input(x, "again"), Status::InvalidArgument, "");
  Graph g = tr.end({x}, {"same"});
  EXPECT_TRUE(g.nodes().empty());
  auto out = Executor(g).run({f32({2}, {5, 6})});
  EXPECT_EQ(values<float>(out[0]), (std::vector<float>{5, 6}));
}

TEST(GraphTrace, TracesDoNotNestOnOneThread) {
  Tensor x = f32({2}, {1, -2});
  graph::Tracer outer;
  outer.begin();
  outer.input(x, "x");
  {
    graph::Tracer inner;
    EXPECT_THROW(inner.begin(), Error);
  }
  Tensor y = run("neg", {x});  // still recorded by the outer trace
  Graph g = outer.end({y}, {"y"});
  ASSERT_EQ(g.nodes().size(), 1u);
  graph::Tracer again;  // the thread is free once the outer trace ended
  again.begin();
  Tensor z = run("abs", {x});
  EXPECT_EQ(again.end({z}, {"z"}).nodes().size(), 1u);
}

TEST(GraphTrace, FailingCallIsNotRecorded) {
  Tensor x = f32({2}, {1, 2});
  Tensor bad = f32({3}, {1, 2, 3});
  graph::Tracer tr;
  tr.begin();
  tr.input(x, "x");
  EXPECT_THROW(run("add", {x, bad}), Error);
  Tensor y = run("neg", {x});
  Graph g = tr.end({y}, {"y"});
  ASSERT_EQ(g.nodes().size(), 1u);
  EXPECT_EQ(g.nodes()[0].op->name, "neg");
}

}  // namespace
}  // namespace tsr::test
