// ONNX converters for reductions (Reduce*, ArgMax/ArgMin) and Softmax-like op types.
// Op types whose registry mapping is "exact" with identical inputs and attributes need no entry
// here: the generic converter (converters.cc) handles them.
#include "context.h"

namespace tsr::onnx_io {

void register_reduce_converters(std::vector<Converter>& out) { (void)out; }

}  // namespace tsr::onnx_io
