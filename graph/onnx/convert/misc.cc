// ONNX converters for constants, casts, creation and the remaining op types.
// Op types whose registry mapping is "exact" with identical inputs and attributes need no entry
// here: the generic converter (converters.cc) handles them.
#include "context.h"

namespace tsr::onnx_io {

void register_misc_converters(std::vector<Converter>& out) { (void)out; }

}  // namespace tsr::onnx_io
