// Exporters for registry operators whose ONNX form is more than one node with renamed
// attributes, by family file: tensors.cc (reductions, shape, creation, indexing, clip) and
// nn.cc (convolution, pooling, normalization, dropout, resize, decomposed mappings).
// Everything else goes through the generic exporter in export.cc.
#include "export_util.h"

namespace tsr::onnx_io {

void register_exporters(std::vector<Exporter>& out) {
  register_tensor_exporters(out);
  register_nn_exporters(out);
}

}  // namespace tsr::onnx_io
