// gemm_direct: float32 C = A * B (row-major, n x n x n) straight through OpenBLAS cblas_sgemm.
// The peer for Tessera's `matmul` in test/bench/run.mjs. Prints one JSON object:
//   {"bench":"gemm_direct","n":1024,"warmup":2,"repeats":10,"threads":2,
//    "best_ms":..,"median_ms":..,"best_gflops":..,"median_gflops":..,"checksum":..}
// Usage: gemm_direct [n=1024] [repeats=10] [warmup=2]
#include <cblas.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 1024;
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 10;
  const int warmup = argc > 3 ? std::atoi(argv[3]) : 2;
  if (n <= 0 || repeats <= 0 || warmup < 0) {
    std::fprintf(stderr, "usage: gemm_direct [n>0] [repeats>0] [warmup>=0]\n");
    return 2;
  }
  const size_t nn = static_cast<size_t>(n) * static_cast<size_t>(n);
  std::vector<float> a(nn), b(nn), c(nn);
  // Deterministic values in [-1, 1): the same recipe as run.mjs uses for the Tessera side.
  for (size_t i = 0; i < nn; ++i) {
    a[i] = static_cast<float>((i * 7919u) % 2000u) / 1000.0f - 1.0f;
    b[i] = static_cast<float>((i * 104729u) % 2000u) / 1000.0f - 1.0f;
  }
  auto gemm = [&] {
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a.data(), n, b.data(), n, 0.0f, c.data(), n);
  };
  for (int i = 0; i < warmup; ++i) gemm();
  std::vector<double> ms;
  for (int i = 0; i < repeats; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    gemm();
    auto t1 = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  const double best = sorted.front();
  const double median = sorted[sorted.size() / 2];
  const double flop = 2.0 * n * static_cast<double>(n) * n;
  double checksum = 0;
  for (size_t i = 0; i < nn; i += 4099) checksum += c[i];
  std::printf(
      "{\"bench\":\"gemm_direct\",\"n\":%d,\"warmup\":%d,\"repeats\":%d,\"threads\":%d,\"best_ms\":%.4f,"
      "\"median_ms\":%.4f,\"best_gflops\":%.3f,\"median_gflops\":%.3f,\"checksum\":%.6g}\n",
      n, warmup, repeats, openblas_get_num_threads(), best, median, flop / (best * 1e6), flop / (median * 1e6), checksum);
  return 0;
}
