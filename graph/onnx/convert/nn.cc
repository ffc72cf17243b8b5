// ONNX converters for convolution, pooling, normalization, Gemm and the other neural-network op types.
// Op types whose registry mapping is "exact" with identical inputs and attributes need no entry
// here: the generic converter (converters.cc) handles them.
#include "context.h"

namespace tsr::onnx_io {

void register_nn_converters(std::vector<Converter>& out) { (void)out; }

}  // namespace tsr::onnx_io
