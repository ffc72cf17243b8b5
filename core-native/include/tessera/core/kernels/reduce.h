// Reductions over a set of axes (sum, mean, max, min, prod, L1/L2 norms, log-sum-exp, sum of
// squares), and the scans and index reductions that walk one axis (cumsum, argmax/argmin).
#pragma once
#include "tessera/core/tensor.h"

namespace tsr {

enum class ReduceKind { Sum, Mean, Max, Min, Prod, L1, L2, LogSumExp, SumSquare };

// `reduce_mask[d]` marks reduced axes of `x`; `out` is contiguous with the kept axes in order
// (its keepdims-ness does not matter: it holds numel(kept) elements).
// Integers accumulate with wrap-around (modulo 2^64, then converted to the dtype); floats in
// their own type. Empty reductions give the identity (0, 1; -inf for log-sum-exp); max and min
// over zero elements are an error naming x. NaN propagates through every kind.
void reduce(const Tensor& x, const bool* reduce_mask, ReduceKind kind, Tensor& out);

// out = running sum of x along `axis` (out contiguous, x's shape and dtype). `exclusive` leaves
// out each element's own value; `reverse` sums from the end.
void cumsum(const Tensor& x, int axis, bool exclusive, bool reverse, Tensor& out);

// out (int64, contiguous, x's shape without `axis`) = index of the largest (`largest`) or
// smallest element along `axis`; ties take the first index, or the last with `last`. NaN counts
// as larger and smaller than every number (the first NaN wins, as in NumPy). `axis` must not
// be empty.
void arg_reduce(const Tensor& x, int axis, bool largest, bool last, Tensor& out);

}  // namespace tsr
