// Plans and runs an optimized graph. A plan is made per set of input shapes: shapes come from
// the registry's inference, and intermediate buffers (outputs of non-view nodes that no graph
// output aliases) are placed in one arena by their live ranges, so values that are never alive
// at the same time share memory. Plans are cached by input shapes.
#include "tessera/graph/executor.h"

#include <algorithm>
#include <climits>

namespace tsr::graph {

namespace {
constexpr size_t kSlotAlign = 64;
constexpr size_t kMaxPlans = 16;

}  // namespace

struct Executor::Plan {
  bool dynamic = false;             // a node's shape depends on data: infer as the run goes
  std::vector<Shape> shapes;        // per value
  std::vector<DType> dtypes;        // per value
  std::vector<int64_t> offset;      // arena byte offset per value, -1 when not planned
  std::vector<std::vector<int>> release_after;  // per node: values whose last use it is
  std::shared_ptr<Storage> arena;
  PlanStats stats;
};

void check_feed_count(size_t n_inputs, size_t n_feeds, const char* owner) {
  if (n_feeds != n_inputs)
    fail(Status::InvalidArgument, std::string("the ") + owner + " has " + std::to_string(n_inputs) + " inputs, got " +
                                      std::to_string(n_feeds) + " feeds", "feeds");
}

void check_feed(const Value& input, const Tensor& feed, const char* what, bool rank_known) {
  const std::string named = std::string(what) + " '" + input.name + "'";
  if (!feed.defined()) fail(Status::InvalidHandle, "no tensor given for " + named, input.name);
  if (feed.dtype() != input.dtype)
    fail(Status::DTypeMismatch, named + " expects " + std::string(dtype_name(input.dtype)) + ", got " + std::string(dtype_name(feed.dtype())),
         input.name);
  if (!rank_known) return;
  bool ok = feed.ndim() == static_cast<int>(input.dims.size());
  for (int i = 0; ok && i < feed.ndim(); ++i) ok = input.dims[i] < 0 || input.dims[i] == feed.dim(i);
  if (!ok) {
    std::string want = "[";
    for (size_t i = 0; i < input.dims.size(); ++i) want += (i ? ", " : "") + (input.dims[i] < 0 ? std::string("?") : std::to_string(input.dims[i]));
    fail(Status::ShapeMismatch, named + " expects shape " + want + "], got " + feed.shape().str(), input.name);
  }
}

std::vector<int64_t> shape_key(const std::vector<Tensor>& feeds) {
  std::vector<int64_t> key;
  for (const auto& f : feeds) {
    key.push_back(f.ndim());
    key.insert(key.end(), f.shape().d, f.shape().d + f.ndim());
  }
  return key;
}

Executor::Executor(const Graph& g) : graph_(optimize(g)) {
  // The records point into graph_'s attributes, which never change after this.
  for (const Node& n : graph_.nodes()) views_.push_back(attr_views(n.attrs));
}
Executor::~Executor() = default;

Executor::Plan& Executor::plan_for(const std::vector<Tensor>& feeds) {
  const std::vector<int64_t> key = shape_key(feeds);
  auto it = plans_.find(key);
  if (it != plans_.end()) return *it->second;

  auto plan = std::make_unique<Plan>();
  const auto& values = graph_.values();
  const auto& nodes = graph_.nodes();
  const size_t nv = values.size();
  plan->shapes.resize(nv);
  plan->dtypes.resize(nv);
  plan->offset.assign(nv, -1);
  for (size_t v = 0; v < nv; ++v) {
    plan->dtypes[v] = values[v].dtype;
    if (values[v].constant.defined()) plan->shapes[v] = values[v].constant.shape();
  }
  for (size_t k = 0; k < feeds.size(); ++k) plan->shapes[graph_.inputs()[k]] = feeds[k].shape();

  // Shapes by inference, node by node, until a node's shape depends on data.
  for (const Node& n : nodes) {
    if (n.op->data_dependent_shape) { plan->dynamic = true; break; }
    std::vector<Tensor> metas;
    metas.reserve(n.inputs.size());
    std::vector<const Tensor*> ptrs;
    for (int i : n.inputs) {
      if (i < 0) { ptrs.push_back(nullptr); continue; }
      metas.push_back(values[i].constant.defined() ? values[i].constant : Tensor::meta(plan->dtypes[i], plan->shapes[i]));
      ptrs.push_back(&metas.back());
    }
    const auto& views = views_[&n - nodes.data()];
    OpCall call;
    infer(*n.op, ptrs.data(), static_cast<int>(ptrs.size()), views.data(), static_cast<int>(views.size()), call);
    if (call.n_outputs != static_cast<int>(n.outputs.size()))
      fail(Status::ShapeMismatch, "node '" + (n.name.empty() ? n.op->name : n.name) + "' produces " + std::to_string(call.n_outputs) +
                                      " outputs for these input shapes; the graph was built with " + std::to_string(n.outputs.size()));
    for (size_t k = 0; k < n.outputs.size(); ++k) {
      plan->shapes[n.outputs[k]] = call.out_shape[k];
      plan->dtypes[n.outputs[k]] = call.out_dtype[k];
    }
  }

  // Live ranges: from the producing node to the last reader; graph outputs live forever, and a
  // view's range extends the range of every value it may alias.
  const int kForever = INT_MAX;
  std::vector<int> end(nv, -1);
  for (size_t n = 0; n < nodes.size(); ++n)
    for (int i : nodes[n].inputs)
      if (i >= 0) end[i] = std::max(end[i], static_cast<int>(n));
  for (int v : graph_.outputs()) end[v] = kForever;
  for (int n = static_cast<int>(nodes.size()) - 1; n >= 0; --n) {
    if (!nodes[n].op->views) continue;
    int e = -1;
    for (int o : nodes[n].outputs) e = std::max(e, end[o]);
    for (int i : nodes[n].inputs)
      if (i >= 0) end[i] = std::max(end[i], e);
  }
  plan->release_after.resize(nodes.size());
  for (size_t v = 0; v < nv; ++v)
    if (end[v] >= 0 && end[v] != kForever && !values[v].constant.defined() && !values[v].is_input())
      plan->release_after[end[v]].push_back(static_cast<int>(v));

  if (!plan->dynamic) {
    struct Slot { int v, begin, end; size_t size; };
    std::vector<Slot> slots;
    for (size_t n = 0; n < nodes.size(); ++n) {
      if (nodes[n].op->views) continue;
      for (int o : nodes[n].outputs) {
        if (end[o] == kForever) continue;
        size_t bytes = static_cast<size_t>(plan->shapes[o].numel()) * dtype_size(plan->dtypes[o]);
        bytes = (bytes + kSlotAlign - 1) / kSlotAlign * kSlotAlign;
        slots.push_back({o, static_cast<int>(n), std::max(end[o], static_cast<int>(n)), bytes});
        plan->stats.unshared_bytes += bytes;
      }
    }
    // Largest first, each at the lowest offset free of every placed slot it overlaps in time.
    std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.size != b.size ? a.size > b.size : a.v < b.v; });
    std::vector<std::pair<size_t, const Slot*>> placed;
    size_t total = 0;
    for (const Slot& s : slots) {
      std::vector<std::pair<size_t, size_t>> busy;
      for (const auto& [off, p] : placed)
        if (p->begin <= s.end && s.begin <= p->end) busy.push_back({off, off + p->size});
      std::sort(busy.begin(), busy.end());
      size_t off = 0;
      for (const auto& [b, e] : busy) {
        if (off + s.size <= b) break;
        off = std::max(off, e);
      }
      placed.push_back({off, &s});
      plan->offset[s.v] = static_cast<int64_t>(off);
      total = std::max(total, off + s.size);
    }
    plan->stats.arena_bytes = total;
    plan->stats.planned_values = static_cast<int>(slots.size());
    if (total > 0) plan->arena = Storage::allocate(total);
  }
  plan->stats.nodes = static_cast<int>(nodes.size());
  // Evict only once the new plan exists (a failed plan keeps the cache, and last_, intact), and
  // never the plan the last run used.
  if (plans_.size() >= kMaxPlans) {
    auto victim = plans_.begin();
    if (victim->second.get() == last_) ++victim;
    plans_.erase(victim);
  }
  Plan& ref = *plan;
  plans_[key] = std::move(plan);
  return ref;
}

namespace {
struct AllocCtx {
  const std::shared_ptr<Storage>* arena;
  const std::vector<int64_t>* offset;
  const std::vector<Shape>* shapes;
  const std::vector<int>* outputs;
};

Tensor arena_alloc(void* p, int k, DType dtype, const Shape& shape) {
  auto* c = static_cast<AllocCtx*>(p);
  if (k < static_cast<int>(c->outputs->size())) {
    const int v = (*c->outputs)[k];
    const int64_t off = (*c->offset)[v];
    if (off >= 0 && *c->arena && (*c->shapes)[v] == shape) return Tensor::over(*c->arena, dtype, shape, static_cast<size_t>(off));
  }
  return Tensor::empty(dtype, shape);
}
}  // namespace

std::vector<Tensor> Executor::run(const std::vector<Tensor>& feeds) {
  std::lock_guard<std::mutex> lock(mu_);
  const auto& ins = graph_.inputs();
  check_feed_count(ins.size(), feeds.size(), "graph");
  for (size_t k = 0; k < feeds.size(); ++k) check_feed(graph_.value(ins[k]), feeds[k]);
  Plan& plan = plan_for(feeds);
  last_ = &plan;

  const auto& values = graph_.values();
  std::vector<Tensor> t(values.size());
  for (size_t v = 0; v < values.size(); ++v)
    if (values[v].constant.defined()) t[v] = values[v].constant;
  for (size_t k = 0; k < feeds.size(); ++k) t[ins[k]] = feeds[k].without_autograd();

  const auto& nodes = graph_.nodes();
  std::vector<const Tensor*> ptrs;
  for (size_t n = 0; n < nodes.size(); ++n) {
    const Node& node = nodes[n];
    const auto& views = views_[n];
    ptrs.clear();
    for (int i : node.inputs) ptrs.push_back(i < 0 ? nullptr : &t[i]);
    OpCall call;
    AllocCtx ctx{&plan.arena, &plan.offset, &plan.shapes, &node.outputs};
    if (!plan.dynamic) {
      call.alloc = arena_alloc;
      call.alloc_ctx = &ctx;
    }
    try {
      invoke(*node.op, ptrs.data(), static_cast<int>(ptrs.size()), views.data(), static_cast<int>(views.size()), call);
    } catch (Error& e) {
      if (node.name.empty()) throw;
      throw Error(e.status(), "node '" + node.name + "': " + e.what(), e.op(), e.arg());
    }
    for (size_t k = 0; k < node.outputs.size() && k < static_cast<size_t>(call.n_outputs); ++k) t[node.outputs[k]] = call.outputs[k];
    for (int v : plan.release_after[n]) t[v] = Tensor();
  }
  std::vector<Tensor> out;
  for (int v : graph_.outputs()) out.push_back(writable(t[v]));
  return out;
}

void Executor::prepare(const std::vector<Tensor>& feeds) {
  std::lock_guard<std::mutex> lock(mu_);
  last_ = &plan_for(feeds);
}

PlanStats Executor::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  return last_ ? last_->stats : PlanStats{};
}

}  // namespace tsr::graph
