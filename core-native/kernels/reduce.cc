#include "tessera/core/kernels/reduce.h"

#include <cmath>
#include <limits>

#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

template <typename T>
using Acc = std::conditional_t<std::is_floating_point_v<T>, T, int64_t>;

template <typename T>
T max_of(T acc, T x) {
  if constexpr (std::is_floating_point_v<T>) {
    return (x > acc || std::isnan(x)) && !std::isnan(acc) ? x : acc;  // NaN wins, as in NumPy
  } else {
    return x > acc ? x : acc;
  }
}

// Reduces `count` elements spaced `stride` apart; the contiguous case vectorizes.
template <typename T>
Acc<T> sum_run(const T* p, int64_t count, int64_t stride) {
  Acc<T> acc = 0;
  if (stride == 1) {
#pragma omp simd reduction(+ : acc)
    for (int64_t i = 0; i < count; ++i) acc += p[i];
  } else {
    for (int64_t i = 0; i < count; ++i) acc += p[i * stride];
  }
  return acc;
}

template <typename T>
T max_run(const T* p, int64_t count, int64_t stride, T acc) {
  for (int64_t i = 0; i < count; ++i) acc = max_of(acc, p[i * stride]);
  return acc;
}

template <typename T>
void reduce_typed(const Tensor& x, const bool* mask, ReduceKind kind, Tensor& out) {
  // Split axes into kept (outer) and reduced (inner) lists; merge the innermost reduced
  // axes when they are contiguous so the common cases become one unit-stride run.
  Shape kept, red;
  int64_t kept_st[kMaxDims], red_st[kMaxDims];
  for (int d = 0; d < x.ndim(); ++d) {
    if (mask[d]) {
      red_st[red.ndim] = x.strides()[d];
      red.push_back(x.dim(d));
    } else {
      kept_st[kept.ndim] = x.strides()[d];
      kept.push_back(x.dim(d));
    }
  }
  while (red.ndim >= 2 && red_st[red.ndim - 2] == red_st[red.ndim - 1] * red.d[red.ndim - 1]) {
    red.d[red.ndim - 2] *= red.d[red.ndim - 1];
    red_st[red.ndim - 2] = red_st[red.ndim - 1];
    red.ndim--;
  }
  const int64_t n_out = kept.numel(), n_red = red.numel();
  const T* base = x.data_as<T>();
  T* po = out.data_as<T>();
  if (kind == ReduceKind::Max && n_red == 0)
    fail(Status::ShapeMismatch, "max over zero elements is undefined (a reduced axis has size 0)", "x");
  const int64_t inner_n = red.ndim ? red.d[red.ndim - 1] : 1;
  const int64_t inner_st = red.ndim ? red_st[red.ndim - 1] : 1;
  const int64_t outer_red = red.ndim ? n_red / std::max<int64_t>(inner_n, 1) : 1;

  auto reduce_one = [&](const T* p) -> T {
    Acc<T> s = 0;
    T m = std::is_floating_point_v<T> ? -std::numeric_limits<T>::infinity() : std::numeric_limits<T>::lowest();
    int64_t idx[kMaxDims] = {};
    for (int64_t r = 0; r < outer_red; ++r) {
      const T* q = p;
      for (int d = 0; d < red.ndim - 1; ++d) q += idx[d] * red_st[d];
      if (kind == ReduceKind::Max) m = max_run(q, inner_n, inner_st, m);
      else s += sum_run(q, inner_n, inner_st);
      for (int d = red.ndim - 2; d >= 0; --d) {
        if (++idx[d] < red.d[d]) break;
        idx[d] = 0;
      }
    }
    if (kind == ReduceKind::Max) return m;
    if (kind == ReduceKind::Mean) {
      if constexpr (std::is_floating_point_v<T>) return static_cast<T>(s / static_cast<T>(n_red));
      else return static_cast<T>(n_red ? s / n_red : 0);
    }
    return static_cast<T>(s);
  };

  if (n_out == 1 && n_red >= 2 * kParallelGrain && red.ndim == 1 && inner_st == 1 && kind != ReduceKind::Max) {
    // One big contiguous run: partial sums per chunk, combined in chunk order.
    constexpr int kMaxChunks = 256;
    Acc<T> partial[kMaxChunks] = {};
    const int64_t chunk = std::max<int64_t>(kParallelGrain, (n_red + kMaxChunks - 1) / kMaxChunks);
    const int64_t nchunks = (n_red + chunk - 1) / chunk;
    parallel_for(nchunks, 1, [&](int64_t b, int64_t e) {
      for (int64_t c = b; c < e; ++c) {
        int64_t lo = c * chunk, hi = std::min(n_red, lo + chunk);
        partial[c] = sum_run(base + lo, hi - lo, 1);
      }
    });
    Acc<T> s = 0;
    for (int64_t c = 0; c < nchunks; ++c) s += partial[c];
    if (kind == ReduceKind::Mean) {
      if constexpr (std::is_floating_point_v<T>) s /= static_cast<T>(n_red);
      else s /= n_red;
    }
    po[0] = static_cast<T>(s);
    return;
  }
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(n_red, 1));
  parallel_for(n_out, grain, [&](int64_t b, int64_t e) {
    int64_t idx[kMaxDims] = {};
    int64_t rem = b;
    for (int d = kept.ndim - 1; d >= 0; --d) {
      idx[d] = rem % kept.d[d];
      rem /= kept.d[d];
    }
    for (int64_t o = b; o < e; ++o) {
      const T* p = base;
      for (int d = 0; d < kept.ndim; ++d) p += idx[d] * kept_st[d];
      po[o] = reduce_one(p);
      for (int d = kept.ndim - 1; d >= 0; --d) {
        if (++idx[d] < kept.d[d]) break;
        idx[d] = 0;
      }
    }
  });
}

}  // namespace

void reduce(const Tensor& x, const bool* mask, ReduceKind kind, Tensor& out) {
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, bool>) {
      fail(Status::DTypeMismatch, "cannot reduce bool tensors", "x");
    } else {
      reduce_typed<T>(x, mask, kind, out);
    }
  });
}

}  // namespace tsr
