// ONNX import and export over Debian's protobuf and the ONNX schema (libonnx_proto).
// Import checks the whole model up front (structure, tensors, that every node has a converter
// for its op type and opset) and converts per set of input shapes when it runs: each ONNX node
// becomes registry operator calls (graph/onnx/convert/*.cc), values computed from constants
// and shapes fold away, and the resulting Graph runs on the Executor from then on.
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "tessera/graph/executor.h"
#include "tessera/graph/graph.h"

namespace onnx {
class ModelProto;
}

namespace tsr::onnx_io {

// The opset of the default domain that export writes.
constexpr int kExportOpset = 20;

class Model {
 public:
  static std::unique_ptr<Model> load_file(const std::string& path);
  // base_dir: where external data lives ("" refuses external data).
  static std::unique_ptr<Model> load_bytes(const void* data, size_t size, const std::string& base_dir);
  ~Model();

  // Graph inputs (initializers excluded) with declared dtype and dims (-1 = symbolic/unknown).
  const std::vector<graph::Value>& inputs() const { return inputs_; }
  const std::vector<std::string>& output_names() const { return output_names_; }
  int opset() const { return opset_; }

  std::vector<Tensor> run(const std::vector<Tensor>& feeds);
  // The registry graph for these feeds' shapes (what export writes).
  graph::Graph specialize(const std::vector<Tensor>& feeds);
  // The graph of the most recent run, if any (null before the first run).
  const graph::Graph* last_graph() const { return last_graph_.get(); }
  graph::PlanStats stats() const;

 private:
  Model();
  void validate();
  void check_feeds(const std::vector<Tensor>& feeds) const;
  struct Walk;
  std::vector<Tensor> walk(const std::vector<Tensor>& feeds, graph::Graph* out, bool* data_dependent);

  std::unique_ptr<::onnx::ModelProto> proto_;
  std::string base_dir_;
  int opset_ = 0;
  std::vector<graph::Value> inputs_;
  std::vector<std::string> output_names_;
  std::map<std::string, Tensor> initializers_;
  std::vector<int> order_;  // node indices in topological order
  mutable std::mutex mu_;
  std::map<std::vector<int64_t>, std::unique_ptr<graph::Executor>> compiled_;
  std::unique_ptr<graph::Graph> last_graph_;
  graph::Executor* last_exec_ = nullptr;
};

// Serializes a registry graph as an ONNX ModelProto (opset kExportOpset). Throws Unsupported
// naming the node for operators without an ONNX mapping.
std::string export_model(const graph::Graph& g, const std::string& graph_name = "tessera");

// The importer's converter table as JSON (op type, opset range, kind, note) for the mapping tables.
std::string importer_json();

// Parses a serialized TensorProto (ONNX test data files).
Tensor read_tensor(const void* data, size_t size);

}  // namespace tsr::onnx_io
