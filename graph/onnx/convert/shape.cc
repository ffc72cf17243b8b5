// ONNX converters for shape, layout and indexing op types (Reshape, Transpose, Slice, Gather, ...).
// Op types whose registry mapping is "exact" with identical inputs and attributes need no entry
// here: the generic converter (converters.cc) handles them.
#include "context.h"

namespace tsr::onnx_io {

void register_shape_converters(std::vector<Converter>& out) { (void)out; }

}  // namespace tsr::onnx_io
