// N-d max and average pooling (1-D, 2-D, 3-D; layout N, C, spatial...) and their gradients.
// float32 runs through oneDNN (primitives cached per thread); float64, and the few float32
// configurations oneDNN does not express exactly, through direct loops over the thread pool.
#pragma once
#include <cstdint>

#include "tessera/core/tensor.h"

namespace tsr {

enum class PoolKind { Max, Avg };

struct PoolParams {
  int nsp = 0;  // spatial dimensions, 1..3
  int64_t kernel[3] = {1, 1, 1};
  int64_t stride[3] = {1, 1, 1};
  int64_t dilation[3] = {1, 1, 1};
  int64_t pad_begin[3] = {0, 0, 0};
  int64_t pad_end[3] = {0, 0, 0};  // as given; windows that ceil_mode adds past it see no input
  // Average pooling: divide by the taps inside the padded extent [-pad_begin, in + pad_end)
  // (true) or by the taps inside the input only (false).
  bool count_include_pad = false;
};

// y [N, C, *O] (contiguous; O decided by the caller, e.g. with ceil_mode) = pooled x.
// Max pooling ignores padding; a window without any input element gives the lowest float.
void pool_forward(const Tensor& x, PoolKind kind, const PoolParams& p, Tensor& y);

// dx (x's shape, contiguous) from dy (y's shape). Max pooling routes each dy to the first
// maximum of its window.
void pool_backward(const Tensor& x, const Tensor& dy, PoolKind kind, const PoolParams& p, Tensor& dx);

// For tests: drops this thread's cached oneDNN pooling primitives; returns how many there were.
int pool_cache_clear();

}  // namespace tsr
