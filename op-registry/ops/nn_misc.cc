// Neural-network building blocks that fit no larger family: dropout, gemm (BLAS), einsum,
// resize (nearest / N-d linear) and embedding (a row gather).
#include <cblas.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

#include "common.h"
#include "tessera/core/kernels/elementwise.h"
#include "tessera/core/kernels/gemm.h"
#include "tessera/core/kernels/reduce.h"
#include "tessera/core/thread_pool.h"

namespace tsr {
namespace {

using grad::call;
using grad::scalar;

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// ==== dropout ==================================================================================
enum { kDropRatio = 0, kDropTraining = 1, kDropSeed = 2 };

void infer_dropout(OpCall& c) {
  const double r = c.f(kDropRatio);
  if (!(r >= 0 && r < 1)) c.bad_attr(kDropRatio, "ratio must be in [0, 1), got " + num(r));
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = c.in(0).shape();
  c.out_dtype[1] = DType::Bool;
  c.out_shape[1] = c.in(0).shape();
}

// Output i (0-based) of the SplitMix64 generator seeded with `seed`: a counter-based stream, so
// every element's draw is independent of how the work is split over threads.
inline uint64_t splitmix64_at(uint64_t seed, uint64_t i) {
  uint64_t z = seed + (i + 1) * 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// seed 0: a fresh seed from this thread's engine generator (itself seeded from random_device).
uint64_t engine_seed() {
  thread_local std::mt19937_64 gen{(static_cast<uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}()};
  return gen();
}

void dropout_kernel(OpCall& c) {
  const Tensor x = c.in(0).contiguous();
  Tensor &y = c.outputs[0], &mask = c.outputs[1];
  const double ratio = c.f(kDropRatio);
  const int64_t n = x.numel();
  bool* pm = mask.data_as<bool>();
  if (!c.b(kDropTraining) || ratio == 0) {
    y.copy_from(x);
    std::fill(pm, pm + n, true);
    return;
  }
  const uint64_t seed = c.i(kDropSeed) != 0 ? static_cast<uint64_t>(c.i(kDropSeed)) : engine_seed();
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* px = x.data_as<T>();
      T* py = y.data_as<T>();
      const T scale = static_cast<T>(1.0 / (1.0 - ratio));
      // u = k * 2^-53 with k the top 53 bits; u >= ratio  <=>  k >= ceil(ratio * 2^53) (exact).
      const uint64_t threshold = static_cast<uint64_t>(std::ceil(ratio * 0x1.0p53));
      parallel_for(n, kParallelGrain, [&](int64_t b, int64_t e) {
#pragma omp simd
        for (int64_t i = b; i < e; ++i) {
          const bool keep = (splitmix64_at(seed, static_cast<uint64_t>(i)) >> 11) >= threshold;
          pm[i] = keep;
          py[i] = keep ? px[i] * scale : T(0);
        }
      });
    }
  });
}

void dropout_grad(GradCtx& g) {
  const double ratio = g.attr(kDropRatio).f;
  if (!g.b(kDropTraining) || ratio == 0) {
    g.grad_in[0] = g.dy();
    return;
  }
  const DType t = g.dy().dtype();
  g.grad_in[0] = call("where", {g.out(1), call("mul", {g.dy(), scalar(1.0 / (1.0 - ratio), t)}), scalar(0, t)});
}

// ==== gemm =====================================================================================
enum { kAlpha = 0, kBeta = 1, kTransA = 2, kTransB = 3 };

bool gemm_has_c(const OpCall& c) { return c.n_inputs > 2 && c.inputs[2] != nullptr; }

void infer_gemm(OpCall& c) {
  const Tensor &a = c.in(0), &b = c.in(1);
  if (a.ndim() != 2) c.bad_input(0, Status::ShapeMismatch, "a must be a matrix (2-D), got shape " + a.shape().str());
  if (b.ndim() != 2) c.bad_input(1, Status::ShapeMismatch, "b must be a matrix (2-D), got shape " + b.shape().str());
  ops::require_same_dtype(c, 0, 1);
  const bool ta = c.b(kTransA), tb = c.b(kTransB);
  const int64_t m = ta ? a.dim(1) : a.dim(0), k = ta ? a.dim(0) : a.dim(1);
  const int64_t kb = tb ? b.dim(1) : b.dim(0), n = tb ? b.dim(0) : b.dim(1);
  if (k != kb)
    c.bad_input(1, Status::ShapeMismatch,
                "inner dimensions differ: op(a) is [" + std::to_string(m) + ", " + std::to_string(k) + "] and op(b) is [" +
                    std::to_string(kb) + ", " + std::to_string(n) + "] (a " + a.shape().str() + (ta ? " transposed" : "") + ", b " +
                    b.shape().str() + (tb ? " transposed" : "") + ")");
  if (m > INT_MAX || n > INT_MAX || k > INT_MAX)
    c.bad_input(0, Status::InvalidArgument, "gemm dimensions must stay below 2^31 (BLAS int), got m=" + std::to_string(m) +
                                                ", n=" + std::to_string(n) + ", k=" + std::to_string(k));
  if (gemm_has_c(c)) {
    const Tensor& cc = c.in(2);
    ops::require_same_dtype(c, 0, 2);
    bool ok = cc.ndim() <= 2;
    const int64_t want[2] = {m, n};
    for (int d = 0; ok && d < cc.ndim(); ++d) {
      const int64_t have = cc.dim(d), w = want[2 - cc.ndim() + d];
      ok = have == 1 || have == w;
    }
    if (!ok)
      c.bad_input(2, Status::ShapeMismatch, "c of shape " + cc.shape().str() + " does not broadcast to the result shape [" +
                                                std::to_string(m) + ", " + std::to_string(n) + "]");
  }
  c.out_dtype[0] = a.dtype();
  c.out_shape[0] = Shape{m, n};
}

// How BLAS reads a 2-D view: row-major with leading dimension `ld`, transposed when the view is
// column-major. Views with neither unit stride are copied.
struct BlasMatrix {
  Tensor t;
  bool trans;
  int64_t ld;
};

BlasMatrix blas_matrix(const Tensor& t, bool trans) {
  const int64_t rows = t.dim(0), cols = t.dim(1), rs = t.strides()[0], cs = t.strides()[1];
  if ((cs == 1 || cols <= 1) && rs >= std::max<int64_t>(cols, 1)) return {t, trans, rs};
  if ((rs == 1 || rows <= 1) && cs >= std::max<int64_t>(rows, 1)) return {t, !trans, cs};
  return {t.contiguous(), trans, std::max<int64_t>(cols, 1)};
}

void gemm_kernel(OpCall& c) {
  Tensor& y = c.outputs[0];
  const int64_t m = y.dim(0), n = y.dim(1);
  const bool ta = c.b(kTransA), tb = c.b(kTransB);
  const int64_t k = ta ? c.in(0).dim(0) : c.in(0).dim(1);
  const double alpha = c.f(kAlpha);
  const double beta = gemm_has_c(c) ? c.f(kBeta) : 0.0;
  if (beta != 0) y.copy_from(c.in(2));  // c broadcasts to [m, n]; BLAS scales it by beta in place
  if (m == 0 || n == 0) return;
  dispatch_dtype(y.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      T* py = y.data_as<T>();
      if (k == 0) {  // empty inner dimension: alpha * 0 + beta * c
        for (int64_t i = 0; i < m * n; ++i) py[i] = beta != 0 ? static_cast<T>(beta) * py[i] : T(0);
        return;
      }
      const BlasMatrix A = blas_matrix(c.in(0), ta), B = blas_matrix(c.in(1), tb);
      const auto to = [](bool t) { return t ? CblasTrans : CblasNoTrans; };
      if constexpr (std::is_same_v<T, float>)
        cblas_sgemm(CblasRowMajor, to(A.trans), to(B.trans), static_cast<int>(m), static_cast<int>(n), static_cast<int>(k),
                    static_cast<float>(alpha), A.t.data_as<float>(), static_cast<int>(A.ld), B.t.data_as<float>(),
                    static_cast<int>(B.ld), static_cast<float>(beta), py, static_cast<int>(n));
      else
        cblas_dgemm(CblasRowMajor, to(A.trans), to(B.trans), static_cast<int>(m), static_cast<int>(n), static_cast<int>(k), alpha,
                    A.t.data_as<double>(), static_cast<int>(A.ld), B.t.data_as<double>(), static_cast<int>(B.ld), beta, py,
                    static_cast<int>(n));
    }
  });
}

Tensor gemm_call(const Tensor& a, const Tensor& b, bool ta, bool tb, double alpha) {
  return call("gemm", {a, b}, {grad::flag("trans_a", ta), grad::flag("trans_b", tb), grad::f64("alpha", alpha)});
}

// With op(a) = a or a^T: d op(a) = alpha dy op(b)^T and d op(b) = alpha op(a)^T dy, each written
// as one gemm on the stored (untransposed) operands.
void gemm_grad(GradCtx& g) {
  const Tensor &a = g.in(0), &b = g.in(1), &dy = g.dy();
  const bool ta = g.b(kTransA), tb = g.b(kTransB);
  const double alpha = g.attr(kAlpha).f;
  if (g.needs[0]) g.grad_in[0] = ta ? gemm_call(b, dy, tb, true, alpha) : gemm_call(dy, b, false, !tb, alpha);
  if (g.needs[1]) g.grad_in[1] = tb ? gemm_call(dy, a, true, ta, alpha) : gemm_call(a, dy, !ta, false, alpha);
  if (g.n_inputs > 2 && g.needs[2])
    g.grad_in[2] = grad::unbroadcast(call("mul", {dy, scalar(g.attr(kBeta).f, dy.dtype())}), g.in(2).shape());
}

// ==== einsum ===================================================================================
enum { kEquation = 0 };
constexpr int kEll = 256;  // label ids of broadcast ('...') dimensions: kEll + j; letters use their code
constexpr int kNumLabels = kEll + kMaxDims;

struct EinsumSpec {
  std::vector<std::vector<int>> terms;  // per operand: one label id per dimension ('...' expanded)
  std::vector<int> out;                 // output label ids
  int ell_rank = 0;                     // dimensions covered by '...' (right-aligned across operands)
  int64_t size[kNumLabels];             // broadcast size of each label
  bool used[kNumLabels];
};

bool is_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

// Parses one term: letters and at most one "...". Returns the labels; *ell is the position of
// the ellipsis among them (-1 when absent).
std::vector<int> parse_term(const OpCall& c, const std::string& term, const char* what, int* ell) {
  std::vector<int> labels;
  *ell = -1;
  for (size_t i = 0; i < term.size(); ++i) {
    const char ch = term[i];
    if (is_letter(ch)) {
      labels.push_back(static_cast<unsigned char>(ch));
    } else if (ch == '.') {
      if (term.compare(i, 3, "...") != 0)
        c.bad_attr(kEquation, std::string("a '.' must be part of '...' in ") + what + " '" + term + "'");
      if (*ell >= 0) c.bad_attr(kEquation, std::string(what) + " '" + term + "' has more than one '...'");
      *ell = static_cast<int>(labels.size());
      i += 2;
    } else {
      c.bad_attr(kEquation, std::string("unexpected character '") + ch + "' in " + what + " '" + term +
                                "' (labels are the letters a-z and A-Z)");
    }
  }
  return labels;
}

std::string label_text(int l) { return l >= kEll ? "... dimension " + std::to_string(l - kEll) : std::string(1, static_cast<char>(l)); }

void parse_einsum(const OpCall& c, EinsumSpec& s) {
  std::string eq;
  for (const char* p = c.attrs[kEquation].s; p && *p; ++p)
    if (*p != ' ' && *p != '\t' && *p != '\n') eq += *p;
  const size_t arrow = eq.find("->");
  if (arrow != std::string::npos && eq.find("->", arrow + 2) != std::string::npos) c.bad_attr(kEquation, "equation '" + eq + "' has more than one '->'");
  const std::string lhs = eq.substr(0, arrow);
  std::vector<std::string> raw;
  for (size_t pos = 0;;) {
    const size_t comma = lhs.find(',', pos);
    raw.push_back(lhs.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  if (static_cast<int>(raw.size()) != c.n_inputs)
    c.bad_attr(kEquation, "equation '" + eq + "' has " + std::to_string(raw.size()) + " operand term(s) but " + std::to_string(c.n_inputs) +
                              " input(s) were given");
  std::vector<std::vector<int>> labels(raw.size());
  std::vector<int> ell(raw.size()), ell_dims(raw.size());
  s.ell_rank = 0;
  for (size_t k = 0; k < raw.size(); ++k) {
    labels[k] = parse_term(c, raw[k], "operand term", &ell[k]);
    const int rank = c.in(static_cast<int>(k)).ndim(), named = static_cast<int>(labels[k].size());
    if (ell[k] < 0 ? rank != named : rank < named)
      c.bad_input(static_cast<int>(k), Status::ShapeMismatch,
                  "term '" + raw[k] + "' names " + std::to_string(named) + " dimension(s)" + (ell[k] < 0 ? "" : " plus '...'") +
                      " but the operand has shape " + c.in(static_cast<int>(k)).shape().str());
    ell_dims[k] = ell[k] < 0 ? 0 : rank - named;
    s.ell_rank = std::max(s.ell_rank, ell_dims[k]);
  }
  std::fill(s.size, s.size + kNumLabels, -1);
  std::fill(s.used, s.used + kNumLabels, false);
  int count[kNumLabels] = {};
  s.terms.assign(raw.size(), {});
  for (size_t k = 0; k < raw.size(); ++k) {
    std::vector<int>& t = s.terms[k];
    for (int i = 0; i < static_cast<int>(labels[k].size()) + 1; ++i) {
      if (i == ell[k])
        for (int j = s.ell_rank - ell_dims[k]; j < s.ell_rank; ++j) t.push_back(kEll + j);
      if (i < static_cast<int>(labels[k].size())) t.push_back(labels[k][i]);
    }
    const Tensor& x = c.in(static_cast<int>(k));
    int64_t here[kNumLabels];
    std::fill(here, here + kNumLabels, -1);
    for (int d = 0; d < x.ndim(); ++d) {
      const int l = t[d];
      const int64_t n = x.dim(d);
      if (here[l] >= 0 && here[l] != n)
        c.bad_input(static_cast<int>(k), Status::ShapeMismatch,
                    "label '" + label_text(l) + "' repeats in term '" + raw[k] + "' over dimensions of sizes " + std::to_string(here[l]) +
                        " and " + std::to_string(n) + " (a diagonal needs equal sizes); shape " + x.shape().str());
      here[l] = n;
      ++count[l];
      s.used[l] = true;
      if (s.size[l] < 0 || s.size[l] == 1) {
        s.size[l] = n;
      } else if (n != 1 && n != s.size[l]) {
        c.bad_input(static_cast<int>(k), Status::ShapeMismatch,
                    "label '" + label_text(l) + "' has size " + std::to_string(n) + " in inputs[" + std::to_string(k) + "] (shape " +
                        x.shape().str() + ") but size " + std::to_string(s.size[l]) + " in an earlier operand");
      }
    }
  }
  s.out.clear();
  if (arrow != std::string::npos) {
    const std::string rhs = eq.substr(arrow + 2);
    int out_ell = -1;
    std::vector<int> o = parse_term(c, rhs, "output term", &out_ell);
    bool seen[kNumLabels] = {};
    for (int l : o) {
      if (seen[l]) c.bad_attr(kEquation, "output label '" + label_text(l) + "' appears twice in '" + rhs + "'");
      seen[l] = true;
      if (!s.used[l]) c.bad_attr(kEquation, "output label '" + label_text(l) + "' does not appear in any operand term of '" + eq + "'");
    }
    if (out_ell < 0 && s.ell_rank > 0)
      c.bad_attr(kEquation, "the operands have '...' dimensions but the output term '" + rhs + "' has no '...' to place them");
    for (int i = 0; i < static_cast<int>(o.size()) + 1; ++i) {
      if (i == out_ell)
        for (int j = 0; j < s.ell_rank; ++j) s.out.push_back(kEll + j);
      if (i < static_cast<int>(o.size())) s.out.push_back(o[i]);
    }
  } else {
    // Implicit output: the '...' dimensions, then every letter used exactly once, in ASCII order.
    for (int j = 0; j < s.ell_rank; ++j) s.out.push_back(kEll + j);
    for (int l = 0; l < kEll; ++l)
      if (count[l] == 1) s.out.push_back(l);
  }
  if (s.out.size() > static_cast<size_t>(kMaxDims))
    c.bad_attr(kEquation, "the output would have " + std::to_string(s.out.size()) + " dimensions (at most 8)");
}

void infer_einsum(OpCall& c) {
  for (int k = 1; k < c.n_inputs; ++k)
    if (c.in(k).dtype() != c.in(0).dtype())
      c.bad_input(k, Status::DTypeMismatch, "all operands must share one dtype: inputs[0] is " + std::string(dtype_name(c.in(0).dtype())) +
                                                ", inputs[" + std::to_string(k) + "] is " + std::string(dtype_name(c.in(k).dtype())));
  EinsumSpec s;
  parse_einsum(c, s);
  Shape out;
  for (int l : s.out) out.push_back(s.size[l]);
  c.out_dtype[0] = c.in(0).dtype();
  c.out_shape[0] = out;
}

// A tensor whose dimensions carry distinct labels.
struct Labeled {
  Tensor t;
  std::vector<int> labels;
  int find(int l) const {
    for (size_t d = 0; d < labels.size(); ++d)
      if (labels[d] == l) return static_cast<int>(d);
    return -1;
  }
};

// Repeated labels become one diagonal dimension (a strided view); size-1 dimensions that
// broadcast against a larger size elsewhere are dropped (the label is then simply absent).
Labeled prepare_operand(const Tensor& x, const std::vector<int>& term, const EinsumSpec& s) {
  Labeled o;
  Shape shape;
  int64_t strides[kMaxDims];
  for (int d = 0; d < x.ndim(); ++d) {
    const int l = term[d];
    if (x.dim(d) == 1 && s.size[l] != 1) continue;
    const int at = o.find(l);
    if (at >= 0) {
      strides[at] += x.strides()[d];
      continue;
    }
    strides[shape.ndim] = x.strides()[d];
    shape.push_back(x.dim(d));
    o.labels.push_back(l);
  }
  o.t = x.as_strided(shape, strides, x.offset());
  return o;
}

template <typename Drop>
Labeled sum_labels(const Labeled& o, Drop drop) {
  bool mask[kMaxDims] = {};
  bool any = false;
  Labeled r;
  Shape kept;
  for (int d = 0; d < o.t.ndim(); ++d) {
    mask[d] = drop(o.labels[d]);
    any = any || mask[d];
    if (!mask[d]) {
      kept.push_back(o.t.dim(d));
      r.labels.push_back(o.labels[d]);
    }
  }
  if (!any) return o;
  r.t = Tensor::empty(o.t.dtype(), kept);
  reduce(o.t, mask, ReduceKind::Sum, r.t);
  return r;
}

// o's dimensions in the order g0 + g1 + g2, merged into a 3-D [|g0|, |g1|, |g2|] tensor: a view
// when the layout allows (also as the transpose of a contiguous [g0, g2, g1]), else a copy.
Tensor group3(const Labeled& o, const std::vector<int>& g0, const std::vector<int>& g1, const std::vector<int>& g2) {
  auto permuted = [&](const std::vector<int>& a, const std::vector<int>& b, const std::vector<int>& cc) {
    int perm[kMaxDims], n = 0;
    for (const auto* g : {&a, &b, &cc})
      for (int l : *g) perm[n++] = o.find(l);
    return o.t.permute(perm);
  };
  auto prod = [&](const std::vector<int>& g) {
    int64_t p = 1;
    for (int l : g) p *= o.t.dim(o.find(l));
    return p;
  };
  const int64_t p0 = prod(g0), p1 = prod(g1), p2 = prod(g2);
  Tensor v = permuted(g0, g1, g2);
  if (v.is_contiguous()) return v.reshape(Shape{p0, p1, p2});
  Tensor w = permuted(g0, g2, g1);
  if (w.is_contiguous()) {
    Tensor m = w.reshape(Shape{p0, p2, p1});
    const int swap[3] = {0, 2, 1};
    return m.permute(swap);
  }
  return v.contiguous().reshape(Shape{p0, p1, p2});
}

// Contracts two labeled operands, keeping the labels `keep` says are needed later.
template <typename Keep>
Labeled contract(Labeled a, Labeled b, Keep keep) {
  a = sum_labels(a, [&](int l) { return b.find(l) < 0 && !keep(l); });
  b = sum_labels(b, [&](int l) { return a.find(l) < 0 && !keep(l); });
  std::vector<int> batch, left, sum, right;
  for (int l : a.labels) {
    if (b.find(l) < 0) left.push_back(l);
    else if (keep(l)) batch.push_back(l);
    else sum.push_back(l);
  }
  for (int l : b.labels)
    if (a.find(l) < 0) right.push_back(l);
  Labeled r;
  Shape shape;
  for (const auto* g : {&batch, &left, &right})
    for (int l : *g) {
      if (shape.ndim == kMaxDims) fail(Status::Unsupported, "einsum: an intermediate result would have more than 8 dimensions", "equation");
      const Labeled& src = a.find(l) >= 0 ? a : b;
      shape.push_back(src.t.dim(src.find(l)));
      r.labels.push_back(l);
    }
  const Tensor A = group3(a, batch, left, sum);   // [B, L, K]
  const Tensor B = group3(b, batch, sum, right);  // [B, K, R]
  const int64_t nb = A.dim(0), nl = A.dim(1), nk = A.dim(2), nr = B.dim(2);
  Tensor out = Tensor::empty(a.t.dtype(), Shape{nb, nl, nr});
  dispatch_dtype(out.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!std::is_same_v<T, bool>) {
      if (nl == 1 && nr == 1) {
        // Batched dot products (element-wise products when nk = 1): one loop per batch entry.
        const int swap[3] = {0, 2, 1};
        const Tensor Ac = A.contiguous(), Bc = B.permute(swap).contiguous();
        const T* pa = Ac.data_as<T>();
        const T* pb = Bc.data_as<T>();
        T* po = out.data_as<T>();
        if (nk == 1) {
          parallel_for(nb, kParallelGrain, [&](int64_t lo, int64_t hi) {
#pragma omp simd
            for (int64_t i = lo; i < hi; ++i) po[i] = static_cast<T>(pa[i] * pb[i]);
          });
          return;
        }
        parallel_for(nb, std::max<int64_t>(1, kParallelGrain / nk), [&](int64_t lo, int64_t hi) {
          for (int64_t i = lo; i < hi; ++i) {
            T acc = 0;
            for (int64_t k = 0; k < nk; ++k) acc += pa[i * nk + k] * pb[i * nk + k];
            po[i] = acc;
          }
        });
      } else if (nk == 1) {
        // No contraction: a broadcast product (outer products).
        map_binary<T, T, T>(A, B, out, [](T x, T y) { return static_cast<T>(x * y); });
      } else {
        batched_matmul(A, B, out);
      }
    }
  });
  r.t = out.reshape(shape);
  return r;
}

Tensor run_einsum(const EinsumSpec& s, const Tensor* const* inputs, int n) {
  auto in_out = [&](int l) { return std::find(s.out.begin(), s.out.end(), l) != s.out.end(); };
  auto in_terms = [&](int l, int from, int skip) {
    for (int k = from; k < n; ++k)
      if (k != skip && std::find(s.terms[k].begin(), s.terms[k].end(), l) != s.terms[k].end()) return true;
    return false;
  };
  std::vector<Labeled> ops;
  for (int k = 0; k < n; ++k) {
    Labeled o = prepare_operand(*inputs[k], s.terms[k], s);
    ops.push_back(sum_labels(o, [&](int l) { return !in_out(l) && !in_terms(l, 0, k); }));
  }
  Labeled cur = ops[0];
  for (int k = 1; k < n; ++k) cur = contract(cur, ops[k], [&](int l) { return in_out(l) || in_terms(l, k + 1, -1); });
  cur = sum_labels(cur, [&](int l) { return !in_out(l); });
  // Arrange in output order; labels absent from the result have size 1 there.
  Shape shape;
  int64_t strides[kMaxDims];
  for (int l : s.out) {
    const int d = cur.find(l);
    shape.push_back(d >= 0 ? cur.t.dim(d) : 1);
    strides[shape.ndim - 1] = d >= 0 ? cur.t.strides()[d] : 0;
  }
  return cur.t.as_strided(shape, strides, cur.t.offset());
}

bool any_empty(const Tensor* const* inputs, int n) {
  for (int k = 0; k < n; ++k)
    if (inputs[k]->numel() == 0) return true;
  return false;
}

void einsum_kernel(OpCall& c) {
  Tensor& y = c.outputs[0];
  if (y.numel() == 0) return;
  if (any_empty(c.inputs, c.n_inputs)) {
    // An empty operand leaves only empty sums: zeros.
    std::memset(y.data(), 0, static_cast<size_t>(y.numel()) * y.itemsize());
    return;
  }
  EinsumSpec s;
  parse_einsum(c, s);
  y.copy_from(run_einsum(s, c.inputs, c.n_inputs));
}

// Runs einsum through the dispatcher (grad::call has no string attributes).
Tensor einsum_call(const std::string& eq, const std::vector<Tensor>& in) {
  const OpDef& def = *Registry::get().find("einsum");
  std::vector<const Tensor*> ptrs;
  for (const auto& t : in) ptrs.push_back(&t);
  AttrRecordView rec{0, static_cast<int32_t>(AttrType::String), 0, 0, eq.c_str(), nullptr, nullptr, 0};
  OpCall c;
  invoke(def, ptrs.data(), static_cast<int>(ptrs.size()), &rec, 1, c);
  return c.outputs[0];
}

// d operand_k = einsum("out,<other terms>->needed_k", dy, others): the labels of term k that
// appear in the output or another operand; then summed where operand k broadcast (size 1),
// expanded over labels only operand k had (summed in the forward pass), and written onto the
// diagonal when term k repeats a label.
void einsum_grad(GradCtx& g) {
  OpCall c;
  std::vector<const Tensor*> ptrs;
  for (int k = 0; k < g.n_inputs; ++k) ptrs.push_back(&g.in(k));
  c.op = g.op;
  c.inputs = ptrs.data();
  c.n_inputs = g.n_inputs;
  c.attrs[kEquation] = g.attr(kEquation);
  EinsumSpec s;
  parse_einsum(c, s);
  // Letters for the '...' dimensions: ones the equation does not use.
  std::string ell;
  for (char ch : std::string("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if (static_cast<int>(ell.size()) < s.ell_rank && !s.used[static_cast<unsigned char>(ch)]) ell += ch;
  if (static_cast<int>(ell.size()) < s.ell_rank) fail(Status::Unsupported, "einsum gradient: too many labels to name the '...' dimensions");
  auto text = [&](const std::vector<int>& labels) {
    std::string t;
    for (int l : labels) t += l >= kEll ? ell[l - kEll] : static_cast<char>(l);
    return t;
  };
  const bool empty = g.dy().numel() == 0 || any_empty(ptrs.data(), g.n_inputs);
  for (int k = 0; k < g.n_inputs; ++k) {
    if (!g.needs[k]) continue;
    const Tensor& x = g.in(k);
    if (empty) {  // y does not depend on operand k at all
      g.grad_in[k] = Tensor::zeros(x.dtype(), x.shape());
      continue;
    }
    const std::vector<int>& term = s.terms[k];
    std::vector<int> uniq, needed;
    for (int l : term)
      if (std::find(uniq.begin(), uniq.end(), l) == uniq.end()) uniq.push_back(l);
    std::string eq = text(s.out);
    std::vector<Tensor> in = {g.dy()};
    for (int j = 0; j < g.n_inputs; ++j)
      if (j != k) {
        eq += "," + text(s.terms[j]);
        in.push_back(g.in(j));
      }
    for (int l : uniq) {
      bool elsewhere = std::find(s.out.begin(), s.out.end(), l) != s.out.end();
      for (int j = 0; j < g.n_inputs && !elsewhere; ++j)
        elsewhere = j != k && std::find(s.terms[j].begin(), s.terms[j].end(), l) != s.terms[j].end();
      if (elsewhere) needed.push_back(l);
    }
    eq += "->" + text(needed);
    Tensor gk = einsum_call(eq, in);
    // Size of each unique label in operand k.
    std::vector<int64_t> usize;
    for (int l : uniq) usize.push_back(x.dim(static_cast<int>(std::find(term.begin(), term.end(), l) - term.begin())));
    std::vector<int64_t> axes, shape;
    for (size_t i = 0; i < needed.size(); ++i) {
      const int64_t want = usize[std::find(uniq.begin(), uniq.end(), needed[i]) - uniq.begin()];
      if (want == 1 && gk.dim(static_cast<int>(i)) != 1) axes.push_back(static_cast<int64_t>(i));
    }
    if (!axes.empty()) gk = call("sum", {gk}, {grad::ints("axes", axes), grad::flag("keepdims", true)});
    for (int l : uniq) {
      auto it = std::find(needed.begin(), needed.end(), l);
      shape.push_back(it == needed.end() ? 1 : gk.dim(static_cast<int>(it - needed.begin())));
    }
    gk = call("reshape", {gk}, {grad::ints("shape", shape)});
    Shape ushape = Shape::of(usize.data(), static_cast<int64_t>(usize.size()));
    if (gk.shape() != ushape) gk = grad::expand_to(gk, ushape);
    if (uniq.size() == term.size()) {
      g.grad_in[k] = gk;
      continue;
    }
    // Repeated labels: gk fills the diagonal of a zero tensor shaped like operand k.
    Tensor dx = Tensor::zeros(x.dtype(), x.shape());
    int64_t strides[kMaxDims] = {};
    for (int d = 0; d < x.ndim(); ++d) strides[std::find(uniq.begin(), uniq.end(), term[d]) - uniq.begin()] += dx.strides()[d];
    dx.as_strided(ushape, strides, 0).copy_from(gk);
    g.grad_in[k] = dx;
  }
}

// ==== resize ===================================================================================
enum { kMode = 0, kScales = 1, kSizes = 2, kCoord = 3, kNearestMode = 4, kCubicA = 5, kExcludeOutside = 6 };
enum { kModeNearest = 0, kModeLinear = 1, kModeCubic = 2 };
enum { kHalfPixel = 0, kAsymmetric = 1, kAlignCorners = 2, kPytorchHalfPixel = 3 };
enum { kRoundPreferFloor = 0, kRoundPreferCeil = 1, kFloor = 2, kCeil = 3 };

struct ResizePlan {
  Shape out;
  double scale[kMaxDims];
};

// Validates scales/sizes against x and derives the output shape and per-axis scale. `c` names
// the attribute on errors (inference); later calls see validated attributes.
ResizePlan resize_plan(const Shape& in, const AttrValue* attrs, const OpCall* c) {
  auto bad = [&](int slot, const std::string& msg) {
    if (c) c->bad_attr(slot, msg);
    fail(Status::Internal, "resize: " + msg);
  };
  const AttrValue &sc = attrs[kScales], &sz = attrs[kSizes];
  if ((sc.count > 0) == (sz.count > 0))
    bad(sc.count > 0 ? kSizes : kScales, sc.count > 0 ? "give either scales or sizes, not both" : "give one of scales or sizes (both are empty)");
  ResizePlan p;
  if (sc.count > 0) {
    if (sc.count != in.ndim)
      bad(kScales, "scales has " + std::to_string(sc.count) + " entries but x has " + std::to_string(in.ndim) + " dimensions");
    for (int d = 0; d < in.ndim; ++d) {
      const double f = sc.floats[d];
      if (!(f > 0) || !std::isfinite(f)) bad(kScales, "scales[" + std::to_string(d) + "] must be positive and finite, got " + num(f));
      const double o = std::floor(static_cast<double>(in.d[d]) * f);
      if (o > static_cast<double>(int64_t{1} << 40)) bad(kScales, "scales[" + std::to_string(d) + "] = " + num(f) + " gives a dimension too large to allocate");
      p.out.push_back(static_cast<int64_t>(o));
      p.scale[d] = f;
    }
  } else {
    if (sz.count != in.ndim) bad(kSizes, "sizes has " + std::to_string(sz.count) + " entries but x has " + std::to_string(in.ndim) + " dimensions");
    for (int d = 0; d < in.ndim; ++d) {
      const int64_t o = sz.ints[d];
      if (o < 0) bad(kSizes, "sizes[" + std::to_string(d) + "] is negative (" + std::to_string(o) + ")");
      p.out.push_back(o);
      p.scale[d] = in.d[d] > 0 ? static_cast<double>(o) / static_cast<double>(in.d[d]) : 1.0;
    }
  }
  for (int d = 0; d < in.ndim; ++d)
    if (in.d[d] == 0 && p.out.d[d] > 0)
      bad(sc.count > 0 ? kScales : kSizes, "dimension " + std::to_string(d) + " of x is empty and cannot be resized to " + std::to_string(p.out.d[d]));
  return p;
}

void infer_resize(OpCall& c) {
  const Tensor& x = c.in(0);
  if (x.ndim() == 0) c.bad_input(0, Status::ShapeMismatch, "resize needs at least 1 dimension, x is a scalar");
  ResizePlan p = resize_plan(x.shape(), c.attrs, &c);
  c.out_dtype[0] = x.dtype();
  c.out_shape[0] = p.out;
}

// Source coordinate of output index o along one axis (ONNX coordinate_transformation_mode).
double source_coord(int64_t o, int64_t in, int64_t out, double scale, int64_t coord) {
  const double x = static_cast<double>(o);
  switch (coord) {
    case kAsymmetric: return x / scale;
    case kAlignCorners: {
      // ONNX divides by the unrounded output length in * scale (= out when sizes are given),
      // not by the floored dimension: scales 0.6 on 4 elements maps o = 1 to 3 / 1.4.
      const double len = static_cast<double>(in) * scale;
      return out <= 1 || len <= 1.0 ? 0.0 : x * static_cast<double>(in - 1) / (len - 1.0);
    }
    case kPytorchHalfPixel: return out <= 1 ? 0.0 : (x + 0.5) / scale - 0.5;
    default: return (x + 0.5) / scale - 0.5;
  }
}

// Per-axis sampling: output o reads sum over its taps k of w[o][k] * in[idx[o][k]] (nearest: one
// tap, linear: two, cubic: four), indices already clamped to the edge.
struct AxisTable {
  int taps = 1;
  std::vector<int64_t> idx;  // out * taps
  std::vector<double> w;     // out * taps
  bool identity = true;
};

struct ResizeMode {
  int64_t mode, coord, nearest;
  double cubic_a;
  bool exclude_outside;
};

// Keys' cubic convolution weights of the taps at floor - 1 .. floor + 2 for fraction t.
void cubic_weights(double t, double a, double* c) {
  const double s = t + 1, u = 1 - t, v = 2 - t;
  c[0] = ((a * s - 5 * a) * s + 8 * a) * s - 4 * a;
  c[1] = ((a + 2) * t - (a + 3)) * t * t + 1;
  c[2] = ((a + 2) * u - (a + 3)) * u * u + 1;
  c[3] = ((a * v - 5 * a) * v + 8 * a) * v - 4 * a;
}

AxisTable axis_table(int64_t in, int64_t out, double scale, const ResizeMode& m) {
  AxisTable t;
  t.taps = m.mode == kModeNearest ? 1 : m.mode == kModeLinear ? 2 : 4;
  t.idx.assign(out * t.taps, 0);
  t.w.assign(out * t.taps, 0.0);
  t.identity = in == out;
  const auto edge = [&](int64_t i) { return std::clamp<int64_t>(i, 0, in - 1); };
  for (int64_t o = 0; o < out; ++o) {
    const double x = source_coord(o, in, out, scale, m.coord);
    int64_t* ix = &t.idx[o * t.taps];
    double* wx = &t.w[o * t.taps];
    if (m.mode == kModeNearest) {
      double r;
      switch (m.nearest) {
        case kRoundPreferCeil: r = std::floor(x + 0.5); break;
        case kFloor: r = std::floor(x); break;
        case kCeil: r = std::ceil(x); break;
        default: r = std::ceil(x - 0.5); break;
      }
      ix[0] = static_cast<int64_t>(std::clamp(r, 0.0, static_cast<double>(in - 1)));
      wx[0] = 1;
    } else if (m.mode == kModeLinear) {
      // Out-of-range coordinates clamp to the edge (ONNX pads with edge values).
      const double xc = std::clamp(x, 0.0, static_cast<double>(in - 1));
      const int64_t i = static_cast<int64_t>(std::floor(xc));
      ix[0] = i;
      ix[1] = std::min(i + 1, in - 1);
      wx[1] = xc - static_cast<double>(i);
      wx[0] = 1 - wx[1];
    } else {
      // Cubic: four taps around x on the edge-padded input; with exclude_outside the taps that
      // fall outside get no weight and the rest is renormalized (ONNX Resize).
      const double f = std::floor(x);
      const int64_t i = static_cast<int64_t>(f);
      cubic_weights(x - f, m.cubic_a, wx);
      double sum = 0;
      for (int k = 0; k < 4; ++k) {
        const int64_t j = i - 1 + k;
        if (m.exclude_outside && (j < 0 || j >= in)) wx[k] = 0;
        sum += wx[k];
        ix[k] = edge(j);
      }
      if (m.exclude_outside && sum != 0)
        for (int k = 0; k < 4; ++k) wx[k] /= sum;
    }
    for (int k = 0; k < t.taps; ++k)
      if (wx[k] != 0 && (ix[k] != o || wx[k] != 1)) t.identity = false;
  }
  return t;
}

// dst = src resampled along `axis` with table t (src and dst contiguous, same rank).
template <typename T>
void resample_axis(const Tensor& src, Tensor& dst, int axis, const AxisTable& t) {
  int64_t outer = 1, inner = 1;
  for (int d = 0; d < axis; ++d) outer *= src.dim(d);
  for (int d = axis + 1; d < src.ndim(); ++d) inner *= src.dim(d);
  const int64_t in_n = src.dim(axis), out_n = dst.dim(axis);
  const T* ps = src.data_as<T>();
  T* pd = dst.data_as<T>();
  const int taps = t.taps;
  std::vector<T> w(t.w.size());
  for (size_t k = 0; k < w.size(); ++k) w[k] = static_cast<T>(t.w[k]);
  const int64_t* idx = t.idx.data();
  if (inner == 1) {
    // The last axis: each output row gathers from one input row.
    parallel_for(outer, std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(out_n * taps, 1)), [&](int64_t b, int64_t e) {
      for (int64_t r = b; r < e; ++r) {
        const T* s = ps + r * in_n;
        T* q = pd + r * out_n;
        for (int64_t o = 0; o < out_n; ++o) {
          T acc = 0;
          for (int k = 0; k < taps; ++k) acc += w[o * taps + k] * s[idx[o * taps + k]];
          q[o] = acc;
        }
      }
    });
    return;
  }
  parallel_for(outer * out_n, std::max<int64_t>(1, kParallelGrain / (inner * taps)), [&](int64_t b, int64_t e) {
    for (int64_t r = b; r < e; ++r) {
      const int64_t o = r % out_n, base = (r / out_n) * in_n;
      T* q = pd + r * inner;
      const T* s0 = ps + (base + idx[o * taps]) * inner;
      const T w0 = w[o * taps];
      if (taps == 1 || (w0 == 1 && std::all_of(&w[o * taps + 1], &w[o * taps + taps], [](T v) { return v == 0; }))) {
        std::memcpy(q, s0, sizeof(T) * inner);
        continue;
      }
#pragma omp simd
      for (int64_t i = 0; i < inner; ++i) q[i] = w0 * s0[i];
      for (int k = 1; k < taps; ++k) {
        const T wk = w[o * taps + k];
        if (wk == 0) continue;
        const T* sk = ps + (base + idx[o * taps + k]) * inner;
#pragma omp simd
        for (int64_t i = 0; i < inner; ++i) q[i] += wk * sk[i];
      }
    }
  });
}

ResizeMode resize_mode(const AttrValue* a) {
  return ResizeMode{a[kMode].i, a[kCoord].i, a[kNearestMode].i, a[kCubicA].f, a[kExcludeOutside].i != 0};
}

void resize_kernel(OpCall& c) {
  const Tensor& x = c.in(0);
  const ResizePlan p = resize_plan(x.shape(), c.attrs, nullptr);
  Tensor& y = c.outputs[0];
  if (y.numel() == 0) return;
  std::vector<int> axes;
  std::vector<AxisTable> tables;
  for (int d = 0; d < x.ndim(); ++d) {
    AxisTable t = axis_table(x.dim(d), p.out.d[d], p.scale[d], resize_mode(c.attrs));
    if (!t.identity) {
      axes.push_back(d);
      tables.push_back(std::move(t));
    }
  }
  if (axes.empty()) {
    y.copy_from(x);
    return;
  }
  // Separable: one pass per resized axis, the last one into y.
  dispatch_dtype(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      Tensor cur = x.contiguous();
      Shape shape = x.shape();
      for (size_t k = 0; k < axes.size(); ++k) {
        shape.d[axes[k]] = p.out.d[axes[k]];
        Tensor next = k + 1 == axes.size() ? y : Tensor::empty(x.dtype(), shape);
        resample_axis<T>(cur, next, axes[k], tables[k]);
        cur = next;
      }
    }
  });
}

// y is linear in x: along each resized axis y = W x with W[o, i] the sampling weights, so
// dx = W^T dy axis by axis (moved last, multiplied by W, moved back).
void resize_grad(GradCtx& g) {
  const Tensor& x = g.in(0);
  const ResizePlan p = resize_plan(x.shape(), g.attrs, nullptr);
  if (x.numel() == 0 || g.dy().numel() == 0) {
    g.grad_in[0] = Tensor::zeros(x.dtype(), x.shape());
    return;
  }
  Tensor cur = g.dy();
  const int nd = x.ndim();
  for (int d = 0; d < nd; ++d) {
    const int64_t in = x.dim(d), out = p.out.d[d];
    AxisTable t = axis_table(in, out, p.scale[d], resize_mode(g.attrs));
    if (t.identity) continue;
    Tensor w = Tensor::zeros(x.dtype(), Shape{out, in});
    dispatch_dtype(x.dtype(), [&](auto tag) {
      using T = decltype(tag);
      T* pw = w.data_as<T>();
      for (int64_t o = 0; o < out; ++o)
        for (int k = 0; k < t.taps; ++k) pw[o * in + t.idx[o * t.taps + k]] += static_cast<T>(t.w[o * t.taps + k]);
    });
    std::vector<int64_t> to_last, back(nd);
    for (int i = 0; i < nd; ++i)
      if (i != d) to_last.push_back(i);
    to_last.push_back(d);
    for (int i = 0; i < nd; ++i) back[to_last[i]] = i;
    Tensor moved = call("transpose", {cur}, {grad::ints("perm", to_last)});
    cur = call("transpose", {call("matmul", {moved, w})}, {grad::ints("perm", back)});
  }
  g.grad_in[0] = cur;
}

// ==== embedding ================================================================================
void infer_embedding(OpCall& c) {
  const Tensor &w = c.in(0), &idx = c.in(1);
  if (w.ndim() < 1) c.bad_input(0, Status::ShapeMismatch, "weight must have at least 1 dimension ([V, D]), got a scalar");
  if (idx.ndim() + w.ndim() - 1 > kMaxDims)
    c.bad_input(1, Status::ShapeMismatch, "the result would have " + std::to_string(idx.ndim() + w.ndim() - 1) + " dimensions (at most 8)");
  Shape out = idx.shape();
  for (int d = 1; d < w.ndim(); ++d) out.push_back(w.dim(d));
  c.out_dtype[0] = w.dtype();
  c.out_shape[0] = out;
}

template <typename I>
void check_indices(const OpCall& c, const I* p, int64_t n, int64_t vocab) {
  for (int64_t i = 0; i < n; ++i)
    if (p[i] < 0 || static_cast<int64_t>(p[i]) >= vocab)
      c.bad_input(1, Status::InvalidArgument, "indices[" + std::to_string(i) + "] = " + std::to_string(static_cast<int64_t>(p[i])) +
                                                  " is out of range for a weight of " + std::to_string(vocab) + " rows (valid: 0.." +
                                                  std::to_string(vocab - 1) + ")");
}

void embedding_kernel(OpCall& c) {
  const Tensor w = c.in(0).contiguous();
  const Tensor idx = c.in(1).contiguous();
  const int64_t vocab = w.dim(0), n = idx.numel();
  const size_t row = static_cast<size_t>(w.numel() / std::max<int64_t>(vocab, 1)) * w.itemsize();
  char* out = static_cast<char*>(c.outputs[0].data());
  const char* src = static_cast<const char*>(w.data());
  dispatch_dtype(idx.dtype(), [&](auto tag) {
    using I = decltype(tag);
    if constexpr (std::is_same_v<I, int32_t> || std::is_same_v<I, int64_t>) {
      const I* pi = idx.data_as<I>();
      check_indices(c, pi, n, vocab);
      if (row == 0) return;
      parallel_for(n, std::max<int64_t>(1, kParallelGrain / static_cast<int64_t>(row)), [&](int64_t b, int64_t e) {
        for (int64_t i = b; i < e; ++i) std::memcpy(out + i * row, src + static_cast<int64_t>(pi[i]) * row, row);
      });
    }
  });
}

// dweight = zeros(weight.shape) with row indices[i] += dy[i]: a scatter-add (duplicates add up).
void embedding_grad(GradCtx& g) {
  const Tensor& w = g.in(0);
  const Tensor idx = g.in(1).contiguous();
  const Tensor dy = g.dy().contiguous();
  Tensor dw = Tensor::zeros(w.dtype(), w.shape());
  const int64_t vocab = w.dim(0), n = idx.numel();
  const int64_t row = w.numel() / std::max<int64_t>(vocab, 1);
  dispatch_dtype(w.dtype(), [&](auto wtag) {
    using T = decltype(wtag);
    if constexpr (std::is_floating_point_v<T>) {
      T* pw = dw.data_as<T>();
      const T* pd = dy.data_as<T>();
      dispatch_dtype(idx.dtype(), [&](auto itag) {
        using I = decltype(itag);
        if constexpr (std::is_same_v<I, int32_t> || std::is_same_v<I, int64_t>) {
          const I* pi = idx.data_as<I>();
          // Columns split over threads: each thread owns a slice of every row, so no two
          // threads add into the same element.
          parallel_for(row, std::max<int64_t>(1, kParallelGrain / std::max<int64_t>(n, 1)), [&](int64_t c0, int64_t c1) {
            for (int64_t i = 0; i < n; ++i) {
              T* dst = pw + static_cast<int64_t>(pi[i]) * row;
              const T* s = pd + i * row;
#pragma omp simd
              for (int64_t j = c0; j < c1; ++j) dst[j] += s[j];
            }
          });
        }
      });
    }
  });
  g.grad_in[0] = dw;
}

}  // namespace

void register_nn_misc_ops(Registry& r) {
  r.add(OpBuilder("dropout", "nn-misc", __FILE__)
            .summary("Randomly zeroes elements with probability ratio while training, scaling the rest by 1 / (1 - ratio).")
            .doc("With training false (the default) or ratio 0, y is x and mask is all true. While training, element i is kept "
                 "when u_i >= ratio, where u_i = (s_i >> 11) * 2^-53 and s_i is output i (counting from 0) of the SplitMix64 "
                 "generator seeded with `seed`: the same seed gives the same mask for the same shape on every machine and "
                 "thread count. seed 0 draws a fresh seed from a thread-local engine generator on every call (not "
                 "reproducible).")
            .input("x", "Input tensor.", kFloats)
            .attr_float_range("ratio", 0.5, 0, 1, "Probability of dropping an element, in [0, 1).")
            .attr_bool("training", false, "Apply dropout (true) or pass x through unchanged (false, inference).")
            .attr_int("seed", 0, "Seed of the per-call generator; 0 draws one from a thread-local engine generator (non-deterministic).")
            .output("y", "x with dropped elements zeroed and kept ones scaled by 1 / (1 - ratio); x's shape and dtype.", kFloats)
            .output("mask", "True where the element was kept; x's shape.", bit(DType::Bool))
            .infer(infer_dropout)
            .kernel(dropout_kernel)
            .gradient("dx = where(mask, dy / (1 - ratio), 0) while training; dx = dy otherwise", dropout_grad)
            .onnx("Dropout", 13, "ratio and training_mode become scalar input tensors (from opset 12); the mask output has the same meaning; "
                                 "the ONNX seed attribute is optional and its generator is runtime-defined")
            .example({"training, seed 7 (the first four draws u_i are 0.390, 0.017, 0.901, 0.583)",
                      {T("float64", {2, 2}, {1, 2, 3, 4})},
                      {{"ratio", "0.5"}, {"training", "true"}, {"seed", "7"}},
                      {T("float64", {2, 2}, {0, 0, 6, 8}), T("bool", {2, 2}, {0, 0, 1, 1})},
                      "hand-derived: SplitMix64 (Steele et al. 2014, as in java.util.SplittableRandom) re-implemented in Python"})
            .example({"inference passes x through", {T("float32", {3}, {1.5, -2, 0})}, {{"ratio", "0.3"}},
                      {T("float32", {3}, {1.5, -2, 0}), T("bool", {3}, {1, 1, 1})}, "hand-derived"})
            .build());

  r.add(OpBuilder("gemm", "nn-misc", __FILE__)
            .summary("General matrix multiply y = alpha * op(a) @ op(b) + beta * c (BLAS GEMM).")
            .doc("op(a) is a or its transpose (trans_a), likewise op(b); op(a) is [M, K] and op(b) is [K, N]. c is optional and "
                 "broadcasts to [M, N] (a scalar, a row [N], a column [M, 1] or the full matrix); beta = 0 ignores c. Runs "
                 "through OpenBLAS sgemm/dgemm; transposed views of a and b are passed to BLAS without a copy.")
            .input("a", "Left matrix [M, K] ([K, M] with trans_a).", kFloats)
            .input("b", "Right matrix [K, N] ([N, K] with trans_b).", kFloats)
            .optional_input("c", "Addend broadcastable to [M, N] (optional).", kFloats)
            .attr_float("alpha", 1.0, "Scale of the product op(a) @ op(b).")
            .attr_float("beta", 1.0, "Scale of c.")
            .attr_bool("trans_a", false, "Use a transposed.")
            .attr_bool("trans_b", false, "Use b transposed.")
            .output("y", "Result [M, N], the dtype of a.", kFloats)
            .infer(infer_gemm)
            .kernel(gemm_kernel)
            .gradient("da = alpha * dy @ op(b)^T (transposed back with trans_a); db = alpha * op(a)^T @ dy (likewise); "
                      "dc = unbroadcast(beta * dy, c)",
                      gemm_grad)
            .onnx("Gemm", 13)
            .onnx_rename("trans_a", "transA")
            .onnx_rename("trans_b", "transB")
            .example({"a^T @ b * 2 + row bias", {T("float64", {2, 2}, {1, 3, 2, 4}), T("float64", {2, 2}, {5, 6, 7, 8}), T("float64", {2}, {1, 2})},
                      {{"alpha", "2"}, {"trans_a", "true"}},
                      {T("float64", {2, 2}, {39, 46, 87, 102})}, "hand-derived ([[1,2],[3,4]] @ [[5,6],[7,8]] = [[19,22],[43,50]])"})
            .example({"no c: plain product with b transposed", {T("float32", {1, 3}, {1, 2, 3}), T("float32", {2, 3}, {1, 0, 1, 0, 1, 0})},
                      {{"trans_b", "true"}, {"beta", "0.5"}}, {T("float32", {1, 2}, {4, 2})}, "hand-derived"})
            .build());

  r.add(OpBuilder("einsum", "nn-misc", __FILE__)
            .summary("Einstein summation over the operands as described by an equation such as \"ij,jk->ik\".")
            .doc("NumPy / ONNX einsum. Each operand has a term of letters (a-z, A-Z), one per dimension; terms are separated by "
                 "commas and the output term follows '->'. Without '->' the output holds the '...' dimensions and then every "
                 "letter that appears exactly once, in ASCII order (upper case first). Labels missing from the output are "
                 "summed; a label repeated within one term takes that operand's diagonal; '...' stands for broadcast "
                 "dimensions (right-aligned across operands). A dimension of size 1 broadcasts against the same label of "
                 "another operand. Operands are contracted left to right, each pair as one batched matrix product (BLAS for "
                 "floats); spaces in the equation are ignored.")
            .variadic_input("inputs", "Operands (one or more), all of one dtype.", kNumeric)
            .attr_string("equation", "", "The subscripts, e.g. \"bij,bjk->bik\", \"ii->i\", \"...ij->...ji\".")
            .required()
            .output("y", "The result, with the dtype of the operands.", kNumeric)
            .infer(infer_einsum)
            .kernel(einsum_kernel)
            .gradient("dinputs[k] = einsum(\"out,<other terms>->term_k\", dy, <other operands>), summed over dimensions operand k "
                      "broadcast, expanded over labels only it had, and placed on the diagonal for repeated labels",
                      einsum_grad)
            .onnx("Einsum", 12)
            .example({"matrix product", {T("float64", {2, 3}, {1, 2, 3, 4, 5, 6}), T("float64", {3, 2}, {7, 8, 9, 10, 11, 12})},
                      {{"equation", "\"ij,jk->ik\""}}, {T("float64", {2, 2}, {58, 64, 139, 154})}, "hand-derived"})
            .example({"trace (implicit output)", {T("int32", {3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9})}, {{"equation", "\"ii\""}},
                      {T("int32", {}, {15})}, "hand-derived (1 + 5 + 9)"})
            .example({"batched transpose with ellipsis", {T("float32", {2, 1, 2}, {1, 2, 3, 4})}, {{"equation", "\"...ij->...ji\""}},
                      {T("float32", {2, 2, 1}, {1, 2, 3, 4})}, "hand-derived"})
            .example({"outer product, implicit output", {T("float32", {2}, {1, 2}), T("float32", {3}, {3, 4, 5})}, {{"equation", "\"i,j\""}},
                      {T("float32", {2, 3}, {3, 4, 5, 6, 8, 10})}, "numpy 1.26 np.einsum('i,j', [1, 2], [3, 4, 5])"})
            .build());

  OpDef resize =
      OpBuilder("resize", "nn-misc", __FILE__)
          .summary("Resizes x by nearest-neighbour, (multi)linear or cubic interpolation to given scales or sizes (ONNX Resize).")
          .doc("Give exactly one of scales (output dimension = floor(input * scale)) or sizes, one entry per dimension of x "
               "(use 1 / the input size for the dimensions to keep, e.g. N and C). The source coordinate of output index o is "
               "(o + 0.5) / scale - 0.5 for half_pixel, o / scale for asymmetric, o * (in - 1) / (in * scale - 1) for align_corners "
               "and half_pixel but 0 when out = 1 for pytorch_half_pixel; with sizes, scale = out / in. nearest rounds it by "
               "nearest_mode, linear interpolates between the two neighbours, cubic uses Keys' cubic convolution over the four "
               "neighbours floor(x) - 1 .. floor(x) + 2 with coefficient cubic_coeff_a; coordinates and taps outside the input "
               "clamp to the edge (with exclude_outside, taps outside get weight 0 and the others are renormalized). "
               "N-d interpolation is separable (bilinear / bicubic for 2 resized axes).")
          .input("x", "Input tensor, e.g. [N, C, H, W].", kFloats)
          .attr_enum("mode", {"nearest", "linear", "cubic"}, "nearest", "Interpolation: nearest neighbour, (multi)linear or cubic.")
          .attr_floats("scales", {}, "Scale per dimension of x (positive); empty when sizes is given.")
          .attr_ints("sizes", {}, "Output size per dimension of x; empty when scales is given.", Meaning::Shape)
          .attr_enum("coordinate_transformation_mode", {"half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel"},
                     "half_pixel", "How an output index maps to a source coordinate.")
          .attr_enum("nearest_mode", {"round_prefer_floor", "round_prefer_ceil", "floor", "ceil"}, "round_prefer_floor",
                     "How nearest rounds a fractional source coordinate (mode nearest only).")
          .attr_float("cubic_coeff_a", -0.75, "Coefficient a of the cubic convolution kernel (mode cubic only; -0.5 is Keys', -0.75 PyTorch's).")
          .attr_bool("exclude_outside", false, "Give taps outside the input weight 0 and renormalize the rest (mode cubic).")
          .output("y", "The resized tensor, x's dtype.", kFloats)
          .infer(infer_resize)
          .kernel(resize_kernel)
          .gradient("dx = W^T dy along each resized axis, W[o, i] being the interpolation weight of input i in output o", resize_grad)
          .onnx("Resize", 13, "scales and sizes become the float / int64 input tensors 'scales' and 'sizes' (roi empty); "
                              "tf_crop_and_resize, half_pixel_symmetric, antialias and axes are not supported")
          .example({"bilinear 2x upsampling, half_pixel", {T("float32", {1, 1, 2, 2}, {1, 2, 3, 4})},
                    {{"mode", "\"linear\""}, {"scales", "[1, 1, 2, 2]"}},
                    {T("float32", {1, 1, 4, 4}, {1, 1.25, 1.75, 2, 1.5, 1.75, 2.25, 2.5, 2.5, 2.75, 3.25, 3.5, 3, 3.25, 3.75, 4})},
                    "onnx 1.23 reference implementation (onnx.reference, op Resize)"})
          .example({"nearest 1-D to sizes, asymmetric, floor", {T("float64", {3}, {10, 20, 30})},
                    {{"sizes", "[5]"}, {"coordinate_transformation_mode", "\"asymmetric\""}, {"nearest_mode", "\"floor\""}},
                    {T("float64", {5}, {10, 10, 20, 20, 30})}, "hand-derived (source floor(o * 3 / 5) = 0, 0, 1, 1, 2)"})
          .example({"linear 1-D, align_corners", {T("float64", {3}, {0, 10, 40})},
                    {{"mode", "\"linear\""}, {"sizes", "[5]"}, {"coordinate_transformation_mode", "\"align_corners\""}},
                    {T("float64", {5}, {0, 5, 10, 25, 40})}, "hand-derived (source o * 2 / 4 = 0, 0.5, 1, 1.5, 2)"})
          .example({"cubic 1-D 2x upsampling, half_pixel, a = -0.75", {T("float64", {4}, {1, 2, 4, 8})},
                    {{"mode", "\"cubic\""}, {"scales", "[2]"}},
                    {T("float64", {8}, {0.89453125, 1.15625, 1.5625, 2.41796875, 3.16015625, 5.1171875, 7.1640625, 8.421875})},
                    "onnx 1.18 reference implementation (onnx.reference, op Resize); y[0] by hand: taps 1, 1, 1, 2 with weights "
                    "-0.03515625, 0.26171875, 0.87890625, -0.10546875"})
          .example({"cubic 1-D to sizes, a = -0.5, exclude_outside", {T("float64", {4}, {1, 2, 4, 8})},
                    {{"mode", "\"cubic\""}, {"sizes", "[3]"}, {"cubic_coeff_a", "-0.5"}, {"exclude_outside", "true"}},
                    {T("float64", {3}, {1.0919037199124717, 2.8125, 7.5667396061269185})}, "onnx 1.18 reference implementation (onnx.reference, op Resize)"})
          .build();
  r.add(std::move(resize));

  r.add(OpBuilder("embedding", "nn-misc", __FILE__)
            .summary("Looks up rows of an embedding table: y[..., :] = weight[indices[...], :].")
            .doc("weight is [V, D] (more trailing dimensions are allowed and carried along); every index must lie in [0, V) — "
                 "an index outside is an error naming it (negative indices are not wrapped).")
            .input("weight", "Embedding table [V, D].", kNumeric)
            .input("indices", "Row indices, any shape, in [0, V).", bit(DType::Int32) | bit(DType::Int64), Meaning::Index)
            .output("y", "indices.shape + [D], weight's dtype.", kNumeric)
            .infer(infer_embedding)
            .kernel(embedding_kernel)
            .gradient("dweight = zeros(weight.shape) with dy[i] added into row indices[i] (scatter-add; repeated indices "
                      "accumulate); written as a direct kernel since no scatter operator is registered",
                      embedding_grad)
            .onnx_decomposed("Gather(weight, indices, axis=0); Gather would also wrap negative indices, which embedding rejects")
            .example({"two lookups, one repeated", {T("float32", {3, 2}, {0, 1, 10, 11, 20, 21}), T("int64", {2, 2}, {2, 0, 2, 1})}, {},
                      {T("float32", {2, 2, 2}, {20, 21, 0, 1, 20, 21, 10, 11})}, "hand-derived"})
            .build());
}

}  // namespace tsr
