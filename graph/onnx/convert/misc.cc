// ONNX converters for creation, selection and loss op types whose ONNX form takes as inputs
// what the registry takes as attributes (Range, OneHot, TopK, Trilu, Dropout), plus EyeLike and
// the class losses with per-class weights (composed from the unweighted registry losses), and
// Det of small matrices.
#include <algorithm>
#include <limits>

#include "context.h"
#include "convert_helpers.h"

namespace tsr::onnx_io {
namespace {

using helpers::scalar;

int64_t one_int(Ctx& c, int k, const char* what) {
  const auto v = c.ints_of(c.input(k));
  if (v.size() != 1) c.invalid(std::string(what) + " must hold one value, got " + std::to_string(v.size()));
  return v[0];
}

double one_float(Ctx& c, int k, const char* what) {
  const auto v = c.floats_of(c.input(k));
  if (v.size() != 1) c.invalid(std::string(what) + " must hold one value, got " + std::to_string(v.size()));
  return v[0];
}

void range(Ctx& c) {
  const DType t = c.dtype(c.input(0));
  if (t == DType::Bool || t == DType::UInt8) c.unsupported("Range of " + std::string(dtype_name(t)) + " is not supported");
  const double start = one_float(c, 0, "start"), limit = one_float(c, 1, "limit"), delta = one_float(c, 2, "delta");
  if (delta == 0) c.invalid("delta must not be 0");
  c.set_output(0, c.emit1("arange", {}, {Arg("start", start), Arg("stop", limit), Arg("step", delta), Arg("dtype", t)}));
}

// OneHot: depth a scalar input, values [off, on] whose dtype is the result's. Float indices are
// truncated to integers (ONNX accepts any numeric index type).
void one_hot(Ctx& c) {
  int idx = c.input(0);
  if (!(c.dtype(idx) == DType::Int32 || c.dtype(idx) == DType::Int64)) idx = c.emit1("cast", {idx}, {Arg("dtype", DType::Int64)});
  const int64_t depth = static_cast<int64_t>(one_float(c, 1, "depth"));
  if (depth < 1) c.invalid("depth must be at least 1, got " + std::to_string(depth));
  const auto values = c.floats_of(c.input(2));
  if (values.size() != 2) c.invalid("values must hold [off_value, on_value], got " + std::to_string(values.size()) + " elements");
  c.set_output(0, c.emit1("one_hot", {idx}, {Arg("depth", depth), Arg("axis", c.attr_i("axis", -1)), Arg("off_value", values[0]),
                                            Arg("on_value", values[1]), Arg("dtype", c.dtype(c.input(2)))}));
}

void top_k(Ctx& c) {
  const int64_t k = c.opset < 10 ? c.attr_i("k", -1) : one_int(c, 1, "k");
  if (k < 0) c.invalid("k must be given and non-negative");
  auto outs = c.emit("top_k", {c.input(0)}, {Arg("k", k), Arg("axis", c.attr_i("axis", -1)), Arg("largest", c.attr_i("largest", 1) != 0),
                                             Arg("sorted", c.attr_i("sorted", 1) != 0)});
  c.set_output(0, outs[0]);
  c.set_output(1, outs[1]);
}

void trilu(Ctx& c) {
  const int64_t k = c.has_input(1) ? one_int(c, 1, "k") : 0;
  c.set_output(0, c.emit1(c.attr_i("upper", 1) ? "triu" : "tril", {c.input(0)}, {Arg("k", k)}));
}

// Dropout: inference (and training with ratio 0) passes x through with an all-true mask.
// Training with ratio > 0 (the opset 12+ training_mode input) calls the registry's dropout with
// the node's seed: a valid random mask, reproducible in Tessera for a nonzero seed, but not the
// draws of another runtime's generator. Before opset 7 is_test defaults to 0 (training), yet
// exporters of that era wrote such nodes into inference graphs; like other runtimes, the
// importer treats them as inference.
void dropout(Ctx& c) {
  const int x = c.input(0);
  double ratio = c.attr_f("ratio", 0.5);
  bool training = false;
  if (c.opset >= 12) {
    ratio = c.has_input(1) ? one_float(c, 1, "ratio") : 0.5;
    training = c.has_input(2) && one_int(c, 2, "training_mode") != 0;
  }
  if (training && ratio != 0) {
    if (!helpers::is_float(c.dtype(x))) c.unsupported("training-mode dropout needs a float32 or float64 input");
    auto outs = c.emit("dropout", {x}, {Arg("ratio", ratio), Arg("training", true), Arg("seed", c.attr_i("seed", 0))});
    c.set_output(0, outs[0]);
    c.set_output(1, outs[1]);
    return;
  }
  c.set_output(0, x);
  if (c.has_output(1)) {
    // The mask is bool from opset 10, x's dtype before.
    const DType mt = c.opset < 10 ? c.dtype(x) : DType::Bool;
    c.set_output(1, c.emit1("ones", {}, {Arg("shape", helpers::dims(c.shape(x))), Arg("dtype", mt)}));
  }
}

// EyeLike: ones on diagonal k of a 2-D tensor shaped like the input.
void eye_like(Ctx& c) {
  const Shape s = c.shape(c.input(0));
  if (s.ndim != 2) c.invalid("input must be 2-D, got shape " + s.str());
  const DType t = c.has_attr("dtype") ? helpers::dtype_attr(c, "dtype", c.attr_i("dtype", 1)) : c.dtype(c.input(0));
  const int64_t k = c.attr_i("k", 0);
  Tensor e = Tensor::zeros(DType::Float64, s);
  for (int64_t i = 0; i < s.d[0]; ++i)
    if (i + k >= 0 && i + k < s.d[1]) e.data_as<double>()[i * s.d[1] + i + k] = 1;
  c.set_output(0, helpers::cast_to(c, c.add_constant(e), t));
}

// Det for matrices up to 3x3 by the Leibniz formula (sum over permutations of signed products of
// x[..., i, p(i)]); larger ones would need an LU decomposition the registry does not have.
void det(Ctx& c) {
  const int x = c.input(0);
  const Shape s = c.shape(x);
  if (s.ndim < 2 || s.d[s.ndim - 1] != s.d[s.ndim - 2]) c.invalid("input must be [..., n, n], got shape " + s.str());
  const int64_t n = s.d[s.ndim - 1];
  if (n < 1 || n > 3) c.unsupported("only 1x1, 2x2 and 3x3 matrices are supported (got " + std::to_string(n) + "x" + std::to_string(n) + ")");
  if (!helpers::is_float(c.dtype(x))) c.invalid("input must be float32 or float64");
  auto at = [&](int64_t i, int64_t j) {
    const int row = c.emit1("gather", {x, scalar(c, static_cast<double>(i), DType::Int64)}, {Arg("axis", -2)});
    return c.emit1("gather", {row, scalar(c, static_cast<double>(j), DType::Int64)}, {Arg("axis", -1)});
  };
  std::vector<int64_t> p(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) p[i] = i;
  int sum = -1;
  do {
    int inversions = 0;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = i + 1; j < n; ++j) inversions += p[i] > p[j];
    int term = at(0, p[0]);
    for (int64_t i = 1; i < n; ++i) term = c.emit1("mul", {term, at(i, p[i])});
    if (sum < 0) sum = inversions % 2 ? c.emit1("neg", {term}) : term;
    else sum = c.emit1(inversions % 2 ? "sub" : "add", {sum, term});
  } while (std::next_permutation(p.begin(), p.end()));
  c.set_output(0, sum);
}

// NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss. The registry losses have no per-class
// weights, so a weighted loss is the registry's per-element loss ("none") times weight[label]
// (0 where the label is ignored), summed, and for "mean" divided by the sum of those weights.
void class_loss(Ctx& c, const char* op) {
  const std::string reduction = c.attr_s("reduction", "mean");
  if (reduction != "mean" && reduction != "sum" && reduction != "none") c.invalid("reduction must be mean, sum or none, got '" + reduction + "'");
  // Without ignore_index in ONNX no label is ignored; the registry always ignores one value, so
  // pick one no valid label can take.
  const bool has_ignore = c.has_attr("ignore_index");
  const int64_t ignore = has_ignore ? c.attr_i("ignore_index", 0) : std::numeric_limits<int64_t>::min();
  const int x = c.input(0), labels = c.input(1);
  const bool softmax = std::string(op) == "softmax_cross_entropy";
  if (!c.has_input(2)) {
    auto outs = c.emit(op, {x, labels}, {Arg("reduction", reduction), Arg("ignore_index", ignore)});
    c.set_output(0, outs[0]);
    if (softmax) c.set_output(1, outs[1]);
    return;
  }
  const int w = c.input(2);
  const DType t = c.dtype(x), lt = c.dtype(labels);
  if (c.dtype(w) != t) c.invalid("weights must have the input's dtype");
  auto outs = c.emit(op, {x, labels}, {Arg("reduction", "none"), Arg("ignore_index", ignore)});
  int safe = labels, counted = -1;
  if (has_ignore) {  // ignored labels may lie outside [0, C): gather at 0 and zero the weight
    counted = c.emit1("logical_not", {c.emit1("equal", {labels, scalar(c, static_cast<double>(ignore), lt)})});
    safe = c.emit1("where", {counted, labels, scalar(c, 0, lt)});
  }
  int wl = c.emit1("gather", {w, safe}, {Arg("axis", 0)});
  if (counted >= 0) wl = c.emit1("where", {counted, wl, scalar(c, 0, t)});
  int loss = c.emit1("mul", {outs[0], wl});
  if (reduction != "none") {
    loss = c.emit1("sum", {loss}, {Arg("axes", std::vector<int64_t>{}), Arg("keepdims", false)});
    if (reduction == "mean") loss = c.emit1("div", {loss, c.emit1("sum", {wl}, {Arg("axes", std::vector<int64_t>{}), Arg("keepdims", false)})});
  }
  c.set_output(0, loss);
  if (softmax) c.set_output(1, outs[1]);
}
void nll_loss(Ctx& c) { class_loss(c, "nll_loss"); }
void sce_loss(Ctx& c) { class_loss(c, "softmax_cross_entropy"); }

}  // namespace

void register_misc_converters(std::vector<Converter>& out) {
  add_converters(out, "Range", 11, range);
  add_converters(out, "OneHot", 9, one_hot);
  add_converters(out, "TopK", 1, top_k);
  add_converters(out, "Trilu", 14, trilu);
  add_converters(out, "Dropout", 1, dropout);
  add_converters(out, "EyeLike", 9, eye_like);
  add_converters(out, "Det", 11, det, "matrices up to 3x3");
  add_converters(out, "NegativeLogLikelihoodLoss", 12, nll_loss);
  add_converters(out, "SoftmaxCrossEntropyLoss", 12, sce_loss);
}

}  // namespace tsr::onnx_io
