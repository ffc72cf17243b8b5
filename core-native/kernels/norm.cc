#include "tessera/core/kernels/norm.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "dnnl_common.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {
using namespace dnnl_util;

int64_t grain_for(int64_t work) { return std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(work, 1)); }

template <typename F>
void by_float_type(DType t, F&& f) {
  if (t == DType::Float32) f(float{});
  else if (t == DType::Float64) f(double{});
  else fail(Status::Internal, "normalization kernels take float32 or float64");
}

void require_contiguous(const Tensor& t, const char* what) {
  if (!t.is_contiguous()) fail(Status::Internal, std::string("normalization: ") + what + " must be contiguous");
}

// The data pointer of an optional tensor made contiguous (kept alive in `keep`).
template <typename T>
const T* opt_data(const Tensor* t, Tensor& keep) {
  if (!t) return nullptr;
  keep = t->contiguous();
  return keep.data_as<T>();
}

// ---- reference loops ------------------------------------------------------------------------
template <typename T>
void batch_norm_ref(const T* x, const T* scale, const T* bias, const T* mean, const T* var, double eps, T* y, int64_t N, int64_t C,
                    int64_t S) {
  parallel_for(N * C, grain_for(S), [&](int64_t begin, int64_t end) {
    for (int64_t nc = begin; nc < end; ++nc) {
      const int64_t c = nc % C;
      const T a = scale[c] / std::sqrt(var[c] + static_cast<T>(eps));
      const T b = bias[c] - mean[c] * a;
      const T* xp = x + nc * S;
      T* yp = y + nc * S;
#pragma omp simd
      for (int64_t i = 0; i < S; ++i) yp[i] = xp[i] * a + b;
    }
  });
}

template <typename T>
void row_norm_ref(const T* x, const T* scale, const T* shift, double eps, T* y, int64_t rows, int64_t len) {
  parallel_for(rows, grain_for(len * 3), [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r) {
      const T* xp = x + r * len;
      T* yp = y + r * len;
      T sum = 0;
#pragma omp simd reduction(+ : sum)
      for (int64_t i = 0; i < len; ++i) sum += xp[i];
      const T mean = len ? sum / static_cast<T>(len) : T(0);
      T sq = 0;
#pragma omp simd reduction(+ : sq)
      for (int64_t i = 0; i < len; ++i) sq += (xp[i] - mean) * (xp[i] - mean);
      const T inv = T(1) / std::sqrt((len ? sq / static_cast<T>(len) : T(0)) + static_cast<T>(eps));
      for (int64_t i = 0; i < len; ++i) {
        T v = (xp[i] - mean) * inv;
        if (scale) v *= scale[i];
        if (shift) v += shift[i];
        yp[i] = v;
      }
    }
  });
}

// Channel window of across-channel LRN: c - lo .. c + hi.
struct LrnWindow {
  int64_t lo, hi;
  explicit LrnWindow(int64_t size) : lo((size - 1) / 2), hi(size - 1 - (size - 1) / 2) {}
};

// x, y, dy, dx are [N, C, S]; one task per (n, s) column walks the channels.
template <typename T>
void lrn_fwd_ref(const T* x, T* y, int64_t N, int64_t C, int64_t S, int64_t size, double alpha, double beta, double bias) {
  const LrnWindow win(size);
  const T a = static_cast<T>(alpha / static_cast<double>(size));
  parallel_for(N * S, grain_for(C * size), [&](int64_t begin, int64_t end) {
    for (int64_t ns = begin; ns < end; ++ns) {
      const int64_t n = ns / S, s = ns % S;
      const T* xp = x + n * C * S + s;
      T* yp = y + n * C * S + s;
      for (int64_t c = 0; c < C; ++c) {
        T sum = 0;
        for (int64_t j = std::max<int64_t>(0, c - win.lo); j <= std::min(C - 1, c + win.hi); ++j) sum += xp[j * S] * xp[j * S];
        yp[c * S] = xp[c * S] * std::pow(static_cast<T>(bias) + a * sum, static_cast<T>(-beta));
      }
    }
  });
}

// y_c = x_c d_c^-beta with d_c = bias + a * sum_{j in W(c)} x_j^2, so
// dx_j = dy_j d_j^-beta - 2 a beta x_j * sum_{c : j in W(c)} dy_c x_c d_c^(-beta-1).
template <typename T>
void lrn_bwd_ref(const T* x, const T* dy, T* dx, int64_t N, int64_t C, int64_t S, int64_t size, double alpha, double beta, double bias) {
  const LrnWindow win(size);
  const T a = static_cast<T>(alpha / static_cast<double>(size));
  const T b = static_cast<T>(beta);
  parallel_for(N * S, grain_for(C * size * 2), [&](int64_t begin, int64_t end) {
    std::vector<T> d(C), t(C);
    for (int64_t ns = begin; ns < end; ++ns) {
      const int64_t n = ns / S, s = ns % S;
      const T* xp = x + n * C * S + s;
      const T* gp = dy + n * C * S + s;
      T* dxp = dx + n * C * S + s;
      for (int64_t c = 0; c < C; ++c) {
        T sum = 0;
        for (int64_t j = std::max<int64_t>(0, c - win.lo); j <= std::min(C - 1, c + win.hi); ++j) sum += xp[j * S] * xp[j * S];
        d[c] = static_cast<T>(bias) + a * sum;
        t[c] = gp[c * S] * xp[c * S] * std::pow(d[c], -b - 1);
      }
      for (int64_t j = 0; j < C; ++j) {
        T acc = 0;  // channels c whose window [c - lo, c + hi] holds j: c in [j - hi, j + lo]
        for (int64_t c = std::max<int64_t>(0, j - win.hi); c <= std::min(C - 1, j + win.lo); ++c) acc += t[c];
        dxp[j * S] = gp[j * S] * std::pow(d[j], -b) - 2 * a * b * xp[j * S] * acc;
      }
    }
  });
}

// ---- oneDNN ---------------------------------------------------------------------------------
enum Kind : int64_t { kBatch = 1, kRows = 2, kLrnFwd = 3, kLrnBwd = 4 };

struct Entry {
  bool ok = false;
  dnnl::primitive prim, fwd;  // fwd: LRN forward-training pass (workspace) before the backward one
  memory src, dst, diff_dst, diff_src, mean, var, scale, shift;
  ArenaMemory workspace, tmp_dst, scratch, scratch_fwd;
};

thread_local Lru<Entry> cache;

template <typename Build>
Entry& entry(const Key& key, Build&& build) {
  if (Entry* e = cache.find(key)) return *e;
  auto e = std::make_unique<Entry>();
  try {
    build(*e);
    e->ok = true;
  } catch (const dnnl::error& err) {
    if (err.status == dnnl_out_of_memory) rethrow(err, "normalization");
    e = std::make_unique<Entry>();
  }
  return cache.insert(key, std::move(e));
}

memory user_mem(const memory::desc& md) { return memory(md, engine(), DNNL_MEMORY_NONE); }

}  // namespace

void batch_norm_inference(const Tensor& x_in, const Tensor& scale_in, const Tensor& bias_in, const Tensor& mean_in, const Tensor& var_in,
                          double eps, Tensor& y) {
  require_contiguous(y, "y");
  if (y.numel() == 0) return;
  const Tensor x = x_in.contiguous(), scale = scale_in.contiguous(), bias = bias_in.contiguous(), mean = mean_in.contiguous(),
               var = var_in.contiguous();
  const int64_t N = x.dim(0), C = x.dim(1), S = x.numel() / (N * C);
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, float>) {
      Key key;
      key.add(int64_t{kBatch}).add(N).add(C).add(S).add(eps);
      Entry& e = entry(key, [&](Entry& en) {
        using namespace dnnl;
        const memory::desc data = plain({N, C, S, 1}), vec = plain({C});  // 4-D: the ncsp implementation, not the reference one
        batch_normalization_forward::desc d(prop_kind::forward_inference, data, static_cast<float>(eps),
                                            normalization_flags::use_global_stats | normalization_flags::use_scale |
                                                normalization_flags::use_shift);
        batch_normalization_forward::primitive_desc pd(d, user_scratchpad(), engine());
        en.prim = batch_normalization_forward(pd);
        en.scratch.init(pd.scratchpad_desc(), kSlotScratch);
        en.src = user_mem(data);
        en.dst = user_mem(data);
        en.mean = user_mem(vec);
        en.var = user_mem(vec);
        en.scale = user_mem(vec);
        en.shift = user_mem(vec);
      });
      if (e.ok) {
        e.src.set_data_handle(x.data());
        e.dst.set_data_handle(y.data());
        e.mean.set_data_handle(mean.data());
        e.var.set_data_handle(var.data());
        e.scale.set_data_handle(scale.data());
        e.shift.set_data_handle(bias.data());
        execute(e.prim, {{DNNL_ARG_SRC, &e.src}, {DNNL_ARG_DST, &e.dst}, {DNNL_ARG_MEAN, &e.mean}, {DNNL_ARG_VARIANCE, &e.var},
                         {DNNL_ARG_SCALE, &e.scale}, {DNNL_ARG_SHIFT, &e.shift}, {DNNL_ARG_SCRATCHPAD, e.scratch.bind()}});
        return;
      }
    }
    batch_norm_ref<T>(x.data_as<T>(), scale.data_as<T>(), bias.data_as<T>(), mean.data_as<T>(), var.data_as<T>(), eps, y.data_as<T>(), N,
                      C, S);
  });
}

void row_norm(const Tensor& x_in, int64_t rows, int64_t len, const Tensor* scale_in, const Tensor* shift_in, double eps, Tensor& y) {
  require_contiguous(y, "y");
  if (y.numel() == 0) return;
  const Tensor x = x_in.contiguous();
  Tensor scale_keep, shift_keep;
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* scale = opt_data<T>(scale_in, scale_keep);
    const T* shift = opt_data<T>(shift_in, shift_keep);
    if constexpr (std::is_same_v<T, float>) {
      Key key;
      key.add(int64_t{kRows}).add(rows).add(len).add(int64_t{scale != nullptr}).add(int64_t{shift != nullptr}).add(eps);
      Entry& e = entry(key, [&](Entry& en) {
        using namespace dnnl;
        const memory::desc data = plain({rows, len}), vec = plain({len});
        normalization_flags flags = normalization_flags::none;
        if (scale) flags = flags | normalization_flags::use_scale;
        if (shift) flags = flags | normalization_flags::use_shift;
        layer_normalization_forward::desc d(prop_kind::forward_inference, data, static_cast<float>(eps), flags);
        layer_normalization_forward::primitive_desc pd(d, user_scratchpad(), engine());
        en.prim = layer_normalization_forward(pd);
        en.scratch.init(pd.scratchpad_desc(), kSlotScratch);
        en.src = user_mem(data);
        en.dst = user_mem(data);
        en.scale = user_mem(vec);
        en.shift = user_mem(vec);
      });
      if (e.ok) {
        e.src.set_data_handle(x.data());
        e.dst.set_data_handle(y.data());
        if (scale) e.scale.set_data_handle(const_cast<float*>(scale));
        if (shift) e.shift.set_data_handle(const_cast<float*>(shift));
        execute(e.prim, {{DNNL_ARG_SRC, &e.src}, {DNNL_ARG_DST, &e.dst}, {DNNL_ARG_SCALE, scale ? &e.scale : nullptr},
                         {DNNL_ARG_SHIFT, shift ? &e.shift : nullptr}, {DNNL_ARG_SCRATCHPAD, e.scratch.bind()}});
        return;
      }
    }
    row_norm_ref<T>(x.data_as<T>(), scale, shift, eps, y.data_as<T>(), rows, len);
  });
}

void channel_affine(Tensor& y, int64_t channels, const Tensor* scale_in, const Tensor* bias_in) {
  require_contiguous(y, "y");
  if (y.numel() == 0 || (!scale_in && !bias_in)) return;
  const int64_t inner = y.numel() / (y.dim(0) * channels);
  Tensor scale_keep, bias_keep;
  by_float_type(y.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* scale = opt_data<T>(scale_in, scale_keep);
    const T* bias = opt_data<T>(bias_in, bias_keep);
    T* p = y.data_as<T>();
    parallel_for(y.dim(0) * channels, grain_for(inner), [&](int64_t begin, int64_t end) {
      for (int64_t nc = begin; nc < end; ++nc) {
        const int64_t c = nc % channels;
        const T a = scale ? scale[c] : T(1), b = bias ? bias[c] : T(0);
        T* row = p + nc * inner;
#pragma omp simd
        for (int64_t i = 0; i < inner; ++i) row[i] = row[i] * a + b;
      }
    });
  });
}

void lrn_forward(const Tensor& x_in, int64_t size, double alpha, double beta, double bias, Tensor& y) {
  require_contiguous(y, "y");
  if (y.numel() == 0) return;
  const Tensor x = x_in.contiguous();
  const int64_t N = x.dim(0), C = x.dim(1), S = x.numel() / (N * C);
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    // oneDNN's window is symmetric (c - (size-1)/2 .. c + (size-1)/2): ONNX's only for odd sizes.
    if constexpr (std::is_same_v<T, float>) {
      if (size % 2 == 1) {
        Key key;
        key.add(int64_t{kLrnFwd}).add(N).add(C).add(S).add(size).add(alpha).add(beta).add(bias);
        Entry& e = entry(key, [&](Entry& en) {
          using namespace dnnl;
          const memory::desc data = plain({N, C, S, 1});
          lrn_forward::desc d(prop_kind::forward_inference, algorithm::lrn_across_channels, data, size, static_cast<float>(alpha),
                              static_cast<float>(beta), static_cast<float>(bias));
          lrn_forward::primitive_desc pd(d, user_scratchpad(), engine());
          en.prim = dnnl::lrn_forward(pd);
          en.scratch.init(pd.scratchpad_desc(), kSlotScratch);
          en.src = user_mem(data);
          en.dst = user_mem(data);
        });
        if (e.ok) {
          e.src.set_data_handle(x.data());
          e.dst.set_data_handle(y.data());
          execute(e.prim, {{DNNL_ARG_SRC, &e.src}, {DNNL_ARG_DST, &e.dst}, {DNNL_ARG_SCRATCHPAD, e.scratch.bind()}});
          return;
        }
      }
    }
    lrn_fwd_ref<T>(x.data_as<T>(), y.data_as<T>(), N, C, S, size, alpha, beta, bias);
  });
}

void lrn_backward(const Tensor& x_in, const Tensor& dy_in, int64_t size, double alpha, double beta, double bias, Tensor& dx) {
  require_contiguous(dx, "dx");
  if (dx.numel() == 0) return;
  const Tensor x = x_in.contiguous(), dy = dy_in.contiguous();
  const int64_t N = x.dim(0), C = x.dim(1), S = x.numel() / (N * C);
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, float>) {
      if (size % 2 == 1) {
        Key key;
        key.add(int64_t{kLrnBwd}).add(N).add(C).add(S).add(size).add(alpha).add(beta).add(bias);
        Entry& e = entry(key, [&](Entry& en) {
          using namespace dnnl;
          const memory::desc data = plain({N, C, S, 1});
          const float a = static_cast<float>(alpha), b = static_cast<float>(beta), k = static_cast<float>(bias);
          lrn_forward::desc fd(prop_kind::forward_training, algorithm::lrn_across_channels, data, size, a, b, k);
          lrn_forward::primitive_desc fpd(fd, user_scratchpad(), engine());
          lrn_backward::desc bd(algorithm::lrn_across_channels, data, data, size, a, b, k);
          lrn_backward::primitive_desc bpd(bd, user_scratchpad(), engine(), fpd);
          en.fwd = dnnl::lrn_forward(fpd);
          en.prim = dnnl::lrn_backward(bpd);
          en.scratch_fwd.init(fpd.scratchpad_desc(), kSlotScratch);
          en.scratch.init(bpd.scratchpad_desc(), kSlotScratch);
          en.workspace.init(fpd.workspace_desc(), kSlotWorkspace);
          en.tmp_dst.init(data, kSlotTmp);
          en.src = user_mem(data);
          en.diff_dst = user_mem(data);
          en.diff_src = user_mem(data);
        });
        if (e.ok) {
          e.src.set_data_handle(x.data());
          e.diff_dst.set_data_handle(dy.data());
          e.diff_src.set_data_handle(dx.data());
          const memory* ws = e.workspace.bind();
          execute(e.fwd, {{DNNL_ARG_SRC, &e.src}, {DNNL_ARG_DST, e.tmp_dst.bind()}, {DNNL_ARG_WORKSPACE, ws},
                          {DNNL_ARG_SCRATCHPAD, e.scratch_fwd.bind()}});
          execute(e.prim, {{DNNL_ARG_SRC, &e.src}, {DNNL_ARG_DIFF_DST, &e.diff_dst}, {DNNL_ARG_WORKSPACE, ws},
                           {DNNL_ARG_DIFF_SRC, &e.diff_src}, {DNNL_ARG_SCRATCHPAD, e.scratch.bind()}});
          return;
        }
      }
    }
    lrn_bwd_ref<T>(x.data_as<T>(), dy.data_as<T>(), dx.data_as<T>(), N, C, S, size, alpha, beta, bias);
  });
}

int norm_cache_clear() {
  const int n = static_cast<int>(cache.size());
  cache.clear();
  return n;
}

}  // namespace tsr
