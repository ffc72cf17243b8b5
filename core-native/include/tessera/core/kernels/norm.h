// Normalization kernels: batch normalization (inference form), row normalization (layer norm;
// also the core of instance and group normalization), a per-channel affine pass, and local
// response normalization across channels with its gradient. float32 runs through oneDNN
// (primitives cached per thread); float64 through loops over the thread pool.
#pragma once
#include <cstdint>

#include "tessera/core/tensor.h"

namespace tsr {

// y = (x - mean[c]) / sqrt(var[c] + eps) * scale[c] + bias[c] for x [N, C, ...] (channel axis 1);
// the four vectors have C elements. y is contiguous with x's shape.
void batch_norm_inference(const Tensor& x, const Tensor& scale, const Tensor& bias, const Tensor& mean, const Tensor& var,
                          double eps, Tensor& y);

// x viewed as `rows` contiguous rows of `len` elements: each row becomes (x - mean) /
// sqrt(var + eps) (biased variance), then * scale[j] + shift[j] where given (len elements each).
void row_norm(const Tensor& x, int64_t rows, int64_t len, const Tensor* scale, const Tensor* shift, double eps, Tensor& y);

// In place on contiguous y [N, C, inner]: y = y * scale[c] + bias[c] (either may be null).
void channel_affine(Tensor& y, int64_t channels, const Tensor* scale, const Tensor* bias);

// Across-channel LRN on x [N, C, ...]: y = x / (bias + alpha / size * sum of x^2 over channels
// c - floor((size-1)/2) .. c + ceil((size-1)/2))^beta (ONNX LRN).
void lrn_forward(const Tensor& x, int64_t size, double alpha, double beta, double bias, Tensor& y);
// dx (x's shape, contiguous) from dy.
void lrn_backward(const Tensor& x, const Tensor& dy, int64_t size, double alpha, double beta, double bias, Tensor& dx);

// For tests: drops this thread's cached oneDNN normalization primitives; returns how many.
int norm_cache_clear();

}  // namespace tsr
