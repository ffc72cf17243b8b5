// ONNX converters for element-wise arithmetic, math, logical, comparison and activation op types.
// Op types whose registry mapping is "exact" with identical inputs and attributes need no entry
// here: the generic converter (converters.cc) handles them. The entries below cover the older
// opsets the generic mapping starts after, variadic forms, attributes that became inputs, and
// activations composed from registry operators.
#include <cmath>
#include <limits>

#include "context.h"
#include "convert_helpers.h"

namespace tsr::onnx_io {
namespace {

using helpers::scalar;

// One registry call, inputs positionally, no attributes.
template <const char* kOp>
void direct(Ctx& c) {
  std::vector<int> ins;
  for (int k = 0; k < c.num_inputs(); ++k) ins.push_back(c.input(k));
  c.set_output(0, c.emit1(kOp, ins));
}
constexpr char kWhere[] = "where", kEqual[] = "equal", kLess[] = "less", kGreater[] = "greater", kLessEqual[] = "less_equal",
               kGreaterEqual[] = "greater_equal", kSign[] = "sign", kIsNaN[] = "isnan", kNeg[] = "neg", kAbs[] = "abs", kRelu[] = "relu",
               kExp[] = "exp", kLog[] = "log", kSqrt[] = "sqrt", kTanh[] = "tanh", kSigmoid[] = "sigmoid", kErf[] = "erf", kFloor[] = "floor",
               kCeil[] = "ceil", kReciprocal[] = "reciprocal";

void cast(Ctx& c) {
  if (!c.has_attr("to")) c.invalid("attribute 'to' is required");
  const auto* a = c.attr("to");
  if (a->type() != ::onnx::AttributeProto::INT) c.unsupported("attribute 'to' as a string (opset 1-5) is not supported");
  const DType to = helpers::dtype_attr(c, "to", a->i());
  c.set_output(0, helpers::cast_to(c, c.input(0), to));
}

void cast_like(Ctx& c) { c.set_output(0, helpers::cast_to(c, c.input(0), c.dtype(c.input(1)))); }

// Clip before opset 11: bounds are attributes (defaults: the float32 range).
void clip_attrs(Ctx& c) {
  const double lo = c.attr_f("min", -std::numeric_limits<float>::max());
  const double hi = c.attr_f("max", std::numeric_limits<float>::max());
  const int x = c.input(0);
  if (lo <= hi) {
    c.set_output(0, c.emit1("clip", {x}, {Arg("min", lo), Arg("max", hi)}));
  } else {  // ONNX (like numpy.clip) gives max everywhere when min > max
    c.set_output(0, c.emit1("minimum", {c.emit1("maximum", {x, scalar(c, lo, c.dtype(x))}), scalar(c, hi, c.dtype(x))}));
  }
}

// Clip from opset 11: bounds are optional scalar inputs of x's dtype. Constant bounds become the
// registry clip's attributes; computed ones become maximum/minimum calls.
void clip_inputs(Ctx& c) {
  const int x = c.input(0);
  const bool lo_const = !c.has_input(1) || c.constant(c.input(1));
  const bool hi_const = !c.has_input(2) || c.constant(c.input(2));
  if (lo_const && hi_const) {
    const double inf = std::numeric_limits<double>::infinity();
    const double lo = helpers::optional_scalar(c, 1, -inf), hi = helpers::optional_scalar(c, 2, inf);
    if (std::isnan(lo) || std::isnan(hi)) c.unsupported("NaN bounds are not supported");
    if (lo <= hi) {
      c.set_output(0, c.emit1("clip", {x}, {Arg("min", lo), Arg("max", hi)}));
      return;
    }
  }
  int y = x;
  if (c.has_input(1)) y = c.emit1("maximum", {y, c.input(1)});
  if (c.has_input(2)) y = c.emit1("minimum", {y, c.input(2)});
  c.set_output(0, y);
}

// Add, Sub, Mul, Div, Pow before opset 7: no implicit broadcasting; with broadcast = 1, b is
// broadcast against a with its dimensions starting at `axis` (default: aligned to the end).
// b is reshaped so that NumPy broadcasting lines it up the same way.
int legacy_b(Ctx& c) {
  const int a = c.input(0), b = c.input(1);
  const Shape sa = c.shape(a), sb = c.shape(b);
  if (c.attr_i("broadcast", 0) == 0) {
    if (sa != sb) c.invalid("inputs have shapes " + sa.str() + " and " + sb.str() + " without broadcast = 1");
    return b;
  }
  if (!c.has_attr("axis")) return b;
  int64_t axis = c.attr_i("axis", 0);
  if (axis < 0) axis += sa.ndim;
  if (axis < 0 || axis + sb.ndim > sa.ndim) c.invalid("axis " + std::to_string(c.attr_i("axis", 0)) + " does not fit b " + sb.str() + " into a " + sa.str());
  std::vector<int64_t> d = helpers::dims(sb);
  d.resize(static_cast<size_t>(sa.ndim - axis), 1);  // trailing ones line b up at axis
  return c.emit1("reshape", {b}, {Arg("shape", d)});
}
template <const char* kOp>
void legacy_binary(Ctx& c) {
  c.set_output(0, c.emit1(kOp, {c.input(0), legacy_b(c)}));
}
void legacy_pow(Ctx& c) {
  const int b = legacy_b(c);
  c.set_output(0, c.emit1("pow", {c.input(0), helpers::cast_to(c, b, c.dtype(c.input(0)))}));
}
constexpr char kAdd[] = "add", kSub[] = "sub", kMul[] = "mul", kDiv[] = "div";

// Max, Min, Sum: variadic with broadcasting, folded left over a binary registry operator.
template <const char* kOp>
void variadic(Ctx& c) {
  if (c.num_inputs() == 0) c.invalid("needs at least one input");
  int y = c.input(0);
  for (int k = 1; k < c.num_inputs(); ++k) y = c.emit1(kOp, {y, c.input(k)});
  c.set_output(0, y);
}
constexpr char kMaximum[] = "maximum", kMinimum[] = "minimum";

void mean(Ctx& c) {
  if (c.num_inputs() == 0) c.invalid("needs at least one input");
  int y = c.input(0);
  for (int k = 1; k < c.num_inputs(); ++k) y = c.emit1("add", {y, c.input(k)});
  if (c.num_inputs() > 1) y = c.emit1("div", {y, scalar(c, c.num_inputs(), c.dtype(y))});
  c.set_output(0, y);
}

// Pow: the result has the base's dtype. An integer base with a floating exponent computes in
// the exponent's dtype and casts back (2 ** 0.5 = 1 for an int base); otherwise the exponent
// takes the base's dtype.
void pow_(Ctx& c) {
  const int a = c.input(0), b = c.input(1);
  const DType ta = c.dtype(a), tb = c.dtype(b);
  if (!helpers::is_float(ta) && helpers::is_float(tb)) {
    const int y = c.emit1("pow", {helpers::cast_to(c, a, tb), b});
    c.set_output(0, helpers::cast_to(c, y, ta));
  } else {
    c.set_output(0, c.emit1("pow", {a, helpers::cast_to(c, b, ta)}));
  }
}

void mod(Ctx& c) {
  const int64_t fmod = c.attr_i("fmod", 0);
  if (fmod == 0 && helpers::is_float(c.dtype(c.input(0))))
    c.invalid("fmod = 0 is only defined for integer inputs (set fmod = 1 for floating point)");
  c.set_output(0, c.emit1("mod", {c.input(0), c.input(1)}, {Arg("fmod", fmod != 0)}));
}

// BitShift on uint8 (the only unsigned type the engine has): x * 2^y or x / 2^y.
void bit_shift(Ctx& c) {
  const std::string dir = c.attr_s("direction", "");
  const int x = c.input(0), s = c.input(1);
  if (c.dtype(x) != DType::UInt8 || c.dtype(s) != DType::UInt8) c.unsupported("only uint8 inputs are supported");
  if (dir != "LEFT" && dir != "RIGHT") c.invalid("attribute 'direction' must be LEFT or RIGHT");
  // Computed in int64 (2^y, then the product taken mod 256) so no intermediate wraps early.
  const int p = c.emit1("pow", {scalar(c, 2, DType::Int64), helpers::cast_to(c, s, DType::Int64)});
  const int wide = helpers::cast_to(c, x, DType::Int64);
  int y = dir == "LEFT" ? c.emit1("mod", {c.emit1("mul", {wide, p}), scalar(c, 256, DType::Int64)}, {Arg("fmod", false)})
                        : c.emit1("div", {wide, p});
  c.set_output(0, helpers::cast_to(c, y, DType::UInt8));
}

// ThresholdedRelu: x where x > alpha, else 0.
void thresholded_relu(Ctx& c) {
  const int x = c.input(0);
  const DType t = c.dtype(x);
  const int keep = c.emit1("greater", {x, scalar(c, c.attr_f("alpha", 1.0), t)});
  c.set_output(0, c.emit1("where", {keep, x, scalar(c, 0, t)}));
}

// Shrink: x + bias where x < -lambd, x - bias where x > lambd, else 0.
void shrink(Ctx& c) {
  const int x = c.input(0);
  const DType t = c.dtype(x);
  const double lambd = c.attr_f("lambd", 0.5), bias = c.attr_f("bias", 0.0);
  const int below = c.emit1("less", {x, scalar(c, -lambd, t)});
  const int above = c.emit1("greater", {x, scalar(c, lambd, t)});
  const int up = c.emit1("add", {x, scalar(c, bias, t)});
  const int down = c.emit1("sub", {x, scalar(c, bias, t)});
  c.set_output(0, c.emit1("where", {below, up, c.emit1("where", {above, down, scalar(c, 0, t)})}));
}

// Softmax / LogSoftmax: opset 13+ works along axis (default -1); before, on the 2-D coercion.
template <const char* kOp>
void softmax_13(Ctx& c) {
  c.set_output(0, c.emit1(kOp, {c.input(0)}, {Arg("axis", c.attr_i("axis", -1))}));
}
template <const char* kOp>
void softmax_old(Ctx& c) {
  const int x = c.input(0);
  c.set_output(0, helpers::coerced_2d(c, x, c.attr_i("axis", 1), [&](int v, int64_t axis) { return c.emit1(kOp, {v}, {Arg("axis", axis)}); }));
}
constexpr char kSoftmax[] = "softmax", kLogSoftmax[] = "log_softmax";

// Hardmax: one_hot(argmax(x, axis)) in x's dtype (ties take the first index, as ONNX).
int hardmax_along(Ctx& c, int x, int64_t axis) {
  const Shape s = c.shape(x);
  const int a = normalize_axis(axis, s.ndim, "axis");
  const int idx = c.emit1("argmax", {x}, {Arg("axis", a), Arg("keepdims", false)});
  return c.emit1("one_hot", {idx}, {Arg("depth", s.d[a]), Arg("axis", a), Arg("dtype", c.dtype(x))});
}
void hardmax_13(Ctx& c) { c.set_output(0, hardmax_along(c, c.input(0), c.attr_i("axis", -1))); }
void hardmax_old(Ctx& c) {
  c.set_output(0, helpers::coerced_2d(c, c.input(0), c.attr_i("axis", 1), [&](int v, int64_t axis) { return hardmax_along(c, v, axis); }));
}

void add_range(std::vector<Converter>& out, const char* type, int lo, int hi, ConvertFn fn, const char* note = "") {
  out.push_back(Converter{type, lo, hi, fn, note});
}

}  // namespace

void register_elementwise_converters(std::vector<Converter>& out) {
  add_converters(out, "Cast", 6, cast, "string 'to' (opset 1-5) is not supported");
  add_converters(out, "CastLike", 15, cast_like);
  add_range(out, "Clip", 6, 10, clip_attrs);
  add_converters(out, "Clip", 11, clip_inputs);
  add_converters(out, "Max", 6, variadic<kMaximum>);
  add_converters(out, "Min", 6, variadic<kMinimum>);
  add_converters(out, "Sum", 6, variadic<kAdd>);
  add_converters(out, "Mean", 6, mean);
  add_range(out, "Pow", 1, 6, legacy_pow);
  add_converters(out, "Pow", 7, pow_);
  add_range(out, "Add", 1, 6, legacy_binary<kAdd>);
  add_converters(out, "Add", 7, direct<kAdd>);
  add_range(out, "Sub", 1, 6, legacy_binary<kSub>);
  add_converters(out, "Sub", 7, direct<kSub>);
  add_range(out, "Mul", 1, 6, legacy_binary<kMul>);
  add_converters(out, "Mul", 7, direct<kMul>);
  add_range(out, "Div", 1, 6, legacy_binary<kDiv>);
  add_converters(out, "Div", 7, direct<kDiv>);
  add_converters(out, "Mod", 10, mod);
  add_converters(out, "BitShift", 11, bit_shift, "uint8 only");
  add_converters(out, "Where", 9, direct<kWhere>);
  add_converters(out, "Equal", 7, direct<kEqual>);
  add_converters(out, "Less", 7, direct<kLess>);
  add_converters(out, "Greater", 7, direct<kGreater>);
  add_converters(out, "LessOrEqual", 12, direct<kLessEqual>);
  add_converters(out, "GreaterOrEqual", 12, direct<kGreaterEqual>);
  add_converters(out, "Sign", 9, direct<kSign>);
  // Unary math whose registry mapping starts at the latest opset revision (13 or 14) though the
  // semantics are unchanged since opset 6 (only type lists grew; consumed_inputs before 6).
  add_converters(out, "Neg", 6, direct<kNeg>);
  add_converters(out, "Abs", 6, direct<kAbs>);
  add_converters(out, "Relu", 6, direct<kRelu>);
  add_converters(out, "Exp", 6, direct<kExp>);
  add_converters(out, "Log", 6, direct<kLog>);
  add_converters(out, "Sqrt", 6, direct<kSqrt>);
  add_converters(out, "Tanh", 6, direct<kTanh>);
  add_converters(out, "Sigmoid", 6, direct<kSigmoid>);
  add_converters(out, "Erf", 9, direct<kErf>);
  add_converters(out, "Floor", 6, direct<kFloor>);
  add_converters(out, "Ceil", 6, direct<kCeil>);
  add_converters(out, "Reciprocal", 6, direct<kReciprocal>);
  add_converters(out, "IsNaN", 9, direct<kIsNaN>);
  add_converters(out, "ThresholdedRelu", 10, thresholded_relu);
  add_converters(out, "Shrink", 9, shrink);
  add_range(out, "Softmax", 1, 12, softmax_old<kSoftmax>);
  add_converters(out, "Softmax", 13, softmax_13<kSoftmax>);
  add_range(out, "LogSoftmax", 1, 12, softmax_old<kLogSoftmax>);
  add_converters(out, "LogSoftmax", 13, softmax_13<kLogSoftmax>);
  add_range(out, "Hardmax", 1, 12, hardmax_old);
  add_converters(out, "Hardmax", 13, hardmax_13);
}

}  // namespace tsr::onnx_io
