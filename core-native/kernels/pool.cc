#include "tessera/core/kernels/pool.h"

#include <algorithm>
#include <limits>

#include "dnnl_common.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {
using namespace dnnl_util;

// ---- reference loops (spatial right-aligned into D, H, W) ----------------------------------
struct Geo {
  int64_t NC;
  int64_t S[3], O[3], K[3], st[3], dl[3], pb[3], pe[3];
  int64_t s_size() const { return S[0] * S[1] * S[2]; }
  int64_t o_size() const { return O[0] * O[1] * O[2]; }
  int64_t k_size() const { return K[0] * K[1] * K[2]; }
};

Geo geometry(const Shape& xs, const Shape& ys, const PoolParams& p) {
  Geo g;
  g.NC = xs[0] * xs[1];
  for (int i = 0; i < 3; ++i) {
    const int j = i - (3 - p.nsp);
    const bool real = j >= 0;
    g.S[i] = real ? xs[2 + j] : 1;
    g.O[i] = real ? ys[2 + j] : 1;
    g.K[i] = real ? p.kernel[j] : 1;
    g.st[i] = real ? p.stride[j] : 1;
    g.dl[i] = real ? p.dilation[j] : 1;
    g.pb[i] = real ? p.pad_begin[j] : 0;
    g.pe[i] = real ? p.pad_end[j] : 0;
  }
  return g;
}

// Calls f(input coordinate or -1 outside the input, inside the padded extent [-pb, in + pe))
// for each tap of output o's window along axis a.
template <typename F>
void for_taps(const Geo& g, int a, int64_t o, F&& f) {
  for (int64_t k = 0; k < g.K[a]; ++k) {
    const int64_t i = o * g.st[a] - g.pb[a] + k * g.dl[a];
    f(i >= 0 && i < g.S[a] ? i : -1, i >= -g.pb[a] && i < g.S[a] + g.pe[a]);
  }
}

int64_t grain_for(int64_t work) { return std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(work, 1)); }

template <typename T>
void pool_fwd_ref(const T* x, T* y, PoolKind kind, bool include_pad, const Geo& g) {
  const int64_t os = g.o_size(), ss = g.s_size(), ks = g.k_size();
  parallel_for(g.NC, grain_for(os * ks), [&](int64_t begin, int64_t end) {
    for (int64_t nc = begin; nc < end; ++nc) {
      const T* xp = x + nc * ss;
      T* yp = y + nc * os;
      for (int64_t o0 = 0; o0 < g.O[0]; ++o0)
        for (int64_t o1 = 0; o1 < g.O[1]; ++o1)
          for (int64_t o2 = 0; o2 < g.O[2]; ++o2) {
            T acc = kind == PoolKind::Max ? std::numeric_limits<T>::lowest() : T(0);
            int64_t inside = 0, padded = 0;
            for_taps(g, 0, o0, [&](int64_t i0, bool p0) {
              for_taps(g, 1, o1, [&](int64_t i1, bool p1) {
                for_taps(g, 2, o2, [&](int64_t i2, bool p2) {
                  padded += p0 && p1 && p2;
                  if (i0 < 0 || i1 < 0 || i2 < 0) return;
                  ++inside;
                  const T v = xp[(i0 * g.S[1] + i1) * g.S[2] + i2];
                  if (kind == PoolKind::Max) {
                    if (v > acc || v != v) acc = (acc != acc) ? acc : v;  // NaN propagates
                  } else {
                    acc += v;
                  }
                });
              });
            });
            if (kind == PoolKind::Avg) {
              const int64_t div = include_pad ? padded : inside;
              acc = div > 0 ? acc / static_cast<T>(div) : T(0);
            }
            yp[(o0 * g.O[1] + o1) * g.O[2] + o2] = acc;
          }
    }
  });
}

template <typename T>
void pool_bwd_ref(const T* x, const T* dy, T* dx, PoolKind kind, bool include_pad, const Geo& g) {
  const int64_t os = g.o_size(), ss = g.s_size(), ks = g.k_size();
  parallel_for(g.NC, grain_for(os * ks), [&](int64_t begin, int64_t end) {
    for (int64_t nc = begin; nc < end; ++nc) {
      const T* xp = x + nc * ss;
      const T* dyp = dy + nc * os;
      T* dxp = dx + nc * ss;
      for (int64_t i = 0; i < ss; ++i) dxp[i] = T(0);
      for (int64_t o0 = 0; o0 < g.O[0]; ++o0)
        for (int64_t o1 = 0; o1 < g.O[1]; ++o1)
          for (int64_t o2 = 0; o2 < g.O[2]; ++o2) {
            const T d = dyp[(o0 * g.O[1] + o1) * g.O[2] + o2];
            if (kind == PoolKind::Max) {
              int64_t best = -1;
              T acc = std::numeric_limits<T>::lowest();
              for_taps(g, 0, o0, [&](int64_t i0, bool) {
                for_taps(g, 1, o1, [&](int64_t i1, bool) {
                  for_taps(g, 2, o2, [&](int64_t i2, bool) {
                    if (i0 < 0 || i1 < 0 || i2 < 0) return;
                    const int64_t at = (i0 * g.S[1] + i1) * g.S[2] + i2;
                    if (best < 0 || xp[at] > acc) {
                      acc = xp[at];
                      best = at;
                    }
                  });
                });
              });
              if (best >= 0) dxp[best] += d;
              continue;
            }
            int64_t inside = 0, padded = 0;
            for_taps(g, 0, o0, [&](int64_t i0, bool p0) {
              for_taps(g, 1, o1, [&](int64_t i1, bool p1) {
                for_taps(g, 2, o2, [&](int64_t i2, bool p2) {
                  padded += p0 && p1 && p2;
                  inside += i0 >= 0 && i1 >= 0 && i2 >= 0;
                });
              });
            });
            const int64_t div = include_pad ? padded : inside;
            if (div == 0) continue;
            const T share = d / static_cast<T>(div);
            for_taps(g, 0, o0, [&](int64_t i0, bool) {
              for_taps(g, 1, o1, [&](int64_t i1, bool) {
                for_taps(g, 2, o2, [&](int64_t i2, bool) {
                  if (i0 >= 0 && i1 >= 0 && i2 >= 0) dxp[(i0 * g.S[1] + i1) * g.S[2] + i2] += share;
                });
              });
            });
          }
    }
  });
}

// ---- oneDNN ---------------------------------------------------------------------------------
// oneDNN wants out == (in + pl + pr - extent) / stride + 1. With the caller's pad_end that
// holds unless ceil_mode added a last window; then pr grows to cover it. Max pooling ignores
// padding and exclude-pad averages count input taps only, so only include-pad averages would
// divide differently: those go through the loops.
int64_t onednn_pad_end(int64_t in, int64_t out, int i, const PoolParams& p) {
  const int64_t extent = (p.kernel[i] - 1) * p.dilation[i] + 1;
  const int64_t floor_out = (in + p.pad_begin[i] + p.pad_end[i] - extent) / p.stride[i] + 1;
  return out == floor_out ? p.pad_end[i] : (out - 1) * p.stride[i] + extent - in - p.pad_begin[i];
}

bool onednn_exact(const Shape& xs, const Shape& ys, PoolKind kind, const PoolParams& p) {
  if (kind == PoolKind::Max || !p.count_include_pad) return true;
  for (int i = 0; i < p.nsp; ++i)
    if (onednn_pad_end(xs[2 + i], ys[2 + i], i, p) != p.pad_end[i]) return false;
  return true;
}

struct Problem {
  Dims xd, yd, kernel, strides, dil, pl, pr;
};

Problem problem(const Shape& xs, const Shape& ys, const PoolParams& p) {
  Problem q;
  q.xd = dims_of(xs);
  q.yd = dims_of(ys);
  for (int i = 0; i < p.nsp; ++i) {
    q.kernel.push_back(p.kernel[i]);
    q.strides.push_back(p.stride[i]);
    q.dil.push_back(p.dilation[i] - 1);  // oneDNN counts dilation from 0
    q.pl.push_back(p.pad_begin[i]);
    q.pr.push_back(onednn_pad_end(xs[2 + i], ys[2 + i], i, p));
  }
  return q;
}

dnnl::algorithm algorithm_of(PoolKind kind, bool include_pad) {
  if (kind == PoolKind::Max) return dnnl::algorithm::pooling_max;
  return include_pad ? dnnl::algorithm::pooling_avg_include_padding : dnnl::algorithm::pooling_avg_exclude_padding;
}

struct Entry {
  bool ok = false;
  dnnl::primitive fwd, bwd;  // bwd: backward pass (plus fwd in training mode for max's workspace)
  memory src, dst, diff_dst, diff_src;
  ArenaMemory workspace, tmp_dst, scratch_fwd, scratch_bwd;
};

thread_local Lru<Entry> cache;

Entry& entry_for(bool backward, const Shape& xs, const Shape& ys, PoolKind kind, const PoolParams& p) {
  Key key;
  key.add(int64_t{backward}).add(static_cast<int64_t>(kind)).add(int64_t{p.count_include_pad}).add(int64_t{p.nsp});
  for (const Shape* s : {&xs, &ys})
    for (int i = 0; i < s->ndim; ++i) key.add(s->d[i]);
  for (int i = 0; i < p.nsp; ++i) key.add(p.kernel[i]).add(p.stride[i]).add(p.dilation[i]).add(p.pad_begin[i]).add(p.pad_end[i]);
  if (Entry* e = cache.find(key)) return *e;
  const Problem q = problem(xs, ys, p);
  auto e = std::make_unique<Entry>();
  try {
    using namespace dnnl;
    const algorithm alg = algorithm_of(kind, p.count_include_pad);
    const memory::desc xmd = plain(q.xd), ymd = plain(q.yd);
    if (!backward) {
      pooling_v2_forward::desc d(prop_kind::forward_inference, alg, xmd, ymd, q.strides, q.kernel, q.dil, q.pl, q.pr);
      pooling_v2_forward::primitive_desc pd(d, user_scratchpad(), engine());
      e->fwd = pooling_v2_forward(pd);
      e->scratch_fwd.init(pd.scratchpad_desc(), kSlotScratch);
    } else {
      pooling_v2_forward::desc fd(prop_kind::forward_training, alg, xmd, ymd, q.strides, q.kernel, q.dil, q.pl, q.pr);
      pooling_v2_forward::primitive_desc fpd(fd, user_scratchpad(), engine());
      pooling_v2_backward::desc bd(alg, xmd, ymd, q.strides, q.kernel, q.dil, q.pl, q.pr);
      pooling_v2_backward::primitive_desc bpd(bd, user_scratchpad(), engine(), fpd);
      if (kind == PoolKind::Max) {
        e->fwd = pooling_v2_forward(fpd);
        e->scratch_fwd.init(fpd.scratchpad_desc(), kSlotScratch);
        e->workspace.init(fpd.workspace_desc(), kSlotWorkspace);
        e->tmp_dst.init(ymd, kSlotTmp);
      }
      e->bwd = pooling_v2_backward(bpd);
      e->scratch_bwd.init(bpd.scratchpad_desc(), kSlotScratch);
      e->diff_dst = memory(ymd, engine(), DNNL_MEMORY_NONE);
      e->diff_src = memory(xmd, engine(), DNNL_MEMORY_NONE);
    }
    e->src = memory(xmd, engine(), DNNL_MEMORY_NONE);
    e->dst = memory(ymd, engine(), DNNL_MEMORY_NONE);
    e->ok = true;
  } catch (const dnnl::error& err) {
    if (err.status == dnnl_out_of_memory) rethrow(err, "pooling");
    e = std::make_unique<Entry>();
  }
  return cache.insert(key, std::move(e));
}

void require_contiguous(const Tensor& t, const char* what) {
  if (!t.is_contiguous()) fail(Status::Internal, std::string("pooling: ") + what + " must be contiguous");
}

template <typename F>
void by_float_type(DType t, F&& f) {
  if (t == DType::Float32) f(float{});
  else if (t == DType::Float64) f(double{});
  else fail(Status::Internal, "pooling kernels take float32 or float64");
}

}  // namespace

void pool_forward(const Tensor& x_in, PoolKind kind, const PoolParams& p, Tensor& y) {
  require_contiguous(y, "y");
  if (y.numel() == 0) return;
  const Tensor x = x_in.contiguous();
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, float>) {
      if (onednn_exact(x.shape(), y.shape(), kind, p) && x.numel() > 0) {
        Entry& e = entry_for(false, x.shape(), y.shape(), kind, p);
        if (e.ok) {
          e.src.set_data_handle(x.data());
          e.dst.set_data_handle(y.data());
          execute(e.fwd, {{DNNL_ARG_SRC, &e.src}, {DNNL_ARG_DST, &e.dst}, {DNNL_ARG_SCRATCHPAD, e.scratch_fwd.bind()}});
          return;
        }
      }
    }
    pool_fwd_ref<T>(x.data_as<T>(), y.data_as<T>(), kind, p.count_include_pad, geometry(x.shape(), y.shape(), p));
  });
}

void pool_backward(const Tensor& x_in, const Tensor& dy_in, PoolKind kind, const PoolParams& p, Tensor& dx) {
  require_contiguous(dx, "dx");
  if (dx.numel() == 0) return;
  const Tensor x = x_in.contiguous(), dy = dy_in.contiguous();
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, float>) {
      if (onednn_exact(x.shape(), dy.shape(), kind, p) && dy.numel() > 0) {
        Entry& e = entry_for(true, x.shape(), dy.shape(), kind, p);
        if (e.ok) {
          e.diff_dst.set_data_handle(dy.data());
          e.diff_src.set_data_handle(dx.data());
          const memory* ws = kind == PoolKind::Max ? e.workspace.bind() : nullptr;
          if (kind == PoolKind::Max) {
            e.src.set_data_handle(x.data());
            execute(e.fwd, {{DNNL_ARG_SRC, &e.src}, {DNNL_ARG_DST, e.tmp_dst.bind()}, {DNNL_ARG_WORKSPACE, ws},
                            {DNNL_ARG_SCRATCHPAD, e.scratch_fwd.bind()}});
          }
          execute(e.bwd, {{DNNL_ARG_DIFF_DST, &e.diff_dst}, {DNNL_ARG_DIFF_SRC, &e.diff_src}, {DNNL_ARG_WORKSPACE, ws},
                          {DNNL_ARG_SCRATCHPAD, e.scratch_bwd.bind()}});
          return;
        }
      }
    }
    if (dy.numel() == 0) {
      T* d = dx.data_as<T>();
      for (int64_t i = 0; i < dx.numel(); ++i) d[i] = T(0);
      return;
    }
    pool_bwd_ref<T>(x.data_as<T>(), dy.data_as<T>(), dx.data_as<T>(), kind, p.count_include_pad, geometry(x.shape(), dy.shape(), p));
  });
}

int pool_cache_clear() {
  const int n = static_cast<int>(cache.size());
  cache.clear();
  return n;
}

}  // namespace tsr
