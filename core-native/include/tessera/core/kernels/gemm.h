// Matrix products through the tuned BLAS for floats, a blocked loop for integers.
#pragma once
#include "tessera/core/tensor.h"

namespace tsr {

// out[..., n, m] = a[..., n, k] @ b[..., k, m] with broadcast batch dimensions. `a` and `b`
// are at least 2-D here (1-D promotion happens in the operator); `out` is contiguous and has
// the broadcast batch shape.
void batched_matmul(const Tensor& a, const Tensor& b, Tensor& out);

}  // namespace tsr
