// The "graphs and ONNX" part of the C API: handles, building and running, tracing, ONNX import of
// bytes and TensorProto reading. Expected values are hand-derived or come from ONNX's test data.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "onnx/onnx_pb.h"
#include "tessera/c_api.h"

namespace {

tsr_tensor* tensor(std::vector<int64_t> shape, std::vector<float> v) {
  tsr_tensor* t = nullptr;
  EXPECT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, shape.data(), static_cast<int32_t>(shape.size()), v.data(), v.size() * sizeof(float), &t),
            TSR_OK)
      << tsr_last_error();
  return t;
}

std::vector<float> floats(const tsr_tensor* t) {
  int64_t n = 0;
  EXPECT_EQ(tsr_tensor_numel(t, &n), TSR_OK);
  std::vector<float> v(static_cast<size_t>(n));
  EXPECT_EQ(tsr_tensor_copy_to(t, v.data(), v.size() * sizeof(float)), TSR_OK) << tsr_last_error();
  return v;
}

const tsr_op* lookup(const char* name) {
  const tsr_op* op = nullptr;
  EXPECT_EQ(tsr_op_lookup(name, &op), TSR_OK) << name;
  return op;
}

int32_t add_node(tsr_graph* g, const char* op, std::vector<int32_t> ins) {
  int32_t out = -1, count = 0;
  EXPECT_EQ(tsr_graph_add_node(g, lookup(op), ins.data(), static_cast<int32_t>(ins.size()), nullptr, 0, -1, &out, 1, &count), TSR_OK)
      << tsr_last_error();
  EXPECT_EQ(count, 1);
  return out;
}

tsr_tensor* invoke1(const char* op, std::vector<const tsr_tensor*> ins, tsr_status want = TSR_OK) {
  tsr_tensor* out[1] = {nullptr};
  int32_t n = 0;
  EXPECT_EQ(tsr_op_invoke(lookup(op), ins.data(), static_cast<int32_t>(ins.size()), nullptr, 0, out, 1, &n), want) << tsr_last_error();
  return out[0];
}

// x[?,2] + c, then relu; output "y".
tsr_graph* small_graph() {
  tsr_graph* g = nullptr;
  EXPECT_EQ(tsr_graph_create(&g), TSR_OK);
  const int64_t dims[2] = {-1, 2};
  int32_t x = -1, c = -1;
  EXPECT_EQ(tsr_graph_add_input(g, "x", TSR_DTYPE_FLOAT32, dims, 2, &x), TSR_OK) << tsr_last_error();
  tsr_tensor* cv = tensor({2}, {1, -10});
  EXPECT_EQ(tsr_graph_add_constant(g, "c", cv, &c), TSR_OK) << tsr_last_error();
  tsr_tensor_release(cv);  // the graph keeps its own reference
  const int32_t s = add_node(g, "add", {x, c});
  const int32_t y = add_node(g, "relu", {s});
  const char* names[1] = {"y"};
  EXPECT_EQ(tsr_graph_set_outputs(g, &y, 1, names), TSR_OK) << tsr_last_error();
  return g;
}

TEST(GraphCApi, CreateAddRunRelease) {
  tsr_graph* g = small_graph();
  int32_t n_in = 0, n_out = 0, ndim = 0;
  ASSERT_EQ(tsr_graph_input_count(g, &n_in), TSR_OK);
  ASSERT_EQ(tsr_graph_output_count(g, &n_out), TSR_OK);
  EXPECT_EQ(n_in, 1);
  EXPECT_EQ(n_out, 1);
  const char* name = nullptr;
  tsr_dtype dt;
  int64_t dims[4] = {0, 0, 0, 0};
  ASSERT_EQ(tsr_graph_input_info(g, 0, &name, &dt, dims, 4, &ndim), TSR_OK);
  EXPECT_STREQ(name, "x");
  EXPECT_EQ(dt, TSR_DTYPE_FLOAT32);
  EXPECT_EQ(ndim, 2);
  EXPECT_EQ(dims[0], -1);
  EXPECT_EQ(dims[1], 2);
  ASSERT_EQ(tsr_graph_output_name(g, 0, &name), TSR_OK);
  EXPECT_STREQ(name, "y");
  EXPECT_EQ(tsr_graph_output_name(g, 1, &name), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_input_info(g, 3, &name, &dt, dims, 4, &ndim), TSR_ERR_INVALID_ARGUMENT);

  tsr_tensor* x = tensor({3, 2}, {1, 2, 3, 20, -5, 11});
  tsr_tensor* out[1] = {nullptr};
  const tsr_tensor* feeds[1] = {x};
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK) << tsr_last_error();
  EXPECT_EQ(floats(out[0]), (std::vector<float>{2, 0, 4, 10, 0, 1}));
  int32_t nodes = 0;
  int64_t arena = -1, unshared = -1;
  ASSERT_EQ(tsr_graph_plan_stats(g, &nodes, &arena, &unshared), TSR_OK);
  EXPECT_EQ(nodes, 2);
  EXPECT_EQ(unshared, 64);  // the add result, 24 bytes in one 64-byte slot
  EXPECT_EQ(arena, 64);
  tsr_tensor_release(out[0]);

  // Wrong feed count, output count, dtype and shape: errors, and the graph still runs after.
  EXPECT_EQ(tsr_graph_run(g, feeds, 0, out, 1), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_run(g, feeds, 1, out, 2), TSR_ERR_INVALID_ARGUMENT);
  tsr_tensor* bad = tensor({2, 3}, {0, 0, 0, 0, 0, 0});
  const tsr_tensor* bad_feeds[1] = {bad};
  EXPECT_EQ(tsr_graph_run(g, bad_feeds, 1, out, 1), TSR_ERR_SHAPE_MISMATCH);
  EXPECT_STREQ(tsr_last_error_arg(), "x");
  tsr_tensor_release(bad);
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK);
  tsr_tensor_release(out[0]);
  tsr_tensor_release(x);
  tsr_graph_release(g);
  tsr_graph_release(nullptr);  // ignored
}

TEST(GraphCApi, BuildErrorsAreStatuses) {
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_graph_create(&g), TSR_OK);
  const int64_t dims[2] = {2, 3};
  int32_t x = -1;
  ASSERT_EQ(tsr_graph_add_input(g, "x", TSR_DTYPE_FLOAT32, dims, 2, &x), TSR_OK);
  EXPECT_EQ(tsr_graph_add_input(g, "bad", TSR_DTYPE_FLOAT32, dims, -1, &x), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_add_input(g, "bad", TSR_DTYPE_FLOAT32, nullptr, 2, &x), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_add_input(g, "bad", static_cast<tsr_dtype>(77), dims, 2, &x), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_add_constant(g, "c", nullptr, &x), TSR_ERR_INVALID_HANDLE);

  int32_t outs[1], count = 0;
  const int32_t dangling[2] = {0, 9};
  EXPECT_EQ(tsr_graph_add_node(g, lookup("add"), dangling, 2, nullptr, 0, -1, outs, 1, &count), TSR_ERR_INVALID_ARGUMENT);
  const int32_t xx[2] = {0, 0};
  EXPECT_EQ(tsr_graph_add_node(g, lookup("matmul"), xx, 2, nullptr, 0, -1, outs, 1, &count), TSR_ERR_SHAPE_MISMATCH);
  EXPECT_STREQ(tsr_last_error_op(), "matmul");
  // sum's axes out of range, and an attribute slot that does not exist.
  int32_t slot = -1, type = -1;
  ASSERT_EQ(tsr_op_attr_index(lookup("sum"), "axes", &slot, &type), TSR_OK);
  const int64_t axes[1] = {4};
  tsr_attr a{};
  a.slot = slot;
  a.type = TSR_ATTR_INTS;
  a.ints = axes;
  a.count = 1;
  EXPECT_EQ(tsr_graph_add_node(g, lookup("sum"), xx, 1, &a, 1, -1, outs, 1, &count), TSR_ERR_INVALID_ATTRIBUTE);
  a.slot = 40;
  EXPECT_EQ(tsr_graph_add_node(g, lookup("sum"), xx, 1, &a, 1, -1, outs, 1, &count), TSR_ERR_INVALID_ATTRIBUTE);

  const int32_t none[1] = {5};
  EXPECT_EQ(tsr_graph_set_outputs(g, none, 1, nullptr), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_set_outputs(g, none, 0, nullptr), TSR_ERR_INVALID_ARGUMENT);
  const int32_t two[2] = {0, 0};
  const char* same[2] = {"a", "a"};
  EXPECT_EQ(tsr_graph_set_outputs(g, two, 2, same), TSR_ERR_INVALID_ARGUMENT);
  // No outputs yet: running is an error, not a crash.
  tsr_tensor* out[1];
  EXPECT_EQ(tsr_graph_run(g, nullptr, 0, out, 1), TSR_ERR_INVALID_ARGUMENT);
  tsr_graph_release(g);
}

TEST(GraphCApi, ReleasedOrNullHandleIsInvalidHandle) {
  EXPECT_EQ(tsr_graph_create(nullptr), TSR_ERR_INVALID_ARGUMENT);
  int32_t n = 0;
  EXPECT_EQ(tsr_graph_input_count(nullptr, &n), TSR_ERR_INVALID_HANDLE);
  tsr_tensor* out[1];
  EXPECT_EQ(tsr_graph_run(nullptr, nullptr, 0, out, 1), TSR_ERR_INVALID_HANDLE);
  // A released handle is recognised without reading its freed memory (clean under ASan), and a
  // second release is ignored.
  tsr_graph* g = small_graph();
  tsr_graph_release(g);
  EXPECT_EQ(tsr_graph_input_count(g, &n), TSR_ERR_INVALID_HANDLE);
  EXPECT_STREQ(tsr_last_error_arg(), "graph");
  EXPECT_EQ(tsr_graph_run(g, nullptr, 0, out, 1), TSR_ERR_INVALID_HANDLE);
  const int64_t dims[1] = {2};
  int32_t v = 0;
  EXPECT_EQ(tsr_graph_add_input(g, "x", TSR_DTYPE_FLOAT32, dims, 1, &v), TSR_ERR_INVALID_HANDLE);
  tsr_graph_release(g);
  // Something that is not a graph at all.
  alignas(8) unsigned char junk[64] = {};
  EXPECT_EQ(tsr_graph_output_count(reinterpret_cast<tsr_graph*>(junk), &n), TSR_ERR_INVALID_HANDLE);
}

TEST(GraphCApi, EditingAfterRunFails) {
  tsr_graph* g = small_graph();
  tsr_tensor* x = tensor({1, 2}, {0, 0});
  const tsr_tensor* feeds[1] = {x};
  tsr_tensor* out[1];
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK);
  tsr_tensor_release(out[0]);
  const int64_t dims[1] = {2};
  int32_t v = -1, count = 0;
  EXPECT_EQ(tsr_graph_add_input(g, "z", TSR_DTYPE_FLOAT32, dims, 1, &v), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(tsr_last_error()).find("no longer be changed"), std::string::npos) << tsr_last_error();
  EXPECT_EQ(tsr_graph_add_constant(g, "k", x, &v), TSR_ERR_INVALID_ARGUMENT);
  const int32_t in[1] = {0};
  EXPECT_EQ(tsr_graph_add_node(g, lookup("neg"), in, 1, nullptr, 0, -1, &v, 1, &count), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_set_outputs(g, in, 1, nullptr), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_trace_begin(g), TSR_ERR_INVALID_ARGUMENT);
  // Still runs as built.
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK);
  EXPECT_EQ(floats(out[0]), (std::vector<float>{1, 0}));
  tsr_tensor_release(out[0]);
  tsr_tensor_release(x);
  tsr_graph_release(g);
}

TEST(GraphCApi, TraceRecordsAndRuns) {
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_graph_create(&g), TSR_OK);
  tsr_tensor* x = tensor({3}, {1, -2, 3});
  tsr_tensor* w = tensor({3}, {2, 2, -1});
  ASSERT_EQ(tsr_graph_trace_begin(g), TSR_OK) << tsr_last_error();
  ASSERT_EQ(tsr_graph_trace_input(g, x, "x"), TSR_OK);
  tsr_tensor* m = invoke1("mul", {x, w});
  tsr_tensor* r = invoke1("relu", {m});
  const tsr_tensor* outs[1] = {r};
  ASSERT_EQ(tsr_graph_trace_end(g, outs, 1, nullptr), TSR_OK) << tsr_last_error();
  EXPECT_EQ(floats(r), (std::vector<float>{2, 0, 0}));  // eager results while tracing
  const char* name = nullptr;
  ASSERT_EQ(tsr_graph_output_name(g, 0, &name), TSR_OK);
  EXPECT_STREQ(name, "output_0");
  tsr_tensor* x2 = tensor({3}, {-1, 4, -5});
  const tsr_tensor* feeds[1] = {x2};
  tsr_tensor* out[1];
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK) << tsr_last_error();
  EXPECT_EQ(floats(out[0]), (std::vector<float>{0, 8, 5}));
  for (tsr_tensor* t : {out[0], x, w, m, r, x2}) tsr_tensor_release(t);
  tsr_graph_release(g);
}

TEST(GraphCApi, TraceEndAfterFailingOpLeavesThreadNotTracing) {
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_graph_create(&g), TSR_OK);
  tsr_tensor* x = tensor({2}, {1, 2});
  tsr_tensor* y3 = tensor({3}, {1, 2, 3});
  ASSERT_EQ(tsr_graph_trace_begin(g), TSR_OK);
  ASSERT_EQ(tsr_graph_trace_input(g, x, "x"), TSR_OK);
  EXPECT_EQ(invoke1("add", {x, y3}, TSR_ERR_SHAPE_MISMATCH), nullptr);
  // The failed call produced nothing to return: ending with a tensor the trace never saw fails.
  const tsr_tensor* outs[1] = {y3};
  EXPECT_EQ(tsr_graph_trace_end(g, outs, 1, nullptr), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_STREQ(tsr_last_error_arg(), "outputs");
  // Not tracing any more: a second end fails, and the graph can be traced afresh.
  EXPECT_EQ(tsr_graph_trace_end(g, outs, 1, nullptr), TSR_ERR_INVALID_ARGUMENT);
  tsr_tensor* eager = invoke1("neg", {x});  // not recorded anywhere
  ASSERT_EQ(tsr_graph_trace_begin(g), TSR_OK) << tsr_last_error();
  ASSERT_EQ(tsr_graph_trace_input(g, x, "x"), TSR_OK);
  tsr_tensor* e = invoke1("exp", {x});
  const tsr_tensor* outs2[1] = {e};
  ASSERT_EQ(tsr_graph_trace_end(g, outs2, 1, nullptr), TSR_OK) << tsr_last_error();
  tsr_tensor* out[1];
  const tsr_tensor* feeds[1] = {x};
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK) << tsr_last_error();
  int32_t nodes = 0;
  ASSERT_EQ(tsr_graph_plan_stats(g, &nodes, nullptr, nullptr), TSR_OK);
  EXPECT_EQ(nodes, 1);  // exp only: neither the failed add nor the eager neg
  const auto v = floats(out[0]);
  EXPECT_FLOAT_EQ(v[0], std::exp(1.0f));
  EXPECT_FLOAT_EQ(v[1], std::exp(2.0f));
  for (tsr_tensor* t : {out[0], x, y3, eager, e}) tsr_tensor_release(t);
  tsr_graph_release(g);

  // Bad arguments to trace_end stop the trace too; later calls on this thread record nothing.
  tsr_graph* g2 = nullptr;
  ASSERT_EQ(tsr_graph_create(&g2), TSR_OK);
  tsr_tensor* a = tensor({1}, {3});
  ASSERT_EQ(tsr_graph_trace_begin(g2), TSR_OK);
  EXPECT_EQ(tsr_graph_trace_end(g2, nullptr, 0, nullptr), TSR_ERR_INVALID_ARGUMENT);
  tsr_graph_release(g2);
  tsr_tensor* b = invoke1("neg", {a});  // the released graph's tracer must not be called
  EXPECT_EQ(floats(b), std::vector<float>{-3});
  tsr_tensor_release(a);
  tsr_tensor_release(b);
}

TEST(GraphCApi, ReleasingATracingGraphStopsTheTrace) {
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_graph_create(&g), TSR_OK);
  tsr_tensor* a = tensor({1}, {3});
  ASSERT_EQ(tsr_graph_trace_begin(g), TSR_OK);
  tsr_graph_release(g);
  tsr_tensor* b = invoke1("neg", {a});
  EXPECT_EQ(floats(b), std::vector<float>{-3});
  tsr_tensor_release(a);
  tsr_tensor_release(b);
}

TEST(GraphCApi, VariadicOutputCountIsBounded) {
  // split over an input of unknown size needs its output count; an absurd one is an error (not
  // two billion values).
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_graph_create(&g), TSR_OK);
  const int64_t dims[1] = {-1};
  int32_t x = -1, outs[4], count = 0;
  ASSERT_EQ(tsr_graph_add_input(g, "x", TSR_DTYPE_FLOAT32, dims, 1, &x), TSR_OK);
  EXPECT_EQ(tsr_graph_add_node(g, lookup("split"), &x, 1, nullptr, 0, 2000000000, outs, 4, &count), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_add_node(g, lookup("split"), &x, 1, nullptr, 0, -1, outs, 4, &count), TSR_ERR_INVALID_ARGUMENT);
  int32_t slot = -1, type = -1;
  ASSERT_EQ(tsr_op_attr_index(lookup("split"), "num_outputs", &slot, &type), TSR_OK);
  tsr_attr a{};
  a.slot = slot;
  a.type = TSR_ATTR_INT;
  a.i = 2;
  ASSERT_EQ(tsr_graph_add_node(g, lookup("split"), &x, 1, &a, 1, 2, outs, 4, &count), TSR_OK) << tsr_last_error();
  EXPECT_EQ(count, 2);
  const char* names[2] = {"a", "b"};
  ASSERT_EQ(tsr_graph_set_outputs(g, outs, 2, names), TSR_OK);
  tsr_tensor* in = tensor({3}, {1, 2, 3});
  const tsr_tensor* feeds[1] = {in};
  tsr_tensor* res[2];
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, res, 2), TSR_OK) << tsr_last_error();
  EXPECT_EQ(floats(res[0]), (std::vector<float>{1, 2}));
  EXPECT_EQ(floats(res[1]), (std::vector<float>{3}));
  for (tsr_tensor* t : {in, res[0], res[1]}) tsr_tensor_release(t);
  tsr_graph_release(g);
}

TEST(GraphCApi, TraceEndOnAnotherThreadFails) {
  // The trace hook is per thread: ending (and freeing the tracer) from another thread would
  // leave the tracing thread calling into freed memory.
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_graph_create(&g), TSR_OK);
  tsr_tensor* x = tensor({2}, {1, -1});
  ASSERT_EQ(tsr_graph_trace_begin(g), TSR_OK);
  ASSERT_EQ(tsr_graph_trace_input(g, x, "x"), TSR_OK);
  tsr_tensor* y = invoke1("relu", {x});
  const tsr_tensor* outs[1] = {y};
  tsr_status other_end = TSR_OK, other_begin = TSR_OK;
  std::thread([&] {
    other_end = tsr_graph_trace_end(g, outs, 1, nullptr);
    other_begin = tsr_graph_trace_begin(g);  // would replace (free) the active tracer
  }).join();
  EXPECT_EQ(other_end, TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(other_begin, TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_graph_trace_begin(g), TSR_ERR_INVALID_ARGUMENT);  // already tracing
  tsr_tensor* z = invoke1("neg", {y});  // still recorded here
  const tsr_tensor* outs2[1] = {z};
  ASSERT_EQ(tsr_graph_trace_end(g, outs2, 1, nullptr), TSR_OK) << tsr_last_error();
  tsr_tensor* out[1];
  const tsr_tensor* feeds[1] = {x};
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK) << tsr_last_error();
  EXPECT_EQ(floats(out[0]), (std::vector<float>{-1, 0}));
  for (tsr_tensor* t : {x, y, z, out[0]}) tsr_tensor_release(t);
  tsr_graph_release(g);
}

TEST(GraphCApi, ImportGarbageIsInvalidArgument) {
  tsr_graph* g = reinterpret_cast<tsr_graph*>(1);
  const char junk[] = "this is not a protobuf \xff\xff\xff\xff\xff";
  EXPECT_EQ(tsr_onnx_import_bytes(junk, sizeof junk, nullptr, &g), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(tsr_last_error()).find("ONNX"), std::string::npos) << tsr_last_error();
  EXPECT_EQ(tsr_onnx_import_bytes(nullptr, 10, nullptr, &g), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_onnx_import_bytes(junk, sizeof junk, nullptr, nullptr), TSR_ERR_INVALID_ARGUMENT);
  // Zero bytes parse as an empty ModelProto: no graph.
  EXPECT_EQ(tsr_onnx_import_bytes(junk, 0, nullptr, &g), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_onnx_import_file("/nonexistent/model.onnx", &g), TSR_ERR_NOT_FOUND);
}

TEST(GraphCApi, ImportedModelCannotBeEdited) {
  onnx::ModelProto m;
  m.set_ir_version(8);
  m.add_opset_import()->set_version(13);
  auto* gp = m.mutable_graph();
  auto* in = gp->add_input();
  in->set_name("x");
  in->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
  in->mutable_type()->mutable_tensor_type()->mutable_shape()->add_dim()->set_dim_value(3);
  auto* n = gp->add_node();
  n->set_op_type("Neg");
  n->add_input("x");
  n->add_output("y");
  gp->add_output()->set_name("y");
  const std::string bytes = m.SerializeAsString();
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_onnx_import_bytes(bytes.data(), bytes.size(), nullptr, &g), TSR_OK) << tsr_last_error();
  const int64_t dims[1] = {3};
  int32_t v;
  EXPECT_EQ(tsr_graph_add_input(g, "z", TSR_DTYPE_FLOAT32, dims, 1, &v), TSR_ERR_INVALID_ARGUMENT);
  tsr_tensor* x = tensor({3}, {1, -2, 0.5f});
  const tsr_tensor* feeds[1] = {x};
  tsr_tensor* out[1];
  ASSERT_EQ(tsr_graph_run(g, feeds, 1, out, 1), TSR_OK) << tsr_last_error();
  EXPECT_EQ(floats(out[0]), (std::vector<float>{-1, 2, -0.5f}));
  tsr_tensor_release(out[0]);
  tsr_tensor_release(x);
  tsr_graph_release(g);
}

TEST(GraphCApi, ReadTensorProto) {
  onnx::TensorProto p;
  p.set_data_type(onnx::TensorProto::FLOAT);
  p.add_dims(2);
  p.add_dims(2);
  for (float f : {1.5f, -2.0f, 3.25f, 0.0f}) p.add_float_data(f);
  std::string bytes = p.SerializeAsString();
  tsr_tensor* t = nullptr;
  ASSERT_EQ(tsr_onnx_read_tensor(bytes.data(), bytes.size(), &t), TSR_OK) << tsr_last_error();
  int64_t shape[4];
  int32_t ndim = 0;
  ASSERT_EQ(tsr_tensor_shape(t, shape, 4, &ndim), TSR_OK);
  EXPECT_EQ(ndim, 2);
  EXPECT_EQ(shape[0], 2);
  EXPECT_EQ(floats(t), (std::vector<float>{1.5f, -2.0f, 3.25f, 0.0f}));
  tsr_tensor_release(t);

  // int64 as raw little-endian bytes.
  onnx::TensorProto q;
  q.set_data_type(onnx::TensorProto::INT64);
  q.add_dims(3);
  const int64_t iv[3] = {7, -1, int64_t{1} << 40};
  q.set_raw_data(std::string(reinterpret_cast<const char*>(iv), sizeof iv));
  bytes = q.SerializeAsString();
  ASSERT_EQ(tsr_onnx_read_tensor(bytes.data(), bytes.size(), &t), TSR_OK) << tsr_last_error();
  tsr_dtype dt;
  ASSERT_EQ(tsr_tensor_dtype(t, &dt), TSR_OK);
  EXPECT_EQ(dt, TSR_DTYPE_INT64);
  int64_t got[3];
  ASSERT_EQ(tsr_tensor_copy_to(t, got, sizeof got), TSR_OK);
  EXPECT_EQ(got[2], int64_t{1} << 40);
  tsr_tensor_release(t);

  // raw_data shorter than the dims say, garbage bytes, null data: errors.
  q.set_raw_data(std::string(reinterpret_cast<const char*>(iv), 16));
  bytes = q.SerializeAsString();
  EXPECT_EQ(tsr_onnx_read_tensor(bytes.data(), bytes.size(), &t), TSR_ERR_INVALID_ARGUMENT);
  const char junk[] = "\xff\xff\xff\xff\xff\xff";
  EXPECT_EQ(tsr_onnx_read_tensor(junk, sizeof junk, &t), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_onnx_read_tensor(nullptr, 8, &t), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_onnx_read_tensor(junk, sizeof junk, nullptr), TSR_ERR_INVALID_ARGUMENT);
}

// ONNX's own test data (../shared/conformance, when present): import, run, compare.
std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST(GraphCApi, ConformanceAddMatchesOnnxTestData) {
  const std::string dir = std::string(TSR_SOURCE_ROOT) + "../shared/conformance/onnx-node/test_add/";
  const std::string model = slurp(dir + "model.onnx");
  if (model.empty()) GTEST_SKIP() << "no conformance data at " << dir;
  tsr_graph* g = nullptr;
  ASSERT_EQ(tsr_onnx_import_bytes(model.data(), model.size(), nullptr, &g), TSR_OK) << tsr_last_error();
  tsr_tensor* in[2] = {nullptr, nullptr};
  tsr_tensor* want = nullptr;
  for (int k = 0; k < 2; ++k) {
    const std::string b = slurp(dir + "test_data_set_0/input_" + std::to_string(k) + ".pb");
    ASSERT_EQ(tsr_onnx_read_tensor(b.data(), b.size(), &in[k]), TSR_OK) << tsr_last_error();
  }
  const std::string ob = slurp(dir + "test_data_set_0/output_0.pb");
  ASSERT_EQ(tsr_onnx_read_tensor(ob.data(), ob.size(), &want), TSR_OK) << tsr_last_error();
  const tsr_tensor* feeds[2] = {in[0], in[1]};
  tsr_tensor* out[1];
  ASSERT_EQ(tsr_graph_run(g, feeds, 2, out, 1), TSR_OK) << tsr_last_error();
  const auto got = floats(out[0]), exp = floats(want);
  ASSERT_EQ(got.size(), exp.size());
  ASSERT_EQ(got.size(), 60u);  // 3x4x5
  for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], exp[i], 1e-6f + 1e-3f * std::fabs(exp[i])) << i;
  for (tsr_tensor* t : {in[0], in[1], want, out[0]}) tsr_tensor_release(t);
  tsr_graph_release(g);
}

}  // namespace
