// Tracing (MXNet's hybridize): while a Tracer is active on a thread, every operator call made on
// that thread is appended to a Graph. Declared tensors become graph inputs; any other tensor a
// traced call reads that no traced call produced becomes a constant (weights, captured values).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "tessera/graph/graph.h"

namespace tsr::graph {

class Tracer {
 public:
  Tracer();
  ~Tracer();  // stops recording if still active
  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;

  void begin();  // starts recording on the calling thread
  void input(const Tensor& t, const std::string& name);
  // Stops recording; the graph's outputs are these tensors (produced by traced calls or inputs).
  Graph end(const std::vector<Tensor>& outputs, const std::vector<std::string>& names);
  bool active() const { return active_; }
  // Fails unless called on the thread that began the trace (the hook is per thread: ending or
  // freeing the tracer elsewhere would leave that thread calling into a dead tracer).
  void check_thread() const;

 private:
  static void hook(void* self, const OpDef& op, const OpCall& call);
  void record(const OpDef& op, const OpCall& call);
  int value_of(const Tensor& t);
  static std::vector<int64_t> key(const Tensor& t);

  Graph g_;
  std::map<std::vector<int64_t>, int> ids_;
  std::vector<Tensor> keep_;  // keeps traced tensors alive so their storage is not reused
  bool active_ = false;
  std::thread::id thread_;
  int constants_ = 0;
};

}  // namespace tsr::graph
