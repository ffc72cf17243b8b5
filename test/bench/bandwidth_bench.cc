// Memory-bound kernels through the C API beside a plain memcpy of the same size, in one run:
// element-wise add (reads 2n, writes n floats) and sum (reads n floats) over 16M float32, in
// GB/s of bytes moved. Prints one JSON line.   bandwidth_bench [n] [repeats]
#include <tessera/c_api.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
double now_s() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

template <typename F>
double best_seconds(int repeats, F&& f) {
  f();  // warm-up (page faults, caches)
  std::vector<double> t;
  for (int r = 0; r < repeats; ++r) {
    double t0 = now_s();
    f();
    t.push_back(now_s() - t0);
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];  // median
}

void check(tsr_status s) {
  if (s != TSR_OK) {
    std::fprintf(stderr, "tessera: %s\n", tsr_last_error());
    std::exit(1);
  }
}
}  // namespace

int main(int argc, char** argv) {
  const int64_t n = argc > 1 ? std::atoll(argv[1]) : (16 << 20);
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 20;
  const size_t bytes = static_cast<size_t>(n) * sizeof(float);
  std::vector<float> a(n, 1.5f), b(n, 2.5f), c(n);

  // Peer: memcpy between two touched buffers (reads n, writes n floats).
  const double t_copy = best_seconds(repeats, [&] { std::memcpy(c.data(), a.data(), bytes); });

  tsr_tensor *ta, *tb;
  check(tsr_tensor_create(TSR_DTYPE_FLOAT32, &n, 1, a.data(), bytes, &ta));
  check(tsr_tensor_create(TSR_DTYPE_FLOAT32, &n, 1, b.data(), bytes, &tb));
  const tsr_op *add, *sum;
  check(tsr_op_lookup("add", &add));
  check(tsr_op_lookup("sum", &sum));
  const tsr_tensor* in2[2] = {ta, tb};
  const tsr_tensor* in1[1] = {ta};
  tsr_tensor* out;
  int32_t n_out;
  const double t_add = best_seconds(repeats, [&] {
    check(tsr_op_invoke(add, in2, 2, nullptr, 0, &out, 1, &n_out));
    tsr_tensor_release(out);
  });
  const double t_sum = best_seconds(repeats, [&] {
    check(tsr_op_invoke(sum, in1, 1, nullptr, 0, &out, 1, &n_out));
    tsr_tensor_release(out);
  });
  const double gb = 1e-9;
  const double copy_gbs = 2 * bytes * gb / t_copy;
  const double add_gbs = 3 * bytes * gb / t_add;
  const double sum_gbs = bytes * gb / t_sum;
  std::printf("{\"n\": %lld, \"threads\": %d, \"memcpy_gbs\": %.2f, \"add_gbs\": %.2f, \"sum_gbs\": %.2f, "
              "\"add_ms\": %.3f, \"sum_ms\": %.3f, \"memcpy_ms\": %.3f}\n",
              static_cast<long long>(n), tsr_num_threads(), copy_gbs, add_gbs, sum_gbs, t_add * 1e3, t_sum * 1e3, t_copy * 1e3);
  tsr_tensor_release(ta);
  tsr_tensor_release(tb);
  return 0;
}
