// Exporters for neural-network operators (convolution, pooling, normalization, dropout,
// resize) and for the "decomposed" mappings (silu, embedding, mse_loss, binary_cross_entropy),
// which become a few ONNX nodes each.
#include "export_util.h"

namespace tsr::onnx_io {

namespace {

// Conv / ConvTranspose / pools: list attributes are left out when empty (ONNX's defaults are
// the same: unit strides and dilations, no padding); pads are in ONNX order in both.
void conv(ExportCtx& c) { mapped_node(c, all_inputs(c), {"strides", "pads", "dilations", "group", "auto_pad"}); }

void conv_transpose(ExportCtx& c) {
  auto* n = mapped_node(c, all_inputs(c), {"strides", "pads", "dilations", "group", "auto_pad", "output_padding"});
  // output_shape may list [N, C, spatial...]; ONNX takes the spatial sizes.
  auto shape = c.ints("output_shape");
  const size_t rank = c.input_value(0).dims.size();
  if (shape.size() == rank) shape.erase(shape.begin(), shape.begin() + 2);
  if (!shape.empty()) ExportCtx::set_ints(n, "output_shape", shape);
}

void max_pool(ExportCtx& c) { mapped_node(c, {c.input(0)}, {"kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad"}); }
void avg_pool(ExportCtx& c) {
  mapped_node(c, {c.input(0)}, {"kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad", "count_include_pad"});
}

// dropout: ratio and training_mode are inputs; seed stays an attribute unless 0 ("fresh seed",
// which is ONNX's behaviour without it).
void dropout(ExportCtx& c) {
  auto* n = mapped_node(c, {c.input(0), scalar_init(c, DType::Float32, c.f("ratio")), scalar_init(c, DType::Bool, static_cast<double>(c.i("training")))}, {});
  if (c.i("seed") != 0) ExportCtx::set_i(n, "seed", c.i("seed"));
}

// resize: roi left out, scales (float32) or sizes (int64) as inputs. onnxruntime's linear mode
// refuses 1-D inputs, so those resize as [1, L] (a kept axis changes no coordinate).
void resize(ExportCtx& c) {
  auto scales = c.floats("scales");
  auto sizes = c.ints("sizes");
  const bool lift = (c.s("mode") == "linear" || c.s("mode") == "cubic") && rank_of(c, 0) == 1;
  std::string x = c.input(0), y = c.output(0);
  if (lift) {
    if (!scales.empty()) scales.insert(scales.begin(), 1.0);
    if (!sizes.empty()) sizes.insert(sizes.begin(), 1);
    x = c.fresh("x_2d");
    y = c.fresh("y_2d");
    c.add("Unsqueeze", {c.input(0), c.initializer_i64({0})}, {x});
  }
  std::vector<std::string> ins{x, "", scales.empty() ? std::string() : list_init(c, DType::Float32, scales)};
  if (!sizes.empty()) ins.push_back(c.initializer_i64(sizes));
  auto* n = c.add("Resize", ins, {y});
  for (const char* a : {"mode", "coordinate_transformation_mode", "nearest_mode"}) write_attr(c, n, a);
  if (c.s("mode") == "cubic") {
    ExportCtx::set_f(n, "cubic_coeff_a", c.f("cubic_coeff_a"));
    ExportCtx::set_i(n, "exclude_outside", c.i("exclude_outside"));
  }
  if (lift) c.add("Squeeze", {y, c.initializer_i64({0})}, {c.output(0)});
}

// layer_norm: ONNX needs Scale, so an absent one becomes ones of x.shape[axis:] (Shape with
// start, then ConstantOfShape); stash_type keeps the computation in x's dtype, as Tessera does.
void layer_norm(ExportCtx& c) {
  const DType t = c.input_value(0).dtype;
  std::vector<std::string> ins = all_inputs(c);
  if (ins.size() < 2 || ins[1].empty()) {
    const std::string shape = c.fresh("norm_shape"), ones = c.fresh("norm_ones");
    ExportCtx::set_i(c.add("Shape", {c.input(0)}, {shape}), "start", c.i("axis"));
    ExportCtx::set_tensor(c.add("ConstantOfShape", {shape}, {ones}), "value", filled(t, {1}, false));
    if (ins.size() < 2) ins.resize(2);
    ins[1] = ones;
  }
  auto* n = mapped_node(c, ins, {"axis", "epsilon"});
  ExportCtx::set_i(n, "stash_type", dtype_to_onnx(t));
}

// group_norm: GroupNormalization-18 is deprecated (its per-group scale changed meaning in 21),
// so the export is its definition: x reshaped to [N, G, -1], InstanceNormalization per group,
// reshaped back; a per-channel scale/bias is applied after (per-group ones go inside).
void group_norm(ExportCtx& c) {
  const DType t = c.input_value(0).dtype;
  const int64_t groups = c.i("num_groups");
  const int rank = rank_of(c, 0);
  const int64_t scale_len = c.input_value(1).dims.empty() ? -1 : c.input_value(1).dims[0];
  if (scale_len < 0) c.unsupported("the length of scale must be known to export group_norm");
  const bool per_group = scale_len == groups;
  const std::string grouped = c.fresh("groups"), normed = c.fresh("group_normed"), shape = c.fresh("x_shape");
  c.add("Reshape", {c.input(0), c.initializer_i64({0, groups, -1})}, {grouped});
  std::vector<double> ones(static_cast<size_t>(groups), 1.0), zeros(static_cast<size_t>(groups), 0.0);
  const std::string scale = per_group ? c.input(1) : list_init(c, t, ones);
  const std::string bias = per_group ? c.input(2) : list_init(c, t, zeros);
  ExportCtx::set_f(c.add("InstanceNormalization", {grouped, scale, bias}, {normed}), "epsilon", c.f("epsilon"));
  c.add("Shape", {c.input(0)}, {shape});
  if (per_group) {
    c.add("Reshape", {normed, shape}, {c.output(0)});
    return;
  }
  // Per channel: scale and bias [C] broadcast as [C, 1, ...] over the spatial axes.
  std::vector<int64_t> axes;
  for (int k = 1; k < rank - 1; ++k) axes.push_back(k);
  const std::string back = c.fresh("ungrouped"), s = c.fresh("scale_c"), b = c.fresh("bias_c"), scaled = c.fresh("scaled");
  c.add("Reshape", {normed, shape}, {back});
  std::string scale_in = c.input(1), bias_in = c.input(2);
  if (!axes.empty()) {
    const std::string ax = c.initializer_i64(axes);
    c.add("Unsqueeze", {c.input(1), ax}, {s});
    c.add("Unsqueeze", {c.input(2), ax}, {b});
    scale_in = s;
    bias_in = b;
  }
  c.add("Mul", {back, scale_in}, {scaled});
  c.add("Add", {scaled, bias_in}, {c.output(0)});
}

// celu: ONNX's Celu is float32-only, so other dtypes get its definition,
// max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).
void celu(ExportCtx& c) {
  const DType t = c.input_value(0).dtype;
  if (t == DType::Float32) {
    mapped_node(c, {c.input(0)}, {"alpha"});
    return;
  }
  const std::string zero = scalar_init(c, t, 0), one = scalar_init(c, t, 1), alpha = scalar_init(c, t, c.f("alpha"));
  const std::string q = c.fresh("x_over_alpha"), e = c.fresh("exp"), em1 = c.fresh("exp_m1"), neg = c.fresh("neg_part"),
                    negc = c.fresh("neg_part_c"), pos = c.fresh("pos_part");
  c.add("Div", {c.input(0), alpha}, {q});
  c.add("Exp", {q}, {e});
  c.add("Sub", {e, one}, {em1});
  c.add("Mul", {alpha, em1}, {neg});
  c.add("Min", {neg, zero}, {negc});
  c.add("Max", {c.input(0), zero}, {pos});
  c.add("Add", {pos, negc}, {c.output(0)});
}

// lrn: onnxruntime's LRN takes odd sizes of 4-D inputs only, so other ranks go through a 4-D
// view and an even size gets LRN's definition: the sum
// of squares over channels [c - floor((size-1)/2), c + ceil((size-1)/2)] (zero-padded), as the
// sum of `size` shifted slices, then x / (bias + alpha / size * sum)^beta.
void lrn(ExportCtx& c) {
  const int64_t size = c.i("size");
  const int rank = rank_of(c, 0);
  if (size % 2 == 1 && rank == 4) {
    mapped_node(c, {c.input(0)}, {"size", "alpha", "beta", "bias"});
    return;
  }
  if (size % 2 == 1) {
    // onnxruntime's LRN also wants 4-D: [N, C, rest..] goes through as [N, C, prod(rest), 1].
    const std::string x4 = c.fresh("x_4d"), y4 = c.fresh("y_4d"), shape = c.fresh("x_shape");
    c.add("Reshape", {c.input(0), c.initializer_i64({0, 0, -1, 1})}, {x4});
    auto* n = c.add("LRN", {x4}, {y4});
    for (const char* a : {"size", "alpha", "beta", "bias"}) write_attr(c, n, a);
    c.add("Shape", {c.input(0)}, {shape});
    c.add("Reshape", {y4, shape}, {c.output(0)});
    return;
  }
  const DType t = c.input_value(0).dtype;
  const int64_t channels = rank > 1 ? c.input_value(0).dims[1] : -1;
  if (channels < 0) c.unsupported("an even LRN size needs the channel count known");
  std::vector<int64_t> pads(static_cast<size_t>(2 * rank), 0);
  pads[1] = (size - 1) / 2;
  pads[static_cast<size_t>(rank) + 1] = size / 2;
  const std::string sq = c.fresh("square"), padded = c.fresh("square_padded"), total = c.fresh("window_sum");
  c.add("Mul", {c.input(0), c.input(0)}, {sq});
  c.add("Pad", {sq, c.initializer_i64(pads), scalar_init(c, t, 0)}, {padded});
  std::vector<std::string> shifted;
  const std::string axis = c.initializer_i64({1});
  for (int64_t k = 0; k < size; ++k) {
    shifted.push_back(c.fresh("shifted"));
    c.add("Slice", {padded, c.initializer_i64({k}), c.initializer_i64({k + channels}), axis}, {shifted.back()});
  }
  c.add("Sum", shifted, {total});
  const std::string scaled = c.fresh("scaled"), base = c.fresh("base"), denom = c.fresh("denominator");
  c.add("Mul", {total, scalar_init(c, t, c.f("alpha") / static_cast<double>(size))}, {scaled});
  c.add("Add", {scaled, scalar_init(c, t, c.f("bias"))}, {base});
  c.add("Pow", {base, scalar_init(c, t, c.f("beta"))}, {denom});
  c.add("Div", {c.input(0), denom}, {c.output(0)});
}

// ---- decomposed mappings ----

void silu(ExportCtx& c) {
  const std::string s = c.fresh("sigmoid");
  c.add("Sigmoid", {c.input(0)}, {s});
  c.add("Mul", {c.input(0), s}, {c.output(0)});
}

void embedding(ExportCtx& c) { ExportCtx::set_i(c.add("Gather", {c.input(0), c.input(1)}, {c.output(0)}), "axis", 0); }

// Where the per-element loss goes: the node's output for reduction none, else a fresh value
// that reduce_loss then reduces over all axes (keepdims 0) into the output.
std::string per_element_loss(ExportCtx& c) {
  const std::string r = c.s("reduction");
  if (r != "none" && r != "mean" && r != "sum") c.unsupported("reduction '" + r + "'");
  return r == "none" ? c.output(0) : c.fresh("loss_per_element");
}
void reduce_loss(ExportCtx& c, const std::string& per_element) {
  const std::string r = c.s("reduction");
  if (r == "none") return;
  ExportCtx::set_i(c.add(r == "mean" ? "ReduceMean" : "ReduceSum", {per_element}, {c.output(0)}), "keepdims", 0);
}

void mse_loss(ExportCtx& c) {
  const std::string d = c.fresh("diff"), sq = per_element_loss(c);
  c.add("Sub", {c.input(0), c.input(1)}, {d});
  c.add("Mul", {d, d}, {sq});
  reduce_loss(c, sq);
}

// -(t * max(log p, -100) + (1 - t) * max(log(1 - p), -100)), PyTorch's clamp of the logs.
void binary_cross_entropy(ExportCtx& c) {
  const DType t = c.input_value(0).dtype;
  const std::string one = scalar_init(c, t, 1), floor = scalar_init(c, t, -100);
  auto v = [&](const char* hint) { return c.fresh(hint); };
  const std::string lp = v("log_p"), lpc = v("log_p_c"), q = v("one_minus_p"), lq = v("log_q"), lqc = v("log_q_c");
  const std::string u = v("one_minus_t"), a = v("t_log_p"), b = v("u_log_q"), s = v("sum"), per = per_element_loss(c);
  c.add("Log", {c.input(0)}, {lp});
  c.add("Max", {lp, floor}, {lpc});
  c.add("Sub", {one, c.input(0)}, {q});
  c.add("Log", {q}, {lq});
  c.add("Max", {lq, floor}, {lqc});
  c.add("Sub", {one, c.input(1)}, {u});
  c.add("Mul", {c.input(1), lpc}, {a});
  c.add("Mul", {u, lqc}, {b});
  c.add("Add", {a, b}, {s});
  c.add("Neg", {s}, {per});
  reduce_loss(c, per);
}

}  // namespace

void register_nn_exporters(std::vector<Exporter>& out) {
  out.insert(out.end(), {
      {"conv", conv},           {"conv_transpose", conv_transpose}, {"max_pool", max_pool},
      {"avg_pool", avg_pool},   {"dropout", dropout},               {"resize", resize},
      {"layer_norm", layer_norm}, {"group_norm", group_norm},       {"silu", silu}, {"celu", celu}, {"lrn", lrn},
      {"embedding", embedding}, {"mse_loss", mse_loss},             {"binary_cross_entropy", binary_cross_entropy},
  });
}

}  // namespace tsr::onnx_io
