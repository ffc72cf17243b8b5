// Shared plumbing for the kernels that run through oneDNN (conv.cc, pool.cc, norm.cc):
// the process-wide CPU engine, a per-thread stream, thread-count alignment with Tessera's
// pool, a per-thread LRU cache of primitives keyed by shapes and attributes, per-thread arena
// buffers for internal layouts / scratchpads / workspaces, and an execute helper that takes the
// arguments as a stack array (Tessera adds no allocation per call; oneDNN 2.6 itself still
// builds a small map of the arguments inside each execute).
//
// Each thread keeps its own cache and arena, so primitives and their working memory are never
// shared between threads: no locks on the dispatch path.
#pragma once
#include <oneapi/dnnl/dnnl.hpp>

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "tessera/core/error.h"
#include "tessera/core/shape.h"

namespace tsr::dnnl_util {

using dnnl::memory;
using Dims = memory::dims;

const dnnl::engine& engine();
const dnnl::stream& stream();

// Makes the oneDNN (OpenMP) thread count of the calling thread equal to the engine's pool size
// (tsr::num_threads()), so a oneDNN call uses the same number of cores as the other kernels.
// Cheap when nothing changed.
void align_threads();

// Primitive attributes used everywhere: user-provided scratchpad (an arena slot).
dnnl::primitive_attr user_scratchpad();

// A plain row-major descriptor of `dims` (any rank 1..12).
memory::desc plain(const Dims& dims, memory::data_type dt = memory::data_type::f32);
inline memory::desc any(const Dims& dims, memory::data_type dt = memory::data_type::f32) {
  return memory::desc(dims, dt, memory::format_tag::any);
}

// Cache key: a flat list of integers (dims, strides, pads, flags; floats bit-cast).
struct Key {
  static constexpr int kCap = 96;
  int64_t v[kCap];
  int n = 0;
  Key& add(int64_t x) {
    if (n == kCap) fail(Status::Internal, "oneDNN primitive cache key overflow");
    v[n++] = x;
    return *this;
  }
  Key& add(double x) {
    int64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    return add(bits);
  }
  bool operator==(const Key& o) const { return n == o.n && std::memcmp(v, o.v, sizeof(int64_t) * n) == 0; }
};

// A least-recently-used cache of primitive entries, one per thread (declare it `thread_local`).
// Entries hold descriptors and primitives only (their buffers live in the arena below), so a
// cache that covers every layer of a large network stays small. find() and the hit path
// allocate nothing.
template <typename Entry, int Capacity = 64>
class Lru {
 public:
  Entry* find(const Key& k) {
    for (auto& s : slots_)
      if (s.key == k) {
        s.used = ++tick_;
        return s.entry.get();
      }
    return nullptr;
  }
  Entry& insert(const Key& k, std::unique_ptr<Entry> e) {
    if (static_cast<int>(slots_.size()) < Capacity) {
      slots_.push_back(Slot{k, ++tick_, std::move(e)});
      return *slots_.back().entry;
    }
    Slot* victim = &slots_[0];
    for (auto& s : slots_)
      if (s.used < victim->used) victim = &s;
    *victim = Slot{k, ++tick_, std::move(e)};
    return *victim->entry;
  }
  size_t size() const { return slots_.size(); }
  void clear() { slots_.clear(); }

 private:
  struct Slot {
    Key key;
    uint64_t used;
    std::unique_ptr<Entry> entry;
  };
  std::vector<Slot> slots_;
  uint64_t tick_ = 0;
};

// Per-thread reusable buffers, one per slot, grown on demand and then reused: the internal
// (blocked) copies of arguments, scratchpads and workspaces of the call in progress. Buffers of
// different slots never alias, so one primitive call can use several slots at once.
enum ArenaSlot { kSlotA = 0, kSlotB, kSlotC, kSlotD, kSlotScratch, kSlotWorkspace, kSlotTmp, kNumArenaSlots };
void* arena(int slot, size_t bytes);

// A memory object of a fixed descriptor whose data lives in an arena slot (bind() before use).
// Empty (and bind() null) when the descriptor has size 0.
struct ArenaMemory {
  memory mem;
  size_t bytes = 0;
  int slot = kSlotScratch;
  void init(const memory::desc& md, int arena_slot);
  const memory* bind();
};

// One tensor argument of a primitive: the caller's plain buffer, and when the primitive wants
// another layout, an internal buffer (an arena slot) with the reorders between them.
struct Staged {
  memory user;   // plain layout; its handle is set per call
  memory inner;  // the primitive's layout (== user when no reorder is needed)
  dnnl::reorder to_inner, to_user;
  bool reorder = false;
  size_t bytes = 0;
  int slot = kSlotA;

  void init(const memory::desc& user_md, const memory::desc& want, bool input, int arena_slot);
  // Points at the caller's data; for inputs, reorders into the internal layout.
  const memory& in(const void* data);
  // Points at the caller's data; after the primitive ran, call out_done() to reorder back.
  const memory& out(void* data);
  void out_done();
};

// Executes a primitive with up to 12 (arg, memory) pairs, then waits for the stream.
struct Arg {
  int arg;
  const memory* mem;
};
void execute(const dnnl::primitive& p, std::initializer_list<Arg> args);

// Turns a oneDNN failure during execution into a tsr::Error.
[[noreturn]] void rethrow(const dnnl::error& e, const char* what);

// Spatial dimensions as a oneDNN dims vector.
inline Dims dims_of(const Shape& s) { return Dims(s.d, s.d + s.ndim); }

}  // namespace tsr::dnnl_util
