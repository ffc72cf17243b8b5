// Builds small ONNX models in C++ with the onnx protobuf classes, for the converter and export
// tests: graph inputs (float unless typed), float / int64 initializers, nodes with attributes,
// outputs by name; run() imports the bytes and runs them. Self is the concrete builder, so that
// chained calls keep its own methods.
#pragma once
#include <string>
#include <vector>

#include "onnx/onnx_pb.h"
#include "tessera/graph/onnx.h"
#include "test_util.h"

namespace tsr::test {

template <typename Self>
struct OnnxBuilder {
  ::onnx::ModelProto m;
  ::onnx::NodeProto* node = nullptr;  // the node attributes go to

  explicit OnnxBuilder(int opset) {
    m.set_ir_version(8);
    auto* o = m.add_opset_import();
    o->set_domain("");
    o->set_version(opset);
  }
  Self& self() { return static_cast<Self&>(*this); }

  Self& add(const std::string& op_type, const std::vector<std::string>& ins, const std::vector<std::string>& outs) {
    node = m.mutable_graph()->add_node();
    node->set_op_type(op_type);
    node->set_name(op_type + std::to_string(m.graph().node_size()));
    for (const auto& i : ins) node->add_input(i);
    for (const auto& o : outs) node->add_output(o);
    return self();
  }
  Self& graph_input(const std::string& name, int elem = ::onnx::TensorProto::FLOAT) {
    auto* vi = m.mutable_graph()->add_input();
    vi->set_name(name);
    vi->mutable_type()->mutable_tensor_type()->set_elem_type(elem);
    return self();
  }
  Self& graph_output(const std::string& name) {
    m.mutable_graph()->add_output()->set_name(name);
    return self();
  }
  // 1-D int64 initializer, or a scalar when `scalar`.
  Self& initializer_i64(const std::string& name, const std::vector<int64_t>& v, bool scalar = false) {
    auto* t = m.mutable_graph()->add_initializer();
    t->set_name(name);
    t->set_data_type(::onnx::TensorProto::INT64);
    if (!scalar) t->add_dims(static_cast<int64_t>(v.size()));
    for (auto x : v) t->add_int64_data(x);
    return self();
  }
  Self& initializer_f32(const std::string& name, const std::vector<int64_t>& dims, const std::vector<float>& v) {
    auto* t = m.mutable_graph()->add_initializer();
    t->set_name(name);
    t->set_data_type(::onnx::TensorProto::FLOAT);
    for (auto d : dims) t->add_dims(d);
    for (auto x : v) t->add_float_data(x);
    return self();
  }
  Self& attr_i(const std::string& n, int64_t v) {
    auto* a = node->add_attribute();
    a->set_name(n);
    a->set_type(::onnx::AttributeProto::INT);
    a->set_i(v);
    return self();
  }
  Self& attr_f(const std::string& n, float v) {
    auto* a = node->add_attribute();
    a->set_name(n);
    a->set_type(::onnx::AttributeProto::FLOAT);
    a->set_f(v);
    return self();
  }
  Self& attr_ints(const std::string& n, const std::vector<int64_t>& v) {
    auto* a = node->add_attribute();
    a->set_name(n);
    a->set_type(::onnx::AttributeProto::INTS);
    for (auto x : v) a->add_ints(x);
    return self();
  }
  std::vector<Tensor> run(const std::vector<Tensor>& feeds) {
    const std::string bytes = m.SerializeAsString();
    auto model = onnx_io::Model::load_bytes(bytes.data(), bytes.size(), "");
    return model->run(feeds);
  }
};

template <typename T = float>
void expect_values(const Tensor& got, const Shape& shape, const std::vector<T>& want, double tol = 1e-6) {
  ASSERT_EQ(got.dtype(), dtype_of<T>::value);
  EXPECT_EQ(got.shape(), shape);
  auto v = values<T>(got.contiguous());
  ASSERT_EQ(v.size(), want.size());
  for (size_t i = 0; i < v.size(); ++i) EXPECT_NEAR(static_cast<double>(v[i]), static_cast<double>(want[i]), tol) << "at " << i;
}

}  // namespace tsr::test
