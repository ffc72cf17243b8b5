// A fixed pool sized to the cores. parallel_for splits [0, n) into chunks of at least `grain`
// items; the calling thread works too, so a pool of one core adds no thread hop.
#pragma once
#include <cstdint>
#include <type_traits>

namespace tsr {

// Sizes below this many elements run inline: a wake-up costs more than the work.
constexpr int64_t kParallelGrain = 32768;

int num_threads();
void set_num_threads(int n);  // n <= 0 restores the core count

using RangeFn = void (*)(int64_t begin, int64_t end, void* ctx);
void parallel_for_raw(int64_t n, int64_t grain, RangeFn fn, void* ctx);

template <typename F>
void parallel_for(int64_t n, int64_t grain, F&& f) {
  if (n <= grain || num_threads() <= 1) {
    if (n > 0) f(int64_t{0}, n);
    return;
  }
  using Fn = std::remove_reference_t<F>;
  parallel_for_raw(n, grain, [](int64_t b, int64_t e, void* c) { (*static_cast<Fn*>(c))(b, e); }, const_cast<void*>(static_cast<const void*>(&f)));
}

}  // namespace tsr
