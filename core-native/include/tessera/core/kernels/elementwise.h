// Element-wise loops over strided, broadcast operands. Dense same-shape operands take a flat
// loop the compiler vectorizes; anything else walks rows with for_each_row. Large tensors are
// split over the thread pool.
#pragma once
#include <array>
#include <cstdint>

#include "tessera/core/strided_loop.h"
#include "tessera/core/tensor.h"

namespace tsr {

// out[i] = f(a[i]) for tensors of the same shape.
template <typename In, typename Out, typename F>
void map_unary(const Tensor& a, Tensor& out, F f) {
  const int64_t n = out.numel();
  if (a.is_contiguous()) {
    const In* pa = a.data_as<In>();
    Out* po = out.data_as<Out>();
    parallel_for(n, kParallelGrain, [&](int64_t b, int64_t e) {
#pragma omp simd
      for (int64_t i = b; i < e; ++i) po[i] = f(pa[i]);
    });
    return;
  }
  StridedOperands<2> ops;
  ops.base = {static_cast<char*>(out.data()), static_cast<char*>(a.data())};
  broadcast_byte_strides(out, out.shape(), ops.strides[0].data());
  broadcast_byte_strides(a, out.shape(), ops.strides[1].data());
  for_each_row<2>(out.shape(), ops, [&](const std::array<char*, 2>& p, const std::array<int64_t, 2>& st, int64_t n_) {
    Out* po = reinterpret_cast<Out*>(p[0]);
    const char* pa = p[1];
    for (int64_t i = 0; i < n_; ++i) po[i] = f(*reinterpret_cast<const In*>(pa + i * st[1]));
  });
}

// out = f(a, b) with NumPy broadcasting; `out` already has the broadcast shape.
template <typename A, typename B, typename Out, typename F>
void map_binary(const Tensor& a, const Tensor& b, Tensor& out, F f) {
  const int64_t n = out.numel();
  const bool a_dense = a.is_contiguous() && a.shape() == out.shape();
  const bool b_dense = b.is_contiguous() && b.shape() == out.shape();
  Out* po = out.data_as<Out>();
  if (a_dense && b_dense) {
    const A* pa = a.data_as<A>();
    const B* pb = b.data_as<B>();
    parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
#pragma omp simd
      for (int64_t i = lo; i < hi; ++i) po[i] = f(pa[i], pb[i]);
    });
    return;
  }
  if (a_dense && b.numel() == 1) {
    const A* pa = a.data_as<A>();
    const B s = *b.data_as<B>();
    parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
#pragma omp simd
      for (int64_t i = lo; i < hi; ++i) po[i] = f(pa[i], s);
    });
    return;
  }
  if (b_dense && a.numel() == 1) {
    const A s = *a.data_as<A>();
    const B* pb = b.data_as<B>();
    parallel_for(n, kParallelGrain, [&](int64_t lo, int64_t hi) {
#pragma omp simd
      for (int64_t i = lo; i < hi; ++i) po[i] = f(s, pb[i]);
    });
    return;
  }
  StridedOperands<3> ops;
  ops.base = {static_cast<char*>(out.data()), static_cast<char*>(a.data()), static_cast<char*>(b.data())};
  broadcast_byte_strides(out, out.shape(), ops.strides[0].data());
  broadcast_byte_strides(a, out.shape(), ops.strides[1].data());
  broadcast_byte_strides(b, out.shape(), ops.strides[2].data());
  for_each_row<3>(out.shape(), ops, [&](const std::array<char*, 3>& p, const std::array<int64_t, 3>& st, int64_t m) {
    Out* o = reinterpret_cast<Out*>(p[0]);
    const char* pa = p[1];
    const char* pb = p[2];
    if (st[1] == static_cast<int64_t>(sizeof(A)) && st[2] == 0) {
      const A* ra = reinterpret_cast<const A*>(pa);
      const B s = *reinterpret_cast<const B*>(pb);
      for (int64_t i = 0; i < m; ++i) o[i] = f(ra[i], s);
    } else if (st[1] == 0 && st[2] == static_cast<int64_t>(sizeof(B))) {
      const A s = *reinterpret_cast<const A*>(pa);
      const B* rb = reinterpret_cast<const B*>(pb);
      for (int64_t i = 0; i < m; ++i) o[i] = f(s, rb[i]);
    } else {
      for (int64_t i = 0; i < m; ++i)
        o[i] = f(*reinterpret_cast<const A*>(pa + i * st[1]), *reinterpret_cast<const B*>(pb + i * st[2]));
    }
  });
}

// out = f(c, a, b) with broadcasting over three operands (where).
template <typename C, typename T, typename F>
void map_ternary(const Tensor& c, const Tensor& a, const Tensor& b, Tensor& out, F f) {
  StridedOperands<4> ops;
  ops.base = {static_cast<char*>(out.data()), static_cast<char*>(c.data()), static_cast<char*>(a.data()),
              static_cast<char*>(b.data())};
  broadcast_byte_strides(out, out.shape(), ops.strides[0].data());
  broadcast_byte_strides(c, out.shape(), ops.strides[1].data());
  broadcast_byte_strides(a, out.shape(), ops.strides[2].data());
  broadcast_byte_strides(b, out.shape(), ops.strides[3].data());
  for_each_row<4>(out.shape(), ops, [&](const std::array<char*, 4>& p, const std::array<int64_t, 4>& st, int64_t m) {
    T* o = reinterpret_cast<T*>(p[0]);
    for (int64_t i = 0; i < m; ++i)
      o[i] = f(*reinterpret_cast<const C*>(p[1] + i * st[1]), *reinterpret_cast<const T*>(p[2] + i * st[2]),
               *reinterpret_cast<const T*>(p[3] + i * st[3]));
  });
}

}  // namespace tsr
