// Layout operators: rank changes (flatten, squeeze, unsqueeze) and broadcasting (expand) as views
// that share x's storage; tile, pad, split (a variadic output of views) and the block
// rearrangements depth_to_space / space_to_depth.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "common.h"
#include "tessera/core/convert.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

using grad::call;

std::vector<int64_t> dims(const Shape& s) { return std::vector<int64_t>(s.d, s.d + s.ndim); }

Tensor reshape_to(const Tensor& t, const Shape& s) { return call("reshape", {t}, {grad::ints("shape", dims(s))}); }
void reshape_back_grad(GradCtx& g) { g.grad_in[0] = reshape_to(g.dy(), g.in(0).shape()); }

// ---- flatten ------------------------------------------------------------------------------------
enum { kFlattenAxis = 0 };

int flatten_axis(const OpCall& c) {
  const int r = c.in(0).ndim();
  const int64_t a = c.i(kFlattenAxis);
  if (a < -r || a > r)
    c.bad_attr(kFlattenAxis, "axis " + std::to_string(a) + " is out of range for a tensor of " + std::to_string(r) + " dimensions (valid: " +
                                 std::to_string(-r) + ".." + std::to_string(r) + ")");
  return static_cast<int>(a < 0 ? a + r : a);
}

void infer_flatten(OpCall& c) {
  const Tensor& x = c.in(0);
  const int a = flatten_axis(c);
  int64_t rows = 1, cols = 1;
  for (int d = 0; d < a; ++d) rows *= x.dim(d);
  for (int d = a; d < x.ndim(); ++d) cols *= x.dim(d);
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = Shape{rows, cols};
}

void reshape_view_kernel(OpCall& c) { c.outputs[0] = c.in(0).reshape(c.out_shape[0]); }

// ---- squeeze / unsqueeze ------------------------------------------------------------------------
enum { kSqueezeAxes = 0 };

// Marks the axes to remove: the listed ones (each must have size 1) or every size-1 axis.
void squeeze_mask(const OpCall& c, bool* drop) {
  const Tensor& x = c.in(0);
  const AttrValue& axes = c.attrs[kSqueezeAxes];
  for (int d = 0; d < x.ndim(); ++d) drop[d] = axes.count == 0 && x.dim(d) == 1;
  for (int64_t k = 0; k < axes.count; ++k) {
    const int d = normalize_axis(axes.ints[k], x.ndim(), "axes");
    if (drop[d]) c.bad_attr(kSqueezeAxes, "axis " + std::to_string(axes.ints[k]) + " appears twice");
    if (x.dim(d) != 1)
      c.bad_attr(kSqueezeAxes, "axis " + std::to_string(axes.ints[k]) + " has size " + std::to_string(x.dim(d)) + " in x " + x.shape().str() +
                                   "; only size-1 axes can be squeezed");
    drop[d] = true;
  }
}

void infer_squeeze(OpCall& c) {
  bool drop[kMaxDims];
  squeeze_mask(c, drop);
  Shape s;
  for (int d = 0; d < c.in(0).ndim(); ++d)
    if (!drop[d]) s.push_back(c.in(0).dim(d));
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = s;
}

void squeeze_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  bool drop[kMaxDims];
  squeeze_mask(c, drop);
  int64_t st[kMaxDims];
  int n = 0;
  for (int d = 0; d < x.ndim(); ++d)
    if (!drop[d]) st[n++] = x.strides()[d];
  c.outputs[0] = x.as_strided(c.out_shape[0], st, x.offset());
}

enum { kUnsqueezeAxes = 0 };

// Marks the new size-1 axes of the result (axes count in the result's rank).
int unsqueeze_mask(const OpCall& c, bool* added) {
  const Tensor& x = c.in(0);
  const AttrValue& axes = c.attrs[kUnsqueezeAxes];
  const int64_t out_rank = x.ndim() + axes.count;
  if (axes.count == 0) c.bad_attr(kUnsqueezeAxes, "give at least one axis to insert");
  if (out_rank > kMaxDims)
    c.bad_attr(kUnsqueezeAxes, "the result would have " + std::to_string(out_rank) + " dimensions (at most 8)");
  const int r = static_cast<int>(out_rank);
  for (int d = 0; d < r; ++d) added[d] = false;
  for (int64_t k = 0; k < axes.count; ++k) {
    const int d = normalize_axis(axes.ints[k], r, "axes");
    if (added[d]) c.bad_attr(kUnsqueezeAxes, "axis " + std::to_string(axes.ints[k]) + " appears twice");
    added[d] = true;
  }
  return r;
}

void infer_unsqueeze(OpCall& c) {
  bool added[kMaxDims];
  const int r = unsqueeze_mask(c, added);
  Shape s;
  for (int d = 0, j = 0; d < r; ++d) s.push_back(added[d] ? 1 : c.in(0).dim(j++));
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = s;
}

void unsqueeze_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  bool added[kMaxDims];
  const int r = unsqueeze_mask(c, added);
  int64_t st[kMaxDims];
  for (int d = 0, j = 0; d < r; ++d) st[d] = added[d] ? 0 : x.strides()[j++];
  c.outputs[0] = x.as_strided(c.out_shape[0], st, x.offset());
}

// ---- expand -------------------------------------------------------------------------------------
enum { kExpandShape = 0 };

void infer_expand(OpCall& c) {
  const Shape target = ops::attr_shape(c, kExpandShape);
  try {
    c.out_shape[0] = broadcast_shapes(c.in(0).shape(), target, "shape");
  } catch (Error& e) {
    c.bad_attr(kExpandShape, e.what());
  }
  // The view allocates nothing, but its element count must still be representable.
  unsigned __int128 n = 1;
  for (int d = 0; d < c.out_shape[0].ndim; ++d) {
    n *= static_cast<uint64_t>(c.out_shape[0].d[d]);
    if (n > (static_cast<unsigned __int128>(1) << 62)) c.bad_attr(kExpandShape, "the result " + c.out_shape[0].str() + " has too many elements");
  }
  c.out_dtype[0] = c.in(0).dtype();
}

// A view: broadcast dimensions get stride 0, so nothing is copied.
void expand_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  const Shape& s = c.out_shape[0];
  int64_t st[kMaxDims];
  const int lead = s.ndim - x.ndim();
  for (int d = 0; d < s.ndim; ++d) {
    const int j = d - lead;
    st[d] = (j < 0 || (x.dim(j) == 1 && s.d[d] != 1)) ? 0 : x.strides()[j];
  }
  c.outputs[0] = x.as_strided(s, st, x.offset());
}

void expand_grad(GradCtx& g) { g.grad_in[0] = grad::unbroadcast(g.dy(), g.in(0).shape()); }

// ---- tile ---------------------------------------------------------------------------------------
enum { kRepeats = 0 };

void infer_tile(OpCall& c) {
  const Tensor& x = c.in(0);
  const AttrValue& r = c.attrs[kRepeats];
  if (r.count != x.ndim())
    c.bad_attr(kRepeats, "repeats has " + std::to_string(r.count) + " entries but x has " + std::to_string(x.ndim()) + " dimensions");
  Shape s;
  for (int d = 0; d < x.ndim(); ++d) {
    if (r.ints[d] < 0) c.bad_attr(kRepeats, "repeats[" + std::to_string(d) + "] is negative (" + std::to_string(r.ints[d]) + ")");
    if (r.ints[d] > 0 && x.dim(d) > std::numeric_limits<int64_t>::max() / r.ints[d])
      c.bad_attr(kRepeats, "dimension " + std::to_string(d) + " would overflow");
    s.push_back(x.dim(d) * r.ints[d]);
  }
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = s;
}

void tile_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  Tensor& out = c.outputs[0];
  const size_t isz = x.itemsize();
  if (out.numel() == 0) return;
  if (x.ndim() == 0) {
    std::memcpy(out.data(), x.data(), isz);
    return;
  }
  const Tensor xc = x.contiguous();
  const int nd = x.ndim();
  const int64_t w = x.dim(nd - 1), ow = out.dim(nd - 1);
  const int64_t rows = out.numel() / ow;
  int64_t xst[kMaxDims];
  contiguous_strides(x.shape(), xst);
  const char* px = static_cast<const char*>(xc.data());
  char* po = static_cast<char*>(out.data());
  const int64_t grain = std::max<int64_t>(1, kParallelGrain / ow);
  parallel_for(rows, grain, [&](int64_t b, int64_t e) {
    for (int64_t row = b; row < e; ++row) {
      // Source row: each output coordinate modulo the input's size.
      int64_t rem = row, off = 0;
      for (int d = nd - 2; d >= 0; --d) {
        off += ((rem % out.dim(d)) % x.dim(d)) * xst[d];
        rem /= out.dim(d);
      }
      const char* src = px + off * isz;
      char* dst = po + row * ow * isz;
      for (int64_t k = 0; k < ow; k += w) std::memcpy(dst + k * isz, src, w * isz);
    }
  });
}

// Each tiled axis sums its copies: view it as [before, repeats, size, after] and sum axis 1.
void tile_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const AttrValue& r = g.attr(kRepeats);
  for (int d = 0; d < x.ndim(); ++d)
    if (r.ints[d] == 0) {
      g.grad_in[0] = call("zeros", {}, {grad::ints("shape", dims(x.shape())), grad::dtype("dtype", x.dtype())});
      return;
    }
  Tensor cur = g.dy();
  for (int d = 0; d < x.ndim(); ++d) {
    if (r.ints[d] == 1) continue;
    Shape s = cur.shape();
    int64_t before = 1, after = 1;
    for (int k = 0; k < d; ++k) before *= s.d[k];
    for (int k = d + 1; k < s.ndim; ++k) after *= s.d[k];
    Tensor four = call("reshape", {cur}, {grad::ints("shape", {before, r.ints[d], x.dim(d), after})});
    Tensor summed = call("sum", {four}, {grad::ints("axes", {1})});
    s.d[d] = x.dim(d);
    cur = reshape_to(summed, s);
  }
  g.grad_in[0] = reshape_to(cur, x.shape());
}

// ---- pad (ONNX Pad, opset 19) --------------------------------------------------------------------
enum { kPads = 0, kPadMode = 1, kPadValue = 2 };
enum PadMode { kConstant = 0, kReflect, kEdge, kWrap };

// One axis: negative pads crop first; then `begin`/`end` elements are added around the
// remaining `n` (which start at `lo` in x).
struct PadAxis {
  int64_t lo, n, begin, end, out;
};

PadAxis pad_axis(int64_t size, int64_t b, int64_t e) {
  PadAxis p;
  p.lo = std::max<int64_t>(-b, 0);
  p.n = size - p.lo - std::max<int64_t>(-e, 0);
  p.begin = std::max<int64_t>(b, 0);
  p.end = std::max<int64_t>(e, 0);
  p.out = size + b + e;
  return p;
}

// Source position in x of output position o along one axis, or -1 for the constant value.
inline int64_t pad_source(const PadAxis& p, int mode, int64_t o) {
  int64_t t = o - p.begin;
  if (t >= 0 && t < p.n) return p.lo + t;
  if (p.n <= 0) return -1;
  switch (mode) {
    case kEdge: return p.lo + (t < 0 ? 0 : p.n - 1);
    case kReflect: return p.lo + (t < 0 ? -t : 2 * (p.n - 1) - t);
    case kWrap: return p.lo + ((t % p.n) + p.n) % p.n;
    default: return -1;
  }
}

void pad_plan(const OpCall& c, PadAxis* axes) {
  const Tensor& x = c.in(0);
  const AttrValue& pads = c.attrs[kPads];
  const int r = x.ndim();
  const int mode = static_cast<int>(c.i(kPadMode));
  static const char* kNames[] = {"constant", "reflect", "edge", "wrap"};
  if (pads.count != 2 * r)
    c.bad_attr(kPads, "pads has " + std::to_string(pads.count) + " entries; x has " + std::to_string(r) + " dimensions, so it needs " +
                          std::to_string(2 * r) + " ([begin_0, ..., begin_n, end_0, ..., end_n])");
  for (int d = 0; d < r; ++d) {
    const int64_t b = pads.ints[d], e = pads.ints[r + d], size = x.dim(d);
    if (std::abs(b) > (int64_t{1} << 40) || std::abs(e) > (int64_t{1} << 40))
      c.bad_attr(kPads, "pads for dimension " + std::to_string(d) + " are too large");
    PadAxis p = pad_axis(size, b, e);
    if (p.out < 0)
      c.bad_attr(kPads, "dimension " + std::to_string(d) + " of size " + std::to_string(size) + " with pads (" + std::to_string(b) + ", " +
                            std::to_string(e) + ") would have negative size " + std::to_string(p.out));
    const bool grows = p.begin > 0 || p.end > 0;
    if (mode != kConstant && grows) {
      if (p.n <= 0)
        c.bad_attr(kPadMode, std::string("mode '") + kNames[mode] + "' has no elements to copy along dimension " + std::to_string(d) +
                                 " (size " + std::to_string(size) + " after cropping " + std::to_string(std::max<int64_t>(p.n, 0)) + ")");
      if (mode == kReflect && (p.begin >= p.n || p.end >= p.n))
        c.bad_attr(kPads, "reflect padding (" + std::to_string(p.begin) + ", " + std::to_string(p.end) + ") of dimension " + std::to_string(d) +
                              " must be smaller than its size " + std::to_string(p.n) + " (after cropping)");
    }
    axes[d] = p;
  }
}

void infer_pad(OpCall& c) {
  PadAxis axes[kMaxDims];
  pad_plan(c, axes);
  const DType t = c.in(0).dtype();
  if (!is_floating(t) && !std::isfinite(c.f(kPadValue)))
    c.bad_attr(kPadValue, std::to_string(c.f(kPadValue)) + " is not representable in " + std::string(dtype_name(t)));
  Shape s;
  for (int d = 0; d < c.in(0).ndim(); ++d) s.push_back(axes[d].out);
  c.out_dtype[0] = t;
  c.out_shape[0] = s;
}

void pad_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  Tensor& out = c.outputs[0];
  PadAxis axes[kMaxDims];
  pad_plan(c, axes);
  const int mode = static_cast<int>(c.i(kPadMode));
  const int nd = x.ndim();
  if (out.numel() == 0) return;
  if (nd == 0) {
    std::memcpy(out.data(), x.data(), x.itemsize());
    return;
  }
  // Per-axis maps from output to source position (-1: constant).
  std::vector<int64_t> maps;
  int64_t start[kMaxDims];
  for (int d = 0; d < nd; ++d) {
    start[d] = static_cast<int64_t>(maps.size());
    for (int64_t o = 0; o < axes[d].out; ++o) maps.push_back(pad_source(axes[d], mode, o));
  }
  const PadAxis& last = axes[nd - 1];
  const int64_t ow = last.out, rows = out.numel() / ow;
  const int64_t xs_last = x.strides()[nd - 1];
  // The middle of each row copies x's elements [lo, lo + n) (when any remain).
  const int64_t mid_b = std::min(last.begin, ow), mid_n = std::max<int64_t>(0, std::min(last.n, ow - mid_b));
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T value = convert_value<T, double>(c.f(kPadValue));
    const T* px = x.data_as<T>();
    T* po = out.data_as<T>();
    const int64_t* map_last = maps.data() + start[nd - 1];
    const int64_t grain = std::max<int64_t>(1, kParallelGrain / ow);
    parallel_for(rows, grain, [&](int64_t b, int64_t e) {
      for (int64_t row = b; row < e; ++row) {
        int64_t rem = row, off = 0;
        bool constant_row = false;
        for (int d = nd - 2; d >= 0; --d) {
          const int64_t src = maps[start[d] + rem % axes[d].out];
          rem /= axes[d].out;
          if (src < 0) constant_row = true;
          else off += src * x.strides()[d];
        }
        T* dst = po + row * ow;
        if (constant_row) {
          for (int64_t j = 0; j < ow; ++j) dst[j] = value;
          continue;
        }
        const T* srow = px + off;
        for (int64_t j = 0; j < mid_b; ++j) dst[j] = map_last[j] < 0 ? value : srow[map_last[j] * xs_last];
        const T* smid = srow + last.lo * xs_last;
        if (xs_last == 1) std::memcpy(dst + mid_b, smid, mid_n * sizeof(T));
        else for (int64_t j = 0; j < mid_n; ++j) dst[mid_b + j] = smid[j * xs_last];
        for (int64_t j = mid_b + mid_n; j < ow; ++j) dst[j] = map_last[j] < 0 ? value : srow[map_last[j] * xs_last];
      }
    });
  });
}

// constant: the gradient is dy's middle (a slice), re-padded with zeros where pads cropped x.
// edge/reflect/wrap: every axis is a gather by its position map, so its adjoint adds dy into
// the source positions: scatter_elements(reduction = add), one axis at a time.
void pad_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const int nd = x.ndim();
  const AttrValue& pads = g.attr(kPads);
  const int mode = static_cast<int>(g.i(kPadMode));
  if (nd == 0) {
    g.grad_in[0] = g.dy();
    return;
  }
  PadAxis axes[kMaxDims];
  for (int d = 0; d < nd; ++d) axes[d] = pad_axis(x.dim(d), pads.ints[d], pads.ints[nd + d]);
  if (mode == kConstant) {
    std::vector<int64_t> starts, ends, crop(2 * nd, 0);
    for (int d = 0; d < nd; ++d) {
      if (axes[d].n <= 0) {
        g.grad_in[0] = call("zeros", {}, {grad::ints("shape", dims(x.shape())), grad::dtype("dtype", x.dtype())});
        return;
      }
      starts.push_back(axes[d].begin);
      ends.push_back(axes[d].begin + axes[d].n);
      crop[d] = axes[d].lo;
      crop[nd + d] = x.dim(d) - axes[d].lo - axes[d].n;
    }
    Tensor mid = call("slice", {g.dy()}, {grad::ints("starts", starts), grad::ints("ends", ends)});
    g.grad_in[0] = call("pad", {mid}, {grad::ints("pads", crop)});
    return;
  }
  Tensor cur = g.dy();
  for (int d = nd - 1; d >= 0; --d) {
    const PadAxis& p = axes[d];
    if (p.begin == 0 && p.end == 0 && p.lo == 0 && p.n == x.dim(d)) continue;
    Tensor map = Tensor::empty(DType::Int64, Shape{p.out});
    for (int64_t o = 0; o < p.out; ++o) map.data_as<int64_t>()[o] = pad_source(p, mode, o);
    Shape ms;
    for (int k = 0; k < nd; ++k) ms.push_back(k == d ? p.out : 1);
    Shape target = cur.shape();
    Tensor idx = call("expand", {reshape_to(map, ms)}, {grad::ints("shape", dims(target))});
    Shape zs = target;
    zs.d[d] = x.dim(d);
    Tensor zeros = call("zeros", {}, {grad::ints("shape", dims(zs)), grad::dtype("dtype", x.dtype())});
    cur = call("scatter_elements", {zeros, idx, cur}, {grad::i64("axis", d), grad::Arg{"reduction", AttrType::Enum, 1, 0, {}}});
  }
  g.grad_in[0] = cur;
}

// ---- split (variadic output) --------------------------------------------------------------------
enum { kSplitAxis = 0, kSplitSizes = 1, kNumOutputs = 2 };

// Validates the attributes against x and fills the piece sizes; returns the count.
int split_plan(const OpCall& c, int64_t* sizes) {
  const Tensor& x = c.in(0);
  if (x.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "x must have at least 1 dimension (it is a scalar)");
  const int axis = normalize_axis(c.i(kSplitAxis), x.ndim(), "axis");
  const int64_t len = x.dim(axis);
  const AttrValue& split = c.attrs[kSplitSizes];
  const int64_t num = c.i(kNumOutputs);
  if (split.count == 0 && num == 0) c.bad_attr(kNumOutputs, "give either num_outputs or the split sizes");
  if (split.count > 0 && num > 0 && num != split.count)
    c.bad_attr(kNumOutputs, "num_outputs = " + std::to_string(num) + " conflicts with the " + std::to_string(split.count) + " split sizes");
  const int64_t count = split.count > 0 ? split.count : num;
  if (count > OpCall::kMaxOutputs)
    c.bad_attr(split.count > 0 ? kSplitSizes : kNumOutputs,
               "at most " + std::to_string(OpCall::kMaxOutputs) + " pieces per call, asked for " + std::to_string(count));
  if (split.count > 0) {
    int64_t total = 0;
    for (int64_t k = 0; k < count; ++k) {
      if (split.ints[k] < 0) c.bad_attr(kSplitSizes, "split[" + std::to_string(k) + "] is negative (" + std::to_string(split.ints[k]) + ")");
      sizes[k] = split.ints[k];
      total += sizes[k];
    }
    if (total != len)
      c.bad_attr(kSplitSizes, "split sizes add up to " + std::to_string(total) + " but axis " + std::to_string(axis) + " of x " + x.shape().str() +
                                  " has " + std::to_string(len));
  } else {
    // ONNX opset 18: pieces of ceil(len / num), the last one smaller.
    const int64_t chunk = (len + num - 1) / num;
    const int64_t last = len - chunk * (num - 1);
    if (last < 0)
      c.bad_attr(kNumOutputs, "axis " + std::to_string(axis) + " of size " + std::to_string(len) + " cannot be split into " + std::to_string(num) +
                                  " pieces of ceil(" + std::to_string(len) + "/" + std::to_string(num) + ") = " + std::to_string(chunk));
    for (int64_t k = 0; k < count; ++k) sizes[k] = k + 1 < count ? chunk : last;
  }
  return static_cast<int>(count);
}

void infer_split(OpCall& c) {
  int64_t sizes[OpCall::kMaxOutputs];
  const int n = split_plan(c, sizes);
  c.set_variadic_count(n);
  const int axis = normalize_axis(c.i(kSplitAxis), c.in(0).ndim(), "axis");
  for (int k = 0; k < n; ++k) {
    c.out_dtype[k] = c.in(0).dtype();
    c.out_shape[k] = c.in(0).shape();
    c.out_shape[k].d[axis] = sizes[k];
  }
}

// Every piece is a view of x.
void split_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  const int axis = normalize_axis(c.i(kSplitAxis), x.ndim(), "axis");
  int64_t at = 0;
  for (int k = 0; k < c.n_outputs; ++k) {
    c.outputs[k] = x.as_strided(c.out_shape[k], x.strides(), x.offset() + at * x.strides()[axis]);
    at += c.out_shape[k].d[axis];
  }
}

void split_grad(GradCtx& g) {
  std::vector<Tensor> parts(g.grad_out, g.grad_out + g.n_outputs);
  g.grad_in[0] = grad::call_n("concat", parts, {grad::i64("axis", g.i(kSplitAxis))})[0];
}

// ---- depth_to_space / space_to_depth -------------------------------------------------------------
enum { kBlock = 0, kD2SMode = 1 };
enum { kDCR = 0, kCRD = 1 };

void check_nchw(const OpCall& c) {
  if (c.in(0).ndim() != 4) c.bad_input(0, Status::ShapeMismatch, "x must be 4-D [N, C, H, W], got " + c.in(0).shape().str());
}

void infer_depth_to_space(OpCall& c) {
  check_nchw(c);
  const Tensor& x = c.in(0);
  const int64_t b = c.i(kBlock);
  if (x.dim(1) % (b * b) != 0)
    c.bad_input(0, Status::ShapeMismatch, "channels " + std::to_string(x.dim(1)) + " of x " + x.shape().str() + " are not divisible by blocksize^2 = " +
                                              std::to_string(b * b));
  if (x.dim(2) > std::numeric_limits<int64_t>::max() / b || x.dim(3) > std::numeric_limits<int64_t>::max() / b)
    c.bad_attr(kBlock, "blocksize " + std::to_string(b) + " makes the spatial size of x " + x.shape().str() + " overflow");
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = Shape{x.dim(0), x.dim(1) / (b * b), x.dim(2) * b, x.dim(3) * b};
}

// Elements moved as same-size unsigned integers (the dtype does not matter to a copy).
template <typename F>
void with_word(size_t size, F&& f) {
  switch (size) {
    case 1: f(uint8_t{}); break;
    case 4: f(uint32_t{}); break;
    default: f(uint64_t{}); break;
  }
}

// Output row (n, c', h, i) of W*b elements takes, for each j, the input plane of channel
// (i*b + j)*C' + c' (DCR) or c'*b^2 + i*b + j (CRD), row h, spread with stride b.
void depth_to_space_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const int64_t b = c.i(kBlock), n = x.dim(0), ch = x.dim(1), cc = ch / (b * b), h = x.dim(2), w = x.dim(3);
  const bool dcr = c.i(kD2SMode) == kDCR;
  const int64_t rows = n * cc * h * b;
  if (rows * w == 0) return;
  with_word(x.itemsize(), [&](auto tag) {
    using W = decltype(tag);
    const W* px = static_cast<const W*>(x.data());
    W* po = static_cast<W*>(c.outputs[0].data());
    parallel_for(rows, std::max<int64_t>(1, kParallelGrain / (w * b)), [&](int64_t lo, int64_t hi) {
      for (int64_t r = lo; r < hi; ++r) {
        const int64_t i = r % b, hh = (r / b) % h, co = (r / (b * h)) % cc, nn = r / (b * h * cc);
        W* dst = po + r * w * b;
        for (int64_t j = 0; j < b; ++j) {
          const int64_t src_c = dcr ? (i * b + j) * cc + co : co * b * b + i * b + j;
          const W* src = px + ((nn * ch + src_c) * h + hh) * w;
          for (int64_t k = 0; k < w; ++k) dst[k * b + j] = src[k];
        }
      }
    });
  });
}

void infer_space_to_depth(OpCall& c) {
  check_nchw(c);
  const Tensor& x = c.in(0);
  const int64_t b = c.i(kBlock);
  if (x.dim(2) % b != 0 || x.dim(3) % b != 0)
    c.bad_input(0, Status::ShapeMismatch, "height and width of x " + x.shape().str() + " must be divisible by blocksize " + std::to_string(b));
  if (x.dim(1) > std::numeric_limits<int64_t>::max() / (b * b)) c.bad_attr(kBlock, "blocksize is too large");
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = Shape{x.dim(0), x.dim(1) * b * b, x.dim(2) / b, x.dim(3) / b};
}

// Output row (n, (i*b + j)*C + c, h') of W/b elements reads input row h'*b + i of channel c
// with stride b starting at j.
void space_to_depth_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  const int64_t b = c.i(kBlock), n = x.dim(0), ch = x.dim(1), h = x.dim(2), w = x.dim(3), oh = h / b, ow = w / b;
  const int64_t rows = n * ch * b * b * oh;
  if (rows * ow == 0) return;
  with_word(x.itemsize(), [&](auto tag) {
    using W = decltype(tag);
    const W* px = static_cast<const W*>(x.data());
    W* po = static_cast<W*>(c.outputs[0].data());
    parallel_for(rows, std::max<int64_t>(1, kParallelGrain / ow), [&](int64_t lo, int64_t hi) {
      for (int64_t r = lo; r < hi; ++r) {
        const int64_t hh = r % oh, oc = (r / oh) % (ch * b * b), nn = r / (oh * ch * b * b);
        const int64_t blk = oc / ch, cin = oc % ch, i = blk / b, j = blk % b;
        const W* src = px + ((nn * ch + cin) * h + hh * b + i) * w + j;
        W* dst = po + r * ow;
        for (int64_t k = 0; k < ow; ++k) dst[k] = src[k * b];
      }
    });
  });
}

void depth_to_space_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const int64_t b = g.i(kBlock);
  if (g.i(kD2SMode) == kDCR) {
    g.grad_in[0] = call("space_to_depth", {g.dy()}, {grad::i64("blocksize", b)});
    return;
  }
  Tensor dy6 = call("reshape", {g.dy()}, {grad::ints("shape", {x.dim(0), x.dim(1) / (b * b), x.dim(2), b, x.dim(3), b})});
  Tensor back = call("transpose", {dy6}, {grad::ints("perm", {0, 1, 3, 5, 2, 4})});
  g.grad_in[0] = reshape_to(back, x.shape());
}

void space_to_depth_grad(GradCtx& g) {
  g.grad_in[0] = call("depth_to_space", {g.dy()}, {grad::i64("blocksize", g.i(kBlock))});
}

}  // namespace

void register_layout_ops(Registry& r) {
  r.add(OpBuilder("flatten", "layout", __FILE__)
            .summary("Reshapes x to a matrix: dimensions before axis become rows, the rest columns.")
            .doc("The result is [d_0 * ... * d_(axis-1), d_axis * ... * d_(n-1)] (a product of no dimensions is 1). axis "
                 "is a split point between dimensions in -ndim..ndim, not a dimension index. A view of x when its "
                 "layout allows, else a copy.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_int("axis", 1, "Split point: dimensions [0, axis) form the rows; negative counts from the end.")
            .output("y", "2-D tensor with x's elements.", kAllTypes)
            .infer(infer_flatten)
            .view_kernel(reshape_view_kernel)
            .gradient("dx = reshape(dy, x.shape)", reshape_back_grad)
            .onnx("Flatten", 13)
            .example({"batch of images", {T("float32", {2, 1, 2, 2}, {1, 2, 3, 4, 5, 6, 7, 8})}, {},
                      {T("float32", {2, 4}, {1, 2, 3, 4, 5, 6, 7, 8})}, "hand-derived"})
            .example({"axis 0 gives one row", {T("int32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"axis", "0"}},
                      {T("int32", {1, 6}, {1, 2, 3, 4, 5, 6})}, "hand-derived"})
            .build());

  r.add(OpBuilder("squeeze", "layout", __FILE__)
            .summary("Removes dimensions of size 1 (a view, no copy).")
            .doc("Removes the listed axes, each of which must have size 1, or every size-1 axis when axes is empty.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("axes", {}, "Size-1 axes to remove; negative values count from the end; empty removes all size-1 axes.", Meaning::Axes)
            .output("y", "x without those dimensions.", kAllTypes)
            .infer(infer_squeeze)
            .view_kernel(squeeze_kernel)
            .gradient("dx = reshape(dy, x.shape)", reshape_back_grad)
            .onnx("Squeeze", 13, "axes becomes an optional int64 input tensor")
            .example({"all size-1 axes", {T("float32", {1, 3, 1}, {1, 2, 3})}, {}, {T("float32", {3}, {1, 2, 3})}, "hand-derived"})
            .example({"one axis", {T("int64", {1, 2, 1}, {4, 5})}, {{"axes", "[-1]"}}, {T("int64", {1, 2}, {4, 5})}, "hand-derived"})
            .build());

  r.add(OpBuilder("unsqueeze", "layout", __FILE__)
            .summary("Inserts dimensions of size 1 (a view, no copy).")
            .doc("axes are positions in the result (whose rank is ndim(x) + len(axes)); negative values count from the "
                 "end of the result.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("axes", {}, "Positions of the new size-1 dimensions in the result.", Meaning::Axes)
            .required()
            .output("y", "x with the new dimensions.", kAllTypes)
            .infer(infer_unsqueeze)
            .view_kernel(unsqueeze_kernel)
            .gradient("dx = reshape(dy, x.shape)", reshape_back_grad)
            .onnx("Unsqueeze", 13, "axes becomes an int64 input tensor")
            .example({"vector to column", {T("float32", {3}, {1, 2, 3})}, {{"axes", "[1]"}}, {T("float32", {3, 1}, {1, 2, 3})}, "hand-derived"})
            .example({"front and back", {T("int32", {2}, {7, 8})}, {{"axes", "[0, -1]"}}, {T("int32", {1, 2, 1}, {7, 8})}, "hand-derived"})
            .build());

  r.add(OpBuilder("expand", "layout", __FILE__)
            .summary("Broadcasts x to a shape (a view with stride 0 along the broadcast dimensions, no copy).")
            .doc("The result has the NumPy broadcast of x's shape and `shape` (bidirectional, as ONNX Expand: a 1 in "
                 "shape keeps x's dimension). Nothing is copied: broadcast dimensions repeat x's memory.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("shape", {}, "Target shape, broadcast with x's shape.", Meaning::Shape)
            .required()
            .output("y", "x broadcast to the result shape.", kAllTypes)
            .infer(infer_expand)
            .view_kernel(expand_kernel)
            .gradient("dx = sum of dy over the broadcast dimensions (unbroadcast)", expand_grad)
            .onnx("Expand", 13, "shape becomes an int64 input tensor")
            .example({"column to matrix", {T("float32", {3, 1}, {1, 2, 3})}, {{"shape", "[2, 1, 4]"}},
                      {T("float32", {2, 3, 4}, {1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3})}, "hand-derived"})
            .build());

  r.add(OpBuilder("tile", "layout", __FILE__)
            .summary("Repeats x along each dimension.")
            .doc("Dimension d of the result is x.shape[d] * repeats[d]; the result holds copies of x laid side by side "
                 "(numpy.tile with one repeat per dimension).")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("repeats", {}, "Copies per dimension (>= 0), one entry per dimension of x.", Meaning::Shape)
            .required()
            .output("y", "The tiled tensor, x's dtype.", kAllTypes)
            .infer(infer_tile)
            .kernel(tile_kernel)
            .gradient("dx = sum of dy over the copies (reshape to [before, repeats, size, after], sum axis 1)", tile_grad)
            .onnx("Tile", 13, "repeats becomes an int64 input tensor")
            .example({"2x3 tiles of a row", {T("float32", {1, 2}, {1, 2})}, {{"repeats", "[2, 3]"}},
                      {T("float32", {2, 6}, {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2})}, "hand-derived"})
            .build());

  r.add(OpBuilder("pad", "layout", __FILE__)
            .summary("Pads x at the start and end of each dimension (constant, reflect, edge or wrap).")
            .doc("pads lists the begin counts of every dimension, then the end counts (ONNX order). Negative pads "
                 "crop first; the remaining elements are then padded: constant fills with value, reflect mirrors "
                 "without repeating the border (pads must be smaller than the dimension), edge repeats the border "
                 "element, wrap continues periodically. Matches ONNX Pad opset 19.")
            .input("x", "Input tensor.", kAllTypes)
            .attr_ints("pads", {}, "[begin_0, ..., begin_(n-1), end_0, ..., end_(n-1)]; negative values crop.")
            .required()
            .attr_enum("mode", {"constant", "reflect", "edge", "wrap"}, "constant", "How the new elements are filled.")
            .attr_float("value", 0, "Fill value in constant mode, converted to x's dtype.")
            .output("y", "The padded tensor, x's dtype.", kAllTypes)
            .infer(infer_pad)
            .kernel(pad_kernel)
            .gradient("constant: dx = slice(dy, middle) (zero-padded where pads crop); reflect/edge/wrap: dy added back into "
                      "the source positions (scatter_elements with reduction add, one axis at a time)",
                      pad_grad)
            .onnx("Pad", 19, "pads becomes an int64 input tensor and value the constant_value input")
            .onnx_rename("value", "constant_value")
            .example({"constant around a matrix", {T("float32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"pads", "[0, 1, 1, 0]"}, {"value", "9"}},
                      {T("float32", {3, 4}, {9, 1, 2, 3, 9, 4, 5, 6, 9, 9, 9, 9})}, "numpy 1.26 np.pad(x, ((0, 1), (1, 0)), constant_values=9)"})
            .example({"negative pads crop", {T("int32", {5}, {1, 2, 3, 4, 5})}, {{"pads", "[-1, 2]"}},
                      {T("int32", {6}, {2, 3, 4, 5, 0, 0})}, "hand-derived"})
            .example({"reflect", {T("int32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"pads", "[1, 2, 0, 1]"}, {"mode", "\"reflect\""}},
                      {T("int32", {3, 6}, {6, 5, 4, 5, 6, 5, 3, 2, 1, 2, 3, 2, 6, 5, 4, 5, 6, 5})},
                      "numpy 1.26 np.pad(x, ((1, 0), (2, 1)), 'reflect')"})
            .example({"edge", {T("int32", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"pads", "[0, 1, 1, 2]"}, {"mode", "\"edge\""}},
                      {T("int32", {3, 6}, {1, 1, 2, 3, 3, 3, 4, 4, 5, 6, 6, 6, 4, 4, 5, 6, 6, 6})},
                      "numpy 1.26 np.pad(x, ((0, 1), (1, 2)), 'edge')"})
            .example({"wrap", {T("float64", {2, 3}, {1, 2, 3, 4, 5, 6})}, {{"pads", "[1, 2, 1, 1]"}, {"mode", "\"wrap\""}},
                      {T("float64", {4, 6}, {5, 6, 4, 5, 6, 4, 2, 3, 1, 2, 3, 1, 5, 6, 4, 5, 6, 4, 2, 3, 1, 2, 3, 1})},
                      "numpy 1.26 np.pad(x, ((1, 1), (2, 1)), 'wrap')"})
            .build());

  r.add(OpBuilder("split", "layout", __FILE__)
            .summary("Splits x along an axis into pieces (views of x, no copy).")
            .doc("Either `split` gives the piece sizes (adding up to the axis size) or num_outputs the number of pieces: "
                 "then each has ceil(size / num_outputs) elements and the last the remainder (ONNX opset 18). Giving "
                 "neither, or both with different counts, is an error. At most 64 pieces.")
            .input("x", "Input tensor (at least 1-D).", kAllTypes)
            .attr_int("axis", 0, "Axis to split; negative counts from the end.", Meaning::Axis)
            .attr_ints("split", {}, "Size of each piece; empty: use num_outputs.")
            .attr_int_range("num_outputs", 0, 0, OpCall::kMaxOutputs, "Number of pieces when split is empty (0: use split).")
            .variadic_output("outputs", "The pieces in order, views of x.", kAllTypes)
            .infer(infer_split)
            .view_kernel(split_kernel)
            .gradient("dx = concat(doutputs, axis)", split_grad)
            .onnx("Split", 18, "split becomes an optional int64 input tensor; num_outputs is an attribute")
            .example({"uneven sizes", {T("float32", {5, 2}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})}, {{"split", "[2, 3]"}},
                      {T("float32", {2, 2}, {1, 2, 3, 4}), T("float32", {3, 2}, {5, 6, 7, 8, 9, 10})}, "hand-derived"})
            .example({"three pieces, the last smaller", {T("int32", {1, 7}, {1, 2, 3, 4, 5, 6, 7})}, {{"axis", "-1"}, {"num_outputs", "3"}},
                      {T("int32", {1, 3}, {1, 2, 3}), T("int32", {1, 3}, {4, 5, 6}), T("int32", {1, 1}, {7})}, "hand-derived (ONNX Split opset 18 rule)"})
            .build());

  r.add(OpBuilder("depth_to_space", "layout", __FILE__)
            .summary("Moves blocks of channels into spatial blocks: [N, C, H, W] -> [N, C/b^2, H*b, W*b].")
            .doc("DCR (depth-column-row) reads channel (i*b + j)*C' + c for output (c, h*b + i, w*b + j); CRD reads "
                 "channel c*b^2 + i*b + j. The inverse of space_to_depth is DCR.")
            .input("x", "4-D input [N, C, H, W]; C divisible by blocksize^2.", kAllTypes)
            .attr_int_range("blocksize", 1, 1, int64_t{1} << 20, "Edge of the spatial blocks.")
            .required()
            .attr_enum("mode", {"DCR", "CRD"}, "DCR", "Channel order inside a block.")
            .output("y", "[N, C/b^2, H*b, W*b], x's dtype.", kAllTypes)
            .infer(infer_depth_to_space)
            .kernel(depth_to_space_kernel)
            .gradient("DCR: dx = space_to_depth(dy, b); CRD: the inverse reshape/transpose", depth_to_space_grad)
            .onnx("DepthToSpace", 13)
            .example({"8 channels into 2x2 blocks", {T("float32", {1, 8, 1, 1}, {0, 1, 2, 3, 4, 5, 6, 7})}, {{"blocksize", "2"}},
                      {T("float32", {1, 2, 2, 2}, {0, 2, 4, 6, 1, 3, 5, 7})}, "hand-derived (DCR: channel (i*2 + j)*2 + c)"})
            .example({"CRD order", {T("int32", {1, 8, 1, 1}, {0, 1, 2, 3, 4, 5, 6, 7})}, {{"blocksize", "2"}, {"mode", "\"CRD\""}},
                      {T("int32", {1, 2, 2, 2}, {0, 1, 2, 3, 4, 5, 6, 7})}, "hand-derived (CRD: channel c*4 + i*2 + j)"})
            .build());

  r.add(OpBuilder("space_to_depth", "layout", __FILE__)
            .summary("Moves spatial blocks into channels: [N, C, H, W] -> [N, C*b^2, H/b, W/b].")
            .doc("Output channel (i*b + j)*C + c holds x[c, h*b + i, w*b + j] (the inverse of depth_to_space in DCR mode).")
            .input("x", "4-D input [N, C, H, W]; H and W divisible by blocksize.", kAllTypes)
            .attr_int_range("blocksize", 1, 1, int64_t{1} << 20, "Edge of the spatial blocks.")
            .required()
            .output("y", "[N, C*b^2, H/b, W/b], x's dtype.", kAllTypes)
            .infer(infer_space_to_depth)
            .kernel(space_to_depth_kernel)
            .gradient("dx = depth_to_space(dy, b, DCR)", space_to_depth_grad)
            .onnx("SpaceToDepth", 13)
            .example({"2x2 blocks of 2 channels", {T("float32", {1, 2, 2, 2}, {0, 2, 4, 6, 1, 3, 5, 7})}, {{"blocksize", "2"}},
                      {T("float32", {1, 8, 1, 1}, {0, 1, 2, 3, 4, 5, 6, 7})}, "hand-derived (inverse of the depth_to_space example)"})
            .build());
}

}  // namespace tsr
