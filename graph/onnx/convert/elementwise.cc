// ONNX converters for element-wise arithmetic, math, logical, comparison and activation op types.
// Op types whose registry mapping is "exact" with identical inputs and attributes need no entry
// here: the generic converter (converters.cc) handles them.
#include "context.h"

namespace tsr::onnx_io {

void register_elementwise_converters(std::vector<Converter>& out) { (void)out; }

}  // namespace tsr::onnx_io
