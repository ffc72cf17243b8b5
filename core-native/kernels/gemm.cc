#include "tessera/core/kernels/gemm.h"

#include <cblas.h>

#include <cstring>

#include "tessera/core/strided_loop.h"

namespace tsr {
namespace {

// How BLAS sees the trailing matrix of a view: row-major with leading dimension `ld`, possibly
// transposed. Returns false when neither dimension is unit-stride (then we copy).
struct MatrixView {
  bool trans = false;
  int64_t ld = 0;
};

bool blas_view(const Tensor& t, MatrixView& v) {
  const int nd = t.ndim();
  const int64_t rows = t.dim(nd - 2), cols = t.dim(nd - 1);
  const int64_t rs = t.strides()[nd - 2], cs = t.strides()[nd - 1];
  if ((cs == 1 || cols == 1) && rs >= std::max<int64_t>(cols, 1)) {
    v = {false, rs};
    return true;
  }
  if ((rs == 1 || rows == 1) && cs >= std::max<int64_t>(rows, 1)) {
    v = {true, cs};
    return true;
  }
  return false;
}

template <typename T>
void gemm_one(bool ta, bool tb, int64_t n, int64_t m, int64_t k, const T* a, int64_t lda, const T* b, int64_t ldb, T* c) {
  if constexpr (std::is_same_v<T, float>) {
    cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans, n, m, k, 1.0f, a, lda, b, ldb,
                0.0f, c, m);
  } else if constexpr (std::is_same_v<T, double>) {
    cblas_dgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans, n, m, k, 1.0, a, lda, b, ldb,
                0.0, c, m);
  } else {
    // Integers: i-k-j order keeps the inner loop unit-stride in b and c.
    std::memset(c, 0, sizeof(T) * n * m);
    for (int64_t i = 0; i < n; ++i)
      for (int64_t p = 0; p < k; ++p) {
        const T av = ta ? a[p * lda + i] : a[i * lda + p];
        if (av == T(0)) continue;
        for (int64_t j = 0; j < m; ++j) c[i * m + j] += av * (tb ? b[j * ldb + p] : b[p * ldb + j]);
      }
  }
}

}  // namespace

void batched_matmul(const Tensor& a_in, const Tensor& b_in, Tensor& out) {
  MatrixView va, vb;
  const Tensor a = blas_view(a_in, va) ? a_in : a_in.contiguous();
  const Tensor b = blas_view(b_in, vb) ? b_in : b_in.contiguous();
  blas_view(a, va);
  blas_view(b, vb);
  const int nd = out.ndim();
  const int64_t n = out.dim(nd - 2), m = out.dim(nd - 1), k = a.dim(a.ndim() - 1);
  if (out.numel() == 0) return;
  // Batch shape and the byte strides of each operand over it (0 where broadcast).
  Shape batch;
  for (int i = 0; i < nd - 2; ++i) batch.push_back(out.dim(i));
  int64_t sa[kMaxDims] = {}, sb[kMaxDims] = {};
  for (int i = 0; i < batch.ndim; ++i) {
    int ia = a.ndim() - 2 - batch.ndim + i, ib = b.ndim() - 2 - batch.ndim + i;
    sa[i] = (ia < 0 || a.dim(ia) == 1) ? 0 : a.strides()[ia];
    sb[i] = (ib < 0 || b.dim(ib) == 1) ? 0 : b.strides()[ib];
  }
  const int64_t nbatch = batch.numel();
  dispatch_dtype(out.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, bool>) {
      return;  // matmul's schema excludes bool
    } else {
      const T* pa = a.data_as<T>();
      const T* pb = b.data_as<T>();
      T* pc = out.data_as<T>();
      if (k == 0) {
        std::memset(pc, 0, sizeof(T) * out.numel());
        return;
      }
      for (int64_t bi = 0; bi < nbatch; ++bi) {
        int64_t rem = bi, oa = 0, ob = 0;
        for (int d = batch.ndim - 1; d >= 0; --d) {
          int64_t idx = rem % batch.d[d];
          rem /= batch.d[d];
          oa += idx * sa[d];
          ob += idx * sb[d];
        }
        gemm_one<T>(va.trans, vb.trans, n, m, k, pa + oa, va.ld, pb + ob, vb.ld, pc + bi * n * m);
      }
    }
  });
}

}  // namespace tsr
