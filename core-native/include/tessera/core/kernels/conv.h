// N-d convolution (1-D, 2-D, 3-D; layout N, C, spatial...) and its two backward passes.
// float32 runs through oneDNN (primitives cached per thread, keyed by shapes and parameters);
// float64 through direct loops spread over the thread pool (they also serve as the fallback
// when oneDNN declines a configuration).
#pragma once
#include <cstdint>

#include "tessera/core/tensor.h"

namespace tsr {

struct ConvParams {
  int nsp = 0;  // spatial dimensions, 1..3
  int64_t stride[3] = {1, 1, 1};
  int64_t dilation[3] = {1, 1, 1};
  int64_t pad_begin[3] = {0, 0, 0};
  int64_t pad_end[3] = {0, 0, 0};
  int64_t group = 1;
};

// y[N, M, *O] = conv(x[N, C, *S], w[M, C/group, *K]) (+ b[M] when b is non-null). y is
// contiguous with the shape the parameters imply.
void conv_forward(const Tensor& x, const Tensor& w, const Tensor* b, const ConvParams& p, Tensor& y);

// The transpose of conv_forward with respect to x: dx[N, C, *S] from dy[N, M, *O] and
// w[M, C/group, *K]. This is also ConvTranspose's forward pass (its input is dy, its weight
// [C_in, C_out/group, *K] is w read as [M, C/group, *K]); `b` (length C) is added when non-null.
void conv_backward_data(const Tensor& dy, const Tensor& w, const Tensor* b, const ConvParams& p, Tensor& dx);

// The gradient of conv_forward with respect to w: dw[M, C/group, *K] from x[N, C, *S] and
// dy[N, M, *O]; also db[M] = sum of dy over N and space when db is non-null.
void conv_backward_weights(const Tensor& x, const Tensor& dy, const ConvParams& p, Tensor& dw, Tensor* db);

// For tests and benchmarks: drops this thread's cached oneDNN primitives; returns how many
// were cached.
int conv_cache_clear();
// Frees this thread's reordered copies of weights whose tensors are gone (after a model is released).
void conv_drop_dead_weights();

}  // namespace tsr
