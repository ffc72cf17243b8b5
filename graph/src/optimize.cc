// Graph passes: dead-node removal (keep what an output depends on) and constant folding
// (evaluate nodes whose inputs are all constants once, at optimization time).
#include <string>

#include "tessera/graph/graph.h"

namespace tsr::graph {

// Operators whose result differs between calls with the same inputs are never folded.
static bool deterministic(const Node& n) {
  if (n.op->name != "dropout") return true;
  for (const auto& a : n.attrs)
    if (n.op->attrs[a.slot].name == "training") return a.i == 0;
  return true;
}

Graph optimize(const Graph& g) {
  const auto& values = g.values();
  const auto& nodes = g.nodes();
  std::vector<char> needed(values.size(), 0), live(nodes.size(), 0);
  for (int v : g.outputs()) needed[v] = 1;
  for (int n = static_cast<int>(nodes.size()) - 1; n >= 0; --n) {
    for (int o : nodes[n].outputs) live[n] |= needed[o];
    if (live[n])
      for (int i : nodes[n].inputs)
        if (i >= 0) needed[i] = 1;
  }
  Graph out;
  std::vector<int> map(values.size(), -1);
  for (int v : g.inputs()) map[v] = out.add_input(values[v].name, values[v].dtype, values[v].dims);
  for (size_t v = 0; v < values.size(); ++v)
    if (values[v].constant.defined() && needed[v]) map[v] = out.add_constant(values[v].name, values[v].constant);
  for (size_t n = 0; n < nodes.size(); ++n) {
    if (!live[n]) continue;
    const Node& node = nodes[n];
    std::vector<int> ins;
    bool all_const = deterministic(node);
    for (int i : node.inputs) {
      ins.push_back(i < 0 ? -1 : map[i]);
      if (i >= 0 && !out.value(map[i]).constant.defined()) all_const = false;
    }
    if (all_const) {
      std::vector<const Tensor*> ptrs;
      for (int i : ins) ptrs.push_back(i < 0 ? nullptr : &out.value(i).constant);
      std::vector<AttrRecordView> views;
      for (const auto& a : node.attrs) views.push_back(a.view());
      OpCall call;
      invoke(*node.op, ptrs.data(), static_cast<int>(ptrs.size()), views.data(), static_cast<int>(views.size()), call);
      for (size_t k = 0; k < node.outputs.size() && k < static_cast<size_t>(call.n_outputs); ++k)
        map[node.outputs[k]] = out.add_constant(values[node.outputs[k]].name, call.outputs[k].contiguous());
      continue;
    }
    auto outs = out.add_node(*node.op, ins, node.attrs, static_cast<int>(node.outputs.size()), node.name);
    for (size_t k = 0; k < outs.size(); ++k) {
      Value& v = out.mutable_value(outs[k]);
      v.name = values[node.outputs[k]].name;
      // What inference cannot know here (data-dependent shapes) keeps the source's dtype and rank.
      if (!v.shape_known && !values[node.outputs[k]].dims.empty()) {
        v.dtype = values[node.outputs[k]].dtype;
        v.dims = values[node.outputs[k]].dims;
      }
      map[node.outputs[k]] = outs[k];
    }
  }
  std::vector<int> outs;
  for (int v : g.outputs()) outs.push_back(map[v]);
  out.set_outputs(outs, g.output_names());
  return out;
}

}  // namespace tsr::graph
