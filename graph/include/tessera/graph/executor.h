// Runs a Graph. The graph is optimized once (constant folding, dead-node removal); for each new
// set of input shapes a plan is made: every shape inferred, and intermediate buffers placed in
// one arena where values whose lifetimes do not overlap share memory (liveness). Kernels use the
// engine's thread pool, so a run uses as many threads as tsr_set_num_threads allows.
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "tessera/graph/graph.h"

namespace tsr::graph {

struct PlanStats {
  size_t arena_bytes = 0;     // memory the planned intermediates use
  size_t unshared_bytes = 0;  // what they would use with a buffer each
  int planned_values = 0;     // intermediates placed in the arena
  int nodes = 0;              // nodes left after optimization
};

class Executor {
 public:
  explicit Executor(const Graph& g);
  ~Executor();
  // Feeds follow graph.inputs(); outputs follow graph.outputs(). Thread-safe (runs serialize).
  std::vector<Tensor> run(const std::vector<Tensor>& feeds);
  // Makes (or finds) the plan for these feeds' shapes without running; stats() then describes it.
  void prepare(const std::vector<Tensor>& feeds);
  const Graph& graph() const { return graph_; }  // the optimized graph
  PlanStats stats() const;                        // of the most recent plan

 private:
  struct Plan;
  Plan& plan_for(const std::vector<Tensor>& feeds);
  Graph graph_;
  mutable std::mutex mu_;
  std::map<std::vector<int64_t>, std::unique_ptr<Plan>> plans_;
  Plan* last_ = nullptr;
  std::vector<std::vector<AttrRecordView>> views_;  // per node: its attribute records, made once
};

// Checks a run's feeds: their count against `n_inputs` (`owner` is "graph" or "model" in the
// message), then, per feed, check_feed.
void check_feed_count(size_t n_inputs, size_t n_feeds, const char* owner);
// Checks one feed against its input (dtype; rank and known dims unless `rank_known` is false);
// throws naming the input, `what` saying what it is ("graph input", "model input").
void check_feed(const Value& input, const Tensor& feed, const char* what = "graph input", bool rank_known = true);
// The key plans are cached under: every feed's rank and dims.
std::vector<int64_t> shape_key(const std::vector<Tensor>& feeds);

}  // namespace tsr::graph
