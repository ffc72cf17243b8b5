#include "tessera/core/thread_pool.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace tsr {
namespace {

// Workers sleep on a condition variable. A job lives on the caller's stack; workers that picked
// it up are counted so the caller returns only when none of them can still touch it.
class Pool {
 public:
  Pool() { resize(0); }
  ~Pool() { stop(); }

  int size() const { return nthreads_; }

  void resize(int n) {
    if (n <= 0) n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    stop();
    nthreads_ = n;
    quit_ = false;
    for (int i = 1; i < n; ++i) workers_.emplace_back([this] { loop(); });
  }

  void run(int64_t n, int64_t grain, RangeFn fn, void* ctx) {
    std::lock_guard<std::mutex> one_job(job_mu_);  // concurrent callers queue up
    Job job;
    job.fn = fn;
    job.ctx = ctx;
    job.n = n;
    job.nchunks = std::min<int64_t>((n + grain - 1) / grain, int64_t{nthreads_} * 4);
    job.chunk = (n + job.nchunks - 1) / job.nchunks;
    {
      std::lock_guard<std::mutex> lk(mu_);
      job_ = &job;
      ++generation_;
    }
    cv_.notify_all();
    work(job);
    std::unique_lock<std::mutex> lk(mu_);
    done_cv_.wait(lk, [&] { return job.done.load() == job.nchunks && users_ == 0; });
    job_ = nullptr;
  }

 private:
  struct Job {
    RangeFn fn = nullptr;
    void* ctx = nullptr;
    int64_t n = 0, chunk = 1, nchunks = 0;
    std::atomic<int64_t> next{0}, done{0};
  };

  void work(Job& j) {
    for (;;) {
      int64_t c = j.next.fetch_add(1);
      if (c >= j.nchunks) return;
      int64_t b = c * j.chunk, e = std::min(j.n, b + j.chunk);
      if (b < e) j.fn(b, e, j.ctx);
      if (j.done.fetch_add(1) + 1 == j.nchunks) {
        std::lock_guard<std::mutex> lk(mu_);
        done_cv_.notify_all();
      }
    }
  }

  void loop() {
    uint64_t seen = 0;
    for (;;) {
      Job* j;
      {
        std::unique_lock<std::mutex> lk(mu_);
        cv_.wait(lk, [&] { return quit_ || (generation_ != seen && job_ != nullptr); });
        if (quit_) return;
        seen = generation_;
        j = job_;
        ++users_;
      }
      work(*j);
      {
        std::lock_guard<std::mutex> lk(mu_);
        --users_;
      }
      done_cv_.notify_all();
    }
  }

  void stop() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      quit_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

  std::mutex job_mu_, mu_;
  std::condition_variable cv_, done_cv_;
  std::vector<std::thread> workers_;
  int nthreads_ = 1;
  bool quit_ = false;
  uint64_t generation_ = 0;
  Job* job_ = nullptr;
  int users_ = 0;
};

Pool& pool() {
  static Pool* p = new Pool();  // leaked on purpose: no join during static destruction
  return *p;
}

thread_local bool in_worker_job = false;

}  // namespace

int num_threads() { return pool().size(); }
void set_num_threads(int n) { pool().resize(n); }

void parallel_for_raw(int64_t n, int64_t grain, RangeFn fn, void* ctx) {
  if (in_worker_job) {  // a kernel inside a parallel region runs serially
    fn(0, n, ctx);
    return;
  }
  struct Wrap {
    RangeFn fn;
    void* ctx;
  } w{fn, ctx};
  in_worker_job = true;
  pool().run(n, grain, [](int64_t b, int64_t e, void* c) {
    auto* wp = static_cast<Wrap*>(c);
    bool prev = in_worker_job;
    in_worker_job = true;
    wp->fn(b, e, wp->ctx);
    in_worker_job = prev;
  }, &w);
  in_worker_job = false;
}

}  // namespace tsr
