// The pool covers every index exactly once, whatever the thread count.
#include <gtest/gtest.h>

#include <atomic>
#include <vector>

#include "tessera/core/thread_pool.h"

using namespace tsr;

TEST(ThreadPool, SizedToCoresByDefault) { EXPECT_GE(num_threads(), 1); }

TEST(ThreadPool, EveryIndexOnce) {
  for (int threads : {1, 2, 3}) {
    set_num_threads(threads);
    const int64_t n = 1000003;
    std::vector<std::atomic<int>> hits(n);
    parallel_for(n, 1000, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) hits[i].fetch_add(1);
    });
    for (int64_t i = 0; i < n; ++i) ASSERT_EQ(hits[i].load(), 1) << "threads=" << threads << " i=" << i;
  }
  set_num_threads(0);
}

TEST(ThreadPool, NestedParallelForRunsInline) {
  std::atomic<int64_t> total{0};
  parallel_for(64, 1, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i)
      parallel_for(100, 1, [&](int64_t b2, int64_t e2) { total += e2 - b2; });
  });
  EXPECT_EQ(total.load(), 6400);
}
