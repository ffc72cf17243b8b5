// ONNX converters for convolution, pooling, normalization, Gemm and the other neural-network op types.
// The registry's conv/pool operators take ONNX's attributes (pads in ONNX order: all begins,
// then all ends); the converters check kernel_shape against w, compose what the registry lacks
// (MaxPool's Indices, training-mode BatchNormalization, LayerNormalization's statistics,
// MeanVarianceNormalization) and cover the older opsets.
#include <algorithm>
#include <cmath>

#include "context.h"
#include "shape_nn_helpers.h"

namespace tsr::onnx_io {
namespace {

using snh::const_scalar;
using snh::dims_of;
using snh::forward;

// ---- convolution -----------------------------------------------------------------------------

void check_kernel_shape(Ctx& c, int w) {
  if (!c.has_attr("kernel_shape")) return;
  const std::vector<int64_t> ks = c.attr_ints("kernel_shape");
  const std::vector<int64_t> wd = dims_of(c.shape(w));
  if (wd.size() != ks.size() + 2 || !std::equal(ks.begin(), ks.end(), wd.begin() + 2))
    c.invalid("kernel_shape does not match the weight's spatial dimensions");
}

// ConvTranspose with output_shape (or auto_pad SAME_*, which asks for input * stride): the pads
// follow ONNX's rule (the odd element at the end for SAME_UPPER, else at the beginning). An output_shape past the natural size (negative total
// padding) adds elements at the end, as onnxruntime does and ONNX's test data expects: that is
// output_padding to the registry.
void output_shape_to_pads(Ctx& c, int x, int w, std::vector<Arg>& args) {
  const Shape xs = c.shape(x), ws = c.shape(w);
  const int nsp = xs.ndim - 2;
  if (ws.ndim != xs.ndim) c.invalid("w must have the rank of x");
  auto at = [&](const std::vector<int64_t>& v, int i) { return v.empty() ? int64_t{1} : v[i]; };
  const std::vector<int64_t> strides = c.attr_ints("strides"), dil = c.attr_ints("dilations");
  std::vector<int64_t> want = c.attr_ints("output_shape");
  const bool from_auto_pad = want.empty();
  if (from_auto_pad)  // auto_pad SAME_*: input size times stride
    for (int i = 0; i < nsp; ++i) want.push_back(xs.d[i + 2] * at(strides, i));
  if (static_cast<int>(want.size()) == nsp + 2) want.erase(want.begin(), want.begin() + 2);
  if (nsp < 1 || static_cast<int>(want.size()) != nsp) c.invalid("output_shape must have one entry per spatial axis");
  std::vector<int64_t> outpad = c.attr_ints("output_padding", std::vector<int64_t>(nsp, 0));
  if (static_cast<int>(outpad.size()) != nsp || (!strides.empty() && static_cast<int>(strides.size()) != nsp) ||
      (!dil.empty() && static_cast<int>(dil.size()) != nsp))
    c.invalid("strides, dilations and output_padding need one entry per spatial axis");
  const bool upper = c.attr_s("auto_pad", "NOTSET") == "SAME_UPPER";
  std::vector<int64_t> pads(2 * nsp);
  for (int i = 0; i < nsp; ++i) {
    const int64_t total = at(strides, i) * (xs.d[i + 2] - 1) + outpad[i] + (ws.d[i + 2] - 1) * at(dil, i) + 1 - want[i];
    if (total < 0) {
      // Runtimes disagree here (onnxruntime returns the natural size): refuse rather than guess.
      if (from_auto_pad)
        c.unsupported("auto_pad " + c.attr_s("auto_pad", "") + " with a kernel extent below the stride on spatial axis " +
                      std::to_string(i) + " needs negative padding");
      outpad[i] -= total;
      if (outpad[i] >= at(strides, i))
        c.unsupported("an output size " + std::to_string(-total) + " past the natural one on spatial axis " + std::to_string(i) +
                      " needs output_padding beyond the stride");
      continue;
    }
    pads[i] = upper ? total / 2 : total - total / 2;
    pads[i + nsp] = total - pads[i];
  }
  args.emplace_back("pads", pads);
  args.emplace_back("output_padding", outpad);
}

void conv_like(Ctx& c, const char* op, bool transpose) {
  const int x = c.input(0), w = c.input(1);
  check_kernel_shape(c, w);
  std::vector<Arg> args;
  for (const char* a : {"strides", "dilations", "group"}) forward(c, args, a);
  const std::string auto_pad = c.attr_s("auto_pad", "NOTSET");
  if (transpose && (c.has_attr("output_shape") || auto_pad == "SAME_UPPER" || auto_pad == "SAME_LOWER")) {
    output_shape_to_pads(c, x, w, args);
  } else {
    forward(c, args, "pads");
    forward(c, args, "auto_pad");
    if (transpose) forward(c, args, "output_padding");
  }
  std::vector<int> ins{x, w};
  if (c.has_input(2)) ins.push_back(c.input(2));
  c.set_output(0, c.emit1(op, ins, args));
}
void conv(Ctx& c) { conv_like(c, "conv", false); }
void conv_transpose(Ctx& c) { conv_like(c, "conv_transpose", true); }

// ---- pooling ---------------------------------------------------------------------------------

// MaxPool's Indices output, composed: every (output position, tap) pair reads one element of
// x [N, C, S] (S = the flattened spatial size) or a -inf sentinel appended at index S for taps
// in the padding; argmax over the taps (the first maximum, as ONNX) picks the tap, and a table
// maps it to the flat index into x (row-major, or column-major per (n, c) with storage_order 1).
int max_pool_indices(Ctx& c, int x, const Shape& out) {
  const Shape xs = c.shape(x);
  const int nsp = xs.ndim - 2;
  const std::vector<int64_t> ks = c.attr_ints("kernel_shape"), st = c.attr_ints("strides"), dl = c.attr_ints("dilations");
  std::vector<int64_t> pads = c.attr_ints("pads");
  const std::string auto_pad = c.attr_s("auto_pad", "NOTSET");
  const bool col_major = c.attr_i("storage_order", 0) != 0;
  auto at = [](const std::vector<int64_t>& v, int i) { return v.empty() ? int64_t{1} : v[i]; };
  std::vector<int64_t> begin(nsp, 0);
  for (int i = 0; i < nsp; ++i) {
    const int64_t ext = (ks[i] - 1) * at(dl, i) + 1, in = xs.d[i + 2];
    if (auto_pad == "SAME_UPPER" || auto_pad == "SAME_LOWER") {
      const int64_t total = std::max<int64_t>(0, (out.d[i + 2] - 1) * at(st, i) + ext - in);
      begin[i] = auto_pad == "SAME_UPPER" ? total / 2 : total - total / 2;
    } else if (auto_pad == "NOTSET" && !pads.empty()) {
      begin[i] = pads[i];
    }
  }
  int64_t S = 1, P = 1, K = 1;
  for (int i = 0; i < nsp; ++i) {
    S *= xs.d[i + 2];
    P *= out.d[i + 2];
    K *= ks[i];
  }
  if (K <= 0 || P <= 0 || P > (int64_t{1} << 28) / K) c.unsupported("the Indices output is empty or too large to compose");
  std::vector<int64_t> read(static_cast<size_t>(P * K)), flat(static_cast<size_t>(P * K));
  std::vector<int64_t> o(nsp, 0), k(nsp, 0);
  for (int64_t p = 0; p < P; ++p) {
    int64_t rem = p;
    for (int i = nsp - 1; i >= 0; --i) { o[i] = rem % out.d[i + 2]; rem /= out.d[i + 2]; }
    for (int64_t t = 0; t < K; ++t) {
      int64_t r2 = t;
      for (int i = nsp - 1; i >= 0; --i) { k[i] = r2 % ks[i]; r2 /= ks[i]; }
      int64_t row = 0, col = 0, colstride = 1;
      bool inside = true;
      for (int i = 0; i < nsp; ++i) {
        const int64_t pos = o[i] * at(st, i) - begin[i] + k[i] * at(dl, i);
        if (pos < 0 || pos >= xs.d[i + 2]) inside = false;
        row = row * xs.d[i + 2] + pos;
        col += pos * colstride;
        colstride *= xs.d[i + 2];
      }
      read[p * K + t] = inside ? row : S;
      flat[p * K + t] = inside ? (col_major ? col : row) : 0;
    }
  }
  auto table = [&](const std::vector<int64_t>& v) {
    Tensor t = Tensor::empty(DType::Int64, Shape{P, K});
    std::copy(v.begin(), v.end(), t.data_as<int64_t>());
    return c.add_constant(t);
  };
  const int64_t N = xs.d[0], C = xs.d[1];
  const int x3 = c.emit1("reshape", {x}, {Arg("shape", std::vector<int64_t>{N, C, S})});
  const int sentinel = c.emit1("full", {}, {Arg("shape", std::vector<int64_t>{N, C, 1}), Arg("value", -INFINITY), Arg("dtype", c.dtype(x))});
  const int xe = c.emit1("concat", {x3, sentinel}, {Arg("axis", int64_t{2})});
  const int taps = c.emit1("gather", {xe, table(read)}, {Arg("axis", int64_t{2})});  // [N, C, P, K]
  const int best = c.emit1("argmax", {taps}, {Arg("axis", int64_t{3}), Arg("keepdims", true)});  // [N, C, P, 1]
  const int flat_all = c.emit1("expand", {table(flat)}, {Arg("shape", std::vector<int64_t>{N, C, P, K})});
  int idx = c.emit1("gather_elements", {flat_all, best}, {Arg("axis", int64_t{3})});  // [N, C, P, 1]
  // Plus (n * C + c) * S: the index runs over the whole of x.
  Tensor base = Tensor::empty(DType::Int64, Shape{N, C, 1, 1});
  for (int64_t i = 0; i < N * C; ++i) base.data_as<int64_t>()[i] = i * S;
  idx = c.emit1("add", {idx, c.add_constant(base)});
  return c.emit1("reshape", {idx}, {Arg("shape", dims_of(out))});
}

void max_pool(Ctx& c) {
  std::vector<Arg> args;
  for (const char* a : {"kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad"}) forward(c, args, a);
  const int x = c.input(0);
  const DType dt = c.dtype(x);
  // ONNX allows uint8 (opset 12); float32 holds every uint8 exactly.
  const int xf = dt == DType::UInt8 ? c.emit1("cast", {x}, {Arg("dtype", DType::Float32)}) : x;
  const int yf = c.emit1("max_pool", {xf}, args);
  c.set_output(0, xf == x ? yf : c.emit1("cast", {yf}, {Arg("dtype", dt)}));
  if (c.has_output(1)) c.set_output(1, max_pool_indices(c, xf, c.shape(yf)));
}

void avg_pool(Ctx& c) {
  std::vector<Arg> args;
  for (const char* a : {"kernel_shape", "strides", "pads", "dilations", "ceil_mode", "auto_pad", "count_include_pad"}) forward(c, args, a);
  c.set_output(0, c.emit1("avg_pool", {c.input(0)}, args));
}

void global_avg_pool(Ctx& c) { c.set_output(0, c.emit1("global_avg_pool", {c.input(0)})); }
void global_max_pool(Ctx& c) { c.set_output(0, c.emit1("global_max_pool", {c.input(0)})); }

// ---- normalization ---------------------------------------------------------------------------

// Training mode (opset 14+): normalizes with the batch statistics (biased variance) and
// outputs the updated running averages, as ONNX's reference.
void batch_norm_training(Ctx& c) {
  const int x = c.input(0), scale = c.input(1), bias = c.input(2), rmean = c.input(3), rvar = c.input(4);
  const DType dt = c.dtype(x);
  const int r = c.shape(x).ndim;
  if (r < 2) c.invalid("x must have at least 2 dimensions");
  const int64_t ch = c.shape(x).d[1];
  std::vector<int64_t> axes{0};
  for (int i = 2; i < r; ++i) axes.push_back(i);
  const std::vector<Arg> red{Arg("axes", axes), Arg("keepdims", true)};
  const int mean_k = c.emit1("mean", {x}, red);
  const int d = c.emit1("sub", {x, mean_k});
  const int var_k = c.emit1("mean", {c.emit1("mul", {d, d})}, red);
  const int mean = c.emit1("reshape", {mean_k}, {Arg("shape", std::vector<int64_t>{ch})});
  const int var = c.emit1("reshape", {var_k}, {Arg("shape", std::vector<int64_t>{ch})});
  const double eps = c.attr_f("epsilon", 1e-5), momentum = c.attr_f("momentum", 0.9);
  c.set_output(0, c.emit1("batch_norm", {x, scale, bias, mean, var}, {Arg("epsilon", eps)}));
  auto running = [&](int old_v, int batch) {
    return c.emit1("add", {c.emit1("mul", {old_v, const_scalar(c, dt, momentum)}), c.emit1("mul", {batch, const_scalar(c, dt, 1.0 - momentum)})});
  };
  if (c.has_output(1)) c.set_output(1, running(rmean, mean));
  if (c.has_output(2)) c.set_output(2, running(rvar, var));
}

void batch_norm(Ctx& c) {
  if (c.attr_i("training_mode", 0) != 0) {
    batch_norm_training(c);
    return;
  }
  for (int k = 1; k < c.num_outputs(); ++k)
    if (c.has_output(k)) c.unsupported("the running / saved statistics outputs are not supported (inference form only)");
  if (c.opset < 9 && c.attr_i("spatial", 1) == 0) c.unsupported("spatial = 0 (per-activation statistics) is not supported");
  const double eps = c.attr_f("epsilon", 1e-5);
  c.set_output(0, c.emit1("batch_norm", {c.input(0), c.input(1), c.input(2), c.input(3), c.input(4)}, {Arg("epsilon", eps)}));
}

void instance_norm(Ctx& c) {
  c.set_output(0, c.emit1("instance_norm", {c.input(0), c.input(1), c.input(2)}, {Arg("epsilon", c.attr_f("epsilon", 1e-5))}));
}

// LayerNormalization: Y from the registry; Mean and InvStdDev (shape x with the normalized
// axes kept as 1) composed when asked for.
void layer_norm(Ctx& c) {
  const int x = c.input(0);
  const int64_t axis = c.attr_i("axis", -1);
  const double eps = c.attr_f("epsilon", 1e-5);
  const int64_t stash = c.attr_i("stash_type", 1);
  const DType dt = c.dtype(x);
  // Statistics computed in float32 (stash_type 1) equal those in x's dtype for float32 inputs;
  // float64 inputs would need float64 statistics (which the registry computes).
  if (stash != 1 && stash != 11) c.unsupported("stash_type " + std::to_string(stash) + " is not supported");
  c.set_output(0, c.emit1("layer_norm", {x, c.input(1), c.has_input(2) ? c.input(2) : -1}, {Arg("axis", axis), Arg("epsilon", eps)}));
  if (!c.has_output(1) && !c.has_output(2)) return;
  const int r = c.shape(x).ndim;
  const int a = normalize_axis(axis, r, "axis");
  std::vector<int64_t> axes;
  for (int i = a; i < r; ++i) axes.push_back(i);
  const std::vector<Arg> red{Arg("axes", axes), Arg("keepdims", true)};
  const int mean = c.emit1("mean", {x}, red);
  const int d = c.emit1("sub", {x, mean});
  const int var = c.emit1("mean", {c.emit1("mul", {d, d})}, red);
  const int inv = c.emit1("reciprocal", {c.emit1("sqrt", {c.emit1("add", {var, const_scalar(c, dt, eps)})})});
  if (c.has_output(1)) c.set_output(1, mean);
  if (c.has_output(2)) c.set_output(2, inv);
}

void group_norm(Ctx& c) {
  if (!c.has_attr("num_groups")) c.invalid("attribute 'num_groups' is required");
  c.set_output(0, c.emit1("group_norm", {c.input(0), c.input(1), c.input(2)},
                          {Arg("num_groups", c.attr_i("num_groups", 1)), Arg("epsilon", c.attr_f("epsilon", 1e-5))}));
}

void lrn(Ctx& c) {
  if (!c.has_attr("size")) c.invalid("attribute 'size' is required");
  std::vector<Arg> args;
  for (const char* a : {"size", "alpha", "beta", "bias"}) forward(c, args, a);
  c.set_output(0, c.emit1("lrn", {c.input(0)}, args));
}

// MeanVarianceNormalization, as ONNX's function body: (x - E[x]) / (sqrt(E[x^2] - E[x]^2) + 1e-9).
void mvn(Ctx& c) {
  const int x = c.input(0);
  const std::vector<Arg> red{Arg("axes", c.attr_ints("axes", {0, 2, 3})), Arg("keepdims", true)};
  const int mean = c.emit1("mean", {x}, red);
  const int ex2 = c.emit1("mean", {c.emit1("mul", {x, x})}, red);
  const int var = c.emit1("sub", {ex2, c.emit1("mul", {mean, mean})});
  const int sd = c.emit1("add", {c.emit1("sqrt", {var}), const_scalar(c, c.dtype(x), 1e-9)});
  c.set_output(0, c.emit1("div", {c.emit1("sub", {x, mean}), sd}));
}

// ---- dense -----------------------------------------------------------------------------------

void gemm(Ctx& c) {
  std::vector<Arg> args;
  forward(c, args, "alpha");
  forward(c, args, "beta");
  forward(c, args, "transA", "trans_a");
  forward(c, args, "transB", "trans_b");
  std::vector<int> ins{c.input(0), c.input(1)};
  if (c.has_input(2)) ins.push_back(c.input(2));
  c.set_output(0, c.emit1("gemm", ins, args));
}

void matmul(Ctx& c) { c.set_output(0, c.emit1("matmul", {c.input(0), c.input(1)})); }

void prelu(Ctx& c) {
  const int x = c.input(0);
  int slope = c.input(1);
  // Before opset 7 a 1-D slope of C values is per channel (axis 1), not numpy-broadcast from the end.
  const Shape xs = c.shape(x), ss = c.shape(slope);
  if (c.opset < 7 && ss.ndim == 1 && xs.ndim > 2 && ss.d[0] == xs.d[1] && ss.d[0] != 1) {
    std::vector<int64_t> per_channel(static_cast<size_t>(xs.ndim - 1), 1);
    per_channel[0] = ss.d[0];
    slope = c.emit1("reshape", {slope}, {Arg("shape", per_channel)});
  }
  c.set_output(0, c.emit1("prelu", {x, slope}));
}

}  // namespace

void register_nn_converters(std::vector<Converter>& out) {
  add_converters(out, "Conv", 1, conv);
  add_converters(out, "ConvTranspose", 1, conv_transpose);
  add_converters(out, "MaxPool", 1, max_pool);
  add_converters(out, "AveragePool", 1, avg_pool);
  add_converters(out, "GlobalAveragePool", 1, global_avg_pool);
  add_converters(out, "GlobalMaxPool", 1, global_max_pool);
  add_converters(out, "BatchNormalization", 1, batch_norm, "training statistics outputs only with training_mode (opset 14+)");
  add_converters(out, "InstanceNormalization", 1, instance_norm);
  add_converters(out, "LayerNormalization", 17, layer_norm);
  add_converters(out, "GroupNormalization", 18, group_norm);
  add_converters(out, "LRN", 1, lrn);
  add_converters(out, "MeanVarianceNormalization", 9, mvn);
  add_converters(out, "Gemm", 1, gemm);
  add_converters(out, "MatMul", 1, matmul);
  add_converters(out, "PRelu", 1, prelu);
}

}  // namespace tsr::onnx_io
