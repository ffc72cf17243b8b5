// Indexing: gathers and scatters by integer indices, one-hot encoding, top-k selection, the
// positions of nonzero elements and triangular masks.
//
// Index tensors are int32 or int64; negative indices count from the end of their axis. An index
// outside [-size, size) is an InvalidArgument error naming the index input (one_hot alone
// follows ONNX and encodes such an index as all off_value). Indices are validated before any
// parallel work starts, so no kernel throws from a worker thread.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>
#include <vector>

#include "common.h"
#include "tessera/core/convert.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

constexpr DTypeSet kIndexTypes = bit(DType::Int32) | bit(DType::Int64);

std::vector<int64_t> dims(const Shape& s) { return std::vector<int64_t>(s.d, s.d + s.ndim); }

// Calls f with a typed pointer to the elements of a contiguous int32/int64 tensor.
template <typename F>
void with_indices(const Tensor& idx, F&& f) {
  if (idx.dtype() == DType::Int32) f(idx.data_as<int32_t>());
  else f(idx.data_as<int64_t>());
}

template <typename I>
inline int64_t wrap_index(I v, int64_t n) {
  return v < 0 ? static_cast<int64_t>(v) + n : static_cast<int64_t>(v);
}

// "[1, 0, 2]": the multi-index of flat position `flat` in shape s.
std::string position(const Shape& s, int64_t flat) {
  int64_t c[kMaxDims];
  for (int d = s.ndim - 1; d >= 0; --d) {
    c[d] = s.d[d] ? flat % s.d[d] : 0;
    flat = s.d[d] ? flat / s.d[d] : 0;
  }
  std::string out = "[";
  for (int d = 0; d < s.ndim; ++d) out += (d ? ", " : "") + std::to_string(c[d]);
  return out + "]";
}

// Throws InvalidArgument naming input k when an element of idx lies outside [-n, n).
void check_range(const OpCall& c, int k, const Tensor& idx, int64_t n, const std::string& what) {
  with_indices(idx, [&](auto* p) {
    const int64_t count = idx.numel();
    for (int64_t i = 0; i < count; ++i) {
      if (p[i] < -n || p[i] >= n)
        c.bad_input(k, Status::InvalidArgument,
                    c.op->inputs[k].name + position(idx.shape(), i) + " = " + std::to_string(p[i]) + " is out of range for " + what +
                        " of size " + std::to_string(n) + " (valid: " + std::to_string(-n) + ".." + std::to_string(n - 1) + ")");
    }
  });
}

// Copies one element of `size` bytes; constant sizes let the compiler inline the copy.
inline void copy_bytes(char* dst, const char* src, size_t size) {
  switch (size) {
    case 1: std::memcpy(dst, src, 1); break;
    case 4: std::memcpy(dst, src, 4); break;
    case 8: std::memcpy(dst, src, 8); break;
    default: std::memcpy(dst, src, size);
  }
}

struct AxisSplit {
  int64_t outer = 1, n = 1, inner = 1;
};
AxisSplit split_at(const Shape& s, int axis) {
  AxisSplit v;
  for (int d = 0; d < axis; ++d) v.outer *= s.d[d];
  v.n = s.d[axis];
  for (int d = axis + 1; d < s.ndim; ++d) v.inner *= s.d[d];
  return v;
}

// Gradient helpers.
using grad::call;
grad::Arg choice(const char* n, int64_t index) { return grad::Arg{n, AttrType::Enum, index, 0, {}}; }
Tensor zeros_of(const Shape& s, DType t) { return call("zeros", {}, {grad::ints("shape", dims(s)), grad::dtype("dtype", t)}); }
Tensor ones_of(const Shape& s, DType t) { return call("ones", {}, {grad::ints("shape", dims(s)), grad::dtype("dtype", t)}); }

// Scatter reductions (enum order of the `reduction` attribute).
enum Reduction { kRedNone = 0, kRedAdd, kRedMul, kRedMax, kRedMin };
const std::vector<std::string> kReductions = {"none", "add", "mul", "max", "min"};

template <typename T>
inline T combine(T a, T b, int red) {
  switch (red) {
    case kRedAdd:
      if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return static_cast<T>(static_cast<std::make_unsigned_t<T>>(a) + static_cast<std::make_unsigned_t<T>>(b));
      else return static_cast<T>(a + b);
    case kRedMul:
      if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return static_cast<T>(static_cast<std::make_unsigned_t<T>>(a) * static_cast<std::make_unsigned_t<T>>(b));
      else return static_cast<T>(a * b);
    case kRedMax:
      if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
      }
      return a > b ? a : b;
    case kRedMin:
      if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
      }
      return a < b ? a : b;
    default: return b;
  }
}

// ---- gather -------------------------------------------------------------------------------------
enum { kGatherAxis = 0 };

void infer_gather(OpCall& c) {
  const Tensor &x = c.in(0), &idx = c.in(1);
  if (x.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "x must have at least 1 dimension (it is a scalar)");
  const int axis = normalize_axis(c.i(kGatherAxis), x.ndim(), "axis");
  if (x.ndim() - 1 + idx.ndim() > kMaxDims)
    c.bad_input(1, Status::ShapeMismatch, "the result would have " + std::to_string(x.ndim() - 1 + idx.ndim()) + " dimensions (at most 8)");
  Shape s;
  for (int d = 0; d < axis; ++d) s.push_back(x.dim(d));
  for (int d = 0; d < idx.ndim(); ++d) s.push_back(idx.dim(d));
  for (int d = axis + 1; d < x.ndim(); ++d) s.push_back(x.dim(d));
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = s;
}

void gather_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const Tensor idx = c.in(1).contiguous();
  const int axis = normalize_axis(c.i(kGatherAxis), x.ndim(), "axis");
  const AxisSplit v = split_at(x.shape(), axis);
  check_range(c, 1, idx, v.n, "axis " + std::to_string(axis) + " of x");
  const int64_t m = idx.numel();
  const size_t row = static_cast<size_t>(v.inner) * x.itemsize();
  const char* px = static_cast<const char*>(x.data());
  char* po = static_cast<char*>(c.outputs[0].data());
  if (row == 0 || m == 0) return;
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(v.inner, 1));
  with_indices(idx, [&](auto* pi) {
    if (v.inner == 1) {
      // One element per index: a typed loop over the indices of each outer row.
      dispatch_dtype(x.dtype(), [&](auto tag) {
        using T = decltype(tag);
        const T* tx = x.data_as<T>();
        T* to = c.outputs[0].data_as<T>();
        const int64_t rows_grain = std::max<int64_t>(1, kParallelGrain / m);
        parallel_for(v.outer, rows_grain, [&](int64_t b, int64_t e) {
          for (int64_t o = b; o < e; ++o) {
            const T* src = tx + o * v.n;
            T* dst = to + o * m;
            for (int64_t j = 0; j < m; ++j) dst[j] = src[wrap_index(pi[j], v.n)];
          }
        });
      });
      return;
    }
    parallel_for(v.outer * m, grain, [&](int64_t b, int64_t e) {
      int64_t o = b / m, j = b % m;
      for (int64_t r = b; r < e; ++r) {
        copy_bytes(po + r * row, px + (o * v.n + wrap_index(pi[j], v.n)) * row, row);
        if (++j == m) {
          j = 0;
          ++o;
        }
      }
    });
  });
}

// dx = scatter-add of dy into zeros along axis, through scatter_elements on [outer, k, inner].
void gather_grad(GradCtx& g) {
  const Tensor &x = g.in(0), &idx = g.in(1);
  const int axis = normalize_axis(g.i(kGatherAxis), x.ndim(), "axis");
  const AxisSplit v = split_at(x.shape(), axis);
  const int64_t m = idx.numel();
  Tensor dy3 = call("reshape", {g.dy()}, {grad::ints("shape", {v.outer, m, v.inner})});
  Tensor idx3 = call("expand", {call("reshape", {idx}, {grad::ints("shape", {1, m, 1})})}, {grad::ints("shape", {v.outer, m, v.inner})});
  Tensor dx3 = call("scatter_elements", {zeros_of(Shape{v.outer, v.n, v.inner}, x.dtype()), idx3, dy3},
                    {grad::i64("axis", 1), choice("reduction", kRedAdd)});
  g.grad_in[0] = call("reshape", {dx3}, {grad::ints("shape", dims(x.shape()))});
}

// ---- gather_elements / scatter_elements -----------------------------------------------------------
// Both walk the index tensor in lanes along `axis`: a lane fixes every other coordinate, so
// lanes never touch the same element of the data tensor and can run in parallel, while each
// lane applies its updates in index order (deterministic for duplicates).
struct Lanes {
  Shape s;          // index shape
  int axis = 0;
  int64_t count = 0, n = 0;
  int64_t cst[kMaxDims];  // contiguous strides of s
};

Lanes make_lanes(const Shape& s, int axis) {
  Lanes l;
  l.s = s;
  l.axis = axis;
  l.n = s.d[axis];
  l.count = l.n ? s.numel() / l.n : 0;
  contiguous_strides(s, l.cst);
  return l;
}

// Offsets of lane L: in the contiguous index tensor and in a tensor with strides ds (axis 0).
inline void lane_offsets(const Lanes& l, int64_t L, const int64_t* ds, int64_t& ioff, int64_t& doff) {
  ioff = 0;
  doff = 0;
  for (int d = l.s.ndim - 1; d >= 0; --d) {
    if (d == l.axis) continue;
    const int64_t cd = L % l.s.d[d];
    L /= l.s.d[d];
    ioff += cd * l.cst[d];
    doff += cd * ds[d];
  }
}

enum { kElemAxis = 0, kElemReduction = 1 };

// Shared checks: same rank, index dims within the data's (except along axis).
int check_elements_shapes(const OpCall& c, const Tensor& data, const Tensor& idx) {
  if (data.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "data must have at least 1 dimension (it is a scalar)");
  const int axis = normalize_axis(c.i(kElemAxis), data.ndim(), "axis");
  if (idx.ndim() != data.ndim())
    c.bad_input(1, Status::ShapeMismatch, "indices " + idx.shape().str() + " must have the same rank as data " + data.shape().str());
  for (int d = 0; d < data.ndim(); ++d)
    if (d != axis && idx.dim(d) > data.dim(d))
      c.bad_input(1, Status::ShapeMismatch, "indices " + idx.shape().str() + " is larger than data " + data.shape().str() + " in dimension " +
                                                std::to_string(d) + " (only the axis dimension may differ)");
  return axis;
}

void infer_gather_elements(OpCall& c) {
  check_elements_shapes(c, c.in(0), c.in(1));
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(1).shape();
}

void gather_elements_kernel(OpCall& c) {
  const Tensor& data = c.in(0);
  const Tensor idx = c.in(1).contiguous();
  const int axis = normalize_axis(c.i(kElemAxis), data.ndim(), "axis");
  check_range(c, 1, idx, data.dim(axis), "axis " + std::to_string(axis) + " of data");
  const Lanes l = make_lanes(idx.shape(), axis);
  const int64_t n = data.dim(axis), dst = data.strides()[axis], ist = l.cst[axis];
  const size_t isz = data.itemsize();
  const char* pd = static_cast<const char*>(data.data());
  char* po = static_cast<char*>(c.outputs[0].data());
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(l.n, 1));
  with_indices(idx, [&](auto* pi) {
    parallel_for(l.count, grain, [&](int64_t b, int64_t e) {
      for (int64_t L = b; L < e; ++L) {
        int64_t ioff, doff;
        lane_offsets(l, L, data.strides(), ioff, doff);
        for (int64_t i = 0; i < l.n; ++i) {
          const int64_t p = ioff + i * ist;
          copy_bytes(po + p * isz, pd + (doff + wrap_index(pi[p], n) * dst) * isz, isz);
        }
      }
    });
  });
}

void gather_elements_grad(GradCtx& g) {
  g.grad_in[0] = call("scatter_elements", {zeros_of(g.in(0).shape(), g.in(0).dtype()), g.in(1), g.dy()},
                      {grad::i64("axis", g.i(kElemAxis)), choice("reduction", kRedAdd)});
}

void infer_scatter_elements(OpCall& c) {
  const Tensor &data = c.in(0), &idx = c.in(1), &upd = c.in(2);
  ops::require_same_dtype(c, 0, 2);
  check_elements_shapes(c, data, idx);
  if (upd.shape() != idx.shape())
    c.bad_input(2, Status::ShapeMismatch, "updates " + upd.shape().str() + " must have the shape of indices " + idx.shape().str());
  c.out_dtype[0] = data.dtype();
  c.out_shape[0] = data.shape();
}

void scatter_elements_kernel(OpCall& c) {
  const Tensor& data = c.in(0);
  const Tensor idx = c.in(1).contiguous();
  const Tensor upd = c.in(2).contiguous();
  const int axis = normalize_axis(c.i(kElemAxis), data.ndim(), "axis");
  check_range(c, 1, idx, data.dim(axis), "axis " + std::to_string(axis) + " of data");
  Tensor& out = c.outputs[0];
  out.copy_from(data);
  const Lanes l = make_lanes(idx.shape(), axis);
  const int64_t n = data.dim(axis), ost = out.strides()[axis], ist = l.cst[axis];
  const int red = static_cast<int>(c.i(kElemReduction));
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(l.n, 1));
  dispatch_dtype(data.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* pu = upd.data_as<T>();
    T* po = out.data_as<T>();
    with_indices(idx, [&](auto* pi) {
      parallel_for(l.count, grain, [&](int64_t b, int64_t e) {
        for (int64_t L = b; L < e; ++L) {
          int64_t ioff, ooff;
          lane_offsets(l, L, out.strides(), ioff, ooff);
          for (int64_t i = 0; i < l.n; ++i) {
            const int64_t p = ioff + i * ist;
            T& o = po[ooff + wrap_index(pi[p], n) * ost];
            o = combine<T>(o, pu[p], red);
          }
        }
      });
    });
  });
}

// none: updated positions take no gradient from data; add: data passes dy through; mul: each
// factor gets dy times the others; max/min: the winners take dy (ties all receive it).
void scatter_elements_grad(GradCtx& g) {
  const Tensor &data = g.in(0), &idx = g.in(1), &upd = g.in(2);
  const Tensor& dy = g.dy();
  const auto axis = grad::i64("axis", g.i(kElemAxis));
  const int red = static_cast<int>(g.i(kElemReduction));
  auto gather = [&](const Tensor& t) { return call("gather_elements", {t, idx}, {axis}); };
  Tensor zero = grad::scalar(0, data.dtype());
  switch (red) {
    case kRedNone:
      if (g.needs[0]) g.grad_in[0] = call("scatter_elements", {dy, idx, zeros_of(upd.shape(), upd.dtype())}, {axis});
      if (g.needs[2]) g.grad_in[2] = gather(dy);
      break;
    case kRedAdd:
      if (g.needs[0]) g.grad_in[0] = dy;
      if (g.needs[2]) g.grad_in[2] = gather(dy);
      break;
    case kRedMul:
      if (g.needs[0])
        g.grad_in[0] = call("mul", {dy, call("scatter_elements", {ones_of(data.shape(), data.dtype()), idx, upd}, {axis, choice("reduction", kRedMul)})});
      if (g.needs[2]) g.grad_in[2] = call("div", {gather(call("mul", {dy, g.out()})), upd});
      break;
    default: {  // max, min
      if (g.needs[0]) g.grad_in[0] = call("where", {call("equal", {g.out(), data}), dy, zero});
      if (g.needs[2]) g.grad_in[2] = call("where", {call("equal", {gather(g.out()), upd}), gather(dy), zero});
    }
  }
}

// ---- gather_nd / scatter_nd ---------------------------------------------------------------------
enum { kBatchDims = 0 };

// Index tuples along the last axis of idx address dims [b, b + m) of data. Throws naming input
// k for a component out of range.
void check_tuples(const OpCall& c, int k, const Tensor& idx, const Tensor& data, int b) {
  const int64_t m = idx.dim(idx.ndim() - 1);
  if (m == 0) return;
  const int64_t tuples = idx.numel() / m;
  with_indices(idx, [&](auto* p) {
    for (int64_t t = 0; t < tuples; ++t)
      for (int64_t j = 0; j < m; ++j) {
        const int64_t n = data.dim(b + static_cast<int>(j));
        const auto v = p[t * m + j];
        if (v < -n || v >= n)
          c.bad_input(k, Status::InvalidArgument,
                      c.op->inputs[k].name + position(idx.shape(), t * m + j) + " = " + std::to_string(v) + " is out of range for dimension " +
                          std::to_string(b + j) + " of data (size " + std::to_string(n) + ", valid: " + std::to_string(-n) + ".." +
                          std::to_string(n - 1) + ")");
      }
  });
}

void infer_gather_nd(OpCall& c) {
  const Tensor &data = c.in(0), &idx = c.in(1);
  const int b = static_cast<int>(c.i(kBatchDims));
  const int r = data.ndim(), q = idx.ndim();
  if (r == 0) c.bad_input(0, Status::ShapeMismatch, "data must have at least 1 dimension (it is a scalar)");
  if (q == 0) c.bad_input(1, Status::ShapeMismatch, "indices must have at least 1 dimension (its last holds the index tuples)");
  if (b >= std::min(r, q))
    c.bad_attr(kBatchDims, "batch_dims " + std::to_string(b) + " must be smaller than the ranks of data (" + std::to_string(r) + ") and indices (" +
                               std::to_string(q) + ")");
  const int64_t m = idx.dim(q - 1);
  if (m < 1 || m > r - b)
    c.bad_input(1, Status::ShapeMismatch, "the last dimension of indices " + idx.shape().str() + " (tuple length " + std::to_string(m) +
                                              ") must be in 1.." + std::to_string(r - b) + " for data " + data.shape().str() +
                                              " with batch_dims " + std::to_string(b));
  for (int d = 0; d < b; ++d)
    if (idx.dim(d) != data.dim(d))
      c.bad_input(1, Status::ShapeMismatch, "batch dimension " + std::to_string(d) + " differs: indices " + idx.shape().str() + ", data " +
                                                data.shape().str());
  if (q - 1 + r - b - m > kMaxDims) c.bad_input(1, Status::ShapeMismatch, "the result would have more than 8 dimensions");
  Shape s;
  for (int d = 0; d < q - 1; ++d) s.push_back(idx.dim(d));
  for (int d = b + static_cast<int>(m); d < r; ++d) s.push_back(data.dim(d));
  c.out_dtype[0] = data.dtype();
  c.out_shape[0] = s;
}

void gather_nd_kernel(OpCall& c) {
  const Tensor data = c.in(0).contiguous();
  const Tensor idx = c.in(1).contiguous();
  const int b = static_cast<int>(c.i(kBatchDims));
  check_tuples(c, 1, idx, data, b);
  const int r = data.ndim();
  const int64_t m = idx.dim(idx.ndim() - 1);
  int64_t st[kMaxDims];
  contiguous_strides(data.shape(), st);
  int64_t batches = 1, slice = 1;
  for (int d = 0; d < b; ++d) batches *= data.dim(d);
  for (int d = b + static_cast<int>(m); d < r; ++d) slice *= data.dim(d);
  const int64_t block = b > 0 ? st[b - 1] : data.numel();
  const int64_t tuples = idx.numel() / m, per_batch = batches ? tuples / batches : 0;
  const size_t isz = data.itemsize(), bytes = static_cast<size_t>(slice) * isz;
  const char* pd = static_cast<const char*>(data.data());
  char* po = static_cast<char*>(c.outputs[0].data());
  if (bytes == 0 || tuples == 0) return;
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(slice, 1));
  with_indices(idx, [&](auto* pi) {
    parallel_for(tuples, grain, [&](int64_t lo, int64_t hi) {
      for (int64_t t = lo; t < hi; ++t) {
        int64_t off = (t / per_batch) * block;
        for (int64_t j = 0; j < m; ++j) off += wrap_index(pi[t * m + j], data.dim(b + static_cast<int>(j))) * st[b + j];
        std::memcpy(po + t * bytes, pd + off * isz, bytes);
      }
    });
  });
}

// Index tuples extended with the batch coordinates in front, as int64 [..., b + m], so that
// scatter_nd (which has no batch_dims) addresses the same elements.
Tensor full_tuples(const Tensor& idx, int b) {
  Tensor idx64 = call("cast", {idx}, {grad::dtype("dtype", DType::Int64)});
  if (b == 0) return idx64;
  std::vector<Tensor> parts;
  const int q = idx.ndim();
  std::vector<int64_t> target(idx.shape().d, idx.shape().d + q);
  target[q - 1] = 1;
  for (int d = 0; d < b; ++d) {
    std::vector<int64_t> shape(q, 1);
    shape[d] = idx.dim(d);
    Tensor coord = call("arange", {}, {grad::f64("start", 0), grad::f64("stop", static_cast<double>(idx.dim(d))), grad::dtype("dtype", DType::Int64)});
    parts.push_back(call("expand", {call("reshape", {coord}, {grad::ints("shape", shape)})}, {grad::ints("shape", target)}));
  }
  parts.push_back(idx64);
  return grad::call_n("concat", parts, {grad::i64("axis", -1)})[0];
}

void gather_nd_grad(GradCtx& g) {
  const Tensor& data = g.in(0);
  g.grad_in[0] = call("scatter_nd", {zeros_of(data.shape(), data.dtype()), full_tuples(g.in(1), static_cast<int>(g.i(kBatchDims))), g.dy()},
                      {choice("reduction", kRedAdd)});
}

enum { kNdReduction = 0 };

void infer_scatter_nd(OpCall& c) {
  const Tensor &data = c.in(0), &idx = c.in(1), &upd = c.in(2);
  ops::require_same_dtype(c, 0, 2);
  const int r = data.ndim(), q = idx.ndim();
  if (r == 0) c.bad_input(0, Status::ShapeMismatch, "data must have at least 1 dimension (it is a scalar)");
  if (q == 0) c.bad_input(1, Status::ShapeMismatch, "indices must have at least 1 dimension (its last holds the index tuples)");
  const int64_t m = idx.dim(q - 1);
  if (m < 1 || m > r)
    c.bad_input(1, Status::ShapeMismatch, "the last dimension of indices " + idx.shape().str() + " (tuple length " + std::to_string(m) +
                                              ") must be in 1.." + std::to_string(r) + " for data " + data.shape().str());
  Shape want;
  for (int d = 0; d < q - 1; ++d) want.push_back(idx.dim(d));
  for (int d = static_cast<int>(m); d < r; ++d) {
    if (want.ndim == kMaxDims) c.bad_input(2, Status::ShapeMismatch, "updates would need more than 8 dimensions");
    want.push_back(data.dim(d));
  }
  if (upd.shape() != want)
    c.bad_input(2, Status::ShapeMismatch, "updates has shape " + upd.shape().str() + "; indices " + idx.shape().str() + " and data " +
                                              data.shape().str() + " need " + want.str() + " (indices.shape[:-1] + data.shape[m:])");
  c.out_dtype[0] = data.dtype();
  c.out_shape[0] = data.shape();
}

void scatter_nd_kernel(OpCall& c) {
  const Tensor& data = c.in(0);
  const Tensor idx = c.in(1).contiguous();
  const Tensor upd = c.in(2).contiguous();
  check_tuples(c, 1, idx, data, 0);
  Tensor& out = c.outputs[0];
  out.copy_from(data);
  const int64_t m = idx.dim(idx.ndim() - 1);
  int64_t st[kMaxDims];
  contiguous_strides(data.shape(), st);
  int64_t slice = 1;
  for (int d = static_cast<int>(m); d < data.ndim(); ++d) slice *= data.dim(d);
  const int64_t tuples = idx.numel() / m;
  const int red = static_cast<int>(c.i(kNdReduction));
  dispatch_dtype(data.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* pu = upd.data_as<T>();
    T* po = out.data_as<T>();
    with_indices(idx, [&](auto* pi) {
      // Tuples apply in order (duplicates are deterministic); a long slice is split over threads.
      for (int64_t t = 0; t < tuples; ++t) {
        int64_t off = 0;
        for (int64_t j = 0; j < m; ++j) off += wrap_index(pi[t * m + j], data.dim(static_cast<int>(j))) * st[j];
        T* o = po + off;
        const T* u = pu + t * slice;
        parallel_for(slice, kParallelGrain, [&](int64_t lo, int64_t hi) {
          for (int64_t i = lo; i < hi; ++i) o[i] = combine<T>(o[i], u[i], red);
        });
      }
    });
  });
}

void scatter_nd_grad(GradCtx& g) {
  const Tensor &data = g.in(0), &idx = g.in(1), &upd = g.in(2);
  const Tensor& dy = g.dy();
  const int red = static_cast<int>(g.i(kNdReduction));
  auto gather = [&](const Tensor& t) { return call("gather_nd", {t, idx}); };
  Tensor zero = grad::scalar(0, data.dtype());
  switch (red) {
    case kRedNone:
      if (g.needs[0]) g.grad_in[0] = call("scatter_nd", {dy, idx, zeros_of(upd.shape(), upd.dtype())});
      if (g.needs[2]) g.grad_in[2] = gather(dy);
      break;
    case kRedAdd:
      if (g.needs[0]) g.grad_in[0] = dy;
      if (g.needs[2]) g.grad_in[2] = gather(dy);
      break;
    case kRedMul:
      if (g.needs[0])
        g.grad_in[0] = call("mul", {dy, call("scatter_nd", {ones_of(data.shape(), data.dtype()), idx, upd}, {choice("reduction", kRedMul)})});
      if (g.needs[2]) g.grad_in[2] = call("div", {gather(call("mul", {dy, g.out()})), upd});
      break;
    default: {
      if (g.needs[0]) g.grad_in[0] = call("where", {call("equal", {g.out(), data}), dy, zero});
      if (g.needs[2]) g.grad_in[2] = call("where", {call("equal", {gather(g.out()), upd}), gather(dy), zero});
    }
  }
}

// ---- one_hot ------------------------------------------------------------------------------------
enum { kDepth = 0, kOneHotAxis = 1, kOnValue = 2, kOffValue = 3, kOneHotDtype = 4 };

void infer_one_hot(OpCall& c) {
  const Tensor& idx = c.in(0);
  if (idx.ndim() + 1 > kMaxDims) c.bad_input(0, Status::ShapeMismatch, "indices has 8 dimensions; the result would have 9");
  const int axis = normalize_axis(c.i(kOneHotAxis), idx.ndim() + 1, "axis");
  const DType t = c.dtype(kOneHotDtype);
  for (int slot : {kOnValue, kOffValue})
    if (!is_floating(t) && !std::isfinite(c.f(slot)))
      c.bad_attr(slot, std::to_string(c.f(slot)) + " is not representable in " + std::string(dtype_name(t)));
  Shape s;
  for (int d = 0; d < axis; ++d) s.push_back(idx.dim(d));
  s.push_back(c.i(kDepth));
  for (int d = axis; d < idx.ndim(); ++d) s.push_back(idx.dim(d));
  c.out_dtype[0] = t;
  c.out_shape[0] = s;
}

void one_hot_kernel(OpCall& c) {
  const Tensor idx = c.in(0).contiguous();
  const int axis = normalize_axis(c.i(kOneHotAxis), idx.ndim() + 1, "axis");
  const int64_t depth = c.i(kDepth);
  int64_t outer = 1, inner = 1;
  for (int d = 0; d < axis; ++d) outer *= idx.dim(d);
  for (int d = axis; d < idx.ndim(); ++d) inner *= idx.dim(d);
  dispatch_dtype(c.outputs[0].dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T on = convert_value<T, double>(c.f(kOnValue)), off = convert_value<T, double>(c.f(kOffValue));
    T* po = c.outputs[0].data_as<T>();
    with_indices(idx, [&](auto* pi) {
      const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(inner, 1));
      parallel_for(outer * depth, grain, [&](int64_t b, int64_t e) {
        for (int64_t r = b; r < e; ++r) {
          const int64_t o = r / depth, k = r % depth;
          const auto* src = pi + o * inner;
          T* dst = po + r * inner;
          for (int64_t i = 0; i < inner; ++i) dst[i] = wrap_index(src[i], depth) == k ? on : off;
        }
      });
    });
  });
}

// ---- top_k --------------------------------------------------------------------------------------
enum { kK = 0, kTopAxis = 1, kLargest = 2, kSorted = 3 };

void infer_top_k(OpCall& c) {
  const Tensor& x = c.in(0);
  if (x.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "x must have at least 1 dimension (it is a scalar)");
  const int axis = normalize_axis(c.i(kTopAxis), x.ndim(), "axis");
  if (c.i(kK) > x.dim(axis))
    c.bad_attr(kK, "k = " + std::to_string(c.i(kK)) + " exceeds the size " + std::to_string(x.dim(axis)) + " of axis " + std::to_string(axis) +
                       " of x " + x.shape().str());
  Shape s = x.shape();
  s.d[axis] = c.i(kK);
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = s;
  c.out_dtype[1] = DType::Int64;
  c.out_shape[1] = s;
}

// Strict "a ranks before b" on values where NaN is above every number; ties go to the lower index.
template <typename T>
inline bool above(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isnan(a)) return !std::isnan(b);
    if (std::isnan(b)) return false;
  }
  return a > b;
}

void top_k_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const int axis = normalize_axis(c.i(kTopAxis), x.ndim(), "axis");
  const AxisSplit v = split_at(x.shape(), axis);
  const int64_t k = c.i(kK);
  const bool largest = c.b(kLargest), sorted = c.b(kSorted);
  if (k == 0 || v.outer * v.inner == 0) return;
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data_as<T>();
    T* pv = c.outputs[0].data_as<T>();
    int64_t* pi = c.outputs[1].data_as<int64_t>();
    const int64_t grain = std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(v.n, 1));
    parallel_for(v.outer * v.inner, grain, [&](int64_t b, int64_t e) {
      std::vector<int64_t> order(v.n);  // scratch for this chunk of lanes
      for (int64_t lane = b; lane < e; ++lane) {
        const int64_t o = lane / v.inner, j = lane % v.inner;
        const T* base = px + o * v.n * v.inner + j;
        auto before = [&](int64_t a, int64_t bb) {
          const T va = base[a * v.inner], vb = base[bb * v.inner];
          if (largest ? above(va, vb) : above(vb, va)) return true;
          if (largest ? above(vb, va) : above(va, vb)) return false;
          return a < bb;
        };
        for (int64_t i = 0; i < v.n; ++i) order[i] = i;
        if (sorted) {
          std::partial_sort(order.begin(), order.begin() + k, order.end(), before);
        } else {
          if (k < v.n) std::nth_element(order.begin(), order.begin() + (k - 1), order.end(), before);
          std::sort(order.begin(), order.begin() + k);
        }
        for (int64_t t = 0; t < k; ++t) {
          const int64_t at = (o * k + t) * v.inner + j;
          pv[at] = base[order[t] * v.inner];
          pi[at] = order[t];
        }
      }
    });
  });
}

void top_k_grad(GradCtx& g) {
  g.grad_in[0] = call("scatter_elements", {zeros_of(g.in(0).shape(), g.in(0).dtype()), g.out(1), g.dy(0)},
                      {grad::i64("axis", g.i(kTopAxis)), choice("reduction", kRedAdd)});
}

// ---- non_zero -----------------------------------------------------------------------------------
int64_t count_nonzero(const Tensor& x) {
  int64_t total = 0;
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* p = x.data_as<T>();
    for (int64_t i = 0, n = x.numel(); i < n; ++i) total += p[i] != T(0);
  });
  return total;
}

void infer_non_zero(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  c.out_dtype[0] = DType::Int64;
  c.out_shape[0] = Shape{std::max(x.ndim(), 1), count_nonzero(x)};
}

void non_zero_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const Shape s = x.ndim() == 0 ? Shape{1} : x.shape();
  const int nd = s.ndim;
  const int64_t n = x.numel(), nnz = c.out_shape[0].d[1];
  int64_t* po = c.outputs[0].data_as<int64_t>();
  if (nnz == 0) return;
  // Fixed-size chunks: count per chunk, prefix offsets, then each chunk writes its own columns.
  const int64_t chunk = kParallelGrain, nchunks = (n + chunk - 1) / chunk;
  std::vector<int64_t> start(nchunks + 1, 0);
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data_as<T>();
    parallel_for(nchunks, 1, [&](int64_t b, int64_t e) {
      for (int64_t ch = b; ch < e; ++ch) {
        int64_t cnt = 0;
        for (int64_t i = ch * chunk, hi = std::min(n, i + chunk); i < hi; ++i) cnt += px[i] != T(0);
        start[ch + 1] = cnt;
      }
    });
    for (int64_t ch = 0; ch < nchunks; ++ch) start[ch + 1] += start[ch];
    parallel_for(nchunks, 1, [&](int64_t b, int64_t e) {
      for (int64_t ch = b; ch < e; ++ch) {
        int64_t i = ch * chunk, col = start[ch];
        const int64_t hi = std::min(n, i + chunk);
        int64_t coord[kMaxDims];
        int64_t rem = i;
        for (int d = nd - 1; d >= 0; --d) {
          coord[d] = rem % s.d[d];
          rem /= s.d[d];
        }
        for (; i < hi; ++i) {
          if (px[i] != T(0)) {
            for (int d = 0; d < nd; ++d) po[d * nnz + col] = coord[d];
            ++col;
          }
          for (int d = nd - 1; d >= 0; --d) {
            if (++coord[d] < s.d[d]) break;
            coord[d] = 0;
          }
        }
      }
    });
  });
}

// ---- triu / tril --------------------------------------------------------------------------------
enum { kDiag = 0 };

void infer_triangle(OpCall& c) {
  const Tensor& x = c.in(0);
  if (x.ndim() < 2) c.bad_input(0, Status::ShapeMismatch, "x must have at least 2 dimensions (the last two form matrices), got " + x.shape().str());
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = x.shape();
}

template <bool kUpper>
void triangle_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const int64_t rows = x.dim(x.ndim() - 2), cols = x.dim(x.ndim() - 1), k = c.i(kDiag);
  const int64_t total_rows = rows && cols ? x.numel() / cols : 0;  // no division by a zero-size last dim
  if (cols == 0 || total_rows == 0) return;
  const size_t isz = x.itemsize();
  const char* px = static_cast<const char*>(x.data());
  char* po = static_cast<char*>(c.outputs[0].data());
  const int64_t kk = std::clamp<int64_t>(k, -(rows + cols), rows + cols);  // no overflow in i + k
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / cols);
  parallel_for(total_rows, grain, [&](int64_t b, int64_t e) {
    for (int64_t r = b; r < e; ++r) {
      const int64_t i = r % rows;
      // Columns kept: j >= i + k (upper) or j <= i + k (lower).
      const int64_t edge = std::clamp<int64_t>(kUpper ? i + kk : i + kk + 1, 0, cols);
      const char* src = px + r * cols * isz;
      char* dst = po + r * cols * isz;
      if (kUpper) {
        std::memset(dst, 0, edge * isz);
        std::memcpy(dst + edge * isz, src + edge * isz, (cols - edge) * isz);
      } else {
        std::memcpy(dst, src, edge * isz);
        std::memset(dst + edge * isz, 0, (cols - edge) * isz);
      }
    }
  });
}

template <bool kUpper>
void triangle_grad(GradCtx& g) {
  g.grad_in[0] = call(kUpper ? "triu" : "tril", {g.dy()}, {grad::i64("k", g.i(kDiag))});
}

void add_triangle(Registry& r, const char* name, bool upper, KernelFn k, GradFn gfn, Example ex, Example ex2) {
  const std::string keep = upper ? "on and above" : "on and below";
  r.add(OpBuilder(name, "indexing", __FILE__)
            .summary(std::string(upper ? "Upper" : "Lower") + " triangle of the last two dimensions; the rest becomes 0.")
            .doc("Keeps element (i, j) of each matrix when j " + std::string(upper ? ">=" : "<=") + " i + k, i.e. " + keep +
                 " the k-th diagonal (k > 0 above the main diagonal, k < 0 below), and sets the others to 0. Leading "
                 "dimensions are batch dimensions.")
            .input("x", "Input tensor, at least 2-D.", kAllTypes)
            .attr_int("k", 0, "Diagonal offset: 0 is the main diagonal, positive above it, negative below.")
            .output("y", "x with the other triangle zeroed, same shape and dtype.", kAllTypes)
            .infer(infer_triangle)
            .kernel(k)
            .gradient(std::string("dx = ") + name + "(dy, k)", gfn)
            .onnx("Trilu", 14, std::string("upper = ") + (upper ? "1" : "0") + "; k becomes an optional int64 scalar input")
            .example(std::move(ex))
            .example(std::move(ex2))
            .build());
}

}  // namespace

void register_indexing_ops(Registry& r) {
  r.add(OpBuilder("gather", "indexing", __FILE__)
            .summary("Takes slices of x along an axis at the given indices.")
            .doc("y[i0.., j.., k..] = x[i0.., indices[j..], k..]: the result has x's dimensions before axis, then the "
                 "dimensions of indices, then x's dimensions after axis (a scalar index removes the axis). Negative "
                 "indices count from the end; an index outside [-size, size) is an error naming indices.")
            .input("x", "Tensor to take slices from (at least 1-D).", kAllTypes)
            .input("indices", "Positions along axis (any shape).", kIndexTypes, Meaning::Index)
            .attr_int("axis", 0, "Axis of x to index; negative counts from the end.", Meaning::Axis)
            .output("y", "The gathered slices, x's dtype.", kAllTypes)
            .infer(infer_gather)
            .kernel(gather_kernel)
            .gradient("dx = scatter_elements(zeros(x.shape), indices (broadcast), dy, axis, reduction = add)", gather_grad)
            .onnx("Gather", 13)
            .example({"rows of a matrix by a 2x2 index", {T("float32", {3, 2}, {1, 2, 3, 4, 5, 6}), T("int64", {2, 2}, {0, 1, 1, 2})}, {},
                      {T("float32", {2, 2, 2}, {1, 2, 3, 4, 3, 4, 5, 6})}, "hand-derived (ONNX Gather doc example)"})
            .example({"negative column indices", {T("int32", {2, 3}, {1, 2, 3, 4, 5, 6}), T("int32", {2}, {-1, 0})}, {{"axis", "1"}},
                      {T("int32", {2, 2}, {3, 1, 6, 4})}, "hand-derived"})
            .build());

  r.add(OpBuilder("gather_elements", "indexing", __FILE__)
            .summary("Picks one element of data along an axis for every entry of indices.")
            .doc("y[p] = data[p with its axis coordinate replaced by indices[p]]: indices has data's rank, and each "
                 "dimension other than axis at most data's size there; y has the shape of indices. Negative indices "
                 "count from the end. The counterpart of scatter_elements (take_along_axis in NumPy).")
            .input("data", "Tensor to read (at least 1-D).", kAllTypes)
            .input("indices", "Positions along axis, same rank as data.", kIndexTypes, Meaning::Index)
            .attr_int("axis", 0, "Axis the indices run along; negative counts from the end.", Meaning::Axis)
            .output("y", "Selected elements, the shape of indices and data's dtype.", kAllTypes)
            .infer(infer_gather_elements)
            .kernel(gather_elements_kernel)
            .gradient("ddata = scatter_elements(zeros(data.shape), indices, dy, axis, reduction = add)", gather_elements_grad)
            .onnx("GatherElements", 13)
            .example({"along rows", {T("float32", {2, 2}, {1, 2, 3, 4}), T("int64", {2, 2}, {0, 0, 1, 0})}, {{"axis", "1"}},
                      {T("float32", {2, 2}, {1, 1, 4, 3})}, "hand-derived (ONNX GatherElements doc example)"})
            .build());

  r.add(OpBuilder("gather_nd", "indexing", __FILE__)
            .summary("Gathers slices of data addressed by index tuples (the last dimension of indices).")
            .doc("Each row of indices along its last dimension (length m) is a tuple addressing dimensions "
                 "batch_dims..batch_dims+m-1 of data; the result is indices.shape[:-1] + data.shape[batch_dims+m:]. The "
                 "first batch_dims dimensions of indices and data must agree and are matched one to one. Negative "
                 "components count from the end.")
            .input("data", "Tensor to read (at least 1-D).", kAllTypes)
            .input("indices", "Index tuples along the last dimension.", kIndexTypes, Meaning::Index)
            .attr_int_range("batch_dims", 0, 0, kMaxDims, "Number of leading dimensions shared by data and indices.")
            .output("y", "The gathered elements or slices, data's dtype.", kAllTypes)
            .infer(infer_gather_nd)
            .kernel(gather_nd_kernel)
            .gradient("ddata = scatter_nd(zeros(data.shape), [batch coordinates, indices], dy, reduction = add)", gather_nd_grad)
            .onnx("GatherND", 13, "ONNX takes int64 indices only (int32 is cast on export)")
            .example({"elements of a matrix", {T("int32", {2, 2}, {0, 1, 2, 3}), T("int64", {2, 2}, {0, 0, 1, 1})}, {},
                      {T("int32", {2}, {0, 3})}, "hand-derived (ONNX GatherND doc example 1)"})
            .example({"rows per batch", {T("float32", {2, 2, 2}, {0, 1, 2, 3, 4, 5, 6, 7}), T("int64", {2, 1}, {1, 0})}, {{"batch_dims", "1"}},
                      {T("float32", {2, 2}, {2, 3, 4, 5})}, "hand-derived (ONNX GatherND doc example 5)"})
            .build());

  r.add(OpBuilder("scatter_elements", "indexing", __FILE__)
            .summary("Copy of data with updates written at positions given per element by indices along an axis.")
            .doc("y = data, then for every position p of indices: y[p with its axis coordinate replaced by indices[p]] "
                 "= updates[p] (reduction none) or combined with it (add, mul, max, min). indices and updates share "
                 "one shape of data's rank. Updates apply in index order, so with reduction none the last duplicate "
                 "wins. Integer add/mul wrap around; max/min propagate NaN.")
            .input("data", "Initial values (at least 1-D).", kAllTypes)
            .input("indices", "Positions along axis, same rank as data.", kIndexTypes, Meaning::Index)
            .input("updates", "Values to write, the shape of indices and data's dtype.", kAllTypes)
            .attr_int("axis", 0, "Axis the indices run along; negative counts from the end.", Meaning::Axis)
            .attr_enum("reduction", kReductions, "none", "How an update combines with the value already there.")
            .output("y", "Updated copy of data.", kAllTypes)
            .infer(infer_scatter_elements)
            .kernel(scatter_elements_kernel)
            .gradient("none: ddata = dy with written positions 0, dupdates = gather_elements(dy); add: ddata = dy; mul: ddata = dy * "
                      "scatter(1, updates, mul), dupdates = gather(dy * y) / updates; max/min: to the winners",
                      scatter_elements_grad)
            .onnx("ScatterElements", 18)
            .example({"rows replaced", {T("float32", {3, 3}, {0, 0, 0, 0, 0, 0, 0, 0, 0}), T("int64", {2, 3}, {1, 0, 2, 0, 2, 1}),
                                        T("float32", {2, 3}, {1.0, 1.1, 1.2, 2.0, 2.1, 2.2})},
                      {}, {T("float32", {3, 3}, {2.0, 1.1, 0.0, 1.0, 0.0, 2.2, 0.0, 2.1, 1.2})}, "hand-derived (ONNX ScatterElements doc example 1)"})
            .example({"along a row", {T("float32", {1, 5}, {1, 2, 3, 4, 5}), T("int64", {1, 2}, {1, 3}), T("float32", {1, 2}, {1.1, 2.1})},
                      {{"axis", "1"}}, {T("float32", {1, 5}, {1, 1.1, 3, 2.1, 5})}, "hand-derived (ONNX ScatterElements doc example 2)"})
            .example({"duplicates add up", {T("float32", {1, 5}, {1, 2, 3, 4, 5}), T("int64", {1, 2}, {1, 1}), T("float32", {1, 2}, {1.1, 2.1})},
                      {{"axis", "1"}, {"reduction", "\"add\""}}, {T("float32", {1, 5}, {1, 5.2, 3, 4, 5})}, "hand-derived"})
            .example({"max of duplicates", {T("float32", {1, 5}, {1, 2, 3, 4, 5}), T("int64", {1, 2}, {1, 1}), T("float32", {1, 2}, {1.1, 2.1})},
                      {{"axis", "1"}, {"reduction", "\"max\""}}, {T("float32", {1, 5}, {1, 2.1, 3, 4, 5})}, "hand-derived"})
            .build());

  r.add(OpBuilder("scatter_nd", "indexing", __FILE__)
            .summary("Copy of data with slices written at positions given by index tuples.")
            .doc("y = data, then for every tuple t (the last dimension of indices, length m) the slice y[t] = "
                 "updates[...] (reduction none) or combined with it (add, mul, max, min). updates has shape "
                 "indices.shape[:-1] + data.shape[m:]. Tuples apply in order, so with reduction none the last "
                 "duplicate wins; negative components count from the end.")
            .input("data", "Initial values (at least 1-D).", kAllTypes)
            .input("indices", "Index tuples along the last dimension.", kIndexTypes, Meaning::Index)
            .input("updates", "Slices to write, data's dtype.", kAllTypes)
            .attr_enum("reduction", kReductions, "none", "How an update combines with the value already there.")
            .output("y", "Updated copy of data.", kAllTypes)
            .infer(infer_scatter_nd)
            .kernel(scatter_nd_kernel)
            .gradient("none: ddata = dy with written slices 0, dupdates = gather_nd(dy); add: ddata = dy; mul/max/min as scatter_elements",
                      scatter_nd_grad)
            .onnx("ScatterND", 18, "ONNX takes int64 indices only (int32 is cast on export)")
            .example({"single elements", {T("int32", {8}, {1, 2, 3, 4, 5, 6, 7, 8}), T("int64", {4, 1}, {4, 3, 1, 7}), T("int32", {4}, {9, 10, 11, 12})},
                      {}, {T("int32", {8}, {1, 11, 3, 10, 9, 6, 7, 12})}, "hand-derived (ONNX ScatterND doc example 1)"})
            .example({"duplicates add up", {T("int32", {4}, {1, 2, 3, 4}), T("int64", {3, 1}, {1, 1, 3}), T("int32", {3}, {10, 20, 30})},
                      {{"reduction", "\"add\""}}, {T("int32", {4}, {1, 32, 3, 34})}, "hand-derived"})
            .build());

  r.add(OpBuilder("one_hot", "indexing", __FILE__)
            .summary("One-hot encoding: a new axis of length depth holding on_value at each index, off_value elsewhere.")
            .doc("The result has indices' shape with a dimension of size depth inserted at axis. Negative indices in "
                 "[-depth, -1] count from the end; as in ONNX, an index outside [-depth, depth) gives a row of "
                 "off_value (no error).")
            .input("indices", "Class positions (any shape).", kIndexTypes, Meaning::Index)
            .attr_int_range("depth", 1, 1, int64_t{1} << 40, "Number of classes (length of the new axis).")
            .required()
            .attr_int("axis", -1, "Where the new axis goes in the result; -1 appends it.", Meaning::Axis)
            .attr_float("on_value", 1, "Value at the index.")
            .attr_float("off_value", 0, "Value everywhere else.")
            .attr_dtype("dtype", DType::Float32, "Element type of the result.")
            .output("y", "The encoding, dtype as requested.", kAllTypes)
            .infer(infer_one_hot)
            .kernel(one_hot_kernel)
            .no_gradient("the output does not depend differentiably on the integer indices")
            .onnx("OneHot", 11, "depth becomes a scalar input and [off_value, on_value] a two-element values input whose dtype sets the output dtype")
            .example({"classes, with a negative index", {T("int64", {3}, {0, 2, -1})}, {{"depth", "3"}},
                      {T("float32", {3, 3}, {1, 0, 0, 0, 0, 1, 0, 0, 1})}, "hand-derived"})
            .example({"custom values, out of range, first axis", {T("int32", {2}, {1, 5})},
                      {{"depth", "3"}, {"axis", "0"}, {"on_value", "5"}, {"off_value", "-1"}, {"dtype", "\"int32\""}},
                      {T("int32", {3, 2}, {-1, -1, 5, -1, -1, -1})}, "hand-derived"})
            .build());

  r.add(OpBuilder("top_k", "indexing", __FILE__)
            .summary("The k largest (or smallest) elements along an axis and their indices.")
            .doc("Equal values keep index order (the lower index first), so results are deterministic; NaN ranks above "
                 "every number. With sorted the k results are ordered from the most extreme; without it they come in "
                 "index order.")
            .input("x", "Input tensor (at least 1-D).", kNumeric)
            .attr_int_range("k", 1, 0, int64_t{1} << 53, "How many elements to take (at most the axis size).")
            .required()
            .attr_int("axis", -1, "Axis to select along; negative counts from the end.", Meaning::Axis)
            .attr_bool("largest", true, "Take the largest elements (false: the smallest).")
            .attr_bool("sorted", true, "Order the results from the most extreme (false: by index).")
            .output("values", "The selected elements; x's shape with axis of size k.", kNumeric)
            .output("indices", "Their int64 positions along axis.", bit(DType::Int64), Meaning::Index)
            .infer(infer_top_k)
            .kernel(top_k_kernel)
            .gradient("dx = scatter_elements(zeros(x.shape), indices, dvalues, axis, reduction = add)", top_k_grad)
            .onnx("TopK", 11, "k becomes a one-element int64 input tensor")
            .example({"largest per row", {T("float32", {3, 4}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})}, {{"k", "3"}},
                      {T("float32", {3, 3}, {3, 2, 1, 7, 6, 5, 11, 10, 9}), T("int64", {3, 3}, {3, 2, 1, 3, 2, 1, 3, 2, 1})},
                      "hand-derived (ONNX TopK doc example)"})
            .example({"smallest with ties", {T("int32", {5}, {3, 1, 3, 1, 2})}, {{"k", "3"}, {"largest", "false"}},
                      {T("int32", {3}, {1, 1, 2}), T("int64", {3}, {1, 3, 4})}, "hand-derived"})
            .build());

  r.add(OpBuilder("non_zero", "indexing", __FILE__)
            .summary("Indices of the nonzero elements, one row per dimension.")
            .doc("The result is int64 [ndim, count] in row-major order of the elements (like numpy.nonzero stacked); a "
                 "scalar counts as 1-D. Its shape depends on the data, so it is known only when the operator runs. "
                 "NaN counts as nonzero.")
            .input("x", "Input tensor.", kAllTypes)
            .output("indices", "int64 [max(ndim, 1), count] coordinates of the nonzero elements.", bit(DType::Int64), Meaning::Index)
            .data_dependent_shape()
            .infer(infer_non_zero)
            .kernel(non_zero_kernel)
            .no_gradient("the result is integer positions")
            .onnx("NonZero", 13)
            .example({"a 2x2 mask", {T("bool", {2, 2}, {1, 0, 1, 1})}, {}, {T("int64", {2, 3}, {0, 1, 1, 0, 0, 1})}, "hand-derived (ONNX NonZero doc example)"})
            .build());

  add_triangle(r, "triu", true, triangle_kernel<true>, triangle_grad<true>,
               {"main diagonal", {T("float32", {3, 4}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})}, {},
                {T("float32", {3, 4}, {1, 2, 3, 4, 0, 6, 7, 8, 0, 0, 11, 12})}, "hand-derived"},
               {"one below the diagonal", {T("int32", {3, 4}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})}, {{"k", "-1"}},
                {T("int32", {3, 4}, {1, 2, 3, 4, 5, 6, 7, 8, 0, 10, 11, 12})}, "hand-derived"});
  add_triangle(r, "tril", false, triangle_kernel<false>, triangle_grad<false>,
               {"main diagonal", {T("float32", {3, 4}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})}, {},
                {T("float32", {3, 4}, {1, 0, 0, 0, 5, 6, 0, 0, 9, 10, 11, 0})}, "hand-derived"},
               {"one above the diagonal", {T("int32", {3, 4}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})}, {{"k", "1"}},
                {T("int32", {3, 4}, {1, 2, 0, 0, 5, 6, 7, 0, 9, 10, 11, 12})}, "hand-derived"});
}

}  // namespace tsr
