#include "tessera/core/kernels/conv.h"

#include <algorithm>
#include <cstring>

#include "dnnl_common.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {
using namespace dnnl_util;

// ---- geometry -------------------------------------------------------------------------------
// Spatial dimensions are right-aligned into three (D, H, W); missing ones have size 1, kernel
// 1, stride 1, no padding. x [N, C, S], w [M, C/G, K], y [N, M, O].
struct Geo {
  int64_t N, C, M, G, Cg, Mg;
  int64_t S[3], K[3], O[3], st[3], dl[3], pb[3];
  int64_t s_size() const { return S[0] * S[1] * S[2]; }
  int64_t k_size() const { return K[0] * K[1] * K[2]; }
  int64_t o_size() const { return O[0] * O[1] * O[2]; }
};

Geo geometry(const Shape& xs, const Shape& ws, const Shape& ys, const ConvParams& p) {
  Geo g;
  g.N = xs[0];
  g.C = xs[1];
  g.M = ws[0];
  g.G = p.group;
  g.Cg = g.C / g.G;
  g.Mg = g.M / g.G;
  for (int i = 0; i < 3; ++i) {
    const int j = i - (3 - p.nsp);  // index into the real spatial dims
    const bool real = j >= 0;
    g.S[i] = real ? xs[2 + j] : 1;
    g.K[i] = real ? ws[2 + j] : 1;
    g.O[i] = real ? ys[2 + j] : 1;
    g.st[i] = real ? p.stride[j] : 1;
    g.dl[i] = real ? p.dilation[j] : 1;
    g.pb[i] = real ? p.pad_begin[j] : 0;
  }
  return g;
}

// Input coordinate of output o and tap k along spatial axis a, or -1 when it falls in padding.
inline int64_t in_coord(const Geo& g, int a, int64_t o, int64_t k) {
  const int64_t i = o * g.st[a] - g.pb[a] + k * g.dl[a];
  return (i >= 0 && i < g.S[a]) ? i : -1;
}

// Calls f(o, k, i) with the flat output position, kernel tap and input position of every tap
// that lands inside the input (taps in the padding are skipped). The one window walk that the
// three reference loops share.
template <typename F>
inline void for_each_tap(const Geo& g, F&& f) {
  for (int64_t o0 = 0; o0 < g.O[0]; ++o0)
    for (int64_t o1 = 0; o1 < g.O[1]; ++o1)
      for (int64_t o2 = 0; o2 < g.O[2]; ++o2) {
        const int64_t o = (o0 * g.O[1] + o1) * g.O[2] + o2;
        for (int64_t k0 = 0; k0 < g.K[0]; ++k0) {
          const int64_t i0 = in_coord(g, 0, o0, k0);
          if (i0 < 0) continue;
          for (int64_t k1 = 0; k1 < g.K[1]; ++k1) {
            const int64_t i1 = in_coord(g, 1, o1, k1);
            if (i1 < 0) continue;
            for (int64_t k2 = 0; k2 < g.K[2]; ++k2) {
              const int64_t i2 = in_coord(g, 2, o2, k2);
              if (i2 < 0) continue;
              f(o, (k0 * g.K[1] + k1) * g.K[2] + k2, (i0 * g.S[1] + i1) * g.S[2] + i2);
            }
          }
        }
      }
}

int64_t grain_for(int64_t work_per_item) { return std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(work_per_item, 1)); }

// ---- reference loops ------------------------------------------------------------------------
template <typename T>
void fwd_ref(const T* x, const T* w, const T* b, T* y, const Geo& g) {
  const int64_t os = g.o_size(), ss = g.s_size(), ks = g.k_size();
  parallel_for(g.N * g.M, grain_for(os * g.Cg * ks), [&](int64_t begin, int64_t end) {
    for (int64_t nm = begin; nm < end; ++nm) {
      const int64_t n = nm / g.M, m = nm % g.M, grp = m / g.Mg;
      T* yp = y + nm * os;
      const T* wm = w + m * g.Cg * ks;
      const T* xg = x + (n * g.C + grp * g.Cg) * ss;
      const T bias = b ? b[m] : T(0);
      for (int64_t o = 0; o < os; ++o) yp[o] = bias;
      for (int64_t c = 0; c < g.Cg; ++c) {
        const T* xc = xg + c * ss;
        const T* wc = wm + c * ks;
        for_each_tap(g, [&](int64_t o, int64_t k, int64_t i) { yp[o] += xc[i] * wc[k]; });
      }
    }
  });
}

// dx[n, ci] gathers from every output it fed; one task per (n, ci) so no two tasks write the
// same element.
template <typename T>
void bwd_data_ref(const T* dy, const T* w, const T* b, T* dx, const Geo& g) {
  const int64_t os = g.o_size(), ss = g.s_size(), ks = g.k_size();
  parallel_for(g.N * g.C, grain_for(os * g.Mg * ks), [&](int64_t begin, int64_t end) {
    for (int64_t nc = begin; nc < end; ++nc) {
      const int64_t n = nc / g.C, ci = nc % g.C, grp = ci / g.Cg, c = ci % g.Cg;
      T* xp = dx + nc * ss;
      const T bias = b ? b[ci] : T(0);
      for (int64_t i = 0; i < ss; ++i) xp[i] = bias;
      for (int64_t mm = 0; mm < g.Mg; ++mm) {
        const int64_t m = grp * g.Mg + mm;
        const T* dym = dy + (n * g.M + m) * os;
        const T* wc = w + (m * g.Cg + c) * ks;
        for_each_tap(g, [&](int64_t o, int64_t k, int64_t i) { xp[i] += dym[o] * wc[k]; });
      }
    }
  });
}

// dw[m, c, k] = sum over n and outputs of dy[n, m, o] * x[n, group(m)*Cg + c, o*s - p + k*d].
template <typename T>
void bwd_weights_ref(const T* x, const T* dy, T* dw, T* db, const Geo& g) {
  const int64_t os = g.o_size(), ss = g.s_size(), ks = g.k_size();
  parallel_for(g.M, grain_for(g.N * os * g.Cg * ks), [&](int64_t begin, int64_t end) {
    for (int64_t m = begin; m < end; ++m) {
      const int64_t grp = m / g.Mg;
      T* wm = dw + m * g.Cg * ks;
      for (int64_t i = 0; i < g.Cg * ks; ++i) wm[i] = T(0);
      T bsum = 0;
      for (int64_t n = 0; n < g.N; ++n) {
        const T* dym = dy + (n * g.M + m) * os;
        for (int64_t o = 0; o < os; ++o) bsum += dym[o];
        for (int64_t c = 0; c < g.Cg; ++c) {
          const T* xc = x + (n * g.C + grp * g.Cg + c) * ss;
          T* wc = wm + c * ks;
          for_each_tap(g, [&](int64_t o, int64_t k, int64_t i) { wc[k] += dym[o] * xc[i]; });
        }
      }
      if (db) db[m] = bsum;
    }
  });
}

// ---- oneDNN ---------------------------------------------------------------------------------
enum Kind : int64_t { kFwd = 1, kBwdData = 2, kBwdWeights = 3 };

struct Entry {
  bool ok = false;  // false: oneDNN declined this configuration; use the reference loops
  dnnl::primitive prim;
  Staged a, b, c, bias;  // per kind: fwd (src, weights, dst, bias); bwd_data (diff_dst, weights,
                         // diff_src); bwd_weights (src, diff_dst, diff_weights, diff_bias)
  ArenaMemory scratch;
};

thread_local Lru<Entry> cache;

// Weights of frozen storages (graph constants) already reordered into a primitive's layout, so a
// model's convolutions reorder each weight once instead of on every run. Keyed by the source
// storage (its control block, through a weak pointer: a new storage at the same address is a
// different key), the source address and the target layout. Entries whose source died are
// dropped at the next lookup, and the total stays under kPackedBudget bytes (least recently used
// first); conv_cache_clear() drops them all.
struct Packed {
  std::weak_ptr<Storage> src;
  const void* data = nullptr;
  memory::desc md;
  memory mem;
  size_t bytes = 0;
  uint64_t used = 0;
};
constexpr size_t kPackedBudget = size_t{1} << 30;
thread_local std::vector<Packed> packed;
thread_local uint64_t packed_tick = 0;

const memory& weights_for(Staged& st, const Tensor& w) {
  if (!st.reorder || !w.storage() || !w.storage()->frozen()) return st.in(w.data());
  const memory::desc want = st.inner.get_desc();
  for (auto& p : packed)
    if (p.data == w.data() && !p.src.owner_before(w.storage()) && !w.storage().owner_before(p.src) && p.md == want) {
      p.used = ++packed_tick;
      return p.mem;
    }
  // Forget weights whose tensors are gone, then make room.
  conv_drop_dead_weights();
  size_t total = 0;
  for (const auto& p : packed) total += p.bytes;
  const size_t bytes = want.get_size();
  while (!packed.empty() && total + bytes > kPackedBudget) {
    auto lru = std::min_element(packed.begin(), packed.end(), [](const Packed& a, const Packed& b) { return a.used < b.used; });
    total -= lru->bytes;
    packed.erase(lru);
  }
  if (bytes > kPackedBudget) return st.in(w.data());
  Packed p;
  p.src = w.storage();
  p.data = w.data();
  p.md = want;
  p.mem = memory(want, engine());
  p.bytes = bytes;
  p.used = ++packed_tick;
  st.user.set_data_handle(const_cast<void*>(w.data()));
  execute(st.to_inner, {{DNNL_ARG_FROM, &st.user}, {DNNL_ARG_TO, &p.mem}});
  packed.push_back(std::move(p));
  return packed.back().mem;
}

struct Problem {
  Dims xd, wd, yd, strides, dil, pl, pr;
  memory::dim M = 0;  // output channels of the convolution (w.shape[0])
};

Problem problem(const Shape& xs, const Shape& ws, const Shape& ys, const ConvParams& p) {
  Problem q;
  q.xd = dims_of(xs);
  q.yd = dims_of(ys);
  q.M = ws[0];
  if (p.group > 1) {
    q.wd = {p.group, ws[0] / p.group, ws[1]};
    for (int i = 2; i < ws.ndim; ++i) q.wd.push_back(ws[i]);
  } else {
    q.wd = dims_of(ws);
  }
  for (int i = 0; i < p.nsp; ++i) {
    q.strides.push_back(p.stride[i]);
    q.dil.push_back(p.dilation[i] - 1);  // oneDNN counts dilation from 0
    q.pl.push_back(p.pad_begin[i]);
    q.pr.push_back(p.pad_end[i]);
  }
  return q;
}

// Built straight from the shapes and parameters: no allocation on the cache-hit path.
Key key_of(Kind kind, const Shape& xs, const Shape& ws, const Shape& ys, const ConvParams& p, bool bias) {
  Key k;
  k.add(static_cast<int64_t>(kind)).add(int64_t{p.nsp}).add(p.group).add(int64_t{bias});
  for (const Shape* s : {&xs, &ws, &ys})
    for (int i = 0; i < s->ndim; ++i) k.add(s->d[i]);
  for (int i = 0; i < p.nsp; ++i) k.add(p.stride[i]).add(p.dilation[i]).add(p.pad_begin[i]).add(p.pad_end[i]);
  return k;
}

// A 1x1 convolution with unit strides and no padding is a matrix product over each image's
// channels: oneDNN runs it on the plain NCHW layout directly, which saves the activation reorders
// into and out of a blocked layout around the call (the larger part of such a layer's cost).
bool pointwise(const Problem& q) {
  for (size_t i = 2; i < q.wd.size(); ++i)
    if (q.wd[i] != 1) return false;
  for (size_t i = 0; i < q.strides.size(); ++i)
    if (q.strides[i] != 1 || q.pl[i] != 0 || q.pr[i] != 0 || q.dil[i] != 0) return false;
  return q.wd.size() == q.xd.size();  // no groups dimension
}

dnnl::convolution_forward::primitive_desc fwd_hint(const Problem& q, bool bias, dnnl::prop_kind pk, bool with_attr) {
  using namespace dnnl;
  const bool flat = pk == prop_kind::forward_inference && pointwise(q);
  const memory::desc xd = flat ? plain(q.xd) : any(q.xd), yd = flat ? plain(q.yd) : any(q.yd);
  auto d = bias ? convolution_forward::desc(pk, algorithm::convolution_direct, xd, any(q.wd), plain({q.M}), yd, q.strides, q.dil, q.pl, q.pr)
                : convolution_forward::desc(pk, algorithm::convolution_direct, xd, any(q.wd), yd, q.strides, q.dil, q.pl, q.pr);
  return with_attr ? convolution_forward::primitive_desc(d, user_scratchpad(), engine()) : convolution_forward::primitive_desc(d, engine());
}

Entry& entry_for(Kind kind, const Shape& xs, const Shape& ws, const Shape& ys, const ConvParams& p, bool bias) {
  const Key key = key_of(kind, xs, ws, ys, p, bias);
  if (Entry* e = cache.find(key)) return *e;
  const Problem q = problem(xs, ws, ys, p);
  auto e = std::make_unique<Entry>();
  try {
    using namespace dnnl;
    const memory::dim M = q.M;
    if (kind == kFwd) {
      auto pd = fwd_hint(q, bias, prop_kind::forward_inference, true);
      e->a.init(plain(q.xd), pd.src_desc(), true, kSlotA);
      e->b.init(plain(q.wd), pd.weights_desc(), true, kSlotB);
      e->c.init(plain(q.yd), pd.dst_desc(), false, kSlotC);
      if (bias) e->bias.init(plain({M}), pd.bias_desc(), true, kSlotD);
      e->prim = convolution_forward(pd);
      e->scratch.init(pd.scratchpad_desc(), kSlotScratch);
    } else if (kind == kBwdData) {
      auto hint = fwd_hint(q, false, prop_kind::forward_training, false);
      convolution_backward_data::desc d(algorithm::convolution_direct, any(q.xd), any(q.wd), any(q.yd), q.strides, q.dil, q.pl, q.pr);
      convolution_backward_data::primitive_desc pd(d, user_scratchpad(), engine(), hint);
      e->a.init(plain(q.yd), pd.diff_dst_desc(), true, kSlotA);
      e->b.init(plain(q.wd), pd.weights_desc(), true, kSlotB);
      e->c.init(plain(q.xd), pd.diff_src_desc(), false, kSlotC);
      e->prim = convolution_backward_data(pd);
      e->scratch.init(pd.scratchpad_desc(), kSlotScratch);
    } else {
      auto hint = fwd_hint(q, bias, prop_kind::forward_training, false);
      auto d = bias ? convolution_backward_weights::desc(algorithm::convolution_direct, any(q.xd), any(q.wd), plain({M}), any(q.yd),
                                                         q.strides, q.dil, q.pl, q.pr)
                    : convolution_backward_weights::desc(algorithm::convolution_direct, any(q.xd), any(q.wd), any(q.yd), q.strides,
                                                         q.dil, q.pl, q.pr);
      convolution_backward_weights::primitive_desc pd(d, user_scratchpad(), engine(), hint);
      e->a.init(plain(q.xd), pd.src_desc(), true, kSlotA);
      e->b.init(plain(q.yd), pd.diff_dst_desc(), true, kSlotB);
      e->c.init(plain(q.wd), pd.diff_weights_desc(), false, kSlotC);
      if (bias) e->bias.init(plain({M}), pd.diff_bias_desc(), false, kSlotD);
      e->prim = convolution_backward_weights(pd);
      e->scratch.init(pd.scratchpad_desc(), kSlotScratch);
    }
    e->ok = true;
  } catch (const dnnl::error& err) {
    if (err.status == dnnl_out_of_memory) rethrow(err, "convolution");
    e = std::make_unique<Entry>();  // unimplemented here: remember to use the reference loops
  }
  return cache.insert(key, std::move(e));
}

bool any_empty(const Shape& a, const Shape& b, const Shape& c) { return a.numel() == 0 || b.numel() == 0 || c.numel() == 0; }

void require_contiguous(const Tensor& t, const char* what) {
  if (!t.is_contiguous()) fail(Status::Internal, std::string("convolution: ") + what + " must be contiguous");
}

// Adds b[c] to every element of channel c of a contiguous [N, C, ...] float32 tensor.
void add_channel_bias(float* y, const float* b, int64_t N, int64_t C, int64_t inner) {
  parallel_for(N * C, grain_for(inner), [&](int64_t begin, int64_t end) {
    for (int64_t nc = begin; nc < end; ++nc) {
      float* p = y + nc * inner;
      const float v = b[nc % C];
#pragma omp simd
      for (int64_t i = 0; i < inner; ++i) p[i] += v;
    }
  });
}

template <typename F>
void by_float_type(DType t, F&& f) {
  if (t == DType::Float32) f(float{});
  else if (t == DType::Float64) f(double{});
  else fail(Status::Internal, "convolution kernels take float32 or float64");
}

}  // namespace

void conv_forward(const Tensor& x_in, const Tensor& w_in, const Tensor* b_in, const ConvParams& p, Tensor& y) {
  require_contiguous(y, "y");
  if (y.numel() == 0) return;
  const Tensor x = x_in.contiguous(), w = w_in.contiguous();
  const Tensor b = b_in ? b_in->contiguous() : Tensor();
  const Geo g = geometry(x.shape(), w.shape(), y.shape(), p);
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, float>) {
      if (!any_empty(x.shape(), w.shape(), y.shape())) {
        Entry& e = entry_for(kFwd, x.shape(), w.shape(), y.shape(), p, b_in != nullptr);
        if (e.ok) {
          const memory& src = e.a.in(x.data());
          const memory& wts = weights_for(e.b, w);
          const memory* bias = b_in ? &e.bias.in(b.data()) : nullptr;
          const memory& dst = e.c.out(y.data());
          execute(e.prim, {{DNNL_ARG_SRC, &src}, {DNNL_ARG_WEIGHTS, &wts}, {DNNL_ARG_BIAS, bias}, {DNNL_ARG_DST, &dst},
                           {DNNL_ARG_SCRATCHPAD, e.scratch.bind()}});
          e.c.out_done();
          return;
        }
      }
    }
    fwd_ref<T>(x.data_as<T>(), w.data_as<T>(), b_in ? b.data_as<T>() : nullptr, y.data_as<T>(), g);
  });
}

void conv_backward_data(const Tensor& dy_in, const Tensor& w_in, const Tensor* b_in, const ConvParams& p, Tensor& dx) {
  require_contiguous(dx, "dx");
  if (dx.numel() == 0) return;
  const Tensor dy = dy_in.contiguous(), w = w_in.contiguous();
  const Tensor b = b_in ? b_in->contiguous() : Tensor();
  const Geo g = geometry(dx.shape(), w.shape(), dy.shape(), p);
  by_float_type(dy.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, float>) {
      if (!any_empty(dx.shape(), w.shape(), dy.shape())) {
        Entry& e = entry_for(kBwdData, dx.shape(), w.shape(), dy.shape(), p, false);
        if (e.ok) {
          const memory& ddst = e.a.in(dy.data());
          const memory& wts = e.b.in(w.data());
          const memory& dsrc = e.c.out(dx.data());
          execute(e.prim, {{DNNL_ARG_DIFF_DST, &ddst}, {DNNL_ARG_WEIGHTS, &wts}, {DNNL_ARG_DIFF_SRC, &dsrc}, {DNNL_ARG_SCRATCHPAD, e.scratch.bind()}});
          e.c.out_done();
          if (b_in) add_channel_bias(dx.data_as<float>(), b.data_as<float>(), g.N, g.C, g.s_size());
          return;
        }
      }
    }
    bwd_data_ref<T>(dy.data_as<T>(), w.data_as<T>(), b_in ? b.data_as<T>() : nullptr, dx.data_as<T>(), g);
  });
}

void conv_backward_weights(const Tensor& x_in, const Tensor& dy_in, const ConvParams& p, Tensor& dw, Tensor* db) {
  require_contiguous(dw, "dw");
  if (db) require_contiguous(*db, "db");
  const Tensor x = x_in.contiguous(), dy = dy_in.contiguous();
  const Geo g = geometry(x.shape(), dw.shape(), dy.shape(), p);
  by_float_type(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, float>) {
      if (!any_empty(x.shape(), dw.shape(), dy.shape())) {
        Entry& e = entry_for(kBwdWeights, x.shape(), dw.shape(), dy.shape(), p, db != nullptr);
        if (e.ok) {
          const memory& src = e.a.in(x.data());
          const memory& ddst = e.b.in(dy.data());
          const memory& dwts = e.c.out(dw.data());
          const memory* dbias = db ? &e.bias.out(db->data()) : nullptr;
          execute(e.prim, {{DNNL_ARG_SRC, &src}, {DNNL_ARG_DIFF_DST, &ddst}, {DNNL_ARG_DIFF_WEIGHTS, &dwts}, {DNNL_ARG_DIFF_BIAS, dbias},
                           {DNNL_ARG_SCRATCHPAD, e.scratch.bind()}});
          e.c.out_done();
          if (db) e.bias.out_done();
          return;
        }
      }
    }
    bwd_weights_ref<T>(x.data_as<T>(), dy.data_as<T>(), dw.data_as<T>(), db ? db->data_as<T>() : nullptr, g);
  });
}

int conv_cache_clear() {
  const int n = static_cast<int>(cache.size());
  cache.clear();
  packed.clear();
  return n;
}

void conv_drop_dead_weights() {
  packed.erase(std::remove_if(packed.begin(), packed.end(), [](const Packed& p) { return p.src.expired(); }), packed.end());
}

}  // namespace tsr
