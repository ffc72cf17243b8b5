// Creation operators: tensors from a shape or a range, no inputs.
#include <cmath>

#include "common.h"
#include "tessera/core/convert.h"
#include "tessera/core/kernels/elementwise.h"

namespace tsr {
namespace {
using ops::attr_shape;

enum { kShape = 0, kDtype = 1 };           // zeros, ones
enum { kFullShape = 0, kFullValue = 1, kFullDtype = 2 };
enum { kStart = 0, kStop = 1, kStep = 2, kRangeDtype = 3 };

void fill(Tensor& t, double v) {
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T x = convert_value<T, double>(v);
    T* p = t.data_as<T>();
    parallel_for(t.numel(), kParallelGrain, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) p[i] = x;
    });
  });
}

void infer_filled(OpCall& c) {
  c.out_shape[0] = attr_shape(c, kShape);
  c.out_dtype[0] = c.dtype(kDtype);
}
void zeros_kernel(OpCall& c) { fill(c.outputs[0], 0); }
void ones_kernel(OpCall& c) { fill(c.outputs[0], 1); }

void infer_full(OpCall& c) {
  c.out_shape[0] = attr_shape(c, kFullShape);
  c.out_dtype[0] = c.dtype(kFullDtype);
  if (!is_floating(c.out_dtype[0]) && !std::isfinite(c.f(kFullValue)))
    c.bad_attr(kFullValue, "value " + std::to_string(c.f(kFullValue)) + " is not representable in " + std::string(dtype_name(c.out_dtype[0])));
}
void full_kernel(OpCall& c) { fill(c.outputs[0], c.f(kFullValue)); }

int64_t range_length(const OpCall& c) {
  const double start = c.f(kStart), stop = c.f(kStop), step = c.f(kStep);
  if (step == 0 || !std::isfinite(step)) c.bad_attr(kStep, "step must be finite and nonzero");
  if (!std::isfinite(start)) c.bad_attr(kStart, "start must be finite");
  if (!std::isfinite(stop)) c.bad_attr(kStop, "stop must be finite");
  const double n = std::ceil((stop - start) / step);
  if (n > 1e12) c.bad_attr(kStop, "the range would hold " + std::to_string(n) + " elements");
  return n > 0 ? static_cast<int64_t>(n) : 0;
}

void infer_arange(OpCall& c) {
  c.out_shape[0] = Shape{range_length(c)};
  c.out_dtype[0] = c.dtype(kRangeDtype);
  if (c.out_dtype[0] == DType::Bool) c.bad_attr(kRangeDtype, "arange cannot produce bool");
}

void arange_kernel(OpCall& c) {
  Tensor& t = c.outputs[0];
  const double start = c.f(kStart), step = c.f(kStep);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* p = t.data_as<T>();
    for (int64_t i = 0; i < t.numel(); ++i) p[i] = convert_value<T, double>(start + static_cast<double>(i) * step);
  });
}

void add_filled(Registry& r, const char* name, const char* summary, KernelFn k, const char* value, Example ex) {
  r.add(OpBuilder(name, "creation", __FILE__)
            .summary(summary)
            .attr_ints("shape", {}, "Dimension sizes of the result.", Meaning::Shape)
            .required()
            .attr_dtype("dtype", DType::Float32, "Element type of the result.")
            .output("y", std::string("A tensor filled with ") + value + ".", kAllTypes)
            .infer(infer_filled)
            .kernel(k)
            .no_gradient("creates a constant; no inputs to differentiate")
            .onnx("ConstantOfShape", 9, std::string("shape becomes an int64 input tensor, value a one-element tensor ") + value)
            .example(std::move(ex))
            .build());
}

}  // namespace

void register_creation_ops(Registry& r) {
  add_filled(r, "zeros", "A tensor of zeros.", zeros_kernel, "0",
             {"2x2 float zeros", {}, {{"shape", "[2, 2]"}}, {T("float32", {2, 2}, {0, 0, 0, 0})}, "hand-derived"});
  add_filled(r, "ones", "A tensor of ones.", ones_kernel, "1",
             {"int64 ones", {}, {{"shape", "[3]"}, {"dtype", "\"int64\""}}, {T("int64", {3}, {1, 1, 1})}, "hand-derived"});

  r.add(OpBuilder("full", "creation", __FILE__)
            .summary("A tensor filled with one value.")
            .attr_ints("shape", {}, "Dimension sizes of the result.", Meaning::Shape)
            .required()
            .attr_float("value", 0, "Fill value, converted to dtype.")
            .required()
            .attr_dtype("dtype", DType::Float32, "Element type of the result.")
            .output("y", "A tensor filled with value.", kAllTypes)
            .infer(infer_full)
            .kernel(full_kernel)
            .no_gradient("creates a constant; no inputs to differentiate")
            .onnx("ConstantOfShape", 9, "shape becomes an int64 input tensor, value a one-element tensor")
            .example({"filled with 7.5", {}, {{"shape", "[2]"}, {"value", "7.5"}}, {T("float32", {2}, {7.5, 7.5})}, "hand-derived"})
            .build());

  r.add(OpBuilder("arange", "creation", __FILE__)
            .summary("Evenly spaced values start, start+step, ... below stop.")
            .doc("Length is ceil((stop - start) / step), or 0 when that is negative; element i is start + i*step "
                 "converted to dtype.")
            .attr_float("start", 0, "First value.")
            .required()
            .attr_float("stop", 0, "End of the range (exclusive).")
            .required()
            .attr_float("step", 1, "Spacing (nonzero; negative counts down).")
            .attr_dtype("dtype", DType::Float32, "Element type of the result (not bool).")
            .output("y", "1-D tensor of the values.", kNumeric)
            .infer(infer_arange)
            .kernel(arange_kernel)
            .no_gradient("creates a constant; no inputs to differentiate")
            .onnx("Range", 11, "start, limit and delta become scalar input tensors")
            .onnx_rename("stop", "limit")
            .onnx_rename("step", "delta")
            .example({"counting down by 1.5", {}, {{"start", "3"}, {"stop", "-1"}, {"step", "-1.5"}},
                      {T("float32", {3}, {3, 1.5, 0})}, "hand-derived"})
            .build());
}

}  // namespace tsr
