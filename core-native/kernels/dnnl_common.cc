#include "dnnl_common.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "tessera/core/thread_pool.h"

namespace tsr::dnnl_util {

const dnnl::engine& engine() {
  // Leaked on purpose, like the thread pool: no teardown order issues at exit.
  static const dnnl::engine* e = new dnnl::engine(dnnl::engine::kind::cpu, 0);
  return *e;
}

const dnnl::stream& stream() {
  thread_local const dnnl::stream s(engine());
  return s;
}

// Debian builds oneDNN with the OpenMP runtime (DNNL_CPU_THREADING_RUNTIME == OMP, libgomp):
// each oneDNN call runs an OpenMP team of omp_get_max_threads() threads of the *calling*
// thread. Tessera's own pool sleeps while oneDNN works and the OpenMP team sleeps (after a short
// spin) while the pool works, so with both sized to tsr::num_threads() the process keeps one
// busy thread per core. The OpenMP entry point is looked up at run time from the runtime
// libdnnl already loaded, so the build does not depend on one OpenMP implementation.
void align_threads() {
#if DNNL_CPU_THREADING_RUNTIME == DNNL_RUNTIME_OMP
  using SetFn = void (*)(int);
  static SetFn set = reinterpret_cast<SetFn>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
  thread_local int applied = -1;
  const int want = num_threads();
  if (set && applied != want) {
    set(want);
    applied = want;
  }
#endif
}

dnnl::primitive_attr user_scratchpad() {
  dnnl::primitive_attr a;
  a.set_scratchpad_mode(dnnl::scratchpad_mode::user);
  return a;
}

memory::desc plain(const Dims& dims, memory::data_type dt) {
  Dims strides(dims.size());
  memory::dim s = 1;
  for (size_t i = dims.size(); i-- > 0;) {
    strides[i] = s;
    s *= std::max<memory::dim>(dims[i], 1);
  }
  return memory::desc(dims, dt, strides);
}

namespace {
struct Arena {
  struct Buf {
    void* p = nullptr;
    size_t cap = 0;
  } slots[kNumArenaSlots];
  ~Arena() {
    for (auto& b : slots) std::free(b.p);
  }
};
thread_local Arena tls_arena;
}  // namespace

void* arena(int slot, size_t bytes) {
  Arena::Buf& b = tls_arena.slots[slot];
  if (bytes > b.cap) {
    const size_t cap = (std::max(bytes, b.cap + b.cap / 2) + 4095) / 4096 * 4096;
    void* p = std::aligned_alloc(4096, cap);
    if (!p) fail(Status::OutOfMemory, "out of memory allocating " + std::to_string(cap) + " bytes of oneDNN working memory");
    std::free(b.p);
    b.p = p;
    b.cap = cap;
  }
  return b.p;
}

void ArenaMemory::init(const memory::desc& md, int arena_slot) {
  slot = arena_slot;
  bytes = md.get_size();
  if (bytes > 0) mem = memory(md, engine(), DNNL_MEMORY_NONE);
}

const memory* ArenaMemory::bind() {
  if (bytes == 0) return nullptr;
  mem.set_data_handle(arena(slot, bytes));
  return &mem;
}

void Staged::init(const memory::desc& user_md, const memory::desc& want, bool input, int arena_slot) {
  user = memory(user_md, engine(), DNNL_MEMORY_NONE);
  reorder = !(want == user_md);
  slot = arena_slot;
  if (!reorder) {
    inner = user;
    return;
  }
  bytes = want.get_size();
  inner = memory(want, engine(), DNNL_MEMORY_NONE);
  if (input) to_inner = dnnl::reorder(user, inner);
  else to_user = dnnl::reorder(inner, user);
}

const memory& Staged::in(const void* data) {
  user.set_data_handle(const_cast<void*>(data));
  if (reorder) {
    inner.set_data_handle(arena(slot, bytes));
    execute(to_inner, {{DNNL_ARG_FROM, &user}, {DNNL_ARG_TO, &inner}});
  }
  return inner;
}

const memory& Staged::out(void* data) {
  user.set_data_handle(data);
  if (reorder) inner.set_data_handle(arena(slot, bytes));
  return inner;
}

void Staged::out_done() {
  if (reorder) execute(to_user, {{DNNL_ARG_FROM, &inner}, {DNNL_ARG_TO, &user}});
}

void execute(const dnnl::primitive& p, std::initializer_list<Arg> args) {
  dnnl_exec_arg_t a[12];
  int n = 0;
  for (const Arg& x : args) {
    if (!x.mem || !x.mem->get(true)) continue;  // absent optional argument
    if (n == 12) fail(Status::Internal, "oneDNN execute: too many arguments");
    a[n].arg = x.arg;
    a[n].memory = x.mem->get();
    ++n;
  }
  align_threads();
  dnnl_status_t st = dnnl_primitive_execute(p.get(), stream().get(), n, a);
  if (st == dnnl_success) st = dnnl_stream_wait(stream().get());
  if (st != dnnl_success)
    throw Error(st == dnnl_out_of_memory ? Status::OutOfMemory : Status::Internal,
                "oneDNN primitive execution failed (status " + std::to_string(static_cast<int>(st)) + ")");
}

void rethrow(const dnnl::error& e, const char* what) {
  throw Error(e.status == dnnl_out_of_memory ? Status::OutOfMemory : Status::Internal, std::string(what) + ": oneDNN: " + e.what());
}

}  // namespace tsr::dnnl_util
