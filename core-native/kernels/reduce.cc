#include "tessera/core/kernels/reduce.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

// Integer sums and products wrap modulo 2^64 (defined behaviour), then convert to the dtype.
template <typename T>
using Wide = std::conditional_t<std::is_floating_point_v<T>, T, uint64_t>;

template <typename T>
T max_of(T acc, T x) {
  if constexpr (std::is_floating_point_v<T>) {
    return (x > acc || std::isnan(x)) && !std::isnan(acc) ? x : acc;  // NaN wins, as in NumPy
  } else {
    return x > acc ? x : acc;
  }
}

template <typename T>
T min_of(T acc, T x) {
  if constexpr (std::is_floating_point_v<T>) {
    return (x < acc || std::isnan(x)) && !std::isnan(acc) ? x : acc;
  } else {
    return x < acc ? x : acc;
  }
}

// One reduction kind: accumulator type, identity, per-element step, combination of partial
// results and the final conversion. Log-sum-exp runs as a max pass then a sum-of-exp pass.
template <ReduceKind K, typename T>
struct Op {
  static constexpr bool kExtreme = K == ReduceKind::Max || K == ReduceKind::Min;
  static constexpr bool kProduct = K == ReduceKind::Prod;
  static constexpr bool kAdditive = !kExtreme && !kProduct;
  using A = std::conditional_t<kExtreme, T, Wide<T>>;

  static A init() {
    if constexpr (K == ReduceKind::Max)
      return std::is_floating_point_v<T> ? -std::numeric_limits<T>::infinity() : std::numeric_limits<T>::lowest();
    else if constexpr (K == ReduceKind::Min)
      return std::is_floating_point_v<T> ? std::numeric_limits<T>::infinity() : std::numeric_limits<T>::max();
    else if constexpr (kProduct)
      return A(1);
    else
      return A(0);
  }
  // The value an additive kind sums for one element.
  static A term(T x) {
    if constexpr (K == ReduceKind::L1) {
      if constexpr (std::is_floating_point_v<T>) {
        return std::fabs(x);
      } else {
        const A u = static_cast<A>(x);
        return x < 0 ? A(0) - u : u;
      }
    } else if constexpr (K == ReduceKind::L2 || K == ReduceKind::SumSquare) {
      return static_cast<A>(x) * static_cast<A>(x);
    } else {
      return static_cast<A>(x);
    }
  }
  static A step(A a, T x) {
    if constexpr (K == ReduceKind::Max) return max_of(a, x);
    else if constexpr (K == ReduceKind::Min) return min_of(a, x);
    else if constexpr (kProduct) return a * static_cast<A>(x);
    else return a + term(x);
  }
  static A combine(A a, A b) {
    if constexpr (kExtreme) return step(a, b);
    else if constexpr (kProduct) return a * b;
    else return a + b;
  }
  static T finish(A a, int64_t n) {
    if constexpr (K == ReduceKind::Mean) {
      if constexpr (std::is_floating_point_v<T>) return a / static_cast<T>(n);
      else return static_cast<T>(n ? static_cast<int64_t>(a) / n : 0);
    } else if constexpr (K == ReduceKind::L2) {
      if constexpr (std::is_floating_point_v<T>) return std::sqrt(a);
      else return static_cast<T>(std::sqrt(static_cast<double>(a)));
    } else {
      return static_cast<T>(a);
    }
  }
};

// Folds `n` elements spaced `st` apart into `a`; unit-stride runs of sums and products vectorize.
template <ReduceKind K, typename T>
typename Op<K, T>::A run(const T* p, int64_t n, int64_t st, typename Op<K, T>::A a) {
  using O = Op<K, T>;
  using A = typename O::A;
  if (st == 1) {
    if constexpr (O::kAdditive) {
      A s = 0;
#pragma omp simd reduction(+ : s)
      for (int64_t i = 0; i < n; ++i) s += O::term(p[i]);
      return a + s;
    } else if constexpr (O::kProduct) {
      A s = 1;
#pragma omp simd reduction(* : s)
      for (int64_t i = 0; i < n; ++i) s *= static_cast<A>(p[i]);
      return a * s;
    } else {
      // max/min: a vectorized extreme plus a NaN flag (NaN wins whatever the position).
      T m = a;
      int nan = 0;
      if constexpr (K == ReduceKind::Max) {
#pragma omp simd reduction(max : m) reduction(| : nan)
        for (int64_t i = 0; i < n; ++i) {
          m = p[i] > m ? p[i] : m;
          if constexpr (std::is_floating_point_v<T>) nan |= p[i] != p[i];
        }
      } else {
#pragma omp simd reduction(min : m) reduction(| : nan)
        for (int64_t i = 0; i < n; ++i) {
          m = p[i] < m ? p[i] : m;
          if constexpr (std::is_floating_point_v<T>) nan |= p[i] != p[i];
        }
      }
      if constexpr (std::is_floating_point_v<T>) {
        if (nan || std::isnan(a)) return std::numeric_limits<T>::quiet_NaN();
      }
      return m;
    }
  }
  for (int64_t i = 0; i < n; ++i) a = O::step(a, p[i * st]);
  return a;
}

// sum(exp(x - m)) over a run.
template <typename T>
T exp_run(const T* p, int64_t n, int64_t st, T m) {
  T s = 0;
  if (st == 1) {
#pragma omp simd reduction(+ : s)
    for (int64_t i = 0; i < n; ++i) s += std::exp(p[i] - m);
  } else {
    for (int64_t i = 0; i < n; ++i) s += std::exp(p[i * st] - m);
  }
  return s;
}

// m + log(s), with the non-finite maxima handled first: NaN stays NaN, +inf stays +inf, and
// -inf (all elements -inf, or none) gives -inf.
template <typename T>
T lse_finish(T m, T s) {
  if (!std::isfinite(m)) return m;
  return m + std::log(s);
}

// The reduced axes of x (merged where contiguous) and the kept ones.
struct Plan {
  Shape kept, red;
  int64_t kept_st[kMaxDims], red_st[kMaxDims];
};

Plan make_plan(const Tensor& x, const bool* mask) {
  Plan p;
  for (int d = 0; d < x.ndim(); ++d) {
    if (mask[d]) {
      p.red_st[p.red.ndim] = x.strides()[d];
      p.red.push_back(x.dim(d));
    } else {
      p.kept_st[p.kept.ndim] = x.strides()[d];
      p.kept.push_back(x.dim(d));
    }
  }
  // Merge adjacent reduced axes that form one evenly strided run (innermost first).
  for (int k = p.red.ndim - 2; k >= 0; --k) {
    if (p.red_st[k] == p.red_st[k + 1] * p.red.d[k + 1]) {
      p.red.d[k] *= p.red.d[k + 1];
      p.red_st[k] = p.red_st[k + 1];
      for (int j = k + 1; j + 1 < p.red.ndim; ++j) {
        p.red.d[j] = p.red.d[j + 1];
        p.red_st[j] = p.red_st[j + 1];
      }
      p.red.ndim--;
    }
  }
  return p;
}

// Calls f(q, n, stride) for every innermost run of the reduced axes starting at p.
template <typename T, typename F>
void for_each_run(const Plan& pl, const T* p, F&& f) {
  const Shape& red = pl.red;
  if (red.ndim == 0) {
    f(p, int64_t{1}, int64_t{1});
    return;
  }
  const int64_t inner_n = red.d[red.ndim - 1], inner_st = pl.red_st[red.ndim - 1];
  int64_t outer = 1;
  for (int d = 0; d + 1 < red.ndim; ++d) outer *= red.d[d];
  if (inner_n == 0) return;
  int64_t idx[kMaxDims] = {};
  const T* q = p;
  for (int64_t r = 0; r < outer; ++r) {
    f(q, inner_n, inner_st);
    for (int d = red.ndim - 2; d >= 0; --d) {
      if (++idx[d] < red.d[d]) {
        q += pl.red_st[d];
        break;
      }
      q -= (red.d[d] - 1) * pl.red_st[d];
      idx[d] = 0;
    }
  }
}

// Row path: each output reduces its own set of elements (runs along the innermost reduced axis).
template <ReduceKind K, typename T>
void reduce_rows(const Tensor& x, const Plan& pl, Tensor& out) {
  using O = Op<K, T>;
  const T* base = x.data_as<T>();
  T* po = out.data_as<T>();
  const int64_t n_out = pl.kept.numel(), n_red = pl.red.numel();
  auto reduce_one = [&](const T* p) -> T {
    if constexpr (K == ReduceKind::LogSumExp) {
      T m = Op<ReduceKind::Max, T>::init();
      for_each_run(pl, p, [&](const T* q, int64_t n, int64_t st) { m = run<ReduceKind::Max, T>(q, n, st, m); });
      if (!std::isfinite(m)) return m;
      T s = 0;
      for_each_run(pl, p, [&](const T* q, int64_t n, int64_t st) { s += exp_run(q, n, st, m); });
      return lse_finish(m, s);
    } else {
      typename O::A a = O::init();
      for_each_run(pl, p, [&](const T* q, int64_t n, int64_t st) { a = run<K, T>(q, n, st, a); });
      return O::finish(a, n_red);
    }
  };
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(n_red, 1));
  parallel_for(n_out, grain, [&](int64_t b, int64_t e) {
    int64_t idx[kMaxDims] = {};
    int64_t rem = b;
    for (int d = pl.kept.ndim - 1; d >= 0; --d) {
      idx[d] = rem % pl.kept.d[d];
      rem /= pl.kept.d[d];
    }
    for (int64_t o = b; o < e; ++o) {
      const T* p = base;
      for (int d = 0; d < pl.kept.ndim; ++d) p += idx[d] * pl.kept_st[d];
      po[o] = reduce_one(p);
      for (int d = pl.kept.ndim - 1; d >= 0; --d) {
        if (++idx[d] < pl.kept.d[d]) break;
        idx[d] = 0;
      }
    }
  });
}

// One big contiguous run to a single value: partial results per fixed-size chunk (so the result
// does not depend on the thread count), combined in chunk order.
template <ReduceKind K, typename T>
void reduce_flat(const T* base, int64_t n, T* po) {
  constexpr int kMaxChunks = 256;
  const int64_t chunk = std::max<int64_t>(kParallelGrain, (n + kMaxChunks - 1) / kMaxChunks);
  const int64_t nchunks = (n + chunk - 1) / chunk;
  if constexpr (K == ReduceKind::LogSumExp) {
    T pm[kMaxChunks], ps[kMaxChunks];
    parallel_for(nchunks, 1, [&](int64_t b, int64_t e) {
      for (int64_t c = b; c < e; ++c) {
        const int64_t lo = c * chunk, hi = std::min(n, lo + chunk);
        pm[c] = run<ReduceKind::Max, T>(base + lo, hi - lo, 1, Op<ReduceKind::Max, T>::init());
      }
    });
    T m = Op<ReduceKind::Max, T>::init();
    for (int64_t c = 0; c < nchunks; ++c) m = max_of(m, pm[c]);
    if (!std::isfinite(m)) {
      *po = m;
      return;
    }
    parallel_for(nchunks, 1, [&](int64_t b, int64_t e) {
      for (int64_t c = b; c < e; ++c) {
        const int64_t lo = c * chunk, hi = std::min(n, lo + chunk);
        ps[c] = exp_run(base + lo, hi - lo, 1, m);
      }
    });
    T s = 0;
    for (int64_t c = 0; c < nchunks; ++c) s += ps[c];
    *po = lse_finish(m, s);
  } else {
    using O = Op<K, T>;
    typename O::A partial[kMaxChunks];
    parallel_for(nchunks, 1, [&](int64_t b, int64_t e) {
      for (int64_t c = b; c < e; ++c) {
        const int64_t lo = c * chunk, hi = std::min(n, lo + chunk);
        partial[c] = run<K, T>(base + lo, hi - lo, 1, O::init());
      }
    });
    typename O::A a = O::init();
    for (int64_t c = 0; c < nchunks; ++c) a = O::combine(a, partial[c]);
    *po = O::finish(a, n);
  }
}

// Column path: the innermost axis of x is kept and unit-stride, so every reduced "row" is added
// element-wise into a block of outputs; the inner loop runs across outputs and vectorizes.
constexpr int64_t kColBlock = 256;

template <ReduceKind K, typename T>
void reduce_columns(const Tensor& x, const Plan& pl, Tensor& out) {
  using O = Op<K, T>;
  using A = typename O::A;
  const T* base = x.data_as<T>();
  T* po = out.data_as<T>();
  const int nk = pl.kept.ndim;
  const int64_t inner = pl.kept.d[nk - 1];
  const int64_t rows = pl.kept.numel() / inner;
  const int64_t blocks = (inner + kColBlock - 1) / kColBlock;
  const int64_t n_red = pl.red.numel();
  // The reduced axes as one odometer (all strides, no inner run).
  const Shape& red = pl.red;
  auto walk = [&](const T* p, auto&& row_fn) {
    int64_t idx[kMaxDims] = {};
    const T* q = p;
    for (int64_t r = 0; r < n_red; ++r) {
      row_fn(q);
      for (int d = red.ndim - 1; d >= 0; --d) {
        if (++idx[d] < red.d[d]) {
          q += pl.red_st[d];
          break;
        }
        q -= (red.d[d] - 1) * pl.red_st[d];
        idx[d] = 0;
      }
    }
  };
  auto row_base = [&](int64_t row) {
    const T* p = base;
    for (int d = nk - 2; d >= 0; --d) {
      p += (row % pl.kept.d[d]) * pl.kept_st[d];
      row /= pl.kept.d[d];
    }
    return p;
  };
  const int64_t work = rows * blocks;
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(n_red * std::min(inner, kColBlock), 1));
  parallel_for(work, grain, [&](int64_t b, int64_t e) {
    for (int64_t w = b; w < e; ++w) {
      const int64_t row = w / blocks, j0 = (w % blocks) * kColBlock, m = std::min(kColBlock, inner - j0);
      const T* p = row_base(row) + j0;
      T* o = po + row * inner + j0;
      if constexpr (K == ReduceKind::LogSumExp) {
        T mx[kColBlock], s[kColBlock];
        for (int64_t j = 0; j < m; ++j) {
          mx[j] = Op<ReduceKind::Max, T>::init();
          s[j] = 0;
        }
        walk(p, [&](const T* q) {
          for (int64_t j = 0; j < m; ++j) mx[j] = max_of(mx[j], q[j]);
        });
        walk(p, [&](const T* q) {
          for (int64_t j = 0; j < m; ++j) s[j] += std::isfinite(mx[j]) ? std::exp(q[j] - mx[j]) : T(0);
        });
        for (int64_t j = 0; j < m; ++j) o[j] = lse_finish(mx[j], s[j]);
      } else {
        A acc[kColBlock];
        for (int64_t j = 0; j < m; ++j) acc[j] = O::init();
        walk(p, [&](const T* q) {
#pragma omp simd
          for (int64_t j = 0; j < m; ++j) acc[j] = O::step(acc[j], q[j]);
        });
        for (int64_t j = 0; j < m; ++j) o[j] = O::finish(acc[j], n_red);
      }
    }
  });
}

template <ReduceKind K, typename T>
void reduce_kind(const Tensor& x, const bool* mask, Tensor& out) {
  const Plan pl = make_plan(x, mask);
  const int64_t n_out = pl.kept.numel(), n_red = pl.red.numel();
  if constexpr (K == ReduceKind::Max || K == ReduceKind::Min) {
    if (n_red == 0 && n_out > 0)
      fail(Status::ShapeMismatch,
           std::string(K == ReduceKind::Max ? "max" : "min") + " over zero elements is undefined (a reduced axis has size 0)", "x");
  }
  if constexpr (K == ReduceKind::LogSumExp) {
    if constexpr (!std::is_floating_point_v<T>) {
      fail(Status::DTypeMismatch, "log-sum-exp needs a floating-point tensor", "x");
      return;
    }
  }
  if (n_out == 0) return;
  if constexpr (std::is_floating_point_v<T> || K != ReduceKind::LogSumExp) {
    if (n_out == 1 && pl.red.ndim == 1 && pl.red_st[0] == 1 && n_red >= 2 * kParallelGrain) {
      reduce_flat<K, T>(x.data_as<T>(), n_red, out.data_as<T>());
      return;
    }
    const int nk = pl.kept.ndim;
    const bool columns = n_red > 1 && nk > 0 && !mask[x.ndim() - 1] && x.strides()[x.ndim() - 1] == 1 && pl.kept.d[nk - 1] >= 4;
    if (columns) reduce_columns<K, T>(x, pl, out);
    else reduce_rows<K, T>(x, pl, out);
  }
}

template <typename T>
void reduce_typed(const Tensor& x, const bool* mask, ReduceKind kind, Tensor& out) {
  switch (kind) {
    case ReduceKind::Sum: return reduce_kind<ReduceKind::Sum, T>(x, mask, out);
    case ReduceKind::Mean: return reduce_kind<ReduceKind::Mean, T>(x, mask, out);
    case ReduceKind::Max: return reduce_kind<ReduceKind::Max, T>(x, mask, out);
    case ReduceKind::Min: return reduce_kind<ReduceKind::Min, T>(x, mask, out);
    case ReduceKind::Prod: return reduce_kind<ReduceKind::Prod, T>(x, mask, out);
    case ReduceKind::L1: return reduce_kind<ReduceKind::L1, T>(x, mask, out);
    case ReduceKind::L2: return reduce_kind<ReduceKind::L2, T>(x, mask, out);
    case ReduceKind::LogSumExp: return reduce_kind<ReduceKind::LogSumExp, T>(x, mask, out);
    case ReduceKind::SumSquare: return reduce_kind<ReduceKind::SumSquare, T>(x, mask, out);
  }
}

// Splits x around `axis` into outer x n x inner with the axis and inner strides of x.
struct AxisView {
  int64_t outer = 1, n = 1, inner = 1;
};

AxisView axis_view(const Shape& s, int axis) {
  AxisView v;
  for (int d = 0; d < axis; ++d) v.outer *= s.d[d];
  v.n = s.d[axis];
  for (int d = axis + 1; d < s.ndim; ++d) v.inner *= s.d[d];
  return v;
}

template <typename T, bool = std::is_floating_point_v<T>>
struct ScanAcc { using type = T; };
template <typename T>
struct ScanAcc<T, false> { using type = std::make_unsigned_t<T>; };

template <typename T>
void cumsum_typed(const Tensor& xin, int axis, bool exclusive, bool reverse, Tensor& out) {
  const Tensor x = xin.contiguous();
  const AxisView v = axis_view(x.shape(), axis);
  const T* px = x.data_as<T>();
  T* po = out.data_as<T>();
  if (v.outer * v.n * v.inner == 0) return;
  // Integers accumulate with wrap-around (defined, as unsigned arithmetic).
  using A = typename ScanAcc<T>::type;
  if (v.inner == 1) {
    // Each lane is one contiguous run along the axis.
    const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(v.n, 1));
    parallel_for(v.outer, grain, [&](int64_t b, int64_t e) {
      for (int64_t o = b; o < e; ++o) {
        const T* row = px + o * v.n;
        T* orow = po + o * v.n;
        A acc = 0;
        for (int64_t s = 0; s < v.n; ++s) {
          const int64_t i = reverse ? v.n - 1 - s : s;
          const A next = static_cast<A>(acc + static_cast<A>(row[i]));
          orow[i] = static_cast<T>(exclusive ? acc : next);
          acc = next;
        }
      }
    });
    return;
  }
  const int64_t blocks = (v.inner + kColBlock - 1) / kColBlock;
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(v.n * std::min(v.inner, kColBlock), 1));
  parallel_for(v.outer * blocks, grain, [&](int64_t b, int64_t e) {
    for (int64_t w = b; w < e; ++w) {
      const int64_t o = w / blocks, j0 = (w % blocks) * kColBlock, m = std::min(kColBlock, v.inner - j0);
      A acc[kColBlock];
      for (int64_t j = 0; j < m; ++j) acc[j] = 0;
      for (int64_t s = 0; s < v.n; ++s) {
        const int64_t i = reverse ? v.n - 1 - s : s;
        const T* row = px + (o * v.n + i) * v.inner + j0;
        T* orow = po + (o * v.n + i) * v.inner + j0;
        if (exclusive) {
#pragma omp simd
          for (int64_t j = 0; j < m; ++j) {
            orow[j] = static_cast<T>(acc[j]);
            acc[j] = static_cast<A>(acc[j] + static_cast<A>(row[j]));
          }
        } else {
#pragma omp simd
          for (int64_t j = 0; j < m; ++j) {
            acc[j] = static_cast<A>(acc[j] + static_cast<A>(row[j]));
            orow[j] = static_cast<T>(acc[j]);
          }
        }
      }
    }
  });
}

// True when a should replace the current best b (b at an earlier index along the axis). NaN
// counts as beyond every number; among NaNs the first wins (the last with kLast).
template <typename T, bool kLargest, bool kLast>
inline bool arg_better(T a, T b) {
  bool better = kLargest ? (kLast ? a >= b : a > b) : (kLast ? a <= b : a < b);
  if constexpr (std::is_floating_point_v<T>) {
    const bool an = a != a, bn = b != b;
    better = (better && !bn) || (an && (!bn || kLast));
  }
  return better;
}

// Index of the extreme of a contiguous run: a vectorized pass for the extreme value (and NaN),
// then a scan for its first (or last) position.
template <typename T, bool kLargest, bool kLast>
int64_t arg_run(const T* p, int64_t n) {
  T m = p[0];
  int nan = 0;
  if constexpr (kLargest) {
#pragma omp simd reduction(max : m) reduction(| : nan)
    for (int64_t i = 0; i < n; ++i) {
      m = p[i] > m ? p[i] : m;
      if constexpr (std::is_floating_point_v<T>) nan |= p[i] != p[i];
    }
  } else {
#pragma omp simd reduction(min : m) reduction(| : nan)
    for (int64_t i = 0; i < n; ++i) {
      m = p[i] < m ? p[i] : m;
      if constexpr (std::is_floating_point_v<T>) nan |= p[i] != p[i];
    }
  }
  if constexpr (std::is_floating_point_v<T>) {
    if (nan || m != m) {
      if (kLast) {
        for (int64_t i = n - 1; i >= 0; --i)
          if (p[i] != p[i]) return i;
      }
      for (int64_t i = 0; i < n; ++i)
        if (p[i] != p[i]) return i;
    }
  }
  if (kLast) {
    for (int64_t i = n - 1; i >= 0; --i)
      if (p[i] == m) return i;
  }
  for (int64_t i = 0; i < n; ++i)
    if (p[i] == m) return i;
  return 0;
}

template <typename T, bool kLargest, bool kLast>
void arg_typed(const Tensor& x, int axis, Tensor& out) {
  const AxisView v = axis_view(x.shape(), axis);
  const int64_t st_axis = x.strides()[axis];
  int64_t* po = out.data_as<int64_t>();
  const T* base = x.data_as<T>();
  const Shape& s = x.shape();
  // Outer and inner coordinates of x may be strided: the element offset of (o, 0, j).
  auto offset_of = [&](int64_t o, int64_t j) {
    int64_t off = 0;
    for (int d = s.ndim - 1; d > axis; --d) {
      off += (j % s.d[d]) * x.strides()[d];
      j /= s.d[d];
    }
    for (int d = axis - 1; d >= 0; --d) {
      off += (o % s.d[d]) * x.strides()[d];
      o /= s.d[d];
    }
    return off;
  };
  if (v.inner == 1) {
    const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(v.n, 1));
    parallel_for(v.outer, grain, [&](int64_t b, int64_t e) {
      for (int64_t o = b; o < e; ++o) {
        const T* p = base + offset_of(o, 0);
        if (st_axis == 1) {
          po[o] = arg_run<T, kLargest, kLast>(p, v.n);
        } else {
          int64_t bi = 0;
          for (int64_t i = 1; i < v.n; ++i)
            if (arg_better<T, kLargest, kLast>(p[i * st_axis], p[bi * st_axis])) bi = i;
          po[o] = bi;
        }
      }
    });
    return;
  }
  // Blocks of inner positions that are contiguous in x: compare whole rows, branch-free.
  const bool inner_dense = x.is_contiguous();
  const int64_t blocks = (v.inner + kColBlock - 1) / kColBlock;
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(v.n * std::min(v.inner, kColBlock), 1));
  parallel_for(v.outer * blocks, grain, [&](int64_t b, int64_t e) {
    for (int64_t w = b; w < e; ++w) {
      const int64_t o = w / blocks, j0 = (w % blocks) * kColBlock, m = std::min(kColBlock, v.inner - j0);
      int64_t* oi = po + o * v.inner + j0;
      if (inner_dense) {
        T best[kColBlock];
        const T* p = base + offset_of(o, j0);
        for (int64_t j = 0; j < m; ++j) {
          best[j] = p[j];
          oi[j] = 0;
        }
        for (int64_t i = 1; i < v.n; ++i) {
          const T* q = p + i * st_axis;
#pragma omp simd
          for (int64_t j = 0; j < m; ++j) {
            const bool better = arg_better<T, kLargest, kLast>(q[j], best[j]);
            best[j] = better ? q[j] : best[j];
            oi[j] = better ? i : oi[j];
          }
        }
      } else {
        for (int64_t j = 0; j < m; ++j) {
          const T* p = base + offset_of(o, j0 + j);
          int64_t bi = 0;
          for (int64_t i = 1; i < v.n; ++i)
            if (arg_better<T, kLargest, kLast>(p[i * st_axis], p[bi * st_axis])) bi = i;
          oi[j] = bi;
        }
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

void cumsum(const Tensor& x, int axis, bool exclusive, bool reverse, Tensor& out) {
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, bool>) {
      fail(Status::DTypeMismatch, "cannot cumsum bool tensors", "x");
    } else {
      cumsum_typed<T>(x, axis, exclusive, reverse, out);
    }
  });
}

void arg_reduce(const Tensor& x, int axis, bool largest, bool last, Tensor& out) {
  if (x.dim(axis) == 0) fail(Status::ShapeMismatch, "arg-reduction over an empty axis is undefined", "x");
  if (out.numel() == 0) return;
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if (largest) {
      if (last) arg_typed<T, true, true>(x, axis, out);
      else arg_typed<T, true, false>(x, axis, out);
    } else {
      if (last) arg_typed<T, false, true>(x, axis, out);
      else arg_typed<T, false, false>(x, axis, out);
    }
  });
}

}  // namespace tsr
