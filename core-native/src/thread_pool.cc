// parallel_for on OpenMP: oneDNN (Debian's build) already runs its kernels on libgomp's thread
// team, so Tessera's own loops use the same team instead of a second pool. Two pools on the same
// cores fight: after every oneDNN call its workers spin-wait while the other pool's threads try
// to run, which measured 10-17x slower whole-model inference on 2 cores (ResNet-50: 6.0 s vs 0.36
// s with OMP_WAIT_POLICY=passive). One team has no such contention, and its spinning workers make
// the next region start fast.
#include "tessera/core/thread_pool.h"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace tsr {
namespace {

int cores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

std::atomic<int> g_threads{0};  // 0: one per core

}  // namespace

int num_threads() {
  const int n = g_threads.load(std::memory_order_relaxed);
  return n > 0 ? n : cores();
}

void set_num_threads(int n) {
  g_threads.store(n > 0 ? n : 0);
  omp_set_num_threads(num_threads());  // the calling thread's oneDNN calls follow it too
}

void parallel_for_raw(int64_t n, int64_t grain, RangeFn fn, void* ctx) {
  if (n <= 0) return;
  const int threads = num_threads();
  if (omp_in_parallel() || threads <= 1) {  // a kernel inside a parallel region runs serially
    fn(0, n, ctx);
    return;
  }
  grain = std::max<int64_t>(grain, 1);
  const int64_t nchunks = std::min<int64_t>((n + grain - 1) / grain, int64_t{threads} * 4);
  const int64_t chunk = (n + nchunks - 1) / nchunks;
  const int team = static_cast<int>(std::min<int64_t>(threads, nchunks));
#pragma omp parallel for num_threads(team) schedule(dynamic, 1)
  for (int64_t c = 0; c < nchunks; ++c) {
    const int64_t b = c * chunk, e = std::min(n, b + chunk);
    if (b < e) fn(b, e, ctx);
  }
}

}  // namespace tsr
