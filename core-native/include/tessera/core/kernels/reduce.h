// Reductions over a set of axes: sum, mean, max.
#pragma once
#include "tessera/core/tensor.h"

namespace tsr {

enum class ReduceKind { Sum, Mean, Max };

// `reduce_mask[d]` marks reduced axes of `x`; `out` is contiguous with the kept axes in order
// (its keepdims-ness does not matter: it holds numel(kept) elements).
void reduce(const Tensor& x, const bool* reduce_mask, ReduceKind kind, Tensor& out);

}  // namespace tsr
