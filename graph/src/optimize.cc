// Graph passes: dead-node removal (keep what an output depends on), constant folding (evaluate
// nodes whose inputs are all constants once, at optimization time) and batch_norm folded into the
// conv before it (inference: y = conv(x, w*s, (b - mean)*s + beta) with s = gamma/sqrt(var+eps)),
// which saves a pass over every activation of such networks.
#include <cmath>
#include <string>

#include "tessera/graph/graph.h"

namespace tsr::graph {

namespace {


template <typename T>
void fold_bn(const Tensor& w, const Tensor* b, const Tensor& gamma, const Tensor& beta, const Tensor& mean, const Tensor& var,
             double eps, Tensor& w2, Tensor& b2) {
  const int64_t m_count = w.dim(0), per = m_count ? w.numel() / m_count : 0;
  const Tensor wc = w.contiguous(), gc = gamma.contiguous(), bc = beta.contiguous(), mc = mean.contiguous(), vc = var.contiguous();
  const Tensor bias = b ? b->contiguous() : Tensor();
  for (int64_t m = 0; m < m_count; ++m) {
    const double s = static_cast<double>(gc.data_as<T>()[m]) / std::sqrt(static_cast<double>(vc.data_as<T>()[m]) + eps);
    for (int64_t k = 0; k < per; ++k) w2.data_as<T>()[m * per + k] = static_cast<T>(wc.data_as<T>()[m * per + k] * s);
    const double b0 = b ? static_cast<double>(bias.data_as<T>()[m]) : 0.0;
    b2.data_as<T>()[m] = static_cast<T>((b0 - static_cast<double>(mc.data_as<T>()[m])) * s + static_cast<double>(bc.data_as<T>()[m]));
  }
}

}  // namespace

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
  // Known constant data per source value: the graph's constants, then every folded result. They
  // enter the new graph only when a kept node or an output reads them, so a constant consumed by
  // folding alone (a weight replaced by its batch-norm-folded copy) takes no memory there.
  std::vector<Tensor> cval(values.size());
  for (size_t v = 0; v < values.size(); ++v)
    if (values[v].constant.defined() && needed[v]) cval[v] = values[v].constant;
  auto constant = [&](int v) -> const Tensor* { return v >= 0 && cval[v].defined() ? &cval[v] : nullptr; };
  auto mapped = [&](int v) {
    if (v >= 0 && map[v] < 0 && cval[v].defined()) map[v] = out.add_constant(values[v].name, cval[v]);
    return v < 0 ? -1 : map[v];
  };
  // Readers of each value, and graph outputs, for the conv + batch_norm pattern.
  std::vector<std::vector<int>> readers(values.size());
  for (size_t n = 0; n < nodes.size(); ++n)
    if (live[n])
      for (int i : nodes[n].inputs)
        if (i >= 0) readers[i].push_back(static_cast<int>(n));
  std::vector<char> is_output(values.size(), 0);
  for (int v : g.outputs()) is_output[v] = 1;
  std::vector<char> folded(nodes.size(), 0);

  for (size_t n = 0; n < nodes.size(); ++n) {
    if (!live[n] || folded[n]) continue;
    const Node& node = nodes[n];
    // conv whose only reader is an inference batch_norm with constant parameters.
    if (node.op->name == "conv" && node.outputs.size() == 1 && !is_output[node.outputs[0]] && readers[node.outputs[0]].size() == 1) {
      const Node& bn = nodes[readers[node.outputs[0]][0]];
      const Tensor* w = node.inputs.size() > 1 ? constant(node.inputs[1]) : nullptr;
      const bool has_b = node.inputs.size() > 2 && node.inputs[2] >= 0;
      const Tensor* b = has_b ? constant(node.inputs[2]) : nullptr;
      const Tensor* p[4] = {};
      bool ok = bn.op->name == "batch_norm" && bn.inputs.size() == 5 && bn.inputs[0] == node.outputs[0] && w && (!has_b || b) &&
                (w->dtype() == DType::Float32 || w->dtype() == DType::Float64) && w->ndim() >= 1;
      for (int k = 0; ok && k < 4; ++k) {
        p[k] = constant(bn.inputs[k + 1]);
        ok = p[k] && p[k]->dtype() == w->dtype() && p[k]->numel() == w->dim(0) && (!b || b->numel() == w->dim(0));
      }
      if (ok) {
        double eps = 1e-5;
        for (const auto& a : bn.attrs)
          if (bn.op->attrs[a.slot].name == "epsilon") eps = a.f;
        Tensor w2 = Tensor::empty(w->dtype(), w->shape());
        Tensor b2 = Tensor::empty(w->dtype(), Shape{w->dim(0)});
        if (w->dtype() == DType::Float32) fold_bn<float>(*w, b, *p[0], *p[1], *p[2], *p[3], eps, w2, b2);
        else fold_bn<double>(*w, b, *p[0], *p[1], *p[2], *p[3], eps, w2, b2);
        const int wv = out.add_constant(values[node.inputs[1]].name + "_bn", freeze_if_fresh(w2));
        const int bv = out.add_constant(values[bn.outputs[0]].name + "_bn_bias", freeze_if_fresh(b2));
        const std::vector<int> ins = {mapped(node.inputs[0]), wv, bv};
        auto outs = out.add_node(*node.op, ins, node.attrs, 1, node.name);
        out.mutable_value(outs[0]).name = values[bn.outputs[0]].name;
        map[node.outputs[0]] = outs[0];
        map[bn.outputs[0]] = outs[0];
        folded[&bn - nodes.data()] = 1;
        continue;
      }
    }
    bool all_const = deterministic(*node.op, node.attrs);
    for (int i : node.inputs)
      if (i >= 0 && !constant(i)) all_const = false;
    if (all_const) {
      std::vector<const Tensor*> ptrs;
      for (int i : node.inputs) ptrs.push_back(constant(i));
      const std::vector<AttrRecordView> views = attr_views(node.attrs);
      OpCall call;
      invoke(*node.op, ptrs.data(), static_cast<int>(ptrs.size()), views.data(), static_cast<int>(views.size()), call);
      for (size_t k = 0; k < node.outputs.size() && k < static_cast<size_t>(call.n_outputs); ++k)
        cval[node.outputs[k]] = freeze_if_fresh(call.outputs[k].contiguous(), ptrs.data(), static_cast<int>(ptrs.size()));
      continue;
    }
    std::vector<int> ins;
    for (int i : node.inputs) ins.push_back(mapped(i));
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
  for (int v : g.outputs()) outs.push_back(mapped(v));
  out.set_outputs(outs, g.output_names());
  return out;
}

}  // namespace tsr::graph
