#include "tessera/core/autograd.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "tessera/core/error.h"

namespace tsr::autograd {
namespace {
thread_local bool g_recording = false;

// Adds b into a (same shape and dtype); undefined a takes b.
void accumulate(Tensor& a, const Tensor& b, AddFn add) {
  if (!b.defined()) return;
  a = a.defined() ? add(a, b) : b;
}
}  // namespace

bool is_recording() { return g_recording; }

bool set_recording(bool on) {
  bool prev = g_recording;
  g_recording = on;
  return prev;
}

void attach_grad(Tensor& t) {
  auto m = std::make_shared<AutogradMeta>();
  m->requires_grad = true;
  m->is_leaf = true;
  t.set_autograd_meta(std::move(m));
}

bool requires_grad(const Tensor& t) { return t.autograd_meta() && t.autograd_meta()->requires_grad; }

Tensor detach(const Tensor& t) { return t.without_autograd(); }

void record(const char* name, const Tensor* const* inputs, int n_inputs, Tensor* outputs, int n_outputs,
            const std::function<BackwardFn()>& make_backward) {
  bool any = false;
  for (int k = 0; k < n_inputs; ++k) any = any || (inputs[k] && requires_grad(*inputs[k]));
  if (!any) return;
  auto node = std::make_shared<Node>();
  node->name = name;
  node->inputs.resize(n_inputs);
  for (int k = 0; k < n_inputs; ++k)
    if (inputs[k] && requires_grad(*inputs[k])) node->inputs[k] = inputs[k]->autograd_meta();
  node->n_outputs = n_outputs;
  for (int k = 0; k < n_outputs; ++k) {
    node->output_shapes.push_back(outputs[k].shape());
    node->output_dtypes.push_back(outputs[k].dtype());
  }
  node->backward = make_backward();
  for (int k = 0; k < n_outputs; ++k) {
    auto m = std::make_shared<AutogradMeta>();
    m->requires_grad = true;
    m->is_leaf = false;
    m->grad_fn = node;
    m->output_index = k;
    outputs[k].set_autograd_meta(std::move(m));
  }
}

namespace {
AddFn g_add = nullptr;
AddFn add_fn() { return g_add; }
}  // namespace

void set_accumulate(AddFn f) { g_add = f; }

void backward(const std::vector<Tensor>& heads, const std::vector<Tensor>& head_grads) {
  if (!add_fn()) fail(Status::Internal, "autograd is not initialized");
  const bool prev = set_recording(false);  // gradient computations are not recorded
  struct Restore {
    bool prev;
    ~Restore() { set_recording(prev); }
  } restore{prev};

  // Pending output gradients per node, and leaf gradients per meta.
  std::unordered_map<Node*, std::vector<Tensor>> pending;
  std::vector<std::pair<std::shared_ptr<AutogradMeta>, Tensor>> leaf_grads;
  auto send = [&](const std::shared_ptr<AutogradMeta>& m, const Tensor& g) {
    if (!m || !g.defined()) return;
    if (m->grad_fn) {
      auto& slots = pending[m->grad_fn.get()];
      if (slots.empty()) slots.resize(m->grad_fn->n_outputs);
      accumulate(slots[m->output_index], g, add_fn());
    } else if (m->requires_grad) {
      auto it = std::find_if(leaf_grads.begin(), leaf_grads.end(), [&](auto& p) { return p.first == m; });
      if (it == leaf_grads.end()) leaf_grads.emplace_back(m, g);
      else accumulate(it->second, g, add_fn());
    }
  };

  // Topological order of the nodes reachable from the heads (iterative DFS, post-order).
  std::vector<Node*> order;
  std::unordered_set<Node*> seen;
  std::vector<std::pair<Node*, size_t>> stack;
  for (const Tensor& h : heads) {
    const auto& m = h.autograd_meta();
    if (!m || !m->requires_grad)
      fail(Status::InvalidArgument, "backward: a head does not require a gradient (was it computed inside autograd.record() from tensors with attach_grad?)", "heads");
    if (m->grad_fn && seen.insert(m->grad_fn.get()).second) stack.emplace_back(m->grad_fn.get(), 0);
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next < node->inputs.size()) {
        const auto& in = node->inputs[next++];
        if (in && in->grad_fn && seen.insert(in->grad_fn.get()).second) stack.emplace_back(in->grad_fn.get(), 0);
      } else {
        order.push_back(node);
        stack.pop_back();
      }
    }
  }
  for (size_t k = 0; k < heads.size(); ++k) {
    const Tensor& hg = k < head_grads.size() ? head_grads[k] : Tensor();
    if (hg.defined() && hg.shape() != heads[k].shape())
      fail(Status::ShapeMismatch, "backward: head gradient shape " + hg.shape().str() + " differs from the head's " + heads[k].shape().str(), "head_grads");
    Tensor g = hg.defined() ? hg.without_autograd() : Tensor();
    if (!g.defined()) {
      g = Tensor::empty(heads[k].dtype(), heads[k].shape());
      dispatch_dtype(g.dtype(), [&](auto tag) {
        using T = decltype(tag);
        for (int64_t i = 0; i < g.numel(); ++i) g.data_as<T>()[i] = T(1);
      });
    }
    send(heads[k].autograd_meta(), g);
  }
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    Node* node = *it;
    auto p = pending.find(node);
    if (p == pending.end()) continue;  // no gradient reached this node
    std::vector<Tensor> grad_in(node->inputs.size());
    node->backward(p->second.data(), grad_in.data());
    pending.erase(p);
    for (size_t k = 0; k < node->inputs.size(); ++k) send(node->inputs[k], grad_in[k]);
  }
  // Leaf gradients get storage of their own: g may alias a head gradient or another tensor.
  for (auto& [meta, g] : leaf_grads) {
    Tensor sum = meta->grad.defined() ? add_fn()(meta->grad, g) : g;
    Tensor own = Tensor::empty(sum.dtype(), sum.shape());
    own.copy_from(sum);
    meta->grad = own;
  }
}

}  // namespace tsr::autograd
