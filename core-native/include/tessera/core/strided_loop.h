// Walks an N-d index space over several operands with their own strides, handing the innermost
// dimension to a kernel as (pointers, inner strides, count). Broadcast dimensions have stride 0.
// Splits the outer index space over the thread pool for large tensors.
#pragma once
#include <array>
#include <cstdint>

#include "tessera/core/shape.h"
#include "tessera/core/tensor.h"
#include "tessera/core/thread_pool.h"

namespace tsr {

template <int N>
struct StridedOperands {
  std::array<char*, N> base;
  std::array<std::array<int64_t, kMaxDims>, N> strides;  // in bytes
  std::array<size_t, N> itemsize;
};

// Byte strides of `t` viewed at `out_shape` under broadcasting (t's shape must broadcast to it).
inline void broadcast_byte_strides(const Tensor& t, const Shape& out_shape, int64_t* out) {
  int off = out_shape.ndim - t.ndim();
  for (int i = 0; i < out_shape.ndim; ++i) {
    int j = i - off;
    out[i] = (j < 0 || t.dim(j) == 1) ? 0 : t.strides()[j] * static_cast<int64_t>(t.itemsize());
  }
}

// Calls inner(ptrs, inner_strides_in_bytes, count) for every row of the innermost dimension.
template <int N, typename Inner>
void for_each_row(const Shape& shape, const StridedOperands<N>& ops, Inner&& inner) {
  const int nd = shape.ndim;
  if (nd == 0) {
    std::array<int64_t, N> st{};
    inner(ops.base, st, int64_t{1});
    return;
  }
  const int64_t inner_n = shape.d[nd - 1];
  int64_t rows = 1;
  for (int i = 0; i < nd - 1; ++i) rows *= shape.d[i];
  if (inner_n == 0 || rows == 0) return;
  std::array<int64_t, N> inner_st;
  for (int k = 0; k < N; ++k) inner_st[k] = ops.strides[k][nd - 1];
  auto run = [&](int64_t r0, int64_t r1) {
    // Decompose the first row index into outer coordinates, then step like an odometer.
    int64_t idx[kMaxDims] = {};
    int64_t rem = r0;
    for (int i = nd - 2; i >= 0; --i) {
      idx[i] = rem % shape.d[i];
      rem /= shape.d[i];
    }
    std::array<char*, N> p;
    for (int k = 0; k < N; ++k) {
      p[k] = ops.base[k];
      for (int i = 0; i < nd - 1; ++i) p[k] += idx[i] * ops.strides[k][i];
    }
    for (int64_t r = r0; r < r1; ++r) {
      inner(p, inner_st, inner_n);
      for (int i = nd - 2; i >= 0; --i) {
        if (++idx[i] < shape.d[i]) {
          for (int k = 0; k < N; ++k) p[k] += ops.strides[k][i];
          break;
        }
        idx[i] = 0;
        for (int k = 0; k < N; ++k) p[k] -= (shape.d[i] - 1) * ops.strides[k][i];
      }
    }
  };
  // Grain in rows so that each chunk holds about kParallelGrain elements.
  int64_t grain = kParallelGrain / inner_n;
  if (grain < 1) grain = 1;
  parallel_for(rows, grain, run);
}

}  // namespace tsr
